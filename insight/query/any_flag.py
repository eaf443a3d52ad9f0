"""Customers with at least one of several yes/no columns of one family set (docs/ask.md, "Time phrases, age bands
and column words"): "Wie viele Kunden haben mindestens eine der fünf Kampagnen angenommen?", "customers who
accepted at least one campaign", "accepted any of the offers".

A family is the client's flag columns whose headers say the same deed on numbered objects ('AcceptedCmp1' …
'AcceptedCmp5' = "accepted campaign 1 … 5"). The phrase names the deed (the participle in either language) and
the object (singular or plural, either language); a number of objects given ("der fünf Kampagnen") must equal
the family's size, otherwise the phrase is left for the parser to ask about. The plan keeps the columns as
``Population.any_flag``; the executor turns them into one customer-id filter (customers with any column set).
"""

from __future__ import annotations


import polars as pl

from insight.dataset import Dataset
from insight.query.plan import Filter
from insight.semantic.client import _OBJECT_DE, PARTICIPLES, _spelled_out, client_columns
from insight.semantic.text import fold
from insight.query import lazy_re

STEP = "any_flag_population"
_ONE = r"(?:eine[nrms]?|einem|1|one)"
_DE = lazy_re.compile(
    rf"\b(?:mindestens|wenigstens|zumindest)\s+{_ONE}\s+(?:der|von\s+den|von)\s+(?:(?P<n>\d+)\s+)?(?P<obj>[a-z]+)"
    r"\s+(?P<verb>[a-z]+)\b")
# "irgendeine Kampagne (1 bis 5) angenommen", "eine beliebige der Kampagnen akzeptiert": any of the family; a range
# "1 bis N" given must be the whole family
_DE_ANY = lazy_re.compile(
    r"\b(?:irgendeine[nrms]?|irgendein|eine\s+beliebige(?:\s+der)?)\s+(?P<obj>[a-z]+)\s+(?:1\s+(?:bis|-)\s+(?P<n>\d+)\s+)?"
    r"(?P<verb>[a-z]+)\b")
_EN = lazy_re.compile(
    r"\b(?P<verb>[a-z]+)(?:\s+to)?\s+(?:at\s+least\s+one|any)(?:\s+of)?(?:\s+the)?(?:\s+(?P<n>\d+))?\s+(?P<obj>[a-z]+)\b")


def _family(ds: Dataset, verb: str, obj: str) -> list[str]:
    """The customer flag columns '<deed> <object> <n>' whose deed ``verb`` names and whose object ``obj`` names."""
    out = []
    for col in client_columns(ds):
        if not col.is_flag or col.table != "customers":
            continue
        words = _spelled_out(col.name.replace("_", " ")).lower().split()
        if len(words) != 3 or words[0] not in PARTICIPLES or not words[2].isdigit():
            continue
        de_verbs = PARTICIPLES[words[0]][0]
        if verb != words[0] and verb not in de_verbs:
            continue
        names = {words[1], f"{words[1]}s", fold(_OBJECT_DE.get(words[1], "")), fold(_OBJECT_DE.get(words[1], "")) + "n"}
        if obj in names - {"", "n"}:
            out.append(col.name)
    return out


def read(rest: str, ds: Dataset | None) -> tuple[tuple[str, ...] | None, str, str]:
    """The family of flag columns "at least one of" names, and the text without that phrase (unchanged when
    the phrase does not name a family of two or more columns, or its number differs from the family's size), and
    the phrase."""
    if ds is None:
        return None, rest, ""
    for regex in (_DE, _DE_ANY, _EN):
        for m in regex.finditer(rest):
            family = _family(ds, m.group("verb"), m.group("obj"))
            if len(family) < 2 or (m.group("n") and int(m.group("n")) != len(family)):
                continue
            return tuple(sorted(family)), rest[: m.start()] + " " + rest[m.end():], m.group(0)
    return None, rest, ""


def customers_with_any(ds: Dataset, columns: tuple[str, ...]) -> Filter:
    """customer_id in the customers with at least one of ``columns`` set to its yes value."""
    known = {c.name: c for c in client_columns(ds)}
    expr = pl.any_horizontal([(pl.col(name) == pl.lit(known[name].flag_true)).fill_null(False) for name in columns])
    ids = ds.customers.filter(expr).get_column("customer_id").unique().sort()
    nobody = "" if ids.dtype == pl.String else -1
    return Filter(dimension="customer_id", op="in", values=tuple(ids.to_list()) or (nobody,))
