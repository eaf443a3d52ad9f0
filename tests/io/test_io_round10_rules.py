"""Import rules the tenth blind client set (the Americas, India, Australia, the UK, report-shaped and legacy
exports) found refused or silently wrong (docs/import.md, "client set 10"): small hand-made files imported into a
real SQLite workspace, the expected figures computed here in plain Python from the rows written."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia
from insight.io import coerce


def _imported(tmp_path: Path, name: str, text: str, mapping: dict[str, str] | None = None):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "ws.db"
    ia.import_files([path], workspace=db, mapping=mapping)
    with ia.open_workspace(db) as ws:
        return ws.load()


def _number(text: str) -> float:
    s = pl.Series([text])
    return float(coerce.to_number(s, coerce.number_style(s) == "de", "f.csv", "Amount", "amount")[0])


# -- 1. money: a dollar with its country's letters, Dr/Cr suffixes, lakh grouping ------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("C$1,234.56", 1234.56),
        ("-C$45.00", -45.0),
        ("A$1,194.47", 1194.47),
        ("A$111.60 CR", -111.60),
        ("R$ 13.149,40", 13149.40),
        ("US$ 12.00", 12.0),
        ("NZ$3.50", 3.5),
        ("HK$1,000.00", 1000.0),
        ("S$9.90", 9.9),
        ("12.00 C$", 12.0),
        ("45,360.88 Dr", 45360.88),
        ("1,14,199.15 Cr", -114199.15),
        ("5,103.06 dr.", 5103.06),
        ("12,50 € Cr", -12.5),
        ("₹ 1,23,456.78", 123456.78),
    ],
)
def test_money_with_country_dollars_and_debit_credit_suffixes(text, value) -> None:
    assert _number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("sign", "code"),
    [("C$", "CAD"), ("A$", "AUD"), ("R$ ", "BRL"), ("US$", "USD"), ("NZ$", "NZD"), ("$", "USD"), ("₹", "INR")],
)
def test_a_country_dollar_sign_sets_the_currency(tmp_path, sign, code) -> None:
    rows = "".join(f'K{i},2024-03-0{i},O{i},"{sign}1{i}.50"\n' for i in range(1, 5))
    ds = _imported(tmp_path, "sales.csv", "Customer,Date,Order,Amount\n" + rows)
    lines = ds.order_lines
    assert lines["currency"].unique().to_list() == [code]
    assert lines["amount"].sum() == pytest.approx(11.5 + 12.5 + 13.5 + 14.5)


def test_credit_suffix_subtracts_in_an_import(tmp_path) -> None:
    text = (
        'Customer,Date,Voucher,Amount\nA,2024-03-01,S/1,"1,23,456.78 Dr"\nA,2024-03-02,S/2,500.00 Dr\n'
        "A,2024-03-03,CN/1,100.00 Cr\n"
    )
    ds = _imported(tmp_path, "register.csv", text)
    assert ds.order_lines["amount"].sum() == pytest.approx(123456.78 + 500 - 100)


# -- 3. dates: Unix time, Spanish/Portuguese long dates -----------------------------------------------------------


def test_unix_epoch_seconds_and_milliseconds_are_dates() -> None:
    notes: list[str] = []
    secs = coerce.to_datetime(pl.Series([1705719469, 1722047050]), "f", "created", "order_date", notes)
    assert secs.dt.strftime("%Y-%m-%d %H:%M").to_list() == ["2024-01-20 02:57", "2024-07-27 02:24"]
    ms = coerce.to_datetime(pl.Series(["1705719469000", "1722047050123"]), "f", "created", "order_date", notes)
    assert ms.dt.date().cast(pl.String).to_list() == ["2024-01-20", "2024-07-27"]
    assert any("Unix time" in n for n in notes)


def test_small_numbers_stay_excel_days_or_yyyymmdd() -> None:
    days = coerce.to_datetime(pl.Series([45292, 45300]), "f", "d", "order_date")
    assert str(days[0])[:10] == "2024-01-01"
    ymd = coerce.to_datetime(pl.Series([20240105]), "f", "d", "order_date")
    assert str(ymd[0])[:10] == "2024-01-05"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5 de marzo de 2024 14:22 hs.", "2024-03-05"),
        ("25 de septiembre de 2024", "2024-09-25"),
        ("1 de março de 2023", "2023-03-01"),
        ("12 de dezembro de 2024", "2024-12-12"),
        ("3 juillet 2024", "2024-07-03"),
        ("7 aprile 2024", "2024-04-07"),
    ],
)
def test_spanish_portuguese_french_italian_long_dates(text, day) -> None:
    parsed = coerce.to_datetime(pl.Series([text]), "f", "Fecha", "order_date")
    assert str(parsed[0])[:10] == day


def test_ambiguous_days_are_decided_by_the_whole_column() -> None:
    """Sorted DD/MM/YYYY: the first twelve days of January read either way; a later 13/01 decides."""
    values = [f"{d:02d}/01/2024" for d in range(1, 13)] * 50 + ["13/01/2024", "28/02/2024"]
    parsed = coerce.to_datetime(pl.Series(values), "f", "Date", "order_date")
    assert str(parsed[0])[:10] == "2024-01-01" and str(parsed[1])[:10] == "2024-01-02"
    assert str(parsed[-1])[:10] == "2024-02-28"


def _revenue(ds) -> float:
    data = ia.ask("total revenue", ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


def _orders(ds) -> float:
    data = ia.ask("number of orders", ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


# -- 2. layouts: a framed SAP ALV list, a cover sheet ---------------------------------------------------------------

_ALV = """15.10.2024                   Dynamische Listenausgabe                       1

------------------------------------------------------------------------------------
|Faktura   |Fakt.Datum|Auftragg. |Name 1        |FArt|Nettowert      |Währg|
|----------------------------------------------------------------------------------|
|90001518  |04.01.2023|    100000|Müller GmbH   |F2  |       1.249,84|EUR  |
|90001429  |10.01.2023|    100000|Müller GmbH   |F2  |         582,93|EUR  |
|*         |          |    100000|              |    |       1.832,77|EUR  |
|90001522  |16.01.2023|    100001|Weber AG      |F2  |       2.981,34|EUR  |
|90001486  |18.02.2023|    100001|Weber AG      |G2  |         100,00-|EUR  |
|*         |          |    100001|              |    |       2.881,34|EUR  |
------------------------------------------------------------------------------------
|**        |          |          |              |    |       4.714,11|EUR  |
------------------------------------------------------------------------------------
"""


def test_a_framed_sap_alv_list_is_read_without_frames_rules_and_subtotals(tmp_path) -> None:
    ds = _imported(tmp_path, "Fakturaliste.txt", _ALV)
    lines = ds.order_lines
    assert lines.height == 4
    assert sorted(lines["customer_id"].cast(pl.String).unique().to_list()) == ["100000", "100001"]
    assert lines["amount"].sum() == pytest.approx(1249.84 + 582.93 + 2981.34 - 100.0)


def test_sap_cancellation_documents_cancel_the_invoice_they_reverse(tmp_path) -> None:
    text = (
        "Faktura;Fakt.Datum;Auftragg.;FArt;Nettowert\n"
        "1;04.01.2023;100;F2;1.000,00\n2;05.01.2023;100;F2;500,00\n3;06.01.2023;100;S1;1.000,00-\n"
        "4;07.01.2023;200;F2;300,00\n5;08.01.2023;200;G2;50,00-\n"
    )
    ds = _imported(tmp_path, "fakturen.csv", text)
    assert _revenue(ds) == pytest.approx(500 + 300 - 50)
    assert _orders(ds) == 2  # the cancelled invoice and its S1 are no orders; the credit memo is none either


def test_a_cover_sheet_of_label_value_pairs_is_passed_over(tmp_path) -> None:
    import xlsxwriter

    path = tmp_path / "controlling.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    cover = wb.add_worksheet("Deckblatt")
    cover.write_row(0, 0, ["Umsatz Controlling"])
    cover.write_row(1, 0, ["Stand:", "16.10.2024"])
    cover.write_row(2, 0, ["Ersteller:", "Controlling"])
    data = wb.add_worksheet("Daten")
    data.write_row(0, 0, ["Beleg-Nr.", "Datum", "Kd.-Nr.", "Umsatz netto"])
    for i in range(1, 6):
        data.write_row(i, 0, [f"RE-{i}", f"2024-03-0{i}", f"K{i % 2}", 100.0 * i])
    wb.close()
    db = tmp_path / "ws.db"
    report = ia.import_files([path], workspace=db)
    with ia.open_workspace(db) as ws:
        ds = ws.load()
    assert ds.order_lines["amount"].sum() == pytest.approx(1500.0)
    assert "Daten" in str(report)


# -- 3. yyyymmdd under a date-like header ---------------------------------------------------------------------------


def test_yyyymmdd_under_a_date_like_header_is_the_order_date(tmp_path) -> None:
    text = "KDNR|RGNR|RGDAT|NETTO\n1|7001|20231013|100.00\n1|7002|20240105|50.00\n2|7003|20240210|70.00\n"
    ds = _imported(tmp_path, "UMSATZ.TXT", text)
    dates = ds.order_lines["order_date"].cast(pl.Date).cast(pl.String).to_list()
    assert sorted(dates) == ["2023-10-13", "2024-01-05", "2024-02-10"]


# -- 4. a per-order export with Payout, Net Sales before Total, a bare 'id' ---------------------------------------


def test_net_sales_is_the_amount_not_the_total_with_taxes(tmp_path) -> None:
    text = (
        "Sale ID,Date,Customer Code,Net Sales,GST/HST,PST,Total\n1,2024-01-02,C1,C$10.00,C$1.30,C$0.00,C$11.30\n"
        "2,2024-01-03,C2,C$20.00,C$1.00,C$1.40,C$22.40\n3,2024-01-03,C2,C$5.00,C$0.25,C$0.35,C$5.60\n"
    )
    ds = _imported(tmp_path, "Sales_Report.csv", text)
    assert ds.order_lines["amount"].sum() == pytest.approx(35.0)
    assert _orders(ds) == 3  # 'Sale ID' numbers the sales


def test_a_per_order_export_with_a_payout_column_imports(tmp_path) -> None:
    text = (
        "Order Date,Order Number,Retailer,Wholesale Price,Adjustments,Commission,Payout\n"
        "10/14/2024,DF4DE51E,Baker Store,287.82,(56.27),(34.73),196.82\n"
        "10/13/2024,157E4795,Price Gifts,189.53,0.00,(28.43),161.10\n"
        "10/12/2024,9381687D,Baker Store,938.12,0.00,(140.72),797.40\n"
    )
    ds = _imported(tmp_path, "orders_export.csv", text)
    assert ds.order_lines["amount"].sum() == pytest.approx(287.82 - 56.27 + 189.53 + 938.12)


def test_a_bare_id_numbering_documents_is_the_order_id(tmp_path) -> None:
    text = "id,user_id,created,amount\n1,7,1705719469,10.00\n2,7,1705720000,20.00\n3,8,1722047050,5.00\n"
    ds = _imported(tmp_path, "orders_export.csv", text)
    assert _orders(ds) == 3


# -- 5. document type codes -----------------------------------------------------------------------------------------


def test_sage_type_codes_credit_notes_subtract_and_receipts_are_no_sales(tmp_path) -> None:
    text = (
        "No,Type,Account,Date,Ref,Net\n1,SI,SMIT001,05/01/2023,INV1,100.00\n2,SI,JONE002,06/01/2023,INV2,200.00\n"
        "3,SR,SMIT001,20/01/2023,INV1,100.00\n4,SC,JONE002,25/01/2023,CN1,50.00\n5,SI,SMIT001,13/02/2023,INV3,10.00\n"
    )
    ds = _imported(tmp_path, "AuditTrail.csv", text)
    assert _revenue(ds) == pytest.approx(100 + 200 - 50 + 10)


def test_sc_without_si_is_no_credit_code() -> None:
    from insight.metrics.conventions import credit_column

    frame = pl.DataFrame({"kind": ["SC", "AB", "AB"]})
    assert credit_column(frame, ["kind"]) is None
    frame = pl.DataFrame({"kind": ["SC", "SI", "SI"]})
    assert credit_column(frame, ["kind"]) == ("kind", ("SC",))


@pytest.mark.parametrize("value", ["Devolução de venda", "Adjustment Note", "Devolución de venta"])
def test_return_and_adjustment_documents_are_credit_notes(value) -> None:
    from insight.language import fold
    from insight.metrics.conventions import is_credit_document

    assert is_credit_document(fold(value).strip().lower())


@pytest.mark.parametrize(
    "value", ["Cancelada por el comprador", "Cancelled by buyer", "Canceled by the customer", "Cancelado pelo vendedor"]
)
def test_cancelled_by_someone_is_cancelled(value) -> None:
    from insight.metrics.conventions import is_cancelled_status

    assert is_cancelled_status(value)


# -- 6. signed adjustments -------------------------------------------------------------------------------------------


def test_adjustments_bigger_than_the_line_are_left_as_a_column(tmp_path) -> None:
    text = (
        "Order Date,Order Number,Retailer,Wholesale Price,Adjustments\n10/14/2024,A1,Baker,100.00,(500.00)\n"
        "10/13/2024,A2,Price,50.00,0.00\n"
    )
    ds = _imported(tmp_path, "orders.csv", text)
    assert ds.order_lines["amount"].sum() == pytest.approx(150.0)


# -- headers of the round-10 exports ---------------------------------------------------------------------------------


def test_round10_header_words(tmp_path) -> None:
    text = (
        "Número;Data de emissão;Cliente;CPF/CNPJ;Natureza da operação;Situação;Valor dos produtos;Valor do frete;"
        "Valor total\n1;24/06/2024;Silva Ltda;10.100.300/0001-00;Venda de mercadoria;Autorizada;R$ 1.000,00;"
        "R$ 50,00;R$ 1.050,00\n2;25/06/2024;Souza Ltda;22.112.336/0001-12;Venda de mercadoria;Cancelada;"
        "R$ 400,00;R$ 0,00;R$ 400,00\n3;26/06/2024;Silva Ltda;10.100.300/0001-00;Devolução de venda;Autorizada;"
        "R$ 100,00;R$ 0,00;R$ 100,00\n"
    )
    ds = _imported(tmp_path, "notas.csv", text)
    assert ds.order_lines["currency"].unique().to_list() == ["BRL"]
    assert _revenue(ds) == pytest.approx(1000 - 100)
    assert sorted(ds.order_lines["customer_id"].cast(pl.String).unique().to_list()) == [
        "10.100.300/0001-00",
        "22.112.336/0001-12",
    ]


def test_a_party_cell_saying_cancelled_is_a_cancelled_voucher(tmp_path) -> None:
    text = (
        "Date,Particulars,Voucher Type,Voucher No.,Taxable Value\n5-Mar-24,Mehta Enterprises,Sales,S/0001,"
        '"45,360.88 Dr"\n6-Mar-24,(cancelled),Sales,S/0002,\n7-Mar-24,Patel Traders,Sales,S/0003,500.00 Dr\n'
        "8-Mar-24,Patel Traders,Credit Note,CN/0001,100.00 Cr\n"
    )
    ds = _imported(tmp_path, "Sales_Register.csv", text)
    lines = ds.order_lines
    assert lines.filter(pl.col("customer_id").is_null())["line_status"].to_list() == ["cancelled"]
    assert sorted(lines["customer_id"].drop_nulls().unique().to_list()) == ["Mehta Enterprises", "Patel Traders"]
    assert lines["amount"].sum() == pytest.approx(45360.88 + 500 - 100)
