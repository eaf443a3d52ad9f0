"""Import rules the fourth blind client set found silently wrong (docs/import.md): small generated files, the
expected figures computed here in plain Python from the rows written, never through insight."""

from __future__ import annotations

import pytest

import insight.api as ia
from insight.metrics.conventions import is_non_sale_document, is_product_header, non_sale_column


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("coffee", False),
        ("toffee", False),
        ("transaction fee", True),
        ("verkaufsgebuhr", True),
        ("allgemeine abbuchung", True),
        ("ausgabe", True),
        ("einnahme", False),
        ("eingangsrechnung", True),
        ("bill", False),
        ("website zahlung", False),
    ],
)
def test_non_sale_words_are_whole_words_or_german_compounds(value, expected) -> None:
    assert is_non_sale_document(value) is expected


def test_product_and_payment_method_columns_are_no_document_types() -> None:
    assert is_product_header("Category") and is_product_header("Warengruppe") and is_product_header("Payment Method")
    assert not is_product_header("Belegart") and not is_product_header("Event Type")


def test_a_category_value_never_drops_lines(write) -> None:
    rows = [
        ("2024-03-01", "A1", "Coffee", "Espresso", "4.50"),
        ("2024-03-02", "A2", "Bakery", "Croissant", "3.00"),
        ("2024-03-03", "A1", "Coffee", "Latte", "5.00"),
        ("2024-03-04", "A3", "Food", "Bagel", "8.00"),
        ("2024-03-05", "A2", "Fees", "Service", "1.00"),
    ]
    text = "Date,Customer ID,Category,Item,Net Sales\n" + "".join(",".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("items.csv", text), mapping={"Net Sales": "amount"})
    assert _value("revenue", ds) == pytest.approx(sum(float(r[4]) for r in rows))


def test_expense_vouchers_are_no_sales(write) -> None:
    rows = [
        ("01.03.2024", "Kunde A", "Einnahme", "100,00"),
        ("02.03.2024", "Amazon EU", "Ausgabe", "40,00"),
        ("03.03.2024", "Kunde B", "Einnahme", "250,50"),
        ("04.03.2024", "Vermieter", "Ausgabe", "900,00"),
        ("05.03.2024", "Kunde A", "Einnahme", "20,00"),
    ]
    text = "Belegdatum;Kontakt;Belegart;Netto\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("belege.csv", text), mapping={"Kontakt": "customer_id"})
    sales = [r for r in rows if r[2] == "Einnahme"]
    assert _value("Umsatz", ds) == pytest.approx(sum(float(r[3].replace(",", ".")) for r in sales))
    assert _value("Wie viele Kunden?", ds) == len({r[1] for r in sales})


def test_every_status_column_cancels(write) -> None:
    rows = [
        ("1", "2024-03-01", "K1", "100.00", "completed", "paid"),
        ("2", "2024-03-02", "K2", "50.00", "cancelled", "open"),
        ("3", "2024-03-03", "K1", "70.00", "completed", "refunded"),
        ("4", "2024-03-04", "K3", "30.00", "open", "paid"),
        ("5", "2024-03-05", "K2", "20.00", "completed", "paid"),
    ]
    text = "orderNumber;orderDateTime;customerNumber;amountNet;orderState;paymentState\n" + "".join(
        ";".join(r) + "\n" for r in rows
    )
    ds = ia.load_file(
        write("order_export.csv", text),
        mapping={
            "orderNumber": "order_id",
            "orderDateTime": "order_date",
            "customerNumber": "customer_id",
            "amountNet": "amount",
        },
    )
    sold = [r for r in rows if r[4] != "cancelled" and r[5] != "refunded"]
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3]) for r in sold))
    assert _value("How many orders were refunded?", ds) == sum(r[5] == "refunded" for r in rows)


def test_year_and_iso_week_date_rows_on_the_monday(write) -> None:
    import datetime as dt

    rows = [
        ("2023", "52", "3001", "10,00"),
        ("2024", "1", "3001", "20,00"),
        ("2024", "10", "3002", "30,50"),
        ("2024", "10", "3001", "5,00"),
        ("2024", "27", "3002", "7,00"),
    ]
    text = "Jahr;KW;Kundennummer;Umsatz\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("wochen.csv", text))
    mondays = {dt.date.fromisocalendar(int(y), int(w), 1) for y, w, _, _ in rows}
    assert set(ds.order_lines.get_column("order_date").dt.date().to_list()) == mondays
    assert _value("Umsatz 2024", ds) == pytest.approx(
        sum(float(r[3].replace(",", ".")) for r in rows if r[0] == "2024")
    )


def test_repeated_customers_with_amounts_are_no_customers_table(write) -> None:
    from insight.errors import InputError

    text = "Kundennummer;Region;Umsatz\n1;Nord;10\n2;Süd;20\n1;Nord;30\n2;Süd;40\n1;Nord;5\n"
    with pytest.raises(InputError, match="repeats"):
        ia.load_file(write("umsatz.csv", text))


def test_payment_download_gross_before_fees_payer_email_and_transaction_code(write) -> None:
    rows = [
        ("01.03.2024", "A.Wolf", "Website-Zahlung", "50,00", "-1,59", "48,41", "a.wolf@web.example", "T1"),
        ("02.03.2024", "A.Wolf", "Website-Zahlung", "178,00", "-4,78", "173,22", "a.wolf@web.example", "T2"),
        ("03.03.2024", "B.Koch", "Website-Zahlung", "89,00", "-2,57", "86,43", "b.koch@web.example", "T3"),
        ("04.03.2024", "B.Koch", "Rückzahlung", "-89,00", "2,57", "-86,43", "b.koch@web.example", "T4"),
        ("05.03.2024", "Bank", "Allgemeine Abbuchung", "-150,00", "0,00", "-150,00", "", "T5"),
    ]
    text = "Datum,Name,Typ,Brutto,Gebühr,Netto,Absender E-Mail-Adresse,Transaktionscode\n" + "".join(
        ",".join(f'"{v}"' for v in r) + "\n" for r in rows
    )
    ds = ia.load_file(write("Download.CSV", text))
    sales = [r for r in rows if r[2] != "Allgemeine Abbuchung"]
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3].replace(",", ".")) for r in sales))
    assert set(ds.order_lines.get_column("order_id").to_list()) == {r[7] for r in rows}
    assert set(ds.order_lines.get_column("customer_id").drop_nulls().to_list()) == {r[6] for r in sales}


def test_net_subtotal_beside_gross_total_is_the_revenue(write) -> None:
    rows = [
        ("INV-1", "05 Mar 2024", "c1@x.example", "100.00", "15.00", "115.00"),
        ("INV-2", "06 Mar 2024", "c2@x.example", "200.00", "30.00", "230.00"),
        ("INV-3", "07 Mar 2024", "c1@x.example", "50.00", "7.50", "57.50"),
    ]
    text = "InvoiceNumber,InvoiceDate,EmailAddress,SubTotal,TotalTax,Total\n" + "".join(
        ",".join(r) + "\n" for r in rows
    )
    ds = ia.load_file(write("Export_Invoices.csv", text))
    assert _value("revenue", ds) == pytest.approx(sum(float(r[3]) for r in rows))


def test_purchase_words_count_only_beside_a_sales_document() -> None:
    import polars as pl

    bills = pl.DataFrame({"type": ["Sales invoice", "Bill", "Sales invoice"]})
    assert non_sale_column(bills, ["type"]) == ("type", ("Bill",))
    events = pl.DataFrame({"event": ["Purchase", "Refund", "Purchase"]})  # the customer's purchase: a sale
    assert non_sale_column(events, ["event"]) is None
