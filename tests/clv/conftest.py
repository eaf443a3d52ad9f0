"""Session fixtures for the CLV tests: the CDNOW files from ../shared/data."""

from __future__ import annotations

import polars as pl
import pytest

from clv_helpers import CDNOW, need


@pytest.fixture(scope="session")
def cdnow_summary() -> pl.DataFrame:
    return pl.read_csv(need(CDNOW / "cdnow_customers_summary.csv"))


@pytest.fixture(scope="session")
def cdnow_transactions_summary() -> pl.DataFrame:
    return pl.read_csv(need(CDNOW / "cdnow_customers_summary_with_transactions.csv"))


@pytest.fixture(scope="session")
def cdnow_raw() -> pl.DataFrame:
    """CDNOW_sample.txt: customer_id sample_id date number_of_cds dollar_value, whitespace-separated."""
    text = pl.read_csv(need(CDNOW / "CDNOW_sample.txt"), has_header=False, new_columns=["line"],
                       separator="\x1f", quote_char=None)
    fields = text.select(pl.col("line").str.strip_chars().str.replace_all(r"\s+", " ").str.split(" ").alias("f"))
    return fields.select(
        customer_id=pl.col("f").list.get(0).cast(pl.Int64),
        sample_id=pl.col("f").list.get(1).cast(pl.Int64),
        date=pl.col("f").list.get(2).str.strptime(pl.Date, "%Y%m%d"),
        cds=pl.col("f").list.get(3).cast(pl.Int64),
        dollars=pl.col("f").list.get(4).cast(pl.Float64),
    )


@pytest.fixture(scope="session")
def cdnow_prepared(cdnow_raw) -> pl.LazyFrame:
    """CDNOW purchases as prepared lines (every purchase an order, same-day purchases merged later)."""
    return cdnow_raw.lazy().select(
        customer_id=pl.col("sample_id"), order_day=pl.col("date"), line_amount=pl.col("dollars"),
        is_return=pl.lit(False), is_order=pl.lit(True),
    )
