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
_DATA_CELL = re.compile(r"^[-+]?[\d][\d.,:/ +-]*$")  # a number, date or time: a header cell never looks like this
_HEAD = 65536  # bytes/characters sniffed for encoding and delimiter
_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma", "|": "pipe", " ": "whitespace"}


@dataclass
class TextTable:
    frame: pl.DataFrame          # all columns String, header row removed
    headers: list[str]           # original header cells, in order
    delimiter: str               # one of DELIMITERS or " " for whitespace-aligned
    notes: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # title lines skipped above the header ('Sales by Customer')


# Japanese characters (kana, CJK ideographs and punctuation, full-width forms): what Shift-JIS text is made of
_JAPANESE = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff9f\uffe5]")
_KANA_OR_WIDE = re.compile(r"[\u3040-\u30ff\uff01-\uff5e\uffe5]")


def _shift_jis(data: bytes) -> str | None:
    """The text of Shift-JIS (Windows code page 932) bytes, or None when they are not plausibly Japanese: every byte
    must decode, the non-ASCII characters must be Japanese (kana, ideographs, full-width forms) and two or more of them
    kana or full-width forms. Windows-1252 text rarely decodes as cp932 at all (an umlaut before a letter
    is an unassigned pair), and when it does its 'characters' are stray ideographs without any kana."""
    if not any(b >= 0x80 for b in data[:_HEAD]):
        return None
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    wide = [ch for ch in text[:_HEAD] if ord(ch) >= 0x80]
    japanese = sum(1 for ch in wide if _JAPANESE.match(ch))
    if not wide or japanese < 0.9 * len(wide) or sum(1 for ch in wide if _KANA_OR_WIDE.match(ch)) < 2:
        return None
    return text


# The accented letters of the languages written in Windows-1252 and in the Central European code pages
# (ISO-8859-2, Windows-1250), lower case: a decoding is plausible when one language explains its letters.
_WESTERN_LETTERS = (
    "äöüß", "àâæçéèêëîïôœùûüÿ", "áéíñóúü", "àèéìíîòóùú", "áâãàçéêíóôõú", "éëïóöèáü", "æøåéóàèô", "åäöé",
    "àçéèíïòóúü", "áðéíóúýþæö",
)
_CENTRAL_LETTERS = (
    "áčďéěíňóřšťúůýž", "áäčďéíĺľňóôŕšťúýž", "ąćęłńóśźż", "áéíóöőúüű", "čćđšž", "ăâîșşțţ", "äöüß",
)
_NEUTRAL = set("€°§×·«»–—„“”‘’…•\xa0")  # the same in either reading, or no letter at all: not counted
_CENTRAL_CODECS = (("iso-8859-2", "ISO-8859-2 (Central European)"), ("cp1250", "Windows-1250 (Central European)"))


def _letter_fit(counts: Counter[int], codec: str, alphabets: tuple[str, ...]) -> float:
    """Share of the non-ASCII characters (by occurrence) that one language's alphabet explains under this codec;
    -1 when a byte does not decode. Symbols that read the same either way are left out."""
    total = 0
    covered = dict.fromkeys(alphabets, 0)
    for byte, n in counts.items():
        try:
            ch = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            return -1.0
        if ch in _NEUTRAL:
            continue
        total += n
        low = ch.lower()
        for alphabet in alphabets:
            if low in alphabet:
                covered[alphabet] += n
    return max(covered.values()) / total if total else 1.0


def _central_european(data: bytes) -> tuple[str, str] | None:
    """(codec, name) when the non-UTF-8 bytes read as Czech, Slovak, Polish, Hungarian, Slovene/Croatian or
    Romanian text in ISO-8859-2 or Windows-1250 and clearly not as a Western language in Windows-1252: one
    Central European alphabet explains ≥ 95 % of the accented letters and at least 10 points more than any
    Western alphabet does under Windows-1252 (`Odběratel` is no Western word read as `Odbìratel`)."""
    counts = Counter(b for b in data[:_HEAD] if b >= 0x80)
    if not counts:
        return None
    western = _letter_fit(counts, "cp1252", _WESTERN_LETTERS)
    best: tuple[float, str, str] | None = None
    for codec, name in _CENTRAL_CODECS:
        fit = _letter_fit(counts, codec, _CENTRAL_LETTERS)
        if best is None or fit > best[0]:
            best = (fit, codec, name)
    assert best is not None
    if best[0] >= 0.95 and best[0] >= western + 0.10:
        return best[1], best[2]
    return None


def _fallback(data: bytes, notes: list[str]) -> str:
    """Text of bytes that are not UTF-8: Shift-JIS when it reads as Japanese, ISO-8859-2/Windows-1250 when it
    reads as a Central European language, else Windows-1252, else Latin-1 (which decodes anything)."""
    japanese = _shift_jis(data)
    if japanese is not None:
        notes.append("not UTF-8: read as Shift-JIS (Windows code page 932)")
        return japanese
    central = _central_european(data)
    if central is not None:
        codec, name = central
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # a byte past the sniffed head that this code page lacks
            pass
        else:
            notes.append(f"not UTF-8: read as {name}")
            return text
    try:
        text = data.decode("cp1252")
        notes.append("not UTF-8: read as Windows-1252 (Latin-1)")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append("not UTF-8: read as Latin-1")
    return text


def _head_text(body: bytes) -> str | None:
    """The first 64 KiB as UTF-8 text (a character cut at the end is dropped), or None if not UTF-8."""
    head = body[:_HEAD]
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as err:
        if len(body) > _HEAD and err.start >= len(head) - 3:
            return head[: err.start].decode("utf-8", errors="replace")
        return None


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec, name) of UTF-32 or UTF-16 text, by byte-order mark or, without one, by where the zero
    bytes of ASCII characters fall in the first 4 KiB; None for anything else."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32", "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", "UTF-16"
    head = data[:4096]
    if len(head) < 8 or head.count(0) < len(head) // 4:
        return None

    def zeros(offset: int, step: int) -> float:
        part = head[offset::step]
        return part.count(0) / max(len(part), 1)

    if zeros(1, 4) > 0.9 and zeros(2, 4) > 0.9 and zeros(3, 4) > 0.9 and zeros(0, 4) < 0.1:
        return "utf-32-le", "UTF-32 (no byte-order mark)"
    if zeros(0, 4) > 0.9 and zeros(1, 4) > 0.9 and zeros(2, 4) > 0.9 and zeros(3, 4) < 0.1:
        return "utf-32-be", "UTF-32 (no byte-order mark)"
    if zeros(1, 2) > 0.4 and zeros(0, 2) < 0.1:
        return "utf-16-le", "UTF-16 (no byte-order mark)"
    if zeros(0, 2) > 0.4 and zeros(1, 2) < 0.1:
        return "utf-16-be", "UTF-16 (no byte-order mark)"
    return None


def _cr_lines(text: str, notes: list[str]) -> str:
    if "\r" in text and "\n" not in text:
        notes.append("line ends were CR only (old Mac): read as lines")
        return text.replace("\r", "\n")
    return text


class _Source:
    """The bytes to hand to polars (UTF-8) and, only when needed, their text."""

    def __init__(self, data: bytes, source: str, notes: list[str]):
        self.notes = notes
        self._text: str | None = None
        wide = _wide_encoding(data)
        if wide is not None:
            codec, name = wide
            try:
                self._text = _cr_lines(data.decode(codec), notes)
            except UnicodeDecodeError as err:
                raise InputError(f"{source}: looks like {name} text but byte {err.start} cannot be decoded; "
                                 "save it as UTF-8") from None
            notes.append(f"read as {name}")
            self.payload = self._text.encode("utf-8")
            self.head = self._text[:_HEAD]
            return
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        if b"\r" in body and b"\n" not in body:  # classic Mac line ends: polars knows only \n and \r\n
            body = body.replace(b"\r", b"\n")
            notes.append("line ends were CR only (old Mac): read as lines")
        head = _head_text(body)
        if head is None:
            self.to_fallback(body)
        else:
            self.payload, self.head, self._body = body, head, body

    def to_fallback(self, body: bytes | None = None) -> None:
        """Re-read the bytes in a single-byte code page (after polars found invalid UTF-8 past the head)."""
        self._text = _fallback(body if body is not None else self._body, self.notes)
        self.payload = self._text.encode("utf-8")
        self.head = self._text[:_HEAD]


    def replace_text(self, text: str) -> None:
        """Read this text instead (a layout cleaned before the delimiter is sniffed)."""
        self._text = text
        self.payload = text.encode("utf-8")
        self.head = text[:_HEAD]

    @property
    def text(self) -> str:
        if self._text is None:
            try:
                self._text = self.payload.decode("utf-8")
            except UnicodeDecodeError:
                self.to_fallback()
        assert self._text is not None  # to_fallback sets it
        return self._text


def _strip_quoted(line: str) -> str:
    return re.sub(r'"[^"]*"', '""', line)


_OPEN_QUOTE = re.compile(r'(?:^|[\t;,|])\s*"[^"]*$')  # a field that starts quoted and runs past the line end


def logical_lines(lines: list[str]) -> tuple[list[str], list[int]]:
    """Physical lines joined into records where a quoted field holds line breaks ('"Ger\\nmany"'), with
    the physical index each record starts at: the sniffing counts delimiters per record, so a quoted
    '| a | b |' on its own physical line must not look like a pipe-separated table."""
    records: list[str] = []
    starts: list[int] = []
    pending: list[str] = []
    for i, line in enumerate(lines):
        if pending:
            pending.append(line)
            if '"' in line:
                joined = "\n".join(pending)
                if not _OPEN_QUOTE.search(_strip_quoted(joined)):
                    records.append(joined)
                    pending = []
            continue
        if '"' in line and _OPEN_QUOTE.search(_strip_quoted(line)):
            pending = [line]
            starts.append(i)
            continue
        records.append(line)
        starts.append(i)
    if pending:
        records.append("\n".join(pending))
    return records, starts


def _consistent(sample: list[str]) -> str | None:
    """The delimiter occurring equally often (> 0) on every line, the most frequent one winning."""
    found = []
    for d in DELIMITERS:
        counts = [line.count(d) for line in sample]
        if counts[0] > 0 and all(c == counts[0] for c in counts):
            found.append((counts[0], -DELIMITERS.index(d), d))
    return max(found)[2] if found else None


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter whose count is the same (and > 0) on the header and the sample lines.

    Among consistent candidates the most frequent wins; failing that, whitespace-aligned columns
    (the same number of whitespace-separated fields on every line, at least two); failing that,
    the candidate found on most lines (the CSV reader will then name the bad line); else one column.
    """
    sample = [_strip_quoted(line) for line in lines if line.strip()][:200]
    if not sample:
        return ","
    consistent = _consistent(sample)
    if consistent:
        return consistent
    widths = {len(line.split()) for line in sample}
    if len(widths) == 1 and widths.pop() >= 2:
        return " "
    present = Counter({d: sum(d in line for line in sample) for d in DELIMITERS})
    best, hits = present.most_common(1)[0]
    if hits and sample[0].count(best):
        return best
    return ","


# the first line of a DATEV file (Buchungsstapel, Debitoren/Kreditoren): its format id and metadata, wider than the
# table, never its header
_DATEV_FORMAT_LINE = re.compile(r'^\ufeff?\s*"?(?:EXTF|DTVF)"?\s*[;,]')


def title_lines(lines: list[str], max_titles: int = 5) -> int:
    """Physical lines before the header when a report starts with title lines ('Umsatzliste 2011').

    Only when the lines from the header on agree on a delimiter that the title lines lack, or hold far fewer
    times than the table (at most a third of it: a date range 'January 1 - October 15, 2024' above ten columns).
    """
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if len(nonblank) >= 2 and _DATEV_FORMAT_LINE.match(lines[nonblank[0]]):
        return nonblank[1]  # DATEV's format line ('"EXTF";700;21;"Buchungsstapel";…') above the field names
    stripped = [_strip_quoted(lines[i]) for i in nonblank[:200 + max_titles]]
    if len(stripped) < 3:
        return 0
    delimiter = _consistent(stripped[:200])
    if delimiter:
        padded = _padded_titles(stripped, delimiter, max_titles)
        return nonblank[padded] if padded else 0
    for k in range(1, min(max_titles, len(stripped) - 2) + 1):
        block = stripped[k:k + 200]
        for d in DELIMITERS:
            width = block[0].count(d)
            agree = sum(line.count(d) == width for line in block)
            # a title may hold the delimiter, but far fewer times than the table ('January 1 - October 15, 2024')
            if width and agree >= min(len(block) - 1, 0.9 * len(block)) and \
                    all(line.count(d) == 0 or (width >= 3 and line.count(d) <= width // 3) for line in stripped[:k]):
                return nonblank[k]
    return 0


def _padded_titles(stripped: list[str], delimiter: str, max_titles: int) -> int:
    """Title lines padded to the table's width by a spreadsheet ('Rechnungsausgangsbuch 2024;;;;;;;', then a
    'Summe;;;;;2.039,54;…' total and an empty ';;;;'): the first line holds one filled field of three or more,
    and a later line (within ``max_titles``) fills every field with labels, no number or date. That line is the
    header; the lines above it are titles. 0 when the first line is not such a title."""
    cells = [[c.strip().strip('"').strip() for c in line.split(delimiter)] for line in stripped[:max_titles + 2]]
    width = len(cells[0])
    if width < 3 or sum(bool(c) for c in cells[0]) != 1 or not cells[0][0]:
        return 0
    for k in range(1, min(max_titles + 1, len(cells) - 1)):
        row = cells[k]
        if all(row) and not any(_DATA_CELL.match(c) for c in row):
            return k
    return 0


def _whitespace_to_tabs(text: str) -> str:
    """Whitespace-aligned columns (CDNOW_master.txt) as tab-separated text, leading blanks dropped.

    Done line-wise in polars (a regex over the whole text in Python's re is several times slower).
    """
    lines = pl.read_csv(io.BytesIO(text.encode("utf-8")), has_header=False, separator="\x1f", quote_char=None,
                        infer_schema=False, raise_if_empty=False)
    if lines.width == 0:
        return ""
    cleaned = lines.to_series().str.strip_chars(" \t\r").str.replace_all(r"[ \t]+", "\t")
    return cleaned.drop_nulls().str.join("\n").item() + "\n"


def _read(data: bytes, separator: str, quote: str | None, truncate: bool, skip: int = 0) -> pl.DataFrame:
    return pl.read_csv(io.BytesIO(data), has_header=False, separator=separator, infer_schema=False, quote_char=quote,
                       raise_if_empty=False, encoding="utf8", truncate_ragged_lines=truncate, skip_rows=skip)


def _first_ragged(text: str, separator: str, quote: str | None, skip: int = 0) -> tuple[int, int, int] | None:
    """(line, fields, header fields) of the first line with extra non-empty fields; error path only."""
    if separator == "\t" and quote is None:
        text = _whitespace_to_tabs(text)
    if skip:
        text = text.replace("\r\n", "\n").split("\n", skip)[-1]
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar=quote or "\0",
                      quoting=csv.QUOTE_MINIMAL if quote else csv.QUOTE_NONE)
    width = None
    try:
        for row in rows:
            if width is None:
                width = len(row)
                continue
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                return rows.line_num + skip, len(row), width
    except csv.Error:
        return -1, 0, width or 0  # unreadable even for Python's csv: the caller gives the general message
    return None


def _read_failed(err: Exception, text: str, payload, separator: str, quote: str | None, delimiter: str,
                 source: str, notes: list[str], skip: int = 0) -> pl.DataFrame:
    """After the CSV reader failed: name the ragged line, or accept trailing empty fields, or say why."""
    kind = f"{_NAMES[delimiter]}-separated"
    bad = _first_ragged(text, separator, quote, skip) if "more fields" in str(err) else None
    if "more fields" in str(err) and bad is None:
        try:
            frame = _read(payload(), separator, quote, truncate=True, skip=skip)
            notes.append("empty fields after the last column ignored")
            return frame
        except pl.exceptions.PolarsError as again:
            err = again
    if bad is not None and bad[0] > 0:
        line, got, want = bad
        raise InputError(f"{source}: line {line} has {got} fields but the header has {want} "
                         f"({kind}); quote values that contain the separator") from None
    if bad is not None:
        raise InputError(f"{source}: cannot be read as {kind} text (fields run over lines or quotes "
                         "do not match)") from None
    first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    raise InputError(f"{source}: cannot be read as {kind} text: {first}") from None


_FRAMED = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*[|+]?[-=_+|]{8,}[|+]?\s*$")
_SUBTOTAL_CELL = re.compile(r"^\s*\*+\s*$")


def _unframe_list(src: _Source, notes: list[str]) -> None:
    """A list printed to a file with a frame (SAP GUI's ALV 'unconverted' export: '|' at both ends of each line,
    dashed rule lines, '*' subtotal and '**' total rows): when most non-blank lines of the head are framed or
    rules, the rules go, each framed line loses its outer '|', and a row whose first cell is only asterisks
    (a subtotal or total) is left out; title lines above the table stay (a note says what was done)."""
    lines = [line for line in src.head.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    framed = sum(bool(_FRAMED.match(line)) for line in lines)
    rules = sum(bool(_RULE.match(line)) for line in lines)
    if framed < 3 or not rules or (framed + rules) < 0.8 * len(lines):
        return
    out, totals, dropped = [], 0, 0
    for line in src.text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _RULE.match(line):
            dropped += 1
            continue
        if _FRAMED.match(line):
            line = line.strip()[1:-1]
            if _SUBTOTAL_CELL.match(line.split("|", 1)[0]):
                totals += 1
                continue
        out.append(line)
    text = "\n".join(out)
    src.replace_text(text)
    notes.append(f"a framed list (SAP ALV): outer '|' and {dropped:,} rule line(s) removed"
                 + (f", {totals:,} subtotal/total row(s) ('*', '**') left out" if totals else ""))


def read_text(data: bytes, source: str) -> TextTable:
    """A delimited or whitespace-aligned text file as an all-String frame with its header row."""
    notes: list[str] = []
    src = _Source(data, source, notes)
    if not src.head.strip() and not src.payload.strip():
        raise InputError(f"{source}: the file is empty")
    _unframe_list(src, notes)
    head = src.head.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(src.payload) > _HEAD:
        head = head[:-1]
    records, starts = logical_lines(head)
    first = title_lines(records)
    skip = starts[first] if first < len(starts) else 0
    titles: list[str] = []
    if skip:
        notes.append(f"skipped {skip} line{'s' if skip > 1 else ''} above the header (a title)")
        titles = [t for t in (line.strip().rstrip(";,\t|").strip('"') for line in records[:first]) if t]
    else:  # blank lines before the header: the header is the first line with something on it
        first = next((i for i, line in enumerate(records) if line.strip()), 0)
        skip = starts[first] if first < len(starts) else 0
        if skip:
            notes.append(f"skipped {skip:,} blank line{'s' if skip > 1 else ''} above the header")
    delimiter = sniff_delimiter(records[first:])
    if delimiter == " ":
        notes.append("whitespace-separated columns")
    elif delimiter != ",":
        notes.append(f"{_NAMES[delimiter]}-separated")
    separator = "\t" if delimiter == " " else delimiter
    quote = None if delimiter == " " else '"'

    def payload() -> bytes:
        if delimiter == " ":
            return _whitespace_to_tabs(src.text).encode("utf-8")
        return src.payload

    try:
        try:
            frame = _read(payload(), separator, quote, truncate=False, skip=skip)
        except pl.exceptions.ComputeError as err:
            if "utf-8" not in str(err).lower():
                raise
            src.to_fallback()  # invalid UTF-8 after the sniffed head
            frame = _read(payload(), separator, quote, truncate=False, skip=skip)
    except pl.exceptions.PolarsError as err:
        frame = _read_failed(err, src.text, payload, separator, quote, delimiter, source, notes, skip)
    if frame.height == 0:
        raise InputError(f"{source}: the file is empty")
    headers = ["" if v is None else str(v).strip() for v in frame.row(0)]
    if all(_DATA_CELL.match(h) for h in headers):
        notes.append(f"no header line (the first line is data): columns named column_1 … column_{len(headers)}")
        return TextTable(frame=frame, headers=[f"column_{i + 1}" for i in range(len(headers))],
                         delimiter=delimiter, notes=notes)
    fields = _field_row(frame)
    if fields is not None:
        notes.append(f"two header rows: the field row ({', '.join(h for h in fields if h)}) under the group row "
                     f"({', '.join(h for h in headers if h)}) names the columns")
        return TextTable(frame=frame.slice(2), headers=fields, delimiter=delimiter, notes=notes, titles=titles)
    return TextTable(frame=frame.slice(1), headers=headers, delimiter=delimiter, notes=notes, titles=titles)


def _field_row(frame: pl.DataFrame) -> list[str] | None:
    """Column names of a text file with two header rows (a group row 'Cliente;;Documento;;;;;Valores;;' above the
    field row 'Nº Cliente;Nome;Tipo;Número;Data;…'), or None. The group row fills at most half of its cells, all
    with words; the field row fills every cell with a word (no number or date); the row after it holds a number or
    a date. A column is named by its field alone; a field name that repeats in the field row ('Nome' under
    'Cliente' and under 'Vendedor') is joined with its group ('Cliente Nome'), the group carried right over its
    empty cells."""
    if frame.height < 3 or frame.width < 3:
        return None
    upper, lower, data = ([_text_cell(v) for v in frame.row(i)] for i in range(3))
    groups = [u for u in upper if u]
    if not groups or len(groups) * 2 > len(upper) or any(_DATA_CELL.match(u) for u in groups):
        return None
    if not all(lower) or any(_DATA_CELL.match(c) for c in lower) or not any(_DATA_CELL.match(c) for c in data if c):
        return None
    seen: dict[str, int] = {}
    for c in lower:
        seen[c.casefold()] = seen.get(c.casefold(), 0) + 1
    names, carried = [], ""
    for u, low in zip(upper, lower, strict=True):
        carried = u or carried
        names.append(f"{carried} {low}" if seen[low.casefold()] > 1 and carried else low)
    return names


def _text_cell(value: object) -> str:
    return "" if value is None else str(value).strip()
