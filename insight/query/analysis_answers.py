"""Ask answers for the seed analyses of issue 14 that have their own table: top referrers
(insight.analyses.referrals.referrers), response times (insight.analyses.response_times) and the loyalty KPIs,
each registered for its metric with ``@table_answer``."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.language import Language
from insight.messages import say
from insight.query import render
from insight.query.plan import QueryPlan
from insight.query.table_answers import table_answer

KIND_DE = {"call": "Anrufe", "email": "E-Mails", "complaint": "Beschwerden", "visit": "Besuche"}
KIND_EN = {"call": "calls", "email": "e-mails", "complaint": "complaints", "visit": "visits"}
KINDS: dict[Language, dict[str, str]] = {"de": KIND_DE, "en": KIND_EN}


def _hours(value: float | None, lang: Language) -> str:
    if value is None:
        return "–"
    return say("answers_hours", lang, hours=render.fmt_number(value, "number", lang))


def _pct(value: float | None, lang: str) -> str:
    return render.fmt_number(value, "fraction", lang) if value is not None else "–"


@table_answer("top_referrers")
def _top_referrers(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """The customers who brought the most referred customers (and their revenue)."""
    from insight.analyses.referrals import referrers

    lang = plan.language
    frame = referrers(ds).head(plan.top_n or 10)
    if frame.height == 0:
        return frame, say("answers_no_referrers", lang)
    r = frame.row(0, named=True)
    who = f"{r.get('referrer_name')} ({r['referrer_id']})" if r.get("referrer_name") else str(r["referrer_id"])
    money = render.fmt_number(r["referred_revenue"], "currency", lang, currency)
    return frame, say("answers_top_referrers", lang, who=who, customers=r["referred_customers"], revenue=money,
                      shown=frame.height)


@table_answer("loyalty_kpis")
def _loyalty_kpis(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    return _kpis(ds, plan.language, currency)


@table_answer("complaint_response_outcome")
def _complaint_response_outcome(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Response times to complaints of customers who stayed against those who left."""
    from insight.analyses.response_times import complaint_response_by_outcome

    lang = plan.language
    frame = complaint_response_by_outcome(ds)
    rows = {r["outcome"]: r for r in frame.iter_rows(named=True)}
    stay, left = rows.get("stayed", {}), rows.get("churned", {})
    return frame, say("answers_complaint_response_outcome", lang,
                      stayed_hours=_hours(stay.get("median_hours"), lang),
                      stayed_within=_pct(stay.get("within_share"), lang),
                      churned_hours=_hours(left.get("median_hours"), lang),
                      churned_within=_pct(left.get("within_share"), lang))


@table_answer("response_time")
def _response_time_answer(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    return _response_time(ds, plan)


def _kpis(ds: Dataset, lang: Language, currency: str) -> tuple[pl.DataFrame, str]:
    """The KPI list of ``insight kpis`` (insight.analyses.kpis): each KPI with its value, period and status."""
    from insight.analyses.kpis import kpi_list

    kpis = kpi_list(ds, lang)
    frame = pl.DataFrame({"kpi": [k.name for k in kpis.kpis], "label": [k.label for k in kpis.kpis],
                          "value": [None if k.value is None else float(k.value) for k in kpis.kpis],
                          "unit": [k.unit for k in kpis.kpis], "period": [k.period for k in kpis.kpis],
                          "status": [k.status(lang) for k in kpis.kpis]},
                         schema={"kpi": pl.String, "label": pl.String, "value": pl.Float64, "unit": pl.String,
                                 "period": pl.String, "status": pl.String})
    shown = [f"{k.label} {render.fmt_number(k.value, k.unit, lang, currency) if k.value is not None else '–'} "
             f"({k.period})" for k in kpis.kpis[:5]]
    return frame, say("answers_loyalty_kpis", lang, kpis="; ".join(shown))


def _kinds(plan: QueryPlan) -> tuple[str, ...] | None:
    """The interaction kinds the question restricted the response time to ("auf Beschwerden"), or None."""
    kinds = [str(v) for f in plan.filters if f.dimension == "interaction_kind" and f.op == "in" for v in f.values]
    return tuple(kinds) or None


def _response_time(ds: Dataset, plan: QueryPlan) -> tuple[pl.DataFrame, str]:
    from insight.analyses.response_times import response_times

    lang = plan.language
    names = KINDS[lang]
    by = plan.group_by[0] if plan.group_by and plan.group_by[0] != "customer_id" else "interaction_kind"
    kinds = _kinds(plan)
    frame = response_times(ds, by, kinds=kinds, start=plan.window.start, end=plan.window.end)  # requests in it
    of = ""
    if kinds:
        asked = ", ".join(names.get(k, render.value_label("interaction_kind", k, lang)) for k in kinds)
        of = say("answers_response_to", lang, kinds=asked)
    if not plan.window.is_all and plan.window.label(lang) and "(" not in plan.window.label(lang):
        of += f" ({plan.window.label(lang)})"
    elif not plan.window.is_all and plan.window.label(lang):
        of += f", {plan.window.label(lang)}"  # "letztes Quartal (Q2 2025)": no parentheses in parentheses
    if kinds and by == "interaction_kind" and frame.height == 1:
        r = frame.row(0, named=True)
        count = render.fmt_number(r["requests"], "count", lang)
        return frame, say("answers_response_time", lang, of=of, median=_hours(r["median_hours"], lang),
                          mean=_hours(r["mean_hours"], lang), within=_pct(r["within_share"], lang),
                          hours=render.fmt_number(r["within_hours"], "count", lang),
                          answered=_pct(r["answered_share"], lang), requests=count)
    if by == "interaction_kind":
        parts = [f"{names.get(r[by], render.value_label(by, r[by], lang))} {_hours(r['median_hours'], lang)}"
                 for r in frame.iter_rows(named=True) if r["median_hours"] is not None]
        head = say("answers_median_response_time", lang, of=of)
    else:
        label = render.dim_label(by, lang)
        parts = [f"{render.value_label(by, r[by], lang)} {_hours(r['median_hours'], lang)}"
                 for r in frame.iter_rows(named=True) if r["median_hours"] is not None]
        head = say("answers_median_response_time_by", lang, of=of, dimension=label)
    return frame, f"{head}: {', '.join(parts) or '–'}".rstrip(".") + "."
