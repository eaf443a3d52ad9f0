"""Known gaps of insight on the round-11 client files (make_clients11.py): test id -> what insight does.
Run as strict xfails by test_clients11.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "yayoi_jp::import": (
        "REFUSED: 売上一覧_2023-2024.csv: no column for required 'customer_id' of order_lines (also missing: orde"
        "r_date, amount); headers: \\x93`\\x95[\\x94Ô\\x8d\\x86, \\x94\\x84\\x8fã\\x93ú, \\x93¾\\x88Ó\\x90æ\\x83R\\x81[\\x83"
        "h, \\x93¾\\x88Ó\\x90æ\\x96¼, \\x8bæ\\x95ª, \\x93X\\x95Ü, \\x92S\\x93\\x96\\x8eÒ, \\x90Å\\x94²\\x8bà\\x8az, \\x8fÁ\\x94"
        'ï\\x90Å, \\x90Å\\x8d\\x9e\\x8bà\\x8az, \\x8eæ\\x8fÁ; closest: none; map one with --map "Header=customer_id"'
    ),
    "szamlazz_hu::import": (
        "REFUSED: szamlak_2023_2024.csv: no column for required 'customer_id' of order_lines (also missing: o"
        "rder_date); headers: Számlaszám, Típus, Kelte, Teljesítés dátuma, Vevő neve, Vevő adószáma, Város, N"
        'ettó, ÁFA, Bruttó, Pénznem; closest: none; map one with --map "Header=customer_id"'
    ),
    "parasut_tr::import": (
        "REFUSED: satis_faturalari.csv: no column for required 'customer_id' of order_lines (also missing: or"
        "der_date, amount); headers: Fatura No, Fatura Türü, Düzenleme Tarihi, Müşteri, Vergi No, Şehir, Ara "
        'Toplam, KDV, Genel Toplam, Durum; closest: none; map one with --map "Header=customer_id"'
    ),
    "presta_items::revenue": (
        "ERROR: expected 56,588.54; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "presta_items::orders": (
        "ERROR: expected 468; got Das lässt sich mit diesen Daten nicht beantworten: 'Aufträge' braucht Auftr"
        "agszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood"
        ": Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "presta_items::customers": (
        "SILENT: expected 133; got 135; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "presta_items::aov": (
        "ERROR: expected 120.92; got Das lässt sich mit diesen Daten nicht beantworten: 'durchschnittlicher B"
        "estellwert' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle o"
        "hne Aufträge.; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunde"
        "n"
    ),
    "presta_items::repeat": (
        "ERROR: expected 0.7519 (or 75.19); got Das lässt sich mit diesen Daten nicht beantworten: 'Wiederkau"
        "fsrate' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne "
        "Aufträge.; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "presta_items::top5": (
        "ERROR: expected [('200', 11501.6), ('201', 2635.99), ('349', 1270.79), ('296', 1127.75), ('276', 993"
        ".8)]; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde,"
        " Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz je Kunde"
        " · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "presta_items::by_cat": (
        "ASKS BACK: expected {Accessories: 16,707.21, Clothes: 20,026.39, Home: 19,854.94}; got Das Wort 'Kat"
        "egorie' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. options=[]; "
        "understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort "
        "'Kategorie' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "presta_items::by_ctry": (
        "ERROR: expected {Belgium: 15,704.37, France: 27,953.30, Luxembourg: 12,930.87}; got Das lässt sich m"
        "it diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese"
        " Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz je Country · alle Daten bis zum St"
        "ichtag · alle Kunden"
    ),
    "presta_items::belgien": (
        "ERROR: expected 15,704.37; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · alle Daten bis zum Stichtag · Country Belgium · alle Kunden"
    ),
    "presta_items::clothes": (
        "ASKS BACK: expected 20,026.39; got Das Wort 'Kategorie', 'clothes' kenne ich in diesen Daten nicht ("
        "verstanden: Umsatz). Meinten Sie: prognostizierter Kundenwert? options=['prognostizierter Kundenwert"
        "']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das W"
        "ort 'Kategorie', 'clothes' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: progno"
        "stizierter Kundenwert?"
    ),
    "presta_items::stueck": (
        "ERROR: expected 1,679.00; got Das lässt sich mit diesen Daten nicht beantworten: 'Menge' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "presta_items::share_ctry": (
        "ERROR: expected {Belgium: 0.2775, France: 0.4940, Luxembourg: 0.2285}; got Das lässt sich mit diesen"
        " Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten si"
        "nd eine Kundentabelle ohne Aufträge.; understood: Umsatz + Umsatzanteil je Country · alle Daten bis "
        "zum Stichtag · alle Kunden"
    ),
    "presta_items::rev22": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Umsatz · 2022 · alle Kunden"
    ),
    "kaufland_units::import": (
        "REFUSED: kaufland_orders_2024.csv: no column for required 'customer_id' of order_lines (also missing"
        ": order_date, quantity); headers: id_order_unit, id_order, ts_created_iso, status, id_offer, title, "
        "category, price, shipping_rate, id_buyer, shipping_country; closest: 'id_buyer' (90); map one with -"
        '-map "id_buyer=customer_id"'
    ),
    "pretix_de::revenue": (
        "SILENT: expected 115,579.00; got 119,089.08 = Gesamtbetrag (incl. Gebühren) summed; understood: Umsa"
        "tz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pretix_de::aov": (
        "SILENT: expected 144.65; got 149.05; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "pretix_de::top5": (
        "SILENT: expected [('anna.baker0@example.de', 21656.0), ('lukas.baker1@example.de', 6600.0), ('marie."
        "baker2@example.de', 2621.0), ('sophie.baker6@example.de', 1199.0), ('tim.ford299@example.de', 1182.0"
        ")]; got [('anna.baker0@example.de', 22299.12), ('lukas.baker1@example.de', 6798.0), ('marie.baker2@e"
        "xample.de', 2701.92), ('sophie.baker6@example.de', 1230.48), ('tim.ford299@example.de', 1219.14)]; u"
        "nderstood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "pretix_de::by_ev": (
        "SILENT: expected {Jazznacht 2024: 31,409.00, Sommerfest 2023: 20,090.00, Workshop Fotografie: 64,080"
        ".00}; got {jazznacht 2024: 32,467.68, sommerfest 2023: 20,878.80, workshop fotografie: 65,742.60} co"
        "lumns=['veranstaltung', 'revenue']; understood: Umsatz je Veranstaltung · alle Daten bis zum Stichta"
        "g · alle Kunden"
    ),
    "pretix_de::jazz": (
        "SILENT: expected 31,409.00; got 32,467.68; understood: Umsatz · alle Daten bis zum Stichtag · Verans"
        "taltung Jazznacht 2024 · alle Kunden"
    ),
    "pretix_de::tickets": (
        "SILENT: expected 1,749.00; got 0.0000; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::revenue": (
        "SILENT: expected 943,317.24; got 465,421.02 = only the first sheet (2023) read; understood: Umsatz ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::orders": (
        "SILENT: expected 711; got 366; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::customers": (
        "SILENT: expected 129; got 119; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::aov": (
        "SILENT: expected 1,326.75; got 1,271.64; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::repeat": (
        "SILENT: expected 0.9225 (or 92.25); got 0.7227; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "jahre_xlsx::top5": (
        "SILENT: expected [('K1000', 178413.25), ('K1001', 47540.02), ('K1050', 24338.76), ('K1057', 17934.02"
        "), ('K1028', 17727.62)]; got [('k1000', 83747.43), ('k1001', 35577.82), ('k1004', 11937.25), ('k1097"
        "', 11717.41), ('k1089', 9665.5)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle K"
        "unden · Top 5"
    ),
    "jahre_xlsx::y2024": (
        "ASKS BACK: expected 477,896.22; got Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ liegt au"
        "ßerhalb. Welcher Zeitraum ist gemeint? options=[]; understood: bisher verstanden: nichts Eindeutiges"
        " — offen: Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ liegt außerhalb. Welcher Zeitraum "
        "ist gemeint?"
    ),
    "jahre_xlsx::years": (
        "SILENT: expected {2023: 465,421.02, 2024: 477,896.22}; got {2023: 465,421.02} columns=['year', 'reve"
        "nue']; understood: Umsatz je Jahr · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::by_wg": (
        "SILENT: expected {Arbeitsschutz: 317,137.05, Befestigung: 300,494.98, Werkzeug: 325,685.21}; got {ar"
        "beitsschutz: 169,672.55, befestigung: 144,228.54, werkzeug: 151,519.93} columns=['warengruppe', 'rev"
        "enue']; understood: Umsatz je Warengruppe · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahre_xlsx::gs": (
        "SILENT: expected -11,542.16 (or 11,542.16); got 6,831.30; understood: Retouren · alle Daten bis zum "
        "Stichtag · alle Kunden"
    ),
    "jahre_xlsx::new24": (
        "ASKS BACK: expected 10.00; got Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ liegt außerha"
        "lb. Welcher Zeitraum ist gemeint? options=[]; understood: bisher verstanden: nichts Eindeutiges — of"
        "fen: Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ liegt außerhalb. Welcher Zeitraum ist g"
        "emeint?"
    ),
    "jahre_xlsx::ret24": (
        "ASKS BACK: expected 0.8403 (or 84.03); got Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ l"
        "iegt außerhalb. Welcher Zeitraum ist gemeint? options=[]; understood: bisher verstanden: nichts Eind"
        "eutiges — offen: Die Daten reichen vom 01.01.2023 bis 31.12.2023; „2024“ liegt außerhalb. Welcher Ze"
        "itraum ist gemeint?"
    ),
    "jahre_xlsx::offen": (
        "SILENT: expected 256.00; got 119; understood: Aufträge · alle Daten bis zum Stichtag · Auftragsstatu"
        "s offen · alle Kunden"
    ),
    "belegart::revenue": (
        "SILENT: expected 861,340.85; got 1,097,470.57 = every code summed as shown (Gutschrift, Storno, Ange"
        "bot added); understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart::orders": (
        "SILENT: expected 542; got 735; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart::customers": (
        "SILENT: expected 118; got 119; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart::aov": (
        "SILENT: expected 1,589.19; got 1,493.16; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "belegart::repeat": (
        "SILENT: expected 0.8983 (or 89.83); got 0.9496; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "belegart::top5": (
        "SILENT: expected [('10000', 178474.83), ('10007', 56602.82), ('10014', 21102.66), ('10525', 17516.9)"
        ", ('10546', 13747.48)]; got [('10000', 231440.04), ('10007', 71024.25), ('10014', 24659.55), ('10035"
        "', 23215.96), ('10021', 20434.46)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle"
        " Kunden · Top 5"
    ),
    "belegart::by_geb": (
        "SILENT: expected {Mitte: 215,018.42, Nord: 387,400.55, Süd: 258,921.88}; got {mitte: 277,140.17, nor"
        "d: 501,849.66, süd: 318,480.74} columns=['gebiet', 'revenue']; understood: Umsatz je Gebiet · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    "belegart::sued": (
        "SILENT: expected 258,921.88; got 318,480.74; understood: Umsatz · alle Daten bis zum Stichtag · Gebi"
        "et Süd · alle Kunden"
    ),
    "belegart::gs": (
        "SILENT: expected -18,466.41 (or 18,466.41); got 0.0000; understood: Retouren · alle Daten bis zum St"
        "ichtag · Beleg-Art = 20 · alle Kunden"
    ),
    "belegart::angebote": (
        "ASKS BACK: expected 81.00; got Ich habe in der Frage keine Kennzahl erkannt ('Angebote' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', 'Wie viele "
        "Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoquote?']; understood: "
        "bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Angebo"
        "te' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "belegart::storno": (
        "SILENT: expected 35.00; got 0; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart::big": (
        "SILENT: expected 52.00; got 67; understood: Kunden · alle Daten bis zum Stichtag · Kunden mit Umsatz > 5.000"
    ),
    "belegart::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'"
        "; understood: revenue · all data up to the analysis date · all customers"
    ),
    "lemon_sq::revenue": (
        "SILENT: expected 69,687.80; got 70,034.00 = subtotal (before discount) summed; understood: revenue ·"
        " all data up to the analysis date · all customers"
    ),
    "lemon_sq::aov": (
        "SILENT: expected 73.12; got 73.49; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "lemon_sq::by_prod": (
        "SILENT: expected {Pro license: 25,818.10, Starter license: 9,927.50, Team license: 33,942.20}; got {"
        "pro license: 26,068.00, starter license: 9,994.00, team license: 33,972.00} columns=['product_id', '"
        "description', 'revenue']; understood: revenue by product · all data up to the analysis date · all cu"
        "stomers"
    ),
    "lemon_sq::team": (
        "ASKS BACK: expected 33,942.20; got Das Wort 'team', 'license' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'team', 'license' kenne ich in diesen Daten ni"
        "cht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "lemon_sq::by_ctry": (
        "SILENT: expected {DE: 16,300.00, GB: 20,271.80, US: 33,116.00}; got {germany: 16,383.00, united king"
        "dom: 20,348.00, united states: 33,303.00} columns=['country', 'revenue']; understood: Umsatz je Land"
        " · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "lemon_sq::refunds": (
        "ASKS BACK: expected 2,634.10 (or -2,634.10); got No line in this data reverses a sale; refunds are r"
        "ecorded as a status (refunded) and those sales are left out of every figure. Do you mean the number "
        "of orders with that status? options=['number of orders refunded']; understood: understood so far: re"
        "turns · all data up to the analysis date · all customers (read as: 'refund' → 'refunds') — open: No "
        "line in this data reverses a sale; refunds are recorded as a status (refunded) and those sales are l"
        "eft out of every figure. Do you mean the number of orders with that status?"
    ),
    "lemon_sq::failed": (
        "ASKS BACK: expected 48.00; got Das Wort 'fehlgeschlagen' kenne ich in diesen Daten nicht (verstanden"
        ": stornierte Aufträge). Meinten Sie: Alter? options=['Alter']; understood: bisher verstanden: storni"
        "erte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus failed · alle Kunden — offen: Das Wort "
        "'fehlgeschlagen' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie: Alt"
        "er?"
    ),
    "odoo_so::quotes": (
        "ASKS BACK: expected 101.00; got Das Wort 'Angebote', 'offen' kenne ich in diesen Daten nicht (versta"
        "nden: stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: sto"
        "rnierte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus Quotation · alle Kunden — offen: Das"
        " Wort 'Angebote', 'offen' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte a"
        "nders formulieren."
    ),
    "smartbill_ro::revenue": (
        "SILENT: expected 2,912,393.02; got 3,029,722.51 = Anulata counted; understood: Umsatz · alle Daten b"
        "is zum Stichtag · alle Kunden"
    ),
    "smartbill_ro::orders": (
        "SILENT: expected 635; got 657; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "smartbill_ro::customers": (
        "SILENT: expected 117; got 118; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "smartbill_ro::aov": (
        "SILENT: expected 4,586.45; got 4,611.45; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "smartbill_ro::repeat": (
        "SILENT: expected 0.9487 (or 94.87); got 0.9407; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "smartbill_ro::top5": (
        "SILENT: expected [('Popescu SRL', 371912.6), ('Ionescu SRL', 146860.44), ('Stan SRL Service', 95171."
        "82), ('Stan Comert SA Holding', 92804.96), ('Munteanu Construct SRL', 76365.59)]; got [('popescu srl"
        "', 389585.09), ('ionescu srl', 152573.36), ('stan srl service', 95171.82), ('stan comert sa holding'"
        ", 92804.96), ('popa srl', 77337.29)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · al"
        "le Kunden · Top 5"
    ),
    "smartbill_ro::by_jud": (
        "ASKS BACK: expected {București: 855,850.53, Cluj: 771,262.72, Iași: 622,812.85, Timiș: 662,466.92}; "
        "got Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
        " options=[]; understood: bisher verstanden: Umsatz je Judet · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders for"
        "mulieren."
    ),
    "smartbill_ro::buc": (
        "SILENT: expected 855,850.53; got 895,259.36; understood: Umsatz · alle Daten bis zum Stichtag · Jude"
        "t București · alle Kunden"
    ),
    "smartbill_ro::storno": (
        "SILENT: expected -78,713.64 (or 78,713.64); got 36; understood: stornierte Aufträge · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "smartbill_ro::anulata": (
        "SILENT: expected 32.00; got 3; understood: stornierte Aufträge · alle Daten bis zum Stichtag · Stare"
        " Anulata · alle Kunden"
    ),
    "smartbill_ro::years": (
        "SILENT: expected {2023: 1,575,764.28, 2024: 1,336,628.74}; got {2023: 1,645,750.62, 2024: 1,383,971."
        "89} columns=['year', 'revenue']; understood: Umsatz je Jahr · alle Daten bis zum Stichtag · alle Kun"
        "den"
    ),
    "smartbill_ro::ret24": (
        "SILENT: expected 0.7870 (or 78.70); got 109; understood: Kundenbindungsrate · 2024 · alle Kunden"
    ),
    "jahresumsatz::y23": (
        "ERROR: expected 1,193,978.32; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' brauch"
        "t Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; und"
        "erstood: Umsatz · 2023 · alle Kunden"
    ),
    "jahresumsatz::y22": (
        "ERROR: expected 1,050,351.09; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' brauch"
        "t Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; und"
        "erstood: Umsatz · 2022 · alle Kunden"
    ),
    "jahresumsatz::mar": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Umsatz · März 2024 · alle Kunden"
    ),
    "jahresumsatz::q2": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Umsatz · Q2 2023 · alle Kunden"
    ),
    "jahresumsatz::new_month": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Neukunden' braucht "
        "Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; under"
        "stood: Neukunden je Monat · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahresumsatz::rfm": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten. (Grund, auf Englisch"
        ": RFM segments need order lines (customer, date, amount), and this data is a customers table without"
        " orders.); understood: Segmentierung RFM · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jahresumsatz::rev21": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Umsatz · 2021 · alle Kunden"
    ),
    "jahresumsatz::last90": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auf"
        "tragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understo"
        "od: Umsatz · die letzten 90 Tage · alle Kunden"
    ),
    "yayoi_jp_map::import": (
        "REFUSED: 売上一覧_2023-2024.csv: no column for required 'customer_id' of order_lines (also missing: orde"
        "r_date, amount); headers: \\x93`\\x95[\\x94Ô\\x8d\\x86, \\x94\\x84\\x8fã\\x93ú, \\x93¾\\x88Ó\\x90æ\\x83R\\x81[\\x83"
        "h, \\x93¾\\x88Ó\\x90æ\\x96¼, \\x8bæ\\x95ª, \\x93X\\x95Ü, \\x92S\\x93\\x96\\x8eÒ, \\x90Å\\x94²\\x8bà\\x8az, \\x8fÁ\\x94"
        'ï\\x90Å, \\x90Å\\x8d\\x9e\\x8bà\\x8az, \\x8eæ\\x8fÁ; closest: none; map one with --map "Header=customer_id";'
        " --map names no column here: 得意先コード, 伝票番号, 売上日, 税抜金額"
    ),
    "szamlazz_hu_map::import": (
        "REFUSED: szamlak_2023_2024.csv: column 'Kelte' (order_date) row 1: '2023.01.03.' is not a date (e.g."
        " 2011-12-31 or 31.12.2011) (681 bad rows in this column); fix the value or map another column with -"
        "-map"
    ),
    "parasut_tr_map::import": (
        "REFUSED: satis_faturalari.csv: column 'Ara Toplam' (amount) row 1: '7.163,54 ₺' is not a number (700"
        " bad rows in this column); fix the value or map another column with --map"
    ),
    "presta_items_map::stueck": (
        "SILENT: expected 1,679.00; got 0.0000; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "kaufland_units_map::at": (
        "ASKS BACK: expected 6,847.51; got Das Wort 'Österreich' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten b"
        "is zum Stichtag · Land AT · alle Kunden — offen: Das Wort 'Österreich' kenne ich in diesen Daten nic"
        "ht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "kaufland_units_map::returned": (
        "ASKS BACK: expected 59.00 (or 53.00); got Das Wort 'Einheiten' kenne ich in diesen Daten nicht (vers"
        "tanden: Retourenbelege). Meinten Sie: Kundenzufriedenheit, Wichtigkeit × Zufriedenheit, Zufriedenhei"
        "t und Verhalten? options=['Kundenzufriedenheit', 'Wichtigkeit × Zufriedenheit', 'Zufriedenheit und V"
        "erhalten']; understood: bisher verstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunde"
        "n — offen: Das Wort 'Einheiten' kenne ich in diesen Daten nicht (verstanden: Retourenbelege). Meinte"
        "n Sie: Kundenzufriedenheit, Wichtigkeit × Zufriedenheit, Zufriedenheit und Verhalten?"
    ),
    "kaufland_units_map::units": (
        "SILENT: expected 1,207.00; got 0.0000; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "kaufland_units_map::chf": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 23.628,05.'; un"
        "derstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::revenue": (
        "SILENT: expected 861,340.85; got 1,097,470.57 = every code summed as shown (Gutschrift, Storno, Ange"
        "bot added); understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::orders": (
        "SILENT: expected 542; got 735; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::customers": (
        "SILENT: expected 118; got 119; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::aov": (
        "SILENT: expected 1,589.19; got 1,493.16; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "belegart_map::repeat": (
        "SILENT: expected 0.8983 (or 89.83); got 0.9496; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "belegart_map::top5": (
        "SILENT: expected [('10000', 178474.83), ('10007', 56602.82), ('10014', 21102.66), ('10525', 17516.9)"
        ", ('10546', 13747.48)]; got [('10000', 231440.04), ('10007', 71024.25), ('10014', 24659.55), ('10035"
        "', 23215.96), ('10021', 20434.46)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle"
        " Kunden · Top 5"
    ),
    "belegart_map::by_geb": (
        "SILENT: expected {Mitte: 215,018.42, Nord: 387,400.55, Süd: 258,921.88}; got {mitte: 277,140.17, nor"
        "d: 501,849.66, süd: 318,480.74} columns=['gebiet', 'revenue']; understood: Umsatz je Gebiet · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::sued": (
        "SILENT: expected 258,921.88; got 318,480.74; understood: Umsatz · alle Daten bis zum Stichtag · Gebi"
        "et Süd · alle Kunden"
    ),
    "belegart_map::gs": (
        "SILENT: expected -18,466.41 (or 18,466.41); got 0.0000; understood: Retouren · alle Daten bis zum St"
        "ichtag · Beleg-Art = 20 · alle Kunden"
    ),
    "belegart_map::angebote": (
        "ASKS BACK: expected 81.00; got Ich habe in der Frage keine Kennzahl erkannt ('Angebote' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', 'Wie viele "
        "Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoquote?']; understood: "
        "bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Angebo"
        "te' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "belegart_map::storno": (
        "SILENT: expected 35.00; got 0; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "belegart_map::big": (
        "SILENT: expected 52.00; got 67; understood: Kunden · alle Daten bis zum Stichtag · Kunden mit Umsatz > 5.000"
    ),
    "belegart_map::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'"
        "; understood: revenue · all data up to the analysis date · all customers"
    ),
    "smartbill_ro_map::revenue": (
        "SILENT: expected 2,912,393.02; got 3,029,722.51 = Anulata counted; understood: Umsatz · alle Daten b"
        "is zum Stichtag · alle Kunden"
    ),
    "smartbill_ro_map::orders": (
        "SILENT: expected 635; got 657; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "smartbill_ro_map::customers": (
        "SILENT: expected 117; got 118; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "smartbill_ro_map::aov": (
        "SILENT: expected 4,586.45; got 4,611.45; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "smartbill_ro_map::repeat": (
        "SILENT: expected 0.9487 (or 94.87); got 0.9407; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "smartbill_ro_map::top5": (
        "SILENT: expected [('Popescu SRL', 371912.6), ('Ionescu SRL', 146860.44), ('Stan SRL Service', 95171."
        "82), ('Stan Comert SA Holding', 92804.96), ('Munteanu Construct SRL', 76365.59)]; got [('popescu srl"
        "', 389585.09), ('ionescu srl', 152573.36), ('stan srl service', 95171.82), ('stan comert sa holding'"
        ", 92804.96), ('popa srl', 77337.29)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · al"
        "le Kunden · Top 5"
    ),
    "smartbill_ro_map::by_jud": (
        "ASKS BACK: expected {București: 855,850.53, Cluj: 771,262.72, Iași: 622,812.85, Timiș: 662,466.92}; "
        "got Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
        " options=[]; understood: bisher verstanden: Umsatz je Judet · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders for"
        "mulieren."
    ),
    "smartbill_ro_map::buc": (
        "SILENT: expected 855,850.53; got 895,259.36; understood: Umsatz · alle Daten bis zum Stichtag · Jude"
        "t București · alle Kunden"
    ),
    "smartbill_ro_map::storno": (
        "SILENT: expected -78,713.64 (or 78,713.64); got 36; understood: stornierte Aufträge · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "smartbill_ro_map::anulata": (
        "SILENT: expected 32.00; got 3; understood: stornierte Aufträge · alle Daten bis zum Stichtag · Stare"
        " Anulata · alle Kunden"
    ),
    "smartbill_ro_map::years": (
        "SILENT: expected {2023: 1,575,764.28, 2024: 1,336,628.74}; got {2023: 1,645,750.62, 2024: 1,383,971."
        "89} columns=['year', 'revenue']; understood: Umsatz je Jahr · alle Daten bis zum Stichtag · alle Kun"
        "den"
    ),
    "smartbill_ro_map::ret24": (
        "SILENT: expected 0.7870 (or 78.70); got 109; understood: Kundenbindungsrate · 2024 · alle Kunden"
    ),
    "lemon_sq_map::revenue": (
        "SILENT: expected 69,687.80; got 70,034.00 = subtotal (before discount) summed; understood: revenue ·"
        " all data up to the analysis date · all customers"
    ),
    "lemon_sq_map::aov": (
        "SILENT: expected 73.12; got 73.49; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "lemon_sq_map::by_prod": (
        "SILENT: expected {Pro license: 25,818.10, Starter license: 9,927.50, Team license: 33,942.20}; got {"
        "pro license: 26,068.00, starter license: 9,994.00, team license: 33,972.00} columns=['product_id', '"
        "description', 'revenue']; understood: revenue by product · all data up to the analysis date · all cu"
        "stomers"
    ),
    "lemon_sq_map::team": (
        "ASKS BACK: expected 33,942.20; got Das Wort 'team', 'license' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'team', 'license' kenne ich in diesen Daten ni"
        "cht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "lemon_sq_map::by_ctry": (
        "SILENT: expected {DE: 16,300.00, GB: 20,271.80, US: 33,116.00}; got {germany: 16,383.00, united king"
        "dom: 20,348.00, united states: 33,303.00} columns=['country', 'revenue']; understood: Umsatz je Land"
        " · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "lemon_sq_map::refunds": (
        "ASKS BACK: expected 2,634.10 (or -2,634.10); got No line in this data reverses a sale; refunds are r"
        "ecorded as a status (refunded) and those sales are left out of every figure. Do you mean the number "
        "of orders with that status? options=['number of orders refunded']; understood: understood so far: re"
        "turns · all data up to the analysis date · all customers (read as: 'refund' → 'refunds') — open: No "
        "line in this data reverses a sale; refunds are recorded as a status (refunded) and those sales are l"
        "eft out of every figure. Do you mean the number of orders with that status?"
    ),
    "lemon_sq_map::failed": (
        "ASKS BACK: expected 48.00; got Das Wort 'fehlgeschlagen' kenne ich in diesen Daten nicht (verstanden"
        ": stornierte Aufträge). Meinten Sie: Alter? options=['Alter']; understood: bisher verstanden: storni"
        "erte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus failed · alle Kunden — offen: Das Wort "
        "'fehlgeschlagen' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie: Alt"
        "er?"
    ),
}
