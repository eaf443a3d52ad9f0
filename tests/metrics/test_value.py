"""Value by acquisition channel and the KPI header (the LTV formula: test_ltv.py), by hand and on the demo data."""

import datetime as dt

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.analyses.value import kpis, ltv_by_channel

M = 30.4375


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
