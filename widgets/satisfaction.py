"""SatisfactionMatrix: importance × satisfaction per survey aspect, with the four action quadrants.

The matrix (per aspect: responses, importance, satisfaction, quadrant) is the core's
``insight.metrics.survey.importance_satisfaction``; the chart draws the split lines at the means over
aspects, which is where the core splits the quadrants.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

import ipywidgets as widgets

from widgets.base import DataArg, Frame, Panel
from widgets.charts import ChartView, scatter_chart
from widgets.tables import frame_html

Lang = Literal["en", "de"]


class SatisfactionMatrix(Panel):
    """``matrix`` holds the core's table (one row per aspect) as a polars DataFrame."""

    matrix = Frame()

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 as_of: dt.date | str | None = None, language: Lang = "en", **kwargs: Any) -> None:
        super().__init__(data, workspace, as_of=as_of, **kwargs)
        self.language = language
        self.chart = ChartView(language=language)
        self.table_html = widgets.HTML()
        self.children = [self.error, widgets.HBox([self.chart, self.table_html],
                                                  layout=widgets.Layout(flex_flow="row wrap"))]
        self.refresh()

    def refresh(self) -> None:
        if self.dataset is None:
            return
        from insight import api

        self.matrix = self.guard_frame(lambda: api.satisfaction_matrix(self.dataset))
        if self.matrix.is_empty():
            self.chart.show(None)
            self.table_html.value = ""
            return
        de = self.language == "de"
        quadrant = "quadrant_de" if de and "quadrant_de" in self.matrix.columns else "quadrant"
        shown = api.label_frame(self.matrix.select("aspect", "importance", "satisfaction", quadrant, "responses"),
                                self.language)  # aspects in the reader's language
        means = (self.matrix.get_column("importance").mean(), self.matrix.get_column("satisfaction").mean())
        self.chart.show(scatter_chart(shown, "importance", "satisfaction", label="aspect", series=quadrant, lang=self.language,
                                      rules=means,
                                      title="Wichtigkeit × Zufriedenheit" if de else "Importance × satisfaction"))
        self.table_html.value = frame_html(shown, max_rows=50, lang=self.language)
