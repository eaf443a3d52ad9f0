"""Known gaps of insight on the round-9 client files (make_clients9.py): test id -> what insight does.
Run as strict xfails by test_clients9.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
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
    "cp1252_fr::avoirs": (
        "ASKS BACK: expected -12,222.99 (or 12,222.99); got Das Wort 'Avoirs' kenne ich in diesen Daten nicht"
        " (verstanden: Retouren). Meinten Sie: durchschnittlicher Bestellwert? options=['durchschnittlicher B"
        "estellwert']; understood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — "
        "offen: Das Wort 'Avoirs' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: durchs"
        "chnittlicher Bestellwert?"
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
    "faktury_pl_map::import": (
        "REFUSED: Faktury_sprzedazy.csv: column 'Netto' (amount) row 1: '2\\xa0198,12 zł' is not a number (1,0"
        "00 bad rows in this column); fix the value or map another column with --map"
    ),
    "fortnox_se_map::moms": (
        "ASKS BACK: expected 698,267.28; got I do not know 'VAT' in this data (understood: total Moms). Did y"
        "ou mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by t"
        "enure band', 'value by cohort']; understood: understood so far: total Moms · all data up to the anal"
        "ysis date · all customers — open: I do not know 'VAT' in this data (understood: total Moms). Did you"
        " mean: value at risk, value by tenure band, value by cohort?"
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
    "serial_cz_map::paid_days": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Kunden: 162.'; understo"
        "od: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::customers": (
        "ASKS BACK: expected 162; got 'customers' can mean the data's column (kunde) or the built-in customer"
        "s, customer_id. Which one do you mean? options=['kunde', 'customers', 'customer_id']; understood: un"
        "derstood so far: nothing definite — open: 'customers' can mean the data's column (kunde) or the buil"
        "t-in customers, customer_id. Which one do you mean?"
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
