"""Satisfaction linked to behaviour (seed 003 "Ein zufriedener Kunde ist der Marke eher treu", seed 002
"Prognose zur Kundentreue"): what customers say, beside what they do.

- ``satisfaction_by``: CSAT, NPS and repurchase intent per customer group (kind, acquisition channel, an
  RFM segment, a band, …), with the group's mean P(alive).
- ``intent_vs_alive``: stated repurchase intent vs. the model's P(alive) per group (default: RFM segment).
- ``satisfaction_by_outcome``: the answers of respondents who stayed vs. those who churned afterwards.
  A response is judged when at least ``follow_days`` (default 365) lie between it and the analysis date:
  *stayed* = an order in (response_date, response_date + follow_days], else *churned*. Younger responses
  are left out (``open`` counts them), so a recent wave is never called churned for lack of time.

Survey conventions are those of ``insight.analyses.survey``: answers before the analysis date; CSAT over
aspect rows; NPS and repurchase intent once per (customer, response_date).
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.dataset import Dataset
from insight.metrics.require import has_column, require_columns

OUTCOMES = ("stayed", "churned")


def _survey(ds: Dataset, purpose: str) -> pl.LazyFrame:
    require_columns(ds, "survey_responses", ("customer_id", "response_date"), purpose)
    return ds.survey_responses.lazy().filter(pl.col("response_date") < pl.lit(ds.as_of, dtype=pl.Date))


def _answer_aggs(rows: pl.LazyFrame, keys: list[str], schema: pl.Schema) -> pl.LazyFrame:
    """Per ``keys``: respondents, responses, csat, satisfied_share, nps, repurchase_intent_rate (columns
    absent from the survey are null)."""
    has = set(schema.names())
    aspect = rows.group_by(keys).agg(
        respondents=pl.col("customer_id").n_unique().cast(pl.Int64),
        csat=pl.col("satisfaction").mean() if "satisfaction" in has else pl.lit(None, dtype=pl.Float64),
        satisfied_share=((pl.col("satisfaction") >= 4).sum() / pl.col("satisfaction").count())
        if "satisfaction" in has else pl.lit(None, dtype=pl.Float64))
    overall_cols = [c for c in ("nps", "repurchase_intent") if c in has]
    once = rows.group_by(["customer_id", "response_date", *keys]).agg(
        *[pl.col(c).drop_nulls().first() for c in overall_cols])
    nps = (((pl.col("nps") >= 9).sum().cast(pl.Int64) - (pl.col("nps") <= 6).sum().cast(pl.Int64)) * 100.0
           / pl.col("nps").count()
           if "nps" in has else pl.lit(None, dtype=pl.Float64))
    intent = ((pl.col("repurchase_intent") >= 4).sum() / pl.col("repurchase_intent").count()
              if "repurchase_intent" in has else pl.lit(None, dtype=pl.Float64))
    overall = once.group_by(keys).agg(responses=pl.len().cast(pl.Int64), nps=nps, repurchase_intent_rate=intent)
    return aspect.join(overall, on=keys, how="left", nulls_equal=True)


def satisfaction_by(ds: Dataset, by: str = "kind") -> pl.DataFrame:
    """Per ``by`` (a customer column, segment or band; see ``insight.analyses.groups.customer_groups``):
    respondents, responses, csat, satisfied_share (aspect answers 4–5), nps (points),
    repurchase_intent_rate and mean_p_alive of the respondents; sorted by ``by``."""
    from insight.analyses.groups import clv_or_empty, customer_groups

    rows = _survey(ds, "satisfaction by group")
    groups = customer_groups(ds, by)
    ids = groups.schema["customer_id"]
    rows = rows.with_columns(pl.col("customer_id").cast(ids)).join(groups.lazy(), on="customer_id", how="inner")
    frame = _answer_aggs(rows, [by], ds.survey_responses.schema)
    alive = (rows.select("customer_id", by).unique()
             .join(clv_or_empty(ds).lazy().with_columns(pl.col("customer_id").cast(ids)), on="customer_id", how="left")
             .group_by(by).agg(mean_p_alive=pl.col("p_alive").mean()))
    return (frame.join(alive, on=by, how="left", nulls_equal=True)
            .select(by, "respondents", "responses", "csat", "satisfied_share", "nps", "repurchase_intent_rate",
                    "mean_p_alive")
            .sort(by, nulls_last=True).collect())


def intent_vs_alive(ds: Dataset, by: str = "rfm_segment") -> pl.DataFrame:
    """Stated vs. predicted loyalty per ``by``: respondents, repurchase_intent_rate (latest answer 4–5),
    mean_intent, mean_p_alive and gap = repurchase_intent_rate − mean_p_alive (positive: they say they
    will stay more than their buying suggests)."""
    from insight.analyses.groups import clv_or_empty, customer_groups

    require_columns(ds, "survey_responses", ("repurchase_intent",), "the repurchase intent")
    groups = customer_groups(ds, by)
    ids = groups.schema["customer_id"]
    latest = (_survey(ds, "the repurchase intent").filter(pl.col("repurchase_intent").is_not_null())
              .sort("response_date").group_by("customer_id").agg(pl.col("repurchase_intent").last())
              .with_columns(pl.col("customer_id").cast(ids))
              .join(groups.lazy(), on="customer_id", how="inner")
              .join(clv_or_empty(ds).lazy().with_columns(pl.col("customer_id").cast(ids)), on="customer_id",
                    how="left"))
    return (latest.group_by(by)
            .agg(respondents=pl.len().cast(pl.Int64),
                 repurchase_intent_rate=(pl.col("repurchase_intent") >= 4).mean(),
                 mean_intent=pl.col("repurchase_intent").mean(), mean_p_alive=pl.col("p_alive").mean())
            .with_columns(gap=pl.col("repurchase_intent_rate") - pl.col("mean_p_alive"))
            .sort(by, nulls_last=True).collect())


def response_outcomes(ds: Dataset, follow_days: int = 365) -> pl.DataFrame:
    """customer_id, response_date, outcome ('stayed' / 'churned', null when fewer than ``follow_days`` lie
    between the response and the analysis date) for every (customer, response_date)."""
    from insight.metrics.lines import attributed, prepared_lines

    responses = _survey(ds, "satisfaction by outcome").select("customer_id", "response_date").unique()
    orders = attributed(prepared_lines(ds)).filter(pl.col("is_order")).select("customer_id", "order_day").unique()
    ids = orders.collect_schema()["customer_id"]
    responses = responses.with_columns(pl.col("customer_id").cast(ids))
    horizon = pl.col("response_date") + pl.duration(days=follow_days)
    bought = (responses.join(orders, on="customer_id", how="inner")
              .filter((pl.col("order_day") > pl.col("response_date")) & (pl.col("order_day") <= horizon))
              .select("customer_id", "response_date", _bought=pl.lit(True)).unique())
    judged = horizon < pl.lit(ds.as_of, dtype=pl.Date)
    return (responses.join(bought, on=["customer_id", "response_date"], how="left")
            .with_columns(outcome=pl.when(~judged).then(pl.lit(None, dtype=pl.String))
                          .when(pl.col("_bought")).then(pl.lit("stayed")).otherwise(pl.lit("churned")))
            .drop("_bought").collect())


def satisfaction_by_outcome(ds: Dataset, follow_days: int = 365) -> pl.DataFrame:
    """Per outcome ('stayed' first, then 'churned', then null = open): respondents, responses, csat,
    satisfied_share, nps and repurchase_intent_rate of the responses given ``follow_days`` or more before
    the analysis date, judged by an order within ``follow_days`` after the response."""
    if not has_column(ds, "survey_responses", "satisfaction") and not has_column(ds, "survey_responses", "nps"):
        require_columns(ds, "survey_responses", ("satisfaction",), "satisfaction by outcome")
    outcomes = response_outcomes(ds, follow_days)
    ids = outcomes.schema["customer_id"]
    rows = (_survey(ds, "satisfaction by outcome").with_columns(pl.col("customer_id").cast(ids))
            .join(outcomes.lazy(), on=["customer_id", "response_date"], how="inner"))
    frame = _answer_aggs(rows, ["outcome"], ds.survey_responses.schema).collect()
    order = pl.col("outcome").replace_strict(list(OUTCOMES), [0, 1], default=2, return_dtype=pl.Int64)
    return frame.select("outcome", "respondents", "responses", "csat", "satisfied_share", "nps",
                        "repurchase_intent_rate").sort(order)


def follow_up_cutoff(ds: Dataset, follow_days: int = 365) -> dt.date:
    """The last response date that can be judged: analysis date − follow_days − 1 day."""
    return ds.as_of - dt.timedelta(days=follow_days + 1)
