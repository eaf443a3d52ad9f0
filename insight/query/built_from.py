"""Words beside a figure that restate what the figure is made of: "value at risk: how much yearly revenue is with
customers likely to churn?".

A metric whose definition is built from other figures (``Metric.built_from``: value at risk is the revenue of the
customers at churn risk) is often asked by spelling that definition out. The other figures named beside it are then
its parts, not further columns, and a period adjective right before such a part ("yearly revenue", "jährlicher
Umsatz") restates the span the figure already covers (``Metric.span``), not a split by period. Only adjectives: "by
year" / "pro Jahr" stays a grouping (and value at risk by year stays an error, as before). The restating mentions
become the keyword ``restates``, which nothing else reads, so the reading still accounts for every word. A question
listing figures ("Umsatz und Wert in Gefahr") names each of them and is read as before.
"""

from __future__ import annotations

from dataclasses import replace

from insight.query.lexicon import Mention, Sense
from insight.semantic import SEMANTIC_MODEL

STEP = "restated_parts"
RESTATES = Sense("kw", "restates")
_GRAINS = {"year": "year"}
_LISTING = frozenset({"and", "und", "sowie", "plus", "beside", "neben"})  # a metric's span and the period dimension an adjective of it is read as


def _metrics(m: Mention) -> list[str]:
    return [s.name for s in m.senses if s.kind == "metric"]


def restated_parts(mentions: list[Mention], tokens: list[str]) -> tuple[list[Mention], bool]:
    """The mentions with every part of a built-from metric (and a span adjective before a part) read as
    ``restates``; True when any was."""
    whole = [SEMANTIC_MODEL.metrics[n] for m in mentions for n in _metrics(m)[:1]
             if n in SEMANTIC_MODEL.metrics and SEMANTIC_MODEL.metrics[n].built_from]
    if len(whole) != 1 or set(tokens) & _LISTING:  # "Umsatz und Wert in Gefahr": a list of two figures
        return mentions, False
    metric = whole[0]
    parts = set(metric.built_from)
    out = list(mentions)
    changed = False
    for i, m in enumerate(mentions):
        names = _metrics(m)
        if not names or names[0] == metric.name or not set(names) <= parts or \
                any(s.kind in ("value", "kw") for s in m.senses):
            continue
        if any(s.kind == "dim" for s in m.senses) and SEMANTIC_MODEL.metrics[names[0]].headcount:
            continue  # "customers" stays the customer noun it also is
        out[i] = replace(m, senses=(RESTATES,))
        changed = True
        before = mentions[i - 1] if i > 0 else None
        # "yearly revenue" (the word before) or "Jahresumsatz" (the compound's first part: the same word)
        if before is not None and (before.end == m.start or (before.start, before.end) == (m.start, m.end)) and \
                metric.span and \
                [s for s in before.senses] == [Sense("dim", _GRAINS[metric.span])] and \
                not (before.start > 0 and tokens[before.start - 1] in ("by", "per", "pro", "je", "nach")):
            out[i - 1] = replace(before, senses=(RESTATES,))
    return out, changed
