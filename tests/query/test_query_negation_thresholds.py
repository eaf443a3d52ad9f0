"""Negations, percent thresholds, flags with vs without, status populations and guarded typo corrections
(docs/ask.md): each answer checked against plain polars on the same seeded client tables, whose headers no
fixed list foresees (Discount as 0–1 fractions, an order Status, yes/no flag columns)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """Order lines: Discount in [0, 1], a Status per order (Shipped / Cancelled / On Hold / Disputed)."""
    rng = np.random.default_rng(7)
    n = 1200
    orders = rng.integers(0, 500, n)
    raw = pl.DataFrame(
        {
            "Order ID": [f"ORD-{o:05d}" for o in orders],
            "Customer ID": [f"C{c}" for c in rng.integers(1000, 1150, n)],
            "Order Date": [dt.date(2023, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 700, n)],
            "Sales": np.round(rng.uniform(10, 900, n), 2),
            "Discount": rng.choice([0.0, 0.0, 0.1, 0.2, 0.3, 0.5], n),
            "Region": rng.choice(["North", "South", "East", "West"], n),
        }
    )
    status = dict(enumerate(rng.choice(["Shipped", "Shipped", "Cancelled", "On Hold", "Disputed"], 500).tolist()))
    raw = raw.with_columns(pl.Series("Status", [status[int(o)] for o in orders]))
    path = tmp_path_factory.mktemp("r5b") / "lines.csv"
    raw.write_csv(path)
    return ia.load_file(path), raw


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    """A customers table with yes/no columns: Exited (churn), HasCrCard, IsActiveMember."""
    rng = np.random.default_rng(11)
    n = 800
    raw = pl.DataFrame(
        {
            "CustomerId": np.arange(15_000_000, 15_000_000 + n),
            "Geography": rng.choice(["France", "Germany", "Spain"], n),
            "Balance": np.round(rng.uniform(0, 150_000, n), 2),
            "HasCrCard": rng.choice([0, 1], n, p=[0.3, 0.7]),
            "IsActiveMember": rng.choice([0, 1], n),
            "Exited": rng.choice([0, 1], n, p=[0.8, 0.2]),
        }
    )
    path = tmp_path_factory.mktemp("r5b") / "bank.csv"
    raw.write_csv(path)
    return ia.load_file(path), raw


def _answer(ds, question: str, *context: str) -> dict:
    session = ia.session(ds)
    for q in context:
        session.ask(q)
    data = session.ask(question).to_json()
    assert data["status"] == "ok", data.get("text")
    return data


def _scalar(ds, question: str, *context: str) -> float:
    rows = _answer(ds, question, *context)["rows"]
    assert len(rows) == 1, rows
    return rows[0][0]


def _sales(raw: pl.DataFrame, keep: pl.Expr) -> float:
    """Revenue: the Sales of lines that are no cancellation (metrics.md), under ``keep``."""
    return raw.filter(keep & (pl.col("Status") != "Cancelled")).get_column("Sales").sum()


@pytest.mark.parametrize(
    ("question", "keep"),
    [
        ("Umsatz mit Rabatt über 20 %", pl.col("Discount") > 0.2),
        ("revenue of lines with a discount of at least 30%", pl.col("Discount") >= 0.3),
        ("revenue with a discount below 10 percent", pl.col("Discount") < 0.1),
        ("Umsatz der Positionen ohne Rabatt", pl.col("Discount") == 0),
        ("Umsatz mit Rabatt", pl.col("Discount") > 0),
        ("revenue with no discount", pl.col("Discount") == 0),
    ],
)
def test_a_percent_or_presence_on_a_fraction_column_is_a_filter(shop, question, keep) -> None:
    ds, raw = shop
    assert _scalar(ds, question) == pytest.approx(_sales(raw, keep), abs=0.01)


def test_with_and_without_a_numeric_column_is_no_filter(shop) -> None:
    ds, _raw = shop  # "mit und ohne Rabatt": both sides asked for, never one of them
    data = _answer(ds, "Umsatz mit und ohne Rabatt")
    assert len(data["rows"]) > 1


def test_a_negation_covers_every_value_of_its_list(shop) -> None:
    ds, raw = shop
    data = _answer(ds, "revenue by Region excluding cancelled and disputed orders")
    got = {r[0]: r[1] for r in data["rows"]}
    ref = raw.filter(~pl.col("Status").is_in(["Cancelled", "Disputed"])).group_by("Region").agg(pl.col("Sales").sum())
    assert got == pytest.approx(dict(ref.iter_rows()), abs=0.01)


def test_a_parenthesis_after_a_negation_names_the_included_value(shop) -> None:
    ds, raw = shop
    expected = raw.filter(pl.col("Status") == "On Hold").get_column("Order ID").n_unique()
    assert _scalar(ds, "how many orders were not shipped yet (On Hold)") == expected


@pytest.mark.parametrize(
    ("question", "has"),
    [
        ("How many customers had a cancelled order in 2024?", True),
        ("Wie viele Kunden hatten 2024 einen stornierten Auftrag?", True),
        ("Wie viele Kunden hatten 2024 keinen stornierten Auftrag?", False),
    ],
)
def test_customers_defined_by_a_cancelled_order(shop, question, has) -> None:
    ds, raw = shop
    year = raw.filter(pl.col("Order Date").dt.year() == 2024)
    cancelled = set(year.filter(pl.col("Status") == "Cancelled").get_column("Customer ID"))
    buyers = set(year.filter(pl.col("Status") != "Cancelled").get_column("Customer ID"))
    assert _scalar(ds, question) == (len(cancelled) if has else len(buyers - cancelled))


def test_revenue_of_the_customers_with_a_cancelled_order(shop) -> None:
    ds, raw = shop
    year = raw.filter(pl.col("Order Date").dt.year() == 2024)
    ids = year.filter(pl.col("Status") == "Cancelled").get_column("Customer ID").unique()
    expected = _sales(year, pl.col("Customer ID").is_in(ids.implode()))
    assert _scalar(ds, "Umsatz 2024 der Kunden mit storniertem Auftrag") == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(
    ("question", "exited"),
    [
        ("Wie viele Kunden sind nicht abgewandert?", 0),
        ("how many customers did not churn", 0),
        ("Wie viele Kunden sind abgewandert?", 1),
    ],
)
def test_a_negated_flag_counts_those_without_it(bank, question, exited) -> None:
    ds, raw = bank
    assert _scalar(ds, question) == raw.filter(pl.col("Exited") == exited).height


def test_a_flag_with_vs_without_is_both_groups(bank) -> None:
    ds, raw = bank
    data = _answer(ds, "churn rate of customers with a credit card vs without")
    ref = raw.group_by("HasCrCard").agg(pl.col("Exited").mean())
    assert {r[0]: r[1] for r in data["rows"]} == pytest.approx(dict(ref.iter_rows()))


def test_a_follow_up_only_flag_filters_the_previous_figure(bank) -> None:
    ds, raw = bank
    data = _answer(ds, "and only active members?", "churn rate by Geography")
    ref = raw.filter(pl.col("IsActiveMember") == 1).group_by("Geography").agg(pl.col("Exited").mean())
    assert {r[0]: r[-1] for r in data["rows"]} == pytest.approx(dict(ref.iter_rows()))


def test_a_follow_up_exclusion_keeps_grouping_and_top_n(shop) -> None:
    ds, raw = shop
    data = _answer(ds, "und ohne North?", "Umsatz nach Region, Top 2")
    ref = (
        raw.filter((pl.col("Status") != "Cancelled") & (pl.col("Region") != "North"))
        .group_by("Region")
        .agg(pl.col("Sales").sum())
        .sort("Sales", descending=True)
        .head(2)
    )
    assert [r[0] for r in data["rows"]] == ref.get_column("Region").to_list()


def test_a_typo_never_adds_an_unlisted_second_metric(bank) -> None:
    ds, _raw = bank  # 'vertrag' is one letter from 'ertrag' (profit), but nothing like it in meaning
    data = ia.session(ds).ask("Churn rate nach Vertrag").to_json()
    assert data["status"] == "clarify" and "vertrag" in data["text"].lower()
