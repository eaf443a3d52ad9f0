"""The read side: the whole workspace as a Dataset, read in one snapshot through ADBC (Arrow, no ORM).

A load during an import sees the data from before or after the import, never half: every table
and the settings are read inside one read transaction (WAL snapshot on SQLite, REPEATABLE READ on
PostgreSQL). Client columns (insight.workspace.extras) follow the canonical columns of their table;
the long ``customer_attributes`` of older imports are pivoted onto the customers.

On SQLite, where reading is the driver's work in this process, a big ``order_lines`` is read in two
halves of its columns at once, the second half on a helper connection in a thread (the driver
releases the GIL while it reads). A SQLite snapshot cannot be shared between connections, so both
read transactions first read the workspace's generation (last import id, number of undone imports,
schema version: every write that changes data rows moves it); when the two differ, a write committed
in between and the main connection reads everything itself. (On PostgreSQL the server does most of
the work, and a second reader measured slower; it reads on one connection.)
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any, Callable

import polars as pl

from insight.dataset import Dataset
from insight.io.memory import check_load
from insight.schema import TABLES
from insight.settings import Settings
from insight.workspace import columnar
from insight.workspace.backend import Backend
from insight.workspace.store import client_labels
from insight.workspace.extras import DTYPES, assemble, live_extras, read_registry

PARALLEL_MIN_ROWS = 200_000  # below this, a second reader costs more than it saves
SETTING_COLUMNS = ("default_margin", "currency", "as_of", "abc_a", "abc_b", "clv_horizon_months",
                   "annual_discount_rate", "schema_version", "cancellation_rule", "fiscal_year_start",
                   "fiscal_year_named_by")


def read_frame(backend: Backend, cur: Any, query: str) -> pl.DataFrame:
    backend.configure_read(cur)
    cur.execute(query)
    return pl.from_arrow(cur.fetch_arrow_table())  # type: ignore[return-value]


def settings_from_row(row: dict[str, Any]) -> Settings:
    as_of = row.get("as_of")
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of[:10])
    elif isinstance(as_of, dt.datetime):
        as_of = as_of.date()
    return Settings(default_margin=row["default_margin"], currency=row["currency"], as_of=as_of,
                    abc_thresholds=(row["abc_a"], row["abc_b"]), clv_horizon_months=row["clv_horizon_months"],
                    annual_discount_rate=row["annual_discount_rate"], schema_version=row["schema_version"],
                    cancellation_rule=row.get("cancellation_rule") or "auto",
                    fiscal_year_start=row.get("fiscal_year_start"),
                    fiscal_year_named_by=row.get("fiscal_year_named_by") or "end")


def read_settings(backend: Backend, cur: Any) -> Settings:
    cur.execute(f"SELECT {', '.join(SETTING_COLUMNS)} FROM workspace_settings WHERE id = 1")
    row = cur.fetchone()
    cur.fetchall()
    return settings_from_row(dict(zip(SETTING_COLUMNS, row))) if row else Settings()


def _attributes_wide(long: pl.DataFrame, taken: set[str]) -> pl.DataFrame | None:
    if long.height == 0:
        return None
    wide = long.pivot(on="name", index="customer_id", values="value", aggregate_function="last")
    renames = {c: f"attr_{c}" for c in wide.columns if c != "customer_id" and c in taken}
    wide = wide.rename(renames)
    exprs = []
    for name in wide.columns:
        if name == "customer_id":
            continue
        as_number = wide.get_column(name).str.strip_chars().cast(pl.Float64, strict=False)
        if as_number.null_count() == wide.get_column(name).null_count():
            exprs.append(as_number.alias(name))
    return wide.with_columns(exprs) if exprs else wide


def _generation(cur: Any) -> tuple:
    """What every write that changes data rows moves (and, read first, what pins the snapshot)."""
    cur.execute("SELECT (SELECT MAX(id) FROM imports), (SELECT COUNT(undone_at) FROM imports), "
                "(SELECT schema_version FROM workspace_settings WHERE id = 1)")
    row = cur.fetchone()
    cur.fetchall()
    return tuple(row)


def _helper_cursor(backend: Backend, helper: Callable[[], Any] | None, generation: tuple) -> Any | None:
    """A cursor of the helper connection in a read transaction on the main one's snapshot, or None."""
    if helper is None or backend.name != "sqlite":
        return None
    try:
        cur = helper().cursor()
    except Exception:  # noqa: BLE001 - no helper: the main connection reads alone
        return None
    try:
        backend.begin_read(cur)
        if _generation(cur) != generation:  # a write committed between the two BEGINs
            raise LookupError("different snapshot")
        return cur
    except Exception:  # noqa: BLE001
        _end(cur)
        return None


def _end(cur: Any) -> None:
    try:
        cur.execute("ROLLBACK")
    except Exception:  # noqa: BLE001 - nothing to undo in a read transaction
        pass
    cur.close()


def _read_split(backend: Backend, cur: Any, helper_cur: Any, table: str, cols: list[str]) -> pl.DataFrame:
    """SELECT cols FROM table in row order, the second half of the columns read by the helper meanwhile."""
    half = (len(cols) + 1) // 2
    result: dict[str, Any] = {}

    def other() -> None:
        try:
            result["frame"] = read_frame(backend, helper_cur, f"SELECT {', '.join(cols[half:])} FROM {table} ORDER BY row_id")
        except BaseException as err:  # noqa: BLE001 - re-read below on the main connection
            result["error"] = err

    worker = threading.Thread(target=other, name="insight-load", daemon=True)
    worker.start()
    first = read_frame(backend, cur, f"SELECT {', '.join(cols[:half])} FROM {table} ORDER BY row_id")
    worker.join()
    second = result.get("frame")
    if second is None or second.height != first.height:
        second = read_frame(backend, cur, f"SELECT {', '.join(cols[half:])} FROM {table} ORDER BY row_id")
    return pl.concat([first, second], how="horizontal")


def _snapshot_facts(cur: Any, source: str) -> tuple:
    """What a load reads first, in its read transaction: generation (pins the snapshot), client column
    registry, live client columns, the lowest and highest order line row id; checks the memory guard."""
    generation = _generation(cur)  # the first read: it pins this transaction's snapshot
    registry = read_registry(cur)
    live = live_extras(cur)
    # two scalar subqueries: SQLite answers a lone MIN or MAX from the primary key, both at once by a scan
    cur.execute("SELECT (SELECT MIN(row_id) FROM order_lines), (SELECT MAX(row_id) FROM order_lines)")
    low, high = cur.fetchone()
    cur.fetchall()
    span = (high - low) if low is not None and high is not None else 0
    check_load(int(span) + 1 if span else 0, source)
    return generation, registry, live, (low, high), span


def load_from_copy(backend: Backend, source: str, conn: Callable[[], Any] | None = None) -> Dataset | None:
    """The Dataset from the columnar copy (insight.workspace.columnar) when it matches the database, else
    None. The few small things not in the copy (settings, labels, the key) are read through Python's sqlite3
    while the ADBC driver is not loaded in this process (so that a cold command imports neither it nor
    pyarrow), else through ``conn()``, the workspace's ADBC connection."""
    got = _copy(backend, source, conn, planning=False)
    return got[0] if got is not None else None


def load_planning(backend: Backend, source: str,
                  conn: Callable[[], Any] | None = None) -> tuple[Dataset, dict, Path] | None:
    """(a Dataset whose order lines are the copy's skeleton, the facts of the whole order lines, the order
    lines' Parquet file) when the columnar copy of this snapshot has them, else None (see
    insight.workspace.columnar: a question that needs only line metrics is planned on the skeleton and
    scans the file for the columns it reads)."""
    got = _copy(backend, source, conn, planning=True)
    if got is None:
        return None
    ds, facts, path = got
    days = (facts.get("date_min"), facts.get("date_max"))
    _plausible(tuple(None if d is None else dt.date.fromisoformat(d) for d in days), bool(facts.get("amount_bad")),
               source)
    return ds, facts, path


def _copy(backend: Backend, source: str, conn: Callable[[], Any] | None, planning: bool) -> tuple | None:
    base = columnar.folder(backend)
    if base is None or not columnar.enabled() or not base.is_dir():
        return None
    import sqlite3

    from insight.workspace.backend import stdlib_sqlite

    with stdlib_sqlite(backend.path) as light:  # type: ignore[attr-defined]  # SQLite: columnar.folder said so
        if light is not None:
            try:
                return _from_copy(backend, source, base, light.cursor(), "BEGIN", planning)
            except sqlite3.Error:
                return None  # the full load reports what is wrong with the database
    if conn is None:
        return None
    cur = conn().cursor()
    try:
        return _from_copy(backend, source, base, cur, None, planning)
    finally:
        cur.close()


def _from_copy(backend: Backend, source: str, base: Any, cur: Any, begin: str | None,
               planning: bool = False) -> tuple | None:
    if begin:
        cur.execute(begin)
    else:
        backend.begin_read(cur)
    try:
        generation, registry, live, row_ids, _ = _snapshot_facts(cur, source)
        copy_key = columnar.key(cur, generation, registry, live, row_ids)
        plan = columnar.planning(base, copy_key) if planning else None
        whole = None if planning else columnar.read(base, copy_key)
        if plan is None and whole is None:
            return None
        settings = read_settings(backend, cur)
        labels = client_labels(cur)
    finally:
        cur.execute("ROLLBACK")
    if plan is not None:
        frames, facts, path = plan
        return _dataset(frames, settings, source, labels), facts, path
    assert whole is not None
    _check_plausible(whole, source)
    return (_dataset(whole, settings, source, labels),)


def _dataset(frames: dict[str, pl.DataFrame], settings: Settings, source: str, labels: dict[str, str]) -> Dataset:
    return Dataset(order_lines=frames["order_lines"], customers=frames["customers"],
                   survey_responses=frames["survey_responses"], coupons=frames["coupons"],
                   interactions=frames["interactions"], settings=settings, source=source, client_labels=labels)


def load_dataset(backend: Backend, conn: Any, source: str, helper: Callable[[], Any] | None = None,
                 use_copy: bool = True) -> Dataset:
    """Every table and the settings in one snapshot. ``helper`` opens a second connection for reading
    a big order_lines in parallel on SQLite (see the module docstring). ``use_copy``: write the columnar
    copy of what was read (insight.workspace.columnar) when there is none for this snapshot."""
    cur = conn.cursor()
    helper_cur = None
    base = copy_key = None
    try:
        backend.begin_read(cur)
        try:
            generation, registry, live, row_ids, span = _snapshot_facts(cur, source)
            base = columnar.folder(backend) if use_copy and columnar.enabled() else None
            copy_key = columnar.key(cur, generation, registry, live, row_ids) if base is not None else None
            if span >= PARALLEL_MIN_ROWS:
                helper_cur = _helper_cursor(backend, helper, generation)
            frames: dict[str, pl.DataFrame] = {}
            for name, table in TABLES.items():
                extras = [e for e in registry if e.table == name]
                cols = [*table.columns, *(e.quoted for e in extras)]
                if name == "order_lines" and helper_cur is not None:
                    raw = _read_split(backend, cur, helper_cur, name, cols)
                else:
                    raw = read_frame(backend, cur, f"SELECT {', '.join(cols)} FROM {name} ORDER BY row_id")
                schema = {**table.columns, **{e.column: DTYPES[e.dtype] for e in extras}}
                frame = backend.from_db(raw, schema)
                frames[name] = assemble(frame, list(table.columns), extras, live.get(name, {})) if extras else frame
            long = read_frame(backend, cur, "SELECT customer_id, name, value FROM customer_attributes ORDER BY row_id")
            settings = read_settings(backend, cur)
            labels = client_labels(cur)
        finally:
            if helper_cur is not None:
                _end(helper_cur)
            cur.execute("ROLLBACK")
    finally:
        cur.close()
    if long.height:
        long = long.select(pl.col("customer_id").cast(pl.String), pl.col("name").cast(pl.String),
                           pl.col("value").cast(pl.String))
        wide = _attributes_wide(long, set(frames["customers"].columns))
        if wide is not None:
            frames["customers"] = frames["customers"].join(wide, on="customer_id", how="full", coalesce=True,
                                                           maintain_order="left")
    if copy_key is not None and frames["order_lines"].height >= columnar.MIN_ROWS:
        columnar.write(base, copy_key, frames)
    _check_plausible(frames, source)
    return _dataset(frames, settings, source, labels)


def _check_plausible(frames: dict[str, pl.DataFrame], source: str) -> None:
    """A workspace written before imports checked plausible values (insight.io.bounds) may hold an order
    dated 9999-12-31 or an infinite amount: one line naming it, instead of every question failing deep
    inside a computation."""
    lines = frames["order_lines"]
    if lines.height == 0:
        return
    days = lines.select(lo=pl.col("order_date").min().dt.date(), hi=pl.col("order_date").max().dt.date()).row(0)
    _plausible(days, columnar.amounts_out_of_bounds(lines), source)


def _plausible(days: tuple, amounts_bad: bool, source: str) -> None:
    from insight.errors import WorkspaceError
    from insight.io.bounds import AMOUNT_MAX, DATE_MAX, DATE_MIN

    if (days[0] is not None and days[0] < DATE_MIN) or (days[1] is not None and days[1] > DATE_MAX) or amounts_bad:
        raise WorkspaceError(
            f"workspace {source} holds order lines outside the plausible values ({DATE_MIN} to {DATE_MAX}, "
            f"amounts within ±{AMOUNT_MAX:,.0f}; order dates {days[0]} to {days[1]}), written before imports "
            "checked them: undo the import that brought them (see `insight imports`)")
