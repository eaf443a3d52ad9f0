"""Ask on the seventh blind evaluation set (round7.jsonl: questions in German and English over the demo workspace,
the 2010 slice of Online Retail II, CDNOW, the foreign tables and three new seeded client tables — a B2B SaaS
invoice list with credit notes, a pharmacy/optician with German formats, a marketplace whose buyers are the
customers (synth7.py): filters on the tables' own values in other spellings, groupings, top/bottom N, thresholds,
negations, shares, period comparisons, medians, the seeds' concepts, follow-ups that must or must not inherit,
typos, definitions, and 75 that must be asked back). Expected values from the independent plain-polars reference
ref7.py, written without reading the parser, the semantic layer or the executor; see README.md. Judged like the
held-out set; the ids in ROUND7_GAPS are xfail(strict=True), so a fix shows up as XPASS and the entry must then go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_round7 as s7  # noqa: E402
from round7_gaps import ROUND7_GAPS  # noqa: E402

RECORDS = s7.records()
CATEGORIES = ("SILENT", "ANSWERED-SHOULD-ASK", "ASKS BACK", "ERROR")


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND7_GAPS[record["id"]])] if record["id"] in ROUND7_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def runner() -> s7.Runner:
    return s7.Runner()  # every data set is loaded once per session (per xdist worker)


def test_round7_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 320
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 70
    assert all(r.get("note") for r in RECORDS), "every expectation carries its one-line reason"
    assert set(ROUND7_GAPS) <= set(ids)
    assert all(v.startswith(CATEGORIES) for v in ROUND7_GAPS.values()), "each gap reason starts with its category"


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round7(record: dict, runner: s7.Runner) -> None:
    answer = runner.ask(record)
    klass, detail = s7.sh.classify(record, answer, "")
    assert klass in s7.PASS, f"{klass}: {detail} — {record['question']}"
