"""What the parser and executor ask of a plan's metrics: their semantic attributes, never their names (issue 13).

Each question reads the metric's catalogue entry (``insight.semantic.model.Metric``), so a new metric gets the
behaviour by declaring the attribute there (docs/ask.md, "Adding a metric"). A name the model does not know has
none of the attributes.
"""

from __future__ import annotations

from collections.abc import Iterable

from insight.semantic import SEMANTIC_MODEL
from insight.semantic.model import Metric


def entry(name: str) -> Metric | None:
    """The catalogue (or workspace) entry of ``name``, None for a name the model does not know."""
    return SEMANTIC_MODEL.metrics.get(name)


def is_headcount(name: str) -> bool:
    """The plain head count of the customer population ("Wie viele Kunden …?")."""
    e = entry(name)
    return e is not None and e.headcount


def has_headcount(metrics: Iterable[str]) -> bool:
    """One of ``metrics`` is the head count (``"customers" in plan.metrics`` as it was)."""
    return any(is_headcount(m) for m in metrics)


def only_headcount(metrics: tuple[str, ...]) -> bool:
    """``metrics`` is the head count alone."""
    return len(metrics) == 1 and is_headcount(metrics[0])


def besides_headcount(metrics: Iterable[str]) -> set[str]:
    """The metrics other than the head count (a figure computed over the restricted customers)."""
    return {m for m in metrics if not is_headcount(m)}


def answer_column(name: str) -> str:
    """The survey column whose answers the metric averages ("" for any other metric)."""
    e = entry(name)
    return e.answers if e is not None else ""


def answer_columns() -> tuple[str, ...]:
    """Every survey column some metric averages the answers of (satisfaction, NPS answers, …)."""
    return tuple(dict.fromkeys(m.answers for m in SEMANTIC_MODEL.metrics.values() if m.answers))


def is_headcount_share(name: str) -> bool:
    """The head count's share (the customers of a part / the customers of its scope)."""
    e = entry(name)
    return e is not None and e.headcount_share


def latest_answer_per_respondent(name: str) -> bool:
    """Whether the metric counts each respondent once, by the latest of their repeated answers (the stated
    repurchase intent): the answer then says so, beside the count over every answer."""
    e = entry(name)
    return e is not None and "survey_responses.repurchase_intent" in e.needs


def headcount_metric() -> str:
    """The name of the head-count metric, for a plan that turns into it."""
    return next(name for name, e in SEMANTIC_MODEL.metrics.base.items() if e.headcount)


def reversal(name: str) -> str:
    """"value" for the reversing lines' amount, "count" for their documents, "rate" for their share of the sales,
    "" for any other metric."""
    e = entry(name)
    return e.reversal if e is not None else ""


def paired_count(name: str) -> str:
    """The count a value pairs with ("How many returns?"), or ``name`` itself where it has none."""
    e = entry(name)
    return e.paired_count or name if e is not None else name


def cancelled_count(name: str) -> str:
    """The metric counting the never-sold ones of what ``name`` counts ("" where it counts no such things)."""
    e = entry(name)
    return e.cancelled_count if e is not None else ""


def has_reversal(metrics: Iterable[str], kind: str = "") -> bool:
    """One of ``metrics`` is of the reversing lines (of that ``kind``, "value" or "count", where given)."""
    return any(reversal(m) and (not kind or reversal(m) == kind) for m in metrics)


def is_sales_amount(name: str) -> bool:
    """The summed amount of the sold lines (revenue)."""
    e = entry(name)
    return e is not None and e.sales_amount


def has_sales_amount(metrics: Iterable[str]) -> bool:
    return any(is_sales_amount(m) for m in metrics)


def cancelled_counts() -> frozenset[str]:
    """The metrics that count what is never a sale (each some count's ``cancelled_count``)."""
    return frozenset(e.cancelled_count for e in SEMANTIC_MODEL.metrics.base.values() if e.cancelled_count)


def event(name: str) -> str:
    """The customer event the metric counts ("cancel", "start"), "" for none."""
    e = entry(name)
    return e.event if e is not None else ""


def counts(name: str) -> str:
    """What a plain count of the sold data counts ("order", "line", "document"), "" for any other metric."""
    e = entry(name)
    return e.counts if e is not None else ""


def only_counting(metrics: tuple[str, ...], thing: str) -> bool:
    """``metrics`` is one plain count, of ``thing``."""
    return len(metrics) == 1 and counts(metrics[0]) == thing


def of_family(name: str, family: str) -> bool:
    """The metric belongs to ``family`` (the catalogue's engine: line, customer, distinct, …)."""
    e = entry(name)
    return e is not None and e.family == family


def per_order(name: str) -> str:
    """The metric for ``name``'s mean per order ("average quantity per order"), "" where it declares none."""
    e = entry(name)
    return e.per_order if e is not None else ""
def own_share(name: str) -> str:
    """The share a share word beside the count ``name`` asks for (detractors → detractor_share), else ""."""
    e = entry(name)
    return e.own_share if e is not None else ""


def scope_share(name: str) -> str:
    """The metric for a value's share of its scope: the one ``name`` declares, ``name`` itself where it is such a
    share, else ""."""
    e = entry(name)
    if e is not None and e.scope_share:
        return e.scope_share
    return name if any(x.scope_share == name for x in SEMANTIC_MODEL.metrics.base.values()) else ""


def part_share(name: str) -> str:
    """The metric for this part's share of all the sales amount of its scope ("" where it declares none)."""
    e = entry(name)
    return e.part_share if e is not None else ""


def sales_share() -> str:
    """The share of the sales amount a ranking of groups shows (each group's part of it)."""
    return next(name for name in SEMANTIC_MODEL.metrics.base if name.endswith("_share")
                and any(e.sales_amount and name.startswith(n) for n, e in SEMANTIC_MODEL.metrics.base.items()))


def is_period_based(name: str) -> bool:
    """A rate between two periods (retention, churn)."""
    e = entry(name)
    return e is not None and e.period_based
