"""Regular expressions compiled on first use (issue 16: a cold ``insight ask`` compiled all ~200 of the query
engine's patterns at import, about 0.1 CPU s, though one question uses a fraction of them).

``compile(pattern, flags)`` returns an object that behaves as the compiled ``re.Pattern`` for everything the
engine does with one (``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``, ``sub``, ``subn``,
``split``, ``groupindex``, ``groups``, ``flags``; ``pattern`` without compiling). At its first use it compiles
once (through ``re``'s compiler, or from the code it gave on an earlier run: ``regex_store``, so the same
pattern and flags give the same matcher) and keeps the compiled
pattern's methods as its own attributes, so later calls cost what they cost on the pattern itself. A pattern
that does not compile fails at its first use instead of at import (tests/query/test_lazy_re.py compiles every
module-level one).
"""

from __future__ import annotations

import re
from typing import cast

from insight.query import regex_store

_KEPT = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):  # only for an attribute not yet set: the first use
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = regex_store.compiled(self.pattern, self._flags)
        for attr in _KEPT:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern[str]:
        return regex_store.compiled(self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy {self.compiled()!r}"


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name
    """``re.compile(pattern, flags)``, compiled at its first use."""
    return cast(re.Pattern[str], _LazyPattern(pattern, int(flags)))
