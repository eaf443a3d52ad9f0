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


def value_by_period(ds: Dataset, grain: str = "quarter") -> pl.DataFrame:
    """Customer value earned per calendar period (year, quarter or month), up to the analysis date: period
    (YYYY, YYYY-Qn or YYYY-MM), active_customers (an order in it), new_customers (their first order in it),
    revenue, gross_profit (line margin as in customer capital), cost_to_serve (of the new customers: the
    contract's cost_to_serve is one sum per relationship, booked at its first order), customer_capital_added
    (gross_profit − cost_to_serve), cumulative_customer_capital, revenue_per_customer and
    capital_per_customer (per active customer); oldest first. Summed over all periods, customer_capital_added
    is the customers' customer capital; the expected CLV exists only at the analysis date and is not split."""
    from insight.metrics.customer_table import customer_table
    from insight.metrics.lines import attributed, gross_profit_expr, prepared_lines
    from insight.metrics.periods import normalise_period, period_label, period_start

    grain = normalise_period(grain)
    table = customer_table(ds)
    ids = table.schema["customer_id"]
    cost = (pl.col("cost_to_serve").fill_null(0.0) if "cost_to_serve" in table.columns else pl.lit(0.0))
    people = table.lazy().select("customer_id", _cost=cost.cast(pl.Float64),
                                 _first=period_start(pl.col("first_order").cast(pl.Date), grain))
    lines = attributed(prepared_lines(ds))
    schema = lines.collect_schema()
    rows = (lines.with_columns(pl.col("customer_id").cast(ids))
            .join(people.select("customer_id"), on="customer_id", how="semi")
            .with_columns(_start=period_start(pl.col("order_day").cast(pl.Date), grain),
                          _gross=gross_profit_expr(schema, ds.settings.default_margin)))
    earned = rows.group_by("_start").agg(
        active_customers=pl.col("customer_id").filter(pl.col("is_order")).n_unique().cast(pl.Int64),
        revenue=pl.col("line_amount").sum(), gross_profit=pl.col("_gross").sum())
    joined = people.group_by(_start="_first").agg(new_customers=pl.len().cast(pl.Int64),
                                                  cost_to_serve=pl.col("_cost").sum())
    frame = (earned.join(joined, on="_start", how="full", coalesce=True)
             .with_columns(pl.col("active_customers", "new_customers").fill_null(0),
                           pl.col("revenue", "gross_profit", "cost_to_serve").fill_null(0.0))
             .sort("_start")
             .with_columns(customer_capital_added=pl.col("gross_profit") - pl.col("cost_to_serve"))
             .with_columns(cumulative_customer_capital=pl.col("customer_capital_added").cum_sum(),
                           revenue_per_customer=pl.when(pl.col("active_customers") > 0)
                           .then(pl.col("revenue") / pl.col("active_customers")),
                           capital_per_customer=pl.when(pl.col("active_customers") > 0)
                           .then(pl.col("customer_capital_added") / pl.col("active_customers")),
                           period=period_label(pl.col("_start"), grain))
             .select("period", "active_customers", "new_customers", "revenue", "gross_profit", "cost_to_serve",
                     "customer_capital_added", "cumulative_customer_capital", "revenue_per_customer",
                     "capital_per_customer")
             .collect())
    return frame
