"""Probe 13: a consultant's combined questions on Online Retail II that were answered silently wrong — a bound on each
group's orders read as a bound on customers, "aber 2023 keine" dropped, "Kunden mit Bestellungen" counted as orders,
"Anteil der Stornos am Umsatz" answered with the window's revenue share, a quarter of a fiscal year compared with
the whole fiscal year (now that quarter: tests/query/test_fiscal_quarters.py), and "nur …" follow-ups that started afresh (docs/ask.md). Every expectation is computed here
with plain polars on the raw file (docs/metrics.md: 'C' invoices reverse sales; an order sums to a positive amount)."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

P = pl.col


@pytest.fixture(scope="module")
def truth(retail_ds):
    """Lines with their signed amount, and the orders (invoices whose non-cancellation lines sum above zero)."""
    lines = retail_ds.order_lines.with_columns(
        amt=pl.when(P("order_id").str.starts_with("C"))
        .then(-(P("quantity") * P("unit_price")).abs())
        .otherwise(P("quantity") * P("unit_price")),
        year=P("order_date").dt.year(),
    )
    orders = (
        lines.filter(~P("order_id").str.starts_with("C"))
        .group_by("order_id")
        .agg(P("amt").sum(), P("customer_id").first(), P("country").first(), P("year").min())
        .filter(P("amt") > 0)
    )
    return lines, orders


def _customers(orders: pl.DataFrame, year: int) -> set:
    return set(orders.filter(P("year") == year)["customer_id"].drop_nulls())


# -- "nur Länder mit mehr als 100 Bestellungen": each group's order count bounds the groups -------------------------
def test_mean_order_value_of_countries_with_many_orders(retail_ds, truth):
    lines, orders = truth
    answer = ia.ask("Durchschnittlicher Bestellwert je Land, nur Länder mit mehr als 100 Bestellungen", retail_ds)
    assert answer.status == "ok", answer.understood
    counts = orders.group_by("country").len()
    want = (
        lines.group_by("country")
        .agg(P("amt").sum())
        .join(counts, on="country")
        .filter(P("len") > 100)
        .select("country", aov=P("amt") / P("len"), orders=P("len"))
    )
    got = answer.table.select("country", "aov", "orders")
    assert sorted(got["country"]) == sorted(want["country"])
    joined = want.join(got, on="country", suffix="_got")
    assert (joined["aov"] - joined["aov_got"]).abs().max() < 0.01
    assert (joined["orders"] == joined["orders_got"]).all()


def test_revenue_of_countries_with_at_least_n_orders(retail_ds, truth):
    _lines, orders = truth
    answer = ia.ask("revenue by country for countries with at least 500 orders", retail_ds)
    assert answer.status == "ok", answer.understood
    want = orders.group_by("country").len().filter(P("len") >= 500)
    assert sorted(answer.table["country"]) == sorted(want["country"])


def test_customers_with_many_orders_stay_a_population(retail_ds, truth):
    _lines, orders = truth
    answer = ia.ask("Wie viele Kunden aus Frankreich haben mehr als 5 Bestellungen?", retail_ds)
    want = orders.filter(P("country") == "France").drop_nulls("customer_id").group_by("customer_id").len()
    assert answer.status == "ok" and answer.table.row(0)[-1] == want.filter(P("len") > 5).height


# -- "…, aber 2010 keine": the year without orders restricts the customers ----------------------------------------
def test_more_orders_in_one_year_but_none_in_the_other(retail_ds, truth):
    _lines, orders = truth
    answer = ia.ask("Wie viele Kunden hatten 2011 mehr als 3 Bestellungen, aber 2010 keine?", retail_ds)
    assert answer.status == "ok", answer.understood
    many = orders.filter(P("year") == 2011).drop_nulls("customer_id").group_by("customer_id").len()
    want = set(many.filter(P("len") > 3)["customer_id"]) - _customers(orders, 2010)
    assert answer.table.row(0)[-1] == len(want)


# -- "Kunden mit Bestellungen 2011": the customers who ordered, never the orders ---------------------------------
@pytest.mark.parametrize(
    "question, absent",
    [
        ("Kunden mit Bestellungen 2011", None),
        ("customers with orders in 2011", None),
        ("Kunden mit Bestellungen 2011, aber 2010 keine", 2010),
    ],
)
def test_customers_with_orders_are_counted_as_customers(retail_ds, truth, question, absent):
    _lines, orders = truth
    answer = ia.ask(question, retail_ds)
    assert answer.status == "ok", answer.understood
    assert "customers" in answer.table.columns, answer.understood
    want = _customers(orders, 2011) - (_customers(orders, absent) if absent else set())
    assert answer.table["customers"][0] == len(want)


# -- a share of the cancellations in revenue: asked back, never the window's revenue share ------------------------
@pytest.mark.parametrize("question", ["Anteil der Stornos am Umsatz 2011", "share of cancellations in revenue 2011"])
def test_share_of_cancellations_in_revenue_is_asked_back(retail_ds, question):
    answer = ia.ask(question, retail_ds)
    assert answer.status == "clarify", answer.understood


# -- a quarter of a fiscal year: that quarter, never the whole fiscal year beside a calendar quarter ----------------
@pytest.mark.parametrize("question", ["Umsatz Q1 des Geschäftsjahres 2012", "revenue in the first quarter of FY2012"])
def test_a_quarter_of_a_fiscal_year_is_that_quarter(retail_ds, truth, question):
    import datetime as dt

    lines, _orders = truth
    answer = ia.ask(question, retail_ds.with_settings(fiscal_year_start=4))  # FY2012: April 2011 to March 2012
    assert answer.status == "ok", answer.understood
    want = lines.filter(P("order_date").is_between(dt.datetime(2011, 4, 1), dt.datetime(2011, 7, 1), closed="left"))
    assert abs(answer.table.row(0)[-1] - want["amt"].sum()) < 0.01


def test_a_fiscal_year_alone_still_answers(retail_ds, truth):
    lines, _orders = truth
    import datetime as dt

    answer = ia.ask("Umsatz GJ 2010/11", retail_ds.with_settings(fiscal_year_start=4))
    assert answer.status == "ok", answer.understood
    want = lines.filter(P("order_date").is_between(dt.datetime(2010, 4, 1), dt.datetime(2011, 4, 1), closed="left"))
    assert abs(answer.table.row(0)[-1] - want["amt"].sum()) < 0.01


# -- "nur …" follow-ups narrow the previous question -----------------------------------------------------------
def test_only_groups_with_a_bound_keep_the_previous_window(retail_ds, truth):
    lines, orders = truth
    session = Session(retail_ds)
    session.ask("Kunden je Land 2011")
    answer = session.ask("nur Länder mit mehr als 50 Kunden")
    assert answer.status == "ok", answer.understood
    per_country = (
        orders.filter(P("year") == 2011).drop_nulls("customer_id").group_by("country").agg(P("customer_id").n_unique())
    )
    want = per_country.filter(P("customer_id") > 50)
    assert dict(answer.table.select("country", "customers").rows()) == dict(want.rows())
    revenue = session.ask("und der Umsatz?")  # the bound still holds for the next figure
    assert revenue.status == "ok" and sorted(revenue.table["country"]) == sorted(want["country"])
    got = dict(revenue.table.select("country", "revenue").rows())
    for country, value in lines.filter(P("year") == 2011).group_by("country").agg(P("amt").sum()).rows():
        if country in got:
            assert abs(got[country] - value) < 0.01


def test_only_customers_with_many_orders_restricts_the_previous_figure(retail_ds, truth):
    lines, orders = truth
    session = Session(retail_ds)
    session.ask("Umsatz 2010 in Deutschland")
    answer = session.ask("nur Kunden mit mehr als 5 Bestellungen")
    assert answer.status == "ok", answer.understood
    scope = orders.filter((P("year") == 2010) & (P("country") == "Germany")).drop_nulls("customer_id")
    many = scope.group_by("customer_id").len().filter(P("len") > 5)["customer_id"]
    want = lines.filter((P("year") == 2010) & (P("country") == "Germany") & P("customer_id").is_in(many.implode()))
    assert "revenue" in answer.table.columns
    assert abs(answer.table["revenue"][0] - want["amt"].sum()) < 0.01


# -- a share of the customers with an order bound, in a country: of that country's customers ----------------------
@pytest.mark.parametrize(
    "question, country, low, high",
    [
        ("Anteil der Kunden mit nur einer Bestellung in Deutschland", "Germany", 1, 1),
        ("share of customers with more than 10 orders in France", "France", 11, None),
    ],
)
def test_share_of_bounded_customers_within_a_country(retail_ds, truth, question, country, low, high):
    _lines, orders = truth
    answer = ia.ask(question, retail_ds)
    assert answer.status == "ok", answer.understood
    per = orders.filter(P("country") == country).drop_nulls("customer_id").group_by("customer_id").len()
    hit = per.filter((P("len") >= low) & (P("len") <= (high or 10**9)))
    assert abs(answer.table["customer_share"][0] - hit.height / per.height) < 1e-9


# -- a negation no reading took is never dropped to compare two periods ------------------------------------------
def test_a_negation_beside_two_periods_is_asked_back(retail_ds):
    answer = ia.ask("Welche Länder hatten 2011 keinen Umsatz, aber 2010?", retail_ds)
    assert answer.status == "clarify", answer.understood
    assert ia.ask("Umsatz je Land 2011 vs 2010", retail_ds).status == "ok"
