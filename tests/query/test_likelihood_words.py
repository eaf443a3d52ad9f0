"""'most likely', 'am wahrscheinlichsten' beside a probability metric only say what the metric is: never asked back
— docs/ask.md, "Likelihood words"."""

from __future__ import annotations

import pytest

from insight.query.parser import parse


@pytest.mark.parametrize(
    "question",
    ["Which customers are most likely still active?", "Welche Kunden sind am wahrscheinlichsten noch aktiv?"],
)
def test_likelihood_beside_a_probability_is_no_unknown_word(demo, question: str) -> None:
    from insight.semantic.client import client_model

    with client_model(demo):
        plan, _signals = parse(question, demo)
    assert plan.status == "ok", plan.issues
    assert plan.metrics == ("p_alive",)


def test_likelihood_beside_no_probability_is_still_asked_back(demo) -> None:
    from insight.semantic.client import client_model

    with client_model(demo):
        plan, _signals = parse("Which countries most likely bring revenue?", demo)
    assert plan.status == "clarify"
