"""Helpers for the CLV tests: where the shared data lives, tiny canonical order-line frames."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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


