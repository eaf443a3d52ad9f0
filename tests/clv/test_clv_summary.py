"""summary_from_lines on a tiny hand-computed fixture; summary_from_table on both notations."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.clv.summary import is_summary_table, summary_from_lines, summary_from_table
from insight.dataset import Dataset
from insight.errors import InputError
from insight.metrics.lines import prepared_lines

from clv_helpers import day, order_lines

ROWS = [
    # customer 1: two orders on 2011-01-01 (20 + 5 = 25, the first day), 2011-01-11 one order 30 with a
    # returned line inside it (left out), 2011-01-21 a cancellation only (not an order day), 2011-01-31 50
    dict(order_id="A1", customer_id="1", order_date=day("2011-01-01 09:00"), quantity=2, unit_price=10.0),
    dict(order_id="A2", customer_id="1", order_date=day("2011-01-01 15:00"), quantity=1, unit_price=5.0),
    dict(order_id="A3", customer_id="1", order_date=day("2011-01-11 10:00"), quantity=3, unit_price=10.0),
    dict(order_id="A3", customer_id="1", order_date=day("2011-01-11 10:00"), quantity=-1, unit_price=10.0),
    dict(order_id="C4", customer_id="1", order_date=day("2011-01-21 10:00"), quantity=-2, unit_price=10.0),
    dict(order_id="A5", customer_id="1", order_date=day("2011-01-31 10:00"), quantity=1, unit_price=50.0),
    # customer 2: one order; an unattributed line on another day does not count for anyone
    dict(order_id="B1", customer_id="2", order_date=day("2011-01-15 10:00"), quantity=4, unit_price=25.0),
    dict(order_id="X1", customer_id=None, order_date=day("2011-01-20 10:00"), quantity=1, unit_price=7.0),
    # customer 3: one order and a zero-value "order" (no real order) on the last data day
    dict(order_id="D1", customer_id="3", order_date=day("2011-02-01 10:00"), quantity=1, unit_price=10.0),
    dict(order_id="D2", customer_id="3", order_date=day("2011-02-10 10:00"), quantity=1, unit_price=0.0),
    # customer 4: only a cancellation: not a customer
    dict(order_id="C9", customer_id="4", order_date=day("2011-01-05 10:00"), quantity=-1, unit_price=10.0),
]


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return Dataset(order_lines=order_lines(ROWS))


def test_summary_by_hand_in_days(ds):
    assert ds.as_of == dt.date(2011, 2, 11)
    out = summary_from_lines(prepared_lines(ds), ds.as_of).collect().sort("customer_id")
    assert out.columns == ["customer_id", "frequency", "recency", "T", "monetary_value"]
    assert out.rows() == [
        (1, 2, 30.0, 41.0, 40.0),   # days 01-01, 01-11, 01-31; repeat days 30 and 50
        (2, 0, 0.0, 27.0, 0.0),
        (3, 0, 0.0, 10.0, 0.0),
    ]
    assert out.schema["frequency"] == pl.Int64


def test_summary_in_weeks(ds):
    out = summary_from_lines(prepared_lines(ds), ds.as_of, unit="week").collect().sort("customer_id")
    assert out.row(0) == pytest.approx((1, 2, 30 / 7, 41 / 7, 40.0))


def test_summary_ignores_lines_after_as_of(ds):
    out = summary_from_lines(prepared_lines(ds), dt.date(2011, 1, 20)).collect().sort("customer_id")
    assert out.rows() == [(1, 1, 10.0, 19.0, 30.0), (2, 0, 0.0, 5.0, 0.0)]


def test_bad_unit(ds):
    with pytest.raises(InputError, match="unit"):
        summary_from_lines(prepared_lines(ds), ds.as_of, unit="month")


def test_summary_from_table_both_notations():
    papers = pl.DataFrame({"ID": [1, 2], "x": [2, 0], "t_x": [30.43, 0.0], "T": [38.86, 38.86], "zbar": [22.35, 0.0]})
    ours = pl.DataFrame({"frequency": [2, 0], "recency": [30.43, 0.0], "T": [38.86, 38.86]})
    assert is_summary_table(papers.columns) and is_summary_table(ours.columns)
    assert not is_summary_table(["customer_id", "order_date", "amount"])
    a, b = summary_from_table(papers), summary_from_table(ours)
    assert a.rows() == [(1, 2, 30.43, 38.86, 22.35), (2, 0, 0.0, 38.86, 0.0)]
    assert b.select("customer_id", "frequency", "recency", "T").rows() == a.select(
        "customer_id", "frequency", "recency", "T").rows()


def test_summary_from_table_finds_a_german_id_column():
    frame = pl.DataFrame({"Kunden-ID": [7, 9], "x": [1, 0], "t_x": [2.0, 0.0], "T": [5.0, 5.0]})
    assert summary_from_table(frame)["customer_id"].to_list() == [7, 9]


def test_summary_from_table_rejects_bad_rows():
    with pytest.raises(InputError, match="row 2"):
        summary_from_table(pl.DataFrame({"frequency": [1, 2], "recency": [3.0, 9.0], "T": [5.0, 8.0]}))
    with pytest.raises(InputError, match="missing T"):
        summary_from_table(pl.DataFrame({"frequency": [1], "recency": [3.0]}))
