""""DB" is the German consultant's shorthand for Deckungsbeitrag (contribution margin = profit): "Top-5-Kunden nach
DB" ranks by profit, never by revenue with the word dropped (docs/ask.md, profit synonyms)."""

from __future__ import annotations

import insight.api as ia


def test_db_ranks_customers_by_profit(demo):
    got = ia.ask("Top-5-Kunden nach DB", demo).to_json()
    spelled = ia.ask("Top-5-Kunden nach Deckungsbeitrag", demo).to_json()
    by_revenue = ia.ask("Top-5-Kunden nach Umsatz", demo).to_json()
    assert got["status"] == "ok" and "profit" in got["columns"], got["understood"]
    assert got["rows"] == spelled["rows"] and [r[:2] for r in got["rows"]] != [r[:2] for r in by_revenue["rows"]]
