"""Known gaps of insight on the round-6 client files (make_clients6.py): test id -> what insight does.
Run as strict xfails by test_clients6.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'salesforce::lost': (
        "SILENT: expected 170; got 339; understood: orders · all data up to the analysis date · all customers"
    ),
    'salesforce::win_rate': (
        "SILENT: expected 0.6660 (or 66.60); got 0.4843; understood: win rate · all data up to the analysis d"
        "ate · all customers"
    ),
    'plenty::revenue': (
        "SILENT: expected 191,850.05; got 212,948.56 = Storniert/Retoure counted; understood: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    'plenty::orders': (
        "SILENT: expected 1172; got 1300; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::customers': (
        "SILENT: expected 397; got 409; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::aov': (
        "SILENT: expected 163.69; got 163.81; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    'plenty::repeat': (
        "SILENT: expected 0.6599; got 0.7115; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · all"
        "e Kunden"
    ),
    'plenty::top5': (
        "SILENT: expected [('70000', 32831.48), ('70001', 11936.51), ('70002', 4654.57), ('70003', 1678.0), ("
        "'70004', 1440.09)]; got [('70000', 36612.61), ('70001', 13235.34), ('70002', 5011.57), ('70003', 177"
        "7.89), ('70004', 1691.78)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden "
        "· Top 5"
    ),
    'plenty::by_ref': (
        "SILENT: expected {Amazon: 40,711.52, Otto: 32,984.45, Webshop: 74,545.87, eBay: 43,608.21}; got {ama"
        "zon: 43,859.59, ebay: 48,300.49, otto: 37,062.07, webshop: 83,726.41} columns=['herkunft', 'revenue'"
        "]; understood: Umsatz je Herkunft · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::retouren': (
        "ASKS BACK: expected 52; got Das Wort 'gingen' kenne ich in diesen Daten nicht (verstanden: Retourenb"
        "elege). Meinten Sie: Betrag der Gebühren und Auszahlungen, Anzahl Gebühren und Auszahlungen? options"
        "=['Betrag der Gebühren und Auszahlungen', 'Anzahl Gebühren und Auszahlungen']; understood: bisher ve"
        "rstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gingen' kenn"
        "e ich in diesen Daten nicht (verstanden: Retourenbelege). Meinten Sie: Betrag der Gebühren und Ausza"
        "hlungen, Anzahl Gebühren und Auszahlungen?"
    ),
    'plenty::aug': (
        "SILENT: expected 21,721.83; got 24,800.89; understood: Umsatz · August 2024 · alle Kunden"
    ),
    'plenty::amazon': (
        "SILENT: expected 40,711.52; got 43,859.59; understood: Umsatz · alle Daten bis zum Stichtag · Herkun"
        "ft Amazon · alle Kunden"
    ),
    'zettle::revenue': (
        "SILENT: expected 13,077.71; got 13,992.80 = gross incl. VAT; understood: revenue · all data up to th"
        "e analysis date · all customers"
    ),
    'zettle::aov': (
        "SILENT: expected 9.3412; got 9.9900; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    'zettle::top5': (
        "SILENT: expected [('C-1000', 1285.65), ('C-1001', 324.08), ('C-1003', 122.16), ('C-1002', 112.05), ("
        "'C-1299', 93.64)]; got [('c-1000', 1375.6), ('c-1001', 346.8), ('c-1003', 130.7), ('c-1002', 119.9),"
        " ('c-1299', 100.2)]; understood: revenue by customer · all data up to the analysis date · all custom"
        "ers · Top 5"
    ),
    'zettle::by_staff': (
        "SILENT: expected {Kit: 4,302.03, Ola: 4,637.12, Sam: 4,138.56}; got {kit: 4,603.10, ola: 4,961.60, s"
        "am: 4,428.10} columns=['staff', 'revenue']; understood: revenue by Staff · all data up to the analys"
        "is date · all customers"
    ),
    'zettle::by_pay': (
        "SILENT: expected {Apple Pay: 2,967.05, Card: 6,904.33, Cash: 3,206.33}; got {apple pay: 3,174.70, ca"
        "rd: 7,387.50, cash: 3,430.60} columns=['payment_method', 'revenue']; understood: revenue by Payment "
        "method · all data up to the analysis date · all customers"
    ),
    'zettle::vat': (
        "ASKS BACK: expected 915.09; got I do not know 'collect' in this data (understood: total VAT (EUR)). "
        "Please rephrase. options=[]; understood: understood so far: total VAT (EUR) · all data up to the ana"
        "lysis date · all customers — open: I do not know 'collect' in this data (understood: total VAT (EUR)"
        "). Please rephrase."
    ),
    'zettle::walkin': (
        "SILENT: expected 6,291.01; got 6,731.20; understood: unattributed revenue · all data up to the analy"
        "sis date · all customers"
    ),
    'zettle::july': (
        "SILENT: expected 1,271.72; got 1,360.70; understood: revenue · July 2024 · all customers"
    ),
    'zettle::table': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: €13,992.80.'; "
        "understood: revenue · all data up to the analysis date · all customers"
    ),
    'gumroad::import': (
        "REFUSED: Gumroad_Sales_2024.csv: no column for required 'quantity' of order_lines (or amount); heade"
        "rs: Purchase ID, Item Name, Buyer Email, Buyer Name, Purchase Date, Price ($), Gumroad Fee ($), Refu"
        "nded, Disputed, Country; closest: none; map one with --map \"Header=quantity\""
    ),
    'kajabi::refunds': (
        "ASKS BACK: expected 8,616.00 (or -8,616.00); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'bc_xlsx::brutto': (
        "SILENT: expected 509,493.25; got 577,326.27; understood: Summe Betrag inkl. MwSt. · alle Daten bis z"
        "um Stichtag · alle Kunden"
    ),
    'app_cents::import': (
        "REFUSED: orders_2024-10-15.csv: no column for required 'amount' of order_lines (or quantity + unit_p"
        "rice); headers: id, user_id, created_at, amount_cents, currency, status, plan, platform; closest: 'i"
        "d' (90), 'amount_cents' (90); map one with --map \"id=amount\""
    ),
    'billomat::entwurf': (
        "SILENT: expected 57; got 0; understood: Kunden · alle Daten bis zum Stichtag · Auftragsstatus Entwur"
        "f · alle Kunden"
    ),
    'marketplace::import': (
        "REFUSED: Marktplatz_Transaktionen.csv: no column for required 'quantity' of order_lines (or amount);"
        " headers: Transaktions-ID, Datum, Käufer-ID, Käufer, Verkäufer-ID, Verkäufer, Kategorie, Preis, Prov"
        "ision, Status; closest: 'Provision' (64); map one with --map \"Provision=quantity\""
    ),
    'salon::import': (
        "REFUSED: Termine_Export_Salon.csv: no column for required 'quantity' of order_lines (or amount); hea"
        "ders: Termin, Kundennr., Kunde, Leistung, Mitarbeiter, Preis, Status, Buchungsweg; closest: none; ma"
        "p one with --map \"Header=quantity\""
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
    'bank::revenue': (
        "SILENT: expected 496,342.89; got 186,232.98 = outgoing payments subtracted as returns; understood: U"
        "msatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'bank::aov': (
        "SILENT: expected 679.92; got 255.11; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    'bank::eingaenge': (
        "ASKS BACK: expected 496,342.89; got Ich habe in der Frage keine Kennzahl erkannt ('Zahlungseingänge'"
        " kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher B"
        "estellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Sum"
        "me der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; unde"
        "rstood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt "
        "('Zahlungseingänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'bank::ausgaben': (
        "ASKS BACK: expected 310,109.91 (or -310,109.91); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Ausgänge' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnit"
        "tlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschla"
        "nd', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert"
        "?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl"
        " erkannt ('Ausgänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'bank::by_month': (
        "ASKS BACK: expected {2024-01: 65,715.95, 2024-02: 42,908.05, 2024-03: 54,549.15, 2024-04: 40,942.80,"
        " 2024-05: 55,169.66, 2024-06: 48,033.51, …}; got Das Wort 'Zahlungseingänge' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Meinten Sie: Alter? options=['Alter']; understood: bisher verstanden:"
        " Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Zahlungseingänge' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Alter?"
    ),
    'bank::april': (
        "SILENT: expected 40,942.80; got -957.26; understood: Umsatz · April 2024 · alle Kunden"
    ),
    'bank::q3': (
        "SILENT: expected 162,896.44; got 70,636.95; understood: Umsatz · Q3 2024 · alle Kunden"
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
    'bank_map::revenue': (
        "SILENT: expected 496,342.89; got 186,232.98 = outgoing payments subtracted as returns; understood: U"
        "msatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'bank_map::aov': (
        "SILENT: expected 679.92; got 255.11; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    'bank_map::eingaenge': (
        "ASKS BACK: expected 496,342.89; got Ich habe in der Frage keine Kennzahl erkannt ('Zahlungseingänge'"
        " kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher B"
        "estellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Sum"
        "me der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; unde"
        "rstood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt "
        "('Zahlungseingänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'bank_map::ausgaben': (
        "ASKS BACK: expected 310,109.91 (or -310,109.91); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Ausgänge' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnit"
        "tlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschla"
        "nd', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert"
        "?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl"
        " erkannt ('Ausgänge' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'bank_map::by_month': (
        "ASKS BACK: expected {2024-01: 65,715.95, 2024-02: 42,908.05, 2024-03: 54,549.15, 2024-04: 40,942.80,"
        " 2024-05: 55,169.66, 2024-06: 48,033.51, …}; got Das Wort 'Zahlungseingänge' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Meinten Sie: Alter? options=['Alter']; understood: bisher verstanden:"
        " Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Zahlungseingänge' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Alter?"
    ),
    'bank_map::april': (
        "SILENT: expected 40,942.80; got -957.26; understood: Umsatz · April 2024 · alle Kunden"
    ),
    'bank_map::q3': (
        "SILENT: expected 162,896.44; got 70,636.95; understood: Umsatz · Q3 2024 · alle Kunden"
    ),
    'salesforce_map::lost': (
        "SILENT: expected 170; got 339; understood: orders · all data up to the analysis date · all customers"
    ),
    'salesforce_map::win_rate': (
        "SILENT: expected 0.6660 (or 66.60); got 0.4843; understood: win rate · all data up to the analysis d"
        "ate · all customers"
    ),
    'marketplace_map::retention_seller': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: '40 verschiedene Werte v"
        "on Verkäufer.'; understood: Anzahl verschiedener Werte von Verkäufer · alle Daten bis zum Stichtag ·"
        " alle Kunden"
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
    'plenty_map::revenue': (
        "SILENT: expected 191,850.05; got 212,948.56 = Storniert/Retoure counted; understood: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    'plenty_map::orders': (
        "SILENT: expected 1172; got 1300; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty_map::customers': (
        "SILENT: expected 397; got 409; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty_map::aov': (
        "SILENT: expected 163.69; got 163.81; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    'plenty_map::repeat': (
        "SILENT: expected 0.6599; got 0.7115; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · all"
        "e Kunden"
    ),
    'plenty_map::top5': (
        "SILENT: expected [('70000', 32831.48), ('70001', 11936.51), ('70002', 4654.57), ('70003', 1678.0), ("
        "'70004', 1440.09)]; got [('70000', 36612.61), ('70001', 13235.34), ('70002', 5011.57), ('70003', 177"
        "7.89), ('70004', 1691.78)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden "
        "· Top 5"
    ),
    'plenty_map::by_ref': (
        "SILENT: expected {Amazon: 40,711.52, Otto: 32,984.45, Webshop: 74,545.87, eBay: 43,608.21}; got {ama"
        "zon: 43,859.59, ebay: 48,300.49, otto: 37,062.07, webshop: 83,726.41} columns=['herkunft', 'revenue'"
        "]; understood: Umsatz je Herkunft · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty_map::retouren': (
        "ASKS BACK: expected 52; got Das Wort 'gingen' kenne ich in diesen Daten nicht (verstanden: Retourenb"
        "elege). Meinten Sie: Betrag der Gebühren und Auszahlungen, Anzahl Gebühren und Auszahlungen? options"
        "=['Betrag der Gebühren und Auszahlungen', 'Anzahl Gebühren und Auszahlungen']; understood: bisher ve"
        "rstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gingen' kenn"
        "e ich in diesen Daten nicht (verstanden: Retourenbelege). Meinten Sie: Betrag der Gebühren und Ausza"
        "hlungen, Anzahl Gebühren und Auszahlungen?"
    ),
    'plenty_map::aug': (
        "SILENT: expected 21,721.83; got 24,800.89; understood: Umsatz · August 2024 · alle Kunden"
    ),
    'plenty_map::amazon': (
        "SILENT: expected 40,711.52; got 43,859.59; understood: Umsatz · alle Daten bis zum Stichtag · Herkun"
        "ft Amazon · alle Kunden"
    ),
    'gumroad_map::fees': (
        "ASKS BACK: expected 6,120.96 (or 5,743.04); got I did not recognise a metric in the question ('Gumro"
        "ad', 'fees' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'N"
        "umber of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"G"
        "ermany's share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothin"
        "g definite — open: I did not recognise a metric in the question ('Gumroad', 'fees' is unknown to me)"
        ". Which of these do you mean?"
    ),
    'bc_xlsx_map::brutto': (
        "SILENT: expected 509,493.25; got 577,326.27; understood: Summe Betrag inkl. MwSt. · alle Daten bis z"
        "um Stichtag · alle Kunden"
    ),
    'salon_map::revenue': (
        "SILENT: expected 66,465.00; got 74,480.00; understood: Umsatz · alle Daten bis zum Stichtag · alle K"
        "unden"
    ),
    'salon_map::orders': (
        "SILENT: expected 1252; got 1396; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon_map::customers': (
        "SILENT: expected 379; got 389; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon_map::aov': (
        "SILENT: expected 53.09; got 53.35; understood: durchschnittlicher Bestellwert · alle Daten bis zum S"
        "tichtag · alle Kunden"
    ),
    'salon_map::repeat': (
        "SILENT: expected 0.7230; got 0.7763; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · all"
        "e Kunden"
    ),
    'salon_map::top5': (
        "SILENT: expected [('1', 11637.0), ('2', 3607.0), ('3', 1181.0), ('5', 536.0), ('6', 517.0)]; got [('"
        "1', 12572.0), ('2', 3924.0), ('3', 1338.0), ('4', 648.0), ('6', 606.0)]; understood: Umsatz je Kunde"
        " · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    'salon_map::by_staff': (
        "SILENT: expected {Aylin: 16,530.00, Dennis: 17,690.00, Jessica: 16,878.00, Marco: 15,367.00}; got {a"
        "ylin: 18,670.00, dennis: 19,365.00, jessica: 19,126.00, marco: 17,319.00} columns=['mitarbeiter', 'r"
        "evenue']; understood: Umsatz je Mitarbeiter · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon_map::by_svc': (
        "SILENT: expected {Bartpflege: 6,048.00, Damenhaarschnitt: 18,618.00, Färben: 31,239.00, Herrenhaarsc"
        "hnitt: 10,560.00}; got {bartpflege: 6,876.00, damenhaarschnitt: 20,648.00, färben: 35,244.00, herren"
        "haarschnitt: 11,712.00} columns=['leistung', 'revenue']; understood: Umsatz je Leistung · alle Daten"
        " bis zum Stichtag · alle Kunden"
    ),
    'salon_map::abgesagt': (
        "ASKS BACK: expected 112; got Das Wort 'Termine' kenne ich in diesen Daten nicht (verstanden: Kunden)"
        ". Bitte anders formulieren. options=[]; understood: bisher verstanden: Kunden · alle Daten bis zum S"
        "tichtag · Auftragsstatus Abgesagt · alle Kunden — offen: Das Wort 'Termine' kenne ich in diesen Date"
        "n nicht (verstanden: Kunden). Bitte anders formulieren."
    ),
    'salon_map::online': (
        "SILENT: expected 20,872.00; got 23,927.00; understood: Umsatz · alle Daten bis zum Stichtag · Buchun"
        "gsweg Online · alle Kunden"
    ),
    'salon_map::by_month': (
        "SILENT: expected {2024-01: 5,820.00, 2024-02: 6,905.00, 2024-03: 7,353.00, 2024-04: 7,401.00, 2024-0"
        "5: 5,887.00, 2024-06: 6,514.00, …}; got {2024-01: 6,504.00, 2024-02: 7,426.00, 2024-03: 8,497.00, 20"
        "24-04: 8,130.00, 2024-05: 6,774.00, 2024-06: 7,019.00, …} columns=['month', 'revenue']; understood: "
        "Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'app_cents_map::revenue': (
        "SILENT: expected 54,495.24; got 5,449,524.00 = cents summed as euros; understood: revenue · all data"
        " up to the analysis date · all customers"
    ),
    'app_cents_map::aov': (
        "SILENT: expected 49.68; got 4,967.66; understood: average order value · all data up to the analysis "
        "date · all customers"
    ),
    'app_cents_map::top5': (
        "SILENT: expected [('usr_00000', 9487.56), ('usr_00001', 2544.33), ('usr_00004', 739.87), ('usr_00003"
        "', 699.84), ('usr_00184', 509.94)]; got [('usr_00000', 948756.0), ('usr_00001', 254433.0), ('usr_000"
        "04', 73987.0), ('usr_00003', 69984.0), ('usr_00184', 50994.0)]; understood: revenue by customer · al"
        "l data up to the analysis date · all customers · Top 5"
    ),
    'app_cents_map::march': (
        "SILENT: expected 4,453.56; got 445,356.00; understood: revenue · March 2024 · all customers"
    ),
    'app_cents_map::y2023': (
        "SILENT: expected 5,923.43; got 592,343.00; understood: revenue · 2023 · all customers"
    ),
    'app_cents_map::by_month': (
        "SILENT: expected {2023-12: 5,923.43, 2024-01: 4,923.62, 2024-02: 3,863.89, 2024-03: 4,453.56, 2024-0"
        "4: 4,134.03, 2024-05: 6,263.53, …}; got {2023-12: 592,343.00, 2024-01: 492,362.00, 2024-02: 386,389."
        "00, 2024-03: 445,356.00, 2024-04: 413,403.00, 2024-05: 626,353.00, …} columns=['month', 'revenue']; "
        "understood: revenue by month · all data up to the analysis date · all customers"
    ),
    'app_cents_map::by_plan': (
        "SILENT: expected {basic: 17,605.41, plus: 16,635.12, pro: 20,254.71}; got {basic: 1,760,541.00, plus"
        ": 1,663,512.00, pro: 2,025,471.00} columns=['plan', 'revenue']; understood: revenue by plan · all da"
        "ta up to the analysis date · all customers"
    ),
    'app_cents_map::failed': (
        "ASKS BACK: expected 57; got I do not know 'payments' in this data (understood: customers). Please re"
        "phrase. options=[]; understood: understood so far: customers · all data up to the analysis date · or"
        "der status failed · all customers — open: I do not know 'payments' in this data (understood: custome"
        "rs). Please rephrase."
    ),
}
