"""Grammatical number of 'which X': "Welche Produktlinie hat den meisten Umsatz?" asks for one product line,
"Welche Produktlinien haben ..." for several. German 'welche' is both the feminine singular and the plural, so
the noun alone cannot tell; the finite verb right after the noun agrees with it and can ("hat" one, "haben"
several; English "has" / "have" likewise). Only verbs that cannot be a participle or an infinitive are listed,
so "Welche Kunden haben bestellt" never reads 'bestellt' as a singular verb."""

from __future__ import annotations

_SINGULAR = frozenset((
    "hat", "hatte", "ist", "war", "bringt", "brachte", "macht", "machte", "erzielt", "erzielte", "generiert",
    "generierte", "liefert", "lieferte", "erwirtschaftet", "erwirtschaftete", "zeigt", "zeigte", "weist",
    "has", "is", "was", "brings", "makes", "generates", "generated", "shows", "earns", "yields", "produces",
))
_PLURAL = frozenset((
    "haben", "hatten", "sind", "waren", "bringen", "brachten", "machen", "machten", "erzielen", "erzielten",
    "generieren", "generierten", "liefern", "lieferten", "erwirtschaften", "zeigen", "zeigten", "weisen",
    "have", "are", "were", "bring", "make", "generate", "show", "earn", "yield", "produce",
))


# a pronoun right after the verb is its subject ("In welchem Monat hatten wir …", "which month did we …"): the
# verb then agrees with it, not with the noun asked about
_SUBJECTS = frozenset(("ich", "du", "er", "es", "wir", "ihr", "sie", "man", "i", "you", "he", "it", "we", "they"))


def verb_number(tokens: list[str], after: int) -> bool | None:
    """True where the folded token at ``after`` is a singular finite verb, False where plural, None otherwise
    (no verb there, or a pronoun after it is its subject: the noun's own form has to decide)."""
    if after >= len(tokens) or (after + 1 < len(tokens) and tokens[after + 1] in _SUBJECTS):
        return None
    word = tokens[after]
    if word in _SINGULAR:
        return True
    if word in _PLURAL:
        return False
    return None
