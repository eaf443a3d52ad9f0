"""Referral analysis (Empfehlungsanalyse, seed 004 "Patenschaft"): who brings new customers, what they are
worth, and whether referred customers stay longer than the others.

- ``referrers``: per referrer (a ``referred_by`` id of the customers table) the people referred, how many
  of them became customers (an order before the analysis date), their revenue, customer capital and
  expected CLV; ranked by referred customers, then their revenue.
- ``referral_comparison``: referred customers (``referred_by`` set) vs. the others on the comparison of
  ``insight.analyses.groups`` (retention, churn risk, CLV, value).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.metrics.require import require_columns

REFERRED = {True: "referred", False: "not referred"}


def referrers(ds: Dataset) -> pl.DataFrame:
    """One row per referrer: referrer_id, [referrer_name,] referred (people naming it in ``referred_by``),
    referred_customers (of them with an order), referred_revenue, referred_customer_capital, referred_clv
    (summed expected CLV; null without a CLV model), referrer_revenue (its own); most customers first."""
    from insight.metrics.customer_table import customer_table
    from insight.analyses.groups import clv_or_empty

    require_columns(ds, "customers", ("referred_by",), "the referral analysis")
    people = (ds.customers.lazy().filter(pl.col("referred_by").is_not_null())
              .unique(subset="customer_id", keep="first").select("customer_id", "referred_by"))
    table = customer_table(ds).lazy().select("customer_id", "revenue", "customer_capital")
    ids = ds.customers.schema["customer_id"]
    clv = clv_or_empty(ds).lazy().select(pl.col("customer_id").cast(ids), "clv")
    bought = table.with_columns(pl.col("customer_id").cast(ids), _customer=pl.lit(True)).join(
        clv, on="customer_id", how="left")
    frame = (
        people.join(bought, on="customer_id", how="left")
        .group_by(referrer_id="referred_by")
        .agg(referred=pl.len().cast(pl.Int64),
             referred_customers=pl.col("_customer").count().cast(pl.Int64),
             referred_revenue=pl.col("revenue").sum(),
             referred_customer_capital=pl.col("customer_capital").sum(),
             referred_clv=pl.when(pl.col("clv").count() > 0).then(pl.col("clv").sum()))
    )
    own = table.select(referrer_id=pl.col("customer_id").cast(ids), referrer_revenue="revenue")
    frame = frame.join(own, on="referrer_id", how="left")
    names = []
    if "name" in ds.customers.columns:
        frame = frame.join(ds.customers.lazy().unique(subset="customer_id", keep="first")
                           .select(referrer_id="customer_id", referrer_name="name"), on="referrer_id", how="left")
        names = ["referrer_name"]
    return (frame.select("referrer_id", *names, "referred", "referred_customers", "referred_revenue",
                         "referred_customer_capital", "referred_clv", "referrer_revenue")
            .sort(["referred_customers", "referred_revenue", "referrer_id"], descending=[True, True, False],
                  nulls_last=True)
            .collect())


def referral_groups(ds: Dataset) -> pl.DataFrame:
    """customer_id, referred ('referred' / 'not referred') for every customer."""
    from insight.metrics.customer_table import customer_table

    require_columns(ds, "customers", ("referred_by",), "the referral analysis")
    return customer_table(ds).select(
        "customer_id",
        referred=pl.when(pl.col("referred_by").is_not_null()).then(pl.lit(REFERRED[True]))
        .otherwise(pl.lit(REFERRED[False])))


def referral_comparison(ds: Dataset) -> pl.DataFrame:
    """Referred vs. not referred customers: ``insight.analyses.groups.behaviour_by`` with ``referred`` first
    (retention_rate, mean_churn_risk, mean_clv, value); 'referred' is the first row."""
    from insight.analyses.groups import behaviour_by

    frame = behaviour_by(ds, referral_groups(ds), "referred")
    return frame.sort(pl.col("referred") != REFERRED[True])
