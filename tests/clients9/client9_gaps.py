"""Known gaps of insight on the round-9 client files (make_clients9.py): test id -> what insight does.
Run as strict xfails by test_clients9.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "fatture_it::orders": (
        "SILENT: expected 804; got 782 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "fatture_it::aov": (
        "SILENT: expected 959.01; got 985.99 = one order per customer and day (order number not used); unders"
        "tood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "fatture_it::annulled": (
        "ASKS BACK: expected 49; got Das Wort 'annulliert' kenne ich in diesen Daten nicht (verstanden: Auftr"
        "äge). Meinten Sie: annullata? options=['annullata']; understood: bisher verstanden: Aufträge · alle "
        "Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'annulliert' kenne ich in diesen Daten nicht "
        "(verstanden: Aufträge). Meinten Sie: annullata?"
    ),
    "faktury_pl::import": (
        "REFUSED: Faktury_sprzedazy.csv: no column for required 'customer_id' of order_lines (also missing: o"
        "rder_date); headers: Nr faktury, Data wystawienia, Data sprzedaży, Kontrahent, NIP, Netto, VAT, Brut"
        'to, Status, Forma płatności; closest: none; map one with --map "Header=customer_id"'
    ),
    "fortnox_se::import": (
        "REFUSED: Kundfakturor_Fortnox.csv: no column for required 'customer_id' of order_lines (also missing"
        ": amount); headers: Fakturanr, Kundnr, Kund, Fakturadatum, Förfallodatum, Belopp exkl. moms, Moms, T"
        'otalt, Valuta, Makulerad, Säljare; closest: none; map one with --map "Header=customer_id"'
    ),
    "at_rechnung::orders": (
        "SILENT: expected 797; got 775 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "at_rechnung::aov": (
        "SILENT: expected 1,198.33; got 1,232.35 = one order per customer and day (order number not used); un"
        "derstood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc::import": (
        "REFUSED: Exact_Verkoopboek_export.csv: no column for required 'customer_id' of order_lines (also mis"
        "sing: amount); headers: Dagboek, Boekstuk, Datum, Debiteur, Naam, Omschrijving, Bedrag, BTW, D/C; cl"
        'osest: none; map one with --map "Header=customer_id"'
    ),
    "report_dk::import": (
        "REFUSED: Fakturaoversigt_2023-2024.csv: no column for required 'customer_id' of order_lines (also mi"
        "ssing: order_date, amount); headers: Fakturanr, Dato, Kundenr, Kundenavn, Beløb ekskl. moms, Moms, B"
        "eløb inkl. moms, Status; closest: 'Kundenr' (93), 'Kundenavn' (90); map one with --map \"Kundenr=cust"
        'omer_id"'
    ),
    "twohdr_pt::import": (
        "REFUSED: Documentos_Venda_PHC.csv: no column for required 'order_date' of order_lines (also missing:"
        " amount); headers: Cliente, column_2, Documento, column_4, column_5, column_6, column_7, Valores, co"
        'lumn_9, column_10; closest: none; map one with --map "Header=order_date"'
    ),
    "pivot_wide::revenue": (
        "SILENT: expected 2,552,568.00; got 5,105,136.00 = the Gesamt row (or the Summe column) counted too; "
        "understood: Umsatz · 2024 · alle Kunden"
    ),
    "pivot_wide::customers": (
        "SILENT: expected 176.00; got 177 = Gesamt row counted as a customer; understood: Umsatz + Kunden · 2"
        "024 · alle Kunden"
    ),
    "pivot_wide::top5": (
        "SILENT: expected [('10063', 78006.0), ('10498', 74586.0), ('10249', 70832.0), ('10174', 67809.0), ('"
        "10447', 66797.0)]; got [('gesamt', 2552568.0), ('10063', 78006.0), ('10498', 74586.0), ('10249', 708"
        "32.0), ('10174', 67809.0)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden "
        "· Top 5"
    ),
    "pivot_wide::by_month": (
        "SILENT: expected {2024-01: 253,125.00, 2024-02: 223,852.00, 2024-03: 257,969.00, 2024-04: 258,607.00"
        ", 2024-05: 208,006.00, 2024-06: 240,064.00, …}; got {2024-01: 506,250.00, 2024-02: 447,704.00, 2024-"
        "03: 515,938.00, 2024-04: 517,214.00, 2024-05: 416,012.00, 2024-06: 480,128.00, …} = the Gesamt row c"
        "ounted as a customer columns=['month', 'revenue']; understood: Umsatz je Monat · alle Daten bis zum "
        "Stichtag · alle Kunden"
    ),
    "pivot_wide::mar": (
        "SILENT: expected 257,969.00; got 515,938.00 = the Gesamt row counted as a customer; understood: Umsa"
        "tz · März 2024 · alle Kunden"
    ),
    "pivot_wide::q2": (
        "SILENT: expected 706,677.00; got 1,413,354.00 = the Gesamt row counted as a customer; understood: Um"
        "satz · Q2 2024 · alle Kunden"
    ),
    "pivot_wide::by_q": (
        "SILENT: expected {2024-Q1: 734,946.00, 2024-Q2: 706,677.00, 2024-Q3: 822,243.00, 2024-Q4: 288,702.00"
        "}; got {2024-q1: 1,469,892.00, 2024-q2: 1,413,354.00, 2024-q3: 1,644,486.00, 2024-q4: 577,404.00} = "
        "the Gesamt row counted as a customer columns=['quarter', 'revenue']; understood: revenue by quarter "
        "· all data up to the analysis date · all customers"
    ),
    "pivot_wide::okt_cust": (
        "SILENT: expected 94.00; got 95 = Gesamt row counted as a customer; understood: Umsatz + Kunden · Okt"
        "ober 2024 · alle Kunden"
    ),
    "pivot_wide::orders": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Aufträge: 817.'; unders"
        "tood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pivot_wide::aov": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Durchschnittlicher Best"
        "ellwert: 6.248,64.'; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle"
        " Kunden"
    ),
    "mixed_ccy::import": (
        "REFUSED: Ordreliste_2023-2024.csv: no column for required 'amount' of order_lines (or quantity + uni"
        "t_price); headers: Ordrenr, Ordredato, Kundenr, Kunde, Beløp, Valuta, Status, Selger; closest: 'Ordr"
        "enr' (75), 'Valuta' (75); map one with --map \"Ordrenr=amount\""
    ),
    "serial_cz::import": (
        "REFUSED: Vydane_faktury_2023_2024.xlsx: no column for required 'customer_id' of order_lines (also mi"
        "ssing: order_date, amount); headers: Číslo faktury, Datum vystavení, Odběratel, Základ DPH, DPH, Cel"
        'kem, Stav, Středisko; closest: none; map one with --map "Header=customer_id"'
    ),
    "parquet_es::import": (
        "REFUSED: pedidos_2023_2024.parquet: no column for required 'amount' of order_lines (or quantity + un"
        "it_price); headers: pedido, cliente, fecha, importe_neto, iva, estado, canal, provincia, cupon; clos"
        "est: 'importe_neto' (90), 'iva' (72); map one with --map \"importe_neto=amount\""
    ),
    "cp1252_fr::orders": (
        "SILENT: expected 861; got 839 = one order per customer and day (order number not used); understood: "
        "orders · all data up to the analysis date · all customers"
    ),
    "cp1252_fr::aov": (
        "SILENT: expected 548.22; got 562.59 = one order per customer and day (order number not used); unders"
        "tood: average order value · all data up to the analysis date · all customers"
    ),
    "cp1252_fr::avoirs": (
        "ASKS BACK: expected -12,222.99 (or 12,222.99); got Das Wort 'Avoirs' kenne ich in diesen Daten nicht"
        " (verstanden: Retouren). Meinten Sie: durchschnittlicher Bestellwert? options=['durchschnittlicher B"
        "estellwert']; understood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — "
        "offen: Das Wort 'Avoirs' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: durchs"
        "chnittlicher Bestellwert?"
    ),
    "cp1252_fr::annul": (
        "ASKS BACK: expected 49; got Das Wort 'annulliert' kenne ich in diesen Daten nicht (verstanden: Auftr"
        "äge). Meinten Sie: annulee? options=['annulee']; understood: bisher verstanden: Aufträge · alle Date"
        "n bis zum Stichtag · alle Kunden — offen: Das Wort 'annulliert' kenne ich in diesen Daten nicht (ver"
        "standen: Aufträge). Meinten Sie: annulee?"
    ),
    "returns_fi::import": (
        "REFUSED: Tilausrivit_2023_2024.csv: no column for required 'customer_id' of order_lines (also missin"
        "g: order_date, amount); headers: Tilausnumero, Asiakasnumero, Tilauspäivä, Rivityyppi, Palautuksen s"
        'yy, Tuote, Tuoteryhmä, Määrä, Hinta, Summa; closest: none; map one with --map "Header=customer_id"'
    ),
    "kunde_ch::cust_fil": (
        "ASKS BACK: expected {Basel: 50.00, Bern: 53.00, Zürich: 53.00}; got 'customers' can mean the data's "
        "column (kunde) or the built-in customers, customer_id. Which one do you mean? options=['kunde', 'cus"
        "tomers', 'customer_id']; understood: understood so far: nothing definite — open: 'customers' can mea"
        "n the data's column (kunde) or the built-in customers, customer_id. Which one do you mean?"
    ),
    "fatture_it_map::annulled": (
        "ASKS BACK: expected 49; got Das Wort 'annulliert' kenne ich in diesen Daten nicht (verstanden: Auftr"
        "äge). Meinten Sie: annullata? options=['annullata']; understood: bisher verstanden: Aufträge · alle "
        "Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'annulliert' kenne ich in diesen Daten nicht "
        "(verstanden: Aufträge). Meinten Sie: annullata?"
    ),
    "faktury_pl_map::import": (
        "REFUSED: Faktury_sprzedazy.csv: column 'Netto' (amount) row 1: '2\\xa0198,12 zł' is not a number (1,0"
        "00 bad rows in this column); fix the value or map another column with --map"
    ),
    "fortnox_se_map::revenue": (
        "SILENT: expected 2,793,069.20; got 2,997,094.75 = Makulerad counted; understood: revenue · all data "
        "up to the analysis date · all customers"
    ),
    "fortnox_se_map::orders": (
        "SILENT: expected 714; got 756; understood: orders · all data up to the analysis date · all customers"
    ),
    "fortnox_se_map::customers": (
        "SILENT: expected 148; got 149; understood: customers · all data up to the analysis date · all customers"
    ),
    "fortnox_se_map::aov": (
        "SILENT: expected 3,911.86; got 3,964.41; understood: average order value · all data up to the analys"
        "is date · all customers"
    ),
    "fortnox_se_map::repeat": (
        "SILENT: expected 0.8919 (or 89.19); got 0.9128; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "fortnox_se_map::top5": (
        "SILENT: expected [('0001000', 471054.98), ('0001007', 167326.29), ('0002036', 61431.65), ('0001014',"
        " 60840.03), ('0001301', 53298.36)]; got [('1000', 501560.38), ('1007', 176306.02), ('2036', 61431.65"
        "), ('1014', 60840.03), ('1301', 53298.36)]; understood: revenue by customer · all data up to the ana"
        "lysis date · all customers · Top 5"
    ),
    "fortnox_se_map::one_cust": (
        "SILENT: expected 471,054.98; got 501,560.38; understood: Umsatz · alle Daten bis zum Stichtag · Kund"
        "e = 1000 · alle Kunden"
    ),
    "fortnox_se_map::makulerad": (
        "ASKS BACK: expected 43; got Das Wort 'makuliert' kenne ich in diesen Daten nicht (verstanden: Aufträ"
        "ge). Meinten Sie: Makulerad? options=['Makulerad']; understood: bisher verstanden: Aufträge · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'makuliert' kenne ich in diesen Daten nicht (v"
        "erstanden: Aufträge). Meinten Sie: Makulerad?"
    ),
    "fortnox_se_map::by_sel": (
        "SILENT: expected {Anna Lind: 1,069,726.27, Erik Berg: 964,637.57, Sara Holm: 758,705.36}; got {anna "
        "lind: 1,145,872.46, erik berg: 1,020,900.50, sara holm: 830,321.79} columns=['saeljare', 'revenue'];"
        " understood: Umsatz je Säljare · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "fortnox_se_map::moms": (
        "ASKS BACK: expected 698,267.28; got I do not know 'VAT' in this data (understood: total Moms). Did y"
        "ou mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by t"
        "enure band', 'value by cohort']; understood: understood so far: total Moms · all data up to the anal"
        "ysis date · all customers — open: I do not know 'VAT' in this data (understood: total Moms). Did you"
        " mean: value at risk, value by tenure band, value by cohort?"
    ),
    "fortnox_se_map::by_q": (
        "SILENT: expected {2024-Q1: 369,160.12, 2024-Q2: 391,635.24, 2024-Q3: 360,842.78, 2024-Q4: 96,227.60}"
        "; got {2024-q1: 419,615.33, 2024-q2: 397,696.86, 2024-q3: 403,088.99, 2024-q4: 99,277.01} columns=['"
        "quarter', 'revenue']; understood: Umsatz je Quartal · 2024 · alle Kunden"
    ),
    "fortnox_se_map::aug": (
        "SILENT: expected 127,096.08; got 128,670.97; understood: Umsatz · August 2023 · alle Kunden"
    ),
    "at_rechnung_map::orders": (
        "SILENT: expected 797; got 775 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "at_rechnung_map::aov": (
        "SILENT: expected 1,198.33; got 1,232.35 = one order per customer and day (order number not used); un"
        "derstood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc_map::revenue": (
        "SILENT: expected 565,187.52; got 634,869.16 = unsigned Bedrag summed (D/C ignored); understood: Umsa"
        "tz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc_map::orders": (
        "SILENT: expected 1014; got 1100; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc_map::aov": (
        "SILENT: expected 557.38; got 577.15; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "exact_dc_map::repeat": (
        "SILENT: expected 0.8923 (or 89.23); got 0.9077; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "exact_dc_map::top5": (
        "SILENT: expected [('100', 106664.68), ('101', 27117.74), ('102', 13277.53), ('103', 12194.01), ('105"
        "', 7434.71)]; got [('100', 114934.58), ('101', 31694.58), ('102', 13984.41), ('103', 12411.17), ('10"
        "5', 10254.97)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "exact_dc_map::credits": (
        "ASKS BACK: expected -34,840.82 (or 34,840.82); got Das Wort 'gutgeschrieben' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: "
        "Umsatz · alle Daten bis zum Stichtag · D/C C · alle Kunden — offen: Das Wort 'gutgeschrieben' kenne "
        "ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "exact_dc_map::by_oms": (
        "SILENT: expected {Advies: 146,644.88, Levering: 123,117.28, Licentie: 125,472.65, Onderhoud: 169,952"
        ".71}; got {advies: 165,254.88, levering: 143,547.18, licentie: 145,456.07, onderhoud: 180,611.03} co"
        "lumns=['omschrijving', 'revenue']; understood: Umsatz je Omschrijving · alle Daten bis zum Stichtag "
        "· alle Kunden"
    ),
    "exact_dc_map::onderhoud": (
        "SILENT: expected 79,550.66; got 86,040.94; understood: Umsatz · 2024 · Omschrijving Onderhoud · alle Kunden"
    ),
    "exact_dc_map::by_month24": (
        "SILENT: expected {2024-01: 31,034.38, 2024-02: 24,498.76, 2024-03: 37,963.99, 2024-04: 30,381.21, 20"
        "24-05: 21,207.22, 2024-06: 24,949.58, …}; got {2024-01: 34,607.92, 2024-02: 24,831.38, 2024-03: 41,8"
        "20.37, 2024-04: 32,733.87, 2024-05: 26,598.62, 2024-06: 29,293.68, …} columns=['month', 'revenue']; "
        "understood: Umsatz je Monat · 2024 · alle Kunden"
    ),
    "exact_dc_map::n_credit": (
        "ASKS BACK: expected 86; got I do not know 'post' in this data (understood: return documents). Did yo"
        "u mean: potential loyalist, potenziell treu, potential loyalists? options=['potential loyalist', 'po"
        "tenziell treu', 'potential loyalists']; understood: understood so far: return documents · all data u"
        "p to the analysis date · all customers — open: I do not know 'post' in this data (understood: return"
        " documents). Did you mean: potential loyalist, potenziell treu, potential loyalists?"
    ),
    "exact_dc_map::yoy": (
        "SILENT: expected {2023: 303,689.24, 2024: 261,498.28}; got {2023: 340,697.46, 2024: 294,171.70} colu"
        "mns=['year', 'revenue']; understood: Umsatz · 2024 gegenüber 2023 · alle Daten bis zum Stichtag · al"
        "le Kunden"
    ),
    "report_dk_map::import": (
        "REFUSED: Fakturaoversigt_2023-2024.csv: column 'Beløb ekskl. moms' (amount) row 1: '1.506,73 kr.' is"
        " not a number (701 bad rows in this column); fix the value or map another column with --map"
    ),
    "twohdr_pt_map::import": (
        "REFUSED: Documentos_Venda_PHC.csv: no column for required 'order_date' of order_lines (also missing:"
        " amount); headers: Cliente, column_2, Documento, column_4, column_5, column_6, column_7, Valores, co"
        'lumn_9, column_10; closest: none; map one with --map "Header=order_date"; --map names no column here'
        ": Nº Cliente, Número, Data, Base"
    ),
    "serial_cz_map::revenue": (
        "SILENT: expected 5,253,578.10; got 5,459,378.83 = Stornováno counted; understood: revenue · all data"
        " up to the analysis date · all customers"
    ),
    "serial_cz_map::orders": (
        "SILENT: expected 760; got 800; understood: orders · all data up to the analysis date · all customers"
    ),
    "serial_cz_map::customers": (
        "SILENT: expected 136; got 162 = names in two spellings counted twice and Stornováno counted; underst"
        "ood: customers · all data up to the analysis date · all customers"
    ),
    "serial_cz_map::aov": (
        "SILENT: expected 6,912.60; got 6,824.22; understood: average order value · all data up to the analys"
        "is date · all customers"
    ),
    "serial_cz_map::repeat": (
        "SILENT: expected 0.9265 (or 92.65); got 0.8704 = names in two spellings counted twice and Stornováno"
        " counted; understood: repeat rate · all data up to the analysis date · all customers"
    ),
    "serial_cz_map::top5": (
        "SILENT: expected [('Železárny Novák s.r.o.', 981500.76), ('Železárny Svoboda s.r.o.', 319672.96), ('"
        "Železárny Dvořák s.r.o.', 105210.67), ('Stavby Procházka s.r.o.', 96875.44), ('Železárny Černý s.r.o"
        ".', 81529.91)]; got [('železárny novák s.r.o.', 722589.11), ('železárny svoboda s.r.o.', 328742.02),"
        " ('železárny novák s.r.o.', 317300.64), ('železárny dvořák s.r.o.', 105210.67), ('stavby procházka s"
        ".r.o.', 96875.44)]; understood: revenue by customer · all data up to the analysis date · all custome"
        "rs · Top 5"
    ),
    "serial_cz_map::by_strd": (
        "SILENT: expected {Brno: 1,666,714.83, Ostrava: 1,358,154.64, Praha: 2,228,708.63}; got {brno: 1,709,"
        "833.51, ostrava: 1,430,581.98, praha: 2,318,963.34} columns=['stredisko', 'revenue']; understood: Um"
        "satz je Středisko · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "serial_cz_map::brno": (
        "SILENT: expected 1,666,714.83; got 1,709,833.51; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Středisko Brno · alle Kunden"
    ),
    "serial_cz_map::by_month24": (
        "SILENT: expected {2024-01: 251,555.01, 2024-02: 297,862.27, 2024-03: 310,337.29, 2024-04: 182,197.22"
        ", 2024-05: 282,848.71, 2024-06: 184,056.45, …}; got {2024-01: 263,651.32, 2024-02: 298,496.73, 2024-"
        "03: 330,114.73, 2024-04: 198,827.55, 2024-05: 297,685.28, 2024-06: 184,056.45, …} columns=['month', "
        "'revenue']; understood: Umsatz je Monat · 2024 · alle Kunden"
    ),
    "serial_cz_map::dec23": (
        "SILENT: expected 260,309.57; got 270,564.53; understood: revenue · December 2023 · all customers"
    ),
    "serial_cz_map::storno": (
        "SILENT: expected 40; got 0; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "serial_cz_map::yoy": (
        "SILENT: expected {2023: 3,011,374.74, 2024: 2,242,203.36}; got {2023: 3,118,092.92, 2024: 2,341,285."
        "91} columns=['year', 'revenue']; understood: Umsatz · 2024 gegenüber 2023 · alle Daten bis zum Stich"
        "tag · alle Kunden"
    ),
    "serial_cz_map::paid_days": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Kunden: 162.'; understo"
        "od: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::revenue": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 2.032.405,65.';"
        " understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::orders": (
        "SILENT: expected 840; got 900; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::customers": (
        "ASKS BACK: expected 162; got 'customers' can mean the data's column (kunde) or the built-in customer"
        "s, customer_id. Which one do you mean? options=['kunde', 'customers', 'customer_id']; understood: un"
        "derstood so far: nothing definite — open: 'customers' can mean the data's column (kunde) or the buil"
        "t-in customers, customer_id. Which one do you mean?"
    ),
    "mixed_ccy_map::repeat": (
        "SILENT: expected 0.9074 (or 90.74); got 0.8916; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "mixed_ccy_map::nok": (
        "SILENT: expected 1,318,304.98; got 1,414,861.96; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Valuta NOK · alle Kunden"
    ),
    "mixed_ccy_map::eur_top": (
        "SILENT: expected [('5064', 3219.58), ('5088', 2892.43), ('5076', 2761.31), ('5004', 2680.05), ('5124"
        "', 2030.52)]; got [('5064', 3219.58), ('5004', 3037.86), ('5088', 2892.43), ('5076', 2761.31), ('512"
        "4', 2030.52)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · Valuta EUR · alle Kunden "
        "· Top 5"
    ),
    "mixed_ccy_map::by_cur": (
        "SILENT: expected {DKK: 229,703.13, EUR: 30,836.11, NOK: 1,318,304.98, SEK: 310,634.80}; got {dkk: 25"
        "7,444.80, eur: 31,792.92, nok: 1,414,861.96, sek: 328,305.97} columns=['valuta', 'revenue']; underst"
        "ood: Umsatz je Valuta · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::sek_24": (
        "SILENT: expected 131,481.93; got 135,667.29; understood: revenue · 2024 · Valuta SEK · all customers"
    ),
    "mixed_ccy_map::orders_cur": (
        "ASKS BACK: expected {DKK: 99.00, EUR: 98.00, NOK: 524.00, SEK: 119.00}; got Zu 'Währung' (Währung) h"
        "aben diese Daten keine Werte oder Spalten. Bitte anders formulieren. options=[]; understood: bisher "
        "verstanden: Aufträge je Währung · alle Daten bis zum Stichtag · alle Kunden — offen: Zu 'Währung' (W"
        "ährung) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren."
    ),
    "mixed_ccy_map::nok_aov": (
        "SILENT: expected 2,515.85; got 2,513.08; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · Valuta NOK · alle Kunden"
    ),
    "mixed_ccy_map::top5": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Top 5 nach Umsatz je Ku"
        "nde: 5000 350.231,72, 5001 116.754,85, 5003 48.258,73, 5169 38.515,17, 5008 37.065,29.'; understood:"
        " Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "mixed_ccy_map::aov": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Average order value: 2,"
        "258.23.'; understood: average order value · all data up to the analysis date · all customers"
    ),
    "mixed_ccy_map::by_sel": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz nach Selger: Per"
        " 695.330,80, Ola 692.152,17, Kari 644.922,68.'; understood: Umsatz je Selger · alle Daten bis zum St"
        "ichtag · alle Kunden"
    ),
    "mixed_ccy_map::by_month": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz je Monat (2024):"
        " von 83.555,96 (2024-01) bis 36.260,73 (2024-10); am höchsten 2024-02 mit 120.492,19.'; understood: "
        "Umsatz je Monat · 2024 · alle Kunden"
    ),
    "parquet_es_map::devuelto": (
        "ASKS BACK: expected 55; got Das Wort 'zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: "
        "stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: storniert"
        "e Aufträge · alle Daten bis zum Stichtag · Auftragsstatus devuelto · alle Kunden — offen: Das Wort '"
        "zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders for"
        "mulieren."
    ),
    "parquet_es_map::cupon": (
        "ASKS BACK: expected 4,603.65; got Das Wort 'Gutschein' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bi"
        "s zum Stichtag · cupon VERANO10 · alle Kunden — offen: Das Wort 'Gutschein' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "returns_fi_map::returns": (
        "ASKS BACK: expected 13,867.50 (or -13,867.50); got Ich habe in der Frage keine Kennzahl erkannt ('re"
        "tourniert' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschni"
        "ttlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschl"
        "and', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden stornier"
        "t?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzah"
        "l erkannt ('retourniert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi_map::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Tuote, Stornoquote? options=['Retouren', 'Tuote',"
        " 'Stornoquote']; understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Ku"
        "nden — offen: Das Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). M"
        "einten Sie: Retouren, Tuote, Stornoquote?"
    ),
    "returns_fi_map::by_reason": (
        "SILENT: expected {Ei tarpeen: 3,586.80, Liian pieni: 3,821.30, Viallinen: 3,428.90, Väärä tuote: 3,0"
        "30.50}; got {ei tarpeen: 3,586.80, liian pieni: 3,821.30, none: -0.0000, viallinen: 3,428.90, väärä "
        "tuote: 3,030.50} = a row for the sales lines (no reason) with 0 added columns=['palautuksen_syy', 'r"
        "eturns']; understood: Retouren je Palautuksen syy · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "returns_fi_map::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
    "kunde_ch_map::cust_fil": (
        "ASKS BACK: expected {Basel: 50.00, Bern: 53.00, Zürich: 53.00}; got 'customers' can mean the data's "
        "column (kunde) or the built-in customers, customer_id. Which one do you mean? options=['kunde', 'cus"
        "tomers', 'customer_id']; understood: understood so far: nothing definite — open: 'customers' can mea"
        "n the data's column (kunde) or the built-in customers, customer_id. Which one do you mean?"
    ),
}
