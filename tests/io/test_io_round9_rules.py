"""Import and Ask rules the ninth blind client set (European exports) found silently wrong (docs/import.md,
docs/ask.md): small hand-made files imported into a real SQLite workspace, the expected figures computed here in
plain Python from the rows written, never through insight."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.io.pivot import unpivot_months
from insight.metrics.conventions import is_cancelled_status


def _imported(tmp_path: Path, name: str, text: str, mapping: dict[str, str] | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db, mapping=mapping)
    with ia.open_workspace(db) as ws:
        return ws.load()


def _csv(header: str, rows, sep: str = ";") -> str:
    return header + "\n" + "".join(sep.join(r) + "\n" for r in rows)


def _json(question: str, ds) -> dict:
    return ia.ask(question, ds).to_json()


def _value(question: str, ds) -> float:
    data = _json(question, ds)
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data["text"]
    return float(data["rows"][0][-1])


def _num(text: str) -> float:
    return float(text.replace(" ", "").replace(".", "").replace(",", "."))


# -- 1. cancellation words of the other European exports -------------------------------------------------------

@pytest.mark.parametrize("value", ["Stornováno", "storno", "Kansellert", "Annulleret", "annullato", "stornato",
                                   "anulowane", "Anulowana", "cancelado", "anulado", "geannuleerd",
                                   "peruttu", "mitätöity", "Annulé", "Makulerad"])
def test_cancel_words_of_european_exports_are_no_sale(value) -> None:
    assert is_cancelled_status(value)


def test_dutch_vervallen_is_overdue_not_cancelled() -> None:
    """On a Dutch invoice list 'vervallen' means past due: still a sale."""
    assert not is_cancelled_status("vervallen")


@pytest.mark.parametrize("status", ["Stornováno", "Kansellert", "Annulleret", "stornato", "Anulowana", "peruttu"])
def test_a_foreign_cancel_status_is_no_sale_and_is_counted_as_storniert(tmp_path, status) -> None:
    rows = [
        ("F-1", "01.03.2024", "K1", "Uhrazeno", "100,00"),
        ("F-2", "02.03.2024", "K2", status, "50,00"),
        ("F-3", "03.03.2024", "K1", "Neuhrazeno", "70,00"),
        ("F-4", "04.03.2024", "K3", status, "30,00"),
        ("F-5", "05.03.2024", "K4", "Uhrazeno", "40,00"),
    ]
    ds = _imported(tmp_path, "faktury.csv", _csv("Rechnungsnummer;Datum;Kundennummer;Status;Netto", rows))
    sold = [r for r in rows if r[3] != status]
    assert _value("Umsatz", ds) == pytest.approx(sum(_num(r[4]) for r in sold))
    assert _value("Anzahl Bestellungen", ds) == len(sold)
    assert _value("Wie viele Rechnungen sind storniert?", ds) == len(rows) - len(sold)


def test_a_swedish_yes_no_flag_named_makulerad_voids_its_invoices(tmp_path) -> None:
    rows = [
        ("50001", "0001182", "2024-02-16", "3 632,56", "Nej"),
        ("50002", "0001875", "2023-12-12", "4 324,02", "Ja"),
        ("50003", "0001140", "2023-12-30", "520,94", "Nej"),
        ("50004", "0001182", "2024-05-01", "7 124,36", "Nej"),
        ("50005", "0001140", "2024-05-02", "99,00", "Ja"),
    ]
    text = _csv("Fakturanr;Kundnr;Fakturadatum;Belopp;Makulerad", rows)
    ds = _imported(tmp_path, "fakturor.csv", text,
                   mapping={"Kundnr": "customer_id", "Fakturanr": "order_id", "Fakturadatum": "order_date",
                            "Belopp": "amount"})
    kept = [r for r in rows if r[4] == "Nej"]
    assert _value("Umsatz", ds) == pytest.approx(sum(_num(r[3]) for r in kept))
    assert _value("Wie viele Rechnungen sind storniert?", ds) == len(rows) - len(kept)


# -- 2. a pivot's totals row and totals column ------------------------------------------------------------------

def _pivot(label: str, total_header: str) -> tuple[str, list[list[float | None]]]:
    cells = [[1200.0, None, 800.0, 50.0], [None, 300.0, 450.0, -20.0], [700.0, 900.0, None, 100.0],
             [40.0, 60.0, 80.0, None]]
    sums = [sum(r[m] or 0.0 for r in cells) for m in range(4)]

    def txt(v: float | None) -> str:
        return "" if v is None else f"{v:,.0f}".replace(",", ".")

    lines = [f"Kundenr;Kunde;Jan 24;Feb 24;Mrz 24;Apr 24;{total_header}"]
    for k, r in enumerate(cells):
        lines.append(f"{700 + k};Firma {k};" + ";".join(txt(v) for v in r) + f";{txt(sum(v or 0.0 for v in r))}")
    lines.append(f"{label};;" + ";".join(txt(v) for v in sums) + f";{txt(sum(sums))}")
    return "\n".join(lines) + "\n", cells


@pytest.mark.parametrize(("label", "total_header"), [("Gesamt", "Summe"), ("I alt", "I alt"), ("Totale", "Totale"),
                                                     ("Summe:", "Jahreswert 2024")])
def test_a_pivots_totals_row_and_column_are_no_customer_and_no_sale(tmp_path, label, total_header) -> None:
    text, cells = _pivot(label, total_header)
    ds = _imported(tmp_path, "umsatz_kunde_monat.csv", text)
    assert _value("Umsatz 2024", ds) == pytest.approx(sum(v or 0.0 for r in cells for v in r))
    assert _value("Wie viele Kunden hatten 2024 Umsatz?", ds) == len(cells)
    assert _value("Umsatz im Februar 2024", ds) == pytest.approx(sum(r[1] or 0.0 for r in cells))
    top = _json("Top 3 Kunden nach Umsatz", ds)
    assert top["status"] == "ok", top["text"]
    assert [str(r[0]) for r in top["rows"]] == ["Firma 0", "Firma 2", "Firma 1"]


def test_a_pivot_row_labelled_total_whose_cells_are_no_column_sums_stays() -> None:
    frame = pl.DataFrame({"Kunde": ["A", "B", "Total", "C"], "Jan 24": ["100", "10", "5", "1"],
                          "Feb 24": ["200", "20", "5", "2"], "Mrz 24": ["300", "30", "5", ""]})
    notes: list[str] = []
    long = unpivot_months(frame, notes)
    assert long is not None and "Total" in long.get_column("Kunde").to_list()
    summed = frame.with_columns(pl.Series("Jan 24", ["100", "10", "111", "1"]), pl.Series("Feb 24", ["200", "20", "222", "2"]),
                                pl.Series("Mrz 24", ["300", "30", "330", ""]))
    long = unpivot_months(summed, notes)
    assert long is not None and "Total" not in long.get_column("Kunde").to_list()
    assert "'Total'" in notes[-1]


def test_annulliert_and_makuliert_count_the_cancelled_invoices(tmp_path) -> None:
    rows = [("1", "01.03.2024", "K1", "Pagata", "10"), ("2", "02.03.2024", "K2", "Annullata", "20"),
            ("3", "03.03.2024", "K3", "Annullata", "30"), ("4", "04.03.2024", "K1", "Emessa", "40")]
    ds = _imported(tmp_path, "fatture.csv", _csv("Rechnungsnummer;Datum;Kundennummer;Status;Netto", rows))
    cancelled = sum(r[3] == "Annullata" for r in rows)
    assert _value("Wie viele Rechnungen wurden annulliert?", ds) == cancelled
    assert _value("Wie viele Rechnungen sind makuliert?", ds) == cancelled


# -- 5. the invoice number under its European headers is the order id -------------------------------------------

@pytest.mark.parametrize("header", ["Numero", "Numero fattura", "Rg.-Nr.", "Re.-Nr.", "N° facture", "Nº", "No.",
                                    "Nr faktury", "Número de factura", "Fakturanr"])
def test_an_invoice_number_header_of_a_european_export_is_the_order_id(tmp_path, header) -> None:
    # two invoices of one customer on one day: two orders, never one per customer and day
    rows = [("FT/1", "01.03.2024", "K1", "100,00"), ("FT/2", "01.03.2024", "K1", "50,00"),
            ("FT/3", "02.03.2024", "K2", "70,00"), ("FT/4", "02.03.2024", "K2", "30,00"),
            ("FT/5", "05.03.2024", "K1", "20,00")]
    ds = _imported(tmp_path, "rechnungen.csv", _csv(f"{header};Datum;Kundennummer;Netto", rows))
    assert _value("Anzahl Bestellungen", ds) == len({r[0] for r in rows})
    assert _value("durchschnittlicher Bestellwert", ds) == pytest.approx(sum(_num(r[3]) for r in rows) / len(rows))


def test_a_number_beside_a_customer_word_stays_the_customer(tmp_path) -> None:
    rows = [("12", "Alfa", "01.03.2024", "100,00"), ("12", "Alfa", "02.03.2024", "50,00"),
            ("13", "Beta", "02.03.2024", "70,00")]
    ds = _imported(tmp_path, "docs.csv", _csv("Nº Cliente;Nome;Data;Base", rows),
                   mapping={"Nº Cliente": "customer_id", "Data": "order_date", "Base": "amount"})
    assert _value("Wie viele Kunden?", ds) == 2


# -- 4. customers known by name only: one customer whatever the letter case and blanks ---------------------------

@pytest.mark.parametrize("mapped", [False, True])
def test_a_customer_name_in_two_cases_or_with_extra_blanks_is_one_customer(tmp_path, mapped) -> None:
    rows = [("F1", "2024-03-01", "Železárny Novák s.r.o.", "100"), ("F2", "2024-03-02", "ŽELEZÁRNY NOVÁK S.R.O.", "50"),
            ("F3", "2024-03-03", "Železárny  Novák s.r.o. ", "20"), ("F4", "2024-03-04", "Stavby Procházka s.r.o.", "70"),
            ("F5", "2024-03-05", "Železárny Novák s.r.o.", "10")]
    header = "Rechnungsnummer;Datum;Kundenname;Netto"
    mapping = {"Kundenname": "customer_id"} if mapped else None
    ds = _imported(tmp_path, "faktury.csv", _csv(header, rows), mapping=mapping)
    folded = {" ".join(r[2].split()).lower() for r in rows}
    assert _value("Wie viele Kunden?", ds) == len(folded)
    top = _json("Top 2 Kunden nach Umsatz", ds)
    assert top["status"] == "ok", top["text"]
    novak = [r for r in rows if "novák" in r[2].lower()]
    assert top["rows"][0][0] == "Železárny Novák s.r.o."  # the most frequent spelling is the label
    assert float(top["rows"][0][-1]) == pytest.approx(sum(float(r[3]) for r in novak))


def test_customer_codes_differing_in_case_stay_apart(tmp_path) -> None:
    rows = [("1", "2024-03-01", "ab12", "10"), ("2", "2024-03-02", "AB12", "20"), ("3", "2024-03-03", "cd34", "30")]
    ds = _imported(tmp_path, "orders.csv", _csv("Rechnungsnummer;Datum;Kundennummer;Netto", rows))
    assert _value("Wie viele Kunden?", ds) == 3


# -- 3. several currencies in a client column of ISO codes: money asked back, counts and one currency answered ---

def test_money_over_several_currencies_of_a_code_column_is_asked_back(tmp_path) -> None:
    rows = [("1", "01.03.2024", "K1", "100,00", "NOK", "Levert"), ("2", "02.03.2024", "K2", "50,00", "SEK", "Levert"),
            ("3", "03.03.2024", "K1", "70,00", "NOK", "Fakturert"), ("4", "04.03.2024", "K3", "30,00", "EUR", "Levert"),
            ("5", "05.03.2024", "K2", "20,00", "NOK", "Levert")]
    ds = _imported(tmp_path, "ordre.csv", _csv("Ordrenr;Ordredato;Kundenr;Beløp;Valuta;Status", rows),
                   mapping={"Ordrenr": "order_id", "Ordredato": "order_date", "Kundenr": "customer_id",
                            "Beløp": "amount"})
    for question in ("Wie viel Umsatz haben wir insgesamt gemacht?", "Top 5 Kunden nach Umsatz", "What's our AOV?",
                     "Umsatz pro Monat 2024"):
        data = _json(question, ds)
        assert data["status"] == "clarify", (question, data["text"])
        assert all(code in data["text"] for code in ("NOK", "SEK", "EUR")), data["text"]
    assert _value("Umsatz in NOK", ds) == pytest.approx(sum(_num(r[3]) for r in rows if r[4] == "NOK"))
    assert _value("Umsatz in Euro", ds) == pytest.approx(sum(_num(r[3]) for r in rows if r[4] == "EUR"))
    assert _value("Wie viele Kunden haben wir?", ds) == len({r[2] for r in rows})
    assert _value("Anzahl Bestellungen", ds) == len(rows)
    by = _json("Anzahl Bestellungen je Währung", ds)
    assert by["status"] == "ok", by["text"]
    assert {str(r[0]): r[-1] for r in by["rows"]} == {"NOK": 3, "SEK": 1, "EUR": 1}


# -- 6. a band the data has no column for is asked back, never an error ------------------------------------------

def test_revenue_by_age_band_without_ages_is_asked_back_and_with_ages_answered(tmp_path) -> None:
    rows = [("1", "01.03.2024", "K1", "100,00"), ("2", "02.03.2024", "K2", "50,00"), ("3", "03.03.2024", "K3", "70,00")]
    ds = _imported(tmp_path, "orders.csv", _csv("Bestellnummer;Bestelldatum;Kundennummer;Netto", rows))
    data = _json("Umsatz nach Altersgruppe", ds)
    assert data["status"] == "clarify", data["text"]
    assert "Altersgruppe" in data["text"] and "'age'" in data["text"], data["text"]
    ages = tmp_path / "kunden.csv"
    ages.write_text("Kundennummer;Alter\nK1;25\nK2;47\nK3;52\n", encoding="utf-8")
    ia.import_files([ages], workspace=tmp_path / "ws.db")
    with ia.open_workspace(tmp_path / "ws.db") as ws:
        ds = ws.load()
    data = _json("Umsatz nach Altersgruppe", ds)
    assert data["status"] == "ok", data["text"]
    assert sum(float(r[-1]) for r in data["rows"]) == pytest.approx(220.0)


# -- 7. returns by reason: the sales lines (no reason) are no group of zero --------------------------------------

def test_returns_by_reason_list_the_reasons_only(tmp_path) -> None:
    rows = [("1", "01.03.2024", "K1", "", "2", "100,00"), ("2", "02.03.2024", "K2", "", "1", "50,00"),
            ("3", "05.03.2024", "K1", "Defekt", "-1", "-40,00"), ("4", "06.03.2024", "K2", "Zu klein", "-1", "-20,00"),
            ("5", "07.03.2024", "K3", "", "1", "70,00"), ("6", "08.03.2024", "K3", "Defekt", "-1", "-10,00")]
    ds = _imported(tmp_path, "rivit.csv", _csv("Bestellnummer;Datum;Kundennummer;Rückgabegrund;Menge;Betrag", rows))
    data = _json("Retouren je Rückgabegrund", ds)
    assert data["status"] == "ok", data["text"]
    got = {r[0]: abs(float(r[-1])) for r in data["rows"]}
    expected: dict[str, float] = {}
    for r in rows:
        if r[3]:
            expected[r[3]] = expected.get(r[3], 0.0) + abs(_num(r[5]))
    assert got == pytest.approx(expected)
