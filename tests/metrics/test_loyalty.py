"""Repeat rate, retention/churn and coupon redemption: tiny shop by hand and Online Retail II."""

import datetime as dt

import polars as pl
import pytest

from insight.dataset import Dataset
from insight.errors import MissingDataError, UsageError
from insight.metrics.lines import prepared_lines
from insight.metrics.loyalty import redemption_rate, repeat_rate, retention


def test_tiny_repeat_rate(tiny_ds):
    assert repeat_rate(tiny_ds) == pytest.approx(4 / 6)  # c1, c3, c5, c6 have two or more orders


def test_tiny_retention_by_year_and_quarter(tiny_ds):
    years = retention(tiny_ds)
    assert years.rows() == [("2024", "2023", 1, 1, 1.0, 0.0, False)]  # 2024 ends after 2024-12-31
    quarters = retention(tiny_ds, "quarter")
    # active: 2023-Q4 {c3}; Q1 {c1,c2,c5}; Q2 {c1}; Q3 {c6}; Q4 {c1,c3,c4,c5}
    assert quarters.select("period", "customers_prev", "retained").rows() == [
        ("2024-Q1", 1, 0), ("2024-Q2", 3, 1), ("2024-Q3", 1, 0), ("2024-Q4", 1, 0)]
    assert quarters["retention_rate"].to_list() == pytest.approx([0.0, 1 / 3, 0.0, 0.0])


def test_retention_months_include_empty_periods(tiny_ds):
    months = retention(tiny_ds, "monat")
    assert months.height == 12  # 2024-01 .. 2024-12 each compared with its previous month
    jan = months.row(0, named=True)
    assert (jan["period"], jan["previous_period"], jan["customers_prev"], jan["retention_rate"]) == \
        ("2024-01", "2023-12", 1, 0.0)
    assert months.filter(pl.col("period") == "2024-05")["retention_rate"].item() is None  # nobody in April
    with pytest.raises(UsageError):
        retention(tiny_ds, "week")


def test_retention_on_a_window(tiny_ds):
    window = prepared_lines(tiny_ds).filter(pl.col("order_day") >= dt.date(2024, 1, 1))
    assert retention(tiny_ds, "year", lines=window).height == 0


def test_retail_repeat_rate_and_retention(retail_ds):
    assert repeat_rate(retail_ds) == pytest.approx(0.723886, rel=1e-5)  # dev.jsonl d18
    years = retention(retail_ds)
    y2011 = years.filter(pl.col("period") == "2011").row(0, named=True)
    assert y2011["retention_rate"] == pytest.approx(0.628929, rel=1e-5)  # d19
    assert y2011["churn_rate"] == pytest.approx(0.371071, rel=1e-5)  # d20
    assert y2011["customers_prev"] == 4231  # d08: customers who ordered in 2010
    assert years["complete"].to_list() == [True, False]  # 2011 ends after the analysis date 2011-12-10


def test_redemption_by_hand(data):
    coupons = pl.DataFrame({
        "coupon_id": ["k1", "k2", "k3", "k4", "k5"],
        "customer_id": ["c1", "c1", "c2", "c3", "c4"],
        "issued_at": [dt.date(2024, 1, 1)] * 4 + [dt.date(2025, 3, 1)],  # k5 after the analysis date
        "redeemed_at": [dt.date(2024, 2, 1), None, dt.date(2024, 5, 1), None, None],
        "campaign": ["spring", "spring", "summer", "summer", "summer"],
    })
    ds = Dataset(order_lines=data.tiny_lines(), coupons=coupons,
                 customers=pl.DataFrame({"customer_id": ["c1", "c2", "c3"], "kind": ["b2b", "b2c", "b2c"]}))
    overall = redemption_rate(ds)
    assert overall.rows() == [(4, 2, 0.5)]
    by_campaign = redemption_rate(ds, by="campaign")
    assert by_campaign.rows() == [("spring", 2, 1, 0.5), ("summer", 2, 1, 0.5)]
    by_kind = redemption_rate(ds, by="kind")
    assert by_kind.rows() == [("b2b", 2, 1, 0.5), ("b2c", 2, 1, 0.5)]


def test_redemption_without_coupons_names_the_table(tiny_ds):
    with pytest.raises(MissingDataError, match="'coupons' table"):
        redemption_rate(tiny_ds)
