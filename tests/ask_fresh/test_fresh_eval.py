"""Ask on the fresh, independent evaluation set of issue 13 (questions_fresh.jsonl, built by build_fresh.py
in plain polars): one test per question id, run in-process through insight.query.Session and judged with
../shared/questions/check.py's judge plus the ``words`` check of refuse records (fresh_support.judge).

The rule enforced is "never silently wrong": a wrong answer fails, except for the ids in fresh_gaps.py,
which are xfail(strict=True) so that every fix shows up as XPASS (then remove the entry)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fresh_support as fs  # noqa: E402
from fresh_gaps import KNOWN_GAPS  # noqa: E402

RECORDS = fs.read_questions()


def _param(record: dict):
    marks = []
    if record["id"] in KNOWN_GAPS:
        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[record["id"]]))
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def fresh_datasets() -> fs.Datasets:
    return fs.Datasets()


def test_fresh_set_is_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    assert len(RECORDS) >= 300
    german = sum(r["lang"] == "de" for r in RECORDS)
    assert 0.4 < german / len(RECORDS) < 0.6
    assert sum(r["expect"]["kind"] == "refuse" for r in RECORDS) >= 60
    assert set(KNOWN_GAPS) <= set(ids), f"gaps for unknown ids: {sorted(set(KNOWN_GAPS) - set(ids))}"
    for r in RECORDS:
        assert r["data"] in ("online_retail_ii.parquet", "demo") or r["data"].startswith("foreign/"), r
        assert r["expect"]["kind"] in ("scalar", "table", "topset", "refuse", "definition"), r


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_fresh(record: dict, fresh_datasets: fs.Datasets) -> None:
    if not fs.Datasets.available(record["data"]):
        pytest.skip(f"{record['data']} is absent (the shared data lives next to the repository)")
    answer = fs.ask(record, fresh_datasets)
    ok, reason = fs.judge(record, answer)
    assert ok, (f"{record['id']} {record['question']!r}: {reason}\n"
                f"  got status={answer.get('status')} understood={answer.get('understood')!r}\n"
                f"  columns={answer.get('columns')} rows={str(answer.get('rows'))[:300]}\n"
                f"  text={str(answer.get('text'))[:300]}")
