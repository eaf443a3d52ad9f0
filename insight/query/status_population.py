"""Customers defined by the status of their orders (docs/ask.md, "Populations by a status").

"Wie viele Kunden hatten 2024 einen stornierten Auftrag?" asks for the customers with at least one cancelled
order in the window (under the filters) — a population, never all customers of the window with the cancelled
orders beside them. Counted directly from the cancelled lines (a customer whose only order was cancelled counts
too); as the population of another figure, a customer-id filter. "ohne stornierten Auftrag" is the customers of
the window without one.
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.query.plan import Filter, TimeWindow


def _cancelled_ids(ds: Dataset, filters: Sequence[Filter], window: TimeWindow) -> pl.Series:
    from insight.query.client_frames import cancelled_frame

    own = [f for f in filters if f.dimension != "customer_id"]
    return cancelled_frame(ds, ["customer_id"], own, window).get_column("customer_id").drop_nulls()


def customers_with_cancelled(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, has: bool) -> Filter:
    """customer_id in (not in) the customers with a cancelled order in the window under the filters."""
    ids = _cancelled_ids(ds, filters, window)
    nobody = "" if ids.dtype == pl.String else -1
    values = tuple(ids.sort().to_list()) or (nobody,)
    return Filter(dimension="customer_id", op="in" if has else "not_in", values=values)


def cancelled_customers_frame(
    ds: Dataset, keys: Sequence[str], filters: Sequence[Filter], window: TimeWindow, has: bool
) -> pl.DataFrame:
    """The number of customers with (without) a cancelled order, by the keys."""
    if not has:
        from insight.query.frames import line_frame

        restricted = [*filters, customers_with_cancelled(ds, filters, window, False)]
        return line_frame(ds, ["customers"], list(keys), restricted, window)
    from insight.query.client_frames import cancelled_frame

    lines = cancelled_frame(ds, [*keys, "customer_id"], filters, window).filter(pl.col("customer_id").is_not_null())
    if not keys:
        return pl.DataFrame({"customers": [lines.height]}, schema={"customers": pl.Int64})
    return lines.group_by(list(keys)).agg(customers=pl.len().cast(pl.Int64))


_CANCELLED_METRICS = ("cancelled_orders", "cancelled_lines")
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
        or not set(plan.metrics) & set(_CANCELLED_METRICS)
        or plan.population.cancelled is not None
    ):
        return None
    at = next(
        (m.start for m in mentions if any(s.kind == "metric" and s.name in _CANCELLED_METRICS for s in m.senses)), None
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
    metrics = tuple(m for m in plan.metrics if m not in _CANCELLED_METRICS) or ("customers",)
    return plan.model_copy(update={"metrics": metrics}).restrict(cancelled=not negated)
