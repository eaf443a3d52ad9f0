"""Issue 17, the 75-file set: what the extended attack pass (bench/attack_pass.py) found, each fixed in the
import layer or the sanitiser, and the whole pass run through the console entry point.

Found on the extended set (2026-12-06): rows of blanks ('  ,  ,  ') taken for records with an empty
date; blank lines before the header taken as an empty header; a quoted value holding line breaks and
'|' made the file look pipe-separated; true/false and durations accepted as amounts (True → 1.0) or
an internal error; lists, structs and durations among the client's columns refused as "cannot be
stored"; 10,000 columns failing with a raw SQLite message; a gzip'd CSV, a workbook named .csv or text
named .xlsx reported as a ragged line or a zip error; lines without an amount ('NaN') silently adding
nothing; 'Amount' beside 'amount' taking the wrong one; a right-to-left override in a value reversing the
figures printed beside it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import io
import sys
from pathlib import Path

import polars as pl
import pytest

from insight.errors import InputError
from insight.io import read_table
from insight.sanitize import for_terminal
from insight.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
HEAD = "customer_id,order_date,amount\n"
ROWS = "1,2011-01-05,10\n2,2011-01-06,20\n"
D1, D2 = dt.datetime(2011, 1, 5), dt.datetime(2011, 1, 6)


def _bench(name: str):
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_rows_of_blanks_and_blank_lines_before_the_header_are_layout(tmp_path):
    path = _write(tmp_path, "ws.csv", (HEAD + "1,2011-01-05,10\n   ,  ,  \n\t\n2,2011-01-06,20\n").encode())
    mapped = read_table(path)
    assert mapped.frame.get_column("amount").to_list() == [10.0, 20.0]
    path = _write(tmp_path, "bl.csv", b"\n \n\n" + (HEAD + ROWS).encode())
    mapped = read_table(path)
    assert mapped.frame.get_column("amount").to_list() == [10.0, 20.0]
    assert "skipped 3 blank lines above the header" in mapped.notes


def test_a_quoted_value_with_line_breaks_and_pipes_keeps_the_comma(tmp_path):
    data = (
        b"order_id,customer_id,order_date,amount,country\nA1,1,2011-01-05,10,DE\nA2,2,2011-01-06,20,FR\n"
        b'A3,3,2011-01-07,5,"| a | b |\n|---|---|"\n'
    )
    mapped = read_table(_write(tmp_path, "md.csv", data))
    assert mapped.frame.get_column("country").to_list() == ["DE", "FR", "| a | b |\n|---|---|"]


@pytest.mark.parametrize(
    ("values", "shown"), [([True, False], "Boolean"), ([dt.timedelta(1), dt.timedelta(2)], "Duration")]
)
def test_booleans_and_durations_are_no_amounts_nor_dates(tmp_path, values, shown):
    path = tmp_path / "odd.parquet"
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": [D1, D2], "amount": values}).write_parquet(path)
    with pytest.raises(InputError, match=rf"column 'amount' \(amount\) holds {shown}.* values, not numbers"):
        read_table(path)
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": values, "amount": [1.0, 2.0]}).write_parquet(path)
    with pytest.raises(InputError, match=rf"column 'order_date' \(order_date\) holds {shown}.* values, not dates"):
        read_table(path)


def test_nested_duration_and_binary_client_columns_are_stored_as_text(tmp_path):
    path = tmp_path / "nested.parquet"
    pl.DataFrame(
        {
            "customer_id": ["1", "2"],
            "order_date": [D1, D2],
            "amount": [10.0, 20.0],
            "tags": [[1, 2], None],
            "address": [{"city": "Köln", "zip": 50667}, {"city": None, "zip": None}],
            "wait": [dt.timedelta(days=1), None],
            "blob": [b"\xff\x00", b"ok"],
        }
    ).write_parquet(path)
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        ws.import_files([path])
        lines = ws.load(use_copy=False).order_lines.sort("amount")
    assert lines.get_column("tags").to_list() == ["[1,2]", None]
    assert lines.get_column("address").to_list() == ['{"city":"Köln","zip":50667}', '{"city":null,"zip":null}']
    assert lines.get_column("wait").to_list() == ["P1D", None]
    assert lines.get_column("blob").to_list() == ["ff00", "6f6b"]  # not UTF-8: every byte as hex


def test_more_client_columns_than_a_table_holds_are_refused_in_one_line(tmp_path):
    from insight.workspace.extras import MAX_CLIENT_COLUMNS

    n = MAX_CLIENT_COLUMNS + 1
    head = HEAD.strip() + "," + ",".join(f"c{i}" for i in range(n)) + "\n"
    path = _write(tmp_path, "wide.csv", (head + "1,2011-01-05,10," + ",".join(["x"] * n) + "\n").encode())
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        with pytest.raises(
            InputError,
            match=rf"{n:,} columns beyond the canonical ones; a workspace table holds "
            rf"at most {MAX_CLIENT_COLUMNS:,}",
        ):
            ws.import_files([path])
        assert ws.imports().height == 0
    assert read_table(path).frame.width > n  # `ask --data` still reads it


def _xlsx() -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.add_worksheet().write_row(0, 0, ["customer_id", "order_date", "amount"])
    wb.close()
    return buf.getvalue()


def _parquet() -> bytes:
    buf = io.BytesIO()
    pl.DataFrame({"customer_id": ["1"], "order_date": [D1], "amount": [1.0]}).write_parquet(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("gz.csv", gzip.compress((HEAD + ROWS).encode(), mtime=0), "is gzip-compressed, not text; unpack it first"),
        ("book.csv", _xlsx(), r"is a zip archive \(an .xlsx workbook is one\), not text"),
        ("pq.csv", _parquet(), "is a Parquet file, not text; give it the extension .parquet"),
        (
            "text.xlsx",
            (HEAD + ROWS).encode(),
            "is not a zip archive as every .xlsx workbook is, so it is not an Excel "
            "workbook; if it is text, give it the extension .csv",
        ),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "is password-protected"),
        ("text.parquet", (HEAD + ROWS).encode(), "does not start with 'PAR1', so it is not a Parquet file"),
    ],
)
def test_a_file_whose_bytes_are_another_format_says_what_it_is(tmp_path, name, data, message):
    with pytest.raises(InputError, match=message):
        read_table(_write(tmp_path, name, data))


def test_lines_without_an_amount_are_noted(tmp_path):
    mapped = read_table(
        _write(tmp_path, "nan.csv", (HEAD + "1,2011-01-05,NaN\n2,2011-01-06,20\n3,2011-01-07,\n").encode())
    )
    assert "2 lines without an amount (empty or NA/NaN): no revenue counted for them" in mapped.notes


def test_the_column_named_exactly_like_the_canonical_one_wins_a_tie(tmp_path):
    mapped = read_table(_write(tmp_path, "twice.csv", b"customer_id,order_date,Amount,amount\n1,2011-01-05,10,11\n"))
    assert mapped.frame.get_column("amount").to_list() == [11.0]
    assert any("used 'amount', kept 'Amount'" in n for n in mapped.notes)


def test_bidi_overrides_never_reach_the_terminal():
    assert for_terminal("\u202eNL 16,00\u202c \u2066x\u2069 \u200f") == "NL 16,00 x "


PARTS = 3  # the pass's files in three shares, the 10,000-column file alone, the questions: five tests
HEAVY = "wide_10k.csv"  # about two CPU minutes on its own (import and ask --data of 10,000 columns)


def _share(attack, part) -> list[str]:
    names = [c.name for c in attack.cases() if c.name != HEAVY]
    return [HEAVY] if part == "heavy" else names[part::PARTS]


@pytest.mark.slow  # a few minutes in all: 250 imports and asks in this process
@pytest.mark.long(20)
@pytest.mark.parametrize(
    "part",
    [*range(PARTS), pytest.param("heavy", marks=pytest.mark.long(120)), "questions"],
    ids=[*(f"files{i}" for i in range(PARTS)), "wide_10k", "questions"],
)
def test_the_whole_attack_pass_has_no_internal_error_and_nothing_silently_wrong(part):
    """All 125 generated files (+ the order-number clash), the 44 + 22 hostile questions and the hostile
    values, through the console entry point (bench/attack_pass.py); the parts together are the whole pass."""
    attack = _bench("attack_pass")
    assert len(attack.cases()) + 1 >= 75 and HEAVY in {c.name for c in attack.cases()}
    if part == "questions":
        tally = attack.run_pass(files=())
        assert sum(tally["files"].values()) == 1  # the order-number clash
    else:
        share = _share(attack, part)
        tally = attack.run_pass(files=share, questions=False)
        assert sum(tally["files"].values()) == 2 * len(share)
        assert not tally["questions"]
    for kind in ("files", "questions"):
        assert tally[kind].get("internal", 0) == 0 and tally[kind].get("wrong", 0) == 0, tally
    if part == "questions":
        assert sum(tally["questions"].values()) == len(attack.QUESTIONS) + len(attack.MORE_QUESTIONS) + 2
