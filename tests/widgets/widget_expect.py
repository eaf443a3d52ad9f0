"""Expected values for the widget tests, computed here independently of the core (plain polars over the
raw tables), plus the repository paths. A uniquely named module: every tests/ folder has its own conftest."""

from __future__ import annotations

from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


def revenue_per_customer(order_lines: pl.DataFrame, as_of) -> pl.DataFrame:
    """Revenue per customer straight from the raw order lines, written here independently of the core:
    amount (else quantity × unit price), returns (negative quantity or order id starting with C) negative,
    lines before the analysis date, known customers only."""
    import datetime as dt

    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity").fill_null(0) < 0) | pl.col("order_id").fill_null("").str.starts_with("C")
    return (
        order_lines.filter(pl.col("order_date") < dt.datetime.combine(as_of, dt.time()),
                           pl.col("customer_id").is_not_null())
        .with_columns(line=pl.when(is_return).then(-raw.abs()).otherwise(raw))
        .group_by("customer_id").agg(revenue=pl.col("line").sum())
        .sort(["revenue", "customer_id"], descending=[True, False])
    )
