"""The one catalogue of the core's user-facing sentences in English and German (``messages.toml``, read once).

A sentence is written once per language as data, not as an ``if lang == "de"`` branch where it is used;
values people see (segment names, channels, countries) are labelled by ``insight.labels``.

>>> say("analysis_date", "de"), say("more_rows", "en", rows="3")
('Stichtag', '3 more rows')
>>> say("margin_assumed", "en", margin=0.35)[:44]
'Profit uses an assumed default margin of 35%'
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from insight.language import Language

_FILE = Path(__file__).with_name("messages.toml")


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    data = tomllib.loads(_FILE.read_text(encoding="utf-8"))
    for key, entry in data.items():
        if set(entry) != {"en", "de"}:
            raise ValueError(f"{_FILE.name}: message '{key}' needs exactly 'en' and 'de', not {sorted(entry)}")
    return data


def names() -> tuple[str, ...]:
    """The names of the catalogue's messages."""
    return tuple(_catalogue())


def say(key: str, lang: Language, **values: Any) -> str:
    """The message ``key`` in ``lang`` (German for 'de', else English), its ``{placeholders}`` filled."""
    entry = _catalogue()[key]
    text = entry["de"] if lang == "de" else entry["en"]
    return text.format(**values) if values else text
