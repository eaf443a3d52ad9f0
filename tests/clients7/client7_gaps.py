"""Known gaps of insight on the round-7 client files (make_clients7.py): test id -> what insight does.
Run as strict xfails by test_clients7.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    'uk_vat::de_overdue': (
        "ASKS BACK: expected 200; got Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstanden: Auft"
        'räge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Aufträge · alle Daten bi'
        "s zum Stichtag · alle Kunden — offen: Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstan"
        'den: Aufträge). Bitte anders formulieren.'
    ),
    'gsheets::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        'stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome'
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        'sion, Net Promoter Score?'
    ),
    'uk_vat_map::de_overdue': (
        "ASKS BACK: expected 200; got Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstanden: Auft"
        'räge). Bitte anders formulieren. options=[]; understood: bisher verstanden: Aufträge · alle Daten bi'
        "s zum Stichtag · alle Kunden — offen: Das Wort 'überfällig' kenne ich in diesen Daten nicht (verstan"
        'den: Aufträge). Bitte anders formulieren.'
    ),
    'gsheets_map::refunds': (
        "ASKS BACK: expected 27; got I do not know 'sessions' in this data (understood: customers). Did you m"
        "ean: portrait session, Net Promoter Score? options=['portrait session', 'Net Promoter Score']; under"
        'stood: understood so far: customers · all data up to the analysis date · Refunded TRUE · all custome'
        "rs — open: I do not know 'sessions' in this data (understood: customers). Did you mean: portrait ses"
        'sion, Net Promoter Score?'
    ),
}
