"""Folding text for matching: one function shared by the semantic model's lexicon and the question parser.

Questions arrive with or without umlauts, in any case, with hyphens and quotes ("ABC-Klassen",
"Can’t Lose Them"); phrases are compared after the same folding on both sides.
"""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "’": "'", "‘": "'", "×": " x ", "·": " "})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower-case, umlauts to their base letter, accents stripped, punctuation to single spaces."""
    text = unicodedata.normalize("NFC", str(text)).casefold().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "")
    return _NON_WORD.sub(" ", text).strip()


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of a text."""
    folded = fold(text)
    return tuple(folded.split()) if folded else ()
