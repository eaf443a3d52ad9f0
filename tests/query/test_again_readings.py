"""Ordering again and coming back (docs/ask.md, "Ordering again and coming back"): expected values from plain
polars on the raw Online Retail II file (metrics.md: an order is a non-reversing line of a known customer)."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia


def _ask(ds, question: str) -> dict:
    return ia.session(ds).ask(question).to_json()


def _buyers(raw: pl.DataFrame, keep: pl.Expr) -> set[int]:
    orders = raw.filter(pl.col("Customer ID").is_not_null() & (pl.col("Quantity") > 0)
                        & ~pl.col("Invoice").cast(pl.String).str.starts_with("C"))
    return set(orders.filter(keep).get_column("Customer ID"))


@pytest.mark.parametrize("question", ["How many customers bought in 2010 and again in 2011?",
                                      "Wie viele Kunden haben 2010 und 2011 erneut gekauft?",
                                      "Wie viele Kunden haben 2010 und wieder 2011 bestellt?",
                                      "Wie viele Kunden kamen 2011 wieder, nachdem sie 2010 gekauft hatten?"])
def test_customers_in_one_year_and_again_in_the_next(retail_ii, raw_ii, question) -> None:
    year = pl.col("InvoiceDate").dt.year()
    expected = _buyers(raw_ii, year == 2010) & _buyers(raw_ii, year == 2011)
    data = _ask(retail_ii, question)
    assert data["status"] == "ok" and data["plan"]["compare"] is None, data["text"]
    assert data["rows"] == [[len(expected)]] and "2010" in data["understood"]


def test_a_share_of_customers_ordering_again_stays_the_retention_rate(retail_ii) -> None:
    data = _ask(retail_ii, "Wie viel Prozent der Kunden von 2010 haben 2011 erneut bestellt?")
    assert data["plan"]["metrics"] == ["retention_rate"]


@pytest.mark.parametrize("question", ["How many customers came back in 2011?", "Wie viele Kunden kamen 2011 wieder?",
                                      "Wie viele Kunden sind 2011 zurückgekehrt?"])
def test_customers_who_came_back_had_ordered_before_the_window(retail_ii, raw_ii, question) -> None:
    year = pl.col("InvoiceDate").dt.year()
    expected = _buyers(raw_ii, year == 2011) & _buyers(raw_ii, year < 2011)
    data = _ask(retail_ii, question)
    assert data["status"] == "ok", data["text"]
    assert data["rows"] == [[len(expected)]]
    assert "2011" in data["understood"] and ("before 2011" in data["understood"] or "vor 2011" in data["understood"])


def test_came_back_without_a_window_is_asked_back(retail_ii) -> None:
    data = _ask(retail_ii, "How many customers came back?")
    assert data["status"] == "clarify" and "came back" in data["text"]


@pytest.mark.parametrize("question", ["Durchschnittliche Anzahl Artikel pro Bestellung",
                                      "average number of items per order", "products per order in 2011"])
def test_items_per_order_is_asked_back(retail_ii, question) -> None:
    data = _ask(retail_ii, question)
    assert data["status"] == "clarify", data["text"]
    assert "per order" in data["text"] or "pro bestellung" in data["text"]
    assert not data["rows"]
