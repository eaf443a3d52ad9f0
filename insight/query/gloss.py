"""A parenthesis that says the same thing again (docs/ask.md, "A gloss in parentheses").

A consultant writes a word and, in parentheses, the client's own word for it: "Umsatz in Victoria (VIC)",
"Provision (Commission)", "Devoluções (Rücksendungen)". The two sides name one thing. When the parenthesis is
understood and the words right before it (at most three) are left over, those words are its gloss and no
unknown word: the parenthesis says what is meant. Never the other way round: a client's word in parentheses
that is not understood ("storniert (VOID)") may narrow what is asked (the VOID memos, not every cancellation),
so it stays unknown and is asked back — except after a column's name ("Umsatz je Avdeling (Abteilung)"): a column
is one thing, so an unknown parenthesis right after its name translates it and narrows nothing. A function word
between the gloss and the parenthesis ("zu spät bezahlt (te laat)") does not part them. A word elsewhere in the
question stays unknown too.

One exception (:func:`drop_status_glosses`): a parenthesis that is only a word of the status table, or of the
cancellation and credit documents' names (``insight.metrics.conventions``, ``insight.io.legend``), in the client's language ("storniert
(Sztornó)", "storniert (iptal)", "Rückgaben (İade)", "Korrekturrechnungen (Helyesbítő)"), right after a word
understood as a count of cancellations (for a cancel word) or a figure of the reversing lines (for a return or
credit word), says that word again: it narrows nothing the table does not already say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from insight.language import fold
from insight.query import lazy_re

if TYPE_CHECKING:
    from insight.query.lexicon import Mention

_PARENTHESIS = lazy_re.compile(r"\(([^()]{1,40})\)")
_BEFORE = 3  # words before the parenthesis that can be its gloss


def _pairs(question: str) -> list[tuple[list[str], list[str]]]:
    """(up to three folded words before, the folded words inside) for each short parenthesis."""
    out = []
    for m in _PARENTHESIS.finditer(question):
        inside = fold(m.group(1)).split()
        before = fold(question[:m.start()]).split()[-_BEFORE:]
        if inside and before:
            out.append((before, inside))
    return out


def _find(tokens: list[str], words: list[str]) -> int | None:
    n = len(words)
    return next((i for i in range(len(tokens) - n + 1) if tokens[i:i + n] == words), None)


def drop_glossed(question: str, tokens: list[str], mentions: list[Mention], unknown: list[str]) -> list[str]:
    """The unknown words without those that gloss an understood word beside them in parentheses."""
    if "(" not in question or not unknown:
        return unknown
    covered = {i for m in mentions for i in range(m.start, m.end)}
    left = set(unknown)
    drop: set[str] = set()
    for before, inside in _pairs(question):
        at = _find(tokens, inside)
        if at is None:
            continue
        span = range(at, at + len(inside))
        if all(i in covered or tokens[i] not in left for i in span) and any(i in covered for i in span):
            j = at - 1  # "Victoria (VIC)": the unknown words right before an understood parenthesis
            while j >= 0 and at - j <= _BEFORE and tokens[j] in before and j not in covered:
                if tokens[j] in left:  # "zu spät bezahlt (te laat)": a function word between is skipped
                    drop.add(tokens[j])
                j -= 1
        elif all(tokens[i] in left for i in span) and any(m.end == at and _names_a_column(m) for m in mentions):
            drop.update(inside)  # "Umsatz je Avdeling (Abteilung)": a column's name, translated (module doc)
    return [w for w in unknown if w not in drop]


def _names_a_column(mention: Mention) -> bool:
    """The mention is only a column (a dimension), never a value, metric or status: a column is one thing, so a
    parenthesis after its name can narrow nothing — it translates the name."""
    return bool(mention.senses) and all(s.kind == "dim" for s in mention.senses)


def _status_words(kind: str) -> frozenset[str]:
    """The folded cancel ('cancel') or return/credit ('return') words of the status and document tables, whole and
    their first word ('iptal' of 'iptal edildi', 'sztorno' of 'sztorno szamla', 'helyesbito' of 'helyesbito szamla')."""
    from insight.io.legend import CANCEL_DOCUMENTS
    from insight.metrics import conventions as cv

    words = (*cv.CANCEL_STATUS, *CANCEL_DOCUMENTS) if kind == "cancel" \
        else (*cv.RETURN_STATUS, *cv.CREDIT_DOCUMENTS)
    out: set[str] = set()
    for w in words:
        folded = fold(w)
        if folded:
            out.add(folded)
            if len(folded.split()[0]) >= 4:
                out.add(folded.split()[0])
    return frozenset(out)


def drop_status_glosses(question: str, tokens: list[str], mentions: list[Mention], unknown: list[str]) -> list[str]:
    """The unknown words without a parenthesis of the client's cancel or return word right after a word understood
    as a cancellation count or a reversing-lines figure (module doc)."""
    from insight.query import traits

    if "(" not in question or not unknown:
        return unknown
    left = set(unknown)
    drop: set[str] = set()
    for _before, inside in _pairs(question):
        at = _find(tokens, inside)
        if at is None or not all(t in left for t in inside):
            continue
        right_before = [m for m in mentions if m.end == at]
        metrics = [s.name for m in right_before for s in m.senses if s.kind == "metric"]
        phrase = " ".join(inside)
        if (phrase in _status_words("cancel") and any(m in traits.cancelled_counts() for m in metrics)) or \
                (phrase in _status_words("return") and any(traits.reversal(m) for m in metrics)):
            drop.update(inside)
    return [w for w in unknown if w not in drop]



_HEADER_GLOSS = 2  # words of a parenthesis that can translate a client's column header


def drop_header_glosses(question: str, tokens: list[str], mentions: list[Mention], unknown: list[str]) -> list[str]:
    """The unknown words without a parenthesis that translates the client's own column header right before it
    ("Umsatz je Sælger (Verkäufer)", "je Kustannuspaikka (Kostenstelle)", "je 品目 (Leistung)"): the header is
    understood as one of the client's columns, and the parenthesis (one or two words, none understood) only
    says it in the consultant's language. A column is no value, so its translation can narrow nothing; built-in
    dimensions ("je Land (Bundesland)") keep the parenthesis unknown."""
    from insight.semantic import SEMANTIC_MODEL

    if "(" not in question or not unknown:
        return unknown
    left = set(unknown)
    drop: set[str] = set()
    for _before, inside in _pairs(question):
        at = _find(tokens, inside)
        if at is None or len(inside) > _HEADER_GLOSS or not all(t in left for t in inside):
            continue
        right_before = [m for m in mentions if m.end == at]
        if any(s.kind == "dim" and s.name not in SEMANTIC_MODEL.dimensions.base
               for m in right_before for s in m.senses):
            drop.update(inside)
    return [w for w in unknown if w not in drop]


def drop_metric_glosses(question: str, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions without the figures read inside a parenthesis right after a figure ("Summe der Gutschriften
    (Haben-Buchungen)", "Retouren (Rücksendungen)"): the parenthesis says that figure again in other words (the
    client's), so it adds no second figure ('Buchungen' would turn a sum of credit notes into a count)."""
    if "(" not in question:
        return mentions
    drop: set[int] = set()
    for _before, inside in _pairs(question):
        at = _find(tokens, inside)
        if at is None:
            continue
        end = at + len(inside)
        if not any(m.end == at and any(s.kind == "metric" for s in m.senses) for m in mentions):
            continue
        within = [i for i, m in enumerate(mentions) if at <= m.start and m.end <= end]
        if within and all(all(s.kind == "metric" for s in mentions[i].senses) for i in within):
            drop.update(within)
    return [m for i, m in enumerate(mentions) if i not in drop]
