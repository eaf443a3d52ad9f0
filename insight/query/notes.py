"""The caveats of an answer (answers.md, key ``notes``) and the restatement of what was computed
(key ``understood``), from the plan and the data's detected conventions."""

from __future__ import annotations

from insight import formatting
from insight.dataset import Dataset
from insight.messages import say
from insight.query.plan import QueryPlan

_PROFIT_METRICS = {"profit", "margin", "customer_capital", "clv", "customer_value", "ltv_formula",
                   "ltv_by_channel"}
_MONEY_METRICS = {"revenue", "aov", "profit", "customer_capital", "clv", "customer_value", "value_at_risk",
                  "unattributed_revenue", "ltv_formula"}
_MODEL_METRICS = {"clv", "p_alive", "churn_risk", "expected_orders", "customer_value", "value_at_risk"}
_LINE_METRICS = {"revenue", "orders", "aov", "customers", "new_customers", "order_lines", "quantity", "profit",
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
        day = plan.inactive_since.isoformat() if plan.inactive_since else "?"
        parts.append(f"Kunden ohne Auftrag seit {day}" if de else f"customers without an order since {day}")
    elif plan.metrics:
        labels = [render.metric_label(m, lang) for m in plan.metrics]
        if plan.aggregate == "mean" and plan.group_by == ("customer_id",) and not plan.top_n:
            labels = [f"Mittelwert je Kunde: {x}" if de else f"mean per customer: {x}" for x in labels]
        head = " + ".join(labels)
        if plan.group_by:
            dims = ", ".join(render.dim_label(g, lang) for g in plan.group_by)
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
        population.append(plan.order_bounds_label(lang))
    if plan.spend is not None:
        population.append(plan.spend_label(lang))
    if plan.top_percent is not None:
        pct = render.fmt_number(plan.top_percent / 100, "fraction", lang)
        population.append(f"Top {pct} der Kunden nach Umsatz" if de else f"top {pct} of customers by revenue")
    if plan.population is not None:
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
        }[plan.population][0 if de else 1])
    if plan.inactive_since is not None and plan.intent != "inactive":
        population.append(f"ohne Auftrag seit {plan.inactive_since.isoformat()}" if de
                          else f"no order since {plan.inactive_since.isoformat()}")
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
