"""A customers' share names its scope apart from its part: "What share of German customers are B2B?" is the B2B
customers among the German ones (never the German B2B customers among all), "Wie viel Prozent der Neukunden 2024
kamen über Google Ads?" the Google Ads customers among 2024's new customers. Expectations in plain polars on the demo
data: the customers are the ids with an order line in the window (insight.query.shares._customers_part)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.api import ask


def _buyers(demo, start: dt.date | None = None, end: dt.date | None = None) -> pl.DataFrame:
    lines = demo.order_lines.filter(pl.col("customer_id").is_not_null())
    if start is not None:
        day = pl.col("order_date").cast(pl.Date)
        lines = lines.filter((day >= start) & (day < end))
    ids = lines.select("customer_id").unique()
    return ids.join(demo.customers, on="customer_id", how="left")


def _share(part: pl.DataFrame, scope: pl.DataFrame) -> float:
    return part.height / scope.height


def _value(demo, question: str) -> tuple[float, dict]:
    answer = ask(question, data=demo).to_json()
    assert answer["status"] == "ok", answer
    return answer["rows"][0][0], answer


@pytest.mark.parametrize("question", ["What share of German customers are B2B?",
                                      "Wie viel Prozent der Kunden aus Deutschland sind B2B?",
                                      "Anteil der B2B-Kunden in Deutschland"])
def test_the_scope_of_a_customers_share_is_its_denominator(demo, question):
    got, answer = _value(demo, question)
    german = _buyers(demo).filter(pl.col("country") == "Germany")
    expected = _share(german.filter(pl.col("kind").str.to_lowercase() == "b2b"), german)
    assert got == pytest.approx(expected, abs=0.002), answer["understood"]
    assert answer["plan"]["share_of"] == "kind"


def test_the_part_after_the_verb_is_measured_among_the_noun_phrase(demo):
    got, answer = _value(demo, "What share of B2B customers come from Germany?")
    b2b = _buyers(demo).filter(pl.col("kind").str.to_lowercase() == "b2b")
    assert got == pytest.approx(_share(b2b.filter(pl.col("country") == "Germany"), b2b), abs=0.002)
    assert answer["plan"]["share_of"] == "country"


def test_new_customers_of_a_year_are_the_scope_of_their_channel_share(demo):
    got, answer = _value(demo, "Wie viel Prozent der Neukunden 2024 kamen über Google Ads?")
    first = (demo.order_lines.filter(pl.col("customer_id").is_not_null()).group_by("customer_id")
             .agg(pl.col("order_date").min().cast(pl.Date).alias("first")))
    new = first.filter(pl.col("first").dt.year() == 2024).join(demo.customers, on="customer_id", how="left")
    expected = _share(new.filter(pl.col("acquisition_channel") == "Google Ads"), new)
    assert got == pytest.approx(expected, abs=0.002), answer["understood"]


def test_a_share_of_all_customers_keeps_all_customers_as_its_denominator(demo):
    got, _ = _value(demo, "Wie viel Prozent unserer Kunden sind B2B?")
    everyone = _buyers(demo)
    assert got == pytest.approx(_share(everyone.filter(pl.col("kind").str.to_lowercase() == "b2b"), everyone),
                                abs=0.002)


def test_a_population_after_the_verb_is_the_part_of_the_named_customers(retail_ii, raw_ii):
    """'hat mehr als 5 Bestellungen' restricts the part; 'aus Deutschland' is the scope (was: of all customers)."""
    answer = ask("Welcher Anteil der Kunden aus Deutschland hat mehr als 5 Bestellungen?", data=retail_ii).to_json()
    german = raw_ii.filter(pl.col("Country") == "Germany", pl.col("Customer ID").is_not_null())
    orders = (german.filter(~pl.col("Invoice").str.starts_with("C")).group_by("Customer ID")
              .agg(pl.col("Invoice").n_unique().alias("orders")))
    expected = orders.filter(pl.col("orders") > 5).height / german.select("Customer ID").n_unique()
    assert answer["rows"][0][0] == pytest.approx(expected, abs=0.002), answer["understood"]
    assert answer["plan"]["share_of_population"] is True


@pytest.mark.parametrize(("question", "part", "scope"), [
    ("What share of German revenue comes from B2B customers?", "kind", "country"),
    ("Welcher Anteil des Umsatzes in Deutschland kommt von B2B-Kunden?", "kind", "country"),
    ("Wie viel Prozent des Umsatzes der B2B-Kunden stammt aus Deutschland?", "country", "kind"),
])
def test_the_value_after_the_verb_is_the_part_of_a_revenue_share(demo, question, part, scope):
    """Never the value nearest the share word: here that one is the scope."""
    got, answer = _value(demo, question)
    lines = demo.order_lines.join(demo.customers.select("customer_id", "kind"), on="customer_id", how="left")
    named = {"country": pl.col("country") == "Germany", "kind": pl.col("kind").str.to_lowercase() == "b2b"}
    within = lines.filter(named[scope])
    expected = within.filter(named[part]).get_column("amount").sum() / within.get_column("amount").sum()
    assert got == pytest.approx(expected, abs=0.002), answer["understood"]
    assert answer["plan"]["share_of"] == part
