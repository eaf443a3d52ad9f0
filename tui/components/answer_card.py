"""One question and its answer in the transcript: text, sortable table, chart, choices, plan on demand.

A card is mounted the moment Enter is pressed (showing the question and a busy line) and filled when
the worker's answer arrives, so the conversation never waits for the core. Errors stay inside the card.
"""

from __future__ import annotations

import json
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Collapsible, LoadingIndicator, Static

from tui.components.chart import AnswerChart, chart_fits
from tui.components.clarify import ClarifyOptions
from tui.components.frame_table import FrameTable
from tui.i18n import fmt_number, t


class AnswerCard(Vertical):
    """A card for ``question``; call ``show_answer`` or ``show_error`` once the core has replied."""

    def __init__(self, question: str, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.question = question
        self.language = language
        self.answer: Any = None
        self.seconds: float | None = None
        self.add_class("-pending")

    def compose(self) -> ComposeResult:
        yield Static(f"› {escape(self.question)}", classes="question", markup=True)
        yield LoadingIndicator(classes="busy")

    @property
    def table(self) -> FrameTable | None:
        found = self.query(FrameTable)
        return found.first() if found else None

    @property
    def pending(self) -> bool:
        return self.has_class("-pending")

    def _settle(self, state: str) -> None:
        self.remove_class("-pending")
        self.add_class(state)
        for busy in self.query(LoadingIndicator):
            busy.remove()

    def show_answer(self, answer: Any, seconds: float | None = None) -> None:
        """Fill the card from an ``insight.answer.Answer`` (``seconds``: how long the core took)."""
        self.answer = answer
        self.seconds = seconds
        lang = answer.language or self.language
        self._settle(f"-{answer.status}")
        first: list[Any] = [Static(escape(answer.text or ""), classes="text")]
        if getattr(answer, "understood", ""):  # what was computed, so a wrong reading shows at once
            label = "Verstanden" if lang == "de" else "Understood"
            first.append(Static(f"{label}: {escape(answer.understood)}", classes="understood"))
        for note in getattr(answer, "notes", None) or []:
            first.append(Static(f"{'Hinweis' if lang == 'de' else 'Note'}: {escape(note)}", classes="note"))
        if answer.status == "clarify" and answer.options:
            first.append(Static(t("pick_option", lang), classes="hint"))
            first.append(ClarifyOptions(answer.options, classes="options"))
        self.mount_all(first)
        # the words first, the table and chart one frame later: the answer is readable at once
        self.call_after_refresh(self._mount_details, answer, lang, seconds)

    def _mount_details(self, answer: Any, lang: str, seconds: float | None) -> None:
        parts: list[Any] = []
        frame = answer.display_table  # built-in values labelled in the answer's language
        if frame is not None and frame.width and frame.height:
            parts.append(FrameTable(frame, language=lang, classes="answer-table"))
            if chart_fits(frame, answer.chart):
                parts.append(AnswerChart(frame, answer.chart, language=lang, classes="chart"))
            rows = fmt_number(frame.height, lang)
            took = f" · {fmt_number(seconds, lang, decimals=2)} s" if seconds is not None else ""
            noun = t("row" if frame.height == 1 else "rows", lang)
            parts.append(Static(f"{rows} {noun}{took} · {t('table_hint', lang)}", classes="meta"))
        details = self._details(answer, lang)
        if details:
            parts.append(Collapsible(Static(details, classes="plan"), title=t("plan_definitions", lang),
                                     collapsed=True, classes="details"))
        if parts:
            self.mount_all(parts)

    def show_error(self, message: str) -> None:
        """An error that the core raised while answering, shown where the answer would be."""
        self._settle("-error")
        self.mount(Static(f"{t('error', self.language)}: {escape(message)}", classes="text error"))

    @staticmethod
    def _details(answer: Any, lang: str) -> str:
        lines: list[str] = []
        if answer.plan:
            lines.append(f"[b]{t('plan', lang)}[/b]")
            lines.append(escape(json.dumps(answer.plan, ensure_ascii=False, indent=1, default=str)))
        if answer.definitions:
            lines.append(f"[b]{t('definitions', lang)}[/b]")
            lines.extend(f"• [b]{escape(k)}[/b]: {escape(v)}" for k, v in answer.definitions.items())
        if answer.as_of:
            lines.append(f"{t('as_of', lang)}: {answer.as_of.isoformat()}")
        return "\n".join(lines)
