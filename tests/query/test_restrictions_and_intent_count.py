"""On the demo workspace: a one-group question answers with that group and the next; the headline names
every restriction of the population that `understood` names; the stated repurchase intent says which count
it is (each respondent's latest answer) with the count over every answer beside it."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight import api


def ask(question, ds):
    return api.ask(question, ds).to_json()


def test_which_country_has_the_most_revenue_is_one_country_with_the_next_named(demo_ds):
    listed = ask("Umsatz nach Land", demo_ds)
    ranked = sorted(listed["rows"], key=lambda r: r[1], reverse=True)
    j = ask("Which country has the most revenue?", demo_ds)
    assert j["status"] == "ok", j
    assert [r[0] for r in j["rows"]] == [ranked[0][0]]
    assert "Next:" in j["text"]
    assert len(ask("Top 5 Länder nach Umsatz", demo_ds)["rows"]) == 5


@pytest.mark.parametrize("question, words", [
    ("Wie viele Kunden haben mindestens 6 Aufträge und mehr als 1000 € Umsatz?", ["≥ 6", "Umsatz > 1.000"]),
    ("How many customers have at least 6 orders and more than 1000 in revenue?", ["≥ 6", "revenue > 1,000"]),
    ("Wie viele Kunden aus Deutschland haben mehr als 1000 € Umsatz?", ["Deutschland", "Umsatz > 1.000"]),
    ("How many customers from Germany have at least 6 orders?", ["Germany", "≥ 6"]),
])
def test_the_headline_names_every_restriction(demo_ds, question, words):
    j = ask(question, demo_ds)
    assert j["status"] == "ok", j
    headline = j["text"].split(":")[0]
    for word in words:
        assert word in headline, (word, j["text"])
        assert word.split()[-1] in j["understood"]


def test_two_restrictions_narrow_the_count_of_one(demo_ds):
    both = ask("Wie viele Kunden haben mindestens 6 Aufträge und mehr als 1000 € Umsatz?", demo_ds)["rows"][0][0]
    one = ask("Wie viele Kunden haben mindestens 6 Aufträge?", demo_ds)["rows"][0][0]
    assert 0 < both < one


def _intent(ds) -> tuple[int, int, int, float]:
    rows = (ds.survey_responses.filter(pl.col("response_date") < ds.as_of, pl.col("repurchase_intent").is_not_null())
            .unique(["customer_id", "response_date"]))
    latest = rows.sort("response_date").group_by("customer_id").agg(pl.col("repurchase_intent").last())
    willing = latest.filter(pl.col("repurchase_intent") >= 4).height
    return willing, latest.height, rows.height, rows.filter(pl.col("repurchase_intent") >= 4).height / rows.height


@pytest.mark.parametrize("question, lang", [("Wie viele wollen wieder kaufen?", "de"),
                                            ("what share of respondents would buy again", "en")])
def test_repurchase_intent_says_which_count_it_is(demo_ds, question, lang):
    assert isinstance(demo_ds.as_of, dt.date)
    willing, respondents, answers, every = _intent(demo_ds)
    assert respondents < answers  # repeat respondents: the two counts differ on this data
    j = ask(question, demo_ds)
    assert j["status"] == "ok", j
    assert j["rows"][0][0] == pytest.approx(willing / respondents)
    note = next(n for n in j["notes"] if str(respondents) in n.replace(".", "").replace(",", ""))
    assert str(willing) in note
    assert str(answers) in note.replace(".", "").replace(",", "")
    shown = f"{every * 100:.1f}".replace(".", "," if lang == "de" else ".")
    assert shown in note


def test_an_order_count_beside_the_top_percent_is_kept(demo_ds):
    both = ask("Wie viele Top 20 % Kunden kommen aus Deutschland und haben mindestens 6 Aufträge?", demo_ds)
    top = ask("Wie viele Top 20 % Kunden kommen aus Deutschland?", demo_ds)
    assert both["status"] == top["status"] == "ok", both
    assert "≥ 6" in both["understood"] and "≥ 6" in both["text"].split(":")[0]
    assert 0 < both["rows"][0][0] < top["rows"][0][0]
