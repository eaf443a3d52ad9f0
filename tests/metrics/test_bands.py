"""Tenure and age bands: the band limits, value by band by hand and against plain polars on the demo, and
the bands as dimensions of Ask ("Umsatz nach Kundenalter-Band", "revenue by age band")."""

import polars as pl
import pytest

import insight.api as ia
from insight.errors import MissingDataError
from insight.analyses.bands import value_by_band
from insight.metrics.bands import AGE_BANDS, TENURE_BANDS, age_band, band_frame, tenure_band


@pytest.fixture(scope="module")
def shop():
    from insight_tests_shared_data import analysis_shop

    return analysis_shop()


def test_band_limits_are_inclusive_below():
    months = pl.DataFrame({"tenure_months": [0.0, 2.99, 3.0, 11.99, 12.0, 23.99, 24.0, None]})
    assert months.select(tenure_band())["tenure_band"].to_list() == [
        "< 3 months", "< 3 months", "3–12 months", "3–12 months", "1–2 years", "1–2 years", "> 2 years", None]
    ages = pl.DataFrame({"age": [17, 18, 29, 30, 59, 69, 70, 95, None]})
    assert ages.select(age_band())["age_band"].to_list() == [
        "< 18", "18–29", "18–29", "30–39", "50–59", "60–69", "70+", "70+", None]


def test_bands_of_the_shop_by_hand(shop):
    tenure = dict(band_frame(shop, "tenure_band").iter_rows())
    # a 15.05 months, b 8.05, c 0, d 1.02, e 25.49, h 0
    assert tenure == {"a": "1–2 years", "b": "3–12 months", "c": "< 3 months", "d": "< 3 months",
                      "e": "> 2 years", "h": "< 3 months"}
    assert dict(band_frame(shop, "age_band").iter_rows()) == {"a": "18–29", "b": "30–39", "c": "70+", "d": None,
                                                              "e": "< 18", "h": "40–49"}


def test_value_by_tenure_band_by_hand(shop):
    table = value_by_band(shop)
    assert table["tenure_band"].to_list() == list(TENURE_BANDS)  # natural order, not alphabetical
    rows = {r["tenure_band"]: r for r in table.iter_rows(named=True)}
    assert (rows["< 3 months"]["customers"], rows["< 3 months"]["revenue"]) == (3, 880.0)  # c 200, d 600, h 80
    assert rows["< 3 months"]["retention_rate"] == 0.0  # c, d, h all lost in 2024
    assert (rows["> 2 years"]["revenue"], rows["> 2 years"]["retention_customers"]) == (20.0, 0)
    assert rows["1–2 years"]["mean_customer_capital"] == 300.0
    assert table["customer_share"].sum() == pytest.approx(1.0)


def test_age_bands_need_ages(data):
    with pytest.raises(MissingDataError, match="'age'"):
        band_frame(data.tiny_dataset(), "age_band")


def test_value_by_band_matches_plain_polars_on_the_demo(demo_ds):
    table = value_by_band(demo_ds, "age_band")
    assert table["age_band"].drop_nulls().to_list() == [b for b in AGE_BANDS if b != "< 18"]
    lines = demo_ds.order_lines.filter(pl.col("customer_id").is_not_null())
    revenue = lines.group_by("customer_id").agg(revenue=pl.col("amount").sum())
    ages = demo_ds.customers.select("customer_id", "age").join(revenue, on="customer_id")
    expected = ages.filter(pl.col("age").is_between(30, 39)).select(n=pl.len(), r=pl.col("revenue").sum()).row(0)
    row = table.filter(pl.col("age_band") == "30–39").row(0, named=True)
    assert row["customers"] == expected[0] and row["revenue"] == pytest.approx(expected[1], abs=0.01)


def test_demo_long_standing_customers_are_worth_more(demo_ds):
    rows = {r["tenure_band"]: r for r in value_by_band(demo_ds).iter_rows(named=True)}
    means = [rows[b]["mean_revenue"] for b in TENURE_BANDS]
    assert means == sorted(means)
    assert rows["> 2 years"]["mean_churn_risk"] < rows["< 3 months"]["mean_churn_risk"]


@pytest.mark.parametrize("question, band", [("Umsatz nach Kundenalter-Band", "tenure_band"),
                                            ("revenue by tenure band", "tenure_band"),
                                            ("Umsatz nach Altersgruppe", "age_band"),
                                            ("customers by age band", "age_band")])
def test_ask_groups_by_the_bands(shop, question, band):
    answer = ia.ask(question, data=shop)
    assert answer.status == "ok", answer.text
    assert answer.table.columns[0] == band
    metric = answer.table.columns[1]
    # customers without a band (no age) are left aside: the engine lists a null group twice for customer
    # counts, as it does for any attribute with missing values ("customers by industry")
    got = dict(answer.table.drop_nulls(band).select(band, metric).iter_rows())
    frame = band_frame(shop, band).drop_nulls(band)
    if metric == "revenue":
        revenue = {"a": 300.0, "b": 100.0, "c": 200.0, "d": 600.0, "e": 20.0, "h": 80.0}
        expected = frame.with_columns(v=pl.col("customer_id").replace_strict(revenue)).group_by(band).agg(
            pl.col("v").sum())
    else:
        expected = frame.group_by(band).agg(v=pl.len())
    assert got == pytest.approx(dict(expected.iter_rows()))


def test_german_labels_of_the_bands(shop):
    answer = ia.ask("Umsatz nach Kundenalter-Band", data=shop)
    assert "1–2 Jahre" in answer.text and "< 3 Monate" in answer.text
