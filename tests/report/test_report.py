"""`insight report`: one self-contained HTML file whose every section is there when its data is, whose
figures equal `insight measures` and `insight kpis`, in German or English, with nothing fetched."""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest

from insight.measures import measures
from insight.analyses.kpis import kpi_list
from insight.query.render import fmt_number
from insight.report import write_report

ALL = ["title", "summary", "kpis", "trends", "value", "segments", "persona-1", "persona-2", "persona-3", "risk",
       "channels", "satisfaction", "funnel", "method"]
NEEDS_MORE_THAN_ORDERS = ("channels", "satisfaction", "funnel")


class _Sections(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.open = 0

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            self.open += 1
            self.ids.append(dict(attrs).get("id"))

    def handle_endtag(self, tag):
        if tag == "section":
            self.open -= 1


def _figures(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="insight-figures">(.*?)</script>', html, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


def _offline(html: str) -> None:
    """No request can leave: no URL, no src/href, no CSS import or url(), no executable script."""
    assert "http" not in html and "//" not in re.sub(r"<script type=\"application/json\".*?</script>", "", html,
                                                    flags=re.S)
    for needle in ("src=", "href=", "@import", "url(", "<link", "<img", "<iframe"):
        assert needle not in html, needle
    assert re.findall(r"<script[^>]*>", html) == ['<script type="application/json" id="insight-figures">']


def _build(ds, lang, tmp_path, **kw):
    out = tmp_path / f"report_{lang}.html"
    report = write_report(ds, out, lang, **kw)
    return report, out.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_demo_report_has_every_section_and_the_measures_figures(demo_ds, tmp_path, lang) -> None:
    report, html = _build(demo_ds, lang, tmp_path, client="Muster GmbH")
    parser = _Sections()
    parser.feed(html)
    assert parser.ids == ALL and parser.open == 0 and report.omitted == []
    _offline(html)
    figures = _figures(html)
    expected = measures(demo_ds, "portfolio", lang)
    assert figures["measures_portfolio"]["rows"] == expected.to_json()["rows"]
    assert figures["kpis"] == pytest.approx({k.name: k.value for k in kpi_list(demo_ds, lang).kpis})
    for value in expected.table["money_at_stake"].to_list() + expected.table["value_at_risk"].to_list():
        assert fmt_number(value, "currency", lang, "EUR") in html  # each figure shown as the table has it
    for kpi in kpi_list(demo_ds, lang).kpis:
        assert fmt_number(kpi.value, kpi.unit, lang, "EUR") in html
    assert "Muster GmbH" in html and f'lang="{lang}"' in html
    from insight.metrics.funnel import funnel
    from insight.analyses.survey import importance_satisfaction

    assert figures["satisfaction"]["rows"] == [list(r) for r in importance_satisfaction(demo_ds).iter_rows()]
    assert figures["funnel"]["rows"] == [list(r) for r in funnel(demo_ds).iter_rows()]
    if lang == "de":
        for label in ("Kennzahlen", "Maßnahme", "Wert in Gefahr", "Stichtag", "Kundenwert nach Akquisekanal",
                      "Methode und Definitionen", "Binden und belohnen", "Absichern", "01.07.2025",
                      "Hier ansetzen: Preis", "Interessent", "Wichtigkeit", "geringe Priorität"):
            assert label in html, label
        for english in ("Key figures", "Money at stake", "Value at risk", "Analysis date"):
            assert english not in html, english
    else:
        assert "Key figures" in html and "Kennzahlen" not in html


@pytest.mark.slow
def test_online_retail_report_leaves_out_what_needs_more_than_orders_and_says_why(retail_ds, tmp_path) -> None:
    report, html = _build(retail_ds, "de", tmp_path, method="rfm")
    parser = _Sections()
    parser.feed(html)
    assert parser.ids == [s for s in ALL if s not in NEEDS_MORE_THAN_ORDERS]
    _offline(html)
    assert len(report.omitted) == 3 and "acquisition_channel" in report.omitted[0]
    assert [o.split(":")[0] for o in report.omitted] == ["Kundenwert nach Akquisekanal",
                                                         "Zufriedenheit und Wichtigkeit", "Trichter"]
    assert "Mangels Daten ausgelassen" in html
    assert all(o in html.replace("&#x27;", "'") for o in report.omitted)
    figures = _figures(html)
    rfm = measures(retail_ds, "rfm", "de").table
    got = pl.DataFrame([dict(zip(figures["measures_rfm"]["columns"], r)) for r in figures["measures_rfm"]["rows"]])
    assert got["segment"].to_list() == rfm["segment"].to_list()
    assert got["money_at_stake"].to_list() == rfm["money_at_stake"].to_list()
    assert "Winterschläfer" in html and "Pareto-Kurve" in html


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


RETAIL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "online_retail_ii.parquet"


@pytest.mark.skipif(not RETAIL.exists(), reason="shared data absent")
def test_the_report_command_writes_one_file_and_refuses_formats_it_does_not_know(tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.html"
    code, stdout, err = _run(["report", "--data", str(RETAIL), "--lang", "en", "--client", "Online Retail",
                              "--out", str(out)], capsys, monkeypatch)
    assert code == 0, err
    assert out.exists() and "Written:" in stdout
    html = out.read_text(encoding="utf-8")
    assert "Online Retail" in html and "Customer value report" in html
    code, _, err = _run(["report", "--data", str(RETAIL), "--format", "odp", "--out", str(out)], capsys, monkeypatch)
    assert code == 2 and "html, pdf or pptx" in err


CHURN = RETAIL.parent / "foreign" / "Churn_Modelling.csv"


@pytest.mark.skipif(not CHURN.exists(), reason="shared data absent")
def test_a_customers_table_alone_gives_a_short_report_that_names_every_missing_page(tmp_path) -> None:
    import insight.api as ia

    report, html = _build(ia.load(CHURN), "de", tmp_path)
    assert [s.key for s in report.sections] == ["title", "summary", "kpis", "method"]
    assert len(report.omitted) == 8 and "Kein Befund mit Geldbetrag" in html
    assert any(o.startswith("Kundenbindungs-Kennzahlen im Zeitverlauf") for o in report.omitted)
    assert any(o.startswith("Personas") for o in report.omitted)
    _offline(html)
