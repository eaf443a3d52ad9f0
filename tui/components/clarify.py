"""Clarifying choices: when the core answers with status 'clarify', its options are picked with ↑/↓ + Enter."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import OptionList


class ClarifyOptions(OptionList):
    """The options of a clarifying answer; choosing one posts ``Picked`` with the option's text."""

    class Picked(Message):
        def __init__(self, option: str) -> None:
            self.option = option
            super().__init__()

    def __init__(self, options: list[str], **kwargs) -> None:
        super().__init__(*[f"{i}. {text}" for i, text in enumerate(options, 1)], **kwargs)
        self.choices = list(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self.choices[event.option_index]))
