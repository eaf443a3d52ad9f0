"""Median: the middle value, never the mean ("median order value", "Median-Umsatz pro Kunde", "median Balance",
"Median MonthlyCharges je Contract").

A median is of one value per unit, so the unit must be known:

- a numeric column of the data (and age, acquisition cost, cost to serve): its ``median_<column>`` measure over
  the rows (customers or order lines) in scope;
- the order value (AOV) and any total per order ("je Auftrag"): the median of the order totals (what AOV averages);
- a total (revenue, profit, orders, …) per customer, and a per-customer value (CLV, customer capital, …): the
  median over the customers in scope (``aggregate="median"``, the customer first in ``group_by``);
- anything else (a rate, a share, a bare total without its unit) is asked back naming the word, never answered
  as the total or the mean.

The plan carries ``aggregate="median"``; the executor computes it (``median_frames.median_frame``) and the
answer's column is named ``median_<metric>``.
"""

from __future__ import annotations

from insight.messages import say
from insight.query.plan import Issue, QueryPlan
from insight.query.traits import answer_column
from insight.semantic import SEMANTIC_MODEL

STEP = "median"
TOTALS = ("revenue", "profit", "orders", "quantity", "order_lines")
_PER_ORDER = frozenset("auftrag auftrage bestellung bestellungen order orders rechnung rechnungen invoice "
                       "invoices".split())
_PER = frozenset("pro per je".split())


def _client_measures() -> dict:
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    return active[0] if active else {}


def _per_order(tokens: list[str]) -> bool:
    """"… je Auftrag", "per order": the order is the unit."""
    return any(a in _PER and b in _PER_ORDER for a, b in zip(tokens, tokens[1:]))


def median_plan(plan: QueryPlan, keywords: set[str], tokens: list[str], customer_word: bool) -> QueryPlan:
    """The plan asking for a median where the question says "median" (a keyword of the lexicon), or asked back."""
    if plan.status != "ok" or "median" not in keywords:
        return plan
    if plan.compare is not None:  # a comparison of two periods runs apart from the median: asked back
        issue = Issue.said("median_compared", "issue_median_compared")
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})
    if plan.intent not in ("metric", "rank", "trend"):
        return _ask(plan)
    client = _client_measures()
    named = [m for m in plan.metrics if m.partition("_")[0] in ("sum", "mean", "median")
             and f"median_{m.partition('_')[2]}" in client]
    if named:  # "median Balance", "Median MonthlyCharges je Contract": the column's own median
        # "median customer age": the customer noun names the unit the column is per, not a second figure
        kept = [m for m in plan.metrics if m in named or not (customer_word and _counts_the_customers(m))]
        metrics = tuple(dict.fromkeys(f"median_{m.partition('_')[2]}" if m in named else m for m in kept))
        if len(metrics) != 1:
            return _ask(plan)
        return plan.model_copy(update={"metrics": metrics, "aggregate": None})
    if len(plan.metrics) != 1:
        return _ask(plan)
    metric = plan.metrics[0]
    spec = SEMANTIC_MODEL.metrics.get(metric)
    per_customer = "customer_id" in plan.group_by or customer_word
    if metric == "aov" or (metric in TOTALS and _per_order(tokens) and not per_customer):
        # the median order: the middle of the order totals (AOV is their mean)
        groups = tuple(g for g in plan.group_by if g != "customer_id")
        return plan.model_copy(update={"metrics": ("aov",), "aggregate": "median", "group_by": groups,
                                       "top_n": plan.top_n if groups else None})
    if answer_column(metric):  # "median Satisfaction Price": the middle of the survey answers the metric averages
        return plan.model_copy(update={"aggregate": "median"})
    if spec is not None and spec.family == "customer":  # CLV, customer capital: one value per customer
        return plan.model_copy(update={"aggregate": "median"})
    if metric in TOTALS and per_customer:
        groups = ("customer_id", *(g for g in plan.group_by if g != "customer_id"))
        return plan.model_copy(update={"aggregate": "median", "group_by": groups})
    return _ask(plan, metric)


def _counts_the_customers(metric: str) -> bool:
    """The metric the bare customer noun names: a count whose own word is 'customer'."""
    spec = SEMANTIC_MODEL.metrics.get(metric)
    return spec is not None and spec.unit == "count" and "customer" in spec.synonyms_en


def _ask(plan: QueryPlan, metric: str | None = None) -> QueryPlan:
    lang = plan.language
    if metric in TOTALS:
        label = SEMANTIC_MODEL.metrics[metric].label(lang)
        options = (say("median_per_customer", lang, name=label), say("median_order_value", lang))
        issue = Issue.said("median_of_what", "issue_median_of_what_unit", label=label)
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": options})
    issue = Issue.said("median_of_what", "issue_median_of_what")
    options = (say("median_order_value", lang),
               say("median_per_customer", lang, name=SEMANTIC_MODEL.metrics["revenue"].label(lang)))
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": options})


def column_name(plan: QueryPlan, metric: str) -> str:
    """The answer's column: ``median_<metric>``; the median of one aspect's survey answers is named after the
    survey column of that aspect ("median Satisfaction Price": ``median_satisfaction_price``, the header a wide
    survey holds it under)."""
    import re

    from insight.language import fold

    column = answer_column(metric)
    aspects = [v for f in plan.filters if f.op == "in" for v in f.values
               if (dim := SEMANTIC_MODEL.dimensions.get(f.dimension)) is not None and dim.source == "survey"]
    if column and len(aspects) == 1:
        return f"median_{column}_{re.sub(r'[^a-z0-9]+', '_', fold(str(aspects[0]))).strip('_')}"
    return f"median_{metric}"


def label(plan: QueryPlan, metric: str) -> str:
    """'median order value (per order)', 'Median Umsatz je Kunde' for `understood` and the answer."""
    lang = plan.language
    if metric == "aov":
        return say("median_order_value_per_order", lang)
    name = SEMANTIC_MODEL.metrics[metric].label(lang)
    if plan.group_by[:1] == ("customer_id",):
        return say("median_per_customer", lang, name=name)
    return say("median_of", lang, name=name)
