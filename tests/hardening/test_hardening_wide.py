"""Issue 17, item 10: the value index of a frame with 10,000 client columns is linear in the columns
(it was quadratic: ``frame.schema`` rebuilt per column, about 3 minutes before every question)."""

from __future__ import annotations

import datetime as dt
import time

import polars as pl
import pytest

from insight.dataset import Dataset
from insight.schema import ORDER_LINES, empty_frame
from insight.semantic.values import _MAX_VALUES, build_value_index


def _lines(extra: dict[str, list]) -> pl.DataFrame:
    rows = pl.DataFrame(
        {
            "customer_id": ["1", "2"],
            "order_date": [dt.datetime(2011, 1, 1)] * 2,
            "amount": [1.0, 2.0],
            "country": ["Germany", None],
            **extra,
        }
    )
    return pl.concat([empty_frame(ORDER_LINES), rows], how="diagonal_relaxed")


def test_values_of_client_columns_are_indexed_as_before():
    ds = Dataset(order_lines=_lines({"region": ["Nord", "Süd"], "code": ["x", " "]}))
    index = build_value_index(ds)
    assert index["nord"] == [("region", "Nord")] and index["sud"] == [("region", "Süd")]
    assert ("country", "Germany") in index["deutschland"] and index["x"] == [("code", "x")]
    n = _MAX_VALUES + 1
    many = pl.DataFrame(
        {
            "customer_id": ["1"] * n,
            "order_date": [dt.datetime(2011, 1, 1)] * n,
            "amount": [1.0] * n,
            "sku": [f"v{i}" for i in range(n)],
        }
    )
    wide = Dataset(order_lines=pl.concat([empty_frame(ORDER_LINES), many], how="diagonal_relaxed"))
    assert "v0" not in build_value_index(wide)  # more than _MAX_VALUES distinct values: not offered


@pytest.mark.long(10)
def test_ten_thousand_columns_take_seconds_not_minutes():
    lines = _lines({}).with_columns([pl.lit(f"value {i}").alias(f"c{i}") for i in range(10_000)])
    ds = Dataset(order_lines=lines)
    started = time.process_time()
    index = build_value_index(ds)
    assert index["value 9999"] == [("c9999", "value 9999")]
    assert time.process_time() - started < 15  # 0.5 s on the dev machine; was about 40 s for 3,000 columns
