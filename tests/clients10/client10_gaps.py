"""Known gaps of insight on the round-10 client files (make_clients10.py): test id -> what insight does.
Run as strict xfails by test_clients10.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "sap_alv::import": (
        "REFUSED: Fakturaliste_ALV.txt: no column for required 'customer_id' of order_lines; headers: column_"
        "1, Faktura, Fakt.Datum, Auftragg., Name 1, FArt, Nettowert, Steuer, Währg, VkBür; closest: none; map"
        ' one with --map "Header=customer_id"'
    ),
    "tally_in::import": (
        "REFUSED: Sales_Register_FY2023-25.csv: column 'Taxable Value' (amount) row 1: '45,360.88 Dr' is not "
        "a number (772 bad rows in this column); fix the value or map another column with --map"
    ),
    "ca_pos::import": (
        "REFUSED: Sales_Report_2024-01-01_2024-10-15.csv: column 'Total' (amount) row 1: 'C$86.65' is not a n"
        "umber (1,400 bad rows in this column); fix the value or map another column with --map"
    ),
    "au_reckon::import": (
        "REFUSED: Transaction_List_FY24.csv: column 'Amount ex GST' (amount) row 1: 'A$1,194.47' is not a num"
        "ber (850 bad rows in this column); fix the value or map another column with --map"
    ),
    "epoch_api::import": (
        "REFUSED: orders_export_2024.csv: column 'created' (order_date) row 1: '1705719469' is not a date (e."
        "g. 2011-12-31 or 31.12.2011) (1,200 bad rows in this column); fix the value or map another column wi"
        "th --map"
    ),
    "meli_ar::import": (
        "REFUSED: Ventas_AR_2024-10-16.xlsx: no column for required 'customer_id' of order_lines (also missin"
        "g: order_date, amount); headers: # de venta, Fecha de venta, Estado, Unidades, Ingresos por producto"
        "s (ARS), Cargo por venta e impuestos, Costos de envío, Anulaciones y reembolsos (ARS), Total (ARS), "
        'Comprador, Provincia; closest: none; map one with --map "Header=customer_id"'
    ),
    "br_bling::import": (
        "REFUSED: notas_fiscais_2023_2024.csv: no column for required 'amount' of order_lines (or quantity + "
        "unit_price); headers: Número, Série, Data de emissão, Cliente, CPF/CNPJ, Natureza da operação, Situa"
        "ção, Valor dos produtos, Valor do frete, Valor total, UF, Vendedor; closest: none; map one with --ma"
        'p "Header=amount"'
    ),
    "xlsx_hidden::import": (
        "REFUSED: Umsatz_Controlling_2023_2024.xlsx: no column for required 'customer_id' of order_lines (als"
        'o missing: order_date, amount); headers: Stand:, 16.10.2024; closest: none; map one with --map "Head'
        'er=customer_id"'
    ),
    "pipe_legacy::import": (
        "REFUSED: UMSATZ_EXPORT.TXT: no column for required 'order_date' of order_lines; headers: KDNR, KDNAM"
        "E, RGNR, RGDAT, POS, ARTNR, WGR, MENGE, EPREIS, NETTO, FIL, STORNO; closest: none; map one with --ma"
        'p "Header=order_date"'
    ),
    "stripe_inv::tax": (
        "SILENT: expected 8,672.72; got 1,148.80; understood: total Tax · all data up to the analysis date · "
        "all customers"
    ),
    "stripe_inv::ret24": (
        "ASKS BACK: expected 0.7083 (or 70.83); got Das Wort 'wieder zahlten' kenne ich in diesen Daten nicht"
        " (verstanden: Kundenbindungsrate, Kundenanteil). Meinten Sie: bezahlten, bezahlte, Zufriedenheit und"
        " Verhalten? options=['bezahlten', 'bezahlte', 'Zufriedenheit und Verhalten']; understood: bisher ver"
        "standen: Kundenbindungsrate + Kundenanteil · 2024 · alle Kunden — offen: Das Wort 'wieder zahlten' k"
        "enne ich in diesen Daten nicht (verstanden: Kundenbindungsrate, Kundenanteil). Meinten Sie: bezahlte"
        "n, bezahlte, Zufriedenheit und Verhalten?"
    ),
    "sage_uk::import": (
        "REFUSED: AuditTrail.csv: no column for required 'customer_id' of order_lines; headers: No, Type, Acc"
        "ount, Dept, Details, Date, Ref, Net, Tax, T/C, Paid; closest: 'Account' (90); map one with --map \"Ac"
        'count=customer_id"'
    ),
    "patreon::sep_cust": (
        "ASKS BACK: expected 110.00; got Ich habe in der Frage keine Kennzahl erkannt ('Unterstützer' kenne i"
        "ch nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwe"
        "rt für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', 'Wie v"
        "iele Belege gibt es?', 'Wie hoch ist der Wert stornierter Aufträge?', 'Wie viele Länder gibt es?']; "
        "understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erka"
        "nnt ('Unterstützer' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "patreon::declined": (
        "ASKS BACK: expected 126.00; got Das Wort 'abgelehnt' kenne ich in diesen Daten nicht (verstanden: st"
        "ornierte Aufträge). Meinten Sie: ABC-Klassen? options=['ABC-Klassen']; understood: bisher verstanden"
        ": stornierte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus Declined · alle Kunden — offen:"
        " Das Wort 'abgelehnt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie"
        ": ABC-Klassen?"
    ),
    "patreon::ret24": (
        "ASKS BACK: expected 0.7603 (or 76.03); got I do not know '2023's', 'patrons' in this data. What woul"
        "d you like to know about Paid? options=['Revenue Paid', 'Number of customers Paid', 'Orders Paid']; "
        "understood: understood so far: nothing definite — open: I do not know '2023's', 'patrons' in this da"
        "ta. What would you like to know about Paid?"
    ),
    "patreon::big": (
        "ASKS BACK: expected 57.00; got Ich habe in der Frage keine Kennzahl erkannt ('Unterstützer', 'mehr',"
        " 'als' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittli"
        "cher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind"
        " B2B?', 'Wie viele Belege gibt es?', 'Wie hoch ist der Wert stornierter Aufträge?', 'Wie viele Lände"
        "r gibt es?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine"
        " Kennzahl erkannt ('Unterstützer', 'mehr', 'als' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "faire_us::import": (
        "REFUSED: faire_orders_export.csv: 'Payout' makes this a settlement (payout) report — the money a mar"
        "ketplace or payment provider paid out, with its fees and refunds, not orders; no column for required"
        " 'customer_id'. Export the orders report instead (e.g. Amazon 'All Orders', the shop's order export)"
        ', or map the columns with --map "Header=customer_id"'
    ),
    "sap_alv_map::import": (
        "REFUSED: Fakturaliste_ALV.txt: column 'Fakt.Datum' (order_date) row 1 is empty; every row needs a va"
        "lue for order_date"
    ),
    "tally_in_map::import": (
        "REFUSED: Sales_Register_FY2023-25.csv: column 'Taxable Value' (amount) row 1: '45,360.88 Dr' is not "
        "a number (772 bad rows in this column); fix the value or map another column with --map"
    ),
    "ca_pos_map::import": (
        "REFUSED: Sales_Report_2024-01-01_2024-10-15.csv: column 'Net Sales' (amount) row 1: 'C$76.68' is not"
        " a number (1,400 bad rows in this column); fix the value or map another column with --map"
    ),
    "au_reckon_map::import": (
        "REFUSED: Transaction_List_FY24.csv: column 'Amount ex GST' (amount) row 1: 'A$1,194.47' is not a num"
        "ber (850 bad rows in this column); fix the value or map another column with --map"
    ),
    "meli_ar_map::import": (
        "REFUSED: Ventas_AR_2024-10-16.xlsx: column 'Fecha de venta' (order_date) row 1: '25 de septiembre de"
        " 2024 17:16 hs.' is not a date (e.g. 2011-12-31 or 31.12.2011) (700 bad rows in this column); fix th"
        "e value or map another column with --map"
    ),
    "br_bling_map::import": (
        "REFUSED: notas_fiscais_2023_2024.csv: column 'Valor dos produtos' (amount) row 1: 'R$ 13.149,40' is "
        "not a number (900 bad rows in this column); fix the value or map another column with --map"
    ),
    "xlsx_hidden_map::import": (
        "REFUSED: Umsatz_Controlling_2023_2024.xlsx: no column for required 'customer_id' of order_lines (als"
        'o missing: order_date, amount); headers: Stand:, 16.10.2024; closest: none; map one with --map "Head'
        'er=customer_id"; --map names no column here: Kd.-Nr., Beleg-Nr., Datum, Umsatz netto'
    ),
    "pipe_legacy_map::fil2": (
        "ASKS BACK: expected 61,102.13; got Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: U"
        "msatz). Meinten Sie: FIL? options=['FIL']; understood: bisher verstanden: Umsatz · alle Daten bis zu"
        "m Stichtag · alle Kunden — offen: Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: Um"
        "satz). Meinten Sie: FIL?"
    ),
    "pipe_legacy_map::by_wgr": (
        "ASKS BACK: expected {Farben: 53,032.61, Gartenbedarf: 53,935.79, Schrauben: 54,232.12, Werkzeug: 54,"
        "535.72}; got Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte ande"
        "rs formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · al"
        "le Kunden — offen: Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitt"
        "e anders formulieren."
    ),
    "sage_uk_map::revenue": (
        "SILENT: expected 638,812.12; got 1,307,848.10 = SC added and SR receipts counted as sales; understoo"
        "d: revenue · all data up to the analysis date · all customers"
    ),
    "sage_uk_map::orders": (
        "SILENT: expected 643; got 700; understood: orders · all data up to the analysis date · all customers"
    ),
    "sage_uk_map::aov": (
        "SILENT: expected 993.49; got 1,868.35; understood: average order value · all data up to the analysis"
        " date · all customers"
    ),
    "sage_uk_map::repeat": (
        "SILENT: expected 0.8889 (or 88.89); got 0.9206; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "sage_uk_map::top5": (
        "SILENT: expected [('SMIT000', 104208.63), ('JONE001', 39497.34), ('DAVI004', 17020.5), ('TAYL002', 1"
        "4499.28), ('WALS079', 13368.8)]; got [('smit000', 214101.12), ('jone001', 77680.09), ('davi004', 358"
        "60.81), ('tayl002', 29627.5), ('wals079', 26616.43)]; understood: revenue by customer · all data up "
        "to the analysis date · all customers · Top 5"
    ),
    "sage_uk_map::by_dept": (
        "SILENT: expected {Online: 166,950.37, Retail: 210,386.42, Trade: 261,475.33}; got {online: 342,603.8"
        "4, retail: 429,847.84, trade: 535,396.42} columns=['dept', 'revenue']; understood: Umsatz je Dept · "
        "alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sage_uk_map::trade": (
        "SILENT: expected 261,475.33; got 535,396.42; understood: Umsatz · alle Daten bis zum Stichtag · Dept"
        " Trade · alle Kunden"
    ),
    "sage_uk_map::vat": (
        "SILENT: expected 127,762.53; got 133,846.27; understood: Summe Tax · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sage_uk_map::yoy": (
        "SILENT: expected {2023: 377,728.83, 2024: 261,083.29}; got {2023: 748,874.01, 2024: 558,974.09} colu"
        "mns=['year', 'revenue']; understood: Umsatz · 2024 gegenüber 2023 · alle Daten bis zum Stichtag · al"
        "le Kunden"
    ),
    "faire_us_map::revenue": (
        "SILENT: expected 344,570.50; got 349,975.46 = Adjustments ignored; understood: revenue · all data up"
        " to the analysis date · all customers"
    ),
    "faire_us_map::aov": (
        "SILENT: expected 527.67; got 535.95; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "faire_us_map::top5": (
        "SILENT: expected [('Baker General Store', 60662.57), ('Cole General Store', 24819.21), ('Hayes Gener"
        "al Store', 8792.21), ('Reed General Store', 6726.58), ('Stone Home & Co #2', 6135.6)]; got [('baker "
        "general store', 61394.96), ('cole general store', 25565.99), ('hayes general store', 9228.95), ('ree"
        "d general store', 6812.03), ('stone home & co #2', 6135.6)]; understood: revenue by customer · all d"
        "ata up to the analysis date · all customers · Top 5"
    ),
    "faire_us_map::by_state": (
        "SILENT: expected {CA: 106,245.18, IL: 56,881.24, NY: 66,440.97, TX: 47,973.07, WA: 67,030.04}; got {"
        "ca: 107,963.83, il: 57,697.24, ny: 67,303.02, tx: 48,490.49, wa: 68,520.88} columns=['state', 'reven"
        "ue']; understood: revenue by State · all data up to the analysis date · all customers"
    ),
    "faire_us_map::ca": (
        "ASKS BACK: expected 106,245.18; got Das Wort 'Kalifornien' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Date"
        "n bis zum Stichtag · State CA · alle Kunden — offen: Das Wort 'Kalifornien' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "faire_us_map::comm": (
        "ASKS BACK: expected 51,685.58 (or -51,685.58); got Das Wort 'Provision', 'Faire' kenne ich in diesen"
        " Daten nicht (verstanden: Summe Commission). Meinten Sie: promising? options=['promising']; understo"
        "od: bisher verstanden: Summe Commission · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Provision', 'Faire' kenne ich in diesen Daten nicht (verstanden: Summe Commission). Meinten Sie: "
        "promising?"
    ),
    "faire_us_map::new24": (
        "ASKS BACK: expected 34.00; got I did not recognise a metric in the question ('new', 'retailers' is u"
        "nknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number of custome"
        "rs per country, top 5', 'What share of customers are B2B?', 'How many documents are there?', 'What i"
        "s the value of cancelled orders?', 'How many countries are there?']; understood: understood so far: "
        "nothing definite — open: I did not recognise a metric in the question ('new', 'retailers' is unknown"
        " to me). Which of these do you mean?"
    ),
    "faire_us_map::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 349.975,46.'; u"
        "nderstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
}
