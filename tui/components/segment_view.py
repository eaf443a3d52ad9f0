"""The segment view: choose RFM / ABC / cluster, see counts and revenue share, list a segment's customers.

Counts and shares come from ``insight.segments.segment_summary``; the member list is the core's
segment table filtered to the chosen segment. Choosing a member row bubbles up as ``RowChosen`` with a
``customer_id`` and the app opens the customer card.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, Tab, Tabs

from tui import backend
from tui.components.frame_table import FrameTable
from tui.i18n import t

METHOD_LABELS = {"rfm": "RFM", "abc": "ABC", "cluster": "Cluster"}
SUMMARY_HIDDEN = ("customer_share", "revenue", "mean_revenue", "mean_orders", "mean_recency_days")
MEMBER_HIDDEN = ("segment", "segment_de", "r_score", "f_score", "m_score", "cum_share", "revenue_share")


def summary_hidden(language: str) -> tuple[str, ...]:
    """Hide the segment name column of the other language and the means (the panel is narrow)."""
    return SUMMARY_HIDDEN + (("segment",) if language == "de" else ("segment_de",))


class SegmentView(Vertical):
    """Method tabs (keys r, a, c), the segment summary and the chosen segment's customers."""

    BINDINGS = [
        Binding("r", "method('rfm')", "RFM"),
        Binding("a", "method('abc')", "ABC"),
        Binding("c", "method('cluster')", "Cluster"),
    ]

    def __init__(self, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.language = language
        self.dataset = None
        self.method = "rfm"
        self.segment: Any = None
        self.segment_label: Any = None

    def compose(self) -> ComposeResult:
        yield Tabs(*[Tab(label, id=f"method-{key}") for key, label in METHOD_LABELS.items()], id="methods")
        yield Static(t("segment_hint", self.language), id="segment-hint", classes="hint")
        yield FrameTable(id="segment-summary", language=self.language,
                         labels={"segment": "Segment", "segment_de": "Segment"})
        yield Static("", id="members-title", classes="subtitle")
        yield FrameTable(id="segment-members", language=self.language)

    def set_dataset(self, dataset: Any) -> None:
        self.dataset = dataset
        self.load(self.method)

    def set_language(self, language: str) -> None:
        self.language = language
        self.query_one("#segment-hint", Static).update(t("segment_hint", language))
        summary = self.query_one("#segment-summary", FrameTable)
        if summary.frame.width:
            summary.show(summary.frame, language, hidden=summary_hidden(language))
        self._title_members()

    def action_method(self, method: str) -> None:
        self.query_one(Tabs).active = f"method-{method}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        event.stop()
        method = (event.tab.id or "method-rfm").removeprefix("method-")
        self.load(method)

    def load(self, method: str) -> None:
        if method != self.method:
            self.segment = None
            self.query_one("#segment-members", FrameTable).show(pl.DataFrame())
        self.method = method
        self._title_members()
        if self.dataset is None:
            return
        summary = self.query_one("#segment-summary", FrameTable)
        summary.loading = True
        self._summary_worker(self.dataset, method)

    @work(thread=True, exclusive=True, group="segments")
    def _summary_worker(self, dataset: Any, method: str) -> None:
        try:
            frame, problem = backend.segment_summary(dataset, method), ""
        except Exception as exc:
            frame, problem = pl.DataFrame(), backend.describe_error(exc)
        self.app.call_from_thread(self._show_summary, method, frame, problem)

    def _show_summary(self, method: str, frame: pl.DataFrame, problem: str) -> None:
        if method != self.method:
            return
        summary = self.query_one("#segment-summary", FrameTable)
        summary.loading = False
        summary.show(frame, self.language, hidden=summary_hidden(self.language) if frame.width > 2 else ())
        hint = self.query_one("#segment-hint", Static)
        hint.update(escape(t("unavailable", self.language, why=problem)) if problem
                    else t("segment_hint", self.language))
        hint.set_class(bool(problem), "error")

    def on_frame_table_row_chosen(self, event: FrameTable.RowChosen) -> None:
        if event.table.id != "segment-summary":
            return  # member rows bubble on to the app, which opens the customer card
        event.stop()
        column = backend.summary_segment_column(event.table.frame, self.method)
        self.segment = event.row.get(column)
        self.segment_label = event.row.get("segment_de" if self.language == "de" else column, self.segment)
        self._title_members()
        members = self.query_one("#segment-members", FrameTable)
        members.loading = True
        self._members_worker(self.dataset, self.method, self.segment)

    @work(thread=True, exclusive=True, group="segment-members")
    def _members_worker(self, dataset: Any, method: str, segment: Any) -> None:
        try:
            frame, problem = backend.segment_members(dataset, method, segment), ""
        except Exception as exc:
            frame, problem = pl.DataFrame(), backend.describe_error(exc)
        self.app.call_from_thread(self._show_members, method, segment, frame, problem)

    def _show_members(self, method: str, segment: Any, frame: pl.DataFrame, problem: str) -> None:
        if (method, segment) != (self.method, self.segment):
            return
        members = self.query_one("#segment-members", FrameTable)
        members.loading = False
        members.show(frame, self.language, hidden=MEMBER_HIDDEN)
        if problem:
            self.query_one("#members-title", Static).update(escape(problem))
        else:
            self._title_members(frame.height)

    def _title_members(self, count: int | None = None) -> None:
        title = self.query_one("#members-title", Static)
        if self.segment is None:
            title.update("")
            return
        suffix = f" ({count})" if count is not None else ""
        title.update(f"{t('segment_members', self.language)} {escape(str(self.segment_label))}{suffix}")
