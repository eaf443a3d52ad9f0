"""The caveats of an answer (answers.md, key ``notes``) and the restatement of what was computed
(key ``understood``), from the plan and the data's detected conventions."""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight import formatting
from insight.dataset import Dataset
from insight.messages import say
from insight.query.plan import QueryPlan, TimeWindow

_PROFIT_METRICS = {"profit", "margin", "customer_capital", "clv", "customer_value", "ltv_formula",
                   "ltv_by_channel"}
_MONEY_METRICS = {"revenue", "aov", "profit", "customer_capital", "clv", "customer_value", "value_at_risk",
                  "unattributed_revenue", "ltv_formula"}
_MODEL_METRICS = {"clv", "p_alive", "churn_risk", "expected_orders", "customer_value", "value_at_risk"}
_LINE_METRICS = {"revenue", "orders", "aov", "customers", "new_customers", "order_lines", "documents", "quantity",
                 "returns", "return_documents",
                 "profit",
                 "margin", "revenue_share"}


def answer_notes(plan: QueryPlan, ds: Dataset) -> list[str]:
    """Every caveat that changes how the numbers must be read, in the plan's language."""
    from insight.metrics.conventions import detect

    if plan.status != "ok" or ds.order_lines.height == 0:
        return []
    lang = plan.language
    metrics = set(plan.metrics)
    if plan.intent == "at_risk":
        metrics |= {"churn_risk", "clv"}
    conv = detect(ds)
    notes: list[str] = []
    if metrics & _PROFIT_METRICS and conv.margin_assumed:
        notes.append(say("margin_assumed", lang, margin=ds.settings.default_margin))
    if metrics & _LINE_METRICS and conv.cancelled_lines:
        values = ", ".join(conv.cancelled_values)
        notes.append(say("cancelled_lines_left_out", lang, lines=formatting.count(conv.cancelled_lines, lang),
                         values=values))
    if metrics & _MONEY_METRICS and conv.currency_source == "several":
        notes.append(say("several_currencies", lang))
    elif metrics & _MONEY_METRICS and not conv.currency:
        notes.append(say("no_currency", lang))
    notes.extend(incomplete_notes(plan, ds))
    if metrics & _MODEL_METRICS:
        try:
            from insight.clv.value import fit_notes

            notes.extend(fit_notes(ds, lang, metrics=sorted(metrics & _MODEL_METRICS)))
        except Exception:  # noqa: BLE001 - no fit, no note: the answer itself says why it has no numbers
            pass
    return notes


def understood(plan: QueryPlan, ds: Dataset | None = None) -> str:
    """What was computed, restated from the plan in its language: metric(s) · grouping · window ·
    filters · population · order and limit ("Umsatz je Warengruppe · 2017 · alle Kunden"). For a
    clarification: what was understood so far, and the question that is open."""
    from insight.query import render

    lang = plan.language
    de = lang == "de"
    if plan.status == "refuse":
        return "abgelehnt: keine Frage an die Daten" if de else "refused: not a question about the data"
    parts: list[str] = []
    if plan.intent == "definition":
        names = ", ".join(render.metric_label(m, lang) for m in plan.metrics)
        return (f"Definition von {names}" if de else f"definition of {names}") if names else ""
    if plan.intent == "lookup_customer":
        return (f"alles zu Kunde {plan.customer_id}" if de else f"everything about customer {plan.customer_id}")
    if plan.intent == "describe_segment":
        method = plan.segment_method or "rfm"
        parts.append(f"Segmentierung {method.upper() if method in ('rfm', 'abc') else method}" if de
                     else f"{method.upper() if method in ('rfm', 'abc') else method} segmentation")
    elif plan.intent == "at_risk":
        parts.append("wertvolle Kunden mit hohem Abwanderungsrisiko" if de else "valuable customers at risk of churning")
    elif plan.intent == "inactive":
        day = plan.population.inactive_since.isoformat() if plan.population.inactive_since else "?"
        parts.append(f"Kunden ohne Auftrag seit {day}" if de else f"customers without an order since {day}")
    elif plan.metrics:
        labels = [render.metric_label(m, lang) for m in plan.metrics]
        groups = plan.group_by
        if plan.aggregate == "mean" and groups[:1] == ("customer_id",) and (len(groups) > 1 or not plan.top_n):
            labels = [f"Mittelwert je Kunde: {x}" if de else f"mean per customer: {x}" for x in labels]
            groups = groups[1:] if len(groups) > 1 else groups  # "per customer by Region": grouped by Region
        if plan.counted is not None:  # "Anzahl verschiedener Werte von Land"
            of = render.dim_label(plan.counted, lang)
            labels = [f"{x} von {of}" if de else f"{x} of {of}" for x in labels]
        head = " + ".join(labels)
        if groups:
            dims = ", ".join(render.dim_label(g, lang) for g in groups)
            head += f" je {dims}" if de else f" by {dims}"
        if plan.intent == "trend" and not plan.group_by:
            grain = render.dim_label(plan.grain or "month", lang)
            head += f" je {grain} (Verlauf)" if de else f" by {grain} (trend)"
        parts.append(head)
    if plan.compare is not None:
        a, b = plan.compare.a, plan.compare.b
        la = a.label(lang) if hasattr(a, "label") else ""
        lb = b.label(lang) if hasattr(b, "label") else ""
        parts.append(f"{la} gegenüber {lb}" if de else f"{la} vs {lb}")
    window = render.window_phrase(plan.window, lang)
    parts.append(window or ("alle Daten bis zum Stichtag" if de else "all data up to the analysis date"))
    parts.extend(render.filter_phrase(f, lang) for f in plan.filters)
    population = []
    if plan.order_bounds:
        population.append(plan.population.order_bounds_label(lang))
    if plan.population.spend is not None:
        population.append(plan.population.spend_label(lang))
    if plan.population.churn_risk is not None:
        population.append(plan.population.risk_label(lang))
    if plan.population.top_percent is not None:
        pct = render.fmt_number(plan.population.top_percent / 100, "fraction", lang)
        population.append(f"Top {pct} der Kunden nach Umsatz" if de else f"top {pct} of customers by revenue")
    if plan.population.cancelled is not None:
        population.append({True: ("Kunden mit storniertem Auftrag", "customers with a cancelled order"),
                           False: ("Kunden ohne stornierten Auftrag", "customers without a cancelled order")}
                          [plan.population.cancelled][0 if de else 1])
    if plan.population.concept is not None:
        population.append({
            "unprofitable": ("unrentable Kunden (Gewinn < 0)", "unprofitable customers (profit < 0)"),
            "not_paid_back": ("Kunden, deren Akquisekosten noch nicht eingespielt sind",
                              "customers who have not yet paid back their acquisition cost"),
            "paid_back": ("Kunden, deren Akquisekosten eingespielt sind",
                          "customers who have paid back their acquisition cost"),
            "with_email": ("Kunden mit E-Mail-Adresse", "customers with an e-mail address"),
            "without_email": ("Kunden ohne E-Mail-Adresse", "customers without an e-mail address"),
            "with_phone": ("Kunden mit Telefonnummer", "customers with a phone number"),
            "without_phone": ("Kunden ohne Telefonnummer", "customers without a phone number"),
            "promoters": ("Promotoren (letzte NPS-Antwort 9–10)", "promoters (latest NPS answer 9–10)"),
            "passives": ("Passive (letzte NPS-Antwort 7–8)", "passives (latest NPS answer 7–8)"),
            "detractors": ("Kritiker (letzte NPS-Antwort 0–6)", "detractors (latest NPS answer 0–6)"),
        }[plan.population.concept][0 if de else 1])
    if plan.population.inactive_since is not None and plan.intent != "inactive":
        population.append(f"ohne Auftrag seit {plan.population.inactive_since.isoformat()}" if de
                          else f"no order since {plan.population.inactive_since.isoformat()}")
    parts.append(", ".join(population) if population else ("alle Kunden" if de else "all customers"))
    if plan.top_n and plan.group_by:
        if plan.order == "asc":
            parts.append(f"die niedrigsten {plan.top_n}" if de else f"bottom {plan.top_n}")
        else:
            parts.append(f"Top {plan.top_n}")
    if plan.components:
        per = ("Jahr" if de else "year") if plan.component_unit == "year" else ("Monat" if de else "month")
        shown = ", ".join(f"{k} = {render.fmt_number(v, 'number', lang)}" for k, v in plan.components)
        parts.append((f"gesetzt: {shown} (C je {per}, t in {per}en)" if de else
                      f"set: {shown} (C per {per}, t in {per}s)"))
    text = " · ".join(p for p in parts if p)
    if plan.corrections:
        read = ", ".join(f"'{typed}' → '{known}'" for typed, known in plan.corrections)
        text += f" (gelesen als: {read})" if de else f" (read as: {read})"
    if plan.status == "clarify":
        asked = " ".join(i.text(lang) for i in plan.issues)
        so_far = text if plan.metrics or plan.group_by else ""
        return (f"bisher verstanden: {so_far or 'nichts Eindeutiges'} — offen: {asked}" if de
                else f"understood so far: {so_far or 'nothing definite'} — open: {asked}")
    return text


_TIME_GRAINS = ("month", "quarter", "year")
_PERIOD_METRICS = {"retention_rate", "churn_rate"}


def _grain_period(day: dt.date, grain: str) -> tuple[dt.date, dt.date, str]:
    """[start, end) and label of the calendar period of ``grain`` containing ``day``."""
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
    from insight.metrics.lines import prepared_lines

    first = ds.cached(("notes.first_day", ds.as_of), lambda: prepared_lines(ds).select(
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
    as_of, de = ds.as_of, plan.language == "de"
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
    period_rate = bool(set(plan.metrics) & _PERIOD_METRICS)
    grain = plan.period or "year"
    starts = [w.start for w in windows if w.start is not None] if period_rate else []
    if period_rate and not windows:  # no period named: the default pair of the answer (metrics.md)
        from insight.metrics.loyalty import default_pair, retention
        from insight.metrics.periods import label_range

        pair = default_pair(ds.cached(("query.retention", ds.as_of, grain), lambda: retention(ds, grain)))
        starts = [label_range(str(pair["period"]))[0]] if pair is not None else []
    for day in starts:  # retention/churn compare period P (the window's start) with P−1: both must be whole
        start, end, label = _grain_period(day, grain)
        check(start, end, label)
        p_start, p_end, p_label = _grain_period(start - dt.timedelta(days=1), grain)
        check(p_start, p_end, p_label)
    for w in windows if not period_rate else []:
        check(w.start, w.end, w.label(plan.language) or "")
    grains = [g for g in plan.group_by if g in _TIME_GRAINS] or ([plan.grain] if plan.grain else [])
    if grains and not period_rate:
        lo = max(first, plan.window.start) if plan.window.start else first
        hi = min(last, plan.window.end - dt.timedelta(days=1)) if plan.window.end else last
        if lo <= hi:
            for day in (lo, hi):
                start, end, label = _grain_period(day, grains[0])
                check(start, end, label)
    if not found:
        return []
    fmt = (lambda d: d.strftime("%d.%m.%Y")) if de else (lambda d: d.isoformat())
    parts = [f"{label} ({fmt(a)}–{fmt(b)})" for label, (a, b) in found.items() if label]
    if not parts:
        return []
    compared = plan.compare is not None or period_rate
    if de:
        text = f"Unvollständiger Zeitraum: {', '.join(parts)} — die Daten decken ihn nur teilweise ab"
        return [text + ("; der Vergleich stellt ihn einem vollständigen gegenüber." if compared else ".")]
    text = f"Incomplete period: {', '.join(parts)} — the data covers it only in part"
    return [text + ("; the comparison sets it against a complete one." if compared else ".")]
