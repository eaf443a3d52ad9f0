"""A change asked between two periods: "Veränderung des Umsatzes zum Vorjahr in % für 2010", "revenue change 2011
over 2010 in %", "YoY revenue growth 2004", "Umsatz MoM im Juni 2025", "Wie hat sich der Umsatz von 2010 auf 2011
verändert, in Prozent?".

The change words (growth, change, Veränderung, Wachstum, YoY / MoM / QoQ, "in %") name no figure of their own: the
question without them is read as usual, and when that reading compares two periods — or names one calendar period
and a period-over-period word (YoY: the same period a year earlier, MoM: the month before, QoQ: the quarter before;
a year alone: the year before) — the answer is that comparison as one row with the absolute change and the change
in percent (per group where the two periods are compared by a grouping). Any other reading (a trend by month, a
period outside the data) keeps the question as written, so a change word that fits no comparison is still asked
back. A German compound of a figure and a change noun ("Umsatzveränderung") is read as the figure's word.
"""

from __future__ import annotations

import re

from insight.query import lazy_re, render
from insight.query.plan import QueryPlan, TimeWindow

_A = r"(?:ä|ae|a)"
_CHANGE = re.compile(
    rf"(?i)(?<![\w/])(?:ver{_A}nderung(?:en)?|{_A}nderung|wachstum(?:srate)?|zuwachs|growth(?:\s+rate)?|changes?|"
    rf"ver{_A}ndert|gewachsen|changed|grown|yoy|y/y|mom|m/m|qoq|q/q|year[\s-]+(?:over|on)[\s-]+year|"
    rf"month[\s-]+(?:over|on)[\s-]+month|quarter[\s-]+(?:over|on)[\s-]+quarter)(?![\w/])"
)
# "Umsatzveränderung", "Kundenwachstum": a German compound of a figure's word and a change noun
_COMPOUND = re.compile(rf"(?i)(?<![\w/])(?P<head>[^\W\d_]{{3,}}?)(?:ver{_A}nderung(?:en)?|wachstum)(?![\w/])")
_PERCENT = re.compile(
    r"(?i)(?:,\s*)?\b(?:in|als|as\s+a|as)\s+(?:%|prozent|percent|percentage)(?!\w)|"
    r"\bprozentual(?:e|en)?\b|\bpercentage\b|\s%(?!\w)"
)
# "in percent" / "um wie viel Prozent" beside a comparison ("vs", "gegenüber", "from 2010 to 2011") or a development
# verb ("develop", "entwickelt", "verbessert", "gefallen"): the change between the two periods, in percent
_PERCENT_ASKED = lazy_re.compile(
    r"(?i)(?<!\w)(?:(?:in|als|as|as\s+a)\s+(?:%|prozent|percent(?:age)?)(?!\w)|um\s+wie\s+viel\s+prozent|"
    r"by\s+how\s+(?:many\s+percent|much\s+percent))"
)
_VERSUS = lazy_re.compile(
    r"(?i)(?<![\w/])(?:vs\.?|versus|gegen(?:ü|ue|u)ber|compared\s+(?:to|with)|im\s+vergleich\s+(?:zu|zum)|"
    r"(?:von|from)\s+\S+(?:\s+\d{4})?\s+(?:auf|bis|to)|zum\s+vorjahr(?:eszeitraum)?)(?![\w/])"
)
_DEVELOP = lazy_re.compile(
    r"(?i)(?<![\w/])(?:develop(?:ed|ment)?|entwickel(?:t|te|ten)|entwicklung|verbessert|verschlechtert|gestiegen|"
    r"gesunken|gefallen|improved|increased|decreased|declined|risen|fallen)(?![\w/])"
)
_HOW = re.compile(r"(?i)^\s*(?:wie\s+(?:stark\s+|sehr\s+)?(?:hat|haben|hatte|hatten)\s+sich|wie\s+(?:entwickelte|entwickelten)\s+sich|"
                  r"how\s+(?:much\s+)?(?:did|has|have)|(?:hat|haben)\s+sich|has|have|did|(?:ist|sind)|is|are)\s+")
_GRAIN = (
    ("year", re.compile(r"(?i)(?<![\w/])(?:yoy|y/y|year[\s-]+(?:over|on)[\s-]+year)(?![\w/])"), 12),
    ("month", re.compile(r"(?i)(?<![\w/])(?:mom|m/m|month[\s-]+(?:over|on)[\s-]+month)(?![\w/])"), 1),
    ("quarter", re.compile(r"(?i)(?<![\w/])(?:qoq|q/q|quarter[\s-]+(?:over|on)[\s-]+quarter)(?![\w/])"), 3),
)


# "only countries with growth", "nur Länder mit Wachstum": a condition on the change, not the change asked for
_CONDITIONED = re.compile(rf"(?i)\b(?:with|having|without|mit|ohne)\s+(?:(?:a|an|einem|einer|positive[mnr]?|"
                          rf"negative[mnr]?)\s+)*(?:{_CHANGE.pattern[4:]})")


def asked(question: str) -> bool:
    """Whether the question asks for a change between periods (never where a change word is a condition)."""
    if _CONDITIONED.search(question) is not None:
        return False
    return _CHANGE.search(question) is not None or _COMPOUND.search(question) is not None or \
        percent_asked(question) or developed_against(question)


def percent_asked(question: str) -> bool:
    """"new customers 2011 vs 2010 in percent", "Um wie viel Prozent ist der Umsatz … gegenüber … gefallen?": a
    percent unit beside a comparison or a development verb asks for the change, not a share."""
    if _PERCENT_ASKED.search(question) is None:
        return False
    return _VERSUS.search(question) is not None or _DEVELOP.search(question) is not None


def developed_against(question: str) -> bool:
    """"Wie entwickelte sich der Umsatz … im Vergleich zum Vorjahreszeitraum?": a development verb beside a
    comparison asks for the change as well."""
    return _DEVELOP.search(question) is not None and _VERSUS.search(question) is not None


def compound_heads(question: str) -> list[str]:
    """The figure words of German change compounds ("Umsatz" of "Umsatzwachstum", "Markt" of "Marktwachstum")."""
    return [m.group("head").lower() for m in _COMPOUND.finditer(question)]


_COMPARED = re.compile(r"(?i)\b(?:gegen(?:ü|ue|u)ber|vs\.?|versus|verglichen|vergleich|compared|against|over)\b")
_SHARE_WORD = re.compile(r"(?i)\b(?:anteil\w*|\w*anteil|share\w*|proportion)\b")


def percent_of_compared(question: str) -> bool:
    """ "Umsatz Großbritannien 2011 gegenüber 2010 in Prozent": two periods compared and asked in percent, without
    a share word, ask for the change in percent (never each period's share)."""
    return _PERCENT.search(question) is not None and _COMPARED.search(question) is not None and \
        _SHARE_WORD.search(question) is None and not asked(question)


def without_change_words(question: str) -> str:
    """The question without its change words (and a percent unit beside them)."""
    text = _COMPOUND.sub(r"\g<head>", question)
    if percent_asked(text) or developed_against(text):
        text = _DEVELOP.sub(" ", _PERCENT_ASKED.sub(" ", text))
    text = _HOW.sub("", _PERCENT.sub(" ", _CHANGE.sub(" ", text)))
    text = re.sub(r"\s+([?,.!])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,")
    return text


_GROWTH_ALONE = lazy_re.compile(r"(?i)(?<![\w/])(?:wachstum(?:srate)?|zuwachs|growth(?:\s+rate)?|gewachsen|grown)(?![\w/])")


def growth_of_revenue(plain: str, question: str) -> str | None:
    """"Wachstum Deutschland 2011 zum Vorjahr", "growth vs previous year, 2024, Austria": growth without a figure is
    the growth of revenue (as "best" without a figure is by revenue, rule revenue_by_default); None when the question
    names no growth word."""
    return f"revenue {plain}" if _GROWTH_ALONE.search(question) else None


def months_back(question: str) -> int | None:
    """12 / 1 / 3 when the question says YoY / MoM / QoQ (or spelled out), else None."""
    return next((months for _grain, pattern, months in _GRAIN if pattern.search(question)), None)


def as_change(plan: QueryPlan, question: str) -> QueryPlan | None:
    """The plan of the question without its change words turned into a change between two periods, or None when
    it reads as no comparison of two periods."""
    from insight.query import timewords

    if plan.status != "ok" or not plan.metrics:
        return None
    worded = _CHANGE.search(question) is not None or _COMPOUND.search(question) is not None
    if not worded and any(render.unit_of(m) == "fraction" for m in plan.metrics):
        return None  # "Anteil … Q3 vs Q2 in %": a share is said in percent already
    pair = _two_periods(plan.window) if plan.intent == "metric" and not plan.group_by else None
    if pair is not None:  # "von 2010 auf 2011 gewachsen": a range of two whole periods, the later vs the earlier
        return _compared(plan, pair[1], pair[0])
    if plan.intent == "compare" and plan.compare is not None:
        if not all(isinstance(w, TimeWindow) for w in (plan.compare.a, plan.compare.b)):
            return None  # a grouping keeps its groups: the change of each ("… in % je Produktlinie")
        return plan.model_copy(update={"compare": plan.compare.model_copy(update={"change": True})})
    w = plan.window
    if not worded:
        return None  # a percent alone beside one period: a share, or asked back — never a change to a guessed period
    if plan.intent != "metric" or w.kind not in ("year", "quarter", "month") or len(plan.metrics) != 1:
        return None
    if any(g in ("month", "quarter", "year", "week", "day", "weekday") for g in plan.group_by):
        return None  # "revenue change by month 2024": the change of each month, no comparison of two periods
    months = months_back(question)
    if months is None:
        months = 12 if w.kind == "year" else None  # a quarter alone: the one before or a year before? asked back
    if months is None or {"year": 12, "quarter": 3, "month": 1}[w.kind] > months:
        return None  # "MoM 2024": a year has no month before it
    before = timewords.shift(w, months)
    if before is None:
        return None
    return _compared(plan, w, before)


def _two_periods(w: TimeWindow) -> tuple[TimeWindow, TimeWindow] | None:
    """A range of exactly two whole calendar years (quarters, months) — "from 2010 to 2011" — as its two periods."""
    if w.kind != "range" or w.start is None or w.end is None:
        return None
    for months in (12, 3, 1):
        if w.start.day != 1 or (w.start.month - 1) % months:
            continue
        months_between = (w.end.year - w.start.year) * 12 + w.end.month - w.start.month
        if w.end.day == 1 and months_between == 2 * months:
            a = _period(w.start, months)
            b = _period(_add(w.start, months), months)
            return a, b
    return None


def _add(day, months: int):
    import datetime as dt

    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _period(start, months: int) -> TimeWindow:
    from insight.query import timewords

    if months == 12:
        return timewords.year_window(start.year)
    if months == 3:
        return timewords.quarter_window(start.year, (start.month - 1) // 3 + 1)
    return timewords.month_window(start.year, start.month)


def _compared(plan: QueryPlan, w: TimeWindow, before: TimeWindow) -> QueryPlan:
    from insight.query.plan import Comparison

    return plan.model_copy(
        update={
            "intent": "compare",
            "grain": None,
            "window": TimeWindow(),
            "compare": Comparison(a=w, b=before, change=True),
            "top_n": None,
            "order": None,
        }
    )
