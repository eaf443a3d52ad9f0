"""`insight ask Q --data FILE`: a question that needs only line metrics runs on the prepared lines as a lazy
frame (insight.cli.ask_cmds._lazy_line_metrics), so polars computes only the columns it reads. The answers
must be those of the ordinary path, which collects the prepared lines whole: compared as JSON on Online
Retail II (a slice), CDNOW, the demo (with a status column) and the foreign files, for questions the lazy
path takes and for questions it leaves to the ordinary path.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from insight.api import load_file
from insight.cli import app
from insight.cli.ask_cmds import _lazy_line_metrics
from insight.dataset import Dataset
from insight.query import Session

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
LINE_QUESTIONS = [
    "total revenue",
    "Umsatz nach Land",
    "revenue by month",
    "Top 5 Länder nach Aufträgen",
    "AOV 2010",
    "Kunden je Quartal",
    "Anzahl Bestellungen im Dezember 2010",
    "unattributed revenue",
    "Umsatz Dezember 2010 vs November 2010",
    "Menge nach Land",
    "Umsatz nach Kanal",
    "orders by order status",
    "Umsatz 2004",
]
OTHER_QUESTIONS = [
    "Top 3 Kunden nach Umsatz",
    "Wie viele Kunden sind abgewandert?",
    "Umsatz nach Segment",
    "Wiederkaufrate",
]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    if not (DATA / "online_retail_ii.parquet").exists():
        pytest.skip("needs ../shared/data")
    from insight.io.demo import generate_demo

    folder = tmp_path_factory.mktemp("lazy_data")
    out = {
        "retail": folder / "retail.parquet",
        "demo": folder / "demo.parquet",
        "cdnow": DATA / "cdnow" / "CDNOW_master.txt",
    }
    pl.read_parquet(DATA / "online_retail_ii.parquet", n_rows=120_000).write_parquet(out["retail"])
    lines = (
        generate_demo(seed=7, n_customers=600)
        .order_lines.with_row_index("_i")
        .with_columns(
            line_status=pl.when(pl.col("_i") % 37 == 0).then(pl.lit("cancelled")).otherwise(pl.lit("completed"))
        )
        .drop("_i")
    )
    lines.write_parquet(out["demo"])
    for name in ("sales_data_sample.csv", "marketing_campaign.csv", "Churn_Modelling.csv"):
        out[name] = DATA / "foreign" / name
    return out


@functools.cache
def _loaded(path: Path) -> Dataset:
    return load_file(path)


def _fresh(path: Path) -> Dataset:
    """What ``load_file(path)`` returns, without reading and mapping the file again for every question: the
    loaded tables (immutable polars frames) in a new Dataset with nothing derived cached yet."""
    ds = copy.copy(_loaded(path))  # the state load_file left, no __post_init__ run again
    ds.settings, ds.client_labels, ds._cache = ds.settings.model_copy(deep=True), dict(ds.client_labels), {}
    return ds


def _answers(path: Path, question: str) -> tuple[dict, dict, bool]:
    """(the ordinary answer, the answer with the lazy lines, whether the lazy lines were used)."""
    ordinary = json.loads(Session(_fresh(path)).ask(question).dumps())
    session = Session(_fresh(path))
    _lazy_line_metrics(session, question)
    lazy = any(
        isinstance(v, pl.LazyFrame)
        for k, v in session.ds._cache.items()
        if isinstance(k, tuple) and k[0] == "prepared_lines"
    )
    return ordinary, json.loads(session.ask(question).dumps()), lazy


@pytest.mark.parametrize(
    "name", ["retail", "demo", "cdnow", "sales_data_sample.csv", "marketing_campaign.csv", "Churn_Modelling.csv"]
)
def test_answers_are_those_of_the_collected_lines(files, name):
    taken = 0
    for question in LINE_QUESTIONS + OTHER_QUESTIONS:
        ordinary, lazy, used = _answers(files[name], question)
        assert lazy == ordinary, question
        taken += used
        if question in OTHER_QUESTIONS:
            assert not used, f"{question}: not a line-metric question, the ordinary path answers it"
    if name in ("retail", "demo", "cdnow"):
        assert taken >= 5, "the lazy path should answer the line-metric questions"


def test_the_cli_answers_from_a_file_as_before(files):
    for question in ("total revenue", "Umsatz nach Land, Top 3", "Top 3 Kunden nach Umsatz"):
        result = CliRunner().invoke(
            app, ["ask", question, "--data", str(files["retail"]), "--json", "--as-of", "2010-03-01"]
        )
        assert result.exit_code == 0, result.output
        from insight import api

        expected = Session(api.load(files["retail"], None, "2010-03-01")).ask(question).dumps()
        assert json.loads(result.stdout) == json.loads(expected)
