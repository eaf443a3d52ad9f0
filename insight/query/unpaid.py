"""Unpaid revenue: "unbezahlter Umsatz", "unpaid revenue", "offener Umsatz", "Wie viel Umsatz ist noch nicht bezahlt?",
"outstanding amount" ask for what customers still owe — never the total revenue.

The data tells paid from unpaid in one of three ways, tried in this order:

1. a money column of what is still owed (``Balance Due``, ``Open Balance``, ``Offener Betrag``, ``Saldo``): the
   figure is its sum (a count of invoices: those with a balance above 0);
2. a status column whose values say paid (``bezahlt``, ``Paid``, ``beglichen``) or unpaid (``offen``, ``Unpaid``,
   ``Overdue``, ``überfällig``): the lines whose status is not a paid one (with no paid value: the unpaid ones) —
   overdue invoices are unpaid too, never only the value ``offen``;
3. a yes/no column named paid (``Bezahlt``, ``Paid``, ``Paid?``): the lines without its yes value.

Where the data has none of them the words are left in the question and the answer asks back naming them (never
the total revenue).
"""

from __future__ import annotations

from dataclasses import dataclass

from insight.dataset import Dataset
from insight.language import fold
from insight.query.plan import Filter, Issue, QueryPlan
from insight.query.traits import is_sales_amount
from insight.query import lazy_re

STEP = "unpaid_amount"
# a money column holding what customers still owe ('Open Balance', 'Outstanding', 'Balance Due', 'Offener Betrag')
OWED_HEADER = lazy_re.compile(r"\b(?:balance|outstanding|due|owed|open\s+amount|offen\w*|ausstehend\w*|saldo)\b")



def is_owed(name: str, label: str) -> bool:
    """Whether a sum metric is of a column of what is still owed: its label as written ('Balance Due') or its
    column's name, where a header written in one word ('AmountDue', 'OpenBalance') is split into its words."""
    return bool(OWED_HEADER.search(fold(label)) or OWED_HEADER.search(name.removeprefix("sum_").replace("_", " ")))


_UNPAID = lazy_re.compile(
    r"\b(?:(?:noch|still)\s+)?(?:unbezahlt(?:e|er|en|es)?|nicht\s+(?:be)?zahlt(?:e|er|en|es)?|"
    r"not\s+(?:yet\s+)?(?:been\s+)?paid(?!\s+(?:back|off|out))|unpaid|outstanding(?!\s+(?:customers?|clients?|kunden))|ausstehend(?:e|er|en|es)?|offen(?:e|er|en|es)?|"
    r"open(?=\s+(?:revenue|amount|amounts|invoices?|balance|sales)\b)|"
    # "How much is still due?", "Wie viel ist noch fällig?": due as what is owed, never a 'due date'
    r"(?<=still\s)due\b|due(?![\s-]+\w)|(?<=noch\s)fallig\b)"
    r"(?:\s+(?:noch|yet))?\b")
PAID_VALUES = frozenset(("paid", "bezahlt", "beglichen", "settled", "ausgeglichen", "vollstandig bezahlt",
                         "fully paid", "payed", "gezahlt", "paid in full", "closed paid"))
UNPAID_VALUES = frozenset(("unpaid", "unbezahlt", "offen", "open", "overdue", "uberfallig", "ausstehend",
                           "outstanding", "due", "fallig", "past due", "teilweise bezahlt", "partially paid",
                           "partial", "teilbezahlt", "gemahnt", "mahnung", "nicht bezahlt", "not paid"))
_PAID_FLAGS = frozenset(("paid", "bezahlt", "is paid", "ispaid", "beglichen", "settled", "paid status"))


@dataclass(frozen=True)
class Unpaid:
    """How the data tells unpaid lines: the owed column's sum metric, or a filter keeping the unpaid lines."""

    owed: str | None = None  # 'sum_balance_due'
    owed_column: str | None = None  # 'balance_due'
    keep: Filter | None = None
    missing: str = ""  # the words said where nothing in the data tells paid from unpaid: asked back


def _owed(ds: Dataset) -> tuple[str, str] | None:
    from insight.semantic.client import entries

    sums = [m for m in entries(ds)[0].values() if m.name.startswith("sum_")]
    owed = [m for m in sums if is_owed(m.name, m.label_en)]
    return (owed[0].name, owed[0].name[4:]) if len(owed) == 1 else None


def _status(ds: Dataset) -> Filter | None:
    from insight.semantic.values import value_index

    by_dim: dict[str, set[object]] = {}
    for senses in value_index(ds).values():
        for dim, value in senses:
            by_dim.setdefault(dim, set()).add(value)
    for dim, values in by_dim.items():
        paid = sorted((v for v in values if fold(str(v)) in PAID_VALUES), key=str)
        unpaid = sorted((v for v in values if fold(str(v)) in UNPAID_VALUES), key=str)
        if paid and (unpaid or len(values) > len(paid)):
            return Filter(dimension=dim, op="not_in", values=tuple(paid))
        if unpaid:
            return Filter(dimension=dim, op="in", values=tuple(unpaid))
    return None


def _flag(ds: Dataset) -> Filter | None:
    from insight.semantic.client import client_columns

    for col in client_columns(ds):
        if col.is_flag and fold(col.label).strip(" ?") in _PAID_FLAGS:
            return Filter(dimension=col.name, op="not_in", values=(col.flag_true,))
    return None


def source(ds: Dataset) -> Unpaid | None:
    """What in the data tells the unpaid lines (module doc), or None."""
    owed = _owed(ds)
    if owed is not None:
        return Unpaid(owed=owed[0], owed_column=owed[1])
    keep = _status(ds) or _flag(ds)
    return Unpaid(keep=keep) if keep is not None else None


# words of a question that name what the unpaid lines are measured by (their amount or their count): without one
# ("How much is not paid?") the existing readings of the words stand
_MEASURED = lazy_re.compile(r"\b(?:how\s+much|wie\s*viel(?!e)|umsatz\w*|revenue|sales|betrag|betrage|amount|amounts|summe|sum|total|wert|value|geld|"
                       r"money|rechnung\w*|invoices?|bills?|orders?|bestellung\w*|auftrag\w*|auftrage)\b")
_NOT_CONTENT = frozenset(("noch", "still", "nicht", "not", "yet", "been"))


def read(rest: str, ds: Dataset) -> tuple[Unpaid | None, str]:
    """(how the data tells unpaid lines, the question with its unpaid words read) where it says "unpaid" and the data
    can tell; (the words to ask back, the question) where nothing tells; (None, the question as it was) where the
    words are a value of the data itself ('offen' as a status: that value, as any value is read)."""
    from insight.semantic.values import value_index

    m = _UNPAID.search(rest)
    if m is None:
        return None, rest
    words = [w for w in m.group(0).split() if w not in _NOT_CONTENT]
    if any(w in value_index(ds) for w in words):
        return None, rest
    found = source(ds)
    if found is None:  # asked back where an amount or document is measured; else the other readings stand
        if _MEASURED.search(_UNPAID.sub(" ", rest)) is None:
            return None, rest
        return Unpaid(missing=" ".join(m.group(0).split())), rest
    if found.owed is not None:  # the owed column's own word ('unpaid' names its sum: parser._measure_aliases)
        return found, _UNPAID.sub(" unpaid ", rest)
    if _MEASURED.search(_UNPAID.sub(" ", rest)) is None:
        return None, rest
    return found, _UNPAID.sub(" ", rest)


def apply(plan: QueryPlan, unpaid: Unpaid | None, steps: list[str]) -> QueryPlan:
    """The plan restricted to what is still owed: the owed column's sum instead of revenue, or the unpaid lines."""
    if unpaid is None or plan.status != "ok":
        return plan
    if unpaid.missing:  # "Wie viel Umsatz ist noch nicht bezahlt?" with no balance, status or paid flag
        issue = Issue.said("unpaid_unknown", "issue_unpaid_unknown", word=unpaid.missing)
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})
    filters = list(plan.filters)
    metrics = plan.metrics
    if unpaid.owed is not None:
        others = tuple(m for m in metrics if m != unpaid.owed and not is_sales_amount(m))
        if not others:
            metrics = (unpaid.owed,)
        elif unpaid.owed_column is not None:  # "Wie viele Rechnungen sind unbezahlt?": those with a balance above 0
            metrics = others
            filters.append(Filter(dimension=unpaid.owed_column, op="gt", values=(0,)))
    elif unpaid.keep is not None:
        filters = [f for f in filters if f.dimension != unpaid.keep.dimension]
        filters.append(unpaid.keep)
    steps.append(STEP)
    return plan.model_copy(update={"metrics": metrics, "filters": tuple(filters)})
