"""Silently wrong answers met by a consultant's probe of the foreign tables: each expectation is computed with plain
polars from the raw file (tests/foreign/conftest.py), never through insight."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia


def test_a_time_stamp_named_after_the_customer_is_not_the_customer_id(foreign, marketing_raw):
    # 'Dt_Customer' is the day a customer joined: reading it as the customer's id merged 2,240 customers into
    # the 663 days they joined on, and every count of customers said 663
    answer = ia.ask("Wie viele Kunden haben wir?", data=foreign.path("marketing_campaign.csv")).to_json()
    assert answer["status"] == "ok", answer
    assert answer["rows"][0][0] == marketing_raw["ID"].n_unique()


def test_a_quantifier_is_the_base_of_a_share_not_a_contact_named_allen(foreign, sales_raw):
    # 'an allen Bestellungen' read 'allen' as the value Allen of the contact's first name: 0 %
    answer = ia.ask("Anteil der stornierten Bestellungen an allen Bestellungen",
                    data=foreign.path("sales_data_sample.csv")).to_json()
    cancelled = sales_raw.filter(pl.col("STATUS") == "Cancelled")["ORDERNUMBER"].n_unique()
    assert answer["status"] == "ok", answer
    assert answer["rows"][0][0] == pytest.approx(cancelled / sales_raw["ORDERNUMBER"].n_unique())


def test_a_quantifier_written_as_a_name_is_still_the_value(foreign, sales_raw):
    answer = ia.ask("Umsatz der Kunden von Allen", data=foreign.path("sales_data_sample.csv")).to_json()
    kept = sales_raw.filter((pl.col("CONTACTFIRSTNAME") == "Allen") & (pl.col("STATUS") != "Cancelled"))
    assert answer["status"] == "ok", answer
    assert answer["rows"][0][0] == pytest.approx(kept["SALES"].sum(), abs=0.01)


@pytest.mark.parametrize("question", ["What percent of customers in Germany exited?",
                                      "Welcher Anteil der Kunden in Deutschland ist abgewandert?"])
def test_the_flag_said_after_the_value_is_the_part_of_the_value_s_customers(foreign, churn_raw, question):
    # was 8.1 %: the German churned customers of ALL customers
    answer = ia.ask(question, data=foreign.path("Churn_Modelling.csv")).to_json()
    assert answer["status"] == "ok", answer
    expected = churn_raw.filter(pl.col("Geography") == "Germany")["Exited"].mean()
    assert answer["rows"][0][0] == pytest.approx(expected)


@pytest.mark.parametrize("question, column, value", [
    ("What share of exited customers are in Germany?", "Geography", "Germany"),
    ("What share of churned customers are female?", "Gender", "Female"),
    ("Wie viel Prozent der abgewanderten Kunden sind Frauen?", "Gender", "Female"),
    ("Welcher Anteil der abgewanderten Kunden kommt aus Deutschland?", "Geography", "Germany"),
    ("Anteil der Frauen an den abgewanderten Kunden", "Gender", "Female"),
    ("Share of women among churned customers", "Gender", "Female"),
])
def test_the_flag_before_the_customers_is_the_scope_of_the_value_s_share(foreign, churn_raw, question, column, value):
    # was the value's own churn rate (25.1 % of women churned), not the women's share of the churned (55.9 %)
    answer = ia.ask(question, data=foreign.path("Churn_Modelling.csv")).to_json()
    assert answer["status"] == "ok", answer
    expected = churn_raw.filter(pl.col("Exited") == 1).select((pl.col(column) == value).mean()).item()
    assert answer["rows"][0][0] == pytest.approx(expected)


@pytest.mark.parametrize("question", ["Wie viel Prozent der Kunden mit Kreditkarte sind abgewandert?",
                                      "Churn rate of female customers"])
def test_the_rate_among_a_group_stays_the_rate(foreign, churn_raw, question):
    answer = ia.ask(question, data=foreign.path("Churn_Modelling.csv")).to_json()
    assert answer["status"] == "ok", answer
    group = pl.col("HasCrCard") == 1 if "Kreditkarte" in question else pl.col("Gender") == "Female"
    assert answer["rows"][0][0] == pytest.approx(churn_raw.filter(group)["Exited"].mean())


@pytest.mark.parametrize("question", ["Wie viele Kunden haben nicht storniert?",
                                      "How many customers did not cancel?"])
def test_a_count_with_an_unread_negation_is_asked_back(foreign, sales_raw, question):
    # counted every customer (92); those without a cancelled order are fewer — never all of them silently
    answer = ia.ask(question, data=foreign.path("sales_data_sample.csv")).to_json()
    everyone = sales_raw["CUSTOMERNAME"].n_unique()
    assert answer["status"] == "clarify" or answer["rows"][0][0] < everyone, answer


@pytest.mark.parametrize("question, status", [("How many orders were not shipped?", "Shipped"),
                                              ("Wie viele Bestellungen sind noch nicht versandt?", "Shipped")])
def test_a_count_with_a_read_negation_still_answers(foreign, sales_raw, question, status):
    answer = ia.ask(question, data=foreign.path("sales_data_sample.csv")).to_json()
    assert answer["status"] == "ok", answer
    kept = sales_raw.filter(~pl.col("STATUS").is_in([status, "Cancelled"]))
    assert answer["rows"][0][0] == kept["ORDERNUMBER"].n_unique()


@pytest.mark.parametrize("question", ["Wie viele Kunden haben keine Bestellung im letzten Jahr?",
                                      "Wie viele Kunden ohne Bestellung im letzten Jahr?"])
def test_no_order_in_a_relative_year_counts_the_absent_customers(foreign, sales_raw, question):
    # counted the customers WITH orders in the window; the last year before the data's end is 2004
    answer = ia.ask(question, data=foreign.path("sales_data_sample.csv")).to_json()
    assert answer["status"] == "ok", answer
    dated = sales_raw.filter(pl.col("STATUS") != "Cancelled").with_columns(
        year=pl.col("ORDERDATE").str.strptime(pl.Datetime, "%m/%d/%Y %H:%M").dt.year())
    buyers = dated.filter(pl.col("year") == dated["year"].max() - 1)["CUSTOMERNAME"].unique().implode()
    assert answer["rows"][0][0] == dated.filter(~pl.col("CUSTOMERNAME").is_in(buyers))["CUSTOMERNAME"].n_unique()
