"""Answers that are not a metric table: one customer, customers at risk, a segmentation, a persona and
the whole-table analyses (cohorts, funnel, importance × satisfaction, value by channel, LTV formula), each
registered for its metric with ``@table_answer`` (insight.query.table_answers)."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError, MissingDataError, MissingInputError
from insight.language import Language
from insight.measures import METHODS as MEASURE_METHODS
from insight.measures.table import MeasuresResult
from insight.messages import say
from insight.query import render
from insight.query.frames import clv_table, customer_values, segment_attributes
from insight.query.plan import QueryPlan
from insight.query.table_answers import table_answer
from insight.segments import SEGMENT_COLUMNS
from insight.semantic import SEMANTIC_MODEL



def lookup_customer(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.metrics.customer_table import customer_table

    lang = plan.language
    cid = plan.customer_id
    table = customer_table(ds)
    dtype = table.schema["customer_id"]
    try:
        key = pl.Series([cid]).cast(dtype)
    except Exception:  # noqa: BLE001 - an id of the wrong type simply is not there
        key = pl.Series([None], dtype=dtype)
    row = table.filter(pl.col("customer_id").is_in(key.implode()))
    if row.height == 0:
        raise MissingDataError(f"customer {cid} has no orders in the data up to {ds.as_of.isoformat()}")
    cols = ["customer_id", "revenue", "orders", "aov", "first_order", "last_order", "recency_days",
            "tenure_months", "customer_capital"]
    row = row.select([c for c in cols if c in row.columns])
    segs = segment_attributes(ds, ["rfm_segment", "abc_class"])
    if segs is not None:
        row = row.join(segs.with_columns(pl.col("customer_id").cast(dtype)), on="customer_id", how="left")
    try:
        clv = clv_table(ds).select("customer_id", "clv", "p_alive", "churn_risk")
        row = row.join(clv, on="customer_id", how="left")
    except InsightError:
        pass
    r = row.row(0, named=True)
    seg = render.value_label("rfm_segment", r.get("rfm_segment"), lang)
    text = say("specials_customer", lang, cid=cid, revenue=render.fmt_number(r["revenue"], "currency", lang, currency),
               orders=r["orders"], last_order=r["last_order"], segment=seg)
    if r.get("clv") is not None:
        text += say("specials_customer_clv", lang, clv=render.fmt_number(r["clv"], "currency", lang, currency))
    return row, text + "."


def at_risk(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customers with churn risk ≥ 50 %, most valuable (revenue so far) first."""
    lang = plan.language
    table = customer_values(ds, ["customer_capital"], plan.filters, plan.window, [])
    from insight.metrics.customer_table import customer_table

    revenue = customer_table(ds).select("customer_id", "revenue")
    clv = clv_table(ds).select("customer_id", "churn_risk", "p_alive", "clv")
    frame = table.select("customer_id").join(revenue, on="customer_id").join(clv, on="customer_id")
    if plan.order is not None:  # "the 10 customers with the highest (lowest) churn risk": ranked by the risk itself
        high = plan.order == "desc"
        frame = frame.sort(["churn_risk", "revenue", "customer_id"], descending=[high, True, False], nulls_last=True)
        frame = frame.head(plan.top_n or 10).select("customer_id", "churn_risk", "p_alive", "revenue", "clv")
        return frame, say("specials_risk_highest" if high else "specials_risk_lowest", lang, shown=frame.height)
    frame = frame.filter(pl.col("churn_risk") >= 0.5).sort(["revenue", "customer_id"], descending=[True, False])
    total = frame.height
    frame = frame.head(plan.top_n or 10).select("customer_id", "churn_risk", "p_alive", "revenue", "clv")
    return frame, say("specials_at_risk", lang, total=total, shown=frame.height)


def inactive(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customers whose last order lies before ``plan.population.inactive_since``, most revenue first: the ones worth a
    win-back call. Their churn risk stands beside them when the model can be fitted."""
    from insight.metrics.customer_table import customer_table
    from insight.query.frames import customers_inactive_since

    lang = plan.language
    since = plan.population.inactive_since
    assert since is not None
    only = customers_inactive_since(ds, plan.filters, since)
    table = customer_table(ds)
    ids = pl.Series(list(only.values)).cast(table.schema["customer_id"], strict=False)
    frame = (table.filter(pl.col("customer_id").is_in(ids.implode()))
             .select("customer_id", "last_order", "recency_days", "orders", "revenue")
             .sort(["revenue", "customer_id"], descending=[True, False]))
    total = frame.height
    frame = frame.head(plan.top_n or 10)
    try:
        frame = frame.join(clv_table(ds).select("customer_id", "churn_risk"), on="customer_id", how="left")
    except InsightError:
        pass  # too little data for the model: the list stands without the risk
    day = since.isoformat()
    text = (say("specials_inactive", lang, total=render.fmt_number(total, "count", lang), day=day)
            + (say("specials_inactive_listed", lang, shown=frame.height) if total else "."))
    return frame, text


def describe_segment(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    lang = plan.language
    method = plan.segment_method or "rfm"
    if method == "persona":
        from insight.segments.persona import personas

        by = {v: k for k, v in SEGMENT_COLUMNS.items()}.get(plan.group_by[0]) if plan.group_by else None
        found = personas(ds, lang, by or "cluster", top=plan.top_n or 1)  # "Personas der Top-3-Segmente"
        if len(found) == 1:
            return found[0].table, found[0].text
        rows = [{"segment": p.segment if lang == "en" else p.segment_de,
                 **{k: v if isinstance(v, (int, float)) else str(v) for k, v in p.attributes.items()}} for p in found]
        return pl.DataFrame(rows, infer_schema_length=None), " ".join(p.text for p in found)
    from insight.analyses.profile import segment_profile

    if ds.order_lines.height == 0:  # a bank's or a CRM's customers table: no recency, frequency or revenue
        name = {"rfm": "RFM", "abc": "ABC", "cluster": "Cluster", "portfolio": "Portfolio"}.get(method, method)
        raise MissingInputError(f"{name} segments need order lines (customer, date, amount), and this data is a "
                               "customers table without orders")
    column = SEGMENT_COLUMNS[method]
    # the one profile every method shares (size, value, loyalty, every attribute), not only counts
    frame = segment_profile(ds, method).rename({"segment": column}).drop("segment_de")
    asked = [str(v) for f in plan.filters if f.dimension == column and f.op == "in" for v in f.values]
    segments = frame.height
    if asked:
        frame = frame.filter(pl.col(column).cast(pl.String).is_in(asked))
    top = frame.row(0, named=True) if frame.height else None
    name = {"rfm": "RFM", "abc": "ABC", "cluster": "Cluster", "portfolio": "Portfolio"}[method]
    if top is None:
        return frame, say("specials_segment_empty", lang)
    label = render.value_label(column, top[column], lang)
    share = render.fmt_number(top["revenue_share"], "fraction", lang)
    if asked and frame.height == 1:
        text = _segment_sentence(top, label, lang, currency)
    else:
        text = say("specials_segmentation", lang, name=name, segments=segments, label=label,
                   customers=render.fmt_number(top["customers"], "count", lang), share=share)
    if method == "cluster":
        from insight.segments.cluster import cluster_segments

        result = cluster_segments(ds)
        text += say("specials_cluster_k", lang, k=result.k,
                    silhouette=render.fmt_number(result.silhouette, "number", lang))
    return frame, text


def _segment_sentence(row: dict, label: str, lang: Language, currency: str) -> str:
    """One segment's profile in a sentence: size, value, loyalty (the table holds every attribute)."""
    num = lambda v, unit: render.fmt_number(v, unit, lang, currency) if v is not None else "–"  # noqa: E731
    return say("specials_segment_profile", lang, label=label, customers=num(row["customers"], "count"),
               customer_share=num(row["customer_share"], "fraction"), revenue_share=num(row["revenue_share"], "fraction"),
               revenue=num(row["mean_revenue"], "currency"), orders=num(row["mean_orders"], "number"),
               clv=num(row["mean_clv"], "currency"), retention=num(row["retention_rate"], "fraction"),
               risk=num(row["mean_churn_risk"], "fraction"))


_MEASURE_METHOD = {column: method for method, column in SEGMENT_COLUMNS.items() if method in MEASURE_METHODS}
_INVEST = ("bind_and_reward", "win_back", "develop")


def _measure_table(ds: Dataset, plan: QueryPlan) -> tuple[MeasuresResult, str, pl.DataFrame]:
    """The measure catalogue (insight.measures) for the plan's segment grouping (portfolio by default)."""
    from insight.measures import measures

    groups = [g for g in plan.group_by if g != "customer_id"]  # "Welche Kunden …?" asks for the list itself
    method = _MEASURE_METHOD.get(groups[0]) if groups else None
    if groups and method is None:
        raise MissingDataError(f"measures are given per segment (RFM, ABC, portfolio), not per "
                               f"'{groups[0]}'")
    method = method or "portfolio"
    result = measures(ds, method, plan.language)
    key = {v: k for k, v in _MEASURE_METHOD.items()}[method]  # the segment column under its dimension's name
    return result, key, result.table.rename({"segment": key})


@table_answer("measures")
def _measures(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Measures per segment, the one with the most money at stake named."""
    lang = plan.language
    _, key, table = _measure_table(ds, plan)
    frame = table.select(key, "customers", "revenue_share", "mean_clv", "value_at_risk", "measure",
                         "measure_label", "money_at_stake", "rule")
    top = frame.sort("money_at_stake", descending=True, nulls_last=True).row(0, named=True)
    return frame, say("specials_measures", lang, segments=frame.height, segment=top[key],
                      measure=top["measure_label"],
                      money=render.fmt_number(top["money_at_stake"], "currency", lang, currency))


@table_answer("invest_in")
def _invest_in(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Where to invest: the segments whose measure binds, wins back or develops, most money at stake first."""
    lang = plan.language
    _, key, table = _measure_table(ds, plan)
    frame = (table.filter(pl.col("measure").is_in(_INVEST))
             .select(key, "customers", "mean_clv", "value_at_risk", "measure", "measure_label",
                     "money_at_stake", "spending_ceiling")
             .sort("money_at_stake", descending=True, nulls_last=True))
    if not frame.height:
        return frame, say("specials_invest_none", lang)
    top = frame.row(0, named=True)
    return frame, say("specials_invest", lang, segment=top[key], customers=top["customers"],
                      measure=top["measure_label"],
                      money=render.fmt_number(top["money_at_stake"], "currency", lang, currency))


@table_answer("let_go")
def _let_go(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Whom to let go: the customers of the reprice-or-let-go measure, else the unprofitable ones."""
    from insight.measures import customer_list
    from insight.metrics.payback import unprofitable_customers

    result, _, table = _measure_table(ds, plan)
    if "reprice_or_let_go" in table.get_column("measure").to_list():
        frame = customer_list(result, "reprice_or_let_go")
        return frame, say("specials_let_go", plan.language, customers=frame.height)
    frame = unprofitable_customers(ds)
    return frame, say("specials_let_go_none", plan.language, customers=frame.height)


@table_answer("cohort_retention")
def _cohort_retention(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.metrics.cohorts import cohort_retention

    frame = cohort_retention(ds)
    month1 = frame.filter(pl.col("period") == 1).get_column("share").mean()
    n = frame.get_column("cohort").n_unique()
    return frame, say("specials_cohorts", plan.language, cohorts=n,
                      share=render.fmt_number(month1, "fraction", plan.language))


@table_answer("funnel")
def _funnel(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.metrics.funnel import funnel

    from insight.query.funnel_rate import one_stage, stage_pair

    frame = funnel(ds).drop("stage_de")
    pair = stage_pair(plan)
    if pair is not None:  # "Konversionsrate Lead zu Kunde": the rate between the two stages named
        counts = dict(zip(frame.get_column("stage").to_list(), frame.get_column("count").to_list()))
        start, reached = counts[pair[0]], counts[pair[1]]
        rate = reached / start if start else None
        row = pl.DataFrame({"from_stage": [pair[0]], "to_stage": [pair[1]], "from_count": [start],
                            "to_count": [reached], "conversion_rate": [rate]},
                           schema={"from_stage": pl.String, "to_stage": pl.String, "from_count": pl.Int64,
                                   "to_count": pl.Int64, "conversion_rate": pl.Float64})
        lang = plan.language
        return row, say("specials_funnel_between", lang, first=render.value_label("stage", pair[0], lang),
                        last=render.value_label("stage", pair[1], lang),
                        share=render.fmt_number(rate, "fraction", lang))
    stage = one_stage(plan)
    if stage is not None:  # "How many leads are in the funnel?": that stage's row, one figure (at it now, reached it)
        at_stage = frame.filter(pl.col("stage") == stage)
        lang = plan.language
        first = at_stage.row(0, named=True) if at_stage.height else {"current": 0, "count": 0}
        # metrics.md: the funnel counts per status, so the figure asked for is who stands at the stage now
        row = at_stage.select("stage", pl.col("current").alias("count"), pl.col("count").alias("reached"))
        label = render.value_label("stage", stage, lang)
        return row, say("specials_funnel_stage", lang, stage=label[:1].upper() + label[1:],
                        current=render.fmt_number(first["current"], "count", lang),
                        reached=render.fmt_number(first["count"], "count", lang))
    overall = frame.get_column("overall_rate")[-1] if frame.height else None
    return frame, say("specials_funnel", plan.language, share=render.fmt_number(overall, "fraction", plan.language))


@table_answer("importance_satisfaction")
def _importance_satisfaction(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.analyses.survey import importance_satisfaction

    lang = plan.language
    frame = importance_satisfaction(ds)
    focus = frame.filter(pl.col("quadrant") == "concentrate here").get_column("aspect").to_list()
    frame = frame.drop("quadrant_de") if "quadrant_de" in frame.columns else frame
    names = ", ".join(render.value_label("aspect", a, lang) for a in focus) or "–"
    named = [f for f in plan.filters if f.dimension == "aspect"]
    if named or plan.top_n:  # "Wie wichtig ist den Kunden die Lieferung?": the rows of the aspects named
        for f in named:
            wanted = pl.col("aspect").cast(pl.String).str.to_lowercase().is_in([str(v).lower() for v in f.values])
            frame = frame.filter(~wanted if f.op == "not_in" else wanted)
        if plan.top_n:  # "Welcher Aspekt ist am wichtigsten?": the aspects ranked by the table's ranking column
            column = SEMANTIC_MODEL.metrics[plan.metrics[0]].ranked_by
            frame = frame.sort(column, descending=plan.order != "asc", nulls_last=True).head(plan.top_n)
        if frame.height == 1:
            row = frame.row(0, named=True)
            return frame, say("specials_importance_of_aspect", lang,
                              aspect=render.value_label("aspect", row["aspect"], lang),
                              importance=render.fmt_number(row["importance"], "score", lang),
                              satisfaction=render.fmt_number(row["satisfaction"], "score", lang))
    return frame, say("specials_importance_satisfaction", lang, aspects=names)


@table_answer("ltv_by_channel")
def _ltv_by_channel(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.analyses.value import ltv_by_channel

    lang = plan.language
    frame = ltv_by_channel(ds)
    top = frame.row(0, named=True) if frame.height else None
    text = say("specials_ltv_by_channel", lang, channel=top["acquisition_channel"],
               clv=render.fmt_number(top["mean_clv"], "currency", lang, currency)) if top else ""
    return frame, text


@table_answer("acquisition_payback")
def _acquisition_payback(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.metrics.payback import payback_by_channel

    lang = plan.language
    by: str | None = plan.group_by[0] if plan.group_by else "acquisition_channel"
    if by == "acquisition_channel" and by not in ds.customers.columns:
        by = None  # no channel column: the payback overall, which the table shows as such
    frame = payback_by_channel(ds, by)  # any other grouping is honoured or refused, never dropped
    open_, gap = int(frame.get_column("not_paid_back").sum()), frame.get_column("payback_gap").sum()
    return frame, say("specials_payback", lang, customers=open_, gap=render.fmt_number(gap, "currency", lang, currency))


@table_answer("unprofitable_customers")
def _unprofitable(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.metrics.payback import unprofitable_customers, unprofitable_summary

    lang = plan.language
    if plan.group_by and plan.group_by[0] != "customer_id":
        frame = unprofitable_summary(ds, plan.group_by[0])
        count, loss = int(frame.get_column("unprofitable").sum()), frame.get_column("loss").sum()
        return frame, say("specials_unprofitable_by", lang, customers=count,
                          dimension=render.dim_label(plan.group_by[0], lang),
                          loss=render.fmt_number(loss, "currency", lang, currency))
    frame = unprofitable_customers(ds)
    loss = frame.get_column("loss").sum()
    return frame, say("specials_unprofitable", lang, customers=frame.height,
                      loss=render.fmt_number(loss, "currency", lang, currency))


@table_answer("ltv_formula")
def _ltv_formula(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    from insight.analyses.ltv import ltv_result

    lang = plan.language
    by = plan.group_by[0] if plan.group_by else None
    set_ = dict(plan.components)  # user-set S, C, P, t
    result = ltv_result(ds, by=by, unit=plan.component_unit, S=set_.get("S"), C=set_.get("C"), P=set_.get("P"),
                        t=set_.get("t"))
    frame = result.table.rename({"ltv": "ltv_formula"})
    if by:
        frame = frame.sort("ltv_formula", descending=True, nulls_last=True)
        text = say("specials_ltv_formula_by", lang, dimension=render.dim_label(by, lang))
    else:
        r = frame.row(0, named=True)
        text = (f"LTV = S × C × P × t = {render.fmt_number(r['S'], 'currency', lang, currency)} × "
                f"{render.fmt_number(r['C'], 'number', lang)} × {render.fmt_number(r['P'], 'number', lang)} × "
                f"{render.fmt_number(r['t'], 'number', lang)} = {render.fmt_number(r['ltv_formula'], 'currency', lang, currency)}.")
    caveats = [n.text(lang) for n in result.notes if n.kind != "margin"]  # the margin note comes from notes.py
    return frame, " ".join([text, *caveats])


def _pct(value: float | None, lang: str) -> str:
    return render.fmt_number(value, "fraction", lang) if value is not None else "–"


def _analysis_scope(plan: QueryPlan) -> tuple[str | None, str]:
    """The analyses' grouping (never the customer list itself) and the window's lead-in ("Letztes Jahr (2024): ")."""
    by = plan.group_by[0] if plan.group_by and plan.group_by[0] != "customer_id" else None
    label_ = plan.window.label(plan.language) if not plan.window.is_all else ""
    return by, f"{label_[:1].upper()}{label_[1:]}: " if label_ else ""


@table_answer("referral_analysis")
def _referrals(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Referred against other customers: retention, expected relationship length, tenure, risk, CLV."""
    from insight.analyses.referrals import referral_comparison

    lang = plan.language
    frame = referral_comparison(ds)
    rows = {r["referred"]: r for r in frame.iter_rows(named=True)}
    ref, other = rows.get("referred", {}), rows.get("not referred", {})
    months = lambda v: render.fmt_number(v, "number", lang) if v is not None else "–"  # noqa: E731
    money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
    return frame, say("specials_referrals", lang, retention=_pct(ref.get("retention_rate"), lang),
                      retention_other=_pct(other.get("retention_rate"), lang),
                      lifetime=months(ref.get("expected_lifetime_months")),
                      lifetime_other=months(other.get("expected_lifetime_months")),
                      tenure=months(ref.get("mean_tenure_months")), tenure_other=months(other.get("mean_tenure_months")),
                      risk=_pct(ref.get("mean_churn_risk"), lang), risk_other=_pct(other.get("mean_churn_risk"), lang),
                      clv=money(ref.get("mean_clv")), clv_other=money(other.get("mean_clv")))


@table_answer("complaint_analysis")
def _complaints(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Complaint rate (per group when asked) and complainers' retention against the others, in the window."""
    from insight.analyses.interactions import complainer_comparison, complaint_rate

    lang = plan.language
    by, lead = _analysis_scope(plan)
    start, end = plan.window.start, plan.window.end  # a windowed table reads it on its own rows
    if by:
        frame = complaint_rate(ds, by, start, end)
        return frame, lead + say("specials_complaint_rate_by", lang, dimension=render.dim_label(by, lang))
    rate = complaint_rate(ds, None, start, end).row(0, named=True)["complaint_rate"]
    frame = complainer_comparison(ds, start, end)
    rows = {r["complained"]: r for r in frame.iter_rows(named=True)}
    yes, no = rows.get("complained", {}), rows.get("no complaint", {})
    return frame, lead + say("specials_complaints", lang, rate=_pct(rate, lang),
                             retention=_pct(yes.get("retention_rate"), lang),
                             retention_other=_pct(no.get("retention_rate"), lang))


@table_answer("complaint_share")
def _complaint_rate(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """'Wie hoch ist die Beschwerdequote?': the share of customers who complained in the window, one row (the rate
    first, the customers and complainers it is made of beside it); per group when grouped."""
    from insight.analyses.interactions import complaint_rate

    lang = plan.language
    by, lead = _analysis_scope(plan)
    frame = complaint_rate(ds, by, plan.window.start, plan.window.end)
    keys = [by] if by else []
    frame = frame.select(*keys, "complaint_rate", *(c for c in frame.columns if c not in (*keys, "complaint_rate")))
    if by:
        return frame, lead + say("specials_complaint_rate_by", lang, dimension=render.dim_label(by, lang))
    row = frame.row(0, named=True) if frame.height else {}
    return frame, lead + say("specials_complaint_rate", lang, rate=_pct(row.get("complaint_rate"), lang),
                             complainers=render.fmt_number(row.get("complainers") or 0, "count", lang),
                             customers=render.fmt_number(row.get("customers") or 0, "count", lang))


@table_answer("interaction_analysis")
def _interactions(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Interactions per kind in the window; kinds named in the question are counted one by one."""
    from insight.analyses.interactions import interactions_by_kind

    lang = plan.language
    by, lead = _analysis_scope(plan)
    frame = interactions_by_kind(ds, None if by == "interaction_kind" else by, plan.window.start, plan.window.end)
    kinds = [str(v) for f in plan.filters if f.dimension == "interaction_kind" and f.op == "in" for v in f.values]
    if kinds:  # "Wie viele Beschwerden gab es?": the kinds named (read by meaning, as in response times)
        from insight.analyses.response_times import kind_expr

        frame = frame.filter(kind_expr("interaction_kind").is_in(kinds) | pl.col("interaction_kind").is_in(kinds))
        group = by if by in frame.columns and by != "interaction_kind" else None
        if group is None and by != "interaction_kind" and frame.height > 1:
            from insight.analyses.interactions import interactions_of_kinds  # one kind asked, several spellings

            frame = interactions_of_kinds(ds, kinds, plan.window.start, plan.window.end)
        parts = [say("specials_interaction_count", lang,
                     group=f"{render.value_label(group, r[group], lang)} " if group else "",
                     kind=render.value_label("interaction_kind", r["interaction_kind"], lang),
                     interactions=render.fmt_number(r["interactions"], "count", lang),
                     customers=render.fmt_number(r["customers"], "count", lang))
                 for r in frame.iter_rows(named=True)]
        return frame, lead + say("specials_interactions_named", lang, parts="; ".join(parts) or "–")
    total = render.fmt_number(int(frame.get_column("interactions").sum()), "count", lang)
    return frame, lead + say("specials_interactions", lang, total=total)


@table_answer("satisfaction_behaviour")
def _satisfaction_behaviour(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Satisfaction per group, or of the customers who stayed against those who left."""
    from insight.analyses.satisfaction import satisfaction_by, satisfaction_by_outcome

    lang = plan.language
    by, _ = _analysis_scope(plan)
    if by:
        return satisfaction_by(ds, by), say("specials_satisfaction_by", lang, dimension=render.dim_label(by, lang))
    frame = satisfaction_by_outcome(ds)
    rows = {r["outcome"]: r for r in frame.iter_rows(named=True)}
    stay, left = rows.get("stayed", {}), rows.get("churned", {})
    num = lambda v: render.fmt_number(v, "number", lang) if v is not None else "–"  # noqa: E731
    return frame, say("specials_satisfaction_outcome", lang, stayed=num(stay.get("csat")), churned=num(left.get("csat")))


@table_answer("value_by_tenure_band")
def _value_by_band(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customer value by tenure band (default), age band or any other customer attribute."""
    from insight.analyses.bands import value_by_band
    from insight.analyses.groups import compare_by

    by, _ = _analysis_scope(plan)
    band = by or "tenure_band"
    frame = value_by_band(ds, band) if band in ("tenure_band", "age_band") else compare_by(ds, band)
    return frame, say("specials_value_by", plan.language, dimension=render.dim_label(band, plan.language))


@table_answer("bought_together")
def _bought_together(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Products bought together; a product_id filter keeps the pairs with that product (it first)."""
    from insight.metrics.products import bought_together

    lang = plan.language
    wanted = [v for f in plan.filters if f.dimension == "product_id" and f.op == "in" for v in f.values]
    product = str(wanted[0]) if wanted else None
    frame = bought_together(ds, top=plan.top_n or 20, product=product)
    if frame.height == 0:
        return frame, say("specials_no_pairs", lang)
    def pair(r: dict) -> str:
        if r.get("description") and r.get("other_description"):
            return f"{r['description']} ({r['product_id']}) + {r['other_description']} ({r['other_product_id']})"
        return f"{r['product_id']} + {r['other_product_id']}"

    r = frame.row(0, named=True)
    num = lambda v: render.fmt_number(v, "number", lang)  # noqa: E731
    head = say("specials_bought_with", lang, product=product) if product else say("specials_bought_most", lang)
    text = say("specials_bought_together", lang, head=head, pair=pair(r), orders=r["orders"],
               support=_pct(r["support"], lang), confidence=_pct(r["confidence"], lang), lift=num(r["lift"]))
    if r["lift"] < 1:  # frequent only because both are popular: name the first pair that is really linked
        linked = frame.filter(pl.col("lift") > 1)
        if linked.height:
            b = linked.row(0, named=True)
            text += say("specials_lift_below_one_linked", lang, pair=pair(b), lift=num(b["lift"]))
        else:
            text += say("specials_lift_below_one", lang)
    return frame, text


@table_answer("value_by_cohort")
def _value_by_cohort(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customer value by year (default) or quarter/month of first order."""
    from insight.analyses.cohorts import value_by_cohort

    lang = plan.language
    grain = next((g for g in plan.group_by if g in ("year", "quarter", "month")), None) or plan.grain or "year"
    frame = value_by_cohort(ds, grain)
    if frame.height == 0:
        return frame, say("specials_no_first_order", lang)
    best = frame.sort("mean_customer_value", descending=True, nulls_last=True).row(0, named=True)
    money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
    return frame, say("specials_value_by_cohort", lang, grain=say(f"specials_grain_{grain}", lang), cohort=best["cohort"],
                      value=money(best["mean_customer_value"]), capital=money(best["mean_customer_capital"]),
                      clv=money(best["mean_clv"]))


@table_answer("value_by_period")
def _value_by_period(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customer capital earned per quarter (default), year or month (insight.analyses.cohorts.value_by_period)."""
    from insight.analyses.cohorts import value_by_period

    lang = plan.language
    grain = next((g for g in plan.group_by if g in ("year", "quarter", "month")), None) or plan.grain or "quarter"
    frame = value_by_period(ds, grain)
    if frame.height == 0:
        return frame, say("specials_no_customer_orders", lang)
    best = frame.sort("customer_capital_added", descending=True).row(0, named=True)
    last = frame.row(-1, named=True)
    money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
    return frame, say("specials_value_by_period", lang, grain=say(f"specials_grain_{grain}", lang),
                      best=best["period"], best_value=money(best["customer_capital_added"]), last=last["period"],
                      total=money(last["cumulative_customer_capital"]))
