"""Ask on the tenth blind evaluation set (round10.jsonl: consultant shorthand — Top-5 nach DB, Umsatz YTD, Q3 ggü.
Q2, Kunden mit >3 Bestellungen, Anteil Neukunden am Umsatz, Median-Bestellwert, top 1 %, bottom-N, "ohne UK", two
named groups, per-group percentages — and the seed analyses in new words (customer capital, S × C × P × t, CLV,
P(alive), value at risk, RFM, ABC, portfolio, personas, retention/churn, repeat rate, cohorts, funnel, NPS,
satisfaction × importance, coupon redemption) on the demo workspace, Online Retail II, Online Retail, CDNOW and the
three foreign tables; 30 multi-turn sessions (elliptical follow-ups inherit, reset phrases start afresh, "warum?" is
asked back); 10 typos; 74 questions that must be asked back). Expected values from the independent plain-polars
reference ref10.py, written without reading the parser, the semantic layer, the io layer, the metrics or the
executor; see README.md. Judged like the held-out set; the ids in ROUND10_GAPS are xfail(strict=True), so a fix
shows up as XPASS and the entry must then go."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import score_round10 as s10  # noqa: E402
from round10_gaps import ROUND10_GAPS  # noqa: E402

RECORDS = s10.records()
CATEGORIES = ("SILENT", "ANSWERED-SHOULD-ASK", "ASKS BACK", "ERROR")


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND10_GAPS[record["id"]])] if record["id"] in ROUND10_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def runner() -> s10.Runner:
    return s10.Runner()  # every data set is loaded once per session (per xdist worker)


def test_round10_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 300
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 70
    assert sum(bool(r.get("context")) for r in RECORDS) >= 25, "multi-turn sessions"
    assert 8 <= sum(bool(r.get("typo")) for r in RECORDS) <= 12
    de = sum(r["lang"] == "de" for r in RECORDS)
    assert 0.4 <= de / len(RECORDS) <= 0.6, "about half German, half English"
    assert all(r.get("note") for r in RECORDS), "every expectation carries its one-line reason"
    assert set(ROUND10_GAPS) <= set(ids)
    assert all(v.startswith(CATEGORIES) for v in ROUND10_GAPS.values()), "each gap reason starts with its category"


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round10(record: dict, runner: s10.Runner) -> None:
    answer = runner.ask(record)
    klass, detail = s10.sh.classify(record, answer, "")
    assert klass in s10.PASS, f"{klass}: {detail} — {record['question']}"
