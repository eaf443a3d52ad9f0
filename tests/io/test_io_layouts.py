"""Export layouts around the table and conventions beside the amount (docs/import.md): repeated header rows,
footer lines, the sheet that holds a table, two-row headers, nested columns, question headers, tax, credits and
discount percentages. Each file is small and written here; the expected values are computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from insight.io import read_table


def _write(
    path: Path, header: list[str], rows: list[list[object]], sep: str = ",", pre: str = "", post: list[str] = ()
) -> Path:  # type: ignore[assignment]
    lines = [sep.join(str(c) for c in r) for r in [header, *rows]]
    path.write_text(pre + "\n".join([*lines, *post]) + "\n", encoding="utf-8")
    return path


def _orders(n: int = 12) -> list[list[object]]:
    return [[f"R{k}", f"K{k % 4}", f"2024-0{1 + k % 9}-1{k % 10}", f"{10 + k}.50"] for k in range(n)]


def test_repeated_header_rows_and_total_line_are_left_out(tmp_path: Path) -> None:
    header = ["Invoice", "Customer", "Invoice Date", "Net Amount"]
    rows = _orders(12)
    paged = [*rows[:5], header, *rows[5:10], header, *rows[10:], ["Total", "", "", "999.00"]]
    m = read_table(_write(tmp_path / "register.csv", header, paged, sep=";"))
    assert m.frame.height == 12
    assert m.frame.get_column("amount").sum() == pytest.approx(sum(10 + k + 0.5 for k in range(12)))
    assert any("2 repeated header row(s)" in n and "data row 6" in n for n in m.notes)
    assert any("totals row" in n for n in m.notes)


def test_a_row_that_merely_shares_one_value_with_the_header_stays(tmp_path: Path) -> None:
    header = ["Order", "Customer", "Date", "Amount", "Region"]
    rows = [[f"{k}", "Customer" if k == 3 else f"C{k}", "2024-03-01", "5.00", "EU"] for k in range(6)]
    m = read_table(_write(tmp_path / "o.csv", header, rows))
    assert m.frame.height == 6


def test_blank_line_and_summary_lines_after_the_table(tmp_path: Path) -> None:
    header = ["Bestellnummer", "Nutzername des Käufers", "Anzahl", "Verkauft für", "Gesamtpreis", "Verkaufsdatum"]
    rows = [[f"10-{k}", f"user_{k % 3}", 1, "EUR 12,50", "EUR 15,49", f"0{1 + k}.03.2024"] for k in range(5)]
    path = _write(
        tmp_path / "ebay.csv",
        header,
        rows,
        sep=";",
        pre="\n",
        post=[";;;;;", "5 Datensätze heruntergeladen;;;;;", "Verkäufer-ID : laden_1;;;;;"],
    )
    m = read_table(path)
    assert m.frame.height == 5
    assert m.mapping["Nutzername des Käufers"] == "customer_id"
    assert m.mapping["Verkaufsdatum"] == "order_date" and m.mapping["Verkauft für"] == "unit_price"
    assert m.frame.get_column("amount").sum() == pytest.approx(5 * 15.49)
    assert any("3 line(s) after the table" in n for n in m.notes)


def test_a_trailing_row_with_only_an_id_is_data(tmp_path: Path) -> None:
    header = ["Kundennummer", "Name", "Ort"]
    m = read_table(_write(tmp_path / "k.csv", header, [["1", "Anna", "Köln"], ["2", "Ben", "Bonn"], ["3", "", ""]]))
    assert m.table == "customers" and m.frame.height == 3


def test_excel_data_on_the_second_sheet(tmp_path: Path) -> None:
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "auswertung.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    notes = wb.add_worksheet("Hinweise")
    for i, line in enumerate(["Umsatzauswertung – vertraulich", "Beträge netto in EUR", "Daten im Blatt 'Daten'"]):
        notes.write_string(i, 0, line)
    ws = wb.add_worksheet("Daten")
    for c, h in enumerate(["Auftrag", "Kundennummer", "Auftragsdatum", "Umsatz netto"]):
        ws.write_string(0, c, h)
    for i in range(4):
        ws.write_string(i + 1, 0, f"A{i}")
        ws.write_number(i + 1, 1, 100 + i % 2)
        ws.write_datetime(i + 1, 2, dt.datetime(2024, 3, 1 + i))
        ws.write_number(i + 1, 3, 10.0 * (i + 1))
    wb.close()
    m = read_table(path)
    assert m.table == "order_lines" and m.frame.height == 4
    assert m.mapping["Auftrag"] == "order_id"
    assert m.frame.get_column("amount").sum() == pytest.approx(100.0)
    assert any("sheet 'Daten'" in n for n in m.notes)


def test_excel_two_row_header_with_merged_cells(tmp_path: Path) -> None:
    xlsxwriter = pytest.importorskip("xlsxwriter")
    path = tmp_path / "regionen.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Umsatz")
    ws.write_string(0, 0, "Umsatz nach Regionen 2024")
    for c, h in enumerate(["Beleg", "Kunde", "Datum"]):
        ws.merge_range(1, c, 2, c, h)
    ws.merge_range(1, 3, 1, 4, "Umsatz")
    ws.write_string(2, 3, "netto")
    ws.write_string(2, 4, "brutto")
    ws.merge_range(1, 5, 2, 5, "Region")
    for i in range(4):
        ws.write_number(i + 3, 0, i + 1)
        ws.write_string(i + 3, 1, f"K-{i % 2}")
        ws.write_datetime(i + 3, 2, dt.datetime(2024, 2, 1 + i))
        ws.write_number(i + 3, 3, 100.0)
        ws.write_number(i + 3, 4, 119.0)
        ws.write_string(i + 3, 5, "Süd")
    wb.close()
    m = read_table(path)
    assert m.frame.height == 4
    assert m.mapping["Umsatz netto"] == "amount"
    assert m.frame.get_column("amount").sum() == pytest.approx(400.0)  # netto, not brutto
    assert "umsatz_brutto" in m.frame.columns and m.client_columns["umsatz_brutto"] == "Umsatz brutto"


def test_nested_parquet_columns_are_flattened_and_dotted_paths_matched(tmp_path: Path) -> None:
    df = pl.DataFrame(
        {
            "name": ["#1001", "#1002", "#1003"],
            "created_at": [dt.datetime(2024, 3, 1, 10), dt.datetime(2024, 3, 2, 11), dt.datetime(2024, 3, 3, 12)],
            "customer": [{"id": 7}, {"id": None}, {"id": 8}],
            "total_price": [
                {"amount": 50.0, "currency_code": "EUR"},
                {"amount": 20.0, "currency_code": "EUR"},
                {"amount": 30.0, "currency_code": "EUR"},
            ],
            "shipping_address.country_code": ["DE", "AT", "DE"],
        }
    )
    path = tmp_path / "dump.parquet"
    df.write_parquet(path)
    m = read_table(path)
    assert m.mapping["customer.id"] == "customer_id"
    assert m.mapping["total_price.amount"] == "amount"
    assert m.mapping["total_price.currency_code"] == "currency"
    assert m.mapping["shipping_address.country_code"] == "country"
    assert m.frame.get_column("amount").to_list() == [50.0, 20.0, 30.0]
    assert m.frame.get_column("customer_id").to_list() == ["7", None, "8"]
    assert any("flattened" in n for n in m.notes)


def test_a_direct_header_beats_a_dotted_path(tmp_path: Path) -> None:
    df = pl.DataFrame(
        {
            "customer_id": ["a", "b"],
            "date": ["2024-01-01", "2024-01-02"],
            "amount": [1.0, 2.0],
            "total_price.amount": [9.0, 9.0],
        }
    )
    m = read_table(_parquet(df, tmp_path))
    assert m.mapping["amount"] == "amount" and "total_price.amount" not in m.mapping


def _parquet(df: pl.DataFrame, tmp_path: Path) -> Path:
    path = tmp_path / "x.parquet"
    df.write_parquet(path)
    return path


def test_survey_score_named_by_its_question_and_email_as_customer(tmp_path: Path) -> None:
    header = ["#", "Email", "How likely are you to recommend us to a friend or colleague?", "Why?", "Submitted At"]
    rows = [[f"r{k}", f"u{k}@example.org", k, "ok", f"2024-06-0{k + 1} 12:00:00"] for k in range(5)]
    m = read_table(_write(tmp_path / "typeform.csv", header, rows))
    assert m.table == "survey_responses"
    assert m.mapping[header[2]] == "nps" and m.mapping["Email"] == "customer_id"
    assert m.frame.get_column("nps").to_list() == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_a_map_for_another_file_does_not_decide_this_files_table(tmp_path: Path) -> None:
    orders = _write(
        tmp_path / "orders.csv",
        ["Order ID", "Email", "Order Date", "Total"],
        [["1", "a@x.de", "2024-01-02", "10.00"], ["2", "b@x.de", "2024-01-03", "12.00"]],
    )
    m = read_table(orders, mapping={"How likely are you to recommend us?": "nps"})
    assert m.table == "order_lines" and m.mapping["Email"] == "customer_id"


def test_date_with_a_comma_before_the_time(tmp_path: Path) -> None:
    header = ["ID", "Purchase Date", "Grand Total (Base)", "Subtotal", "Customer Email"]
    rows = [
        [
            f"{100000001 + k:09d}",
            f'"0{1 + k % 9}.03.2024, 14:2{k % 10}:10"',
            f'"1.0{k % 10}4,50 €"',
            f'"1.0{k % 10}0,00 €"',
            f"c{k % 7}@example.de",
        ]
        for k in range(25)
    ]
    m = read_table(_write(tmp_path / "grid.csv", header, rows))
    assert m.frame.get_column("order_date")[0] == dt.datetime(2024, 3, 1, 14, 20, 10)
    assert m.mapping["Grand Total (Base)"] == "amount"  # the order total, not the subtotal
    assert m.frame.get_column("amount")[0] == pytest.approx(1004.50)
    # 'ID' never repeats and an e-mail column names the customer: 'ID' is the order number
    assert m.mapping["ID"] == "order_id" and m.mapping["Customer Email"] == "customer_id"


def test_an_id_that_repeats_stays_the_customer(tmp_path: Path) -> None:
    rows = [[f"{k % 5}", "2024-03-01", "5.00", f"c{k % 5}@example.de"] for k in range(25)]
    m = read_table(_write(tmp_path / "o.csv", ["ID", "Date", "Amount", "Email"], rows))
    assert m.mapping["ID"] == "customer_id"


def test_loyalty_card_number_is_the_customer(tmp_path: Path) -> None:
    rows = [["0000001", "9276000036", "14.10.2024", "17,14"], ["0000002", "9276000001", "15.10.2024", "3,50"]]
    m = read_table(_write(tmp_path / "karte.csv", ["Bon", "Kartennummer", "Datum", "Umsatz"], rows, sep=";"))
    assert m.mapping["Kartennummer"] == "customer_id" and m.mapping["Bon"] == "order_id"


def test_amount_including_tax_and_credit_adjustments(tmp_path: Path) -> None:
    header = ["Invoice Number", "Invoice Date", "Customer Id", "Status", "Amount", "Tax", "Amount Adjusted"]
    rows = [
        ["I1", "2024-01-01", "a", "paid", "119.00", "19.00", "0.00"],
        ["I2", "2024-02-01", "a", "paid", "119.00", "19.00", "50.00"],
        ["I3", "2024-02-01", "b", "paid", "99.00", "0.00", "0.00"],
        ["I4", "2024-03-01", "b", "voided", "99.00", "0.00", "0.00"],
    ]
    m = read_table(_write(tmp_path / "invoices.csv", header, rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, 50.0, 99.0, 99.0])
    assert any("includes the tax of 'Tax'" in n for n in m.notes)
    assert any("'Amount Adjusted'" in n for n in m.notes)


def test_a_named_net_amount_is_never_lowered_by_the_tax(tmp_path: Path) -> None:
    header = ["Rechnungsnummer", "Datum", "Kundennummer", "Nettobetrag", "USt-Betrag", "Bruttobetrag"]
    rows = [["R1", "01.02.2024", "1", "100,00", "19,00", "119,00"], ["R2", "02.02.2024", "2", "50,00", "9,50", "59,50"]]
    m = read_table(_write(tmp_path / "re.csv", header, rows, sep=";"))
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, 50.0])
    header = ["Order", "Date", "Customer", "Total", "Tax", "Subtotal"]  # a net column beside: 'Total' stays
    rows = [["1", "2024-01-01", "a", "119.00", "19.00", "100.00"]]
    m = read_table(_write(tmp_path / "shop.csv", header, rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([119.0])


def test_a_net_amount_beside_a_gross_total_keeps_its_tax(tmp_path: Path) -> None:
    header = ["Invoice", "Date", "Customer", "Amount", "Tax", "Grand"]  # 'Grand' = Amount + Tax: Amount is net
    rows = [["1", "2024-01-01", "a", "100.00", "19.00", "119.00"], ["2", "2024-01-02", "b", "50.00", "0.00", "50.00"]]
    m = read_table(_write(tmp_path / "inv.csv", header, rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, 50.0])


def test_a_referral_header_is_no_survey_question(tmp_path: Path) -> None:
    header = ["Kundennummer", "Datum", "Betrag", "Empfehlung durch einen Freund"]
    rows = [["1", "01.02.2024", "10,00", "ja"], ["2", "02.02.2024", "12,00", "nein"]]
    m = read_table(_write(tmp_path / "o.csv", header, rows, sep=";"))
    assert m.table == "order_lines"


@pytest.mark.parametrize(
    ("header", "cells", "factor"),
    [
        ("Rabatt %", ["0", "5", "10"], [1.0, 0.95, 0.9]),  # the number of percent
        ("Discount (%)", ["0", "0.05", "0.1"], [1.0, 0.95, 0.9]),  # fractions (an Excel percent format)
        ("Rabatt", ["0 %", "5 %", "10 %"], [1.0, 0.95, 0.9]),  # the cells say percent
        ("Rabatt", ["0", "5", "10"], [1.0, 1.0, 1.0]),  # no percent sign: may be money, left alone
    ],
)
def test_discount_percent_without_a_line_total(
    tmp_path: Path, header: str, cells: list[str], factor: list[float]
) -> None:
    rows = [[f"LS{k}", "40000", "10.09.2024", "-3" if k == 2 else "4", "12,50", cells[k]] for k in range(3)]
    path = _write(
        tmp_path / "ls.csv",
        ["Belegnummer", "Kundennummer", "Belegdatum", "Menge", "Einzelpreis", header],
        rows,
        sep=";",
    )
    m = read_table(path)
    qty = [4, 4, -3]
    expected = [round(q * 12.5 * f, 2) for q, f in zip(qty, factor, strict=True)]
    amounts = m.frame.get_column("amount").to_list()
    if factor == [1.0, 1.0, 1.0]:
        assert amounts == [None, None, None]  # quantity × unit price, as without a discount column
    else:
        assert amounts == pytest.approx(expected)
        assert any("less the discount" in n for n in m.notes)


def test_discount_is_not_applied_beside_a_line_total(tmp_path: Path) -> None:
    header = ["Order", "Customer", "Date", "Quantity", "Unit Price", "Discount (%)", "Subtotal"]
    rows = [["S1", "a", "2024-01-01", "2", "10.00", "10", "18.00"]]
    m = read_table(_write(tmp_path / "odoo.csv", header, rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([18.0])
