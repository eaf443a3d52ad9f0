"""QueryPlan validation and the small parsing helpers (time words, numbers, language, fuzzy), with
dates and values worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from insight.query.plan import Filter, QueryPlan, TimeWindow

AS_OF = dt.date(2011, 12, 10)


def test_plan_is_frozen_validated_and_has_a_json_schema() -> None:
    plan = QueryPlan(metrics=("revenue",), group_by=("country",))
    with pytest.raises(ValidationError):
        plan.metrics = ("orders",)  # type: ignore[misc]
    with pytest.raises(ValidationError, match="unknown metric"):
        QueryPlan(metrics=("weather",))
    with pytest.raises(ValidationError, match="unknown dimension"):
        QueryPlan(metrics=("revenue",), group_by=("planet",))
    with pytest.raises(ValidationError, match="unknown dimension"):
        Filter(dimension="planet", values=("Mars",))
    with pytest.raises(ValidationError):
        QueryPlan(metrics=("revenue",), sql="DROP TABLE x")  # extra fields are rejected
    with pytest.raises(ValidationError, match="needs at least one metric"):
        QueryPlan(intent="rank", group_by=("country",))
    with pytest.raises(ValidationError, match="starts"):
        TimeWindow(start=dt.date(2011, 2, 1), end=dt.date(2011, 1, 1))
    schema = QueryPlan.model_json_schema()
    assert {"intent", "metrics", "group_by", "filters", "window", "top_n", "compare"} <= set(schema["properties"])
    again = QueryPlan.model_validate(plan.to_json())
    assert again == plan


WINDOWS = [
    ("im Jahr 2011", "2011-01-01", "2012-01-01"),
    ("in October 2011", "2011-10-01", "2011-11-01"),
    ("im letzten Quartal", "2011-07-01", "2011-10-01"),
    ("last month", "2011-11-01", "2011-12-01"),
    ("letztes Jahr", "2010-01-01", "2011-01-01"),
    ("last 90 days", "2011-09-11", "2011-12-10"),
    ("letzte sechs Monate", "2011-06-01", "2011-12-10"),
    ("dieses Jahr", "2011-01-01", "2011-12-10"),
    ("this quarter", "2011-10-01", "2011-12-10"),
    ("this month", "2011-12-01", "2011-12-10"),
    ("seit Januar", "2011-01-01", "2011-12-10"),
    ("since March 2011", "2011-03-01", "2011-12-10"),
    ("Q4 2010", "2010-10-01", "2011-01-01"),
    ("4. Quartal 2010", "2010-10-01", "2011-01-01"),
    ("viertes Quartal 2010", "2010-10-01", "2011-01-01"),
    ("Q1", "2011-01-01", "2011-04-01"),
    ("im Dezember", "2011-12-01", "2012-01-01"),
    ("im Mai", "2011-05-01", "2011-06-01"),
    ("10/2011", "2011-10-01", "2011-11-01"),
    ("2011-03", "2011-03-01", "2011-04-01"),
    ("am 05.12.2011", "2011-12-05", "2011-12-06"),
    ("from March to May 2011", "2011-03-01", "2011-06-01"),
    ("von Januar bis März 2011", "2011-01-01", "2011-04-01"),
    ("between 2009 and 2010", "2009-01-01", "2011-01-01"),
    ("in den letzten zwei Wochen", "2011-11-26", "2011-12-10"),
    ("past 2 years", "2009-01-01", "2011-12-10"),
    ("year to date", "2011-01-01", "2011-12-10"),
]


@pytest.mark.parametrize("text,start,end", WINDOWS)
def test_time_words(text, start, end) -> None:
    from insight.query.timewords import extract, normalise

    windows, rest = extract(normalise(text), AS_OF)
    assert len(windows) == 1, (text, windows)
    assert (windows[0].start.isoformat(), windows[0].end.isoformat()) == (start, end)


def test_time_words_leave_other_words_and_may_as_a_verb() -> None:
    from insight.query.timewords import extract, normalise

    windows, rest = extract(normalise("may I see revenue by year"), AS_OF)
    assert windows == [] and "year" in rest.split()
    windows, rest = extract(normalise("Umsatz im Jahr 2011 pro Monat"), AS_OF)
    assert len(windows) == 1 and rest.split() == ["umsatz", "pro", "monat"]


def test_this_year_on_new_years_day_is_not_empty() -> None:
    from insight.query.timewords import this_window

    w = this_window("year", dt.date(2012, 1, 1))
    assert w.start < w.end == dt.date(2012, 1, 1)


def test_numbers_as_words() -> None:
    from insight.query.numbers import word_value, words_to_digits

    assert words_to_digits("top zehn kunden".split()) == ["top", "10", "kunden"]
    assert words_to_digits("twenty five customers".split()) == ["25", "customers"]
    assert word_value("funfundzwanzig") == 25 and word_value("dreissig") == 30 and word_value("dozen") == 12
    assert words_to_digits("ein kunde".split()) == ["ein", "kunde"]  # articles stay words


@pytest.mark.parametrize("question,lang", [
    ("Wie hoch war der Umsatz?", "de"), ("What is the revenue?", "en"), ("Umsatz", "de"), ("Revenue", "en"),
    ("Wiederkaufsrate", "de"), ("Kundenportfolio", "de"), ("churn rate", "en"), ("Umsatz nach country", "de"),
    ("Top 10 Kunden nach Umsatz", "de"), ("Wie gut läuft es?", "de"),
])
def test_language(question, lang) -> None:
    from insight.query.normalise import detect_language

    assert detect_language(question) == lang


@pytest.mark.parametrize("word,metric", [
    ("umstaz", "revenue"), ("revnue", "revenue"), ("custmers", "customers"), ("kundens", "customers"),
    ("nettoumsatz", "revenue"), ("wiederkaufsrat", "repeat_rate"), ("abwanderungsrat", "churn_rate"),
    ("bestellungn", "orders"),
])
def test_typos_and_inflections(word, metric) -> None:
    from insight.query.lexicon import match

    mentions, unknown = match([word], {})
    assert unknown == [] and any(s.kind == "metric" and s.name == metric for s in mentions[0].senses), word


def test_compound_words_split_into_known_words() -> None:
    from insight.query.lexicon import match

    mentions, _ = match(["umsatzentwicklung"], {})
    names = {(s.kind, s.name) for m in mentions for s in m.senses}
    assert ("metric", "revenue") in names and ("kw", "trend") in names


def test_function_words_never_become_metrics() -> None:
    from insight.query.lexicon import match

    mentions, unknown = match("was ist das wetter in berlin".split(), {})
    assert not any(s.kind == "metric" for m in mentions for s in m.senses)
