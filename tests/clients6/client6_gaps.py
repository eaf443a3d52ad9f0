"""Known gaps of insight on the round-6 client files (make_clients6.py): test id -> what insight does.
Run as strict xfails by test_clients6.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'salesforce::orders': (
        "SILENT: expected 339; got 334 = one order per customer and day (order number not used); understood: "
        "orders · all data up to the analysis date · all customers"
    ),
    'salesforce::aov': (
        "SILENT: expected 5,559.72; got 5,642.95 = one order per customer and day (order number not used); un"
        "derstood: average order value · all data up to the analysis date · all customers"
    ),
    'salesforce::win_rate': (
        "SILENT: expected 0.6660 (or 66.60); got 0.6653 = won ÷ (won + lost) over one order per customer and day "
        "(order number not used, as salesforce::orders); understood: win rate · all data up to the analysis date"
    ),
    'plenty::revenue': (
        "ERROR: expected 191,850.05; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht "
        "Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; under"
        "stood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::orders': (
        "ERROR: expected 1172; got Das lässt sich mit diesen Daten nicht beantworten: 'Aufträge' braucht Auft"
        "ragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understoo"
        "d: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::customers': (
        "SILENT: expected 397; got 409; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::aov': (
        "ERROR: expected 163.69; got Das lässt sich mit diesen Daten nicht beantworten: 'durchschnittlicher B"
        "estellwert' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle o"
        "hne Aufträge.; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunde"
        "n"
    ),
    'plenty::repeat': (
        "ERROR: expected 0.6599; got Das lässt sich mit diesen Daten nicht beantworten: 'Wiederkaufsrate' bra"
        "ucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; "
        "understood: Wiederkaufsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::top5': (
        "ERROR: expected [('70000', 32831.48), ('70001', 11936.51), ('70002', 4654.57), ('70003', 1678.0), ('"
        "70004', 1440.09)]; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragsz"
        "eilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Um"
        "satz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    'plenty::by_ref': (
        "ERROR: expected {Amazon: 40,711.52, Otto: 32,984.45, Webshop: 74,545.87, eBay: 43,608.21}; got Das l"
        "ässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde, Datum, Betrag)"
        ", und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz je Herkunft · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    'plenty::retouren': (
        "ASKS BACK: expected 52; got Das Wort 'gingen' kenne ich in diesen Daten nicht (verstanden: Retourenb"
        "elege). Meinten Sie: Betrag der Gebühren und Auszahlungen, Anzahl Gebühren und Auszahlungen? options"
        "=['Betrag der Gebühren und Auszahlungen', 'Anzahl Gebühren und Auszahlungen']; understood: bisher ve"
        "rstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gingen' kenn"
        "e ich in diesen Daten nicht (verstanden: Retourenbelege). Meinten Sie: Betrag der Gebühren und Ausza"
        "hlungen, Anzahl Gebühren und Auszahlungen?"
    ),
    'plenty::gutschriften': (
        "ERROR: expected 1,785.78 (or -1,785.78); got Das lässt sich mit diesen Daten nicht beantworten: 'Ret"
        "ouren' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne A"
        "ufträge.; understood: Retouren · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'plenty::aug': (
        "ERROR: expected 21,721.83; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · August 2024 · alle Kunden"
    ),
    'plenty::amazon': (
        "ERROR: expected 40,711.52; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · alle Daten bis zum Stichtag · Herkunft Amazon · alle Kunden"
    ),
    'plenty::marge': (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Marge' braucht Auft"
        "ragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understoo"
        "d: Marge je Herkunft · alle Daten bis zum Stichtag · alle Kunden"
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
    'bc_xlsx::import': (
        "REFUSED: Gebuchte_Verkaufsbelege.xlsx: no column for required 'customer_id' of order_lines (also mis"
        "sing: order_date); headers: Belegart, Nr., Verk. an Deb.-Nr., Verk. an Name, Buchungsdatum, Verkäufe"
        "rcode, Lagerortcode, Betrag, Betrag inkl. MwSt.; closest: none; map one with --map \"Header=customer_"
        "id\""
    ),
    'app_cents::import': (
        "REFUSED: orders_2024-10-15.csv: no column for required 'amount' of order_lines (or quantity + unit_p"
        "rice); headers: id, user_id, created_at, amount_cents, currency, status, plan, platform; closest: 'a"
        "mount_cents' (90); map one with --map \"amount_cents=amount\""
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
    'salon::revenue': (
        "ERROR: expected 66,465.00; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::orders': (
        "ERROR: expected 1252; got Das lässt sich mit diesen Daten nicht beantworten: 'Aufträge' braucht Auft"
        "ragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understoo"
        "d: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::customers': (
        "SILENT: expected 379; got 389; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::aov': (
        "ERROR: expected 53.09; got Das lässt sich mit diesen Daten nicht beantworten: 'durchschnittlicher Be"
        "stellwert' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle oh"
        "ne Aufträge.; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::repeat': (
        "ERROR: expected 0.7230; got Das lässt sich mit diesen Daten nicht beantworten: 'Wiederkaufsrate' bra"
        "ucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; "
        "understood: Wiederkaufsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::top5': (
        "ERROR: expected [('1', 11637.0), ('2', 3607.0), ('3', 1181.0), ('5', 536.0), ('6', 517.0)]; got Das "
        "lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde, Datum, Betrag"
        "), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz je Kunde · alle Daten "
        "bis zum Stichtag · alle Kunden · Top 5"
    ),
    'salon::by_staff': (
        "ERROR: expected {Aylin: 16,530.00, Dennis: 17,690.00, Jessica: 16,878.00, Marco: 15,367.00}; got Das"
        " lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde, Datum, Betra"
        "g), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz je Unternehmensgröße "
        "· alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::by_svc': (
        "ERROR: expected {Bartpflege: 6,048.00, Damenhaarschnitt: 18,618.00, Färben: 31,239.00, Herrenhaarsch"
        "nitt: 10,560.00}; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragsze"
        "ilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Ums"
        "atz je Leistung · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'salon::noshow': (
        "SILENT: expected 44; got 15; understood: Kunden · alle Daten bis zum Stichtag · Status Nicht erschie"
        "nen · alle Kunden"
    ),
    'salon::abgesagt': (
        "SILENT: expected 112; got 31; understood: Anzahl verschiedener Werte von Termin · alle Daten bis zum"
        " Stichtag · Status Abgesagt · alle Kunden"
    ),
    'salon::online': (
        "ERROR: expected 20,872.00; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · alle Daten bis zum Stichtag · Buchungsweg Online · alle Kunden"
    ),
    'salon::by_month': (
        "ERROR: expected {2024-01: 5,820.00, 2024-02: 6,905.00, 2024-03: 7,353.00, 2024-04: 7,401.00, 2024-05"
        ": 5,887.00, 2024-06: 6,514.00, …}; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' b"
        "raucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge."
        "; understood: Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'energy::import': (
        "REFUSED: Abrechnungen_Strom.csv: no column for required 'customer_id' of order_lines; headers: Vertr"
        "agskonto, Belegnummer, Belegdatum, Abrechnungsart, Tarif, Verbrauch kWh, Nettobetrag, USt, Bruttobet"
        "rag; closest: 'Vertragskonto' (100); map one with --map \"Vertragskonto=customer_id\""
    ),
    'rental::import': (
        "REFUSED: Mietvertraege_2024.csv: no column for required 'customer_id' of order_lines (also missing: "
        "order_date, amount); headers: Mietvertrag, Mieter-Nr., Mieter, Abholung, Rückgabe, Miettage, Fahrzeu"
        "gklasse, Station, Mietpreis netto, Kaution, Status; closest: none; map one with --map \"Header=custom"
        "er_id\""
    ),
    'bank::import': (
        "REFUSED: 20241015-1234567-umsatz.csv: no column for required 'customer_id' of order_lines (also miss"
        "ing: order_date); headers: Auftragskonto, Buchungstag, Valutadatum, Buchungstext, Verwendungszweck, "
        "Beguenstigter/Zahlungspflichtiger, Kontonummer/IBAN, BIC (SWIFT-Code), Betrag, Waehrung, Info; close"
        "st: 'Kontonummer/IBAN' (71); map one with --map \"Kontonummer/IBAN=customer_id\""
    ),
    'praxis::import': (
        "REFUSED: Praxis_Rechnungen.csv: no column for required 'customer_id' of order_lines (also missing: o"
        "rder_date); headers: Patient-Nr, Behandlungsdatum, Rechnungs-Nr, Heilmittel, Kostenträger, Therapeut"
        ", Betrag, Status; closest: 'Patient-Nr' (71); map one with --map \"Patient-Nr=customer_id\""
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
        "rnierte Positionen). Meinten Sie: Alter, Miettage, Mieter? options=['Alter', 'Miettage', 'Mieter']; "
        "understood: bisher verstanden: stornierte Positionen · alle Daten bis zum Stichtag · alle Kunden — o"
        "ffen: Das Wort 'Mietverträge' kenne ich in diesen Daten nicht (verstanden: stornierte Positionen). M"
        "einten Sie: Alter, Miettage, Mieter?"
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
    'gumroad_map::orders': (
        "SILENT: expected 1034; got 970 = one order per customer and day (order number not used); understood:"
        " orders · all data up to the analysis date · all customers"
    ),
    'gumroad_map::aov': (
        "SILENT: expected 50.54; got 53.88 = one order per customer and day (order number not used); understo"
        "od: average order value · all data up to the analysis date · all customers"
    ),
    'gumroad_map::repeat': (
        "SILENT: expected 0.5564; got 0.5539; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    'gumroad_map::top5': (
        "SILENT: expected [('anna.0@proton.me', 9704.4), ('jonas.1@outlook.com', 2688.4), ('lena.2@outlook.co"
        "m', 1178.6), ('paul.3@outlook.com', 596.0), ('elias.174@gmail.com', 505.0)]; got [('anna müller', 97"
        "04.4), ('jonas müller', 2688.4), ('lena müller', 1178.6), ('paul müller', 596.0), ('elias becker', 5"
        "05.0)]; understood: revenue by customer · all data up to the analysis date · all customers · Top 5"
    ),
    'gumroad_map::refunded': (
        "SILENT: expected 66; got 0; understood: orders · all data up to the analysis date · Refunded true · "
        "all customers"
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
    'app_cents_map::customers': (
        "SILENT: expected 363; got 1097; understood: customers · all data up to the analysis date · all custo"
        "mers"
    ),
    'app_cents_map::aov': (
        "SILENT: expected 49.68; got 4,967.66; understood: average order value · all data up to the analysis "
        "date · all customers"
    ),
    'app_cents_map::repeat': (
        "SILENT: expected 0.6501; got 0.0000; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    'app_cents_map::top5': (
        "SILENT: expected [('usr_00000', 9487.56), ('usr_00001', 2544.33), ('usr_00004', 739.87), ('usr_00003"
        "', 699.84), ('usr_00184', 509.94)]; got [('ord_000017', 19998.0), ('ord_000034', 19998.0), ('ord_000"
        "048', 19998.0), ('ord_000057', 19998.0), ('ord_000063', 19998.0)]; understood: revenue by customer ·"
        " all data up to the analysis date · all customers · Top 5"
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
