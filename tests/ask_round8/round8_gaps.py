"""Round-8 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round8.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND8_GAPS: dict[str, str] = {
    "r8cd022": "ASKS BACK: Welche Kunden werden in den nächsten 90 Tagen am meisten kaufen? Top 10 — clarify: Prognosen gibt es nur aus den Kundenmodellen mit ihren Horizonten (erwartete Aufträge: 90 Tage, prognostiz",
    "r8cd048": "ASKS BACK: Welcher Anteil der Kunden hat 1998 noch gekauft? — clarify: Das Wort 'Anteil' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Kundenanteil, Auftragsanteil, Umsatzanteil?",
    "r8ch007": "ASKS BACK: how many customers have nothing on their account (balance 0) — clarify: I do not know 'nothing' in this data (understood: customers, total Balance). Please rephrase.",
    "r8ii120": "ASKS BACK: which customers are expected to buy the most in the next 90 days? top 10 — clarify: I can forecast only with the customer models and their horizons (expected orders: 90 days, predicted CLV:",
    "r8ii175": "ASKS BACK: revenue in the christmas season 2010, november and december — clarify: I cannot resolve the time phrase ('christmas') to dates. Which period do you mean? I also do not know 'season', 'novem",
    "r8ii198": "ASKS BACK: average daily revenue in november 2011 — clarify: I do not know 'daily' in this data (understood: revenue). Please rephrase.",
    "r8mk003": "ASKS BACK: what share of customers responded to the last campaign — clarify: This data has no values or columns for 'last', 'campaign' (campaign). Did you mean: Complain, champion?",
    "r8or031": "ANSWERED-SHOULD-ASK: Deckungsbeitrag je Kunde — status ok",
    "r8sa042": "ASKS BACK: average price each by product line — clarify: I do not know 'price' in this data (understood: revenue). Did you mean: in process?",
}
