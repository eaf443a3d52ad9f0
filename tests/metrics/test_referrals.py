"""Referral analysis: by hand on the analysis shop, against plain polars on the demo, and the demo's planted
effect (referred customers drop out less: docs/demo-data.md) found."""

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.analyses.referrals import referral_comparison, referrers


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


def test_referrers_ranked_by_referred_customers_by_hand(shop):
    table = referrers(shop)
    # a referred b (revenue 100) and c (200); d referred the lead g, who never bought
    assert table["referrer_id"].to_list() == ["a", "d"]
    a, d = table.row(0, named=True), table.row(1, named=True)
    assert (a["referred"], a["referred_customers"], a["referred_revenue"]) == (2, 2, 300.0)
    assert a["referrer_revenue"] == 300.0
    assert a["referred_customer_capital"] == 300.0 and a["referrer_name"] == "Anna"
    assert (d["referred"], d["referred_customers"], d["referred_revenue"]) == (1, 0, 0.0)
    assert a["referred_clv"] is None  # six customers: no CLV model, never a made-up 0


def test_referred_vs_not_referred_by_hand(shop):
    rows = {r["referred"]: r for r in referral_comparison(shop).iter_rows(named=True)}
    assert list(rows) == ["referred", "not referred"]
    ref, other = rows["referred"], rows["not referred"]
    assert (ref["customers"], ref["revenue"], ref["mean_orders"], ref["repeat_rate"]) == (2, 300.0, 1.5, 0.5)
    assert (other["customers"], other["revenue"], other["mean_revenue"]) == (4, 1000.0, 250.0)
    # 2023 → 2024: b kept, c lost; a kept, d and h lost (e did not order in 2023)
    assert (ref["retention_customers"], ref["retention_rate"]) == (2, 0.5)
    assert (other["retention_customers"], other["retention_rate"]) == (3, pytest.approx(1 / 3))
    assert ref["retention_pair"] == "2023 → 2024" and ref["mean_clv"] is None


def test_referral_analysis_names_the_missing_column(data):
    with pytest.raises(MissingDataError, match="customers"):
        referrers(data.tiny_dataset())


def test_referrers_match_plain_polars_on_the_demo(demo_ds):
    table = referrers(demo_ds)
    lines = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null())
    revenue = lines.group_by("customer_id").agg(revenue=pl.col("amount").sum())
    expected = (demo_ds.customers.filter(pl.col("referred_by").is_not_null())
                .join(revenue, on="customer_id", how="left")
                .group_by("referred_by").agg(n=pl.len(), buyers=pl.col("revenue").count(), rev=pl.col("revenue").sum()))
    got = table.join(expected, left_on="referrer_id", right_on="referred_by", how="full")
    assert got.height == table.height == expected.height
    assert (got["referred"] == got["n"]).all() and (got["referred_customers"] == got["buyers"]).all()
    assert ((got["referred_revenue"] - got["rev"]).abs() < 0.01).all()
    counts = table["referred_customers"].to_list()
    assert counts == sorted(counts, reverse=True)


def test_demo_referred_customers_stay_longer(demo_ds):
    rows = {r["referred"]: r for r in referral_comparison(demo_ds).iter_rows(named=True)}
    ref, other = rows["referred"], rows["not referred"]
    assert ref["customers"] == demo_ds.customers.filter(
        pl.col("referred_by").is_not_null() & (pl.col("status") == "customer")).height
    assert ref["retention_rate"] > other["retention_rate"] + 0.08
    assert ref["mean_churn_risk"] < other["mean_churn_risk"] - 0.04
    assert ref["mean_clv"] > other["mean_clv"]


def _months(first: str, last: str) -> float:
    import datetime as dt

    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days / 30.4375


def _lifetime(retention: float) -> float:
    churn = 1 - retention ** (1 / 12)
    return min(1 / churn, 120.0) if churn > 0 else 120.0


def test_referred_customers_tenure_and_expected_lifetime_by_hand(shop):
    rows = {r["referred"]: r for r in referral_comparison(shop).iter_rows(named=True)}
    ref, other = rows["referred"], rows["not referred"]
    # referred: b 2023-06-01 → 2024-02-01, c one order; the others: a, d, e, h (one order)
    assert ref["mean_tenure_months"] == pytest.approx((_months("2023-06-01", "2024-02-01") + 0) / 2)
    assert other["mean_tenure_months"] == pytest.approx(
        (_months("2023-03-01", "2024-06-01") + _months("2023-01-10", "2023-02-10")
         + _months("2022-12-01", "2025-01-15") + 0) / 4)
    # expected relationship from each group's own retention (0.5 and 1/3): 1 / (1 − r^(1/12))
    assert ref["expected_lifetime_months"] == pytest.approx(_lifetime(0.5))
    assert other["expected_lifetime_months"] == pytest.approx(_lifetime(1 / 3))
    assert ref["expected_lifetime_months"] > other["expected_lifetime_months"]


def test_expected_lifetime_is_capped_and_null_without_a_pair():
    from insight.analyses.groups import _lifetime as lifetime

    frame = pl.DataFrame({"r": [1.0, 0.0, 0.999999, None]}, schema={"r": pl.Float64})
    got = frame.select(lifetime(pl.col("r"), 120.0)).to_series().to_list()
    assert got[0] == 120.0 and got[1] == pytest.approx(1.0) and got[2] == 120.0 and got[3] is None


def test_demo_referred_customers_expect_a_longer_relationship(demo_ds):
    """Planted (docs/demo-data.md row 1): dropout × 0.6 for referral customers, so their expected relationship
    is longer; the figure follows from each group's retention 2023 → 2024 computed here in plain polars."""
    orders = (demo_ds.order_lines.filter(pl.col("order_id").str.starts_with("A") & pl.col("customer_id").is_not_null())
              .select("customer_id", y=pl.col("order_date").dt.year()).unique())
    buyers = demo_ds.customers.filter(pl.col("status") == "customer")
    rows = {r["referred"]: r for r in referral_comparison(demo_ds).iter_rows(named=True)}
    for name, group in (("referred", buyers.filter(pl.col("referred_by").is_not_null())),
                        ("not referred", buyers.filter(pl.col("referred_by").is_null()))):
        base = orders.filter(pl.col("y") == 2023).join(group, on="customer_id", how="semi")
        kept = base.join(orders.filter(pl.col("y") == 2024), on="customer_id", how="semi")
        assert rows[name]["expected_lifetime_months"] == pytest.approx(_lifetime(kept.height / base.height))
    assert rows["referred"]["expected_lifetime_months"] > 1.3 * rows["not referred"]["expected_lifetime_months"]


@pytest.mark.parametrize("question, lang", [("Bleiben geworbene Kunden länger?", "de"),
                                            ("Do referred customers stay longer?", "en")])
def test_ask_whether_referred_customers_stay_longer(demo_ds, question, lang):
    answer = __import__("insight.api", fromlist=["ask"]).ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.language == lang, answer.text
    assert {"referred", "mean_tenure_months", "expected_lifetime_months", "retention_rate", "mean_churn_risk",
            "mean_clv"} <= set(answer.table.columns)
    assert ("Beziehungsdauer" if lang == "de" else "expected relationship") in answer.text
