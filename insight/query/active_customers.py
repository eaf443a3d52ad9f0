"""'Active' customers (docs/ask.md, "Active customers"): "Wie viele aktive Kunden haben wir?", "How many active
customers do we have?", "Umsatz der aktiven Kunden".

An analyst means the customers with an order in the 12 months before the analysis date (the window of the
LTV formula's "active customers", metrics.md). The word is never dropped:

* a yes/no column or a state value of the client's that names active people (IsActiveMember, Status 'Aktiv')
  wins — it is read before this rule (the flag adjective) or shows as a filter of that value;
* with a window of the question ("aktive Kunden 2024") the window is the period of activity already;
* otherwise the customers are restricted to those with an order in the last 12 months
  (``Population.active``), and `understood` says so;
* without dated orders, or beside a figure that cannot be restricted to customers, it is asked back.
"""

from __future__ import annotations

import datetime as dt

from insight.query import lazy_re
from insight.query.plan import QueryPlan, TimeWindow
from insight.query.timewords import relative_window

STEP = "active_customers"
MONTHS = 12  # the activity window, as in the LTV formula's "active customers" (metrics.md)

_ACTIVE = lazy_re.compile(r"\b(?P<w>aktive|aktiven|aktiver|aktivem|active)\s+"
                          r"(?:kunden|kundinnen|kunde|customers|customer|clients|client|kaufer|buyers)\b")
_ACTIVE_VALUES = frozenset({"active", "aktiv", "aktive", "aktiven", "live", "laufend", "laufende"})


def active_word(text: str) -> str:
    """The adjective 'aktive' / 'active' directly before a customer noun in the (folded) text, or ""."""
    m = _ACTIVE.search(text)
    return m.group("w") if m is not None else ""


def read_words(unknown: list[str], word: str) -> list[str]:
    """The unknown words without the phrase read as the active population ('aktiven kunden')."""
    return [u for u in unknown if not (word in u.split() and _ACTIVE.fullmatch(u.strip()))]


def names_an_active_value(plan: QueryPlan) -> bool:
    """Whether a filter of the plan already selects a value meaning 'active' (a state column's 'Aktiv')."""
    return any(str(v).strip().lower() in _ACTIVE_VALUES for f in plan.filters for v in f.values)


def window(as_of: dt.date) -> TimeWindow:
    """The last 12 months before the analysis date."""
    return relative_window("months", MONTHS, as_of)
