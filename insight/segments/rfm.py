"""RFM scores and the named recency x frequency segments, exactly as shared/spec/metrics.md defines them.

Each of recency, frequency and monetary is scored 1-5 from its ordinal rank: score = ceil(5 * rank / n),
ties broken by ascending customer_id (so equal values can land in different quintiles, deterministically).
Recency is ranked from the oldest last order (rank 1) to the most recent (rank n, score 5).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.labels import german
from insight.metrics.customer_table import customer_table

# (segment, R scores, F scores): the 25 R x F pairs, each exactly once; German labels in insight/labels.toml.
SEGMENT_MAP: tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...] = (
    ("Hibernating", (1, 2), (1, 2)),
    ("At Risk", (1, 2), (3, 4)),
    ("Can't Lose Them", (1, 2), (5,)),
    ("About to Sleep", (3,), (1, 2)),
    ("Need Attention", (3,), (3,)),
    ("Loyal", (3, 4), (4, 5)),
    ("Promising", (4,), (1,)),
    ("New", (5,), (1,)),
    ("Potential Loyalist", (4, 5), (2, 3)),
    ("Champions", (5,), (4, 5)),
)

# Ordered from most to least valuable, for summaries and persona selection.
SEGMENT_ORDER: tuple[str, ...] = (
    "Champions", "Loyal", "Potential Loyalist", "New", "Promising", "Need Attention",
    "Can't Lose Them", "At Risk", "About to Sleep", "Hibernating",
)


def _segment_lookup() -> pl.DataFrame:
    labels = german("rfm_segment")
    rows = [(r, f, name, labels[name]) for name, rs, fs in SEGMENT_MAP for r in rs for f in fs]
    return pl.DataFrame(rows, schema={"r_score": pl.Int8, "f_score": pl.Int8, "rfm_segment": pl.String,
                                      "rfm_segment_de": pl.String}, orient="row")


def quintile_score(value: str, descending: bool = False) -> pl.Expr:
    """Score 1-5 from the ordinal rank of ``value`` (ties by ascending customer_id), as an expression.

    ``descending=True`` ranks the largest value first (rank 1), as recency in days needs.
    """
    # arg_sort of the sorting permutation is its inverse: each row's 0-based ordinal position.
    rank = pl.arg_sort_by([pl.col(value), pl.col("customer_id")], descending=[descending, False]).arg_sort() + 1
    n = pl.len()
    return ((5 * rank + n - 1) // n).cast(pl.Int8)  # integer ceil(5 * rank / n)


def rfm_frame(customers: pl.LazyFrame) -> pl.LazyFrame:
    """Customer table (customer_id, recency_days, orders, revenue) -> RFM scores and segments."""
    return (
        customers.select(
            "customer_id", "recency_days", frequency=pl.col("orders"), monetary=pl.col("revenue")
        )
        .with_columns(
            r_score=quintile_score("recency_days", descending=True),
            f_score=quintile_score("frequency"),
            m_score=quintile_score("monetary"),
        )
        .with_columns(
            rfm_score=pl.concat_str(
                [pl.col("r_score").cast(pl.String), pl.col("f_score").cast(pl.String),
                 pl.col("m_score").cast(pl.String)]
            )
        )
        .join(_segment_lookup().lazy(), on=["r_score", "f_score"], how="left")
        .sort("customer_id")
    )


def rfm_table(ds: Dataset, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """customer_id, recency_days, frequency, monetary, r/f/m_score, rfm_score ("545"), rfm_segment(_de)."""
    return rfm_frame(customer_table(ds, lines).lazy()).collect()
