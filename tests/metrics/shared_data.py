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


# -- the analysis shop: referrals, interactions, survey answers and bands, worked out by hand ---------------
# Orders (margin 1, no costs; analysis date 2025-01-16, default pair of years 2023 → 2024):
#   a 2023-03-01 100, 2024-05-01 100, 2024-06-01 100   (tenure 458 d = 15.05 months; 2023 and 2024)
#   b 2023-06-01 50, 2024-02-01 50                     (245 d = 8.05 months; 2023 and 2024; referred by a)
#   c 2023-09-01 200                                   (tenure 0; 2023 only; referred by a)
#   d 2023-01-10 300, 2023-02-10 300                   (31 d = 1.02 months; 2023 only)
#   e 2022-12-01 10, 2025-01-15 10                     (776 d = 25.49 months; not in 2023)
#   h 2023-04-01 80                                    (tenure 0; 2023 only)
#   g is a lead referred by d, without orders
ANALYSIS_AS_OF = dt.date(2025, 1, 16)


def analysis_shop(answered: bool = False) -> Dataset:
    orders = [("1", "a", "2023-03-01", 100.0), ("2", "a", "2024-05-01", 100.0), ("3", "a", "2024-06-01", 100.0),
              ("4", "b", "2023-06-01", 50.0), ("5", "b", "2024-02-01", 50.0), ("6", "c", "2023-09-01", 200.0),
              ("7", "d", "2023-01-10", 300.0), ("8", "d", "2023-02-10", 300.0), ("9", "e", "2022-12-01", 10.0),
              ("10", "e", "2025-01-15", 10.0), ("11", "h", "2023-04-01", 80.0)]
    lines = pl.DataFrame(orders, schema={"order_id": pl.String, "customer_id": pl.String, "order_date": pl.String,
                                         "amount": pl.Float64}, orient="row").with_columns(
        pl.col("order_date").str.to_datetime("%Y-%m-%d"), quantity=pl.lit(1.0), unit_price=pl.col("amount"))
    customers = pl.DataFrame({
        "customer_id": ["a", "b", "c", "d", "e", "h", "g"],
        "name": ["Anna", "Ben", "Cora", "Dax GmbH", "Eva", "Hof KG", "Gus"],
        "status": ["customer"] * 6 + ["lead"],
        "kind": ["b2c", "b2c", "b2c", "b2b", "b2c", "b2b", "b2c"],
        "age": [25, 34, 70, None, 17, 45, 50],
        "referred_by": [None, "a", "a", None, None, None, "d"],
    }, schema_overrides={"age": pl.Int64})
    interactions = pl.DataFrame({
        "customer_id": ["a", "a", "c", "c", "d", "g", "b"],
        "happened_at": ["2023-03-05 10:00", "2024-01-10 08:00", "2023-10-01 09:00", "2023-11-01 09:00",
                        "2023-02-01 11:00", "2023-05-01 12:00", "2025-02-01 09:00"],
        "kind": ["call", "complaint", "complaint", "Complaint", "email", "call", "call"],
        "note": [None] * 7,
    }).with_columns(pl.col("happened_at").str.to_datetime("%Y-%m-%d %H:%M"))
    if answered:  # 2 h, 72 h, never, 24 h, 1 h, –, –
        interactions = interactions.with_columns(answered_at=pl.Series(
            ["2023-03-05 12:00", "2024-01-13 08:00", None, "2023-11-02 09:00", "2023-02-01 12:00", None, None]
        ).str.to_datetime("%Y-%m-%d %H:%M"))
    survey = pl.DataFrame({
        "customer_id": ["a", "a", "c", "b", "d"],
        "response_date": ["2023-06-01", "2023-06-01", "2023-09-15", "2024-03-01", "2023-01-20"],
        "aspect": ["price", "quality", "price", "price", "price"],
        "satisfaction": [4.0, 5.0, 2.0, 5.0, 3.0],
        "nps": [9.0, None, 3.0, 10.0, 7.0],
        "repurchase_intent": [5.0, None, 2.0, 4.0, 3.0],
    }).with_columns(pl.col("response_date").str.to_date())
    return Dataset(order_lines=lines, customers=customers, interactions=interactions, survey_responses=survey)
