"""'average satisfaction over all aspects', 'Zufriedenheit über alle Aspekte': the aspects taken together, one number.

CSAT is per aspect where aspects exist (metrics.md); a question that says the aspects are to be taken together
("over all aspects", "across all aspects", "über alle Aspekte", "alle Aspekte zusammen", "aspects combined") asks
for the one figure over all aspect answers (the mean of every satisfaction answer), not the per-aspect table. The
grouping by aspect is dropped and the plan marks the figure as combined (``QueryPlan.combined``).
"""

from __future__ import annotations

import re

from insight.language import fold
from insight.query.plan import QueryPlan
from insight.query.traits import of_family

STEP = "all_aspects"
_ASPECTS = r"(?:aspekte|aspekten|aspects|kategorien|categories|bereiche|areas|dimensionen|dimensions)"
_TOGETHER = re.compile(
    rf"\b(?:uber|ueber|over|across)\s+(?:alle|allen|all|all the|sämtliche|samtliche)\s+{_ASPECTS}\b"
    rf"|\b(?:alle|allen|all)\s+{_ASPECTS}\s+(?:zusammen|zusammengenommen|insgesamt|together|combined)\b"
    rf"|\b{_ASPECTS}\s+(?:combined|zusammengenommen)\b"
)


def over_all_aspects(plan: QueryPlan, question: str) -> QueryPlan:
    """The survey figure per aspect said 'over all aspects' as one figure over all aspect answers."""
    if plan.status != "ok" or plan.group_by != ("aspect",) or plan.top_n or len(plan.metrics) != 1:
        return plan
    if not of_family(plan.metrics[0], "survey") or not _TOGETHER.search(fold(question)):
        return plan
    return plan.model_copy(update={"group_by": (), "combined": True, "order": None})
