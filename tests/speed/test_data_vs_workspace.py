"""`insight ask Q --data FILE --json` and `insight ask Q -w W --json` on a workspace that imported the same file
give the same JSON (issue 16): the lazy line metrics of a cold `--data` question (insight.cli._ask,
``_lazy_line_metrics``), the whole workspace loaded from its table (first question: writes the columnar copy) and
the pruned read of the copy (later questions: insight.workspace.columnar, insight.query.streamed). Run through
the body of the CLI command on Online Retail II and the older Online Retail (slices), CDNOW and the foreign files.
"""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from insight.cli import _ask
from insight.workspace import Workspace, columnar

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
QUESTIONS = (
    "total revenue",
    "Umsatz nach Land",
    "revenue by month",
    "Anzahl Bestellungen im Dezember 2010",
    "Top 3 Kunden nach Umsatz",
    "Wie viele Kunden?",
    "Umsatzveränderung 2011 gegenüber 2010 in % je Land",  # planned on the skeleton: the data's first day counts
)


@pytest.fixture(autouse=True)
def copy_small_tables(monkeypatch):
    monkeypatch.setattr(columnar, "MIN_ROWS", 1)
    monkeypatch.delenv("INSIGHT_COLUMNAR_COPY", raising=False)
    monkeypatch.delenv("INSIGHT_WORKSPACE", raising=False)


def _answer(question: str, data: Path | None = None, workspace: Path | None = None) -> dict:
    out: list[str] = []
    try:
        _ask.run(
            question,
            data,
            str(workspace) if workspace else None,
            True,
            False,
            None,
            None,
            None,
            False,
            False,
            emit=out.append,
            show_text=out.append,
        )
    except SystemExit:
        pass  # an answer of status "error" exits 1 after writing its JSON
    assert len(out) == 1
    return json.loads(out[0])


def _slice(name: str, folder: Path) -> Path:
    src = DATA / name
    if not src.exists():
        pytest.skip(f"needs ../shared/data/{name}")
    out = folder / name
    pl.read_parquet(src).slice(0, 60_000).write_parquet(out)
    return out


def _file(key: str, folder: Path) -> Path:
    if key.startswith("online_retail"):
        return _slice(f"{key}.parquet", folder)
    return DATA / "cdnow" / "CDNOW_master.txt" if key == "cdnow" else DATA / "foreign" / key


@pytest.mark.parametrize(
    "key",
    [
        "online_retail_ii",
        "online_retail",
        "cdnow",
        "sales_data_sample.csv",
        "marketing_campaign.csv",
        "Churn_Modelling.csv",
    ],
)
def test_data_and_workspace_answer_alike(tmp_path, key) -> None:
    path = _file(key, tmp_path)
    if not path.exists():
        pytest.skip(f"needs {path}")
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([path])
    for question in QUESTIONS:
        from_file = _answer(question, data=path)
        first = _answer(question, workspace=db)  # may load the table and write the columnar copy
        again = _answer(question, workspace=db)  # the copy (pruned to the question's columns where it can)
        assert from_file == first == again, (key, question)
