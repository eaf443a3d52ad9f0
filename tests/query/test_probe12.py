"""Probe 12: a consultant's questions on the foreign tables, imported into real SQLite workspaces, that were answered
silently wrong (docs/ask.md: `cancelled_amount`, `share_of_value`, `female_customers`, the reach of a negation, value
heads, "only … customers" as a follow-up). Every expectation is computed here with plain polars on the raw file."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

FOREIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"
P = pl.col


def _workspace(tmp_path_factory, name: str):
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    db = tmp_path_factory.mktemp("probe12") / "ws.db"
    ia.import_files([path], workspace=db)
    return ia.load(workspace=db)


@pytest.fixture(scope="module")
def sales(tmp_path_factory):
    raw = (
        pl.read_csv(FOREIGN / "sales_data_sample.csv", encoding="utf8-lossy")
        if (FOREIGN / "sales_data_sample.csv").exists()
        else None
    )
    return _workspace(tmp_path_factory, "sales_data_sample.csv"), raw


@pytest.fixture(scope="module")
def churn(tmp_path_factory):
    ds = _workspace(tmp_path_factory, "Churn_Modelling.csv")
    return ds, pl.read_csv(FOREIGN / "Churn_Modelling.csv")


@pytest.fixture(scope="module")
def marketing(tmp_path_factory):
    ds = _workspace(tmp_path_factory, "marketing_campaign.csv")
    return ds, pl.read_csv(FOREIGN / "marketing_campaign.csv", separator="\t")


def _one(answer) -> float:
    assert answer.status == "ok", answer.understood
    assert answer.table.height == 1, answer.table
    return answer.table.row(0)[-1]


# -- a cancel word right before the money word: the value of the cancelled lines ----------------------------------
@pytest.mark.parametrize(
    "question", ["Cancelled sales value by country", "cancelled revenue by country", "stornierter Umsatz je Land"]
)
def test_cancelled_money_by_country_is_their_value(sales, question):
    ds, raw = sales
    answer = ia.ask(question, ds)
    assert answer.status == "ok", answer.understood
    want = raw.filter(P("STATUS") == "Cancelled").group_by("COUNTRY").agg(P("SALES").sum())
    got = answer.table.select("country", "cancelled_value")
    assert got.height == want.height
    joined = want.join(got, left_on="COUNTRY", right_on="country")
    assert joined.height == want.height
    assert (joined["SALES"] - joined["cancelled_value"]).abs().max() < 0.01


def test_revenue_and_cancelled_orders_still_lists_both(sales):
    ds, _raw = sales
    answer = ia.ask("revenue and cancelled orders by country", ds)
    assert answer.status == "ok" and "revenue" in answer.table.columns and "cancelled_orders" in answer.table.columns


# -- a share with values of two columns: the one at the share word is the part, the other the scope ---------------
@pytest.mark.parametrize(
    "question",
    [
        "Anteil der Large-Deals am Umsatz in Deutschland",
        "Umsatzanteil von Large in Deutschland",
        "share of Large deals in revenue in Germany",
    ],
)
def test_share_of_a_deal_size_within_a_country(sales, question):
    ds, raw = sales
    kept = raw.filter(P("STATUS") != "Cancelled", P("COUNTRY") == "Germany")
    want = kept.filter(P("DEALSIZE") == "Large")["SALES"].sum() / kept["SALES"].sum()
    answer = ia.ask(question, ds)
    assert answer.table.columns == ["revenue_share"], answer.understood
    assert _one(answer) == pytest.approx(want, abs=1e-4)
    assert "DEALSIZE" in answer.understood.split("·")[0]  # the understood names the part


def test_share_of_a_country_within_a_deal_size(sales):
    ds, raw = sales
    kept = raw.filter(P("STATUS") != "Cancelled", P("DEALSIZE") == "Large")
    want = kept.filter(P("COUNTRY") == "Germany")["SALES"].sum() / kept["SALES"].sum()
    assert _one(ia.ask("Umsatzanteil Deutschlands bei Large Deals", ds)) == pytest.approx(want, abs=1e-4)


def test_share_of_one_value_keeps_the_whole_as_its_scope(sales):
    ds, raw = sales
    kept = raw.filter(P("STATUS") != "Cancelled", P("YEAR_ID") == 2003)
    want = kept.filter(P("COUNTRY") == "Spain")["SALES"].sum() / kept["SALES"].sum()
    assert _one(ia.ask("Umsatzanteil von Spanien am Gesamtumsatz 2003", ds)) == pytest.approx(want, abs=1e-4)


# -- 'Kundinnen' alone: the female customers where the data has a gender ------------------------------------------
def test_feminine_customer_noun_is_the_women(churn):
    ds, raw = churn
    want = raw.filter(P("Exited") == 1, P("Gender") == "Female")["Age"].mean()
    assert _one(ia.ask("Durchschnittsalter der abgewanderten Kundinnen", ds)) == pytest.approx(want, abs=1e-6)
    want = raw.filter(P("Geography") == "Spain", P("Gender") == "Female")["Exited"].mean()
    assert _one(ia.ask("Abwanderungsrate der Kundinnen in Spanien", ds)) == pytest.approx(want, abs=1e-6)


@pytest.mark.parametrize("question", ["Wie viele KundInnen haben wir?", "Wie viele Kundinnen und Kunden haben wir?"])
def test_inclusive_writing_stays_all_customers(churn, question):
    ds, raw = churn
    assert _one(ia.ask(question, ds)) == raw.height


def test_feminine_noun_without_a_gender_stays_the_customers(marketing):
    ds, raw = marketing
    assert _one(ia.ask("Wie viele Kundinnen haben wir?", ds)) == raw.height


# -- a negated flag does not reach a value named after it ---------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["Churn rate of inactive members in Germany", "Abwanderungsrate der inaktiven Mitglieder in Deutschland"],
)
def test_inactive_members_in_a_country(churn, question):
    ds, raw = churn
    want = raw.filter(P("IsActiveMember") == 0, P("Geography") == "Germany")["Exited"].mean()
    assert _one(ia.ask(question, ds)) == pytest.approx(want, abs=1e-6)


def test_balance_of_inactive_members_in_france(churn):
    ds, raw = churn
    want = raw.filter(P("IsActiveMember") == 0, P("Geography") == "France")["Balance"].mean()
    assert _one(ia.ask("average balance of inactive members in France", ds)) == pytest.approx(want, abs=1e-4)


def test_a_list_after_excluding_is_still_excluded(churn):
    ds, raw = churn
    want = raw.filter(P("Geography") == "France")["Exited"].mean()
    assert _one(ia.ask("churn rate excluding Germany and Spain", ds)) == pytest.approx(want, abs=1e-6)


# -- an alias's tail is no name of the value ----------------------------------------------------------------------
def test_a_degree_word_alone_is_no_basic_education(marketing):
    ds, raw = marketing
    answer = ia.ask("Anteil der Kunden mit Beschwerde unter den Kunden mit Abschluss Graduation", ds)
    want = raw.filter(P("Education") == "Graduation")["Complain"].mean()
    assert _one(answer) == pytest.approx(want, abs=1e-6)
    assert ia.ask("Wie viele Kunden haben einen Abschluss?", ds).status == "clarify"
    basic = raw.filter(P("Education") == "Basic").height
    assert _one(ia.ask("Wie viele Kunden haben einen Hauptschulabschluss?", ds)) == basic


# -- "only <value> customers" as a follow-up restricts the previous figure ----------------------------------------
@pytest.mark.parametrize("follow", ["only married customers", "nur verheiratete Kunden"])
def test_only_some_customers_restricts_the_previous_figure(marketing, follow):
    ds, raw = marketing
    session = Session(ds)
    session.ask("mean income by education")
    answer = session.ask(follow)
    assert answer.status == "ok" and answer.table.columns == ["education", "mean_income"], answer.understood
    want = raw.filter(P("Marital_Status") == "Married").group_by("Education").agg(P("Income").mean())
    joined = want.join(answer.table, left_on="Education", right_on="education")
    assert joined.height == want.height
    assert (joined["Income"] - joined["mean_income"]).abs().max() < 1e-6


# -- a value per customer ranked by groups: average, largest or total is asked back --------------------------------
@pytest.mark.parametrize(
    "question",
    ["Highest income by education", "Which education has the highest income?", "höchstes Einkommen nach Bildung"],
)
def test_ranking_groups_by_a_value_per_customer_asks_back(marketing, question):
    ds, _raw = marketing
    answer = ia.ask(question, ds)
    assert answer.status == "clarify" and len(answer.options) == 3, answer.understood


def test_the_average_said_is_answered(marketing):
    ds, raw = marketing
    answer = ia.ask("average income by education", ds)
    want = raw.group_by("Education").agg(P("Income").mean())
    joined = want.join(answer.table, left_on="Education", right_on="education")
    assert answer.status == "ok" and joined.height == want.height
    assert (joined["Income"] - joined["mean_income"]).abs().max() < 1e-6


def test_the_highest_single_value_without_groups_stays_the_maximum(churn):
    ds, raw = churn
    want = raw.filter(P("Geography") == "France")["Balance"].max()
    assert _one(ia.ask("highest balance in France", ds)) == pytest.approx(want, abs=0.01)


# -- a period left out is asked back ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Revenue in Germany excluding December 2011",
        "Umsatz außer im Dezember 2011",
        "revenue not in 2011",
        "Umsatz ohne Q4 2011",
    ],
)
def test_a_period_left_out_is_asked_back(sales, question):
    ds, _raw = sales
    answer = ia.ask(question, ds)
    assert answer.status == "clarify", answer.understood


def test_customers_absent_in_a_year_stay_answered(sales):
    ds, raw = sales
    kept = raw.filter(P("STATUS") != "Cancelled")
    want = len(set(kept["CUSTOMERNAME"]) - set(kept.filter(P("YEAR_ID") == 2005)["CUSTOMERNAME"]))
    assert _one(ia.ask("How many customers did not order in 2005?", ds)) == want
