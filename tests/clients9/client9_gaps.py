"""Known gaps of insight on the round-9 client files (make_clients9.py): test id -> what insight does.
Run as strict xfails by test_clients9.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "faktury_pl::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
    ),
    "report_dk::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "twohdr_pt::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
    ),
    "returns_fi::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
    "faktury_pl_map::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl_map::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
    ),
    "report_dk_map::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "twohdr_pt_map::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt_map::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt_map::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi_map::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
    ),
    "returns_fi_map::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
}
