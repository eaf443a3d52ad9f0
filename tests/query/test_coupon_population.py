"""Customers by whether they redeemed a voucher (docs/ask.md, "Active customers and rated aspects"): on the demo
coupons the redeemers (a redemption date) and everyone else, their revenue checked against plain polars — never
the redemption rate and never the phrase dropped."""

from __future__ import annotations

import polars as pl
import pytest

from insight.query import Session


def _users(demo) -> pl.Series:
    return demo.coupons.filter(pl.col("redeemed_at").is_not_null()).get_column("customer_id").unique()


@pytest.mark.parametrize(("question", "redeemed"), [
    ("Umsatz der Kunden, die einen Gutschein eingelöst haben", True),
    ("revenue of customers who redeemed a voucher", True),
    ("revenue of customers who never redeemed a coupon", False),
])
def test_revenue_of_voucher_redeemers(demo, question, redeemed) -> None:
    answer = Session(demo).ask(question)
    assert answer.status == "ok", answer.text
    assert answer.plan["population"]["redeemed"] is redeemed
    lines = demo.order_lines.filter(pl.col("customer_id").is_not_null())
    inside = pl.col("customer_id").is_in(_users(demo).implode())
    expected = lines.filter(inside if redeemed else ~inside).get_column("amount").sum()
    assert answer.rows[0][-1] == pytest.approx(expected, rel=1e-6)


def test_how_many_customers_redeemed_a_voucher(demo) -> None:
    answer = Session(demo).ask("Wie viele Kunden haben einen Gutschein eingelöst?")
    assert answer.status == "ok", answer.text
    buyers = demo.order_lines.filter(pl.col("quantity") > 0).get_column("customer_id").drop_nulls().unique()
    assert answer.rows[0][-1] == _users(demo).filter(_users(demo).is_in(buyers.implode())).len()
