"""German separable verbs: "Wie viel geben Kunden im Schnitt für Wein aus?" (ausgeben), "Wie oft kaufen Kunden
im Web ein?" (einkaufen), "Wie viele Kunden kamen 2011 wieder?" (wiederkommen) — docs/ask.md, "Separable verbs".

In a main clause German puts the particle of a separable verb at the end of the clause ("geben … aus"), apart
from the verb's stem. Where a finite form of a verb that takes particles stands before its particle, and the
particle closes the clause (the text's end, or a word that opens the next clause), the two are read as one verb:
the stem's word becomes the joined past participle ("ausgegeben", "eingekauft", "wiedergekommen", "zurückgegeben",
"abgesprungen"), which the lexicon knows, and the particle is taken out. A particle word anywhere else ("aus
Berlin", "ein Produkt") is left alone.
"""

from __future__ import annotations

import functools
import re

# finite forms (folded: no umlauts, lower case) of verbs analysts use with a particle -> their past participle
_FORMS: dict[str, str] = {}
for participle, forms in (
    ("gegeben", "gebe gibst gibt geben gebt gab gabst gaben gabt"),
    ("gekauft", "kaufe kaufst kauft kaufen kaufte kauften kauftest"),
    ("gestiegen", "steige steigst steigt steigen stieg stiegen"),
    ("gekommen", "komme kommst kommt kommen kam kamen kamst"),
    ("gesprungen", "springe springst springt springen sprang sprangen"),
    ("gekehrt", "kehre kehrst kehrt kehren kehrte kehrten"),
    ("getreten", "trete trittst tritt treten tretet trat traten"),
    ("gewandert", "wandere wanderst wandert wandern wanderte wanderten"),
    ("genommen", "nehme nimmst nimmt nehmen nahm nahmen"),
    ("geschickt", "schicke schickst schickt schicken schickte schickten"),
    ("gesendet", "sende sendest sendet senden sendete sendeten sandte sandten"),
    ("gemeldet", "melde meldest meldet melden meldete meldeten"),
    ("gesagt", "sage sagst sagt sagen sagte sagten"),
    ("gelaufen", "laufe laufst lauft laufen lief liefen"),
):
    for form in forms.split():
        _FORMS[form] = participle

_PARTICLES = ("aus", "ein", "ab", "an", "zuruck", "wieder", "teil", "weg")
# a word that opens the next clause: the particle before it closes its own
_CLAUSE_OPENERS = frozenset(
    "und oder aber welche welcher wenn nachdem weil als bevor seit seitdem obwohl dass".split()
)


STEP = "separable_verb"


@functools.cache
def _phrases() -> frozenset[tuple[str, ...]]:
    from insight.query.lexicon import static_lexicon

    return frozenset(key for key in static_lexicon() if len(key) == 2)


def _phrase(verb: str, particle: str) -> bool:
    """The verb and its particle already read as a phrase of the vocabulary ('kaufen wieder': repeat purchase):
    they are left as they stand, since their joined participle ('wiedergekauft') is no word it reads."""
    return (verb, particle) in _phrases()


def join(rest: str) -> tuple[str, bool]:
    """The (normalised) text with each separable verb's stem and closing particle read as one participle (and
    whether one was)."""
    words = rest.split()
    changed = False
    for i, word in enumerate(words):
        participle = _FORMS.get(word)
        if participle is None:
            continue
        for j in range(i + 1, len(words)):
            if words[j] in _FORMS:
                break  # the next verb's clause: no particle of this one
            closes = j + 1 == len(words) or words[j + 1] in _CLAUSE_OPENERS
            if words[j] in _PARTICLES and closes and not _phrase(word, words[j]):
                words[i] = words[j] + participle
                words[j] = ""
                changed = True
                break
    if not changed:
        return rest, False
    return re.sub(r"\s+", " ", " ".join(w for w in words if w)).strip(), True
