""""average order count" is the orders per customer (each order counts 1, so the only average of a count is one
per customer), never the average order value that "average order" alone names (docs/ask.md)."""

from __future__ import annotations

import pytest

import insight.api as ia


@pytest.mark.parametrize(("question", "same_as"), [
    ("average order count in the Potential Loyalist segment", "orders per customer in the Potential Loyalist segment"),
    ("durchschnittliche Bestellanzahl der Champions", "Aufträge je Kunde der Champions"),
])
def test_an_averaged_order_count_is_orders_per_customer(demo, question, same_as):
    got = ia.ask(question, demo).to_json()
    want = ia.ask(same_as, demo).to_json()
    aov = ia.ask("average order value", demo).to_json()
    assert got["status"] == "ok" and got["rows"] == want["rows"], got["understood"]
    assert "aov" not in got["columns"] and aov["status"] == "ok"
