"""One question and its answer in the transcript: text, sortable table, chart, choices, plan on demand.

A card is mounted the moment Enter is pressed (showing the question and a busy line) and filled when
the worker's answer arrives, so the conversation never waits for the core. Errors stay inside the card.
"""

from __future__ import annotations

import json
from typing import Any

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import Click
from textual.message import Message
from textual.widgets import Collapsible, LoadingIndicator, Static

from tui import backend
from tui.components.chart import AnswerChart, chart_fits
from tui.components.clarify import ClarifyOptions
from tui.components.frame_table import FrameTable
from tui.i18n import fmt_number, t


SIDE_BY_SIDE_COLUMNS = 3  # a table of up to this many columns stands beside its chart ...
SIDE_BY_SIDE_WIDTH = 64   # ... when the card is at least this wide


class AnswerCard(Vertical):
    """A card for ``question``; call ``show_answer`` or ``show_error`` once the core has replied."""

    def __init__(self, question: str, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.question = question
        self.language = language
        self.answer: Any = None
        self.seconds: float | None = None
        self.options: list[str] = []  # the choices of a question back, as shown (numbered from 1)
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

    def show_answer(self, answer: Any, seconds: float | None = None, options: list[str] | None = None) -> None:
        """Fill the card from an ``insight.answer.Answer`` (``seconds``: how long the core took; ``options``:
        the answer's choices as the face offers them, e.g. fitted to the data's years)."""
        self.answer = answer
        self.options = list(options if options is not None else answer.options or [])
        self.seconds = seconds
        lang = answer.language or self.language
        self._settle(f"-{answer.status}")
        first: list[Any] = [Static(escape(answer.text or ""), classes="text")]
        if getattr(answer, "understood", ""):  # what was computed, so a wrong reading shows at once
            first.append(Static(f"{t('understood', lang)}: {escape(answer.understood)}", classes="understood"))
        for note in self.notes(answer, lang):
            first.append(Static(f"{t('note', lang)}: {escape(note)}", classes="note"))
        if answer.status == "clarify" and self.options:
            first.append(Static(t("pick_option", lang), classes="hint"))
            first.append(ClarifyOptions(self.options, classes="options"))
        self.mount_all(first)
        # the words first, the table and chart one frame later: the answer is readable at once
        self.call_after_refresh(self._mount_details, answer, lang, seconds)

    @property
    def partial(self) -> backend.PartialPeriod | None:
        """The trend's last period when the data do not cover it whole (drawn dim, with a note)."""
        answer = self.answer
        if answer is None or answer.chart is None or answer.chart.kind != "line":
            return None
        return backend.partial_last_period(answer.table, answer.chart.x, answer.as_of)

    def notes(self, answer: Any, lang: str) -> list[str]:
        """The core's notes, plus one for a trend whose last period is incomplete (unless the core said so)."""
        notes = list(getattr(answer, "notes", None) or [])
        partial = self.partial
        if partial is not None and not any(partial.label in note for note in notes):
            notes.append(t("partial_period", lang, period=partial.label, last=partial.last_day.isoformat()))
        return notes

    def _mount_details(self, answer: Any, lang: str, seconds: float | None) -> None:
        parts: list[Any] = []
        frame = backend.display_frame(answer)  # values labelled in the answer's language
        if frame is not None and frame.width and frame.height:
            table = FrameTable(frame, language=lang, classes="answer-table")
            if chart_fits(frame, answer.chart):
                chart = AnswerChart(frame, answer.chart, language=lang, partial=self.partial, classes="chart")
                if frame.width <= SIDE_BY_SIDE_COLUMNS and self.size.width >= SIDE_BY_SIDE_WIDTH:
                    # a narrow table beside its chart: both in view at once, even at 80×24
                    parts.append(Horizontal(table, chart, classes="figure"))
                else:
                    parts.extend((table, chart))
            else:
                parts.append(table)
            rows = fmt_number(frame.height, lang)
            took = f" · {fmt_number(seconds, lang, decimals=2)} s" if seconds is not None else ""
            noun = t("row" if frame.height == 1 else "rows", lang)
            parts.append(Static(f"{rows} {noun}{took} · {t('table_hint', lang)}", classes="meta"))
        definitions = self._definitions(answer, lang)
        if definitions:
            parts.append(Static(definitions, classes="definitions"))
        if answer.plan:
            plan = escape(json.dumps(answer.plan, ensure_ascii=False, indent=1, default=str))
            parts.append(Collapsible(Static(plan, classes="plan"), title=t("raw_plan", lang),
                                     collapsed=True, classes="details"))
        if parts:
            self.mount_all(parts)
        self.post_message(self.Filled(self))

    class Filled(Message):
        """The card's table and chart are mounted: its final height is known (the transcript scrolls)."""

        def __init__(self, card: "AnswerCard") -> None:
            self.card = card
            super().__init__()

    # -- folding: older cards show only question and answer text ---------------------------------------
    @property
    def folded(self) -> bool:
        return self.has_class("-folded")

    def fold(self, folded: bool = True) -> None:
        self.set_class(folded, "-folded")

    def on_click(self, event: Click) -> None:
        if self.folded:  # a click on an older card opens it again
            event.stop()
            self.fold(False)
            self.scroll_visible(top=True, animate=False)

    def show_error(self, message: str) -> None:
        """An error that the core raised while answering, shown where the answer would be."""
        self._settle("-error")
        self.mount(Static(f"{t('error', self.language)}: {escape(message)}", classes="text error"))

    @staticmethod
    def _definitions(answer: Any, lang: str) -> str:
        """The metric definitions and the analysis date, readable on the card (labels, not field names)."""
        def label(name: str) -> str:
            text = backend.column_label(name, lang)
            return text[:1].upper() + text[1:]

        lines = [f"[b]{escape(label(name))}[/b]: {escape(text)}" for name, text in (answer.definitions or {}).items()]
        if answer.as_of:
            lines.append(f"[b]{t('as_of', lang)}[/b]: {answer.as_of.isoformat()}")
        return "\n".join(lines)
