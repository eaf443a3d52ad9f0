"""A top-customers list whose key is a number (a tax number, a customer number) with the customer's name in the
data names each customer in the text too — "Kovács Kft. (10000000-2-10)" —, not only in the table's name column:
a sentence of bare keys tells the reader nobody. Expectations in plain polars from the rows written."""

from __future__ import annotations

import polars as pl

import insight.api as ia

ROWS = [("A1", "10000000-2-10", "Kovács Kft.", "2024.01.03.", "100"), ("A2", "10007919-2-11", "Nagy Kft.", "2024.01.04.", "250"),
        ("A3", "10000000-2-10", "Kovács Kft.", "2024.02.10.", "40"), ("A4", "10863171-2-29", "Tóth Bt.", "2024.03.05.", "80")]


def test_top_customers_text_names_the_customer(tmp_path):
    path = tmp_path / "szamlak.csv"
    path.write_text("Számlaszám;Kundennummer;Kundenname;Datum;Betrag\n" + "".join(";".join(r) + "\n" for r in ROWS),
                    encoding="utf-8")
    data = ia.ask("Top 2 Kunden nach Umsatz", ia.load_file(path)).to_json()
    assert data["status"] == "ok", data["text"]
    t = pl.DataFrame(ROWS, schema=["order", "customer_id", "name", "date", "amount"], orient="row")
    top = (t.group_by("customer_id", "name").agg(pl.col("amount").cast(pl.Float64).sum())
           .sort("amount", descending=True).head(2))
    assert [r[0] for r in data["rows"]] == top["customer_id"].to_list()
    for cid, name in top.select("customer_id", "name").iter_rows():
        assert f"{name} ({cid})" in data["text"]
