"""Import rules of docs/import.md left open by earlier passes: a price without a quantity beside an unknown date
header (the date is found first), and an unsigned amount whose sign is a separate debit/credit indicator. Small
hand-made files; the expected figures are computed here in plain Python from the rows written."""

from __future__ import annotations

import pytest

import insight.api as ia


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data["text"]
    return float(data["rows"][0][-1])


def _csv(rows, header: str, sep: str = ";") -> str:
    return header + "\n" + "".join(sep.join(r) + "\n" for r in rows)


def _de(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def test_a_price_without_a_quantity_beside_an_unknown_date_header_is_the_line_amount(write) -> None:
    rows = [("A1", "K1", "03.01.2024", "10,00"), ("A2", "K2", "04.01.2024", "20,00"),
            ("A3", "K1", "05.02.2024", "30,00"), ("A4", "K3", "06.02.2024", "15,50")]
    ds = ia.load_file(write("verkauf.csv", _csv(rows, "Bestellung;Kunde;Verkaufszeitpunkt;Preis")))
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[3]) for r in rows))
    assert _value("Umsatz im Februar 2024", ds) == pytest.approx(sum(_de(r[3]) for r in rows if r[2][3:5] == "02"))
