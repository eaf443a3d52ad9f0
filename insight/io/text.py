"""Delimited and whitespace-aligned text: encoding, delimiter and header detection.

Everything is read as text (no type inference by the CSV reader): types are decided column-wise
later by ``insight.io.coerce`` so that German numbers and dates survive.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from insight.errors import InputError

DELIMITERS = ("\t", ";", ",", "|")
_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma", "|": "pipe", " ": "whitespace"}


@dataclass
class TextTable:
    frame: pl.DataFrame          # all columns String, header row removed
    headers: list[str]           # original header cells, in order
    delimiter: str               # one of DELIMITERS or " " for whitespace-aligned
    notes: list[str] = field(default_factory=list)


def decode(data: bytes, source: str, notes: list[str]) -> tuple[str, bool]:
    """Text of ``data`` and whether it was plain UTF-8 (so the bytes can go to polars unchanged).

    UTF-8 (with or without BOM) first, UTF-16 when a BOM says so, then Windows-1252, then Latin-1,
    which decodes any byte sequence — so this never fails; a note records the fallback.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            notes.append("read as UTF-16")
            return data.decode("utf-16"), False
        except UnicodeDecodeError as err:
            raise InputError(f"{source}: starts like UTF-16 text but byte {err.start} cannot be decoded") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), True
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("not UTF-8: read as Windows-1252 (Latin-1)")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append("not UTF-8: read as Latin-1")
    return text, False


def _strip_quoted(line: str) -> str:
    return re.sub(r'"[^"]*"', '""', line)


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter whose count is the same (and > 0) on the header and the sample lines.

    Among consistent candidates the most frequent wins; failing that, whitespace-aligned columns
    (the same number of whitespace-separated fields on every line, at least two); failing that,
    the candidate found on most lines (the CSV reader will then name the bad line); else one column.
    """
    sample = [_strip_quoted(line) for line in lines if line.strip()][:200]
    if not sample:
        return ","
    consistent = []
    for d in DELIMITERS:
        counts = [line.count(d) for line in sample]
        if counts[0] > 0 and all(c == counts[0] for c in counts):
            consistent.append((counts[0], -DELIMITERS.index(d), d))
    if consistent:
        return max(consistent)[2]
    widths = {len(line.split()) for line in sample}
    if len(widths) == 1 and widths.pop() >= 2:
        return " "
    present = Counter({d: sum(d in line for line in sample) for d in DELIMITERS})
    best, hits = present.most_common(1)[0]
    if hits and sample[0].count(best):
        return best
    return ","


def _whitespace_to_tabs(text: str) -> str:
    """Whitespace-aligned columns (CDNOW_master.txt) as tab-separated text, leading blanks dropped."""
    text = re.sub(r"^[ \t]+|[ \t]+$", "", text, flags=re.M)
    return re.sub(r"[ \t]+", "\t", text)


def _read(buf: io.BytesIO, separator: str, quote: str | None, truncate: bool) -> pl.DataFrame:
    buf.seek(0)
    return pl.read_csv(buf, has_header=False, separator=separator, infer_schema=False, quote_char=quote,
                       raise_if_empty=False, encoding="utf8", truncate_ragged_lines=truncate)


def _first_ragged(text: str, separator: str, quote: str | None) -> tuple[int, int, int] | None:
    """(line, fields, header fields) of the first line with extra non-empty fields; error path only."""
    if separator == "\t" and quote is None:
        text = _whitespace_to_tabs(text.replace("\r\n", "\n"))
    rows = csv.reader(io.StringIO(text), delimiter=separator, quotechar=quote or "\0",
                      quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE)
    width = None
    for row in rows:
        if width is None:
            width = len(row)
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            return rows.line_num, len(row), width
    return None


def read_text(data: bytes, source: str) -> TextTable:
    """A delimited or whitespace-aligned text file as an all-String frame with its header row."""
    notes: list[str] = []
    text, plain = decode(data, source, notes)
    bom = data.startswith(b"\xef\xbb\xbf")
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    head = text[:65536].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(text) > 65536:
        head = head[:-1]
    delimiter = sniff_delimiter(head)
    if delimiter == " ":
        buf = io.BytesIO(_whitespace_to_tabs(text.replace("\r\n", "\n")).encode("utf-8"))
        notes.append("whitespace-separated columns")
    else:
        if delimiter != ",":
            notes.append(f"{_NAMES[delimiter]}-separated")
        buf = io.BytesIO(data if plain and not bom else text.encode("utf-8"))
    separator = "\t" if delimiter == " " else delimiter
    quote = None if delimiter == " " else '"'
    try:
        frame = _read(buf, separator, quote, truncate=False)
    except pl.exceptions.PolarsError as err:
        bad = _first_ragged(text, separator, quote) if "more fields" in str(err) else None
        if bad is None and "more fields" in str(err):
            frame = _read(buf, separator, quote, truncate=True)
            notes.append("empty fields after the last column ignored")
        elif bad is not None:
            line, got, want = bad
            raise InputError(f"{source}: line {line} has {got} fields but the header has {want} "
                             f"({_NAMES[delimiter]}-separated); quote values that contain the separator") from None
        else:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise InputError(f"{source}: cannot be read as {_NAMES[delimiter]}-separated text: {first}") from None
    if frame.height == 0:
        raise InputError(f"{source}: the file is empty")
    headers = ["" if v is None else str(v).strip() for v in frame.row(0)]
    return TextTable(frame=frame.slice(1), headers=headers, delimiter=delimiter, notes=notes)
