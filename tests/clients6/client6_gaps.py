"""Known gaps of insight on the round-6 client files (make_clients6.py): test id -> what insight does.
Run as strict xfails by test_clients6.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""


GAPS: dict[str, str] = {
    'energy::kwh': (
        "ASKS BACK: expected 3,364,599.00; got I did not recognise a metric in the question ('Gesamtverbrauch"
        "', 'kWh' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Numb"
        'er of customers per country, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germ'
        'any\'s share of profit", \'How many orders were cancelled?\']; understood: understood so far: nothing d'
        "efinite — open: I did not recognise a metric in the question ('Gesamtverbrauch', 'kWh' is unknown to"
        ' me). Which of these do you mean?'
    ),
    'praxis::pkv': (
        "ASKS BACK: expected 10,129.00; got Das Wort 'Privatpatienten' kenne ich in diesen Daten nicht (verst"
        'anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D'
        "aten bis zum Stichtag · Kostenträger PKV · alle Kunden — offen: Das Wort 'Privatpatienten' kenne ich"
        ' in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren.'
    ),
    'praxis::offen': (
        "ASKS BACK: expected 28,555.10; got Das Wort 'abgerechnet aber' kenne ich in diesen Daten nicht. Was "
        "möchten Sie über abgerechnet wissen? options=['Umsatz abgerechnet', 'Anzahl Kunden abgerechnet', 'Au"
        "fträge abgerechnet']; understood: bisher verstanden: nichts Eindeutiges — offen: Das Wort 'abgerechn"
        "et aber' kenne ich in diesen Daten nicht. Was möchten Sie über abgerechnet wissen?"
    ),
    'energy_map::kwh': (
        "ASKS BACK: expected 3,364,599.00; got I did not recognise a metric in the question ('Gesamtverbrauch"
        "', 'kWh' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Numb"
        'er of customers per country, top 5\', \'share of orders from Germany\', \'total value of returns\', "Germ'
        'any\'s share of profit", \'How many orders were cancelled?\']; understood: understood so far: nothing d'
        "efinite — open: I did not recognise a metric in the question ('Gesamtverbrauch', 'kWh' is unknown to"
        ' me). Which of these do you mean?'
    ),
    'praxis_map::pkv': (
        "ASKS BACK: expected 10,129.00; got Das Wort 'Privatpatienten' kenne ich in diesen Daten nicht (verst"
        'anden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle D'
        "aten bis zum Stichtag · Kostenträger PKV · alle Kunden — offen: Das Wort 'Privatpatienten' kenne ich"
        ' in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren.'
    ),
    'praxis_map::offen': (
        "ASKS BACK: expected 28,555.10; got Das Wort 'abgerechnet aber' kenne ich in diesen Daten nicht. Was "
        "möchten Sie über abgerechnet wissen? options=['Umsatz abgerechnet', 'Anzahl Kunden abgerechnet', 'Au"
        "fträge abgerechnet']; understood: bisher verstanden: nichts Eindeutiges — offen: Das Wort 'abgerechn"
        "et aber' kenne ich in diesen Daten nicht. Was möchten Sie über abgerechnet wissen?"
    ),
}
