"""The semantic model implements metrics.md: every metric and dimension, labels, one-line definitions,
synonyms and example questions in both languages; values come from the data; completions for faces."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest

from insight.semantic import SEMANTIC_MODEL, completions, fold, value_index
from insight.semantic.model import Unit

SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "metrics.md"

REQUIRED_METRICS = {
    "revenue", "orders", "customers", "aov", "new_customers", "unattributed_revenue", "revenue_share",
    "order_lines", "quantity", "profit", "margin", "customer_capital", "tenure_months", "purchase_rate",
    "ltv_formula", "clv", "p_alive", "churn_risk", "expected_orders", "repeat_rate", "retention_rate",
    "churn_rate", "redemption_rate", "nps", "csat", "repurchase_intent_rate", "importance_satisfaction",
    "cohort_retention", "funnel", "ltv_by_channel", "rfm", "abc", "clusters", "portfolio", "persona",
}
REQUIRED_DIMENSIONS = {
    "customer_id", "country", "product_id", "channel", "rfm_segment", "abc_class", "cluster", "quadrant",
    "acquisition_channel", "industry", "kind", "status", "month", "quarter", "year", "cohort", "aspect", "campaign",
}


def test_every_required_metric_and_dimension_is_modelled() -> None:
    assert set(SEMANTIC_MODEL.metrics) >= REQUIRED_METRICS
    assert set(SEMANTIC_MODEL.dimensions) >= REQUIRED_DIMENSIONS


def test_every_backticked_metric_of_the_spec_is_modelled() -> None:
    if not SPEC.exists():
        pytest.skip(f"{SPEC} is absent")
    text = SPEC.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    names = {m.group(1) for line in rows if (m := re.match(r"\| `([a-z_]+)`", line))}
    tables = {"order_lines", "customers", "survey_responses", "coupons", "interactions"}
    assert names - tables <= set(SEMANTIC_MODEL.metrics), names - tables - set(SEMANTIC_MODEL.metrics)


@pytest.mark.parametrize("name", sorted(SEMANTIC_MODEL.metrics))
def test_metric_is_described_in_both_languages(name) -> None:
    m = SEMANTIC_MODEL.metric(name)
    assert m.label_en and m.label_de
    assert m.definition_en.endswith(".") and m.definition_de.endswith(".")
    assert len(m.definition_en) < 200 and len(m.definition_de) < 200
    assert m.synonyms_en and m.synonyms_de
    assert m.examples_en and m.examples_de
    assert m.unit in get_args(Unit)


def test_unknown_names_raise_with_the_known_ones() -> None:
    with pytest.raises(KeyError, match="revenue"):
        SEMANTIC_MODEL.metric("weather")


def test_example_questions_parse_to_plans_for_their_metric(demo_ds) -> None:
    from insight.query import parse

    for lang in ("de", "en"):
        questions = SEMANTIC_MODEL.example_questions(lang)
        assert len(questions) >= 35
        for q in questions:
            plan, _ = parse(q, demo_ds)
            if plan.issues and plan.issues[0].code == "period_outside_data":  # 'im Jahr 2011' on 2023–2025 data
                assert "2011" in q or "2010" in q, (q, plan.issues)
                plan, _ = parse(q, None)  # without data to check it against, the example reads as meant
            assert plan.status == "ok", (q, plan.issues)


def test_each_metric_is_found_by_its_first_synonyms(demo_ds) -> None:
    from insight.query.lexicon import match

    for m in SEMANTIC_MODEL.metrics.values():
        for phrase in (m.synonyms_en[0], m.synonyms_de[0]):
            mentions, _ = match(fold(phrase).split(), {})
            assert any(s.kind == "metric" and s.name == m.name for x in mentions for s in x.senses), (m.name, phrase)


def test_value_index_maps_german_country_names_and_segment_labels(demo_ds) -> None:
    index = value_index(demo_ds)
    assert ("country", "Germany") in index["deutschland"]
    assert ("country", "Austria") in index["osterreich"]
    assert ("rfm_segment", "Hibernating") in index["winterschlafer"]
    assert ("rfm_segment", "At Risk") in index["gefahrdet"]
    assert ("kind", "b2b") in index["geschaftskunden"]
    assert ("acquisition_channel", "Newsletter") in index["newsletter"]
    assert ("campaign", "Black Friday 2024") in index["black friday 2024"]
    assert ("aspect", "delivery") in index["delivery"]
    assert "email" not in {d for pairs in index.values() for d, _ in pairs}  # personal data is never a value
    assert value_index(demo_ds) is index  # cached per dataset


def test_completions_offer_names_labels_and_values(demo_ds) -> None:
    plain = completions()
    assert {"revenue", "Umsatz", "Kundenwert" if "Kundenwert" in plain else "prognostizierter Kundenwert",
            "country", "Land"} <= set(plain)
    with_data = completions(demo_ds)
    for word in ("Deutschland", "Germany", "Champions", "Winterschläfer", "Newsletter", "b2b"):
        assert word in with_data
    assert len(with_data) == len(set(with_data))


@pytest.fixture(scope="module")
def demo_ds():
    from insight.api import demo_dataset

    return demo_dataset()
