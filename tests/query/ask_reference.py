"""An independent implementation of the line metrics of metrics.md on the raw Online Retail columns,
written from the spec in plain polars (it shares no code with insight) to check the engine against."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
QUESTIONS = Path(__file__).resolve().parents[2].parent / "shared" / "questions"


def canonical(raw: pl.DataFrame) -> pl.DataFrame:
    """Raw Online Retail (II) columns → order_id, customer_id, day, country, quantity, amount, valid."""
    names = {"Invoice": "order_id", "InvoiceNo": "order_id", "Customer ID": "customer_id",
             "CustomerID": "customer_id", "InvoiceDate": "ts", "Price": "price", "UnitPrice": "price",
             "Quantity": "quantity", "Country": "country", "StockCode": "product_id"}
    df = raw.rename({k: v for k, v in names.items() if k in raw.columns})
    is_return = (pl.col("quantity") < 0) | pl.col("order_id").str.starts_with("C")
    gross = pl.col("quantity") * pl.col("price")
    df = df.with_columns(is_return=is_return, day=pl.col("ts").dt.date()).with_columns(
        amount=pl.when(pl.col("is_return")).then(-gross.abs()).otherwise(gross))
    valid = df.filter(~pl.col("is_return")).group_by("order_id").agg(s=pl.col("amount").sum()) \
        .filter(pl.col("s") > 0).select("order_id", valid=pl.lit(True))
    return df.join(valid, on="order_id", how="left").with_columns(pl.col("valid").fill_null(False))


def window(df: pl.DataFrame, start: dt.date | None = None, end: dt.date | None = None,
           countries: list[str] | None = None, exclude: list[str] | None = None) -> pl.DataFrame:
    if start is not None:
        df = df.filter(pl.col("day") >= start)
    if end is not None:
        df = df.filter(pl.col("day") < end)
    if countries:
        df = df.filter(pl.col("country").is_in(countries))
    if exclude:
        df = df.filter(~pl.col("country").is_in(exclude))
    return df


def value(df: pl.DataFrame, metric: str) -> float:
    valid = df.filter(pl.col("valid"))
    if metric == "revenue":
        return float(df.get_column("amount").sum())
    if metric == "orders":
        return float(valid.get_column("order_id").n_unique())
    if metric == "customers":
        return float(valid.get_column("customer_id").drop_nulls().n_unique())
    if metric == "aov":
        return value(df, "revenue") / value(df, "orders")
    if metric == "unattributed_revenue":
        return float(df.filter(pl.col("customer_id").is_null()).get_column("amount").sum())
    if metric == "quantity":
        return float(df.get_column("quantity").sum())
    if metric == "order_lines":
        return float(df.height)
    raise ValueError(metric)


def new_customers(all_lines: pl.DataFrame, start: dt.date, end: dt.date) -> int:
    first = all_lines.filter(pl.col("valid") & pl.col("customer_id").is_not_null()).group_by("customer_id") \
        .agg(first=pl.col("day").min())
    return first.filter((pl.col("first") >= start) & (pl.col("first") < end)).height
