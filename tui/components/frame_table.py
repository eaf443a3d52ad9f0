"""A sortable DataTable over a polars frame: numbers right-aligned and localised, rows chosen with Enter.

Sorting happens on the frame (by value, not by the formatted text) and the table is refilled, so
"s" on the revenue column sorts 1.000 above 999. Choosing a row posts ``RowChosen`` with the row's
values; the app opens the customer card when the row has a ``customer_id``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import polars as pl
from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from insight import formatting

from tui.backend import column_label, unit_of
from tui.i18n import fmt_cell, fmt_share, t

MAX_ROWS = 1000  # a card is for reading, not scrolling a million lines; export gets the full frame


def is_identifier(name: str) -> bool:
    """Ids are labels, not amounts: no thousands separators, left-aligned."""
    return name == "customer_id" or name.endswith("_id")


def fmt_value(unit: str, value: Any, language: str) -> str:
    """A cell by the semantic model's unit: money with 2 decimals, fractions as %, counts whole."""
    if unit == "id":
        return "" if value is None else str(value)
    if isinstance(value, float):
        if unit == "fraction":
            return fmt_share(value, language)
        if unit == "currency":
            return formatting.number(value, language, 2)
    return fmt_cell(value, language)


class FrameTable(DataTable):
    """Shows ``frame``; ``s`` sorts by the cursor column (descending first for numbers), again reverses."""

    BINDINGS = [Binding("s", "sort_column", "Sort", show=True),
                Binding("enter", "select_cursor", "Open customer", show=True)]

    class RowChosen(Message):
        """A row was chosen (Enter or click on the cursor cell)."""

        def __init__(self, table: "FrameTable", row: dict[str, Any]) -> None:
            self.table = table
            self.row = row
            super().__init__()

        @property
        def control(self) -> "FrameTable":
            return self.table

    def __init__(self, frame: pl.DataFrame | None = None, language: str = "en",
                 hidden: tuple[str, ...] = (), labels: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(cursor_type="cell", zebra_stripes=True, **kwargs)
        self.frame = frame if frame is not None else pl.DataFrame()
        self.language = language
        self.hidden = set(hidden)  # kept in the row values (for choosing), not drawn
        self.labels = dict(labels or {})  # header overrides for columns the semantic model does not name
        self.sort_state: tuple[str, bool] | None = None  # (column, descending)
        self._view = self.frame

    def on_mount(self) -> None:
        self._fill()

    def _describe_keys(self) -> None:
        """The footer shows this table's keys (context-sensitive) in the table's language."""
        words = {"sort_column": t("sort", self.language),
                 "select_cursor": t("open_customer" if "customer_id" in self.frame.columns else "choose",
                                    self.language)}
        for key, bindings in self._bindings.key_to_bindings.items():
            self._bindings.key_to_bindings[key] = [
                dataclasses.replace(b, description=words.get(b.action, b.description)) for b in bindings]
        if self.is_mounted and self.app.focused is self:
            self.app.refresh_bindings()

    def show(self, frame: pl.DataFrame, language: str | None = None, hidden: tuple[str, ...] | None = None) -> None:
        """Replace the content with ``frame`` (sort state is reset)."""
        self.frame = frame
        self.language = language or self.language
        if hidden is not None:
            self.hidden = set(hidden)
        self.sort_state = None
        self._fill()

    @property
    def view(self) -> pl.DataFrame:
        """The frame as currently shown (sorted), all rows."""
        return self._view

    def _fill(self) -> None:
        self._describe_keys()
        frame = self.frame
        if self.sort_state is not None:
            column, descending = self.sort_state
            frame = frame.sort(column, descending=descending, nulls_last=True, maintain_order=True)
        self._view = frame
        self.clear(columns=True)
        numeric = {name for name, dtype in frame.schema.items() if dtype.is_numeric() and not is_identifier(name)}
        units = {name: "id" if is_identifier(name) else unit_of(name) for name in frame.columns}
        shown_columns = self.shown_columns
        shown = frame.head(MAX_ROWS).select(shown_columns)
        texts = [[fmt_value(units[name], value, self.language) for name, value in zip(shown_columns, row)]
                 for row in shown.iter_rows()]
        for position, name in enumerate(shown_columns):
            label = self.labels.get(name) or column_label(name, self.language)
            if self.sort_state and self.sort_state[0] == name:
                label = f"{label} {'▼' if self.sort_state[1] else '▲'}"
            # the width from the formatted cells, here: DataTable measures new rows lazily, and a table filled
            # while its panel was still being laid out kept header-wide columns ("11,872." for 11,872.74)
            width = max([cell_len(label)] + [cell_len(row[position]) for row in texts])
            self.add_column(Text(label, justify="right" if name in numeric else "left"), key=name, width=width)
        for index, row in enumerate(texts):
            cells = [Text(text, justify="right" if name in numeric else "left")
                     for name, text in zip(shown_columns, row)]
            self.add_row(*cells, key=str(index))

    def action_sort_column(self) -> None:
        if not self.frame.width:
            return
        column = self.shown_columns[self.cursor_coordinate.column]
        if self.sort_state and self.sort_state[0] == column:
            self.sort_state = (column, not self.sort_state[1])
        else:
            self.sort_state = (column, self.frame.schema[column].is_numeric())
        row = self.cursor_coordinate
        self._fill()
        self.move_cursor(row=0, column=row.column)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.move_cursor(column=event.column_index)
        self.action_sort_column()

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        row_index = event.coordinate.row
        if 0 <= row_index < self._view.height:
            self.post_message(self.RowChosen(self, self._view.row(row_index, named=True)))

    @property
    def shown_columns(self) -> list[str]:
        return [c for c in self.frame.columns if c not in self.hidden]

    def cursor_row_values(self) -> dict[str, Any] | None:
        index = self.cursor_coordinate.row
        return self._view.row(index, named=True) if 0 <= index < self._view.height else None
