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
    from insight.metrics.grouped import as_dates
    from insight.semantic.client import client_columns
    from insight.semantic.text import fold

    pattern = _EVENT_HEADERS[event]
    for col in client_columns(ds):
        if col.table != "customers" or col.numeric or not pattern.search(fold(f"{col.label} {col.name}")):
            continue
        s = ds.customers.get_column(col.name)
        dates = s if s.dtype.is_temporal() else s.cast(pl.String).to_frame("v").select(as_dates(pl.col("v"))).to_series()
        read = dates.drop_nulls()
        # every value read as a plausible day ('07.05.20' read as the year 20 is not: never a silent wrong window)
        if read.len() > 0 and read.len() >= s.drop_nulls().len() * 0.9 and read.dt.year().min() >= 1900:  # type: ignore[operator]
            return col.name
    return None


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
