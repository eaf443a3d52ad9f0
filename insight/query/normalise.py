"""Question text → folded tokens with numbers as digits, and the question's language (de / en)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from insight.labels import german
from insight.semantic.model import Dimension, Metric
from insight.semantic.text import fold
from insight.query import lazy_re

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
# Function words only German has: a question built on them is German even when its content words are English
# loanwords ("Conversion-Rate im Funnel", "Churn Rate der Kunden").
_DE_GRAMMAR = {"im", "der", "dem", "des", "und", "mit", "fur", "vom", "zum", "zur", "wie", "welche", "welcher",
               "welches", "welchen", "ist", "sind", "haben", "hatten", "wir", "unsere", "unser", "bei", "nach",
               "seit", "zeige", "zeig", "mir", "gibt", "gab", "nur", "auch", "noch", "den", "das"}
_EN_GRAMMAR = {"the", "of", "by", "what", "how", "which", "and", "for", "with", "is", "are", "was", "were", "our",
               "we", "show", "me", "per", "from", "since", "in", "at", "to", "do", "does", "did", "have", "has"}
_UMLAUT = lazy_re.compile(r"[äöüß]")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """Words that only the German (or only the English) synonyms of the semantic model use."""
    from insight.semantic import SEMANTIC_MODEL

    de: set[str] = set()
    en: set[str] = set()
    items: list[Metric | Dimension] = [*SEMANTIC_MODEL.metrics.values(), *SEMANTIC_MODEL.dimensions.values()]
    for item in items:
        for phrase in (item.label_de, *item.synonyms_de):
            de.update(fold(phrase).split())
        for phrase in (item.label_en, *item.synonyms_en):
            en.update(fold(phrase).split())
    both = de & en | {"vs", "and", "und", "oder", "or", "of", "der", "die", "das", "the"}
    for label in german("country").values():  # German country names count as German
        de.update(w for w in fold(label).split() if w not in en)
    de.update({"deutschlands", "frankreichs", "holland", "vereinigten", "konigreich", "grossbritannien"})
    de_only = frozenset(w for w in de - both if len(w) > 2)
    en_only = frozenset(w for w in en - both if len(w) > 2)
    # sorted, so that fuzzy ties resolve the same way in every process (set order is randomised)
    return de_only, en_only, tuple(sorted(de_only | en_only)), frozenset(de & en)


_DE_DEFINITION = lazy_re.compile(r"^(was bedeutet|was bedeuten|was heisst|was versteht man unter|erklare|erklaere|"
                            r"definiere|wie ist .* definiert|wie wird .* berechnet)\b")
_EN_DEFINITION = lazy_re.compile(r"^(what does|what do|what is meant by|define|explain|how is .* (calculated|defined))\b")


def detect_language(question: str, default: str = "en") -> str:
    """'de' or 'en' by marker words and the model's German / English synonyms (umlauts count for
    German); a tie gives ``default`` (the conversation's language)."""
    words = fold(question).split()
    head = " ".join(words[:4])
    if _DE_DEFINITION.match(head):  # "Was bedeutet LTV?": the question frame is German, the term is not
        return "de"
    if _EN_DEFINITION.match(head):
        return "en"
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
    if de < en and any(w in _DE_GRAMMAR for w in words) and not any(w in _EN_GRAMMAR for w in words):
        return "de"  # English loanwords held together by German grammar
    if de == en:
        return default
    return "de" if de > en else "en"


def clean(question: str) -> str:
    """Strip control characters and collapse whitespace (the question as it is kept in the answer)."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(question))
    return " ".join(text.split())


# Forms of "sein" that fold onto the noun "Waren" / "Ware" (goods = products): "Wären Sie so freundlich",
# "Wie viele Kunden waren das?". Umlaut spellings are always the verb; "waren" / "ware" only count as the
# noun when written with a capital inside the sentence or right after a word that introduces a noun.
_SEIN_ALWAYS = lazy_re.compile(r"\b(?:wär(?:e|en|st|t)|waer(?:e|en|st|t))\b", re.IGNORECASE)
_SEIN_MAYBE = lazy_re.compile(r"\b(?P<word>waren|ware)\b", re.IGNORECASE)
_NOUN_BEFORE = {
    "nach", "pro", "je", "by", "per", "welche", "welcher", "welchen", "welches", "die", "der", "den", "dem", "des",
    "alle", "allen", "top", "beste", "besten", "meisten", "meistverkauften", "unsere", "unserer", "unseren",
    "mit", "von", "fur", "für", "und", "oder", "ohne", "jede", "jeder", "jedes", "jeden", "uber", "über",
    "verkaufte", "verkauften", "gekaufte", "gekauften", "meistgekauften", "topseller", "which", "the", "each",
}

_SUBJECT_AFTER = {"das", "es", "sie", "wir", "ihr", "die", "der", "dies", "diese", "dieses", "alle", "unsere", "unser",
                  "viele", "mehr", "weniger", "man", "ich", "du", "er"}


def mark_verbs(text: str) -> str:
    """``text`` with verb forms of "sein" that look like the noun Waren / Ware replaced by "war"."""
    text = _SEIN_ALWAYS.sub("war", text)

    def verb_or_noun(m: re.Match) -> str:
        word = m.group("word")
        before = re.findall(r"[\wäöüß]+", text[:m.start()].casefold())
        at_start = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1:] in ".?!:;"
        if at_start:  # "Waren das viele?" (verb) vs "Waren nach Umsatz" (noun)
            after = re.findall(r"[\wäöüß]+", text[m.end():].casefold())[:1]
            return "war" if after and after[0] in _SUBJECT_AFTER else word
        if word[0].isupper():
            return word  # a capitalised noun inside the sentence
        if before and before[-1] in _NOUN_BEFORE:
            return word  # "Umsatz nach waren", "die meistverkauften waren"
        return "war"

    return _SEIN_MAYBE.sub(verb_or_noun, text)
