"""Products: descriptions beside codes and the products bought together.

- ``product_descriptions``: product_id, description — the most frequent description of each code in the
  order lines (ties: the alphabetically first), so that a code relabelled in the catalogue shows one name.
- ``with_descriptions``: a ``description`` column put right after ``product_id`` of any table that has one.
- ``bought_together``: pairs by order co-occurrence (support, confidence, lift; insight.metrics.basket),
  each code with its description.
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset


def product_descriptions(ds: Dataset) -> pl.DataFrame:
    """product_id (String), description; no rows when the order lines carry no descriptions."""
    lines = ds.order_lines
    if "description" not in lines.columns or "product_id" not in lines.columns:
        return pl.DataFrame(schema={"product_id": pl.String, "description": pl.String})

    def build() -> pl.DataFrame:
        return (lines.lazy()
                .select(pl.col("product_id").cast(pl.String).str.strip_chars(),
                        pl.col("description").cast(pl.String).str.strip_chars())
                .filter(pl.col("product_id").is_not_null() & pl.col("description").is_not_null()
                        & (pl.col("description") != ""))
                .group_by("product_id", "description").agg(n=pl.len())
                .sort(["product_id", "n", "description"], descending=[False, True, False])
                .group_by("product_id", maintain_order=True).first()
                .select("product_id", "description")
                .collect())

    return ds.cached(("product_descriptions",), build)


def with_descriptions(frame: pl.DataFrame, ds: Dataset, key: str = "product_id",
                      name: str = "description") -> pl.DataFrame:
    """``frame`` with ``name`` (the description of ``key``) right after ``key``; unchanged when it has no
    ``key``, already has ``name`` or the data has no descriptions."""
    if key not in frame.columns or name in frame.columns or frame.height == 0:
        return frame
    names = product_descriptions(ds)
    if names.height == 0:
        return frame
    names = names.rename({"product_id": "_key", "description": name})
    joined = (frame.with_columns(_key=pl.col(key).cast(pl.String).str.strip_chars())
              .join(names, on="_key", how="left", maintain_order="left").drop("_key"))
    order = [c for c in frame.columns]
    order.insert(order.index(key) + 1, name)
    return joined.select(order)


def bought_together(ds: Dataset, top: int | None = 20, min_support: float = 0.0, product: str | None = None,
                    max_items: int | None = None) -> pl.DataFrame:
    """product_id, [description,] other_product_id, [other_description,] orders, support, confidence,
    reverse_confidence, lift (insight.metrics.basket.product_pairs over the prepared order lines)."""
    from insight.metrics.basket import MAX_ITEMS, product_pairs
    from insight.metrics.lines import prepared_lines

    frame = product_pairs(prepared_lines(ds), top=top, min_support=min_support, product=product,
                          max_items=max_items or MAX_ITEMS)
    frame = with_descriptions(frame, ds)
    return with_descriptions(frame, ds, "other_product_id", "other_description")
