"""The languages insight answers in: one type for the whole public API.

>>> language_of("de-DE"), language_of("English"), language_of(None)
('de', 'en', 'en')
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


def language_of(value: str | None, default: Language = "en") -> Language:
    """'de' for any value starting with 'de' (``de``, ``de-DE``, ``Deutsch``), 'en' for one starting with
    'en', else ``default``."""
    text = str(value or "").strip().lower()
    if text.startswith("de"):
        return "de"
    if text.startswith("en"):
        return "en"
    return default


# letters NFKD does not decompose are written as their base letters too ('Forma płatności', 'Beløb', 'Æ')
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "’": "'", "‘": "'", "×": " x ", "·": " ",
                          "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Japanese and Chinese letters (kana, CJK ideographs) kept by fold(..., cjk=True): a status such as '取消' (cancelled)
# or 'キャンセル' would otherwise fold to nothing
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NON_WORD_CJK = re.compile(f"[^0-9a-z{CJK_LETTERS}]+")


def fold(text: str, cjk: bool = False) -> str:
    """Lower-case, umlauts to their base letter, accents stripped, punctuation to single spaces: how words of
    both languages are compared (the semantic model, the parser, the data's conventions).

    >>> fold("Gutschrift"), fold("Rückerstattung"), fold("ABC-Klassen")
    ('gutschrift', 'ruckerstattung', 'abc klassen')
    """
    text = str(text)
    if text.isascii():  # most words (issue 16): the forms, the case fold and the table change only the case
        return _NON_WORD.sub(" ", text.lower().replace("'", "")).strip()
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "")
    return (_NON_WORD_CJK if cjk else _NON_WORD).sub(" ", text).strip()
