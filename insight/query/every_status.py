"""Orders counted by the status column: every status's orders, the never-a-sale ones too (step
``orders_by_every_status``): 'number of deals by deal stage' is Closed Won 472, Closed Lost 279, Contract Sent 149,
never the won deals alone with a note that the others were left out."""

from __future__ import annotations

from insight.dataset import Dataset
from insight.query.plan import QueryPlan
from insight.query.traits import cancelled_count, only_counting


def every_status_counted(plan: QueryPlan, ds: Dataset) -> bool:
    """'number of deals by deal stage', 'Anzahl Aufträge nach Status': orders counted by the status column count
    every status's orders, those of a never-a-sale status (lost, cancelled, returned) as what they are — never a
    table of the sale statuses alone."""
    from insight.metrics.conventions import detect

    return (
        only_counting(plan.metrics, "order")
        and bool(cancelled_count(plan.metrics[0]))
        and "line_status" in plan.group_by
        and not any(f.dimension == "line_status" for f in plan.filters)
        and ds.order_lines.height > 0
        and bool(detect(ds).cancelled_lines)
    )
