"""Ask on the third blind evaluation set (round3.jsonl: 256 questions in users' own words over every shared
data file, expected values from the independent plain-polars reference, written without reading the parser;
see FAILURES.md). Judged like the held-out set; the ids in ROUND3_GAPS are xfail(strict=True), so a fix
shows up as XPASS and the entry must then go."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import score_heldout as sh  # noqa: E402

RECORDS = [json.loads(line) for line in (HERE / "round3.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
RECORDS.sort(key=lambda r: r["data"])  # one data set in memory at a time
PASS = ("correct", "typo_clarify")
# asked back where the data answers (none silently wrong): the open gaps of this set
ROUND3_GAPS = {
    "r3ii090": "'Retouren … gekostet': no metric for the value of returns (the contract has none)",
    "r3sa023": "'große Deals': the client's value 'Large' named in German",
    "r3mk002": "'the last campaign' = Response: the data does not say so (expectation doubtful)",
}


def _param(record: dict):
    marks = [pytest.mark.xfail(strict=True, reason=ROUND3_GAPS[record["id"]])] if record["id"] in ROUND3_GAPS else []
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="module")
def runner() -> sh.InProcess:
    return sh.InProcess()


def test_round3_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)) and len(ids) >= 250
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 25


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_round3(record: dict, runner: sh.InProcess) -> None:
    path = sh.SHARED / "data" / record["data"]
    answer = runner.ask(record["question"], path)
    klass, detail = sh.classify(record, answer, "")
    assert klass in PASS, f"{klass}: {detail} — {record['question']}"
