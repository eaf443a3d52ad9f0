"""Known gaps of Ask on the fresh evaluation set (questions_fresh.jsonl): question id → one-line reason.

test_fresh_eval.py marks these xfail(strict=True): a fix shows up as XPASS, and the entry must then be
removed. Reasons start with
  "silent: ..."                   status ok but wrong (the worst kind): what it answered instead;
  "asked back, should answer"    clarify/error where the data supports an answer;
  "answered, should ask back"    an answer where the question names something the data lacks;
  "asked back without naming ..." clarify/error, but the text does not name the unknown word.
Regenerate from a baseline run with  .venv/bin/python tests/ask_fresh/score.py --write-gaps
"""

KNOWN_GAPS: dict[str, str] = {
    'fr004': "asked back, should answer: Ich habe in der Frage keine Kennzahl erkannt ('geld', 'kam', 'rein' kenne ich nicht). Meinen Sie eines davon?",  # Wie viel Geld kam im Geschäftsjahr 2010 rein?
    'fr017': "silent: customers · 2010 · country EIRE · all customers -> ['customers'] [[5]] (missing column(s) ['revenue']; columns are ['customers'])",  # How much did Irish customers (EIRE) spend in 2010?
    'fr024': "silent: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]] (missing column(s) ['year']; columns are ['revenue'])",  # Jahresumsätze im Vergleich
    'fr033': "silent: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]] (missing column(s) ['unattributed_revenue']; columns are ['revenue'])",  # How much revenue cannot be attributed to any customer?
    'fr049': "silent: orders · all data up to the analysis date · all customers -> ['orders'] [[40077]] (missing column(s) ['aov']; columns are ['orders'])",  # What does the average order bring in?
    'fr054': "silent: Umsatz je Artikel, Land · alle Daten bis zum Stichtag · alle Kunden · Top 3 -> ['product_id', 'country', 'revenue'] [['DOT', 'United Kingdom', 309844.1], ['22423', 'United Kingdom', 264592.12]] (missing column(s) ['quantity']; columns are ['product_id', 'country', 'revenue'])",  # Wie viele Artikel wurden je Land verkauft? Top 3
    'fr061': "silent: revenue by customer · all data up to the analysis date · all customers · Top 5 -> ['customer_id', 'revenue'] [[18102, 570380.61], [14646, 523342.07]] (row 1 is 18102, expected 14646)",  # top 5 Dutch customers by revenue
    'fr063': "silent: orders · all data up to the analysis date · all customers -> ['orders'] [[40077]] (missing column(s) ['repeat_rate']; columns are ['orders'])",  # What share of our buyers came back for a second order?
    'fr065': "silent: customers · all data up to the analysis date · all customers -> ['customers'] [[5878]] (customers 5,878, expected 4,255)",  # How many repeat customers do we have?
    'fr069': "silent: customers · all data up to the analysis date · all customers -> ['customers'] [[5878]] (customers 5,878, expected 1,623)",  # How many customers ordered exactly once?
    'fr072': "silent: Kunden · 2011 gegenüber 2010 · alle Daten bis zum Stichtag · alle Kunden -> ['year', 'customers'] [[2011, 4219], [2010, 4231]] (missing column(s) ['churn_rate']; columns are ['year', 'customers'])",  # Welcher Anteil der Kunden von 2010 ist 2011 abgewandert?
    'fr073': "silent: customers · 2011 vs 2010 · all data up to the analysis date · all customers -> ['year', 'customers'] [[2011, 4219], [2010, 4231]] (missing column(s) ['churn_rate']; columns are ['year', 'customers'])",  # What fraction of the 2010 buyers did we lose in 2011?
    'fr079': "silent: ABC segmentation · all data up to the analysis date · ABC class C · all customers -> ['abc_class', 'customers', 'customer_share', 'revenue', 'revenue_share', 'mean_revenue', 'mean_orders', 'mean_recency_days'] [['C', 2645, 0.4499829874106839, 819694.571, 0.04996705429683722, 309.9034294896 (no row for A)",  # ABC analysis: how many A, B and C customers?
    'fr082': "silent: Umsatz · alle Daten bis zum Stichtag · ABC-Klasse C · alle Kunden -> ['revenue'] [[819694.57]] (missing column(s) ['abc_class']; columns are ['revenue'])",  # Umsatz der A-, B- und C-Kunden
    'fr089': "silent: orders by customer · all data up to the analysis date · all customers · Top 10 -> ['customer_id', 'orders'] [[14911, 398], [12748, 336]] (missing column(s) ['expected_orders']; columns are ['customer_id', 'orders'])",  # Which customers are expected to order the most in the next 90 days?
    'fr091': "silent: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]] (missing column(s) ['country']; columns are ['revenue'])",  # Umsatz nach Lnad
    'fr117': "silent: Abwanderungsrisiko je Kunde · alle Daten bis zum Stichtag · alle Kunden · Top 10 -> ['customer_id', 'churn_risk'] [[12835, 0.9999999997767679], [17448, 0.99999991350379]] (missing column(s) ['revenue']; columns are ['customer_id', 'churn_risk'])",  # Wer sind unsere wertvollsten Kunden?
    'fr118': 'asked back, should answer: This combination of metrics and groupings cannot be computed on this data; please ask for one metric at a time',  # top customers
    'fr123': "silent: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[5878]] (a definition was expected, got numbers: [[5878]])",  # Was versteht ihr unter einem Kunden?
    'fr125': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]]",  # Revenue by category
    'fr127': "answered, should ask back: customers · all data up to the analysis date · all customers -> ['customers'] [[5878]]",  # How many customers have no phone number?
    'fr128': "answered, should ask back: Marge · alle Daten bis zum Stichtag · alle Kunden -> ['margin'] [[1.0]]",  # Marge nach Lieferant
    'fr130': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]]",  # revenue per sales rep
    'fr131': "asked back without naming ['E-Mail', 'mail']: Ich lese und analysiere die Daten nur; ich ändere oder lösche nichts, führe keinen Code aus und folg",  # Wie viele Kunden haben eine E-Mail-Adresse hinterlegt?
    'fr132': "answered, should ask back: revenue by month · 2011 · all customers -> ['month', 'revenue'] [['2011-01', 560000.26], ['2011-02', 498062.65]]",  # complaints per month in 2011
    'fr139': "answered, should ask back: Umsatz je Land · alle Daten bis zum Stichtag · alle Kunden -> ['country', 'revenue'] [['United Kingdom', 16037854.52], ['EIRE', 610244.27]]",  # Umsatz nach Region
    'fr140': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]]",  # Umsatz der Warengruppe Möbel
    'fr141': "answered, should ask back: customers · all data up to the analysis date · all customers -> ['customers'] [[5878]]",  # How much did our B2B customers spend?
    'fr142': "asked back without naming ['Bayern']: Das lässt sich mit diesen Daten nicht beantworten: the data has no 'income_band' values (column 'inc",  # Wie viele Kunden kommen aus Bayern?
    'fr143': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]]",  # revenue by payment method
    'fr144': "answered, should ask back: Umsatz je Land · alle Daten bis zum Stichtag · alle Kunden -> ['country', 'revenue'] [['United Kingdom', 16037854.52], ['EIRE', 610244.27]]",  # Durchschnittliche Lieferzeit pro Land
    'fr146': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]]",  # Umsatz pro Filiale
    'fr148': "answered, should ask back: Umsatz je Land · alle Daten bis zum Stichtag · alle Kunden -> ['country', 'revenue'] [['United Kingdom', 16037854.52], ['EIRE', 610244.27]]",  # Versandkosten nach Land
    'fr149': "answered, should ask back: average order value · all data up to the analysis date · all customers -> ['aov'] [[471.82]]",  # average discount per order
    'fr150': "answered, should ask back: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[5878]]",  # Wie viele Kunden haben den Newsletter abonniert?
    'fr151': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]]",  # revenue by brand
    'fr152': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]]",  # Umsatz je Vertriebsmitarbeiter
    'fr154': "answered, should ask back: Gewinn · 2011 · alle Kunden -> ['profit'] [[8998790.91]]",  # Gewinn nach Lieferant 2011
    'fr155': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[18908996.98]]",  # Umsatz nach Flurbel
    'fr156': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[18908996.98]]",  # revenue per zorglub
    'fr160': "answered, should ask back: customers · all data up to the analysis date · all customers -> ['customers'] [[5878]]",  # Which customers have a loyalty card?
    'fd003': "silent: Umsatz · Januar 2025 bis Juni 2025 gegenüber 1. Halbjahr 2024 · alle Daten bis zum Stichta -> ['period', 'revenue'] [['Januar 2025 bis Juni 2025', 1279408.77], ['1. Halbjahr 2024', 967996.03]] (expected one row, got 2)",  # Umsatz im ersten Halbjahr 2024 (Januar bis Juni)
    'fd012': "silent: revenue share · all data up to the analysis date · customer type b2c · all customers -> ['revenue_share'] [[0.12162249486654438]] (missing column(s) ['kind', 'revenue']; columns are ['revenue_share'])",  # revenue split between business and consumer customers
    'fd017': "silent: Kundenwert je Akquisekanal je Kunde · alle Daten bis zum Stichtag · alle Kunden -> ['acquisition_channel', 'customers', 'revenue', 'mean_clv', 'mean_customer_capital', 'mean_acquisition_cost', 'value_cost_ratio'] [['Field sales', 222, 1622386.0, 959.7860213417574, 2900.60890990991, 555.844954 (row 1 is Field sales, expected Website)",  # Welcher Akquisekanal hat die meisten Kunden gebracht?
    'fd023': "silent: Kunden je Status · alle Daten bis zum Stichtag · Status Lead, Kontakt, Interessent · alle  -> ['status', 'customers'] [] (missing column(s) ['stage']; columns are ['status', 'customers'])",  # Wie viele Leads, Kontakte, Interessenten und Kunden haben wir?
    'fd031': "silent: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[3000]] (customers 3,000, expected 320)",  # Wie viele Kunden sind unrentabel?
    'fd032': "silent: customers · all data up to the analysis date · all customers -> ['customers'] [[3000]] (missing column(s) ['customer_id', 'profit']; columns are ['customers'])",  # Which customers are unprofitable?
    'fd033': "silent: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[3000]] (missing column(s) ['customer_id', 'profit']; columns are ['customers'])",  # Welche Kunden sind unrentabel?
    'fd034': "silent: customers · all data up to the analysis date · all customers -> ['customers'] [[3000]] (customers 3,000, expected 938)",  # How many customers have not yet paid back their acquisition cost?
    'fd035': "silent: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[3000]] (customers 3,000, expected 930)",  # Wie viele Kunden haben keine Telefonnummer?
    'fd036': "silent: customers · all data up to the analysis date · contact preference phone · all customers -> ['customers'] [[693]] (customers 693, expected 930)",  # How many customers have no phone number?
    'fd037': 'asked back, should answer: Ich lese und analysiere die Daten nur; ich ändere oder lösche nichts, führe keinen Code aus und folge keinen A',  # Wie viele Kunden haben eine E-Mail-Adresse?
    'fd039': "silent: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[5712066.22]] (missing column(s) ['country']; columns are ['revenue'])",  # Umsatz nach Lnad
    'fd042': "silent: customers by sales channel · all data up to the analysis date · all customers -> ['channel', 'customers'] [['online', 2150], ['shop', 1283]] (missing column(s) ['acquisition_channel']; columns are ['channel', 'customers'])",  # custmers by acquisiton channel
    'fd046': "silent: churn risk by customer · all data up to the analysis date · all customers · Top 10 -> ['customer_id', 'churn_risk', 'name'] [['K10002', 1.0, 'Café Klein'], ['K10295', 1.0, 'Hoffmann Gastronomie e.K.']] (missing column(s) ['revenue']; columns are ['customer_id', 'churn_risk', 'name'])",  # Who are our most valuable customers?
    'fd050': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[5712066.22]]",  # Umsatz nach Lieferant
    'fd051': "answered, should ask back: revenue by product · all data up to the analysis date · all customers -> ['product_id', 'revenue'] [['P1002', 780070.5], ['P1001', 709954.37]]",  # revenue by product category
    'fd052': "answered, should ask back: Marge · alle Daten bis zum Stichtag · Vertriebskanal shop · alle Kunden -> ['margin'] [[0.5420341961985411]]",  # Marge je Filiale
    'fd053': "answered, should ask back: customers · all data up to the analysis date · all customers -> ['customers'] [[3000]]",  # How many customers own a dog?
    'fd054': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[5712066.22]]",  # Umsatz bei Regenwetter
    'fd055': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[5712066.22]]",  # revenue by payment method
    'fd057': "answered, should ask back: revenue by country · all data up to the analysis date · all customers -> ['country', 'revenue'] [['Germany', 3874548.16], ['Switzerland', 593399.43]]",  # shipping costs by country
    'fd058': "answered, should ask back: Umsatz · alle Daten bis zum Stichtag · alle Kunden -> ['revenue'] [[5712066.22]]",  # Umsatz nach Bundesland
    'fd059': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[5712066.22]]",  # revenue per salesperson
    'fd060': "answered, should ask back: Kunden · alle Daten bis zum Stichtag · alle Kunden -> ['customers'] [[3000]]",  # Kunden nach Hobby
    'fd061': "answered, should ask back: revenue by sales channel · all data up to the analysis date · all customers -> ['channel', 'revenue'] [['field', 3087501.3], ['online', 2307991.72]]",  # average discount by channel
    'fd063': "answered, should ask back: revenue · all data up to the analysis date · all customers -> ['revenue'] [[5712066.22]]",  # revenue by warehouse
    'fd064': "answered, should ask back: Umsatz je Land · alle Daten bis zum Stichtag · alle Kunden -> ['country', 'revenue'] [['Germany', 3874548.16], ['Switzerland', 593399.43]]",  # Umsatz nach Marke
    'fd065': "answered, should ask back: customers · all data up to the analysis date · all customers -> ['customers'] [[3000]]",  # How many customers follow us on Instagram?
    'fd066': "answered, should ask back: Kunden je Kundentyp · alle Daten bis zum Stichtag · alle Kunden -> ['kind', 'customers'] [['b2c', 2244], ['b2b', 756]]",  # Kunden mit Kundenkarte
    'fd067': "answered, should ask back: revenue by country · all data up to the analysis date · all customers -> ['country', 'revenue'] [['Germany', 3874548.16], ['Switzerland', 593399.43]]",  # revenue by sales region
    'fs011': "asked back, should answer: I do not know 'bought', 'something' in this data (understood: customers). Did you mean: king, sommer?",  # How many customers bought something?
    'fs018': "asked back, should answer: Das Wort 'dealgrosse' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: dean, sue?",  # Umsatz nach Dealgröße
    'fs023': "asked back, should answer: I do not know 'ordered' in this data (understood: customers). Did you mean: orders, order lines, ORDERLINENUMB",  # How many customers ordered at least twice?
    'fs024': "asked back, should answer: I do not know 'line' in this data (understood: revenue). Did you mean: order lines, cancelled lines, total ORD",  # revenue by prodcut line
    'fc001': "asked back, should answer: I do not know 'file' in this data (understood: customers). Please rephrase.",  # How many customers are in the file?
    'fc003': "asked back, should answer: I do not know 'left', 'bank' in this data (understood: customers). Did you mean: income band?",  # What share of customers left the bank?
    'fc005': "asked back, should answer: I do not know 'men', 'women' in this data (understood: churn rate). Did you mean: RFM segments, RFM segment, t",  # churn rate for men and women
    'fc006': "asked back, should answer: Das lässt sich mit diesen Daten nicht beantworten: the data has no 'product_id' column.",  # Abwanderungsrate je Anzahl Produkte (NumOfProducts)
    'fc014': "asked back, should answer: This cannot be answered from this data: 'revenue' needs order lines (customer, date, amount), and this data is",  # Durchschnittsalter (Age) je Geography
    'fc017': "asked back, should answer: 'tenure' can mean the data's column (tenure, sum_tenure) or the built-in tenure_months. Which one do you mean?",  # average Tenure of customers
    'fc018': "asked back, should answer: Das Wort 'deutschland' kenne ich in diesen Daten nicht (verstanden: Abwanderungsrate). Meinten Sie: Land?",  # Abwanderungsquote in Deutschland
    'fc025': "asked back without naming ['Monatsgebühr']: Ich habe in der Frage keine Kennzahl erkannt ('monatsgebuhr' kenne ich nicht). Meinen Sie eines davo",  # Durchschnittliche Monatsgebühr
    'fc026': "answered, should ask back: mean Balance by country · all data up to the analysis date · all customers -> ['country', 'mean_balance'] [[None, 76485.889288]]",  # average balance by region
    'fc029': "answered, should ask back: Kunden je Branche · alle Daten bis zum Stichtag · alle Kunden -> ['industry', 'customers'] [[None, 10000]]",  # Kunden nach Branche
    'fm001': "asked back, should answer: I do not know 'file', 'hold' in this data (understood: customers). Please rephrase.",  # How many customers does the file hold?
    'fm005': "asked back, should answer: I do not know 'last' in this data (understood: customers, share AcceptedCmp3, share Response). Please rephrase",  # share of customers who accepted the last campaign (Response)
    'fm006': "asked back, should answer: 'income' kann die Spalte der Daten (income, sum_income) oder revenue meinen. Welche ist gemeint?",  # durchschnittliches Income nach Marital_Status
    'fm019': "asked back, should answer: 'incme' can mean the data's column (income, sum_income) or the built-in revenue. Which one do you mean?",  # mean Incme by Education
    'fm024': "answered, should ask back: Kunden je Geschlecht · alle Daten bis zum Stichtag · alle Kunden -> ['gender', 'customers'] [[None, 2240]]",  # Kunden nach Geschlecht
    'fm027': "answered, should ask back: customers by city · all data up to the analysis date · all customers -> ['city', 'customers'] [[None, 2240]]",  # customers by city
    'fm028': "answered, should ask back: Kunden je Kundentyp · alle Daten bis zum Stichtag · alle Kunden -> ['kind', 'customers'] [[None, 2240]]",  # Wie viele Kunden haben eine Kundenkarte?
}
