"""Answers that are not a metric table: one customer, customers at risk, a segmentation, a persona and
the whole-table analyses (cohorts, funnel, importance × satisfaction, value by channel, LTV formula)."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError, MissingDataError
from insight.measures import METHODS as MEASURE_METHODS
from insight.query import render
from insight.query.frames import clv_table, customer_values, segment_attributes
from insight.query.plan import QueryPlan
from insight.segments import SEGMENT_COLUMNS



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
    if lang == "de":
        text = (f"Kunde {cid}: Umsatz {render.fmt_number(r['revenue'], 'currency', lang, currency)} aus "
                f"{r['orders']} Aufträgen, letzter Auftrag {r['last_order']}, RFM-Segment {seg}")
    else:
        text = (f"Customer {cid}: revenue {render.fmt_number(r['revenue'], 'currency', lang, currency)} from "
                f"{r['orders']} orders, last order {r['last_order']}, RFM segment {seg}")
    if r.get("clv") is not None:
        text += (f", prognostizierter Kundenwert {render.fmt_number(r['clv'], 'currency', lang, currency)}"
                 if lang == "de" else f", predicted CLV {render.fmt_number(r['clv'], 'currency', lang, currency)}")
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
        word = ("höchsten" if high else "niedrigsten") if lang == "de" else ("highest" if high else "lowest")
        text = (f"Die {frame.height} Kunden mit dem {word} Abwanderungsrisiko (1 − P(alive))." if lang == "de"
                else f"The {frame.height} customers with the {word} churn risk (1 − P(alive)).")
        return frame, text
    frame = frame.filter(pl.col("churn_risk") >= 0.5).sort(["revenue", "customer_id"], descending=[True, False])
    total = frame.height
    frame = frame.head(plan.top_n or 10).select("customer_id", "churn_risk", "p_alive", "revenue", "clv")
    if lang == "de":
        text = (f"{total} Kunden haben ein Abwanderungsrisiko von mindestens 50 %; die {frame.height} "
                f"umsatzstärksten davon stehen oben.")
    else:
        text = f"{total} customers have a churn risk of at least 50 %; the {frame.height} with the most revenue are listed."
    return frame, text


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
    if lang == "de":
        text = (f"{render.fmt_number(total, 'count', lang)} Kunden haben seit dem {day} nicht mehr bestellt"
                + (f"; die {frame.height} umsatzstärksten stehen oben." if total else "."))
    else:
        text = (f"{render.fmt_number(total, 'count', lang)} customers have not ordered since {day}"
                + (f"; the {frame.height} with the most revenue are listed." if total else "."))
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
        raise MissingDataError(f"{name} segments need order lines (customer, date, amount), and this data is a "
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
        return frame, ("Keine Kunden in diesem Segment." if lang == "de" else "No customers in this segment.")
    label = render.value_label(column, top[column], lang)
    share = render.fmt_number(top["revenue_share"], "fraction", lang)
    if asked and frame.height == 1:
        text = _segment_sentence(top, label, lang, currency)
    elif lang == "de":
        text = (f"{name}-Segmentierung: {segments} Segmente; das umsatzstärkste ist {label} mit "
                f"{render.fmt_number(top['customers'], 'count', lang)} Kunden und {share} des Umsatzes.")
    else:
        text = (f"{name} segmentation: {segments} segments; the largest by revenue is {label} with "
                f"{render.fmt_number(top['customers'], 'count', lang)} customers and {share} of revenue.")
    if method == "cluster":
        from insight.segments.cluster import cluster_segments

        result = cluster_segments(ds)
        text += (f" Anzahl Segmente gewählt nach Silhouette: {result.k} (Silhouette "
                 f"{render.fmt_number(result.silhouette, 'number', lang)})." if lang == "de" else
                 f" Number of segments chosen by silhouette: {result.k} (silhouette "
                 f"{render.fmt_number(result.silhouette, 'number', lang)}).")
    return frame, text


def _segment_sentence(row: dict, label: str, lang: str, currency: str) -> str:
    """One segment's profile in a sentence: size, value, loyalty (the table holds every attribute)."""
    num = lambda v, unit: render.fmt_number(v, unit, lang, currency) if v is not None else "–"  # noqa: E731
    if lang == "de":
        return (f"Profil von {label}: {num(row['customers'], 'count')} Kunden ({num(row['customer_share'], 'fraction')}), "
                f"{num(row['revenue_share'], 'fraction')} des Umsatzes, im Mittel {num(row['mean_revenue'], 'currency')} "
                f"Umsatz aus {num(row['mean_orders'], 'number')} Aufträgen, CLV {num(row['mean_clv'], 'currency')}; "
                f"Bindungsrate {num(row['retention_rate'], 'fraction')}, Abwanderungsrisiko "
                f"{num(row['mean_churn_risk'], 'fraction')}. Alle Merkmale in der Tabelle.")
    return (f"Profile of {label}: {num(row['customers'], 'count')} customers ({num(row['customer_share'], 'fraction')}), "
            f"{num(row['revenue_share'], 'fraction')} of revenue, on average {num(row['mean_revenue'], 'currency')} "
            f"revenue from {num(row['mean_orders'], 'number')} orders, CLV {num(row['mean_clv'], 'currency')}; "
            f"retention rate {num(row['retention_rate'], 'fraction')}, churn risk "
            f"{num(row['mean_churn_risk'], 'fraction')}. Every attribute is in the table.")


_MEASURE_METHOD = {column: method for method, column in SEGMENT_COLUMNS.items() if method in MEASURE_METHODS}
_INVEST = ("bind_and_reward", "win_back", "develop")


def decision_table(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Measures per segment, where to invest, whom to let go: the measure catalogue (insight.measures)."""
    from insight.measures import customer_list, measures

    lang = plan.language
    metric = plan.metrics[0]
    groups = [g for g in plan.group_by if g != "customer_id"]  # "Welche Kunden …?" asks for the list itself
    method = _MEASURE_METHOD.get(groups[0]) if groups else None
    if groups and method is None:
        raise MissingDataError(f"measures are given per segment (RFM, ABC, portfolio), not per "
                               f"'{groups[0]}'")
    method = method or "portfolio"
    result = measures(ds, method, lang)
    key = {v: k for k, v in _MEASURE_METHOD.items()}[method]  # the segment column under its dimension's name
    table = result.table.rename({"segment": key})
    money = lambda v: render.fmt_number(v, "currency", lang, currency)  # noqa: E731
    if metric == "measures":
        frame = table.select(key, "customers", "revenue_share", "mean_clv", "value_at_risk", "measure",
                             "measure_label", "money_at_stake", "rule")
        top = frame.sort("money_at_stake", descending=True, nulls_last=True).row(0, named=True)
        text = (f"{frame.height} Segmente mit Maßnahmen; am meisten steht bei {top[key]} auf dem Spiel "
                f"({top['measure_label']}: {money(top['money_at_stake'])})." if lang == "de" else
                f"{frame.height} segments with measures; most is at stake in {top[key]} "
                f"({top['measure_label']}: {money(top['money_at_stake'])}).")
        return frame, text
    if metric == "invest_in":
        frame = (table.filter(pl.col("measure").is_in(_INVEST))
                 .select(key, "customers", "mean_clv", "value_at_risk", "measure", "measure_label",
                         "money_at_stake", "spending_ceiling")
                 .sort("money_at_stake", descending=True, nulls_last=True))
        if not frame.height:
            return frame, ("Kein Segment verlangt Investitionen." if lang == "de" else "No segment calls for investment.")
        top = frame.row(0, named=True)
        text = (f"Investieren Sie zuerst in {top[key]} ({top['customers']} Kunden, {top['measure_label']}): "
                f"es geht um {money(top['money_at_stake'])}." if lang == "de" else
                f"Invest first in {top[key]} ({top['customers']} customers, {top['measure_label']}): "
                f"{money(top['money_at_stake'])} is at stake.")
        return frame, text
    if "reprice_or_let_go" in table.get_column("measure").to_list():
        frame = customer_list(result, "reprice_or_let_go")
        text = (f"{frame.height} Kunden in Segmenten mit der Maßnahme Neu bepreisen oder Aufgeben." if lang == "de"
                else f"{frame.height} customers in segments whose measure is to reprice or let go.")
        return frame, text
    from insight.metrics.payback import unprofitable_customers

    frame = unprofitable_customers(ds)
    text = (f"Kein Segment verlangt das Aufgeben; {frame.height} Kunden sind bisher unrentabel (Gewinn < 0) und "
            "Kandidaten dafür." if lang == "de" else
            f"No segment calls for letting go; {frame.height} customers are unprofitable so far (profit < 0) and "
            "are the candidates.")
    return frame, text


def whole_table(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    lang = plan.language
    metric = plan.metrics[0]
    if metric in ("measures", "invest_in", "let_go"):
        return decision_table(ds, plan, currency)
    if metric == "cohort_retention":
        from insight.metrics.cohorts import cohort_retention

        frame = cohort_retention(ds)
        month1 = frame.filter(pl.col("period") == 1).get_column("share").mean()
        n = frame.get_column("cohort").n_unique()
        text = (f"{n} Kohorten (Monat des Erstkaufs); im Monat nach dem Erstkauf kauft im Mittel "
                f"{render.fmt_number(month1, 'fraction', lang)} wieder." if lang == "de" else
                f"{n} cohorts (month of first order); on average {render.fmt_number(month1, 'fraction', lang)} "
                "buy again in the month after their first order.")
        return frame, text
    if metric == "funnel":
        from insight.metrics.funnel import funnel

        frame = funnel(ds).drop("stage_de")
        overall = frame.get_column("overall_rate")[-1] if frame.height else None
        text = (f"Funnel Lead → Kontakt → Interessent → Kunde: {render.fmt_number(overall, 'fraction', lang)} "
                "der Leads werden Kunden." if lang == "de" else
                f"Funnel lead → contact → prospect → customer: {render.fmt_number(overall, 'fraction', lang)} "
                "of leads become customers.")
        return frame, text
    if metric == "importance_satisfaction":
        from insight.analyses.survey import importance_satisfaction

        frame = importance_satisfaction(ds)
        focus = frame.filter(pl.col("quadrant") == "concentrate here").get_column("aspect").to_list()
        frame = frame.drop("quadrant_de") if "quadrant_de" in frame.columns else frame
        names = ", ".join(render.value_label("aspect", a, lang) for a in focus) or "–"
        text = (f"Wichtigkeit × Zufriedenheit je Aspekt; hier ansetzen (wichtig, aber unzufrieden): {names}."
                if lang == "de" else
                f"Importance × satisfaction per aspect; concentrate here (important but unsatisfied): {names}.")
        return frame, text
    if metric == "ltv_by_channel":
        from insight.analyses.value import ltv_by_channel

        frame = ltv_by_channel(ds)
        top = frame.row(0, named=True) if frame.height else None
        text = (f"Kundenwert je Akquisekanal; den höchsten mittleren CLV bringt {top['acquisition_channel']} "
                f"({render.fmt_number(top['mean_clv'], 'currency', lang, currency)})." if lang == "de" else
                f"Customer value per acquisition channel; {top['acquisition_channel']} brings the highest mean CLV "
                f"({render.fmt_number(top['mean_clv'], 'currency', lang, currency)}).") if top else ""
        return frame, text
    if metric == "acquisition_payback":
        from insight.metrics.payback import payback_by_channel

        by: str | None = plan.group_by[0] if plan.group_by else "acquisition_channel"
        if by == "acquisition_channel" and by not in ds.customers.columns:
            by = None  # no channel column: the payback overall, which the table shows as such
        frame = payback_by_channel(ds, by)  # any other grouping is honoured or refused, never dropped
        open_, gap = int(frame.get_column("not_paid_back").sum()), frame.get_column("payback_gap").sum()
        text = (f"{open_} Kunden haben ihre Akquisekosten noch nicht eingespielt; es fehlen "
                f"{render.fmt_number(gap, 'currency', lang, currency)}." if lang == "de" else
                f"{open_} customers have not yet paid back their acquisition cost; the gap is "
                f"{render.fmt_number(gap, 'currency', lang, currency)}.")
        return frame, text
    if metric == "unprofitable_customers":
        from insight.metrics.payback import unprofitable_customers

        if plan.group_by and plan.group_by[0] != "customer_id":
            from insight.metrics.payback import unprofitable_summary

            frame = unprofitable_summary(ds, plan.group_by[0])
            count, loss = int(frame.get_column("unprofitable").sum()), frame.get_column("loss").sum()
            text = (f"{count} Kunden sind bisher unrentabel (Gewinn < 0), je {render.dim_label(plan.group_by[0], lang)}; "
                    f"Verlust zusammen {render.fmt_number(loss, 'currency', lang, currency)}." if lang == "de" else
                    f"{count} customers are unprofitable so far (profit < 0), by {render.dim_label(plan.group_by[0], lang)}; "
                    f"their loss is {render.fmt_number(loss, 'currency', lang, currency)} in all.")
            return frame, text
        frame = unprofitable_customers(ds)
        loss = frame.get_column("loss").sum()
        text = (f"{frame.height} Kunden sind bisher unrentabel (Gewinn < 0); Verlust zusammen "
                f"{render.fmt_number(loss, 'currency', lang, currency)}." if lang == "de" else
                f"{frame.height} customers are unprofitable so far (profit < 0); their loss is "
                f"{render.fmt_number(loss, 'currency', lang, currency)} in all.")
        return frame, text
    if metric == "bought_together":
        return _bought_together(ds, plan, currency)
    if metric == "value_by_cohort":
        return _value_by_cohort(ds, plan, currency)
    if metric == "value_by_period":
        return _value_by_period(ds, plan, currency)
    if metric in ANALYSIS_TABLES:
        return analysis_table(ds, plan, currency)
    from insight.query import analysis_answers  # top referrers, response times (issue 14)

    if metric in analysis_answers.METRICS:
        return analysis_answers.answer(ds, plan, currency)
    from insight.analyses.ltv import ltv_result

    by = plan.group_by[0] if plan.group_by else None
    set_ = dict(plan.components)  # user-set S, C, P, t
    result = ltv_result(ds, by=by, unit=plan.component_unit, S=set_.get("S"), C=set_.get("C"), P=set_.get("P"),
                        t=set_.get("t"))
    frame = result.table.rename({"ltv": "ltv_formula"})
    if by:
        frame = frame.sort("ltv_formula", descending=True, nulls_last=True)
        text = (f"LTV = S × C × P × t je {render.dim_label(by, lang)}." if lang == "de"
                else f"LTV = S × C × P × t per {render.dim_label(by, lang)}.")
    else:
        r = frame.row(0, named=True)
        text = (f"LTV = S × C × P × t = {render.fmt_number(r['S'], 'currency', lang, currency)} × "
                f"{render.fmt_number(r['C'], 'number', lang)} × {render.fmt_number(r['P'], 'number', lang)} × "
                f"{render.fmt_number(r['t'], 'number', lang)} = {render.fmt_number(r['ltv_formula'], 'currency', lang, currency)}.")
    caveats = [n.text(lang) for n in result.notes if n.kind != "margin"]  # the margin note comes from notes.py
    return frame, " ".join([text, *caveats])


ANALYSIS_TABLES = ("referral_analysis", "complaint_analysis", "interaction_analysis", "satisfaction_behaviour",
                   "value_by_tenure_band")


def _pct(value: float | None, lang: str) -> str:
    return render.fmt_number(value, "fraction", lang) if value is not None else "–"


def analysis_table(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """The analyses that link value to decisions (referrals, complaints, interactions, satisfaction and
    behaviour, value by tenure band); a grouping of the plan is honoured where the analysis has one."""
    lang, metric = plan.language, plan.metrics[0]
    by = plan.group_by[0] if plan.group_by and plan.group_by[0] != "customer_id" else None
    de = lang == "de"
    if metric == "referral_analysis":
        from insight.analyses.referrals import referral_comparison

        frame = referral_comparison(ds)
        rows = {r["referred"]: r for r in frame.iter_rows(named=True)}
        ref, other = rows.get("referred", {}), rows.get("not referred", {})
        months = lambda v: render.fmt_number(v, "number", lang) if v is not None else "–"  # noqa: E731
        money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
        text = (f"Geworbene Kunden: Bindungsrate {_pct(ref.get('retention_rate'), lang)} gegenüber "
                f"{_pct(other.get('retention_rate'), lang)} bei den übrigen, erwartete Beziehungsdauer "
                f"{months(ref.get('expected_lifetime_months'))} gegenüber "
                f"{months(other.get('expected_lifetime_months'))} Monaten (bisher im Mittel "
                f"{months(ref.get('mean_tenure_months'))} gegenüber {months(other.get('mean_tenure_months'))}), "
                f"mittleres Abwanderungsrisiko {_pct(ref.get('mean_churn_risk'), lang)} gegenüber "
                f"{_pct(other.get('mean_churn_risk'), lang)}, mittlerer CLV {money(ref.get('mean_clv'))} gegenüber "
                f"{money(other.get('mean_clv'))}."
                if de else
                f"Referred customers: retention rate {_pct(ref.get('retention_rate'), lang)} against "
                f"{_pct(other.get('retention_rate'), lang)} for the others, expected relationship "
                f"{months(ref.get('expected_lifetime_months'))} against "
                f"{months(other.get('expected_lifetime_months'))} months (so far on average "
                f"{months(ref.get('mean_tenure_months'))} against {months(other.get('mean_tenure_months'))}), "
                f"mean churn risk {_pct(ref.get('mean_churn_risk'), lang)} against "
                f"{_pct(other.get('mean_churn_risk'), lang)}, mean CLV {money(ref.get('mean_clv'))} against "
                f"{money(other.get('mean_clv'))}.")
        return frame, text
    start, end = plan.window.start, plan.window.end  # a windowed table (interactions) reads it on its own rows
    label_ = plan.window.label(lang) if not plan.window.is_all else ""
    lead = f"{label_[:1].upper()}{label_[1:]}: " if label_ else ""  # "Letztes Jahr (2024): …"
    if metric == "complaint_analysis":
        from insight.analyses.interactions import complainer_comparison, complaint_rate

        if by:
            frame = complaint_rate(ds, by, start, end)
            label = render.dim_label(by, lang)
            return frame, (f"{lead}Beschwerdequote (Anteil der Kunden mit Beschwerde) je {label}." if de
                           else f"{lead}Complaint rate (share of customers who complained) by {label}.")
        rate = complaint_rate(ds, None, start, end).row(0, named=True)["complaint_rate"]
        frame = complainer_comparison(ds, start, end)
        rows = {r["complained"]: r for r in frame.iter_rows(named=True)}
        yes, no = rows.get("complained", {}), rows.get("no complaint", {})
        text = (f"{lead}{_pct(rate, lang)} der Kunden haben sich beschwert; ihre Bindungsrate "
                f"{_pct(yes.get('retention_rate'), lang)} gegenüber {_pct(no.get('retention_rate'), lang)}." if de
                else f"{lead}{_pct(rate, lang)} of customers complained; their retention rate "
                f"{_pct(yes.get('retention_rate'), lang)} against {_pct(no.get('retention_rate'), lang)}.")
        return frame, text
    if metric == "interaction_analysis":
        from insight.analyses.interactions import interactions_by_kind

        frame = interactions_by_kind(ds, None if by == "interaction_kind" else by, start, end)  # per interaction kind
        kinds = [str(v) for f in plan.filters if f.dimension == "interaction_kind" and f.op == "in" for v in f.values]
        if kinds:  # "Wie viele Beschwerden gab es?": the kinds named (read by meaning, as in response times)
            from insight.analyses.response_times import kind_expr

            frame = frame.filter(kind_expr("interaction_kind").is_in(kinds))
            group = by if by in frame.columns and by != "interaction_kind" else None
            parts = [(f"{render.value_label(group, r[group], lang)} " if group else "")
                     + f"{render.value_label('interaction_kind', r['interaction_kind'], lang)}: "
                     f"{render.fmt_number(r['interactions'], 'count', lang)} "
                     f"({render.fmt_number(r['customers'], 'count', lang)} {'Kunden' if de else 'customers'})"
                     for r in frame.iter_rows(named=True)]
            return frame, ((f"{lead}Anzahl der Interaktionen von Kunden: " if de
                            else f"{lead}Number of interactions of customers: ") + ("; ".join(parts) or "–") + ".")
        total = render.fmt_number(int(frame.get_column("interactions").sum()), "count", lang)
        return frame, (f"{lead}{total} Interaktionen von Kunden, nach Art." if de
                       else f"{lead}{total} interactions of customers, by kind.")
    if metric == "satisfaction_behaviour":
        from insight.analyses.satisfaction import satisfaction_by, satisfaction_by_outcome

        if by:
            label = render.dim_label(by, lang)
            return satisfaction_by(ds, by), (f"CSAT, NPS und Wiederkaufabsicht je {label}." if de
                                             else f"CSAT, NPS and repurchase intent by {label}.")
        frame = satisfaction_by_outcome(ds)
        rows = {r["outcome"]: r for r in frame.iter_rows(named=True)}
        stay, left = rows.get("stayed", {}), rows.get("churned", {})
        num = lambda v: render.fmt_number(v, "number", lang) if v is not None else "–"  # noqa: E731
        text = (f"Zufriedenheit der Befragten, die im Jahr danach wieder kauften: {num(stay.get('csat'))}, "
                f"der abgewanderten: {num(left.get('csat'))}." if de else
                f"Satisfaction of respondents who bought again within a year: {num(stay.get('csat'))}; of those "
                f"who churned: {num(left.get('csat'))}.")
        return frame, text
    from insight.analyses.bands import value_by_band
    from insight.analyses.groups import compare_by

    band = by or "tenure_band"
    frame = value_by_band(ds, band) if band in ("tenure_band", "age_band") else compare_by(ds, band)
    label = render.dim_label(band, lang)
    return frame, (f"Kundenwert je {label}." if de else f"Customer value by {label}.")


def _bought_together(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Products bought together; a product_id filter keeps the pairs with that product (it first)."""
    from insight.metrics.products import bought_together

    lang = plan.language
    wanted = [v for f in plan.filters if f.dimension == "product_id" and f.op == "in" for v in f.values]
    product = str(wanted[0]) if wanted else None
    frame = bought_together(ds, top=plan.top_n or 20, product=product)
    if frame.height == 0:
        text = ("Keine Artikelpaare in denselben Aufträgen gefunden." if lang == "de"
                else "No products were found in the same orders.")
        return frame, text
    def pair(r: dict) -> str:
        if r.get("description") and r.get("other_description"):
            return f"{r['description']} ({r['product_id']}) + {r['other_description']} ({r['other_product_id']})"
        return f"{r['product_id']} + {r['other_product_id']}"

    r = frame.row(0, named=True)
    num = lambda v: render.fmt_number(v, "number", lang)  # noqa: E731
    if lang == "de":
        head = f"Zusammen mit {product} gekauft" if product else "Am häufigsten zusammen gekauft"
        text = (f"{head}: {pair(r)} in {r['orders']} Aufträgen (Support {_pct(r['support'], lang)}, Konfidenz "
                f"{_pct(r['confidence'], lang)}, Lift {num(r['lift'])}).")
    else:
        head = f"Bought together with {product}" if product else "Most often bought together"
        text = (f"{head}: {pair(r)} in {r['orders']} orders (support {_pct(r['support'], lang)}, confidence "
                f"{_pct(r['confidence'], lang)}, lift {num(r['lift'])}).")
    if r["lift"] < 1:  # frequent only because both are popular: name the first pair that is really linked
        linked = frame.filter(pl.col("lift") > 1)
        if linked.height:
            b = linked.row(0, named=True)
            text += (f" Lift unter 1: seltener zusammen als zufällig; der häufigste echte Verbund (Lift > 1) ist "
                     f"{pair(b)} (Lift {num(b['lift'])})." if lang == "de" else
                     f" Lift below 1: less often together than by chance; the most frequent real link (lift > 1) "
                     f"is {pair(b)} (lift {num(b['lift'])}).")
        else:
            text += (" Lift unter 1: seltener zusammen als zufällig." if lang == "de"
                     else " Lift below 1: less often together than by chance.")
    return frame, text


def _value_by_cohort(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customer value by year (default) or quarter/month of first order."""
    from insight.analyses.cohorts import value_by_cohort

    lang = plan.language
    grain = next((g for g in plan.group_by if g in ("year", "quarter", "month")), None) or plan.grain or "year"
    frame = value_by_cohort(ds, grain)
    word = {"year": ("Jahr", "year"), "quarter": ("Quartal", "quarter"), "month": ("Monat", "month")}[grain]
    if frame.height == 0:
        return frame, ("Keine Kunden mit Erstkauf." if lang == "de" else "No customers with a first order.")
    best = frame.sort("mean_customer_value", descending=True, nulls_last=True).row(0, named=True)
    money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
    text = (f"Kundenwert je Kohorte ({word[0]} des Erstkaufs); den höchsten mittleren Kundenwert hat {best['cohort']} "
            f"({money(best['mean_customer_value'])}: Kundenkapital {money(best['mean_customer_capital'])} + CLV "
            f"{money(best['mean_clv'])})." if lang == "de" else
            f"Customer value by cohort ({word[1]} of first order); {best['cohort']} has the highest mean customer "
            f"value ({money(best['mean_customer_value'])}: customer capital {money(best['mean_customer_capital'])} "
            f"+ CLV {money(best['mean_clv'])}).")
    return frame, text


def _value_by_period(ds: Dataset, plan: QueryPlan, currency: str) -> tuple[pl.DataFrame, str]:
    """Customer capital earned per quarter (default), year or month (insight.analyses.cohorts.value_by_period)."""
    from insight.analyses.cohorts import value_by_period

    lang = plan.language
    grain = next((g for g in plan.group_by if g in ("year", "quarter", "month")), None) or plan.grain or "quarter"
    frame = value_by_period(ds, grain)
    if frame.height == 0:
        return frame, ("Keine Aufträge von Kunden." if lang == "de" else "No orders of customers.")
    best = frame.sort("customer_capital_added", descending=True).row(0, named=True)
    last = frame.row(-1, named=True)
    money = lambda v: render.fmt_number(v, "currency", lang, currency) if v is not None else "–"  # noqa: E731
    word = {"year": ("Jahr", "year"), "quarter": ("Quartal", "quarter"), "month": ("Monat", "month")}[grain]
    text = (f"Erwirtschafteter Kundenwert (Kundenkapital) je {word[0]}: am meisten in {best['period']} "
            f"({money(best['customer_capital_added'])}); bis {last['period']} zusammen "
            f"{money(last['cumulative_customer_capital'])}. Der erwartete CLV gilt am Stichtag und wird nicht nach "
            f"Zeitraum aufgeteilt (je Kohorte: „Kundenwert je Erstkaufjahr“)." if lang == "de" else
            f"Customer value earned (customer capital) per {word[1]}: most in {best['period']} "
            f"({money(best['customer_capital_added'])}); {money(last['cumulative_customer_capital'])} in all up to "
            f"{last['period']}. The expected CLV holds at the analysis date and is not split by period (per cohort: "
            f"\"customer value by year of first order\").")
    return frame, text
