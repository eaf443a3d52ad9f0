"""Round-11 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round11.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND11_GAPS: dict[str, str] = {
    "r11cd022": "ASKS BACK: revenue by quarter in 1997 excluding Q1 — clarify: a period after a negation is asked back (probe12's rule for 'excluding December 2011'); a grouping by the excluded period's own grain could drop that row instead",
    "r11cd007": "ASKS BACK: Top 5 Kunden nach Anzahl der Bestellungen, Gleichstand erlaubt — clarify: Das Wort 'Gleichstand', 'erlaubt' kenne ich in diesen Daten nicht (verstanden: Aufträge). Meinten Sie: Land, Stadt?",
    "r11cd031": "ANSWERED-SHOULD-ASK: revenue in euros 1997 — status ok",
    "r11ch006": "ASKS BACK: exit share of inactive members with 3 or more products — clarify: I do not know 'exit' in this data (understood: share IsActiveMember). Did you mean: share Exited, Exited, braucht aufmerksa",
    "r11dm016": "ASKS BACK: German b2c orders in 2024 above 250 — clarify: I do not know 'above' in this data (understood: orders). Did you mean: average order value, ABC classes?",
    "r11dm024": "ASKS BACK: count of distinct products bought by b2b customers — clarify: 'b2b customers' is a value in this data (customer type = b2b), not a column to group by. Do you mean just that value, or by cus",
    "r11dm030": "ASKS BACK: top 3 customers by order count, ties allowed — clarify: I do not know 'ties', 'allowed' in this data (understood: orders). Did you mean: graduates, websites, vereinigtes konigreich?",
    "r11dm040": "ASKS BACK: how many customers are we likely to lose (churn risk above 70 percent) — clarify: I do not know 'likely' in this data (understood: customers). Please rephrase.",
    "r11dm044": "ASKS BACK: Kundenlebenswert nach Warenkorb mal Frequenz mal Marge mal Dauer — clarify: Das Wort 'Frequenz', 'Dauer' kenne ich in diesen Daten nicht (verstanden: prognostizierter Kundenwert, durchschni",
    "r11dm045": "ASKS BACK: what basket size S goes into the lifetime value formula — clarify: I do not know 'goes', 'lifetime value formula' in this data (understood: average order value). Did you mean: oesterreich, ",
    "r11dm058": "ASKS BACK: net promoter score among b2c respondents in 2024 — clarify: I do not know 'respondents' in this data (understood: Net Promoter Score). Did you mean: phone?",
    "r11dm059": "ASKS BACK: Mit welchem Aspekt sind die Kunden am unzufriedensten? — clarify: Das Wort 'unzufriedensten' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: field, men, Kundenzufriedenhe",
    "r11dm062": "ASKS BACK: best coupon campaign by redemption — clarify: I do not know 'coupon', 'redemption' in this data (understood: revenue). Did you mean: coupons issued, coupons redeemed, number of distinct val",
    "r11dm066": "ASKS BACK: revenue from customers who first bought in 2023 — clarify: I do not know 'first' in this data (understood: revenue). Did you mean: fairs, trade fairs?",
    "r11ii040": "ASKS BACK: top 5 customers by number of orders in 2011 (ties allowed) — clarify: I do not know 'ties', 'allowed' in this data (understood: orders). Did you mean: united arab emirates, west indies, uni",
    "r11ii043": "ASKS BACK: Umsatzstärkster Wochentag 2011 — clarify: Ich habe in der Frage keine Kennzahl erkannt ('Wochentag' kenne ich nicht). Meinen Sie eines davon?",
    "r11sa005": "ASKS BACK: Bestellungen über 10.000 im Jahr 2003 — clarify: Ich konnte nicht zuordnen, worauf sich die Zahl 10, 000 bezieht (verstanden: Aufträge). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsat",
    "r11sa012": "ASKS BACK: revenue in Japan in 2006 — status clarify, does not name ['2006']",
}
