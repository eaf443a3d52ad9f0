"""The read side: the whole workspace as a Dataset, read in one snapshot through ADBC (Arrow, no ORM).

A load during an import sees the data from before or after the import, never half: every table
and the settings are read inside one read transaction (WAL snapshot on SQLite, REPEATABLE READ on
PostgreSQL). Client columns (insight.workspace.extras) follow the canonical columns of their table;
the long ``customer_attributes`` of older imports are pivoted onto the customers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.schema import TABLES
from insight.settings import Settings
from insight.workspace.backend import Backend
from insight.workspace.extras import DTYPES, assemble, live_extras, read_registry

SETTING_COLUMNS = ("default_margin", "currency", "as_of", "abc_a", "abc_b", "clv_horizon_months",
                   "annual_discount_rate", "schema_version", "cancellation_rule")


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
                    cancellation_rule=row.get("cancellation_rule") or "auto")


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


def load_dataset(backend: Backend, conn: Any, source: str) -> Dataset:
    cur = conn.cursor()
    try:
        backend.begin_read(cur)
        try:
            registry = read_registry(cur)
            live = live_extras(cur)
            frames: dict[str, pl.DataFrame] = {}
            for name, table in TABLES.items():
                extras = [e for e in registry if e.table == name]
                cols = ", ".join([*table.columns, *(e.quoted for e in extras)])
                raw = read_frame(backend, cur, f"SELECT {cols} FROM {name} ORDER BY row_id")
                schema = {**table.columns, **{e.column: DTYPES[e.dtype] for e in extras}}
                frame = backend.from_db(raw, schema)
                frames[name] = assemble(frame, list(table.columns), extras, live.get(name, {})) if extras else frame
            long = read_frame(backend, cur, "SELECT customer_id, name, value FROM customer_attributes ORDER BY row_id")
            settings = read_settings(backend, cur)
        finally:
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
    return Dataset(order_lines=frames["order_lines"], customers=frames["customers"],
                   survey_responses=frames["survey_responses"], coupons=frames["coupons"],
                   interactions=frames["interactions"], settings=settings, source=source)
