"""LTV = S × C × P × t (metrics.md, ``ltv_formula``): the seed's worked example, and every component against
an independent plain-polars computation on the demo data and on Online Retail II."""

import datetime as dt

import polars as pl
import pytest

from insight.errors import MissingDataError, UsageError
from insight.analyses.ltv import MAX_T_MONTHS, ltv_formula, ltv_result


def test_the_seed_example_gives_720_per_month_and_per_year(tiny_ds):
    # the fitness club: 20 per visit, one visit a month, for three years (001, "LTV = S × C × P × t")
    monthly = ltv_formula(tiny_ds, S=20, C=1, P=1, t=36).row(0, named=True)
    assert (monthly["S"], monthly["C"], monthly["P"], monthly["t"], monthly["ltv"]) == (20, 1, 1, 36, 720)
    yearly = ltv_result(tiny_ds, S=20, C=12, P=1, t=3, unit="year")
    assert yearly.table.row(0, named=True)["ltv"] == 720
    assert yearly.user_set == {"S": 20, "C": 12, "P": 1, "t": 3}
    assert "t = 3 years" in yearly.notes_in("en")[-1] and "t = 3 Jahre" in yearly.notes_in("de")[-1]


def test_one_set_component_keeps_the_others_computed(demo_ds):
    computed = ltv_formula(demo_ds, by="kind")
    with_t = ltv_formula(demo_ds, by="kind", t=36)
    assert with_t["t"].to_list() == [36.0, 36.0]
    assert with_t["S"].to_list() == pytest.approx(computed["S"].to_list(), rel=1e-12)  # sums in any order
    assert with_t["C"].to_list() == pytest.approx(computed["C"].to_list(), rel=1e-12)
    assert with_t["ltv"].to_numpy() == pytest.approx((computed["S"] * computed["C"] * computed["P"] * 36).to_numpy())


def test_the_year_unit_changes_c_and_t_but_not_the_ltv(demo_ds):
    months = ltv_formula(demo_ds, by="kind")
    years = ltv_formula(demo_ds, by="kind", unit="year")
    assert years["C"].to_numpy() == pytest.approx((months["C"] * 12).to_numpy())
    assert years["t"].to_numpy() == pytest.approx((months["t"] / 12).to_numpy())
    assert years["ltv"].to_numpy() == pytest.approx(months["ltv"].to_numpy())


def test_bad_components_are_usage_errors(tiny_ds):
    with pytest.raises(UsageError):
        ltv_formula(tiny_ds, t=-1)
    with pytest.raises(UsageError):
        ltv_formula(tiny_ds, unit="week")
    with pytest.raises(MissingDataError, match="'industry'"):
        ltv_formula(tiny_ds, by="industry")


def test_one_year_of_data_has_no_t_and_says_so(tiny_ds):
    # the tiny shop's pair 2023 → 2024 has one customer in 2023 (c3, retained): churn 0, t capped
    result = ltv_result(tiny_ds)
    row = result.table.row(0, named=True)
    assert result.churn_pair == ("2023", "2024")
    assert row["annual_churn"] == 0 and row["t"] == MAX_T_MONTHS and row["t_capped"]
    assert any("capped at 120 months" in n for n in result.notes_in("en"))
    assert any("2023" in n and "not fully covered" in n for n in result.notes_in("en"))  # data from 2023-12-01
    only_2024 = tiny_ds.with_as_of(dt.date(2024, 12, 31))
    lines = only_2024.order_lines.filter(pl.col("order_date") >= dt.datetime(2024, 1, 1))
    from insight.dataset import Dataset

    short = ltv_result(Dataset(order_lines=lines))
    assert short.churn_pair is None and short.table["t"][0] is None and short.table["ltv"][0] is None
    assert "two consecutive years" in short.notes_in("en")[0]


# -- independent reference ------------------------------------------------------------------------------

def _reference(ds, by: str | None = None) -> tuple[pl.DataFrame, tuple[int, int]]:
    """S, C, P, annual churn written out in plain polars from the raw order lines."""
    as_of = ds.as_of
    start = dt.datetime(as_of.year - 1, as_of.month, as_of.day)
    end = dt.datetime.combine(as_of, dt.time())
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    ret = ((pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
           | pl.col("order_id").fill_null("").str.starts_with("C"))
    amount = pl.when(ret).then(-raw.abs()).otherwise(raw)
    cost = pl.col("unit_cost") if "unit_cost" in ds.order_lines.columns else pl.lit(None, dtype=pl.Float64)
    gross = pl.when(cost.is_not_null() & (pl.col("unit_price") != 0)) \
        .then(amount * (pl.col("unit_price") - cost) / pl.col("unit_price")) \
        .otherwise(amount * ds.settings.default_margin)
    lines = ds.order_lines.filter(pl.col("order_date") < end).with_columns(_amt=amount, _ret=ret, _gross=gross)
    valid = (lines.filter(~pl.col("_ret")).group_by("order_id").agg(v=pl.col("_amt").sum())
             .filter(pl.col("v") > 0).select("order_id", _valid=pl.lit(True)))
    lines = lines.join(valid, on="order_id", how="left").with_columns(pl.col("_valid").fill_null(False)) \
        .filter(pl.col("customer_id").is_not_null())
    recent = lines.filter(pl.col("order_date") >= start)
    per = (recent.group_by("customer_id")
           .agg(orders=pl.col("order_id").filter(pl.col("_valid")).n_unique(), revenue=pl.col("_amt").sum(),
                gross=pl.col("_gross").sum())
           .filter(pl.col("orders") > 0))
    later = as_of.year - 1 if (as_of.month, as_of.day) != (1, 1) else as_of.year - 2
    years = lines.filter(pl.col("_valid")).select("customer_id", y=pl.col("order_date").dt.year()).unique()
    prev = years.filter(pl.col("y") == later - 1).select("customer_id")
    kept = years.filter(pl.col("y") == later).select("customer_id", kept=pl.lit(True))
    churn = prev.join(kept, on="customer_id", how="left").with_columns(pl.col("kept").fill_null(False))
    keys = [by] if by else []
    if by:
        groups = ds.customers.select("customer_id", by)
        per = per.join(groups, on="customer_id", how="left")
        churn = churn.join(groups, on="customer_id", how="left")
    aggs = dict(customers=pl.len(), S=pl.col("revenue").sum() / pl.col("orders").sum(),
                C=pl.col("orders").sum() / pl.len() / 12, P=pl.col("gross").sum() / pl.col("revenue").sum())
    churn_agg = dict(annual_churn=1 - pl.col("kept").mean())
    if by:
        table = per.group_by(keys).agg(**aggs).join(churn.group_by(keys).agg(**churn_agg), on=keys, how="left")
    else:
        table = pl.concat([per.select(**aggs), churn.select(**churn_agg)], how="horizontal")
    monthly = 1 - (1 - pl.col("annual_churn")) ** (1 / 12)
    table = table.with_columns(t=(1 / monthly).clip(upper_bound=120.0))
    return table.with_columns(ltv=pl.col("S") * pl.col("C") * pl.col("P") * pl.col("t")), (later - 1, later)


def _compare(got: pl.DataFrame, expect: pl.DataFrame, keys: list[str]) -> None:
    joined = got.join(expect, on=keys, how="full", coalesce=True, suffix="_ref") if keys else \
        pl.concat([got, expect.rename({c: f"{c}_ref" for c in expect.columns})], how="horizontal")
    assert joined.height == got.height == expect.height
    assert joined["customers"].to_list() == joined["customers_ref"].cast(pl.Int64).to_list()
    for column in ("S", "C", "P", "annual_churn", "t", "ltv"):
        assert joined[column].to_numpy() == pytest.approx(joined[f"{column}_ref"].to_numpy(), rel=1e-9), column


def test_demo_overall_and_by_kind_match_plain_polars(demo_ds):
    result = ltv_result(demo_ds)
    expect, pair = _reference(demo_ds)
    assert result.churn_pair == tuple(str(y) for y in pair)
    assert result.window == (dt.date(2024, 7, 1), dt.date(2025, 7, 1))
    _compare(result.table.drop("t_capped"), expect, [])
    by_kind, expect_kind = ltv_formula(demo_ds, by="kind"), _reference(demo_ds, "kind")[0]
    _compare(by_kind.drop("t_capped"), expect_kind, ["kind"])
    # B2B customers buy more often and bigger baskets than B2C ones
    b2b, b2c = by_kind.sort("kind").iter_rows(named=True)
    assert b2b["S"] > b2c["S"] and b2b["C"] > b2c["C"]


def test_online_retail_ii_matches_plain_polars(retail_ds):
    result = ltv_result(retail_ds)
    expect, pair = _reference(retail_ds)
    # the analysis date 2011-12-10 leaves 2011 incomplete: the pair is 2009 → 2010, and 2009 starts on 1 December
    assert pair == (2009, 2010) and result.churn_pair == ("2009", "2010")
    _compare(result.table.drop("t_capped"), expect, [])
    notes = " ".join(result.notes_in("en"))
    assert "2009 is not fully covered" in notes and "assumed default margin 100%" in notes
    assert "2009 ist von den Daten nicht vollständig abgedeckt" in " ".join(result.notes_in("de"))


def test_the_api_returns_the_result_with_its_notes(demo_ds):
    import insight.api as ia

    result = ia.ltv(demo_ds, by="acquisition_channel", t=3, unit="year")
    assert result.table["t"].unique().to_list() == [3.0] and result.unit == "year"
    assert result.notes_in("de")[-1].startswith("Vom Nutzer gesetzt")


def test_segments_of_the_analysis_date_get_a_note(demo_ds):
    result = ltv_result(demo_ds, by="rfm_segment")
    assert any(n.kind == "segment" and "2023 → 2024" in n.en for n in result.notes)
    assert not any(n.kind == "segment" for n in ltv_result(demo_ds, by="kind").notes)
