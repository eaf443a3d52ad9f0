"""Known gaps of insight on the round-5 client files (make_clients5.py): test id -> what insight does.
Run as strict xfails by test_clients5.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
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
    "jtl::db": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Gewinn nach Plattform: We"
        "bshop 459.978,36, Amazon 258.328,19, Ladengeschäft 240.609,71.' (assumed default margin 100 %); unde"
        "rstood: Gewinn je Plattform · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "etsy::import": (
        "REFUSED: EtsySoldOrders2024.csv: no column for required 'customer_id' of order_lines; headers: Sale "
        "Date, Order ID, Buyer User ID, Full Name, Number of Items, Payment Method, Order Value, Coupon Code,"
        " Discount Amount, Shipping, Sales Tax, Order Total, Currency, Card Processing Fees, Order Net, Adjus"
        "ted Order Total, Ship Country; closest: 'Buyer User ID' (90), 'Card Processing Fees' (72), 'Number o"
        'f Items\' (69); map one with --map "Buyer User ID=customer_id"'
    ),
    "sumup::import": (
        "REFUSED: SumUp_Transaktionen_2024.csv: no column for required 'customer_id' of order_lines; headers:"
        " Transaktions-ID, Datum, Uhrzeit, Zahlungsart, Kartentyp, Status, Beschreibung, Betrag, Trinkgeld, G"
        "ebühr, Mitarbeiter; closest: 'Kartentyp' (71), 'Gebühr' (67); map one with --map \"Kartentyp=customer"
        '_id"'
    ),
    "mollie::net": (
        "ASKS BACK: expected 102,572.18; got I do not know 'after' in this data (understood: revenue, returns"
        "). Did you mean: jonas schafer, kathe schafer, marie schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'marie schafer']; understood: understood so far: revenue + returns · all data up to the analysi"
        "s date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). Di"
        "d you mean: jonas schafer, kathe schafer, marie schafer?"
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
    "recurly::import": (
        "REFUSED: subscriptions_export.csv: no column for required 'customer_id' of order_lines (also missing"
        ": order_date, unit_price); headers: account_code, uuid, plan_code, state, unit_amount, quantity, cur"
        "rency, activated_at, canceled_at, country; closest: 'uuid' (90), 'account_code' (67), 'plan_code' (6"
        '7); map one with --map "uuid=customer_id"'
    ),
    "fitness::import": (
        "REFUSED: Mitgliederliste_Studio.csv: no column for required 'customer_id' of order_lines (also missi"
        "ng: order_date, amount); headers: Mitgliedsnr, Nachname, Vorname, Tarif, Monatsbeitrag, Eintritt, Kü"
        "ndigung zum, Status, Studio, Geburtsdatum; closest: 'Vorname' (75), 'Kündigung zum' (72); map one wi"
        'th --map "Vorname=customer_id"'
    ),
    "hotel::import": (
        "REFUSED: PMS_Reservierungen.csv: no column for required 'customer_id' of order_lines (also missing: "
        "order_date, amount); headers: Res.-Nr., Gastnummer, Gast, Anreise, Abreise, Nächte, Zimmerkategorie,"
        " Kanal, Status, Logis netto, F&B netto, Gesamt netto; closest: 'Gastnummer' (76); map one with --map"
        ' "Gastnummer=customer_id"'
    ),
    "as400::import": (
        "REFUSED: OPFAKT01.TXT: no column for required 'customer_id' of order_lines (also missing: order_date"
        "); headers: KDNR, KDNAME, BELNR, BELDAT, BELART, VERTR, GEBIET, BETRAG; closest: 'KDNAME' (72), 'BEL"
        "NR' (68), 'KDNR' (67); map one with --map \"KDNAME=customer_id\""
    ),
    "amazon_settlement::import": (
        "REFUSED: settlement_11873423011.txt: no column for required 'customer_id' of order_lines (also missi"
        "ng: order_date); headers: settlement-id, settlement-start-date, settlement-end-date, deposit-date, t"
        "otal-amount, currency, transaction-type, order-id, marketplace-name, amount-type, amount-description"
        ", amount, posted-date, sku, quantity-purchased; closest: 'settlement-id' (90), 'amount-description' "
        "(72), 'settlement-end-date' (64); map one with --map \"settlement-id=customer_id\""
    ),
    "fx_rate::import": (
        "REFUSED: Auftragseingang_FX.csv: no column for required 'customer_id' of order_lines (also missing: "
        "amount); headers: Auftrag, Datum, Debitor, Land, Betrag FW, Währung, Kurs, Betrag EUR; closest: none"
        '; map one with --map "Header=customer_id"'
    ),
    "serial_totals::import": (
        "REFUSED: Rechnungsausgangsbuch_2024.csv: no column for required 'customer_id' of order_lines (also m"
        "issing: order_date, amount); headers: Rechnungsausgangsbuch 2024, column_2, column_3, column_4, colu"
        'mn_5, column_6, column_7, column_8; closest: none; map one with --map "Header=customer_id"'
    ),
    "names_only::zufr": (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: Die Kundenzufriedenh"
        "eit braucht die Tabelle 'Umfrageantworten', die diese Daten nicht haben; importieren Sie eine solche"
        " Datei in den Workspace.; understood: Kundenzufriedenheit · alle Daten bis zum Stichtag · alle Kunde"
        "n"
    ),
    "woo_cell::refunded": (
        "ASKS BACK: expected 39; got I do not know 'refunded' in this data (understood: orders). Did you mean"
        ": wc refunded, de? options=['wc refunded', 'de']; understood: understood so far: orders · all data u"
        "p to the analysis date · all customers — open: I do not know 'refunded' in this data (understood: or"
        "ders). Did you mean: wc refunded, de?"
    ),
    "eventbrite::import": (
        "REFUSED: Eventbrite_Orders_Report.csv: no column for required 'unit_price' of order_lines (or amount"
        "); headers: Order #, Order Date, First Name, Last Name, Email, Event Name, Ticket Type, Quantity, To"
        'tal Paid, Eventbrite Fees, Currency, Attendee Status; closest: none; map one with --map "Header=unit'
        '_price"'
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
    "sumup_map::import": (
        "REFUSED: SumUp_Transaktionen_2024.csv: no column for required 'customer_id' of order_lines; headers:"
        " Transaktions-ID, Datum, Uhrzeit, Zahlungsart, Kartentyp, Status, Beschreibung, Betrag, Trinkgeld, G"
        "ebühr, Mitarbeiter; closest: 'Kartentyp' (71), 'Gebühr' (67); map one with --map \"Kartentyp=customer"
        '_id"'
    ),
    "fx_rate_map::revenue": (
        "ASKS BACK: expected 2,861,428.33; got Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen "
        "sich nicht addieren. Welche Währung? options=['Umsatz in CHF', 'Umsatz in EUR', 'Umsatz in GBP', 'Um"
        "satz in USD', 'Umsatz nach Währung']; understood: bisher verstanden: nichts Eindeutiges — offen: Die"
        " Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addieren. Welche Währung?"
    ),
    "fx_rate_map::aov": (
        "ASKS BACK: expected 3,179.36; got Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich"
        " nicht addieren. Welche Währung? options=['durchschnittlicher Bestellwert in CHF', 'durchschnittlich"
        "er Bestellwert in EUR', 'durchschnittlicher Bestellwert in GBP', 'durchschnittlicher Bestellwert in "
        "USD', 'durchschnittlicher Bestellwert nach Währung']; understood: bisher verstanden: nichts Eindeuti"
        "ges — offen: Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addieren. Welc"
        "he Währung?"
    ),
    "fx_rate_map::top5": (
        "ASKS BACK: expected [('D0001', 579490.15), ('D0002', 156105.51), ('D0003', 60947.79), ('D0012', 2871"
        "2.19), ('D0131', 28360.13)]; got Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich "
        "nicht addieren. Welche Währung? options=['Umsatz in CHF', 'Umsatz in EUR', 'Umsatz in GBP', 'Umsatz "
        "in USD', 'Umsatz nach Währung']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Date"
        "n enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addieren. Welche Währung?"
    ),
    "fx_rate_map::by_land": (
        "ASKS BACK: expected {CH: 661,951.36, DE: 329,203.75, FR: 307,930.63, IT: 347,938.37, UK: 647,726.34,"
        " US: 566,677.88}; got Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addie"
        "ren. Welche Währung? options=['Umsatz in CHF', 'Umsatz in EUR', 'Umsatz in GBP', 'Umsatz in USD', 'U"
        "msatz nach Währung']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Daten enthalten"
        " Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addieren. Welche Währung?"
    ),
    "fx_rate_map::q3": (
        "ASKS BACK: expected 894,169.12; got Die Daten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen si"
        "ch nicht addieren. Welche Währung? options=['Umsatz in CHF', 'Umsatz in EUR', 'Umsatz in GBP', 'Umsa"
        "tz in USD', 'Umsatz nach Währung']; understood: bisher verstanden: nichts Eindeutiges — offen: Die D"
        "aten enthalten Beträge in CHF, EUR, GBP, USD; sie lassen sich nicht addieren. Welche Währung?"
    ),
    "eventbrite_map::import": (
        "REFUSED: Eventbrite_Orders_Report.csv: column 'Order Date' (order_date) row 1: '03/24/2024 09:07 AM'"
        " is not a date (e.g. 2011-12-31 or 31.12.2011) (800 bad rows in this column); fix the value or map a"
        "nother column with --map"
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
