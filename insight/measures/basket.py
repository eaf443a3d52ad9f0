"""Products bought together (for the "develop" measure: cross-selling with what the segment's own customers
already combine). Pairs of distinct products in one order, counted over the orders of a segment's customers;
orders with more than ``MAX_ITEMS`` distinct products are left out (wholesale baskets would make every pair
look related and the pair count grows with the square of the basket)."""

from __future__ import annotations

import polars as pl

MAX_ITEMS = 30
TOP = 3


def pairs_by_segment(lines: pl.LazyFrame, segments: pl.DataFrame, top: int = TOP) -> pl.DataFrame:
    """segment, bought_together ("A + B (n orders); …"): the ``top`` most frequent product pairs per segment.
    ``lines``: prepared lines with product_id; ``segments``: customer_id, segment."""
    schema = lines.collect_schema()
    name = (pl.coalesce(pl.col("description").cast(pl.String), pl.col("product_id").cast(pl.String))
            if "description" in schema else pl.col("product_id").cast(pl.String))
    items = (lines.filter(pl.col("is_order") & ~pl.col("is_return") & pl.col("product_id").is_not_null()
                          & pl.col("customer_id").is_not_null())
             .select("customer_id", "order_key", product=name.str.strip_chars())
             .unique()
             .with_columns(n=pl.len().over("order_key"))
             .filter((pl.col("n") >= 2) & (pl.col("n") <= MAX_ITEMS))
             .drop("n"))
    items = items.join(segments.lazy().select(pl.col("customer_id").cast(schema["customer_id"]), "segment"),
                       on="customer_id", how="inner")
    right = items.select("order_key", other="product")
    return (items.join(right, on="order_key").filter(pl.col("product") < pl.col("other"))
            .group_by("segment", "product", "other").agg(orders=pl.len())
            .sort(["segment", "orders", "product", "other"], descending=[False, True, False, False])
            .group_by("segment", maintain_order=True).head(top)
            .with_columns(pair=pl.format("{} + {} ({})", "product", "other", "orders"))
            .group_by("segment", maintain_order=True).agg(bought_together=pl.col("pair").str.join("; "))
            .collect())
