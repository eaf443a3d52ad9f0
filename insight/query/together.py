"""Added up into one figure: "Umsatz West und East 2017 zusammen", "Umsatz Deutschland und Frankreich zusammen",
"Umsatz der Top 10 Kunden zusammen", "revenue of the top 5 countries combined".

- Several values of one column named with "zusammen / together / combined" are one total over all of them: the
  grouping by that column is dropped and the figure is computed under the filter (a customer or an order in
  both counts once).
- The top N of a ranking with those words is the ranking's figures added up (``QueryPlan.combined``): only for
  totals that add up over disjoint groups (revenue, profit, orders, quantity, lines, and the shares of them); a
  share said to be made up by the top N ("Wie viel Prozent des Umsatzes machen die Top 10 Kunden aus?") is their
  combined share; any other figure (customers
  of several countries, a rate) is asked back rather than summed.
- A total under a filter and without a grouping ("Umsatz aller Champions zusammen") already adds up every member of
  the filter: read as it is.
- With nothing to add up the word is asked back, never dropped ("Welche Produkte kaufen Kunden zusammen?").
"""

from __future__ import annotations


from insight.messages import say
from insight.query.plan import Issue, QueryPlan
from insight.query import lazy_re

STEP = "together"
ADDITIVE = ("revenue", "profit", "orders", "quantity", "order_lines", "revenue_share", "profit_share", "order_share")
# "Wie viel Prozent des Umsatzes machen die Top 10 Kunden aus?", "What share of revenue do the top 5 countries
# account for?": a share said of the top N as a whole (they make it up together) is their combined share
_MAKE_UP = lazy_re.compile(r"\b(?:machen|macht|ausmachen|ausgemacht)\b.*\baus\b|\bausmachen\b|\bentfall\w*\s+auf\b|"
                      r"\baccount(?:s|ed)?\s+for\b|\bmake\s+up\b|\bmakes\s+up\b|\bmade\s+up\b")
SHARES = ("revenue_share", "profit_share", "order_share")


def made_up_by_the_top(plan: QueryPlan, tokens: list[str], keywords: set[str]) -> set[str]:
    """The keywords with 'together' where a share is said to be made up by the top N groups as a whole."""
    if plan.status != "ok" or not plan.top_n or not plan.group_by or "share" not in keywords or \
            not set(plan.metrics) & set(SHARES) or not _MAKE_UP.search(" ".join(tokens)):
        return keywords
    return keywords | {"together"}


def together(plan: QueryPlan, keywords: set[str]) -> QueryPlan:
    """The plan adding up what the question names together, or asked back where a sum would be wrong."""
    if plan.status != "ok" or "together" not in keywords or plan.intent in ("table", "definition"):
        return plan  # "zusammen gekaufte Artikel" is its own phrase (a whole table)
    listed = {f.dimension for f in plan.filters if f.op == "in" and len(f.values) > 1}
    if listed & set(plan.group_by):  # "West und East zusammen": one total over both values
        return plan.model_copy(update={"group_by": tuple(g for g in plan.group_by if g not in listed),
                                       "intent": "metric", "top_n": None, "order": None})
    if listed and not plan.group_by and not plan.top_n:
        return plan  # the values already make one total
    if plan.filters and not plan.group_by and not plan.top_n and plan.metrics and \
            all(m in ADDITIVE for m in plan.metrics):
        return plan  # "Umsatz aller Champions zusammen": a total under a filter already adds up all its members
    if plan.top_n and plan.group_by:
        if all(m in ADDITIVE for m in plan.metrics):
            return plan.model_copy(update={"combined": True})
        issue = Issue.said("together_not_additive", "issue_together_not_additive")
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})
    # nothing to add up ("Welche Produkte kaufen Kunden zusammen?"): the word is never dropped
    issue = Issue.said("together_of_what", "issue_together_of_what")
    options = (say("together_bought_option", plan.language),)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": options})
