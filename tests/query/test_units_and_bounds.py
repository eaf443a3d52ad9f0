"""Words a consultant adds to a figure are used or asked back, never dropped (answers.md, "No silent
substitution"): a bound on what customers spent, a currency named beside the figure, a number the plan
cannot place, header abbreviations ('AcceptedCmp1' = accepted campaign 1), a flag named as what customers
did, the client's header of the quantity column, and an impossible quarter named as typed. Expectations
in plain polars on the shared data."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _path(*parts: str) -> Path:
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


@pytest.fixture(scope="module")
def cdnow():
    path = _path("cdnow", "CDNOW_master.txt")
    rows = [line.split() for line in path.read_text().splitlines()[1:] if line.strip()]
    raw = pl.DataFrame(rows, schema=["customer_id", "date", "cds", "dollars"], orient="row").with_columns(
        pl.col("cds").cast(pl.Int64), pl.col("dollars").cast(pl.Float64))
    return ia.load_file(path), raw


def _json(ds, question: str) -> dict:
    return ia.ask(question, data=ds).to_json()


def _scalar(ds, question: str) -> float:
    data = _json(ds, question)
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1 and len(data["rows"][0]) == 1, data
    return data["rows"][0][0]


@pytest.mark.parametrize(("question", "op", "bound"), [
    ("How many customers spent more than 100 dollars in total?", "gt", 100),
    ("Wie viele Kunden haben mehr als 100 Euro ausgegeben?", "gt", 100),
    ("How many customers spent at least 500?", "ge", 500),
    ("Anzahl Kunden mit einem Umsatz unter 20", "lt", 20),
])
def test_a_bound_on_what_customers_spent_restricts_the_customers(cdnow, question, op, bound) -> None:
    ds, raw = cdnow
    # customers are buyers: at least one line with a positive amount (68 CDNOW ids bought only at $0)
    per = raw.group_by("customer_id").agg(pl.col("dollars").sum(), buyer=(pl.col("dollars") > 0).any())
    test = {"gt": pl.col("dollars") > bound, "ge": pl.col("dollars") >= bound, "lt": pl.col("dollars") < bound}[op]
    assert _scalar(ds, question) == per.filter(test & pl.col("buyer")).height


def test_revenue_of_the_customers_above_a_bound(cdnow) -> None:
    ds, raw = cdnow
    per = raw.group_by("customer_id").agg(pl.col("dollars").sum())
    expected = per.filter(pl.col("dollars") > 1000)["dollars"].sum()
    assert _scalar(ds, "Umsatz der Kunden mit einem Umsatz über 1000") == pytest.approx(expected, rel=1e-9)


def test_a_number_the_plan_cannot_place_is_asked_back(cdnow) -> None:
    ds, _raw = cdnow
    data = _json(ds, "How many customers have more than 100?")
    assert data["status"] == "clarify" and "100" in data["text"]


def test_the_data_s_currency_named_is_used_and_another_is_asked_back(tmp_path) -> None:
    lines = pl.DataFrame({"Customer ID": ["a", "b", "a"], "Order Date": ["2024-01-02", "2024-01-05", "2024-02-01"],
                          "Amount": [10.0, 20.0, 30.0], "Currency": ["EUR", "EUR", "EUR"]})
    one = tmp_path / "eur.csv"
    lines.write_csv(one)
    ds = ia.load_file(one)
    assert _scalar(ds, "Umsatz in Euro") == pytest.approx(60.0)
    other = _json(ds, "Total revenue in dollars")
    assert other["status"] == "clarify" and "EUR" in other["text"] and not other["rows"]

    two = tmp_path / "two.csv"
    lines.with_columns(Currency=pl.Series(["EUR", "USD", "EUR"])).write_csv(two)
    ds2 = ia.load_file(two)
    assert _scalar(ds2, "Total revenue in euros") == pytest.approx(40.0)
    assert _scalar(ds2, "Total revenue in dollars") == pytest.approx(20.0)


def test_the_quantity_column_is_named_by_its_header(cdnow) -> None:
    ds, raw = cdnow
    assert _scalar(ds, "How many CDs did we sell in total?") == pytest.approx(raw["cds"].sum())


def test_future_orders_in_german_with_the_order_verb(cdnow) -> None:
    ds, _raw = cdnow
    data = _json(ds, "Welche Kunden werden in den nächsten 90 Tagen am meisten bestellen? Top 10")
    assert data["status"] == "ok" and "expected_orders" in data["columns"] and len(data["rows"]) == 10


def test_header_abbreviations_and_flags_named_as_what_customers_did() -> None:
    path = _path("foreign", "marketing_campaign.csv")
    raw = pl.read_csv(path, separator="\t")
    ds = ia.load_file(path)
    assert _scalar(ds, "How many customers accepted campaign 1?") == raw["AcceptedCmp1"].sum()
    assert _scalar(ds, "Wie viele Kunden haben sich beschwert?") == raw["Complain"].sum()
    assert _scalar(ds, "share of customers who accepted campaign 3") == pytest.approx(raw["AcceptedCmp3"].mean())


def test_churn_rate_by_a_spelled_out_abbreviated_header() -> None:
    path = _path("foreign", "Churn_Modelling.csv")
    raw = pl.read_csv(path)
    data = _json(ia.load_file(path), "Churn rate by number of products")
    assert data["status"] == "ok", data["text"]
    got = dict(zip((r[0] for r in data["rows"]), (r[-1] for r in data["rows"]), strict=True))
    expected = dict(raw.group_by("NumOfProducts").agg(pl.col("Exited").mean()).iter_rows())
    assert got.keys() == expected.keys()
    assert all(got[k] == pytest.approx(v) for k, v in expected.items())


@pytest.mark.parametrize(("question", "typed"), [("Revenue in Q5 2011", "q5 2011"),
                                                  ("Umsatz am 31.02.2011", "31.02.2011")])
def test_an_impossible_period_is_named_as_typed(question, typed) -> None:
    ds = ia.load_file(_path("online_retail.parquet"))
    data = _json(ds, question)
    assert data["status"] == "clarify" and typed in data["text"].lower() and "impossibledate" not in data["text"]


def test_unknown_words_are_named_as_typed_with_their_compound() -> None:
    ds = ia.load_file(_path("foreign", "Churn_Modelling.csv"))
    data = _json(ds, "Durchschnittliche Monatsgebühr")
    assert data["status"] == "clarify" and "Monatsgebühr" in data["text"]


@pytest.mark.parametrize("question", ["average revenue by country", "Durchschnittsumsatz nach Land",
                                      "What is the average revenue?", "average number of orders by country"])
def test_an_average_of_a_total_without_its_unit_is_asked_back(demo, question) -> None:
    data = ia.ask(question, data=demo).to_json()
    assert data["status"] == "clarify" and not data["rows"] and data["options"]
    follow = ia.ask(data["options"][0], data=demo).to_json()  # the first option is answered as offered
    assert follow["status"] == "ok", follow["text"]


def test_the_average_per_customer_by_country_is_the_mean_of_customers_revenue(demo) -> None:
    data = ia.ask("average revenue per customer by country", data=demo).to_json()
    assert data["status"] == "ok", data["text"]
    got = {r[0]: r[data["columns"].index("revenue")] for r in data["rows"]}
    lines = demo.order_lines.filter(pl.col("customer_id").is_not_null())
    per = (lines.group_by("customer_id", "country").agg(pl.col("amount").sum())
           .group_by("country").agg(pl.col("amount").mean()))
    expected = dict(per.iter_rows())
    assert set(got) <= set(expected)
    assert all(got[k] == pytest.approx(expected[k], abs=0.005) for k in got)  # JSON rounds money to cents


@pytest.mark.parametrize(("question", "table"), [
    ("Do customers who complained churn more?", "complaint_analysis"),
    ("Kundenbindung von Kunden mit Beschwerde vs. ohne", "complaint_analysis"),
    ("satisfaction of churned vs retained customers", "satisfaction_behaviour"),
    ("Zufriedenheit der abgewanderten Kunden", "satisfaction_behaviour"),
    ("complaint rate by customer type", "complaint_analysis"),
])
def test_a_question_naming_an_analysis_and_its_own_column_is_that_analysis(demo, question, table) -> None:
    answer = ia.ask(question, data=demo)
    data = answer.to_json()
    assert data["status"] == "ok", data["text"]
    assert data["plan"]["metrics"] == [table]


@pytest.mark.parametrize("question", ["Which products are bought together with P4005?",
                                      "Welche Artikel werden zusammen mit Zucker-Sticks gekauft?"])
def test_bought_together_with_a_product_named_by_code_or_description(demo, question) -> None:
    data = ia.ask(question, data=demo).to_json()
    assert data["status"] == "ok", data["text"]
    cols = data["columns"]
    first = dict(zip(cols, data["rows"][0], strict=True))
    assert first["product_id"] == "P4005"
    lines = demo.order_lines.filter(pl.col("product_id").is_not_null() & (pl.col("quantity") > 0))  # sales, no returns
    with_it = lines.filter(pl.col("product_id") == "P4005").select("order_id").unique()
    both = (lines.join(with_it, on="order_id").filter(pl.col("product_id") == first["other_product_id"])
            .select("order_id").n_unique())
    assert first["orders"] == both


def test_a_customer_table_by_channel_is_by_the_acquisition_channel(demo) -> None:
    data = ia.ask("acquisition payback by channel", data=demo).to_json()
    assert data["status"] == "ok" and data["columns"][0] == "acquisition_channel", data["text"]
    assert ia.ask("Umsatz nach Kanal", data=demo).to_json()["columns"][0] == "channel"
