"""NPS, CSAT, importance x satisfaction and repurchase intent from hand-made survey answers."""

import datetime as dt

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.analyses.survey import csat, importance_satisfaction, nps, repurchase_intent

D = dt.date(2024, 6, 1)


@pytest.fixture
def survey_ds(data):
    # One response per customer; overall answers (nps, intent) repeated on each aspect row, as survey
    # exports do. c6 answered after the analysis date (2024-12-31) and must not count.
    rows = [
        # customer, date, aspect, satisfaction, importance, nps, intent
        ("c1", D, "price", 2, 5, 10, 5), ("c1", D, "quality", 5, 4, 10, 5),
        ("c2", D, "price", 1, 5, 3, 2), ("c2", D, "quality", 4, 4, 3, 2),
        ("c3", D, "price", 3, 4, 9, 4), ("c3", D, "delivery", 5, 2, 9, 4),
        ("c4", D, "delivery", 4, 1, 7, 3),
        ("c5", D, "quality", 5, 5, 6, None),
        ("c6", dt.date(2025, 2, 1), "price", 1, 1, 0, 1),
    ]
    survey = pl.DataFrame(rows, schema={"customer_id": pl.String, "response_date": pl.Date, "aspect": pl.String,
                                        "satisfaction": pl.Float64, "importance": pl.Float64, "nps": pl.Float64,
                                        "repurchase_intent": pl.Float64}, orient="row")
    customers = pl.DataFrame({"customer_id": ["c1", "c2", "c3", "c4", "c5"],
                              "kind": ["b2b", "b2b", "b2c", "b2c", "b2c"]})
    return data.tiny_dataset(customers=customers, survey_responses=survey)


def test_nps_counts_each_response_once(survey_ds):
    # responses: 10, 3, 9, 7, 6 -> promoters 2, passives 1, detractors 2 -> (2 - 2) / 5 = 0 points
    assert nps(survey_ds).rows() == [(5, 2, 1, 2, 0.0)]


def test_nps_by_customer_attribute(survey_ds):
    # b2b: 10, 3 -> 1 promoter, 1 detractor -> 0; b2c: 9, 7, 6 -> 1 promoter, 1 detractor -> 0
    by_kind = nps(survey_ds, by="kind")
    assert by_kind["kind"].to_list() == ["b2b", "b2c"]
    assert by_kind["responses"].to_list() == [2, 3]
    assert by_kind["nps"].to_list() == pytest.approx([0.0, 0.0])
    assert by_kind["detractors"].to_list() == [1, 1]


def test_nps_negative_is_not_wrapped(data):
    survey = pl.DataFrame({"customer_id": ["c1", "c2", "c3"], "response_date": [D] * 3, "nps": [0.0, 5.0, 10.0]})
    # 1 promoter, 2 detractors of 3 -> -33.3 points
    assert nps(data.tiny_dataset(survey_responses=survey))["nps"].item() == pytest.approx(-100 / 3)


def test_csat_per_aspect(survey_ds):
    table = csat(survey_ds)
    assert table["aspect"].to_list() == ["delivery", "price", "quality"]
    assert table["responses"].to_list() == [2, 3, 3]
    assert table["csat"].to_list() == pytest.approx([4.5, 2.0, 14 / 3])
    assert table["satisfied_share"].to_list() == pytest.approx([1.0, 0.0, 1.0])


def test_importance_satisfaction_quadrants(survey_ds):
    # means: delivery imp 1.5 sat 4.5; price imp 14/3 sat 2; quality imp 13/3 sat 14/3
    # means over aspects: importance 3.5, satisfaction 3.72 -> delivery low/high = possible overkill,
    # price high/low = concentrate here, quality high/high = keep up
    table = importance_satisfaction(survey_ds)
    assert table.select("aspect", "quadrant", "quadrant_de").rows() == [
        ("delivery", "possible overkill", "möglicher Overkill"),
        ("price", "concentrate here", "hier ansetzen"),
        ("quality", "keep up", "weiter so"),
    ]
    assert table["importance"].to_list() == pytest.approx([1.5, 14 / 3, 13 / 3])


def test_repurchase_intent_stated_share(survey_ds):
    # intents (latest per customer): 5, 2, 4, 3 -> 2 of 4 answer 4-5; c5 gave none
    table = repurchase_intent(survey_ds)
    row = table.row(0, named=True)
    assert (row["respondents"], row["repurchase_intent_rate"], row["mean_intent"]) == (4, 0.5, 3.5)
    assert row["mean_p_alive"] is None  # 6 customers are too few for the BG/NBD model


def test_repurchase_intent_beside_model_on_demo(demo_ds):
    from insight.clv.value import customer_clv

    table = repurchase_intent(demo_ds)
    survey = demo_ds.survey_responses.filter(pl.col("repurchase_intent").is_not_null())
    latest = survey.sort("response_date").group_by("customer_id").last()
    expect_rate = (latest["repurchase_intent"] >= 4).mean()
    alive = customer_clv(demo_ds).join(latest.select("customer_id"), on="customer_id")["p_alive"].mean()
    row = table.row(0, named=True)
    assert row["respondents"] == latest.height
    assert row["repurchase_intent_rate"] == pytest.approx(expect_rate)
    assert row["mean_p_alive"] == pytest.approx(alive)


def test_missing_survey_names_the_table_and_column(data, tiny_ds):
    with pytest.raises(MissingDataError, match="'survey_responses' table"):
        nps(tiny_ds)
    survey = pl.DataFrame({"customer_id": ["c1"], "response_date": [D], "aspect": ["price"], "satisfaction": [4.0]})
    with pytest.raises(MissingDataError, match="column 'importance'"):
        importance_satisfaction(data.tiny_dataset(survey_responses=survey))


def test_nps_detail_shares_and_mean_answer(survey_ds):
    # responses: 10, 3, 9, 7, 6 -> shares 2/5, 1/5, 2/5; mean answer 7.0 (the NPS is 0)
    from insight.analyses.survey import nps_detail

    assert nps_detail(survey_ds).rows() == [(5, 0.4, 0.2, 0.4, 7.0)]
