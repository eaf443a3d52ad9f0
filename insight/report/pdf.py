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


class PendingPdf:
    """A PDF being printed by a Chromium subprocess: started by ``start_pdf``, finished by ``wait``. Printing
    runs beside whatever the caller does meanwhile (``save_reports`` builds the deck then), so the browser's
    start-up and layout cost no extra wall time when more than one file is written."""

    def __init__(self, html: str, out: str | Path, browser: str | None = None, timeout: float = 180.0) -> None:
        self.browser = browser or require_browser()
        self.path = Path(out).resolve()
        self.timeout = timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._tmp = tempfile.TemporaryDirectory(prefix="insight-pdf-")
        tmp = Path(self._tmp.name)
        page = tmp / "report.html"
        page.write_text(html, encoding="utf-8")
        self._target = tmp / "report.pdf"
        command = [
            self.browser, "--headless", "--no-sandbox",  # our own static page; the sandbox fails as root in containers
            "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-sync", "--disable-background-networking", "--disable-component-update",
            "--disable-default-apps",  # (scripts stay on: headless printing needs them; the page has none)
            "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing resolves: no request can leave the machine
            f"--user-data-dir={tmp / 'profile'}", "--no-pdf-header-footer", "--print-to-pdf-no-header",
            f"--print-to-pdf={self._target}", page.as_uri(),
        ]
        try:
            self._run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        except OSError as exc:
            self._tmp.cleanup()
            raise InsightError(f"could not start {self.browser}: {exc.strerror or exc}") from None

    def wait(self) -> Path:
        """The written PDF, or one InsightError line saying what went wrong."""
        try:
            try:
                _, stderr = self._run.communicate(timeout=self.timeout)
            except subprocess.TimeoutExpired:
                self._run.kill()
                self._run.communicate()
                raise InsightError(f"Chromium did not finish printing the PDF within {self.timeout:.0f} s") from None
            if not self._target.exists() or self._target.stat().st_size == 0:
                said = next((line for line in reversed((stderr or "").splitlines()) if line.strip()), "no output")
                raise InsightError(f"Chromium wrote no PDF (exit {self._run.returncode}): {said}")
            shutil.move(str(self._target), self.path)
            return self.path
        finally:
            self._tmp.cleanup()


def start_pdf(html: str, out: str | Path, browser: str | None = None, timeout: float = 180.0) -> PendingPdf:
    """Start printing ``html`` (a self-contained document) to ``out``; ``.wait()`` returns the PDF's path."""
    return PendingPdf(html, out, browser, timeout)


def html_to_pdf(html: str, out: str | Path, browser: str | None = None, timeout: float = 180.0) -> Path:
    """Print ``html`` (a self-contained document) to the PDF file ``out`` with headless Chromium."""
    return start_pdf(html, out, browser, timeout).wait()
