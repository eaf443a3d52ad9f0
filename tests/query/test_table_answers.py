"""Every whole-table metric of the semantic model has exactly one registered answer, and every answer
belongs to a table metric: the executor dispatches through the registry, never on a metric's name."""

from __future__ import annotations

import pytest

from insight.query import table_answers
from insight.query.plan import QueryPlan
from insight.semantic import SEMANTIC_MODEL

TABLE_METRICS = sorted(m.name for m in SEMANTIC_MODEL.metrics.base.values() if m.family == "table")


def test_each_table_metric_has_an_answer_and_each_answer_a_metric():
    answers = table_answers.registered()
    assert sorted(answers) == TABLE_METRICS


def test_a_second_answer_for_one_metric_is_refused():
    with pytest.raises(RuntimeError, match="two answers"):
        table_answers.table_answer("funnel")(lambda ds, plan, currency: (None, ""))  # type: ignore[arg-type,return-value]
    assert table_answers.registered()["funnel"].__name__ == "_funnel"  # the first one stays


def test_the_demo_funnel_and_cohorts_are_answered_through_the_registry(demo_ds):
    for metric, column in (("funnel", "stage"), ("cohort_retention", "cohort")):
        frame, text = table_answers.answer_table(demo_ds, QueryPlan(intent="table", metrics=(metric,)), "EUR")
        assert column in frame.columns and frame.height > 0 and text


def test_an_unregistered_table_metric_is_a_lookup_error_not_another_answer(demo_ds):
    with pytest.raises(LookupError, match="no_such_table"):
        plan = QueryPlan.model_construct(intent="table", metrics=("no_such_table",))  # past validation, as a bug
        table_answers.answer_table(demo_ds, plan, "EUR")
