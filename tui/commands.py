"""Command palette (Ctrl+P): metrics, segment views, example questions in both languages, and actions.

Entries are built from the semantic model at the time the palette opens, so the palette never holds
its own metric list; a core piece that is missing just contributes no entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui import backend
from tui.components.segment_view import METHOD_LABELS
from tui.i18n import t

if TYPE_CHECKING:
    from tui.app import InsightApp


@dataclass(frozen=True)
class Entry:
    text: str
    help: str
    run: Callable[[], object]
    discover: bool = False


def palette_entries(app: "InsightApp") -> list[Entry]:
    """Everything the palette offers, labelled in the app's language."""
    lang = app.language
    entries: list[Entry] = []
    actions = (
        ("export CSV", "Export the current table as CSV", partial(app.export_current, "csv")),
        ("export Parquet", "Export the current table as Parquet", partial(app.export_current, "parquet")),
        ("export Excel", "Export the current table as Excel (.xlsx)", partial(app.export_current, "xlsx")),
        (t("report_action", lang), t("report_help", lang), app.create_report),
        (t("language_set", "de" if lang == "en" else "en"), "Deutsch / English", app.action_toggle_language),
        ("Theme", "dark / light", app.action_toggle_theme),
        (t("help_title", lang), "F1", app.action_help),
    )
    for text, help_text, run in actions:
        entries.append(Entry(f"{t('action', lang)}: {text}", help_text, run, discover=True))
    for method, label in METHOD_LABELS.items():
        entries.append(Entry(f"{t('show_segments', lang)}: {label}", method, partial(app.show_segments, method),
                             discover=True))
    for language in (lang, "de" if lang == "en" else "en"):
        try:
            examples = backend.example_questions(language)
        except Exception:
            examples = []
        for question in examples:
            entries.append(Entry(f"{t('ask_example', lang)}: {question}", language,
                                 partial(app.submit_question, question), discover=language == lang))
    try:
        metrics = backend.metric_entries(lang)
    except Exception:
        metrics = []
    for metric in metrics:
        entries.append(Entry(f"{t('metric', lang)}: {metric.label}", metric.description or metric.name,
                             partial(app.submit_question, metric.label)))
    return entries


class InsightCommands(Provider):
    """Fuzzy search over ``palette_entries``; with an empty query, shows actions and examples."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for entry in palette_entries(self.app):  # type: ignore[arg-type]
            score = matcher.match(entry.text)
            if score > 0:
                yield Hit(score, matcher.highlight(entry.text), entry.run, text=entry.text, help=entry.help)

    async def discover(self) -> Hits:
        for entry in palette_entries(self.app):  # type: ignore[arg-type]
            if entry.discover:
                yield DiscoveryHit(entry.text, entry.run, help=entry.help)
