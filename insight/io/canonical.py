"""A raw frame with source headers → one canonical table: mapping, types, order ids, extras.

The result has every column of the canonical table in schema order and dtype (null where the source
lacks an optional column), so that metrics can refer to any canonical column without checking.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import polars as pl

from insight.errors import InputError
from insight.io import coerce
from insight.io.guess import guess_table
from insight.io.mapping import HeaderMatch, match_headers, missing_error
from insight.schema import TABLES, Table

# ids that identify something: whole-number floats lose their ".0"
_ID_COLUMNS = ("customer_id", "order_id", "product_id", "coupon_id")


@dataclass
class MappedTable:
    """One source read into one canonical table, with what was decided on the way."""

    table: str                     # canonical table name, e.g. "order_lines"
    frame: pl.DataFrame            # canonical columns of that table (insight.schema dtypes)
    source: str                    # file path as given
    mapping: dict[str, str]        # source header -> canonical column
    extras: pl.DataFrame | None    # customer_id + unmapped source columns (customer attributes), or None
    content_hash: str              # sha256 of the file bytes
    rows_read: int                 # data rows in the file
    notes: list[str] = field(default_factory=list)


def frame_hash(frame: pl.DataFrame) -> str:
    """A content hash for an in-memory frame (stable within one polars version)."""
    h = hashlib.sha256("\x1f".join(f"{c}:{t}" for c, t in frame.schema.items()).encode())
    if frame.height:
        h.update(frame.hash_rows(seed=0).to_numpy().tobytes())
    return h.hexdigest()


def resolve(headers: list[str], table: str | None, mapping: dict[str, str] | None, source: str) -> HeaderMatch:
    """The header match for a named table, or the guessed one; a missing required column raises."""
    if table is None:
        match = guess_table(headers, mapping, source)
    else:
        if table not in TABLES:
            raise InputError(f"{source}: unknown table '{table}'; tables: {', '.join(TABLES)}")
        match = match_headers(headers, TABLES[table], mapping, source)
    if match.missing():
        raise missing_error(source, headers, match)
    return match


def _decimal_styles(frame: pl.DataFrame, targets: dict[str, str], table: Table,
                    hint: bool | None) -> tuple[dict[str, bool], bool]:
    """Per numeric source column: decimal comma or not. Unambiguous columns decide ambiguous ones."""
    styles = {src: coerce.number_style(frame.get_column(src)) for src, col in targets.items()
              if table.columns[col] == pl.Float64 and frame.schema[src] == pl.String}
    german = any(s == "de" for s in styles.values())
    english = any(s == "en" for s in styles.values())
    default = True if german and not english else (False if english and not german else bool(hint))
    return {src: (s == "de") or (s in ("both", "none") and default) for src, s in styles.items()}, german


def _coerce(frame: pl.DataFrame, match: HeaderMatch, source: str, hint: bool | None,
            notes: list[str]) -> dict[str, pl.Series]:
    table = match.table
    commas, german = _decimal_styles(frame, match.mapping, table, hint)
    if german:
        notes.append("decimal comma detected (1.234,56)")
    out: dict[str, pl.Series] = {}
    plain_text = {src: col for src, col in match.mapping.items()
                  if table.columns[col] == pl.String and col not in _ID_COLUMNS and frame.schema[src] == pl.String}
    if plain_text:
        texts = frame.select([coerce.text_expr(src).alias(col) for src, col in plain_text.items()])
        out.update({col: texts.get_column(col) for col in plain_text.values()})
    for src, col in match.mapping.items():
        if src in plain_text:
            continue
        s = frame.get_column(src)
        dtype = table.columns[col]
        if col == "customer_id":
            series, note = coerce.to_id(s, strip_zero_padding=True)
            if note:
                notes.append(note)
        elif col in _ID_COLUMNS:
            series = coerce.to_code(s)
        elif dtype == pl.String:
            series = coerce.to_text(s)
        elif dtype == pl.Float64:
            series = coerce.to_number(s, commas.get(src, False), source, src, col)
        elif isinstance(dtype, pl.Datetime):
            series = coerce.to_datetime(s, source, src, col, notes)
        elif dtype == pl.Date:
            series = coerce.to_date(s, source, src, col, notes)
        else:
            series = s.cast(dtype)
        out[col] = series.alias(col)
    return out


def _check_required(columns: dict[str, pl.Series], match: HeaderMatch, source: str) -> None:
    """Required values may not be empty (an order line may lack a customer: unattributed revenue)."""
    by_col = {v: k for k, v in match.mapping.items()}
    for col in match.table.required:
        if match.table.name == "order_lines" and col == "customer_id":
            continue
        s = columns[col]
        if s.null_count():
            row = int(s.is_null().arg_true()[0]) + 1
            raise coerce.CellError(f"{source}: column '{by_col[col]}' ({col}) row ", row,
                                   f" is empty; every row needs a value for {col}")


def _order_ids(frame: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """Synthesise order ids 'D<customer>-<yyyymmdd>' (one order per customer and day) where missing."""
    missing = frame.get_column("order_id").null_count()
    if not missing:
        return frame
    synthetic = pl.concat_str([pl.lit("D"), pl.col("customer_id").fill_null(""), pl.lit("-"),
                               pl.col("order_date").dt.strftime("%Y%m%d")])
    frame = frame.with_columns(order_id=pl.coalesce(pl.col("order_id"), synthetic))
    if missing == frame.height:
        notes.append("no order id in the source: order_id synthesised per customer and day")
    else:
        notes.append(f"{missing} lines without order id: order_id synthesised per customer and day")
    return frame


def _extras(frame: pl.DataFrame, match: HeaderMatch, customer_id: pl.Series,
            hint: bool | None) -> pl.DataFrame | None:
    """customer_id + the source columns no canonical column took, one row per distinct combination."""
    used = set(match.mapping) | set(match.ignored)
    rest = [c for c in frame.columns if c not in used]
    if not rest:
        return None
    cols = [customer_id.alias("customer_id")]
    for c in rest:
        s = frame.get_column(c)
        if s.dtype == pl.String:
            s = coerce.blank_to_null(s)
            style = coerce.number_style(s)
            zero_padded = bool(s.str.contains(r"^0\d").any())  # ids like '0001' stay text
            if style in ("de", "en", "both") and s.null_count() < s.len() and not zero_padded:
                try:
                    s = coerce.to_number(s, style == "de" or (style == "both" and bool(hint)), "", c, c)
                except InputError:
                    pass
        cols.append(s.alias(c))
    extras = pl.DataFrame(cols).filter(pl.col("customer_id").is_not_null()).unique(maintain_order=True)
    return extras if extras.height else None


def build(frame: pl.DataFrame, table: str | None, mapping: dict[str, str] | None, source: str,
          content_hash: str, notes: list[str], decimal_hint: bool | None = None,
          row_numbers: pl.Series | None = None) -> MappedTable:
    """Map, type and complete one raw frame (see module docstring).

    ``row_numbers`` are the frame rows' 1-based data-row numbers in the file when the reader skipped
    rows, so that errors name the row the user sees.
    """
    match = resolve(list(frame.columns), table, mapping, source)
    notes = [*notes, *match.notes]
    try:
        columns = _coerce(frame, match, source, decimal_hint, notes)
        _check_required(columns, match, source)
    except coerce.CellError as err:
        raise err.renumbered(row_numbers) from None
    canon = match.table
    n = frame.height
    full = [columns[c] if c in columns else coerce.nulls(n, dtype, c)
            for c, dtype in canon.columns.items()]
    out = pl.DataFrame(full)
    if out.schema != pl.Schema(canon.columns):
        out = out.with_columns([pl.col(c).cast(dtype) for c, dtype in canon.columns.items()])
    if canon.name == "order_lines":
        out = _order_ids(out, notes)
    extras = _extras(frame, match, out.get_column("customer_id"), decimal_hint)
    if extras is not None:
        notes.append(f"kept {extras.width - 1} unmapped column(s) as customer attributes: "
                     f"{', '.join(extras.columns[1:])}")
    return MappedTable(table=canon.name, frame=out, source=source, mapping=dict(match.mapping),
                       extras=extras, content_hash=content_hash, rows_read=n, notes=notes)
