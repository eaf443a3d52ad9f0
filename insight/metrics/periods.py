"""Calendar periods (month, quarter, year): truncation and the labels YYYY-MM, YYYY-Qn, YYYY of metrics.md."""

from __future__ import annotations

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
