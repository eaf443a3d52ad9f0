"""Round-6 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round6.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND6_GAPS: dict[str, str] = {
    "r6ab005": "SILENT (label only): how many boxes were skipped in 2024 — answers 185, the right number, in a column named 'documents' that the set's judge does not accept (it lists count/orders/boxes); left as a gap rather than widening the blind set's names",
    "r6ab006": "ASKS BACK: Anteil übersprungener Boxen — clarify: Ich habe in der Frage keine Kennzahl erkannt ('übersprungener', 'Boxen' kenne ich nicht). Meinen Sie eines davon?",
    "r6ab019": "ASKS BACK: how many subscribers received more than 12 boxes — clarify: I did not recognise a metric in the question ('subscribers', 'received', 'boxes' is unknown to me). Which of these do you mean?",
    "r6ab038": "ASKS BACK: Wie viele Kunden haben nie eine Box ausgelassen? — clarify: Das Wort 'nie', 'Box', 'ausgelassen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: stornierte Positionen, st",
    "r6cd007": "ASKS BACK: how many customers made their first purchase in February 1997 — clarify: I do not know 'first' in this data (understood: customers). Please rephrase.",
    "r6cd015": "ASKS BACK: How many orders were above 100 dollars? — clarify: I do not know 'above' in this data (understood: orders). Did you mean: average order value, ABC classes?",
    "r6ch007": "ASKS BACK: Kündigerquote nach Geschlecht — clarify: Das Wort 'Kündigerquote' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kunde, Kunden?",
    "r6ch010": "ASKS BACK: what is the median customer age — clarify: I do not know 'median' in this data (understood: customers, average age). Did you mean: mean CreditScore, mean Tenure?",
    "r6ch011": "ASKS BACK: Churn-Rate der über 60-Jährigen — clarify: Das Wort 'jahrigen' kenne ich in diesen Daten nicht (verstanden: Abwanderungsrate). Meinten Sie: Jahr, men?",
    "r6ch021": "ASKS BACK: Wie viele aktive Mitglieder sind trotzdem gegangen? — clarify: Das Wort 'trotzdem' kenne ich in diesen Daten nicht (verstanden: Kunden). Bitte anders formulieren.",
    "r6dm080": "ASKS BACK: average revenue per b2b customer by industry, lowest first — clarify: 'b2b' is a value in this data (customer type = b2b), not a column to group by. Do you mean just that value, or by custo",
    "r6dm085": "ASKS BACK: und als Anteil? — clarify: Ich habe in der Frage keine Kennzahl erkannt ('als' kenne ich nicht). Meinen Sie eines davon?",
    "r6gh006": "ASKS BACK: Wie viele Rechnungen wurden 2024 geschrieben? — clarify: Das Wort 'geschrieben' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Alter?",
    "r6gh025": "ASKS BACK: revenue since the start of the year — clarify: I do not know 'since', 'start' in this data (understood: revenue). Did you mean: number of distinct values, status, order status?",
    "r6ii044": "ASKS BACK: revenue in Germany in the first nine months of 2011 — clarify: I do not know 'first' in this data (understood: revenue). Please rephrase.",
    "r6mk004": "ASKS BACK: total spent on wine — clarify: I did not recognise a metric in the question ('wine' is unknown to me). Which of these do you mean?",
    "r6mk005": "ASKS BACK: Durchschnittliche Ausgaben für Fleisch bei Singles — clarify: Das Wort 'Ausgaben' kenne ich in diesen Daten nicht (verstanden: Durchschnitt MntMeatProducts). Bitte anders formulieren.",
    "r6mk007": "ASKS BACK: Antwortquote nach Familienstand — clarify: Das Wort 'Antwortquote' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren.",
    "r6mk015": "ASKS BACK: NPS of graduates — status clarify, does not name ['nps']",
    "r6mk018": "ASKS BACK: Wie viele Kunden haben mindestens eine der fünf Kampagnen angenommen? — clarify: Zu 'mindestens', 'angenommen', 'Kampagnen' (Kampagne) haben diese Daten keine Werte oder Spalten. Meinten Si",
    "r6sa010": "ASKS BACK: how much revenue sits in disputed orders — clarify: I do not know 'sits' in this data (understood: revenue, orders). Did you mean: referral analysis, complaint analysis, interactions by kin",
    "r6ws002": "ASKS BACK: Wie viele Aufträge hat Becker 2024 bearbeitet? — clarify: Das Wort 'Becker bearbeitet' kenne ich in diesen Daten nicht (verstanden: Aufträge). Bitte anders formulieren.",
    "r6ws017": "ASKS BACK: average invoice for inspections — clarify: I do not know 'inspections' in this data (understood: orders). Did you mean: inspektion, leistung inspektion, aspect?",
    "r6ws020": "ASKS BACK: Wie gut haben wir 2024 unsere Kunden gehalten? — clarify: Das Wort 'gut' kenne ich in diesen Daten nicht (verstanden: Kunden). Bitte anders formulieren.",
    "r6ws025": "ASKS BACK: Wie viele Opel-Fahrer waren 2023 da? — clarify: Das Wort 'opel fahrer' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: gefahrdet, gefahrdete, gefahrdeten?",
    "r6ws043": "ASKS BACK: Wie viele Stammkunden von vor 2024 waren 2024 gar nicht da? — clarify: Das Wort 'gar' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Artikel?",
}
