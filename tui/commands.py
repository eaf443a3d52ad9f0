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
        (t("export_csv", lang), t("export_help", lang, fmt="CSV"), partial(app.export_current, "csv")),
        (t("export_parquet", lang), t("export_help", lang, fmt="Parquet"), partial(app.export_current, "parquet")),
        (t("export_excel", lang), t("export_help", lang, fmt="Excel (.xlsx)"), partial(app.export_current, "xlsx")),
        (t("report_action", lang), t("report_help", lang), app.create_report),
        (t("report_pdf_action", lang), t("report_pdf_help", lang), partial(app.create_report, "pdf")),
        (t("report_pptx_action", lang), t("report_pptx_help", lang), partial(app.create_report, "pptx")),
        (t("show_kpis", lang), "F6", app.action_focus_kpis),
        (t("language_set", "de" if lang == "en" else "en"), t("language_help", lang), app.action_toggle_language),
        (t("theme", lang), t("theme_help", lang), app.action_toggle_theme),
        (t("screenshot", lang), t("screenshot_help", lang), app.action_screenshot),
        (t("help_title", lang), "F1", app.action_help),
    )
    for text, help_text, run in actions:
        entries.append(Entry(f"{t('action', lang)}: {text}", help_text, run, discover=True))
    for method, label in METHOD_LABELS.items():
        entries.append(Entry(f"{t('show_segments', lang)}: {label}", method, partial(app.show_segments, method),
                             discover=True))
    for language in (lang, "de" if lang == "en" else "en"):
        try:
            examples = backend.example_questions(language, app.dataset)
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
