"""Ask on the sixth blind evaluation set (round6.jsonl: consultants' and analysts' questions in German and English —
filters and time windows, groupings, top-N, thresholds, negations, shares, per-customer means, medians, the seeds'
concepts, follow-ups that must or must not inherit, typos, umlaut-less spellings, definitions — and 71 that must be
asked back), over the demo workspace, a non-UK slice of Online Retail II, CDNOW, the foreign tables and three seeded
synthetic client tables (synth6.py); expected values from the independent plain-polars reference ref6.py, written
without reading the parser, the semantic layer or the executor; see README.md. Judged like the held-out set; the ids
in ROUND6_GAPS are xfail(strict=True), so a fix shows up as XPASS and the entry must then go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_round6 as s6  # noqa: E402
from round6_gaps import ROUND6_GAPS  # noqa: E402

RECORDS = s6.records()


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND6_GAPS[record["id"]])] if record["id"] in ROUND6_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def runner() -> s6.Runner:
    return s6.Runner()  # every data set is loaded once per session (per xdist worker)


def test_round6_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 320
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 70
    assert all(r.get("note") for r in RECORDS), "every expectation carries its one-line reason"
    assert set(ROUND6_GAPS) <= set(ids)


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round6(record: dict, runner: s6.Runner) -> None:
    answer = runner.ask(record)
    klass, detail = s6.sh.classify(record, answer, "")
    assert klass in s6.PASS, f"{klass}: {detail} — {record['question']}"
