"""ABC analysis: customers by revenue, descending; A reaches the first 80 % of revenue, B up to 95 %, C the rest.

The customer whose revenue crosses a threshold belongs to the higher class (metrics.md); ties by
ascending customer_id. Thresholds come from the workspace settings unless given.
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.metrics.customer_table import customer_table


def abc_frame(customers: pl.LazyFrame, thresholds: tuple[float, float] = (0.80, 0.95)) -> pl.LazyFrame:
    """Customer table (customer_id, revenue) -> revenue_share, cum_share, abc_class (sorted A first)."""
    a, b = thresholds
    if not 0 < a <= b <= 1:
        raise UsageError(f"ABC thresholds must satisfy 0 < A <= B <= 1, got {a} and {b}")
    total = pl.col("revenue").sum()
    # revenue before this customer, from exact running sums; a class boundary is compared in money, with a
    # tolerance far below a cent per unit of revenue, so that "exactly 80 %" (28 of 35) is never read as
    # 79.999… % (polars may divide by multiplying with the reciprocal) and counted as not yet reached
    before_money = pl.col("revenue").cum_sum() - pl.col("revenue")
    tol = 1e-9 * total.abs()
    return (
        customers.select("customer_id", "revenue")
        .sort(["revenue", "customer_id"], descending=[True, False])
        .with_columns(revenue_share=pl.col("revenue") / total, cum_share=pl.col("revenue").cum_sum() / total)
        .with_columns(
            abc_class=pl.when(before_money < a * total - tol).then(pl.lit("A"))
            .when(before_money < b * total - tol).then(pl.lit("B")).otherwise(pl.lit("C"))
        )
    )


def abc_table(ds: Dataset, lines: pl.LazyFrame | None = None,
              thresholds: tuple[float, float] | None = None) -> pl.DataFrame:
    """customer_id, revenue, revenue_share, cum_share, abc_class: highest revenue first."""
    limits = tuple(thresholds) if thresholds is not None else tuple(ds.settings.abc_thresholds)
    return abc_frame(customer_table(ds, lines).lazy(), limits).collect()  # type: ignore[arg-type]  # two limits
