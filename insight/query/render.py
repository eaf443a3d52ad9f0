"""Numbers and sentences in the answer's language: 1,234.56 € / 1.234,56 €, 42 % / 42 %, labels, qualifiers.

The text of an answer is one to three sentences; the table carries the full result. German text uses
German metric and dimension labels and German segment names; JSON keeps canonical English values.
"""

from __future__ import annotations

import datetime as dt
import re

from insight import formatting, labels
from insight.language import Language
from insight.messages import say
from insight.query import lazy_re
from insight.query.plan import Filter, QueryPlan, TimeWindow
from insight.query.traits import has_headcount
from insight.semantic import SEMANTIC_MODEL

# the formatting lives in insight.formatting (one module for every face); re-exported for callers here
fmt_number = formatting.fmt_number
CURRENCY_SYMBOLS = formatting.CURRENCY_SYMBOLS


def metric_label(name: str, lang: Language) -> str:
    metric = SEMANTIC_MODEL.metrics.get(name)
    return metric.label(lang) if metric else name


def dative_de(label: str) -> str:
    """A German metric label after "nach": the adjective before the noun takes the dative ending
    ("nach prognostiziertem Kundenwert", "nach erwarteten Aufträgen")."""
    words = label.split(" ")
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-2][:1].islower():
        return label
    adjective, noun = words[-2], words[-1]
    if adjective.endswith("er"):          # strong masculine singular: -er → -em
        adjective = adjective[:-2] + "em"
    elif adjective.endswith("e") and noun.endswith("e"):  # plural: -e → -en, the noun takes -n
        adjective, noun = adjective + "n", noun + "n"
    return " ".join([*words[:-2], adjective, noun])


def dim_label(name: str, lang: Language) -> str:
    dim = SEMANTIC_MODEL.dimensions.get(name)
    return dim.label(lang) if dim else name.replace("_", " ")


def value_label(dim: str, value: object, lang: Language) -> str:
    """A value of ``dim`` in the answer's language: the label catalogue's German label (``insight.labels``);
    a dimension of the semantic model also names a missing value and drops a float's '.0'."""
    if SEMANTIC_MODEL.dimensions.get(dim) is not None or value is not None:
        return labels.value_label(dim, value, lang)
    return str(value)


def unit_of(name: str) -> str:
    metric = SEMANTIC_MODEL.metrics.get(name)
    return metric.unit if metric else "number"


def window_phrase(window: TimeWindow, lang: Language) -> str:
    return "" if window.is_all else window.label(lang)


def filter_phrase(f: Filter, lang: Language) -> str:
    values = ", ".join(value_label(f.dimension, v, lang) for v in f.values)
    if f.op == "not_in":
        return say("render_excluding", lang, dimension=dim_label(f.dimension, lang), values=values)
    if f.op in ("gt", "ge", "lt", "le"):
        sign = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[f.op]
        value = f.values[0]
        if isinstance(value, str):  # a day a date column is compared with
            return f"{dim_label(f.dimension, lang)} {sign} {value}"
        unit = "count" if isinstance(value, int) or (isinstance(value, float) and value.is_integer()) else "number"
        return f"{dim_label(f.dimension, lang)} {sign} {fmt_number(value, unit, lang)}"
    if f.op == "in" and len(f.values) == 1 and isinstance(f.values[0], (int, float)):
        return f"{dim_label(f.dimension, lang)} = {values}"
    return f"{dim_label(f.dimension, lang)} {values}"


def activity_labels(plan: QueryPlan, lang: Language) -> list[str]:
    """The populations by activity, in words: 'customers without an order (2025)', 'Kunden ohne Belegart Gutschrift'."""
    pop, out = plan.population, []
    if pop.absent is not None:
        when = window_phrase(pop.absent, lang)
        when = f"in {when}" if re.match(r"[0-9QH]|[A-ZÄÖÜ][a-zäöü]+\.? \d{4}", when) else when  # 'in 2025', 'since …'
        out.append(say("population_absent", lang, when=when))
    if pop.present is not None:
        when = window_phrase(pop.present, lang)  # 'customers with an order in 2010 too', 'Kunden mit … auch 2010'
        when = f"in {when}" if re.match(r"[0-9QH]|[A-ZÄÖÜ][a-zäöü]+\.? \d{4}", when) else when
        out.append(say("population_present", lang, when=when))
    if pop.complaints is not None:  # 'customers with ≥ 2 complaints'
        sign = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[pop.complaints[0]]
        out.append(say("population_complaints", lang, sign=sign, n=pop.complaints[1]))
    if pop.redeemed is not None:  # 'customers who redeemed a voucher'
        out.append(say("population_redeemed" if pop.redeemed else "population_not_redeemed", lang))
    if pop.active is not None:  # 'active customers (an order in the last 12 months: 2024-07-01 – 2025-06-30)'
        last = pop.active.end - dt.timedelta(days=1) if pop.active.end else None
        out.append(say("population_active", lang, n=pop.active.n or 12,
                       start=pop.active.start.isoformat() if pop.active.start else "?",
                       end=last.isoformat() if last else "?"))
    if pop.cohort is not None:  # 'customers acquired in 2010', '2010 gewonnene Kunden'
        when = window_phrase(pop.cohort, lang)
        when = f"in {when}" if lang == "en" and re.match(r"[0-9QH]|[A-Z][a-z]+\.? \d{4}", when) else when
        out.append(say("population_cohort", lang, when=when))
    if pop.every is not None:  # 'customers with an order in every quarter'
        out.append(say("population_every", lang, grain=dim_label(pop.every, lang)))
    if pop.order_value is not None:  # "only orders with a value > 100"
        out.append(pop.order_value_label(lang))
    if pop.any_flag is not None:
        out.append(say("population_any_flag", lang, columns=", ".join(dim_label(c, lang) for c in pop.any_flag)))
    if pop.new:
        out.append(say("population_new", lang))
    if pop.outside_top is not None:
        n = pop.outside_top
        out.append(say("population_outside_top", lang, n=n))
    if pop.lines is not None:
        line_value, has = pop.lines
        shown = filter_phrase(line_value, lang)
        out.append(say("population_with_lines" if has else "population_without_lines", lang, shown=shown))
    return out


def qualifiers(plan: QueryPlan, lang: Language, window: TimeWindow | None = None) -> str:
    """' (2011; Land Germany)' — the window and filters in brackets, or ''."""
    parts = [p for p in [window_phrase(window or plan.window, lang)] if p]
    parts += [filter_phrase(f, lang) for f in plan.filters]
    if plan.population.top_percent is not None:
        pct = fmt_number(plan.population.top_percent / 100, "fraction", lang)
        parts.insert(0, say("population_top_percent", lang, share=pct))
    if plan.population.inactive_since is not None:
        day = plan.population.inactive_since.isoformat()
        parts.insert(0, say("population_inactive", lang, day=day))
    if plan.order_bounds:
        parts.insert(0, plan.population.order_bounds_label(lang, who=not has_headcount(plan.metrics)))
    parts[:0] = activity_labels(plan, lang)
    extra = headline_restrictions(plan.model_copy(update={"language": lang}))
    parts += [_bracketed(p, has_headcount(plan.metrics)) for p in extra if p not in parts]
    return f" ({'; '.join(parts)})" if parts else ""


def set_parts(plan: QueryPlan) -> list[str]:
    """The set restrictions of the population: "Kunden mit Category Furniture und Technology (jeweils)",
    "customers with an NPS answer = 10"."""
    lang, out = plan.language, []
    if plan.population.all_of is not None:  # "sowohl Furniture als auch Technology"
        column, values = plan.population.all_of
        out.append(say("population_all_of", lang, column=dim_label(column, lang),
                       values=say("word_and", lang).join(values)))
    if plan.population.nps_answer is not None:  # "NPS 10 gegeben"
        op, value = plan.population.nps_answer
        sign = {"eq": "=", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[op]
        out.append(say("population_nps_answer", lang, sign=sign, value=f"{value:g}"))
    if plan.population.survey_answer is not None:  # "Satisfaction Price unter 3"
        column, op, value, within = plan.population.survey_answer
        sign = {"eq": "=", "gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[op]
        where = ", ".join(", ".join(str(v) for v in f.values) for f in within)
        out.append(say("population_survey_answer", lang, column=column, sign=sign, value=f"{value:g}",
                       where=f" ({where})" if where else ""))
    return out


def headline_restrictions(plan: QueryPlan) -> list[str]:
    """The population's restrictions the answer's first sentence would otherwise leave out (its brackets name the
    window, the filters, order counts, the top X %, inactivity and activity themselves): a second restriction
    such as "more than 1,000 in revenue" beside "≥ 6 orders" must be named there too, as in `understood`."""
    lang, pop, out = plan.language, plan.population, []
    if pop.spend is not None:
        out.append(pop.spend_label(lang))
    if pop.churn_risk is not None:
        out.append(pop.risk_label(lang))
    out.extend(set_parts(plan))
    if pop.cancelled is not None:
        out.append(say("notes_cancelled" if pop.cancelled else "notes_not_cancelled", lang))
    if pop.concept is not None:
        out.append(say(f"notes_concept_{pop.concept}", lang))
    return out


_CUSTOMERS_WITH = lazy_re.compile(r"^(?:customers with |customers whose |Kunden mit )(?=\S)")


def _bracketed(label: str, headcount: bool) -> str:
    """A population label inside the headline's brackets: no brackets of its own ('unrentable Kunden, Gewinn < 0')
    and, where the figure counts the customers already, no second 'customers with' ('Kunden (Umsatz > 1.000)')."""
    label = re.sub(r" \(([^()]*)\)$", r", \1", label)
    return _CUSTOMERS_WITH.sub("", label) if headcount else label


def sentence_scalar(plan: QueryPlan, metric: str, value: object, lang: Language, currency: str,
                    aggregate: str | None = None) -> str:
    label = metric_label(metric, lang)
    is_customer_value = SEMANTIC_MODEL.metrics.get(metric) is not None and SEMANTIC_MODEL.metrics[metric].family == "customer"
    if not is_customer_value:
        aggregate = None
    if aggregate == "mean":
        label = say("render_average", lang, metric=label)
    elif aggregate == "sum" and SEMANTIC_MODEL.metrics.get(metric) and SEMANTIC_MODEL.metrics[metric].family == "customer":
        label = say("render_total", lang, metric=label)
    text = f"{label[:1].upper()}{label[1:]}{qualifiers(plan, lang)}: {fmt_number(value, unit_of(metric), lang, currency)}."
    return text


def listing(rows: list[tuple[str, object]], metric: str, lang: Language, currency: str, limit: int = 5) -> str:
    shown = [f"{k} {fmt_number(v, unit_of(metric), lang, currency)}" for k, v in rows[:limit]]
    more = len(rows) - limit
    if more > 0:
        shown.append(f"… (+{more})")
    return ", ".join(shown)
