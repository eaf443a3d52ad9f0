"""Every effect the demo generator plants (docs/demo-data.md, "Planted effects") is found by its analysis.

The demo is written into a real SQLite workspace and read back; each analysis runs through ``insight.api``
on that workspace's data, and its numbers are compared with a plain-polars computation on the generated
tables (``demo_frames``), so both the planting and the finding are checked. Sizes are asserted with
margins, not as exact values, so that the tests say what the effect is rather than which draw it was.
"""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

import insight.api as ia
from insight.io.demo import demo_frames

AS_OF = dt.date(2025, 7, 1)
TENURE_BANDS = ["< 3 months", "3–12 months", "1–2 years", "> 2 years"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("planted") / "demo.db"
    with ia.open_workspace(path) as ws:
        ws.write_dataset(ia.demo_dataset())
    return str(path)


@pytest.fixture(scope="module")
def ds(workspace):
    """The demo as read back from the workspace (what the CLI, TUI and widgets see)."""
    data = ia.load(workspace=workspace)
    assert data.as_of == AS_OF
    return data


@pytest.fixture(scope="module")
def raw() -> dict[str, pl.DataFrame]:
    return demo_frames()


# -- plain polars on the generated tables ------------------------------------------------------------------


def _orders(raw) -> pl.DataFrame:
    """Attributed orders of the demo: 'A' ids (C = returns and cancellations, X = stock corrections)."""
    return (raw["order_lines"].filter(pl.col("order_id").str.starts_with("A") & pl.col("customer_id").is_not_null())
            .select("order_id", "customer_id", day=pl.col("order_date").dt.date()).unique())


def _buyers(raw) -> pl.DataFrame:
    return raw["customers"].filter(pl.col("status") == "customer")


def _retention(raw, group: pl.DataFrame) -> tuple[float, int]:
    """Of the group's customers with an order in 2023, the share with one in 2024 (the default pair)."""
    years = _orders(raw).select("customer_id", y=pl.col("day").dt.year()).unique()
    base = years.filter(pl.col("y") == 2023).join(group, on="customer_id", how="semi")
    kept = base.join(years.filter(pl.col("y") == 2024), on="customer_id", how="semi")
    return kept.height / base.height, base.height


def _revenue(raw) -> pl.DataFrame:
    """Revenue per buyer: all attributed lines, returns included."""
    return (raw["order_lines"].filter(pl.col("customer_id").is_not_null())
            .group_by("customer_id").agg(revenue=pl.col("amount").sum()))


def _rows(frame: pl.DataFrame, key: str) -> dict:
    return {r[key]: r for r in frame.iter_rows(named=True)}


# -- referrals (issue 14, item 4) ---------------------------------------------------------------------------


def test_referred_customers_retain_better_and_are_worth_more(workspace, raw):
    table = _rows(ia.referrals(workspace=workspace, compare=True), "referred")
    referred = _buyers(raw).filter(pl.col("referred_by").is_not_null()).select("customer_id")
    others = _buyers(raw).filter(pl.col("referred_by").is_null()).select("customer_id")
    (rate_ref, n_ref), (rate_other, n_other) = _retention(raw, referred), _retention(raw, others)
    ref, other = table["referred"], table["not referred"]
    assert (ref["retention_customers"], other["retention_customers"]) == (n_ref, n_other)
    assert ref["retention_rate"] == pytest.approx(rate_ref, abs=1e-12)
    assert other["retention_rate"] == pytest.approx(rate_other, abs=1e-12)
    assert rate_ref - rate_other > 0.08  # planted: dropout × 0.6 for referral customers (≈ 65 % vs 51 %)
    assert ref["mean_churn_risk"] < other["mean_churn_risk"] - 0.04
    assert ref["mean_clv"] > 1.15 * other["mean_clv"]
    # how long they stay (item 4): the expected relationship from each group's own retention
    for row, rate in ((ref, rate_ref), (other, rate_other)):
        assert row["expected_lifetime_months"] == pytest.approx(min(1 / (1 - rate ** (1 / 12)), 120.0))
    assert ref["expected_lifetime_months"] > 1.3 * other["expected_lifetime_months"]


def test_referrers_are_loyal_frequent_buyers(ds, raw):
    table = ia.referrals(ds)
    revenue = _revenue(raw)
    named = raw["customers"].filter(pl.col("referred_by").is_not_null())
    counts = named.group_by("referred_by").agg(n=pl.len()).rename({"referred_by": "customer_id"})
    got = table.join(counts, left_on="referrer_id", right_on="customer_id", how="full").join(
        revenue, left_on="referrer_id", right_on="customer_id", how="left")
    assert got.height == table.height == counts.height
    assert (got["referred"] == got["n"]).all()
    assert ((got["referrer_revenue"] - got["revenue"]).abs() < 0.01).all()

    buyers = _buyers(raw).select("customer_id").join(revenue, on="customer_id", how="left")
    last = _orders(raw).group_by("customer_id").agg(last=pl.col("day").max())
    buyers = buyers.join(last, on="customer_id", how="left").with_columns(
        referrer=pl.col("customer_id").is_in(counts.get_column("customer_id").implode()),
        recent=pl.col("last") > AS_OF - dt.timedelta(days=181))
    by = _rows(buyers.group_by("referrer").agg(revenue=pl.col("revenue").mean(), recent=pl.col("recent").mean()),
               "referrer")
    # planted: referrers drawn with weight (1 + repeat purchases) × 4 if still active (≈ 4,360 vs 930 EUR)
    assert by[True]["revenue"] > 3 * by[False]["revenue"]
    assert table["referrer_revenue"].mean() == pytest.approx(by[True]["revenue"], rel=1e-9)
    assert by[True]["recent"] > by[False]["recent"] + 0.05
    assert table["referred"].max() >= 20  # a few loyal accounts bring many: the ranking has a head
    assert table.height < named.height / 2


# -- complaints (item 5) ------------------------------------------------------------------------------------


def test_complainers_retain_worse_overall_and_within_each_kind(ds, raw):
    table = _rows(ia.interactions(ds, view="compare"), "complained")
    complainers = raw["interactions"].filter(pl.col("kind") == "complaint").select("customer_id").unique()
    buyers = _buyers(raw).select("customer_id", "kind")
    did = buyers.join(complainers, on="customer_id", how="semi")
    did_not = buyers.join(complainers, on="customer_id", how="anti")
    (rate_c, n_c), (rate_o, n_o) = _retention(raw, did), _retention(raw, did_not)
    assert (table["complained"]["customers"], table["no complaint"]["customers"]) == (did.height, did_not.height)
    assert table["complained"]["retention_rate"] == pytest.approx(rate_c, abs=1e-12)
    assert table["no complaint"]["retention_rate"] == pytest.approx(rate_o, abs=1e-12)
    assert (table["complained"]["retention_customers"], table["no complaint"]["retention_customers"]) == (n_c, n_o)
    # planted: 16 % of a dropped-out customer's interactions are complaints, 5 % of an active one's
    assert rate_o - rate_c > 0.07
    assert table["complained"]["mean_churn_risk"] > table["no complaint"]["mean_churn_risk"] + 0.15
    for kind in ("b2b", "b2c"):  # not a B2B/B2C mix effect: it holds within each kind
        inside, _ = _retention(raw, did.filter(pl.col("kind") == kind))
        outside, _ = _retention(raw, did_not.filter(pl.col("kind") == kind))
        assert outside - inside > 0.05, kind


# -- satisfaction ↔ behaviour (item 6) ----------------------------------------------------------------------


def _nps(frame: pl.DataFrame) -> float:
    scores = frame.get_column("nps").drop_nulls()
    return 100 * ((scores >= 9).sum() - (scores <= 6).sum()) / scores.len()


def test_business_customers_are_more_satisfied(ds, raw):
    table = _rows(ia.satisfaction(ds, by="kind"), "kind")
    answers = raw["survey_responses"].join(raw["customers"].select("customer_id", "kind"), on="customer_id")
    for kind in ("b2b", "b2c"):
        mine = answers.filter(pl.col("kind") == kind)
        assert table[kind]["csat"] == pytest.approx(mine.get_column("satisfaction").mean(), abs=1e-12)
        assert table[kind]["nps"] == pytest.approx(_nps(mine), abs=1e-9)
    # planted: + 0.35 on the personal satisfaction of B2B respondents (≈ 3.86 vs 3.58, NPS ≈ 20 vs 5)
    assert 0.15 < table["b2b"]["csat"] - table["b2c"]["csat"] < 0.45
    assert table["b2b"]["nps"] > table["b2c"]["nps"] + 8


def test_respondents_who_churned_were_less_satisfied(ds, raw):
    table = _rows(ia.satisfaction(ds, view="outcome"), "outcome")
    answers = raw["survey_responses"]
    judged = answers.select("customer_id", "response_date").unique().filter(
        pl.col("response_date") + pl.duration(days=365) < pl.lit(AS_OF))
    orders = _orders(raw).select("customer_id", "day").unique()
    stayed = (judged.join(orders, on="customer_id")
              .filter((pl.col("day") > pl.col("response_date"))
                      & (pl.col("day") <= pl.col("response_date") + pl.duration(days=365)))
              .select("customer_id", "response_date").unique())
    judged = judged.join(stayed.with_columns(stayed=pl.lit(True)), on=["customer_id", "response_date"],
                         how="left").with_columns(pl.col("stayed").fill_null(False))
    rows = answers.join(judged, on=["customer_id", "response_date"])
    for name, flag in (("stayed", True), ("churned", False)):
        mine = rows.filter(pl.col("stayed") == flag)
        intent = mine.get_column("repurchase_intent").drop_nulls()
        assert table[name]["respondents"] == judged.filter(pl.col("stayed") == flag).height
        assert table[name]["csat"] == pytest.approx(mine.get_column("satisfaction").mean(), abs=1e-12)
        assert table[name]["repurchase_intent_rate"] == pytest.approx((intent >= 4).mean(), abs=1e-12)
    # planted: personal satisfaction + 0.3 if still active, − 0.45 if dropped out; intent drawn from it
    assert table["stayed"]["csat"] - table["churned"]["csat"] > 0.1
    assert table["stayed"]["repurchase_intent_rate"] - table["churned"]["repurchase_intent_rate"] > 0.2


def test_stated_intent_follows_p_alive_across_rfm_segments(ds, raw):
    table = ia.satisfaction(ds, view="intent").filter(pl.col("respondents") >= 20)
    assert table.height >= 6
    assert table.select(pl.corr("repurchase_intent_rate", "mean_p_alive")).item() > 0.8
    latest = (raw["survey_responses"].drop_nulls("repurchase_intent").sort("response_date")
              .group_by("customer_id").agg(intent=pl.col("repurchase_intent").last()))
    assert table["respondents"].sum() <= latest.height


# -- coupons (item 2: redemption rate) ----------------------------------------------------------------------


def test_redemption_differs_by_campaign(ds, raw):
    from insight.query import Session

    answer = Session(ds).ask("Einlösequote je Kampagne").to_json()
    got = {r[0]: r[answer["columns"].index("redemption_rate")] for r in answer["rows"]}
    plain = dict(raw["coupons"].group_by("campaign").agg(r=pl.col("redeemed_at").is_not_null().mean()).iter_rows())
    assert got.keys() == plain.keys()
    assert all(got[c] == pytest.approx(plain[c], abs=1e-12) for c in plain)
    # planted: base rate per campaign × 1.4 if active (0.5 if not): welcome ≈ 30 %, reactivation ≈ 4 %
    assert plain["Willkommensgutschein"] > 0.25 and plain["Reaktivierung 2025"] < 0.06
    assert plain["Black Friday 2024"] > plain["Sommerschlussverkauf 2024"] + 0.1


# -- acquisition payback (item 3) ---------------------------------------------------------------------------


def test_field_sales_has_the_largest_payback_gap(ds, raw):
    table = ia.payback(ds)
    rows = _rows(table, "acquisition_channel")
    cost = dict(_buyers(raw).group_by("acquisition_channel").agg(c=pl.col("acquisition_cost").sum()).iter_rows())
    mean_cost = dict(_buyers(raw).group_by("acquisition_channel").agg(c=pl.col("acquisition_cost").mean()).iter_rows())
    assert all(rows[c]["acquisition_cost"] == pytest.approx(cost[c], abs=0.01) for c in cost)
    # planted: mean acquisition cost per channel 550 (field sales) … 12 EUR (newsletter)
    assert max(mean_cost, key=mean_cost.get) == "Field sales" and min(mean_cost, key=mean_cost.get) == "Newsletter"
    assert table.sort("payback_gap", descending=True)["acquisition_channel"][0] == "Field sales"
    assert table.sort("paid_back_share", descending=True)["acquisition_channel"][0] == "Newsletter"


# -- tenure bands (item 7) ----------------------------------------------------------------------------------


def test_long_standing_customers_buy_more(ds, raw):
    table = ia.value_by_band("tenure_band", ds)
    assert table["tenure_band"].to_list() == TENURE_BANDS
    orders = _orders(raw)
    months = orders.group_by("customer_id").agg(
        m=(pl.col("day").max() - pl.col("day").min()).dt.total_days() / 30.4375)
    band = (pl.when(pl.col("m") < 3).then(pl.lit(TENURE_BANDS[0])).when(pl.col("m") < 12)
            .then(pl.lit(TENURE_BANDS[1])).when(pl.col("m") < 24).then(pl.lit(TENURE_BANDS[2]))
            .otherwise(pl.lit(TENURE_BANDS[3])))
    plain = dict(months.with_columns(band=band).join(_revenue(raw), on="customer_id")
                 .group_by("band").agg(r=pl.col("revenue").mean()).iter_rows())
    means = table["mean_revenue"].to_list()
    assert means == pytest.approx([plain[b] for b in TENURE_BANDS], rel=1e-9)
    # planted by buy-till-you-die: a long life means many purchases (≈ 460 … 6,600 EUR)
    assert means == sorted(means) and means[-1] > 5 * means[0]


# -- segments (item 8) --------------------------------------------------------------------------------------


def test_most_valuable_cluster_is_the_business_customers(ds, raw):
    members = ia.segments("cluster", ds).select("customer_id", "segment")
    plain = (members.join(_buyers(raw).select("customer_id", "kind"), on="customer_id")
             .join(_revenue(raw), on="customer_id", how="left")
             .group_by("segment").agg(b2b=(pl.col("kind") == "b2b").mean(), revenue=pl.col("revenue").mean())
             .sort("revenue", descending=True))
    assert plain.height >= 3  # the k floor: never the trivial B2B/B2C split alone
    # planted: B2B spend ≈ 9× B2C per order (Gamma-Gamma γ 330 vs 34) × company size, and more orders
    assert plain["b2b"][0] > 0.9
    assert plain["revenue"][0] > 10 * plain["revenue"][-1]
    profile = _rows(ia.segment_profile("cluster", ds), "segment")
    top = profile[plain["segment"][0]]
    assert top["kind"] == "b2b" and top["mean_revenue"] == pytest.approx(plain["revenue"][0], rel=1e-9)


# -- products bought together (item 9) ----------------------------------------------------------------------


def test_office_supplies_are_bought_together(ds, raw):
    lines = raw["order_lines"].filter(pl.col("order_id").str.starts_with("A") & (pl.col("quantity") > 0))
    baskets = lines.select("order_id", "product_id").unique()
    n_orders = baskets.get_column("order_id").n_unique()
    kinds = lines.select("order_id", "customer_id").unique().join(
        raw["customers"].select("customer_id", "kind"), on="customer_id", how="left")
    for a, b in (("P4004", "P4005"), ("P4004", "P4006"), ("P4005", "P4006")):  # cups, sugar sticks, milk
        with_a = baskets.filter(pl.col("product_id") == a).select("order_id")
        with_b = baskets.filter(pl.col("product_id") == b).select("order_id")
        both = with_a.join(with_b, on="order_id", how="semi")
        lift = both.height * n_orders / (with_a.height * with_b.height)
        pair = ia.bought_together(ds, top=None, product=a).filter(pl.col("other_product_id") == b)
        assert pair.height == 1 and pair["orders"][0] == both.height
        assert pair["lift"][0] == pytest.approx(lift, rel=1e-9)
        # planted: B2B product weights (offices buy cups, sugar sticks and milk together): lift ≈ 2
        assert lift > 1.7, (a, b)
        assert kinds.join(both, on="order_id", how="semi").select((pl.col("kind") == "b2b").mean()).item() > 0.8


# -- value by cohort (item 10) ------------------------------------------------------------------------------


def test_newer_cohorts_have_less_value_so_far_and_more_ahead(ds, raw):
    table = ia.value_by_cohort("year", ds)
    first = _orders(raw).group_by("customer_id").agg(cohort=pl.col("day").min().dt.year().cast(pl.String))
    plain = (first.join(_revenue(raw), on="customer_id").group_by("cohort")
             .agg(n=pl.len(), r=pl.col("revenue").mean()).sort("cohort"))
    assert table["cohort"].to_list() == plain["cohort"].to_list() == ["2023", "2024", "2025"]
    assert table["customers"].to_list() == plain["n"].to_list()
    assert table["mean_revenue"].to_list() == pytest.approx(plain["r"].to_list(), rel=1e-9)
    # planted by growing acquisition + buy-till-you-die: older cohorts had longer to buy (revenue falls),
    # newer ones have had fewer chances to drop out (expected CLV rises)
    revenue, clv = table["mean_revenue"].to_list(), table["mean_clv"].to_list()
    assert revenue == sorted(revenue, reverse=True) and clv == sorted(clv)
    assert clv[-1] > 1.5 * clv[0]


# -- the rest of issue 14 through insight.api on the workspace: a window on interactions, one segment's profile,
# value per period ----------------------------------------------------------------------------------------


def test_complainers_of_one_year_through_the_api(workspace, raw):
    table = ia.interactions(workspace=workspace, view="complaints", period="2024").row(0, named=True)
    orders = _orders(raw)
    first = orders.group_by("customer_id").agg(f=pl.col("day").min())
    year = raw["interactions"].filter(pl.col("happened_at").dt.year() == 2024)
    people = (pl.concat([orders.filter(pl.col("day").dt.year() == 2024).select("customer_id"),
                         year.select("customer_id")]).unique()
              .join(first.filter(pl.col("f") < dt.date(2025, 1, 1)), on="customer_id", how="semi"))
    complained = people.join(year.filter(pl.col("kind") == "complaint"), on="customer_id", how="semi")
    assert (table["customers"], table["complainers"]) == (people.height, complained.height)
    compare = _rows(ia.interactions(workspace=workspace, view="compare", start="2024-01-01", end="2025-01-01"),
                    "complained")
    assert compare["complained"]["mean_churn_risk"] > compare["no complaint"]["mean_churn_risk"] + 0.1


def test_the_a_customers_profile_is_business_customers(workspace, raw):
    row = ia.segment_profile("abc", workspace=workspace, segment="A").row(0, named=True)
    assert row["kind"] == "b2b" and row["kind_share"] > 0.9  # planted row 10: B2B spends ≈ 9× per order
    assert row["mean_revenue"] > 5 * ia.segment_profile("abc", workspace=workspace, segment="C")["mean_revenue"].item()


def test_value_per_period_peaks_in_q4_through_the_api(workspace, raw):
    got = dict(ia.value_by_period("quarter", workspace=workspace).select("period", "customer_capital_added").iter_rows())
    assert got["2024-Q4"] > 1.5 * got["2024-Q3"] and got["2023-Q4"] > 1.2 * got["2023-Q3"]
    orders = _orders(raw)
    q = orders.filter(pl.col("day").is_between(dt.date(2024, 10, 1), dt.date(2024, 12, 31)))
    table = ia.value_by_period("quarter", workspace=workspace).filter(pl.col("period") == "2024-Q4").row(0, named=True)
    assert table["active_customers"] == q.select("customer_id").n_unique()
