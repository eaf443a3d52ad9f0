""""Anteil Neukunden am Umsatz 2011": the new customers' share of the window's revenue (docs/ask.md), never their
count beside the share of all customers' revenue."""

from __future__ import annotations

import insight.api as ia


def test_share_word_then_new_customers_is_their_revenue_share(retail_ii):
    got = ia.ask("Anteil Neukunden am Umsatz 2011", retail_ii).to_json()
    spelled = ia.ask("Umsatzanteil der Neukunden 2011", retail_ii).to_json()
    new = ia.ask("Umsatz der Neukunden 2011", retail_ii).to_json()["rows"][0][0]
    assert got["status"] == "ok" and got["rows"] == spelled["rows"] and len(got["rows"][0]) == 1, got["understood"]
    assert 0 < got["rows"][0][0] < 1 and new > 0


def test_share_of_new_customers_alone_stays_their_customer_share(retail_ii):
    got = ia.ask("Anteil Neukunden 2011", retail_ii).to_json()
    assert got["status"] == "ok" and "customer_share" in got["columns"], got["understood"]
