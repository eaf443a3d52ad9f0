"""X pro Kunde, X per customer: a total divided over customers is one mean, not a list of customers.

"Bestellungen pro Kunde im Gebiet West", "revenue per customer in 1998" ask for one number (the mean over the
customers in scope = total / customers); "revenue per customer by country, top 5" and "Which region has the
lowest revenue per customer?" rank the groups by their customers' mean ("top 5 countries by average revenue per
customer" too: the average word names the same mean). A plain "Umsatz pro Kunde" without a
filter or window and "Top 10 Kunden nach Umsatz pro Kunde" still list customers: nothing narrows them to a
figure. "by customer" (nach Kunde) is a grouping, never a ratio.
"""

from __future__ import annotations

from insight.query import lazy_re

from insight.query.plan import QueryPlan

TOTALS = ("revenue", "profit", "orders", "quantity", "order_lines")
PER_CUSTOMER = lazy_re.compile(r"\b(?:pro|per|je)\s+(?:kunde|kunden|kundin|customer|customers|client|clients)\b")


def _per_customer_word(tokens: list[str], mentions: list | None) -> bool:
    """"pro Kunde", and "pro Käufer", "per account": 'per' right before any word that names the customers."""
    if PER_CUSTOMER.search(" ".join(tokens)):
        return True
    return any(m.start > 0 and tokens[m.start - 1] in ("pro", "per", "je") and m.end == m.start + 1 and
               any(s.kind == "dim" and s.name == "customer_id" for s in m.senses) for m in mentions or ())


def per_customer_mean(plan: QueryPlan, tokens: list[str], mentions: list | None = None) -> QueryPlan:
    """The plan with ``aggregate="mean"`` (customer first in ``group_by``) where "X per customer" is a ratio."""
    if (
        plan.status != "ok"
        or plan.intent not in ("metric", "rank")
        or plan.aggregate not in (None, "mean")
        or "customer_id" not in plan.group_by
        or not [m for m in plan.metrics if m in TOTALS]
        or not _per_customer_word(tokens, mentions)
    ):
        return plan
    keys = tuple(g for g in plan.group_by if g != "customer_id")
    if plan.aggregate == "mean" and not keys:  # "durchschnittlicher Umsatz pro Kunde": read as it is
        return plan
    if keys:  # "top 5 countries by average revenue per customer": the average word says the same mean  # the customers' mean within each group, ranked when asked
        return plan.model_copy(update={"aggregate": "mean", "group_by": ("customer_id", *keys)})
    scoped = bool(plan.filters) or not plan.window.is_all
    if plan.intent == "metric" and not plan.top_n and scoped:
        return plan.model_copy(update={"aggregate": "mean"})
    return plan
