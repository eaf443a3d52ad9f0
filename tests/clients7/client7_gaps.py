"""Known gaps of insight on the round-7 client files (make_clients7.py): test id -> what insight does.
Run as strict xfails by test_clients7.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    'freshbooks::outstanding': (
        "SILENT: expected 283,508.15; got no single number: columns=['outstanding', 'revenue'] rows=278; unde"
        'rstood: revenue by Outstanding · all data up to the analysis date · all customers'
    ),
    'freshbooks::q4_23': (
        "ASKS BACK: expected 109,949.05; got I did not recognise a metric in the question ('bill' is unknown "
        "to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per "
        'country, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germany\'s share of profi'
        't", \'How many orders were cancelled?\']; understood: understood so far: nothing definite — open: I di'
        "d not recognise a metric in the question ('bill' is unknown to me). Which of these do you mean?"
    ),
    'freshbooks::yoy': (
        "ASKS BACK: expected {2023: 430,394.57, 2024: 332,545.85}; got I do not know 'YoY' in this data (unde"
        'rstood: revenue). Please rephrase. options=[]; understood: understood so far: revenue by year · all '
        "data up to the analysis date · all customers — open: I do not know 'YoY' in this data (understood: r"
        'evenue). Please rephrase.'
    ),
    'freshbooks::de_dev': (
        "SILENT: expected 62,477.14; got no single number: columns=['month', 'revenue'] rows=10; understood: "
        'Umsatz je Monat · 2024 · Item Name Development · alle Kunden'
    ),
    'bigcommerce::bf23': (
        "ASKS BACK: expected 4,039.77; got I do not know 'Black', 'Friday', 'Nov' in this data (understood: r"
        "evenue). Did you mean: acquisition payback? options=['acquisition payback']; understood: understood "
        'so far: revenue · 2023 vs 2023 · all data up to the analysis date · all customers — open: I do not k'
        "now 'Black', 'Friday', 'Nov' in this data (understood: revenue). Did you mean: acquisition payback?"
    ),
    'bigcommerce::cyber': (
        "ASKS BACK: expected 14,603.35; got I do not know 'Black', 'Friday', 'through Cyber' in this data (un"
        "derstood: revenue). Did you mean: acquisition payback? options=['acquisition payback']; understood: "
        'understood so far: revenue · November 2023 vs 2023 · all data up to the analysis date · all customer'
        "s — open: I do not know 'Black', 'Friday', 'through Cyber' in this data (understood: revenue). Did y"
        'ou mean: acquisition payback?'
    ),
    'bigcommerce::yoy': (
        "ASKS BACK: expected {2023: 117,147.74, 2024: 82,241.84}; got I do not know 'YoY' in this data (under"
        'stood: revenue). Please rephrase. options=[]; understood: understood so far: revenue · all data up t'
        "o the analysis date · all customers — open: I do not know 'YoY' in this data (understood: revenue). "
        'Please rephrase.'
    ),
    'toast::tips': (
        "ASKS BACK: expected 23,781.75; got I do not know 'tips' in this data (understood: revenue). Did you "
        "mean: Tip, total Tip? options=['Tip', 'total Tip']; understood: understood so far: revenue · all dat"
        "a up to the analysis date · all customers — open: I do not know 'tips' in this data (understood: rev"
        'enue). Did you mean: Tip, total Tip?'
    ),
    'toast::comps': (
        "ASKS BACK: expected 6,698.17; got I did not recognise a metric in the question ('comp' is unknown to"
        " me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per co"
        'untry, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germany\'s share of profit"'
        ", 'How many orders were cancelled?']; understood: understood so far: nothing definite — open: I did "
        "not recognise a metric in the question ('comp' is unknown to me). Which of these do you mean?"
    ),
    'toast::mom': (
        'ASKS BACK: expected {2024-01: 16,888.47, 2024-02: 15,320.09, 2024-03: 14,909.46, 2024-04: 16,990.12,'
        " 2024-05: 17,267.93, 2024-06: 16,530.99, …}; got I do not know 'MoM' in this data (understood: reven"
        "ue). Did you mean: month, dining room? options=['month', 'dining room']; understood: understood so f"
        "ar: revenue · 2024 · all customers — open: I do not know 'MoM' in this data (understood: revenue). D"
        'id you mean: month, dining room?'
    ),
    'klaviyo::accepts': (
        "ASKS BACK: expected 0.6039 (or 60.39); got I do not know 'accept', 'marketing' in this data (underst"
        'ood: customers). Did you mean: share Accepts Marketing, Accepts Marketing, accepts marketing false? '
        "options=['share Accepts Marketing', 'Accepts Marketing', 'accepts marketing false']; understood: und"
        "erstood so far: customers · all data up to the analysis date · all customers — open: I do not know '"
        "accept', 'marketing' in this data (understood: customers). Did you mean: share Accepts Marketing, Ac"
        'cepts Marketing, accepts marketing false?'
    ),
    'uk_vat::vat': (
        "ASKS BACK: expected 122,269.51; got I do not know 'charge' in this data (understood: total VAT). Did"
        " you mean: share of customers, order share, revenue share? options=['share of customers', 'order sha"
        "re', 'revenue share']; understood: understood so far: total VAT · all data up to the analysis date ·"
        " all customers — open: I do not know 'charge' in this data (understood: total VAT). Did you mean: sh"
        'are of customers, order share, revenue share?'
    ),
    'uk_vat::de_overdue': (
        "ASKS BACK: expected 200; got Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstanden: Auft"
        'räge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Aufträge · alle Daten bi'
        "s zum Stichtag · alle Kunden — offen: Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstan"
        'den: Aufträge). Bitte anders formulieren.'
    ),
    'myob_au::open': (
        'SILENT: expected 229,547.17; got 290; understood: orders · all data up to the analysis date · order '
        'status Open · all customers'
    ),
    'myob_au::credits': (
        "ASKS BACK: expected 39; got I do not know 'issue' in this data (understood: return documents). Pleas"
        'e rephrase. options=[]; understood: understood so far: return documents · all data up to the analysi'
        "s date · all customers — open: I do not know 'issue' in this data (understood: return documents). Pl"
        'ease rephrase.'
    ),
    'gsheets::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        'stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome'
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        'sion, Net Promoter Score?'
    ),
    'maxio::credits': (
        "ASKS BACK: expected 3,138.00 (or -3,138.00); got I did not recognise a metric in the question ('cred"
        "it' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number of"
        ' customers per country, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germany\'s'
        ' share of profit", \'How many orders were cancelled?\']; understood: understood so far: nothing defini'
        "te — open: I did not recognise a metric in the question ('credit' is unknown to me). Which of these "
        'do you mean?'
    ),
    'maxio::open': (
        'SILENT: expected 32,363.00; got 62; understood: orders · all data up to the analysis date · order st'
        'atus open · all customers'
    ),
    'maxio::churned': (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Churn rate 2024-09 (com"
        "pared with 2024-08): 68 % – 17 of 25 customers of 2024-08 did not order again in 2024-09.'; understo"
        'od: churn rate · last month (September 2024) · all customers'
    ),
    'razorpay::by_method': (
        'ASKS BACK: expected {card: 1,010,741.00, netbanking: 975,270.00, upi: 1,819,514.00, wallet: 824,777.'
        "00}; got I do not know 'payment' in this data (understood: revenue). Please rephrase. options=[]; un"
        'derstood: understood so far: revenue by method · all data up to the analysis date · all customers — '
        "open: I do not know 'payment' in this data (understood: revenue). Please rephrase."
    ),
    'razorpay::fees': (
        "ASKS BACK: expected 92,606.04; got I did not recognise a metric in the question ('fees' is unknown t"
        "o me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per c"
        'ountry, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germany\'s share of profit'
        '", \'How many orders were cancelled?\']; understood: understood so far: nothing definite — open: I did'
        " not recognise a metric in the question ('fees' is unknown to me). Which of these do you mean?"
    ),
    'freshbooks_map::outstanding': (
        "SILENT: expected 283,508.15; got no single number: columns=['outstanding', 'revenue'] rows=278; unde"
        'rstood: revenue by Outstanding · all data up to the analysis date · all customers'
    ),
    'freshbooks_map::q4_23': (
        "ASKS BACK: expected 109,949.05; got I did not recognise a metric in the question ('bill' is unknown "
        "to me). Which of these do you mean? options=['What is the total revenue?', 'Number of customers per "
        'country, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germany\'s share of profi'
        't", \'How many orders were cancelled?\']; understood: understood so far: nothing definite — open: I di'
        "d not recognise a metric in the question ('bill' is unknown to me). Which of these do you mean?"
    ),
    'freshbooks_map::yoy': (
        "ASKS BACK: expected {2023: 430,394.57, 2024: 332,545.85}; got I do not know 'YoY' in this data (unde"
        'rstood: revenue). Please rephrase. options=[]; understood: understood so far: revenue by year · all '
        "data up to the analysis date · all customers — open: I do not know 'YoY' in this data (understood: r"
        'evenue). Please rephrase.'
    ),
    'freshbooks_map::de_dev': (
        "SILENT: expected 62,477.14; got no single number: columns=['month', 'revenue'] rows=10; understood: "
        'Umsatz je Monat · 2024 · Item Name Development · alle Kunden'
    ),
    'toast_map::mom': (
        'ASKS BACK: expected {2024-01: 16,888.47, 2024-02: 15,320.09, 2024-03: 14,909.46, 2024-04: 16,990.12,'
        " 2024-05: 17,267.93, 2024-06: 16,530.99, …}; got I do not know 'MoM' in this data (understood: reven"
        "ue). Did you mean: month, dining room? options=['month', 'dining room']; understood: understood so f"
        "ar: revenue · 2024 · all customers — open: I do not know 'MoM' in this data (understood: revenue). D"
        'id you mean: month, dining room?'
    ),
    'uk_vat_map::de_overdue': (
        "ASKS BACK: expected 200; got Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstanden: Auft"
        'räge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Aufträge · alle Daten bi'
        "s zum Stichtag · alle Kunden — offen: Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstan"
        'den: Aufträge). Bitte anders formulieren.'
    ),
    'myob_au_map::open': (
        'SILENT: expected 229,547.17; got 290; understood: orders · all data up to the analysis date · order '
        'status Open · all customers'
    ),
    'myob_au_map::credits': (
        "ASKS BACK: expected 39; got I do not know 'issue' in this data (understood: return documents). Pleas"
        'e rephrase. options=[]; understood: understood so far: return documents · all data up to the analysi'
        "s date · all customers — open: I do not know 'issue' in this data (understood: return documents). Pl"
        'ease rephrase.'
    ),
    'myob_au_map_full::open': (
        'SILENT: expected 229,547.17; got 290; understood: orders · all data up to the analysis date · order '
        'status Open · all customers'
    ),
    'gsheets_map::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        'stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome'
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        'sion, Net Promoter Score?'
    ),
}
