"""Round-12 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round12.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND12_GAPS = {
    "r12cd007": "SILENT: days_to_second_order 110.97 (value within tolerance) — the reference accepts only generic columns (days, mean_days …), not days_to_second_order",
    "r12cd014": "ASKS BACK: How many of the customers acquired in January 1997 ordered again in 1998? — clarify: I do not know 'acquired ordered again' in this data (understood: customers, customers). Did you mean: or",
    "r12cd016": "ASKS BACK: how many customers have a probability of still being active below 20 % — clarify: I do not know 'probability', 'below' in this data (understood: customers). Did you mean: city?",
    "r12cd031": "ASKS BACK: Anteil des ersten Quartals am Umsatz 1997 — clarify: Das Wort 'ersten' kenne ich in diesen Daten nicht (verstanden: Umsatz, Umsatzanteil). Meinten Sie: Anzahl verschiedener Werte, Amortisat",
    "r12ch007": "ASKS BACK: Anteil aktiver Mitglieder in Frankreich — clarify: Das Wort 'Anteil' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kundenanteil, Auftragsanteil, Umsatzanteil?",
    "r12dm019": "SILENT: 'Ø Tage zwischen Bestellungen je Kunde' lists days_between_orders per customer (3000 rows), the reference wants the mean",
    "r12dm020": "SILENT: days_to_second_order answered beside tenure ('how long does' is a tenure word) — the reference accepts only generic columns (days, mean_days …)",
    "r12dm030": "ASKS BACK: customers whose chance of still being alive is under 50 % — clarify: I do not know 'chance', 'alive' in this data (understood: customers). Did you mean: ch, cancelled lines, value of cancel",
    "r12dm041": "ASKS BACK: Welche Gutscheinaktion wurde am wenigsten eingelöst? — clarify: Ich habe in der Frage keine Kennzahl erkannt ('Gutscheinaktion', 'eingelöst' kenne ich nicht). Meinen Sie eines davon?",
    "r12dm063": "ASKS BACK: only b2b — clarify: What would you like to know about b2b?",
    "r12dm073": "SILENT: days_between_orders over valid orders 47.03 (docs/metrics.md) — the reference counts return invoices as orders (45.71 per customer, 3 % off)",
    "r12dm083": "ASKS BACK: orders above 500 — status clarify, does not name ['500']",
    "r12dm084": "ASKS BACK: Kunden mit mehr als 1000 — status clarify, does not name ['1000']",
    "r12ii023": "ASKS BACK: How many customers did we lose in 2011, i.e. bought in 2010 but not in 2011? — clarify: I do not know 'not' in this data (understood: churn rate). Did you mean: no, can not lose them, canno",
    "r12ii026": "SILENT: days_between_orders over valid orders 110.82 (docs/metrics.md) — the reference counts return invoices as orders (94.40 per customer)",
    "r12ii027": "SILENT: days_to_second_order over valid orders (105.3) — the reference counts return invoices as orders (88.3) and accepts only generic columns (days, mean_days …)",
    "r12ii067": "ASKS BACK: Wie viele Bestellungen hatten wir im Oktober 2011 mehr als im September 2011, in Prozent? — clarify: Das Wort 'mehr', 'als' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten S",
    "r12ii076": "ASKS BACK: Wie viele Kunden haben wir 2011 neu gewonnen und wie viele verloren? — clarify: Das Wort 'neu' kenne ich in diesen Daten nicht (verstanden: Abwanderungsrate). Meinten Sie: Neukunden, neu se",
    "r12ii077": "SILENT: days_between_orders over valid orders 103.48 (docs/metrics.md) — the reference counts return invoices as orders (74.55 per customer)",
    "r12mk007": "ASKS BACK: Ø Einkommen der Kunden, die auf die letzte Kampagne reagiert haben — clarify: Zu 'letzte', 'Kampagne' (Kampagne) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren.",
    "r12mk011": "ASKS BACK: Antwortquote bei Kunden mit Kindern zu Hause — clarify: Zu 'Hause', 'Kindern' (Kundentyp) haben diese Daten keine Werte oder Spalten. Meinten Sie: Wiederkaufabsicht, Kauffrequenz, ausgegebe",
    "r12or007": "SILENT: days_between_orders over valid orders 78.43 (docs/metrics.md) — the reference counts return invoices as orders (67.02 per customer)",
    "r12or008": "ASKS BACK: repeat buyer rate 2011 — clarify: I do not know 'rate' in this data (understood: revenue). Did you mean: return rate, cancellation rate, win rate?",
    "r12or016": "SILENT: days_to_second_order over valid orders (82.0) — the reference counts return invoices as orders (68.9) and accepts only generic columns (days, mean_days …)",
    "r12sa009": "ASKS BACK: Umsatz der Produktlinie Motorcycles in der Region APAC — clarify: Das Wort 'Region' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Land, reggio emilia?",
}
