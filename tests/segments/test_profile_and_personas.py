"""The same segment profile for every method, checked against plain polars on the segment tables, and a
persona for each of the most valuable segments."""

import polars as pl
import pytest
from polars.testing import assert_frame_equal

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


# -- one segment's profile, and Ask for it (issue 14, item 8) -------------------------------------------------


def _plain_abc(demo_ds) -> pl.DataFrame:
    """ABC from the raw demo lines: revenue per buyer descending (ties by id), A up to and including the
    customer crossing 80 %, B up to 95 %."""
    lines = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null())
    buyers = lines.filter(pl.col("order_id").str.starts_with("A")).select("customer_id").unique()
    revenue = (lines.join(buyers, on="customer_id", how="semi").group_by("customer_id")
               .agg(revenue=pl.col("amount").sum(), orders=pl.col("order_id").filter(
                   pl.col("order_id").str.starts_with("A")).n_unique()))
    ranked = revenue.sort(["revenue", "customer_id"], descending=[True, False])
    before = (ranked["revenue"].cum_sum() - ranked["revenue"]) / ranked["revenue"].sum()
    return ranked.with_columns(abc=pl.when(before < 0.8).then(pl.lit("A")).when(before < 0.95).then(pl.lit("B"))
                               .otherwise(pl.lit("C")))


def test_one_segment_profile_matches_plain_polars(demo_ds):
    plain = _plain_abc(demo_ds).filter(pl.col("abc") == "A").join(
        demo_ds.customers.select("customer_id", "kind"), on="customer_id")
    row = segment_profile(demo_ds, "abc", segment="a")  # the name in any case
    assert row.height == 1 and row["segment"].item() == "A"
    assert row["customers"].item() == plain.height
    assert row["revenue"].item() == pytest.approx(plain["revenue"].sum(), rel=1e-9)
    assert row["mean_orders"].item() == pytest.approx(plain["orders"].mean(), rel=1e-9)
    top_kind, n = plain.group_by("kind").len().sort("len", descending=True).row(0)
    assert row["kind"].item() == top_kind and row["kind_share"].item() == pytest.approx(n / plain.height)
    # planted (docs/demo-data.md row 10): business customers spend ≈ 9× per order, so A is mostly B2B
    assert top_kind == "b2b" and n / plain.height > 0.9
    assert_frame_equal(segment_profile(demo_ds, "abc", segment="A-Kunden"), row, rel_tol=1e-9)  # German label


def test_an_unknown_segment_is_named_with_the_known_ones(demo_ds):
    from insight.errors import MissingDataError

    with pytest.raises(MissingDataError, match="Champions"):
        segment_profile(demo_ds, "rfm", segment="Stars")


@pytest.mark.parametrize("question, lang, column, value", [
    ("Profil der A-Kunden", "de", "abc_class", "A"),
    ("describe the champions segment", "en", "rfm_segment", "Champions"),
    ("Beschreibe die Champions", "de", "rfm_segment", "Champions"),
])
def test_ask_for_a_segment_profile_gives_the_full_row(demo_ds, question, lang, column, value):
    import insight.api as ia

    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.language == lang, answer.text
    method = {"abc_class": "abc", "rfm_segment": "rfm"}[column]
    expected = segment_profile(demo_ds, method, segment=value).rename({"segment": column}).drop("segment_de")
    assert_frame_equal(answer.table, expected, rel_tol=1e-9)  # sums in another order differ in the last bit
    assert value in answer.text


@pytest.mark.parametrize("question, column", [("wie sehen die Cluster aus?", "cluster"),
                                              ("Profile of the ABC classes", "abc_class"),
                                              ("Zeig mir die RFM-Segmente", "rfm_segment")])
def test_ask_for_a_segmentation_gives_every_segment_profile(demo_ds, question, column):
    import insight.api as ia

    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok", answer.text
    method = {"cluster": "cluster", "abc_class": "abc", "rfm_segment": "rfm"}[column]
    expected = segment_profile(demo_ds, method).rename({"segment": column}).drop("segment_de")
    assert_frame_equal(answer.table, expected, rel_tol=1e-9)
