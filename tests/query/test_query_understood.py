"""Every answer says what it computed (``understood``) and its caveats (``notes``) in the question's
language; definition questions are answered as definitions (answers.md)."""

from __future__ import annotations

import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def demo():
    return ia.demo_dataset()


@pytest.mark.parametrize(("question", "parts"), [
    ("Umsatz nach Land 2024", ("Umsatz je Land", "2024", "alle Kunden")),
    ("Top 5 Kunden nach Umsatz", ("Umsatz je Kunde", "Top 5")),
    ("revenue of customers with more than 5 orders", ("revenue", "customers with ≥ 6 orders")),
    ("revenue by country excluding Germany", ("revenue by country", "excluding country Germany")),
])
def test_understood_restates_the_plan(demo, question, parts):
    answer = ia.ask(question, data=demo)
    assert answer.status == "ok"
    for part in parts:
        assert part in answer.understood, (question, answer.understood)
    assert answer.to_json()["understood"] == answer.understood


def test_a_clarification_says_what_is_open(demo):
    answer = ia.ask("Umsatz Ende 2024", data=demo)
    assert answer.status == "clarify" and answer.understood.startswith("bisher verstanden")


@pytest.mark.parametrize(("question", "lang", "metric"), [
    ("What does NPS mean?", "en", "nps"),
    ("Was bedeutet LTV?", "de", "ltv_formula"),
    ("Was ist ein Kunde?", "de", "customers"),
    ("What is a customer?", "en", "customers"),
])
def test_definition_questions_get_definitions_in_their_language(demo, question, lang, metric):
    answer = ia.ask(question, data=demo)
    assert answer.status == "ok" and answer.language == lang
    assert answer.plan["intent"] == "definition" and answer.plan["metrics"] == [metric]


def test_value_questions_with_what_is_stay_value_questions(demo):
    answer = ia.ask("What are our top customers?", data=demo)
    assert answer.plan["intent"] != "definition" and answer.table.height == 10


def test_notes_name_an_assumed_margin_and_a_missing_currency(tmp_path):
    path = tmp_path / "o.csv"
    path.write_text("Customer ID,Order Date,Sales\n1,2024-01-05,10\n2,2024-02-05,20\n")
    answer = ia.ask("Gewinn insgesamt", data=path)
    assert any("Standardmarge" in n for n in answer.notes)
    assert any("Währung" in n for n in answer.notes)
    priced = ia.ask("Umsatz insgesamt", data=ia.load(path, currency="EUR"))
    assert not any("Währung" in n for n in priced.notes) and "€" in priced.text


def test_a_compound_with_a_meaningful_modifier_is_not_read_as_its_head():
    from insight.query.fuzzy import head_word

    known = {"umsatz", "kunden"}
    assert head_word("nettoumsatz", known) == "umsatz"
    assert head_word("gesamtumsatz", known) == "umsatz"
    assert head_word("stammkunden", known) is None  # regular customers are not all customers
    assert head_word("zielkunden", known) is None
