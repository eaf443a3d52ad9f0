"""Polars frames as plain HTML tables (no JS): the lightest table that renders everywhere offline."""

from __future__ import annotations

import html
from typing import Any

import polars as pl

from insight import formatting
from insight.answer import ANSWER_CSS, html_table

# the answer tables' look (polars-like, JupyterLab theme variables) plus KPI tiles and the error line
STYLE = ANSWER_CSS + (
    "<style>"
    ".insight-kpi{display:inline-block;min-width:130px;margin:4px;padding:8px 12px;"
    "border:1px solid var(--jp-border-color2,#ddd);border-radius:6px;background:var(--jp-layout-color1,transparent);"
    "color:var(--jp-ui-font-color1,inherit)}"
    ".insight-kpi .v{font-size:20px;font-weight:600;font-variant-numeric:tabular-nums}"
    ".insight-kpi .l{font-size:11px;color:var(--jp-ui-font-color2,#666)}"
    ".insight-error{color:var(--jp-error-color1,#b00020)}"
    "</style>"
)


def unit_of(column: str) -> str | None:
    """The semantic model's unit for a metric column ('currency', 'fraction', ...), else None."""
    from insight.api import semantic_model

    metric = semantic_model().metrics.get(column)
    return metric.unit if metric is not None else None


def label_of(name: str, lang: str = "en") -> str:
    """The semantic model's label for a metric or dimension name (the name itself when unknown)."""
    from insight.api import semantic_model

    model = semantic_model()
    item = model.metrics.get(name) or model.dimensions.get(name)
    return item.label(lang) if item is not None else name.replace("_", " ")


def fmt_value(value: Any, column: str = "", lang: str = "en", currency: str | None = None) -> str:
    """Readable cell text by the column's unit and the language (insight.formatting, shared by every face)."""
    return formatting.cell(value, column, lang, currency, symbol=currency is not None)


def frame_html(frame: pl.DataFrame | None, *, max_rows: int = 25, caption: str = "",
               css_class: str = "insight-table", percent: tuple[str, ...] = (), collapsed: str = "",
               lang: str = "en", currency: str | None = None) -> str:
    """An HTML table of the first ``max_rows`` rows (the answers' table look); numbers right-aligned; a note
    when rows are cut. ``percent`` names columns shown as percentages; ``collapsed`` folds the table."""
    if frame is None or frame.width == 0:
        return ""
    table = html_table(frame, lang, currency or "", max_rows=max_rows, caption=caption, css=False,
                       percent=tuple(percent))
    if frame.height > max_rows:
        table += ("<p class='insight-shape'><small>(die ganze Tabelle ist ein polars DataFrame am Widget)</small></p>"
                  if lang == "de" else
                  "<p class='insight-shape'><small>(the full table is a polars DataFrame on the widget)</small></p>")
    if collapsed:
        table = f"<details><summary>{html.escape(collapsed)}</summary>{table}</details>"
    return STYLE + table


def kpi_tiles_html(items: list[tuple[str, str]]) -> str:
    """KPI tiles: (label, formatted value) pairs."""
    tiles = "".join(
        f"<div class='insight-kpi'><div class='v'>{html.escape(v)}</div><div class='l'>{html.escape(k)}</div></div>"
        for k, v in items
    )
    return f"{STYLE}<div class='insight-kpis'>{tiles}</div>"


def error_html(message: str) -> str:
    return f"{STYLE}<p class='insight-error'>{html.escape(message)}</p>"
