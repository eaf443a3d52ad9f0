"""Known gaps of insight on the round-12 client files (make_clients12.py): test id -> what insight does.
Run as strict xfails by test_clients12.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "moneybird_nl::belgie": (
        "ASKS BACK: expected 107,852.15; got Das Wort 'Belgien' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Meinten Sie: be, Belege? options=['be', 'Belege']; understood: bisher verstanden: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Belgien' kenne ich in diesen Daten nich"
        "t (verstanden: Umsatz). Meinten Sie: be, Belege?"
    ),
    "moneybird_nl_map::belgie": (
        "ASKS BACK: expected 107,852.15; got Das Wort 'Belgien' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Meinten Sie: be, Belege? options=['be', 'Belege']; understood: bisher verstanden: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Belgien' kenne ich in diesen Daten nich"
        "t (verstanden: Umsatz). Meinten Sie: be, Belege?"
    ),
    "mirakl_mp::comm": (
        "ASKS BACK: expected 5,840.52 (or 7,031.04); got Ich habe in der Frage keine Kennzahl erkannt ('Provi"
        "sion', 'Commission' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'D"
        "urchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unsere"
        "r Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist "
        "die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage"
        " keine Kennzahl erkannt ('Provision', 'Commission' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "teamleader_be::import": (
        "REFUSED: teamleader_facturen.csv: no column for required 'amount' of order_lines (or quantity + unit"
        "_price); headers: Nummer, Type, Datum, Klant, Btw-nummer, Excl. btw, Btw, Incl. btw, Status, Gekoppe"
        "ld aan, Verantwoordelijke; closest: 'Excl. btw' (90), 'Btw' (90), 'Incl. btw' (90); map one with --m"
        'ap "Excl. btw=amount"'
    ),
    "moneybird_nl::late": (
        "ASKS BACK: expected 43.00; got Das Wort 'spät' kenne ich in diesen Daten nicht (verstanden: Aufträge"
        "). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit? options=['Zufriedenheit und Verhal"
        "ten', 'Kundenzufriedenheit']; understood: bisher verstanden: Aufträge · alle Daten bis zum Stichtag "
        "· Auftragsstatus te laat · alle Kunden — offen: Das Wort 'spät' kenne ich in diesen Daten nicht (ver"
        "standen: Aufträge). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit?"
    ),
    "fakturoid_cz::import": (
        "REFUSED: faktury_export.csv: no column for required 'customer_id' of order_lines (also missing: orde"
        "r_date, amount); headers: Èíslo, Vystaveno, Odbìratel, IÈO, Mìsto, Základ danì, DPH, Celkem, Mìna, T"
        'yp, Stav; closest: none; map one with --map "Header=customer_id"'
    ),
    "visma_no::import": (
        "REFUSED: Salg_per_kunde.csv: column 'Fakturadato' (order_date) row 103 is empty; every row needs a v"
        "alue for order_date"
    ),
    "holded_es::import": (
        "REFUSED: holded_facturas.csv: no column for required 'customer_id' of order_lines; headers: Num, Fec"
        "ha, Hora, Contacto, NIF, Canal, Subtotal, IVA, Retención, Total, Tipo, Estado; closest: 'Contacto' ("
        '67); map one with --map "Contacto=customer_id"'
    ),
    "tiendanube_ar::env": (
        "ASKS BACK: expected 1,214,600.00 (or 1,364,400.00); got I do not know 'shipping' in this data (under"
        "stood: customers). Please rephrase. options=[]; understood: understood so far: customers · all data "
        "up to the analysis date · all customers — open: I do not know 'shipping' in this data (understood: c"
        "ustomers). Please rephrase."
    ),
    "pennylane_fr::revenue": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 1.269.591,74.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pennylane_fr::aov": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Durchschnittlicher Best"
        "ellwert: 2.628,55.'; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle"
        " Kunden"
    ),
    "pennylane_fr::top5": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Top 5 nach Umsatz je Ku"
        "nde: Martin SARL 232.326,67, Dubois SARL 46.111,32, Leroy SARL Holding 41.505,38, Thomas SARL 39.337"
        ",78, Bernard SARL 37.058,82.'; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kund"
        "en · Top 5"
    ),
    "pennylane_fr::eur": (
        "SILENT: expected 810,178.81; got 1,269,591.74 = all currencies added; understood: Umsatz · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    "pennylane_fr::gbp": (
        "SILENT: expected 214,589.50; got 1,269,591.74 = all currencies added; understood: revenue · all data"
        " up to the analysis date · all customers"
    ),
    "pennylane_fr::by_ccy": (
        "ASKS BACK: expected {CHF: 244,823.43, EUR: 810,178.81, GBP: 214,589.50}; got Zu 'Währung' (Währung) "
        "haben diese Daten keine Werte oder Spalten. Bitte anders formulieren. options=[]; understood: bisher"
        " verstanden: Umsatz je Währung · alle Daten bis zum Stichtag · alle Kunden — offen: Zu 'Währung' (Wä"
        "hrung) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren."
    ),
    "pennylane_fr::eur_cat": (
        "SILENT: expected {Conseil: 287,930.51, Formation: 207,033.38, Licences: 315,214.92}; got {conseil: 4"
        "62,820.60, formation: 340,910.40, licences: 465,860.74} columns=['categorie', 'revenue']; understood"
        ": Umsatz je Catégorie · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pennylane_fr::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 1.269.591,74.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pennylane_fr::by_cat": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz nach Catégorie: "
        "Licences 465.860,74, Conseil 462.820,60, Formation 340.910,40.'; understood: Umsatz je Catégorie · a"
        "lle Daten bis zum Stichtag · alle Kunden"
    ),
    "axonaut_fr::import": (
        "REFUSED: axonaut_echeances.csv: no column for required 'amount' of order_lines (or quantity + unit_p"
        "rice); headers: Numéro facture, Date facture, Client, Montant HT facture, Montant TTC facture, Échéa"
        "nce, Date d'échéance, Montant échéance, Statut échéance, Statut facture, Commercial; closest: 'Monta"
        "nt HT facture' (90), 'Montant TTC facture' (90), 'Montant échéance' (90); map one with --map \"Montan"
        't HT facture=amount"'
    ),
    "jumpseller_cl::taza": (
        "ASKS BACK: expected 2,524,840.00; got Das Wort 'taza', 'ceramica' kenne ich in diesen Daten nicht (v"
        "erstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'taza', 'ceramica' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "jumpseller_cl::share_mol": (
        "ASKS BACK: expected 0.3922 (or 39.22); got Das Wort 'entfällt', 'Molinillo', 'manual' kenne ich in d"
        "iesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Kundenwert je Akquisekanal, Vertriebskana"
        "l, Akquisekanal? options=['Kundenwert je Akquisekanal', 'Vertriebskanal', 'Akquisekanal']; understoo"
        "d: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'en"
        "tfällt', 'Molinillo', 'manual' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten S"
        "ie: Kundenwert je Akquisekanal, Vertriebskanal, Akquisekanal?"
    ),
    "loyverse_pos::disc": (
        "ASKS BACK: expected 703.57 (or -703.57, 737.52); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Rabatt' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittl"
        "icher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sin"
        "d B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoqu"
        "ote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennz"
        "ahl erkannt ('Rabatt' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "mirakl_mp_map::comm": (
        "ASKS BACK: expected 5,840.52 (or 7,031.04); got Ich habe in der Frage keine Kennzahl erkannt ('Provi"
        "sion', 'Commission' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'D"
        "urchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unsere"
        "r Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist "
        "die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage"
        " keine Kennzahl erkannt ('Provision', 'Commission' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "moneybird_nl_map::late": (
        "ASKS BACK: expected 43.00; got Das Wort 'spät' kenne ich in diesen Daten nicht (verstanden: Aufträge"
        "). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit? options=['Zufriedenheit und Verhal"
        "ten', 'Kundenzufriedenheit']; understood: bisher verstanden: Aufträge · alle Daten bis zum Stichtag "
        "· Auftragsstatus te laat · alle Kunden — offen: Das Wort 'spät' kenne ich in diesen Daten nicht (ver"
        "standen: Aufträge). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit?"
    ),
    "fakturoid_cz_map::import": (
        "REFUSED: faktury_export.csv: no column for required 'customer_id' of order_lines (also missing: amou"
        "nt); headers: Èíslo, Vystaveno, Odbìratel, IÈO, Mìsto, Základ danì, DPH, Celkem, Mìna, Typ, Stav; cl"
        'osest: none; map one with --map "Header=customer_id"; --map names no column here: Odběratel, Číslo, '
        "Základ daně"
    ),
    "visma_no_map::import": (
        "REFUSED: Salg_per_kunde.csv: column 'Fakturadato' (order_date) row 103 is empty; every row needs a v"
        "alue for order_date"
    ),
    "loyverse_pos_map::disc": (
        "ASKS BACK: expected 703.57 (or -703.57, 737.52); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Rabatt' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittl"
        "icher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sin"
        "d B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoqu"
        "ote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennz"
        "ahl erkannt ('Rabatt' kenne ich nicht). Meinen Sie eines davon?"
    ),
}
