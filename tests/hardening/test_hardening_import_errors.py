"""Issue 17, items 3-4: a source column called 'name' or 'value' imports; bad-cell errors with control
characters keep their file, row and column (they became 'internal error: TypeError: CellError.__init__()')."""

from __future__ import annotations

import sqlite3

import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.io.coerce import CellError
from insight.workspace import Workspace

runner = CliRunner()


@pytest.mark.parametrize("headers", [["name"], ["value"], ["name", "value"]])
def test_columns_called_name_or_value_are_kept_as_attributes(tmp_path, headers):
    path = tmp_path / "survey.csv"
    path.write_text("customer_id,response_date,satisfaction," + ",".join(headers) + "\n"
                    + "1,2011-01-05,3," + ",".join(f"v_{h}" for h in headers) + "\n")
    location = tmp_path / "ws.db"
    with Workspace.open(str(location)) as ws:
        assert ws.import_files([path])[0].rows == 1
        ws.load()
    with sqlite3.connect(location) as db:
        stored = db.execute("SELECT name, value FROM customer_attributes ORDER BY name").fetchall()
    assert stored == [(h, f"v_{h}") for h in sorted(headers)]


def _attacks(tmp_path):
    files = {
        "ctrl.csv": b"customer_id,order_date,amount\n1,2011-01-05,1\x01\n",
        "esc.csv": b"customer_id,order_date,amount\n1,2011-01-05,1\x1b[31m\n",
        "new\nline.csv": b"customer_id,order_date,amount\n1,2011-01-05,x\n",
        "utf16.csv": "customer_id,order_date,amount\n1,2011-01-05,x\n".encode("utf-16-le"),
        "utf32.csv": "customer_id,order_date,amount\n1,2011-01-05,x\n".encode("utf-32"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return [tmp_path / name for name in files]


def test_bad_cells_with_control_characters_keep_row_and_column(tmp_path):
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        for path in _attacks(tmp_path):
            with pytest.raises(CellError) as err:
                ws.import_files([path])
            text = str(err.value)
            assert err.value.row == 1 and "row 1" in text and "column '" in text, text
            assert text.isprintable(), text


def test_cli_prints_one_printable_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for path in _attacks(tmp_path):
        result = runner.invoke(app, ["import", str(path), "-w", "ws.db"])
        assert result.exit_code == 1
        assert isinstance(result.exception, CellError), result.exception
