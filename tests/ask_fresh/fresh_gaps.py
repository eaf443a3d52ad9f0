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
    'fs024': "asked back, should answer: This data has no values or columns for 'line', 'prodcut' (product). Did you mean: order lines, cancelled lines",  # revenue by prodcut line
    'fm005': "asked back, should answer: I do not know 'accepted', 'last' in this data (understood: share of customers). Did you mean: share AcceptedCm",  # share of customers who accepted the last campaign (Response)
}
