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
    "kaufland_units::import": (
        "REFUSED: kaufland_orders_2024.csv: no column for required 'customer_id' of order_lines (also missing"
        ": order_date, quantity); headers: id_order_unit, id_order, ts_created_iso, status, id_offer, title, "
        "category, price, shipping_rate, id_buyer, shipping_country; closest: 'id_buyer' (90); map one with -"
        '-map "id_buyer=customer_id"'
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
    "belegart::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'"
        "; understood: revenue · all data up to the analysis date · all customers"
    ),
    "lemon_sq::team": (
        "ASKS BACK: expected 33,942.20; got Das Wort 'team', 'license' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'team', 'license' kenne ich in diesen Daten ni"
        "cht (verstanden: Umsatz). Bitte anders formulieren."
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
    "smartbill_ro::by_jud": (
        "ASKS BACK: expected {București: 855,850.53, Cluj: 771,262.72, Iași: 622,812.85, Timiș: 662,466.92}; "
        "got Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
        " options=[]; understood: bisher verstanden: Umsatz je Judet · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders for"
        "mulieren."
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
    "belegart_map::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'"
        "; understood: revenue · all data up to the analysis date · all customers"
    ),
    "smartbill_ro_map::by_jud": (
        "ASKS BACK: expected {București: 855,850.53, Cluj: 771,262.72, Iași: 622,812.85, Timiș: 662,466.92}; "
        "got Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
        " options=[]; understood: bisher verstanden: Umsatz je Judet · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kreis' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders for"
        "mulieren."
    ),
    "lemon_sq_map::team": (
        "ASKS BACK: expected 33,942.20; got Das Wort 'team', 'license' kenne ich in diesen Daten nicht (verst"
        "anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'team', 'license' kenne ich in diesen Daten ni"
        "cht (verstanden: Umsatz). Bitte anders formulieren."
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
