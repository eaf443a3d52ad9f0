"""The command palette writes the client report as PDF and as a PowerPoint deck too (through insight.api),
into the export folder; the files are real: the PDF starts with %PDF and has pages, the deck reopens with
python-pptx with a titled slide per report page."""

from __future__ import annotations

import shutil

import pytest
from tui_helpers import settle

from insight.report.pdf import find_browser

SIZE = (120, 40)


async def _run_palette(app, words: str):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*words)
        await pilot.pause(0.3)
        await pilot.press("enter")
        for _ in range(240):  # the report is built in a worker; wait for its file
            await pilot.pause(0.25)
            if app.last_export is not None:
                break
    return app.last_export


async def test_palette_writes_the_report_as_a_pptx_deck(make_app, tmp_path):
    pptx = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent")
    path = await _run_palette(make_app(language="de"), "Bericht als PowerPoint")
    assert path is not None and path.parent == tmp_path and path.suffix == ".pptx"
    deck = pptx.Presentation(str(path))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert len(titles) >= 10 and all(titles)
    assert any(t.startswith("Stars") for t in titles)  # the persona of the most valuable segment
    assert any(shape.has_chart for slide in deck.slides for shape in slide.shapes)


@pytest.mark.skipif(find_browser() is None, reason="no Chromium on this machine")
async def test_palette_writes_the_report_as_a_pdf(make_app, tmp_path):
    path = await _run_palette(make_app(language="en"), "Create report as PDF")
    assert path is not None and path.parent == tmp_path and path.suffix == ".pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if shutil.which("pdfinfo"):
        import subprocess

        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        assert pages >= 10
