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


# -- products bought together over all orders (Warenkorbanalyse; `insight basket`, Ask "bought_together") -----


def baskets(lines: pl.LazyFrame, max_items: int = MAX_ITEMS) -> pl.LazyFrame:
    """order_key, product_id: the distinct products of every real order (non-return lines of an order with a
    positive amount), orders of more than ``max_items`` distinct products left out. Orders of one product
    stay: they count in the number of orders and in each product's own support."""
    return (lines.filter(pl.col("is_order") & ~pl.col("is_return") & pl.col("product_id").is_not_null())
            .select("order_key", pl.col("product_id").cast(pl.String).str.strip_chars())
            .unique()
            .filter(pl.len().over("order_key") <= max_items))


def product_pairs(lines: pl.LazyFrame, *, top: int | None = None, min_support: float = 0.0,
                  product: str | None = None, max_items: int = MAX_ITEMS) -> pl.DataFrame:
    """Pairs of products in the same order: product_id, other_product_id, orders (with both), support
    (orders with both / all orders), confidence (share of the orders with product_id that also hold
    other_product_id), reverse_confidence (the other way round) and lift (support / (support of product_id ×
    support of other_product_id); > 1: bought together more often than by chance). Each pair once,
    product_id < other_product_id; with ``product`` only the pairs with it, product_id = ``product``. Most
    orders first, then the highest lift; pairs below ``min_support`` dropped; ``top`` rows at most."""
    items = baskets(lines, max_items)
    total = items.select(pl.col("order_key").n_unique()).collect().item()
    single = items.group_by("product_id").agg(n=pl.len())
    right = items.select("order_key", other_product_id="product_id")
    pairs = items.join(right, on="order_key")
    if product is not None:
        pairs = pairs.filter((pl.col("product_id") == product.strip()) & (pl.col("other_product_id") != product.strip()))
    else:
        pairs = pairs.filter(pl.col("product_id") < pl.col("other_product_id"))
    frame = (pairs.group_by("product_id", "other_product_id").agg(orders=pl.len().cast(pl.Int64))
             .join(single.rename({"n": "n_a"}), on="product_id")
             .join(single.rename({"product_id": "other_product_id", "n": "n_b"}), on="other_product_id")
             .with_columns(support=pl.col("orders") / total,
                           confidence=pl.col("orders") / pl.col("n_a"),
                           reverse_confidence=pl.col("orders") / pl.col("n_b"),
                           lift=pl.col("orders") * total / (pl.col("n_a") * pl.col("n_b")))
             .filter(pl.col("support") >= min_support)
             .sort(["orders", "lift", "product_id", "other_product_id"], descending=[True, True, False, False])
             .select("product_id", "other_product_id", "orders", "support", "confidence", "reverse_confidence",
                     "lift")
             .collect())
    return frame.head(top) if top is not None else frame
