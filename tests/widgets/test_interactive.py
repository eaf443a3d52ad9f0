"""Interactive charts, driven through traits (no browser): ChartView's spec and static SVG, the selection
trait in both directions, SegmentExplorer's bar → segment link and AskWidget's bar → drill-down question.
Expected values come from independent polars over the raw demo tables. The browser side (hover, zoom, click
in Chromium) is in test_lab_browser.py."""

from __future__ import annotations

import json
import re

import polars as pl
import pytest

from widgets import AskWidget, SegmentExplorer
from widgets.charts import PICK, ChartView, bar_chart, histogram_chart, line_chart, scatter_chart

from widget_expect import revenue_per_customer

BAR = re.compile(r'<path aria-label="([^"]*)"[^>]*aria-roledescription="bar"[^>]*opacity="([0-9.]+)"')


def bar_opacity(svg: str) -> dict[str, float]:
    """Each bar's aria-label (the tooltip text) → its opacity in the static SVG."""
    return {label: float(opacity) for label, opacity in BAR.findall(svg)}


def test_chart_view_is_offline_and_carries_labels_tooltips_and_zoom():
    frame = pl.DataFrame({"country": ["Germany", "France", "Spain"], "revenue": [3000.5, 2000.0, 1000.0]})
    view = ChartView(bar_chart(frame, "country", "revenue", pick="country", lang="de"), "de", field="country")
    esm = view._esm if isinstance(view._esm, str) else str(view._esm)
    assert "http://" not in esm and "https://" not in esm and "import " not in esm  # nothing from a host
    spec = view.spec
    tips = spec["encoding"]["tooltip"]
    assert [t["title"] for t in tips] == ["Land", "Umsatz"]  # German labels, not field names
    assert any(p["name"] == PICK for p in spec["params"]) and spec["mark"]["cursor"] == "pointer"
    assert view.format_locale["decimal"] == "," and view.format_locale["thousands"] == "."
    assert spec["config"]["axis"]["labelColor"] == "currentColor" and spec["config"]["background"] == "transparent"
    # zoom/pan: a continuous axis binds an interval selection to its scales; a histogram has tooltips
    months = pl.DataFrame({"order_day": pl.date_range(pl.date(2024, 1, 1), pl.date(2024, 1, 5), eager=True),
                           "revenue": [1.0, 2.0, 3.0, 4.0, 5.0]})
    line = ChartView(line_chart(months, "order_day", "revenue")).spec
    assert any(p.get("bind") == "scales" for p in line["params"])
    points = pl.DataFrame({"importance": [1.0, 2.0], "satisfaction": [3.0, 4.0], "aspect": ["a", "b"]})
    scatter = json.dumps(ChartView(scatter_chart(points, "importance", "satisfaction", label="aspect")).spec)
    assert '"bind": "scales"' in scatter
    hist = ChartView(histogram_chart(pl.DataFrame({"clv": [1.0, 2.0, 5.0]}), "clv", lang="de")).spec
    assert [t["title"] for t in hist["encoding"]["tooltip"]] == ["prognostizierter Kundenwert", "Kunden"]
    # the widget's own text/html is the static SVG (nbconvert, a notebook without the kernel)
    data, _ = view._repr_mimebundle_()
    assert data["text/html"] == view.value and "<svg" in view.value


def test_selection_from_python_highlights_the_bar_in_the_static_svg():
    frame = pl.DataFrame({"country": ["Germany", "France", "Spain"], "revenue": [3.0, 2.0, 1.0]})
    view = ChartView(bar_chart(frame, "country", "revenue", pick="country"), field="country")
    assert set(bar_opacity(view.value).values()) == {1.0}  # nothing selected: all bars full
    view.selection = "France"
    shown = bar_opacity(view.value)
    assert len(shown) == 3
    assert [label for label, o in shown.items() if o == 1.0] == ["country: France; revenue: 2"]
    assert next(p for p in view.spec["params"] if p["name"] == PICK).get("value") is None  # live: a signal
    view.selection = None
    assert set(bar_opacity(view.value).values()) == {1.0}


def test_segment_explorer_bar_selection_filters_the_customers(demo):
    w = SegmentExplorer(demo, method="abc")
    assert w.chart.field == "segment"
    expected = (revenue_per_customer(demo.order_lines, demo.as_of)
                .filter(pl.col("customer_id").is_in(w.customers["customer_id"].implode())))
    n_all = w.customers.height
    # a click on the "B" bar sets the chart's selection (the browser does it; here the trait): B's customers
    w.chart.selection = "B"
    assert w.segment == "B" and w.segment_picker.value == "B"
    assert set(w.customers["segment"]) == {"B"}
    counts = dict(zip(w.summary["segment"], w.summary["customers"]))
    assert w.customers.height == counts["B"] < n_all
    assert expected.filter(pl.col("customer_id").is_in(w.customers["customer_id"].implode())).height == counts["B"]
    assert f"B: {counts['B']:,} customers" in w.customers_html.value
    highlighted = [label for label, o in bar_opacity(w.chart.value).items() if o == 1.0]
    assert len(highlighted) == 1 and "segment: B;" in highlighted[0] and "segment de" not in highlighted[0]
    # the other way: picking in the dropdown (or setting the trait) highlights the bar
    w.segment_picker.value = "A"
    assert w.chart.selection == "A" and set(w.customers["segment"]) == {"A"}
    w.chart.selection = None  # a second click on the bar clears it
    assert w.segment is None and w.customers.height == n_all
    w.method_buttons.value = "rfm"  # a new segmentation starts without a selection
    assert w.chart.selection is None


def test_ask_widget_bar_click_offers_the_drill_down_question(demo):
    w = AskWidget(demo)
    w.ask("revenue by country")
    card = w.cards[0]
    assert card.chart.field == "country" and card.drill_button.layout.display == "none"
    assert "<svg" in card.chart.value and "<table" in card.html
    card.chart.selection = "Germany"  # what a click on the Germany bar sends
    assert card.drill == "top 10 customers by revenue with country Germany"
    assert card.drill_button.description == card.drill and card.drill_button.layout.display is None
    card.drill_button.click()
    assert len(w.cards) == 2 and w.cards[0].answer.question == card.drill
    expected = revenue_per_customer(demo.order_lines.filter(pl.col("country") == "Germany"), demo.as_of).head(10)
    assert w.table["customer_id"].to_list() == expected["customer_id"].to_list()
    assert w.table["revenue"].to_list() == pytest.approx(expected["revenue"].to_list())
    card.chart.selection = None
    assert card.drill_button.layout.display == "none"
    # a customer ranking or a time series has no group to drill into
    assert w.cards[0].chart.field == ""
    w.ask("revenue by month")
    assert w.cards[0].chart.field == ""


def test_german_drill_down_uses_the_labels_shown(demo):
    w = AskWidget(demo, language="de")
    answer = w.ask("Umsatz nach Segment")
    card = w.cards[0]
    x = answer.chart.x
    assert card.chart.field == x
    assert ">Umsatz<" in card.chart.value and ">revenue<" not in card.chart.value  # titles are labels
    shown = answer.display_table[x][0]  # the German label the bar shows
    card.chart.selection = shown
    assert card.drill.startswith("Top 10 Kunden nach Umsatz mit RFM-Segment ") and card.drill.endswith(str(shown))
    card.drill_button.click()
    assert w.answer.ok and w.answer.table.height > 0 and "customer_id" in w.answer.table.columns


@pytest.mark.parametrize("lang", ["en", "de"])
def test_chart_shares_near_the_bounds_read_as_in_the_tables(lang):
    """A churn risk of 0.999998 is not certain: the tooltip text and the static SVG's hover title say
    '> 99.99 %' like every table (insight.formatting.percent), never d3's rounded '100%'."""
    from insight.formatting import percent

    risks = [0.999998, 0.99981, 0.425, 0.00002]
    frame = pl.DataFrame({"customer_id": ["K1", "K2", "K3", "K4"], "churn_risk": risks})
    view = ChartView(bar_chart(frame, "customer_id", "churn_risk", lang=lang), lang)
    labels = re.findall(r'aria-label="([^"]*)"[^>]*aria-roledescription="bar"', view.value)
    shown = [label.replace("&gt;", ">").replace("&lt;", "<").rsplit(": ", 1)[1] for label in labels]
    assert shown == [percent(r, lang, decimals=1) for r in risks]
    assert shown[0] == ("> 99.99 %" if lang == "en" else "> 99,99 %") and "100" not in " ".join(shown)
    tips = view.spec["encoding"]["tooltip"]
    assert tips[1]["field"].startswith("_share_text_")  # the live tooltip shows the same text column
