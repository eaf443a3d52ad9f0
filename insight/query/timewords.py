"""Time expressions in German and English → TimeWindows resolved against the analysis date.

Rules (shared/spec/metrics.md, "Time windows"): relative windows end at the analysis date
(exclusive); "last N days" = [date − N days, date); "last N months" = the N calendar months before the
analysis date's month plus that month up to the date (same for weeks as 7 days, quarters and years);
"last quarter / month / year" = the last *complete* calendar period; "this year" = the analysis date's
year up to it; "2011", "März 2011", "Q3 2011" are calendar periods; a month or quarter without a year
is the latest one that started before the analysis date. "since X" runs from the start of X to the
analysis date; "from X to Y" from the start of X to the end of Y.

``extract(text, as_of)`` returns the windows found (in order of appearance) and the text with the
time expressions blanked out, so the parser does not read "Jahr" in "im Jahr 2011" as a grouping.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from insight.language import CJK_LETTERS
from insight.query.numbers import CENTS_MARK, ORDINALS, spaced_thousands, words_to_digits
from insight.query.plan import TimeWindow
from insight.query import lazy_re

MONTHS: dict[str, int] = {
    "januar": 1, "january": 1, "jan": 1, "janner": 1, "februar": 2, "february": 2, "feb": 2, "marz": 3,
    "maerz": 3, "march": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10,
    "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "dezember": 12, "december": 12, "dez": 12,
    "dec": 12,
}
MONTH_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
_M = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_ORD = "(" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_LAST = r"(?:last|past|previous|prior|recent|letzten|letzte|letzter|letztes|vergangenen|vergangene|vergangenes|vorigen|vorige|voriges|zuruckliegenden)"
# "the last full quarter", "im letzten vollständigen Monat": a complete period is what "last" already means
_FULL = r"(?:(?:full|complete|completed|whole|entire|calendar|kalender|ganzen|ganze|vollen|volle|vollstandigen|vollstandige|abgeschlossenen|abgeschlossene)\s+)?"
_THIS = r"(?:this|current|dieses|diesem|diesen|dieser|diese|laufenden|laufendes|laufende|aktuellen|aktuelles|aktuelle|current)"
_YEAR = r"((?:19|20)\d{2})"
# The dates a question may name: those data can hold (insight.io.bounds). A date phrase that is not a
# real date in that range ("31.02.2011", "Q9 2011", "in 0000", "seit 9999-12-31") becomes this token,
# which the parser asks back about (UNRESOLVED_ALWAYS) instead of widening the window to the year or
# to all time.
IMPOSSIBLE = "impossibledate"
REVERSED = "reversedrange"  # "between May 2024 and April 2024": a range that ends before it starts
# "GJ 2023/24" where the workspace's fiscal year is the calendar year: two calendar years or a setting missing
FISCAL_SPLIT = "fiscalsplit"
# "FY24", "GJ 2024" where no fiscal year is set: the abbreviations are used where it is no calendar year
FISCAL_UNSET = "fiscalunset"
# a part of a fiscal year that is no quarter, half or month ("the fiscal quarter" alone), asked back
FISCAL_PART = "fiscalpart"
FISCAL_WORDS = (FISCAL_SPLIT, FISCAL_UNSET, FISCAL_PART)
# "je Geschäftsjahr", "fiscal quarter" where no fiscal year is set: read as the calendar year / quarter, and this
# token tells the parser to say so (docs/ask.md, "Fiscal years")
FISCAL_CALENDAR = "fiscalascalendar"
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


@dataclass(frozen=True)
class Found:
    window: TimeWindow
    start: int  # position in the normalised text


# -- calendar helpers -----------------------------------------------------------------------------
def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _same_day_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months keeping its day (the month's last day where it is shorter)."""
    first = _add_months(day, months)
    last = (_add_months(first, 1) - dt.timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


def _months_back(day: dt.date, months: int) -> dt.date:
    """``months`` calendar months before ``day``, or FIRST_DAY when that is earlier."""
    index = day.year * 12 + day.month - 1 - months
    return _add_months(day, -months) if index >= FIRST_DAY.year * 12 else FIRST_DAY


def _quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, 3 * (quarter - 1) + 1, 1)


def year_window(year: int) -> TimeWindow:
    return TimeWindow(kind="year", start=dt.date(year, 1, 1), end=dt.date(year + 1, 1, 1),
                      label_en=str(year), label_de=str(year))


def month_window(year: int, month: int) -> TimeWindow:
    start = _month_start(year, month)
    return TimeWindow(kind="month", start=start, end=_add_months(start, 1),
                      label_en=f"{MONTH_EN[month - 1]} {year}", label_de=f"{MONTH_DE[month - 1]} {year}")


def quarter_window(year: int, quarter: int) -> TimeWindow:
    start = _quarter_start(year, quarter)
    return TimeWindow(kind="quarter", start=start, end=_add_months(start, 3),
                      label_en=f"Q{quarter} {year}", label_de=f"Q{quarter} {year}")


def half_window(year: int, half: int) -> TimeWindow:
    """H1 = January to June, H2 = July to December (a range: the executor needs only start and end)."""
    start = dt.date(year, 1 if half == 1 else 7, 1)
    return TimeWindow(kind="range", start=start, end=_add_months(start, 6), label_en=f"H{half} {year}",
                      label_de=f"{half}. Halbjahr {year}")


def day_window(day: dt.date) -> TimeWindow:
    return TimeWindow(kind="day", start=day, end=day + dt.timedelta(days=1),
                      label_en=day.isoformat(), label_de=day.strftime("%d.%m.%Y"))


def _latest_month(month: int, as_of: dt.date) -> int:
    """Year of the latest such month that started before the analysis date."""
    return as_of.year if _month_start(as_of.year, month) < as_of else as_of.year - 1


def _latest_quarter(quarter: int, as_of: dt.date) -> int:
    return as_of.year if _quarter_start(as_of.year, quarter) < as_of else as_of.year - 1


def relative_window(unit: str, n: int, as_of: dt.date) -> TimeWindow:
    """last N days / weeks / months / quarters / years ending at the analysis date."""
    if unit == "days":
        start = as_of - dt.timedelta(days=min(n, (as_of - FIRST_DAY).days))
        en, de = f"the last {n} days", f"die letzten {n} Tage"
    elif unit == "weeks":
        start = as_of - dt.timedelta(days=min(7 * n, (as_of - FIRST_DAY).days))
        en, de = f"the last {n} weeks", f"die letzten {n} Wochen"
    elif unit == "months":
        start = _months_back(_month_start(as_of.year, as_of.month), n)
        en, de = f"the last {n} months", f"die letzten {n} Monate"
    elif unit == "quarters":
        q = (as_of.month - 1) // 3 + 1
        start = _months_back(_quarter_start(as_of.year, q), 3 * n)
        en, de = f"the last {n} quarters", f"die letzten {n} Quartale"
    else:
        start = _months_back(dt.date(as_of.year, 1, 1), 12 * n)
        en, de = f"the last {n} years", f"die letzten {n} Jahre"
    start = max(start, FIRST_DAY)  # "the last 10000 years": everything data can hold, not a date error
    return TimeWindow(kind=f"last_{unit}" if unit != "quarters" else "last_months", start=start, end=as_of, n=n,
                      label_en=en, label_de=de)


def complete_window(unit: str, as_of: dt.date) -> TimeWindow:
    """The last complete calendar month / quarter / year before the analysis date."""
    if unit == "month":
        end = _month_start(as_of.year, as_of.month)
        start = _add_months(end, -1)
        w = month_window(start.year, start.month)
        return w.model_copy(update={"kind": "last_complete_month", "label_en": f"last month ({w.label_en})",
                                    "label_de": f"letzter Monat ({w.label_de})"})
    if unit == "quarter":
        q = (as_of.month - 1) // 3 + 1
        end = _quarter_start(as_of.year, q)
        start = _add_months(end, -3)
        w = quarter_window(start.year, (start.month - 1) // 3 + 1)
        return w.model_copy(update={"kind": "last_complete_quarter", "label_en": f"last quarter ({w.label_en})",
                                    "label_de": f"letztes Quartal ({w.label_de})"})
    w = year_window(as_of.year - 1)
    return w.model_copy(update={"kind": "last_complete_year", "label_en": f"last year ({w.label_en})",
                                "label_de": f"letztes Jahr ({w.label_de})"})


def this_window(unit: str, as_of: dt.date) -> TimeWindow:
    """The current calendar year / quarter / month up to the analysis date. The analysis date is the day after
    the data's last day, so when it opens a new period ("this quarter" on 1 July, "this year" on 1 January) the
    current period is the one holding the data's last day, never a period of which nothing has happened."""
    ref = as_of - dt.timedelta(days=1)
    if unit == "year":
        start = dt.date(ref.year, 1, 1)
        en, de = f"this year ({ref.year} to date)", f"dieses Jahr ({ref.year} bis heute)"
    elif unit == "quarter":
        q = (ref.month - 1) // 3 + 1
        start = _quarter_start(ref.year, q)
        en, de = f"this quarter (Q{q} {ref.year} to date)", f"dieses Quartal (Q{q} {ref.year} bis heute)"
    else:
        start = _month_start(ref.year, ref.month)
        en = f"this month ({MONTH_EN[ref.month - 1]} {ref.year} to date)"
        de = f"diesen Monat ({MONTH_DE[ref.month - 1]} {ref.year} bis heute)"
    return TimeWindow(kind=f"this_{unit}", start=start, end=as_of, label_en=en, label_de=de)


# -- fiscal years (Geschäftsjahr) ----------------------------------------------------------------
@dataclass(frozen=True)
class FiscalYear:
    """The workspace's fiscal year: the month it starts and whether 'FY2024' names the year it ends or starts
    in (settings ``fiscal_year_start`` / ``fiscal_year_named_by``). January or not set = the calendar year; not
    set, "FY24" and "GJ 2024" are asked back (spelled out, "Geschäftsjahr 2024" is the calendar year)."""

    start_month: int | None = None
    named_by: str = "end"

    @property
    def calendar(self) -> bool:
        return self.start_month in (None, 1)


CALENDAR = FiscalYear()
_FY_WORD = r"(?:geschaftsjahr(?:es|s)?|wirtschaftsjahr(?:es|s)?|fiscal\s+year|financial\s+year|fiscal|gj|wj|fy)"
_FY_SHORT = ("gj", "wj", "fy")
# "GJ 2023/24", "Geschäftsjahr 2023/2024", "FY2024", "FY 2023-24", "fiscal year 2024", "GJ 23/24", "FY24"
_FY_NAMED = lazy_re.compile(rf"\b(?P<w>{_FY_WORD})\s*(?P<a>(?:19|20)\d{{2}}|\d{{2}})"
                            r"(?:\s*[/-]\s*(?P<b>(?:19|20)\d{2}|\d{2}))?(?![\d/.-])")
_FY_ARTICLE = r"(?:(?:im|in|in\s+the|for\s+the|the|das|dem|des|fur\s+das|over\s+the|during\s+the)\s+)?"
_FY_THIS = lazy_re.compile(rf"\b{_FY_ARTICLE}{_THIS}\s+{_FY_WORD}\b|\bfytd\b|\b(?:fiscal|financial)\s+year\s+to\s+date\b"
                           r"|\bseit\s+(?:dem\s+)?(?:beginn|anfang|start)\s+des\s+(?:geschafts|wirtschafts)jahres\b"
                           r"|\bseit\s+(?:geschafts|wirtschafts)jahres(?:beginn|anfang|start)\b"
                           r"|\b(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:fiscal|financial)\s+year\b")
_FY_LAST = lazy_re.compile(rf"\b{_FY_ARTICLE}{_LAST}\s+{_FULL}{_FY_WORD}\b")
_FY_ANY = lazy_re.compile(rf"\b{_FY_WORD}\b")
_FY_GROUPING = lazy_re.compile(r"\b(?:je|pro|nach|by|per|each|every|jedes|jeweils|across)\s+(?:(?:dem|den|das|the|einzelnen)\s+)?$")
_FY_HINT = lazy_re.compile(r"\b(?:geschafts|wirtschafts|fiscal|financial|gj|wj|fy)")
_FY_TOKEN = lazy_re.compile(r"\bfy(?:(?P<a>\d{4})(?P<b>\d{4})(?P<abbr>x?)|(?P<rel>this|last))\b|\bfq(?P<qrel>this|last)\b"
                            r"|\b(?P<group>fiscalyear|fiscalquarter)\b|\b(?P<word>fiscalquarterword)\b")
# "Geschäftsquartal", "fiscal quarter": after je/per/by a grouping, after this/last a window, else asked back
_FQ_WORD = r"(?:(?:geschafts|wirtschafts)quartal(?:e|en|s|es)?|(?:fiscal|financial)\s+quarters?|fiscal\s+q)"
_FQ_THIS = lazy_re.compile(rf"\b{_FY_ARTICLE}{_THIS}\s+{_FQ_WORD}\b")
_FQ_LAST = lazy_re.compile(rf"\b{_FY_ARTICLE}{_LAST}\s+{_FULL}{_FQ_WORD}\b")
_FQ_ANY = lazy_re.compile(rf"\b{_FQ_WORD}\b")
_FY_SHORT_ALONE = lazy_re.compile(r"gj|wj|fy|fiscal")  # an abbreviation without its year names no grain
_FQ_WHICH = lazy_re.compile(r"\b(?:im|in|in\s+the|in\s+einem|in\s+a|for\s+the|the|das|dem|des|of\s+the)\s+$")


def _fiscal_tokens(text: str, bad) -> str:
    """Fiscal-year phrases as tokens the extraction resolves with the workspace's fiscal year: 'fy20232024' (the
    year 2023/24), 'fy20240000' (named by one year), 'fythis', 'fylast', 'fiscalyear' (a word left: a grouping)."""
    if not _FY_HINT.search(text):
        return text

    def named(m: re.Match) -> str:
        word, a, b = m["w"], m["a"], m["b"]
        if len(a) == 2 and b is None and word not in _FY_SHORT:
            return m[0]
        first = int(a) if len(a) == 4 else 2000 + int(a)
        mark = "x" if word in _FY_SHORT else ""  # "FY24", "GJ 2024": asked back where no fiscal year is set
        if b is None:
            return f" fy{first:04d}0000{mark} "
        second = int(b) if len(b) == 4 else first // 100 * 100 + int(b)
        if second == first:
            return f" fy{first:04d}0000{mark} "
        if second != first + 1:
            return bad(m)
        return f" fy{first:04d}{second:04d} "

    text = _FQ_THIS.sub(" fqthis ", text)
    text = _FQ_LAST.sub(" fqlast ", text)
    # "im Geschäftsquartal" names one without saying which: asked back; "bestes Geschäftsquartal": the grain
    text = _FQ_ANY.sub(lambda m: " fiscalquarterword " if _FQ_WHICH.search(text, 0, m.start()) and not
                       _FY_GROUPING.search(text, 0, m.start()) else " fiscalquarter ", text)
    text = _FY_THIS.sub(" fythis ", text)
    text = _FY_LAST.sub(" fylast ", text)
    text = _FY_NAMED.sub(named, text)
    # a fiscal-year word left: after je/per/by a grouping, else a word beside a period ("im Geschäftsjahr Juli
    # 2023 bis Juni 2024") that the period itself says
    # ("im Geschäftsjahr Juli 2023 bis Juni 2024") that the period itself says; alone ("welches Geschäftsjahr hatte den
    # höchsten Umsatz?") the grain, like "welches Jahr"
    return _FY_ANY.sub(lambda m: " fiscalyear " if _FY_GROUPING.search(text, 0, m.start()) or not (
        _FQ_WHICH.search(text, 0, m.start()) or _FY_SHORT_ALONE.fullmatch(m[0])) else " ", text)


def _fiscal_start(year: int, fiscal: FiscalYear) -> dt.date:
    return dt.date(year, fiscal.start_month or 1, 1)


def fiscal_year_window(first: int, fiscal: FiscalYear, named: str | None = None) -> TimeWindow:
    """The fiscal year that starts in ``first`` (the calendar year when the fiscal year starts in January),
    labelled with its dates so that ``understood`` says which twelve months were read."""
    if fiscal.calendar:
        return year_window(first)
    start, end = _fiscal_start(first, fiscal), _fiscal_start(first + 1, fiscal)  # type: ignore[arg-type]
    name = named or f"{first}/{(first + 1) % 100:02d}"
    last = end - dt.timedelta(days=1)
    return TimeWindow(kind="range", start=start, end=end,
                      label_en=f"FY {name} ({start.isoformat()} to {last.isoformat()})",
                      label_de=f"GJ {name} ({start:%d.%m.%Y}–{last:%d.%m.%Y})")


def is_fiscal_year(window: TimeWindow) -> bool:
    """A whole fiscal year that is no calendar year: twelve months from the first of a month other than January
    (a follow-up's "und im Vorjahr?" moves it by a year)."""
    start, end = window.start, window.end
    return window.kind == "range" and start is not None and end is not None and start.day == 1 and \
        start.month != 1 and end == _add_months(start, 12)


def _fiscal_containing(day: dt.date, fiscal: FiscalYear) -> int:
    return day.year if day.month >= (fiscal.start_month or 1) else day.year - 1


def fiscal_window(m: re.Match, as_of: dt.date, fiscal: FiscalYear) -> TimeWindow | None:
    """A fiscal-year token (see ``_fiscal_tokens``) as a window; None where it cannot be one without asking."""
    if m["rel"] == "this":
        if fiscal.calendar:
            return this_window("year", as_of)
        first = _fiscal_containing(as_of - dt.timedelta(days=1), fiscal)
        w = fiscal_year_window(first, fiscal)
        return w.model_copy(update={"kind": "since", "end": as_of,
                                    "label_en": f"this fiscal year ({w.label_en.split(' (')[0]} to date)",
                                    "label_de": f"laufendes Geschäftsjahr ({w.label_de.split(' (')[0]} bis heute)"})
    if m["rel"] == "last":
        if fiscal.calendar:
            return complete_window("year", as_of)
        w = fiscal_year_window(_fiscal_containing(as_of, fiscal) - 1, fiscal)
        return w.model_copy(update={"label_en": f"last fiscal year, {w.label_en}",
                                    "label_de": f"letztes Geschäftsjahr, {w.label_de}"})
    a, b = int(m["a"]), int(m["b"])
    if b:
        return None if fiscal.calendar else fiscal_year_window(a, fiscal)
    if fiscal.start_month is None and m["abbr"]:
        return None
    if fiscal.calendar:
        return year_window(a)
    return fiscal_year_window(a - 1 if fiscal.named_by == "end" else a, fiscal, named=str(a))


# -- normalisation -------------------------------------------------------------------------------
_ISO_DAY = lazy_re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_DE_DAY = lazy_re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_SLASH_MONTH = lazy_re.compile(r"\b(\d{1,2})/(\d{4})\b")
_ISO_MONTH = lazy_re.compile(r"\b(\d{4})-(\d{1,2})\b")
# a day named with an ordinal: "am ersten Dezember 2010", "December 1st, 2010", "the 3rd of March 2011" → "1 dezember
# 2010" (then _NAMED_DAY); "since January 1st" is since January (its first day is where the month starts)
_ORDINAL_DAY = lazy_re.compile(rf"\b(?:the\s+)?(?P<o>{_ORD[1:-1]}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:of\s+)?(?P<m>{_M[1:-1]})\b")
_DAY_AFTER_MONTH = lazy_re.compile(rf"\b(?P<m>{_M[1:-1]})\s+(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b,?")
# "seit einem halben Jahr", "im letzten halben Jahr", "for half a year": six months
_HALF_YEAR = lazy_re.compile(r"\b(?:(?:einem|einen|ein|eines)\s+)?halbe[nsm]?\s+jahr(?:es|en|e)?\b|\bhalf\s+a\s+year\b")
_SINCE_FIRST = lazy_re.compile(rf"\b(?P<since>since|seit|ab|from)\s+(?:dem\s+|the\s+)?1\s+(?P<m>{_M[1:-1]})\b(?!\s+\d)")
_NAMED_DAY = lazy_re.compile(rf"\b(\d{{1,2}})\.?\s+(?:of\s+)?{_M}\s+((?:19|20)\d{{2}})\b")  # 1 March 2011, 1. März 2011
# "Q9 2011", "Q0", "5. Quartal 2011", "quarter 7": no such quarter
_IMPOSSIBLE_QUARTER = lazy_re.compile(r"\bq(?:0|[5-9]|\d{2})\b(?:\s*\d{4}\b)?|\b(?:0|[5-9]|\d{2})\.\s*(?:quartal|quarter)\b"
                                 r"|\b(?:quartal|quarter)\s+(?:0|[5-9]|\d{2})\b")
# a four-digit number where a year is expected ("in 0000", "seit 2500", "year 1066")
_YEAR_AFTER_WORD = lazy_re.compile(
    r"\b(?P<w>in|im|seit|since|bis|until|till|before|after|jahr|year|jahres|geschaftsjahr)\s+(?P<y>\d{4})\b"
    r"(?![.,:/-]\d)(?!\s*(?:%|€|\$|eur|euro|usd|dollar|prozent|percent|tag|day|woche|week|monat|month|jahr|year|"
    r"quart|kunde|customer|bestell|order|auftr|stuck|piece|unit|artikel|item|product|produkt))")
# "1.000,00", "1,500", "10.000": a number with thousands separators (the other mark, if any, before the decimals);
# "250,00", "99.00": zero decimals. Both become plain digits; a number with cents that are not zero keeps its
# marks (and is asked back where it is read as a threshold: the cents would be lost).
_GROUPED = lazy_re.compile(r"(?<![\d.,])(?P<int>\d{1,3}(?:(?P<sep>[.,])\d{3})+)(?:(?!(?P=sep))[.,](?P<frac>\d{1,2}))?"
                      r"(?![.,]?\d)")
_ZERO_DECIMALS = lazy_re.compile(r"(?<![\d.,])(?P<int>\d+)[.,]0{1,2}(?![.,]?\d)")


# "Q4/10", "Q1/97", "Q2 '97", "jan '10": a quarter or month with a two-digit year (POSIX's pivot: 69–99 are
# 19xx, 00–68 are 20xx). Only after a quarter or month name with a slash or an apostrophe ("jan 10" stays a day).
_SHORT_YEAR = re.compile(rf"\b(?P<p>q[1-4]|{_M[1:-1]})\.?\s*(?:/\s*|\s*['’‘`´]\s*)(?P<y>\d{{2}})(?![\d/.])")


def _short_years(text: str) -> str:
    def full(m: re.Match) -> str:
        yy = int(m["y"])
        return f"{m['p']} {1900 + yy if yy >= 69 else 2000 + yy}"

    return _SHORT_YEAR.sub(full, text)


def _ordinal_days(text: str) -> str:
    """'ersten Dezember 2010' → '1 dezember 2010', 'January 1st' → '1 january', 'since 1 January' → 'since
    january' (folded text)."""
    def ordinal(m: re.Match) -> str:
        o = m["o"]
        return f"{ORDINALS[o] if o in ORDINALS else int(o[:-2])} {m['m']}"

    text = _ORDINAL_DAY.sub(ordinal, text)
    text = _DAY_AFTER_MONTH.sub(lambda m: f"{int(m['d'])} {m['m']}", text)
    text = _HALF_YEAR.sub(lambda m: " 6 months " if m[0].startswith("half") else " 6 monaten ", text)
    return _SINCE_FIRST.sub(lambda m: f"{m['since']} {m['m']}", text)


def plain_numbers(text: str) -> str:
    """``text`` with grouped numbers and zero decimals as plain digits ('über 1.000,00' → 'über 1000'), and an
    amount with cents in thousands groups with its cents marked ('1.000,50' → '1 000p50', '1500.50' and '99,90 €'
    too: numbers.CENTS_MARK), so that a bound on money keeps them."""
    def grouped(m: re.Match) -> str:
        if m["frac"] and len(m["frac"]) == 2 and int(m["frac"]):
            return f"{re.sub(r'[.,]', ' ', m['int'])}{CENTS_MARK}{m['frac']}"
        if m["frac"] and int(m["frac"]):
            return m[0]
        return re.sub(r"[.,]", " ", m["int"])

    text = _ZERO_DECIMALS.sub(lambda m: spaced_thousands(m["int"]), _GROUPED.sub(grouped, text))
    return _CENTS_AMOUNT.sub(lambda m: f"{spaced_thousands(m['int'])}{CENTS_MARK}{m['frac']}", text)


# "1500.50", "99,90 €": cents after four digits or more (never a day and month), or before a currency
_CENTS_AMOUNT = lazy_re.compile(r"(?<![\d.,])(?P<int>\d{4,}|\d+(?=[.,]\d{2}\s*(?:€|\$|eur\b|euro|dollar|usd\b)))"
                                r"[.,](?P<frac>\d{2})(?![.,]?\d)")



# "Vormonatsumsatz", "Vorjahreskunden": the previous period and the word it qualifies, written as one (a period
# word after it — "Vorjahreszeitraum", "Vorjahresquartal" — is one period phrase of its own and stays)
_PREVIOUS_COMPOUND = lazy_re.compile(r"\b(vormonats|vorjahres|vorquartals)(?!zeitraum|quartal|monat|period|vergleich|"
                                     r"woche|tag|jahr|halbjahr)(?=[a-z]{4,})")
_PERIOD_POSSESSIVE = lazy_re.compile(r"\b(year|month|quarter|week|day)'s\b")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "’": "'"})


def impossible_phrases(text: str) -> list[str]:
    """The phrases of ``text`` that ``normalise`` turns into the impossible-date token ("Q5 2011",
    "31.02.2011", "in 0000"), as written: a clarification names what the user typed."""
    found: list[str] = []
    normalise(text, found)
    return found


def normalise(text: str, impossible: list[str] | None = None) -> str:
    """Folded text with numeric dates as tokens (d20110301, m201103) and number words as digits."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))

    def bad(m: re.Match, keep: str = "") -> str:
        if impossible is not None:
            impossible.append(m[0].strip())
        return f" {keep}{IMPOSSIBLE} "

    def day(m: re.Match, y: int, mo: int, d: int) -> str:
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            return bad(m)
        return f" d{date:%Y%m%d} " if FIRST_DAY <= date <= LAST_DAY else bad(m)

    def month(m: re.Match, y: int, mo: int) -> str:
        ok = 1 <= mo <= 12 and FIRST_DAY.year <= y <= LAST_DAY.year
        return f" m{y:04d}{mo:02d} " if ok else bad(m)

    text = _fiscal_tokens(text, bad)
    text = _short_years(text)
    text = plain_numbers(text)
    text = _ordinal_days(text)
    text = _IMPOSSIBLE_QUARTER.sub(bad, text)
    text = _YEAR_AFTER_WORD.sub(lambda m: m[0] if FIRST_DAY.year <= int(m["y"]) <= LAST_DAY.year
                                else bad(m, f"{m['w']} "), text)
    text = _ISO_DAY.sub(lambda m: day(m, int(m[1]), int(m[2]), int(m[3])), text)
    text = _NAMED_DAY.sub(lambda m: day(m, int(m[3]), MONTHS[m[2]], int(m[1])), text)
    text = _DE_DAY.sub(lambda m: day(m, int(m[3]), int(m[2]), int(m[1])), text)
    text = _SLASH_MONTH.sub(lambda m: month(m, int(m[2]), int(m[1])), text)
    text = _ISO_MONTH.sub(lambda m: month(m, int(m[1]), int(m[2])), text)
    text = _PERIOD_POSSESSIVE.sub(r"\1", text)  # "last year's revenue": the period, never the plural "years"
    text = _PREVIOUS_COMPOUND.sub(r"\1 ", text)  # "Vormonatsumsatz": the previous month's revenue
    text = text.replace("'", "")
    words = re.sub(f"[^0-9a-z{CJK_LETTERS}]+", " ", text).split()  # kana and ideographs stay words ('保守', '品目')
    return " ".join(words_to_digits(words))


# -- points (a calendar period named by the question) ------------------------------------------
_POINT = (
    r"(?:d(?P<day>\d{8})"
    r"|m(?P<ym>\d{6})"
    rf"|(?:(?:im\s+|in\s+)?(?:monat\s+|month\s+(?:of\s+)?)?{_M}\s+(?:of\s+)?{_YEAR})"
    rf"|(?:q(?P<q1>[1-4])\s*{_YEAR})"
    rf"|(?:{_YEAR}\s*q(?P<q2>[1-4]))"
    rf"|(?:(?P<q3>[1-4])\s+(?:quartal|quarter|qtr)\s+{_YEAR})"
    rf"|(?:(?:quartal|quarter)\s+(?P<q4>[1-4])\s+{_YEAR})"
    rf"|(?:{_ORD}\s+(?:quartal|quarter)\s+(?:of\s+)?{_YEAR})"
    rf"|(?:(?:(?:im|in\s+the|in|for\s+the|des)\s+)?(?:jahr|jahres|year|geschaftsjahr|fiscal\s+year|gj)\s+{_YEAR})"
    rf"|{_YEAR}"
    rf"|(?:q(?P<q5>[1-4]))"
    rf"|(?:(?P<q6>[1-4])\s+(?:quartal|quarter))"
    rf"|(?:{_ORD}\s+(?:quartal|quarter))"
    rf"|{_M}"
    r")"
)


def _point_regex() -> re.Pattern:
    # give every unnamed group a name so that one match can be read back
    names = iter(["mname1", "year1", "year2", "year3", "year4", "year5", "ord1", "year6", "year7", "year8",
                  "ord2", "mname2"])
    pattern = re.sub(r"\((?!\?)", lambda m: f"(?P<{next(names)}>", _POINT)
    return lazy_re.compile(pattern)


POINT = _point_regex()


def point_window(m: re.Match, as_of: dt.date, default_year: int | None = None) -> TimeWindow:
    g = m.groupdict()
    if g["day"]:
        return day_window(dt.datetime.strptime(g["day"], "%Y%m%d").date())
    if g["ym"]:
        return month_window(int(g["ym"][:4]), int(g["ym"][4:]))
    if g["mname1"]:
        return month_window(int(g["year1"]), MONTHS[g["mname1"]])
    if g["q1"]:
        return quarter_window(int(g["year2"]), int(g["q1"]))
    if g["q2"]:
        return quarter_window(int(g["year3"]), int(g["q2"]))
    if g["q3"]:
        return quarter_window(int(g["year4"]), int(g["q3"]))
    if g["q4"]:
        return quarter_window(int(g["year5"]), int(g["q4"]))
    if g["ord1"]:
        return quarter_window(int(g["year6"]), min(ORDINALS[g["ord1"]], 4))
    if g["year7"]:
        return year_window(int(g["year7"]))
    if g["year8"]:
        return year_window(int(g["year8"]))
    quarter = g["q5"] or g["q6"] or (str(min(ORDINALS[g["ord2"]], 4)) if g["ord2"] else None)
    if quarter:
        q = int(quarter)
        return quarter_window(default_year or _latest_quarter(q, as_of), q)
    month = MONTHS[g["mname2"]]
    return month_window(default_year or _latest_month(month, as_of), month)


# -- whole expressions ---------------------------------------------------------------------------
_P = POINT.pattern
# "zwischen Anfang März und Ende Mai 2011", "from the start of March to the end of May": a range of whole months
_EDGE_A = r"(?:(?:anfang|beginn|start\s+of|the\s+start\s+of|beginning\s+of|the\s+beginning\s+of)\s+)?"
_EDGE_B = r"(?:(?:ende|end\s+of|the\s+end\s+of)\s+)?"
_RANGE = lazy_re.compile(rf"\b(?:from|von|between|zwischen|vom)\s+{_EDGE_A}(?P<a>{_P.replace('(?P<', '(?P<a_')})\s+"
                    rf"(?:to|bis|and|und|until|till|through|thru|zum)\s+{_EDGE_B}(?P<b>{_P.replace('(?P<', '(?P<b_')})")
# "Januar bis März 2011", "January to March 2011", "dec 2010 thru feb 2011" (a range without from/von)
_RANGE_BARE = lazy_re.compile(rf"\b(?P<a>{_M.replace('(', '(?P<a_mname2>', 1)}(?:\s+(?:19|20)\d{{2}})?)\s+"
                         rf"(?:to|bis|until|till|through|thru)\s+(?P<b>{_P.replace('(?P<', '(?P<b_')})")
_SINCE = lazy_re.compile(rf"\b(?:since|seit|ab|after|from|starting)\s+(?:dem\s+|anfang\s+|beginn\s+|(?:the\s+)?(?:beginning|start)\s+of\s+)?(?P<a>{_P.replace('(?P<', '(?P<a_')})")
_UNTIL = lazy_re.compile(rf"\b(?:until|bis|till|up\s+to|before|vor)\s+(?:ende\s+|end\s+of\s+)?(?P<a>{_P.replace('(?P<', '(?P<a_')})")
_LAST_N = lazy_re.compile(rf"\b(?:in\s+den\s+|in\s+the\s+|over\s+the\s+|during\s+the\s+|fur\s+die\s+|der\s+|die\s+)?{_LAST}\s+(?P<n>\d+)\s+"
                     r"(?P<unit>days?|tagen?|tage|weeks?|wochen?|months?|monaten?|monate|quarters?|quartalen?|quartale|years?|jahren?|jahre)\b")
_LAST_HALF = lazy_re.compile(rf"\b(?:im\s+|in\s+the\s+)?{_LAST}\s+(?:halben\s+jahr|half\s+year|6\s+monaten)\b")
_COMPLETE = lazy_re.compile(rf"\b(?:im\s+|in\s+the\s+|in\s+|im\s+|fur\s+das\s+|for\s+the\s+)?{_LAST}\s+{_FULL}(?P<unit>quarter|quartal|quartals|month|monat|monats|year|jahr|jahres)\b"
                       r"|\b(?:im\s+|in\s+)?(?P<prev>vormonat|vorjahr|vorquartal|vormonats|vorjahres|vorquartals)\b"
                       # "im Jahr davor", "the year before", "ein Quartal früher": the period before the one named
                       r"|\b(?:im\s+|in\s+the\s+|the\s+|das\s+|dem\s+|ein\s+|one\s+|a\s+)?"
                       r"(?P<before>jahr|monat|quartal|year|month|quarter)\s+(?:davor|zuvor|vorher|fruher|before|earlier)"
                       r"\b(?!\s+(?:last|\d))")
_THIS_RE = lazy_re.compile(rf"\b(?:in\s+|im\s+)?{_THIS}\s+(?P<unit>year|jahr|jahres|quarter|quartal|month|monat)\b"
                      r"|\b(?P<ytd>ytd|year\s+to\s+date|seit\s+jahresbeginn|seit\s+jahresanfang|seit\s+jahresstart|heuer"
                      r"|bisher\s+im\s+jahr|(?:since|from)\s+(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+year"
                      r"|seit\s+(?:dem\s+)?(?:anfang|beginn|start)\s+(?:des|dieses)\s+jahres)\b"
                      # "seit Jahresbeginn 2011", "year to date 2011": from the start of the year named
                      rf"(?:\s+(?:of\s+|in\s+)?(?P<ytd_year>{_YEAR[1:-1]})\b)?")
# half-years: "H1 2011", "2011 H2", "im ersten Halbjahr 2011", "1. Halbjahr", "in the second half of 2010"
_HALF_WORD = r"(?:half\s+year|halfyear|halbjahr|halbjahres|jahreshalfte|halfte|hj|half|semester)"
_HALF = lazy_re.compile(
    rf"\b(?:(?:im|in\s+the|in|the|das|des|for\s+the|fur\s+das)\s+)?(?P<h>first|second|ersten|zweiten|erstes|zweites|"
    rf"erste|zweite|erster|zweiter|1st|2nd|1|2)\s+{_HALF_WORD}(?:\s+(?:of|des|von|in))?"
    rf"(?:\s+(?:the\s+year\s+|year\s+|jahres\s+|jahr\s+)?(?P<y>{_YEAR[1:-1]}))?\b"
    rf"|\bh(?P<h2>[12])(?:\s+(?P<y2>{_YEAR[1:-1]}))?\b|\b(?P<y3>{_YEAR[1:-1]})\s+h(?P<h3>[12])\b")
# the opening months of a year: "in the first nine months of 2011", "in den ersten drei Quartalen 2011", "die ersten
# 10 Wochen" (without a year: the latest year in which that stretch has ended by the analysis date)
_FIRST_N = lazy_re.compile(
    r"\b(?:(?:in\s+the|in\s+den|during\s+the|over\s+the|for\s+the|the|den|die|der|fur\s+die)\s+)?"
    r"(?:first|ersten|erste|opening)\s+(?P<n>\d{1,2})\s+(?P<unit>months?|monaten?|monate|quarters?|quartalen?|quartale"
    r"|weeks?|wochen?|days?|tagen?|tage)"
    rf"(?:\s+(?:of|des|von|in|im)(?:\s+(?:the\s+year|the|jahres|jahr|year))?|\s+(?:jahres|year))?"
    rf"(?:\s+(?P<y>{_YEAR[1:-1]}))?\b")
# an ISO calendar week: "KW 10 2024", "KW10/2024", "Kalenderwoche 10", "calendar week 10 of 2024", "2024-W10"
_ISO_WEEK = lazy_re.compile(
    r"\b(?:(?:in\s+der|in|im|der)\s+)?(?:kw|kalenderwoche|calendar\s+week|iso\s+week|week|woche)\s*(?P<w>\d{1,2})"
    r"(?:\s*(?:/|of|des\s+jahres|im\s+jahr|in)?\s*(?P<y>(?:19|20)\d\d))?\b"
    r"|\b(?P<y2>(?:19|20)\d\d)-?w(?P<w2>\d{1,2})\b")
# Words that put a time phrase inside the window the parser found (or name a period it has no rule for):
# "Ende 2010", "the first week of 2011", "im Sommer 2011". The parser asks back instead of widening.
UNRESOLVED_ALWAYS = frozenset(
    "halbjahr halbjahres fruhjahr fruhling sommer herbst winter spring summer autumn weihnachten "
    f"weihnachtsgeschaft christmas ostern easter semester wochenende weekend kalenderwoche {IMPOSSIBLE} "
    f"{REVERSED} {FISCAL_SPLIT} {FISCAL_UNSET} {FISCAL_PART}".split())
UNRESOLVED_WITH_WINDOW = frozenset(
    "anfang ende mitte beginning start end middle mid early late half week weeks woche wochen kw".split())
_MONTH_PREPOSITIONS = {"im", "in", "ab", "seit", "since", "from", "von", "bis", "to", "until", "during", "for",
                       "fur", "of", "monat", "month", "gegenuber", "vs", "versus", "mit", "with", "zum", "than",
                       "und", "and"}
_UNITS = {"day": "days", "tag": "days", "tage": "days", "week": "weeks", "woche": "weeks", "wochen": "weeks",
          "month": "months", "monat": "months", "monate": "months", "quarter": "quarters", "quartal": "quarters",
          "quartale": "quarters", "year": "years", "jahr": "years", "jahre": "years"}


def _unit(word: str) -> str:
    for stem in sorted(_UNITS, key=len, reverse=True):
        if word.startswith(stem):
            return _UNITS[stem]
    return "days"


def _sub_match(m: re.Match, prefix: str) -> re.Match:
    """Re-match a point from a composite match's group (so point_window can read it)."""
    point = POINT.fullmatch(m.group(prefix))
    assert point is not None, prefix  # the composite pattern embeds POINT in this group
    return point


def _shift(window: TimeWindow, months: int) -> TimeWindow | None:
    """The same calendar period ``months`` earlier (December 2024 → December 2023 for 12)."""
    if window.start is None or window.end is None:
        return None
    start, end = _add_months(window.start, -months), _add_months(window.end, -months)
    if window.kind not in ("month", "quarter", "year"):  # a year to date: the same days, never whole months
        start, end = _same_day_months(window.start, -months), _same_day_months(window.end, -months)
    if window.kind == "month":
        return month_window(start.year, start.month)
    if window.kind == "quarter":
        return quarter_window(start.year, (start.month - 1) // 3 + 1)
    if window.kind == "year":
        return year_window(start.year)
    if is_fiscal_year(window) and months % 12 == 0:
        return fiscal_year_window(start.year, FiscalYear(start.month))
    return TimeWindow(kind="range", start=start, end=end, label_en=f"{start.isoformat()} to {end.isoformat()}",
                      label_de=f"{start.isoformat()} bis {end.isoformat()}")


_RELATIVE = lazy_re.compile(
    r"\b(?P<prev>vormonats?|vorjahr(?:es)?(?:zeitraum|quartal|monat|woche)?(?:e?s|e?n)?|vorquartals?)\b|\b(?:previous|prior)\s+(?P<u>month|quarter|year)\b"
    r"|\b(?P<u2>jahr|monat|quartal|year|month|quarter)\s+(?:davor|zuvor|vorher|fruher|before|earlier)\b(?!\s+(?:last|\d))")


def relative_unit(text: str) -> str | None:
    """'year', 'quarter' or 'month' when folded ``text`` names the period before another one ("im Vorjahr",
    "im Jahr davor", "the previous quarter"): a follow-up moves the previous question's period back by it."""
    m = _RELATIVE.search(text)
    if m is None:
        return None
    word = m.group("prev") or m.group("u") or m.group("u2")
    if word.startswith("vorjahr"):  # "im Vorjahresquartal": the period named, a year earlier
        return "year"
    return "month" if "mon" in word else "quarter" if "quart" in word else "year"


def shift(window: TimeWindow, months: int) -> TimeWindow | None:
    """The same calendar period ``months`` earlier (see ``_shift``)."""
    return _shift(window, months)


def _before_the_other(found: list[Found], relative: dict[int, str]) -> list[Found]:
    """'Dezember im Vergleich zum Vorjahr', 'Q3 2011 vs the previous quarter': Vorjahr / Vormonat / Vorquartal
    beside a named period is the period before *that one*, not the last complete one before the analysis date."""
    if not relative or len(found) != 2:
        return found
    named = [f for f in found if f.start not in relative]
    if len(named) != 1:
        return found
    out = []
    for f in found:
        if f.start in relative:
            months = {"year": 12, "quarter": 3, "month": 1}[relative[f.start]]
            shifted = _shift(named[0].window, months)
            out.append(Found(shifted, f.start) if shifted is not None else f)
        else:
            out.append(f)
    return out


# "YTD vs the same period last year", "seit Jahresbeginn im Vergleich zum Vorjahreszeitraum": the other window
# moved back one year (a year-to-date window becomes the same days of the year before, not the whole year)
_SAME_PERIOD = lazy_re.compile(
    r"\b(?:(?:the|den|dem|der|im|zum|mit\s+dem)\s+)?(?:same|gleichen|selben|entsprechenden)\s+"
    r"(?:period|time|months?|zeitraum|zeit)\s+(?:(?:of|in|des|im|vom)\s+)?"
    r"(?:last\s+year|the\s+previous\s+year|the\s+prior\s+year|a\s+year\s+(?:ago|earlier|before)|previous\s+year|"
    r"prior\s+year|vorjahr(?:es)?|letzten\s+jahres|des\s+vorjahres|dem\s+vorjahr)\b"
    r"|\b(?:(?:dem|den|der|im|zum)\s+)?vorjahreszeitraum\b"
    # "Vorjahresquartal", "Vorjahresmonat": beside another window that one a year earlier; alone the quarter / month
    # of the analysis date a year earlier (in a follow-up the previous question's period a year earlier)
    r"|\b(?:(?:dem|den|der|im|zum)\s+)?vorjahres(?P<same_unit>quartal|monat)(?:e?s|e?n)?\b")


def _same_period_alone(unit: str | None, as_of: dt.date) -> TimeWindow:
    """The window of 'same period last year' before another window replaces it: the last complete year, and for
    "Vorjahresquartal" / "Vorjahresmonat" the analysis date's quarter / month a year earlier."""
    if unit == "quartal":
        return quarter_window(as_of.year - 1, (as_of.month - 1) // 3 + 1)
    if unit == "monat":
        return month_window(as_of.year - 1, as_of.month)
    return complete_window("year", as_of)


def _one_year_for_both(found: list[Found], yearless: set[int]) -> list[Found]:
    """"Q3 vs Q2 2010", "März gegenüber Februar 2011": two quarters (or two months) compared, the year said once,
    after the second — the year applies to both (Q3 2010), never the latest Q3 before the analysis date."""
    if len(found) != 2 or len([f for f in found if f.start in yearless]) != 1:
        return found
    bare, named = (found[0], found[1]) if found[0].start in yearless else (found[1], found[0])
    w, y = bare.window, named.window
    if w.kind != y.kind or w.kind not in ("quarter", "month") or w.start is None or y.start is None or \
            named.start < bare.start:
        return found
    if w.kind == "quarter":
        fixed = quarter_window(y.start.year, (w.start.month - 1) // 3 + 1)
    else:
        fixed = month_window(y.start.year, w.start.month)
    return [Found(fixed, f.start) if f is bare else f for f in found]


def _same_period_a_year_before(found: list[Found], same: set[int]) -> list[Found]:
    """The 'same period last year' found beside one other window: that window one year earlier."""
    if not same or len(found) != 2:
        return found
    named = [f for f in found if f.start not in same]
    if len(named) != 1:
        return found
    shifted = _shift(named[0].window, 12)
    if shifted is None or shifted.start is None or shifted.end is None:
        return found
    if shifted.kind == "range":  # "2024-01-01 to 2024-07-01" would show the exclusive end
        last = shifted.end - dt.timedelta(days=1)
        shifted = shifted.model_copy(update={
            "label_en": f"same period {shifted.start.year} ({shifted.start.isoformat()} to {last.isoformat()})",
            "label_de": f"Vorjahreszeitraum {shifted.start.year} ({shifted.start.isoformat()} bis {last.isoformat()})"})
    return [Found(shifted, f.start) if f.start in same else f for f in found]


_OF_THE_OTHER = frozenset({"zum", "zu", "zur", "des", "for", "of", "to", "the", "vom", "fur", "den", "dem"})


def _prior_period_alone(found: list[Found], same_end: dict[int, int], text: str) -> list[Found]:
    """"Umsatz im Vorjahreszeitraum zum YTD 2011", "revenue in the same period last year for YTD 2011": the same-period
    phrase named first and tied to the other window by zum / of / for asks for the prior period alone (one figure),
    not the two periods compared ("YTD 2011 im Vergleich zum Vorjahreszeitraum" keeps both)."""
    if len(found) != 2 or not same_end:
        return found
    prior, other = found
    end = same_end.get(prior.start)
    if end is None or other.start < end:
        return found
    between = text[end:other.start].split()
    if not between or any(w not in _OF_THE_OTHER for w in between):
        return found
    return [prior]


# "im vorletzten Monat", "das vorletzte Quartal", "the month before last", "the second to last year"
_BEFORE_LAST = lazy_re.compile(
    r"\b(?:(?:im|in|dem|den|der|das|des)\s+)?vorletzte[nmrs]?\s+(?P<unit>monats?|quartals?|jahr(?:es)?)\b"
    r"|\b(?:(?:in|during)\s+)?(?:the\s+)?(?:(?P<u2>month|quarter|year)\s+before\s+last"
    r"|second\s+to\s+last\s+(?P<u3>month|quarter|year))\b")


def _iso_week_window(m: re.Match, as_of: dt.date) -> TimeWindow | None:
    """"KW 10 2024", "2024-W10": Monday to Sunday of that ISO week; without a year the latest that started."""
    week = int(m.group("w") or m.group("w2"))
    year = m.group("y") or m.group("y2")
    if not 1 <= week <= 53:
        return None
    if year is None:  # the latest such week that started before the analysis date
        year = as_of.year if dt.date.fromisocalendar(as_of.year, min(week, 52), 1) < as_of else as_of.year - 1
    try:
        monday = dt.date.fromisocalendar(int(year), week, 1)
    except ValueError:  # week 53 of a year that has 52
        return None
    return TimeWindow(kind="range", start=monday, end=monday + dt.timedelta(days=7),
                      label_en=f"ISO week {week} {year}", label_de=f"KW {week} {year}")


def ytd_window(year: str | None, as_of: dt.date) -> TimeWindow | None:
    """"seit Jahresbeginn" (the analysis date's year to date); "seit Jahresbeginn 2011": from 1 January 2011."""
    if year is None:
        return this_window("year", as_of)
    start = dt.date(int(year), 1, 1)
    if start >= as_of:
        return None
    return TimeWindow(kind="since", start=start, end=as_of, label_en=f"since the start of {year}",
                      label_de=f"seit Jahresbeginn {year}")


def first_n_window(m: re.Match, as_of: dt.date) -> TimeWindow | None:
    """"the first nine months of 2011": from 1 January to the end of the n-th month / quarter / week / day."""
    n, unit = int(m.group("n")), _unit(m.group("unit"))
    limit = {"months": 12, "quarters": 4, "weeks": 53, "days": 366}.get(unit, 0)
    if not 0 < n <= limit:
        return None

    def end_of(year: int) -> dt.date:
        start = dt.date(year, 1, 1)
        if unit in ("months", "quarters"):
            return _add_months(start, n * (3 if unit == "quarters" else 1))
        return start + dt.timedelta(days=n * (7 if unit == "weeks" else 1))

    if m.group("y"):
        year = int(m.group("y"))
    else:  # the latest year in which that stretch has ended by the analysis date
        year = as_of.year if end_of(as_of.year) <= as_of else as_of.year - 1
    end = end_of(year)
    names_en = {"months": "months", "quarters": "quarters", "weeks": "weeks", "days": "days"}
    names_de = {"months": "Monate", "quarters": "Quartale", "weeks": "Wochen", "days": "Tage"}
    last = end - dt.timedelta(days=1)
    return TimeWindow(kind="range", start=dt.date(year, 1, 1), end=end,
                      label_en=f"the first {n} {names_en[unit]} of {year} ({year}-01-01 to {last.isoformat()})",
                      label_de=f"die ersten {n} {names_de[unit]} {year} ({year}-01-01 bis {last.isoformat()})")


# "über den gesamten Zeitraum", "over the whole period", "of all time", "seit Beginn": every period of the data, which
# is what a question without a window covers anyway — taken out, no window
_ALL_TIME = lazy_re.compile(
    r"\b(?:(?:uber|im|fur|in|auf)\s+(?:den|dem|die)\s+)?(?:gesamten|ganzen|kompletten)\s+(?:zeitraum|datenzeitraum)\b"
    r"|\b(?:(?:over|for|across|in)\s+)?the\s+(?:whole|entire|full)\s+(?:period|time\s+span|history)\b"
    r"|\b(?:of\s+|for\s+)?all\s+time\b"
    # "seit Beginn", never "seit Anfang des Jahres" / "since the beginning of 2011" (a window of its own)
    r"|\b(?:seit\s+(?:beginn|anfang)|since\s+the\s+(?:beginning|start))\b"
    r"(?!\s+(?:des|der|dieses|diesen|von|vom|im|in|of|this|the|\d))")


def _scan_fiscal(text: str, chars: list[str], as_of: dt.date, fiscal: FiscalYear, found: list[Found]) -> list[str]:
    """Fiscal-year tokens of ``text`` taken as windows (blanked in ``chars``), a quarter, half or month said of
    one as that part; the words left for the parser: a grouping's dimension, the tokens asked back."""
    from insight.query import fiscal_windows

    asked: list[str] = []
    unset = [FISCAL_CALENDAR] if fiscal.start_month is None else []  # read as the calendar, and said so
    for m in _FY_TOKEN.finditer(text):
        start, end = m.start(), m.end()
        if m["word"]:  # "Geschäftsquartal" with no je/per or this/last: which one is not said
            asked.append(FISCAL_PART)
        elif m["group"] and not fiscal.calendar:  # "je Geschäftsjahr", "by fiscal quarter": the fiscal grain, in place
            continue
        elif m["group"]:  # the calendar's year or quarter in place (and said so where no fiscal year is set)
            asked += unset
            chars[start:end] = ("quarter" if m["group"] == "fiscalquarter" else "year").ljust(end - start)
            continue
        elif m["qrel"]:  # "im laufenden / letzten Geschäftsquartal"
            if fiscal.calendar:
                window = this_window("quarter", as_of) if m["qrel"] == "this" else complete_window("quarter", as_of)
                asked += unset
            else:
                window = fiscal_windows.relative_quarter(m["qrel"], as_of, fiscal.start_month or 1, fiscal.named_by)
            found.append(Found(window, start))
        else:
            year = fiscal_window(m, as_of, fiscal)
            before = fiscal_windows.PART_BEFORE.search(text, 0, start)
            after = None if before else fiscal_windows.PART_AFTER.match(text, end)
            part = before or after
            if year is None:
                asked.append(FISCAL_SPLIT if int(m["b"]) else FISCAL_UNSET)
            elif part is not None:  # "Q1 des GJ 2012", "FY24 Q3": that part of the fiscal year
                piece = fiscal_windows.part_window(year, part, month_window)
                if piece is None:
                    asked.append(FISCAL_PART)
                else:
                    found.append(Found(piece, min(start, part.start())))
                    asked += unset
            else:
                found.append(Found(year, start))
            if part is not None:
                start, end = min(start, part.start()), max(end, part.end())
        chars[start:end] = " " * (end - start)
    return asked


def extract(text: str, as_of: dt.date, fiscal: FiscalYear = CALENDAR) -> tuple[list[TimeWindow], str]:
    """Time windows in ``text`` (already normalised, see ``normalise``) and the text without them; fiscal-year
    words are read by the workspace's ``fiscal`` year."""
    found: list[Found] = []
    text = _ALL_TIME.sub(lambda m: " " * len(m.group(0)), text)
    chars = list(text)

    def take(m: re.Match, window: TimeWindow) -> None:
        found.append(Found(window, m.start()))
        for i in range(m.start(), m.end()):
            chars[i] = " "

    def scan(regex: re.Pattern, build) -> None:
        current = "".join(chars)
        for m in regex.finditer(current):
            if "".join(chars[m.start():m.end()]).strip() != m.group(0).strip():
                continue
            window = build(m)
            if window is not None:
                take(m, window)

    backwards: list[str] = []
    fiscal_asked = _scan_fiscal(text, chars, as_of, fiscal, found)

    def range_window(m: re.Match) -> TimeWindow | None:
        b = point_window(_sub_match(m, "b"), as_of)
        a = point_window(_sub_match(m, "a"), as_of, default_year=b.start.year if b.start else None)
        if a.start is not None and b.end is not None and a.start >= b.end:  # asked back, never "May vs April"
            backwards.append(m.group(0))
            for i in range(m.start(), m.end()):
                chars[i] = " "
            return None
        if a.start is None or b.end is None:
            return None
        return TimeWindow(kind="range", start=a.start, end=b.end, label_en=f"{a.label_en} to {b.label_en}",
                          label_de=f"{a.label_de} bis {b.label_de}")

    def since_window(m: re.Match) -> TimeWindow | None:
        a = point_window(_sub_match(m, "a"), as_of)
        if m.group(0).startswith("after"):  # "after March 1997": from April on, March itself excluded
            if a.end is None or a.end >= as_of:
                return None
            return TimeWindow(kind="since", start=a.end, end=as_of, label_en=f"after {a.label_en}",
                              label_de=f"nach {a.label_de}")
        if a.start is None or a.start >= as_of:
            return None
        return TimeWindow(kind="since", start=a.start, end=as_of, label_en=f"since {a.label_en}",
                          label_de=f"seit {a.label_de}")

    def until_window(m: re.Match) -> TimeWindow | None:
        a = point_window(_sub_match(m, "a"), as_of)
        before = m.group(0).startswith(("before", "vor"))  # "vor 2024": up to 31.12.2023
        end = a.start if before else a.end
        return TimeWindow(kind="range", start=None, end=end, label_en=f"{'before' if before else 'up to'} {a.label_en}",
                          label_de=f"{'vor' if before else 'bis'} {a.label_de}")

    def last_n(m: re.Match) -> TimeWindow | None:
        n = int(m.group("n"))
        return relative_window(_unit(m.group("unit")), n, as_of) if 0 < n <= 10000 else None

    relative_to_other: dict[int, str] = {}  # position of a "Vorjahr"/"previous year" → its unit

    def complete(m: re.Match) -> TimeWindow:
        word = m.group("unit") or m.group("prev") or m.group("before")
        unit = "month" if "mon" in word else "quarter" if "quart" in word else "year"
        if m.group("prev") or m.group("before") or re.match(r"(?:previous|prior)\b", m.group(0).strip()):
            relative_to_other[m.start()] = unit
        return complete_window(unit, as_of)

    def this(m: re.Match) -> TimeWindow | None:
        if m.group("ytd"):
            return ytd_window(m.group("ytd_year"), as_of)
        word = m.group("unit")
        unit = "month" if word.startswith("mon") else "quarter" if word.startswith("quart") else "year"
        return this_window(unit, as_of)

    scan(_RANGE, range_window)
    scan(_RANGE_BARE, range_window)
    scan(_LAST_N, last_n)
    scan(_LAST_HALF, lambda m: relative_window("months", 6, as_of))

    def half(m: re.Match) -> TimeWindow:
        h = int(ORDINALS.get(m.group("h"), m.group("h")) if m.group("h") else m.group("h2") or m.group("h3"))
        year = m.group("y") or m.group("y2") or m.group("y3")
        if year is None:  # the latest such half-year that started before the analysis date
            year = as_of.year if dt.date(as_of.year, 1 if h == 1 else 7, 1) < as_of else as_of.year - 1
        return half_window(int(year), h)

    scan(_HALF, half)

    scan(_ISO_WEEK, lambda m: _iso_week_window(m, as_of))
    scan(_FIRST_N, lambda m: first_n_window(m, as_of))

    def before_last(m: re.Match) -> TimeWindow:
        word = m.group("unit") or m.group("u2") or m.group("u3")
        unit = "month" if word.startswith("mon") else "quarter" if word.startswith("quar") else "year"
        last = complete_window(unit, as_of)
        assert last.start is not None
        w = complete_window(unit, last.start)
        inner = w.label_en[w.label_en.find("("):] if "(" in w.label_en else ""
        return w.model_copy(update={"kind": "range", "label_en": f"the {unit} before last {inner}".strip(),
                                    "label_de": w.label_de.replace("letzt", "vorletzt", 1)})

    scan(_BEFORE_LAST, before_last)
    same_period: set[int] = set()
    same_end: dict[int, int] = {}

    def same(m: re.Match) -> TimeWindow:
        same_period.add(m.start())
        same_end[m.start()] = m.end()
        return _same_period_alone(m.group("same_unit"), as_of)  # replaced by the other window a year earlier

    scan(_SAME_PERIOD, same)
    scan(_COMPLETE, complete)
    scan(_THIS_RE, this)
    scan(_SINCE, since_window)
    scan(_UNTIL, until_window)
    def point(m: re.Match) -> TimeWindow | None:
        if m.group("mname2"):  # a bare month name counts only after a preposition ("im Mai", "in May")
            before = "".join(chars[:m.start()]).split()
            if not before or before[-1] not in _MONTH_PREPOSITIONS:
                return None
        if m.group("q5") or m.group("q6") or m.group("ord2") or m.group("mname2"):
            yearless.add(m.start())
        return point_window(m, as_of)

    yearless: set[int] = set()
    scan(lazy_re.compile(rf"\b{_P}\b"), point)
    found.sort(key=lambda f: f.start)
    found = _one_year_for_both(found, yearless)
    found = _before_the_other(found, relative_to_other)
    found = _same_period_a_year_before(found, same_period)
    found = _prior_period_alone(found, same_end, text)
    # "since January this year": two phrases of one period are one window (never a period compared with itself)
    found = [f for i, f in enumerate(found)
             if not any((g.window.start, g.window.end) == (f.window.start, f.window.end) for g in found[:i])]
    # the words asked back about go last: a reversed range, a fiscal year the setting cannot resolve
    rest = " ".join(" ".join(["".join(chars), REVERSED if backwards else "", *dict.fromkeys(fiscal_asked)]).split())
    return [f.window for f in found], rest


def reversed_ranges(text: str, as_of: dt.date) -> list[tuple[str, str, str]]:
    """The ranges of normalised ``text`` that end before they start ("between may 2024 and april 2024"), as
    (phrase, start, end) for asking back."""
    found: list[tuple[str, str, str]] = []
    for regex in (_RANGE, _RANGE_BARE):
        for m in regex.finditer(text):
            b = point_window(_sub_match(m, "b"), as_of)
            a = point_window(_sub_match(m, "a"), as_of, default_year=b.start.year if b.start else None)
            if a.start is not None and b.end is not None and a.start >= b.end:
                found.append((m.group(0), m.group("a"), m.group("b")))
    return found
