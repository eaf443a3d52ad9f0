"""Restrictions a consultant states in words are filters of the answer, never dropped and never a second
metric (docs/ask.md, "Restrictions named in words"): numeric comparisons, yes/no columns in relative
clauses, shares of customers, and "Vorjahr" beside a named period. Expectations in plain polars."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

FOREIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def raw_path(name: str) -> Path:
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


@pytest.fixture(scope="module")
def churn_ds():
    return ia.load_file(raw_path("Churn_Modelling.csv"))


def _scalar(answer) -> float:
    data = answer.to_json()
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data
    return data["rows"][0][0]


@pytest.mark.parametrize(("question", "expect"), [
    ("average EstimatedSalary of customers older than 50",
     lambda raw: raw.filter(pl.col("Age") > 50)["EstimatedSalary"].mean()),
    ("churn rate for customers with a balance of 0",
     lambda raw: raw.filter(pl.col("Balance") == 0)["Exited"].mean()),
    ("Durchschnittsalter der abgewanderten Kunden", lambda raw: raw.filter(pl.col("Exited") == 1)["Age"].mean()),
    ("average EstimatedSalary of customers who exited",
     lambda raw: raw.filter(pl.col("Exited") == 1)["EstimatedSalary"].mean()),
    ("Wie viele Kunden haben eine Kreditkarte?", lambda raw: raw.filter(pl.col("HasCrCard") == 1).height),
    ("Wie hoch ist die Abwanderungsquote bei Kunden mit Kreditkarte?",
     lambda raw: raw.filter(pl.col("HasCrCard") == 1)["Exited"].mean()),
    ("How many customers have a CreditScore below 500?", lambda raw: raw.filter(pl.col("CreditScore") < 500).height),
])
def test_a_restriction_in_words_is_a_filter(churn_ds, churn_raw, question, expect):
    assert _scalar(ia.ask(question, churn_ds)) == pytest.approx(expect(churn_raw), rel=1e-9)


def test_share_of_customers_is_customers_over_all(churn_ds, churn_raw):
    got = ia.ask("share of customers with HasCrCard by Geography", churn_ds).to_json()
    assert got["status"] == "ok"
    expected = dict(churn_raw.group_by("Geography").agg(pl.col("HasCrCard").mean()).iter_rows())
    assert {row[0]: row[1] for row in got["rows"]} == pytest.approx(expected)


def test_the_previous_year_of_a_named_month_is_that_month_a_year_earlier(sales_raw):
    got = ia.ask("Umsatz im Mai 2004 im Vergleich zum Vorjahr", ia.load_file(raw_path("sales_data_sample.csv"))).to_json()
    assert got["status"] == "ok", got["text"]
    sales = sales_raw.with_columns(day=pl.col("ORDERDATE").str.to_datetime("%m/%d/%Y %H:%M")).filter(
        pl.col("STATUS") != "Cancelled")

    def may(year: int) -> float:
        return sales.filter((pl.col("day") >= dt.datetime(year, 5, 1)) & (pl.col("day") < dt.datetime(year, 6, 1)))[
            "SALES"].sum()

    assert dict(got["rows"]) == pytest.approx({"2004-05": may(2004), "2003-05": may(2003)})


def test_customers_in_a_relative_clause_are_counted_with_the_flag(churn_ds, churn_raw):
    got = ia.ask("customers who exited by Geography", churn_ds).to_json()
    assert got["status"] == "ok", got["text"]
    expected = dict(churn_raw.filter(pl.col("Exited") == 1).group_by("Geography").len().iter_rows())
    assert {row[0]: row[1] for row in got["rows"]} == expected
    mean = ia.ask("mean Balance of customers who exited", churn_ds).to_json()
    assert mean["rows"] == [[pytest.approx(churn_raw.filter(pl.col("Exited") == 1)["Balance"].mean())]]


def test_a_share_of_customers_in_revenue_is_their_revenue_share(sales_raw):
    """"Anteil der Kunden aus Frankreich am Umsatz": the customers' share of revenue, not a share of customers."""
    got = ia.ask("Anteil der Kunden aus Frankreich am Umsatz", ia.load_file(raw_path("sales_data_sample.csv"))).to_json()
    assert got["status"] == "ok" and got["columns"] == ["revenue_share"], got
    sales = sales_raw.filter(pl.col("STATUS") != "Cancelled")
    expected = sales.filter(pl.col("COUNTRY") == "France")["SALES"].sum() / sales["SALES"].sum()
    assert got["rows"] == [[pytest.approx(expected)]]


def test_the_measured_flag_is_not_also_a_filter(churn_ds, churn_raw):
    """"Wie viel Prozent der Kunden aus Deutschland sind abgewandert?": the churn rate of Germany, never 100 %."""
    got = ia.ask("Wie viel Prozent der Kunden aus Deutschland sind abgewandert?", churn_ds).to_json()
    expected = churn_raw.filter(pl.col("Geography") == "Germany")["Exited"].mean()
    assert got["rows"] == [[pytest.approx(expected)]], got["text"]
    count = ia.ask("Wie viele Kunden sind abgewandert?", churn_ds).to_json()
    assert count["rows"] == [[churn_raw["Exited"].sum()]] and count["understood"].count("Exited") == 1


@pytest.mark.parametrize(("question", "expect"), [
    ("Wie hoch ist der durchschnittliche Kontostand der Kunden in Spanien, die nicht abgewandert sind?",
     lambda raw: raw.filter((pl.col("Geography") == "Spain") & (pl.col("Exited") == 0))["Balance"].mean()),
    ("average balance for active members",
     lambda raw: raw.filter(pl.col("IsActiveMember") == 1)["Balance"].mean()),
])
def test_a_relative_clause_after_a_restricted_noun_and_a_flag_after_for_are_filters(churn_ds, question,
                                                                                     expect) -> None:
    raw = pl.read_csv(raw_path("Churn_Modelling.csv"))
    assert _scalar(ia.ask(question, data=churn_ds)) == pytest.approx(expect(raw), rel=1e-9)


def test_a_flag_after_for_filters_a_grouped_rate(churn_ds) -> None:
    raw = pl.read_csv(raw_path("Churn_Modelling.csv"))
    data = ia.ask("Churn rate by gender for active members", data=churn_ds).to_json()
    assert data["status"] == "ok", data["text"]
    got = {r[0]: r[-1] for r in data["rows"]}
    expected = dict(raw.filter(pl.col("IsActiveMember") == 1).group_by("Gender").agg(pl.col("Exited").mean())
                    .iter_rows())
    assert got.keys() == expected.keys() and all(got[k] == pytest.approx(v) for k, v in expected.items())


_ACTIVE = pl.col("IsActiveMember") == 1


@pytest.mark.parametrize(("question", "expect"), [
    ("Durchschnittliches Guthaben der aktiven Mitglieder über 50",
     lambda raw: raw.filter(_ACTIVE & (pl.col("Age") > 50))["Balance"].mean()),
    ("average balance of active members over 50",
     lambda raw: raw.filter(_ACTIVE & (pl.col("Age") > 50))["Balance"].mean()),
    ("mean balance for inactive members", lambda raw: raw.filter(~_ACTIVE)["Balance"].mean()),
    ("Wie hoch ist das Guthaben aktiver Kunden in Deutschland im Schnitt?",
     lambda raw: raw.filter(_ACTIVE & (pl.col("Geography") == "Germany"))["Balance"].mean()),
    ("Durchschnittliches Guthaben aktiver Kunden mit Kreditkarte",
     lambda raw: raw.filter(_ACTIVE & (pl.col("HasCrCard") == 1))["Balance"].mean()),
    ("average balance for customers with a credit card", lambda raw: raw.filter(pl.col("HasCrCard") == 1)["Balance"].mean()),
    ("Wie viele aktive Kunden mit Kreditkarte gibt es?", lambda raw: raw.filter(_ACTIVE & (pl.col("HasCrCard") == 1)).height),
    ("Wie viele inaktive Kunden gibt es?", lambda raw: raw.filter(~_ACTIVE).height),
    ("average balance of active customers", lambda raw: raw.filter(_ACTIVE)["Balance"].mean()),
    ("Anteil der aktiven Mitglieder", lambda raw: raw["IsActiveMember"].mean()),
])
def test_a_flag_named_by_its_people_filters_the_figure(churn_ds, churn_raw, question, expect):
    """A yes/no column named by the people it marks ("der aktiven Mitglieder", "aktiver Kunden", "of active
    members") selects them; only right after a share word is it the measured share."""
    assert _scalar(ia.ask(question, churn_ds)) == pytest.approx(expect(churn_raw), rel=1e-9)
