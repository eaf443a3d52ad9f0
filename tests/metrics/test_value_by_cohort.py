"""Value by acquisition cohort (issue 14 item 10): customers, revenue, customer capital, CLV and customer
value per year / quarter of first order — against plain polars on Online Retail II, on the demo, and through
Ask in German and English (a grouping by quarter or year is honoured)."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia
from insight.analyses.cohorts import value_by_cohort
from insight.metrics.customer_table import customer_table
from insight.analyses.groups import clv_or_empty


def _plain_cohorts(raw: pl.DataFrame, grain: str) -> pl.DataFrame:
    lines = (raw.filter(pl.col("Customer ID").is_not_null())
             .with_columns(ret=(pl.col("Quantity") < 0) | pl.col("Invoice").str.starts_with("C"),
                           amt=pl.col("Quantity") * pl.col("Price")))
    real = (lines.filter(~pl.col("ret")).group_by("Invoice").agg(pl.col("amt").sum())
            .filter(pl.col("amt") > 0).select("Invoice"))
    first = (lines.join(real, on="Invoice").group_by("Customer ID")
             .agg(first=pl.col("InvoiceDate").min().dt.date()))
    revenue = lines.group_by("Customer ID").agg(revenue=pl.col("amt").sum())
    people = first.join(revenue, on="Customer ID")
    if grain == "year":
        people = people.with_columns(cohort=pl.col("first").dt.year().cast(pl.String))
    else:
        people = people.with_columns(cohort=pl.format("{}-Q{}", pl.col("first").dt.year(), pl.col("first").dt.quarter()))
    return (people.group_by("cohort").agg(customers=pl.len(), revenue=pl.col("revenue").sum(),
                                          mean_revenue=pl.col("revenue").mean()).sort("cohort"))


@pytest.mark.parametrize("grain", ["year", "quarter"])
def test_retail_cohorts_match_plain_polars(retail_ds, data, grain):
    plain = _plain_cohorts(pl.read_parquet(data.RETAIL_II), grain)
    got = value_by_cohort(retail_ds, grain)
    assert got["cohort"].to_list() == plain["cohort"].to_list()
    assert got["customers"].to_list() == plain["customers"].to_list()
    assert got["revenue"].to_list() == pytest.approx(plain["revenue"].to_list(), rel=1e-9)
    assert got["mean_revenue"].to_list() == pytest.approx(plain["mean_revenue"].to_list(), rel=1e-9)
    if grain == "year":
        assert got["cohort"].to_list() == ["2009", "2010", "2011"]
        assert got["customers"].to_list() == [955, 3387, 1536]


def _by_hand(ds, grain: str) -> pl.DataFrame:
    table = customer_table(ds).select("customer_id", "first_order", "customer_capital")
    model = clv_or_empty(ds).select(pl.col("customer_id").cast(table.schema["customer_id"]), "clv")
    people = table.join(model, on="customer_id", how="left").with_columns(
        value=pl.col("customer_capital") + pl.col("clv"),
        cohort=(pl.col("first_order").dt.year().cast(pl.String) if grain == "year" else
                pl.format("{}-Q{}", pl.col("first_order").dt.year(), pl.col("first_order").dt.quarter())))
    return (people.group_by("cohort").agg(capital=pl.col("customer_capital").mean(), clv=pl.col("clv").mean(),
                                          value=pl.col("value").mean(), n=pl.len()).sort("cohort"))


@pytest.mark.parametrize("grain", ["year", "quarter"])
def test_demo_value_by_cohort_by_hand(demo_ds, grain):
    got = value_by_cohort(demo_ds, grain)
    hand = _by_hand(demo_ds, grain)
    assert got["cohort"].to_list() == hand["cohort"].to_list()
    assert got["customers"].to_list() == hand["n"].to_list()
    assert got["mean_customer_capital"].to_list() == pytest.approx(hand["capital"].to_list())
    assert got["mean_clv"].to_list() == pytest.approx(hand["clv"].to_list())
    assert got["mean_customer_value"].to_list() == pytest.approx(hand["value"].to_list())
    assert got["mean_clv"].null_count() == 0
    assert got["customers"].sum() == customer_table(demo_ds).height


@pytest.mark.parametrize("question, grain", [
    ("Zeig den CLV nach Kohorte", "year"), ("Kundenwert je Erstkaufjahr", "year"),
    ("Kundenwert je Kohorte nach Quartal", "quarter"),
    ("Show the value by cohort", "year"), ("CLV by cohort per quarter", "quarter"),
])
def test_ask_value_by_cohort(demo_ds, question, grain):
    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.plan["metrics"] == ["value_by_cohort"]
    expected = value_by_cohort(demo_ds, grain)
    assert answer.table["cohort"].to_list() == expected["cohort"].to_list()
    assert answer.table["mean_customer_value"].to_list() == pytest.approx(
        expected["mean_customer_value"].to_list(), rel=1e-6)
    best = expected.sort("mean_customer_value", descending=True).row(0)[0]
    assert best in answer.text


def test_ask_value_by_cohort_on_retail(retail_ds):
    answer = ia.ask("CLV nach Kohorte", data=retail_ds)
    assert answer.status == "ok"
    assert answer.table["customers"].to_list() == [955, 3387, 1536]
    assert ia.value_by_cohort("quarter", data=retail_ds)["cohort"][0] == "2009-Q4"
