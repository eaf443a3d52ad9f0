"""English-speaking clients' exports (round 7, docs/import.md): tax beside a net or a gross amount, the fee's tax,
statuses that are no sale, guest ids, lakh grouping, accounting headers, 12-hour timestamps, net and gross side by
side, a customers table with totals. Each file is small and written here; expected values are computed by hand."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from insight.errors import InputError
from insight.io import read_table
from insight.metrics.conventions import cancelled_expr, status_kind


def _write(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    lines = [",".join(f'"{c}"' if "," in str(c) else str(c) for c in r) for r in [header, *rows]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


_NETS = [413.35, 639.89, 668.95, 1250.00, 88.40, 2710.15, 455.55, 97.30]


def test_a_tax_on_top_of_a_net_amount_is_not_subtracted(tmp_path: Path) -> None:
    # FreshBooks: 'Amount' before tax, 'Tax' = 8.25 % of it, rounded to the cent
    rows = [[f"C{k % 3}", f"000{k}", f"01/{10 + k}/2024", f"{a:.2f}", f"{round(a * 0.0825 + 1e-9, 2):.2f}"]
            for k, a in enumerate(_NETS)]
    m = read_table(_write(tmp_path / "invoice_details.csv", ["Client Name", "Invoice #", "Date Issued", "Amount", "Tax"],
                          rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx(_NETS)
    assert any("is net already" in n for n in m.notes)


def test_a_gross_amount_by_its_rates_loses_its_tax(tmp_path: Path) -> None:
    # the same rate on the net, but the amount is the gross: tax / (amount − tax) is the whole rate
    rows = [[f"C{k % 3}", f"I{k}", f"2024-01-{10 + k}", f"{a + round(a * 0.19 + 1e-9, 2):.2f}",
             f"{round(a * 0.19 + 1e-9, 2):.2f}"] for k, a in enumerate(_NETS)]
    m = read_table(_write(tmp_path / "inv.csv", ["Customer Id", "Invoice Number", "Invoice Date", "Amount", "Tax"], rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx(_NETS)


def test_an_amount_inc_gst_loses_its_gst(tmp_path: Path) -> None:
    rows = [["25/03/2024", "00000001", "Jones Pty Ltd", "Closed", "$987.59", "$89.78"],
            ["24/07/2023", "00000002", "Clark Pty Ltd", "Open", "$306.79", "$27.89"],
            ["15/04/2024", "00000003", "Jones Pty Ltd", "Closed", "$2,270.09", "$206.37"]]
    m = read_table(_write(tmp_path / "SalesRegister.csv",
                          ["Date", "Invoice No.", "Co./Last Name", "Status", "Amount (inc GST)", "GST"], rows))
    assert m.mapping["Co./Last Name"] == "name" and m.mapping["Amount (inc GST)"] == "amount"
    assert m.frame.get_column("amount").to_list() == pytest.approx([897.81, 278.90, 2063.72])


def test_a_tax_beside_a_fee_is_the_fees_tax(tmp_path: Path) -> None:
    # Razorpay: 'fee' is the gateway's, 'tax' the GST on that fee (18 %); the amount is the sale
    rows = [[f"pay_{k}", f"{a:.2f}", "captured", f"c{k % 3}@x.in", "+919000000036", f"{a * 0.02:.2f}",
             f"{round(a * 0.02 * 0.18, 2):.2f}", f"1{k}/04/2024 10:00:00"] for k, a in enumerate([999, 4999, 1499, 2999])]
    m = read_table(_write(tmp_path / "payments.csv",
                          ["id", "amount", "status", "email", "contact", "fee", "tax", "created_at"], rows))
    assert m.frame.get_column("amount").to_list() == pytest.approx([999, 4999, 1499, 2999])
    assert any("tax on the fee" in n for n in m.notes)
    assert "contact" not in m.mapping  # phone numbers are no customer name


def test_authorized_and_draft_are_no_sale_open_invoices_are(tmp_path: Path) -> None:
    assert status_kind("authorized (not captured)") == "failed" and status_kind("Draft") == "offer"
    assert status_kind("AUTHORISED") is None  # Xero: an approved invoice, a sale
    statuses = ["captured", "authorized (not captured)", "Draft", "Overdue", "Partial", "Unpaid", "Sent", "AUTHORISED"]
    lines = pl.DataFrame({"line_status": statuses})
    assert lines.select(cancelled_expr()).to_series().to_list() == [False, True, True, False, False, False, False,
                                                                    False]
    rows = [[f"pay_{k}", "10.00", s, f"c{k}@x.in", f"1{k}/04/2024 10:00:00"]
            for k, s in enumerate(["captured", "authorized", "captured"])]
    m = read_table(_write(tmp_path / "payments.csv", ["id", "amount", "status", "email", "created_at"], rows))
    assert m.frame.get_column("line_status").to_list() == ["captured", "authorized (not captured)", "captured"]


def test_an_invoice_status_header_is_the_status(tmp_path: Path) -> None:
    rows = [["A", "1", "01/02/2024", "Draft", "10.00"], ["B", "2", "01/03/2024", "Paid", "12.00"]]
    m = read_table(_write(tmp_path / "inv.csv", ["Client Name", "Invoice #", "Date Issued", "Invoice Status", "Amount"],
                          rows))
    assert m.mapping["Invoice Status"] == "line_status" and m.mapping["Date Issued"] == "order_date"


@pytest.mark.parametrize("guest", ["0", "Guest"])
def test_a_guest_id_is_no_customer(tmp_path: Path, guest: str) -> None:
    ids = ["2383", guest, "2003", guest, "2405"] if guest == "0" else ["c1", guest, "c2", guest, "c3"]
    rows = [[100 + k, c, f"10/1{k}/2023", "12.50"] for k, c in enumerate(ids)]
    m = read_table(_write(tmp_path / "orders.csv", ["Order ID", "Customer ID", "Order Date", "Amount"], rows))
    assert m.frame.get_column("customer_id").null_count() == 2
    assert m.frame.get_column("amount").sum() == pytest.approx(62.5)  # guest lines still count in revenue
    assert any("guest id" in n for n in m.notes)


def test_a_zero_among_text_ids_is_left_alone(tmp_path: Path) -> None:
    rows = [[100 + k, c, f"10/1{k}/2023", "12.50"] for k, c in enumerate(["A1", "0", "B2"])]
    m = read_table(_write(tmp_path / "orders.csv", ["Order ID", "Customer ID", "Order Date", "Amount"], rows))
    assert m.frame.get_column("customer_id").null_count() == 0


def test_lakh_grouping_is_a_number(tmp_path: Path) -> None:
    rows = [["INV/1", "09-05-2023", "Rahul Traders", "Paid", "₹90,080.92", "₹1,06,295.49"],
            ["INV/2", "17-09-2024", "Karan Traders", "Paid", "₹16,731.04", "₹19,742.63"],
            ["INV/3", "18-09-2024", "Rahul Traders", "Paid", "₹12,34,567.00", "₹14,56,789.06"]]
    m = read_table(_write(tmp_path / "Invoice.csv", ["Invoice Number", "Invoice Date", "Customer Name",
                                                     "Invoice Status", "Taxable Value", "Total"], rows))
    assert m.mapping["Taxable Value"] == "amount"  # the named net before the total
    assert m.frame.get_column("amount").to_list() == pytest.approx([90080.92, 16731.04, 1234567.00])
    assert m.frame.get_column("total").to_list() == pytest.approx([106295.49, 19742.63, 1456789.06])
    assert m.frame.get_column("currency")[0] == "INR"


def test_english_accounting_headers(tmp_path: Path) -> None:
    rows = [["INV-00001", "Acme LLC", "25/07/2024", "Paid", "£623.89", "£124.78", "£748.67"],
            ["INV-00002", "Beacon Ltd", "27/07/2023", "Paid", "£323.21", "£64.64", "£387.85"],
            ["INV-00003", "Acme LLC", "25/07/2024", "Open", "£288.20", "£57.64", "£345.84"]]
    m = read_table(_write(tmp_path / "freeagent.csv",
                          ["Reference", "Contact", "Dated", "Status", "Net Value", "VAT", "Total Value"], rows))
    assert {m.mapping[h] for h in ("Reference", "Contact", "Dated", "Net Value")} == \
        {"order_id", "name", "order_date", "amount"}
    assert m.frame.get_column("order_id").n_unique() == 3  # two invoices of one customer on one day stay two
    assert m.frame.get_column("amount").sum() == pytest.approx(1235.30)
    rows = [["INV1", "10/24/2023", "cust_0001", "Summit Inc.", "$1,798.00"],
            ["INV2", "09/09/2024", "cust_0000", "Acme LLC", "$299.00"]]
    m = read_table(_write(tmp_path / "maxio.csv", ["Invoice Number", "Issue Date", "Customer Reference",
                                                   "Customer Organization", "Subtotal"], rows))
    assert m.mapping["Customer Reference"] == "customer_id" and m.mapping["Issue Date"] == "order_date"


def test_net_beside_gross_takes_the_net(tmp_path: Path) -> None:
    rows = [[100, 2383, "10/10/2023", "166.44", "11.65", "178.09"], [101, 2003, "09/11/2023", "237.14", "16.60", "253.74"]]
    m = read_table(_write(tmp_path / "orders.csv", ["Order ID", "Customer ID", "Order Date", "Subtotal (ex tax)",
                                                    "Tax Total", "Order Total (inc tax)"], rows))
    assert m.mapping["Subtotal (ex tax)"] == "amount"
    assert m.frame.get_column("amount").to_list() == pytest.approx([166.44, 237.14])


def test_a_twelve_hour_timestamp_is_the_order_date_and_an_id_is_never_proposed(tmp_path: Path) -> None:
    header = ["Check Id", "Check #", "Opened", "Customer Email", "Amount"]
    rows = [["ck-0", "1", "5/7/24 9:09 PM", "a@x.com", "30.29"], ["ck-1", "2", "10/11/24 9:04 PM", "a@x.com", "29.83"],
            ["ck-2", "1", "7/25/24 11:22 AM", "b@x.com", "178.83"]]
    m = read_table(_write(tmp_path / "checks.csv", header, rows))
    assert m.mapping["Opened"] == "order_date" and m.mapping["Check Id"] == "order_id"
    assert m.frame.get_column("order_date")[0].hour == 21
    with pytest.raises(InputError) as err:  # no date column: the hint names no id
        read_table(_write(tmp_path / "nodate.csv", ["Check #", "Customer", "Amount"], [["1", "a", "3.00"],
                                                                                       ["2", "b", "4.00"]]),
                   table="order_lines")
    assert "Check #=order_date" not in str(err.value)


def test_a_customers_list_with_totals_is_a_customers_table(tmp_path: Path) -> None:
    header = ["Email", "First Name", "Country", "Total Orders", "Total Spent", "First Order Date"]
    rows = [["a@x.com", "Ann", "US", "3", "120.50", "2023-01-02"], ["b@x.com", "Bob", "CA", "1", "20.00", "2024-02-03"],
            ["c@x.com", "Cy", "US", "2", "55.00", "2023-06-07"]]
    m = read_table(_write(tmp_path / "customers_export.csv", header, rows))
    assert m.table == "customers" and m.mapping["Email"] == "customer_id"
    assert any("customers table" in n for n in m.notes)
