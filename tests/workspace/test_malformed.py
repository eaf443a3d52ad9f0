"""Bad input through the real command: exit 1, one line on stderr naming the problem, workspace unchanged."""

from __future__ import annotations

import io

import polars as pl
import pytest

from insight.workspace import Workspace
from wshelpers import fingerprint, run_insight, run_main

GOOD = "Invoice,Customer ID,InvoiceDate,Quantity,Price\n1001,7,2011-01-05 10:00,2,3.5\n1002,8,2011-01-06 11:00,1,9.0\n"


def _parquet_bytes() -> bytes:
    buffer = io.BytesIO()
    pl.DataFrame({"Invoice": ["1"] * 500, "Customer ID": [1] * 500, "InvoiceDate": ["2011-01-01"] * 500,
                  "Quantity": [1] * 500, "Price": [2.0] * 500}).write_parquet(buffer)
    return buffer.getvalue()


CASES = {
    "empty": ("empty.csv", b"", "empty"),
    "header_only": ("header.csv", b"Invoice,Customer ID,InvoiceDate,Quantity,Price\n", "no data rows"),
    # without --table the headers would be taken for a customer list; with it, order_date is missing
    "missing_required": ("nodate.csv", b"Invoice,Customer ID,Quantity,Price\n1,7,2,3.5\n", "order_date"),
    "wrong_types": ("types.csv", b"Invoice,Customer ID,InvoiceDate,Quantity,Price\n1,7,not a date,two,x\n", ""),
    "non_utf8": ("latin.bin", b"\xff\xfe\x00\x81\x8d\x90" * 50, ""),
    "truncated_parquet": ("cut.parquet", _parquet_bytes()[:-40], ""),
    # found by the fuzz test: raw header bytes with a vertical tab split the message over two lines
    "control_characters": ("ctl.csv", b"\x00\x0b\x00", ""),
    "duplicate_headers": ("dup.csv", b"Invoice,Invoice,Customer ID,InvoiceDate,Quantity,Price\n1,1,7,2011-01-05,2,3.5\n",
                          ""),
}


@pytest.fixture
def workspace(tmp_path):
    """A workspace with a little good data in it, so that 'unchanged' is meaningful."""
    path = tmp_path / "ws.db"
    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    with Workspace.open(str(path)) as ws:
        ws.import_files([good])
    return path


def _state(path):
    with Workspace.open(str(path)) as ws:
        return fingerprint(ws)


@pytest.mark.parametrize("case", sorted(CASES))
def test_malformed_file_fails_cleanly(case, tmp_path, workspace, capsys, monkeypatch):
    name, content, words = CASES[case]
    bad = tmp_path / name
    bad.write_bytes(content)
    before = _state(workspace)
    extra = ["--table", "order_lines"] if case == "missing_required" else []
    code, out, err = run_main(["import", str(bad), "--workspace", str(workspace), *extra], capsys, monkeypatch)
    assert code == 1, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("insight: error: "), err
    assert name in lines[0], lines[0]          # names the file
    assert words.lower() in lines[0].lower()   # and the problem
    assert "Traceback" not in err and out == ""
    assert _state(workspace) == before


def test_directory_and_missing_file(tmp_path, workspace, capsys, monkeypatch):
    before = _state(workspace)
    for target, words in ((tmp_path, "directory"), (tmp_path / "nope.csv", "not found")):
        code, _out, err = run_main(["import", str(target), "--workspace", str(workspace)], capsys, monkeypatch)
        assert code == 1 and len(err.strip().splitlines()) == 1 and words in err, err
    assert _state(workspace) == before


def test_one_bad_file_among_good_ones_imports_nothing(tmp_path, workspace, capsys, monkeypatch):
    other = tmp_path / "other.csv"
    other.write_text(GOOD.replace("1001", "2001").replace("1002", "2002"))
    bad = tmp_path / "bad.csv"
    bad.write_text("just one column\nx\n")
    before = _state(workspace)
    code, _out, err = run_main(["import", str(other), str(bad), "--workspace", str(workspace)], capsys, monkeypatch)
    assert code == 1 and "bad.csv" in err
    assert _state(workspace) == before


def test_usage_errors_exit_2(tmp_path, workspace, capsys, monkeypatch):
    good = tmp_path / "g.csv"
    good.write_text(GOOD)
    code, _out, err = run_main(["import", str(good), "--table", "nonsense", "--workspace", str(workspace)],
                               capsys, monkeypatch)
    assert code == 2 and "nonsense" in err
    code, _out, err = run_main(["import", str(good), "--map", "no equals sign", "--workspace", str(workspace)],
                               capsys, monkeypatch)
    assert code == 2, err
    code, _out, err = run_main(["import", "--workspace", str(workspace)], capsys, monkeypatch)
    assert code == 2, err


def test_real_process_prints_one_line_and_exits_1(tmp_path, workspace):
    """The installed console script, in its own process, behaves the same."""
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    before = _state(workspace)
    result = run_insight("import", str(bad), "--workspace", str(workspace))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "empty.csv" in result.stderr
    assert result.stdout == ""
    assert _state(workspace) == before


def test_workspace_that_is_not_a_database(tmp_path, capsys, monkeypatch):
    fake = tmp_path / "notes.db"
    fake.write_text("these are my notes, not a database" * 10)
    good = tmp_path / "g.csv"
    good.write_text(GOOD)
    code, _out, err = run_main(["import", str(good), "--workspace", str(fake)], capsys, monkeypatch)
    assert code == 1 and "not an insight workspace" in err
    assert fake.read_text().startswith("these are my notes")
