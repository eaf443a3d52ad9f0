"""Inline completion for the prompt: completes the word(s) being typed from the semantic model's names.

The core provides the vocabulary (metric, dimension and value names in both languages via
``insight.semantic.completions``); this only matches the end of what was typed against it, so
"Umsatz nach La" suggests "Land" as ghost text that Tab or → accepts.
"""

from __future__ import annotations

from textual.suggester import Suggester

MIN_FRAGMENT = 2
MAX_WORDS = 3


class CompletionSuggester(Suggester):
    """Suggests the shortest vocabulary entry that extends the last one to three typed words."""

    def __init__(self, vocabulary: list[str] | None = None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.set_vocabulary(vocabulary or [])

    def set_vocabulary(self, vocabulary: list[str]) -> None:
        unique = {v.strip(): None for v in vocabulary if v and v.strip()}
        self._entries = sorted(unique, key=lambda v: (len(v), v.casefold()))
        self._folded = [v.casefold() for v in self._entries]

    async def get_suggestion(self, value: str) -> str | None:
        return self.complete(value)

    def complete(self, value: str) -> str | None:
        """``value`` with its tail completed, or None when nothing in the vocabulary extends it."""
        if not value or value.endswith(" "):
            return None
        words = value.split(" ")
        for count in range(min(MAX_WORDS, len(words)), 0, -1):
            fragment = " ".join(words[-count:])
            if len(fragment) < MIN_FRAGMENT:
                continue
            folded = fragment.casefold()
            for entry, entry_folded in zip(self._entries, self._folded):
                if entry_folded.startswith(folded) and len(entry) > len(fragment):
                    return value + entry[len(fragment):]
        return None
