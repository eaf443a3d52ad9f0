""""Anteil der X ist Y": the X after the share word is the scope, the Y after the verb what is measured
(docs/ask.md, `share_scope`). "Welcher Anteil der aktiven Mitglieder ist abgewandert?" once answered the share
of active members among the churned — the figure of the reverse question."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

CHURN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "Churn_Modelling.csv"


@pytest.fixture(scope="module")
def bank():
    if not CHURN.exists():
        pytest.skip(f"{CHURN} is absent")
    return ia.load_file(CHURN), pl.read_csv(CHURN)


def _share(raw: pl.DataFrame, measured: str, scope: str) -> float:
    return raw.filter(pl.col(scope) == 1)[measured].mean()


@pytest.mark.parametrize("question", ["Welcher Anteil der aktiven Mitglieder ist abgewandert?",
                                      "What share of active members churned?"])
def test_the_group_after_the_share_word_is_the_scope(bank, question):
    ds, raw = bank
    got = ia.ask(question, ds).to_json()
    assert got["status"] == "ok", got["text"]
    assert got["rows"][0][-1] == pytest.approx(_share(raw, "Exited", "IsActiveMember"), abs=1e-6), got["understood"]


def test_the_reverse_question_keeps_its_reading(bank):
    ds, raw = bank
    got = ia.ask("Welcher Anteil der abgewanderten Kunden war aktiv?", ds).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == pytest.approx(_share(raw, "IsActiveMember", "Exited"), abs=1e-6)


def test_a_flag_rate_filtered_by_its_own_flag_counts_the_customers(bank):
    ds, raw = bank
    got = ia.ask("Wie viele spanische Kunden sind gegangen (Exited)?", ds).to_json()
    want = raw.filter((pl.col("Geography") == "Spain") & (pl.col("Exited") == 1)).height
    assert got["status"] == "ok" and got["rows"][0][0] == want, got["understood"]
