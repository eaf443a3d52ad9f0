"""The caveats of an answer (answers.md, key ``notes``) and the restatement of what was computed
(key ``understood``), from the plan and the data's detected conventions."""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight import formatting
from insight.dataset import Dataset
from insight.metrics.fiscal import CALENDAR, FISCAL_DIMENSIONS, Fiscal, fiscal_of, fiscal_range, localised, period_of
from insight.messages import say
from insight.query.plan import Language, QueryPlan, TimeWindow
from insight.query.traits import is_headcount_share, is_period_based

_PROFIT_METRICS = {"profit", "margin", "customer_capital", "clv", "customer_value", "ltv_formula",
                   "ltv_by_channel"}
_MONEY_METRICS = {"revenue", "aov", "max_order_value", "min_order_value", "profit", "customer_capital", "clv", "customer_value", "value_at_risk",
                  "unattributed_revenue", "ltv_formula"}
_MODEL_METRICS = {"clv", "p_alive", "churn_risk", "expected_orders", "customer_value", "value_at_risk"}
_LINE_METRICS = {"revenue", "orders", "aov", "customers", "new_customers", "order_lines", "documents", "quantity",
                 "returns", "return_documents", "return_rate", "return_lines", "quantity_per_order",
                 "max_order_value", "min_order_value", "profit",
                 "margin", "revenue_share", "unattributed_share"}


def answer_notes(plan: QueryPlan, ds: Dataset) -> list[str]:
    """Every caveat that changes how the numbers must be read, in the plan's language."""
    from insight.metrics.conventions import detect

    if plan.status != "ok":
        return []
    empty = empty_filter_notes(plan, ds)
    if ds.order_lines.height == 0:
        return empty
    lang = plan.language
    metrics = set(plan.metrics)
    if plan.intent == "at_risk":
        metrics |= {"churn_risk", "clv"}
    conv = detect(ds)
    notes: list[str] = []
    if metrics & _PROFIT_METRICS and conv.margin_assumed:
        notes.append(say("margin_assumed", lang, margin=ds.settings.default_margin))
    from insight.query.every_status import every_status_counted
    from insight.query.status_union import named_never_a_sale

    # "orders cancelled or on hold" counts the cancelled lines it names: none of them is left out
    counted = {"orders"} if named_never_a_sale(plan.filters) else set()
    if counted & metrics:
        notes.append(say("status_union_counted", lang))
    if metrics & (_LINE_METRICS - counted) and conv.cancelled_lines and not every_status_counted(plan, ds):
        values = ", ".join(conv.cancelled_values)
        notes.append(say("cancelled_lines_left_out", lang, lines=formatting.count(conv.cancelled_lines, lang),
                         values=values))
    if metrics & _MONEY_METRICS and conv.currency_source == "several":
        notes.append(say("several_currencies", lang))
    elif metrics & _MONEY_METRICS and not conv.currency:
        notes.append(say("no_currency", lang))
    notes.extend(incomplete_notes(plan, ds))
    notes.extend(empty)
    notes.extend(latest_answer_notes(plan, ds))
    if metrics & _MODEL_METRICS:
        try:
            from insight.clv.value import fit_notes

            notes.extend(fit_notes(ds, lang, metrics=sorted(metrics & _MODEL_METRICS)))
        except Exception:  # noqa: BLE001 - no fit, no note: the answer itself says why it has no numbers
            pass
    return notes


def latest_answer_notes(plan: QueryPlan, ds: Dataset) -> list[str]:
    """"Wie viele wollen wieder kaufen?": the stated intent counts each respondent once, by the latest answer
    (a person's current intent, as the contract's 'share of respondents' reads); the note says so with the
    head count and the share over every answer, so the reader sees which count it is (docs/metrics.md)."""
    from insight.query.traits import latest_answer_per_respondent

    if not any(latest_answer_per_respondent(m) for m in plan.metrics):
        return []
    lang = plan.language
    if plan.group_by or plan.filters or not plan.population.everyone:
        return [say("intent_latest_answer", lang)]
    from insight.analyses.survey import repurchase_intent_counts

    try:
        n = repurchase_intent_counts(ds)
    except Exception:  # noqa: BLE001 - no survey, no note: the answer itself says what is missing
        return []
    if not n["respondents"]:
        return []
    return [say("intent_latest_answer_counts", lang, willing=formatting.count(n["willing"], lang),
                respondents=formatting.count(n["respondents"], lang), answers=formatting.count(n["answers"], lang),
                every=render_fraction(n["every_rate"], lang))]


def render_fraction(value: float, lang: Language) -> str:
    from insight.query import render

    return render.fmt_number(value, "fraction", lang)


def empty_filter_notes(plan: QueryPlan, ds: Dataset) -> list[str]:
    """A filter value that no row holds ('Kundentyp b2b' where the column says 'B2B'): the answer is then 0 or
    empty, and says so with the values the column does hold, instead of a silent 0."""
    from insight.query import render
    from insight.query.table_answers import TABLE_OWN_DIMENSIONS

    out: list[str] = []
    frames = (ds.order_lines, ds.customers, ds.survey_responses, ds.coupons)
    own = {d for m in plan.metrics for d in TABLE_OWN_DIMENSIONS.get(m, ())}  # they name a table's rows
    for f in plan.filters:
        if f.op != "in" or not all(isinstance(v, str) for v in f.values) or f.dimension in own:
            continue
        frame = next((t for t in frames if f.dimension in t.columns and t.schema[f.dimension] == pl.String), None)
        if frame is None or frame.height == 0:
            continue
        held = frame.get_column(f.dimension).drop_nulls().unique()
        if held.is_in(list(f.values)).any():
            continue
        shown = sorted(held.head(_SHOWN_VALUES * 2).to_list())[:_SHOWN_VALUES]
        out.append(say("filter_matches_nothing", plan.language, column=render.dim_label(f.dimension, plan.language),
                       values=", ".join(map(str, f.values)), held=", ".join(shown) or "–"))
    return out


_SHOWN_VALUES = 8


def _classes_of_the_window(plan: QueryPlan, groups: tuple[str, ...]) -> tuple[str, ...]:
    """"ABC classes for 2011 only": the ABC class grouping named as computed on that period's revenue."""
    if not plan.segment_of_window:
        return groups
    label = say("notes_abc_of_window", plan.language, period=plan.window.label(plan.language))
    return tuple(label if g == "abc_class" else g for g in groups)
def _order_and_limit(plan: QueryPlan, lang: Language) -> list[str]:
    """The top / bottom N (added up when combined), the lowest first, or the aspects taken together."""
    if plan.top_n and plan.group_by:
        limit = say("notes_bottom", lang, n=plan.top_n) if plan.order == "asc" else f"Top {plan.top_n}"
        return [limit, say("notes_combined", lang)] if plan.combined else [limit]
    if plan.combined and not plan.group_by:  # "over all aspects": the aspects taken together
        return [say("notes_all_aspects", lang)]
    if plan.order == "asc" and plan.group_by and plan.intent in ("metric", "rank"):  # "niedrigste zuerst"
        return [say("notes_lowest_first", lang)]
    return []


def understood(plan: QueryPlan, ds: Dataset | None = None) -> str:
    """What was computed, restated from the plan in its language: metric(s) · grouping · window ·
    filters · population · order and limit ("Umsatz je Warengruppe · 2017 · alle Kunden"). For a
    clarification: what was understood so far, and the question that is open."""
    from insight.query import render

    lang = plan.language
    if plan.status == "refuse":
        return say("notes_refused", lang)
    parts: list[str] = []
    if plan.intent == "definition":
        names = ", ".join(render.metric_label(m, lang) for m in plan.metrics)
        return say("notes_definition", lang, names=names) if names else ""
    if plan.intent == "lookup_customer":
        return say("notes_customer", lang, cid=plan.customer_id)
    if plan.intent == "describe_segment":
        method = plan.segment_method or "rfm"
        parts.append(say("notes_segmentation", lang, method=method.upper() if method in ("rfm", "abc") else method))
    elif plan.intent == "at_risk":
        parts.append(say("notes_at_risk", lang))
    elif plan.intent == "inactive":
        day = plan.population.inactive_since.isoformat() if plan.population.inactive_since else "?"
        parts.append(say("population_inactive", lang, day=day))
    elif plan.metrics:
        labels = [render.metric_label(m, lang) for m in plan.metrics]
        groups = plan.group_by
        if plan.aggregate == "median":  # "Median Auftragswert (je Auftrag)", "median revenue per customer"
            from insight.query.median import label as median_label

            labels = [median_label(plan, m) for m in plan.metrics]
            groups = tuple(g for g in groups if g != "customer_id")
        elif plan.aggregate == "mean" and len(groups) == 1 and groups[0] in ("month", "quarter", "year") and \
                plan.intent == "metric":  # "Durchschnittlicher Umsatz pro Monat": the mean over the periods
            grain = render.dim_label(groups[0], lang)
            labels = [say("notes_mean_per_period", lang, grain=grain, metric=x) for x in labels]
            groups = ()
        elif plan.aggregate == "mean" and groups[:1] == ("customer_id",) and (len(groups) > 1 or not plan.top_n):
            labels = [say("notes_mean_per_customer", lang, metric=x) for x in labels]
            groups = groups[1:] if len(groups) > 1 else groups  # "per customer by Region": grouped by Region
        groups = _classes_of_the_window(plan, groups)
        if plan.counted is not None:  # "Anzahl verschiedener Werte von Land"
            of = render.dim_label(plan.counted, lang)
            labels = [say("notes_counted", lang, metric=x, of=of) for x in labels]
        head = " + ".join(labels)
        scoped = any(f.dimension != plan.share_of for f in plan.filters) or \
            plan.population != type(plan.population)()
        if len(plan.metrics) == 1 and is_headcount_share(plan.metrics[0]) and plan.share_of is not None and scoped:
            head += say("notes_share_part", lang, part=render.dim_label(plan.share_of, lang))  # the denominator
        elif len(plan.metrics) == 1 and plan.share_of is not None and scoped:  # "Anteil der Large-Deals am Umsatz
            head += say("notes_share_scope", lang, part=render.dim_label(plan.share_of, lang))  # in Deutschland"
        elif len(plan.metrics) == 1 and is_headcount_share(plan.metrics[0]) and plan.share_of_population:
            head += say("notes_share_population", lang)
        if groups:
            dims = ", ".join(render.dim_label(g, lang) for g in groups)
            head += say("notes_by", lang, dimensions=dims)
        if plan.intent == "trend" and not plan.group_by:
            grain = render.dim_label(plan.grain or "month", lang)
            head += say("notes_trend", lang, grain=grain)
        parts.append(head)
        fiscal = {*plan.group_by, plan.grain, plan.period, plan.population.every} & set(FISCAL_DIMENSIONS)
        if fiscal and ds is not None:  # "Umsatz je Geschäftsjahr": which months a fiscal year is
            from insight.query.timewords import MONTH_DE, MONTH_EN

            month = {"de": MONTH_DE, "en": MONTH_EN}[lang][fiscal_of(ds)[0] - 1]
            parts.append(say("notes_fiscal_start", lang, month=month))
    if plan.compare is not None:
        a, b = plan.compare.a, plan.compare.b
        la = a.label(lang) if hasattr(a, "label") else ""
        lb = b.label(lang) if hasattr(b, "label") else ""
        parts.append(say("notes_compare", lang, a=la, b=lb))
    window = render.window_phrase(plan.window, lang)
    parts.append(window or say("notes_all_data", lang))
    parts.extend(render.filter_phrase(f, lang) for f in plan.filters)
    if plan.having is not None:
        name, op, bound = plan.having
        sign = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[op]
        value = render.fmt_number(bound, "count", lang)
        parts.append(say("notes_having", lang, metric=render.metric_label(name, lang), sign=sign, value=value))
    population = []
    if plan.order_bounds:
        population.append(plan.population.order_bounds_label(lang))
    if plan.population.spend is not None:
        population.append(plan.population.spend_label(lang))
    if plan.population.churn_risk is not None:
        population.append(plan.population.risk_label(lang))
    if plan.population.top_percent is not None:
        pct = render.fmt_number(plan.population.top_percent / 100, "fraction", lang)
        population.append(say("population_top_percent", lang, share=pct))
    population.extend(render.set_parts(plan))
    if plan.population.cancelled is not None:
        population.append(say("notes_cancelled" if plan.population.cancelled else "notes_not_cancelled", lang))
    population.extend(render.activity_labels(plan, lang))
    if plan.population.concept is not None:
        population.append(say(f"notes_concept_{plan.population.concept}", lang))
    if plan.population.inactive_since is not None and plan.intent != "inactive":
        population.append(say("notes_no_order_since", lang, day=plan.population.inactive_since.isoformat()))
    parts.append(", ".join(population) if population else say("notes_all_customers", lang))
    parts.extend(_order_and_limit(plan, lang))
    if plan.components:
        unit = say("notes_unit_year" if plan.component_unit == "year" else "notes_unit_month", lang)
        shown = ", ".join(f"{k} = {render.fmt_number(v, 'number', lang)}" for k, v in plan.components)
        parts.append(say("notes_components", lang, shown=shown, unit=unit))
    text = " · ".join(p for p in parts if p)
    if plan.corrections:
        read = ", ".join(f"'{typed}' → '{known}'" for typed, known in plan.corrections)
        text += say("notes_read_as", lang, read=read)
    if plan.status == "clarify":
        asked = " ".join(i.text(lang) for i in plan.issues)
        so_far = text if plan.metrics or plan.group_by else ""
        return say("notes_clarify", lang, so_far=so_far or say("notes_nothing_definite", lang), asked=asked)
    return text


_TIME_GRAINS = ("month", "quarter", "year", "fiscal_quarter", "fiscal_year")


def _grain_period(day: dt.date, grain: str, fiscal: Fiscal = CALENDAR, lang: str = "en") -> tuple[dt.date, dt.date, str]:
    """[start, end) and label of the calendar (or fiscal) period of ``grain`` containing ``day``."""
    if grain in FISCAL_DIMENSIONS:
        start, end, label = period_of(day, grain, fiscal)
        return start, end, pl.select(localised(pl.lit(label), fiscal, lang)).item()
    if grain == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1), str(day.year)
    first = day.month if grain == "month" else (day.month - 1) // 3 * 3 + 1
    months = 1 if grain == "month" else 3
    index = day.year * 12 + first - 1 + months
    label = f"{day.year}-{first:02d}" if grain == "month" else f"{day.year}-Q{(first - 1) // 3 + 1}"
    return dt.date(day.year, first, 1), dt.date(index // 12, index % 12 + 1, 1), label


def data_span(ds: Dataset) -> tuple[dt.date, dt.date] | None:
    """(first order day, analysis date) of the order lines; None without dated order lines. Read off the
    prepared lines, not ds.order_lines: a pruned workspace read plans on a skeleton of the lines."""
    if ds.order_lines.height == 0 or "order_date" not in ds.order_lines.columns:
        return None
    from insight.metrics.lines import lean_lines, prepared_lines

    lean = lean_lines(ds)  # the same lines without is_order: no real-order pass for a first day
    first = ds.cached(("notes.first_day", ds.as_of), lambda: (prepared_lines(ds) if lean is None else lean).select(
        pl.col("order_day").min()).collect().item())
    return None if first is None else (first, ds.as_of)


def incomplete_notes(plan: QueryPlan, ds: Dataset) -> list[str]:
    """metrics.md, "Incomplete periods": every period an answer shows or compares that the data covers only in
    part (the analysis date cuts it short, or the data starts inside it) is named, with the days it covers."""
    from insight.metrics.periods import covered

    span = data_span(ds)
    if span is None:
        return []
    first = span[0]
    fiscal = fiscal_of(ds)
    as_of = ds.as_of
    last = as_of - dt.timedelta(days=1)
    found: dict[str, tuple[dt.date, dt.date]] = {}

    def check(start: dt.date | None, end: dt.date | None, label: str) -> None:
        if start is None or end is None or end <= first or start >= as_of:
            return
        if not covered(start, end, first, as_of):
            found.setdefault(label, (max(start, first), min(end, as_of) - dt.timedelta(days=1)))

    windows = [plan.window] if not plan.window.is_all else []
    if plan.compare is not None:
        windows += [w for w in (plan.compare.a, plan.compare.b) if isinstance(w, TimeWindow)]
    period_rate = any(is_period_based(m) for m in plan.metrics)
    grain = plan.period or "year"
    starts = [w.start for w in windows if w.start is not None] if period_rate else []
    if period_rate and not windows:  # no period named: the default pair of the answer (metrics.md)
        from insight.metrics.loyalty import default_pair, retention
        from insight.metrics.periods import label_range

        pair = default_pair(ds.cached(("query.retention", ds.as_of, grain), lambda: retention(ds, grain)))
        named = (lambda label: fiscal_range(label, fiscal)) if grain in FISCAL_DIMENSIONS else label_range
        starts = [named(str(pair["period"]))[0]] if pair is not None else []
    for day in starts:  # retention/churn compare period P (the window's start) with P−1: both must be whole
        start, end, label = _grain_period(day, grain, fiscal, plan.language)
        check(start, end, label)
        p_start, p_end, p_label = _grain_period(start - dt.timedelta(days=1), grain, fiscal, plan.language)
        check(p_start, p_end, p_label)
    for w in windows if not period_rate else []:
        check(w.start, w.end, w.label(plan.language) or "")
    grains = [g for g in plan.group_by if g in _TIME_GRAINS] or ([plan.grain] if plan.grain else [])
    if grains and not period_rate:
        lo = max(first, plan.window.start) if plan.window.start else first
        hi = min(last, plan.window.end - dt.timedelta(days=1)) if plan.window.end else last
        if lo <= hi:
            for day in (lo, hi):
                start, end, label = _grain_period(day, grains[0], fiscal, plan.language)
                check(start, end, label)
    if not found:
        return []
    fmt = (lambda d: d.strftime("%d.%m.%Y")) if plan.language == "de" else (lambda d: d.isoformat())  # a format
    parts = [f"{label} ({fmt(a)}–{fmt(b)})" for label, (a, b) in found.items() if label]
    if not parts:
        return []
    compared = plan.compare is not None or period_rate
    text = say("notes_incomplete", plan.language, periods=", ".join(parts))
    return [text + (say("notes_incomplete_compared", plan.language) if compared else ".")]
