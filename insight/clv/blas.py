"""One BLAS thread while a model is fitted.

L-BFGS-B's 4-by-4 linear algebra runs in scipy's OpenBLAS; when that library is multi-threaded it
hands each tiny call to worker threads, and on two busy cores the hand-offs cost 3-5x the fit
itself. scipy's wheels ship OpenBLAS under a known name with its own thread setter, so the fast path
switches that one library directly (microseconds); anything else goes through threadpoolctl, whose
scan of every loaded library costs 10-20 ms once per process.
"""

from __future__ import annotations

import contextlib
import ctypes
import glob
import os
import threading
from collections.abc import Iterator
from typing import Any

_LOCK = threading.Lock()
_STATE: dict[str, Any] = {"users": 0, "saved": None}
_BACKEND: list = []  # [] = not probed yet; [None] = no way to limit; [(get, set)] or [controller]


def _scipy_openblas():
    """(get, set) of the thread count of the OpenBLAS bundled with a scipy wheel, or None."""
    import scipy

    pattern = os.path.join(os.path.dirname(scipy.__file__), os.pardir, "scipy.libs", "libscipy_openblas*.so*")
    for path in sorted(glob.glob(pattern)):
        try:
            lib = ctypes.CDLL(path)
            get, set_ = lib.scipy_openblas_get_num_threads, lib.scipy_openblas_set_num_threads
        except (OSError, AttributeError):
            continue
        get.restype, set_.argtypes, set_.restype = ctypes.c_int, [ctypes.c_int], None
        return get, set_
    return None


def _backend():
    if not _BACKEND:
        found = _scipy_openblas()
        if found is None:
            try:
                from threadpoolctl import ThreadpoolController
                found = ThreadpoolController()
            except ImportError:
                found = None
        _BACKEND.append(found)
    return _BACKEND[0]


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Limit BLAS to one thread for the duration; nested and concurrent users share one limit, and
    the last one out restores the previous setting."""
    backend = _backend()
    if backend is None:
        yield
        return
    if not isinstance(backend, tuple):  # threadpoolctl
        with backend.limit(limits=1, user_api="blas"):
            yield
        return
    get, set_ = backend
    with _LOCK:
        if _STATE["users"] == 0:
            _STATE["saved"] = get()
            set_(1)
        _STATE["users"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _STATE["users"] -= 1
            if _STATE["users"] == 0 and _STATE["saved"] is not None:
                set_(_STATE["saved"])
