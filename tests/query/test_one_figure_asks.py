"""A question that asks for one figure gets one row (answers.md: a single number is one row with one column named
after its metric); a question that asks for a comparison or a breakdown keeps the table. Real data: the demo."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia


def _json(ds, question: str) -> dict:
    data = ia.ask(question, data=ds).to_json()
    assert data["status"] == "ok", data["text"]
    return data


@pytest.mark.parametrize(
    ("question", "stage"),
    [
        ("How many leads are in the funnel?", "lead"),
        ("Wie viele Interessenten haben wir?", "prospect"),
        ("Wie viele Leads haben wir?", "lead"),
    ],
)
def test_funnel_stage_one_stage_named_is_its_row(demo, question, stage):
    from insight.metrics.funnel import funnel

    data = _json(demo, question)
    assert "funnel_stage" in data["plan"]["rule"]
    assert len(data["rows"]) == 1
    row = dict(zip(data["columns"], data["rows"][0], strict=True))
    whole = funnel(demo).filter(pl.col("stage") == stage).row(0, named=True)
    # metrics.md: the funnel counts per status, so the one figure (`count`) is who stands at the stage now;
    # `reached` keeps the funnel table's cumulative count (this stage or a later one)
    assert (row["stage"], row["count"], row["reached"]) == (stage, whole["current"], whole["count"])
    assert data["columns"][:2] == ["stage", "count"]


@pytest.mark.parametrize(
    "question", ["Zeig den Funnel", "Wie viele Leads, Kontakte, Interessenten und Kunden haben wir?"]
)
def test_funnel_stage_no_or_several_stages_keep_the_funnel(demo, question):
    assert len(_json(demo, question)["rows"]) == 4


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("Beschwerdequote und Abwanderung", "complaint_analysis"),
        ("complaint rate by customer type", "complaint_analysis"),
        ("Zeig die Beschwerdeanalyse", "complaint_analysis"),
        ("Wie hoch ist die Beschwerdequote?", "complaint_share"),
        ("complaint rate", "complaint_share"),
    ],
)
def test_complaint_figure_a_share_alone_is_one_number_a_comparison_the_analysis(demo, question, table):
    data = _json(demo, question)
    assert data["plan"]["metrics"] == [table]
    if table == "complaint_share":
        assert len(data["rows"]) == 1 and data["columns"][0] == "complaint_rate"
        analysis = _json(demo, "Zeig die Beschwerdeanalyse")
        shares = {r[0]: r[analysis["columns"].index("customer_share")] for r in analysis["rows"]}
        assert data["rows"][0][0] == pytest.approx(shares["complained"])  # its own share


@pytest.mark.parametrize(
    ("question", "metric", "low", "high"),
    [
        ("What share of respondents are detractors?", "detractor_share", 0, 6),
        ("What share of respondents are promoters?", "promoter_share", 9, 10),
    ],
)
def test_share_of_value_a_share_of_an_nps_class_is_its_share_not_its_count(demo, question, metric, low, high):
    data = _json(demo, question)
    assert data["plan"]["metrics"] == [metric]
    answers = demo.survey_responses.get_column("nps").drop_nulls()
    expected = answers.is_between(low, high).mean()
    assert data["rows"][0][data["columns"].index(metric)] == pytest.approx(expected)


def test_share_of_value_the_count_of_an_nps_class_stays_a_count(demo):
    data = _json(demo, "How many detractors do we have?")
    assert data["plan"]["metrics"] == ["detractors"]


@pytest.mark.parametrize("question", ["average satisfaction over all aspects", "Zufriedenheit über alle Aspekte"])
def test_all_aspects_taken_together_is_one_number_over_every_answer(demo, question):
    data = _json(demo, question)
    assert "all_aspects" in data["plan"]["rule"] and data["plan"]["group_by"] == []
    assert len(data["rows"]) == 1 and data["columns"][0] == "csat"
    answers = demo.survey_responses.get_column("satisfaction").drop_nulls()
    assert data["rows"][0][0] == pytest.approx(answers.mean())


def test_all_aspects_satisfaction_by_aspect_stays_per_aspect(demo):
    data = _json(demo, "Zufriedenheit nach Aspekt")
    assert data["columns"][0] == "aspect" and len(data["rows"]) == demo.survey_responses.get_column("aspect").n_unique()


def test_funnel_stage_a_conversion_between_stages_keeps_the_funnel(demo):
    data = _json(demo, "funnel conversion from lead to customer")
    assert len(data["rows"]) == 4 and "funnel_stage" not in data["plan"]["rule"]
