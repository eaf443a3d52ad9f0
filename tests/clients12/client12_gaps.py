"""Known gaps of insight on the round-12 client files (make_clients12.py): test id -> what insight does.
Run as strict xfails by test_clients12.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "mirakl_mp::revenue": (
        "SILENT: expected 48,670.52; got 51,385.67 = REFUSED counted; understood: revenue · all data up to th"
        "e analysis date · all customers"
    ),
    "mirakl_mp::orders": (
        "SILENT: expected 436; got 465; understood: orders · all data up to the analysis date · all customers"
    ),
    "mirakl_mp::customers": (
        "SILENT: expected 137; got 138; understood: customers · all data up to the analysis date · all customers"
    ),
    "mirakl_mp::aov": (
        "SILENT: expected 111.63; got 110.51; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "mirakl_mp::repeat": (
        "SILENT: expected 0.6861 (or 68.61); got 0.6957; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "mirakl_mp::top5": (
        "SILENT: expected [('C00000', 7538.38), ('C00001', 2309.46), ('C00119', 1353.77), ('C00135', 1001.41)"
        ", ('C00002', 967.01)]; got [('c00000', 8414.71), ('c00001', 2399.49), ('c00119', 1353.77), ('c00149'"
        ", 1199.91), ('c00135', 1001.41)]; understood: revenue by customer · all data up to the analysis date"
        " · all customers · Top 5"
    ),
    "mirakl_mp::by_shop": (
        "SILENT: expected {Jardin Plus: 9,877.15, Kids Corner: 14,890.27, Maison Déco: 11,419.16, TechPoint: "
        "12,483.94}; got {jardin plus: 10,375.34, kids corner: 15,517.11, maison déco: 12,513.60, techpoint: "
        "12,979.62} columns=['shop_name', 'revenue']; understood: revenue by Shop name · all data up to the a"
        "nalysis date · all customers"
    ),
    "mirakl_mp::techpoint": (
        "SILENT: expected 12,483.94; got 12,979.62; understood: Umsatz · alle Daten bis zum Stichtag · Shop n"
        "ame TechPoint · alle Kunden"
    ),
    "mirakl_mp::by_cat": (
        "SILENT: expected {Electronics: 12,284.43, Garden: 9,653.08, Home: 13,033.71, Toys: 13,699.30}; got {"
        "electronics: 12,878.79, garden: 10,039.14, home: 14,121.99, toys: 14,345.75} columns=['category_labe"
        "l', 'revenue']; understood: Umsatz je Category label · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mirakl_mp::comm": (
        "ASKS BACK: expected 5,840.52 (or 7,031.04); got Ich habe in der Frage keine Kennzahl erkannt ('Provi"
        "sion', 'Commission' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'D"
        "urchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unsere"
        "r Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist "
        "die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage"
        " keine Kennzahl erkannt ('Provision', 'Commission' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "mirakl_mp::qty": (
        "SILENT: expected 1,221.00; got 1,284.00; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "teamleader_be::by_rep": (
        "ASKS BACK: expected {Lien Maes: 319,930.02, Sarah Peeters: 516,465.90, Tom Claes: 386,764.84}; got D"
        "as Wort 'Betreuer' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: treu, eur? opt"
        "ions=['treu', 'eur']; understood: bisher verstanden: Umsatz je Verantwoordelijke · alle Daten bis zu"
        "m Stichtag · alle Kunden — offen: Das Wort 'Betreuer' kenne ich in diesen Daten nicht (verstanden: U"
        "msatz). Meinten Sie: treu, eur?"
    ),
    "moneybird_nl::belgie": (
        "ASKS BACK: expected 107,852.15; got Das Wort 'Belgien' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Meinten Sie: be, Belege? options=['be', 'Belege']; understood: bisher verstanden: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Belgien' kenne ich in diesen Daten nich"
        "t (verstanden: Umsatz). Meinten Sie: be, Belege?"
    ),
    "moneybird_nl::cf": (
        "ASKS BACK: expected -11,125.62 (or 11,125.62); got Ich habe in der Frage keine Kennzahl erkannt ('Cr"
        "editfacturen' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kund"
        "en sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die St"
        "ornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine"
        " Kennzahl erkannt ('Creditfacturen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "moneybird_nl::late": (
        "ASKS BACK: expected 43.00; got Das Wort 'spät' kenne ich in diesen Daten nicht (verstanden: Aufträge"
        "). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit? options=['Zufriedenheit und Verhal"
        "ten', 'Kundenzufriedenheit']; understood: bisher verstanden: Aufträge · alle Daten bis zum Stichtag "
        "· Auftragsstatus te laat · alle Kunden — offen: Das Wort 'spät' kenne ich in diesen Daten nicht (ver"
        "standen: Aufträge). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit?"
    ),
    "visma_no::by_dep": (
        "ASKS BACK: expected {Bergen: 1,639,751.55, Oslo: 2,426,505.98, Trondheim: 1,293,469.48}; got Das Wor"
        "t 'Abteilung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Bildung, ABC-Klasse"
        "n? options=['Bildung', 'ABC-Klassen']; understood: bisher verstanden: Umsatz je Avdeling · alle Date"
        "n bis zum Stichtag · alle Kunden — offen: Das Wort 'Abteilung' kenne ich in diesen Daten nicht (vers"
        "tanden: Umsatz). Meinten Sie: Bildung, ABC-Klassen?"
    ),
    "visma_no::bergen": (
        "ASKS BACK: expected 1,639,751.55; got Das Wort 'Abteilung' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Meinten Sie: Bildung, ABC-Klassen? options=['Bildung', 'ABC-Klassen']; understood: bish"
        "er verstanden: Umsatz · alle Daten bis zum Stichtag · Avdeling Bergen · alle Kunden — offen: Das Wor"
        "t 'Abteilung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Bildung, ABC-Klasse"
        "n?"
    ),
    "holded_es::ret": (
        "ASKS BACK: expected -26,570.53 (or 26,570.53); got Zu 'acquisition_channel' (Akquisekanal) haben die"
        "se Daten keine Werte oder Spalten. Meinten Sie: Vertriebskanal, Funnel? options=['Vertriebskanal', '"
        "Funnel']; understood: bisher verstanden: Summe Retención + Summe IVA je Akquisekanal · alle Daten bi"
        "s zum Stichtag · alle Kunden — offen: Zu 'acquisition_channel' (Akquisekanal) haben diese Daten kein"
        "e Werte oder Spalten. Meinten Sie: Vertriebskanal, Funnel?"
    ),
    "tiendanube_ar::revenue": (
        "SILENT: expected 18,781,757.96; got 19,996,357.96 = Total (incl. envío) summed; understood: Umsatz ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    "tiendanube_ar::orders": (
        "SILENT: expected 561; got 554 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "tiendanube_ar::aov": (
        "SILENT: expected 33,479.07; got 36,094.51; understood: durchschnittlicher Bestellwert · alle Daten b"
        "is zum Stichtag · alle Kunden"
    ),
    "tiendanube_ar::top5": (
        "SILENT: expected [('sofia.gonzalez0@gmail.com', 3032699.94), ('mateo.gonzalez1@gmail.com', 1086318.4"
        "2), ('valentina.gonzalez2@gmail.com', 385704.88), ('joaquin.contreras159@gmail.com', 338429.56), ('c"
        "amila.munoz116@gmail.com', 312710.48)]; got [('sofia.gonzalez0@gmail.com', 3277899.94), ('mateo.gonz"
        "alez1@gmail.com', 1161218.42), ('valentina.gonzalez2@gmail.com', 411804.88), ('joaquin.contreras159@"
        "gmail.com', 355829.56), ('camila.munoz116@gmail.com', 321410.48)]; understood: Umsatz je Kunde · all"
        "e Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "tiendanube_ar::by_prov": (
        "ASKS BACK: expected {Buenos Aires: 6,721,517.96, Córdoba: 3,603,965.20, Mendoza: 4,450,907.60, Santa"
        " Fe: 4,005,367.20}; got Das Wort 'Provinz' kenne ich in diesen Daten nicht (verstanden: Umsatz). Mei"
        "nten Sie: Provincia o estado, provincia o estado mendoza, provincia o estado cordoba? options=['Prov"
        "incia o estado', 'provincia o estado mendoza', 'provincia o estado cordoba']; understood: bisher ver"
        "standen: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Provinz' kenne ich in"
        " diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Provincia o estado, provincia o estado mendoz"
        "a, provincia o estado cordoba?"
    ),
    "tiendanube_ar::cordoba": (
        "SILENT: expected 3,603,965.20; got 3,830,365.20; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Provincia o estado Córdoba · alle Kunden"
    ),
    "tiendanube_ar::by_medio": (
        "SILENT: expected {Efectivo: 6,601,871.92, Mercado Pago: 6,254,345.00, Transferencia: 5,925,541.04}; "
        "got {efectivo: 6,978,071.92, mercado pago: 6,699,545.00, transferencia: 6,318,741.04} columns=['medi"
        "o_de_pago', 'revenue']; understood: revenue by Medio de pago · all data up to the analysis date · al"
        "l customers"
    ),
    "tiendanube_ar::env": (
        "ASKS BACK: expected 1,214,600.00 (or 1,364,400.00); got I do not know 'shipping' in this data (under"
        "stood: customers). Please rephrase. options=[]; understood: understood so far: customers · all data "
        "up to the analysis date · all customers — open: I do not know 'shipping' in this data (understood: c"
        "ustomers). Please rephrase."
    ),
    "axonaut_fr::revenue": (
        "SILENT: expected 1,295,186.99; got 3,005,853.04 = Montant HT facture summed per instalment; understo"
        "od: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "axonaut_fr::aov": (
        "SILENT: expected 3,338.11; got 7,747.04; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "axonaut_fr::top5": (
        "SILENT: expected [('Martin SARL', 252794.47), ('Bernard SARL', 76282.95), ('Thomas SARL', 61867.79),"
        " ('Dubois SARL', 33304.03), ('Leroy & Fils & Co.', 32787.3)]; got [('martin sarl', 540900.85), ('tho"
        "mas sarl', 183415.46), ('bernard sarl', 175973.22), ('leroy & fils & co.', 83852.29), ('durand & fil"
        "s', 81882.92)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "axonaut_fr::by_com": (
        "ASKS BACK: expected {Camille Roux: 309,829.50, Hugo Lambert: 441,269.07, Julie Moreau: 544,088.42}; "
        "got Das Wort 'Vertriebler' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Vertri"
        "ebskanal? options=['Vertriebskanal']; understood: bisher verstanden: Umsatz je Commercial · alle Dat"
        "en bis zum Stichtag · alle Kunden — offen: Das Wort 'Vertriebler' kenne ich in diesen Daten nicht (v"
        "erstanden: Umsatz). Meinten Sie: Vertriebskanal?"
    ),
    "axonaut_fr::hugo": (
        "SILENT: expected 441,269.07; got 977,652.77; understood: Umsatz · alle Daten bis zum Stichtag · Comm"
        "ercial Hugo Lambert · alle Kunden"
    ),
    "axonaut_fr::mar24": ("SILENT: expected 63,120.55; got 180,351.38; understood: Umsatz · März 2024 · alle Kunden"),
    "afas_nl::by_vest": (
        "ASKS BACK: expected {Amsterdam: 407,365.30, Rotterdam: 241,937.34, Utrecht: 224,347.62}; got Das Wor"
        "t 'Niederlassung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren. op"
        "tions=[]; understood: bisher verstanden: Umsatz je Vestiging · alle Daten bis zum Stichtag · alle Ku"
        "nden — offen: Das Wort 'Niederlassung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte a"
        "nders formulieren."
    ),
    "afas_nl::utrecht": (
        "ASKS BACK: expected 224,347.62; got Das Wort 'Niederlassung' kenne ich in diesen Daten nicht (versta"
        "nden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Da"
        "ten bis zum Stichtag · Vestiging Utrecht · alle Kunden — offen: Das Wort 'Niederlassung' kenne ich i"
        "n diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "jumpseller_cl::revenue": (
        "SILENT: expected 26,307,530.00; got 29,433,150.00 = Abandoned counted; understood: revenue · all dat"
        "a up to the analysis date · all customers"
    ),
    "jumpseller_cl::orders": (
        "SILENT: expected 467; got 523 = Abandoned counted; understood: orders · all data up to the analysis "
        "date · all customers"
    ),
    "jumpseller_cl::customers": (
        "SILENT: expected 124; got 128; understood: customers · all data up to the analysis date · all customers"
    ),
    "jumpseller_cl::aov": (
        "SILENT: expected 56,333.04; got 56,277.53; understood: average order value · all data up to the anal"
        "ysis date · all customers"
    ),
    "jumpseller_cl::repeat": (
        "SILENT: expected 0.7661 (or 76.61); got 0.7891; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "jumpseller_cl::top5": (
        "SILENT: expected [('sofia0@correo.cl', 4720580.0), ('mateo1@correo.cl', 1608170.0), ('valentina2@cor"
        "reo.cl', 637710.0), ('tomas97@correo.cl', 475290.0), ('joaquin139@correo.cl', 422260.0)]; got [('sof"
        "ia0@correo.cl', 5073370.0), ('mateo1@correo.cl', 1814530.0), ('valentina2@correo.cl', 867080.0), ('v"
        "alentina112@correo.cl', 498260.0), ('tomas97@correo.cl', 475290.0)]; understood: revenue by customer"
        " · all data up to the analysis date · all customers · Top 5"
    ),
    "jumpseller_cl::by_prod": (
        "SILENT: expected {Café de grano 1kg: 4,497,000.00, Filtros de papel: 1,071,430.00, Molinillo manual:"
        " 10,317,420.00, Prensa francesa: 7,896,840.00, Taza de cerámica: 2,524,840.00}; got {café de grano 1"
        "kg: 5,036,640.00, filtros de papel: 1,228,480.00, molinillo manual: 11,477,130.00, prensa francesa: "
        "8,846,460.00, taza de cerámica: 2,844,440.00} columns=['product_id', 'description', 'revenue']; unde"
        "rstood: Umsatz je Artikel · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jumpseller_cl::taza": (
        "ASKS BACK: expected 2,524,840.00; got Das Wort 'taza', 'ceramica' kenne ich in diesen Daten nicht (v"
        "erstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'taza', 'ceramica' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "jumpseller_cl::by_reg": (
        "SILENT: expected {Biobío: 6,592,110.00, Región Metropolitana: 11,721,670.00, Valparaíso: 7,993,750.0"
        "0}; got {biobío: 7,777,830.00, región metropolitana: 12,727,060.00, valparaíso: 8,928,260.00} column"
        "s=['shipping_region', 'revenue']; understood: Umsatz je Shipping Region · alle Daten bis zum Stichta"
        "g · alle Kunden"
    ),
    "jumpseller_cl::units": (
        "SILENT: expected 1,497.00; got 1,685.00; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jumpseller_cl::share_mol": (
        "ASKS BACK: expected 0.3922 (or 39.22); got Das Wort 'entfällt', 'Molinillo', 'manual' kenne ich in d"
        "iesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Kundenwert je Akquisekanal, Vertriebskana"
        "l, Akquisekanal? options=['Kundenwert je Akquisekanal', 'Vertriebskanal', 'Akquisekanal']; understoo"
        "d: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'en"
        "tfällt', 'Molinillo', 'manual' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten S"
        "ie: Kundenwert je Akquisekanal, Vertriebskanal, Akquisekanal?"
    ),
    "loyverse_pos::n_ref": (
        "SILENT: expected 39.00; got 0; understood: orders · all data up to the analysis date · Receipt type "
        "Refund · all customers"
    ),
    "loyverse_pos::disc": (
        "ASKS BACK: expected 703.57 (or -703.57, 737.52); got Ich habe in der Frage keine Kennzahl erkannt ('"
        "Rabatt' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittl"
        "icher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sin"
        "d B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoqu"
        "ote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennz"
        "ahl erkannt ('Rabatt' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "mirakl_mp_map::revenue": (
        "SILENT: expected 48,670.52; got 51,385.67 = REFUSED counted; understood: revenue · all data up to th"
        "e analysis date · all customers"
    ),
    "mirakl_mp_map::orders": (
        "SILENT: expected 436; got 465; understood: orders · all data up to the analysis date · all customers"
    ),
    "mirakl_mp_map::customers": (
        "SILENT: expected 137; got 138; understood: customers · all data up to the analysis date · all customers"
    ),
    "mirakl_mp_map::aov": (
        "SILENT: expected 111.63; got 110.51; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "mirakl_mp_map::repeat": (
        "SILENT: expected 0.6861 (or 68.61); got 0.6957; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "mirakl_mp_map::top5": (
        "SILENT: expected [('C00000', 7538.38), ('C00001', 2309.46), ('C00119', 1353.77), ('C00135', 1001.41)"
        ", ('C00002', 967.01)]; got [('c00000', 8414.71), ('c00001', 2399.49), ('c00119', 1353.77), ('c00149'"
        ", 1199.91), ('c00135', 1001.41)]; understood: revenue by customer · all data up to the analysis date"
        " · all customers · Top 5"
    ),
    "mirakl_mp_map::by_shop": (
        "SILENT: expected {Jardin Plus: 9,877.15, Kids Corner: 14,890.27, Maison Déco: 11,419.16, TechPoint: "
        "12,483.94}; got {jardin plus: 10,375.34, kids corner: 15,517.11, maison déco: 12,513.60, techpoint: "
        "12,979.62} columns=['shop_name', 'revenue']; understood: revenue by Shop name · all data up to the a"
        "nalysis date · all customers"
    ),
    "mirakl_mp_map::techpoint": (
        "SILENT: expected 12,483.94; got 12,979.62; understood: Umsatz · alle Daten bis zum Stichtag · Shop n"
        "ame TechPoint · alle Kunden"
    ),
    "mirakl_mp_map::by_cat": (
        "SILENT: expected {Electronics: 12,284.43, Garden: 9,653.08, Home: 13,033.71, Toys: 13,699.30}; got {"
        "electronics: 12,878.79, garden: 10,039.14, home: 14,121.99, toys: 14,345.75} columns=['category_labe"
        "l', 'revenue']; understood: Umsatz je Category label · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mirakl_mp_map::comm": (
        "ASKS BACK: expected 5,840.52 (or 7,031.04); got Ich habe in der Frage keine Kennzahl erkannt ('Provi"
        "sion', 'Commission' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'D"
        "urchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unsere"
        "r Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist "
        "die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage"
        " keine Kennzahl erkannt ('Provision', 'Commission' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "mirakl_mp_map::qty": (
        "SILENT: expected 1,221.00; got 1,284.00; understood: Menge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "teamleader_be_map::by_rep": (
        "ASKS BACK: expected {Lien Maes: 319,930.02, Sarah Peeters: 516,465.90, Tom Claes: 386,764.84}; got D"
        "as Wort 'Betreuer' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: treu, eur? opt"
        "ions=['treu', 'eur']; understood: bisher verstanden: Umsatz je Verantwoordelijke · alle Daten bis zu"
        "m Stichtag · alle Kunden — offen: Das Wort 'Betreuer' kenne ich in diesen Daten nicht (verstanden: U"
        "msatz). Meinten Sie: treu, eur?"
    ),
    "moneybird_nl_map::belgie": (
        "ASKS BACK: expected 107,852.15; got Das Wort 'Belgien' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Meinten Sie: be, Belege? options=['be', 'Belege']; understood: bisher verstanden: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Belgien' kenne ich in diesen Daten nich"
        "t (verstanden: Umsatz). Meinten Sie: be, Belege?"
    ),
    "moneybird_nl_map::cf": (
        "ASKS BACK: expected -11,125.62 (or 11,125.62); got Ich habe in der Frage keine Kennzahl erkannt ('Cr"
        "editfacturen' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kund"
        "en sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die St"
        "ornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine"
        " Kennzahl erkannt ('Creditfacturen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "moneybird_nl_map::late": (
        "ASKS BACK: expected 43.00; got Das Wort 'spät' kenne ich in diesen Daten nicht (verstanden: Aufträge"
        "). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit? options=['Zufriedenheit und Verhal"
        "ten', 'Kundenzufriedenheit']; understood: bisher verstanden: Aufträge · alle Daten bis zum Stichtag "
        "· Auftragsstatus te laat · alle Kunden — offen: Das Wort 'spät' kenne ich in diesen Daten nicht (ver"
        "standen: Aufträge). Meinten Sie: Zufriedenheit und Verhalten, Kundenzufriedenheit?"
    ),
    "visma_no_map::by_dep": (
        "ASKS BACK: expected {Bergen: 1,639,751.55, Oslo: 2,426,505.98, Trondheim: 1,293,469.48}; got Das Wor"
        "t 'Abteilung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Bildung, ABC-Klasse"
        "n? options=['Bildung', 'ABC-Klassen']; understood: bisher verstanden: Umsatz je Avdeling · alle Date"
        "n bis zum Stichtag · alle Kunden — offen: Das Wort 'Abteilung' kenne ich in diesen Daten nicht (vers"
        "tanden: Umsatz). Meinten Sie: Bildung, ABC-Klassen?"
    ),
    "visma_no_map::bergen": (
        "ASKS BACK: expected 1,639,751.55; got Das Wort 'Abteilung' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Meinten Sie: Bildung, ABC-Klassen? options=['Bildung', 'ABC-Klassen']; understood: bish"
        "er verstanden: Umsatz · alle Daten bis zum Stichtag · Avdeling Bergen · alle Kunden — offen: Das Wor"
        "t 'Abteilung' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Bildung, ABC-Klasse"
        "n?"
    ),
    "holded_es_map::ret": (
        "ASKS BACK: expected -26,570.53 (or 26,570.53); got Zu 'acquisition_channel' (Akquisekanal) haben die"
        "se Daten keine Werte oder Spalten. Meinten Sie: Vertriebskanal, Funnel? options=['Vertriebskanal', '"
        "Funnel']; understood: bisher verstanden: Summe Retención + Summe IVA je Akquisekanal · alle Daten bi"
        "s zum Stichtag · alle Kunden — offen: Zu 'acquisition_channel' (Akquisekanal) haben diese Daten kein"
        "e Werte oder Spalten. Meinten Sie: Vertriebskanal, Funnel?"
    ),
    "axonaut_fr_map::revenue": (
        "SILENT: expected 1,295,186.99; got 3,005,853.04 = Montant HT facture summed per instalment; understo"
        "od: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "axonaut_fr_map::aov": (
        "SILENT: expected 3,338.11; got 7,747.04; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "axonaut_fr_map::top5": (
        "SILENT: expected [('Martin SARL', 252794.47), ('Bernard SARL', 76282.95), ('Thomas SARL', 61867.79),"
        " ('Dubois SARL', 33304.03), ('Leroy & Fils & Co.', 32787.3)]; got [('martin sarl', 540900.85), ('tho"
        "mas sarl', 183415.46), ('bernard sarl', 175973.22), ('leroy & fils & co.', 83852.29), ('durand & fil"
        "s', 81882.92)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "axonaut_fr_map::by_com": (
        "ASKS BACK: expected {Camille Roux: 309,829.50, Hugo Lambert: 441,269.07, Julie Moreau: 544,088.42}; "
        "got Das Wort 'Vertriebler' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Vertri"
        "ebskanal? options=['Vertriebskanal']; understood: bisher verstanden: Umsatz je Commercial · alle Dat"
        "en bis zum Stichtag · alle Kunden — offen: Das Wort 'Vertriebler' kenne ich in diesen Daten nicht (v"
        "erstanden: Umsatz). Meinten Sie: Vertriebskanal?"
    ),
    "axonaut_fr_map::hugo": (
        "SILENT: expected 441,269.07; got 977,652.77; understood: Umsatz · alle Daten bis zum Stichtag · Comm"
        "ercial Hugo Lambert · alle Kunden"
    ),
    "axonaut_fr_map::mar24": (
        "SILENT: expected 63,120.55; got 180,351.38; understood: Umsatz · März 2024 · alle Kunden"
    ),
    "loyverse_pos_map::n_ref": (
        "SILENT: expected 39.00; got 0; understood: orders · all data up to the analysis date · Receipt type "
        "Refund · all customers"
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
