"""Questions for the rest of issue 14 on the demo (top referrers, response times, stated intent vs. survival
probability, the designed cross-sell), each expected value computed here in plain polars from the raw demo
tables (no insight.metrics / insight.query)."""

from __future__ import annotations

import datetime as dt

import polars as pl


def _t(keys, metric, rows, ordered=False, tol=0.001):
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def _struct(columns, min_rows=1):
    return {"kind": "structure", "columns": columns, "min_rows": min_rows}


def top_referrers(D: pl.DataFrame, C: pl.DataFrame, n: int = 3) -> list[list]:
    """The first ``n`` referrers by referred people who bought, then those buyers' revenue (returns included)."""
    att = D.filter(pl.col("customer_id").is_not_null())
    buyers = att.filter(pl.col("valid")).select("customer_id").unique()
    revenue = att.group_by("customer_id").agg(revenue=pl.col("amount").sum())
    ranked = (C.filter(pl.col("referred_by").is_not_null()).unique("customer_id")
              .join(buyers, on="customer_id", how="semi").join(revenue, on="customer_id", how="left")
              .group_by("referred_by").agg(n=pl.len(), revenue=pl.col("revenue").sum())
              .sort(["n", "revenue", "referred_by"], descending=[True, True, False]))
    return [[r, k] for r, k, _ in ranked.head(n).iter_rows()]


def _hours(interactions: pl.DataFrame, a: dt.date) -> pl.DataFrame:
    cut = dt.datetime.combine(a, dt.time())
    return (interactions.filter(pl.col("happened_at") < cut)
            .with_columns(kind=pl.col("kind").str.to_lowercase(),
                          hours=pl.when(pl.col("answered_at") < cut).then(
                              (pl.col("answered_at") - pl.col("happened_at")).dt.total_seconds() / 3600)))


def median_hours_by_kind(interactions: pl.DataFrame, a: dt.date) -> list[list]:
    frame = _hours(interactions, a).group_by("kind").agg(m=pl.col("hours").median()).drop_nulls("m").sort("kind")
    return [[k, round(v, 6)] for k, v in frame.iter_rows()]


def complaint_hours_by_outcome(D: pl.DataFrame, interactions: pl.DataFrame, a: dt.date) -> list[list]:
    """Median hours to answer a complaint of a buyer: 'stayed' = a valid order within 365 days after the
    complaint day, 'churned' = none (only complaints at least 365 days before ``a``)."""
    days = D.filter(pl.col("customer_id").is_not_null() & pl.col("valid")).select("customer_id", "day").unique()
    complaints = (_hours(interactions, a).filter(pl.col("kind") == "complaint")
                  .join(days.select("customer_id").unique(), on="customer_id", how="semi")
                  .with_columns(cday=pl.col("happened_at").dt.date(), n=pl.int_range(pl.len()))
                  .filter(pl.col("cday") + pl.duration(days=365) < pl.lit(a)))
    stayed = (complaints.join(days, on="customer_id")
              .filter((pl.col("day") > pl.col("cday")) & (pl.col("day") <= pl.col("cday") + pl.duration(days=365)))
              .select("n").unique().with_columns(stayed=pl.lit(True)))
    frame = (complaints.join(stayed, on="n", how="left")
             .group_by(outcome=pl.when(pl.col("stayed")).then(pl.lit("stayed")).otherwise(pl.lit("churned")))
             .agg(m=pl.col("hours").median()).sort("outcome"))
    return [[k, round(v, 6)] for k, v in frame.iter_rows()]


def pair_orders(D: pl.DataFrame, product: str) -> list[list]:
    """Orders holding ``product`` and each designed add-on (the demo's cross-sell)."""
    baskets = D.filter(pl.col("valid") & ~pl.col("is_return")).select("order_id", "product_id").unique()
    mine = baskets.filter(pl.col("product_id") == product).select("order_id")
    other = baskets.join(mine, on="order_id", how="semi").filter(pl.col("product_id") != product)
    counts = dict(other.group_by("product_id").agg(n=pl.len()).iter_rows())
    return [[p, counts[p]] for p in ("P5001", "P2003", "P1006") if p in counts and counts[p] >= 50]


def seeds_questions(D: pl.DataFrame, C: pl.DataFrame, a: dt.date) -> list[tuple]:
    from insight.api import demo_dataset  # the data source only

    interactions = demo_dataset().interactions
    referrers = top_referrers(D, C)
    kinds = median_hours_by_kind(interactions, a)
    outcome = complaint_hours_by_outcome(D, interactions, a)
    intent = ["rfm_segment", "repurchase_intent_rate", "mean_p_alive"]
    return [
        ("g069", "de", "Wer hat die meisten Kunden geworben?", _t(["referrer_id"], "referred_customers", referrers,
                                                                   True, 0.0)),
        ("g070", "en", "Who referred the most customers?", _t(["referrer_id"], "referred_customers", referrers,
                                                              True, 0.0)),
        ("g071", "en", "top referrers", _t(["referrer_id"], "referred_customers", referrers, True, 0.0)),
        ("g072", "de", "Wie schnell antworten wir?", _t(["interaction_kind"], "median_hours", kinds)),
        ("g073", "en", "What is our response time?", _t(["interaction_kind"], "median_hours", kinds)),
        ("g074", "de", "Reaktionszeit und Abwanderung", _t(["outcome"], "median_hours", outcome)),
        ("g075", "en", "response time of churned vs retained complainers", _t(["outcome"], "median_hours", outcome)),
        ("h042", "de", "Wiederkaufabsicht gegenüber Überlebenswahrscheinlichkeit je RFM-Segment",
         _struct(intent, min_rows=5)),
        ("h043", "en", "Stated repurchase intent vs survival probability per RFM segment", _struct(intent, min_rows=5)),
        # the designed cross-sell: the add-on is the first pair of its trigger
        ("g076", "de", "Was wird zusammen mit Artikel P3005 gekauft?", _t(["other_product_id"], "orders",
                                                                         pair_orders(D, "P3005")[:1], True, 0.0)),
        ("g077", "en", "What is bought together with product P3001?", _t(["other_product_id"], "orders",
                                                                        pair_orders(D, "P3001")[:1], True, 0.0)),
        # response time of the complaints only, and by the interaction's kind (not the customer's type)
        ("g078", "de", "Reaktionszeit auf Beschwerden", _t(["interaction_kind"], "median_hours",
                                                             [k for k in kinds if k[0] == "complaint"])),
        ("g079", "en", "response time to complaints", _t(["interaction_kind"], "median_hours",
                                                          [k for k in kinds if k[0] == "complaint"])),
        ("g080", "de", "Reaktionszeit nach Art", _t(["interaction_kind"], "median_hours", kinds)),
        ("g081", "en", "response time by kind", _t(["interaction_kind"], "median_hours", kinds)),
        ("g082", "de", "Zeig die Kundenbindungs-KPIs", _struct(["kpi", "value", "period", "status"], min_rows=9)),
        ("g083", "en", "Show the loyalty KPIs", _struct(["kpi", "value", "period", "status"], min_rows=9)),
    ]
