"""Other people's data in --data mode: every column kept at its grain and askable, conventions detected.

Expected values come from plain polars on the raw files (tests/foreign/conftest.py), per the files'
README; nothing here is computed through insight's own metrics.
"""

from __future__ import annotations

import json

import polars as pl
import pytest
from typer.testing import CliRunner

import insight.api as ia
from insight.cli import app

runner = CliRunner()
FOREIGN = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign"


def raw_path(name: str):
    path = FOREIGN / name
    if not path.exists():
        pytest.skip(f"{path} is absent (shared data)")
    return path


def ask_json(question: str, path, *extra: str) -> dict:
    result = runner.invoke(app, ["ask", question, "--data", str(path), "--json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def table(answer: dict) -> dict:
    return {row[0]: row[1] for row in answer["rows"]}


# -- B2B orders with a status column, a customer name and no customer id --------------------------------
def test_sales_totals_exclude_cancelled_lines(sales_raw):
    path = raw_path("sales_data_sample.csv")
    expected = sales_raw.filter(pl.col("STATUS") != "Cancelled")["SALES"].sum()
    answer = ask_json("total revenue", path)
    assert answer["status"] == "ok"
    assert answer["rows"][0][0] == pytest.approx(expected, abs=0.01)
    assert any("Cancelled" in note for note in answer["notes"])
    assert "€" not in answer["text"] and "$" not in answer["text"]  # no currency set or found


@pytest.mark.parametrize("question", ["Umsatz nach PRODUCTLINE", "Revenue by product line", "revenue by productline"])
def test_sales_revenue_by_a_line_attribute(sales_raw, question):
    expected = dict(sales_raw.filter(pl.col("STATUS") != "Cancelled").group_by("PRODUCTLINE")
                    .agg(pl.col("SALES").sum()).iter_rows())
    answer = ask_json(question, raw_path("sales_data_sample.csv"))
    assert answer["status"] == "ok" and answer["columns"] == ["productline", "revenue"]
    got = table(answer)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value, abs=0.01)


def test_sales_territory_na_is_a_value_not_a_gap(sales_raw):
    expected = dict(sales_raw.filter(pl.col("STATUS") != "Cancelled").group_by("TERRITORY")
                    .agg(pl.col("SALES").sum()).iter_rows())
    got = table(ask_json("Umsatz nach Territory", raw_path("sales_data_sample.csv"), "--currency", "USD"))
    assert got["NA"] == pytest.approx(expected["NA"], abs=0.01) and set(got) == set(expected)


def test_sales_customers_are_identified_by_name_and_listed_by_it(sales_raw):
    kept = sales_raw.filter(pl.col("STATUS") != "Cancelled")
    top = kept.group_by("CUSTOMERNAME").agg(pl.col("SALES").sum()).sort("SALES", descending=True).head(3)
    answer = ask_json("Top 3 customers by revenue", raw_path("sales_data_sample.csv"))
    assert [r[0] for r in answer["rows"]] == top["CUSTOMERNAME"].to_list()
    assert [r[1] for r in answer["rows"]] == pytest.approx(top["SALES"].to_list(), abs=0.01)
    count = ask_json("How many customers?", raw_path("sales_data_sample.csv"))
    assert count["rows"][0][0] == kept["CUSTOMERNAME"].n_unique()


def test_sales_measure_mean_by_dimension(sales_raw):
    expected = dict(sales_raw.filter(pl.col("STATUS") != "Cancelled").group_by("PRODUCTLINE")
                    .agg(pl.col("MSRP").mean()).iter_rows())
    answer = ask_json("durchschnittlicher MSRP nach PRODUCTLINE", raw_path("sales_data_sample.csv"))
    assert answer["columns"] == ["productline", "mean_msrp"]
    for key, value in table(answer).items():
        assert value == pytest.approx(expected[key])


def test_sales_customer_attribute_from_order_lines(sales_raw):
    kept = sales_raw.filter(pl.col("STATUS") != "Cancelled")
    expected = dict(kept.group_by("COUNTRY").agg(pl.col("CUSTOMERNAME").n_unique()).iter_rows())
    got = table(ask_json("Kunden nach Land", raw_path("sales_data_sample.csv")))
    assert got == expected


def test_sales_conventions_are_detected():
    ds = ia.load_file(raw_path("sales_data_sample.csv"))
    from insight.metrics.conventions import detect

    conv = detect(ds)
    assert not conv.c_prefix and conv.cancelled_lines == 60 and conv.cancelled_values == ("Cancelled",)
    assert conv.profit_source == "default_margin" and conv.currency == ""


def test_c_prefix_applies_only_where_it_fits():
    from insight.metrics.conventions import c_prefix_applies

    online_retail_like = [str(536365 + i) for i in range(40)] + ["C536367", "A563185"]
    assert c_prefix_applies(pl.Series(online_retail_like))
    assert not c_prefix_applies(pl.Series(["CA-2016-152156", "US-2015-108966", "CA-2016-138688"]))
    assert not c_prefix_applies(pl.Series(["ORD-1", "ORD-2", "C123"]))


def test_superstore_like_ids_are_not_cancellations(tmp_path):
    path = tmp_path / "store.csv"
    path.write_text("Order ID,Order Date,Customer ID,Customer Name,Sales,Profit,Region,Category\n"
                    "CA-2016-152156,11/8/2016,CG-12520,Claire Gute,261.96,41.91,South,Furniture\n"
                    "CA-2016-152156,11/8/2016,CG-12520,Claire Gute,731.94,219.58,South,Furniture\n"
                    "US-2015-108966,10/11/2015,SO-20335,Sean O'Donnell,957.58,-383.03,South,Furniture\n"
                    "CA-2014-115812,6/9/2014,BH-11710,Brosina Hoffman,48.86,14.17,West,Office Supplies\n")
    revenue = ask_json("total revenue", path)
    assert revenue["rows"][0][0] == pytest.approx(261.96 + 731.94 + 957.58 + 48.86)
    profit = ask_json("Gewinn nach Region", path)
    assert table(profit) == pytest.approx({"South": 41.91 + 219.58 - 383.03, "West": 14.17})
    assert not any("margin" in n.lower() or "marge" in n.lower() for n in profit["notes"])
    names = ask_json("top 2 customers by revenue", path)
    assert names["columns"][-1] == "name" and names["rows"][0][-1] == "Claire Gute"
    by_category = ask_json("revenue by category", path)
    assert table(by_category) == pytest.approx({"Furniture": 261.96 + 731.94 + 957.58, "Office Supplies": 48.86})


@pytest.mark.parametrize("excel", [False, True])
def test_german_export_of_the_sales_sample(sales_raw, tmp_path, excel, foreign):
    path = foreign.german_sales_export(sales_raw, tmp_path, excel)
    kept = sales_raw.filter(pl.col("STATUS") != "Cancelled")
    total = ask_json("Umsatz insgesamt", path)
    assert total["rows"][0][0] == pytest.approx(kept["SALES"].sum(), abs=0.01)
    by_group = table(ask_json("Umsatz nach Warengruppe", path))
    expected = dict(kept.group_by("PRODUCTLINE").agg(pl.col("SALES").sum()).iter_rows())
    assert by_group == pytest.approx(expected, abs=0.01)
    by_size = table(ask_json("Anzahl Kunden nach Auftragsgröße", path))
    assert by_size == dict(kept.group_by("DEALSIZE").agg(pl.col("CUSTOMERNAME").n_unique()).iter_rows())


# -- a customers table alone ------------------------------------------------------------------------------
def test_churn_rate_by_geography_from_the_exited_flag(churn_raw):
    expected = dict(churn_raw.group_by("Geography").agg(pl.col("Exited").mean()).iter_rows())
    answer = ask_json("churn rate by Geography", raw_path("Churn_Modelling.csv"))
    assert answer["status"] == "ok" and answer["columns"] == ["geography", "churn_rate"]
    assert table(answer) == pytest.approx(expected)


def test_customers_table_alone_counts_measures_and_flags(churn_raw):
    path = raw_path("Churn_Modelling.csv")
    assert ask_json("Wie viele Kunden haben wir?", path)["rows"][0][0] == churn_raw.height
    balance = table(ask_json("mean Balance by Geography", path))
    assert balance == pytest.approx(dict(churn_raw.group_by("Geography").agg(pl.col("Balance").mean()).iter_rows()))
    products = table(ask_json("customers by NumOfProducts", path))
    assert products == dict(churn_raw.group_by("NumOfProducts").len().iter_rows())
    overall = ask_json("churn rate", path)
    assert overall["rows"][0][0] == pytest.approx(churn_raw["Exited"].mean())


def test_order_metrics_on_a_customers_table_say_they_need_order_lines():
    result = runner.invoke(app, ["ask", "total revenue", "--data", str(raw_path("Churn_Modelling.csv")), "--json"])
    answer = json.loads(result.stdout)
    assert answer["status"] in ("error", "clarify") and "order lines" in answer["text"]  # asked back or refused


def test_marketing_flags_and_measures(marketing_raw):
    path = raw_path("marketing_campaign.csv")
    assert ask_json("complaint rate", path)["rows"][0][0] == pytest.approx(marketing_raw["Complain"].mean())
    response = table(ask_json("Response rate by Education", path))
    assert response == pytest.approx(dict(marketing_raw.group_by("Education").agg(pl.col("Response").mean()).iter_rows()))
    income = table(ask_json("mean Income by Marital_Status", path))
    assert income == pytest.approx(dict(marketing_raw.group_by("Marital_Status").agg(pl.col("Income").mean()).iter_rows()))
    wines = ask_json("total MntWines", path)
    assert wines["rows"][0][0] == marketing_raw["MntWines"].sum()


def test_client_columns_are_offered_as_completions():
    from insight.semantic import completions

    words = completions(ia.load_file(raw_path("Churn_Modelling.csv")))
    assert {"Geography", "Balance", "mean Balance", "Durchschnitt Balance", "share Exited"} <= set(words)


def test_a_client_column_named_by_its_own_header_wins_over_a_built_in(tmp_path):
    """docs/ask.md, "A client's own header wins over a built-in it could also name" (was: asked back; the blind
    client evaluations all expected the client's column)."""
    path = tmp_path / "orders.csv"
    path.write_text("Customer ID,Order Date,Sales,Country,Region,Segment\n"
                    "1,2024-01-05,10,Germany,North,Retail\n2,2024-02-05,20,France,South,Retail\n")
    assert table(ask_json("revenue by segment", path)) == {"Retail": 30.0}
    assert table(ask_json("revenue by country", path)) == {"France": 20.0, "Germany": 10.0}
    assert table(ask_json("revenue by region", path)) == {"North": 10.0, "South": 20.0}  # a region is no country


def test_a_region_is_asked_back_where_the_data_has_only_countries(tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text("Customer ID,Order Date,Sales,Country\n1,2024-01-05,10,Germany\n2,2024-02-05,20,France\n")
    answer = ask_json("Umsatz nach Region", path)
    assert answer["status"] == "clarify" and "region" in answer["text"].lower() and "Land" in answer["options"]


def test_date_order_is_detected_and_can_be_overridden(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("Kunde,Datum,Betrag\n1,01/02/2011,10\n2,03/04/2011,20\n")
    detected = ask_json("Umsatz nach Monat", path)
    assert [r[0] for r in detected["rows"]] == ["2011-01", "2011-03"]  # month/day: the US export default
    forced = ask_json("Umsatz nach Monat", path, "--date-order", "dmy")
    assert [r[0] for r in forced["rows"]] == ["2011-02", "2011-04"]
    workspace = tmp_path / "w.db"
    imported = runner.invoke(app, ["import", str(path), "-w", str(workspace), "--date-order", "dmy", "--json"])
    assert imported.exit_code == 0, imported.output
    report = json.loads(imported.stdout)["imports"][0]
    assert report["date_from"] == "2011-02-01"
    bad = runner.invoke(app, ["ask", "Umsatz", "--data", str(path), "--date-order", "xyz"])
    assert bad.exit_code != 0


def test_cancelled_lines_can_be_counted(sales_raw):
    path = raw_path("sales_data_sample.csv")
    assert ask_json("Wie viele stornierte Zeilen?", path)["rows"][0][0] == sales_raw.filter(
        pl.col("STATUS") == "Cancelled").height
    by_line = table(ask_json("Stornos nach PRODUCTLINE", path))
    assert by_line == dict(sales_raw.filter(pl.col("STATUS") == "Cancelled").group_by("PRODUCTLINE").len().iter_rows())


def test_a_value_of_two_columns_is_asked_back():
    answer = ask_json("top 3 customers by revenue in Japan", raw_path("sales_data_sample.csv"))
    assert answer["status"] == "clarify"
    assert set(answer["options"]) == {"country = Japan", "territory = Japan"}


def test_customer_metrics_by_a_line_attribute_count_every_value_bought_under(sales_raw):
    answer = ask_json("churn risk by dealsize", raw_path("sales_data_sample.csv"))
    assert answer["status"] == "ok" and set(table(answer)) == {"Small", "Medium", "Large"}


@pytest.mark.parametrize(("question", "name", "word"), [
    ("Welche Warengruppe hatte 2004 den höchsten Umsatz?", "sales_data_sample.csv", "warengruppe"),
    ("Wie hoch ist die Abwanderungsquote bei Kunden mit Hypothek?", "Churn_Modelling.csv", "hypothek"),
])
def test_an_unknown_word_on_client_data_is_asked_back_not_dropped(question, name, word):
    answer = ask_json(question, raw_path(name))
    assert answer["status"] == "clarify" and word in answer["text"].lower()


def test_cancelled_orders_are_not_all_orders(sales_raw):
    """"Wie viele Bestellungen wurden storniert?": the cancelled orders (their lines beside), never all 303 orders."""
    answer = ask_json("Wie viele Bestellungen wurden storniert?", raw_path("sales_data_sample.csv"))
    cancelled = sales_raw.filter(pl.col("STATUS") == "Cancelled")
    assert answer["columns"] == ["cancelled_orders", "cancelled_lines"]
    assert answer["rows"] == [[cancelled.get_column("ORDERNUMBER").n_unique(), cancelled.height]]
