"""Ask on the fifth blind evaluation set (round5.jsonl: where is insight silently wrong? combined filters,
exclusions, comparisons, bottom-N and ties, per-X ratios, shares, year-on-year, follow-ups, grain, flags,
medians, distinct counts and questions that must be asked back, over the shared data and four seeded
synthetic client tables; expected values from the independent plain-polars reference ref5.py, written
without reading the parser or the importer; see README.md). Judged like the held-out set; the ids in
ROUND5_GAPS are xfail(strict=True), so a fix shows up as XPASS and the entry must then go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_round5 as s5  # noqa: E402
from round5_gaps import ROUND5_GAPS  # noqa: E402

RECORDS = s5.records()


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND5_GAPS[record["id"]])] if record["id"] in ROUND5_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def runner() -> s5.Runner:
    return s5.Runner()  # every data set is loaded once per session (per xdist worker)


def test_round5_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 250
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 60
    assert all(r.get("note") for r in RECORDS), "every expectation carries its one-line reason"
    assert set(ROUND5_GAPS) <= set(ids)


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round5(record: dict, runner: s5.Runner) -> None:
    answer = runner.ask(record)
    klass, detail = s5.sh.classify(record, answer, "")
    assert klass in s5.PASS, f"{klass}: {detail} — {record['question']}"
