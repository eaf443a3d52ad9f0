"""Multi-dimensional segmentation: k-means on standardised behaviour (+ attribute) features.

Features: the behaviour of the contract (recency, frequency, monetary, tenure, margin): log1p of
recency_days, orders, revenue (negative net revenue as 0) and tenure_months, and the margin, each
standardised; plus, where ds.customers has them, numeric attributes (standardised, missing = mean) and
one-hot categorical attributes scaled by 1/√2, so that two customers differing in one attribute are one
unit apart, as one standard deviation of a behaviour feature. When there are more attributes than
behaviour features, the attribute block is scaled down so that all attributes together weigh as much as
the behaviour: otherwise the many attributes that exist for one customer type only (industry for B2B,
age and gender for B2C) outvote behaviour and the clusters are just B2B and B2C.

k: the highest silhouette (on a fixed-seed sample of at most 3,000 customers) among k = 3..8, ties to
the smaller k. The floor of 3 keeps the trivial two-way split (B2B vs. B2C, buyers vs. one-timers) out of
the default; ``k`` may be set (2..20). Clusters are numbered 1..k from the highest mean revenue down.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import polars as pl

from insight.dataset import Dataset
from insight.errors import ModelError, UsageError
from insight.metrics.customer_table import customer_table
from insight.segments.attributes import categorical_attributes, modal_table, numeric_attributes

BEHAVIOUR_FEATURES = ("recency_days", "orders", "revenue", "tenure_months", "margin")
LOG_FEATURES = ("recency_days", "orders", "revenue", "tenure_months")
K_FLOOR = 3
K_RANGE = range(K_FLOOR, 9)
SILHOUETTE_SAMPLE = 3000
SEED = 7


@dataclass
class ClusterResult:
    """table: customer_id, cluster (1 = highest mean revenue), cluster_name, cluster_name_de;
    profile: one row per cluster describing it by behaviour and every known attribute."""

    table: pl.DataFrame
    k: int
    silhouette: float
    scores_by_k: dict[int, float]
    profile: pl.DataFrame
    features: list[str] = field(default_factory=list)


def feature_matrix(table: pl.DataFrame) -> tuple[np.ndarray, list[str]]:
    """The clustering features of a customer table as a dense float matrix plus their names."""
    behaviour = table.select(
        [(pl.col(c).cast(pl.Float64).fill_null(0.0).clip(lower_bound=0.0).log1p() if c in LOG_FEATURES
          else pl.col(c).cast(pl.Float64).fill_null(pl.col(c).mean()).fill_null(0.0)).alias(c)
         for c in BEHAVIOUR_FEATURES if c in table.columns]
    ).to_numpy()
    names = [c for c in BEHAVIOUR_FEATURES if c in table.columns]
    blocks, attributes, attribute_names = [_standardise(behaviour)], [], []
    numeric = numeric_attributes(table)
    if numeric:
        values = table.select([pl.col(c).cast(pl.Float64).fill_null(pl.col(c).mean()) for c in numeric]).to_numpy()
        attributes.append(_standardise(values))
        attribute_names += numeric
    categorical = categorical_attributes(table)
    for column in categorical:
        dummies = table.select(pl.col(column).cast(pl.String).fill_null("(unknown)")).to_dummies(separator="=")
        attributes.append(dummies.to_numpy().astype(float) / np.sqrt(2.0))
        attribute_names += dummies.columns
    count = len(numeric) + len(categorical)
    if count:
        weight = min(1.0, np.sqrt(len(names) / count))  # all attributes together weigh as much as behaviour
        blocks += [block * weight for block in attributes]
    return np.hstack(blocks), names + attribute_names


def _standardise(values: np.ndarray) -> np.ndarray:
    std = values.std(axis=0)
    return (values - values.mean(axis=0)) / np.where(std > 0, std, 1.0)


def _choose_k(x: np.ndarray, ks: list[int]) -> tuple[dict[int, float], dict[int, np.ndarray]]:
    from sklearn.cluster import KMeans
    from sklearn.metrics import silhouette_score
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):  # OpenMP threads oversubscribe small problems (50x slower on 2 busy cores)
        return _fit_all(x, ks, KMeans, silhouette_score)


def _fit_all(x: np.ndarray, ks: list[int], kmeans, silhouette_score):
    rng = np.random.default_rng(SEED)
    sample = rng.choice(len(x), size=min(len(x), SILHOUETTE_SAMPLE), replace=False)
    scores, labels = {}, {}
    for k in ks:
        model = kmeans(n_clusters=k, n_init=4, random_state=SEED).fit(x)
        labels[k] = model.labels_
        sample_labels = model.labels_[sample]
        if len(np.unique(sample_labels)) < 2:
            continue
        scores[k] = float(silhouette_score(x[sample], sample_labels))
    return scores, labels


def cluster_segments(ds: Dataset, k: int | None = None, lines: pl.LazyFrame | None = None) -> ClusterResult:
    """Cluster the customers (k chosen by silhouette over 3..8 unless given); deterministic."""
    if lines is None:
        return ds.cached(("cluster_segments", ds.as_of, k), lambda: _cluster(ds, k, None))
    return _cluster(ds, k, lines)


def _cluster(ds: Dataset, k: int | None, lines: pl.LazyFrame | None) -> ClusterResult:
    table = customer_table(ds, lines)
    if k is not None and not 2 <= k <= 20:
        raise UsageError(f"number of clusters must be between 2 and 20 (got {k})")
    if table.height < 10:
        raise ModelError(f"clustering needs at least 10 customers, the data has {table.height}")
    x, names = feature_matrix(table)
    ks = [k] if k is not None else [c for c in K_RANGE if c < table.height]
    scores, labels = _choose_k(x, ks)
    if not scores:
        raise ModelError("clustering found no separable groups in these customers (all alike)")
    best = max(scores, key=lambda c: (scores[c], -c))
    raw = pl.DataFrame({"customer_id": table.get_column("customer_id"), "raw": labels[best]})
    # renumber 1..k by mean revenue, highest first
    order = (
        raw.join(table.select("customer_id", "revenue"), on="customer_id")
        .group_by("raw").agg(mean=pl.col("revenue").mean())
        .sort(["mean", "raw"], descending=[True, False])
        .with_row_index("cluster", offset=1)
        .select("raw", pl.col("cluster").cast(pl.Int64))
    )
    assigned = raw.join(order, on="raw").select("customer_id", "cluster")
    profile = cluster_profile(table, assigned)
    named = assigned.join(profile.select("cluster", "cluster_name", "cluster_name_de"), on="cluster")
    return ClusterResult(
        table=named.sort("customer_id"), k=best, silhouette=scores[best], scores_by_k=scores,
        profile=profile, features=names,
    )


def cluster_profile(table: pl.DataFrame, assigned: pl.DataFrame) -> pl.DataFrame:
    """One row per cluster: size, shares, mean behaviour, mean numeric and modal categorical attributes
    (with the modal value's share), and a descriptive name in English and German."""
    joined = table.join(assigned, on="customer_id")
    total_revenue = joined.get_column("revenue").sum()
    profile = joined.group_by("cluster").agg(
        customers=pl.len().cast(pl.Int64),
        revenue=pl.col("revenue").sum(),
        mean_revenue=pl.col("revenue").mean(),
        mean_orders=pl.col("orders").mean(),
        mean_recency_days=pl.col("recency_days").mean(),
        mean_aov=pl.col("aov").mean(),
        mean_tenure_months=pl.col("tenure_months").mean(),
        median_revenue=pl.col("revenue").median(),
        median_orders=pl.col("orders").median(),
        median_recency_days=pl.col("recency_days").median(),
        *[pl.col(c).mean().alias(f"mean_{c}") for c in numeric_attributes(table)],  # noqa: B026
    ).with_columns(
        customer_share=pl.col("customers") / joined.height,
        revenue_share=pl.col("revenue") / total_revenue if total_revenue else pl.lit(None, dtype=pl.Float64),
    )
    for column in categorical_attributes(table):
        profile = profile.join(modal_table(joined, "cluster", column), on="cluster", how="left")
    name_en, name_de = _names(profile, table)
    return profile.with_columns(cluster_name=name_en, cluster_name_de=name_de).sort("cluster").select(
        "cluster", "cluster_name", "cluster_name_de", "customers", "customer_share", "revenue", "revenue_share",
        pl.exclude("cluster", "cluster_name", "cluster_name_de", "customers", "customer_share", "revenue",
                   "revenue_share"),
    )


def _level(value: pl.Expr, low: float, high: float, words: tuple[str, str, str]) -> pl.Expr:
    return pl.when(value >= high).then(pl.lit(words[2])).when(value <= low).then(pl.lit(words[0])) \
        .otherwise(pl.lit(words[1]))


def _names(profile: pl.DataFrame, table: pl.DataFrame) -> tuple[pl.Expr, pl.Expr]:
    """'1 high value, frequent, recent' from the cluster medians against the customer terciles (medians,
    because a few very large customers pull a cluster's mean far from its typical member)."""
    def cuts(column: str) -> tuple[float, float]:
        values = table.get_column(column).cast(pl.Float64)
        return float(values.quantile(1 / 3) or 0.0), float(values.quantile(2 / 3) or 0.0)

    rev, orders, rec = cuts("revenue"), cuts("orders"), cuts("recency_days")
    parts_en = [
        _level(pl.col("median_revenue"), *rev, ("low value", "mid value", "high value")),
        _level(pl.col("median_orders"), *orders, ("rare", "occasional", "frequent")),
        _level(pl.col("median_recency_days"), *rec, ("recent", "lapsing", "lapsed")),
    ]
    parts_de = [
        _level(pl.col("median_revenue"), *rev, ("niedriger Wert", "mittlerer Wert", "hoher Wert")),
        _level(pl.col("median_orders"), *orders, ("selten", "gelegentlich", "häufig")),
        _level(pl.col("median_recency_days"), *rec, ("aktiv", "nachlassend", "inaktiv")),
    ]
    number = pl.col("cluster").cast(pl.String)
    return (
        pl.concat_str([number, pl.lit(" "), pl.concat_str(parts_en, separator=", ")]),
        pl.concat_str([number, pl.lit(" "), pl.concat_str(parts_de, separator=", ")]),
    )
