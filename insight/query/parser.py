"""Deterministic question → QueryPlan parser for German, English and mixtures of both (no LLM needed).

Pipeline: guard (refuse change requests and injections) → language → time expressions (timewords)
→ customer / product ids → phrase matching against the lexicon with fuzzy recovery (lexicon, fuzzy)
→ the decisions in ``interpret`` (which word is a metric, a grouping or a filter; which intent).
Anything it cannot place becomes a ``clarify`` plan with options, never a guess with numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

import polars as pl

from insight.dataset import Dataset
from insight.language import LANGUAGES
from insight.messages import say
from insight.metrics.conventions import status_column_names, status_kind
from insight.query import built_from, cancelled_amount, churn_sides, have_count, numbers, separable, share_scope
from insight.query.status_union import status_union
from insight.query.table_answers import TABLE_OWN_DIMENSIONS
from insight.query import (abbreviated, activity_reading, again_readings, any_flag, corrections, everyday, fiscal_windows, function_words, gloss, guard,
                           negation, order_value, named_days, phrasing, saas_asks, thresholds, timewords, unpaid)
from insight.query.every_status import every_status_counted
from insight.query.families import family
from insight.query.lexicon import (FILLER_WORDS, REVENUE_VERBS, STOPWORDS, Mention, Sense, match, static_words,
                                   value_lexicon)
from insight.query.normalise import clean, detect_language, mark_verbs
from insight.query.distinct import STEP as DISTINCT_STEP
from insight.query.distinct import distinct_count
from insight.query.respondents import (SHARE_OR_COUNT_BEFORE, SURVEY_CONCEPTS, bound_words, nps_answer, rate_verb,
                                      survey_answer_bound, survey_people)
from insight.query.both import STEP as BOTH_STEP
from insight.query.both import all_of
from insight.query.both import asks_for_both as both_values
from insight.query.which_order import which_order
from insight.query.both import asks_for_both_periods, either_window, ordered_in_each, ordered_in_either
from insight.query.both import without_both
from insight.query.median import STEP as MEDIAN_STEP
from insight.query.median import median_plan
from insight.query.means import means_of_a_value
from insight.query.per_customer import per_customer_mean
from insight.query.ranking import ranked_rate
from insight.query.shares import STEP as SHARE_STEP
from insight.query.shares import scoped_customer_share, share_of_value, verb_between
from insight.query.plan import Filter, Issue, QueryPlan, TimeWindow
from insight.query.traits import (is_headcount_share, per_order, besides_headcount, of_family, cancelled_count, counts, has_headcount, has_reversal,
                                   has_sales_amount, is_headcount, is_period_based, is_sales_amount, only_counting,
                                   only_headcount, paired_count, part_share, reversal, sales_share)
from insight.query.master_words import STEP as MASTER_STEP, said_as_customers
from insight.query.together import STEP as TOGETHER_STEP
from insight.query.together import made_up_by_the_top, together
from insight.query.cohort_population import STEP as COHORT_STEP
from insight.query.cohort_population import NAMED_STEP as NAMED_COHORT_STEP
from insight.query.cohort_population import PERIOD_STEP as COHORT_PERIOD_STEP
from insight.query.cohort_population import acquired_cohort, cohort_in_period, named_cohort
from insight.query.cohort_population import LATER_STEP as COHORT_LATER_STEP, cohort_in_a_later_period
from insight.query import complaint_population, coupon_population
from insight.query.coupon_population import STEP as COUPON_STEP
from insight.query.active_customers import STEP as ACTIVE_STEP
from insight.query.complaint_population import STEP as COMPLAINT_STEP
from insight.query.active_customers import active_word, names_an_active_value
from insight.query.active_customers import read_words as read_active_words
from insight.query.active_customers import window as active_window
from insight.query.every_period import STEP as EVERY_STEP
from insight.query.every_period import every_period
from insight.query.female_nouns import female_customers
from insight.query.worth import STEP as WORTH_STEP
from insight.query.worth import cancelled_worth, within_the_document_word
from insight.query.year_columns import STEP as YEAR_COLUMN_STEP
from insight.query.year_columns import year_column
from insight.query.value_readings import cadence_values, currency_against_countries, grouping_by_fillers, home_currency
from insight.segments import SEGMENT_COLUMNS as SEGMENT_DIMS
from insight.semantic import SEMANTIC_MODEL, fold, value_index
from insight.semantic.trade_words import customer_words_pattern, order_words_pattern
from insight.query import lazy_re
from insight.query.agreement import verb_number

_CUSTOMER_ID = lazy_re.compile(
    r"\b(?:kunde|kunden|kundin|customer|client|kundennummer|kundennr|kunden id|customer id|customer number|"
    r"customer no|id|nr|nummer)\s+(?:nr\s+|id\s+|number\s+|nummer\s+|no\s+)?(?P<id>[a-z]{0,3}\d{3,}[a-z0-9]*)\b")
# "customer 2", "Kunde Nr. 17": a short number names a customer only when the data has that id
_SHORT_CUSTOMER_ID = lazy_re.compile(
    r"\b(?:kunde|kundin|customer|client|kundennummer|kundennr|kunden id|customer id|customer number|customer no)\s+"
    r"(?:nr\s+|id\s+|number\s+|nummer\s+|no\s+)?(?P<id>\d{1,2})\b(?!\s+(?:%|prozent|percent|orders?|bestellung|"
    r"auftrag|jahre?n?|years?|monate?n?|months?|tage?n?|days?|wochen?|weeks?|mal|times))")
_PRODUCT_ID = lazy_re.compile(
    r"\b(?:product|produkt|artikel|artikelnummer|stock code|stockcode|sku|item)\s+(?:nr\s+|id\s+|code\s+)?"
    r"(?P<id>[a-z]{0,3}\d[0-9a-z]*)\b")
TIME_DIMS = ("month", "quarter", "year", "fiscal_quarter", "fiscal_year")
# whole result tables are the metrics of family 'table' in the registry: a new analysis is one entry there
TABLE_METRICS = tuple(m.name for m in SEMANTIC_MODEL.metrics.base.values() if m.family == "table")
POPULATION_TABLES = {"unprofitable_customers": "unprofitable", "acquisition_payback": "not_paid_back"}
SEGMENT_METRICS = {"rfm": "rfm", "abc": "abc", "clusters": "cluster", "portfolio": "portfolio", "persona": "persona"}
_COHORT_VALUES = {"clv", "ltv_formula", "customer_value", "customer_capital", "revenue"}  # shown per cohort
_PERIOD_VALUES = {"clv", "customer_value", "customer_capital"}  # earned per period (value_by_period), said so
_SPEND_VERBS = {"spend", "spent", "spends", "spending", "ausgegeben", "ausgeben", "geben", "gaben"}
_SPEND_WORDS = {"spend", "spent", "spending", "amount", "value", "ausgaben", "betrag", "wert", "ausgegeben"}
# "Umsatz, der keinem Kunden zugeordnet ist" names revenue and unattributed revenue: the specific one wins.
_SUBSUMES = (("unattributed_revenue", "revenue"), ("revenue_share", "revenue"), ("new_customers", "customers"),
             ("aov", "orders"), ("churn_risk", "churn_rate"), ("repeat_rate", "customers"),
             ("retention_rate", "customers"), ("customer_capital", "revenue"), ("clv", "customers"),
             ("ltv_formula", "clv"), ("clusters", "rfm"), ("importance_satisfaction", "csat"),
             ("redemption_rate", "customers"), ("churn_risk", "customers"),
             ("cancelled_lines", "orders"), ("cancelled_orders", "orders"), ("cancelled_orders", "cancelled_lines"),
             # "Retourenquote (Anteil am Umsatz)": the rate is the share of sales named, never a revenue share too
             ("return_rate", "revenue_share"), ("return_rate", "revenue"), ("return_rate", "returns"))  # "Wie viele Bestellungen wurden storniert?": not all orders


@dataclass
class Signals:
    """What the question itself said, before defaults: the session uses it to apply follow-ups."""

    metrics: list[str] = field(default_factory=list)
    group_by: list[str] = field(default_factory=list)
    filters: list[Filter] = field(default_factory=list)
    windows: list[TimeWindow] = field(default_factory=list)
    top_n: int | None = None
    keywords: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)
    customer_id: str | int | None = None
    only_filter: bool = False
    min_orders: int | None = None  # "Kunden mit mindestens 3 Bestellungen", "more than once": customers with ≥ N
    max_orders: int | None = None  # "genau einmal", "at most 2 orders", "Einmalkäufer": customers with ≤ N
    inactive_since: dt.date | None = None  # "seit 6 Monaten nicht bestellt": last order before this day
    absent: TimeWindow | None = None  # "haben 2011 nicht bestellt": customers without an order in this window
    present: TimeWindow | None = None  # "bought in both 2010 and 2011": customers with an order in this window too
    only_period: bool = False  # "Kunden, die nur 2009 gekauft haben": no order before the window (nor after: absent)
    any_flag: tuple[str, ...] | None = None  # "mindestens eine der Kampagnen angenommen": any of these flags set
    any_flag_phrase: str = ""
    order_value: tuple[str, float] | tuple[str, float, float] | None = None  # "orders above 100 dollars": only orders whose value compares so  # ... as the question says it (named back when it cannot restrict the figure)
    outside_top: int | None = None  # "ohne die zehn größten Kunden": everyone but the top N by revenue
    complaints: tuple[str, int] | None = None  # "mit mindestens 2 Beschwerden": a bound on each customer's complaints
    redeemed: bool | None = None  # "die einen Gutschein eingelöst haben": customers who redeemed a voucher (or not)
    redeemed_phrase: str = ""
    complaints_phrase: str = ""  # ... as the question says it (named back when it cannot restrict the figure)
    unpaid: unpaid.Unpaid | None = None  # "unbezahlter Umsatz": how the data tells unpaid lines (insight.query.unpaid)
    refund_metric: str | None = None  # the sum of the data's one refund money column ('Amount refunded'), if any
    unread: str = ""  # a phrase read but not answerable as asked: named back, never dropped
    having: tuple[str, float, str] | None = None  # "more than 100 customers" per group: op, bound, the phrase
    having_metric: str = "customers"  # what the group bound counts: customers, or orders ("Länder mit > 100 Aufträgen")
    top_percent: float | None = None  # "die Top 20 % der Kunden": the best customers by revenue
    singular: bool = False  # "which country" (one) rather than "which countries"
    customer_word: bool = False  # the question says customers / Kunden
    continues: bool = False  # "and the orders?", "Und wie viele Kunden waren das?": a follow-up, not a new topic
    revenue_verb: bool = False  # "umgesetzt", "verkauft", "sold", "earned": revenue unless a metric is named
    corrections: list[tuple[str, str]] = field(default_factory=list)  # typo → the known word it was read as
    fiscal_as_calendar: bool = False  # "je Geschäftsjahr" with no fiscal year set: the calendar's, and said so
    fiscal: timewords.FiscalYear = timewords.CALENDAR  # the workspace's fiscal year (a retention's period)
    spend: tuple[str, float] | tuple[str, float, float] | None = None  # "spent more than 100": a bound on each customer's revenue
    churn_risk: tuple[str, float] | None = None  # "Abwanderungsrisiko über 80 %": a bound on the modelled risk
    population: str | None = None  # "ohne Telefonnummer": customers with / without a contact detail
    population_word: str = ""
    steps: list[str] = field(default_factory=list)  # defaulting rules applied before the rule that built the plan
    reading: list[tuple[str, str]] = field(default_factory=list)  # each token and what it was read as
    surface: dict[str, str] = field(default_factory=dict)  # folded word → as typed, for naming it back

    @property
    def has_delta(self) -> bool:
        return bool(self.group_by or self.filters or self.windows or self.top_n or self.keywords & {"trend"})


def _id_value(ds: Dataset | None, text: str) -> str | int:
    if ds is not None and ds.order_lines.schema.get("customer_id") is not None and \
            ds.order_lines.schema["customer_id"].is_integer() and text.isdigit():
        return int(text)
    return text.upper() if ds is None else _match_string_id(ds, text)


def _match_string_id(ds: Dataset, text: str) -> str:
    ids = ds.order_lines.get_column("customer_id")
    hit = ids.filter(ids.cast(str).str.to_lowercase() == text.lower()).head(1).to_list()
    return str(hit[0]) if hit else text.upper()


def _customer_exists(ds: Dataset, value: str | int) -> bool:
    for frame in (ds.order_lines, ds.customers):
        if "customer_id" in frame.columns and frame.height:
            ids = frame.get_column("customer_id")
            if ids.cast(pl.String).is_in(pl.Series([str(value)]).implode()).any():
                return True
    return False


def _known_customer_token(ds: Dataset, text: str) -> str | None:
    """A word shaped like an id (letters + digits) that is a customer id of the data, as spelt there."""
    for word in re.findall(r"\b[a-z]{1,3}\d{3,}\b", text):
        hit = _match_string_id(ds, word)
        if hit.lower() == word and ds.order_lines.get_column("customer_id").is_in(pl.Series([hit]).implode()).any():
            return hit
    return None


def parse(question: str, ds: Dataset | None = None, as_of: dt.date | None = None,
          language: str = "en") -> tuple[QueryPlan, Signals]:
    """The plan for one question on one dataset (its value index names countries, segments, ...).
    ``language`` is used when the question itself gives no hint ("2011?"). Typos read as known words
    travel with the plan, so that the answer's ``understood`` shows them."""
    from insight.query import period_change

    if period_change.asked(question):  # "Veränderung zum Vorjahr in %", "YoY revenue growth 2004": the change
        # between the two periods the rest of the question names, else the question as written (asked back)
        plain = period_change.without_change_words(question)
        if plain and not period_change.asked(plain):
            base, base_signals = parse(plain, ds, as_of, language)
            if not base.metrics and (with_revenue := period_change.growth_of_revenue(plain, question)):
                again, again_signals = parse(with_revenue, ds, as_of, language)
                if again.status == "ok":
                    base, base_signals = again, again_signals
                    base_signals.steps.append("growth_of_revenue")
                elif any(i.code == "period_outside_data" for i in again.issues):
                    return again, again_signals  # "growth vs previous year in 2022": the year is what is missing
            heads = period_change.compound_heads(question)
            read = {fold(t) for t, role in base_signals.reading if role.startswith("metric:")}
            if any(fold(h) not in read for h in heads):
                base = base.model_copy(update={"status": "clarify"})  # "Marktwachstum": no figure of the data's
            changed = period_change.as_change(base, question)
            if changed is not None and not _before_the_data(changed, ds):
                base_signals.steps.append("period_change")
                rule = f"{changed.rule} → period_change" if changed.rule else "period_change"
                return changed.model_copy(update={"rule": rule}), base_signals
    if period_change.percent_of_compared(question):  # "Umsatz UK 2011 gegenüber 2010 in Prozent": the change in %
        base, base_signals = parse(period_change.without_change_words(question), ds, as_of, language)
        if base.status == "ok" and base.intent == "compare" and base.compare is not None:
            changed = period_change.as_change(base, question)
            if changed is not None:
                base_signals.steps.append("period_change")
                return changed.model_copy(update={"rule": f"{changed.rule} → period_change"}), base_signals
    from insight.query import pareto

    pareto_question = pareto.rewritten(question, ds, detect_language(question, language))
    if pareto_question is not None:  # "Wie viele Kunden machen 80 % des Umsatzes?": the customers of ABC class A
        plan, signals = parse(pareto_question, ds, as_of, language)
        if plan.status == "ok":
            signals.steps.append("pareto_customers")
            return plan.model_copy(update={"rule": f"{plan.rule} → pareto_customers"}), signals
    question = _order_count_per_customer(question)
    gross = ds is not None and _GROSS.search(fold(question)) is not None
    # "revenue including VAT", "Umsatz inkl. MwSt", "revenue gross": the words say which revenue, so they are read
    # here and taken out — the tax word must not name the tax column, nor a left-over 'including' be asked back
    plan, signals = _parse(_GROSS_WORDS.sub(" ", question) if gross else question, ds, as_of, language)
    if gross and not (plan.status == "ok" and has_sales_amount(plan.metrics)):
        plan, signals = _parse(question, ds, as_of, language)  # the words were no revenue's: read as written
    if gross and plan.status == "ok" and has_sales_amount(plan.metrics):
        plan = _gross_revenue(plan, ds)
        signals.steps.append("gross_revenue")
    if plan.status == "clarify" and (master := said_as_customers(question, ds)) is not None:
        # "Wie viele Firmen sind im CRM?": the customer master's own words said as its customers
        again, again_signals = _parse(master, ds, as_of, language)
        if again.status == "ok":
            plan, signals = again, again_signals
            signals.steps.append(MASTER_STEP)
    measured = {m.split("_", 1)[1] for m in plan.metrics if re.match(r"(?:sum|mean|min|max|median)_", m)}
    if plan.status == "ok" and measured & set(plan.group_by):  # 'Bruttoumsatz': 'Brutto' named the measure, so
        # it is no dimension too (a sum of a column per value of that same column answers nothing)
        plan = plan.model_copy(update={"group_by": tuple(g for g in plan.group_by if g not in measured)})
        signals.steps.append("measure_restated")
    plan = _flag_named_by_its_word(plan, ds, question, signals)
    plan = share_scope.own_flag_counted(plan, ds, signals.steps)  # "Wie viele … sind gegangen (Exited)?"
    plan = _segment_of_a_period(plan, signals)
    if plan.status == "ok" and only_counting(plan.metrics, "line") and not plan.group_by and "share" in signals.keywords:
        # "Anteil der Positionen ohne Rezept": a share of lines under a filter is no figure of its own (yet), and
        # the count of those lines is not what was asked — the share word is named back, never dropped
        word = signals.surface.get(next((t for t, role in signals.reading if role == "kw:share"), "share"), "share")
        lang = plan.language
        issue = Issue(code="share_of_lines", en=say("share_of_lines_unsupported", "en", word=word),
                      de=say("share_of_lines_unsupported", "de", word=word))
        plan = _clarify(lang, [say("share_of_lines_count_option", lang)], issue, intent=plan.intent)
    if plan.status == "ok" and "why" in signals.keywords and plan.metrics:  # "Why did customers leave?"
        plan = _why_asked_back(plan)
    if _share_word_dropped(plan, signals):  # "What share of invoices is not paid?": never the count instead
        token = next((t for t, role in signals.reading if role == "kw:share"), "share")
        signals.unknown = [*signals.unknown, signals.surface.get(token.split()[-1], token.split()[-1])]
        plan = _leftover(plan, signals, plan.language, ds)
    if _churn_word_dropped(plan, signals, ds):  # "customers without a card (who) left us": never all of them
        token = next((t for t, role in signals.reading if "kw:churn_words" in role), "churned")
        signals.unknown = [*signals.unknown, signals.surface.get(token.split()[-1], token)]
        plan = _leftover(plan, signals, plan.language, ds)
    plan = _share_without_a_customer_flag(plan, signals, ds)
    if _negation_unread(plan, signals):  # "Wie viele Kunden haben nicht storniert?": never all the customers
        token = next((t for t, role in signals.reading if role == "kw:not"), "not")
        signals.unknown = [*signals.unknown, signals.surface.get(token, token)]
        plan = _leftover(plan, signals, plan.language, ds)
    if _negated_flag_share(plan, signals):  # "How much is not paid?": never the share of the paid lines
        token = next((t for t, role in signals.reading if role == "kw:not"), "not")
        signals.unknown = [*signals.unknown, signals.surface.get(token, token)]
        plan = _leftover(plan, signals, plan.language, ds)
    if plan.status == "ok" and has_reversal(plan.metrics, "value") and _WITHOUT_RETURNS.search(fold(question)):
        plan = _without_returns(plan)
        signals.steps.append("without_returns")
    if ds is not None and plan.status == "ok" and has_reversal(plan.metrics, "value"):
        named = _named_credit_documents(plan, ds, question)
        if named is not None:
            plan = named
            signals.steps.append("returns_of_a_named_document")
    if ds is not None and plan.status == "ok":
        from insight.query.deal_status import lost_deals

        lost = lost_deals(plan, ds, signals.keywords)  # "How many deals did we lose?": the lost stages' deals
        if lost is not None:
            plan = lost
            signals.steps.append("lost_deals")
    if ds is not None and plan.status == "ok" and (plan.filters or plan.population.lines):
        from insight.query.deal_status import no_sale_status  # open or lost deals of a pipeline: no sales

        deals = no_sale_status(plan, ds, question)
        if deals is not None:
            plan = deals
            signals.steps.append("no_sale_status")
    if ds is not None and plan.status == "ok" and has_reversal(plan.metrics):
        plan = _returns_only_by_status(plan, ds, signals.steps)
    if ds is not None and plan.status == "ok" and plan.filters:  # "Wie viel wurde erstattet?": those orders' amount
        from insight.query.refund_status import never_sold_amount

        plan = never_sold_amount(plan, ["line_status", *status_column_names(ds)], signals.steps)
    if ds is not None and plan.status == "ok" and has_reversal(plan.metrics, "rate"):
        plan = _rate_without_returns(plan, ds)
    if ds is not None and plan.status == "ok":
        outside = _outside_the_data(plan, ds, question)
        if outside is not None:
            plan = outside.model_copy(update={"rule": plan.rule})
            signals.steps.append("period_outside_data" if outside.status != "ok" else "customer_event_dates")
    from insight.query.interaction_scope import read_kinds  # an interaction metric's "kind" is the interaction's

    held = _interaction_kinds(ds)
    plan, signals = read_kinds(plan, signals, question, lambda text: _parse(text, ds, as_of, language), held)
    from insight.query.funnel_rate import FUNNEL, conversion_between, end_named, named_alone, one_stage  # "Konversionsrate Lead zu Kunde"

    between = conversion_between(plan, question)
    end = end_named(plan, question)
    if between is not plan:
        plan = between
        signals.steps.append("funnel_conversion")
    elif end is not plan:  # "Wie viele stehen ganz oben im Trichter?": the first stage's row
        plan = end
        signals.steps.append("funnel_end")
    elif plan.status == "ok" and plan.metrics == FUNNEL and one_stage(plan) is not None:
        if named_alone(question):
            signals.steps.append("funnel_stage")  # "How many leads are in the funnel?": that stage's row
        else:  # "funnel conversion from lead to customer": the stages compared, the whole funnel
            plan = plan.model_copy(update={"filters": tuple(f for f in plan.filters if f.dimension != "status")})
    from insight.query.all_aspects import STEP as ASPECTS_STEP, over_all_aspects

    aspects = over_all_aspects(plan, question)  # "average satisfaction over all aspects": one number
    if aspects is not plan:
        plan = aspects
        signals.steps.append(ASPECTS_STEP)
    update: dict = {}
    if signals.corrections and plan.status != "refuse":
        update["corrections"] = tuple(signals.corrections)
    if signals.fiscal_as_calendar and plan.status == "ok":  # said in understood: no fiscal year is set
        read = (say("fiscal_word", plan.language), say("fiscal_read_as_calendar", plan.language))
        update["corrections"] = (*update.get("corrections", plan.corrections), read)
    from insight.query.rules import STEPS

    rule = plan.rule
    asked = plan.issues[0].code if plan.issues and plan.status != "ok" else None
    if rule is not None or asked is not None:
        steps = list(dict.fromkeys(signals.steps))
        path = [*(x for x in steps if x not in STEPS), *([rule] if rule else []),
                *(x for x in steps if x in STEPS), *([f"asked back: {asked}"] if asked else [])]
        rule = " → ".join(path)
    if rule != plan.rule:
        update["rule"] = rule
    return (plan.model_copy(update=update) if update else plan), signals


def _named_credit_documents(plan: QueryPlan, ds: Dataset, question: str) -> QueryPlan | None:
    """"total of credit memos" where a document-type column holds 'Credit Memo' beside 'Refund': the returns of the
    document type named (its value, singular or plural), not every reversal; None where no one value is named, or
    where the word names a family of them ('Gutschriften' beside 'Gutschrift' and 'Retourengutschrift')."""
    from insight.metrics.conventions import credit_documents

    found = credit_documents(ds)
    if found is None or any(f.dimension == found[0] for f in plan.filters):
        return None
    column, values = found
    text = f" {re.sub(r'[^a-z0-9]+', ' ', fold(question).lower())} "
    named = [v for v in values if isinstance(v, str) and any(
        f" {form} " in text for base in [re.sub(r"[^a-z0-9]+", " ", fold(v).lower()).strip()] if base
        for form in (base, f"{base}s", f"{base}es", f"{base}en", f"{base}n"))]
    if len(named) != 1 or len(values) < 2:
        return None
    base = re.sub(r"[^a-z0-9]+", "", fold(str(named[0])).lower())
    if any(v != named[0] and re.sub(r"[^a-z0-9]+", "", fold(str(v)).lower()).endswith(base) for v in values):
        return None  # 'Gutschriften' beside 'Retourengutschrift': the word names the whole family
    return plan.model_copy(update={"filters": (*plan.filters, Filter(dimension=column, values=(named[0],)))})


_PLACEHOLDER = lazy_re.compile(r"\{[^{}\s]{0,20}\}|%\(\w*\)[sdifr]|%[sdifr]\b|\$\{[^}]*\}")
_UNIT_OF_MEASURE = lazy_re.compile(r"(?i)\b(?:in|measured in|gemessen in)\s+(?:days|tagen|weeks|wochen)\s*(?=[?.!]*$)")


# "what % of 2011 revenue", "wie viel % der Kunden": a bare percent sign asked for is a share
_WHAT_PERCENT = lazy_re.compile(r"\b(what|which|how\s+many|how\s+much|wie\s+viele?|welcher|welchen)\s*%", re.IGNORECASE)


# "What share of 2023's customers …": a year's possessive names the year; a decade ("the 2020s") has no apostrophe
_YEAR_POSSESSIVE = lazy_re.compile(r"\b((?:19|20)\d\d)['’]s\b")
# "share of that year's revenue", "Umsatz desselben Jahres": the period the question named already, no grouping by year
# "im letzten Quartal 2024", "the last quarter of 2024", "im ersten Quartal 1997": that quarter of the named year,
# never "the last quarter before the analysis date" beside the whole year
_NTH_QUARTER_OF_YEAR = lazy_re.compile(
    r"(?i)\b(?:(?P<de>ersten|erste|erstes|letzten|letzte|letztes|vierten|vierte)\s+quartals?|"
    r"(?:the\s+)?(?P<en>first|last|fourth|final)\s+quarter)\s+(?:(?:of|in|des\s+jahres|von)\s+)?(?P<year>(?:19|20)\d\d)\b")
_YEAR_IN_TEXT = lazy_re.compile(r"\b(?:19|20)\d\d\b")
_SAME_PERIOD_AGAIN = lazy_re.compile(
    r"(?i)\b(?:(?:that|the\s+same)\s+(?:year|quarter|month)['’]s|of\s+(?:that|the\s+same)\s+(?:year|quarter|month)|"
    r"(?:desselben|dieses|des\s+gleichen)\s+(?:jahres|quartals|monats))(?!\w)")


# "more than 2000 EUR": a four-digit number between a comparison word and a currency is an amount, never a year
_AMOUNT_NOT_YEAR = lazy_re.compile(
    r"\b(?P<cmp>(?:more|less|fewer|greater|higher|lower)\s+than|mehr\s+als|weniger\s+als|over|above|uber|at\s+least|"
    r"at\s+most|mindestens|hochstens|ab|under|below|unter|bis|up\s+to|von|of)\s+(?P<y>(?:19|20)\d\d)"
    r"(?=\s*(?:€|\$|eur|euro|euros|dollars?|usd|pfund|pounds?|gbp|chf|franken)(?:\s|$|[.,;:!?]))")


def _parse(question: str, ds: Dataset | None, as_of: dt.date | None, language: str) -> tuple[QueryPlan, Signals]:
    text = clean(question)
    lang = detect_language(text, default=language)
    as_of = as_of or (ds.as_of if ds is not None else dt.date.today())
    fiscal = fiscal_year(ds)
    refusal = guard.check(text)
    if refusal is not None:
        return QueryPlan(intent="unknown", status="refuse", language=lang, issues=(refusal,)), Signals()
    if not text:
        return _clarify(lang, [], Issue.said("empty", "issue_empty")), Signals()
    placeholders = _PLACEHOLDER.findall(text)
    if placeholders:  # "Umsatz {0} %s": a template that was never filled in, never dropped as noise
        shown = ", ".join(dict.fromkeys(placeholders[:4]))
        return _clarify(lang, [], Issue.said("placeholder", "issue_placeholder", shown=shown)), Signals()

    alone = phrasing.ambiguous_alone(text)
    if alone is not None:  # "Kundenwert": customer capital, CLV or customer value?
        return _clarify_ambiguous(text, alone[1], lang), Signals()
    per_order_items = again_readings.items_per_order(text)
    if per_order_items is not None:  # units or distinct products per order: no figure of its own, asked back
        issue = Issue.said("items_per_order", "issue_items_per_order", shown=per_order_items)
        return _clarify(lang, [], issue), Signals()
    text = _WHAT_PERCENT.sub(lambda m: f"{m.group(1)} {'prozent' if lang == 'de' else 'percentage'}", text)
    text = _YEAR_POSSESSIVE.sub(r"\1", text)  # "2023's customers": the customers of 2023 (never the 2020s)
    if _YEAR_IN_TEXT.search(text):
        text = _SAME_PERIOD_AGAIN.sub(" ", text)
        text = _NTH_QUARTER_OF_YEAR.sub(
            lambda m: f"Q{1 if (m.group('de') or m.group('en')).lower().startswith(('erst', 'first')) else 4} {m.group('year')}",
            text)
    text = _UNIT_OF_MEASURE.sub(" ", text)  # "average recency in days": the unit of the figure, nothing more
    text = _definition_frame(text)
    text = named_days.rewrite(text, frozenset(value_index(ds)) if ds is not None else frozenset())
    text = named_days.period_over_period(text)  # "Revenue YoY", "MoM sales 2024": per year / per month
    text = _drop_restated_time(text, as_of, fiscal)
    components, unit, text = _ltv_components(text)
    top_percent, text = _top_percent(text)
    text = negation.parenthesis_after_negation(text, lang)  # "not shipped yet (On Hold)": On Hold is meant
    text = phrasing.comparison_symbols(phrasing.scale_notes(text))
    norm = timewords.normalise(mark_verbs(text))
    retention = saas_asks.revenue_retention(norm, lang)
    if retention is not None:  # "net revenue retention": recurring revenue per account, not revenue + retention
        return retention, Signals()
    norm = again_readings.again_as_both(norm)  # "2010 and again in 2011": customers active in both
    norm = which_order(norm)  # "Welcher Auftrag war der größte?": the largest order
    # "in both 2010 and 2011", "Kunden, die 2010 und 2011 bestellt haben": customers active in each
    both_periods = asks_for_both_periods(norm) or ordered_in_each(norm)
    either = ordered_in_either(norm)  # "Kunden, die 2010 oder 2011 bestellt haben": active in at least one
    both = both_values(norm)  # "sowohl Furniture als auch Technology": customers with each value
    if both:
        norm = without_both(norm)
    inactive_since, norm = _inactivity(norm, as_of)
    horizon, norm = _horizon(norm)
    if ds is not None:  # "Black Friday 2024" names a campaign, its year no window
        norm = phrasing.protect_dated_values(norm, list(value_index(ds)))
        norm = phrasing.per_value_customer(norm, list(value_index(ds)))  # "per b2b customer": per customer, b2b
    norm = _AMOUNT_NOT_YEAR.sub(lambda m: f"{m.group('cmp')} {m.group('y')[0]} {m.group('y')[1:]}", norm)
    norm = activity_reading.elliptic(norm)  # "2024 bestellt, aber 2025 noch nicht": the verb written out
    paused, norm = again_readings.back_after_pause(norm)  # "came back in 2011 after not buying in 2010"
    absent_at, without = activity_reading.absence(norm)  # "haben 2011 nicht bestellt": customers absent then
    if absent_at is not None and ds is not None and activity_reading.phrase(norm, absent_at) in value_index(ds):
        absent_at, without = None, norm  # "Kunden sind nicht erschienen" beside a status 'Nicht erschienen': that value
    absent_idx = None
    if absent_at is not None:
        absent_idx = activity_reading.absent_window(timewords.extract(without, as_of, fiscal)[0],
                                                       len(timewords.extract(norm[:absent_at], as_of, fiscal)[0]),
                                                       activity_reading.said_before(norm, absent_at))
        norm = without if absent_idx is not None else norm
        phrase = activity_reading.phrase(norm, absent_at)
        unread = phrase if absent_idx is None and not re.search(r"back|again|wieder|erneut|zuruck", phrase) else ""
    else:
        unread = ""
    back, norm = again_readings.came_back(norm) if absent_at is None else ("", norm)  # "came back in 2011"
    windows, rest = timewords.extract(norm, as_of, fiscal)
    as_calendar = timewords.FISCAL_CALENDAR in rest.split()
    rest = rest.replace(timewords.FISCAL_CALENDAR, " ") if as_calendar else rest
    left_out = _negated_window(norm, as_of, fiscal) if absent_at is None and windows else None  # "excluding December 2011"
    absent = windows.pop(absent_idx) if absent_idx is not None and absent_idx < len(windows) else None
    present = None
    if (both_periods or back) and absent is None and len(windows) == 2:  # the earlier period: an order there too
        present = min(windows, key=lambda w: w.start or dt.date.min)
        windows = [w for w in windows if w is not present]
    elif either and absent is None and len(windows) == 2:  # one window over both, or the 'or' named back
        merged = either_window(windows)
        windows, unread = ([merged], unread) if merged is not None else (windows, either)
    elif back:  # returning customers: an order in the window and one before it; without a window asked back
        present = again_readings.before(windows[0]) if len(windows) == 1 and absent is None else None
        unread = unread if present is not None else back
    clause = again_readings.bought_in(norm) if present is None and absent is None and len(windows) == 2 else None
    if clause is not None:  # "Umsatz 2011 von Kunden, die schon 2010 gekauft haben": the clause's period is theirs
        said = timewords.extract(clause[0], as_of, fiscal)[0]
        same = [w for w in windows if said and (w.start, w.end) == (said[0].start, said[0].end)]
        if len(same) == 1:
            present = same[0]
            windows = [w for w in windows if w is not present]
            rest = timewords.extract(clause[1], as_of, fiscal)[1]
    if paused and present is None and absent is not None:  # back after the pause: an order before it too
        present = again_readings.before(absent)
    only_period = False
    if present is None and absent is None and len(windows) == 1 and again_readings.only_in(norm):
        # "Kunden, die nur 2009 gekauft haben": their first order in the window and none after it
        only_period, window = True, windows[0]
        if window.end is not None and window.end < as_of:
            absent = TimeWindow(kind="since", start=window.end, end=as_of, label_en=f"after {window.label_en}",
                                label_de=f"nach {window.label_de}")
    rest = phrasing.restore(rest)
    signals = Signals(windows=windows, inactive_since=inactive_since, top_percent=top_percent, absent=absent,
                      present=present, unread=unread, only_period=only_period, fiscal_as_calendar=as_calendar,
                      fiscal=fiscal)  # "Wie viele Kunden haben nicht bestellt?" without a window: asked back
    m = _CUSTOMER_ID.search(rest)
    if m is None and ds is not None:
        short = _SHORT_CUSTOMER_ID.search(rest)
        if short is not None and _customer_exists(ds, _id_value(ds, short.group("id"))):
            m = short
    if m:
        signals.customer_id = _id_value(ds, m.group("id"))
        rest = rest[:m.start()] + " " + rest[m.end():]
    if m is None and ds is not None and ds.order_lines.schema.get("customer_id") == pl.String:
        bare = _known_customer_token(ds, rest)  # "K10461" alone names a customer when it is one
        if bare is not None:
            signals.customer_id = bare
            rest = re.sub(rf"\b{re.escape(bare.lower())}\b", " ", rest)
    rest, joined = separable.join(rest)  # "geben … aus": ausgegeben
    if joined:
        signals.steps.append(separable.STEP)
    rest = phrasing.hyphen_quote(phrasing.rewrite(everyday.rewrite(rest)), static_words()[0], STOPWORDS | FILLER_WORDS)  # "Churn-Quote"
    rest = _group_threshold(rest, signals)
    rest = _outside_top(rest, signals)
    signals.complaints, rest, signals.complaints_phrase = complaint_population.read(rest)
    signals.redeemed, rest, signals.redeemed_phrase = coupon_population.read(rest)  # "einen Gutschein eingelöst"  # "mindestens 2 Beschwerden": before order counts
    signals.order_value, rest = order_value.read(rest)  # "orders above 100 dollars": before the order-count bounds
    rest = _order_threshold(rest, signals)
    rest = _CUSTOMERS_WITH_ORDERS.sub(lambda m: f"{m.group('who')} ", rest)  # "Kunden mit Bestellungen 2011"
    rest = _spend_threshold(rest, signals)
    rest = _risk_threshold(rest, signals)
    rest, sides = churn_sides.rewrite(rest, ds)  # "churned vs retained" beside a churn flag: by the flag
    if sides:
        signals.steps.append(churn_sides.STEP)
    rest = _left_us(rest)
    if ds is not None:
        signals.unpaid, rest = unpaid.read(rest, ds)  # "unbezahlter Umsatz": the owed column, or the unpaid lines
        signals.refund_metric = _refund_metric(ds)
        rest = _comparisons(rest, ds, signals)
        signals.any_flag, rest, signals.any_flag_phrase = any_flag.read(rest, ds)  # "mindestens eine der … angenommen"
    if len(rest) < 400:  # an enumeration of classes is short; the scan is quadratic in the text's length
        rest = _ABC_LIST.sub(_abc_each, rest)
    rest = _PERIOD_PLURALS.sub(lambda m: _PERIOD_PLURAL_READING[m.group(0)], rest)
    rest = _contact_details(rest, signals, ds)
    answer = None
    if ds is not None and ds.survey_responses.height and signals.population is None:
        rest, people, word = survey_people(rest, lang)  # "Anzahl Befragte je Branche", "how many detractors"
        if people is not None:
            signals.population, signals.population_word = people, word
        if _CUSTOMER_WORD.search(rest):  # "Wie viele Kunden haben NPS 10 gegeben?": by their answer
            rest, answer = nps_answer(rest)
    if signals.population is None:
        rest = _nps_class(rest, signals)  # 'Umsatz der Promotoren': customers by their latest NPS answer
    product = _PRODUCT_ID.search(rest)
    if product:
        signals.filters.append(Filter(dimension="product_id", values=(product.group("id").upper(),)))
        rest = rest[:product.start()] + " " + rest[product.end():]
    tokens = rest.split()
    values = value_lexicon(value_index(ds)) if ds is not None else {}
    if ds is not None:
        values = function_words.guarded(_with_client_phrases(values, ds), question, rest)
        tokens = _join_header_words(tokens, values)
        tokens = _gather_header_words(tokens, values)
    mentions, unknown = match(tokens, values, lang)
    spelled = abbreviated.rewrite(tokens, mentions, unknown, ds)  # "Warengruppe" names a header 'WGR'
    if spelled is not None:
        tokens = spelled
        mentions, unknown = match(tokens, values, lang)
    mentions, unknown = corrections.no_second_metric_by_typo(tokens, mentions, unknown)  # 'vertrag' ≠ 'ertrag'
    mentions = cadence_values(mentions)  # 'monatlich' where a column holds 'monthly': the value, no grain
    unknown = function_words.verb_of_a_data_noun(tokens, mentions, unknown, values)  # "weddings did we shoot"
    if ds is not None and unknown:  # "bei CDNOW": the data set's own name is no content word
        named = phrasing.source_words(ds.source).union(*map(phrasing.source_words, ds.source_files))
        unknown = [w for w in unknown if w not in named]
    if unknown:
        unknown = _column_words_beside_values(tokens, mentions, unknown)
        unknown = gloss.drop_glossed(question, tokens, mentions, unknown)  # "Victoria (VIC)": one thing said twice
        unknown = gloss.drop_status_glosses(question, tokens, mentions, unknown)  # "storniert (Sztornó)"
        unknown = gloss.drop_header_glosses(question, tokens, mentions, unknown)  # "je Sælger (Verkäufer)"
        if ds is not None:  # "signed up in 2023": the words of a customers table's 'Signup Date'
            from insight.query.customer_dates import drop_date_column_words

            unknown = drop_date_column_words(question, unknown, ds)
    mentions = gloss.drop_metric_glosses(question, tokens, mentions)  # "Gutschriften (Haben-Buchungen)": one figure
    mentions = _value_of_named_column([_available_dims(m, ds) for m in mentions])
    mentions, unknown = means_of_a_value(tokens, mentions, unknown)  # "pay by Electronic check": a filter
    mentions = _document_value_after_a_measure(mentions, tokens, values)
    mentions = _goods_after_a_value(mentions)  # "garden products": the products of the value Garden
    mentions = [_returned_status(_customers_not_a_name_column(_own_header(m))) for m in mentions]
    mentions = value_of_the_metric_table(mentions)  # "mean Satisfaction Service": the survey's aspect Service
    mentions, restated = built_from.restated_parts(mentions, tokens)  # "value at risk: yearly revenue of …"
    clash = _client_clash(mentions, lang, ds) or _by_a_value(mentions, lang, unknown, tokens)
    if clash is not None:
        return clash, Signals()
    signals.unknown = unknown
    if restated:
        signals.steps.append(built_from.STEP)
    signals.corrections = list(dict.fromkeys((m.text, m.corrected) for m in mentions if m.corrected))
    signals.revenue_verb = any(t in REVENUE_VERBS for t in tokens) or phrasing.asks_for_an_amount_bought(rest)
    signals.continues = _continues(norm.split())
    signals.reading = reading(tokens, mentions)
    signals.surface = {fold(w): w.strip("-'") for w in re.findall(r"[^\W_][\w'-]*", text) if " " not in fold(w)}
    if windows:
        signals.reading.append(("(time)", " + ".join(w.label_en or w.kind for w in windows)))
    plan = interpret(tokens, mentions, signals, lang, as_of)
    plan = _web_conversion(plan, signals, lang)
    plan = ranked_rate(plan, signals.keywords, signals.top_n, signals.singular)
    plan = _sort_order(plan, signals)
    plan = _client_aggregation(plan, signals)
    medians = median_plan(plan, signals.keywords, tokens, signals.customer_word)
    if medians is not plan:  # "median order value", "Median-Umsatz pro Kunde": the middle value, never the mean
        plan = medians
        signals.steps.append(MEDIAN_STEP)
    plan = _mean_recommendation_score(plan, signals)
    plan = _flag_count(plan, signals, ds)
    plan = _flag_population(plan, signals, tokens, mentions, ds, lang)
    plan = share_scope.scope_first(plan, tokens, mentions, ds, signals.steps)  # "Anteil der Aktiven ist abgewandert"
    plan = have_count.have_count(plan, tokens, signals.keywords, ds, signals.steps)  # "… haben Kinder im Haushalt?"
    plan = cancelled_amount.cancelled_amount(plan, tokens, mentions, signals.steps)  # "revenue of cancelled orders"
    plan = cancelled_amount.cancelled_share(plan, signals.steps)  # "Anteil der Stornos am Umsatz"
    plan = _flag_count(plan, signals, ds)  # "Wie viele Kunden haben eine Kreditkarte und sind abgewandert?"
    plan = _flag_both_sides(plan, tokens, signals, ds)
    plan = unpaid.apply(plan, signals.unpaid, signals.steps)
    plan = _measure_not_its_own_group(plan, signals)
    plan = _money_word_names_the_measure(plan, signals)
    plan = _how_much_of_orders(plan, signals)
    plan = _customers_with_a_measure(plan, signals, tokens)
    plan = _flag_share_of_the_customers(plan, signals, tokens)
    plan = saas_asks.churn_count(plan, signals.keywords, lang)
    plan = _since_a_date_column(plan, signals, tokens, ds)
    plan = _channel_of_a_customer_table(plan, ds)
    qualified = _qualified_dimension_of_the_measure(plan, ds)
    if qualified is not plan:
        plan = qualified
        signals.steps.append("qualified_dimension")
    plan = _money_unit(plan, tokens, ds, lang)
    plan = _revenue_of_the_orders(plan, signals)
    plan = _anonymous_lines(plan, ds, lang)
    plan = _period_totals(plan, ds, lang)
    yearly = year_column(plan, ds)
    if yearly is not plan:  # "Umsatz 2023" on a customers list with a column 'Umsatz 2023': that column's total
        plan = yearly
        signals.steps.append(YEAR_COLUMN_STEP)
    plan = _cancelled_status_counts(plan, signals, ds)
    plan = status_union(plan, signals.reading, ds, signals.steps)  # "cancelled or on hold": either status
    worth_of = cancelled_worth(plan, signals.surface, signals.keywords, ds)
    if worth_of is not plan:  # "Welchen Wert hatten die stornierten Aufträge?": their value, not how many
        plan = worth_of
        signals.steps.append(WORTH_STEP)
        signals.unknown = within_the_document_word(signals.unknown, signals.surface)
    plan = _zero_amount_orders(plan, signals, ds)
    plan = _cancelled_population(plan, tokens, mentions, signals)
    plan = _counted_returns(plan, signals, ds)
    plan = _one_currency(plan, ds, lang, tokens)  # after the counts: 'Wie viele Gutschriften?' counts documents
    if ds is not None and plan.status == "ok" and every_status_counted(plan, ds):
        signals.steps.append("orders_by_every_status")  # the executor adds the never-a-sale statuses' orders
    plan = _customers_by_a_line_value(plan, tokens, mentions, signals)
    plan = female_customers(plan, signals.surface, ds, signals.steps)  # "der abgewanderten Kundinnen": the women
    if components and plan.status == "ok":
        if plan.metrics != ("ltv_formula",):  # never dropped: S, C, P, t belong to the LTV formula only
            issue = Issue.said("components_without_ltv", "issue_components_without_ltv")
            return _clarify(lang, [say("option_ltv_with_t", lang)], issue), signals
        plan = plan.model_copy(update={"components": components, "component_unit": unit})
    if horizon is not None or (signals.keywords & {"future"} and plan.status == "ok"):
        plan = _forecast_plan(plan, signals, horizon, lang)
        signals.steps.append("forecast")
    bounded_answer = survey_answer_bound(plan, " ".join(tokens), ds)
    if bounded_answer is not plan:  # "Wie viele Befragte haben Satisfaction Price unter 3?": by their answer
        plan = bounded_answer
        consumed = bound_words(" ".join(tokens))  # "satisfaction price above 3": the aspect's score threshold
        consumed |= {rate_verb(" ".join(tokens))}  # "rated the service below 3": the verb of that score
        signals.unknown = [w for w in signals.unknown if w not in consumed]
        signals.steps.append("survey_answer_population")
    plan = _active_customers(plan, " ".join(tokens), signals, ds, lang)
    if plan.status != "ok" and signals.steps[-1:] == ["active_unread"]:
        return plan, signals
    if signals.population is not None and plan.status == "ok":
        column = signals.population.split("_", 1)[-1]
        table = ds.customers if ds is not None else None
        if signals.population in SURVEY_CONCEPTS:  # the survey's people: respondents, or by their NPS answer
            table = ds.survey_responses if ds is not None else None
            column = "customer_id" if signals.population == "respondents" else "nps"
        if table is not None and (column not in table.columns or table.get_column(column).null_count() == table.height):
            signals.unknown = [signals.population_word]
            return _leftover(plan, signals, lang, ds), signals
        if not restrictable_to_min_orders(plan) and plan.intent != "at_risk":
            signals.unknown = [signals.population_word]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(concept=signals.population)
        signals.steps.append("nps_class_population" if signals.population in ("promoters", "passives", "detractors")
                             else "contact_population")
    if plan.status == "ok" and plan.intent == "compare" and plan.compare is not None:
        # "Veränderung 2024 zum Vorjahr", "change 2011 vs 2010": the two periods compared are the change asked for;
        # "nur Länder mit Rückgang", "countries with growth": a condition on the change, which no reading takes
        conditions = [b for a, b in zip(tokens, tokens[1:]) if a in _CONDITION_WORDS and b in _CHANGE_WORDS]
        signals.unknown = [*(w for w in signals.unknown if w not in _CHANGE_WORDS), *conditions]
    residue = set(tokens) & (timewords.UNRESOLVED_ALWAYS | (timewords.UNRESOLVED_WITH_WINDOW if windows else set()))
    signals.unknown = [w for w in signals.unknown if w not in residue and not _describes(w, plan)]
    empty = _empty_dimensions(plan, ds)
    for builtin, find in (("country", _country_column), ("product_id", _product_column),
                          ("currency", _currency_client_column)):
        # "nach Land" on data whose countries sit in 'Geography'; "verschiedene Produkte" with a 'PRODUCTCODE';
        # "je Währung" where the currencies sit in a client column of ISO codes ('Valuta')
        column = find(ds) if builtin in empty and ds is not None else None
        if column is not None:
            plan = plan.model_copy(update={
                "group_by": tuple(dict.fromkeys(column if g == builtin else g for g in plan.group_by)),
                "filters": tuple(f.model_copy(update={"dimension": column}) if f.dimension == builtin else f
                                 for f in plan.filters)})
            empty = [e for e in empty if e != builtin]
    if empty and set(plan.group_by) - set(empty) - set(TIME_DIMS) and set(plan.group_by) & set(empty) and \
            not set(empty) & {f.dimension for f in plan.filters}:
        # "Abwanderungsrate nach Land (Geography)": the data's own column is named beside the empty built-in
        plan = plan.model_copy(update={"group_by": tuple(g for g in plan.group_by if g not in empty)})
        empty = []
    if not empty and ds is not None and plan.status == "ok" and \
            all(g in SEMANTIC_MODEL.dimensions.base for g in plan.group_by):  # "Revenue by customer age" without ages:
        dropped = _dropped_dimensions(mentions, plan)  # a dimension the plan lost is asked back
        if "units_sold" in signals.steps:  # "How many items did we sell?": the items are the units counted
            dropped = [d for d in dropped if d != "product_id"]
        empty = [d for d in dropped if d in SEMANTIC_MODEL.dimensions.base
                 and not _builtin_available(ds, Sense("dim", d))][:1]
    if empty:  # "Kunden nach Branche" on data without an industry column: asked back, never a table of blanks
        word = next((text for text, role in signals.reading if f"dim:{empty[0]}" in role), empty[0])
        signals.unknown = [*signals.unknown, word]
        return _leftover(plan, signals, lang, ds, missing=empty[0]), signals
    if plan.metrics == ("bought_together",) and plan.status == "ok" and signals.unknown and ds is not None:
        plan, signals.unknown = _together_with(plan, signals.unknown, ds, lang)
    grouped_by = grouping_by_fillers(signals.reading, plan.group_by) if plan.status == "ok" else []
    if grouped_by:  # "revenue by table number": the grouping's words are named back, never dropped
        signals.unknown = [*signals.unknown, *grouped_by]
    if plan.status == "ok" and signals.unknown and plan.intent != "definition" and not residue:
        # a content word the plan does not use most likely names a column, value or concept the user
        # expects: asked back with the closest known names, never dropped (answers.md)
        return _leftover(plan, signals, lang, ds), signals
    stray = _stray_numbers(tokens, mentions, plan)
    if stray and plan.status == "ok" and plan.intent != "definition":
        asked = _clarify_number(plan, stray, lang)
        bound = order_value.bare_bound(" ".join(tokens)) if any(counts(m) == "order" for m in plan.metrics) \
            else None
        if bound is not None:  # "orders over 100": the order-value reading offered to pick
            asked = asked.model_copy(update={"options": (order_value.bound_option(*bound, lang),)})
        return asked, signals
    plan = per_customer_mean(plan, tokens, mentions)
    counted = distinct_count(plan, signals.steps, signals.keywords, signals.customer_word, tokens, mentions)
    if counted is not plan:  # "Wie viele Länder gibt es?": the distinct values, not customers per value
        lost = [text for text, role in signals.reading if role in ("kw:lost", "kw:churn_words")]
        if lost:  # "Wie viele Verkäufer haben gekündigt?": no churn of a column's values, never their count
            signals.unknown = [*signals.unknown, *lost]
            return _leftover(plan, signals, lang, ds), signals
        plan = counted
        signals.steps.append(DISTINCT_STEP)
        if ds is not None and plan.counted in ("country", "product_id") and \
                not _builtin_available(ds, Sense("dim", plan.counted)):
            # "how many distinct products" on data whose products sit in a 'PRODUCTCODE' column
            column = (_country_column if plan.counted == "country" else _product_column)(ds)
            if column is not None:
                plan = plan.model_copy(update={"counted": column})
    shared = share_of_value(plan, signals.keywords, mentions, tokens)
    if shared is not plan:  # "Technology share of profit", "Anteil stornierter Aufträge": the share, not the total
        plan = shared
        signals.steps.append(SHARE_STEP)
    plan = _average_of_a_total(plan, signals, tokens, lang)
    signals.keywords = made_up_by_the_top(plan, tokens, signals.keywords)
    if "together" in signals.keywords and _together_is_a_value(mentions, plan):
        signals.keywords = signals.keywords - {"together"}  # "Together vs Married": a marital status, never a sum
    added = together(plan, signals.keywords)
    if added is not plan:  # "Umsatz West und East zusammen", "Top 10 Kunden zusammen": one figure
        plan = added
        signals.steps.append(TOGETHER_STEP)
    if signals.churn_risk is not None and plan.status == "ok":
        plan = _risk_population(plan, signals, lang, ds)
        signals.steps.append("risk_population")
    if both and signals.customer_word and plan.status == "ok" and \
            any(f.op == "in" and len(f.values) > 1 for f in plan.filters):  # customers with each (not "revenue
        # in both Germany and France", which is the figure of both values)
        if not restrictable_to_min_orders(plan):  # never answer "either" for "both"
            return _leftover(plan, signals, lang, ds), signals
        plan = all_of(plan)
        signals.steps.append(BOTH_STEP)
    if answer is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan):  # never drop the condition silently
            signals.unknown = [*signals.unknown, "NPS"]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(nps_answer=answer)
        signals.steps.append("contact_population")
    if signals.having is not None and plan.status == "ok":
        bounded = _having_plan(plan, signals, lang, ds)
        if bounded is None:  # a bound on a count per group the plan has no group for: asked back, never dropped
            signals.unknown = [*signals.unknown, signals.having[2]]
            return _leftover(plan, signals, lang, ds), signals
        plan = bounded
        signals.steps.append("group_threshold")
    if signals.unread and plan.status == "ok":
        signals.unknown = [*signals.unknown, signals.unread]
        return _leftover(plan, signals, lang, ds), signals
    subscribed = _subscribers_of_a_channel(signals.reading)
    if subscribed is not None and plan.status == "ok":
        # "Anzahl Newsletter-Abonnenten": the subscribers of a newsletter are not the customers it acquired (the data
        # has no subscriptions to it) — the subscriber word is asked back, never the acquisition channel's customers
        signals.unknown = [*signals.unknown, signals.surface.get(subscribed, subscribed)]
        return _leftover(plan, signals, lang, ds), signals
    plan = _new_customer_population(plan, tokens, mentions, signals)
    cohort = acquired_cohort(plan, tokens, signals.reading, signals.customer_word, restrictable_to_min_orders)
    if cohort is not plan:  # "lifetime revenue of the customers we acquired in 2010": that cohort's figure
        plan = cohort
        signals.steps.append(COHORT_STEP)
    named = named_cohort(plan, signals.reading, _restrictable_to_customers)
    if named is not plan:  # "repeat rate for the march 1997 cohort": that cohort, not every cohort in March
        plan = named
        signals.steps.append(NAMED_COHORT_STEP)
    in_period = cohort_in_period(plan, signals.reading, signals.windows, is_period_based)
    if in_period is not plan:  # "Von der Januar-2024-Kohorte: … im Februar 2024": that cohort's row, not every one
        plan = in_period
        signals.steps.append(COHORT_PERIOD_STEP)
    later = cohort_in_a_later_period(plan, signals.windows, signals.reading, tokens)
    if later is not plan:  # "Wie viele Neukunden aus 2024 haben 2025 nochmal gekauft?": that cohort in 2025
        plan = later
        signals.steps.append(COHORT_LATER_STEP)
    each = every_period(plan, tokens)
    if each is not plan:  # "how many customers bought in every quarter of 2011": active in each, not per quarter
        plan = each
        signals.steps.append(EVERY_STEP)
    if signals.outside_top is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan) or plan.group_by == ("customer_id",):  # never dropped silently
            signals.unknown = [*signals.unknown, f"top {signals.outside_top}"]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(outside_top=signals.outside_top)
        signals.steps.append("outside_top_population")
    if signals.absent is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan) or plan.population.absent is not None or not (
                signals.customer_word or has_headcount(plan.metrics)) or (  # "products not bought": never dropped
                plan.window.start == signals.absent.start and plan.window.end == signals.absent.end):  # contradiction
            signals.unknown = [*signals.unknown, "nicht" if lang == "de" else "not"]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(absent=signals.absent)
        signals.steps.append("absent_population")
    if signals.only_period and plan.status == "ok":
        if not restrictable_to_min_orders(plan) or not (signals.customer_word or has_headcount(plan.metrics)):
            signals.unknown = [*signals.unknown, _ONLY_WORD.get(lang, "only")]  # never dropped
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(new=True)
        signals.steps.append("only_period_population")
    if signals.redeemed is not None and plan.status == "ok":  # "Umsatz der Kunden, die einen Gutschein eingelöst haben"
        if not restrictable_to_min_orders(plan):
            signals.unknown = [*signals.unknown, signals.redeemed_phrase]  # never dropped
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(redeemed=signals.redeemed)
        signals.steps.append(COUPON_STEP)
    if signals.complaints is not None and plan.status == "ok":  # "Kunden mit mindestens 2 Beschwerden"
        if not restrictable_to_min_orders(plan):
            signals.unknown = [*signals.unknown, signals.complaints_phrase]  # never dropped
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(complaints=signals.complaints)
        signals.steps.append(COMPLAINT_STEP)
    if signals.present is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan) or not (signals.customer_word or has_headcount(plan.metrics)):
            both_word = next((w for w in ("sowohl", "both") if w in signals.surface), "both")
            signals.unknown = [*signals.unknown, f"{both_word} {signals.present.label(lang)}"]  # never dropped
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(present=signals.present)
        signals.steps.append("present_population")
    if signals.order_value is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan) or plan.compare is not None:  # never dropped silently
            signals.unknown = [*signals.unknown, f"{signals.order_value[1]:g}"]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(order_value=signals.order_value)
        signals.steps.append(order_value.STEP)
    if signals.any_flag is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan):  # never dropped silently
            signals.unknown = [*signals.unknown, signals.any_flag_phrase]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(any_flag=signals.any_flag)
        signals.steps.append(any_flag.STEP)
    if signals.spend is not None and plan.status == "ok":
        if not restrictable_to_min_orders(plan):  # never drop the condition silently
            signals.unknown = [*signals.unknown, "spent" if lang == "en" else "Umsatz"]
            return _leftover(plan, signals, lang, ds), signals
        plan = plan.restrict(spend=signals.spend)
        signals.steps.append("spend_population")
    if ((signals.min_orders is not None and signals.min_orders >= 2) or signals.max_orders is not None) \
            and plan.status == "ok":
        others = besides_headcount(plan.metrics) - {"repeat_rate"}
        bounded = plan.restrict(min_orders=signals.min_orders if (signals.min_orders or 0) >= 2 else None,
                                max_orders=signals.max_orders)
        if others and not restrictable_to_min_orders(plan):  # never drop the condition silently
            return _clarify_order_filter(lang, bounded), signals
        if signals.max_orders is not None and "share" in signals.keywords and set(plan.metrics) <= {
                "customers", "customer_share"}:  # "Anteil der Einmalkäufer": those customers / all customers
            bounded = bounded.model_copy(update={"metrics": ("customer_share",)})
            others = ["customer_share"]
        elif signals.max_orders is not None and "share" in signals.keywords:  # a share of another figure:
            return _clarify_order_filter(lang, bounded), signals          # not a figure of its own (yet)
        if has_headcount(plan.metrics) or others:
            plan = bounded
            signals.steps.append("min_orders_population")
    if signals.top_percent is not None and plan.status == "ok":
        plan = _top_percent_plan(plan, signals, lang)
        signals.steps.append("top_percent_population")
    if signals.inactive_since is not None and plan.status == "ok":
        counted = "count" in signals.keywords or bool(_COUNT_WORDS.search(rest))
        plan = _inactive_plan(plan, signals, lang, counted)
        signals.steps.append("inactive_customers")
    plan = _assumed_margin_by_group(plan, ds, lang)
    if left_out and plan.status == "ok":  # a period left out is never answered as that period alone
        signals.steps.append("negated_window")
        issue = Issue.said("negated_window", "issue_negated_window", phrase=left_out)
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()}), signals
    if residue and plan.status != "refuse" and plan.intent not in ("definition", "describe_segment"):
        word = sorted(residue)[0]
        if word == timewords.IMPOSSIBLE:  # name the phrase as typed ("Q5 2011"), not the internal token
            word = ", ".join(dict.fromkeys(timewords.impossible_phrases(text))) or word
        asked = _clarify_reversed(plan, norm, lang, as_of) if word == timewords.REVERSED else \
            _clarify_fiscal(plan, word, text, lang, ds) if word in timewords.FISCAL_WORDS \
            else _clarify_time(plan, word, windows, lang, as_of)
        content = [w for w in signals.unknown if w not in residue and w not in _TIME_MODIFIERS]
        if content and plan.status == "ok":  # "clicked on the summer campaign email": every unknown word named
            shown = ", ".join(f"'{_as_typed(w, signals)}'" for w in content[:3])
            issue = asked.issues[0]
            issue = issue.model_copy(update={"en": f"{issue.en} I also do not know {shown} in this data.",
                                             "de": f"{issue.de} Auch {shown} kenne ich in diesen Daten nicht."})
            asked = asked.model_copy(update={"issues": (issue,)})
        return asked, signals
    if plan.status == "ok" and plan.share_of is None and not plan.share_of_population:
        plan = scoped_customer_share(plan, mentions, tokens)  # a population restricted above may be its part
    excluded = any(f.op == "not_in" for f in plan.filters) or plan.population.absent is not None
    negated = next((t for t, read in signals.reading if (read == "stopword" or (read == "kw:not" and not excluded))
                    and t in _UNREAD_NEGATIONS), None)
    if negated is not None and plan.status == "ok" and plan.compare is not None:
        # "Welche Länder hatten 2011 keinen Umsatz, aber 2010?": a negation no reading took is never dropped to
        # answer both periods side by side; named back instead
        signals.unknown = [*signals.unknown, negated]
        return _leftover(plan, signals, lang, ds), signals
    return plan, signals


_UNREAD_NEGATIONS = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "nicht", "nie", "niemals", "no", "none",
                               "not", "never", "without", "ohne"})


_WHAT_MEAN = lazy_re.compile(r"^\s*what\s+(?:does|do)\s+(?:the\s+|a\s+|an\s+)?(?P<term>.+?)\s+(?:mean|stand\s+for)\s*[?!.]*\s*$"
                        r"|^\s*wof(?:ü|u|ue)r\s+steh(?:t|en)\s+(?:die\s+|der\s+|das\s+)?(?P<term2>.+?)\s*[?!.]*\s*$",
                        re.IGNORECASE)


_WHAT_IS_MEANT = lazy_re.compile(
    r"^\s*(?:was\s+(?:versteht|verstehen|verstehst)\s+(?:ihr|man|sie|du|wir|insight)\s+unter|"
    r"was\s+meint\s+(?:ihr|man|insight)\s+mit|what\s+do\s+you\s+mean\s+by|what\s+is\s+meant\s+by|"
    r"how\s+do\s+you\s+define|wie\s+(?:definiert|definieren)\s+(?:ihr|sie|man)|"
    r"was\s+zählt\s+(?:bei\s+euch\s+)?als|what\s+counts\s+as)\s+"
    r"(?:(?:einem|einer|einen|eine|ein|den|dem|der|die|das|a|an|the)\s+)?(?P<term>[^?!.,;]+?)\s*[?!.]*\s*$",
    re.IGNORECASE)

_WHAT_IS_A = lazy_re.compile(r"^\s*(?:was\s+ist\s+(?:ein|eine)|was\s+sind\s+(?!unsere|die|meine)|what\s+is\s+(?:a|an)|what\s+are\s+(?!our|the|my|your|their))\s*"
                        r"(?P<term>[^?!.,;]+?)\s*[?!.]*\s*$", re.IGNORECASE)


def reading(tokens: list[str], mentions: list[Mention]) -> list[tuple[str, str]]:
    """Each token with what it was read as: a mention (metric/dim/value/kw and its name, a typo's
    correction), a stopword or filler of the language, a number, or left over."""
    from insight.query.lexicon import FILLER_WORDS, STOPWORDS

    by_start = {m.start: m for m in mentions}
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        m = by_start.get(i)
        if m is not None:
            senses = ", ".join(f"{s.kind}:{s.name}" + (f"={s.value}" if s.value is not None else "")
                               for s in m.senses[:3])
            out.append((" ".join(tokens[m.start:m.end]),
                        senses + (f" (typo of '{m.corrected}')" if m.corrected else "")))
            i = max(m.end, i + 1)
            continue
        word = tokens[i]
        role = ("number" if numbers.is_amount(word) else "stopword" if word in STOPWORDS else
                "filler" if word in FILLER_WORDS else "left over")
        out.append((word, role))
        i += 1
    return out


_COMPONENT = lazy_re.compile(r"(?<![\w-])(?P<name>[SCPt]|T)\s*(?:=|:|von|of)\s*(?P<value>\d+(?:[.,]\d+)?)\s*"
                        r"(?P<unit>%|(?i:prozent|percent|monaten|monate|monat|months?|jahren|jahre|jahr|years?|€|eur|euro))?"
                        r"(?![\w])")


def _drop_restated_time(text: str, as_of: dt.date, fiscal: timewords.FiscalYear) -> str:
    """"Umsatz im ersten Halbjahr 2024 (Januar bis Juni)": a bracket holding only a time phrase restates the
    window named outside it; read as a second window it would turn the question into a comparison."""
    def windows_of(part: str) -> tuple[list[TimeWindow], str]:
        return timewords.extract(timewords.normalise(mark_verbs(part)), as_of, fiscal)

    brackets = list(re.finditer(r"\(([^()]*)\)", text))
    if not brackets or not windows_of(re.sub(r"\(([^()]*)\)", " ", text))[0]:
        return text
    for m in reversed(brackets):
        found, left = windows_of(m.group(1))
        if found and not left.strip():
            text = text[:m.start()] + " " + text[m.end():]
    return text


def _ltv_components(text: str) -> tuple[tuple[tuple[str, float], ...], str, str]:
    """"LTV mit t = 36 Monaten", "LTV with S = 20, C = 12 per year, P = 1, t = 3 years": the LTV components
    the user sets, the unit of C and t (a t in years makes both per year), and the text without them."""
    found: dict[str, float] = {}
    unit = "month"
    for m in _COMPONENT.finditer(text):
        name = "t" if m.group("name") == "T" else m.group("name")
        value = float(m.group("value").replace(",", "."))
        suffix = (m.group("unit") or "").lower()
        if suffix in ("%", "prozent", "percent"):
            value /= 100
        if name == "t" and suffix.startswith(("jahr", "year")):
            unit = "year"
        found[name] = value
    if not found:
        return (), "month", text
    rest = _COMPONENT.sub(" ", text)
    rest = re.sub(r"\b(?:pro|per|je|a)\s+(?:jahr|year|monat|month)\b", " ", rest, flags=re.IGNORECASE)
    return tuple(found.items()), unit, rest


def _definition_frame(text: str) -> str:
    """"What does NPS mean?" asks for a definition ("mean" is not the average here), and so do "Was ist ein
    Kunde?" / "What is a repeat customer?" (an indefinite article: the concept, not its value)."""
    m = _WHAT_MEAN.match(text) or _WHAT_IS_MEANT.match(text) or _WHAT_IS_A.match(text)
    return f"definition {m.group('term') or m.group('term2')}" if m else text


def _concept_words(plan: QueryPlan) -> set[str]:
    """The words of every label and synonym of what the plan uses (its metrics, groupings, filtered
    dimensions and segment method)."""
    names = [*plan.metrics, *plan.group_by, *(f.dimension for f in plan.filters)]
    if plan.segment_method:
        names += [k for k, v in SEGMENT_METRICS.items() if v == plan.segment_method]
        names += [v for k, v in SEGMENT_DIMS.items() if k == plan.segment_method]
    if plan.intent == "at_risk":
        names += ["churn_risk", "clv"]
    words: set[str] = set()
    for name in names:
        for table in (SEMANTIC_MODEL.metrics, SEMANTIC_MODEL.dimensions):
            item = table.get(name)
            if item is None:
                continue
            for phrase in (item.label_en, item.label_de, *item.synonyms()):
                words.update(w for w in fold(phrase).replace("-", " ").split() if len(w) >= 4)
    return words


# words of likelihood beside a metric that is a probability ("most likely still active", "am wahrscheinlichsten")
_LIKELIHOOD_WORDS = frozenset({"likely", "likeliest", "likelihood", "probably", "probable", "wahrscheinlich",
                               "wahrscheinlichste", "wahrscheinlichsten", "wahrscheinlicher", "wahrscheinlichen"})
_PROBABILITY_STEMS = ("probab", "wahrscheinlich", "risk", "risiko")


def _describes(word: str, plan: QueryPlan) -> bool:
    """A leftover word that only describes what the plan already computes ('Formel' in "LTV nach der
    Formel", 'Matrix' in "Portfolio-Matrix", 'prognostizierte' beside "prognostizierter Kundenwert",
    'wahrscheinlich' in "Aktivwahrscheinlichkeit"): a word of that concept's own labels or synonyms, an
    inflection of one (a common stem of 6+ letters, differing in an ending of at most 3), or a part of one of
    its compounds ('Kundenkarte' is neither: it names something else)."""
    if plan.status != "ok" or len(word) < 4:
        return False
    families = {SEMANTIC_MODEL.metrics[m].family for m in plan.metrics if m in SEMANTIC_MODEL.metrics}
    if phrasing.names_the_population(word, families):  # 'respondents' of a survey metric
        return True
    import os

    if word in _LIKELIHOOD_WORDS and any(w in known for known in _concept_words(plan) for w in _PROBABILITY_STEMS):
        return True  # "Which customers are most likely still active?": 'most likely' ranks by the probability itself
    for known in _concept_words(plan):
        shared = len(os.path.commonprefix([word, known]))
        if word == known or (shared >= 6 and len(word) - shared <= 3 and len(known) - shared <= 3):
            return True  # the word itself or an inflection of it ('prognostizierte' / 'prognostizierter')
        if len(word) >= 6 and word in known:
            return True
    return False


def _dropped_dimensions(mentions: list[Mention], plan: QueryPlan) -> list[str]:
    """Dimensions named only as dimensions (no metric, value or keyword sense) that the plan neither groups nor
    filters by."""
    used = {*plan.group_by, *(f.dimension for f in plan.filters)}
    out = []
    for m in mentions:
        if not m.senses or any(s.kind != "dim" for s in m.senses):
            continue
        names = [s.name for s in m.senses]
        if not used & set(names) and not set(names) & {"customer_id", *TIME_DIMS}:
            out.append(names[0])
    return out


def _empty_dimensions(plan: QueryPlan, ds: Dataset | None) -> list[str]:
    """Built-in dimensions the plan groups or filters by that have no value in this data."""
    if ds is None or plan.status != "ok":
        return []
    names = dict.fromkeys([*plan.group_by, *(f.dimension for f in plan.filters)])
    if ds.order_lines.height == 0 and ds.customers.height == 0:
        return []  # no data at all: the executor says so
    return [d for d in names if d in SEMANTIC_MODEL.dimensions.base
            and (SEMANTIC_MODEL.dimensions.base[d].source in ("line", "customer", "coupon", "survey")
                 or d in _SEGMENT_COLUMNS)
            and not _builtin_available(ds, Sense("dim", d))]


def _has_client_columns(ds: Dataset | None) -> bool:
    return ds is not None and bool(ds.client_columns("order_lines") or ds.client_columns("customers"))


def _stray_numbers(tokens: list[str], mentions: list[Mention], plan: QueryPlan) -> list[str]:
    """Numbers the plan does not use ("customers who spent more than 100" read without the bound): a
    number is never dropped silently. Used: the plan's top N (and an LTV component, read earlier)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    used = {plan.top_n} if plan.top_n else set()
    if plan.population.survey_answer is not None:  # "Satisfaction Price unter 3": the bound on the answers
        used.add(plan.population.survey_answer[2])
    return [t.replace(numbers.CENTS_MARK, ",") for i, t in enumerate(tokens)
            if numbers.is_amount(t) and i not in covered and numbers.amount(t) not in used]



def _clarify_number(plan: QueryPlan, numbers: list[str], lang: str) -> QueryPlan:
    so_far = ", ".join(SEMANTIC_MODEL.metrics[m].label(lang) for m in plan.metrics if m in SEMANTIC_MODEL.metrics)
    shown = ", ".join(numbers[:3])
    issue = Issue.said("stray_number", "issue_stray_number", *(["issue_understood_so_far"] if so_far else []),
                       "issue_stray_number_unit", shown=shown, so_far=so_far)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})


_TIME_MODIFIERS = frozenset("first last second third fourth early late end beginning middle start mid erste ersten "
                            "erster letzte letzten zweite zweiten dritte dritten anfang ende mitte beginn".split())


def _as_typed(word: str, signals: Signals) -> str:
    """A folded word ('monatsgebuhr') as the user typed it ('Monatsgebühr'), and a word that completes a
    compound with the value before it ('shipping costs', where 'shipping' alone was read as a value)."""
    before = ""
    for (text, role), (nxt, _r) in zip(signals.reading, signals.reading[1:]):
        if nxt == word and (role.startswith("value:") or role == "filler") and " " not in text:
            before = text
    words = [w for w in (before, word) if w]
    return " ".join(signals.surface.get(w, w) for w in words)


def _share_word_dropped(plan: QueryPlan, signals: Signals) -> bool:
    """A share word read ("Anteil", "what share of") while every metric of the plan is a count or an amount of
    the built-in catalogue: the answer would be the count, not the share that was asked."""
    if plan.status != "ok" or not plan.metrics or plan.intent not in ("metric", "rank", "trend") or \
            not any(role == "kw:share" for _, role in signals.reading):
        return False
    units = [SEMANTIC_MODEL.metrics[m].unit if m in SEMANTIC_MODEL.metrics else None for m in plan.metrics]
    return all(u in ("count", "currency") for u in units)


def _churn_word_dropped(plan: QueryPlan, signals: Signals, ds: Dataset | None) -> bool:
    """A churn word read ("left us", "abgewandert") on a customers table with a churn flag, while the plan neither
    measures churn nor filters on that flag: the answer would count every customer, churned or not."""
    if ds is None or plan.status != "ok" or not any("kw:churn_words" in role for _, role in signals.reading):
        return False
    from insight.semantic.client import concept_column

    flag = concept_column(ds, "churn_rate")
    if flag is None:  # order data: "Warum sind Kunden abgewandert?" must never count every customer
        return (plan.intent == "metric" and plan.population.everyone and not plan.filters
                and all(of_family(m, "line") for m in plan.metrics))
    used = {*plan.metrics, *(f.dimension for f in plan.filters), *plan.group_by}
    return flag.name not in used and not any("churn" in m or "retention" in m or m == f"share_{flag.name}"
                                             for m in plan.metrics)


def _why_asked_back(plan: QueryPlan) -> QueryPlan:
    """A cause is not in the data: a complete "why" question is asked back offering the figure it names, never
    answered with the figure as if it were the reason (a bare "warum?" after an answer explains that answer)."""
    so_far = ", ".join(SEMANTIC_MODEL.metrics[m].label(plan.language) for m in plan.metrics
                       if m in SEMANTIC_MODEL.metrics)
    issue = Issue.said("why_not_in_data", "issue_why_not_in_data", so_far=so_far)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": (so_far,) if so_far else ()})


def _segment_of_a_period(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"ABC classes for 2011 only: how many customers in each": the classification itself named (ABC classes, ABC
    analysis) beside a window asks for classes computed on that period. Line figures grouped by the classes are
    answered with the classes computed on the window's revenue (``segment_of_window``, docs/metrics.md); anything
    else (the whole ABC analysis of a period) is asked back naming the period — never all-time classes silently.
    A class named as a value ("A-Kunden 2011") stays the all-time class of the window's customers."""
    window = plan.window if not plan.window.is_all else next(iter(signals.windows), None)
    if plan.status != "ok" or window is None or window.is_all or plan.intent == "definition":
        return plan
    named = {role.split(":", 1)[1] for _, roles in signals.reading for role in roles.split(", ")
             if role.startswith("metric:") and role.split(":", 1)[1] in ("abc",)}
    if not named or "abc_class" not in {*plan.group_by, *(f.dimension for f in plan.filters)} and \
            not named & set(plan.metrics) and plan.segment_method not in named:  # "ABC-Analyse für 2010": the same
        return plan
    if plan.segment_method is None and plan.intent in ("metric", "rank") and plan.aggregate != "median" and \
            plan.population == type(plan.population)() and "abc_class" in plan.group_by and all(f.dimension != "abc_class" for f in plan.filters) and \
            all(family(m) == "line" for m in plan.metrics):
        # "ABC classes for 2011 only: how many customers in each": line figures by the classes computed on the
        # period's revenue (docs/metrics.md, ABC of a period) — what an analyst computes for "ABC for 2011"
        signals.steps.append("segment_of_the_window")
        return plan.model_copy(update={"window": window, "segment_of_window": True})
    lang = plan.language
    issue = Issue(code="segment_of_a_period", **{
        la: say("issue_segment_of_a_period", la, segment="ABC", period=window.label(la)) for la in LANGUAGES})
    option = say("option_segment_all_time", lang, segment="ABC", period=window.label(lang))
    return _clarify(lang, [option], issue, intent=plan.intent).model_copy(update={"rule": plan.rule})


_SHARE_OF_CUSTOMERS = "customer_share"  # the customers with a condition / all customers of the scope


def _share_without_a_customer_flag(plan: QueryPlan, signals: Signals, ds: Dataset | None) -> QueryPlan:
    """"Anteil inaktiver Mitglieder", "share of inactive members" on a customer flag 'IsActiveMember': a negation
    right before the flag's word, in a share of the customers, is the share of the customers WITHOUT the flag
    (flag ≠ its yes value), never the flag's own share nor a churn rate. Line flags ("not paid") stay asked back."""
    if ds is None or plan.status != "ok" or "share" not in signals.keywords:
        return plan
    from insight.semantic.client import client_columns

    shares = [m for m in plan.metrics if m.startswith("share_")] or [f"share_{g}" for g in plan.group_by]
    if len(shares) != 1 or besides_headcount(plan.metrics) - {shares[0], _SHARE_OF_CUSTOMERS}:
        return plan
    roles = [role for _, role in signals.reading]
    if not any(f"dim:{shares[0][6:]}" in role and "kw:not" in roles[max(0, i - 2):i] for i, role in enumerate(roles)):
        return plan
    col = next((c for c in client_columns(ds) if f"share_{c.name}" == shares[0] and c.is_flag), None)
    if col is None or col.table != "customers" or set(plan.group_by) - {col.name} or \
            any(f.op != "in" for f in plan.filters):
        return plan
    # "… in Germany": the share within the value named (its customers without the flag / all its customers)
    within = tuple(dict.fromkeys(f.dimension for f in plan.filters))
    signals.steps.append("flag_population")
    return plan.model_copy(update={"metrics": (_SHARE_OF_CUSTOMERS,), "group_by": within, "filters": (
        *plan.filters, Filter(dimension=col.name, op="not_in", values=(col.flag_true,)))})


def _negated_flag_share(plan: QueryPlan, signals: Signals) -> bool:
    """A flag's own share measured while a negation stands right before the flag's word: the plan would answer
    the share of the flag's TRUE lines and drop the 'not' (answers.md, "No silent substitution")."""
    roles = [role for _, role in signals.reading]
    if plan.status != "ok" or not any(m.startswith("share_") for m in plan.metrics) or roles[:1] == ["kw:and"]:
        return False  # "und ohne Rezept?" is a follow-up: the session restricts the previous figure
    for i, role in enumerate(roles):
        if any(f"metric:{m}" in role for m in plan.metrics if m.startswith("share_")) and \
                "kw:not" in roles[max(0, i - 2):i]:
            return True
    return False


_ONLY_WORD = {"de": "nur", "en": "only"}  # the word "only" named back in a clarify


def _leftover(plan: QueryPlan, signals: Signals, lang: str, ds: Dataset | None,
              missing: str | None = None) -> QueryPlan:
    """A content word the plan does not use (or one naming a dimension this data has no values of,
    ``missing``): asked back with the closest known names, never dropped (answers.md, "No silent
    substitution")."""
    from rapidfuzz import fuzz, process

    words = signals.unknown[:3]
    pool: dict[str, str] = {}
    for item in [*SEMANTIC_MODEL.metrics.values(), *SEMANTIC_MODEL.dimensions.values()]:
        for label in (item.label(lang), item.name):
            pool.setdefault(fold(label), item.label(lang))
    if ds is not None:
        for phrase in value_index(ds):
            pool.setdefault(phrase, phrase)
    from insight.query.lexicon import RELATED

    near: list[str] = []
    for word in words:
        for name in RELATED.get(word, ()):
            spec = SEMANTIC_MODEL.dimensions.get(name)
            if spec is not None and spec.label(lang) not in near and _builtin_available(ds, Sense("dim", name)):
                near.append(spec.label(lang))
        for hit, _score, _i in process.extract(word, list(pool), scorer=fuzz.WRatio, limit=3, score_cutoff=70):
            if pool[hit] not in near:
                near.append(pool[hit])
    shown = ", ".join(f"'{_as_typed(w, signals)}'" for w in words)
    so_far = ", ".join(SEMANTIC_MODEL.metrics[m].label(lang) for m in plan.metrics if m in SEMANTIC_MODEL.metrics)
    if missing is not None:
        label = SEMANTIC_MODEL.dimensions[missing]
        empty = {t for d in SEMANTIC_MODEL.dimensions.base.values()
                 if d.name in _SEGMENT_COLUMNS or d.name == _SEGMENT_COLUMNS.get(missing)
                 for t in (d.label_de, d.label_en) if not _builtin_available(ds, Sense("dim", d.name))}
        near = [n for n in near if n not in (label.label_de, label.label_en) and n not in empty]
        ending = "issue_did_you_mean" if near else "issue_please_rephrase"
        needs = _SEGMENT_COLUMNS.get(missing)  # "nach Altersgruppe": the column the bands need is named
        said = {language: say("issue_no_values", language, shown=shown, label=label.label(language)) +
                (say("issue_band_needs_column", language, column=needs) if needs else "") +
                say(ending, language, near=", ".join(near[:4])) for language in LANGUAGES}
        return plan.model_copy(update={"status": "clarify", "options": tuple(near[:4]),
                                       "issues": (Issue(code="no_values", **said),)})
    issue = Issue.said("unknown_word", "issue_unknown_word", *(["issue_understood_so_far"] if so_far else []),
                       "issue_did_you_mean" if near else "issue_please_rephrase", shown=shown, so_far=so_far,
                       near=", ".join(near[:4]))
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": tuple(near[:4])})


def _column_words_beside_values(tokens: list[str], mentions: list[Mention], unknown: list[str]) -> list[str]:
    """'Large Deals' (Large a value of DEALSIZE), 'Segment Corporate': a word right beside a value that names
    that value's own column says which kind of value it is, nothing more."""
    beside: dict[int, list[str]] = {}
    for m in mentions:
        columns = [str(s.name) for s in m.senses if s.kind == "value"]
        if columns:
            beside.setdefault(m.start - 1, []).extend(columns)
            beside.setdefault(m.end, []).extend(columns)
    drop = {tokens[i] for i, columns in beside.items() if 0 <= i < len(tokens) and tokens[i] in unknown
            and any(phrasing.names_the_column_of(tokens[i], c) for c in columns)}
    return [w for w in unknown if w not in drop]


_GOODS = frozenset("products product produkte produkten produkt artikel artikeln articles items item waren goods".split())


def _goods_after_a_value(mentions: list[Mention]) -> list[Mention]:
    """'garden products', 'Toys-Artikel': a word for goods right after a value of a column of the order lines (a
    category of what is sold) names the kind of the value, never a grouping by product."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and before.end == m.start and m.text in _GOODS and \
                all(s.kind == "dim" and s.name == "product_id" for s in m.senses) and before.senses and \
                all(s.kind == "value" and _line_document_column(str(s.name)) for s in before.senses):
            continue
        out.append(m)
    return out


def _with_client_phrases(values: dict, ds: Dataset) -> dict:
    """The value lexicon plus the client's columns (dimensions) and their measures (metrics)."""
    from insight.semantic.client import lexicon_entries

    extra = lexicon_entries(ds)
    if not extra:
        return values
    merged = {k: list(v) for k, v in values.items()}
    for key, senses in extra.items():
        bucket = merged.setdefault(key, [])
        for kind, name in senses:
            sense = Sense(kind, name)
            if sense not in bucket:
                bucket.append(sense)
    _header_aliases(merged, ds)
    _measure_aliases(merged, ds)
    _order_noun_aliases(merged, ds)
    _refunded_aliases(merged, ds)
    _value_head_aliases(merged, ds)
    _unit_header_aliases(merged, ds)
    return merged


# units a measure's header names beside its word ('Verbrauch kWh', 'Gewicht kg', 'Strecke km')
_HEADER_UNITS = frozenset({"kwh", "mwh", "wh", "kw", "kg", "km", "liter", "litre", "stk", "std", "qm", "m2", "m3"})


def _unit_header_aliases(merged: dict, ds: Dataset) -> None:
    """'Gesamtverbrauch in kWh', 'Verbrauch' beside a numeric column 'Verbrauch kWh': a measure's header of a word
    and a unit is named by the word alone (its total; 'Gesamt…' reads as total as for any measure) and by the
    unit, when they name nothing else."""
    from insight.query.lexicon import STOPWORDS, static_lexicon
    from insight.semantic.client import entries

    static = static_lexicon()
    for metric in (m for m in entries(ds)[0].values() if m.name.startswith("sum_")):
        words = fold(re.sub(r"[._]", " ", metric.label_en)).split()[1:]  # 'total Verbrauch kWh' → verbrauch kwh
        if len(words) != 2 or words[1] not in _HEADER_UNITS or len(words[0]) < 4 or words[0] in STOPWORDS:
            continue
        for word in words:
            if (word,) not in merged and (word,) not in static:
                merged[(word,)] = [Sense("metric", metric.name)]


def _value_head_aliases(merged: dict, ds: Dataset) -> None:
    """'Summe der Ausgänge' beside the value 'Zahlungsausgang': a German compound value is also named by its head
    word (a tail of 7+ letters after 4+), when exactly one value of the data ends with it and the word names
    nothing else."""
    from insight.query.lexicon import STOPWORDS, static_lexicon

    def build() -> dict[str, list[Sense]]:
        heads: dict[str, list[Sense]] = {}
        for key, senses in merged.items():
            if len(key) != 1 or not senses or not key[0].isalpha() or any(s.kind != "value" for s in senses):
                continue
            if any(fold(str(s.value)) != key[0] for s in senses):
                continue  # an alias ('Hauptschulabschluss' for 'Basic') is no compound of the data: its tail is no name
            for i in range(4, len(key[0]) - 6):
                heads.setdefault(key[0][i:], []).extend(senses)
        return {h: list(dict.fromkeys(ss)) for h, ss in heads.items()
                if len({(x.name, str(x.value)) for x in ss}) == 1 and h not in STOPWORDS}

    static = static_lexicon()
    known = _static_words()
    for head, senses in ds.cached("parser.value_heads", build).items():
        # a head that is a word of the product's own vocabulary ('Gutscheine' in 'Einlösequote unserer Gutscheine')
        # names that concept, never the one value ending with it ('Willkommensgutschein')
        if (head,) not in merged and (head,) not in static and \
                not any(head + end in known for end in ("", "e", "en", "n", "s", "er", "es")):
            merged[(head,)] = senses


def _before_the_data(plan: QueryPlan, ds: Dataset | None) -> bool:
    """A compared period that ends before the data's first order ('Umsatzwachstum 1997' on data from 1997: growth
    against an empty 1996 is no change; the question is then read as written and asked back)."""
    if ds is None or plan.compare is None:
        return False
    first_day = ds.first_order_day()
    ends = [w.end for w in (plan.compare.a, plan.compare.b) if isinstance(w, TimeWindow) and w.end is not None]
    if first_day is None or not ends:
        return False
    return any(end <= first_day for end in ends)


@functools.cache
def _static_words() -> frozenset[str]:
    """Every word of the static lexicon's phrases."""
    from insight.query.lexicon import static_lexicon

    return frozenset(w for key in static_lexicon() for w in key)


# the participle of refunding, said of money ('How much was refunded?', 'total refunded amount', 'Wie viel wurde
# erstattet?')
_REFUNDED_WORDS = ("refunded", "erstattet", "zuruckerstattet", "ruckerstattet")


def _refund_metric(ds: Dataset) -> str | None:
    """The sum of the data's one refund money column ('Amount refunded', 'Total Refunded'), else None."""
    from insight.semantic.client import client_columns

    refund = [c for c in client_columns(ds) if c.refund]
    return f"sum_{refund[0].name}" if len(refund) == 1 and ds.order_lines.height else None


def _refunded_aliases(merged: dict, ds: Dataset) -> None:
    """'How much was refunded?', 'total refunded amount': where the word names nothing else in this data, the amount
    refunded is the sum of the data's one refund column ('Amount refunded', 'Total Refunded'), else — where lines
    reverse sales (refund rows, credit notes) — the returns; data with neither keeps it asked back (a refund
    never recorded is no 0)."""
    from insight.metrics.conventions import detect
    from insight.query.lexicon import static_lexicon
    from insight.semantic.client import client_columns

    static = static_lexicon()
    words = [w for w in _REFUNDED_WORDS if (w,) not in merged and (w,) not in static]
    if not words or ds.order_lines.height == 0:
        return
    refund = [c for c in client_columns(ds) if c.refund]
    if len(refund) == 1:
        metric = f"sum_{refund[0].name}"
    elif not refund and detect(ds).reversing_lines > 0:
        metric = "returns"
    else:
        return
    for word in words:
        merged[(word,)] = [Sense("metric", metric)]


# What an order's id or date header adds to the noun of the thing it numbers or dates ('Bon-Nr', 'Rechnungs-Nr',
# 'Behandlungsdatum', 'Booking Date'); the rest is the trade's word for its orders.
_ORDER_HEADER_SUFFIXES = ("nummer", "datum", "zeitpunkt", "number", "date", "nr", "id", "no")
_ORDER_HEADER_WORDS = frozenset({"nr", "no", "id", "number", "nummer", "datum", "date", "tag", "zeit", "time",
                                 "zeitpunkt", "at", "am", "on", "#"})
# first words of English date/id headers that are no noun of a thing ('Close Date', 'Created At', 'Due Date')
_NOT_A_THING = frozenset({"close", "closed", "closing", "created", "create", "creation", "updated", "update",
                          "modified", "due", "ship", "shipped", "shipping", "posting", "posted", "paid", "start",
                          "end", "last", "first", "entry", "record", "row", "line", "transaction", "sale", "sales"})


def order_noun(header: str) -> str | None:
    """The trade's noun for its orders in the header of the order id or order date column ('Mietvertrag',
    'Bon-Nr' → bon, 'Behandlungsdatum' → behandlung, 'Termin', 'Booking Date' → booking), else None."""
    words = [w for w in fold(re.sub(r"[._#/-]", " ", header)).split() if w]
    while words and words[-1] in _ORDER_HEADER_WORDS:
        words = words[:-1]
    if len(words) != 1 or not words[0].isalpha():
        return None
    word = words[0]
    for suffix in _ORDER_HEADER_SUFFIXES:  # German compounds: 'behandlungsdatum', 'rechnungsnummer'
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[:-len(suffix)]
            if word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]  # the linking s: 'behandlungs' → 'behandlung'
            break
    if len(word) < 3 or word in _NOT_A_THING:
        return None
    return word


def _order_noun_aliases(merged: dict, ds: Dataset) -> None:
    """'Wie viele Termine wurden abgesagt?' on a salon's 'Termin' column, 'Wie viele Mietverträge …' on a
    'Mietvertrag' id, 'Anteil der Bons mit Rezept' on a 'Bon-Nr': the noun of the order id's or the order
    date's header names the orders (the metric), singular or plural, when it names nothing else."""
    from insight.query.lexicon import STOPWORDS, static_lexicon

    static = static_lexicon()
    for column in ("order_id", "order_date"):
        header = ds.source_headers.get(column)
        noun = order_noun(header) if header else None
        if noun is None or noun in STOPWORDS:
            continue
        # a German compound's head word names the same thing ('je Vertrag' beside 'Mietvertrag'): a tail of 7+
        # letters after 4+
        for word in (noun, *(noun[i:] for i in range(4, len(noun) - 6))):
            forms = [word, *(word + s for s in ("e", "en", "n", "s", "es") if s != "n" or word.endswith("e"))]
            if all((f,) in merged or (f,) in static for f in forms[:2]):
                continue  # 'Rechnung', 'Beleg', 'Buchung', 'Order' are words of their own already
            # a form that is a word of its own keeps it ('Bon' as the average receipt), the others name the
            # orders ('Anteil der Bons mit Rezept' on a 'Bon-Nr')
            for form in forms:
                if (form,) not in merged and (form,) not in static:
                    merged[(form,)] = [Sense("metric", "orders")]


# A money column holding what customers still owe ('Open Balance', 'Outstanding', 'Balance Due', 'Amount Due'):
# "How much do customers still owe us?", "unpaid", "Wie viel ist noch offen?" name its sum.
_OWED_WORDS = ("owe", "owes", "owed", "still owe", "still owed", "unpaid", "outstanding", "ausstehend", "offen",
               "noch offen", "schulden")
_AMOUNT_SUFFIX = ("amount", "amounts", "value", "total", "betrag")
# Romance and German headers put the money word first ('Valor do frete', 'Importe de envío', 'Betrag der Fracht'),
# and some name two things joined by 'and' ('Cargo por venta e impuestos'): the head noun after the money word, and
# the first of the joined things, name the column too.
_AMOUNT_PREFIX = frozenset({"valor", "importe", "monto", "montant", "betrag", "wert", "value", "amount", "custo",
                            "costo", "summe"})
_MONEY_OF_WORDS = frozenset({"do", "da", "dos", "das", "de", "del", "des", "du", "der", "of"})
_HEADER_AND_WORDS = frozenset({"e", "y", "et", "and", "und"})  # joining two things in a header


def _money_header_aliases(words: list[str]) -> list[tuple[str, ...]]:
    """'valor do frete' → frete; 'cargo por venta e impuestos' → cargo por venta (see _AMOUNT_PREFIX)."""
    out = []
    if len(words) == 3 and words[0] in _AMOUNT_PREFIX and words[1] in _MONEY_OF_WORDS:
        out.append((words[2],))
    joined = next((k for k, w in enumerate(words) if w in _HEADER_AND_WORDS), None)
    if joined is not None and 2 <= joined < len(words) - 1:
        out.append(tuple(words[:joined]))
    return out


def _measure_aliases(merged: dict, ds: Dataset) -> None:
    """A client's money column is also named by its head word ('comp' names 'Comp Amount': "How much did we
    comp?") when that word names nothing else, and a column of what is still owed by the words of owing."""
    from insight.query.lexicon import STOPWORDS, static_lexicon
    from insight.semantic.client import entries

    static = static_lexicon()
    sums = [m for m in entries(ds)[0].values() if m.name.startswith("sum_")]
    for metric in sums:
        words = fold(re.sub(r"[._]", " ", metric.label_en)).split()[1:]  # 'total Comp Amount' → comp amount
        if len(words) == 2 and words[1] in _AMOUNT_SUFFIX and len(words[0]) >= 3 and words[0] not in STOPWORDS \
                and (words[0],) not in merged and (words[0],) not in static:
            merged[(words[0],)] = [Sense("metric", metric.name)]
        for alias in _money_header_aliases(words):
            if len(alias) >= 1 and alias not in merged and alias not in static and \
                    not set(alias) <= STOPWORDS and len(" ".join(alias)) >= 4:
                merged[alias] = [Sense("metric", metric.name)]
    index = value_index(ds)
    for key, senses in list(index.items()):  # 'unpaid' names Paid? = FALSE of a TRUE/FALSE column 'Paid?'
        words = key.split()
        if len(words) == 2 and words[1] in ("false", "no", "nein") and len(words[0]) >= 4 and words[0].isalpha() \
                and (f"un{words[0]}",) not in merged and (f"un{words[0]}",) not in static:
            merged[(f"un{words[0]}",)] = [Sense("value", dim, value) for dim, value in senses]
    owed = [m for m in sums if unpaid.is_owed(m.name, m.label_en)]
    if len(owed) == 1:
        for phrase in _OWED_WORDS:
            key = tuple(phrase.split())
            if key not in merged and key not in static:
                merged[key] = [Sense("metric", owed[0].name)]


# Words a header adds to what it names ('Plan Id', 'Payment Method Title', 'Artikelbezeichnung',
# 'shipping_address.country_code'): the question names the column without them.
_GENERIC_HEADER_WORDS = frozenset({"id", "title", "name", "code", "nr", "no", "bezeichnung", "text", "label", "key",
                                   "address", "adresse"})
_GENERIC_HEADER_SUFFIXES = ("bezeichnung", "name", "nummer", "text")
# A one-word header that exports leave bare ('method', 'mode') is asked about with the noun it qualifies.
_QUALIFIED_HEADERS = {("method",): ("payment method", "payment methods", "zahlungsart", "zahlungsmethode"),
                      ("mode",): ("payment mode", "payment modes", "zahlungsart"),
                      ("gateway",): ("payment gateway", "payment gateways")}


def _header_aliases(merged: dict, ds: Dataset) -> None:
    """A client column is also named by its header without the generic words ('plan' names 'Plan Id',
    'payment method' 'Payment Method Title', 'Artikel' 'Artikelbezeichnung'), unless those words already
    name something else that the data has (a built-in dimension the data leaves empty does not count)."""
    from insight.query.lexicon import static_lexicon
    from insight.semantic.client import entries

    static = static_lexicon()
    for dim in entries(ds)[1].values():
        words = fold(re.sub(r"[._]", " ", dim.label_en)).split()
        kept = [w for w in words if w not in _GENERIC_HEADER_WORDS]
        if len(words) == 1:
            kept = [next((w[:-len(s)] for s in _GENERIC_HEADER_SUFFIXES
                          if (w := words[0]).endswith(s) and len(w) - len(s) >= 4), words[0])]
        for qualified in _QUALIFIED_HEADERS.get(tuple(words), ()):  # 'payment method' names a bare 'method' column
            merged.setdefault(tuple(qualified.split()), [Sense("dim", dim.name)])
        if not kept or kept == words or tuple(kept) in merged:
            continue
        known = static.get(tuple(kept), [])
        if any(s.kind != "dim" or _builtin_available(ds, s) for s in known):
            continue
        merged[tuple(kept)] = [Sense("dim", dim.name)]


def _join_header_words(tokens: list[str], values: dict) -> list[str]:
    """'deal size' names the column DEALSIZE, 'monthly charges' MonthlyCharges: adjacent words whose
    concatenation is a one-word client phrase are read as that phrase."""
    out: list[str] = []
    from insight.query import fuzzy

    i = 0
    while i < len(tokens):
        for n in (3, 2):
            joined = "".join(tokens[i:i + n])
            if i + n > len(tokens) or tuple(tokens[i:i + n]) in values:
                continue
            if (joined,) not in values:  # 'product lines' names 'PRODUCTLINE' as 'product line' does
                joined = next((f for v in fuzzy.variants(tokens[i + n - 1])
                               if ((f := "".join(tokens[i:i + n - 1]) + v),) in values), "")
            if joined:
                out.append(joined)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _gather_header_words(tokens: list[str], values: dict) -> list[str]:
    """'Wie viele Punkte wurden gesammelt?', 'Summe der eingelösten Punkte': the two words of a client's
    column header ('Punkte gesammelt', 'Punkte eingelöst') apart or inflected in the question name that
    column, when neither names anything else on its own or with its neighbour."""
    from insight.query import fuzzy
    from insight.query.lexicon import STOPWORDS, static_lexicon

    static = static_lexicon()
    headers = [k for k, senses in values.items() if len(k) == 2 and all(len(w) >= 4 for w in k)
               and any(s.kind in ("dim", "metric") for s in senses)]
    if not headers or tuple(tokens) in values:
        return tokens

    def position(word: str, taken: set[int]) -> int | None:
        return next((i for i, t in enumerate(tokens) if i not in taken and (len(t) >= 5 or t not in STOPWORDS)
                     and (t == word or word in fuzzy.variants(t))), None)

    for key in headers:
        if any(tuple(tokens[i:i + 2]) == key for i in range(len(tokens) - 1)):
            continue  # adjacent: matched as it stands
        first = position(key[0], set())
        second = position(key[1], {first} if first is not None else set())
        if first is None or second is None:
            continue
        known = [(tokens[i],) in values or (tokens[i],) in static
                 or any(tuple(tokens[j:j + 2]) in values or tuple(tokens[j:j + 2]) in static for j in (i - 1, i))
                 for i in (first, second)]
        if any(known):  # 'churn rate by IsActiveMember': 'rate' belongs to 'churn rate', not to 'IsActiveMember rate'
            continue
        at = min(first, second)
        rest = [t for i, t in enumerate(tokens) if i not in (first, second)]
        return [*rest[:at], *key, *rest[at:]]
    return tokens


# words that name the NPS itself: "average NPS" is the NPS, "average recommendation score" the mean answer
_NPS_NAMED = ("nps", "net promoter")


def _mean_recommendation_score(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"average recommendation score", "durchschnittliche Weiterempfehlung": an average of the answers to the
    recommendation question is the mean of the 0–10 scores (``nps_mean``), not the NPS (% promoters − %
    detractors); a question that names the NPS itself ("average NPS") keeps the NPS."""
    if plan.status != "ok" or "nps" not in plan.metrics or "average" not in signals.keywords:
        return plan
    said = [text for text, role in signals.reading if role == "metric:nps"]
    if not said or any(w in fold(text) for text in said for w in _NPS_NAMED):
        return plan
    signals.steps.append("mean_recommendation_score")
    return plan.model_copy(update={"metrics": tuple("nps_mean" if m == "nps" else m for m in plan.metrics)})


def _client_aggregation(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """A client measure named with 'durchschnittlich' / 'average' / 'höchste' is its mean / max; a bare
    one is its total, or its mean for a column of fractions (a discount rate summed means nothing)."""
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    kws = signals.keywords
    if active and plan.status == "ok" and plan.aggregate is None and kws & {"top", "maximum", "bottom", "minimum"} \
            and not kws & {"average", "total"} and any(g != "customer_id" for g in plan.group_by):
        # "Highest income by education": a value per customer ranked by groups is their average, their largest
        # value or their total (which ranks the largest group first) — asked back, never the total silently
        per_customer = [m for m in plan.metrics if m.startswith("sum_") and m in active[0]
                        and active[0][m].aggregate != "mean" and getattr(active[1].get(m[4:]), "source", "") == "customer"]
        if per_customer:
            return _per_customer_ranking(plan, per_customer[0], active[0], signals)
    if plan.status == "ok" and _superlative_of_a_total(plan, signals):
        return _largest_of_what(plan, signals)
    if active and plan.status == "ok" and not plan.group_by and plan.intent == "metric" and "average" not in kws \
            and "total" not in kws and kws & {"top", "maximum", "bottom", "minimum"}:
        # "Höchstes Guthaben in Frankreich", "lowest credit score", "max age": the largest / smallest value
        how = "max" if kws & {"top", "maximum"} else "min"
        named = [m for m in plan.metrics if m.startswith(("sum_", "mean_")) and m in active[0]]
        if named:
            metrics = tuple(f"{how}_{m.split('_', 1)[1]}" if m in named and f"{how}_{m.split('_', 1)[1]}" in active[0]
                            else m for m in plan.metrics)
            return plan.model_copy(update={"metrics": metrics, "aggregate": None})
    if not active or plan.status != "ok" or not any(m.startswith("sum_") and m in active[0] for m in plan.metrics):
        return plan
    how = "mean" if ("average" in kws or plan.aggregate == "mean") else None
    if how is None and "total" not in kws and not _total_said(signals):
        how = "mean" if any(m.startswith("sum_") and active[0][m].aggregate == "mean" for m in plan.metrics) else None
    if how is None:
        return plan
    metrics = tuple(f"{how}_{m[4:]}" if m.startswith("sum_") and f"{how}_{m[4:]}" in active[0] else m
                    for m in plan.metrics)
    return plan.model_copy(update={"metrics": metrics, "aggregate": None})


def _superlative_of_a_total(plan: QueryPlan, signals: Signals) -> bool:
    """"minimaler Deckungsbeitrag", "höchster Umsatz", "lowest profit" without a grouping: a sum of money over the
    lines has no largest value of its own (its largest order, customer or month is meant), never the plain total."""
    kws = signals.keywords
    if plan.intent != "metric" or plan.group_by or plan.top_n is not None or plan.customer_id is not None \
            or kws & {"average", "total"} or not kws & {"top", "maximum", "bottom", "minimum"}:
        return False
    said = {t for t, r in signals.reading if {p.strip() for p in r.split(",")} & {"kw:top", "kw:maximum", "kw:bottom",
                                                                              "kw:minimum"}}
    if not said or signals.population is not None or plan.having is not None or plan.compare is not None:
        return False
    metrics = [SEMANTIC_MODEL.metrics.get(m) for m in plan.metrics]
    return bool(metrics) and all(m is not None and m.family == "line" and m.unit == "currency" and m.aggregate == "none"
                                 for m in metrics)


def _largest_of_what(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """Asked back: the largest of what — a single order, a customer, a month?"""
    from insight.query import render

    lang = plan.language
    label = SEMANTIC_MODEL.metrics[plan.metrics[0]].label(lang)
    options = [say("superlative_option", lang, measure=label, by=render.dim_label(by, lang))
               for by in ("customer_id", "month")]
    signals.steps.append("superlative_of_a_total")
    issue = Issue.said("superlative_of_a_total", "issue_superlative_of_a_total", measure=label)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": tuple(options)})


_TOTAL_WORDS = lazy_re.compile(r"^(?:summe|sum|total|gesamt|insgesamt)")


def _total_said(signals: Signals) -> bool:
    """Whether a client measure was named by its total ('Summe Rabatt %', 'total discount', 'Gesamtrabatt'): the
    phrase took the total word with it, so the keyword is not among the signals, but the sum was asked for."""
    return any(_TOTAL_WORDS.match(fold(text)) for text, role in signals.reading
               if any(r.strip().startswith("metric:sum_") for r in role.split(",")))


def _per_customer_ranking(plan: QueryPlan, metric: str, metrics: dict, signals: Signals) -> QueryPlan:
    """Asked back: rank the groups by the average, the largest or the total of a value per customer?"""
    from insight.query import render

    lang = plan.language
    label = metrics[metric].label(lang)
    by = say("notes_by", lang, dimensions=", ".join(render.dim_label(g, lang) for g in plan.group_by
                                                     if g != "customer_id"))
    options = [f"{metrics[f'{how}_{metric[4:]}'].label(lang)}{by}" for how in ("mean", "max", "sum")
               if f"{how}_{metric[4:]}" in metrics]
    signals.steps.append("per_customer_ranking")
    issue = Issue.said("per_customer_ranking", "issue_per_customer_ranking", measure=label.split(" ", 1)[-1])
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": tuple(options)})


_CONDITION_WORDS = frozenset({"mit", "with", "ohne", "without", "having"})
_CHANGE_WORDS = frozenset("veranderung veraenderung veranderungen anderung aenderung change changes difference "
                          "differenz unterschied zuwachs ruckgang wachstum growth decline".split())


def _sort_order(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"Churn rate nach Land, niedrigste zuerst", "revenue by region ascending": every group, in that order —
    never a top N. With a number ("Top 5 …, lowest first") the ranking stands as asked."""
    asc, desc = "sorted_asc" in signals.keywords, "sorted_desc" in signals.keywords
    if plan.status != "ok" or not plan.group_by or asc == desc or signals.top_n is not None or \
            plan.intent not in ("metric", "rank") or signals.keywords & {"top", "bottom"}:
        return plan
    return plan.model_copy(update={"order": "asc" if asc else "desc", "top_n": None})


def _cancelled_status_counts(plan: QueryPlan, signals: Signals, ds: Dataset | None = None) -> QueryPlan:
    """"How many orders were refunded?": orders of a status that is never a sale are not left out of the count
    but counted as cancelled (the cancelled lines and their orders), never answered with 0."""
    if plan.status != "ok" or not plan.metrics or not all(cancelled_count(m) or is_headcount(m) for m in plan.metrics):
        return plan
    status = _never_a_sale_filters(plan)
    if not status and ds is not None:  # "How many purchases were refunded?" on a flag 'Refunded' = true
        from insight.metrics.conventions import status_flag_says

        status = [f for f in plan.filters if f.op == "in" and status_flag_says(ds, f.dimension, f.values)]
    if not status:
        return plan
    signals.steps.append("cancelled_status_count")
    if only_headcount(plan.metrics):  # "Wie viele Kunden sind nicht erschienen?": the customers with such a line
        if not plan.population.everyone or plan.group_by:
            return plan
        return plan.restrict(cancelled=True)
    if has_headcount(plan.metrics):
        return plan
    return plan.model_copy(update={"metrics": tuple(dict.fromkeys(cancelled_count(m) for m in plan.metrics))})


def _never_a_sale_filters(plan: QueryPlan) -> list[Filter]:
    """The plan's status filters whose every value is in the status table (cancelled, returned, failed, no-show,
    offer: never a sale)."""
    return _never_a_sale(plan.filters)


def _never_a_sale(filters: Sequence[Filter]) -> list[Filter]:
    return [f for f in filters if (f.dimension == "line_status" or _line_document_column(f.dimension))
            and f.op == "in" and all(status_kind(v) is not None for v in f.values)]


def _zero_amount_orders(plan: QueryPlan, signals: Signals, ds: Dataset | None) -> QueryPlan:
    """"how many boxes were skipped": orders under a value whose lines all carry no positive amount (a skipped
    delivery booked at 0) are counted as documents, never answered with 0 because an order needs a positive
    amount (metrics.md, orders)."""
    if ds is None or plan.status != "ok" or not only_counting(plan.metrics, "order"):
        return plan
    lines = ds.order_lines
    conds = [pl.col(f.dimension).is_in(list(f.values)) for f in plan.filters
             if f.op == "in" and f.dimension in lines.columns and f.dimension not in ("customer_id", "order_id")]
    if not conds or len(conds) != len(plan.filters) or "amount" not in lines.columns:
        return plan
    value = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price")) \
        if {"quantity", "unit_price"} <= set(lines.columns) else pl.col("amount")
    picked = lines.filter(pl.all_horizontal(conds)).select(n=value.is_not_null().sum(), positive=(value > 0).sum()).row(0)
    if picked[0] == 0 or picked[1] > 0:
        return plan
    signals.steps.append("zero_amount_documents")
    return plan.model_copy(update={"metrics": ("documents",)})


_SINCE_WORDS = frozenset({"seit", "since"})
_ORDER_VERBS = lazy_re.compile(r"^(?:bestellt\w*|gekauft|eingekauft|kauft\w*|bestell\w*|ordered|bought|purchased|shopped|"
                          r"buy\w*|order(?:s|ing)?)$")


def _since_a_date_column(plan: QueryPlan, signals: Signals, tokens: list[str], ds: Dataset | None) -> QueryPlan:
    """'Wie viele Kunden sind seit 2023 Kunde?' with a customer column 'Kunde seit': the customers whose
    since-date is on or after that day, not the customers who ordered in a window from 2023 (a question
    with an order verb, 'seit 2023 bestellt', keeps the window)."""
    window = plan.window
    if ds is None or plan.status != "ok" or not only_headcount(plan.metrics) or window.kind != "since" or \
            window.start is None or plan.group_by or any(_ORDER_VERBS.match(t) for t in tokens):
        return plan
    for column in ds.client_columns("customers"):
        words = fold(column.replace("_", " ")).split()
        others = [w for w in words if w not in _SINCE_WORDS]
        if len(others) == len(words) or not others or \
                not all(any(t.startswith(w) or w.startswith(t) for t in tokens if len(t) >= 4) for w in others) or \
                not _reads_as_dates(ds.customers.get_column(column)):
            continue
        signals.steps.append("since_date_column")
        return plan.model_copy(update={"window": TimeWindow(), "filters": (
            *plan.filters, Filter(dimension=column, op="ge", values=(window.start.isoformat(),)))})
    return plan


def _assumed_margin_by_group(plan: QueryPlan, ds: Dataset | None, lang: str) -> QueryPlan:
    """'gross margin by product' on data without a profit or cost column: every group would show the same
    assumed default margin (metrics.md, Margin), a table that only looks like an answer — asked back."""
    if ds is None or plan.status != "ok" or "margin" not in plan.metrics or not (plan.group_by or plan.filters) or \
            ds.order_lines.height == 0:
        return plan
    from insight.metrics.conventions import detect

    if not detect(ds).margin_assumed:
        return plan
    pct = f"{ds.settings.default_margin:.0%}"
    if not plan.group_by:  # "Marge bei Brillen": the part would show the same assumed margin as the whole
        from insight.query.render import filter_phrase

        part = ", ".join(filter_phrase(f, lang) for f in plan.filters)
        issue = Issue(code="assumed_margin", en=say("margin_of_a_part_assumed", "en", part=part, pct=pct),
                      de=say("margin_of_a_part_assumed", "de", part=part, pct=pct))
        label = SEMANTIC_MODEL.metrics["margin"].label(lang)
        return _clarify(lang, [label, f"{SEMANTIC_MODEL.metrics['revenue'].label(lang)} ({part})"], issue,
                        intent=plan.intent)
    groups = ", ".join(render_dim_label(g, lang) for g in plan.group_by)
    issue = Issue.said("assumed_margin", "issue_assumed_margin", groups=groups, pct=pct)
    options = [say("option_revenue_by", lang, groups=groups), say("option_profit_by", lang, groups=groups)]
    return _clarify(lang, options, issue, intent=plan.intent)


def _reads_as_dates(values: pl.Series) -> bool:
    """A date column, or a client's text column whose filled values all read as days."""
    from insight.metrics.grouped import as_dates

    if values.dtype.is_temporal():
        return True
    if values.dtype != pl.String:
        return False
    filled = values.drop_nulls()
    return filled.len() > 0 and filled.to_frame("v").select(as_dates(pl.col("v")).null_count()).item() == 0


def _counted_returns(plan: QueryPlan, signals: Signals, ds: Dataset | None = None) -> QueryPlan:
    """'Wie viele Gutschriften gab es?', 'number of returns', 'Retouren-Belege': returns counted are the
    documents with reversing lines, not their value."""
    if plan.status != "ok" or not has_reversal(plan.metrics, "value"):
        return plan
    counted = {m for m in plan.metrics if counts(m)}
    returned = _returned_statuses(ds) if any(counts(m) == "order" for m in counted) else ()
    if returned and not plan.group_by and not any(f.dimension == "line_status" for f in plan.filters):
        # "Wie viele Aufträge gingen in Retoure?": the orders counted are those whose status says returned, not
        # the credit notes beside them
        signals.steps.append("returned_status_count")
        return plan.model_copy(update={"metrics": ("cancelled_orders",), "filters": (
            *plan.filters, Filter(dimension="line_status", op="in", values=returned))})
    if _how_much_only(signals):  # "Wie viel haben wir gutgeschrieben (C-Buchungen)?": the value is asked, a
        # noun of documents beside it only names them
        kept = tuple(m for m in plan.metrics if m not in counted)
        return plan.model_copy(update={"metrics": kept}) if kept != plan.metrics else plan
    if "count" not in signals.keywords and not counted:
        return plan
    signals.steps.append("count_returns")
    metrics = [m for m in plan.metrics if m not in counted]
    return plan.model_copy(update={"metrics": tuple(
        dict.fromkeys(paired_count(m) for m in metrics))})


def _returned_statuses(ds: Dataset | None) -> tuple[str, ...]:
    """The values of the order status column that say an order was returned ('9 Retoure', 'returned')."""
    if ds is None or "line_status" not in ds.order_lines.columns:
        return ()
    from insight.metrics.conventions import status_kind

    values = ds.order_lines.get_column("line_status").drop_nulls().unique().sort().to_list()
    return tuple(v for v in values if status_kind(v) == "returned")


_WHO_NOUNS = {"kunden", "kunde", "kundinnen", "customers", "customer", "clients", "client"}
# the customers counted by "how many … had a <document>", also under a B2B name (accounts, Kundenkonten)
_COUNTED_CUSTOMERS = _WHO_NOUNS | {"accounts", "account", "kundenkonten", "konten"}
_WITH_OR_WITHOUT = {"mit": True, "with": True, "ohne": False, "without": False}
_HAVE_VERBS = {"hatten", "hatte", "haben", "hat", "had", "have", "has", "got", "received", "erhalten", "bekommen"}
_ARTICLE_WORDS = {"a", "an", "any", "the", "ein", "eine", "einen", "einer", "einem", "der", "die", "den", "mindestens"}


_NEVER = {"never", "nie", "niemals"}
_BEFORE_A_SELLER = {"bei", "from", "at", "von", "via", "uber", "through", "in", "im", "on"}


def _never_before(tokens: list[str], i: int) -> int | None:
    """The position of 'never' / 'nie' right before a value (a preposition between: 'nie bei TechBay'), or None."""
    if i >= 0 and tokens[i] in _BEFORE_A_SELLER:
        i -= 1
    return i if i >= 0 and tokens[i] in _NEVER else None


def _customers_by_a_line_value(plan: QueryPlan, tokens: list[str], mentions: list[Mention],
                               signals: Signals) -> QueryPlan:
    """'Umsatz 2024 der Kunden ohne Gutschrift', 'Wie viele Kunden hatten 2024 eine Gutschrift?': a value of a
    column that varies within a customer (a document type, an order status, a channel), named after customers
    with / without it or after a have-verb of counted customers, selects customers — their whole figures —
    never only the lines of that value."""
    if plan.status != "ok" or plan.intent not in ("metric", "rank", "trend"):
        return plan
    for m in mentions:
        sense = next((s for s in m.senses if s.kind == "value" and (
            s.name in ("line_status", "channel", "product_id") or _line_document_column(s.name))), None)
        if sense is None or any(s.kind == "metric" and s.name.startswith("cancelled") for s in m.senses) or (
                sense.name == "line_status" and status_kind(sense.value) is not None):
            continue  # cancelled, returned or failed orders are no sale lines: never a population of sales lines
        if any(f.dimension == sense.name and len(f.values) > 1 for f in plan.filters):
            continue  # "sowohl Furniture als auch Technology", "Furniture oder Technology": a list, read elsewhere
        i = m.start - 1
        while i >= 0 and tokens[i] in _ARTICLE_WORDS:
            i -= 1
        never = _never_before(tokens, i)
        if i >= 1 and tokens[i] in _WITH_OR_WITHOUT and tokens[i - 1] in _WHO_NOUNS:
            has = _WITH_OR_WITHOUT[tokens[i]]
        elif i >= 0 and tokens[i] in _HAVE_VERBS and "count" in signals.keywords and (
                has_headcount(plan.metrics) or set(tokens[:i]) & _COUNTED_CUSTOMERS):
            # "Wie viele Accounts hatten eine Gutschrift?": the customers counted, under any of their names;
            # "accounts never received a credit note": those without one
            has = not (i >= 1 and tokens[i - 1] in _NEVER)
        elif never is not None and "count" in signals.keywords and (
                has_headcount(plan.metrics) or set(tokens[:max(never, 0)]) & _COUNTED_CUSTOMERS):
            has = False  # "Käufer, die nie bei TechBay bestellt haben": the customers without a line of the value
        else:
            continue
        if not has and i >= 0:
            signals.unknown = [w for w in signals.unknown if w not in _NEVER]
        filters = []
        for f in plan.filters:
            if f.dimension == sense.name and sense.value in f.values:
                rest = tuple(v for v in f.values if v != sense.value)
                f = f.model_copy(update={"values": rest}) if rest else None
            if f is not None:
                filters.append(f)
        metrics = tuple(x for x in plan.metrics if not reversal(x)) or (
            ("customers",) if set(tokens[:i]) & _COUNTED_CUSTOMERS else plan.metrics)
        changed = plan.model_copy(update={"filters": tuple(filters), "metrics": metrics})
        if not restrictable_to_min_orders(changed):
            return plan
        signals.steps.append("customers_by_a_line_value")
        return changed.restrict(lines=(Filter(dimension=sense.name, values=(sense.value,)), has))
    return plan


_SUBSCRIBER_WORDS = frozenset({"abonnenten", "abonnent", "abonnentinnen", "abos", "subscribers", "subscriber"})


def _subscribers_of_a_channel(reading: list[tuple[str, str]]) -> str | None:
    """The subscriber word right after a value of the channel that acquired the customers ("Newsletter-Abonnenten",
    "newsletter subscribers"): subscribers of that channel, which no acquisition channel tells."""
    for (_word, roles), (after, _r) in zip(reading, reading[1:]):
        if after in _SUBSCRIBER_WORDS and any(r.startswith("value:acquisition_channel=") for r in roles.split(", ")):
            return after
    return None


def _line_document_column(dim: str) -> bool:
    """A client column of the order lines whose values differ within a customer (a document type, a status)."""
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    spec = active[1].get(dim) if active else None
    return spec is not None and spec.source == "line"


_CONVERTED = lazy_re.compile(r"umgerechnet\w*|umrechn\w*|converted|convert|conversion|konvertiert\w*")


def _money_unit(plan: QueryPlan, tokens: list[str], ds: Dataset | None, lang: str) -> QueryPlan:
    """"Total sales in dollars", "Umsatz in Euro": the currency named must be the data's own; with several
    currencies it selects one, with none stated the amounts are shown as recorded (the notes say so), and a
    different one is asked back — insight never converts."""
    from insight.query.lexicon import MONEY_UNITS

    named = list(dict.fromkeys(MONEY_UNITS[t] for t in tokens if t in MONEY_UNITS))
    if not named or ds is None or plan.status != "ok":
        return plan
    from insight.metrics.conventions import currencies, currency_column, detect

    several = currencies(ds) if ds.order_lines.height else ()
    column = currency_column(ds) if several else None
    if len(several) >= 2 and len(named) == 1 and named[0] in several and column is not None and \
            not any(f.dimension in ("currency", column) for f in plan.filters):
        value = next((v for v in ds.order_lines.get_column(column).drop_nulls().unique().to_list()
                      if str(v).strip().upper() == named[0]), named[0])
        return plan.model_copy(update={"filters": (*plan.filters, Filter(dimension=column, values=(value,)))})
    if len(several) >= 2:
        return plan
    conv = detect(ds) if ds.order_lines.height else None
    have = (conv.currency if conv is not None else "") or (ds.settings.currency or "")
    home = home_currency(ds.order_lines.get_column("country")) if not have and "country" in ds.order_lines.columns \
        else None
    if home is not None and any(code != home[1] for code in named):
        # "revenue 2010 in US dollars" on sales nearly all in the United Kingdom: the amounts are most likely in its
        # currency, and the data holds no exchange rates — asked back, never shown as dollars
        word = f"'{next(t for t in tokens if t in MONEY_UNITS)}'"
        converted = [t for t in tokens if _CONVERTED.fullmatch(t)]  # "in Euro umgerechnet": the word named too
        word += f" ({converted[0]})" if converted else ""
        country = SEMANTIC_MODEL.dimensions["country"]
        issue = Issue(code="other_currency", **{
            lng: say("issue_home_currency", lng, country=country.value_label(home[0], lng), have=home[1],
                     named=word) for lng in ("en", "de")})
        label = SEMANTIC_MODEL.metrics[plan.metrics[0]].label(lang) if plan.metrics else "revenue"
        return _clarify(lang, [label], issue)
    if not have and not currency_against_countries(named, _countries(ds)):
        return plan  # no currency stated: the one named is the user's word for the amounts (the notes say so)
    if not have:  # "Umsatz in Dollar" on sales in Germany, Austria, Poland, Spain: never shown as dollars
        word = next(t for t in tokens if t in MONEY_UNITS)
        label = SEMANTIC_MODEL.metrics[plan.metrics[0]].label(lang) if plan.metrics else "revenue"
        countries = ", ".join(sorted(_countries(ds))[:6])
        issue = Issue(code="currency_unknown", en=say("currency_not_in_data", "en", word=word, countries=countries),
                      de=say("currency_not_in_data", "de", word=word, countries=countries))
        return _clarify(lang, [label], issue)
    if all(code == have.upper() for code in named):
        return plan
    documents = _documents_in_currency(plan, named, have, ds, tokens)
    if documents is not None:
        return documents
    issue = Issue.said("other_currency", "issue_other_currency", have=have, named=", ".join(named))
    label = SEMANTIC_MODEL.metrics[plan.metrics[0]].label(lang) if plan.metrics else "revenue"
    return _clarify(lang, [f"{label} in {have}"], issue)


def _documents_in_currency(plan: QueryPlan, named: list[str], have: str, ds: Dataset,
                           tokens: list[str]) -> QueryPlan | None:
    """"Wie viele Aufträge in GBP?", "Umsatz der USD-Aufträge in Euro" on amounts converted to EUR beside the
    documents' own currency column ('Währung' GBP / USD / CHF): a currency other than the amounts' one that is a
    value of that column selects those documents — for a count, or where the amounts' own currency is named too.
    A money figure asked in the other currency alone ("Umsatz in GBP") stays asked back: insight never converts."""
    from insight.semantic.values import value_index

    others = [c for c in named if c != have.upper()]
    money = any(SEMANTIC_MODEL.metrics.get(m) is None or SEMANTIC_MODEL.metrics[m].unit == "currency"
                for m in plan.metrics)
    # 'USD-Aufträge', 'USD orders': the code said of the documents themselves
    of_documents = any(t.upper() in others and i + 1 < len(tokens) and _orders_noun(tokens[i + 1])
                       for i, t in enumerate(tokens))
    if not plan.metrics or (money and have.upper() not in named and not of_documents):
        return None
    index = value_index(ds)
    keep: list[Filter] = []
    for code in others:
        senses = [(dim, value) for dim, value in index.get(code.lower(), ()) if dim != "currency"]
        if len({dim for dim, _ in senses}) != 1:
            return None
        dim = senses[0][0]
        if not any(f.dimension == dim for f in plan.filters):
            keep.append(Filter(dimension=dim, values=tuple(v for _, v in senses)))
    return plan.model_copy(update={"filters": (*plan.filters, *keep)})


def _orders_noun(token: str) -> bool:
    from insight.query.lexicon import static_lexicon

    return any(x.kind == "metric" and x.name == "orders" for x in static_lexicon().get((token,), ()))


_ORDERS_OF_WORDS = frozenset({"der", "des", "den", "of", "the", "from", "aus", "von"})


def _revenue_of_the_orders(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"Umsatz der USD-Aufträge", "revenue of the orders from CH": a money figure of the orders (the order noun
    after it, joined by 'der' / 'of the' and the values that select them) measures those orders — one figure,
    never their count beside it."""
    if plan.status != "ok" or len(plan.metrics) != 2 or not any(counts(m) == "order" for m in plan.metrics):
        return plan
    money = [m for m in plan.metrics if counts(m) != "order" and m in SEMANTIC_MODEL.metrics and
             SEMANTIC_MODEL.metrics[m].unit == "currency"]
    if len(money) != 1:
        return plan
    roles = [role for _, role in signals.reading]
    first = next((i for i, r in enumerate(roles) if f"metric:{money[0]}" in r.split(", ")), None)
    last = next((i for i, r in enumerate(roles) if "metric:orders" in r.split(", ")), None)
    if first is None or last is None or last <= first + 1:
        return plan
    between = signals.reading[first + 1:last]
    if not any(text in _ORDERS_OF_WORDS for text, _ in between) or \
            not all(text in _ORDERS_OF_WORDS or role.startswith("value:") or "money_unit" in role
                    for text, role in between):
        return plan
    signals.steps.append("revenue_of_the_orders")
    return plan.model_copy(update={"metrics": tuple(money)})


def _countries(ds: Dataset) -> list[str]:
    """The distinct countries of the order lines (the built-in column, else a client column of country names)."""
    column = "country" if "country" in ds.order_lines.columns and \
        ds.order_lines.get_column("country").null_count() < ds.order_lines.height else _country_column(ds)
    if column is None:
        return []
    frame = ds.order_lines if column in ds.order_lines.columns else ds.customers
    return [str(v) for v in frame.get_column(column).drop_nulls().unique().head(300).to_list()]


def _currency_client_column(ds: Dataset | None) -> str | None:
    """The client column of ISO currency codes ('Valuta') where the built-in currency is empty."""
    from insight.metrics.conventions import currency_column

    column = currency_column(ds) if ds is not None and ds.order_lines.height else None
    return column if column not in (None, "currency") else None


# a quantifier before the currency word ('über alle Währungen', 'across all currencies'): their sum is asked for
_ALL_WORDS = frozenset({"alle", "allen", "all", "samtliche", "saemtliche", "samtlichen", "saemtlichen", "every"})


def _over_all_currencies(tokens: list[str] | None) -> bool:
    """'Umsatz je Catégorie über alle Währungen', 'revenue across all currencies': the currencies named with 'all'
    before them are to be added up, not shown side by side."""
    if not tokens:
        return False
    currency = SEMANTIC_MODEL.dimensions["currency"]
    names = {fold(w) for w in (*currency.synonyms_en, *currency.synonyms_de)}
    folded = [fold(t) for t in tokens]
    return any(t in names and i > 0 and folded[i - 1] in _ALL_WORDS for i, t in enumerate(folded))


def _one_currency(plan: QueryPlan, ds: Dataset | None, lang: str, tokens: list[str] | None = None) -> QueryPlan:
    """Money in several currencies is never added up: a money figure over all of them is asked back with one
    option per currency and one by currency ("Umsatz in EUR", "Umsatz nach Währung"); so is one asked "über alle
    Währungen" (their sum), though it names the currency."""
    if ds is None or plan.status != "ok":
        return plan
    money = [m for m in plan.metrics if m in SEMANTIC_MODEL.metrics and SEMANTIC_MODEL.metrics[m].unit == "currency"]
    if not money and plan.intent not in ("at_risk", "inactive"):
        return plan
    from insight.metrics.conventions import currencies, currency_column

    found = currencies(ds) if ds.order_lines.height else ()
    if len(found) < 2 or ds.settings.currency:
        return plan
    column = currency_column(ds) or "currency"  # 'currency', or a client column of ISO codes ('Valuta')
    if ({"currency", column} & set(plan.group_by) and not _over_all_currencies(tokens)) or \
            any(f.dimension in ("currency", column) and f.op == "in" and len(f.values) == 1 for f in plan.filters):
        return plan
    label = SEMANTIC_MODEL.metrics[money[0]].label(lang) if money else SEMANTIC_MODEL.metrics["revenue"].label(lang)
    options = [say("option_label_in_currency", lang, label=label, currency=c) for c in found[:4]] + \
        [say("option_label_by_currency", lang, label=label)]
    issue = Issue.said("several_currencies", "issue_several_currencies", found=", ".join(found))
    return _clarify(lang, options, issue)


_CUSTOMER_METRICS = ("customers", "new_customers", "customer_share")
_CUSTOMER_FAMILIES = ("customer", "loyalty", "segment")


# the figures that count or average orders: on lines that are each one period's total they would count periods
_ORDER_METRICS = ("orders", "aov", "order_share", "purchase_rate", "expected_orders", "median_aov",
                  "median_orders")


def _period_totals(plan: QueryPlan, ds: Dataset | None, lang: str) -> QueryPlan:
    """Lines that are each one period's total (a customers × months pivot unpivoted, Year + Quarter rows,
    docs/import.md) have no orders: an order count or an order value is asked back, naming the data as period
    totals per customer, with revenue and customers offered; revenue, customers and periods are answered."""
    if ds is None or plan.status != "ok" or not ds.order_lines.height:
        return plan
    from insight.io.pivot import PERIOD_TOTAL_HEADERS

    if ds.source_headers.get("order_date") not in PERIOD_TOTAL_HEADERS or \
            not any(m in _ORDER_METRICS for m in plan.metrics):
        return plan
    options = [SEMANTIC_MODEL.metrics[m].label(lang) for m in ("revenue", "customers")]
    return _clarify(lang, options, Issue.said("period_totals", "issue_period_totals"))


def _anonymous_lines(plan: QueryPlan, ds: Dataset | None, lang: str) -> QueryPlan:
    """Order lines without any customer (a till's receipts, docs/import.md) answer line figures only: a customer
    figure (customers, repeat rate, CLV, top customers, a segmentation) is asked back, never answered as 0."""
    if ds is None or plan.status != "ok" or not ds.order_lines.height or \
            ds.order_lines.get_column("customer_id").null_count() < ds.order_lines.height:
        return plan
    per_customer = any(m in _CUSTOMER_METRICS or (m in SEMANTIC_MODEL.metrics
                                                  and SEMANTIC_MODEL.metrics[m].family in _CUSTOMER_FAMILIES)
                       for m in plan.metrics)
    if not (per_customer or "customer_id" in plan.group_by
            or plan.intent in ("lookup_customer", "describe_segment", "at_risk", "inactive")):
        return plan
    options = [SEMANTIC_MODEL.metrics[m].label(lang) for m in ("revenue", "orders")]
    issue = Issue.said("no_customers", "issue_no_customers")
    return _clarify(lang, options, issue)


def _together_is_a_value(mentions: list[Mention], plan: QueryPlan) -> bool:
    """Every 'together' word of the question is also a value the plan filters on (Marital_Status = Together)."""
    filtered = {(f.dimension, str(v)) for f in plan.filters for v in f.values}
    words = [m for m in mentions if any(s.kind == "kw" and s.name == "together" for s in m.senses)]
    return bool(words) and all(any(s.kind == "value" and (s.name, str(s.value)) in filtered for s in m.senses)
                               for m in words)


def _together_with(plan: QueryPlan, unknown: list[str], ds: Dataset, lang: str) -> tuple[QueryPlan, list[str]]:
    """"bought together with P4005", "zusammen mit Zucker-Sticks gekauft": the words left over name one product,
    by its code or by the words of its description; several matches are asked back with their names."""
    from insight.metrics.lines import prepared_lines

    if "product_id" not in ds.order_lines.columns:
        return plan, unknown
    # the prepared lines, not ds.order_lines: a pruned workspace read plans on a skeleton of the lines
    lines = prepared_lines(ds).filter(pl.col("product_id").is_not_null())
    code = next((w for w in unknown if any(c.isdigit() for c in w)), None)
    if code is not None:
        hit = (lines.filter(pl.col("product_id").cast(pl.String).str.to_lowercase() == code)
               .group_by(pl.col("product_id").cast(pl.String)).len().sort("len", descending=True)
               .collect().get_column("product_id").to_list()[:1])  # '85123A' and '85123a': the usual spelling
        if len(hit) == 1:
            rest = [w for w in unknown if w != code]
            filt = Filter(dimension="product_id", values=(hit[0],))
            return plan.model_copy(update={"filters": (*plan.filters, filt), "group_by": ()}), rest
        return plan, unknown
    if "description" not in ds.order_lines.columns or not unknown:
        return plan, unknown
    folded = pl.col("description").cast(pl.String).str.to_lowercase().str.replace_all(r"[^\w]+", " ")
    test = pl.lit(True)
    for word in unknown:
        test = test & folded.str.contains(re.escape(word), literal=False)
    found = (lines.filter(test).group_by("product_id").agg(pl.col("description").first(), n=pl.len())
             .sort("n", descending=True).collect())
    if found.height >= 1 and found.get_column("description").cast(pl.String).str.to_lowercase().n_unique() == 1:
        filt = Filter(dimension="product_id", values=(str(found["product_id"][0]),))  # one article, spelt twice
        return plan.model_copy(update={"filters": (*plan.filters, filt), "group_by": ()}), []
    if found.height > 1:
        names = [f"{d} ({p})" for p, d in found.select("product_id", "description").head(4).iter_rows()]
        issue = Issue.said("several_products", "issue_several_products", words=", ".join(unknown),
                           names="; ".join(names))
        options = [say("option_bought_together", lang, product=p) for p in found["product_id"].head(4).to_list()]
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": tuple(options)}), []
    return plan, unknown


def _country_column(ds: Dataset) -> str | None:
    """The client's text column whose values are (almost all) country names ('Geography', 'Region' holding
    France, Germany, Spain): it answers 'country' questions where the data has no built-in country."""
    from insight.semantic.client import client_columns
    from insight.semantic.values import COUNTRY_NAMES

    known = {name for names in COUNTRY_NAMES.values() for name in names}
    for col in client_columns(ds):
        if col.numeric or col.is_flag:
            continue
        frame = ds.order_lines if col.table == "order_lines" else ds.customers
        if col.name not in frame.columns:
            continue
        values = frame.get_column(col.name).drop_nulls().cast(pl.String).unique().head(300).to_list()
        hits = sum(fold(v) in known for v in values)
        if len(values) >= 2 and hits >= 0.8 * len(values):
            return col.name
    return None


_PRODUCT_HEADER = lazy_re.compile(r"^(?:product|produkt|artikel|item|article)(?:code|id|nr|nummer|number|no|key)$|^sku$")


def _product_column(ds: Dataset) -> str | None:
    """The client's one column named as a product code ('PRODUCTCODE', 'Artikel-Nr', 'SKU'): it answers
    'product' questions where the import mapped no product id (a product *line* or group is no product)."""
    from insight.semantic.client import client_columns

    hits = [c.name for c in client_columns(ds) if not c.is_flag and c.table == "order_lines"
            and _PRODUCT_HEADER.match(re.sub(r"[^a-z]", "", fold(c.label)))]
    return hits[0] if len(hits) == 1 else None


def _channel_of_a_customer_table(plan: QueryPlan, ds: Dataset | None) -> QueryPlan:
    """"acquisition payback by channel": a whole customer table (payback, LTV formula, referrals, …) grouped by
    'channel' means the channel that acquired the customer where the data has one — the sales channel is a
    property of order lines, not of customers."""
    if ds is None or plan.status != "ok" or "channel" not in plan.group_by or \
            not plan.metrics or any(family(m) != "table" for m in plan.metrics) or \
            not _builtin_available(ds, Sense("dim", "acquisition_channel")):
        return plan
    return plan.model_copy(update={"group_by": tuple(
        "acquisition_channel" if g == "channel" else g for g in plan.group_by)})


def _qualified_dimension_of_the_measure(plan: QueryPlan, ds: Dataset | None) -> QueryPlan:
    """"Durchschnittliche Akquisekosten je Kanal": a bare dimension ('channel') beside a measured column with a
    qualifier ('acquisition_cost') is the dimension of that same qualifier ('acquisition_channel') where the data
    has it — the cost of acquiring a customer belongs to the channel that acquired them, not to the sales channel
    of the order lines."""
    if ds is None or plan.status != "ok" or not plan.group_by or len(plan.metrics) != 1:
        return plan
    m = re.match(r"(?:sum|mean|min|max|median)_(?P<col>[a-z]+_[a-z_]+)$", plan.metrics[0])
    if m is None:
        return plan
    qualifier = m["col"].split("_", 1)[0]
    swapped = tuple(f"{qualifier}_{g}" if f"{qualifier}_{g}" in SEMANTIC_MODEL.dimensions and
                    _builtin_available(ds, Sense("dim", f"{qualifier}_{g}")) else g for g in plan.group_by)
    if swapped == plan.group_by:
        return plan
    return plan.model_copy(update={"group_by": swapped})


_TOTALS = ("revenue", "profit", "orders", "quantity", "order_lines")


def _average_of_a_total(plan: QueryPlan, signals: Signals, tokens: list[str], lang: str) -> QueryPlan:
    """"average revenue by country", "Durchschnittsumsatz": an average of a total needs its unit — per
    customer or per order (AOV) — and is asked back rather than answered as the total ('average' is never
    dropped). "average revenue per customer", "What does the average customer spend?", "Wie viel gibt ein
    Kunde durchschnittlich aus?" name the customer as the unit and are answered per customer."""
    if plan.status != "ok" or plan.aggregate != "mean" or "customer_id" in plan.group_by or \
            plan.intent not in ("metric", "rank", "trend", "compare"):
        return plan
    words = set(tokens)
    spends = signals.revenue_verb or bool(words & _SPEND_VERBS) or (  # 'gibt … aus': ausgeben, split
        "aus" in words and bool(words & {"gibt", "geben", "gab", "gaben", "gebe"}))
    if only_headcount(plan.metrics) and spends:  # 'a customer spends on average': revenue, not a head count
        plan = plan.model_copy(update={"metrics": ("revenue",)})
    totals = [m for m in plan.metrics if m in _TOTALS]
    if not totals:
        return plan
    per = [m for m in totals if per_order(m)]
    if per and "by" in signals.keywords and any(counts(m) == "order" for m in plan.metrics) and \
            not plan.group_by and plan.intent == "metric":
        # "Durchschnittliche Menge pro Bestellung", "average quantity per order": the unit is named — the total
        # over the orders (quantity_per_order), never asked "per what?"
        signals.steps.append("mean_per_order")
        return plan.model_copy(update={"metrics": tuple(per_order(m) for m in per), "aggregate": None})
    if signals.customer_word and plan.intent == "metric":  # the customer is the unit of the average
        signals.steps.append("mean_per_customer")
        return plan.model_copy(update={"group_by": ("customer_id", *plan.group_by)})
    if plan.intent == "trend" and len(plan.group_by) == 1 and plan.group_by[0] in TIME_DIMS and \
            "trend" not in signals.keywords:  # "Durchschnittlicher Umsatz pro Monat 2017": the mean over the months
        signals.steps.append("mean_per_period")
        return plan.model_copy(update={"intent": "metric", "grain": None})
    dims = [render_dim_label(g, lang) for g in plan.group_by]
    by = say("option_by_suffix", lang, dims=", ".join(dims)) if dims else ""
    label = SEMANTIC_MODEL.metrics[totals[0]].label(lang)
    options = [say("option_average_per_customer", lang, label=label, by=by)]
    if totals[0] == "revenue":
        options.append(say("option_average_order_value", lang, by=by))
    issue = Issue.said("average_of_a_total", "issue_average_of_a_total", label=label)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": tuple(options)})


def render_dim_label(name: str, lang: str) -> str:
    spec = SEMANTIC_MODEL.dimensions.get(name)
    return spec.label(lang) if spec is not None else name


def _measure_not_its_own_group(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"Durchschnittsalter (Age) je Geography": the column a measure aggregates is never also a grouping of that
    measure (the mean age by age is each age); the second mention restates the measure."""
    if plan.status != "ok" or not plan.group_by:
        return plan
    from insight.semantic.client import CANONICAL_MEASURES
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    measured = {m.partition("_")[2] for m in plan.metrics if m.partition("_")[0] in ("sum", "mean", "median", "min", "max")
                and (m in (active[0] if active else {}) or m.partition("_")[2] in CANONICAL_MEASURES)}
    keep = tuple(g for g in plan.group_by if g not in measured)
    if keep == plan.group_by:
        return plan
    signals.steps.append("measure_restated")
    return plan.model_copy(update={"group_by": keep})


_AND_WORDS = frozenset({"und", "and", "sowie", "plus", "&", "with", "mit", "nebst", "also", "auch"})


def _customers_with_a_measure(plan: QueryPlan, signals: Signals, tokens: list[str]) -> QueryPlan:
    """"Wie viele Karteninhaber haben Punkte eingelöst?", "How many customers redeemed points?": a head count
    beside one client measure, with no word joining two figures, counts the customers whose lines carry that
    measure (above 0) — never the head count and the measure's total side by side."""
    if plan.status != "ok" or plan.intent != "metric" or plan.group_by or "count" not in signals.keywords or \
            "share" in signals.keywords or len(plan.metrics) != 2 or _AND_WORDS & set(tokens):
        return plan
    heads = [m for m in plan.metrics if is_headcount(m)]
    measures = [m for m in plan.metrics if m.startswith("sum_") and m not in heads]
    if len(heads) != 1 or len(measures) != 1:
        return plan
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    column = measures[0].removeprefix("sum_")
    dims = active[1] if active else {}
    # a client's column of the order lines only (never a catalogue figure), and no negation ('nicht amortisiert')
    if measures[0] not in (active[0] if active else {}) or column not in dims or dims[column].source != "line" or \
            set(tokens) & _NEGATIONS:
        return plan
    signals.steps.append("customers_with_measure")
    keep = Filter(dimension=column, op="gt", values=(0,))
    return plan.model_copy(update={"metrics": (heads[0],), "filters": (*plan.filters, keep)})


def _flag_share_of_the_customers(plan: QueryPlan, signals: Signals, tokens: list[str]) -> QueryPlan:
    """"Wie viel Prozent der Kunden nutzen Online-Banking?": a share word, the head count and one yes/no column's
    share (no word joining two figures) is that column's share of the customers — one number, never the head
    count beside it."""
    if plan.status != "ok" or "share" not in signals.keywords or "count" in signals.keywords or \
            len(plan.metrics) != 2 or _AND_WORDS & set(tokens):
        return plan
    heads = [m for m in plan.metrics if is_headcount(m)]
    shares = [m for m in plan.metrics if m.startswith("share_")]
    if len(heads) != 1 or len(shares) != 1:
        return plan
    signals.steps.append("flag_population")
    return plan.model_copy(update={"metrics": (shares[0],)})


def _how_much_of_orders(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"How much is on open invoices?": "how much" / "wie viel" (no "how many", "Anzahl", customer word) before a
    noun of the orders asks for their amount — revenue of those orders, never their count."""
    if plan.status != "ok" or plan.intent != "metric" or not only_counting(plan.metrics, "order") or \
            not _how_much_only(signals):
        return plan
    signals.steps.append("how_much_orders")
    owed = signals.unpaid.owed if signals.unpaid is not None else None
    if owed is not None:  # "How much is still outstanding on invoices?": what is owed on them, never their revenue;
        # the invoices with a balance above 0 (unpaid.apply's filter stays): a credit note's balance is owed to the
        # customer, not on an invoice
        return plan.model_copy(update={"metrics": (owed,)})
    return plan.model_copy(update={"metrics": ("revenue",)})


# Words that ask for an amount of money without naming which ("How much money is still outstanding?").
_MONEY_WORDS = frozenset({"money", "geld", "dollars", "euros", "cash"})


def _money_word_names_the_measure(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """"How much money is still outstanding?": a bare money word beside a client's amount column named without
    "by" asks for that column's sum, never revenue grouped by the column's values."""
    if plan.status != "ok" or len(plan.metrics) != 1 or not is_sales_amount(plan.metrics[0]) or len(plan.group_by) != 1 or \
            "by" in signals.keywords:
        return plan
    said = [text for text, role in signals.reading if "metric:revenue" in role.split(", ")]
    column = plan.group_by[0]
    measure = next((role.split(":", 1)[1] for text, roles in signals.reading for role in roles.split(", ")
                    if f"dim:{column}" in roles.split(", ") and role.startswith("metric:")), None)
    if not said or not set(said) <= _MONEY_WORDS or measure is None:
        return plan
    signals.steps.append("money_word_measure")
    return plan.model_copy(update={"metrics": (measure,), "group_by": ()})


_RELATIVE = {"who", "that", "which", "welche", "with", "mit", "haben", "have", "has", "had", "hat",
             "sind", "are", "were", "waren", "is", "ist", "of", "among", "bei", "unter", "for", "fur"}
_RELATIVE_AFTER_NOUN = {"die", "der"}  # "Kunden, die …": relative only right after a customer noun
_CUSTOMER_NOUNS = {"kunden", "customers", "customer", "kunde", "clients", "client", "kundinnen"}
# a flag named by the people it marks ('aktive Mitglieder' for IsActiveMember) describes which customers
_MEMBER_NOUNS = {"members", "member", "mitglieder", "mitglied", "mitgliedern", "mitglieds"}
# "co-payment on prescription lines": a line flag before the lines noun selects the lines with the flag
_LINE_NOUNS = {"lines", "line", "positionen", "position", "zeilen", "posten"}
_WITHOUT = {"ohne", "without"}
_ARTICLES = {"a", "an", "the", "ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem"}
_FLAG_CONCEPTS = {"churn_rate": "churn_rate", "complaint_rate": "complaint_rate",
                  "complaint_analysis": "complaint_rate"}  # "customers who complained": the complaint flag
_KEEPS_CHURN = {"churn_rate", "retention_rate", "customers", "churn_risk", "p_alive", "value_at_risk"}


def _flag_of_the_data(table: str) -> bool:
    """True when a yes/no column of the data says who the table is about ("customers who complained" beside a
    'Complain' flag): the table's words then restrict the figure to the flagged customers (``_flag_population``)."""
    concept = _FLAG_CONCEPTS.get(table)
    return concept is not None and concept in SEMANTIC_MODEL.metrics and concept not in SEMANTIC_MODEL.metrics.base


def _subject_before(tokens: list[str], start: int) -> bool:
    """Whether a churn verb has the customers as its subject ("active members churned", "members have still
    left"): the verb says which customers, like a relative clause."""
    i = start - 1
    while i >= 0 and tokens[i] in phrasing.CLAUSE_ADVERBS | {"did", "do", "does", "have", "has", "had", "are", "were"}:
        i -= 1
    return i >= 0 and tokens[i] in _CUSTOMER_NOUNS | _MEMBER_NOUNS


def _relative_before(tokens: list[str], start: int) -> bool:
    """Whether the words before position ``start`` open a clause about which customers ('who', 'mit', 'haben
    eine', 'Kunden, die')."""
    i = start - 1
    while i >= 0 and tokens[i] in _NEGATIONS | phrasing.CLAUSE_ADVERBS | {"did", "do", "does", "have", "has", "sich"}:
        i -= 1  # "who did not churn", "die nicht abgewandert sind": the negation belongs to the clause
    if i >= 0 and tokens[i] in _ARTICLES - _RELATIVE_AFTER_NOUN:
        i -= 1
    if i < 0:
        return False
    if tokens[i] in _RELATIVE or (tokens[i] in _WITHOUT and i and tokens[i - 1] in _CUSTOMER_NOUNS):
        return True  # "Kunden ohne Kreditkarte": the customers without the flag
    # "Kunden, die …", also after a restriction of the noun: "Kunden in Spanien, die nicht abgewandert sind"
    return tokens[i] in _RELATIVE_AFTER_NOUN and bool(set(tokens[max(0, i - 4):i]) & _CUSTOMER_NOUNS)


_SHARE_HEADS = {"anteil", "share", "proportion", "percentage", "percent", "prozent", "prozentsatz", "quote", "rate",
                "number", "anzahl", "count"}


def _people_named(tokens: list[str], start: int, inside: set[str]) -> bool:
    """"Guthaben der aktiven Mitglieder": a flag named by the people it marks describes which customers (as a
    relative clause would) — unless a share or count stands right before it ("Anteil der aktiven Mitglieder":
    the flag is what is measured)."""
    if not inside & _MEMBER_NOUNS:
        return False
    i = start - 1
    while i >= 0 and tokens[i] in _ARTICLES | {"of", "an", "von"}:
        i -= 1
    return i < 0 or tokens[i] not in _SHARE_HEADS


def _flag_population(plan: QueryPlan, signals: Signals, tokens: list[str], mentions: list[Mention],
                     ds: Dataset | None, lang: str) -> QueryPlan:
    """"average salary of customers who exited", "Durchschnittsalter der abgewanderten Kunden": a yes/no column (or
    the churn words where a flag column answers churn) describing *which* customers is a filter of another
    metric, never a second metric beside it. Churn words that restrict a metric on order data, where no flag
    says who churned, are asked back (a population of churned customers is not defined there)."""
    if ds is None or plan.status != "ok":
        return plan
    from insight.metrics.conventions import status_column_names
    from insight.semantic.client import client_columns, concept_column

    if plan.metrics == ("complaint_analysis",) and signals.keywords & {"share", "count"} and \
            concept_column(ds, "complaint_rate") is not None:  # "Anteil der Kunden mit Beschwerde" on a flag column
        return plan.model_copy(update={"intent": "metric", "metrics": ("complaint_rate",)})
    if plan.intent != "metric":
        return plan
    flags = {c.name: c for c in client_columns(ds) if c.is_flag}
    among = _among_the_flagged(plan, signals, tokens, mentions, ds)
    if among is not None:
        return among
    relative = set()
    for m in mentions:
        inside = set(m.text.split())
        if _relative_before(tokens, m.start) or inside & _RELATIVE and inside & _CUSTOMER_NOUNS or \
                _people_named(tokens, m.start, inside):
            flagged = [s.name for s in m.senses if s.kind == "metric" and (
                s.name.startswith("share_") and s.name[6:] in flags or s.name in _FLAG_CONCEPTS)]
            relative.update(flagged)
            relative.update(_FLAG_CONCEPTS.get(n, n) for n in flagged)
    others = [m for m in plan.metrics if m not in relative]
    counted = has_headcount(others)  # "customers who exited by Geography": the customers with the flag
    if not besides_headcount(others) and not counted:
        return plan
    drop: list[str] = []
    group_by = list(plan.group_by)
    filters = list(plan.filters)
    flag_at: dict[str, int] = {}
    for m in mentions:
        names = [_FLAG_CONCEPTS.get(s.name, s.name) for s in m.senses if s.kind == "metric" and (
                 s.name.startswith("share_") and s.name[6:] in flags or s.name in _FLAG_CONCEPTS)]
        grouped = [s.name for s in m.senses if s.kind == "dim" and s.name in flags and s.name in group_by]
        if grouped and not names:
            names = [f"share_{grouped[0]}"]
        churn_kw = any(s.kind == "kw" and s.name in ("lost", "churn_words") for s in m.senses)
        if not names and not churn_kw:
            continue
        after = tokens[m.end] if m.end < len(tokens) else ""
        inside = set(m.text.split())
        people = bool(inside & _MEMBER_NOUNS) and not _before(mentions, mentions.index(m), "by", gap=1)
        lines = after in _LINE_NOUNS and bool(names) and names[0].startswith("share_") and \
            flags[names[0][6:]].table == "order_lines"
        if not _relative_before(tokens, m.start) and after not in _CUSTOMER_NOUNS and not lines and \
                not (inside & _RELATIVE and inside & _CUSTOMER_NOUNS) and not people and \
                not (churn_kw and _subject_before(tokens, m.start)):
            continue  # "mean Balance and share Exited": a listing, both metrics stay
        col = None
        if names and names[0].startswith("share_"):
            col = flags[names[0][6:]]
        elif names or churn_kw:
            concept = names[0] if names else "churn_rate"
            col = concept_column(ds, concept)
            if col is None and churn_kw and not set(plan.metrics) & _KEEPS_CHURN:
                issue = Issue.said("churned_population", "issue_churned_population")
                label = SEMANTIC_MODEL.metrics[others[0]].label(lang) if others[0] in SEMANTIC_MODEL.metrics \
                    else others[0]
                options = [say("option_inactive_12_months", lang, label=label), say("option_churn_rate", lang)]
                return _clarify(lang, options, issue)
        if col is None:
            continue
        attributive = after in _CUSTOMER_NOUNS and "share" not in signals.keywords  # "churned customers by region"
        if (f"share_{col.name}" in others or (col.concept is not None and col.concept in others)) and not attributive:
            continue  # "Wie viel Prozent … sind abgewandert?": the flag is what is measured, not a filter of it
        negated = bool(set(tokens[max(0, m.start - 3):m.start]) & (_NEGATIONS | _WITHOUT))  # "der nicht abgewanderten Kunden"
        flag = Filter(dimension=col.name, op="not_in" if negated else "in", values=(col.flag_true,))
        if flag in filters:
            continue
        flag_at[col.name] = m.start
        filters.append(flag)
        drop.extend(names)
        group_by = [g for g in group_by if g != col.name]
    if len(filters) == len(plan.filters):
        return plan
    metrics = tuple(m for m in plan.metrics if m not in drop and (not is_headcount(m) or not besides_headcount(others)))
    added = filters[len(plan.filters):]
    part = _value_after_the_verb(plan, mentions, tokens, flag_at, added) if "share" in signals.keywords else None
    if part is not None and (not metrics or only_headcount(metrics) or metrics == (_SHARE_OF_CUSTOMERS,)):
        # "What share of exited customers are in Germany?": the flag names the scope, the value after the verb
        # the part — the German customers among the exited ones, never Germany's churn rate
        signals.steps.append("flag_population")
        return plan.model_copy(update={"metrics": (_SHARE_OF_CUSTOMERS,), "filters": tuple(filters),
                                       "group_by": tuple(group_by), "share_of": part})
    if metrics == ("customer_share",) and len(added) == 1 and added[0].dimension in flags and added[0].op == "in":
        # "share of customers with HasCrCard (by Geography)": the flag's own share, within each group
        flag = added[0].dimension
        concept = next((c for c in ("churn_rate", "complaint_rate")
                        if (col := concept_column(ds, c)) is not None and col.name == flag), None)
        metrics, filters = (concept or f"share_{flag}",), filters[:len(plan.filters)]
    elif (not metrics or only_headcount(metrics) or only_counting(metrics, "line")) and "share" in signals.keywords and \
            "count" not in signals.keywords and \
            added and added[-1].dimension in flags and added[-1].op == "in":
        # "Wie viel Prozent der Kunden mit Kreditkarte sind abgewandert?": the last flag is what is measured,
        # among the customers the others select — a share, never the count of customers with both; "Anteil der
        # Positionen mit Rezept": the flag's share of the lines (a line flag's share is one of lines)
        flag = added[-1].dimension
        concept = next((c for c in ("churn_rate", "complaint_rate")
                        if (col := concept_column(ds, c)) is not None and col.name == flag), None)
        metrics, filters = (concept or f"share_{flag}",), filters[:-1]
    elif only_counting(metrics, "order") and added and all(f.op == "in" for f in added) and \
            {f.dimension for f in added} <= set(status_column_names(ds)):
        # "How many purchases were refunded?" beside a flag 'Refunded' (a yes line is never a sale): its orders
        # are cancellations, counted as such among the flag's yes lines (an order count would leave them all out)
        metrics = ("cancelled_orders",)
    elif only_counting(metrics, "order") and "share" in signals.keywords and "count" not in signals.keywords and added:
        # "Anteil der Bons mit Rezept" (the order id's noun names the orders): the orders' share with the flag,
        # as "Anteil der Aufträge mit Rezept" — never their number
        metrics = ("order_share",)
    signals.steps.append("flag_population")
    return plan.model_copy(update={"metrics": metrics or ("customers",), "filters": tuple(filters),
                                   "group_by": tuple(group_by)})


def _flag_count(plan: QueryPlan, signals: Signals, ds: Dataset | None) -> QueryPlan:
    """"Wie viele Kunden sind abgewandert?" on a customers table whose flag column (Exited) answers churn: the
    number of customers with the flag set, not the rate (the rate answers "what share")."""
    if ds is None or plan.status != "ok" or "count" not in signals.keywords or "share" in signals.keywords:
        return plan
    from insight.semantic.client import client_columns, concept_column

    if plan.group_by and len(plan.group_by) == 1 and only_headcount(plan.metrics) and "by" not in signals.keywords:
        # "How many customers accepted campaign 1?": a yes/no column named as what customers did, without
        # 'by', counts those with it set — not a table by yes and no
        flag_col = next((c for c in client_columns(ds) if c.name == plan.group_by[0] and c.is_flag), None)
        if flag_col is not None:
            signals.steps.append("flag_count")
            return plan.model_copy(update={"group_by": (), "filters": (*plan.filters, _counted_flag(
                flag_col, signals, (f"dim:{flag_col.name}", f"metric:share_{flag_col.name}")))})
    concepts = [m for m in plan.metrics if m in ("churn_rate", "complaint_rate")]
    if len(concepts) != 1 or besides_headcount(plan.metrics) - {concepts[0]}:  # "Wie viele Kunden haben sich beschwert?"
        return plan
    second = None
    if plan.group_by:  # "how many customers both complained and responded": a second yes/no column, said as a
        # deed of the customers (no 'by'), is a second condition on the same customers, not a breakdown
        second = next((c for c in client_columns(ds) if plan.group_by == (c.name,) and c.is_flag), None)
        if second is None or "by" in signals.keywords or not has_headcount(plan.metrics):
            return plan
    col = concept_column(ds, concepts[0])
    if col is None or (second is not None and second.name == col.name):
        return plan
    flag = _counted_flag(col, signals, (f"metric:{concepts[0]}", "kw:lost", "kw:churn_words", f"dim:{col.name}",
                                        f"metric:share_{col.name}"))
    both = () if second is None else (
        _counted_flag(second, signals, (f"dim:{second.name}", f"metric:share_{second.name}")),)
    signals.steps.append("flag_count")
    added = tuple(f for f in (flag, *both) if f not in plan.filters)  # "how many churned customers": said once
    return plan.model_copy(update={"metrics": ("customers",), "filters": (*plan.filters, *added), "period": None,
                                   "group_by": (), "order": None})


def _cancelled_population(plan: QueryPlan, tokens: list[str], mentions: list[Mention], signals: Signals) -> QueryPlan:
    """"Wie viele Kunden hatten 2024 einen stornierten Auftrag?": the customers a cancelled order defines."""
    from insight.query.status_reading import cancelled_population

    restricted = cancelled_population(plan, tokens, mentions)
    if not isinstance(restricted, QueryPlan) or (besides_headcount(restricted.metrics) and
                                                 not restrictable_to_min_orders(restricted)):
        return plan
    signals.steps.append("cancelled_population")
    return restricted


def _flag_both_sides(plan: QueryPlan, tokens: list[str], signals: Signals, ds: Dataset | None) -> QueryPlan:
    """"churn rate of customers with a credit card vs without": both groups of the flag side by side (grouped
    by it), never only those with it."""
    if ds is None or plan.status != "ok" or not negation.both_sides(tokens):
        return plan
    from insight.semantic.client import client_columns

    flags = {c.name for c in client_columns(ds) if c.is_flag}
    named = [f for f in plan.filters if f.dimension in flags and f.op in ("in", "not_in") and len(f.values) == 1]
    if len(named) != 1 or named[0].dimension in plan.group_by:
        return plan
    signals.steps.append("flag_both_sides")
    return plan.model_copy(update={"filters": tuple(f for f in plan.filters if f is not named[0]),
                                   "group_by": (*plan.group_by, named[0].dimension)})


def _counted_flag(col, signals: Signals, roles: tuple[str, ...]) -> Filter:
    """The flag a count is about: set, or not set where a negation stands before it ("nicht abgewandert")."""
    op = "not_in" if negation.reading_negated(signals.reading, roles) else "in"
    return Filter(dimension=col.name, op=op, values=(col.flag_true,))


_PER_DOCUMENT = frozenset("invoice rechnung order bestellung auftrag receipt beleg bon".split())


def _two_values_named(three: list[Mention]) -> bool:
    """A value, 'and' / 'or' / 'vs', and another value of the same dimension ("b2b and b2c")."""
    if len(three) != 3 or three[0].end != three[1].start or three[1].end != three[2].start:
        return False
    first, joint, second = three
    if not all(s.kind == "kw" and s.name in ("and", "compare") for s in joint.senses) or not joint.senses:
        return False
    dims = [{s.name for s in m.senses if s.kind == "value"} for m in (first, second)]
    return all(m.senses and all(s.kind == "value" for s in m.senses) for m in (first, second)) and \
        bool(dims[0] & dims[1])


def _by_a_value(mentions: list[Mention], lang: str, unknown: Sequence[str] = (),
                tokens: Sequence[str] = ()) -> QueryPlan | None:
    """"Marge je Filiale" where 'Filiale' is only a value (the sales channel 'shop'): a grouping by something
    the data does not have as a column. Asked back with the value as a filter or its dimension as grouping.
    An unknown word right after the value ("by store manager") is what is grouped by: that word is asked back."""
    for at, (before, mention) in enumerate(zip(mentions, mentions[1:]), 1):
        if not any(s.kind == "kw" and s.name == "by" for s in before.senses) or before.end != mention.start:
            continue
        if mention.end < len(tokens) and tokens[mention.end] in unknown:
            continue
        if _two_values_named(mentions[at:at + 3]):
            continue  # "split by b2b and b2c", "nach Deutschland und Frankreich": each of the two values named
        if before.text == "nach" and any(s.kind == "value" and s.name == "country" for s in mention.senses):
            continue  # "Umsatz nach Österreich": German 'nach' before a country is where the sales went, its filter
        if before.text in ("per", "pro", "je") and mention.text in _PER_DOCUMENT and any(
                (s.kind == "kw" and s.name in ("average", "median")) or (
                    s.kind == "metric" and s.name.startswith(("mean_", "median_"))) for m in mentions for s in m.senses):
            continue  # "mean seats per invoice" beside a Type 'Invoice': over the invoices' rows, not a grouping
        if mention.senses and all(s.kind == "value" for s in mention.senses):
            value = mention.senses[0]
            dim = SEMANTIC_MODEL.dimensions.get(value.name)
            label = dim.label(lang) if dim is not None else value.name
            return _clarify(lang, [f"{label} = {value.value}", say("option_by_label", lang, label=label)],
                            Issue.said("by_a_value", "issue_by_a_value", word=mention.text, label=label,
                                       value=value.value))
    return None


# a band read off a customer column: answerable only where the data fills that column (age bands need ages)
_SEGMENT_COLUMNS = {"age_band": "age"}


def _builtin_available(ds: Dataset | None, sense: Sense) -> bool:
    """Whether a built-in dimension can be answered on this data (a 'Region' column of the client only
    clashes with the built-in country where the data has countries)."""
    if ds is None or sense.name in TIME_DIMS:
        return True
    if sense.kind == "metric":
        return _builtin_metric_available(ds, sense.name)
    if sense.kind != "dim":
        return True
    spec = SEMANTIC_MODEL.dimensions.base.get(sense.name)
    if spec is not None and sense.name in _SEGMENT_COLUMNS:  # "nach Altersgruppe": the bands need the ages
        needed = _SEGMENT_COLUMNS[sense.name]
        return ds.order_lines.height > 0 and needed in ds.customers.columns and \
            ds.customers.get_column(needed).null_count() < ds.customers.height
    if spec is None or spec.source == "segment":
        return ds.order_lines.height > 0
    for frame in (ds.order_lines, ds.customers, ds.survey_responses, ds.coupons):
        if sense.name in frame.columns and frame.get_column(sense.name).null_count() < frame.height:
            return True
    return False


def _available_dims(mention: Mention, ds: Dataset | None) -> Mention:
    """'status' names the customers' status and the order status: where the data fills only one of them, the
    mention means that one (no question back about a column the data does not have)."""
    dims = [s for s in mention.senses if s.kind == "dim"]
    if ds is None or len(dims) < 2:
        return mention
    usable = [s for s in dims if _builtin_available(ds, s) or s.name not in SEMANTIC_MODEL.dimensions.base]
    if not usable or len(usable) == len(dims):
        return mention
    return replace(mention, senses=tuple(s for s in mention.senses if s.kind != "dim" or s in usable))


def _builtin_metric_available(ds: Dataset, name: str) -> bool:
    """Whether a built-in metric can be computed on this data: on a customers table without orders,
    'Income' or 'Tenure' can only mean the client's column, so there is nothing to ask back."""
    spec = SEMANTIC_MODEL.metrics.base.get(name)
    if spec is None:
        return True
    for need in spec.needs:
        table, _, column = need.partition(".")
        frame = getattr(ds, table, None)
        if isinstance(frame, pl.DataFrame) and (frame.height == 0 or (column and column not in frame.columns)):
            return False
    if ds.order_lines.height == 0:
        return spec.family in ("survey", "coupon") or name == "customers"
    return True


def _value_of_named_column(mentions: list[Mention]) -> list[Mention]:
    """'in the territory Japan', 'Land Japan': a value of several columns right after (or before) one of those
    columns' names is that column's value; the column's word is then part of the value's mention and no
    longer a grouping. Likewise a column word of several columns ('segment': the data's Segment or the RFM
    segment) beside a value of exactly one of them ('in the Corporate segment') names that column."""
    out: list[Mention] = []
    skip: set[int] = set()
    for i, mention in enumerate(mentions):
        value_dims = list(dict.fromkeys(s.name for s in mention.senses if s.kind == "value"))
        if i in skip or not value_dims:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(mentions) or j in skip:
                continue
            other = mentions[j]
            dims = {s.name for s in other.senses if s.kind == "dim"}
            named = dims & set(value_dims)
            adjacent = other.end == mention.start or mention.end == other.start
            if len(named) == 1 and adjacent and not [s for s in other.senses if s.kind != "dim"] and \
                    (len(value_dims) > 1 or len(dims) > 1):
                keep = tuple(s for s in mention.senses if s.kind != "value" or s.name in named)
                mentions[i] = replace(mention, senses=keep)
                skip.add(j)
                break
    for i, mention in enumerate(mentions):
        if i not in skip:
            out.append(mention)
    return out


_OF_WORDS = frozenset({"der", "die", "den", "des", "von", "aus", "fur", "auf", "aller", "of", "the", "from", "on",
                       "for", "all"})


def _document_value_after_a_measure(mentions: list[Mention], tokens: list[str],
                                    values: dict[tuple[str, ...], list[Sense]]) -> list[Mention]:
    """'Summe Steuerbetrag der Rechnungen', 'revenue of the invoices': after a measure, a word that names the
    orders metric and (inflected) a value of a document-type column of the lines is that value's filter,
    not a second metric."""
    from insight.query import fuzzy

    out = list(mentions)
    for i, mention in enumerate(out):
        if i == 0 or mention.end - mention.start != 1 or \
                any(s.kind != "metric" or s.name != "orders" for s in mention.senses):
            continue
        before = out[i - 1]
        between = tokens[before.end:mention.start]
        if not any(s.kind == "metric" for s in before.senses) or not between or \
                not all(t in _OF_WORDS for t in between):
            continue
        word = tokens[mention.start]
        for variant in (word, *fuzzy.variants(word)):
            senses = [s for s in values.get((variant,), []) if s.kind == "value" and _line_document_column(s.name)]
            if senses:
                out[i] = replace(mention, senses=tuple(senses), fuzzy=variant != word)
                break
    return out


def _own_header(mention: Mention) -> Mention:
    """A word that is a client column's own header ('Segment', 'Kundensegment', 'Region' with a column of that
    name) means that column, not the built-in it could also name (rfm_segment, country): the client wrote the
    header and asks about it; the built-in stays reachable by its own names ('RFM-Segment'). A word that names
    the column only through a synonym or translation is still asked back (_client_clash)."""
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    if not active or mention.fuzzy or len(mention.senses) < 2:
        return mention
    client_metrics, client_dims = active
    said = fold(mention.text)
    own = [s for s in mention.senses if s.kind == "dim" and s.name in client_dims
           and said in {fold(client_dims[s.name].label_en), fold(s.name.replace("_", " "))}]
    if not own:
        return mention
    kept = tuple(s for s in mention.senses if s in own or not (
        s.kind in ("dim", "metric") and (s.name in SEMANTIC_MODEL.dimensions.base or s.name in SEMANTIC_MODEL.metrics.base)))
    return replace(mention, senses=kept) if kept != mention.senses else mention


# the participles of a return that also name the returns' value ("Wie viel wurde retourniert?")
_RETURN_PARTICIPLES = frozenset({"retourniert", "zuruckgeschickt"})


def _returned_status(mention: Mention) -> Mention:
    """A participle of a return ('retourniert', 'zurückgeschickt') that is also a status value of the data (an
    order status 'devuelto', 'retournée') means the orders of that status, as 'storniert' does; without such a
    value it is the returns' value (the metric `returns`)."""
    if fold(mention.text) not in _RETURN_PARTICIPLES or not any(s.kind == "value" for s in mention.senses):
        return mention
    kept = tuple(s for s in mention.senses if not (s.kind == "metric" and s.name == "returns"))
    return replace(mention, senses=kept) if kept and kept != mention.senses else mention


def _customers_not_a_name_column(mention: Mention) -> Mention:
    """A client column whose header is itself a customer word ('Kunde', 'Customer', 'Client' holding the company
    name while another column is the customer id) is named only by that header: "customers", "Kunden" mean the
    built-in customers (a count, a grouping by customer), never "which one?" (docs/ask.md)."""
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    if not active or len(mention.senses) < 2:
        return mention
    if not any(s.kind in ("dim", "metric") and s.name in ("customer_id", "customers") for s in mention.senses):
        return mention
    customer = SEMANTIC_MODEL.dimensions.base["customer_id"]
    words = {fold(w) for w in (customer.label_en, customer.label_de, *customer.synonyms_en, *customer.synonyms_de)}
    _, client_dims = active
    said = fold(mention.text)
    named = [s for s in mention.senses if s.kind == "dim" and s.name in client_dims
             and (header := fold(client_dims[s.name].label_en)) in words and header != said]
    if not named or len(named) == len(mention.senses):
        return mention
    return replace(mention, senses=tuple(s for s in mention.senses if s not in named))


# the tables of their own beside the order lines and the customers (a dimension's source, a metric's family)
_OWN_TABLES = frozenset({"survey", "coupon", "interaction"})


def _table(source: str) -> str:
    """The table a dimension's source or a metric's family reads: its own, else the orders and their customers."""
    return source if source in _OWN_TABLES else "orders"


def value_of_the_metric_table(mentions: list[Mention]) -> list[Mention]:
    """A value of columns of different tables ('Service': a product group of the order lines and an aspect of the
    survey) beside a metric that reads one of them (customer satisfaction reads the survey answers) is the value
    of the column of that table: "mean Satisfaction Service by Gebiet" is the aspect Service, "Umsatz Service" the
    product group. Without such a metric, or where several columns of the metric's table hold the value (a region
    and a warehouse of the orders), it stays asked back (_client_clash)."""
    tables = {_table(spec.family) for m in mentions if m.senses and all(s.kind == "metric" for s in m.senses)
              for s in m.senses if (spec := SEMANTIC_MODEL.metrics.get(s.name)) is not None}
    if len(tables) != 1:
        return mentions
    out = []
    for mention in mentions:
        value_dims = list(dict.fromkeys(s.name for s in mention.senses if s.kind == "value"))
        if len(value_dims) > 1:
            own = [d for d in value_dims if (dim := SEMANTIC_MODEL.dimensions.get(d)) is not None
                   and _table(dim.source) in tables]
            if len(own) == 1:
                mention = replace(mention, senses=tuple(s for s in mention.senses
                                                        if s.kind != "value" or s.name == own[0]))
        out.append(mention)
    return out


def _client_clash(mentions: list[Mention], lang: str, ds: Dataset | None = None) -> QueryPlan | None:
    """A word that names both a client column and a built-in dimension or metric ('Region' when the data
    has a Region column, 'Segment'): asked back, never decided silently (metrics.md)."""
    from insight.semantic.client import CANONICAL_MEASURES
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    if not active:
        return None
    client_metrics, client_dims = active
    for mention in mentions:
        value_dims = list(dict.fromkeys(s.name for s in mention.senses if s.kind == "value"))
        if len(value_dims) > 1 and any(d in client_dims for d in value_dims):
            value = next(s.value for s in mention.senses if s.kind == "value")
            return _clarify(lang, [f"{d} = {value}" for d in value_dims],
                            Issue.said("ambiguous_value", "issue_ambiguous_value", word=mention.text,
                                       columns=", ".join(value_dims)))
        client = [s for s in mention.senses if (s.kind == "dim" and s.name in client_dims)
                  or (s.kind == "metric" and s.name in client_metrics
                      and s.name.partition("_")[2] not in CANONICAL_MEASURES)]  # 'Alter': one column either way
        built = [s for s in mention.senses if s.kind in ("dim", "metric") and s not in client
                 and (s.name in SEMANTIC_MODEL.dimensions.base or s.name in SEMANTIC_MODEL.metrics.base)
                 and _builtin_available(ds, s)]
        if client and built:
            names = [*(s.name for s in client), *(s.name for s in built)]
            return _clarify(lang, names, Issue.said("ambiguous_column", "issue_ambiguous_column", word=mention.text,
                                                    client=", ".join(s.name for s in client),
                                                    built=", ".join(s.name for s in built)))
    return None


_SPAN = r"(?:(?:more\s+than|mehr\s+als|over|uber|at\s+least|mindestens|longer\s+than|langer\s+als)\s+)?" \
        r"(?P<n>\d+|one|a|an|ein|einem|einen|einer|eine)\s+" \
        r"(?P<unit>days?|weeks?|months?|years?|tagen?|tag|wochen?|monaten?|monat|monate|jahren?|jahres|jahr|jahre)"
_BOUGHT_EN = r"(?:ordered|bought|purchased|shopped|placed\s+an?\s+order|made\s+a\s+purchase|been\s+active)"
_INACTIVE = [lazy_re.compile(p) for p in (
    # "have not ordered for more than 6 months", "haven't bought anything in 3 months"
    rf"\b(?:have\s+not|haven\s?t|havent|has\s+not|hasnt|did\s+not|didnt|not)\s+{_BOUGHT_EN}"
    rf"(?:\s+anything)?(?:\s+(?:for|in|within|during|since))?(?:\s+the)?(?:\s+(?:last|past))?\s+{_SPAN}",
    # "no order in the last 90 days", "no purchases for 6 months", "inactive for a year"
    rf"\b(?:no|without\s+an?y?)\s+(?:orders?|purchases?)\s+(?:for|in|within|during|since)(?:\s+the)?"
    rf"(?:\s+(?:last|past))?\s+{_SPAN}",
    rf"\b(?:inactive|dormant)\s+(?:for|since)\s+{_SPAN}",
    # "seit mehr als 6 Monaten nicht (mehr) bestellt", "seit über einem Jahr inaktiv", "seit 3 Monaten keine Bestellung"
    rf"\bseit\s+{_SPAN}\s+(?:nichts|nicht|(?:kein(?:e|en|er|em)?|ohne)\s+(?:bestellung(?:en)?|auftrage?|auftrag|kaufe?|einkaufe?)|inaktiv)"
    rf"(?:\s+mehr)?(?:\s+(?:bestellt|gekauft|eingekauft|aktiv|aufgegeben))?",
    # "in den letzten 6 Monaten nicht bestellt", "die letzten 90 Tage keine Bestellung"
    rf"\b(?:in\s+den|innerhalb\s+der|die)\s+letzten\s+{_SPAN}\s+"
    rf"(?:nichts|nicht|kein(?:e|en|er|em)?\s+(?:bestellung(?:en)?|auftrage?|auftrag|kaufe?|einkaufe?))(?:\s+mehr)?(?:\s+(?:bestellt|gekauft))?",
    # "keine Bestellung seit 6 Monaten", "nicht mehr bestellt seit einem Jahr"
    rf"\b(?:(?:kein(?:e|en|er|em)?|ohne)\s+(?:bestellung(?:en)?|auftrage?|auftrag|kaufe?)|nicht\s+(?:mehr\s+)?(?:bestellt|gekauft))"
    rf"\s+(?:seit|in\s+den\s+letzten)\s+{_SPAN}",
)]


def _inactivity(norm: str, as_of: dt.date) -> tuple[dt.date | None, str]:
    """"Kunden, die seit 6 Monaten nicht bestellt haben", "customers with no order in the last 90 days": the
    day before which their last order lies, and the text without the phrase (so it is no time window)."""
    for pattern in _INACTIVE:
        m = pattern.search(norm)
        if m is None:
            continue
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else 1
        unit = m.group("unit")
        if unit.startswith(("day", "tag")):
            since = as_of - dt.timedelta(days=n)
        elif unit.startswith(("week", "woche")):
            since = as_of - dt.timedelta(days=7 * n)
        else:
            months = n * (12 if unit.startswith(("year", "jahr")) else 1)
            year, month = divmod(as_of.year * 12 + as_of.month - 1 - months, 12)
            since = dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1]))
        return since, norm[:m.start()] + " " + norm[m.end():]
    return None, norm


_HORIZON = [lazy_re.compile(p) for p in (
    r"\b(?:(?:in|over|during|within|for)\s+)?(?:the\s+)?(?:next|coming|upcoming|following)\s+"
    r"(?:(?P<n>\d+|one|a|an)\s+)?(?P<unit>days?|weeks?|months?|quarters?|years?)\b",
    r"\b(?:(?:in|innerhalb|fur|uber|wahrend|im)\s+)?(?:(?:den|die|der|dem|das)\s+)?"
    r"(?:nachsten|nachste|nachstes|nachster|kommenden|kommende|kommendes|folgenden)\s+"
    r"(?:(?P<n>\d+|einem|einen|ein|eine)\s+)?"
    r"(?P<unit>tagen?|tage|wochen?|monaten?|monate|monat|quartalen?|quartale|quartal|jahren?|jahre|jahr)\b",
)]
_DAYS_PER_UNIT = {"d": 1, "t": 1, "w": 7, "m": 30, "q": 91, "y": 365, "j": 365}
# the horizons the models answer for: expected orders over 90 days, CLV over 12 months (metrics.md)
HORIZON_DAYS = {"expected_orders": 90, "clv": 365}


def _horizon(norm: str) -> tuple[int | None, str]:
    """"in the next 90 days", "in den nächsten 3 Monaten", "nächstes Jahr": a forecast horizon in days (a
    future window is no filter on past orders), and the text without the phrase."""
    for pattern in _HORIZON:
        m = pattern.search(norm)
        if m is None:
            continue
        raw = m.group("n")
        n = int(raw) if raw and raw.isdigit() else 1
        unit = m.group("unit")
        days = n * _DAYS_PER_UNIT["q" if unit.startswith(("quart", "quarter")) else unit[0]]
        return days, norm[:m.start()] + " " + norm[m.end():]
    return None, norm


def _forecast_plan(plan: QueryPlan, signals: Signals, horizon: int | None, lang: str) -> QueryPlan:
    """A question about the future: orders become expected orders (BG/NBD), value becomes CLV, each over the
    horizon its model answers for; any other metric or horizon is asked back, never answered from the past."""
    if plan.status != "ok":
        return plan
    swap = {"orders": "expected_orders", "customer_capital": "clv", "customer_value": "clv"}
    metrics = tuple(dict.fromkeys(swap.get(m, m) for m in plan.metrics))
    if plan.intent == "at_risk" or plan.intent == "inactive":
        metrics = ("churn_risk",)
    forecast = [m for m in metrics if m in HORIZON_DAYS or m in ("p_alive", "churn_risk")]
    fits = forecast and len(forecast) == len(metrics) and all(
        horizon is None or m not in HORIZON_DAYS or abs(HORIZON_DAYS[m] - horizon) <= 3 for m in forecast)
    if fits and plan.intent in ("at_risk", "inactive"):
        return plan
    if fits:
        return plan.model_copy(update={"metrics": metrics, "window": TimeWindow()})
    days = ", ".join(say("forecast_horizon_days", lang, metric=SEMANTIC_MODEL.metrics[m].label(lang), days=d)
                     for m, d in HORIZON_DAYS.items())
    options = [say("option_expected_orders_90_days", lang), say("option_predicted_clv", lang)]
    issue = Issue.said("unsupported_forecast", "issue_unsupported_forecast", days=days)
    return _clarify(lang, options, issue)


_TOP_PERCENT = lazy_re.compile(
    r"\b(?:die\s+|the\s+)?(?:top|besten|best|größten|groessten|grossten|biggest|largest|wichtigsten|"
    # "Top-20-%-Kunden", "Top-20%-Kunden": the German compound joins the same words with hyphens
    r"umsatzstärksten|umsatzstaerksten)[\s-]+(?P<pct>\d+(?:[.,]\d+)?)\s*-?\s*(?:%|prozent|percent|per\s*cent)"
    r"(?:(?:-|\s+(?:der\s+|unserer\s+|of\s+(?:the\s+|our\s+)?)?)(?P<who>kunden|customers|clients)\b"
    # "share of revenue from the top 1 %": the phrase closing the question, the customers understood
    r"|(?=\s*[?.!]?\s*$))", re.IGNORECASE)


def _top_percent(text: str) -> tuple[float | None, str]:
    """"die Top 20 % der Kunden", "the top 10 percent of customers" (read before '%' is folded away): the
    percentage, and the text with the phrase replaced by the plain customer word."""
    m = _TOP_PERCENT.search(text)
    if m is None:
        return None, text
    pct = float(m.group("pct").replace(",", "."))
    if not 0 < pct < 100:
        return None, text
    return pct, f"{text[:m.start()]} {m.group('who') or ''} {text[m.end():]}"


def _top_percent_plan(plan: QueryPlan, signals: Signals, lang: str) -> QueryPlan:
    """The best X % of customers by revenue: their count, revenue and share of revenue, or the metrics the
    question names restricted to them (the Pareto question "Wie viel Prozent des Umsatzes machen die Top 20 %
    der Kunden?")."""
    named = [m for m in signals.metrics if not is_headcount(m)]
    if not named:
        pareto = QueryPlan(intent="metric", metrics=("customers", "revenue", "revenue_share"), language=lang,
                           filters=plan.filters, window=plan.window, top_percent=signals.top_percent,
                           group_by=tuple(g for g in plan.group_by if g != "customer_id"))
        # "Top 20 % Kunden … mit mindestens 6 Aufträgen": the question's other restrictions stay, never dropped
        return pareto if plan.population.everyone else pareto.model_copy(update={
            "population": plan.population.model_copy(update={"top_percent": signals.top_percent})})
    candidate = plan.restrict(top_percent=signals.top_percent).model_copy(update={"top_n": None, "order": None,
                                        "intent": "metric" if plan.intent == "rank" else plan.intent,
                                        "group_by": tuple(g for g in plan.group_by if g != "customer_id")})
    if restrictable_to_min_orders(candidate):
        return candidate
    issue = Issue.said("unsupported_top_percent", "issue_unsupported_top_percent")
    return _clarify(lang, [say("option_top_20_percent_share", lang)], issue)


_COUNT_WORDS = lazy_re.compile(r"\b(?:anzahl|number|count|wie\s+viele|how\s+many|gesamtzahl)\b")


def _inactive_plan(plan: QueryPlan, signals: Signals, lang: str, counted: bool) -> QueryPlan:
    """Customers without an order since a day: listed ("Welche Kunden …?"), counted ("Wie viele Kunden …?") or
    restricting another metric ("Umsatz der Kunden, die seit einem Jahr nicht bestellt haben")."""
    named = besides_headcount(signals.metrics)
    if not named and not counted:
        return QueryPlan(intent="inactive", top_n=signals.top_n or 10, language=lang, filters=plan.filters,
                         inactive_since=signals.inactive_since)
    if not named:
        return plan.restrict(inactive_since=signals.inactive_since).model_copy(update={
            "intent": "metric", "metrics": ("customers",), "group_by": tuple(
                g for g in plan.group_by if g != "customer_id"), "top_n": None, "order": None})
    if restrictable_to_min_orders(plan):
        return plan.restrict(inactive_since=signals.inactive_since)
    options = [say("option_not_ordered_since", lang)]
    issue = Issue.said("unsupported_inactivity", "issue_unsupported_inactivity")
    return _clarify(lang, options, issue)


def _active_customers(plan: QueryPlan, text: str, signals: Signals, ds: Dataset | None, lang: str) -> QueryPlan:
    """"Wie viele aktive Kunden haben wir?": the customers with an order in the 12 months before the analysis date
    (active_customers.py) — unless a client flag or state value of 'active' or the question's own window already
    says which customers are active; asked back where no such reading exists, never dropped."""
    word = active_word(text)
    if not word or plan.status != "ok" or ds is None or names_an_active_value(plan) or not plan.window.is_all \
            or not restrictable_to_min_orders(plan) or plan.compare is not None:
        return plan  # an analysis of its own reading ("satisfaction of churned vs active customers": stayed)
    if ds.first_order_day() is None:
        signals.unknown = [*signals.unknown, word]
        signals.steps.append("active_unread")
        return _leftover(plan, signals, lang, ds)
    signals.steps.append(ACTIVE_STEP)
    signals.unknown = read_active_words(signals.unknown, word)
    return plan.restrict(active=active_window(ds.as_of))


def restrictable_to_min_orders(plan: QueryPlan) -> bool:
    """"Umsatz der Kunden mit mehr als 5 Bestellungen": line and per-customer metrics of one window can be
    restricted to the customers with ≥ N orders in it; a comparison of two windows or a loyalty rate cannot."""
    families = {family(m) for m in plan.metrics if not is_headcount(m)}
    return plan.intent in ("metric", "rank", "trend") and families <= {"line", "customer"} and \
        "repeat_rate" not in plan.metrics


def _restrictable_to_customers(plan: QueryPlan) -> bool:
    """Line and per-customer metrics of one window (the repeat rate too) can be taken over a set of customers that
    does not depend on their order count (a cohort)."""
    families = {family(m) for m in plan.metrics if not is_headcount(m)}
    return plan.intent in ("metric", "rank", "trend") and families <= {"line", "customer", "loyalty"} and \
        not any(is_period_based(m) for m in plan.metrics)


def _clarify_order_filter(lang: str, bounds: QueryPlan | int) -> QueryPlan:
    """Other metrics restricted to customers with ≥ N (≤ M) orders are not supported: say so, offer the count."""
    if isinstance(bounds, int):
        bounds = QueryPlan(min_orders=bounds)
    who = {language: bounds.population.order_bounds_label(language) for language in LANGUAGES}
    options = [say("option_how_many_with_orders", lang, who=who[lang])]
    issue = Issue(code="unsupported_order_filter",
                  **{language: say("issue_unsupported_order_filter", language, who=who[language])
                     for language in LANGUAGES})
    return _clarify(lang, options, issue)


_WINDOW_NEGATION = lazy_re.compile(r"\b(?:excluding|except|without|ohne|ausser|ausgenommen|exklusive|not|nicht)\b")
_BEFORE_A_WINDOW = frozenset({"in", "im", "the", "den", "dem", "der", "des", "die", "for", "fur", "von", "vom", "of",
                              "during", "wahrend"})


def _negated_window(norm: str, as_of: dt.date, fiscal: timewords.FiscalYear) -> str | None:
    """'Revenue in Germany excluding December 2011', 'Umsatz außer im Dezember 2011', 'revenue not in 2011': the
    phrase of a period that a negation leaves out (the plan has no window to exclude), else None."""
    for m in _WINDOW_NEGATION.finditer(norm):
        words = norm[m.end():].split()
        skipped = 0
        while skipped < len(words) and skipped < 2 and words[skipped] in _BEFORE_A_WINDOW:
            skipped += 1
        head = " ".join(words[skipped:skipped + 4])
        if not head:
            continue
        found, left = timewords.extract(head, as_of, fiscal)
        if found and (not left.strip() or left.split()[0] != head.split()[0]):
            return " ".join([m.group(0), *words[:skipped + 4]])
    return None


def _clarify_time(plan: QueryPlan, word: str, windows: list[TimeWindow], lang: str, as_of: dt.date) -> QueryPlan:
    """A time phrase the parser cannot resolve ("Ende 2010", "im Sommer 2011", "first week of 2011"): ask back
    with windows it can compute instead of silently answering for the whole year."""
    metric = SEMANTIC_MODEL.metrics[plan.metrics[0]] if plan.metrics else SEMANTIC_MODEL.metrics["revenue"]
    label = metric.label(lang)
    label = label[:1].upper() + label[1:]
    year = windows[0].start.year if windows and windows[0].start else as_of.year
    options = [f"{label} {year}", say("option_first_half", lang, label=label, year=year),
               say("option_second_half", lang, label=label, year=year), f"{label} Q1 {year}", f"{label} Q4 {year}"]
    issue = Issue.said("unresolved_time", "issue_unresolved_time", word=word)
    return _clarify(lang, options, issue, intent=plan.intent)


def fiscal_year(ds: Dataset | None) -> timewords.FiscalYear:
    """The workspace's fiscal year (settings); the calendar year without a workspace."""
    if ds is None:
        return timewords.CALENDAR
    return timewords.FiscalYear(ds.settings.fiscal_year_start, ds.settings.fiscal_year_named_by)



def _clarify_fiscal(plan: QueryPlan, word: str, text: str, lang: str, ds: Dataset | None) -> QueryPlan:
    """"GJ 2023/24" on a workspace whose fiscal year is the calendar year, "FY24" where none is set, or a fiscal
    quarter not named: asked back with the calendar readings and the setting that makes it one (docs/ask.md)."""
    metric = SEMANTIC_MODEL.metrics[plan.metrics[0]] if plan.metrics else SEMANTIC_MODEL.metrics["revenue"]
    label = metric.label(lang).capitalize()
    if word == timewords.FISCAL_PART:  # "Q1 des Geschäftsjahres 2012": the whole fiscal year or a calendar part
        issue = Issue.said("unresolved_time", "issue_fiscal_part")
        return _clarify(lang, [], issue, intent=plan.intent)
    if word == timewords.FISCAL_UNSET:  # "FY24", "GJ 2024" with no fiscal year set
        named = re.search(r"(?i)\b(?:fy|gj|wj)\s*((?:19|20)?\d\d)\b", text)
        year = (int(named[1]) if len(named[1]) == 4 else 2000 + int(named[1])) if named else None
        issue = Issue.said("unresolved_time", "issue_fiscal_unset", phrase=named[0] if named else "")
        return _clarify(lang, [f"{label} {year}"] if year else [], issue, intent=plan.intent)
    years = re.search(r"((?:19|20)\d\d|\d\d)\s*[/-]\s*((?:19|20)?\d\d)", text)
    first = int(years[1]) if years and len(years[1]) == 4 else 2000 + int(years[1]) if years else None
    phrase = years[0] if years else ""
    issue = Issue.said("unresolved_time", "issue_fiscal_split", phrase=phrase)
    options = [f"{label} {first}", f"{label} {first + 1}"] if first else []
    return _clarify(lang, options, issue, intent=plan.intent)


def _clarify_reversed(plan: QueryPlan, norm: str, lang: str, as_of: dt.date) -> QueryPlan:
    """"revenue between May 2024 and April 2024": a range that ends before it starts is asked back (the range
    the other way round, or the two periods compared), never silently read as a comparison (docs/ask.md)."""
    phrase, a, b = (timewords.reversed_ranges(norm, as_of) or [(timewords.REVERSED, "", "")])[0]
    issue = Issue.said("unresolved_time", "issue_reversed_range", phrase=phrase)
    metric = SEMANTIC_MODEL.metrics[plan.metrics[0]] if plan.metrics else SEMANTIC_MODEL.metrics["revenue"]
    label = metric.label(lang).capitalize()
    options = [say("parser_reversed_range", lang, metric=label, start=b, end=a),
               say("parser_reversed_compare", lang, metric=label, a=a, b=b)] if a else []
    return _clarify(lang, options, issue, intent=plan.intent)


_ORDER_WORDS = (r"(?:orders?|bestellungen|bestellung|auftragen|auftrage|auftrag|purchases?|invoices?|rechnungen|rechnung|"
                r"kaufen|kaufe|kauf|einkaufe|"
                rf"einkauf|{order_words_pattern()}|mal|times)")  # other trades' order words: the semantic model's
_ONE = {"one": 1, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1}
_TIMES = {"einmal": 1, "once": 1, "zweimal": 2, "twice": 2, "dreimal": 3, "thrice": 3, "viermal": 4,
          "funfmal": 5, "zehnmal": 10}
_THRESHOLD = lazy_re.compile(
    rf"\b(?P<op>more\s+than|mehr\s+als|over|uber|at\s+least|mindestens)\s+(?:(?P<n>\d+|{'|'.join(_ONE)})\s+"
    rf"{_ORDER_WORDS}|(?P<w>{'|'.join(_TIMES)}))\b"
    rf"|\b(?P<n2>\d+)\s+(?:or\s+more|oder\s+mehr)\s+{_ORDER_WORDS}\b")


# "Jahresumsätze im Vergleich", "monthly revenues": the figure per period (the singular "Jahresumsatz 2011"
# stays the revenue of that year)
_PERIOD_PLURAL_READING = {
    "jahresumsatze": "umsatz je jahr", "monatsumsatze": "umsatz je monat", "quartalsumsatze": "umsatz je quartal",
    "annual revenues": "revenue by year", "yearly revenues": "revenue by year", "monthly revenues": "revenue by month",
    "quarterly revenues": "revenue by quarter", "annual sales figures": "revenue by year",
    "monthly sales figures": "revenue by month",
}
_PERIOD_PLURALS = lazy_re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _PERIOD_PLURAL_READING), key=len, reverse=True))
                             + r")\b")

# possessive loop: one way only to split "a, b, c" (a long run of letters never backtracks exponentially)
_ABC_LIST = lazy_re.compile(r"\b(?P<letters>[abc](?:(?:\s*,\s*|\s+)[abc]\b)*+)\s*,?\s+(?P<conj>und|and|or|oder|sowie)\s+"
                       r"(?P<last>[abc])\s+(?P<noun>kunden|customers|klasse|class|klassen|classes)\b")


def _abc_each(m: re.Match) -> str:
    """"A, B and C customers", "A-, B- und C-Kunden": each class named in full, so none of the letters is
    lost (a bare 'A' is an article)."""
    noun = {"klassen": "klasse", "classes": "class"}.get(m.group("noun"), m.group("noun"))
    letters = [*re.findall(r"[abc]", m.group("letters")), m.group("last")]
    return f" {m.group('conj')} ".join(f"{letter} {noun}" for letter in dict.fromkeys(letters))


_CONTACT = lazy_re.compile(
    r"\b(?P<neg>ohne|keine?n?|no|without|kein)?\s*(?:(?:eine|einer|einen|a|an|their|ihre|ihrer)\s+)?"
    r"(?P<what>e\s?mail(?:\s+(?:adressen?|address(?:es)?))?|mail\s+(?:adressen?|address(?:es)?)|"
    r"telefonnummern?|telefon|handynummern?|phone\s+numbers?|phone|telephone\s+numbers?|mobile\s+numbers?)\b"
    r"(?:\s+(?:hinterlegt|angegeben|on\s+file|stored|given))?")
_CONTACT_COLUMN = {"e": "email", "m": "email", "t": "phone", "h": "phone", "p": "phone"}


def _contact_details(rest: str, signals: Signals, ds: Dataset | None = None) -> str:
    """"Kunden ohne Telefonnummer", "How many customers have an e-mail address?": the customers with or
    without that contact detail, as a population of the plan (the contact *preference* is another column).
    Only read where the question speaks of having one, so "Kontaktpräferenz Telefon" stays a value; a word that
    is a value of the data ('Telefon' as a sales channel: "Umsatz ohne Telefon") stays that value."""
    m = _CONTACT.search(rest)
    if m is None:
        return rest
    if ds is not None and m.group("what") in value_index(ds):
        return rest
    before = rest[:m.start()].split()[-2:]
    if not (m.group("neg") or {"haben", "hat", "have", "has", "with", "mit"} & set(before)):
        return rest
    column = _CONTACT_COLUMN[m.group("what")[0]]
    signals.population = f"{'without' if m.group('neg') else 'with'}_{column}"
    signals.population_word = m.group("what")
    return rest[:m.start()] + " " + rest[m.end():]


# the classes of an NPS survey named as people ("Umsatz der Promotoren", "average order value of detractors"); not
# after or before a share word, where they name the class's share ("share of detractors", "Kritikeranteil")
_NPS_CLASS = lazy_re.compile(
    r"(?<!share of )(?<!percentage of )(?<!proportion of )(?<!anteil )(?<!anteil der )(?<!% )(?<!net )"
    r"\b(?P<what>promoters?|promotoren|promotern|fursprecher(?:n)?|detractors?|detraktoren|kritiker(?:n)?|passives|"
    r"passiven|indifferenten)\b(?!\s+(?:share|rate|anteil|quote|score))")
_NPS_CLASS_OF = {"p": "promoters", "f": "promoters", "d": "detractors", "k": "detractors", "i": "passives"}


def _nps_class(rest: str, signals: Signals) -> str:
    """"Umsatz der Promotoren", "average order value of detractors": the customers whose latest NPS answer is in
    that class (promoters 9–10, passives 7–8, detractors 0–6), as a population of the plan; whether the data has
    NPS answers is checked with the plan (else the word is asked back)."""
    if signals.population is not None:
        return rest
    m = _NPS_CLASS.search(rest)
    if m is None or SHARE_OR_COUNT_BEFORE.search(rest[:m.start()]):
        return rest  # "Wie viele Detraktoren?": the NPS's own count of answers (metric detractors)
    what = m.group("what")
    signals.population = "passives" if what.startswith("passiv") else _NPS_CLASS_OF[what[0]]
    signals.population_word = what
    return rest[:m.start()] + " " + rest[m.end():]


_REPEAT_CUSTOMERS = lazy_re.compile(
    r"\b(?:repeat|regular|returning|recurring)\s+(?P<en>customers?|buyers?|clients?|shoppers?)\b"
    r"|\b(?P<de>stammkund(?:e|en|in|innen)|wiederkaufer(?:n|innen)?|wiederholungskaufer(?:n)?)\b")


_N = rf"(?:\d+|{'|'.join(_ONE)})"
_EXACT = lazy_re.compile(
    rf"\b(?P<op>exactly|only|just|genau|nur|hochstens|at\s+most|no\s+more\s+than|nicht\s+mehr\s+als)\s+"
    rf"(?:(?P<n>{_N})\s+(?:einzige[nm]?\s+|single\s+)?{_ORDER_WORDS}|(?P<w>{'|'.join(_TIMES)})"
    rf"|(?:ein\s+)?einziges\s+mal|a\s+single\s+(?:time|order|purchase))\b"
    r"|\b(?P<one>one[\s-]time\s+(?:buyers?|customers?|shoppers?|purchasers?)|single[\s-]purchase\s+customers?"
    r"|einmalkauf(?:er|erinnen|ern)|einmalkund(?:e|en|innen)|einmalbesteller(?:n|innen)?)\b"
    # "customers who only ever bought once": the verb before 'once' says the same as 'exactly once'
    r"|\b(?P<once>(?:only\s+|just\s+)?(?:ever\s+)?(?:bought|ordered|purchased|shopped)\s+(?:only\s+|just\s+)?once)\b")
_BELOW = lazy_re.compile(rf"\b(?:unter|under|below|fewer\s+than|less\s+than|weniger\s+als)\s+(?P<n>{_N})\s+{_ORDER_WORDS}\b")
# what a count after 'nur'/'only' must be followed by to be an order condition ('nur 2 Länder' is not)
_AGAIN = lazy_re.compile(  # an adverb of later before it says the same ("haben später nochmal gekauft")
    r"\b(?:(?:spater|danach|anschliessend|later|afterwards)\s+)?(?:came\s+back\s+for\s+a\s+second\s+(?:order|purchase)|came\s+back\s+(?:and\s+)?(?:ordered|bought)"
    r"|(?:ordered|bought|purchased)\s+again|placed\s+a\s+second\s+order|made\s+a\s+second\s+purchase"
    r"|ein\s+zweites\s+mal\s+(?:bestellt|gekauft)|erneut\s+(?:bestellt|gekauft)|nochmal(?:s)?\s+(?:bestellt|gekauft)"
    r"|wieder\s+(?:bestellt|gekauft)|wiedergekommen|wieder\s+gekommen"
    # a payments trade's buying is paying (Patreon, Stripe): "paid again", "still paid in 2024", "wieder zahlten"
    r"|(?:paid|pay|pays)\s+again|still\s+(?:paid|bought|ordered|purchased)"
    r"|(?:wieder|erneut)\s+(?:bezahlt|gezahlt|zahlten|bezahlten|kauften|bestellten)"
    r"|(?:zahlten|bezahlten|kauften|bestellten)\s+(?:wieder|erneut))\b")


# "customers who did not churn": the churn verb in a relative clause names who, like 'churned'
_WHO_CHURN = lazy_re.compile(r"\b(who|that)\s+(did\s+not\s+|didnt\s+|do\s+not\s+|dont\s+|never\s+|not\s+)?churn\b")
_NEGATIONS = {"not", "nicht", "never", "nie", "no", "kein", "keine", "didnt", "havent", "hasnt"}
# "customers who stayed", "die gebliebenen Kunden": those who did not churn
_STAYED = lazy_re.compile(r"\b(?:(?:who|that)\s+)?(?:stayed|remained|were\s+retained|are\s+still\s+(?:active|with\s+us))\b"
                     r"|\b(?:geblieben|gebliebenen|verblieben|verbliebenen|treu\s+geblieben)\b")
_LEFT_US = lazy_re.compile(r"\b(?:(?:have|has|who|that)\s+)?left\s+(?:us|the\s+(?:bank|company|firm|shop|store|business|brand))\b"
                      r"|\b(?:uns|die\s+(?:bank|firma)|das\s+(?:unternehmen|geschaft)|den\s+(?:shop|laden))\s+verlassen\b")
# "customers who left" with nothing left behind them: the customers gone (churned); "who left a review" is not
_WHO_LEFT = lazy_re.compile(r"\b(?:who|that)\s+(?:have\s+|has\s+|had\s+)?left\b(?=\s*$|\s+(?:in|by|per|and|or|since|during|"
                       r"last|this|after|before|nach|je)\b)")
_CUSTOMER_WORD = lazy_re.compile(  # the trades' own words too: 'Unterstützer', 'patrons', 'Mitglieder'
    rf"\b(?:customers?|clients?|buyers?|kunden|kundinnen|kunde|{customer_words_pattern()})\b")


_CMP_WORDS = {
    "gt": r"above|over|more\s+than|greater\s+than|higher\s+than|larger\s+than|exceeding|uber|mehr\s+als|"
          r"grosser\s+als|hoher\s+als|von\s+uber",
    "ge": r"at\s+least|mindestens|von\s+mindestens|ab",
    "lt": r"below|under|less\s+than|lower\s+than|smaller\s+than|unter|weniger\s+als|kleiner\s+als|niedriger\s+als|"
          r"von\s+unter",
    "le": r"at\s+most|up\s+to|hochstens|von\s+hochstens|bis",
    "in": r"of|equal\s+to|equals|von|gleich|exactly|genau|von\s+genau",
}
_NUMBER = rf"(?P<n>(?:\d{{1,3}}(?:\s\d{{3}})+|\d+){numbers.CENTS}|zero|null)(?:\s*(?P<scale>k|tsd|tausend|thousand|mio|million|millionen))?"
_SCALE = {"k": 1e3, "tsd": 1e3, "tausend": 1e3, "thousand": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6}
_AGE_CMP = lazy_re.compile(rf"\b(?P<op>older|alter|younger|junger)\s+(?:than|als)\s+{_NUMBER}(?:\s+(?:years?|jahre?n?))?\b")


def _comparisons(rest: str, ds: Dataset, signals: Signals) -> str:
    """'customers with a balance above 100000', 'Kunden älter als 50', 'Income von mindestens 50 000': a
    numeric column compared with one number becomes a filter of the plan (never a grouping by each value)."""
    from insight.semantic.client import client_columns

    def number(m: re.Match) -> float:
        raw = m.group("n")
        value = 0.0 if raw in ("zero", "null") else numbers.amount(raw)
        return value * _SCALE.get(m.group("scale") or "", 1.0)

    def add(dim: str, op: str, value: float) -> None:
        signals.filters.append(Filter(dimension=dim, op=op, values=(int(value) if value.is_integer() else value,)))

    if "age" in ds.customers.columns:
        m = _AGE_CMP.search(rest)
        if m is not None:
            add("age", "gt" if m.group("op") in ("older", "alter") else "lt", number(m))
            rest = rest[:m.start()] + " " + rest[m.end():]
        band = thresholds.age_band(rest)  # "die über 60-Jährigen", "customers aged over 60", "the over-60s"
        if band is not None:
            add("age", band[0], float(band[1]))
            rest = rest[:band[2][0]] + " " + rest[band[2][1]:]
    from insight.semantic.client import column_phrases, counted_things

    columns: dict[str, str] = {}
    earning = None
    for col in client_columns(ds):
        things = counted_things(col) if col.numeric and not col.is_flag else ()
        if things:  # "customers with 3 products", "Kunden mit vier Produkten": NumOfProducts = 3; "more than 10
            # web purchases", "3 or more products", "mindestens 2 Produkte": the count compared
            words = "|".join(sorted(map(re.escape, things), key=len, reverse=True))
            ops = "|".join(f"(?P<{op}>{w})" for op, w in _CMP_WORDS.items() if op != "in")
            counted = lazy_re.compile(rf"\b(?:with|mit|have|haben|has|hat|own|owning|besitzen)\s+(?:exactly\s+|genau\s+|"
                                 rf"(?:{ops})\s+)?(?P<n>\d+)(?:\s+(?P<more>or\s+more|oder\s+mehr)|\s+(?P<less>or\s+"
                                 rf"(?:fewer|less)|oder\s+weniger))?\s+(?:{words})\b")
            while (m := counted.search(rest)) is not None:
                op = next((o for o in ("gt", "ge", "lt", "le") if m.group(o)), None) or \
                    ("ge" if m.group("more") else "le" if m.group("less") else "in")
                add(col.name, op, float(m.group("n")))
                rest = rest[:m.start()] + " " + rest[m.end():]
        if col.numeric and not col.is_flag:
            for phrase in (col.label, col.name.replace("_", " "), col.name, *column_phrases(col)):
                columns.setdefault(fold(phrase), col.name)
            if earning is None and re.search(r"income|salary|einkommen|gehalt|lohn", col.name):
                earning = col.name
    if earning is not None:  # "customers who earn more than 80000", "Kunden, die mehr als 50000 verdienen"
        for verb in ("earn", "earns", "earning", "verdienen", "verdient", "verdienten"):
            columns.setdefault(verb, earning)
        verbs = r"(?:verdienen|verdient|verdienten)"
        ops = "|".join(f"(?P<{op}>{words})" for op, words in _CMP_WORDS.items() if op != "in")
        after = lazy_re.compile(rf"\b(?:{ops})\s+{_NUMBER}{_MONEY_WORD}\s+{verbs}\b")
        while (m := after.search(rest)) is not None:
            add(earning, next(o for o in ("gt", "ge", "lt", "le") if m.group(o)), number(m))
            rest = rest[:m.start()] + " " + rest[m.end():]
    if "age" in ds.customers.columns:
        columns.update({"age": "age", "alter": "age"})
    rest = _flag_equals(rest, ds)
    if not columns:
        return rest
    rest = _ranges_and_zero(rest, columns, add, number)
    names = "|".join(sorted(map(re.escape, columns), key=len, reverse=True))
    ops = "|".join(f"(?P<{op}>{words})" for op, words in _CMP_WORDS.items())
    pattern = lazy_re.compile(rf"\b(?P<col>{names})\s+{thresholds.CONNECTOR}(?:{ops})\s+{_NUMBER}{thresholds.PERCENT_WORD}"
                         r"(?:\s*(?:€|eur|euro|dollars?|usd|years?|jahre?n?|months?|monate?n?))?\b")
    known = thresholds.by_name(ds)
    while (m := pattern.search(rest)) is not None:
        op = next(o for o in _CMP_WORDS if m.group(o))
        name = columns[m.group("col")]  # "Rabatt über 20 %" on a column of fractions: Discount > 0.2
        add(name, op, thresholds.percent_scaled(number(m), known.get(name), bool(m.group("pct"))))
        rest = rest[:m.start()] + " " + rest[m.end():]
    # the number before the column: "customers with more than five years tenure", "mit über 5 Jahren Tenure"
    # ("Kunden mit mehr als 50 Mitarbeitern": the German dative plural of the column's word names it too)
    before = lazy_re.compile(rf"\b(?P<with>with|mit|having|have|has|haben|hat)\s+(?:{ops})\s+{_NUMBER}"
                        rf"(?:\s+(?:years?|jahren?|jahre|months?|monaten?|monate))?\s+(?:of\s+)?(?P<col>{names})"
                        rf"(?P<plural>n|en)?\b")
    while (m := before.search(rest)) is not None:
        add(columns[m.group("col")], next(o for o in _CMP_WORDS if m.group(o)), number(m))
        rest = rest[:m.start()] + f" {m.group('with')} " + rest[m.end():]
    rest = _column_equals(rest, ds, columns, add)
    return thresholds.presence(rest, ds, columns, add)  # "mit Rabatt" (> 0), "ohne Rabatt" (= 0)


_FEW_VALUES = 20


def _column_equals(rest: str, ds: Dataset, columns: dict[str, str], add) -> str:
    """'Kidhome 0', 'Teenhome = 1': a whole number right after a numeric column with few whole values (a count
    such as children at home) that is one of those values is that value, never a stray number."""
    from insight.semantic.client import column

    names = "|".join(sorted(map(re.escape, columns), key=len, reverse=True))
    pattern = lazy_re.compile(rf"\b(?P<col>{names})\s+(?:=\s*)?(?P<n>\d{{1,3}})\b(?!\s*(?:%|prozent|percent))")
    start = 0
    while (m := pattern.search(rest, start)) is not None:
        start = m.end()
        col = column(ds, columns[m.group("col")])
        if col is None or col.name == "age":
            continue
        values = ds.table(col.table).get_column(col.name).drop_nulls()
        if not values.dtype.is_integer() or values.n_unique() > _FEW_VALUES or int(m.group("n")) not in values:
            continue
        add(col.name, "in", float(m.group("n")))
        rest = rest[:m.start()] + " " + rest[m.end():]
        start = m.start()
    return rest


_A = _NUMBER.replace("<n>", "<a>").replace("<scale>", "<sa>")
_B = _NUMBER.replace("<n>", "<b>").replace("<scale>", "<sb>")
_AGE_RANGES = (lazy_re.compile(rf"\b(?:between|zwischen)\s+{_A}\s+(?:and|und)\s+{_B}\s*(?:years?|jahren?|jahre)?\s+(?:old|alt)\b"),
               lazy_re.compile(rf"\baged\s+(?:between\s+)?{_A}\s+(?:and|to|bis)\s+{_B}(?:\s+years?)?\b"))
_NONE_OF = r"(?:(?:an?|einen|einem|eine)\s+)?(?:zero|null|no|kein|keine|keinen|keinem)"


def _ranges_and_zero(rest: str, columns: dict[str, str], add, number) -> str:
    """'zwischen 30 und 40 Jahre alt', 'Balance between 1000 and 5000' (both bounds included), 'a zero balance',
    'keinen Kontostand' (= 0): a numeric column bounded on both sides or equal to zero."""
    def value(m: re.Match, which: str) -> float:
        raw = m.group(which)
        scale = m.group("sa" if which == "a" else "sb") or ""
        return (0.0 if raw in ("zero", "null") else float(raw.replace(" ", ""))) * _SCALE.get(scale, 1.0)

    for pattern in _AGE_RANGES if "age" in columns.values() else ():
        while (m := pattern.search(rest)) is not None:
            low, high = sorted((value(m, "a"), value(m, "b")))
            add("age", "ge", low)
            add("age", "le", high)
            rest = rest[:m.start()] + " " + rest[m.end():]
    names = "|".join(sorted(map(re.escape, columns), key=len, reverse=True))
    between = lazy_re.compile(rf"\b(?P<col>{names})\s+(?:(?:is|ist|liegt|liegen|von|of)\s+)?(?:between|zwischen)\s+"
                         rf"{_A}\s+(?:and|und)\s+{_B}\b")
    while (m := between.search(rest)) is not None:
        low, high = sorted((value(m, "a"), value(m, "b")))
        add(columns[m.group("col")], "ge", low)
        add(columns[m.group("col")], "le", high)
        rest = rest[:m.start()] + " " + rest[m.end():]
    zero = lazy_re.compile(rf"\b{_NONE_OF}\s+(?P<col>{names})\b")
    while (m := zero.search(rest)) is not None:
        add(columns[m.group("col")], "in", 0.0)
        rest = rest[:m.start()] + " " + rest[m.end():]
    return rest


_FLAG_VALUE = r"(?:equal\s+to\s+|gleich\s+|ist\s+|is\s+)?(?P<v>1|0|yes|no|true|false|ja|nein|wahr|falsch)\b"


def _flag_equals(rest: str, ds: Dataset) -> str:
    """'AcceptedCmp3 = 1', 'Complain = yes': a yes/no column set to its yes value is the flag itself (as
    'customers who accepted campaign 3'); set to its no value, the flag negated ('nicht'). 'inaktive
    Mitglieder', 'inactive members', 'non-members' on a flag named 'IsActiveMember': the flag's words with a
    negating prefix are the flag negated."""
    from insight.semantic.client import client_columns, column_phrases

    flags = [col for col in client_columns(ds) if col.is_flag]
    names = sorted({fold(p) for col in flags for p in (col.label, col.name, col.name.replace("_", " "))},
                   key=len, reverse=True)
    if not names:
        return rest
    pattern = lazy_re.compile(rf"\b(?P<col>{'|'.join(map(re.escape, names))})\s+{_FLAG_VALUE}")

    def flag(m: re.Match) -> str:
        yes = m.group("v") in ("1", "yes", "true", "ja", "wahr")
        return f" {m.group('col')} " if yes else f" nicht {m.group('col')} "

    rest = pattern.sub(flag, rest)
    rest = _flag_adjective_before_customers(rest, flags)
    words = sorted({fold(p) for col in flags for p in column_phrases(col) if len(fold(p)) >= 5}, key=len, reverse=True)
    if not words:  # flags of short names only ('Paid?'): an empty alternation would read every bare "in" as "nicht"
        return rest
    negated = lazy_re.compile(rf"\b(?:in|un|non|non\s+)(?P<w>{'|'.join(map(re.escape, words))})(?:e|en|er|es|em|n|r|s)?\b")
    return negated.sub(lambda m: f" nicht {m.group('w')} ", rest)


_ADJECTIVE_ENDING = lazy_re.compile(r"(?:e|en|er|es)$")
_PEOPLE_WORDS = r"(?:kunden|kunde|kundinnen|customers|customer|clients|client)"


def _flag_adjective_before_customers(rest: str, flags: list) -> str:
    """'aktive Kunden', 'aktiver Kunden', 'active customers', 'inaktive Kunden' where a yes/no column names its
    people by an adjective ('IsActiveMember': 'active members', 'aktive Mitglieder'): the adjective before the
    customers noun is that flag, read as the flag's own people phrase (a filter of the customers, never the
    customers count's synonym 'aktive Kunden' that drops the flag)."""
    from insight.semantic.client import column_phrases

    people: dict[str, str] = {}  # adjective stem → the flag's phrase of the people it marks
    for col in flags:
        for phrase in column_phrases(col):
            words = fold(phrase).split()
            if len(words) == 2 and words[1] in _MEMBER_NOUNS and len(words[0]) >= 4:
                people.setdefault(_ADJECTIVE_ENDING.sub("", words[0]), " ".join(words))
    if not people:
        return rest
    stems = "|".join(map(re.escape, sorted(people, key=len, reverse=True)))
    pattern = lazy_re.compile(rf"\b(?P<neg>in|un|non\s*)?(?P<adj>{stems})(?:e|en|er|es)?\s+{_PEOPLE_WORDS}\b")
    return pattern.sub(lambda m: f"{m.group('neg') or ''}{people[m.group('adj')]}", rest)


_MONEY_WORD = r"(?:\s*(?:€|\$|eur|euro|euros|dollars?|usd|pfund|pounds?|gbp|chf|franken))?"
_SPEND_OPS = "|".join(f"(?P<{op}>{words})" for op, words in _CMP_WORDS.items() if op != "in")
_REVENUE_NOUN = r"(?:revenue|sales|spend|spending|turnover|umsatz|umsatzen|umsatze|gesamtumsatz|einkaufswert)"
# "between 1,000 and 5,000", "zwischen 100 und 200 $": a range of amounts, both ends included
_LOW_NUMBER = _NUMBER.replace("(?P<n>", "(?P<low>").replace("(?P<scale>", "(?P<low_scale>")
_SPEND_CMP = rf"(?:(?:{_SPEND_OPS})\s+|(?P<between>between|zwischen)\s+{_LOW_NUMBER}{_MONEY_WORD}\s+(?:and|und)\s+)"
_SPEND = [lazy_re.compile(p) for p in (
    # "spent more than 100 dollars", "bought for over 500", "with revenue of more than 1000"
    rf"\b(?:spent|spend|spends|spending|bought\s+for|purchased\s+for|ordered\s+for|generated|"
    rf"(?:with|have|has|had)\s+(?:an?\s+)?(?:total\s+|lifetime\s+|overall\s+)?{_REVENUE_NOUN}\s+(?:of\s+)?|"
    # "customers whose lifetime revenue is under 50", "Kunden, deren Umsatz unter 50 …"
    rf"(?:whose|deren|dessen)\s+(?:lifetime\s+|total\s+|overall\s+|gesamte[rn]?\s+)?{_REVENUE_NOUN}\s+"
    rf"(?:(?:is|was|are|were|ist|war)\s+)?|"
    rf"(?:haben|hat|hatten)\s+(?:einen\s+)?{_REVENUE_NOUN}\s+(?:von\s+)?|"
    rf"mit\s+(?:einem\s+)?{_REVENUE_NOUN}\s+(?:von\s+)?)\s*(?:in\s+total\s+)?{_SPEND_CMP}{_NUMBER}{_MONEY_WORD}",
    # "mehr als 100 Euro ausgegeben", "with more than 1000 in revenue", "mit mehr als 1.000 € Umsatz"
    rf"\b{_SPEND_CMP}{_NUMBER}{_MONEY_WORD}\s+(?:(?:in\s+)?{_REVENUE_NOUN}\b|ausgegeben|umgesetzt|"
    r"eingekauft|gekauft|bestellt|bezahlt|gezahlt)",
)]


_GROUP_THRESHOLD = lazy_re.compile(rf"\b(?:{_SPEND_OPS})\s+(?P<n>\d+)\s+(?P<noun>customers|clients|kunden|kundinnen)\b")
_GROUP_ORDER_THRESHOLD = lazy_re.compile(  # "Länder mit mehr als 100 Bestellungen", "months with over 50 orders"
    rf"\b(?P<group>\w+)\s+(?:mit|with|having)\s+(?:{_SPEND_OPS})\s+(?P<n>\d+)\s+(?P<noun>{_ORDER_WORDS})\b")


_OUTSIDE_TOP = lazy_re.compile(
    r"\b(?:ohne|without|excluding|except|exklusive|ausser|abzuglich|minus)\s+(?:(?:die|den|der|the|our|unsere|unseren)\s+)?"
    r"(?:(?P<top>top)\s*(?P<n1>\d+)|(?P<n2>\d+)\s+(?:top|grossten|besten|wichtigsten|starksten|umsatzstarksten|biggest|"
    r"largest|best|top|most\s+valuable|wertvollsten))\s+(?:kunden|customers|clients|kundinnen)\b")


def _outside_top(rest: str, signals: Signals) -> str:
    """'Umsatz 2024 ohne die zehn größten Kunden', 'revenue excluding the top 10 customers': everyone but the top N
    customers by revenue — never the top-N list itself."""
    m = _OUTSIDE_TOP.search(rest)
    if m is None:
        return rest
    signals.outside_top = int(m.group("n1") or m.group("n2"))
    return rest[:m.start()] + " " + rest[m.end():]


def _cancelled_word(m: Mention) -> bool:
    """A word read as the cancelled count only ('stornierte', 'stornierte Aufträge')."""
    return bool(m.senses) and all(s.kind == "metric" and s.name in ("cancelled_lines", "cancelled_orders")
                                  for s in m.senses)


_OF_WHOM = {"mit", "von", "der", "den", "bei", "unter", "durch", "of", "from", "by", "among", "with", "for", "fur"}
_SHARE_OF_WHOM = {"anteil", "share", "umsatzanteil", "proportion", "prozentsatz"}


def _new_customer_population(plan: QueryPlan, tokens: list[str], mentions: list[Mention],
                             signals: Signals) -> QueryPlan:
    """'Umsatz mit Neukunden 2024', 'AOV of new customers': the figure of the customers whose first order lies in
    the window, never all customers' figure beside a count of new ones. 'Anteil der Neukunden (an allen Kunden)':
    new customers / all customers of the window."""
    if plan.status != "ok" or "new_customers" not in plan.metrics or plan.intent not in ("metric", "rank", "trend"):
        return plan
    others = [m for m in plan.metrics if m != "new_customers"]
    if "share" in signals.keywords and set(others) <= {"customers", "customer_share"}:
        signals.steps.append("new_customer_population")  # "Prozent der Neukunden 2024 kamen über Google Ads"
        shared = plan.model_copy(update={"metrics": ("customer_share",)}).restrict(new=True)
        return scoped_customer_share(shared, mentions, tokens)
    at = next((m for m in mentions if any(s.kind == "metric" and s.name == "new_customers" for s in m.senses)), None)
    # "Anteil Neukunden am Umsatz 2011": right after the share word the new customers are whose share is meant
    # (their revenue in the window / the window's revenue), never their count beside all customers' share
    if not others or at is None or not (at.start and (tokens[at.start - 1] in _OF_WHOM or (
            tokens[at.start - 1] in _SHARE_OF_WHOM and "share" in signals.keywords))) or \
            {family(m) for m in others} - {"line", "customer"}:
        return plan
    signals.steps.append("new_customer_population")
    return plan.model_copy(update={"metrics": tuple(others)}).restrict(new=True)


def _group_threshold(rest: str, signals: Signals) -> str:
    """'Which countries have more than 100 customers?': a bound on each group's customer count (HAVING), never a
    top 100 nor a year. The noun stays, so the customer count is still what is asked. 'nur Länder mit mehr als
    100 Bestellungen': a bound on each group's order count where the noun before 'mit' is not the customers
    (then it is a population of customers by their orders, _order_threshold)."""
    orders = _GROUP_ORDER_THRESHOLD.search(rest)
    # "customers in Italy with more than 2 orders": the customers said before are whom the bound is about
    if orders is not None and not _CUSTOMER_WORD.search(rest, 0, orders.end("group")):
        op = next(o for o in ("gt", "ge", "lt", "le") if orders.group(o))
        signals.having = (op, float(orders.group("n")), orders.group(0))
        signals.having_metric = "orders"
        return rest[:orders.start()] + f" {orders.group('group')} {orders.group('noun')} " + rest[orders.end():]
    m = _GROUP_THRESHOLD.search(rest)
    if m is None:
        return rest
    op = next(o for o in ("gt", "ge", "lt", "le") if m.group(o))
    signals.having = (op, float(m.group("n")), m.group(0))
    return rest[:m.start()] + f" {m.group('noun')} " + rest[m.end():]


def _having_plan(plan: QueryPlan, signals: Signals, lang: str, ds: Dataset | None) -> QueryPlan | None:
    """The plan with the group bound, or None where it cannot hold (no grouping, no customer count)."""
    if signals.having is None or plan.status != "ok":
        return plan
    op, bound, _phrase = signals.having
    counted = signals.having_metric
    if not is_headcount(counted):  # each group's order count; the groups are never the customers
        if not plan.group_by or "customer_id" in plan.group_by or plan.intent not in ("metric", "rank"):
            return None
        metrics = plan.metrics if counted in plan.metrics else (*plan.metrics, counted)
        return plan.model_copy(update={"having": (counted, op, bound), "metrics": metrics})
    if plan.group_by and has_headcount(plan.metrics) and plan.intent in ("metric", "rank") and \
            "customer_id" not in plan.group_by:
        return plan.model_copy(update={"having": ("customers", op, bound), "top_n": None, "intent": "metric"})
    if plan.aggregate == "mean" and plan.group_by[:1] == ("customer_id",) and len(plan.group_by) > 1 and \
            plan.intent == "metric":  # "Umsatz pro Kunde nach Land, nur Länder mit mehr als 50 Kunden"
        return plan.model_copy(update={"having": ("customers", op, bound)})
    if plan.group_by and "customer_id" not in plan.group_by[1:] and plan.intent == "metric" and not plan.top_n and \
            {family(m) for m in plan.metrics} == {"line"} and plan.group_by != ("customer_id",):
        # "Umsatz nach Land für Länder mit mindestens 40 Kunden": the count beside, the groups bounded by it
        return plan.model_copy(update={"having": ("customers", op, bound),
                                       "metrics": (*plan.metrics, "customers")})
    return None


def _spend_threshold(rest: str, signals: Signals) -> str:
    """'customers who spent more than 100 dollars', 'Kunden mit mehr als 1.000 € Umsatz': a bound on each
    customer's revenue (window and filters apply), read before the number could be dropped as a stray
    number. Only where the question speaks of customers (or asks who)."""
    if not (_CUSTOMER_WORD.search(rest) or re.search(r"\b(?:who|wer)\b", rest)):
        return rest
    for pattern in _SPEND:
        m = pattern.search(rest)
        if m is None:
            continue
        raw = m.group("n")
        value = (0.0 if raw in ("zero", "null") else numbers.amount(raw)) * _SCALE.get(m.group("scale") or "", 1.0)
        if m.group("between"):  # "between 1,000 and 5,000": ≥ the first, ≤ the second
            low = (0.0 if m.group("low") in ("zero", "null") else numbers.amount(m.group("low"))) * \
                _SCALE.get(m.group("low_scale") or "", 1.0)
            if value < low:
                return rest  # "zwischen 300 und 100": left to the parser, which asks
            signals.spend = ("ge", low, value)  # type: ignore[assignment]
            return rest[:m.start()] + " " + rest[m.end():]
        op = next(o for o in ("gt", "ge", "lt", "le") if m.group(o))
        signals.spend = (op, value)  # type: ignore[assignment]
        return rest[:m.start()] + " " + rest[m.end():]
    return rest


_RISK_NOUN = r"(?:churn\s+risk|risk\s+of\s+churn(?:ing)?|churn\s+probability|abwanderungsrisiko|" \
             r"abwanderungswahrscheinlichkeit|kundigungsrisiko)"
_RISK = lazy_re.compile(rf"\b{_RISK_NOUN}\s+(?:(?:von|of|is|ist)\s+)?(?:{_SPEND_OPS})\s+(?P<n>\d+)\s*"
                   r"(?P<pct>%|prozent|percent|pct)?(?!\s*\d)")


# "abwanderungsgefährdet (Risiko über 50 %)": a bare risk word is the churn risk where the question speaks of churn
_BARE_RISK = lazy_re.compile(rf"\b(?:risiko|risk)\s+(?:(?:von|of|is|ist)\s+)?(?:{_SPEND_OPS})\s+(?P<n>\d+)\s*"
                             r"(?P<pct>%|prozent|percent|pct)?(?!\s*\d)")
_CHURN_STEM = lazy_re.compile(r"\b(?:abwander|churn|kundig|abspring)\w*")


# "P(alive) above 0.5", "Aktivwahrscheinlichkeit unter 50 %": a bound on P(alive) is one on the churn risk, its
# complement (metrics.md: churn_risk = 1 − p_alive) — the bound mirrored
_ALIVE_NOUN = r"(?:p\s*alive|aktivwahrscheinlichkeit|uberlebenswahrscheinlichkeit|probability\s+(?:of\s+)?(?:being\s+)?" \
              r"(?:still\s+)?(?:alive|active))"
_ALIVE = lazy_re.compile(rf"\b{_ALIVE_NOUN}\s+(?:(?:von|of|is|ist)\s+)?(?:{_SPEND_OPS})\s+"
                         r"(?P<n>0\s\d+|\d+(?:[.,]\d+)?)\s*(?P<pct>%|prozent|percent|pct)?(?!\s*\d)")
_MIRRORED = {"gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}


def _risk_threshold(rest: str, signals: Signals) -> str:
    """'Abwanderungsrisiko über 80 %', 'churn risk above 50 percent': a bound on each customer's modelled churn
    risk (a number above 1 is a percentage): which customers, so the phrase leaves the text like any population.
    A bare 'Risiko' / 'risk' with a bound is the churn risk where another word of the question speaks of churn
    ("abwanderungsgefährdet (Risiko über 50 %)"); elsewhere it stays a number to ask about."""
    m = _RISK.search(rest)
    if m is None and _CHURN_STEM.search(rest):
        m = _BARE_RISK.search(rest)
    alive = m is None and (m := _ALIVE.search(rest)) is not None
    if m is None:
        return rest
    value = float(m.group("n").replace(",", ".").replace("0 ", "0.", 1))  # "0.5" reaches here as "0 5"
    if m.group("pct") or value > 1:
        value /= 100
    if not 0 <= value <= 1:
        return rest
    op = next(o for o in ("gt", "ge", "lt", "le") if m.group(o))
    signals.churn_risk = (_MIRRORED[op], round(1 - value, 12)) if alive else (op, value)
    return rest[:m.start()] + " " + rest[m.end():]


def _risk_population(plan: QueryPlan, signals: Signals, lang: str, ds: Dataset | None) -> QueryPlan:
    """The customers whose churn risk passes the bound, counted ("Wie viele Kunden haben ein Abwanderungsrisiko
    über 80 %?") or as the population of another figure; never the bound dropped silently."""
    if plan.intent == "at_risk" and "count" in signals.keywords or plan.metrics in (("churn_risk",), ("customers", "churn_risk")):
        plan = plan.model_copy(update={"intent": "metric", "metrics": ("customers",), "top_n": None, "order": None})
    if not restrictable_to_min_orders(plan):
        signals.unknown = [*signals.unknown, "Abwanderungsrisiko" if lang == "de" else "churn risk"]
        return _leftover(plan, signals, lang, ds)
    assert signals.churn_risk is not None
    return plan.restrict(churn_risk=signals.churn_risk)


def _left_us(rest: str) -> str:
    """'customers who left the bank', 'Kunden, die uns verlassen haben': churned customers (only where the
    question speaks of customers; 'left' alone also means 'remaining')."""
    if not _CUSTOMER_WORD.search(rest):
        return rest
    rest = _STAYED.sub(lambda m: " die nicht abgewandert " if m.group(0).startswith(("geblieb", "verblieb", "treu"))
                       else " who did not churn ", rest)
    rest = _WHO_CHURN.sub(lambda m: f" {m.group(1)} {m.group(2) or ''} churned ", rest)
    rest = _WHO_LEFT.sub(" who churned ", rest)
    return _LEFT_US.sub(lambda m: " abgewandert " if "verlassen" in m.group(0) else " churned ", rest)


# "Kunden mit Bestellungen 2011", "customers with orders in 2011": the customers who ordered (a head count), never the
# orders; read after the bounds on an order's value or count ("Kunden mit Bestellungen über 100") took theirs
_CUSTOMERS_WITH_ORDERS = lazy_re.compile(
    r"\b(?P<who>kunden|kundinnen|customers|clients)\s+(?:mit|with)\s+(?:(?:einer|einem|an|any)\s+)?"
    r"(?:bestellungen|bestellung|auftragen|auftrag|orders?|purchases?)\b"
    r"(?!\s+(?:im\s+wert|uber|unter|zwischen|von|ab|bis|above|over|below|under|between|worth|of|from|\d))")


def _order_threshold(rest: str, signals: Signals) -> str:
    """Customers filtered by their number of orders ("mehr als einmal", "at least 3 orders", "5 or more
    orders", "Stammkunden", "repeat customers" = at least two; "genau einmal", "at most 2 orders",
    "Einmalkäufer" = at most N): the bounds go to ``signals.min_orders`` / ``max_orders``, the phrase is taken
    out of the text."""
    exact = _EXACT.search(rest)
    if exact is not None:
        if exact.group("one") or exact.group("once"):
            n, op = 1, "exactly"
        else:
            raw = exact.group("n") or exact.group("w")
            n = 1 if raw is None else (_ONE.get(raw) or _TIMES.get(raw) or int(raw))
            op = exact.group("op")
        signals.max_orders = n
        if op in ("exactly", "only", "just", "genau", "nur") and n > 1:
            signals.min_orders = n
        word = "customers" if exact.group("one") and exact.group("one")[0] in "os" else "kunden"
        return rest[:exact.start()] + (f" {word} " if exact.group("one") else " ") + rest[exact.end():]
    below = _BELOW.search(rest)
    if below is not None:  # "unter 3 Bestellungen", "fewer than 3 orders": at most N − 1, never a top 3
        raw = below.group("n")
        n = _ONE.get(raw) or int(raw)
        if n >= 2:
            signals.max_orders = n - 1
            return rest[:below.start()] + " " + rest[below.end():]
    again = _AGAIN.search(rest)
    # "Kunden aus 2010, die 2011 wieder gekauft haben" compares two periods: retention, not repeat buyers
    if again is not None and len(signals.windows) < 2 and not re.search(r"kundenbindung|retention|halte", rest):
        signals.min_orders = 2
        return rest[:again.start()] + " " + rest[again.end():]
    if again is not None and len(signals.windows) == 2:  # the customers of one period who ordered again in the
        a, b = sorted(signals.windows, key=lambda w: w.start or dt.date.min)  # next: retention, not the repeat rate
        if a.kind == b.kind and a.end == b.start:
            return rest[:again.start()] + " retention " + rest[again.end():]
        signals.unread = again.group(0)  # two periods apart: asked back, never the next period's retention
    m = _THRESHOLD.search(rest)
    if m is None:
        repeat = _REPEAT_CUSTOMERS.search(rest)
        if repeat is not None and not re.search(r"\b(?:rate|quote|quota|ratio)\b", rest):
            signals.min_orders = 2
            word = "customers" if repeat.group("en") else "kunden"
            return rest[:repeat.start()] + f" {word} " + rest[repeat.end():]
        return rest
    if m.group("n2"):
        n = int(m.group("n2"))
    else:
        raw = m.group("n") or m.group("w")
        n = _ONE.get(raw) or _TIMES.get(raw) or int(raw)
        n += m.group("op").split()[0] in ("more", "mehr", "over", "uber")
    signals.min_orders = n
    return rest[:m.start()] + " " + rest[m.end():]


_CONTINUE_START = (("and",), ("und",), ("what", "about"), ("how", "about"), ("what", "is", "with"),
                   ("was", "ist", "mit"), ("wie", "sieht", "es"), ("wie", "steht", "es"), ("same", "for"),
                   ("also",), ("dazu",), ("plus",))
_ANAPHORA = {"davon", "dabei", "darunter", "those", "these", "dort", "damals"}


def _continues(words: list[str]) -> bool:
    """Whether the question continues the conversation: it starts with and / und / what about, or points back
    with davon / dabei / those / there, or ends with "war das" / "waren das" / "sind das"."""
    if any(tuple(words[:len(start)]) == start for start in _CONTINUE_START):
        return True
    return bool(_ANAPHORA & set(words)) or words[-2:] in (["war", "das"], ["waren", "das"], ["sind", "das"],
                                                         ["ist", "das"], ["were", "they"], ["was", "that"])


# ------------------------------------------------------------------------------------------------
def _kw_positions(mentions: list[Mention]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for idx, m in enumerate(mentions):
        for s in m.senses:
            if s.kind == "kw":
                out.setdefault(s.name, []).append(idx)
    return out


def _names_a_line_column(word: str) -> bool:
    """The word is the own noun of one of the client's order-line columns ('tickets' of 'Ticket Type')."""
    return any(phrasing.names_the_column_of(word, name) for name in SEMANTIC_MODEL.dimensions
               if name not in SEMANTIC_MODEL.dimensions.base and SEMANTIC_MODEL.dimensions[name].source == "line")


def _customer_status_value(m: Mention) -> bool:
    """A churn word that is a value of a customer column ('Gekündigt' of a member list's status): that value."""
    return any(s.kind == "value" and s.name not in ("line_status", "order_status") for s in m.senses)


def _before(mentions: list[Mention], idx: int, kw: str, gap: int = 1) -> bool:
    """Whether one of the ``gap`` mentions before mention ``idx`` is the keyword ``kw``."""
    for j in range(max(0, idx - gap), idx):
        if any(s.kind == "kw" and s.name == kw for s in mentions[j].senses):
            return True
    return False


def _negation_before(mentions: list[Mention], idx: int) -> bool:
    """Whether a negation within the two mentions before value ``idx`` reaches it: a column or value named between
    them is what the negation is about ("churn rate of inactive members in Germany": the members are not active,
    Germany stays included), a customer or order noun is not ("ohne Kunden aus Deutschland"), and neither is the
    value's own column right before it ("ohne die Produktlinie Classic Cars": the value is what is left out)."""
    own = {s.name for s in mentions[idx].senses if s.kind == "value"}
    for j in range(idx - 1, max(0, idx - 2) - 1, -1):
        senses = mentions[j].senses
        if any(s.kind == "kw" and s.name == "not" for s in senses):
            return True
        if j == idx - 1 and own and senses and all(s.kind == "dim" and s.name in own for s in senses) and \
                j > 0 and any(s.kind == "kw" and s.name == "not" for s in mentions[j - 1].senses):
            return True  # "ohne die Produktlinie Classic Cars", "excluding the country France"
        if any(s.kind == "value" or (s.kind == "dim" and s.name not in ("customer_id", *TIME_DIMS)) for s in senses):
            return False
    return False


def _customer_attribute_after(mentions: list[Mention], idx: int) -> bool:
    """Whether the customer word at mention ``idx`` qualifies the attribute right after it ("by customer country",
    "nach Kunden Land"): a dimension word adjacent to it that names no metric."""
    if idx + 1 >= len(mentions) or mentions[idx + 1].start != mentions[idx].end:
        return False
    senses = mentions[idx + 1].senses
    return any(s.kind == "dim" and s.name not in ("customer_id", *TIME_DIMS) for s in senses) and \
        not any(s.kind in ("metric", "kw") for s in senses)


def _metric_between(mentions: list[Mention], idx: int, kw: str) -> bool:
    """Whether a metric is named between the nearest keyword ``kw`` and mention ``idx``: in "Wie viel Umsatz
    haben wir mit Kunden gemacht?" the count word asks for the revenue, not for a count of customers."""
    for j in range(idx - 1, -1, -1):
        if any(s.kind == "kw" and s.name == kw for s in mentions[j].senses):
            return False
        if any(s.kind == "metric" for s in mentions[j].senses):
            return True
    return False


def _top_n(tokens: list[str], mentions: list[Mention], kws: dict[str, list[int]]) -> int | None:
    covered = {i for m in mentions for i in range(m.start, m.end)}
    rank_words = {"top", "bottom", "which", "valuable"}
    for i, tok in enumerate(tokens):
        if not tok.isdigit() or i in covered or not 1 <= int(tok) <= 10000:
            continue
        prev_m = next((m for m in reversed(mentions) if m.end <= i), None)
        next_m = next((m for m in mentions if m.start > i), None)
        prev_is_rank = prev_m is not None and prev_m.end >= i - 1 and any(
            s.kind == "kw" and s.name in rank_words for s in prev_m.senses)
        next_is_thing = next_m is not None and next_m.start <= i + 2 and any(
            s.kind in ("dim", "metric") or (s.kind == "kw" and s.name in ("top", "bottom", "valuable"))
            for s in next_m.senses)
        first = i > 0 and tokens[i - 1] in ("ersten", "first") and not (  # "nur die ersten drei", "the first 5"
            i + 1 < len(tokens) and re.match(r"(?:day|tag|week|woche|month|monat|quart|year|jahr)", tokens[i + 1]))
        if prev_is_rank or first or (next_is_thing and (kws.keys() & rank_words or next_m.start == i + 1)):
            return int(tok)
    return None


def _singular_dimension(mentions: list[Mention], which_at: int, tokens: list[str] | None = None) -> bool:
    """Whether the dimension right after 'which / welches / in welchem' is named in the singular; the verb after
    the noun says it where the pronoun cannot ("Welche Produktlinie hat ...": one, "... haben ...": several)."""
    if mentions[which_at].text in ("welcher", "welches", "welchem"):  # German singular forms ('welche' may be plural)
        return any(s.kind == "dim" for m in mentions[which_at + 1:which_at + 3] for s in m.senses)
    if tokens is not None:
        noun = next((m for m in mentions[which_at + 1:which_at + 3] if any(s.kind == "dim" for s in m.senses)), None)
        number = verb_number(tokens, noun.end) if noun is not None else None
        if number is not None:
            return number
    for m in mentions[which_at + 1:which_at + 3]:
        dims = [s.name for s in m.senses if s.kind == "dim"]
        if dims:
            spec = SEMANTIC_MODEL.dimensions[dims[0]]
            return m.text in {spec.name.replace("_", " "), spec.name.replace("_", ""), fold(spec.label_en),
                              fold(spec.label_de)}
    return False


def _superlative_period(tokens: list[str], mentions: list[Mention]) -> bool:
    """'best-selling month of 2011', 'Schwächster Monat 2010 nach Umsatz': a superlative right before a time grain
    named in the singular asks for the one period (top / bottom 1), not every period of the window."""
    for i, m in enumerate(mentions):
        if not any(s.kind == "kw" and s.name in ("top", "bottom") for s in m.senses) or m.text == "top":
            continue
        following = [n for n in mentions[i + 1:] if n.start <= m.end + 1][:1]
        between = tokens[m.end:following[0].start] if following else []
        if not following or any(t.isdigit() for t in between):
            continue
        dims = [s.name for s in following[0].senses if s.kind == "dim"]
        if dims and dims[0] in TIME_DIMS:
            spec = SEMANTIC_MODEL.dimensions[dims[0]]
            return following[0].text in {spec.name, spec.name.replace("_", ""), fold(spec.label_en), fold(spec.label_de)}
    return _period_with_superlative(tokens, mentions)


_WITH_THE = frozenset({"with", "the", "mit", "dem", "den", "der", "most", "meisten"})


def _period_with_superlative(tokens: list[str], mentions: list[Mention]) -> bool:
    """'month with the fewest customers in 2010', 'Monat mit dem höchsten Umsatz 2011': a time grain named in the
    singular at the start, then 'with the' and a superlative, asks for the one period too."""
    if len(mentions) < 2 or mentions[0].start > 1:
        return False
    dims = [s.name for s in mentions[0].senses if s.kind == "dim"]
    if not dims or dims[0] not in TIME_DIMS:
        return False
    spec = SEMANTIC_MODEL.dimensions[dims[0]]
    if mentions[0].text not in {spec.name, spec.name.replace("_", ""), fold(spec.label_en), fold(spec.label_de)}:
        return False
    sup = mentions[1]
    between = tokens[mentions[0].end:sup.start]
    return bool(between) and set(between) <= _WITH_THE and between[0] in ("with", "mit") and any(
        s.kind == "kw" and s.name in ("top", "bottom") for s in sup.senses) and sup.text != "top"


def interpret(tokens: list[str], mentions: list[Mention], signals: Signals, lang: str,
              as_of: dt.date) -> QueryPlan:
    kws = _kw_positions(mentions)
    relative_which = [i for i in kws.get("which", []) if i > 0 and mentions[i].text in ("who", "that") and any(
        s.kind == "dim" and s.name == "customer_id" for s in mentions[i - 1].senses)]
    if relative_which and len(relative_which) == len(kws.get("which", [])) and "which" not in tokens[:1]:
        del kws["which"]  # "mean Balance of customers who exited": a relative clause, not "which customers?"
    kwset = set(kws)
    if "lost" in kwset and all(_customer_status_value(mentions[i]) for i in kws["lost"]):
        kwset.discard("lost")  # "Wie viele Mitglieder haben gekündigt?": the customers' own status says it
    signals.keywords = kwset
    top_n = _top_n(tokens, mentions, kws)
    signals.top_n = top_n
    signals.singular = ("which" in kws and _singular_dimension(mentions, kws["which"][0], tokens)) or \
        _superlative_period(tokens, mentions)
    signals.customer_word = any(s.kind == "dim" and s.name == "customer_id" for m in mentions for s in m.senses)
    ranked = bool(top_n) or bool(kwset & {"top", "bottom"})

    # values → filters (a value phrase that is also a metric or dimension word means the latter)
    value_hits: dict[str, list[tuple[object, bool]]] = {}
    plain: list[tuple[int, Mention]] = []
    negations = negation.list_negated(tokens, mentions, {  # "excluding cancelled and disputed": both excluded
        idx: _negation_before(mentions, idx) and not _before(mentions, idx, "only", gap=2)
        for idx, m in enumerate(mentions) if any(s.kind == "value" for s in m.senses) or _cancelled_word(m)})
    for idx, m in enumerate(mentions):
        vals = [s for s in m.senses if s.kind == "value"]
        others = [s for s in m.senses if s.kind != "value"]
        negated = negations.get(idx, False)
        if negated and not vals and _cancelled_word(m):
            # "ohne stornierte und strittige Aufträge": cancelled orders never count (metrics.md), so excluding
            # them changes nothing; the negation goes on to the rest of the list, never the cancelled count
            continue
        if vals and (negated or not any(s.kind in ("metric", "dim") for s in others)):
            # a negated word that is a value and a metric ("excluding cancelled") excludes the value
            for s in vals[:1]:
                value_hits.setdefault(s.name, []).append((s.value, negated))
        elif others:
            plain.append((idx, m))

    metric_only = [(i, m) for i, m in plain if any(s.kind == "metric" for s in m.senses)
                   and not any(s.kind == "dim" for s in m.senses)]
    explicit_metrics: list[str] = []
    for _, m in metric_only:
        for s in m.senses:
            if s.kind == "metric" and s.name not in explicit_metrics:
                explicit_metrics.append(s.name)
    line_metric_named = bool(explicit_metrics)

    metrics: list[str] = list(explicit_metrics)
    group_by: list[str] = []
    other_dims = [d for _, m in plain for d in [s.name for s in m.senses if s.kind == "dim"][:1]
                  if d != "customer_id" and not any(s.kind == "metric" for s in m.senses)]
    customer_dim_requested = False

    def _only_excluded(dim: str) -> bool:
        return all(neg for _, neg in value_hits.get(dim, []))

    for idx, m in plain:
        metric_senses = [s.name for s in m.senses if s.kind == "metric"]
        dim_senses = [s.name for s in m.senses if s.kind == "dim"]
        if not dim_senses:
            continue
        dim = dim_senses[0]
        by_before = _before(mentions, idx, "by", gap=1)
        count_before = _before(mentions, idx, "count", gap=2) and not _metric_between(mentions, idx, "count")
        if line_metric_named and not by_before and any(s.kind == "kw" and s.name == "total" for s in m.senses):
            continue  # "total of credit notes" beside a client column 'Total': the word, not the column
        if not metric_senses:
            if dim == "customer_id" and _customer_attribute_after(mentions, idx):
                continue  # "revenue by buyer country": the buyers' country is the grouping (any customer noun)
            if dim not in value_hits or len(value_hits[dim]) > 1 or by_before or (ranked and _only_excluded(dim)):
                group_by.append(dim)  # "top 3 countries by revenue excluding USA": a ranking over the rest
            continue
        metric = metric_senses[0]
        if dim == "customer_id" and by_before and _customer_attribute_after(mentions, idx):
            continue  # "NPS split by customer country": the customers' country is the grouping, not each customer
        if dim == "customer_id":
            listed = _before(mentions, idx, "and") and line_metric_named and not ranked  # "revenue and customers"
            if (count_before or listed or (other_dims and not line_metric_named)) and not by_before:
                metrics.append(metric)
            elif by_before or ((ranked or "which" in kwset or "valuable" in kwset) and
                               (line_metric_named or "valuable" in kwset or ranked)):
                customer_dim_requested = True
            elif not line_metric_named and not (value_hits and "which" in kwset) and \
                    not (metrics and not _before(mentions, idx, "and")):  # "mean Balance of customers": no count
                metrics.append(metric)
            elif "which" in kwset and not line_metric_named and not metrics:
                customer_dim_requested = True
            continue
        # a numeric column of the client's ('Income') is grouped by only when asked ('by Income'): each of its
        # thousands of values as a group is never what "average income of customers with a PhD" means
        measure = metric.partition("_")[0] in ("sum", "mean") and metric.partition("_")[2] == dim
        if measure and not by_before and _before(mentions, idx, "average"):
            metrics.append(metric)  # "Avg Income of customers who complained": an averaged measure, never a grouping
            continue
        if measure and by_before and ranked and not line_metric_named and not metrics and dim not in value_hits:
            # "Top 5 customers by balance", "Top 3 Länder nach Income": a ranking by a numeric column of the
            # client's ranks by its value, never groups by each of its thousands of values (with revenue dropped)
            metrics.append(metric)
            signals.steps.append("ranked_by_measure")
            continue
        if by_before or line_metric_named or (not measure and (count_before or any(
                d for d in value_hits if d != dim) or "count" in kwset)):
            if dim not in value_hits or len(value_hits[dim]) > 1:
                group_by.append(dim)
        else:
            metrics.append(metric)
    if customer_dim_requested:
        group_by.insert(0, "customer_id")

    filters = list(signals.filters)
    for dim, hits in value_hits.items():
        included = [v for v, neg in hits if not neg]
        excluded = [v for v, neg in hits if neg]
        if included and [v for v in included if v not in excluded]:
            # "not shipped yet (On Hold)": the values named as meant already leave the excluded ones out
            included, excluded = [v for v in included if v not in excluded], []
        if included:
            filters.append(Filter(dimension=dim, values=tuple(dict.fromkeys(included))))
            if len(set(included)) > 1 and dim not in group_by:
                group_by.append(dim)
        if excluded:
            filters.append(Filter(dimension=dim, op="not_in", values=tuple(dict.fromkeys(excluded))))
    signals.filters = filters
    signals.group_by = list(dict.fromkeys(group_by))
    group_by = signals.group_by
    metrics = list(dict.fromkeys(metrics))
    per_order = any(s.kind == "metric" and s.name == "orders" for i, m in plain for s in m.senses
                    if _before(mentions, i, "by", gap=1))
    if per_order and "orders" in metrics and ("average" in kwset or "revenue" in metrics or _SPEND_WORDS & set(tokens)) and \
            set(metrics) <= {"orders", "revenue"}:
        metrics = ["aov"]  # "average spend per order", "Durchschnitt pro Bestellung", "Umsatz pro Auftrag"
    if signals.max_orders is not None and set(metrics) <= {"customers", "repeat_rate", "orders"}:
        metrics = ["customers"]  # "Wie viele Kunden haben genau einmal bestellt?"
    elif signals.min_orders is not None and signals.min_orders >= 2 and set(metrics) <= {
            "customers", "repeat_rate", "orders", "customer_share"}:
        share = "share" in kwset or "customer_share" in metrics or "repeat_rate" in metrics and "count" not in kwset
        metrics = ["repeat_rate" if share and signals.min_orders == 2 else "customer_share" if share else "customers"]
    if "repeat_rate" in metrics and "count" in kwset and "share" not in kwset:  # "Anzahl Wiederkäufer"
        metrics[metrics.index("repeat_rate")] = "customers"
        signals.min_orders = 2
    if "share" in kwset and not kwset & {"lost", "churn_words"} and signals.min_orders is None and \
            signals.max_orders is None and (filters or group_by) and (
                only_headcount(tuple(metrics)) or (not metrics and _CUSTOMER_NOUNS & set(tokens))):
        metrics = ["customer_share"]  # "Wie viel Prozent unserer Kunden sind B2B?", "Anteil der B2B-Kunden"
    if "customer_share" in metrics and {"revenue", "revenue_share"} & set(metrics):
        # "Anteil der Top-10-%-Kunden am Umsatz": the customers' share of revenue, not a share of customers
        metrics = ["revenue_share" if m == "customer_share" else m for m in metrics if m != "revenue"]
        metrics = list(dict.fromkeys(metrics))
    parts = [m for m in metrics if part_share(m)]
    if "share" in kwset and parts:  # "Welcher Anteil des Umsatzes ist keinem Kunden zugeordnet?": the part's share
        # of the revenue (unattributed_share), one fraction — never a revenue share of 100 % beside the amount
        metrics = [part_share(parts[0]), *(m for m in metrics if m not in parts and not is_sales_amount(m)
                                           and m != sales_share() and not is_headcount(m))]
    if "share" in kwset and "revenue" in metrics and "revenue_share" not in metrics:
        metrics[metrics.index("revenue")] = "revenue_share"  # "Anteil Deutschlands am Umsatz"
    documents = next((m for m in metrics if counts(m) in ("order", "document")), None)
    if "cancelled_lines" in metrics and documents:  # "Wie viele Bestellungen wurden storniert?", "Wie viele
        # Belege / Dokumente sind annulliert?": the cancelled documents, never all documents beside the lines
        metrics[metrics.index("cancelled_lines")] = "cancelled_orders"
        metrics.remove(documents)
    for specific, general in _SUBSUMES:
        if specific in metrics and general in metrics:
            metrics.remove(general)
    if metrics == ["revenue_share"] and group_by and "customer_id" not in group_by:
        metrics = ["revenue", "revenue_share"]  # "revenue split by customer type": the amounts beside the shares
    if only_headcount(tuple(metrics)) and _SPEND_VERBS & set(tokens) and not _COUNT_WORDS.search(" ".join(tokens)):
        metrics = ["revenue"]  # "How much did Irish customers spend?", "Was haben Stammkunden ausgegeben?"
    elif has_headcount(tuple(metrics)) and not only_headcount(tuple(metrics)) and _SPEND_VERBS & set(tokens) and \
            not _COUNT_WORDS.search(" ".join(tokens)):  # "Wie viel geben Kunden für Wein aus?": the customers are
        metrics = [m for m in metrics if not is_headcount(m)]  # who spends, the amount is what is asked
    if ("lost" in kwset or "churn_words" in kwset) and "share" in kwset and signals.customer_word and \
            not besides_headcount(metrics):
        metrics = ["churn_rate"]  # "Welcher Anteil der Kunden von 2010 ist 2011 abgewandert?"
    elif "lost" in kwset and ("count" in kwset or (signals.windows and "which" not in kwset)) and \
            signals.customer_word and not besides_headcount(metrics) and signals.churn_risk is None:
        # "Wie viele Kunden haben wir 2011 verloren?", "customers lost in 2024": churn with its count of lost
        metrics = ["churn_rate"]  # "Wie viele Kunden haben wir 2011 verloren?": churn with its count of lost
    elif "lost" in kwset and "which" in kwset and signals.customer_word and not besides_headcount(metrics):
        metrics = ["churn_risk"]  # "Welche Kunden sind abgewandert?": the customers most likely gone
    signals.metrics = list(metrics)
    tables = [m for m in metrics if SEMANTIC_MODEL.metrics[m].shows]
    if len(tables) == 1 and set(metrics) - {tables[0]} <= set(SEMANTIC_MODEL.metrics[tables[0]].shows):
        metrics = tables  # "Do customers who complained churn more?": the complaint analysis shows it
        kwset -= {"compare", "lost", "churn_words"}
    return _decide(metrics, group_by, filters, signals, kwset, top_n, lang, as_of)


_GROSS = lazy_re.compile(r"\b(?:brutto\w*|bruttoumsatz\w*|gross(?!\s+(?:margin|profit|marge))|incl(?:uding|\.)?\s+(?:vat|tax|mwst)|"
                    r"inkl(?:usive|\.)?\s+(?:mwst|mehrwertsteuer|ust|steuer)|mit\s+(?:mwst|mehrwertsteuer)|ttc)\b")
# "average order count", "mean purchase count", "durchschnittliche Bestellanzahl": an order count averaged can only be
# one per customer (each order counts 1), so it is the orders per customer — never the average order *value*, which
# "average order" alone names
_ORDER_COUNT_EN = lazy_re.compile(r"\b(?:average|mean|avg\.?)\s+(?:order|purchase|transaction)\s+(?:count|number)s?\b",
                                  re.IGNORECASE)
_ORDER_COUNT_DE = lazy_re.compile(r"\b(?:durchschnittlich|mittler)(?:e|er|en|es)?\s+(?:bestell|auftrags|kauf)(?:anzahl|zahl)\b",
                                  re.IGNORECASE)


# "Umsatz/Kunde", "revenue / customer": the slash before a customer word is "per" that customer (a ratio), never a
# pair of things ("Deutschland/Österreich" stays as written)
_SLASH_PER = lazy_re.compile(r"(?<=\w)\s*/\s*(?=(?:kunden?|kundin(?:nen)?|käufer|kaeufer|customers?|clients?|buyers?)\b)",
                             re.IGNORECASE)


def _order_count_per_customer(question: str) -> str:
    question = _SLASH_PER.sub(" pro ", question)
    question = _ORDER_COUNT_EN.sub("average orders per customer", question)  # the mean, never one row per customer
    return _ORDER_COUNT_DE.sub("durchschnittliche Aufträge je Kunde", question)


_GROSS_WORDS = lazy_re.compile(r"\b(?:incl(?:uding|\.|usive)?|inkl(?:usive|\.)?|mit|with|plus|zzgl\.?|zuzüglich)\s+"
                          r"(?:der\s+|the\s+)?(?:vat|tax|taxes|mwst\.?|mehrwertsteuer|ust\.?|umsatzsteuer|steuern?|btw|tva|iva)"
                          r"(?=\W|$)|\bttc\b|\bbrutto\b|\bgross\b(?!\s+(?:margin|profit|marge))", re.IGNORECASE)
_GROSS_HEADER = lazy_re.compile(r"(?:brutto|gross|ttc|inclbtw|inklmwst|inclvat|incltax|inkl)")


def _gross_revenue(plan: QueryPlan, ds: Dataset) -> QueryPlan:
    """"Bruttoumsatz", "revenue including VAT": revenue is net of tax (metrics.md); the gross figure is the sum
    of the client's gross column where there is one ('Bruttobetrag', 'Montant TTC'), else asked back — never
    answered with the net revenue."""
    from insight.schema import normalise_header
    from insight.semantic.client import client_columns

    gross = [c for c in client_columns(ds) if c.numeric and c.table == "order_lines"
             and _GROSS_HEADER.search(normalise_header(c.label or c.name))]
    if len(gross) == 1 and f"sum_{gross[0].name}" in SEMANTIC_MODEL.metrics:
        metrics = tuple(f"sum_{gross[0].name}" if is_sales_amount(m) else m for m in plan.metrics)
        return plan.model_copy(update={"metrics": metrics})
    return _clarify(plan.language, [], Issue.said("gross_revenue", "issue_gross_revenue"))


def _flag_named_by_its_word(plan: QueryPlan, ds: Dataset | None, question: str, signals: Signals) -> QueryPlan:
    """'Wie viel Umsatz ist noch nicht bezahlt?' beside a yes/no column 'Bezahlt': the column's word said as a
    state is a filter on the flag — its yes value, or (negated: 'nicht', 'not', 'kein', 'un…') the other lines —
    not a breakdown by it. 'Umsatz nach Bezahlt' (after nach/je/by/per) stays a breakdown."""
    if ds is None or plan.status != "ok" or not plan.group_by or churn_sides.STEP in signals.steps:
        return plan  # "customers who exited versus those who stayed": both sides of the flag were asked
    from insight.semantic.client import client_columns

    flags = {c.name: c for c in client_columns(ds) if c.is_flag and isinstance(c.flag_true, (str, int))}
    text = fold(question)
    for name in plan.group_by:
        col = flags.get(name)
        word = fold(col.label or col.name) if col is not None else ""
        hit = re.search(rf"\b(un)?{re.escape(word)}\b", text) if word else None
        if col is None or hit is None or re.search(r"\b(?:nach|je|pro|by|per|uber|ueber)\s+$", text[:hit.start()]):
            continue
        negated = bool(hit.group(1)) or bool(re.search(  # "ohne Rezept", "without prescription": the other lines
            r"\b(?:nicht|not|kein\w*|never|nie|no|ohne|without|excluding|except|ausser|exkl\w*)\s+(?:\w+\s+)?$",
                                                      text[:hit.start()]))
        signals.steps.append("flag_named")
        flag = Filter(dimension=name, op="not_in" if negated else "in", values=(col.flag_true,))  # type: ignore[arg-type]
        return plan.model_copy(update={"group_by": tuple(g for g in plan.group_by if g != name),
                                       "filters": (*plan.filters, flag),
                                       "share_of": _flag_share_part(plan, name, text, hit.start())})
    return plan


_AMONG = frozenset({"an", "am", "unter", "among", "amongst"})  # the base of a share: "Anteil der Frauen an den …"


def _among_the_flagged(plan: QueryPlan, signals: Signals, tokens: list[str], mentions: list[Mention],
                       ds: Dataset) -> QueryPlan | None:
    """"What share of churned customers are female?", "Welcher Anteil der abgewanderten Kunden kommt aus
    Deutschland?": a flag's concept (churned, complained) said before the customers' noun, a verb, then one value —
    the value's share among the flagged customers, never the value's own rate of the concept."""
    from insight.semantic.client import concept_column

    if len(plan.metrics) != 1 or plan.metrics[0] not in set(_FLAG_CONCEPTS.values()) or plan.group_by or \
            "share" not in signals.keywords or len(plan.filters) != 1 or plan.filters[0].op != "in":
        return None
    col = concept_column(ds, plan.metrics[0])
    said = next((m for m in mentions if any(s.kind == "kw" and s.name in ("lost", "churn_words") or
                                            s.kind == "metric" and s.name in _FLAG_CONCEPTS for s in m.senses)), None)
    if col is None or not col.is_flag or said is None or set(tokens[max(0, said.start - 3):said.start]) & \
            (_NEGATIONS | _WITHOUT) or (said.end < len(tokens) and tokens[said.end] not in _CUSTOMER_NOUNS):
        return None
    flag = Filter(dimension=col.name, op="in", values=(col.flag_true,))
    part = _value_after_the_verb(plan, mentions, tokens, {col.name: said.start}, [flag])
    value_at = next((m.start for m in mentions if any(s.kind == "value" for s in m.senses)), len(tokens))
    if part is None and value_at < said.start and set(tokens[max(0, said.start - 2):said.start]) & _AMONG:
        part = plan.filters[0].dimension  # "Anteil der Frauen an den abgewanderten Kunden": the base after 'an'
    if part is None:
        return None
    signals.steps.append("flag_population")
    return plan.model_copy(update={"metrics": (_SHARE_OF_CUSTOMERS,), "filters": (*plan.filters, flag),
                                   "share_of": part})


def _value_after_the_verb(plan: QueryPlan, mentions: list[Mention], tokens: list[str], flag_at: dict[str, int],
                          added: list[Filter]) -> str | None:
    """The one value filter named after a share's verb that follows the one flag's word, or None."""
    if len(added) != 1 or added[0].dimension not in flag_at or set(plan.group_by) - {added[0].dimension} or \
            len(plan.filters) != 1:
        return None
    value = plan.filters[0]
    at = next((m.start for m in mentions if any(s.kind == "value" and s.name == value.dimension for s in m.senses)),
              None)
    flag = flag_at[added[0].dimension]
    if value.op != "in" or at is None or at < flag or not verb_between(tokens, flag, at):
        return None
    return value.dimension


def _negation_unread(plan: QueryPlan, signals: Signals) -> bool:
    """A count whose question says 'nicht' / 'ohne' / 'not' while the plan excludes nothing (no filter at all — a
    value named after the negation, "not shipped yet (On Hold)", is its reading — and no population): the negation
    was not read, so the count would be of everyone — asked
    back ("Wie viele Kunden haben nicht storniert?" counted all 92 customers, "Kunden ohne Bestellung" the
    customers with orders)."""
    if plan.status != "ok" or plan.intent != "metric" or "count" not in signals.keywords or not plan.metrics or \
            not all(counts(m) or is_headcount(m) for m in plan.metrics) or plan.population != type(plan.population)() or \
            plan.filters or plan.having or plan.share_of:
        return False
    return any(role == "kw:not" for _, role in signals.reading)


def _flag_share_part(plan: QueryPlan, flag: str, text: str, at: int) -> str | None:
    """The part of a customers' share that also names a scope, when the flag's word is one side: 'What percent of
    customers in Germany exited?' — the state said after every named value is the part (of the German customers);
    said before them ('What share of exited customers are in Germany?'), the one value after it is the part."""
    if len(plan.metrics) != 1 or not is_headcount_share(plan.metrics[0]) or plan.share_of or not plan.filters:
        return plan.share_of
    where = {f.dimension: [m.start() for v in f.values if (m := re.search(rf"\b{re.escape(fold(str(v)))}\b", text))]
             for f in plan.filters}
    if not all(where.values()):
        return None  # a restriction not named by its value: its side is unknown, every restriction is the part
    if all(max(p) < at for p in where.values()):
        return flag
    after = [d for d, p in where.items() if min(p) > at]
    return after[0] if len(after) == 1 and len(where) == 1 else None


_WITHOUT_RETURNS = lazy_re.compile(
    r"\b(ohne|without|excluding|exklusive|exkl|ausser|außer|abzuglich|abzüglich|minus|not counting|net of|nach abzug)"
    r"\s+(der\s+|die\s+|the\s+|von\s+)?(retour|rucksend|rücksend|return|gutschrift|credit note|refund|erstattung)")


def _without_returns(plan: QueryPlan) -> QueryPlan:
    """"Umsatz ohne Retouren", "and without returns?": revenue is already net of returns (metrics.md), so the
    words may mean that net figure or the sales before returns — asked back, never answered with the returns."""
    window = plan.window.label(plan.language) if not plan.window.is_all else ""
    suffix = f" {window}" if window else ""
    options = [say("option_revenue_in", plan.language, window=suffix),
               say("option_revenue_and_returns_in", plan.language, window=suffix)]
    return _clarify(plan.language, options, Issue.said("without_returns", "issue_without_returns"))


_DATED_FAMILIES = {"line", "customer", "loyalty", "cancelled"}


def _rate_without_returns(plan: QueryPlan, ds: Dataset) -> QueryPlan:
    """"return rate by product line" on data where no line reverses a sale: the data does not record returns, so
    the rate is asked back (offering the cancellation rate), never answered as 0 % for every group."""
    from insight.metrics.lines import prepared_lines

    if ds.order_lines.height == 0 or prepared_lines(ds).select(pl.col("is_return").any()).collect().item():
        return plan
    issue = Issue.said("rate_without_returns", "issue_rate_without_returns")
    options = (SEMANTIC_MODEL.metrics["cancellation_rate"].label(plan.language),)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": options})


def _returns_only_by_status(plan: QueryPlan, ds: Dataset, steps: list[str]) -> QueryPlan:
    """"How many refunds?" where no line reverses a sale but a status says Refunded / Zurückgegeben: the returns
    (reversing lines) are 0, yet the data records refunds as a state of the sale — asked back with the count of
    those orders offered, never answered with 0 (docs/ask.md)."""
    lines = ds.order_lines
    columns = [c for c in ("line_status", *status_column_names(ds)) if c in lines.columns
               and lines.schema[c] == pl.String]
    values = sorted({v for c in columns for v in lines.get_column(c).drop_nulls().unique().to_list()
                     if status_kind(v) == "returned"})
    if not values:
        return plan
    signs = [pl.col(c).fill_null(0) < 0 for c in ("amount", "quantity") if c in lines.columns]
    if signs and lines.select(pl.any_horizontal(signs).any()).item():
        return plan  # reversing lines exist: the returns are those
    from insight.metrics.conventions import credit_documents

    if credit_documents(ds) is not None:
        return plan  # credit notes with positive amounts ('Typ = Gutschrift') reverse sales: the returns are those
    from insight.query.refund_status import as_status

    column = next(c for c in columns if any(v in values for v in lines.get_column(c).drop_nulls().unique().to_list()))
    own = sorted(v for v in lines.get_column(column).drop_nulls().unique().to_list() if status_kind(v) == "returned")
    answered = as_status(plan, column, own, steps) if len(own) == len(values) else None
    if answered is not None:  # "How many refunds?": the orders of that status; "How much did we refund?": their amount
        return answered
    shown = ", ".join(values)
    issue = Issue.said("returns_by_status", "issue_returns_by_status", shown=shown)
    options = (say("returns_by_status_option", plan.language, status=values[0]),)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": options})


def _outside_the_data(plan: QueryPlan, ds: Dataset, question: str) -> QueryPlan | None:
    """A period the order lines do not reach at all ("Umsatz 2008" on 2009–2011 data, "Q3 2025" after the
    analysis date), or any period on data without order dates: asked back naming what the data covers, never
    answered as 0 or over all the data (metrics.md, "No silent substitution")."""
    from insight.query.notes import data_span

    windows = [plan.window] if not plan.window.is_all else []
    if plan.compare is not None:
        windows += [w for w in (plan.compare.a, plan.compare.b) if isinstance(w, TimeWindow) and not w.is_all]
    if not windows or not {family(m) for m in plan.metrics} & (_DATED_FAMILIES | {"client"}):
        return None
    de = plan.language == "de"
    span = data_span(ds)
    if span is None:
        from insight.query.customer_dates import dated_event, named_date_column

        # the counted event's date column, else the one the question names ('Kunden mit Vertragsende 2025')
        dated = (dated_event(plan, ds) or named_date_column(plan, ds, question)) if not ds.order_lines.height else None
        if dated is not None:  # "How many cancellations in 2024?" on subscriptions: their cancellation date
            return dated
        # a customers table without orders (a bank's, a CRM's): its figures have no date to restrict; line
        # metrics there get their own "needs order lines" answer, an empty dataset its own error
        # the customers counted there are the table's rows: a window on them cannot apply either
        families = {family(m) for m in plan.metrics if not is_headcount(m)} or {"customer"}
        if ds.order_lines.height or not ds.customers.height or "line" in families or \
                not families <= _DATED_FAMILIES | {"client"}:
            return None
        label = windows[0].label(plan.language) or "?"
        return _clarify(plan.language, [], Issue.said("no_dates", "issue_no_dates", label=label))
    first, as_of = span
    last = as_of - dt.timedelta(days=1)
    for w in windows:
        if (w.end is not None and w.end <= first) or (w.start is not None and w.start >= as_of):
            label = w.label(plan.language) or (w.start.isoformat() if w.start else "?")
            fmt = (lambda d: d.strftime("%d.%m.%Y")) if de else (lambda d: d.isoformat())
            return _clarify(plan.language, [], Issue.said("period_outside_data", "issue_period_outside_data",
                                                          first=fmt(first), last=fmt(last), label=label))
    return None


def _web_conversion(plan: QueryPlan, signals: Signals, lang: str) -> QueryPlan:
    """"website conversion rate": visits → orders, which this data cannot give; never the lead funnel restricted
    to the customers who came through the website channel."""
    if plan.status != "ok" or "funnel" not in plan.metrics:
        return plan
    word = phrasing.web_conversion_word(signals.reading)
    if word is None:
        return plan
    issue = Issue.said("web_conversion", "issue_web_conversion", word=word)
    options = [say("option_funnel", lang), say("option_customers_by_channel", lang)]
    return _clarify(lang, options, issue)


def _clarify_ambiguous(word: str, metrics: tuple[str, ...], lang: str) -> QueryPlan:
    """One word of several meanings, asked alone: its meanings as options, never one of them silently."""
    labels = [SEMANTIC_MODEL.metrics[m].label(lang) for m in metrics]
    shown = word.strip(" ?!.")
    issue = Issue.said("ambiguous_word", "issue_ambiguous_word", shown=shown, labels=", ".join(labels))
    return _clarify(lang, labels, issue)


def _general_value_words(signals: Signals) -> bool:
    """The value was named by a general word ("Kundenwert", "customer value", "Kundenkapital"), not by the
    model's own name ("CLV", "prognostizierter Kundenwert"), which exists only at the analysis date."""
    general = {fold(w) for name in ("customer_value", "customer_capital")
               for w in SEMANTIC_MODEL.metrics[name].synonyms()} | {"kundenwert", "kundenwerte"}
    words = [token for token, read in signals.reading if "metric:" in read]
    return bool(words) and all(fold(w) in general for w in words)


def _distinct_periods(windows: list[TimeWindow]) -> list[TimeWindow]:
    """The named periods, each once, in time order (a period named twice is one)."""
    seen: dict[tuple, TimeWindow] = {}
    for w in windows:
        seen.setdefault((w.start, w.end, w.kind), w)
    return sorted(seen.values(), key=lambda w: (w.start or dt.date.min, w.end or dt.date.max))


def _periods_in_a_row(periods: list[TimeWindow]) -> TimeWindow | None:
    """One window over calendar periods of one kind (years, quarters, months) that follow each other without a gap:
    their trend shows each of them and nothing else; None otherwise."""
    kinds = {w.kind for w in periods}
    if len(kinds) != 1 or kinds.pop() not in ("year", "quarter", "month") or \
            any(w.start is None or w.end is None for w in periods):
        return None
    if any(a.end != b.start for a, b in zip(periods, periods[1:])):
        return None
    first, last = periods[0], periods[-1]
    return TimeWindow(kind="range", start=first.start, end=last.end, label_en=f"{first.label_en} to {last.label_en}",
                      label_de=f"{first.label_de} bis {last.label_de}")


def _clarify(lang: str, options: list[str], issue: Issue, intent: str = "unknown") -> QueryPlan:
    return QueryPlan(intent=intent, status="clarify", language=lang, issues=(issue,), options=tuple(options))


def _unknown(lang: str, signals: Signals) -> QueryPlan:
    # offered on any data: examples that name a year (2011) would be asked back on data of other years
    examples = [e for e in SEMANTIC_MODEL.example_questions(lang) if not re.search(r"\b(?:19|20)\d\d\b", e)]
    options = [examples[i] for i in (0, 4, 8, 12, 16, 20) if i < len(examples)]
    words = ", ".join(f"'{_as_typed(w, signals)}'" for w in signals.unknown[:3])
    return _clarify(lang, options, Issue.said("unknown_metric", "issue_unknown_metric_words" if words else
                                              "issue_unknown_metric", words=words))


def _product_value(filters: list[Filter]) -> bool:
    """A filter on a product (a value of product_id or of a client column naming products or categories)."""
    from insight.metrics.conventions import is_product_header

    return any(f.op == "in" and (f.dimension == "product_id" or is_product_header(f.dimension)) for f in filters)


def ranked_table(metrics: list[str], group_by: list[str]) -> str:
    """The whole table ranked by its own column that a grouping by its own dimension names ('which aspect …'), or ''.

    Only when nothing else is asked: the table itself or a head count ("den Kunden") beside it.
    """
    for table, own in TABLE_OWN_DIMENSIONS.items():
        entry = SEMANTIC_MODEL.metrics[table]
        if entry.ranked_by and set(group_by) and set(group_by) <= own | {"customer_id"} and own & set(group_by) \
                and all(m == table or SEMANTIC_MODEL.metrics[m].headcount for m in metrics):
            return table
    return ""


def _decide(metrics: list[str], group_by: list[str], filters: list[Filter], signals: Signals, kwset: set[str],
            top_n: int | None, lang: str, as_of: dt.date) -> QueryPlan:
    windows = signals.windows
    base: dict = dict(language=lang, filters=tuple(filters))
    customer_id = signals.customer_id
    if customer_id is not None:
        if not metrics:
            return _fire("customer_lookup", QueryPlan(intent="lookup_customer", customer_id=customer_id,
                             window=windows[0] if windows else TimeWindow(), **base))
        base["filters"] = (*filters, Filter(dimension="customer_id", values=(customer_id,)))

    how_much = bool({"viel", "much", "viele", "many"} & set(signals.surface))  # "Wie viel VAT haben wir berechnet?"
    if "define" in kwset and metrics and not group_by and not windows and not how_much:
        return _fire("definition", QueryPlan(intent="definition", metrics=tuple(metrics), **base))

    ranked_by_risk = bool(kwset & {"top", "bottom"}) and "valuable" not in kwset  # "highest churn risk": a ranking
    if "churn_risk" in metrics and signals.customer_word and not [g for g in group_by if g != "customer_id"] and \
            not ranked_by_risk:
        return _fire("customers_at_risk", QueryPlan(intent="at_risk", metrics=("churn_risk",), top_n=top_n or 10, language=lang,
                         filters=tuple(filters)))  # "customers likely to churn", "valuable customers we may lose"
    if top_n and not group_by and metrics and "together" not in kwset and \
            all(of_family(m, "customer") and not SEMANTIC_MODEL.metrics[m].headcount for m in metrics):
        # "Top-10 nach prognostiziertem Kundenwert": a figure that exists only per customer ranks customers
        group_by = ["customer_id"]
        signals.steps.append("ranked_customers")
    ranked = ranked_table(metrics, group_by)
    if ranked and ("valuable" in kwset or (kwset & {"top", "bottom"} and ranked in metrics)) \
            and "count" not in kwset and not windows:
        # "Welcher Aspekt ist den Kunden am wichtigsten?": the table's rows ranked by its ranking column, the top one
        order = "asc" if "bottom" in kwset else "desc"
        return _fire("ranked_table", QueryPlan(intent="table", metrics=(ranked,), top_n=top_n or 1, order=order,
                                                **base))
    # valuable customers without a metric: revenue or CLV? (by acquisition channel: the channel table)
    if "valuable" in kwset and set(metrics) <= {"customers", "ltv_by_channel"}:
        if "acquisition_channel" in group_by or "ltv_by_channel" in metrics:
            return _fire("value_by_channel", QueryPlan(intent="table", metrics=("ltv_by_channel",), **base))
        metrics = []
    if not metrics and "valuable" in kwset:
        # "most valuable customers": worth most from now on (predicted CLV), with the revenue so far beside it
        note = Issue.said("value_means_clv", "issue_value_means_clv")
        return _fire("most_valuable_customers", QueryPlan(intent="rank", metrics=("clv", "revenue"), group_by=("customer_id",), top_n=top_n or 10,
                         order="desc", window=windows[0] if windows else TimeWindow(), issues=(note,), **base))

    # at risk: which customers are likely to churn
    rfm_at_risk = any(f.dimension == "rfm_segment" and "At Risk" in f.values for f in filters)
    if ("churn_risk" in metrics and ("which" in kwset or "customer_id" in group_by or top_n)
            and not [g for g in group_by if g != "customer_id"]) or (
            rfm_at_risk and "which" in kwset and "count" not in kwset and "rfm_segment" not in group_by
            and not metrics and "segment" not in " ".join(signals.unknown)):
        if rfm_at_risk and "churn_risk" not in metrics and not signals.keywords & {"churn_words"}:
            pass  # "welche Kunden sind gefährdet" → the RFM segment's customers, handled below
        else:
            rest = tuple(f for f in base["filters"] if not (f.dimension == "rfm_segment" and "At Risk" in f.values))
            order = ("asc" if "bottom" in kwset else "desc") if ranked_by_risk else None  # "highest churn risk"
            return _fire("churn_risk_ranking", QueryPlan(intent="at_risk", metrics=("churn_risk",), top_n=top_n or 10,
                             language=lang, filters=rest, order=order))

    segment_methods = [SEGMENT_METRICS[m] for m in metrics if m in SEGMENT_METRICS]
    tables = [m for m in metrics if m in TABLE_METRICS]
    others = [m for m in metrics if m not in SEGMENT_METRICS and m not in TABLE_METRICS]
    if "value_by_cohort" in tables and set(others) | set(tables) - {"value_by_cohort"} <= _COHORT_VALUES:
        # "LTV per first-order year", "customer value by quarter of first purchase": the value the cohort table shows
        tables, others, metrics = ["value_by_cohort"], [], ["value_by_cohort"]
        signals.steps.append("value_by_cohort")
    elif not tables and others and set(others) <= _PERIOD_VALUES and any(g in TIME_DIMS for g in group_by) \
            and not signals.keywords & {"future"} and _general_value_words(signals):
        # "Kundenwert pro Quartal": the customer capital earned per period (the expected CLV exists only at the
        # analysis date and is not split by period)
        tables, others, metrics = ["value_by_period"], [], ["value_by_period"]
        signals.steps.append("value_by_period")
    populations = [m for m in tables if m in POPULATION_TABLES]
    if populations and ("count" in kwset or besides_headcount(others)):
        # "Wie viele Kunden sind unrentabel?", "Umsatz der unrentablen Kunden": a population, not the list
        population = POPULATION_TABLES[populations[0]]
        if population == "not_paid_back" and "not" not in kwset:
            population = "paid_back"
        base["population"] = population
        tables = [t for t in tables if t not in POPULATION_TABLES]
        others = others or ["customers"]
        metrics = others
    unshown = [t for t in tables if others and not set(others) <= set(SEMANTIC_MODEL.metrics[t].shows)
               and not _flag_of_the_data(t)]
    if unshown and not segment_methods:
        # "Umsatz der Kunden, die sich beschwert haben": a whole table beside another figure that it does not show is
        # no restriction the plan can make; the figure alone would be everyone's (a silent substitution), so the
        # table's words are asked back (``_leftover``) — unless the same words also name a figure of their own (a
        # 'Complain' flag's rate for "complaint rate" / "beschwert"): that figure is meant
        words = [text for text, role in signals.reading
                 if any(f"metric:{t}" in role.split(", ") for t in unshown)
                 and not any(r.startswith("metric:") and r[7:] not in TABLE_METRICS for r in role.split(", "))]
        signals.unknown = [*signals.unknown, *words[:1]]

    if not others and tables and windows and not SEMANTIC_MODEL.metrics[tables[0]].windowed:
        # a whole analysis covers the data up to the analysis date; answering it for all time when a period
        # was asked would be a silent substitution (a windowed table reads the window on its rows' timestamps)
        label = SEMANTIC_MODEL.metrics[tables[0]].label(lang)
        issue = Issue.said("table_window", "issue_table_window", label=label)
        return _fire("whole_table", _clarify(lang, [label], issue, intent="table"))
    table_groups = [g for g in group_by if g != "customer_id"]  # "Welche Kunden …": the table lists them anyway
    if not others and tables and len(table_groups) > 1:
        label = SEMANTIC_MODEL.metrics[tables[0]].label(lang)
        names = ", ".join(SEMANTIC_MODEL.dimensions[g].label(lang) for g in table_groups)
        issue = Issue.said("table_groupings", "issue_table_groupings", label=label, names=names)
        return _fire("whole_table", _clarify(lang, [say("option_table_by", lang, table=label,
                                                        label=SEMANTIC_MODEL.dimensions[g].label(lang))
                                                    for g in table_groups], issue, intent="table"))
    if not others and tables:
        return _fire("whole_table", QueryPlan(intent="table", metrics=(tables[0],), group_by=tuple(table_groups[:1]),
                         window=windows[0] if windows else TimeWindow(), **base))
    segment_filters = [m for m, col in SEGMENT_DIMS.items() if m in ("rfm", "abc", "portfolio", "cluster")
                       and any(f.dimension == col and f.op == "in" for f in filters)]
    if not segment_methods and not others and not tables and "describe" in kwset and segment_filters \
            and "count" not in kwset:
        # "Describe the Champions segment", "Beschreibe die A-Kunden": that segment's profile
        segment_methods = [segment_filters[0]]
    if segment_methods and (not others or (only_headcount(tuple(others)) and "count" not in kwset)):
        method = segment_methods[0]
        if method == "cluster":  # "Profil der ABC-Klassen" / "Profil der A-Kunden": a profile word beside another
            # method's segments (grouped or one of them named) is that method's profile
            method = next((m for m, col in SEGMENT_DIMS.items() if col in group_by and m in ("rfm", "abc", "portfolio")),
                          next((m for m in segment_filters if m != "cluster"), method))
        persona_of = [*(SEGMENT_DIMS[m] for m in segment_methods[1:] if m in SEGMENT_DIMS),
                      *(g for g in group_by if g in SEGMENT_DIMS.values())] if method == "persona" else []
        return _fire("segmentation", QueryPlan(intent="describe_segment", segment_method=method, metrics=(),
                                               top_n=top_n if method == "persona" else None,
                                               group_by=tuple(persona_of[:1]), **base))
    metrics = others

    if not metrics and signals.revenue_verb and "count" in kwset and "product_id" in group_by and \
            not [f for f in filters if f.dimension == "product_id"]:
        # "Wie viele Artikel wurden je Land verkauft?", "How many items did we sell?": units sold
        metrics = ["quantity"]
        group_by = [g for g in group_by if g != "product_id"]
        signals.steps.append("units_sold")
    if not metrics and signals.revenue_verb and "count" in kwset and not group_by and _product_value(filters):
        # "How many workshops did we sell?": a product named by its value, counted — the units sold of it
        metrics = ["quantity"]
        signals.steps.append("units_sold")
    if not metrics and signals.revenue_verb and group_by and any(
            phrasing.names_the_column_of(w, g) for w in signals.unknown for g in group_by):
        # "tickets sold by ticket type", "Kurse verkauft je Kursart": the grouping's own noun is what was sold,
        # counted — the units sold, never the revenue with the noun dropped
        metrics = ["quantity"]
        signals.unknown = [w for w in signals.unknown if not any(phrasing.names_the_column_of(w, g) for g in group_by)]
        signals.steps.append("units_sold")
    if not metrics and signals.revenue_verb and "count" in kwset and not group_by and signals.unknown and \
            all(_names_a_line_column(w) for w in signals.unknown):
        # "How many tickets were sold?" beside a 'Ticket Type' column: the noun of the data's own column, counted
        # as sold — the units sold, as "tickets sold by ticket type"
        metrics = ["quantity"]
        signals.unknown = []
        signals.steps.append("units_sold")
    if not metrics and signals.revenue_verb and "count" in kwset and "by" not in kwset and len(group_by) == 1 and \
            group_by[0] not in ("month", "quarter", "year", "week", "day", "customer_id") and not signals.unknown:
        # "Wie viele Verkäufer haben verkauft?", "How many sellers sold in 2024?": the values of the dimension with a
        # sale, counted (distinct_count) — never the revenue per value
        metrics = ["count"]
    if not metrics and signals.revenue_verb and not kwset & {"define"}:
        metrics = ["revenue"]  # "Was haben wir 2010 umgesetzt?", "How much did we sell in France?"
        signals.steps.append("revenue_verb")
    statuses = [v for f in filters if f.dimension == "status" for v in f.values]
    if filters and {f.dimension for f in filters} == {"status"} and not besides_headcount(metrics) and \
            (not metrics and not group_by or len(statuses) >= 2 and "count" in kwset):
        # "Wie viele Leads?", "Wie viele Leads, Kontakte und Kunden haben wir?": the funnel's counts
        return _fire("funnel_by_status", QueryPlan(intent="table", metrics=("funnel",), **base))  # "Wie viele Leads?": the funnel counts
    if not metrics and signals.unpaid is not None and not signals.unpaid.missing and _how_much_only(signals):
        metrics = ["revenue"]  # "How much is still due?", "Wie viel ist noch nicht bezahlt?": the amount still owed
        signals.steps.append("how_much_unpaid")
    if not metrics:
        if filters or group_by or top_n:
            if "which" in kwset and "count" not in kwset and not group_by:
                metrics, group_by = ["revenue"], ["customer_id"]  # "Welche Kunden sind gefährdet?": list them
                signals.steps.append("list_customers")
                top_n = top_n or 10
                kwset = kwset | {"top"}
            elif _non_sale_documents_only(filters) and not signals.customer_word:
                # "Wie hoch waren die Verkaufsgebühren?", "Wie viel wurde ausgezahlt?": what those lines amount to;
                # "Wie viele Auszahlungen?" how many there were (they are in no other figure)
                many = "count" in kwset and bool(set(signals.surface) & {"viele", "wieviele", "many", "anzahl", "number"})
                metrics = ["document_count" if many else "document_amount"]
                signals.steps.append("non_sale_amount")
            elif "count" in kwset and not signals.customer_word and filters and not group_by and \
                    all(_line_document_column(f.dimension) for f in filters):
                metrics = ["documents"]  # "Wie viele Gutschriften gab es?": the documents of that type, not lines
                signals.steps.append("count_documents")
            elif "count" in kwset and not signals.customer_word and filters and not group_by and \
                    _never_a_sale(filters) == list(filters):
                metrics = ["orders"]  # "Wie viele Entwürfe gibt es?": the documents of that status (then counted as
                signals.steps.append("count_documents")  # cancelled: they are in no other figure), not customers
            elif _how_much_only(signals) and not group_by and filters and \
                    all(_PAYMENT_STATE.search(f.dimension) for f in filters):
                metrics = ["revenue"]  # "How much is unpaid?" on a 'Paid?' flag: the amount of those rows
                signals.steps.append("how_much_payment_state")
            elif _how_much_only(signals) and not group_by and filters and not _never_a_sale(filters) and \
                    all(f.dimension == "line_status" and f.op in ("in", "not_in") for f in filters) and \
                    any(_PAYMENT_STATE.search(w) for w in signals.surface):
                # "Wie viel ist abgerechnet, aber noch nicht bezahlt?", "Wie viel ist noch nicht bezahlt?": the
                # amount of the lines of those order statuses
                metrics = ["revenue"]
                signals.steps.append("how_much_payment_status")
            elif ("count" in kwset and not _how_much_only(signals)) or \
                    (not group_by and any(f.dimension in SEGMENT_DIMS.values() for f in filters)):
                metrics = ["customers"]
                signals.steps.append("count_customers")
            elif not group_by and filters and "count" not in kwset and set(signals.surface) & _SUM_WORDS and \
                    not _never_a_sale(filters):
                metrics = ["revenue"]  # "Summe der Zahlungseingänge": the amounts of the lines of that value
                signals.steps.append("sum_of_a_value")
            elif group_by and set(group_by) <= set(SEGMENT_DIMS.values()) and set(signals.surface) & _SIZE_WORDS:
                metrics = ["customers"]  # "Which RFM segment is the largest?": a segment's size is its customers
                signals.steps.append("segment_size")
            elif group_by or top_n or signals.keywords & {"top", "bottom", "which"}:
                metrics = ["revenue"]
                signals.steps.append("revenue_by_default")
                if "customer_id" not in group_by and (not group_by) and ("which" in kwset or top_n):
                    group_by = ["customer_id"]
            elif signals.refund_metric and _how_much_only(signals) and not group_by and \
                    all(f.dimension == "line_status" and f.op == "in" and
                        all(fold(str(v)) in _REFUNDED_WORDS for v in f.values) for f in filters):
                # "How much was refunded?" where 'refunded' is also an order status (Mollie's): the amount is the
                # refund column's sum (partial refunds too), never asked back for want of an amount
                metrics, base["filters"] = [signals.refund_metric], ()
                signals.steps.append("how_much_refunded")
            else:
                return _fire("dimension_only", _clarify_dimension_only(lang, filters, signals))
        elif len(windows) == 2 and "compare" in kwset and not signals.unknown:
            metrics = ["revenue"]  # "Q3 ggü. Q2 2011", "Q2 1998 compared with Q1 1998": two periods, revenue
            signals.steps.append("revenue_by_default")
        else:
            return _fire("no_metric", _unknown(lang, signals))

    aggregate = "mean" if "average" in kwset else ("sum" if "total" in kwset else None)

    # retention / churn: the window names period P (compared with P-1)
    if any(is_period_based(m) for m in metrics):
        period = next((g for g in group_by if g in TIME_DIMS), None)
        window = max(windows, key=lambda w: w.start or dt.date.min) if windows else TimeWindow()
        earlier = [w for w in windows if w is not window and w.kind == window.kind and w.end is not None]
        if len(windows) == 2 and earlier and earlier[0].end != window.start:
            # "Kundenbindungsrate 2024 gegenüber 2022": the rate is of a period against the one right before it
            a, b = earlier[0].label(lang), window.label(lang)
            return _fire("period_rate", _clarify(lang, [say("parser_against_period_before", lang, period=b)],
                                                 Issue.said("periods_not_adjacent", "issue_periods_not_adjacent",
                                                            a=a, b=b)))
        fiscal_grain = fiscal_windows.grain_of(window, signals.fiscal.start_month)
        if fiscal_grain is not None:  # "Kundenbindung im GJ 2010/11": that fiscal year against the one before
            period = period or fiscal_grain
        elif window.kind == "range" and window.end is not None and window.start is not None:
            # "from 2010 to 2011", "from Q2 to Q3 2011", "März bis April": P is the last period of the range
            last, start, end = window.end - dt.timedelta(days=1), window.start, window.end
            months = (end.year - start.year) * 12 + end.month - start.month
            if start.day == 1 and end.day == 1:
                if start.month == 1 and end.month == 1 and months >= 24:
                    window = timewords.year_window(last.year)
                elif (start.month - 1) % 3 == 0 and (end.month - 1) % 3 == 0 and months >= 6 and months % 3 == 0:
                    window = timewords.quarter_window(last.year, (last.month - 1) // 3 + 1)
                elif months >= 2:
                    window = timewords.month_window(last.year, last.month)
        if window.kind == "quarter":
            period = period or "quarter"
        elif window.kind in ("month", "last_complete_month"):
            period = period or "month"
        intent = "trend" if any(g in TIME_DIMS for g in group_by) else "metric"
        return _fire("period_rate", QueryPlan(intent=intent, metrics=tuple(metrics), group_by=tuple(g for g in group_by if g not in TIME_DIMS),
                         window=window, period=period or "year", grain=period if intent == "trend" else None, **base))

    if "when" in kwset and metrics and kwset & {"top", "bottom"}:
        # "Wann war der Umsatz am höchsten?", "When did we have the most customers?": the one month
        if signals.customer_word and not signals.metrics:
            metrics = ["customers"]
        if not any(g in TIME_DIMS for g in group_by):
            group_by = ["month", *[g for g in group_by if g != "customer_id"]]
        signals.singular = True
    time_groups = [g for g in group_by if g in TIME_DIMS]
    if len(windows) >= 2 and time_groups and all(w.start and w.end for w in windows):
        # "Umsatz nach Monat 2024 vs 2023": every named period per month, side by side in one trend (none dropped)
        ordered = sorted(windows, key=lambda w: w.start)
        a, b = ordered[0], ordered[-1]
        windows = [TimeWindow(kind="range", start=a.start, end=max(w.end for w in ordered),
                              label_en=f"{a.label_en} to {b.label_en}", label_de=f"{a.label_de} bis {b.label_de}")]
        signals.windows = windows
    named = _distinct_periods(windows) if len(windows) > 2 and not time_groups else []
    if len(named) > 2:
        # "Umsatz 2009, 2010 und 2011": every named period, never the first two only — per period where they are
        # periods of one kind in a row and no negation is left unread ("2009 gekauft, 2010 nicht und 2011 wieder"),
        # else asked back
        span = _periods_in_a_row(named)
        negated = "not" in kwset and not any(f.op == "not_in" for f in base["filters"])
        if span is None or negated:
            labels = [w.label(lang) for w in named]
            return _fire("compare_windows", _clarify(lang, labels, Issue.said(
                "more_than_two_periods", "issue_more_than_two_periods", periods=", ".join(labels))))
        grain = named[0].kind
        return _fire("trend", QueryPlan(intent="trend", metrics=tuple(metrics), group_by=(grain, *group_by),
                                        grain=grain, window=span, aggregate=aggregate, **base))
    if len(windows) >= 2 and not time_groups:
        a, b = windows[0], windows[1]
        if a.start and b.start and a.start < b.start:  # the later period is compared with the earlier
            a, b = b, a
        from insight.query.plan import Comparison
        return _fire("compare_windows", QueryPlan(intent="compare", metrics=tuple(metrics), group_by=tuple(group_by),
                         compare=Comparison(a=a, b=b), aggregate=aggregate, **base))
    window = windows[0] if windows else TimeWindow()
    if signals.singular and not top_n and kwset & {"top", "bottom"}:
        top_n = 1  # "Welches Land hat den höchsten Umsatz?", "In welchem Monat ...": the one group
    if time_groups and top_n and kwset & {"top", "bottom"} and "trend" not in kwset:
        return _fire("best_period", QueryPlan(intent="rank", metrics=tuple(metrics), group_by=tuple(group_by), top_n=top_n,
                         order="asc" if "bottom" in kwset else "desc", window=window, aggregate=aggregate, **base))
    if time_groups or "trend" in kwset:
        grain = time_groups[0] if time_groups else "month"
        rest = [g for g in group_by if g not in TIME_DIMS]
        return _fire("trend", QueryPlan(intent="trend", metrics=tuple(metrics), group_by=(grain, *rest), grain=grain, window=window,
                         aggregate=aggregate, **base))
    order = "asc" if "bottom" in kwset else "desc"
    if group_by and (top_n or kwset & {"top", "bottom"}):
        return _fire("rank_groups", QueryPlan(intent="rank", metrics=tuple(metrics), group_by=tuple(group_by), top_n=top_n or 10,
                         order=order, window=window, aggregate=aggregate, **base))
    if not group_by and (top_n or kwset & {"top", "bottom"}) and "which" in kwset:
        return _fire("rank_customers", QueryPlan(intent="rank", metrics=tuple(metrics), group_by=("customer_id",), top_n=top_n or 10,
                         order=order, window=window, aggregate=aggregate, **base))
    return _fire("metric", QueryPlan(intent="metric", metrics=tuple(metrics), group_by=tuple(group_by), window=window,
                     top_n=top_n if group_by else None, order=order if group_by else None, aggregate=aggregate, **base))


def _fire(rule: str, plan: QueryPlan) -> QueryPlan:
    """The plan, naming the rule of insight.query.rules that built it (shown by ``insight ask --debug``)."""
    return plan.model_copy(update={"rule": rule})


_PAYMENT_STATE = lazy_re.compile(r"(?:^|_)(?:is_)?(?:paid|bezahlt|settled|beglichen)$")


def _how_much_only(signals: Signals) -> bool:
    """"Wie viel ist noch offen?", "How much is pending?": an amount is asked ("wie viel" / "how much", no "wie
    viele" / "how many" / "Anzahl" and no customer word), so a filter alone is no count of customers — asked back
    which figure is meant."""
    words = set(signals.surface)
    return not signals.customer_word and bool(words & {"viel", "wieviel", "much"}) and \
        not words & {"viele", "wieviele", "many", "anzahl", "number", "count"}


def _non_sale_documents_only(filters: list[Filter]) -> bool:
    """Whether every filter selects document types of a line column that are no sale (fees, payouts): such lines
    are in no figure, so the one thing asked about them is their amount."""
    from insight.metrics.conventions import is_non_sale_document
    from insight.semantic.model import _ACTIVE

    active = _ACTIVE.get()
    client = active[1] if active else {}
    # a client column of either grain: fee and payout lines carry no customer, so the column may look constant
    # per customer where no buyer has a refund
    return bool(filters) and all(f.op == "in" and f.dimension in client and f.values and all(
        is_non_sale_document(fold(str(v)).strip()) for v in f.values) for f in filters)


# the words of adding amounts up ('Summe der Zahlungseingänge', 'sum of PayPal'): a value alone with one of them
# asks for the amount of its lines
_SUM_WORDS = frozenset({"summe", "sum", "aufsummiert", "summiert"})
# the size of a group of customers: "the largest segment", "die kleinste ABC-Klasse" (its customers, not its revenue)
_SIZE_WORDS = frozenset({"largest", "biggest", "smallest", "grosste", "grossten", "grosster", "groesste", "groessten",
                         "kleinste", "kleinsten", "kleinster"})


def _clarify_dimension_only(lang: str, filters: list[Filter], signals: Signals | None = None) -> QueryPlan:
    value = ", ".join(str(v) for f in filters for v in f.values) or "…"
    options = [say(key, lang, value=value) for key in ("option_revenue_of", "option_customers_of", "option_orders_of")]
    # "Öffnungsrate unserer Newsletter": the word that was probably the metric is named, not only the value
    words = ", ".join(f"'{_as_typed(w, signals)}'" for w in signals.unknown[:3]) if signals is not None else ""
    issue = Issue.said("no_metric", *(["issue_no_metric_words"] if words else []), "issue_no_metric", words=words,
                       value=value)
    return _clarify(lang, options, issue)


def _interaction_kinds(ds: Dataset | None) -> list[str]:
    """The interactions' own kinds as written ('Beschwerde', 'Reklamation'), for a kind named in a question."""
    if ds is None or ds.interactions.height == 0 or "kind" not in ds.interactions.columns:
        return []
    return [str(v) for v in ds.interactions.get_column("kind").drop_nulls().unique().head(50).to_list()]
