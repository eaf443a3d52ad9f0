"""Ask on the held-out evaluation set (questions_heldout.jsonl): 260 questions on data the parser was not
built on (the older Online Retail, CDNOW, the foreign tables), written and computed in plain polars
(metrics_ref.py) by someone who had not read the parser. One test per question, judged like
score_heldout.py; the ids in heldout_gaps.py are xfail(strict=True), so a fix shows up as XPASS."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_heldout as sh  # noqa: E402
from heldout_gaps import KNOWN_GAPS  # noqa: E402

RECORDS = [json.loads(line) for line in (HERE / "questions_heldout.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
RECORDS.sort(key=lambda r: r["data"])  # one data set in memory at a time
PASS = ("correct", "typo_clarify")


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[record["id"]])] if record["id"] in KNOWN_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="module")
def runner() -> sh.InProcess:
    return sh.InProcess()


def test_heldout_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 250
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 50


def test_no_silent_answer_is_a_known_gap_for_long() -> None:
    """Silently wrong answers are the worst class: at most a handful may stay as known gaps."""
    assert sum(v.startswith(("silently_wrong", "answered_not_asked")) for v in KNOWN_GAPS.values()) <= 6


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_heldout(record: dict, runner: sh.InProcess) -> None:
    path = sh.SHARED / "data" / record["data"]
    answer = runner.ask(record["question"], path)
    klass, detail = sh.classify(record, answer, "")
    assert klass in PASS, f"{klass}: {detail} — {record['question']}"
