"""The client report (Kundenwert-Bericht): content from the same functions as ``insight kpis`` and
``insight measures`` (content.py), charts as inline SVG (svg.py), then three renderers of that one content
model: a self-contained HTML file (html.py), its PDF printed by headless Chromium (pdf.py) and a PowerPoint
deck with native charts (deck.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from insight.dataset import Dataset
from insight.errors import InsightError, UsageError
from insight.report.content import BUILD_STEPS, Progress, Report, build_report
from insight.report.html import render_html

FORMATS = ("html", "pdf", "pptx")


def format_of(out: str | Path, fmt: str | None = None) -> str:
    """The format to write: ``fmt`` if given, else from the file's suffix (.pdf, .pptx), else html."""
    if fmt:
        key = fmt.strip().lower().lstrip(".")
        if key not in FORMATS:
            raise UsageError(f"format '{fmt}': choose html, pdf or pptx")
        return key
    suffix = Path(out).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "html"


def check_format(fmt: str) -> None:
    """Fail in one line before the (slow) build when ``fmt`` cannot be written on this machine."""
    if fmt == "pdf":
        from insight.report.pdf import require_browser

        require_browser()
    elif fmt == "pptx" and importlib.util.find_spec("pptx") is None:
        from insight.report.deck import INSTALL_HINT

        raise InsightError(INSTALL_HINT)


def save_report(report: Report, out: str | Path, fmt: str | None = None) -> Path:
    """Render ``report`` to ``out`` as html, pdf or pptx (``fmt``, else the suffix of ``out``)."""
    fmt = format_of(out, fmt)
    path = Path(out)
    if fmt == "pdf":
        from insight.report.pdf import html_to_pdf

        return html_to_pdf(render_html(report), path)
    if fmt == "pptx":
        from insight.report.deck import render_pptx

        return render_pptx(report, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path


def save_reports(report: Report, targets: list[tuple[str, Path]],
                 written: Progress | None = None) -> list[tuple[str, Path]]:
    """Write ``report`` to every (format, path) of ``targets`` from the one build: the PDFs are started first
    and printed by Chromium while the HTML and the deck are written, then waited for (the slowest two
    writers overlap instead of adding up). ``written`` is called with each path when it is done."""
    from insight.report.pdf import start_pdf

    done = written or (lambda _label: None)
    html = render_html(report)
    printing = [(kind, start_pdf(html, path)) for kind, path in targets if kind == "pdf"]
    out: dict[int, tuple[str, Path]] = {}
    try:
        for i, (kind, path) in enumerate(targets):
            if kind != "pdf":
                out[i] = (kind, save_report(report, path, kind))
                done(str(path))
    finally:
        finished = [pending.wait() for _kind, pending in printing]
    for path in finished:
        done(str(path))
    pdfs = iter(finished)
    return [out[i] if kind != "pdf" else (kind, next(pdfs)) for i, (kind, _path) in enumerate(targets)]


def write_report(ds: Dataset, out: str | Path, lang: str = "en", client: str = "", method: str = "portfolio",
                 fmt: str | None = None, progress: Progress | None = None) -> Report:
    """Build the report and write it to ``out`` as html, pdf or pptx (``fmt``, else by the suffix of
    ``out``); returns the content."""
    fmt = format_of(out, fmt)
    check_format(fmt)
    report = build_report(ds, lang, client, method, progress)
    save_report(report, out, fmt)
    return report


__all__ = ["BUILD_STEPS", "FORMATS", "Report", "build_report", "check_format", "format_of", "render_html",
           "save_report", "save_reports", "write_report"]
