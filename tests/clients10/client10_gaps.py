"""Known gaps of insight on the round-10 client files (make_clients10.py): test id -> what insight does.
Run as strict xfails by test_clients10.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "sap_alv::sued": (
        "ASKS BACK: expected 155,340.48; got Das Wort 'Verkaufsbüro' kenne ich in diesen Daten nicht (verstan"
        "den: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Dat"
        "en bis zum Stichtag · VkBür Süd · alle Kunden — offen: Das Wort 'Verkaufsbüro' kenne ich in diesen D"
        "aten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "sap_alv::storno": (
        "ASKS BACK: expected 31.00; got Das Wort 'Fakturen' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Fakturen' kenne ich in die"
        "sen Daten nicht (verstanden: stornierte Positionen). Bitte anders formulieren."
    ),
    "sap_alv::margin": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Profit by customer: 100"
        "000 €186,509.80, 100037 €39,126.88, 100074 €26,623.65, 100370 €24,461.09, 101739 €22,370.83, … (+104"
        ").'; understood: profit by customer · all data up to the analysis date · all customers"
    ),
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
    "ca_pos::voided": (
        "ASKS BACK: expected 59.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · Auftragsstatus Voided · alle Kunden — offen: Das Wort 'Ve"
        "rkäufe' kenne ich in diesen Daten nicht (verstanden: stornierte Positionen). Bitte anders formuliere"
        "n."
    ),
    "au_reckon::vic": (
        "ASKS BACK: expected 267,754.45; got Das Wort 'Victoria' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Meinten Sie: vic? options=['vic']; understood: bisher verstanden: Umsatz · alle Daten bis "
        "zum Stichtag · State VIC · alle Kunden — offen: Das Wort 'Victoria' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatz). Meinten Sie: vic?"
    ),
    "au_reckon::void": (
        "ASKS BACK: expected 40.00; got Das Wort 'VOID' kenne ich in diesen Daten nicht (verstanden: stornier"
        "te Aufträge). Meinten Sie: void wrong customer? options=['void wrong customer']; understood: bisher "
        "verstanden: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'VOID'"
        " kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie: void wrong customer"
        "?"
    ),
    "epoch_api::refunded": (
        "ASKS BACK: expected 57.00; got Das Wort 'erstattet' kenne ich in diesen Daten nicht (verstanden: Auf"
        "träge). Meinten Sie: Stadt? options=['Stadt']; understood: bisher verstanden: Aufträge · alle Daten "
        "bis zum Stichtag · alle Kunden — offen: Das Wort 'erstattet' kenne ich in diesen Daten nicht (versta"
        "nden: Aufträge). Meinten Sie: Stadt?"
    ),
    "meli_ar::fees": (
        "ASKS BACK: expected -3,527,546.51 (or 3,527,546.51); got I did not recognise a metric in the questio"
        "n ('selling fees', 'Cargo', 'por' is unknown to me). Which of these do you mean? options=['What is t"
        "he total revenue?', 'Number of customers per country, top 5', 'What share of customers are B2B?', 'H"
        "ow many documents are there?', 'What is the value of cancelled orders?', 'How many countries are the"
        "re?']; understood: understood so far: nothing definite — open: I did not recognise a metric in the q"
        "uestion ('selling fees', 'Cargo', 'por' is unknown to me). Which of these do you mean?"
    ),
    "meli_ar::canc": (
        "ASKS BACK: expected 42.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Verkäufe' kenne ich in die"
        "sen Daten nicht (verstanden: stornierte Positionen). Bitte anders formulieren."
    ),
    "meli_ar::devuelto": (
        "ASKS BACK: expected 26.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte Au"
        "fträge · alle Daten bis zum Stichtag · Auftragsstatus Devuelto · alle Kunden — offen: Das Wort 'Verk"
        "äufe' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren."
    ),
    "meli_ar::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 27.134.973,61.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "br_bling::sp": (
        "ASKS BACK: expected 608,359.98; got Das Wort 'Bundesstaat' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Meinten Sie: b kunde, Kunde, Stadt? options=['b kunde', 'Kunde', 'Stadt']; understood: "
        "bisher verstanden: Umsatz · alle Daten bis zum Stichtag · UF SP · alle Kunden — offen: Das Wort 'Bun"
        "desstaat' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: b kunde, Kunde, Stadt?"
    ),
    "br_bling::dev": (
        "ASKS BACK: expected -36,684.44 (or 36,684.44); got Das Wort 'Devoluções' kenne ich in diesen Daten n"
        "icht (verstanden: Retouren). Meinten Sie: devolucao de venda? options=['devolucao de venda']; unders"
        "tood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Dev"
        "oluções' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: devolucao de venda?"
    ),
    "br_bling::canc": (
        "ASKS BACK: expected 44.00; got Das Wort 'Notas' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Positionen). Meinten Sie: cannot afford to lose? options=['cannot afford to lose']; understood: "
        "bisher verstanden: stornierte Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wo"
        "rt 'Notas' kenne ich in diesen Daten nicht (verstanden: stornierte Positionen). Meinten Sie: cannot "
        "afford to lose?"
    ),
    "br_bling::frete": (
        "ASKS BACK: expected 41,307.60; got I did not recognise a metric in the question ('freight', 'frete',"
        " 'charge' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Num"
        "ber of customers per country, top 5', 'What share of customers are B2B?', 'How many documents are th"
        "ere?', 'What is the value of cancelled orders?', 'How many countries are there?']; understood: under"
        "stood so far: nothing definite — open: I did not recognise a metric in the question ('freight', 'fre"
        "te', 'charge' is unknown to me). Which of these do you mean?"
    ),
    "xlsx_hidden::ret24": (
        "ASKS BACK: expected 0.7680 (or 76.80); got I do not know '2023's' in this data (understood: repeat r"
        "ate). Please rephrase. options=[]; understood: understood so far: repeat rate · 2024 · all customers"
        " — open: I do not know '2023's' in this data (understood: repeat rate). Please rephrase."
    ),
    "pipe_legacy::fil2": (
        "ASKS BACK: expected 61,102.13; got Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: U"
        "msatz). Meinten Sie: FIL? options=['FIL']; understood: bisher verstanden: Umsatz · alle Daten bis zu"
        "m Stichtag · alle Kunden — offen: Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: Um"
        "satz). Meinten Sie: FIL?"
    ),
    "pipe_legacy::by_wgr": (
        "ASKS BACK: expected {Farben: 53,032.61, Gartenbedarf: 53,935.79, Schrauben: 54,232.12, Werkzeug: 54,"
        "535.72}; got Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte ande"
        "rs formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · al"
        "le Kunden — offen: Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitt"
        "e anders formulieren."
    ),
    "stripe_inv::tax": (
        "SILENT: expected 8,672.72; got 1,148.80; understood: total Tax · all data up to the analysis date · "
        "all customers"
    ),
    "stripe_inv::ret24": (
        "ASKS BACK: expected 0.7083 (or 70.83); got Das Wort 'wieder zahlten' kenne ich in diesen Daten nicht"
        " (verstanden: Kundenbindungsrate, Kundenanteil). Meinten Sie: bezahlten, bezahlte, Zufriedenheit und"
        " Verhalten? options=['bezahlten', 'bezahlte', 'Zufriedenheit und Verhalten']; understood: bisher ver"
        "standen: Kundenbindungsrate + Kundenanteil · 2024 · alle Kunden — offen: Das Wort 'wieder zahlten' k"
        "enne ich in diesen Daten nicht (verstanden: Kundenbindungsrate, Kundenanteil). Meinten Sie: bezahlte"
        "n, bezahlte, Zufriedenheit und Verhalten?"
    ),
    "patreon::sep_cust": (
        "ASKS BACK: expected 110.00; got Ich habe in der Frage keine Kennzahl erkannt ('Unterstützer' kenne i"
        "ch nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellwe"
        "rt für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind B2B?', 'Wie v"
        "iele Belege gibt es?', 'Wie hoch ist der Wert stornierter Aufträge?', 'Wie viele Länder gibt es?']; "
        "understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erka"
        "nnt ('Unterstützer' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "patreon::declined": (
        "ASKS BACK: expected 126.00; got Das Wort 'abgelehnt' kenne ich in diesen Daten nicht (verstanden: st"
        "ornierte Aufträge). Meinten Sie: ABC-Klassen? options=['ABC-Klassen']; understood: bisher verstanden"
        ": stornierte Aufträge · alle Daten bis zum Stichtag · Auftragsstatus Declined · alle Kunden — offen:"
        " Das Wort 'abgelehnt' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie"
        ": ABC-Klassen?"
    ),
    "patreon::ret24": (
        "ASKS BACK: expected 0.7603 (or 76.03); got I do not know '2023's', 'patrons' in this data. What woul"
        "d you like to know about Paid? options=['Revenue Paid', 'Number of customers Paid', 'Orders Paid']; "
        "understood: understood so far: nothing definite — open: I do not know '2023's', 'patrons' in this da"
        "ta. What would you like to know about Paid?"
    ),
    "patreon::big": (
        "ASKS BACK: expected 57.00; got Ich habe in der Frage keine Kennzahl erkannt ('Unterstützer', 'mehr',"
        " 'als' kenne ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittli"
        "cher Bestellwert für Deutschland, Österreich und die Schweiz', 'Wie viel Prozent unserer Kunden sind"
        " B2B?', 'Wie viele Belege gibt es?', 'Wie hoch ist der Wert stornierter Aufträge?', 'Wie viele Lände"
        "r gibt es?']; understood: bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine"
        " Kennzahl erkannt ('Unterstützer', 'mehr', 'als' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "faire_us::ca": (
        "ASKS BACK: expected 106,245.18; got Das Wort 'Kalifornien' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Date"
        "n bis zum Stichtag · State CA · alle Kunden — offen: Das Wort 'Kalifornien' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "faire_us::comm": (
        "ASKS BACK: expected 51,685.58 (or -51,685.58); got Das Wort 'Provision', 'Faire' kenne ich in diesen"
        " Daten nicht (verstanden: Summe Commission). Meinten Sie: promising? options=['promising']; understo"
        "od: bisher verstanden: Summe Commission · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Provision', 'Faire' kenne ich in diesen Daten nicht (verstanden: Summe Commission). Meinten Sie: "
        "promising?"
    ),
    "faire_us::new24": (
        "ASKS BACK: expected 34.00; got I did not recognise a metric in the question ('new', 'retailers' is u"
        "nknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number of custome"
        "rs per country, top 5', 'What share of customers are B2B?', 'How many documents are there?', 'What i"
        "s the value of cancelled orders?', 'How many countries are there?']; understood: understood so far: "
        "nothing definite — open: I did not recognise a metric in the question ('new', 'retailers' is unknown"
        " to me). Which of these do you mean?"
    ),
    "faire_us::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 344.570,50.'; u"
        "nderstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "sap_alv_map::sued": (
        "ASKS BACK: expected 155,340.48; got Das Wort 'Verkaufsbüro' kenne ich in diesen Daten nicht (verstan"
        "den: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Dat"
        "en bis zum Stichtag · VkBür Süd · alle Kunden — offen: Das Wort 'Verkaufsbüro' kenne ich in diesen D"
        "aten nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "sap_alv_map::storno": (
        "ASKS BACK: expected 31.00; got Das Wort 'Fakturen' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Fakturen' kenne ich in die"
        "sen Daten nicht (verstanden: stornierte Positionen). Bitte anders formulieren."
    ),
    "sap_alv_map::margin": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Profit by customer: 100"
        "000 €186,509.80, 100037 €39,126.88, 100074 €26,623.65, 100370 €24,461.09, 101739 €22,370.83, … (+104"
        ").'; understood: profit by customer · all data up to the analysis date · all customers"
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
    "ca_pos_map::voided": (
        "ASKS BACK: expected 59.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · Auftragsstatus Voided · alle Kunden — offen: Das Wort 'Ve"
        "rkäufe' kenne ich in diesen Daten nicht (verstanden: stornierte Positionen). Bitte anders formuliere"
        "n."
    ),
    "au_reckon_map::vic": (
        "ASKS BACK: expected 267,754.45; got Das Wort 'Victoria' kenne ich in diesen Daten nicht (verstanden:"
        " Umsatz). Meinten Sie: vic? options=['vic']; understood: bisher verstanden: Umsatz · alle Daten bis "
        "zum Stichtag · State VIC · alle Kunden — offen: Das Wort 'Victoria' kenne ich in diesen Daten nicht "
        "(verstanden: Umsatz). Meinten Sie: vic?"
    ),
    "au_reckon_map::void": (
        "ASKS BACK: expected 40.00; got Das Wort 'VOID' kenne ich in diesen Daten nicht (verstanden: stornier"
        "te Aufträge). Meinten Sie: void wrong customer? options=['void wrong customer']; understood: bisher "
        "verstanden: stornierte Aufträge · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'VOID'"
        " kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Meinten Sie: void wrong customer"
        "?"
    ),
    "meli_ar_map::fees": (
        "ASKS BACK: expected -3,527,546.51 (or 3,527,546.51); got I did not recognise a metric in the questio"
        "n ('selling fees', 'Cargo', 'por' is unknown to me). Which of these do you mean? options=['What is t"
        "he total revenue?', 'Number of customers per country, top 5', 'What share of customers are B2B?', 'H"
        "ow many documents are there?', 'What is the value of cancelled orders?', 'How many countries are the"
        "re?']; understood: understood so far: nothing definite — open: I did not recognise a metric in the q"
        "uestion ('selling fees', 'Cargo', 'por' is unknown to me). Which of these do you mean?"
    ),
    "meli_ar_map::canc": (
        "ASKS BACK: expected 42.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Positionen). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte "
        "Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Verkäufe' kenne ich in die"
        "sen Daten nicht (verstanden: stornierte Positionen). Bitte anders formulieren."
    ),
    "meli_ar_map::devuelto": (
        "ASKS BACK: expected 26.00; got Das Wort 'Verkäufe' kenne ich in diesen Daten nicht (verstanden: stor"
        "nierte Aufträge). Bitte anders formulieren. options=[]; understood: bisher verstanden: stornierte Au"
        "fträge · alle Daten bis zum Stichtag · Auftragsstatus Devuelto · alle Kunden — offen: Das Wort 'Verk"
        "äufe' kenne ich in diesen Daten nicht (verstanden: stornierte Aufträge). Bitte anders formulieren."
    ),
    "meli_ar_map::usd": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 27.134.973,61.'"
        "; understood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
    "br_bling_map::sp": (
        "ASKS BACK: expected 608,359.98; got Das Wort 'Bundesstaat' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Meinten Sie: b kunde, Kunde, Stadt? options=['b kunde', 'Kunde', 'Stadt']; understood: "
        "bisher verstanden: Umsatz · alle Daten bis zum Stichtag · UF SP · alle Kunden — offen: Das Wort 'Bun"
        "desstaat' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: b kunde, Kunde, Stadt?"
    ),
    "br_bling_map::dev": (
        "ASKS BACK: expected -36,684.44 (or 36,684.44); got Das Wort 'Devoluções' kenne ich in diesen Daten n"
        "icht (verstanden: Retouren). Meinten Sie: devolucao de venda? options=['devolucao de venda']; unders"
        "tood: bisher verstanden: Retouren · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Dev"
        "oluções' kenne ich in diesen Daten nicht (verstanden: Retouren). Meinten Sie: devolucao de venda?"
    ),
    "br_bling_map::canc": (
        "ASKS BACK: expected 44.00; got Das Wort 'Notas' kenne ich in diesen Daten nicht (verstanden: stornie"
        "rte Positionen). Meinten Sie: cannot afford to lose? options=['cannot afford to lose']; understood: "
        "bisher verstanden: stornierte Positionen · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wo"
        "rt 'Notas' kenne ich in diesen Daten nicht (verstanden: stornierte Positionen). Meinten Sie: cannot "
        "afford to lose?"
    ),
    "br_bling_map::frete": (
        "ASKS BACK: expected 41,307.60; got I did not recognise a metric in the question ('freight', 'frete',"
        " 'charge' is unknown to me). Which of these do you mean? options=['What is the total revenue?', 'Num"
        "ber of customers per country, top 5', 'What share of customers are B2B?', 'How many documents are th"
        "ere?', 'What is the value of cancelled orders?', 'How many countries are there?']; understood: under"
        "stood so far: nothing definite — open: I did not recognise a metric in the question ('freight', 'fre"
        "te', 'charge' is unknown to me). Which of these do you mean?"
    ),
    "xlsx_hidden_map::ret24": (
        "ASKS BACK: expected 0.7680 (or 76.80); got I do not know '2023's' in this data (understood: repeat r"
        "ate). Please rephrase. options=[]; understood: understood so far: repeat rate · 2024 · all customers"
        " — open: I do not know '2023's' in this data (understood: repeat rate). Please rephrase."
    ),
    "pipe_legacy_map::fil2": (
        "ASKS BACK: expected 61,102.13; got Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: U"
        "msatz). Meinten Sie: FIL? options=['FIL']; understood: bisher verstanden: Umsatz · alle Daten bis zu"
        "m Stichtag · alle Kunden — offen: Das Wort 'Filiale' kenne ich in diesen Daten nicht (verstanden: Um"
        "satz). Meinten Sie: FIL?"
    ),
    "pipe_legacy_map::by_wgr": (
        "ASKS BACK: expected {Farben: 53,032.61, Gartenbedarf: 53,935.79, Schrauben: 54,232.12, Werkzeug: 54,"
        "535.72}; got Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitte ande"
        "rs formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Daten bis zum Stichtag · al"
        "le Kunden — offen: Das Wort 'Warengruppe' kenne ich in diesen Daten nicht (verstanden: Umsatz). Bitt"
        "e anders formulieren."
    ),
    "faire_us_map::ca": (
        "ASKS BACK: expected 106,245.18; got Das Wort 'Kalifornien' kenne ich in diesen Daten nicht (verstand"
        "en: Umsatz). Bitte anders formulieren. options=[]; understood: bisher verstanden: Umsatz · alle Date"
        "n bis zum Stichtag · State CA · alle Kunden — offen: Das Wort 'Kalifornien' kenne ich in diesen Date"
        "n nicht (verstanden: Umsatz). Bitte anders formulieren."
    ),
    "faire_us_map::comm": (
        "ASKS BACK: expected 51,685.58 (or -51,685.58); got Das Wort 'Provision', 'Faire' kenne ich in diesen"
        " Daten nicht (verstanden: Summe Commission). Meinten Sie: promising? options=['promising']; understo"
        "od: bisher verstanden: Summe Commission · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wor"
        "t 'Provision', 'Faire' kenne ich in diesen Daten nicht (verstanden: Summe Commission). Meinten Sie: "
        "promising?"
    ),
    "faire_us_map::new24": (
        "ASKS BACK: expected 34.00; got I did not recognise a metric in the question ('new', 'retailers' is u"
        "nknown to me). Which of these do you mean? options=['What is the total revenue?', 'Number of custome"
        "rs per country, top 5', 'What share of customers are B2B?', 'How many documents are there?', 'What i"
        "s the value of cancelled orders?', 'How many countries are there?']; understood: understood so far: "
        "nothing definite — open: I did not recognise a metric in the question ('new', 'retailers' is unknown"
        " to me). Which of these do you mean?"
    ),
    "faire_us_map::eur": (
        "ANSWERED-SHOULD-ASK: expected clarify; got answered instead of asking back: 'Umsatz: 344.570,50.'; u"
        "nderstood: Umsatz · alle Daten bis zum Stichtag · alle Kunden"
    ),
}
