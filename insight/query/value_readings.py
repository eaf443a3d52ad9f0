"""Readings where a word of the question names a value of the client's data rather than what the same word
means elsewhere (docs/ask.md): a cadence value is no time grain ("Wie viele Kunden zahlen monatlich?" on a table
whose 'Billing' column holds 'monthly' counts the monthly payers, never customers per month)."""

from __future__ import annotations

import polars as pl

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


def grouping_by_fillers(reading: list[tuple[str, str]], group_by: tuple[str, ...]) -> list[str]:
    """"revenue by table number" where no column is read after 'by': the words after it that were taken for
    fillers name the grouping asked for, so they are named back, never dropped with the grouping (a plan with a
    grouping, or 'by' before a metric, a dimension or a value, is left alone)."""
    if group_by:
        return []
    for i, (_, role) in enumerate(reading):
        if role != "kw:by":
            continue
        words: list[str] = []
        for text, after in reading[i + 1:]:
            if after not in ("filler", "stopword"):
                if after.startswith(("metric:", "dim:", "value:")):
                    words = []
                break
            if after == "filler":
                words.append(text)
        if words:
            return words
    return []


# the countries (canonical names of insight/labels.toml and their folded aliases) that pay in the currencies a
# question can name (lexicon.MONEY_UNITS): facts of the currencies, not of any file
_CURRENCY_COUNTRIES: dict[str, frozenset[str]] = {
    "USD": frozenset({"usa", "united states", "us", "america", "puerto rico", "ecuador", "el salvador", "panama"}),
    "EUR": frozenset({"germany", "austria", "france", "spain", "italy", "netherlands", "belgium", "portugal", "eire",
                      "ireland", "finland", "greece", "luxembourg", "slovakia", "slovenia", "estonia", "latvia",
                      "lithuania", "malta", "cyprus", "croatia", "european community", "channel islands",
                      # ISO 3166 codes of a marketplace's 'shipping_country' (Kaufland DE / AT)
                      "de", "at", "fr", "es", "it", "nl", "be", "pt", "ie", "fi", "gr", "lu", "sk", "si", "ee", "lv",
                      "lt", "mt", "cy", "hr"}),
    "GBP": frozenset({"united kingdom", "uk", "england", "scotland", "wales", "northern ireland", "great britain",
                      "gb"}),
    "CHF": frozenset({"switzerland", "liechtenstein", "ch", "li"}),
}


def currency_against_countries(named: list[str], countries: list[str]) -> bool:
    """Whether the data's countries (of a table that states no currency) rule the named currencies out: every
    country is one whose currency insight knows, and none pays in a named one ("Umsatz in Dollar" over Germany,
    Austria, Poland, Spain). Without countries, or with one insight cannot place, nothing is ruled out."""
    from insight.semantic.text import fold

    folded = {fold(c).strip() for c in countries if c}
    if not folded or not named:
        return False
    placed = set().union(*_CURRENCY_COUNTRIES.values())
    known_elsewhere = {"poland", "czech republic", "denmark", "sweden", "norway", "japan", "canada", "australia",
                       "brazil", "israel", "singapore", "hong kong", "iceland", "rsa", "south africa", "bahrain",
                       "saudi arabia", "united arab emirates", "korea", "nigeria", "lebanon",
                       "pl", "cz", "dk", "se", "no", "jp", "ca", "au", "br", "hu", "tr", "ro", "hungary", "turkey",
                       "romania"}
    if not folded <= placed | known_elsewhere:
        return False
    return not any(folded & _CURRENCY_COUNTRIES.get(code, frozenset()) for code in named)


def home_currency(countries: pl.Series) -> tuple[str, str] | None:
    """(country, currency) where at least 80 % of the order lines lie in one country whose currency insight knows
    (Online Retail: the United Kingdom, GBP): the amounts of data that states no currency are most likely in it."""
    from insight.semantic.text import fold

    values = countries.drop_nulls()
    if values.len() == 0:
        return None
    top = values.value_counts(sort=True).row(0)
    if top[1] < 0.8 * values.len():
        return None
    home = fold(str(top[0])).strip()
    code = next((c for c, names in _CURRENCY_COUNTRIES.items() if home in names), None)
    return (str(top[0]), code) if code is not None else None

