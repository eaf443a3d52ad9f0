"""A conversation over one Dataset: ``Session(ds).ask(question) -> Answer``, keeping the last plan.

Follow-ups are plan deltas, not replays of the transcript: a question that names no metric but a
window ("und 2011?", "the same for 2010"), a filter ("und nur in Deutschland?"), a grouping ("now by
month") or a top-N patches the previous plan; "warum?" / "why?" re-answers it with definitions and
the plan explained.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from insight.answer import Answer
from insight.dataset import Dataset
from insight.query import fiscal_windows
from insight.query.executor import execute
from insight.query.parser import TIME_DIMS, Signals, parse
from insight.query.plan import Filter, QueryPlan, TimeWindow
from insight.query.traits import besides_headcount, is_period_based, only_headcount
from insight.query import lazy_re

log = logging.getLogger(__name__)
# follow-ups that could not be merged with the previous plan during one ``Session.ask`` (see _unmerged)
_UNMERGED: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("insight_unmerged", default=None)
_UNMERGED_NOTE = {"en": "Answered on its own: this follow-up could not be combined with the previous question.",
                  "de": "Für sich beantwortet: diese Anschlussfrage ließ sich nicht mit der vorigen Frage verbinden."}


@dataclass
class Session:
    """Ask questions one after another; ``history`` holds (question, plan, answer) triples."""

    ds: Dataset
    llm: Any = None  # an insight.query.llm.LLMPlanner, optional; the offline parser is the fallback
    history: list[tuple[str, QueryPlan, Answer]] = field(default_factory=list)

    def __post_init__(self) -> None:
        from insight.query.derived import with_derived_ages

        self.ds = with_derived_ages(self.ds)  # 'jünger als 30' from a 'Geburtsdatum' column

    @property
    def last_plan(self) -> QueryPlan | None:
        for _q, plan, answer in reversed(self.history):
            if answer.status == "ok":
                return plan
        return None

    def plan(self, question: str) -> QueryPlan:
        """The plan a question gets in this conversation (without running it)."""
        from insight.semantic.client import client_model

        with client_model(self.ds):
            return self._plan(question)

    def _plan(self, question: str) -> QueryPlan:
        language = self.history[-1][1].language if self.history else "en"
        fresh, question = afresh(question)
        plan, signals = parse(question, self.ds, language=language)
        previous = None if fresh else self.last_plan
        if self.llm is not None and plan.status != "refuse":  # refusals never reach the LLM
            suggested = self.llm.plan(question, self.ds, language=plan.language, previous=previous)
            if suggested is not None:
                return suggested
        if previous is not None and plan.status == "clarify" and not signals.metrics:
            from insight.query.shares import as_share

            share = as_share(question, previous)  # "und als Anteil?" after "Umsatz je Kanal 2024"
            if share is not None:
                return share.model_copy(update={"language": plan.language})
            plan, signals = _counted_before(question, previous, plan, signals, self.ds, language)
        if previous is not None and plan.status != "refuse":
            plan, signals = only_flag(plan, signals, self.ds)
            plan = follow_up(previous, plan, signals)
        return plan

    def trace(self, question: str) -> dict:
        """How the question is read in this conversation (``insight ask --debug``): each token and what it
        was read as, the rule path that built the plan, and the plan itself — without running it."""
        from insight.semantic.client import client_model

        with client_model(self.ds):
            language = self.history[-1][1].language if self.history else "en"
            _plan, signals = parse(question, self.ds, language=language)
            plan = self._plan(question)
        return {"reading": [{"text": text, "read_as": role} for text, role in signals.reading],
                "rule": plan.rule, "plan": plan.to_json()}

    def ask(self, question: str) -> Answer:
        from insight.semantic.client import client_model

        token = _UNMERGED.set([])
        try:
            with client_model(self.ds):
                plan = self._plan(question)
                answer = execute(plan, self.ds, question)
            if _UNMERGED.get():  # a follow-up fell back to the question's own plan: say so
                answer.notes.append(_UNMERGED_NOTE[answer.language])
        finally:
            _UNMERGED.reset(token)
        if answer.ok and not answer.currency:  # for the faces' tables (265.754,37 €); not part of the JSON
            from insight.metrics.conventions import currency_of

            answer.currency = currency_of(self.ds)[0]
        self.history.append((question, plan, answer))
        return answer


# "ohne Filter bitte: Umsatz 2024", "without filters: revenue 2024", "neue Frage: …", "reset: …", "vergiss
# Frankreich – …": the question
# after the phrase starts afresh — nothing of the conversation (filters, window, grouping) is inherited
_AFRESH = lazy_re.compile(
    r"(?i)^\s*(?:(?:ohne|keine)\s+(?:jeden\s+|alle\s+)?filter(?:n)?|without\s+(?:any\s+|the\s+)?filters?|no\s+filters?|"
    r"(?:alle\s+)?filter\s+(?:zur(?:ü|ue|u)cksetzen|weg|entfernen|aufheben|l(?:ö|oe|o)schen)|"
    r"(?:reset|clear|remove|drop)\s+(?:all\s+|the\s+)?filters?|neue\s+frage|new\s+question|neu\s+anfangen|start\s+over|"
    # "vergiss Frankreich – Umsatz Q2 2025", "forget about France: revenue Q2 2025": the named scope dropped
    r"(?:vergiss|vergessen\s+sie|forget(?:\s+about)?)\s+(?:\w+\s+){0,2}\w+)"
    r"(?:\s*,?\s*(?:bitte|please))?\s*[:;,.!–-]+\s*")


def afresh(question: str) -> tuple[bool, str]:
    """(True, the rest) when the question opens with a phrase that drops the conversation's context."""
    from insight.query import guard

    m = _AFRESH.match(question)
    if m is None or not question[m.end():].strip() or guard.check(question) is not None:
        return False, question  # "vergiss alle Anweisungen: …" stays the whole question the guard refuses
    return True, question[m.end():]


_PRONOUN = lazy_re.compile(r"(?i)\b(?:of\s+them|of\s+those|of\s+these|von\s+ihnen|davon)\b")
_COUNTED = {"customers": ("customers", "Kunden"), "orders": ("orders", "Aufträge"),
            "order_lines": ("order lines", "Positionen")}


def _counted_before(question: str, previous: QueryPlan, plan: QueryPlan, signals: Signals, ds: Dataset,
                    language: str) -> tuple[QueryPlan, Signals]:
    """"and how many of them churned?", "Wie viele davon sind abgewandert?" after a count: the pronoun stands for
    what the previous question counted (its customers, orders or lines), read as that noun."""
    noun = _COUNTED.get(previous.metrics[0]) if len(previous.metrics) == 1 else None
    if noun is None or not _PRONOUN.search(question):
        return plan, signals
    said = _PRONOUN.sub(lambda m: f"{m.group(0)} {noun[1] if previous.language == 'de' else noun[0]}", question, 1)
    again, again_signals = parse(said, ds, language=language)
    return (again, again_signals) if again.status == "ok" else (plan, signals)


_WITH_WORDS = frozenset({"mit", "ohne", "with", "without"})


def only_flag(plan: QueryPlan, signals: Signals, ds: Dataset) -> tuple[QueryPlan, Signals]:
    """"and only active members?" after "churn rate by Geography": a yes/no column after 'only' restricts the
    previous figure to the customers with the flag (a filter), never replaces the figure by the flag's share."""
    said = {t for t, _r in signals.reading}
    # "ohne Newsletter" alone after a figure: the 'ohne' the question could not place is this restriction
    unplaced = plan.status == "clarify" and bool(signals.unknown) and set(signals.unknown) <= _WITH_WORDS and \
        all(i.code == "unknown_word" for i in plan.issues)
    if (plan.status != "ok" and not unplaced) or not ("only" in signals.keywords or said & _WITH_WORDS) or len(plan.metrics) != 1 or \
            plan.group_by:  # "und ohne Rezept?", "and with a credit card?" restrict as "only" does
        return plan, signals
    from insight.query import negation
    from insight.semantic.client import client_columns

    flags = {c.name: c for c in client_columns(ds) if c.is_flag}
    metric = plan.metrics[0]
    col = flags.get(metric.removeprefix("share_")) if metric.startswith("share_") else next(
        (c for c in flags.values() if c.concept == metric), None)
    if col is None:
        return plan, signals
    roles = (f"metric:{metric}", f"dim:{col.name}")
    only = next((i for i, (t, r) in enumerate(signals.reading) if "kw:only" in r or t in _WITH_WORDS), None)
    named = next((i for i, (_t, r) in enumerate(signals.reading) if {p.strip() for p in r.split(",")} & set(roles)),
                 None)
    if only is None or named is None or not 0 < named - only <= 2:
        return plan, signals
    op = "not_in" if negation.reading_negated(signals.reading, roles) else "in"
    flag = Filter(dimension=col.name, op=op, values=(col.flag_true,))
    signals.metrics = []
    signals.filters = [*signals.filters, flag]
    signals.unknown = [u for u in signals.unknown if u not in _WITH_WORDS]
    return plan.model_copy(update={"metrics": ("customers",), "filters": (*plan.filters, flag), "status": "ok",
                                   "issues": (), "options": ()}), signals


def _year_before(previous: QueryPlan, signals: Signals) -> TimeWindow | None:
    """"und im Vorjahr?" / "und im Jahr davor?" after "Bestellungen 2024" (or "Umsatz im Mai 2024"): the previous
    question's period one year earlier (2023, May 2023), not the year before the analysis date; "und im Vormonat?"
    after "Umsatz im Mai 2024" is April 2024. None when the previous window is no calendar year, quarter or month,
    or the unit is shorter than the previous period (a month before a whole year)."""
    from insight.query import timewords

    w = previous.window
    unit = timewords.relative_unit(" ".join(signals.surface))
    if unit == "year" and len(signals.windows) == 1 and timewords.is_fiscal_year(w):  # "GJ 2023/24", "und im Vorjahr?"
        return timewords.shift(w, 12)
    fiscal = signals.fiscal
    if unit in ("year", "quarter") and len(signals.windows) == 1 and w.start is not None and \
            fiscal_windows.grain_of(w, fiscal.start_month) == "fiscal_quarter":  # "FY2011 Q3", "und im Vorquartal?"
        return fiscal_windows.fiscal_quarter(fiscal_windows.add_months(w.start, -12 if unit == "year" else -3),
                                             fiscal.start_month or 1, fiscal.named_by)
    if len(signals.windows) != 1 or w.kind not in ("year", "quarter", "month") or w.start is None or \
            w.end is None or unit is None or (unit != "year" and unit != w.kind):
        return None
    return timewords.shift(w, {"year": 12, "quarter": 3, "month": 1}[unit])


# "a year later", "the following quarter", "ein Jahr später", "im Jahr danach", "im Folgejahr": the previous
# question's period moved forward by the unit
_LATER = lazy_re.compile(
    r"\b(?:a|one|ein(?:e|en)?)\s+(?P<u>year|quarter|month|jahr|quartal|monat)\s+(?:later|after(?:wards)?|spa(?:e)?ter)\b"
    r"|\b(?:following|next)\s+(?P<u2>year|quarter|month)\b|\b(?P<u3>jahr|quartal|monat)\s+danach\b"
    r"|\b(?P<u4>folgejahr|folgequartal|folgemonat)(?:es|s)?\b")


def _period_later(previous: QueryPlan, signals: Signals) -> TimeWindow | None:
    """"and the same quarter a year later?" after "orders in Q4 2010" (Q4 2011), "und im Jahr danach?" after
    "Umsatz 2010" (2011): the previous calendar year, quarter or month moved forward by the unit said, never the
    previous period again nor a grouping by the unit's word. None without such a phrase, when a period is named,
    or when the previous window is no calendar period."""
    from insight.query import timewords

    m = _LATER.search(" ".join(signals.surface))
    w = previous.window
    fiscal = timewords.is_fiscal_year(w)
    if m is None or signals.windows or (w.kind not in ("year", "quarter", "month") and not fiscal) or w.start is None:
        return None
    word = m.group("u") or m.group("u2") or m.group("u3") or m.group("u4")
    unit = "month" if "mon" in word else "quarter" if "quart" in word else "year"
    if fiscal:
        return timewords.shift(w, -12) if unit == "year" else None
    if unit != "year" and unit != w.kind:
        return None
    return timewords.shift(w, -{"year": 12, "quarter": 3, "month": 1}[unit])


# "und die 90 Tage davor?", "and the 30 days before that?": the stretch of the same length right before the last N
# days (or weeks) the previous question asked about
_DAYS_BEFORE = lazy_re.compile(r"\b(?P<n>\d+)\s+(?P<u>tage|tagen|days|wochen|weeks)\s+"
                               r"(?:davor|zuvor|vorher|before(?:\s+that)?|prior|earlier)\b")


def _days_before(previous: QueryPlan, signals: Signals) -> TimeWindow | None:
    """The N days (weeks) before the previous "last N days (weeks)" window; None unless the unit and the length
    are the previous window's own, or when a period is named."""
    m = _DAYS_BEFORE.search(" ".join(signals.surface))
    w = previous.window
    kind = "last_weeks" if m is not None and m["u"].startswith("w") else "last_days"
    if m is None or signals.windows or w.kind != kind or w.n != int(m["n"]) or w.start is None or w.end is None:
        return None
    start = w.start - dt.timedelta(days=(w.end - w.start).days)
    last = w.start - dt.timedelta(days=1)
    return TimeWindow(kind="range", start=start, end=w.start, label_en=f"{start.isoformat()} to {last.isoformat()}",
                      label_de=f"{start:%d.%m.%Y} bis {last:%d.%m.%Y}")


# "zurück auf alle Länder", "back to all countries", "wieder alle Kanäle": a filter on that dimension dropped
_ALL_AGAIN = lazy_re.compile(r"\b(?:zuruck\s+(?:auf|zu)|wieder(?:\s+(?:fur|uber|auf))?|back\s+to|again\s+for)\s+"
                             r"(?:alle[nms]?|all(?:\s+the)?)\b")


def _all_again(previous: QueryPlan, signals: Signals) -> QueryPlan | None:
    """The previous plan without its filters on the dimension the question names after "back to all" (the
    previous scope widened again), not grouped by it; None when no filter of the previous plan is on it."""
    if _ALL_AGAIN.search(" ".join(signals.surface)) is None or signals.metrics or not signals.group_by:
        return None
    dims = set(signals.group_by)
    if not any(f.dimension in dims for f in previous.filters):
        return None
    return previous.model_copy(update={"filters": tuple(f for f in previous.filters if f.dimension not in dims),
                                       "group_by": tuple(g for g in previous.group_by if g not in dims)})


def _pareto_restricted(previous: QueryPlan, signals: Signals) -> bool:
    return "pareto_customers" in (previous.rule or "") and bool(signals.filters or signals.windows)


def _change_moved(previous: QueryPlan, signals: Signals):
    """A change between two periods moved to the one period a follow-up names, the earlier one as far before it
    as before ("same for Q3" after Q4 2011 vs Q4 2010: Q3 2011 vs Q3 2010); None for anything else."""
    from insight.query import timewords
    from insight.query.plan import TimeWindow

    c = previous.compare
    if previous.intent != "compare" or c is None or not c.change or len(signals.windows) != 1 or \
            not all(isinstance(w, TimeWindow) and w.start is not None for w in (c.a, c.b)):
        return None
    a = signals.windows[0]
    if a.kind not in ("year", "quarter", "month") or a.start is None:
        return None
    if a.kind != "year" and not any(word.isdigit() and len(word) == 4 for word in signals.surface):
        a = _same_year(previous.model_copy(update={"window": c.a}), a, signals)  # "Q3": of the compared year
    ca, cb = c.a, c.b
    assert isinstance(ca, TimeWindow) and isinstance(cb, TimeWindow) and ca.start and cb.start
    months = (ca.start.year - cb.start.year) * 12 + ca.start.month - cb.start.month
    b = timewords.shift(a, months) if months > 0 else None
    return None if b is None else c.model_copy(update={"a": a, "b": b})


def _same_year(previous: QueryPlan, window: TimeWindow, signals: Signals) -> TimeWindow:
    """"and in Q2?" after "customers in Q1 1997": a quarter or month named without a year falls in the previous
    question's year (Q2 1997), not the latest such period before the analysis date."""
    from insight.query import timewords

    w = previous.window
    if window.kind not in ("quarter", "month") or window.start is None or w.start is None or \
            w.kind not in ("year", "quarter", "month") or any(word.isdigit() and len(word) == 4 for word in signals.surface):
        return window
    if window.kind == "quarter":
        return timewords.quarter_window(w.start.year, (window.start.month - 1) // 3 + 1)
    return timewords.month_window(w.start.year, window.start.month)


def _windows_update(previous: QueryPlan, signals: Signals, words: set[str]) -> dict:
    """What a follow-up's own periods change in the previous plan: its window, or a comparison (two periods, "im
    Vergleich zum Vormonat", "same for Q3" after a change), or no comparison any more."""
    update: dict = {}
    earlier = _year_before(previous, signals)
    update["window"] = earlier or _same_year(previous, signals.windows[0], signals)
    moved = _change_moved(previous, signals)
    if earlier is not None and "compare" in words and previous.intent == "metric" and len(signals.windows) == 1:
        # "und im Vergleich zum Vormonat?" after "Umsatz April 2011": April against March, never March alone
        from insight.query.plan import Comparison

        update["intent"] = "compare"
        update["compare"] = Comparison(a=previous.window, b=earlier)
        update["window"] = TimeWindow()
    elif len(signals.windows) >= 2 and previous.intent in ("metric", "compare"):
        from insight.query.plan import Comparison

        update["intent"] = "compare"
        update["compare"] = Comparison(a=signals.windows[0], b=signals.windows[1])
    elif moved is not None:  # "same for Q3" after "revenue growth Q4 2011 vs Q4 2010": Q3 2011 vs Q3 2010
        update["compare"] = moved
        update["window"] = previous.window
    elif previous.intent == "compare":
        update["intent"] = "metric"
        update["compare"] = None
    return update


def follow_up(previous: QueryPlan, plan: QueryPlan, signals: Signals) -> QueryPlan:
    """``plan`` itself when the question stands alone, else the previous plan patched by the question."""
    words = set(signals.keywords)
    if any(issue.code == "unresolved_time" for issue in plan.issues):
        return plan  # "und im Sommer 2010?": ask back rather than patch the previous plan with the whole year
    if "why" in words and not signals.metrics:  # "warum?" after an answer: the cause is not in the data
        return _why_follow_up(previous, plan.language)
    if plan.intent in ("lookup_customer", "definition", "describe_segment", "table", "at_risk"):
        return plan
    only = _only_bound(previous, plan, signals)
    if only is not None:  # "nur Länder mit mehr als 50 Kunden", "nur Kunden mit mehr als 5 Bestellungen"
        return only
    if _only_who(previous, plan, signals):  # "only married customers" after "mean income by education": restricted
        signals = replace(signals, metrics=[], customer_word=False)  # the same figure, never a head count instead
    if signals.metrics:
        return switch_metric(previous, plan, signals) if signals.continues and plan.status == "ok" else plan
    if not elliptical(signals) or _pareto_restricted(previous, signals):
        # "Wer sind unsere wertvollsten Kunden?" after a churn question: answered on its own; "only b2b" after the
        # Pareto count: 80 % of whose revenue? ABC classes are of all customers, so it is read (asked back) alone
        return plan
    superlative = _which_of_previous(previous, signals)
    before = _days_before(previous, signals) if not signals.metrics else None
    if not (signals.has_delta or words & {"same", "only", "now"} or superlative or before is not None):
        return plan
    if superlative:  # "which one was the weakest?" after "revenue 2011 by month": the bottom month of that table
        signals = replace(signals, top_n=1)
    later = _period_later(previous, signals) or before
    if later is not None:  # "and the same quarter a year later?" after "orders in Q4 2010": Q4 2011
        return previous.model_copy(update={"window": later, "language": plan.language, "explain": False})
    every = _all_again(previous, signals)
    if every is not None:  # "zurück auf alle Länder" after "und Frankreich?": the country filter dropped
        return every.model_copy(update={"language": plan.language, "explain": False})
    if signals.unknown and plan.status == "clarify" and words & {"only", "not"} and not signals.has_delta:
        # "and only inspections?", "und ohne Gutscheine?": the unknown word is the restriction asked for, so the
        # previous table is never answered again without it
        return _unknown_in_follow_up(plan, signals)
    update: dict = {"language": plan.language, "explain": False, "status": "ok", "issues": (), "options": ()}
    if signals.windows:
        update.update(_windows_update(previous, signals, words))
    if signals.filters:
        dims = {f.dimension for f in signals.filters}
        kept = tuple(f for f in previous.filters if f.dimension not in dims)
        update["filters"] = (*kept, *signals.filters)
        # "und ohne UK?" after "Top 5 Länder", "ohne Healthcare" after "Umsatz je Branche": an exclusion leaves
        # the other values, so the grouping by them stays (only one value named to keep drops it)
        groups = tuple(g for g in previous.group_by if g not in dims or any(
            len(f.values) > 1 or f.op == "not_in" for f in signals.filters if f.dimension == g))
        update["group_by"] = groups
        lines = previous.population.lines
        if lines is not None and lines[0].dimension in dims:  # "Und der Bahnhof?" after the customers of the
            new = next(f for f in signals.filters if f.dimension == lines[0].dimension)  # Altstadt: swapped, never
            update["filters"] = tuple(f for f in update["filters"] if f is not new)  # both at once
            update["population"] = previous.population.model_copy(update={"lines": (new, lines[1])})
    if signals.group_by:
        new_time = [g for g in signals.group_by if g in TIME_DIMS]
        kept_groups = [g for g in update.get("group_by", previous.group_by)
                       if g not in TIME_DIMS and g not in signals.group_by]
        if new_time:
            update["intent"] = "trend"
            update["grain"] = new_time[0]
            update["group_by"] = (new_time[0], *[g for g in signals.group_by if g not in TIME_DIMS])
            if previous.metrics and is_period_based(previous.metrics[0]):
                update["period"] = new_time[0]
                update["group_by"] = ()
        else:
            # "und nach Familienstand?" after "average income by education": the new grouping replaces the previous
            # one; only "also / zusätzlich / auch nach …" adds it as a second dimension
            also = _ALSO.search(" ".join(signals.surface)) is not None
            update["group_by"] = (*[g for g in signals.group_by], *[g for g in kept_groups if g != "customer_id"]) \
                if "customer_id" not in signals.group_by and also else tuple(signals.group_by)
            if previous.intent == "trend":
                update["intent"] = "rank" if (signals.top_n or previous.top_n) else "metric"
                update["grain"] = None
            elif previous.intent not in ("rank", "metric"):
                update["intent"] = "metric"
    if signals.top_n:
        update["top_n"] = signals.top_n
        intent = update.get("intent", previous.intent)
        if intent in ("metric", "trend") and (update.get("group_by") or previous.group_by):
            # "top 2 only" after "revenue by month 1998": the two best months, ranked by value, never the first
            # two in calendar order (a trend keeps its order, so it is ranked as "top 2 months by revenue" is)
            update["intent"] = "rank"
            update["grain"] = None
            update["order"] = "asc" if "bottom" in words else "desc"
        elif intent == "rank" and ("bottom" in words or "top" in words):
            # "and the bottom 3?" after "nur Top 3": the order flips, never the top 3 again
            update["order"] = "asc" if "bottom" in words else "desc"
    per_customer = _per_customer(previous, signals)
    if per_customer:  # "and per customer?" after "revenue by country": each country's mean per customer
        update["group_by"] = tuple(dict.fromkeys(("customer_id", *previous.group_by, *signals.group_by)))
    merged = previous.model_dump()
    merged.update(update)
    try:
        merged_plan = QueryPlan.model_validate(merged)
    except ValueError as err:
        return _unmerged(plan, err)
    if per_customer:
        from insight.query.per_customer import per_customer_mean

        merged_plan = per_customer_mean(merged_plan, list(signals.surface))
    return merged_plan


def _why_follow_up(previous: QueryPlan, language: str) -> QueryPlan:
    """"warum?" / "why is that?" after an answer: a cause is not in the data, so it is asked back (never the
    previous figure again as if it were the reason), saying how the previous figure was computed and offering
    it split by month, country or segment."""
    from insight.query.executor import explanation
    from insight.query.parser import _why_asked_back
    from insight.query.plan import Issue

    asked = _why_asked_back(previous.model_copy(update={"language": language, "explain": False}))
    if not asked.issues:
        return asked
    issue = asked.issues[0]
    explained = Issue(code=issue.code, en=f"{issue.en} {explanation(previous, 'en')}",
                      de=f"{issue.de} {explanation(previous, 'de')}")
    return asked.model_copy(update={"issues": (explained,)})


_ALSO = lazy_re.compile(r"\b(?:also|additionally|as\s+well|too|in\s+addition|zusatzlich|auch|ausserdem|dazu)\b")


def _per_customer(previous: QueryPlan, signals: Signals) -> bool:
    """Whether the follow-up asks for the previous total per customer ("and per customer?", "und je Kunde?")
    rather than a list of customers: a ratio over the previous scope, grouped as before (per_customer.py)."""
    from insight.query.per_customer import PER_CUSTOMER, TOTALS

    return "customer_id" in signals.group_by and previous.intent in ("metric", "rank") and \
        previous.aggregate is None and any(m in TOTALS for m in previous.metrics) and \
        PER_CUSTOMER.search(" ".join(signals.surface)) is not None


def _unknown_in_follow_up(plan: QueryPlan, signals: Signals) -> QueryPlan:
    """A follow-up restricting by a word the data does not know: asked back naming it, never the previous answer
    again with the restriction dropped (answers.md: correct, asked back, or a one-line error)."""
    from insight.query.plan import Issue

    shown = ", ".join(f"'{signals.surface.get(w, w)}'" for w in signals.unknown[:3])
    issue = Issue.said("unknown_word", "issue_unknown_word_followup", shown=shown)
    return plan.model_copy(update={"status": "clarify", "issues": (issue,)})


# words that make a question complete although it names no metric: its subject or intent is its own
_OWN_INTENT = {"valuable", "lost", "churn_words", "future", "describe", "define", "when"}


def _only_bound(previous: QueryPlan, plan: QueryPlan, signals: Signals) -> QueryPlan | None:
    """'only' with a bound and nothing else new narrows the previous question, never starts afresh: "nur Länder
    mit mehr als 50 Kunden" after "Kunden je Land 2011" bounds those groups (the window and filters stay); "nur
    Kunden mit mehr als 5 Bestellungen" after "Umsatz 2010 in Deutschland" is that revenue of those customers
    (asked back where the figure cannot be restricted to them). None where this does not apply."""
    if "only" not in signals.keywords or plan.status != "ok" or previous.status != "ok" or signals.windows or \
            signals.filters or signals.continues or previous.intent not in ("metric", "rank", "trend"):
        return None
    update: dict = {"language": plan.language, "explain": False}
    if plan.having is not None and plan.group_by and plan.group_by == previous.group_by and \
            previous.having is None and set(plan.metrics) <= {*previous.metrics, plan.having[0]}:
        update["having"] = plan.having
        update["metrics"] = tuple(dict.fromkeys((*previous.metrics, plan.having[0])))
        return previous.model_copy(update=update)
    if plan.order_bounds and only_headcount(plan.metrics) and not only_headcount(previous.metrics) and \
            not previous.order_bounds and not plan.group_by and plan.having is None and not signals.group_by:
        from insight.query.parser import _clarify_order_filter, restrictable_to_min_orders

        bounded = previous.model_copy(update=update).restrict(min_orders=plan.population.min_orders,
                                                                max_orders=plan.population.max_orders)
        return bounded if restrictable_to_min_orders(bounded) else _clarify_order_filter(plan.language, bounded)
    return None


def _only_who(previous: QueryPlan, plan: QueryPlan, signals: Signals) -> bool:
    """"only married customers", "nur verheiratete Kunden" after another figure: 'only' with values of the data and
    the customers' noun as the only figure names whom the previous figure is about, not a count of them."""
    return "only" in signals.keywords and bool(signals.filters) and plan.status == "ok" and \
        only_headcount(tuple(signals.metrics)) and not only_headcount(previous.metrics) and \
        "count" not in signals.keywords and not signals.group_by and previous.status == "ok"


_WHICH = {"which", "welche", "welcher", "welches", "welchen", "welchem"}


def _which_of_previous(previous: QueryPlan, signals: Signals) -> bool:
    """'which one was the weakest?', 'Welcher war der stärkste?', 'and the worst?' (after the best month): only a
    question word or a continuing 'and' with a superlative after a table by one grouping — its first (or last)
    row. Anything else named (a figure, a filter, a period, a number) is a question of its own."""
    words = set(signals.keywords)
    asks = bool(_WHICH & set(signals.surface)) or signals.continues
    return bool(words & {"top", "bottom"}) and not ({"top", "bottom"} <= words) and asks \
        and not (signals.metrics or signals.filters or signals.windows or signals.group_by or signals.top_n) \
        and len(previous.group_by) == 1 and previous.intent in ("trend", "metric", "rank") and previous.status == "ok"


def elliptical(signals: Signals) -> bool:
    """Whether a question without a metric leans on the previous one: it says so ("und …", "and by region?",
    "nur 2011", "the same for 2010", "davon") or has no subject of its own ("2011?", "nach Monat"). A
    question about customers or with an intent of its own ("top customers", "Wer sind unsere wertvollsten
    Kunden?") is complete and starts afresh (answers.md)."""
    words = set(signals.keywords)
    if signals.continues or words & {"same", "only", "now"}:
        return True
    return not (signals.customer_word or words & _OWN_INTENT)


# "Und wie viele Kunden haben wir insgesamt?", "and how many customers overall?": the whole data, so the
# previous question's filters and window are not inherited
_OVERALL = lazy_re.compile(r"\b(?:insgesamt|overall|gesamt|in\s+total|all\s+in\s+all|alles\s+in\s+allem"
                      r"|(?:alle|allen|all)\s+(?:kunden|customers|clients))\b")


def _overall(signals: Signals) -> bool:
    return _OVERALL.search(" ".join(signals.surface)) is not None


_CARRIES_WINDOW = ("metric", "rank", "trend", "compare")


def switch_metric(previous: QueryPlan, plan: QueryPlan, signals: Signals) -> QueryPlan:
    """A follow-up that names another metric ("revenue in 2011" → "and the orders?", "Umsatz in Deutschland
    2010" → "Und wie viele Kunden waren das?"): the new metric over the previous window, filters and, when the
    question names no grouping of its own, the previous grouping."""
    if previous.intent not in _CARRIES_WINDOW or plan.intent not in _CARRIES_WINDOW or _overall(signals):
        return plan
    if previous.order_bounds and besides_headcount(plan.metrics):
        from insight.query.parser import _clarify_order_filter, restrictable_to_min_orders

        if not restrictable_to_min_orders(plan):  # never drop the condition silently
            return _clarify_order_filter(plan.language, previous)
    dims = {f.dimension for f in plan.filters}
    filters = (*[f for f in previous.filters if f.dimension not in dims], *plan.filters)
    if plan.intent == "metric" and not plan.group_by and not signals.windows:
        update = {"metrics": plan.metrics, "filters": filters, "language": plan.language, "explain": False,
                  "status": "ok", "issues": (), "options": (),
                  "min_orders": plan.population.min_orders or previous.population.min_orders,  # "and their revenue?" keeps the condition
                  "max_orders": plan.population.max_orders or previous.population.max_orders}
        if plan.aggregate:
            update["aggregate"] = plan.aggregate
        elif previous.aggregate == "mean" and "customer_id" in previous.group_by:
            # "und der Gesamtumsatz?" after "Umsatz je Kunde 2011": the metric named replaces the mean per customer
            update["aggregate"] = None
            update["group_by"] = tuple(g for g in previous.group_by if g != "customer_id")
        merged = previous.model_dump()
        merged.update(update)
    else:
        merged = plan.model_dump()
        merged["filters"] = filters
        merged["min_orders"] = plan.population.min_orders or previous.population.min_orders
        merged["max_orders"] = plan.population.max_orders or previous.population.max_orders
        if not signals.windows and plan.intent != "compare":
            merged["window"] = previous.window if previous.intent != "compare" else plan.window
    having = merged.get("having")
    if having and merged.get("group_by") and having[0] not in merged["metrics"]:
        # "und der Umsatz?" after "nur Länder mit mehr als 50 Kunden": the bounded count beside, so the bound holds
        merged["metrics"] = (*merged["metrics"], having[0])
    try:
        return QueryPlan.model_validate(merged)
    except ValueError as err:
        return _unmerged(plan, err)


def _unmerged(plan: QueryPlan, err: ValueError) -> QueryPlan:
    """``plan`` (the question's own), after logging why the merged follow-up plan was invalid and noting
    it for the answer (``Session.ask`` adds a note); which plan is used does not change."""
    log.warning("follow-up not merged with the previous plan (%s); answering it on its own", err, exc_info=True)
    noted = _UNMERGED.get()
    if noted is not None:
        noted.append(str(err))
    return plan


__all__ = ["Session", "follow_up", "switch_metric", "Filter"]
