"""'berechnet' / 'calculated' ask for a definition ("Wie wird der CLV berechnet?"), but beside "wie viel" /
"how much" it is the verb of charging: "Wie viel VAT haben wir berechnet?" is the tax column's sum, never its
definition."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia

ROWS = "Rechnung;Datum;Kunde;Netto;VAT\nR1;01.02.2024;K1;100,00;19,00\nR2;03.02.2024;K2;50,00;9,50\nR3;05.03.2024;K1;20,00;3,80\n"


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    path = tmp_path_factory.mktemp("vat") / "Rechnungen.csv"
    path.write_text(ROWS, encoding="utf-8")
    return ia.load_file(path)


@pytest.mark.parametrize("question", ["Wie viel VAT haben wir berechnet?", "How much VAT was calculated?"])
def test_how_much_beside_calculated_is_the_sum(invoices, question):
    got = ia.ask(question, invoices).to_json()
    raw = pl.read_csv(ROWS.encode(), separator=";", decimal_comma=True)
    assert got["status"] == "ok" and got["plan"]["intent"] != "definition"
    assert got["rows"] == [[pytest.approx(float(raw["VAT"].sum()))]]


@pytest.mark.parametrize("question", ["Wie wird der CLV berechnet?", "How is AOV calculated?"])
def test_how_is_it_calculated_stays_a_definition(invoices, question):
    assert ia.ask(question, invoices).to_json()["plan"]["intent"] == "definition"
