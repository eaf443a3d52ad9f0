"""Import rules the sixth blind client set found silently wrong (docs/import.md): how amounts, statuses and
document kinds are read. Small hand-made files, the expected figures computed here in plain Python from the
rows written, never through insight."""

from __future__ import annotations

import pytest

import insight.api as ia
from insight.errors import InputError
from insight.metrics.conventions import status_kind


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data["text"]
    return float(data["rows"][0][-1])


def _csv(rows, header: str, sep: str = ";") -> str:
    return header + "\n" + "".join(sep.join(r) + "\n" for r in rows)


def _de(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


@pytest.mark.parametrize(("value", "kind"), [
    ("8 Storniert", "cancelled"), ("9 Retoure", "returned"), ("[8] Storniert", "cancelled"),
    ("7.1 Warenausgang gebucht", None), ("5 Versendet", None), ("8", None),
    ("Abgesagt", "cancelled"), ("Nicht erschienen", "no-show"), ("No-Show", "no-show"), ("Erschienen", None),
    ("Entwurf", "offer"),
])
def test_the_status_table_reads_the_word_after_a_numeric_code_and_appointment_words(value, kind) -> None:
    assert status_kind(value) == kind


def test_plentymarkets_statuses_with_a_code_in_front_are_no_sales(write) -> None:
    rows = [
        ("1", "2024-03-05 14:22:10", "70000", "7 Warenausgang gebucht", "100,00"),
        ("2", "2024-03-06 09:00:00", "70001", "8 Storniert", "50,00"),
        ("3", "2024-03-07 10:00:00", "70000", "9 Retoure", "70,00"),
        ("4", "2024-03-08 11:00:00", "70002", "5 Versendet", "40,00"),
        ("5", "2024-03-09 12:00:00", "70003", "7.1 Warenausgang gebucht", "25,50"),
    ]
    ds = ia.load_file(write("Auftragsexport.csv", _csv(rows, "Auftrags-ID;Eingang;Kunden-ID;Status;Netto")),
                      mapping={"Eingang": "order_date"})
    sold = [r for r in rows if r[3][0] not in "89"]
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[4]) for r in sold))
    assert _value("Anzahl Bestellungen", ds) == len(sold)
    assert _value("Wie viele Aufträge wurden storniert?", ds) == 1


def test_cancelled_and_missed_appointments_are_no_sales_and_their_counts_answer(write) -> None:
    rows = [
        ("05.03.2024", "1", "Erschienen", "45,00"), ("06.03.2024", "1", "Abgesagt", "30,00"),
        ("07.03.2024", "2", "Nicht erschienen", "60,00"), ("08.03.2024", "3", "Erschienen", "25,00"),
        ("09.03.2024", "3", "Nicht erschienen", "25,00"), ("10.03.2024", "3", "Nicht erschienen", "25,00"),
        ("11.03.2024", "4", "Abgesagt", "80,00"), ("12.03.2024", "5", "Erschienen", "55,00"),
    ]
    ds = ia.load_file(write("termine.csv", _csv(rows, "Datum;Kundennr.;Status;Betrag")))
    sold = [r for r in rows if r[2] == "Erschienen"]
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[3]) for r in sold))
    assert _value("Anzahl Bestellungen", ds) == len(sold)
    assert _value("Wie viele Kunden haben gekauft?", ds) == len({r[1] for r in sold})
    # the customers with a missed appointment, not 0 (those lines are no sale) nor every customer
    assert _value("Wie viele Kunden sind nicht erschienen?", ds) == len({r[1] for r in rows if r[2] == "Nicht erschienen"})


def test_drafts_are_counted_as_documents_when_asked(write) -> None:
    rows = [
        ("RE-1", "01.03.2024", "KD-1", "Bezahlt", "100,00"), ("", "02.03.2024", "KD-2", "Entwurf", "50,00"),
        ("", "03.03.2024", "KD-1", "Entwurf", "20,00"), ("RE-2", "04.03.2024", "KD-3", "Offen", "70,00"),
        ("RE-3", "05.03.2024", "KD-3", "Storniert", "10,00"), ("", "06.03.2024", "KD-4", "Entwurf", "30,00"),
    ]
    ds = ia.load_file(write("rechnungen.csv", _csv(rows, "Rechnungsnummer;Datum;Kundennummer;Status;Netto")))
    assert _value("Umsatz", ds) == pytest.approx(170.0)
    assert _value("Wie viele Entwürfe gibt es?", ds) == sum(r[3] == "Entwurf" for r in rows)
    assert _value("Wie viele Aufträge wurden storniert?", ds) == 1


def test_a_net_column_with_a_currency_in_its_header_is_the_revenue_not_the_gross(write) -> None:
    rows = [("01/03/2024", "1", "C1", "Sale", "11.90", "1.90", "10.00"),
            ("02/03/2024", "2", "C2", "Sale", "23.80", "3.80", "20.00"),
            ("03/03/2024", "3", "C1", "Refund", "-11.90", "-1.90", "-10.00"),
            ("04/03/2024", "4", "", "Sale", "5.35", "0.35", "5.00")]
    header = "Date,Receipt number,Customer ID,Type,Total (EUR),VAT (EUR),Net (EUR)"
    ds = ia.load_file(write("sales.csv", _csv(rows, header, sep=",")))
    assert _value("revenue", ds) == pytest.approx(sum(float(r[6]) for r in rows))


def test_a_gross_total_beside_its_vat_with_a_currency_in_the_headers_is_net_of_the_vat(write) -> None:
    rows = [("01/03/2024", "1", "C1", "11.90", "1.90"), ("02/03/2024", "2", "C2", "23.80", "3.80"),
            ("03/03/2024", "3", "C1", "10.70", "0.70")]
    ds = ia.load_file(write("sales.csv", _csv(rows, "Date,Receipt number,Customer ID,Total (EUR),VAT (EUR)", sep=",")))
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3]) - float(r[4]) for r in rows))


@pytest.mark.parametrize("mapping", [None, {"amount_cents": "amount"}])
def test_an_amount_named_in_cents_is_divided_by_100(write, mapping) -> None:
    rows = [("ord_1", "usr_1", "2024-03-01T10:00:00+01:00", "9999", "EUR", "succeeded"),
            ("ord_2", "usr_2", "2024-03-02T10:00:00+01:00", "1250", "EUR", "succeeded"),
            ("ord_3", "usr_1", "2024-03-03T10:00:00+01:00", "500", "EUR", "failed"),
            ("ord_4", "usr_3", "2024-03-04T10:00:00+01:00", "4200", "EUR", "succeeded")]
    header = "id,user_id,created_at,amount_cents,currency,status"
    ds = ia.load_file(write("orders.csv", _csv(rows, header, sep=",")), mapping=mapping)
    assert _value("revenue", ds) == pytest.approx(sum(int(r[3]) for r in rows if r[5] == "succeeded") / 100)


def test_a_german_betrag_in_cent_and_a_zero_decimal_currency(write) -> None:
    rows = [("B1", "01.03.2024", "K1", "1999", "EUR"), ("B2", "02.03.2024", "K2", "500", "EUR"),
            ("B3", "03.03.2024", "K3", "1200", "JPY")]
    ds = ia.load_file(write("belege.csv", _csv(rows, "Belegnr;Datum;Kundennr;Betrag in Cent;Währung")))
    amounts = sorted(ds.order_lines.get_column("amount").to_list())
    assert amounts == pytest.approx([5.0, 19.99, 1200.0])


def test_a_credit_notes_gross_subtracts_like_its_net(write) -> None:
    rows = [("Rechnung", "R1", "D1", "01.03.2024", "100,00", "119,00"),
            ("Rechnung", "R2", "D2", "02.03.2024", "200,00", "238,00"),
            ("Gutschrift", "G1", "D1", "03.03.2024", "50,00", "59,50"),
            ("Rechnung", "R3", "D3", "04.03.2024", "80,00", "95,20")]
    ds = ia.load_file(write("belege.csv", _csv(rows, "Belegart;Nr.;Debitor;Buchungsdatum;Betrag;Betrag inkl. MwSt.")),
                      mapping={"Debitor": "customer_id", "Buchungsdatum": "order_date", "Nr.": "order_id"})

    def signed(r, i: int) -> float:
        return -_de(r[i]) if r[0] == "Gutschrift" else _de(r[i])

    assert _value("Umsatz", ds) == pytest.approx(sum(signed(r, 4) for r in rows))
    assert _value("Summe Betrag inkl. MwSt.", ds) == pytest.approx(sum(signed(r, 5) for r in rows))


def test_a_bank_statements_outgoing_payments_are_neither_sales_nor_returns(write) -> None:
    rows = [("05.03.24", "GUTSCHR. UEBERWEISUNG", "RE-1", "Müller GmbH", "DE01", "732,97"),
            ("06.03.24", "LASTSCHRIFT", "Strom", "Stadtwerke", "DE02", "-120,00"),
            ("07.03.24", "GUTSCHRIFT", "RE-2", "Schmidt KG", "DE03", "250,00"),
            ("08.03.24", "ONLINE-UEBERWEISUNG", "Miete", "Vermieter", "DE04", "-1111,16"),
            ("09.03.24", "GUTSCHR. UEBERWEISUNG", "RE-3", "Müller GmbH", "DE01", "99,50")]
    header = "Buchungstag;Buchungstext;Verwendungszweck;Beguenstigter/Zahlungspflichtiger;Kontonummer/IBAN;Betrag"
    ds = ia.load_file(write("umsatz.csv", _csv(rows, header)),
                      mapping={"Beguenstigter/Zahlungspflichtiger": "customer_id", "Buchungstag": "order_date",
                               "Betrag": "amount"})
    incoming = [r for r in rows if _de(r[5]) > 0]
    assert _value("Umsatz", ds) == pytest.approx(sum(_de(r[5]) for r in incoming))  # a bank's GUTSCHRIFT is income
    assert _value("Anzahl Bestellungen", ds) == len(incoming)
    assert _value("Wie viele Kunden haben gekauft?", ds) == len({r[3] for r in incoming})


def test_a_price_without_a_quantity_is_the_line_amount(write) -> None:
    rows = [("p1", "UX Course", "a@x.example", "2024-03-01", "97.00", "9.70"),
            ("p2", "Ebook", "b@x.example", "2024-03-02", "19.00", "1.90"),
            ("p3", "UX Course", "a@x.example", "2024-03-03", "97.00", "9.70")]
    header = "Purchase ID,Item Name,Buyer Email,Purchase Date,Price ($),Fee ($)"
    ds = ia.load_file(write("sales.csv", _csv(rows, header, sep=",")))
    assert _value("revenue", ds) == pytest.approx(sum(float(r[4]) for r in rows))


def test_a_quantity_hint_never_proposes_a_money_column(write) -> None:
    rows = [("T1", "01.03.2024", "K1", "120,00", "12,50"), ("T2", "02.03.2024", "K2", "80,00", "8,25")]
    text = _csv(rows, "Transaktions-ID;Datum;Käufer-ID;Preis;Provision")
    with pytest.raises(InputError) as err:
        ia.load_file(write("tx.csv", text), mapping={"Preis": "unit_price"})
    assert "Provision=quantity" not in str(err.value)
