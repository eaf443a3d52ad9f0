"""The parser's rules from a reading to a plan, in the order they are tried, each with an example.

``parser._decide`` applies them top to bottom; the first whose condition holds builds the plan and names
itself in ``QueryPlan.rule`` (``insight ask --debug`` shows it). The conditions speak of what the reading
found and of the semantic model's attributes (a metric's family, whether it is period-based, a population,
a segment method), so a new metric is a registry entry, not a new branch. docs/ask.md lists this table;
tests/query/test_query_rules.py asks every example and checks that its rule fires.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    when_en: str
    example_en: str
    example_de: str


RULES: tuple[Rule, ...] = (
    Rule("customer_lookup", "a customer id and no metric: everything about that customer",
         "Tell me about customer 12346", "Alles zu Kunde 12346"),
    Rule("definition", "a definition word (what does … mean, Was bedeutet …) and a metric, no grouping or window",
         "What does NPS mean?", "Was bedeutet Kundenwert?"),
    Rule("customers_at_risk", "a churn-risk metric about customers, not split by another dimension",
         "Which customers are likely to churn?", "Welche Kunden drohen abzuwandern?"),
    Rule("ranked_table", "a superlative (most important, top, bottom) beside a whole table's own dimension and "
         "nothing else: that table's rows ranked by the column the model names (ranked_by), the top one unless a "
         "number is said",
         "Which aspect is most important?", "Welcher Aspekt ist am wichtigsten?"),
    Rule("value_by_channel", "valuable customers by acquisition channel: the CLV-per-channel table",
         "Which acquisition channel brings the most valuable customers?",
         "Welcher Akquisekanal bringt die wertvollsten Kunden?"),
    Rule("most_valuable_customers", "'valuable' without a metric: customers ranked by predicted CLV, revenue beside",
         "Who are our most valuable customers?", "Wer sind unsere wertvollsten Kunden?"),
    Rule("churn_risk_ranking", "churn risk with 'which', a top-N or per customer: customers ranked by churn risk",
         "Top 10 by churn risk", "Top 10 nach Abwanderungsrisiko"),
    Rule("whole_table", "a metric of family 'table' (funnel, cohorts, LTV formula, payback, …) alone; a time "
         "window only for a table the model marks windowed (interactions: read on their own timestamp), else "
         "asked back",
         "Show the cohort retention", "Zeig die Kohorten"),
    Rule("segmentation", "a metric of family 'segment' (RFM, ABC, clusters, portfolio, persona), or a describe "
         "word beside a named segment: the full segment profile (one row when a segment is named)",
         "ABC analysis", "RFM-Segmentierung"),
    Rule("revenue_verb", "no metric but a verb of selling (umgesetzt, sold, spent): revenue, then the rules below",
         "How much did we sell in France?", "Was haben wir 2010 umgesetzt?"),
    Rule("funnel_by_status", "only a status filter and no metric: the funnel counts",
         "How many leads do we have?", "Wie viele Leads haben wir?"),
    Rule("list_customers", "'which' and a filter but no metric: the customers, by revenue (then rank_customers)",
         "Show me the Champions", "Welche sind Champions?"),
    Rule("count_customers", "a count word or a segment filter and no metric: the number of customers (then metric)",
         "How many Champions are there?", "Wie viele A-Kunden gibt es?"),
    Rule("segment_size", "a size word (largest, kleinste) and a grouping by customer segments only, no metric: "
         "the segments' customers (then the rules below)",
         "Which RFM segment is the largest?", "Welches RFM-Segment ist am größten?"),
    Rule("revenue_by_default", "a grouping, a top-N or two periods compared but no metric: revenue (then the "
         "rules below)",
         "Top 5 countries", "Die besten 10 Länder"),
    Rule("dimension_only", "only a filter and nothing else: asked back which figure is meant",
         "Germany", "Deutschland"),
    Rule("no_metric", "no metric, filter or grouping: asked back with example questions",
         "Hello there", "Hallo"),
    Rule("period_rate", "a period-based metric (retention, churn): period P of the window against P−1",
         "What was the retention rate in 2011?", "Wie hoch war die Abwanderungsrate 2011?"),
    Rule("compare_windows", "two time windows and no time grouping: the later compared with the earlier",
         "Revenue 2011 vs 2010", "Umsatz 2011 im Vergleich zu 2010"),
    Rule("best_period", "a time grouping with top/bottom: the best or worst periods",
         "In which month was revenue highest?", "In welchem Monat war der Umsatz am höchsten?"),
    Rule("trend", "a time grouping or a trend word: the metric per period",
         "Revenue by month in 2011", "Umsatzentwicklung 2011"),
    Rule("rank_groups", "a grouping with top/bottom or a number: the best groups",
         "Top 5 countries by revenue", "Die 3 umsatzstärksten Länder"),
    Rule("rank_customers", "'which' with top/bottom and no grouping: the best customers",
         "Which has the highest revenue?", "Welcher hat den höchsten Umsatz?"),
    Rule("metric", "anything else with a metric: the metric, grouped and filtered as asked",
         "Total revenue in Germany", "Umsatz nach Land"),
)

RULE_NAMES = tuple(rule.name for rule in RULES)

# Steps applied to the plan after its rule, named in QueryPlan.rule after an arrow.
STEPS: dict[str, str] = {
    "forecast": "a horizon or 'expected': orders become expected orders, value becomes CLV; other figures asked back",
    "min_orders_population": "'mit mindestens 3 Aufträgen', 'Stammkunden', 'genau einmal', 'Einmalkäufer': only "
                             "customers with ≥ N (≤ M) orders",
    "measure_restated": "'Durchschnittsalter (Age) je Geography': the measured column is not also a grouping",
    "flag_population": "'salary of customers who exited', 'Alter der abgewanderten Kunden': a yes/no column as a "
                       "filter of another metric (churn words on order data are asked back)",
    "since_date_column": "'Wie viele Kunden sind seit 2023 Kunde?' with a 'Kunde seit' column: customers whose "
                         "since-date is on or after that day, not a window",
    "count_returns": "'Wie viele Gutschriften gab es?': returns counted are the documents with reversing lines, "
                     "not their value",
    "count_documents": "'Wie viele Gutschriften gab es?': a value of a line column counted as its distinct documents, "
                       "not customers or lines",
    "cancelled_status_count": "'How many orders were refunded?': orders of a never-a-sale status counted as "
                              "cancelled, not left out",
    "refunds_by_status": "'How many refunds?', 'How much did we refund?' where no line reverses a sale but a status "
                         "says Refunded / Erstattet: the orders of that status counted, or their amount — never 0 "
                         "returns; beside another figure asked back with the count offered",
    "never_sold_amount": "'Wie viel wurde erstattet?', 'Umsatz der erstatteten Bestellungen': the sales amount of lines "
                         "filtered to never-a-sale statuses only (Erstattet, Cancelled) is their amount (the value of "
                         "those orders), never the 0 revenue they count in",
    "returned_status_count": "'Wie viele Aufträge gingen in Retoure?', 'how many orders were returned' on data whose "
                             "status column says returned ('9 Retoure'): the orders of that status, not the credit "
                             "notes beside them ('Wie viele Retouren?' stays the documents)",
    "orders_by_every_status": "'number of deals by deal stage', 'Anzahl Aufträge nach Status': orders counted by the "
                              "status column count every status, a never-a-sale one (lost, cancelled, returned) by its "
                              "orders too, never the sale statuses alone",
    "sum_of_a_value": "'Summe der Zahlungseingänge', 'sum of PayPal': a sum word beside a value and no figure is the "
                      "amount (revenue) of the lines with that value (a credit note's negative); a never-a-sale "
                      "status stays asked back",
    "how_much_payment_status": "'Wie viel ist abgerechnet, aber noch nicht bezahlt?', 'Wie viel ist noch nicht bezahlt?': "
                               "'how much' beside order-status values and a word of paying (bezahlt, paid, "
                               "beglichen, settled) is the amount of the lines of those statuses; a never-a-sale "
                               "status or no word of paying stays asked back",
    "how_much_unpaid": "'How much is still due?', 'How much is unpaid?': 'how much' and a word of owing with no figure, on "
                       "data that tells unpaid lines (an owed column, a paid/unpaid status or flag), is the amount still "
                       "owed (then unpaid_amount); data that cannot tell stays asked back",
    "customers_with_measure": "'Wie viele Karteninhaber haben Punkte eingelöst?', 'How many customers redeemed "
                              "points?': a head count beside one client measure, no word joining two figures, counts "
                              "the customers with that measure above 0 — never the head count and the measure's total",
    "how_much_refunded": "'How much was refunded?' where 'refunded' is also an order status and the data has one "
                         "refund money column ('Amount refunded'): that column's sum (partial refunds too), never "
                         "asked back for want of an amount",
    "revenue_of_the_orders": "'Umsatz der USD-Aufträge', 'revenue of the orders from CH': a money figure with the "
                             "order noun after it (joined by der / of the and the values selecting them) is that "
                             "figure of those orders, never their count beside it",
    "flag_count": "'Wie viele Kunden sind abgewandert?' on a table with a churn flag: the customers with the flag, "
                  "not the rate",
    "distinct_count": "'Wie viele Länder gibt es?', 'how many different products were sold in 2011': the number of "
                      "distinct values of that dimension (metric `count`), not customers per value or units sold",
    "share_of_value": "'Technology share of profit', 'Anteil der Classic Cars am Umsatz in EMEA', 'Anteil stornierter "
                      "Aufträge': the share of the value named with the share word within its scope (the other "
                      "filters and the window), or the cancellation rate, never the plain total; 'What share of "
                      "respondents are detractors?': a count's own share (detractor_share), never the count; "
                      "'Umsatzanteil von Large in Deutschland', 'Anteil der Large-Deals am Umsatz in Deutschland': "
                      "with values of two columns the one named nearest the share word is the part (an order noun "
                      "right after it only names what it selects), the understood says so",
    "negated_window": "'Revenue in Germany excluding December 2011', 'Umsatz außer im Dezember 2011', 'revenue not in "
                      "2011': a period left out by a negation is asked back (name the periods meant), never answered "
                      "for that period alone",
    "per_customer_ranking": "'Highest income by education', 'Which education has the highest income?': a value per "
                            "customer (a column of the customers) ranked by groups without total / average / "
                            "maximum said is asked back with the three as options — its total ranks the largest "
                            "group first",
    "superlative_of_a_total": "'minimaler Deckungsbeitrag', 'höchster Umsatz', 'lowest profit' without a grouping: a "
                              "sum of money over the lines has no largest value of its own — asked back (its largest "
                              "order, customer or month), never the plain total",
    "female_customers": "'Durchschnittsalter der abgewanderten Kundinnen': a German feminine customer noun said alone "
                        "(Kundinnen, Kundin, Käuferinnen) is the female customers where a gender column holds a "
                        "female value; 'KundInnen', 'Kundinnen und Kunden' and data without a gender stay all "
                        "customers",
    "cancelled_population": "'Wie viele Kunden hatten 2024 einen stornierten Auftrag?': only the customers with "
                            "(without) a cancelled order in the window",
    "flag_both_sides": "'churn rate of customers with a credit card vs without', 'inactive members vs active ones': both groups of the yes/no column "
                       "(grouped by it), never only those with it",
    "spend_population": "'customers who spent more than 100 dollars', 'Kunden mit mehr als 1.000 € Umsatz': only "
                        "customers whose revenue (window, filters) passes the bound",
    "mean_per_customer": "'What does the average customer spend?', 'Wie viel gibt ein Kunde durchschnittlich aus?': "
                         "an average of a total with the customer as its unit is the mean per customer",
    "median": "'median order value', 'Median-Umsatz pro Kunde', 'median Balance': the middle value of the order "
              "totals, of the customers' values or of a numeric column; without a unit (a bare total, a rate) "
              "asked back, never the mean or the total",
    "together": "'Umsatz West und East zusammen', 'Umsatz der Top 10 Kunden zusammen': several values as one total "
                "(their grouping dropped), the top N of a ranking added up (totals only; other figures asked back)",
    "mean_per_period": "'Durchschnittlicher Umsatz pro Monat 2017', 'average monthly revenue': an average of a total "
                       "with a calendar period as its unit is the mean over the periods of the window, one number",
    "absent_population": "'ordered in 2016 but not in 2017', 'Wie viele Kunden haben 2024 nicht mehr bestellt?': only "
                         "customers without an order in that year (with 'nicht mehr': ordered before it)",
    "present_population": "'How many customers bought in both 2010 and 2011?', 'sowohl 2023 als auch 2024 bestellt': "
                          "the later year's customers with an order in the earlier one too, never a comparison; so are 'how many "
                          "customers bought in 2010 and again in 2011' (a count, not a share) and 'came back in 2011' "
                          "(an order before 2011 too: returning customers), and 'Wie viele Kunden haben 2010 und 2011 bestellt?' "
                          "(an ordering verb after two periods joined by und / and; '… oder …' is one window over both "
                          "adjacent periods, the union)",
    "ranked_by_measure": "'Top 5 customers by balance', 'Top 3 Länder nach Income': a ranking by a numeric column of the "
                         "client's ranks by its value (sum per group), never groups by each of its values",
    "order_value_population": "'How many orders were above 100 dollars?', 'Umsatz der Bestellungen über 50 Euro': only the "
                              "orders whose value (sum of their lines) passes the bound, for every figure asked",
    "any_flag_population": "'Wie viele Kunden haben mindestens eine der fünf Kampagnen angenommen?', 'accepted at "
                           "least one campaign': the customers with any column of that yes/no family set",
    "all_of_population": "'Wie viele Kunden haben sowohl Furniture als auch Technology gekauft?', 'both A and B': only "
                         "customers with each value, never those with either",
    "lost_deals": "'How many deals did we lose?', 'Wie viele Deals haben wir verloren?' on a deal pipeline: the deals "
                  "of its lost stage, counted as deals that are no sale — never all deals",
    "top_percent_population": "'die Top 20 % der Kunden': only the best X % of customers by revenue",
    "risk_population": "'Abwanderungsrisiko über 80 %', 'churn risk above 50 percent': only customers whose modelled "
                       "churn risk (1 − P(alive)) passes the bound",
    "inactive_customers": "'seit 6 Monaten nicht bestellt': customers without an order since a day",
    "contact_population": "'ohne Telefonnummer', 'with an e-mail address': customers with / without a contact detail; "
                          "'Befragte', 'detractors', 'Promotoren': the survey's respondents and NPS groups",
    "flag_named": "'Wie viel Umsatz ist noch nicht bezahlt?' beside a yes/no column 'Bezahlt': the column's word said as "
                  "a state filters its yes value (negated: the other lines), not a breakdown by it",
    "survey_answer_population": "'Wie viele Befragte haben Satisfaction Price unter 3?', 'how many customers have a "
                                "satisfaction below 3', 'how many customers rate the service below 3': the customers "
                                "whose latest answer in the survey column the metric averages (within its aspect; "
                                "after rate / rated / bewerten / bewertet the one column answered for every aspect) "
                                "passes the bound, counted",
    "complaint_population": "'Kunden mit mindestens 2 Beschwerden', 'revenue of customers with more than one "
                            "complaint': only the customers whose number of complaint interactions passes the bound",
    "coupon_population": "'Umsatz der Kunden, die einen Gutschein eingelöst haben', 'revenue of customers who never "
                         "redeemed a coupon': only the customers with (without) a redeemed voucher in the coupons table",
    "active_customers": "'Wie viele aktive Kunden haben wir?', 'revenue of active customers': without a window of the "
                        "question and without a client flag or state value 'active', the customers with an order in "
                        "the 12 months before the analysis date; without dated orders asked back",
    "nps_class_population": "'Umsatz der Promotoren', 'average order value of detractors': only the customers whose "
                            "latest NPS answer is in that class (promoters 9–10, passives 7–8, detractors 0–6)",
    "mean_recommendation_score": "'average recommendation score', 'durchschnittliche Weiterempfehlung': the mean of "
                                 "the 0–10 answers, not the NPS (which 'average NPS' stays)",
    "non_sale_amount": "'Wie hoch waren die Verkaufsgebühren?', 'Wie viel wurde ausgezahlt?': lines of a type that "
                       "is no sale (fees, payouts) named without a figure: the sum of their amounts as recorded (counted: how many)",
    "gross_revenue": "'Bruttoumsatz', 'revenue including VAT': the sum of the client's gross column, else asked "
                     "back (revenue is net)",
    "interaction_scope": "'Reaktionszeit auf Beschwerden', 'response time by kind': an interaction metric keeps "
                         "only the interaction kinds named, and a bare kind/type/channel is the interaction's; "
                         "'Wie viele Beschwerden gab es?', 'Beschwerden 2024': complaint words without a rate are "
                         "the count of complaints",
    "separable_verb": "'Wie viel geben Kunden für Wein aus?', 'kaufen … ein', 'springen … ab', 'kamen … wieder': a "
                      "German verb's stem and the particle closing its clause are read as one verb (ausgegeben, "
                      "eingekauft, abgesprungen, wiedergekommen), never the stem asked back",
    "churn_sides": "'Average balance of churned vs retained customers', 'customers who left with those who stayed', "
                   "'abgewandert vs. geblieben', 'gekündigt vs. treu' on a customers table with a churn flag: the "
                   "figure by the flag's two values, never the retention rate nor a word asked back",
    "status_union": "'How many orders were cancelled or on hold?', 'storniert oder zurückgestellt', 'cancelled and "
                    "disputed orders': a cancel word joined by or/and with another value of the status column is the "
                    "orders of any of those statuses (cancelled ones counted); unjoined, or beside another figure, "
                    "asked back — never the cancelled count under the other status (empty by construction)",
    "cancelled_value": "'Welchen Wert hatten die stornierten Aufträge?', 'value of the cancelled orders': a value word "
                       "beside cancelled orders asks for their amount (cancelled_value), not how many they were",
    "cohort_population": "'lifetime revenue of the customers we acquired in 2010', 'Umsatz der 2010 gewonnenen Kunden': "
                         "only the customers whose first order lies in that window; with lifetime / bisher their "
                         "figure over all data, else in the window",
    "every_period_population": "'how many customers bought in every quarter of 2011', 'in jedem Monat 2011 bestellt': "
                               "only the customers with an order in each period of that grain in the window, never "
                               "the customers per period",
    "complaint_figure": "'Wie hoch ist die Beschwerdequote?', 'What share of customers complained?': a share of the "
                        "complaint words without a grouping or comparison word is one number, the complaint rate (one "
                        "row, column complaint_rate); grouped or beside churn, retention or 'vs' the complaint analysis",
    "funnel_stage": "'How many leads are in the funnel?', 'Wie viele Interessenten haben wir?': one funnel stage named "
                    "is that stage's row (at it now, reached it), not the whole funnel",
    "master_words": "'Wie viele Firmen sind im CRM?', 'Wie viele Einträge je Status?': on a workspace without order "
                    "lines the master's container (CRM, Kundenstamm) adds nothing and its rows (Einträge, records) "
                    "are the customers; companies (Firmen, companies) are the customers of a table describing "
                    "companies with no B2B/B2C column; elsewhere the words are asked back",
    "all_aspects": "'average satisfaction over all aspects', 'Zufriedenheit über alle Aspekte': a survey figure per "
                   "aspect said over all aspects (aspects combined) is one number over every aspect answer, not the "
                   "per-aspect table",
    "funnel_conversion": "'Konversionsrate Lead zu Kunde', 'lead to customer conversion rate': the funnel's rate "
                         "between the two stages named, one number",
    "period_outside_data": "'Umsatz 2008' on 2009–2011 data, 'Q3 2025' after the analysis date, any period on data "
                           "without order dates: asked back naming what the data covers, never answered as 0",
    "unpaid_amount": "'unbezahlter Umsatz', 'unpaid revenue', 'offener Umsatz': the sum of the owed column (Balance "
                     "Due, Offener Betrag, AmountDue written in one word; 'How much is outstanding on invoices?' too), else revenue of the lines whose status is not paid (overdue included) or "
                     "without a paid flag; a word that is a value of the data keeps that value; with none of them the word is "
                     "asked back",
    "mean_per_order": "'Durchschnittliche Menge pro Bestellung', 'average quantity per order': an average of the "
                      "quantity with the order as its unit is the quantity over the orders (quantity_per_order), "
                      "never asked 'per what?'; 'Artikel / items per order' stays asked back",
    "segment_of_the_window": "'ABC classes for 2011 only: how many customers in each', 'ABC-Klassen 2011: Umsatz je "
                             "Klasse': line figures by the ABC classes computed on that period's revenue; the whole "
                             "ABC analysis of a period is still asked back",
    "period_change": "'Veränderung des Umsatzes zum Vorjahr in %', 'revenue change 2011 over 2010 in %', 'YoY revenue "
                     "growth 2004', 'Umsatz MoM im Juni 2025': the change between the two periods the rest of the "
                     "question names (or one calendar period and the one before it: YoY a year, MoM a month, QoQ a "
                     "quarter; a year alone the year before) as one row with the absolute change and the change in %; with a grouping "
                     "('Umsatzveränderung 2004 gegenüber 2003 in % je Produktlinie') one row per group; "
                     "'in percent' / 'um wie viel Prozent' beside a comparison ('new customers 2011 vs 2010 in "
                     "percent') or a development verb ('How did revenue develop from 2010 to 2011 in percent?') "
                     "asks for the change too (never a share table), a range of two whole periods ('from 2010 to "
                     "2011') is the later vs the earlier, one year with a grouping is each group's change to the "
                     "year before, and a follow-up naming one period ('same for Q3') moves both periods",
    "growth_of_revenue": "'Wachstum Deutschland 2011 zum Vorjahr', 'growth vs previous year, 2024, Austria': growth "
                         "without a figure is the growth of revenue (like 'best' in revenue_by_default); "
                         "`understood` names revenue",
    "pareto_customers": "'Wie viele Kunden machen 80 % des Umsatzes?', 'what percentage of customers generate 80% of "
                        "revenue?': the customers making up the A threshold of revenue (the one crossing it "
                        "included) are ABC class A — their count, or their share of customers; another percent, "
                        "or the question with a period or a filter, is asked back",
    "named_cohort": "'repeat rate for the march 1997 cohort', 'Umsatz der Kohorte Q1 2024': the cohort named with one "
                    "calendar period is the customers whose first order lies in it, their figure over all data ('by "
                    "cohort' / 'je Kohorte' stays a grouping)",
    "cohort_in_period": "'Kohorte März 2024: wie viele haben im April 2024 wieder gekauft?': a rate "
                        "between periods by cohort with two months named is the earlier month's cohort in the "
                        "later month (one row), never every cohort's rate in that month",
    "funnel_end": "'Wie viele stehen ganz oben im Trichter?', 'how many are at the bottom of the funnel': the funnel's "
                  "first / last stage named by its place, one row (a stage word beside it names the people counted)",
    "ranked_customers": "'Top-10 nach prognostiziertem Kundenwert', 'bottom 5 by P(alive)': a top-N of a figure that "
                        "exists only per customer (family customer) and no grouping ranks the customers",
    "cohort_later": "'Wie viele Neukunden aus 2024 haben 2025 nochmal gekauft?', 'Kohorte Dezember 2010: wie viele "
                    "kauften im Januar 2011?': a count of a cohort (the cohort word, or the new customers with a word "
                    "of buying again) with two periods is the customers whose first order lies in the earlier one "
                    "and who ordered in the later one, never every cohort compared between the two periods",
    "qualified_dimension": "'Durchschnittliche Akquisekosten je Kanal': a bare dimension beside a measured column "
                           "with a qualifier (acquisition_cost) is that qualifier's dimension (acquisition_channel) "
                           "where the data has it",
    "restated_parts": "'value at risk: how much yearly revenue is with customers likely to churn?': the figures a "
                      "metric is built from (Metric.built_from) and an adjective of the span it covers ('yearly "
                      "revenue') named beside it restate it, never a second figure or a split by period",
    "customer_event_dates": "'How many cancellations in 2024?', 'new customers in 2023' on a customers table alone "
                            "(subscriptions, a member list): the customers whose cancellation / start date column "
                            "('canceled_at', 'Kündigung zum', 'activated_at') lies in the window",
}


def markdown_table() -> str:
    """The rule table for docs/ask.md."""
    rows = ["| # | rule | when | example (en) | example (de) |", "|---|---|---|---|---|"]
    rows += [f"| {i} | `{r.name}` | {r.when_en} | {r.example_en} | {r.example_de} |" for i, r in enumerate(RULES, 1)]
    return "\n".join(rows)
