"""From a path on disk to a raw frame with its original headers: format by extension, then the reader.

Text (.csv .tsv .txt .dat .tab) goes through ``insight.io.text``; Excel (.xlsx .xlsm .xls .xlsb .ods)
through calamine (fastexcel); Parquet through polars. Every failure is one InputError line naming the
file; nothing is written anywhere. A file that would not fit in memory is refused before it is read
(``insight.io.memory``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from insight.errors import InputError
from insight.io.memory import check_fits
from insight.io.text import _DATA_CELL, read_text

TEXT_EXT = (".csv", ".tsv", ".txt", ".dat", ".tab")
EXCEL_EXT = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
PARQUET_EXT = (".parquet", ".pq")
SUPPORTED = TEXT_EXT + EXCEL_EXT + PARQUET_EXT


@dataclass
class RawTable:
    """A source as read: columns named by its header cells (unique), untyped for text files."""

    frame: pl.DataFrame
    content_hash: str
    notes: list[str] = field(default_factory=list)
    decimal_comma: bool | None = None    # a hint from the file format (';'-separated text suggests German)
    row_numbers: pl.Series | None = None  # 1-based data-row numbers of the kept rows, when rows were skipped


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes, read in 1 MiB chunks."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _check_path(path: Path, source: str) -> str:
    try:
        exists, is_dir = path.exists(), path.is_dir()
    except OSError as err:  # a name too long, a folder without permission: the user's to fix (exit 1)
        raise InputError(f"{source}: cannot be read ({err.strerror})") from None
    if not exists:
        raise InputError(f"{source}: no such file")
    if is_dir:
        raise InputError(f"{source}: is a directory, not a file")
    ext = "".join(path.suffixes[-1:]).lower()
    if ext not in SUPPORTED:
        shown = ext or "(none)"
        raise InputError(f"{source}: unsupported file type '{shown}'; use one of {' '.join(SUPPORTED)}")
    try:
        size = path.stat().st_size
    except OSError as err:
        raise InputError(f"{source}: cannot be read ({err.strerror})") from None
    if size == 0:
        raise InputError(f"{source}: the file is empty")
    _check_content(path, ext, source)
    check_fits(path, ext, size, source)
    return ext


# what a file's first bytes say it is, for files whose extension says something else
_MAGIC = ((b"\x1f\x8b", "gzip-compressed", "unpack it first (gunzip, or 7-Zip on Windows)"),
          (b"PK\x03\x04", "a zip archive (an .xlsx workbook is one)", "unpack it, or give a workbook the extension .xlsx"),
          (b"PAR1", "a Parquet file", "give it the extension .parquet"),
          (b"\xd0\xcf\x11\xe0", "an old-style .xls workbook or a password-protected workbook",
           "remove the password in Excel, or save it as .xlsx"),
          (b"%PDF", "a PDF document", "export the data as CSV or Excel instead"),
          (b"BZh", "bzip2-compressed", "unpack it first"),
          (b"\xfd7zXZ", "xz-compressed", "unpack it first"))


def _check_content(path: Path, ext: str, source: str) -> None:
    """Refuse in one line a file whose content is another format than its extension says (a gzip'd CSV
    named .csv, a workbook renamed .csv, text named .xlsx), instead of letting a reader fail on it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as err:
        raise InputError(f"{source}: cannot be read ({err.strerror})") from None
    found = next(((what, fix) for magic, what, fix in _MAGIC if head.startswith(magic)), None)
    if ext in TEXT_EXT and found is not None:
        raise InputError(f"{source}: is {found[0]}, not text; {found[1]}")
    if ext in PARQUET_EXT and not head.startswith(b"PAR1"):
        what = f"is {found[0]}" if found else "does not start with 'PAR1'"
        raise InputError(f"{source}: {what}, so it is not a Parquet file; give it the extension of its "
                         "format (.csv for text)")
    if ext in (".xlsx", ".xlsm", ".xlsb", ".ods") and not head.startswith(b"PK\x03\x04"):
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise InputError(f"{source}: is password-protected (encrypted) or an old-style .xls workbook saved "
                             f"as {ext}; remove the password in Excel, or save it as .xlsx again")
        what = f"is {found[0]}" if found else "is not a zip archive as every .xlsx workbook is"
        raise InputError(f"{source}: {what}, so it is not an Excel workbook; if it is text, give it the "
                         "extension .csv")


def name_columns(headers: list[str], source: str) -> list[str]:
    """Unique, non-empty column names from header cells; duplicated headers are an InputError."""
    seen: dict[str, int] = {}
    dupes = []
    for h in headers:
        if h:
            seen[h] = seen.get(h, 0) + 1
            if seen[h] == 2:
                dupes.append(h)
    if dupes:
        raise InputError(f"{source}: duplicate column headers {', '.join(repr(d) for d in dupes)}; "
                         "rename them so that each header is unique")
    return [h if h else f"column_{i + 1}" for i, h in enumerate(headers)]


def _blank_rows(frame: pl.DataFrame) -> pl.Series:
    """Rows whose every cell is empty or only blanks ('   ,  ,  ' in a text file): such a row is layout,
    not a record with empty required values. The full test runs only on rows whose first cell is blank."""
    def empty(name: str) -> pl.Expr:
        col = pl.col(name)
        if frame.schema[name] == pl.String:
            return col.is_null() | (col.str.strip_chars() == "")
        return col.is_null()

    first = frame.select(empty(frame.columns[0]).fill_null(True)).to_series()
    if not first.any():
        return first
    candidates = frame.filter(first)
    full = candidates.select(pl.all_horizontal(empty(c) for c in frame.columns).fill_null(True)).to_series()
    blank = pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True)
    return blank.scatter(first.arg_true().filter(full), True)


def _repeated_header_rows(frame: pl.DataFrame, headers: list[str]) -> pl.Series:
    """Rows that repeat the header (a report printed in pages: the header again every 250 rows): every
    filled text cell equals its column's header (trimmed), and at least two (or half of the headers) do.
    The full test runs only on rows where one of the first columns repeats its header (cheap on big files)."""
    schema = frame.schema
    none = pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True)
    named = [(c, h) for c, h in zip(frame.columns, headers, strict=True) if h and schema[c] == pl.String]
    need = max(2, (len(named) + 1) // 2)
    if len(named) < 2:
        return none
    # a row with `need` matches has one among the first len - need + 1 named columns
    first = frame.select(pl.any_horizontal([(pl.col(c).str.strip_chars() == h).fill_null(False)
                                            for c, h in named[: len(named) - need + 1]]).alias("r")).to_series()
    if not first.any():
        return none
    at = first.arg_true()
    rows = frame.filter(first)
    same = [(pl.col(c).str.strip_chars() == h).fill_null(False).cast(pl.Int32) for c, h in named]
    other = [(pl.col(c).str.strip_chars().fill_null("").is_in(["", h]).not_()).cast(pl.Int32) for c, h in named]
    full = rows.select(((pl.sum_horizontal(same) >= need) & (pl.sum_horizontal(other) == 0)).alias("r")).to_series()
    return none.scatter(at.filter(full), True)


# a page marker of a report printed to a file ('Side 3 af 14', 'Seite 2 von 9', 'Page 1 of 4', 'Strona 2 z 5', '- 3 -')
_PAGE_MARK = (r"(?i)^\s*(?:(?:page|seite|side|sida|sivu|strona|strana|stránka|pagina|página|pag\.?|blad|bl\.|s\.|"
              r"p\.)\s*\d+(?:\s*(?:of|von|af|av|z|ze|/|de|di|van|ud\s+af|jest)\s*\d+)?|-\s*\d+\s*-)\s*$")


def _page_rows(frame: pl.DataFrame) -> pl.Series:
    """Rows that hold only a page marker ('Side 3 af 14' every 50 rows of a report printed to CSV): one filled cell,
    a page word and its number. Anywhere in the table (the header repeated under it is a repeated header row). The
    marker is looked for only on rows with a single non-empty cell (cheap on big files)."""
    none = pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True)
    if frame.width < 2:
        return none
    single = frame.select((pl.sum_horizontal([pl.col(c).is_not_null().cast(pl.Int32) for c in frame.columns]) == 1)
                          .alias("s")).to_series()
    if not single.any():
        return none
    at = single.arg_true()
    cell = frame.filter(single).select(pl.coalesce([pl.col(c).cast(pl.String) for c in frame.columns]).alias("v"))
    marked = cell.select(pl.col("v").str.contains(_PAGE_MARK).fill_null(False)).to_series()
    return none.scatter(at.filter(marked), True)


def _footer_rows(frame: pl.DataFrame, blank: pl.Series) -> pl.Series:
    """Lines after the table: a trailing block of blank rows and rows whose one filled cell is a phrase
    ('1200 Datensätze heruntergeladen', 'Verkäufer-ID : mein_laden_24', an export footer), at most 10 rows
    and only on tables of three or more columns. A trailing row holding just an id is data, not a footer."""
    none = pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True)
    if frame.width < 3 or frame.height < 3:
        return none
    tail = frame.tail(10)

    def filled(c: str) -> pl.Expr:
        return pl.col(c).is_not_null() & (pl.col(c).cast(pl.String).str.strip_chars() != "")

    def phrase(c: str) -> pl.Expr:
        return pl.col(c).cast(pl.String).str.contains(r"\p{L}.*\s|\s.*\p{L}").fill_null(False)

    counts = tail.select(pl.sum_horizontal([filled(c).fill_null(False).cast(pl.Int32) for c in tail.columns]).alias("n"),
                         pl.any_horizontal([phrase(c) for c in tail.columns]).alias("p"))
    tail_blank = blank.tail(10)
    # one phrase alone; below a blank line also a phrase the delimiter split over a few cells (a report's time
    # stamp 'Tuesday, Oct 15, 2024 09:12:44 AM')
    n, p = counts.get_column("n"), counts.get_column("p")
    below_blank = tail_blank.cum_max().shift(1, fill_value=False)
    footer_like = ((n == 1) & p) | tail_blank | ((n >= 1) & (n <= frame.width // 2) & p & below_blank)
    k = 0
    for flag in reversed(footer_like.to_list()):
        if not flag:
            break
        k += 1
    if k == 0 or k >= frame.height or bool(tail_blank.tail(k).all()):
        return none  # only blank rows at the end: the empty-row note covers them
    return none.scatter(list(range(frame.height - k, frame.height)), True)


def _legend(frame: pl.DataFrame, footer: pl.Series) -> str:
    """The note carrying a legend of codes among the lines after the table ('10 = Rechnung'), or ""."""
    if not footer.any():
        return ""
    from insight.io import legend

    cells = frame.filter(footer).select(pl.concat_str([pl.col(c).cast(pl.String) for c in frame.columns],
                                                      separator=" ", ignore_nulls=True).alias("v"))
    column, codes = legend.entries([v for v in cells.get_column("v").to_list() if v])
    return legend.legend_note(column, codes) if codes else ""


_GROUPED_BY = re.compile(r"(?i)\b(?:by|nach|je|per|pro)\s+([^\W\d_][\w/\- ]*?)(?:\s+(?:detail|details|summary|"
                         r"übersicht|uebersicht|report|bericht|liste|list))?\s*$")


def _group_name(titles: list[str]) -> str | None:
    """What a grouped report is grouped by, from its title ('Sales by Customer Detail' → 'Customer')."""
    for title in titles:
        m = _GROUPED_BY.search(title.strip())
        if m and m.group(1).strip():
            return m.group(1).strip()
    return None


def _section_rows(frame: pl.DataFrame, titles: list[str], source: str, notes: list[str],
                  rows: pl.Series | None) -> tuple[pl.DataFrame, pl.Series | None]:
    """A grouped report (QuickBooks 'Sales by Customer Detail'): the group's name stands alone on a heading row in
    the first column, which is empty on the group's data rows below it (and holds 'Total for …' on its subtotal
    row). The name is filled down onto the group's rows and the heading rows are left out; the column, if it has
    no header, is named by the title's 'by …' ('Customer'), else 'Group'. Needs two headings or more, and every
    filled cell of the first column on a heading or a row of its own label."""
    if frame.width < 3 or frame.height < 3 or frame.schema[frame.columns[0]] != pl.String:
        return frame, rows
    first, others = frame.columns[0], frame.columns[1:]

    def filled(c: str) -> pl.Expr:
        return pl.col(c).is_not_null() & (pl.col(c).cast(pl.String).str.strip_chars() != "")

    shape = frame.select(head=filled(first) & ~pl.any_horizontal([filled(c) for c in others]),
                         data=~filled(first))
    head, data = shape.get_column("head"), shape.get_column("data")
    n_head = int(head.sum())
    if n_head < 2 or int(data.sum()) < n_head or bool(head[0]) is False:
        return frame, rows
    # the other filled cells of the first column are the groups' subtotal rows: at most one per group
    labels = int((~head & ~data).sum())
    if labels > n_head + 1:
        return frame, rows
    group = pl.when(head).then(pl.col(first).str.strip_chars()).otherwise(None).forward_fill()
    named = first
    if re.fullmatch(r"column_\d+", first):
        named = _group_name(titles) or "Group"
        if named in frame.columns:
            named = f"{named} (group)"
    frame = frame.with_columns(pl.when(filled(first)).then(pl.col(first)).otherwise(group).alias(first))
    frame = frame.filter(~head).rename({first: named})
    kept = rows.filter(~head) if rows is not None else (~head).arg_true() + 1
    notes.append(f"a grouped report: the {n_head:,} group headings of the first column are filled down onto their "
                 f"rows as '{named}' and left out as rows")
    return frame, kept


def _finish(frame: pl.DataFrame, headers: list[str], source: str,
            notes: list[str]) -> tuple[pl.DataFrame, pl.Series | None]:
    """Name columns, drop unnamed empty columns and fully empty rows; header-only files are an error.

    Returns the frame and, when rows were skipped, the original data-row numbers of the rows kept.
    """
    frame = frame.rename(dict(zip(frame.columns, name_columns(headers, source), strict=True)))
    unnamed_empty = [c for c, h in zip(frame.columns, headers, strict=True)
                     if not h and frame.get_column(c).null_count() == frame.height]
    named = dict(zip(frame.columns, headers, strict=True))
    if unnamed_empty:
        frame = frame.drop(unnamed_empty)
    rows = None
    if frame.height and frame.width:
        blank = _blank_rows(frame)
        repeated = _repeated_header_rows(frame, [named[c] for c in frame.columns])
        pages = _page_rows(frame)
        footer = _footer_rows(frame, blank | pages)
        legend_rows = _legend(frame, footer)
        drop = blank | repeated | footer | pages
        if drop.any():
            rows = (~drop).arg_true() + 1
            frame = frame.filter(~drop)
        empty_rows = int((blank & ~footer).sum())
        if empty_rows:
            notes.append(f"{empty_rows} empty row{'s' if empty_rows != 1 else ''} skipped")
        if repeated.any():
            at = (repeated.arg_true() + 1).head(3).to_list()
            notes.append(f"left out {int(repeated.sum())} repeated header row(s) (data row {', '.join(map(str, at))}"
                         f"{' …' if repeated.sum() > 3 else ''}): a report's page header is no data")
        if (pages & ~footer).any():
            at = ((pages & ~footer).arg_true() + 1).head(3).to_list()
            notes.append(f"left out {int((pages & ~footer).sum())} page marker row(s) (data row "
                         f"{', '.join(map(str, at))}{' …' if (pages & ~footer).sum() > 3 else ''}): a printed "
                         "report's 'Page N of M' is no data")
        if footer.any():
            first = int(footer.arg_true()[0]) + 1
            notes.append(f"left out {int(footer.sum())} line(s) after the table (from data row {first}: a blank "
                         "line or a summary such as '1200 Datensätze heruntergeladen')")
        if legend_rows:
            notes.append(legend_rows)
    if frame.height == 0:
        raise InputError(f"{source}: has a header ({', '.join(h for h in headers if h)}) but no data rows")
    return frame, rows


def _read_excel(path: Path, source: str, notes: list[str]) -> tuple[pl.DataFrame, pl.Series | None]:
    try:
        import fastexcel

        # fastexcel logs a warning per empty column ("falling back to string"): not news for the user
        logging.getLogger("fastexcel").setLevel(logging.ERROR)
        reader = fastexcel.read_excel(path)
        sheets = reader.sheet_names
        if not sheets:
            raise InputError(f"{source}: the workbook has no sheets")
        index, top = _table_sheet(reader, len(sheets))
        frame, headers, skip, second = _read_sheet(path, index, top)
        alike = _sheets_alike(path, reader, sheets, index, headers)
    except InputError:
        raise
    except Exception as err:  # calamine raises its own error types for anything that is not a workbook
        first = str(err).strip().splitlines()[0][:160] if str(err).strip() else type(err).__name__
        raise InputError(f"{source}: not a readable Excel workbook ({first})") from None
    if not headers or frame.width == 0:
        raise InputError(f"{source}: the sheet '{sheets[index]}' is empty")
    if skip:
        notes.append(f"skipped {skip} row{'s' if skip > 1 else ''} above the header (a title)")
    joined = [index, *(i for i, _ in alike)]
    others = [name for i, name in enumerate(sheets) if i not in joined]
    if alike:
        notes.append(f"read sheets {', '.join(repr(sheets[i]) for i in joined)}: the same columns on each, one table"
                     + (f"; the workbook also has {', '.join(map(repr, others))} (other columns)" if others else ""))
    elif index:
        notes.append(f"read sheet '{sheets[index]}', the first that holds a table; the workbook also has "
                     f"{', '.join(map(repr, others))}")
    elif others:
        notes.append(f"read sheet '{sheets[0]}' only; the workbook also has {', '.join(map(repr, others))}")
    if second is not None:
        notes.append("the header spans two rows (merged cells): column names joined, e.g. "
                     f"'{next((h for h in second if ' ' in h), second[0])}'")
    if not alike:
        return _finish(frame, headers, source, notes)
    parts = [_finish(frame, headers, source, notes)[0]]
    for _, other in alike:
        parts.append(_finish(other, headers, source, [])[0].rename(dict(zip(other.columns, parts[0].columns,
                                                                                strict=True))))
    try:
        combined = pl.concat(parts, how="vertical_relaxed")
    except Exception:  # noqa: BLE001 - a column typed differently on two sheets (numbers here, text there): as text
        combined = pl.concat([p.cast(pl.String) for p in parts], how="vertical")
    return combined, None  # a row is no longer one line of one sheet


def _read_sheet(path: Path, index: int, top: pl.DataFrame) -> tuple[pl.DataFrame, list[str], int, list[str] | None]:
    """One sheet's frame, its header cells (padded to its width), the title rows skipped and a two-row header."""
    skip = _excel_title_rows(top)
    header_row = top.slice(skip, 1)
    second = _second_header_row(top, skip)
    frame = pl.read_excel(path, engine="calamine", sheet_id=index + 1, infer_schema_length=None,
                          read_options={"header_row": skip + (1 if second is not None else 0)},
                          drop_empty_rows=False, drop_empty_cols=False, raise_if_empty=False)
    if header_row.height == 0:
        return frame, [], skip, second
    headers = second if second is not None else [_cell_text(v) for v in header_row.row(0)]
    headers = [*headers, *[""] * (frame.width - len(headers))][: frame.width]
    return frame, headers, skip, second


def _sheets_alike(path: Path, reader, sheets: list[str], index: int,  # type: ignore[no-untyped-def]
                  headers: list[str]) -> list[tuple[int, pl.DataFrame]]:
    """The other sheets with the very same header as the table sheet (a workbook with one sheet per year or per
    branch, '2023' and '2024'), in workbook order, read like it: together they are one table. A sheet with other
    columns (notes, a summary, a pivot) is left out."""
    wanted = [h.strip() for h in headers]
    if sum(1 for h in wanted if h) < 2:
        return []
    alike = []
    for other in range(index + 1, min(len(sheets), 50)):
        top = reader.load_sheet(other, header_row=None, n_rows=12).to_polars()
        if top.height < 2:
            continue
        skip = _excel_title_rows(top)
        cells = [_cell_text(v).strip() for v in top.row(skip)]
        if [c for c in cells if c] != [h for h in wanted if h] or cells[: len(wanted)] != wanted[: len(cells)]:
            continue
        frame, sheet_headers, _, _ = _read_sheet(path, other, top)
        if [h.strip() for h in sheet_headers] == wanted and frame.height:
            alike.append((other, frame))
    return alike


def _table_sheet(reader, count: int) -> tuple[int, pl.DataFrame]:  # type: ignore[no-untyped-def]
    """The first sheet that looks like a table (a row of three or more filled cells followed by another row),
    with its first rows: a workbook whose first sheet holds notes ('Hinweise') or a cover sheet of label/value
    pairs ('Deckblatt': 'Stand:' | '16.10.2024') has its data further on. A sheet of two-cell rows is the table
    only when no sheet has a wider one; falls back to the first sheet."""
    first = None
    pair: tuple[int, pl.DataFrame] | None = None
    for index in range(min(count, 20)):
        top = reader.load_sheet(index, header_row=None, n_rows=12).to_polars()
        if first is None:
            first = top
        if top.height >= 2 and top.width >= 2:
            filled = top.select(pl.sum_horizontal(pl.all().is_not_null())).to_series().to_list()
            if any(n >= 2 for n in filled[:6]) and sum(n >= 2 for n in filled) >= 2:
                if any(n >= 3 for n in filled[:6]) and sum(n >= 3 for n in filled) >= 2:
                    return index, top
                # a cover sheet's label/value rows ('Stand:' | '16.10.2024'): a table only if no later one is wider
                pair = pair or (index, top)
    if pair is not None:
        return pair
    assert first is not None
    return 0, first


def _data_like(value: object) -> bool:
    return value is not None and not isinstance(value, str) or bool(
        isinstance(value, str) and _DATA_CELL.match(value.strip()))


def _second_header_row(top: pl.DataFrame, skip: int) -> list[str] | None:
    """Column names of a two-row header ('Umsatz' merged over 'netto' | 'brutto'), or None.

    The row under the header is a second header row when its filled cells are all words, at least one of
    them stands under an empty header cell (the rest of a merged cell), and the row after it holds numbers or
    dates below them. A name is then the upper cell (carried right over the merged span) and the lower one."""
    if top.height < skip + 3:
        return None
    upper, lower, data = top.row(skip), top.row(skip + 1), top.row(skip + 2)
    below = [j for j, v in enumerate(lower) if v is not None and str(v).strip()]
    if not below or any(_data_like(lower[j]) for j in below):
        return None
    if not any(upper[j] is None for j in below) or sum(_data_like(data[j]) for j in below) * 2 < len(below):
        return None
    names, carried = [], ""
    for j, (u, low) in enumerate(zip(upper, lower, strict=True)):
        u_text = _cell_text(u)
        if u_text:
            carried = u_text
        elif low is None or j not in below:
            carried = ""
        top_name = u_text or (carried if j in below else "")
        names.append(" ".join(part for part in (top_name, _cell_text(low)) if part))
    return names


def _excel_title_rows(top: pl.DataFrame) -> int:
    """Rows above the header in a report-style sheet: leading rows with at most one filled cell,
    followed (within five rows) by a row with at least two."""
    if top.height == 0:
        return 0
    filled = top.select(pl.sum_horizontal(pl.all().is_not_null())).to_series().to_list()
    if filled[0] >= 2:
        return 0
    for k, count in enumerate(filled[:6]):
        if count >= 2:
            return k
    return 0


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_parquet(path: Path, source: str, notes: list[str]) -> pl.DataFrame:
    try:
        frame = pl.read_parquet(path)
    except Exception as err:  # polars/arrow raise several types for truncated or foreign files
        first = str(err).strip().splitlines()[0][:160] if str(err).strip() else type(err).__name__
        raise InputError(f"{source}: not a readable Parquet file, truncated or corrupt? ({first})") from None
    if frame.width == 0:
        raise InputError(f"{source}: the Parquet file has no columns")
    frame = _flatten_structs(frame, notes)
    if frame.height == 0:
        raise InputError(f"{source}: has a header ({', '.join(frame.columns)}) but no data rows")
    return frame


def _flatten_structs(frame: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """Struct columns of a nested dump (GraphQL/JSON: 'total_price' {amount, currency_code}) become one column
    per field, named by the dotted path ('total_price.amount'), as flat dumps of the same API name them."""
    flattened = []
    for _ in range(5):  # structs in structs, a few levels deep
        structs = [c for c, t in frame.schema.items() if isinstance(t, pl.Struct)]
        if not structs:
            break
        flattened += structs
        frame = frame.select([pl.col(c).struct.unnest().name.prefix(f"{c}.") if c in structs else pl.col(c)
                              for c in frame.columns])
    if flattened:
        notes.append(f"nested column(s) {', '.join(map(repr, dict.fromkeys(flattened)))} flattened into one column "
                     "per field ('parent.field')")
    return frame


def _unchanged(path: Path, before: str, source: str) -> str:
    """The hash taken before reading, if the file still has it: a file replaced while it was read must
    not be recorded under the other content's hash (and later skipped as 'already imported')."""
    try:
        after = file_hash(path)
    except OSError as err:
        raise InputError(f"{source}: cannot be read ({err.strerror})") from None
    if after != before:
        raise InputError(f"{source}: the file changed while it was read; import it again once it is complete")
    return before


def parquet_columns(path: Path) -> list[str] | None:
    """The column names of a Parquet file from its footer alone (None for other formats, or when the footer
    cannot be read: then ``read_raw`` reports why). Raises what ``read_raw`` raises for a missing,
    empty, unsupported or too large file, so a caller can decide on the headers before reading the rows."""
    ext = _check_path(path, str(path))
    if ext not in PARQUET_EXT:
        return None
    try:
        return list(pl.read_parquet_schema(path))
    except Exception:  # noqa: BLE001 - read_raw gives the one-line error
        return None


def read_raw(path: Path) -> RawTable:
    """Read any supported file as it is: original headers, text columns untyped."""
    source = str(path)
    ext = _check_path(path, source)
    notes: list[str] = []
    if ext in PARQUET_EXT:
        before = file_hash(path)
        frame = _read_parquet(path, source, notes)
        return RawTable(frame, _unchanged(path, before, source), notes)
    if ext in EXCEL_EXT:
        before = file_hash(path)
        frame, rows = _read_excel(path, source, notes)
        return RawTable(frame, _unchanged(path, before, source), notes, row_numbers=rows)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{source}: cannot be read ({err.strerror})") from None
    table = read_text(data, source)
    notes.extend(table.notes)
    frame, rows = _finish(table.frame, table.headers, source, notes)
    frame, rows = _section_rows(frame, table.titles, source, notes, rows)
    return RawTable(frame, hashlib.sha256(data).hexdigest(), notes,
                    decimal_comma=True if table.delimiter == ";" else None, row_numbers=rows)
