"""A columnar copy of the loaded order lines beside a SQLite workspace, so that a load is not a row-wise read.

Reading a million order lines out of SQLite costs seconds (every cell goes through the driver, dates are
parsed from text); reading the same frame from an Arrow IPC file is a memory map. So the first load after
a change writes what it read, exactly the ``order_lines`` frame the loader built, to
``<workspace>.columns/order_lines.<key>.arrow``; later loads read that file instead of the table.

The file is only ever a copy of what the database holds, never a second source of truth:

- ``key`` is computed inside the load's read transaction from what every write of data rows moves: the
  whole import history (id, file hash, table, mapping, kind, rows, replaced rows, time, undone; a few
  rows per import), the schema version, a hash of the pseudonymisation key (so a database deleted and
  created again under the same name matches an old copy only if it holds the same imports of the same
  files), the lowest and highest ``row_id`` of ``order_lines``, the registry of client columns, the
  format and the polars version. Imports, undo, ``insight demo`` and migrations all move it, including writes by an insight
  version that knows nothing of the copy (the key is derived from the data's history, not from a counter
  a writer has to remember to bump).
- A copy is written to a temporary file in the same folder, flushed to disk and renamed into place, so
  a reader sees either no file or a complete one; an interrupted writer (exception, ``kill -9``) leaves
  at most a ``.tmp`` file, which no reader opens and the next writer removes.
- A copy whose key differs from the database's, or that cannot be read, is ignored: the load reads the
  table as before and writes a fresh copy. Copies of older keys are removed after every import and undo.
- Nothing here is required: a folder that cannot be written only means the next load reads the
  database again. ``INSIGHT_COLUMNAR_COPY=0`` switches the copy off (reads and writes).

PostgreSQL workspaces are read through ADBC (binary COPY) as before; they have no local file to sit
beside (see docs/workspace.md).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Any

import polars as pl

FORMAT = 1
MIN_ROWS = 20_000  # below this the table reads in milliseconds: no file for small workspaces
PREFIX = "order_lines."
SUFFIX = ".arrow"


def enabled() -> bool:
    return os.environ.get("INSIGHT_COLUMNAR_COPY", "1").strip().lower() not in ("0", "false", "no", "off")


def folder(backend: Any) -> Path | None:
    """Where the copies of this workspace live (None: this backend keeps none)."""
    path = getattr(backend, "path", None)
    if backend.name != "sqlite" or path is None:
        return None
    return Path(path).with_name(Path(path).name + ".columns")


def key(cur: Any, generation: tuple, registry: list, live: dict, row_ids: tuple) -> str:
    """The key of the order lines this read transaction sees (see the module docstring); ``row_ids`` is
    the lowest and highest ``row_id`` of order_lines in the same transaction."""
    # the whole import history (a few rows per import): which files, mapped how, when, undone or not
    cur.execute("SELECT id, content_hash, table_name, mapping, kind, rows, replaced_rows, imported_at, undone_at "
                "FROM imports ORDER BY id")
    history = hashlib.sha256(repr(cur.fetchall()).encode()).hexdigest()
    cur.execute("SELECT pseudonym_key FROM workspace_settings WHERE id = 1")
    rows = cur.fetchall()
    secret = hashlib.sha256(str(rows[0][0] if rows else None).encode()).hexdigest()
    low, high = row_ids
    extras = [[e.table, e.name, e.dtype, e.column] for e in registry if e.table == "order_lines"]
    lives = {k: sorted(v) for k, v in sorted(live.get("order_lines", {}).items())}
    payload = json.dumps([FORMAT, pl.__version__, [str(g) for g in generation], history, secret, low, high,
                          extras, lives],
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def path_for(base: Path, copy_key: str) -> Path:
    return base / f"{PREFIX}{copy_key}{SUFFIX}"


def read(base: Path | None, copy_key: str) -> pl.DataFrame | None:
    """The copy for this key, or None (absent, unreadable, or switched off)."""
    if base is None or not enabled():
        return None
    target = path_for(base, copy_key)
    try:
        if not target.is_file():
            return None
        return pl.read_ipc(target)
    except Exception:  # noqa: BLE001 - removed meanwhile, damaged: the database is read instead
        return None


def write(base: Path | None, copy_key: str, frame: pl.DataFrame) -> None:
    """Write the copy atomically (temporary file, fsync, rename); failures are silent (an optimisation)."""
    if base is None or not enabled():
        return
    tmp = base / f".{PREFIX}{copy_key}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        base.mkdir(exist_ok=True)
        frame.write_ipc(tmp, compression="uncompressed")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path_for(base, copy_key))
        with contextlib.suppress(OSError):
            fd = os.open(base, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except Exception:  # noqa: BLE001 - read-only folder, disk full: the next load reads the database again
        pass
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    prune(base, keep=copy_key)


def prune(base: Path | None, keep: str | None = None) -> None:
    """Remove copies of other keys and temporary files of writers that are gone."""
    if base is None or not base.is_dir():
        return
    try:
        entries = list(base.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(PREFIX) and name.endswith(SUFFIX):
            if keep is None or name != f"{PREFIX}{keep}{SUFFIX}":
                with contextlib.suppress(OSError):
                    entry.unlink()
        elif name.startswith(f".{PREFIX}") and name.endswith(".tmp"):
            parts = name.split(".")
            pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else None
            if pid is None or not _alive(pid):
                with contextlib.suppress(OSError):
                    entry.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
