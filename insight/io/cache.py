"""A canonical columnar copy of a ``--data`` file, cached between processes (issue 16).

Every ``insight … --data FILE`` builds the file's canonical order lines (reading, typing, cleaning, the import
rules over every line) before it can answer; on Online Retail II that build is most of a cold question. After
the first full build of a file the canonical lines are written here, as Parquet (LZ4), and a later process
reads them instead of building them again: the whole frame for a command that needs it, or, for a question
that needs only line metrics, a lazy scan of the columns its query reads (``insight.cli._ask``, planned on a
skeleton as the workspace's columnar copy is: ``insight.workspace.columnar``).

Where: ``INSIGHT_CACHE_DIR``, else ``$XDG_CACHE_HOME/insight``, else ``~/.cache/insight`` (``%LOCALAPPDATA%``
on Windows, ``~/Library/Caches`` on macOS); the entries are in its ``data`` folder. It holds the client's data
on the consultant's own disk: ``--no-cache`` (every command that takes ``--data``) or ``INSIGHT_CACHE=0``
switches it off, reads and writes; ``insight cache clear`` (or removing the folder) deletes it.

An entry is only ever a copy of what the build gives:

- its key is the file's absolute path, size and modification time (ns), the ``--map`` and ``--date-order``
  given, the format, the polars version and a fingerprint of insight's own code (path, size and modification
  time of every module of the package), so any change to the file, the options or the code misses;
- a file changed in the last ``RECENT_SECONDS`` is not cached (its modification time may not move on a second
  write within the file system's clock step, as git's "racily clean" entries);
- an entry is written into a temporary folder and renamed into place whole (``os.rename`` of a folder is
  atomic), so a reader sees either no entry or a complete one; an interrupted writer leaves at most a
  ``.tmp-…`` folder, which no reader opens and the next writer removes;
- entries of other keys for the same file are removed when a new one is written;
- nothing is required: a folder that cannot be written, a full disk or a damaged entry only mean that the
  file is built again (silently).
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from insight.io.processes import alive

FORMAT = 1
LINES = "lines.parquet"
SKELETON = "skeleton.parquet"
FACTS = "facts.json"
META = "meta.json"
RECENT_SECONDS = 2.0
_OFF_WORDS = ("0", "false", "no", "off")

# --no-cache of the command being run (insight.api.data_options)
_SWITCHED_OFF: contextvars.ContextVar[bool] = contextvars.ContextVar("insight_no_cache", default=False)


@contextlib.contextmanager
def switched_off(off: bool = True):  # type: ignore[no-untyped-def]
    token = _SWITCHED_OFF.set(off)
    try:
        yield
    finally:
        _SWITCHED_OFF.reset(token)


def enabled() -> bool:
    """Whether the cache is read and written: not under ``--no-cache`` nor ``INSIGHT_CACHE=0``."""
    if _SWITCHED_OFF.get():
        return False
    return os.environ.get("INSIGHT_CACHE", "1").strip().lower() not in _OFF_WORDS


def date_order() -> str | None:
    """The ``--date-order`` in force (insight.io.coerce.date_order): part of the key."""
    from insight.io.coerce import _DATE_ORDER

    return _DATE_ORDER.get()


def directory() -> Path:
    """The cache folder (see the module docstring); not created here."""
    given = os.environ.get("INSIGHT_CACHE_DIR", "").strip()
    if given:
        return Path(given).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg:
        return Path(xdg).expanduser() / "insight"
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "insight" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "insight"
    return Path.home() / ".cache" / "insight"


def data_folder() -> Path:
    return directory() / "data"


_CODE: list[str] = []


def code_fingerprint() -> str:
    """Path, size and modification time of every module of the insight package (a stat each, ~1 ms)."""
    if not _CODE:
        root = Path(__file__).resolve().parents[1]
        parts: list[str] = []
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
            for name in sorted(files):
                if name.endswith((".py", ".toml")):
                    st = os.stat(os.path.join(folder, name))
                    parts.append(f"{os.path.relpath(os.path.join(folder, name), root)}:{st.st_size}:{st.st_mtime_ns}")
        _CODE.append(hashlib.sha256("\n".join(parts).encode()).hexdigest())
    return _CODE[0]


def _path_id(path: Path) -> str:
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]


def entry_name(path: str | Path, mapping: dict[str, str] | None, date_order: str | None) -> tuple[str, bool] | None:
    """(the entry's folder name for this file and these options, whether the file changed too recently to be
    cached), or None when the file cannot be stat'ed."""
    try:
        resolved = Path(path).resolve()
        st = resolved.stat()
    except OSError:
        return None
    payload = json.dumps(
        [
            FORMAT,
            str(resolved),
            st.st_size,
            st.st_mtime_ns,
            sorted((mapping or {}).items()),
            date_order,
            pl.__version__,
            code_fingerprint(),
        ]
    )
    recent = time.time() - st.st_mtime_ns / 1e9 < RECENT_SECONDS
    return f"{_path_id(resolved)}-{hashlib.sha256(payload.encode()).hexdigest()[:32]}", recent


@dataclass(frozen=True)
class Entry:
    folder: Path
    meta: dict[str, Any]

    @property
    def lines(self) -> Path:
        return self.folder / LINES

    def frame(self, columns: Collection[str] | None = None) -> pl.DataFrame:
        """The cached lines; ``columns`` (the canonical columns a caller reads, ``api.load_file``): the
        order-line text columns it does not read (insight.io.canonical.NARROWABLE) are not read but null, as
        a narrowed build leaves them, every other column as cached."""
        if columns is None or self.meta.get("table") != "order_lines":
            return pl.read_parquet(self.lines)
        from insight.io.canonical import NARROWABLE

        schema = pl.read_parquet_schema(self.lines)
        skipped = {c for c in NARROWABLE if c in schema and c not in columns}
        if not skipped:
            return pl.read_parquet(self.lines)
        read = pl.read_parquet(self.lines, columns=[c for c in schema if c not in skipped])
        return read.select(pl.col(c) if c not in skipped else pl.lit(None, dtype=dtype).alias(c)
                           for c, dtype in schema.items())

    def planning(self) -> tuple[pl.DataFrame, dict] | None:
        """(the skeleton, the facts) when the entry has them (order lines without client columns)."""
        if not self.meta.get("planning"):
            return None
        return pl.read_parquet(self.folder / SKELETON), json.loads((self.folder / FACTS).read_text())


def lookup(path: str | Path, mapping: dict[str, str] | None, date_order: str | None) -> Entry | None:
    """The complete entry of this file and options, or None (switched off, absent, unreadable)."""
    if not enabled():
        return None
    name = entry_name(path, mapping, date_order)
    if name is None:
        return None
    folder = data_folder() / name[0]
    try:
        meta = json.loads((folder / META).read_text())
        if meta.get("format") != FORMAT or not (folder / LINES).is_file():
            return None
    except (OSError, ValueError):
        return None
    _check_fits(Path(path))
    return Entry(folder, meta)


def _check_fits(path: Path) -> None:
    """The memory guard of a build (insight.io.memory.check_fits, on the file as the reader sees it): a file
    refused without the cache is refused with it."""
    from insight.io.memory import check_fits

    try:
        size = path.stat().st_size
    except OSError:
        return  # a lookup found the entry by this file's stat a moment ago; the reader reports what changed
    check_fits(path, "".join(path.suffixes[-1:]).lower(), size, str(path))


def store(
    path: str | Path,
    mapping: dict[str, str] | None,
    date_order: str | None,
    table: str,
    frame: pl.DataFrame,
    labels: dict[str, str],
    planning: Callable[[pl.DataFrame], tuple[pl.DataFrame, dict] | None] | None = None,
) -> bool:
    """Write the entry of this build (atomically, see the module docstring); False when nothing was written.
    ``planning``: the skeleton and facts of order lines (insight.workspace.columnar), written beside them."""
    if not enabled():
        return False
    name = entry_name(path, mapping, date_order)
    if name is None or name[1]:
        return False
    base = data_folder()
    target = base / name[0]
    if target.is_dir():
        return False
    tmp = base / f".tmp-{name[0]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        base.mkdir(parents=True, exist_ok=True)
        tmp.mkdir()
        frame.write_parquet(tmp / LINES, compression="lz4", statistics=False)
        if dict(pl.read_parquet_schema(tmp / LINES)) != dict(frame.schema):
            return False  # a type the round trip would change: never a different frame
        plan = planning(frame) if planning is not None and table == "order_lines" else None
        if plan is not None:
            plan[0].write_parquet(tmp / SKELETON, compression="lz4", statistics=False)
            (tmp / FACTS).write_text(json.dumps(plan[1], sort_keys=True))
        meta = {
            "format": FORMAT,
            "table": table,
            "labels": labels,
            "planning": plan is not None,
            "source": str(Path(path).resolve()),
        }
        (tmp / META).write_text(json.dumps(meta, sort_keys=True))
        for child in tmp.iterdir():
            with open(child, "rb") as handle:
                os.fsync(handle.fileno())
        os.rename(tmp, target)  # whole or not at all; fails if another writer got there first
        _fsync_folder(base)
    except Exception:  # noqa: BLE001 - read-only folder, full disk, a concurrent writer: the next call builds again
        return False
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    _prune(base, name[0])
    return True


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _prune(base: Path, keep: str) -> None:
    """Remove the other entries of the same file and temporary folders of writers that are gone."""
    prefix = keep.split("-")[0] + "-"
    try:
        entries = list(base.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(prefix) and name != keep:
            shutil.rmtree(entry, ignore_errors=True)
        elif name.startswith(".tmp-"):
            pid = name.split("-")[-2]
            if not pid.isdigit() or not alive(int(pid)):
                shutil.rmtree(entry, ignore_errors=True)


def clear() -> tuple[Path, int]:
    """Remove every entry (and temporary folder) and the stored patterns (insight.query.regex_store); (the
    folder, how many entries were removed)."""
    shutil.rmtree(directory() / "regex", ignore_errors=True)
    base = data_folder()
    removed = 0
    try:
        entries = list(base.iterdir())
    except OSError:
        return base, 0
    for entry in entries:
        removed += not entry.name.startswith(".")
        shutil.rmtree(entry, ignore_errors=True)
    return base, removed


def usage() -> tuple[Path, int, int]:
    """(the folder, entries, bytes on disk)."""
    base = data_folder()
    count = size = 0
    try:
        for entry in base.iterdir():
            if entry.name.startswith("."):
                continue
            count += 1
            size += sum(f.stat().st_size for f in entry.iterdir())
    except OSError:
        pass
    return base, count, size
