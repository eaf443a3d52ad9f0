"""Every supported format read into canonical order lines, checked against hand-computed values."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.io import read_table
from insight.schema import ORDER_LINES


def _check_canonical(mapped) -> None:
    assert mapped.table == "order_lines"
    canonical = mapped.frame.select(list(ORDER_LINES.columns))  # the client's own columns follow them
    assert canonical.schema == pl.Schema(ORDER_LINES.columns)


def test_german_semicolon_latin1_csv(write):
    path = write("umsatz.csv",
                 "Kundennummer;Rechnungsnummer;Datum;Menge;Einzelpreis;Bemerkung\n"
                 "00017;R1;31.12.2011;2;1.234,56;Grüße\n"
                 "00018;R2;01.01.2012;3;12,5;\n", encoding="latin-1")
    m = read_table(path)
    _check_canonical(m)
    f = m.frame
    assert f["customer_id"].to_list() == ["17", "18"]
    assert f["order_id"].to_list() == ["R1", "R2"]
    assert f["order_date"].to_list() == [dt.datetime(2011, 12, 31), dt.datetime(2012, 1, 1)]
    assert f["quantity"].to_list() == [2.0, 3.0]
    assert f["unit_price"].to_list() == [1234.56, 12.5]
    assert any("Latin-1" in n for n in m.notes)
    assert any("decimal comma" in n for n in m.notes)
    assert m.frame["bemerkung"].to_list() == ["Grüße", None]  # the client's column, kept per line
    assert m.rows_read == 2


def test_english_csv_with_quoted_thousands(write):
    path = write("sales.csv", 'Customer ID,Date,Amount\n1,2011-12-31 08:26:00,"1,234.50"\n2,2012-01-01 10:00:00,3\n')
    m = read_table(path)
    _check_canonical(m)
    assert m.frame["amount"].to_list() == [1234.5, 3.0]
    assert m.frame["order_date"][0] == dt.datetime(2011, 12, 31, 8, 26)
    assert m.frame["order_id"].to_list() == ["D1-20111231", "D2-20120101"]
    assert any("synthesised" in n for n in m.notes)


def test_parquet_roundtrip(tmp_path):
    src = pl.DataFrame({
        "InvoiceNo": ["1", "C2"], "CustomerID": [17850.0, None], "InvoiceDate": [dt.datetime(2011, 1, 2, 3, 4)] * 2,
        "Quantity": [2, -1], "UnitPrice": [1.5, 2.0],
    })
    path = tmp_path / "x.parquet"
    src.write_parquet(path)
    m = read_table(path)
    _check_canonical(m)
    assert m.frame["customer_id"].to_list() == ["17850", None]
    assert m.frame["quantity"].to_list() == [2.0, -1.0]


def test_tsv(write):
    m = read_table(write("x.tsv", "Customer ID\tInvoiceDate\tQuantity\tPrice\n5\t12/31/2011 08:26\t2\t1.25\n"))
    _check_canonical(m)
    assert m.frame.select("customer_id", "order_date", "quantity", "unit_price").row(0) == (
        "5", dt.datetime(2011, 12, 31, 8, 26), 2.0, 1.25)


def test_pipe_separated_dat(write):
    m = read_table(write("x.dat", "Kunde|Datum|Betrag\n5|2011-12-31|1.234,50\n6|2011-12-30|-3,00\n"))
    assert m.frame["amount"].to_list() == [1234.5, -3.0]


def test_whitespace_aligned_text_with_leading_blanks(write):
    text = (" customer_id  date number_of_cds  dollar_value\r\n"
            " 00001 19970101  1   11.77\r\n"
            " 00002 19970112  5   77.00\r\n")
    m = read_table(write("cd.txt", text))
    _check_canonical(m)
    assert m.frame.select("customer_id", "order_date", "quantity", "amount").rows() == [
        ("1", dt.datetime(1997, 1, 1), 1.0, 11.77), ("2", dt.datetime(1997, 1, 12), 5.0, 77.0)]


def test_utf8_bom_and_crlf(write):
    m = read_table(write("b.csv", "\ufeffKunde,Datum,Betrag\r\n1,2011-01-01,2\r\n"))
    assert m.mapping == {"Kunde": "customer_id", "Datum": "order_date", "Betrag": "amount"}
    assert m.frame["amount"].to_list() == [2.0]


def test_utf16_excel_unicode_text(write):
    m = read_table(write("u.txt", "\ufeffKunde\tDatum\tBetrag\r\nMüller\t31.12.2011\t2,5\r\n", encoding="utf-16-le"))
    assert m.frame.select("customer_id", "amount").row(0) == ("Müller", 2.5)


def test_windows_1252_euro_sign(write):
    m = read_table(write("w.csv", "Kunde;Datum;Betrag\nMüller;31.12.2011;€ 1.234,50\n", encoding="cp1252"))
    assert m.frame.select("customer_id", "amount").row(0) == ("Müller", 1234.5)
    assert any("Windows-1252" in n for n in m.notes)


def test_number_and_date_variants(write):
    text = ("Kunde;Datum;Betrag\n"
            "1;31.12.11;12,50-\n"          # two-digit year, SAP trailing minus
            "2;1.2.2011 10:15;1.000\n"     # no zero padding, time, German thousands (semicolon file)
            "3;31.12.2011 23:59:59;n/a\n")  # a spelled-out missing value
    m = read_table(write("v.csv", text))
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 12, 31), dt.datetime(2011, 2, 1, 10, 15),
                                               dt.datetime(2011, 12, 31, 23, 59, 59)]
    assert m.frame["amount"].to_list() == [-12.5, 1000.0, None]


def test_english_thousands_in_comma_file(write):
    m = read_table(write("e.csv", 'Kunde,Datum,Betrag\n1,2011-12-31T08:00:00,"1,000"\n2,2011-12-31,2.5\n'))
    assert m.frame["amount"].to_list() == [1000.0, 2.5]
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 12, 31, 8), dt.datetime(2011, 12, 31)]


def test_yyyymmdd_integers_and_excel_serials():
    from insight.io import map_frame

    m = map_frame(pl.DataFrame({"Kunde": [1, 2], "Datum": [19970101, 19971231], "Betrag": [1, 2]}))
    assert m.frame["order_date"].to_list() == [dt.datetime(1997, 1, 1), dt.datetime(1997, 12, 31)]
    m = map_frame(pl.DataFrame({"Kunde": [1, 2], "Datum": [40908.0, 40908.5], "Betrag": [1, 2]}))
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 12, 31), dt.datetime(2011, 12, 31, 12)]


def test_xlsx(tmp_path):
    src = pl.DataFrame({
        "Kundennummer": [17850.0, None, 12346.0],
        "Rechnungsdatum": [dt.datetime(2011, 12, 31, 8, 26), dt.datetime(2011, 1, 1), dt.datetime(2011, 2, 1)],
        "Menge": [2, 3, -1], "Einzelpreis": [1.5, 2.0, 3.0], "Rechnungsnummer": ["536365", "536366", "C536367"],
        "Region": ["Nord", "Süd", "Nord"],
    })
    path = tmp_path / "umsatz.xlsx"
    src.write_excel(path, worksheet="Umsatz")
    m = read_table(path)
    _check_canonical(m)
    f = m.frame
    assert f["customer_id"].to_list() == ["17850", None, "12346"]
    assert f["order_date"].to_list() == src["Rechnungsdatum"].to_list()
    assert f["quantity"].to_list() == [2.0, 3.0, -1.0]
    assert f["order_id"].to_list() == ["536365", "536366", "C536367"]
    # the client's column stays on every line, the unattributed one included
    assert m.frame["region"].to_list() == ["Nord", "Süd", "Nord"]
    assert m.rows_read == 3


def test_xlsx_duplicate_headers_are_an_error(tmp_path):
    import xlsxwriter

    from insight.errors import InputError

    path = tmp_path / "dup.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet()
    for r, row in enumerate([["Kunde", "Datum", "Kunde"], [1, "2011-01-01", 2]]):
        ws.write_row(r, 0, row)
    wb.close()
    with pytest.raises(InputError, match="duplicate column headers 'Kunde'"):
        read_table(path)


def test_fully_empty_rows_are_skipped(write):
    m = read_table(write("e.csv", "Kunde;Datum;Betrag\n1;31.12.2011;2\n;;\n2;31.12.2011;3\n"))
    assert m.rows_read == 2
    assert any("empty row" in n for n in m.notes)


def test_map_frame_hash_is_stable():
    from insight.io import map_frame

    frame = pl.DataFrame({"Kunde": [1], "Datum": ["2011-01-01"], "Betrag": [2.0]})
    assert map_frame(frame).content_hash == map_frame(frame.clone()).content_hash
    assert map_frame(frame).content_hash != map_frame(frame.with_columns(Betrag=pl.lit(3.0))).content_hash


def test_time_zones_keep_wall_clock_time(tmp_path, write):
    from insight.io import map_frame

    aware = pl.Series("Datum", [dt.datetime(2011, 1, 1, 0, 30)]).dt.replace_time_zone("Europe/Berlin")
    m = map_frame(pl.DataFrame({"Kunde": [1], "Betrag": [1.0]}).with_columns(aware))
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 1, 1, 0, 30)]
    m = read_table(write("z.csv", "Kunde,Datum,Betrag\n1,2011-01-01T00:30:00+01:00,1\n2,2011-01-01 00:45Z,1\n"))
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 1, 1, 0, 30), dt.datetime(2011, 1, 1, 0, 45)]


def test_headerless_whitespace_text_is_mapped_by_position(data_dir):
    from insight.errors import InputError

    path = data_dir / "cdnow" / "CDNOW_sample.txt"  # "00004 0001 19970101  2   29.33", no header line
    with pytest.raises(InputError) as info:
        read_table(path)
    assert "no header line" in str(info.value) and '--map "column_1=customer_id"' in str(info.value)
    m = read_table(path, mapping={"column_1": "customer_id", "column_3": "order_date", "column_4": "quantity",
                                  "column_5": "amount"})
    assert m.rows_read == 6_919  # every line is data
    assert m.frame.select("customer_id", "order_date", "quantity", "amount").row(0) == (
        "4", dt.datetime(1997, 1, 1), 2.0, 29.33)
    assert m.frame["column_2"][0] == "0001"  # zero-padded ids stay text


def test_title_lines_above_the_header_are_skipped(write):
    m = read_table(write("bericht.csv", "Umsatzliste 2011\nErstellt am 01.01.2012\n\n"
                                        "Kunde;Datum;Betrag\n1;31.12.2011;2,5\n2;30.12.2011;3\n"))
    assert m.mapping == {"Kunde": "customer_id", "Datum": "order_date", "Betrag": "amount"}
    assert m.frame["amount"].to_list() == [2.5, 3.0]
    assert any("above the header" in n for n in m.notes)


def test_title_lines_keep_physical_line_numbers_in_errors(write):
    from insight.errors import InputError

    with pytest.raises(InputError, match="line 5 has 4 fields but the header has 3"):
        read_table(write("bericht.csv", "Umsatzliste 2011\n\nKunde;Datum;Betrag\n1;31.12.2011;2,5\n2;30.12.2011;3;4\n"))


def test_excel_title_rows_are_skipped(tmp_path):
    import xlsxwriter

    path = tmp_path / "bericht.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Bericht")
    ws.write(0, 0, "Umsatzliste 2011")
    ws.write_row(2, 0, ["Kunde", "Datum", "Betrag"])
    day = wb.add_format({"num_format": "dd.mm.yyyy"})
    for r, (cid, when, amount) in enumerate([(1, dt.datetime(2011, 12, 31), 2.5), (2, dt.datetime(2011, 12, 30), 3)]):
        ws.write(3 + r, 0, cid)
        ws.write_datetime(3 + r, 1, when, day)
        ws.write(3 + r, 2, amount)
    wb.close()
    m = read_table(path)
    assert m.frame.select("customer_id", "order_date", "amount").rows() == [
        ("1", dt.datetime(2011, 12, 31), 2.5), ("2", dt.datetime(2011, 12, 30), 3.0)]
    assert any("above the header" in n for n in m.notes)


def test_excel_serials_as_text(write):
    # a CSV saved from a sheet whose date column lost its format: Excel day numbers as text
    m = read_table(write("s.csv", "Kunde;Datum;Betrag\n1;40908;2\n2;40909,5;3\n"))
    assert m.frame["order_date"].to_list() == [dt.datetime(2011, 12, 31), dt.datetime(2012, 1, 1, 12)]


def test_day_month_decided_by_a_late_unambiguous_value():
    from insight.io.coerce import choose_date_formats

    ambiguous = [f"{d:02d}/{m:02d}/2011" for m in range(1, 13) for d in range(1, 13)] * 4  # 576 values
    formats, hits = choose_date_formats(pl.Series(ambiguous + ["31/12/2011"]))
    assert formats == ["%d/%m/%Y"] and hits == len(ambiguous) + 1
    formats, _ = choose_date_formats(pl.Series(ambiguous))
    assert formats == ["%m/%d/%Y"]  # the documented default when nothing decides


def test_float_exported_ids(write):
    # pandas writes integer columns with gaps as floats: 17850.0, 536365.0
    m = read_table(write("p.csv", "InvoiceNo,CustomerID,InvoiceDate,Quantity,UnitPrice,StockCode\n"
                                  "536365.0,17850.0,2010-12-01 08:26:00,6,2.55,85123\n"
                                  "536366.0,,2010-12-01 08:28:00,6,1.85,22633.0\n"))
    assert m.frame["order_id"].to_list() == ["536365", "536366"]
    assert m.frame["customer_id"].to_list() == ["17850", None]
    assert m.frame["product_id"].to_list() == ["85123", "22633.0"]  # a mixed column is left as written
