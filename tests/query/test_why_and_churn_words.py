"""A cause is not in the data, and a churn word is never dropped on order data (answers.md, "No silent
substitution"): "Why did customers leave?" once counted every customer, "Warum sind Kunden abgewandert?" too."""

from __future__ import annotations

import pytest

import insight.api as ia
from insight.query.session import Session


@pytest.mark.parametrize("question", ["Why did customers leave?", "Warum sind Kunden abgewandert?",
                                      "Why do customers churn?", "Why did revenue drop in 2011?",
                                      "Wieso ist der Umsatz 2011 gestiegen?"])
def test_a_why_question_is_asked_back_never_answered_with_the_figure(retail_ii, question):
    got = ia.ask(question, retail_ii).to_json()
    assert got["status"] == "clarify", got["text"]
    assert got["rows"] == []


@pytest.mark.parametrize("question", ["Kunden, die abgewandert sind, nach Land", "customers who left, by country"])
def test_a_churn_word_on_order_data_never_counts_every_customer(retail_ii, question):
    got = ia.ask(question, retail_ii).to_json()
    assert got["status"] == "clarify", got["understood"]


@pytest.mark.parametrize("why", ["warum?", "why is that?"])
def test_a_bare_why_after_an_answer_is_asked_back_never_the_answer_again(retail_ii, why):
    session = Session(retail_ii)
    first = session.ask("Umsatz 2011")
    got = session.ask(why).to_json()
    assert got["status"] == "clarify" and got["rows"] == [], got["text"]
    assert got["plan"]["metrics"] == first.plan["metrics"]


def test_how_many_churned_still_answers(retail_ii):
    got = ia.ask("Wie viele Kunden sind abgewandert?", retail_ii).to_json()
    assert got["status"] == "ok" and "churn_rate" in got["columns"]
