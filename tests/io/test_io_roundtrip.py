"""The same data written in different formats reads back to the same canonical frame.

The parquet reading is the reference (typed columns, nothing to detect); the text and Excel readers
must recover exactly those values from German and English renderings of them.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from insight.io import map_frame, read_table

COLUMNS = ["order_id", "customer_id", "order_date", "product_id", "description", "quantity", "unit_price",
           "country"]


@pytest.fixture(scope="module")
def sample(retail_ii):
    """20,000 Online Retail II lines (cancellations, missing customers and descriptions included)."""
    raw, mapped = retail_ii
    return raw.slice(400_000, 20_000), mapped.frame.slice(400_000, 20_000)


def _german_csv(raw: pl.DataFrame) -> pl.DataFrame:
    """The lines as a German spreadsheet would export them: all text, decimal commas, dd.mm.yyyy."""
    return raw.select(
        pl.col("Invoice").alias("Rechnungsnummer"),
        pl.col("Customer ID").cast(pl.String).alias("Kundennummer"),
        pl.col("InvoiceDate").dt.strftime("%d.%m.%Y %H:%M").alias("Rechnungsdatum"),
        pl.col("StockCode").alias("Artikelnummer"),
        pl.col("Description").alias("Beschreibung"),
        pl.col("Quantity").cast(pl.String).alias("Menge"),
        pl.col("Price").map_elements(lambda p: f"{p:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                                     return_dtype=pl.String).alias("Einzelpreis"),
        pl.col("Country").alias("Land"),
    )


def test_german_latin1_csv_equals_parquet(sample, tmp_path):
    raw, expected = sample
    assert raw["Price"].round(2).equals(raw["Price"])  # prices have at most two decimals
    path = tmp_path / "umsatz.csv"
    text = _german_csv(raw).write_csv(separator=";")
    path.write_bytes(text.encode("cp1252", errors="replace"))
    got = read_table(path)
    assert got.rows_read == raw.height
    assert any("decimal comma" in n for n in got.notes)
    cols = [c for c in COLUMNS if c != "description"]  # cp1252 cannot hold every description character
    assert got.frame.select(cols).equals(expected.select(cols))


def test_xlsx_equals_parquet(sample, tmp_path):
    raw, expected = sample
    small = raw.head(2_000)
    path = tmp_path / "umsatz.xlsx"
    small.write_excel(path)
    got = read_table(path)
    assert got.frame.select(COLUMNS).equals(expected.head(2_000).select(COLUMNS))


def _german(x: float) -> str:
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.decimals(min_value=-10**7, max_value=10**7, places=2, allow_nan=False), min_size=1,
                max_size=20),
       st.booleans())
def test_numbers_round_trip(values, german):
    numbers = [float(v) for v in values]
    texts = [_german(x) if german else f"{x:,.2f}" for x in numbers]
    frame = pl.DataFrame({"Kunde": ["1"] * len(texts), "Datum": ["2011-01-01"] * len(texts), "Betrag": texts})
    # with two decimals always written, each column decides its own style
    got = map_frame(frame).frame["amount"].to_list()
    assert got == pytest.approx(numbers, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2030, 12, 31)),
                min_size=1, max_size=20),
       st.sampled_from(["%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S"]))
def test_datetimes_round_trip(values, fmt):
    values = [v.replace(microsecond=0) for v in values]
    texts = [v.strftime(fmt) for v in values]
    frame = pl.DataFrame({"Kunde": ["1"] * len(texts), "Datum": texts, "Betrag": ["1"] * len(texts)})
    got = map_frame(frame).frame["order_date"].to_list()
    assert got == values  # for 01/02/2011 month/day is the documented default, which fmt also uses


_cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                min_size=1, max_size=12).map(str.strip).filter(lambda v: v != "")


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=5).flatmap(
           lambda n: st.tuples(st.lists(st.from_regex(r"[A-Za-z][A-Za-z ]{0,10}[a-z]", fullmatch=True),
                                        min_size=n, max_size=n, unique_by=lambda h: h.strip().lower()),
                               st.lists(st.lists(_cell, min_size=n, max_size=n), min_size=1, max_size=8))),
       st.sampled_from([",", ";", "\t", "|"]),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_delimited_text_reads_back_cell_for_cell(tmp_path_factory, shape, separator, encoding):
    """Any text cells, any delimiter, any encoding: the raw reader returns exactly what was written."""
    from insight.io.read import read_raw

    headers, rows = shape
    frame = pl.DataFrame(rows, schema=headers, orient="row")
    text = frame.write_csv(separator=separator)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = tmp_path_factory.mktemp("rt") / "x.csv"
    path.write_bytes(data)
    raw = read_raw(path)
    assert raw.frame.columns == headers
    assert raw.frame.rows() == frame.rows()
