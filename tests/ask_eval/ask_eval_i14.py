"""Questions for the last items of issue 14 on the demo (referred customers staying longer, interactions and
complaints in a time window, satisfaction of churned vs. retained customers and by segment, a segment's full
profile, value per acquisition cohort and per period), each expected value computed here in plain polars from
the raw demo tables (no insight.metrics / insight.query); the conventions are those of docs/metrics.md."""

from __future__ import annotations

import datetime as dt

import polars as pl

import ask_eval_support as ref


def _t(keys, metric, rows, ordered=False, tol=0.001):
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def _s(metric, value, tol=0.001):
    return {"kind": "scalar", "metric": metric, "value": value, "rel_tol": tol}


def _struct(columns, min_rows=1, max_rows=None):
    out = {"kind": "structure", "columns": columns, "min_rows": min_rows}
    if max_rows is not None:
        out["max_rows"] = max_rows
    return out


def _r(v):
    return round(v, 6) if isinstance(v, float) else v


def lifetime(retention: float) -> float:
    """Expected months of a relationship from yearly retention: 1 / (1 − retention^(1/12)), at most 120."""
    churn = 1 - retention ** (1 / 12)
    return 120.0 if churn <= 0 else min(1 / churn, 120.0)


def window_customers(D: pl.DataFrame, interactions: pl.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    """The buyers of [start, end): first valid order before ``end``, and a valid order or any interaction in it."""
    valid = D.filter(pl.col("customer_id").is_not_null() & pl.col("valid"))
    first = valid.group_by("customer_id").agg(first=pl.col("day").min()).filter(pl.col("first") < end)
    bought = valid.filter((pl.col("day") >= start) & (pl.col("day") < end)).select("customer_id")
    touched = interactions.filter((pl.col("happened_at").dt.date() >= start)
                                  & (pl.col("happened_at").dt.date() < end)).select("customer_id")
    return pl.concat([bought, touched]).unique().join(first.select("customer_id"), on="customer_id", how="semi")


def complaint_rate_by(D, C, interactions, start, end, key: str | None) -> list[list]:
    people = window_customers(D, interactions, start, end)
    complained = (interactions.filter((pl.col("kind") == "complaint") & (pl.col("happened_at").dt.date() >= start)
                                      & (pl.col("happened_at").dt.date() < end))
                  .select("customer_id").unique().with_columns(c=pl.lit(True)))
    frame = people.join(complained, on="customer_id", how="left").with_columns(pl.col("c").fill_null(False))
    if key is None:
        return [["complained", int(frame["c"].sum())], ["no complaint", int((~frame["c"]).sum())]]
    frame = frame.join(C.select("customer_id", key), on="customer_id", how="left")
    return [[k, _r(v)] for k, v in frame.group_by(key).agg(v=pl.col("c").mean()).sort(key).iter_rows()]


def email_median_hours(interactions: pl.DataFrame, a: dt.date, start: dt.date, end: dt.date) -> float:
    """Median hours from an e-mail requested in [start, end) to its answer (answers by the analysis date)."""
    cut = dt.datetime.combine(a, dt.time())
    rows = interactions.filter((pl.col("kind") == "email") & (pl.col("happened_at").dt.date() >= start)
                               & (pl.col("happened_at").dt.date() < end))
    hours = rows.select(pl.when(pl.col("answered_at") < cut).then(
        (pl.col("answered_at") - pl.col("happened_at")).dt.total_seconds() / 3600)).to_series()
    return _r(float(hours.median()))


def value_per_period(D: pl.DataFrame, C: pl.DataFrame, grain: str, margin: float = 0.35) -> list[list]:
    """Customer capital earned per period: Σ line amount × line margin of the buyers' lines in the period −
    cost_to_serve of the buyers whose first valid order falls in it."""
    def label(day: pl.Expr) -> pl.Expr:
        return (day.dt.year().cast(pl.String) if grain == "year"
                else pl.format("{}-Q{}", day.dt.year(), day.dt.quarter()))

    line_margin = pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") > 0)).then(
        (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).otherwise(margin)
    att = D.filter(pl.col("customer_id").is_not_null())
    first = att.filter(pl.col("valid")).group_by("customer_id").agg(first=pl.col("day").min())
    gross = (att.join(first, on="customer_id", how="semi").group_by(p=label(pl.col("day")))
             .agg(g=(pl.col("amount") * line_margin).sum()))
    cost = (first.join(C.select("customer_id", "cost_to_serve"), on="customer_id", how="left")
            .group_by(p=label(pl.col("first"))).agg(c=pl.col("cost_to_serve").fill_null(0).sum()))
    out = gross.join(cost, on="p", how="full", coalesce=True).fill_null(0).sort("p")
    return [[p, _r(g - c)] for p, g, c in out.iter_rows()]


def i14_questions(D: pl.DataFrame, C: pl.DataFrame, S: pl.DataFrame, a: dt.date) -> list[tuple]:
    from insight.api import demo_dataset  # the data source only

    interactions = demo_dataset().interactions
    y23, y24 = ref.calendar_year(2023), ref.calendar_year(2024)
    att = D.filter(pl.col("customer_id").is_not_null())
    buyers = att.filter(pl.col("valid")).select("customer_id").unique().join(C, on="customer_id")
    referred = buyers.filter(pl.col("referred_by").is_not_null()).select("customer_id")

    def retention(ids: pl.DataFrame) -> float:
        return ref.retention(att.join(ids, on="customer_id", how="semi"), y23, y24)

    stay = [["referred", _r(lifetime(retention(referred)))],
            ["not referred", _r(lifetime(retention(buyers.join(referred, on="customer_id", how="anti"))))]]
    email24 = [["email", email_median_hours(interactions, a, *y24)]]
    rate23 = complaint_rate_by(D, C, interactions, *y23, "kind")
    complainers24 = dict(complaint_rate_by(D, C, interactions, *y24, None))
    # "Beschwerdequote im letzten Jahr" asks for one figure (answers.md: a single number is one row, one column
    # named after its metric): the share of the window's customers who complained, not the comparison table
    rate24 = _r(complainers24["complained"] / (complainers24["complained"] + complainers24["no complaint"]))
    # satisfaction of respondents who churned vs. stayed (judged after a full year; docs/metrics.md)
    judged = S.select("customer_id", "response_date").unique().filter(
        pl.col("response_date") + pl.duration(days=365) < pl.lit(a))
    days = att.filter(pl.col("valid")).select("customer_id", "day").unique()
    stayed = (judged.join(days, on="customer_id")
              .filter((pl.col("day") > pl.col("response_date"))
                      & (pl.col("day") <= pl.col("response_date") + pl.duration(days=365)))
              .select("customer_id", "response_date", stayed=pl.lit(True)).unique())
    outcome = (S.join(judged, on=["customer_id", "response_date"])
               .join(stayed, on=["customer_id", "response_date"], how="left")
               .with_columns(outcome=pl.when(pl.col("stayed")).then(pl.lit("stayed")).otherwise(pl.lit("churned"))))
    csat_outcome = [[k, _r(v)] for k, v in outcome.group_by("outcome").agg(v=pl.col("satisfaction").mean())
                    .sort("outcome").iter_rows()]
    R, A = ref.rfm(D, a), ref.abc(D)
    answers = S.filter(pl.col("nps").is_not_null()).join(R.select("customer_id", "rfm_segment"), on="customer_id")
    nps_rfm = [[k, _r(v)] for k, v in answers.group_by("rfm_segment").agg(
        v=100 * ((pl.col("nps") >= 9).sum().cast(pl.Int64) - (pl.col("nps") <= 6).sum().cast(pl.Int64)) / pl.len()).sort("rfm_segment").iter_rows()]
    csat_channel = [[k, _r(v)] for k, v in S.join(C.select("customer_id", "acquisition_channel"), on="customer_id")
                    .group_by("acquisition_channel").agg(v=pl.col("satisfaction").mean())
                    .sort("acquisition_channel").iter_rows()]
    abc_counts = dict(ref.count_by(A, "abc_class"))
    rfm_counts = dict(ref.count_by(R, "rfm_segment"))
    revenue = att.group_by("customer_id").agg(r=pl.col("amount").sum())
    abc_mean = [[k, _r(v)] for k, v in A.select("customer_id", "abc_class").join(revenue, on="customer_id")
                .group_by("abc_class").agg(v=pl.col("r").mean()).sort("abc_class").iter_rows()]
    first = att.filter(pl.col("valid")).group_by("customer_id").agg(f=pl.col("day").min())
    cohorts_year = [[k, n] for k, n in first.group_by(c=pl.col("f").dt.year().cast(pl.String)).agg(n=pl.len())
                    .sort("c").iter_rows()]
    cohorts_quarter = [[k, n] for k, n in first.group_by(
        c=pl.format("{}-Q{}", pl.col("f").dt.year(), pl.col("f").dt.quarter())).agg(n=pl.len()).sort("c").iter_rows()]
    profile = ["customers", "customer_share", "mean_revenue", "mean_clv", "repeat_rate", "mean_tenure_months",
               "expected_lifetime_months", "retention_rate", "mean_churn_risk", "kind", "kind_share"]
    return [
        # item 4: referred customers stay longer (expected relationship from each group's own retention)
        ("v001", "de", "Bleiben geworbene Kunden länger?", _t(["referred"], "expected_lifetime_months", stay)),
        ("v002", "en", "Do referred customers stay longer?", _t(["referred"], "expected_lifetime_months", stay)),
        # item 5: interactions and complaints in a window, read on the interaction's own timestamp
        ("v003", "de", "Reaktionszeit auf E-Mails 2024", _t(["interaction_kind"], "median_hours", email24)),
        ("v004", "en", "response time to emails in 2024", _t(["interaction_kind"], "median_hours", email24)),
        ("v005", "en", "complaints in 2023 by kind", _t(["kind"], "complaint_rate", rate23)),
        ("v006", "de", "Beschwerdequote 2023 nach Kundentyp", _t(["kind"], "complaint_rate", rate23)),
        ("v007", "de", "Beschwerdequote im letzten Jahr", _s("complaint_rate", rate24)),
        ("v008", "en", "complaint rate last year", _s("complaint_rate", rate24)),
        # item 6: satisfaction of churned vs. retained customers, NPS and CSAT by segment / channel
        ("v009", "de", "Zufriedenheit abgewanderter vs. gebliebener Kunden", _t(["outcome"], "csat", csat_outcome)),
        ("v010", "en", "satisfaction of churned vs active customers", _t(["outcome"], "csat", csat_outcome)),
        ("v011", "de", "NPS nach RFM-Segment", _t(["rfm_segment"], "nps", nps_rfm)),
        ("v012", "en", "CSAT by acquisition channel", _t(["acquisition_channel"], "csat", csat_channel)),
        # item 8: a segment's profile is the full table every method shares
        ("v013", "de", "Profil der A-Kunden", _t(["abc_class"], "customers", [["A", abc_counts["A"]]], tol=0.0)),
        ("v014", "de", "Profil der A-Kunden", _struct(profile, max_rows=1)),
        ("v015", "en", "describe the champions segment", _t(["rfm_segment"], "customers",
                                                            [["Champions", rfm_counts["Champions"]]], tol=0.0)),
        ("v016", "en", "describe the champions segment", _struct(profile, max_rows=1)),
        ("v017", "de", "wie sehen die Cluster aus?", _struct(["cluster", *profile], min_rows=2)),
        ("v018", "en", "Profile of the ABC classes", _t(["abc_class"], "mean_revenue", abc_mean)),
        # item 10: value per acquisition cohort and per period
        ("v019", "de", "CLV nach Kohorte", _t(["cohort"], "customers", cohorts_year, True, 0.0)),
        ("v020", "en", "LTV per first-order year", _t(["cohort"], "customers", cohorts_year, True, 0.0)),
        ("v021", "en", "customer value by quarter of first purchase", _t(["cohort"], "customers", cohorts_quarter,
                                                                         True, 0.0)),
        ("v022", "de", "Kundenwert pro Quartal", _t(["period"], "customer_capital_added",
                                                    value_per_period(D, C, "quarter"), True)),
        ("v023", "en", "customer value by year", _t(["period"], "customer_capital_added",
                                                    value_per_period(D, C, "year"), True)),
    ]
