"""The customer card: value, CLV and P(alive), segments, attributes and order history of one customer.

Opened from any table row that carries a ``customer_id``. The profile is gathered in a worker from the
core's per-customer tables (``tui.backend.customer_profile``); a part the core cannot provide is
named on the card instead of hiding the rest.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl
from rich.console import Group
from rich.markup import escape
from rich.table import Table
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from insight import formatting

from tui import backend
from tui.components.frame_table import FrameTable, fmt_value
from tui.i18n import fmt_number, t

def _fmt(name: str, value: Any, language: str) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return formatting.date(value, language)[:10]
    if isinstance(value, str):
        return backend.value_label(name, value, language)
    return fmt_value(backend.unit_of(name), value, language)


def key_values(values: dict[str, Any], language: str, numeric: bool = True) -> Table:
    """Label / value rows; labels from the semantic model where it knows the column."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", min_width=18)
    grid.add_column(justify="right" if numeric else "left")
    for name, value in values.items():
        if value is not None:
            grid.add_row(backend.column_label(name, language), _fmt(name, value, language))
    return grid


class CustomerCard(VerticalScroll):
    """Shows one customer's profile; ``show_customer(id)`` loads it in a worker."""

    def __init__(self, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language
        self.dataset = None
        self.customer_id: Any = None
        self.profile: backend.CustomerProfile | None = None

    def compose(self) -> ComposeResult:
        yield Static(t("no_customer", self.language), id="customer-title", classes="hint")
        yield Static(id="customer-body")
        yield Static("", id="history-title", classes="subtitle")
        yield FrameTable(id="customer-history", language=self.language, hidden=("is_order",))
        yield Static(id="customer-attributes")

    def set_dataset(self, dataset: Any) -> None:
        self.dataset = dataset

    def set_language(self, language: str) -> None:
        self.language = language
        if self.profile is not None:
            self._show_profile(self.profile)
        elif self.customer_id is None:
            self.query_one("#customer-title", Static).update(t("no_customer", language))

    def show_customer(self, customer_id: Any) -> None:
        self.customer_id = customer_id
        self.profile = None
        if self.dataset is None:
            return
        self.loading = True
        self._profile_worker(self.dataset, customer_id)

    @work(thread=True, exclusive=True, group="customer")
    def _profile_worker(self, dataset: Any, customer_id: Any) -> None:
        try:
            profile = backend.customer_profile(dataset, customer_id)
        except Exception as exc:  # the card must show something, never crash the app
            profile = backend.CustomerProfile(customer_id, problems=[backend.describe_error(exc)])
        self.app.call_from_thread(self._show_profile, profile)

    def _show_profile(self, profile: backend.CustomerProfile) -> None:
        if str(profile.customer_id) != str(self.customer_id):
            return
        self.loading = False
        self.profile = profile
        lang = self.language
        name = profile.attributes.get("name")
        title = f"[b]{t('customer', lang)} {escape(str(profile.customer_id))}[/b]"
        if name:
            title += f"  {escape(str(name))}"
        if profile.segments:
            title += "\n" + " · ".join(f"{k.upper()} [b]{escape(backend.value_label(k, v, lang))}[/b]"
                                       for k, v in profile.segments.items())
        heading = self.query_one("#customer-title", Static)
        heading.update(title)
        heading.remove_class("hint")
        body = Table.grid(padding=(0, 0))
        body.add_column()
        if not profile.value and profile.history.height == 0:
            body.add_row(t("not_found", lang, cid=profile.customer_id))
        for key, values in (("value", profile.value), ("clv", profile.clv)):
            values = {k: v for k, v in values.items() if k != "customer_id"}
            if values:
                body.add_row(f"[b]{t(key, lang)}[/b]")
                body.add_row(key_values(values, lang))
        for problem in profile.problems:
            body.add_row(f"[red]{escape(t('unavailable', lang, why=problem))}[/red]")
        self.query_one("#customer-body", Static).update(body)
        attributes = {k: v for k, v in profile.attributes.items() if k != "name"}
        self.query_one("#customer-attributes", Static).update(
            Group(f"[b]{t('attributes', lang)}[/b]", key_values(attributes, lang, numeric=False))
            if attributes else "")
        history = profile.history if profile.history is not None else pl.DataFrame()
        self.query_one("#history-title", Static).update(
            f"[b]{t('history', lang)}[/b] ({fmt_number(history.height, lang)})" if history.width else "")
        self.query_one("#customer-history", FrameTable).show(history, lang)
