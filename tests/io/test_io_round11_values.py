"""Import rules the eleventh blind client set found silently wrong (docs/import.md, "Code legends", "Net, gross and
fees"): a legend of document-type codes under the data, charges paid on top of a goods total, a discount in money
beside the amount before discount, and the cancel words of more languages. Small hand-made files imported into a
real SQLite workspace; the expected figures are computed here in plain Python from the rows written."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import insight.api as ia
from insight.io import legend
from insight.language import fold
from insight.metrics import conventions


def _import(tmp_path: Path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    db = tmp_path / "ws.db"
    result = ia.import_files([path], workspace=db)
    with ia.open_workspace(db) as ws:
        return ws.load(), result


def _notes(result) -> str:
    return " ".join(str(r.to_json()) for r in result)


def _de(x: float) -> str:
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# -- 1. a legend of codes under the table --------------------------------------------------------------------


def _document_list(with_legend: bool, unexplained: bool = False) -> tuple[str, dict[str, float]]:
    rng = random.Random(11)
    lines = ["Beleg-Nr.;Belegart;Datum;Kd-Nr;Netto;Bezug"]
    invoices: list[tuple[str, str, float]] = []
    sales = credit = offers = 0.0
    cancelled = 0
    n_invoices = 0
    for i in range(1, 361):
        day = f"{(i % 27) + 1:02d}.{(i % 12) + 1:02d}.2024"
        customer = f"K{i % 15}"
        amount = round(rng.uniform(50, 900), 2)
        roll = i % 10
        if roll < 6:
            number = f"1{i:04d}"
            lines.append(f"{number};10;{day};{customer};{_de(amount)};")
            invoices.append((number, customer, amount))
            sales += amount
            n_invoices += 1
        elif roll < 8:
            lines.append(f"2{i:04d};20;{day};{customer};{_de(amount)};")
            credit += amount
        elif roll == 8 and invoices:
            number, who, value = invoices.pop(0)
            lines.append(f"3{i:04d};30;28.12.2024;{who};{_de(value)};{number}")
            sales -= value
            cancelled += 1
            n_invoices -= 1
        else:
            lines.append(f"4{i:04d};40;{day};{customer};{_de(amount)};")
            offers += amount
    if unexplained:
        lines.append(f"5{999:04d};50;01.06.2024;K1;{_de(10.0)};")
    if with_legend:
        lines += ["", "Legende Belegart:", "10 = Rechnung", "20 = Gutschrift (Betrag positiv)",
                  "30 = Storno zu Rechnung (siehe Bezug)", "40 = Angebot"]
    extra = 10.0 if unexplained else 0.0
    return "\r\n".join(lines) + "\r\n", {"revenue": sales - credit + extra, "credit": credit, "cancelled": cancelled,
                                         "invoices": n_invoices}


def test_a_legend_under_the_data_types_the_documents(tmp_path) -> None:
    text, truth = _document_list(with_legend=True)
    ds, result = _import(tmp_path, "belege.csv", text, "cp1252")
    revenue = ia.ask("Umsatz gesamt", data=ds)
    assert revenue.status == "ok"
    assert revenue.table.item(0, "revenue") == pytest.approx(truth["revenue"], abs=0.02)
    stornos = ia.ask("Wie viele Rechnungen wurden storniert?", data=ds)
    assert stornos.table.item(0, stornos.table.columns[0]) == truth["cancelled"]
    credits = ia.ask("Summe der Gutschriften", data=ds)
    assert abs(credits.table.item(0, "returns")) == pytest.approx(truth["credit"], abs=0.02)
    # the legend's rows never become data: no line carries a code as its document number
    assert ds.order_lines.filter(ds.order_lines["order_id"].cast(str).str.contains("=")).height == 0
    said = _notes(result)
    assert "legend" in said and "Gutschrift" in said and "Bezug" in said


def test_a_code_the_legend_does_not_explain_is_named(tmp_path) -> None:
    text, truth = _document_list(with_legend=True, unexplained=True)
    ds, result = _import(tmp_path, "belege.csv", text, "cp1252")
    assert "50" in _notes(result) and "no known meaning" in _notes(result)
    assert ia.ask("Umsatz gesamt", data=ds).table.item(0, "revenue") == pytest.approx(truth["revenue"], abs=0.02)


def test_numeric_type_codes_without_a_legend_are_not_summed_silently(tmp_path) -> None:
    text, _ = _document_list(with_legend=False)
    _, result = _import(tmp_path, "belege.csv", text, "cp1252")
    said = _notes(result)
    assert "numeric codes (10, 20, 30, 40)" in said and "summed as shown" in said


@pytest.mark.parametrize(
    ("meaning", "kind"),
    [("Rechnung", "sale"), ("Gutschrift (Betrag positiv)", "credit"), ("Storno zu Rechnung (siehe Bezug)", "cancel"),
     ("Angebot", "offer"), ("Stornorechnung", "credit"), ("Credit note", "credit"), ("Quotation", "offer"),
     ("Credit card", None), ("Sales tax", None), ("Lieferschein", None)],
)
def test_legend_meanings(meaning, kind) -> None:
    assert legend.kind(meaning) == kind


def test_legend_words_agree_with_the_status_and_document_tables() -> None:
    """io keeps its own words (it may not import insight.metrics); they must mean what the tables say."""
    for word in legend.CREDIT_WORDS:
        assert conventions.is_credit_document(word) or word in ("factura storno", "helyesbito szamla",
                                                                "kreditnota", "faktura korygujaca"), word
    cancel = {fold(w) for w in conventions.CANCEL_STATUS}
    assert {w for w in legend.CANCEL_WORDS if w not in cancel} <= {"stornierung", "cancellation", "annullierung",
                                                                   "annulation", "anulacion"}
    for word in legend.OFFER_WORDS:
        if conventions.status_kind(word) is not None:
            assert conventions.status_kind(word) == "offer", word


# -- 2. charges on top, a discount in money -------------------------------------------------------------------


def test_a_total_of_goods_plus_fees_takes_the_goods(tmp_path) -> None:
    rng = random.Random(5)
    lines = ["Bestellnummer;E-Mail;Bestelldatum;Summe Tickets;Gebühren;Gesamtbetrag"]
    goods = 0.0
    for i in range(60):
        tickets = 30.0 * rng.randint(1, 4)
        fee = round(tickets * 0.025 + (1 if i % 3 else 0), 2)
        goods += tickets
        lines.append(f"B{i};p{i % 9}@example.de;{(i % 28) + 1:02d}.05.2024;{_de(tickets)};{_de(fee)};"
                     f"{_de(tickets + fee)}")
    ds, result = _import(tmp_path, "tickets.csv", "\n".join(lines) + "\n")
    assert "Summe Tickets" in _notes(result) and "Gebühren" in _notes(result)
    assert ia.ask("Gesamtumsatz", data=ds).table.item(0, "revenue") == pytest.approx(goods, abs=0.01)


def test_a_net_of_the_providers_fee_is_not_taken_as_the_goods(tmp_path) -> None:
    """Etsy / Stripe: 'Net' = amount − fee is what the seller got, never the sale (the fee rule, not this one)."""
    lines = ["id,customer,created,Amount,Fee,Net"]
    paid = 0.0
    for i in range(40):
        amount = 20.0 + i
        fee = round(amount * 0.029 + 0.3, 2)
        paid += amount
        lines.append(f"ch_{i},c{i % 7},2024-03-{(i % 28) + 1:02d},{amount:.2f},{fee:.2f},{amount - fee:.2f}")
    ds, _ = _import(tmp_path, "balance.csv", "\n".join(lines) + "\n")
    assert ia.ask("revenue", data=ds).table.item(0, "revenue") == pytest.approx(paid, abs=0.01)


def test_a_money_discount_beside_the_subtotal_comes_off(tmp_path) -> None:
    lines = ["order_number,customer_email,created_at,status,subtotal,discount_total,tax,total"]
    net = 0.0
    for i in range(50):
        subtotal = 49.0 if i % 2 else 99.0
        discount = round(subtotal * 0.2, 2) if i % 5 == 0 else 0.0
        tax = round((subtotal - discount) * 0.19, 2)
        net += subtotal - discount
        lines.append(f"{1000 + i},u{i % 8}@mail.com,2024-04-{(i % 28) + 1:02d}T10:00:00.000000Z,paid,{subtotal:.2f},"
                     f"{discount:.2f},{tax:.2f},{subtotal - discount + tax:.2f}")
    ds, result = _import(tmp_path, "orders.csv", "\n".join(lines) + "\n")
    assert "discount_total" in _notes(result)
    assert ia.ask("revenue", data=ds).table.item(0, "revenue") == pytest.approx(net, abs=0.01)


def test_a_line_total_after_discount_keeps_its_amount(tmp_path) -> None:
    """Odoo's 'Subtotal' is already after the discount: the total is subtotal + tax, so nothing comes off."""
    lines = ["order_id,customer,date,discount,subtotal,tax,total"]
    net = 0.0
    for i in range(40):
        subtotal = 80.0 + i
        discount = 8.0 if i % 4 == 0 else 0.0
        tax = round(subtotal * 0.19, 2)
        net += subtotal
        lines.append(f"S{i},c{i % 6},2024-02-{(i % 28) + 1:02d},{discount:.2f},{subtotal:.2f},{tax:.2f},"
                     f"{subtotal + tax:.2f}")
    ds, _ = _import(tmp_path, "so.csv", "\n".join(lines) + "\n")
    assert ia.ask("revenue", data=ds).table.item(0, "revenue") == pytest.approx(net, abs=0.01)


# -- 3. cancel words of more languages ------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Anulata", "Anulată", "Stornata", "Sztornó", "érvénytelen", "İptal", "İptal Edildi",
                                  "Anulowana", "Stornováno", "Geannuleerd", "Makulerad"])
def test_cancel_words_of_more_languages(word) -> None:
    assert conventions.status_kind(word) == "cancelled"


def test_romanian_cancelled_invoices_are_no_sales(tmp_path) -> None:
    lines = ["Serie;Numar;Data;Client;Valoare fara TVA;TVA;Total;Stare"]
    sold, cancelled = 0.0, 0
    for i in range(60):
        amount = 100.0 + i
        state = "Anulata" if i % 6 == 0 else ("Incasata" if i % 2 else "Emisa")
        if state == "Anulata":
            cancelled += 1
        else:
            sold += amount
        tax = round(amount * 0.19, 2)
        lines.append(f"FCT;{i + 1:04d};{(i % 28) + 1:02d}.03.2024;Client {i % 9} SRL;{_de(amount)};{_de(tax)};"
                     f"{_de(amount + tax)};{state}")
    ds, _ = _import(tmp_path, "facturi.csv", "\n".join(lines) + "\n")
    assert ia.ask("Umsatz gesamt", data=ds).table.item(0, "revenue") == pytest.approx(sold, abs=0.01)


def test_a_number_restarting_per_series_is_the_document_with_its_series(tmp_path) -> None:
    """Invoices FCT 0001… and cancellation invoices STR 0001… numbered apart: the document is series + number."""
    lines = ["Serie;Numar;Data;Client;Valoare fara TVA;TVA;Total"]
    documents = 0
    for series, count in (("FCT", 40), ("STR", 6)):
        for n in range(1, count + 1):
            amount = (100.0 + n) * (1 if series == "FCT" else -1)
            tax = round(amount * 0.19, 2)
            documents += 1
            # two documents of one customer on one day stay two orders
            lines.append(f"{series};{n:04d};{(n % 5) + 1:02d}.04.2024;Client {n % 4} SRL;{_de(amount)};{_de(tax)};"
                         f"{_de(amount + tax)}")
    ds, result = _import(tmp_path, "facturi.csv", "\n".join(lines) + "\n")
    assert "'Serie' + 'Numar'" in _notes(result)
    assert ds.order_lines.get_column("order_id").n_unique() == documents
