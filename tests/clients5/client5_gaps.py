"""Known gaps of insight on the round-5 client files (make_clients5.py): test id -> what insight does.
Run as strict xfails by test_clients5.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
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
    'recurly::canc24': (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
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
    'recurly_map::canc24': (
        "ASKS BACK: expected 123; got This data has no order dates, so '2024' cannot be applied; I can answer"
        " over all the data. options=[]; understood: understood so far: nothing definite — open: This data ha"
        "s no order dates, so '2024' cannot be applied; I can answer over all the data."
    ),
}
