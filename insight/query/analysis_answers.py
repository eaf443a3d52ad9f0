"""Ask answers for the seed analyses of issue 14 that have their own table: top referrers
(insight.analyses.referrals.referrers) and response times (insight.analyses.response_times)."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.query import render
from insight.query.plan import QueryPlan

METRICS = ("top_referrers", "response_time", "complaint_response_outcome")
KIND_DE = {"call": "Anrufe", "email": "E-Mails", "complaint": "Beschwerden", "visit": "Besuche"}
KIND_EN = {"call": "calls", "email": "e-mails", "complaint": "complaints", "visit": "visits"}


def _hours(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    unit = "Std." if lang == "de" else "h"
    return f"{render.fmt_number(value, 'number', lang)} {unit}"


def _pct(value: float | None, lang: str) -> str:
    return render.fmt_number(value, "fraction", lang) if value is not None else "–"


def answer(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """The table and one-sentence answer for a metric of ``METRICS``."""
    lang, metric = plan.language, plan.metrics[0]
    de = lang == "de"
    if metric == "top_referrers":
        from insight.analyses.referrals import referrers

        frame = referrers(ds).head(plan.top_n or 10)
        if frame.height == 0:
            return frame, ("Niemand hat bisher Kunden geworben." if de else "Nobody has referred customers yet.")
        r = frame.row(0, named=True)
        who = f"{r.get('referrer_name')} ({r['referrer_id']})" if r.get("referrer_name") else str(r["referrer_id"])
        money = render.fmt_number(r["referred_revenue"], "currency", lang, currency)
        text = (f"Die meisten Kunden hat {who} geworben: {r['referred_customers']} Kunden mit zusammen {money} "
                f"Umsatz; die {frame.height} besten Werber." if de else
                f"{who} referred the most customers: {r['referred_customers']}, with {money} revenue in all; "
                f"the top {frame.height} referrers.")
        return frame, text
    from insight.analyses.response_times import complaint_response_by_outcome, response_times

    if metric == "complaint_response_outcome":
        frame = complaint_response_by_outcome(ds)
        rows = {r["outcome"]: r for r in frame.iter_rows(named=True)}
        stay, left = rows.get("stayed", {}), rows.get("churned", {})
        text = (f"Beschwerden von Kunden, die im Jahr danach wieder kauften: Median {_hours(stay.get('median_hours'), lang)}"
                f" bis zur Antwort, {_pct(stay.get('within_share'), lang)} binnen 48 Std.; von abgewanderten: "
                f"{_hours(left.get('median_hours'), lang)}, {_pct(left.get('within_share'), lang)}." if de else
                f"Complaints of customers who bought again within a year: median {_hours(stay.get('median_hours'), lang)}"
                f" to the answer, {_pct(stay.get('within_share'), lang)} within 48 h; of those who churned: "
                f"{_hours(left.get('median_hours'), lang)}, {_pct(left.get('within_share'), lang)}.")
        return frame, text
    by = plan.group_by[0] if plan.group_by and plan.group_by[0] != "customer_id" else "interaction_kind"
    frame = response_times(ds, by)
    if by == "interaction_kind":
        names = KIND_DE if de else KIND_EN
        parts = [f"{names.get(r['interaction_kind'], r['interaction_kind'])} {_hours(r['median_hours'], lang)}"
                 for r in frame.iter_rows(named=True) if r["median_hours"] is not None]
        head = "Mediane Reaktionszeit" if de else "Median response time"
    else:
        label = render.dim_label(by, lang)
        parts = [f"{render.value_label(by, r[by], lang)} {_hours(r['median_hours'], lang)}"
                 for r in frame.iter_rows(named=True) if r["median_hours"] is not None]
        head = f"Mediane Reaktionszeit je {label}" if de else f"Median response time by {label}"
    return frame, f"{head}: {', '.join(parts) or '–'}".rstrip(".") + "."
