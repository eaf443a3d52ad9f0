"""Fiscal years and quarters as time grains (docs/ask.md, "Fiscal years"; docs/metrics.md, "Fiscal periods"): on
Online Retail II with the fiscal year from April, "Umsatz je Geschäftsjahr", "revenue by fiscal quarter", customers,
new customers, AOV and retention per fiscal period, fiscal quarters and halves as windows ("FY2011 Q3"), follow-ups;
with no fiscal year set, the calendar's year / quarter with a reading note. Expected values: plain polars on the raw
lines (metrics.md: 'C' invoices reverse sales; an order is an invoice whose lines sum above zero)."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session

P = pl.col


@pytest.fixture(scope="module")
def april(retail_ds):
    return retail_ds.with_settings(fiscal_year_start=4)


@pytest.fixture(scope="module")
def lines(retail_ds):
    """Signed amounts, and each line's fiscal year (its first calendar year) and quarter for a year from April."""
    moved = P("order_date").dt.offset_by("-3mo")
    return retail_ds.order_lines.with_columns(
        amt=pl.when(P("order_id").str.starts_with("C")).then(-(P("quantity") * P("unit_price")).abs())
        .otherwise(P("quantity") * P("unit_price")),
        fy=moved.dt.year(), fq=moved.dt.quarter())


@pytest.fixture(scope="module")
def orders(lines):
    """Invoices whose non-cancellation lines sum above zero, with their customer, fiscal year and quarter."""
    return (lines.filter(~P("order_id").str.starts_with("C")).group_by("order_id")
            .agg(P("amt").sum(), P("customer_id").first(), P("fy").first(), P("fq").first(),
                 P("order_date").min())
            .filter(P("amt") > 0))


def _by(answer) -> dict:
    assert answer.status == "ok", answer.text
    return dict(answer.table.select(answer.table.columns[0], answer.table.columns[-1]).iter_rows())


def test_revenue_per_fiscal_year_in_german_labels(april, lines):
    got = _by(ia.ask("Umsatz je Geschäftsjahr", april))
    want = {f"GJ {y}/{(y + 1) % 100:02d}": v for y, v in lines.group_by("fy").agg(P("amt").sum()).iter_rows()}
    assert got.keys() == want.keys()
    for label, value in want.items():
        assert got[label] == pytest.approx(value, abs=0.01), label


def test_revenue_per_fiscal_quarter_named_by_the_year_it_ends(april, lines):
    answer = ia.ask("revenue by fiscal quarter", april)
    got = _by(answer)
    want = {f"FY{y + 1} Q{q}": v for y, q, v in lines.group_by("fy", "fq").agg(P("amt").sum()).iter_rows()}
    assert got.keys() == want.keys()
    assert got["FY2011 Q3"] == pytest.approx(want["FY2011 Q3"], abs=0.01)  # October to December 2010
    assert list(answer.table.get_column("fiscal_quarter")) == sorted(want)  # in time order
    assert any("FY2010 Q3" in n for n in answer.notes)  # December 2009 alone: incomplete, said


def test_named_by_its_start_year(retail_ds, lines):
    answer = ia.ask("revenue by fiscal year", retail_ds.with_settings(fiscal_year_start=4, fiscal_year_named_by="start"))
    want = lines.filter(P("fy") == 2010)["amt"].sum()  # April 2010 to March 2011
    assert _by(answer)["FY2010"] == pytest.approx(want, abs=0.01)


@pytest.mark.parametrize(("question", "metric"), [
    ("Kunden pro GJ", "customers"), ("Neukunden je Geschäftsjahr", "new_customers"),
    ("AOV by fiscal year", "aov")])
def test_period_metrics_per_fiscal_year(april, lines, orders, question, metric):
    got = _by(ia.ask(question, april))
    per = orders.group_by("fy").agg(customers=P("customer_id").drop_nulls().n_unique(), n=pl.len())
    per = per.join(lines.group_by("fy").agg(revenue=P("amt").sum()), on="fy").with_columns(
        aov=P("revenue") / P("n"))  # every line's revenue (reversals too) over the orders
    first = orders.drop_nulls("customer_id").sort("order_date").group_by("customer_id").first()
    per = per.join(first.group_by("fy").agg(new_customers=pl.len()), on="fy", how="left")
    for year, value in per.select("fy", metric).iter_rows():
        label = f"GJ {year}/{(year + 1) % 100:02d}" if question[0] != "A" else f"FY{year + 1}"
        assert got[label] == pytest.approx(value, abs=0.006), label


def test_retention_per_fiscal_year(april, orders):
    answer = ia.ask("Kundenbindungsrate im GJ 2010/11", april)
    assert answer.status == "ok" and "01.04.2010" in answer.understood
    before = set(orders.filter(P("fy") == 2009)["customer_id"].drop_nulls())
    after = set(orders.filter(P("fy") == 2010)["customer_id"].drop_nulls())
    assert answer.table.item(0, "retention_rate") == pytest.approx(len(before & after) / len(before))
    assert answer.table.item(0, "previous_period") == "GJ 2009/10"
    trend = _by(ia.ask("retention rate by fiscal year", april))
    assert trend["FY2011"] == pytest.approx(len(before & after) / len(before))


@pytest.mark.parametrize(("question", "start", "end", "said"), [
    ("revenue FY2011 Q3", dt.date(2010, 10, 1), dt.date(2011, 1, 1), "2010-10-01"),
    ("Umsatz im ersten Quartal des Geschäftsjahres 2011/12", dt.date(2011, 4, 1), dt.date(2011, 7, 1), "01.04.2011"),
    ("Umsatz im zweiten Halbjahr GJ 2010/11", dt.date(2010, 10, 1), dt.date(2011, 4, 1), "31.03.2011"),
    ("revenue last fiscal quarter", dt.date(2011, 7, 1), dt.date(2011, 10, 1), "2011-09-30"),
])
def test_a_part_of_a_fiscal_year_is_a_window(april, lines, question, start, end, said):
    answer = ia.ask(question, april)
    assert answer.status == "ok", answer.text
    want = lines.filter(P("order_date").is_between(dt.datetime.combine(start, dt.time()),
                                                   dt.datetime.combine(end, dt.time()), closed="left"))["amt"].sum()
    assert answer.table.item(0, answer.table.columns[-1]) == pytest.approx(want, abs=0.01)
    assert said in answer.understood  # the fiscal dates read


def test_follow_ups_change_the_fiscal_grain_and_window(april, lines):
    session = Session(april)
    session.ask("Umsatz je Geschäftsjahr")
    quarters = session.ask("und je Geschäftsquartal?")
    assert quarters.status == "ok" and quarters.table.columns[0] == "fiscal_quarter"
    want = lines.filter((P("fy") == 2010) & (P("fq") == 3))["amt"].sum()
    assert _by(quarters)["GJ 2010/11 Q3"] == pytest.approx(want, abs=0.01)
    within = session.ask("und im GJ 2010/11?")
    assert within.status == "ok" and within.table.height == 4, within.understood
    assert "Geschäftsjahr ab April" in within.understood  # which months a fiscal year is


def test_the_year_before_a_fiscal_quarter(april, lines):
    session = Session(april)
    session.ask("revenue FY2011 Q3")
    before = session.ask("and the year before?")
    assert before.status == "ok" and "Q3 FY2010" in before.understood
    want = lines.filter((P("fy") == 2009) & (P("fq") == 3))["amt"].sum()  # October to December 2009
    assert before.table.item(0, before.table.columns[-1]) == pytest.approx(want, abs=0.01)


def test_a_fiscal_quarter_named_by_nothing_is_asked_back(april):
    answer = ia.ask("Umsatz im Geschäftsquartal", april)
    assert answer.status == "clarify" and "Geschäftsquartal" in answer.text


@pytest.mark.parametrize(("question", "grain", "word"), [
    ("Umsatz je Geschäftsjahr", "year", "Kalenderjahr"), ("revenue by fiscal quarter", "quarter", "calendar")])
def test_without_a_fiscal_year_the_calendar_is_read_and_said(retail_ds, lines, question, grain, word):
    answer = ia.ask(question, retail_ds)  # no fiscal year set
    assert answer.status == "ok" and answer.table.columns[0] == grain
    assert word in answer.understood and "--fiscal-year-start" in answer.understood
    if grain == "year":
        want = lines.filter(P("order_date").dt.year() == 2010)["amt"].sum()
        assert _by(answer)[2010] == pytest.approx(want, abs=0.01)
