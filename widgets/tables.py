"""Polars frames as plain HTML tables (no JS): the lightest table that renders everywhere offline."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import polars as pl

STYLE = (
    "<style>"
    ".insight-table{border-collapse:collapse;font-size:12px;margin:4px 0}"
    ".insight-table th{text-align:left;border-bottom:1px solid #999;padding:2px 8px}"
    ".insight-table td{padding:2px 8px;border-bottom:1px solid #eee}"
    ".insight-table td.num{text-align:right;font-variant-numeric:tabular-nums}"
    ".insight-kpi{display:inline-block;min-width:130px;margin:4px;padding:8px 12px;border:1px solid #ddd;"
    "border-radius:6px}"
    ".insight-kpi .v{font-size:20px;font-weight:600}.insight-kpi .l{font-size:11px;color:#666}"
    ".insight-error{color:#b00020}"
    "</style>"
)


def unit_of(column: str) -> str | None:
    """The semantic model's unit for a metric column ('currency', 'fraction', ...), else None."""
    from insight.semantic import SEMANTIC_MODEL

    metric = SEMANTIC_MODEL.metrics.get(column)
    return metric.unit if metric is not None else None


def label_of(name: str, lang: str = "en") -> str:
    """The semantic model's label for a metric or dimension name (the name itself when unknown)."""
    from insight.semantic import SEMANTIC_MODEL

    item = SEMANTIC_MODEL.metrics.get(name) or SEMANTIC_MODEL.dimensions.get(name)
    return item.label(lang) if item is not None else name.replace("_", " ")


def fmt_value(value: Any, column: str = "") -> str:
    """Readable cell text: thousands separators, fractions (per the semantic model) as percentages."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if unit_of(column) == "fraction" or column.endswith("_share") or column == "share":
            return f"{value:.1%}"
        return f"{value:,.2f}" if abs(value) >= 1 or value == 0 else f"{value:.4f}"
    if isinstance(value, int):
        return str(value) if column.endswith("_id") or column in {"year", "customer_id"} else f"{value:,}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def frame_html(frame: pl.DataFrame | None, *, max_rows: int = 25, caption: str = "",
               css_class: str = "insight-table", percent: tuple[str, ...] = (), collapsed: str = "") -> str:
    """An HTML table of the first ``max_rows`` rows; numbers right-aligned; a note when rows are cut.
    ``percent`` names columns shown as percentages; ``collapsed`` folds the table under that summary."""
    if frame is None or frame.width == 0:
        return ""
    numeric = [dtype.is_numeric() for dtype in frame.schema.values()]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in frame.columns)

    def cell(value: Any, column: str) -> str:
        if column in percent and isinstance(value, float):
            return f"{value:.0%}"
        return fmt_value(value, column)

    rows = []
    for row in frame.head(max_rows).iter_rows():
        cells = "".join(
            f"<td class='num'>{html.escape(cell(v, c))}</td>" if num else
            f"<td>{html.escape(cell(v, c))}</td>"
            for v, c, num in zip(row, frame.columns, numeric)
        )
        rows.append(f"<tr>{cells}</tr>")
    cap = f"<caption style='text-align:left;font-weight:600'>{html.escape(caption)}</caption>" if caption else ""
    more = (f"<p><small>… {frame.height - max_rows:,} more rows (the full table is a polars DataFrame on the "
            "widget)</small></p>") if frame.height > max_rows else ""
    table = (f"<table class='{css_class}'>{cap}<thead><tr>{head}</tr></thead>"
             f"<tbody>{''.join(rows)}</tbody></table>{more}")
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
