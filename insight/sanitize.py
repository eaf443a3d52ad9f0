"""What may leave the process as text: secrets masked, terminal controls removed, spreadsheet formulas defused.

Three rules, each applied in one place by the faces:

- ``redact``: a password in a URL (or a libpq ``password=``) is shown as ``***`` wherever a location or a
  driver's message is printed: ``postgresql://user:***@host/db``.
- ``for_terminal``: data values and file names printed to a terminal lose ESC/OSC sequences, other
  control characters and bidirectional overrides (an imported cell must not recolour, retitle or clear
  the user's terminal, nor reverse the figures printed beside it);
  ``one_line`` shows them escaped in error lines instead, where the bad byte is the point.
- ``for_csv``: a CSV cell starting with ``= + - @`` (or tab/CR) gets a leading ``'`` so that Excel and
  LibreOffice show it as text instead of running it as a formula.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

_URL_PASSWORD = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^:/@\s]*):[^@\s]*@")
_KEY_PASSWORD = re.compile(r"(?i)\b(password\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^\s'&;]+)")
# CSI (ESC [ … final byte), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, then C0/C1 controls
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# bidirectional embeddings, overrides and isolates (and the LRM/RLM marks): an imported '\u202eNL' would
# otherwise reverse the rest of its terminal line, the figures beside it included ('16,00' shown '00,61')
_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def redact(text: str) -> str:
    """``text`` with every URL password and libpq ``password=`` value replaced by ``***``."""
    return _KEY_PASSWORD.sub(r"\1***", _URL_PASSWORD.sub(r"\1:***@", text))


def for_terminal(text: str, keep_newlines: bool = True) -> str:
    """``text`` without escape sequences, control characters and bidi overrides (tabs and, unless told,
    newlines stay)."""
    text = _BIDI.sub("", _CONTROL.sub("", _ANSI.sub("", text)))
    return text if keep_newlines else text.replace("\n", " ")


def one_line(message: str) -> str:
    """An error for the terminal: one line, passwords masked, every control character shown escaped
    ('\\x1b', '\\n') rather than dropped, so the user sees the bad byte without the terminal obeying it."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in redact(message))


def for_csv(value: object) -> object:
    """A cell for a CSV export: text that a spreadsheet would run as a formula is quoted with ``'``;
    numbers and other values are returned as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_safe(frame: "pl.DataFrame") -> "pl.DataFrame":
    """``frame`` with ``for_csv`` applied to every text column (column-wise, no row loop)."""
    import polars as pl

    texts = [name for name, dtype in frame.schema.items() if dtype == pl.String]
    if not texts:
        return frame
    starts = "^[" + re.escape("".join(_FORMULA_START)) + "]"
    return frame.with_columns(pl.when(pl.col(c).str.contains(starts)).then(pl.lit("'") + pl.col(c))
                              .otherwise(pl.col(c)).alias(c) for c in texts)
