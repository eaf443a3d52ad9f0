"""insight.query.regex_store (issue 16): a pattern built from the stored code of an earlier process is the pattern
``re.compile`` gives (CPython compares two patterns by their flags, text and matching code); the store is written
at exit, whole, and a damaged file, ``INSIGHT_CACHE=0`` or an unknown entry only mean ``re.compile``."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys

import pytest

import insight.query
from insight.query import lazy_re, regex_store


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

needs_cpython = pytest.mark.skipif(not regex_store._SUPPORTED, reason="the store is for CPython 3.11–3.13")


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """A store of its own folder, as a new process would find it."""
    monkeypatch.setenv("INSIGHT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("INSIGHT_CACHE", raising=False)
    monkeypatch.setattr(regex_store, "_known", None)
    monkeypatch.setattr(regex_store, "_used", set())
    monkeypatch.setattr(regex_store, "_added", True)  # saved by the test, not at the end of the test run
    return regex_store


def _module_patterns() -> list[tuple[str, int]]:
    found: list = []
    seen: set[int] = set()
    for info in pkgutil.iter_modules(insight.query.__path__):
        module = importlib.import_module(f"insight.query.{info.name}")
        for value in vars(module).values():
            found.extend(_lazy_in(value, seen))
    return [(p.pattern, p._flags) for p in found]


@needs_cpython
def test_stored_patterns_are_the_compiled_patterns(fresh_store, monkeypatch) -> None:
    sources = _module_patterns()
    assert len(sources) > 150
    for pattern, flags in sources:  # compiled here, kept for the file
        assert fresh_store.compiled(pattern, flags) == re.compile(pattern, flags), pattern
    fresh_store._save()
    path = fresh_store._path()
    assert path is not None and path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left
    monkeypatch.setattr(regex_store, "_known", None)  # the next process
    built = []
    real = regex_store._arguments
    monkeypatch.setattr(regex_store, "_arguments", lambda *a: built.append(a) or real(*a))
    for pattern, flags in sources:
        got = fresh_store.compiled(pattern, flags)
        assert got == re.compile(pattern, flags), pattern  # same flags, text and matching code
        assert (got.groups, dict(got.groupindex)) == (re.compile(pattern, flags).groups,
                                                      dict(re.compile(pattern, flags).groupindex))
    assert built == []  # every one from the file
    text = "Umsatz nach Land im Dezember 2010, mehr als 3 Bestellungen, revenue by month since 2011"
    for pattern, flags in sources:
        got, real_pattern = fresh_store.compiled(pattern, flags), re.compile(pattern, flags)
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in real_pattern.finditer(text)]


@needs_cpython
def test_a_damaged_file_or_entry_means_re_compile(fresh_store, monkeypatch) -> None:
    path = fresh_store._path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not marshal at all")
    assert fresh_store.compiled(r"(?P<y>\d{4})", 0) == re.compile(r"(?P<y>\d{4})")
    monkeypatch.setattr(regex_store, "_known", {(r"a(b)c", 0): ((32, (1, 2, 3), 1, {}, (None, None)), 1)})
    assert fresh_store.compiled(r"a(b)c", 0) == re.compile(r"a(b)c")  # invalid code: compiled and replaced
    with pytest.raises(re.error):
        fresh_store.compiled(r"(unclosed", 0)


def test_switched_off_writes_nothing(fresh_store, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("INSIGHT_CACHE", "0")
    assert fresh_store.compiled(r"by\s+(\w+)", re.IGNORECASE) == re.compile(r"by\s+(\w+)", re.IGNORECASE)
    fresh_store._save()
    assert not (tmp_path / "cache").exists()


@needs_cpython
def test_a_process_writes_the_store_at_exit_and_the_next_reads_it(tmp_path) -> None:
    env = {**os.environ, "INSIGHT_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("INSIGHT_CACHE", None)
    script = ("import sys; from insight.query import regex_store as r, parse; parse('Umsatz nach Land 2011'); "
              "print(len(r._known or {}), sum(1 for v in (r._known or {}).values() if v[1] == 0))")
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    known, new = map(int, first.stdout.split())
    assert known == new > 50  # every pattern compiled here
    files = list((tmp_path / "cache" / "regex").iterdir())
    assert len(files) == 1 and not files[0].name.startswith(".")
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert second.stdout.split() == [str(known), "0"]  # all from the file, nothing new compiled


def test_lazy_patterns_go_through_the_store(fresh_store) -> None:
    lazy = lazy_re.compile(r"(?P<y>\d{4})")
    assert lazy.search("im Jahr 2010")["y"] == "2010"
    if regex_store._SUPPORTED:
        assert (r"(?P<y>\d{4})", 0) in fresh_store._known
