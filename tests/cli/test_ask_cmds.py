"""`insight ask` and `insight chat` through typer's CliRunner on a small hand-made CSV (answers worked
out by hand below), plus one real run of the installed command on Online Retail II."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from insight.cli import app

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

# Three customers; order 4 is a cancellation (C-prefix) of part of order 3; one line without a customer.
CSV = """Invoice;Customer ID;InvoiceDate;Quantity;Price;Country
1;10;05.01.2011;2;50,00;Germany
1;10;05.01.2011;1;20,00;Germany
2;11;10.02.2011;5;10,00;France
3;10;15.03.2011;3;10,00;Germany
C4;10;16.03.2011;-1;10,00;Germany
5;;20.03.2011;1;99,00;Germany
6;12;01.12.2010;4;25,00;Spain
"""
# revenue: 100 + 20 + 50 + 30 - 10 + 99 + 100 = 389; 2011: 289; Germany: 239
# orders (valid): 1, 2, 3, 5, 6 = 5; customers: 10, 11, 12 = 3; in 2011: 10, 11 = 2
# analysis date: 2011-03-21 (day after the last order)


@pytest.fixture()
def orders_csv(tmp_path) -> Path:
    path = tmp_path / "orders.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def test_ask_json_scalar(orders_csv) -> None:
    result = run("ask", "Wie hoch war der Umsatz 2011?", "--data", str(orders_csv), "--json")
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert list(answer)[:9] == ["question", "language", "status", "text", "columns", "rows", "plan", "as_of",
                                "definitions"]
    assert answer["status"] == "ok" and answer["language"] == "de"
    assert answer["columns"] == ["revenue"] and answer["rows"] == [[289.0]]
    assert answer["as_of"] == "2011-03-21"
    assert "289,00" in answer["text"] and "€" not in answer["text"]  # no currency set or found: none shown
    priced = json.loads(run("ask", "Wie hoch war der Umsatz 2011?", "--data", str(orders_csv), "--json",
                            "--currency", "EUR").stdout)
    assert "289,00 €" in priced["text"]
    assert answer["definitions"]["revenue"].startswith("Nettoumsatz")
    assert answer["plan"]["metrics"] == ["revenue"]


def test_ask_json_table_and_counts(orders_csv) -> None:
    result = run("ask", "revenue by country", "--data", str(orders_csv), "--json")
    answer = json.loads(result.stdout)
    assert answer["columns"] == ["country", "revenue"]
    assert answer["rows"] == [["Germany", 239.0], ["Spain", 100.0], ["France", 50.0]]
    assert answer["chart"]["kind"] == "bar"
    customers = json.loads(run("ask", "How many customers in 2011?", "--data", str(orders_csv), "--json").stdout)
    assert customers["rows"] == [[2]]
    orders = json.loads(run("ask", "Anzahl Bestellungen", "--data", str(orders_csv), "--json").stdout)
    assert orders["rows"] == [[5]]


def test_as_of_option_moves_relative_windows(orders_csv) -> None:
    result = run("ask", "revenue in the last 30 days", "--data", str(orders_csv), "--as-of", "2011-02-15", "--json")
    answer = json.loads(result.stdout)
    assert answer["as_of"] == "2011-02-15"
    assert answer["rows"] == [[50.0]]  # only order 2 (2011-02-10) lies in [2011-01-16, 2011-02-15)


def test_text_output_and_explain(orders_csv) -> None:
    result = run("ask", "Umsatz nach Land", "--data", str(orders_csv), "--explain")
    assert result.exit_code == 0
    assert "Umsatz nach Land" in result.stdout and "Stichtag: 2011-03-21" in result.stdout
    assert '"intent": "metric"' in result.stdout and "revenue:" in result.stdout


def test_clarify_exits_zero_with_options(orders_csv) -> None:
    result = run("ask", "Wie gut läuft es?", "--data", str(orders_csv), "--json")
    assert result.exit_code == 0
    answer = json.loads(result.stdout)
    assert answer["status"] == "clarify" and answer["options"] and answer["rows"] == []


def test_refusal_exits_one_with_one_line_on_stderr(orders_csv) -> None:
    before = orders_csv.read_bytes()
    result = run("ask", "Lösche alle Kunden; DROP TABLE order_lines;", "--data", str(orders_csv), "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["status"] == "error"
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("insight: error:")
    assert orders_csv.read_bytes() == before


def test_a_metric_whose_table_is_missing_is_asked_back(orders_csv) -> None:
    """answers.md: a word naming a metric the data cannot carry gets clarify (exit 0) naming what is missing."""
    result = run("ask", "What is our NPS?", "--data", str(orders_csv), "--json")
    assert result.exit_code == 0
    answer = json.loads(result.stdout)
    assert answer["status"] == "clarify" and "survey_responses" in answer["text"]


def test_bad_file_exits_one_with_json_error(tmp_path) -> None:
    result = run("ask", "Umsatz", "--data", str(tmp_path / "missing.csv"), "--json")
    assert result.exit_code == 1
    answer = json.loads(result.stdout)
    assert answer["status"] == "error" and answer["rows"] == []
    assert result.stderr.count("\n") == 1


def test_chat_follow_ups_as_json_lines(orders_csv) -> None:
    lines = "Umsatz 2011\nund nur in Deutschland?\npro Monat\nwarum?\n\nexit\nUmsatz\n"
    result = run("chat", "--data", str(orders_csv), "--json", input=lines)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 4  # the empty line is skipped, exit ends the conversation
    assert answers[0]["rows"] == [[289.0]]
    assert answers[1]["rows"] == [[239.0]]
    assert answers[2]["columns"] == ["month", "revenue"]
    assert answers[2]["rows"] == [["2011-01", 120.0], ["2011-03", 119.0]]
    assert "Berechnung" in answers[3]["text"]


def test_chat_text(orders_csv) -> None:
    result = run("chat", "--data", str(orders_csv), input="How many customers?\nand in 2011?\n")
    assert result.exit_code == 0
    assert "Customers: 3." in result.stdout and "Customers (2011): 2." in result.stdout


@pytest.mark.slow
def test_installed_command_on_online_retail_ii() -> None:
    parquet = DATA / "online_retail_ii.parquet"
    if not parquet.exists():
        pytest.skip(f"{parquet} is absent")
    exe = Path(sys.executable).with_name("insight")
    out = subprocess.run([str(exe), "ask", "Top 3 countries by revenue", "--data", str(parquet), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert [r[0] for r in answer["rows"]] == ["United Kingdom", "EIRE", "Netherlands"]
    assert answer["rows"][0][1] == pytest.approx(16037854.52, abs=0.01)


def test_chat_a_complete_question_starts_afresh(orders_csv) -> None:
    """"top customers" after the repeat rate is its own question (answers.md), not repeat rate per customer."""
    result = run("chat", "--data", str(orders_csv), "--json", input="Wie hoch ist die Wiederkaufsrate?\ntop customers\n")
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["columns"] == ["repeat_rate"]
    assert second["status"] == "ok" and second["columns"][:2] == ["customer_id", "revenue"]
    assert "customer" in second["understood"] and "repeat" not in second["understood"]


def test_ask_debug_shows_reading_rule_and_plan_on_stderr(orders_csv) -> None:
    result = run("ask", "Umsatz nach Lnad", "--data", str(orders_csv), "--json", "--debug")
    assert result.exit_code == 0
    answer = json.loads(result.stdout)  # stdout keeps exactly one answer object
    assert answer["columns"][0] == "country" and answer["plan"]["rule"] == "metric"
    assert "lnad" in result.stderr and "typo of 'land'" in result.stderr and "rule: metric" in result.stderr
