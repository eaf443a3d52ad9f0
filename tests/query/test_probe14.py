"""Probe 14: a consultant's trend, lifecycle and share questions that were answered silently wrong — a value's share
by a grouping read as the groups' share of the value, listed values' shares of each other, three named periods cut to
two, a relative clause's period compared instead of restricting the customers, 'nur 2009' read as all of 2009, the
period before a German negation, a condition on the change dropped, 'im Vergleich zum Vormonat?' answering the earlier
month alone (docs/ask.md). Every expectation is computed here with plain polars on the raw files (docs/metrics.md:
'C' invoices reverse sales; an order is an invoice whose sales lines sum above zero)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

P = pl.col


@pytest.fixture(scope="module")
def truth(retail_ds):
    """Lines with their signed amount and year, and the orders with their customer and year."""
    lines = retail_ds.order_lines.with_columns(
        amt=pl.when(P("order_id").str.starts_with("C"))
        .then(-(P("quantity") * P("unit_price")).abs())
        .otherwise(P("quantity") * P("unit_price")),
        year=P("order_date").dt.year(),
        month=P("order_date").dt.strftime("%Y-%m"),
    )
    orders = (
        lines.filter(~P("order_id").str.starts_with("C"))
        .group_by("order_id")
        .agg(P("amt").sum(), P("customer_id").first(), P("year").min(), P("month").min())
        .filter(P("amt") > 0)
    )
    return lines, orders


def _buyers(orders: pl.DataFrame, year: int) -> set:
    return set(orders.filter(P("year") == year)["customer_id"].drop_nulls())


def _value(answer, column: str):
    assert answer.status == "ok", answer.understood
    return answer.table.row(0, named=True)[column]


# -- a value's share by a grouping: its share within each group ---------------------------------------------------
@pytest.mark.parametrize("question", ["Anteil Großbritanniens am Umsatz je Jahr", "UK share of revenue by year"])
def test_value_share_by_year_is_within_each_year(retail_ds, truth, question):
    lines, _orders = truth
    want = lines.group_by("year").agg(share=P("amt").filter(P("country") == "United Kingdom").sum() / P("amt").sum())
    got = ia.ask(question, retail_ds)
    assert got.status == "ok", got.understood
    joined = want.join(got.table.select(P("year").cast(pl.Int32), "revenue_share"), on="year")
    assert joined.height == 3 and (joined["share"] - joined["revenue_share"]).abs().max() < 1e-6


def test_listed_values_share_is_of_the_whole_revenue(retail_ds, truth):
    lines, _orders = truth
    y = lines.filter(P("year") == 2011)
    total = y["amt"].sum()
    got = ia.ask("Anteil Deutschland und Frankreich am Umsatz 2011", retail_ds)
    assert got.status == "ok", got.understood
    for country in ("Germany", "France"):
        want = y.filter(P("country") == country)["amt"].sum() / total
        assert abs(got.table.filter(P("country") == country)["revenue_share"].item() - want) < 1e-6


def test_share_by_a_named_grouping_stays_among_the_groups(retail_ds, truth):
    lines, _orders = truth
    y = lines.filter((P("year") == 2011) & P("country").is_in(["Germany", "France"]))
    got = ia.ask("Umsatzanteil je Land 2011, nur Deutschland und Frankreich", retail_ds)
    want = y.filter(P("country") == "Germany")["amt"].sum() / y["amt"].sum()
    assert abs(got.table.filter(P("country") == "Germany")["revenue_share"].item() - want) < 1e-6


# -- more than two named periods ----------------------------------------------------------------------------------
def test_three_years_in_a_row_are_each_shown(retail_ds, truth):
    lines, _orders = truth
    want = dict(lines.group_by("year").agg(P("amt").sum()).iter_rows())
    got = ia.ask("Umsatz 2009, 2010 und 2011", retail_ds)
    assert got.status == "ok", got.understood
    shown = {int(y): v for y, v in got.table.select("year", "revenue").iter_rows()}
    assert set(shown) == {2009, 2010, 2011}
    assert all(abs(shown[y] - want[y]) < 0.01 for y in shown)


@pytest.mark.parametrize("question", ["Kunden, die 2009 gekauft haben, 2010 nicht und 2011 wieder",
                                      "revenue Jan 2011 vs Jan 2010 vs Jan 2009"])
def test_periods_that_cannot_be_one_trend_are_asked_back(retail_ds, question):
    assert ia.ask(question, retail_ds).status == "clarify"


# -- customers of a relative clause's period ----------------------------------------------------------------------
@pytest.mark.parametrize("question", ["Umsatz 2011 von Kunden, die schon 2010 gekauft haben",
                                      "revenue 2011 from customers who also bought in 2010"])
def test_revenue_of_customers_who_bought_in_the_other_year(retail_ds, truth, question):
    lines, orders = truth
    want = lines.filter((P("year") == 2011) & P("customer_id").is_in(list(_buyers(orders, 2010))))["amt"].sum()
    assert abs(_value(ia.ask(question, retail_ds), "revenue") - want) < 0.01


def test_count_of_customers_who_bought_in_both_by_clause(retail_ds, truth):
    _lines, orders = truth
    got = ia.ask("how many customers who bought in 2010 bought in 2011", retail_ds)
    assert _value(got, "customers") == len(_buyers(orders, 2010) & _buyers(orders, 2011))


# -- "nur 2009": the customers of that period alone ---------------------------------------------------------------
@pytest.mark.parametrize(("question", "year"), [("Anzahl Kunden, die nur 2009 gekauft haben", 2009),
                                                ("how many customers only bought in 2010", 2010)])
def test_customers_who_bought_only_in_one_year(retail_ds, truth, question, year):
    _lines, orders = truth
    span = orders.drop_nulls("customer_id").group_by("customer_id").agg(a=P("year").min(), b=P("year").max())
    want = span.filter((P("a") == year) & (P("b") == year)).height
    assert _value(ia.ask(question, retail_ds), "customers") == want


# -- the period said right before a German negation ---------------------------------------------------------------
@pytest.mark.parametrize("question", ["Kunden, die 2010 nicht gekauft haben, aber 2011",
                                      "Wie viele Kunden haben 2010 nicht bestellt, aber 2011?"])
def test_german_negation_takes_the_period_before_it(retail_ds, truth, question):
    _lines, orders = truth
    want = len(_buyers(orders, 2011) - _buyers(orders, 2010))
    assert _value(ia.ask(question, retail_ds), "customers") == want


def test_comma_as_but_not_is_the_absent_year(retail_ds, truth):
    _lines, orders = truth
    got = ia.ask("Wie viele Kunden haben 2010 gekauft, 2011 nicht?", retail_ds)
    assert _value(got, "customers") == len(_buyers(orders, 2010) - _buyers(orders, 2011))


# -- a condition on the change is never dropped -------------------------------------------------------------------
@pytest.mark.parametrize("question", ["Umsatz 2011 im Vergleich zum Vorjahr je Land, nur Länder mit Rückgang",
                                      "revenue by country 2011 vs 2010, only countries with growth"])
def test_condition_on_the_change_is_asked_back(retail_ds, question):
    assert ia.ask(question, retail_ds).status == "clarify"


def test_change_by_country_still_answers(retail_ds):
    got = ia.ask("Umsatzwachstum je Land 2011 gegenüber 2010", retail_ds)
    assert got.status == "ok" and "growth" in got.table.columns


# -- "und im Vergleich zum Vormonat?": both periods -----------------------------------------------------------------
@pytest.mark.parametrize(("follow", "earlier"), [("und im Vergleich zum Vormonat?", "2011-03"),
                                                 ("und im Vergleich zum Vorjahr?", "2010-04")])
def test_compared_follow_up_shows_both_periods(retail_ds, truth, follow, earlier):
    lines, _orders = truth
    session = Session(retail_ds)
    session.ask("Umsatz April 2011")
    got = session.ask(follow)
    assert got.status == "ok", got.understood
    want = dict(lines.filter(P("month").is_in(["2011-04", earlier])).group_by("month").agg(P("amt").sum()).iter_rows())
    shown = dict(got.table.select("month", "revenue").iter_rows())
    assert set(shown) == {"2011-04", earlier}
    assert all(abs(shown[m] - want[m]) < 0.01 for m in shown)


def test_plain_previous_year_follow_up_stays_one_figure(retail_ds, truth):
    lines, _orders = truth
    session = Session(retail_ds)
    session.ask("Umsatz 2011")
    got = session.ask("und im Vorjahr?")
    assert abs(_value(got, "revenue") - lines.filter(P("year") == 2010)["amt"].sum()) < 0.01


# -- two periods compared "in Prozent": the change in percent ------------------------------------------------------
def test_compared_periods_in_percent_are_the_change(retail_ds, truth):
    lines, _orders = truth
    uk = lines.filter(P("country") == "United Kingdom")
    a, b = (uk.filter(P("year") == y)["amt"].sum() for y in (2011, 2010))
    got = ia.ask("Umsatz Großbritannien 2011 gegenüber 2010 in Prozent", retail_ds)
    assert abs(_value(got, "growth") - (a - b) / b) < 1e-6


def test_order_share_of_a_value_by_year_is_within_each_year(retail_ds, truth):
    _lines, orders = truth
    countries = retail_ds.order_lines.group_by("order_id").agg(P("country").first())
    want = orders.join(countries, on="order_id").group_by("year").agg(
        share=(P("country") == "France").sum() / pl.len())
    got = ia.ask("share of orders from France by year", retail_ds)
    assert got.status == "ok", got.understood
    joined = want.join(got.table.select(P("year").cast(pl.Int32), "order_share"), on="year")
    assert joined.height == 3 and (joined["share"] - joined["order_share"]).abs().max() < 1e-6


# -- CDNOW: customers after a period, and the window's customers as a share of all ----------------------------------
CDNOW = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cdnow" / "CDNOW_master.txt"


@pytest.fixture(scope="module")
def cdnow():
    if not CDNOW.exists():
        pytest.skip(f"{CDNOW} is absent")
    words = pl.read_csv(CDNOW, has_header=False, skip_rows=1, new_columns=["line"], separator="\t")
    cols = words.select(P("line").str.extract_all(r"\S+").alias("f")).select(
        customer=P("f").list.get(0).cast(pl.Int64), day=P("f").list.get(1).str.strptime(pl.Date, "%Y%m%d"),
        value=P("f").list.get(3).cast(pl.Float64))
    orders = cols.group_by("customer", "day").agg(P("value").sum()).filter(P("value") > 0)
    return ia.load(CDNOW), orders


def test_never_again_after_a_month(cdnow):
    ds, orders = cdnow
    last = orders.group_by("customer").agg(P("day").max())
    want = last.filter(P("day") < pl.date(1997, 4, 1)).height
    got = ia.ask("Wie viele Kunden haben nach März 1997 nie wieder gekauft?", ds)
    assert _value(got, "customers") == want


def test_share_of_customers_who_bought_in_a_year_is_of_all(cdnow):
    ds, orders = cdnow
    want = orders.filter(P("day").dt.year() == 1998)["customer"].n_unique() / orders["customer"].n_unique()
    got = ia.ask("Anteil der Kunden, die 1998 noch gekauft haben", ds)
    assert abs(_value(got, "customer_share") - want) < 1e-6


# -- distinct products bought by customers named with a value ("B2C-Kunden") ----------------------------------------
@pytest.mark.parametrize("question", ["Wie viele verschiedene Produkte haben B2C-Kunden 2024 gekauft?",
                                      "how many different products did B2C customers buy in 2024"])
def test_distinct_products_of_customers_named_by_a_value(demo_ds, question):
    lines = demo_ds.order_lines.join(demo_ds.customers.select("customer_id", "kind"), on="customer_id")
    want = lines.filter((P("kind") == "b2c") & (P("order_date").dt.year() == 2024) & (P("quantity") > 0)
                        & ~P("order_id").str.starts_with("C"))["product_id"].n_unique()
    assert _value(ia.ask(question, demo_ds), "count") == want


# -- "month with the fewest customers": the one month ---------------------------------------------------------------
def test_month_with_the_fewest_customers_is_one_month(retail_ds, truth):
    _lines, orders = truth
    per_month = orders.filter(P("year") == 2010).drop_nulls("customer_id").group_by("month").agg(
        P("customer_id").n_unique())
    want = per_month.sort("customer_id").row(0)
    got = ia.ask("month with the fewest customers in 2010", retail_ds)
    assert got.status == "ok" and got.table.height == 1, got.understood
    assert got.table.row(0) == want


def test_value_share_by_quarter_named_with_its_dimension_word(demo_ds):
    lines = demo_ds.order_lines.filter(P("order_date").dt.year() == 2024).with_columns(
        amt=pl.when(P("order_id").str.starts_with("C")).then(-(P("quantity") * P("unit_price")).abs())
        .otherwise(P("quantity") * P("unit_price")), q=P("order_date").dt.quarter())
    want = lines.group_by("q").agg(share=P("amt").filter(P("channel") == "online").sum() / P("amt").sum()).sort("q")
    got = ia.ask("Anteil des Kanals online am Umsatz je Quartal 2024", demo_ds)
    assert got.status == "ok", got.understood
    assert (pl.Series(got.table.sort("quarter")["revenue_share"]) - want["share"]).abs().max() < 1e-6
