"""Known gaps of insight on the round-5 client files (make_clients5.py): test id -> what insight does.
Run as strict xfails by test_clients5.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "billbee::revenue": (
        "SILENT: expected 146,048.27; got 149,943.45 = Zurückgegeben counted as a sale; understood: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::orders": (
        "SILENT: expected 1091; got 1118; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::customers": (
        "SILENT: expected 350; got 351; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::aov": (
        "SILENT: expected 133.87; got 134.12; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "billbee::repeat": (
        "SILENT: expected 0.6857; got 0.6923; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::top5": (
        "SILENT: expected [('10000', 24672.43), ('10001', 7457.7), ('10002', 3969.67), ('10003', 1792.77), ('"
        "10004', 1572.69)]; got [('10000', 26017.44), ('10001', 7580.13), ('10002', 4211.04), ('10003', 1792."
        "77), ('10004', 1572.69)]; understood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · "
        "Top 5"
    ),
    "billbee::by_pay": (
        "SILENT: expected {Kreditkarte: 29,366.80, PayPal: 59,122.66, Rechnung: 28,353.48, Vorkasse: 29,205.3"
        "3}; got {kreditkarte: 30,154.30, paypal: 61,059.63, rechnung: 28,992.88, vorkasse: 29,736.64} column"
        "s=['zahlungsart', 'revenue']; understood: Umsatz je Zahlungsart · alle Daten bis zum Stichtag · alle"
        " Kunden"
    ),
    "billbee::by_shop": (
        "SILENT: expected {Amazon: 35,629.89, Shopify: 79,772.69, eBay: 30,645.69}; got {amazon: 36,839.79, e"
        "bay: 32,317.12, shopify: 80,786.54} columns=['shop', 'revenue']; understood: Umsatz je Shop · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    "billbee::june": ("SILENT: expected 14,715.01; got 15,199.15; understood: Umsatz · Juni 2024 · alle Kunden"),
    "billbee::brutto": (
        "SILENT: expected 173,797.42; got no single number: columns=['brutto', 'sum_brutto'] rows=1094; under"
        "stood: Summe Brutto je Brutto · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::by_land": (
        "SILENT: expected {AT: 28,409.74, CH: 31,636.45, DE: 86,002.08}; got {austria: 29,070.56, germany: 88"
        ",523.46, switzerland: 32,349.43} columns=['country', 'revenue']; understood: Umsatz je Land · alle D"
        "aten bis zum Stichtag · alle Kunden"
    ),
    "billbee::conv": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: Der Funnel braucht d"
        "ie Spalte 'status' der Tabelle 'Kunden', die fehlt oder leer ist.; understood: Funnel je Shop · alle"
        " Daten bis zum Stichtag · alle Kunden"
    ),
    "billbee::kundenwert": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Prognostizierter Kunden"
        "wert: 123.426,28.'; understood: prognostizierter Kundenwert · alle Daten bis zum Stichtag · alle Kun"
        "den"
    ),
    "jtl::revenue": (
        "SILENT: expected 958,916.26; got 1,050,892.90 = Storniert = Ja ignored; understood: Umsatz · alle Da"
        "ten bis zum Stichtag · alle Kunden"
    ),
    "jtl::orders": (
        "SILENT: expected 1005; got 1100; understood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jtl::customers": ("SILENT: expected 246; got 247; understood: Kunden · alle Daten bis zum Stichtag · alle Kunden"),
    "jtl::aov": (
        "SILENT: expected 954.15; got 955.36; understood: durchschnittlicher Bestellwert · alle Daten bis zum"
        " Stichtag · alle Kunden"
    ),
    "jtl::repeat": (
        "SILENT: expected 0.8171; got 0.8623; understood: Wiederkaufsrate · alle Daten bis zum Stichtag · all"
        "e Kunden"
    ),
    "jtl::top5": (
        "SILENT: expected [('1', 171719.06), ('2', 42206.18), ('3', 27531.34), ('4', 16870.03), ('8', 8673.92"
        ")]; got [('1', 182456.78), ('2', 46771.23), ('3', 30958.83), ('4', 16870.03), ('9', 10058.91)]; unde"
        "rstood: Umsatz je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 5"
    ),
    "jtl::by_ship": (
        "SILENT: expected {Abholung: 236,853.22, DHL: 485,170.68, DPD: 236,892.36}; got {abholung: 267,180.85"
        ", dhl: 527,075.03, dpd: 256,637.02} columns=['versandart', 'revenue']; understood: Umsatz je Versand"
        "art · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jtl::by_plat": (
        "SILENT: expected {Amazon: 258,328.19, Ladengeschäft: 240,609.71, Webshop: 459,978.36}; got {amazon: "
        "284,895.26, ladengeschäft: 262,660.63, webshop: 503,337.01} columns=['plattform', 'revenue']; unders"
        "tood: Umsatz je Plattform · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "jtl::storniert": (
        "SILENT: expected 95; got 0; understood: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kun"
        "den"
    ),
    "jtl::q2": (
        "SILENT: expected 179,821.83; got 201,547.89; understood: Umsatz · Q2 2024 · alle Kunden"
    ),
    "jtl::y2023": (
        "SILENT: expected 375,359.13; got 409,853.96; understood: Umsatz · 2023 · alle Kunden"
    ),
    "jtl::aov_amazon": (
        "SILENT: expected 1,001.27; got 996.14; understood: durchschnittlicher Bestellwert · alle Daten bis z"
        "um Stichtag · Plattform Amazon · alle Kunden"
    ),
    "jtl::db": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Gewinn nach Plattform: "
        "Webshop 503.337,01, Amazon 284.895,26, Ladengeschäft 262.660,63.'; understood: Gewinn je Plattform ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    "etsy::revenue": (
        "SILENT: expected 67,415.87; got 78,178.31 = Order Total summed (tax, refunds); understood: revenue ·"
        " all data up to the analysis date · all customers"
    ),
    "etsy::orders": (
        "SILENT: expected 850; got 900; understood: orders · all data up to the analysis date · all customers"
    ),
    "etsy::customers": (
        "SILENT: expected 308; got 311; understood: customers · all data up to the analysis date · all custom"
        "ers"
    ),
    "etsy::aov": (
        "SILENT: expected 79.31; got 86.86; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "etsy::repeat": (
        "SILENT: expected 0.5747; got 0.6013; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "etsy::top5": (
        "SILENT: expected [('buyer0', 13764.43), ('buyer1', 3352.61), ('buyer2', 1242.06), ('buyer3', 1175.52"
        "), ('buyer4', 1090.31)]; got [('buyer0', 16157.55), ('buyer1', 3798.65), ('buyer2', 1615.51), ('buye"
        "r3', 1294.93), ('buyer4', 1239.25)]; understood: revenue by customer · all data up to the analysis d"
        "ate · all customers · Top 5"
    ),
    "etsy::net_refunds": (
        "ASKS BACK: expected 67,415.87; got I do not know 'after' in this data (understood: revenue, returns)"
        ". Did you mean: jonas schafer, kathe schafer, jurgen schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'jurgen schafer']; understood: understood so far: revenue + returns · all data up to the analys"
        "is date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). D"
        "id you mean: jonas schafer, kathe schafer, jurgen schafer?"
    ),
    "etsy::refunded": (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'What share of orders was placed online?', 'total value of returns"
        "', \"Germany's share of profit\", 'How many orders were cancelled?']; understood: understood so far: n"
        "othing definite — open: I did not recognise a metric in the question ('refunded' is unknown to me). "
        "Which of these do you mean?"
    ),
    "etsy::by_country": (
        "SILENT: expected {Canada: 15,564.33, Germany: 12,981.86, United Kingdom: 12,776.93, United States: 2"
        "6,092.75}; got {canada: 18,207.98, germany: 14,865.98, united kingdom: 14,393.84, united states: 30,"
        "710.51} columns=['ship_country', 'revenue']; understood: revenue by Ship Country · all data up to th"
        "e analysis date · all customers"
    ),
    "etsy::by_pay": (
        "SILENT: expected {Apple Pay: 17,980.19, Credit Card: 15,567.51, Etsy Gift Card: 16,719.58, PayPal: 1"
        "7,148.59}; got {apple pay: 21,081.05, credit card: 17,669.22, etsy gift card: 19,469.33, paypal: 19,"
        "958.71} columns=['payment_method', 'revenue']; understood: revenue by Payment Method · all data up t"
        "o the analysis date · all customers"
    ),
    "etsy::march": (
        "SILENT: expected 6,463.84; got 7,333.04; understood: revenue · March 2024 · all customers"
    ),
    "sumup::tips": (
        "ASKS BACK: expected 804.00; got Das Wort 'bekommen' kenne ich in diesen Daten nicht (verstanden: Sum"
        "me Trinkgeld). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Trinkgeld "
        "· alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bekommen' kenne ich in diesen Daten n"
        "icht (verstanden: Summe Trinkgeld). Bitte anders formulieren."
    ),
    "mollie::revenue": (
        "SILENT: expected 102,572.18; got 106,020.03 = expired payments counted as sales; understood: revenue"
        " · all data up to the analysis date · all customers"
    ),
    "mollie::orders": (
        "SILENT: expected 1118; got 1083; understood: orders · all data up to the analysis date · all customers"
    ),
    "mollie::customers": (
        "SILENT: expected 392; got 397; understood: customers · all data up to the analysis date · all customers"
    ),
    "mollie::aov": (
        "SILENT: expected 91.75; got 97.89; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "mollie::repeat": (
        "SILENT: expected 0.6224; got 0.6423; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "mollie::top5": (
        "SILENT: expected [('cst_00000000', 18707.52), ('cst_033e9fb1', 4220.99), ('cst_00875e62', 3046.66), "
        "('cst_01961b26', 1338.26), ('cst_044d5c75', 1187.34)]; got [('cst_00000000', 19661.13), ('cst_033e9f"
        "b1', 4401.87), ('cst_00875e62', 3046.66), ('cst_01961b26', 1338.26), ('cst_044d5c75', 1187.34)]; und"
        "erstood: revenue by customer · all data up to the analysis date · all customers · Top 5"
    ),
    "mollie::net": (
        "ASKS BACK: expected 102,572.18; got I do not know 'after' in this data (understood: revenue, returns"
        "). Did you mean: jonas schafer, kathe schafer, marie schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'marie schafer']; understood: understood so far: revenue + returns · all data up to the analysi"
        "s date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). Di"
        "d you mean: jonas schafer, kathe schafer, marie schafer?"
    ),
    "mollie::by_method": (
        "SILENT: expected {bancontact: 21,793.45, creditcard: 21,040.51, ideal: 36,060.35, paypal: 23,677.87}"
        "; got {bancontact: 22,911.26, creditcard: 21,456.20, ideal: 37,211.52, paypal: 24,441.05} columns=['"
        "method', 'revenue']; understood: revenue by Method · all data up to the analysis date · all customer"
        "s"
    ),
    "mollie::failed": (
        "ASKS BACK: expected 62; got I do not know 'payments' in this data (understood: customers). Please re"
        "phrase. options=[]; understood: understood so far: customers · all data up to the analysis date · or"
        "der status failed · all customers — open: I do not know 'payments' in this data (understood: custome"
        "rs). Please rephrase."
    ),
    "mollie::refunded": (
        "ASKS BACK: expected 6,965.31 (or -6,965.31); got What would you like to know about refunded? options"
        "=['Revenue refunded', 'Number of customers refunded', 'Orders refunded']; understood: understood so "
        "far: nothing definite — open: What would you like to know about refunded?"
    ),
    "mollie::april": ("SILENT: expected 10,357.49; got 10,849.19; understood: revenue · April 2024 · all customers"),
    "recurly::mrr": (
        "ASKS BACK: expected 32,643.83; got I did not recognise a metric in the question ('MRR' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'What share of orders was placed online?', 'total value of returns', \"Germany's share"
        " of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — o"
        "pen: I did not recognise a metric in the question ('MRR' is unknown to me). Which of these do you me"
        "an?"
    ),
    "recurly::mrr_plan": (
        "ASKS BACK: expected {pro-annual: 4,205.83, pro-monthly: 5,733.00, starter-monthly: 2,014.00, team-mo"
        "nthly: 20,691.00}; got I do not know 'MRR' in this data (understood: revenue). Please rephrase. opti"
        "ons=[]; understood: understood so far: revenue by plan_code · all data up to the analysis date · all"
        " customers — open: I do not know 'MRR' in this data (understood: revenue). Please rephrase."
    ),
    "recurly::active": (
        "ASKS BACK: expected 433; got I do not know 'active subscriptions' in this data (understood: customer"
        "s). Did you mean: Net Promoter Score? options=['Net Promoter Score']; understood: understood so far:"
        " customers · all data up to the analysis date · state active · all customers — open: I do not know '"
        "active subscriptions' in this data (understood: customers). Did you mean: Net Promoter Score?"
    ),
    "recurly::by_state": (
        "ASKS BACK: expected {active: 433.00, canceled: 106.00, expired: 61.00}; got I do not know 'subscript"
        "ions' in this data (understood: revenue). Did you mean: Net Promoter Score? options=['Net Promoter S"
        "core']; understood: understood so far: revenue by state · all data up to the analysis date · all cus"
        "tomers — open: I do not know 'subscriptions' in this data (understood: revenue). Did you mean: Net P"
        "romoter Score?"
    ),
    "recurly::canc24": (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
    ),
    "recurly::by_plan_n": (
        "ASKS BACK: expected {pro-annual: 147.00, pro-monthly: 164.00, starter-monthly: 147.00, team-monthly:"
        " 142.00}; got Das Wort 'Abos' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: abo"
        "ut to sleep? options=['about to sleep']; understood: bisher verstanden: Kunden je plan_code · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'Abos' kenne ich in diesen Daten nicht (versta"
        "nden: Kunden). Meinten Sie: about to sleep?"
    ),
    "recurly::canceled": (
        "ASKS BACK: expected 106; got Ich habe in der Frage keine Kennzahl erkannt ('Abos' kenne ich nicht). "
        "Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert für Deut"
        "schland, Österreich und die Schweiz', 'Wie viel Prozent der Aufträge kamen online?', 'Summe der Guts"
        "chriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood: bis"
        "her verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Abos' ken"
        "ne ich nicht). Meinen Sie eines davon?"
    ),
    "recurly::nps": (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score · all data up to the analysis date · all customers"
    ),
    "fitness::members": (
        "ASKS BACK: expected 700; got Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Wie viel Prozent der Aufträge kamen online?', 'Summe de"
        "r Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understoo"
        "d: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Mit"
        "glieder' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "fitness::active": (
        "ASKS BACK: expected 476; got Das Wort 'aktive Mitglieder' kenne ich in diesen Daten nicht (verstande"
        "n: Funnel). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstand"
        "en: Funnel · alle Daten bis zum Stichtag · Status Aktiv · alle Kunden — offen: Das Wort 'aktive Mitg"
        "lieder' kenne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness::by_tarif": (
        "ASKS BACK: expected {Basic: 172.00, Flex: 200.00, Premium: 167.00, Student: 161.00}; got Das Wort 'M"
        "itglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? optio"
        "ns=['Geschlecht', 'mia']; understood: bisher verstanden: Umsatz je Tarif · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz)"
        ". Meinten Sie: Geschlecht, mia?"
    ),
    "fitness::by_studio": (
        "ASKS BACK: expected {Mitte: 220.00, Nord: 254.00, Süd: 226.00}; got Das Wort 'Mitglieder' kenne ich "
        "in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mi"
        "a']; understood: bisher verstanden: Umsatz je Studio · alle Daten bis zum Stichtag · alle Kunden — o"
        "ffen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Gesch"
        "lecht, mia?"
    ),
    "fitness::sum_active": (
        "ASKS BACK: expected 15,552.40; got Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (ve"
        "rstanden: Summe Monatsbeitrag). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; underst"
        "ood: bisher verstanden: Summe Monatsbeitrag · alle Daten bis zum Stichtag · Status Aktiv · alle Kund"
        "en — offen: Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (verstanden: Summe Monatsb"
        "eitrag). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness::ruhend": (
        "ASKS BACK: expected 78; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funne"
        "l). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Funn"
        "el · alle Daten bis zum Stichtag · Status Ruhend · alle Kunden — offen: Das Wort 'Mitglieder' kenne "
        "ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness::kuend": (
        "ASKS BACK: expected 146; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funn"
        "el). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Fun"
        "nel · alle Daten bis zum Stichtag · Status Gekündigt · alle Kunden — offen: Das Wort 'Mitglieder' ke"
        "nne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "hotel::stay": (
        "ASKS BACK: expected 2.8682; got I did not recognise a metric in the question ('stay', 'length' is un"
        "known to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customer"
        "s per country, top 5', 'What share of orders was placed online?', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('stay', 'length' is unknown to me). Which"
        " of these do you mean?"
    ),
    "hotel::nights": (
        "ASKS BACK: expected 2,263.00; got Ich habe in der Frage keine Kennzahl erkannt ('Übernachtungen' ken"
        "ne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Beste"
        "llwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent der Aufträge kamen online?', "
        "'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; "
        "understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erka"
        "nnt ('Übernachtungen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "hotel::gt3": (
        "ASKS BACK: expected 29; got Das Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Meinten Sie: Kundenkapital, Vertriebskanal? options=['Kundenkapital', 'Vertriebska"
        "nal']; understood: bisher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie:"
        " Kundenkapital, Vertriebskanal?"
    ),
    "amazon_settlement::import": (
        "REFUSED: settlement_11873423011.txt: no column for required 'customer_id' of order_lines (also missi"
        "ng: order_date); headers: settlement-id, settlement-start-date, settlement-end-date, deposit-date, t"
        "otal-amount, currency, transaction-type, order-id, marketplace-name, amount-type, amount-description"
        ", amount, posted-date, sku, quantity-purchased; closest: 'settlement-id' (90), 'amount-description' "
        "(72), 'settlement-end-date' (64); map one with --map \"settlement-id=customer_id\""
    ),
    "fx_rate::gbp_n": (
        "ASKS BACK: expected 185; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in GBP "
        "um. options=['Aufträge in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Betr"
        "äge dieser Daten sind in EUR; insight rechnet sie nicht in GBP um."
    ),
    "fx_rate::usd_eur": (
        "ASKS BACK: expected 566,677.88; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht "
        "in USD, EUR um. options=['Umsatz in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen"
        ": Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in USD, EUR um."
    ),
    "names_only::orders": (
        "SILENT: expected 600; got 580 = one order per customer and day (order number not used); understood: "
        "Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "names_only::aov": (
        "SILENT: expected 2,609.48; got 2,699.47 = one order per customer and day (order number not used); un"
        "derstood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "names_only::open": (
        "SILENT: expected 199,464.26; got no single number: columns=['bezahlt', 'revenue'] rows=2; understood"
        ": Umsatz je Bezahlt · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "names_only::zufr": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: Die Kundenzufriedenh"
        "eit braucht die Tabelle 'Umfrageantworten', die diese Daten nicht haben; importieren Sie eine solche"
        " Datei in den Workspace.; understood: Kundenzufriedenheit · alle Daten bis zum Stichtag · alle Kunde"
        "n"
    ),
    "woo_cell::revenue": (
        "SILENT: expected 110,391.31; got 142,336.78 = Order Total of every order (status and tax ignored); u"
        "nderstood: revenue · all data up to the analysis date · all customers"
    ),
    "woo_cell::orders": (
        "SILENT: expected 921; got 1000; understood: orders · all data up to the analysis date · all customers"
    ),
    "woo_cell::customers": (
        "SILENT: expected 356; got 361; understood: customers · all data up to the analysis date · all customers"
    ),
    "woo_cell::aov": (
        "SILENT: expected 119.86; got 142.34; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    "woo_cell::repeat": (
        "SILENT: expected 0.5618; got 0.5983; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "woo_cell::top5": (
        "SILENT: expected [('c0@shop.example', 18805.45), ('c1@shop.example', 6769.11), ('c2@shop.example', 2"
        "412.14), ('c3@shop.example', 1289.85), ('c369@shop.example', 1147.18)]; got [('c0@shop.example', 250"
        "74.19), ('c1@shop.example', 8828.72), ('c2@shop.example', 3423.07), ('c3@shop.example', 1751.55), ('"
        "c4@shop.example', 1542.28)]; understood: revenue by customer · all data up to the analysis date · al"
        "l customers · Top 5"
    ),
    "woo_cell::by_pay": (
        "SILENT: expected {Direct bank transfer: 27,991.46, Klarna: 26,668.11, Kreditkarte (Stripe): 29,293.3"
        "8, PayPal: 26,438.36}; got {direct bank transfer: 34,859.81, klarna: 34,467.37, kreditkarte (stripe)"
        ": 37,874.80, paypal: 35,134.80} columns=['payment_method_title', 'revenue']; understood: revenue by "
        "Payment Method Title · all data up to the analysis date · all customers"
    ),
    "woo_cell::refunded": (
        "ASKS BACK: expected 39; got I do not know 'refunded' in this data (understood: orders). Did you mean"
        ": wc refunded, de? options=['wc refunded', 'de']; understood: understood so far: orders · all data u"
        "p to the analysis date · all customers — open: I do not know 'refunded' in this data (understood: or"
        "ders). Did you mean: wc refunded, de?"
    ),
    "woo_cell::by_country": (
        "SILENT: expected {AT: 26,616.73, DE: 55,608.47, NL: 28,166.11}; got {austria: 34,569.66, germany: 71"
        ",680.95, netherlands: 36,086.17} columns=['country', 'revenue']; understood: revenue by country · al"
        "l data up to the analysis date · all customers"
    ),
    "woo_cell::q1": ("SILENT: expected 38,049.66; got 49,157.45; understood: revenue · Q1 2024 · all customers"),
    "eventbrite::orders": (
        "SILENT: expected 738; got 719 = one order per customer and day (order number not used); understood: "
        "orders · all data up to the analysis date · all customers"
    ),
    "eventbrite::aov": (
        "SILENT: expected 170.89; got 175.41 = one order per customer and day (order number not used); unders"
        "tood: average order value · all data up to the analysis date · all customers"
    ),
    "eventbrite::repeat": (
        "SILENT: expected 0.6020; got 0.5986; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "eventbrite::tickets_tt": (
        "SILENT: expected {Early Bird: 378.00, Regular: 372.00, VIP: 393.00}; got {early bird: 18,522.00, reg"
        "ular: 29,388.00, vip: 78,207.00} columns=['ticket_type', 'revenue']; understood: revenue by Ticket T"
        "ype · all data up to the analysis date · all customers"
    ),
    "eventbrite::refunds": (
        "SILENT: expected 62; got 0; understood: return documents · all data up to the analysis date · all cu"
        "stomers"
    ),
    "eventbrite::tickets": (
        "ASKS BACK: expected 1,143.00; got I do not know 'tickets' in this data (understood: revenue). Did yo"
        "u mean: Ticket Type, ticket type vip, ticket type regular? options=['Ticket Type', 'ticket type vip'"
        ", 'ticket type regular']; understood: understood so far: revenue · all data up to the analysis date "
        "· all customers — open: I do not know 'tickets' in this data (understood: revenue). Did you mean: Ti"
        "cket Type, ticket type vip, ticket type regular?"
    ),
    "eventbrite::nps": (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score by Event Name · all data up to the analysis date · all "
        "customers"
    ),
    "stripe_balance::revenue": (
        "ERROR: expected 140,979.57; got This cannot be answered from this data: 'revenue' needs order lines "
        "(customer, date, amount), and this data is a customers table without orders.; understood: revenue · "
        "all data up to the analysis date · all customers"
    ),
    "stripe_balance::orders": (
        "ERROR: expected 1073; got This cannot be answered from this data: 'orders' needs order lines (custom"
        "er, date, amount), and this data is a customers table without orders.; understood: orders · all data"
        " up to the analysis date · all customers"
    ),
    "stripe_balance::customers": (
        "SILENT: expected 343; got 1156; understood: customers · all data up to the analysis date · all customers"
    ),
    "stripe_balance::aov": (
        "ERROR: expected 131.39; got This cannot be answered from this data: 'aov' needs order lines (custome"
        "r, date, amount), and this data is a customers table without orders.; understood: average order valu"
        "e · all data up to the analysis date · all customers"
    ),
    "stripe_balance::repeat": (
        "ERROR: expected 0.6793; got This cannot be answered from this data: 'repeat_rate' needs order lines "
        "(customer, date, amount), and this data is a customers table without orders.; understood: repeat rat"
        "e · all data up to the analysis date · all customers"
    ),
    "stripe_balance::top5": (
        "ERROR: expected [('user0@mail.example', 24019.51), ('user1@mail.example', 8453.05), ('user2@mail.exa"
        "mple', 3415.69), ('user419@mail.example', 2147.13), ('user5@mail.example', 1437.44)]; got This canno"
        "t be answered from this data: 'revenue' needs order lines (customer, date, amount), and this data is"
        " a customers table without orders.; understood: revenue by customer · all data up to the analysis da"
        "te · all customers · Top 5"
    ),
    "stripe_balance::net": (
        "ASKS BACK: expected 140,979.57; got I do not know 'after' in this data (understood: revenue, returns"
        "). Did you mean: winterschlafer, eur, schlaft ein? options=['winterschlafer', 'eur', 'schlaft ein'];"
        " understood: understood so far: revenue + returns · all data up to the analysis date · all customers"
        " — open: I do not know 'after' in this data (understood: revenue, returns). Did you mean: winterschl"
        "afer, eur, schlaft ein?"
    ),
    "stripe_balance::refunds": (
        "ASKS BACK: expected 4,617.35 (or -4,617.35); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'Revenue share by country', 'How many credit notes were there?', '"
        "How many countries are there?', 'Top 10 customers by customer capital']; understood: understood so f"
        "ar: nothing definite — open: I did not recognise a metric in the question ('refunded' is unknown to "
        "me). Which of these do you mean?"
    ),
    "stripe_balance::fees": (
        "ASKS BACK: expected 2,313.41 (or -2,313.41); got I did not recognise a metric in the question ('pay "
        "Stripe', 'fees' is unknown to me). Which of these do you mean? options=['What is the total revenue?'"
        ", 'Number of customers per country, top 5', 'Revenue share by country', 'How many credit notes were "
        "there?', 'How many countries are there?', 'Top 10 customers by customer capital']; understood: under"
        "stood so far: nothing definite — open: I did not recognise a metric in the question ('pay Stripe', '"
        "fees' is unknown to me). Which of these do you mean?"
    ),
    "stripe_balance::payouts": (
        "ASKS BACK: expected 66,060.24 (or -66,060.24); got I do not know 'bank' in this data. What would you"
        " like to know about payout? options=['Revenue payout', 'Number of customers payout', 'Orders payout'"
        "]; understood: understood so far: nothing definite — open: I do not know 'bank' in this data. What w"
        "ould you like to know about payout?"
    ),
    "stripe_balance::sep": (
        "ERROR: expected 13,413.67; got This cannot be answered from this data: 'revenue' needs order lines ("
        "customer, date, amount), and this data is a customers table without orders.; understood: revenue · S"
        "eptember 2024 · all customers"
    ),
    "hotel_map::stay": (
        "ASKS BACK: expected 2.8682; got I did not recognise a metric in the question ('stay', 'length' is un"
        "known to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customer"
        "s per country, top 5', 'Revenue share by country', 'How many credit notes were there?', 'How many co"
        "untries are there?', 'Top 10 customers by customer capital']; understood: understood so far: nothing"
        " definite — open: I did not recognise a metric in the question ('stay', 'length' is unknown to me). "
        "Which of these do you mean?"
    ),
    "hotel_map::nights": (
        "ASKS BACK: expected 2,263.00; got Ich habe in der Frage keine Kennzahl erkannt ('Übernachtungen' ken"
        "ne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Beste"
        "llwert für Deutschland, Österreich und die Schweiz', 'Welchen Anteil am Umsatz haben die ABC-Klassen"
        "?', 'Wie viele Retourenbelege gab es?', 'Wie viele Länder gibt es?', 'Wie hoch ist das Kundenkapital"
        "?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl"
        " erkannt ('Übernachtungen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "hotel_map::gt3": (
        "ASKS BACK: expected 29; got Das Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Meinten Sie: Kundenkapital, Vertriebskanal? options=['Kundenkapital', 'Vertriebska"
        "nal']; understood: bisher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie:"
        " Kundenkapital, Vertriebskanal?"
    ),
    "sumup_map::tips": (
        "ASKS BACK: expected 804.00; got Das Wort 'bekommen' kenne ich in diesen Daten nicht (verstanden: Sum"
        "me Trinkgeld). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Trinkgeld "
        "· alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bekommen' kenne ich in diesen Daten n"
        "icht (verstanden: Summe Trinkgeld). Bitte anders formulieren."
    ),
    "fx_rate_map::gbp_n": (
        "ASKS BACK: expected 185; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in GBP "
        "um. options=['Aufträge in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Betr"
        "äge dieser Daten sind in EUR; insight rechnet sie nicht in GBP um."
    ),
    "fx_rate_map::usd_eur": (
        "ASKS BACK: expected 566,677.88; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht "
        "in USD, EUR um. options=['Umsatz in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen"
        ": Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in USD, EUR um."
    ),
    "eventbrite_map::orders": (
        "SILENT: expected 738; got 719 = one order per customer and day (order number not used); understood: "
        "orders · all data up to the analysis date · all customers"
    ),
    "eventbrite_map::aov": (
        "SILENT: expected 170.89; got 175.41 = one order per customer and day (order number not used); unders"
        "tood: average order value · all data up to the analysis date · all customers"
    ),
    "eventbrite_map::repeat": (
        "SILENT: expected 0.6020; got 0.5986; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "eventbrite_map::tickets_tt": (
        "SILENT: expected {Early Bird: 378.00, Regular: 372.00, VIP: 393.00}; got {early bird: 18,522.00, reg"
        "ular: 29,388.00, vip: 78,207.00} columns=['ticket_type', 'revenue']; understood: revenue by Ticket T"
        "ype · all data up to the analysis date · all customers"
    ),
    "eventbrite_map::refunds": (
        "SILENT: expected 62; got 0; understood: return documents · all data up to the analysis date · all cu"
        "stomers"
    ),
    "eventbrite_map::tickets": (
        "ASKS BACK: expected 1,143.00; got I do not know 'tickets' in this data (understood: revenue). Did yo"
        "u mean: Ticket Type, ticket type vip, ticket type regular? options=['Ticket Type', 'ticket type vip'"
        ", 'ticket type regular']; understood: understood so far: revenue · all data up to the analysis date "
        "· all customers — open: I do not know 'tickets' in this data (understood: revenue). Did you mean: Ti"
        "cket Type, ticket type vip, ticket type regular?"
    ),
    "eventbrite_map::nps": (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score by Event Name · all data up to the analysis date · all "
        "customers"
    ),
    "etsy_map::revenue": (
        "SILENT: expected 67,415.87; got 78,178.31 = Order Total summed (tax, refunds); understood: revenue ·"
        " all data up to the analysis date · all customers"
    ),
    "etsy_map::orders": (
        "SILENT: expected 850; got 900; understood: orders · all data up to the analysis date · all customers"
    ),
    "etsy_map::customers": (
        "SILENT: expected 308; got 311; understood: customers · all data up to the analysis date · all customers"
    ),
    "etsy_map::aov": (
        "SILENT: expected 79.31; got 86.86; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    "etsy_map::repeat": (
        "SILENT: expected 0.5747; got 0.6013; understood: repeat rate · all data up to the analysis date · al"
        "l customers"
    ),
    "etsy_map::top5": (
        "SILENT: expected [('buyer0', 13764.43), ('buyer1', 3352.61), ('buyer2', 1242.06), ('buyer3', 1175.52"
        "), ('buyer4', 1090.31)]; got [('buyer0', 16157.55), ('buyer1', 3798.65), ('buyer2', 1615.51), ('buye"
        "r3', 1294.93), ('buyer4', 1239.25)]; understood: revenue by customer · all data up to the analysis d"
        "ate · all customers · Top 5"
    ),
    "etsy_map::net_refunds": (
        "ASKS BACK: expected 67,415.87; got I do not know 'after' in this data (understood: revenue, returns)"
        ". Did you mean: jonas schafer, kathe schafer, jurgen schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'jurgen schafer']; understood: understood so far: revenue + returns · all data up to the analys"
        "is date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). D"
        "id you mean: jonas schafer, kathe schafer, jurgen schafer?"
    ),
    "etsy_map::refunded": (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'Revenue share by country', 'How many credit notes were there?', '"
        "How many countries are there?', 'Top 10 customers by customer capital']; understood: understood so f"
        "ar: nothing definite — open: I did not recognise a metric in the question ('refunded' is unknown to "
        "me). Which of these do you mean?"
    ),
    "etsy_map::by_country": (
        "SILENT: expected {Canada: 15,564.33, Germany: 12,981.86, United Kingdom: 12,776.93, United States: 2"
        "6,092.75}; got {canada: 18,207.98, germany: 14,865.98, united kingdom: 14,393.84, united states: 30,"
        "710.51} columns=['ship_country', 'revenue']; understood: revenue by Ship Country · all data up to th"
        "e analysis date · all customers"
    ),
    "etsy_map::by_pay": (
        "SILENT: expected {Apple Pay: 17,980.19, Credit Card: 15,567.51, Etsy Gift Card: 16,719.58, PayPal: 1"
        "7,148.59}; got {apple pay: 21,081.05, credit card: 17,669.22, etsy gift card: 19,469.33, paypal: 19,"
        "958.71} columns=['payment_method', 'revenue']; understood: revenue by Payment Method · all data up t"
        "o the analysis date · all customers"
    ),
    "etsy_map::march": ("SILENT: expected 6,463.84; got 7,333.04; understood: revenue · March 2024 · all customers"),
    "fitness_map::members": (
        "ASKS BACK: expected 700; got Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Welchen Anteil am Umsatz haben die ABC-Klassen?', 'Wie "
        "viele Retourenbelege gab es?', 'Wie viele Länder gibt es?', 'Wie hoch ist das Kundenkapital?']; unde"
        "rstood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt "
        "('Mitglieder' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "fitness_map::active": (
        "ASKS BACK: expected 476; got Das Wort 'aktive Mitglieder' kenne ich in diesen Daten nicht (verstande"
        "n: Funnel). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstand"
        "en: Funnel · alle Daten bis zum Stichtag · Status Aktiv · alle Kunden — offen: Das Wort 'aktive Mitg"
        "lieder' kenne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness_map::by_tarif": (
        "ASKS BACK: expected {Basic: 172.00, Flex: 200.00, Premium: 167.00, Student: 161.00}; got Das Wort 'M"
        "itglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? optio"
        "ns=['Geschlecht', 'mia']; understood: bisher verstanden: Umsatz je Tarif · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz)"
        ". Meinten Sie: Geschlecht, mia?"
    ),
    "fitness_map::by_studio": (
        "ASKS BACK: expected {Mitte: 220.00, Nord: 254.00, Süd: 226.00}; got Das Wort 'Mitglieder' kenne ich "
        "in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mi"
        "a']; understood: bisher verstanden: Umsatz je Studio · alle Daten bis zum Stichtag · alle Kunden — o"
        "ffen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Gesch"
        "lecht, mia?"
    ),
    "fitness_map::sum_active": (
        "ASKS BACK: expected 15,552.40; got Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (ve"
        "rstanden: Summe Monatsbeitrag). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; underst"
        "ood: bisher verstanden: Summe Monatsbeitrag · alle Daten bis zum Stichtag · Status Aktiv · alle Kund"
        "en — offen: Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (verstanden: Summe Monatsb"
        "eitrag). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness_map::ruhend": (
        "ASKS BACK: expected 78; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funne"
        "l). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Funn"
        "el · alle Daten bis zum Stichtag · Status Ruhend · alle Kunden — offen: Das Wort 'Mitglieder' kenne "
        "ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "fitness_map::kuend": (
        "ASKS BACK: expected 146; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funn"
        "el). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Fun"
        "nel · alle Daten bis zum Stichtag · Status Gekündigt · alle Kunden — offen: Das Wort 'Mitglieder' ke"
        "nne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    "recurly_map::mrr": (
        "ASKS BACK: expected 32,643.83; got I did not recognise a metric in the question ('MRR' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'Revenue share by country', 'How many credit notes were there?', 'How many countries "
        "are there?', 'Top 10 customers by customer capital']; understood: understood so far: nothing definit"
        "e — open: I did not recognise a metric in the question ('MRR' is unknown to me). Which of these do y"
        "ou mean?"
    ),
    "recurly_map::mrr_plan": (
        "ASKS BACK: expected {pro-annual: 4,205.83, pro-monthly: 5,733.00, starter-monthly: 2,014.00, team-mo"
        "nthly: 20,691.00}; got I do not know 'MRR' in this data (understood: revenue). Please rephrase. opti"
        "ons=[]; understood: understood so far: revenue by plan_code · all data up to the analysis date · all"
        " customers — open: I do not know 'MRR' in this data (understood: revenue). Please rephrase."
    ),
    "recurly_map::active": (
        "ASKS BACK: expected 433; got I do not know 'active subscriptions' in this data (understood: customer"
        "s). Did you mean: Net Promoter Score? options=['Net Promoter Score']; understood: understood so far:"
        " customers · all data up to the analysis date · state active · all customers — open: I do not know '"
        "active subscriptions' in this data (understood: customers). Did you mean: Net Promoter Score?"
    ),
    "recurly_map::by_state": (
        "ASKS BACK: expected {active: 433.00, canceled: 106.00, expired: 61.00}; got I do not know 'subscript"
        "ions' in this data (understood: revenue). Did you mean: Net Promoter Score? options=['Net Promoter S"
        "core']; understood: understood so far: revenue by state · all data up to the analysis date · all cus"
        "tomers — open: I do not know 'subscriptions' in this data (understood: revenue). Did you mean: Net P"
        "romoter Score?"
    ),
    "recurly_map::canc24": (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
    ),
    "recurly_map::by_plan_n": (
        "ASKS BACK: expected {pro-annual: 147.00, pro-monthly: 164.00, starter-monthly: 147.00, team-monthly:"
        " 142.00}; got Das Wort 'Abos' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: abo"
        "ut to sleep? options=['about to sleep']; understood: bisher verstanden: Kunden je plan_code · alle D"
        "aten bis zum Stichtag · alle Kunden — offen: Das Wort 'Abos' kenne ich in diesen Daten nicht (versta"
        "nden: Kunden). Meinten Sie: about to sleep?"
    ),
    "recurly_map::canceled": (
        "ASKS BACK: expected 106; got Ich habe in der Frage keine Kennzahl erkannt ('Abos' kenne ich nicht). "
        "Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert für Deut"
        "schland, Österreich und die Schweiz', 'Welchen Anteil am Umsatz haben die ABC-Klassen?', 'Wie viele "
        "Retourenbelege gab es?', 'Wie viele Länder gibt es?', 'Wie hoch ist das Kundenkapital?']; understood"
        ": bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Abos"
        "' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "recurly_map::nps": (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score · all data up to the analysis date · all customers"
    ),
}
