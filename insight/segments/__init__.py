"""Customer segments: RFM, ABC, clustering (multi-dimensional), value x loyalty portfolio and persona.

``segment_table(ds, method)`` gives every customer with its segment and the key numbers;
``segment_summary(ds, method)`` one row per segment with customers, revenue and revenue share.
Both have the segment in a column named ``segment`` (plus ``segment_de``, the German label).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.labels import german

METHODS = ("rfm", "abc", "cluster", "portfolio")
# each method's segment as a dimension (its column in questions, answers and group comparisons): one place
SEGMENT_COLUMNS: dict[str, str] = {"rfm": "rfm_segment", "abc": "abc_class", "cluster": "cluster", "portfolio": "quadrant"}


def _check(method: str) -> str:
    key = str(method).strip().lower()
    if key not in METHODS:
        raise UsageError(f"segment method '{method}' is not one of {', '.join(METHODS)}")
    return key


def segment_table(ds: Dataset, method: str, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """customer_id, segment, segment_de + the numbers the method uses (and revenue, orders)."""
    from insight.metrics.customer_table import customer_table

    key = _check(method)
    customers = customer_table(ds, lines).select("customer_id", "revenue", "orders", "recency_days")
    if key == "rfm":
        from insight.segments.rfm import rfm_table

        seg = rfm_table(ds, lines).select(
            "customer_id", segment="rfm_segment", segment_de="rfm_segment_de", rfm_score="rfm_score",
            r_score="r_score", f_score="f_score", m_score="m_score")
    elif key == "abc":
        from insight.segments.abc import abc_table

        seg = abc_table(ds, lines).select(
            "customer_id", segment="abc_class",
            segment_de=pl.col("abc_class").replace_strict(dict(german("abc_segment"))), revenue_share="revenue_share",
            cum_share="cum_share")
    elif key == "cluster":
        from insight.segments.cluster import cluster_segments

        result = cluster_segments(ds, lines=lines)
        seg = result.table.select(
            "customer_id", segment=pl.col("cluster_name"), segment_de=pl.col("cluster_name_de"),
            cluster="cluster")
    else:
        from insight.segments.portfolio import portfolio

        seg = portfolio(ds, lines).select(
            "customer_id", segment="quadrant", segment_de="quadrant_de", value="value", loyalty="loyalty")
    return seg.join(customers, on="customer_id", how="left").sort("customer_id")


def segment_column(ds: Dataset, column: str) -> pl.DataFrame:
    """customer_id and the segment of every customer under its dimension's name (``SEGMENT_COLUMNS``:
    rfm_segment, abc_class, cluster (its name), quadrant), at the analysis date."""
    if column == "rfm_segment":
        from insight.segments.rfm import rfm_table

        return rfm_table(ds).select("customer_id", column)
    if column == "abc_class":
        from insight.segments.abc import abc_table

        return abc_table(ds).select("customer_id", column)
    if column == "cluster":
        from insight.segments.cluster import cluster_segments

        return cluster_segments(ds).table.select("customer_id", cluster="cluster_name")
    if column == "quadrant":
        from insight.segments.portfolio import portfolio

        return portfolio(ds).select("customer_id", column)
    raise UsageError(f"'{column}' is not a segment; the segments are {', '.join(SEGMENT_COLUMNS.values())}")


def segment_summary(ds: Dataset, method: str, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """segment, segment_de, customers, customer_share, revenue, revenue_share, mean_revenue, mean_orders,
    mean_recency_days; most valuable segments first (by revenue)."""
    table = segment_table(ds, method, lines)
    total_customers = max(table.height, 1)
    total_revenue = table.get_column("revenue").sum()
    return (
        table.group_by("segment", "segment_de")
        .agg(
            customers=pl.len().cast(pl.Int64),
            revenue=pl.col("revenue").sum(),
            mean_revenue=pl.col("revenue").mean(),
            mean_orders=pl.col("orders").mean(),
            mean_recency_days=pl.col("recency_days").mean(),
        )
        .with_columns(
            customer_share=pl.col("customers") / total_customers,
            revenue_share=pl.col("revenue") / total_revenue if total_revenue else pl.lit(None, dtype=pl.Float64),
        )
        .select("segment", "segment_de", "customers", "customer_share", "revenue", "revenue_share",
                "mean_revenue", "mean_orders", "mean_recency_days")
        .sort(["revenue", "segment"], descending=[True, False])
    )
