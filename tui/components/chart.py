"""A terminal chart for an answer: the core's ChartSpec says what (trend → line, breakdown → bar).

Only draws when it helps reading: two or more rows, a numeric y column, not too many categories.
"""

from __future__ import annotations

from typing import Any

import polars as pl
from textual_plotext import PlotextPlot

from tui import backend
from tui.i18n import fmt_compact, t

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

    def __init__(self, frame: pl.DataFrame, spec: Any, language: str = "en", partial: Any = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.frame = frame
        self.spec = spec
        self.language = language
        self.partial = partial  # backend.PartialPeriod: the last point is drawn apart, dim, and labelled
        self._drawn_for: Any = None

    @property
    def chart_title(self) -> str:
        """'Umsatz nach Land' / 'Revenue per month': the semantic model's labels, never field names."""
        spec, lang = self.spec, self.language
        y, x = backend.column_label(spec.y, lang), backend.column_label(spec.x, lang)
        joint = t("per", lang) if spec.kind == "line" else t("by", lang)
        if lang == "en":
            x = x[:1].lower() + x[1:]
        return f"{y} {joint} {x}"

    def on_mount(self) -> None:
        self.draw()

    def on_resize(self) -> None:
        self.draw()  # tick labels are chosen for the width

    def render(self) -> Any:
        if self.size != self._drawn_for:  # ticks chosen for another size: choose them again first
            self.draw(refresh=False)
        return super().render()

    def draw(self, refresh: bool = True) -> None:
        self._drawn_for = self.size
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        spec = self.spec
        frame = self.frame.filter(pl.col(spec.y).is_not_null())
        labels = [str(v) for v in frame.get_column(spec.x).to_list()]
        values = [float(v) for v in frame.get_column(spec.y).to_list()]
        horizontal = False
        if spec.kind == "line":
            xs = list(range(len(values)))
            partial = self.partial is not None and len(values) > 2 and labels[-1] == self.partial.label
            whole = len(values) - 1 if partial else len(values)
            plt.plot(xs[:whole], values[:whole], marker="braille")
            if partial:  # the incomplete last period: its own dim, dotted piece, named in the legend
                plt.plot(xs[-2:], values[-2:], marker="dot", color="gray",
                         label=f"{labels[-1]} {t('partial_legend', self.language)}")
            # as many labels as fit without overlapping (plotext would drop some, differently per width)
            room = max(2, (max(self.size.width, 40) - 16) // (max(len(label) for label in labels) + 4))
            step = max(1, -(-len(labels) // room))
            plt.xticks(xs[::step], labels[::step])
            # room for half of the first and last label beside the value axis (in x units per column)
            pad = max(0.5, (len(labels[0]) / 2 + 1) * len(xs) / max(10, self.size.width - 16))
            plt.xlim(-pad, len(xs) - 1 + pad)
        else:
            labels, values = labels[:MAX_BARS], values[:MAX_BARS]
            width = max(self.size.width, 40)
            room = (width - 12) // len(labels) - 1  # columns per upright bar label
            if len(labels) > VERTICAL_BARS or max(len(label) for label in labels) > room:
                # horizontal bars, largest on top, labels readable at the left (cut only past a third)
                horizontal = True
                keep = max(12, width // 3)
                labels = [label if len(label) <= keep else label[:keep - 1] + "…" for label in labels]
                plt.bar(labels[::-1], values[::-1], orientation="horizontal", width=0.3)
                self.styles.height = len(labels) + 5
            else:  # every label fits upright in full
                plt.bar(labels, values, width=0.6)
                plt.xticks(list(range(1, len(labels) + 1)), labels)
        self._value_ticks(values, horizontal=horizontal)
        plt.title(self.chart_title)
        if refresh:
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
