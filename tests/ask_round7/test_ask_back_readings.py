"""One test per reading added against round 7's needless ask-backs (docs/ask.md, "Round 7: words the data
answers"): on the seeded tables of synth7.py, the demo, CDNOW, Online Retail II 2010 and the churn table, each
figure from plain polars on the raw file — other wordings than the evaluation set's, never its exact question."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synth7  # noqa: E402

SHARED = Path("/work/shared/data")


@pytest.fixture(scope="module")
def synth() -> Path:
    return synth7.ensure()


@pytest.fixture(scope="module")
def saas(synth):
    return ia.load_file(synth / "saas.csv")


@pytest.fixture(scope="module")
def saas_raw(synth):
    return pl.read_csv(synth / "saas.csv", try_parse_dates=True)


@pytest.fixture(scope="module")
def apotheke(synth):
    return ia.load_file(synth / "apotheke.csv")


@pytest.fixture(scope="module")
def apotheke_raw(synth):
    frame = pl.read_csv(synth / "apotheke.csv", separator=";", infer_schema_length=0)
    return frame.with_columns(
        [pl.col(c).str.replace_all(r"\.", "").str.replace(",", ".").cast(pl.Float64) for c in ("Zuzahlung", "Betrag")])


@pytest.fixture(scope="module")
def market(synth):
    return ia.load_file(synth / "marktplatz.csv")


@pytest.fixture(scope="module")
def market_raw(synth):
    return pl.read_csv(synth / "marktplatz.csv", try_parse_dates=True)


@pytest.fixture(scope="module")
def churn():
    path = SHARED / "foreign" / "Churn_Modelling.csv"
    if not path.exists():
        pytest.skip("churn table absent")
    return ia.load_file(path), pl.read_csv(path)


@pytest.fixture(scope="module")
def demo():
    return ia.demo_dataset()


def _ask(ds, question: str) -> dict:
    return ia.session(ds).ask(question).to_json()


def _one(ds, question: str) -> float:
    answer = _ask(ds, question)
    assert answer["status"] == "ok", (question, answer["text"])
    return answer["rows"][0][-1]


# --- numbers: currency signs, order values, order counts, age bands ----------------------------------------------

def test_currency_sign_before_or_after_the_number_is_the_unit(market, market_raw) -> None:
    sold = market_raw.filter(pl.col("Status") == "Completed")
    orders = sold.group_by("InvoiceNo").agg(pl.col("Amount").sum())
    want = orders.filter(pl.col("Amount") > 150).height
    assert _one(market, "number of orders above €150") == want
    assert _one(market, "Anzahl Bestellungen über 150 €") == want


def test_orders_that_lay_above_an_amount_bound_the_order_value(market, market_raw) -> None:
    sold = market_raw.filter(pl.col("Status") == "Completed")
    want = sold.group_by("InvoiceNo").agg(pl.col("Amount").sum()).filter(pl.col("Amount") > 200).height
    assert _one(market, "how many orders were over 200") == want
    assert _one(market, "Wie viele Aufträge lagen über 200?") == want
    assert _ask(market, "How many orders over 200?")["status"] == "clarify"  # no unit, no verb: asked


def test_german_thousands_separator_in_an_order_value_bound(synth) -> None:
    ds = ia.load_file(synth / "ii_2010.parquet")
    raw = pl.read_parquet(synth / "ii_2010.parquet")
    inv = next(c for c in raw.columns if c.lower() in ("invoice", "invoiceno"))
    qty = next(c for c in raw.columns if c.lower() == "quantity")
    price = next(c for c in raw.columns if c.lower() in ("price", "unitprice"))
    values = (raw.filter(~pl.col(inv).cast(pl.String).str.starts_with("C"))
              .group_by(inv).agg((pl.col(qty) * pl.col(price)).sum().alias("v")))
    assert _one(ds, "Wie viele Bestellungen waren über 2.000?") == values.filter(pl.col("v") > 2000).height


def test_invoices_and_einkaeufe_are_order_counts_in_a_bound(saas, saas_raw, apotheke, apotheke_raw) -> None:
    per = saas_raw.filter(pl.col("Type") == "Invoice").group_by("Customer ID").agg(pl.col("Invoice").n_unique())
    assert _one(saas, "customers with more than 15 invoices") == per.filter(pl.col("Invoice") > 15).height
    per = apotheke_raw.group_by("Kundennummer").agg(pl.col("Rechnungsnummer").n_unique())
    assert _one(apotheke, "Wie viele Kunden mit mehr als 10 Einkäufen?") == per.filter(
        pl.col("Rechnungsnummer") > 10).height


def test_age_band_after_women_and_men(churn) -> None:
    ds, raw = churn
    men = raw.filter((pl.col("Gender") == "Male") & (pl.col("Age") > 50))
    assert _one(ds, "average balance of men over 50") == pytest.approx(men["Balance"].mean())


# --- set and negation words ---------------------------------------------------------------------------------------

def test_never_a_value_counts_the_customers_without_its_lines(market, market_raw) -> None:
    sold = market_raw.filter(pl.col("Status") == "Completed")
    seller = sold["Seller"].unique().sort()[0]
    buyers = set(sold["CustomerID"].unique())
    with_it = set(sold.filter(pl.col("Seller") == seller)["CustomerID"].unique())
    assert _one(market, f"Wie viele Kunden haben nie bei {seller} gekauft?") == len(buyers - with_it)


def test_never_received_a_document_type(saas, saas_raw) -> None:
    everyone = set(saas_raw["Customer ID"].unique())
    credited = set(saas_raw.filter(pl.col("Type") == "Credit Note")["Customer ID"].unique())
    assert _one(saas, "how many customers never got a credit note") == len(everyone - credited)


def test_but_not_yet_and_never_again_are_absence_in_the_next_window(demo) -> None:
    answer = _ask(demo, "Wie viele Kunden haben 2023 gekauft, 2024 aber noch nicht?")
    assert answer["status"] == "ok" and "2024" in answer["understood"]
    written = _one(demo, "Wie viele Kunden haben 2023 gekauft und 2024 nicht gekauft?")
    assert answer["rows"][0][-1] == written
    never = _one(demo, "How many customers bought in 2023 and never again?")
    assert never == _one(demo, "How many customers ordered in 2023 and have not ordered since January 2024?")


def test_customers_without_a_flag(churn) -> None:
    ds, raw = churn
    assert _one(ds, "Abwanderungsrate der Kunden ohne Kreditkarte") == pytest.approx(
        raw.filter(pl.col("HasCrCard") == 0)["Exited"].mean())
    assert _one(ds, "Anteil der Kunden ohne Kreditkarte") == pytest.approx((raw["HasCrCard"] == 0).mean())


# --- words for customers, verbs, definitions ----------------------------------------------------------------------

def test_insured_with_a_value_and_value_versicherte(apotheke, apotheke_raw) -> None:
    want = apotheke_raw.filter(pl.col("Krankenkasse") == "Barmer")["Kundennummer"].n_unique()
    assert _one(apotheke, "how many customers are insured with Barmer") == want
    assert _one(apotheke, "Anzahl der Barmer-Versicherten") == want
    assert _one(apotheke, "Wie viele Kunden sind bei der Barmer versichert?") == want


def test_filler_verbs_of_billing_and_paying(saas, saas_raw, apotheke, apotheke_raw) -> None:
    q3 = saas_raw.filter(pl.col("InvoiceDate").dt.year() == 2024, pl.col("InvoiceDate").dt.quarter() == 3)
    assert _one(saas, "total seats invoiced in Q3 2024") == q3["Seats"].sum()
    assert _one(saas, "how many credit notes were issued in 2023") == saas_raw.filter(
        (pl.col("Type") == "Credit Note") & (pl.col("InvoiceDate").dt.year() == 2023)).height
    tk = apotheke_raw.filter(pl.col("Krankenkasse") == "TK")["Zuzahlung"].sum()
    assert _one(apotheke, "Wie viel Zuzahlung haben TK-Kunden geleistet?") == pytest.approx(tk)


def test_customers_who_left_are_the_churned(churn) -> None:
    ds, raw = churn
    assert _one(ds, "mean age of clients who left") == pytest.approx(raw.filter(pl.col("Exited") == 1)["Age"].mean())


def test_stand_for_asks_a_definition(demo) -> None:
    answer = _ask(demo, "What does AOV stand for?")
    assert answer["status"] == "ok" and answer["plan"]["intent"] == "definition"
    assert _ask(demo, "Wofür steht NPS?")["plan"]["intent"] == "definition"


# --- compounds and column words -----------------------------------------------------------------------------------

def test_hyphenated_quote_is_a_rate(churn) -> None:
    ds, raw = churn
    assert _one(ds, "Churn-Quote in Spanien") == pytest.approx(raw.filter(pl.col("Geography") == "Spain")["Exited"].mean())


def test_value_and_column_word_compound(demo) -> None:
    assert _one(demo, "Umsatz im Onlinekanal 2024") == _one(demo, "Umsatz 2024 im Kanal online")


def test_column_synonyms_of_the_glossary(market, market_raw, apotheke, apotheke_raw, saas, saas_raw) -> None:
    sold = market_raw.filter(pl.col("Status") == "Completed")  # cancelled and returned orders are no sales
    assert _one(market, "Summe der Versandkosten") == pytest.approx(sold["Shipping"].sum())
    rx = apotheke_raw.filter(pl.col("Rezept") == "ja")["Zuzahlung"].mean()
    assert _one(apotheke, "mean copayment on prescription lines") == pytest.approx(rx)
    assert _one(saas, "Median Rechnungsbetrag 2023") == _one(saas, "Median Bestellwert 2023")


def test_goods_after_a_category_value(market, market_raw) -> None:
    sold = market_raw.filter(pl.col("Status") == "Completed")
    cat = sold["Category"].unique().sort()[0]
    want = sold.filter(pl.col("Category") == cat)["Amount"].sum()
    assert _one(market, f"revenue from {cat.lower()} products") == pytest.approx(want)


def test_mean_per_invoice_beside_a_type_value(saas, saas_raw) -> None:
    want = saas_raw.filter(pl.col("Type") == "Invoice")["Seats"].mean()
    assert _one(saas, "average seats per invoice") == pytest.approx(want)
    assert _ask(saas, "revenue per invoice")["status"] == "clarify"  # a total per invoice is no filter


def test_clarify_names_every_unknown_word(apotheke, demo) -> None:
    text = _ask(apotheke, "revenue by insurance level")["text"]
    assert "level" in text and "insurance" in text
    answer = _ask(demo, "revenue by store supervisor")
    assert answer["status"] == "clarify" and "supervisor" in answer["text"]


def test_new_customers_in_the_trade_word(saas, saas_raw) -> None:
    first = saas_raw.group_by("Customer ID").agg(pl.col("InvoiceDate").min())
    want = first.filter(pl.col("InvoiceDate").dt.year() == 2023).height
    assert _one(saas, "Wie viele neue Accounts gab es 2023?") == want
