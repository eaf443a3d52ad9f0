"""Known gaps of insight on the round-8 client files (make_clients8.py): test id -> what insight does.
Run as strict xfails by test_clients8.py, so a fix shows up as XPASS (then delete the entry).
``SILENT:`` a silently wrong answer (status ok, wrong number); ``REFUSED:`` an import refused although the
export is well-formed; ``ASKS BACK:`` a clarification where the data answers; ``ERROR:`` an error answer; ``ANSWERED-SHOULD-ASK:`` an answer where the data lacks what was asked."""

GAPS: dict[str, str] = {
    "hubspot_gambio::conv": (
        "ASKS BACK: expected 0.6190 (or 61.90); got Das lässt sich mit diesen Daten nicht beantworten: Der Fu"
        "nnel braucht die Spalte 'status' der Tabelle 'Kunden', die fehlt oder leer ist. options=[]; understo"
        "od: bisher verstanden: Funnel · alle Daten bis zum Stichtag · alle Kunden — offen: Das lässt sich mi"
        "t diesen Daten nicht beantworten: Der Funnel braucht die Spalte 'status' der Tabelle 'Kunden', die f"
        "ehlt oder leer ist."
    ),
    "hubspot_gambio::leads": (
        "ASKS BACK: expected 420.00 (or 79.00); got This cannot be answered from this data: the funnel needs "
        "the 'customers' table (Kunden), which this data does not have; import a customers file into the work"
        "space. options=[]; understood: understood so far: funnel · all data up to the analysis date · Lead-S"
        "tatus Lead · all customers — open: This cannot be answered from this data: the funnel needs the 'cus"
        "tomers' table (Kunden), which this data does not have; import a customers file into the workspace."
    ),
    "typeform_nps::detractors": (
        "ASKS BACK: expected 0.6263 (or 62.63); got I do not know 'respondents' in this data (understood: det"
        "ractors). Please rephrase. options=[]; understood: understood so far: detractors · all data up to th"
        "e analysis date · all customers — open: I do not know 'respondents' in this data (understood: detrac"
        "tors). Please rephrase."
    ),
    "typeform_nps::intent": (
        "ASKS BACK: expected 0.3816 (or 38.16); got Das lässt sich mit diesen Daten nicht beantworten: Die Wi"
        "ederkaufabsicht braucht die Spalte 'repurchase_intent' der Tabelle 'Umfrageantworten', die fehlt ode"
        "r leer ist. options=[]; understood: bisher verstanden: Wiederkaufabsicht · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das lässt sich mit diesen Daten nicht beantworten: Die Wiederkaufabsicht b"
        "raucht die Spalte 'repurchase_intent' der Tabelle 'Umfrageantworten', die fehlt oder leer ist."
    ),
    "umfrage_matrix::import": (
        "REFUSED: surveymonkey_kundenbefragung.csv: column 'Wie wahrscheinlich ist es, dass Sie uns einem Fre"
        "und oder Kollegen weiterempfehlen?' (nps) row 14: '0 - überhaupt nicht wahrscheinlich' is not a numb"
        "er (62 bad rows in this column); fix the value or map another column with --map"
    ),
    "gutscheine_afterbuy::import": (
        "REFUSED: gutscheine_einloesungen.csv: no column for required 'amount' of order_lines (or quantity + "
        "unit_price); headers: Gutscheincode, Kundennummer, ausgegeben am, eingelöst am, Kampagne, Gutscheinw"
        "ert; closest: 'Kampagne' (72), 'eingelöst am' (63); map one with --map \"Kampagne=amount\""
    ),
    "zendesk_xentral::import": (
        "REFUSED: helpdesk_tickets.csv: no column for required 'amount' of order_lines (or quantity + unit_pr"
        "ice); headers: Ticket-Nr, Kundennummer, Erstellt am, Art, Betreff; closest: 'Art' (72), 'Betreff' (6"
        '5); map one with --map "Art=amount"'
    ),
    "crm_b2b::rows": (
        "ASKS BACK: expected 480.00; got Ich habe in der Frage keine Kennzahl erkannt ('Firmen', 'CRM' kenne "
        "ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellw"
        "ert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe der "
        "Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood:"
        " bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Firme"
        "n', 'CRM' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "crm_b2b::by_status": (
        "ASKS BACK: expected {Interessent: 83.00, Kontakt: 84.00, Kunde: 150.00, Lead: 163.00}; got Das Wort "
        "'Einträge' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Alter? options=['Alter"
        "']; understood: bisher verstanden: Kunden je Status · alle Daten bis zum Stichtag · alle Kunden — of"
        "fen: Das Wort 'Einträge' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Alter?"
    ),
    "crm_b2b::it": (
        "ASKS BACK: expected 111.00; got Das Wort 'Firmen' kenne ich in diesen Daten nicht (verstanden: Kunde"
        "n). Bitte anders formulieren. options=[]; understood: bisher verstanden: Kunden · alle Daten bis zum"
        " Stichtag · Branche IT · alle Kunden — offen: Das Wort 'Firmen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Bitte anders formulieren."
    ),
    "qualtrics_weclapp::import": (
        "REFUSED: qualtrics_csat_export.csv: no column for required 'customer_id' of survey_responses (also m"
        "issing: response_date); headers: ResponseId, RecipientEmail, EndDate, Aspect, Satisfaction, Importan"
        'ce, Q_NPS; closest: none; map one with --map "Header=customer_id"'
    ),
    "komplett::import": (
        "REFUSED: gutscheine.csv: no column for required 'amount' of order_lines (or quantity + unit_price); "
        "headers: Gutscheincode, Kundennummer, ausgegeben am, eingelöst am, Kampagne; closest: 'Kampagne' (72"
        "), 'eingelöst am' (63); map one with --map \"Kampagne=amount\""
    ),
    "hubspot_gambio_t::conv": (
        "ASKS BACK: expected 0.6190 (or 61.90); got Das lässt sich mit diesen Daten nicht beantworten: Der Fu"
        "nnel braucht die Spalte 'status' der Tabelle 'Kunden', die fehlt oder leer ist. options=[]; understo"
        "od: bisher verstanden: Funnel · alle Daten bis zum Stichtag · alle Kunden — offen: Das lässt sich mi"
        "t diesen Daten nicht beantworten: Der Funnel braucht die Spalte 'status' der Tabelle 'Kunden', die f"
        "ehlt oder leer ist."
    ),
    "hubspot_gambio_t::leads": (
        "ASKS BACK: expected 420.00 (or 79.00); got This cannot be answered from this data: the funnel needs "
        "the 'customers' table (Kunden), which this data does not have; import a customers file into the work"
        "space. options=[]; understood: understood so far: funnel · all data up to the analysis date · Lead-S"
        "tatus Lead · all customers — open: This cannot be answered from this data: the funnel needs the 'cus"
        "tomers' table (Kunden), which this data does not have; import a customers file into the workspace."
    ),
    "typeform_nps_t::detractors": (
        "ASKS BACK: expected 0.6263 (or 62.63); got I do not know 'respondents' in this data (understood: det"
        "ractors). Please rephrase. options=[]; understood: understood so far: detractors · all data up to th"
        "e analysis date · all customers — open: I do not know 'respondents' in this data (understood: detrac"
        "tors). Please rephrase."
    ),
    "typeform_nps_t::intent": (
        "ASKS BACK: expected 0.3816 (or 38.16); got Das lässt sich mit diesen Daten nicht beantworten: Die Wi"
        "ederkaufabsicht braucht die Spalte 'repurchase_intent' der Tabelle 'Umfrageantworten', die fehlt ode"
        "r leer ist. options=[]; understood: bisher verstanden: Wiederkaufabsicht · alle Daten bis zum Sticht"
        "ag · alle Kunden — offen: Das lässt sich mit diesen Daten nicht beantworten: Die Wiederkaufabsicht b"
        "raucht die Spalte 'repurchase_intent' der Tabelle 'Umfrageantworten', die fehlt oder leer ist."
    ),
    "umfrage_matrix_t::csat_aspect": (
        "ASKS BACK: expected {Beratung: 3.2971, Lieferung: 2.2676, Preis: 2.9971, Produktqualität: 3.4647}; g"
        "ot Zu 'Aspekt' (Aspekt) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren. option"
        "s=[]; understood: bisher verstanden: Kundenzufriedenheit je Aspekt · alle Daten bis zum Stichtag · a"
        "lle Kunden — offen: Zu 'Aspekt' (Aspekt) haben diese Daten keine Werte oder Spalten. Bitte anders fo"
        "rmulieren."
    ),
    "umfrage_matrix_t::imp_aspect": (
        "ASKS BACK: expected {Beratung: 4.2000, Lieferung: 4.7059, Preis: 3.3588, Produktqualität: 2.5618}; g"
        "ot Zu 'Aspekt' (Aspekt) haben diese Daten keine Werte oder Spalten. Bitte anders formulieren. option"
        "s=[]; understood: bisher verstanden: Wichtigkeit × Zufriedenheit je Aspekt · alle Daten bis zum Stic"
        "htag · alle Kunden — offen: Zu 'Aspekt' (Aspekt) haben diese Daten keine Werte oder Spalten. Bitte a"
        "nders formulieren."
    ),
    "umfrage_matrix_t::csat_lief": (
        "ASKS BACK: expected 2.2676; got Das Wort 'Lieferung' kenne ich in diesen Daten nicht (verstanden: Ku"
        "ndenzufriedenheit). Meinten Sie: Summe Zufriedenheit Lieferung, Durchschnitt Zufriedenheit Lieferung"
        "? options=['Summe Zufriedenheit Lieferung', 'Durchschnitt Zufriedenheit Lieferung']; understood: bis"
        "her verstanden: Kundenzufriedenheit · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'L"
        "ieferung' kenne ich in diesen Daten nicht (verstanden: Kundenzufriedenheit). Meinten Sie: Summe Zufr"
        "iedenheit Lieferung, Durchschnitt Zufriedenheit Lieferung?"
    ),
    "umfrage_matrix_t::csat_all": (
        "ASKS BACK: expected 3.0066; got This data has no values or columns for 'aspects' (aspect). Please re"
        "phrase. options=[]; understood: understood so far: customer satisfaction by aspect · all data up to "
        "the analysis date · all customers — open: This data has no values or columns for 'aspects' (aspect)."
        " Please rephrase."
    ),
    "umfrage_matrix_t::intent": (
        "ASKS BACK: expected 0.3647 (or 36.47); got Das Wort 'Befragten' kenne ich in diesen Daten nicht (ver"
        "standen: Kundenanteil, Wiederkaufabsicht). Bitte anders formulieren. options=[]; understood: bisher "
        "verstanden: Kundenanteil + Wiederkaufabsicht · alle Daten bis zum Stichtag · alle Kunden — offen: Da"
        "s Wort 'Befragten' kenne ich in diesen Daten nicht (verstanden: Kundenanteil, Wiederkaufabsicht). Bi"
        "tte anders formulieren."
    ),
    "umfrage_matrix_t::n_fix": (
        "ASKS BACK: expected 1.0000; got Zu 'vielen', 'ansetzen', 'niedrige' (Aspekt) haben diese Daten keine"
        " Werte oder Spalten. Meinten Sie: vielversprechend, vielversprechende, vielversprechenden, Alter? op"
        "tions=['vielversprechend', 'vielversprechende', 'vielversprechenden', 'Alter']; understood: bisher v"
        "erstanden: Wichtigkeit × Zufriedenheit je Aspekt · alle Daten bis zum Stichtag · alle Kunden — offen"
        ": Zu 'vielen', 'ansetzen', 'niedrige' (Aspekt) haben diese Daten keine Werte oder Spalten. Meinten S"
        "ie: vielversprechend, vielversprechende, vielversprechenden, Alter?"
    ),
    "umfrage_matrix_t::kunden": (
        "ASKS BACK: expected 500.00; got Das Wort 'Kundenstamm' kenne ich in diesen Daten nicht (verstanden: "
        "Kunden). Meinten Sie: Kunden, Kunde, a kunde? options=['Kunden', 'Kunde', 'a kunde']; understood: bi"
        "sher verstanden: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'Kundenstamm' "
        "kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Kunden, Kunde, a kunde?"
    ),
    "umfrage_matrix_t::imp_lief": (
        "ASKS BACK: expected 4.7059; got Das Wort 'wichtig', 'Lieferung' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Meinten Sie: Wichtigkeit × Zufriedenheit, Summe Wichtigkeit Lieferung, Summe Zufri"
        "edenheit Lieferung, Durchschnitt options=['Wichtigkeit × Zufriedenheit', 'Summe Wichtigkeit Lieferun"
        "g', 'Summe Zufriedenheit Lieferung', 'Durchschnitt Zufriedenheit Lieferung']; understood: bisher ver"
        "standen: Kunden · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'wichtig', 'Lieferung'"
        " kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Wichtigkeit × Zufriedenheit, Sum"
        "me Wichtigkeit Lieferung, Summe Zufriedenheit Lieferung, Durchschnitt Zufriedenheit Lieferung?"
    ),
    "gutscheine_afterbuy_t::rev_users": (
        "ASKS BACK: expected 102,951.60; got Das Wort 'gutschein eingelost' kenne ich in diesen Daten nicht ("
        "verstanden: Umsatz). Meinten Sie: Menge? options=['Menge']; understood: bisher verstanden: Umsatz · "
        "alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'gutschein eingelost' kenne ich in diese"
        "n Daten nicht (verstanden: Umsatz). Meinten Sie: Menge?"
    ),
    "gutscheine_afterbuy_t::rev_non": (
        "ASKS BACK: expected 69,065.10; got I do not know 'never', 'redeemed', 'coupon' in this data (underst"
        "ood: revenue). Did you mean: vielversprechend, vielversprechende, vielversprechenden, number of dist"
        "inct values? options=['vielversprechend', 'vielversprechende', 'vielversprechenden', 'number of dist"
        "inct values']; understood: understood so far: revenue · all data up to the analysis date · all custo"
        "mers — open: I do not know 'never', 'redeemed', 'coupon' in this data (understood: revenue). Did you"
        " mean: vielversprechend, vielversprechende, vielversprechenden, number of distinct values?"
    ),
    "zendesk_xentral_t::rate": (
        "SILENT: expected 0.4665 (or 46.65); got no single number: columns=['complained', 'customers', 'custo"
        "mer_share', 'revenue', 'revenue_share', 'mean_revenue', 'mean_orders', 'mean_customer_capital', 'rep"
        "eat_rate', 'mean_tenure_months', 'expected_lifetime_months', 'retention_rate', 'retention_customers'"
        ", 'retention_pair', 'mean_clv', 'mean_churn_risk'] rows=2; understood: Beschwerdeanalyse · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    "zendesk_xentral_t::rate_en": (
        "ASKS BACK: expected 0.4665 (or 46.65); got I do not know 'complained' in this data (understood: cust"
        "omers). Did you mean: complaint response time and churn, complaint analysis? options=['complaint res"
        "ponse time and churn', 'complaint analysis']; understood: understood so far: customers · all data up"
        " to the analysis date · all customers — open: I do not know 'complained' in this data (understood: c"
        "ustomers). Did you mean: complaint response time and churn, complaint analysis?"
    ),
    "zendesk_xentral_t::n2": (
        "ASKS BACK: expected 43.00; got Das Wort 'beschwert' kenne ich in diesen Daten nicht (verstanden: Kun"
        "den). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abwanderung? options=['Besch"
        "werdeanalyse', 'Reaktionszeit auf Beschwerden und Abwanderung']; understood: bisher verstanden: Kund"
        "en · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'beschwert' kenne ich in diesen Dat"
        "en nicht (verstanden: Kunden). Meinten Sie: Beschwerdeanalyse, Reaktionszeit auf Beschwerden und Abw"
        "anderung?"
    ),
    "crm_b2b_t::rows": (
        "ASKS BACK: expected 480.00; got Ich habe in der Frage keine Kennzahl erkannt ('Firmen', 'CRM' kenne "
        "ich nicht). Meinen Sie eines davon? options=['Umsatz nach Land, Top 3', 'Durchschnittlicher Bestellw"
        "ert für Deutschland, Österreich und die Schweiz', 'Anteil der Aufträge aus Deutschland', 'Summe der "
        "Gutschriften', 'Anteil Deutschlands am Gewinn', 'Wie viele Aufträge wurden storniert?']; understood:"
        " bisher verstanden: nichts Eindeutiges — offen: Ich habe in der Frage keine Kennzahl erkannt ('Firme"
        "n', 'CRM' kenne ich nicht). Meinen Sie eines davon?"
    ),
    "crm_b2b_t::by_status": (
        "ASKS BACK: expected {Interessent: 83.00, Kontakt: 84.00, Kunde: 150.00, Lead: 163.00}; got Das Wort "
        "'Einträge' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Alter? options=['Alter"
        "']; understood: bisher verstanden: Kunden je Status · alle Daten bis zum Stichtag · alle Kunden — of"
        "fen: Das Wort 'Einträge' kenne ich in diesen Daten nicht (verstanden: Kunden). Meinten Sie: Alter?"
    ),
    "crm_b2b_t::it": (
        "ASKS BACK: expected 111.00; got Das Wort 'Firmen' kenne ich in diesen Daten nicht (verstanden: Kunde"
        "n). Bitte anders formulieren. options=[]; understood: bisher verstanden: Kunden · alle Daten bis zum"
        " Stichtag · Branche IT · alle Kunden — offen: Das Wort 'Firmen' kenne ich in diesen Daten nicht (ver"
        "standen: Kunden). Bitte anders formulieren."
    ),
    "qualtrics_weclapp_t::nps": (
        "ASKS BACK: expected -46.54; got This cannot be answered from this data: the NPS needs the column 'np"
        "s' in the 'survey_responses' table (Kundenbefragung), which is missing or empty. options=[]; underst"
        "ood: understood so far: Net Promoter Score · all data up to the analysis date · all customers — open"
        ": This cannot be answered from this data: the NPS needs the column 'nps' in the 'survey_responses' t"
        "able (Kundenbefragung), which is missing or empty."
    ),
    "qualtrics_weclapp_t::nps_channel": (
        "ASKS BACK: expected {Empfehlung: -46.03, Google Ads: -42.57, Instagram: -80.00, Messe: -53.57, Newsl"
        "etter: -54.55}; got This cannot be answered from this data: the NPS needs the column 'nps' in the 's"
        "urvey_responses' table (Kundenbefragung), which is missing or empty. options=[]; understood: underst"
        "ood so far: Net Promoter Score by Lead Source · all data up to the analysis date · all customers — o"
        "pen: This cannot be answered from this data: the NPS needs the column 'nps' in the 'survey_responses"
        "' table (Kundenbefragung), which is missing or empty."
    ),
    "qualtrics_weclapp_t::nps_type": (
        "ASKS BACK: expected {B2B: -47.93, B2C: -45.32}; got Das lässt sich mit diesen Daten nicht beantworte"
        "n: Der NPS braucht die Spalte 'nps' der Tabelle 'Umfrageantworten', die fehlt oder leer ist. options"
        "=[]; understood: bisher verstanden: Net Promoter Score je Customer Type · alle Daten bis zum Stichta"
        "g · alle Kunden — offen: Das lässt sich mit diesen Daten nicht beantworten: Der NPS braucht die Spal"
        "te 'nps' der Tabelle 'Umfrageantworten', die fehlt oder leer ist."
    ),
    "qualtrics_weclapp_t::respondents": (
        "ASKS BACK: expected 260.00; got I do not know 'answered', 'survey' in this data (understood: custome"
        "rs). Did you mean: survey responses? options=['survey responses']; understood: understood so far: cu"
        "stomers · all data up to the analysis date · all customers — open: I do not know 'answered', 'survey"
        "' in this data (understood: customers). Did you mean: survey responses?"
    ),
    "qualtrics_weclapp_t::nps_b2b": (
        "ASKS BACK: expected -47.93; got This cannot be answered from this data: the NPS needs the column 'np"
        "s' in the 'survey_responses' table (Kundenbefragung), which is missing or empty. options=[]; underst"
        "ood: understood so far: Net Promoter Score · all data up to the analysis date · Customer Type B2B · "
        "all customers — open: This cannot be answered from this data: the NPS needs the column 'nps' in the "
        "'survey_responses' table (Kundenbefragung), which is missing or empty."
    ),
    "komplett_t::rate": (
        "SILENT: expected 0.3151 (or 31.51); got no single number: columns=['complained', 'customers', 'custo"
        "mer_share', 'revenue', 'revenue_share', 'mean_revenue', 'mean_orders', 'mean_customer_capital', 'rep"
        "eat_rate', 'mean_tenure_months', 'expected_lifetime_months', 'retention_rate', 'retention_customers'"
        ", 'retention_pair', 'mean_clv', 'mean_churn_risk'] rows=2; understood: Beschwerdeanalyse · alle Date"
        "n bis zum Stichtag · alle Kunden"
    ),
    "komplett_t::n2": (
        "ASKS BACK: expected 18.00; got Das Wort 'mindestens' kenne ich in diesen Daten nicht (verstanden: Be"
        "schwerdeanalyse). Meinten Sie: Net Promoter Score? options=['Net Promoter Score']; understood: bishe"
        "r verstanden: Beschwerdeanalyse · alle Daten bis zum Stichtag · alle Kunden — offen: Das Wort 'minde"
        "stens' kenne ich in diesen Daten nicht (verstanden: Beschwerdeanalyse). Meinten Sie: Net Promoter Sc"
        "ore?"
    ),
    "anonym_umfrage_t::import": (
        "REFUSED: surveymonkey_anonym.csv: column 'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?' "
        "(nps) row 3: '10 - äußerst wahrscheinlich' is not a number (66 bad rows in this column); fix the val"
        "ue or map another column with --map"
    ),
}
