"""JupyterLab itself in headless Debian Chromium: open the tour, run all, every widget renders, ask AskWidget a
question with Enter, save, stop the kernel, reload — the answers are still there (from the saved widget state and
the magics' HTML). No request leaves the machine.

JupyterLab starts through ``insight lab`` (the ``lab`` extra) in a temporary folder with its own settings (dark
theme, no news or update checks), so nothing of the user's setup is read or written. With
``INSIGHT_DOCS_SCREENSHOT=1`` the dark-theme screenshot is also written to docs/img/notebook-dark.png.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from test_browser import ARGS, CHROMIUM, LOOPBACK, free_port, wait_for_port
from widget_expect import REPO

pytestmark = [pytest.mark.browser, pytest.mark.long(40)]  # JupyterLab and Chromium
TOKEN = "insight-test-token"
QUESTION = "Umsatz nach Land, Top 3"  # German: the table shows 3.874.548,16 €
SETTINGS = {
    "@jupyterlab/apputils-extension/themes.jupyterlab-settings": {"theme": "JupyterLab Dark"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


@pytest.fixture()
def lab(kernel, tmp_path):
    pytest.importorskip("jupyterlab", reason="the lab extra is not installed (uv sync --extra lab)")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium): apt-get install -y chromium")
    root = tmp_path / "notebooks"
    root.mkdir()
    shutil.copy(REPO / "examples" / "tour.ipynb", root / "tour.ipynb")
    settings = tmp_path / "settings"
    for name, values in SETTINGS.items():
        (settings / name).parent.mkdir(parents=True, exist_ok=True)
        (settings / name).write_text(json.dumps(values))
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "config"),
        "JUPYTERLAB_WORKSPACES_DIR": str(tmp_path / "workspaces"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "rt"),
    }
    port = free_port()
    insight = Path(sys.executable).with_name("insight")
    with open(tmp_path / "lab.log", "w") as log:
        proc = subprocess.Popen(
            [
                str(insight),
                "lab",
                str(root),
                "--no-browser",
                f"--port={port}",
                "--ServerApp.ip=127.0.0.1",
                f"--IdentityProvider.token={TOKEN}",
                "--LabApp.expose_app_in_browser=True",
                "--ServerApp.port_retries=0",
                *(["--allow-root"] if os.geteuid() == 0 else []),
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_for_port(port, proc)
            yield f"http://127.0.0.1:{port}", root
        finally:
            # `insight lab` starts JupyterLab (and it its kernels) as children: end the whole process group,
            # or the server outlives the test
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def api(base: str, path: str, method: str = "GET") -> object:
    request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
    return json.loads(body) if body else None


KERNEL_STATUS = "() => window.jupyterapp?.shell?.currentWidget?.sessionContext?.session?.kernel?.status"


def run_all_and_wait(page, timeout_s: float = 600) -> None:
    page.wait_for_function(f"() => ({KERNEL_STATUS})() === 'idle'", timeout=300_000)
    # not awaited: the command's promise settles only when every cell has run
    page.evaluate("() => { window.jupyterapp.commands.execute('notebook:run-all-cells'); }")
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 10 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        timeout=timeout_s * 1000,
    )


def open_tour(page, base: str) -> None:
    page.goto(f"{base}/lab/tree/tour.ipynb?token={TOKEN}", timeout=300_000, wait_until="domcontentloaded")
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=300_000)
    page.wait_for_function("() => window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=300_000)


def check_interactive_charts(page) -> None:
    """The kernel hands over vl-convert's Vega bundle (no CDN): the charts turn live. Hover shows a tooltip with
    the labels; a click on a SegmentExplorer bar lists that segment's customers; a click on an answer's bar
    offers the drill-down question, which asks; the wheel zooms the satisfaction scatter."""
    live = page.locator(".insight-panel .insight-chart-view[data-interactive='true']")
    live.first.wait_for(timeout=120_000)
    page.wait_for_function(
        "() => document.querySelectorAll(\".insight-panel .insight-chart-view[data-interactive='true']\").length >= 5",
        timeout=120_000,
    )

    seg = page.locator(".insight-segmentexplorer")
    seg.scroll_into_view_if_needed()
    bars = seg.locator(".insight-chart-live path[aria-roledescription='bar']")
    bar = next(bars.nth(i) for i in range(bars.count()) if float(bars.nth(i).get_attribute("opacity") or 1) < 1)
    label = bar.get_attribute("aria-label") or ""  # a segment not selected yet (the tour picks "At Risk")
    segment = label.split("segment: ", 1)[1].split(";", 1)[0]
    bar.hover()
    tooltip = page.locator("#vg-tooltip-element")
    page.wait_for_function(
        "() => document.querySelector('#vg-tooltip-element')?.classList.contains('visible')", timeout=30_000
    )
    assert segment in tooltip.inner_text() and "segment de" not in tooltip.inner_text()
    if os.environ.get("INSIGHT_DOCS_SCREENSHOT"):  # the live chart with its tooltip in the dark theme
        box = seg.locator(".insight-chart-view").first.bounding_box()
        page.screenshot(
            path=str(REPO / "docs" / "img" / "notebook-chart-dark.png"),
            clip={"x": box["x"], "y": box["y"], "width": box["width"] + 260, "height": box["height"]},
        )
    bar.click()
    page.wait_for_function(
        "s => [...document.querySelectorAll('.insight-segmentexplorer caption')].some(c => c.textContent.startsWith(s + ':'))",
        arg=segment,
        timeout=60_000,
    )
    full = [
        bars.nth(i).get_attribute("aria-label")
        for i in range(bars.count())
        if float(bars.nth(i).get_attribute("opacity") or 1) == 1.0
    ]
    assert full == [label]  # the picked bar stays, the others fade

    ask = page.locator(".insight-askwidget")
    ask.scroll_into_view_if_needed()
    country_bar = ask.locator(
        ".insight-chart-view[data-field='country'] .insight-chart-live path[aria-roledescription='bar']"
    ).first
    country = (country_bar.get_attribute("aria-label") or "").split("country: ", 1)[1].split(";", 1)[0]
    country_bar.click()
    drill = ask.locator(".insight-drill").filter(visible=True)
    drill.wait_for(state="visible", timeout=60_000)
    assert country in drill.inner_text()
    drill.click()
    page.wait_for_function(
        "c => document.querySelector('.insight-transcript .insight-question')?.textContent.includes('with country ' + c)",
        arg=country,
        timeout=120_000,
    )

    sat = page.locator(".insight-satisfactionmatrix .insight-chart-live svg").first
    sat.scroll_into_view_if_needed()
    ticks = "el => [...el.querySelectorAll('.role-axis-label text')].map(t => t.textContent).join('|')"
    before = sat.evaluate(ticks)
    box = sat.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -600)
    page.wait_for_function(f"([el, b]) => ({ticks})(el) !== b", arg=[sat.element_handle(), before], timeout=30_000)


def test_tour_in_jupyterlab_runs_asks_with_enter_and_keeps_answers(lab, tmp_path):
    from playwright.sync_api import sync_playwright

    base, root = lab
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
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", route)
            sockets: list[str] = []
            page.on("websocket", lambda ws: sockets.append(ws.url))
            open_tour(page, base)
            run_all_and_wait(page)

            # every widget renders: AskWidget and the five panels, with their charts
            panels = page.locator(".insight-panel")
            panels.first.wait_for(timeout=120_000)
            assert panels.count() >= 6
            assert page.locator(".insight-panel svg").count() >= 5
            assert page.locator("text=Error displaying widget").count() == 0
            assert page.locator(".insight-answer").count() >= 5  # the magics' answers

            check_interactive_charts(page)

            # ask with Enter
            ask = panels.first
            prompt = ask.locator("input[placeholder^='Ask a question']")
            prompt.fill(QUESTION)
            prompt.press("Enter")
            newest = ask.locator(".insight-transcript .insight-question").first
            newest.wait_for(timeout=120_000)
            page.wait_for_function(
                "q => document.querySelector('.insight-transcript .insight-question')?.textContent.includes(q)",
                arg=QUESTION,
                timeout=120_000,
            )
            assert prompt.input_value() == ""
            first_card = ask.locator(".insight-transcript .insight-answer").first
            assert ",16 €" in first_card.inner_text() or " €" in first_card.locator("table").inner_text()
            box, prompt_box = ask.bounding_box(), prompt.bounding_box()
            assert box["height"] < 1100 and prompt_box["y"] - box["y"] < 60  # compact, the prompt on top
            shot = tmp_path / "notebook-dark.png"
            ask.screenshot(path=str(shot))
            if os.environ.get("INSIGHT_DOCS_SCREENSHOT"):
                shutil.copy(shot, REPO / "docs" / "img" / "notebook-dark.png")

            # save; the saved file carries the widget state (answers included)
            page.evaluate("window.jupyterapp.commands.execute('docmanager:save')")
            deadline = time.monotonic() + 60
            saved: dict = {}
            while time.monotonic() < deadline:
                saved = api(base, "/api/contents/tour.ipynb")
                if QUESTION in json.dumps(saved["content"].get("metadata", {}).get("widgets", {})):
                    break
                time.sleep(1)
            assert QUESTION in json.dumps(saved["content"]["metadata"]["widgets"])

            # stop the kernel, reload: nothing can come from the old kernel any more
            for session in api(base, "/api/sessions"):
                api(base, f"/api/sessions/{session['id']}", method="DELETE")
            page.reload(wait_until="domcontentloaded")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=300_000)
            page.wait_for_function(
                "q => [...document.querySelectorAll('.insight-question')].some(e => e.textContent.includes(q))",
                arg=QUESTION,
                timeout=180_000,
            )
            assert page.locator(".insight-answer").count() >= 5
            assert page.locator("text=Error displaying widget").count() == 0
            assert "Revenue by country, top 5" in page.locator(".insight-panel").first.inner_text()
            # the charts come back from the saved state as their static SVG (no kernel holds their models now)
            static_charts = page.locator(".insight-panel .insight-chart-view .insight-chart-static svg")
            static_charts.first.wait_for(timeout=60_000)
            assert sum(static_charts.nth(i).is_visible() for i in range(static_charts.count())) >= 5
        finally:
            browser.close()

    assert requested and not blocked, f"requests to other hosts: {blocked[:5]}"
    assert all((urlparse(u).hostname or "") in LOOPBACK for u in sockets), sockets
