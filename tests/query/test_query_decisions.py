"""Ask reaches the decisions of the seeds: measures per segment, where to invest, whom to let go, and whole
analyses restricted to a part of the customers (never computed on everyone silently)."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia
from insight.measures import measures
from insight.metrics.payback import unprofitable_customers


@pytest.fixture(scope="module")
def demo():
    return ia.demo_dataset()


@pytest.mark.parametrize("question, method, key", [
    ("Welche Maßnahmen empfehlen Sie je RFM-Segment?", "rfm", "rfm_segment"),
    ("Which measures do you recommend per ABC class?", "abc", "abc_class"),
    ("Maßnahmen", "portfolio", "quadrant"),
])
def test_measures_per_segment(demo, question, method, key):
    answer = ia.ask(question, data=demo)
    expected = measures(demo, method, answer.language).table
    assert answer.status == "ok" and answer.columns[0] == key
    assert dict(answer.table.select(key, "measure").iter_rows()) == dict(expected.select("segment", "measure").iter_rows())


def test_where_to_invest_ranks_the_investment_measures_by_money_at_stake(demo):
    answer = ia.ask("In welche Kunden sollen wir investieren?", data=demo)
    expected = (measures(demo, "portfolio", "de").table
                .filter(pl.col("measure").is_in(["bind_and_reward", "win_back", "develop"]))
                .sort("money_at_stake", descending=True))
    assert answer.status == "ok"
    assert answer.table.get_column("quadrant").to_list() == expected.get_column("segment").to_list()
    assert "Investieren Sie zuerst" in answer.text


def test_whom_to_let_go(demo):
    answer = ia.ask("Which customers should we let go?", data=demo)
    assert answer.status == "ok"
    assert set(answer.table.get_column("customer_id")) <= set(unprofitable_customers(demo).get_column("customer_id")) \
        or "reprice" in answer.text


def test_a_whole_analysis_for_part_of_the_customers_is_computed_on_that_part(demo):
    everyone = ia.ask("Empfehlungsanalyse", data=demo).table
    b2b = ia.ask("Empfehlungsanalyse für B2B-Kunden", data=demo)
    buyers = demo.order_lines.select("customer_id").unique()
    n_b2b = demo.customers.filter(pl.col("kind") == "b2b").join(buyers, on="customer_id", how="semi").height
    assert b2b.status == "ok" and "B2B" in b2b.understood
    assert b2b.table.get_column("customers").sum() == n_b2b < everyone.get_column("customers").sum()


def test_a_whole_analysis_with_a_period_is_asked_back(demo):
    answer = ia.ask("Kohorten 2011", data=demo)
    assert answer.status == "clarify" and "Stichtag" in answer.text


@pytest.mark.parametrize("question", ["LTV mit S = 20, C = 1, P = 1, t = 36",
                                      "LTV with S = 20, C = 12, P = 1, t = 3 years"])
def test_the_seeds_worked_ltv_example_through_ask(demo, question):
    answer = ia.ask(question, data=demo)
    assert answer.status == "ok" and answer.table.get_column("ltv_formula").to_list() == [pytest.approx(720.0)]


def test_one_ltv_component_set_the_others_computed(demo):
    answer = ia.ask("LTV nach Kundentyp mit t = 24 Monaten", data=demo)
    table = answer.table
    assert answer.status == "ok" and table.get_column("t").to_list() == [24.0, 24.0]
    product = table.select(pl.col("S") * pl.col("C") * pl.col("P") * pl.col("t")).to_series().to_list()
    assert table.get_column("ltv_formula").to_list() == pytest.approx(product)
    assert "t = 24" in answer.understood


def test_components_without_the_ltv_are_asked_back(demo):
    assert ia.ask("Umsatz mit t = 36", data=demo).status == "clarify"


def test_personas_of_the_top_segments(demo):
    from insight.segments.persona import personas

    answer = ia.ask("Personas der Top 2 RFM-Segmente", data=demo)
    expected = personas(demo, "de", "rfm", top=2)
    assert answer.status == "ok" and answer.table.height == 2
    assert answer.table.get_column("segment").to_list() == [p.segment_de for p in expected]
    one = ia.ask("Beschreibe unsere Persona", data=demo)
    assert one.status == "ok" and one.columns == ["attribute", "value"]


def test_survey_metrics_honour_customer_and_aspect_filters(demo):
    """"Wie zufrieden sind B2B-Kunden mit der Lieferung?": only B2B customers' answers on delivery count."""
    survey, customers = demo.survey_responses, demo.customers
    b2b = customers.filter(pl.col("kind") == "b2b").select("customer_id")
    buyers = demo.order_lines.select("customer_id").unique()
    rows = (survey.filter((pl.col("response_date") < demo.as_of) & (pl.col("aspect") == "delivery")
                          & pl.col("satisfaction").is_not_null())
            .join(b2b, on="customer_id", how="semi").join(buyers, on="customer_id", how="semi"))
    answer = ia.ask("Wie zufrieden sind B2B-Kunden mit der Lieferung?", data=demo)
    assert answer.status == "ok" and answer.table.get_column("aspect").to_list() == ["delivery"]
    assert answer.table.get_column("csat").item() == pytest.approx(rows.get_column("satisfaction").mean())
    assert answer.table.get_column("responses").item() == rows.height
