"""The data commands through typer's CliRunner: demo, import --json, imports, undo, settings, defaults."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app

runner = CliRunner()
ORDERS = "Invoice,Customer ID,InvoiceDate,Quantity,Price\nA1,7,2011-01-05 10:00,2,3.5\nA2,8,2011-01-06 11:00,1,9.0\n"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    monkeypatch.delenv("INSIGHT_WORKSPACE", raising=False)
    monkeypatch.setenv("INSIGHT_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)


def invoke(*args: str):
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def test_demo_writes_to_the_current_directory_and_summarises(tmp_path):
    from insight.io.demo import generate_demo

    result = invoke("demo", "--customers", "150", "--seed", "5", "--json")
    assert result.exit_code == 0, result.output
    overview = json.loads(result.stdout)
    assert Path(overview["workspace"]) == tmp_path / "insight.db"
    # independent computation on the generated data (metrics.md: net revenue, returns negative)
    ds = generate_demo(seed=5, n_customers=150)
    lines = ds.order_lines.with_columns(
        ret=(pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").fill_null("").str.starts_with("C"),
        raw=pl.coalesce("amount", pl.col("quantity") * pl.col("unit_price")))
    revenue = lines.select(pl.when(pl.col("ret")).then(-pl.col("raw").abs()).otherwise(pl.col("raw")).sum()).item()
    assert overview["revenue"] == pytest.approx(revenue, abs=0.01)
    assert overview["tables"]["order_lines"] == ds.order_lines.height
    assert overview["date_from"] == str(ds.order_lines.get_column("order_date").min().date())
    assert len(overview["questions"]) == 3 and all(q["de"] and q["en"] for q in overview["questions"])
    text = invoke("demo", "--customers", "150", "--seed", "5")
    assert text.exit_code == 0
    assert "customers" in text.stdout and "orders" in text.stdout and "revenue" in text.stdout
    assert 'insight ask "Wer sind die Top 10 Kunden nach Umsatz?"' in text.stdout
    # the second demo replaced the first: one live demo
    history = json.loads(invoke("imports", "--json").stdout)
    undone = [row for row in history["rows"] if row[history["columns"].index("undone_at")] is not None]
    assert len(history["rows"]) == 2 * len(undone)


def test_import_json_then_imports_then_undo(tmp_path):
    (tmp_path / "orders.csv").write_text(ORDERS)
    first = invoke("import", "orders.csv", "--workspace", "w.db", "--json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)["imports"][0]
    assert (report["rows"], report["customers"], report["status"]) == (2, 2, "imported")
    again = json.loads(invoke("import", "orders.csv", "-w", "w.db", "--json").stdout)["imports"][0]
    assert again["status"] == "unchanged" and again["import_id"] == report["import_id"]
    listing = invoke("imports", "-w", "w.db")
    assert listing.exit_code == 0 and "orders.csv" in listing.stdout
    undo = invoke("undo", str(report["import_id"]), "-w", "w.db")
    assert undo.exit_code == 0 and "removed 2 rows" in undo.stdout
    history = json.loads(invoke("imports", "-w", "w.db", "--json").stdout)
    assert history["rows"][0][history["columns"].index("undone_at")] is not None


def test_import_readable_report(tmp_path):
    (tmp_path / "orders.csv").write_text(ORDERS + "C3,8,2011-01-07 11:00,-1,9.0\n")
    result = invoke("import", "orders.csv", "-w", "w.db")
    assert result.exit_code == 0
    assert "orders.csv → order_lines (import #1): 3 rows, 2 customers, 2011-01-05 to 2011-01-07" in result.stdout
    assert "1 cancellation/return lines" in result.stdout


def test_map_option_maps_an_unknown_header(tmp_path):
    (tmp_path / "odd.csv").write_text("Beleg,Kdnr,Tag,Wert\nX1,5,2012-03-04,10.5\n")
    result = invoke("import", "odd.csv", "-w", "w.db", "--table", "order_lines", "--map", "Beleg=order_id",
                    "--map", "Kdnr=customer_id", "--map", "Tag=order_date", "--map", "Wert=amount", "--json")
    assert result.exit_code == 0, result.output
    from insight.workspace import Workspace

    with Workspace.open("w.db") as ws:
        assert ws.load().order_lines.select("order_id", "customer_id", "amount").rows() == [("X1", 5, 10.5)]


def test_settings_show_change_and_refuse(tmp_path):
    shown = json.loads(invoke("settings", "-w", "w.db", "--json").stdout)["settings"]
    assert (shown["default_margin"], shown["currency"], shown["as_of"]) == (1.0, None, None)  # no currency unless set
    changed = invoke("settings", "-w", "w.db", "--margin", "0.3", "--currency", "chf", "--as-of", "2011-12-01", "--json")
    assert changed.exit_code == 0, changed.output
    again = json.loads(invoke("settings", "-w", "w.db", "--json").stdout)["settings"]
    assert (again["default_margin"], again["currency"], again["as_of"]) == (0.3, "CHF", "2011-12-01")
    cleared = json.loads(invoke("settings", "-w", "w.db", "--as-of", "auto", "--json").stdout)["settings"]
    assert cleared["as_of"] is None and cleared["default_margin"] == 0.3
    bad = runner.invoke(app, ["settings", "-w", "w.db", "--margin", "1.5"])
    from insight.errors import UsageError

    assert isinstance(bad.exception, UsageError) and bad.exception.exit_code == 2  # main() exits with it
    readable = invoke("settings", "-w", "w.db")
    assert "default_margin: 0.3" in readable.stdout


def test_default_workspace_is_local_file_else_insight_home(tmp_path):
    (tmp_path / "orders.csv").write_text(ORDERS)
    home_report = json.loads(invoke("import", "orders.csv", "--json").stdout)
    assert Path(home_report["workspace"]) == tmp_path / "home" / "workspace.db"
    (tmp_path / "here").mkdir()
    import os

    os.chdir(tmp_path / "here")
    invoke("demo", "--customers", "30")
    (tmp_path / "here" / "orders.csv").write_text(ORDERS)
    local = json.loads(invoke("import", "orders.csv", "--json").stdout)
    assert Path(local["workspace"]) == tmp_path / "here" / "insight.db"
