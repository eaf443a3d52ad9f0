"""Readings the fifth blind Ask set found silently wrong (docs/ask.md, "Ratios, distinct counts and shares"):
'X per customer' with a scope is one mean, 'how many <dimension>' counts distinct values, a share keeps its
scope in the denominator, a superlative over groups of a rate names one group. Every expectation is plain
polars on a small seeded client table written here, never insight's own output."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    """Orders of 60 customers: Region per customer, Category and Profit per line, Status per order."""
    rng = random.Random(5)
    region = {f"C{i:03d}": rng.choice(["North", "South", "East"]) for i in range(1, 61)}
    rows = []
    for i in range(600):
        order, customer = i // 2, f"C{rng.randint(1, 60):03d}" if i % 2 == 0 else rows[-1]["Customer ID"]
        day = (
            rows[-1]["Order Date"]
            if i % 2
            else (dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 700))).isoformat()
        )
        status = rows[-1]["Status"] if i % 2 else ("Cancelled" if rng.random() < 0.1 else "Shipped")
        rows.append(
            {
                "Order ID": f"O-{order:04d}",
                "Customer ID": customer,
                "Order Date": day,
                "Status": status,
                "Region": region[customer],
                "Category": rng.choice(["Tech", "Home", "Office"]),
                "Sales": round(rng.uniform(5, 500), 2),
                "Profit": round(rng.uniform(-50, 120), 2),
            }
        )
    raw = pl.DataFrame(rows).with_columns(pl.col("Order Date").str.to_date())
    path = tmp_path_factory.mktemp("round5") / "shop.csv"
    raw.write_csv(path)
    return ia.load_file(path), raw


def _ok(question: str, ds) -> dict:
    data = ia.ask(question, data=ds).to_json()
    assert data["status"] == "ok", (question, data["text"])
    return data


def _sales(raw: pl.DataFrame) -> pl.DataFrame:
    return raw.filter(pl.col("Status") != "Cancelled")  # cancelled orders are never sales


def test_per_customer_with_a_scope_is_one_mean(shop) -> None:
    ds, raw = shop
    scoped = _sales(raw).filter(pl.col("Order Date").dt.year() == 2023, pl.col("Region") == "North")
    per = scoped.group_by("Customer ID").agg(r=pl.col("Sales").sum(), o=pl.col("Order ID").n_unique())
    data = _ok("revenue per customer in North in 2023", ds)
    assert data["columns"] == ["revenue"] and len(data["rows"]) == 1
    assert data["rows"][0][0] == pytest.approx(per["r"].mean(), abs=0.01)
    data = _ok("Bestellungen pro Kunde in North 2023", ds)
    assert data["rows"] == [[pytest.approx(per["o"].mean(), abs=0.01)]]


def test_plain_per_customer_still_lists_customers(shop) -> None:
    ds, raw = shop
    data = _ok("revenue per customer", ds)
    assert "customer_id" in data["columns"] and len(data["rows"]) == _sales(raw)["Customer ID"].n_unique()


def test_per_customer_by_a_group_is_ranked_by_the_group_mean(shop) -> None:
    ds, raw = shop
    per = _sales(raw).group_by("Region", "Customer ID").agg(pl.col("Sales").sum())
    means = per.group_by("Region").agg(pl.col("Sales").mean()).sort("Sales")
    data = _ok("Which region has the lowest revenue per customer?", ds)
    assert [row[0] for row in data["rows"]] == [means["Region"][0]]
    assert data["rows"][0][data["columns"].index("revenue")] == pytest.approx(means["Sales"][0], abs=0.01)
    data = _ok("revenue per customer by region, top 2", ds)
    assert [row[0] for row in data["rows"]] == means["Region"].reverse().head(2).to_list()


@pytest.mark.parametrize(
    ("question", "column"),
    [
        ("how many regions are there", "Region"),
        ("Wie viele verschiedene Kategorien gibt es?", "Category"),
        ("Anzahl Regionen", "Region"),
    ],
)
def test_how_many_of_a_dimension_counts_its_values(shop, question, column) -> None:
    ds, raw = shop
    data = _ok(question, ds)
    assert data["columns"] == ["count"] and data["rows"] == [[_sales(raw)[column].n_unique()]]
    assert data["plan"]["counted"] in (column.lower(), "category", "region")


def test_distinct_values_within_a_window_and_customers_per_value_unchanged(shop) -> None:
    ds, raw = shop
    sold = _sales(raw).filter(pl.col("Order Date").dt.year() == 2022, pl.col("Region") == "East")
    data = _ok("how many different categories in East in 2022", ds)
    assert data["rows"] == [[sold["Category"].n_unique()]]
    data = _ok("Wie viele Kunden je Region?", ds)  # customers per value: still the table
    got = {row[0]: row[data["columns"].index("customers")] for row in data["rows"]}
    assert got == dict(_sales(raw).group_by("Region").agg(pl.col("Customer ID").n_unique()).iter_rows())


def test_share_of_a_value_keeps_its_scope(shop) -> None:
    ds, raw = shop
    sales = _sales(raw)
    tech = sales.filter(pl.col("Category") == "Tech")
    data = _ok("Tech share of profit", ds)
    assert data["columns"] == ["profit_share"]
    assert data["rows"][0][0] == pytest.approx(tech["Profit"].sum() / sales["Profit"].sum(), rel=1e-6)
    north = sales.filter(pl.col("Region") == "North")
    data = _ok("Anteil von Tech am Umsatz in North", ds)
    want = north.filter(pl.col("Category") == "Tech")["Sales"].sum() / north["Sales"].sum()
    assert data["rows"][0][data["columns"].index("revenue_share")] == pytest.approx(want, rel=1e-6)


def test_share_of_cancelled_orders_is_a_rate(shop) -> None:
    ds, raw = shop
    year = raw.filter(pl.col("Order Date").dt.year() == 2023)
    want = year.filter(pl.col("Status") == "Cancelled")["Order ID"].n_unique() / year["Order ID"].n_unique()
    data = _ok("Anteil stornierter Aufträge 2023", ds)
    assert data["columns"] == ["cancellation_rate"]
    assert data["rows"][0][0] == pytest.approx(want, rel=1e-6)


def test_superlative_over_groups_of_a_flag_rate(tmp_path) -> None:
    rng = random.Random(7)
    raw = pl.DataFrame(
        {
            "customerID": [f"K{i}" for i in range(300)],
            "Contract": [rng.choice(["Monthly", "One year", "Two year"]) for _ in range(300)],
            "Churn": [rng.choice(["Yes", "No", "No"]) for _ in range(300)],
        }
    )
    path = tmp_path / "subs.csv"
    raw.write_csv(path)
    rates = raw.group_by("Contract").agg((pl.col("Churn") == "Yes").mean().alias("r")).sort("r")
    data = _ok("Welcher Vertrag hat die niedrigste Churn rate?", ia.load_file(path))
    assert [row[0] for row in data["rows"]] == [rates["Contract"][0]]
    assert data["rows"][0][data["columns"].index("churn_rate")] == pytest.approx(rates["r"][0], rel=1e-9)


def test_a_follow_up_with_another_metric_drops_the_count_and_the_share(shop) -> None:
    ds, raw = shop
    session = ia.session(ds)
    assert session.ask("Wie viele Regionen gibt es?").to_json()["columns"] == ["count"]
    data = session.ask("und der Umsatz?").to_json()
    assert data["columns"] == ["revenue"] and data["plan"]["counted"] is None
    assert data["rows"][0][0] == pytest.approx(_sales(raw)["Sales"].sum(), abs=0.01)
    session.ask("Tech share of profit")
    data = session.ask("und der Umsatz?").to_json()
    assert data["plan"]["share_of"] is None
    assert data["rows"][0][0] == pytest.approx(
        _sales(raw).filter(pl.col("Category") == "Tech")["Sales"].sum(), abs=0.01
    )
