"""A country column of ISO codes only ('BE', 'NL', 'DE'): a country named in words, German or English ("Umsatz in
Belgien", "revenue in Belgium"), is its code's value; a column that also holds words keeps codes for codes only.
Expectations in plain polars from the rows written."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia

ROWS = [("F1", "K1", "2024-01-03", 100.0, "BE"), ("F2", "K2", "2024-01-04", 250.0, "NL"),
        ("F3", "K1", "2024-02-10", 40.0, "BE"), ("F4", "K3", "2024-03-05", 80.0, "DE")]


@pytest.mark.parametrize(("question", "code"), [("Umsatz in Belgien", "BE"), ("revenue in Belgium", "BE"),
                                                ("Umsatz in den Niederlanden", "NL"), ("Umsatz in Deutschland", "DE")])
def test_a_country_named_in_words_is_its_code(tmp_path, question: str, code: str) -> None:
    t = pl.DataFrame(ROWS, schema=["Factuurnummer", "Klant", "Datum", "Bedrag", "Land"], orient="row")
    t.write_csv(tmp_path / "facturen.csv")
    data = ia.ask(question, ia.load_file(tmp_path / "facturen.csv")).to_json()
    assert data["status"] == "ok", data["text"]
    assert data["rows"][0][-1] == pytest.approx(t.filter(pl.col("Land") == code)["Bedrag"].sum())
