"""Shared fixtures for the importer tests: the real data directory and small file writers."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"real data not found at {DATA}")
    return DATA


@pytest.fixture
def write(tmp_path):
    """write(name, text, encoding='utf-8') -> Path of a file under tmp_path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return _write


@pytest.fixture(scope="session")
def retail_ii(data_dir):
    """Online Retail II read once per test session: (raw parquet frame, MappedTable)."""
    import polars as pl

    from insight.io import read_table

    path = data_dir / "online_retail_ii.parquet"
    return pl.read_parquet(path), read_table(path)
