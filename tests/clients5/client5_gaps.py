"""Known gaps of insight on the round-5 client files (make_clients5.py): test id -> what insight does.
Run as strict xfails by test_clients5.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'etsy::refunded': (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
    'amazon_settlement::import': (
        "REFUSED: settlement_11873423011.txt: 'settlement-id' makes this a settlement (payout) report — the m"
        "oney a marketplace or payment provider paid out, with its fees and refunds, not orders; no column fo"
        "r required 'customer_id'. Export the orders report instead (e.g. Amazon 'All Orders', the shop's ord"
        "er export), or map the columns with --map \"Header=customer_id\""
    ),
    'stripe_balance::payouts': (
        "ASKS BACK: expected 66,060.24 (or -66,060.24); got I do not know 'bank' in this data (understood: am"
        "ount of fees and payouts). Did you mean: value by tenure band, tenure band, income band? options=['v"
        "alue by tenure band', 'tenure band', 'income band']; understood: understood so far: amount of fees a"
        "nd payouts · all data up to the analysis date · Type payout · all customers — open: I do not know 'b"
        "ank' in this data (understood: amount of fees and payouts). Did you mean: value by tenure band, tenu"
        "re band, income band?"
    ),
    'etsy_map::refunded': (
        "ASKS BACK: expected 5,269.78 (or -5,269.78); got I did not recognise a metric in the question ('refu"
        "nded' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number "
        "of customers per country, top 5', 'share of orders from Germany', 'total value of returns', \"Germany"
        "'s share of profit\", 'How many orders were cancelled?']; understood: understood so far: nothing defi"
        "nite — open: I did not recognise a metric in the question ('refunded' is unknown to me). Which of th"
        "ese do you mean?"
    ),
}
