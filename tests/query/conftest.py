"""Shared fixtures for the ask tests: the real data sets loaded once per test session, the demo data,
and an independent reference implementation of the line metrics in plain polars (ask_reference.py)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared data lives next to the repository)")
    return path


@pytest.fixture(scope="session")
def retail_ii():
    from insight.api import load

    return load(_need(DATA / "online_retail_ii.parquet"))


@pytest.fixture(scope="session")
def retail():
    from insight.api import load

    return load(_need(DATA / "online_retail.parquet"))


@pytest.fixture(scope="session")
def raw_ii() -> pl.DataFrame:
    return pl.read_parquet(_need(DATA / "online_retail_ii.parquet"))


@pytest.fixture(scope="session")
def demo():
    from insight.api import demo_dataset

    return demo_dataset()
