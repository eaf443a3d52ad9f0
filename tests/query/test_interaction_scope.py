"""Issue 14: response time is an interaction metric, so the interaction's words win. "Reaktionszeit auf
Beschwerden" is the complaints' response time only (and `understood` says so); "nach Art" / "by kind" groups by
the interaction's kind, not the customer's type; a phrase naming the customer keeps the customer grouping.
Expected values are plain polars on the demo's raw interactions."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight import api
from insight.query.interaction_scope import kinds_named, without_kinds


@pytest.fixture(scope="module")
def demo():
    return api.demo_dataset()


def _median_hours(ds, kind: str | None) -> float:
    """Median hours from request to answer, answered before the analysis date (plain polars)."""
    cut = dt.datetime.combine(ds.as_of, dt.time())
    rows = ds.interactions.filter(pl.col("happened_at") < cut)
    if kind is not None:
        rows = rows.filter(pl.col("kind").str.to_lowercase() == kind)
    hours = rows.select(
        pl.when(pl.col("answered_at") < cut).then(
            (pl.col("answered_at") - pl.col("happened_at")).dt.total_seconds() / 3600
        )
    )
    return float(hours.to_series().median())


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Reaktionszeit auf Beschwerden", "Interaktionsart Beschwerde"),
        ("Wie schnell werden Reklamationen beantwortet?", "Interaktionsart Beschwerde"),
        ("response time to complaints", "interaction kind complaint"),
        ("How quickly do we answer complaints?", "interaction kind complaint"),
    ],
)
def test_response_time_to_complaints_is_restricted_to_complaints(demo, question, words):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table["interaction_kind"].to_list() == ["complaint"]
    assert answer.table["median_hours"][0] == pytest.approx(_median_hours(demo, "complaint"))
    assert words in answer.understood
    assert (
        answer.table["requests"][0]
        == demo.interactions.filter(
            (pl.col("kind") == "complaint") & (pl.col("happened_at") < dt.datetime.combine(demo.as_of, dt.time()))
        ).height
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Reaktionszeit auf Anrufe", "call"),
        ("response time to calls", "call"),
        ("Reaktionszeit auf E-Mails", "email"),
        ("response time for emails", "email"),
    ],
)
def test_other_kinds_named_in_either_language(demo, question, kind):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table["interaction_kind"].to_list() == [kind]
    assert answer.table["median_hours"][0] == pytest.approx(_median_hours(demo, kind))
    assert "contact" not in answer.understood.lower() and "kontakt" not in answer.understood.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Reaktionszeit nach Art",
        "response time by kind",
        "Reaktionszeit nach Typ",
        "response time by channel",
        "Reaktionszeit nach Interaktionsart",
    ],
)
def test_by_kind_is_the_interactions_kind(demo, question):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table.columns[0] == "interaction_kind"
    assert set(answer.table["interaction_kind"]) == {"call", "email", "complaint"}  # visits are never answered
    medians = dict(answer.table.select("interaction_kind", "median_hours").iter_rows())
    assert medians["email"] == pytest.approx(_median_hours(demo, "email"))


@pytest.mark.parametrize(
    "question",
    ["Reaktionszeit nach Kundentyp", "response time by customer type", "Reaktionszeit auf Beschwerden nach Kundentyp"],
)
def test_a_phrase_naming_the_customer_keeps_the_customer_grouping(demo, question):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table.columns[0] == "kind" and set(answer.table["kind"]) == {"b2b", "b2c"}


def test_a_kind_word_outside_an_interaction_metric_is_still_asked_back(demo):
    assert api.ask("Umsatz mit Anrufen", data=demo).status == "clarify"


def test_kind_words():
    assert kinds_named("Reaktionszeit auf Beschwerden und E-Mails") == ("complaint", "email")
    assert kinds_named("response time by customer type") == ()
    assert without_kinds("response time to phone calls") == "response time to"
    assert without_kinds("Umsatz 2024") is None


@pytest.mark.parametrize("question", ["Wie viele Beschwerden gab es?", "How many complaints were there?"])
def test_how_many_complaints_counts_the_complaints_of_customers(demo, question):
    from insight.analyses.interactions import interactions_by_kind

    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table["interaction_kind"].to_list() == ["complaint"]
    expected = interactions_by_kind(demo).filter(pl.col("interaction_kind") == "complaint")
    assert answer.table["interactions"].item() == expected["interactions"].item()
    assert f"{expected['interactions'].item()}" in answer.text
