"""one_blas_thread: scipy's BLAS runs on one thread inside, and the previous setting comes back after,
also when fits overlap in threads (the TUI fits in workers)."""

from __future__ import annotations

import threading

from threadpoolctl import threadpool_info

from insight.clv.blas import one_blas_thread


def _scipy_blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info()
            if lib["user_api"] == "blas" and "scipy_openblas" in lib["filepath"] and "numpy" not in lib["filepath"]]


def test_one_thread_inside_and_restored_after() -> None:
    before = _scipy_blas_threads()
    assert before, "scipy's bundled OpenBLAS should be loaded"
    with one_blas_thread():
        assert _scipy_blas_threads() == [1] * len(before)
        with one_blas_thread():  # nested
            assert _scipy_blas_threads() == [1] * len(before)
        assert _scipy_blas_threads() == [1] * len(before)
    assert _scipy_blas_threads() == before


def test_overlapping_users_restore_once_the_last_leaves() -> None:
    before = _scipy_blas_threads()
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with one_blas_thread():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with one_blas_thread():
        thread.start()
        assert inside.wait(5)
    # the main thread left first: the worker still holds the limit
    assert _scipy_blas_threads() == [1] * len(before)
    release.set()
    thread.join(5)
    assert _scipy_blas_threads() == before
