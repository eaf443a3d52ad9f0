"""The caveats of an answer (answers.md, key ``notes``) and the restatement of what was computed
(key ``understood``), from the plan and the data's detected conventions."""

from __future__ import annotations

from insight.dataset import Dataset
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
        m = ds.settings.default_margin
        notes.append(f"Gewinn mit angenommener Standardmarge {m:.0%} berechnet (die Daten haben keine Gewinn- oder "
                     "Kostenspalte; insight settings --margin)." if lang == "de" else
                     f"Profit uses an assumed default margin of {m:.0%} (the data has no profit or cost column; "
                     "set it with insight settings --margin).")
    if metrics & _LINE_METRICS and conv.cancelled_lines:
        values = ", ".join(conv.cancelled_values)
        notes.append(f"{conv.cancelled_lines:,} Zeilen mit Status {values} sind nicht enthalten (nie ein Verkauf)."
                     .replace(",", ".") if lang == "de" else
                     f"{conv.cancelled_lines:,} lines with status {values} are left out (never a sale).")
    if metrics & _MONEY_METRICS and not conv.currency:
        notes.append("Keine Währung gesetzt oder in den Daten gefunden: Beträge ohne Währungszeichen "
                     "(--currency oder insight settings --currency)." if lang == "de" else
                     "No currency set or found in the data: amounts are shown without one "
                     "(--currency or insight settings --currency).")
    if metrics & _MODEL_METRICS:
        try:
            from insight.clv.diagnostics import fit_notes

            notes.extend(fit_notes(ds, lang, metrics=sorted(metrics & _MODEL_METRICS)))
        except Exception:  # noqa: BLE001 - no fit, no note: the answer itself says why it has no numbers
            pass
    return notes
