"""Parts of a fiscal year as windows: "Q1 des Geschäftsjahres 2012", "FY24 Q3", "zweites Halbjahr GJ 2023/24",
"im letzten Geschäftsquartal". A fiscal quarter is three months from the fiscal year's start (April–June for a
year from April), labelled with its dates so that ``understood`` says which months were read (docs/ask.md)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from insight.query import lazy_re
from insight.query.plan import TimeWindow

# the part said before the fiscal-year token ("Q1 des", "im ersten Quartal des", "second half of")
PART_BEFORE = lazy_re.compile(
    r"\b(?:q(?P<q>[1-4])|h(?P<h>[12])|(?P<o>erste|zweite|dritte|vierte|letzte|first|second|third|fourth|last|[1-4])[nmrs]?"
    r"\s+(?P<unit>quartal|halbjahr|monat|quarter|half|month))(?:\s+(?:des|im|in|of|of\s+the|in\s+the))?\s+$")
# the part said after it ("FY24 Q3", "GJ 2023/24 H2")
PART_AFTER = lazy_re.compile(r"\s*(?:q(?P<q>[1-4])|h(?P<h>[12]))\b")
_ORDINAL = {"erste": 1, "first": 1, "zweite": 2, "second": 2, "dritte": 3, "third": 3, "vierte": 4, "fourth": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def part_span(m: re.Match) -> tuple[int, int] | None:
    """(months into the year, months long) of a part; None for a part the year does not have ("fifth month" never
    reaches here; "letzter Monat" is the twelfth)."""
    if m["q"]:
        return 3 * (int(m["q"]) - 1), 3
    if m["h"]:
        return 6 * (int(m["h"]) - 1), 6
    unit = m["unit"]
    months = 3 if unit in ("quartal", "quarter") else 6 if unit in ("halbjahr", "half") else 1
    count = 12 // months
    n = count if m["o"] in ("letzte", "last") else _ORDINAL[m["o"]]
    return (months * (n - 1), months) if n <= count else None


_DATES = {"de": "{a:%d.%m.%Y}–{b:%d.%m.%Y}", "en": "{a:%Y-%m-%d} to {b:%Y-%m-%d}"}


def _dates(start: dt.date, end: dt.date, lang: str) -> str:
    return _DATES[lang].format(a=start, b=end - dt.timedelta(days=1))


def part_window(year: TimeWindow, m: re.Match, month: Callable[[int, int], TimeWindow]) -> TimeWindow | None:
    """The part ``m`` of the (fiscal) year window ``year``, named after the year's own label ("Q1 GJ 2011/12");
    a month is the calendar month ``month(year, month)`` builds."""
    span = part_span(m)
    if span is None or year.start is None:
        return None
    start = add_months(year.start, span[0])
    end = add_months(start, span[1])
    en, de = (year.label_en or "").split(" (")[0], (year.label_de or "").split(" (")[0]
    if span[1] == 1:  # "letzter Monat des GJ 2011/12": a calendar month, named so
        return month(start.year, start.month)
    part = f"{'Q' if span[1] == 3 else 'H'}{span[0] // span[1] + 1}"
    return TimeWindow(kind="range", start=start, end=end, label_en=f"{part} {en} ({_dates(start, end, 'en')})",
                      label_de=f"{part} {de} ({_dates(start, end, 'de')})")


def quarter_containing(day: dt.date, start_month: int) -> dt.date:
    """The first day of the fiscal quarter (of a year from ``start_month``) that contains ``day``."""
    index = day.year * 12 + day.month - 1 - (start_month - 1)
    first = index - index % 3 + (start_month - 1)
    return dt.date(first // 12, first % 12 + 1, 1)


def _names(start: dt.date, start_month: int, named_by: str) -> tuple[str, str]:
    """('Q3 FY2011', 'Q3 GJ 2010/11') for the fiscal quarter starting on ``start``."""
    index = start.year * 12 + start.month - 1 - (start_month - 1)
    first_year, number = index // 12, index % 12 // 3 + 1
    named = first_year + 1 if named_by == "end" else first_year
    return f"Q{number} FY{named}", f"Q{number} GJ {first_year}/{(first_year + 1) % 100:02d}"


def fiscal_quarter(start: dt.date, start_month: int, named_by: str) -> TimeWindow:
    """The fiscal quarter starting on ``start`` ("und im Vorjahr?" after "FY2011 Q3": Q3 FY2010)."""
    end = add_months(start, 3)
    en, de = _names(start, start_month, named_by)
    return TimeWindow(kind="range", start=start, end=end, label_en=f"{en} ({_dates(start, end, 'en')})",
                      label_de=f"{de} ({_dates(start, end, 'de')})")


def relative_quarter(rel: str, as_of: dt.date, start_month: int, named_by: str) -> TimeWindow:
    """"im laufenden Geschäftsquartal" (to the analysis date) / "last fiscal quarter" (the last complete one)."""
    if rel == "this":
        start = quarter_containing(as_of - dt.timedelta(days=1), start_month)
        en, de = _names(start, start_month, named_by)
        return TimeWindow(kind="since", start=start, end=as_of, label_en=f"this fiscal quarter ({en} to date)",
                          label_de=f"laufendes Geschäftsquartal ({de} bis heute)")
    w = fiscal_quarter(add_months(quarter_containing(as_of, start_month), -3), start_month, named_by)
    return w.model_copy(update={"label_en": f"last fiscal quarter, {w.label_en}",
                                "label_de": f"letztes Geschäftsquartal, {w.label_de}"})


def grain_of(window: TimeWindow, start_month: int | None) -> str | None:
    """'fiscal_year' / 'fiscal_quarter' where a window is one whole fiscal year or quarter ("GJ 2010/11", "April
    2010 to March 2011") of a fiscal year that is no calendar year (a retention compares it with the one before)."""
    start, end = window.start, window.end
    if start_month in (None, 1) or window.kind != "range" or start is None or end is None or start.day != 1:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day != 1 or (start.month - (start_month or 1)) % 3:
        return None
    if months == 12 and start.month == start_month:
        return "fiscal_year"
    return "fiscal_quarter" if months == 3 else None
