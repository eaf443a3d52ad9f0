"""Cohort retention: customers grouped by the month of their first order, share active in each later month.

A cohort's first order is the first valid order in the lines given (all data up to the analysis date by
default; a window makes cohorts of the window). Period 0 is the first-order month itself (share 1.0).
Every cohort has a row for each month from its start to the last month with orders, active 0 included.
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.metrics.lines import attributed, prepared_lines


def cohort_frame(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Prepared lines -> cohort (YYYY-MM), period (months since), customers, active, share (long form)."""
    active = (
        attributed(lines)
        .filter(pl.col("is_order"))
        .select("customer_id", month=pl.col("order_day").dt.truncate("1mo"))
        .unique()
    )
    firsts = active.group_by("customer_id").agg(start=pl.col("month").min())
    month_index = pl.col("month").dt.year() * 12 + pl.col("month").dt.month()
    start_index = pl.col("start").dt.year() * 12 + pl.col("start").dt.month()
    counts = (
        active.join(firsts, on="customer_id")
        .group_by("start", period=(month_index - start_index).cast(pl.Int64))
        .agg(active=pl.len().cast(pl.Int64))
    )
    last = active.select(last=pl.col("month").max())
    sizes = firsts.group_by("start").agg(customers=pl.len().cast(pl.Int64))
    grid = (
        sizes.join(last, how="cross")
        .with_columns(
            period=pl.int_ranges(
                0,
                (pl.col("last").dt.year() * 12 + pl.col("last").dt.month())
                - (pl.col("start").dt.year() * 12 + pl.col("start").dt.month()) + 1,
                dtype=pl.Int64,
            )
        )
        .explode("period")
    )
    return (
        grid.join(counts, on=["start", "period"], how="left")
        .with_columns(pl.col("active").fill_null(0))
        .with_columns(share=pl.col("active") / pl.col("customers"))
        .sort("start", "period")
        .select(cohort=pl.col("start").dt.strftime("%Y-%m"), period="period", customers="customers",
                active="active", share="share")
    )


def cohort_retention(ds: Dataset, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """Long table: cohort, period, customers, active, share."""
    return cohort_frame(lines if lines is not None else prepared_lines(ds)).collect()


def cohort_matrix(ds: Dataset, lines: pl.LazyFrame | None = None, max_period: int | None = None) -> pl.DataFrame:
    """Wide table for heat maps: cohort, customers, then one share column per period ("0", "1", ...)."""
    long = cohort_retention(ds, lines)
    if max_period is not None:
        long = long.filter(pl.col("period") <= max_period)
    if long.height == 0:
        return pl.DataFrame(schema={"cohort": pl.String, "customers": pl.Int64})
    wide = long.with_columns(pl.col("period").cast(pl.String)).pivot(
        on="period", index=["cohort", "customers"], values="share", sort_columns=False
    )
    periods = sorted((c for c in wide.columns if c not in ("cohort", "customers")), key=int)
    return wide.select("cohort", "customers", *periods).sort("cohort")
