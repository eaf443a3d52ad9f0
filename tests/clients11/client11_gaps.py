"""Known gaps of insight on the round-11 client files (make_clients11.py): test id -> what insight does.
Run as strict xfails by test_clients11.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "belegart::usd": "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'; understood: revenue · all data up to the analysis date · all customers",
    "odoo_so::quotes": "ASKS BACK: expected 101.00; got Das Wort 'Angebote', 'offen' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus Quotation · alle Kunden — offen: Das Wort 'Angebote', 'offen' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren.",
    "belegart_map::usd": "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Revenue: 1,097,470.57.'; understood: revenue · all data up to the analysis date · all customers",
}
