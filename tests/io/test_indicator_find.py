"""insight.io.indicator.find looks at a column's first rows before its distinct values (issue 16): the same column
is found as by testing every normalised value."""

from __future__ import annotations

import polars as pl

from insight.io import indicator


def _reference(frame: pl.DataFrame, mapping: dict[str, str]) -> str | None:
    """find as it was: every row's normalised value."""
    from insight.io.mapping import IGNORE
    from insight.schema import normalise_header

    named = next(
        (h for h in frame.columns if normalise_header(h) in indicator.HEADERS and mapping.get(h) != IGNORE), None
    )
    if named is not None:
        return named
    for header in frame.columns:
        if header in mapping or frame.schema[header] != pl.String:
            continue
        values = set(indicator._values(frame, header).drop_nulls().unique().to_list())
        if values and values <= indicator._WORDS and values & indicator.DEBIT and values & indicator.CREDIT:
            return header
    return None


def _frames() -> list[pl.DataFrame]:
    n = 2 * indicator._HEAD + 5
    words = (["Soll", " haben ", "SOLL."] * n)[:n]
    late = [None] * (n - 1) + ["Gutschrift"]  # only nulls in the first rows, one credit word at the end
    late_other = ["Lastschrift"] * (n - 1) + ["Rabatt"]  # words first, another value at the end
    one_side = ["Lastschrift"] * n
    return [
        pl.DataFrame({"Text": ["a"] * n, "Kennung": words, "Betrag": [1.0] * n}),
        pl.DataFrame({"Kennung": late_other, "Betrag": [1.0] * n}),
        pl.DataFrame({"Kennung": one_side, "Betrag": [1.0] * n}),
        pl.DataFrame({"Kennung": late, "Art": words, "Betrag": [1.0] * n}),
        pl.DataFrame({"Kennung": ["Debit"] * (n - 1) + ["Credit"], "Betrag": [1.0] * n}),
        pl.DataFrame({"Soll/Haben": ["x"] * n, "Betrag": [1.0] * n}),
        pl.DataFrame({"Kennung": [None] * n, "Betrag": [1.0] * n}, schema={"Kennung": pl.String, "Betrag": pl.Float64}),
        pl.DataFrame({"Kennung": [], "Betrag": []}, schema={"Kennung": pl.String, "Betrag": pl.Float64}),
    ]


def test_find_gives_the_column_every_value_gives() -> None:
    found = []
    for frame in _frames():
        for mapping in ({}, {"Kennung": "notes"}):
            assert indicator.find(frame, mapping) == _reference(frame, mapping)
            found.append(indicator.find(frame, mapping))
    assert "Kennung" in found and "Art" in found and "Soll/Haben" in found and None in found
