""""Wie viele Kunden haben Kinder im Haushalt?", "How many customers have kids at home?": a count column (Kidhome)
named after "how many customers have / with" says which customers are counted — those whose count is above 0 —
never all customers with the column's sum beside them."""

from __future__ import annotations

from insight.dataset import Dataset
from insight.query.plan import Filter, QueryPlan
from insight.query.traits import is_headcount

_HAVE = frozenset({"haben", "hat", "have", "has", "with", "mit", "having"})


def have_count(plan: QueryPlan, tokens: list[str], keywords: set[str], ds: Dataset | None,
               steps: list[str]) -> QueryPlan:
    """``plan`` counting the customers whose named count column is above 0, when the question is "how many
    customers have <column>" read as the customers plus the column's sum; else ``plan`` unchanged."""
    if ds is None or plan.status != "ok" or plan.intent != "metric" or len(plan.metrics) != 2 or \
            "count" not in keywords or not _HAVE & set(tokens) or "share" in keywords:
        return plan
    from insight.semantic.client import client_columns

    head = [m for m in plan.metrics if is_headcount(m)]
    if len(head) != 1:
        return plan
    other = next(m for m in plan.metrics if m != head[0])
    col = next((c for c in client_columns(ds) if f"sum_{c.name}" == other), None)
    if col is None or any(f.dimension == col.name for f in plan.filters):
        return plan
    steps.append("have_count")
    return plan.model_copy(update={"metrics": (head[0],),
                                   "filters": (*plan.filters, Filter(dimension=col.name, op="gt", values=(0,)))})
