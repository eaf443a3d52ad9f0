"""One test per reading added against round 8's silently wrong answers (docs/ask.md, "Silently wrong readings fixed
with the eighth blind set"): other wordings than the set's, expected figures from plain polars on the raw files."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

FOREIGN = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def _file(name: str) -> Path:
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="module")
def sales():
    return ia.load_file(_file("sales_data_sample.csv"))


@pytest.fixture(scope="module")
def bank():
    return ia.load_file(_file("Churn_Modelling.csv"))


@pytest.fixture(scope="module")
def campaign():
    return ia.load_file(_file("marketing_campaign.csv"))


def _one(answer, column: str):
    assert answer.status == "ok", answer.text
    assert answer.table.height == 1 and column in answer.table.columns, answer.table
    return answer.table.item(0, column)


def _ii_lines(raw_ii: pl.DataFrame) -> pl.DataFrame:
    """Online Retail II lines with their net amount: C-invoices and negative lines reverse (metrics.md)."""
    raw = pl.col("Quantity") * pl.col("Price")
    reversing = (pl.col("Quantity") < 0) | (raw < 0) | pl.col("Invoice").cast(pl.String).str.starts_with("C")
    return raw_ii.with_columns(amount=pl.when(reversing).then(-raw.abs()).otherwise(raw), reversing=reversing)


def _orders(raw_ii: pl.DataFrame) -> pl.DataFrame:
    """The orders (no C-invoice, positive value) with their customer and day."""
    lines = _ii_lines(raw_ii).filter(~pl.col("Invoice").cast(pl.String).str.starts_with("C"))
    return (lines.group_by("Invoice").agg(pl.col("Customer ID").first(), pl.col("InvoiceDate").min(),
                                          v=pl.col("amount").sum()).filter(pl.col("v") > 0))


def test_share_of_unattributed_revenue(retail_ii, raw_ii) -> None:
    lines = _ii_lines(raw_ii).filter(pl.col("InvoiceDate").dt.year() == 2010)
    expected = lines.filter(pl.col("Customer ID").is_null())["amount"].sum() / lines["amount"].sum()
    got = _one(ia.session(retail_ii).ask("What share of 2010 revenue has no customer?"), "unattributed_share")
    assert got == pytest.approx(expected, rel=1e-6)


def test_the_top_n_make_up_one_share_of_all_revenue(retail_ii, raw_ii) -> None:
    lines = _ii_lines(raw_ii)
    top = lines.filter(pl.col("Customer ID").is_not_null()).group_by("Customer ID").agg(r=pl.col("amount").sum())
    expected = top.sort("r", descending=True).head(5)["r"].sum() / lines["amount"].sum()
    got = _one(ia.session(retail_ii).ask("What share of revenue do the top 5 customers account for?"),
               "revenue_share")
    assert got == pytest.approx(expected, rel=1e-6)


def test_a_superlative_before_a_singular_period_is_the_one_period(retail_ii, raw_ii) -> None:
    lines = _ii_lines(raw_ii).filter(pl.col("InvoiceDate").dt.year() == 2011)
    months = lines.group_by(pl.col("InvoiceDate").dt.strftime("%Y-%m").alias("m")).agg(r=pl.col("amount").sum())
    answer = ia.session(retail_ii).ask("Stärkster Monat 2011 nach Umsatz")
    assert answer.status == "ok" and answer.table.height == 1, answer.text
    assert answer.table.item(0, "month") == months.sort("r", descending=True).item(0, "m")
    weakest = ia.session(retail_ii).ask("worst quarter of 2011 by revenue")
    quarters = lines.group_by(pl.col("InvoiceDate").dt.quarter().alias("q")).agg(r=pl.col("amount").sum())
    assert weakest.status == "ok" and weakest.table.height == 1, weakest.text
    assert weakest.table.item(0, "quarter") == f"2011-Q{quarters.sort('r').item(0, 'q')}"
    assert ia.session(retail_ii).ask("best months of 2011 by revenue").table.height == 12  # plural: every month


def test_average_per_customer_ranks_the_groups(retail_ii, raw_ii) -> None:
    lines = _ii_lines(raw_ii).filter(pl.col("Customer ID").is_not_null())
    per = lines.group_by("Country", "Customer ID").agg(r=pl.col("amount").sum())
    expected = per.group_by("Country").agg(pl.col("r").mean()).sort("r", descending=True).head(3)
    answer = ia.session(retail_ii).ask("Top 3 Länder nach durchschnittlichem Umsatz pro Kunde")
    assert answer.status == "ok", answer.text
    assert answer.table.get_column("country").to_list() == expected["Country"].to_list()


def test_customers_active_in_every_month(retail_ii, raw_ii) -> None:
    orders = _orders(raw_ii).filter(pl.col("Customer ID").is_not_null() & (pl.col("InvoiceDate").dt.year() == 2010))
    n = orders.group_by("Customer ID").agg(p=pl.col("InvoiceDate").dt.month().n_unique())
    expected = n.filter(pl.col("p") == 12).height
    got = _one(ia.session(retail_ii).ask("Wie viele Kunden haben 2010 in jedem Monat bestellt?"), "customers")
    assert got == expected
    assert ia.session(retail_ii).ask("customers by quarter 2011").table.height == 4  # a grouping stays one


def test_classes_of_a_period_are_asked_back(retail_ii) -> None:
    answer = ia.session(retail_ii).ask("ABC-Klassen nur für 2010: Kunden je Klasse")
    assert answer.status == "clarify" and "2010" in answer.text
    assert ia.session(retail_ii).ask("ABC-Analyse für 2010").status == "clarify"
    assert ia.session(retail_ii).ask("Wie viele A-Kunden haben 2010 bestellt?").status == "ok"  # a class value


def test_value_of_cancelled_orders(sales) -> None:
    raw = pl.read_csv(_file("sales_data_sample.csv"), encoding="latin1")
    expected = raw.filter(pl.col("STATUS") == "Cancelled")["SALES"].sum()
    got = _one(ia.session(sales).ask("What was the value of the cancelled orders?"), "cancelled_value")
    assert got == pytest.approx(expected, rel=1e-6)
    assert ia.session(sales).ask("Wie viele stornierte Aufträge gab es?").table.columns[0] == "cancelled_orders"


def test_no_fuzzy_value_in_a_name_column(sales) -> None:
    raw = pl.read_csv(_file("sales_data_sample.csv"), encoding="latin1")
    assert "Chandler" in raw["CONTACTLASTNAME"].to_list()
    answer = ia.session(sales).ask("Umsatz unserer Hndler")  # one letter from 'Chandler': never that surname
    assert not any(f["dimension"] == "contactlastname" for f in answer.plan["filters"])
    customers = raw.group_by("CUSTOMERNAME").agg(n=pl.col("ORDERNUMBER").n_unique())
    expected = customers.filter(pl.col("n") >= 2).height / customers.height
    got = _one(ia.session(sales).ask("repeat rate of our dealers"), "repeat_rate")  # a trade word for customers
    assert got == pytest.approx(expected, rel=1e-6)
    in_2004 = raw.filter((pl.col("YEAR_ID") == 2004) & (pl.col("STATUS") != "Cancelled"))["CUSTOMERNAME"].n_unique()
    assert _one(ia.session(sales).ask("Wie viele Wiederverkäufer haben 2004 etwas gekauft?"), "customers") == in_2004


def test_negated_customer_flag_share(bank) -> None:
    raw = pl.read_csv(_file("Churn_Modelling.csv"))
    got = _one(ia.session(bank).ask("share of inactive members"), "customer_share")
    assert got == pytest.approx((raw["IsActiveMember"] == 0).mean(), rel=1e-6)
    spain = raw.filter(pl.col("Geography") == "Spain")
    got = _one(ia.session(bank).ask("Anteil inaktiver Mitglieder in Spain"), "customer_share")
    assert got == pytest.approx((spain["IsActiveMember"] == 0).mean(), rel=1e-6)


def test_two_flags_of_the_same_customers(campaign) -> None:
    raw = pl.read_csv(_file("marketing_campaign.csv"), separator="\t")
    expected = raw.filter((pl.col("Complain") == 1) & (pl.col("Response") == 0)).height
    got = _one(ia.session(campaign).ask("Wie viele Kunden haben sich beschwert und nicht reagiert?"), "customers")
    assert got == expected


def test_customers_acquired_in_a_period(retail_ii, raw_ii) -> None:
    first = (_orders(raw_ii).filter(pl.col("Customer ID").is_not_null()).group_by("Customer ID")
             .agg(first=pl.col("InvoiceDate").min()).filter(pl.col("first").dt.year() == 2011))
    lines = _ii_lines(raw_ii).join(first, on="Customer ID", how="semi")
    got = _one(ia.session(retail_ii).ask("lifetime revenue of customers gained in 2011"), "revenue")
    assert got == pytest.approx(lines["amount"].sum(), rel=1e-6)
    in_2011 = lines.filter(pl.col("InvoiceDate").dt.year() == 2011)["amount"].sum()
    got = _one(ia.session(retail_ii).ask("Umsatz der 2011 gewonnenen Kunden"), "revenue")
    assert got == pytest.approx(in_2011, rel=1e-6)
