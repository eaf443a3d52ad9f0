"""Readings added for round 9's open gaps (docs/ask.md, "Round-9 readings"): each is checked on the plan the parser
builds from real data, and each has a neighbour that must still be asked back or read as before."""

from __future__ import annotations

from insight.query.parser import parse


def _plan(question: str, ds):
    return parse(question, ds)[0]


def test_value_at_risk_spelled_out_by_its_parts(demo) -> None:
    plan = _plan("value at risk: how much yearly revenue is with customers likely to churn?", demo)
    assert plan.status == "ok" and plan.metrics == ("value_at_risk",) and not plan.group_by
    assert "restated_parts" in (plan.rule or "")
    listed = _plan("Umsatz und Wert in Gefahr", demo)  # a list of two figures keeps both
    assert set(listed.metrics) == {"revenue", "value_at_risk"}


def test_amounts_with_cents_are_bounds_not_stray_numbers(retail_ii) -> None:
    spend = _plan("Kunden mit mehr als 1.000,50 € Umsatz 2010", retail_ii)
    assert spend.status == "ok" and spend.population.spend == ("gt", 1000.5)
    orders = _plan("orders above 1,500.50 in 2010", retail_ii)
    assert orders.status == "ok" and orders.population.order_value == ("gt", 1500.5)
    assert _plan("orders under 100 in value in 2011", retail_ii).population.order_value == ("lt", 100.0)
    assert _plan("Umsatz 1.500,50", retail_ii).status == "clarify"  # no bound to place it in: asked back
    assert _plan("orders over 100 in 2011", retail_ii).status == "clarify"  # no unit: asked back, as before


def test_bare_risk_is_the_churn_risk_only_beside_a_churn_word(demo) -> None:
    plan = _plan("Wie viele Kunden sind abwanderungsgefährdet (Risiko über 50 %)?", demo)
    assert plan.status == "ok" and plan.population.churn_risk == ("gt", 0.5)
    assert _plan("Wie viele Kunden mit Risiko über 50 %?", demo).status == "clarify"


def test_complaint_table_beside_another_figure_is_asked_back(demo) -> None:
    assert _plan("Umsatz der Kunden mit Beschwerden", demo).status == "clarify"


def test_bought_once_and_later_again(retail_ii) -> None:
    once = _plan("share of customers who only ever bought once", retail_ii)
    assert once.status == "ok" and once.population.max_orders == 1
    again = _plan("Wie viele Kunden haben später nochmal gekauft?", retail_ii)
    assert again.status == "ok" and again.population.min_orders == 2


def test_same_quarter_a_year_before(retail_ii) -> None:
    plan = _plan("Umsatz Q3 2011 im Vergleich zum Vorjahresquartal", retail_ii)
    assert plan.status == "ok" and plan.compare is not None
    assert {str(plan.compare.a.start), str(plan.compare.b.start)} == {"2011-07-01", "2010-07-01"}
