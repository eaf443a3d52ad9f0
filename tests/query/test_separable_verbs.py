"""German separable verbs: the stem and the particle closing its clause are one verb — docs/ask.md,
`separable_verb`."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.query import separable


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("wie viel geben kunden im schnitt fur wein aus", "wie viel ausgegeben kunden im schnitt fur wein"),
        ("wie oft kaufen kunden im web ein", "wie oft eingekauft kunden im web"),
        ("wie viele kunden springen ab", "wie viele kunden abgesprungen"),
        ("wie viele kunden stiegen aus", "wie viele kunden ausgestiegen"),
        ("wie viele kunden kamen wieder", "wie viele kunden wiedergekommen"),
        (
            "wie viele kunden geben waren zuruck welche bestellt haben",
            "wie viele kunden zuruckgegeben waren welche bestellt haben",
        ),
    ],
)
def test_stem_and_closing_particle_are_joined(text: str, joined: str) -> None:
    assert separable.join(text) == (joined, True)


@pytest.mark.parametrize(
    "text",
    [
        "wie viel umsatz kommt aus berlin und hamburg",
        "wie viele kunden kaufen ein produkt",
        "umsatz je land",
        "wie viele kunden kommen aus den usa",
    ],
)
def test_a_particle_word_elsewhere_stays(text: str) -> None:
    assert separable.join(text) == (text, False)


@pytest.fixture(scope="module")
def shoppers(tmp_path_factory) -> tuple[Path, pl.DataFrame]:
    n = 300
    raw = pl.DataFrame(
        {
            "CustomerId": [f"K{i:05d}" for i in range(n)],
            "Age": [20 + (i * 7) % 50 for i in range(n)],
            "Region": [["Nord", "Süd", "Ost"][i % 3] for i in range(n)],
            "AmountBooks": [float((i * 7919) % 5000) / 7 for i in range(n)],
            "AmountToys": [float((i * 104729) % 3000) / 11 for i in range(n)],
        }
    )
    path = tmp_path_factory.mktemp("separable") / "shoppers.csv"
    raw.write_csv(path)
    return path, raw


def test_spend_verb_split_is_the_amount(shoppers) -> None:
    path, raw = shoppers
    ds = ia.load_file(path)
    apart = ia.ask("Wie viel geben Kunden im Schnitt für AmountBooks aus?", ds).to_json()
    together = ia.ask("Wie viel haben Kunden im Schnitt für AmountBooks ausgegeben?", ds).to_json()
    assert apart["status"] == "ok", apart["text"]
    assert "separable_verb" in apart["plan"]["rule"].split(" → ")
    assert apart["rows"] == together["rows"]
    assert apart["rows"][0][-1] == pytest.approx(raw["AmountBooks"].mean(), rel=1e-6)
    assert len(apart["rows"][0]) == 1  # the customers are who spends, no count beside the amount
