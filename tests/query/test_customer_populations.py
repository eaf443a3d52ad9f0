"""Populations of customers read from the question, never dropped nor turned into line filters or top lists
(docs/ask.md, "Populations by activity", "Thresholds on a group", "Shares of a population"): customers without an
order in a window, new customers, everyone but the top N, customers with / without a line of a value, a bound on
a group's customer count, shares of a population or of orders, retention asked in words. Each answer is checked
against plain polars on a seeded table whose headers and values no fixed list foresees."""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """Order lines of 240 customers over 2023–2024: a Zone per customer, a Belegtyp per document (Invoice or
    Refund with a negative amount) and an order Status (Shipped / Cancelled / On Hold / Disputed)."""
    rng = np.random.default_rng(23)
    n = 2600
    orders = rng.integers(0, 1400, n)
    owner = dict(enumerate(rng.integers(500, 740, 1400).tolist()))
    customers = np.array([owner[int(o)] for o in orders])
    zone = {c: ["Nord", "Sued", "Ost"][c % 3] for c in range(500, 740)}
    doc = dict(enumerate(rng.choice(["Invoice"] * 9 + ["Refund"], 1400).tolist()))
    status = dict(enumerate(rng.choice(["Shipped"] * 5 + ["Cancelled", "On Hold", "Disputed"], 1400).tolist()))
    day = {o: dt.date(2023, 1, 1) + dt.timedelta(days=int(d)) for o, d in enumerate(rng.integers(0, 720, 1400))}
    amount = np.round(rng.uniform(20, 700, n), 2)
    raw = pl.DataFrame(
        {
            "Beleg": [f"B{o:05d}" for o in orders],
            "Kunde": [f"KD{c}" for c in customers],
            "Datum": [day[int(o)] for o in orders],
            "Betrag": [-a if doc[int(o)] == "Refund" else a for a, o in zip(amount, orders)],
            "Zone": [zone[int(c)] for c in customers],
            "Belegtyp": [doc[int(o)] for o in orders],
            "Status": [status[int(o)] for o in orders],
        }
    )
    path = tmp_path_factory.mktemp("populations") / "belege.csv"
    raw.write_csv(path)
    return ia.load_file(path), raw.with_columns(year=pl.col("Datum").dt.year())


def _answer(ds, question: str) -> dict:
    data = ia.session(ds).ask(question).to_json()
    assert data["status"] == "ok", data.get("text")
    return data


def _scalar(ds, question: str, column: str | None = None) -> float:
    data = _answer(ds, question)
    assert len(data["rows"]) == 1, data["rows"]
    return data["rows"][0][data["columns"].index(column) if column else 0]


def _counted(raw: pl.DataFrame) -> pl.DataFrame:
    """Lines that count (metrics.md): no cancellation."""
    return raw.filter(pl.col("Status") != "Cancelled")


def _buyers(raw: pl.DataFrame, keep: pl.Expr = pl.lit(True)) -> set[str]:
    """Customers with an order (a document of positive value) under ``keep``."""
    docs = _counted(raw).filter(keep).group_by("Beleg", "Kunde").agg(pl.col("Betrag").sum())
    return set(docs.filter(pl.col("Betrag") > 0).get_column("Kunde"))


def test_customers_without_an_order_in_a_window(store) -> None:
    ds, raw = store
    nord = pl.col("Zone") == "Nord"
    expected = _buyers(raw, nord) - _buyers(raw, nord & (pl.col("year") == 2024))
    data = _answer(ds, "Wie viele Kunden aus der Zone Nord haben 2024 nichts gekauft?")
    assert data["rows"][0][0] == len(expected)
    assert "2024" in data["understood"] and "ohne Auftrag" in data["understood"]


def test_customers_of_one_window_absent_in_the_next(store) -> None:
    ds, raw = store
    expected = _buyers(raw, pl.col("year") == 2023) - _buyers(raw, pl.col("year") == 2024)
    assert _scalar(ds, "customers from 2023 that never came back in 2024") == len(expected)
    assert _scalar(ds, "Kunden, die 2023 gekauft haben, aber nicht 2024") == len(expected)


def test_customers_lost_in_a_year_are_churn_with_the_lost_count(store) -> None:
    ds, raw = store
    expected = _buyers(raw, pl.col("year") == 2023) - _buyers(raw, pl.col("year") == 2024)
    assert _scalar(ds, "verlorene Kunden 2024", "lost") == len(expected)


def test_revenue_of_new_customers(store) -> None:
    ds, raw = store
    lines = _counted(raw)
    first = lines.filter(pl.col("Betrag") > 0).group_by("Kunde").agg(pl.col("Datum").min())
    new = first.filter(pl.col("Datum").dt.year() == 2024).get_column("Kunde")
    expected = lines.filter((pl.col("year") == 2024) & pl.col("Kunde").is_in(new.implode())).get_column("Betrag").sum()
    assert _scalar(ds, "revenue from new customers in 2024") == pytest.approx(expected, abs=0.01)
    share = _scalar(ds, "Anteil der Neukunden an allen Kunden 2024")
    assert share == pytest.approx(new.len() / len(_buyers(raw, pl.col("year") == 2024)), abs=1e-6)


def test_revenue_without_the_top_customers(store) -> None:
    ds, raw = store
    year = _counted(raw).filter(pl.col("year") == 2024)
    per = year.group_by("Kunde").agg(pl.col("Betrag").sum()).sort(["Betrag", "Kunde"], descending=[True, False])
    top = per.head(5).get_column("Kunde")
    expected = year.filter(~pl.col("Kunde").is_in(top.implode())).get_column("Betrag").sum()
    data = _answer(ds, "revenue 2024 excluding the 5 biggest customers")
    assert len(data["rows"]) == 1 and data["rows"][0][0] == pytest.approx(expected, abs=0.01)
    assert "top 5" in data["understood"]


def test_customers_with_and_without_a_line_of_a_value(store) -> None:
    ds, raw = store
    year = _counted(raw).filter(pl.col("year") == 2024)
    refunded = year.filter(pl.col("Belegtyp") == "Refund").get_column("Kunde").unique()
    assert _scalar(ds, "How many customers had a Refund in 2024?") == refunded.len()
    expected = year.filter(~pl.col("Kunde").is_in(refunded.implode())).get_column("Betrag").sum()
    assert _scalar(ds, "Umsatz 2024 der Kunden ohne Refund") == pytest.approx(expected, abs=0.01)
    lines_only = year.filter(pl.col("Belegtyp") != "Refund").get_column("Betrag").sum()
    assert _scalar(ds, "Umsatz 2024 ohne Refund") == pytest.approx(lines_only, abs=0.01)  # lines, not customers


def test_a_negated_cancelled_word_carries_the_negation_along_its_list(store) -> None:
    ds, raw = store
    keep = (pl.col("year") == 2023) & ~pl.col("Status").is_in(["Cancelled", "On Hold"])
    expected = raw.filter(keep).get_column("Betrag").sum()
    assert _scalar(ds, "Umsatz 2023 ohne stornierte oder zurückgestellte Aufträge") == pytest.approx(expected, abs=0.01)


def test_a_bound_on_a_groups_customer_count(store) -> None:
    ds, raw = store
    year = _counted(raw).filter(pl.col("year") == 2024)
    docs = year.group_by("Beleg", "Kunde", "Zone").agg(pl.col("Betrag").sum()).filter(pl.col("Betrag") > 0)
    per = docs.group_by("Zone").agg(pl.col("Kunde").n_unique())
    bound = int(per.get_column("Kunde").median())
    expected = set(per.filter(pl.col("Kunde") >= bound).get_column("Zone"))
    data = _answer(ds, f"Which zones had at least {bound} customers in 2024?")
    assert {r[0] for r in data["rows"]} == expected


def test_fewer_than_n_orders_is_a_bound_not_a_top_list(store) -> None:
    ds, raw = store
    docs = _counted(raw).group_by("Beleg", "Kunde").agg(pl.col("Betrag").sum()).filter(pl.col("Betrag") > 0)
    per = docs.group_by("Kunde").len()
    assert _scalar(ds, "how many customers have fewer than 6 orders") == per.filter(pl.col("len") < 6).height


def test_shares_of_a_population_and_of_orders(store) -> None:
    ds, raw = store
    docs = _counted(raw).group_by("Beleg", "Kunde", "Status").agg(pl.col("Betrag").sum()).filter(pl.col("Betrag") > 0)
    once = docs.group_by("Kunde").len().filter(pl.col("len") == 1).height
    share = _scalar(ds, "Wie viel Prozent der Kunden haben nur einen Auftrag?")
    assert share == pytest.approx(once / docs.get_column("Kunde").n_unique(), abs=1e-6)
    disputed = docs.filter(pl.col("Status") == "Disputed").height / docs.height
    assert _scalar(ds, "percentage of orders that are disputed") == pytest.approx(disputed, abs=1e-6)


def test_ordered_again_in_the_next_period_is_retention(store) -> None:
    ds, raw = store
    before, after = _buyers(raw, pl.col("year") == 2023), _buyers(raw, pl.col("year") == 2024)
    data = _answer(ds, "what share of the 2023 customers bought again in 2024")
    assert data["rows"][0][data["columns"].index("retention_rate")] == pytest.approx(len(before & after) / len(before))


def test_an_amount_in_a_currency_is_no_year(store) -> None:
    ds, raw = store
    per = _counted(raw).group_by("Kunde").agg(pl.col("Betrag").sum())
    assert _scalar(ds, "how many customers spent more than 2000 EUR") == per.filter(pl.col("Betrag") > 2000).height


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Wie viele Kunden haben nicht bestellt?", "nicht bestellt"),  # no window: without which order?
        ("Which products were not bought in 2024?", "not"),  # products, not customers
        ("what share of 2022 customers bought again in 2024", "bought again"),  # periods apart
    ],
)
def test_a_population_that_cannot_be_read_is_asked_back(demo, question, word) -> None:
    data = ia.session(demo).ask(question).to_json()
    assert data["status"] == "clarify" and word in data["text"], data["text"]


def test_retention_of_periods_apart_is_asked_back(demo) -> None:
    data = ia.session(demo).ask("Kundenbindungsrate 2024 gegenüber 2022").to_json()
    assert data["status"] == "clarify" and "2022" in data["text"] and "2024" in data["text"]
