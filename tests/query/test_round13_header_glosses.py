"""A parenthesis that translates the client's own column header (docs/ask.md, "A gloss in parentheses"):
"Umsatz je Sælger (Verkäufer)" groups by the client's column; an unknown parenthesis elsewhere stays asked back.
Expected figures are plain Python sums of the rows written."""

from __future__ import annotations

import insight.api as ia

ROWS = ("Fakturanr.;Dato;Kundenr.;Beløb ekskl. moms;Sælger\n"
        "1;12-10-2023;20035;100,00;Mette Holm\n"
        "2;26-02-2023;20013;50,00;Jonas Krogh\n"
        "3;01-03-2023;20035;25,00;Mette Holm\n")


def _ws(tmp_path):
    path = tmp_path / "billy.csv"
    path.write_text(ROWS, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    return db


def test_translation_of_a_client_header_in_parentheses(tmp_path):
    db = _ws(tmp_path)
    j = ia.ask("Umsatz je Sælger (Verkäufer)", workspace=db).to_json()
    assert j["status"] == "ok"
    assert {r[0]: r[-1] for r in j["rows"]} == {"Mette Holm": 125.0, "Jonas Krogh": 50.0}


def test_unknown_parenthesis_after_no_column_is_still_asked_back(tmp_path):
    db = _ws(tmp_path)
    assert ia.ask("Umsatz (Quittungsbelege)", workspace=db).to_json()["status"] == "clarify"


CREDITS = ("Nr.;Datum;Kundennr;Typ;Betrag\n"
           "RE1;01.03.2024;K1;Rechnung;100,00\n"
           "GS1;02.03.2024;K1;Gutschrift;30,00\n"
           "RE2;03.03.2024;K2;Rechnung;50,00\n"
           "GS2;04.03.2024;K2;Gutschrift;5,00\n")


def test_figure_in_parentheses_after_a_figure_says_it_again(tmp_path):
    path = tmp_path / "belege.csv"
    path.write_text(CREDITS, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    j = ia.ask("Summe der Gutschriften (Haben-Buchungen)", workspace=db).to_json()
    assert j["status"] == "ok" and abs(abs(j["rows"][0][-1]) - 35.0) < 1e-9  # a sum of money, not a count of 2
