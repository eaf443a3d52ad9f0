"""Guards on typo corrections (docs/ask.md, "Typos"): a word read as a known word only by fuzzy matching must
not change what is measured behind the user's back.

A corrected word that only names a metric, in a question that already names a metric plainly, is kept as a
second metric only where the question lists metrics ("Umsatz und Gewin"). Elsewhere — "Churn rate nach
Vertrag" ('vertrag' is one letter from 'ertrag', profit) — the word sits where a grouping or a value is
expected, and a metric is not close in meaning: the word is left unknown, so the question is asked back
naming it.
"""

from __future__ import annotations

from insight.query.lexicon import Mention

_LIST_WORDS = {"and", "und", "sowie", "plus", "or", "oder"}


def _metric_only(m: Mention) -> bool:
    return bool(m.senses) and all(s.kind == "metric" for s in m.senses)


def _listed(tokens: list[str], m: Mention) -> bool:
    """Whether the word right before the mention joins a list of figures ('Umsatz und Gewin')."""
    return m.start > 0 and tokens[m.start - 1] in _LIST_WORDS


def no_second_metric_by_typo(
    tokens: list[str], mentions: list[Mention], unknown: list[str]
) -> tuple[list[Mention], list[str]]:
    """The mentions without a typo-corrected second metric that is not listed; such words become unknown."""
    plain_metric = any(not m.corrected and any(s.kind == "metric" for s in m.senses) for m in mentions)
    if not plain_metric:
        return mentions, unknown
    dropped = [m for m in mentions if m.corrected and _metric_only(m) and not _listed(tokens, m)]
    if not dropped:
        return mentions, unknown
    return [m for m in mentions if m not in dropped], [*unknown, *(m.text for m in dropped)]
