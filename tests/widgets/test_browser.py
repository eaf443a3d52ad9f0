"""A real browser: Voila serves examples/ask_app.ipynb, headless Debian Chromium types a question into
AskWidget, clicks Ask and finds the answer table and the rendered chart — and no request leaves the machine.

Needs /usr/bin/chromium (Debian's package; no browser can be downloaded here). Voila runs with the
repository's ``insight`` template (widgets/share/voila/templates/insight), which drops the lab template's
FontAwesome links to cdn.jsdelivr.net.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from widget_expect import REPO, revenue_per_customer

CHROMIUM = Path("/usr/bin/chromium")
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = [pytest.mark.browser, pytest.mark.long(40)]  # a Voila server and Chromium


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"voila exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise TimeoutError(f"voila did not listen on port {port} within {timeout}s")


@pytest.fixture()
def voila(kernel, tmp_path):
    port = free_port()
    env = {**os.environ, "JUPYTER_PATH": str(REPO / "widgets" / "share")}
    env.pop("INSIGHT_WORKSPACE", None)  # the app page falls back to the demo data
    log = open(tmp_path / "voila.log", "w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "voila",
            str(REPO / "examples" / "ask_app.ipynb"),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            "--template=insight",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_ask_in_voila_with_headless_chromium(voila, demo, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    expected = revenue_per_customer(demo.order_lines, demo.as_of).head(5)["customer_id"].to_list()
    requested: list[str] = []
    blocked: list[str] = []

    def route(route):
        url = route.request.url
        requested.append(url)
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:")) or host in LOOPBACK:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", route)
            sockets: list[str] = []
            page.on("websocket", lambda ws: sockets.append(ws.url))
            page.goto(voila, timeout=300_000, wait_until="domcontentloaded")
            prompt = page.get_by_placeholder("Ask a question")
            prompt.wait_for(timeout=300_000)
            prompt.fill("Top 5 customers by revenue")
            page.get_by_role("button", name="Ask", exact=True).click()
            table = page.wait_for_selector(".insight-transcript table", timeout=180_000)
            # the live chart: Vega from the kernel (vl-convert's bundle), never from a CDN
            chart = page.wait_for_selector(
                ".insight-chart-view[data-interactive='true'] .insight-chart-live svg", timeout=120_000
            )
            page.screenshot(path=str(tmp_path / "ask.png"), full_page=True)
            rows = table.query_selector_all("tbody tr")
            first_cells = [r.query_selector("td").inner_text().strip() for r in rows]
            bars = chart.query_selector_all('[aria-roledescription="bar"]')
            assert chart.bounding_box()["width"] > 100
        finally:
            browser.close()

    assert first_cells == [str(c) for c in expected]
    assert len(bars) == 5
    assert requested and not blocked, f"requests to other hosts: {blocked}"
    assert all((urlparse(u).hostname or "") in LOOPBACK for u in sockets), sockets
