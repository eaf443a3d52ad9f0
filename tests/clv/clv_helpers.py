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
    frame = pl.DataFrame(rows, infer_schema_length=None)
    return frame.select([
        (pl.col(c).cast(t) if c in frame.columns else pl.lit(None, dtype=t)).alias(c)
        for c, t in ORDER_LINES.columns.items()
    ])


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
