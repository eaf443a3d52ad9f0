""" "revenue of cancelled orders", "Umsatz der stornierten Aufträge": a money figure *of* the cancelled orders is their
amount (the catalogue's value of the never-a-sale lines), never the total revenue with a count of cancelled orders
beside it — the "of" makes the cancelled orders the population of the money word. So does the cancelled word said
right before the money word ("cancelled revenue", "cancelled sales value", "stornierter Umsatz")."""

from __future__ import annotations

from insight.query.lexicon import Mention
from insight.query.plan import QueryPlan

_OF = frozenset(
    {"of", "from", "on", "for", "the", "der", "des", "die", "den", "von", "aus", "fur", "bei", "all", "aller", "alle"}
)


def _money(name: str) -> bool:
    from insight.query.traits import entry

    e = entry(name)
    return e is not None and e.family == "line" and e.unit == "currency"


def _cancel_count(name: str) -> bool:
    from insight.query.traits import entry

    e = entry(name)
    return e is not None and e.family == "cancelled" and e.unit == "count"


def cancelled_amount(plan: QueryPlan, tokens: list[str], mentions: list[Mention], steps: list[str]) -> QueryPlan:
    """``plan`` measuring the value of the cancelled lines when the question is "<money> of <cancelled orders>";
    else ``plan`` unchanged."""
    if plan.status != "ok" or len(plan.metrics) != 2 or plan.intent != "metric":
        return plan
    money = [m for m in plan.metrics if _money(m)]
    counted = [m for m in plan.metrics if _cancel_count(m)]
    if len(money) != 1 or len(counted) != 1:
        return plan
    from insight.semantic import SEMANTIC_MODEL

    value = next(
        (n for n, e in SEMANTIC_MODEL.metrics.items() if e.family == "cancelled" and e.unit == "currency"), None
    )
    first = next((m for m in mentions if any(s.kind == "metric" and s.name == money[0] for s in m.senses)), None)
    then = next((m for m in mentions if any(s.kind == "metric" and _cancel_count(s.name) for s in m.senses)), None)
    if value is None or first is None or then is None:
        return plan
    before = then.end == first.start  # "cancelled revenue", "stornierter Umsatz": the cancelled word qualifies it
    of = then.start >= first.end != then.start and all(t in _OF for t in tokens[first.end : then.start])
    if not (before or of):
        return plan
    steps.append("cancelled_amount")
    return plan.model_copy(update={"metrics": (value,)})


def _whole_share(name: str) -> bool:
    """A money share of a group in the whole ('Umsatzanteil'): ungrouped it is the window's share of all data."""
    from insight.query.traits import entry

    e = entry(name)
    return e is not None and e.family == "line" and e.unit == "fraction"


def cancelled_share(plan: QueryPlan, steps: list[str]) -> QueryPlan:
    """'Anteil der Stornos am Umsatz 2011', 'share of cancellations in revenue': the share word reads as the money
    share beside a count of cancelled lines, which ungrouped is the window's share of all revenue — a different
    question. Asked back with the two rates that answer it (by value: the return rate; by orders: the
    cancellation rate), never that share."""
    if plan.status != "ok" or plan.group_by or plan.intent != "metric":
        return plan
    if not any(_whole_share(m) for m in plan.metrics) or not any(_cancel_count(m) for m in plan.metrics):
        return plan
    from insight.messages import say
    from insight.query.plan import Issue

    steps.append("cancelled_share")
    issue = Issue.said("ambiguous_word", "issue_cancelled_share")
    options = (say("option_cancelled_share_value", plan.language), say("option_cancelled_share_orders", plan.language))
    return QueryPlan(intent=plan.intent, status="clarify", language=plan.language, issues=(issue,), options=options)
