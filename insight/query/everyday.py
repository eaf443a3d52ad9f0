"""Everyday words and phrases of round 8 that never change what is computed: verbs of coming in and coming from
("Wie viele Bestellungen gingen ein?", "Kunden stammen aus Frankreich", "Wie viel Umsatz brachte Q3?"),
demonstratives ("in diesen Daten"), and "fall into" a class (= are in it). "fall" alone stays unknown: it is also
the season ("revenue in fall 2011")."""

from __future__ import annotations

import re
from insight.query import lazy_re

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
_FALL_INTO = lazy_re.compile(r"\b(?:fall|falls|fell|fallen|falling)\s+(?:into|in|within|under)\b")
# "what did Germany bring in during 2011", "revenue brought in": the revenue verb (never "bring in 2011")
_BRING_IN = lazy_re.compile(r"\b(?:bring|brings|brought|bringing)\s+in\b(?!\s+(?:\d|[qmd]\d))")


# "die erste Kampagne", "the third offer": the numbered object of a family of flag columns ('AcceptedCmp1' =
# "accepted campaign 1"); where the data has no such columns "campaign 1" stays unknown and is asked back
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "erste": 1, "zweite": 2, "dritte": 3,
            "vierte": 4, "funfte": 5}
_NUMBERED = lazy_re.compile(r"\b(?P<o>first|second|third|fourth|fifth|(?:erste|zweite|dritte|vierte|funfte)[nmrs]?)\s+"
                       rf"(?P<obj>{'|'.join(sorted({*_OBJECT_DE, *(fold(v) for v in _OBJECT_DE.values())}, key=lambda w: (-len(w), w)))})\b")


def _numbered(m: re.Match) -> str:
    o = m["o"]
    return f"{m['obj']} {_ORDINAL.get(o) or _ORDINAL[o[:-1]]}"


# "loyal customers in the RFM model", "laut ABC-Modell": the segmentation itself
_SEGMENT_MODEL = lazy_re.compile(r"\b(?P<seg>rfm|abc)\s+(?:model|modell|models|modelle|analysis|analyse)\b")
# "laut Modell den höchsten CLV", "according to the model": a model's figure, i.e. a forecast (the forecast step
# answers CLV and expected orders and asks back for any other figure)
_BY_THE_MODEL = lazy_re.compile(r"\b(?:laut\s+(?:dem\s+|unserem\s+)?(?:modell|prognose)|according\s+to\s+(?:the\s+|our\s+)?model"
                           r"|per\s+the\s+model|(?:as\s+)?predicted\s+by\s+(?:the\s+|our\s+)?model)\b")

# "RFM segment sizes", "Größe der ABC-Klassen", "size of each segment": the customers per segment / class
_SEGMENT_SIZES = lazy_re.compile(
    r"\b(?P<seg>rfm\s+|abc\s+)?(?P<what>segment|segments|segmente|segmenten|class|classes|klasse|klassen)\s+"
    r"(?:sizes|size|grossen)\b"
    r"|\b(?:sizes?|grossen?)\s+(?:of\s+(?:the\s+|each\s+)?|der\s+|je\s+)(?P<seg2>rfm\s+|abc\s+)?"
    r"(?P<what2>segments?|segmente|class(?:es)?|klassen?)\b")
# "the avg value of an order", "Wert einer Bestellung": the order value
_VALUE_OF_AN_ORDER = lazy_re.compile(r"\b(?:value|wert)\s+(?:of\s+(?:an?|one|each)|einer|eines|je|pro|per)\s+"
                                r"(?:order|bestellung|auftrags?)\b")

# "Umsatzwachstum", "Kundenzuwachs", "Auftragsrückgang": the figure and the change word apart (a change word is
# read only where two periods are compared; the first part must be a known word, else it is asked back)
_CHANGE_COMPOUND = lazy_re.compile(r"\b(?P<head>[a-z]{4,}?)(?P<change>wachstum|zuwachs|ruckgang|veranderung)\b")

_CHANGE = lazy_re.compile(r"\b(?:wachstum|zuwachs|ruckgang|veranderung|anderung|growth|change|decline|differenz|difference)\b")
# beside a change word "in Prozent" asks for the change in percent (the comparison states it), never a share
_IN_PERCENT = lazy_re.compile(r"\b(?:in|als)\s+(?:prozent|percent|percentage|%)(?!\s*(?:punkten|points))")


def _sizes(m: re.Match) -> str:
    seg = (m["seg"] or m["seg2"] or "").strip()
    what = m["what"] or m["what2"]
    german = what.startswith(("segmente", "klasse"))
    noun = ("klasse" if german else "class") if what.startswith(("class", "klass")) else "segment"
    return f" {'kunden je' if german else 'customers per'} {seg} {noun} "


# "customers (who) never came back after their first purchase", "nach dem ersten Kauf nie wieder bestellt": the
# customers with exactly one order (the one-time buyers); "never came back" alone (beside a year: the absent
# population) is not read here
_NEVER_AFTER_FIRST = re.compile(
    r"\b(?:never|did\s+not|didnt|did\s+n\s*t)\s+(?:came|come|comes|return|returned|bought|buy|order|ordered)"
    r"(?:\s+(?:back|again|anything))*\s+(?:after|since)\s+(?:their|the|his|her|its)\s+first\s+"
    r"(?:purchase|order|buy|visit)\b"
    r"|\bnach\s+(?:dem|ihrem|seinem|ihrer)\s+ersten\s+(?:kauf|einkauf|auftrag|bestellung)\s+"
    r"(?:nie\s+wieder|nicht\s+wieder|nie\s+mehr|nicht\s+mehr)\s+"
    r"(?:gekauft|bestellt|gekommen|wiedergekommen|zuruckgekommen|eingekauft)\b")


# "Kunden, die sich schon einmal beschwert haben", "jemals": ever, which a past-tense count already means ("nur
# einmal" = exactly once stays)
_EVER = lazy_re.compile(r"\bschon\s+(?:ein)?mal\b|\bjemals\b")


# "AOV 2023 and 2024 side by side", "ABC split: customers per class", "revenue split by country": how the figures
# are laid out, which the comparison or the grouping named beside already says
_LAYOUT = lazy_re.compile(r"\bside\s+by\s+side\b|\bnebeneinander\b|(?<=\babc\s)split\b|(?<=\brfm\s)split\b"
                          r"|\bsplit\s+(?=(?:up\s+)?(?:by|per|across)\b)")
# "Für eine Präsentation bräuchte ich …", "For our board deck I need …": what the figure is for, not what it is
_PURPOSE = lazy_re.compile(r"\b(?:fur|for)\s+(?:eine|die|unsere|meine|den|das|our|the|a|my)\s+(?:prasentation|presentation|"
                           r"board\s+deck|deck|slides?|folien?|board\s+meeting|vorstandssitzung)\b"
                           r"(?:\s+(?:i\s+need|ich\s+brauche|brauchte\s+ich|brauche\s+ich|benotige\s+ich))?")
# "Germany, France and Spain …, all three countries together": the number counts the values already named, never a
# top N ("together" then adds up those values, or is asked back where none is named)
_ALL_N_TOGETHER = lazy_re.compile(r"\b(?:all|alle|allen|aller)\s+\d+\s+[a-z]+\s+(?=(?:together|combined|zusammen|"
                                  r"zusammengenommen)\b)")


def rewrite(rest: str) -> str:
    """The folded question with those phrases in the words the parser reads."""
    rest = _ALL_N_TOGETHER.sub(" ", _LAYOUT.sub(" ", _PURPOSE.sub(" ", rest)))
    rest = _EVER.sub(" ", rest)
    rest = _NEVER_AFTER_FIRST.sub(lambda m: " genau einmal bestellt " if m[0].startswith("nach") else
                                  " ordered only once ", rest)
    rest = _SEGMENT_MODEL.sub(lambda m: m["seg"], rest)
    rest = _CHANGE_COMPOUND.sub(lambda m: f"{m['head']} {m['change']}", rest)
    if _CHANGE.search(rest):
        rest = _IN_PERCENT.sub(" ", rest)
    rest = _SEGMENT_SIZES.sub(_sizes, rest)
    rest = _VALUE_OF_AN_ORDER.sub(lambda m: " bestellwert " if m[0].startswith("wert") else " order value ", rest)
    rest = _BY_THE_MODEL.sub(lambda m: " prognostiziert " if m[0].startswith("laut") else " predicted ", rest)
    rest = _NUMBERED.sub(_numbered, rest)
    rest = _FALL_INTO.sub(" in ", rest)
    return _BRING_IN.sub(" generated ", rest)
