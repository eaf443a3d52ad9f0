"""UI labels in English and German and number formatting for display; no analysis vocabulary lives here.

Metric, dimension and example-question wording comes from the core's semantic model; this module only
holds the face's own words (buttons, titles, hints) and how numbers look in each language.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from insight import formatting

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
    "pick_option": ("Pick one: type its number and Enter, or click it (a new question is asked as typed):",
                    "Bitte wählen: Nummer eingeben und Enter, oder anklicken (eine neue Frage wird gestellt):"),
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
    "report_pdf_action": ("Create report as PDF", "Bericht als PDF erstellen"),
    "report_pdf_help": ("The client report as a PDF, A4 landscape (needs Chromium)",
                        "Der Kundenbericht als PDF, A4 quer (braucht Chromium)"),
    "report_pptx_action": ("Create report as PowerPoint deck", "Bericht als PowerPoint-Präsentation erstellen"),
    "report_pptx_help": ("The client report as a PPTX deck with native charts",
                         "Der Kundenbericht als PPTX-Präsentation mit bearbeitbaren Diagrammen"),
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
    "kpis": ("Key figures", "Kennzahlen"),
    "kpi_hint": ("All key figures with their period; * = period not fully covered by the data.",
                 "Alle Kennzahlen mit Zeitraum; * = Zeitraum nicht ganz von den Daten abgedeckt."),
    "period": ("Period", "Zeitraum"),
    "status": ("Status", "Status"),
    "definition": ("Definition", "Definition"),
    "raw_plan": ("Interpreted plan (JSON)", "Verstandener Plan (JSON)"),
    "understood": ("Understood", "Verstanden"),
    "note": ("Note", "Hinweis"),
    "partial_period": ("{period} is not complete (data up to {last}); its value is not comparable with the others.",
                       "{period} ist unvollständig (Daten bis {last}); der Wert ist mit den anderen nicht vergleichbar."),
    "partial_legend": ("incomplete", "unvollständig"),
    "by": ("by", "nach"),
    "per": ("per", "je"),
    "no_customer_row": ("This row has no customer id: Enter opens a customer card only on rows with a customer.",
                        "Diese Zeile hat keine Kundennummer: Enter öffnet nur bei Kundenzeilen eine Kundenkarte."),
    "screenshot_done": ("Screenshot saved to {path}", "Bildschirmfoto gespeichert: {path}"),
    "screenshot_failed": ("Screenshot not saved: {why}", "Bildschirmfoto nicht gespeichert: {why}"),
    "option_unknown": ("There is no option {n}; choose 1 to {last}.", "Es gibt keine Option {n}; bitte 1 bis {last} wählen."),
    "export_csv": ("Export CSV", "CSV exportieren"),
    "export_parquet": ("Export Parquet", "Parquet exportieren"),
    "export_excel": ("Export Excel", "Excel exportieren"),
    "export_help": ("Export the current answer's table as {fmt}", "Tabelle der aktuellen Antwort als {fmt} exportieren"),
    "theme": ("Theme", "Farbschema"),
    "theme_help": ("dark / light", "dunkel / hell"),
    "language_help": ("German / English", "Deutsch / Englisch"),
    "screenshot": ("Save screenshot", "Bildschirmfoto speichern"),
    "screenshot_help": ("SVG of the screen, in the export folder", "SVG des Bildschirms, im Exportordner"),
    "theme_pick": ("Theme", "Farbschema wählen"),
    "theme_pick_help": ("Choose a theme", "Ein Farbschema auswählen"),
    "quit": ("Quit", "Beenden"),
    "quit_help": ("Quit insight", "insight beenden"),
    "maximize": ("Maximize", "Maximieren"),
    "maximize_help": ("Maximize the focused part", "Den fokussierten Bereich maximieren"),
    "minimize": ("Minimize", "Verkleinern"),
    "minimize_help": ("Back to the normal layout", "Zurück zur normalen Ansicht"),
    "sort": ("Sort", "Sortieren"),
    "open_customer": ("Open customer", "Kunde öffnen"),
    "choose": ("Choose", "Wählen"),
    "kpi_more": ("All key figures: F6", "Alle Kennzahlen: F6"),
    "show_kpis": ("Show all key figures", "Alle Kennzahlen zeigen"),
}

# Short header labels of the core's KPIs (insight.api.kpi_list names); a KPI without one uses the core's label.
KPI_SHORT: dict[str, tuple[str, str]] = {
    "retention_rate": ("Retention", "Bindung"),
    "clv": ("Ø CLV", "Ø CLV"),
    "repeat_rate": ("Repeat", "Wiederkauf"),
    "redemption_rate": ("Redeemed", "Einlösung"),
    "nps": ("NPS", "NPS"),
    "customers": ("Customers", "Kunden"),
    "revenue": ("Revenue", "Umsatz"),
    "profit": ("Profit", "Gewinn"),
    "value_at_risk": ("At risk", "In Gefahr"),
}

# Headers of context columns that answers carry beside their metric and that the semantic model does not
# name yet (the model's labels win whenever it has one; see tui.backend.column_label).
CONTEXT_COLUMNS: dict[str, tuple[str, str]] = {
    "responses": ("responses", "Antworten"),
    "satisfied_share": ("satisfied share", "Anteil zufrieden"),
    "stage": ("stage", "Stufe"),
    "current": ("current", "aktuell"),
    "count": ("count", "Anzahl"),
    "conversion_rate": ("conversion rate", "Umwandlungsrate"),
    "overall_rate": ("overall rate", "Gesamtrate"),
    "share": ("share", "Anteil"),
    "customer_share": ("customer share", "Kundenanteil"),
    "revenue_share": ("revenue share", "Umsatzanteil"),
    "first_order": ("first order", "erste Bestellung"),
    "last_order": ("last order", "letzte Bestellung"),
    "recency_days": ("days since last order", "Tage seit letzter Bestellung"),
    "expected_spend": ("expected spend", "erwartete Ausgaben"),
    "order_day": ("order day", "Bestelltag"),
    "order_id": ("order", "Auftrag"),
    "lines": ("lines", "Positionen"),
    "amount": ("amount", "Betrag"),
}


def t(key: str, language: str, **values: Any) -> str:
    """The label ``key`` in ``language`` ('en' or 'de'), with ``{placeholders}`` filled."""
    en, de = _LABELS[key]
    text = de if language == "de" else en
    return text.format(**values) if values else text


def fmt_number(value: Any, language: str, decimals: int | None = None) -> str:
    """A number as a consultant reads it (``insight.formatting``): integers grouped, floats with 2 decimals
    (4 below 1) unless ``decimals`` is given; German 1.234,56, English 1,234.56; None empty, bools as is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return formatting.count(value, language)
    if isinstance(value, float):
        places = decimals if decimals is not None else (2 if abs(value) >= 1 or value == 0 else 4)
        return formatting.number(value, language, places)
    return str(value)


def fmt_share(value: Any, language: str) -> str:
    """A fraction as a percentage with one decimal (0.423 → '42.3 %' / '42,3 %'), as every face shows it
    (``insight.formatting.percent``): two decimals near the ends (0.9998 → '99.98 %'), then the bound
    ('> 99.99 %', '< 0.01 %'), never a rounded '100.0 %' for a churn risk that is not certain."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return formatting.MISSING
    return formatting.percent(float(value), language, decimals=1)


def fmt_compact(value: float, language: str) -> str:
    """A short axis label: 1.2M / 1,2 Mio., 35k / 35 Tsd. (``insight.formatting.compact``)."""
    return formatting.compact(value, language)


def fmt_money_compact(value: float, language: str, currency: str = "EUR") -> str:
    """A header amount: '5,7 Mio. €' / '€5.7M'; below 10,000 whole units ('295 €' / '€295')."""
    return formatting.compact_money(value, language, currency)


def fmt_money(value: float, language: str, currency: str = "EUR") -> str:
    """A full amount with 2 decimals and the currency: '5.712.066,22 €' / '€5,712,066.22'."""
    return formatting.money(float(value), language, currency)


def kpi_short(name: str, language: str, fallback: str = "") -> str:
    en_de = KPI_SHORT.get(name)
    return (en_de[1] if language == "de" else en_de[0]) if en_de else (fallback or name)


def context_label(name: str, language: str) -> str:
    en_de = CONTEXT_COLUMNS.get(name)
    return (en_de[1] if language == "de" else en_de[0]) if en_de else ""


def fmt_cell(value: Any, language: str) -> str:
    """One table cell: numbers localised, dates ISO, None empty."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10] if isinstance(value, dt.date) and not isinstance(value, dt.datetime) \
            else value.isoformat(sep=" ", timespec="minutes")
    return fmt_number(value, language)
