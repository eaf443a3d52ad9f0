"""One segment profile for every method (RFM, ABC, portfolio, cluster), so that segments of any method are
described alike (seed 002: "sie anhand aller bekannten Daten vollständig zu beschreiben"):

- size: customers, customer_share;
- value: revenue, revenue_share, mean_revenue, mean_customer_capital, mean_clv;
- loyalty: mean_orders, mean_recency_days, repeat_rate, mean_tenure_months, expected_lifetime_months,
  retention_rate (default pair of years), mean_churn_risk;
- attributes: ``mean_<numeric attribute>`` and, per categorical attribute, its most frequent value with
  ``<attribute>_share``.

Rows are sorted by revenue, highest first (the most valuable segments on top).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset

PROFILE_COLUMNS = ("segment", "segment_de", "customers", "customer_share", "revenue", "revenue_share",
                   "mean_revenue", "mean_customer_capital", "mean_clv", "mean_orders", "mean_recency_days",
                   "repeat_rate", "mean_tenure_months", "expected_lifetime_months", "retention_rate",
                   "mean_churn_risk")


def segment_profile(ds: Dataset, method: str, k: int | None = None, segment: str | None = None) -> pl.DataFrame:
    """The profile of the module docstring per segment of ``method`` ('rfm', 'abc', 'cluster' with an
    optional ``k``, 'portfolio'); ``segment`` (its name or German label, any case) keeps that one row."""
    from insight.metrics.customer_table import customer_table
    from insight.analyses.groups import behaviour_by
    from insight.segments import segment_table
    from insight.segments.attributes import categorical_attributes, modal_table, numeric_attributes

    if method.strip().lower() == "cluster" and k is not None:
        from insight.segments.cluster import cluster_segments

        groups = cluster_segments(ds, k=k).table.select("customer_id", segment="cluster_name",
                                                         segment_de="cluster_name_de")
    else:
        groups = segment_table(ds, method).select("customer_id", "segment", "segment_de")
    behaviour = behaviour_by(ds, groups.select("customer_id", "segment"), "segment")
    table = customer_table(ds)
    joined = table.join(groups, on="customer_id", how="inner")
    extra = (joined.group_by("segment")
             .agg(pl.col("segment_de").first(), *[pl.col(c).mean().alias(f"mean_{c}") for c in numeric_attributes(table)],
                  mean_recency_days=pl.col("recency_days").mean()))
    profile = behaviour.join(extra, on="segment", how="left")
    for column in categorical_attributes(table):
        profile = profile.join(modal_table(joined, "segment", column), on="segment", how="left")
    first = [c for c in PROFILE_COLUMNS if c in profile.columns]
    drop = ("retention_customers", "retention_pair")
    rest = [c for c in profile.columns if c not in first and c not in drop]
    profile = profile.select(*first, *rest).sort(["revenue", "segment"], descending=[True, False])
    if segment is None:
        return profile
    wanted = segment.strip().casefold()
    row = profile.filter((pl.col("segment").cast(pl.String).str.to_lowercase() == wanted)
                         | (pl.col("segment_de").cast(pl.String).str.to_lowercase() == wanted))
    if row.height == 0:
        from insight.errors import MissingDataError

        known = ", ".join(str(v) for v in profile.get_column("segment").to_list())
        raise MissingDataError(f"segment '{segment}' is not one of the {method} segments ({known})")
    return row
