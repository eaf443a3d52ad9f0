"""F1 help: how to ask, example questions from the semantic model (Enter asks one), and the key table."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from tui.i18n import t
from tui.keys import help_rows


class HelpScreen(ModalScreen[str | None]):
    """Dismisses with the chosen example question, or None on Escape."""

    BINDINGS = [Binding("escape,f1", "dismiss_none", "Close", show=False)]

    def __init__(self, language: str, examples: list[str], problem: str = "") -> None:
        super().__init__()
        self.language = language
        self.examples = examples
        self.problem = problem

    def compose(self) -> ComposeResult:
        lang = self.language
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold")
        keys.add_column(style="dim")
        keys.add_column()
        for key, scope, what in help_rows(lang):
            keys.add_row(key, t(f"scope_{scope}", lang), what)
        with VerticalScroll(id="help-box"):
            yield Static(f"[b]{t('help_title', lang)}[/b]", classes="title")
            yield Static(t("help_intro", lang), classes="intro")
            yield Static(f"[b]{t('help_examples', lang)}[/b]", classes="subtitle")
            if self.examples:
                yield OptionList(*self.examples, id="help-examples")
            else:
                yield Static(t("unavailable", lang, why=self.problem or "–"), classes="error")
            yield Static(f"[b]{t('help_keys', lang)}[/b]", classes="subtitle")
            yield Static(keys, id="help-keys")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.examples[event.option_index])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
