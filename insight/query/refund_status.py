"""Refunds recorded as a status: "How many refunds?", "How much did we refund?" where no line reverses a sale but
a status column says Refunded / Erstattet / Zurückgegeben. The data records the refund as a state of the sale, so
the question is about the sales in that state: their number (the orders of that status) or their amount (the
value of those never-a-sale orders) — never the reversing lines' 0. Mixed with other figures it stays asked back
(parser._returns_only_by_status)."""

from __future__ import annotations

from insight.query.plan import Filter, QueryPlan
from insight.query.traits import cancelled_count, reversal

STEP = "refunds_by_status"


def _catalogue() -> tuple[str | None, str | None]:
    """(the count of the never-a-sale orders, the value of the never-a-sale lines) from the catalogue's traits."""
    from insight.semantic import SEMANTIC_MODEL

    orders = next((n for n, e in SEMANTIC_MODEL.metrics.items() if e.counts == "order" and e.cancelled_count), None)
    value = next((n for n, e in SEMANTIC_MODEL.metrics.items() if e.family == "cancelled" and e.unit == "currency"),
                 None)
    return (cancelled_count(orders) if orders else None), value


def as_status(plan: QueryPlan, column: str, values: list[object], steps: list[str]) -> QueryPlan | None:
    """``plan`` measuring the orders whose ``column`` is one of the refund ``values`` — their count for a count of
    returns, their amount for the returns' value — or None where a metric is no return figure."""
    kinds = [reversal(m) for m in plan.metrics]
    others = [m for m in plan.metrics if not reversal(m)]
    count, value = _catalogue()
    if count is None or value is None or not kinds:
        return None
    if others:  # "Wie viele Einheiten wurden retourniert?": the refund word says which of the units are meant
        if not all(cancelled_count(m) for m in others) or set(kinds) - {"", "count"}:
            return None
        metrics = tuple(dict.fromkeys(cancelled_count(m) for m in others))
    elif not set(kinds) <= {"value", "count"}:
        return None
    else:
        metrics = tuple(dict.fromkeys(value if k == "value" else count for k in kinds))
    steps.append(STEP)
    keep = Filter(dimension=column, op="in", values=tuple(values))
    return plan.model_copy(update={"metrics": metrics, "filters": (*plan.filters, keep)})


def never_sold_amount(plan: QueryPlan, status_columns: list[str], steps: list[str]) -> QueryPlan:
    """"Wie viel wurde erstattet?", "revenue of the refunded orders": the sales amount of lines whose status filter
    names only never-a-sale values (Erstattet, Cancelled) is 0 by definition (metrics.md: such lines count in no
    revenue) — the question asks for the amount of those orders: the catalogue's value of the never-a-sale lines."""
    from insight.metrics.conventions import status_kind
    from insight.query.traits import is_sales_amount

    if plan.status != "ok" or not plan.metrics or not all(is_sales_amount(m) for m in plan.metrics):
        return plan
    on_status = [f for f in plan.filters if f.dimension in status_columns and f.op in ("eq", "in")]
    if not on_status or not all(status_kind(v) in ("cancelled", "returned") for f in on_status for v in f.values):
        return plan
    _count, value = _catalogue()
    if value is None:
        return plan
    steps.append("never_sold_amount")
    return plan.model_copy(update={"metrics": (value,)})
