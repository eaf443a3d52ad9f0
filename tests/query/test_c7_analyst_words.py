"""Round 7 (English-speaking clients): ordinary words never data, answer shapes, US analysts' words, named days
and subscription questions asked back. A small invoice export generated into tmp_path, every answer checked
against plain polars on the same table."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.query.named_days import period_over_period, rewrite, thanksgiving


def _ask(ds, question: str):
    from insight.query import Session

    return Session(ds).ask(question)


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    """Invoices of 2023–2024 with ISO country codes (US, IN, DE), an invoice status, items, tips, comps, a
    Total incl. tip and an Open Balance."""
    rng = random.Random(11)
    rows = []
    for k in range(600):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700))
        if k < 40:  # a Black-Friday-to-Cyber-Monday peak
            day = dt.date(2023, 11, 24) + dt.timedelta(days=k % 4)
        amount = round(rng.uniform(20, 900), 2)
        status = rng.choice(["Paid", "Paid", "Paid", "Open", "Overdue"])
        tip = round(amount * 0.1, 2)
        rows.append({
            "Invoice": f"INV{k:05d}", "Date": day.isoformat(), "Customer": f"Client {k % 90}",
            "Country": ("US", "IN", "DE")[k % 90 % 3], "Status": status,
            "Item": rng.choice(["Development", "Design", "Consulting"]), "Method": rng.choice(["card", "upi"]),
            "Amount": amount, "Tip": tip, "Comp Amount": round(rng.choice([0, 0, 0, 5.5]), 2),
            "Total": round(amount + tip, 2), "Open Balance": 0.0 if status == "Paid" else amount,
            "Paid?": "TRUE" if status == "Paid" else "FALSE",
        })
    frame = pl.DataFrame(rows).with_columns(pl.col("Date").str.to_date())
    path = tmp_path_factory.mktemp("c7") / "invoices.csv"
    frame.write_csv(path)
    mapping = {"Invoice": "order_id", "Date": "order_date", "Customer": "customer_id", "Amount": "amount"}
    return ia.load_file(path, mapping=mapping), frame


def _scalar(answer) -> float:
    assert answer.status == "ok", answer.text
    assert len(answer.rows) == 1, answer.rows
    return float(answer.rows[0][-1])


# -- 1. function words are never data by themselves ------------------------------------------------------


@pytest.mark.parametrize("question", ["How much did we make in total?", "Wie viel haben wir insgesamt umgesetzt?"])
def test_in_total_is_neither_the_country_in_nor_the_total_column(invoices, question) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, question)) == pytest.approx(frame["Amount"].sum())
    assert _scalar(_ask(ds, "sum of Total")) == pytest.approx(frame["Total"].sum())  # the column named as such


def test_bought_from_us_is_no_country_filter(invoices) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, "How many customers bought from us?")) == frame["Customer"].n_unique()


@pytest.mark.parametrize(("question", "code"), [("How many customers in the US?", "US"), ("revenue from IN", "IN"),
                                                ("Umsatz in Deutschland", "DE")])
def test_a_country_code_written_as_a_code_or_the_name_is_the_country(invoices, question, code) -> None:
    ds, frame = invoices
    part = frame.filter(pl.col("Country") == code)
    want = part["Customer"].n_unique() if "customers" in question else part["Amount"].sum()
    assert _scalar(_ask(ds, question)) == pytest.approx(want)


# -- 2. answer shapes ----------------------------------------------------------------------------------


def test_how_much_on_open_invoices_is_their_amount_not_their_count(invoices) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, "How much is on open invoices?")) == pytest.approx(
        frame.filter(pl.col("Status") == "Open")["Amount"].sum())
    assert _scalar(_ask(ds, "How many open invoices?")) == frame.filter(pl.col("Status") == "Open").height


@pytest.mark.parametrize("question", ["How much do customers still owe us?", "How much money is still outstanding?",
                                      "How much is unpaid?", "How much revenue is unpaid?"])
def test_still_owed_is_the_sum_of_the_balance_column(invoices, question) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, question)) == pytest.approx(frame["Open Balance"].sum())


def test_a_value_named_like_the_trend_word_is_the_value(invoices) -> None:
    ds, frame = invoices
    want = frame.filter((pl.col("Item") == "Development") & (pl.col("Date").dt.year() == 2024))["Amount"].sum()
    assert _scalar(_ask(ds, "Umsatz mit Development im Jahr 2024")) == pytest.approx(want)


# -- 3. US analysts' words -----------------------------------------------------------------------------


def test_mom_is_per_month_of_the_year_named(invoices) -> None:
    ds, frame = invoices
    answer = _ask(ds, "MoM revenue in 2024")
    assert answer.status == "ok" and answer.columns[0] == "month"
    want = frame.filter(pl.col("Date").dt.year() == 2024).group_by(pl.col("Date").dt.strftime("%Y-%m")).agg(
        pl.col("Amount").sum())
    assert {r[0]: round(r[-1], 2) for r in answer.rows} == {r[0]: round(r[1], 2) for r in want.iter_rows()}


@pytest.mark.parametrize("question", ["Show me revenue YoY", "Revenue YoY by year", "revenue year-over-year"])
def test_yoy_is_per_year(invoices, question) -> None:
    ds, frame = invoices
    answer = _ask(ds, question)
    assert answer.status == "ok" and answer.columns[0] == "year"
    assert {int(r[0]) for r in answer.rows} == {2023, 2024}


def test_period_over_period_words() -> None:
    assert period_over_period("MoM sales 2024") == "by month sales 2024"
    assert period_over_period("Revenue YoY by year") == "Revenue by year"
    assert period_over_period("Mom and dad") == "by month and dad"  # the word itself, whatever its case
    assert period_over_period("momentum") == "momentum"


@pytest.mark.parametrize(("question", "column"), [("How much did we get in tips?", "Tip"),
                                                  ("How much did we comp?", "Comp Amount")])
def test_a_plural_or_head_word_names_the_clients_column(invoices, question, column) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, question)) == pytest.approx(frame[column].sum())


def test_bill_is_a_revenue_verb_and_payment_method_names_method(invoices) -> None:
    ds, frame = invoices
    assert _scalar(_ask(ds, "How much did we bill in 2024?")) == pytest.approx(
        frame.filter(pl.col("Date").dt.year() == 2024)["Amount"].sum())
    answer = _ask(ds, "revenue by payment method")
    assert answer.status == "ok" and answer.columns[0] == "method"


# -- 4. named days -------------------------------------------------------------------------------------


def test_thanksgiving_and_the_days_after_it() -> None:
    assert thanksgiving(2023) == dt.date(2023, 11, 23) and thanksgiving(2024) == dt.date(2024, 11, 28)
    assert rewrite("Umsatz Cyber Monday 2024") == "Umsatz 2 December 2024"
    assert rewrite("Black Friday 2023", frozenset({"black friday"})) == "Black Friday 2023"  # a campaign value


@pytest.mark.parametrize(("question", "days"), [
    ("How much did we sell on Black Friday 2023 (Nov 24, 2023)?", 1),
    ("Sales from Black Friday through Cyber Monday 2023, i.e. Nov 24 to Nov 27, 2023", 4),
    ("Umsatz vom 24.–27. November 2023", 4),
    ("revenue November 24-27, 2023", 4),
])
def test_named_days_and_us_day_ranges(invoices, question, days) -> None:
    ds, frame = invoices
    start = dt.date(2023, 11, 24)
    want = frame.filter(pl.col("Date").is_between(start, start + dt.timedelta(days=days - 1)))["Amount"].sum()
    assert _scalar(_ask(ds, question)) == pytest.approx(want)


# -- 5./6. subscription questions the order lines do not answer as asked ------------------------------


@pytest.mark.parametrize("question", ["What's our net revenue retention?", "NRR 2024", "Wie hoch ist die Netto-Umsatzbindung?",
                                      "How many churned accounts did we have last month?",
                                      "How many customers churned last quarter?"])
def test_asked_back(invoices, question) -> None:
    ds, _ = invoices
    answer = _ask(ds, question)
    assert answer.status == "clarify", answer.text


def test_customers_lost_in_a_year_still_answered(invoices) -> None:
    ds, _ = invoices
    answer = _ask(ds, "How many customers did we lose in 2024?")
    assert answer.status == "ok" and "churn_rate" in answer.columns
