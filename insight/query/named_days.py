"""Named shopping days and US-style day ranges, rewritten to the day phrases the time words read.

- "Black Friday 2023" is the Friday after the fourth Thursday of November (US Thanksgiving), "Cyber Monday
  2023" the Monday after it, "Thanksgiving 2023" that Thursday; "Black Friday through Cyber Monday 2023" is
  the four days from the Friday to the Monday. Without a year the day is not guessed (the words stay and are
  asked back). A value of the data with that name (a coupon campaign 'Black Friday') stays that value.
- "Nov 24, 2023" → "24 November 2023"; "Nov 24 to Nov 27, 2023", "November 24–27, 2023" and
  "24.–27. November 2023" → both days with the year named once at the end.
- ", i.e. …" / ", d. h. …" / ", that is …" restates what was said before: it is bracketed, so that a bracket
  holding only a time phrase is dropped as a restatement (parser._drop_restated_time).
"""

from __future__ import annotations

import datetime as dt
import re

from insight.query.timewords import MONTHS
from insight.query import lazy_re

_MONTH = "(" + "|".join(sorted({*MONTHS, "märz"}, key=lambda w: (-len(w), w))) + r")\.?"
_Y = r"((?:19|20)\d{2})"
_TO = r"\s*(?:to|through|thru|until|till|bis|[-–—])\s*"
_NAMED = {"black friday": 1, "cyber monday": 4, "thanksgiving": 0}
_NAMED_RANGE = lazy_re.compile(rf"(?i)\b(?:from\s+)?(black\s+friday|thanksgiving){_TO}(cyber\s+monday),?\s+{_Y}\b")
_NAMED_DAY = lazy_re.compile(rf"(?i)\b(black\s+friday|cyber\s+monday|thanksgiving)(?:\s+(?:of\s+)?|,\s*){_Y}\b")
_US_RANGE = lazy_re.compile(rf"(?i)\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?{_TO}(?:{_MONTH}\s+)?(\d{{1,2}})(?:st|nd|rd|th)?,?"
                       rf"\s+{_Y}\b")
_DE_RANGE = lazy_re.compile(rf"(?i)\b(\d{{1,2}})\.?\s*(?:-|–|—|bis)\s*(\d{{1,2}})\.\s*{_MONTH}\s+{_Y}\b")
# "between 1 March and 15 April 2025", "zwischen 1. März und 15. April 2011": the year named once, for both days
_DAY_RANGE = lazy_re.compile(rf"(?i)\b(between|zwischen|from|vom|von)\s+(\d{{1,2}})\.?\s+{_MONTH}\s+"
                             rf"(and|und|to|bis|until|till|through|thru)\s+(\d{{1,2}})\.?\s+{_MONTH}\s+{_Y}\b")
_US_DAY = lazy_re.compile(rf"(?i)\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y}\b")
_THAT_IS = lazy_re.compile(r"(?i),?\s*\b(?:i\.\s?e\.|d\.\s?h\.|that\s+is|namely)\s*,?\s*([^()]+?)\s*([?.!]*)$")


def thanksgiving(year: int) -> dt.date:
    """US Thanksgiving: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _day(name: str, year: int) -> str:
    day = thanksgiving(year) + dt.timedelta(days=_NAMED[" ".join(name.lower().split())])
    return f"{day.day} {day:%B} {day.year}"


def _month(word: str) -> str:
    number = MONTHS.get(word.lower().replace("ä", "a"), 0)
    return dt.date(2000, number, 1).strftime("%B") if number else word


def _from(text: str, m: re.Match, word: str) -> str:
    """The range's opening word ("from" / "vom"), unless the question already says one before it."""
    before = text[:m.start()].split()
    return "" if before and before[-1].lower() in ("from", "vom", "von", "between", "zwischen") else f"{word} "


def _day_range(m: re.Match) -> str:
    """Both days of a range with the year said once at its end; a range whose first month comes later in the year
    (it would reach back into the year before) stays as written and is asked back."""
    first, last = (MONTHS.get(word.lower().replace("ä", "a"), 0) for word in (m[3], m[6]))
    if not first or not last or first > last:
        return m[0]
    return f"{m[1]} {m[2]} {_month(m[3])} {m[7]} {m[4]} {m[5]} {_month(m[6])} {m[7]}"


def rewrite(text: str, data_names: frozenset[str] = frozenset()) -> str:
    """The question with named shopping days and US-style days as "24 November 2023" (see the module)."""
    if not any(name in value for value in data_names for name in _NAMED):  # 'Black Friday 2024' campaign too
        text = _NAMED_RANGE.sub(lambda m: f"from {_day(m[1], int(m[3]))} to {_day(m[2], int(m[3]))}", text)
        text = _NAMED_DAY.sub(lambda m: _day(m[1], int(m[2])), text)
    text = _US_RANGE.sub(lambda m: f"{_from(text, m, 'from')}{m[2]} {_month(m[1])} {m[5]} to {m[4]} "
                         f"{_month(m[3] or m[1])} {m[5]}", text)
    text = _DE_RANGE.sub(lambda m: f"{_from(text, m, 'vom')}{m[1]}. {_month(m[3])} {m[4]} bis {m[2]}. "
                         f"{_month(m[3])} {m[4]}", text)
    text = _DAY_RANGE.sub(_day_range, text)
    text = _US_DAY.sub(lambda m: f"{m[2]} {_month(m[1])} {m[3]}", text)
    return _THAT_IS.sub(lambda m: f" ({m[1]}){m[2]}", text)


# US analysts' period comparisons: "Revenue YoY" is revenue per year side by side, "MoM sales 2024" revenue per
# month of 2024 (each beside the one before it), "QoQ" per quarter.
_OVER = {"year": r"yoy|y/y|year[\s-]+(?:over|on)[\s-]+year", "month": r"mom|m/m|month[\s-]+(?:over|on)[\s-]+month",
         "quarter": r"qoq|q/q|quarter[\s-]+(?:over|on)[\s-]+quarter"}


def period_over_period(text: str) -> str:
    """"YoY" / "MoM" / "QoQ" (and spelled out) as "by year" / "by month" / "by quarter", once."""
    for grain, words in _OVER.items():
        pattern = lazy_re.compile(rf"(?i)(?<![\w/])(?:{words})(?![\w/])")
        if pattern.search(text):
            text = pattern.sub(" " if re.search(rf"(?i)\b(?:by|per|each)\s+{grain}\b", text) else f" by {grain} ", text)
    return re.sub(r"\s{2,}", " ", text).strip()
