"""Known gaps of insight on the round-9 client files (make_clients9.py): test id -> what insight does.
Run as strict xfails by test_clients9.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "faktury_pl::vat": (
        "SILENT: expected 367,384.25; got no single number: columns=['metric', 'definition'] rows=1; understo"
        "od: Definition von Summe VAT"
    ),
    "faktury_pl::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
    ),
    "fortnox_se::moms": (
        "ASKS BACK: expected 698,267.28; got I do not know 'VAT' in this data (understood: total Moms). Did y"
        "ou mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by t"
        "enure band', 'value by cohort']; understood: understood so far: total Moms · all data up to the anal"
        "ysis date · all customers — open: I do not know 'VAT' in this data (understood: total Moms). Did you"
        " mean: value at risk, value by tenure band, value by cohort?"
    ),
    "exact_dc::credits": (
        "ASKS BACK: expected -34,840.82 (or 34,840.82); got Das Wort 'gutgeschrieben' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: "
        "Umsatz · alle Daten bis zum Stichtag · D/C C · alle Kunden — offen: Das Wort 'gutgeschrieben' kenne "
        "ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "exact_dc::n_credit": (
        "ASKS BACK: expected 86; got I do not know 'post' in this data (understood: return documents). Did yo"
        "u mean: potential loyalist, potenziell treu, potential loyalists? options=['potential loyalist', 'po"
        "tenziell treu', 'potential loyalists']; understood: understood so far: return documents · all data u"
        "p to the analysis date · all customers — open: I do not know 'post' in this data (understood: return"
        " documents). Did you mean: potential loyalist, potenziell treu, potential loyalists?"
    ),
    "report_dk::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "twohdr_pt::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "pivot_wide::orders": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Aufträge: 807.'; unders"
        "tood: Aufträge · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "pivot_wide::aov": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Durchschnittlicher Best"
        "ellwert: 3.163,03.'; understood: durchschnittlicher Bestellwert · alle Daten bis zum Stichtag · alle"
        " Kunden"
    ),
    "serial_cz::paid_days": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Kunden: 136.'; understo"
        "od: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "parquet_es::devuelto": (
        "ASKS BACK: expected 55; got Das Wort 'zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: "
        "stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: storniert"
        "e Aufträge · alle Daten bis zum Stichtag · Auftragsstatus devuelto · alle Kunden — offen: Das Wort '"
        "zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders for"
        "mulieren."
    ),
    "parquet_es::cupon": (
        "ASKS BACK: expected 4,603.65; got Das Wort 'Gutschein' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bi"
        "s zum Stichtag · cupon VERANO10 · alle Kunden — offen: Das Wort 'Gutschein' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "cp1252_fr::avoirs": (
        "ASKS BACK: expected -12,222.99 (or 12,222.99); got Das Wort 'Avoirs' kenne ich in diesen Daten nicht"
        " (verstanden: Retouren). Meinten Sie: durchschnittlicher Bestellwert? options=['durchschnittlicher B"
        "estellwert']; understood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — "
        "offen: Das Wort 'Avoirs' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: durchs"
        "chnittlicher Bestellwert?"
    ),
    "returns_fi::returns": (
        "ASKS BACK: expected 13,867.50 (or -13,867.50); got Ich habe in der Frage keine Kennzahl erkannt ('re"
        "tourniert' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschni"
        "ttlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschl"
        "and', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden stornier"
        "t?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzah"
        "l erkannt ('retourniert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
    ),
    "returns_fi::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
    "faktury_pl_map::vat": (
        "SILENT: expected 367,384.25; got no single number: columns=['metric', 'definition'] rows=1; understo"
        "od: Definition von Summe VAT"
    ),
    "faktury_pl_map::share_pay": (
        "ASKS BACK: expected {Gotówka: 0.2505, Karta: 0.2349, Przelew: 0.5145}; got Das Wort 'Zahlungsart' ke"
        "nne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren. options=[]; unde"
        "rstood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Zahlungsart' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Bitte anders formulieren"
        "."
    ),
    "faktury_pl_map::korekty": (
        "ASKS BACK: expected -41,235.29 (or 41,235.29); got I do not know 'corrective', 'korekty' in this dat"
        "a (understood: orders). Please rephrase. options=[]; understood: understood so far: orders · all dat"
        "a up to the analysis date · all customers — open: I do not know 'corrective', 'korekty' in this data"
        " (understood: orders). Please rephrase."
    ),
    "fortnox_se_map::moms": (
        "ASKS BACK: expected 698,267.28; got I do not know 'VAT' in this data (understood: total Moms). Did y"
        "ou mean: value at risk, value by tenure band, value by cohort? options=['value at risk', 'value by t"
        "enure band', 'value by cohort']; understood: understood so far: total Moms · all data up to the anal"
        "ysis date · all customers — open: I do not know 'VAT' in this data (understood: total Moms). Did you"
        " mean: value at risk, value by tenure band, value by cohort?"
    ),
    "exact_dc_map::credits": (
        "ASKS BACK: expected -34,840.82 (or 34,840.82); got Das Wort 'gutgeschrieben' kenne ich in diesen Dat"
        "en nicht (verstanden: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: "
        "Umsatz · alle Daten bis zum Stichtag · D/C C · alle Kunden — offen: Das Wort 'gutgeschrieben' kenne "
        "ich in diesen Daten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "exact_dc_map::n_credit": (
        "ASKS BACK: expected 86; got I do not know 'post' in this data (understood: return documents). Did yo"
        "u mean: potential loyalist, potenziell treu, potential loyalists? options=['potential loyalist', 'po"
        "tenziell treu', 'potential loyalists']; understood: understood so far: return documents · all data u"
        "p to the analysis date · all customers — open: I do not know 'post' in this data (understood: return"
        " documents). Did you mean: potential loyalist, potenziell treu, potential loyalists?"
    ),
    "report_dk_map::moms": (
        "ASKS BACK: expected 231,775.22; got Das Wort 'fakturiert' kenne ich in diesen Daten nicht (verstande"
        "n: Summe Moms). Bitte anders formulieren. options=[]; understood: bisher verstanden: Summe Moms · al"
        "le Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'fakturiert' kenne ich in diesen Daten nic"
        "ht (verstanden: Summe Moms). Bitte anders formulieren."
    ),
    "twohdr_pt_map::lisboa": (
        "ASKS BACK: expected 43,560.52; got Das Wort 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsa"
        "tz). Meinten Sie: zona norte, zona centro, zona lisboa? options=['zona norte', 'zona centro', 'zona "
        "lisboa']; understood: bisher verstanden: Umsatz · 2024 · Zona Lisboa · alle Kunden — offen: Das Wort"
        " 'Zone' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: zona norte, zona centro, "
        "zona lisboa?"
    ),
    "twohdr_pt_map::nc": (
        "ASKS BACK: expected -7,892.42 (or 7,892.42); got Ich habe in der Frage keine Kennzahl erkannt ('Nota"
        "s', 'crédito' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchsc"
        "hnittlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deuts"
        "chland', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storn"
        "iert?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kenn"
        "zahl erkannt ('Notas', 'crédito' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "twohdr_pt_map::anul": (
        "ASKS BACK: expected 41; got Ich habe in der Frage keine Kennzahl erkannt ('Dokumente', 'anuliert' ke"
        "nne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Best"
        "ellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe "
        "der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; underst"
        "ood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('D"
        "okumente', 'anuliert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "serial_cz_map::paid_days": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Kunden: 136.'; understo"
        "od: Kunden · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "parquet_es_map::devuelto": (
        "ASKS BACK: expected 55; got Das Wort 'zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: "
        "stornierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: storniert"
        "e Aufträge · alle Daten bis zum Stichtag · Auftragsstatus devuelto · alle Kunden — offen: Das Wort '"
        "zurückgeschickt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders for"
        "mulieren."
    ),
    "parquet_es_map::cupon": (
        "ASKS BACK: expected 4,603.65; got Das Wort 'Gutschein' kenne ich in diesen Daten nicht (verstanden: "
        "Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bi"
        "s zum Stichtag · cupon VERANO10 · alle Kunden — offen: Das Wort 'Gutschein' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "returns_fi_map::returns": (
        "ASKS BACK: expected 13,867.50 (or -13,867.50); got Ich habe in der Frage keine Kennzahl erkannt ('re"
        "tourniert' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschni"
        "ttlicher Bestellwert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschl"
        "and', 'Summe der Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden stornier"
        "t?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzah"
        "l erkannt ('retourniert' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "returns_fi_map::ret_rate": (
        "ASKS BACK: expected 0.1200 (or 12.00); got Das Wort 'Retourenquote' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatzanteil). Meinten Sie: Retouren, Stornoquote? options=['Retouren', 'Stornoquote'];"
        " understood: bisher verstanden: Umsatzanteil · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Retourenquote' kenne ich in diesen Daten nicht (verstanden: Umsatzanteil). Meinten Sie: Reto"
        "uren, Stornoquote?"
    ),
    "returns_fi_map::n_ret": (
        "ASKS BACK: expected 163.00; got I do not know 'return' in this data (understood: order lines). Did y"
        "ou mean: returns, return documents? options=['returns', 'return documents']; understood: understood "
        "so far: order lines · all data up to the analysis date · all customers — open: I do not know 'return"
        "' in this data (understood: order lines). Did you mean: returns, return documents?"
    ),
}
