"""Known gaps of insight on the round-13 client files (make_clients13.py): test id -> what insight does.
Run as strict xfails by test_clients13.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "easybill_de::ust": (
        "ASKS BACK: expected 98,156.22; got I do not know 'VAT' in this data (understood: revenue). Did you m"
        "ean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by tenur"
        "e band', 'value by cohort']; understood: understood so far: revenue · all data up to the analysis da"
        "te · all customers — open: I do not know 'VAT' in this data (understood: revenue). Did you mean: val"
        "ue at risk, value by tenure band, value by cohort?"
    ),
    "vyapar_in::upi": (
        "ASKS BACK: expected 4,118,758.33; got 'upi' is a value in this data (Payment Type = UPI), not a colu"
        "mn to group by. Do you mean just that value, or by Payment Type? options=['Payment Type = UPI', 'by "
        "Payment Type']; understood: understood so far: nothing definite — open: 'upi' is a value in this dat"
        "a (Payment Type = UPI), not a column to group by. Do you mean just that value, or by Payment Type?"
    ),
    "contaazul_br::est": (
        "ASKS BACK: expected 13,924.38 (or -13,924.38); got Ich habe in der Frage keine Kennzahl erkannt ('er"
        "stattet', 'estornado' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', "
        "'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unse"
        "rer Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch is"
        "t die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Fra"
        "ge keine Kennzahl erkannt ('erstattet', 'estornado' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "sellsy_fr::tva": (
        "ASKS BACK: expected 62,565.39; got Ich habe in der Frage keine Kennzahl erkannt ('TVA', 'Beträgen' k"
        "enne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bes"
        "tellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', "
        "'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoquote?']; u"
        "nderstood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkan"
        "nt ('TVA', 'Beträgen' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "vyapar_in_map::upi": (
        "ASKS BACK: expected 4,118,758.33; got 'upi' is a value in this data (Payment Type = UPI), not a colu"
        "mn to group by. Do you mean just that value, or by Payment Type? options=['Payment Type = UPI', 'by "
        "Payment Type']; understood: understood so far: nothing definite — open: 'upi' is a value in this dat"
        "a (Payment Type = UPI), not a column to group by. Do you mean just that value, or by Payment Type?"
    ),
    "contaazul_br_map::est": (
        "ASKS BACK: expected 13,924.38 (or -13,924.38); got Ich habe in der Frage keine Kennzahl erkannt ('er"
        "stattet', 'estornado' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', "
        "'Durchschnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unse"
        "rer Kunden sind B2B?', 'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch is"
        "t die Stornoquote?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Fra"
        "ge keine Kennzahl erkannt ('erstattet', 'estornado' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "sellsy_fr_map::tva": (
        "ASKS BACK: expected 62,565.39; got Ich habe in der Frage keine Kennzahl erkannt ('TVA', 'Beträgen' k"
        "enne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bes"
        "tellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', "
        "'Wie viele Belege gibt es?', 'Wie viele Retourenbelege gab es?', 'Wie hoch ist die Stornoquote?']; u"
        "nderstood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkan"
        "nt ('TVA', 'Beträgen' kenne ich nicht). Meinen Sie eines davon?"
    ),
}
