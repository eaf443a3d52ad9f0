"""Known gaps of insight on the round-13 client files (make_clients13.py): test id -> what insight does.
Run as strict xfails by test_clients13.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "billy_dk::by_seller": (
        "ASKS BACK: expected {Jonas Krogh: 792,860.46, Mette Holm: 1,154,301.99, Sofie Dahl: 648,282.69}; got"
        " Das Wort 'Verkäufer' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Wiederkaufs"
        "rate? options=['Wiederkaufsrate']; understood: bisher verstanden: Umsatz je Sælger · alle Daten bis "
        "zum Stichtag · alle Kunden — offen: Das Wort 'Verkäufer' kenne ich in diesen Daten nicht (verstanden"
        ": Umsatz). Meinten Sie: Wiederkaufsrate?"
    ),
    "billy_dk::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 2.595.445,14.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "netvisor_fi::by_kp": (
        "ASKS BACK: expected {Helsinki: 523,936.02, Oulu: 301,928.94, Tampere: 357,959.03}; got Das Wort 'Kos"
        "tenstelle' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. options=["
        "]; understood: bisher verstanden: Umsatz je Kustannuspaikka · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kostenstelle' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte and"
        "ers formulieren."
    ),
    "bexio_ch::revenue": (
        "SILENT: expected 1,295,485.98; got 1,509,309.85 = Total (incl. MWST) summed, Storno rows dropped; un"
        "derstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "bexio_ch::orders": (
        "SILENT: expected 489; got 520 = storno'd invoices counted as orders; understood: Aufträge · alle Dat"
        "en bis zum Stichtag · alle Kunden"
    ),
    "bexio_ch::aov": (
        "SILENT: expected 2,649.26; got 2,902.52; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "bexio_ch::repeat": (
        "SILENT: expected 0.9341 (or 93.41); got 0.9560; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "bexio_ch::top5": (
        "SILENT: expected [('1000', 286919.76), ('1002', 65105.6), ('1094', 55499.18), ('1001', 46343.04), ('"
        "1020', 35185.81)]; got [('müller ag', 333242.6), ('schmid ag', 70379.17), ('meier ag', 62235.68), ('"
        "schneider bau gmbh holding', 59994.59), ('weber treuhand ag', 38035.87)]; understood: Umsatz je Kund"
        "e · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "bexio_ch::by_title": (
        "ASKS BACK: expected {Beratung: 295,163.53, Lizenz: 338,068.37, Schulung: 397,212.79, Wartung: 265,04"
        "1.29}; got Das Wort 'Leistung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders fo"
        "rmulieren. options=[]; understood: bisher verstanden: Umsatz je Titel · alle Daten bis zum Stichtag "
        "· alle Kunden — offen: Das Wort 'Leistung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bit"
        "te anders formulieren."
    ),
    "bexio_ch::wartung": (
        "SILENT: expected 265,041.29; got 331,701.71; understood: Umsatz · alle Daten bis zum Stichtag · Tite"
        "l Wartung · alle Kunden"
    ),
    "bexio_ch::mar24": ("SILENT: expected 40,859.79; got 54,292.73; understood: Umsatz · März 2024 · alle Kunden"),
    "bexio_ch::new24": ("SILENT: expected 7.0000; got 5; understood: new customers · 2024 · all customers"),
    "bexio_ch::mwst": (
        "SILENT: expected 104,934.40; got 1,396,216.26; understood: Summe Total exkl. MWST · alle Daten bis z"
        "um Stichtag · alle Kunden"
    ),
    "easybill_de::import": (
        "REFUSED: EXTF_Buchungsstapel_easybill.csv: no column for required 'customer_id' of order_lines (also"
        " missing: order_date, amount); headers: 1447,97, S, EUR, 10000, 8300, 24.07.2024, RE2024-0001, RE202"
        '4-0001 Schulz GmbH, 7; closest: none; map one with --map "Header=customer_id"'
    ),
    "vyapar_in::revenue": (
        "SILENT: expected 16,039,647.32; got 16,807,704.40; understood: revenue · all data up to the analysis"
        " date · all customers"
    ),
    "vyapar_in::orders": (
        "SILENT: expected 581; got 620; understood: orders · all data up to the analysis date · all customers"
    ),
    "vyapar_in::customers": (
        "SILENT: expected 123; got 124; understood: customers · all data up to the analysis date · all customers"
    ),
    "vyapar_in::aov": (
        "SILENT: expected 27,606.97; got 27,109.20; understood: average order value · all data up to the anal"
        "ysis date · all customers"
    ),
    "vyapar_in::repeat": (
        "SILENT: expected 0.8780 (or 87.80); got 0.8952; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "vyapar_in::top5": (
        "SILENT: expected [('Aarav Sharma', 3756246.49), ('Vivaan Sharma', 994290.47), ('Aditya Sharma', 4646"
        "04.49), ('Sanjay Singh', 347705.31), ('Rahul Singh', 343544.37)]; got [('aarav sharma', 3871289.51),"
        " ('vivaan sharma', 1007376.53), ('aditya sharma', 464604.49), ('test', 373457.62), ('sanjay singh', "
        "360764.43)]; understood: revenue by customer · all data up to the analysis date · all customers · To"
        "p 5"
    ),
    "vyapar_in::by_pay": (
        "SILENT: expected {Bank: 4,208,270.62, Cash: 3,716,924.32, Cheque: 3,995,694.05, UPI: 4,118,758.33}; "
        "got {bank: 4,433,254.62, cash: 3,855,967.38, cheque: 4,165,270.55, upi: 4,353,211.85} columns=['paym"
        "ent_type', 'revenue']; understood: revenue by Payment Type · all data up to the analysis date · all "
        "customers"
    ),
    "vyapar_in::upi": (
        "ASKS BACK: expected 4,118,758.33; got 'upi' is a value in this data (Payment Type = UPI), not a colu"
        "mn to group by. Do you mean just that value, or by Payment Type? options=['Payment Type = UPI', 'by "
        "Payment Type']; understood: understood so far: nothing definite — open: 'upi' is a value in this dat"
        "a (Payment Type = UPI), not a column to group by. Do you mean just that value, or by Payment Type?"
    ),
    "vyapar_in::rets": (
        "SILENT: expected -197,299.73 (or 197,299.73); got 0.0000; understood: Retouren · alle Daten bis zum "
        "Stichtag · Transaction Type Sale Return · alle Kunden"
    ),
    "vyapar_in::jan24": ("SILENT: expected 826,614.80; got 868,805.93; understood: Umsatz · Januar 2024 · alle Kunden"),
    "vyapar_in::y2024": ("SILENT: expected 6,955,854.84; got 7,054,102.24; understood: Umsatz · 2024 · alle Kunden"),
    "moloni_pt::orders": (
        "SILENT: expected 370; got 362 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "moloni_pt::aov": (
        "SILENT: expected 70.05; got 71.60 = one order per customer and day (order number not used); understo"
        "od: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "contaazul_br::revenue": (
        "SILENT: expected 436,921.19; got 450,845.57 = Valor líquido summed (refunds ignored); understood: re"
        "venue · all data up to the analysis date · all customers"
    ),
    "contaazul_br::aov": (
        "SILENT: expected 762.52; got 786.82; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "contaazul_br::top5": (
        "SILENT: expected [('000.000.000-00', 87166.45), ('838.002.062-02', 21665.3), ('919.001.031-01', 1328"
        "5.9), ('623.017.527-17', 11749.71), ('542.018.558-18', 11307.37)]; got [('000.000.000-00', 88414.55)"
        ", ('838.002.062-02', 21665.3), ('919.001.031-01', 13571.14), ('542.018.558-18', 12412.51), ('623.017"
        ".527-17', 11821.53)]; understood: revenue by customer · all data up to the analysis date · all custo"
        "mers · Top 5"
    ),
    "contaazul_br::by_seller": (
        "SILENT: expected {Carla Mendes: 187,050.29, Diego Rocha: 114,846.27, Fernanda Alves: 135,024.63}; go"
        "t {carla mendes: 193,854.97, diego rocha: 116,743.48, fernanda alves: 140,247.12} columns=['vendedor"
        "', 'revenue']; understood: Umsatz je Vendedor · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "contaazul_br::eletro": (
        "SILENT: expected 129,843.15; got 133,554.50; understood: Umsatz · alle Daten bis zum Stichtag · Cate"
        "goria Eletrônicos · alle Kunden"
    ),
    "contaazul_br::est": (
        "ASKS BACK: expected 13,924.38 (or -13,924.38); got Ich habe in der Frage keine Kennzahl erkannt ('er"
        "stattet', 'estornado' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', "
        "'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unse"
        "rer Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch is"
        "t die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Fra"
        "ge keine Kennzahl erkannt ('erstattet', 'estornado' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "contaazul_br::feb24": (
        "SILENT: expected 15,530.21; got 16,386.21; understood: Umsatz · Februar 2024 · alle Kunden"
    ),
    "sellsy_fr::import": (
        "REFUSED: sellsy_factures.csv: no column for required 'amount' of order_lines (or quantity + unit_pri"
        "ce); headers: Numéro, Date, Client, Type, Catégorie, Montant TTC, Taux TVA, Statut; closest: 'Montan"
        't TTC\' (90); map one with --map "Montant TTC=amount"'
    ),
    "freee_jp::import": (
        "REFUSED: freee_取引一覧.csv: no column for required 'amount' of order_lines (or quantity + unit_price); "
        "headers: 取引日, 伝票番号, 取引先, 取引先コード, 品目, 金額（税抜）, 消費税, 決済状況; closest: '金額（税抜）' (90); map one with --map \""
        '金額（税抜）=amount"'
    ),
    "fic_it::import": (
        "REFUSED: fattureincloud_documenti.csv: column 'Data' (order_date) row 3: '20 dic 2023' is not a date"
        " (e.g. 2011-12-31 or 31.12.2011) (376 bad rows in this column); fix the value or map another column "
        "with --map"
    ),
    "billy_dk_map::by_seller": (
        "ASKS BACK: expected {Jonas Krogh: 792,860.46, Mette Holm: 1,154,301.99, Sofie Dahl: 648,282.69}; got"
        " Das Wort 'Verkäufer' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Wiederkaufs"
        "rate? options=['Wiederkaufsrate']; understood: bisher verstanden: Umsatz je Sælger · alle Daten bis "
        "zum Stichtag · alle Kunden — offen: Das Wort 'Verkäufer' kenne ich in diesen Daten nicht (verstanden"
        ": Umsatz). Meinten Sie: Wiederkaufsrate?"
    ),
    "billy_dk_map::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 2.595.445,14.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "netvisor_fi_map::by_kp": (
        "ASKS BACK: expected {Helsinki: 523,936.02, Oulu: 301,928.94, Tampere: 357,959.03}; got Das Wort 'Kos"
        "tenstelle' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. options=["
        "]; understood: bisher verstanden: Umsatz je Kustannuspaikka · alle Daten bis zum Stichtag · alle Kun"
        "den — offen: Das Wort 'Kostenstelle' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte and"
        "ers formulieren."
    ),
    "bexio_ch_map::revenue": (
        "SILENT: expected 1,295,485.98; got 1,396,216.26 = Storno rows dropped, invoices kept; understood: Um"
        "satz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "bexio_ch_map::orders": (
        "SILENT: expected 489; got 520 = storno'd invoices counted as orders; understood: Aufträge · alle Dat"
        "en bis zum Stichtag · alle Kunden"
    ),
    "bexio_ch_map::aov": (
        "SILENT: expected 2,649.26; got 2,685.03; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "bexio_ch_map::repeat": (
        "SILENT: expected 0.9341 (or 93.41); got 0.9560; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "bexio_ch_map::top5": (
        "SILENT: expected [('1000', 286919.76), ('1002', 65105.6), ('1094', 55499.18), ('1001', 46343.04), ('"
        "1020', 35185.81)]; got [('1000', 308272.48), ('1002', 65105.6), ('1001', 57572.31), ('1094', 55499.1"
        "8), ('1020', 35185.81)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · T"
        "op 5"
    ),
    "bexio_ch_map::by_title": (
        "ASKS BACK: expected {Beratung: 295,163.53, Lizenz: 338,068.37, Schulung: 397,212.79, Wartung: 265,04"
        "1.29}; got Das Wort 'Leistung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders fo"
        "rmulieren. options=[]; understood: bisher verstanden: Umsatz je Titel · alle Daten bis zum Stichtag "
        "· alle Kunden — offen: Das Wort 'Leistung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bit"
        "te anders formulieren."
    ),
    "bexio_ch_map::wartung": (
        "SILENT: expected 265,041.29; got 306,847.07; understood: Umsatz · alle Daten bis zum Stichtag · Tite"
        "l Wartung · alle Kunden"
    ),
    "bexio_ch_map::mar24": ("SILENT: expected 40,859.79; got 50,224.53; understood: Umsatz · März 2024 · alle Kunden"),
    "bexio_ch_map::new24": ("SILENT: expected 7.0000; got 5; understood: new customers · 2024 · all customers"),
    "bexio_ch_map::mwst": (
        "SILENT: expected 104,934.40; got 113,093.59; understood: Summe MWST · alle Daten bis zum Stichtag · "
        "alle Kunden"
    ),
    "vyapar_in_map::revenue": (
        "SILENT: expected 16,039,647.32; got 16,807,704.40; understood: revenue · all data up to the analysis"
        " date · all customers"
    ),
    "vyapar_in_map::orders": (
        "SILENT: expected 581; got 620; understood: orders · all data up to the analysis date · all customers"
    ),
    "vyapar_in_map::customers": (
        "SILENT: expected 123; got 124; understood: customers · all data up to the analysis date · all customers"
    ),
    "vyapar_in_map::aov": (
        "SILENT: expected 27,606.97; got 27,109.20; understood: average order value · all data up to the anal"
        "ysis date · all customers"
    ),
    "vyapar_in_map::repeat": (
        "SILENT: expected 0.8780 (or 87.80); got 0.8952; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "vyapar_in_map::top5": (
        "SILENT: expected [('Aarav Sharma', 3756246.49), ('Vivaan Sharma', 994290.47), ('Aditya Sharma', 4646"
        "04.49), ('Sanjay Singh', 347705.31), ('Rahul Singh', 343544.37)]; got [('aarav sharma', 3871289.51),"
        " ('vivaan sharma', 1007376.53), ('aditya sharma', 464604.49), ('test', 373457.62), ('sanjay singh', "
        "360764.43)]; understood: revenue by customer · all data up to the analysis date · all customers · To"
        "p 5"
    ),
    "vyapar_in_map::by_pay": (
        "SILENT: expected {Bank: 4,208,270.62, Cash: 3,716,924.32, Cheque: 3,995,694.05, UPI: 4,118,758.33}; "
        "got {bank: 4,433,254.62, cash: 3,855,967.38, cheque: 4,165,270.55, upi: 4,353,211.85} columns=['paym"
        "ent_type', 'revenue']; understood: revenue by Payment Type · all data up to the analysis date · all "
        "customers"
    ),
    "vyapar_in_map::upi": (
        "ASKS BACK: expected 4,118,758.33; got 'upi' is a value in this data (Payment Type = UPI), not a colu"
        "mn to group by. Do you mean just that value, or by Payment Type? options=['Payment Type = UPI', 'by "
        "Payment Type']; understood: understood so far: nothing definite — open: 'upi' is a value in this dat"
        "a (Payment Type = UPI), not a column to group by. Do you mean just that value, or by Payment Type?"
    ),
    "vyapar_in_map::rets": (
        "SILENT: expected -197,299.73 (or 197,299.73); got 0.0000; understood: Retouren · alle Daten bis zum "
        "Stichtag · Transaction Type Sale Return · alle Kunden"
    ),
    "vyapar_in_map::jan24": (
        "SILENT: expected 826,614.80; got 868,805.93; understood: Umsatz · Januar 2024 · alle Kunden"
    ),
    "vyapar_in_map::y2024": (
        "SILENT: expected 6,955,854.84; got 7,054,102.24; understood: Umsatz · 2024 · alle Kunden"
    ),
    "contaazul_br_map::revenue": (
        "SILENT: expected 436,921.19; got 450,845.57 = Valor líquido summed (refunds ignored); understood: re"
        "venue · all data up to the analysis date · all customers"
    ),
    "contaazul_br_map::aov": (
        "SILENT: expected 762.52; got 786.82; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "contaazul_br_map::top5": (
        "SILENT: expected [('000.000.000-00', 87166.45), ('838.002.062-02', 21665.3), ('919.001.031-01', 1328"
        "5.9), ('623.017.527-17', 11749.71), ('542.018.558-18', 11307.37)]; got [('000.000.000-00', 88414.55)"
        ", ('838.002.062-02', 21665.3), ('919.001.031-01', 13571.14), ('542.018.558-18', 12412.51), ('623.017"
        ".527-17', 11821.53)]; understood: revenue by customer · all data up to the analysis date · all custo"
        "mers · Top 5"
    ),
    "contaazul_br_map::by_seller": (
        "SILENT: expected {Carla Mendes: 187,050.29, Diego Rocha: 114,846.27, Fernanda Alves: 135,024.63}; go"
        "t {carla mendes: 193,854.97, diego rocha: 116,743.48, fernanda alves: 140,247.12} columns=['vendedor"
        "', 'revenue']; understood: Umsatz je Vendedor · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "contaazul_br_map::eletro": (
        "SILENT: expected 129,843.15; got 133,554.50; understood: Umsatz · alle Daten bis zum Stichtag · Cate"
        "goria Eletrônicos · alle Kunden"
    ),
    "contaazul_br_map::est": (
        "ASKS BACK: expected 13,924.38 (or -13,924.38); got Ich habe in der Frage keine Kennzahl erkannt ('er"
        "stattet', 'estornado' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', "
        "'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unse"
        "rer Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch is"
        "t die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Fra"
        "ge keine Kennzahl erkannt ('erstattet', 'estornado' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "contaazul_br_map::feb24": (
        "SILENT: expected 15,530.21; got 16,386.21; understood: Umsatz · Februar 2024 · alle Kunden"
    ),
    "freee_jp_map::import": (
        "REFUSED: freee_取引一覧.csv: column '取引日' (order_date) row 1: '2024年1月24日' is not a date (e.g. 2011-12-3"
        "1 or 31.12.2011) (540 bad rows in this column); fix the value or map another column with --map"
    ),
    "fic_it_map::import": (
        "REFUSED: fattureincloud_documenti.csv: column 'Data' (order_date) row 3: '20 dic 2023' is not a date"
        " (e.g. 2011-12-31 or 31.12.2011) (376 bad rows in this column); fix the value or map another column "
        "with --map"
    ),
    "sellsy_fr_map::import": (
        "REFUSED: sellsy_factures.csv: column 'Date' (order_date) row 1: '1 févr. 2024' is not a date (e.g. 2"
        "011-12-31 or 31.12.2011) (249 bad rows in this column); fix the value or map another column with --m"
        "ap"
    ),
}
