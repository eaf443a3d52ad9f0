"""fix_r12 readings (docs/ask.md, rules `period_change`, `growth_of_revenue`, `pareto_customers`): a percent beside a
comparison asks for the change, growth without a figure is revenue growth, the Pareto question is ABC class A,
"Top-20-%-Kunden" is the top 20 % of customers, "Together" as a value is no sum, a month "with the most …" is one
month, a funnel asked per stage is the whole funnel. Expected values by plain polars on the raw files."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

DATA = Path("/work/shared/data")


@pytest.fixture(scope="module")
def oretail():
    return ia.load_file(DATA / "online_retail.parquet")


@pytest.fixture(scope="module")
def raw():
    """Online Retail lines with their amount; orders = invoices without the C prefix summing to > 0."""
    df = pl.read_parquet(DATA / "online_retail.parquet")
    cols = {c.lower().replace(" ", ""): c for c in df.columns}
    df = df.rename({cols["customerid"]: "cid", cols["invoicedate"]: "ts", cols["invoiceno"]: "inv"})
    df = df.with_columns(amt=pl.col(cols["quantity"]) * pl.col(cols["unitprice"]), ts=pl.col("ts").cast(pl.Datetime))
    positive = (df.filter(~pl.col("inv").cast(pl.String).str.starts_with("C")).group_by("inv")
                .agg(pl.col("amt").sum()).filter(pl.col("amt") > 0).get_column("inv"))
    return df.with_columns(is_order=pl.col("inv").is_in(positive.implode()))


def _ask(ds, *questions):
    s = ia.session(ds)
    out = None
    for q in questions:
        out = s.ask(q).to_json()
    return out


def _col(ans, name):
    return ans["rows"][0][ans["columns"].index(name)]


def _rev(df, start, end):
    return df.filter((pl.col("ts") >= start) & (pl.col("ts") < end)).get_column("amt").sum()


def test_percent_beside_a_comparison_is_the_change(oretail, raw):
    import datetime as dt

    q3 = _rev(raw, dt.datetime(2011, 7, 1), dt.datetime(2011, 10, 1))
    q2 = _rev(raw, dt.datetime(2011, 4, 1), dt.datetime(2011, 7, 1))
    ans = _ask(oretail, "revenue Q3 2011 vs Q2 2011 in percent")
    assert ans["status"] == "ok"
    assert _col(ans, "growth") == pytest.approx((q3 - q2) / abs(q2), rel=1e-6)


def test_a_share_in_percent_stays_a_share(oretail):
    ans = _ask(oretail, "revenue share Q3 2011 vs Q2 2011 in percent")
    assert "growth" not in ans["columns"]


def test_development_from_one_year_to_the_next_and_growth_alone(oretail, raw):
    import datetime as dt

    fr = raw.filter(pl.col("Country") == "France")
    a, b = (_rev(fr, dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1)) for y in (2011, 2010))
    ans = _ask(oretail, "How did French revenue develop from 2010 to 2011 in percent?")
    assert _col(ans, "growth") == pytest.approx((a - b) / abs(b), rel=1e-6)
    ans = _ask(oretail, "Wachstum Frankreich 2011 zum Vorjahr")
    assert _col(ans, "growth") == pytest.approx((a - b) / abs(b), rel=1e-6)


def test_same_for_another_quarter_keeps_the_change(oretail, raw):
    import datetime as dt

    a = _rev(raw, dt.datetime(2011, 4, 1), dt.datetime(2011, 7, 1))
    b = _rev(raw, dt.datetime(2011, 1, 1), dt.datetime(2011, 4, 1))
    ans = _ask(oretail, "revenue growth Q3 2011 vs Q2 2011", "same for Q2")  # Q2 vs Q1: one quarter back again
    assert _col(ans, "growth") == pytest.approx((a - b) / abs(b), rel=1e-6)


def test_month_with_the_most_customers_is_one_month(oretail, raw):
    per = (raw.filter(pl.col("cid").is_not_null() & pl.col("is_order") & (pl.col("ts").dt.year() == 2011))
           .group_by(pl.col("ts").dt.strftime("%Y-%m").alias("m")).agg(pl.col("cid").n_unique().alias("n"))
           .sort("n", descending=True))
    ans = _ask(oretail, "month with the most customers in 2011")
    assert ans["rows"][0][0] == per["m"][0]
    assert len(ans["rows"]) == 1


def _customer_revenue(raw):
    att = raw.filter(pl.col("cid").is_not_null())
    return (att.group_by("cid").agg(rev=pl.col("amt").sum(), o=pl.col("is_order").any()).filter("o")
            .sort(["rev", "cid"], descending=[True, False])), att.get_column("amt").sum()


def test_top_percent_compound_is_the_top_share(oretail, raw):
    per, attributed = _customer_revenue(raw)
    k = math.ceil(per.height * 0.2)
    ans = _ask(oretail, "Umsatzanteil der Top-20-%-Kunden")
    assert _col(ans, "revenue_share") == pytest.approx(per["rev"].head(k).sum() / attributed, rel=1e-6)


def test_pareto_count_and_share_are_abc_class_a(oretail, raw):
    per, _ = _customer_revenue(raw)
    cum = (per["rev"].cum_sum() / per["rev"].sum()).to_list()
    a = next(i for i, c in enumerate(cum) if c >= 0.8) + 1  # the customer crossing 80 % is A
    ans = _ask(oretail, "Wie viele Kunden machen 80 % des Umsatzes?")
    assert ans["rows"][0][0] == a
    ans = _ask(oretail, "what percentage of customers generate 80% of revenue?")
    assert ans["rows"][0][0] == pytest.approx(a / per.height, rel=1e-6)
    assert _ask(oretail, "how many customers make 50 % of revenue")["status"] == "clarify"


def test_together_as_a_marital_status_is_no_sum():
    ds = ia.load_file(DATA / "foreign" / "marketing_campaign.csv")
    mk = pl.read_csv(DATA / "foreign" / "marketing_campaign.csv", separator="\t")
    want = dict(mk.filter(pl.col("Marital_Status").is_in(["Together", "Married"])).group_by("Marital_Status")
                .agg(pl.col("Income").median()).iter_rows())
    ans = _ask(ds, "median income by marital status Together vs Married")
    assert {r[0]: r[1] for r in ans["rows"]} == pytest.approx(want)


def test_funnel_per_stage_is_the_whole_funnel():
    ans = _ask(ia.demo_dataset(), "Trichter: wie viele Kontakte stehen in welcher Stufe?")
    assert ans["status"] == "ok" and len(ans["rows"]) > 1


def test_last_quarter_of_a_named_year_and_polite_words(oretail, raw):
    import datetime as dt

    q4 = raw.filter(pl.col("is_order") & (pl.col("ts") >= dt.datetime(2011, 10, 1)) & (pl.col("ts") < dt.datetime(2012, 1, 1)))
    want = q4.get_column("inv").n_unique()
    for q in ("Könnten Sie mir bitte verraten, wie viele Bestellungen wir im letzten Quartal 2011 hatten?",
              "I would be grateful if you could tell me the number of orders in the last quarter of 2011."):
        ans = _ask(oretail, q)
        assert ans["status"] == "ok", q
        assert ans["rows"][0][-1] == want, q
