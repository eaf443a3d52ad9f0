"""Offline charts: static SVG from hand-made frames; no scripts, no external references."""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from insight.answer import Answer, ChartSpec
from widgets.charts import (
    MAX_BARS, ChartView, answer_chart, answer_html, bar_chart, frame_values, heatmap_chart, histogram_chart,
    scatter_chart, to_svg,
)

EXTERNAL = re.compile(r"""(?:href|src)\s*=\s*["']?(?:https?:)?//""", re.I)


def _bars(svg: str) -> int:
    return len(re.findall(r'aria-roledescription="bar"', svg))


def assert_offline(markup: str) -> None:
    assert "<script" not in markup.lower()
    assert not EXTERNAL.search(markup), "external reference in rendered markup"
    urls = set(re.findall(r"https?://[^\s\"'<>]+", markup))
    assert urls <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}, urls


def test_bar_chart_has_one_bar_per_row_and_is_offline():
    frame = pl.DataFrame({"country": ["DE", "FR", "NL"], "revenue": [300.0, 200.0, 100.0]})
    svg = to_svg(bar_chart(frame, "country", "revenue"))
    assert svg.startswith("<svg") and _bars(svg) == 3
    assert "DE" in svg and "revenue" in svg
    assert_offline(svg)


def test_long_bar_charts_are_capped():
    frame = pl.DataFrame({"customer_id": list(range(100)), "revenue": [float(100 - i) for i in range(100)]})
    svg = to_svg(bar_chart(frame, "customer_id", "revenue"))
    assert _bars(svg) == MAX_BARS
    assert f"first {MAX_BARS} of 100" in svg


def test_histogram_takes_more_rows_than_altairs_default_limit():
    frame = pl.DataFrame({"clv": [float(i % 500) for i in range(12_000)]})
    svg = to_svg(histogram_chart(frame, "clv", bins=10))
    assert 5 <= _bars(svg) <= 12


def test_heatmap_writes_percentages_in_cells():
    frame = pl.DataFrame({"cohort": ["2010-01", "2010-01", "2010-02"], "period": [0, 1, 0],
                          "retention_rate": [1.0, 0.4, 1.0]})
    svg = to_svg(heatmap_chart(frame, "period", "cohort", "retention_rate", percent=True))
    assert ">40%<" in svg and svg.count(">100%<") == 2


def test_scatter_labels_points():
    frame = pl.DataFrame({"aspect": ["delivery", "price"], "importance": [4.5, 3.0], "satisfaction": [3.0, 4.0]})
    svg = to_svg(scatter_chart(frame, "importance", "satisfaction", label="aspect", rules=(3.75, 3.5)))
    assert ">delivery<" in svg and ">price<" in svg


def test_frame_values_are_json_safe():
    frame = pl.DataFrame({"day": [dt.date(2011, 1, 2)], "x": [float("nan")], "y": [float("inf")]})
    assert frame_values(frame) == [{"day": "2011-01-02", "x": None, "y": None}]


def test_answer_html_embeds_the_chart_after_the_text():
    answer = Answer(question="q", text="Three countries.", as_of=dt.date(2011, 12, 10),
                    table=pl.DataFrame({"country": ["DE", "FR", "NL"], "revenue": [3.0, 2.0, 1.0]}),
                    chart=ChartSpec("bar", "country", "revenue"))
    markup = answer_html(answer)
    assert markup.index("Three countries.") < markup.index("<svg") < markup.index("<table")
    assert_offline(markup)
    assert answer_chart(Answer(question="q", status="clarify", text="?", options=["a"])) is None
    # a chart spec naming a column the table lacks is ignored, not an error
    assert answer_chart(Answer(question="q", table=answer.table, chart=ChartSpec("bar", "x", "revenue"))) is None


def test_chart_view_widget_holds_svg():
    frame = pl.DataFrame({"month": ["2011-01", "2011-02"], "revenue": [1.0, 2.0]})
    view = ChartView()
    assert view.value == ""
    view.show(bar_chart(frame, "month", "revenue"))
    assert "<svg" in view.value and view.chart is not None


def test_answer_displays_as_html_and_text_not_a_json_tree():
    answer = Answer(question="q", text="One number.", table=pl.DataFrame({"revenue": [1.0]}))
    bundle = answer._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "text/html"}
    assert "One number." in bundle["text/html"] and "<script" not in bundle["text/html"]
    assert answer._repr_mimebundle_(include={"application/json"})["application/json"]["text"] == "One number."


def test_german_answers_get_german_axis_numbers():
    table = pl.DataFrame({"country": ["DE", "AT"], "revenue": [3_000_000.0, 1_000_000.0]})
    de = answer_html(Answer(question="q", language="de", text="t", table=table,
                            chart=ChartSpec("bar", "country", "revenue")))
    en = answer_html(Answer(question="q", language="en", text="t", table=table,
                            chart=ChartSpec("bar", "country", "revenue")))
    assert ">3.000.000<" in de and ">3,000,000<" in en


def test_chart_follows_the_theme_and_the_answers_language(demo):
    import insight.api as ia
    from widgets.charts import answer_html

    answer = ia.session(data=demo).ask("Umsatz nach Land, Top 3")
    page = answer_html(answer)
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert ">Umsatz<" in svg and ">Land<" in svg            # axis titles in German, not raw field names
    assert 'fill="white"' not in svg and "currentColor" in svg  # no white box in the dark theme
    assert "<title>" in svg and "Deutschland" in svg.split("<title>", 1)[1]  # hover tooltips without JS
    assert "3.874.548,16 €" in page[page.index("</svg>"):]  # the table in German numbers and the currency
