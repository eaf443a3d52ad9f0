"""Customers active in every period: "how many customers bought in every quarter of 2011", "Wie viele Kunden haben
in jedem Monat 2011 bestellt?".

"every / jedem / jeden" before a calendar grain, said of customers who bought or ordered, is a population (the
customers with an order in each such period of the window), never the count per period ("customers per quarter").
Without a verb of buying ("revenue every month") the words stay a grouping.
"""

from __future__ import annotations


from insight.query.plan import QueryPlan
from insight.query.traits import has_headcount
from insight.query import lazy_re

STEP = "every_period_population"
_GRAINS = {"month": "month", "monat": "month", "quarter": "quarter", "quartal": "quarter", "year": "year",
           "jahr": "year", "fiscalquarter": "fiscal_quarter", "fiscalyear": "fiscal_year"}  # timewords' fiscal grains
_EVERY = lazy_re.compile(r"\b(?:every|jedem|jeden|jedes)\s+(?:single\s+|einzelnen\s+)?(?P<g>month|monat|quarter|quartal|"
                    r"year|jahr|fiscalquarter|fiscalyear)\b")
_BOUGHT = lazy_re.compile(r"\b(?:bought|buy|ordered|order|purchased|purchase|shopped|bestellt|gekauft|eingekauft|"
                     r"bestellten|kauften|bestellen|kaufen)\b")


def every_period(plan: QueryPlan, tokens: list[str]) -> QueryPlan:
    """The plan counting (or measuring) only the customers with an order in every period of the grain named."""
    text = " ".join(tokens)
    m = _EVERY.search(text)
    if m is None or plan.status != "ok" or not _BOUGHT.search(text) or plan.population.every is not None:
        return plan
    grain = _GRAINS[m.group("g")]
    if not has_headcount(plan.metrics) or set(plan.group_by) - {grain}:
        return plan
    return plan.restrict(every=grain).model_copy(update={
        "group_by": (), "grain": None, "intent": "metric", "top_n": None, "order": None})
