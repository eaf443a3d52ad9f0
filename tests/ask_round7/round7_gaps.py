"""Round-7 questions insight does not yet answer right (first run; see README.md).
Each is an xfail(strict=True) in test_round7.py: a fix shows up as XPASS, and the entry must then go.
"""

ROUND7_GAPS: dict[str, str] = {
    'r7ap014': (
        "ASKS BACK: Wiederkaufrate der TK-Versicherten — clarify: Das Wort 'tk versicherten' kenne ich in die"
        'sen Daten nicht (verstanden: Wiederkaufsrate). Bitte anders formulieren.'
    ),
    'r7ap022': (
        "ASKS BACK: Kunden mit mehr als 12 Einkäufen — clarify: Das Wort 'mehr', 'als' kenne ich in diesen Da"
        'ten nicht (verstanden: Kunden). Meinten Sie: barmer, krankenkasse barmer, Kundenkapital, Vertriebska'
    ),
    'r7ap035': (
        "ASKS BACK: Wie viel Zuzahlung haben AOK-Kunden geleistet? — clarify: Das Wort 'geleistet' kenne ich "
        'in diesen Daten nicht (verstanden: Summe Zuzahlung). Meinten Sie: Alter?'
    ),
    'r7ap039': (
        "ASKS BACK: how many customers are insured with AOK — clarify: I do not know 'insured' in this data ("
        'understood: customers). Please rephrase.'
    ),
    'r7ap040': (
        "ASKS BACK: average co-payment on prescription lines — clarify: I do not know 'payment', 'prescriptio"
        "n' in this data (understood: order lines). Please rephrase."
    ),
    'r7ap044': (
        "ASKS BACK: revenue by insurance tier — status clarify, does not name ['tier']"
    ),
    'r7cd015': (
        "ASKS BACK: How many orders were worth more than $50 in 1998? — clarify: I do not know 'worth' in thi"
        's data (understood: orders). Please rephrase.'
    ),
    'r7ch004': (
        "ASKS BACK: average balance of customers who left — clarify: I do not know 'left' in this data (under"
        'stood: mean Balance). Did you mean: customers to let go?'
    ),
    'r7ch007': (
        "ASKS BACK: Churn-Quote der Kunden ohne Kreditkarte — clarify: Das Wort 'quote' kenne ich in diesen D"
        'aten nicht (verstanden: Abwanderungsrate). Meinten Sie: Stornoquote, Gewinnquote, Einlösungsquote?'
    ),
    'r7ch013': (
        'ASKS BACK: Abwanderungsquote der Frauen über 40 — clarify: Ich konnte nicht zuordnen, worauf sich di'
        'e Zahl 40 bezieht (verstanden: Abwanderungsrate). Bitte mit Einheit sagen, z. B. „mehr als 100 € Ums'
    ),
    'r7dm035': (
        "ASKS BACK: Durchschnittlicher Umsatz je Kunde im Onlinekanal — clarify: Das Wort 'Onlinekanal' kenne"
        ' ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: online?'
    ),
    'r7dm040': (
        "ASKS BACK: Was ham wir letztes Jahr so an Umsatz gemacht? — clarify: Das Wort 'ham' kenne ich in die"
        'sen Daten nicht (verstanden: Umsatz). Meinten Sie: hamburg, birmingham, champions?'
    ),
    'r7dm042': (
        "ASKS BACK: Wie viele Kunden haben 2024 bestellt, aber 2025 noch nicht? — clarify: Das Wort 'aber' ke"
        'nne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Top-Werber, berlin, beratung?'
    ),
    'r7dm043': (
        "ASKS BACK: How many customers ordered in 2023 but never again afterwards? — clarify: I do not know '"
        "but', 'never', 'again afterwards' in this data (understood: customers). Did you mean: unattributed r"
    ),
    'r7dm054': (
        "ASKS BACK: What does RFM stand for? — clarify: I do not know 'stand' in this data. Did you mean: amo"
        'unt of fees and payouts, number of fees and payouts?'
    ),
    'r7dm071': (
        "ASKS BACK: revenue by store manager — status clarify, does not name ['manager']"
    ),
    'r7ii028': (
        'ASKS BACK: Wie viele Bestellungen lagen über 1.000? — clarify: Ich konnte nicht zuordnen, worauf sic'
        'h die Zahl 1, 000 bezieht (verstanden: Aufträge). Bitte mit Einheit sagen, z. B. „mehr als 100 € Ums'
    ),
    'r7mp005': (
        "ASKS BACK: Wie viel Umsatz ging durch Retouren verloren? — clarify: Das Wort 'ging', 'durch' kenne i"
        'ch in diesen Daten nicht (verstanden: Umsatz, Retourenbelege). Meinten Sie: Marge, Summe Shipping, d'
    ),
    'r7mp014': (
        'ASKS BACK: share of 2024 revenue from garden products — clarify: This data has no values or columns '
        "for 'garden products' (product). Did you mean: products bought together?"
    ),
    'r7mp015': (
        'ASKS BACK: Durchschnittliche Versandkosten — clarify: Ich habe in der Frage keine Kennzahl erkannt ('
        "'Versandkosten' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'r7mp020': (
        "ASKS BACK: Wie viele Käufer haben nie bei TechBay bestellt? — clarify: Das Wort 'nie' kenne ich in d"
        'iesen Daten nicht (verstanden: Kunden). Meinten Sie: stornierte Positionen, stornierte Aufträge, spa'
    ),
    'r7sa012': (
        "ASKS BACK: Wie viele Kunden haben 2004 bestellt, aber 2005 nicht? — clarify: Das Wort 'aber' kenne i"
        'ch in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Top-Werber, Summe ORDERLINENUMBER?'
    ),
    'r7ss003': (
        "ASKS BACK: how many credit notes did we issue in 2024 — clarify: I do not know 'issue' in this data "
        '(understood: return documents). Please rephrase.'
    ),
    'r7ss006': (
        "ASKS BACK: average seats per invoice by plan — clarify: 'invoice' is a value in this data (Type = In"
        'voice), not a column to group by. Do you mean just that value, or by Type?'
    ),
    'r7ss008': (
        "ASKS BACK: revenue from annually billed accounts in 2024 — clarify: I do not know 'billed' in this d"
        'ata (understood: revenue). Did you mean: billing monthly, billing annual?'
    ),
    'r7ss015': (
        'ASKS BACK: Durchschnittlicher Umsatz pro Account in EMEA — clarify: Durchschnittlicher Umsatz je was'
        ' — je Kunde oder je Auftrag? Ohne Bezugsgröße ist der Durchschnitt nicht bestimmt.'
    ),
    'r7ss017': (
        'ASKS BACK: Wie viele neue Accounts kamen 2024 dazu? — clarify: Ich habe in der Frage keine Kennzahl '
        "erkannt ('neue' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'r7ss021': (
        "ASKS BACK: Median Rechnungsbetrag — clarify: Ich habe in der Frage keine Kennzahl erkannt ('Rechnung"
        "sbetrag' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'r7ss022': (
        "ASKS BACK: median seats per invoice — clarify: 'invoice' is a value in this data (Type = Invoice), n"
        'ot a column to group by. Do you mean just that value, or by Type?'
    ),
    'r7ss035': (
        "ASKS BACK: how many accounts never received a credit note — clarify: I do not know 'accounts never',"
        " 'received' in this data (understood: return documents). Did you mean: vielversprechend, vielverspre"
    ),
    'r7ss037': (
        'ASKS BACK: average number of invoices per account in 2024 — clarify: Average orders per what — per c'
        'ustomer or per order? Without a unit the average is not defined.'
    ),
}
