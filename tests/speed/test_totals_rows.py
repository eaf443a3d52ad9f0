"""Totals lines ('Summe', 'Total EUR') are searched only on rows whose customer id allows one (blank, or the
word itself): the same rows are left out as when every text cell of every row was searched (issue 16: the
search over every text cell was half of building a million-line file)."""

from __future__ import annotations

import polars as pl
import pytest

from insight.io import map_frame
from insight.io.canonical import _TOTAL_CELL


def _old_mask(frame: pl.DataFrame, id_header: str) -> pl.Series:
    """The rule as it was written before: every text cell of every row, then the id condition."""
    texts = [c for c, t in frame.schema.items() if t == pl.String]
    says = pl.any_horizontal([pl.col(c).str.contains(_TOTAL_CELL).fill_null(False) for c in texts])
    ident = pl.col(id_header).cast(pl.String).str.strip_chars()
    return frame.select((says & (ident.is_null() | (ident == "") | ident.str.contains(_TOTAL_CELL)
                                 .fill_null(False))).alias("t")).to_series()


def _frame(ids: list, id_dtype: pl.DataType) -> pl.DataFrame:
    n = len(ids)
    notes = ["Summe", "Widget", "Total EUR", None, "grand total:", "Gesamt", "Sum of all", "Widget"] * (n // 8)
    return pl.DataFrame({
        "Kundennummer": pl.Series(ids, dtype=id_dtype),
        "Rechnung": [f"R{i}" for i in range(n)],
        "Datum": ["2023-01-02"] * n,
        "Betrag": [10.0 + i for i in range(n)],
        "Notiz": notes,
    })


@pytest.mark.parametrize("id_dtype", [pl.String, pl.Int64, pl.Float64])
def test_the_same_rows_are_left_out(id_dtype):
    n = 800
    if id_dtype == pl.String:
        ids = [None if i % 97 == 0 else ("" if i % 131 == 0 else ("Summe" if i == 400 else str(1000 + i % 50)))
               for i in range(n)]
    else:
        ids = [None if i % 97 == 0 else 1000 + i % 50 for i in range(n)]
        ids = [float(v) if v is not None and id_dtype == pl.Float64 else v for v in ids]
    frame = _frame(ids, id_dtype)
    expected = _old_mask(frame, "Kundennummer")
    assert 0 < int(expected.sum()) <= max(3, n // 100)  # few enough to count as totals lines
    mapped = map_frame(frame, mapping={"Kundennummer": "customer_id", "Rechnung": "order_id", "Datum": "order_date",
                                       "Betrag": "amount"})
    assert mapped.frame.height == n - int(expected.sum())
    kept = set(mapped.frame.get_column("order_id").to_list())
    assert kept == set(frame.filter(~expected).get_column("Rechnung").to_list())
    assert any("totals row" in note for note in mapped.notes)


def test_a_file_without_blank_ids_keeps_every_row():
    frame = _frame([1000 + i for i in range(80)], pl.Int64)
    mapped = map_frame(frame, mapping={"Kundennummer": "customer_id", "Rechnung": "order_id", "Datum": "order_date",
                                       "Betrag": "amount"})
    assert mapped.frame.height == 80 and not any("totals row" in note for note in mapped.notes)
