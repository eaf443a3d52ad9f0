"""Typos and inflections: Umstaz → Umsatz, custmers → customers, Kundens → Kunden, Nettoumsatz → Umsatz.

Tried in order for a word that matches no phrase: German/English inflection suffixes, ae/oe/ue spelt
out, compounds of two known words (Umsatzentwicklung, Kundenanzahl), a known word as the compound's
head (Nettoumsatz), then rapidfuzz similarity against the known words (5+ letters only, so that short
function words never turn into metrics).
"""

from __future__ import annotations

from insight.query.numbers import is_amount

_SUFFIXES = ("ern", "en", "es", "er", "n", "s", "e")
_MIN_FUZZY_LEN = 5


def _cutoff(word: str) -> float:
    return 80.0 if len(word) >= 6 else 86.0


def variants(word: str) -> list[str]:
    """Spelling variants to look up before fuzzy matching."""
    out = []
    for ascii_form, letter in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        if ascii_form in word:
            out.append(word.replace(ascii_form, letter))
    if word.endswith("ies") and len(word) >= 6:  # English plural: 'sub-categories' names 'Sub-Category'
        out.append(word[:-3] + "y")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            out.append(word[: -len(suffix)])
    return out


def split_compound(word: str, known: set[str]) -> list[str] | None:
    """Two known words making up ``word`` (with an optional linking 's'), else None."""
    if len(word) < 8:
        return None
    for i in range(len(word) - 4, 3, -1):
        head, tail = word[:i], word[i:]
        if tail in known:
            if head in known:
                return [head, tail]
            if head.endswith("s") and head[:-1] in known:
                return [head[:-1], tail]
    return None


# Modifiers that do not change what a compound's head means ('Nettoumsatz' is revenue). Any other
# modifier does ('Stammkunden' are not all customers, 'Neukundenumsatz' is not all revenue): such a
# compound stays unknown and is asked back instead of being read as its head (no silent substitution).
HARMLESS_MODIFIERS = frozenset(
    "netto brutto gesamt total jahres monats quartals durchschnitts durchschnittlich mittel ist "
    "summen summe aktuell aktuelle kunden kundens auftrags bestell rechnungs verkaufs umsatz ".split())


def head_word(word: str, known: set[str]) -> str | None:
    """The longest known word (5+ letters) that ``word`` ends with, when what precedes it is a harmless
    modifier or itself a known word: 'nettoumsatz' → 'umsatz', but 'stammkunden' → None."""
    for i in range(1, len(word) - 4):
        tail = word[i:]
        if tail in known and len(word) - len(tail) >= 3:
            modifier = word[:i]
            bare = modifier[:-1] if modifier.endswith(("s", "n")) else modifier
            if modifier in HARMLESS_MODIFIERS or bare in HARMLESS_MODIFIERS or modifier in known or bare in known:
                return tail
            return None
    return None


def closest(word: str, vocabulary: list[str], strict: bool = False, edits: int = 1) -> tuple[str, float] | None:
    """The most similar known word, when similar enough: a high similarity and at most one edit (a swap of
    two letters counts as one), so that 'Umstaz' is revenue but 'Vertriebsmitarbeiter' never the funnel.
    ``strict`` (German, where short nouns are often other real words: 'Marke' is no 'Märkte'): a word
    under 7 letters is corrected only by a swap or a changed letter, never a letter added or dropped."""
    if len(word) < _MIN_FUZZY_LEN or is_amount(word):
        return None
    from rapidfuzz import fuzz, process  # imported for the first unknown word, not by every start-up
    from rapidfuzz.distance import OSA

    for hit, score, _i in process.extract(word, vocabulary, scorer=fuzz.ratio, score_cutoff=_cutoff(word), limit=5):
        if strict and len(word) < 7 and len(hit) != len(word):
            continue
        distance = OSA.distance(word, hit)  # a swap counts as one edit: 'Kundenkarte' is no 'Kundenarten'
        if distance <= 1 or (distance <= edits and word[0] == hit[0] and word[-1] == hit[-1]):
            return hit, float(score)
    return None


def transposed(word: str, vocabulary: list[str]) -> tuple[str, float] | None:
    """The one known word that ``word`` spells with two adjacent letters swapped ('lnad' → 'land'); short
    words get no looser matching than this, so that 'cost' never becomes 'post'."""
    hits = {known for known in vocabulary if known != word and len(known) == len(word)
            and sorted(known) == sorted(word) and sum(a != b for a, b in zip(known, word)) == 2
            and any(word[k] == known[k + 1] and word[k + 1] == known[k] for k in range(len(word) - 1))}
    return (hits.pop(), 90.0) if len(hits) == 1 else None
