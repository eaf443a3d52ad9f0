""""Q3 vs Q2 2010": the year said once applies to both periods compared (docs/ask.md, `timewords._one_year_for_both`),
never the latest Q3 before the analysis date beside Q2 2010."""

from __future__ import annotations

import datetime as dt

import pytest

import insight.api as ia
from insight.query import timewords


@pytest.mark.parametrize(("text", "want"), [("q3 vs q2 2010", [("2010-07-01", "2010-04-01")]),
                                            ("q4 2010 vs q3 2010", [("2010-10-01", "2010-07-01")])])
def test_the_year_said_once_applies_to_both_quarters(text, want):
    windows, _rest = timewords.extract(timewords.normalise(text), dt.date(2011, 12, 10))
    assert [(str(windows[0].start), str(windows[1].start))] == want


def test_a_bare_quarter_after_a_named_year_stays_its_own(retail_ii):
    windows, _rest = timewords.extract(timewords.normalise("q4 2010 vs q3"), dt.date(2011, 12, 10))
    assert str(windows[0].start) == "2010-10-01" and str(windows[1].start) == "2011-07-01"


def test_q3_vs_q2_2010_orders_match_each_quarter_asked_alone(retail_ii):
    got = ia.ask("Q3 vs Q2 2010 orders", retail_ii).to_json()
    q3 = ia.ask("orders in Q3 2010", retail_ii).to_json()["rows"][0][-1]
    q2 = ia.ask("orders in Q2 2010", retail_ii).to_json()["rows"][0][-1]
    assert got["status"] == "ok" and [r[-1] for r in got["rows"]] == [q3, q2], got["rows"]
