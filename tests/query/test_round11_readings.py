"""Round 11's readings (docs/ask.md, "Round 11 readings"): a sum word beside a count of cancellations asks for an
amount; a customers list with one revenue column per year answers "Umsatz 2023" from that column and asks back
what it cannot answer. Small real CSVs written here, the expectations in plain Python."""

from __future__ import annotations

import random

import pytest

import insight.api as ia


def _de(x: float) -> str:
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    """Invoices with cancelled ones (status) and cancellation invoices of their own (negative amounts)."""
    rng = random.Random(7)
    lines = ["Rechnung;Datum;Kunde;Netto;Typ;Status"]
    truth = {"storno_sum": 0.0, "cancelled_value": 0.0, "cancelled": 0}
    for i in range(240):
        amount = round(rng.uniform(100, 2000), 2)
        day = f"{(i % 28) + 1:02d}.{(i % 12) + 1:02d}.2024"
        if i % 11 == 0:
            lines.append(f"ST{i};{day};K{i % 20};{_de(-amount)};Stornorechnung;bezahlt")
            truth["storno_sum"] += amount
        elif i % 13 == 0:
            lines.append(f"R{i};{day};K{i % 20};{_de(amount)};Rechnung;storniert")
            truth["cancelled_value"] += amount
            truth["cancelled"] += 1
        else:
            lines.append(f"R{i};{day};K{i % 20};{_de(amount)};Rechnung;bezahlt")
    path = tmp_path_factory.mktemp("r11") / "rechnungen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ia.load(path), truth


def test_a_sum_of_cancellation_invoices_is_their_amount(invoices) -> None:
    ds, truth = invoices
    answer = ia.ask("Summe der Stornorechnungen", data=ds)
    assert answer.status == "ok"
    assert abs(answer.table.item(0, "returns")) == pytest.approx(truth["storno_sum"], abs=0.02)


def test_a_sum_of_cancelled_orders_is_their_value(invoices) -> None:
    ds, truth = invoices
    answer = ia.ask("Summe der stornierten Aufträge", data=ds)
    assert answer.status == "ok"
    assert answer.table.item(0, "cancelled_value") == pytest.approx(truth["cancelled_value"], abs=0.02)


def test_how_many_keeps_the_count(invoices) -> None:
    ds, truth = invoices
    answer = ia.ask("Wie viele Aufträge wurden storniert?", data=ds)
    assert answer.status == "ok" and answer.table.item(0, "cancelled_orders") == truth["cancelled"]


@pytest.fixture(scope="module")
def yearly(tmp_path_factory):
    rng = random.Random(3)
    lines = ["Kundennr;Firma;Ort;Umsatz 2022;Umsatz 2023;Umsatz 2024 (bis 30.09.)"]
    sums = {2022: 0.0, 2023: 0.0}
    for i in range(80):
        values = [round(rng.uniform(500, 9000), 2) for _ in range(3)]
        if i % 7 == 0:
            values[0] = None  # a customer since 2023
        sums[2022] += values[0] or 0.0
        sums[2023] += values[1]
        cells = ";".join("" if v is None else _de(v) for v in values)
        lines.append(f"{30000 + i};Firma {i} GmbH;{['Köln', 'Bonn'][i % 2]};{cells}")
    path = tmp_path_factory.mktemp("r11y") / "kunden.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return ia.load(path), sums


@pytest.mark.parametrize(("question", "year"), [("Umsatz 2023", 2023), ("Wie viel Umsatz hatten wir 2022?", 2022),
                                                ("revenue 2023", 2023)])
def test_a_year_is_its_own_column(yearly, question, year) -> None:
    ds, sums = yearly
    answer = ia.ask(question, data=ds)
    assert answer.status == "ok", answer.text
    assert answer.table.row(0)[0] == pytest.approx(sums[year], abs=0.02)


@pytest.mark.parametrize("question", ["Umsatz 2021", "Umsatz im März 2024", "Umsatz im zweiten Quartal 2023",
                                      "Neukunden je Monat", "RFM-Segmente unserer Kunden",
                                      "Umsatz der letzten 90 Tage"])
def test_what_a_customers_list_cannot_answer_is_asked_back(yearly, question) -> None:
    ds, _ = yearly
    answer = ia.ask(question, data=ds)
    assert answer.status == "clarify", answer.text
    assert "Kundentabelle" in answer.text and "Grund, auf Englisch" not in answer.text
