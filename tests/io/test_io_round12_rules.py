"""Import rules the twelfth blind client set found refused or silently wrong (docs/import.md, "client set 12"):
Central European code pages, Czech dates, a report's per-customer 'Sum' rows, net-amount and contact header words,
and a currency code on every amount. Small hand-made files written in tmp_path; the expected figures are computed
here in plain Python from the rows written."""

from __future__ import annotations

from pathlib import Path

import pytest

import insight.api as ia
from insight.io import read_table
from insight.io.text import _central_european


def _asked(tmp_path: Path, name: str, text: str, question: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    return ia.ask(question, workspace=db).to_json()


# -- 1. ISO-8859-2 / Windows-1250 ------------------------------------------------------------------------------------

CZECH = ("Číslo;Vystaveno;Odběratel;Město;Základ daně;DPH;Celkem\r\n"
         "2024-0001;21. 6. 2024;Veselý s.r.o.;Plzeň;23 154,64;4 862,47;28 017,11 Kč\r\n"
         "2024-0002;3. 7. 2024;Dvořák a.s.;Brno;9 440,08;1 982,42;11 422,50 Kč\r\n"
         "2024-0003;8. 5. 2024;Černý s.r.o.;České Budějovice;100,00;21,00;121,00 Kč\r\n")


@pytest.mark.parametrize("encoding", ["iso-8859-2", "cp1250"])
def test_czech_text_in_a_central_european_code_page(write, encoding):
    m = read_table(write("faktury.csv", CZECH, encoding=encoding), table="order_lines")
    assert m.mapping["Odběratel"] == "customer_id" and m.mapping["Vystaveno"] == "order_date"
    assert m.mapping["Základ daně"] == "amount"
    assert sorted(m.frame["customer_id"].to_list()) == ["Dvořák a.s.", "Veselý s.r.o.", "Černý s.r.o."]
    assert m.frame["amount"].sum() == pytest.approx(23154.64 + 9440.08 + 100.0)
    assert m.frame["order_date"].dt.strftime("%Y-%m-%d").to_list() == ["2024-06-21", "2024-07-03", "2024-05-08"]
    assert any("Central European" in n for n in m.notes)


@pytest.mark.parametrize("text", ["Müller Straße Köln Düsseldorf", "Crème brûlée à la façon été, Noël",
                                  "España Málaga Córdoba Peñón", "Zürich Genève Ærø Ångström", "Øre Blåbær Smørrebrød"])
def test_western_text_stays_windows_1252(text):
    assert _central_european(text.encode("cp1252")) is None


def test_polish_text_in_windows_1250():
    assert _central_european("Łódź;Gdańsk;Kraków;źródło;Wrocław;Poznań".encode("cp1250"))[0] == "cp1250"


# -- 2. a report's subtotal rows ('Sum <customer>') ------------------------------------------------------------------

def test_sum_rows_after_each_customer_are_left_out(tmp_path):
    rows = [("1000", "Hansen AS", "10.01.2023", 100.0), ("1000", "Hansen AS", "12.02.2023", 50.5),
            ("1001", "Olsen AS", "03.03.2023", 20.0)]
    lines = ["Salg per kunde;;;", ";;;", "Kundenr;Kundenavn;Fakturadato;Beløp eks. mva"]
    for cust in ("1000", "1001"):
        mine = [r for r in rows if r[0] == cust]
        lines += [f"{c};{n};{d};{str(a).replace('.', ',')}" for c, n, d, a in mine]
        lines.append(f";Sum {mine[0][1]};;{str(sum(r[3] for r in mine)).replace('.', ',')}")
    lines.append(f";Totalt;;{str(sum(r[3] for r in rows)).replace('.', ',')}")
    answer = _asked(tmp_path, "salg.csv", "\n".join(lines) + "\n", "Umsatz gesamt")
    assert answer["status"] == "ok", answer["text"]
    assert float(answer["rows"][0][-1]) == pytest.approx(sum(r[3] for r in rows))


# -- 3. net-amount and contact words ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("headers", "amount"), [
    (("Nummer", "Datum", "Klant", "Excl. btw", "Btw", "Incl. btw"), "Excl. btw"),
    (("Numéro facture", "Date facture", "Client", "Montant HT facture", "Montant TTC facture"), "Montant HT facture"),
    (("Num", "Fecha", "Contacto", "Subtotal", "IVA", "Total"), "Subtotal"),
])
def test_net_amount_and_contact_words(write, headers, amount):
    body = ";".join(headers) + "\n" + ";".join(
        ["F1", "05/03/2024", "Bakker BV", "€ 1.234,56", "€ 259,26", "€ 1.493,82"][:len(headers)]) + "\n"
    m = read_table(write("f.csv", body))
    assert m.mapping[amount] == "amount"
    assert m.frame["amount"].to_list() == [1234.56]
    assert m.frame["customer_id"].to_list() == ["Bakker BV"]


# -- 4. a currency code on every amount ------------------------------------------------------------------------------

MIXED = [("F1", "07/06/2024", "Martin", "1 485,01 EUR", "EUR", 1485.01),
         ("F2", "08/06/2024", "Dubois", "980,00 GBP", "GBP", 980.0),
         ("F3", "09/06/2024", "Martin", "(1 234,56) CHF", "CHF", -1234.56),
         ("F4", "10/06/2024", "Leroy", "2 000,00 CHF", "CHF", 2000.0),
         ("F5", "11/06/2024", "Leroy", "15,50 EUR", "EUR", 15.5)]
MIXED_TEXT = "Numéro;Date;Client;Montant HT\n" + "".join(f"{n};{d};{c};{a}\n" for n, d, c, a, _, _ in MIXED)


def test_codes_in_the_amounts_are_the_lines_currency(write):
    m = read_table(write("p.csv", MIXED_TEXT))
    assert m.frame["currency"].to_list() == [r[4] for r in MIXED]
    assert m.frame["amount"].to_list() == [r[5] for r in MIXED]


@pytest.mark.parametrize(("question", "currency"), [("Umsatz in EUR", "EUR"), ("Revenue in CHF", "CHF")])
def test_one_currency_of_several_is_answered(tmp_path, question, currency):
    answer = _asked(tmp_path, "p.csv", MIXED_TEXT, question)
    assert answer["status"] == "ok", answer["text"]
    assert float(answer["rows"][0][-1]) == pytest.approx(sum(r[5] for r in MIXED if r[4] == currency))


@pytest.mark.parametrize("question", ["Gesamtumsatz", "Umsatz über alle Währungen", "Umsatz in USD"])
def test_money_over_several_currencies_is_asked_back(tmp_path, question):
    assert _asked(tmp_path, "p.csv", MIXED_TEXT, question)["status"] == "clarify"


def test_one_code_on_every_amount_is_the_files_currency(write):
    m = read_table(write("e.csv", "Kunde;Datum;Betrag\n1;01.02.2024;12,50 EUR\n2;02.02.2024;7,00 EUR\n"))
    assert set(m.frame["currency"].to_list()) == {"EUR"}
