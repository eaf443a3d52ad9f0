"""Which customer attributes describe segments: categorical columns of ds.customers (kind, industry,
channel, ...) and numeric ones (age), found from the data rather than a fixed list."""

from __future__ import annotations

import polars as pl

from insight.metrics.customer_table import BEHAVIOUR_COLUMNS

# Never used to describe or cluster customers: identifiers, personal data, free text, dates.
EXCLUDED = {"customer_id", "name", "email", "phone", "referred_by", "first_contact_date", "status",
            "cost_to_serve", "acquisition_cost"}
MAX_LEVELS = 25  # more distinct values than this is an identifier-like column, not a category


def categorical_attributes(table: pl.DataFrame) -> list[str]:
    """String attribute columns with 2..MAX_LEVELS distinct non-null values."""
    names = []
    for name, dtype in table.schema.items():
        if name in BEHAVIOUR_COLUMNS or name in EXCLUDED or dtype not in (pl.String, pl.Categorical, pl.Boolean):
            continue
        levels = table.get_column(name).drop_nulls().n_unique()
        if 2 <= levels <= MAX_LEVELS or (levels == 1 and name == "kind"):
            names.append(name)
    return names


def numeric_attributes(table: pl.DataFrame) -> list[str]:
    """Numeric attribute columns (e.g. age) with at least two distinct values."""
    return [
        name for name, dtype in table.schema.items()
        if name not in BEHAVIOUR_COLUMNS and name not in EXCLUDED and dtype.is_numeric()
        and table.get_column(name).drop_nulls().n_unique() >= 2
    ]


def modal_table(frame: pl.DataFrame, by: str, column: str) -> pl.DataFrame:
    """Per ``by`` group: the most frequent non-null value of ``column`` (ties: smallest value first) and
    its share of the group's rows (nulls included in the denominator)."""
    sizes = frame.group_by(by).agg(_n=pl.len())
    counts = (
        frame.filter(pl.col(column).is_not_null())
        .group_by(by, column)
        .agg(_count=pl.len())
        .sort([by, "_count", column], descending=[False, True, False])
        .group_by(by, maintain_order=True)
        .first()
    )
    return (
        sizes.join(counts, on=by, how="left")
        .select(by, column, (pl.col("_count").fill_null(0) / pl.col("_n")).alias(f"{column}_share"))
    )
