"""Issue 17, item 5: time phrases that name no real date in the plausible range are asked back, never
widened to a year or to all time, and never an internal error (under --json: exactly one answer object)."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.cli import app
from insight.query import timewords

AS_OF = dt.date(2011, 12, 10)
runner = CliRunner()


@pytest.mark.parametrize("question", ["Umsatz am 31.02.2011", "Umsatz Q9 2011", "revenue in 0000",
                                      "revenue since 9999-12-31", "Umsatz seit 0001-01-01", "Umsatz 2011-13",
                                      "Umsatz im Jahr 1066", "revenue in Q0 2011"])
def test_impossible_dates_are_marked_not_widened(question):
    norm = timewords.normalise(question)
    windows, rest = timewords.extract(norm, AS_OF)
    assert timewords.IMPOSSIBLE in rest.split() and timewords.IMPOSSIBLE in timewords.UNRESOLVED_ALWAYS
    assert all(w.kind != "year" or "jahr" in norm for w in windows), windows


@pytest.mark.parametrize("unit", ["days", "weeks", "months", "quarters", "years"])
def test_huge_relative_windows_start_at_the_first_plausible_day(unit):
    window = timewords.relative_window(unit, 10000, AS_OF)
    assert window.start >= timewords.FIRST_DAY and window.end == AS_OF


@pytest.mark.parametrize("question", ["Umsatz am 28.02.2011", "Umsatz Q3 2011", "revenue in 2011",
                                      "Kunden mit Umsatz bis 1000 Euro"])
def test_real_dates_are_unchanged(question):
    assert timewords.IMPOSSIBLE not in timewords.normalise(question)


def test_cli_json_holds_one_answer_object(tmp_path):
    path = tmp_path / "orders.csv"
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": ["2011-01-05", "2011-03-01"],
                  "amount": [10.0, 20.0]}).write_csv(path)
    expected = {"Umsatz am 31.02.2011": "clarify", "Umsatz Q9 2011": "clarify", "revenue in 0000": "clarify",
                "revenue since 9999-12-31": "clarify", "in the last 10000 years revenue": "ok"}
    for question, status in expected.items():
        result = runner.invoke(app, ["ask", question, "--data", str(path), "--json"])
        lines = result.stdout.strip().splitlines()
        assert len(lines) == 1, result.output
        answer = json.loads(lines[0])
        assert answer["status"] == status, (question, answer["text"])
    total = json.loads(runner.invoke(app, ["ask", "revenue in the last 10000 years", "--data", str(path),
                                           "--json"]).stdout)
    assert total["rows"] == [[30.0]]
