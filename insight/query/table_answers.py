"""Which function answers each whole-table metric (family ``table``: funnel, cohorts, payback, referrals, …).

The answers register themselves with ``@table_answer("metric")`` where they are written, so adding a table
metric is its catalogue entry plus one decorated function — the executor holds no branch per metric name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import polars as pl

from insight.dataset import Dataset
from insight.query.plan import QueryPlan

# dimensions a whole table is about: a filter on them names its rows, it does not select customers
TABLE_OWN_DIMENSIONS = {"funnel": {"status"}, "importance_satisfaction": {"aspect"},
                        "ltv_by_channel": {"acquisition_channel"},
                        "bought_together": {"product_id"},  # "with 85123A": pairs with it, not its lines only
                        "response_time": {"interaction_kind"}, "interaction_analysis": {"interaction_kind"}}

TableAnswer = Callable[[Dataset, QueryPlan, str], tuple[pl.DataFrame, str]]

# the modules whose functions register table answers; imported on first use, so a cold `ask` pays only then
ANSWER_MODULES = ("insight.query.specials", "insight.query.analysis_answers")
_REGISTRY: dict[str, TableAnswer] = {}


def table_answer(*metrics: str) -> Callable[[TableAnswer], TableAnswer]:
    """Register the decorated function as the answer of each named table metric (one answer per metric)."""
    def register(fn: TableAnswer) -> TableAnswer:
        for metric in metrics:
            if _REGISTRY.get(metric, fn) is not fn:
                raise RuntimeError(f"table metric {metric!r} has two answers: {_REGISTRY[metric].__name__}, "
                                   f"{fn.__name__}")
            _REGISTRY[metric] = fn
        return fn
    return register


def registered() -> dict[str, TableAnswer]:
    """Every registered table answer by metric name (importing the answer modules first)."""
    for module in ANSWER_MODULES:
        importlib.import_module(module)
    return dict(_REGISTRY)


def answer_table(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """The table and one-sentence answer of the plan's table metric."""
    metric = plan.metrics[0]
    answer = registered().get(metric)
    if answer is None:  # a catalogue entry without its answer is a bug, caught by tests/query/test_table_answers.py
        raise LookupError(f"no answer registered for the table metric {metric!r}")
    return answer(ds, plan, currency)
