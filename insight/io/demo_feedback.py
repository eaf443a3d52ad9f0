"""Surveys, coupons and interactions of the demo, driven by each buyer's simulated truth.

The order simulation knows whether a buyer is still active at the end (``alive``); stated loyalty
(repurchase intent, NPS), coupon redemption and complaints depend on it, so that "stated vs predicted
loyalty" and churn analyses find a real signal rather than noise.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl

from insight.io import demo_catalogue as cat
from insight.schema import COUPONS, INTERACTIONS, SURVEY_RESPONSES

SURVEY_WAVES = (dt.date(2024, 3, 11), dt.date(2025, 3, 10))  # each open for four weeks
RESPONSE_RATE = {True: 0.34, False: 0.16}  # by alive
KIND_SATISFACTION = {"b2b": 0.35, "b2c": 0.0}  # B2B accounts have a personal contact: more satisfied (planted)
INTERACTIONS_PER_PERSON = {"b2b": 7.0, "b2c": 1.6, "prospect": 2.5, "contact": 1.2, "lead": 0.0}
INTERACTION_MIX = {"b2b": {"call": 0.37, "email": 0.36, "visit": 0.27},
                   "b2c": {"call": 0.30, "email": 0.68, "visit": 0.02}}


def _uniform(rng: np.random.Generator, n: int) -> pl.Series:
    return pl.Series(rng.uniform(size=n))


def _normal(rng: np.random.Generator, n: int, scale: float) -> pl.Series:
    return pl.Series(rng.normal(0.0, scale, n))


def survey_responses(rng: np.random.Generator, buyers: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    """Two yearly survey waves; one row per answered aspect; nps and repurchase intent once per response set."""
    waves = pl.DataFrame({"wave": list(SURVEY_WAVES)})
    sets = (buyers.select("customer_id", "alive", "first_order", "kind").join(waves, how="cross")
            .filter(pl.col("first_order") < pl.col("wave")).sort("wave", "customer_id"))
    n = sets.height
    sets = sets.with_columns(u=_uniform(rng, n), day=pl.Series(rng.integers(0, 28, n)),
                             theta=pl.when(pl.col("alive")).then(0.3).otherwise(-0.45) + _normal(rng, n, 0.55)
                             + pl.col("kind").replace_strict(KIND_SATISFACTION, return_dtype=pl.Float64),
                             e_nps=_normal(rng, n, 1.9), e_rep=_normal(rng, n, 0.75))
    sets = sets.filter(pl.col("u") < pl.when(pl.col("alive")).then(RESPONSE_RATE[True])
                       .otherwise(RESPONSE_RATE[False]))
    sets = sets.with_columns(response_date=(pl.col("wave") + pl.duration(days=pl.col("day"))).clip(
        upper_bound=end).cast(pl.Date))
    aspects = pl.DataFrame({"aspect": list(cat.ASPECTS), "aspect_no": list(range(len(cat.ASPECTS))),
                            "mu_sat": [v[1] for v in cat.ASPECTS.values()],
                            "mu_imp": [v[2] for v in cat.ASPECTS.values()]})
    rows = sets.join(aspects, how="cross").sort("wave", "customer_id", "aspect_no")
    m = rows.height
    rows = rows.with_columns(keep=_uniform(rng, m) < 0.92, e_sat=_normal(rng, m, 0.75), e_imp=_normal(rng, m, 0.7))
    rows = rows.filter(pl.col("keep") | (pl.col("aspect_no") == 0))
    first = pl.int_range(pl.len()).over("wave", "customer_id") == 0
    nps = (7.5 + 2.4 * pl.col("theta") + pl.col("e_nps")).round().clip(0, 10)
    intent = (pl.when(pl.col("alive")).then(4.1).otherwise(2.5) + 0.5 * pl.col("theta") + pl.col("e_rep"))
    return rows.with_columns(
        satisfaction=(pl.col("mu_sat") + pl.col("theta") + pl.col("e_sat")).round().clip(1, 5),
        importance=(pl.col("mu_imp") + pl.col("e_imp")).round().clip(1, 5),
        nps=pl.when(first).then(nps),
        repurchase_intent=pl.when(first).then(intent.round().clip(1, 5)),
    ).select(list(SURVEY_RESPONSES.columns)).cast(SURVEY_RESPONSES.columns)


def coupons(rng: np.random.Generator, buyers: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    """Campaign coupons for active or lapsed buyers plus a welcome coupon at many first orders."""
    camp = pl.DataFrame({
        "campaign": list(cat.CAMPAIGNS),
        "issued_at": [dt.date.fromisoformat(v[0]) for v in cat.CAMPAIGNS.values()],
        "share": [v[1] for v in cat.CAMPAIGNS.values()],
        "base": [v[2] for v in cat.CAMPAIGNS.values()],
        "target": [v[3] for v in cat.CAMPAIGNS.values()],
    })
    base = buyers.select("customer_id", "alive", "first_order", "last_order")
    lapsed = pl.col("last_order") < pl.col("issued_at") - pl.duration(days=150)
    issued = (base.join(camp, how="cross")
              .filter(pl.col("first_order") < pl.col("issued_at"))
              .filter(pl.when(pl.col("target") == "lapsed").then(lapsed).otherwise(~lapsed))
              .with_columns(boost=pl.when(pl.col("alive")).then(1.4).otherwise(0.5)))
    welcome = (base.filter(pl.col("first_order") >= dt.date(2024, 1, 1))
               .with_columns(campaign=pl.lit(cat.WELCOME_CAMPAIGN), issued_at=pl.col("first_order"),
                             share=pl.lit(0.7), base=pl.lit(0.28), target=pl.lit("new"),
                             boost=pl.when(pl.col("alive")).then(1.3).otherwise(0.6)))
    allc = pl.concat([issued, welcome.select(issued.columns)]).sort("issued_at", "campaign", "customer_id")
    n = allc.height
    allc = allc.with_columns(u_issue=_uniform(rng, n), u_redeem=_uniform(rng, n),
                             delay=pl.Series(1 + np.minimum(np.floor(rng.exponential(9.0, n)), 44)).cast(pl.Int64))
    allc = allc.filter(pl.col("u_issue") < pl.col("share"))
    redeemed_at = pl.col("issued_at") + pl.duration(days=pl.col("delay"))
    return (allc.with_columns(
        redeemed_at=pl.when((pl.col("u_redeem") < pl.col("base") * pl.col("boost")) & (redeemed_at <= end))
        .then(redeemed_at).cast(pl.Date),
        coupon_id=pl.format("GS{}", pl.int_range(100001, 100001 + pl.len())),
    ).select(list(COUPONS.columns)).cast(COUPONS.columns))


def interactions(rng: np.random.Generator, pop: pl.DataFrame, buyers: pl.DataFrame, start: dt.date,
                 end: dt.date) -> pl.DataFrame:
    """Calls, e-mails, visits and complaints between first contact and the end; complaints mark churners."""
    people = pop.select("customer_id", "status", "kind", "first_contact_date").join(
        buyers.select("customer_id", "alive"), on="customer_id", how="left", maintain_order="left")
    group = np.where(people.get_column("status").to_numpy() == "customer", people.get_column("kind").to_numpy(),
                     people.get_column("status").to_numpy())
    count = rng.poisson(np.array([INTERACTIONS_PER_PERSON[g] for g in group]))
    idx = np.repeat(np.arange(people.height), count)
    rows = people[idx].with_columns(
        rank=pl.int_range(pl.len()).over("customer_id"), u_time=_uniform(rng, idx.size),
        u_kind=_uniform(rng, idx.size), u_note=_uniform(rng, idx.size),
        hour=pl.Series(rng.uniform(8.0, 18.0, idx.size)))
    first_day = pl.max_horizontal(pl.col("first_contact_date"), pl.lit(start))
    span = (pl.lit(end) - first_day).dt.total_days()
    offset = pl.when(pl.col("rank") == 0).then(0).otherwise((pl.col("u_time") * (span + 1)).floor().cast(pl.Int64))
    complaint = pl.when(pl.col("status") != "customer").then(0.01).when(pl.col("alive")).then(0.05).otherwise(0.16)
    b2b_mix, b2c_mix = INTERACTION_MIX["b2b"], INTERACTION_MIX["b2c"]

    def mix(shares: dict[str, float]) -> pl.Expr:
        call, email = shares["call"], shares["email"]
        v = (pl.col("u_kind") - complaint) / (1 - complaint)
        return pl.when(v < call).then(pl.lit("call")).when(v < call + email).then(pl.lit("email")).otherwise(
            pl.lit("visit"))

    rows = rows.with_columns(
        happened_at=(first_day + pl.duration(days=offset)).cast(pl.Datetime("us"))
        + pl.duration(seconds=(pl.col("hour") * 3600).floor().cast(pl.Int64)),
        kind=pl.when(pl.col("u_kind") < complaint).then(pl.lit("complaint"))
        .when(pl.col("kind") == "b2b").then(mix(b2b_mix)).otherwise(mix(b2c_mix)),
    )
    notes = pl.DataFrame([{"kind": k, "note_no": i, "note": t} for k, texts in cat.INTERACTION_NOTES.items()
                          for i, t in enumerate(texts)])
    sizes = {k: len(v) for k, v in cat.INTERACTION_NOTES.items()}
    rows = rows.with_columns(
        note_no=(pl.col("u_note") * pl.col("kind").replace_strict(sizes, return_dtype=pl.Int64)).floor().cast(pl.Int64))
    return (rows.join(notes, on=["kind", "note_no"], how="left", maintain_order="left")
            .sort("happened_at", "customer_id", maintain_order=True)
            .select(list(INTERACTIONS.columns)).cast(INTERACTIONS.columns))


# Hours from request to answer (median of a log-normal) per interaction kind; visits are not requests.
ANSWER_MEDIAN_HOURS = {"call": 3.0, "email": 10.0, "complaint": 20.0}
SLOW_COMPLAINT_FACTOR = 3.5  # complaints a dropped-out buyer makes after the last order: 3.5x slower (planted)
B2B_ANSWER_FACTOR = 0.6  # business accounts have a key-account manager: answered faster
UNANSWERED = {"call": 0.0, "email": 0.04, "complaint": 0.03}


def answer_times(rng: np.random.Generator, rows: pl.DataFrame, pop: pl.DataFrame, buyers: pl.DataFrame,
                 end: dt.date) -> pl.DataFrame:
    """``rows`` (the interactions) plus ``answered_at``: when a call, e-mail or complaint was answered.

    Null for visits (not a request), for the few requests never answered and for answers after ``end``
    (still open). Complaints that a buyer who drops out makes on or after the last order day wait
    ``SLOW_COMPLAINT_FACTOR`` times longer: a slow answer goes with losing the customer (the planted effect
    of docs/demo-data.md, row 13).
    """
    facts = pop.select("customer_id", "kind").join(buyers.select("customer_id", "alive", "last_order"),
                                                      on="customer_id", how="left", maintain_order="left")
    n = rows.height
    frame = rows.join(facts.rename({"kind": "customer_kind"}), on="customer_id", how="left",
                      maintain_order="left").with_columns(
        u_open=_uniform(rng, n), z=pl.Series(rng.normal(0.0, 0.9, n)))
    median = (pl.col("kind").replace_strict(ANSWER_MEDIAN_HOURS, default=None, return_dtype=pl.Float64)
              * pl.when((pl.col("kind") == "complaint") & (pl.col("alive") == False)  # noqa: E712
                      & (pl.col("happened_at").dt.date() >= pl.col("last_order")))
              .then(SLOW_COMPLAINT_FACTOR).otherwise(1.0)
              * pl.when(pl.col("customer_kind") == "b2b").then(B2B_ANSWER_FACTOR).otherwise(1.0))
    seconds = (median * pl.col("z").exp() * 3600).round().cast(pl.Int64).clip(lower_bound=60)
    answered = pl.col("happened_at") + pl.duration(seconds=seconds)
    closed = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
    unanswered = pl.col("u_open") < pl.col("kind").replace_strict(UNANSWERED, default=1.0, return_dtype=pl.Float64)
    return frame.with_columns(
        answered_at=pl.when(~unanswered & median.is_not_null() & (answered < closed)).then(answered)
        .cast(pl.Datetime("us"))).select(*rows.columns, "answered_at")
