"""The customers acquired in a period: "lifetime revenue of the customers we acquired in 2010", "Umsatz der 2010
gewonnenen Kunden".

A verb of winning customers (acquired, won, gained, gewonnen, akquiriert) beside the customers and a window names a
cohort: the customers whose first order lies in that window. Their figure is taken in the window ("revenue of the
customers we acquired in 2010": their 2010 revenue); with a word of their whole relationship (lifetime, all-time,
ever, to date, bisher, insgesamt, seitdem) over all data up to the analysis date. Never all customers of the window.
"""

from __future__ import annotations

from collections.abc import Callable

from insight.query.plan import Filter, QueryPlan, TimeWindow
from insight.query import lazy_re

STEP = "cohort_population"
_ACQUIRED = lazy_re.compile(r"\b(?:acquired|acquire|won|gained|gewonnen\w*|hinzugewonnen\w*|akquiriert\w*|"
                       r"neugewonnen\w*)\b")
_LIFETIME = lazy_re.compile(r"\b(?:lifetime|all\s+time|all-time|ever|to\s+date|since\s+then|bisher|bislang|insgesamt|"
                       r"seitdem|seither|lebenszeit)\b")


def acquired_cohort(plan: QueryPlan, tokens: list[str], reading: list[tuple[str, str]], customer_word: bool,
                    restrictable: Callable[[QueryPlan], bool]) -> QueryPlan:
    """The plan restricted to the customers acquired in its window (their lifetime figure where asked)."""
    text = " ".join(tokens)
    if plan.status != "ok" or plan.window.is_all or not customer_word or not _ACQUIRED.search(text) or \
            plan.population.new or plan.population.cohort is not None:
        return plan
    lifetime = _LIFETIME.search(text) is not None
    # 'lifetime revenue': the word says over which time, so a metric it alone was read as (tenure) is dropped
    said = {role.split(":", 1)[1] for word, roles in reading if _LIFETIME.fullmatch(word)
            for role in roles.split(", ") if role.startswith("metric:")}
    metrics = tuple(m for m in plan.metrics if m not in said) or plan.metrics
    bare = plan.model_copy(update={"metrics": metrics})
    if not restrictable(bare):
        return plan
    if lifetime:
        return bare.restrict(cohort=plan.window).model_copy(update={"window": TimeWindow()})
    return bare.restrict(new=True)


NAMED_STEP = "named_cohort"


def named_cohort(plan: QueryPlan, reading: list[tuple[str, str]],
                 restrictable: Callable[[QueryPlan], bool]) -> QueryPlan:
    """"repeat rate for the march 1997 cohort", "Kunden der Kohorte Januar 1997": the cohort named with one
    calendar period is that period's cohort — the customers whose first order lies in it, their figure over all
    data up to the analysis date (a cohort's figure is its lifetime) — not every cohort's figure inside the period.
    "… by cohort" / "je Kohorte" stays a grouping."""
    if plan.status != "ok" or "cohort" not in plan.group_by or plan.window.kind not in ("year", "quarter", "month") \
            or plan.population.cohort is not None or plan.population.new:
        return plan
    at = next((i for i, (_w, roles) in enumerate(reading) if "dim:cohort" in roles.split(", ")), None)
    if at is None or (at > 0 and "kw:by" in reading[at - 1][1].split(", ")):
        return plan
    bare = plan.model_copy(update={"group_by": tuple(g for g in plan.group_by if g != "cohort"), "order": None})
    if not restrictable(bare):
        return plan
    return bare.restrict(cohort=plan.window).model_copy(update={"window": TimeWindow()})


PERIOD_STEP = "cohort_in_period"


def cohort_in_period(plan: QueryPlan, reading: list[tuple[str, str]], windows: list[TimeWindow],
                     period_based: Callable[[str], bool]) -> QueryPlan:
    """"Von der Januar-2024-Kohorte: wie viele haben im Februar 2024 wieder bestellt?": a rate between periods per
    cohort, with two months named, is the named cohort's row in the later month — the cohort named by the month that
    is not the rate's period (a monthly cohort), never every cohort's rate in that month."""
    if plan.status != "ok" or "cohort" not in plan.group_by or len(windows) != 2 or \
            not any(period_based(m) for m in plan.metrics) or any(f.dimension == "cohort" for f in plan.filters):
        return plan
    at = next((i for i, (_w, roles) in enumerate(reading) if "dim:cohort" in roles.split(", ")), None)
    if at is None or (at > 0 and "kw:by" in reading[at - 1][1].split(", ")):
        return plan
    named = [w for w in windows if w != plan.window]
    if len(named) != 1 or named[0].kind != "month" or named[0].start is None or plan.window.start is None \
            or named[0].start >= plan.window.start:
        return plan
    cohort = Filter(dimension="cohort", values=(f"{named[0].start:%Y-%m}",))
    return plan.model_copy(update={"filters": (*plan.filters, cohort)})


LATER_STEP = "cohort_later"
# a share of the cohort is asked ("wie viel Prozent", "what share"): left to the retention rules
_SHARE = lazy_re.compile(r"\b(?:prozent|percent|anteil|share|quote|rate|%)\b")


def cohort_in_a_later_period(plan: QueryPlan, windows: list[TimeWindow], reading: list[tuple[str, str]],
                             tokens: list[str]) -> QueryPlan:
    """"Wie viele Neukunden aus 2024 haben 2025 nochmal gekauft?", "Kohorte Dezember 2010: wie viele kauften im Januar
    2011?": how many of the customers of a cohort (the new customers, or the cohort word, of the earlier of two named
    periods) have an order in the later period — one count, never every cohort compared between the two periods nor
    the new customers of the later one."""
    if plan.status != "ok" or len(windows) != 2 or any(w.start is None or w.end is None for w in windows):
        return plan
    earlier, later = sorted(windows, key=lambda w: w.start)  # type: ignore[arg-type, return-value]
    if earlier.end > later.start or plan.population.cohort is not None:  # type: ignore[operator]
        return plan
    roles = [set(r.split(", ")) for _w, r in reading]
    # the cohort word, or the new customers with a word of buying again (read as retention: "nochmal gekauft",
    # "bought again"); "Neukunden 2010 und 2011" stays the new customers of both years
    cohort_word = any("dim:cohort" in r and not (i and "kw:by" in roles[i - 1]) for i, r in enumerate(roles))
    again = any("metric:new_customers" in r for r in roles) and any("metric:retention_rate" in r for r in roles)
    named = cohort_word or again
    if not named or not any("kw:count" in r for r in roles) or _SHARE.search(" ".join(tokens)) or plan.group_by \
            and set(plan.group_by) != {"cohort"}:
        return plan
    counted = plan.model_copy(update={"intent": "metric", "metrics": ("customers",), "group_by": (), "compare": None,
                                      "window": later, "top_n": None, "order": None, "period": None})
    return counted.restrict(cohort=earlier)
