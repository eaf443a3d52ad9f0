"""SegmentExplorer: pick a segmentation (RFM, ABC, clusters, portfolio), see its segments as chart and
table, pick a segment and get its customers as a polars DataFrame.

Segments come from ``insight.segments`` (``segment_summary`` / ``segment_table``; methods from
``insight.segments.METHODS``); the widget only filters the core's customer table by the chosen segment.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import polars as pl
import traitlets

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, bar_chart
from widgets.tables import frame_html, label_of

Lang = Literal["en", "de"]


class SegmentExplorer(Panel):
    """``method`` and ``segment`` are traits you can set from code; ``summary`` is one row per segment,
    ``customers`` the selected segment's customers (all customers when no segment is selected)."""

    static_traits = ("method", "segment", "measure")

    method = traitlets.Unicode("rfm")
    segment = traitlets.Unicode(None, allow_none=True)
    measure = traitlets.Unicode("customers")
    summary = Frame()
    customers = Frame()

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *, method: str = "rfm",
                 as_of: dt.date | str | None = None, language: Lang = "en", max_rows: int = 15,
                 **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        from insight.api import SEGMENT_METHODS as METHODS

        self.language = language
        self.max_rows = max_rows
        self._tables: dict[str, pl.DataFrame] = {}
        self.method_buttons = widgets.ToggleButtons(options=[(m.upper() if len(m) == 3 else m, m) for m in METHODS],
                                                    value=None, style={"button_width": "auto"})
        self.measure_picker = widgets.Dropdown(description="", layout=widgets.Layout(width="auto"))
        self.segment_picker = widgets.Dropdown(description="segment", options=[("—", None)], value=None)
        self.chart = ChartView(language=language, field="segment")  # a click on a bar picks that segment
        self.summary_html = widgets.HTML()
        self.customers_html = widgets.HTML()
        self.method_buttons.observe(lambda c: setattr(self, "method", c["new"]), names="value")
        self.measure_picker.observe(lambda c: c["new"] and setattr(self, "measure", c["new"]), names="value")
        self.segment_picker.observe(lambda c: setattr(self, "segment", c["new"]), names="value")
        self.chart.observe(lambda c: setattr(self, "segment", c["new"]), names="selection")
        self.children = [self.method_buttons, self.error,
                         widgets.HBox([self.chart, self.summary_html], layout=widgets.Layout(flex_flow="row wrap")),
                         widgets.HBox([self.segment_picker, self.measure_picker]), self.customers_html]
        self.method = method
        self._load_method(self.method)  # the trait default equals the usual method, so load explicitly once

    # -- reactions -----------------------------------------------------------------------------------
    @traitlets.observe("method")
    def _on_method(self, change: dict[str, Any]) -> None:
        self._load_method(change["new"])

    @traitlets.observe("segment")
    def _on_segment(self, change: dict[str, Any]) -> None:
        self._show_customers()

    @traitlets.observe("measure")
    def _on_measure(self, change: dict[str, Any]) -> None:
        self._draw_chart()

    def _load_method(self, method: str) -> None:
        if self.dataset is None or getattr(self, "method_buttons", None) is None:
            return
        self.method_buttons.value = method
        from insight import api

        table = self._tables.get(method)
        if table is None:
            table = self.guard(lambda: api.segments(method, self.dataset))
        summary = self.guard(lambda: api.segment_summary(method, self.dataset)) if table is not None else None
        if table is None or summary is None:
            self.summary = self.customers = pl.DataFrame()
            self.chart.show(None)
            self.summary_html.value = self.customers_html.value = ""
            return
        self._tables[method] = table
        self.summary = summary
        numeric = [c for c, t in summary.schema.items() if t.is_numeric()]
        self.measure_picker.options = [(label_of(c, self.language), c) for c in numeric]
        if self.measure not in numeric:
            self.measure = numeric[0]
        self.measure_picker.value = self.measure
        self.segment_picker.options = [("—", None)] + [(self._label(row), row["segment"])
                                                        for row in summary.iter_rows(named=True)]
        self.summary_html.value = frame_html(lang=self.language, frame=summary.drop("segment_de" if self.language == "en" else "segment"),
                                             max_rows=50, caption=f"{method} segments")
        self.segment = None
        self._draw_chart()
        self._show_customers()

    def _label(self, row: dict[str, Any]) -> str:
        return str(row["segment_de"] if self.language == "de" and row.get("segment_de") else row["segment"])

    def _draw_chart(self) -> None:
        if self.measure not in self.summary.columns:
            return
        x = "segment_de" if self.language == "de" else "segment"
        self.chart.show(bar_chart(self.summary, x, self.measure, horizontal=True, lang=self.language, pick="segment",
                                  title=f"{label_of(self.measure, self.language)} per {self.method} segment"))

    def _show_customers(self) -> None:
        table = self._tables.get(self.method)
        if table is None:
            return
        chosen = table if self.segment is None else table.filter(pl.col("segment") == self.segment)
        self.customers = chosen
        if self.segment_picker.value != self.segment:
            self.segment_picker.value = self.segment
        if self.chart.selection != self.segment:  # picked in the dropdown or from code: highlight its bar
            self.chart.selection = self.segment
        caption = f"{self.segment}: {chosen.height:,} customers" if self.segment else f"all {chosen.height:,} customers"
        other_label = "segment" if self.language == "de" else "segment_de"
        shown = chosen.drop(other_label, strict=False)
        if "revenue" in shown.columns:
            shown = shown.sort("revenue", descending=True, nulls_last=True)
        self.customers_html.value = frame_html(lang=self.language, frame=shown, max_rows=self.max_rows, caption=caption + (
            ", by revenue" if self.language == "en" else ", nach Umsatz"))
