"""Import rules the fifth blind client set found refused or misread (docs/import.md): small hand-made files, the
expected figures computed here in plain Python from the rows written, never through insight."""

from __future__ import annotations

import datetime as dt

import pytest

import insight.api as ia
from insight.errors import InputError


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


def test_padded_title_and_total_lines_above_the_header(write) -> None:
    rows = [("R-1", "45292", "K1", "100,00"), ("R-2", "45293", "K2", "50,50"), ("R-3", "45300", "K1", "20,00")]
    text = ("Ausgangsbuch 2024;;;\nSumme;;;170,50\n;;;\nBeleg-Nr;Belegdatum;Kd.-Nr.;Betrag netto\n"
            + "".join(";".join(r) + "\n" for r in rows))
    ds = ia.load_file(write("journal.csv", text))
    lines = ds.order_lines.sort("order_date")
    assert lines.height == len(rows)
    assert lines["customer_id"].to_list() == ["K1", "K2", "K1"]
    first = dt.datetime(1899, 12, 30) + dt.timedelta(days=45292)  # Excel's day numbers
    assert lines["order_date"][0] == first
    assert _value("Umsatz", ds) == pytest.approx(sum(float(r[3].replace(",", ".")) for r in rows))


def test_two_digit_year_german_dates_beside_an_order_total(write) -> None:
    rows = [("A-1", "20.06.24", "000027", "379,46"), ("A-2", "20.12.23", "000171", "1.626,12"),
            ("A-3", "01.02.24", "000027", "10,00")]
    text = "Auftragsnummer;Erstellt;Kundennummer;Gesamt Netto\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("auftraege.csv", text))
    assert ds.order_lines.height == len(rows)
    assert sorted(ds.order_lines["order_date"].dt.date().to_list()) == [
        dt.date(2023, 12, 20), dt.date(2024, 2, 1), dt.date(2024, 6, 20)]


def test_us_twelve_hour_times_and_total_paid(write) -> None:
    rows = [("1", "03/24/2024 09:07 AM", "a@x.example", "199.00"), ("2", "07/03/2024 04:02 PM", "b@x.example", "50.00"),
            ("3", "07/04/2024 12:15 AM", "a@x.example", "10.00")]
    text = "Order #,Order Date,Email,Total Paid\n" + "".join(",".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("orders.csv", text))
    assert sorted(ds.order_lines["order_date"].to_list()) == [
        dt.datetime(2024, 3, 24, 9, 7), dt.datetime(2024, 7, 3, 16, 2), dt.datetime(2024, 7, 4, 0, 15)]
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3]) for r in rows))


def test_till_receipts_without_any_customer_are_anonymous_lines(write) -> None:
    cards = ["VISA", "MASTERCARD", "VISA", "GIROCARD"] * 5
    rows = [(f"T{i}", f"{1 + i % 28:02d}.03.2024", cards[i], f"{10 + i},50 €") for i in range(20)]
    text = "Transaktions-ID;Datum;Kartentyp;Betrag\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("kasse.csv", text))
    assert ds.order_lines.height == len(rows)
    assert ds.order_lines["customer_id"].null_count() == len(rows)
    assert _value("Umsatz", ds) == pytest.approx(sum(10.5 + i for i in range(20)))


def test_refusal_proposes_only_a_plausible_customer_column(write) -> None:
    rows = [(f"{1 + i % 28:02d}.03.2024", f"B{i % 12}", ["Anna", "Ben"][i % 2], f"{i}.00") for i in range(30)]
    text = "Datum;Käuferkonto;Vorname;Betrag\n" + "".join(";".join(r) + "\n" for r in rows)
    with pytest.raises(InputError) as err:
        ia.load_file(write("sales.csv", text))
    assert '--map "Käuferkonto=customer_id"' in str(err.value) and "Vorname" not in str(err.value).split("closest")[1]


def test_amount_header_naming_its_currency_is_already_converted(write) -> None:
    rows = [("1", "01.03.2024", "D1", "100,00", "USD", "92,00"), ("2", "02.03.2024", "D2", "50,00", "CHF", "52,00"),
            ("3", "03.03.2024", "D1", "10,00", "EUR", "10,00")]
    text = "Auftrag;Datum;Kundennr;Betrag FW;Währung;Betrag EUR\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("fx.csv", text), mapping={"Betrag EUR": "amount"})
    assert ds.order_lines["currency"].unique().to_list() == ["EUR"]
    assert _value("Umsatz", ds) == pytest.approx(sum(float(r[5].replace(",", ".")) for r in rows))


def test_customer_figures_on_anonymous_lines_are_asked_back(write) -> None:
    rows = [(f"T{i}", f"{1 + i % 28:02d}.03.2024", f"{10 + i},00 €") for i in range(12)]
    ds = ia.load_file(write("kasse.csv", "Beleg-ID;Datum;Betrag\n" + "".join(";".join(r) + "\n" for r in rows)))
    for question in ("Wie viele Kunden?", "Wie hoch ist die Wiederkaufsrate?", "Top 5 Kunden nach Umsatz"):
        data = ia.ask(question, ds).to_json()
        assert data["status"] == "clarify", (question, data["text"])
    assert _value("Wie viele Aufträge?", ds) == len(rows)


def test_debitor_guest_number_arrival_and_booking_number(write) -> None:
    rows = [("R1", "G7", "03.03.2024", "200,00"), ("R2", "G7", "03.03.2024", "150,00"), ("R3", "G9", "05.03.2024", "90,00")]
    ds = ia.load_file(write("pms.csv", "Res.-Nr.;Gastnummer;Anreise;Gesamt netto\n"
                            + "".join(";".join(r) + "\n" for r in rows)))
    assert _value("Wie viele Aufträge?", ds) == len({r[0] for r in rows})  # two bookings of G7 on one day
    assert _value("Wie viele Kunden?", ds) == len({r[1] for r in rows})
    fx = ia.load_file(write("fx.csv", "Auftrag;Datum;Debitor;Betrag\nA1;01.03.2024;D1;10,00\nA2;02.03.2024;D2;5,00\n"))
    assert fx.order_lines["customer_id"].to_list() == ["D1", "D2"]


def test_member_list_and_journal_abbreviations(write) -> None:
    members = write("mitglieder.csv", "Mitgliedsnr;Tarif;Monatsbeitrag\n000001;Flex;34,90\n000002;Basic;19,90\n")
    assert ia.load_file(members).customers["customer_id"].cast(str).to_list() == ["1", "2"]
    rows = [("0000004711", "R1", "02.01.24", "100,00"), ("0000004711", "R2", "05.01.24", "50,00"),
            ("0000000815", "R3", "05.01.24", "20,00")]
    journal = write("OPFAKT.TXT", "KDNR;BELNR;BELDAT;BETRAG\n" + "".join(";".join(r) + "\n" for r in rows))
    ds = ia.load_file(journal)
    assert _value("Wie viele Aufträge?", ds) == len(rows)
    assert _value("Umsatz", ds) == pytest.approx(170.0)


def test_a_settlement_report_is_refused_naming_the_orders_export(write) -> None:
    text = ("settlement-id\ttransaction-type\torder-id\tamount-type\tamount\tposted-date\n"
            "118\tOrder\t302-1\tItemPrice\t12,34\t05.03.2024 10:00:00 UTC\n"
            "118\tOrder\t302-1\tItemFees\t-1,85\t05.03.2024 10:00:00 UTC\n")
    with pytest.raises(InputError) as err:
        ia.load_file(write("settlement.txt", text))
    message = str(err.value)
    assert "settlement (payout) report" in message and "orders report" in message and "\n" not in message
