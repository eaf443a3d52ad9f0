"""Ask, evaluated on ~240 paraphrased questions (German and English) whose expected answers come from an
independent reference (ask_eval_support.py, build_questions.py): one test per question id, run in-process
and judged with ../shared/questions/check.py's judge. Known gaps are xfail(strict=True)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ask_eval_support as support  # noqa: E402

RECORDS = support.read_questions()


def _param(record: dict):
    marks = []
    if record.get("known_gap"):
        marks.append(pytest.mark.xfail(strict=True, reason=record["known_gap"]))
    return pytest.param(record, id=record["id"], marks=marks)


@pytest.fixture(scope="session")
def ask_eval_datasets():
    """name → Dataset, each loaded once on first use."""
    cache: dict = {}

    def get(name: str):
        if name not in cache:
            from insight.api import demo_dataset, load

            if name == "demo":
                cache[name] = demo_dataset()
            else:
                path = support.DATA / name
                if not path.exists():
                    pytest.skip(f"{path} is absent (the shared data lives next to the repository)")
                cache[name] = load(path)
        return cache[name]

    return get


def test_question_files_are_sound() -> None:
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate question ids"
    assert {r["lang"] for r in RECORDS} == {"de", "en"}
    assert len(RECORDS) >= 150
    german = sum(r["lang"] == "de" for r in RECORDS)
    assert 0.35 < german / len(RECORDS) < 0.65


@pytest.mark.parametrize("record", [_param(r) for r in RECORDS])
def test_paraphrase(record: dict, ask_eval_datasets) -> None:
    from insight.query import Session

    session = Session(ask_eval_datasets(record["data"]))
    for turn in record.get("context", []):  # earlier turns of a conversation (follow-up questions)
        session.ask(turn)
    answer = session.ask(record["question"]).to_json()
    ok, reason = support.verdict(record, answer)
    assert ok, (f"{record['id']} {record['question']!r}: {reason}\n"
                f"  got status={answer.get('status')} columns={answer.get('columns')} "
                f"rows={str(answer.get('rows'))[:300]}\n  text={str(answer.get('text'))[:300]}")
