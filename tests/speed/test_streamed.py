"""The streaming path (insight.query.streamed) answers exactly like the in-memory path.

Small real files: the first 120,000 lines of Online Retail II (C-prefixed cancellations, lines without a
customer, 30+ countries) and the demo's order lines (channels, countries) with a status column that cancels every 37th line,
each written as Parquet and answered both ways; the answers' JSON must be identical. Questions the stream
cannot answer exactly get one sentence saying what it answers, never a wrong number.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.api import load_file
from insight.cli import app
from insight.query import Session
from insight.query.streamed import answer, customer_summary, scan, streamed_dataset

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
RETAIL_II = DATA / "online_retail_ii.parquet"

RETAIL_QUESTIONS = [
    "total revenue", "Umsatz nach Land", "revenue by month", "Top 5 Länder nach Aufträgen", "AOV 2010",
    "Umsatz in Deutschland nach Monat", "customers by quarter", "Kunden 2010", "Anzahl Bestellungen im Dezember 2009",
    "Umsatz Februar 2010 vs Januar 2010", "order lines by year", "unattributed revenue", "Menge nach Land",
]
DEMO_QUESTIONS = ["Umsatz nach Kanal", "revenue by month", "AOV nach Land", "Kunden je Quartal",
                  "total revenue"]


@pytest.fixture(scope="module")
def retail_file(tmp_path_factory) -> Path:
    if not RETAIL_II.exists():
        pytest.skip(f"Online Retail II not found at {RETAIL_II}")
    path = tmp_path_factory.mktemp("stream") / "retail_head.parquet"
    pl.read_parquet(RETAIL_II, n_rows=120_000).write_parquet(path)
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from insight.io.demo import generate_demo

    lines = generate_demo(seed=7, n_customers=600).order_lines
    # a status column with cancelled lines (never a sale: left out, and counted in the notes)
    lines = lines.with_row_index("_i").with_columns(
        line_status=pl.when(pl.col("_i") % 37 == 0).then(pl.lit("cancelled")).otherwise(pl.lit("completed"))
    ).drop("_i")
    path = tmp_path_factory.mktemp("stream") / "demo_lines.parquet"
    lines.write_parquet(path)
    return path


def _both(path: Path, question: str) -> tuple[dict, dict]:
    memory = json.loads(Session(load_file(path)).ask(question).dumps())
    streamed = json.loads(answer(question, streamed_dataset(path)).dumps())
    return memory, streamed


@pytest.mark.parametrize("question", RETAIL_QUESTIONS)
def test_retail_answers_are_identical(retail_file, question):
    memory, streamed = _both(retail_file, question)
    assert memory["status"] == "ok", memory["text"]
    assert streamed == memory


@pytest.mark.parametrize("question", DEMO_QUESTIONS)
def test_demo_answers_are_identical(demo_file, question):
    memory, streamed = _both(demo_file, question)
    assert memory["status"] == "ok", memory["text"]
    assert streamed == memory


def test_orders_of_every_status_are_declined_not_miscounted(demo_file):
    """Orders by every status count the cancelled orders from the whole lines, which the lazy path's skeleton
    does not hold: it declines them (the CLI then loads the data) instead of a smaller count."""
    memory, streamed = _both(demo_file, "orders by order status")
    assert memory["status"] == "ok" and len(memory["rows"]) >= 2, memory["text"]
    assert streamed["status"] == "error" and streamed["rows"] == []


def test_two_keys_give_the_same_rows(retail_file):
    """A trend by quarter and country: the executor sorts by the period only, so the countries within a
    quarter come in the group-by's order, which polars does not fix (the streaming engine's differs from
    the in-memory one's). The rows themselves are the same."""
    memory, streamed = _both(retail_file, "revenue in France and Germany by quarter")
    assert memory["status"] == streamed["status"] == "ok"
    assert sorted(map(tuple, streamed["rows"])) == sorted(map(tuple, memory["rows"]))
    assert len(memory["rows"]) == 4


def test_demo_conventions_are_the_whole_files(demo_file):
    """The skeleton is a few rows, but the cancelled-line counts of the notes are the whole file's."""
    from insight.metrics.conventions import detect

    streamed = detect(streamed_dataset(demo_file))
    assert streamed == detect(load_file(demo_file))
    assert streamed.cancelled_lines > 100 and streamed.cancelled_values == ("cancelled",)


def test_what_it_cannot_answer_exactly_is_refused_in_one_sentence(retail_file):
    ds = streamed_dataset(retail_file)
    for question in ("Top 10 Kunden nach Umsatz", "Wie hoch ist der CLV?", "Umsatz nach Produkt"):
        got = answer(question, ds)
        assert got.status == "error"
        assert "line metrics" in got.text or "Zeilenkennzahlen" in got.text
        assert got.table is None or got.table.height == 0


def test_customer_summary_matches_the_in_memory_tables(retail_file):
    """orders / revenue / first and last order from prepared lines in memory, frequency / recency / T /
    monetary value from insight.clv.summary in memory: the streamed summary holds the same values."""
    from insight.clv.summary import summary_from_lines
    from insight.metrics.lines import prepared_lines

    ds = load_file(retail_file)
    got = customer_summary(scan(retail_file).lines, ds.as_of)
    lines = prepared_lines(ds).filter(pl.col("customer_id").is_not_null())
    expected = lines.group_by("customer_id").agg(
        orders=pl.col("order_key").filter(pl.col("is_order")).n_unique().cast(pl.Int64),
        revenue=pl.col("line_amount").sum(),
        first_order=pl.col("order_day").filter(pl.col("is_order")).min(),
        last_order=pl.col("order_day").filter(pl.col("is_order")).max(),
    ).join(summary_from_lines(prepared_lines(ds), ds.as_of), on="customer_id", how="left").collect()
    expected = expected.with_columns(
        days_since_last=(pl.lit(ds.as_of, dtype=pl.Date) - pl.col("last_order")).dt.total_days()).sort("customer_id")
    assert got.height == expected.height > 1000
    assert got.columns == expected.columns
    for column in got.columns:
        a, b = got.get_column(column), expected.get_column(column)
        if a.dtype.is_float():
            assert ((a - b).abs() <= 1e-6 * b.abs().clip(lower_bound=1)).fill_null(a.is_null() & b.is_null()).all(), column
        else:
            assert a.to_list() == b.to_list(), column
    assert got.filter(pl.col("first_order") > pl.col("last_order")).height == 0
    assert got.get_column("days_since_last").min() >= 1  # as_of is the day after the last order


def test_cli_stream_and_as_of(retail_file):
    runner = CliRunner()
    args = ["ask", "Umsatz nach Land", "--data", str(retail_file), "--json", "--as-of", "2010-06-01"]
    streamed = runner.invoke(app, [*args, "--stream"])
    memory = runner.invoke(app, args)
    assert streamed.exit_code == 0, streamed.output
    assert json.loads(streamed.stdout) == json.loads(memory.stdout)
    assert json.loads(streamed.stdout)["as_of"] == dt.date(2010, 6, 1).isoformat()


def test_cli_stream_refusal_is_one_line(retail_file):
    result = CliRunner().invoke(app, ["ask", "Top 3 Kunden", "--data", str(retail_file), "--stream"])
    assert result.exit_code == 1
    # a German question gets the German sentence, the reason in German too (no switch mid-sentence)
    assert result.stderr.count("\n") == 1 and "Zeilenkennzahlen" in result.stderr
    assert "grouping" not in result.stderr and "Gruppierung oder Filter nach customer_id" in result.stderr


def test_a_file_that_is_not_parquet_is_one_line(tmp_path):
    path = tmp_path / "lines.csv"
    path.write_text("Invoice,Customer ID,InvoiceDate,Quantity,Price\n1,10,2011-01-01,1,2\n")
    result = CliRunner().invoke(app, ["ask", "total revenue", "--data", str(path), "--stream"])
    assert result.exit_code == 1
    assert "Parquet" in result.stderr and "Traceback" not in result.output


def test_a_file_the_memory_guard_would_refuse_is_streamed(retail_file, monkeypatch):
    """Without --stream, a Parquet file larger than the memory available is answered from the scan (the
    guard's estimate against a machine with 50 MB free), and the answer is the in-memory one."""
    import insight.io.memory as memory

    expected = json.loads(Session(load_file(retail_file)).ask("revenue by month").dumps())
    monkeypatch.setattr(memory, "available_bytes", lambda: 50 << 20)
    result = CliRunner().invoke(app, ["ask", "revenue by month", "--data", str(retail_file), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == expected


def test_the_lazy_query_reads_only_the_columns_it_needs(retail_file):
    """Projection pushdown: revenue by country scans the columns of the line rules and the grouping, never the
    product code or description."""
    from insight.metrics.grouped import engine_lines

    ds = streamed_dataset(retail_file)
    plan = engine_lines(ds).group_by("country").agg(pl.col("line_amount").sum()).explain()
    lines = plan.splitlines()
    scans = [lines[i + 1].strip() for i, line in enumerate(lines) if "Parquet SCAN" in line]
    assert scans and all(s.startswith("PROJECT ") and s.endswith("/8 COLUMNS") and not s.startswith("PROJECT */")
                         for s in scans), plan  # 8 columns in the file, fewer read
    assert "Description" not in plan and "StockCode" not in plan


def test_stream_without_data_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["ask", "total revenue", "-w", str(tmp_path / "ws.db"), "--stream"])
    assert result.exit_code == 2
    assert "--data" in result.stderr and not (tmp_path / "ws.db").exists()
