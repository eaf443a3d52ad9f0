"""insight.language.fold takes ASCII text on a short path (issue 16): the same result as the full path of Unicode
forms, case fold, umlaut table and combining marks."""

from __future__ import annotations

import random
import re
import string
import unicodedata

from insight.language import _NON_WORD, _UMLAUTS, fold


def _full(text: str) -> str:
    text = unicodedata.normalize("NFC", str(text)).casefold().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("'", "")
    return _NON_WORD.sub(" ", text).strip()


def test_ascii_text_folds_as_on_the_full_path() -> None:
    rng = random.Random(16)
    alphabet = string.printable
    samples = ["", " ", "Customer's ID", "ABC-Klassen", "Top 5  Kunden!", "don't", "a\tb\nc", "O'Neil's CO.", *alphabet]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in samples:
        assert fold(text) == _full(text), text


def test_other_text_still_takes_the_full_path() -> None:
    for text in ("Rückerstattung", "Straße", "Café crème", "’s", "5×3", "Größe·Farbe", "ﬁnance", "İstanbul"):
        assert fold(text) == _full(text)
    assert fold(12) == "12" and re.fullmatch(r"[0-9a-z ]*", fold("Ä Ö Ü ß"))
