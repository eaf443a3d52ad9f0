"""Round-10 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round10.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND10_GAPS: dict[str, str] = {
    "r10cd013": "ASKS BACK: Kohorte Februar 1997: Anteil mit weiterem Kauf danach — clarify: Das Wort 'weiterem', 'danach' kenne ich in diesen Daten nicht (verstanden: Aufträge). Bitte anders formulieren.",
    "r10cd015": "ASKS BACK: Abwanderungsquote vom 1. zum 2. Quartal 1998 — clarify: Ich konnte nicht zuordnen, worauf sich die Zahl 1 bezieht (verstanden: Abwanderungsrate). Bitte mit Einheit sagen, z. B. „mehr als 10",
    "r10dm010": "ASKS BACK: customer lifetime value via S x C x P x t assuming a 24-month relationship — clarify: I do not know 'assuming', 'relationship' in this data (understood: LTV (S × C × P × t)). Did you mean: ",
    "r10dm011": "SILENT: Welche Kaufhäufigkeit C steckt in der LTV-Formel? — c 0.376928, expected 0.389592",
    "r10dm012": "ASKS BACK: Welche fünf Kunden bringen uns in den nächsten 12 Monaten voraussichtlich am meisten? — clarify: Prognosen gibt es nur aus den Kundenmodellen mit ihren Horizonten (erwartete Aufträge: 90 Ta",
    "r10dm013": "ASKS BACK: lowest 10 customers by probability of still being active, among those with at least 6 purchases — clarify: I do not know 'probability' in this data (understood: customers). Did you mean: ci",
    "r10dm029": "ASKS BACK: which coupon campaign performed worst on redemption — clarify: I do not know 'coupon', 'performed', 'redemption' in this data (understood: revenue). Did you mean: coupons issued, coupons re",
    "r10dm030": "ASKS BACK: Wie viele Gutscheine wurden nie eingelöst? — clarify: Das Wort 'nie', 'eingelöst' kenne ich in diesen Daten nicht (verstanden: ausgegebene Gutscheine). Meinten Sie: stornierte Positionen, s",
    "r10dm033": "ASKS BACK: Wie wichtig ist den Kunden der Preis, und wie zufrieden sind sie damit? — clarify: Das Wort 'damit' kenne ich in diesen Daten nicht (verstanden: Wichtigkeit × Zufriedenheit). Bitte anders f",
    "r10dm036": "SILENT: share of respondents who say they would buy again — repurchaseintentrate 0.54902, expected 0.556539",
    "r10dm045": "ASKS BACK: average basket by weekday — clarify: I do not know 'weekday' in this data (understood: average order value). Did you mean: web?",
    "r10dm052": "ASKS BACK: Was kostet uns ein Kunde über Google Ads im Schnitt an Akquise? — clarify: Das Wort 'kostet' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Amortisation der Akquisekoste",
    "r10ii011": "ASKS BACK: average basket by weekday in 2011 — clarify: I do not know 'weekday' in this data (understood: average order value). Please rephrase.",
    "r10ii033": "ASKS BACK: how many new customers per the RFM map — clarify: I do not know 'map' in this data (understood: new customers). Did you mean: margin, marital status, malta?",
    "r10ii036": "ASKS BACK: ABC-Analyse 2011: Anzahl C-Kunden — clarify: Die ABC-Klassen werden auf allen Daten bis zum Stichtag berechnet, nicht nur auf 2011; Klassen nur für 2011 kann ich noch nicht berechnen.",
    "r10ii038": "ASKS BACK: what percentage of 2009 buyers came back in 2010 — clarify: I do not know 'percentage' in this data (understood: customers). Did you mean: age?",
    "r10ii044": "ASKS BACK: of the January 2010 cohort, what share ordered again later — clarify: cohort retention always covers all data up to the analysis date; a period cannot be chosen. Ask without the period, or ",
    "r10ii082": "ASKS BACK: und wie viele davon waren neu? — clarify: Ich habe in der Frage keine Kennzahl erkannt ('neu' kenne ich nicht). Meinen Sie eines davon?",
    "r10mk002": "ASKS BACK: complaint share per education level — clarify: This cannot be answered from this data: the complaint rate needs the 'interactions' table (Interaktionen), which this data does not have; impo",
    "r10mk003": "ASKS BACK: Durchschnittliche Weinausgaben je Familienstand — clarify: Das Wort 'Weinausgaben' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren.",
    "r10mk004": "ASKS BACK: response rate of the last campaign for PhD customers — clarify: This data has no values or columns for 'last', 'campaign' (campaign). Did you mean: Complain, champion?",
    "r10mk005": "ASKS BACK: Annahmequote Kampagne 1 vs. Kampagne 2 — clarify: Zu 'Kampagne' (Kampagne) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren.",
    "r10or001": "ASKS BACK: Umsatz YTD im alten Online-Retail-Datensatz — clarify: Das Wort 'alten' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Zufriedenheit und Verhalten, Altersgruppe, Alter?",
    "r10or015": "ASKS BACK: Durchschnittlicher Bestellwert je Wochentag — clarify: Das Wort 'Wochentag' kenne ich in diesen Daten nicht (verstanden: durchschnittlicher Bestellwert). Meinten Sie: Alter?",
    "r10sa012": "SILENT: revenue of cancelled orders — missing column(s) ['revenue']; columns are ['cancelledvalue', 'cancelledlines', 'cancelledorders']",
}
