"""Customers by their number of complaints (docs/ask.md, "Active customers and rated aspects"): "Kunden mit
mindestens 2 Beschwerden", "How many customers have at least 3 complaints?", "revenue of customers with more than
one complaint". The complaints are the interactions of a complaint kind (insight.analyses.interactions); the
bound becomes one customer-id filter (``Population.complaints``), never the complaint analysis nor a dropped
number. Without an interaction table the question is asked back by the executor's missing-data path."""

from __future__ import annotations

from insight.query import lazy_re

STEP = "complaint_population"

_OPS = {"ge": r"mindestens|at\s+least|min\.?", "gt": r"mehr\s+als|more\s+than|over|uber",
        "le": r"hochstens|at\s+most|maximal", "lt": r"weniger\s+als|fewer\s+than|less\s+than|unter"}
_WORDS = {"one": 1, "two": 2, "three": 3, "ein": 1, "einer": 1, "eine": 1, "zwei": 2, "drei": 3}
_BOUND = lazy_re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _OPS.items()) + r")\s+"
                         r"(?P<n>\d{1,4}|one|two|three|ein|einer|eine|zwei|drei)\s+"
                         r"(?:beschwerden?|reklamationen|reklamation|complaints?)\b")


def read(rest: str) -> tuple[tuple[str, int] | None, str, str]:
    """The bound on each customer's complaints, the text without its phrase, and the phrase."""
    m = _BOUND.search(rest)
    if m is None:
        return None, rest, ""
    op = next(k for k in _OPS if m.group(k))
    raw = m.group("n")
    n = _WORDS.get(raw) or int(raw)
    return (op, n), rest[:m.start()] + " " + rest[m.end():], m.group(0)
