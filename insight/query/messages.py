"""German wording of the engine's "cannot be answered" reasons, so that a German answer never switches
language mid-sentence (issue 13). The engine raises its reasons in English (logs, scripts, tests read
them); a German answer translates the known shapes here and, for any other, says so in German and keeps
the English reason apart in brackets."""

from __future__ import annotations

import re
from insight.query import lazy_re

_TABLE_DE = {"customers": "Kunden", "survey_responses": "Umfrageantworten", "coupons": "Gutscheine",
             "interactions": "Interaktionen", "order_lines": "Auftragszeilen"}

_RULES: list[tuple[re.Pattern, str]] = [(lazy_re.compile(p, re.IGNORECASE), de) for p, de in (
    (r"^(?P<what>.+?) needs the '(?P<table>\w+)' table \([^)]*\), which this data does not have; import a \w+ file "
     r"into the workspace$",
     "{what} braucht die Tabelle '{table_de}', die diese Daten nicht haben; importieren Sie eine solche Datei in "
     "den Workspace"),
    (r"^(?P<what>.+?) needs the column '(?P<col>[^']+)' in the '(?P<table>\w+)' table \([^)]*\), which is missing or "
     r"empty$",
     "{what} braucht die Spalte '{col}' der Tabelle '{table_de}', die fehlt oder leer ist"),
    (r"^'(?P<what>[^']+)' needs order lines \(customer, date, amount\), and this data is a customers table without "
     r"orders$",
     "'{what}' braucht Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne Aufträge"),
    (r"^(?P<what>\S+) segments need order lines \(customer, date, amount\), and this data is a customers table "
     r"without orders$",
     "{what}-Segmente brauchen Auftragszeilen (Kunde, Datum, Betrag), und diese Daten sind eine Kundentabelle ohne "
     "Aufträge"),
    (r"^age bands need the column 'age' of the customers table \(Kunden\), which this data does not have or leaves "
     r"empty$", "Altersgruppen brauchen die Spalte 'age' (Alter) der Tabelle 'Kunden', die fehlt oder leer ist"),
    (r"^the data has no '(?P<col>[^']+)' column$", "die Daten haben keine Spalte '{col}'"),
    (r"^the data has no '(?P<col>[^']+)' values \(column '[^']+' of the (?P<table>[\w ]+) table is missing\)$",
     "die Daten haben keine Werte für '{col}' (die Spalte fehlt in der Tabelle '{table_de}')"),
    (r"^per-customer values such as CLV cannot be split by month, quarter or year; group them by a customer "
     r"attribute or segment instead$",
     "Werte je Kunde wie der CLV lassen sich nicht nach Monat, Quartal oder Jahr aufteilen; gruppieren Sie sie "
     "nach einem Kundenmerkmal oder Segment"),
    (r"^(?P<what>\S+) per single customer is not available; group it by a customer attribute such as kind or "
     r"acquisition_channel$",
     "{what} je einzelnem Kunden gibt es nicht; gruppieren Sie nach einem Kundenmerkmal wie Kundentyp oder "
     "Akquisekanal"),
    (r"^this needs order lines, and the data holds none$", "dafür braucht es Auftragszeilen, und die Daten haben keine"),
    (r"^customer (?P<id>\S+) has no orders in the data up to (?P<day>[\d-]+)$",
     "Kunde {id} hat in den Daten bis {day} keine Aufträge"),
    (r"^grouping by '(?P<col>[^']+)' needs a customer column '[^']+', which this data does not have$",
     "eine Gruppierung nach '{col}' braucht eine Kundenspalte '{col}', die diese Daten nicht haben"),
    (r"^the customers have no '(?P<col>[^']+)' column, so customers with or without one cannot be counted$",
     "die Kunden haben keine Spalte '{col}'; Kunden mit oder ohne sie lassen sich nicht zählen"),
    (r"^measures are given per segment \(RFM, ABC, portfolio\), not per '(?P<col>[^']+)'$",
     "Maßnahmen gibt es je Segment (RFM, ABC, Portfolio), nicht je '{col}'"),
    (r"^(?P<what>\S+) can be split by one attribute at a time; ask for one grouping$",
     "{what} lässt sich nur nach einem Merkmal zugleich aufteilen; fragen Sie nach einer Gruppierung"),
)]


# what a computation is called in the engine's reasons ("the funnel needs …")
_PURPOSE_DE = {
    "the funnel": "der Funnel", "the nps": "der NPS", "customer satisfaction": "die Kundenzufriedenheit",
    "the redemption rate": "die Einlösungsquote", "the repurchase intent": "die Wiederkaufabsicht",
    "the acquisition payback": "die Amortisation der Akquisekosten", "the referral analysis": "die Empfehlungsanalyse",
    "the importance-satisfaction matrix": "die Matrix aus Wichtigkeit und Zufriedenheit",
    "satisfaction by outcome": "die Zufriedenheit nach Verbleib", "value by acquisition channel":
    "der Wert je Akquisekanal",
}


def _what_de(what: str) -> str:
    from insight.semantic import SEMANTIC_MODEL

    metric = SEMANTIC_MODEL.metrics.get(what.strip("'"))
    if metric is not None:
        return metric.label_de
    folded = what.lower()
    named = folded.removeprefix("the ")
    for entry in SEMANTIC_MODEL.metrics.values():  # "the complaint rate": a metric by its English label
        if entry.label_en.lower() == named:
            return entry.label_de
    for english, german in _PURPOSE_DE.items():
        if folded == english or folded.startswith(english + " by "):
            return german + (what[len(english):].replace(" by ", " je ", 1) if folded != english else "")
    return what


def german_reason(reason: str) -> str | None:
    """The German wording of an English reason, or None when its shape is not known."""
    text = reason.strip().rstrip(".")
    for pattern, template in _RULES:
        m = pattern.match(text)
        if m:
            parts = m.groupdict()
            if "table" in parts:
                parts["table_de"] = _TABLE_DE.get(parts["table"].replace(" ", "_"), parts["table"])
            if "what" in parts:
                parts["what"] = _what_de(parts["what"])
            out = template.format(**parts)
            return out[:1].upper() + out[1:] if out.startswith(("der ", "die ", "das ")) else out
    return None


def cannot_answer(reason: str, lang: str) -> str:
    """"Das lässt sich mit diesen Daten nicht beantworten: …" in one language throughout."""
    reason = reason.strip().rstrip(".")
    if lang != "de":
        return f"This cannot be answered from this data: {reason}."
    german = german_reason(reason)
    if german is not None:
        return f"Das lässt sich mit diesen Daten nicht beantworten: {german}."
    return f"Das lässt sich mit diesen Daten nicht beantworten. (Grund, auf Englisch: {reason}.)"
