"""ABC classes on the tiny shop (by hand) and on Online Retail II (dev.jsonl d21/d22 and numpy)."""

import numpy as np
import polars as pl
import pytest

from insight.errors import UsageError
from insight.segments.abc import abc_table


def test_tiny_classes_by_hand(tiny_ds):
    # revenue 1000 c4, 500 c1, 200 c3, 150 c2, 80 c5, 80 c6; total 2010
    # cum before: 0, .4975, .7463 (<.8: A), .8458 (B), .9204 (<.95: B), .9602 (C)
    table = abc_table(tiny_ds)
    assert table["customer_id"].to_list() == ["c4", "c1", "c3", "c2", "c5", "c6"]
    assert table["abc_class"].to_list() == ["A", "A", "A", "B", "B", "C"]
    assert table["cum_share"].to_list() == pytest.approx([1000 / 2010, 1500 / 2010, 1700 / 2010, 1850 / 2010,
                                                          1930 / 2010, 1.0])


def test_thresholds_override_and_validation(tiny_ds):
    table = abc_table(tiny_ds, thresholds=(0.5, 0.9))  # before: 0 A, .4975 A, .7463 B, .8458 B, .9204 C
    assert table["abc_class"].to_list() == ["A", "A", "B", "B", "C", "C"]
    with pytest.raises(UsageError):
        abc_table(tiny_ds, thresholds=(0.9, 0.5))


def test_retail_classes(retail_ds):
    table = abc_table(retail_ds)
    summary = table.group_by("abc_class").agg(n=pl.len(), share=pl.col("revenue_share").sum()).sort("abc_class")
    assert summary["n"].to_list() == [1378, 1855, 2645]
    assert summary["share"].to_list() == pytest.approx([0.800089, 0.149944, 0.049967], rel=1e-4)
    # numpy: the first index whose cumulative share reaches 0.8 is the last A
    rev = np.sort(table["revenue"].to_numpy())[::-1]
    cum = np.cumsum(rev) / rev.sum()
    assert int(np.argmax(cum >= 0.8)) + 1 == 1378
