"""Values an export leaves out because a line above or another column already says them (docs/import.md,
"Order lines"): order-level fields given only on an order's first line, and an empty date where another date
column of the same line has one.

Both run on the raw frame or the coerced columns of one order-lines file, once its headers are matched, and
each says what it did in an import note; neither ever overwrites a value that is there.
"""

from __future__ import annotations

import re

import polars as pl

from insight.errors import InputError
from insight.io import coerce
from insight.io.mapping import HeaderMatch

_MIN_ORDERS = 3  # multi-line orders needed as evidence that a column is given on first lines only
_DATE_SHAPE = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
                         r"\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$")


def _order_header(frame: pl.DataFrame, match: HeaderMatch) -> str | None:
    """The source column of the order id: mapped as such, or a 'Name' column of order numbers (#1001)."""
    order = next((h for h, c in match.mapping.items() if c == "order_id"), None)
    if order is None:
        name = next((h for h, c in match.mapping.items() if c == "name"), None)
        if name is not None:
            values = frame.get_column(name).drop_nulls().cast(pl.String).head(5000)
            share = values.str.contains(r"^\s*#?\d{3,}\s*$").mean()
            if values.len() and isinstance(share, float) and share > 0.9:
                order = name
    return order


def _empty(frame: pl.DataFrame, c: str) -> pl.Expr:
    if frame.schema[c] == pl.String:
        return pl.col(c).is_null() | (pl.col(c).str.strip_chars() == "")
    return pl.col(c).is_null()


_PREFIX = 20_000  # rows looked at first: a line field shows a value on a following line long before the end


def _candidates(head: pl.DataFrame, key: pl.Expr, cols: list[str]) -> list[str]:
    """The columns empty on every following line of ``head`` (the file's first rows). Which line follows
    another within the first rows is the same as in the whole file, so a column with a value on such a line is
    a line field whatever the rest holds; only the others need the pass over every line (issue 16: on a file of
    a million lines that pass was a third of reading it)."""
    if not cols:
        return []
    follow = ~key.is_first_distinct()
    found = head.select([(~_empty(head, c) & follow).any().alias(f"v{i}") for i, c in enumerate(cols)]).row(0)
    return [c for c, value in zip(cols, found, strict=True) if not value]


def fill_order_fields(frame: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.DataFrame:
    """Columns filled on the first line of an order and empty on every following line of it (Shopify's lines
    export: e-mail, payment date, status, totals only on the first line) are the order's: each following line
    takes its order's value. Needs an order id on every line and at least three orders of several lines; a column
    with a value on any following line is a line field and is left alone."""
    if match.table.name != "order_lines" or frame.height < 2:
        return frame
    order = _order_header(frame, match)
    if order is None or frame.get_column(order).null_count():
        return frame
    key = pl.col(order).cast(pl.String).str.strip_chars()
    cols = [c for c in frame.columns if c != order]
    cols = _candidates(frame.head(_PREFIX), key, cols)
    if not cols:
        return frame  # every column has a value on a following line of the first rows: all are line fields
    # a following line is any but the first of its order; the first line of an order of several lines
    pos = frame.select(key.alias("_k")).select(follow=~pl.col("_k").is_first_distinct(),
                                               first_of_multi=pl.col("_k").is_first_distinct()
                                               & pl.col("_k").is_duplicated())
    follow, first_multi = pos.get_column("follow"), pos.get_column("first_of_multi")
    if int(first_multi.sum()) < _MIN_ORDERS:
        return frame
    probe = frame.select([((_empty(frame, c) | ~follow).all()).alias(f"e{i}") for i, c in enumerate(cols)]
                         + [((~_empty(frame, c) & first_multi).any()).alias(f"f{i}") for i, c in enumerate(cols)])
    found = probe.row(0, named=True)
    fill = [c for i, c in enumerate(cols) if found[f"e{i}"] and found[f"f{i}"]]
    if not fill:
        return frame
    # the first line's value (null where even the first line had none) on every line of the order
    frame = frame.with_columns([pl.when(_empty(frame, c)).then(None).otherwise(pl.col(c)).first().over(key).alias(c)
                                for c in fill])
    shown = ", ".join(f"'{c}'" for c in fill[:6]) + (" …" if len(fill) > 6 else "")
    notes.append(f"{shown} {'is' if len(fill) == 1 else 'are'} given only on the first line of each order (empty on "
                 f"every following line): filled down within the order id '{order}'")
    return frame


def fill_empty_dates(columns: dict[str, pl.Series], frame: pl.DataFrame, match: HeaderMatch, source: str,
                     notes: list[str]) -> None:
    """An order date left empty on some lines (an unpaid order's 'Paid at', a lost deal's 'Won time') is taken
    from the first other date column of the file, in source order, that has a date on every such line ('Created
    at', 'Deal created'). Every other value of that column must read as a date too; the lines keep their status
    (a voided order or a lost deal stays no sale). A note names the column and the number of lines."""
    dates = columns.get("order_date")
    if match.table.name != "order_lines" or dates is None or not dates.null_count() or dates.null_count() == dates.len():
        return
    header = next(h for h, c in match.mapping.items() if c == "order_date")
    used = set(match.mapping) | set(match.ignored)
    missing = dates.is_null()
    schema = frame.schema  # once: a wide frame's schema is rebuilt on every access
    for other in frame.columns:
        if other in used or other == header or schema[other] != pl.String:
            continue
        raw = coerce.blank_to_null(frame.get_column(other))
        if raw.filter(missing).null_count():
            continue
        values = raw.drop_nulls().unique()
        if not values.len() or not bool(values.str.contains(_DATE_SHAPE.pattern).all()):
            continue
        try:
            parsed = coerce.to_datetime(raw, source, other, "order_date", [])
        except InputError:
            continue
        columns["order_date"] = dates.fill_null(parsed.cast(dates.dtype)).alias("order_date")
        n = int(missing.sum())
        notes.append(f"{n:,} line{'s' if n != 1 else ''} without a date in '{header}' dated by '{other}' instead "
                     "(their status still decides whether they are sales)")
        return


_NAME_PART = re.compile(r"(?i)name")


def named_option_columns(frame: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.DataFrame:
    """Key–value column pairs of an accounting export (Xero's 'TrackingName1' = 'Region' on every line beside
    'TrackingOption1' = 'North Island'): the option column is the category its name column names, so it is renamed
    to that name ('Region') and the constant name column is left out. Only for an unmapped pair whose headers differ
    just by 'Name' ↔ 'Option'/'Value', a name column holding one word-like value, and a new name no column has."""
    used = set(match.mapping) | set(match.ignored)
    renames: dict[str, str] = {}
    dropped: list[str] = []
    schema = frame.schema  # once: a wide frame's schema is rebuilt on every access
    for header in frame.columns:
        if header in used or not _NAME_PART.search(header) or schema[header] != pl.String or \
                not re.sub(r"[\W\d_]+", "", _NAME_PART.sub("", header)) or frame.height < 2:
            continue  # a bare 'name' beside 'value' is two attributes, not a key–value pair ('TrackingName1' is)
        partner = next((o for o in frame.columns if o not in used and o != header and any(
            _NAME_PART.sub(word, header).casefold() == o.casefold() for word in ("Option", "Value"))), None)
        if partner is None:
            continue
        values = frame.get_column(header).drop_nulls().str.strip_chars()
        values = values.filter(values != "").unique()
        if values.len() != 1 or not re.fullmatch(r"[^\W\d_][\w .&/-]{0,40}", values[0]):
            continue
        name = values[0]
        if name in frame.columns or name in renames.values():
            continue
        renames[partner] = name
        dropped.append(header)
    if not renames:
        return frame
    notes.append("; ".join(f"'{o}' holds the values of the category its name column '{h}' names: kept as '{n}'"
                           for (o, n), h in zip(renames.items(), dropped, strict=True)))
    return frame.drop(dropped).rename(renames)
