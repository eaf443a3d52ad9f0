"""The largest / smallest order asked with a question word: "Welcher Auftrag war 2011 der kleinste?", "which order
was the largest?" read as the metric's own words ("kleinste Bestellung", "largest order"), so the order is
measured and named (insight.query.extreme_order) — before, customers were ranked by their orders."""

from __future__ import annotations

from insight.query import lazy_re

# "Welcher Auftrag war 2011 der kleinste?", "which order was the largest?": the superlative said of the order noun
# a few words later is the largest / smallest order (before: customers ranked by their orders, a silent answer)
_WHICH_ORDER = lazy_re.compile(
    r"\b(?:welche[rs]?|which)\s+(?:auftrag|bestellung|rechnung|einkauf|order|invoice|purchase|transaction)\s+"
    r"(?P<mid>(?:(?!(?:je|pro|per|by|nach|kunden?|customers?)\b)\w+\s+){0,4}?)(?:(?:der|die|das|the)\s+)?"
    r"(?P<sup>grosste|groesste|grossten|hochste|hoechste|kleinste|kleinsten|niedrigste|largest|biggest|highest|"
    r"smallest|lowest)\b")
_EXTREME_NOUN = {"grosste": "grosste bestellung", "groesste": "grosste bestellung", "grossten": "grosste bestellung",
                 "hochste": "grosste bestellung", "hoechste": "grosste bestellung",
                 "kleinste": "kleinste bestellung", "kleinsten": "kleinste bestellung",
                 "niedrigste": "kleinste bestellung", "largest": "largest order", "biggest": "largest order",
                 "highest": "largest order", "smallest": "smallest order", "lowest": "smallest order"}


def which_order(norm: str) -> str:
    """The normalised question with "which order was the largest" as "largest order" (the metric's own words)."""
    return _WHICH_ORDER.sub(lambda m: f"{_EXTREME_NOUN[m.group('sup')]} {m.group('mid')}", norm)
