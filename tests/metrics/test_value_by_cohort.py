"""Value by acquisition cohort (issue 14 item 10): customers, revenue, customer capital, CLV and customer
value per year / quarter of first order — against plain polars on Online Retail II, on the demo, and through
Ask in German and English (a grouping by quarter or year is honoured)."""

from __future__ import annotations

import polars as pl
import pytest
from polars.testing import assert_frame_equal

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


# -- value per period (issue 14, item 10) --------------------------------------------------------------------


def test_value_by_period_by_hand():
    from insight_tests_shared_data import analysis_shop
    from insight.analyses.cohorts import value_by_period

    shop = analysis_shop()  # no unit costs: every line at the data's default margin; no cost_to_serve
    margin = shop.settings.default_margin
    got = {r["period"]: r for r in value_by_period(shop, "year").iter_rows(named=True)}
    assert list(got) == ["2022", "2023", "2024", "2025"]
    # 2022: e (10); 2023: a 100, b 50, c 200, d 600, h 80; 2024: a 200, b 50; 2025: e 10
    assert [got[p]["revenue"] for p in got] == [10.0, 1030.0, 250.0, 10.0]
    assert [got[p]["active_customers"] for p in got] == [1, 5, 2, 1]
    assert [got[p]["new_customers"] for p in got] == [1, 5, 0, 0]
    assert got["2023"]["customer_capital_added"] == pytest.approx(1030 * margin)
    assert got["2025"]["cumulative_customer_capital"] == pytest.approx(1300 * margin)
    assert got["2024"]["revenue_per_customer"] == pytest.approx(125.0)


@pytest.mark.parametrize("grain", ["year", "quarter"])
def test_demo_value_by_period_matches_plain_polars(demo_ds, grain):
    from insight.analyses.cohorts import value_by_period

    lines = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null())
    label = (lambda d: d.dt.year().cast(pl.String)) if grain == "year" else (
        lambda d: pl.format("{}-Q{}", d.dt.year(), d.dt.quarter()))
    margin = pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") > 0)).then(
        (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).otherwise(0.35)
    orders = lines.filter(pl.col("order_id").str.starts_with("A"))
    first = orders.group_by("customer_id").agg(f=pl.col("order_date").min())
    plain = (lines.group_by(p=label(pl.col("order_date"))).agg(revenue=pl.col("amount").sum(),
                                                               gross=(pl.col("amount") * margin).sum())
             .join(orders.group_by(p=label(pl.col("order_date"))).agg(active=pl.col("customer_id").n_unique()), on="p")
             .join(first.join(demo_ds.customers.select("customer_id", "cost_to_serve"), on="customer_id")
                   .group_by(p=label(pl.col("f"))).agg(new=pl.len(), cost=pl.col("cost_to_serve").sum()),
                   on="p", how="left")
             .sort("p"))
    got = value_by_period(demo_ds, grain)
    assert got["period"].to_list() == plain["p"].to_list()
    assert got["active_customers"].to_list() == plain["active"].to_list()
    assert got["new_customers"].to_list() == plain["new"].to_list()
    assert got["revenue"].to_list() == pytest.approx(plain["revenue"].to_list(), rel=1e-9)
    assert got["customer_capital_added"].to_list() == pytest.approx((plain["gross"] - plain["cost"]).to_list(), rel=1e-9)
    assert got["cumulative_customer_capital"][-1] == pytest.approx(customer_table(demo_ds)["customer_capital"].sum())


def test_demo_value_peaks_in_the_fourth_quarter(demo_ds):
    """Planted (docs/demo-data.md): a seasonal Q4 peak and growing acquisition, so Q4 earns the most value."""
    from insight.analyses.cohorts import value_by_period

    got = dict(value_by_period(demo_ds, "quarter").select("period", "customer_capital_added").iter_rows())
    assert got["2023-Q4"] > 1.2 * got["2023-Q3"] and got["2024-Q4"] > 1.5 * got["2024-Q3"]
    assert max(got, key=got.get) == "2024-Q4"


@pytest.mark.parametrize("question, lang, grain", [("Kundenwert pro Quartal", "de", "quarter"),
                                                   ("customer value by year", "en", "year"),
                                                   ("Kundenkapital je Monat", "de", "month")])
def test_ask_value_per_period(demo_ds, question, lang, grain):
    from insight.analyses.cohorts import value_by_period

    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.language == lang, answer.text
    assert_frame_equal(answer.table, value_by_period(demo_ds, grain), rel_tol=1e-9)
    assert ("CLV" in answer.text)  # says that the expected CLV is not split by period


def test_ask_the_model_clv_per_period_is_still_refused(demo_ds):
    answer = ia.ask("CLV nach Monat", data=demo_ds)
    assert answer.status == "error" and "CLV" in answer.text


@pytest.mark.parametrize("question, grain", [("LTV per first-order year", "year"),
                                             ("customer value by quarter of first purchase", "quarter"),
                                             ("CLV je Quartal des Erstkaufs", "quarter")])
def test_ask_cohort_value_phrasings(demo_ds, question, grain):
    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok", answer.text
    assert_frame_equal(answer.table, value_by_cohort(demo_ds, grain), rel_tol=1e-9)
