"""Bad input: each case is one InputError line naming the file and the problem, never a traceback."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from insight.errors import InputError
from insight.io import read_table


def _error(path, **kw) -> str:
    with pytest.raises(InputError) as info:
        read_table(path, **kw)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    return message


def test_missing_file(tmp_path):
    assert "no such file" in _error(tmp_path / "nope.csv")


def test_directory(tmp_path):
    d = tmp_path / "orders.csv"
    d.mkdir()
    assert "directory" in _error(d)


def test_empty_file(write):
    assert "empty" in _error(write("e.csv", ""))


def test_blank_file(write):
    assert "empty" in _error(write("e.csv", "\n \n"))


def test_header_only(write):
    msg = _error(write("h.csv", "Kunde;Datum;Betrag\n"))
    assert "no data rows" in msg and "Kunde" in msg


def test_unsupported_extension(write):
    msg = _error(write("orders.json", "{}"))
    assert "unsupported" in msg and ".json" in msg


def test_truncated_parquet(tmp_path):
    path = tmp_path / "t.parquet"
    pl.DataFrame({"Kunde": [1, 2], "Datum": ["2011-01-01"] * 2, "Betrag": [1.0, 2.0]}).write_parquet(path)
    path.write_bytes(path.read_bytes()[:-20])
    assert "Parquet" in _error(path)


def test_parquet_that_is_text(write):
    assert "Parquet" in _error(write("t.parquet", "Kunde,Datum\n1,2011-01-01\n"))


def test_excel_that_is_not_one(write):
    assert "Excel" in _error(write("t.xlsx", "Kunde;Datum;Betrag\n1;31.12.2011;2\n"))


def test_bad_number_names_column_row_and_value(write):
    msg = _error(write("q.csv", "Kunde;Datum;Menge;Preis\n1;31.12.2011;2;1,5\n2;31.12.2011;abc;1,5\n"))
    assert "'Menge'" in msg and "quantity" in msg and "row 2" in msg and "'abc'" in msg


def test_bad_date_names_column_row_and_value(write):
    msg = _error(write("d.csv", "Kunde;Datum;Betrag\n1;31.12.2011;2\n2;31.12.2011;2\n3;32.12.2011;3\n"))
    assert "'Datum'" in msg and "order_date" in msg and "row 3" in msg and "32.12.2011" in msg


def test_text_in_date_column(write):
    msg = _error(write("d.csv", "Kunde,Datum,Betrag\n1,2011-01-01,2\n2,gestern,3\n"))
    assert "row 2" in msg and "gestern" in msg


def test_empty_order_date(write):
    msg = _error(write("d.csv", "Kunde,Datum,Betrag\n1,2011-01-01,2\n2,,3\n"))
    assert "row 2" in msg and "order_date" in msg and "empty" in msg


def test_duplicate_headers(write):
    msg = _error(write("dup.csv", "Kunde,Datum,Betrag,Datum\n1,2011-01-01,2,2011-01-01\n"))
    assert "duplicate" in msg and "'Datum'" in msg


def test_ragged_line_names_the_line(write):
    msg = _error(write("r.csv", "Kunde,Datum,Betrag\n1,2011-01-01,2\n2,2011-01-01,2,5\n"))
    assert "line 3" in msg and "4 fields" in msg


def test_missing_required_column_lists_headers_candidates_and_hint(write):
    msg = _error(write("k.csv", "Kundenkennung;Datum;Betrag\n1;31.12.2011;2\n"))
    assert "'customer_id'" in msg
    assert "headers: Kundenkennung, Datum, Betrag" in msg
    assert "closest: 'Kundenkennung'" in msg
    assert '--map "Kundenkennung=customer_id"' in msg


def test_missing_amount_mentions_the_alternative(write):
    msg = _error(write("a.csv", "Kunde;Datum\n1;31.12.2011\n"), table="order_lines")
    assert "'amount'" in msg and "quantity + unit_price" in msg


def test_unknown_table(write):
    assert "unknown table" in _error(write("a.csv", "Kunde;Datum;Betrag\n1;31.12.2011;2\n"), table="orders")


def test_map_names_absent_column(write):
    # one --map may serve several files, so a name it does not find is a note ...
    m = read_table(write("a.csv", "Kunde;Datum;Betrag\n1;31.12.2011;2\n"), mapping={"Kd-Nr": "customer_id"})
    assert m.mapping["Kunde"] == "customer_id"
    assert any("'Kd-Nr'" in n for n in m.notes)
    # ... and part of the error when a required column is then missing
    msg = _error(write("b.csv", "Nr;Datum;Betrag\n1;31.12.2011;2\n"), mapping={"Kd-Nr": "customer_id"})
    assert "--map names no column here: Kd-Nr" in msg and "headers: Nr, Datum, Betrag" in msg


def test_latin1_is_accepted_with_a_note(write):
    # 0x81 is undefined in Windows-1252, so only the Latin-1 fallback decodes this file
    path = write("l.csv", "Kunde;Datum;Betrag\nM\x81ller;31.12.2011;2\n", encoding="latin-1")
    m = read_table(path)
    assert m.frame["customer_id"].to_list() == ["M\x81ller"]
    assert any("Latin-1" in n for n in m.notes)


def test_row_numbers_count_skipped_blank_rows(write):
    msg = _error(write("b.csv", "Kunde;Datum;Menge;Preis\n1;31.12.2011;2;1,5\n;;;\n2;31.12.2011;x;1,5\n"))
    assert "row 3" in msg and "'x'" in msg


def test_bad_value_in_excel_names_row(tmp_path):
    path = tmp_path / "q.xlsx"
    pl.DataFrame({"Kunde": [1, 2, 3], "Datum": ["2011-01-01"] * 3, "Menge": ["1", "2", "drei"],
                  "Preis": [1.0, 2.0, 3.0]}).write_excel(path)
    msg = _error(path)
    assert "'Menge'" in msg and "row 3" in msg and "'drei'" in msg


def test_bad_value_count_is_reported(write):
    msg = _error(write("q.csv", "Kunde;Datum;Menge\n" + "1;31.12.2011;2\n" * 5 + "2;31.12.2011;?\n" * 3
                       + "3;31.12.2011;abc\n"), table="order_lines", mapping={"Menge": "amount"})
    assert "row 6: '?' is not a number (4 bad rows in this column)" in msg


_BYTES = st.lists(st.sampled_from(list(b"ab;,\t|\" \n\r09.-:/") + [0xE4, 0xFC, 0x81, 0x00, 0xFF]), max_size=150)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_BYTES, with_header=st.booleans(), ext=st.sampled_from([".csv", ".txt", ".parquet", ".xlsx"]))
def test_arbitrary_bytes_never_escape_as_anything_but_input_error(tmp_path, body, with_header, ext):
    data = (b"Kunde;Datum;Betrag\n" if with_header else b"") + bytes(body)
    path = tmp_path / f"f{ext}"
    path.write_bytes(data)
    try:
        m = read_table(path)
    except InputError as err:
        assert "\n" not in str(err) and str(path) in str(err)
    else:
        assert m.frame.height == m.rows_read > 0
