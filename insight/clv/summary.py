"""Per-customer (frequency, recency, T, monetary_value): the input of every buy-till-you-die model.

Definitions follow metrics.md "Customer value": an order day's value is the sum of its non-cancellation
line amounts of real orders; frequency = order days − 1; recency = days first → last order day;
T = days first order day → analysis date; monetary_value = mean value of the repeat order days (0 without).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.errors import InputError
from insight.schema import ORDER_LINES, normalise_header

UNITS = {"day": 1.0, "week": 7.0}
# the canonical order-line columns the CLV commands read (summary, conventions, margin, holdout): a --data file
# need not type the others (insight.api.load_file's ``columns``); tests/speed/test_narrowed_build.py checks it
LINE_COLUMNS = ("order_id", "customer_id", "order_date", "quantity", "unit_price", "amount", "unit_cost", "line_profit",
                "line_status", "currency", "name")


def unit_days(unit: str) -> float:
    """Days per time unit; a one-line InputError for anything but day/week."""
    try:
        return UNITS[unit]
    except KeyError:
        raise InputError(f"time unit '{unit}' is not supported; use day or week") from None


def summary_from_lines(lines: pl.LazyFrame, as_of: dt.date, unit: str = "day") -> pl.LazyFrame:
    """Summarise prepared order lines (insight.metrics.lines.prepared_lines) per customer.

    Lines after ``as_of`` are ignored (prepared_lines already stops before the analysis date); T runs
    to ``as_of``. Only attributed lines of real orders (``is_order``) that are not returns count.
    """
    per = unit_days(unit)
    end = pl.lit(as_of, dtype=pl.Date)
    days = (
        lines.filter(
            pl.col("customer_id").is_not_null() & pl.col("is_order") & ~pl.col("is_return")
            & (pl.col("order_day") <= end)
        )
        .group_by("customer_id", "order_day")
        .agg(value=pl.col("line_amount").sum())
    )
    first_day = pl.col("order_day").min()
    return (
        days.group_by("customer_id")
        .agg(
            n_days=pl.len(),
            first=first_day,
            last=pl.col("order_day").max(),
            total=pl.col("value").sum(),
            first_value=pl.col("value").get(pl.col("order_day").arg_min()),  # days are distinct here
        )
        .select(
            "customer_id",
            frequency=(pl.col("n_days") - 1).cast(pl.Int64),
            recency=(pl.col("last") - pl.col("first")).dt.total_days().cast(pl.Float64) / per,
            T=(end - pl.col("first")).dt.total_days().cast(pl.Float64) / per,
            monetary_value=pl.when(pl.col("n_days") > 1)
            .then((pl.col("total") - pl.col("first_value")) / (pl.col("n_days") - 1))
            .otherwise(0.0)
            .cast(pl.Float64),
        )
    )


def summary_from_order_lines(lines: pl.LazyFrame, as_of: dt.date, unit: str = "day",
                             c_prefix: bool = True, drop_cancelled: bool = False) -> pl.LazyFrame:
    """The summary straight from canonical order lines: ``summary_from_lines(prepare(lines, as_of))`` in
    one pass that never materialises the prepared lines.

    Returns never count towards a summary (neither the order-validity sum nor a day's value), so they
    are dropped first; the rest is reduced to one partial sum per (order_id, customer, timestamp) and the
    order rule and fallback key of ``insight.metrics.lines.prepare`` are applied to those few rows.
    """
    return summary_from_parts(order_parts(lines, as_of, c_prefix, drop_cancelled), as_of, unit)


def order_parts(lines: pl.LazyFrame, as_of: dt.date, c_prefix: bool = True,
                drop_cancelled: bool = False) -> pl.LazyFrame:
    """order_id, customer_id, order_date, value: the non-return value of each order per customer and
    timestamp, before ``as_of``. Sums of parts are parts again, so batches can be reduced separately."""
    from insight.metrics.conventions import cancelled_expr
    from insight.metrics.lines import is_return_expr

    cutoff = dt.datetime.combine(as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    keyed = pl.col("order_id").is_not_null() | pl.col("customer_id").is_not_null()
    # by the order's timestamp, not its day: one timestamp per order is the rule, and the day is
    # then taken on the few grouped rows instead of on every line
    return (
        lines.filter((pl.col("order_date") < cutoff) & ~is_return_expr(c_prefix) & keyed
                     & (~cancelled_expr() if drop_cancelled else pl.lit(True)))
        .group_by("order_id", "customer_id", "order_date")
        .agg(value=raw.sum())
    )


def summary_from_parts(parts: pl.LazyFrame, as_of: dt.date, unit: str = "day") -> pl.LazyFrame:
    """The summary from ``order_parts``: prepare()'s order rule (an order counts when its parts sum to
    more than 0), then order days per customer."""
    # the order key of prepare(): order_id, or customer + day for lines without one; as two extra
    # columns that are null whenever order_id is set, so no string is built per row
    fallback = pl.col("order_id").is_null()
    real = parts.with_columns(order_day=pl.col("order_date").dt.date()).filter(
        pl.col("value").sum().over("order_id", pl.when(fallback).then(pl.col("customer_id")),
                                   pl.when(fallback).then(pl.col("order_day"))) > 0
    )
    return summary_from_lines(
        real.select("customer_id", "order_day", line_amount="value", is_order=pl.lit(True), is_return=pl.lit(False)),
        as_of, unit,
    )


BATCH_ROWS = 1 << 20


def collect_summary(lines: pl.LazyFrame, as_of: dt.date, unit: str = "day",
                    batch_rows: int = BATCH_ROWS, c_prefix: bool = True,
                    drop_cancelled: bool = False) -> pl.DataFrame:
    """``summary_from_order_lines(...).collect()`` with bounded memory.

    Up to two batches' worth of lines run as one streaming query. Beyond that the lines are reduced to
    order parts a million at a time (a slice of a Parquet scan reads only its row groups), and the
    parts are summed and summarised once: on 10 million lines that keeps the peak at ~310 MB where one
    query peaks anywhere between 320 and 530 MB, as the reader runs ahead of the group-by.
    """
    rows = lines.select(pl.len()).collect().item()
    if rows <= 2 * batch_rows:
        return summary_from_order_lines(lines, as_of, unit, c_prefix, drop_cancelled).collect(engine="streaming")
    batches = [order_parts(lines.slice(start, batch_rows), as_of, c_prefix, drop_cancelled).collect(engine="streaming")
               for start in range(0, rows, batch_rows)]
    parts = pl.concat(batches).lazy().group_by("order_id", "customer_id", "order_date").agg(pl.col("value").sum())
    return summary_from_parts(parts, as_of, unit).collect(engine="streaming")


_ALIASES = {"x": "frequency", "t_x": "recency", "zbar": "monetary_value", "m_x": "monetary_value"}
_ID_NAMES = frozenset(ORDER_LINES.synonyms["customer_id"]) | {"customerid", "id", "cust"}


def is_summary_table(columns: list[str]) -> bool:
    """True when the columns look like a summary (frequency/recency/T or x/t_x/T), not order lines."""
    names = {"T" if c.strip() in ("T", "t") else _ALIASES.get(c.strip().lower(), c.strip().lower())
             for c in columns}
    return {"frequency", "recency", "T"} <= names


def summary_from_table(df: pl.DataFrame, source: str = "table") -> pl.DataFrame:
    """A summary table in insight's column names from one that is already summarised.

    Accepts ``frequency, recency, T[, monetary_value]`` or the papers' ``x, t_x, T, zbar`` plus an id
    column (``customer_id``, ``ID`` ...; row numbers from 1 when there is none).
    """
    rename: dict[str, str] = {}
    for col in df.columns:
        key = col.strip()
        low = key.lower()
        if key in ("T", "t"):
            rename[col] = "T"
        elif low in _ALIASES:
            rename[col] = _ALIASES[low]
        elif low in ("frequency", "recency", "monetary_value"):
            rename[col] = low
        elif normalise_header(key) in _ID_NAMES and "customer_id" not in rename.values():
            rename[col] = "customer_id"
    out = df.rename(rename)
    missing = [c for c in ("frequency", "recency", "T") if c not in out.columns]
    if missing:
        raise InputError(f"{source}: summary needs columns frequency, recency, T (or x, t_x, T); missing "
                         f"{', '.join(missing)}; found {', '.join(df.columns)}")
    if "customer_id" not in out.columns:
        out = out.with_row_index("customer_id", offset=1).with_columns(pl.col("customer_id").cast(pl.Int64))
    if "monetary_value" not in out.columns:
        out = out.with_columns(monetary_value=pl.lit(0.0))
    try:
        out = out.select(
            "customer_id",
            pl.col("frequency").cast(pl.Float64).round(0).cast(pl.Int64),
            pl.col("recency").cast(pl.Float64),
            pl.col("T").cast(pl.Float64),
            pl.col("monetary_value").cast(pl.Float64).fill_null(0.0),
        )
    except pl.exceptions.PolarsError as err:
        raise InputError(f"{source}: summary columns must be numeric ({str(err).splitlines()[0]})") from None
    _validate(out, source)
    return out


def _validate(summary: pl.DataFrame, source: str) -> None:
    """One line naming the first bad row: negative counts, recency > T, missing values."""
    bad = summary.with_row_index("row", offset=1).filter(
        pl.any_horizontal(pl.col("frequency", "recency", "T").is_null())
        | (pl.col("frequency") < 0) | (pl.col("recency") < 0) | (pl.col("recency") > pl.col("T") + 1e-9)
        | ((pl.col("frequency") == 0) & (pl.col("recency") > 0))
    )
    if bad.height:
        row = bad.row(0, named=True)
        raise InputError(
            f"{source}: row {row['row']} (customer {row['customer_id']}) is not a valid summary: need "
            f"frequency ≥ 0, 0 ≤ recency ≤ T and recency 0 without repeats (got frequency={row['frequency']}, "
            f"recency={row['recency']}, T={row['T']})"
        )
