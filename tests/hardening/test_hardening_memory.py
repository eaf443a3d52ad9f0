"""Issue 17, item 8: a file that would not fit in memory is refused in one line before it is read, and a
small workbook whose one cell unpacks to hundreds of megabytes is refused unread, quickly. Only the
*available memory figure* is patched (``insight.io.memory.available_bytes``), never the code under test."""

from __future__ import annotations

import time
import zipfile

import polars as pl
import pytest
from typer.testing import CliRunner

import insight.io.memory as memory
from insight.cli import app
from insight.errors import InputError
from insight.io import read_table
from insight.workspace import Workspace

runner = CliRunner()


def _orders(rows: int) -> pl.DataFrame:
    return pl.DataFrame({"customer_id": [str(i % 97) for i in range(rows)],
                         "order_date": ["2011-01-05"] * rows, "amount": [10.5] * rows})


def _files(tmp_path) -> dict[str, object]:
    frame = _orders(20_000)
    csv, pq, xlsx = tmp_path / "big.csv", tmp_path / "big.parquet", tmp_path / "big.xlsx"
    frame.write_csv(csv)
    frame.write_parquet(pq)
    frame.head(2_000).write_excel(xlsx)
    return {"csv": csv, "parquet": pq, "xlsx": xlsx}


@pytest.mark.parametrize("kind", ["csv", "parquet", "xlsx"])
def test_a_file_too_large_for_the_memory_available_is_one_line(tmp_path, monkeypatch, kind):
    path = _files(tmp_path)[kind]
    read_table(path)  # fits with the machine's real memory
    monkeypatch.setattr(memory, "available_bytes", lambda: 100_000)
    with pytest.raises(InputError) as err:
        read_table(path)
    text = str(err.value)
    assert "\n" not in text and str(path) in text
    assert "too large for the memory available" in text and "0.1 MB free" in text and "smaller parts" in text


def test_the_guard_leaves_the_workspace_unchanged_and_the_cli_exits_1(tmp_path, monkeypatch):
    path = _files(tmp_path)["csv"]
    ws_path = tmp_path / "ws.db"
    with Workspace.open(str(ws_path)) as ws:
        ws.import_files([path])
    before = ws_path.read_bytes()
    monkeypatch.setattr(memory, "available_bytes", lambda: 100_000)
    result = runner.invoke(app, ["import", str(path), "--workspace", str(ws_path)])
    assert result.exit_code == 1  # the console entry point prints the InsightError as its one line
    assert isinstance(result.exception, InputError) and "\n" not in str(result.exception)
    assert "too large for the memory available" in str(result.exception)
    result = runner.invoke(app, ["ask", "Umsatz", "--data", str(path)])
    assert result.exit_code == 1 and "too large for the memory available" in result.output
    assert ws_path.read_bytes() == before


def test_unknown_memory_does_not_block(tmp_path, monkeypatch):
    monkeypatch.setattr(memory, "available_bytes", lambda: None)
    assert read_table(_files(tmp_path)["csv"]).frame.height == 20_000


def test_the_available_figure_reads_meminfo():
    free = memory.available_bytes()
    assert free is None or free > 0


def _one_huge_cell(path, megabytes: int) -> None:
    """A real workbook whose first sheet gets one inline-string cell of ``megabytes`` MB (packs ~1000:1)."""
    small = path.with_name("small.xlsx")
    pl.DataFrame({"customer_id": ["1"], "order_date": ["2011-01-05"], "amount": [1.0]}).write_excel(small)
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info, src.read(info))
                continue
            with dst.open(info.filename, "w", force_zip64=True) as out:
                out.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxml'
                          b'formats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr">'
                          b"<is><t>")
                chunk = b"A" * (1 << 20)
                for _ in range(megabytes):
                    out.write(chunk)
                out.write(b"</t></is></c></row></sheetData></worksheet>")


def test_a_small_workbook_with_one_huge_cell_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.xlsx"
    _one_huge_cell(path, 300)
    assert path.stat().st_size < 1_000_000  # 300 MB of cell in well under 1 MB of file
    start = time.perf_counter()
    with pytest.raises(InputError) as err:
        read_table(path)
    assert time.perf_counter() - start < 2
    text = str(err.value)
    assert "\n" not in text and "unpacks from" in text and "refused unread" in text and str(path) in text


def test_a_workspace_too_large_to_analyse_is_one_line(tmp_path, monkeypatch):
    """The 30x Online Retail II question (~9.7 GB) was killed by the OS without a word: loading the
    workspace checks its order lines against the memory available first."""
    from insight.errors import WorkspaceError

    path = _files(tmp_path)["csv"]
    ws_path = tmp_path / "ws.db"
    with Workspace.open(str(ws_path)) as ws:
        ws.import_files([path])
        assert ws.load().order_lines.height == 20_000
        monkeypatch.setattr(memory, "available_bytes", lambda: 1_000_000)
        with pytest.raises(WorkspaceError) as err:
            ws.load()
    text = str(err.value)
    assert "\n" not in text and "20,000 order lines need about" in text and "1.0 MB free" in text
    result = runner.invoke(app, ["ask", "Umsatz", "-w", str(ws_path)])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 1 and len(lines) == 1 and "order lines need about" in lines[0], result.output
