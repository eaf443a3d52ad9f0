"""Shared fixtures: one demo Dataset per session (derived frames are cached on it), independent helpers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def demo():
    import insight.api as ia

    return ia.demo_dataset()


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


@pytest.fixture(scope="session")
def kernel() -> str:
    """Register this venv's python as the 'python3' kernel (idempotent; CI starts from a clean clone)."""
    from jupyter_client.kernelspec import KernelSpecManager

    spec_file = Path(sys.prefix) / "share" / "jupyter" / "kernels" / "python3" / "kernel.json"
    if not spec_file.exists():
        subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", "python3"],
                       check=True, capture_output=True)
    spec = KernelSpecManager().get_kernel_spec("python3")
    if Path(spec.argv[0]).resolve() != Path(sys.executable).resolve() and spec.argv[0] != "python":
        pytest.skip(f"the 'python3' kernel runs {spec.argv[0]}, not this venv ({sys.executable})")
    return "python3"
