"""The conversation transcript: answer cards, newest at the bottom, scrolled into view as they arrive."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.components.answer_card import AnswerCard
from tui.i18n import t

WELCOME_EXAMPLES = 4


class Transcript(VerticalScroll):
    """Holds the AnswerCards; knows which card is 'current' for export and F3. Empty, it greets with
    a few of the semantic model's example questions."""

    def compose(self) -> ComposeResult:
        yield Static(id="welcome", classes="hint")

    def set_welcome(self, language: str, examples: list[str]) -> None:
        lines = [t("welcome", language), ""] + [f"  › {escape(q)}" for q in examples[:WELCOME_EXAMPLES]]
        for welcome in self.query("#welcome"):
            welcome.update("\n".join(lines))

    def add_card(self, question: str, language: str) -> AnswerCard:
        for welcome in self.query("#welcome"):
            welcome.remove()
        card = AnswerCard(question, language)
        self.mount(card)
        self.call_after_refresh(self.scroll_to_widget, card, top=True, animate=False)
        return card

    @property
    def cards(self) -> list[AnswerCard]:
        return list(self.query(AnswerCard))

    def current_card(self) -> AnswerCard | None:
        """The card holding focus, else the newest card with a table."""
        focused = self.app.focused
        node = focused
        while node is not None and node is not self:
            if isinstance(node, AnswerCard):
                return node
            node = node.parent
        for card in reversed(self.cards):
            if card.table is not None:
                return card
        return None
