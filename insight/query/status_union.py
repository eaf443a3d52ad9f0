"""Cancelled joined with another status: "How many orders were cancelled or on hold in 2004?", "Wie viele
Bestellungen wurden storniert oder zurückgestellt?", "cancelled and disputed orders" (docs/ask.md, "status_union").

A cancel word joined by or/and (oder/und) with another value of the same status column names two sets of orders:
the answer is the orders whose status is any of them — the cancelled ones counted too, never the cancelled count
under a filter on the other status (an empty intersection by construction: one line has one status). Without a
joining word ("cancelled orders on hold") the reading is unclear and is asked back, never answered with 0.
Planning here; the executor counts the orders of the named statuses from all their lines
(:func:`named_never_a_sale`, ``status_population.status_orders_frame``).
"""

from __future__ import annotations

from typing import Sequence

from insight.dataset import Dataset
from insight.messages import say
from insight.query.plan import Filter, Issue, QueryPlan
from insight.query.traits import cancelled_counts

STEP = "status_union"
_STATUS = "line_status"


def _cancel_values(ds: Dataset) -> tuple[str, ...]:
    """The status values of these lines that say cancelled (the data's own spelling)."""
    from insight.metrics.conventions import status_kind

    if _STATUS not in ds.order_lines.columns:
        return ()
    values = ds.order_lines.get_column(_STATUS).drop_nulls().unique().sort().to_list()
    return tuple(str(v) for v in values if status_kind(v) == "cancelled")


def _joined(reading: Sequence[tuple[str, str]], others: set[str]) -> bool:
    """Whether a cancel word and a value of the status column stand joined by and/or in the reading."""

    def cancel(role: str) -> bool:
        return any(f"metric:{m}" in role for m in cancelled_counts())

    def other(role: str) -> bool:
        return any(f"value:{_STATUS}={v}" in role for v in others)

    marks = [("c" if cancel(role) else "o" if other(role) else "&" if role == "kw:and" else "") for _, role in reading]
    seq = "".join(m for m in marks if m)
    return any({seq[i], seq[i + 2]} == {"c", "o"} and seq[i + 1] == "&" for i in range(len(seq) - 2))


def status_union(
    plan: QueryPlan, reading: Sequence[tuple[str, str]], ds: Dataset | None, steps: list[str]
) -> QueryPlan:
    """The cancelled count under a filter on another status: the orders of either status when the words join
    them and nothing else is asked, else asked back (a figure beside it would be of the other status only)."""
    if ds is None or plan.status != "ok" or not set(plan.metrics) & cancelled_counts():
        return plan
    from insight.metrics.conventions import status_kind

    status = [f for f in plan.filters if f.dimension == _STATUS and f.op == "in"]
    others = {str(v) for f in status for v in f.values if status_kind(v) is None}
    if not others:
        return plan
    cancels = _cancel_values(ds)
    lang = plan.language
    named = ", ".join(sorted(others))
    if not cancels or not _joined(reading, others) or not all(m in cancelled_counts() for m in plan.metrics):
        issue = Issue(
            code="cancelled_and_status",
            en=say("issue_cancelled_and_status", "en", values=named),
            de=say("issue_cancelled_and_status", "de", values=named),
        )
        return QueryPlan(
            intent=plan.intent,
            status="clarify",
            language=lang,
            issues=(issue,),
            options=(say("option_cancelled_or_status", lang, values=named),),
        )
    values = tuple(dict.fromkeys([*cancels, *(v for f in status for v in f.values)]))
    kept = tuple(f for f in plan.filters if f not in status)
    steps.append(STEP)
    return plan.model_copy(
        update={"metrics": ("orders",), "filters": (*kept, Filter(dimension=_STATUS, values=values))}
    )


def named_never_a_sale(filters: Sequence[Filter]) -> bool:
    """Whether a status filter names a cancelled value beside another (the orders of either status are asked)."""
    from insight.metrics.conventions import status_kind

    return any(
        f.dimension == _STATUS
        and f.op == "in"
        and any(status_kind(v) == "cancelled" for v in f.values)
        and any(status_kind(v) is None for v in f.values)
        for f in filters
    )
