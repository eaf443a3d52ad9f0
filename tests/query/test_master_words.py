"""master_words: the customer master's own words ('Wie viele Firmen sind im CRM?', 'Wie viele Einträge je Status?')
said as its customers where that is what they are; asked back where it is not. Real files, real imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import insight.api as ia

CRM = """Kunden-ID;Firma;Status;Quelle;Branche;Mitarbeiter;Ort
K1;Alpha GmbH;Kunde;Messe;IT;10-49;Berlin
K2;Beta AG;Lead;Messe;IT;1-9;Hamburg
K3;Gamma KG;Lead;Empfehlung;Handel;50-249;Berlin
K4;Delta GmbH;Interessent;Google Ads;IT;10-49;Köln
K5;Epsilon AG;Kontakt;Messe;Handel;250+;München
"""
MIXED = """Kunden-ID;Name;Status;Branche;Segment;Ort
K1;Alpha GmbH;Kunde;IT;B2B;Berlin
K2;Berta Kurz;Lead;;B2C;Hamburg
K3;Gamma KG;Lead;Handel;B2B;Berlin
"""
ORDERS = """Bestellnummer;Kunden-ID;Bestelldatum;Menge;Einzelpreis
1;K1;03.01.2024;1;10,00
2;K4;05.02.2024;2;20,00
"""


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _ask(ds, question: str) -> dict:
    return ia.ask(question, data=ds).to_json()


def test_master_words_companies_and_entries_of_a_crm_are_its_customers(tmp_path):
    ds = ia.load_file(_file(tmp_path, "crm.csv", CRM))
    for question, expected in (
        ("Wie viele Firmen sind im CRM?", 5),
        ("Wie viele Firmen aus der Branche IT?", 3),
        ("How many companies are in the CRM?", 5),
    ):
        data = _ask(ds, question)
        assert data["status"] == "ok", (question, data["text"])
        assert "master_words" in data["plan"]["rule"]
        assert data["rows"] == [[expected]], question
    by_status = _ask(ds, "Wie viele Einträge je Status?")
    assert by_status["status"] == "ok", by_status["text"]
    assert dict(map(tuple, by_status["rows"])) == {"Kunde": 1, "Lead": 2, "Interessent": 1, "Kontakt": 1}


def test_master_words_companies_beside_private_customers_are_asked_back(tmp_path):
    ds = ia.load_file(_file(tmp_path, "mixed.csv", MIXED))
    data = _ask(ds, "Wie viele Firmen gibt es?")
    assert data["status"] == "clarify" and "Firmen" in data["text"]


def test_master_words_entries_beside_order_lines_are_asked_back(tmp_path):
    import shutil

    ws = tmp_path / "ws.db"
    insight = Path(shutil.which("insight") or Path(sys.executable).with_name("insight"))
    for path, table in (
        (_file(tmp_path, "crm.csv", CRM), "customers"),
        (_file(tmp_path, "orders.csv", ORDERS), "order_lines"),
    ):
        done = subprocess.run(
            [str(insight), "import", str(path), "--table", table, "-w", str(ws)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    ds = ia.load(workspace=ws)
    assert ds.order_lines.height == 2
    for question in ("Wie viele Einträge hat der Kundenstamm?", "Wie viele Kunden haben wir im Kundenstamm?"):
        data = _ask(ds, question)
        assert data["status"] == "clarify", (question, data["text"])


def test_master_words_container_beside_a_master_of_exactly_the_buyers_adds_nothing(tmp_path):
    import shutil

    crm = "Kunden-ID;Firma;Ort\nK1;Alpha GmbH;Berlin\nK4;Delta GmbH;Köln\n"
    ws = tmp_path / "ws.db"
    insight = Path(shutil.which("insight") or Path(sys.executable).with_name("insight"))
    for path, table in ((_file(tmp_path, "crm.csv", crm), "customers"), (_file(tmp_path, "orders.csv", ORDERS), "order_lines")):
        done = subprocess.run([str(insight), "import", str(path), "--table", table, "-w", str(ws)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
    ds = ia.load(workspace=ws)
    data = _ask(ds, "Wie viele Kunden haben wir im Kundenstamm?")
    assert data["status"] == "ok" and data["rows"] == [[2]], data["text"]
    # the master's rows are still not the customers where order lines exist
    assert _ask(ds, "Wie viele Einträge hat der Kundenstamm?")["status"] == "clarify"
