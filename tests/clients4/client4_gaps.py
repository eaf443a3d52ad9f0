"""Known gaps of insight on the round-4 client files (make_clients4.py): test id -> what insight does.
Run as strict xfails by test_clients4.py, so a fix shows up as XPASS (then delete the entry). ``SILENT:``
a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the export is
well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer."""

GAPS: dict[str, str] = {
    "shopify_lines::import": (
        "REFUSED: orders_export_1.csv: column 'Paid at' (order_date) row 2 is empty; every row needs a value "
        "for order_date"
    ),
    "paypal::revenue": (
        "SILENT: expected 112,113.00; got 72,039.62 = fees and payouts subtracted; understood: Umsatz · alle "
        "Daten bis zum Stichtag · alle Kunden"
    ),
    "paypal::orders": (
        "SILENT: expected 1126; got 1064; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "paypal::aov": (
        "SILENT: expected 99.57; got 67.71; understood: durchschnittlicher Bestellwert · alle Daten bis zum S"
        "tichtag · alle Kunden"
    ),
    "paypal::top5": (
        "SILENT: expected [('a.wolf0@web.example', 21551.0), ('a.wolf1@web.example', 5600.0), ('m.koch2@web.e"
        "xample', 2060.0), ('s.bauer3@web.example', 1514.0), ('k.meier7@web.example', 1001.0)]; got [('a.wolf"
        "0', 20915.44), ('a.wolf1', 5426.69), ('m.koch2', 2000.5), ('s.bauer3', 1470.55), ('k.meier7', 973.3)"
        "]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "paypal::refunds": (
        "ASKS BACK: expected 6,650.00 (or -6,650.00); got Ich habe in der Frage keine Kennzahl erkannt ('erst"
        "attet' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittli"
        "cher Bestellwert für Deutschland, Österreich und die Schweiz', 'Welchen Anteil am Umsatz haben die A"
        "BC-Klassen?', 'Gewinn nach Land', 'Wie hoch ist die Kauffrequenz?', 'Wie hoch ist der Kundenwert ges"
        "amt?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennz"
        "ahl erkannt ('erstattet' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "paypal::payouts": (
        "ASKS BACK: expected 36,723.62 (or -36,723.62); got Ich habe in der Frage keine Kennzahl erkannt ('Ba"
        "nkkonto', 'ausgezahlt' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3',"
        " 'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Welchen Anteil am Um"
        "satz haben die ABC-Klassen?', 'Gewinn nach Land', 'Wie hoch ist die Kauffrequenz?', 'Wie hoch ist de"
        "r Kundenwert gesamt?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der F"
        "rage keine Kennzahl erkannt ('Bankkonto', 'ausgezahlt' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "paypal::by_prod": (
        "ASKS BACK: expected {Gutschein 50: 23,856.00, Kurs Acryl: 22,693.00, Kurs Aquarell: 20,617.00, Malse"
        "t Basis: 23,591.00, Malset Profi: 21,356.00}; got Das Wort 'Artikelbezeichnung' kenne ich in diesen "
        "Daten nicht (verstanden: Umsatz). Meinten Sie: Artikel? options=['Artikel']; understood: bisher vers"
        "tanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Artikelbezeichnung' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Artikel?"
    ),
    "paypal::june": ("SILENT: expected 10,536.00; got 7,780.74; understood: Umsatz · Juni 2024 · alle Kunden"),
    "xero::revenue": (
        "SILENT: expected 524,223.33; got 602,856.70 = Total (incl. tax) summed; understood: revenue · all da"
        "ta up to the analysis date · all customers"
    ),
    "xero::aov": (
        "SILENT: expected 694.34; got 798.49; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "xero::top5": (
        "SILENT: expected [('accounts@tui0.example', 102173.07), ('accounts@fern1.example', 34576.04), ('acco"
        "unts@summit2.example', 20394.71), ('accounts@harbour13.example', 12615.98), ('accounts@fern3.example"
        "', 9758.65)]; got [('accounts@tui0.example', 117499.04), ('accounts@fern1.example', 39762.43), ('acc"
        "ounts@summit2.example', 23453.91), ('accounts@harbour13.example', 14508.38), ('accounts@fern3.exampl"
        "e', 11222.44)]; understood: revenue by customer · all data up to the analysis date · all customers ·"
        " Top 5"
    ),
    "xero::by_region": (
        "ASKS BACK: expected {Australia: 161,716.56, North Island: 164,793.46, South Island: 197,713.31}; got"
        " 'region' is a value in this data (TrackingName1 = Region), not a column to group by. Do you mean ju"
        "st that value, or by TrackingName1? options=['TrackingName1 = Region', 'by TrackingName1']; understo"
        "od: understood so far: nothing definite — open: 'region' is a value in this data (TrackingName1 = Re"
        "gion), not a column to group by. Do you mean just that value, or by TrackingName1?"
    ),
    "xero::outstanding": (
        "ASKS BACK: expected 105,535.72; got I do not know 'still outstanding' in this data (understood: orde"
        "rs). Please rephrase. options=[]; understood: understood so far: orders · all data up to the analysi"
        "s date · all customers — open: I do not know 'still outstanding' in this data (understood: orders). "
        "Please rephrase."
    ),
    "xero::overdue": (
        "ASKS BACK: expected 118; got I do not know 'overdue' in this data (understood: orders). Did you mean"
        ": average order value? options=['average order value']; understood: understood so far: orders · all "
        "data up to the analysis date · all customers — open: I do not know 'overdue' in this data (understoo"
        "d: orders). Did you mean: average order value?"
    ),
    "xero::q3": ("SILENT: expected 134,007.18; got 154,108.24; understood: revenue · Q3 2024 · all customers"),
    "quickbooks::import": (
        "REFUSED: Sales by Customer Detail.csv: line 3 has 2 fields but the header has 1 (comma-separated); q"
        "uote values that contain the separator"
    ),
    "sevdesk::import": (
        "REFUSED: Belege_Export.csv: no column for required 'customer_id' of order_lines; headers: Belegnumme"
        "r, Belegdatum, Kontakt, Belegart, Buchungskategorie, Status, Netto, Steuer, Brutto, Zahlungsdatum; c"
        'losest: none; map one with --map "Header=customer_id"'
    ),
    "pipedrive::import": (
        "REFUSED: deals-export.csv: no column for required 'customer_id' of order_lines (also missing: order_"
        "date, amount); headers: Deal - ID, Deal - Title, Deal - Organization, Deal - Value, Deal - Currency,"
        " Deal - Status, Deal - Pipeline, Deal - Stage, Deal - Owner, Deal - Deal created, Deal - Won time, D"
        "eal - Lost time, Deal - Expected close date; closest: 'Deal - Pipeline' (65); map one with --map \"De"
        'al - Pipeline=customer_id"'
    ),
    "wide_pivot::revenue": (
        "ERROR: expected 607,558.73; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht "
        "Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; under"
        "stood: Umsatz · 2024 · alle Kunden"
    ),
    "wide_pivot::customers": (
        "ERROR: expected 120; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftrag"
        "szeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: "
        "Umsatz + Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "wide_pivot::top5": (
        "ERROR: expected [('K10086', 25283.59), ('K10075', 22040.5), ('K10079', 21191.71), ('K10095', 20381.2"
        "7), ('K10049', 17307.38)]; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "wide_pivot::by_month": (
        "ERROR: expected {2024-01: 62,283.61, 2024-02: 57,224.49, 2024-03: 63,472.12, 2024-04: 66,651.48, 202"
        "4-05: 62,793.68, 2024-06: 53,851.24, …}; got Das lässt sich mit diesen Daten nicht beantworten: 'Ums"
        "atz' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Auf"
        "träge.; understood: Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "wide_pivot::q2": (
        "ERROR: expected 183,296.40; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht "
        "Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; under"
        "stood: Umsatz · Q2 2024 · alle Kunden"
    ),
    "wide_pivot::march": (
        "ERROR: expected 63,472.12; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht A"
        "uftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; unders"
        "tood: Umsatz · März 2024 · alle Kunden"
    ),
    "wide_pivot::oct_cust": (
        "ERROR: expected 71; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftrags"
        "zeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: U"
        "msatz + Kunden · Oktober 2024 · alle Kunden"
    ),
    "wide_pivot::per_cust": (
        "ERROR: expected 5,062.99; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Au"
        "ftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; underst"
        "ood: Mittelwert je Kunde: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "excel_serial::by_seg": (
        "ASKS BACK: expected {Online: 54,359.67, Retail: 103,327.15, Wholesale: 57,164.55}; got 'segment' can"
        " mean the data's column (segment) or the built-in rfm_segment. Which one do you mean? options=['segm"
        "ent', 'rfm_segment']; understood: understood so far: nothing definite — open: 'segment' can mean the"
        " data's column (segment) or the built-in rfm_segment. Which one do you mean?"
    ),
    "excel_serial::wholesale": (
        "ASKS BACK: expected 43,178.34; got 'segment' can mean the data's column (segment) or the built-in rf"
        "m_segment. Which one do you mean? options=['segment', 'rfm_segment']; understood: understood so far:"
        " nothing definite — open: 'segment' can mean the data's column (segment) or the built-in rfm_segment"
        ". Which one do you mean?"
    ),
    "latin1_tab::import": (
        "REFUSED: Verkäufe_Filialen.txt: no column for required 'order_date' of order_lines (also missing: am"
        "ount); headers: Bon-Nr., Verkaufsdatum, Kundenkarte, Filiale, Warengruppe, Stückzahl, Preis/Stück, V"
        "erkäufer; closest: 'Verkaufsdatum' (90); map one with --map \"Verkaufsdatum=order_date\""
    ),
    "square::import": (
        "REFUSED: items-2024-01-01-2024-10-16.csv: no column for required 'unit_price' of order_lines (or amo"
        "unt); headers: Date, Time, Time Zone, Category, Item, Qty, Price Point Name, SKU, Modifiers Applied,"
        " Gross Sales, Discounts, Net Sales, Tax, Transaction ID, Payment ID, Device Name, Notes, Details, Ev"
        "ent Type, Location, Dining Option, Customer ID, Customer Name, Customer Reference ID, Unit, Count, I"
        "temization Type, Channel; closest: 'Item' (90), 'Price Point Name' (90), 'Unit' (90); map one with -"
        '-map "Item=unit_price"'
    ),
    "shopware6::import": (
        "REFUSED: order_export.csv: no column for required 'customer_id' of order_lines (also missing: order_"
        "date, amount); headers: orderNumber, orderDateTime, orderCustomer.customerNumber, orderCustomer.emai"
        "l, amountNet, amountTotal, shippingTotal, currency.isoCode, stateMachineState.technicalName, transac"
        "tions.stateMachineState.technicalName, salesChannel.name, billingAddress.country.iso; closest: 'orde"
        "rCustomer.customerNumber' (90), 'orderCustomer.email' (90); map one with --map \"orderCustomer.custom"
        'erNumber=customer_id"'
    ),
    "subtotals::import": (
        "REFUSED: Umsatz_Kunden_Teilergebnis.csv: column 'Rechnungsdatum' (order_date) row 176 is empty; ever"
        "y row needs a value for order_date"
    ),
    "swiss::import": (
        "REFUSED: Bestellungen_CH.csv: no column for required 'amount' of order_lines (or quantity + unit_pri"
        "ce); headers: Bestellnr., Bestelldatum, Kundennr., Kanton, Zahlungsart, Betrag CHF, MWST 8.1%, Total"
        " inkl. MWST, Status; closest: 'Betrag CHF' (90), 'Total inkl. MWST' (90); map one with --map \"Betrag"
        ' CHF=amount"'
    ),
    "iso_week::revenue": (
        "SILENT: expected 766,205.89; got 73,128.76; understood: Summe Umsatz · alle Daten bis zum Stichtag ·"
        " alle Kunden"
    ),
    "iso_week::top5": (
        "ERROR: expected [('3063', 11469.79), ('3047', 9216.03), ('3041', 9186.74), ('3149', 8859.56), ('3098"
        "', 8778.83)]; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht Auftragszeilen"
        " (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; understood: Umsatz "
        "je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "iso_week::by_region": (
        "SILENT: expected {Nord: 208,910.12, Ost: 183,798.61, Süd: 191,534.64, West: 181,962.52}; got {nord: "
        "21,749.15, ost: 15,709.10, süd: 18,543.91, west: 17,126.60} columns=['region', 'sum_umsatz']; unders"
        "tood: Summe Umsatz je Region · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "iso_week::y2024": (
        "ASKS BACK: expected 570,405.73; got Diese Daten haben kein Auftragsdatum, daher lässt sich „2024“ ni"
        "cht anwenden; ich kann über alle Daten antworten. options=[]; understood: bisher verstanden: nichts "
        "Eindeutiges — offen: Diese Daten haben kein Auftragsdatum, daher lässt sich „2024“ nicht anwenden; i"
        "ch kann über alle Daten antworten."
    ),
    "iso_week::q2": (
        "ASKS BACK: expected 193,829.49; got Diese Daten haben kein Auftragsdatum, daher lässt sich „Q2 2024“"
        " nicht anwenden; ich kann über alle Daten antworten. options=[]; understood: bisher verstanden: nich"
        "ts Eindeutiges — offen: Diese Daten haben kein Auftragsdatum, daher lässt sich „Q2 2024“ nicht anwen"
        "den; ich kann über alle Daten antworten."
    ),
    "iso_week::kw10": (
        "ASKS BACK: expected 13,546.60; got Ich konnte nicht zuordnen, worauf sich die Zahl 10 bezieht (verst"
        "anden: Summe Umsatz, Summe KW). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsatz“, „Top 10“, „i"
        "m Jahr 2011“. options=[]; understood: bisher verstanden: Summe Umsatz + Summe KW · 2024 · alle Kunde"
        "n — offen: Ich konnte nicht zuordnen, worauf sich die Zahl 10 bezieht (verstanden: Summe Umsatz, Sum"
        "me KW). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsatz“, „Top 10“, „im Jahr 2011“."
    ),
    "iso_week::sued_q1": (
        "ASKS BACK: expected 51,579.48; got Diese Daten haben kein Auftragsdatum, daher lässt sich „Q1 2024“ "
        "nicht anwenden; ich kann über alle Daten antworten. options=[]; understood: bisher verstanden: nicht"
        "s Eindeutiges — offen: Diese Daten haben kein Auftragsdatum, daher lässt sich „Q1 2024“ nicht anwend"
        "en; ich kann über alle Daten antworten."
    ),
    "sevdesk_map::revenue": (
        "SILENT: expected 291,777.63; got 342,781.13 = Ausgaben als Umsatz gezählt; understood: Umsatz · alle"
        " Daten bis zum Stichtag · alle Kunden"
    ),
    "sevdesk_map::orders": (
        "SILENT: expected 613; got 909; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sevdesk_map::customers": (
        "SILENT: expected 138; got 144 = Lieferanten als Kunden; understood: Kunden · alle Daten bis zum Stic"
        "htag · alle Kunden"
    ),
    "sevdesk_map::aov": (
        "SILENT: expected 475.98; got 377.10; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "sevdesk_map::repeat": (
        "SILENT: expected 0.8986; got 0.9028; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sevdesk_map::top5": (
        "SILENT: expected [('Weber Bau 0', 50841.93), ('Weber GmbH 1', 14980.22), ('Schmidt Design 2', 12660."
        "56), ('Schmidt GmbH 64', 4924.4), ('Weber Praxis 139', 4577.76)]; got [('weber bau 0', 50841.93), ('"
        "weber gmbh 1', 14980.22), ('schmidt design 2', 12660.56), ('großhandel nord', 11061.76), ('amazon eu"
        "', 8958.9)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "sevdesk_map::ausgaben": (
        "ASKS BACK: expected 51,003.50 (or 60,694.15); got Was möchten Sie über Ausgabe wissen? options=['Ums"
        "atz Ausgabe', 'Anzahl Kunden Ausgabe', 'Aufträge Ausgabe']; understood: bisher verstanden: nichts Ei"
        "ndeutiges — offen: Was möchten Sie über Ausgabe wissen?"
    ),
    "sevdesk_map::by_cat": (
        "SILENT: expected {Erlöse 19 %: 184,281.69, Erlöse 7 %: 107,495.94}; got {bürobedarf: 17,533.09, erlö"
        "se 19 %: 184,281.69, erlöse 7 %: 107,495.94, miete: 6,961.00, reisekosten: 7,690.22, telefon: 7,757."
        "43, …} = Ausgaben als Umsatz columns=['buchungskategorie', 'revenue']; understood: Umsatz je Buchung"
        "skategorie · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sevdesk_map::offen": (
        "ASKS BACK: expected 54,113.52 (or 47,503.37); got Das Wort 'ausstehend' kenne ich in diesen Daten ni"
        "cht (verstanden: Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Auf"
        "träge · alle Daten bis zum Stichtag · Auftragsstatus Offen · alle Kunden — offen: Das Wort 'ausstehe"
        "nd' kenne ich in diesen Daten nicht (verstanden: Aufträge). Bitte anders formulieren."
    ),
    "sevdesk_map::q1": (
        "SILENT: expected 101,190.97; got 115,490.38 = Ausgaben als Umsatz; understood: Umsatz · Q1 2024 · alle Kunden"
    ),
    "pipedrive_map::import": (
        "REFUSED: deals-export.csv: column 'Deal - Won time' (order_date) row 1 is empty; every row needs a v"
        "alue for order_date"
    ),
    "pipedrive_map2::import": (
        "REFUSED: deals-export.csv: no column for required 'order_date' of order_lines; headers: Deal - ID, D"
        "eal - Title, Deal - Organization, Deal - Value, Deal - Currency, Deal - Status, Deal - Pipeline, Dea"
        "l - Stage, Deal - Owner, Deal - Deal created, Deal - Won time, Deal - Lost time, Deal - Expected clo"
        "se date; closest: 'Deal - Expected close date' (90), 'Deal - Deal created' (79); map one with --map "
        '"Deal - Expected close date=order_date"'
    ),
    "square_map::revenue": (
        "SILENT: expected 14,963.04; got 8,835.65; understood: revenue · all data up to the analysis date · a"
        "ll customers"
    ),
    "square_map::orders": (
        "SILENT: expected 1470; got 978; understood: orders · all data up to the analysis date · all customers"
    ),
    "square_map::customers": (
        "SILENT: expected 198; got 160; understood: customers · all data up to the analysis date · all customers"
    ),
    "square_map::aov": (
        "SILENT: expected 10.18; got 9.0300; understood: average order value · all data up to the analysis da"
        "te · all customers"
    ),
    "square_map::repeat": (
        "SILENT: expected 0.6313; got 0.4500; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "square_map::top5": (
        "SILENT: expected [('K370451773ZX', 1124.68), ('K763069425ZX', 290.83), ('J548842022ZX', 166.27), ('F"
        "581007345ZX', 113.97), ('B085374261ZX', 77.36)]; got [('k370451773zx', 697.67), ('k763069425zx', 159"
        ".43), ('j548842022zx', 85.27), ('f581007345zx', 59.22), ('b085374261zx', 56.86)]; understood: revenu"
        "e by customer · all data up to the analysis date · all customers · Top 5"
    ),
    "square_map::by_cat": (
        "SILENT: expected {Bakery: 4,123.57, Coffee: 6,127.39, Food: 4,712.08}; got {bakery: 4,123.57, food: "
        "4,712.08} columns=['category', 'revenue']; understood: revenue by Category · all data up to the anal"
        "ysis date · all customers"
    ),
    "square_map::by_loc": (
        "SILENT: expected {Downtown: 7,474.64, Harbor: 7,488.40}; got {downtown: 4,477.18, harbor: 4,358.47} "
        "columns=['location', 'revenue']; understood: revenue by Location · all data up to the analysis date "
        "· all customers"
    ),
    "square_map::discounts": (
        "SILENT: expected 247.16 (or -247.16); got -151.30; understood: total Discounts · all data up to the "
        "analysis date · all customers (read as: 'discount' → 'discounts')"
    ),
    "square_map::july": ("SILENT: expected 1,640.53; got 938.27; understood: revenue · July 2024 · all customers"),
    "square_map::units": (
        "ASKS BACK: expected 3,280.00 (or 3,349.00); got This data has no values or columns for 'items' (prod"
        "uct). Did you mean: Item, Itemization Type, item croissant? options=['Item', 'Itemization Type', 'it"
        "em croissant']; understood: understood so far: quantity · all data up to the analysis date · all cus"
        "tomers — open: This data has no values or columns for 'items' (product). Did you mean: Item, Itemiza"
        "tion Type, item croissant?"
    ),
    "shopware6_map::revenue": (
        "SILENT: expected 103,540.35; got 108,874.05 = refunded orders counted; understood: revenue · all dat"
        "a up to the analysis date · all customers"
    ),
    "shopware6_map::orders": (
        "SILENT: expected 1083; got 1133 = refunded orders counted; understood: orders · all data up to the a"
        "nalysis date · all customers"
    ),
    "shopware6_map::customers": (
        "SILENT: expected 346; got 349; understood: customers · all data up to the analysis date · all customers"
    ),
    "shopware6_map::aov": (
        "SILENT: expected 95.61; got 96.09; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "shopware6_map::repeat": (
        "SILENT: expected 0.6387; got 0.6648; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "shopware6_map::top5": (
        "SILENT: expected [('SW20000', 19697.98), ('SW20001', 4864.6), ('SW20002', 2726.52), ('SW20003', 1370"
        ".18), ('SW20005', 1302.29)]; got [('sw20000', 20597.08), ('sw20001', 5321.12), ('sw20002', 2778.36),"
        " ('sw20005', 1404.43), ('sw20003', 1370.18)]; understood: revenue by customer · all data up to the a"
        "nalysis date · all customers · Top 5"
    ),
    "shopware6_map::by_ch": (
        "ASKS BACK: expected {B2B-Portal: 35,818.38, Storefront: 67,721.97}; got This data has no values or c"
        "olumns for 'sales channel' (sales channel). Did you mean: salesChannel.name? options=['salesChannel."
        "name']; understood: understood so far: revenue by sales channel · all data up to the analysis date ·"
        " all customers — open: This data has no values or columns for 'sales channel' (sales channel). Did y"
        "ou mean: salesChannel.name?"
    ),
    "shopware6_map::by_country": (
        "ASKS BACK: expected {AT: 26,051.15, CH: 26,852.03, DE: 50,637.17}; got This data has no values or co"
        "lumns for 'country' (country). Did you mean: billingAddress.country.iso? options=['billingAddress.co"
        "untry.iso']; understood: understood so far: revenue by country · all data up to the analysis date · "
        "all customers — open: This data has no values or columns for 'country' (country). Did you mean: bill"
        "ingAddress.country.iso?"
    ),
    "shopware6_map::refunded": (
        "SILENT: expected 50; got 0; understood: cancelled orders · all data up to the analysis date · transa"
        "ctions.stateMachineState.technicalName refunded · all customers"
    ),
    "shopware6_map::q1": ("SILENT: expected 32,774.77; got 34,522.45; understood: revenue · Q1 2024 · all customers"),
    "swiss_map::brutto": (
        "ASKS BACK: expected 807,172.52; got Das Wort 'inkl', 'MWST' kenne ich in diesen Daten nicht (verstan"
        "den: Umsatz). Meinten Sie: Summe Total inkl. MWST, Durchschnitt Total inkl. MWST, Summe MWST 8.1%, D"
        "urchschnitt MWST 8.1%? options=['Summe Total inkl. MWST', 'Durchschnitt Total inkl. MWST', 'Summe MW"
        "ST 8.1%', 'Durchschnitt MWST 8.1%']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stic"
        "htag · alle Kunden — offen: Das Wort 'inkl', 'MWST' kenne ich in diesen Daten nicht (verstanden: Ums"
        "atz). Meinten Sie: Summe Total inkl. MWST, Durchschnitt Total inkl. MWST, Summe MWST 8.1%, Durchschn"
        "itt MWST 8.1%?"
    ),
}
