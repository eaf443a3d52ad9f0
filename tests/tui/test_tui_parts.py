"""Unit tests of the TUI's own small parts: number formats, history, completion, export, key table."""

from __future__ import annotations

import polars as pl
import pytest

from insight.errors import UsageError
from tui.backend import export_table
from tui.components.suggester import CompletionSuggester
from tui.history import History
from tui.i18n import fmt_number, fmt_share
from tui.keys import KEYMAP, app_bindings


def test_numbers_in_both_languages():
    assert fmt_number(1234567.891, "en") == "1,234,567.89"
    assert fmt_number(1234567.891, "de") == "1.234.567,89"
    assert fmt_number(5878, "de") == "5.878"
    assert fmt_number(0.1234, "en") == "0.1234"
    assert fmt_share(0.4235, "de") == "42,4 %"
    assert fmt_number(None, "en") == ""


def test_history_walks_and_persists_per_workspace(tmp_path):
    first = History("workspace:/clients/a.db", tmp_path)
    for q in ("Umsatz nach Land", "revenue by country", "revenue by country"):
        first.add(q)
    assert first.entries == ["Umsatz nach Land", "revenue by country"]  # no repeated neighbours
    assert first.previous("draft") == "revenue by country"
    assert first.previous("") == "Umsatz nach Land"
    assert first.previous("") is None
    assert first.following() == "revenue by country"
    assert first.following() == "draft"  # back to what was being typed
    again = History("workspace:/clients/a.db", tmp_path)
    assert again.entries == ["Umsatz nach Land", "revenue by country"]
    other = History("workspace:/clients/b.db", tmp_path)
    assert other.entries == []


def test_completion_extends_the_last_words():
    s = CompletionSuggester(["Umsatz", "Land", "Kundenwert", "revenue share", "revenue", "country"])
    assert s.complete("Umsatz nach La") == "Umsatz nach Land"
    assert s.complete("umsatz nach la") == "umsatz nach land"
    assert s.complete("top 5 by revenue s") == "top 5 by revenue share"
    assert s.complete("rev") == "revenue"
    assert s.complete("Umsatz ") is None
    assert s.complete("x") is None


@pytest.mark.parametrize("suffix", ["csv", "parquet", "xlsx"])
def test_export_round_trip(tmp_path, suffix):
    frame = pl.DataFrame({"country": ["Germany", "France"], "revenue": [1234.5, 99.0], "orders": [3, 1]})
    path = export_table(frame, tmp_path / f"t.{suffix}")
    back = {"csv": pl.read_csv, "parquet": pl.read_parquet, "xlsx": pl.read_excel}[suffix](path)
    assert back.to_dicts() == frame.to_dicts()
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"t.{suffix}"]  # no temp file left


def test_export_refuses_unknown_format_without_writing(tmp_path):
    with pytest.raises(UsageError):
        export_table(pl.DataFrame({"a": [1]}), tmp_path / "t.json")
    assert list(tmp_path.iterdir()) == []


def test_keymap_is_the_single_source_of_app_bindings():
    bound = {b.key for b in app_bindings("de")}
    assert {"f1", "ctrl+s", "ctrl+l", "ctrl+t", "f3", "f4"} <= bound
    assert all(k.en and k.de for k in KEYMAP)
