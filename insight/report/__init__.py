"""The client report (Kundenwert-Bericht): content from the same functions as ``insight kpis`` and
``insight measures`` (content.py), charts as inline SVG (svg.py), one self-contained HTML file (html.py)."""

from __future__ import annotations

from pathlib import Path

from insight.dataset import Dataset
from insight.report.content import Report, build_report
from insight.report.html import render_html


def write_report(ds: Dataset, out: str | Path, lang: str = "en", client: str = "",
                 method: str = "portfolio") -> Report:
    """Build the report and write it as one HTML file to ``out``; returns the content."""
    report = build_report(ds, lang, client, method)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return report


__all__ = ["Report", "build_report", "render_html", "write_report"]
