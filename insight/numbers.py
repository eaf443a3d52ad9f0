"""Numbers, percentages, money and dates as text per language: the building blocks of ``insight.formatting``.

English ``1,234.56`` / ``€1,234.56`` / ``42.5 %``; German ``1.234,56`` / ``1.234,56 €`` / ``42,5 %``. This module
sits in the bottom layer and imports nothing from insight, so that the models below the semantic layer (the
persona text of ``insight.segments``) format figures with the same code as the answers, the report and the
faces; ``insight.formatting`` re-exports everything here and adds the table cells, which read the semantic
model's units. Import from ``insight.formatting`` unless the module sits below ``insight.semantic``.
"""


from __future__ import annotations

import datetime as dt
import math
from typing import Any

CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "JPY": "¥"}
IDENTIFIER_COLUMNS = {"year", "cohort", "period", "month", "quarter"}
WORDS = {"de": {True: "ja", False: "nein", "points": "Punkte", "months": "Monate", "days": "Tage"},
         "en": {True: "yes", False: "no", "points": "points", "months": "months", "days": "days"}}
MISSING = "–"


def group(text: str, lang: str) -> str:
    """Swap separators for German: ``1,234.56`` → ``1.234,56`` (English text passes unchanged)."""
    if lang != "de":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _finite(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def number(value: Any, lang: str = "en", decimals: int = 2) -> str:
    """A grouped number with fixed decimals: ``1,234.57`` / ``1.234,57``."""
    if not _finite(value):
        return MISSING if value is None or isinstance(value, float) else str(value)
    return group(f"{value:,.{decimals}f}", lang)


def count(value: Any, lang: str = "en") -> str:
    """A whole number of things: ``5,878`` / ``5.878``."""
    if not _finite(value):
        return MISSING if value is None or isinstance(value, float) else str(value)
    return group(f"{round(value):,}", lang)


def percent(value: Any, lang: str = "en", decimals: int | None = None) -> str:
    """A fraction as a percentage: 0.425 → ``42.5 %`` / ``42,5 %``.

    ``decimals=None`` is the sentence rule: no decimals for a whole percentage, else one, and the table rule
    below where that would round a share that is not 0 or 100 % to 0 or 100 (0.999998 → ``> 99.99 %``). With fixed
    ``decimals`` (tables) up to two are used while rounding would show a share that is not 0 or 100 % as
    0 or 100 (0.9998 → ``99.98 %``), and beyond that the bound is shown (``> 99.99 %``, ``< 0.01 %``)."""
    if not _finite(value):
        return MISSING if value is None or isinstance(value, float) else str(value)
    pct = 100.0 * value
    if decimals is None:
        digits = 0 if abs(pct - round(pct)) < 0.05 else 1
        if 0 < pct < 100 and round(pct, digits) in (0.0, 100.0):  # a churn risk of 0.999998 is not "100 %"
            return percent(value, lang, decimals=1)
    else:
        digits, finest = decimals, max(decimals, 2)
        while digits < finest and pct not in (0.0, 100.0) and round(pct, digits) in (0.0, 100.0):
            digits += 1
        if 0 < pct < 100 and round(pct, digits) in (0.0, 100.0):  # still rounds to an end: say so
            bound = 10.0 ** -digits
            edge = f"< {bound:.{digits}f}" if round(pct, digits) == 0 else f"> {100 - bound:.{digits}f}"
            return group(edge, lang) + " %"
    return group(f"{pct:,.{digits}f}", lang) + " %"


def currency_symbol(currency: str | None) -> str:
    """``EUR`` → ``€``; unknown codes stay as they are; no currency → ''."""
    return CURRENCY_SYMBOLS.get(currency or "", currency or "")


def money(value: Any, lang: str = "en", currency: str | None = "EUR", decimals: int = 2) -> str:
    """An amount with its currency: ``€1,234.56`` / ``1.234,56 €`` / ``1,234.56 CHF``; the amount alone when
    no currency is known (metrics.md, "Currency")."""
    return _with_symbol(number(value, lang, decimals), value, lang, currency)


def _with_symbol(text: str, value: Any, lang: str, currency: str | None) -> str:
    """``text`` (the formatted amount) with the currency's symbol where the language puts it."""
    symbol = currency_symbol(currency)
    if not symbol or not _finite(value):
        return text
    if lang == "de":
        return f"{text} {symbol}"
    if len(symbol) == 1:
        return f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
    return f"{text} {symbol}"


COMPACT_STEPS = ((1e9, "bn", " Mrd."), (1e6, "M", " Mio."), (1e3, "k", " Tsd."))


def compact(value: Any, lang: str = "en") -> str:
    """A short figure (axis labels, header tiles): ``1.2M`` / ``1,2 Mio.``, ``35.0k`` / ``35,0 Tsd.``; below
    1,000 whole numbers from 10 on, else two decimals."""
    if not _finite(value):
        return MISSING if value is None or isinstance(value, float) else str(value)
    size = abs(value)
    for limit, en, de in COMPACT_STEPS:
        if size >= limit:
            return number(value / limit, lang, 1) + (de if lang == "de" else en)
    return number(float(value), lang, 0 if size >= 10 or value == 0 else 2)


def compact_money(value: Any, lang: str = "en", currency: str | None = "EUR") -> str:
    """A headline amount: ``5,7 Mio. €`` / ``€5.7M``; below 10,000 whole units (``295 €`` / ``€295``)."""
    if not _finite(value):
        return MISSING if value is None or isinstance(value, float) else str(value)
    text = compact(value, lang) if abs(value) >= 10_000 else number(float(value), lang, 0)
    return _with_symbol(text, value, lang, currency)


def date(value: Any, lang: str = "en") -> str:
    """Dates stay ISO (``2024-12-31``) in both languages: unambiguous for clients and sortable."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return "" if value is None else str(value)


def yes_no(value: bool, lang: str = "en") -> str:
    return WORDS.get(lang, WORDS["en"])[bool(value)]


def fmt_number(value: object, unit: str, lang: str, currency: str = "EUR") -> str:
    """One value formatted for a sentence: currency with 2 decimals, counts as integers, rates as percent."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return MISSING
    if not isinstance(value, (int, float)):
        return str(value)
    if unit == "currency":
        return money(value, lang, currency)
    if unit == "count":  # a mean of counts keeps its decimals ("6.40 orders per customer", never "6")
        return count(value, lang) if isinstance(value, int) or float(value).is_integer() else number(value, lang)
    if unit == "fraction":
        return percent(value, lang)
    if unit in ("points", "months", "days"):
        return number(value, lang, 1) + " " + WORDS.get(lang, WORDS["en"])[unit]
    return number(value, lang)
