"""Customers with every one of several values: "Wie viele Kunden haben sowohl Furniture als auch Technology
gekauft?", "customers who bought both Bikes and Helmets".

"sowohl … als auch" / "both … and" between two values of one column, in a question about customers, asks for the
customers who have lines (or are) of each value — the intersection, never those with either (the plain filter) nor a table per value. The plan
keeps the values as ``Population.all_of`` (column, values); the executor turns it into a customer-id filter, and
the values no longer filter the figure itself ("Umsatz der Kunden, die sowohl A als auch B kaufen" is their whole
revenue).
"""

from __future__ import annotations

import datetime as dt
import re

from insight.query.plan import QueryPlan, TimeWindow
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

# an ordering verb said of two periods joined by 'und' / 'oder': "haben 2010 und 2011 bestellt", "ordered in 2010
# and 2011" (customers with an order in each: the intersection), "2010 oder 2011 gekauft" (in either: the union)
_ORDERED_DE = r"(?:bestellt|gekauft|eingekauft|bestellten|kauften|bestellen|kaufen)"
_ORDERED_EN = r"(?:ordered|bought|purchased|shopped|order|buy|purchase|shop)"


def _joined(word: tuple[str, str]) -> re.Pattern:
    from insight.query.timewords import POINT

    def point(prefix: str) -> str:
        return POINT.pattern.replace("(?P<", f"(?P<{prefix}_")

    return lazy_re.compile(
        rf"\b{_ORDERED_EN}\s+(?:(?:in|during)\s+)?(?:{point('ea')})\s+{word[0]}\s+(?:(?:in|during)\s+)?"
        rf"(?:{point('eb')})\b(?!\s+(?:each|respectively|separately))"
        rf"|\b(?:(?:in|im)\s+)?(?:{point('ga')})\s+{word[1]}\s+(?:(?:in|im)\s+)?(?:{point('gb')})\s+"
        rf"(?:(?!je\b|jeweils\b|getrennt\b)\w+\s+){{0,3}}?{_ORDERED_DE}\b")


_EACH_ORDERED = _joined(("and", "und"))
_EITHER_ORDERED = _joined(("or", "oder"))


def asks_for_both_periods(text: str) -> bool:
    """ "bought in both 2010 and 2011", "sowohl 2023 als auch 2024 bestellt": customers active in each period (the
    normalised question); the earlier period becomes ``Population.present``, the later one the window."""
    return _BOTH_POINTS.search(text) is not None


_CUSTOMERS = lazy_re.compile(r"\b(?:kunden|kunde|kundinnen|customers|customer|clients|client|buyers|kaufer|kauferinnen)\b")


def ordered_in_each(text: str) -> bool:
    """ "Wie viele Kunden haben 2010 und 2011 bestellt?", "customers who ordered in 2010 and 2011": an order in
    each of the two periods (the intersection, as with 'both'); "… jeweils", "… each" stay a table per period.
    Said of customers only: what was bought in two periods is no population."""
    return _CUSTOMERS.search(text) is not None and _EACH_ORDERED.search(text) is not None


def ordered_in_either(text: str) -> str:
    """ "Wie viele Kunden haben 2010 oder 2011 bestellt?": an order in at least one of the two periods (the union);
    the 'or' word as said, '' where the question does not say so."""
    m = _EITHER_ORDERED.search(text) if _CUSTOMERS.search(text) else None
    return next((w for w in ("oder", "or") if m is not None and re.search(rf"\b{w}\b", m.group(0))), "")


def either_window(windows: list[TimeWindow]) -> TimeWindow | None:
    """One window over two adjacent periods ("2010 oder 2011": 2010-01-01 to 2012-01-01), None where a gap lies
    between them (a union of separate periods is no window: named back)."""
    a, b = sorted(windows, key=lambda w: w.start or dt.date.min)
    if a.start is None or a.end is None or b.start is None or b.end is None or a.end != b.start:
        return None
    return TimeWindow(kind="range", start=a.start, end=b.end, label_en=f"{a.label_en} or {b.label_en}",
                      label_de=f"{a.label_de} oder {b.label_de}")


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
