"""`insight measures` end to end through the console entry point on Online Retail II: --json, --xlsx, --lang."""

import json
import sys
from pathlib import Path

import polars as pl
import pytest

RETAIL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "online_retail_ii.parquet"
pytestmark = pytest.mark.skipif(not RETAIL.exists(), reason="shared data absent")


def run(args, capsys, monkeypatch):
    from insight.cli import main

    monkeypatch.setattr(sys, "argv", ["insight", *args])
    monkeypatch.setenv("COLUMNS", "200")
    capsys.readouterr()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_measures_json_and_xlsx_agree_with_the_api(tmp_path, capsys, monkeypatch):
    import insight.api as ia

    book = tmp_path / "m.xlsx"
    code, out, err = run(["measures", "--data", str(RETAIL), "--method", "abc", "--lang", "de", "--json",
                          "--xlsx", str(book)], capsys, monkeypatch)
    assert code == 0, err
    payload = json.loads(out)
    assert payload["as_of"] == "2011-12-10" and payload["language"] == "de" and payload["method"] == "abc"
    rows = [dict(zip(payload["columns"], r)) for r in payload["rows"]]
    assert [r["segment"] for r in rows] == ["A", "B", "C"]
    assert [r["segment_label"] for r in rows] == ["A-Kunden", "B-Kunden", "C-Kunden"]
    api = ia.measures("abc", data=RETAIL, language="de").table
    assert [r["money_at_stake"] for r in rows] == pytest.approx(api["money_at_stake"].to_list(), nan_ok=True)
    sheet = pl.read_excel(book, sheet_name="Maßnahmen")
    assert sheet["segment"].to_list() == ["A", "B", "C"]
    assert sheet["customers"].to_list() == api["customers"].to_list()
    assert "Definitionen" in pl.read_excel(book, sheet_id=0)


def test_measures_table_in_german_names_the_measures_and_notes(capsys, monkeypatch):
    code, out, err = run(["measures", "--data", str(RETAIL), "--method", "rfm", "--lang", "de"], capsys, monkeypatch)
    assert code == 0, err
    assert "Maßnahmen je Segment" in out and "Binden und belohnen" in out and "Winterschläfer" in out
    assert "Hinweis:" in out and "Regel:" in out


def test_measures_rejects_an_unknown_method(capsys, monkeypatch):
    code, out, err = run(["measures", "--data", str(RETAIL), "--method", "vibes"], capsys, monkeypatch)
    assert code == 2 and "value-risk" in err


def test_customer_list_to_xlsx_and_csv(tmp_path, capsys, monkeypatch):
    book, text = tmp_path / "list.xlsx", tmp_path / "list.csv"
    code, out, err = run(["measures", "--data", str(RETAIL), "--method", "rfm", "--customers", "win_back",
                          "--xlsx", str(book), "--csv", str(text), "--lang", "de"], capsys, monkeypatch)
    assert code == 0, err
    sheet = pl.read_excel(book, sheet_name="Kunden")
    assert sheet["customer_id"].to_list() == pl.read_csv(text)["customer_id"].to_list()
    assert set(sheet["measure"]) == {"win_back"} and sheet.height > 0
    assert "Geschrieben:" in out
