"""What every panel shares: load the Dataset once through insight.api, and show problems as one red line.

A panel never raises into the notebook for a user-fixable problem (bad file, empty workspace, missing
survey data): ``InsightError`` text goes into ``panel.error`` (an HTML line) and ``panel.message``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable, TypeVar

import ipywidgets as widgets
import polars as pl
import traitlets

from insight import api
from insight.dataset import Dataset
from insight.errors import InsightError

from widgets.tables import error_html

DataArg = Dataset | pl.DataFrame | str | Path | None
T = TypeVar("T")


def Frame() -> traitlets.Instance:  # noqa: N802 - reads like a trait type
    """A polars DataFrame trait that starts as an empty frame; panels assign empty frames, never None
    (traitlets compares old == new, and polars warns when one side is None)."""
    return traitlets.Instance(pl.DataFrame, args=())


class Panel(widgets.VBox):
    """A VBox bound to one Dataset (from ``data`` — Dataset, polars order lines or file — or a workspace)."""

    dataset = traitlets.Instance(Dataset, allow_none=True)
    message = traitlets.Unicode("")

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 as_of: dt.date | str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = widgets.HTML(layout=widgets.Layout(display="none"))
        self.dataset = self.guard(lambda: api.load(data, workspace, as_of))

    def guard(self, fn: Callable[[], T]) -> T | None:
        """Run ``fn``; an InsightError becomes the panel's one-line message instead of a traceback."""
        try:
            result = fn()
        except InsightError as exc:
            self.show_error(str(exc))
            return None
        self.show_error("")
        return result

    def guard_frame(self, fn: Callable[[], pl.DataFrame]) -> pl.DataFrame:
        """``guard`` for frame-returning calls: an empty DataFrame when the core says no."""
        frame = self.guard(fn)
        return frame if frame is not None else pl.DataFrame()

    def show_error(self, text: str) -> None:
        self.message = text
        self.error.value = error_html(text) if text else ""
        self.error.layout.display = None if text else "none"
