"""Groups with no order but with documents: "orders by Receipt type" on receipts whose 'Refund' type holds only
refund documents shows Refund 0 — right by the definition (a refund is never an order, metrics.md), but read
alone it says no refund happened. The answer keeps the 0 and says in a note how many documents the group holds
and that they are no orders, so the number is never read wrongly."""

from __future__ import annotations

from typing import Callable

import polars as pl

from insight.dataset import Dataset
from insight import formatting
from insight.messages import say
from insight.metrics.grouped import TIME_DIMENSIONS
from insight.query import render
from insight.query.plan import QueryPlan, TimeWindow
from insight.query.traits import counts as counted_thing

MetricTable = Callable[[QueryPlan, Dataset, TimeWindow], pl.DataFrame]


def zero_order_notes(plan: QueryPlan, frame: pl.DataFrame, ds: Dataset, table: MetricTable) -> list[str]:
    """One note per answer: the groups of a line dimension with 0 orders and their documents (returns, credit
    notes, refunds), where there are any."""
    keys = [g for g in plan.group_by if g not in TIME_DIMENSIONS]
    orders = [m for m in plan.metrics if counted_thing(m) == "order" and m in frame.columns]
    if len(keys) != 1 or len(plan.group_by) != 1 or not orders or keys[0] == "customer_id" or \
            keys[0] not in frame.columns or not ds.order_lines.height:
        return []
    key = keys[0]
    empty = frame.filter(pl.col(orders[0]) == 0).get_column(key)
    if empty.len() == 0:
        return []
    docs = table(plan.model_copy(update={"metrics": ("documents",), "top_n": None, "order": None}), ds, plan.window)
    docs = docs.filter(pl.col(key).is_in(empty.implode()) & (pl.col("documents") > 0)).sort(key)
    if docs.height == 0:
        return []
    lang = plan.language
    groups = ", ".join(f"{render.value_label(key, v, lang)} {formatting.count(int(n), lang)}"
                       for v, n in docs.select(key, "documents").iter_rows())
    return [say("zero_order_groups", lang, column=render.dim_label(key, lang), groups=groups)]
