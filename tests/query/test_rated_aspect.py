"""'rate / rated / bewerten / bewertet' before a survey aspect and a comparison (docs/ask.md, "Survey answers as a
population"): that aspect's score threshold — the customers whose latest answer for the aspect compares so —
checked on the demo survey against plain polars, never asked back and never the word dropped."""

from __future__ import annotations

import polars as pl
import pytest

from insight.query import Session


def _expected(demo, aspect: str, test: pl.Expr) -> int:
    rows = demo.survey_responses.filter((pl.col("aspect") == aspect) & pl.col("satisfaction").is_not_null())
    latest = rows.sort("response_date").group_by("customer_id").agg(pl.col("satisfaction").last())
    return latest.filter(test).height


@pytest.mark.parametrize(("question", "aspect", "bound"), [
    ("how many customers rate the service below 3", "service", pl.col("satisfaction") < 3),
    ("respondents rated price over 4", "price", pl.col("satisfaction") > 4),
    ("How many customers rated the delivery at least 4?", "delivery", pl.col("satisfaction") >= 4),
    ("Wie viele Kunden haben den Service mit unter 3 bewertet?", "service", pl.col("satisfaction") < 3),
])
def test_a_rating_verb_is_the_aspects_score_threshold(demo, question, aspect, bound) -> None:
    answer = Session(demo).ask(question)
    assert answer.status == "ok", answer.text
    assert answer.plan["population"]["survey_answer"][0] == "satisfaction"
    expected = _expected(demo, aspect, bound)
    assert 0 < expected < demo.survey_responses.get_column("customer_id").n_unique()
    assert answer.rows[0][-1] == expected
