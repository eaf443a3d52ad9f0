"""Subscription analysts' questions that order lines cannot answer as asked: asked back, never another figure.

- "net revenue retention" / "NRR" / "NDR" / "gross revenue retention": the recurring revenue per account over
  time (expansion, contraction, churn) — order lines do not say which revenue is recurring; answering revenue
  beside the customer retention rate would be a different question.
- "How many churned accounts did we have last month?": a count of churned customers over a month or quarter.
  On order lines churn is "bought in one period, not in the next" — over a single month that counts every
  customer who simply did not buy that month (a rate of 68 %); the yearly churn (with its count of lost
  customers) or the customers without an order for some months are offered.
"""

from __future__ import annotations

import datetime as dt

from insight.language import Language
from insight.messages import say
from insight.query.plan import Issue, QueryPlan
from insight.query import lazy_re

_REVENUE_RETENTION = lazy_re.compile(
    r"\b(?:(?:net|gross)\s+(?:revenue|dollar|sales)\s+retention|revenue\s+retention(?:\s+rate)?|nrr|ndr|grr|"
    r"netto\s*umsatz\s*bindung|umsatzbindung|umsatz\s*retention|net\s+retention)\b")
_SHORT_PERIODS = ("month", "quarter", "week", "day")


def revenue_retention(norm: str, lang: Language) -> QueryPlan | None:
    """The ask-back for net (or gross) revenue retention; None when the question does not name it."""
    if not _REVENUE_RETENTION.search(norm):
        return None
    options = [say("option_retention_rate", lang), say("option_revenue_per_year", lang)]
    issue = Issue.said("revenue_retention", "issue_revenue_retention")
    return QueryPlan(intent="unknown", status="clarify", language=lang, issues=(issue,), options=tuple(options))


def _short_window(plan: QueryPlan) -> bool:
    if plan.period in _SHORT_PERIODS:
        return True
    start, end = plan.window.start, plan.window.end
    return isinstance(start, dt.date) and isinstance(end, dt.date) and (end - start).days < 300


def churn_count(plan: QueryPlan, keywords: set[str], lang: Language) -> QueryPlan:
    """A count of churned customers over a month or a quarter: asked back (see the module)."""
    if plan.status != "ok" or plan.metrics != ("churn_rate",) or "count" not in keywords or not _short_window(plan):
        return plan
    label = plan.window.label(lang)
    window = f" ({label})" if label else ""
    options = [say("option_churn_rate_per_year", lang), say("option_customers_not_ordered_3_months", lang)]
    issue = Issue.said("churn_count_window", "issue_churn_count_window", window=window)
    return QueryPlan(intent="unknown", status="clarify", language=lang, issues=(issue,), options=tuple(options))
