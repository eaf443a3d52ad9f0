"""Issue 17, item 8: one sanitiser for the terminal (no ESC/OSC/control characters from data values or
file names reach it) and for CSV exports (no formula injection)."""

from __future__ import annotations

import csv

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.sanitize import csv_safe, for_csv, for_terminal, one_line

runner = CliRunner()
EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b[31mGermany\x00\x9b1m\x01"


@pytest.mark.parametrize(("text", "shown"), [
    ("\x1b[31mred\x1b[0m", "red"), ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
    ("\x1b]0;title\x07x", "x"), ("a\x00b\x7fc\x9b", "abc"), ("tab\tand\nline", "tab\tand\nline"), (EVIL, "Germany"),
])
def test_for_terminal(text, shown):
    assert for_terminal(text) == shown


def test_one_line_escapes_instead_of_dropping():
    assert one_line("bad '\x1b[31m' in\nx.csv") == "bad '\\x1b[31m' in\\nx.csv"


@pytest.mark.parametrize(("cell", "out"), [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
                                           ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
                                           ("@SUM(A1)", "'@SUM(A1)"), ("Germany", "Germany"), (-5.0, -5.0)])
def test_for_csv(cell, out):
    assert for_csv(cell) == out
    frame = csv_safe(pl.DataFrame({"c": [cell]}))
    assert frame.item() == out


def test_tui_csv_export_defuses_formulas(tmp_path):
    from tui.backend import export_table

    frame = pl.DataFrame({"customer": ["=HYPERLINK(\"http://evil\",\"x\")", "+cmd|x", "Anna"], "revenue": [-1.0, 2, 3]})
    path = export_table(frame, tmp_path / "out.csv")
    rows = list(csv.reader(path.open()))
    assert [r[0] for r in rows[1:]] == ["'=HYPERLINK(\"http://evil\",\"x\")", "'+cmd|x", "Anna"]
    assert rows[1][1] == "-1.0"


def test_cli_prints_no_control_characters_from_the_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "evil\x1b[31m.csv"
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": ["2011-01-05", "2011-02-05"], "amount": [10.0, 20.0],
                  "country": [EVIL, "France"], "Kundenname": [EVIL, "[red]Bob[/red]"]}).write_csv(path)
    outputs = [runner.invoke(app, ["import", str(path), "-w", "ws.db"], env={"COLUMNS": "200"}).output]
    for args in (["customers"], ["ask", "Umsatz nach Land"], ["ask", "Top 5 Kunden nach Umsatz"]):
        result = runner.invoke(app, [*args, "-w", "ws.db"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"customer_id,order_date,amount\n1,2011-01-05,1\x1b[2J\x00\n")
    result = runner.invoke(app, ["ask", "Umsatz", "--data", str(bad)])
    assert result.exit_code == 1 and "\\x1b[2J" in result.output
    outputs.append(result.output)
    for out in outputs:
        assert not any(ch in out for ch in "\x1b\x07\x00\x01\x9b"), repr(out)
    assert "Germany" in outputs[2] and "[red]Bob[/red]" in outputs[3]
