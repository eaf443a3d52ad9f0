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
    'fd057': "asked back without naming ['shipping']: I do not know 'costs' in this data (understood: revenue). Did you mean: total acquisition cost, aver",  # shipping costs by country
    'fs024': "asked back, should answer: This data has no values or columns for 'line', 'prodcut' (product). Did you mean: order lines, cancelled lines",  # revenue by prodcut line
    'fc025': "asked back without naming ['Monatsgebühr']: Ich habe in der Frage keine Kennzahl erkannt ('monatsgebuhr' kenne ich nicht). Meinen Sie eines davo",  # Durchschnittliche Monatsgebühr
    'fm005': "asked back, should answer: I do not know 'accepted', 'last' in this data (understood: share of customers). Did you mean: share AcceptedCm",  # share of customers who accepted the last campaign (Response)
}
