"""Known gaps of insight on the round-5 client files (make_clients5.py): test id -> what insight does.
Run as strict xfails by test_clients5.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'billbee::conv': (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: Der Funnel braucht d"
        "ie Spalte 'status' der Tabelle 'Kunden', die fehlt oder leer ist.; understood: Funnel je Shop · alle"
        " Daten bis zum Stichtag · alle Kunden"
    ),
    'jtl::db': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Gewinn nach Plattform: "
        "Webshop 459.978,36, Amazon 258.328,19, Ladengeschäft 240.609,71.'; understood: Gewinn je Plattform ·"
        " alle Daten bis zum Stichtag · alle Kunden"
    ),
    'etsy::net_refunds': (
        "ASKS BACK: expected 67,415.87; got I do not know 'after' in this data (understood: revenue, returns)"
        ". Did you mean: jonas schafer, kathe schafer, jurgen schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'jurgen schafer']; understood: understood so far: revenue + returns · all data up to the analys"
        "is date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). D"
        "id you mean: jonas schafer, kathe schafer, jurgen schafer?"
    ),
    'etsy::refunded': (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'sumup::tips': (
        "ASKS BACK: expected 804.00; got Das Wort 'bekommen' kenne ich in diesen Daten nicht (verstanden: Sum"
        "me Trinkgeld). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Trinkgeld "
        "· alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bekommen' kenne ich in diesen Daten n"
        "icht (verstanden: Summe Trinkgeld). Bitte anders formulieren."
    ),
    'mollie::net': (
        "ASKS BACK: expected 102,572.18; got I do not know 'after' in this data (understood: revenue, returns"
        "). Did you mean: jonas schafer, kathe schafer, marie schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'marie schafer']; understood: understood so far: revenue + returns · all data up to the analysi"
        "s date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). Di"
        "d you mean: jonas schafer, kathe schafer, marie schafer?"
    ),
    'mollie::failed': (
        "ASKS BACK: expected 62; got I do not know 'payments' in this data (understood: customers). Please re"
        "phrase. options=[]; understood: understood so far: customers · all data up to the analysis date · or"
        "der status failed · all customers — open: I do not know 'payments' in this data (understood: custome"
        "rs). Please rephrase."
    ),
    'mollie::refunded': (
        "ASKS BACK: expected 6,965.31 (or -6,965.31); got What would you like to know about refunded? options"
        "=['Revenue refunded', 'Number of customers refunded', 'Orders refunded']; understood: understood so "
        "far: nothing definite — open: What would you like to know about refunded?"
    ),
    'recurly::mrr': (
        "ASKS BACK: expected 32,643.83; got I did not recognise a metric in the question ('MRR' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit\""
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('MRR' is unknown to me). Which of these do you mean?"
    ),
    'recurly::mrr_plan': (
        "ASKS BACK: expected {pro-annual: 4,205.83, pro-monthly: 5,733.00, starter-monthly: 2,014.00, team-mo"
        "nthly: 20,691.00}; got I do not know 'MRR' in this data (understood: revenue). Please rephrase. opti"
        "ons=[]; understood: understood so far: revenue by plan_code · all data up to the analysis date · all"
        " customers — open: I do not know 'MRR' in this data (understood: revenue). Please rephrase."
    ),
    'recurly::active': (
        "ASKS BACK: expected 433; got I do not know 'active subscriptions' in this data (understood: customer"
        "s). Did you mean: Net Promoter Score? options=['Net Promoter Score']; understood: understood so far:"
        " customers · all data up to the analysis date · state active · all customers — open: I do not know '"
        "active subscriptions' in this data (understood: customers). Did you mean: Net Promoter Score?"
    ),
    'recurly::by_state': (
        "ASKS BACK: expected {active: 433.00, canceled: 106.00, expired: 61.00}; got I do not know 'subscript"
        "ions' in this data (understood: revenue). Did you mean: Net Promoter Score? options=['Net Promoter S"
        "core']; understood: understood so far: revenue by state · all data up to the analysis date · all cus"
        "tomers — open: I do not know 'subscriptions' in this data (understood: revenue). Did you mean: Net P"
        "romoter Score?"
    ),
    'recurly::canc24': (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
    ),
    'recurly::canceled': (
        "ERROR: expected 106; got Das lässt sich mit diesen Daten nicht beantworten: 'Abwanderungsrate' brauc"
        "ht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; un"
        "derstood: Abwanderungsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'recurly::nps': (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score · all data up to the analysis date · all customers"
    ),
    'fitness::members': (
        "ASKS BACK: expected 700; got Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe der Gutsch"
        "riften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood: bishe"
        "r verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder'"
        " kenne ich nicht). Meinen Sie eines davon?"
    ),
    'fitness::active': (
        "ASKS BACK: expected 476; got Das Wort 'aktive Mitglieder' kenne ich in diesen Daten nicht (verstande"
        "n: Funnel). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstand"
        "en: Funnel · alle Daten bis zum Stichtag · Status Aktiv · alle Kunden — offen: Das Wort 'aktive Mitg"
        "lieder' kenne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness::by_tarif': (
        "ASKS BACK: expected {Basic: 172.00, Flex: 200.00, Premium: 167.00, Student: 161.00}; got Das Wort 'M"
        "itglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? optio"
        "ns=['Geschlecht', 'mia']; understood: bisher verstanden: Umsatz je Tarif · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz)"
        ". Meinten Sie: Geschlecht, mia?"
    ),
    'fitness::by_studio': (
        "ASKS BACK: expected {Mitte: 220.00, Nord: 254.00, Süd: 226.00}; got Das Wort 'Mitglieder' kenne ich "
        "in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mi"
        "a']; understood: bisher verstanden: Umsatz je Studio · alle Daten bis zum Stichtag · alle Kunden — o"
        "ffen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Gesch"
        "lecht, mia?"
    ),
    'fitness::sum_active': (
        "ASKS BACK: expected 15,552.40; got Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (ve"
        "rstanden: Summe Monatsbeitrag). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; underst"
        "ood: bisher verstanden: Summe Monatsbeitrag · alle Daten bis zum Stichtag · Status Aktiv · alle Kund"
        "en — offen: Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (verstanden: Summe Monatsb"
        "eitrag). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness::ruhend': (
        "ASKS BACK: expected 78; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funne"
        "l). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Funn"
        "el · alle Daten bis zum Stichtag · Status Ruhend · alle Kunden — offen: Das Wort 'Mitglieder' kenne "
        "ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness::kuend': (
        "ASKS BACK: expected 146; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funn"
        "el). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Fun"
        "nel · alle Daten bis zum Stichtag · Status Gekündigt · alle Kunden — offen: Das Wort 'Mitglieder' ke"
        "nne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'hotel::stay': (
        "ASKS BACK: expected 2.8682; got I did not recognise a metric in the question ('stay', 'length' is un"
        "known to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customer"
        "s per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of"
        " profit\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open"
        ": I did not recognise a metric in the question ('stay', 'length' is unknown to me). Which of these d"
        "o you mean?"
    ),
    'hotel::nights': (
        "ASKS BACK: expected 2,263.00; got Ich habe in der Frage keine Kennzahl erkannt ('Übernachtungen' ken"
        "ne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Beste"
        "llwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe d"
        "er Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understo"
        "od: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Üb"
        "ernachtungen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'hotel::gt3': (
        "ASKS BACK: expected 29; got Das Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Meinten Sie: Kundenkapital, Vertriebskanal? options=['Kundenkapital', 'Vertriebska"
        "nal']; understood: bisher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie:"
        " Kundenkapital, Vertriebskanal?"
    ),
    'amazon_settlement::import': (
        "REFUSED: settlement_11873423011.txt: 'settlement-id' makes this a settlement (payout) report — the m"
        "oney a marketplace or payment provider paid out, with its fees and refunds, not orders; no column fo"
        "r required 'customer_id'. Export the orders report instead (e.g. Amazon 'All Orders', the shop's ord"
        "er export), or map the columns with --map \"Header=customer_id\""
    ),
    'fx_rate::gbp_n': (
        "ASKS BACK: expected 185; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in GBP "
        "um. options=['Aufträge in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Betr"
        "äge dieser Daten sind in EUR; insight rechnet sie nicht in GBP um."
    ),
    'fx_rate::usd_eur': (
        "ASKS BACK: expected 566,677.88; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht "
        "in USD, EUR um. options=['Umsatz in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen"
        ": Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in USD, EUR um."
    ),
    'names_only::zufr': (
        "ERROR: expected clarify; got Das lässt sich mit diesen Daten nicht beantworten: Die Kundenzufriedenh"
        "eit braucht die Tabelle 'Umfrageantworten', die diese Daten nicht haben; importieren Sie eine solche"
        " Datei in den Workspace.; understood: Kundenzufriedenheit · alle Daten bis zum Stichtag · alle Kunde"
        "n"
    ),
    'woo_cell::refunded': (
        "ASKS BACK: expected 39; got I do not know 'refunded' in this data (understood: orders). Did you mean"
        ": wc refunded, de? options=['wc refunded', 'de']; understood: understood so far: orders · all data u"
        "p to the analysis date · all customers — open: I do not know 'refunded' in this data (understood: or"
        "ders). Did you mean: wc refunded, de?"
    ),
    'eventbrite::refunds': (
        "ASKS BACK: expected 62; asked back: refunds are recorded only as a status (Refunded), the option "
        "offered ('number of orders Refunded') answers 62"
    ),
    'eventbrite::tickets': (
        "ASKS BACK: expected 1,143.00; got I do not know 'tickets' in this data (understood: revenue). Did yo"
        "u mean: Ticket Type, ticket type vip, ticket type regular? options=['Ticket Type', 'ticket type vip'"
        ", 'ticket type regular']; understood: understood so far: revenue · all data up to the analysis date "
        "· all customers — open: I do not know 'tickets' in this data (understood: revenue). Did you mean: Ti"
        "cket Type, ticket type vip, ticket type regular?"
    ),
    'eventbrite::nps': (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score by Event Name · all data up to the analysis date · all "
        "customers"
    ),
    'stripe_balance::net': (
        "ASKS BACK: expected 140,979.57; got I do not know 'after' in this data (understood: revenue, returns"
        "). Did you mean: winterschlafer, eur, schlaft ein? options=['winterschlafer', 'eur', 'schlaft ein'];"
        " understood: understood so far: revenue + returns · all data up to the analysis date · all customers"
        " — open: I do not know 'after' in this data (understood: revenue, returns). Did you mean: winterschl"
        "afer, eur, schlaft ein?"
    ),
    'stripe_balance::refunds': (
        "ASKS BACK: expected 4,617.35 (or -4,617.35); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'stripe_balance::fees': (
        "ASKS BACK: expected 2,313.41 (or -2,313.41); got I did not recognise a metric in the question ('pay "
        "Stripe', 'fees' is unknown to me). Which of these do you mean? options=['What is the total revenue?'"
        ", 'Number of customers per country, top 5', 'share of orders from Germany', 'total value of returns'"
        ", \"Germany's share of profit\", 'How many orders were cancelled?']; understood: understood so far: no"
        "thing definite — open: I did not recognise a metric in the question ('pay Stripe', 'fees' is unknown"
        " to me). Which of these do you mean?"
    ),
    'stripe_balance::payouts': (
        "ASKS BACK: expected 66,060.24 (or -66,060.24); got I do not know 'bank' in this data (understood: am"
        "ount of fees and payouts). Did you mean: value by tenure band, tenure band, income band? options=['v"
        "alue by tenure band', 'tenure band', 'income band']; understood: understood so far: amount of fees a"
        "nd payouts · all data up to the analysis date · Type payout · all customers — open: I do not know 'b"
        "ank' in this data (understood: amount of fees and payouts). Did you mean: value by tenure band, tenu"
        "re band, income band?"
    ),
    'hotel_map::stay': (
        "ASKS BACK: expected 2.8682; got I did not recognise a metric in the question ('stay', 'length' is un"
        "known to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customer"
        "s per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of"
        " profit\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open"
        ": I did not recognise a metric in the question ('stay', 'length' is unknown to me). Which of these d"
        "o you mean?"
    ),
    'hotel_map::nights': (
        "ASKS BACK: expected 2,263.00; got Ich habe in der Frage keine Kennzahl erkannt ('Übernachtungen' ken"
        "ne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Beste"
        "llwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe d"
        "er Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understo"
        "od: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Üb"
        "ernachtungen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    'hotel_map::gt3': (
        "ASKS BACK: expected 29; got Das Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Meinten Sie: Kundenkapital, Vertriebskanal? options=['Kundenkapital', 'Vertriebska"
        "nal']; understood: bisher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'mehr', 'als', 'Buchungen' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie:"
        " Kundenkapital, Vertriebskanal?"
    ),
    'sumup_map::tips': (
        "ASKS BACK: expected 804.00; got Das Wort 'bekommen' kenne ich in diesen Daten nicht (verstanden: Sum"
        "me Trinkgeld). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Trinkgeld "
        "· alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'bekommen' kenne ich in diesen Daten n"
        "icht (verstanden: Summe Trinkgeld). Bitte anders formulieren."
    ),
    'fx_rate_map::gbp_n': (
        "ASKS BACK: expected 185; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in GBP "
        "um. options=['Aufträge in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen: Die Betr"
        "äge dieser Daten sind in EUR; insight rechnet sie nicht in GBP um."
    ),
    'fx_rate_map::usd_eur': (
        "ASKS BACK: expected 566,677.88; got Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht "
        "in USD, EUR um. options=['Umsatz in EUR']; understood: bisher verstanden: nichts Eindeutiges — offen"
        ": Die Beträge dieser Daten sind in EUR; insight rechnet sie nicht in USD, EUR um."
    ),
    'eventbrite_map::refunds': (
        "ASKS BACK: expected 62; asked back: refunds are recorded only as a status (Refunded), the option "
        "offered ('number of orders Refunded') answers 62"
    ),
    'eventbrite_map::tickets': (
        "ASKS BACK: expected 1,143.00; got I do not know 'tickets' in this data (understood: revenue). Did yo"
        "u mean: Ticket Type, ticket type vip, ticket type regular? options=['Ticket Type', 'ticket type vip'"
        ", 'ticket type regular']; understood: understood so far: revenue · all data up to the analysis date "
        "· all customers — open: I do not know 'tickets' in this data (understood: revenue). Did you mean: Ti"
        "cket Type, ticket type vip, ticket type regular?"
    ),
    'eventbrite_map::nps': (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score by Event Name · all data up to the analysis date · all "
        "customers"
    ),
    'etsy_map::net_refunds': (
        "ASKS BACK: expected 67,415.87; got I do not know 'after' in this data (understood: revenue, returns)"
        ". Did you mean: jonas schafer, kathe schafer, jurgen schafer? options=['jonas schafer', 'kathe schaf"
        "er', 'jurgen schafer']; understood: understood so far: revenue + returns · all data up to the analys"
        "is date · all customers — open: I do not know 'after' in this data (understood: revenue, returns). D"
        "id you mean: jonas schafer, kathe schafer, jurgen schafer?"
    ),
    'etsy_map::refunded': (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'fitness_map::members': (
        "ASKS BACK: expected 700; got Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder' kenne ich ni"
        "cht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert fü"
        "r Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe der Gutsch"
        "riften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood: bishe"
        "r verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Mitglieder'"
        " kenne ich nicht). Meinen Sie eines davon?"
    ),
    'fitness_map::active': (
        "ASKS BACK: expected 476; got Das Wort 'aktive Mitglieder' kenne ich in diesen Daten nicht (verstande"
        "n: Funnel). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstand"
        "en: Funnel · alle Daten bis zum Stichtag · Status Aktiv · alle Kunden — offen: Das Wort 'aktive Mitg"
        "lieder' kenne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness_map::by_tarif': (
        "ASKS BACK: expected {Basic: 172.00, Flex: 200.00, Premium: 167.00, Student: 161.00}; got Das Wort 'M"
        "itglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? optio"
        "ns=['Geschlecht', 'mia']; understood: bisher verstanden: Umsatz je Tarif · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz)"
        ". Meinten Sie: Geschlecht, mia?"
    ),
    'fitness_map::by_studio': (
        "ASKS BACK: expected {Mitte: 220.00, Nord: 254.00, Süd: 226.00}; got Das Wort 'Mitglieder' kenne ich "
        "in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mi"
        "a']; understood: bisher verstanden: Umsatz je Studio · alle Daten bis zum Stichtag · alle Kunden — o"
        "ffen: Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: Gesch"
        "lecht, mia?"
    ),
    'fitness_map::sum_active': (
        "ASKS BACK: expected 15,552.40; got Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (ve"
        "rstanden: Summe Monatsbeitrag). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; underst"
        "ood: bisher verstanden: Summe Monatsbeitrag · alle Daten bis zum Stichtag · Status Aktiv · alle Kund"
        "en — offen: Das Wort 'aktiven Mitglieder' kenne ich in diesen Daten nicht (verstanden: Summe Monatsb"
        "eitrag). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness_map::ruhend': (
        "ASKS BACK: expected 78; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funne"
        "l). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Funn"
        "el · alle Daten bis zum Stichtag · Status Ruhend · alle Kunden — offen: Das Wort 'Mitglieder' kenne "
        "ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'fitness_map::kuend': (
        "ASKS BACK: expected 146; got Das Wort 'Mitglieder' kenne ich in diesen Daten nicht (verstanden: Funn"
        "el). Meinten Sie: Geschlecht, mia? options=['Geschlecht', 'mia']; understood: bisher verstanden: Fun"
        "nel · alle Daten bis zum Stichtag · Status Gekündigt · alle Kunden — offen: Das Wort 'Mitglieder' ke"
        "nne ich in diesen Daten nicht (verstanden: Funnel). Meinten Sie: Geschlecht, mia?"
    ),
    'recurly_map::mrr': (
        "ASKS BACK: expected 32,643.83; got I did not recognise a metric in the question ('MRR' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit\""
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('MRR' is unknown to me). Which of these do you mean?"
    ),
    'recurly_map::mrr_plan': (
        "ASKS BACK: expected {pro-annual: 4,205.83, pro-monthly: 5,733.00, starter-monthly: 2,014.00, team-mo"
        "nthly: 20,691.00}; got I do not know 'MRR' in this data (understood: revenue). Please rephrase. opti"
        "ons=[]; understood: understood so far: revenue by plan_code · all data up to the analysis date · all"
        " customers — open: I do not know 'MRR' in this data (understood: revenue). Please rephrase."
    ),
    'recurly_map::active': (
        "ASKS BACK: expected 433; got I do not know 'active subscriptions' in this data (understood: customer"
        "s). Did you mean: Net Promoter Score? options=['Net Promoter Score']; understood: understood so far:"
        " customers · all data up to the analysis date · state active · all customers — open: I do not know '"
        "active subscriptions' in this data (understood: customers). Did you mean: Net Promoter Score?"
    ),
    'recurly_map::by_state': (
        "ASKS BACK: expected {active: 433.00, canceled: 106.00, expired: 61.00}; got I do not know 'subscript"
        "ions' in this data (understood: revenue). Did you mean: Net Promoter Score? options=['Net Promoter S"
        "core']; understood: understood so far: revenue by state · all data up to the analysis date · all cus"
        "tomers — open: I do not know 'subscriptions' in this data (understood: revenue). Did you mean: Net P"
        "romoter Score?"
    ),
    'recurly_map::canc24': (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
    ),
    'recurly_map::canceled': (
        "ERROR: expected 106; got Das lässt sich mit diesen Daten nicht beantworten: 'Abwanderungsrate' brauc"
        "ht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge.; un"
        "derstood: Abwanderungsrate · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'recurly_map::nps': (
        "ERROR: expected clarify; got This cannot be answered from this data: the NPS needs the 'survey_respo"
        "nses' table (Kundenbefragung), which this data does not have; import a survey_responses file into th"
        "e workspace.; understood: Net Promoter Score · all data up to the analysis date · all customers"
    ),
}
