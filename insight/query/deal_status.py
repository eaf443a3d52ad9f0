"""Questions about deals of a pipeline that are no sale (docs/ask.md, "Open and lost deals").

In a deal pipeline (the status holds a won stage beside others) only won deals are sales, so a figure of sales
restricted to open or lost deals is 0 by definition: "How many open deals?" counts those deals (as cancelled
orders are counted), "total value of open deals" is their amount (``cancelled_value``), and any other figure of
them is asked back, never answered with 0. Planning only.
"""

from __future__ import annotations


from insight.dataset import Dataset
from insight.messages import say
from insight.query.plan import Issue, QueryPlan
from insight.query.traits import cancelled_count, cancelled_counts, has_sales_amount, is_sales_amount
from insight.semantic import fold
from insight.query import lazy_re

_VALUE_WORDS = lazy_re.compile(r"\b(?:value|values|amount|amounts|revenue|worth|sum|total value|volume|wert|werte|betrag|"
                          r"betrage|umsatz|summe|volumen)\b")


def _counts_or_sales(metrics: tuple[str, ...]) -> bool:
    """Each metric counts orders or lines (it has a cancelled count) or is the sales amount."""
    return all(cancelled_count(m) or is_sales_amount(m) for m in metrics)


def no_sale_status(plan: QueryPlan, ds: Dataset, question: str) -> QueryPlan | None:
    """The plan for a question restricted to deals that are no sale (module doc), or None where it is not one."""
    from insight.metrics.conventions import WON_STATUS, won_only

    lines = plan.population.lines  # "customers with open deals": the deals' status selects customers
    status = [f for f in (*plan.filters, *([lines[0]] if lines else ())) if f.dimension == "line_status" and f.op == "in"]
    if plan.status != "ok" or not status or not won_only(ds):
        return None
    values = [str(v) for f in status for v in f.values]
    if any(fold(v).strip().lower() in WON_STATUS for v in values) or set(plan.metrics) & cancelled_counts():
        return None
    value = _VALUE_WORDS.search(fold(question).lower()) is not None
    if plan.metrics and all(cancelled_count(m) for m in plan.metrics) and not value:  # Metric.cancelled_count
        return plan.model_copy(update={"metrics": tuple(dict.fromkeys(cancelled_count(m) for m in plan.metrics))})
    if plan.metrics and _counts_or_sales(plan.metrics) and (value or has_sales_amount(plan.metrics)):
        # "total value of open deals": the amount of those deals, never their revenue (0 by definition)
        return plan.model_copy(update={"metrics": ("cancelled_value",)})
    shown = ", ".join(dict.fromkeys(values))
    issue = Issue.said("no_sale_status", "issue_no_sale_status", shown=shown)
    option = say("deal_status_count_option", plan.language, shown=shown)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": (option,)})


def lost_deals(plan: QueryPlan, ds: Dataset, keywords: set[str]) -> QueryPlan | None:
    """"How many deals did we lose?", "Wie viele Deals haben wir verloren?" on a deal pipeline: the deals of its
    lost stages (then counted by ``no_sale_status``), never all deals with the word dropped. None elsewhere."""
    from insight.metrics.conventions import lost_stages

    if plan.status != "ok" or "lost" not in keywords or not plan.metrics or \
            not _counts_or_sales(plan.metrics) or any(f.dimension == "line_status" for f in plan.filters):
        return None
    stages = lost_stages(ds)
    if not stages:
        return None
    from insight.query.plan import Filter

    return plan.model_copy(update={"filters": (*plan.filters, Filter(dimension="line_status", values=stages))})
