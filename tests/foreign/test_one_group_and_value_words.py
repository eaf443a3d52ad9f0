"""A singular "which X has the most …" answers with the one group (the runner-up said beside it), a plural one
lists; education levels asked in the other language's words name the column's value. Expectations come from
plain polars on the raw files (tests/foreign/conftest.py)."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia

FOREIGN = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def raw_path(name: str):
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


def _revenue_by_line(sales_raw: pl.DataFrame) -> pl.DataFrame:
    return (sales_raw.filter(pl.col("STATUS") != "Cancelled").group_by("PRODUCTLINE")
            .agg(pl.col("SALES").sum()).sort("SALES", descending=True))


@pytest.mark.parametrize("question", [
    "Welche Produktlinie hat den meisten Umsatz?", "Welche Produktlinie bringt am meisten Umsatz?",
    "Which product line has the highest revenue?",
])
def test_which_one_group_answers_with_that_group_and_names_the_runner_up(sales_raw, question):
    ranked = _revenue_by_line(sales_raw)
    answer = ia.ask(question, data=raw_path("sales_data_sample.csv")).to_json()
    assert answer["status"] == "ok", answer
    assert len(answer["rows"]) == 1
    assert answer["rows"][0][0] == ranked.item(0, "PRODUCTLINE")
    assert answer["rows"][0][1] == pytest.approx(ranked.item(0, "SALES"), abs=0.01)
    assert ranked.item(1, "PRODUCTLINE") in answer["text"]  # the runner-up, so the lead can be judged


@pytest.mark.parametrize("question", [
    "Welche Produktlinien haben den meisten Umsatz?", "Which product lines have the highest revenue?",
])
def test_which_groups_in_the_plural_still_list(sales_raw, question):
    ranked = _revenue_by_line(sales_raw)
    answer = ia.ask(question, data=raw_path("sales_data_sample.csv")).to_json()
    assert answer["status"] == "ok", answer
    assert [r[0] for r in answer["rows"]] == ranked["PRODUCTLINE"].to_list()


@pytest.mark.parametrize("question, value", [
    ("Wie viele Kunden haben einen Doktortitel?", "PhD"),
    ("Wie viele Kunden sind promoviert?", "PhD"),
    ("How many customers have a doctorate?", "PhD"),
    ("Wie viele Kunden haben einen Masterabschluss?", "Master"),
    ("Wie viele Kunden haben einen Bachelor?", "Graduation"),
])
def test_education_levels_in_either_language(marketing_raw, question, value):
    answer = ia.ask(question, data=raw_path("marketing_campaign.csv")).to_json()
    assert answer["status"] == "ok", answer
    assert answer["rows"][0][0] == marketing_raw.filter(pl.col("Education") == value).height
    assert value in answer["text"]


def test_a_degree_of_several_levels_stays_asked_back():
    # a 'Hochschulabschluss' is any of bachelor, master, doctorate: no one value of the column
    answer = ia.ask("Wie viele Kunden haben einen Hochschulabschluss?",
                    data=raw_path("marketing_campaign.csv")).to_json()
    assert answer["status"] == "clarify"


def test_a_tie_for_the_one_group_is_said(sales_raw):
    counts = (sales_raw.filter(pl.col("STATUS") != "Cancelled").group_by("COUNTRY")
              .agg(pl.col("CUSTOMERNAME").n_unique().alias("n")))
    fewest = counts["n"].min()
    tied = counts.filter(pl.col("n") == fewest).height
    answer = ia.ask("Which country has the fewest customers?", data=raw_path("sales_data_sample.csv")).to_json()
    assert answer["status"] == "ok", answer
    assert len(answer["rows"]) == 1 and answer["rows"][0][1] == fewest
    assert ("Tied with it" in answer["text"]) == (tied > 1)
    if tied > 2:
        assert f"(+{tied - 2})" in answer["text"]  # every group at the bottom is counted, not one hidden
