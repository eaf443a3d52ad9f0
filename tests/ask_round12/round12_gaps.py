"""Round-12 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round12.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND12_GAPS: dict[str, str] = {
    "r12cd007": "ASKS BACK: Tage bis zur zweiten Bestellung im Durchschnitt — clarify: Das Wort 'Tage', 'zweiten' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Alter, Aufträge, Wert stornierter ",
    "r12cd008": "ASKS BACK: mean days between purchases — clarify: I do not know 'days' in this data (understood: orders). Please rephrase.",
    "r12cd014": "ASKS BACK: How many of the customers acquired in January 1997 ordered again in 1998? — clarify: I do not know 'acquired ordered again' in this data (understood: customers, customers). Did you mean: or",
    "r12cd016": "ASKS BACK: how many customers have a probability of still being active below 20 % — clarify: I do not know 'probability', 'below' in this data (understood: customers). Did you mean: city?",
    "r12cd031": "ASKS BACK: Anteil des ersten Quartals am Umsatz 1997 — clarify: Das Wort 'ersten' kenne ich in diesen Daten nicht (verstanden: Umsatz, Umsatzanteil). Meinten Sie: Anzahl verschiedener Werte, Amortisat",
    "r12ch007": "ASKS BACK: Anteil aktiver Mitglieder in Frankreich — clarify: Das Wort 'Anteil' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kundenanteil, Auftragsanteil, Umsatzanteil?",
    "r12dm019": "ASKS BACK: Ø Tage zwischen Bestellungen je Kunde — clarify: Das Wort 'Tage', 'zwischen' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Alter, Aufträge, Wert stornierter Aufträge,",
    "r12dm020": "ASKS BACK: how long does it take on average until a customer orders a second time? — clarify: I do not know 'until', 'second', 'time' in this data (understood: tenure, orders). Did you mean: quantity,",
    "r12dm030": "ASKS BACK: customers whose chance of still being alive is under 50 % — clarify: I do not know 'chance', 'alive' in this data (understood: customers). Did you mean: ch, cancelled lines, value of cancel",
    "r12dm041": "ASKS BACK: Welche Gutscheinaktion wurde am wenigsten eingelöst? — clarify: Ich habe in der Frage keine Kennzahl erkannt ('Gutscheinaktion', 'eingelöst' kenne ich nicht). Meinen Sie eines davon?",
    "r12dm063": "ASKS BACK: only b2b — clarify: What would you like to know about b2b?",
    "r12dm073": "ASKS BACK: avg days between orders b2b — clarify: I do not know 'days' in this data (understood: orders). Did you mean: black friday 2023, black friday 2024?",
    "r12dm083": "ASKS BACK: orders above 500 — status clarify, does not name ['500']",
    "r12dm084": "ASKS BACK: Kunden mit mehr als 1000 — status clarify, does not name ['1000']",
    "r12ii023": "ASKS BACK: How many customers did we lose in 2011, i.e. bought in 2010 but not in 2011? — clarify: I do not know 'not' in this data (understood: churn rate). Did you mean: no, can not lose them, canno",
    "r12ii026": "ASKS BACK: durchschnittliche Tage zwischen zwei Bestellungen — clarify: Das Wort 'Tage', 'zwischen' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Alter, Aufträge, Wert storniert",
    "r12ii027": "ASKS BACK: average time to second order in days — clarify: I do not know 'time', 'second' in this data (understood: orders). Did you mean: response time, se?",
    "r12ii067": "ASKS BACK: Wie viele Bestellungen hatten wir im Oktober 2011 mehr als im September 2011, in Prozent? — clarify: Das Wort 'mehr', 'als' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten S",
    "r12ii076": "ASKS BACK: Wie viele Kunden haben wir 2011 neu gewonnen und wie viele verloren? — clarify: Das Wort 'neu' kenne ich in diesen Daten nicht (verstanden: Abwanderungsrate). Meinten Sie: Neukunden, neu se",
    "r12ii077": "ASKS BACK: days between orders for customers in Germany — clarify: I do not know 'days' in this data (understood: orders). Please rephrase.",
    "r12mk007": "ASKS BACK: Ø Einkommen der Kunden, die auf die letzte Kampagne reagiert haben — clarify: Zu 'letzte', 'Kampagne' (Kampagne) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren.",
    "r12mk011": "ASKS BACK: Antwortquote bei Kunden mit Kindern zu Hause — clarify: Zu 'Hause', 'Kindern' (Kundentyp) haben diese Daten keine Werte oder Spalten. Meinten Sie: Wiederkaufabsicht, Kauffrequenz, ausgegebe",
    "r12or007": "ASKS BACK: mittlerer Abstand zwischen Bestellungen in Tagen — clarify: Das Wort 'Abstand', 'zwischen' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Land, Familienstand, ABC-Klas",
    "r12or008": "ASKS BACK: repeat buyer rate 2011 — clarify: I do not know 'rate' in this data (understood: revenue). Did you mean: return rate, cancellation rate, win rate?",
    "r12or016": "ASKS BACK: time until the second purchase, average days — clarify: I did not recognise a metric in the question ('time', 'until', 'second' is unknown to me). Which of these do you mean?",
    "r12sa009": "ASKS BACK: Umsatz der Produktlinie Motorcycles in der Region APAC — clarify: Das Wort 'Region' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Land, reggio emilia?",
}
