"""An averaged order count is the mean per customer, one figure, shown with its decimals: "durchschnittliche
Bestellanzahl (pro Kunde)" and "average order count" are the same question as "average number of orders per
customer" (never one row per customer, never rounded to a whole count in the sentence)."""

from __future__ import annotations

import pytest

from insight import formatting
from insight.api import ask


@pytest.mark.parametrize("question", ["durchschnittliche Bestellanzahl pro Kunde", "durchschnittliche Bestellanzahl",
                                      "average order count", "average order count per customer"])
def test_an_averaged_order_count_is_the_mean_per_customer(demo, question):
    reference = ask("average number of orders per customer", data=demo).to_json()
    got = ask(question, data=demo).to_json()
    assert got["status"] == "ok" and len(got["rows"]) == 1, got["text"]
    assert got["rows"][0][0] == pytest.approx(reference["rows"][0][0])
    mean = got["rows"][0][0]
    assert not float(mean).is_integer()
    assert formatting.number(mean, got["language"]) in got["text"]  # the decimals in the sentence too
