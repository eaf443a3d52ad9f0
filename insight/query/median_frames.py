"""The medians of query/median.py, computed: of the order totals (what AOV averages) or of per-customer values."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.query.plan import Filter, QueryPlan, TimeWindow
from insight.query.traits import answer_column


def order_values(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, keys: Sequence[str]) -> pl.LazyFrame:
    """One row per order (and group): its total over its non-return lines, for real orders only (as AOV)."""
    from insight.query.frames import filtered_lines

    lines = filtered_lines(ds, filters, window, extra_by=keys)
    return (lines.filter(pl.col("is_order") & ~pl.col("is_return"))
            .group_by(["order_code", *keys]).agg(value=pl.col("line_amount").sum()))


def answers_median(plan: QueryPlan, ds: Dataset, column: str) -> pl.DataFrame:
    """The median of the survey answers a metric averages (``traits.answer_column``), in the plan's filters
    (aspect, customers) and window, per group: [group,] median_<metric>, responses."""
    from insight.analyses import survey
    from insight.query.loyalty_frames import scoped_surveys, windowed_surveys

    by = next((g for g in plan.group_by if g != "customer_id"), None)
    frame = survey.answer_median(windowed_surveys(scoped_surveys(ds, plan.filters), plan.window), column, by)
    return frame.rename({"median": f"median_{plan.metrics[0]}"})


def median_frame(plan: QueryPlan, ds: Dataset, per_customer: pl.DataFrame | None) -> pl.DataFrame:
    """The median per group (one row without a grouping, unordered) in a column ``median_<metric>``: of the
    order totals for AOV, else of ``per_customer`` (one row per customer and group, the metric's value)."""
    metric = plan.metrics[0]
    name = f"median_{metric}"
    if column := answer_column(metric):
        return answers_median(plan, ds, column)
    if metric == "aov":
        keys = [g for g in plan.group_by if g != "customer_id"]
        orders = order_values(ds, plan.filters, plan.window, keys)
        agg = [pl.col("value").median().alias(name), pl.len().cast(pl.Int64).alias("orders")]
        frame = (orders.group_by(keys).agg(agg) if keys else orders.select(agg)).collect()
    else:
        assert per_customer is not None
        keys = [g for g in plan.group_by if g != "customer_id" and g in per_customer.columns]
        agg = [pl.col(metric).cast(pl.Float64).median().alias(name),
               # the customers the median is over: a value left empty (one order day, no tenure) does not count
               pl.col("customer_id").filter(pl.col(metric).is_not_null()).n_unique().cast(pl.Int64)
               .alias("customers")] \
            if "customer_id" in per_customer.columns else [pl.col(metric).cast(pl.Float64).median().alias(name)]
        frame = per_customer.group_by(keys).agg(agg) if keys else per_customer.select(agg)
    return frame
