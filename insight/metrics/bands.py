"""Tenure and age bands: customer attributes derived from numbers, so that "Kaufen langjährige Kunden
mehr?" and "Umsatz nach Altersgruppe" can be grouped like any other attribute.

- **tenure_band** (Beziehungsdauer-Band) from the contract's ``tenure_months`` (first to last order):
  ``< 3 months``, ``3–12 months``, ``1–2 years``, ``> 2 years``; lower bounds inclusive.
- **age_band** (Altersgruppe) from the customers table's ``age``: ``< 18``, ``18–29``, ``30–39``, …,
  ``60–69``, ``70+``; null where the age is unknown (B2B customers).

Values are canonical English; their German labels are in ``insight/labels.toml``.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError, MissingInputError

TENURE_BANDS = ("< 3 months", "3–12 months", "1–2 years", "> 2 years")
TENURE_LIMITS = (3.0, 12.0, 24.0)  # months; a band holds [lower, upper)
AGE_BANDS = ("< 18", "18–29", "30–39", "40–49", "50–59", "60–69", "70+")
AGE_LIMITS = (18, 30, 40, 50, 60, 70)
BANDS = {"tenure_band": TENURE_BANDS, "age_band": AGE_BANDS}


def _cut(value: pl.Expr, limits: tuple[float, ...], labels: tuple[str, ...]) -> pl.Expr:
    """The label of the band holding ``value`` (lower bound inclusive); null for a null value."""
    expr: Any = pl.when(value.is_null()).then(pl.lit(None, dtype=pl.String))  # Then, then ChainedThen
    for limit, label in zip(limits, labels):
        expr = expr.when(value < limit).then(pl.lit(label))
    return expr.otherwise(pl.lit(labels[-1]))


def tenure_band(tenure_months: pl.Expr = pl.col("tenure_months")) -> pl.Expr:
    """The tenure band of a tenure in months."""
    return _cut(tenure_months, TENURE_LIMITS, TENURE_BANDS).alias("tenure_band")


def age_band(age: pl.Expr = pl.col("age")) -> pl.Expr:
    """The age band of an age in years."""
    return _cut(age, AGE_LIMITS, AGE_BANDS).alias("age_band")


def band_order(name: str) -> pl.Expr:
    """A sort key putting the bands of ``name`` in their natural order (unknown values last)."""
    labels = BANDS[name]
    return pl.col(name).replace_strict(labels, list(range(len(labels))), default=len(labels),
                                       return_dtype=pl.Int64)


def band_frame(ds: Dataset, name: str) -> pl.DataFrame:
    """customer_id and the band ``name`` ('tenure_band' or 'age_band') for every customer (an order before
    the analysis date); MissingInputError (asked back) when the data has no ages."""
    from insight.metrics.customer_table import customer_table

    table = customer_table(ds)
    if name == "tenure_band":
        return table.select("customer_id", tenure_band())
    if name == "age_band":
        if "age" not in table.columns or table.get_column("age").null_count() == table.height:
            raise MissingInputError("age bands need the column 'age' of the customers table (Kunden), which this "
                                   "data does not have or leaves empty")
        return table.select("customer_id", age_band(pl.col("age").cast(pl.Float64)))
    raise MissingDataError(f"'{name}' is not a band; choose tenure_band or age_band")
