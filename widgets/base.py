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
from insight.api import Dataset, InsightError

from widgets.charts import ChartView
from widgets.tables import error_html

DataArg = Dataset | pl.DataFrame | str | Path | None
T = TypeVar("T")


def Frame() -> traitlets.Instance:  # noqa: N802 - reads like a trait type
    """A polars DataFrame trait that starts as an empty frame; panels assign empty frames, never None
    (traitlets compares old == new, and polars warns when one side is None)."""
    return traitlets.Instance(pl.DataFrame, args=())


def _in_cell() -> bool:
    """True while a notebook cell runs (not in a widget callback): only then is a display update sent.
    JupyterLab ignores updates sent from callbacks, and the saved widget state has those answers anyway."""
    try:
        from IPython import get_ipython

        kernel = getattr(get_ipython(), "kernel", None)
        if kernel is None:
            return True
        parent = kernel.get_parent()
        return bool(parent) and parent.get("header", {}).get("msg_type") == "execute_request"
    except Exception:  # noqa: BLE001 - an unknown front end: keep the update
        return True


class Panel(widgets.VBox):
    """A VBox bound to one Dataset (from ``data`` — Dataset, polars order lines or file — or a workspace)."""

    dataset = traitlets.Instance(Dataset, allow_none=True)
    message = traitlets.Unicode("")
    static_traits: tuple[str, ...] = ()  # changing one of these updates the panel's static HTML output

    def __init__(self, data: DataArg = None, workspace: str | Path | None = None, *,
                 as_of: dt.date | str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_class("insight-panel")
        self.add_class(f"insight-{type(self).__name__.lower()}")  # e.g. .insight-segmentexplorer (browser tests, CSS)
        self._displays: list[Any] = []
        self.error = widgets.HTML(layout=widgets.Layout(display="none"))
        self.dataset = self.guard(lambda: api.load(data, workspace, as_of))
        if self.static_traits:
            self.observe(lambda _: self.refresh_static(), names=list(self.static_traits))

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

    # -- static output: what the panel shows, as plain HTML next to the live widget ----------------------
    def static_html(self) -> str:
        """The panel's current HTML (text, SVG charts, tables; no controls), for every place without a live
        kernel: nbconvert's HTML, GitHub, a notebook reopened later."""
        parts: list[str] = []

        def walk(widget: Any) -> None:
            layout = getattr(widget, "layout", None)
            if layout is not None and layout.display == "none":
                return
            if isinstance(widget, (widgets.HTML, ChartView)) and widget.value:
                parts.append(widget.value)
            for child in getattr(widget, "children", ()):
                walk(child)

        walk(self)
        return f"<div class='insight-static'>{''.join(parts)}</div>"

    def _repr_mimebundle_(self, **kwargs: Any) -> dict[str, Any] | None:
        """The widget view plus ``text/html``: front ends without the live model (nbconvert, GitHub) show the
        HTML; JupyterLab shows the widget while the kernel runs."""
        data = super()._repr_mimebundle_(**kwargs)
        if data is not None:
            data["text/html"] = self.static_html()
        return data

    def _ipython_display_(self) -> None:
        """Displayed with a display id, so ``refresh_static`` can update the saved HTML of every place the
        panel is shown (nbclient / nbconvert runs keep every answer asked from code)."""
        from IPython.display import display

        handle = display(self._repr_mimebundle_(), raw=True, display_id=True)
        if handle is not None:
            self._displays.append(handle)

    def refresh_static(self) -> None:
        """Update the static HTML of every place this panel is displayed (while a cell runs)."""
        if self._displays and _in_cell():
            bundle = self._repr_mimebundle_()
            for handle in self._displays:
                handle.update(bundle, raw=True)

    def show_error(self, text: str) -> None:
        self.message = text
        self.error.value = error_html(text) if text else ""
        self.error.layout.display = None if text else "none"
