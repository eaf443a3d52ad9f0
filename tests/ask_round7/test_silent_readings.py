"""One test per reading added against round 7's silently wrong answers (docs/ask.md): each on the seeded tables of
synth7.py, the demo, the churn table or the seeded client exports of tests/clients6, with the expected figure from
plain polars on the raw file where there is one — a rule, never this set's exact question."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "clients6"))
sys.path.insert(0, str(HERE.parent))
import synth7  # noqa: E402

SHARED = Path("/work/shared/data")


@pytest.fixture(scope="module")
def synth() -> Path:
    return synth7.ensure()


@pytest.fixture(scope="module")
def saas(synth):
    return ia.load_file(synth / "saas.csv")


@pytest.fixture(scope="module")
def apotheke(synth):
    return ia.load_file(synth / "apotheke.csv")


@pytest.fixture(scope="module")
def market(synth):
    return ia.load_file(synth / "marktplatz.csv")


def _ask(ds, *questions):
    s = ia.session(ds)
    answer = None
    for q in questions:
        answer = s.ask(q)
    return answer


def _one(answer, column: str):
    assert answer.status == "ok", answer.text
    assert answer.table.height == 1 and column in answer.table.columns, answer.table
    return answer.table.item(0, column)


def test_a_cadence_value_is_no_time_grain(saas, synth) -> None:
    raw = pl.read_csv(synth / "saas.csv")
    annual = raw.filter(pl.col("Billing") == "annual").get_column("Customer ID").n_unique()
    assert _one(_ask(saas, "Kunden, die jährlich zahlen: wie viele?"), "customers") == annual
    monthly = _ask(saas, "monthly revenue in 2024")  # beside a metric the adverb keeps its grain
    assert monthly.status == "ok" and "month" in monthly.table.columns


def test_ohne_a_flag_is_the_other_lines(apotheke, synth) -> None:
    raw = pl.read_csv(synth / "apotheke.csv", separator=";", decimal_comma=True)
    without = raw.filter(pl.col("Rezept") != "ja").get_column("Betrag").sum()
    assert _one(_ask(apotheke, "Wie viel Umsatz haben wir ohne Rezept gemacht?"), "revenue") == pytest.approx(
        without, rel=1e-6)


def test_share_of_lines_with_a_flag(apotheke, synth) -> None:
    raw = pl.read_csv(synth / "apotheke.csv", separator=";", decimal_comma=True)
    share = (raw.get_column("Rezept") == "ja").mean()
    assert _one(_ask(apotheke, "Welcher Anteil der Positionen hat ein Rezept?"), "share_rezept") == pytest.approx(
        share, rel=1e-6)


def test_customers_with_a_credit_document_under_another_name(saas, synth) -> None:
    raw = pl.read_csv(synth / "saas.csv", try_parse_dates=True)
    credit = raw.filter((pl.col("Type") == "Credit Note") & (pl.col("InvoiceDate").dt.year() == 2023))
    n = credit.get_column("Customer ID").n_unique()
    assert _one(_ask(saas, "how many accounts had a Gutschrift in 2023"), "customers") == n
    assert _one(_ask(saas, "Wie viele Kunden hatten 2023 eine Gutschrift?"), "customers") == n


def test_per_buyer_by_a_column_is_the_mean_per_customer_of_each_group(market) -> None:
    answer = _ask(market, "Umsatz pro Käufer nach Kategorie")
    assert answer.status == "ok" and "customer_id" not in answer.table.columns, answer.table
    assert "category" in answer.table.columns
    answer = _ask(market, "revenue by buyer category")
    assert answer.status == "ok" and "customer_id" not in answer.table.columns, answer.table


def test_customers_in_both_windows_are_the_intersection() -> None:
    ds = ia.load_file(SHARED / "cdnow" / "CDNOW_master.txt")
    answer = _ask(ds, "How many customers ordered in both 1997 and 1998?")
    assert answer.status == "ok" and answer.table.height == 1, answer.text
    assert answer.plan["population"]["present"] is not None and answer.plan["compare"] is None


def test_an_empty_group_never_wins_a_ranking() -> None:
    answer = _ask(ia.demo_dataset(), "top 2 industries by number of customers")
    assert answer.status == "ok"
    assert None not in answer.table.get_column("industry").to_list()
    assert "not ranked" in answer.text


def test_a_follow_up_value_swaps_the_customers_of_a_line_value(apotheke, synth) -> None:
    raw = pl.read_csv(synth / "apotheke.csv", separator=";", decimal_comma=True)
    n = raw.filter(pl.col("Standort") == "Altstadt").get_column("Kundennummer").n_unique()
    answer = _ask(apotheke, "Wie viele Kunden hatte der Standort Bahnhof?", "und Altstadt?")
    assert _one(answer, "customers") == n
    assert "Bahnhof" not in answer.understood, answer.understood


def test_a_country_the_data_lacks_is_named_back(market) -> None:
    for q, word in (("revenue in France", "France"), ("Umsatz in Italien", "Italien")):
        answer = _ask(market, q)
        assert answer.status == "clarify" and word in answer.text, answer.text


def test_a_currency_the_datas_countries_rule_out_is_asked_back(market) -> None:
    answer = _ask(market, "revenue in dollars")  # no currency stated; sales in Germany, Austria, Poland, Spain
    assert answer.status == "clarify" and "dollars" in answer.text
    assert _ask(market, "revenue in euros").status == "ok"  # a currency some of its countries pay in
    assert _ask(ia.demo_dataset(), "Umsatz in Euro").status == "ok"  # the data's own currency
    cdnow = ia.load_file(SHARED / "cdnow" / "CDNOW_master.txt")  # no currency and no countries: the user's word
    assert _ask(cdnow, "revenue in dollars").status == "ok"


def test_a_window_on_a_dateless_customer_count_is_asked_back() -> None:
    ds = ia.load_file(SHARED / "foreign" / "Churn_Modelling.csv")
    answer = _ask(ds, "Wie viele Kunden sind 2021 abgewandert?")
    assert answer.status == "clarify" and "2021" in answer.text
    assert _ask(ds, "Wie viele Kunden sind abgewandert?").status == "ok"


def test_the_margin_of_a_part_without_costs_is_asked_back_like_by_group(apotheke) -> None:
    assert _ask(apotheke, "Marge der Kontaktlinsen").status == "clarify"
    assert _ask(apotheke, "Marge nach Standort").status == "clarify"
    overall = _ask(apotheke, "Marge")
    assert overall.status == "ok" and overall.notes  # the assumed margin, said


@pytest.fixture(scope="module")
def clients(tmp_path_factory):
    import make_clients6 as mk

    out = tmp_path_factory.mktemp("clients6")
    return {make.__name__: make(out, random.Random(mk.SEED + i)) for i, make in enumerate(mk.BUILDERS)
            if make.__name__ in ("salesforce", "zettle", "marketplace")}


def test_lost_deals_and_the_win_rate_of_decided_deals(clients) -> None:
    path = clients["salesforce"].paths[0]
    mapping = {"Account Name": "customer_id", "Opportunity Name": "order_id", "Close Date": "order_date"}
    ds = ia.load_file(path, mapping=mapping)
    raw = pl.read_csv(path, truncate_ragged_lines=True).filter(pl.col("Stage").is_not_null())
    won = raw.filter(pl.col("Stage") == "Closed Won").height
    lost = raw.filter(pl.col("Stage") == "Closed Lost").height
    answer = _ask(ds, "Wie viele Deals haben wir verloren?")
    assert answer.status == "ok" and answer.table.item(0, "cancelled_orders") == lost, answer.table
    assert _one(_ask(ds, "What is our win rate?"), "win_rate") == pytest.approx(won / (won + lost), rel=1e-9)


def test_a_grouping_by_unknown_words_is_asked_back(clients) -> None:
    ds = ia.load_file(clients["zettle"].paths[0])
    answer = _ask(ds, "revenue by table number")
    assert answer.status == "clarify" and "table" in answer.text
    assert _ask(ds, "revenue by staff").status == "ok"


def test_no_churn_of_a_columns_values(clients) -> None:
    ds = ia.load_file(clients["marketplace"].paths[0], mapping={"Käufer-ID": "customer_id", "Preis": "amount"})
    answer = _ask(ds, "How many sellers churned?")
    assert answer.status == "clarify", answer.text


def test_a_share_of_lines_under_a_negated_flag_is_asked_back(apotheke) -> None:
    answer = _ask(apotheke, "Welcher Anteil der Positionen ist ohne Rezept?")
    assert answer.status == "clarify" and "Anteil" in answer.text, answer.text
    assert _ask(apotheke, "Anzahl Positionen ohne Rezept").status == "ok"


def test_a_follow_up_with_or_without_a_flag_restricts_the_figure(apotheke, synth) -> None:
    raw = pl.read_csv(synth / "apotheke.csv", separator=";", decimal_comma=True)
    want = raw.filter((pl.col("Standort") == "Altstadt") & (pl.col("Rezept") != "ja")).get_column("Betrag").sum()
    answer = _ask(apotheke, "Umsatz am Standort Altstadt", "und ohne Rezept?")
    assert _one(answer, "revenue") == pytest.approx(want, rel=1e-6)
