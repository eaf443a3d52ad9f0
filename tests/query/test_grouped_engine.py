"""insight.metrics.grouped on a tiny hand-built shop whose every number is worked out by hand below."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.dataset import Dataset
from insight.metrics.grouped import grouped_metrics


def _lines() -> pl.DataFrame:
    rows = [
        # order_id, customer_id, date, quantity, unit_price, unit_cost, country
        ("1", "A", dt.datetime(2011, 1, 5), 2.0, 50.0, 30.0, "Germany"),   # 100, gross profit 40
        ("2", "A", dt.datetime(2011, 2, 7), 1.0, 40.0, None, "France"),    # 40, default margin 0.5 -> 20
        ("3", "B", dt.datetime(2011, 2, 9), 3.0, 10.0, 5.0, "Germany"),    # 30, gross 15
        ("C3", "B", dt.datetime(2011, 2, 10), -1.0, 10.0, 5.0, "Germany"), # -10, gross -5 (return)
        ("4", None, dt.datetime(2011, 2, 11), 1.0, 70.0, None, "Germany"), # 70 unattributed, gross 35
        ("5", "C", dt.datetime(2010, 12, 1), 1.0, 20.0, None, "Spain"),    # 20, gross 10
        ("6", "C", dt.datetime(2011, 3, 1), 0.0, 0.0, None, "Spain"),      # zero-value: not an order
        ("7", "D", dt.datetime(2011, 3, 2), 1.0, 60.0, None, "Germany"),   # 60, gross 30
    ]
    frame = pl.DataFrame(rows, schema={"order_id": pl.String, "customer_id": pl.String, "order_date": pl.Datetime("us"),
                                       "quantity": pl.Float64, "unit_price": pl.Float64, "unit_cost": pl.Float64,
                                       "country": pl.String}, orient="row")
    return frame.with_columns(pl.lit(None, dtype=pl.String).alias(c) for c in ("product_id", "description", "channel")
                              ).with_columns(amount=pl.lit(None, dtype=pl.Float64))


@pytest.fixture()
def shop() -> Dataset:
    from insight.settings import Settings

    customers = pl.DataFrame({"customer_id": ["A", "B", "C", "D"], "kind": ["b2b", "b2c", "b2c", "b2b"],
                              "cost_to_serve": [10.0, 0.0, 5.0, 1.0]})
    return Dataset(order_lines=_lines(), customers=customers, settings=Settings(default_margin=0.5))


def test_totals(shop) -> None:
    out = grouped_metrics(shop, ["revenue", "orders", "customers", "aov", "unattributed_revenue", "order_lines",
                                 "quantity"])
    assert out.row(0, named=True) == {
        "revenue": 310.0, "orders": 6, "customers": 4, "aov": pytest.approx(310 / 6),
        "unattributed_revenue": 70.0, "order_lines": 8, "quantity": 8.0,
    }


def test_by_country_counts_a_customer_in_every_country(shop) -> None:
    out = grouped_metrics(shop, ["revenue", "customers", "revenue_share"], by=["country"]).sort("country")
    assert out.rows() == [
        ("France", 40.0, 1, pytest.approx(40 / 310)),
        ("Germany", 250.0, 3, pytest.approx(250 / 310)),  # A, B, D (the unattributed line adds revenue only)
        ("Spain", 20.0, 1, pytest.approx(20 / 310)),
    ]


def test_window_and_new_customers_by_month(shop) -> None:
    out = grouped_metrics(shop, ["new_customers", "customers"], by=["month"], start=dt.date(2011, 1, 1),
                          end=dt.date(2012, 1, 1)).sort("month")
    # first orders: A 2011-01, B 2011-02, C 2010-12 (not new in 2011), D 2011-03
    assert out.rows() == [("2011-01", 1, 1), ("2011-02", 1, 2), ("2011-03", 1, 1)]
    year = grouped_metrics(shop, ["new_customers"], by=["year"]).sort("year")
    assert year.rows() == [(2010, 1), (2011, 3)]


def test_customer_attribute_grouping_uses_attributed_lines(shop) -> None:
    out = grouped_metrics(shop, ["revenue", "orders", "customers"], by=["kind"]).sort("kind")
    assert out.rows() == [("b2b", 200.0, 3, 2), ("b2c", 40.0, 2, 2)]


def test_filters_in_and_not_in(shop) -> None:
    de = grouped_metrics(shop, ["revenue"], filters=[("country", "in", ["Germany"])])
    assert de.item() == 250.0
    not_de = grouped_metrics(shop, ["revenue"], filters=[("country", "not_in", ["Germany"])])
    assert not_de.item() == 60.0
    share = grouped_metrics(shop, ["revenue_share"], filters=[("country", "in", ["Spain"])])
    assert share.item() == pytest.approx(20 / 310)


def test_profit_and_margin(shop) -> None:
    total = grouped_metrics(shop, ["profit", "margin"]).row(0, named=True)
    gross = 40 + 20 + 15 - 5 + 35 + 10 + 0 + 30  # = 145
    assert total["profit"] == pytest.approx(gross - 16.0)  # minus cost_to_serve of A, B, C, D
    assert total["margin"] == pytest.approx(gross / 310)
    by_country = grouped_metrics(shop, ["profit"], by=["country"]).sort("country")
    assert by_country.get_column("profit").to_list() == pytest.approx([20.0, 40 + 15 - 5 + 35 + 30, 10.0])
    by_customer = grouped_metrics(shop, ["profit"], by=["customer_id"]).sort("customer_id")
    assert by_customer.get_column("profit").to_list() == pytest.approx([60 - 10, 10 - 0, 10 - 5, 30 - 1])


def test_attributes_frame_and_missing_dimension(shop) -> None:
    from insight.errors import MissingDataError

    segs = pl.DataFrame({"customer_id": ["A", "B", "C", "D"], "rfm_segment": ["Champions", "New", "New", "New"]})
    out = grouped_metrics(shop, ["customers"], by=["rfm_segment"], attributes=segs).sort("rfm_segment")
    assert out.rows() == [("Champions", 1), ("New", 3)]
    with pytest.raises(MissingDataError, match="industry"):
        grouped_metrics(shop, ["revenue"], by=["industry"])
