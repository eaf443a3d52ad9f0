"""How a thing was done is a value, not a grouping: "customers who pay by Electronic check", "zahlen per
Lastschrift", "orders shipped Same Day", "per Express versendet".

Beside a verb of paying, shipping or delivering (before the value, or after it in German word order), "by" /
"per" / "via" before a value of the data says by what means: the value is a filter, never a grouping by it (which ``parser._by_a_value`` would ask back), and the verb
itself names nothing more than the value's column does — it is no unknown word.
"""

from __future__ import annotations

from insight.query.lexicon import Mention

MEANS_VERBS = frozenset(
    "pay pays paid paying zahlen zahlt zahlte zahlten bezahlen bezahlt bezahlte bezahlten "
    "ship ships shipped shipping sent send sends deliver delivers delivered versandt versendet versenden verschickt "
    "verschicken geliefert liefern ausgeliefert zugestellt".split()
)
_VIA = frozenset({"by", "per", "via", "with", "mit", "uber"})


def _value_only(mention: Mention) -> bool:
    return bool(mention.senses) and all(s.kind == "value" for s in mention.senses)


def means_of_a_value(tokens: list[str], mentions: list[Mention], unknown: list[str]) -> tuple[list[Mention], list[str]]:
    """Mentions without the "by" of a means ("pay by X"), and the unknown words without the verb of a means
    that stands before a value ("shipped Same Day")."""
    by_start = {m.start: m for m in mentions}
    out: list[Mention] = []
    verbs: set[str] = set()
    for m in mentions:
        nxt = by_start.get(m.end)
        before = tokens[m.start - 1] if m.start > 0 else ""
        after = tokens[nxt.end] if nxt is not None and nxt.end < len(tokens) else ""
        if (before in MEANS_VERBS or after in MEANS_VERBS) and tokens[m.start] in _VIA and m.end == m.start + 1 \
                and nxt is not None and _value_only(nxt) and any(s.kind == "kw" for s in m.senses):
            verbs.add(before if before in MEANS_VERBS else after)
            continue  # "pay by X", "per X geliefert": the means, not a grouping
        if m.start > 0 and _value_only(m) and (before in MEANS_VERBS or (
                before in _VIA and m.start > 1 and tokens[m.start - 2] in MEANS_VERBS)):
            verbs.add(tokens[m.start - 1] if before in MEANS_VERBS else tokens[m.start - 2])
        if _value_only(m) and m.end < len(tokens) and tokens[m.end] in MEANS_VERBS:
            verbs.add(tokens[m.end])  # "Express geliefert", "per Lastschrift bezahlt"
        out.append(m)
    if not verbs:
        return mentions, unknown
    return out, [w for w in unknown if w not in verbs]
