"""Known exports (insight.io.exports): real files read through read_table, conventions checked on the values."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from insight import api
from insight.errors import InputError
from insight.io import read_table
from insight.io.exports import line_total_price


def _write(path: Path, header: list[str], rows: list[list[object]], sep: str = ",", encoding: str = "utf-8") -> Path:
    text = "\n".join(sep.join(str(c) for c in r) for r in [header, *rows]) + "\n"
    path.write_bytes(text.encode(encoding))
    return path


STRIPE = ["id", "created", "amount", "amount_refunded", "currency", "customer", "status", "description"]


def test_stripe_cents_refunds_and_failed(tmp_path: Path) -> None:
    rows = [["ch_1", "2024-03-05T14:22:00Z", 1990, 0, "eur", "cus_a", "succeeded", "Abo"],
            ["ch_2", "2024-03-06T10:00:00Z", 5000, 2500, "eur", "cus_a", "succeeded", "Abo"],
            ["ch_3", "2024-03-07T10:00:00Z", 900, 0, "eur", "cus_b", "failed", "Abo"],
            ["ch_4", "2024-03-08T10:00:00Z", 1200, 1200, "eur", "cus_c", "succeeded", "Abo"],
            ["ch_5", "2024-03-09T10:00:00Z", 500, 0, "jpy", "cus_d", "succeeded", "Abo"]]
    path = _write(tmp_path / "charges.csv", STRIPE, rows)
    m = read_table(path)
    assert m.table == "order_lines"
    assert m.mapping["id"] == "order_id" and m.mapping["created"] == "order_date"
    assert m.mapping["customer"] == "customer_id"
    assert m.frame.get_column("amount").to_list() == pytest.approx([19.90, 25.00, 9.00, 0.0, 500.0])
    assert m.frame.get_column("refunded").to_list() == pytest.approx([0.0, 25.0, 0.0, 12.0, 0.0])
    assert any("cents" in n for n in m.notes) and any("refunds subtracted" in n for n in m.notes)
    answer = api.ask("What was our total revenue?", data=path).to_json()
    # the failed charge is no sale, the JPY charge is whole yen (several currencies: asked back or per currency)
    assert answer["status"] in ("ok", "clarify")
    eur = api.ask("revenue in EUR", data=path).to_json()
    assert eur["status"] == "ok" and eur["rows"][0][-1] == pytest.approx(19.90 + 25.00)


def test_stripe_decimal_amounts_are_units_and_epoch_dates(tmp_path: Path) -> None:
    rows = [["ch_1", "1709648520", "19.90", "0.00", "eur", "cus_a", "succeeded", "x"],
            ["ch_2", "1709734920", '"1,050.00"', "25.00", "eur", "cus_b", "succeeded", "x"]]
    m = read_table(_write(tmp_path / "charges.csv", STRIPE, rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([19.90, 1025.00])
    assert m.frame.get_column("order_date").dt.date().to_list()[0].isoformat() == "2024-03-05"
    assert any("decimal amounts" in n for n in m.notes) and any("Unix time" in n for n in m.notes)


DATEV = ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Konto",
         "Gegenkonto (ohne BU-Schlüssel)", "Belegdatum", "Belegfeld 1", "Buchungstext"]


def test_datev_soll_haben_signs_and_payments(tmp_path: Path) -> None:
    rows = [["100,00", "S", "EUR", 10001, 8400, 20240305, "RE1", "Rechnung"],
            ["250,50", "S", "EUR", 10002, 8300, 20240306, "RE2", "Rechnung"],
            ["20,00", "H", "EUR", 10001, 8400, 20240310, "GS1", "Gutschrift"],
            ["80,00", "H", "EUR", 10001, 1200, 20240311, "ZE1", "Zahlung"]]
    path = _write(tmp_path / "EXTF_Buchungsstapel.csv", DATEV, rows, sep=";", encoding="cp1252")
    m = read_table(path)
    assert m.mapping["Konto"] == "customer_id"
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, 250.5, -20.0])  # the payment is no sale
    assert m.frame.get_column("gegenkonto").to_list() == ["8400", "8300", "8400"]  # account numbers stay text
    assert any("H (a credit note) counts negative" in n for n in m.notes)
    assert any("left out 1 postings" in n for n in m.notes)
    answer = api.ask("Umsatz auf Gegenkonto 8400", data=path).to_json()
    assert answer["status"] == "ok" and answer["rows"][0][-1] == pytest.approx(80.0)


def test_datev_debtor_on_the_gegenkonto_swaps_the_sign(tmp_path: Path) -> None:
    rows = [["100,00", "H", "EUR", 8400, 10001, 20240305, "RE1", "Rechnung"],
            ["30,00", "S", "EUR", 8400, 10001, 20240306, "GS1", "Gutschrift"]]
    m = read_table(_write(tmp_path / "stapel.csv", DATEV, rows, sep=";"))
    assert m.mapping["Gegenkonto"] == "customer_id"
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, -30.0])


def test_datev_refusals_name_the_column(tmp_path: Path) -> None:
    bad_key = [["100,00", "X", "EUR", 10001, 8400, 20240305, "RE1", "R"]]
    with pytest.raises(InputError, match="'Soll/Haben-Kennzeichen' row 1 should hold S"):
        read_table(_write(tmp_path / "a.csv", DATEV, bad_key, sep=";"))
    no_key = [["100,00", "S", "EUR", 10001, 8400, 20240305, "RE1", "R"], ["5,00", "", "EUR", 10001, 8400, 20240305, "RE2", "R"]]
    with pytest.raises(InputError, match="'Soll/Haben-Kennzeichen' row 2 should hold S"):
        read_table(_write(tmp_path / "c.csv", DATEV, no_key, sep=";"))
    no_debtor = [["100,00", "S", "EUR", 1200, 8400, 20240305, "RE1", "R"]]
    with pytest.raises(InputError, match='neither .* debtor accounts.*--map "Konto=customer_id"'):
        read_table(_write(tmp_path / "b.csv", DATEV, no_debtor, sep=";"))


AMAZON = ["amazon-order-id", "purchase-date", "order-status", "sku", "quantity", "currency", "item-price",
          "ship-country", "buyer-email"]


def test_amazon_item_price_is_the_line_total(tmp_path: Path) -> None:
    rows = [["302-1", "2024-03-05T10:00:00+00:00", "Shipped", "A", 2, "EUR", "39.98", "DE", "x@m.de"],
            ["302-2", "2024-03-06T10:00:00+00:00", "Cancelled", "A", 1, "EUR", "19.99", "FR", "y@m.de"]]
    path = _write(tmp_path / "orders.txt", AMAZON, rows, sep="\t")
    m = read_table(path)
    assert m.mapping["item-price"] == "amount" and m.mapping["buyer-email"] == "customer_id"
    assert m.mapping["ship-country"] == "country"
    assert m.frame.get_column("amount").to_list() == pytest.approx([39.98, 19.99])
    kept = read_table(path, mapping={"item-price": "unit_price"})  # the user's --map wins
    assert kept.mapping["item-price"] == "unit_price"
    answer = api.ask("revenue", data=path).to_json()
    assert answer["rows"][0][-1] == pytest.approx(39.98)  # cancelled order left out, price not × quantity


def test_a_price_column_that_grows_with_quantity_is_a_line_total(tmp_path: Path) -> None:
    header = ["Order", "Customer", "Date", "SKU", "Quantity", "Price"]
    totals = [[f"O{i}", f"C{i % 3}", "2024-03-05", sku, q, f"{q * p:.2f}"]
              for i, (sku, p, q) in enumerate([(s, p, q) for s, p in (("A", 9.5), ("B", 20.0))
                                                for q in (1, 2, 3, 1, 4)])]
    m = read_table(_write(tmp_path / "totals.csv", header, totals))
    assert m.mapping["Price"] == "amount" and any("line total" in n for n in m.notes)
    units = [[o, c, d, s, q, f"{float(p) / q:.2f}"] for o, c, d, s, q, p in totals]
    u = read_table(_write(tmp_path / "units.csv", header, units))
    assert u.mapping["Price"] == "unit_price"
    frame = pl.DataFrame({"p": ["10", "20"], "q": ["1", "2"], "k": ["A", "A"]})
    assert line_total_price(frame, "p", "q", "k") is None  # too few lines to tell: nothing changes


def test_year_and_quarter_columns_are_periods(tmp_path: Path) -> None:
    rows = [["C1", 2023, "Q1", "1,000.00", "SMB"], ["C1", 2023, "Q3", "500.00", "SMB"],
            ["C2", 2024, "Q2", "2,000.00", "Enterprise"]]
    path = _write(tmp_path / "revenue_by_quarter.csv", ["Customer", "Year", "Quarter", "Revenue", "Segment"],
                  [[c, y, q, f'"{v}"', s] for c, y, q, v, s in rows])
    m = read_table(path)
    assert m.table == "order_lines"
    assert [d.isoformat() for d in m.frame.get_column("order_date").dt.date().to_list()] == \
        ["2023-01-01", "2023-07-01", "2024-04-01"]
    assert "year" not in m.frame.columns and "quarter" not in m.client_columns  # no second Year to ask about
    answer = api.ask("revenue in Q3 2023", data=path).to_json()
    assert answer["rows"][0][-1] == pytest.approx(500.0)
    _write(tmp_path / "bad.csv", ["Customer", "Year", "Quarter", "Revenue"], [["C1", 2023, "Q5", "10"]])
    with pytest.raises(InputError, match="row 1 is not a year and a quarter"):
        read_table(tmp_path / "bad.csv")


def test_crm_deals_company_and_close_date(tmp_path: Path) -> None:
    header = ["Record ID", "Deal Name", "Company name", "Deal Stage", "Amount", "Close Date", "Pipeline"]
    rows = [[1, "D1", "Alpen AG", "Closed Won", 1000, "2024-03-05 00:00", "Neukunden"],
            [2, "D2", "Alpen AG", "Closed Lost", 5000, "2024-03-06 00:00", "Neukunden"],
            [3, "D3", "Rhein KG", "Closed Won", 300, "2024-03-07 00:00", "Bestandskunden"]]
    path = _write(tmp_path / "deals.csv", header, rows)
    m = read_table(path)
    assert m.mapping["Company name"] == "customer_id" and m.mapping["Close Date"] == "order_date"
    answer = api.ask("Umsatz in der Pipeline Neukunden", data=path).to_json()
    assert answer["status"] == "ok" and answer["rows"] == [[1000.0]]


def test_amazon_without_buyer_is_refused_in_one_line(tmp_path: Path) -> None:
    header = [h for h in AMAZON if h != "buyer-email"]
    rows = [["302-1", "2024-03-05T10:00:00+00:00", "Shipped", "A", 1, "EUR", "19.99", "DE"]]
    with pytest.raises(InputError, match="without a buyer column.*never the amazon-order-id"):
        read_table(_write(tmp_path / "orders.txt", header, rows, sep="\t"))


def test_a_customer_id_column_beside_the_company_stays_the_customer(tmp_path: Path) -> None:
    header = ["Customer ID", "Company name", "Deal Stage", "Amount", "Close Date"]
    rows = [["K1", "Alpen AG", "Closed Won", 100, "2024-03-05"], ["K2", "Alpen AG", "Closed Won", 50, "2024-03-06"]]
    m = read_table(_write(tmp_path / "deals.csv", header, rows))
    assert m.mapping["Customer ID"] == "customer_id" and m.mapping["Close Date"] == "order_date"


def test_datev_key_left_out_by_the_user_keeps_the_amounts(tmp_path: Path) -> None:
    rows = [["100,00", "S", "EUR", 10001, 8400, 20240305, "RE1", "R"], ["-20,00", "H", "EUR", 10001, 8400, 20240306,
                                                                         "GS1", "G"]]
    m = read_table(_write(tmp_path / "signed.csv", DATEV, rows, sep=";"),
                   mapping={"Soll/Haben-Kennzeichen": "-", "Konto": "customer_id"})
    assert m.frame.get_column("amount").to_list() == pytest.approx([100.0, -20.0])
