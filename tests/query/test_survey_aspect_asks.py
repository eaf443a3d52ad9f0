"""Ask rules on a workspace of order lines plus a wide satisfaction survey (NPS and ``Satisfaction <aspect>``
columns, imported as one row per aspect): an aspect named beside a survey metric is the survey's aspect even
where an order-line column holds the same word, respondents counted by their score on one aspect, the median
of one aspect's scores."""

from __future__ import annotations

import pytest

from insight import api
from insight.query.lexicon import Mention, Sense
from insight.query.parser import value_of_the_metric_table

ORDERS = """Auftrag;Kunde;Datum;Produktgruppe;Gebiet;Betrag
1;1001;03.02.2023;Service;Nord;100,00
2;1002;04.03.2023;Hardware;Süd;50,00
3;1003;05.04.2024;Service;Nord;70,00
4;1004;06.05.2024;Price;Süd;30,00
5;1001;07.06.2024;Hardware;Nord;20,00
"""
SURVEY = """Customer ID,Response Date,NPS,Satisfaction Service,Satisfaction Price
1001,2024-01-10,10,5,1
1002,2024-02-10,3,2,2
1003,2024-03-10,8,4,4
1004,2024-04-10,9,3,2
"""


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    root = tmp_path_factory.mktemp("aspects")
    (root / "auftraege.csv").write_text(ORDERS, encoding="utf-8")
    (root / "umfrage.csv").write_text(SURVEY, encoding="utf-8")
    db = root / "ws.db"
    api.import_files([root / "auftraege.csv", root / "umfrage.csv"], workspace=db)
    return api.load(workspace=db)


def ask(question, ds):
    return api.ask(question, ds).to_json()


def test_a_value_of_two_columns_beside_a_metric_is_the_value_of_the_metrics_table():
    both = Mention(1, 2, "service", (Sense("value", "produktgruppe", "Service"), Sense("value", "aspect", "Service")))
    csat = Mention(0, 1, "satisfaction", (Sense("metric", "csat"),))
    assert value_of_the_metric_table([csat, both])[1].senses == (Sense("value", "aspect", "Service"),)
    assert value_of_the_metric_table([both])[0] == both  # no metric: still asked back


def test_mean_satisfaction_of_an_aspect_by_a_column(ds):
    j = ask("mean Satisfaction Service by Gebiet", ds)
    assert j["status"] == "ok", j
    assert {"dimension": "aspect", "op": "in", "values": ["Service"]} in j["plan"]["filters"]
    rows = {r[0]: r[j["columns"].index("csat")] for r in j["rows"]}
    assert rows == {"Nord": pytest.approx(4.5), "Süd": pytest.approx(2.5)}
    # revenue (of the order lines) of a value of both: the order lines' product group
    assert ask("Umsatz Service", ds)["plan"]["filters"][0]["dimension"] == "produktgruppe"


@pytest.mark.parametrize(
    "question",
    ["Wie viele Befragte haben Satisfaction Price unter 3?", "Wie viele Kunden haben Satisfaction Price unter 3?",
     "How many respondents have satisfaction price below 3?"],
)
def test_respondents_counted_by_their_answer_on_one_aspect(ds, question):
    j = ask(question, ds)
    assert j["status"] == "ok", j
    assert j["rows"] == [[3]]  # Price answers 1, 2, 4, 2
    assert j["plan"]["population"]["survey_answer"][:3] == ["satisfaction", "lt", 3.0]


@pytest.mark.parametrize("question, op, rows", [
    ("How many respondents have satisfaction price above 1?", "gt", [[3]]),  # Price answers 1, 2, 4, 2
    ("How many respondents have satisfaction price more than 3?", "gt", [[1]]),
    ("Wie viele Befragte haben Satisfaction Price über 1?", "gt", [[3]]),
])
def test_an_aspect_named_before_a_comparison_is_that_aspects_score_threshold(ds, question, op, rows):
    j = ask(question, ds)
    assert j["status"] == "ok", j  # the comparison word is the threshold's, never a word left over
    assert j["rows"] == rows
    assert j["plan"]["population"]["survey_answer"][:2] == ["satisfaction", op]
    assert "Price" in j["text"] or "price" in j["text"]  # the headline names the aspect's threshold


@pytest.mark.parametrize(
    "question, expected", [("median Satisfaction Price", [[2.0, 4]]), ("Median Satisfaction Service", [[3.5, 4]])]
)
def test_the_median_of_one_aspects_answers(ds, question, expected):
    j = ask(question, ds)
    assert j["status"] == "ok", j
    # named after the survey's column of that aspect (the wide header it was imported from)
    assert j["rows"] == expected and j["columns"][0] == f"median_satisfaction_{question.split()[-1].lower()}"


def test_a_value_of_two_columns_of_the_metrics_own_table_stays_asked_back():
    both = Mention(1, 2, "central", (Sense("value", "region", "Central"), Sense("value", "warehouse", "Central")))
    revenue = Mention(0, 1, "umsatz", (Sense("metric", "revenue"),))
    assert value_of_the_metric_table([revenue, both])[1] == both
