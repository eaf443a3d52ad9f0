"""A cancel word joined by or/and with another status: the orders of any of those statuses, never the cancelled
count under a filter on the other status (empty by construction) — docs/ask.md, `status_union`."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
STATUSES = ["Shipped", "Shipped", "Cancelled", "Pending", "Shipped", "Disputed", "Cancelled"]


@pytest.fixture(scope="module")
def lines(tmp_path_factory) -> tuple[Path, pl.DataFrame]:
    rows = []
    for i in range(140):  # two lines per order, one status per order
        order = 5000 + i // 2
        status = STATUSES[(i // 2) % len(STATUSES)]
        year = 2023 + (i // 2) % 2
        rows.append((order, f"{year}-{1 + (i // 2) % 12:02d}-{1 + i % 27:02d}", f"c{(i // 2) % 23}", 10.0 + i, status))
    raw = pl.DataFrame(rows, schema=["OrderNo", "OrderDate", "Customer", "Amount", "Status"], orient="row")
    path = tmp_path_factory.mktemp("status_union") / "orders.csv"
    raw.write_csv(path)
    return path, raw


def _orders(raw: pl.DataFrame, statuses: set[str], year: int | None = None) -> int:
    sel = raw.filter(pl.col("Status").is_in(list(statuses)))
    if year is not None:
        sel = sel.filter(pl.col("OrderDate").str.starts_with(str(year)))
    return sel["OrderNo"].n_unique()


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("How many orders were cancelled or pending in 2024?", {"Cancelled", "Pending"}),
        ("How many orders were pending or cancelled in 2024?", {"Cancelled", "Pending"}),
        ("How many cancelled and disputed orders in 2024?", {"Cancelled", "Disputed"}),
        ("Wie viele Aufträge wurden 2024 storniert oder sind Pending?", {"Cancelled", "Pending"}),
    ],
)
def test_cancelled_or_another_status_is_the_union(lines, question: str, statuses: set[str]) -> None:
    path, raw = lines
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert "status_union" in answer["plan"]["rule"].split(" → "), answer["plan"]["rule"]
    assert answer["rows"] == [[_orders(raw, statuses, 2024)]], answer["text"]
    assert _orders(raw, statuses, 2024) > 0


def test_per_group_form(lines) -> None:
    path, raw = lines
    answer = ia.ask("How many orders were cancelled or pending per year?", ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    got = {str(r[0]): r[1] for r in answer["rows"]}
    assert got == {str(y): _orders(raw, {"Cancelled", "Pending"}, y) for y in (2023, 2024)}


@pytest.mark.parametrize(
    "question", ["How many cancelled orders are pending?", "Revenue of orders cancelled or pending in 2024"]
)
def test_the_empty_intersection_is_asked_back(lines, question: str) -> None:
    path, _raw = lines
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "clarify", answer["text"]


def test_the_cancelled_count_alone_is_unchanged(lines) -> None:
    path, raw = lines
    answer = ia.ask("How many orders were cancelled in 2024?", ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"][0][0] == _orders(raw, {"Cancelled"}, 2024)


@pytest.mark.parametrize(
    "question",
    [
        "How many orders were cancelled or on hold in 2004?",
        "Wie viele Bestellungen wurden 2004 storniert oder zurückgestellt?",
    ],
)
def test_sample_sales_cancelled_or_on_hold(question: str) -> None:
    path = DATA / "foreign" / "sales_data_sample.csv"
    if not path.exists():
        pytest.skip("the shared foreign data is absent")
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"] == [[4]], answer["text"]  # 3 Cancelled + 1 On Hold orders in 2004
