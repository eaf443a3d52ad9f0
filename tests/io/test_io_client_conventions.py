"""Value shapes and header families of client exports: accounting negatives, month names, months without a
day, percent columns, POS time columns, loyalty cards, net/gross and order totals — each on a small real
file through ``read_table``, checked against values computed by hand."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.errors import InputError
from insight.io import coerce, read_table


def test_us_invoices_parentheses_and_month_names(write):
    path = write("inv.csv", 'Invoice #,Customer,Invoice Date,Amount\n'
                            'INV-1,Acme Corp,"March 5, 2024","$1,234.50"\n'
                            'INV-2,Hooli LLC,"Sept 30, 2023","($12.50)"\n'
                            'INV-3,Acme Corp,"Jan. 2, 2024",$7.00\n')
    m = read_table(path)
    f = m.frame
    assert f["order_id"].to_list() == ["INV-1", "INV-2", "INV-3"]
    assert f["customer_id"].to_list() == ["Acme Corp", "Hooli LLC", "Acme Corp"]
    assert f["order_date"].to_list() == [dt.datetime(2024, 3, 5), dt.datetime(2023, 9, 30), dt.datetime(2024, 1, 2)]
    assert f["amount"].to_list() == [1234.5, -12.5, 7.0]
    assert f["currency"].unique().to_list() == ["USD"]


@pytest.mark.parametrize(("text", "expected"), [
    ("5. März 2024", dt.datetime(2024, 3, 5)), ("5 March 2024", dt.datetime(2024, 3, 5)),
    ("05-Mar-24", dt.datetime(2024, 3, 5)), ("1. Okt. 2023", dt.datetime(2023, 10, 1)),
    ("Dezember 24, 2023 18:30", dt.datetime(2023, 12, 24, 18, 30)),
])
def test_month_name_dates(text, expected):
    assert coerce.to_datetime(pl.Series([text]), "f", "c", "order_date").to_list() == [expected]


def test_month_names_are_allowed_under_any_date_order():
    with coerce.date_order("dmy"):
        got = coerce.to_datetime(pl.Series(["March 5, 2024"]), "f", "c", "order_date").to_list()
    assert got == [dt.datetime(2024, 3, 5)]


def test_months_without_day_are_the_first_of_the_month(write):
    path = write("monat.csv", "Kunde;Monat;Umsatz\nD-1;03/2024;1.815,53\nD-1;12/2024;10,00\nD-2;03/2024;5,00\n")
    m = read_table(path)
    f = m.frame
    assert f["order_date"].to_list() == [dt.datetime(2024, 3, 1), dt.datetime(2024, 12, 1), dt.datetime(2024, 3, 1)]
    assert f["amount"].to_list() == [1815.53, 10.0, 5.0]
    assert any("first day of its month" in n and "'Monat'" in n for n in m.notes)


@pytest.mark.parametrize("values", [["2024-03", "2023-12"], ["März 2024", "Dez 2023"], ["202403", "202312"],
                                    ["Mar 2024", "December 2023"]])
def test_month_period_shapes(values):
    notes: list[str] = []
    got = coerce.to_datetime(pl.Series(values), "f", "c", "order_date", notes).to_list()
    assert got == [dt.datetime(2024, 3, 1), dt.datetime(2023, 12, 1)]
    assert notes and "first day of its month" in notes[0]


def test_yyyymm_numbers_are_months():
    got = coerce.to_datetime(pl.Series([202403, 202312]), "f", "c", "order_date").to_list()
    assert got == [dt.datetime(2024, 3, 1), dt.datetime(2023, 12, 1)]


def test_months_mixed_with_full_dates_are_refused_naming_the_value():
    with pytest.raises(InputError, match=r"'Monat'.*row 1: '03/2024' is not a date"):
        coerce.to_datetime(pl.Series(["03/2024", "05.03.2024"]), "f.csv", "Monat", "order_date")


def test_a_real_date_column_beats_a_month_column(write):
    path = write("x.csv", "Kunde;Datum;Monat;Betrag\n1;05.03.2024;03/2024;1,00\n")
    m = read_table(path)
    assert m.mapping["Datum"] == "order_date"
    assert m.frame["order_date"].to_list() == [dt.datetime(2024, 3, 5)]


def test_space_thousands_with_currency_after(write):
    path = write("o.csv", "Order No;Kunde;Date;Total amount\nB-1;880179;2024-03-04;1 460,86 EUR\n"
                          "B-2;880444;2024-03-05;1\u00a0234\u00a0567,00 EUR\nB-3;880444;2024-03-06;-56,00 EUR\n")
    m = read_table(path)
    assert m.mapping["Total amount"] == "amount"
    assert m.frame["amount"].to_list() == [1460.86, 1234567.0, -56.0]
    assert m.frame["currency"].unique().to_list() == ["EUR"]


def test_pharmacy_loyalty_card_percent_and_anonymous_lines(write):
    path = write("kasse.csv", "Bon-Nr;Datum;Kundenkarte;Artikel;Menge;Rabatt;Betrag;Rezept\n"
                              "1;20240710;000123;Ibuprofen;2;0%;9,90;N\n"
                              "2;20240823;;Handcreme;1;5%;8,08;J\n"
                              "2;20240823;;Vitamin D3;1;12,5 %;11,29;J\n")
    m = read_table(path)
    f = m.frame
    assert m.mapping["Kundenkarte"] == "customer_id"
    assert f["customer_id"].to_list() == ["123", None, None]
    assert f["order_id"].to_list() == ["1", "2", "2"]
    assert f["order_date"].to_list() == [dt.datetime(2024, 7, 10)] + [dt.datetime(2024, 8, 23)] * 2
    assert f["rabatt"].to_list() == [0.0, 5.0, 12.5]  # a measure, the number of percent
    assert f["rezept"].to_list() == ["N", "J", "J"]
    assert any("2 lines without a customer ('Kundenkarte'" in n for n in m.notes)
    assert any("'Rabatt' holds percentages" in n for n in m.notes)


def test_net_is_the_amount_beside_gross_and_vat(write):
    path = write("re.csv", "Rechnungs-Nr.;Kunden-Nr.;Rechnungsdatum;Menge;Listenpreis;Netto;MwSt 19%;Brutto\n"
                           "RE-1;K1;02.01.2023;2;1.450,00;2.465,00;468,35;2.933,35\n"
                           "GS-1;K1;05.01.2023;-1;1.450,00;-1.232,50;-234,18;-1.466,68\n", encoding="cp1252")
    m = read_table(path)
    assert m.mapping["Netto"] == "amount"
    assert "Brutto" not in m.mapping
    assert m.frame["amount"].to_list() == [2465.0, -1232.5]
    assert m.frame["brutto"].to_list() == [2933.35, -1466.68]


def test_order_total_is_weaker_than_a_line_total(write):
    path = write("o.csv", "Order Number,Customer Email,Order Date,Order Total,Line total\n"
                          "1,a@x.de,2024-03-05 14:22,30.00,10.00\n1,a@x.de,2024-03-05 14:22,30.00,20.00\n")
    m = read_table(path)
    assert m.mapping["Line total"] == "amount"
    assert m.frame["amount"].to_list() == [10.0, 20.0]


def test_one_row_per_order_with_order_total_and_email(write):
    path = write("woo.csv", "Order Number,Order Status,Order Date,Customer Email,Order Total,Item 1 Name,Item 1 Total\n"
                            "5000,completed,2024-03-07 00:50,k1@web.de,49.80,Beans,49.80\n"
                            "5001,refunded,2024-03-08 10:00,k2@web.de,12.00,Mug,12.00\n")
    m = read_table(path)
    f = m.frame
    assert m.mapping["Order Total"] == "amount"
    assert f["customer_id"].to_list() == ["k1@web.de", "k2@web.de"]
    assert f["amount"].to_list() == [49.8, 12.0]
    assert f["line_status"].to_list() == ["completed", "refunded"]
    assert f["item_1_name"].to_list() == ["Beans", "Mug"]


def test_pos_time_column_joins_the_date(write):
    path = write("pos.csv", "Receipt number,Date,Time,Customer code,Line total\n"
                            "R1,27/07/2024,18:29,LC1,1.80\nR2,19/04/2024,09:47:10,,3.40\nR3,13/04/2024,,LC2,1.00\n")
    m = read_table(path)
    f = m.frame
    assert f["order_date"].to_list() == [dt.datetime(2024, 7, 27, 18, 29), dt.datetime(2024, 4, 19, 9, 47, 10),
                                         dt.datetime(2024, 4, 13)]
    assert f["customer_id"].to_list() == ["LC1", None, "LC2"]
    assert f["order_id"].to_list() == ["R1", "R2", "R3"]
    assert any("time of day from 'Time'" in n for n in m.notes)


def test_time_column_is_left_alone_when_dates_have_times_or_values_are_no_clock(write):
    path = write("a.csv", "Customer,Date,Time,Amount\n1,2024-03-05 10:00,18:29,1\n")
    assert read_table(path).frame["order_date"].to_list() == [dt.datetime(2024, 3, 5, 10, 0)]
    path = write("b.csv", "Customer,Date,Time,Amount\n1,2024-03-05,evening,1\n")
    assert read_table(path).frame["order_date"].to_list() == [dt.datetime(2024, 3, 5)]
