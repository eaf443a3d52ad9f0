"""Import rules the tenth blind client set (the Americas, India, Australia, the UK, report-shaped and legacy
exports) found refused or silently wrong (docs/import.md, "client set 10"): small hand-made files imported into a
real SQLite workspace, the expected figures computed here in plain Python from the rows written."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.io import coerce


def _imported(tmp_path: Path, name: str, text: str, mapping: dict[str, str] | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db, mapping=mapping)
    with ia.open_workspace(db) as ws:
        return ws.load()


def _number(text: str) -> float:
    s = pl.Series([text])
    return float(coerce.to_number(s, coerce.number_style(s) == "de", "f.csv", "Amount", "amount")[0])


# -- 1. money: a dollar with its country's letters, Dr/Cr suffixes, lakh grouping ------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C$1,234.56", 1234.56),
        ("-C$45.00", -45.0),
        ("A$1,194.47", 1194.47),
        ("A$111.60 CR", -111.60),
        ("R$ 13.149,40", 13149.40),
        ("US$ 12.00", 12.0),
        ("NZ$3.50", 3.5),
        ("HK$1,000.00", 1000.0),
        ("S$9.90", 9.9),
        ("12.00 C$", 12.0),
        ("45,360.88 Dr", 45360.88),
        ("1,14,199.15 Cr", -114199.15),
        ("5,103.06 dr.", 5103.06),
        ("12,50 € Cr", -12.5),
        ("₹ 1,23,456.78", 123456.78),
    ],
)
def test_money_with_country_dollars_and_debit_credit_suffixes(text, value) -> None:
    assert _number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sign", "code"),
    [("C$", "CAD"), ("A$", "AUD"), ("R$ ", "BRL"), ("US$", "USD"), ("NZ$", "NZD"), ("$", "USD"), ("₹", "INR")],
)
def test_a_country_dollar_sign_sets_the_currency(tmp_path, sign, code) -> None:
    rows = "".join(f'K{i},2024-03-0{i},O{i},"{sign}1{i}.50"\n' for i in range(1, 5))
    ds = _imported(tmp_path, "sales.csv", "Customer,Date,Order,Amount\n" + rows)
    lines = ds.order_lines
    assert lines["currency"].unique().to_list() == [code]
    assert lines["amount"].sum() == pytest.approx(11.5 + 12.5 + 13.5 + 14.5)


def test_credit_suffix_subtracts_in_an_import(tmp_path) -> None:
    text = (
        'Customer,Date,Voucher,Amount\nA,2024-03-01,S/1,"1,23,456.78 Dr"\nA,2024-03-02,S/2,500.00 Dr\n'
        "A,2024-03-03,CN/1,100.00 Cr\n"
    )
    ds = _imported(tmp_path, "register.csv", text)
    assert ds.order_lines["amount"].sum() == pytest.approx(123456.78 + 500 - 100)


# -- 3. dates: Unix time, Spanish/Portuguese long dates -----------------------------------------------------------


def test_unix_epoch_seconds_and_milliseconds_are_dates() -> None:
    notes: list[str] = []
    secs = coerce.to_datetime(pl.Series([1705719469, 1722047050]), "f", "created", "order_date", notes)
    assert secs.dt.strftime("%Y-%m-%d %H:%M").to_list() == ["2024-01-20 02:57", "2024-07-27 02:24"]
    ms = coerce.to_datetime(pl.Series(["1705719469000", "1722047050123"]), "f", "created", "order_date", notes)
    assert ms.dt.date().cast(pl.String).to_list() == ["2024-01-20", "2024-07-27"]
    assert any("Unix time" in n for n in notes)


def test_small_numbers_stay_excel_days_or_yyyymmdd() -> None:
    days = coerce.to_datetime(pl.Series([45292, 45300]), "f", "d", "order_date")
    assert str(days[0])[:10] == "2024-01-01"
    ymd = coerce.to_datetime(pl.Series([20240105]), "f", "d", "order_date")
    assert str(ymd[0])[:10] == "2024-01-05"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5 de marzo de 2024 14:22 hs.", "2024-03-05"),
        ("25 de septiembre de 2024", "2024-09-25"),
        ("1 de março de 2023", "2023-03-01"),
        ("12 de dezembro de 2024", "2024-12-12"),
        ("3 juillet 2024", "2024-07-03"),
        ("7 aprile 2024", "2024-04-07"),
    ],
)
def test_spanish_portuguese_french_italian_long_dates(text, day) -> None:
    parsed = coerce.to_datetime(pl.Series([text]), "f", "Fecha", "order_date")
    assert str(parsed[0])[:10] == day


def test_ambiguous_days_are_decided_by_the_whole_column() -> None:
    """Sorted DD/MM/YYYY: the first twelve days of January read either way; a later 13/01 decides."""
    values = [f"{d:02d}/01/2024" for d in range(1, 13)] * 50 + ["13/01/2024", "28/02/2024"]
    parsed = coerce.to_datetime(pl.Series(values), "f", "Date", "order_date")
    assert str(parsed[0])[:10] == "2024-01-01" and str(parsed[1])[:10] == "2024-01-02"
    assert str(parsed[-1])[:10] == "2024-02-28"
