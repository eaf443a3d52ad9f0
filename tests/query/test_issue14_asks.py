"""Issue 14 re-check: the loyalty KPIs, value per cohort year and the profile of a named segmentation are
askable in German and English, with the numbers of the core functions they stand for."""

from __future__ import annotations

import polars as pl
import pytest

from insight import api


@pytest.fixture(scope="module")
def demo():
    return api.demo_dataset()


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Zeig die Kundenbindungs-KPIs", "de"), ("Kennzahlen der Kundenbindung", "de"), ("Show the loyalty KPIs", "en")],
)
def test_the_loyalty_kpis_are_the_kpi_list(demo, question, lang):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    kpis = api.kpi_list(demo, language=lang)
    assert answer.table["kpi"].to_list() == [k.name for k in kpis.kpis]
    assert answer.table["kpi"].to_list()[:5] == ["retention_rate", "clv", "repeat_rate", "redemption_rate", "nps"]
    assert answer.table["value"].to_list() == pytest.approx([k.value for k in kpis.kpis])
    assert answer.table["period"].to_list() == [k.period for k in kpis.kpis]
    assert kpis["retention_rate"].label in answer.text and kpis["nps"].label in answer.text


@pytest.mark.parametrize("question", ["CLV nach Kohortenjahr", "CLV per year of first order"])
def test_value_per_cohort_year(demo, question):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.plan["metrics"] == ["value_by_cohort"]
    assert {"cohort", "mean_clv", "mean_customer_value"} <= set(answer.table.columns)


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("Profil der ABC-Klassen", "abc_class"),
        ("Profil der RFM-Segmente", "rfm_segment"),
        ("Zeig die Segmentprofile", "cluster"),
    ],
)
def test_a_profile_of_a_named_segmentation_is_that_segmentation(demo, question, column):
    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.table.columns[0] == column


@pytest.mark.parametrize(
    "question",
    [
        "Welche Kunden haben ihre Akquisekosten noch nicht amortisiert?",
        "Welche Kunden haben ihre Akquisekosten noch nicht eingespielt?",
        "Wie viele Kunden haben ihre Akquisekosten nicht amortisiert?",
    ],
)
def test_not_paid_back_is_never_read_as_paid_back(demo, question):
    from insight.metrics.payback import payback_table

    answer = api.ask(question, data=demo)
    assert answer.status == "ok", answer.text
    assert answer.plan["population"]["concept"] == "not_paid_back"
    behind = payback_table(demo).filter(~pl.col("paid_back")).height
    if "customers" in answer.table.columns:  # "Wie viele …": the count
        assert answer.table["customers"].item() == behind
    else:  # "Welche Kunden …": the list
        assert answer.table.height == behind
