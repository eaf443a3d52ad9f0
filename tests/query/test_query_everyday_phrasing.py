"""Everyday phrasing around a question's content (insight.query.phrasing, insight.semantic.value_words and the
parser rules beside them): fillers, request verbs, comparisons written as words or signs, ranges, zero, flags set
to 0/1 or negated by a prefix, values named in German, a column word beside its value, the data set's own name,
one ambiguous word alone, YTD vs the same period last year, a website's conversion rate. Expected numbers come
from plain polars on small files written here, never from insight's output."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.query import phrasing
from insight.semantic.value_words import value_aliases


def _ask(ds, question: str):
    from insight.query import Session

    return Session(ds).ask(question)


# -- the small functions -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, want",
    [
        ("revenue of customers with fewer than 3 orders", "at most 2 orders"),
        ("umsatz der kunden mit weniger als 4 bestellungen", "hochstens 3 bestellungen"),
        ("umsatz der kunden aus der schweiz pro kopf", "im schnitt pro kunde"),
        ("revenue per capita in germany", "average per customer"),
        ("orders in 2004 not counting cancelled ones", "excluding cancelled"),
    ],
)
def test_rewrite(text: str, want: str) -> None:
    assert want in " ".join(phrasing.rewrite(text).split())


def test_fewer_than_one_is_left_alone() -> None:
    assert phrasing.rewrite("customers with fewer than 1 orders") == "customers with fewer than 1 orders"


def test_source_words_and_ambiguous_word() -> None:
    assert phrasing.source_words("/data/cdnow/CDNOW_master.txt") == {"cdnow", "master"}
    assert phrasing.source_words("") == frozenset()
    assert phrasing.ambiguous_alone("Kundenwert?") == ("kundenwert", ("customer_capital", "clv", "customer_value"))
    # a bare question frame is the word alone; a qualifier or a grouping keeps the documented default (clv)
    assert phrasing.ambiguous_alone("Wie hoch ist der Kundenwert?") == phrasing.ambiguous_alone("Kundenwert?")
    assert phrasing.ambiguous_alone("Was ist unser Kundenwert?") is not None
    assert phrasing.ambiguous_alone("Wie hoch ist der Kundenwert gesamt?") is None
    assert phrasing.ambiguous_alone("Kundenwert nach Akquisekanal") is None


def test_comparison_signs_become_words() -> None:
    assert "at least" in phrasing.comparison_symbols("Income >= 50000")
    assert "equal to" in phrasing.comparison_symbols("AcceptedCmp3 = 1")
    assert "less than" in phrasing.comparison_symbols("Age < 30")


def test_column_word_beside_value_and_dated_values() -> None:
    assert phrasing.names_the_column_of("deals", "DEALSIZE")
    assert phrasing.names_the_column_of("status", "line_status")
    assert not phrasing.names_the_column_of("motorcycles", "DEALSIZE")
    joined = phrasing.protect_dated_values("einlosequote black friday 2024", ["black friday 2024", "summer sale"])
    assert joined == "einlosequote black_friday_2024" and phrasing.restore(joined) == "einlosequote black friday 2024"


def test_value_aliases() -> None:
    assert "motorrad" in value_aliases("Motorcycles") and "motorcycle" in value_aliases("Motorcycles")
    assert "verheiratet" in value_aliases("Married")
    assert value_aliases("Germany") == ()


# -- on small client files -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    from insight import api

    n = 400
    frame = pl.DataFrame(
        {
            "CustomerId": list(range(15_000_000, 15_000_000 + n)),
            "CreditScore": [350 + (i * 37) % 300 for i in range(n)],  # repeats: a measure, not an id
            "Geography": [("France", "Spain", "Germany")[i % 3] for i in range(n)],
            "Age": [18 + (i * 7) % 60 for i in range(n)],
            "Balance": [0.0 if i % 4 == 0 else 1000.0 + i * 250.5 for i in range(n)],
            "HasCrCard": [1 if i % 3 else 0 for i in range(n)],
            "IsActiveMember": [1 if i % 5 < 2 else 0 for i in range(n)],
            "Exited": [1 if i % 7 == 0 or (i % 5 >= 2 and i % 4 == 1) else 0 for i in range(n)],
            "Response": [1 if i % 6 == 0 else 0 for i in range(n)],
        }
    )
    path = tmp_path_factory.mktemp("bank") / "Bank_Customers.csv"
    frame.write_csv(path)
    return api.load_file(path), frame


def test_age_between_counts_both_bounds(bank) -> None:
    ds, frame = bank
    answer = _ask(ds, "Wie viele Kunden sind zwischen 30 und 40 Jahre alt?")
    assert answer.status == "ok" and answer.rows[0][0] == frame.filter(pl.col("Age").is_between(30, 40)).height


def test_zero_balance(bank) -> None:
    ds, frame = bank
    answer = _ask(ds, "how many customers have a zero balance")
    assert answer.status == "ok" and answer.rows[0][0] == frame.filter(pl.col("Balance") == 0).height


@pytest.mark.parametrize(
    "question, value",
    [
        ("Wie viele Kunden haben HasCrCard = 0?", 0),
        ("Wie viele Kunden haben keine Kreditkarte?", 0),
        ("Wie viele Kunden haben HasCrCard = 1?", 1),
    ],
)
def test_flag_set_to_a_value(bank, question: str, value: int) -> None:
    ds, frame = bank
    answer = _ask(ds, question)
    assert answer.status == "ok" and answer.rows[0][0] == frame.filter(pl.col("HasCrCard") == value).height


@pytest.mark.parametrize(
    "question", ["Wie viele Kunden haben auf die Kampagne reagiert?", "How many customers responded?"]
)
def test_a_deed_column_asked_with_its_verb(bank, question: str) -> None:
    ds, frame = bank
    answer = _ask(ds, question)
    assert answer.status == "ok" and answer.rows[0][0] == frame.filter(pl.col("Response") == 1).height


def test_negated_flag_words_are_a_population(bank) -> None:
    ds, frame = bank
    answer = _ask(ds, "Abwanderungsrate der inaktiven Mitglieder")
    want = frame.filter(pl.col("IsActiveMember") == 0).get_column("Exited").mean()
    assert answer.status == "ok" and answer.rows[0][-1] == pytest.approx(want)


def test_minimum_prefix_and_mean_word(bank) -> None:
    ds, frame = bank
    assert _ask(ds, "Mindest-Kreditscore").rows[0][0] == frame.get_column("CreditScore").min()
    answer = _ask(ds, "Mittelwert Balance")
    assert answer.status == "ok" and answer.rows[0][0] == pytest.approx(frame.get_column("Balance").mean(), abs=0.01)


def test_fillers_and_the_data_sets_own_name(bank) -> None:
    ds, frame = bank
    for question in (
        "Ähm, sag mal, wie viele Kunden haben wir eigentlich?",
        "How many customers at Bank Customers?",
        "Could you pull the number of customers for me?",
    ):
        answer = _ask(ds, question)
        assert answer.status == "ok" and answer.rows[0][0] == frame.height, question


def test_a_sign_before_a_number_compares(bank) -> None:
    ds, frame = bank
    answer = _ask(ds, "customers with Balance >= 5000")
    assert answer.status == "ok" and answer.rows[0][0] == frame.filter(pl.col("Balance") >= 5000).height
    # no column takes the bound: the number is asked about, never 'least' read as the bottom of a ranking
    assert _ask(ds, "customers with Income >= 5000").status == "clarify"


def test_an_unknown_word_is_still_asked_back(bank) -> None:
    ds, _frame = bank
    answer = _ask(ds, "Wie viele Kunden haben eine Hypothek?")
    assert answer.status == "clarify" and "hypothek" in answer.text.lower()


@pytest.fixture(scope="module")
def sales(tmp_path_factory):
    from insight import api

    n = 240
    lines = pl.DataFrame(
        {
            "ORDERNUMBER": [10100 + i // 2 for i in range(n)],
            "QUANTITYORDERED": [10 + i % 7 for i in range(n)],
            "PRICEEACH": [50.0 + (i * 13) % 40 for i in range(n)],
            "SALES": [(10 + i % 7) * (50.0 + (i * 13) % 40) for i in range(n)],
            "ORDERDATE": [
                (dt.date(2004, 1, 1) + dt.timedelta(days=3 * (i // 2))).strftime("%m/%d/%Y 0:00") for i in range(n)
            ],
            "STATUS": [("Shipped", "Shipped", "Shipped", "Cancelled", "On Hold")[i // 2 % 5] for i in range(n)],
            "PRODUCTLINE": [("Motorcycles", "Classic Cars", "Planes")[i % 3] for i in range(n)],
            "CUSTOMERNAME": [f"Customer {i // 2 % 17}" for i in range(n)],
            "COUNTRY": [("USA", "France")[i // 2 % 2] for i in range(n)],
            "DEALSIZE": [("Small", "Medium", "Large")[i // 2 % 3] for i in range(n)],
        }
    )
    path = tmp_path_factory.mktemp("sales") / "sales_sample.csv"
    lines.write_csv(path)
    return api.load_file(path), lines.filter(pl.col("STATUS") != "Cancelled")


def test_german_plural_of_an_english_value(sales) -> None:
    ds, lines = sales
    answer = _ask(ds, "Umsatz mit Motorrädern")
    want = lines.filter(pl.col("PRODUCTLINE") == "Motorcycles").get_column("SALES").sum()
    assert answer.status == "ok" and answer.rows[0][0] == pytest.approx(want, abs=0.01)


def test_column_word_beside_its_value(sales) -> None:
    ds, lines = sales
    answer = _ask(ds, "Durchschnittlicher Auftragswert bei Large Deals")
    large = lines.filter(pl.col("DEALSIZE") == "Large").group_by("ORDERNUMBER").agg(pl.col("SALES").sum())
    assert answer.status == "ok" and answer.rows[0][0] == pytest.approx(large.get_column("SALES").mean(), abs=0.01)


def test_excluding_a_value_that_is_also_a_metric(sales) -> None:
    ds, lines = sales
    answer = _ask(ds, "how many orders excluding cancelled")
    assert answer.status == "ok" and answer.columns == ["orders"]
    assert answer.rows[0][0] == lines.get_column("ORDERNUMBER").n_unique()


# -- on the demo workspace -----------------------------------------------------------------------------
def test_kundenwert_alone_is_asked_back(demo) -> None:
    answer = _ask(demo, "Kundenwert")
    assert answer.status == "clarify" and len(answer.options) == 3


def test_website_conversion_rate_names_the_word(demo) -> None:
    answer = _ask(demo, "website conversion rate")
    assert answer.status == "clarify" and "conversion" in answer.text.lower()
    assert _ask(demo, "conversion rate").status == "ok"  # the lead funnel itself stays


def test_ytd_vs_same_period_last_year(demo) -> None:
    from insight.query import Session

    plan = Session(demo).plan("revenue YTD vs the same period last year")
    a, b = plan.compare.a, plan.compare.b
    assert plan.intent == "compare" and a.kind == "this_year"
    assert (b.start, b.end) == (a.start.replace(year=a.start.year - 1), a.end.replace(year=a.end.year - 1))
    answer = _ask(demo, "revenue YTD vs the same period last year")
    assert answer.columns[0] == "year" and [r[0] for r in answer.rows] == [a.start.year, b.start.year]


def test_unknown_metric_word_beside_a_value_is_named(demo) -> None:
    answer = _ask(demo, "Wie hoch ist die Öffnungsrate unserer Newsletter?")
    assert answer.status == "clarify" and "öffnungsrate" in answer.text.lower()
