"""The distinct values counted (``QueryPlan.counted``, planned in insight.query.distinct): one row per group with
``count``. Execution side of the distinct count: it reads the lines, which planning never does."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.query.distinct import TIME_DIMS
from insight.query.plan import QueryPlan


def distinct_frame(plan: QueryPlan, ds: Dataset, metric_table) -> pl.DataFrame:
    """One row per group (one row without a grouping) with ``count``: the distinct values of ``plan.counted``
    that have an order (order data) or a row (a customers table alone) in the plan's window and filters."""
    counted = plan.counted or ""
    base = "orders" if ds.order_lines.height else "customers"  # a value counts where something was sold
    keys = list(plan.group_by)
    inner = plan.model_copy(update={"metrics": (base,), "group_by": (*keys, counted), "counted": None})
    frame = metric_table(inner, ds, plan.window)
    present = frame.filter(pl.col(counted).is_not_null() & (pl.col(base) > 0))
    if ds.order_lines.height:
        present = _with_a_sale_line(present, plan, ds, [*keys, counted])
    if not keys:
        return pl.DataFrame({"count": [present.get_column(counted).n_unique()]}, schema={"count": pl.Int64})
    grouped = present.group_by(keys).agg(pl.col(counted).n_unique().cast(pl.Int64).alias("count"))
    periods = [k for k in keys if k in TIME_DIMS]
    if periods:  # a count per period reads in time order, like every trend
        return grouped.sort([*periods, *(k for k in keys if k not in periods)])
    return grouped.sort(["count", *keys], descending=[True, *([False] * len(keys))])


def _with_a_sale_line(present: pl.DataFrame, plan: QueryPlan, ds: Dataset, keys: list[str]) -> pl.DataFrame:
    """The values sold: with a sale line of positive amount (an order's line, no return) in the window and filters.
    A free item on an order or a value seen only on returns is no sale (Online Retail II, December 2010: 2,788
    products, not the 2,790 with an order nor the 2,822 with any line)."""
    from insight.query.frames import filtered_lines

    sold = (filtered_lines(ds, plan.filters, plan.window, extra_by=keys)
            .filter(pl.col("is_order") & ~pl.col("is_return") & (pl.col("line_amount") > 0))
            .select(pl.col(k).cast(pl.String).alias(f"_{k}") for k in keys).unique().collect())
    tagged = present.with_columns(pl.col(k).cast(pl.String).alias(f"_{k}") for k in keys)
    return tagged.join(sold, on=[f"_{k}" for k in keys], how="semi").drop(f"_{k}" for k in keys)
