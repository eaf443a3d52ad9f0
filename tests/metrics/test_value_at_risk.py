"""Value at risk (Wert in Gefahr) and customer value (Kundenwert gesamt), metrics.md "Customer value":
the building blocks on hand-made frames, and the whole-data numbers on the demo data against plain polars."""

from __future__ import annotations

import datetime as dt

import polars as pl
from polars.testing import assert_frame_equal
import pytest

from insight.analyses.value_at_risk import (customer_value, revenue_by_customer, risk_window, value_at_risk,
                                           value_at_risk_aggs, with_value_at_risk)


def test_risk_window_is_the_twelve_calendar_months_before_the_analysis_date() -> None:
    assert risk_window(dt.date(2011, 12, 10)) == (dt.date(2010, 12, 10), dt.date(2011, 12, 10))
    assert risk_window(dt.date(2025, 7, 1)) == (dt.date(2024, 7, 1), dt.date(2025, 7, 1))
    assert risk_window(dt.date(2024, 2, 29)) == (dt.date(2023, 2, 28), dt.date(2024, 2, 29))
    assert risk_window(dt.date(2024, 3, 31), months=1) == (dt.date(2024, 2, 29), dt.date(2024, 3, 31))


def test_revenue_by_customer_counts_net_revenue_inside_the_window_only() -> None:
    lines = pl.LazyFrame({
        "customer_id": ["a", "a", "a", "b", None],
        "order_day": [dt.date(2024, 1, 1), dt.date(2024, 6, 1), dt.date(2024, 6, 2), dt.date(2024, 12, 31),
                      dt.date(2024, 6, 1)],
        "line_amount": [100.0, 50.0, -20.0, 70.0, 999.0],
        "country": ["DE", "DE", "FR", "FR", "DE"],
    })
    got = revenue_by_customer(lines, dt.date(2024, 2, 1), dt.date(2024, 12, 31)).sort("customer_id")
    assert got.to_dict(as_series=False) == {"customer_id": ["a"], "revenue_12m": [30.0]}
    by = revenue_by_customer(lines, dt.date(2024, 2, 1), None, by=["country"]).sort("customer_id", "country")
    assert by.rows() == [("a", "DE", 50.0), ("a", "FR", -20.0), ("b", "FR", 70.0)]


def test_value_at_risk_sums_the_revenue_of_customers_with_churn_risk_of_at_least_half() -> None:
    table = pl.DataFrame({"customer_id": ["a", "b", "c", "d", "e"]})
    clv = pl.DataFrame({"customer_id": ["a", "b", "c", "d"], "churn_risk": [0.9, 0.5, 0.49, 0.7],
                        "clv": [10.0, 20.0, 30.0, 5.0]})
    revenue = pl.DataFrame({"customer_id": ["a", "b", "c"], "revenue_12m": [100.0, 40.0, 1000.0]})
    per = with_value_at_risk(table, clv, revenue).sort("customer_id")
    # e has no model row (left out); d is at risk without revenue in the 12 months (0, but counted)
    assert per.get_column("customer_id").to_list() == ["a", "b", "c", "d"]
    assert per.get_column("value_at_risk").to_list() == [100.0, 40.0, 0.0, 0.0]
    total = per.select(**value_at_risk_aggs(None))
    assert total.rows(named=True) == [{"value_at_risk": 140.0, "customers_at_risk": 3, "clv": 35.0}]
    mean = per.select(**value_at_risk_aggs("mean"))
    assert mean.item(0, "value_at_risk") == pytest.approx(140.0 / 3)


def test_customer_value_is_capital_plus_clv() -> None:
    capital = pl.DataFrame({"customer_id": [1, 2, 3], "customer_capital": [100.0, -5.0, 7.0]})
    clv = pl.DataFrame({"customer_id": [1, 2], "clv": [50.0, 10.0]})
    got = customer_value(capital, clv).sort("customer_id")
    assert got.get_column("customer_value").to_list() == [150.0, 5.0]


def _independent_revenue_12m(ds) -> pl.DataFrame:
    """Net revenue per customer in [analysis date − 1 year, analysis date), written out in plain polars:
    the line amount (or quantity × price), negative for returns (negative quantity or amount, C invoices)."""
    start = dt.datetime(ds.as_of.year - 1, ds.as_of.month, ds.as_of.day)
    end = dt.datetime(ds.as_of.year, ds.as_of.month, ds.as_of.day)
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0) | \
        pl.col("order_id").fill_null("").str.starts_with("C")
    return (ds.order_lines
            .filter(pl.col("customer_id").is_not_null() & (pl.col("order_date") >= start)
                    & (pl.col("order_date") < end))
            .group_by("customer_id")
            .agg(revenue_12m=pl.when(is_return).then(-raw.abs()).otherwise(raw).sum()))


def test_value_at_risk_on_demo_matches_plain_polars(demo_ds) -> None:
    from insight.api import clv as api_clv, customers as api_customers

    model = api_clv(demo_ds)
    at_risk = (api_customers(demo_ds).select("customer_id")
               .join(model.select("customer_id", "churn_risk", "clv"), on="customer_id")
               .filter(pl.col("churn_risk") >= 0.5)
               .join(_independent_revenue_12m(demo_ds), on="customer_id", how="left"))
    got = value_at_risk(demo_ds).row(0, named=True)
    assert at_risk.height > 0 and at_risk.get_column("revenue_12m").fill_null(0).sum() > 0
    assert got["customers_at_risk"] == at_risk.height
    assert got["value_at_risk"] == pytest.approx(at_risk.get_column("revenue_12m").fill_null(0).sum(), abs=0.01)
    assert got["clv"] == pytest.approx(at_risk.get_column("clv").sum(), abs=0.01)


def test_the_api_gives_customer_value_and_value_at_risk(demo_ds) -> None:
    import insight.api as ia

    values = ia.customer_value(demo_ds)
    assert (values["customer_value"] - values["customer_capital"] - values["clv"]).abs().max() < 1e-9
    # the same figures; summation order under threads may move the last bits of a mean (1e-15 relative)
    assert_frame_equal(ia.value_at_risk(demo_ds), value_at_risk(demo_ds), check_exact=False, rel_tol=1e-12)
