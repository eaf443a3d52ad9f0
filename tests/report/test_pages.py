"""The persona and KPI-trend pages: their figures equal independent computations in plain polars on the raw
tables (not through insight's metric functions), incomplete periods are marked in table and chart, and the
deck reopened with python-pptx carries the same figures as the HTML's sidecar."""

from __future__ import annotations

import datetime as dt
import json
import re

import polars as pl
import pytest

from insight.formatting import fmt_number
from insight.measures import measures
from insight.report import build_report, render_html, save_report
from insight.segments import segment_table


def _figures(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="insight-figures">(.*?)</script>', html, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


def _section(report, key):
    return next(s for s in report.sections if s.key == key)


def _block(section, kind):
    return next(b for b in section.blocks if b.kind == kind)


def _quarter(column: str) -> pl.Expr:
    day = pl.col(column).cast(pl.Date)
    return pl.format("{}-Q{}", day.dt.year(), (day.dt.month() - 1) // 3 + 1)


def _plain_orders(ds) -> pl.DataFrame:
    """Real orders from the raw lines: before the analysis date, a customer, not a return (C… or negative),
    and an order whose non-return lines sum to more than 0."""
    cutoff = dt.datetime.combine(ds.as_of, dt.time())
    lines = ds.order_lines.filter(pl.col("order_date") < cutoff)
    kept = lines.filter(~pl.col("order_id").str.starts_with("C") & (pl.col("quantity") >= 0))
    real = kept.group_by("order_id").agg(total=pl.col("amount").sum()).filter(pl.col("total") > 0)
    return lines.join(real.select("order_id"), on="order_id", how="semi").filter(
        pl.col("customer_id").is_not_null() & ~pl.col("order_id").str.starts_with("C") & (pl.col("quantity") >= 0)
    )


def _plain_trends(ds) -> pl.DataFrame:
    """Per quarter, computed from the raw tables: active customers, repeat rate, retention, revenue,
    redemption rate and NPS."""
    cutoff = dt.datetime.combine(ds.as_of, dt.time())
    orders = _plain_orders(ds).with_columns(
        period=_quarter("order_date"),
        index=pl.col("order_date").dt.year() * 4 + (pl.col("order_date").dt.month() - 1) // 3,
    )
    per = orders.group_by("period", "index", "customer_id").agg(n=pl.col("order_id").n_unique())
    active = per.group_by("period", "index").agg(active=pl.len(), repeat=(pl.col("n") >= 2).mean())
    kept = per.select("customer_id", index=pl.col("index") + 1)  # the customer was active the quarter before
    retained = per.join(kept, on=["customer_id", "index"], how="inner").group_by("index").agg(retained=pl.len())
    previous = active.select(index=pl.col("index") + 1, before=pl.col("active"))
    lines = ds.order_lines.filter(pl.col("order_date") < cutoff)
    returned = pl.col("order_id").str.starts_with("C") | (pl.col("quantity") < 0)
    revenue = lines.group_by(period=_quarter("order_date")).agg(
        revenue=pl.when(returned).then(-pl.col("amount").abs()).otherwise(pl.col("amount")).sum()
    )
    coupons = (
        ds.coupons.filter(pl.col("issued_at") < ds.as_of)
        .group_by(period=_quarter("issued_at"))
        .agg(redemption=(pl.col("redeemed_at") < ds.as_of).sum() / pl.len())
    )
    answers = ds.survey_responses.filter(pl.col("nps").is_not_null() & (pl.col("response_date") < ds.as_of)).unique(
        ["customer_id", "response_date"]
    )
    nps = answers.group_by(period=_quarter("response_date")).agg(
        nps=100 * ((pl.col("nps") >= 9).sum().cast(pl.Int64) - (pl.col("nps") <= 6).sum().cast(pl.Int64)) / pl.len()
    )
    return (
        active.join(previous, on="index", how="left")
        .join(retained, on="index", how="left")
        .with_columns(retention=pl.col("retained").fill_null(0) / pl.col("before"))
        .join(revenue, on="period", how="left")
        .join(coupons, on="period", how="left")
        .join(nps, on="period", how="left")
        .sort("index")
    )


def test_the_trend_page_equals_a_plain_polars_count_per_quarter(demo_ds, demo_report) -> None:
    html = render_html(demo_report)
    trends = _figures(html)["trends"]
    got = pl.DataFrame([dict(zip(trends["columns"], row)) for row in trends["rows"]], infer_schema_length=None)
    want = _plain_trends(demo_ds)
    assert trends["grain"] == "quarter"
    assert got["period"].to_list() == want["period"].to_list()
    assert got["active_customers"].to_list() == want["active"].to_list()
    assert got["repeat_rate"].to_list() == pytest.approx(want["repeat"].to_list())
    assert got["retention_rate"].to_list()[1:] == pytest.approx(want["retention"].to_list()[1:])
    assert got["revenue"].to_list() == pytest.approx(want["revenue"].to_list())
    assert got["revenue"].sum() == pytest.approx(demo_report.figures["kpis"]["revenue"])  # = the revenue KPI
    for column, plain in (("redemption_rate", "redemption"), ("nps", "nps")):
        assert [v is None for v in got[column]] == [v is None for v in want[plain]]
        assert got[column].drop_nulls().to_list() == pytest.approx(want[plain].drop_nulls().to_list())
    # the table shows the same figures, formatted for the report's language
    table = _block(_section(demo_report, "trends"), "table")
    lang = demo_report.lang
    assert [row[0] for row in table.rows] == want["period"].to_list()  # the demo's quarters are all complete
    assert [row[3] for row in table.rows][1:] == [fmt_number(v, "fraction", lang) for v in want["retention"][1:]]
    assert [row[1] for row in table.rows] == [fmt_number(v, "count", lang) for v in want["active"]]
    for row in table.rows:
        assert row[-1] == ("vollständig" if lang == "de" else "complete")


@pytest.mark.slow
def test_incomplete_quarters_are_marked_in_table_chart_and_deck(retail_ds, tmp_path) -> None:
    """Online Retail II starts on 1 Dec 2009 and ends on 9 Dec 2011: its first and last quarter are cut short."""
    pptx = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent")
    report = build_report(retail_ds, "de", method="rfm")
    section = _section(report, "trends")
    table = _block(section, "table")
    assert table.rows[0][0] == "2009-Q4*" and table.rows[-1][0] == "2011-Q4*"
    assert table.rows[0][-1] == "unvollständig" and table.rows[-1][-1] == "unvollständig"
    assert table.rows[1][-1] == "vollständig (Vorperiode unvollständig)"  # 2010-Q1 compared with 2009-Q4
    assert all(row[-1] == "vollständig" for row in table.rows[2:-1])
    chart = _block(section, "chart")
    assert chart.chart.incomplete[0] and chart.chart.incomplete[-1] and not any(chart.chart.incomplete[1:-1])
    assert "2009-Q4*" in chart.svg and "unvollständiger Zeitraum" in chart.svg
    assert "2011-Q3" in section.headline  # the headline uses the last complete quarter, not the cut one
    assert [c for c in table.columns if c in ("Einlösungsquote", "NPS")] == []  # no coupons, no survey
    deck = pptx.Presentation(str(save_report(report, tmp_path / "retail.pptx")))
    slide = list(deck.slides)[[s.key for s in report.sections].index("trends")]
    drawn = next(shape.chart for shape in slide.shapes if shape.has_chart)
    categories = list(drawn.plots[0].categories)
    assert categories[0] == "2009-Q4*" and categories[-1] == "2011-Q4*" and "*" not in "".join(categories[1:-1])


def test_persona_pages_equal_a_plain_polars_profile_of_each_top_segment(demo_ds, demo_report) -> None:
    lang = demo_report.lang
    figures = _figures(render_html(demo_report))["personas"]
    members = segment_table(demo_ds, "portfolio").select("customer_id", "segment")
    orders = _plain_orders(demo_ds)
    revenue = orders.group_by("customer_id").agg(revenue=pl.col("amount").sum())
    ranked = (
        members.join(revenue, on="customer_id", how="inner")
        .group_by("segment")
        .agg(mean=pl.col("revenue").mean())
        .sort("mean", descending=True)
    )
    assert [f["segment"] for f in figures] == ranked["segment"].head(3).to_list()  # the most valuable first
    table = measures(demo_ds, "portfolio", lang).table
    for n, figure in enumerate(figures, start=1):
        section = _section(demo_report, f"persona-{n}")
        ids = members.filter(pl.col("segment") == figure["segment"])["customer_id"]
        people = demo_ds.customers.filter(pl.col("customer_id").is_in(ids.to_list()))
        kinds = people["kind"].drop_nulls().value_counts().sort(["count", "kind"], descending=[True, False])
        kind, share = kinds.row(0)[0], kinds.row(0)[1] / people.height
        chart = _block(section, "chart").chart
        label = f"{'Kundenart' if lang == 'de' else 'Customer type'}: {kind}"
        assert chart.values[chart.labels.index(label)] == pytest.approx(share)
        per_customer = (
            orders.filter(pl.col("customer_id").is_in(ids.to_list()))
            .group_by("customer_id")
            .agg(n=pl.col("order_id").n_unique())
        )
        profile = dict(_block(section, "table").rows)
        assert profile["Aufträge (Median)" if lang == "de" else "Orders (median)"] == fmt_number(
            per_customer["n"].median(), "count", lang
        )
        assert profile["Alter (Median)" if lang == "de" else "Age (median)"] == fmt_number(
            people["age"].median(), "count", lang
        )
        row = table.filter(pl.col("segment") == figure["segment"]).row(0, named=True)
        tiles = {tile[0]: tile[1] for tile in _block(section, "tiles").rows}
        assert tiles["Maßnahme" if lang == "de" else "Measure"] == row["measure_label"] == figure["measure_label"]
        assert tiles["Ausgabengrenze je Kunde" if lang == "de" else "Ceiling per customer"] == fmt_number(
            row["spending_ceiling"], "currency", lang, "EUR"
        )
        assert tiles["Ø CLV" if lang == "de" else "Mean CLV"] == fmt_number(row["mean_clv"], "currency", lang, "EUR")
        assert figure["money_at_stake"] == pytest.approx(row["money_at_stake"])
        measure = _block(section, "list")
        assert measure.lines[0] == f"{row['measure_label']}: {row['action']}"
        assert row["measure_label"] in section.headline and row["segment_label"] in section.headline


def test_the_deck_carries_the_trend_and_persona_figures_of_the_html(demo_report, tmp_path) -> None:
    pptx = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent")
    figures = _figures(render_html(demo_report))
    deck = pptx.Presentation(str(save_report(demo_report, tmp_path / "deck.pptx")))
    slides = dict(zip([s.key for s in demo_report.sections], deck.slides))
    trends = figures["trends"]
    column = {name: [row[trends["columns"].index(name)] for row in trends["rows"]] for name in trends["columns"]}
    rates, nps = [shape.chart for shape in slides["trends"].shapes if shape.has_chart]
    got = {s.name: list(s.values) for s in rates.plots[0].series}
    retention = "Kundenbindungsrate" if demo_report.lang == "de" else "Retention rate"
    assert got[retention][1:] == pytest.approx(column["retention_rate"][1:]) and got[retention][0] is None
    assert len(got) == 3  # retention, repeat and redemption rate
    assert [v for v in nps.plots[0].series[0].values if v is not None] == pytest.approx(
        [v for v in column["nps"] if v is not None]
    )
    for n, figure in enumerate(figures["personas"], start=1):
        slide = slides[f"persona-{n}"]
        text = "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        assert figure["measure_label"] in text  # the recommended measure is on the slide, not only in the notes
        chart = next(shape.chart for shape in slide.shapes if shape.has_chart)
        shares = {
            k[: -len("_share")]: v
            for k, v in figure["attributes"].items()
            if k.endswith("_share") and k not in ("customer_share", "revenue_share")
        }
        assert sorted(chart.plots[0].series[0].values) == pytest.approx(sorted(shares.values())[-8:])
        assert slide.shapes.title.text_frame.text == _section(demo_report, f"persona-{n}").headline


@pytest.mark.browser
def test_all_three_formats_from_one_build_in_the_order_asked(demo_report, tmp_path) -> None:
    """save_reports prints the PDF while the HTML and the deck are written; each file is whole."""
    from insight.report import save_reports
    from insight.report.pdf import find_browser

    if find_browser() is None:
        pytest.skip("no chromium binary on PATH")
    targets = [("pptx", tmp_path / "b.pptx"), ("pdf", tmp_path / "b.pdf"), ("html", tmp_path / "b.html")]
    seen: list[str] = []
    written = save_reports(demo_report, targets, seen.append)
    assert [(kind, path.name) for kind, path in written] == [(kind, path.name) for kind, path in targets]
    assert sorted(seen) == sorted(str(path) for _kind, path in written)
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == render_html(demo_report)
    pptx = pytest.importorskip("pptx", reason="python-pptx (the 'report' extra) is absent")
    assert len(pptx.Presentation(str(tmp_path / "b.pptx")).slides) == len(demo_report.sections)
