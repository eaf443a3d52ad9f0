"""The foreign public tables of ../shared/data/foreign and German-export variants of them, made here.

Expectations in these tests are computed with plain polars from the raw files, never through insight.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

FOREIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def raw_path(name: str) -> Path:
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


@pytest.fixture(scope="session")
def sales_raw() -> pl.DataFrame:
    """sales_data_sample.csv as its README reads it (bytes decoded as cp1252 first)."""
    text = raw_path("sales_data_sample.csv").read_bytes().decode("cp1252")
    return pl.read_csv(text.encode(), infer_schema_length=None)


@pytest.fixture(scope="session")
def churn_raw() -> pl.DataFrame:
    return pl.read_csv(raw_path("Churn_Modelling.csv"))


@pytest.fixture(scope="session")
def marketing_raw() -> pl.DataFrame:
    return pl.read_csv(raw_path("marketing_campaign.csv"), separator="\t")


def german_sales_export(raw: pl.DataFrame, folder: Path, excel: bool = False) -> Path:
    """The sales sample as a German ERP would export it: German headers, ';', decimal comma,
    DD.MM.YYYY dates, Windows-1252 (or an Excel workbook)."""
    de = raw.select(
        Auftragsnummer=pl.col("ORDERNUMBER"),
        Bestelldatum=pl.col("ORDERDATE").str.strptime(pl.Datetime, "%m/%d/%Y %H:%M").dt.strftime("%d.%m.%Y"),
        Kundenname=pl.col("CUSTOMERNAME"),
        Menge=pl.col("QUANTITYORDERED"),
        Gesamtpreis=pl.col("SALES"),
        Auftragsstatus=pl.col("STATUS"),
        Warengruppe=pl.col("PRODUCTLINE"),
        Gebiet=pl.col("TERRITORY"),
        Land=pl.col("COUNTRY"),
        Auftragsgröße=pl.col("DEALSIZE"),
        Listenpreis=pl.col("MSRP"),
    )
    if excel:
        path = folder / "auftraege.xlsx"
        de.write_excel(path, worksheet="Aufträge")
        return path
    text = de.with_columns(Gesamtpreis=pl.col("Gesamtpreis").map_elements(
        lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), return_dtype=pl.String))
    path = folder / "auftraege.csv"
    path.write_bytes(text.write_csv(separator=";").encode("cp1252"))
    return path


@pytest.fixture(scope="session")
def foreign():
    """The helpers: ``foreign.path(name)`` and ``foreign.german_sales_export(raw, folder, excel)``."""
    class Helpers:
        path = staticmethod(raw_path)
        german_sales_export = staticmethod(german_sales_export)

    return Helpers
