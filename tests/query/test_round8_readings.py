"""Round 8's everyday readings: numbers written as words with a scale ("ten thousand"), numbers in German and
English formats ("1.000,00", "1,500"), ordinary verbs that change nothing, and named periods. Expectations in
plain polars on the shared data."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query.numbers import words_to_digits
from insight.query.timewords import plain_numbers

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _path(*parts: str) -> Path:
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


@pytest.fixture(scope="module")
def cdnow():
    path = _path("cdnow", "CDNOW_master.txt")
    rows = [line.split() for line in path.read_text().splitlines()[1:] if line.strip()]
    raw = pl.DataFrame(rows, schema=["customer_id", "date", "cds", "dollars"], orient="row").with_columns(
        pl.col("cds").cast(pl.Int64), pl.col("dollars").cast(pl.Float64),
        pl.col("date").str.strptime(pl.Date, "%Y%m%d"))
    return ia.load_file(path), raw


def _json(ds, question: str) -> dict:
    return ia.ask(question, data=ds).to_json()


def _scalar(ds, question: str) -> float:
    data = _json(ds, question)
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1 and len(data["rows"][0]) == 1, data
    return data["rows"][0][0]


@pytest.mark.parametrize(("words", "digits"), [
    ("more than ten thousand", "more than 10000"),
    ("over 10 thousand", "over 10000"),
    ("zehntausend euro", "10000 euro"),
    ("zweihundertfunfzig", "250"),
    ("twenty five thousand", "25000"),
    ("top zehn", "top 10"),
])
def test_a_number_word_with_a_scale_is_one_number(words, digits) -> None:
    assert " ".join(words_to_digits(words.split())) == digits


@pytest.mark.parametrize(("text", "plain"), [
    ("über 1.000,00 Umsatz", "über 1000 Umsatz"),
    ("above 1,500 dollars", "above 1500 dollars"),
    ("10.000 euro", "10000 euro"),
    ("250,00 euro", "250 euro"),
    ("am 1.12.2010", "am 1.12.2010"),   # a date stays a date
    ("2010,2011", "2010,2011"),
    ("above 1,500.50", "above 1,500.50"),  # cents that are not zero: kept, so never silently dropped
])
def test_numbers_in_german_and_english_formats_are_plain_digits(text, plain) -> None:
    assert plain_numbers(text) == plain


def _spent_more(raw: pl.DataFrame, bound: float) -> int:
    per = raw.group_by("customer_id").agg(pl.col("dollars").sum(), buyer=(pl.col("dollars") > 0).any())
    return per.filter((pl.col("dollars") > bound) & pl.col("buyer")).height


@pytest.mark.parametrize(("question", "bound"), [
    ("how many customers spent more than five hundred", 500),
    ("Wie viele Kunden haben über 1.000,00 Umsatz gemacht?", 1000),
    ("how many customers spent more than 1,500 dollars", 1500),
    ("Wie viele Kunden haben mehr als zweitausend Euro ausgegeben?", 2000),
])
def test_a_spending_bound_in_words_or_formats(cdnow, question, bound) -> None:
    ds, raw = cdnow
    assert _scalar(ds, question) == _spent_more(raw, bound)
