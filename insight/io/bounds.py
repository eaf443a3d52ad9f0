"""Plausible values: the one check every reader's canonical frame passes before anything uses it.

A single date in the year 9999 or an amount of 1e309 parses, but breaks every later computation
(Python dates overflow, sums become inf). Whatever the reader (text, Excel, Parquet, an in-memory
frame), ``check`` refuses such a cell with one line naming the file, column, row and what to do.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.io.coerce import CellError

DATE_MIN = dt.date(1900, 1, 1)
DATE_MAX = dt.date(2100, 12, 31)
AMOUNT_MAX = 1e12  # per cell; a million rows of it still sum to a finite, exact-enough float

DESCRIPTION = (f"dates {DATE_MIN.isoformat()} to {DATE_MAX.isoformat()}; numbers finite and within "
               f"±{AMOUNT_MAX:,.0f}")


def _shown(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _first(bad: pl.Series, values: pl.Series, source: str, header: str, column: str, what: str,
           raw: pl.DataFrame | None) -> CellError:
    idx = int(bad.arg_true()[0])
    if raw is not None and header in raw.columns:
        values = raw.get_column(header)  # the cell as written ('1e309'), not as parsed ('inf')
    count = int(bad.sum())
    more = f" ({count:,} such rows in this column)" if count > 1 else ""
    return CellError(f"{source}: column '{header}' ({column}) row ", idx + 1,
                     f": '{_shown(values[idx])}' {what}{more}; fix the value or leave the row out")


def check(columns: dict[str, pl.Series], headers: dict[str, str], source: str,
          client: tuple[str, ...] = (), raw: pl.DataFrame | None = None) -> None:
    """Raise CellError for the first implausible cell: a date outside DATE_MIN..DATE_MAX, a number that
    is NaN, infinite or beyond ±AMOUNT_MAX. ``columns`` are canonical columns by name (``headers`` maps
    them to the source header, ``raw`` holds the cells as written); ``client`` names client number columns,
    which need only be finite."""
    for name, s in columns.items():
        header = headers.get(name, name)
        dtype = s.dtype
        if isinstance(dtype, pl.Datetime) or dtype == pl.Date:
            low, high = s.min(), s.max()  # two reductions; the row-wise mask only for a file that fails
            low = low.date() if isinstance(low, dt.datetime) else low
            high = high.date() if isinstance(high, dt.datetime) else high
            if low is None or (DATE_MIN <= low and high <= DATE_MAX):
                continue
            days = s.dt.date() if isinstance(dtype, pl.Datetime) else s
            bad = (days < DATE_MIN) | (days > DATE_MAX)
            if bad.any():
                raise _first(bad.fill_null(False), s, source, header, name,
                             f"is outside the plausible dates {DATE_MIN.isoformat()} to {DATE_MAX.isoformat()}", raw)
        elif dtype.is_float() or (dtype.is_numeric() and name not in client):
            if not dtype.is_float():  # integers are finite: only their size can be implausible
                if name in client or s.len() == s.null_count() or max(abs(s.min()), abs(s.max())) <= AMOUNT_MAX:
                    continue
            else:
                low, high = s.min(), s.max()  # NaN never counts as min/max in polars: checked once below
                if (low is None or (abs(low) <= AMOUNT_MAX and abs(high) <= AMOUNT_MAX)) and not s.is_nan().any():
                    continue
            values = s.cast(pl.Float64)
            finite = values.is_finite()
            bad = ~finite if name in client else (~finite | (values.abs() > AMOUNT_MAX))
            bad = bad.fill_null(False)
            if bad.any():
                limit = "is not a finite number" if name in client else \
                    f"is not a finite number within ±{AMOUNT_MAX:,.0f}"
                raise _first(bad, values, source, header, name, limit, raw)
