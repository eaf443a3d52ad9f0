"""Other people's data through a workspace on SQLite and PostgreSQL: the client's columns survive the
import and answer like in --data mode. Expectations are plain polars on the raw files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

FOREIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def _path(name: str) -> Path:
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


def _table(answer) -> dict:
    assert answer.status == "ok", answer.text
    return {row[0]: row[1] for row in answer.table.iter_rows()}


def test_sales_sample_in_a_workspace(location):
    path = _path("sales_data_sample.csv")
    raw = pl.read_csv(path.read_bytes().decode("cp1252").encode(), infer_schema_length=None)
    kept = raw.filter(pl.col("STATUS") != "Cancelled")
    reports = ia.import_files([path], workspace=location)
    rules = reports[0].rules
    assert "Cancelled" in rules["cancellations"] and "not read" in rules["cancellations"]
    assert "CUSTOMERNAME" in rules["customer_identity"] and "month/day/year" in rules["date_order"]
    answer = ia.ask("Umsatz nach PRODUCTLINE", workspace=location)
    assert answer.text.startswith("Umsatz nach PRODUCTLINE")  # the header is the column's label
    by_line = _table(answer)
    assert by_line == pytest.approx(dict(kept.group_by("PRODUCTLINE").agg(pl.col("SALES").sum()).iter_rows()),
                                    abs=0.01)
    by_territory = _table(ia.ask("revenue by territory", workspace=location))
    assert by_territory["NA"] == pytest.approx(kept.filter(pl.col("TERRITORY") == "NA")["SALES"].sum(), abs=0.01)
    by_size = _table(ia.ask("customers by deal size", workspace=location))
    assert by_size == dict(kept.group_by("DEALSIZE").agg(pl.col("CUSTOMERNAME").n_unique()).iter_rows())
    by_country = _table(ia.ask("Kunden nach Land", workspace=location))
    assert by_country == dict(kept.group_by("COUNTRY").agg(pl.col("CUSTOMERNAME").n_unique()).iter_rows())


def test_churn_table_alone_in_a_workspace(location):
    path = _path("Churn_Modelling.csv")
    raw = pl.read_csv(path)
    ia.import_files([path], workspace=location)
    assert ia.ask("How many customers?", workspace=location).table.item() == raw.height
    churn = _table(ia.ask("churn rate by Geography", workspace=location))
    assert churn == pytest.approx(dict(raw.group_by("Geography").agg(pl.col("Exited").mean()).iter_rows()))
    balance = _table(ia.ask("mean Balance by Geography", workspace=location))
    assert balance == pytest.approx(dict(raw.group_by("Geography").agg(pl.col("Balance").mean()).iter_rows()))


def test_marketing_table_in_a_workspace(location):
    path = _path("marketing_campaign.csv")
    raw = pl.read_csv(path, separator="\t")
    ia.import_files([path], workspace=location)
    assert ia.ask("complaint rate", workspace=location).table.item() == pytest.approx(raw["Complain"].mean())
    income = _table(ia.ask("mean Income by Marital_Status", workspace=location))
    assert income == pytest.approx(dict(raw.group_by("Marital_Status").agg(pl.col("Income").mean()).iter_rows()))
    response = _table(ia.ask("Response rate by Education", workspace=location))
    assert response == pytest.approx(dict(raw.group_by("Education").agg(pl.col("Response").mean()).iter_rows()))
