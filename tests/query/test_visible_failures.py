"""Failures are visible (issue 19): a bug in the executor is an internal error with its own code, sentence and
logged traceback, re-raised under INSIGHT_DEBUG=1; a follow-up that cannot be merged says so; the library
logs to the "insight" logger and configures no output of its own."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import insight.query.executor as executor
import insight.query.session as session_mod
from insight.logs import INTERNAL_ERROR_CODE, StderrHandler, internal_error_text, log_to_stderr
from insight.query import Session

ROOT = Path(__file__).resolve().parents[2]


def _boom(exc: Exception):
    def run(*_args, **_kwargs):
        raise exc
    return run


@pytest.mark.parametrize("exc", [KeyError("revenue"), TypeError("unsupported operand"), ValueError("bad"),
                                 ZeroDivisionError("division by zero")])
def test_a_bug_in_the_executor_is_an_internal_error_with_its_code(tiny_ds, monkeypatch, caplog, exc) -> None:
    monkeypatch.delenv("INSIGHT_DEBUG", raising=False)
    monkeypatch.setattr(executor, "_run", _boom(exc))
    with caplog.at_level(logging.ERROR, logger="insight"):
        answer = Session(tiny_ds).ask("revenue")
    assert answer.status == "error"
    assert answer.text == internal_error_text("en")
    assert any(INTERNAL_ERROR_CODE in note for note in answer.notes)
    payload = json.loads(answer.dumps())
    assert payload["status"] == "error" and list(payload)[:3] == ["question", "language", "status"]
    records = [r for r in caplog.records if r.name == "insight.query.executor" and r.levelno == logging.ERROR]
    assert records and records[0].exc_info is not None and records[0].exc_info[0] is type(exc)


def test_the_internal_error_is_worded_in_the_questions_language(tiny_ds, monkeypatch) -> None:
    monkeypatch.delenv("INSIGHT_DEBUG", raising=False)
    monkeypatch.setattr(executor, "_run", _boom(KeyError("x")))
    answer = Session(tiny_ds).ask("Wie hoch ist der Umsatz?")
    assert answer.language == "de" and answer.text == internal_error_text("de")
    assert answer.notes == ["Fehlercode: internal_error"]


def test_insight_debug_reraises_internal_errors(tiny_ds, monkeypatch) -> None:
    monkeypatch.setenv("INSIGHT_DEBUG", "1")
    monkeypatch.setattr(executor, "_run", _boom(KeyError("revenue")))
    with pytest.raises(KeyError):
        Session(tiny_ds).ask("revenue")


def test_a_plan_the_data_cannot_carry_keeps_its_sentence_and_is_logged(tiny_ds, monkeypatch, caplog) -> None:
    monkeypatch.delenv("INSIGHT_DEBUG", raising=False)
    monkeypatch.setattr(executor, "_run", _boom(pl.exceptions.ComputeError("cannot cast")))
    with caplog.at_level(logging.WARNING, logger="insight"):
        answer = Session(tiny_ds).ask("revenue")
    assert answer.status == "error" and "cannot be computed on this data" in answer.text
    assert not answer.notes
    assert any(r.name == "insight.query.executor" and r.exc_info for r in caplog.records)


class _Invalid:
    """Stands in for QueryPlan in the session module: every merged follow-up plan fails validation."""

    @staticmethod
    def model_validate(_data):
        raise ValueError("merged plan is invalid")


def test_an_unmerged_follow_up_is_logged_and_noted_with_the_same_plan(tiny_ds, monkeypatch, caplog) -> None:
    merged = Session(tiny_ds)
    assert merged.ask("revenue").ok and merged.ask("and by month?").ok  # a follow-up that merges
    expected = Session(tiny_ds).plan("and by month?")  # what the question gets on its own
    monkeypatch.setattr(session_mod, "QueryPlan", _Invalid)
    chat2 = Session(tiny_ds)
    chat2.ask("revenue")
    with caplog.at_level(logging.WARNING, logger="insight"):
        answer = chat2.ask("and by month?")
    assert chat2.history[-1][1] == expected  # the plan used is the question's own, as before
    assert any("could not be combined with the previous question" in note for note in answer.notes)
    assert any(r.name == "insight.query.session" and r.levelno == logging.WARNING for r in caplog.records)


def test_the_library_configures_no_log_output() -> None:
    probe = ("import logging, insight\n"
             "logging.getLogger('insight.query.executor').error('visible only with a handler')\n"
             "print(sorted(type(h).__name__ for h in logging.getLogger('insight').handlers))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['NullHandler']"
    assert "visible only" not in out.stderr


def test_log_to_stderr_adds_one_handler_that_follows_sys_stderr(capsys) -> None:
    logger = logging.getLogger("insight")
    before, level = list(logger.handlers), logger.level
    for handler in before:  # an earlier test in this process (ask --debug) may have added one
        if isinstance(handler, StderrHandler):
            logger.removeHandler(handler)
    try:
        log_to_stderr()
        log_to_stderr()
        assert sum(isinstance(h, StderrHandler) for h in logger.handlers) == 1
        logging.getLogger("insight.test").warning("to the stderr of the moment")
        assert "to the stderr of the moment" in capsys.readouterr().err
    finally:
        logger.handlers[:] = before
        logger.setLevel(level)


def test_cli_debug_env_shows_the_core_log_on_stderr(tmp_path) -> None:
    """INSIGHT_DEBUG=1: `insight` sends the core's log to stderr (here: nothing fails, so only the config)."""
    probe = ("import os, sys, logging\nos.environ['INSIGHT_DEBUG'] = '1'\nsys.argv = ['insight', '--help']\n"
             "import insight.cli\ntry:\n    insight.cli.main()\nexcept SystemExit:\n    pass\n"
             "logging.getLogger('insight.test').warning('shown on stderr')\n")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert "shown on stderr" in out.stderr


def test_ask_debug_logs_to_stderr_only_while_the_command_runs(tmp_path) -> None:
    from typer.testing import CliRunner

    from insight.cli import app

    csv = tmp_path / "o.csv"
    csv.write_text("customer_id,order_date,amount\n1,2024-01-05,10\n2,2024-02-05,20\n")
    before = list(logging.getLogger("insight").handlers)
    result = CliRunner().invoke(app, ["ask", "revenue", "--data", str(csv), "--json", "--debug"])
    assert result.exit_code == 0, result.output
    assert logging.getLogger("insight").handlers == before
