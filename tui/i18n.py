"""UI labels in English and German and number formatting for display; no analysis vocabulary lives here.

Metric, dimension and example-question wording comes from the core's semantic model; this module only
holds the face's own words (buttons, titles, hints) and how numbers look in each language.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

LANGUAGES = ("en", "de")

_LABELS: dict[str, tuple[str, str]] = {
    # key: (English, Deutsch)
    "customers": ("Customers", "Kunden"),
    "revenue": ("Revenue", "Umsatz"),
    "mean_clv": ("Mean CLV", "Ø CLV"),
    "churn_risk": ("At churn risk", "Abwanderung"),
    "retention": ("Retention", "Bindung"),
    "not_available": ("n/a", "n. v."),
    "nps": ("NPS", "NPS"),
    "as_of": ("Analysis date", "Stichtag"),
    "loading": ("loading…", "lädt…"),
    "busy": ("working…", "rechnet…"),
    "ready": ("ready", "bereit"),
    "prompt_placeholder": ("Ask, e.g. revenue by country · F1 help · Ctrl+P commands",
                           "Fragen, z. B. Umsatz nach Land · F1 Hilfe · Strg+P Befehle"),
    "segments": ("Segments", "Segmente"),
    "customer": ("Customer", "Kunde"),
    "segment_hint": ("Enter on a segment lists its customers; Enter on a customer opens the card.",
                     "Enter auf einem Segment listet seine Kunden; Enter auf einem Kunden öffnet die Karte."),
    "segment_members": ("Customers in segment", "Kunden im Segment"),
    "no_customer": ("Select a customer id in any table (Enter) to open the customer card.",
                    "Kundennummer in einer Tabelle wählen (Enter), um die Kundenkarte zu öffnen."),
    "plan_definitions": ("Plan and definitions", "Plan und Definitionen"),
    "plan": ("Interpreted plan", "Verstandener Plan"),
    "definitions": ("Definitions", "Definitionen"),
    "pick_option": ("Pick one (↑/↓, Enter):", "Bitte wählen (↑/↓, Enter):"),
    "rows": ("rows", "Zeilen"),
    "row": ("row", "Zeile"),
    "table_hint": ("s sort · Enter open customer · Ctrl+S export", "s sortieren · Enter Kunde öffnen · Strg+S Export"),
    "error": ("Error", "Fehler"),
    "export_title": ("Export the current answer's table", "Tabelle der aktuellen Antwort exportieren"),
    "export_path": ("File", "Datei"),
    "export_done": ("Exported {rows} rows to {path}", "{rows} Zeilen nach {path} exportiert"),
    "export_nothing": ("No answer table to export yet.", "Noch keine Antworttabelle zum Exportieren."),
    "report_action": ("Create report", "Bericht erstellen"),
    "report_help": ("The client report as one HTML file (docs/report.md)", "Der Kundenbericht als eine HTML-Datei"),
    "report_done": ("Report written to {path}", "Bericht nach {path} geschrieben"),
    "report_nothing": ("No data loaded yet.", "Noch keine Daten geladen."),
    "cancel": ("Cancel", "Abbrechen"),
    "help_title": ("insight — help", "insight — Hilfe"),
    "help_intro": ("Ask about the client's customers in English or German. Follow-ups refine the last "
                   "question (\"and only 2024?\"). Tab or → accepts a completion, ↑/↓ browse history.",
                   "Fragen Sie auf Deutsch oder Englisch nach den Kunden des Mandanten. Anschlussfragen "
                   "verfeinern die letzte Frage (\"und nur 2024?\"). Tab oder → übernimmt eine Ergänzung, "
                   "↑/↓ blättern im Verlauf."),
    "help_examples": ("Example questions (Enter asks)", "Beispielfragen (Enter fragt)"),
    "help_keys": ("Keys", "Tasten"),
    "welcome": ("Ask about this client's customers in English or German, for example:",
                "Fragen Sie auf Deutsch oder Englisch nach den Kunden dieses Mandanten, zum Beispiel:"),
    "scope_app": ("anywhere", "überall"),
    "scope_prompt": ("prompt", "Eingabe"),
    "scope_table": ("table", "Tabelle"),
    "scope_segments": ("segments", "Segmente"),
    "value": ("Value", "Wert"),
    "clv": ("CLV and P(alive)", "CLV und P(aktiv)"),
    "segment": ("Segments", "Segmente"),
    "attributes": ("Attributes", "Merkmale"),
    "history": ("Order history", "Bestellhistorie"),
    "not_found": ("Customer {cid} has no orders before the analysis date.",
                  "Kunde {cid} hat vor dem Stichtag keine Bestellungen."),
    "unavailable": ("not available: {why}", "nicht verfügbar: {why}"),
    "language_set": ("Language: English", "Sprache: Deutsch"),
    "theme_set": ("Theme: {name}", "Farbschema: {name}"),
    "method": ("Method", "Methode"),
    "ask_example": ("Ask", "Fragen"),
    "metric": ("Metric", "Kennzahl"),
    "action": ("Action", "Aktion"),
    "show_segments": ("Show segments", "Segmente zeigen"),
}


def t(key: str, language: str, **values: Any) -> str:
    """The label ``key`` in ``language`` ('en' or 'de'), with ``{placeholders}`` filled."""
    en, de = _LABELS[key]
    text = de if language == "de" else en
    return text.format(**values) if values else text


def fmt_number(value: Any, language: str, decimals: int | None = None) -> str:
    """A number as a consultant reads it: thousands separators, 2 decimals for money-like floats.

    German uses '.' for thousands and ',' for decimals (1.234,56); English the reverse.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "–"
    if isinstance(value, int):
        text = f"{value:,}"
    elif isinstance(value, float):
        places = decimals if decimals is not None else (2 if abs(value) >= 1 or value == 0 else 4)
        text = f"{value:,.{places}f}"
    else:
        return str(value)
    if language == "de":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def fmt_share(value: Any, language: str) -> str:
    """A fraction as a percentage (0.423 → '42.3 %' / '42,3 %')."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return f"{fmt_number(float(value) * 100, language, decimals=1)} %"


def fmt_compact(value: float, language: str) -> str:
    """A short axis label: 1.2M / 1,2 Mio., 35k / 35 Tsd."""
    size = abs(value)
    for limit, en, de in ((1e9, "bn", " Mrd."), (1e6, "M", " Mio."), (1e3, "k", " Tsd.")):
        if size >= limit:
            number = fmt_number(value / limit, language, decimals=1)
            return number + (de if language == "de" else en)
    return fmt_number(float(value), language, decimals=0 if size >= 10 or value == 0 else 2)


def fmt_cell(value: Any, language: str) -> str:
    """One table cell: numbers localised, dates ISO, None empty."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
            else value.isoformat(sep=" ", timespec="minutes")
    return fmt_number(value, language)
