"""One place that turns numbers into text for every face: sentences, terminal tables, HTML tables, widgets.

Per language: English ``1,234.56`` / ``€1,234.56`` / ``42.5 %``; German ``1.234,56`` / ``1.234,56 €`` /
``42,5 %``. Units come from the semantic model (``currency``, ``fraction``, ``count``, ``points``,
``months``, ``number``); identifiers (customer ids, years, cohorts, months) print as they are.

- ``fmt_number(value, unit, lang, currency)``: one figure inside a sentence (answers' text, reports).
- ``cell(value, column, lang, currency, symbol=...)``: one table cell (text tables, HTML tables, widgets).
- ``compact(value, lang)`` / ``compact_money(value, lang, currency)``: short figures (``5,7 Mio. €``, ``€5.7M``).
- the building blocks ``number``, ``count``, ``percent``, ``money``, ``date`` for anything else.

The building blocks live in ``insight.numbers`` (bottom layer, no imports from insight) and are re-exported
here; this module adds the table cells, which read the semantic model's units, so it sits above
``insight.semantic``: the models below it (the persona text of ``insight.segments``) import ``insight.numbers``.
This module is core: it imports nothing from a face (no IPython, ipywidgets or Textual).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from insight.numbers import (  # the building blocks, re-exported: faces and answers import them from here
    CURRENCY_SYMBOLS, IDENTIFIER_COLUMNS, WORDS, MISSING, COMPACT_STEPS, group, number, count, percent,
    currency_symbol, money, compact, compact_money, date, yes_no, fmt_number,
)

__all__ = ["CURRENCY_SYMBOLS", "IDENTIFIER_COLUMNS", "WORDS", "MISSING", "COMPACT_STEPS", "group", "number", "count",
           "percent", "currency_symbol", "money", "compact", "compact_money", "date", "yes_no", "fmt_number",
           "is_identifier", "unit_of", "cell"]


# -- table cells ---------------------------------------------------------------------------------
def is_identifier(column: str) -> bool:
    """Ids and years print as they are (14911, 2011), not as quantities (14,911)."""
    return column.endswith("_id") or column in IDENTIFIER_COLUMNS


def unit_of(column: str) -> str:
    """The semantic model's unit for a column ('currency', 'fraction', ...); share columns are fractions;
    anything else is a plain 'number'."""
    from insight.semantic import SEMANTIC_MODEL

    metric = SEMANTIC_MODEL.metrics.get(column)
    if metric is not None:
        return metric.unit
    if column == "share" or column.endswith("_share"):
        return "fraction"
    return "number"


def cell(value: Any, column: str = "", lang: str = "en", currency: str | None = None, *,
         symbol: bool = False, unit: str | None = None) -> str:
    """One table cell as a reader sees it, by the column's unit and the table's language.

    Amounts carry the currency symbol only with ``symbol=True`` (HTML tables; terminal tables name the
    currency in the text); shares show one decimal (two near 0 and 100 %); small numbers keep four."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, lang)
    if isinstance(value, (dt.date, dt.datetime)):
        return date(value, lang)
    if not isinstance(value, (int, float)) or is_identifier(column):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return MISSING
    unit = unit or unit_of(column)
    if unit == "currency":
        if isinstance(value, int):
            return count(value, lang) if not symbol else money(value, lang, currency)
        return money(value, lang, currency) if symbol else number(value, lang)
    if unit == "fraction":
        return percent(value, lang, decimals=1)
    if unit == "count":  # a mean of counts ("orders per customer: 6.40") keeps its decimals, never rounded to a count
        return count(value, lang) if isinstance(value, int) or float(value).is_integer() else number(value, lang)
    if unit in ("points", "months", "days"):
        return fmt_number(value, unit, lang)
    if isinstance(value, int):
        return count(value, lang)
    if value != 0 and abs(value) < 0.01:
        return number(value, lang, 4)
    return number(value, lang)
