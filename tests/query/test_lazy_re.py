"""insight.query.lazy_re (issue 16): the query engine's patterns compile at their first use, and behave as the
compiled patterns; every module-level one compiles (a broken pattern fails here, not in a user's question)."""

from __future__ import annotations

import importlib
import pkgutil
import re

import insight.query
from insight.query import lazy_re


def _lazy_in(value, seen: set[int]):
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, lazy_re._LazyPattern):
        yield value
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _lazy_in(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lazy_in(item, seen)


def test_every_module_level_pattern_compiles() -> None:
    found = []
    seen: set[int] = set()
    for info in pkgutil.iter_modules(insight.query.__path__):
        module = importlib.import_module(f"insight.query.{info.name}")
        for value in vars(module).values():
            found.extend(_lazy_in(value, seen))
    assert len(found) > 150
    for pattern in found:
        assert isinstance(pattern.compiled(), re.Pattern)


def test_a_lazy_pattern_behaves_as_the_compiled_one() -> None:
    text = "Umsatz 2010 und 2011, revenue BY month"
    for source, flags in ((r"(?P<y>\d{4})", 0), (r"by\s+(\w+)", re.IGNORECASE), (r"x^", 0)):
        lazy, real = lazy_re.compile(source, flags), re.compile(source, flags)
        assert lazy.pattern == source
        assert (lazy.search(text) or [None])[0] == (real.search(text) or [None])[0]
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.findall(text) == real.findall(text)
        assert lazy.sub("_", text) == real.sub("_", text)
        assert lazy.split(text) == real.split(text)
        assert (lazy.match(text) is None) == (real.match(text) is None)
        assert (lazy.fullmatch(text) is None) == (real.fullmatch(text) is None)
        assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (real.flags, real.groups, dict(real.groupindex))
        assert "search" in vars(lazy)  # compiled once; later calls go straight to the pattern's methods


def test_a_pattern_is_compiled_only_when_used() -> None:
    lazy = lazy_re.compile(r"(unclosed")
    assert lazy.pattern == "(unclosed"  # no error before its first use
    try:
        lazy.search("x")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("a broken pattern fails at its first use")
