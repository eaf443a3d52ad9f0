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
    'fr033': "asked back, should answer: I do not know 'attributed' in this data (understood: revenue). Did you mean: unattributed revenue?",  # How much revenue cannot be attributed to any customer?
    'fr063': "asked back, should answer: I do not know 'second' in this data (understood: orders). Please rephrase.",  # What share of our buyers came back for a second order?
    'fr069': "asked back, should answer: I do not know 'once' in this data (understood: customers). Did you mean: contact preference, france?",  # How many customers ordered exactly once?
    'fd057': "asked back without naming ['shipping']: I do not know 'costs' in this data (understood: revenue). Please rephrase.",  # shipping costs by country
    'fs018': "asked back, should answer: Das Wort 'dealgrosse' kenne ich in diesen Daten nicht (verstanden: Umsatz). Meinten Sie: dean, sue?",  # Umsatz nach Dealgröße
    'fs024': "asked back, should answer: This data has no values or columns for 'line', 'prodcut' (product). Did you mean: order lines, cancelled lines",  # revenue by prodcut line
    'fc003': "asked back, should answer: I do not know 'left', 'bank' in this data (understood: customers). Did you mean: customers to let go, value by",  # What share of customers left the bank?
    'fc014': "asked back, should answer: This cannot be answered from this data: 'revenue' needs order lines (customer, date, amount), and this data is",  # Durchschnittsalter (Age) je Geography
    'fc017': "asked back, should answer: 'tenure' can mean the data's column (tenure, sum_tenure) or the built-in tenure_months. Which one do you mean?",  # average Tenure of customers
    'fc025': "asked back without naming ['Monatsgebühr']: Ich habe in der Frage keine Kennzahl erkannt ('monatsgebuhr' kenne ich nicht). Meinen Sie eines davo",  # Durchschnittliche Monatsgebühr
    'fm005': "asked back, should answer: I do not know 'accepted', 'last' in this data (understood: customers, share Response). Did you mean: share Acc",  # share of customers who accepted the last campaign (Response)
    'fm006': "asked back, should answer: 'income' kann die Spalte der Daten (income, sum_income) oder revenue meinen. Welche ist gemeint?",  # durchschnittliches Income nach Marital_Status
    'fm019': "asked back, should answer: 'incme' can mean the data's column (income, sum_income) or the built-in revenue. Which one do you mean?",  # mean Incme by Education
}
