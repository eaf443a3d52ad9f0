"""Import rules the thirteenth blind client set found refused or silently wrong (docs/import.md, "client set 13"):
month abbreviations and Japanese dates, DATEV's format line and gross postings, a gross amount with a tax rate,
test customers, positive sale returns, Romance refund columns, Storno counter-documents, a net amount named by
its qualifier after a money word, the Danish `kr.` and a contact's number before its name. Small hand-made files
written in tmp_path; the expected figures are computed here in plain Python from the rows written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.io import read_table
from insight.io.coerce import to_date


def _asked(tmp_path: Path, name: str, text: str, question: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    return ia.ask(question, workspace=db).to_json()


@pytest.mark.parametrize(("values", "expected"), [
    (["1 févr. 2024", "12 janv. 2024", "3 déc. 2023", "5 juil. 2024"],
     [(2024, 2, 1), (2024, 1, 12), (2023, 12, 3), (2024, 7, 5)]),
    (["20 dic 2023", "5 mar 2024", "1 gen 2024", "3 giu 2024", "7 ott 2023"],
     [(2023, 12, 20), (2024, 3, 5), (2024, 1, 1), (2024, 6, 3), (2023, 10, 7)]),
    (["2024年1月24日", "2024年12月5日"], [(2024, 1, 24), (2024, 12, 5)]),
    (["5 de set. de 2024", "3 de out. de 2024"], [(2024, 9, 5), (2024, 10, 3)]),
    (["3 ene 2024", "4 abr 2024"], [(2024, 1, 3), (2024, 4, 4)]),
])
def test_month_abbreviations_and_japanese_dates(values, expected):
    got = to_date(pl.Series(values), "f.csv", "Data", "order_date").to_list()
    assert got == [dt.date(*d) for d in expected]


DATEV = ('"EXTF";700;21;"Buchungsstapel";13;20241016093012000;;"RE";"easybill";"";;1001;20001;20230101;4;20230101;'
         '20241231;"Ausgangsrechnungen";"EB";1;0;0;"EUR"\r\n'
         "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel);"
         "Belegdatum;Belegfeld 1;Buchungstext;Steuersatz\r\n"
         "1190,00;S;EUR;10000;8400;24.07.2024;RE1;RE1 A;19\r\n"
         "107,00;S;EUR;10001;8300;20.07.2024;RE2;RE2 B;7\r\n"
         "119,00;H;EUR;10000;8400;25.07.2024;GS1;GS1 A;19\r\n"
         "214,00;S;EUR;10002;8300;26.07.2024;RE3;RE3 C;7\r\n")


def test_datev_format_line_is_skipped_and_postings_are_net_by_their_rate(tmp_path):
    path = tmp_path / "EXTF_Buchungsstapel.csv"
    path.write_bytes(DATEV.encode("cp1252"))
    m = read_table(path, table="order_lines")
    assert m.mapping["Konto"] == "customer_id"
    net = 1190 / 1.19 + 107 / 1.07 - 119 / 1.19 + 214 / 1.07
    assert m.frame["amount"].sum() == pytest.approx(net)


SELLSY = ("Numéro;Date;Client;Type;Montant TTC;Taux TVA;Statut\n"
          "F-1;1 févr. 2024;Garnier;Facture;120,00 €;20 %;Payée\n"
          "F-2;26 janv. 2024;Lefèvre;Facture;105,50 €;5,5 %;Payée\n"
          "A-1;3 mars 2024;Garnier;Avoir;60,00 €;20 %;Payée\n"
          "F-3;4 mars 2024;Moreau;Facture;110,00 €;10 %;Payée\n")


def test_ttc_amount_with_a_vat_rate_column_is_net(tmp_path):
    j = _asked(tmp_path, "sellsy.csv", SELLSY, "Gesamtumsatz")
    assert j["status"] == "ok"
    assert j["rows"][0][-1] == pytest.approx(120 / 1.2 + 105.5 / 1.055 - 60 / 1.2 + 110 / 1.1)


FREEE = ("取引日,伝票番号,取引先,取引先コード,品目,金額（税抜）,消費税,決済状況\n"
         "2024年3月5日,1,山田商事,T1,保守,\"¥10,000\",\"¥1,000\",完了\n"
         "2024年3月6日,2,佐藤商事,T2,研修,\"¥20,000\",\"¥2,000\",完了\n"
         "2024年4月1日,3,山田商事,T1,研修,\"¥5,000\",¥500,完了\n")


def test_japanese_net_amount_header_and_questions_with_japanese_words(tmp_path):
    j = _asked(tmp_path, "freee.csv", FREEE, "Umsatz mit 保守")
    assert j["status"] == "ok" and j["rows"][0][-1] == pytest.approx(10_000)
    db = tmp_path / "ws.db"
    by = ia.ask("Umsatz je 品目 (Leistung)", workspace=db).to_json()
    assert by["status"] == "ok" and {r[0]: r[-1] for r in by["rows"]} == {"保守": 10_000, "研修": 25_000}
    unknown = ia.ask("Umsatz mit 寿司", workspace=db).to_json()
    assert unknown["status"] == "clarify"  # an ideograph word not in the data is asked back, never dropped


TESTS = ("Date,Invoice No,Party Name,Transaction Type,Total Amount\n"
         "45335,INV-1,Ananya,Sale,\"₹5,000.00\"\n"
         "45336,INV-2,TEST,Sale,\"₹9,000.00\"\n"
         "45337,INV-3,Aarav,Sale,\"₹3,000.00\"\n"
         "45338,SR-1,Ananya,Sale Return,\"₹1,000.00\"\n"
         "45339,INV-4,Aarav,Sale,\"₹2,000.00\"\n")


def test_test_party_is_left_out_and_a_positive_sale_return_subtracts(tmp_path):
    path = tmp_path / "vyapar.csv"
    path.write_text(TESTS, encoding="utf-8")
    m = read_table(path, table="order_lines")
    assert "TEST" not in m.frame["customer_id"].to_list()
    assert any("test customer" in n for n in m.notes)
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    j = ia.ask("Gesamtumsatz", workspace=db).to_json()
    assert j["rows"][0][-1] == pytest.approx(5000 + 3000 - 1000 + 2000)
    assert ia.ask("Anzahl Kunden", workspace=db).to_json()["rows"][0][-1] == 2


def test_romance_refund_column_lowers_the_line(tmp_path):
    text = ("Nº da venda;Data da venda;CPF/CNPJ;Valor líquido;Valor estornado;Situação\n"
            "1;5 de março de 2024;111;R$ 100,00;R$ 30,00;Aprovado\n"
            "2;6 de março de 2024;222;R$ 200,00;R$ 0,00;Aprovado\n"
            "3;7 de março de 2024;111;R$ 50,00;R$ 0,00;Aprovado\n")
    j = _asked(tmp_path, "vendas.csv", text, "Gesamtumsatz")
    assert j["rows"][0][-1] == pytest.approx(100 - 30 + 200 + 50)


BEXIO = ("Nr.;Datum;Kontakt-Nr.;Kontakt;Typ;Total exkl. MWST;MWST;Total;Währung;Bemerkung\n"
         "RE-1;1. Januar 2023;1001;Müller AG;Rechnung;1'000.00;81.00;1'081.00;CHF;\n"
         "RE-2;2. Januar 2023;1002;Huber GmbH;Rechnung;500.00;40.50;540.50;CHF;\n"
         "RE-3;3. Januar 2023;1001;MÜLLER AG;Rechnung;200.00;16.20;216.20;CHF;\n"
         "ST-1;9. Januar 2023;1002;huber gmbh;Storno;-500.00;-40.50;-540.50;CHF;Storno zu RE-2\n"
         "RE-4;10. Januar 2023;1003;Meier AG;Rechnung;300.00;24.30;324.30;CHF;\n")


def test_storno_document_cancels_its_invoice_and_net_is_named_by_its_qualifier(tmp_path):
    path = tmp_path / "bexio.csv"
    path.write_text(BEXIO, encoding="utf-8")
    m = read_table(path, table="order_lines")
    assert m.mapping["Total exkl. MWST"] == "amount" and m.mapping["Kontakt-Nr."] == "customer_id"
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    assert ia.ask("Gesamtumsatz", workspace=db).to_json()["rows"][0][-1] == pytest.approx(1000 + 200 + 300)
    assert ia.ask("Wie viele Aufträge?", workspace=db).to_json()["rows"][0][-1] == 3  # RE-2 is no order
    assert ia.ask("Anzahl Kunden", workspace=db).to_json()["rows"][0][-1] == 2


def test_danish_kr_with_its_dot_names_the_krone(tmp_path):
    text = ("\ufeffFakturanr.;Dato;Kundenr.;Beløb ekskl. moms\n"
            "1;12-10-2023;20035;3.455,80 kr.\n2;26-02-2023;20013;1.483,50 kr.\n3;01-03-2023;20035;100,00 kr.\n")
    j = _asked(tmp_path, "billy.csv", text, "Umsatz in EUR")
    assert j["status"] == "clarify"
    db = tmp_path / "ws.db"
    assert ia.ask("Umsatz in DKK", workspace=db).to_json()["rows"][0][-1] == pytest.approx(3455.80 + 1483.50 + 100)


def test_bare_documento_column_numbers_the_documents(tmp_path):
    text = ("Documento;Data;Cliente;Total\n"
            "FT 2024/1;2024-02-09;Rafael;39,00\nFT 2024/2;2024-02-09;Rafael;8,90\nFT 2024/2;2024-02-09;Rafael;1,00\n"
            "FT 2024/3;2024-03-01;Ana;19,50\n")
    path = tmp_path / "moloni.csv"
    path.write_text(text, encoding="utf-8")
    m = read_table(path, table="order_lines")
    assert m.mapping["Documento"] == "order_id"
    assert m.frame["order_id"].n_unique() == 3  # two documents of Rafael on one day are two orders
