"""A client's customer table imported with `insight import` (docs/ask.md, "Client columns of a customers table"):
a date column named with a period filters on that column, a whole-number money column whose values all differ
stays a measure, a numeric headcount ('Mitarbeiter') stays a number. Every expectation is plain polars on the file."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

P = pl.col


def _one(answer) -> float:
    assert answer.status == "ok", answer.text
    return answer.rows[0][-1]


@pytest.fixture(scope="module")
def kunden(tmp_path_factory):
    """30 German customers: ';'-separated, a contract end date, a whole-number annual revenue (all distinct)."""
    rng = random.Random(11)
    rows = []
    for k in range(30):
        end = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(4 * 365))
        rows.append(
            {
                "Kundennr": f"K{k:03d}",
                "Name": f"Firma {k}",
                "Branche": rng.choice(["Handel", "Industrie", "Dienste"]),
                "Newsletter J/N": rng.choice("JN"),
                "Vertragsende": end.strftime("%d.%m.%Y"),
                "Jahresumsatz": 50_000 + 1_000 * k + rng.randrange(900),
                "Mitarbeiter": rng.randrange(1, 400),
                "Gekündigt": rng.choice("JN"),
            }
        )
    raw = pl.DataFrame(rows)
    path = tmp_path_factory.mktemp("kunden") / "kunden.csv"
    raw.write_csv(path, separator=";")
    db = path.parent / "ws.db"
    ia.import_files([path], workspace=db)
    return ia.load(workspace=db), raw.with_columns(P("Vertragsende").str.to_date("%d.%m.%Y"))


@pytest.fixture(scope="module")
def subs(tmp_path_factory):
    rng = random.Random(5)
    raw = pl.DataFrame(
        [
            {
                "Customer ID": f"C{k}",
                "Plan": rng.choice(["Basic", "Pro"]),
                "Signup Date": (dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1400))).isoformat(),
                "Seats": rng.randrange(1, 50),
            }
            for k in range(25)
        ]
    )
    path = tmp_path_factory.mktemp("subs") / "subscriptions.csv"
    raw.write_csv(path)
    db = path.parent / "ws.db"
    ia.import_files([path], workspace=db)
    return ia.load(workspace=db), raw.with_columns(P("Signup Date").str.to_date())


@pytest.mark.parametrize("question", ["Kunden mit Vertragsende 2025", "Wie viele Kunden haben Vertragsende 2025?"])
def test_a_named_date_column_takes_the_period(kunden, question):
    ds, raw = kunden
    answer = Session(ds).ask(question)
    assert _one(answer) == raw.filter(P("Vertragsende").dt.year() == 2025).height
    assert "Vertragsende" in answer.understood


def test_a_measure_of_the_customers_with_a_named_date(kunden):
    ds, raw = kunden
    answer = Session(ds).ask("Jahresumsatz der Kunden mit Vertragsende 2026")
    assert answer.status == "ok", answer.text
    want = raw.filter(P("Vertragsende").dt.year() == 2026).get_column("Jahresumsatz").sum()
    assert answer.table.get_column("sum_jahresumsatz")[0] == pytest.approx(want)


def test_a_named_signup_date_takes_the_year(subs):
    ds, raw = subs
    answer = Session(ds).ask("customers with signup date in 2023")
    assert _one(answer) == raw.filter(P("Signup Date").dt.year() == 2023).height


def test_an_annual_revenue_whose_values_all_differ_is_a_measure(kunden):
    ds, raw = kunden
    assert raw.get_column("Jahresumsatz").n_unique() == raw.height > 20
    answer = Session(ds).ask("Jahresumsatz je Branche")
    assert answer.status == "ok", answer.text
    want = raw.group_by("Branche").agg(P("Jahresumsatz").sum())
    joined = want.join(answer.table, left_on="Branche", right_on="industry")
    assert joined.height == want.height
    assert (joined["Jahresumsatz"] - joined["sum_jahresumsatz"]).abs().max() < 1e-6


def test_a_numeric_headcount_is_a_number(kunden):
    ds, raw = kunden
    answer = Session(ds).ask("Durchschnittliche Mitarbeiter je Branche")
    assert answer.status == "ok", answer.text
    want = raw.group_by("Branche").agg(P("Mitarbeiter").mean())
    joined = want.join(answer.table, left_on="Branche", right_on="industry")
    assert joined.height == want.height
    assert (joined["Mitarbeiter"] - joined["mean_mitarbeiter"]).abs().max() < 1e-6


@pytest.mark.parametrize(
    "question",
    [
        "Kunden mit mehr als 50 Mitarbeitern",
        "Kunden mit über 50 Mitarbeitern",
        "Wie viele Kunden haben mehr als 50 Mitarbeiter?",
    ],
)
def test_a_headcount_threshold(kunden, question):
    ds, raw = kunden
    assert _one(Session(ds).ask(question)) == raw.filter(P("Mitarbeiter") > 50).height


def test_an_english_count_before_the_column(subs):
    ds, raw = subs
    assert _one(Session(ds).ask("how many customers have more than 10 seats")) == raw.filter(P("Seats") > 10).height


@pytest.mark.parametrize("follow", ["ohne Newsletter", "und ohne Newsletter"])
def test_a_bare_without_follow_up_restricts_the_previous_figure(kunden, follow):
    ds, raw = kunden
    session = Session(ds)
    session.ask("Jahresumsatz je Branche")
    answer = session.ask(follow)
    assert answer.status == "ok", answer.text
    want = raw.filter(P("Newsletter J/N") == "N").group_by("Branche").agg(P("Jahresumsatz").sum())
    joined = want.join(answer.table, left_on="Branche", right_on="industry")
    assert joined.height == want.height == answer.table.height
    assert (joined["Jahresumsatz"] - joined["sum_jahresumsatz"]).abs().max() < 1e-6


def test_without_alone_and_no_previous_figure_still_asks_back(kunden):
    ds, _raw = kunden
    assert Session(ds).ask("ohne Newsletter").status == "clarify"


@pytest.mark.parametrize("question", ["customers who signed up in 2023", "how many customers signed up in 2023?"])
def test_words_of_a_signup_date_with_a_year(subs, question):
    ds, raw = subs
    assert _one(Session(ds).ask(question)) == raw.filter(P("Signup Date").dt.year() == 2023).height


def test_a_measure_of_those_who_signed_up(subs):
    ds, raw = subs
    want = raw.filter(P("Signup Date").dt.year() == 2022).get_column("Seats").mean()
    assert _one(Session(ds).ask("average seats of customers who signed up in 2022")) == pytest.approx(want)


def test_signed_up_without_a_year_is_not_dropped(subs):
    ds, _raw = subs
    assert Session(ds).ask("customers who signed up last quarter").status == "clarify"


def test_size_bands_stay_the_company_size(tmp_path):
    raw = pl.DataFrame(
        {"Kundennr": ["K1", "K2", "K3"], "Branche": ["Handel"] * 3, "Mitarbeiter": ["1-9", "10-49", "250+"]}
    )
    path = tmp_path / "kunden.csv"
    raw.write_csv(path, separator=";")
    ia.import_files([path], workspace=tmp_path / "ws.db")
    ds = ia.load(workspace=tmp_path / "ws.db")
    assert sorted(ds.customers.get_column("company_size").to_list()) == sorted(raw.get_column("Mitarbeiter").to_list())


def test_a_numeric_headcount_is_no_company_size(kunden):
    ds, _raw = kunden
    assert ds.customers.get_column("company_size").null_count() == ds.customers.height


@pytest.mark.parametrize(
    "question", ["Wie viele Kunden, deren Vertrag 2025 endet?", "Kunden, deren Vertrag 2025 endet"]
)
def test_a_compound_date_header_named_by_its_parts(kunden, question):
    ds, raw = kunden
    assert _one(Session(ds).ask(question)) == raw.filter(P("Vertragsende").dt.year() == 2025).height


def test_another_unknown_word_beside_the_date_words_still_asks_back(kunden):
    ds, _raw = kunden
    answer = Session(ds).ask("Kunden, deren Vertrag 2025 bla endet")
    assert answer.status == "clarify" and "bla" in answer.text
