"""Probe 15: a consultant's questions in the client's own words on client files imported into a SQLite workspace —
a percentage header ('Rabatt %') that was summed and ranked by its sum, a flag header with its yes/no marker
('Newsletter J/N') that its plain name did not reach, and a sales channel 'Telefon' read as "has a phone number"
(docs/ask.md). Every expectation is computed here with plain polars on the file the test writes."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

P = pl.col
_BRANCHEN = ["Großhandel", "Einzelhandel", "Handwerk", "Gastronomie"]
_WEGE = ["Außendienst", "Online-Shop", "Telefon"]
_LAENDER = ["Bayern", "Hessen", "Sachsen"]


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    """A German invoice list (semicolon, decimal comma) with a discount in percent, imported into a workspace."""
    n = 240
    truth = pl.DataFrame({
        "Rechnungsnr": [f"R{i:04d}" for i in range(n)],
        "Kundennr": [f"K{100 + i % 37}" for i in range(n)],
        "Rechnungsdatum": [f"{1 + i % 28:02d}.{1 + i % 12:02d}.{2023 + i % 2}" for i in range(n)],
        "Netto": [round(50 + (i * 37) % 900 + (i % 7) / 4, 2) for i in range(n)],
        "Branche": [_BRANCHEN[(i % 37) % 4] for i in range(n)],
        "Vertriebsweg": [_WEGE[(i * 5) % 3] for i in range(n)],
        "Bundesland": [_LAENDER[(i % 37) % 3] for i in range(n)],
        # every fifth customer never gets a discount, the others get 0–20 %
        "Rabatt %": [0.0 if (i % 37) % 5 == 0 else [0.0, 5.0, 10.0, 12.5, 20.0][(i * 3) % 5] for i in range(n)],
    })
    folder = tmp_path_factory.mktemp("probe15_invoices")
    path = folder / "rechnungen.csv"
    truth.with_columns(
        P("Netto").map_elements(lambda v: f"{v:.2f}".replace(".", ","), return_dtype=pl.String),
        P("Rabatt %").map_elements(lambda v: f"{v:g}".replace(".", ","), return_dtype=pl.String),
    ).write_csv(path, separator=";")
    workspace = folder / "ws.db"
    ia.import_files([path], workspace=workspace)
    return ia.load(workspace=workspace), truth


@pytest.fixture(scope="module")
def master(tmp_path_factory):
    """A German customer master alone, with a J/N newsletter flag and a yearly revenue column."""
    n = 150
    truth = pl.DataFrame({
        "Kundennummer": [f"D{i:04d}" for i in range(n)],
        "Branche": [_BRANCHEN[(i * 7) % 4] for i in range(n)],
        "Bundesland": [_LAENDER[i % 3] for i in range(n)],
        "Newsletter J/N": ["J" if i % 3 == 0 or i % 11 == 0 else "N" for i in range(n)],
        "Jahresumsatz": [1000 + (i * 613) % 50_000 + (i % 9) / 8 for i in range(n)],
    })
    folder = tmp_path_factory.mktemp("probe15_master")
    path = folder / "kunden.csv"
    truth.with_columns(
        P("Jahresumsatz").map_elements(lambda v: f"{v:.3f}".replace(".", ","), return_dtype=pl.String),
    ).write_csv(path, separator=";")
    workspace = folder / "ws.db"
    ia.import_files([path], workspace=workspace)
    return ia.load(workspace=workspace), truth


def _by(answer, key: str, value: str) -> dict:
    return dict(zip(answer.table[key].to_list(), answer.table[value].to_list(), strict=True))


# -- 'Rabatt %': a percentage does not add up; its natural total is its mean --------------------------------------
def test_percent_column_by_group_is_its_mean(invoices):
    ds, truth = invoices
    answer = ia.ask("Rabatt je Branche", ds)
    assert answer.status == "ok", answer.understood
    want = dict(truth.group_by("Branche").agg(P("Rabatt %").mean()).iter_rows())
    got = _by(answer, "industry", answer.table.columns[-1])
    assert got.keys() == want.keys()
    assert all(got[k] == pytest.approx(v) for k, v in want.items())


def test_highest_percent_ranks_the_groups_by_their_mean(invoices):
    ds, truth = invoices
    answer = ia.ask("welche Branche hat den höchsten Rabatt?", ds)
    assert answer.status == "ok", answer.understood
    want = truth.group_by("Branche").agg(P("Rabatt %").mean()).sort("Rabatt %", descending=True).row(0)
    assert answer.table.height == 1
    assert answer.table.row(0)[0] == want[0] and answer.table.row(0)[-1] == pytest.approx(want[1])
    assert "Summe" not in answer.understood


def test_a_said_total_of_a_percent_column_stays_the_total(invoices):
    ds, truth = invoices
    want = dict(truth.group_by("Bundesland").agg(P("Rabatt %").sum()).iter_rows())
    for question in ("Summe Rabatt je Bundesland", "total Rabatt by Bundesland"):
        answer = ia.ask(question, ds)
        assert answer.status == "ok", answer.understood
        got = _by(answer, "bundesland", answer.table.columns[-1])
        assert all(got[k] == pytest.approx(v) for k, v in want.items()), question


def test_revenue_words_ending_in_satz_are_no_rate(master):
    ds, truth = master
    answer = ia.ask("Jahresumsatz je Branche", ds)
    assert answer.status == "ok", answer.understood
    want = dict(truth.group_by("Branche").agg(P("Jahresumsatz").sum()).iter_rows())
    got = _by(answer, "industry", answer.table.columns[-1])
    assert all(got[k] == pytest.approx(v) for k, v in want.items())


# -- 'Newsletter J/N': the flag is asked about by its name without the yes/no marker ------------------------------
def test_flag_share_by_its_plain_name(master):
    ds, truth = master
    answer = ia.ask("Anteil Newsletter je Branche", ds)
    assert answer.status == "ok", answer.understood
    want = dict(truth.group_by("Branche").agg((P("Newsletter J/N") == "J").mean()).iter_rows())
    got = _by(answer, "industry", answer.table.columns[-1])
    assert got.keys() == want.keys() and all(got[k] == pytest.approx(v) for k, v in want.items())


@pytest.mark.parametrize(("question", "yes"), [("Wie viele Kunden haben den Newsletter?", True),
                                               ("Kunden ohne Newsletter", False)])
def test_customers_with_or_without_the_flag(master, question, yes):
    ds, truth = master
    answer = ia.ask(question, ds)
    assert answer.status == "ok", answer.understood
    assert answer.table.row(0)[-1] == truth.filter((P("Newsletter J/N") == "J") == yes).height


# -- 'Telefon' as a value of the client's sales channel, not "has a phone number" --------------------------------
def test_contact_word_that_is_a_value_filters_by_it(invoices):
    ds, truth = invoices
    answer = ia.ask("Umsatz ohne Telefon", ds)
    assert answer.status == "ok", answer.understood
    assert answer.table.row(0)[-1] == pytest.approx(truth.filter(P("Vertriebsweg") != "Telefon")["Netto"].sum())


def test_follow_up_without_a_channel_value(invoices):
    ds, truth = invoices
    session = Session(ds)
    assert session.ask("Umsatz je Bundesland").status == "ok"
    answer = session.ask("und ohne Telefon")
    assert answer.status == "ok", answer.understood
    want = dict(truth.filter(P("Vertriebsweg") != "Telefon").group_by("Bundesland").agg(P("Netto").sum()).iter_rows())
    got = _by(answer, "bundesland", "revenue")
    assert got.keys() == want.keys() and all(got[k] == pytest.approx(v) for k, v in want.items())


# -- 'minimaler Deckungsbeitrag': a total has no largest value of its own -----------------------------------------
@pytest.mark.parametrize("question", ["minimaler Deckungsbeitrag", "höchster Umsatz", "lowest revenue in 2024"])
def test_superlative_of_a_total_is_asked_back(invoices, question):
    ds, _truth = invoices
    answer = ia.ask(question, ds)
    assert answer.status == "clarify", answer.understood


def test_ranked_totals_stay_answered(invoices):
    ds, truth = invoices
    answer = ia.ask("Top 2 Bundesländer nach Umsatz", ds)
    assert answer.status == "ok", answer.understood
    want = truth.group_by("Bundesland").agg(P("Netto").sum()).sort("Netto", descending=True).head(2)
    assert answer.table["bundesland"].to_list() == want["Bundesland"].to_list()


# -- 'hatten Rabatt': having a numeric column is "with" it -----------------------------------------------------------
def test_customers_who_had_a_discount_in_a_year(invoices):
    ds, truth = invoices
    answer = ia.ask("Wie viele Kunden hatten 2024 Rabatt?", ds)
    assert answer.status == "ok", answer.understood
    year = truth.with_columns(year=P("Rechnungsdatum").str.slice(-4).cast(pl.Int32))
    want = year.filter((P("year") == 2024) & (P("Rabatt %") > 0))["Kundennr"].n_unique()
    assert want < year.filter(P("year") == 2024)["Kundennr"].n_unique()  # the filter matters here
    assert answer.table.row(0)[-1] == want


@pytest.fixture(scope="module")
def subscriptions(tmp_path_factory):
    """An English subscription table: a plan whose value 'Pro' is also German 'pro' (= per), and a churn flag."""
    n = 120
    truth = pl.DataFrame({
        "Customer ID": [f"S{i}" for i in range(n)],
        "Plan": [["Basic", "Pro", "Enterprise"][i % 3] for i in range(n)],
        "Region": [["North", "South", "East", "West"][(i // 3) % 4] for i in range(n)],
        "Seats": [1 + (i * 7) % 40 for i in range(n)],
        "Churned": ["Yes" if i % 5 in (0, 3) or i % 7 == 0 else "No" for i in range(n)],
    })
    folder = tmp_path_factory.mktemp("probe15_subs")
    path = folder / "subs.csv"
    truth.write_csv(path)
    workspace = folder / "ws.db"
    ia.import_files([path], workspace=workspace)
    return ia.load(workspace=workspace), truth


def test_a_value_named_pro_is_no_per(subscriptions):
    ds, truth = subscriptions
    answer = ia.ask("average seats of Pro customers", ds)
    assert answer.status == "ok", answer.understood
    assert answer.table.height == 1
    assert answer.table.row(0)[-1] == pytest.approx(truth.filter(P("Plan") == "Pro")["Seats"].mean())


def test_flag_word_before_customers_counts_the_flagged(subscriptions):
    ds, truth = subscriptions
    answer = ia.ask("churned customers by region", ds)
    assert answer.status == "ok", answer.understood
    want = dict(truth.filter(P("Churned") == "Yes").group_by("Region").len().iter_rows())
    assert _by(answer, "region", answer.table.columns[-1]) == want


def test_flag_count_names_the_flag_once(subscriptions):
    ds, truth = subscriptions
    answer = ia.ask("how many churned customers in the East", ds)
    assert answer.status == "ok", answer.understood
    assert answer.table.row(0)[-1] == truth.filter((P("Churned") == "Yes") & (P("Region") == "East")).height
    assert answer.understood.count("Churned") == 1
