"""The conversation transcript: answer cards, newest at the bottom and scrolled to its top as it arrives;
older cards fold to their question and answer text."""

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
        """A new card at the bottom; every older card folds to its question and answer text, so the newest
        answer (text, table, chart) gets the room and older ones stay one click away."""
        for welcome in self.query("#welcome"):
            welcome.remove()
        for older in self.cards:
            older.fold()
        card = AnswerCard(question, language)
        self.mount(card)
        self.reveal(card)
        return card

    def reveal(self, card: AnswerCard) -> None:
        """Scroll so that the top of ``card`` is the top of the view (after the next layout)."""
        def scroll() -> None:
            if card.is_attached:
                self.scroll_to(y=max(0, card.virtual_region.y - 1), animate=False, immediate=True)
        self.call_after_refresh(scroll)

    def on_answer_card_filled(self, message: AnswerCard.Filled) -> None:
        if message.card is self.newest:
            self.reveal(message.card)

    @property
    def newest(self) -> AnswerCard | None:
        cards = self.cards
        return cards[-1] if cards else None

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
