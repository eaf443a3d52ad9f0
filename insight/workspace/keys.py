"""Natural keys: which stored rows a newly imported row replaces.

- order lines: the order (``order_id``; without one, the customer's order of that day, as metrics.md
  defines an order), so re-importing a file replaces its orders instead of doubling them;
- customers: ``customer_id`` (merged column by column: an empty cell keeps the stored value);
- coupons: ``coupon_id``; survey responses: customer + date + aspect; interactions: customer + time + kind;
- customer attributes (extra source columns of old imports): customer + attribute name.

The key is stored as text in ``replace_key`` so that one SQL statement serves every table. A frame's
client columns beyond the canonical ones travel with their row (insight.workspace.extras).
"""

from __future__ import annotations

import polars as pl

from insight.errors import InputError
from insight.schema import TABLES
from insight.workspace.extras import normalise_extras

SEP = "\x1f"

KEYS: dict[str, tuple[str, ...]] = {
    "customers": ("customer_id",),
    "customer_attributes": ("customer_id", "name"),
    "survey_responses": ("customer_id", "response_date", "aspect"),
    "coupons": ("coupon_id",),
    "interactions": ("customer_id", "happened_at", "kind"),
}
# Tables whose rows are merged column by column with the row they replace.
MERGED = frozenset({"customers"})
# Columns a row cannot be stored without.
NOT_NULL: dict[str, tuple[str, ...]] = {
    "customers": ("customer_id",),
    "customer_attributes": ("customer_id", "name"),
    "survey_responses": ("customer_id",),
    "coupons": ("coupon_id",),
    "interactions": ("customer_id",),
}


def _text(name: str) -> pl.Expr:
    return pl.col(name).cast(pl.String).fill_null("")


def replace_key_expr(table: str) -> pl.Expr:
    if table == "order_lines":
        by_day = pl.concat_str([pl.lit("d"), _text("customer_id"),
                                pl.col("order_date").dt.strftime("%Y-%m-%d").fill_null("")], separator=SEP)
        return pl.when(pl.col("order_id").is_not_null()).then(
            pl.concat_str([pl.lit("o"), pl.col("order_id")], separator=SEP)).otherwise(by_day)
    return pl.concat_str([_text(c) for c in KEYS[table]], separator=SEP)


def stored_types(table: str) -> dict[str, pl.DataType]:
    if table in TABLES:
        return dict(TABLES[table].columns)
    from insight.workspace.tables_sql import DATA_COLUMNS

    return {c: pl.String() for c in DATA_COLUMNS[table]}


def _conform(table: str, frame: pl.DataFrame, source: str) -> pl.DataFrame:
    """Exactly the stored columns with their canonical dtypes (so nothing unreadable is ever stored);
    NUL characters, which PostgreSQL text cannot hold, are removed."""
    types = stored_types(table)
    exprs = [pl.col(c).cast(t, strict=True) if c in frame.columns else pl.lit(None, dtype=t).alias(c)
             for c, t in types.items()]
    try:
        out = frame.select(exprs)
    except Exception as err:  # noqa: BLE001 - which column is in the message
        first = (str(err).strip().splitlines() or [type(err).__name__])[0]
        raise InputError(f"{source}: a column cannot be stored as its {table} type ({first})") from err
    texts = [c for c, t in types.items() if t == pl.String]
    nul = out.select(pl.any_horizontal(pl.col(c).str.contains("\x00", literal=True).any() for c in texts)).item() \
        if texts and out.height else False
    if nul:
        out = out.with_columns(pl.col(c).str.replace_all("\x00", "", literal=True) for c in texts)
    return out


def keyed(table: str, frame: pl.DataFrame, source: str = "<frame>") -> tuple[pl.DataFrame, list[str]]:
    """The frame in stored column order and dtypes with ``replace_key``; rows lacking a key column
    dropped, duplicate keys within one file reduced to the last row (order lines keep every line).
    Client columns beyond the canonical ones follow the canonical ones, in stored dtypes."""
    notes: list[str] = []
    out = _conform(table, frame, source)
    extras = normalise_extras(table, frame, source)
    if extras is not None:
        out = pl.concat([out, extras], how="horizontal")
    for name in NOT_NULL.get(table, ()):
        missing = out.get_column(name).null_count()
        if missing:
            out = out.filter(pl.col(name).is_not_null())
            notes.append(f"{missing:,} rows without {name} were skipped")
    out = out.with_columns(replace_key=replace_key_expr(table))
    if table != "order_lines":
        before = out.height
        out = out.unique(subset=["replace_key"], keep="last", maintain_order=True)
        if out.height < before:
            notes.append(f"{before - out.height:,} rows repeated an earlier row's key "
                         f"({', '.join(KEYS[table])}); the last one was kept")
    return out, notes


def attributes_from_extras(extras: pl.DataFrame | None) -> pl.DataFrame | None:
    """Long (customer_id, name, value) rows from a source's unmapped columns, last value per customer."""
    if extras is None or "customer_id" not in extras.columns or extras.width < 2:
        return None
    value_columns = [c for c in extras.columns if c != "customer_id"]
    # positional names while unpivoting: a source column called 'name' or 'value' must not collide
    # with the long frame's own columns
    slots = {f"_{i}": c for i, c in enumerate(value_columns)}
    long = (
        extras.select(pl.col("customer_id").cast(pl.String),
                      *(pl.col(c).cast(pl.String).alias(k) for k, c in slots.items()))
        .unpivot(index="customer_id", on=list(slots), variable_name="name", value_name="value")
        .filter(pl.col("customer_id").is_not_null() & pl.col("value").is_not_null())
        .with_columns(pl.col("name").replace_strict(slots, return_dtype=pl.String))
    )
    if long.height == 0:
        return None
    return long
