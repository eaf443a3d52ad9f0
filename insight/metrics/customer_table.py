"""The customer table: one lazy pipeline from prepared order lines to one row per customer.

It is the hot path of most questions (top customers, RFM, ABC, value, portfolio), so the stage is a
plain ``LazyFrame -> LazyFrame`` function (``customer_frame``) that could run on another engine, and
``customer_table`` collects it once (cached per Dataset when no window is given).

Definitions (shared/spec/metrics.md, "Customer value"; decisions in docs/metrics.md):

- a customer is an attributed id with at least one order (``is_order``) in the lines given;
- revenue is net (returns included), orders count distinct valid order keys;
- first/last order and recency use order days of valid orders only;
- margin is revenue-weighted: each line contributes ``line_amount * (unit_price - unit_cost) / unit_price``
  where unit_cost is known, else ``line_amount * default_margin``; margin = that sum / revenue;
- days_between_orders: a repeat customer's mean gap in days between distinct order days (null with one order
  day); days_to_second_order: days from the first to the second distinct order day (null without one);
- profit = revenue * margin - cost_to_serve; customer_capital = profit over all lines up to the analysis
  date (the whole relationship), even when ``lines`` is a window.

>>> from insight.io.demo import generate_demo  # doctest: +SKIP
>>> customer_table(generate_demo()).columns[:4]  # doctest: +SKIP
['customer_id', 'revenue', 'orders', 'aov']
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.dataset import Dataset
from insight.metrics.lines import attributed, gross_profit_expr, prepared_lines

DAYS_PER_MONTH = 30.4375

BEHAVIOUR_COLUMNS = (
    "customer_id", "revenue", "orders", "aov", "first_order", "last_order", "tenure_months",
    "purchase_rate", "recency_days", "margin", "profit", "customer_capital",
    "days_between_orders", "days_to_second_order",
)


def _per_order(lines: pl.LazyFrame, default_margin: float) -> pl.LazyFrame:
    """Attributed lines collapsed to (customer_id, order_key): amount, gross profit, validity, days, country.

    Two-stage aggregation (order, then customer) is ~40 % faster than one group_by with n_unique.
    """
    schema = lines.collect_schema()
    country = [pl.col("country").max().alias("country")] if "country" in schema else []
    return (
        attributed(lines)
        .group_by("customer_id", "order_key")
        .agg(
            revenue=pl.col("line_amount").sum(),
            gross=gross_profit_expr(schema, default_margin).sum(),
            is_order=pl.col("is_order").first(),  # constant within an order key
            first_day=pl.col("order_day").min(),
            last_day=pl.col("order_day").max(),
            *country,  # noqa: B026  (positional either way; polars puts named columns last)
        )
    )


def _aggregate(orders: pl.LazyFrame) -> pl.LazyFrame:
    """Per customer id with a valid order: revenue, gross profit, orders, first/last order day."""
    valid = pl.col("is_order")
    return (
        orders.group_by("customer_id")
        .agg(
            revenue=pl.col("revenue").sum(),
            gross=pl.col("gross").sum(),
            orders=valid.sum().cast(pl.Int64),
            first_order=pl.col("first_day").filter(valid).min(),
            last_order=pl.col("last_day").filter(valid).max(),
            order_days=pl.col("first_day").filter(valid).n_unique(),
            second_order=pl.col("first_day").filter(valid).unique().sort().slice(1, 1).first(),
        )
        .filter(pl.col("orders") > 0)
    )


def _modal_country(orders: pl.LazyFrame) -> pl.LazyFrame:
    """The country most of a customer's orders name (ties: alphabetically first)."""
    return (
        orders.filter(pl.col("country").is_not_null())
        .group_by("customer_id", "country")
        .agg(n=pl.len())
        .sort(["customer_id", "n", "country"], descending=[False, True, False])
        .group_by("customer_id", maintain_order=True)
        .agg(pl.col("country").first())
    )


def customer_frame(
    lines: pl.LazyFrame,
    customers: pl.LazyFrame | None,
    default_margin: float,
    as_of: dt.date,
    history: pl.LazyFrame | None = None,
) -> pl.LazyFrame:
    """Prepared lines (see insight.metrics.lines) -> one row per customer with value columns + attributes.

    ``history``: prepared lines of the whole relationship up to the analysis date, for customer_capital
    when ``lines`` is a window; without it customer_capital is the profit of ``lines``.
    """
    cust_schema = customers.collect_schema() if customers is not None else pl.Schema()
    cost_to_serve = (
        pl.col("cost_to_serve").fill_null(0.0) if "cost_to_serve" in cust_schema else pl.lit(0.0)
    )
    orders = _per_order(lines, default_margin)
    frame = _aggregate(orders)
    if history is not None:
        capital = _aggregate(_per_order(history, default_margin)).select("customer_id", capital_gross=pl.col("gross"))
        frame = frame.join(capital, on="customer_id", how="left")
    else:
        frame = frame.with_columns(capital_gross=pl.col("gross"))

    if customers is not None:
        frame = frame.join(customers.unique("customer_id", keep="first", maintain_order=True),
                           on="customer_id", how="left")
    if "country" in lines.collect_schema():
        line_country = _modal_country(orders).rename({"country": "_line_country"})
        frame = frame.join(line_country, on="customer_id", how="left").with_columns(
            country=pl.coalesce("country", "_line_country") if "country" in cust_schema else pl.col("_line_country")
        ).drop("_line_country")

    tenure_days = (pl.col("last_order") - pl.col("first_order")).dt.total_days()
    tenure = tenure_days / DAYS_PER_MONTH
    margin = (
        pl.when(pl.col("revenue") != 0).then(pl.col("gross") / pl.col("revenue")).otherwise(pl.lit(default_margin))
    )
    frame = frame.with_columns(
        aov=pl.col("revenue") / pl.col("orders"),
        tenure_months=tenure,
        purchase_rate=pl.when(tenure_days > 0).then(pl.col("orders") / tenure).otherwise(None),
        recency_days=(pl.lit(as_of, dtype=pl.Date) - pl.col("last_order")).dt.total_days(),
        margin=margin,
        profit=pl.col("gross") - cost_to_serve,
        customer_capital=pl.col("capital_gross").fill_null(pl.col("gross")) - cost_to_serve,
        # the mean of consecutive gaps between distinct order days telescopes to span / (days - 1)
        days_between_orders=pl.when(pl.col("order_days") >= 2)
        .then(tenure_days / (pl.col("order_days") - 1)).otherwise(None),
        days_to_second_order=(pl.col("second_order") - pl.col("first_order")).dt.total_days().cast(pl.Float64),
    )
    attrs = [c for c in frame.collect_schema().names()
             if c not in BEHAVIOUR_COLUMNS and c not in ("gross", "capital_gross", "order_days", "second_order")]
    return frame.select(*BEHAVIOUR_COLUMNS, *attrs).sort("customer_id")


def customer_table(ds: Dataset, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """One row per customer: customer_id, revenue, orders, aov, first_order, last_order, tenure_months,
    purchase_rate, recency_days, margin, profit, customer_capital, days_between_orders, days_to_second_order
    + the attributes of ds.customers."""
    known = [c for c in ds.customers.columns
             if c == "customer_id" or ds.customers.get_column(c).null_count() < ds.customers.height]
    customers = ds.customers.select(known).lazy() if ds.customers.height else None

    def build(window: pl.LazyFrame | None) -> pl.DataFrame:
        history = prepared_lines(ds)
        return customer_frame(
            window if window is not None else history, customers, ds.settings.default_margin, ds.as_of,
            history=history if window is not None else None,
        ).collect()

    if lines is None:
        return ds.cached(("customer_table", ds.as_of, ds.settings.default_margin), lambda: build(None))
    return build(lines)
