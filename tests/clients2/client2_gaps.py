"""Known gaps of insight on the round-2 client files: test id -> what insight does. Run as strict xfails,
so a fix shows up as XPASS (then delete the entry). ``SILENT:`` marks a silently wrong answer (status ok,
wrong number); ``REFUSED:`` an import refused although the export is well-formed; ``ASKS BACK:`` a
clarification where the data answers the question."""


GAPS: dict[str, str] = {
    'stripe::revenue': (
        "ERROR: expected 216,020.50; got This cannot be answered from this data: 'revenue' needs order lines "
        '(customer, date, amount), and this data is a customers table without orders.; understood: revenue · '
        'all data up to the analysis date · all customers'
    ),
    'stripe::orders': (
        "ERROR: expected 1968; got This cannot be answered from this data: 'orders' needs order lines "
        '(customer, date, amount), and this data is a customers table without orders.; understood: orders · '
        'all data up to the analysis date · all customers'
    ),
    'stripe::customers': (
        'SILENT: expected 477; got 485; understood: customers · all data up to the analysis date · all '
        'customers'
    ),
    'stripe::aov': (
        "ERROR: expected 109.77; got This cannot be answered from this data: 'aov' needs order lines "
        '(customer, date, amount), and this data is a customers table without orders.; understood: average '
        'order value · all data up to the analysis date · all customers'
    ),
    'stripe::repeat': (
        "ERROR: expected 0.8407; got This cannot be answered from this data: 'repeat_rate' needs order lines "
        '(customer, date, amount), and this data is a customers table without orders.; understood: repeat '
        'rate · all data up to the analysis date · all customers'
    ),
    'stripe::top5': (
        "ERROR: expected [('cus_e35f16c3e2', 34710.0), ('cus_52e693c16d', 9923.5), ('cus_527384c142', "
        "4548.0), ('cus_c1cea929f2', 1922.0), ('cus_18f28b8b9b', 1529.0)]; got This cannot be answered from "
        "this data: 'revenue' needs order lines (customer, date, amount), and this data is a customers table "
        'without orders.; understood: revenue by customer · all data up to the analysis date · all customers '
        '· Top 5'
    ),
    'stripe::refunded': (
        "ASKS BACK: expected 16,210.50; got I did not recognise a metric in the question ('refunded' is "
        "unknown to me). Which of these do you mean? options=['What is the total revenue?', 'How many orders "
        "were placed in 2011?', 'What is the average order value in Germany?', 'Revenue share by country', "
        "'Units sold by country, top 5', 'Average t; understood: understood so far: nothing definite — open: "
        "I did not recognise a metric in the question ('refunded' is unknown to me). Which of these do you "
        'mean?'
    ),
    'stripe::failed': (
        "ASKS BACK: expected 128; got I do not know 'charges' in this data (understood: funnel). Please "
        'rephrase. options=[]; understood: understood so far: funnel · all data up to the analysis date · '
        "status failed · all customers — open: I do not know 'charges' in this data (understood: funnel). "
        'Please rephrase.'
    ),
    'stripe::by_month': (
        'ERROR: expected {2024-01: 40,580.00, 2024-02: 34,767.50, 2024-03: 36,242.50, 2024-04: 35,466.00, '
        "2024-05: 35,442.50, 2024-06: 33,522.00}; got This cannot be answered from this data: 'revenue' needs"
        ' order lines (customer, date, amount), and this data is a customers table without orders.; '
        'understood: revenue by month · all data up to the analysis date · all customers'
    ),
    'stripe::march': (
        "ERROR: expected 36,242.50; got This cannot be answered from this data: 'revenue' needs order lines "
        '(customer, date, amount), and this data is a customers table without orders.; understood: revenue · '
        'March 2024 · all customers'
    ),
    'stripe::by_desc': (
        'ASKS BACK: expected {Abo Basic: 48,460.50, Abo Pro: 60,139.00, Abo Team: 53,994.00, Einmalkauf: '
        "53,427.00}; got I do not know 'description' in this data (understood: revenue). Please rephrase."
    ),
    'amazon::import': (
        "REFUSED: amazon_all_orders.txt: no column for required 'customer_id' of order_lines; headers: "
        'amazon-order-id, purchase-date, order-status, fulfillment-channel, sku, quantity, currency, item-'
        "price, item-tax, ship-country, buyer-email; closest: 'amazon-order-id' (90); map one with --map "
        "'amazon-order-id=custo"
    ),
    'datev::import': (
        "REFUSED: DATEV_Buchungsstapel.csv: no column for required 'customer_id' of order_lines (also "
        'missing: amount); headers: Umsatz (ohne Soll/Haben-Kz), Soll/Haben-Kennzeichen, WKZ Umsatz, Konto, '
        'Gegenkonto (ohne BU-Schlüssel), Belegdatum, Belegfeld 1, Buchungstext; closest: none; map one with '
        "--map 'Header=cust"
    ),
    'insurance::customers': (
        "ASKS BACK: expected 2000; got Das Wort 'bestand' kenne ich in diesen Daten nicht (verstanden: "
        "Kunden). Meinten Sie: n, Land, Familienstand? options=['n', 'Land', 'Familienstand']; understood: "
        "bisher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bestand' "
        'kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: n, Land, Familienstand?'
    ),
    'insurance::online': (
        "ASKS BACK: expected 0.6145 (or 61.45); got Das Wort 'nutzen' kenne ich in diesen Daten nicht "
        "(verstanden: Kundenanteil). Meinten Sie: n? options=['n']; understood: bisher verstanden: "
        'Kundenanteil je Online-Banking · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort '
        "'nutzen' kenne ich in diesen Daten nicht (verstanden: Kundenanteil). Meinten Sie: n?"
    ),
    'insurance::churn': (
        "ASKS BACK: expected 0.1605; got Ich habe in der Frage keine Kennzahl erkannt ('kundigungsquote' "
        "kenne ich nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr 2011?', 'Wie "
        "viele Bestellungen gibt es insgesamt?', 'Was ist der durchschnittliche Bestellwert?', 'Wie viel "
        "Umsatz ist keinem Kunden zugeordnet?', 'Wie; understood: bisher verstanden: nichts Eindeutiges — "
        "offen: Ich habe in der Frage keine Kennzahl erkannt ('kundigungsquote' kenne ich nicht). Meinen Sie "
        'eines davon?'
    ),
    'insurance::churn_by': (
        'ASKS BACK: expected {Basis: 0.2416, Gewerbe: 0.1040, Komfort: 0.1407, Premium: 0.0766}; got Das Wort'
        " 'kundigungsquote' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kunde, Kunden,"
        " Gekündigt? options=['Kunde', 'Kunden', 'Gekündigt']; understood: bisher verstanden: Umsatz je Tarif"
        " · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'kundigungsquote' kenne ich in diesen"
        ' Daten nicht (verstanden: Umsatz). Meinten Sie: Kunde, Kunden, Gekündigt?'
    ),
    'insurance::online_by': (
        'ERROR: expected {Bayern: 0.6144, Berlin: 0.6156, Hessen: 0.6647, Nordrhein-Westfalen: 0.5857, '
        "Sachsen: 0.5903}; got Das lässt sich mit diesen Daten nicht beantworten: 'Umsatz' braucht "
        'Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; '
        'understood: Umsatz je Online-Banking, Bundesland · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'periods_quarter::revenue': (
        "ERROR: expected 2,320,339.69; got This cannot be answered from this data: 'revenue' needs order "
        'lines (customer, date, amount), and this data is a customers table without orders.; understood: '
        'total Revenue + revenue · all data up to the analysis date · all customers'
    ),
    'periods_quarter::y2024': (
        'SILENT: expected 1,243,494.29; got 605,178.96; understood: total Revenue · 2024 · all customers'
    ),
    'periods_quarter::by_year': (
        "ASKS BACK: expected {2023: 1,076,845.40, 2024: 1,243,494.29}; got 'year' can mean the data's column "
        "(client_year, sum_client_year) or the built-in year. Which one do you mean? options=['client_year', "
        "'sum_client_year', 'year']; understood: understood so far: nothing definite — open: 'year' can mean "
        "the data's column (client_year, sum_client_year) or the built-in year. Which one do you mean?"
    ),
    'periods_quarter::by_quarter': (
        'ASKS BACK: expected {2023-Q1: 227,887.20, 2023-Q2: 282,934.34, 2023-Q3: 266,944.43, 2023-Q4: '
        "299,079.43, 2024-Q1: 317,915.33, 2024-Q2: 274,690.02, …}; got 'quarter' can mean the data's column "
        "(client_quarter) or the built-in quarter. Which one do you mean? options=['client_quarter', "
        "'quarter']; understood: understood so far: nothing definite — open: 'quarter' can mean the data's "
        'column (client_quarter) or the built-in quarter. Which one do you mean?'
    ),
    'periods_quarter::q3_2023': (
        'SILENT: expected 266,944.43; got 605,178.96; understood: total Revenue · Q3 2023 · all customers'
    ),
    'periods_quarter::by_seg': (
        "ASKS BACK: expected {Enterprise: 940,820.79, Mid-Market: 801,901.96, SMB: 577,616.94}; got 'segment'"
        " can mean the data's column (segment) or the built-in rfm_segment. Which one do you mean?"
    ),
    'periods_quarter::smb': (
        'SILENT: expected 577,616.94; got 156,376.00; understood: total Revenue · all data up to the analysis'
        ' date · Segment SMB · all customers'
    ),
    'excel_two_sheets::partner': (
        "ASKS BACK: expected 239,013.16; got I do not know 'through' in this data (understood: revenue). "
        'Please rephrase. options=[]; understood: understood so far: revenue · all data up to the analysis '
        "date · sales channel Partner · all customers — open: I do not know 'through' in this data "
        '(understood: revenue). Please rephrase.'
    ),
    'excel_two_sheets::by_industry': (
        'ASKS BACK: expected {Manufacturing: 191,485.95, Retail: 176,309.68, Services: 342,369.57}; got This '
        "data has no values or columns for 'industry' (industry). Did you mean: customer type? "
        "options=['customer type']; understood: understood so far: revenue by industry · all data up to the "
        "analysis date · all customers — open: This data has no values or columns for 'industry' (industry). "
        'Did you mean: customer type?'
    ),
    'crm_deals::import': (
        "REFUSED: hubspot_deals.csv: no column for required 'customer_id' of order_lines (also missing: "
        'order_date); headers: Record ID, Deal Name, Company name, Deal Stage, Amount, Close Date, Deal '
        "owner, Pipeline; closest: 'Record ID' (90); map one with --map 'Record ID=customer_id'"
    ),
    'b2b_erp_map::mwst': (
        "ASKS BACK: expected 470,764.50; got Ich habe in der Frage keine Kennzahl erkannt ('mwst' kenne ich "
        "nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr 2011?', 'Wie viele "
        "Bestellungen gibt es insgesamt?', 'Was ist der durchschnittliche Bestellwert?', 'Wie viel Umsatz ist"
        " keinem Kunden zugeordnet?', 'Wie viele stor; understood: bisher verstanden: nichts Eindeutiges — "
        "offen: Ich habe in der Frage keine Kennzahl erkannt ('mwst' kenne ich nicht). Meinen Sie eines "
        'davon?'
    ),
    'b2b_erp_map::gs': (
        "ASKS BACK: expected 60; got Ich habe in der Frage keine Kennzahl erkannt ('gutschriften' kenne ich "
        "nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr 2011?', 'Wie viele "
        "Bestellungen gibt es insgesamt?', 'Was ist der durchschnittliche Bestellwert?', 'Wie viel Umsatz ist"
        " keinem Kunden zugeordnet?', 'Wie vi; understood: bisher verstanden: nichts Eindeutiges — offen: Ich"
        " habe in der Frage keine Kennzahl erkannt ('gutschriften' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'datev_map::revenue': (
        'SILENT: expected 809,708.98; got 888,485.62 = Haben (Gutschriften) added instead of subtracted; '
        'understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'datev_map::orders': (
        'SILENT: expected 1500; got 1610 = Gutschriften counted as orders; understood: Aufträge · alle Daten '
        'bis zum Stichtag · alle Kunden'
    ),
    'datev_map::aov': (
        'SILENT: expected 539.81; got 551.85 = Haben added; understood: durchschnittlicher Bestellwert · alle'
        ' Daten bis zum Stichtag · alle Kunden'
    ),
    'datev_map::repeat': (
        'SILENT: expected 0.8111; got 0.8250; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · '
        'alle Kunden'
    ),
    'datev_map::top5': (
        "SILENT: expected [('10000', 141456.29), ('10001', 49803.08), ('10002', 29854.69), ('10369', "
        "7634.35), ('10233', 7575.83)]; got [('10000', 159264.37), ('10001', 50552.06), ('10002', 29854.69), "
        "('10003', 8148.56), ('10369', 7634.35)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag ·"
        ' alle Kunden · Top 5'
    ),
    'datev_map::by_gk': (
        "ASKS BACK: expected {8300: 208,964.68, 8400: 600,744.30}; got Das Wort 'gegenkonto' kenne ich in "
        'diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Summe Gegenkonto (ohne BU-Schlüssel), '
        "Durchschnitt Gegenkonto (ohne BU-Schlüssel)? options=['Summe Gegenkonto (ohne BU-Schlüssel)', "
        "'Durchschnitt Gegenkonto (ohne BU-Schlüssel)']; understood: bisher verstanden: Umsatz · alle Daten "
        "bis zum Stichtag · alle Kunden — offen: Das Wort 'gegenkonto' kenne ich in diesen Daten nicht "
        '(verstanden: Umsatz). Meinten Sie: Summe Gegenkonto (ohne BU-Schlüssel), Durchschnitt Gegenkonto '
        '(ohne BU-Schlüssel)?'
    ),
    'datev_map::feb': (
        'SILENT: expected 169,714.94; got 184,615.08 = Haben added; understood: Umsatz · Februar 2024 · alle '
        'Kunden'
    ),
    'datev_map::by_month': (
        'SILENT: expected {2024-01: 159,741.52, 2024-02: 169,714.94, 2024-03: 182,551.73, 2024-04: '
        '152,739.93, 2024-05: 144,960.86}; got {2024-01: 165,746.64, 2024-02: 184,615.08, 2024-03: '
        "193,310.53, 2024-04: 165,384.91, 2024-05: 179,428.46} columns=['month', 'revenue']; understood: "
        'Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'datev_map::haben': (
        'ASKS BACK: expected 39,388.32 (or -39,388.32); got Ich habe in der Frage keine Kennzahl erkannt '
        "('gutschriften' kenne ich nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr "
        "2011?', 'Wie viele Bestellungen gibt es insgesamt?', 'Was ist der durchschnittliche Bestellwert?', "
        "'Wie viel Umsatz ist keinem Kunden zugeordnet?', 'Wie vi; understood: bisher verstanden: nichts "
        "Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('gutschriften' kenne ich nicht). "
        'Meinen Sie eines davon?'
    ),
    'datev_map::konto8300': (
        "ASKS BACK: expected 208,964.68; got Das Wort 'gegenkonto' kenne ich in diesen Daten nicht "
        '(verstanden: Umsatz). Meinten Sie: Summe Gegenkonto (ohne BU-Schlüssel), Durchschnitt Gegenkonto '
        "(ohne BU-Schlüssel)? options=['Summe Gegenkonto (ohne BU-Schlüssel)', 'Durchschnitt Gegenkonto (ohne"
        " BU-Schlüssel)']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden "
        "— offen: Das Wort 'gegenkonto' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: "
        'Summe Gegenkonto (ohne BU-Schlüssel), Durchschnitt Gegenkonto (ohne BU-Schlüssel)?'
    ),
    'stripe_map::revenue': (
        'SILENT: expected 216,020.50; got 24,625,200.00 = cents as euros, refunds ignored, failed counted; '
        'understood: revenue · all data up to the analysis date · all customers'
    ),
    'stripe_map::orders': (
        'SILENT: expected 1968; got 1936; understood: orders · all data up to the analysis date · all '
        'customers'
    ),
    'stripe_map::customers': (
        'SILENT: expected 477; got 485; understood: customers · all data up to the analysis date · all '
        'customers'
    ),
    'stripe_map::aov': (
        'SILENT: expected 109.77; got 12,719.63; understood: average order value · all data up to the '
        'analysis date · all customers'
    ),
    'stripe_map::repeat': (
        'SILENT: expected 0.8407; got 0.8701; understood: repeat rate · all data up to the analysis date · '
        'all customers'
    ),
    'stripe_map::top5': (
        "SILENT: expected [('cus_e35f16c3e2', 34710.0), ('cus_52e693c16d', 9923.5), ('cus_527384c142', "
        "4548.0), ('cus_c1cea929f2', 1922.0), ('cus_18f28b8b9b', 1529.0)]; got [('cus_e35f16c3e2', "
        "3998400.0), ('cus_52e693c16d', 1173000.0), ('cus_527384c142', 595400.0), ('cus_c1cea929f2', "
        "224300.0), ('cus_5b3b146af3', 169400.0)]; understood: revenue by customer · all data up to the "
        'analysis date · all customers · Top 5'
    ),
    'stripe_map::refunded': (
        "ASKS BACK: expected 16,210.50; got I did not recognise a metric in the question ('refunded' is "
        "unknown to me). Which of these do you mean? options=['What is the total revenue?', 'How many orders "
        "were placed in 2011?', 'What is the average order value in Germany?', 'Revenue share by country', "
        "'Units sold by country, top 5', 'Average t; understood: understood so far: nothing definite — open: "
        "I did not recognise a metric in the question ('refunded' is unknown to me). Which of these do you "
        'mean?'
    ),
    'stripe_map::failed': (
        "ASKS BACK: expected 128; got I do not know 'charges' in this data (understood: customers). Please "
        'rephrase. options=[]; understood: understood so far: customers · all data up to the analysis date · '
        "order status failed · all customers — open: I do not know 'charges' in this data (understood: "
        'customers). Please rephrase.'
    ),
    'stripe_map::by_month': (
        'SILENT: expected {2024-01: 40,580.00, 2024-02: 34,767.50, 2024-03: 36,242.50, 2024-04: 35,466.00, '
        '2024-05: 35,442.50, 2024-06: 33,522.00}; got {2024-01: 4,508,000.00, 2024-02: 3,845,000.00, 2024-03:'
        ' 4,046,400.00, 2024-04: 4,113,700.00, 2024-05: 4,276,400.00, 2024-06: 3,835,700.00} '
        "columns=['month', 'revenue']; understood: revenue by month · all data up to the analysis date · all "
        'customers'
    ),
    'stripe_map::march': (
        'SILENT: expected 36,242.50; got 4,046,400.00; understood: revenue · March 2024 · all customers'
    ),
    'stripe_map::by_desc': (
        'ASKS BACK: expected {Abo Basic: 48,460.50, Abo Pro: 60,139.00, Abo Team: 53,994.00, Einmalkauf: '
        "53,427.00}; got I do not know 'description' in this data (understood: revenue). Please rephrase. "
        'options=[]; understood: understood so far: revenue · all data up to the analysis date · all '
        "customers — open: I do not know 'description' in this data (understood: revenue). Please rephrase."
    ),
    'woocommerce_map::by_pay': (
        'ASKS BACK: expected {Klarna Rechnung: 65,531.30, Kreditkarte: 64,122.90, PayPal: 126,921.40, '
        "Vorkasse: 71,082.40}; got I do not know 'payment', 'method' in this data (understood: revenue). Did "
        "you mean: Payment Method Title? options=['Payment Method Title']; understood: understood so far: "
        "revenue · all data up to the analysis date · all customers — open: I do not know 'payment', 'method'"
        ' in this data (understood: revenue). Did you mean: Payment Method Title?'
    ),
    'woocommerce_map::paypal': (
        "ASKS BACK: expected 126,921.40; got I do not know 'through' in this data (understood: revenue). "
        'Please rephrase. options=[]; understood: understood so far: revenue · all data up to the analysis '
        "date · Payment Method Title PayPal · all customers — open: I do not know 'through' in this data "
        '(understood: revenue). Please rephrase.'
    ),
    'woocommerce_map::by_item': (
        'ASKS BACK: expected {Descaler: 10,030.00, Espresso Beans 1kg: 27,589.20, Filter Coffee 500g: '
        '11,937.00, Grinder Pro: 214,326.00, Milk Frother: 42,081.00, Travel Mug: 21,694.80}; got This data '
        "has no values or columns for 'product' (product). Did you mean: products bought together? "
        "options=['products bought together']; understood: understood so far: revenue by product · all data "
        "up to the analysis date · all customers — open: This data has no values or columns for 'product' "
        '(product). Did you mean: products bought together?'
    ),
    'amazon_map::revenue': (
        'SILENT: expected 97,251.97; got 168,541.49 = item-price read as unit price (× quantity); understood:'
        ' Umsatz · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'amazon_map::aov': (
        'SILENT: expected 60.93; got 117.29; understood: durchschnittlicher Bestellwert · alle Daten bis zum '
        'Stichtag · alle Kunden'
    ),
    'amazon_map::top5': (
        "SILENT: expected [('6dca62f03@marketplace.amazon.de', 15409.4), ('ac3ebd782@marketplace.amazon.de', "
        "5179.93), ('3777578bb@marketplace.amazon.de', 2643.38), ('3d26af2e8@marketplace.amazon.de', "
        "1028.84), ('49cca30f7@marketplace.amazon.de', 875.91)]; got [('6dca62f03@marketplace.amazon.de', "
        "25904.28), ('ac3ebd782@marketplace.amazon.de', 9156.29), ('3777578bb@marketplace.amazon.de', "
        "4589.98), ('49cca30f7@marketplace.amazon.de', 1641.91), ('3d26af2e8@marketplace.amazon.de', "
        '1501.82)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5'
    ),
    'amazon_map::by_ship': (
        'ASKS BACK: expected {AT: 12,815.02, DE: 53,804.84, ES: 9,959.53, FR: 9,416.85, IT: 11,255.73}; got '
        "Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Land? "
        "options=['Land']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden "
        "— offen: Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: "
        'Land?'
    ),
    'amazon_map::en_by_ship': (
        'SILENT: expected {AT: 12,815.02, DE: 53,804.84, ES: 9,959.53, FR: 9,416.85, IT: 11,255.73}; got '
        '{austria: 22,528.36, france: 16,196.11, germany: 92,925.20, italy: 20,564.69, spain: 16,327.13} '
        "columns=['ship_country', 'revenue']; understood: revenue by ship-country · all data up to the "
        'analysis date · all customers'
    ),
    'amazon_map::fba': (
        'SILENT: expected {Amazon: 65,526.10, Merchant: 31,725.87}; got {amazon: 112,084.00, merchant: '
        "56,457.49} = item-price × quantity columns=['fulfillment_channel', 'revenue']; understood: revenue "
        'by fulfillment-channel · all data up to the analysis date · all customers'
    ),
    'amazon_map::france': (
        "ASKS BACK: expected 9,416.85; got Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Meinten Sie: Land? options=['Land']; understood: bisher verstanden: Umsatz · alle Daten "
        "bis zum Stichtag · ship-country FR · alle Kunden — offen: Das Wort 'lieferland' kenne ich in diesen "
        'Daten nicht (verstanden: Umsatz). Meinten Sie: Land?'
    ),
    'amazon_map::top_sku': (
        "SILENT: expected [('DE-HS-003', 38468.0), ('DE-KB-001', 22953.44), ('DE-ST-005', 16170.0)]; got "
        "[('de-hs-003', 67968.0), ('de-kb-001', 37859.18), ('de-st-005', 28126.0)]; understood: revenue by "
        'product · all data up to the analysis date · all customers · Top 3'
    ),
    'amazon_map_full::by_ship': (
        'ASKS BACK: expected {AT: 12,815.02, DE: 53,804.84, ES: 9,959.53, FR: 9,416.85, IT: 11,255.73}; got '
        "Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Land? "
        "options=['Land']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden "
        "— offen: Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: "
        'Land?'
    ),
    'amazon_map_full::france': (
        "ASKS BACK: expected 9,416.85; got Das Wort 'lieferland' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Meinten Sie: Land? options=['Land']; understood: bisher verstanden: Umsatz · alle Daten "
        "bis zum Stichtag · ship-country FR · alle Kunden — offen: Das Wort 'lieferland' kenne ich in diesen "
        'Daten nicht (verstanden: Umsatz). Meinten Sie: Land?'
    ),
    'pos_receipts_map_full::de_by_shop': (
        'ASKS BACK: expected {Berlin Mitte: 7,950.32, Hamburg Altona: 7,574.16, München Schwabing: 8,439.95};'
        " got Das Wort 'filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders "
        'formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle '
        "Kunden — offen: Das Wort 'filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte "
        'anders formulieren.'
    ),
    'pos_receipts_map_full::walkin': (
        "ASKS BACK: expected 9,457.13; got I do not know 'walk', 'code' in this data (understood: "
        'unattributed revenue). Please rephrase. options=[]; understood: understood so far: unattributed '
        "revenue · all data up to the analysis date · all customers — open: I do not know 'walk', 'code' in "
        'this data (understood: unattributed revenue). Please rephrase.'
    ),
    'pos_receipts_map_full::discount': (
        "ASKS BACK: expected 374.57; got I do not know 'given' in this data (understood: total Discount). "
        'Please rephrase. options=[]; understood: understood so far: total Discount · all data up to the '
        "analysis date · all customers — open: I do not know 'given' in this data (understood: total "
        'Discount). Please rephrase.'
    ),
    'pos_receipts_map_full::by_hour': (
        'ASKS BACK: expected {10: 2,302.52, 11: 1,954.37, 12: 2,147.24, 13: 1,947.48, 14: 1,908.50, 15: '
        "2,134.99, …}; got I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        "satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction and behaviour', 'darf "
        "man nicht verlieren']; understood: understood so far: revenue · all data up to the analysis date · "
        "all customers — open: I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        'satisfaction and behaviour, darf man nicht verlieren?'
    ),
    'crm_deals_map::by_stage': (
        'ASKS BACK: expected {Closed Lost: 279.00, Closed Won: 472.00, Contract Sent: 149.00}; got I do not '
        "know 'deals' in this data (understood: customers). Did you mean: Deal Name, Deal Stage, Deal owner? "
        "options=['Deal Name', 'Deal Stage', 'Deal owner']; understood: understood so far: customers by Deal "
        "Stage · all data up to the analysis date · all customers — open: I do not know 'deals' in this data "
        '(understood: customers). Did you mean: Deal Name, Deal Stage, Deal owner?'
    ),
    'crm_deals_map::win_rate': (
        "ASKS BACK: expected 0.6285; got I did not recognise a metric in the question ('rate' is unknown to "
        "me). Which of these do you mean? options=['What is the total revenue?', 'How many orders were placed"
        " in 2011?', 'What is the average order value in Germany?', 'Revenue share by country', 'Units sold "
        "by country, top 5', 'Average tenur; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('rate' is unknown to me). Which of these do you mean?"
    ),
    'crm_deals_map::neukunden_pipe': (
        "SILENT: expected 2,382,650.00; got no single number: columns=['pipeline', 'revenue', "
        "'new_customers'] rows=2; understood: Umsatz + Neukunden je Pipeline · alle Daten bis zum Stichtag · "
        'alle Kunden'
    ),
    'pos_receipts_map::de_by_shop': (
        'ASKS BACK: expected {Berlin Mitte: 7,950.32, Hamburg Altona: 7,574.16, München Schwabing: 8,439.95};'
        " got Das Wort 'filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders "
        'formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle '
        "Kunden — offen: Das Wort 'filiale' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte "
        'anders formulieren.'
    ),
    'pos_receipts_map::walkin': (
        "ASKS BACK: expected 9,457.13; got I do not know 'walk', 'code' in this data (understood: "
        'unattributed revenue). Please rephrase. options=[]; understood: understood so far: unattributed '
        "revenue · all data up to the analysis date · all customers — open: I do not know 'walk', 'code' in "
        'this data (understood: unattributed revenue). Please rephrase.'
    ),
    'pos_receipts_map::discount': (
        "ASKS BACK: expected 374.57; got I do not know 'given' in this data (understood: total Discount). "
        'Please rephrase. options=[]; understood: understood so far: total Discount · all data up to the '
        "analysis date · all customers — open: I do not know 'given' in this data (understood: total "
        'Discount). Please rephrase.'
    ),
    'pos_receipts_map::by_hour': (
        'ASKS BACK: expected {10: 2,302.52, 11: 1,954.37, 12: 2,147.24, 13: 1,947.48, 14: 1,908.50, 15: '
        "2,134.99, …}; got I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        "satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction and behaviour', 'darf "
        "man nicht verlieren']; understood: understood so far: revenue · all data up to the analysis date · "
        "all customers — open: I do not know 'hour', 'day' in this data (understood: revenue). Did you mean: "
        'satisfaction and behaviour, darf man nicht verlieren?'
    ),
    'eur_space_map::returns': (
        'ASKS BACK: expected -47,069.00 (or 47,069.00); got Ich habe in der Frage keine Kennzahl erkannt '
        "('rucksendungen' kenne ich nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr"
        " 2011?', 'Wie viele Bestellungen gibt es insgesamt?', 'Was ist der durchschnittliche Bestellwert?', "
        "'Wie viel Umsatz ist keinem Kunden zugeordnet?', 'Wie v; understood: bisher verstanden: nichts "
        "Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('rucksendungen' kenne ich nicht)."
        ' Meinen Sie eines davon?'
    ),
    'pharmacy_map::rez_share': (
        "ASKS BACK: expected 0.2819; got Das Wort 'bons' kenne ich in diesen Daten nicht (verstanden: Anteil "
        "Rezept). Meinten Sie: n, Bon-Nr, champions? options=['n', 'Bon-Nr', 'champions']; understood: bisher"
        " verstanden: Anteil Rezept · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bons' "
        'kenne ich in diesen Daten nicht (verstanden: Anteil Rezept). Meinten Sie: n, Bon-Nr, champions?'
    ),
    'pharmacy_map::units': (
        "ASKS BACK: expected 3,584.00; got Das Wort 'packungen' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Meinten Sie: Kunden, Kunde, a kunden? options=['Kunden', 'Kunde', 'a kunden']; understood: "
        "bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'packungen' "
        'kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Kunden, Kunde, a kunden?'
    ),
    'pharmacy_map::unattr': (
        "ASKS BACK: expected 9,601.45; got Das Wort 'kundenkarte' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatz). Meinten Sie: Kunden, Kunde, Kundenanteil? options=['Kunden', 'Kunde', "
        "'Kundenanteil']; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · alle Kunden —"
        " offen: Das Wort 'kundenkarte' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: "
        'Kunden, Kunde, Kundenanteil?'
    ),
    'b2b_erp::mwst': (
        "ASKS BACK: Summe MwSt — got Ich habe in der Frage keine Kennzahl erkannt ('MwSt' kenne ich nicht). "
        "Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr 2011?', 'Wie viele Bestellungen "
        "gibt es insgesamt?', 'Was ist d"
    ),
    'b2b_erp::gs': (
        'ASKS BACK: Wie viele Gutschriften gab es? — got Ich habe in der Frage keine Kennzahl erkannt '
        "('Gutschriften' kenne ich nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr "
        "2011?', 'Wie viele Bestellungen gibt es insgesamt?', 'W"
    ),
    'woocommerce::by_pay': (
        "ASKS BACK: revenue by payment method — got I do not know 'payment', 'method' in this data "
        "(understood: revenue). Did you mean: Payment Method Title? options=['Payment Method Title'] "
        '(understood: "understood so far: revenue · all data up to the'
    ),
    'woocommerce::paypal': (
        "ASKS BACK: How much revenue came through PayPal? — got I do not know 'came through' in this data "
        '(understood: revenue). Please rephrase. options=[] (understood: "understood so far: revenue · all '
        'data up to the analysis date · Payment Method Title PayPal ·'
    ),
    'woocommerce::by_item': (
        "ASKS BACK: revenue by product — got This data has no values or columns for 'product' (product). Did "
        'you mean: products bought together? options=[\'products bought together\'] (understood: "understood so'
        ' far: revenue by product · all data '
    ),
    'eur_space::returns': (
        'ASKS BACK: Summe der Rücksendungen — got Ich habe in der Frage keine Kennzahl erkannt '
        "('Rücksendungen' kenne ich nicht). Meinen Sie eines davon? options=['Wie hoch war der Umsatz im Jahr"
        " 2011?', 'Wie viele Bestellungen gibt es insgesamt?', '"
    ),
    'pos_receipts::de_by_shop': (
        "ASKS BACK: Umsatz je Filiale — got Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: "
        'Umsatz). Bitte anders formulieren. options=[] (understood: "bisher verstanden: Umsatz · alle Daten '
        'bis zum Stichtag · alle Kunden — offe'
    ),
    'pos_receipts::walkin': (
        'ASKS BACK: How much revenue came from walk-in customers without a customer code? — got I do not know'
        " 'walk', 'code' in this data (understood: unattributed revenue). Please rephrase. options=[] "
        '(understood: "understood so far: unattributed revenue · all data up to the analysis date · all'
    ),
    'pos_receipts::discount': (
        "ASKS BACK: total discount given — got I do not know 'given' in this data (understood: total "
        'Discount). Please rephrase. options=[] (understood: "understood so far: total Discount · all data up'
        ' to the analysis date · all customers — open: '
    ),
    'us_parens::credits': (
        "ASKS BACK: total credits issued — got I did not recognise a metric in the question ('credits', "
        "'issued' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'How "
        "many orders were placed in 2011?', 'What is"
    ),
    'pos_receipts::by_hour': (
        "ASKS BACK: revenue by hour of day — got I do not know 'hour', 'day' in this data (understood: "
        "revenue). Did you mean: satisfaction and behaviour, darf man nicht verlieren? options=['satisfaction"
        " and behaviour', 'darf man nicht verlieren'] ("
    ),
    'us_parens_slash::credits': (
        "ASKS BACK: total credits issued — got I did not recognise a metric in the question ('credits', "
        "'issued' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'How "
        "many orders were placed in 2011?', 'What is"
    ),
    'pharmacy::rez_share': (
        "ASKS BACK: Anteil der Bons mit Rezept — got Das Wort 'Bons' kenne ich in diesen Daten nicht "
        "(verstanden: Anteil Rezept). Meinten Sie: n, champions? options=['n', 'champions'] (understood: "
        '"bisher verstanden: Anteil Rezept · alle Daten bis zum S'
    ),
    'pharmacy::units': (
        "ASKS BACK: Wie viele Packungen wurden verkauft? — got Das Wort 'Packungen' kenne ich in diesen Daten"
        " nicht (verstanden: Umsatz). Meinten Sie: Kunden, Kunde, a kunden? options=['Kunden', 'Kunde', 'a "
        'kunden\'] (understood: "bisher verstanden: Umsatz · alle '
    ),
    'pharmacy::unattr': (
        "ASKS BACK: Umsatz ohne Kundenkarte — got Das Wort 'Kundenkarte' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatz). Meinten Sie: Kunden, Kunde, Kundenanteil? options=['Kunden', 'Kunde', "
        '\'Kundenanteil\'] (understood: "bisher verstanden: Umsa'
    ),
    'woocommerce::import': (
        "REFUSED: woocommerce_orders.csv: no column for required 'amount' of order_lines (or quantity + "
        'unit_price); headers: Order Number, Order Status, Order Date, Customer Email, Billing Country, '
        'Payment Method Title, Order Total, Item 1 Name, Item 1 Quantity, Item 1 Total, Item 2 Name, Item 2 '
        'Quantity, Item 2 Tot'
    ),
    'pos_receipts::import': (
        "REFUSED: lightspeed_receipts.csv: no column for required 'customer_id' of order_lines; headers: "
        'Receipt number, Date, Time, Shop, Customer code, Product, Qty, Unit price, Discount, Line total, '
        "Payment type; closest: 'Customer code' (90), 'Time' (68); map one with --map 'Customer "
        "code=customer_id'"
    ),
    'b2b_erp::import': (
        "REFUSED: grosshandel_rechnungen.csv: no column for required 'unit_price' of order_lines (or amount);"
        ' headers: Rechnungs-Nr., Kunden-Nr., Rechnungsdatum, Artikel-Nr., Menge, Listenpreis, Rabatt, Netto,'
        " MwSt 19%, Brutto, Branche, Vertriebsgebiet; closest: 'Listenpreis' (90); map one with --map "
        "'Listenpreis=uni"
    ),
    'periods_month::import': (
        "REFUSED: umsatz_je_kunde_monat.csv: no column for required 'order_date' of order_lines; headers: "
        "Kunde, Monat, Umsatz, Region; closest: 'Monat' (72); map one with --map 'Monat=order_date'"
    ),
    'eur_space::import': (
        "REFUSED: orders_eur_space.csv: no column for required 'amount' of order_lines (or quantity + "
        "unit_price); headers: Order No, Kunde, Date, Total amount, Vertriebskanal; closest: 'Total amount' "
        "(90); map one with --map 'Total amount=amount'"
    ),
    'us_parens::import': (
        "REFUSED: invoices_us.csv: column 'Invoice Date' (order_date) row 1: 'April 15, 2024' is not a date "
        '(e.g. 2011-12-31 or 31.12.2011) (1,300 bad rows in this column); fix the value or map another column'
        ' with --map'
    ),
    'us_parens_slash::import': (
        "REFUSED: invoices_us_slash.csv: column 'Amount' (amount) row 42: '($228.21)' is not a number (73 bad"
        ' rows in this column); fix the value or map another column with --map'
    ),
    'pharmacy::import': (
        "REFUSED: apotheke_kasse.csv: no column for required 'customer_id' of order_lines; headers: Bon-Nr, "
        "Datum, Kundenkarte, Artikel, Menge, VK, Rabatt, Betrag, Rezept; closest: 'Kundenkarte' (90), 'Bon-"
        "Nr' (68); map one with --map 'Kundenkarte=customer_id'"
    ),
    'shop_de::import': (
        "REFUSED: shopware_bestellungen.csv: no column for required 'amount' of order_lines (or quantity + "
        'unit_price); headers: Bestellnummer, Bestellzeitpunkt, Kundennummer, Bestellstatus, Zahlungsstatus, '
        "Gesamtbetrag, Versandkosten, Versandart, Lieferland; closest: 'Gesamtbetrag' (90); map one with "
        "--map 'Gesamtbe"
    ),
    'b2b_erp_map::rabatt': (
        "SILENT: expected 0.0688 (or 6.8839); got no single number: columns=['rabatt', 'revenue'] rows=5; "
        'understood: Umsatz je Rabatt · alle Daten bis zum Stichtag · alle Kunden'
    ),
    'periods_month_map::import': (
        "REFUSED: umsatz_je_kunde_monat.csv: column 'Monat' (order_date) row 1: '01/2024' is not a date (e.g."
        ' 2011-12-31 or 31.12.2011) (1,000 bad rows in this column); fix the value or map another column with'
        ' --map'
    ),
    'datev::haben': (
        'ASKS BACK: expected 39,388.32 (or -39,388.32); got Ich habe in der Frage keine Kennzahl erkannt '
        "('Gutschriften' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'crm_deals::by_stage': (
        'ASKS BACK: expected {Closed Lost: 279.00, Closed Won: 472.00, Contract Sent: 149.00}; got I do not '
        "know 'deals' in this data (understood: customers). Did you mean: Deal Name, Deal owner?"
    ),
    'crm_deals::win_rate': (
        "ASKS BACK: expected 0.6285; got I did not recognise a metric in the question ('win rate' is unknown "
        'to me). Which of these do you mean?'
    ),
}
