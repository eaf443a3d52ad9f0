"""`insight ask Q -w W` on a workspace with a columnar copy: planned on the skeleton and run on a lazy scan of
the order lines' file (insight.cli.ask_cmds._pruned_answer), with --as-of and --currency applied exactly as
the whole load applies them; questions it cannot answer that way load the whole workspace."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

import insight.api as api
from insight.cli import app
from insight.cli.ask_cmds import _pruned_answer
from insight.query import Session
from insight.workspace import Workspace

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    if not (DATA / "online_retail_ii.parquet").exists():
        pytest.skip("Online Retail II not found")
    folder = tmp_path_factory.mktemp("pruned")
    src = folder / "retail.parquet"
    pl.read_parquet(DATA / "online_retail_ii.parquet").slice(100_000, 50_000).write_parquet(src)
    db = folder / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([src])
        ws.load()  # writes the copy, the skeleton and the facts
    return db


@pytest.mark.parametrize("question", ["Umsatz nach Land", "revenue by month", "AOV 2010", "Kunden je Quartal"])
def test_as_of_and_currency(workspace, question):
    result = CliRunner().invoke(app, ["ask", question, "-w", str(workspace), "--json", "--as-of", "2010-04-01",
                                      "--currency", "gbp"])
    assert result.exit_code == 0, result.output
    with api.data_options(currency="gbp"):
        assert _pruned_answer(question, str(workspace), "2010-04-01") is not None  # the pruned path answers
        expected = json.loads(Session(api.load(None, workspace, "2010-04-01")).ask(question).dumps())
    assert json.loads(result.stdout) == expected


@pytest.mark.parametrize("question", ["Top 3 Kunden nach Umsatz",
                                      # a population needs every line of its customers, never the skeleton's one
                                      "Wie viele Kunden haben mehr als 3 Bestellungen?",
                                      "Wie viele Kunden haben ein Abwanderungsrisiko über 50 %?",
                                      "Wie viele Neukunden hatten wir im März 2010?"])
def test_other_questions_load_the_whole_workspace(workspace, question):
    assert _pruned_answer(question, str(workspace), None) is None
    result = CliRunner().invoke(app, ["ask", question, "-w", str(workspace), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(Session(api.load(None, workspace)).ask(question).dumps())


def test_without_a_copy_nothing_is_pruned(tmp_path):
    db = tmp_path / "empty.db"
    with Workspace.open(str(db)):
        pass
    assert _pruned_answer("total revenue", str(db), None) is None
    assert _pruned_answer("total revenue", str(tmp_path / "missing.db"), None) is None
