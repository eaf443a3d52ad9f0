"""Complaints and interactions: by hand on the analysis shop, against plain polars on the demo, response
times where the data has answer timestamps, and the demo's planted effect (customers who complain drop out
more: docs/demo-data.md) found."""

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.analyses.interactions import complainer_comparison, complaint_rate, interactions_by_kind
from insight.analyses.response_times import response_times


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


def test_interactions_by_kind_by_hand(shop):
    # customers a–h (6); g is a lead and b's call lies after the analysis date: neither counts
    rows = {r["interaction_kind"]: r for r in interactions_by_kind(shop).iter_rows(named=True)}
    assert list(rows) == ["complaint", "call", "email"]  # by count; 'Complaint' folds into 'complaint'
    assert (rows["complaint"]["interactions"], rows["complaint"]["customers"]) == (3, 2)
    assert rows["complaint"]["customer_rate"] == pytest.approx(2 / 6)
    assert rows["complaint"]["per_customer"] == pytest.approx(3 / 6)
    assert (rows["call"]["interactions"], rows["email"]["customers"]) == (1, 1)
    by_kind = interactions_by_kind(shop, "kind")
    b2b = by_kind.filter(pl.col("kind") == "b2b")
    assert b2b["interaction_kind"].to_list() == ["email"] and b2b["customer_rate"].to_list() == [0.5]


def test_complaint_rate_by_hand(shop):
    total = complaint_rate(shop).row(0, named=True)
    assert (total["customers"], total["complainers"], total["complaints"]) == (6, 2, 3)
    assert total["complaint_rate"] == pytest.approx(1 / 3) and total["complaints_per_customer"] == 0.5
    by = {r["kind"]: r for r in complaint_rate(shop, "kind").iter_rows(named=True)}
    assert list(by) == ["b2c", "b2b"]  # highest rate first
    assert (by["b2c"]["customers"], by["b2c"]["complainers"], by["b2c"]["complaint_rate"]) == (4, 2, 0.5)
    assert by["b2b"]["complaint_rate"] == 0.0


def test_complainers_retention_by_hand(shop):
    rows = {r["complained"]: r for r in complainer_comparison(shop).iter_rows(named=True)}
    assert list(rows) == ["complained", "no complaint"]
    # 2023 → 2024: complainers a (kept) and c (lost); others b (kept), d, h (lost); e not in 2023
    assert rows["complained"]["retention_rate"] == 0.5 and rows["complained"]["customers"] == 2
    assert rows["no complaint"]["retention_rate"] == pytest.approx(1 / 3)
    assert rows["no complaint"]["customers"] == 4


def test_response_times_by_hand():
    from insight_tests_shared_data import analysis_shop

    rows = {r["interaction_kind"]: r for r in response_times(analysis_shop(answered=True)).iter_rows(named=True)}
    # complaints: 72 h, unanswered, 24 h; calls: a 2 h and g (lead, unanswered); b's call is after the date
    c = rows["complaint"]
    assert (c["requests"], c["answered"], c["mean_hours"], c["median_hours"]) == (3, 2, 48.0, 48.0)
    assert c["answered_share"] == pytest.approx(2 / 3) and c["within_share"] == pytest.approx(1 / 3)
    assert (rows["call"]["requests"], rows["call"]["answered"], rows["call"]["mean_hours"]) == (2, 1, 2.0)
    assert rows["email"]["within_share"] == 1.0


def test_response_times_say_what_is_missing(shop):
    with pytest.raises(MissingDataError, match="answered_at"):
        response_times(shop)


def test_complaint_rate_matches_plain_polars_on_the_demo(demo_ds):
    buyers = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null()).select("customer_id").unique()
    complaints = demo_ds.interactions.filter(pl.col("kind") == "complaint").group_by("customer_id").len()
    joined = buyers.join(complaints, on="customer_id", how="left")
    total = complaint_rate(demo_ds).row(0, named=True)
    assert total["customers"] == buyers.height
    assert total["complainers"] == joined["len"].count()
    assert total["complaints"] == joined["len"].sum()


def test_demo_complainers_drop_out_more(demo_ds):
    rows = {r["complained"]: r for r in complainer_comparison(demo_ds).iter_rows(named=True)}
    yes, no = rows["complained"], rows["no complaint"]
    assert yes["retention_rate"] < no["retention_rate"] - 0.05
    assert yes["mean_churn_risk"] > no["mean_churn_risk"] + 0.1
