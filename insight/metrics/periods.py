"""Calendar periods (month, quarter, year): truncation and the labels YYYY-MM, YYYY-Qn, YYYY of metrics.md."""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.errors import UsageError

PERIODS = {"month": "1mo", "quarter": "1q", "year": "1y"}
PERIOD_ALIASES = {
    "month": "month", "monthly": "month", "monat": "month", "m": "month",
    "quarter": "quarter", "quarterly": "quarter", "quartal": "quarter", "q": "quarter",
    "year": "year", "yearly": "year", "annual": "year", "jahr": "year", "y": "year",
}


def normalise_period(period: str) -> str:
    """'month' | 'quarter' | 'year' (German and short forms accepted), else a one-line UsageError."""
    key = PERIOD_ALIASES.get(str(period).strip().lower())
    if key is None:
        raise UsageError(f"period '{period}' is not one of month, quarter, year")
    return key


def period_start(expr: pl.Expr, period: str) -> pl.Expr:
    """First day of the calendar period containing a Date expression."""
    return expr.dt.truncate(PERIODS[normalise_period(period)])


def period_label(start: pl.Expr, period: str) -> pl.Expr:
    """YYYY-MM, YYYY-Qn or YYYY for a period's first day."""
    kind = normalise_period(period)
    if kind == "month":
        return start.dt.strftime("%Y-%m")
    if kind == "year":
        return start.dt.year().cast(pl.String)
    return pl.concat_str([start.dt.year().cast(pl.String), pl.lit("-Q"), start.dt.quarter().cast(pl.String)])


def next_period(start: pl.Expr, period: str) -> pl.Expr:
    """First day of the following period."""
    return start.dt.offset_by(PERIODS[normalise_period(period)])


def label_range(label: str) -> tuple[dt.date, dt.date]:
    """[start, end) of the calendar period a label names: YYYY, YYYY-Qn or YYYY-MM.

    >>> label_range("2011-Q4")
    (datetime.date(2011, 10, 1), datetime.date(2012, 1, 1))
    """
    year, _, rest = label.partition("-")
    y = int(year)
    if not rest:
        return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
    first = (int(rest[1:]) - 1) * 3 + 1 if rest.upper().startswith("Q") else int(rest)
    months = 3 if rest.upper().startswith("Q") else 1
    index = y * 12 + first - 1 + months
    return dt.date(y, first, 1), dt.date(index // 12, index % 12 + 1, 1)


def covered(start: dt.date, end: dt.date, first_day: dt.date | None, as_of: dt.date) -> bool:
    """Whether the data covers [start, end) whole: it starts no later than the first day with data and
    ends no later than the analysis date (a period cut short at either end is incomplete)."""
    return first_day is not None and first_day <= start and end <= as_of
