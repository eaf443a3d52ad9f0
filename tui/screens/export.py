"""The export dialog: a file name whose suffix (.csv, .parquet, .xlsx) picks the format; Enter writes."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from tui.i18n import t

FORMATS = {"csv": "CSV", "parquet": "Parquet", "xlsx": "Excel"}


class ExportScreen(ModalScreen[Path | None]):
    """Dismisses with the chosen path (not yet written), or None."""

    BINDINGS = [Binding("escape", "dismiss_none", "Cancel", show=False)]

    def __init__(self, language: str, default_path: Path) -> None:
        super().__init__()
        self.language = language
        self.default_path = default_path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(f"[b]{t('export_title', self.language)}[/b]", classes="title")
            yield Input(str(self.default_path), id="export-path")
            with Horizontal(id="export-formats"):
                for suffix, label in FORMATS.items():
                    yield Button(label, id=f"format-{suffix}", compact=True)
                yield Button(t("cancel", self.language), id="export-cancel", compact=True, variant="error")

    @on(Button.Pressed, "#export-formats Button")
    def _format(self, event: Button.Pressed) -> None:
        if event.button.id == "export-cancel":
            self.dismiss(None)
            return
        suffix = (event.button.id or "format-csv").removeprefix("format-")
        field = self.query_one("#export-path", Input)
        self.dismiss(Path(field.value.strip() or str(self.default_path)).with_suffix(f".{suffix}"))

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        self.dismiss(Path(value) if value else None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
