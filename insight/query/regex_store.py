"""The query engine's regular expressions, compiled once per machine rather than once per process (issue 16).

A cold ``insight ask`` compiles 150–200 of the engine's patterns (``lazy_re``: at first use), about 0.06 s of a
0.4 s process: ``re`` parses each pattern and generates its matching code every time, and a compiled
``re.Pattern`` cannot be pickled. What ``re`` compiles is, however, a pure function of the pattern, the flags and
the Python version: the code list ``re._compiler`` hands to ``_sre.compile``. This module keeps those lists in
one file of the cache folder (``insight.io.cache.directory()``, ``regex/<python>-<sre magic>.marshal``) and
builds a pattern from its list with the same ``_sre.compile`` call ``re`` makes; a pattern not in the file is
compiled by ``re``'s own parser and compiler (the steps of ``re._compiler.compile``) and added to the file when
the process ends (written whole and renamed into place).

Nothing depends on it: another Python version, an unknown ``_sre``, ``INSIGHT_CACHE=0``, an unwritable folder, a
damaged file or any error while building one pattern mean ``re.compile`` as before. The file holds only the
engine's own patterns, never client data; ``insight cache clear`` leaves it (it removes the data entries).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

try:  # the engine of ``re``: present on every CPython this project supports (3.11–3.13)
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another interpreter: re.compile only
    _sre = None  # type: ignore[assignment]

_SUPPORTED = sys.implementation.name == "cpython" and sys.version_info[:2] in ((3, 11), (3, 12), (3, 13))
# a pattern no writer has used in this many writes is dropped (patterns of an older engine, or built from a set
# whose order differs between processes), so the file stays the size of what is in use
KEEP_WRITES = 8

_lock = threading.Lock()
# (pattern, flags) -> (the arguments of _sre.compile after the pattern, the write that last used it)
_known: dict[tuple[str, int], tuple] | None = None
_used: set[tuple[str, int]] = set()
_added = False


def _path() -> Path | None:
    if not _SUPPORTED or _sre is None:
        return None
    from insight.io.cache import _OFF_WORDS, directory

    if os.environ.get("INSIGHT_CACHE", "1").strip().lower() in _OFF_WORDS:
        return None
    return directory() / "regex" / f"{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def _load() -> dict[tuple[str, int], tuple]:
    global _known
    if _known is None:
        _known = {}
        path = _path()
        if path is not None:
            with contextlib.suppress(Exception):  # absent, damaged, another format: compiled as before
                got = marshal.loads(path.read_bytes())
                if isinstance(got, dict) and all(isinstance(v, tuple) and len(v) == 2 for v in got.values()):
                    _known = got
    return _known


def compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored code when there is one."""
    if _path() is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    with _lock:
        known = _load()
        got = known.get(key)
        _used.add(key)
    if got is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = got[0]
            return _sre.compile(pattern, final_flags, list(code), groups, dict(groupindex), tuple(indexgroup))
        except Exception:  # noqa: BLE001 - a damaged entry: compiled below and replaced
            pass
    try:
        args = _arguments(pattern, flags)
        result = _sre.compile(pattern, *args)
    except Exception:  # noqa: BLE001 - anything unexpected (or a pattern that does not compile): re's own error
        return re.compile(pattern, flags)
    with _lock:
        known[key] = ((int(args[0]), tuple(map(int, args[1])), args[2], args[3], args[4]), 0)  # plain ints: marshal
        _schedule()
    return result


def _arguments(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern (the same steps)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup: list[Any] = [None] * p.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | p.state.flags, code, p.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _schedule() -> None:
    global _added
    if not _added:
        _added = True
        atexit.register(_save)


def _save() -> None:
    """Write the known patterns (at exit, when this process compiled one that was not stored)."""
    path = _path()
    if path is None or _known is None:
        return
    write = max((v[1] for v in _known.values()), default=0) + 1
    kept = {k: (v[0], write if k in _used else v[1]) for k, v in _known.items()
            if k in _used or v[1] > write - KEEP_WRITES}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps(kept))
        os.replace(tmp, path)  # whole or not at all; the last of two writers wins, both complete
    except Exception:  # noqa: BLE001 - read-only folder, full disk: compiled again next time
        with contextlib.suppress(OSError):
            tmp.unlink()
