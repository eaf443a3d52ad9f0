"""Round 9's readings (docs/ask.md, "Round 9 readings"): a change asked between periods, two-digit years, ranges
with thru / Anfang / Ende, negated order nouns, counts in the plural, the qualified dimension of a measure, a reset
phrase in a conversation, everyday words, and 'Abo' as a subscription. Each on a small real CSV written here,
the expectation in plain polars."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.query import period_change, timewords
from insight.query.session import afresh


@pytest.fixture(scope="module")
def orders(tmp_path_factory) -> tuple[object, pl.DataFrame]:
    rng = random.Random(3)
    rows, n = [], 0
    for year in (2022, 2023, 2024):
        for month in range(1, 13):
            for c in range(1, 8 + (year - 2022) * 3):
                if rng.random() < 0.5:
                    continue
                n += 1
                rows.append(
                    {
                        "order_id": f"A{n}",
                        "order_date": dt.date(year, month, min(28, c + 1)),
                        "customer_id": f"C{c}",
                        "country": ["Germany", "France"][c % 2],
                        "amount": round(10 + c * 3.5 + month, 2),
                    }
                )
    frame = pl.DataFrame(rows)
    path = tmp_path_factory.mktemp("r9") / "orders.csv"
    frame.write_csv(path)
    return ia.load_file(path), frame


def _answer(ds, question: str) -> dict:
    return ia.ask(question, data=ds).to_json()


def _revenue(frame: pl.DataFrame, start: dt.date, end: dt.date) -> float:
    return frame.filter((pl.col("order_date") >= start) & (pl.col("order_date") < end))["amount"].sum()


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("revenue change 2024 over 2023 in %", (2024, 1), (2023, 1)),
        ("Veränderung des Umsatzes zum Vorjahr in % für 2024", (2024, 1), (2023, 1)),
        ("YoY revenue growth 2024", (2024, 1), (2023, 1)),
        ("Wie hat sich der Umsatz von 2023 auf 2024 verändert, in Prozent?", (2024, 1), (2023, 1)),
    ],
)
def test_a_change_between_two_years_is_one_row_with_the_change(orders, question, a, b) -> None:
    ds, frame = orders
    data = _answer(ds, question)
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1 and {"change", "growth"} <= set(data["columns"]), data
    row = dict(zip(data["columns"], data["rows"][0]))
    now = _revenue(frame, dt.date(a[0], 1, 1), dt.date(a[0] + 1, 1, 1))
    before = _revenue(frame, dt.date(b[0], 1, 1), dt.date(b[0] + 1, 1, 1))
    assert row["change"] == pytest.approx(now - before)
    assert row["growth"] == pytest.approx((now - before) / before)


def test_mom_in_one_month_compares_it_with_the_month_before(orders) -> None:
    ds, frame = orders
    data = _answer(ds, "Umsatz MoM im Juni 2024")
    assert data["status"] == "ok", data["text"]
    row = dict(zip(data["columns"], data["rows"][0]))
    june, may = (_revenue(frame, dt.date(2024, m, 1), dt.date(2024, m + 1, 1)) for m in (6, 5))
    assert (row["month"], row["previous_month"]) == ("2024-06", "2024-05")
    assert row["growth"] == pytest.approx((june - may) / may)


def test_a_change_by_month_is_no_comparison_of_two_years(orders) -> None:
    ds, _frame = orders
    data = _answer(ds, "revenue change by month 2024")
    assert "growth" not in data["columns"]


def test_a_bare_change_of_a_quarter_is_not_guessed(orders) -> None:
    ds, _frame = orders
    assert _answer(ds, "Umsatzwachstum Q2 2024")["status"] == "clarify"  # the quarter before or a year before?


def test_change_words_are_found_and_taken_out() -> None:
    assert period_change.asked("revenue change 2011 over 2010 in %")
    assert not period_change.asked("revenue by sales channel")
    assert period_change.without_change_words("revenue change 2011 over 2010 in %") == "revenue 2011 over 2010"
    assert period_change.months_back("Umsatz MoM im Juni") == 1


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Umsatz Q1/97", "umsatz q1 1997"),
        ("orders in Q2 '97", "orders in q2 1997"),
        ("revenue Q4/10", "revenue q4 2010"),
        ("no. of orders jan '10", "no of orders jan 2010"),
        ("jan 10 2011", "jan 10 2011"),
    ],
)
def test_a_two_digit_year_after_a_quarter_or_month(text, folded) -> None:
    assert timewords.normalise(text) == folded


def test_short_years_and_ranges_answer(orders) -> None:
    ds, frame = orders
    q4 = _answer(ds, "revenue Q4/23")
    assert q4["rows"][0][0] == pytest.approx(_revenue(frame, dt.date(2023, 10, 1), dt.date(2024, 1, 1)))
    spring = _answer(ds, "Umsatz zwischen Anfang März und Ende Mai 2024")
    assert spring["rows"][0][0] == pytest.approx(_revenue(frame, dt.date(2024, 3, 1), dt.date(2024, 6, 1)))
    winter = _answer(ds, "customers dec 2023 thru feb 2024")
    want = frame.filter((pl.col("order_date") >= dt.date(2023, 12, 1)) & (pl.col("order_date") < dt.date(2024, 3, 1)))
    assert winter["rows"][0][0] == want["customer_id"].n_unique()


def test_a_negated_order_noun_is_an_absent_population(orders) -> None:
    ds, frame = orders
    data = _answer(ds, "Wie viele Kunden hatten 2024 keine Bestellung?")
    active = set(frame.filter(pl.col("order_date").dt.year() == 2024)["customer_id"])
    before = set(frame.filter(pl.col("order_date").dt.year() < 2024)["customer_id"])
    assert data["status"] == "ok" and data["rows"][0][0] == len(before - active), data
    assert "2024" in data["understood"] and "ohne" in data["understood"]


def test_counts_in_the_plural_count_per_value(orders) -> None:
    ds, frame = orders
    data = _answer(ds, "country counts of customers")
    assert data["status"] == "ok" and len(data["rows"]) == frame["country"].n_unique(), data


def test_a_reset_phrase_starts_afresh(orders) -> None:
    ds, frame = orders
    assert afresh("ohne Filter bitte: Umsatz 2024") == (True, "Umsatz 2024")
    assert afresh("Umsatz ohne Filter") == (False, "Umsatz ohne Filter")
    session = ia.session(ds)
    session.ask("Umsatz 2024")
    session.ask("und in Deutschland?")
    fresh = session.ask("ohne Filter bitte: Umsatz 2024").to_json()
    assert fresh["rows"][0][0] == pytest.approx(_revenue(frame, dt.date(2024, 1, 1), dt.date(2025, 1, 1)))


def test_a_measure_with_a_qualifier_groups_by_its_dimension() -> None:
    ds = ia.demo_dataset()
    data = ia.ask("Durchschnittliche Akquisekosten je Kanal", data=ds).to_json()
    assert data["status"] == "ok" and data["columns"][0] == "acquisition_channel", data


@pytest.mark.parametrize(
    "question",
    [
        "Veränderung zum Vorjahr in % beim Umsatz im Q2 2024",  # beim: a function word
        "Wie viel geben Kunden im Schnitt aus?",  # geben … aus
        "Wie viele Kunden haben wir im Kundenstamm?",
    ],
)
def test_everyday_words_change_nothing(orders, question) -> None:
    ds, _frame = orders
    assert _answer(ds, question)["status"] == "ok"


def test_abo_alone_is_no_customer(orders) -> None:
    ds, _frame = orders
    data = _answer(ds, "Wie viele Kunden haben ihr Abo gekündigt?")
    assert data["status"] == "clarify" and "abo" in data["text"].lower()


def test_a_named_cohort_is_its_customers_over_all_data(orders) -> None:
    ds, frame = orders
    data = _answer(ds, "repeat rate for the march 2023 cohort")
    counts = frame.group_by("customer_id").agg(pl.col("order_date").min().alias("first"), pl.len().alias("n"))
    cohort = counts.filter((pl.col("first") >= dt.date(2023, 3, 1)) & (pl.col("first") < dt.date(2023, 4, 1)))
    assert data["status"] == "ok" and len(data["rows"]) == 1, data
    if cohort.height:
        assert data["rows"][0][0] == pytest.approx((cohort["n"] >= 2).sum() / cohort.height)
    grouped = _answer(ds, "repeat rate by cohort")
    assert "cohort" in grouped["columns"]  # 'by cohort' stays a grouping


def test_negated_vs_plain_compares_both_groups_of_a_flag(tmp_path) -> None:
    rng = random.Random(5)
    frame = pl.DataFrame({"CustomerId": list(range(1, 201)),
                          "IsActiveMember": [rng.randint(0, 1) for _ in range(200)],
                          "Exited": [rng.randint(0, 1) for _ in range(200)],
                          "Balance": [rng.random() * 1000 for _ in range(200)]})
    path = tmp_path / "members.csv"
    frame.write_csv(path)
    ds = ia.load_file(path)
    data = _answer(ds, "churn of inactive members vs active ones")
    assert data["status"] == "ok" and len(data["rows"]) == 2, data
    want = dict(frame.group_by("IsActiveMember").agg(pl.col("Exited").mean()).iter_rows())
    for key, value in data["rows"]:
        assert value == pytest.approx(want[int(key)])
