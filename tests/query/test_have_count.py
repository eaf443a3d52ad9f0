""""How many customers have <count column>": the customers whose count is above 0 (docs/ask.md, `have_count`),
never every customer with the column's sum beside them."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

CAMPAIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "marketing_campaign.csv"


@pytest.fixture(scope="module")
def campaign():
    if not CAMPAIGN.exists():
        pytest.skip(f"{CAMPAIGN} is absent")
    return ia.load_file(CAMPAIGN), pl.read_csv(CAMPAIGN, separator="\t")


@pytest.mark.parametrize(("question", "column"), [("Wie viele Kunden haben Kinder im Haushalt?", "Kidhome"),
                                                  ("How many customers have teenagers at home?", "Teenhome")])
def test_how_many_customers_have_a_count_counts_those_above_zero(campaign, question, column):
    ds, raw = campaign
    got = ia.ask(question, ds).to_json()
    assert got["status"] == "ok" and got["rows"] == [[raw.filter(pl.col(column) > 0).height]], got["understood"]
