"""Customers with every one of several values: "Wie viele Kunden haben sowohl Furniture als auch Technology
gekauft?", "customers who bought both Bikes and Helmets".

"sowohl … als auch" / "both … and" between two values of one column, in a question about customers, asks for the
customers who have lines (or are) of each value — the intersection, never those with either (the plain filter) nor a table per value. The plan
keeps the values as ``Population.all_of`` (column, values); the executor turns it into a customer-id filter, and
the values no longer filter the figure itself ("Umsatz der Kunden, die sowohl A als auch B kaufen" is their whole
revenue).
"""

from __future__ import annotations

import re

from insight.query.plan import QueryPlan
from insight.query import lazy_re

STEP = "all_of_population"
_BOTH = lazy_re.compile(r"\b(?:sowohl\b.+\bals\s+auch|both\b.+\band)\b")


def asks_for_both(text: str) -> bool:
    """Whether the (normalised) question says "sowohl … als auch" / "both … and"."""
    return _BOTH.search(text) is not None


def _points() -> re.Pattern:
    from insight.query.timewords import POINT

    point = POINT.pattern
    return lazy_re.compile(rf"\b(?:both|sowohl)\s+(?:(?:in|im)\s+)?(?:{point.replace('(?P<', '(?P<a_')})\s+"
                      rf"(?:and|als\s+auch|und)\s+(?:(?:in|im)\s+)?(?:{point.replace('(?P<', '(?P<b_')})\b")


_BOTH_POINTS = _points()


def asks_for_both_periods(text: str) -> bool:
    """ "bought in both 2010 and 2011", "sowohl 2023 als auch 2024 bestellt": customers active in each period (the
    normalised question); the earlier period becomes ``Population.present``, the later one the window."""
    return _BOTH_POINTS.search(text) is not None


def without_both(text: str) -> str:
    """The text with "sowohl" / "both" gone and "als auch" as "und": the values then read as one list."""
    text = re.sub(r"\bals\s+auch\b", " und ", text)
    return re.sub(r"\b(?:sowohl|both)\b", " ", text)


def all_of(plan: QueryPlan) -> QueryPlan:
    """The plan restricted to the customers with each value of the one filter listing several values."""
    listed = [f for f in plan.filters if f.op == "in" and len(f.values) > 1]
    if plan.status != "ok" or len(listed) != 1:
        return plan
    f = listed[0]
    plan = plan.model_copy(update={"filters": tuple(x for x in plan.filters if x is not f),
                                   "group_by": tuple(g for g in plan.group_by if g != f.dimension)})
    return plan.restrict(all_of=(f.dimension, tuple(str(v) for v in f.values)))
