"""Runs a QueryPlan on a Dataset and builds the Answer of shared/spec/answers.md.

Only validated plans arrive here, and every plan node maps onto a polars computation of the metrics
layer; there is no eval, no SQL and no write anywhere, so a question cannot change the data. Missing
data (a table or column a metric needs) becomes status "error" with one sentence naming it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace

import polars as pl

from insight.answer import Answer, ChartSpec
from insight.dataset import Dataset
from insight.errors import InsightError, MissingInputError
from insight.logs import debug_enabled, internal_error_note, internal_error_text
from insight.messages import say
from insight.metrics.grouped import TIME_DIMENSIONS
from insight.query import render, specials
from insight.query.frames import (customer_frame, customers_inactive_since, customers_of_population, customers_top_percent,
                                  customers_by_churn_risk, customers_by_spend, customers_with_min_orders, line_frame)
from insight.query.every_status import every_status_counted
from insight.query.families import family
from insight.query.table_answers import TABLE_OWN_DIMENSIONS as _TABLE_OWN_DIMENSIONS, answer_table
from insight.query.status_population import cancelled_customers_frame, customers_with_cancelled
from insight.query.client_frames import non_sale_frame
from insight.query.loyalty_frames import coupon_frame, repeat_rate_frame, retention_frame, survey_frame
from insight.query.plan import Filter, Issue, QueryPlan, TimeWindow
from insight.query.traits import (answer_column, besides_headcount, cancelled_count, cancelled_counts,
                                   counts as counted_thing, is_headcount, is_period_based, sales_share)
from insight.segments import SEGMENT_COLUMNS
from insight.semantic import SEMANTIC_MODEL

log = logging.getLogger(__name__)


def execute(plan: QueryPlan, ds: Dataset, question: str) -> Answer:
    """The answer to ``question`` as planned; never raises for problems the user can fix."""
    lang = plan.language
    base = dict(question=question, language=lang, plan=plan.to_json(), as_of=ds.as_of)
    if plan.status == "refuse":
        return Answer(status="error", text=" ".join(i.text(lang) for i in plan.issues),
                      understood=_understood(plan, ds), **base)
    if plan.status == "clarify":
        return Answer(status="clarify", text=" ".join(i.text(lang) for i in plan.issues),
                      options=list(plan.options), understood=_understood(plan, ds), **base)
    if plan.intent != "definition" and not _has_rows(ds):
        text = say("executor_no_rows", lang, source=ds.source or say("executor_no_rows_source", lang))
        return Answer(status="error", text=text, **base)
    from insight.metrics.conventions import currency_of

    currency = currency_of(ds)[0] or next((str(f.values[0]).upper() for f in plan.filters if f.dimension == "currency"
                                           and f.op == "in" and len(f.values) == 1), "")
    try:
        table, text, chart = _run(plan, ds, currency)
        from insight.query.extreme_order import names_the_order, the_order

        if names_the_order(plan, table):  # "größte Einzelbestellung": which order it was, too
            table, text = the_order(plan, _restricted(plan, ds), ds, table, text)
    except MissingInputError as err:
        # "What is our NPS?" without survey answers: asked back, naming the table or column to import (answers.md:
        # a concept the workspace does not have gets clarify)
        issue = Issue(code="missing_input", en=_missing(err, "en"), de=_missing(err, "de"))
        return execute(plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()}), ds, question)
    except InsightError as err:
        return Answer(status="error", text=_missing(err, lang), understood=_understood(plan, ds), **base)
    except pl.exceptions.PolarsError:
        # a plan this data cannot carry (e.g. a grouping on a column of the wrong type): one sentence
        log.warning("the plan cannot be computed on this data: %s", plan.to_json(), exc_info=True)
        if debug_enabled():
            raise
        return Answer(status="error", text=say("executor_cannot_combine", lang), **base)
    except (ValueError, TypeError, KeyError, ArithmeticError):
        # a bug: its own code and sentence, the traceback in the log (--debug), re-raised under INSIGHT_DEBUG=1
        log.error("internal error answering %r with plan %s", question, plan.to_json(), exc_info=True)
        if debug_enabled():
            raise
        return Answer(status="error", text=internal_error_text(lang), notes=[internal_error_note(lang)], **base)
    shown = [m for m in plan.metrics if m in SEMANTIC_MODEL.metrics]
    if plan.intent == "at_risk":
        shown = ["churn_risk", "p_alive", "clv"]
    elif plan.intent == "inactive":
        shown = [c for c in ("revenue", "churn_risk") if c in table.columns]
    elif plan.intent == "describe_segment":
        shown = [{"cluster": "clusters"}.get(plan.segment_method or "rfm", plan.segment_method or "rfm")]
    definitions = {m: _definition(ds, m, lang) for m in shown}
    if plan.explain:
        text = f"{text} {explanation(plan, lang)}"
    notes = " ".join(i.text(lang) for i in plan.issues)
    if notes:
        text = f"{text} {notes}"
    from insight.query.notes import answer_notes
    from insight.query.zero_orders import zero_order_notes

    notes_list = answer_notes(plan, ds) + zero_order_notes(plan, table, ds, lambda p, d, w: metric_table(
        _restricted(p, d), d, w))
    return Answer(status="ok", text=text, table=table, definitions=definitions, chart=chart,
                  notes=notes_list, understood=_understood(plan, ds), **base)


def _understood(plan: QueryPlan, ds: Dataset) -> str:
    from insight.query.notes import understood

    try:
        return understood(plan, ds)
    except Exception:  # noqa: BLE001 - a restatement never costs the user the answer
        return ""


def _has_rows(ds: Dataset) -> bool:
    """An empty workspace answers every question with zeros; say so instead."""
    return any(frame.height for frame in (ds.order_lines, ds.customers, ds.survey_responses, ds.coupons,
                                          ds.interactions))


def _missing(err: InsightError, lang: str) -> str:
    from insight.query.messages import cannot_answer

    first = str(err).splitlines()[0] if str(err) else type(err).__name__
    return cannot_answer(first, lang)


def explanation(plan: QueryPlan, lang: str) -> str:
    parts = [f"{m}: {SEMANTIC_MODEL.metric(m).definition(lang)}" for m in plan.metrics]
    window = render.window_phrase(plan.window, lang) or say("notes_all_data", lang)
    grouped = say("executor_explanation_grouped", lang, dimensions=", ".join(plan.group_by)) if plan.group_by else ""
    return say("executor_explanation", lang, how="; ".join(parts), window=window) + grouped


# ------------------------------------------------------------------------------------------------
def _run(plan: QueryPlan, ds: Dataset, currency: str) -> tuple[pl.DataFrame, str, ChartSpec | None]:
    lang = plan.language
    if plan.intent == "definition":
        frame = pl.DataFrame({"metric": list(plan.metrics),
                              "definition": [SEMANTIC_MODEL.metric(m).definition(lang) for m in plan.metrics]})
        text = " ".join(f"{render.metric_label(m, lang)}: {SEMANTIC_MODEL.metric(m).definition(lang)}"
                        for m in plan.metrics)
        return frame, text, None
    if plan.intent == "lookup_customer":
        frame, text = specials.lookup_customer(ds, plan, currency)
        return frame, text, None
    if plan.intent == "inactive" and plan.population.inactive_since is not None:
        frame, text = specials.inactive(ds, plan, currency)
        return frame, text, None
    if plan.intent == "at_risk":
        frame, text = specials.at_risk(ds, plan, currency)
        return frame, text, ChartSpec("bar", "customer_id", "churn_risk")
    if plan.intent == "describe_segment":
        frame, text = specials.describe_segment(ds, plan, currency)
        key = SEGMENT_COLUMNS.get(plan.segment_method or "", "")
        chart = ChartSpec("bar", key, "customers") if key and key in frame.columns else None
        return frame, text, chart
    if plan.intent == "table":
        from insight.query.frames import scoped_dataset

        restricted = _restricted(plan, ds)  # a population (min orders, unprofitable, ...) as customer ids
        own = _TABLE_OWN_DIMENSIONS.get(plan.metrics[0], set())  # "funnel from lead to customer" names stages
        scope = [f for f in restricted.filters if f.dimension not in own]
        frame, text = answer_table(scoped_dataset(ds, scope), plan, currency)
        return frame, text, None
    if plan.intent == "compare" and plan.compare is not None:
        return _compare(plan, ds, currency)
    if plan.counted is not None:  # "Wie viele Länder gibt es?": the number of distinct values
        from insight.query.distinct import distinct_text
        from insight.query.distinct_frames import distinct_frame

        frame = distinct_frame(_restricted(plan, ds), ds, metric_table)
        scope = ", ".join(p for p in (render.window_phrase(plan.window, lang),
                                      *(render.filter_phrase(f, lang) for f in plan.filters)) if p)
        return frame, distinct_text(plan, frame, lang, scope), _chart(plan, frame)
    from insight.query.shares import share_frame, wants_share_frame

    if wants_share_frame(plan):  # "Technology share of profit", "Anteil der Classic Cars am Umsatz in EMEA"
        # each side restricted on its own filters: a population (new customers, ≥ N orders) is chosen within the
        # scope for the denominator, never among the part's customers only
        frame = _with_names(_order(plan, _round(share_frame(plan, ds, lambda p, d, w: metric_table(_restricted(p, d),
                                                                                                   d, w)))), ds)
        return frame, _text(plan, frame, lang, currency), _chart(plan, frame)
    if plan.aggregate == "median" and plan.metrics:  # "median order value", "Median-Umsatz pro Kunde"
        return _median(plan, ds, currency)
    frame = _round(metric_table(_restricted(plan, ds), ds, plan.window))
    if plan.aggregate == "mean" and plan.group_by == ("customer_id",) and plan.intent == "metric" and not plan.top_n:
        # "durchschnittlicher Umsatz pro Kunde": the mean over customers, one number
        frame = _round(frame.select(pl.col(m).mean() for m in plan.metrics if m in frame.columns))
        text = " ".join(render.sentence_scalar(plan, m, frame.item(0, m), lang, currency) for m in frame.columns)
        per = say("executor_per_customer", lang)
        return frame, text.replace(":", per + ":", 1), None
    if plan.aggregate == "mean" and len(plan.group_by) == 1 and plan.group_by[0] in TIME_DIMENSIONS and \
            plan.intent == "metric" and not plan.top_n:  # "Durchschnittlicher Umsatz pro Monat 2017": one number
        periods = frame.height
        frame = _round(frame.select(*(pl.col(m).mean() for m in plan.metrics if m in frame.columns),
                                    periods=pl.lit(periods, dtype=pl.Int64)))
        one = plan.model_copy(update={"group_by": (), "aggregate": None})
        grain = render.dim_label(plan.group_by[0], lang)
        text = _text(one, frame, lang, currency)
        per = say("executor_mean_per_period", lang, grain=grain, periods=periods)
        return frame, text.replace(":", per + ":", 1), None
    if plan.aggregate == "mean" and plan.group_by[:1] == ("customer_id",) and len(plan.group_by) > 1 and \
            (plan.intent == "rank" or (plan.intent == "metric" and not plan.top_n)):
        # "average revenue per customer by country": the mean over the customers of each group; "… top 5",
        # "Which region has the lowest revenue per customer?": those groups ranked by it
        keys = [g for g in plan.group_by if g != "customer_id" and g in frame.columns]
        values = [m for m in plan.metrics if m in frame.columns]
        frame = _round(frame.group_by(keys).agg(*(pl.col(m).mean() for m in values),
                                                customers=pl.col("customer_id").n_unique())
                       .sort([values[0], *keys], descending=[plan.order != "asc", *([False] * len(keys))],
                             nulls_last=True))
        frame = _having(plan, frame)  # "… nur Länder mit mehr als 50 Kunden": the customers of each group
        if plan.top_n:
            frame = frame.head(plan.top_n)
        grouped = plan.model_copy(update={"group_by": tuple(keys), "aggregate": None})
        text = _text(grouped, frame, lang, currency)
        per = say("executor_per_customer_of_group", lang)
        first = render.metric_label(values[0], lang)
        text = re.sub(re.escape(first), lambda m: m.group(0) + per, text, count=1, flags=re.IGNORECASE)
        return frame, text, _chart(grouped, frame)
    if plan.combined and plan.top_n:  # "Umsatz der Top 10 Kunden zusammen": the ranking's figures added up
        ranked = _order(plan, frame)
        metrics = [m for m in plan.metrics if m in ranked.columns]
        frame = _round(ranked.select(*(pl.col(m).sum() for m in metrics), groups=pl.len().cast(pl.Int64)))
        if sales_share() in metrics and "customer_id" in plan.group_by:
            frame = frame.with_columns(revenue_share=_top_customers_share(plan, ds))
        one = plan.model_copy(update={"group_by": (), "top_n": None, "combined": False})
        text = _text(one, frame, lang, currency)
        dims = ", ".join(render.dim_label(g, lang) for g in plan.group_by)
        top = say("executor_top_combined" if plan.order != "asc" else "executor_bottom_combined", lang,
                  n=plan.top_n, dims=dims)
        return frame, text.replace(":", top + ":", 1), None
    empty = _empty_group_sentence(plan, frame, lang, currency)  # "which industry has the most customers"
    second = _runner_up_sentence(plan, frame, lang, currency)  # "Welche Produktlinie hat den meisten Umsatz?"
    frame = _with_descriptions(_with_names(_order(plan, frame), ds), ds)
    return frame, _text(plan, frame, lang, currency) + second + empty, _chart(plan, frame)


def _top_customers_share(plan: QueryPlan, ds: Dataset) -> float:
    """The top N customers' revenue / all revenue of the scope (window, filters), lines without a customer
    included: "Wie viel Prozent des Umsatzes machen die Top 10 Kunden aus?" is a share of the whole revenue,
    while each customer's own share in a ranking is of the customers' revenue."""
    restricted = _restricted(plan, ds).model_copy(update={"metrics": ("revenue",)})
    ranked = metric_table(restricted, ds, plan.window).sort("revenue", descending=plan.order != "asc",
                                                            nulls_last=True).head(plan.top_n or 0)
    whole = metric_table(restricted.model_copy(update={"group_by": (), "top_n": None, "order": None}), ds,
                         plan.window)
    total = whole.item(0, "revenue") if whole.height else None
    return float(ranked.get_column("revenue").sum()) / total if total else float("nan")


def _median(plan: QueryPlan, ds: Dataset, currency: str) -> tuple[pl.DataFrame, str, ChartSpec | None]:
    """The median of the order totals (AOV) or of the customers' values, per group (query/median.py)."""
    from insight.query import median, median_frames

    metric, lang = plan.metrics[0], plan.language
    restricted = _restricted(plan, ds)
    per_customer = None
    if metric != "aov" and not answer_column(metric):  # the survey's answers are medianed as they are
        keys = ("customer_id", *(g for g in plan.group_by if g != "customer_id"))
        per_customer = metric_table(restricted.model_copy(update={"aggregate": None, "group_by": keys,
                                                                  "top_n": None, "order": None}), ds, plan.window)
    name = median.column_name(plan, metric)
    keys = [g for g in plan.group_by if g != "customer_id"]
    shown = plan.model_copy(update={"group_by": tuple(keys), "aggregate": None})
    frame = _order(shown, _round(median_frames.median_frame(restricted, ds, per_customer)
                                 .rename({f"median_{metric}": metric})))
    text = _text(shown, frame, lang, currency)
    text = re.sub(re.escape(render.metric_label(metric, lang)), median.label(plan, metric), text, count=1,
                  flags=re.IGNORECASE)
    chart = _chart(shown, frame)
    return frame.rename({metric: name}), text, replace(chart, y=name) if chart is not None else None




def _with_names(frame: pl.DataFrame, ds: Dataset) -> pl.DataFrame:
    """Customer names beside ids where the data has them (a top list of bare numbers helps nobody)."""
    if "customer_id" not in frame.columns or "name" in frame.columns or frame.height == 0:
        return frame
    names = ds.customers.select("customer_id", "name").filter(pl.col("name").is_not_null())
    if names.height == 0:
        return frame
    names = names.unique(subset="customer_id", keep="first").with_columns(
        pl.col("customer_id").cast(frame.schema["customer_id"]))
    if names.filter(pl.col("customer_id").cast(pl.String) != pl.col("name")).height == 0:
        return frame  # the names are the ids (a source identified by customer name)
    # after the metric columns: answers.md puts dimensions first, then metrics; the name is neither
    return frame.join(names, on="customer_id", how="left", maintain_order="left")


def _with_descriptions(frame: pl.DataFrame, ds: Dataset) -> pl.DataFrame:
    """Product descriptions beside product codes where the order lines have them (the most frequent
    description per code, right after product_id)."""
    from insight.metrics.products import with_descriptions

    return with_descriptions(frame, ds)


def _restricted(plan: QueryPlan, ds: Dataset) -> QueryPlan:
    """Metrics other than the customer count "of customers with ≥ N orders" run on those customers only; the
    answer keeps the original plan (min_orders, not thousands of ids)."""
    extra = []
    if plan.order_bounds and besides_headcount(plan.metrics):
        extra.append(customers_with_min_orders(ds, plan.filters, plan.window, plan.population.min_orders, plan.population.max_orders))
    if plan.population.inactive_since is not None:
        extra.append(customers_inactive_since(ds, plan.filters, plan.population.inactive_since))
    if plan.population.spend is not None:
        extra.append(customers_by_spend(ds, plan.filters, plan.window, *plan.population.spend))
    if plan.population.top_percent is not None:
        extra.append(customers_top_percent(ds, plan.filters, plan.window, plan.population.top_percent))
    if plan.population.concept is not None:
        extra.append(customers_of_population(ds, plan.population.concept))
    if plan.population.cancelled is not None and besides_headcount(plan.metrics):
        extra.append(customers_with_cancelled(ds, plan.filters, plan.window, plan.population.cancelled))
    if plan.population.churn_risk is not None:
        extra.append(customers_by_churn_risk(ds, *plan.population.churn_risk))
    if plan.population.all_of is not None:  # "sowohl Furniture als auch Technology gekauft": each value
        from insight.query.frames import customers_with_each

        extra.append(customers_with_each(ds, plan.filters, plan.window, *plan.population.all_of))
    if plan.population.nps_answer is not None:  # "Wie viele Kunden haben NPS 10 gegeben?"
        from insight.query.frames import customers_by_nps_answer

        extra.append(customers_by_nps_answer(ds, *plan.population.nps_answer))
    if plan.population.survey_answer is not None:  # "Wie viele Befragte haben Satisfaction Price unter 3?"
        from insight.query.frames import customers_by_survey_answer

        extra.append(customers_by_survey_answer(ds, *plan.population.survey_answer))
    extra.extend(activity_filters(plan, ds))
    if not extra:
        return plan
    lifted = plan.population.without("inactive_since", "top_percent", "concept", "spend", "churn_risk", "absent",
                                     "present", "any_flag", "order_value", "new", "outside_top", "all_of", "nps_answer",
                                     "every", "cohort", "survey_answer", "active", "complaints", "redeemed")
    if not (plan.population.lines and plan.population.lines[1]):  # "had a credit note": counted from those lines
        lifted = lifted.without("lines")
    if besides_headcount(plan.metrics):
        lifted = lifted.without("cancelled")
    if plan.order_bounds and besides_headcount(plan.metrics):
        lifted = lifted.without("min_orders", "max_orders")
    return plan.model_copy(update={"filters": (*plan.filters, *extra), "population": lifted})


def activity_filters(plan: QueryPlan, ds: Dataset) -> list[Filter]:
    """The customer-id filters of a population defined by when customers ordered (activity_population.py)."""
    from insight.query.activity_population import (customers_absent, customers_new, customers_outside_top,
                                                   customers_present, customers_with_lines)

    out = []
    if plan.population.absent is not None:
        out.append(customers_absent(ds, plan.filters, plan.population.absent))
    if plan.population.present is not None:
        out.append(customers_present(ds, plan.filters, plan.population.present))
    if plan.population.complaints is not None:  # "Kunden mit mindestens 2 Beschwerden"
        from insight.query.frames import customers_by_complaints

        out.append(customers_by_complaints(ds, *plan.population.complaints))
    if plan.population.redeemed is not None:  # "Kunden, die einen Gutschein eingelöst haben"
        from insight.query.frames import customers_by_redemption

        out.append(customers_by_redemption(ds, plan.population.redeemed))
    if plan.population.active is not None:  # "aktive Kunden": an order in the 12 months before the analysis date
        out.append(customers_present(ds, plan.filters, plan.population.active))
    if plan.population.cohort is not None:
        out.append(customers_new(ds, plan.filters, plan.population.cohort))
    if plan.population.every is not None:
        from insight.query.activity_population import customers_every

        out.append(customers_every(ds, plan.filters, plan.window, plan.population.every))
    if plan.population.order_value is not None:
        from insight.query.activity_population import orders_by_value

        out.append(orders_by_value(ds, plan.filters, plan.window, *plan.population.order_value))
    if plan.population.any_flag is not None:
        from insight.query.any_flag import customers_with_any

        out.append(customers_with_any(ds, plan.population.any_flag))
    if plan.population.new:
        out.append(customers_new(ds, plan.filters, plan.window))
    if plan.population.outside_top is not None:
        out.append(customers_outside_top(ds, plan.filters, plan.window, plan.population.outside_top))
    if plan.population.lines is not None:
        out.append(customers_with_lines(ds, plan.filters, plan.window, *plan.population.lines))
    return out


def _definition(ds: Dataset, metric: str, lang: str) -> str:
    """The metric's definition as computed on this data: a concept answered by the data's flag column says so,
    and customers of a customers table without orders are its rows."""
    from insight.semantic.client import definition

    own = definition(ds, metric, lang)
    if own is not None:
        return own
    if is_headcount(metric) and ds.order_lines.height == 0:
        return say("executor_customers_table_definition", lang)
    return SEMANTIC_MODEL.metric(metric).definition(lang)


def names_reversing_documents(ds: Dataset, filters: list[Filter] | tuple[Filter, ...]) -> bool:
    """Whether a filter keeps only the reversing documents of the data's document-type column (Loyverse's
    'Receipt type' = Refund, 'Belegart' = Gutschrift): a count of orders or documents under it counts them
    (docs/ask.md, "Counting reversing documents by their type")."""
    from insight.metrics.conventions import credit_documents

    found = credit_documents(ds)
    if found is None:
        return False
    column, credit = found
    said = {str(v) for v in credit}
    return any(f.dimension == column and f.op == "in" and all(str(v) in said for v in f.values) for f in filters)


def _reversing_document_counts(plan: QueryPlan, ds: Dataset, window: TimeWindow, line: list[str]) -> list[pl.DataFrame]:
    """"How many refund receipts?": a count of orders or documents under a filter naming the reversing documents
    counts those documents, never the sold orders among them (none); the counts are taken out of ``line``."""
    reversing = [m for m in line if counted_thing(m) in ("order", "document")]
    if not reversing or not names_reversing_documents(ds, plan.filters):
        return []
    count, keys = reversal_count(), list(plan.group_by)
    out = []
    for m in reversing:
        line.remove(m)
        frame = line_frame(ds, [count], keys, plan.filters, window, plan.segment_of_window)
        out.append(frame.select(*keys, pl.col(count).alias(m)))
    return out


def reversal_count() -> str:
    """The metric counting the reversing documents (the catalogue's reversal count)."""
    return next(name for name, e in SEMANTIC_MODEL.metrics.base.items() if e.reversal == "count")


def metric_table(plan: QueryPlan, ds: Dataset, window: TimeWindow) -> pl.DataFrame:
    """Group columns then one column per metric, computed by each metric's family and joined; fiscal periods
    labelled in the answer's language ('FY2012 Q1', 'GJ 2011/12 Q1')."""
    from insight.metrics.fiscal import FISCAL_DIMENSIONS, fiscal_of, localised

    frame = _metric_table(plan, ds, window)
    periods = ("period", "previous_period") if plan.period in FISCAL_DIMENSIONS else ()  # a fiscal retention's pair
    named = [k for k in (*FISCAL_DIMENSIONS, *periods) if k in frame.columns and frame.schema[k] == pl.String]
    return frame.with_columns(localised(pl.col(k), fiscal_of(ds), plan.language) for k in named) if named else frame


def _metric_table(plan: QueryPlan, ds: Dataset, window: TimeWindow) -> pl.DataFrame:
    keys = list(plan.group_by)
    parts: list[pl.DataFrame] = []
    by_family: dict[str, list[str]] = {}
    from insight.query.client_frames import (cancelled_frame, client_frame, customer_count_frame, customer_share_frame,
                                             is_client_metric)
    from insight.query.status_population import status_orders_frame
    from insight.query.status_union import named_never_a_sale

    no_orders = ds.order_lines.height == 0
    for m in plan.metrics:
        if is_client_metric(ds, m):
            by_family.setdefault("client", []).append(m)
        elif no_orders and is_headcount(m):
            by_family.setdefault("customer_list", []).append(m)
        elif no_orders and m == "customer_share":
            by_family.setdefault("customer_list_share", []).append(m)
        else:
            by_family.setdefault(family(m), []).append(m)
    if no_orders and (set(by_family) - {"client", "customer_list", "customer_list_share", "survey", "coupon"}):
        needs = next(m for f, ms in by_family.items() if f not in ("client", "customer_list", "customer_list_share")
                     for m in ms)
        raise MissingInputError(f"'{needs}' needs order lines (customer, date, amount), and this data is a "
                               "customers table without orders")
    trend = plan.intent == "trend"
    if plan.population.cancelled is not None and "customers" in by_family.get("line", []):
        by_family["line"].remove("customers")  # customers with (without) a cancelled order, counted as such
        parts.append(cancelled_customers_frame(ds, keys, plan.filters, window, plan.population.cancelled))
    if plan.population.lines is not None and plan.population.lines[1] and "customers" in by_family.get("line", []):
        from insight.query.activity_population import customers_with_lines_frame

        by_family["line"].remove("customers")  # "Wie viele Kunden hatten eine Gutschrift?": counted from those lines
        parts.append(customers_with_lines_frame(ds, keys, plan.filters, window, plan.population.lines[0]))
    if "orders" in by_family.get("line", []) and not set(plan.metrics) & cancelled_counts() and \
            named_never_a_sale(plan.filters):  # "orders cancelled or on hold": the orders of either status
        by_family["line"].remove("orders")
        parts.append(status_orders_frame(ds, keys, plan.filters, window))
    parts.extend(_reversing_document_counts(plan, ds, window, by_family.get("line", [])))
    if plan.order_bounds and "customers" in by_family.get("line", []):  # customers with ≥ N (≤ M) orders
        by_family["line"].remove("customers")
        parts.append(repeat_rate_frame(ds, keys, plan.filters, window, "customers", plan.population.min_orders,
                                       plan.population.max_orders))
    for fam, metrics in by_family.items():
        if not metrics:
            continue
        if fam == "client":
            parts.append(client_frame(ds, metrics, keys, plan.filters, window))
        elif fam == "cancelled":  # the asked count first, the other beside it
            frame = cancelled_frame(ds, keys, plan.filters, window)
            parts.append(frame.select(*keys, *metrics, *(c for c in ("cancelled_lines", "cancelled_orders")
                                                         if c not in metrics)))
        elif fam == "customer_list":
            parts.append(customer_count_frame(ds, keys, plan.filters, window))
        elif fam == "customer_list_share":
            parts.append(customer_share_frame(ds, keys, plan.filters, window))
        elif fam == "line":
            parts.append(line_frame(ds, metrics, keys, plan.filters, window, plan.segment_of_window))
        elif fam == "customer":
            parts.append(customer_frame(ds, metrics, keys, plan.filters, window, plan.aggregate))
        elif fam == "loyalty":
            for m in metrics:
                if m == "repeat_rate":
                    parts.append(repeat_rate_frame(ds, keys, plan.filters, window))
                else:
                    parts.append(retention_frame(ds, m, plan.period or "year", keys, plan.filters, window, trend))
        elif fam == "coupon":  # the counts asked ("Wie viele Gutscheine wurden eingelöst?") first, the rate beside
            counts = {"coupons_issued": "issued", "coupons_redeemed": "redeemed"}
            frame = coupon_frame(ds, keys, window, plan.filters)
            frame = frame.with_columns(**{m: pl.col(counts[m]) for m in metrics if m in counts})
            parts.append(frame.select(*keys, *metrics, *(c for c in ("redemption_rate", "issued", "redeemed")
                                                         if c not in metrics and c not in
                                                         {counts.get(m) for m in metrics})))
        elif fam == "survey":
            for m in metrics:
                parts.append(survey_frame(ds, m, keys, window, plan.filters, combined=plan.combined and not keys))
        elif fam == "non_sale":
            frame = non_sale_frame(ds, keys, plan.filters, window)
            parts.append(frame.select(*keys, *metrics, *(c for c in ("document_amount", "document_count")
                                                         if c not in metrics)))
        else:
            raise InsightError(f"'{metrics[0]}' is a whole analysis, not a number to combine with others")
    if every_status_counted(plan, ds):
        parts[0] = _with_never_a_sale_statuses(parts[0], ds, keys, plan.filters, window)
    if len(parts) == 1:
        return parts[0]
    out = parts[0]
    for part in parts[1:]:
        common = [k for k in keys if k in out.columns and k in part.columns]
        extra = [c for c in part.columns if c not in out.columns]
        if common:
            out = out.join(part.select(*common, *extra), on=common, how="full", coalesce=True)
        elif out.height == part.height == 1:
            out = pl.concat([out, part.select(extra)], how="horizontal")
        else:
            raise InsightError(f"{', '.join(plan.metrics)} cannot be shown together in one table; ask for them "
                               "one at a time")
    return out


def _with_never_a_sale_statuses(
    frame: pl.DataFrame, ds: Dataset, keys: list[str], filters: "list[Filter] | tuple[Filter, ...]", window: TimeWindow
) -> pl.DataFrame:
    """The orders per status plus a row per never-a-sale status: its cancelled orders (metric ``cancelled_orders``)."""
    from insight.query.client_frames import cancelled_frame

    counted = next(c for c in frame.columns if c not in keys)  # the orders' count column
    cancelled = cancelled_frame(ds, keys, filters, window)
    cancelled = cancelled.select(*keys, pl.col(cancelled_count(counted)).alias(counted))
    cancelled = cancelled.filter(pl.col(counted) > 0).join(frame.select(keys), on=keys, how="anti")
    if cancelled.height == 0:
        return frame
    cancelled = cancelled.with_columns(pl.col(counted).cast(frame.schema[counted]))
    return pl.concat([frame, cancelled.select(frame.columns)], how="vertical_relaxed")


def _round(frame: pl.DataFrame) -> pl.DataFrame:
    """Money to cents (float noise such as 570380.6099999999 helps nobody)."""
    money = [c for c in frame.columns if c in SEMANTIC_MODEL.metrics and SEMANTIC_MODEL.metrics[c].unit == "currency"
             and frame.schema[c].is_float()]
    return frame.with_columns(pl.col(money).round(2)) if money else frame


def _having(plan: QueryPlan, frame: pl.DataFrame) -> pl.DataFrame:
    """The groups whose figure passes the plan's bound: "countries with more than 100 customers"."""
    if plan.having is None or plan.having[0] not in frame.columns:
        return frame
    name, op, bound = plan.having
    col = pl.col(name)
    # "fewer than 10 customers": groups with at least one (a country of unattributed lines only has none to count)
    return frame.filter({"gt": col > bound, "ge": col >= bound, "lt": (col < bound) & (col > 0),
                         "le": (col <= bound) & (col > 0)}[op])


def _order(plan: QueryPlan, frame: pl.DataFrame) -> pl.DataFrame:
    frame = _having(plan, frame)
    keys = [k for k in plan.group_by if k in frame.columns]
    if not keys and plan.intent != "trend":
        return frame
    time_keys = [k for k in frame.columns if k in TIME_DIMENSIONS]
    metric = next((m for m in plan.metrics if m in frame.columns), None)
    if plan.intent == "trend" or (time_keys and plan.intent != "rank"):
        frame = frame.sort(time_keys or keys)
    elif metric is not None:
        descending = plan.order != "asc"
        frame = frame.sort([metric, *keys], descending=[descending, *([False] * len(keys))], nulls_last=True)
    if plan.top_n and plan.intent in ("rank", "metric"):
        frame = frame.filter(~_empty_group(plan, frame)).head(plan.top_n)
    return frame


def _empty_group(plan: QueryPlan, frame: pl.DataFrame) -> pl.Expr:
    """The rows of a ranking whose group has no value (customers without an industry): never a rank of their own."""
    keys = [k for k in plan.group_by if k in frame.columns and k not in TIME_DIMENSIONS and k != "customer_id"]
    return pl.any_horizontal(*(pl.col(k).is_null() for k in keys)) if keys else pl.lit(False)


def _runner_up_sentence(plan: QueryPlan, frame: pl.DataFrame, lang: str, currency: str) -> str:
    """" Runner-up: Vintage Cars 1,865,086.95." where one group was asked for ("Which product line has the most
    revenue?"): the answer is the one group, and the next one says how clear the lead is (or that it is a tie)."""
    if plan.top_n != 1 or plan.intent not in ("rank", "metric") or not plan.group_by:
        return ""
    ranked = _order(plan.model_copy(update={"top_n": None}), frame).filter(~_empty_group(plan, frame))
    metric = next((m for m in plan.metrics if m in ranked.columns), None)
    keys = [k for k in plan.group_by if k in ranked.columns]
    if metric is None or not keys or ranked.height < 2 or ranked.item(1, metric) is None:
        return ""
    row = ranked.row(1, named=True)
    name = " · ".join(str(render.value_label(k, row[k], lang)) for k in keys)
    value = f"{name} {render.fmt_number(row[metric], render.unit_of(metric), lang, currency)}"
    tied = ranked.filter(pl.col(metric) == ranked.item(0, metric)).height - 1  # every other group at the top
    if tied > 1:
        value += f" … (+{tied - 1})"
    return " " + say("executor_runner_up_tied" if tied else "executor_runner_up", lang, value=value)


def _empty_group_sentence(plan: QueryPlan, frame: pl.DataFrame, lang: str, currency: str) -> str:
    """" Without a value of industry (not ranked): customers 2,244." where a top N left the empty group out."""
    if not plan.top_n or plan.intent not in ("rank", "metric"):
        return ""
    metric = next((m for m in plan.metrics if m in frame.columns), None)
    if metric is None:
        return ""
    empty = frame.filter(_empty_group(plan, frame) & pl.col(metric).is_not_null() & (pl.col(metric) != 0))
    if empty.height != 1:
        return ""
    dims = ", ".join(render.dim_label(k, lang) for k in plan.group_by if k in frame.columns and k not in TIME_DIMENSIONS)
    value = render.fmt_number(empty.item(0, metric), render.unit_of(metric), lang, currency)
    return " " + say("executor_empty_group_unranked", lang, dims=dims, metric=render.metric_label(metric, lang),
                     value=value)


def _chart(plan: QueryPlan, frame: pl.DataFrame) -> ChartSpec | None:
    keys = [k for k in plan.group_by if k in frame.columns] or [c for c in frame.columns if c in TIME_DIMENSIONS]
    metric = next((m for m in plan.metrics if m in frame.columns), None)
    if not keys or metric is None or frame.height < 2:
        return None
    kind = "line" if plan.intent == "trend" or keys[0] in TIME_DIMENSIONS else "bar"
    return ChartSpec(kind, keys[0], metric, title=metric)


def _text(plan: QueryPlan, frame: pl.DataFrame, lang: str, currency: str) -> str:
    metrics = [m for m in plan.metrics if m in frame.columns]
    keys = [k for k in frame.columns if k in plan.group_by or k in TIME_DIMENSIONS or k in ("aspect",)]
    if frame.height == 0:
        return say("executor_no_data_for_selection", lang)
    if not keys:
        row = frame.row(0, named=True)
        sentences = []
        for m in metrics[:3]:
            if is_period_based(m) and "period" in row:
                label = render.metric_label(m, lang)
                filters = "".join(f"; {render.filter_phrase(f, lang)}" for f in plan.filters)
                sentence = say("executor_period_rate", lang, label=f"{label[:1].upper()}{label[1:]}",
                               period=row["period"], previous=row["previous_period"], filters=filters,
                               value=render.fmt_number(row[m], "fraction", lang))
                if "lost" in row:
                    lost, prev = (render.fmt_number(row[c], "count", lang) for c in ("lost", "customers_prev"))
                    sentence += say("executor_period_lost", lang, lost=lost, prev=prev,
                                    previous=row["previous_period"], period=row["period"])
                sentences.append(sentence + ".")
            else:
                sentence = render.sentence_scalar(plan, m, row[m], lang, currency, plan.aggregate)
                if m == "cancelled_lines" and "cancelled_orders" not in plan.metrics and \
                        row.get("cancelled_orders") is not None:  # the orders they belong to
                    n = render.fmt_number(row["cancelled_orders"], "count", lang)
                    sentence = sentence.rstrip(".") + say("executor_in_orders", lang, n=n)
                sentences.append(sentence)
        return " ".join(sentences)
    metric = metrics[0] if metrics else None
    key = keys[0]
    label = render.metric_label(metric, lang) if metric else ""
    shown = [k for k in keys if k in frame.columns] if len(keys) > 1 else [key]
    pairs = [(_named(" · ".join(str(render.value_label(k, r[k], lang)) for k in shown), r.get("name")), r[metric])
             for r in frame.select(*shown, metric, *(["name"] if _names_shown(shown, frame) else []))
             .iter_rows(named=True)]
    qual = render.qualifiers(plan, lang)
    dim = say("word_and", lang).join(render.dim_label(k, lang) for k in shown)
    if plan.intent == "trend" or (key in TIME_DIMENSIONS and plan.intent != "rank"):
        valid = [(k, v) for k, v in pairs if v is not None]
        if not valid:
            return say("executor_no_data", lang)
        hi = max(valid, key=lambda kv: kv[1])
        first, last = valid[0], valid[-1]
        fmt = lambda v: render.fmt_number(v, render.unit_of(metric), lang, currency)  # noqa: E731
        if len(shown) > 1:  # a first-to-last reading would mix the groups: say where it is highest and lowest
            lo = min(valid, key=lambda kv: kv[1])
            return say("executor_groups_high_low", lang, label=f"{label[:1].upper()}{label[1:]}", dim=dim, qual=qual,
                       hi=hi[0], hi_value=fmt(hi[1]), lo=lo[0], lo_value=fmt(lo[1]))
        return say("executor_trend", lang, label=f"{label[:1].upper()}{label[1:]}", dim=dim, qual=qual,
                   first=first[0], first_value=fmt(first[1]), last=last[0], last_value=fmt(last[1]),
                   hi=hi[0], hi_value=fmt(hi[1]))
    listing = render.listing(pairs, metric, lang, currency)
    if plan.intent == "rank":
        named = render.dative_de(label) if lang == "de" else label
        head = say("executor_rank_bottom" if plan.order == "asc" else "executor_rank_top", lang, n=frame.height,
                   label=named, dim=dim, qual=qual)
        return f"{head}: {listing}."
    head = say("executor_by", lang, label=f"{label[:1].upper()}{label[1:]}", dim=dim, qual=qual)
    return f"{head}: {listing}."


def _names_shown(shown: list[str], frame: pl.DataFrame) -> bool:
    """A customer list whose ids are not the names (a tax number, a customer number) names each customer in
    the text too: the table's name column alone leaves the sentence a list of bare keys."""
    return shown == ["customer_id"] and "name" in frame.columns


def _named(key: str, name: object) -> str:
    return f"{name} ({key})" if name not in (None, "") and str(name) != key else key


def _compare(plan: QueryPlan, ds: Dataset, currency: str) -> tuple[pl.DataFrame, str, ChartSpec | None]:
    lang = plan.language
    windows = [plan.compare.a, plan.compare.b]
    if not all(isinstance(w, TimeWindow) for w in windows):
        raise InsightError("comparisons of two filters are answered as a grouping")
    parts = []
    kinds = {w.kind for w in windows}
    key = next(iter(kinds)) if len(kinds) == 1 and kinds <= {"year", "quarter", "month"} else "period"
    if _year_to_date_pair(windows[0], windows[1]):
        key = "year"  # "YTD vs the same period last year": the same days of two years, told apart by the year
    for i, w in enumerate(windows):
        frame = _round(metric_table(plan, ds, w))
        label = w.start.year if key == "year" else (
            f"{w.start.year}-Q{(w.start.month - 1) // 3 + 1}" if key == "quarter" else
            f"{w.start:%Y-%m}" if key == "month" else w.label(lang))
        parts.append(frame.select(pl.lit(label).alias(key), pl.all(), _i=pl.lit(i)))
    frame = pl.concat(parts, how="vertical_relaxed")
    metric = plan.metrics[0]
    if plan.group_by and plan.compare.change:
        return _change_by(plan, frame, key, metric, windows)
    if plan.group_by:
        frame = frame.sort(["_i", metric], descending=[False, True], nulls_last=True).drop("_i")
        text = say("executor_compare_by", lang, label=render.metric_label(metric, lang), a=windows[0].label(lang),
                   b=windows[1].label(lang), dim=render.dim_label(plan.group_by[0], lang))
        return frame, text, ChartSpec("bar", plan.group_by[0], metric, series=key)
    frame = frame.drop("_i")
    a, b = frame.get_column(metric).to_list()[:2]
    if plan.compare.change:
        return _change(plan, frame, key, metric, windows, a, b, currency)
    unit = render.unit_of(metric)
    change = ""
    if a is not None and b not in (None, 0):
        pct = (a - b) / abs(b)
        sign = "+" if pct >= 0 else "−"
        change = f" ({sign}{render.fmt_number(abs(pct), 'fraction', lang)})"
    label = render.metric_label(metric, lang)
    filters = "".join(f"; {render.filter_phrase(f, lang)}" for f in plan.filters)
    text = say("executor_compare", lang, label=f"{label[:1].upper()}{label[1:]}",
               filters=f" ({filters[2:]})" if filters else "", a_label=windows[0].label(lang),
               a=render.fmt_number(a, unit, lang, currency), b_label=windows[1].label(lang),
               b=render.fmt_number(b, unit, lang, currency), change=change)
    return frame, text, ChartSpec("bar", key, metric)


def _change(plan: QueryPlan, frame: pl.DataFrame, key: str, metric: str, windows: list, a, b,
            currency: str) -> tuple[pl.DataFrame, str, ChartSpec | None]:
    """"Veränderung zum Vorjahr in %": one row — both periods, both figures, the change and the change in percent
    of the earlier figure (None when the earlier one is 0 or missing)."""
    lang = plan.language
    diff = a - b if a is not None and b is not None else None
    growth = diff / abs(b) if diff is not None and b not in (None, 0) else None
    labels = frame.get_column(key).to_list()[:2]
    row = pl.DataFrame({key: [labels[0]], f"previous_{key}": [labels[1]], metric: [a], f"previous_{metric}": [b],
                        "change": [diff], "growth": [growth]}, strict=False)
    unit = render.unit_of(metric)
    label = render.metric_label(metric, lang)
    filters = "".join(f"; {render.filter_phrase(f, lang)}" for f in plan.filters)
    pct = "–" if growth is None else f"{'+' if growth >= 0 else '−'}{render.fmt_number(abs(growth), 'fraction', lang)}"
    shown = "–" if diff is None else f"{'+' if diff >= 0 else '−'}{render.fmt_number(abs(diff), unit, lang, currency)}"
    text = say("executor_change", lang, label=f"{label[:1].upper()}{label[1:]}",
               filters=f" ({filters[2:]})" if filters else "", a_label=windows[0].label(lang),
               a=render.fmt_number(a, unit, lang, currency), b_label=windows[1].label(lang),
               b=render.fmt_number(b, unit, lang, currency), diff=shown, pct=pct)
    return row, text, ChartSpec("bar", key, metric)


def _change_by(plan: QueryPlan, frame: pl.DataFrame, key: str, metric: str,
               windows: list) -> tuple[pl.DataFrame, str, ChartSpec | None]:
    """"Umsatzveränderung 2004 gegenüber 2003 in % je Produktlinie": one row per group — both figures, the change
    and the change in percent of the earlier figure (None where the earlier one is 0 or missing); a group in only
    one period has the other as missing, never 0."""
    lang = plan.language
    groups = [g for g in plan.group_by if g in frame.columns]
    a = frame.filter(pl.col("_i") == 0).select(*groups, pl.col(metric))
    b = frame.filter(pl.col("_i") == 1).select(*groups, pl.col(metric).alias(f"previous_{metric}"))
    diff = pl.col(metric) - pl.col(f"previous_{metric}")
    growth = pl.when(pl.col(f"previous_{metric}") != 0).then(diff / pl.col(f"previous_{metric}").abs())
    row = (a.join(b, on=groups, how="full", coalesce=True, nulls_equal=True)
           .with_columns(change=diff, growth=growth)
           .sort(["change", metric, f"previous_{metric}", *groups], descending=[True, True, True] + [False] * len(groups),
                 nulls_last=True))  # a group in one period only: by its one figure, then by name (stable output)
    label = render.metric_label(metric, lang)
    text = say("executor_change_by", lang, label=f"{label[:1].upper()}{label[1:]}", a=windows[0].label(lang),
               b=windows[1].label(lang), dim=render.dim_label(plan.group_by[0], lang))
    return row, text, ChartSpec("bar", plan.group_by[0], "change")


def _year_to_date_pair(a: TimeWindow, b: TimeWindow) -> bool:
    """This year to date beside the same days of another year (each inside one calendar year)."""
    if "this_year" not in (a.kind, b.kind) or None in (a.start, a.end, b.start, b.end):
        return False
    assert a.start and a.end and b.start and b.end
    spans = [(w.start, w.end - dt.timedelta(days=1)) for w in (a, b)]
    same_days = len({(s.month, s.day, e.month, e.day) for s, e in spans}) == 1
    return all(s.year == e.year for s, e in spans) and spans[0][0].year != spans[1][0].year and same_days


def today() -> dt.date:  # pragma: no cover - trivial
    return dt.date.today()
