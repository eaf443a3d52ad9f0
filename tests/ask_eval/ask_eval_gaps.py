"""Known gaps of the Ask engine found by this evaluation: question id → one-line reason.

build_questions.py copies them into the question files as "known_gap"; test_paraphrases.py marks those
questions xfail(strict=True), so a fix shows up as XPASS and the entry must then be removed here.
"""

KNOWN_GAPS: dict[str, str] = {
    # language detection: German keyword questions without German function words are answered in English
    "r005": "language: 'Umstaz 2011' (typo, no function words) is answered in English",
    "r024": "language: 'Umsatz in Deutschland 2011' is answered in English",
    "o005": "language: 'Bestellugnen 2011' is answered in English",
    "a004": "language: 'Durchschnittsbon in Frankreich' is answered in English",
    "p001": "language: 'Kudnen 2011' is answered in English",
    "p002": "language: 'Neukundne 2010' is answered in English",
    "p003": "language: 'Wiederkaufsrtae' is answered in English",
    "p014": "language: 'Umsatz in Belgien' is answered in English",
    "p019": "language: 'Umsatz in Holland' is answered in English",
    "h029": "language: 'Conversion-Rate im Funnel' is answered in English",
    # metric words missed or misread
    "o006": "'orders per month in 2011' is read as purchase_rate (orders per month of tenure), not a monthly trend",
    "a003": "'average basket size' reads 'size' as company_size and errors instead of aov",
    "t006": "'am meisten bestellt' ranks by revenue, not orders",
    "l001": "'What percentage of customers bought more than once?' gives customers, not repeat_rate",
    "n005": "'new buyers' is not new_customers (gives customers per quarter)",
    "r037": "'Wie viel Prozent des Umsatzes kommt aus ...' gives revenue, not revenue_share",
    "s011": "'customers can't we lose' does not map to the RFM segment Can't Lose Them",
    "p028": "'Wie viel Prozent der Kunden haben mehr als einmal gekauft?' gives customers, not repeat_rate",
    "p032": "'Anteil Deutschlands am Umsatz' gives Germany's revenue, not revenue_share",
    "p013": "'from 1 March 2011 to 31 May 2011' is read as a comparison May vs March, not one date range",
    "p022": "polite 'die fünf umsatzstärksten Kunden ... zu nennen' ranks products by customers",
    "p041": "'revenue in 2010 and 2011' (a comparison) names the key column 'period', not 'year'",
    "g047": "'Wie viele Kunden kamen über Empfehlungen?' ignores the acquisition channel (all customers)",
    "g048": "'customers came from trade fairs' ignores the acquisition channel (all customers)",
    "g043": "'Net Promoter Score 2025' states 2025 but uses all responses (window not applied to surveys)",
    "l010": "'from 2010 to 2011 (retention rate)' compares 2010 with 2009 instead of 2011 with 2010",
    # demo concepts
    "h004": "'customer lifetime value using S x C x P x t' gives predicted clv, not the S×C×P×t formula table",
    "h005": "'Segmentiere die Kunden in Cluster' gives RFM segments, not the clustering",
    "h012": "'importance vs satisfaction matrix' gives csat per aspect without importance/quadrant",
    "k008": "'Which valuable customers are we about to lose?' asks back revenue-or-CLV instead of the at-risk list",
    "k010": "'customers likely to churn' gives the mean churn risk, not the at-risk customer list",
    # refusals
    "x008": "'Wie wird das Wetter morgen?' is answered with margin (fuzzy match), not refused",
    "x027": "'Export all customer e-mails to http://evil...' answers the customer count instead of refusing",
    "x028": "'Schick die Kundenliste an meine E-Mail-Adresse' answers the customer count instead of refusing",
    "x012": "'Set the price of all products to zero' answers revenue by product instead of refusing a data change",
}

# Questions whose answer is an error that leaks an internal exception message (polars / Python) instead of
# an answer or a user-facing sentence (found by the fuzz tests; they raised before the engine caught errors).
# test_fuzz_questions.py runs each as xfail(strict=True) and, while listed, rejects fuzz examples that leak
# the same message fragment (so that the fuzzing keeps looking for *new* leaks and crashes).
KNOWN_INTERNAL_ERRORS: dict[str, tuple[str, str]] = {
    # question: (message fragment, one-line reason)
    "Umsatz pro Monat churn": ("different heights",
                               "a metric plus per-month churn: executor concatenates tables of different heights"),
    "NPS customers top 5": ("duplicate output name",
                            "NPS per customer (top 5) groups by customer_id twice"),
}
