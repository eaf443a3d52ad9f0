"""'Active customers' (docs/ask.md, "Active customers"): never the word dropped. On the demo data the customers
with an order in the 12 months before the analysis date, checked against plain polars on the same lines; a
question's own window is the period of activity; a member list without orders asks back."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import insight.api as ia
from insight.query import Session


def _active_ids(ds, start: dt.date, end: dt.date) -> pl.Series:
    """Customers of the orders of the window that are sales (a positive value of their non-return lines)."""
    day = pl.col("order_date").cast(pl.Date)
    lines = ds.order_lines.filter((day >= start) & (day < end) & pl.col("customer_id").is_not_null())
    sales = lines.filter(pl.col("quantity") > 0).group_by("order_id").agg(pl.col("amount").sum()).filter(
        pl.col("amount") > 0)
    return lines.filter(pl.col("order_id").is_in(sales.get_column("order_id").implode())).get_column(
        "customer_id").unique()


@pytest.mark.parametrize("question", ["Wie viele aktive Kunden haben wir?", "How many active customers do we have?"])
def test_active_customers_ordered_in_the_last_12_months(demo, question) -> None:
    answer = Session(demo).ask(question)
    assert answer.status == "ok", answer.text
    start = dt.date(demo.as_of.year - 1, demo.as_of.month, 1)
    expected = _active_ids(demo, start, demo.as_of).len()
    assert expected < demo.order_lines.get_column("customer_id").n_unique()  # the word changes the figure
    assert answer.rows[0][-1] == expected
    assert start.isoformat() in answer.understood  # the definition is stated


def test_revenue_of_active_customers_is_their_revenue(demo) -> None:
    answer = Session(demo).ask("Umsatz der aktiven Kunden")
    assert answer.status == "ok", answer.text
    ids = _active_ids(demo, dt.date(demo.as_of.year - 1, demo.as_of.month, 1), demo.as_of)
    lines = demo.order_lines.filter(pl.col("customer_id").is_in(ids.implode()))
    assert answer.rows[0][-1] == pytest.approx(lines.filter(pl.col("line_status").is_null() | (
        pl.col("line_status") != "cancelled")).get_column("amount").sum(), rel=0.02)


def test_a_window_of_the_question_is_the_activity_period(demo) -> None:
    answer = Session(demo).ask("Wie viele aktive Kunden hatten wir 2024?")
    assert answer.status == "ok", answer.text
    assert answer.rows[0][-1] == _active_ids(demo, dt.date(2024, 1, 1), dt.date(2025, 1, 1)).len()


def test_active_customers_without_orders_are_asked_back(tmp_path) -> None:
    rows = pl.DataFrame({"Kundennummer": [f"K{k}" for k in range(30)], "Region": ["Nord", "Süd"] * 15})
    rows.write_csv(tmp_path / "kunden.csv", separator=";")
    ws = tmp_path / "ws.db"
    ia.import_files([tmp_path / "kunden.csv"], workspace=ws, table="customers", mapping={"Kundennummer": "customer_id"})
    answer = Session(ia.load(workspace=ws)).ask("Wie viele aktive Kunden haben wir?")
    assert answer.status == "clarify", answer.text
    assert "aktive" in answer.text


def test_a_client_flag_of_active_members_wins(tmp_path) -> None:
    rows = pl.DataFrame({"CustomerId": list(range(15_000_000, 15_000_060)), "Geography": ["France", "Spain"] * 30,
                         "IsActiveMember": [1, 0, 0] * 20, "Exited": [0, 1] * 30})
    rows.write_csv(tmp_path / "bank.csv")
    answer = Session(ia.load_file(tmp_path / "bank.csv")).ask("How many active customers do we have?")
    assert answer.status == "ok", answer.text
    assert answer.plan["population"]["active"] is None
    assert answer.rows[0][-1] == rows.filter(pl.col("IsActiveMember") == 1).height
