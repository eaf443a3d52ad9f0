"""Folding text for matching: one function shared by the semantic model's lexicon and the question parser.

Questions arrive with or without umlauts, in any case, with hyphens and quotes ("ABC-Klassen",
"Can’t Lose Them"); phrases are compared after the same folding on both sides.
"""

from __future__ import annotations

from insight.language import fold

__all__ = ["fold", "tokens"]


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of a text."""
    folded = fold(text)
    return tuple(folded.split()) if folded else ()
