"""summary_from_order_lines (one pass from canonical lines) must equal summary_from_lines(prepare(...)).

The fused path skips the prepared-lines stage for speed; these cases are the ones where the order
rules bite: missing order ids (fallback key), cancellations, a return-only invoice, an order whose
kept lines sum to zero, unattributed lines, same-day orders, text ids, and weeks as the unit.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from clv_helpers import DATA, need
from insight.clv.summary import collect_summary, summary_from_lines, summary_from_order_lines
from insight.dataset import Dataset
from insight.metrics.lines import prepare

AS_OF = dt.date(2024, 7, 1)


def _lines(customer_ids: list) -> pl.DataFrame:
    c1, c2, c3 = customer_ids
    rows = [
        # order_id, customer, date, quantity, unit_price, amount
        ("A1", c1, dt.datetime(2024, 1, 5, 9), 2.0, 10.0, None),
        ("A1", c1, dt.datetime(2024, 1, 5, 9), 1.0, 5.0, None),
        ("A2", c1, dt.datetime(2024, 2, 1, 10), 1.0, 30.0, None),
        ("A3", c1, dt.datetime(2024, 2, 1, 15), 1.0, 12.0, None),     # second order the same day
        ("C9", c1, dt.datetime(2024, 2, 2, 8), -1.0, 30.0, None),      # cancellation: never counts
        ("A4", c1, dt.datetime(2024, 5, 20, 8), 1.0, 0.0, None),       # zero-value: not an order
        (None, c2, dt.datetime(2024, 3, 3, 8), None, None, 40.0),      # no order id: fallback key
        (None, c2, dt.datetime(2024, 3, 3, 18), None, None, 15.0),     # same customer+day: same order
        (None, c2, dt.datetime(2024, 6, 10, 8), None, None, 22.5),
        ("A5", c3, dt.datetime(2024, 4, 1, 8), 3.0, 7.0, None),
        ("A6", None, dt.datetime(2024, 4, 2, 8), 5.0, 9.0, None),      # unattributed
        ("A7", c3, dt.datetime(2024, 7, 3, 8), 1.0, 99.0, None),       # after the analysis date
        ("A8", c3, dt.datetime(2024, 4, 10, 8), 1.0, 20.0, None),      # an order across an unattributed
        ("A8", None, dt.datetime(2024, 4, 10, 9), 1.0, -25.0, None),   # line that sums to −5: no order
        ("A9", c3, dt.datetime(2024, 5, 1, 23), 1.0, 10.0, None),      # an order across midnight
        ("A9", c3, dt.datetime(2024, 5, 2, 1), 1.0, 5.0, None),
    ]
    frame = pl.DataFrame(rows, schema={"order_id": pl.String, "customer_id": pl.String,
                                       "order_date": pl.Datetime("us"), "quantity": pl.Float64,
                                       "unit_price": pl.Float64, "amount": pl.Float64}, orient="row")
    return Dataset(order_lines=frame).order_lines


@pytest.mark.parametrize("ids", [["1", "2", "3"], ["K-1", "K-2", "K-3"]])
@pytest.mark.parametrize("unit", ["day", "week"])
@pytest.mark.parametrize("engine", ["in-memory", "streaming"])
def test_fused_summary_equals_the_prepared_path(ids: list, unit: str, engine: str) -> None:
    lines = _lines(ids)
    fused = summary_from_order_lines(lines.lazy(), AS_OF, unit).collect(engine=engine).sort("customer_id")
    staged = summary_from_lines(prepare(lines.lazy(), AS_OF), AS_OF, unit).collect().sort("customer_id")
    assert fused.columns == staged.columns
    assert fused.height == staged.height == 3
    for column in ("frequency", "recency", "T", "monetary_value"):
        assert fused.get_column(column).to_list() == pytest.approx(staged.get_column(column).to_list())


def test_fused_summary_by_hand() -> None:
    """Customer 1: order days 2024-01-05 (25) and 2024-02-01 (30 + 12): frequency 1, recency 27 days,
    T = 178 days to 2024-07-01, monetary = 42 (the repeat day's value)."""
    out = summary_from_order_lines(_lines(["1", "2", "3"]).lazy(), AS_OF).collect().sort("customer_id")
    first = out.row(0, named=True)
    assert (first["frequency"], first["recency"], first["T"], first["monetary_value"]) == (1, 27, 178, 42.0)
    second = out.row(1, named=True)  # 2024-03-03 (55) and 2024-06-10 (22.5)
    assert (second["frequency"], second["recency"], second["monetary_value"]) == (1, 99, 22.5)
    third = out.row(2, named=True)  # 2024-04-01 (21), 2024-05-01 (10), 2024-05-02 (5); A8 is no order
    assert (third["frequency"], third["recency"], third["monetary_value"]) == (2, 31, 7.5)


@pytest.mark.parametrize("batch_rows", [1, 2, 5])
def test_batched_summary_equals_one_query(batch_rows: int) -> None:
    """collect_summary in batches (an order split across batches included) gives the one-query summary."""
    lines = _lines(["1", "2", "3"])
    one = summary_from_order_lines(lines.lazy(), AS_OF).collect().sort("customer_id")
    batched = collect_summary(lines.lazy(), AS_OF, batch_rows=batch_rows).sort("customer_id")
    assert batched.columns == one.columns
    assert batched.drop("monetary_value").equals(one.drop("monetary_value"))
    assert batched.get_column("monetary_value").to_list() == pytest.approx(one.get_column("monetary_value").to_list())


def test_batched_summary_on_online_retail_ii() -> None:
    """Online Retail II read from Parquet in batches of 100,000 lines: the same customers, counts and
    days as one query over the file, money within rounding."""
    scan = pl.scan_parquet(need(DATA / "online_retail_ii.parquet")).select(
        pl.col("Invoice").alias("order_id"), pl.col("Customer ID").alias("customer_id"),
        pl.col("InvoiceDate").alias("order_date"), pl.col("Quantity").cast(pl.Float64).alias("quantity"),
        pl.col("Price").alias("unit_price"), pl.lit(None, dtype=pl.Float64).alias("amount"),
    )
    as_of = dt.date(2011, 12, 10)
    one = summary_from_order_lines(scan, as_of).collect().sort("customer_id")
    batched = collect_summary(scan, as_of, batch_rows=100_000).sort("customer_id")
    assert one.height == batched.height == 5878
    assert batched.drop("monetary_value").equals(one.drop("monetary_value"))
    diff = (batched.get_column("monetary_value") - one.get_column("monetary_value")).abs().max()
    assert diff < 1e-6
