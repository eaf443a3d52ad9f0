"""The deck and the PDF are the same report as the HTML: the PPTX reopened with python-pptx has one slide per
page with the page's headline and the sidecar's figures in its native charts; the PDF printed by Chromium has
a page per section and the headlines in its text; no format fetches anything."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from insight.report import render_html, save_report
from insight.report.pdf import find_browser

RETAIL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "online_retail_ii.parquet"
CHART_PAGES = ("value", "segments", "persona-1", "persona-2", "persona-3", "risk", "channels", "satisfaction", "funnel")


def _figures(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="insight-figures">(.*?)</script>', html, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


def _column(figures: dict, table: str, column: str) -> list:
    block = figures[table]
    return [row[block["columns"].index(column)] for row in block["rows"]]


def _charts(slide) -> list:
    return [shape.chart for shape in slide.shapes if shape.has_chart]


def _tables(slide) -> list:
    return [shape.table for shape in slide.shapes if shape.has_table]


def _text(slide) -> str:
    parts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    for table in _tables(slide):
        parts += [cell.text for row in table.rows for cell in row.cells]
    for chart in _charts(slide):
        parts.append(chart.chart_title.text_frame.text)
    return "\n".join(parts)


def test_the_deck_has_a_slide_per_page_with_its_headline_and_the_sidecars_figures(demo_report, tmp_path) -> None:
    Presentation = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent").Presentation
    report = demo_report
    path = save_report(report, tmp_path / "deck.pptx")
    figures = _figures(render_html(report))
    deck = Presentation(str(path))
    slides = list(deck.slides)
    assert len(slides) == len(report.sections) == len(figures["sections"])
    assert [s.shapes.title.text_frame.text for s in slides] == [s.headline for s in report.sections]
    by_key = dict(zip([s.key for s in report.sections], slides))

    for key in CHART_PAGES:  # every chart page carries its chart as a native, editable chart
        assert len(_charts(by_key[key])) == 1, key
    assert len(_charts(by_key["trends"])) == 2  # the loyalty rates and the NPS
    segments = _charts(by_key["segments"])[0]
    assert list(segments.plots[0].categories) == _column(figures, "measures_portfolio", "segment_label")
    assert list(segments.plots[0].series[0].values) == pytest.approx(
        _column(figures, "measures_portfolio", "money_at_stake")
    )
    risk = _charts(by_key["risk"])[0]
    assert list(risk.plots[0].series[0].values) == pytest.approx(
        _column(figures, "measures_portfolio", "value_at_risk")
    )
    channels = _charts(by_key["channels"])[0]
    assert list(channels.plots[0].series[0].values) == pytest.approx(_column(figures, "channels", "mean_clv"))
    funnel = _charts(by_key["funnel"])[0]
    assert list(funnel.plots[0].series[0].values) == pytest.approx(_column(figures, "funnel", "count"))
    satisfaction = _charts(by_key["satisfaction"])[0]
    assert list(satisfaction.plots[0].series[0].values) == pytest.approx(
        _column(figures, "satisfaction", "satisfaction")
    )

    # the measures slide: segments, measure, money at stake and spending ceiling, as the HTML shows them
    table = _tables(by_key["segments"])[0]
    header = [cell.text for cell in table.rows[0].cells]
    shown = next(b for s in report.sections if s.key == "segments" for b in s.blocks if b.kind == "table")
    assert header == shown.columns
    assert [[cell.text for cell in row.cells] for row in list(table.rows)[1:]] == shown.rows

    notes = by_key["segments"].notes_slide.notes_text_frame.text
    assert all(line in notes for line in report.definitions) and all(line in notes for line in report.notes)
    stamp = "01.07.2025" if report.lang == "de" else "2025-07-01"
    text = "\n".join(_text(slide) for slide in slides)
    assert f"{'Stichtag' if report.lang == 'de' else 'Analysis date'}: {stamp}" in _text(by_key["risk"])
    if report.lang == "de":
        for label in (
            "Betrag im Spiel",
            "Ausgabengrenze je Kunde",
            "Maßnahme",
            "Wert in Gefahr je Segment",
            "Pareto-Kurve des Umsatzes",
            "Kennzahl",
            "Zeitraum",
            "Methode und Definitionen",
            "SEGMENTE UND MASSNAHMEN",
            "Wichtigkeit",
        ):
            assert label in text, label
        for english in (
            "Money at stake",
            "Ceiling per customer",
            "Value at risk per segment",
            "Analysis date",
            "Key figures",
        ):
            assert english not in text, english
    else:
        assert "Money at stake" in text and "Betrag im Spiel" not in text


CHURN = RETAIL.parent / "foreign" / "Churn_Modelling.csv"


@pytest.mark.skipif(not CHURN.exists(), reason="shared data absent")
def test_a_customers_table_alone_gives_a_short_deck_without_empty_charts(tmp_path) -> None:
    Presentation = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent").Presentation
    import insight.api as ia

    report = ia.report(tmp_path / "kurz.pptx", data=CHURN, language="de")  # the format from the suffix
    slides = list(Presentation(str(tmp_path / "kurz.pptx")).slides)
    assert [s.shapes.title.text_frame.text for s in slides] == [s.headline for s in report.sections]
    assert len(slides) == 4 and not any(_charts(slide) for slide in slides)
    method = _text(slides[-1])
    assert "Mangels Daten ausgelassen" in method and all(o.split(":")[0] in method for o in report.omitted)


def test_the_html_that_becomes_the_pdf_names_no_outside_resource(demo_report) -> None:
    html = render_html(demo_report)
    assert not re.search(r"https?://", html)
    assert not re.search(r"""(?:src|href)\s*=|url\(|@import|<link\b""", html)


@pytest.mark.browser
def test_the_pdf_has_a_page_per_section_and_the_headlines(demo_report, tmp_path) -> None:
    if find_browser() is None:
        pytest.skip("no chromium binary on PATH")
    path = save_report(demo_report, tmp_path / "report.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    assert pages >= len(demo_report.sections)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        first = next(s for s in demo_report.sections if s.key == "value").headline
        assert " ".join(first.split()) in flat
        assert "Muster GmbH" in flat
    if shutil.which("pdftoppm"):  # no blank page: each page, rendered small, has ink beyond its footer line
        from PIL import Image

        subprocess.run(["pdftoppm", "-r", "20", "-png", str(path), str(tmp_path / "page")], check=True)
        pngs = sorted(tmp_path.glob("page*.png"))
        assert len(pngs) == pages
        for png in pngs:
            grey = Image.open(png).convert("L")
            histogram = grey.histogram()  # 256 counts of grey levels
            inked = sum(histogram[:200]) / (grey.width * grey.height)
            assert inked > 0.005, png.name


def _run(args, capsys, monkeypatch):
    from insight.cli import main

    monkeypatch.setattr(sys, "argv", ["insight", *args])
    capsys.readouterr()
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_pdf_without_a_browser_on_path_is_one_line_and_exit_1(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no chromium, chrome or chromium-browser
    monkeypatch.delenv("INSIGHT_CHROMIUM", raising=False)
    out = tmp_path / "r.pdf"
    code, stdout, err = _run(["report", "--data", str(RETAIL), "--pdf", str(out)], capsys, monkeypatch)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    assert "Chromium" in lines[0] and "apt-get install chromium" in lines[0]
    assert not out.exists() and stdout == ""


@pytest.mark.skipif(not RETAIL.exists(), reason="shared data absent")
def test_the_command_writes_html_and_deck_from_one_build_quietly_with_json(tmp_path, capsys, monkeypatch) -> None:
    Presentation = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent").Presentation
    html, deck = tmp_path / "r.html", tmp_path / "r.pptx"
    code, stdout, err = _run(
        ["report", "--data", str(RETAIL), "--lang", "de", "--out", str(html), "--pptx", str(deck), "--json"],
        capsys,
        monkeypatch,
    )
    assert code == 0, err
    assert err == ""  # --json: no progress bar, nothing on stderr
    result = json.loads(stdout)
    assert result["written"] == [{"format": "html", "path": str(html)}, {"format": "pptx", "path": str(deck)}]
    slides = list(Presentation(str(deck)).slides)
    assert len(slides) == result["pages"] == len(result["sections"])
    assert [s.shapes.title.text_frame.text for s in slides] == result["headlines"]
    assert result["sections"] == _figures(html.read_text(encoding="utf-8"))["sections"]
    code, _, err = _run(["report", "--data", str(RETAIL), "--format", "docx"], capsys, monkeypatch)
    assert code == 2 and "html, pdf or pptx" in err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({}, [("html", "report.html")]),
        ({"out": "b.pptx"}, [("pptx", "b.pptx")]),
        ({"fmt": "pdf"}, [("pdf", "report.pdf")]),
        ({"pdf": "b.pdf"}, [("pdf", "b.pdf")]),
        (
            {"out": "b.html", "pdf": "b.pdf", "pptx": "b.pptx"},
            [("html", "b.html"), ("pdf", "b.pdf"), ("pptx", "b.pptx")],
        ),
        ({"out": "b.pdf", "pdf": "b.pdf"}, [("pdf", "b.pdf")]),
    ],
)
def test_which_files_one_command_writes(args, expected) -> None:
    from insight.cli.report_cmds import _targets

    given = {k: Path(v) if k != "fmt" else v for k, v in args.items()}
    got = _targets(given.get("out"), given.get("fmt"), given.get("pdf"), given.get("pptx"))
    assert [(kind, str(path)) for kind, path in got] == expected


@pytest.mark.browser
def test_the_html_opens_in_headless_chromium_with_no_request_and_no_console_error(demo_report, tmp_path) -> None:
    """Issue 15: the HTML report opened in a real browser fetches nothing and logs no error."""
    browser_path = find_browser()
    if browser_path is None:
        pytest.skip("no chromium binary on PATH")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (lab extra)")
    path = save_report(demo_report, tmp_path / "report.html")
    url = path.resolve().as_uri()
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(browser_path), headless=True, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on(
                "request",
                lambda req: (
                    outside.append(req.url) if req.url != url and not req.url.startswith(("data:", "about:")) else None
                ),
            )
            page.goto(url)
            page.wait_for_load_state("networkidle")
            headline = page.locator("h1, h2").first.inner_text()
            svgs = page.locator("svg").count()
        finally:
            browser.close()
    assert outside == [] and errors == []
    assert headline.strip() and svgs >= 5
