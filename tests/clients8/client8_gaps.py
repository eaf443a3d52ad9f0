"""Known gaps of insight on the round-8 client files (make_clients8.py): test id -> what insight does.
Run as strict xfails by test_clients8.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "umfrage_matrix::n_fix": "ASKS BACK: expected 1.0000; got Das Wort 'vielen', 'ansetzen', 'niedrige' kenne ich in diesen Daten "
    "nicht (verstanden: Wichtigkeit × Zufriedenheit). Meinten Sie: vielversprechend, vielversprechende, v"
    "ielversprechenden, Alter? options=['vielversprechend', 'vielversprechende', 'vielversprechenden', 'A"
    "lter']; understood: bisher verstanden: Wichtigkeit × Zufriedenheit je Aspekt · alle Daten bis zum St"
    "ichtag · alle Kunden — offen: Das Wort 'vielen', 'ansetzen', 'niedrige' kenne ich in diesen Daten ni"
    "cht (verstanden: Wichtigkeit × Zufriedenheit). Meinten Sie: vielversprechend, vielversprechende, vie"
    "lversprechenden, Alter?",
    "zendesk_xentral::n2": "ASKS BACK: expected 43.00; got Das Wort 'beschwert' kenne ich in diesen Daten nicht (verstanden: Kun"
    "den). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abwanderung? options=['Besch"
    "werdeanalyse', 'Reaktionszeit auf Beschwerden und Abwanderung']; understood: bisher verstanden: Kund"
    "en · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'beschwert' kenne ich in diesen Dat"
    "en nicht (verstanden: Kunden). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abw"
    "anderung?",
    "qualtrics_weclapp::respondents": "ASKS BACK: expected 260.00; got I do not know 'answered', 'survey' in this data (understood: custome"
    "rs). Did you mean: survey responses? options=['survey responses']; understood: understood so far: cu"
    "stomers · all data up to the analysis date · all customers — open: I do not know 'answered', 'survey"
    "' in this data (understood: customers). Did you mean: survey responses?",
    "umfrage_matrix_t::n_fix": "ASKS BACK: expected 1.0000; got Das Wort 'vielen', 'ansetzen', 'niedrige' kenne ich in diesen Daten "
    "nicht (verstanden: Wichtigkeit × Zufriedenheit). Meinten Sie: vielversprechend, vielversprechende, v"
    "ielversprechenden, Alter? options=['vielversprechend', 'vielversprechende', 'vielversprechenden', 'A"
    "lter']; understood: bisher verstanden: Wichtigkeit × Zufriedenheit je Aspekt · alle Daten bis zum St"
    "ichtag · alle Kunden — offen: Das Wort 'vielen', 'ansetzen', 'niedrige' kenne ich in diesen Daten ni"
    "cht (verstanden: Wichtigkeit × Zufriedenheit). Meinten Sie: vielversprechend, vielversprechende, vie"
    "lversprechenden, Alter?",
    "zendesk_xentral_t::n2": "ASKS BACK: expected 43.00; got Das Wort 'beschwert' kenne ich in diesen Daten nicht (verstanden: Kun"
    "den). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abwanderung? options=['Besch"
    "werdeanalyse', 'Reaktionszeit auf Beschwerden und Abwanderung']; understood: bisher verstanden: Kund"
    "en · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'beschwert' kenne ich in diesen Dat"
    "en nicht (verstanden: Kunden). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abw"
    "anderung?",
    "qualtrics_weclapp_t::respondents": "ASKS BACK: expected 260.00; got I do not know 'answered', 'survey' in this data (understood: custome"
    "rs). Did you mean: survey responses? options=['survey responses']; understood: understood so far: cu"
    "stomers · all data up to the analysis date · all customers — open: I do not know 'answered', 'survey"
    "' in this data (understood: customers). Did you mean: survey responses?",
    "anonym_umfrage_t::csat": "ASKS BACK: expected 2.1810; got Das Wort 'Sortiment' kenne ich in diesen Daten nicht (verstanden: Ku"
    "ndenzufriedenheit). Bitte anders formulieren. options=[]; understood: bisher verstanden: Kundenzufri"
    "edenheit · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Sortiment' kenne ich in dies"
    "en Daten nicht (verstanden: Kundenzufriedenheit). Bitte anders formulieren.",
}
