"""Which column is the customer, the order and the order date (docs/import.md, round 6): small hand-made files,
expected figures computed here from the rows written, never through insight."""

from __future__ import annotations

import pytest

import insight.api as ia
from insight.errors import InputError
from insight.io import read_table


def _csv(header: str, rows: list[tuple[str, ...]], sep: str = ";") -> str:
    return header + "\n" + "".join(sep.join(r) + "\n" for r in rows)


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


# an order system's export with a date word no list knows: several dated rows per customer are orders
_DATED = [
    ("A1", "2024-03-05 14:22:10", "K1", "100,00"),
    ("A2", "2024-03-09 09:01:00", "K1", "50,00"),
    ("A3", "2024-04-01 10:00:00", "K2", "70,00"),
    ("A4", "2024-04-02 11:30:00", "K3", "30,00"),
    ("A5", "2024-05-02 12:30:00", "K2", "20,00"),
]


def test_a_date_column_that_varies_within_a_customer_makes_order_lines(write) -> None:
    path = write("export.csv", _csv("Auftrags-ID;Zeitstempel Erfassung;Kunden-ID;Betrag", _DATED))
    m = read_table(path)
    assert m.table == "order_lines"
    assert m.mapping["Zeitstempel Erfassung"] == "order_date"
    assert any("order date" in n and "Zeitstempel Erfassung" in n for n in m.notes)
    ds = ia.load_file(path)
    assert _value("Wie viele Kunden?", ds) == 3
    assert _value("Umsatz gesamt", ds) == pytest.approx(270.0)


def test_one_date_per_customer_stays_a_customers_table(write) -> None:
    rows = [("K1", "2024-03-05 14:22:10", "Berlin"), ("K2", "2024-03-09 09:01:00", "Köln"),
            ("K3", "2024-04-01 10:00:00", "Bonn")]
    m = read_table(write("kunden.csv", _csv("Kunden-ID;Angelegt um;Ort", rows)))
    assert m.table == "customers"


@pytest.mark.parametrize("header", ["Eingang", "Termin", "Buchungsdatum", "Buchungstag", "Behandlungsdatum",
                                    "Leistungsdatum", "Abholung", "Mietbeginn", "Auftragseingang"])
def test_trade_words_for_the_order_date(write, header) -> None:
    rows = [("K1", "05.03.2024 14:30", "45,00"), ("K2", "06.03.2024 10:00", "30,00")]
    m = read_table(write("x.csv", _csv(f"Kd-Nr;{header};Betrag", rows)))
    assert m.table == "order_lines" and m.mapping[header] == "order_date"


@pytest.mark.parametrize("header", ["user_id", "Patient-Nr", "Patientennr.", "Mieter-Nr.", "Vertragskonto",
                                    "Kundenkonto", "Verk. an Deb.-Nr.", "Käufer-ID", "Buyer ID"])
def test_trade_words_for_the_customer_number(write, header) -> None:
    rows = [("1", "C1", "2024-03-05", "10,00"), ("2", "C2", "2024-03-06", "20,00")]
    m = read_table(write("x.csv", _csv(f"id;{header};Datum;Betrag", rows)))
    assert m.mapping[header] == "customer_id"
    assert "id" not in m.mapping or m.mapping["id"] != "customer_id"


def test_a_user_id_beats_the_rows_own_id_which_becomes_the_order(write) -> None:
    rows = [(f"ord_{i}", f"usr_{i % 3}", f"2024-03-0{1 + i}T10:0{i}:00+01:00", "9.99") for i in range(6)]
    ds = ia.load_file(write("orders.csv", _csv("id,user_id,created_at,amount", rows, sep=",")))
    assert _value("number of customers", ds) == 3
    assert _value("number of orders", ds) == 6


def test_a_buyer_email_keys_customers_without_case_and_the_display_name_is_a_name(write) -> None:
    rows = [("P1", "Anna.0@x.de", "Anna Müller", "2024-03-01", "10.00"),
            ("P2", " anna.0@x.de ", "Anna Müller", "2024-03-01", "20.00"),
            ("P3", "ANNA.0@X.DE", "Anna Müller", "2024-04-01", "5.00"),
            ("P4", "anna.1@x.de", "Anna Müller", "2024-04-02", "7.00")]
    path = write("sales.csv", _csv("Purchase ID,Buyer Email,Buyer Name,Purchase Date,Amount", rows, sep=","))
    m = read_table(path)
    assert m.mapping["Buyer Name"] == "name" and m.mapping["Purchase ID"] == "order_id"
    assert sorted(m.frame.get_column("customer_id").unique().to_list()) == ["anna.0@x.de", "anna.1@x.de"]
    ds = ia.load_file(path)
    assert _value("number of customers", ds) == 2
    assert _value("number of orders", ds) == 4  # two purchases of one buyer on one day are two orders


def test_the_consultants_map_wins_over_every_trade_word(write) -> None:
    rows = [("1", "C1", "M1", "2024-03-05", "10,00"), ("2", "C2", "M2", "2024-03-06", "20,00")]
    path = write("x.csv", _csv("id;user_id;Mieter-Nr.;Buchungsdatum;Betrag", rows))
    m = read_table(path, mapping={"Mieter-Nr.": "customer_id"})
    assert m.mapping["Mieter-Nr."] == "customer_id" and m.mapping.get("user_id") != "customer_id"


def test_a_bank_statements_counterparty_is_the_customer(write) -> None:
    rows = [("05.03.24", "GUTSCHR. UEBERWEISUNG", "Müller GmbH", "DE001", "100,00"),
            ("06.03.24", "GUTSCHR. UEBERWEISUNG", "Schulz KG", "DE002", "50,00"),
            ("07.03.24", "GUTSCHR. UEBERWEISUNG", "Müller GmbH", "DE003", "25,00")]
    m = read_table(write("umsatz.csv", _csv("Buchungstag;Buchungstext;Beguenstigter/Zahlungspflichtiger;"
                                            "Kontonummer/IBAN;Betrag", rows)))
    assert m.mapping["Buchungstag"] == "order_date"
    assert m.mapping["Beguenstigter/Zahlungspflichtiger"] == "name"
    assert m.frame.get_column("customer_id").n_unique() == 2


def test_a_crm_deals_unique_name_is_the_order(write) -> None:
    rows = [("Acme – Wartung 1", "Acme GmbH", "Closed Won", "3/5/2024", "1000"),
            ("Acme – Lizenzen 2", "Acme GmbH", "Closed Won", "3/5/2024", "500"),
            ("Beta – Wartung 3", "Beta KG", "Closed Lost", "3/6/2024", "700")]
    path = write("report.csv", _csv("Opportunity Name,Account Name,Stage,Close Date,Amount", rows, sep=","))
    m = read_table(path)
    assert m.mapping["Opportunity Name"] == "order_id"
    assert _value("How many orders?", ia.load_file(path)) == 2


def test_a_refund_flag_counts_refunded_purchases(write) -> None:
    rows = [(f"P{i}", f"b{i % 4}@x.de", f"2024-03-{1 + i:02d}", "10.00", "true" if i % 3 == 0 else "false")
            for i in range(9)]
    ds = ia.load_file(write("sales.csv", _csv("Purchase ID,Buyer Email,Purchase Date,Amount,Refunded", rows,
                                              sep=",")))
    assert _value("How many purchases were refunded?", ds) == 3
    assert _value("What was our total revenue?", ds) == pytest.approx(60.0)


def test_a_dated_file_without_an_amount_names_the_amount(write) -> None:
    rows = [("K1", "2024-03-05 14:22:10", "x"), ("K1", "2024-03-09 09:01:00", "y"), ("K2", "2024-03-10 09:01:00", "z")]
    with pytest.raises(InputError, match="amount"):
        read_table(write("x.csv", _csv("Kunden-ID;Zeitpunkt;Notiz", rows)))


def test_a_bare_nr_of_documents_is_the_order_but_not_a_customer_number(write) -> None:
    docs = [("V1", "D1", "05.03.2024", "10,00"), ("V2", "D1", "05.03.2024", "20,00"), ("V3", "D2", "06.03.2024", "5,00")]
    m = read_table(write("belege.csv", _csv("Nr.;Verk. an Deb.-Nr.;Buchungsdatum;Betrag", docs)))
    assert m.mapping["Nr."] == "order_id"
    kunden = [("7", "Müller", "05.03.2024", "10,00"), ("7", "Müller", "09.03.2024", "20,00"),
              ("8", "Schulz", "06.03.2024", "5,00")]
    m = read_table(write("k.csv", _csv("Nr.;Kundenname;Datum;Betrag", kunden)))
    assert m.mapping.get("Nr.") != "order_id"


def test_a_meter_point_is_proposed_with_its_likeness_never_taken_unasked(write) -> None:
    rows = [(f"Z{i}", f"{1 + i % 9:02d}.03.2024", f"{10 + i},00") for i in range(30)]
    with pytest.raises(InputError) as info:
        ia.load_file(write("strom.csv", _csv("Zählpunkt;Belegdatum;Betrag", rows)))
    msg = str(info.value)
    assert "closest: 'Zählpunkt' (" in msg and "(100)" not in msg
    assert '--map "Zählpunkt=customer_id"' in msg


def test_a_bare_vorgang_of_documents_is_the_order_but_a_type_of_transaction_is_not(write) -> None:
    docs = [("AU-1", "K1", "05.03.2024", "10,00"), ("AU-2", "K1", "05.03.2024", "20,00"),
            ("AU-3", "K2", "06.03.2024", "5,00")]
    assert read_table(write("v.csv", _csv("Vorgang;Kd-Nr;Datum;Betrag", docs))).mapping["Vorgang"] == "order_id"
    kinds = [("Auftrag", "K1", "05.03.2024", "10,00"), ("Auftrag", "K2", "05.03.2024", "20,00"),
             ("Rechnung", "K2", "06.03.2024", "5,00")]
    assert read_table(write("t.csv", _csv("Vorgang;Kd-Nr;Datum;Betrag", kinds))).mapping.get("Vorgang") != "order_id"


def test_a_bare_id_that_never_repeats_is_the_order_beside_a_repeating_customer_word_column(write) -> None:
    rows = [(f"o{i}", f"acc-{i % 12}", f"2024-03-{1 + i % 28:02d}", "12.50") for i in range(40)]
    m = read_table(write("o.csv", _csv("id,account_key,created,total", rows, sep=",")))
    assert m.mapping["id"] == "order_id" and m.mapping["account_key"] == "customer_id"
    assert m.frame.get_column("customer_id").n_unique() == 12


def test_a_bare_id_stays_the_customer_beside_an_account_manager(write) -> None:
    rows = [(f"c{i}", f"Manager {i % 12}", f"2024-03-{1 + i % 28:02d}", "12.50") for i in range(40)]
    m = read_table(write("o.csv", _csv("id,Account Manager,created,total", rows, sep=",")))
    assert m.mapping["id"] == "customer_id"
