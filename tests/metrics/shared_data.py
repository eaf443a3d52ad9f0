"""Test data shared by tests/metrics and tests/segments: a hand-built tiny shop and Online Retail II.

Loaded through ``load_shared()`` in each conftest so that both directories use one module object
(the lru_cache then reads the 1M-line parquet once per test session).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import polars as pl

from insight.dataset import Dataset

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
RETAIL_II = DATA / "online_retail_ii.parquet"

# The tiny shop (analysis date 2024-12-31, the day after the last line):
#   c1: 3 orders 2024-01-10 / 06-10 / 12-20, revenue 500
#   c2: 1 order 2024-03-01 (200) and a return of 50 on 03-05: revenue 150, orders 1
#   c3: 2 orders 2023-12-01 and 2024-12-01, 100 each
#   c4: 1 order 2024-12-30, 1000
#   c5: 4 orders of 20 on 2024-02-01 / 02-15 / 11-01 / 12-15
#   c6: 2 orders on the same day 2024-09-15 (50 + 30)
#   c7: only a zero-value adjustment and a cancellation of 30: not a customer
#   one line without customer (70)
TINY_LINES = [
    ("O1", "c1", "2024-01-10", 2, 50.0), ("O2", "c1", "2024-06-10", 1, 100.0), ("O3", "c1", "2024-12-20", 3, 100.0),
    ("O4", "c2", "2024-03-01", 1, 200.0), ("C4", "c2", "2024-03-05", -1, 50.0),
    ("O5", "c3", "2023-12-01", 10, 10.0), ("O6", "c3", "2024-12-01", 10, 10.0),
    ("O7", "c4", "2024-12-30", 1, 1000.0),
    ("O8", "c5", "2024-02-01", 5, 4.0), ("O9", "c5", "2024-02-15", 5, 4.0), ("O10", "c5", "2024-11-01", 5, 4.0),
    ("O11", "c5", "2024-12-15", 5, 4.0),
    ("O14", "c6", "2024-09-15", 2, 25.0), ("O15", "c6", "2024-09-15", 1, 30.0),
    ("O12", "c7", "2024-07-01", 1, 0.0), ("C12", "c7", "2024-07-02", -1, 30.0),
    ("O13", None, "2024-05-01", 1, 70.0),
]


def tiny_lines(extra: dict[str, list] | None = None) -> pl.DataFrame:
    frame = pl.DataFrame(
        TINY_LINES, schema={"order_id": pl.String, "customer_id": pl.String, "order_date": pl.String,
                            "quantity": pl.Float64, "unit_price": pl.Float64}, orient="row",
    ).with_columns(pl.col("order_date").str.to_datetime("%Y-%m-%d", time_unit="us"))
    for column, dtype in (("amount", pl.Float64), ("unit_cost", pl.Float64), ("country", pl.String),
                          ("product_id", pl.String), ("description", pl.String), ("channel", pl.String)):
        values = (extra or {}).get(column)
        frame = frame.with_columns(
            pl.Series(column, values, dtype=dtype) if values is not None else pl.lit(None, dtype=dtype).alias(column)
        )
    return frame


def tiny_dataset(customers: pl.DataFrame | None = None, **tables) -> Dataset:
    kwargs = dict(tables)
    if customers is not None:
        kwargs["customers"] = customers
    return Dataset(order_lines=tiny_lines(), **kwargs)


TINY_AS_OF = dt.date(2024, 12, 31)


@lru_cache(maxsize=1)
def load_retail() -> Dataset:
    """Online Retail II mapped by hand onto the canonical columns (independent of insight.io)."""
    raw = pl.read_parquet(RETAIL_II)
    lines = raw.select(
        order_id=pl.col("Invoice"),
        customer_id=pl.col("Customer ID").cast(pl.String),
        order_date=pl.col("InvoiceDate"),
        quantity=pl.col("Quantity").cast(pl.Float64),
        unit_price=pl.col("Price"),
        country=pl.col("Country"),
        product_id=pl.col("StockCode"),
        description=pl.col("Description"),
    ).with_columns(amount=pl.lit(None, dtype=pl.Float64), unit_cost=pl.lit(None, dtype=pl.Float64),
                   channel=pl.lit(None, dtype=pl.String))
    return Dataset(order_lines=lines, source=str(RETAIL_II))


@lru_cache(maxsize=1)
def load_demo() -> Dataset:
    """The built-in demo data (all tables), generated once per test session."""
    from insight.io.demo import generate_demo

    return generate_demo(seed=7, n_customers=3000)
