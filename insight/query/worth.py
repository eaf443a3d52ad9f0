"""Readings of a value word beside a count figure: "Welchen Wert hatten die stornierten Aufträge?".

A value word (Wert, Betrag, value, worth, amount) said of cancelled orders asks what they were worth (the sum
of their amounts, ``cancelled_value``), never how many there were; a count word beside it keeps the count.
"""

from __future__ import annotations

from insight.query.plan import QueryPlan
from insight.query.traits import cancelled_counts

STEP = "cancelled_value"
VALUE_WORDS = frozenset({"wert", "werte", "betrag", "gesamtwert", "value", "worth", "amount"})
_COUNT_WORDS = frozenset({"viele", "wieviele", "anzahl", "many", "number", "count"})


def cancelled_worth(plan: QueryPlan, surface: set[str] | dict[str, str], keywords: set[str]) -> QueryPlan:
    """The value of the cancelled orders when a value word asks for it and no count word does."""
    if plan.status != "ok" or not plan.metrics or not set(plan.metrics) <= cancelled_counts():
        return plan
    words = set(surface)
    if not words & VALUE_WORDS or words & _COUNT_WORDS or "count" in keywords:
        return plan
    return plan.model_copy(update={"metrics": ("cancelled_value",)})
