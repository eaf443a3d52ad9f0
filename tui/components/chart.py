"""A terminal chart for an answer: the core's ChartSpec says what (trend → line, breakdown → bar).

Only draws when it helps reading: two or more rows, a numeric y column, not too many categories.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from textual_plotext import PlotextPlot

from tui.i18n import fmt_compact

MAX_BARS = 10  # enough to read a ranking; the table has the rest
VERTICAL_BARS = 5  # up to this many categories stand upright with readable labels
MAX_POINTS = 120


def chart_fits(frame: pl.DataFrame, spec: Any) -> bool:
    """Whether ``spec`` (insight.answer.ChartSpec or None) can be drawn from ``frame`` in a terminal."""
    if spec is None or getattr(spec, "kind", None) not in {"bar", "line"}:
        return False
    if spec.x not in frame.columns or spec.y not in frame.columns:
        return False
    if not frame.schema[spec.y].is_numeric() or frame.height < 2:
        return False
    return frame.height <= (MAX_POINTS if spec.kind == "line" else 10 * MAX_BARS)


class AnswerChart(PlotextPlot):
    """Line chart for trends, bar chart for breakdowns and top-N lists (first 20 bars)."""

    def __init__(self, frame: pl.DataFrame, spec: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.frame = frame
        self.spec = spec
        self.language = language

    def on_mount(self) -> None:
        self.draw()

    def on_resize(self) -> None:
        self.draw()  # tick labels are shortened to the width

    def draw(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        spec = self.spec
        frame = self.frame.filter(pl.col(spec.y).is_not_null())
        labels = [str(v) for v in frame.get_column(spec.x).to_list()]
        values = [float(v) for v in frame.get_column(spec.y).to_list()]
        if spec.kind == "line":
            xs = list(range(len(values)))
            plt.plot(xs, values, marker="braille")
            step = max(1, len(labels) // 8)
            plt.xticks(xs[::step], labels[::step])
        else:
            labels, values = labels[:MAX_BARS], values[:MAX_BARS]
            labels = [label if len(label) <= 14 else label[:13] + "…" for label in labels]
            if len(labels) > VERTICAL_BARS:  # many categories: horizontal bars, largest on top
                plt.bar(labels[::-1], values[::-1], orientation="horizontal", width=0.6)
                self.styles.height = 2 * len(labels) + 5  # two rows per bar keep neighbours apart
            else:  # every bar labelled and short enough not to overlap (plotext would drop some)
                room = max(4, (max(self.size.width, 40) - 12) // len(labels) - 1)
                plt.bar(labels, values, width=0.6)
                plt.xticks(list(range(1, len(labels) + 1)),
                           [label if len(label) <= room else label[:room - 1] + "…" for label in labels])
        self._value_ticks(values, horizontal=spec.kind == "bar" and len(labels) > VERTICAL_BARS)
        plt.title(spec.title or f"{spec.y} / {spec.x}")
        self.refresh()

    def _value_ticks(self, values: list[float], horizontal: bool) -> None:
        """Five readable ticks on the value axis (1.2M / 1,2 Mio. instead of 1234567.9)."""
        if not values:
            return
        low, high = min(0.0, min(values)), max(0.0, max(values))
        if high == low:
            return
        ticks = [low + (high - low) * i / 4 for i in range(5)]
        labels = [fmt_compact(v, self.language) for v in ticks]
        if horizontal:
            self.plt.xticks(ticks, labels)
        else:
            self.plt.yticks(ticks, labels)
