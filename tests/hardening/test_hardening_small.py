"""Issue 17, item 13 (the smaller ones): CR-only line ends, UTF-16/UTF-32 without a byte-order mark, a name
the OS refuses, a file replaced while read, and `undo` with an id beyond int64 — each one clean line."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.errors import InputError, WorkspaceError
from insight.io import read_table
from insight.workspace import Workspace

runner = CliRunner()
TEXT = "customer_id,order_date,amount\n1,2011-01-05,10\n2,2011-01-06,20\n"


@pytest.mark.parametrize(("name", "data", "note"), [
    ("cr.csv", TEXT.replace("\n", "\r").encode(), "line ends were CR only"),
    ("u16le.csv", TEXT.encode("utf-16-le"), "read as UTF-16 (no byte-order mark)"),
    ("u16be.csv", TEXT.encode("utf-16-be"), "read as UTF-16 (no byte-order mark)"),
    ("u32.csv", TEXT.encode("utf-32"), "read as UTF-32"),
    ("u32le.csv", TEXT.encode("utf-32-le"), "read as UTF-32 (no byte-order mark)"),
    ("u16cr.csv", TEXT.replace("\n", "\r").encode("utf-16"), "line ends were CR only"),
])
def test_odd_encodings_and_line_ends_are_read(tmp_path, name, data, note):
    path = tmp_path / name
    path.write_bytes(data)
    mapped = read_table(path)
    assert mapped.frame.get_column("amount").to_list() == [10.0, 20.0]
    assert any(n.startswith(note) for n in mapped.notes), mapped.notes


def test_a_name_the_os_refuses_is_one_line_exit_1(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "a" * 300 + ".csv"
    with pytest.raises(InputError, match=r"cannot be read \(File name too long\)"):
        read_table(tmp_path / name)
    with Workspace.open(str(tmp_path / "ws.db")) as ws, pytest.raises(InputError, match="cannot be read"):
        ws.import_files([tmp_path / name])
    result = runner.invoke(app, ["ask", "Umsatz", "--data", name])
    assert result.exit_code == 1 and "cannot be read" in result.output


def test_a_file_replaced_while_read_is_refused(tmp_path, monkeypatch):
    import polars as pl

    import insight.io.read as read

    path = tmp_path / "orders.parquet"
    pl.DataFrame({"customer_id": ["1"], "order_date": ["2011-01-05"], "amount": [1.0]}).write_parquet(path)
    hashes = iter(["a" * 64, "b" * 64])
    monkeypatch.setattr(read, "file_hash", lambda p: next(hashes))
    with pytest.raises(InputError, match="changed while it was read"):
        read_table(path)


@pytest.mark.parametrize("import_id", [2**63, 10**23, 0, -1])
def test_undo_of_an_impossible_id_is_one_line(tmp_path, import_id):
    with Workspace.open(str(tmp_path / "ws.db")) as ws, pytest.raises(WorkspaceError, match="there is no import #"):
        ws.undo(import_id)
    result = runner.invoke(app, ["undo", str(10**23), "-w", str(tmp_path / "ws.db")])
    assert result.exit_code == 1 and "int too large" not in str(result.exception)


@pytest.mark.parametrize(("bad", "shown"), [("kaputt", "'kaputt'"), (-5, "'-5"), (3_000_000, "'3000000")])
def test_a_bad_excel_date_is_blamed_on_its_own_row(tmp_path, bad, shown):
    import xlsxwriter

    path = tmp_path / "dates.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["customer_id", "order_date", "amount"])
    for i, serial in enumerate([40000, 40001, bad, 40003]):
        ws.write_row(i + 1, 0, [i + 1, serial, 10])
    wb.close()
    with pytest.raises(InputError, match=rf"column 'order_date' \(order_date\) row 3: {shown}"):
        read_table(path)
