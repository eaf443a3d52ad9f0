"""%load_ext widgets, %insight and %%insight in a real IPython shell (globalipapp), and the display."""

from __future__ import annotations

import pytest
from IPython.testing.globalipapp import start_ipython

from insight.answer import Answer
from widgets.extension import Transcript, parse_line

from widget_expect import revenue_per_customer


@pytest.fixture(scope="module")
def ip(demo):
    shell = start_ipython()
    shell.run_line_magic("load_ext", "widgets")
    shell.user_ns["orders"] = demo
    yield shell
    shell.run_line_magic("unload_ext", "widgets")


def test_line_magic_returns_and_displays_the_answer(ip, demo):
    result = ip.run_cell("%insight --data orders Top 5 customers by revenue")
    answer = result.result
    assert isinstance(answer, Answer) and answer.status == "ok"
    expected = revenue_per_customer(demo.order_lines, demo.as_of).head(5)
    assert answer.table["customer_id"].to_list() == expected["customer_id"].to_list()
    data, _ = ip.display_formatter.format(answer)
    assert set(data) == {"text/plain", "text/html"}  # no application/json: JupyterLab would show a JSON tree
    assert "<svg" in data["text/html"] and "<table" in data["text/html"]
    assert str(expected["customer_id"][0]) in data["text/plain"]


def test_line_magic_follow_up_reuses_the_conversation(ip):
    ip.run_line_magic("insight", "--data orders Top 5 customers by revenue")
    follow = ip.run_line_magic("insight", "and only 2024?")
    assert follow.status == "ok" and "2024" in follow.text


def test_cell_magic_is_one_conversation(ip):
    transcript = ip.run_cell_magic("insight", "--data orders", "revenue by country, top 3\n\n# a comment\nand only 2024?\n")
    assert isinstance(transcript, Transcript) and len(transcript) == 2
    first, second = transcript
    assert first.table.height == 3 and second.table.height == 3
    assert "2024" in second.text
    bundle, _ = ip.display_formatter.format(transcript)  # what the notebook shows for the cell
    assert bundle["text/html"].count("insight-answer") == 2
    assert "› revenue by country, top 3" in bundle["text/plain"]


def test_demo_flag_and_german(ip):
    answer = ip.run_line_magic("insight", "--demo Umsatz nach Land, Top 3")
    assert answer.language == "de" and answer.table.height == 3


def test_usage_errors_are_one_line(ip, capsys):
    assert ip.run_line_magic("insight", "--bogus revenue") is None
    err = capsys.readouterr().err
    assert "unknown option --bogus" in err and "Traceback" not in err
    assert ip.run_line_magic("insight", "") is None
    assert "ask a question" in capsys.readouterr().err


def test_bad_data_path_is_one_line(ip, capsys, tmp_path):
    assert ip.run_line_magic("insight", f"--data {tmp_path / 'missing.csv'} revenue") is None
    err = capsys.readouterr().err.strip()
    assert "missing.csv" in err and len(err.splitlines()) == 1
    # the failed source is not remembered: the next question still goes to the last good one
    assert ip.run_line_magic("insight", "--data orders revenue by country, top 3").status == "ok"
    assert ip.run_line_magic("insight", f"--data {tmp_path / 'missing.csv'} revenue") is None
    capsys.readouterr()
    assert ip.run_line_magic("insight", "and only 2024?").status == "ok"


def test_parse_line_keeps_the_question_verbatim():
    opts = parse_line("--data orders --as-of 2011-12-01 what's the \"total\" revenue?")
    assert (opts.data, opts.as_of, opts.rest) == ("orders", "2011-12-01", "what's the \"total\" revenue?")
