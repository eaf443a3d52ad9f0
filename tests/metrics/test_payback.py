"""Acquisition payback and unprofitable customers: by hand on the tiny shop, against plain polars on the
demo data, and what Online Retail II (no customers table) can and cannot answer."""

import datetime as dt

import polars as pl
import pytest

from insight.errors import MissingDataError
from insight.metrics.payback import (payback_by_channel, payback_table, unprofitable_customers,
                                     unprofitable_summary)


@pytest.fixture
def shop(data):
    # revenue (margin 1): c1 500, c2 150, c3 200, c4 1000, c5 80, c6 80; c6 has no customers row
    customers = pl.DataFrame({
        "customer_id": ["c1", "c2", "c3", "c4", "c5"],
        "acquisition_channel": ["Web", "Web", "Fair", "Fair", "Web"],
        "acquisition_cost": [600.0, 100.0, 150.0, None, 0.0],
        "cost_to_serve": [0.0, 200.0, 0.0, 0.0, 100.0],
    })
    return data.tiny_dataset(customers=customers)


def test_payback_per_customer_by_hand(shop):
    table = payback_table(shop)
    # capital: c1 500 (< 600, gap 100), c2 150 − 200 = −50 (gap 150), c3 200 (paid back), c5 80 − 100 = −20
    # (cost 0: gap 20, no ratio); c4 has no cost and c6 no row: not in the payback
    assert table["customer_id"].to_list() == ["c2", "c1", "c5", "c3"]
    assert table["payback_gap"].to_list() == [150.0, 100.0, 20.0, 0.0]
    assert table["paid_back"].to_list() == [False, False, False, True]
    assert table["payback_ratio"].to_list() == [pytest.approx(-0.5), pytest.approx(500 / 600), None,
                                                pytest.approx(200 / 150)]


def test_payback_by_channel_by_hand(shop):
    rows = {r["acquisition_channel"]: r for r in payback_by_channel(shop).iter_rows(named=True)}
    assert list(rows) == ["Web", "Fair"]  # the largest gap first
    web, fair = rows["Web"], rows["Fair"]
    assert (web["customers"], web["acquisition_cost"], web["customer_capital"]) == (3, 700.0, 430.0)
    assert (web["net_value"], web["paid_back"], web["not_paid_back"], web["payback_gap"]) == (-270.0, 0, 3, 270.0)
    assert (fair["customers"], fair["net_value"], fair["paid_back_share"], fair["payback_gap"]) == (1, 50.0, 1.0, 0.0)
    overall = payback_by_channel(shop, by=None).row(0, named=True)
    assert overall["customers"] == 4 and overall["payback_gap"] == 270.0
    with pytest.raises(MissingDataError, match="'industry'"):
        payback_by_channel(shop, by="industry")


def test_unprofitable_by_hand(shop):
    table = unprofitable_customers(shop)
    assert table["customer_id"].to_list() == ["c2", "c5"] and table["loss"].to_list() == [50.0, 20.0]
    assert (table["profit"] == -table["loss"]).all() and "acquisition_channel" in table.columns
    by = {r["acquisition_channel"]: r for r in unprofitable_summary(shop, "acquisition_channel").iter_rows(named=True)}
    assert (by["Web"]["customers"], by["Web"]["unprofitable"], by["Web"]["loss"]) == (3, 2, 70.0)
    assert by["Web"]["unprofitable_share"] == pytest.approx(2 / 3)
    assert (by["Fair"]["unprofitable"], by["Fair"]["loss"]) == (0, 0.0) and by[None]["customers"] == 1
    total = unprofitable_summary(shop).row(0, named=True)
    assert (total["customers"], total["unprofitable"], total["loss"]) == (6, 2, 70.0)


def _capital(ds) -> pl.DataFrame:
    """customer_id, capital: gross profit of the customer's lines (line_profit, else unit cost, else the
    default margin) minus cost_to_serve, for customers with a real order: plain polars."""
    end = dt.datetime.combine(ds.as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    ret = ((pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
           | pl.col("order_id").fill_null("").str.starts_with("C"))
    amount = pl.when(ret).then(-raw.abs()).otherwise(raw)
    gross = pl.coalesce(pl.col("line_profit"),
                        pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") != 0))
                        .then(amount * (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")),
                        amount * ds.settings.default_margin)
    lines = ds.order_lines.filter(pl.col("order_date") < end).with_columns(_amt=amount, _ret=ret, _gross=gross)
    valid = (lines.filter(~pl.col("_ret")).group_by("order_id").agg(v=pl.col("_amt").sum())
             .filter(pl.col("v") > 0).select("order_id"))
    buyers = lines.join(valid, on="order_id", how="semi").select("customer_id").unique()
    per = (lines.filter(pl.col("customer_id").is_not_null()).group_by("customer_id")
           .agg(gross=pl.col("_gross").sum()).join(buyers, on="customer_id", how="semi"))
    return (per.join(ds.customers.select("customer_id", "cost_to_serve", "acquisition_cost", "acquisition_channel"),
                     on="customer_id", how="left")
            .with_columns(capital=pl.col("gross") - pl.col("cost_to_serve").fill_null(0.0)))


def test_demo_payback_and_losses_match_plain_polars(demo_ds):
    ref = _capital(demo_ds).filter(pl.col("acquisition_cost").is_not_null())
    expect = (ref.with_columns(gap=pl.when(pl.col("capital") < pl.col("acquisition_cost"))
                               .then(pl.col("acquisition_cost") - pl.col("capital")).otherwise(0.0))
              .group_by("acquisition_channel")
              .agg(n=pl.len(), cost=pl.col("acquisition_cost").sum(), capital=pl.col("capital").sum(),
                   open=(pl.col("capital") < pl.col("acquisition_cost")).sum(), gap=pl.col("gap").sum()))
    got = payback_by_channel(demo_ds).join(expect, on="acquisition_channel", how="full", coalesce=True)
    assert got.height == expect.height == 6
    assert got["customers"].to_list() == got["n"].cast(pl.Int64).to_list()
    assert got["not_paid_back"].to_list() == got["open"].cast(pl.Int64).to_list()
    for mine, theirs in (("acquisition_cost", "cost"), ("customer_capital", "capital"), ("payback_gap", "gap")):
        assert got[mine].to_numpy() == pytest.approx(got[theirs].to_numpy(), rel=1e-9)
    # the demo has customers on both sides: some have not paid back, most have
    assert 0 < got["not_paid_back"].sum() < got["customers"].sum()
    losers = _capital(demo_ds).filter(pl.col("capital") < 0)
    table = unprofitable_customers(demo_ds)
    assert sorted(table["customer_id"].to_list()) == sorted(losers["customer_id"].to_list())
    assert table["loss"].sum() == pytest.approx(-losers["capital"].sum())


def test_online_retail_has_losses_but_no_acquisition_cost(retail_ds):
    with pytest.raises(MissingDataError, match="'customers' table \\(Kunden\\)"):
        payback_table(retail_ds)
    table = unprofitable_customers(retail_ds)
    # margin 1 and no cost_to_serve: a loss is a net revenue below 0 (returns of goods bought before the data)
    raw = retail_ds.order_lines
    end = dt.datetime.combine(retail_ds.as_of, dt.time())
    amount = (pl.col("quantity") * pl.col("unit_price")).abs() * pl.when(
        (pl.col("quantity") < 0) | pl.col("order_id").str.starts_with("C")).then(-1).otherwise(1)
    lines = raw.filter(pl.col("order_date") < end).with_columns(_amt=amount)
    valid = (lines.filter(pl.col("_amt") > 0).group_by("order_id").agg(v=pl.col("_amt").sum())
             .filter(pl.col("v") > 0).select("order_id"))
    buyers = lines.join(valid, on="order_id", how="semi").select("customer_id").unique()
    net = (lines.filter(pl.col("customer_id").is_not_null()).group_by("customer_id").agg(revenue=pl.col("_amt").sum())
           .join(buyers, on="customer_id", how="semi").filter(pl.col("revenue") < -0.005))
    assert sorted(table["customer_id"].to_list()) == sorted(net["customer_id"].to_list())
    assert table.height > 10 and (table["revenue"] < 0).all()
    assert table["loss"].sum() == pytest.approx(-net["revenue"].sum())


def test_ask_reaches_them_as_tables_and_as_populations(demo_ds):
    """Listed as whole tables; counted or restricting another metric as a population of the plan."""
    import insight.api as ia

    answer = ia.ask("Zeig die Amortisation der Akquisekosten", data=demo_ds)
    assert answer.status == "ok" and "payback_gap" in answer.table.columns
    assert "Akquisekosten noch nicht eingespielt" in answer.text
    answer = ia.ask("Show the unprofitable customers", data=demo_ds)
    assert answer.status == "ok" and answer.table.height == unprofitable_customers(demo_ds).height
    lost = unprofitable_customers(demo_ds)
    answer = ia.ask("Wie viele Kunden sind unrentabel?", data=demo_ds)
    assert answer.status == "ok" and answer.table.item() == lost.height
    assert "unrentable Kunden" in answer.understood
    answer = ia.ask("Umsatz der unrentablen Kunden", data=demo_ds)
    assert answer.table.item() == pytest.approx(lost.get_column("revenue").sum(), rel=1e-6)
    open_ = payback_table(demo_ds).filter(~pl.col("paid_back")).height
    answer = ia.ask("How many customers have not yet paid back their acquisition cost?", data=demo_ds)
    assert answer.status == "ok" and answer.table.item() == open_
    answer = ia.ask("unprofitable customers by customer type", data=demo_ds)
    assert answer.table.equals(unprofitable_summary(demo_ds, "kind"))


def test_the_api_gives_the_same_tables(demo_ds):
    import insight.api as ia

    assert ia.payback(demo_ds).equals(payback_by_channel(demo_ds))
    assert ia.payback(demo_ds, per_customer=True).height == payback_table(demo_ds).height
    assert ia.unprofitable(demo_ds).equals(unprofitable_customers(demo_ds))
    assert ia.unprofitable(demo_ds, by="kind").equals(unprofitable_summary(demo_ds, "kind"))
