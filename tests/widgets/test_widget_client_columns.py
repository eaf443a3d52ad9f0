"""The notebook's ask widget reads the workspace's semantic model: the client's own columns are offered
and answered (driven through the widget's traits and methods, on the real churn table)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from widgets.ask import AskWidget

CHURN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "Churn_Modelling.csv"


def test_ask_widget_offers_and_answers_client_columns():
    if not CHURN.exists():
        pytest.skip(f"{CHURN} is absent")
    widget = AskWidget(data=ia.load_file(CHURN))
    assert "mean Balance" in widget.prompt.options
    assert not any("RowNumber" in o for o in widget.prompt.options)  # a row number is no measure
    widget.prompt.value = "churn rate by Geography"  # as Enter sends it: that asks
    answer = widget.answer
    assert answer is not None and answer.question == "churn rate by Geography"
    raw = pl.read_csv(CHURN)
    expected = dict(raw.group_by("Geography").agg(pl.col("Exited").mean()).iter_rows())
    assert dict(answer.table.iter_rows()) == pytest.approx(expected)
    assert len(widget.answers) == 1
