"""CohortHeatmap: share of each first-order cohort still ordering 0, 1, 2, … periods later.

The long table (cohort, period, customers, active, share) is the core's
``insight.metrics.cohorts.cohort_retention`` and the wide one ``cohort_matrix``; the widget limits the
periods shown and draws the heat map.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets
import polars as pl
import traitlets

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, heatmap_chart
from widgets.tables import frame_html

Lang = Literal["en", "de"]


class CohortHeatmap(Panel):
    """``retention`` (long) and ``matrix`` (wide: cohort, customers, "0", "1", …) as polars DataFrames;
    ``max_period`` (trait and slider) limits the periods shown."""

    static_traits = ("max_period",)

    retention = Frame()
    matrix = Frame()
    max_period = traitlets.Int(12)

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *, max_period: int = 12,
                 as_of: dt.date | str | None = None, language: Lang = "en", **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language = language
        self.chart = ChartView(language=language)
        self.table_html = widgets.HTML()
        self.slider = widgets.IntSlider(value=max_period, min=1, max=60, description="periods")
        self.slider.observe(lambda c: setattr(self, "max_period", c["new"]), names="value")
        self.children = [self.slider, self.error, self.chart, self.table_html]
        self._all = pl.DataFrame()
        if self.dataset is not None:
            from insight import api

            self._all = self.guard_frame(lambda: api.cohorts(self.dataset))
            if self._all.height:
                self.slider.max = max(1, int(self._all.get_column("period").max()))
        self.max_period = min(max_period, self.slider.max)
        self._draw()

    @traitlets.observe("max_period")
    def _on_period(self, change: dict[str, Any]) -> None:
        if self.slider.value != change["new"]:
            self.slider.value = change["new"]
        self._draw()

    def _draw(self) -> None:
        if not hasattr(self, "chart") or self._all.is_empty():
            return
        from insight import api

        self.retention = self._all.filter(pl.col("period") <= self.max_period)
        self.matrix = self.guard_frame(lambda: api.cohorts(self.dataset, matrix=True, max_period=self.max_period))
        de = self.language == "de"
        self.chart.show(heatmap_chart(self.retention, "period", "cohort", "share", percent=True, lang=self.language,
                                      title="Kohorten: Anteil aktiver Kunden" if de else
                                      "Cohorts: share of customers still ordering"))
        periods = tuple(c for c in self.matrix.columns if c not in ("cohort", "customers"))
        self.table_html.value = frame_html(lang=self.language, frame=self.matrix, max_rows=120, percent=periods,
                                           collapsed="Tabelle" if de else "Table")
