"""Customer-lifecycle wordings read as the catalogue's metrics (round 12): "exit rate" on a table with an
`Exited` flag is its churn rate, "first buying in" / "zum ersten Mal bei uns gekauft" are new customers,
"worst month in terms of revenue" ranks the months by revenue, and "and the worst?" after the best month is
the bottom month of the same ranking. Expected values by plain polars on the raw files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query.session import Session

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="module")
def churn_path() -> Path:
    return _need(DATA / "foreign" / "Churn_Modelling.csv")


@pytest.fixture(scope="module")
def churn(churn_path):
    return ia.load_file(churn_path)


def test_exit_rate_is_the_share_exited(churn, churn_path):
    got = ia.ask("exit rate for customers with tenure above 8 years", churn).to_json()
    assert got["status"] == "ok", got["text"]
    want = pl.read_csv(churn_path).filter(pl.col("Tenure") > 8)["Exited"].mean()
    assert got["rows"][0][-1] == pytest.approx(want)


def test_exit_rate_per_number_of_products(churn, churn_path):
    got = ia.ask("exit rate split by number of products held", churn).to_json()
    assert got["status"] == "ok", got["text"]
    want = dict(pl.read_csv(churn_path).group_by("NumOfProducts").agg(pl.col("Exited").mean()).iter_rows())
    assert {int(r[0]): r[-1] for r in got["rows"]} == pytest.approx(want)


def test_german_exit_rate(churn, churn_path):
    got = ia.ask("Austrittsquote in Deutschland", churn).to_json()
    assert got["status"] == "ok", got["text"]
    want = pl.read_csv(churn_path).filter(pl.col("Geography") == "Germany")["Exited"].mean()
    assert got["rows"][0][-1] == pytest.approx(want)


def test_first_buying_in_a_month_is_new_customers():
    path = _need(DATA / "cdnow" / "CDNOW_master.txt")
    line = pl.read_csv(path, has_header=False, new_columns=["line"])["line"].str.strip_chars()
    raw = pl.DataFrame(
        {
            "id": line.str.extract(r"^(\S+)"),
            "day": line.str.extract(r"^\S+\s+(\d{8})"),
            "value": line.str.extract(r"(\S+)$").cast(pl.Float64, strict=False),
        }
    ).filter(pl.col("value") > 0)  # an order of value 0 is no valid order (metrics.md)
    first = raw.group_by("id").agg(pl.col("day").min())
    want = first.filter(pl.col("day").str.starts_with("199702")).height
    got = ia.ask("customers first buying in Feb 1997", ia.load_file(path)).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == want, got["text"]


def test_zum_ersten_mal_bei_uns_gekauft(retail_ii, raw_ii):
    valid = raw_ii.filter(
        pl.col("Customer ID").is_not_null()
        & ~pl.col("Invoice").str.starts_with("C")
        & (pl.col("Quantity") > 0)
        & (pl.col("Price") > 0)
    )
    first = valid.group_by("Customer ID").agg(pl.col("InvoiceDate").min())
    want = first.filter(pl.col("InvoiceDate").dt.year() == 2010).height
    got = ia.ask("Wie viele Kunden haben 2010 zum ersten Mal bei uns gekauft?", retail_ii).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == want, got["text"]


def _worst_month(retail_ii) -> list:
    trend = ia.ask("revenue by month 2011", retail_ii).to_json()
    assert trend["status"] == "ok", trend["text"]
    return min(trend["rows"], key=lambda r: r[-1])


def test_in_terms_of_ranks_by_that_measure(retail_ii):
    got = ia.ask("worst month of 2011 in terms of revenue", retail_ii).to_json()
    assert got["status"] == "ok" and got["rows"][0] == _worst_month(retail_ii), got["text"]


@pytest.mark.parametrize("follow", ["and the worst?", "and the worst one?", "und der schlechteste?"])
def test_and_the_worst_after_the_best_month(retail_ii, follow):
    session = Session(retail_ii)
    best = session.ask("best month 2011 by revenue").to_json()
    got = session.ask(follow).to_json()
    assert got["status"] == "ok", got["text"]
    assert got["rows"][0] == _worst_month(retail_ii) != best["rows"][0]


def test_and_the_best_after_the_worst_month(retail_ii):
    session = Session(retail_ii)
    session.ask("worst month 2011 by revenue")
    got = session.ask("and the best?").to_json()
    trend = ia.ask("revenue by month 2011", retail_ii).to_json()
    assert got["status"] == "ok" and got["rows"][0] == max(trend["rows"], key=lambda r: r[-1]), got["text"]


def _years(raw_ii) -> pl.DataFrame:
    valid = raw_ii.filter(
        pl.col("Customer ID").is_not_null()
        & ~pl.col("Invoice").str.starts_with("C")
        & (pl.col("Quantity") > 0)
        & (pl.col("Price") > 0)
    )
    return valid.group_by("Customer ID").agg(
        y2011=(pl.col("InvoiceDate").dt.year() == 2011).any(),
        y2010=(pl.col("InvoiceDate").dt.year() == 2010).any(),
        before=(pl.col("InvoiceDate").dt.year() < 2010).any(),
    )


@pytest.mark.parametrize(
    "question",
    [
        "How many customers came back in 2011 after not buying at all in 2010?",
        "How many customers returned in 2011 after skipping 2010?",
        "Wie viele Kunden sind 2011 zurückgekommen, nachdem sie 2010 nichts gekauft hatten?",
    ],
)
def test_back_after_a_pause_is_reactivated(retail_ii, raw_ii, question):
    years = _years(raw_ii)
    want = years.filter(pl.col("y2011") & ~pl.col("y2010") & pl.col("before")).height
    got = ia.ask(question, retail_ii).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == want, got["text"]
    # never the customers new in 2011, who had no pause
    assert want < years.filter(pl.col("y2011") & ~pl.col("y2010")).height


def test_customers_who_left_are_the_exited(churn, churn_path):
    raw = pl.read_csv(churn_path)
    want = raw.filter((pl.col("Gender") == "Female") & (pl.col("Geography") == "Spain") & (pl.col("Exited") == 1))
    got = ia.ask("how many female customers in Spain left", churn).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == want.height, got["text"]


def test_customers_still_left_are_not_churn(churn):
    got = ia.ask("how many customers are left", churn).to_json()
    assert got["status"] == "clarify", got["text"]  # remaining, not exited: never the exited count


@pytest.mark.parametrize(
    "question",
    [
        "How many customers who ordered in 2010 did not order in 2011?",
        "How many customers active in 2010 did not buy in 2011?",
        "Wie viele Kunden, die 2010 aktiv waren, haben 2011 nichts mehr gekauft?",
        "Wie viele Kunden haben 2010 gekauft, aber 2011 nicht?",
    ],
)
def test_lost_customers_named_by_their_two_years(retail_ii, raw_ii, question):
    # the period right after the negated verb is the one without an order (English word order)
    want = _years(raw_ii).filter(pl.col("y2010") & ~pl.col("y2011")).height
    got = ia.ask(question, retail_ii).to_json()
    assert got["status"] == "ok" and got["rows"][0][-1] == want, got["text"]
