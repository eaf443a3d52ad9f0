"""Export layouts and header spellings the fourth blind client set found refused (docs/import.md): small hand-made
files and frames, the expected figures computed here in plain Python from the rows written, never through insight."""

from __future__ import annotations

import pytest

import insight.api as ia
from insight.io.mapping import match_headers
from insight.schema import ORDER_LINES


def _value(question: str, ds) -> float:
    data = ia.ask(question, ds).to_json()
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Betrag CHF", "amount"),
        ("Umsatz (EUR)", "amount"),
        ("Amount in €", "amount"),
        ("Preis [USD]", "unit_price"),
        ("Stückzahl", "quantity"),
        ("Preis/Stück", "unit_price"),
        ("Preis pro Stück", "unit_price"),
        ("orderDateTime", "order_date"),
        ("amountNet", "amount"),
        ("Net Sales", "amount"),
        ("Kontakt", "customer_id"),
    ],
)
def test_header_spellings(header: str, column: str) -> None:
    assert match_headers([header], ORDER_LINES).mapping == {header: column}


@pytest.mark.parametrize("header", ["AmountEUR", "EUR", "Total inkl. MWST", "MWST 8.1%", "Gross Sales"])
def test_no_money_column_by_accident(header: str) -> None:
    assert "amount" not in match_headers([header], ORDER_LINES).mapping.values()


def test_currency_qualified_amount_imports(write) -> None:
    rows = [("CH-1", "01.03.2024", "7001", "1'234.50"), ("CH-2", "02.03.2024", "7002", "99.90"),
            ("CH-3", "05.03.2024", "7001", "2'000.00")]
    text = "Bestellnr.;Bestelldatum;Kundennr.;Betrag CHF\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("ch.csv", text))
    assert _value("Umsatz", ds) == pytest.approx(1234.50 + 99.90 + 2000.00)


@pytest.mark.parametrize(("header", "code"), [("Total (ARS)", "ARS"), ("Betrag [PLN]", "PLN"), ("Amount in SEK", "SEK"),
                                              ("Umsatz (CHF)", "CHF")])
def test_the_amount_header_s_currency_code_is_the_data_s_currency(write, header: str, code: str) -> None:
    """Any ISO 4217 code in capitals at the end of the amount header (no sign, no currency column) is the amounts'
    currency: another currency asked for is asked back, the header's own is answered."""
    rows = [("A-1", "01.03.2024", "7001", "1234.50"), ("A-2", "02.03.2024", "7002", "99.90")]
    text = f"Bestellnr.;Bestelldatum;Kundennr.;{header}\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("a.csv", text))
    assert _value(f"Umsatz in {code}", ds) == pytest.approx(1234.50 + 99.90)
    other = "EUR" if code != "EUR" else "USD"
    assert ia.ask(f"Umsatz in {other}", ds).to_json()["status"] == "clarify"


@pytest.mark.parametrize("header", ["Total all", "Sales top", "Amount", "Betrag XYZ"])
def test_a_word_or_an_unknown_code_at_a_header_s_end_names_no_currency(header: str) -> None:
    from insight.io.canonical import _header_code

    assert _header_code(header) is None


def test_order_fields_on_first_lines_are_filled_down_within_the_order(write) -> None:
    """A lines export with e-mail, status and payment date only on an order's first line (Shopify): every line
    belongs to its order's customer, status and date; an unpaid (voided) order's empty payment date is its
    creation date, and it stays no sale."""
    header = "Name,Email,Financial Status,Paid at,Created at,Lineitem quantity,Lineitem price\n"
    rows = [
        ("#1001", "a@x.example", "paid", "2024-03-01 10:00:00 +0100", "2024-03-01 10:00:00 +0100", "2", "10.00"),
        ("#1001", "", "", "", "", "1", "5.00"),
        ("#1002", "b@x.example", "paid", "2024-03-02 11:00:00 +0100", "2024-03-02 11:00:00 +0100", "1", "20.00"),
        ("#1002", "", "", "", "", "3", "1.50"),
        ("#1003", "a@x.example", "paid", "2024-04-05 09:00:00 +0100", "2024-04-05 09:00:00 +0100", "1", "7.00"),
        ("#1003", "", "", "", "", "1", "3.00"),
        ("#1004", "c@x.example", "voided", "", "2024-04-06 09:00:00 +0100", "4", "50.00"),
        ("#1004", "", "", "", "", "1", "9.00"),
    ]
    ds = ia.load_file(write("orders_export.csv", header + "".join(",".join(r) + "\n" for r in rows)))
    paid = [r for r in rows[:6]]
    assert _value("revenue", ds) == pytest.approx(sum(int(r[5]) * float(r[6]) for r in paid))
    assert _value("number of customers", ds) == 2
    assert _value("revenue in April 2024", ds) == pytest.approx(7.0 + 3.0)
    lines = ds.order_lines
    assert lines.filter(lines["order_id"] == "#1001")["customer_id"].to_list() == ["a@x.example"] * 2


def test_a_line_field_empty_on_follow_up_lines_is_not_filled(write) -> None:
    """A column with a value on some following line of an order is a line field: its gaps stay gaps."""
    from insight.io import map_frame
    import polars as pl

    frame = pl.DataFrame({"Order": ["1", "1", "2", "2", "3", "3"], "Customer": ["A", "A", "B", "B", "C", "C"],
                          "Date": ["2024-01-01"] * 6, "Amount": ["1", "2", "3", "4", "5", "6"],
                          "Farbe": ["x", None, "y", "z", "w", None]})
    m = map_frame(frame)
    assert m.frame.get_column("farbe").null_count() == 2
    assert not any("filled down" in n for n in m.notes)


def test_a_wide_table_of_months_is_unpivoted_into_order_lines(write) -> None:
    text = ("Kundennr.;Kundenname;Jan 24;Feb 24;Mrz 24;Summe\n"
            "K1;Kunde 1;100,00;;50,50;150,50\n"
            "K2;Kunde 2;;1.200,00;300,00;1.500,00\n"
            "K3;Kunde 3;10,00;20,00;;30,00\n")
    ds = ia.load_file(write("pivot.csv", text))
    assert _value("Umsatz", ds) == pytest.approx(150.50 + 1500.00 + 30.00)  # 'Summe' not counted again
    assert _value("Umsatz im März 2024", ds) == pytest.approx(50.50 + 300.00)
    assert _value("Wie viele Kunden hatten im Februar 2024 Umsatz?", ds) == 2


@pytest.mark.parametrize(("header", "month"), [("Jan 24", (2024, 1)), ("Mrz 2024", (2024, 3)), ("März 24", (2024, 3)),
                                               ("Okt 24", (2024, 10)), ("2024-11", (2024, 11)), ("12/2023", (2023, 12)),
                                               ("Dec '23", (2023, 12))])
def test_month_headers(header: str, month: tuple[int, int]) -> None:
    from insight.io.pivot import month_of_header

    found = month_of_header(header)
    assert found is not None and (found.year, found.month) == month


@pytest.mark.parametrize("header", ["Kundennr.", "Summe", "Region 24", "Q1 2024", "2024", "Janosch 24"])
def test_no_month_headers(header: str) -> None:
    from insight.io.pivot import month_of_header

    assert month_of_header(header) is None


def test_a_table_with_a_date_column_is_never_unpivoted() -> None:
    from insight.io import map_frame
    import polars as pl

    frame = pl.DataFrame({"Kunde": ["A", "B"], "Datum": ["01.03.2024", "02.03.2024"], "Betrag": ["1", "2"],
                          "Jan 24": ["1", "2"], "Feb 24": ["3", "4"], "Mrz 24": ["5", "6"]})
    assert map_frame(frame).frame.height == 2


def test_subtotal_rows_of_a_grouped_export_are_left_out(write) -> None:
    """Excel's Teilergebnis saved as CSV: a '<key> Ergebnis' row after each customer and 'Gesamtergebnis' at the
    end, only the sum filled: no orders, however many there are."""
    groups = {"10001": [("04.01.2024", "100,00"), ("05.02.2024", "50,00")],
              "10002": [("06.01.2024", "20,00")], "10003": [("07.03.2024", "5,50"), ("08.03.2024", "4,50")]}
    lines = []
    for cid, rows in groups.items():
        lines += [f"{cid};Firma;{d};{a}" for d, a in rows]
        lines.append(f"{cid} Ergebnis;;;{sum(float(a.replace(',', '.')) for _, a in rows):.2f}".replace(".", ","))
    lines.append("Gesamtergebnis;;;180,00")
    ds = ia.load_file(write("teilergebnis.csv", "Kundennummer;Kundenname;Rechnungsdatum;Nettobetrag\n"
                            + "\n".join(lines) + "\n"))
    assert _value("Umsatz", ds) == pytest.approx(100 + 50 + 20 + 5.5 + 4.5)
    assert _value("Anzahl Kunden", ds) == 3


def test_a_row_without_a_date_that_is_no_subtotal_is_still_an_error(write) -> None:
    from insight.errors import InputError

    text = "Kunde;Datum;Betrag\nA;01.03.2024;10,00\nB;;20,00\nC;02.03.2024;5,00\n"
    with pytest.raises(InputError, match="row 2 is empty"):
        ia.load_file(write("gap.csv", text))


def test_a_grouped_report_with_title_lines_sections_and_totals(write) -> None:
    """An accounting report as CSV (QuickBooks 'Sales by Customer Detail'): title lines (one holding a comma), the
    customer alone on a heading row above its lines, 'Total for …' rows, a 'TOTAL' row and a time-stamp footer."""
    text = ("Sales by Customer Detail\nAcme Services\nJanuary 1 - October 15, 2024\n\n"
            ",Date,Transaction Type,Num,Product/Service,Qty,Amount,Balance\n"
            '"Bakery 1",,,,,,,\n'
            ',03/02/2024,Invoice,1001,Workshop,1,"450.00","450.00"\n'
            ',04/29/2024,Invoice,1002,Hosting,4,"100.00","550.00"\n'
            '"Total for Bakery 1",,,,,5,"$550.00",\n'
            '"Cafe 2",,,,,,,\n'
            ',01/06/2024,Invoice,1003,Hosting,2,"1,200.00","1,200.00"\n'
            ',02/01/2024,Refund,1004,Hosting,-1,"-50.00","1,150.00"\n'
            '"Total for Cafe 2",,,,,1,"$1,150.00",\n'
            'TOTAL,,,,,6,"$1,700.00",\n\n\n'
            "Tuesday, Oct 15, 2024 09:12:44 AM GMT-04:00\n")
    ds = ia.load_file(write("Sales by Customer Detail.csv", text))
    assert _value("revenue", ds) == pytest.approx(450 + 100 + 1200 - 50)
    assert _value("number of customers", ds) == 2
    assert _value("How many orders were placed?", ds) == 3  # 'Num' is the document number; the refund is none
    assert sorted(ds.order_lines.get_column("customer_id").unique().to_list()) == ["Bakery 1", "Cafe 2"]


def test_title_lines_with_a_comma_above_a_wide_table_are_skipped() -> None:
    from insight.io.text import title_lines

    lines = ["Sales Report", "January 1 - October 15, 2024", "", "a,b,c,d,e,f", "1,2,3,4,5,6", "1,2,3,4,5,6",
             "1,2,3,4,5,6"]
    assert title_lines(lines) == 3
    # a table of two columns: a line with its one comma is no title
    assert title_lines(["x,y", "1,2", "3,4", "5,6"]) == 0


def test_entity_prefix_of_every_header() -> None:
    from insight.io.mapping import entity_prefix

    headers = ["Deal - ID", "Deal - Organization", "Deal - Value", "Deal - Status", "Deal - Won time"]
    assert entity_prefix(headers) == "Deal - "
    found = match_headers(headers, ORDER_LINES).mapping
    assert found == {"Deal - ID": "order_id", "Deal - Organization": "name", "Deal - Value": "amount",
                     "Deal - Status": "line_status", "Deal - Won time": "order_date"}
    assert entity_prefix(["Deal - ID", "Value", "Status"]) == ""
    assert entity_prefix(["Kunde - Nr", "Kunde - Name"]) == ""  # two headers are no evidence


def test_a_deal_pipeline_without_won_times_on_lost_and_open_deals(write) -> None:
    """Pipedrive's deals export: 'Deal - ' prefixed headers, the won time only on won deals. Revenue is the won
    deals on their won date; open and lost deals are no sales, their number is counted, their value asked back."""
    rows = [("1", "Org A", "1000", "won", "2024-01-05 10:00:00", "2024-02-01 09:00:00"),
            ("2", "Org B", "500", "lost", "2024-01-06 10:00:00", ""),
            ("3", "Org A", "700", "won", "2024-02-07 10:00:00", "2024-03-03 09:00:00"),
            ("4", "Org C", "900", "open", "2024-03-01 10:00:00", ""),
            ("5", "Org C", "300", "won", "2024-03-02 10:00:00", "2024-04-10 12:00:00"),
            ("6", "Org B", "200", "open", "2024-03-09 10:00:00", "")]
    header = "Deal - ID,Deal - Organization,Deal - Value,Deal - Status,Deal - Deal created,Deal - Won time\n"
    ds = ia.load_file(write("deals-export.csv", header + "".join(",".join(r) + "\n" for r in rows)))
    won = [r for r in rows if r[3] == "won"]
    assert _value("revenue", ds) == pytest.approx(sum(float(r[2]) for r in won))
    assert _value("revenue in March 2024", ds) == pytest.approx(700)  # the won date, not the creation date
    assert _value("How many deals did we win?", ds) == len(won)
    assert _value("How many open deals?", ds) == sum(r[3] == "open" for r in rows)
    value = ia.ask("total value of open deals", ds).to_json()  # the value first, the counts beside it
    assert value["status"] == "ok", value["text"]
    assert float(value["rows"][0][value["columns"].index("cancelled_value")]) == pytest.approx(
        sum(float(r[2]) for r in rows if r[3] == "open"))
    decided = [r for r in rows if r[3] in ("won", "lost")]  # open deals are not decided yet
    assert _value("What is our win rate?", ds) == pytest.approx(len(won) / len(decided))
    customers = ia.ask("How many customers have open deals?", ds).to_json()
    assert customers["status"] == "clarify"


def test_dotted_name_and_code_leaves_name_their_parent() -> None:
    """'salesChannel.name' is the sales channel (never the customer's name), 'billingAddress.country.iso' the
    country, 'currency.isoCode' the currency; a customer's 'customer.name' stays the customer's name."""
    headers = ["salesChannel.name", "billingAddress.country.iso", "currency.isoCode", "customer.name"]
    assert match_headers(headers, ORDER_LINES).mapping == {
        "salesChannel.name": "channel", "billingAddress.country.iso": "country", "currency.isoCode": "currency",
        "customer.name": "name"}


def test_units_sold_of_a_named_product_and_returns_of_a_named_document(write) -> None:
    rows = [("01/05/2024", "A", "Invoice", "Workshop", "2", "900.00"),
            ("01/06/2024", "B", "Invoice", "Hosting", "4", "100.00"),
            ("02/07/2024", "A", "Invoice", "Workshop", "1", "450.00"),
            ("02/08/2024", "B", "Credit Memo", "Hosting", "-1", "-25.00"),
            ("03/09/2024", "A", "Refund", "Workshop", "-1", "-450.00"),
            ("03/10/2024", "C", "Invoice", "Hosting", "3", "75.00")]
    text = "Date,Customer,Transaction Type,Product/Service,Qty,Amount\n" + "".join(",".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("sales.csv", text))
    assert _value("How many workshops did we sell?", ds) == sum(int(r[4]) for r in rows if r[3] == "Workshop")
    assert _value("total of credit memos", ds) == pytest.approx(25.00)
    assert _value("total value of returns", ds) == pytest.approx(25.00 + 450.00)
    by_class = ia.ask("revenue by class", ds).to_json()
    assert by_class["status"] == "clarify"


def test_a_tracking_name_and_option_pair_becomes_the_named_column() -> None:
    from insight.io import map_frame
    import polars as pl

    frame = pl.DataFrame({"Customer": ["A", "B", "A"], "InvoiceDate": ["05 Mar 2024", "06 Mar 2024", "07 Mar 2024"],
                          "SubTotal": ["10.00", "20.00", "30.00"], "TrackingName1": ["Region"] * 3,
                          "TrackingOption1": ["North", "South", "North"]})
    m = map_frame(frame)
    assert m.frame.get_column("region").to_list() == ["North", "South", "North"]
    assert "tracking_name1" not in m.frame.columns
    # a name column with several values is data, not a category name
    other = frame.with_columns(pl.Series("TrackingName1", ["Region", "Area", "Region"]))
    assert "tracking_option1" in map_frame(other).frame.columns


def test_gross_revenue_with_a_tax_phrase_and_items_sold(write) -> None:
    rows = [("01.03.2024", "K1", "Brot", "2", "100.00", "108.10"), ("02.03.2024", "K2", "Kaffee", "3", "50.00", "54.05"),
            ("03.03.2024", "K1", "Kaffee", "1", "20.00", "21.62")]
    text = "Datum;Kunde;Artikel;Menge;Betrag CHF;Total inkl. MWST\n" + "".join(";".join(r) + "\n" for r in rows)
    ds = ia.load_file(write("ch.csv", text))
    assert _value("Bruttoumsatz inkl. MWST", ds) == pytest.approx(sum(float(r[5]) for r in rows))
    assert _value("Umsatz", ds) == pytest.approx(sum(float(r[4]) for r in rows))
    assert _value("How many items did we sell?", ds) == sum(int(r[3]) for r in rows)


@pytest.mark.parametrize(("text", "monday"), [("umsatz in kw 10 2024", (2024, 3, 4)), ("kw10/2024", (2024, 3, 4)),
                                              ("revenue in calendar week 1 of 2021", (2021, 1, 4)),
                                              ("umsatz 2024-w52", (2024, 12, 23))])
def test_iso_calendar_weeks_are_windows(text: str, monday: tuple[int, int, int]) -> None:
    import datetime as dt

    from insight.query.timewords import extract

    windows, _rest = extract(text, dt.date(2025, 6, 1))
    assert len(windows) == 1
    assert windows[0].start == dt.date(*monday) and windows[0].end == dt.date(*monday) + dt.timedelta(days=7)
