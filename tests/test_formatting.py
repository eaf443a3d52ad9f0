"""insight.formatting: one module for numbers in sentences, terminal tables, HTML tables and widgets."""

from __future__ import annotations

import datetime as dt

import pytest

from insight import formatting as f
from insight.query import render


@pytest.mark.parametrize(("value", "unit", "lang", "expected"), [
    (265754.37, "currency", "de", "265.754,37 €"),
    (265754.37, "currency", "en", "€265,754.37"),
    (289.0, "currency", "de", "289,00 €"),
    (1234.5, "currency", "en", "€1,234.50"),
    (5878, "count", "de", "5.878"),
    (5878, "count", "en", "5,878"),
    (0.42, "fraction", "de", "42 %"),
    (0.425, "fraction", "de", "42,5 %"),
    (0.425, "fraction", "en", "42.5 %"),
    (3.25, "points", "de", "3,2 Punkte"),
    (14.0, "months", "en", "14.0 months"),
    (1234.567, "number", "de", "1.234,57"),
    (None, "currency", "de", "–"),
    (float("nan"), "number", "en", "–"),
])
def test_sentence_numbers(value, unit, lang, expected):
    assert f.fmt_number(value, unit, lang) == expected
    assert render.fmt_number(value, unit, lang) == expected  # the query renderer uses the same function


def test_currency_without_code_and_other_codes():
    assert f.fmt_number(289.0, "currency", "de", "") == "289,00"
    assert f.fmt_number(1000.0, "currency", "en", "CHF") == "1,000.00 CHF"
    assert f.money(-12.5, "en", "EUR") == "-€12.50"


def test_table_cells_follow_language_and_unit():
    assert f.cell(265754.37, "revenue", "de", "EUR", symbol=True) == "265.754,37 €"
    assert f.cell(265754.37, "revenue", "de", "EUR") == "265.754,37"       # terminal tables: text names it
    assert f.cell(0.9998, "churn_risk", "de") == "99,98 %"                 # never "100 %" for 0.9998
    assert f.cell(0.4213, "churn_risk", "en") == "42.1 %"
    assert f.cell(0.0, "churn_risk", "en") == "0.0 %"
    assert f.cell(0.25, "share", "de") == "25,0 %"
    assert f.cell(14911, "customer_id") == "14911" and f.cell(2024, "year", "de") == "2024"
    assert f.cell(12345, "orders", "de") == "12.345"
    assert f.cell(0.0012, "x", "en") == "0.0012" and f.cell(0.5, "x", "en") == "0.50"
    assert f.cell(True, "b2b", "de") == "ja" and f.cell(None, "revenue") == ""
    assert f.cell(dt.date(2024, 12, 31), "order_day", "de") == "2024-12-31"
    assert f.cell("Germany", "country", "de") == "Germany"


def test_percent_in_sentences_keeps_extremes_honest():
    assert f.percent(0.999998, "en") == "> 99.99 %" and f.percent(0.9996, "de") == "99,96 %"
    assert f.percent(0.0003, "en") == "0.03 %" and f.percent(1.0, "en") == "100 %" and f.percent(0.0, "de") == "0 %"
    assert f.percent(0.425, "en") == "42.5 %" and f.percent(0.42, "de") == "42 %"
    assert f.fmt_number(0.999998, "fraction", "de") == "> 99,99 %"


def test_percent_fixed_decimals_keep_extremes_honest():
    assert f.percent(0.9998, "de", decimals=1) == "99,98 %"
    assert f.percent(0.99999, "en", decimals=1) == "> 99.99 %"
    assert f.percent(1.0, "en", decimals=1) == "100.0 %"
    assert f.percent(0.00004, "de", decimals=1) == "< 0,01 %"
    assert f.percent(0.0, "de", decimals=0) == "0 %" and f.percent(0.004, "en", decimals=0) == "0.4 %"


@pytest.mark.parametrize("value, lang, expected", [
    (5_712_066.22, "de", "5,7 Mio."), (5_712_066.22, "en", "5.7M"), (35_000, "en", "35.0k"),
    (35_000, "de", "35,0 Tsd."), (2.5e9, "de", "2,5 Mrd."), (295.4, "en", "295"), (0, "en", "0"),
    (1.234, "de", "1,23"), (None, "en", "–"), (float("nan"), "de", "–"),
])
def test_compact(value, lang, expected):
    assert f.compact(value, lang) == expected


@pytest.mark.parametrize("value, lang, currency, expected", [
    (5_712_066.22, "de", "EUR", "5,7 Mio. €"), (5_712_066.22, "en", "EUR", "€5.7M"),
    (295.4, "de", "EUR", "295 €"), (295.4, "en", "EUR", "€295"), (12_345, "en", "CHF", "12.3k CHF"),
    (-1_500_000, "en", "EUR", "-€1.5M"), (9_999.6, "de", "", "10.000"), (None, "de", "EUR", "–"),
])
def test_compact_money(value, lang, currency, expected):
    assert f.compact_money(value, lang, currency) == expected
