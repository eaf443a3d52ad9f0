"""Value x loyalty portfolio on the tiny shop, worked out by hand."""

import pytest

from insight.segments.portfolio import portfolio, portfolio_summary


def test_tiny_quadrants_by_hand(tiny_ds):
    # loyalty = (avg rank of orders + rank of -recency) / 2n:
    #   orders 3,1,2,1,4,2 -> ranks 5, 1.5, 3.5, 1.5, 6, 3.5; recency 11,305,30,1,16,107 -> ranks 5,1,3,6,4,2
    #   c1 10/12, c2 2.5/12, c3 6.5/12, c4 7.5/12, c5 10/12, c6 5.5/12; median 7/12 -> high: c1, c4, c5
    # value = customer capital = revenue 500,150,200,1000,80,80; median 175 -> high: c1, c3, c4
    table = portfolio(tiny_ds)
    assert table["loyalty"].to_list() == pytest.approx([10 / 12, 2.5 / 12, 6.5 / 12, 7.5 / 12, 10 / 12, 5.5 / 12])
    assert table["quadrant"].to_list() == ["Stars", "Maintain", "Secure", "Stars", "Develop", "Maintain"]
    assert table["quadrant_de"].to_list()[:3] == ["Stars", "Kostengünstig betreuen", "Absichern"]


def test_tiny_summary(tiny_ds):
    summary = portfolio_summary(tiny_ds)
    assert summary.select("quadrant", "customers").rows() == [("Stars", 2), ("Secure", 1), ("Develop", 1),
                                                              ("Maintain", 2)]
    assert summary["revenue_share"].to_list() == pytest.approx([1500 / 2010, 200 / 2010, 80 / 2010, 230 / 2010])
    assert summary["customer_share"].sum() == pytest.approx(1.0)
