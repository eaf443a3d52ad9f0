""""unbezahlter Umsatz", "unpaid revenue", "offener Umsatz" on invoice exports: the open amount — the sum of an
open-balance column, or the revenue of the invoices whose status is not paid (overdue ones included), or of those
without a paid flag — and asked back where nothing tells paid from unpaid; never the total revenue. Expectations
in plain Python from the rows written."""

from __future__ import annotations

import pytest

import insight.api as ia

QUESTIONS = ["unbezahlter Umsatz", "unpaid revenue", "offener Umsatz", "Wie viel Umsatz ist noch nicht bezahlt?",
             "Wie viel Umsatz ist noch offen?"]


def _write(tmp_path, name: str, header: str, rows) -> object:
    path = tmp_path / name
    path.write_text(header + "\n" + "".join(";".join(r) + "\n" for r in rows), encoding="utf-8")
    return ia.load_file(path)


def _de(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _scalar(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data["text"]
    return float(data["rows"][0][-1])


STATUS_ROWS = [("R1", "K1", "03.01.2024", "100,00", "bezahlt"), ("R2", "K2", "04.01.2024", "250,00", "offen"),
               ("R3", "K1", "10.02.2024", "40,00", "bezahlt"), ("R4", "K3", "05.03.2024", "80,00", "offen"),
               ("R5", "K2", "06.03.2024", "60,00", "überfällig")]


@pytest.mark.parametrize("question", QUESTIONS[:4])
def test_unpaid_by_a_status_column_counts_every_unpaid_status(tmp_path, question):
    ds = _write(tmp_path, "rechnungen.csv", "Rechnungsnr;Kunde;Rechnungsdatum;Betrag;Status", STATUS_ROWS)
    assert _scalar(question, ds) == pytest.approx(sum(_de(r[3]) for r in STATUS_ROWS if r[4] != "bezahlt"))


def test_a_status_value_named_as_such_stays_that_value(tmp_path):
    """"Wie viel Umsatz ist noch offen?" beside a status 'offen': the data's own value, as every value is read."""
    ds = _write(tmp_path, "rechnungen.csv", "Rechnungsnr;Kunde;Rechnungsdatum;Betrag;Status", STATUS_ROWS)
    assert _scalar("Wie viel Umsatz ist noch offen?", ds) == pytest.approx(
        sum(_de(r[3]) for r in STATUS_ROWS if r[4] == "offen"))


def test_unpaid_invoices_counted_by_status(tmp_path):
    ds = _write(tmp_path, "rechnungen.csv", "Rechnungsnr;Kunde;Rechnungsdatum;Betrag;Status", STATUS_ROWS)
    assert _scalar("Wie viele Rechnungen sind unbezahlt?", ds) == sum(r[4] != "bezahlt" for r in STATUS_ROWS)


BALANCE_ROWS = [("I1", "C1", "2024-01-03", "100.00", "0.00"), ("I2", "C2", "2024-01-04", "250.00", "250.00"),
                ("I3", "C1", "2024-02-10", "40.00", "10.00"), ("I4", "C3", "2024-03-05", "80.00", "0.00")]


@pytest.mark.parametrize("question", QUESTIONS)
def test_unpaid_is_the_open_balance_column(tmp_path, question):
    ds = _write(tmp_path, "invoices.csv", "Invoice Number;Customer;Invoice Date;Total;Balance Due", BALANCE_ROWS)
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert data["rows"] == [[pytest.approx(sum(float(r[4]) for r in BALANCE_ROWS))]]  # one figure, no revenue beside


def test_unpaid_by_a_paid_flag(tmp_path):
    rows = [("R1", "K1", "03.01.2024", "100,00", "ja"), ("R2", "K2", "04.01.2024", "250,00", "nein"),
            ("R3", "K3", "05.03.2024", "80,00", "nein")]
    ds = _write(tmp_path, "rechnungen.csv", "Rechnungsnr;Kunde;Rechnungsdatum;Betrag;Bezahlt", rows)
    for question in ("unpaid revenue", "offener Umsatz"):
        assert _scalar(question, ds) == pytest.approx(sum(_de(r[3]) for r in rows if r[4] == "nein"))


@pytest.mark.parametrize("question", QUESTIONS)
def test_unpaid_without_anything_to_tell_is_asked_back(tmp_path, question):
    rows = [("R1", "K1", "03.01.2024", "100,00", "A"), ("R2", "K2", "04.01.2024", "250,00", "B")]
    ds = _write(tmp_path, "rechnungen.csv", "Rechnungsnr;Kunde;Rechnungsdatum;Betrag;Kategorie", rows)
    assert ia.ask(question, ds).to_json()["status"] == "clarify"


@pytest.mark.parametrize("question", ["How much is still outstanding on invoices?",
                                      "Wie viel ist auf den Rechnungen noch offen?"])
def test_outstanding_on_invoices_leaves_the_credit_notes_balance_out(tmp_path, question):
    """A credit note's balance (negative) is owed to the customer: what is outstanding on the invoices is the sum of
    the balances above 0 — the invoices "how many invoices are unpaid" counts."""
    rows = [*BALANCE_ROWS, ("CN1", "C2", "2024-03-06", "-30.00", "-30.00")]
    ds = _write(tmp_path, "invoices.csv", "Invoice Number;Customer;Invoice Date;Total;Balance Due", rows)
    assert _scalar(question, ds) == pytest.approx(sum(float(r[4]) for r in rows if float(r[4]) > 0))
    assert _scalar("How many invoices are unpaid?", ds) == sum(float(r[4]) > 0 for r in rows)
