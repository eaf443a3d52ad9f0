"""The demo data: deterministic, canonical, and rich enough for every concept of metrics.md.

Checks are computed here from the frames themselves (independently of the generator's internals), or
against the generating parameters (BG/NBD and Gamma-Gamma recovery), never against stored outputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.io.demo import END, build_frames, demo_frames, generate_demo
from insight.schema import TABLES

TABLE_NAMES = tuple(TABLES)
# client columns the demo adds beyond the canonical ones (docs/demo-data.md): the answer time of a request
EXTRA_COLUMNS: dict[str, dict[str, pl.DataType]] = {"interactions": {"answered_at": pl.Datetime("us")}}
LAST_DAY = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return generate_demo()


@pytest.fixture(scope="module")
def buyers(ds: Dataset) -> pl.DataFrame:
    return ds.customers.filter(pl.col("status") == "customer")


@pytest.fixture(scope="module")
def orders(ds: Dataset) -> pl.DataFrame:
    """Lines of real orders (no returns) of known customers."""
    return ds.order_lines.filter(pl.col("customer_id").is_not_null() & ~pl.col("order_id").str.starts_with("C"))


# -- determinism, schema, settings ---------------------------------------------------------------

def test_same_seed_gives_identical_frames_and_other_seed_differs():
    first, again, other = build_frames(11, 250), build_frames(11, 250), build_frames(12, 250)
    for name in TABLE_NAMES:
        assert first[name].equals(again[name]), name
    assert not first["order_lines"].equals(other["order_lines"])
    assert not first["customers"].equals(other["customers"])


def _digest(frames: dict[str, pl.DataFrame]) -> str:
    digest = hashlib.sha256()
    for name in TABLE_NAMES:
        digest.update(frames[name].write_csv().encode())
    return digest.hexdigest()


def test_same_seed_gives_identical_frames_in_another_process_with_one_thread():
    script = ("import hashlib, sys; from insight.io.demo import build_frames; f = build_frames(11, 250); "
              "d = hashlib.sha256(); [d.update(f[n].write_csv().encode()) for n in sys.argv[1:]]; "
              "print(d.hexdigest())")
    env = {**os.environ, "POLARS_MAX_THREADS": "1", "PYTHONHASHSEED": "99"}
    result = subprocess.run([sys.executable, "-c", script, *TABLE_NAMES], capture_output=True, text=True,
                            env=env, cwd=Path(__file__).resolve().parents[2], check=True)
    assert result.stdout.strip() == _digest(build_frames(11, 250))


def test_repeated_calls_give_equal_but_independent_frames():
    one, two = demo_frames(13, 120), demo_frames(13, 120)
    assert all(one[name].equals(two[name]) for name in TABLE_NAMES)
    one["customers"].insert_column(0, pl.Series("scratch", [0] * one["customers"].height))
    assert "scratch" not in demo_frames(13, 120)["customers"].columns


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_table_has_the_canonical_columns_and_dtypes(ds: Dataset, name: str):
    frame = ds.table(name)
    assert frame.height > 0
    assert dict(frame.schema) == {**TABLES[name].columns, **EXTRA_COLUMNS.get(name, {})}


def test_ids_stay_strings_and_settings_are_the_demo_defaults(ds: Dataset):
    assert ds.customers.schema["customer_id"] == pl.String
    assert ds.customers.get_column("customer_id").str.contains(r"^K\d{5}$").all()
    assert ds.customers.get_column("customer_id").is_unique().all()
    assert ds.settings.default_margin == pytest.approx(0.35)
    assert ds.settings.currency == "EUR"


def test_history_ends_on_a_fixed_date_not_today(ds: Dataset):
    assert END == LAST_DAY
    assert ds.order_lines.get_column("order_date").max().date() <= LAST_DAY
    assert ds.as_of == LAST_DAY + dt.timedelta(days=1)
    assert generate_demo(seed=3, n_customers=200).as_of == ds.as_of
    first = ds.order_lines.get_column("order_date").min().date()
    assert (LAST_DAY - first).days >= 2 * 365


@pytest.mark.parametrize("n", [1, 3, 40])
def test_tiny_demos_work_and_keep_the_schema(n: int):
    small = generate_demo(seed=5, n_customers=n)
    assert small.customers.filter(pl.col("status") == "customer").height == n
    for name in TABLE_NAMES:
        assert dict(small.table(name).schema) == {**TABLES[name].columns, **EXTRA_COLUMNS.get(name, {})}


@pytest.mark.parametrize("bad", [0, -3, 2.5, "100", True])
def test_bad_customer_count_is_one_usage_error(bad):
    with pytest.raises(UsageError, match="n_customers"):
        demo_frames(7, bad)


@pytest.mark.parametrize("bad", [-1, 1.5, None])
def test_bad_seed_is_one_usage_error(bad):
    with pytest.raises(UsageError, match="seed"):
        generate_demo(seed=bad, n_customers=10)


# -- customers and funnel -------------------------------------------------------------------------

def test_funnel_has_every_stage_and_narrows(ds: Dataset):
    counts = dict(ds.customers.group_by("status").len().iter_rows())
    assert set(counts) == {"lead", "contact", "prospect", "customer"}
    assert counts["lead"] > counts["contact"] > counts["prospect"] > counts["customer"] == 3000


def test_only_customers_have_orders_and_every_customer_has_one(ds: Dataset, buyers: pl.DataFrame,
                                                                orders: pl.DataFrame):
    ordering = set(orders.get_column("customer_id").unique())
    assert ordering == set(buyers.get_column("customer_id"))
    all_ids = set(ds.order_lines.get_column("customer_id").drop_nulls())
    assert all_ids <= set(buyers.get_column("customer_id"))


def test_b2b_and_b2c_carry_their_own_attributes(ds: Dataset):
    people = ds.customers
    b2b, b2c = people.filter(pl.col("kind") == "b2b"), people.filter(pl.col("kind") == "b2c")
    assert b2b.height > 500 and b2c.height > 500
    assert b2b.get_column("industry").null_count() == 0 and b2b.get_column("company_size").null_count() == 0
    assert b2b.get_column("age").null_count() == b2b.height
    for column in ("age", "gender", "marital_status", "income_band", "education"):
        assert b2c.get_column(column).null_count() == 0, column
        assert b2b.get_column(column).null_count() == b2b.height, column
    assert b2c.get_column("age").is_between(18, 100).all()
    assert b2c.get_column("gender").n_unique() >= 2 and b2b.get_column("industry").n_unique() >= 4


def test_places_names_and_contact_data_look_real(ds: Dataset):
    people = ds.customers
    shares = people.get_column("country").value_counts(normalize=True)
    share = dict(shares.iter_rows())
    assert share["Germany"] > 0.5
    assert {"Austria", "Switzerland", "France", "Netherlands", "United Kingdom"} <= set(share)
    assert people.get_column("city").null_count() == 0
    names = people.get_column("name")
    assert names.str.contains("GmbH").any() and names.str.contains("ü|ä|ö|ß").any()
    assert names.str.contains(r"^(Jean|Marie|Pierre|Camille) ").any()
    assert names.str.contains(r" (Jansen|de Vries|Bakker|Visser)$").any()
    emails = people.get_column("email").drop_nulls()
    assert emails.len() > 0.8 * people.height
    assert emails.str.contains(r"^[a-z0-9.]+@example\.(com|de|org)$").all()
    phones = people.get_column("phone").drop_nulls()
    assert phones.len() > 0.5 * people.height and phones.str.contains(r"^\+\d{2} \d+ \d+$").all()
    assert people.get_column("contact_preference").null_count() == 0


def test_acquisition_channels_costs_and_cost_to_serve(ds: Dataset, buyers: pl.DataFrame):
    channels = set(ds.customers.get_column("acquisition_channel").unique())
    assert {"Website", "Referral", "Trade fair", "Google Ads", "Newsletter", "Field sales"} <= channels
    assert buyers.get_column("acquisition_cost").null_count() == 0
    assert (buyers.get_column("acquisition_cost") > 0).all()
    cost = buyers.group_by("kind").agg(pl.col("cost_to_serve").mean())
    by_kind = dict(cost.iter_rows())
    assert by_kind["b2b"] > 5 * by_kind["b2c"] > 0


def test_referrals_point_at_earlier_customers(ds: Dataset, orders: pl.DataFrame):
    referred = ds.customers.filter(pl.col("referred_by").is_not_null())
    assert referred.height > 100
    assert (referred.get_column("acquisition_channel") == "Referral").all()
    first_order = orders.group_by("customer_id").agg(first=pl.col("order_date").min().dt.date())
    checked = referred.join(first_order, left_on="referred_by", right_on="customer_id", how="left")
    assert checked.get_column("first").null_count() == 0  # every referrer is a customer with orders
    assert (checked.get_column("first") <= checked.get_column("first_contact_date")).all()


def test_no_order_before_first_contact(ds: Dataset, orders: pl.DataFrame):
    first = orders.group_by("customer_id").agg(first=pl.col("order_date").min().dt.date())
    joined = first.join(ds.customers.select("customer_id", "first_contact_date"), on="customer_id")
    assert joined.height == first.height
    assert (joined.get_column("first") >= joined.get_column("first_contact_date")).all()


# -- order lines ----------------------------------------------------------------------------------

def test_size_and_shape_of_the_order_history(ds: Dataset, orders: pl.DataFrame):
    lines = ds.order_lines
    assert 40_000 <= lines.height <= 80_000
    assert lines.get_column("order_id").str.contains(r"^[ACX]\d{6}$").all()
    per_order = orders.group_by("order_id").len()
    assert per_order.get_column("len").max() >= 4 and (per_order.get_column("len") > 1).mean() > 0.3
    assert set(lines.get_column("channel").unique()) == {"online", "shop", "field"}
    assert lines.get_column("product_id").n_unique() >= 20
    priced = lines.filter(pl.col("unit_cost").is_not_null())
    assert (priced.get_column("unit_cost") < priced.get_column("unit_price")).all()
    unknown = lines.filter(pl.col("unit_cost").is_null() & (pl.col("unit_price") > 0))
    assert unknown.height > 0 and unknown.get_column("product_id").n_unique() == 1  # default margin applies
    margin = priced.select(((pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).round(2).alias("m"))
    assert margin.get_column("m").n_unique() >= 10
    amount = (lines.get_column("quantity") * lines.get_column("unit_price")).round(2)
    assert (lines.get_column("amount") - amount).abs().max() < 1e-9


def test_returns_are_C_orders_of_things_bought_before(ds: Dataset, orders: pl.DataFrame):
    returns = ds.order_lines.filter(pl.col("order_id").str.starts_with("C"))
    assert 50 <= returns.height <= 0.05 * ds.order_lines.height
    assert (returns.get_column("quantity") < 0).all()
    assert returns.get_column("customer_id").null_count() > 0  # walk-in orders get cancelled too
    attributed = returns.filter(pl.col("customer_id").is_not_null())
    bought = (
        attributed.select("order_id", "customer_id", "product_id", "order_date", "quantity")
        .join(orders.select("customer_id", "product_id", bought_at="order_date", bought="quantity"),
              on=["customer_id", "product_id"])
        .filter(pl.col("bought_at") <= pl.col("order_date"))
        .group_by("order_id", "product_id", "quantity").agg(pl.col("bought").sum())
    )
    assert bought.height == attributed.select("order_id", "product_id", "quantity").unique().height
    assert (bought.get_column("bought") >= -bought.get_column("quantity")).all()


def test_lines_are_placed_in_the_customer_country_and_some_b2b_abroad(ds: Dataset, orders: pl.DataFrame):
    placed = orders.join(ds.customers.select("customer_id", "kind", home="country"), on="customer_id")
    b2c = placed.filter(pl.col("kind") == "b2c")
    assert (b2c.get_column("country") == b2c.get_column("home")).all()
    abroad = placed.filter(pl.col("country") != pl.col("home"))
    assert abroad.height > 0 and (abroad.get_column("kind") == "b2b").all()
    assert abroad.get_column("customer_id").n_unique() > 20


def test_zero_value_adjustments_are_lines_but_not_orders(ds: Dataset):
    adjustments = ds.order_lines.filter(pl.col("order_id").str.starts_with("X"))
    assert adjustments.height >= 10
    assert (adjustments.get_column("amount") == 0).all() and (adjustments.get_column("unit_price") == 0).all()
    assert adjustments.get_column("customer_id").null_count() == adjustments.height
    assert (adjustments.get_column("quantity") < 0).any() and (adjustments.get_column("quantity") > 0).any()


def test_some_revenue_is_unattributed(ds: Dataset):
    anonymous = ds.order_lines.filter(pl.col("customer_id").is_null())
    assert anonymous.height > 100
    assert anonymous.get_column("order_id").n_unique() > 50
    assert 0 < anonymous.get_column("amount").sum() < 0.1 * ds.order_lines.get_column("amount").sum()


def test_q4_beats_q3_in_every_complete_year(ds: Dataset):
    quarters = ds.order_lines.group_by(year=pl.col("order_date").dt.year(),
                                       quarter=pl.col("order_date").dt.quarter()).agg(pl.col("amount").sum())
    revenue = {(y, q): v for y, q, v in quarters.iter_rows()}
    complete_years = [y for y in {y for y, _ in revenue} if (y, 4) in revenue]
    assert len(complete_years) >= 2
    for year in complete_years:
        assert revenue[(year, 4)] > 1.1 * revenue[(year, 3)], year


def test_new_customers_arrive_throughout_and_many_churn(orders: pl.DataFrame):
    per = orders.group_by("customer_id").agg(first=pl.col("order_date").min().dt.date(),
                                             last=pl.col("order_date").max().dt.date(),
                                             n=pl.col("order_id").n_unique())
    cohorts = per.get_column("first").dt.strftime("%Y-Q%q").unique()
    assert cohorts.len() == 10  # every quarter from 2023-Q1 to 2025-Q2 brings new customers
    old = per.filter(pl.col("first") < dt.date(2024, 1, 1))
    lapsed = (old.get_column("last") < LAST_DAY - dt.timedelta(days=180)).mean()
    assert 0.2 < lapsed < 0.8
    repeat = (per.get_column("n") >= 2).mean()
    assert 0.4 < repeat < 0.95
    # purchase counts are heterogeneous (overdispersed), as BG/NBD assumes
    counts = per.get_column("n")
    assert counts.var() > 3 * counts.mean()


# -- surveys, coupons, interactions ---------------------------------------------------------------

def test_survey_answers_are_in_range_and_once_per_response(ds: Dataset, buyers: pl.DataFrame):
    s = ds.survey_responses
    assert set(s.get_column("aspect").unique()) == {"price", "quality", "delivery", "service", "advice"}
    for column, low, high in (("satisfaction", 1, 5), ("importance", 1, 5), ("nps", 0, 10),
                              ("repurchase_intent", 1, 5)):
        values = s.get_column(column).drop_nulls()
        assert values.len() > 200, column
        assert values.is_between(low, high).all() and (values == values.round()).all(), column
        assert values.n_unique() >= min(high - low + 1, 9), column
    per_set = s.group_by("customer_id", "response_date").agg(pl.col("nps").count(),
                                                              pl.col("repurchase_intent").count())
    assert (per_set.get_column("nps") == 1).all() and (per_set.get_column("repurchase_intent") == 1).all()
    assert set(s.get_column("customer_id")) <= set(buyers.get_column("customer_id"))
    assert s.get_column("response_date").max() <= LAST_DAY


@pytest.mark.parametrize("split", ["mean", "midpoint"])
def test_importance_satisfaction_matrix_fills_all_four_quadrants(ds: Dataset, split: str):
    per = ds.survey_responses.group_by("aspect").agg(pl.col("importance").mean(), pl.col("satisfaction").mean())
    imp_cut = per.get_column("importance").mean() if split == "mean" else 3.0
    sat_cut = per.get_column("satisfaction").mean() if split == "mean" else 3.0
    quadrants = {(i >= imp_cut, s >= sat_cut) for i, s in per.select("importance", "satisfaction").iter_rows()}
    assert quadrants == {(True, True), (True, False), (False, True), (False, False)}


def test_nps_follows_satisfaction(ds: Dataset):
    per_set = ds.survey_responses.group_by("customer_id", "response_date").agg(
        sat=pl.col("satisfaction").mean(), nps=pl.col("nps").max())
    r = np.corrcoef(per_set.get_column("sat").to_numpy(), per_set.get_column("nps").to_numpy())[0, 1]
    assert r > 0.3
    promoters = (per_set.get_column("nps") >= 9).mean()
    detractors = (per_set.get_column("nps") <= 6).mean()
    assert 0.1 < promoters < 0.6 and 0.1 < detractors < 0.6


def test_stated_repurchase_intent_matches_later_buying(ds: Dataset, orders: pl.DataFrame):
    """Respondents of the 2024 wave who answer 4-5 buy again within a year more often than the others."""
    answers = ds.survey_responses.filter(pl.col("repurchase_intent").is_not_null()
                                         & (pl.col("response_date") < dt.date(2025, 1, 1)))
    later = (answers.select("customer_id", "response_date", "repurchase_intent")
             .join(orders.select("customer_id", day=pl.col("order_date").dt.date()), on="customer_id")
             .group_by("customer_id", "response_date", "repurchase_intent")
             .agg(bought=((pl.col("day") > pl.col("response_date"))
                          & (pl.col("day") <= pl.col("response_date") + pl.duration(days=365))).any()))
    rates = later.group_by(high=pl.col("repurchase_intent") >= 4).agg(pl.col("bought").mean())
    rate = dict(rates.iter_rows())
    assert rate[True] > rate[False] + 0.15


def test_coupons_issued_and_partly_redeemed(ds: Dataset, buyers: pl.DataFrame):
    c = ds.coupons
    assert c.get_column("coupon_id").is_unique().all()
    assert c.get_column("campaign").n_unique() >= 4
    redeemed = c.filter(pl.col("redeemed_at").is_not_null())
    assert 0.05 * c.height < redeemed.height < 0.6 * c.height
    assert (redeemed.get_column("redeemed_at") > redeemed.get_column("issued_at")).all()
    assert redeemed.get_column("redeemed_at").max() <= LAST_DAY
    assert set(c.get_column("customer_id")) <= set(buyers.get_column("customer_id"))


def test_interactions_of_every_kind_within_the_relationship(ds: Dataset):
    i = ds.interactions
    assert set(i.get_column("kind").unique()) == {"call", "email", "visit", "complaint"}
    assert i.get_column("note").null_count() == 0
    joined = i.join(ds.customers.select("customer_id", "first_contact_date", "status"), on="customer_id")
    assert joined.height == i.height
    day = joined.get_column("happened_at").dt.date()
    assert (day >= joined.get_column("first_contact_date")).all() and day.max() <= LAST_DAY
    assert joined.filter(pl.col("status") == "lead").height == 0  # leads have not been contacted yet
    assert joined.filter(pl.col("status") != "customer").height > 100


# -- the CLV models find the generating parameters -----------------------------------------------

def test_bgnbd_and_gamma_gamma_recover_the_b2c_parameters(ds: Dataset):
    """B2C purchases are drawn with r=0.8, alpha=48 (per day) and spend with p=5, q=4, gamma=34 (scaled
    by income); fitting the models on the B2C lines must land near them."""
    import insight.clv.value as value
    b2c = ds.customers.filter(pl.col("kind") == "b2c").get_column("customer_id")
    sub = Dataset(order_lines=ds.order_lines.filter(pl.col("customer_id").is_in(b2c.implode())),
                  settings=ds.settings)
    models = value.fit_models(sub)
    bg, gg = models["bgnbd"].params, models["gg"].params
    assert bg["r"] == pytest.approx(0.8, rel=0.25)
    assert bg["alpha"] == pytest.approx(48.0, rel=0.25)
    assert bg["a"] / (bg["a"] + bg["b"]) == pytest.approx(0.2, abs=0.08)  # mean dropout probability
    mean_spend = gg["p"] * gg["gamma"] / (gg["q"] - 1)
    assert mean_spend == pytest.approx(5 * 34 / 3 * 1.1, rel=0.3)
