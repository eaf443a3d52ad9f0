"""SegmentExplorer, ValueDashboard, CustomerCard, SatisfactionMatrix, CohortHeatmap without a browser.

Expected values come from independent polars over the raw demo tables (survey means, revenue per
customer) or from the core function the panel promises to show, never from the widget itself.
"""

from __future__ import annotations

import polars as pl
import pytest

from widgets import CohortHeatmap, CustomerCard, SatisfactionMatrix, SegmentExplorer, ValueDashboard

from widget_expect import revenue_per_customer


# -- SegmentExplorer ------------------------------------------------------------------------------
def test_segment_explorer_rfm_summary_and_selection(demo):
    from insight.segments import METHODS, segment_table

    w = SegmentExplorer(demo)
    assert [v for _, v in w.method_buttons.options] == list(METHODS)
    assert w.method == "rfm" and w.method_buttons.value == "rfm"
    expected = segment_table(demo, "rfm")
    counts = dict(expected.group_by("segment").len().iter_rows())
    assert dict(zip(w.summary["segment"], w.summary["customers"])) == counts
    assert w.customers.height == expected.height  # nothing selected: everyone
    assert "<svg" in w.chart.value and "<table" in w.summary_html.value
    # pick the biggest segment in the dropdown
    biggest = max(counts, key=counts.get)
    w.segment_picker.value = biggest
    assert w.segment == biggest
    assert w.customers.height == counts[biggest]
    assert set(w.customers["segment"]) == {biggest}
    assert f"{biggest}: {counts[biggest]:,} customers" in w.customers_html.value
    top = w.customers.sort("revenue", descending=True)["customer_id"][0]
    assert w.customers_html.value.index(f">{top}<") < w.customers_html.value.index("</tbody>")  # best first
    w.segment = None
    assert w.customers.height == expected.height


def test_segment_explorer_abc_matches_the_80_95_rule(demo):
    w = SegmentExplorer(demo, method="abc")
    assert w.method_buttons.value == "abc"
    assert set(w.summary["segment"]) <= {"A", "B", "C"}
    # independent: the A class holds the customers up to (and including) the one crossing 80 % of revenue
    revenue = revenue_per_customer(demo.order_lines, demo.as_of).filter(pl.col("customer_id").is_in(
        w.customers["customer_id"].implode()))
    share = revenue["revenue"].cum_sum() / revenue["revenue"].sum()
    n_a = int((share.shift(1, fill_value=0.0) < 0.80).sum())
    w.segment = "A"
    assert w.customers.height == pytest.approx(n_a, abs=2)  # ties/positive-only totals may move one customer
    w.measure_picker.value = "revenue"
    assert w.measure == "revenue" and "revenue" in w.chart.value


def test_segment_explorer_switching_method_resets_selection(demo):
    w = SegmentExplorer(demo)
    w.segment = w.summary["segment"][0]
    w.method_buttons.value = "abc"  # as a click on the toggle would
    assert w.method == "abc" and w.segment is None
    assert set(w.summary["segment"]) <= {"A", "B", "C"}


# -- ValueDashboard -------------------------------------------------------------------------------
def test_value_dashboard_tiles_and_top_customers(demo):
    from insight.clv.value import customer_clv
    from insight.analyses.value_at_risk import CHURN_RISK_THRESHOLD

    w = ValueDashboard(demo, top_n=5)
    lines = demo.order_lines
    attributed = revenue_per_customer(lines, demo.as_of)
    unattributed = revenue_per_customer(lines.filter(pl.col("customer_id").is_null())
                                        .with_columns(customer_id=pl.lit("?")), demo.as_of)
    assert w.kpis["revenue"] == pytest.approx(attributed["revenue"].sum() + unattributed["revenue"].sum())
    assert 0 < w.kpis["customers"] <= attributed.height
    assert "insight-kpi" in w.tiles.value
    assert f"€{w.kpis['revenue']:,.0f}" in w.tiles.value
    assert f"{100 * w.kpis['repeat_rate']:.1f} %" in w.tiles.value  # insight.formatting: "82.1 %"
    # the KPI list of `insight kpis`: the five loyalty KPIs plus the value ones, each with its period
    for label in ("retention rate · 2024 vs 2023", "mean CLV · next 12 months", "redemption rate",
                  "Net Promoter Score", "profit", "value at risk · 2024-07-01 – 2025-06-30"):
        assert label in w.tiles.value
    assert [k.name for k in w.kpi_list.kpis][:5] == ["retention_rate", "clv", "repeat_rate", "redemption_rate", "nps"]
    clv = customer_clv(demo)
    best = clv.sort("clv", descending=True).head(5)
    assert w.top_customers["customer_id"].to_list() == best["customer_id"].to_list()
    assert (w.at_risk["churn_risk"] > CHURN_RISK_THRESHOLD).all() and w.at_risk.height <= 5
    assert w.clv_chart.value.count("<svg") == 1 and w.risk_chart.value.count("<svg") == 1
    w.top_slider.value = 10
    assert w.top_n == 10 and w.top_customers.height == 10


# -- CustomerCard ---------------------------------------------------------------------------------
def test_customer_card_pick_and_show(demo):
    w = CustomerCard(demo)
    independent = revenue_per_customer(demo.order_lines, demo.as_of)
    best = independent["customer_id"][0]
    assert best in w.picker.options[:3]  # best customers first
    w.picker.value = str(best)
    w.show_button.click()
    assert w.customer_id == best and w.profile["customer_id"] == best
    assert {"clv", "p_alive", "rfm_segment", "abc_segment"} <= set(w.profile)
    assert w.profile["abc_segment"] == "A"
    # orders: one row per order, amounts add up to the independent revenue of this customer
    assert w.orders["amount"].sum() == pytest.approx(independent["revenue"][0])
    n_orders = demo.order_lines.filter(pl.col("customer_id") == best, pl.col("order_date") <
                                       pl.lit(demo.as_of).cast(pl.Datetime("us")))["order_id"].n_unique()
    assert w.orders.height == n_orders
    assert "<svg" in w.chart.value and str(best) in w.card.value


def test_customer_card_unknown_id_is_one_line(demo):
    w = CustomerCard(demo, customer_id="NOT-A-CUSTOMER")
    assert "NOT-A-CUSTOMER" in w.message and w.profile == {} and w.orders.is_empty()


# -- SatisfactionMatrix ---------------------------------------------------------------------------
def test_satisfaction_matrix_means_per_aspect(demo):
    w = SatisfactionMatrix(demo)
    expected = (demo.survey_responses.drop_nulls(["aspect", "importance", "satisfaction"])
                .group_by("aspect").agg(pl.col("importance").mean(), pl.col("satisfaction").mean()).sort("aspect"))
    got = w.matrix.sort("aspect")
    assert got["aspect"].to_list() == expected["aspect"].to_list()
    assert got["importance"].to_list() == pytest.approx(expected["importance"].to_list())
    assert got["satisfaction"].to_list() == pytest.approx(expected["satisfaction"].to_list())
    for aspect in expected["aspect"]:
        assert f">{aspect}<" in w.chart.value  # every aspect is labelled in the SVG
    assert "<table" in w.table_html.value


def test_satisfaction_matrix_without_survey_says_so(demo):
    w = SatisfactionMatrix(demo.order_lines.head(500))
    assert w.matrix.is_empty() and w.message and w.chart.value == ""


# -- CohortHeatmap --------------------------------------------------------------------------------
def test_cohort_heatmap_period_zero_is_everyone(demo):
    w = CohortHeatmap(demo, max_period=6)
    assert int(w.retention["period"].max()) == 6
    zero = w.retention.filter(pl.col("period") == 0)
    assert zero["share"].to_list() == pytest.approx([1.0] * zero.height)
    # cohort sizes: customers by month of first order, counted independently
    first = (demo.order_lines.filter(pl.col("customer_id").is_not_null(), pl.col("quantity") > 0)
             .group_by("customer_id").agg(pl.col("order_date").min())
             .group_by(pl.col("order_date").dt.strftime("%Y-%m").alias("cohort")).len())
    sizes = dict(first.iter_rows())
    got = dict(zero.select("cohort", "customers").iter_rows())
    assert sum(got.values()) == pytest.approx(sum(sizes.values()), rel=0.01)
    assert w.matrix.columns[:3] == ["cohort", "customers", "0"] and w.matrix.columns[-1] == "6"
    assert ">100%<" in w.chart.value
    assert "<details>" in w.table_html.value and ">100 %<" in w.table_html.value
    w.slider.value = 2
    assert w.max_period == 2 and w.matrix.columns[-1] == "2"


# -- every panel takes a workspace ---------------------------------------------------------------
def test_panels_open_a_workspace_file(demo_workspace, demo):
    from widgets import AskWidget

    ask = AskWidget(workspace=demo_workspace)
    expected = revenue_per_customer(ask.dataset.order_lines, ask.dataset.as_of).head(3)
    assert ask.ask("Top 3 customers by revenue").table["customer_id"].to_list() == expected["customer_id"].to_list()
    seg = SegmentExplorer(workspace=demo_workspace, method="abc")
    assert seg.summary["customers"].sum() == seg.customers.height > 0
    cohorts = CohortHeatmap(workspace=demo_workspace, max_period=3)
    assert cohorts.matrix.columns[-1] == "3"
    card = CustomerCard(workspace=demo_workspace, customer_id=expected["customer_id"][0])
    assert card.profile["revenue"] == pytest.approx(expected["revenue"][0])


# -- ReportButton ---------------------------------------------------------------------------------
def test_report_button_writes_the_client_report(demo, tmp_path):
    from widgets import ReportButton

    w = ReportButton(demo, language="de", client="Muster GmbH", out=tmp_path / "bericht.html")
    assert w.button.description == "Bericht erstellen" and w.written == ""
    w.button.click()
    html = (tmp_path / "bericht.html").read_text(encoding="utf-8")
    assert w.written == str(tmp_path / "bericht.html") and "Geschrieben:" in w.status.value
    assert "Muster GmbH" in html and 'id="funnel"' in html
