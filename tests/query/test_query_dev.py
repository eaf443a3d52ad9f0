"""All 40 example questions of shared/questions/dev.jsonl, answered in-process through Session and
judged by check.py's own judge (imported, not copied), on datasets loaded once per session."""

from __future__ import annotations

import importlib.util
import json

import pytest

from ask_reference import QUESTIONS


def _judge():
    path = QUESTIONS / "check.py"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    spec = importlib.util.spec_from_file_location("shared_check", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.judge


def _questions() -> list[dict]:
    path = QUESTIONS / "dev.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("record", _questions(), ids=lambda r: r["id"])
def test_dev_question(record: dict, retail_ii, retail) -> None:
    from insight.query import Session

    ds = {"online_retail_ii.parquet": retail_ii, "online_retail.parquet": retail}[record["data"]]
    answer = Session(ds).ask(record["question"]).to_json()
    answer = json.loads(json.dumps(answer))  # exactly what the CLI prints
    ok, reason = _judge()(record["expect"], answer)
    assert ok, f"{record['id']} {record['question']!r}: {reason}; text={answer['text']!r}"
    assert answer["language"] == record["lang"]
