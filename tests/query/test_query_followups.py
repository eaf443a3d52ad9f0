"""Conversations: follow-ups patch the previous plan (window, filter, grouping, top-N, why?)."""

from __future__ import annotations

import datetime as dt

import pytest
from ask_reference import canonical, value, window

Y2010 = dict(start=dt.date(2010, 1, 1), end=dt.date(2011, 1, 1))
Y2011 = dict(start=dt.date(2011, 1, 1), end=dt.date(2012, 1, 1))


@pytest.fixture(scope="module")
def ref(raw_ii):
    return canonical(raw_ii)


def test_german_conversation(retail_ii, ref) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    first = s.ask("Umsatz 2011")
    assert first.rows[0][0] == pytest.approx(value(window(ref, **Y2011), "revenue"), abs=0.01)
    only_de = s.ask("und nur in Deutschland?")
    assert only_de.language == "de"
    assert only_de.rows[0][0] == pytest.approx(value(window(ref, **Y2011, countries=["Germany"]), "revenue"), abs=0.01)
    y2010 = s.ask("und 2010?")
    assert y2010.rows[0][0] == pytest.approx(value(window(ref, **Y2010, countries=["Germany"]), "revenue"), abs=0.01)
    monthly = s.ask("pro Monat")
    assert monthly.columns == ["month", "revenue"] and len(monthly.rows) == 12
    assert monthly.rows[0][0] == "2010-01"
    why = s.ask("warum?")  # a cause is not in the data: asked back, saying how the figure was computed
    assert why.status == "clarify" and "Berechnung" in why.text and not why.rows
    assert len(s.history) == 5


def test_english_conversation(retail_ii, ref) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    top = s.ask("Top 5 countries by revenue")
    assert [r[0] for r in top.rows][:2] == ["United Kingdom", "EIRE"]
    same = s.ask("the same for 2010")
    assert same.plan["window"]["start"] == "2010-01-01" and len(same.rows) == 5
    three = s.ask("and only top 3")
    assert len(three.rows) == 3 and three.plan["window"]["start"] == "2010-01-01"
    quarters = s.ask("now by quarter")
    assert quarters.columns == ["quarter", "revenue"]
    assert [r[0] for r in quarters.rows] == ["2010-Q1", "2010-Q2", "2010-Q3", "2010-Q4"]
    why = s.ask("why?")
    assert why.status == "clarify" and "How it is computed" in why.text


def test_exclusion_then_window(retail_ii, ref) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    s.ask("Revenue by country")
    excl = s.ask("excluding United Kingdom")  # the exclusion leaves the other countries: still one row each
    assert excl.columns[0] == "country" and "United Kingdom" not in [r[0] for r in excl.rows]
    assert sum(r[-1] for r in excl.rows) == pytest.approx(value(window(ref, exclude=["United Kingdom"]), "revenue"),
                                                          abs=0.01)
    q4 = s.ask("Q4 2010")
    expected = value(window(ref, start=dt.date(2010, 10, 1), end=dt.date(2011, 1, 1), exclude=["United Kingdom"]),
                     "revenue")
    assert sum(r[-1] for r in q4.rows) == pytest.approx(expected, abs=0.01)


def test_compare_follow_up_keeps_the_comparison(retail_ii, ref) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    s.ask("Umsatz 2011 im Vergleich zu 2010")
    de = s.ask("und in Deutschland?")
    assert de.plan["intent"] == "compare"
    assert [r[1] for r in de.rows] == pytest.approx([
        value(window(ref, **Y2011, countries=["Germany"]), "revenue"),
        value(window(ref, **Y2010, countries=["Germany"]), "revenue")], abs=0.01)


def test_new_question_replaces_the_plan(retail_ii) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    s.ask("Umsatz in Frankreich 2011")
    fresh = s.ask("Wie viele Kunden haben wir?")
    assert fresh.plan["filters"] == [] and fresh.plan["window"]["kind"] == "all"
    assert fresh.rows == [[5878]]


def test_follow_up_after_clarify_uses_last_ok_plan(retail_ii) -> None:
    from insight.query import Session

    s = Session(retail_ii)
    s.ask("Umsatz 2011")
    assert s.ask("Wie gut läuft es?").status == "clarify"
    again = s.ask("und 2010?")
    assert again.plan["metrics"] == ["revenue"] and again.plan["window"]["start"] == "2010-01-01"


def test_why_without_history_is_a_clarification(retail_ii) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("warum?")
    assert answer.status == "clarify" and answer.rows == []


def test_the_year_before_a_named_period_in_a_follow_up(demo_ds) -> None:
    """"und im Vorjahr?" after a question about 2024 (or May 2024) is that period one year earlier — checked
    against the order lines in plain polars, not against the year before the analysis date."""
    import datetime as dt

    import polars as pl

    from insight.query.session import Session

    session = Session(demo_ds)
    lines = demo_ds.order_lines
    first = session.ask("Wie viele Bestellungen 2024 aus Frankreich?").to_json()
    again = session.ask("und im Vorjahr?").to_json()

    def orders(year: int) -> int:
        customers = demo_ds.customers.filter(pl.col("country") == "France").get_column("customer_id")
        part = lines.filter(pl.col("order_date").dt.year() == year) if "country" in lines.columns and \
            lines.get_column("country").null_count() < lines.height else lines.filter(
                (pl.col("order_date").dt.year() == year) & pl.col("customer_id").is_in(customers.implode()))
        if "country" in lines.columns and lines.get_column("country").null_count() < lines.height:
            part = part.filter(pl.col("country") == "France")
        return part.filter(pl.col("amount").fill_null(1) > 0).get_column("order_id").n_unique()

    assert first["rows"][0][0] == orders(2024)
    assert again["rows"][0][0] == orders(2023) != orders(2024)
    assert again["plan"]["window"]["start"] == dt.date(2023, 1, 1).isoformat()
    session.ask("Umsatz im Mai 2024")
    may = session.ask("und im Vorjahr?").to_json()
    assert may["plan"]["window"]["start"] == "2023-05-01" and may["plan"]["window"]["end"] == "2023-06-01"
