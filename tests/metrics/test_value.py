"""LTV formula, value by acquisition channel and the KPI header, by hand and on the demo data."""

import datetime as dt

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.metrics.value import kpis, ltv_by_channel, ltv_formula

M = 30.4375


def test_ltv_formula_by_hand(tiny_ds):
    # aov c1..c6: 500/3, 150, 100, 1000, 20, 40; tenure days 345, 0, 366, 0, 318, 0
    s = (500 / 3 + 150 + 100 + 1000 + 20 + 40) / 6
    c = (3 / (345 / M) + 2 / (366 / M) + 4 / (318 / M)) / 3  # only customers with tenure > 0
    t = (345 + 366 + 318) / 6 / M
    row = ltv_formula(tiny_ds).row(0, named=True)
    assert row["customers"] == 6
    assert (row["S"], row["C"], row["P"], row["t"]) == (pytest.approx(s), pytest.approx(c), 1.0, pytest.approx(t))
    assert row["ltv"] == pytest.approx(s * c * 1.0 * t)


def test_ltv_formula_by_group_and_margin(data):
    from insight.dataset import Dataset
    from insight.settings import Settings

    customers = pl.DataFrame({"customer_id": ["c1", "c2", "c3"], "kind": ["b2b", "b2b", "b2c"]})
    ds = Dataset(order_lines=data.tiny_lines(), customers=customers, settings=Settings(default_margin=0.4))
    table = ltv_formula(ds, by="kind")
    assert table["kind"].to_list() == ["b2b", "b2c", None]
    b2b = table.row(0, named=True)
    assert b2b["customers"] == 2
    assert b2b["S"] == pytest.approx((500 / 3 + 150) / 2)
    assert b2b["C"] == pytest.approx(3 / (345 / M))
    assert b2b["P"] == pytest.approx(0.4)
    assert b2b["t"] == pytest.approx(345 / 2 / M)
    by_abc = ltv_formula(ds, by="abc_class")
    assert by_abc["abc_class"].to_list() == ["A", "B", "C"]
    assert by_abc["customers"].to_list() == [3, 2, 1]
    with pytest.raises(MissingDataError, match="'industry'"):
        ltv_formula(ds, by="industry")


def test_kpis_by_hand(tiny_ds):
    values = kpis(tiny_ds)
    # all lines: customers' 2010 + c7's cancellation -30 + the unattributed 70; 14 valid orders
    assert values["revenue"] == pytest.approx(2050.0)
    assert values["orders"] == 14
    assert values["aov"] == pytest.approx(2050 / 14)
    assert values["customers"] == 6
    assert values["repeat_rate"] == pytest.approx(4 / 6)
    assert values["unattributed_revenue"] == pytest.approx(70.0)
    assert values["as_of"] == dt.date(2024, 12, 31)
    assert values["nps"] is None and values["mean_clv"] is None  # no surveys; too few customers for BG/NBD


def test_kpis_on_retail(retail_ds):
    values = kpis(retail_ds)
    # dev.jsonl d01, d06, d07, d11 (all years), d12, d18
    assert values["revenue"] == pytest.approx(18908996.98, rel=1e-6)
    assert values["unattributed_revenue"] == pytest.approx(2565345.94, rel=1e-6)
    assert values["customers"] == 5878
    assert values["orders"] == 40077
    assert values["aov"] == pytest.approx(471.816677, rel=1e-6)
    assert values["repeat_rate"] == pytest.approx(0.723886, rel=1e-5)
    assert 0 <= values["churn_risk_share"] <= 1 and values["mean_clv"] > 0


def test_ltv_by_channel_on_demo(demo_ds):
    from insight.clv.value import customer_clv

    table = ltv_by_channel(demo_ds)
    # independent: buyers = ids with a positive non-return order before the analysis date
    cutoff = dt.datetime.combine(demo_ds.as_of, dt.time())
    lines = demo_ds.order_lines.filter((pl.col("order_date") < cutoff) & pl.col("customer_id").is_not_null())
    valid = (lines.filter((pl.col("quantity") > 0) & ~pl.col("order_id").str.starts_with("C"))
             .group_by("order_id", "customer_id").agg(v=(pl.col("quantity") * pl.col("unit_price")).sum())
             .filter(pl.col("v") > 0).select("customer_id").unique())
    buyers = demo_ds.customers.join(valid, on="customer_id", how="semi")
    clv = customer_clv(demo_ds).select("customer_id", "clv")
    expect = (buyers.join(clv, on="customer_id", how="left").group_by("acquisition_channel")
              .agg(n=pl.len(), cost=pl.col("acquisition_cost").mean(), clv=pl.col("clv").mean()))
    got = table.join(expect, on="acquisition_channel", how="full", coalesce=True)
    assert got["customers"].to_list() == got["n"].cast(pl.Int64).to_list()
    assert got["mean_acquisition_cost"].to_numpy() == pytest.approx(got["cost"].to_numpy())
    assert got["mean_clv"].to_numpy() == pytest.approx(got["clv"].to_numpy())
    ratio = (got["mean_customer_capital"] + got["mean_clv"]) / got["mean_acquisition_cost"]
    assert got["value_cost_ratio"].to_numpy() == pytest.approx(ratio.to_numpy())
    assert table["mean_clv"].to_list() == sorted(table["mean_clv"].to_list(), reverse=True)


def test_ltv_by_channel_needs_the_channel(tiny_ds):
    with pytest.raises(MissingDataError, match="acquisition_channel|'customers' table"):
        ltv_by_channel(tiny_ds)
