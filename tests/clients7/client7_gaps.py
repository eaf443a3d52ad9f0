"""Known gaps of insight on the round-7 client files (make_clients7.py): test id -> what insight does.
Run as strict xfails by test_clients7.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'freshbooks::revenue': (
        "SILENT: expected 762,940.42; got 773,212.34 = drafts counted and Tax subtracted (Amount read as gros"
        "s); understood: revenue · all data up to the analysis date · all customers"
    ),
    'freshbooks::orders': (
        "SILENT: expected 821; got 900; understood: orders · all data up to the analysis date · all customers"
    ),
    'freshbooks::customers': (
        "SILENT: expected 212; got 214; understood: customers · all data up to the analysis date · all custom"
        "ers"
    ),
    'freshbooks::aov': (
        "SILENT: expected 929.28; got 859.12; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    'freshbooks::repeat': (
        "SILENT: expected 0.7783 (or 77.83); got 0.8224; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    'freshbooks::top5': (
        "SILENT: expected [('Acme Smith LLC', 135810.24), ('Summit Smith Inc.', 38239.39), ('Redwood Smith Lt"
        "d', 17802.23), ('Harbor Smith Group', 16255.78), ('Bluebird Smith Co.', 14151.34)]; got [('acme smit"
        "h llc', 129543.06), ('summit smith inc.', 46336.91), ('redwood smith ltd', 19316.88), ('harbor smith"
        " group', 14914.69), ('bluebird smith co.', 13263.05)]; understood: revenue by customer · all data up"
        " to the analysis date · all customers · Top 5"
    ),
    'freshbooks::by_item': (
        "SILENT: expected {Consulting: 204,679.51, Design: 199,034.44, Development: 170,648.89, Maintenance: "
        "188,577.58}; got {consulting: 198,087.19, design: 213,350.52, development: 172,379.24, maintenance: "
        "189,395.39} columns=['item_name', 'revenue']; understood: revenue by Item Name · all data up to the "
        "analysis date · all customers"
    ),
    'freshbooks::outstanding': (
        "SILENT: expected 283,508.15; got no single number: columns=['outstanding', 'revenue'] rows=357; unde"
        "rstood: revenue by Outstanding · all data up to the analysis date · all customers"
    ),
    'freshbooks::q4_23': (
        "ASKS BACK: expected 109,949.05; got I did not recognise a metric in the question ('bill' is unknown "
        "to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per "
        "country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profi"
        "t\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I di"
        "d not recognise a metric in the question ('bill' is unknown to me). Which of these do you mean?"
    ),
    'freshbooks::yoy': (
        "ASKS BACK: expected {2023: 430,394.57, 2024: 332,545.85}; got I do not know 'YoY' in this data (unde"
        "rstood: revenue). Please rephrase. options=[]; understood: understood so far: revenue by year · all "
        "data up to the analysis date · all customers — open: I do not know 'YoY' in this data (understood: r"
        "evenue). Please rephrase."
    ),
    'freshbooks::de_dev': (
        "SILENT: expected 62,477.14; got no single number: columns=['month', 'revenue'] rows=10; understood: "
        "Umsatz je Monat · 2024 · Item Name Development · alle Kunden"
    ),
    'bigcommerce::import': (
        "REFUSED: orders-2024-10-16.csv: no column for required 'amount' of order_lines (or quantity + unit_p"
        "rice); headers: Order ID, Customer ID, Customer Name, Customer Email, Order Date, Order Status, Subt"
        "otal (ex tax), Shipping Cost (ex tax), Tax Total, Order Total (inc tax), Channel; closest: 'Subtotal"
        " (ex tax)' (90), 'Tax Total' (90), 'Order Total (inc tax)' (90); map one with --map \"Subtotal (ex ta"
        "x)=amount\""
    ),
    'toast::import': (
        "REFUSED: CheckDetails_2024.csv: no column for required 'order_date' of order_lines; headers: Locatio"
        "n, Check Id, Check #, Opened, Server, Revenue Center, Customer Email, Gross Amount, Comp Amount, Amo"
        "unt, Tax, Tip, Total, Voided; closest: 'Check #' (90), 'Check Id' (86), 'Voided' (75); map one with "
        "--map \"Check #=order_date\""
    ),
    'klaviyo::import': (
        "REFUSED: klaviyo_profiles_export.csv: no column for required 'order_date' of order_lines (also missi"
        "ng: amount); headers: Email, First Name, Last Name, Country, Historic Number Of Orders, Historic Cus"
        "tomer Lifetime Value, Predicted Customer Lifetime Value, Average Order Value, First Active, Last Act"
        "ive, Accepts Marketing; closest: 'Average Order Value' (64); map one with --map \"Average Order Value"
        "=order_date\""
    ),
    'uk_vat::import': (
        "REFUSED: freeagent_invoices.csv: no column for required 'customer_id' of order_lines (also missing: "
        "order_date, amount); headers: Reference, Contact, Dated, Due On, Type, Status, Project, Net Value, V"
        "AT, Total Value; closest: 'Contact' (71); map one with --map \"Contact=customer_id\""
    ),
    'india_gst::import': (
        "REFUSED: Invoice.csv: column 'Total' (amount) row 1: '₹1,06,295.49' is not a number (1,000 bad rows "
        "in this column); fix the value or map another column with --map"
    ),
    'myob_au::import': (
        "REFUSED: SalesRegister.csv: no column for required 'customer_id' of order_lines (also missing: amoun"
        "t); headers: Date, Invoice No., Co./Last Name, Status, Salesperson, Amount (inc GST), GST; closest: "
        "none; map one with --map \"Header=customer_id\""
    ),
    'wave::balance': (
        "ASKS BACK: expected 108,437.59; got I do not know 'still owe' in this data (understood: customers). "
        "Please rephrase. options=[]; understood: understood so far: customers · all data up to the analysis "
        "date · all customers — open: I do not know 'still owe' in this data (understood: customers). Please "
        "rephrase."
    ),
    'wave::yoy': (
        "ASKS BACK: expected {2023: 194,108.83, 2024: 179,427.90}; got I do not know 'YoY' in this data (unde"
        "rstood: revenue). Please rephrase. options=[]; understood: understood so far: revenue · 2024 vs 2023"
        " · all data up to the analysis date · all customers — open: I do not know 'YoY' in this data (unders"
        "tood: revenue). Please rephrase."
    ),
    'paddle::revenue': (
        "SILENT: expected 84,308.00; got 7,938.00; understood: revenue · all data up to the analysis date · c"
        "ountry IN · all customers"
    ),
    'paddle::customers': (
        "SILENT: expected 375; got 124; understood: customers · all data up to the analysis date · country US"
        " · all customers"
    ),
    'paddle::mom': (
        "ASKS BACK: expected {2024-01: 6,899.00, 2024-02: 7,336.00, 2024-03: 5,951.00, 2024-04: 6,011.00, 202"
        "4-05: 7,920.00, 2024-06: 7,883.00, …}; got I do not know 'MoM' in this data (understood: revenue). D"
        "id you mean: month, united kingdom? options=['month', 'united kingdom']; understood: understood so f"
        "ar: revenue · 2024 · country IN · all customers — open: I do not know 'MoM' in this data (understood"
        ": revenue). Did you mean: month, united kingdom?"
    ),
    'paddle::mrr': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: $84,308.00. Re"
        "tention rate 2024 (compared with 2023): 88.9 %.'; understood: revenue + retention rate · all data up"
        " to the analysis date · all customers"
    ),
    'gsheets::unpaid': (
        "ASKS BACK: expected 29,053.44; got I did not recognise a metric in the question ('unpaid' is unknown"
        " to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per"
        " country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of prof"
        "it\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I d"
        "id not recognise a metric in the question ('unpaid' is unknown to me). Which of these do you mean?"
    ),
    'gsheets::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        "stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome"
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        "sion, Net Promoter Score?"
    ),
    'gsheets::weddings': (
        "ASKS BACK: expected 48; got I do not know 'shoot' in this data (understood: documents). Did you mean"
        ": headshots, service headshots? options=['headshots', 'service headshots']; understood: understood s"
        "o far: documents · 2024 · Service Wedding · all customers — open: I do not know 'shoot' in this data"
        " (understood: documents). Did you mean: headshots, service headshots?"
    ),
    'clover_xlsx::revenue': (
        "SILENT: expected 36,242.12; got 42,517.25 = Total incl. tax and tip summed; understood: total Total "
        "· all data up to the analysis date · all customers"
    ),
    'clover_xlsx::tips': (
        "ASKS BACK: expected 4,100.73; got I did not recognise a metric in the question ('tips' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit\""
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('tips' is unknown to me). Which of these do you mean?"
    ),
    'clover_xlsx::mom': (
        "ASKS BACK: expected {2024-01: 4,709.60, 2024-02: 3,322.34, 2024-03: 3,466.65, 2024-04: 3,434.34, 202"
        "4-05: 3,847.58, 2024-06: 3,499.33, …}; got I do not know 'MoM' in this data (understood: revenue). D"
        "id you mean: month? options=['month']; understood: understood so far: revenue · 2024 · all customers"
        " — open: I do not know 'MoM' in this data (understood: revenue). Did you mean: month?"
    ),
    'maxio::import': (
        "REFUSED: maxio_invoices_export.csv: no column for required 'customer_id' of order_lines (also missin"
        "g: order_date); headers: Invoice Number, Issue Date, Customer Reference, Customer Organization, Prod"
        "uct Family, Type, Status, Subtotal, Tax, Total; closest: 'Customer Reference' (90), 'Customer Organi"
        "zation' (90); map one with --map \"Customer Reference=customer_id\""
    ),
    'razorpay::revenue': (
        "SILENT: expected 4,630,302.00; got 4,747,607.40 = authorized counted, the fee's tax subtracted; unde"
        "rstood: revenue · all data up to the analysis date · all customers"
    ),
    'razorpay::orders': (
        "SILENT: expected 1198; got 1235; understood: orders · all data up to the analysis date · all custome"
        "rs"
    ),
    'razorpay::customers': (
        "SILENT: expected 343; got 346; understood: customers · all data up to the analysis date · all custom"
        "ers"
    ),
    'razorpay::aov': (
        "SILENT: expected 3,865.03; got 3,844.22; understood: average order value · all data up to the analys"
        "is date · all customers"
    ),
    'razorpay::repeat': (
        "SILENT: expected 0.7289 (or 72.89); got 0.7428; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    'razorpay::top5': (
        "SILENT: expected [('aarav.sharma0@gmail.com', 853777.0), ('vivaan.sharma1@gmail.com', 275927.0), ('a"
        "nanya.sharma4@gmail.com', 101979.0), ('aditya.sharma2@gmail.com', 81977.0), ('rohan.reddy62@gmail.co"
        "m', 41996.0)]; got [('aarav.sharma0@gmail.com', 865142.4), ('vivaan.sharma1@gmail.com', 303826.0), ("
        "'ananya.sharma4@gmail.com', 101611.8), ('aditya.sharma2@gmail.com', 81681.8), ('rohan.reddy62@gmail."
        "com', 41844.8)]; understood: revenue by customer · all data up to the analysis date · all customers "
        "· Top 5"
    ),
    'razorpay::by_method': (
        "ASKS BACK: expected {card: 1,010,741.00, netbanking: 975,270.00, upi: 1,819,514.00, wallet: 824,777."
        "00}; got I do not know 'payment' in this data (understood: revenue). Please rephrase. options=[]; un"
        "derstood: understood so far: revenue by method · all data up to the analysis date · all customers — "
        "open: I do not know 'payment' in this data (understood: revenue). Please rephrase."
    ),
    'razorpay::fees': (
        "ASKS BACK: expected 92,606.04; got I did not recognise a metric in the question ('fees' is unknown t"
        "o me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per c"
        "ountry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit"
        "\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did"
        " not recognise a metric in the question ('fees' is unknown to me). Which of these do you mean?"
    ),
    'razorpay::upi_aug': (
        "SILENT: expected 176,946.00; got 180,292.40; understood: revenue · August 2024 · method upi · all cu"
        "stomers"
    ),
    'razorpay::de_monat': (
        "SILENT: expected {2024-01: 581,368.00, 2024-02: 556,374.00, 2024-03: 513,368.00, 2024-04: 387,386.00"
        ", 2024-05: 547,866.00, 2024-06: 412,880.00, …}; got {2024-01: 587,238.80, 2024-02: 578,280.20, 2024-"
        "03: 513,013.00, 2024-04: 404,917.60, 2024-05: 548,879.40, 2024-06: 421,851.40, …} columns=['month', "
        "'revenue']; understood: Umsatz je Monat · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'razorpay::de_q1': (
        "ASKS BACK: expected 390; got Ich habe in der Frage keine Kennzahl erkannt ('Zahlungen' kenne ich nic"
        "ht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwert für"
        " Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe der Gutschr"
        "iften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood: bisher"
        " verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Zahlungen' k"
        "enne ich nicht). Meinen Sie eines davon?"
    ),
    'freshbooks_map::revenue': (
        "SILENT: expected 762,940.42; got 773,212.34 = drafts counted and Tax subtracted (Amount read as gros"
        "s); understood: revenue · all data up to the analysis date · all customers"
    ),
    'freshbooks_map::orders': (
        "SILENT: expected 821; got 900; understood: orders · all data up to the analysis date · all customers"
    ),
    'freshbooks_map::customers': (
        "SILENT: expected 212; got 214; understood: customers · all data up to the analysis date · all custom"
        "ers"
    ),
    'freshbooks_map::aov': (
        "SILENT: expected 929.28; got 859.12; understood: average order value · all data up to the analysis d"
        "ate · all customers"
    ),
    'freshbooks_map::repeat': (
        "SILENT: expected 0.7783 (or 77.83); got 0.8224; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    'freshbooks_map::top5': (
        "SILENT: expected [('Acme Smith LLC', 135810.24), ('Summit Smith Inc.', 38239.39), ('Redwood Smith Lt"
        "d', 17802.23), ('Harbor Smith Group', 16255.78), ('Bluebird Smith Co.', 14151.34)]; got [('acme smit"
        "h llc', 129543.06), ('summit smith inc.', 46336.91), ('redwood smith ltd', 19316.88), ('harbor smith"
        " group', 14914.69), ('bluebird smith co.', 13263.05)]; understood: revenue by customer · all data up"
        " to the analysis date · all customers · Top 5"
    ),
    'freshbooks_map::by_item': (
        "SILENT: expected {Consulting: 204,679.51, Design: 199,034.44, Development: 170,648.89, Maintenance: "
        "188,577.58}; got {consulting: 198,087.19, design: 213,350.52, development: 172,379.24, maintenance: "
        "189,395.39} columns=['item_name', 'revenue']; understood: revenue by Item Name · all data up to the "
        "analysis date · all customers"
    ),
    'freshbooks_map::outstanding': (
        "SILENT: expected 283,508.15; got no single number: columns=['outstanding', 'revenue'] rows=357; unde"
        "rstood: revenue by Outstanding · all data up to the analysis date · all customers"
    ),
    'freshbooks_map::q4_23': (
        "ASKS BACK: expected 109,949.05; got I did not recognise a metric in the question ('bill' is unknown "
        "to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per "
        "country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profi"
        "t\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I di"
        "d not recognise a metric in the question ('bill' is unknown to me). Which of these do you mean?"
    ),
    'freshbooks_map::yoy': (
        "ASKS BACK: expected {2023: 430,394.57, 2024: 332,545.85}; got I do not know 'YoY' in this data (unde"
        "rstood: revenue). Please rephrase. options=[]; understood: understood so far: revenue by year · all "
        "data up to the analysis date · all customers — open: I do not know 'YoY' in this data (understood: r"
        "evenue). Please rephrase."
    ),
    'freshbooks_map::de_dev': (
        "SILENT: expected 62,477.14; got no single number: columns=['month', 'revenue'] rows=10; understood: "
        "Umsatz je Monat · 2024 · Item Name Development · alle Kunden"
    ),
    'bigcommerce_map::customers': (
        "SILENT: expected 428; got 429 = guest id 0 counted as a customer; understood: customers · all data u"
        "p to the analysis date · all customers"
    ),
    'bigcommerce_map::repeat': (
        "SILENT: expected 0.6379 (or 63.79); got 0.6387; understood: repeat rate · all data up to the analysi"
        "s date · all customers"
    ),
    'bigcommerce_map::top5': (
        "SILENT: expected [('2000', 30997.86), ('2001', 9239.93), ('2002', 3938.87), ('2003', 2374.93), ('200"
        "4', 1390.53)]; got [('2000', 30997.86), ('0', 25895.43), ('2001', 9239.93), ('2002', 3938.87), ('200"
        "3', 2374.93)]; understood: revenue by customer · all data up to the analysis date · all customers · "
        "Top 5"
    ),
    'bigcommerce_map::bf23': (
        "ASKS BACK: expected 4,039.77; got I do not know 'Black', 'Friday', 'Nov' in this data (understood: r"
        "evenue). Did you mean: acquisition payback? options=['acquisition payback']; understood: understood "
        "so far: revenue · 2023 vs 2023 · all data up to the analysis date · all customers — open: I do not k"
        "now 'Black', 'Friday', 'Nov' in this data (understood: revenue). Did you mean: acquisition payback?"
    ),
    'bigcommerce_map::cyber': (
        "ASKS BACK: expected 14,603.35; got I do not know 'Black', 'Friday', 'through Cyber' in this data (un"
        "derstood: revenue). Did you mean: acquisition payback? options=['acquisition payback']; understood: "
        "understood so far: revenue · November 2023 vs 2023 · all data up to the analysis date · all customer"
        "s — open: I do not know 'Black', 'Friday', 'through Cyber' in this data (understood: revenue). Did y"
        "ou mean: acquisition payback?"
    ),
    'bigcommerce_map::yoy': (
        "ASKS BACK: expected {2023: 117,147.74, 2024: 82,241.84}; got I do not know 'YoY' in this data (under"
        "stood: revenue). Please rephrase. options=[]; understood: understood so far: revenue · all data up t"
        "o the analysis date · all customers — open: I do not know 'YoY' in this data (understood: revenue). "
        "Please rephrase."
    ),
    'toast_map::revenue': (
        "SILENT: expected 160,420.09; got 146,383.53 = Tax subtracted (Amount read as gross); understood: rev"
        "enue · all data up to the analysis date · all customers"
    ),
    'toast_map::aov': (
        "SILENT: expected 95.89; got 87.50; understood: average order value · all data up to the analysis dat"
        "e · all customers"
    ),
    'toast_map::top5': (
        "SILENT: expected [('james.smith0@example.com', 11203.01), ('mary.smith1@example.com', 3316.29), ('ro"
        "bert.smith2@example.com', 843.01), ('patricia.smith3@example.com', 745.65), ('elizabeth.williams55@e"
        "xample.com', 665.38)]; got [('james.smith0@example.com', 10222.74), ('mary.smith1@example.com', 3026"
        ".1), ('robert.smith2@example.com', 769.24), ('patricia.smith3@example.com', 680.42), ('elizabeth.wil"
        "liams55@example.com', 607.17)]; understood: revenue by customer · all data up to the analysis date ·"
        " all customers · Top 5"
    ),
    'toast_map::tips': (
        "ASKS BACK: expected 23,781.75; got I do not know 'tips' in this data (understood: revenue). Did you "
        "mean: Tip, total Tip? options=['Tip', 'total Tip']; understood: understood so far: revenue · all dat"
        "a up to the analysis date · all customers — open: I do not know 'tips' in this data (understood: rev"
        "enue). Did you mean: Tip, total Tip?"
    ),
    'toast_map::comps': (
        "ASKS BACK: expected 6,698.17; got I did not recognise a metric in the question ('comp' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit\""
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('comp' is unknown to me). Which of these do you mean?"
    ),
    'toast_map::by_rc': (
        "SILENT: expected {Bar: 31,358.64, Dining Room: 68,297.53, Patio: 31,167.02, Takeout: 29,596.90}; got"
        " {bar: 28,614.87, dining room: 62,321.41, patio: 28,439.97, takeout: 27,007.28} columns=['revenue_ce"
        "nter', 'revenue']; understood: revenue by Revenue Center · all data up to the analysis date · all cu"
        "stomers"
    ),
    'toast_map::by_server': (
        "SILENT: expected {Ashley M.: 33,299.73, Brianna K.: 31,999.14, Jordan P.: 31,112.83, Kayla S.: 29,93"
        "7.98, Tyler R.: 34,070.41}; got {ashley m.: 30,386.05, brianna k.: 29,199.25, jordan p.: 28,390.50, "
        "kayla s.: 27,318.44, tyler r.: 31,089.29} columns=['server', 'revenue']; understood: revenue by Serv"
        "er · all data up to the analysis date · all customers"
    ),
    'toast_map::mom': (
        "ASKS BACK: expected {2024-01: 16,888.47, 2024-02: 15,320.09, 2024-03: 14,909.46, 2024-04: 16,990.12,"
        " 2024-05: 17,267.93, 2024-06: 16,530.99, …}; got I do not know 'MoM' in this data (understood: reven"
        "ue). Did you mean: month, dining room? options=['month', 'dining room']; understood: understood so f"
        "ar: revenue · 2024 · all customers — open: I do not know 'MoM' in this data (understood: revenue). D"
        "id you mean: month, dining room?"
    ),
    'toast_map::de_bar': (
        "SILENT: expected 10,098.64; got 9,214.97; understood: Umsatz · Q3 2024 · Revenue Center Bar · alle K"
        "unden"
    ),
    'uk_vat_map::vat': (
        "ASKS BACK: expected 122,269.51; got I do not know 'charge' in this data (understood: total VAT). Did"
        " you mean: share of customers, order share, revenue share? options=['share of customers', 'order sha"
        "re', 'revenue share']; understood: understood so far: total VAT · all data up to the analysis date ·"
        " all customers — open: I do not know 'charge' in this data (understood: total VAT). Did you mean: sh"
        "are of customers, order share, revenue share?"
    ),
    'uk_vat_map::de_overdue': (
        "ASKS BACK: expected 200; got Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstanden: Auft"
        "räge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Aufträge · alle Daten bi"
        "s zum Stichtag · alle Kunden — offen: Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstan"
        "den: Aufträge). Bitte anders formulieren."
    ),
    'india_gst_map::import': (
        "REFUSED: Invoice.csv: column 'Taxable Value' (amount) row 1: '₹90,080.92' is not a number (1,000 bad"
        " rows in this column); fix the value or map another column with --map"
    ),
    'myob_au_map::import': (
        "REFUSED: SalesRegister.csv: no column for required 'amount' of order_lines (or quantity + unit_price"
        "); headers: Date, Invoice No., Co./Last Name, Status, Salesperson, Amount (inc GST), GST; closest: '"
        "Salesperson' (90), 'Amount (inc GST)' (90); map one with --map \"Salesperson=amount\""
    ),
    'myob_au_map_full::revenue': (
        "SILENT: expected 718,734.09; got 790,607.78 = GST included; understood: revenue · all data up to the"
        " analysis date · all customers"
    ),
    'myob_au_map_full::aov': (
        "SILENT: expected 788.95; got 867.85 = GST included; understood: average order value · all data up to"
        " the analysis date · all customers"
    ),
    'myob_au_map_full::top5': (
        "SILENT: expected [('Smith Acme Pty Ltd', 136028.96), ('Johnson Acme Pty Ltd', 32956.1), ('Williams A"
        "cme Pty Ltd', 21874.25), ('Jones Acme Pty Ltd', 15396.93), ('Rodriguez Acme Pty Ltd', 11423.97)]; go"
        "t [('smith acme pty ltd', 149631.89), ('johnson acme pty ltd', 36251.7), ('williams acme pty ltd', 2"
        "4061.68), ('jones acme pty ltd', 16936.62), ('rodriguez acme pty ltd', 12566.35)]; understood: reven"
        "ue by customer · all data up to the analysis date · all customers · Top 5"
    ),
    'myob_au_map_full::fy_range': (
        "SILENT: expected 559,085.55; got 614,994.32; understood: revenue · 2023-07-01 to 2024-06-30 · all cu"
        "stomers"
    ),
    'myob_au_map_full::by_rep': (
        "SILENT: expected {Bruce W.: 250,376.49, Mick D.: 258,547.17, Sheila T.: 209,810.43}; got {bruce w.: "
        "275,414.18, mick d.: 284,402.08, sheila t.: 230,791.52} columns=['salesperson', 'revenue']; understo"
        "od: revenue by Salesperson · all data up to the analysis date · all customers"
    ),
    'myob_au_map_full::open': (
        "SILENT: expected 229,547.17; got 290; understood: orders · all data up to the analysis date · order "
        "status Open · all customers"
    ),
    'myob_au_map_full::de_aug': (
        "SILENT: expected 57,649.56; got 63,414.53; understood: Umsatz · August 2024 · alle Kunden"
    ),
    'myob_au_map_full::de_q': (
        "SILENT: expected {2023-Q3: 129,728.31, 2023-Q4: 125,607.05, 2024-Q1: 144,832.35, 2024-Q2: 158,917.84"
        ", 2024-Q3: 142,150.42, 2024-Q4: 17,498.12}; got {2023-q3: 142,701.17, 2023-q4: 138,167.83, 2024-q1: "
        "159,315.62, 2024-q2: 174,809.70, 2024-q3: 156,365.52, 2024-q4: 19,247.94} columns=['quarter', 'reven"
        "ue']; understood: Umsatz je Quartal · alle Daten bis zum Stichtag · alle Kunden"
    ),
    'clover_xlsx_map::revenue': (
        "SILENT: expected 36,242.12; got 42,517.25 = Total incl. tax and tip summed; understood: total Total "
        "· all data up to the analysis date · all customers"
    ),
    'clover_xlsx_map::tips': (
        "ASKS BACK: expected 4,100.73; got I did not recognise a metric in the question ('tips' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        "untry, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of profit\""
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('tips' is unknown to me). Which of these do you mean?"
    ),
    'clover_xlsx_map::mom': (
        "ASKS BACK: expected {2024-01: 4,709.60, 2024-02: 3,322.34, 2024-03: 3,466.65, 2024-04: 3,434.34, 202"
        "4-05: 3,847.58, 2024-06: 3,499.33, …}; got I do not know 'MoM' in this data (understood: revenue). D"
        "id you mean: month? options=['month']; understood: understood so far: revenue · 2024 · all customers"
        " — open: I do not know 'MoM' in this data (understood: revenue). Did you mean: month?"
    ),
    'gsheets_map::unpaid': (
        "ASKS BACK: expected 29,053.44; got I did not recognise a metric in the question ('unpaid' is unknown"
        " to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per"
        " country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's share of prof"
        "it\", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I d"
        "id not recognise a metric in the question ('unpaid' is unknown to me). Which of these do you mean?"
    ),
    'gsheets_map::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        "stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome"
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        "sion, Net Promoter Score?"
    ),
    'gsheets_map::weddings': (
        "ASKS BACK: expected 48; got I do not know 'shoot' in this data (understood: documents). Did you mean"
        ": headshots, service headshots? options=['headshots', 'service headshots']; understood: understood s"
        "o far: documents · 2024 · Service Wedding · all customers — open: I do not know 'shoot' in this data"
        " (understood: documents). Did you mean: headshots, service headshots?"
    ),
    'paddle_map::revenue': (
        "SILENT: expected 84,308.00; got 7,938.00; understood: revenue · all data up to the analysis date · c"
        "ountry IN · all customers"
    ),
    'paddle_map::customers': (
        "SILENT: expected 375; got 124; understood: customers · all data up to the analysis date · country US"
        " · all customers"
    ),
    'paddle_map::mom': (
        "ASKS BACK: expected {2024-01: 6,899.00, 2024-02: 7,336.00, 2024-03: 5,951.00, 2024-04: 6,011.00, 202"
        "4-05: 7,920.00, 2024-06: 7,883.00, …}; got I do not know 'MoM' in this data (understood: revenue). D"
        "id you mean: month, united kingdom? options=['month', 'united kingdom']; understood: understood so f"
        "ar: revenue · 2024 · country IN · all customers — open: I do not know 'MoM' in this data (understood"
        ": revenue). Did you mean: month, united kingdom?"
    ),
    'paddle_map::mrr': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: $84,308.00. Re"
        "tention rate 2024 (compared with 2023): 88.9 %.'; understood: revenue + retention rate · all data up"
        " to the analysis date · all customers"
    ),
    'maxio_map::credits': (
        "ASKS BACK: expected 3,138.00 (or -3,138.00); got I did not recognise a metric in the question ('cred"
        "it' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number of"
        " customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany's"
        " share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defini"
        "te — open: I did not recognise a metric in the question ('credit' is unknown to me). Which of these "
        "do you mean?"
    ),
    'maxio_map::open': (
        "SILENT: expected 32,363.00; got 62; understood: orders · all data up to the analysis date · order st"
        "atus open · all customers"
    ),
    'klaviyo_map::accepts': (
        "ASKS BACK: expected 0.6039 (or 60.39); got I do not know 'accept', 'marketing' in this data (underst"
        "ood: customers). Did you mean: share Accepts Marketing, Accepts Marketing, accepts marketing false? "
        "options=['share Accepts Marketing', 'Accepts Marketing', 'accepts marketing false']; understood: und"
        "erstood so far: customers · all data up to the analysis date · all customers — open: I do not know '"
        "accept', 'marketing' in this data (understood: customers). Did you mean: share Accepts Marketing, Ac"
        "cepts Marketing, accepts marketing false?"
    ),
    'maxio_map::churned': (
        "SILENT: 'How many churned accounts did we have last month?' answered with the churn rate of 2024-09 (17 of 25 "
        "customers of 2024-08) where a count or an ask-back was expected"
    ),
}
