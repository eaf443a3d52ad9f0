"""Everyday words and phrases of round 8 that never change what is computed: verbs of coming in and coming from
("Wie viele Bestellungen gingen ein?", "Kunden stammen aus Frankreich", "Wie viel Umsatz brachte Q3?"),
demonstratives ("in diesen Daten"), and "fall into" a class (= are in it). "fall" alone stays unknown: it is also
the season ("revenue in fall 2011")."""

from __future__ import annotations

import re

from insight.semantic.client import _OBJECT_DE
from insight.semantic.text import fold

FILLERS = frozenset(
    # bringen / eingehen / stammen: "Wie viel Umsatz brachte das dritte Quartal?", "Bestellungen gingen ein",
    # "Kunden stammen aus Frankreich" (the figure and the filter are named elsewhere)
    "brachte bringe eingingen gingen ging eingegangen eingegangene eingegangenen eingehen eingehende eingehenden "
    "stammen stammt stammten stammte stammende stammenden "
    # demonstratives (English 'this', 'these' are stopwords): "in diesen Daten", "dieser Kunden"
    "diese dieser diesen diesem dieses".split())

# "customers (that) fall into ABC class A", "falls in segment X": are in
_FALL_INTO = re.compile(r"\b(?:fall|falls|fell|fallen|falling)\s+(?:into|in|within|under)\b")
# "what did Germany bring in during 2011", "revenue brought in": the revenue verb (never "bring in 2011")
_BRING_IN = re.compile(r"\b(?:bring|brings|brought|bringing)\s+in\b(?!\s+(?:\d|[qmd]\d))")


# "die erste Kampagne", "the third offer": the numbered object of a family of flag columns ('AcceptedCmp1' =
# "accepted campaign 1"); where the data has no such columns "campaign 1" stays unknown and is asked back
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "erste": 1, "zweite": 2, "dritte": 3,
            "vierte": 4, "funfte": 5}
_NUMBERED = re.compile(r"\b(?P<o>first|second|third|fourth|fifth|(?:erste|zweite|dritte|vierte|funfte)[nmrs]?)\s+"
                       rf"(?P<obj>{'|'.join(sorted({*_OBJECT_DE, *(fold(v) for v in _OBJECT_DE.values())}, key=len, reverse=True))})\b")


def _numbered(m: re.Match) -> str:
    o = m["o"]
    return f"{m['obj']} {_ORDINAL.get(o) or _ORDINAL[o[:-1]]}"


def rewrite(rest: str) -> str:
    """The folded question with those phrases in the words the parser reads."""
    rest = _NUMBERED.sub(_numbered, rest)
    rest = _FALL_INTO.sub(" in ", rest)
    return _BRING_IN.sub(" generated ", rest)
