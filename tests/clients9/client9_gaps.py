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
    "faktury_pl::revenue": (
        "SILENT: expected 1,597,323.05; got 1,705,145.30 = Anulowana counted; understood: Umsatz · alle Daten"
        " bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl::orders": (
        "SILENT: expected 874; got 931; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl::aov": (
        "SILENT: expected 1,827.60; got 1,831.52; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "faktury_pl::repeat": (
        "SILENT: expected 0.9108 (or 91.08); got 0.9236; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "faktury_pl::top5": (
        "SILENT: expected [('Budownictwo Kowalski Sp. z o.o.', 265597.61), ('Budownictwo Nowak Sp. z o.o.', 9"
        "0637.89), ('Handel Szymański Sp. z o.o. Holding', 33269.53), ('Budownictwo Wiśniewski Sp. z o.o.', 3"
        "0422.45), ('Piekarnia Nowak Sp. z o.o.', 25578.46)]; got [('budownictwo kowalski sp. z o.o.', 273078"
        ".96), ('budownictwo nowak sp. z o.o.', 91471.67), ('budownictwo wiśniewski sp. z o.o.', 34410.73), ("
        "'handel szymański sp. z o.o. holding', 33269.53), ('piekarnia nowak sp. z o.o.', 25578.46)]; underst"
        "ood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "faktury_pl::by_pay": (
        "SILENT: expected {Gotówka: 400,155.22, Karta: 375,280.23, Przelew: 821,887.60}; got {gotówka: 439,73"
        "7.45, karta: 387,838.38, przelew: 877,569.47} columns=['forma_p_atnosci', 'revenue']; understood: Um"
        "satz je Forma płatności · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl::przelew": (
        "SILENT: expected 821,887.60; got 877,569.47; understood: Umsatz · alle Daten bis zum Stichtag · Form"
        "a płatności Przelew · alle Kunden"
    ),
    "faktury_pl::q2": ("SILENT: expected 211,107.10; got 228,023.99; understood: Umsatz · Q2 2024 · alle Kunden"),
    "faktury_pl::new24": ("SILENT: expected 11; got 9; understood: Neukunden · 2024 · alle Kunden"),
    "faktury_pl::vat": (
        "SILENT: expected 367,384.25; got no single number: columns=['metric', 'definition'] rows=1; understo"
        "od: Definition von Summe VAT"
    ),
    "faktury_pl::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
    ),
    "fortnox_se::revenue": (
        "SILENT: expected 2,793,069.20; got 2,997,094.75 = Makulerad counted; understood: revenue · all data "
        "up to the analysis date · all customers"
    ),
    "fortnox_se::orders": (
        "SILENT: expected 714; got 756; understood: orders · all data up to the analysis date · all customers"
    ),
    "fortnox_se::customers": (
        "SILENT: expected 148; got 149; understood: customers · all data up to the analysis date · all customers"
    ),
    "fortnox_se::aov": (
        "SILENT: expected 3,911.86; got 3,964.41; understood: average order value · all data up to the analys"
        "is date · all customers"
    ),
    "fortnox_se::repeat": (
        "SILENT: expected 0.8919 (or 89.19); got 0.9128; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    "fortnox_se::top5": (
        "SILENT: expected [('0001000', 471054.98), ('0001007', 167326.29), ('0002036', 61431.65), ('0001014',"
        " 60840.03), ('0001301', 53298.36)]; got [('1000', 501560.38), ('1007', 176306.02), ('2036', 61431.65"
        "), ('1014', 60840.03), ('1301', 53298.36)]; understood: revenue by customer · all data up to the ana"
        "lysis date · all customers · Top 5"
    ),
    "fortnox_se::one_cust": (
        "SILENT: expected 471,054.98; got 501,560.38; understood: Umsatz · alle Daten bis zum Stichtag · Kund"
        "e = 1000 · alle Kunden"
    ),
    "fortnox_se::makulerad": (
        "ASKS BACK: expected 43; got Das Wort 'makuliert' kenne ich in diesen Daten nicht (verstanden: Aufträ"
        "ge). Meinten Sie: Makulerad? options=['Makulerad']; understood: bisher verstanden: Aufträge · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'makuliert' kenne ich in diesen Daten nicht (v"
        "erstanden: Aufträge). Meinten Sie: Makulerad?"
    ),
    "fortnox_se::by_sel": (
        "SILENT: expected {Anna Lind: 1,069,726.27, Erik Berg: 964,637.57, Sara Holm: 758,705.36}; got {anna "
        "lind: 1,145,872.46, erik berg: 1,020,900.50, sara holm: 830,321.79} columns=['saeljare', 'revenue'];"
        " understood: Umsatz je Säljare · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "fortnox_se::moms": (
        "ASKS BACK: expected 698,267.28; got I do not know 'VAT' in this data (understood: total Moms). Did y"
        "ou mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by t"
        "enure band', 'value by cohort']; understood: understood so far: total Moms · all data up to the anal"
        "ysis date · all customers — open: I do not know 'VAT' in this data (understood: total Moms). Did you"
        " mean: value at risk, value by tenure band, value by cohort?"
    ),
    "fortnox_se::by_q": (
        "SILENT: expected {2024-Q1: 369,160.12, 2024-Q2: 391,635.24, 2024-Q3: 360,842.78, 2024-Q4: 96,227.60}"
        "; got {2024-q1: 419,615.33, 2024-q2: 397,696.86, 2024-q3: 403,088.99, 2024-q4: 99,277.01} columns=['"
        "quarter', 'revenue']; understood: Umsatz je Quartal · 2024 · alle Kunden"
    ),
    "fortnox_se::aug": ("SILENT: expected 127,096.08; got 128,670.97; understood: Umsatz · August 2023 · alle Kunden"),
    "at_rechnung::orders": (
        "SILENT: expected 797; got 775 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "at_rechnung::aov": (
        "SILENT: expected 1,198.33; got 1,232.35 = one order per customer and day (order number not used); un"
        "derstood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc::revenue": (
        "SILENT: expected 565,187.52; got 634,869.16 = unsigned Bedrag summed (D/C ignored); understood: Umsa"
        "tz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc::orders": (
        "SILENT: expected 1014; got 1100; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "exact_dc::aov": (
        "SILENT: expected 557.38; got 577.15; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "exact_dc::repeat": (
        "SILENT: expected 0.8923 (or 89.23); got 0.9077; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "exact_dc::top5": (
        "SILENT: expected [('100', 106664.68), ('101', 27117.74), ('102', 13277.53), ('103', 12194.01), ('105"
        "', 7434.71)]; got [('100', 114934.58), ('101', 31694.58), ('102', 13984.41), ('103', 12411.17), ('10"
        "5', 10254.97)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "exact_dc::credits": (
        "ASKS BACK: expected -34,840.82 (or 34,840.82); got Das Wort 'gutgeschrieben' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: "
        "Umsatz · alle Daten bis zum Stichtag · D/C C · alle Kunden — offen: Das Wort 'gutgeschrieben' kenne "
        "ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "exact_dc::by_oms": (
        "SILENT: expected {Advies: 146,644.88, Levering: 123,117.28, Licentie: 125,472.65, Onderhoud: 169,952"
        ".71}; got {advies: 165,254.88, levering: 143,547.18, licentie: 145,456.07, onderhoud: 180,611.03} co"
        "lumns=['omschrijving', 'revenue']; understood: Umsatz je Omschrijving · alle Daten bis zum Stichtag "
        "· alle Kunden"
    ),
    "exact_dc::onderhoud": (
        "SILENT: expected 79,550.66; got 86,040.94; understood: Umsatz · 2024 · Omschrijving Onderhoud · alle Kunden"
    ),
    "exact_dc::by_month24": (
        "SILENT: expected {2024-01: 31,034.38, 2024-02: 24,498.76, 2024-03: 37,963.99, 2024-04: 30,381.21, 20"
        "24-05: 21,207.22, 2024-06: 24,949.58, …}; got {2024-01: 34,607.92, 2024-02: 24,831.38, 2024-03: 41,8"
        "20.37, 2024-04: 32,733.87, 2024-05: 26,598.62, 2024-06: 29,293.68, …} columns=['month', 'revenue']; "
        "understood: Umsatz je Monat · 2024 · alle Kunden"
    ),
    "exact_dc::n_credit": (
        "ASKS BACK: expected 86; got I do not know 'post' in this data (understood: return documents). Did yo"
        "u mean: potential loyalist, potenziell treu, potential loyalists? options=['potential loyalist', 'po"
        "tenziell treu', 'potential loyalists']; understood: understood so far: return documents · all data u"
        "p to the analysis date · all customers — open: I do not know 'post' in this data (understood: return"
        " documents). Did you mean: potential loyalist, potenziell treu, potential loyalists?"
    ),
    "exact_dc::yoy": (
        "SILENT: expected {2023: 303,689.24, 2024: 261,498.28}; got {2023: 340,697.46, 2024: 294,171.70} colu"
        "mns=['year', 'revenue']; understood: Umsatz · 2024 gegenüber 2023 · alle Daten bis zum Stichtag · al"
        "le Kunden"
    ),
    "report_dk::revenue": (
        "SILENT: expected 927,100.86; got 973,421.74 = Annulleret counted; understood: Umsatz · alle Daten bi"
        "s zum Stichtag · alle Kunden"
    ),
    "report_dk::orders": (
        "SILENT: expected 668; got 700; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk::customers": (
        "SILENT: expected 115; got 116; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk::aov": (
        "SILENT: expected 1,387.88; got 1,390.60; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "report_dk::repeat": (
        "SILENT: expected 0.9217 (or 92.17); got 0.9224; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "report_dk::top5": (
        "SILENT: expected [('1001', 191841.33), ('1002', 75450.37), ('1003', 25615.99), ('1004', 19757.95), ("
        "'1077', 18735.75)]; got [('1001', 204697.11), ('1002', 76752.01), ('1003', 28916.24), ('1004', 20367"
        ".07), ('1077', 18735.75)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden ·"
        " Top 5"
    ),
    "report_dk::by_q": (
        "SILENT: expected {2023-Q1: 116,055.29, 2023-Q2: 145,944.34, 2023-Q3: 123,453.36, 2023-Q4: 138,022.46"
        ", 2024-Q1: 151,130.80, 2024-Q2: 96,560.65, …}; got {2023-q1: 116,055.29, 2023-q2: 151,384.85, 2023-q"
        "3: 136,515.83, 2023-q4: 145,179.31, 2024-q1: 151,130.80, 2024-q2: 107,076.31, …} columns=['quarter',"
        " 'revenue']; understood: Umsatz je Quartal · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk::sep24": (
        "SILENT: expected 54,905.87; got 62,771.52; understood: Umsatz · September 2024 · alle Kunden"
    ),
    "report_dk::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "report_dk::yoy": (
        "SILENT: expected {2023: 523,475.45, 2024: 403,625.41}; got {2023: 549,135.28, 2024: 424,286.46} colu"
        "mns=['year', 'revenue']; understood: revenue · 2024 vs 2023 · all data up to the analysis date · all"
        " customers"
    ),
    "report_dk::churn_reason": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Customers: 116.'; under"
        "stood: customers · all data up to the analysis date · all customers"
    ),
    "twohdr_pt::orders": (
        "SILENT: expected 678; got 665 = one order per customer and day (order number not used); understood: "
        "orders · all data up to the analysis date · all customers"
    ),
    "twohdr_pt::aov": (
        "SILENT: expected 753.30; got 768.03 = one order per customer and day (order number not used); unders"
        "tood: average order value · all data up to the analysis date · all customers"
    ),
    "twohdr_pt::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
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
    "mixed_ccy::orders": (
        "SILENT: expected 840; got 900; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy::customers": (
        "SILENT: expected 162; got 166; understood: customers · all data up to the analysis date · all customers"
    ),
    "mixed_ccy::repeat": (
        "SILENT: expected 0.9074 (or 90.74); got 0.8916; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "mixed_ccy::nok": (
        "SILENT: expected 1,318,304.98; got 1,414,861.96; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Währung NOK · alle Kunden"
    ),
    "mixed_ccy::eur_top": (
        "SILENT: expected [('5064', 3219.58), ('5088', 2892.43), ('5076', 2761.31), ('5004', 2680.05), ('5124"
        "', 2030.52)]; got [('5064', 3219.58), ('5004', 3037.86), ('5088', 2892.43), ('5076', 2761.31), ('512"
        "4', 2030.52)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · Währung EUR · alle Kunden"
        " · Top 5"
    ),
    "mixed_ccy::by_cur": (
        "SILENT: expected {DKK: 229,703.13, EUR: 30,836.11, NOK: 1,318,304.98, SEK: 310,634.80}; got {dkk: 25"
        "7,444.80, eur: 31,792.92, nok: 1,414,861.96, sek: 328,305.97} columns=['currency', 'revenue']; under"
        "stood: Umsatz je Währung · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy::sek_24": (
        "SILENT: expected 131,481.93; got 135,667.29; understood: revenue · 2024 · currency SEK · all customers"
    ),
    "mixed_ccy::orders_cur": (
        "SILENT: expected {DKK: 99.00, EUR: 98.00, NOK: 524.00, SEK: 119.00}; got {dkk: 107, eur: 102, nok: 5"
        "63, sek: 128} columns=['currency', 'orders']; understood: Aufträge je Währung · alle Daten bis zum S"
        "tichtag · alle Kunden"
    ),
    "mixed_ccy::nok_aov": (
        "SILENT: expected 2,515.85; got 2,513.08; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · Währung NOK · alle Kunden"
    ),
    "serial_cz::revenue": (
        "SILENT: expected 5,253,578.10; got 5,459,378.83 = Stornováno counted; understood: revenue · all data"
        " up to the analysis date · all customers"
    ),
    "serial_cz::orders": (
        "SILENT: expected 760; got 800; understood: orders · all data up to the analysis date · all customers"
    ),
    "serial_cz::customers": (
        "SILENT: expected 136; got 162 = names in two spellings counted twice and Stornováno counted; underst"
        "ood: customers · all data up to the analysis date · all customers"
    ),
    "serial_cz::aov": (
        "SILENT: expected 6,912.60; got 6,824.22; understood: average order value · all data up to the analys"
        "is date · all customers"
    ),
    "serial_cz::repeat": (
        "SILENT: expected 0.9265 (or 92.65); got 0.8704 = names in two spellings counted twice and Stornováno"
        " counted; understood: repeat rate · all data up to the analysis date · all customers"
    ),
    "serial_cz::top5": (
        "SILENT: expected [('Železárny Novák s.r.o.', 981500.76), ('Železárny Svoboda s.r.o.', 319672.96), ('"
        "Železárny Dvořák s.r.o.', 105210.67), ('Stavby Procházka s.r.o.', 96875.44), ('Železárny Černý s.r.o"
        ".', 81529.91)]; got [('železárny novák s.r.o.', 722589.11), ('železárny svoboda s.r.o.', 328742.02),"
        " ('železárny novák s.r.o.', 317300.64), ('železárny dvořák s.r.o.', 105210.67), ('stavby procházka s"
        ".r.o.', 96875.44)]; understood: revenue by customer · all data up to the analysis date · all custome"
        "rs · Top 5"
    ),
    "serial_cz::by_strd": (
        "SILENT: expected {Brno: 1,666,714.83, Ostrava: 1,358,154.64, Praha: 2,228,708.63}; got {brno: 1,709,"
        "833.51, ostrava: 1,430,581.98, praha: 2,318,963.34} columns=['stredisko', 'revenue']; understood: Um"
        "satz je Středisko · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "serial_cz::brno": (
        "SILENT: expected 1,666,714.83; got 1,709,833.51; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Středisko Brno · alle Kunden"
    ),
    "serial_cz::by_month24": (
        "SILENT: expected {2024-01: 251,555.01, 2024-02: 297,862.27, 2024-03: 310,337.29, 2024-04: 182,197.22"
        ", 2024-05: 282,848.71, 2024-06: 184,056.45, …}; got {2024-01: 263,651.32, 2024-02: 298,496.73, 2024-"
        "03: 330,114.73, 2024-04: 198,827.55, 2024-05: 297,685.28, 2024-06: 184,056.45, …} columns=['month', "
        "'revenue']; understood: Umsatz je Monat · 2024 · alle Kunden"
    ),
    "serial_cz::dec23": (
        "SILENT: expected 260,309.57; got 270,564.53; understood: revenue · December 2023 · all customers"
    ),
    "serial_cz::storno": (
        "SILENT: expected 40; got 0; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "serial_cz::yoy": (
        "SILENT: expected {2023: 3,011,374.74, 2024: 2,242,203.36}; got {2023: 3,118,092.92, 2024: 2,341,285."
        "91} columns=['year', 'revenue']; understood: Umsatz · 2024 gegenüber 2023 · alle Daten bis zum Stich"
        "tag · alle Kunden"
    ),
    "serial_cz::paid_days": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Kunden: 162.'; understo"
        "od: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "parquet_es::devuelto": (
        "ASKS BACK: expected 55; got Das Wort 'zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: "
        "stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: storniert"
        "e Aufträge · alle Daten bis zum Stichtag · Auftragsstatus devuelto · alle Kunden — offen: Das Wort '"
        "zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders for"
        "mulieren."
    ),
    "parquet_es::cupon": (
        "ASKS BACK: expected 4,603.65; got Das Wort 'Gutschein' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bi"
        "s zum Stichtag · cupon VERANO10 · alle Kunden — offen: Das Wort 'Gutschein' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "parquet_es::age": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten. (Grund, auf Englisch"
        ": age bands need the column 'age' of the customers table (Kunden), which this data does not have or "
        "leaves empty.); understood: Umsatz je Altersgruppe · alle Daten bis zum Stichtag · alle Kunden"
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
    "returns_fi::returns": (
        "ASKS BACK: expected 13,867.50 (or -13,867.50); got Ich habe in der Frage keine Kennzahl erkannt ('re"
        "tourniert' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschni"
        "ttlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschl"
        "and', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden stornier"
        "t?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzah"
        "l erkannt ('retourniert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
    ),
    "returns_fi::by_reason": (
        "SILENT: expected {Ei tarpeen: 3,586.80, Liian pieni: 3,821.30, Viallinen: 3,428.90, Väärä tuote: 3,0"
        "30.50}; got {ei tarpeen: 3,586.80, liian pieni: 3,821.30, none: -0.0000, viallinen: 3,428.90, väärä "
        "tuote: 3,030.50} = a row for the sales lines (no reason) with 0 added columns=['palautuksen_syy', 'r"
        "eturns']; understood: Retouren je Palautuksen syy · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "returns_fi::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
    "fatture_it_map::annulled": (
        "ASKS BACK: expected 49; got Das Wort 'annulliert' kenne ich in diesen Daten nicht (verstanden: Auftr"
        "äge). Meinten Sie: annullata? options=['annullata']; understood: bisher verstanden: Aufträge · alle "
        "Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'annulliert' kenne ich in diesen Daten nicht "
        "(verstanden: Aufträge). Meinten Sie: annullata?"
    ),
    "faktury_pl_map::revenue": (
        "SILENT: expected 1,597,323.05; got 1,705,145.30 = Anulowana counted; understood: Umsatz · alle Daten"
        " bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl_map::orders": (
        "SILENT: expected 874; got 931; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl_map::aov": (
        "SILENT: expected 1,827.60; got 1,831.52; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "faktury_pl_map::repeat": (
        "SILENT: expected 0.9108 (or 91.08); got 0.9236; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "faktury_pl_map::top5": (
        "SILENT: expected [('Budownictwo Kowalski Sp. z o.o.', 265597.61), ('Budownictwo Nowak Sp. z o.o.', 9"
        "0637.89), ('Handel Szymański Sp. z o.o. Holding', 33269.53), ('Budownictwo Wiśniewski Sp. z o.o.', 3"
        "0422.45), ('Piekarnia Nowak Sp. z o.o.', 25578.46)]; got [('budownictwo kowalski sp. z o.o.', 273078"
        ".96), ('budownictwo nowak sp. z o.o.', 91471.67), ('budownictwo wiśniewski sp. z o.o.', 34410.73), ("
        "'handel szymański sp. z o.o. holding', 33269.53), ('piekarnia nowak sp. z o.o.', 25578.46)]; underst"
        "ood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "faktury_pl_map::by_pay": (
        "SILENT: expected {Gotówka: 400,155.22, Karta: 375,280.23, Przelew: 821,887.60}; got {gotówka: 439,73"
        "7.45, karta: 387,838.38, przelew: 877,569.47} columns=['forma_p_atnosci', 'revenue']; understood: Um"
        "satz je Forma płatności · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faktury_pl_map::przelew": (
        "SILENT: expected 821,887.60; got 877,569.47; understood: Umsatz · alle Daten bis zum Stichtag · Form"
        "a płatności Przelew · alle Kunden"
    ),
    "faktury_pl_map::q2": ("SILENT: expected 211,107.10; got 228,023.99; understood: Umsatz · Q2 2024 · alle Kunden"),
    "faktury_pl_map::new24": ("SILENT: expected 11; got 9; understood: Neukunden · 2024 · alle Kunden"),
    "faktury_pl_map::vat": (
        "SILENT: expected 367,384.25; got no single number: columns=['metric', 'definition'] rows=1; understo"
        "od: Definition von Summe VAT"
    ),
    "faktury_pl_map::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl_map::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
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
    "report_dk_map::revenue": (
        "SILENT: expected 927,100.86; got 973,421.74 = Annulleret counted; understood: Umsatz · alle Daten bi"
        "s zum Stichtag · alle Kunden"
    ),
    "report_dk_map::orders": (
        "SILENT: expected 668; got 700; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk_map::customers": (
        "SILENT: expected 115; got 116; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk_map::aov": (
        "SILENT: expected 1,387.88; got 1,390.60; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · alle Kunden"
    ),
    "report_dk_map::repeat": (
        "SILENT: expected 0.9217 (or 92.17); got 0.9224; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "report_dk_map::top5": (
        "SILENT: expected [('1001', 191841.33), ('1002', 75450.37), ('1003', 25615.99), ('1004', 19757.95), ("
        "'1077', 18735.75)]; got [('1001', 204697.11), ('1002', 76752.01), ('1003', 28916.24), ('1004', 20367"
        ".07), ('1077', 18735.75)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden ·"
        " Top 5"
    ),
    "report_dk_map::by_q": (
        "SILENT: expected {2023-Q1: 116,055.29, 2023-Q2: 145,944.34, 2023-Q3: 123,453.36, 2023-Q4: 138,022.46"
        ", 2024-Q1: 151,130.80, 2024-Q2: 96,560.65, …}; got {2023-q1: 116,055.29, 2023-q2: 151,384.85, 2023-q"
        "3: 136,515.83, 2023-q4: 145,179.31, 2024-q1: 151,130.80, 2024-q2: 107,076.31, …} columns=['quarter',"
        " 'revenue']; understood: Umsatz je Quartal · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "report_dk_map::sep24": (
        "SILENT: expected 54,905.87; got 62,771.52; understood: Umsatz · September 2024 · alle Kunden"
    ),
    "report_dk_map::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "report_dk_map::yoy": (
        "SILENT: expected {2023: 523,475.45, 2024: 403,625.41}; got {2023: 549,135.28, 2024: 424,286.46} colu"
        "mns=['year', 'revenue']; understood: revenue · 2024 vs 2023 · all data up to the analysis date · all"
        " customers"
    ),
    "report_dk_map::churn_reason": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Customers: 116.'; under"
        "stood: customers · all data up to the analysis date · all customers"
    ),
    "twohdr_pt_map::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt_map::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt_map::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
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
    "mixed_ccy_map::orders": (
        "SILENT: expected 840; got 900; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::customers": (
        "SILENT: expected 162; got 166; understood: customers · all data up to the analysis date · all customers"
    ),
    "mixed_ccy_map::repeat": (
        "SILENT: expected 0.9074 (or 90.74); got 0.8916; understood: Wiederkaufsrate · alle Daten bis zum Sti"
        "chtag · alle Kunden"
    ),
    "mixed_ccy_map::nok": (
        "SILENT: expected 1,318,304.98; got 1,414,861.96; understood: Umsatz · alle Daten bis zum Stichtag · "
        "Währung NOK · alle Kunden"
    ),
    "mixed_ccy_map::eur_top": (
        "SILENT: expected [('5064', 3219.58), ('5088', 2892.43), ('5076', 2761.31), ('5004', 2680.05), ('5124"
        "', 2030.52)]; got [('5064', 3219.58), ('5004', 3037.86), ('5088', 2892.43), ('5076', 2761.31), ('512"
        "4', 2030.52)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · Währung EUR · alle Kunden"
        " · Top 5"
    ),
    "mixed_ccy_map::by_cur": (
        "SILENT: expected {DKK: 229,703.13, EUR: 30,836.11, NOK: 1,318,304.98, SEK: 310,634.80}; got {dkk: 25"
        "7,444.80, eur: 31,792.92, nok: 1,414,861.96, sek: 328,305.97} columns=['currency', 'revenue']; under"
        "stood: Umsatz je Währung · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "mixed_ccy_map::sek_24": (
        "SILENT: expected 131,481.93; got 135,667.29; understood: revenue · 2024 · currency SEK · all customers"
    ),
    "mixed_ccy_map::orders_cur": (
        "SILENT: expected {DKK: 99.00, EUR: 98.00, NOK: 524.00, SEK: 119.00}; got {dkk: 107, eur: 102, nok: 5"
        "63, sek: 128} columns=['currency', 'orders']; understood: Aufträge je Währung · alle Daten bis zum S"
        "tichtag · alle Kunden"
    ),
    "mixed_ccy_map::nok_aov": (
        "SILENT: expected 2,515.85; got 2,513.08; understood: durchschnittlicher Bestellwert · alle Daten bis"
        " zum Stichtag · Währung NOK · alle Kunden"
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
    "parquet_es_map::age": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten. (Grund, auf Englisch"
        ": age bands need the column 'age' of the customers table (Kunden), which this data does not have or "
        "leaves empty.); understood: Umsatz je Altersgruppe · alle Daten bis zum Stichtag · alle Kunden"
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
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
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
}
