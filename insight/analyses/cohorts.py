"""Customer value by acquisition cohort: realised value (``insight.metrics.customer_table``) beside the
CLV model's expectation (``insight.analyses.groups.clv_or_empty``)."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset


def value_by_cohort(ds: Dataset, grain: str = "year") -> pl.DataFrame:
    """Customer value by acquisition cohort (the year, quarter or month of a customer's first order, up to
    the analysis date): cohort (YYYY, YYYY-Qn or YYYY-MM), customers, revenue, mean_revenue,
    mean_customer_capital (profit so far), mean_clv (expected, over the customers the CLV model values; null
    when it cannot be fitted), mean_customer_value (customer capital + CLV of the customers with both),
    total_customer_value; oldest cohort first. A trend of value: do newer cohorts bring more or less?"""
    from insight.metrics.customer_table import customer_table
    from insight.analyses.groups import clv_or_empty
    from insight.metrics.periods import normalise_period, period_label, period_start

    grain = normalise_period(grain)
    table = customer_table(ds).select("customer_id", "first_order", "revenue", "customer_capital")
    ids = table.schema["customer_id"]
    model = clv_or_empty(ds).select(pl.col("customer_id").cast(ids), "clv")
    start = period_start(pl.col("first_order").cast(pl.Date), grain)
    frame = (
        table.lazy().filter(pl.col("first_order").is_not_null())
        .join(model.lazy(), on="customer_id", how="left")
        .with_columns(_start=start, customer_value=pl.col("customer_capital") + pl.col("clv"))
        .group_by("_start")
        .agg(customers=pl.len().cast(pl.Int64), revenue=pl.col("revenue").sum(),
             mean_revenue=pl.col("revenue").mean(), mean_customer_capital=pl.col("customer_capital").mean(),
             mean_clv=pl.col("clv").mean(), mean_customer_value=pl.col("customer_value").mean(),
             total_customer_value=pl.when(pl.col("customer_value").count() > 0)
             .then(pl.col("customer_value").sum()))
        .sort("_start")
        .with_columns(cohort=period_label(pl.col("_start"), grain))
        .select("cohort", "customers", "revenue", "mean_revenue", "mean_customer_capital", "mean_clv",
                "mean_customer_value", "total_customer_value")
        .collect()
    )
    return frame
