"""Helpers for the CLV tests: where the shared data lives, tiny canonical order-line frames."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from insight.schema import ORDER_LINES

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CDNOW = DATA / "cdnow"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (expected next to the repository)")
    return path


def order_lines(rows: list[dict]) -> pl.DataFrame:
    """A canonical order_lines frame from a few dicts (missing columns null)."""
    return canonical(pl.DataFrame(rows, infer_schema_length=None))


def canonical(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with exactly the canonical order_lines columns, cast; absent ones null."""
    return frame.select([
        (pl.col(c).cast(t) if c in frame.columns else pl.lit(None, dtype=t)).alias(c)
        for c, t in ORDER_LINES.columns.items()
    ])


def loyal_lines(n_customers: int = 60, seed: int = 1) -> pl.DataFrame:
    """Canonical order lines of customers who all keep buying at a steady pace (every 7-29 days, from a
    start in the first four months of 2023) right up to the end of the year: nobody lapses, so a
    buy-till-you-die model has no dropout to fit and its dropout parameters run to their bounds."""
    rng = np.random.default_rng(seed)
    customers = pl.DataFrame({
        "customer_id": [str(i) for i in range(1, n_customers + 1)],
        "gap": rng.integers(7, 30, n_customers),
        "first": rng.integers(0, 120, n_customers),
    })
    lines = (
        customers.with_columns(k=pl.int_ranges(0, (364 - pl.col("first")) // pl.col("gap") + 1))
        .explode("k")
        .with_columns(order_date=pl.datetime(2023, 1, 2, 9)
                      + pl.duration(days=pl.col("first") + pl.col("k") * pl.col("gap")),
                      order_id=pl.format("L{}-{}", "customer_id", "k"), quantity=pl.lit(1.0))
    )
    return canonical(lines.with_columns(unit_price=pl.Series(rng.uniform(10, 60, lines.height))))


def day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def simulated_rows(n_customers: int, seed: int = 3, heterogeneous: bool = True) -> list[dict]:
    """Simulated BG/NBD-like buyers in 2011: gamma purchase rates, beta dropout after each repeat order
    (``heterogeneous=False``: the same rate and no dropout for everyone, a degenerate case for the fit)."""
    rng = np.random.default_rng(seed)
    start = dt.datetime(2011, 1, 1, 10)
    rows = []
    for cid in range(1, n_customers + 1):
        rate = rng.gamma(2.0, 1 / 60.0) if heterogeneous else 1 / 40.0
        drop = rng.beta(1.0, 3.0) if heterogeneous else 0.0
        days, d = [], float(rng.integers(0, 200))
        while d < 365:
            days.append(d)
            if len(days) > 1 and rng.random() < drop:
                break
            d += rng.exponential(1 / rate)
        for k, d in enumerate(days):
            price = float(rng.uniform(5, 50)) * (1 + cid % 4)
            cost = 0.6 * price if cid <= 10 else None  # customers 1-10 have a 40 % margin from their costs
            rows.append(dict(order_id=f"O{cid}-{k}", customer_id=str(cid), order_date=start + dt.timedelta(days=d),
                             quantity=float(rng.integers(1, 5)), unit_price=price, unit_cost=cost))
    return rows
