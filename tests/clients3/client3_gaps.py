"""Known gaps of insight on the round-3 client files (make_clients3.py): test id -> what insight does.
Run as strict xfails by test_clients3.py, so a fix shows up as XPASS (then delete the entry). ``SILENT:``
a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the export is
well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer."""


GAPS: dict[str, str] = {
    'odoo::quotes': (
        "ASKS BACK: expected 131; got I do not know 'still open' in this data (understood: customers). Did yo"
        "u mean: europe? options=['europe']; understood: understood so far: customers · all data up to the an"
        "alysis date · order status Quotation · all customers — open: I do not know 'still open' in this data"
        " (understood: customers). Did you mean: europe?"
    ),
    'odoo::pipeline': (
        "ASKS BACK: expected 125,539.31; got I do not know 'open' in this data (understood: predicted CLV, re"
        "venue). Did you mean: europe? options=['europe']; understood: understood so far: predicted CLV + rev"
        "enue by customer · all data up to the analysis date · order status Quotation · all customers · Top 1"
        "0 — open: I do not know 'open' in this data (understood: predicted CLV, revenue). Did you mean: euro"
        "pe?"
    ),
    'odoo::avg_disc': (
        "ASKS BACK: expected 4.9504 (or 0.0495, 0.0505); got I do not know 'confirmed' in this data (understo"
        "od: orders). Please rephrase. options=[]; understood: understood so far: orders by Discount (%) · al"
        "l data up to the analysis date · all customers — open: I do not know 'confirmed' in this data (under"
        "stood: orders). Please rephrase."
    ),
    'lexware::open': (
        "ASKS BACK: expected 108,381.70 (or 93,248.73); got Das Wort 'offen brutto' kenne ich in diesen Daten"
        " nicht (verstanden: Kunden). Meinten Sie: Summe Bruttobetrag, Durchschnitt Bruttobetrag? options=['S"
        "umme Bruttobetrag', 'Durchschnitt Bruttobetrag']; understood: bisher verstanden: Kunden · alle Daten"
        " bis zum Stichtag · Auftragsstatus Offen · alle Kunden — offen: Das Wort 'offen brutto' kenne ich in"
        " diesen Daten nicht (verstanden: Kunden). Meinten Sie: Summe Bruttobetrag, Durchschnitt Bruttobetrag"
        "?"
    ),
    'birthdays::bands': (
        "ASKS BACK: expected {30-49: 109.00, 50+: 203.00, <30: 70.00}; got Ich konnte nicht zuordnen, worauf "
        "sich die Zahl 30, 30, 49 bezieht (verstanden: Kunden). Bitte mit Einheit sagen, z. B. „mehr als 100 "
        "€ Umsatz“, „Top 10“, „im Jahr 2011“. options=[]; understood: bisher verstanden: Kunden je Altersgrup"
        "pe · alle Daten bis zum Stichtag · alle Kunden — offen: Ich konnte nicht zuordnen, worauf sich die Z"
        "ahl 30, 30, 49 bezieht (verstanden: Kunden). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsatz“,"
        " „Top 10“, „im Jahr 2011“."
    ),
    'birthdays::tenure': (
        "ASKS BACK: expected 5.2457 (or 5.2615); got Das Wort 'Kundendauer' kenne ich in diesen Daten nicht ("
        "verstanden: Umsatz). Meinten Sie: Kunden, Kunde, a kunde? options=['Kunden', 'Kunde', 'a kunde']; un"
        "derstood: bisher verstanden: Umsatz je Jahr, Kunde seit · alle Daten bis zum Stichtag · alle Kunden "
        "— offen: Das Wort 'Kundendauer' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: K"
        "unden, Kunde, a kunde?"
    ),
    'returns_units::zement': (
        "ASKS BACK: expected 8,222.00; got Das Wort 'Sack Zement' kenne ich in diesen Daten nicht (verstanden"
        ": Umsatz). Meinten Sie: m, men, Maßnahmen je Segment? options=['m', 'men', 'Maßnahmen je Segment']; "
        "understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · Einheit Sack · alle Kunden — o"
        "ffen: Das Wort 'Sack Zement' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: m, m"
        "en, Maßnahmen je Segment?"
    ),
    'loyalty_map::rate': (
        "ASKS BACK: expected 2.1966 (or 219.66); got Das Wort 'Punkte' kenne ich in diesen Daten nicht (verst"
        "anden: Einlösungsquote). Meinten Sie: Summe Punkte gesammelt, Durchschnitt Punkte gesammelt? options"
        "=['Summe Punkte gesammelt', 'Durchschnitt Punkte gesammelt']; understood: bisher verstanden: Einlösu"
        "ngsquote · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Punkte' kenne ich in diesen "
        "Daten nicht (verstanden: Einlösungsquote). Meinten Sie: Summe Punkte gesammelt, Durchschnitt Punkte "
        "gesammelt?"
    ),
    'loyalty::rate': 'ASKS BACK: \'Einlösequote der Punkte\': wrong-clarify: Das Wort \'Punkte\' kenne ich in diesen Daten nicht (verstanden: Einlösungsquote). Meinten Sie: Summe Punkte gesammelt, Durchschnitt Punkte gesammelt? options=[\'Summe Punkte gesammelt\', \'Durchschnitt Punkte gesammelt\'] (understood: "bisher verstanden: Einlösungsquote · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort \'Punkte\' kenne ich in diesen Daten nicht (verstanden: Einlösungsquote). Meinten Sie: Summe Punkte gesammelt, Durchschnitt Punkte gesammelt?")',
}

