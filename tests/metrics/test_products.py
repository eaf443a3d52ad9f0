"""Products (issue 14 item 9): descriptions beside codes and products bought together — by hand on a tiny
shop, against plain polars on Online Retail II, on the demo, and through Ask in German and English."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import insight.api as ia
from insight.dataset import Dataset
from insight.metrics.basket import MAX_ITEMS
from insight.metrics.products import bought_together, product_descriptions, with_descriptions


def shop() -> Dataset:
    # orders: o1 {A, B, C}, o2 {A, B}, o3 {A}, o4 {B, C}, o5 = a return of A (not an order)
    rows = [("o1", "k1", "A", 1.0, "Apple"), ("o1", "k1", "B", 1.0, "Bread"), ("o1", "k1", "C", 1.0, "Cheese"),
            ("o2", "k2", "A", 2.0, "apple (old)"), ("o2", "k2", "B", 1.0, "Bread"), ("o2", "k2", "B", 3.0, "Bread"),
            ("o3", "k1", "A", 1.0, "Apple"), ("o4", "k3", "B", 1.0, "Bread"), ("o4", "k3", "C", 1.0, "Cheese"),
            ("o5", "k3", "A", -1.0, "Apple")]
    lines = pl.DataFrame(rows, schema=["order_id", "customer_id", "product_id", "quantity", "description"],
                         orient="row").with_columns(
        order_date=pl.datetime(2024, 3, 1), unit_price=pl.lit(2.0))
    return Dataset(order_lines=lines).with_as_of(dt.date(2024, 12, 31))


def test_pairs_by_hand():
    frame = bought_together(shop(), top=None)
    got = {(r["product_id"], r["other_product_id"]): r for r in frame.iter_rows(named=True)}
    assert set(got) == {("A", "B"), ("B", "C"), ("A", "C")}
    ab, bc, ac = got[("A", "B")], got[("B", "C")], got[("A", "C")]
    # 4 orders; A in 3, B in 3, C in 2
    assert (ab["orders"], ab["support"], ab["confidence"], ab["reverse_confidence"]) == (2, 0.5, 2 / 3, 2 / 3)
    assert ab["lift"] == pytest.approx(0.5 / (0.75 * 0.75))
    assert (bc["orders"], bc["confidence"], bc["reverse_confidence"]) == (2, 2 / 3, 1.0)
    assert bc["lift"] == pytest.approx(0.5 / (0.75 * 0.5))
    assert ac["orders"] == 1 and ac["lift"] == pytest.approx(0.25 / (0.75 * 0.5))
    assert frame["product_id"].to_list()[:2] == ["B", "A"]  # 2 orders each: the higher lift first
    assert frame.columns == ["product_id", "description", "other_product_id", "other_description", "orders",
                             "support", "confidence", "reverse_confidence", "lift"]
    assert got[("A", "B")]["description"] == "Apple"  # the most frequent description of the code


def test_product_filter_and_min_support():
    ds = shop()
    with_c = bought_together(ds, product="C", top=None)
    assert with_c["product_id"].to_list() == ["C", "C"] and with_c["other_product_id"].to_list() == ["B", "A"]
    assert with_c["confidence"].to_list() == [1.0, 0.5]  # of the 2 orders with C: B in both, A in one
    assert bought_together(ds, min_support=0.3, top=None).height == 2
    assert bought_together(ds, top=1).height == 1


def test_descriptions_follow_the_code():
    ds = shop()
    assert dict(product_descriptions(ds).iter_rows()) == {"A": "Apple", "B": "Bread", "C": "Cheese"}
    frame = with_descriptions(pl.DataFrame({"product_id": ["C", "Z"], "revenue": [1.0, 2.0]}), ds)
    assert frame.columns == ["product_id", "description", "revenue"]
    assert frame["description"].to_list() == ["Cheese", None]


# -- Online Retail II against plain polars ---------------------------------------------------------------
def _plain_pairs(raw: pl.DataFrame) -> pl.DataFrame:
    lines = raw.with_columns(ret=(pl.col("Quantity") < 0) | pl.col("Invoice").str.starts_with("C"),
                             amt=pl.col("Quantity") * pl.col("Price"))
    real = (lines.filter(~pl.col("ret")).group_by("Invoice").agg(pl.col("amt").sum())
            .filter(pl.col("amt") > 0).select("Invoice"))
    items = (lines.filter(~pl.col("ret") & pl.col("StockCode").is_not_null()).join(real, on="Invoice")
             .select("Invoice", code=pl.col("StockCode").str.strip_chars()).unique())
    size = items.group_by("Invoice").agg(n=pl.len()).filter(pl.col("n") <= MAX_ITEMS)
    items = items.join(size.select("Invoice"), on="Invoice")
    total = items["Invoice"].n_unique()
    counts = items.group_by("code").agg(n=pl.len())
    pairs = (items.join(items, on="Invoice").filter(pl.col("code") < pl.col("code_right"))
             .group_by("code", "code_right").agg(orders=pl.len())
             .join(counts, on="code").join(counts.rename({"code": "code_right", "n": "n_right"}), on="code_right"))
    return pairs.with_columns(lift=pl.col("orders") * total / (pl.col("n") * pl.col("n_right")),
                              confidence=pl.col("orders") / pl.col("n"), support=pl.col("orders") / total)


def test_retail_pairs_match_plain_polars(retail_ds, data):
    raw = pl.read_parquet(data.RETAIL_II)
    plain = _plain_pairs(raw).sort(["orders", "lift"], descending=True).head(20)
    got = bought_together(retail_ds, top=20)
    assert got["orders"].to_list() == plain["orders"].to_list()
    assert list(zip(got["product_id"], got["other_product_id"])) == list(zip(plain["code"], plain["code_right"]))
    assert got["lift"].to_list() == pytest.approx(plain["lift"].to_list())
    assert got["support"].to_list() == pytest.approx(plain["support"].to_list())
    assert got["confidence"].to_list() == pytest.approx(plain["confidence"].to_list())
    modes = (raw.filter(pl.col("Description").is_not_null())
             .group_by("StockCode", "Description").agg(n=pl.len())
             .sort(["StockCode", "n", "Description"], descending=[False, True, False])
             .group_by("StockCode", maintain_order=True).first())
    mode = dict(zip(modes["StockCode"], modes["Description"].str.strip_chars()))
    assert got["description"].to_list() == [mode[c] for c in got["product_id"]]


@pytest.mark.parametrize("question", ["Umsatz nach Artikel Top 10", "Top 10 products by revenue"])
def test_ask_shows_descriptions_beside_codes(retail_ds, question):
    answer = ia.ask(question, data=retail_ds)
    assert answer.status == "ok"
    table = answer.table
    assert table.columns[:3] == ["product_id", "description", "revenue"] and table.height == 10
    descriptions = dict(product_descriptions(retail_ds).iter_rows())
    assert table["description"].to_list() == [descriptions[c] for c in table["product_id"]]
    assert table.row(0, named=True)["description"] == "REGENCY CAKESTAND 3 TIER"


@pytest.mark.parametrize("question", ["Welche Artikel werden zusammen gekauft?", "Warenkorbanalyse",
                                      "Which products are bought together?", "Show the cross-selling pairs"])
def test_ask_bought_together(retail_ds, question):
    answer = ia.ask(question, data=retail_ds)
    assert answer.status == "ok" and answer.plan["metrics"] == ["bought_together"]
    expected = bought_together(retail_ds, top=20)
    assert answer.table["orders"].to_list() == expected["orders"].to_list()
    assert str(expected["orders"][0]) in answer.text


@pytest.mark.parametrize("question", ["Was wird zusammen mit Artikel 85123A gekauft?",
                                      "What is bought together with product 85123A?"])
def test_ask_bought_together_with_one_product(retail_ds, question):
    answer = ia.ask(question, data=retail_ds)
    assert answer.status == "ok"
    table = answer.table
    assert set(table["product_id"]) == {"85123A"} and table.height > 0
    expected = bought_together(retail_ds, product="85123A", top=20)
    assert table["other_product_id"].to_list() == expected["other_product_id"].to_list()
    assert table.row(0, named=True)["other_product_id"] == "21733"  # the red twin of the white T-light holder


def test_demo_descriptions_and_pairs(demo_ds):
    pairs = ia.bought_together(demo_ds, top=5)
    assert pairs.height == 5 and pairs["description"].null_count() == 0
    assert (pairs["support"] > 0).all() and (pairs["lift"] > 0).all()
    answer = ia.ask("Umsatz nach Artikel Top 5", data=demo_ds)
    assert answer.status == "ok" and answer.table.columns[:2] == ["product_id", "description"]


@pytest.mark.parametrize("question, phrase", [("Zeig die Warenkorbanalyse", "Lift unter 1"),
                                              ("Show the cross-selling pairs", "Lift below 1")])
def test_ask_names_a_real_link_when_the_most_frequent_pair_is_not_one(demo_ds, question, phrase):
    pairs = bought_together(demo_ds, top=20)
    answer = ia.ask(question, data=demo_ds)
    assert answer.status == "ok" and answer.table["orders"].to_list() == pairs["orders"].to_list()
    if pairs["lift"][0] < 1:  # the demo's two coffees: popular, but less often together than by chance
        assert phrase in answer.text
        linked = pairs.filter(pl.col("lift") > 1).row(0, named=True)
        assert f"({linked['other_product_id']})" in answer.text
