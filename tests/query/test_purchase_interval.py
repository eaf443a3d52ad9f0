"""Purchase intervals (docs/metrics.md, "Purchase intervals"): days between orders = the mean over customers with
two or more order days of their mean gap between distinct order days; days to second order = first to second order
day, mean (or median) over customers with a second order day. Returns and cancellations make no gap. Expected values
in plain polars on the raw Online Retail II file (ask_reference.canonical) and on the demo's order lines."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.api import ask
from tests.query.ask_reference import canonical


def _order_days(lines: pl.DataFrame) -> pl.DataFrame:
    """(customer_id, day) of valid orders, distinct, sorted, with the gap to the customer's previous order day."""
    return (lines.filter(pl.col("valid") & pl.col("customer_id").is_not_null())
            .select("customer_id", "day").unique().sort("customer_id", "day")
            .with_columns(gap=pl.col("day").diff().over("customer_id").dt.total_days()))


def mean_gap(lines: pl.DataFrame) -> pl.DataFrame:
    days = _order_days(lines).drop_nulls("gap")
    return days.group_by("customer_id").agg(pl.col("gap").mean()).select(pl.col("gap").mean())


def second_gaps(lines: pl.DataFrame) -> pl.Series:
    days = _order_days(lines).drop_nulls("gap")
    return days.group_by("customer_id").agg(pl.col("gap").first()).get_column("gap")


def _demo_lines(demo) -> pl.DataFrame:
    """The demo's lines with the same validity rule: a non-return order whose lines sum to a positive amount."""
    df = demo.order_lines.with_columns(
        day=pl.col("order_date").dt.date(),
        is_return=(pl.col("quantity") < 0) | pl.col("order_id").str.starts_with("C"))
    valid = (df.filter(~pl.col("is_return")).group_by("order_id").agg(s=pl.col("amount").sum())
             .filter(pl.col("s") > 0).select("order_id", valid=pl.lit(True)))
    return df.join(valid, on="order_id", how="left").with_columns(pl.col("valid").fill_null(False))


@pytest.fixture(scope="module")
def lines_ii(raw_ii) -> pl.DataFrame:
    return canonical(raw_ii)


def _one(question: str, data) -> tuple[str, float]:
    got = ask(question, data=data).to_json()
    assert got["status"] == "ok" and len(got["rows"]) == 1, got["text"]
    return got["columns"][0], got["rows"][0][0]


@pytest.mark.parametrize("question", ["durchschnittliche Tage zwischen zwei Bestellungen",
                                      "mean days between purchases", "mittlerer Abstand zwischen Bestellungen",
                                      "average time between orders"])
def test_days_between_orders(retail_ii, lines_ii, question):
    column, value = _one(question, retail_ii)
    assert column == "days_between_orders"
    assert value == pytest.approx(mean_gap(lines_ii).item(), rel=1e-9)


@pytest.mark.parametrize("question", ["average time to second order in days", "Tage bis zur zweiten Bestellung",
                                      "wie lange dauert es bis zur zweiten Bestellung"])
def test_days_to_second_order(retail_ii, lines_ii, question):
    column, value = _one(question, retail_ii)
    assert column == "days_to_second_order"
    assert value == pytest.approx(second_gaps(lines_ii).mean(), rel=1e-9)


def test_median_days_to_second_order_counts_only_customers_with_a_second_order(retail_ii, lines_ii):
    got = ask("median time to second order", data=retail_ii).to_json()
    assert got["status"] == "ok", got["text"]
    row = dict(zip(got["columns"], got["rows"][0]))
    gaps = second_gaps(lines_ii)
    assert row["median_days_to_second_order"] == pytest.approx(gaps.median())
    assert row["customers"] == gaps.len()


def test_a_country_filter_and_a_year_choose_the_lines(retail_ii, lines_ii):
    _, germany = _one("days between orders for customers in Germany", retail_ii)
    assert germany == pytest.approx(mean_gap(lines_ii.filter(pl.col("country") == "Germany")).item(), rel=1e-9)
    _, in_2011 = _one("Tage zwischen Bestellungen 2011", retail_ii)
    year = lines_ii.filter((pl.col("day") >= dt.date(2011, 1, 1)) & (pl.col("day") < dt.date(2012, 1, 1)))
    assert in_2011 == pytest.approx(mean_gap(year).item(), rel=1e-9)


def test_demo_overall_and_by_country(demo):
    lines = _demo_lines(demo)
    _, overall = _one("mean days between orders", demo)
    assert overall == pytest.approx(mean_gap(lines).item(), rel=1e-9)
    got = ask("days between orders by country", data=demo).to_json()
    assert got["status"] == "ok", got["text"]
    # a customer counts in every country it bought in, with its whole interval (like tenure by country)
    per_customer = _order_days(lines).drop_nulls("gap").group_by("customer_id").agg(pl.col("gap").mean())
    pairs = lines.filter(pl.col("customer_id").is_not_null()).select("customer_id", "country").unique()
    by_country = per_customer.join(pairs, on="customer_id").group_by("country").agg(pl.col("gap").mean())
    want = {r[0]: r[1] for r in by_country.select("country", "gap").iter_rows()}
    rows = {r[0]: r[1] for r in got["rows"]}
    assert rows.keys() == want.keys()
    for country, value in want.items():
        assert rows[country] == pytest.approx(value, rel=1e-9), country


def test_one_order_day_makes_no_interval(demo):
    """A customer with a single order day has no gap: the mean is over repeat customers only, never a 0."""
    lines = _demo_lines(demo)
    days = _order_days(lines)
    single = days.group_by("customer_id").len().filter(pl.col("len") == 1).height
    assert single > 0  # the demo has one-time buyers, so counting them as 0 would change the figure
    _, value = _one("mean days between orders", demo)
    assert value > 0
