"""Round-9 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round9.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND9_GAPS: dict[str, str] = {
    "r9cd001": "ASKS BACK: Wie viele Kunden der Kohorte Januar 1997 haben später nochmal gekauft? — clarify: Das Wort 'später' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Alter?",
    "r9cd018": "ASKS BACK: share of customers who only ever bought once — clarify: I do not know 'bought once' in this data (understood: share of customers). Did you mean: contact preference?",
    "r9dm010": "ASKS BACK: Wie lange bleibt ein Kunde im Schnitt bei uns (erwartete Dauer in Monaten)? — clarify: Prognosen gibt es nur aus den Kundenmodellen mit ihren Horizonten (erwartete Aufträge: 90 Tage, progno",
    "r9dm013": "ERROR: value at risk: how much yearly revenue is with customers likely to churn? — status error: This cannot be answered from this data: per-customer values such as CLV cannot be split by month, quart",
    "r9dm014": "ASKS BACK: Wie viele Kunden sind abwanderungsgefährdet (Risiko über 50 %)? — clarify: Ich konnte nicht zuordnen, worauf sich die Zahl 50 bezieht (verstanden: Abwanderungsrisiko). Bitte mit Einheit sag",
    "r9dm015": "ASKS BACK: Wie viele Champions haben wir aktuell im Kundenstamm? — clarify: 'Kundenstamm' on a workspace whose customer master (14,550, leads included) is not its buyers (3,000): master_words asks back",
    "r9dm030": "ASKS BACK: how important is each aspect to customers — clarify: I do not know 'important' in this data (understood: customers). Did you mean: importance × satisfaction?",
    "r9dm031": "ASKS BACK: Zufriedenheit × Wichtigkeit: wo müssen wir uns verbessern? — clarify: Das Wort 'verbessern' kenne ich in diesen Daten nicht (verstanden: Wichtigkeit × Zufriedenheit). Meinten Sie: bern, mes",
    "r9dm033": "SILENT (judgement, as r4dm033: the latest answer per customer, the reference counts every answer): Wie viele wollen wieder kaufen (Wiederkaufabsicht)? — repurchaseintentrate 0.54902, expected 0.556539",
    "r9dm066": "ASKS BACK: b2b repeat purchase share — clarify: What would you like to know about b2b?",
    "r9dm068": "ASKS BACK: b2c repeat purchase share — clarify: What would you like to know about b2c?",
    "r9dm108": "ASKS BACK: Anteil der Kunden mit Newsletter-Abo — status clarify, does not name ['Newsletter-Abo']",
    "r9ii013": "ASKS BACK: Wiederkaufrate nur auf Basis 2011 — clarify: Das Wort 'Basis' kenne ich in diesen Daten nicht (verstanden: Wiederkaufsrate). Meinten Sie: brasilien?",
    "r9ii020": "ASKS BACK: Umsatz aller Champions zusammen — clarify: Was soll zusammengezählt werden? Mehrere Werte einer Spalte („West und Ost zusammen“) oder ein Top N („die Top 10 Kunden zusammen“); gemeinsam gek",
    "r9ii030": "ASKS BACK: Kunden mit mehr als 1.000,50 € Umsatz 2010 — clarify: Das Wort 'mehr', 'als' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kundenkapital, Vertriebskanal?",
    "r9ii031": "ASKS BACK: orders under 100 in value in 2011 — clarify: I could not tell what the number 100 refers to (understood: orders). Please say it with its unit, e.g. 'more than 100 in revenue', 'top 10', 'in",
    "r9ii111": "ASKS BACK: und im Vorjahresquartal? — clarify: Ich habe in der Frage keine Kennzahl erkannt ('Vorjahresquartal' kenne ich nicht). Meinen Sie eines davon?",
}
