"""The same segment profile for every method, checked against plain polars on the segment tables, and a
persona for each of the most valuable segments."""

import polars as pl
import pytest

from insight.errors import UsageError
from insight.segments import segment_table
from insight.segments.persona import persona, personas
from insight.analyses.profile import PROFILE_COLUMNS, segment_profile


@pytest.mark.parametrize("method", ["rfm", "abc", "portfolio"])
def test_profile_has_the_same_shape_for_every_method(demo_ds, method):
    profile = segment_profile(demo_ds, method)
    assert profile.columns[:len(PROFILE_COLUMNS)] == list(PROFILE_COLUMNS)
    for column in ("kind", "kind_share", "acquisition_channel", "mean_age"):
        assert column in profile.columns
    members = segment_table(demo_ds, method)
    expected = members.group_by("segment").agg(n=pl.len(), revenue=pl.col("revenue").sum(),
                                               orders=pl.col("orders").mean())
    got = profile.join(expected, on="segment")
    assert got.height == profile.height == expected.height
    assert (got["customers"] == got["n"]).all()
    assert ((got["revenue"] - got["revenue_right"]).abs() < 0.01).all()
    assert ((got["mean_orders"] - got["orders"]).abs() < 1e-9).all()
    revenue = profile["revenue"].to_list()
    assert revenue == sorted(revenue, reverse=True)
    assert profile["customer_share"].sum() == pytest.approx(1.0)


@pytest.mark.slow
def test_cluster_profile_with_a_set_k(demo_ds):
    profile = segment_profile(demo_ds, "cluster", k=4)
    assert profile.height == 4 and profile.columns[:len(PROFILE_COLUMNS)] == list(PROFILE_COLUMNS)
    assert profile["customers"].sum() == segment_table(demo_ds, "rfm").height


def test_a_persona_for_each_top_segment(demo_ds):
    found = personas(demo_ds, "en", "rfm", top=3)
    assert len(found) == 3 and len({p.segment for p in found}) == 3
    assert found[0].segment == persona(demo_ds, "en", "rfm").segment
    assert "most valuable segment" in found[0].text and "most valuable" not in found[1].text
    means = [p.attributes["median_revenue"] for p in found]
    assert all(p.size >= max(5, int(0.02 * 3000)) for p in found) and means[0] >= min(means)
    german = personas(demo_ds, "de", "abc", top=2)
    assert [p.segment for p in german] == ["A", "B"] and german[1].text.startswith("Der typische Kunde im Segment")
    with pytest.raises(UsageError):
        personas(demo_ds, top=0)


def test_persona_names_only_values_typical_of_the_segment(demo_ds):
    text = personas(demo_ds, "en", "abc", top=3)[2].text  # C customers are mostly B2C: no industry named
    assert "industry" not in text
