"""A complete question starts afresh, an elliptical one inherits (answers.md): the Session API on the demo,
expected values from plain polars (clv from the fitted model is compared by ranking column, not value)."""

from __future__ import annotations

import polars as pl
import pytest

from insight.query import Session


@pytest.fixture(scope="module")
def demo():
    from insight.api import demo_dataset

    return demo_dataset()


def _revenue_per_customer(ds) -> pl.DataFrame:
    lines = ds.order_lines.filter(pl.col("order_date").cast(pl.Date) < ds.as_of)
    amount = pl.col("quantity") * pl.col("unit_price")
    return (lines.filter(pl.col("customer_id").is_not_null()).group_by("customer_id")
            .agg(revenue=amount.sum()).sort(["revenue", "customer_id"], descending=[True, False]))


@pytest.mark.parametrize("first", ["Welche Kunden drohen abzuwandern?", "Wie hoch ist die Wiederkaufsrate?",
                                   "Umsatz nach Land 2024"])
def test_most_valuable_customers_after_anything_ranks_by_clv(demo, first):
    session = Session(demo)
    session.ask(first)
    answer = session.ask("Wer sind unsere wertvollsten Kunden?")
    alone = Session(demo).ask("Wer sind unsere wertvollsten Kunden?")
    assert answer.status == "ok" and answer.columns[:3] == ["customer_id", "clv", "revenue"]
    assert answer.rows == alone.rows
    assert "churn_risk" not in answer.columns


def test_top_customers_after_the_repeat_rate_ranks_by_revenue(demo):
    session = Session(demo)
    session.ask("Wie hoch ist die Wiederkaufsrate?")
    answer = session.ask("top customers")
    expected = _revenue_per_customer(demo).head(10)
    assert answer.status == "ok"
    assert answer.table.get_column("customer_id").to_list() == expected.get_column("customer_id").to_list()
    assert answer.table.get_column("revenue").to_list() == pytest.approx(expected.get_column("revenue").to_list())


@pytest.mark.parametrize("follow_up, check", [
    ("und nur 2024?", lambda p: p["window"]["label_en"] == "2024" and p["group_by"] == ["country"]),
    ("and by month?", lambda p: p["group_by"][0] == "month"),
    ("nur B2B", lambda p: any(f["dimension"] == "kind" for f in p["filters"]) and p["group_by"] == ["country"]),
])
def test_elliptical_follow_ups_inherit(demo, follow_up, check):
    session = Session(demo)
    session.ask("Umsatz nach Land")
    answer = session.ask(follow_up)
    assert answer.status == "ok" and answer.plan["metrics"] == ["revenue"], answer.text
    assert check(answer.plan), answer.plan


def test_why_after_an_answer_is_asked_back_naming_the_previous_figure(demo):
    session = Session(demo)
    first = session.ask("Umsatz nach Land")
    why = session.ask("warum?")
    assert why.status == "clarify" and why.plan["metrics"] == first.plan["metrics"] and not why.rows
