"""The analyses linking value to decisions as Ask sees them: their semantic-model entries (labels,
definitions, synonyms in both languages) and the answer each gives once a plan names it
(``table_answers.answer_table``, which finds the answer each registers with ``@table_answer``)."""

from __future__ import annotations

import pytest

from insight.query.table_answers import answer_table, registered
from insight.query.plan import QueryPlan
from insight.semantic import SEMANTIC_MODEL

ANALYSES = ("referral_analysis", "complaint_analysis", "interaction_analysis", "satisfaction_behaviour",
            "value_by_tenure_band")


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


@pytest.mark.parametrize("name", ANALYSES)
def test_analyses_are_in_the_semantic_model(name):
    metric = SEMANTIC_MODEL.metric(name)
    assert metric.family == "table" and metric.label_de and metric.synonyms_de and metric.synonyms_en
    assert name in registered()


def test_band_dimensions_have_german_labels():
    tenure = SEMANTIC_MODEL.dimension("tenure_band")
    assert tenure.label_de == "Beziehungsdauer-Band" and "kundenalter band" in tenure.synonyms_de
    assert tenure.value_label("> 2 years", "de") == "> 2 Jahre"
    assert SEMANTIC_MODEL.dimension("age_band").label_de == "Altersgruppe"


def answer(ds, metric, lang="en", by=()):
    return answer_table(ds, QueryPlan(intent="table", metrics=(metric,), group_by=by, language=lang), "EUR")


def test_referral_answer_states_both_retention_rates(shop):
    frame, text = answer(shop, "referral_analysis", "de")
    assert frame["referred"].to_list() == ["referred", "not referred"]
    assert "50 %" in text and "33,3 %" in text


def test_complaint_answer_overall_and_by_group(shop):
    frame, text = answer(shop, "complaint_analysis")
    assert text.startswith("33.3 % of customers complained") and frame.height == 2
    frame, text = answer(shop, "complaint_analysis", "de", ("kind",))
    assert frame["kind"].to_list() == ["b2c", "b2b"] and "Kundentyp" in text


def test_interactions_satisfaction_and_bands_answers(shop):
    frame, text = answer(shop, "interaction_analysis")
    assert text.startswith("5 interactions") and frame["interaction_kind"][0] == "complaint"
    frame, text = answer(shop, "satisfaction_behaviour", "de")
    assert text.endswith("wieder kauften: 4,00, der abgewanderten: 2,00.")
    assert frame["outcome"].to_list()[:2] == ["stayed", "churned"]
    frame, _ = answer(shop, "satisfaction_behaviour", "en", ("kind",))
    assert set(frame["kind"]) == {"b2b", "b2c"}
    frame, text = answer(shop, "value_by_tenure_band", "de")
    assert frame["tenure_band"][0] == "< 3 months" and "Beziehungsdauer-Band" in text  # canonical values
    frame, _ = answer(shop, "value_by_tenure_band", "en", ("age_band",))
    assert frame.columns[0] == "age_band"
