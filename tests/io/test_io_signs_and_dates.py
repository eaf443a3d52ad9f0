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


def test_a_bank_statements_unsigned_amount_takes_its_sign_from_soll_haben(write) -> None:
    rows = [("05.03.24", "GUTSCHR. UEBERWEISUNG", "RE-1", "Müller GmbH", "DE01", "732,97", "H"),
            ("06.03.24", "LASTSCHRIFT", "Strom", "Stadtwerke", "DE02", "120,00", "S"),
            ("07.03.24", "GUTSCHRIFT", "RE-2", "Schmidt KG", "DE03", "250,00", "H"),
            ("08.03.24", "ONLINE-UEBERWEISUNG", "Miete", "Vermieter", "DE04", "1.111,16", "S"),
            ("09.03.24", "GUTSCHR. UEBERWEISUNG", "RE-3", "Müller GmbH", "DE01", "99,50", "H")]
    header = "Buchungstag;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag;Soll/Haben"
    ds = ia.load_file(write("umsatz.csv", _csv(rows, header)),
                      mapping={"Beguenstigter/Zahlungspflichtiger": "customer_id"})
    incoming = [r for r in rows if r[6] == "H"]  # Haben: money in (a customer paying); Soll: money out, no sale
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[5]) for r in incoming))
    assert _value("Anzahl Bestellungen", ds) == len(incoming)
    assert _value("Wie viele Kunden haben gekauft?", ds) == len({r[3] for r in incoming})


def test_an_english_bank_statement_with_a_d_c_column(write) -> None:
    rows = [("2024-03-05", "INV-1", "Acme Ltd", "500.00", "C"), ("2024-03-06", "Electricity", "Power Co", "80.00", "D"),
            ("2024-03-07", "INV-2", "Beta plc", "120.00", "CR"), ("2024-03-08", "Rent", "Landlord", "900.00", "DR")]
    ds = ia.load_file(write("statement.csv", _csv(rows, "Booking date,Payment reference,Counterparty,Amount,D/C",
                                                  sep=",")), mapping={"Counterparty": "customer_id"})
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3]) for r in rows if r[4].startswith("C")))


@pytest.mark.parametrize(("header", "debit", "credit"), [
    ("Soll-Haben-Kennzeichen", "S", "H"), ("Debit/Credit", "Debit", "Credit"), ("Art", "Soll", "Haben")])
def test_a_sales_ledgers_credit_side_subtracts(write, header, debit, credit) -> None:
    rows = [("R1", "K1", "03.01.2024", "100,00", debit), ("R2", "K2", "04.01.2024", "250,00", debit),
            ("G1", "K1", "10.01.2024", "40,00", credit), ("R3", "K3", "05.02.2024", "80,00", debit)]
    ds = ia.load_file(write("ledger.csv", _csv(rows, f"Belegnr;Kunde;Datum;Betrag;{header}")))
    expected = sum(_de(r[3]) * (1 if r[4] == debit else -1) for r in rows)
    assert _value("Umsatz", ds) == pytest.approx(expected)


def test_signed_amounts_beside_an_indicator_stay_as_they_are(write) -> None:
    rows = [("R1", "K1", "03.01.2024", "100,00", "S"), ("G1", "K1", "10.01.2024", "-40,00", "H"),
            ("R2", "K2", "04.01.2024", "250,00", "S")]
    ds = ia.load_file(write("ledger.csv", _csv(rows, "Belegnr;Kunde;Datum;Betrag;Soll/Haben")))
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[3]) for r in rows))


def test_a_named_indicator_with_other_values_is_refused(write) -> None:
    from insight.errors import InputError

    rows = [("R1", "K1", "03.01.2024", "100,00", "S"), ("R2", "K2", "04.01.2024", "250,00", "X")]
    with pytest.raises(InputError) as err:
        ia.load_file(write("ledger.csv", _csv(rows, "Belegnr;Kunde;Datum;Betrag;Soll/Haben")))
    assert "Soll/Haben" in str(err.value) and "--map" in str(err.value)
