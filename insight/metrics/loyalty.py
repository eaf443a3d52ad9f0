"""Loyalty from order behaviour (repeat rate, period-over-period retention and churn) and from coupons.

Survey-based loyalty (NPS, CSAT, importance x satisfaction, repurchase intent) lives in
insight.analyses.survey (it sets stated loyalty beside the CLV model's P(alive)).
All behaviour metrics use attributed lines of valid orders only (metrics.md, "Which rows").
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.dataset import Dataset
from insight.metrics.customer_table import customer_table
from insight.metrics.fiscal import FISCAL_DIMENSIONS, Fiscal, fiscal_of, named_year, shifted
from insight.metrics.lines import attributed, prepared_lines
from insight.metrics.periods import next_period, normalise_period, period_label, period_start
from insight.metrics.require import require_columns

__all__ = ["repeat_rate", "retention", "retention_frame", "active_periods", "default_pair", "redemption_rate"]


def repeat_rate(ds: Dataset, lines: pl.LazyFrame | None = None) -> float:
    """Customers with >= 2 orders / customers with >= 1 order (NaN without customers)."""
    table = customer_table(ds, lines)
    if table.height == 0:
        return float("nan")
    return float((table.get_column("orders") >= 2).sum() / table.height)


def active_periods(lines: pl.LazyFrame, period: str) -> pl.LazyFrame:
    """Distinct (customer_id, start) pairs: the customer placed an order in the period starting at ``start``."""
    return (
        attributed(lines)
        .filter(pl.col("is_order"))
        .select("customer_id", start=period_start(pl.col("order_day"), period))
        .unique()
    )


def retention_frame(lines: pl.LazyFrame, period: str = "year", as_of: dt.date | None = None) -> pl.LazyFrame:
    """For each consecutive pair of calendar periods (P-1, P) from the first to the last with orders:
    period (label of P), previous_period, customers_prev, retained, retention_rate, churn_rate and
    complete (P ended before the analysis date ``as_of``; null without one)."""
    kind = normalise_period(period)
    active = active_periods(lines, kind)
    bounds = active.select(first=pl.col("start").min(), last=pl.col("start").max())
    starts = bounds.select(
        start=pl.date_ranges(pl.col("first"), pl.col("last"), interval={"month": "1mo", "quarter": "1q",
                                                                         "year": "1y"}[kind])
    ).explode("start")
    prev_counts = active.group_by("start").agg(customers_prev=pl.len())
    retained = (
        active.with_columns(next_start=next_period(pl.col("start"), kind))
        .join(active, left_on=["customer_id", "next_start"], right_on=["customer_id", "start"], how="inner")
        .group_by("start")
        .agg(retained=pl.len())
    )
    return (
        starts.join(prev_counts, on="start", how="left")
        .join(retained, on="start", how="left")
        .with_columns(
            pl.col("customers_prev").fill_null(0).cast(pl.Int64),
            pl.col("retained").fill_null(0).cast(pl.Int64),
            next_start=next_period(pl.col("start"), kind),
        )
        .join(starts.select(next_start=pl.col("start")), on="next_start", how="semi")
        .with_columns(
            retention_rate=pl.when(pl.col("customers_prev") > 0)
            .then(pl.col("retained") / pl.col("customers_prev"))
            .otherwise(None)
        )
        .with_columns(churn_rate=1 - pl.col("retention_rate"))
        .sort("start")
        .select(
            period=period_label(pl.col("next_start"), kind),
            previous_period=period_label(pl.col("start"), kind),
            customers_prev="customers_prev",
            retained="retained",
            retention_rate="retention_rate",
            churn_rate="churn_rate",
            complete=(next_period(pl.col("next_start"), kind) <= pl.lit(as_of, dtype=pl.Date))
            if as_of is not None else pl.lit(None, dtype=pl.Boolean),
        )
    )


def retention(ds: Dataset, period: str = "year", lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """Retention and churn rate of customers for each consecutive pair of periods (default: years).

    >>> retention(ds).filter(pl.col("period") == "2011")  # doctest: +SKIP   # 2011 compared with 2010
    """
    lines = lines if lines is not None else prepared_lines(ds)
    if period in FISCAL_DIMENSIONS:  # the calendar's pairs of the days moved back to their fiscal year's calendar
        return fiscal_retention(lines, period, fiscal_of(ds), ds.as_of)
    return retention_frame(lines, period, ds.as_of).collect()


def fiscal_retention(lines: pl.LazyFrame, period: str, fiscal: Fiscal, as_of: dt.date) -> pl.DataFrame:
    """``retention`` per fiscal year or quarter: a fiscal period is the calendar period of its days moved back
    by the months the fiscal year starts later than January (insight.metrics.fiscal); labels 'FY2012 Q1'."""
    kind = "quarter" if period == "fiscal_quarter" else "year"
    moved = lines.with_columns(order_day=shifted(pl.col("order_day"), fiscal))
    index = as_of.year * 12 + as_of.month - 1 - (fiscal[0] - 1)
    day = min(as_of.day, 28) if fiscal[0] != 1 else as_of.day  # the same day of the moved month (≤ 28: any month)
    moved_as_of = dt.date(index // 12, index % 12 + 1, day)
    table = retention_frame(moved, kind, moved_as_of).collect()

    def label(column: str) -> pl.Expr:
        year = named_year(pl.col(column).str.slice(0, 4).cast(pl.Int64), fiscal).cast(pl.String)
        quarter = pl.concat_str([pl.lit(" Q"), pl.col(column).str.slice(6, 1)]) if kind == "quarter" else pl.lit("")
        return pl.concat_str([pl.lit("FY"), year, quarter]).alias(column)

    return table.with_columns(label("period"), label("previous_period"))


def redemption_rate(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """Redeemed coupons / issued coupons, overall or per ``by`` (a coupons column such as campaign,
    or a customer attribute such as kind): columns [by,] issued, redeemed, redemption_rate.

    Coupons issued before the analysis date count as issued; redeemed ones if redeemed before it.
    """
    require_columns(ds, "coupons", ("coupon_id", "issued_at"), "the redemption rate")
    as_of = pl.lit(ds.as_of, dtype=pl.Date)
    coupons = ds.coupons.lazy().filter(pl.col("issued_at") < as_of)
    if by is not None and by not in ds.coupons.columns:
        require_columns(ds, "customers", (by,), f"the redemption rate by {by}")
        coupons = coupons.join(ds.customers.lazy().select("customer_id", by), on="customer_id", how="left")
    keys = [by] if by else []
    agg = dict(
        issued=pl.col("coupon_id").n_unique().cast(pl.Int64),
        redeemed=pl.col("coupon_id").filter(pl.col("redeemed_at") < as_of).n_unique().cast(pl.Int64),
    )
    frame = coupons.group_by(keys).agg(**agg) if keys else coupons.select(**agg)
    frame = frame.with_columns(redemption_rate=pl.col("redeemed") / pl.col("issued"))
    return (frame.sort(keys) if keys else frame).collect()


def default_pair(table: pl.DataFrame) -> dict | None:
    """The pair of periods used when none is named (metrics.md, ``retention_rate``): the latest pair whose
    later period is complete, else the latest pair (then incomplete); only pairs with customers in P−1.
    ``table`` is a ``retention``/``retention_frame`` result; None when no pair has customers."""
    rows = table.filter(pl.col("customers_prev") > 0)
    complete = rows.filter(pl.col("complete").fill_null(False))
    pick = complete if complete.height else rows
    return pick.row(-1, named=True) if pick.height else None
