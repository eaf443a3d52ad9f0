"""Function words are never data by themselves: "in", "us", "it", "an", "so" as values, "in total" as a column.

A client's data may hold values that are spelled like English or German function words — ISO country codes
(`IN`, `US`, `IT`, `DE`, `AT`, `NO`), a column named `Total`. Folded, "How much did we make in total?" would read
"in" as the country India and "total" as the `Total` column, and "bought from us" as the United States — a
different question answered silently (answers.md, "No silent substitution"). So:

- a value or a client column named by a short function word (2–3 letters, of both languages' stopwords) is read
  only when the question writes that word upper-case, as a code ("customers in the US", "revenue from IN");
  "yes"/"no"/"ja"/"nein" stay answer values;
- "in total" / "all in all" / "in sum" is an adverb of the question: its "total" never names a column;
- a quantifier ("all", "allen", "jeder", "every", "beide") is read as a value (a contact named Allen) only when the
  question writes it as a name, capitalised after its first word: "an allen Bestellungen" is the base of a share.
"""

from __future__ import annotations

import re

from insight.query.lexicon import STOPWORDS, Mention, Sense
from insight.query import lazy_re
from insight.semantic.values import CODE_ONLY

_ANSWER_WORDS = frozenset({"yes", "no", "ja", "nein", "ok"})
FUNCTION_WORDS = frozenset(w for w in STOPWORDS if 2 <= len(w) <= 3 and w.isalpha()) - _ANSWER_WORDS
QUANTIFIERS = frozenset({"all", "alle", "allen", "aller", "alles", "every", "each", "both", "jede", "jeden", "jeder",
                         "jedes", "jedem", "beide", "beiden", "sämtliche", "saemtliche", "samtliche"})
_ADVERBIAL = lazy_re.compile(r"\b(?:in|im)\s+(?:total|sum|summe)\b|\ball\s+in\s+all\b")


def _written_as_code(word: str, question: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.upper())}(?![\w-])", question) is not None


def _written_as_name(word: str, question: str) -> bool:
    """``word`` capitalised somewhere after the question's first word ('Bestellungen von Allen')."""
    later = re.sub(r"^\W*\w+", "", question)
    return re.search(rf"(?<![\w-]){re.escape(word.capitalize())}(?![\w-])", later) is not None


def guarded(values: dict[tuple[str, ...], list[Sense]], question: str, norm: str) -> dict[tuple[str, ...], list[Sense]]:
    """The data's lexicon (values, client columns) without the function words the question does not write as
    codes, and without an adverbial "total" ("in total"); the built-in meaning of such words stays."""
    drop = {
        key for key in values if len(key) == 1 and key[0] in FUNCTION_WORDS | CODE_ONLY
        and not _written_as_code(key[0], question)
    }
    drop |= {key for key in values
             if len(key) == 1 and key[0] in QUANTIFIERS and not _written_as_name(key[0], question)}
    if _ADVERBIAL.search(norm):
        drop |= {("total",), ("sum",), ("summe",)}
    if not drop & values.keys():
        return values
    return {k: v for k, v in values.items() if k not in drop}


_AUXILIARY = frozenset({"did", "do", "does", "have", "has", "had"})
_SUBJECT = frozenset({"we", "you", "they", "i"})


def verb_of_a_data_noun(tokens: list[str], mentions: list[Mention], unknown: list[str],
                        values: dict[tuple[str, ...], list[Sense]]) -> list[str]:
    """"How many weddings did we shoot in 2024?", "How much VAT did we charge?": in "how many / how much <X> did
    we <verb>", with <X> one of the data's own values or columns, the verb is the trade's verb of making <X> (a
    shoot makes a wedding) and no content word of its own. With a built-in noun ("How many customers did we
    reactivate?") the verb stays unknown and is asked back."""
    if not unknown or tokens[:2] not in (["how", "many"], ["how", "much"]):
        return unknown
    keep = list(unknown)
    for i in range(2, len(tokens)):
        word = tokens[i]
        if word not in keep or tokens[i - 2] not in _AUXILIARY or tokens[i - 1] not in _SUBJECT:
            continue
        if any(m.end <= i - 2 and tuple(m.text.split()) in values for m in mentions) or \
                any(m.end <= i - 2 and any(s.kind == "value" for s in m.senses) for m in mentions):
            keep.remove(word)
    return keep
