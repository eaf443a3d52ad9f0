"""Customer portfolio: value x loyalty, four quadrants split at the medians.

value = customer_capital (profit realised so far); loyalty = mean of the percentile ranks of orders
(how often) and of recency (how recently; more recent = more loyal), in 0..1. A customer at or above a
median is "high" on that axis. Quadrants:

| value | loyalty | quadrant | German |
|---|---|---|---|
| high | high | Stars | Stars |
| high | low | Secure | Absichern |
| low | high | Develop | Entwickeln |
| low | low | Maintain | Kostengünstig betreuen |
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.labels import german
from insight.metrics.customer_table import customer_table

QUADRANTS: tuple[tuple[str, bool, bool, str], ...] = (
    # name (German label in insight/labels.toml), high value, high loyalty, what to do
    ("Stars", True, True, "keep and reward"),
    ("Secure", True, False, "valuable but not bound: win their loyalty"),
    ("Develop", False, True, "loyal but small: grow share of wallet"),
    ("Maintain", False, False, "serve at low cost"),
)
QUADRANT_ORDER = tuple(q[0] for q in QUADRANTS)


def _quadrant_lookup() -> pl.DataFrame:
    return pl.DataFrame(
        [(name, german("quadrant")[name], hv, hl) for name, hv, hl, _ in QUADRANTS],
        schema={"quadrant": pl.String, "quadrant_de": pl.String, "value_high": pl.Boolean,
                "loyalty_high": pl.Boolean},
        orient="row",
    )


def portfolio_frame(customers: pl.LazyFrame) -> pl.LazyFrame:
    """Customer table -> customer_id, value, loyalty, value_high, loyalty_high, quadrant, quadrant_de."""
    n = pl.len()
    loyalty = (pl.col("orders").rank("average") / n + (-pl.col("recency_days")).rank("average") / n) / 2
    return (
        customers.select("customer_id", value=pl.col("customer_capital"), loyalty=loyalty)
        .with_columns(
            value_high=pl.col("value") >= pl.col("value").median(),
            loyalty_high=pl.col("loyalty") >= pl.col("loyalty").median(),
        )
        .join(_quadrant_lookup().lazy(), on=["value_high", "loyalty_high"], how="left")
        .sort("customer_id")
    )


def portfolio(ds: Dataset, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """Every customer's value, loyalty and quadrant (Stars / Secure / Develop / Maintain)."""
    return portfolio_frame(customer_table(ds, lines).lazy()).collect()


def portfolio_summary(ds: Dataset, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """quadrant, quadrant_de, customers, customer_share, revenue, revenue_share, value_share, in QUADRANTS
    order (all four, zero where empty)."""
    table = portfolio(ds, lines).join(customer_table(ds, lines).select("customer_id", "revenue"), on="customer_id")
    total_revenue = table.get_column("revenue").sum() or None
    total_value = table.get_column("value").sum() or None
    counts = table.group_by("quadrant").agg(
        customers=pl.len().cast(pl.Int64), revenue=pl.col("revenue").sum(), value=pl.col("value").sum()
    )
    return (
        _quadrant_lookup().select("quadrant", "quadrant_de")
        .join(counts, on="quadrant", how="left")
        .with_columns(pl.col("customers").fill_null(0), pl.col("revenue").fill_null(0.0),
                      pl.col("value").fill_null(0.0))
        .with_columns(
            customer_share=pl.col("customers") / max(table.height, 1),
            revenue_share=pl.col("revenue") / total_revenue if total_revenue else pl.lit(None, dtype=pl.Float64),
            value_share=pl.col("value") / total_value if total_value else pl.lit(None, dtype=pl.Float64),
        )
        .select("quadrant", "quadrant_de", "customers", "customer_share", "revenue", "revenue_share", "value_share")
    )
