"""Leftovers of the attack pass (issue 17): a question that is an unfilled template is asked back naming its
placeholders (never answered as all-time revenue), and `ask --json` stays one line when the question holds
U+2028/U+2029 (valid JSON, but a line break to Python's splitlines and older JavaScript)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

INSIGHT = Path(sys.executable).with_name("insight")


@pytest.fixture()
def small(tmp_path) -> Path:
    path = tmp_path / "orders.csv"
    pl.DataFrame({"customer_id": ["1", "2"], "order_date": ["2011-01-05", "2011-02-06"],
                  "amount": [10.0, 20.0]}).write_csv(path)
    return path


@pytest.mark.parametrize("question", ["Umsatz {0} {1!r} %s %d %(x)s", "revenue for ${customer}"])
def test_a_template_with_placeholders_is_asked_back(small, question) -> None:
    data = ia.ask(question, data=small).to_json()
    assert data["status"] == "clarify" and not data["rows"]
    assert "{" in data["text"] or "%" in data["text"]


def test_ask_json_is_one_line_with_unicode_line_separators(small) -> None:
    question = "revenue\u2028 in 2011\u2029"
    out = subprocess.run([str(INSIGHT), "ask", question, "--data", str(small), "--json"],
                         capture_output=True, text=True, timeout=120).stdout
    assert len(out.splitlines()) == 1
    answer = json.loads(out)
    assert answer["question"] == question and answer["status"] == "ok" and answer["rows"] == [[30.0]]
