"""A client's abbreviated header asked about by the word it abbreviates (docs/ask.md, "Abbreviated headers").

Legacy and ERP exports abbreviate their headers ('FIL' for Filiale, 'WGR' for Warengruppe, SAP's 'VkBür' for
Verkaufsbüro); the consultant asks with the full word ("Umsatz je Warengruppe", "Umsatz der Filiale 2"). A word
nobody understood names such a column when the header is an abbreviation — written in capitals or with a capital
inside ('FIL', 'WGR', 'VkBür', 'KDNR'), at most five letters — whose letters appear in order in the word, starting
with its first letter, and the word is at least twice as long. Only when exactly one column fits; otherwise the
word stays unknown and is asked back.
"""

from __future__ import annotations

from insight.dataset import Dataset
from insight.language import fold
from insight.query import lazy_re
from insight.query.lexicon import Mention

_ABBREVIATION = lazy_re.compile(r"^(?:[A-ZÄÖÜ]{2,5}|[A-ZÄÖÜ][a-zäöüß]*[A-ZÄÖÜ][A-Za-zäöüß]*)\.?$")
_MAX_LETTERS = 5


def _abbreviation(label: str) -> str | None:
    """The folded letters of a header that is an abbreviation, else None."""
    stripped = label.strip()
    if not _ABBREVIATION.match(stripped):
        return None
    letters = fold(stripped).replace(" ", "")
    return letters if 2 <= len(letters) <= _MAX_LETTERS and letters.isalpha() else None


def _expands(short: str, word: str) -> bool:
    if not word.isalpha() or word[0] != short[0] or len(word) < 2 * len(short):
        return False
    at = 0
    for letter in short:
        at = word.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


def rewrite(tokens: list[str], mentions: list[Mention], unknown: list[str], ds: Dataset | None) -> list[str] | None:
    """The tokens with each unknown word that spells out one abbreviated client header replaced by the header
    ("Filiale 2" → "fil 2", which then also reads the column's value), or None when there is none."""
    if ds is None or not unknown:
        return None
    from insight.semantic.client import client_columns

    shorts = [(short, fold(col.label)) for col in client_columns(ds) if (short := _abbreviation(col.label))]
    if not shorts:
        return None
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(tokens)
    for i, word in enumerate(tokens):
        if i in covered or word not in unknown:
            continue
        headers = {header for short, header in shorts if _expands(short, word)}
        if len(headers) == 1:
            out[i] = headers.pop()
    return out if out != tokens else None
