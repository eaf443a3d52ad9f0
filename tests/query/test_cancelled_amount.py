""""revenue of cancelled orders": the amount of the cancelled lines (docs/ask.md, `cancelled_amount`), never the
total revenue with a count of cancelled orders beside it."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

SALES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "sales_data_sample.csv"


@pytest.fixture(scope="module")
def sales():
    if not SALES.exists():
        pytest.skip(f"{SALES} is absent")
    return ia.load_file(SALES), pl.read_csv(SALES, encoding="latin1")


@pytest.mark.parametrize("question", ["revenue of cancelled orders", "Umsatz der stornierten Aufträge"])
def test_money_of_cancelled_orders_is_their_amount(sales, question):
    ds, raw = sales
    got = ia.ask(question, ds).to_json()
    want = raw.filter(pl.col("STATUS") == "Cancelled")["SALES"].sum()
    assert got["status"] == "ok" and got["rows"][0][0] == pytest.approx(want, abs=0.01), got["understood"]


def test_revenue_and_cancelled_orders_stays_a_listing(sales):
    ds, raw = sales
    got = ia.ask("revenue and cancelled orders", ds).to_json()
    assert got["status"] == "ok" and got["rows"][0][0] == pytest.approx(raw.filter(pl.col("STATUS") != "Cancelled")["SALES"].sum(), abs=0.01)
