"""Ask on the fourth blind evaluation set (round4.jsonl: consultants' phrasings — filler, typos, client column
names, period phrases, comparisons, follow-ups, seed concepts — over every shared data file and the demo
workspace; expected values from the independent plain-polars reference ref4.py, written without reading the
parser; see README.md). Judged like the held-out set; the ids in ROUND4_GAPS are xfail(strict=True), so a
fix shows up as XPASS and the entry must then go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import score_heldout as sh  # noqa: E402
import score_round4 as s4  # noqa: E402
from round4_gaps import ROUND4_GAPS  # noqa: E402

RECORDS = s4.records()
PASS = ("correct", "typo_clarify")


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND4_GAPS[record["id"]])] if record["id"] in ROUND4_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def runner() -> s4.Runner:
    return s4.Runner()


def test_round4_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 250
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 70
    assert set(ROUND4_GAPS) <= set(ids)


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round4(record: dict, runner: s4.Runner) -> None:
    answer = runner.ask(record)
    klass, detail = sh.classify(record, answer, "")
    assert klass in PASS, f"{klass}: {detail} — {record['question']}"
