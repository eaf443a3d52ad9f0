"""Prepared order lines: line amount, returns, order validity: the conventions of metrics.md, once.

Every metric starts from ``prepared_lines``: a lazy frame of the canonical order lines before the
analysis date with these columns added:

- ``line_amount``: ``amount`` where given, else ``quantity * unit_price``; returns are ``-|x|``.
- ``is_return``: negative quantity or an ``order_id`` starting with ``C``.
- ``order_key``: ``order_id``, or customer + day where the source had no order id.
- ``is_order``: the line's order has non-return lines summing to a positive amount (a real order).
- ``order_day``: the calendar day of ``order_date``.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.dataset import Dataset


def line_amount_expr() -> pl.Expr:
    """Signed line amount: returns and cancellations are always negative."""
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    return pl.when(pl.col("is_return")).then(-raw.abs()).otherwise(raw)


def is_return_expr() -> pl.Expr:
    return (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").fill_null("").str.starts_with("C")


def prepare(lines: pl.LazyFrame, as_of: dt.date) -> pl.LazyFrame:
    """Add line_amount, is_return, order_key, is_order, order_day; keep lines before ``as_of``."""
    cutoff = dt.datetime.combine(as_of, dt.time())
    key = pl.coalesce(
        pl.col("order_id"),
        pl.concat_str([pl.col("customer_id").cast(pl.String), pl.col("order_date").dt.strftime("%Y%m%d")],
                      separator="-"),
    )
    return (
        lines.filter(pl.col("order_date") < cutoff)
        .with_columns(is_return=is_return_expr(), order_key=key, order_day=pl.col("order_date").dt.date())
        .with_columns(line_amount=line_amount_expr())
        .with_columns(
            is_order=(
                pl.col("line_amount").filter(~pl.col("is_return")).sum().over("order_key") > 0
            )
        )
    )


def prepared_lines(ds: Dataset) -> pl.LazyFrame:
    """The dataset's order lines prepared for metrics (cached per Dataset, collected once)."""
    frame = ds.cached(("prepared_lines", ds.as_of), lambda: prepare(ds.order_lines.lazy(), ds.as_of).collect())
    return frame.lazy()


def attributed(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Lines with a customer id: the basis of every metric about customers."""
    return lines.filter(pl.col("customer_id").is_not_null())
