"""The reach of a negation (docs/ask.md, "Negation"): which values and flags a 'not' / 'ohne' / 'excluding'
covers.

* A list: "excluding cancelled and disputed orders", "ohne UK, Frankreich oder Deutschland": the negation
  covers every value of the list (values joined by and / or / sowie / nor, articles between), not only the
  first one after it.
* A parenthesis after a negated phrase names what *is* meant: "not shipped yet (On Hold)" is On Hold. The
  parenthesis is read as "only …", so its values are included, never excluded with the negated one.
* A flag counted under a negation: "Wie viele Kunden sind nicht abgewandert?" counts the customers without
  the flag (Churn ≠ Yes), never those with it.
"""

from __future__ import annotations

import re
from insight.query import lazy_re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from insight.query.lexicon import Mention

NEGATION_WORDS = {
    "not",
    "nicht",
    "never",
    "nie",
    "no",
    "kein",
    "keine",
    "keinen",
    "didnt",
    "havent",
    "hasnt",
    "excluding",
    "except",
    "without",
    "ohne",
    "ausser",
    "exklusive",
    "excl",
    "exkl",
}
_LIST_JOINS = {"and", "und", "or", "oder", "sowie", "nor", "noch", "&", "plus"}
_ARTICLES = {"a", "an", "the", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}

# a negation word, then (within a few words) a parenthesis: "not shipped yet (On Hold)"
_NEGATED_PARENTHESIS = lazy_re.compile(
    r"\b(?:not|nicht|noch\s+nicht|never|nie|kein\w*|excluding|except|without|ohne|ausser|außer)\b"
    r"(?P<between>[^()]{0,60}?)\((?P<inside>[^()]{1,60})\)"
)


_COLUMN_EQUALS = lazy_re.compile(r"\s*[^\W\d][\w -]*?\s*=?\s*\d+(?:[.,]\d+)?\s*")


def parenthesis_after_negation(text: str, lang: str) -> str:
    """'not shipped yet (On Hold)' → 'not shipped yet only On Hold': the parenthesis says what is meant. A
    parenthesis that states a column's value ('ohne Kinder (Kidhome 0)', 'without a card (HasCrCard = 0)')
    replaces the negated words: they paraphrase it."""
    only = "nur" if lang == "de" else "only"

    def repl(m: re.Match) -> str:
        if _COLUMN_EQUALS.fullmatch(m.group("inside")):
            return f" {m.group('inside')} "
        return f"{m.group(0)[: m.start('between') - m.start()]}{m.group('between')} {only} {m.group('inside')} "

    return _NEGATED_PARENTHESIS.sub(repl, text)


def _is_kw(m: "Mention", name: str) -> bool:
    return any(s.kind == "kw" and s.name == name for s in m.senses)


def _has_value(m: "Mention") -> bool:
    return any(s.kind == "value" for s in m.senses)


def list_negated(tokens: list[str], mentions: list["Mention"], negated: dict[int, bool]) -> dict[int, bool]:
    """``negated`` (mention index → excluded?) with the negation carried along a list of values: a value right
    after 'and' / 'or' (articles allowed) that follows an excluded value is excluded too."""
    out = dict(negated)
    for idx in sorted(out):
        if out[idx] or idx < 2:
            continue
        join, prev = mentions[idx - 1], mentions[idx - 2]
        if not _is_kw(join, "and") and join.text not in _LIST_JOINS:
            continue
        gap = tokens[prev.end : join.start] + tokens[join.end : mentions[idx].start]
        if all(t in _ARTICLES for t in gap) and out.get(idx - 2):
            out[idx] = True
    return out


def reading_negated(reading: list[tuple[str, str]], roles: tuple[str, ...], width: int = 3) -> bool:
    """Whether a negation stands within ``width`` words before the first word read as one of ``roles``
    ('kw:lost', 'metric:churn_rate', 'dim:churn'): "nicht abgewandert", "did not churn". A content word between
    ends the search: in "Kunden ohne Kreditkarte, die abgewandert sind" the 'ohne' belongs to the card."""
    for i, (_text, read_as) in enumerate(reading):
        parts = {p.strip() for p in read_as.split(",")}
        if parts & set(roles):
            for text, role in reversed(reading[max(0, i - width) : i]):
                if text in NEGATION_WORDS or "kw:not" in role:
                    return True
                if any(k in role for k in ("metric:", "dim:", "value:")):
                    return False
            return False
    return False


# "with a credit card vs without", "mit oder ohne Kreditkarte", "with and without": both sides of a yes/no
_WITH_AND_WITHOUT = lazy_re.compile(
    r"\b(?:with|mit)\b(?:\s+\S+){0,4}?\s+(?:vs|versus|or|oder|and|und|compared\s+to|gegenuber|"
    r"im\s+vergleich\s+zu|verglichen\s+mit)\s+(?:those\s+|denen\s+|customers\s+|kunden\s+)?(?:without|ohne)\b"
)


# "churn of inactive members vs active ones", "aktive vs. inaktive Mitglieder": a word negated on one side of the
# comparison and said plainly on the other ('inactive' reads as 'nicht active')
_VS = r"(?:vs|versus|or|oder|compared\s+to|gegenuber|im\s+vergleich\s+zu|verglichen\s+mit)"
_NEGATED_VS_PLAIN = re.compile(
    rf"\b(?:nicht|not|non|kein|keine)\s+(?P<w>[a-z]{{3,}})\b(?:\s+\S+){{0,3}}?\s+{_VS}\s+(?:the\s+|die\s+|den\s+)?(?P=w)\b"
    rf"|\b(?P<v>[a-z]{{3,}})\b(?:\s+\S+){{0,3}}?\s+{_VS}\s+(?:the\s+|die\s+|den\s+)?(?:nicht|not|non|kein|keine)\s+(?P=v)\b")


def both_sides(tokens: list[str]) -> bool:
    """Whether the question sets 'with …' against 'without' (or 'inactive' against 'active'): a comparison of the
    two groups of a flag."""
    text = " ".join(tokens)
    return bool(_WITH_AND_WITHOUT.search(text) or _NEGATED_VS_PLAIN.search(text))
