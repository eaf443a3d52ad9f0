"""A German answer that cannot be given says why in German, never switching language mid-sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import insight.api as ia
from insight.query.messages import cannot_answer, german_reason

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
ENGLISH = re.compile(r"\b(the|needs|which|this data|cannot|group it|does not)\b")


@pytest.fixture(scope="module")
def retail():
    path = DATA / "online_retail_ii.parquet"
    if not path.exists():
        pytest.skip("the shared data lives next to the repository")
    return ia.load(path)


@pytest.mark.parametrize("question", ["NPS je Kunde", "Wie sieht der Funnel aus?", "Wie hoch ist die Einlösequote?",
                                      "CLV nach Monat", "Zufriedenheit der Kunden"])
def test_german_reasons_are_german(retail, question):
    answer = ia.ask(question, data=retail)
    assert answer.language == "de" and answer.status in ("error", "clarify"), answer.text
    assert not ENGLISH.search(answer.text), answer.text


def test_a_customers_table_alone_says_so_in_german():
    path = DATA / "foreign" / "Churn_Modelling.csv"
    if not path.exists():
        pytest.skip("the shared data lives next to the repository")
    answer = ia.ask("Umsatz nach Monat", data=ia.load(path))
    assert answer.status == "clarify" and "Kundentabelle ohne Aufträge" in answer.text
    assert not ENGLISH.search(answer.text)


def test_an_unknown_reason_keeps_the_english_apart():
    text = cannot_answer("some brand-new reason", "de")
    assert text.startswith("Das lässt sich mit diesen Daten nicht beantworten.") and "(Grund, auf Englisch:" in text
    assert german_reason("the data has no 'region' column") == "Die Daten haben keine Spalte 'region'"
    assert cannot_answer("the data has no 'x' column", "en") == "This cannot be answered from this data: the data has no 'x' column."
