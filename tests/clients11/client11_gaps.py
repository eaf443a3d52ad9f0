"""Known gaps of insight on the round-11 client files (make_clients11.py): test id -> what insight does.
Run as strict xfails by test_clients11.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "yayoi_jp::revenue": (
        "SILENT: expected 24,133,450.00; got 25,181,559.00 = 取消 slips counted; understood: Umsatz · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp::orders": (
        "SILENT: expected 640; got 664; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp::aov": (
        "SILENT: expected 37,708.52; got 37,924.03; understood: durchschnittlicher Bestellwert · alle Daten b"
        "is zum Stichtag · alle Kunden"
    ),
    "yayoi_jp::repeat": (
        "SILENT: expected 0.9167 (or 91.67); got 0.9417; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "yayoi_jp::top5": (
        "SILENT: expected [('T0000', 3613236.0), ('T0001', 1391251.0), ('T0003', 708616.0), ('T0119', 690571."
        "0), ('T0037', 580605.0)]; got [('t0000', 3695343.0), ('t0001', 1425153.0), ('t0003', 708616.0), ('t0"
        "119', 690571.0), ('t0037', 580605.0)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · a"
        "lle Kunden · Top 5"
    ),
    "yayoi_jp::by_store": (
        "ASKS BACK: expected {NAGOYA: 7,137,082.00, OSAKA: 7,874,406.00, TOKYO: 9,121,962.00}; got Das Wort '"
        "Filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. options=[];"
        " understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort"
        " 'Filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "yayoi_jp::osaka": (
        "SILENT: expected 7,874,406.00; got 8,236,101.00; understood: Umsatz · alle Daten bis zum Stichtag · "
        "店舗 OSAKA · alle Kunden"
    ),
    "yayoi_jp::ret": (
        "SILENT: expected -365,370.00 (or 365,370.00); got 399,225.00; understood: Retouren · alle Daten bis "
        "zum Stichtag · alle Kunden"
    ),
    "yayoi_jp::storno": (
        "SILENT: expected 26.00; got 36; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp::tax": (
        "ASKS BACK: expected 2,413,071.00; got I did not recognise a metric in the question ('consumption', '"
        "tax', 'charge' is unknown to me). Which of these do you mean? options=['What is the total revenue?',"
        " 'Number of customers per country, top 5', 'What share of customers are B2B?', 'How many documents a"
        "re there?', 'How many credit notes were there?', 'What is the cancellation rate?']; understood: unde"
        "rstood so far: nothing definite — open: I did not recognise a metric in the question ('consumption',"
        " 'tax', 'charge' is unknown to me). Which of these do you mean?"
    ),
    "yayoi_jp::y2023": ("SILENT: expected 13,943,902.00; got 14,532,130.00; understood: Umsatz · 2023 · alle Kunden"),
    "yayoi_jp::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 25.181.559,00.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu::orders": (
        "SILENT: expected 587; got 618 = Sztornó-cancelled invoices counted as orders; understood: Aufträge ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu::aov": (
        "SILENT: expected 192,601.55; got 182,940.31; understood: durchschnittlicher Bestellwert · alle Daten"
        " bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu::storno": (
        "ASKS BACK: expected 31.00; got Das Wort 'Sztornó' kenne ich in diesen Daten nicht (verstanden: storn"
        "ierte Aufträge). Meinten Sie: sztorno szamla, Stornoquote, stornierte Positionen? options=['sztorno "
        "szamla', 'Stornoquote', 'stornierte Positionen']; understood: bisher verstanden: stornierte Aufträge"
        " · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Sztornó' kenne ich in diesen Daten n"
        "icht (verstanden: stornierte Aufträge). Meinten Sie: sztorno szamla, Stornoquote, stornierte Positio"
        "nen?"
    ),
    "szamlazz_hu::korr": (
        "ASKS BACK: expected -1,339,973.00 (or 1,339,973.00); got Das Wort 'Helyesbítő' kenne ich in diesen D"
        "aten nicht (verstanden: Retouren). Meinten Sie: helyesbito szamla? options=['helyesbito szamla']; un"
        "derstood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort "
        "'Helyesbítő' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: helyesbito szamla?"
    ),
    "szamlazz_hu::q1": (
        "SILENT: expected 12,097,609.00; got 12,454,197.00; understood: Umsatz · Q1 2024 · alle Kunden"
    ),
    "parasut_tr::by_city": (
        "ASKS BACK: expected {Ankara: 1,236,193.59, Bursa: 780,381.90, İstanbul: 1,564,432.03, İzmir: 1,053,3"
        "83.38}; got Zu 'Stadt' (Stadt) haben diese Daten keine Werte oder Spalten. Meinten Sie: Status, Auft"
        "ragsstatus? options=['Status', 'Auftragsstatus']; understood: bisher verstanden: Umsatz je Stadt · a"
        "lle Daten bis zum Stichtag · alle Kunden — offen: Zu 'Stadt' (Stadt) haben diese Daten keine Werte o"
        "der Spalten. Meinten Sie: Status, Auftragsstatus?"
    ),
    "parasut_tr::iade": (
        "ASKS BACK: expected -77,688.62 (or 77,688.62); got Ich habe in der Frage keine Kennzahl erkannt ('Rü"
        "ckgaben', 'İade' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durc"
        "hschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer K"
        "unden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die"
        " Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage ke"
        "ine Kennzahl erkannt ('Rückgaben', 'İade' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "parasut_tr::iptal": (
        "ASKS BACK: expected 30.00; got Das Wort 'iptal' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Aufträge). Meinten Sie: iptal edildi, Kundenkapital? options=['iptal edildi', 'Kundenkapital']; "
        "understood: bisher verstanden: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden — off"
        "en: Das Wort 'iptal' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie:"
        " iptal edildi, Kundenkapital?"
    ),
    "parasut_tr::kdv": (
        "ASKS BACK: expected 926,878.16; got I do not know 'VAT' in this data (understood: total KDV). Did yo"
        "u mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by te"
        "nure band', 'value by cohort']; understood: understood so far: total KDV · all data up to the analys"
        "is date · all customers — open: I do not know 'VAT' in this data (understood: total KDV). Did you me"
        "an: value at risk, value by tenure band, value by cohort?"
    ),
    "parasut_tr::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 4.634.390,90.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "kaufland_units::at": (
        "ASKS BACK: expected 6,847.51; got Das Wort 'Österreich' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten b"
        "is zum Stichtag · Land AT · alle Kunden — offen: Das Wort 'Österreich' kenne ich in diesen Daten nic"
        "ht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "kaufland_units::returned": (
        "ASKS BACK: expected 59.00 (or 53.00); got Das Wort 'Einheiten' kenne ich in diesen Daten nicht (vers"
        "tanden: Retourenbelege). Meinten Sie: Kundenzufriedenheit, Wichtigkeit × Zufriedenheit, Zufriedenhei"
        "t und Verhalten? options=['Kundenzufriedenheit', 'Wichtigkeit × Zufriedenheit', 'Zufriedenheit und V"
        "erhalten']; understood: bisher verstanden: Retourenbelege · alle Daten bis zum Stichtag · alle Kunde"
        "n — offen: Das Wort 'Einheiten' kenne ich in diesen Daten nicht (verstanden: Retourenbelege). Meinte"
        "n Sie: Kundenzufriedenheit, Wichtigkeit × Zufriedenheit, Zufriedenheit und Verhalten?"
    ),
    "kaufland_units::chf": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 23.628,05.'; un"
        "derstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
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
    "jahre_xlsx::offen": (
        "SILENT: expected 256.00; got 245; understood: Aufträge · alle Daten bis zum Stichtag · Auftragsstatu"
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
        "ASKS BACK: expected 32.00; got Ein stornierter Auftrag hat keinen anderen Status; stornierte Aufträg"
        "e mit Auftragsstatus Anulata gibt es daher nicht. Gemeint sind wohl die Aufträge, die storniert sind"
        " oder Status Anulata haben? options=['Wie viele Aufträge wurden storniert oder sind Anulata?']; unde"
        "rstood: bisher verstanden: nichts Eindeutiges — offen: Ein stornierter Auftrag hat keinen anderen St"
        "atus; stornierte Aufträge mit Auftragsstatus Anulata gibt es daher nicht. Gemeint sind wohl die Auft"
        "räge, die storniert sind oder Status Anulata haben?"
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
    "yayoi_jp_map::revenue": (
        "SILENT: expected 24,133,450.00; got 25,181,559.00 = 取消 slips counted; understood: Umsatz · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp_map::orders": (
        "SILENT: expected 640; got 664; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp_map::aov": (
        "SILENT: expected 37,708.52; got 37,924.03; understood: durchschnittlicher Bestellwert · alle Daten b"
        "is zum Stichtag · alle Kunden"
    ),
    "yayoi_jp_map::repeat": (
        "SILENT: expected 0.9167 (or 91.67); got 0.9417; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "yayoi_jp_map::top5": (
        "SILENT: expected [('T0000', 3613236.0), ('T0001', 1391251.0), ('T0003', 708616.0), ('T0119', 690571."
        "0), ('T0037', 580605.0)]; got [('t0000', 3695343.0), ('t0001', 1425153.0), ('t0003', 708616.0), ('t0"
        "119', 690571.0), ('t0037', 580605.0)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · a"
        "lle Kunden · Top 5"
    ),
    "yayoi_jp_map::by_store": (
        "ASKS BACK: expected {NAGOYA: 7,137,082.00, OSAKA: 7,874,406.00, TOKYO: 9,121,962.00}; got Das Wort '"
        "Filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. options=[];"
        " understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort"
        " 'Filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "yayoi_jp_map::osaka": (
        "SILENT: expected 7,874,406.00; got 8,236,101.00; understood: Umsatz · alle Daten bis zum Stichtag · "
        "店舗 OSAKA · alle Kunden"
    ),
    "yayoi_jp_map::ret": (
        "SILENT: expected -365,370.00 (or 365,370.00); got 399,225.00; understood: Retouren · alle Daten bis "
        "zum Stichtag · alle Kunden"
    ),
    "yayoi_jp_map::storno": (
        "SILENT: expected 26.00; got 36; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "yayoi_jp_map::tax": (
        "ASKS BACK: expected 2,413,071.00; got I did not recognise a metric in the question ('consumption', '"
        "tax', 'charge' is unknown to me). Which of these do you mean? options=['What is the total revenue?',"
        " 'Number of customers per country, top 5', 'What share of customers are B2B?', 'How many documents a"
        "re there?', 'How many credit notes were there?', 'What is the cancellation rate?']; understood: unde"
        "rstood so far: nothing definite — open: I did not recognise a metric in the question ('consumption',"
        " 'tax', 'charge' is unknown to me). Which of these do you mean?"
    ),
    "yayoi_jp_map::y2023": (
        "SILENT: expected 13,943,902.00; got 14,532,130.00; understood: Umsatz · 2023 · alle Kunden"
    ),
    "yayoi_jp_map::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 25.181.559,00.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu_map::orders": (
        "SILENT: expected 587; got 618 = Sztornó-cancelled invoices counted as orders; understood: Aufträge ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu_map::aov": (
        "SILENT: expected 192,601.55; got 182,940.31; understood: durchschnittlicher Bestellwert · alle Daten"
        " bis zum Stichtag · alle Kunden"
    ),
    "szamlazz_hu_map::top5": (
        "SILENT: expected [('Kovács Kft.', 16202823.0), ('Nagy Kft.', 5409945.0), ('Nagy Kft. Service', 44628"
        "84.0), ('Tóth Kft.', 2469462.0), ('Németh Bt. & Co.', 2301791.0)]; got [('10000000-2-10', 16202823.0"
        "), ('10007919-2-11', 5409945.0), ('10863171-2-29', 4462884.0), ('10015838-2-12', 2469462.0), ('10419"
        "707-2-33', 2301791.0)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · To"
        "p 5"
    ),
    "szamlazz_hu_map::storno": (
        "ASKS BACK: expected 31.00; got Das Wort 'Sztornó' kenne ich in diesen Daten nicht (verstanden: storn"
        "ierte Aufträge). Meinten Sie: sztorno szamla, Stornoquote, stornierte Positionen? options=['sztorno "
        "szamla', 'Stornoquote', 'stornierte Positionen']; understood: bisher verstanden: stornierte Aufträge"
        " · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Sztornó' kenne ich in diesen Daten n"
        "icht (verstanden: stornierte Aufträge). Meinten Sie: sztorno szamla, Stornoquote, stornierte Positio"
        "nen?"
    ),
    "szamlazz_hu_map::korr": (
        "ASKS BACK: expected -1,339,973.00 (or 1,339,973.00); got Das Wort 'Helyesbítő' kenne ich in diesen D"
        "aten nicht (verstanden: Retouren). Meinten Sie: helyesbito szamla? options=['helyesbito szamla']; un"
        "derstood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort "
        "'Helyesbítő' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: helyesbito szamla?"
    ),
    "szamlazz_hu_map::q1": (
        "SILENT: expected 12,097,609.00; got 12,454,197.00; understood: Umsatz · Q1 2024 · alle Kunden"
    ),
    "parasut_tr_map::by_city": (
        "ASKS BACK: expected {Ankara: 1,236,193.59, Bursa: 780,381.90, İstanbul: 1,564,432.03, İzmir: 1,053,3"
        "83.38}; got Zu 'Stadt' (Stadt) haben diese Daten keine Werte oder Spalten. Meinten Sie: Status, Auft"
        "ragsstatus? options=['Status', 'Auftragsstatus']; understood: bisher verstanden: Umsatz je Stadt · a"
        "lle Daten bis zum Stichtag · alle Kunden — offen: Zu 'Stadt' (Stadt) haben diese Daten keine Werte o"
        "der Spalten. Meinten Sie: Status, Auftragsstatus?"
    ),
    "parasut_tr_map::iade": (
        "ASKS BACK: expected -77,688.62 (or 77,688.62); got Ich habe in der Frage keine Kennzahl erkannt ('Rü"
        "ckgaben', 'İade' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durc"
        "hschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer K"
        "unden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die"
        " Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage ke"
        "ine Kennzahl erkannt ('Rückgaben', 'İade' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "parasut_tr_map::iptal": (
        "ASKS BACK: expected 30.00; got Das Wort 'iptal' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Aufträge). Meinten Sie: iptal edildi, Kundenkapital? options=['iptal edildi', 'Kundenkapital']; "
        "understood: bisher verstanden: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden — off"
        "en: Das Wort 'iptal' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie:"
        " iptal edildi, Kundenkapital?"
    ),
    "parasut_tr_map::kdv": (
        "ASKS BACK: expected 926,878.16; got I do not know 'VAT' in this data (understood: total KDV). Did yo"
        "u mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by te"
        "nure band', 'value by cohort']; understood: understood so far: total KDV · all data up to the analys"
        "is date · all customers — open: I do not know 'VAT' in this data (understood: total KDV). Did you me"
        "an: value at risk, value by tenure band, value by cohort?"
    ),
    "parasut_tr_map::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 4.634.390,90.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
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
        "ASKS BACK: expected 32.00; got Ein stornierter Auftrag hat keinen anderen Status; stornierte Aufträg"
        "e mit Auftragsstatus Anulata gibt es daher nicht. Gemeint sind wohl die Aufträge, die storniert sind"
        " oder Status Anulata haben? options=['Wie viele Aufträge wurden storniert oder sind Anulata?']; unde"
        "rstood: bisher verstanden: nichts Eindeutiges — offen: Ein stornierter Auftrag hat keinen anderen St"
        "atus; stornierte Aufträge mit Auftragsstatus Anulata gibt es daher nicht. Gemeint sind wohl die Auft"
        "räge, die storniert sind oder Status Anulata haben?"
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
