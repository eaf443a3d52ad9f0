"""Satisfaction beside behaviour: by hand on the analysis shop, against insight's own survey metrics and
plain polars on the demo, and the demo's planted effect (customers who stay were more satisfied and said
they would buy again: docs/demo-data.md) found."""

import polars as pl
import pytest

from insight.analyses.satisfaction import (follow_up_cutoff, intent_vs_alive, response_outcomes, satisfaction_by,
                                          satisfaction_by_outcome)
from insight.analyses.survey import csat, nps


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


def test_outcomes_by_hand(shop):
    # analysis date 2025-01-16: a response on or before 2024-01-16 has its whole following year (2024 is a
    # leap year: 2024-01-16 + 365 days = 2025-01-15) before the date
    assert follow_up_cutoff(shop).isoformat() == "2024-01-16"
    got = {r["customer_id"]: r["outcome"] for r in response_outcomes(shop).iter_rows(named=True)}
    # a (2023-06-01) ordered 2024-05-01; d (2023-01-20) ordered 2023-02-10; c never again; b's year is open
    assert got == {"a": "stayed", "d": "stayed", "c": "churned", "b": None}


def test_satisfaction_by_outcome_by_hand(shop):
    rows = {r["outcome"]: r for r in satisfaction_by_outcome(shop).iter_rows(named=True)}
    assert list(rows) == ["stayed", "churned", None]
    stayed, churned = rows["stayed"], rows["churned"]
    assert (stayed["respondents"], stayed["responses"], stayed["csat"]) == (2, 2, 4.0)  # (4 + 5 + 3) / 3
    assert stayed["satisfied_share"] == pytest.approx(2 / 3)
    assert (stayed["nps"], stayed["repurchase_intent_rate"]) == (50.0, 0.5)  # a promoter, d passive
    assert (churned["csat"], churned["nps"], churned["repurchase_intent_rate"]) == (2.0, -100.0, 0.0)
    assert rows[None]["csat"] == 5.0


def test_satisfaction_by_group_by_hand(shop):
    rows = {r["kind"]: r for r in satisfaction_by(shop, "kind").iter_rows(named=True)}
    b2c, b2b = rows["b2c"], rows["b2b"]
    assert (b2c["respondents"], b2c["responses"], b2c["csat"]) == (3, 3, 4.0)  # 4, 5, 2, 5
    assert b2c["nps"] == pytest.approx(100 / 3) and b2c["repurchase_intent_rate"] == pytest.approx(2 / 3)
    assert (b2b["csat"], b2b["nps"], b2b["repurchase_intent_rate"]) == (3.0, 0.0, 0.0)
    assert b2c["mean_p_alive"] is None  # no CLV model on six customers
    bands = {r["age_band"]: r["csat"] for r in satisfaction_by(shop, "age_band").iter_rows(named=True)}
    assert bands == {"18–29": 4.5, "30–39": 5.0, "70+": 2.0, None: 3.0}


def test_intent_vs_alive_by_hand(shop):
    rows = {r["kind"]: r for r in intent_vs_alive(shop, "kind").iter_rows(named=True)}
    assert rows["b2c"]["respondents"] == 3 and rows["b2c"]["mean_intent"] == pytest.approx(11 / 3)
    assert rows["b2c"]["gap"] is None


def test_satisfaction_by_group_agrees_with_the_survey_metrics_on_the_demo(demo_ds):
    mine = satisfaction_by(demo_ds, "acquisition_channel").sort("acquisition_channel")
    theirs = nps(demo_ds, "acquisition_channel").sort("acquisition_channel")
    joined = mine.join(theirs, on="acquisition_channel", suffix="_survey")
    assert joined.height == theirs.height - theirs["acquisition_channel"].null_count()
    assert ((joined["nps"] - joined["nps_survey"]).abs() < 1e-9).all()
    assert (joined["responses"] == joined["responses_survey"]).all()
    rows = (demo_ds.survey_responses.filter(pl.col("satisfaction").is_not_null())
            .join(demo_ds.customers.select("customer_id", "kind"), on="customer_id")
            .group_by("kind").agg(pl.col("satisfaction").mean()))
    got = satisfaction_by(demo_ds, "kind").join(rows, on="kind")
    assert got.height == 2 and ((got["csat"] - got["satisfaction"]).abs() < 1e-9).all()
    assert csat(demo_ds).height == 5  # the per-aspect CSAT is untouched


def test_demo_customers_who_stayed_were_more_satisfied(demo_ds):
    rows = {r["outcome"]: r for r in satisfaction_by_outcome(demo_ds).iter_rows(named=True)}
    stayed, churned = rows["stayed"], rows["churned"]
    assert stayed["respondents"] > 100 and churned["respondents"] > 100
    assert stayed["csat"] > churned["csat"] + 0.1
    assert stayed["repurchase_intent_rate"] > churned["repurchase_intent_rate"] + 0.15
    intent = intent_vs_alive(demo_ds).filter(pl.col("respondents") >= 30)
    # stated and predicted loyalty rank the RFM segments alike
    assert intent.select(pl.corr("repurchase_intent_rate", "mean_p_alive")).item() > 0.8
