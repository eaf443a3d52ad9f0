"""Known gaps of insight on the round-4 client files (make_clients4.py): test id -> what insight does.
Run as strict xfails by test_clients4.py, so a fix shows up as XPASS (then delete the entry). ``SILENT:``
a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the export is
well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer."""

GAPS: dict[str, str] = {
    "shopify_lines::import": (
        "REFUSED: orders_export_1.csv: column 'Paid at' (order_date) row 2 is empty; every row needs a value "
        "for order_date"
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
    "iso_week::kw10": (
        "ASKS BACK: expected 13,546.60; got Ich konnte nicht zuordnen, worauf sich die Zahl 10 bezieht (verst"
        "anden: Summe Umsatz, Summe KW). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsatz“, „Top 10“, „i"
        "m Jahr 2011“. options=[]; understood: bisher verstanden: Summe Umsatz + Summe KW · 2024 · alle Kunde"
        "n — offen: Ich konnte nicht zuordnen, worauf sich die Zahl 10 bezieht (verstanden: Summe Umsatz, Sum"
        "me KW). Bitte mit Einheit sagen, z. B. „mehr als 100 € Umsatz“, „Top 10“, „im Jahr 2011“."
    ),
    "sevdesk_map::ausgaben": (
        "ASKS BACK: expected 51,003.50 (or 60,694.15); got Was möchten Sie über Ausgabe wissen? options=['Ums"
        "atz Ausgabe', 'Anzahl Kunden Ausgabe', 'Aufträge Ausgabe']; understood: bisher verstanden: nichts Ei"
        "ndeutiges — offen: Was möchten Sie über Ausgabe wissen?"
    ),
    "sevdesk_map::offen": (
        "ASKS BACK: expected 54,113.52 (or 47,503.37); got Das Wort 'ausstehend' kenne ich in diesen Daten ni"
        "cht (verstanden: Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Auf"
        "träge · alle Daten bis zum Stichtag · Auftragsstatus Offen · alle Kunden — offen: Das Wort 'ausstehe"
        "nd' kenne ich in diesen Daten nicht (verstanden: Aufträge). Bitte anders formulieren."
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
    "square_map::units": (
        "ASKS BACK: expected 3,280.00 (or 3,349.00); got This data has no values or columns for 'items' (prod"
        "uct). Did you mean: Item, Itemization Type, item croissant? options=['Item', 'Itemization Type', 'it"
        "em croissant']; understood: understood so far: quantity · all data up to the analysis date · all cus"
        "tomers — open: This data has no values or columns for 'items' (product). Did you mean: Item, Itemiza"
        "tion Type, item croissant?"
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
}
