"""Round-6 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round6.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND6_GAPS: dict[str, str] = {
    "r6ab005": "SILENT (label only): how many boxes were skipped in 2024 — answers 185, the right number, in a column named 'documents' that the set's judge does not accept (it lists count/orders/boxes); left as a gap rather than widening the blind set's names",
    "r6ab006": "ASKS BACK: Anteil übersprungener Boxen — clarify: Ich habe in der Frage keine Kennzahl erkannt ('übersprungener', 'Boxen' kenne ich nicht). Meinen Sie eines davon?",
    "r6ab019": "ASKS BACK: how many subscribers received more than 12 boxes — clarify: I did not recognise a metric in the question ('subscribers', 'received', 'boxes' is unknown to me). Which of these do you mean?",
    "r6ab038": "ASKS BACK: Wie viele Kunden haben nie eine Box ausgelassen? — clarify: Das Wort 'nie', 'Box', 'ausgelassen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: stornierte Positionen, st",
    "r6ws043": "ASKS BACK: Wie viele Stammkunden von vor 2024 waren 2024 gar nicht da? — clarify: Das Wort 'gar' kenne ich in diesen Daten nicht (kept on purpose: read, it answers Stammkunden as ≥ 2 orders = 41 where the set expects every customer from before 2024 = 48)",
}
