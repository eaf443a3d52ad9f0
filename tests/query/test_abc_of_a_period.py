"""ABC classes of one period (docs/metrics.md, "ABC of a period"): line figures grouped by the ABC classes named
with a window are computed on the classes of that window's revenue; a class named as a value stays the class at
the analysis date, and the whole ABC analysis of a period is still asked back. Also "getrennt" / "separately"
after several values of one column (the grouping they already get). A small generated file, a real import."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.segments.abc import abc_frame


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    rng = random.Random(7)
    rows = []
    for k in range(900):
        year = 2023 if k % 2 else 2024
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(360))
        customer = f"C{rng.randrange(120):03d}"
        # customers spend differently in the two years, so the classes of one year differ from the all-time ones
        scale = 1 + (int(customer[1:]) % 7 if year == 2023 else (119 - int(customer[1:])) % 5)
        rows.append(
            [
                f"O{k}",
                customer,
                day.isoformat(),
                rng.choice(["Germany", "France", "Spain"]),
                round(rng.uniform(10, 100) * scale, 2),
            ]
        )
    frame = pl.DataFrame(rows, schema=["InvoiceNo", "CustomerID", "InvoiceDate", "Country", "Amount"], orient="row")
    path = tmp_path_factory.mktemp("abc") / "orders.csv"
    frame.write_csv(path)
    return ia.load_file(path), frame


def _classes(frame: pl.DataFrame) -> pl.DataFrame:
    per = frame.group_by("CustomerID").agg(revenue=pl.col("Amount").sum()).rename({"CustomerID": "customer_id"})
    per = per.sort(["revenue", "customer_id"], descending=[True, False])
    return abc_frame(per.lazy()).collect().select("customer_id", "abc_class", "revenue")


def test_abc_classes_of_one_year_are_computed_on_that_years_revenue(shop) -> None:
    ds, frame = shop
    data = ia.ask("ABC classes for 2024 only: how many customers in each", ds).to_json()
    assert data["status"] == "ok", data["text"]
    year = frame.filter(pl.col("InvoiceDate").str.starts_with("2024"))
    expected = dict(_classes(year).group_by("abc_class").len().iter_rows())
    assert {r[0]: r[-1] for r in data["rows"]} == expected
    assert "2024" in data["understood"] and "ABC" in data["understood"]
    all_time = dict(
        _classes(frame)
        .join(year.select(pl.col("CustomerID").alias("customer_id")).unique(), on="customer_id")
        .group_by("abc_class")
        .len()
        .iter_rows()
    )
    assert all_time != expected  # the fixture tells the two readings apart


def test_revenue_by_abc_class_of_a_year(shop) -> None:
    ds, frame = shop
    data = ia.ask("ABC-Klassen 2023: Umsatz je Klasse", ds).to_json()
    assert data["status"] == "ok", data["text"]
    year = frame.filter(pl.col("InvoiceDate").str.starts_with("2023"))
    expected = dict(_classes(year).group_by("abc_class").agg(pl.col("revenue").sum()).iter_rows())
    assert {r[0]: r[-1] for r in data["rows"]} == pytest.approx(expected, abs=0.02)


def test_a_class_named_as_a_value_stays_the_class_at_the_analysis_date(shop) -> None:
    ds, frame = shop
    data = ia.ask("Wie viele A-Kunden gab es 2024?", ds).to_json()
    assert data["status"] == "ok", data["text"]
    year_customers = frame.filter(pl.col("InvoiceDate").str.starts_with("2024"))["CustomerID"].unique()
    classes = _classes(frame)
    expected = classes.filter((pl.col("abc_class") == "A") & pl.col("customer_id").is_in(year_customers.implode()))
    assert data["rows"][0][-1] == expected.height


def test_the_whole_abc_analysis_of_a_period_is_still_asked_back(shop) -> None:
    ds, _ = shop
    assert ia.ask("ABC-Analyse für 2023", ds).to_json()["status"] == "clarify"


@pytest.mark.parametrize(
    "question",
    ["Umsatz 2024 für Deutschland und Frankreich getrennt", "revenue 2024 for Germany and France separately"],
)
def test_separately_after_values_keeps_their_grouping(shop, question) -> None:
    ds, frame = shop
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    year = frame.filter(pl.col("InvoiceDate").str.starts_with("2024") & pl.col("Country").is_in(["Germany", "France"]))
    expected = dict(year.group_by("Country").agg(pl.col("Amount").sum()).iter_rows())
    assert {r[0]: r[-1] for r in data["rows"]} == pytest.approx(expected, abs=0.02)


def test_average_quantity_per_order_is_quantity_over_orders(tmp_path) -> None:
    rows = [[f"O{k // 3}", f"C{k % 11}", f"2024-0{1 + k % 9}-1{k % 10}", 1 + k % 4, 5.0 + k] for k in range(90)]
    frame = pl.DataFrame(rows, schema=["InvoiceNo", "CustomerID", "InvoiceDate", "Quantity", "Amount"], orient="row")
    path = tmp_path / "lines.csv"
    frame.write_csv(path)
    ds = ia.load_file(path)
    for question in ("Durchschnittliche Menge pro Bestellung", "average quantity per order"):
        data = ia.ask(question, ds).to_json()
        assert data["status"] == "ok", data["text"]
        assert data["rows"][0][-1] == pytest.approx(frame["Quantity"].sum() / frame["InvoiceNo"].n_unique(), abs=0.01)
    assert ia.ask("Durchschnittliche Anzahl Artikel pro Bestellung", ds).to_json()["status"] == "clarify"


@pytest.mark.parametrize(
    "question",
    [
        "how many customers never came back after their first purchase",
        "Wie viele Kunden haben nach dem ersten Kauf nie wieder bestellt?",
    ],
)
def test_never_came_back_after_the_first_purchase_is_one_order(shop, question) -> None:
    ds, frame = shop
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    orders = frame.group_by("CustomerID").agg(pl.col("InvoiceNo").n_unique().alias("n"))
    assert data["rows"][0][-1] == orders.filter(pl.col("n") == 1).height
