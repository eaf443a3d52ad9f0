"""A time window on a customers table alone (a subscription export, a member list): read on the date column
of the event the question counts — cancellations on the cancellation date ('canceled_at', 'Kündigung zum'),
new customers on the start date ('activated_at', 'Eintritt') — instead of asking back for order dates.

"How many cancellations in 2024?" on Recurly's subscriptions = customers whose canceled_at lies in 2024.
"""

from __future__ import annotations

import re

import polars as pl

from insight.dataset import Dataset
from insight.metrics.grouped import TIME_DIMENSIONS
from insight.query.plan import Filter, QueryPlan, TimeWindow
from insight.query.traits import event
from insight.query import lazy_re

# what each counting metric's event is dated by, as header words (folded, any language of the exports)
_EVENT_HEADERS: dict[str, re.Pattern] = {
    "cancel": lazy_re.compile(r"cancel|kundig|kuendig|storn|austritt|abmeld|churned|ended|end date|enddatum|vertragsende"),
    "start": lazy_re.compile(r"activated|activation|start|created|signup|sign up|joined|member since|eintritt|beitritt|"
                        r"anmeld|kunde seit|mitglied seit|aktiviert"),
}


def _date_column(ds: Dataset, event: str) -> str | None:
    from insight.semantic.text import fold

    pattern = _EVENT_HEADERS[event]
    return next((name for name, label in _dated_columns(ds) if pattern.search(fold(f"{label} {name}"))), None)


def _dated_columns(ds: Dataset) -> list[tuple[str, str]]:
    """The customers table's client columns whose values read as days: (name, header)."""
    from insight.metrics.grouped import as_dates
    from insight.semantic.client import client_columns

    out = []
    for col in client_columns(ds):
        if col.table != "customers" or col.numeric:
            continue
        s = ds.customers.get_column(col.name)
        dates = s if s.dtype.is_temporal() else s.cast(pl.String).to_frame("v").select(as_dates(pl.col("v"))).to_series()
        read = dates.drop_nulls()
        # every value read as a plausible day ('07.05.20' read as the year 20 is not: never a silent wrong window)
        if read.len() > 0 and read.len() >= s.drop_nulls().len() * 0.9 and read.dt.year().min() >= 1900:  # type: ignore[operator]
            out.append((col.name, col.label))
    return out


# inflection endings taken off both the header's words and the question's ('Verträge … enden' names
# 'Vertragsende', 'signed up' names 'Signup Date'); words of any date header that name no event
_ENDING = lazy_re.compile(r"(?:ed|en|es|er|et|e|s|n)$")
_DATE_WORDS = frozenset({"date", "datum", "day", "tag", "am", "on", "at", "zum", "per", "vom", "of", "the"})


def _stem(word: str) -> str:
    return _ENDING.sub("", word) if len(word) > 4 else word


def _named_column(ds: Dataset, question: str) -> str | None:
    """The one dated column of the customers table the question names by its header's words, a compound
    header also by its parts ('Vertragsende' by 'Verträge … enden'), else None."""
    from insight.semantic.text import tokens

    said = [_stem(t) for t in tokens(question)]
    pairs = {a + b for a, b in zip(said, said[1:])} | {a + "s" + b for a, b in zip(said, said[1:])}
    joined = {a + b for a in said for b in said if a != b and len(a) > 3 and len(b) > 2}
    joined |= {a + "s" + b for a in said for b in said if a != b and len(a) > 3 and len(b) > 2}
    found = []
    for name, label in _dated_columns(ds):
        words = [_stem(w) for w in tokens(label.replace("_", " ")) if w not in _DATE_WORDS]
        if words and all(len(w) > 2 and (w in said or w in pairs or w in joined) for w in words):
            found.append(name)
    return found[0] if len(found) == 1 else None


def named_date_column(plan: QueryPlan, ds: Dataset, question: str) -> QueryPlan | None:
    """'Kunden mit Vertragsende 2025', 'customers who signed up in 2023' on a customers table without orders:
    the window on the date column the question names, or None when it names none (or several)."""
    window = plan.window
    if plan.compare is not None or window.start is None or window.end is None or \
            plan.group_by and any(g in TIME_DIMENSIONS for g in plan.group_by):
        return None
    column = _named_column(ds, question)
    if column is None:
        return None
    filters = (*plan.filters, Filter(dimension=column, op="ge", values=(window.start.isoformat(),)),
               Filter(dimension=column, op="lt", values=(window.end.isoformat(),)))
    # the column's name said for the period is no grouping by each of its days
    group_by = tuple(g for g in plan.group_by if g != column)
    update = {"filters": filters, "window": TimeWindow(), "group_by": group_by}
    if not group_by and plan.intent == "group":
        update["intent"] = "metric"
    return plan.model_copy(update=update)


def dated_event(plan: QueryPlan, ds: Dataset) -> QueryPlan | None:
    """The plan counting customers whose event date lies in the window, or None when the question counts no
    such event or the table has no date column for it."""
    window = plan.window
    if plan.compare is not None or plan.group_by and any(g in TIME_DIMENSIONS for g in plan.group_by):
        return None
    events = {event(m) or None for m in plan.metrics}  # the catalogue entry's event (Metric.event)
    if len(plan.metrics) != 1 or None in events or window.start is None or window.end is None:
        return None
    column = _date_column(ds, events.pop())  # type: ignore[arg-type]
    if column is None:
        return None
    filters = (*plan.filters, Filter(dimension=column, op="ge", values=(window.start.isoformat(),)),
               Filter(dimension=column, op="lt", values=(window.end.isoformat(),)))
    return plan.model_copy(update={"metrics": ("customers",), "filters": filters, "window": TimeWindow()})


_PERIOD_NUMBER = lazy_re.compile(r"\b(?:19|20)\d\d\b")


def drop_date_column_words(question: str, unknown: list[str], ds: Dataset) -> list[str]:
    """'customers who signed up in 2023' on a customers table without orders whose 'Signup Date' the question
    names: the words that name the column ('signed') are no unknown words, the period applies to the column
    (``named_date_column``). Only with a year said, so the column's words never vanish without their period."""
    if not unknown or ds.order_lines.height or not _PERIOD_NUMBER.search(question):
        return unknown
    column = _named_column(ds, question)
    if column is None:
        return unknown
    from insight.semantic.text import tokens

    label = next(lab for name, lab in _dated_columns(ds) if name == column)
    header = "".join(_stem(w) for w in tokens(label.replace("_", " ")) if w not in _DATE_WORDS)
    from insight.query.lexicon import FILLER_WORDS

    def names_it(entry: str) -> bool:  # 'deren Vertrag': the column's word beside a filler
        parts = entry.split()
        return any(len(_stem(p)) >= 3 and _stem(p) in header for p in parts) and \
            all((len(_stem(p)) >= 3 and _stem(p) in header) or p in FILLER_WORDS for p in parts)

    return [w for w in unknown if not names_it(w)]
