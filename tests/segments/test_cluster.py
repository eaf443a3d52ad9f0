"""k-means segmentation: recovers planted groups, is deterministic, and profiles clusters by attributes."""

import datetime as dt

import numpy as np
import polars as pl
import pytest

from insight.dataset import Dataset
from insight.errors import ModelError, UsageError
from insight.schema import ORDER_LINES
from insight.segments.cluster import cluster_segments


def planted(n_per_group: int = 40) -> tuple[Dataset, set]:
    """Two obvious groups: 'big' customers (12 large orders over two years, B2B) and 'small' ones
    (one small order long ago, B2C)."""
    rng = np.random.default_rng(1)
    rows, customers = [], []
    for i in range(n_per_group):
        cid = f"big{i:03d}"
        customers.append((cid, "b2b", "Retail"))
        for j in range(12):
            day = dt.datetime(2023, 1, 5) + dt.timedelta(days=60 * j + int(rng.integers(0, 5)))
            rows.append((f"{cid}-{j}", cid, day, 10.0, 50.0 + float(rng.normal(0, 2))))
    for i in range(n_per_group):
        cid = f"small{i:03d}"
        customers.append((cid, "b2c", "Private"))
        day = dt.datetime(2023, 2, 1) + dt.timedelta(days=int(rng.integers(0, 30)))
        rows.append((f"{cid}-0", cid, day, 1.0, 20.0 + float(rng.normal(0, 1))))
    lines = pl.DataFrame(rows, schema={"order_id": pl.String, "customer_id": pl.String,
                                       "order_date": pl.Datetime("us"), "quantity": pl.Float64,
                                       "unit_price": pl.Float64}, orient="row")
    lines = lines.with_columns(pl.lit(None, dtype=t).alias(c) for c, t in ORDER_LINES.columns.items()
                               if c not in lines.columns)
    attrs = pl.DataFrame(customers, schema={"customer_id": pl.String, "kind": pl.String, "industry": pl.String},
                         orient="row")
    return Dataset(order_lines=lines, customers=attrs), {f"big{i:03d}" for i in range(n_per_group)}


def test_recovers_planted_groups_and_names_them():
    ds, big = planted()
    result = cluster_segments(ds, k=2)  # the default has a floor of 3 (the trivial split); k = 2 is asked for
    assert result.k == 2 and list(result.scores_by_k) == [2]
    assert result.silhouette > 0.5
    first = set(result.table.filter(pl.col("cluster") == 1)["customer_id"])
    assert first == big  # cluster 1 = the highest mean revenue
    profile = result.profile
    assert profile["customers"].to_list() == [40, 40]
    assert profile.filter(pl.col("cluster") == 1).row(0, named=True)["kind"] == "b2b"
    assert profile.filter(pl.col("cluster") == 2).row(0, named=True)["industry"] == "Private"
    assert profile["kind_share"].to_list() == [1.0, 1.0]
    assert profile["cluster_name"][0].startswith("1 high value")
    assert profile["cluster_name_de"][0].startswith("1 hoher Wert")
    assert "kind=b2b" in result.features
    assert result.features[:5] == ["recency_days", "orders", "revenue", "tenure_months", "margin"]


def test_default_k_is_the_best_silhouette_from_three():
    ds, big = planted()
    result = cluster_segments(ds)
    assert set(result.scores_by_k) == set(range(3, 9))
    assert result.silhouette == max(result.scores_by_k.values())
    assert result.k == min(k for k, v in result.scores_by_k.items() if v == result.silhouette)
    # the planted big customers still form whole clusters: no cluster mixes big and small ones
    mixed = (result.table.with_columns(big=pl.col("customer_id").is_in(list(big)))
             .group_by("cluster").agg(pl.col("big").n_unique()).filter(pl.col("big") > 1))
    assert mixed.height == 0


def test_attributes_weigh_no_more_than_behaviour():
    from insight.segments.cluster import feature_matrix

    ds, _ = planted()
    from insight.metrics.customer_table import customer_table

    x, names = feature_matrix(customer_table(ds))
    behaviour, attributes = x[:, :5], x[:, 5:]
    # two attributes (kind, industry), two values each: one-hot / √2, then scaled by √(5 / 2) > 1 → capped at 1
    assert np.allclose(np.abs(attributes).max(axis=0), 1 / np.sqrt(2))
    assert np.allclose(behaviour.std(axis=0)[behaviour.std(axis=0) > 0], 1.0)


def test_deterministic_and_fixed_k():
    ds, _ = planted()
    a = cluster_segments(ds, k=3)
    b = cluster_segments(Dataset(order_lines=ds.order_lines, customers=ds.customers), k=3)
    assert a.k == 3 and list(a.scores_by_k) == [3]
    assert a.table.equals(b.table)
    with pytest.raises(UsageError):
        cluster_segments(ds, k=1)


def test_too_few_customers(tiny_ds):
    with pytest.raises(ModelError, match="at least 10 customers"):
        cluster_segments(tiny_ds)


@pytest.mark.slow
def test_demo_profile_describes_every_attribute(demo_ds):
    result = cluster_segments(demo_ds)
    assert 3 <= result.k <= 8  # never the trivial B2B / B2C split (issue 14): B2C splits by behaviour
    b2c = result.profile.filter((pl.col("kind") == "b2c") & (pl.col("kind_share") > 0.5))
    assert b2c.height >= 2
    assert result.table.height == result.profile["customers"].sum()
    for column in ("kind", "industry", "acquisition_channel", "country", "mean_age"):
        assert column in result.profile.columns
