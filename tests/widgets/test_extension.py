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
    assert bundle["text/html"].count("<div class='insight-answer") == 2
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


# -- questions ending in '?' go through IPython's own input transformation (issue 18) -------------------
def test_question_mark_lines_are_questions_not_help(ip, capsys):
    ip.run_cell("%insight --data orders Top 5 customers by revenue")
    result = ip.run_cell("%insight Wer sind unsere wertvollsten Kunden?")
    assert result.success and isinstance(result.result, Answer), capsys.readouterr()
    assert result.result.language == "de" and result.result.status == "ok" and result.result.table.height > 0
    assert "not found" not in capsys.readouterr().out
    ip.user_ns.pop("a", None)
    result = ip.run_cell("a = %insight What is the repeat rate?")
    assert result.success
    a = ip.user_ns["a"]
    assert isinstance(a, Answer) and a.status == "ok" and "%" in a.text
    # an indented, variable-expanding line in a block keeps working too
    ip.user_ns["n"] = 3
    ip.run_cell("if True:\n    b = %insight revenue by country, top {n}?\n")
    assert ip.user_ns["b"].table.height == 3


def test_transformer_only_touches_insight_lines():
    from widgets.extension import protect_questions

    assert protect_questions(["x?\n"]) == ["x?\n"]
    assert protect_questions(["%insight  what's up\n"]) == ["%insight  what's up\n"]
    assert protect_questions(["a, b = %insight it's \"big\"?\n"]) == [
        "a, b = get_ipython().run_line_magic('insight', 'it\\'s \"big\"?')\n"]


def test_number_picks_a_clarification_option(ip):
    ip.run_line_magic("insight", "--data orders")
    clarify = ip.run_cell("%insight Wie gut sind wir?").result
    assert clarify.status == "clarify" and len(clarify.options) >= 2
    bundle, _ = ip.display_formatter.format(clarify)
    assert bundle["text/html"].count(clarify.options[0]) == 1  # the options once, with the hint how to pick
    assert "%insight 1" in bundle["text/plain"]
    picked = ip.run_cell("%insight 2").result
    assert isinstance(picked, Answer) and picked.question == clarify.options[1] and picked.status == "ok"


def test_no_source_says_how_to_point_at_data(tmp_path, monkeypatch, capsys):
    from widgets.extension import InsightMagics

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INSIGHT_HOME", str(tmp_path / "home"))
    magics = InsightMagics(None)
    assert magics.insight("Top 5 customers by revenue?") is None
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--data" in err and "%insight_workspace" in err and "--demo" in err
    assert not list(tmp_path.rglob("*.db"))  # nothing created


def test_insight_workspace_magic(demo_workspace, tmp_path, capsys):
    from widgets.extension import InsightMagics

    magics = InsightMagics(None)
    magics.insight_workspace(str(tmp_path / "missing.db"))
    assert "not found" in capsys.readouterr().err and not (tmp_path / "missing.db").exists()
    magics.insight_workspace(demo_workspace)
    assert magics.insight("Top 3 customers by revenue").table.height == 3
