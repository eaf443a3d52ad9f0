"""Readings where a word of the question names a value of the client's data rather than what the same word
means elsewhere (docs/ask.md): a cadence value is no time grain ("Wie viele Kunden zahlen monatlich?" on a table
whose 'Billing' column holds 'monthly' counts the monthly payers, never customers per month)."""

from __future__ import annotations

from dataclasses import replace

from insight.query.lexicon import Mention

# the time dimensions a cadence adverb names as a grain ('monthly' → month)
_GRAINS = frozenset({"month", "quarter", "year", "week", "day"})


def cadence_values(mentions: list[Mention]) -> list[Mention]:
    """A word that is both a value of a data column and a time grain ('monthly', 'jährlich', 'annually') reads as
    the value: the data says it is a category there, and the grain has its own unambiguous words ('per month',
    'nach Monat'). Said right beside a metric ("monthly revenue", "Umsatz monatlich") the word keeps its grain:
    that is the everyday phrase for the figure per month. Mentions without a value sense keep every sense."""
    metric_at = {i for m in mentions if any(s.kind == "metric" for s in m.senses) for i in (m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        if any(s.kind == "value" for s in m.senses) and any(s.kind == "dim" and s.name in _GRAINS for s in m.senses) \
                and m.end not in metric_at and m.start not in metric_at:
            m = replace(m, senses=tuple(s for s in m.senses if not (s.kind == "dim" and s.name in _GRAINS)))
        out.append(m)
    return out
