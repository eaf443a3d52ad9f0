"""The sales funnel Lead -> Kontakt -> Interessent -> Kunde from the customers table's ``status``.

Stage counts are cumulative: whoever reached a later stage has passed through the earlier ones, so
``count`` of a stage = people whose status is that stage or a later one, and ``conversion_rate`` =
count / count of the previous stage. An id with at least one order counts as a customer whatever its
status says. Statuses are matched in English or German (lead, contact/kontakt, prospect/interessent,
customer/kunde); other values are left out and reported in ``funnel_unmatched``.
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.labels import german
from insight.metrics.customer_table import customer_table
from insight.metrics.require import require_columns

STAGES: tuple[str, ...] = ("lead", "contact", "prospect", "customer")  # German labels: insight/labels.toml
STATUS_SYNONYMS = {
    "lead": "lead", "leads": "lead",
    "contact": "contact", "contacted": "contact", "kontakt": "contact", "kontaktiert": "contact",
    "prospect": "prospect", "interessent": "prospect", "interessenten": "prospect", "opportunity": "prospect",
    "customer": "customer", "kunde": "customer", "kunden": "customer", "client": "customer",
}


def _stages(ds: Dataset) -> pl.DataFrame:
    """customer_id, stage_index (0..3) or null for unknown statuses."""
    require_columns(ds, "customers", ("status",), "the funnel")
    buyers = customer_table(ds).select("customer_id", buyer=pl.lit(True))
    index = {name: i for i, name in enumerate(STAGES)}
    status = pl.col("status").str.strip_chars().str.to_lowercase().replace_strict(
        STATUS_SYNONYMS, default=None, return_dtype=pl.String)
    return (
        ds.customers.select("customer_id", "status")
        .join(buyers, on="customer_id", how="left")
        .with_columns(stage=pl.when(pl.col("buyer")).then(pl.lit("customer")).otherwise(status))
        .with_columns(stage_index=pl.col("stage").replace_strict(index, default=None, return_dtype=pl.Int8))
    )


def funnel(ds: Dataset) -> pl.DataFrame:
    """stage, stage_de, current (status exactly this stage), count (reached it), conversion_rate (from the
    previous stage; null for the first), overall_rate (from the first stage)."""
    stages = _stages(ds)
    current = [stages.filter(pl.col("stage_index") == i).height for i in range(len(STAGES))]
    reached = [sum(current[i:]) for i in range(len(STAGES))]
    frame = pl.DataFrame({
        "stage": list(STAGES),
        "stage_de": [german("stage")[s] for s in STAGES],
        "current": current,
        "count": reached,
    }, schema_overrides={"current": pl.Int64, "count": pl.Int64})
    previous = pl.col("count").shift(1)
    return frame.with_columns(
        conversion_rate=pl.when(previous > 0).then(pl.col("count") / previous).otherwise(None),
        overall_rate=pl.when(pl.col("count").first() > 0).then(pl.col("count") / pl.col("count").first())
        .otherwise(None),
    )


def funnel_unmatched(ds: Dataset) -> pl.DataFrame:
    """Statuses that are not a funnel stage, with their counts (so nothing is dropped silently)."""
    return (
        _stages(ds).filter(pl.col("stage_index").is_null())
        .group_by("status").agg(count=pl.len().cast(pl.Int64)).sort("count", descending=True)
    )
