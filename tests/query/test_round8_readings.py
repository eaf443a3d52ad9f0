"""Round 8's everyday readings: numbers written as words with a scale ("ten thousand"), numbers in German and
English formats ("1.000,00", "1,500"), ordinary verbs that change nothing, and named periods. Expectations in
plain polars on the shared data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query import timewords
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
    ("zweitausend", "2 000"),
    ("more than ten thousand", "more than 10 000"),
    ("over 10 thousand", "over 10 000"),
    ("zehntausend euro", "10 000 euro"),
    ("zweihundertfunfzig", "250"),
    ("twenty five thousand", "25 000"),
    ("top zehn", "top 10"),
])
def test_a_number_word_with_a_scale_is_one_number(words, digits) -> None:
    assert " ".join(words_to_digits(words.split())) == digits


@pytest.mark.parametrize(("text", "plain"), [
    ("über 1.000,00 Umsatz", "über 1 000 Umsatz"),
    ("above 1,500 dollars", "above 1 500 dollars"),
    ("10.000 euro", "10 000 euro"),
    ("250,00 euro", "250 euro"),
    ("2000,00 euro", "2 000 euro"),  # an amount in thousands groups, never the year 2000,
    ("am 1.12.2010", "am 1.12.2010"),   # a date stays a date
    ("2010,2011", "2010,2011"),
    ("above 1,500.50", "above 1 500p50"),  # cents that are not zero: marked, read whole by a bound on money
    ("über 1.000,50 €", "über 1 000p50 €"),
    ("1500.50", "1 500p50"),
    ("am 10.12.", "am 10.12."),  # a day and month, never cents
])
def test_numbers_in_german_and_english_formats_are_plain_digits(text, plain) -> None:
    assert plain_numbers(text) == plain


def _spent_more(raw: pl.DataFrame, bound: float) -> int:
    per = raw.group_by("customer_id").agg(pl.col("dollars").sum(), buyer=(pl.col("dollars") > 0).any())
    return per.filter((pl.col("dollars") > bound) & pl.col("buyer")).height


@pytest.mark.parametrize(("question", "bound"), [
    ("how many customers spent more than five hundred", 500),
    ("how many customers spent more than two thousand", 2000),  # never the year 2000,
    ("Wie viele Kunden haben über 1.000,00 Umsatz gemacht?", 1000),
    ("how many customers spent more than 1,500 dollars", 1500),
    ("Wie viele Kunden haben mehr als zweitausend Euro ausgegeben?", 2000),
])
def test_a_spending_bound_in_words_or_formats(cdnow, question, bound) -> None:
    ds, raw = cdnow
    assert _scalar(ds, question) == _spent_more(raw, bound)


# -- periods --------------------------------------------------------------------------------------------------
AS_OF = dt.date(2011, 12, 10)


def _windows(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    windows, _ = timewords.extract(timewords.normalise(text), AS_OF)
    return [(w.start, w.end) for w in windows]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Umsatz in der ersten Jahreshälfte 2011", dt.date(2011, 1, 1), dt.date(2011, 7, 1)),
    ("Umsatz in der zweiten Hälfte 2010", dt.date(2010, 7, 1), dt.date(2011, 1, 1)),
    ("revenue in the last full quarter", dt.date(2011, 7, 1), dt.date(2011, 10, 1)),
    ("im letzten vollständigen Monat", dt.date(2011, 11, 1), dt.date(2011, 12, 1)),
    ("Umsatz am ersten Dezember 2010", dt.date(2010, 12, 1), dt.date(2010, 12, 2)),
    ("revenue on December 1st, 2010", dt.date(2010, 12, 1), dt.date(2010, 12, 2)),
    ("revenue on the 3rd of March 2011", dt.date(2011, 3, 3), dt.date(2011, 3, 4)),
    ("revenue since january 1st this year", dt.date(2011, 1, 1), AS_OF),  # one window, never compared with itself
    ("Umsatz im letzten halben Jahr", dt.date(2011, 6, 1), AS_OF),
])
def test_named_periods(text, start, end) -> None:
    assert _windows(text) == [(start, end)]


def test_half_a_year_of_inactivity_is_six_months() -> None:
    assert timewords.normalise("seit einem halben Jahr nichts mehr gekauft") == "seit 6 monaten nichts mehr gekauft"


def test_revenue_in_the_first_half_year_and_a_verb_of_bringing(cdnow) -> None:
    ds, raw = cdnow
    h1 = raw.filter(pl.col("date") < dt.date(1997, 7, 1))["dollars"].sum()
    assert _scalar(ds, "Umsatz in der ersten Jahreshälfte 1997") == pytest.approx(h1, rel=1e-9)
    assert _scalar(ds, "Wie viel Umsatz brachte die erste Jahreshälfte 1997?") == pytest.approx(h1, rel=1e-9)
    y97 = raw.filter(pl.col("date").dt.year() == 1997)["dollars"].sum()
    assert _scalar(ds, "what did we bring in during 1997") == pytest.approx(y97, rel=1e-9)


# -- everyday words and header words --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bank():
    path = _path("foreign", "Churn_Modelling.csv")
    return ia.load_file(path), pl.read_csv(path)


@pytest.fixture(scope="module")
def marketing():
    path = _path("foreign", "marketing_campaign.csv")
    return ia.load_file(path), pl.read_csv(path, separator="\t")


def _table(ds, question: str) -> dict:
    data = _json(ds, question)
    assert data["status"] == "ok", data["text"]
    return {row[0]: row[1] for row in data["rows"]}


def test_everyday_verbs_and_header_words_on_a_bank_table(bank) -> None:
    ds, raw = bank
    assert _scalar(ds, "Wie viele Kunden stammen aus Frankreich?") == raw.filter(pl.col("Geography") == "France").height
    assert _scalar(ds, "Wie viele Kunden gibt es in diesen Daten?") == raw.height
    means = raw.group_by("Gender").agg(pl.col("Balance").mean())
    assert _table(ds, "Durchschnittliches Kontoguthaben nach Geschlecht") == pytest.approx(dict(means.iter_rows()))
    tenure = raw.filter(pl.col("Tenure") > 5)["Exited"].mean()
    assert _scalar(ds, "churn rate for customers with more than five years tenure") == pytest.approx(tenure)


def test_header_words_of_a_marketing_table(marketing) -> None:
    ds, raw = marketing
    per = raw.group_by("Education").len()
    assert _table(ds, "Anzahl Kunden je Bildungsgrad") == dict(per.iter_rows())
    assert _scalar(ds, "Durchschnittliches Geburtsjahr unserer Kunden") == pytest.approx(raw["Year_Birth"].mean())
    assert _scalar(ds, "how many customers have at least one kid at home") == raw.filter(pl.col("Kidhome") > 0).height
    teens = raw.filter(pl.col("Teenhome") > 0)["Income"].mean()
    assert _scalar(ds, "average income of customers with teenagers at home") == pytest.approx(teens)
    phd = raw.filter(pl.col("Education") == "PhD")["Complain"].mean()
    assert _scalar(ds, "complaint rate among PhD holders") == pytest.approx(phd)
    assert _scalar(ds, "Wie viele Kunden haben die erste Kampagne akzeptiert?") == raw["AcceptedCmp1"].sum()
    cmps = [f"AcceptedCmp{i}" for i in range(1, 6)]
    anyone = raw.filter(pl.any_horizontal([pl.col(c) == 1 for c in cmps])).height
    assert _scalar(ds, "Wie viele Kunden haben irgendeine Kampagne (1 bis 5) angenommen?") == anyone


def test_fall_alone_stays_unknown(cdnow) -> None:
    ds, _ = cdnow
    assert _json(ds, "revenue in fall 1997")["status"] == "clarify"  # the season, not "fall into"


# -- concepts on the order lines (CDNOW: customer, date, CDs, dollars) -----------------------------------------
def _orders(raw: pl.DataFrame) -> pl.DataFrame:
    return raw.group_by("customer_id", "date").agg(pl.col("dollars").sum())


def test_value_of_an_order_is_the_order_value(cdnow) -> None:
    ds, raw = cdnow
    orders = _orders(raw).filter(pl.col("dollars") > 0)  # an order is a customer-day with a positive amount
    assert _scalar(ds, "whats the avg value of an order") == pytest.approx(orders["dollars"].mean(), abs=0.005)


def test_growth_compound_compares_the_periods(cdnow) -> None:
    ds, raw = cdnow
    data = _json(ds, "Umsatzwachstum 1998 gegenüber 1997 in Prozent")
    assert data["status"] == "ok", data["text"]
    # one row (period_change): both years' revenue, the change and the change in % — never the share of revenue
    # "in Prozent" would give alone
    row = dict(zip(data["columns"], data["rows"][0], strict=True))
    year = {y: raw.filter(pl.col("date").dt.year() == y)["dollars"].sum() for y in (1997, 1998)}
    assert (row["year"], row["previous_year"]) == (1998, 1997)
    assert (row["revenue"], row["previous_revenue"]) == pytest.approx((year[1998], year[1997]))
    assert row["growth"] == pytest.approx(year[1998] / year[1997] - 1)
    assert _json(ds, "Umsatzwachstum 1997")["status"] == "clarify"  # one period: growth against what?


def test_by_the_model_is_a_forecast(cdnow) -> None:
    ds, _ = cdnow
    assert _json(ds, "Umsatz laut Modell")["status"] == "clarify"  # a model figure that is not a forecast one
    model = _json(ds, "Welche drei Kunden haben laut Modell den höchsten CLV?")
    plain = _json(ds, "Welche drei Kunden haben den höchsten prognostizierten CLV?")
    assert model["status"] == "ok" and model["rows"] == plain["rows"]


def test_segment_sizes_and_rfm_model(cdnow) -> None:
    ds, _ = cdnow
    sizes = _json(ds, "RFM segment sizes")
    per = _json(ds, "customers per RFM segment")
    assert sizes["status"] == "ok" and sizes["rows"] == per["rows"]
    loyal = _json(ds, "loyal customers in the RFM model, how many?")
    assert loyal["status"] == "ok" and loyal["rows"] == _json(ds, "How many Loyal customers?")["rows"]
