"""Which customers a question defines by the status of their orders (docs/ask.md, "Populations by a status"):
"Wie viele Kunden hatten 2024 einen stornierten Auftrag?", "customers with a cancelled order", "Kunden ohne
stornierten Auftrag". Planning only; status_population.py computes them."""

from __future__ import annotations

from insight.query.traits import cancelled_counts, headcount_metric


_RELATION = {
    "hatten",
    "hatte",
    "haben",
    "hat",
    "had",
    "have",
    "has",
    "with",
    "mit",
    "ohne",
    "without",
    "who",
    "die",
    "that",
    "welche",
    "which",
}
_SKIPPED = {
    "a",
    "an",
    "any",
    "one",
    "ein",
    "eine",
    "einen",
    "einem",
    "einer",
    "mindestens",
    "at",
    "least",
    "no",
    "kein",
    "keine",
    "keinen",
    "keinem",
    "not",
    "nicht",
    "never",
    "nie",
    "did",
    "didnt",
}
_NEGATING = {"no", "kein", "keine", "keinen", "keinem", "not", "nicht", "never", "nie", "ohne", "without", "didnt"}
_CUSTOMER_NOUNS = {"kunden", "kunde", "customers", "customer", "clients", "client", "kundinnen"}


def cancelled_population(plan, tokens: list[str], mentions: list) -> object | None:
    """The plan restricted to the customers with (without) a cancelled order, where the question says which
    customers by a cancelled order ("Kunden, die einen stornierten Auftrag hatten", "customers with a cancelled
    order"); None where it does not (the cancelled orders are then counted as asked)."""
    if (
        plan.status != "ok"
        or plan.intent not in ("metric", "rank", "trend")
        or not set(plan.metrics) & cancelled_counts()
        or plan.population.cancelled is not None
    ):
        return None
    at = next(
        (m.start for m in mentions if any(s.kind == "metric" and s.name in cancelled_counts() for s in m.senses)), None
    )
    if at is None:
        return None
    i, negated = at - 1, False
    while i >= 0 and tokens[i] in _SKIPPED:
        negated = negated or tokens[i] in _NEGATING
        i -= 1
    if i < 0 or tokens[i] not in _RELATION or not _CUSTOMER_NOUNS & set(tokens[:i]):
        return None
    negated = negated or tokens[i] in ("ohne", "without")
    metrics = tuple(m for m in plan.metrics if m not in cancelled_counts()) or (headcount_metric(),)
    return plan.model_copy(update={"metrics": metrics}).restrict(cancelled=not negated)
