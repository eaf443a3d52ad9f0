"""A distinct count of a line attribute on a marketplace export mapped with ``--map`` (buyers are the customers, the
seller is a line column): "Wie viele Verkäufer gibt es?", "How many sellers are there?" (the English word names
the German header), and "Anzahl Verkäufer je Kategorie" (the dimension not after 'je' is counted, the other groups
it). Expectations in plain polars from the raw rows."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

ROWS = [
    ("T1", "01.02.2024", "B1", "S1", "Laden 1", "Möbel", "100,00", "abgeschlossen"),
    ("T2", "03.02.2024", "B2", "S2", "Laden 2", "Deko", "50,00", "abgeschlossen"),
    ("T3", "05.03.2024", "B1", "S3", "Laden 3", "Deko", "20,00", "abgeschlossen"),
    ("T4", "07.04.2024", "B3", "S1", "Laden 1", "Schmuck", "80,00", "abgeschlossen"),
    ("T5", "09.05.2024", "B4", "S2", "Laden 2", "Kleidung", "30,00", "abgeschlossen"),
    ("T6", "11.06.2024", "B2", "S4", "Laden 4", "Möbel", "60,00", "abgeschlossen"),
    ("T7", "12.06.2024", "B5", "S5", "Laden 5", "Möbel", "70,00", "abgeschlossen"),
]
HEADER = ("Transaktions-ID", "Datum", "Käufer-ID", "Verkäufer-ID", "Verkäufer", "Kategorie", "Preis", "Status")


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pl.DataFrame]:
    path = tmp_path_factory.mktemp("market") / "Marktplatz.csv"
    path.write_text("\n".join(";".join(r) for r in (HEADER, *ROWS)) + "\n", encoding="utf-8")
    return path, pl.DataFrame(ROWS, schema=list(HEADER), orient="row")


@pytest.fixture(scope="module")
def mapped(market):
    return ia.load_file(market[0], mapping={"Käufer-ID": "customer_id", "Preis": "amount"})


@pytest.mark.parametrize("question", ["Wie viele Verkäufer gibt es?", "How many sellers are there?",
                                      "how many different sellers are there"])
def test_distinct_sellers(mapped, market, question):
    got = ia.ask(question, mapped).to_json()
    assert got["status"] == "ok", got["text"]
    assert got["rows"] == [[market[1]["Verkäufer"].n_unique()]]


@pytest.mark.parametrize("question", ["Anzahl Verkäufer je Kategorie", "How many sellers per category?"])
def test_distinct_sellers_per_category(mapped, market, question):
    got = ia.ask(question, mapped).to_json()
    assert got["status"] == "ok", got["text"]
    expected = dict(market[1].group_by("Kategorie").agg(pl.col("Verkäufer").n_unique()).iter_rows())
    assert {row[0]: row[1] for row in got["rows"]} == expected


@pytest.mark.parametrize(("question", "month"), [("Wie viele Verkäufer haben verkauft?", None),
                                                 ("How many sellers sold something in June 2024?", "06"),
                                                 ("Wie viele Verkäufer haben im Februar 2024 verkauft?", "02")])
def test_how_many_sellers_sold_counts_them(mapped, market, question, month):
    """A count word, a dimension and a selling verb: the values with a sale, counted — never revenue per seller."""
    got = ia.ask(question, mapped).to_json()
    assert got["status"] == "ok", got["text"]
    rows = market[1] if month is None else market[1].filter(pl.col("Datum").str.slice(3, 2) == month)
    assert got["rows"] == [[rows["Verkäufer"].n_unique()]]


@pytest.mark.parametrize(("question", "grain"), [("Wie viele Verkäufer gibt es je Monat?", "month"),
                                                 ("How many sellers per month?", "month"),
                                                 ("Anzahl Verkäufer pro Jahr", "year")])
def test_distinct_sellers_per_period(mapped, market, question, grain):
    """A count of a column's values per period counts them in each period, in time order (never customers per
    period and seller)."""
    got = ia.ask(question, mapped).to_json()
    assert got["status"] == "ok", got["text"]
    assert got["columns"] == [grain, "count"]
    dated = market[1].with_columns(pl.col("Datum").str.strptime(pl.Date, "%d.%m.%Y"))
    key = pl.col("Datum").dt.strftime("%Y-%m") if grain == "month" else pl.col("Datum").dt.year()
    expected = dated.group_by(key.alias(grain)).agg(pl.col("Verkäufer").n_unique()).sort(grain)
    assert got["rows"] == [list(r) for r in expected.iter_rows()]
