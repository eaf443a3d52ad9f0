"""Known gaps of insight on the round-4 client files (make_clients4.py): test id -> what insight does.
Run as strict xfails by test_clients4.py, so a fix shows up as XPASS (then delete the entry). ``SILENT:``
a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the export is
well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer."""

GAPS: dict[str, str] = {
    "paypal::payouts": (
        "ASKS BACK: expected 36,723.62 (or -36,723.62); got Ich habe in der Frage keine Kennzahl erkannt ('Ba"
        "nkkonto', 'ausgezahlt' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3',"
        " 'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Welchen Anteil am Um"
        "satz haben die ABC-Klassen?', 'Gewinn nach Land', 'Wie hoch ist die Kauffrequenz?', 'Wie hoch ist de"
        "r Kundenwert gesamt?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der F"
        "rage keine Kennzahl erkannt ('Bankkonto', 'ausgezahlt' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "xero::overdue": (
        "ASKS BACK: expected 118; got I do not know 'overdue' in this data (understood: orders). Did you mean"
        ": average order value? options=['average order value']; understood: understood so far: orders · all "
        "data up to the analysis date · all customers — open: I do not know 'overdue' in this data (understoo"
        "d: orders). Did you mean: average order value?"
    ),
    "sevdesk_map::ausgaben": (
        "ASKS BACK: expected 51,003.50 (or 60,694.15); got Was möchten Sie über Ausgabe wissen? options=['Ums"
        "atz Ausgabe', 'Anzahl Kunden Ausgabe', 'Aufträge Ausgabe']; understood: bisher verstanden: nichts Ei"
        "ndeutiges — offen: Was möchten Sie über Ausgabe wissen?"
    ),
    "sevdesk::ausgaben": "ASKS BACK: as sevdesk_map::ausgaben (Was möchten Sie über Ausgabe wissen?)",
}
