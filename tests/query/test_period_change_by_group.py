"""period_change with a grouping: "Umsatzveränderung 2024 gegenüber 2023 in % je Region" is the change of each
group (both figures, the change, the change in %), never the two levels alone. Real file, real import."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia

ROWS = [
    ("A1", "K1", "2023-02-01", "Nord", 100.0),
    ("A2", "K2", "2023-05-01", "Süd", 50.0),
    ("A3", "K1", "2024-03-01", "Nord", 160.0),
    ("A4", "K3", "2024-06-01", "Süd", 40.0),
    ("A5", "K4", "2024-07-01", "West", 30.0),
]


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    frame = pl.DataFrame(ROWS, schema=["Bestellnummer", "Kundennummer", "Datum", "Region", "Umsatz"], orient="row")
    path = tmp_path_factory.mktemp("change") / "orders.csv"
    frame.write_csv(path)
    return ia.load_file(path)


@pytest.mark.parametrize(
    "question",
    [
        "Umsatzveränderung 2024 gegenüber 2023 in Prozent je Region",
        "Veränderung des Umsatzes 2024 zu 2023 je Region",
        "revenue change 2024 vs 2023 in % by region",
    ],
)
def test_change_of_each_group(shop, question):
    data = ia.ask(question, data=shop).to_json()
    assert data["status"] == "ok", data["text"]
    assert "period_change" in data["plan"]["rule"]
    rows = {r[0]: dict(zip(data["columns"], r, strict=True)) for r in data["rows"]}
    assert rows["Nord"]["change"] == pytest.approx(60.0) and rows["Nord"]["growth"] == pytest.approx(0.6)
    assert rows["Süd"]["change"] == pytest.approx(-10.0) and rows["Süd"]["growth"] == pytest.approx(-0.2)
    # a group of one period only: the other figure is missing, never 0
    assert rows["West"]["previous_revenue"] is None and rows["West"]["growth"] is None
