"""The rule table of insight.query.rules: every rule's examples fire it, every rule is documented, and no
`ok` plan leaves a content word of its question unused (answers.md, "No silent substitution")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from insight.query.parser import parse
from insight.query.rules import RULES, STEPS, markdown_table

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo():
    from insight.api import demo_dataset

    return demo_dataset()


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_each_rule_fires_on_its_example(rule, lang, demo):
    from insight.semantic.client import client_model

    question = rule.example_en if lang == "en" else rule.example_de
    with client_model(demo):
        plan, _signals = parse(question, demo)
    assert plan.rule is not None, question
    assert rule.name in plan.rule.split(" → "), (question, plan.rule)


def test_the_rule_table_is_documented():
    text = (REPO / "docs" / "ask.md").read_text(encoding="utf-8")
    assert markdown_table() in text, "docs/ask.md is out of date: paste insight.query.rules.markdown_table()"
    for step in STEPS:
        assert f"`{step}`" in text


def _questions() -> list[tuple[str, str]]:
    files = [*(REPO / "tests" / "ask_eval").glob("questions_*.jsonl"),
             REPO / "tests" / "ask_fresh" / "questions_fresh.jsonl"]
    out = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if record["data"] in ("demo", "online_retail_ii.parquet"):
                    out.append((record["data"], record["question"]))
    return out


def test_no_ok_plan_drops_a_content_word(demo):
    """Every word of a question that gets an answer is a mention, a stopword, a filler word of its
    language, or describes what the plan computes; otherwise the answer must ask back."""
    from insight.api import load
    from insight.query.parser import _describes
    from insight.semantic.client import client_model

    retail_path = REPO.parent / "shared" / "data" / "online_retail_ii.parquet"
    datasets = {"demo": demo, "online_retail_ii.parquet": load(retail_path) if retail_path.exists() else None}
    checked, dropped = 0, []
    for name, question in _questions():
        ds = datasets[name]
        if ds is None:
            continue
        with client_model(ds):
            plan, signals = parse(question, ds)
        if plan.status != "ok":
            continue
        checked += 1
        left = [text for text, role in signals.reading if role == "left over" and not _describes(text, plan)]
        if left:
            dropped.append((question, left))
    assert checked > 300
    assert not dropped, dropped[:10]
