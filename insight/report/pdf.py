"""The report as PDF: the self-contained HTML printed by a headless Chromium found on the machine.

Why Chromium and not WeasyPrint or typst: the HTML is already the designed page (grid, SVG charts, print
CSS with one A4-landscape page per section), and a browser prints exactly what a person sees on screen;
a second layout engine would need its own styles and drift from the HTML. Why a subprocess and not
Playwright: Playwright is only a dev dependency, and the system browser is all that is needed. The browser
is started with name resolution switched off and its background services disabled, and the file has no
URL and no script in it, so no request can leave the machine."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from insight.errors import InsightError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
INSTALL_HINT = ("install Chromium (Debian/Ubuntu: apt-get install chromium) or set INSIGHT_CHROMIUM to a Chrome "
                "binary, or write HTML and print it from a browser")


class BrowserMissing(InsightError):
    """No Chromium-family browser on PATH (exit 1, one line)."""


def find_browser() -> str | None:
    """The browser binary to print with: $INSIGHT_CHROMIUM if it is set, else the first of BROWSERS on PATH."""
    chosen = os.environ.get("INSIGHT_CHROMIUM", "").strip()
    if chosen:
        return shutil.which(chosen)
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def require_browser() -> str:
    """The browser binary, or BrowserMissing saying how to get one (checked before the report is built)."""
    browser = find_browser()
    if browser is None:
        raise BrowserMissing(f"--pdf needs a headless Chromium and none was found on PATH: {INSTALL_HINT}")
    return browser


def html_to_pdf(html: str, out: str | Path, browser: str | None = None, timeout: float = 180.0) -> Path:
    """Print ``html`` (a self-contained document) to the PDF file ``out`` with headless Chromium."""
    browser = browser or require_browser()
    path = Path(out).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="insight-pdf-") as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        target = Path(tmp) / "report.pdf"
        command = [
            browser, "--headless", "--no-sandbox",  # our own static page; the sandbox fails as root in containers
            "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-sync", "--disable-background-networking", "--disable-component-update",
            "--disable-default-apps",  # (scripts stay on: headless printing needs them; the page has none)
            "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing resolves: no request can leave the machine
            f"--user-data-dir={Path(tmp) / 'profile'}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            f"--print-to-pdf={target}", page.as_uri(),
        ]
        try:
            run = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise InsightError(f"Chromium did not finish printing the PDF within {timeout:.0f} s") from None
        except OSError as exc:
            raise InsightError(f"could not start {browser}: {exc.strerror or exc}") from None
        if not target.exists() or target.stat().st_size == 0:
            said = next((line for line in reversed(run.stderr.splitlines()) if line.strip()), "no output")
            raise InsightError(f"Chromium wrote no PDF (exit {run.returncode}): {said}")
        shutil.move(str(target), path)
    return path
