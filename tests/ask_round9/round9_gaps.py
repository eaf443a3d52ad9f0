"""Round-9 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round9.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND9_GAPS: dict[str, str] = {
    "r9dm010": "ASKS BACK: Wie lange bleibt ein Kunde im Schnitt bei uns (erwartete Dauer in Monaten)? — clarify: Prognosen gibt es nur aus den Kundenmodellen mit ihren Horizonten (erwartete Aufträge: 90 Tage, progno",
    "r9dm015": "ASKS BACK: Wie viele Champions haben wir aktuell im Kundenstamm? — clarify: 'Kundenstamm' on a workspace whose customer master (14,550, leads included) is not its buyers (3,000): master_words asks back",
    "r9dm033": "SILENT (judgement, as r4dm033; stated now: a note names the latest-answer count and the every-answer share 55.7 % beside it): Wie viele wollen wieder kaufen (Wiederkaufabsicht)? — repurchaseintentrate 0.54902, expected 0.556539",
    "r9dm108": "ASKS BACK: Anteil der Kunden mit Newsletter-Abo — status clarify, does not name ['Newsletter-Abo']",
}
