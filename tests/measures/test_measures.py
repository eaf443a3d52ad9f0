"""`insight measures` core: the catalogue as data, the rule chain, and the per-segment figures against plain
polars on the demo data (every table) and on Online Retail II (orders only)."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from insight.errors import UsageError
from insight.measures import METHODS, load_catalogue, measures
from insight.measures.catalogue import STAKES

OPS = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b}


def _revenue(ds) -> pl.DataFrame:
    """Net revenue per attributed customer, written out: amount or quantity × price, returns negative."""
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    is_return = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0) | \
        pl.col("order_id").cast(pl.String).fill_null("").str.starts_with("C")
    return (ds.order_lines.filter(pl.col("customer_id").is_not_null()
                                  & (pl.col("order_date") < dt.datetime.combine(ds.as_of, dt.time())))
            .group_by("customer_id")
            .agg(revenue=pl.when(is_return).then(-raw.abs()).otherwise(raw).sum()))


def _revenue_12m(ds) -> pl.DataFrame:
    start = dt.datetime(ds.as_of.year - 1, ds.as_of.month, ds.as_of.day)
    return _revenue(type(ds)(order_lines=ds.order_lines.filter(pl.col("order_date") >= start))
                    .with_as_of(ds.as_of)).rename({"revenue": "revenue_12m"})


def _expected(ds, method: str) -> pl.DataFrame:
    """Per segment in plain polars from the per-customer inputs (segment, CLV model, customer table)."""
    from insight.api import clv, customers, segments

    model = clv(ds).select("customer_id", "clv", "churn_risk")
    table = customers(ds)
    people = (table.select("customer_id", "customer_capital", "profit")
              .join(model, on="customer_id").join(_revenue(ds), on="customer_id", how="left")
              .join(_revenue_12m(ds), on="customer_id", how="left"))
    if method == "value-risk":
        high = (pl.col("customer_capital") + pl.col("clv")) >= (pl.col("customer_capital") + pl.col("clv")).median()
        risk = pl.col("churn_risk") >= 0.5
        people = people.with_columns(segment=pl.when(high & risk).then(pl.lit("Valuable, at risk"))
                                     .when(high).then(pl.lit("Valuable, safe"))
                                     .when(risk).then(pl.lit("Low value, lapsing"))
                                     .otherwise(pl.lit("Low value, active")))
    else:
        people = people.join(segments(method, ds).select("customer_id", "segment"), on="customer_id")
    at_risk = pl.col("churn_risk") >= 0.5
    return (people.group_by("segment").agg(
        customers=pl.len(), revenue=pl.col("revenue").sum(), customer_capital=pl.col("customer_capital").sum(),
        clv=pl.col("clv").sum(), mean_churn_risk=pl.col("churn_risk").mean(),
        value_at_risk=pl.col("revenue_12m").fill_null(0).filter(at_risk).sum(),
        customers_at_risk=at_risk.sum(), unprofitable=(pl.col("profit") < -0.005).sum(),
        loss=(-pl.col("profit")).filter(pl.col("profit") < -0.005).sum(),
    ).with_columns(revenue_share=pl.col("revenue") / pl.col("revenue").sum()).sort("segment"))


def _check_rules(result) -> None:
    """Each row's measure is the first catalogue entry whose conditions all hold, its money as its stake says."""
    mean_clv = result.customers.get_column("clv").mean()
    for row in result.table.iter_rows(named=True):
        first = next(m for m in result.catalogue.measures
                     if all(row[n] is not None and OPS[op](row[n], v) for n, op, v in m.when))
        assert row["measure"] == first.key, row["segment"]
        expected = {"clv": row["clv"], "value_at_risk": row["value_at_risk"], "loss": row["loss"],
                    "uplift": row["customers"] * max(mean_clv - row["mean_clv"], 0.0),
                    "cost_to_serve": row.get("cost_to_serve")}[first.stake]
        assert row["money_at_stake"] == pytest.approx(expected, abs=0.01) if expected is not None \
            else row["money_at_stake"] is None


def test_the_catalogue_is_data_with_both_languages_and_a_fallback() -> None:
    cat = load_catalogue()
    keys = [m.key for m in cat.measures]
    assert keys[:3] == ["reprice_or_let_go", "win_back", "bind_and_reward"] and keys[-1] == "serve_cheaply"
    assert not cat.measures[-1].when  # the last entry catches every segment
    assert all(m.stake in STAKES and m.label["de"] and m.action["de"] and m.source for m in cat.measures)
    assert cat.measures[1].rule("de") == "value_index ≥ 1 und mean_churn_risk ≥ 0,5"


def test_a_broken_catalogue_is_one_usage_error_naming_the_entry(tmp_path) -> None:
    path = tmp_path / "cat.json"
    path.write_text(json.dumps({"measures": [{"key": "x", "label": {"en": "X"}, "action": {"en": "x"},
                                              "when": [["vibes", ">=", 1]], "stake": "clv"}]}))
    with pytest.raises(UsageError, match="entry 1"):
        load_catalogue(path)


def test_the_first_matching_rule_wins() -> None:
    cat = load_catalogue()
    frame = pl.DataFrame({"value_index": [2.0, 2.0, 0.1, 0.7, 0.1, None],
                          "mean_churn_risk": [0.8, 0.1, 0.9, 0.1, 0.1, 0.1],
                          "unprofitable_share": [0.0, 0.0, 0.0, 0.0, 0.9, 0.0]})
    got = frame.select(cat.choose("measure")).get_column("measure").to_list()
    assert got == ["win_back", "bind_and_reward", "reactivate_cheaply", "develop", "reprice_or_let_go",
                   "serve_cheaply"]


@pytest.mark.parametrize("method", METHODS)
def test_demo_measures_match_plain_polars(demo_ds, method) -> None:
    result = measures(demo_ds, method, "de")
    got = result.table.sort("segment")
    want = _expected(demo_ds, method)
    assert got.get_column("segment").to_list() == want.get_column("segment").to_list()
    for column in ("customers", "customers_at_risk", "unprofitable"):
        assert got.get_column(column).to_list() == want.get_column(column).cast(pl.Int64).to_list(), column
    for column in ("revenue", "revenue_share", "customer_capital", "clv", "mean_churn_risk", "value_at_risk",
                   "loss"):
        assert got.get_column(column).to_list() == pytest.approx(want.get_column(column).to_list(), abs=0.01), column
    assert {"cost_to_serve", "acquisition_cost", "payback_gap", "redemption_rate"} <= set(result.table.columns)
    _check_rules(result)
    assert result.table.get_column("segment_label").to_list() == result.table.get_column("segment").replace_strict(
        dict(zip(result.customers["segment"], result.customers["segment_label"]))).to_list()


def test_demo_costs_and_payback_add_up_to_the_existing_functions(demo_ds) -> None:
    from insight.metrics.customer_table import customer_table
    from insight.metrics.payback import payback_by_channel, unprofitable_summary

    table = measures(demo_ds, "portfolio").table
    total = payback_by_channel(demo_ds, None).row(0, named=True)
    assert table["acquisition_cost"].sum() == pytest.approx(total["acquisition_cost"], abs=0.01)
    assert table["payback_gap"].sum() == pytest.approx(total["payback_gap"], abs=0.01)
    assert table["cost_to_serve"].sum() == pytest.approx(customer_table(demo_ds)["cost_to_serve"].sum(), abs=0.01)
    loss = unprofitable_summary(demo_ds).row(0, named=True)
    assert table["unprofitable"].sum() == loss["unprofitable"]
    assert table["loss"].sum() == pytest.approx(loss["loss"], abs=0.01)
    # the spending ceiling is the mean CLV minus the mean cost to serve, not below 0
    people = measures(demo_ds, "portfolio").customers
    stars = people.filter(pl.col("segment") == "Stars")
    ceiling = max(stars["clv"].mean() - stars["cost_to_serve"].fill_null(0).mean(), 0.0)
    assert table.filter(pl.col("segment") == "Stars")["spending_ceiling"].item() == pytest.approx(ceiling)


def test_redemption_rate_per_segment_follows_the_overall_rule(demo_ds) -> None:
    from insight.metrics.loyalty import redemption_rate

    result = measures(demo_ds, "abc")
    coupons = (demo_ds.coupons.filter(pl.col("issued_at") < demo_ds.as_of)
               .join(result.customers.select("customer_id", "segment"), on="customer_id"))
    issued = coupons.group_by("segment").agg(n=pl.col("coupon_id").n_unique(),
                                             r=pl.col("coupon_id").filter(pl.col("redeemed_at") < demo_ds.as_of)
                                             .n_unique()).sort("segment")
    got = result.table.sort("segment")["redemption_rate"].to_list()
    assert got == pytest.approx((issued["r"] / issued["n"]).to_list())
    overall = redemption_rate(demo_ds).row(0, named=True)
    assert issued["r"].sum() / issued["n"].sum() == pytest.approx(overall["redemption_rate"], abs=0.02)


@pytest.mark.slow
def test_online_retail_measures_match_plain_polars_and_name_what_is_missing(retail_ds) -> None:
    from insight.analyses.value_at_risk import value_at_risk

    result = measures(retail_ds, "rfm", "en")
    got = result.table.sort("segment")
    want = _expected(retail_ds, "rfm")
    assert got["customers"].to_list() == want["customers"].cast(pl.Int64).to_list()
    for column in ("revenue", "customer_capital", "clv", "value_at_risk"):
        assert got[column].to_list() == pytest.approx(want[column].to_list(), rel=1e-9, abs=0.01), column
    assert got["value_at_risk"].sum() == pytest.approx(value_at_risk(retail_ds)["value_at_risk"].item(), abs=0.01)
    assert not {"cost_to_serve", "acquisition_cost", "payback_gap", "redemption_rate"} & set(got.columns)
    assert any("cost_to_serve" in n for n in result.notes) and any("margin" in n for n in result.notes)
    _check_rules(result)


def test_an_unknown_method_is_a_usage_error(tiny_ds) -> None:
    with pytest.raises(UsageError, match="value-risk"):
        measures(tiny_ds, "vibes")


def test_a_consultants_catalogue_replaces_the_built_in_one(demo_ds, tmp_path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"measures": [
        {"key": "call", "label": {"en": "Call them", "de": "Anrufen"}, "action": {"en": "Call."},
         "when": [["revenue_share", ">", 0.5]], "stake": "clv"},
        {"key": "mail", "label": {"en": "Mail them"}, "action": {"en": "Mail."}, "when": [], "stake": "loss"}]}),
        encoding="utf-8")
    result = measures(demo_ds, "abc", "de", path)
    assert result.table.select("segment", "measure", "measure_label").rows() == [
        ("A", "call", "Anrufen"), ("B", "mail", "Mail them"), ("C", "mail", "Mail them")]
    assert result.to_json()["catalogue"] == str(path)
    _check_rules(result)


def test_products_bought_together_are_counted_per_segment_in_plain_orders() -> None:
    from insight.metrics.basket import pairs_by_segment

    lines = pl.LazyFrame({
        "customer_id": ["a", "a", "a", "a", "b", "b", "c", "c"],
        "order_key": ["1", "1", "1", "2", "3", "3", "4", "4"],
        "product_id": ["x", "y", "z", "x", "x", "y", "x", "y"],
        "description": ["Tea", "Cup", "Pot", "Tea", "Tea", "Cup", "Tea", "Cup"],
        "is_order": [True] * 8, "is_return": [False] * 7 + [True],
    })
    segments = pl.DataFrame({"customer_id": ["a", "b", "c"], "segment": ["S", "S", "T"]})
    got = pairs_by_segment(lines, segments)
    # S: orders 1 (Tea, Cup, Pot) and 3 (Tea, Cup); order 2 has one product; c's Cup line is a return
    assert got.rows() == [("S", "Cup + Tea (2); Cup + Pot (1); Pot + Tea (1)")]


def test_develop_segments_carry_their_products_bought_together(demo_ds) -> None:
    table = measures(demo_ds, "rfm").table
    develop = table.filter(pl.col("measure") == "develop")
    assert develop.height and develop["bought_together"].is_not_null().all()
    assert table.filter(pl.col("measure") != "develop")["bought_together"].is_null().all()
