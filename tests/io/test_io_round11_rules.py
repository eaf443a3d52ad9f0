"""Import rules the eleventh blind client set (Japan, Hungary, Turkey, unit and item exports, year sheets) found refused
or silently wrong (docs/import.md, "client set 11"): small hand-made files written in tmp_path and imported into a real
SQLite workspace, the expected figures computed here in plain Python from the rows written."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.io import coerce, read_table
from insight.io.mapping import match_headers
from insight.schema import ORDER_LINES


def _imported(tmp_path: Path, name: str, data: str | bytes, mapping: dict[str, str] | None = None):
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db, mapping=mapping)
    with ia.open_workspace(db) as ws:
        return ws.load()


def _number(text: str) -> float:
    s = pl.Series([text])
    return float(coerce.to_number(s, coerce.number_style(s) == "de", "f.csv", "Amount", "amount")[0])


# -- 1. a workbook with one sheet per year ---------------------------------------------------------------------------


def _year_workbook(path: Path, with_notes: bool = True) -> dict[str, list[tuple[str, str, str, float]]]:
    import xlsxwriter

    years = {"2023": [("R1", "2023-01-05", "K1", 100.0), ("R2", "2023-06-01", "K2", 250.5)],
             "2024": [("R3", "2024-02-03", "K1", 80.0), ("R4", "2024-09-09", "K3", 19.5), ("G1", "2024-10-01", "K1",
                                                                                          -10.0)]}
    wb = xlsxwriter.Workbook(path)
    if with_notes:
        wb.add_worksheet("Hinweise").write(0, 0, "Umsatz nach Jahren, exportiert am 15.10.2024")
    for year, rows in years.items():
        ws = wb.add_worksheet(year)
        ws.write(0, 0, f"Umsatz {year}")
        for j, h in enumerate(("Rechnungsnr.", "Datum", "Kundennr.", "Netto")):
            ws.write(2, j, h)
        for i, (nr, day, kd, net) in enumerate(rows, start=3):
            ws.write_row(i, 0, [nr, day, kd, net])
    summary = wb.add_worksheet("Summen")
    summary.write_row(0, 0, ["Jahr", "Umsatz"])
    summary.write_row(1, 0, ["2023", 350.5])
    summary.write_row(2, 0, ["2024", 89.5])
    wb.close()
    return years


def test_sheets_with_the_same_header_are_one_table(tmp_path) -> None:
    path = tmp_path / "Umsatz_nach_Jahren.xlsx"
    years = _year_workbook(path)
    m = read_table(path)
    rows = [r for rs in years.values() for r in rs]
    assert m.frame.height == len(rows)
    assert m.frame["amount"].sum() == pytest.approx(sum(r[3] for r in rows))
    assert sorted(m.frame["order_id"].to_list()) == sorted(r[0] for r in rows)
    note = next(n for n in m.notes if n.startswith("read sheets"))
    assert "'2023', '2024'" in note and "'Hinweise'" in note and "'Summen'" in note


def test_a_single_table_sheet_still_names_the_others(tmp_path) -> None:
    import xlsxwriter

    path = tmp_path / "one.xlsx"
    wb = xlsxwriter.Workbook(path)
    data = wb.add_worksheet("Daten")
    data.write_row(0, 0, ["Kundennr.", "Datum", "Netto"])
    data.write_row(1, 0, ["K1", "2024-01-02", 5.0])
    data.write_row(2, 0, ["K2", "2024-01-03", 7.0])
    other = wb.add_worksheet("Kunden")
    other.write_row(0, 0, ["Kundennr.", "Name", "Ort"])
    other.write_row(1, 0, ["K1", "A", "B"])
    wb.close()
    m = read_table(path)
    assert m.frame.height == 2
    assert any("read sheet 'Daten' only" in n and "'Kunden'" in n for n in m.notes)


def test_year_sheets_import_into_a_workspace(tmp_path) -> None:
    path = tmp_path / "jahre.xlsx"
    years = _year_workbook(path, with_notes=False)
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db)
    with ia.open_workspace(db) as ws:
        lines = ws.load().order_lines
    assert lines.height == sum(len(r) for r in years.values())
    assert lines.filter(pl.col("order_date").dt.year() == 2024)["amount"].sum() == pytest.approx(80 + 19.5 - 10)


# -- 2. Shift-JIS text, full-width digits, yen and triangle negatives ------------------------------------------------

_JP = ("伝票番号,売上日,得意先コード,得意先名,区分,税抜金額,消費税,税込金額\r\n"
       "000101,2024/03/05,T0001,株式会社田中,売上,\"￥12,345\",\"￥1,234\",\"￥13,579\"\r\n"
       "000102,2024/03/06,T0002,合同会社佐藤,売上,￥１２，０００,￥１，２００,￥１３，２００\r\n"
       "000103,2024/03/07,T0001,株式会社田中,返品,\"▲￥3,000\",\"▲￥300\",\"▲￥3,300\"\r\n")


def test_shift_jis_file_is_decoded_and_its_japanese_headers_mapped(tmp_path) -> None:
    path = tmp_path / "売上一覧.csv"
    path.write_bytes(_JP.encode("cp932"))
    m = read_table(path)
    assert any("Shift-JIS" in n for n in m.notes)
    assert m.mapping["得意先コード"] == "customer_id" and m.mapping["伝票番号"] == "order_id"
    assert m.mapping["売上日"] == "order_date" and m.mapping["税抜金額"] == "amount"
    assert m.mapping["得意先名"] == "name"
    assert m.frame["amount"].to_list() == pytest.approx([12345.0, 12000.0, -3000.0])
    assert m.frame["name"].to_list()[0] == "株式会社田中"


def test_shift_jis_import_answers_revenue(tmp_path) -> None:
    ds = _imported(tmp_path, "sales.csv", _JP.encode("cp932"))
    data = ia.ask("total revenue", ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert float(data["rows"][0][-1]) == pytest.approx(12345 + 12000 - 3000)


@pytest.mark.parametrize("text", ["Müller;Bäcker;Straße;Größe\n1;2;3;4\n", "Grüße aus Köln;Äpfel\n1;2\n",
                                  "Kunde;Datum;Betrag\nBäckerei Meier;01.02.2024;12,50\n", "M\x81ller;\x82a\n"])
def test_windows_1252_text_is_not_mistaken_for_shift_jis(tmp_path, text) -> None:
    from insight.io.text import _fallback

    notes: list[str] = []
    data = text.encode("latin-1")
    assert "Shift-JIS" not in " ".join(notes) + str(_fallback(data, notes) and notes)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("￥１２，３４５", 12345.0),
        ("▲￥3,000", -3000.0),
        ("△1,500", -1500.0),
        ("¥ 980", 980.0),
        ("1.234,56 ₺", 1234.56),
        ("12.500,00 TL", 12500.0),
        ("1.234,56 TRY", 1234.56),
        ("123 456 Ft", 123456.0),
        ("2 198,12 zł", 2198.12),
        ("412,50 Kč", 412.5),
        ("99,90 lei", 99.9),
        ("1 234,50 kr", 1234.5),
        ("JPY 5,000", 5000.0),
        ("5,000円", 5000.0),
    ],
)
def test_money_in_yen_lira_forint_and_full_width(text, value) -> None:
    assert _number(text) == pytest.approx(value)


# -- 3. dates with a dot after the day (Hungary) ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [("2024.03.05.", "2024-03-05"), ("2023. 12. 31.", "2023-12-31"),
                                           ("2024.01.02. 14:22", "2024-01-02 14:22")])
def test_year_month_day_with_trailing_dots(text, day) -> None:
    parsed = coerce.to_datetime(pl.Series([text, "2024.02.29."]), "f", "Kelte", "order_date")
    assert str(parsed[0])[: len(day)] == day


# -- 4. Hungarian, Turkish (and other) headers with no hint ------------------------------------------------------------

_HU = ("Számlaszám;Típus;Kelte;Teljesítés dátuma;Vevő neve;Vevő adószáma;Város;Nettó;ÁFA;Bruttó;Pénznem\n"
       "E-1;Számla;2024.03.05.;2024.03.05.;Kovács Kft.;11111111-2-41;Pécs;100 000 Ft;27 000 Ft;127 000 Ft;HUF\n"
       "E-2;Számla;2024.04.01.;2024.04.01.;Nagy Bt.;22222222-2-13;Győr;50 000 Ft;13 500 Ft;63 500 Ft;HUF\n"
       "E-3;Számla;2024.05.02.;2024.05.02.;Kovács Kft.;11111111-2-41;Pécs;20 000 Ft;5 400 Ft;25 400 Ft;HUF\n")
_TR = ("Fatura No;Fatura Türü;Düzenleme Tarihi;Müşteri;Vergi No;Şehir;Ara Toplam;KDV;Genel Toplam;Durum\n"
       "SF1;Satış Faturası;05.03.2024;Yılmaz Ltd;1000000001;İstanbul;1.234,56 ₺;246,91 ₺;1.481,47 ₺;Ödendi\n"
       "SF2;Satış Faturası;06.03.2024;Demir AŞ;1000000002;İzmir;500,00 ₺;100,00 ₺;600,00 ₺;Ödenmedi\n"
       "SF3;Satış Faturası;07.04.2024;Yılmaz Ltd;1000000001;İstanbul;100,00 ₺;20,00 ₺;120,00 ₺;Ödendi\n")


def test_hungarian_invoice_list_without_a_hint(tmp_path) -> None:
    path = tmp_path / "szamlak.csv"
    path.write_text(_HU, encoding="utf-8")
    m = read_table(path)
    assert m.table == "order_lines"
    assert {"Számlaszám": "order_id", "Kelte": "order_date", "Vevő neve": "name",
            "Nettó": "amount", "Pénznem": "currency"}.items() <= m.mapping.items()
    assert m.frame["customer_id"].n_unique() == 2  # keyed by the buyer's name; the tax number a client column
    assert "vevo_adoszama" in m.frame.columns
    assert m.frame["amount"].sum() == pytest.approx(170000)
    assert m.frame["order_date"].dt.strftime("%Y-%m-%d").to_list() == ["2024-03-05", "2024-04-01", "2024-05-02"]


def test_turkish_invoice_list_without_a_hint(tmp_path) -> None:
    ds = _imported(tmp_path, "satis.csv", _TR)
    lines = ds.order_lines
    assert lines["amount"].sum() == pytest.approx(1234.56 + 500 + 100)
    assert lines["customer_id"].n_unique() == 2
    path = tmp_path / "satis.csv"
    m = read_table(path)
    assert {"Fatura No": "order_id", "Düzenleme Tarihi": "order_date", "Müşteri": "customer_id",
            "Ara Toplam": "amount", "Durum": "line_status"}.items() <= m.mapping.items()


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Számla sorszáma", "order_id"), ("Kiállítás dátuma", "order_date"), ("Bruttó", "amount"),
        ("Fatura Tarihi", "order_date"), ("Müşteri Kodu", "customer_id"), ("Para Birimi", "currency"),
        ("Numar factura", "order_id"), ("Data emiterii", "order_date"), ("Valoare fara TVA", "amount"),
        ("Cod client", "customer_id"), ("Moneda", "currency"), ("Numer dokumentu", "order_id"),
        ("Vevőkód", "customer_id"), ("Cari Kod", "customer_id"), ("得意先コード", "customer_id"),
        ("受注番号", "order_id"), ("数量", "quantity"), ("単価", "unit_price"), ("Mennyiség", "quantity"),
        ("Miktar", "quantity"), ("Birim Fiyat", "unit_price"),
    ],
)
def test_invoice_words_of_more_languages(header, column) -> None:
    assert match_headers([header], ORDER_LINES).mapping == {header: column}


def test_a_net_amount_beats_the_gross_total_in_every_new_language() -> None:
    for net, gross in (("Nettó", "Bruttó"), ("Ara Toplam", "Genel Toplam"), ("税抜金額", "税込金額"),
                       ("Valoare fara TVA", "Total cu TVA")):
        assert match_headers([gross, net], ORDER_LINES).mapping == {net: "amount"}


# -- 5. backend fields, tax-qualified amounts, unit counts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("id_buyer", "customer_id"), ("id_order", "order_id"), ("ts_created_iso", "order_date"),
        ("created_utc", "order_date"), ("Unit price (tax excl.)", "unit_price"),
        ("Total price (tax excl.)", "amount"), ("Preis (exkl. MwSt.)", "unit_price"),
        ("Anzahl Tickets", "quantity"), ("Product quantity", "quantity"), ("Menge (Stück)", "quantity"),
        ("Order state", "line_status"),
    ],
)
def test_backend_and_qualified_headers(header, column) -> None:
    assert match_headers([header], ORDER_LINES).mapping == {header: column}


@pytest.mark.parametrize("header", ["Anzahl Bestellungen", "Number of orders", "Anzahl Kunden", "id_order_unit",
                                    "Total inkl. MWST"])
def test_counts_of_orders_or_customers_are_no_quantity_and_bare_totals_no_amount(header) -> None:
    assert match_headers([header], ORDER_LINES).mapping.get(header) not in ("quantity", "amount")


def test_a_net_line_total_beats_the_gross_order_total() -> None:
    headers = ["Total paid (tax incl.)", "Total price (tax excl.)"]
    assert match_headers(headers, ORDER_LINES).mapping == {"Total price (tax excl.)": "amount"}


_ITEMS = ("ID;Reference;Date;Customer ID;Email;Order state;Country;Product name;Category;Product quantity;"
          "Unit price (tax excl.);Total price (tax excl.);Total products (tax excl.);Total paid (tax incl.)\n"
          "1000;AAA;2024-02-08 11:10:58;287;a@x.fr;Shipped;France;Mug;Home;2;10.00;20.00;35.00;42.00\n"
          "1000;AAA;2024-02-08 11:10:58;287;a@x.fr;Shipped;France;Cap;Accessories;1;15.00;15.00;35.00;42.00\n"
          "1001;BBB;2024-03-09 10:06:11;304;b@x.fr;Delivered;Belgium;Mug;Home;3;10.00;30.00;30.00;36.00\n"
          "1002;CCC;2024-04-01 09:00:00;287;a@x.fr;Delivered;France;Sweater;Clothes;1;40.00;40.00;40.00;48.00\n")


def test_an_order_item_export_is_order_lines_not_interactions(tmp_path) -> None:
    ds = _imported(tmp_path, "orders_items_export.csv", _ITEMS)
    lines = ds.order_lines
    assert lines.height == 4
    assert lines["amount"].sum() == pytest.approx(20 + 15 + 30 + 40)
    assert lines["quantity"].sum() == pytest.approx(7)
    assert lines["order_id"].n_unique() == 3
    assert ds.interactions is None or ds.interactions.height == 0


_UNITS = ("id_order_unit,id_order,ts_created_iso,status,title,price,id_buyer,shipping_country\n"
          "30000001,AAB,2024-09-25T17:21:34Z,received,Tasse,9.49,700248,DE\n"
          "30000002,AAB,2024-09-25T17:21:34Z,received,Tasse,9.49,700248,DE\n"
          "30000003,AAB,2024-09-25T17:21:34Z,received,Tasse,9.49,700248,DE\n"
          "30000004,AAC,2024-10-09T19:06:41Z,sent,Kübel,34.50,700144,AT\n")


def test_one_row_per_unit_means_quantity_one(tmp_path) -> None:
    ds = _imported(tmp_path, "units.csv", _UNITS)
    lines = ds.order_lines
    assert lines["quantity"].to_list() == [1.0, 1.0, 1.0, 1.0]
    assert lines["amount"].sum() == pytest.approx(3 * 9.49 + 34.50)
    assert lines["order_id"].n_unique() == 2 and lines["customer_id"].n_unique() == 2


def test_one_row_per_unit_with_a_mapped_amount(tmp_path) -> None:
    path = tmp_path / "units.csv"
    path.write_text(_UNITS, encoding="utf-8")
    m = read_table(path, mapping={"id_buyer": "customer_id", "id_order": "order_id", "ts_created_iso": "order_date",
                                  "price": "amount"})
    assert m.frame["quantity"].sum() == pytest.approx(4)
    assert any("id_order_unit" in n and "quantity is 1" in n for n in m.notes)


def test_a_line_with_a_quantity_column_keeps_it(tmp_path) -> None:
    path = tmp_path / "q.csv"
    path.write_text("Kundennr;Datum;Menge;Einzelpreis\nK1;01.02.2024;3;5,00\nK2;02.02.2024;2;7,50\n", encoding="utf-8")
    m = read_table(path)
    assert m.frame["quantity"].to_list() == [3.0, 2.0]


# -- 6. Turkish and Hungarian document types and statuses --------------------------------------------------------------

_TR_DOCS = ("Fatura No;Fatura Türü;Düzenleme Tarihi;Müşteri;Vergi No;Ara Toplam;Durum\n"
            "SF1;Satış Faturası;05.03.2024;Yılmaz Ltd;1000000001;1.000,00 ₺;Ödendi\n"
            "SF2;Satış Faturası;06.03.2024;Demir AŞ;1000000002;500,00 ₺;İptal Edildi\n"
            "IF3;İade Faturası;07.04.2024;Yılmaz Ltd;1000000001;200,00 ₺;Ödendi\n"
            "SF4;Satış Faturası;08.04.2024;Demir AŞ;1000000002;300,00 ₺;Ödenmedi\n")


def test_turkish_cancelled_invoices_and_positive_returns(tmp_path) -> None:
    ds = _imported(tmp_path, "satis.csv", _TR_DOCS)
    data = ia.ask("total revenue", ds).to_json()
    assert data["status"] == "ok", data["text"]
    assert float(data["rows"][0][-1]) == pytest.approx(1000 - 200 + 300)  # İptal left out, İade subtracted


def test_hungarian_correction_invoice_is_a_credit_document() -> None:
    from insight.language import fold
    from insight.metrics.conventions import is_credit_document, status_kind

    assert is_credit_document(fold("Helyesbítő számla")) and is_credit_document(fold("İade Faturası"))
    assert not is_credit_document(fold("Számla")) and not is_credit_document(fold("Satış Faturası"))
    assert status_kind("İptal Edildi") == "cancelled" and status_kind("Ödendi") is None


def test_a_date_prefix_never_makes_a_customer_id() -> None:
    """'Dt_Customer' (a marketing table's 'customer since' date) is no customer key; 'dt_created' is a date."""
    from insight.io.mapping import _header_claims
    from insight.schema import CUSTOMERS, ORDER_LINES

    assert all(col != "customer_id" for col, _ in _header_claims(CUSTOMERS, "Dt_Customer"))
    assert [col for col, _ in _header_claims(ORDER_LINES, "dt_created")] == ["order_date"]
