"""Known gaps of insight on the round-6 client files (make_clients6.py): test id -> what insight does.
Run as strict xfails by test_clients6.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'plenty::retouren': (
        "ASKS BACK: expected 52; got Das Wort 'gingen' kenne ich in diesen Daten nicht (verstanden: Retourenb"
        "elege). Meinten Sie: Betrag der Gebühren und Auszahlungen, Anzahl Gebühren und Auszahlungen? options"
        "=['Betrag der Gebühren und Auszahlungen', 'Anzahl Gebühren und Auszahlungen']; understood: bisher ve"
        "rstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gingen' kenn"
        "e ich in diesen Daten nicht (verstanden: Retourenbelege). Meinten Sie: Betrag der Gebühren und Ausza"
        "hlungen, Anzahl Gebühren und Auszahlungen?"
    ),
    'zettle::vat': (
        "ASKS BACK: expected 915.09; got I do not know 'collect' in this data (understood: total VAT (EUR)). "
        "Please rephrase. options=[]; understood: understood so far: total VAT (EUR) · all data up to the ana"
        "lysis date · all customers — open: I do not know 'collect' in this data (understood: total VAT (EUR)"
        "). Please rephrase."
    ),
    'gumroad::fees': (
        "ASKS BACK: expected 6,120.96 (or 5,743.04); got I did not recognise a metric in the question ('Gumro"
        "ad', 'fees' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'N"
        "umber of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"G"
        "ermany's share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothin"
        "g definite — open: I did not recognise a metric in the question ('Gumroad', 'fees' is unknown to me)"
        ". Which of these do you mean?"
    ),
    'kajabi::refunds': (
        "ASKS BACK: expected 8,616.00 (or -8,616.00); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'salon::abgesagt': (
        "ASKS BACK: expected 112; got Das Wort 'Termine' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte Auftr"
        "äge · alle Daten bis zum Stichtag · Auftragsstatus Abgesagt · alle Kunden — offen: Das Wort 'Termine"
        "' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren."
    ),
    'energy::kwh': (
        "ASKS BACK: expected 3,364,599.00; got I did not recognise a metric in the question ('Gesamtverbrauch"
        "', 'kWh' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Numb"
        "er of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germ"
        "any's share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing d"
        "efinite — open: I did not recognise a metric in the question ('Gesamtverbrauch', 'kWh' is unknown to"
        " me). Which of these do you mean?"
    ),
    'rental::avg_tage': (
        "ASKS BACK: expected 7.5521; got Das Wort 'Vertrag' kenne ich in diesen Daten nicht (verstanden: Durc"
        "hschnitt Miettage). Meinten Sie: Vertriebskanal, Alter? options=['Vertriebskanal', 'Alter']; underst"
        "ood: bisher verstanden: Durchschnitt Miettage · alle Daten bis zum Stichtag · alle Kunden — offen: D"
        "as Wort 'Vertrag' kenne ich in diesen Daten nicht (verstanden: Durchschnitt Miettage). Meinten Sie: "
        "Vertriebskanal, Alter?"
    ),
    'rental::storno': (
        "ASKS BACK: expected 56; got Das Wort 'Mietverträge' kenne ich in diesen Daten nicht (verstanden: sto"
        "rnierte Positionen). Meinten Sie: Alter, Miettage, Durchschnitt Miettage? options=['Alter', 'Miettag"
        "e', 'Durchschnitt Miettage']; understood: bisher verstanden: stornierte Positionen · alle Daten bis "
        "zum Stichtag · alle Kunden — offen: Das Wort 'Mietverträge' kenne ich in diesen Daten nicht (verstan"
        "den: stornierte Positionen). Meinten Sie: Alter, Miettage, Durchschnitt Miettage?"
    ),
    'bank::eingaenge': (
        "ASKS BACK: expected 496,342.89; got Was möchten Sie über Zahlungseingang wissen? options=['Umsatz Za"
        "hlungseingang', 'Anzahl Kunden Zahlungseingang', 'Aufträge Zahlungseingang']; understood: bisher ver"
        "standen: nichts Eindeutiges — offen: Was möchten Sie über Zahlungseingang wissen?"
    ),
    'bank::ausgaben': (
        "ASKS BACK: expected 310,109.91 (or -310,109.91); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Ausgänge' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnit"
        "tlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschla"
        "nd', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert"
        "?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl"
        " erkannt ('Ausgänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'praxis::by_svc': (
        "ASKS BACK: expected {KG: 239.00, Lymphdrainage: 216.00, MT: 265.00, Massage: 246.00, Osteopathie: 25"
        "0.00}; got Das Wort 'Behandlungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Bitte ander"
        "s formulieren. options=[]; understood: bisher verstanden: Kunden je Heilmittel · alle Daten bis zum "
        "Stichtag · alle Kunden — offen: Das Wort 'Behandlungen' kenne ich in diesen Daten nicht (verstanden:"
        " Kunden). Bitte anders formulieren."
    ),
    'praxis::pkv': (
        "ASKS BACK: expected 10,129.00; got Das Wort 'Privatpatienten' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · Kostenträger PKV · alle Kunden — offen: Das Wort 'Privatpatienten' kenne ich"
        " in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    'praxis::offen': (
        "ASKS BACK: expected 28,555.10; got Das Wort 'abgerechnet aber' kenne ich in diesen Daten nicht. Was "
        "möchten Sie über abgerechnet wissen? options=['Umsatz abgerechnet', 'Anzahl Kunden abgerechnet', 'Au"
        "fträge abgerechnet']; understood: bisher verstanden: nichts Eindeutiges — offen: Das Wort 'abgerechn"
        "et aber' kenne ich in diesen Daten nicht. Was möchten Sie über abgerechnet wissen?"
    ),
    'energy_map::kwh': (
        "ASKS BACK: expected 3,364,599.00; got I did not recognise a metric in the question ('Gesamtverbrauch"
        "', 'kWh' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Numb"
        "er of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germ"
        "any's share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing d"
        "efinite — open: I did not recognise a metric in the question ('Gesamtverbrauch', 'kWh' is unknown to"
        " me). Which of these do you mean?"
    ),
    'rental_map::avg_tage': (
        "ASKS BACK: expected 7.5521; got Das Wort 'Vertrag' kenne ich in diesen Daten nicht (verstanden: Durc"
        "hschnitt Miettage). Meinten Sie: Vertriebskanal, Alter? options=['Vertriebskanal', 'Alter']; underst"
        "ood: bisher verstanden: Durchschnitt Miettage · alle Daten bis zum Stichtag · alle Kunden — offen: D"
        "as Wort 'Vertrag' kenne ich in diesen Daten nicht (verstanden: Durchschnitt Miettage). Meinten Sie: "
        "Vertriebskanal, Alter?"
    ),
    'rental_map::storno': (
        "ASKS BACK: expected 56; got Das Wort 'Mietverträge' kenne ich in diesen Daten nicht (verstanden: sto"
        "rnierte Positionen). Meinten Sie: Alter, Miettage, Durchschnitt Miettage? options=['Alter', 'Miettag"
        "e', 'Durchschnitt Miettage']; understood: bisher verstanden: stornierte Positionen · alle Daten bis "
        "zum Stichtag · alle Kunden — offen: Das Wort 'Mietverträge' kenne ich in diesen Daten nicht (verstan"
        "den: stornierte Positionen). Meinten Sie: Alter, Miettage, Durchschnitt Miettage?"
    ),
    'bank_map::eingaenge': (
        "ASKS BACK: expected 496,342.89; got Was möchten Sie über Zahlungseingang wissen? options=['Umsatz Za"
        "hlungseingang', 'Anzahl Kunden Zahlungseingang', 'Aufträge Zahlungseingang']; understood: bisher ver"
        "standen: nichts Eindeutiges — offen: Was möchten Sie über Zahlungseingang wissen?"
    ),
    'bank_map::ausgaben': (
        "ASKS BACK: expected 310,109.91 (or -310,109.91); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Ausgänge' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnit"
        "tlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschla"
        "nd', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert"
        "?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl"
        " erkannt ('Ausgänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'praxis_map::by_svc': (
        "ASKS BACK: expected {KG: 239.00, Lymphdrainage: 216.00, MT: 265.00, Massage: 246.00, Osteopathie: 25"
        "0.00}; got Das Wort 'Behandlungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Bitte ander"
        "s formulieren. options=[]; understood: bisher verstanden: Kunden je Heilmittel · alle Daten bis zum "
        "Stichtag · alle Kunden — offen: Das Wort 'Behandlungen' kenne ich in diesen Daten nicht (verstanden:"
        " Kunden). Bitte anders formulieren."
    ),
    'praxis_map::pkv': (
        "ASKS BACK: expected 10,129.00; got Das Wort 'Privatpatienten' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · Kostenträger PKV · alle Kunden — offen: Das Wort 'Privatpatienten' kenne ich"
        " in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    'praxis_map::offen': (
        "ASKS BACK: expected 28,555.10; got Das Wort 'abgerechnet aber' kenne ich in diesen Daten nicht. Was "
        "möchten Sie über abgerechnet wissen? options=['Umsatz abgerechnet', 'Anzahl Kunden abgerechnet', 'Au"
        "fträge abgerechnet']; understood: bisher verstanden: nichts Eindeutiges — offen: Das Wort 'abgerechn"
        "et aber' kenne ich in diesen Daten nicht. Was möchten Sie über abgerechnet wissen?"
    ),
    'plenty_map::retouren': (
        "ASKS BACK: expected 52; got Das Wort 'gingen' kenne ich in diesen Daten nicht (verstanden: Retourenb"
        "elege). Meinten Sie: Betrag der Gebühren und Auszahlungen, Anzahl Gebühren und Auszahlungen? options"
        "=['Betrag der Gebühren und Auszahlungen', 'Anzahl Gebühren und Auszahlungen']; understood: bisher ve"
        "rstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gingen' kenn"
        "e ich in diesen Daten nicht (verstanden: Retourenbelege). Meinten Sie: Betrag der Gebühren und Ausza"
        "hlungen, Anzahl Gebühren und Auszahlungen?"
    ),
    'gumroad_map::fees': (
        "ASKS BACK: expected 6,120.96 (or 5,743.04); got I did not recognise a metric in the question ('Gumro"
        "ad', 'fees' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'N"
        "umber of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"G"
        "ermany's share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothin"
        "g definite — open: I did not recognise a metric in the question ('Gumroad', 'fees' is unknown to me)"
        ". Which of these do you mean?"
    ),
    'salon_map::abgesagt': (
        "ASKS BACK: expected 112; got Das Wort 'Termine' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte Auftr"
        "äge · alle Daten bis zum Stichtag · Auftragsstatus Abgesagt · alle Kunden — offen: Das Wort 'Termine"
        "' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren."
    ),
}
