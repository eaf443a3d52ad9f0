"""Real data through the real command: Online Retail II (1,044,847 lines), Online Retail (541,909),
CDNOW (69,659). The 1M-line file is imported once per session; every test leaves that workspace as it
found it. Expected figures come from shared/data/README.md and the lead's verified totals."""

from __future__ import annotations

import json

import polars as pl
import pytest

from insight.metrics.lines import prepared_lines
from insight.workspace import Workspace
from wshelpers import run_insight

pytestmark = pytest.mark.slow
II_SHA = "43e7d5ab48ede5973af767ac245e9660c8cfb08af253e1a35c86f224466fafd6"


@pytest.fixture(scope="session")
def retail(tmp_path_factory, data_dir):
    """(workspace path, first import report) after one `insight import online_retail_ii.parquet --json`."""
    path = tmp_path_factory.mktemp("retail") / "retail.db"
    result = run_insight("import", str(data_dir / "online_retail_ii.parquet"), "--workspace", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return path, json.loads(result.stdout)["imports"][0]


@pytest.fixture(scope="session")
def raw_ii(data_dir) -> pl.DataFrame:
    return pl.read_parquet(data_dir / "online_retail_ii.parquet")


def _state(path) -> dict:
    """Per table: row count, sum of row ids and of the numeric columns (cheap on 1M rows, in SQL); with
    undo restoring rows under their original ids, equal states mean the same rows."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        state = {t: conn.execute(f"SELECT COUNT(*), SUM(row_id) FROM {t}").fetchone()
                 for t in ("customers", "survey_responses", "coupons", "interactions", "customer_attributes")}
        state["order_lines"] = conn.execute(
            "SELECT COUNT(*), SUM(row_id), SUM(quantity), ROUND(SUM(unit_price), 4), COUNT(DISTINCT order_id), "
            "COUNT(DISTINCT customer_id), MIN(order_date), MAX(order_date) FROM order_lines").fetchone()
    return state


def test_report_of_the_1m_line_import(retail):
    _path, report = retail
    assert report["status"] == "imported" and report["table"] == "order_lines"
    assert report["rows"] == 1_044_847
    assert report["content_hash"] == II_SHA
    assert (report["date_from"], report["date_to"]) == ("2009-12-01", "2011-12-09")


def test_loaded_lines_equal_the_source_file(retail, raw_ii):
    path, report = retail
    with Workspace.open(str(path)) as ws:
        ds = ws.load()
    lines = ds.order_lines
    assert lines.height == raw_ii.height
    source = raw_ii.select(order_id="Invoice", customer_id="Customer ID", order_date="InvoiceDate",
                           quantity=pl.col("Quantity").cast(pl.Float64), unit_price="Price",
                           product_id=pl.col("StockCode").str.strip_chars())  # ids are trimmed on import
    assert lines.select(source.columns).equals(source)
    # the report's counts, computed independently from the parquet
    assert report["customers"] == raw_ii.get_column("Customer ID").drop_nulls().n_unique()
    assert report["rows_without_customer"] == raw_ii.get_column("Customer ID").null_count()
    returns = raw_ii.filter((pl.col("Quantity") < 0) | pl.col("Invoice").str.starts_with("C")).height
    assert report["cancellations"] == returns
    # the lead's verified totals for this file (metrics.md definitions)
    totals = prepared_lines(ds).select(
        revenue=pl.col("line_amount").sum(),
        orders=pl.col("order_key").filter(pl.col("is_order")).n_unique(),
        customers=pl.col("customer_id").filter(pl.col("is_order") & pl.col("customer_id").is_not_null()).n_unique(),
    ).collect().row(0)
    assert round(totals[0], 2) == 18_908_996.98 and totals[1:] == (40_077, 5_878)


def test_importing_the_same_file_again_changes_nothing(retail, data_dir):
    path, first = retail
    before = _state(path)
    result = run_insight("import", str(data_dir / "online_retail_ii.parquet"), "--workspace", str(path))
    assert result.returncode == 0, result.stderr
    assert f"already imported as #{first['import_id']}, nothing changed" in result.stdout
    assert _state(path) == before


@pytest.mark.long(15)  # 541,909 lines replaced and restored by real processes: the folder's longest test
def test_online_retail_replaces_its_overlap_and_undo_restores(retail, data_dir):
    """online_retail.parquet (541,909 lines) holds 519,386 lines that Online Retail II also holds plus the
    22,523 lines of 2010-12-01..09 that its first sheet holds (README): importing it replaces exactly
    those orders, so the line count stays 1,044,847; undo brings back the first import's rows."""
    path, _first = retail
    before = _state(path)
    result = run_insight("import", str(data_dir / "online_retail.parquet"), "--workspace", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["imports"][0]
    assert report["rows"] == 541_909
    assert report["replaced_rows"] == 22_523 + 519_386
    with Workspace.open(str(path)) as ws:
        assert ws.load().order_lines.height == 1_044_847
    undone = run_insight("undo", str(report["import_id"]), "--workspace", str(path), "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["restored_rows"] == 541_909
    assert _state(path) == before


def test_a_small_correction_replaces_two_orders_and_undo_restores(retail, raw_ii, tmp_path):
    path, _first = retail
    before = _state(path)
    fix = tmp_path / "fix.csv"
    fix.write_text("Invoice,Customer ID,InvoiceDate,Quantity,Price,StockCode\n"
                   "489434,13085,2009-12-01 07:45,1,1.0,X1\n489435,13085,2009-12-01 07:46,2,2.0,X2\n")
    replaced = raw_ii.filter(pl.col("Invoice").is_in(["489434", "489435"])).height
    result = run_insight("import", str(fix), "--workspace", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["imports"][0]
    assert report["replaced_rows"] == replaced
    with Workspace.open(str(path)) as ws:
        lines = ws.load().order_lines
    assert lines.height == 1_044_847 - replaced + 2
    assert lines.filter(pl.col("order_id") == "489434").get_column("product_id").to_list() == ["X1"]
    assert run_insight("undo", str(report["import_id"]), "--workspace", str(path)).returncode == 0
    assert _state(path) == before


def test_cdnow_master(tmp_path, data_dir):
    path = tmp_path / "cdnow.db"
    result = run_insight("import", str(data_dir / "cdnow" / "CDNOW_master.txt"), "--workspace", str(path), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)["imports"][0]
    assert (report["rows"], report["customers"]) == (69_659, 23_570)
    assert (report["date_from"], report["date_to"]) == ("1997-01-01", "1998-06-30")
    with Workspace.open(str(path)) as ws:
        ds = ws.load()
    tokens = (data_dir / "cdnow" / "CDNOW_master.txt").read_text().split()
    values = pl.Series(tokens[4:]).reshape((-1, 4)).arr.to_struct().struct.unnest()
    assert values.height == 69_659
    assert ds.order_lines.height == 69_659
    assert ds.order_lines.get_column("customer_id").dtype == pl.Int64
    expected = values.get_column("field_3").cast(pl.Float64).sum()
    assert ds.order_lines.get_column("amount").sum() == pytest.approx(expected, abs=1e-6)
    assert ds.order_lines.get_column("quantity").sum() == values.get_column("field_2").cast(pl.Float64).sum()
