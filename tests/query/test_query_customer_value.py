"""Questions about customer value (Kundenwert gesamt = customer capital + CLV, the customer equity) and
value at risk (Wert in Gefahr) on the demo data, checked against plain polars on the public API's tables."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.api import ask, clv as api_clv, customers as api_customers


@pytest.fixture(scope="module")
def per_customer(demo) -> pl.DataFrame:
    """customer_id, acquisition_channel, customer_capital, clv, churn_risk and the net revenue of the 12
    months before the analysis date, independent of the query code."""
    as_of = demo.as_of
    start, end = dt.datetime(as_of.year - 1, as_of.month, as_of.day), dt.datetime(as_of.year, as_of.month, as_of.day)
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0) | \
        pl.col("order_id").fill_null("").str.starts_with("C")
    revenue = (demo.order_lines
               .filter(pl.col("customer_id").is_not_null() & (pl.col("order_date") >= start)
                       & (pl.col("order_date") < end))
               .group_by("customer_id").agg(revenue_12m=pl.when(is_return).then(-raw.abs()).otherwise(raw).sum()))
    return (api_customers(demo).select("customer_id", "acquisition_channel", "customer_capital")
            .join(api_clv(demo).select("customer_id", "clv", "churn_risk"), on="customer_id")
            .join(revenue, on="customer_id", how="left")
            .with_columns(pl.col("revenue_12m").fill_null(0.0)))


@pytest.mark.parametrize("question, lang", [("Wie hoch ist der Wert in Gefahr?", "de"),
                                            ("What is the value at risk?", "en"),
                                            ("Gefährdeter Umsatz", "de"),
                                            ("revenue at risk", "en")])
def test_value_at_risk_is_the_yearly_revenue_of_customers_at_risk(demo, per_customer, question, lang) -> None:
    risky = per_customer.filter(pl.col("churn_risk") >= 0.5)
    answer = ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.language == lang
    assert answer.plan["metrics"] == ["value_at_risk"]
    row = answer.table.row(0, named=True)
    assert row["value_at_risk"] == pytest.approx(risky.get_column("revenue_12m").sum(), abs=0.01)
    assert row["customers_at_risk"] == risky.height
    assert row["clv"] == pytest.approx(risky.get_column("clv").sum(), abs=0.01)
    assert "value_at_risk" in answer.definitions


def test_value_at_risk_by_acquisition_channel_adds_up(demo, per_customer) -> None:
    expected = (per_customer.filter(pl.col("churn_risk") >= 0.5).group_by("acquisition_channel")
                .agg(v=pl.col("revenue_12m").sum(), n=pl.len()))
    answer = ask("Gefährdeter Umsatz nach Akquisekanal", data=demo)
    assert answer.status == "ok", answer.text
    got = {r["acquisition_channel"]: r for r in answer.table.iter_rows(named=True)}
    for channel, value, n in expected.iter_rows():
        assert got[channel]["value_at_risk"] == pytest.approx(value, abs=0.01)
        assert got[channel]["customers_at_risk"] == n


def test_value_at_risk_by_country_counts_each_countrys_revenue_once(demo, per_customer) -> None:
    total = per_customer.filter(pl.col("churn_risk") >= 0.5).get_column("revenue_12m").sum()
    answer = ask("value at risk by country", data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table.get_column("value_at_risk").sum() == pytest.approx(total, abs=0.1)


@pytest.mark.parametrize("question", ["What is our customer equity?", "customer equity",
                                      "Wie hoch ist der Kundenwert gesamt?", "Kundenwert gesamt"])
def test_customer_equity_is_the_sum_of_capital_and_clv(demo, per_customer, question) -> None:
    answer = ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.plan["metrics"] == ["customer_value"]
    expected = (per_customer.get_column("customer_capital") + per_customer.get_column("clv")).sum()
    assert answer.table.item(0, "customer_value") == pytest.approx(expected, abs=0.01)


def test_customer_value_by_acquisition_channel(demo, per_customer) -> None:
    expected = (per_customer.with_columns(v=pl.col("customer_capital") + pl.col("clv"))
                .group_by("acquisition_channel").agg(pl.col("v").mean(), pl.col("clv").mean()))
    for question in ("customer value by acquisition channel", "Kundenwert gesamt nach Akquisekanal"):
        answer = ask(question, data=demo)
        assert answer.status == "ok", (question, answer.text)
        assert "customer_value" in answer.plan["metrics"] and answer.plan["group_by"] == ["acquisition_channel"]
        got = {r["acquisition_channel"]: r for r in answer.table.iter_rows(named=True)}
        assert set(got) == set(expected.get_column("acquisition_channel"))
        for channel, value, clv in expected.iter_rows():
            assert got[channel]["customer_value"] == pytest.approx(value, abs=0.01)
            if "clv" in got[channel]:  # "customer value" also names the predicted CLV
                assert got[channel]["clv"] == pytest.approx(clv, abs=0.01)


def test_top_customers_by_customer_equity(demo, per_customer) -> None:
    expected = (per_customer.with_columns(v=pl.col("customer_capital") + pl.col("clv"))
                .sort(["v", "customer_id"], descending=[True, False]).head(5))
    answer = ask("Top 5 customers by customer equity", data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table.get_column("customer_id").to_list() == expected.get_column("customer_id").to_list()
    assert answer.table.get_column("customer_value").to_list() == pytest.approx(
        expected.get_column("v").to_list(), abs=0.01)


@pytest.mark.parametrize("question, metric", [("Welche Kunden haben den höchsten Kundenwert?", "clv"),
                                              ("Gesamter Kundenwert", "clv"),
                                              ("Kundenwert nach Akquisekanal", "clv"),
                                              ("customer equity so far", "customer_capital"),
                                              ("Wie hoch ist das Kundenkapital?", "customer_capital")])
def test_existing_value_phrases_keep_their_meaning(demo, question, metric) -> None:
    answer = ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.plan["metrics"] == [metric]
