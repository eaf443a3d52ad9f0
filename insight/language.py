"""The languages insight answers in: one type for the whole public API.

>>> language_of("de-DE"), language_of("English"), language_of(None)
('de', 'en', 'en')
"""

from __future__ import annotations

from typing import Literal

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


def language_of(value: str | None, default: Language = "en") -> Language:
    """'de' for any value starting with 'de' (``de``, ``de-DE``, ``Deutsch``), 'en' for one starting with
    'en', else ``default``."""
    text = str(value or "").strip().lower()
    if text.startswith("de"):
        return "de"
    if text.startswith("en"):
        return "en"
    return default
