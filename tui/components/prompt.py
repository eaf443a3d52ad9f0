"""The query prompt: an Input with per-workspace history on ↑/↓ and Tab/→ accepting the completion."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from tui.components.suggester import CompletionSuggester
from tui.history import History


class QueryPrompt(Input):
    """Single-line question input; submitting is handled by the app (``Input.Submitted``)."""

    BINDINGS = [
        Binding("up", "history_previous", "Previous question", show=False),
        Binding("down", "history_next", "Next question", show=False),
        Binding("tab", "accept_or_next", "Accept completion", show=False),
        Binding("pageup", "scroll_results(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_results(1)", "Scroll down", show=False),
    ]

    def __init__(self, history: History, placeholder: str = "", **kwargs) -> None:
        self.completer = CompletionSuggester()
        super().__init__(placeholder=placeholder, suggester=self.completer, **kwargs)
        self.history = history

    def set_vocabulary(self, vocabulary: list[str]) -> None:
        self.completer.set_vocabulary(vocabulary)

    def remember(self, question: str) -> None:
        self.history.add(question)

    def action_history_previous(self) -> None:
        text = self.history.previous(self.value)
        if text is not None:
            self.value = text
            self.cursor_position = len(text)

    def action_history_next(self) -> None:
        text = self.history.following()
        if text is not None:
            self.value = text
            self.cursor_position = len(text)

    def action_scroll_results(self, direction: int) -> None:
        """PageUp / PageDown in the prompt scroll the answers, so the hands stay on the prompt."""
        transcript = self.app.query_one("#transcript")
        if direction < 0:
            transcript.scroll_page_up(animate=False)
        else:
            transcript.scroll_page_down(animate=False)

    def action_accept_or_next(self) -> None:
        if self._suggestion and self._suggestion != self.value:
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
