"""Customers by their number of complaints (docs/ask.md, "Active customers and rated aspects"): a population of
the customers with ≥ / > N complaint interactions, checked on the demo interactions against plain polars —
never the complaint analysis and never the number dropped."""

from __future__ import annotations

import polars as pl
import pytest

from insight.query import Session


def _complainers(demo, test) -> pl.Series:
    counts = (demo.interactions.filter(pl.col("kind").str.to_lowercase().is_in(["complaint", "beschwerde"]))
              .group_by("customer_id").len())
    return counts.filter(test(pl.col("len"))).get_column("customer_id")


def _buyers(demo) -> pl.Series:
    return demo.order_lines.filter(pl.col("quantity") > 0).get_column("customer_id").drop_nulls().unique()


@pytest.mark.parametrize(("question", "test"), [
    ("Kunden mit mindestens 2 Beschwerden", lambda c: c >= 2),
    ("How many customers have at least 3 complaints?", lambda c: c >= 3),
    ("Wie viele Kunden haben mehr als 2 Beschwerden?", lambda c: c > 2),
])
def test_customers_with_at_least_n_complaints(demo, question, test) -> None:
    answer = Session(demo).ask(question)
    assert answer.status == "ok", answer.text
    assert answer.plan["population"]["complaints"] is not None
    ids = _complainers(demo, test)
    expected = ids.filter(ids.is_in(_buyers(demo).implode())).len()
    assert 0 < expected < _buyers(demo).len()
    assert answer.rows[0][-1] == expected


def test_revenue_of_customers_with_complaints_is_theirs(demo) -> None:
    answer = Session(demo).ask("Umsatz der Kunden mit mindestens 2 Beschwerden")
    assert answer.status == "ok", answer.text
    ids = _complainers(demo, lambda c: c >= 2)
    expected = demo.order_lines.filter(pl.col("customer_id").is_in(ids.implode())).get_column("amount").sum()
    assert answer.rows[0][-1] == pytest.approx(expected, rel=1e-6)
