"""customer_table on the hand-built tiny shop (numbers worked out by hand in shared_data.py)."""

import datetime as dt

import polars as pl
import pytest

from insight.metrics.customer_table import customer_table
from insight.metrics.lines import prepared_lines

D = dt.date


def row(table: pl.DataFrame, cid: str) -> dict:
    return table.filter(pl.col("customer_id") == cid).row(0, named=True)


def test_one_row_per_real_customer(tiny_ds):
    table = customer_table(tiny_ds)
    assert table.get_column("customer_id").to_list() == ["c1", "c2", "c3", "c4", "c5", "c6"]  # c7: no order
    assert tiny_ds.as_of == D(2024, 12, 31)


def test_behaviour_columns_by_hand(tiny_ds):
    table = customer_table(tiny_ds)
    c1 = row(table, "c1")
    assert c1["revenue"] == pytest.approx(500.0)
    assert c1["orders"] == 3
    assert c1["aov"] == pytest.approx(500 / 3)
    assert (c1["first_order"], c1["last_order"]) == (D(2024, 1, 10), D(2024, 12, 20))
    assert c1["tenure_months"] == pytest.approx(345 / 30.4375)
    assert c1["purchase_rate"] == pytest.approx(3 / (345 / 30.4375))
    assert c1["recency_days"] == 11
    c2 = row(table, "c2")  # 200 order, 50 returned: net 150, one order, tenure 0
    assert (c2["revenue"], c2["orders"], c2["recency_days"]) == (pytest.approx(150.0), 1, 305)
    assert c2["tenure_months"] == 0 and c2["purchase_rate"] is None
    c3 = row(table, "c3")
    assert c3["tenure_months"] == pytest.approx(366 / 30.4375)  # 2024 is a leap year
    c6 = row(table, "c6")  # two orders on one day
    assert (c6["orders"], c6["revenue"], c6["recency_days"], c6["purchase_rate"]) == (2, 80.0, 107, None)


def test_default_margin_profit_and_capital(tiny_ds):
    table = customer_table(tiny_ds)
    assert table.get_column("margin").to_list() == [1.0] * 6
    assert table.get_column("profit").to_list() == table.get_column("revenue").to_list()
    assert table.get_column("customer_capital").to_list() == table.get_column("revenue").to_list()


def test_unit_cost_margin_and_cost_to_serve(data):
    # c1's lines: O1 2 x 50 cost 30 -> gross 40; O2 1 x 100 cost 60 -> 40; O3 no cost -> 300 * 0.5 default
    costs = [30.0, 60.0] + [None] * (len(data.TINY_LINES) - 2)
    from insight.dataset import Dataset
    from insight.settings import Settings

    customers = pl.DataFrame({"customer_id": ["c1", "c2"], "cost_to_serve": [20.0, None], "kind": ["b2b", "b2c"]})
    ds = Dataset(order_lines=data.tiny_lines({"unit_cost": costs}), customers=customers,
                 settings=Settings(default_margin=0.5))
    table = customer_table(ds)
    c1 = row(table, "c1")
    assert c1["margin"] == pytest.approx((40 + 40 + 150) / 500)
    assert c1["profit"] == pytest.approx(40 + 40 + 150 - 20)
    assert c1["kind"] == "b2b"
    c2 = row(table, "c2")  # (200 - 50) * 0.5, no cost to serve
    assert c2["profit"] == pytest.approx(75.0)
    assert row(table, "c3")["kind"] is None


def test_window_keeps_capital_over_the_whole_relationship(tiny_ds):
    window = prepared_lines(tiny_ds).filter(pl.col("order_day") >= D(2024, 1, 1))
    table = customer_table(tiny_ds, window)
    c3 = row(table, "c3")
    assert (c3["revenue"], c3["orders"], c3["profit"], c3["customer_capital"]) == (100.0, 1, 100.0, 200.0)
    assert c3["first_order"] == D(2024, 12, 1)


def test_modal_line_country_when_no_customer_table(data):
    from insight.dataset import Dataset

    countries = ["DE", "FR", "FR"] + ["DE"] * (len(data.TINY_LINES) - 3)
    table = customer_table(Dataset(order_lines=data.tiny_lines({"country": countries})))
    assert row(table, "c1")["country"] == "FR"
    assert row(table, "c2")["country"] == "DE"


def test_retail_customer_table_independently(retail_ds):
    table = customer_table(retail_ds)
    # second computation: plain polars over the raw parquet columns, written differently
    raw = pl.read_parquet(retail_ds.source).filter(pl.col("Customer ID").is_not_null())
    amount = pl.when(pl.col("Invoice").str.starts_with("C") | (pl.col("Quantity") < 0)) \
        .then(-(pl.col("Quantity") * pl.col("Price")).abs()).otherwise(pl.col("Quantity") * pl.col("Price"))
    raw = raw.with_columns(amt=amount, cancel=pl.col("Invoice").str.starts_with("C") | (pl.col("Quantity") < 0))
    valid = (raw.filter(~pl.col("cancel")).group_by("Invoice").agg(pl.col("amt").sum())
             .filter(pl.col("amt") > 0).get_column("Invoice"))
    orders = raw.filter(pl.col("Invoice").is_in(valid.implode())).group_by("Customer ID").agg(
        n=pl.col("Invoice").n_unique(), last=pl.col("InvoiceDate").max())
    revenue = raw.group_by("Customer ID").agg(rev=pl.col("amt").sum())
    expect = orders.join(revenue, on="Customer ID").sort("Customer ID")
    assert table.height == expect.height == 5878
    assert table.get_column("orders").to_list() == expect.get_column("n").to_list()
    assert table.get_column("revenue").to_numpy() == pytest.approx(expect.get_column("rev").to_numpy())
    top = table.sort("revenue", descending=True).head(3)
    assert top.get_column("customer_id").to_list() == [18102, 14646, 14156]  # dev.jsonl d14
    recency = (pl.lit(dt.date(2011, 12, 10)) - expect.get_column("last").dt.date()).dt.total_days()
    assert table.get_column("recency_days").to_list() == expect.select(recency).to_series().to_list()


def test_customer_country_wins_over_line_country_and_duplicates_collapse(data):
    from insight.dataset import Dataset

    countries = ["DE", "FR", "FR"] + ["DE"] * (len(data.TINY_LINES) - 3)
    customers = pl.DataFrame({"customer_id": ["c1", "c2", "c2"], "country": ["AT", None, "CH"]})
    table = customer_table(Dataset(order_lines=data.tiny_lines({"country": countries}), customers=customers))
    assert table.height == 6
    assert [row(table, c)["country"] for c in ("c1", "c2", "c3")] == ["AT", "DE", "DE"]
