"""A columnar copy of the loaded tables beside a SQLite workspace, so that a load is not a row-wise read.

Reading a million order lines out of SQLite costs seconds (every cell goes through the driver, dates are
parsed from text); reading the same frame from a columnar file takes milliseconds. So the first load after
a change writes what it read, exactly the five frames the loader built (client columns and customer
attributes in place), to ``<workspace>.columns/<table>.<key>.parquet``; later loads read those files and
take only the small things from the database (settings, client column labels, the key itself) through
Python's own ``sqlite3``, so that they import neither pyarrow nor the ADBC driver (0.6–0.9 s of a cold
process). Parquet with LZ4 and no statistics: Online Retail II's 1,044,847 lines take 10 MB and read in
about 30 ms (Arrow IPC: 243 MB uncompressed and 100 ms, 33 MB with LZ4 and 240 ms).

The file is only ever a copy of what the database holds, never a second source of truth:

- ``key`` is computed inside the load's read transaction from what every write of data rows moves: the
  whole import history (id, file hash, table, mapping, kind, rows, replaced rows, time, undone; a few
  rows per import), the schema version, a hash of the pseudonymisation key (so a database deleted and
  created again under the same name matches an old copy only if it holds the same imports of the same
  files), the lowest and highest ``row_id`` of ``order_lines``, the registry of client columns and which of
  them live imports brought, the format and the polars version. Settings are not part of the copy (they
  change without an import) and are read from the database on every load. Imports, undo, ``insight demo`` and migrations all move it, including writes by an insight
  version that knows nothing of the copy (the key is derived from the data's history, not from a counter
  a writer has to remember to bump).
- Each file is written to a temporary file in the same folder, flushed to disk and renamed into place, so
  a reader sees either no file or a complete one, and a load uses the copy only when all five files of
  its key are there; an interrupted writer (exception, ``kill -9``) leaves at most ``.tmp`` files, which
  no reader opens and the next writer removes.
- A copy whose key differs from the database's, or that cannot be read, is ignored: the load reads the
  table as before and writes a fresh copy. Copies of older keys are removed after every import and undo.
- Nothing here is required: a folder that cannot be written only means the next load reads the
  database again. ``INSIGHT_COLUMNAR_COPY=0`` switches the copy off (reads and writes).

Beside the five files, ``write`` puts what a single question needs to be *planned* without the order lines
(``insight.query.streamed``): ``order_lines_skeleton.<key>.parquet``, one line per customer (its own name)
and per distinct value of the text dimensions, which gives the parser the same customer ids, values, filled
columns and latest date as the whole table; and ``facts.<key>.json``, the conventions' counts of the whole
table (reversing and cancelled lines, the order-id rule). A question that only needs line metrics then
scans the order lines' file for the columns its query reads (``scan_lines``) instead of loading all of it.
Both are written only when the order lines hold no client columns and every text dimension has at most
``SKELETON_MAX_VALUES`` distinct values; they are pruned and keyed like the rest.

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

from insight.io.processes import alive

FORMAT = 2
MIN_ROWS = 20_000  # order lines below this read in milliseconds: no files for small workspaces
TABLE_NAMES = ("order_lines", "customers", "survey_responses", "coupons", "interactions")
SUFFIX = ".parquet"
SKELETON = "order_lines_skeleton"
FACTS = "facts"
FACTS_SUFFIX = ".json"
TEXT_DIMENSIONS = ("country", "channel", "line_status", "currency")  # the line columns the parser indexes
SKELETON_MAX_VALUES = 5_000


def enabled() -> bool:
    return os.environ.get("INSIGHT_COLUMNAR_COPY", "1").strip().lower() not in ("0", "false", "no", "off")


def folder(backend: Any) -> Path | None:
    """Where the copies of this workspace live (None: this backend keeps none)."""
    path = getattr(backend, "path", None)
    if backend.name != "sqlite" or path is None:
        return None
    return Path(path).with_name(Path(path).name + ".columns")


def key(cur: Any, generation: tuple, registry: list, live: dict, row_ids: tuple) -> str:
    """The key of the tables this read transaction sees (see the module docstring); ``row_ids`` is the
    lowest and highest ``row_id`` of order_lines in the same transaction."""
    # the whole import history (a few rows per import): which files, mapped how, when, undone or not
    cur.execute("SELECT " + ", ".join(f"CAST({c} AS TEXT)" for c in (
        "id", "content_hash", "table_name", "mapping", "kind", "rows", "replaced_rows", "imported_at", "undone_at"))
        + " FROM imports ORDER BY id")
    history = hashlib.sha256(repr([tuple(str(v) for v in row) for row in cur.fetchall()]).encode()).hexdigest()
    cur.execute("SELECT pseudonym_key FROM workspace_settings WHERE id = 1")
    rows = cur.fetchall()
    secret = hashlib.sha256(str(rows[0][0] if rows else None).encode()).hexdigest()
    low, high = row_ids
    extras = [[e.table, e.name, e.dtype, e.column] for e in registry]
    lives = {t: {k: sorted(v) for k, v in sorted(names.items())} for t, names in sorted(live.items())}
    payload = json.dumps([FORMAT, pl.__version__, [str(g) for g in generation], history, secret,
                          None if low is None else int(low), None if high is None else int(high), extras, lives],
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()[:32]


def path_for(base: Path, copy_key: str, table: str) -> Path:
    return base / f"{table}.{copy_key}{SUFFIX}"


def read(base: Path | None, copy_key: str) -> dict[str, pl.DataFrame] | None:
    """The five frames of this key, or None (any file absent or unreadable, or switched off)."""
    if base is None or not enabled():
        return None
    try:
        targets = {t: path_for(base, copy_key, t) for t in TABLE_NAMES}
        if not all(p.is_file() for p in targets.values()):
            return None
        return {t: pl.read_parquet(p) for t, p in targets.items()}
    except Exception:  # noqa: BLE001 - removed meanwhile, damaged: the database is read instead
        return None


def write(base: Path | None, copy_key: str, frames: dict[str, pl.DataFrame]) -> None:
    """Write the five files atomically (temporary file, fsync, rename; order lines last); failures are
    silent (an optimisation: the next load reads the database again)."""
    if base is None or not enabled():
        return
    try:
        base.mkdir(exist_ok=True)
    except OSError:
        return
    for table in (*TABLE_NAMES[1:], TABLE_NAMES[0]):
        if not _write_one(base, path_for(base, copy_key, table), frames[table]):
            return
    planning = _planning(frames["order_lines"])
    if planning is not None:  # written after the lines: a reader that finds them finds the lines
        skeleton, facts = planning
        if _write_one(base, path_for(base, copy_key, SKELETON), skeleton):
            _write_one(base, base / f"{FACTS}.{copy_key}{FACTS_SUFFIX}", facts)
    with contextlib.suppress(OSError):
        fd = os.open(base, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    prune(base, keep=copy_key)


def _write_one(base: Path, target: Path, frame: pl.DataFrame | dict) -> bool:
    tmp = base / f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        if isinstance(frame, dict):
            tmp.write_text(json.dumps(frame, sort_keys=True))
        else:
            frame.write_parquet(tmp, compression="lz4", statistics=False)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        return True
    except Exception:  # noqa: BLE001 - read-only folder, disk full
        return False
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


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
        if name.endswith((SUFFIX, FACTS_SUFFIX)) and not name.startswith("."):
            if keep is None or name.split(".")[-2] != keep:
                with contextlib.suppress(OSError):
                    entry.unlink()
        elif name.startswith(".") and name.endswith(".tmp"):
            parts = name.split(".")
            pid = int(parts[-3]) if len(parts) >= 4 and parts[-3].isdigit() else None
            if pid is None or not alive(pid):
                with contextlib.suppress(OSError):
                    entry.unlink()


# ------------------------------------------------------------------------------------------------
# planning without the order lines (see the module docstring)

def planning_of(lines: pl.DataFrame) -> tuple[pl.DataFrame, dict] | None:
    """The skeleton and facts of canonical order lines (also of a ``--data`` file's, insight.io.cache), or None
    when the lines hold client columns or a text dimension with too many values."""
    return _planning(lines)


def _planning(lines: pl.DataFrame) -> tuple[pl.DataFrame, dict] | None:
    """The skeleton of ``lines`` (as the loader built them, before the Dataset) and the facts, or None when
    the lines hold client columns or a text dimension with too many values."""
    from insight.schema import ORDER_LINES

    if lines.height == 0 or [c for c in lines.columns if c not in ORDER_LINES.columns]:
        return None
    present = {c: bool(v) for c, v in lines.select(pl.col(c).is_not_null().any() for c in lines.columns)
               .row(0, named=True).items()}
    dims = [c for c in TEXT_DIMENSIONS if present.get(c)]
    counts = lines.select(pl.col(dims).n_unique()).row(0, named=True) if dims else {}
    if any(n > SKELETON_MAX_VALUES for n in counts.values()):
        return None
    return _skeleton(lines, present, dims), _facts(lines, present)


def _skeleton(lines: pl.DataFrame, present: dict[str, bool], dims: list[str]) -> pl.DataFrame:
    """One line per customer (first appearance order, its own first name) and one per distinct value of each
    text dimension (first appearance order); every other filled column holds its first value; every line
    the latest order date."""
    first = lines.select(pl.col(c).drop_nulls().first() for c in lines.columns)
    customers = (lines.lazy().filter(pl.col("customer_id").is_not_null())
                 .group_by("customer_id", maintain_order=True).agg(pl.col("name").drop_nulls().first()).collect())
    if customers.height == 0:
        customers = first.select("customer_id", "name")
    rest = [c for c in lines.columns if c not in ("customer_id", "name")]
    rows = [customers.join(first.select(rest), how="cross")]
    anchor = rows[0].head(1)
    for column in dims:
        values = lines.lazy().select(pl.col(column).drop_nulls().unique(maintain_order=True)).collect()
        rows.append(values.join(anchor.drop(column), how="cross"))
    frame = pl.concat([r.select(lines.columns) for r in rows], how="vertical_relaxed")
    latest = lines.get_column("order_date").max()
    return frame.with_columns(pl.lit(latest, dtype=lines.schema["order_date"]).alias("order_date")).cast(
        dict(lines.schema))  # type: ignore[arg-type]


def _facts(lines: pl.DataFrame, present: dict[str, bool]) -> dict:
    """What insight.metrics.conventions reads off the whole table, and whether every line has an order id."""
    from insight.metrics.conventions import c_prefix_applies, cancelled_expr

    signed = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
    row = lines.select(
        ids_missing=pl.col("order_id").null_count(), reversing=signed.sum(),
        reversing_c=(signed | pl.col("order_id").fill_null("").str.starts_with("C")).sum(),
        cancelled=cancelled_expr().sum()).row(0, named=True)
    values = (sorted(lines.filter(cancelled_expr()).get_column("line_status").unique().to_list())
              if row["cancelled"] else [])
    days = lines.select(lo=pl.col("order_date").min().dt.date(), hi=pl.col("order_date").max().dt.date()).row(0)
    return {"date_min": None if days[0] is None else days[0].isoformat(),
            "date_max": None if days[1] is None else days[1].isoformat(),
            "amount_bad": amounts_out_of_bounds(lines),**{f"has:{c}": v for c, v in present.items()}, **{k: int(v or 0) for k, v in row.items()},
            "cancelled_values": values, "c_prefix": c_prefix_applies(lines.get_column("order_id")),
            "format": FORMAT}


def planning(base: Path | None, copy_key: str) -> tuple[dict[str, pl.DataFrame], dict, Path] | None:
    """(the skeleton in place of the order lines plus the four small frames, the facts, the order lines'
    file) of this key, or None when any of them is absent or unreadable."""
    if base is None or not enabled():
        return None
    try:
        lines = path_for(base, copy_key, "order_lines")
        facts_path = base / f"{FACTS}.{copy_key}{FACTS_SUFFIX}"
        if not (lines.is_file() and facts_path.is_file()):
            return None
        facts = json.loads(facts_path.read_text())
        frames = {t: pl.read_parquet(path_for(base, copy_key, t)) for t in TABLE_NAMES[1:]}
        frames["order_lines"] = pl.read_parquet(path_for(base, copy_key, SKELETON))
        return frames, facts, lines
    except Exception:  # noqa: BLE001 - removed meanwhile, damaged: the whole load instead
        return None


def amounts_out_of_bounds(lines: pl.DataFrame) -> bool:
    """Whether any amount, quantity or unit price is infinite or beyond insight.io.bounds.AMOUNT_MAX."""
    from insight.io.bounds import AMOUNT_MAX

    return any(lines.select(pl.any_horizontal((~pl.col(c).is_finite() | (pl.col(c).abs() > AMOUNT_MAX)).any())
                            for c in ("amount", "quantity", "unit_price")).row(0))
