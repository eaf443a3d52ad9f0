"""Numbers and presence words on the client's numeric columns (docs/ask.md, "Thresholds on numeric columns").

* Percent scale: a column whose values all lie in [0, 1] holds fractions (Discount 0.2), so "Rabatt über 20 %"
  is Discount > 0.2. A number above 1 (or one written as "20 percent") on such a column is a percentage and is
  divided by 100; on any other column (0–100 percentages, amounts) the number stays as written. The percent
  sign itself is gone after normalising, which is why a number above 1 is what tells.
* Presence: "mit Rabatt" / "with a discount" is the column > 0, "ohne Rabatt" / "without discount" / "no
  discount" / "kein Rabatt" is the column = 0, on a numeric column whose values are never negative and are
  sometimes 0 (otherwise "with" separates nothing). Both words for one column ("with vs without discount")
  are a comparison, not two filters that exclude each other, and are left alone here. The column's participle
  says the same: "discounted lines", "rabattierte Positionen" (> 0), "undiscounted", "nicht rabattierte" (= 0).
"""

from __future__ import annotations

import re
from typing import Callable

import polars as pl

from insight.dataset import Dataset
from insight.semantic.client import ClientColumn, client_columns
from insight.query import lazy_re

# "discount of at least 30%", "Rabatt von über 20 %": a connector between the column and the comparison word
CONNECTOR = r"(?:(?:is|ist|liegt|liegen|of|von)\s+)?"
PERCENT_WORD = r"(?:\s*(?P<pct>prozent|percent|pct|prozentpunkte))?"

_WITH = r"with|mit"
# "Wie viele Kunden hatten 2024 Rabatt?", "customers who got a discount": having the column is "with" it
_HAVE = r"hatten|hatte|haben|hat|had|have|has|got|received|erhielten|bekamen|bekommen"
# "have at least one kid at home", "mit mindestens einem Kind": the same as "with" (> 0)
_AT_LEAST_ONE = r"(?:(?:with|mit|have|has|haben|hat)\s+)?(?:at\s+least\s+(?:one|1)|mindestens\s+(?:eine[mnrs]?|ein|1))"
_WITHOUT = r"without|ohne|no|kein|keine|keinen|keinem|keiner"
_BOTH = lazy_re.compile(rf"\b(?:{_WITH})\s+(?:and|und|or|oder|vs|versus)\s+(?:without|ohne)\b")
_ARTICLE = r"(?:(?:a|an|any|einem|einen|einer|eine|ein)\s+)?"


def percent_scaled(value: float, column: ClientColumn | None, percent_word: bool) -> float:
    """The number as a value of the column: a percentage on a column of fractions becomes a fraction."""
    if column is not None and column.rate_like and (percent_word or 1 < value <= 100):
        return value / 100
    return value


def by_name(ds: Dataset) -> dict[str, ClientColumn]:
    """The client's columns by their name."""
    return {c.name: c for c in client_columns(ds)}


def _zero_or_more(ds: Dataset, column: ClientColumn) -> bool:
    """Whether the column's values are never negative and some are 0: "with X" / "without X" split it."""
    frame = ds.table(column.table)
    stats = frame.select(low=pl.col(column.name).min(), zeros=(pl.col(column.name) == 0).sum()).row(0)
    return stats[0] is not None and stats[0] >= 0 and (stats[1] or 0) > 0


def presence(rest: str, ds: Dataset, columns: dict[str, str], add: Callable[[str, str, float], None]) -> str:
    """'Umsatz mit Rabatt' (Discount > 0), 'Umsatz der Positionen ohne Rabatt' (Discount = 0): a numeric
    column named after with / without (no number following) becomes a filter; the phrase leaves the text."""
    if not columns:
        return rest
    rest = _participles(rest, ds, columns)
    names = "|".join(sorted(map(re.escape, columns), key=len, reverse=True))
    pattern = lazy_re.compile(rf"\b(?P<word>{_AT_LEAST_ONE}|{_WITH}|{_HAVE}|{_WITHOUT})\s+{_ARTICLE}(?P<col>{names})\b(?!\s+\d)")
    found = list(pattern.finditer(rest))
    if not found or _BOTH.search(rest):  # "mit und ohne Rabatt": both sides asked for, never one of them
        return rest
    known = by_name(ds)
    kinds: dict[str, set[bool]] = {}
    for m in found:
        kinds.setdefault(columns[m.group("col")], set()).add(not re.fullmatch(_WITHOUT, m.group("word")))
    for m in reversed(found):
        name = columns[m.group("col")]
        column = known.get(name)
        if (
            column is None
            or not column.numeric
            or column.is_flag
            or len(kinds[name]) > 1
            or not _zero_or_more(ds, column)
        ):
            continue
        add(name, "in" if re.fullmatch(_WITHOUT, m.group("word")) else "gt", 0.0)
        rest = rest[: m.start()] + " " + rest[m.end() :]
    return rest


def _participles(rest: str, ds: Dataset, columns: dict[str, str]) -> str:
    """'discounted lines', 'rabattierte Positionen' are 'lines with discount'; 'undiscounted', 'non-discounted',
    'nicht rabattierte' are 'without discount': the participle of a one-word column name, on a column that
    "with" / "without" split (see ``presence``)."""
    words = [w for w in columns if " " not in w and len(w) >= 4 and w.isalpha()]
    if not words:
        return rest
    names = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    pattern = lazy_re.compile(rf"\b(?P<neg>un|non\s*|nicht\s+)?(?P<col>{names})(?:ed|d|iert|ierte|ierten|ierter|iertes)\b")
    known = by_name(ds)

    def repl(m: re.Match) -> str:
        column = known.get(columns[m.group("col")])
        if column is None or not column.numeric or column.is_flag or not _zero_or_more(ds, column):
            return m.group(0)
        return f" {'without' if m.group('neg') else 'with'} {m.group('col')} "

    return pattern.sub(repl, rest)


# An age band named by its people: "die über 60-Jährigen", "unter 30-Jährige", "customers aged over 60",
# "the over-60s", "customers over 60 years old", "Kunden über 60" (a bare number of at most 120 right after the
# people noun, nothing countable after it). Read only on data with a customer age column.
_AGE_OPS = {"uber": "gt", "over": "gt", "above": "gt", "older": "gt", "unter": "lt", "under": "lt", "below": "lt",
            "younger": "lt", "ab": "ge", "bis": "le"}
_AGE_OP, _AGE_N = r"(?P<op>uber|unter|over|under|above|below|ab|bis)", r"(?P<n>\d{1,3})"
_AGE_OP2, _AGE_N2 = _AGE_OP.replace("<op>", "<op2>"), _AGE_N.replace("<n>", "<n2>")
_AGE_OP3, _AGE_N3 = _AGE_OP.replace("<op>", "<op3>"), _AGE_N.replace("<n>", "<n3>")
_AGE_OP4, _AGE_N4 = _AGE_OP.replace("<op>", "<op4>"), _AGE_N.replace("<n>", "<n4>")
_AGE_BAND = lazy_re.compile(
    rf"\b(?P<b>{_AGE_OP}\s+{_AGE_N}\s*jahrige[nrms]?)\b"
    rf"|\b(?P<b2>(?:aged|im\s+alter\s+von)\s+{_AGE_OP2}\s+{_AGE_N2}(?:\s+(?:years?|jahren?)(?:\s+(?:old|alt))?)?)\b"
    rf"|\b(?P<b3>(?:the\s+)?{_AGE_OP3}\s+{_AGE_N3}s)\b"
    rf"|\b(?:customers|kunden|clients|people|members|mitglieder|personen|frauen|manner|women|men|females|males|"
    rf"kundinnen|patienten|patients)\s+"
    rf"(?P<b4>{_AGE_OP4}\s+{_AGE_N4}(?:\s+(?:years?|jahren?|jahre)(?:\s+(?:old|alt))?)?)(?=\s*$|\s+(?:in|im|and|und|by"
    rf"|nach|je|per|pro|who|die|der|with|mit|have|haben|hat|has|are|sind)\b)")


def age_band(rest: str) -> tuple[str, int, tuple[int, int]] | None:
    """(op, years, the span of the band phrase) for an age band named by its people, or None."""
    for m in _AGE_BAND.finditer(rest):
        k = next(k for k in ("", "2", "3", "4") if m.group(f"b{k}"))
        n = int(m.group(f"n{k}"))
        if 0 < n <= 120:
            return _AGE_OPS[m.group(f"op{k}")], n, m.span(f"b{k}")
    return None
