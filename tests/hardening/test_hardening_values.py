"""Issue 17, items 1-2: implausible dates and amounts are refused at import by one layer (insight.io.bounds),
the same for text, Excel, Parquet, in-memory frames and --data, with one line naming file, row and column."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.errors import InputError
from insight.io import map_frame, read_table
from insight.workspace import Workspace

runner = CliRunner()


def _csv(tmp_path, name: str, rows: list[str]):
    path = tmp_path / name
    path.write_text("customer_id,order_date,amount\n1,2011-01-05,10\n" + "\n".join(rows) + "\n")
    return path


def _parquet(tmp_path, name: str, date: dt.datetime, amount: float):
    path = tmp_path / name
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": [dt.datetime(2011, 1, 5), date],
                  "amount": [10.0, amount]}).write_parquet(path)
    return path


def _xlsx(tmp_path, serial: int):
    import xlsxwriter

    path = tmp_path / "serial.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["customer_id", "order_date", "amount"])
    ws.write_row(1, 0, [1, 40000, 10])
    ws.write_row(2, 0, [2, serial, 10])
    wb.close()
    return path


def _attacks(tmp_path):
    """(file, expected fragment of the one-line error)."""
    ok = dt.datetime(2011, 1, 6)
    return [
        (_csv(tmp_path, "late.csv", ["2,9999-12-31,20"]), "row 2: '9999-12-31' is outside the plausible dates"),
        (_csv(tmp_path, "early.csv", ["2,1850-01-01,20"]), "row 2: '1850-01-01' is outside"),
        (_parquet(tmp_path, "late.parquet", dt.datetime(9999, 12, 31), 1.0), "row 2"),
        (_parquet(tmp_path, "year1.parquet", dt.datetime(1, 1, 1), 1.0), "row 2: '0001-01-01"),
        (_xlsx(tmp_path, 2958465), "row 2: '2958465' is outside"),
        (_csv(tmp_path, "huge.csv", ["2,2011-01-06,1e309"]), "row 2: '1e309' is not a finite number"),
        (_csv(tmp_path, "digits.csv", ["2,2011-01-06," + "9" * 400]), "is not a finite number within"),
        (_csv(tmp_path, "twice.csv", ["2,2011-01-06,1e308", "3,2011-01-07,1e308"]), "(2 such rows"),
        (_csv(tmp_path, "inf.csv", ["2,2011-01-06,inf"]), "row 2"),
        (_parquet(tmp_path, "inf.parquet", ok, float("inf")), "row 2: 'inf' is not a finite number"),
        (_parquet(tmp_path, "nan.parquet", ok, float("nan")), "row 2: 'nan' is not a finite number"),
    ]


def test_every_reader_refuses_implausible_values_with_one_line(tmp_path):
    for path, fragment in _attacks(tmp_path):
        with pytest.raises(InputError) as err:
            read_table(path)
        text = str(err.value)
        assert text.startswith(f"{path}: column "), text
        assert fragment in text and "\n" not in text, text


def test_an_in_memory_frame_is_checked_the_same_way():
    frame = pl.DataFrame({"customer_id": ["1"], "order_date": [dt.date(9999, 12, 31)], "amount": [1.0]})
    with pytest.raises(InputError, match="outside the plausible dates"):
        map_frame(frame)


def test_a_client_number_column_must_be_finite(tmp_path):
    path = tmp_path / "client.parquet"
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": [dt.datetime(2011, 1, 5)] * 2, "amount": [1.0, 2.0],
                  "score": [1.0, float("inf")]}).write_parquet(path)
    with pytest.raises(InputError, match=r"column 'score' \(score\) row 2: 'inf' is not a finite number"):
        read_table(path)


def test_bounds_are_inclusive_and_stated_in_the_report(tmp_path):
    path = _csv(tmp_path, "edges.csv", ["2,1900-01-01,-1000000000000", "3,2100-12-31,1000000000000"])
    with Workspace.open(str(tmp_path / "ws.db")) as ws:
        report = ws.import_files([path])[0]
    assert report.rows == 3
    assert report.rules["plausible values"] == ("dates 1900-01-01 to 2100-12-31; numbers finite and within "
                                               "±1,000,000,000,000")


def test_cli_import_and_data_refuse_and_the_workspace_keeps_answering(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    good = _csv(tmp_path, "good.csv", [])
    assert runner.invoke(app, ["import", str(good), "-w", "ws.db"]).exit_code == 0
    for path, fragment in _attacks(tmp_path):
        result = runner.invoke(app, ["import", str(path), "-w", "ws.db"])
        assert result.exit_code == 1 and fragment in str(result.exception), (path, result.output)
        result = runner.invoke(app, ["ask", "Umsatz insgesamt", "--data", str(path), "--json"])
        assert result.exit_code == 1 and fragment in result.output, (path, result.output)
    answer = runner.invoke(app, ["ask", "Umsatz insgesamt", "-w", "ws.db", "--json"])
    assert answer.exit_code == 0 and '"status": "ok"' in answer.stdout


def test_import_frame_is_checked_too(tmp_path):
    frame = pl.DataFrame({"order_id": ["A"], "customer_id": ["1"], "order_date": [dt.datetime(2011, 1, 5)],
                          "amount": [float("inf")]})
    with Workspace.open(str(tmp_path / "ws.db")) as ws, pytest.raises(InputError, match="not a finite number"):
        ws.import_frame(frame, "order_lines")


def test_a_workspace_written_before_the_check_says_so_in_one_line(tmp_path):
    import sqlite3

    from insight.errors import WorkspaceError

    location = tmp_path / "old.db"
    with Workspace.open(str(location)) as ws:
        ws.import_files([_csv(tmp_path, "old.csv", ["2,2011-01-06,20"])])
    with sqlite3.connect(location) as db:  # what an import before insight.io.bounds could write
        db.execute("UPDATE order_lines SET order_date = '9999-12-31 00:00:00.000000' WHERE customer_id = '2'")
    with Workspace.open(str(location)) as ws, pytest.raises(WorkspaceError, match="order dates 2011-01-05 to 9999-12-31"):
        ws.load()
    result = runner.invoke(app, ["ask", "Umsatz", "-w", str(location), "--json"])
    assert result.exit_code == 1 and "insight imports" in result.stdout
