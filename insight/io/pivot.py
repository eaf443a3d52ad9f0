"""A wide table of periods × customers (a controller's pivot: one column per month 'Jan 24' … 'Okt 24', often a
'Summe' column) read as order lines: one line per customer and month with a value, dated on the month's first
day (docs/import.md, "Wide tables of months").

Read as it stands the file is a customers table with eleven number columns, and every revenue question fails;
unpivoting it is what an analyst does first. Runs on the raw frame (text cells) before the headers are matched.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from insight.schema import normalise_header

_MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "jaenner": 1, "jän": 1, "jänner": 1,
    "feb": 2, "februar": 2, "february": 2,
    "mar": 3, "mrz": 3, "mär": 3, "maerz": 3, "märz": 3, "march": 3,
    "apr": 4, "april": 4,
    "mai": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oct": 10, "oktober": 10, "october": 10,
    "nov": 11, "november": 11,
    "dez": 12, "dec": 12, "dezember": 12, "december": 12,
}
_NAMED = re.compile(r"^([^\W\d_]{3,9})\.?[\s\-/'’.]*'?(\d{2}|\d{4})$")
_NUMERIC = (re.compile(r"^(\d{4})[\-/.](\d{1,2})$"), re.compile(r"^(\d{1,2})[\-/.](\d{4})$"))
_TOTAL_HEADERS = {"summe", "gesamt", "gesamtsumme", "total", "totals", "sum", "insgesamt", "jahressumme",
                  "gesamtergebnis", "grandtotal", "ytd", "jahr", "year", "summejahr",
                  # the other European languages: da/no 'I alt', it 'Totale', nl 'Totaal', sv/no 'Totalt', sv
                  # 'Summa', fi 'Yhteensä', cs 'Celkem', pl 'Razem'/'Suma', fr 'Somme'
                  "ialt", "totale", "totaal", "totalt", "summa", "yhteensae", "yhteensa", "celkem", "razem", "suma",
                  "somme", "totalgeral", "totalgeneral", "totalegenerale"}
_NUMBER = r"^\s*[-+(]?\s*(?:€|\$|£|EUR|CHF|USD)?\s*[\d][\d.,' ]*\s*(?:€|\$|£|EUR|CHF|USD)?\s*\)?-?\s*$"
_MIN_MONTHS = 3
# the label of a pivot's totals row, alone in its cell (German, English and the other European languages)
_TOTAL_LABEL = (r"(?i)^(?:summe|summen|gesamt|gesamtsumme|gesamtergebnis|insgesamt|endsumme|total|totals|grand total|"
                r"sum|i alt|ialt|totale|totale generale|totaal|totalt|summa|yhteensä|yhteensa|celkem|razem|suma|"
                r"somme|total geral|total general)\s*:?$")
DATE_HEADER = "month (of the column headers)"
VALUE_HEADER = "value (of the month columns)"


def month_of_header(header: str) -> dt.date | None:
    """The month a column header names ('Jan 24', 'Mrz 2024', 'März 24', '2024-03', '03/2024'), or None."""
    text = header.strip()
    m = _NAMED.match(text)
    if m:
        month = _MONTHS.get(m.group(1).casefold())
        year = int(m.group(2))
        year = year + 2000 if year < 100 else year
        return dt.date(year, month, 1) if month and 1900 <= year <= 2100 else None
    for i, rx in enumerate(_NUMERIC):
        m = rx.match(text)
        if m:
            year, month = (int(m.group(1)), int(m.group(2))) if i == 0 else (int(m.group(2)), int(m.group(1)))
            return dt.date(year, month, 1) if 1 <= month <= 12 and 1900 <= year <= 2100 else None
    return None


def unpivot_months(frame: pl.DataFrame, notes: list[str]) -> pl.DataFrame | None:
    """The frame as one row per row key and month (columns ``DATE_HEADER``, ``VALUE_HEADER``), empty cells left out,
    or None when it is no wide table of months: three or more columns whose headers name distinct months and whose
    filled cells are all numbers, and no column that already reads as a date. A row-total column ('Summe',
    'Gesamt', 'Total') is left out; the other columns (customer number, name) stay on every line."""
    months = {c: month_of_header(c) for c in frame.columns}
    month_cols = [c for c, m in months.items() if m is not None]
    if len(month_cols) < _MIN_MONTHS or len({months[c] for c in month_cols}) != len(month_cols):
        return None
    texts = [c for c in month_cols if frame.schema[c] == pl.String]
    numeric = frame.select([(pl.col(c).is_null() | (pl.col(c).str.strip_chars() == "")
                             | pl.col(c).str.contains(_NUMBER)).all().alias(c) for c in texts]).row(0) if texts else ()
    if not all(numeric) or any(not (frame.schema[c] == pl.String or frame.schema[c].is_numeric()) for c in month_cols):
        return None
    totals = [c for c in frame.columns if c not in month_cols and normalise_header(c) in _TOTAL_HEADERS]
    totals += [c for c in frame.columns if c not in month_cols and c not in totals
               and _row_sums(frame, c, month_cols)]
    keys = [c for c in frame.columns if c not in month_cols and c not in totals]
    if not keys:
        return None
    frame, dropped = _without_total_rows(frame, keys, month_cols)
    long = (frame.select(*keys, *[pl.col(c).cast(pl.String) for c in month_cols])
            .unpivot(index=keys, on=month_cols, variable_name="_col", value_name=VALUE_HEADER)
            .filter(pl.col(VALUE_HEADER).is_not_null() & (pl.col(VALUE_HEADER).str.strip_chars() != "")))
    dates = pl.DataFrame({"_col": month_cols, DATE_HEADER: [months[c] for c in month_cols]})
    long = long.join(dates, on="_col", how="left").drop("_col").with_columns(
        pl.col(DATE_HEADER).cast(pl.Date).dt.strftime("%Y-%m-%d"))
    first, last = month_cols[0], month_cols[-1]
    notes.append(f"a wide table of months: the {len(month_cols)} month columns ('{first}' … '{last}') unpivoted into "
                 f"one line per row and month with a value, dated on the month's first day ({long.height:,} lines; "
                 "empty cells are no sales); each line is a month's total, so answers finer than a month and order "
                 "counts are not real orders"
                 + (f"; the row total {', '.join(repr(t) for t in totals)} left out" if totals else "")
                 + (f"; the totals row(s) {', '.join(repr(t) for t in dropped)} (the sums of the other rows) left out"
                    if dropped else ""))
    return long


def _without_total_rows(frame: pl.DataFrame, keys: list[str], month_cols: list[str]) -> tuple[pl.DataFrame,
                                                                                                 list[str]]:
    """The pivot without its totals rows: a row whose label cells say only a total word ('Gesamt', 'Summe',
    'Total', 'I alt', 'Totale'; the others empty) and whose month cells are the column sums of the other rows
    (read with a decimal comma or point, whole-unit rounding allowed) is no customer; the labels left out."""
    texts = [c for c in keys if frame.schema[c] == pl.String]
    if not texts or frame.height < 3:
        return frame, []
    cells = [pl.col(c).str.strip_chars() for c in texts]
    word = pl.any_horizontal([c.str.contains(_TOTAL_LABEL).fill_null(False) for c in cells])
    only = pl.all_horizontal([(c.is_null() | (c == "") | c.str.contains(_TOTAL_LABEL)).fill_null(True) for c in cells])
    other = [c for c in keys if c not in texts]
    blank = pl.all_horizontal([pl.col(c).is_null() for c in other]) if other else pl.lit(True)
    candidate = frame.select((word & only & blank).alias("t")).to_series()
    if not candidate.any() or candidate.sum() * 2 > frame.height:
        return frame, []
    if not any(_sums_of_the_others(frame, candidate, month_cols, comma) for comma in (True, False)):
        return frame, []
    labels = frame.filter(candidate).select(pl.coalesce([pl.when(c != "").then(c) for c in cells])).to_series()
    return frame.filter(~candidate), [str(v) for v in labels.to_list()]


def _numbers(frame: pl.DataFrame, columns: list[str], comma: bool) -> pl.DataFrame:
    from insight.io.coerce import parse_number_text

    return pl.DataFrame([frame.get_column(c).cast(pl.Float64) if frame.schema[c].is_numeric()
                         else parse_number_text(frame.get_column(c).cast(pl.String), comma).alias(c)
                         for c in columns])


def _row_sums(frame: pl.DataFrame, column: str, month_cols: list[str]) -> bool:
    """Whether a further column, whatever its header, is each row's total of the month columns (a 'Summe' column
    named in another language): every row with a month value holds their sum there (whole-unit rounding allowed)."""
    kind = frame.schema[column]
    if not (kind.is_numeric() or kind == pl.String):
        return False
    if kind == pl.String and not frame.select((pl.col(column).is_null() | (pl.col(column).str.strip_chars() == "")
                                               | pl.col(column).str.contains(_NUMBER)).all()).item():
        return False
    for comma in (True, False):
        values = _numbers(frame, [*month_cols, column], comma)
        filled = values.select(pl.any_horizontal(pl.col(month_cols).is_not_null()).alias("t")).to_series()
        if not filled.any():
            return False
        rows = values.filter(filled)
        total = rows.select(pl.sum_horizontal(pl.col(month_cols)).alias("s"), pl.col(column).alias("v"),
                            pl.sum_horizontal(pl.col(month_cols).is_not_null()).alias("n"))
        if total.select((pl.col("v").is_not_null()
                         & ((pl.col("v") - pl.col("s")).abs() <= (0.5 * (pl.col("n") + 1)).clip(1.0))).all()).item():
            return True
    return False


def _sums_of_the_others(frame: pl.DataFrame, candidate: pl.Series, month_cols: list[str], comma: bool) -> bool:
    """Whether every month cell of each candidate row is the sum of that column over the non-candidate rows."""
    values = _numbers(frame, month_cols, comma)
    rest = values.filter(~candidate)
    sums = rest.sum().row(0)
    # each cell rounded to whole units (a controller's pivot) moves the sum by at most half a unit
    tolerance = [max(1.0, 0.5 * (rest.get_column(c).drop_nulls().len() + 1)) for c in values.columns]
    for row in values.filter(candidate).iter_rows():
        if not any(v is not None for v in row):
            return False
        if not all(abs((v or 0.0) - (s or 0.0)) <= t for v, s, t in zip(row, sums, tolerance)):
            return False
    return True
