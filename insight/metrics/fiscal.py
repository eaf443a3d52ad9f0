"""Fiscal periods (Geschäftsjahr, Geschäftsquartal) as time grains: a fiscal year starting in month m is the
calendar year of the day moved back m−1 months, so keys are calendar truncations of the shifted day. Labels
name the fiscal year by the workspace's ``fiscal_year_named_by``: 'FY2012' / 'FY2012 Q1' (canonical, English),
'GJ 2011/12' / 'GJ 2011/12 Q1' in German (docs/metrics.md, "Fiscal years")."""

from __future__ import annotations

import datetime as dt

import polars as pl

FISCAL_DIMENSIONS = ("fiscal_quarter", "fiscal_year")
Fiscal = tuple[int, str]  # (start month 1–12, named by 'end' | 'start')
CALENDAR: Fiscal = (1, "end")


def fiscal_of(ds: object) -> Fiscal:
    """The dataset's fiscal year (settings); the calendar year where none is set."""
    settings = getattr(ds, "settings", None)
    start = getattr(settings, "fiscal_year_start", None) or 1
    return start, getattr(settings, "fiscal_year_named_by", "end") or "end"


def shifted(day: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """The day moved back to the calendar year its fiscal year starts in (April 2011 → January 2011)."""
    return day if fiscal[0] == 1 else day.dt.offset_by(f"-{fiscal[0] - 1}mo")


def fiscal_key(name: str, day: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """A grouping key: the fiscal year's first calendar year (Int64), or the fiscal quarter's first day in the
    shifted calendar (a Date that sorts like the quarters)."""
    moved = shifted(day, fiscal)
    if name == "fiscal_quarter":
        return moved.dt.truncate("1q")
    return moved.dt.year().cast(pl.Int64)


def named_year(first: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """The year that names a fiscal year starting in calendar year ``first``."""
    return first + 1 if fiscal[1] == "end" and fiscal[0] != 1 else first


def fiscal_label(name: str, day: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """The canonical label of a day's fiscal period: 'FY2012', 'FY2012 Q1'."""
    moved = shifted(day, fiscal)
    year = pl.concat_str([pl.lit("FY"), named_year(moved.dt.year(), fiscal).cast(pl.String)])
    if name == "fiscal_quarter":
        return pl.concat_str([year, pl.lit(" Q"), moved.dt.quarter().cast(pl.String)])
    return year


def label_keys(name: str, key: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """A key of ``fiscal_key`` as its canonical label."""
    if name == "fiscal_quarter":
        year = named_year(key.dt.year(), fiscal).cast(pl.String)
        return pl.concat_str([pl.lit("FY"), year, pl.lit(" Q"), key.dt.quarter().cast(pl.String)])
    return pl.concat_str([pl.lit("FY"), named_year(key, fiscal).cast(pl.String)])


def german_label(label: pl.Expr, fiscal: Fiscal) -> pl.Expr:
    """'FY2012 Q1' → 'GJ 2011/12 Q1': German names a fiscal year by both calendar years it spans."""
    named = label.str.extract(r"^FY(\d{4})", 1).cast(pl.Int64)
    first = named - 1 if fiscal[1] == "end" and fiscal[0] != 1 else named
    span = pl.concat_str([first.cast(pl.String), pl.lit("/"), ((first + 1) % 100).cast(pl.String).str.zfill(2)])
    rest = label.str.extract(r"^FY\d{4}(.*)$", 1).fill_null("")
    return pl.when(named.is_null()).then(label).otherwise(pl.concat_str([pl.lit("GJ "), span, rest]))


def localised(label: pl.Expr, fiscal: Fiscal, lang: str) -> pl.Expr:
    """A canonical label as the answer's language names it."""
    return {"de": german_label, "en": lambda e, _: e}[lang](label, fiscal)


def fiscal_range(label: str, fiscal: Fiscal) -> tuple[dt.date, dt.date]:
    """[start, end) of the fiscal period a canonical label names ('FY2012', 'FY2012 Q3')."""
    named = int(label[2:6])
    first = named - 1 if fiscal[1] == "end" and fiscal[0] != 1 else named
    quarter = int(label.rsplit("Q", 1)[1]) if " Q" in label else None
    offset = fiscal[0] - 1 + (3 * (quarter - 1) if quarter else 0)
    months = 3 if quarter else 12
    start = first * 12 + offset
    end = start + months
    return dt.date(start // 12, start % 12 + 1, 1), dt.date(end // 12, end % 12 + 1, 1)


def period_of(day: dt.date, name: str, fiscal: Fiscal) -> tuple[dt.date, dt.date, str]:
    """[start, end) and canonical label of the fiscal period containing ``day``."""
    index = day.year * 12 + day.month - 1 - (fiscal[0] - 1)
    first = index // 12
    quarter = index % 12 // 3 + 1
    named = first + 1 if fiscal[1] == "end" and fiscal[0] != 1 else first
    label = f"FY{named}" + (f" Q{quarter}" if name == "fiscal_quarter" else "")
    return (*fiscal_range(label, fiscal), label)
