"""Every supported format read into canonical order lines, checked against hand-computed values."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.io import read_table
from insight.schema import ORDER_LINES


def _check_canonical(mapped) -> None:
    assert mapped.table == "order_lines"
    assert mapped.frame.schema == pl.Schema(ORDER_LINES.columns)


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
    assert m.extras is not None and m.extras["Bemerkung"].to_list() == ["Grüße", None]
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
