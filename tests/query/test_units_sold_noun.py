"""'tickets sold by ticket type': the grouping's own noun before a selling verb is what was sold, so the answer
is the units sold per group — never the revenue with the noun dropped (docs/ask.md, "Units sold")."""

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def courses(tmp_path_factory) -> tuple[Path, pl.DataFrame]:
    rows = [(f"B{i:04d}", f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}", f"K{i % 37}", ["Yoga", "Pilates", "Spinning"][i % 3],
             1 + i % 4, 15.0 * (1 + i % 4)) for i in range(240)]
    raw = pl.DataFrame(rows, schema=["Buchung", "Datum", "Kunde", "Kursart", "Anzahl", "Betrag"], orient="row")
    path = tmp_path_factory.mktemp("units") / "kursbuchungen.csv"
    raw.write_csv(path, separator=";")
    return path, raw


@pytest.mark.parametrize("question", ["Kurse verkauft je Kursart", "Wie viele Kurse wurden je Kursart verkauft?"])
def test_the_groupings_noun_sold_is_units(courses, question: str) -> None:
    path, raw = courses
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["columns"][-1] == "quantity"
    got = {r[0]: r[-1] for r in answer["rows"]}
    want = dict(raw.group_by("Kursart").agg(pl.col("Anzahl").sum()).iter_rows())
    assert got == pytest.approx(want)


def test_revenue_by_the_grouping_stays_revenue(courses) -> None:
    path, raw = courses
    answer = ia.ask("Umsatz je Kursart", ia.load_file(path)).to_json()
    assert answer["columns"][-1] == "revenue"
    assert {r[0]: r[-1] for r in answer["rows"]} == pytest.approx(
        dict(raw.group_by("Kursart").agg(pl.col("Betrag").sum()).iter_rows()))
