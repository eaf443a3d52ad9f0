"""Orders by their value (docs/ask.md, "Time phrases, age bands and column words"): "How many orders were above 100
dollars?", "Bestellungen über 50 Euro", "orders with a value of at least 200", "Umsatz der Aufträge unter 20 €".

An order noun followed by a comparison with an amount — a currency word after the number, or a value noun
between ("orders with a value above 100", "Aufträge mit einem Wert von über 100") — bounds each order's value
(the sum of its lines, window and filters applied): only those orders count, for every figure asked (their
number, revenue, customers). A verb between the noun and the comparison says the same ("Bestellungen lagen über
1.000", "orders that were over 100"), and so does a value noun after the amount ("orders under 100 in value") or
an amount with cents ("orders above 1,500.50": money whatever unit is said). A bare number right after the noun ("orders over 100") names no unit and is
left to the parser, which asks about it. The plan keeps the bound as ``Population.order_value``; the executor turns it into
one filter on the orders' keys (``activity_population.orders_by_value``).
"""

from __future__ import annotations

import re
from insight.language import Language
from insight.query import lazy_re
from insight.query.numbers import CENTS, amount, has_cents

STEP = "order_value_population"
_OPS = {
    "gt": r"above|over|more\s+than|greater\s+than|higher\s+than|larger\s+than|exceeding|uber|mehr\s+als|grosser\s+als|"
          r"hoher\s+als",
    "ge": r"at\s+least|mindestens|ab",
    "lt": r"below|under|less\s+than|lower\s+than|smaller\s+than|unter|weniger\s+als|kleiner\s+als|niedriger\s+als",
    "le": r"at\s+most|up\s+to|hochstens|bis\s+zu",
}
_OP = "|".join(f"(?P<{op}>{words})" for op, words in _OPS.items())
_NOUN = (r"(?:orders?|bestellungen|bestellung|auftragen|auftrage|auftrag|invoices?|rechnungen|rechnung|purchases?|"
         r"kaufe|einkaufe|transactions?|transaktionen|belege|tickets?|bons|baskets?|warenkorbe)")
_VALUE = r"(?:value|total|amount|order\s+value|wert|bestellwert|auftragswert|betrag|rechnungsbetrag|warenwert)"
_LINK = (rf"(?:(?:were|was|are|is|worth|valued\s+at|waren|war|sind|ist|lagen|liegen|von|of|in\s+(?:the\s+)?amount\s+of"
         rf"|im\s+wert\s+von|with\s+(?:an?\s+)?{_VALUE}(?:\s+of)?|mit\s+(?:einem\s+)?{_VALUE}(?:\s+von)?)\s+)")
_NUMBER = rf"(?P<n>(?:\d{{1,3}}(?:\s\d{{3}})+|\d+){CENTS})(?:\s*(?P<scale>k|tsd|tausend|thousand))?"
_MONEY = r"(?P<money>\s*(?:€|\$|eur|euro|euros|dollars?|usd|pfund|pounds?|gbp|chf|franken))"
# "orders under 100 in value", "Bestellungen über 100 an Wert": the value noun after the amount says the same
_AFTER = rf"(?P<after>\s+(?:in|an|im)\s+{_VALUE})"
# "Bestellungen aus Frankreich lagen über 500 €", "UK orders in 2010 worth more than 5000": a few words between the
# noun and its verb (a place, the year's preposition) name no other thing; a word naming people, products, revenue
# or a number does, and ends the reach
_OTHER = (r"(?:\d\w*|customers?|clients?|kunden\w*|kundinnen|products?|produkt\w*|artikel\w*|items?|revenue|sales|"
          r"umsatz\w*|spent|spend\w*|ausgegeben|mit|with|per|pro|je|und|and|oder|or|by|nach)")
_GAP = rf"(?P<gap>(?:(?!{_OTHER}\b)[a-z]+\s+){{0,3}}?)"
_ORDER_VALUE = lazy_re.compile(rf"\b{_NOUN}\s+{_GAP}(?P<link>{_LINK}*)(?:{_OP})\s+{_NUMBER}{_MONEY}?{_AFTER}?"
                               rf"(?!\s*(?:%|prozent|percent))\b(?!\s+(?:ausgegeben|spent|umgesetzt))")
# "Bestellungen zwischen 100 und 300 Euro", "orders between 1,000 and 5,000 dollars": both ends included
_LOW = _NUMBER.replace("(?P<n>", "(?P<low>").replace("(?P<scale>", "(?P<low_scale>")
_RANGE = lazy_re.compile(rf"\b{_NOUN}\s+{_GAP}(?P<link>{_LINK}*)(?:between|zwischen)\s+{_LOW}{_MONEY.replace('money', 'low_money')}?"
                         rf"\s+(?:and|und)\s+{_NUMBER}{_MONEY}?{_AFTER}?(?!\s*(?:%|prozent|percent))\b"
                         rf"(?!\s+(?:ausgegeben|spent|umgesetzt))")
# "Bestellungen lagen über 1.000", "orders were worth more than 50": the orders themselves lie above the amount
_VERB = lazy_re.compile(r"\b(?:were|was|are|is|worth|valued|waren|war|sind|ist|lagen|liegen|lag|liegt)\b")
_SCALE = {"k": 1e3, "tsd": 1e3, "tausend": 1e3, "thousand": 1e3}


def _bare_range(m: re.Match, low: float, high: float) -> bool:
    """ "orders between 100 and 500", "Bestellungen zwischen 100 und 500": a range right after the order noun
    describes each order, and the size an order has is its value — read so (the understood line says "only orders
    with a value between …"), unlike a single bare bound ("orders over 100": more than 100 orders?), which is asked
    back. Two year-like numbers (1900–2100) are a period, never amounts."""
    return not m.group("gap") and not m.group("link") and not (1900 <= low <= 2100 and 1900 <= high <= 2100)


def read(rest: str) -> tuple[tuple[str, float] | tuple[str, float, float] | None, str]:
    """The bound on each order's value the folded question names, and the text without it (only the comparison
    and its amount leave; the order noun stays, so "how many orders" still counts orders). A range gives
    ("ge", low, high)."""
    for m in _RANGE.finditer(rest):
        linked = bool(re.search(_VALUE, m.group("link") or "") or _VERB.search(m.group("link") or ""))
        low = amount(m.group("low")) * _SCALE.get(m.group("low_scale") or "", 1.0)
        high = amount(m.group("n")) * _SCALE.get(m.group("scale") or "", 1.0)
        if (m.group("gap") and not linked) or not (m.group("money") or m.group("low_money") or m.group("after") or
                                                   has_cents(m.group("n")) or linked or _bare_range(m, low, high)):
            continue  # "orders from France between 50 and 100": the words between may be what the range bounds
        if high < low:
            continue  # "zwischen 300 und 100": asked back
        return ("ge", low, high), rest[:m.end("gap")] + " " + rest[m.end():]
    for m in _ORDER_VALUE.finditer(rest):
        linked = bool(re.search(_VALUE, m.group("link") or "") or _VERB.search(m.group("link") or ""))
        if m.group("gap") and not linked:
            continue  # "orders from France over 100 €": the words between may bound something else; only a verb ties
        if not (m.group("money") or m.group("after") or has_cents(m.group("n")) or linked):
            continue  # "orders over 100": no unit, the parser asks what the number is ("over 100.50": money)
        op = next(o for o in _OPS if m.group(o))
        value = amount(m.group("n")) * _SCALE.get(m.group("scale") or "", 1.0)
        start = m.start("link") if m.group("link") else m.start(op)
        start = start if not m.group("gap") else m.end("gap")
        return (op, value), rest[:start] + " " + rest[m.end():]
    return None, rest


# the bound words of an offered reading, per language: "orders with a value above 100"
_BOUND_WORDS = {"en": {"gt": "above", "ge": "of at least", "lt": "below", "le": "of at most"},
                "de": {"gt": "über", "ge": "von mindestens", "lt": "unter", "le": "von höchstens"}}
_BARE = lazy_re.compile(rf"\b{_NOUN}\s+(?:{_OP})\s+{_NUMBER}\b")


def bare_bound(text: str) -> tuple[str, str] | None:
    """ "orders over 100" (folded): the bound word's op and the number as typed, where an order noun is directly
    followed by a comparison and a bare number — asked back, with the order-value reading offered."""
    m = _BARE.search(text)
    if m is None:
        return None
    return next(o for o in _OPS if m.group(o)), m.group("n")


def bound_option(op: str, number: str, lang: Language) -> str:
    """The order-value reading of a bare bound, as a question to pick: "orders with a value above 100"."""
    from insight.messages import say

    return say("option_order_value_bound", lang, bound=_BOUND_WORDS.get(lang, _BOUND_WORDS["en"])[op], n=number)
