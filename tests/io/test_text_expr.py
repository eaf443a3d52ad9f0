"""insight.io.coerce.text_expr (issue 16: one pass): trimmed text, empty cells null, as the when/then form it
replaced."""

from __future__ import annotations

import polars as pl

from insight.io.coerce import text_expr


def test_text_expr_trims_and_nulls_empty_cells_as_before() -> None:
    values = [" x ", "", "  ", None, "y", "\t", "a b", " NA ", "\u00a0z\u00a0", "-", "ü "]
    frame = pl.DataFrame({"c": values * 3})
    t = pl.col("c").str.strip_chars()
    before = frame.select(pl.when(t == "").then(None).otherwise(t).alias("c"))
    assert frame.select(text_expr("c")).equals(before)
    assert frame.head(0).select(text_expr("c")).equals(before.head(0))
