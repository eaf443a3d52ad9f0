"""Question text → folded tokens with numbers as digits, and the question's language (de / en)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from insight.query.numbers import words_to_digits
from insight.semantic.text import fold

_DE_MARKERS = {
    "wie", "viele", "viel", "hoch", "war", "ist", "der", "die", "das", "den", "dem", "des", "im", "nach", "pro",
    "je", "haben", "hatten", "hat", "wir", "gab", "es", "gibt", "welche", "welcher", "welches", "welchen", "und",
    "nur", "zeig", "zeige", "mir", "letzten", "letzte", "letztes", "seit", "fur", "mit", "ein", "eine", "einen",
    "insgesamt", "durchschnittliche", "durchschnittlicher", "kunden", "umsatz", "jahr", "monat", "quartal",
    "bestellt", "gemacht", "sind", "waren", "warum", "bitte", "auch", "noch", "oder", "vom", "zum", "zur",
    "dieses", "diesem", "vergleich", "gegenuber", "anteil", "neukunden", "kundenwert", "abwanderung",
    "bestellungen", "auftrage", "land", "lander", "wer", "was", "wo", "wieviel", "wieviele", "zugeordnet",
    "keinem", "kunde", "gesamtumsatz", "umsatze", "lauft", "gut", "loesche", "losche", "alle", "bisherigen",
    "hallo", "moin", "servus", "guten", "tag", "danke", "wird", "unsere", "unser", "zeigen",
}
_EN_MARKERS = {
    "what", "how", "many", "much", "the", "is", "was", "were", "in", "by", "per", "of", "show", "which", "did",
    "we", "do", "does", "have", "has", "last", "top", "customers", "revenue", "orders", "average", "total",
    "number", "each", "and", "only", "now", "same", "for", "compared", "to", "are", "there", "from", "since",
    "month", "year", "quarter", "why", "who", "our", "placed", "most", "value", "new", "gain", "rate",
    "weather", "s", "it", "me", "give", "list", "customer", "country", "countries", "trend", "monthly",
    "hello", "hi", "thanks", "tell", "joke", "please", "will",
}
_UMLAUT = re.compile(r"[äöüß]")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """Words that only the German (or only the English) synonyms of the semantic model use."""
    from insight.semantic import SEMANTIC_MODEL

    de: set[str] = set()
    en: set[str] = set()
    for item in [*SEMANTIC_MODEL.metrics.values(), *SEMANTIC_MODEL.dimensions.values()]:
        for phrase in (item.label_de, *item.synonyms_de):
            de.update(fold(phrase).split())
        for phrase in (item.label_en, *item.synonyms_en):
            en.update(fold(phrase).split())
    both = de & en | {"vs", "and", "und", "oder", "or", "of", "der", "die", "das", "the"}
    from insight.semantic.catalogue_dimensions import COUNTRY_DE

    for label in COUNTRY_DE.values():  # German country names count as German
        de.update(w for w in fold(label).split() if w not in en)
    de.update({"deutschlands", "frankreichs", "holland", "vereinigten", "konigreich", "grossbritannien"})
    de_only = frozenset(w for w in de - both if len(w) > 2)
    en_only = frozenset(w for w in en - both if len(w) > 2)
    # sorted, so that fuzzy ties resolve the same way in every process (set order is randomised)
    return de_only, en_only, tuple(sorted(de_only | en_only)), frozenset(de & en)


def detect_language(question: str, default: str = "en") -> str:
    """'de' or 'en' by marker words and the model's German / English synonyms (umlauts count for
    German); a tie gives ``default`` (the conversation's language)."""
    words = fold(question).split()
    de_words, en_words, vocabulary, shared = _vocabulary()
    de = sum(w in _DE_MARKERS for w in words) + 2 * sum(w in de_words for w in words) \
        + 2 * len(_UMLAUT.findall(question.casefold()))
    en = sum(w in _EN_MARKERS for w in words) + 2 * sum(w in en_words for w in words)
    if de == en:  # typos of content words ("Umstaz", "Kudnen") count for the language of the word they resemble
        from rapidfuzz import process

        for w in words:
            if len(w) >= 5 and w not in de_words and w not in en_words and w not in shared:
                hit = process.extractOne(w, vocabulary, score_cutoff=80)
                if hit:
                    de += hit[0] in de_words
                    en += hit[0] in en_words
    if de == en == 0:  # a single unknown German compound: typical German endings
        de = sum(w.endswith(("ung", "keit", "heit", "rate", "quote", "anteil", "kunden", "umsatz")) for w in words)
    if de == en:
        return default
    return "de" if de > en else "en"


def clean(question: str) -> str:
    """Strip control characters and collapse whitespace (the question as it is kept in the answer)."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(question))
    return " ".join(text.split())


def question_tokens(text: str) -> list[str]:
    """Folded tokens with number words replaced by digits."""
    return words_to_digits(fold(text).split())
