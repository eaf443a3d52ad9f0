"""Known gaps of insight on the round-10 client files (make_clients10.py): test id -> what insight does.
Run as strict xfails by test_clients10.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "tally_in::fy": (
        "ASKS BACK: expected 23,509,715.54; got Die Zeitangabe ('2023-24') kann ich keinem Zeitraum zuordnen."
        " Welchen Zeitraum meinen Sie? options=['Umsatz 2024', 'Umsatz 1. Halbjahr 2024', 'Umsatz 2. Halbjahr"
        " 2024', 'Umsatz Q1 2024', 'Umsatz Q4 2024']; understood: bisher verstanden: nichts Eindeutiges — off"
        "en: Die Zeitangabe ('2023-24') kann ich keinem Zeitraum zuordnen. Welchen Zeitraum meinen Sie?"
    ),
    "tally_in::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 36.871.947,34.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faire_us::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 344.570,50.'; u"
        "nderstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "tally_in_map::fy": (
        "ASKS BACK: expected 23,509,715.54; got Die Zeitangabe ('2023-24') kann ich keinem Zeitraum zuordnen."
        " Welchen Zeitraum meinen Sie? options=['Umsatz 2024', 'Umsatz 1. Halbjahr 2024', 'Umsatz 2. Halbjahr"
        " 2024', 'Umsatz Q1 2024', 'Umsatz Q4 2024']; understood: bisher verstanden: nichts Eindeutiges — off"
        "en: Die Zeitangabe ('2023-24') kann ich keinem Zeitraum zuordnen. Welchen Zeitraum meinen Sie?"
    ),
    "tally_in_map::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 36.871.947,34.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "faire_us_map::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 344.570,50.'; u"
        "nderstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
}
