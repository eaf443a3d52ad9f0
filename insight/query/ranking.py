"""Superlatives over groups of a period rate: "Welcher Vertrag hat die niedrigste Churn rate?", "the country with
the highest retention rate" name one group (bottom or top 1), "top 3 countries by churn rate" three; the rate per
group is otherwise unchanged (period P against P-1, or a flag's share on a customers table)."""

from __future__ import annotations

from insight.query.plan import QueryPlan


def ranked_rate(plan: QueryPlan, keywords: set[str], top_n: int | None, singular: bool) -> QueryPlan:
    """The period-rate plan limited to its best or worst groups when the question ranks them."""
    if (
        plan.status != "ok"
        or plan.intent != "metric"
        or not (plan.rule or "").startswith("period_rate")
        or not plan.group_by
        or plan.top_n
        or not keywords & {"top", "bottom"}
    ):
        return plan
    n = top_n or (1 if singular else 10)
    return plan.model_copy(update={"top_n": n, "order": "asc" if "bottom" in keywords else "desc"})
