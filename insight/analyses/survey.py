"""Stated loyalty from survey responses: NPS, CSAT per aspect, importance x satisfaction, repurchase intent.

Survey files often repeat a response's overall answers (nps, repurchase_intent) on every aspect row, so
overall answers are counted once per (customer_id, response_date); aspect answers once per row.
Only responses before the analysis date count.
"""

from __future__ import annotations


import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError
from insight.labels import label_expr
from insight.metrics.require import has_column, require_columns


def _responses(ds: Dataset, columns: tuple[str, ...], purpose: str, by: str | None = None) -> pl.LazyFrame:
    """Survey rows before the analysis date with the needed columns non-null, joined to ``by`` if it is a
    customer attribute."""
    require_columns(ds, "survey_responses", columns, purpose)
    rows = ds.survey_responses.lazy().filter(pl.col("response_date") < pl.lit(ds.as_of, dtype=pl.Date))
    for column in columns:
        rows = rows.filter(pl.col(column).is_not_null())
    if by in ("month", "quarter", "year", "fiscal_quarter", "fiscal_year") and by not in ds.survey_responses.columns:
        from insight.metrics.grouped import fiscal_of, time_label  # "NPS nach Quartal": the response date's period

        return rows.with_columns(time_label(by, pl.col("response_date").cast(pl.Date), fiscal_of(ds)).alias(by))
    if by is not None and by not in ds.survey_responses.columns:
        from insight.analyses.groups import DERIVED_GROUPS, customer_groups

        if by in DERIVED_GROUPS and by not in ds.customers.columns:  # a segment or band of the customers
            groups = customer_groups(ds, by)
            return rows.with_columns(pl.col("customer_id").cast(groups.schema["customer_id"])).join(
                groups.lazy(), on="customer_id", how="left")
        require_columns(ds, "customers", (by,), f"{purpose} by {by}")
        rows = rows.join(ds.customers.lazy().select("customer_id", by), on="customer_id", how="left")
    return rows


def _once_per_response(rows: pl.LazyFrame, column: str, by: str | None) -> pl.LazyFrame:
    keys = ["customer_id", "response_date", *([by] if by else [])]
    return rows.group_by(keys).agg(pl.col(column).first())


def _grouped(frame: pl.LazyFrame, by: str | None, **aggs: pl.Expr) -> pl.DataFrame:
    out = frame.group_by(by).agg(**aggs).sort(by) if by else frame.select(**aggs)
    return out.collect()


def nps(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """Net Promoter Score in points (-100..100): % promoters (9-10) minus % detractors (0-6).

    Columns: [by,] responses, promoters, passives, detractors, nps.
    """
    rows = _once_per_response(_responses(ds, ("nps",), "the NPS", by), "nps", by)
    score = pl.col("nps")
    n = pl.len().cast(pl.Int64)
    return _grouped(
        rows, by,
        responses=n,
        promoters=(score >= 9).sum().cast(pl.Int64),
        passives=((score > 6) & (score < 9)).sum().cast(pl.Int64),
        detractors=(score <= 6).sum().cast(pl.Int64),
        nps=100.0 * ((score >= 9).sum().cast(pl.Int64) - (score <= 6).sum().cast(pl.Int64)) / n,
    )


_PER_ASPECT = ("satisfaction", "importance")  # the answers given per aspect; the others repeat on each aspect row


def answer_median(ds: Dataset, column: str, by: str | None = None) -> pl.DataFrame:
    """The median of one survey column's answers (once per response where the column repeats on each aspect
    row, as the NPS answer does): [by,] median, responses."""
    rows = _responses(ds, (column,), f"the median of {column}", by)
    if column not in _PER_ASPECT and has_column(ds, "survey_responses", "aspect"):
        rows = _once_per_response(rows, column, by)
    return _grouped(rows, by, median=pl.col(column).cast(pl.Float64).median(), responses=pl.len().cast(pl.Int64))


def nps_detail(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """The NPS answers' other figures, counted like :func:`nps`: [by,] responses, the classes' shares
    (promoter_share 9-10, passive_share 7-8, detractor_share 0-6) and the mean answer (nps_mean, 0-10: not the
    NPS, which an "average recommendation score" of 7.2 is not)."""
    rows = _once_per_response(_responses(ds, ("nps",), "the NPS", by), "nps", by)
    score = pl.col("nps")
    return _grouped(
        rows, by,
        responses=pl.len().cast(pl.Int64),
        promoter_share=(score >= 9).mean(),
        passive_share=((score > 6) & (score < 9)).mean(),
        detractor_share=(score <= 6).mean(),
        nps_mean=score.mean(),
    )


NPS_CLASSES = {"promoters": (9.0, 10.0), "passives": (7.0, 8.0), "detractors": (0.0, 6.0)}


def nps_class_customers(ds: Dataset, kind: str) -> pl.Series:
    """The customer ids whose latest NPS answer before the analysis date puts them in ``kind`` (promoters 9-10,
    passives 7-8, detractors 0-6): "Umsatz der Promotoren" is the revenue of these customers."""
    low, high = NPS_CLASSES[kind]
    rows = _responses(ds, ("nps",), f"the NPS {kind}").filter(pl.col("customer_id").is_not_null())
    latest = rows.sort("response_date").group_by("customer_id").agg(pl.col("nps").last())
    # 6.5 and 8.5 are no answers of a 0-10 scale; a fractional one belongs to the class below its next integer
    score = pl.col("nps").ceil()
    return latest.filter((score >= low) & (score <= high)).collect().get_column("customer_id")


def survey_response_count(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """[by,] survey_responses: the responses before the analysis date, one per customer and response date
    (an aspect survey repeats a response on every aspect row)."""
    rows = _responses(ds, (), "survey responses", by)
    keys = ["customer_id", "response_date", *([by] if by else [])]
    return _grouped(rows.select(keys).unique(), by, survey_responses=pl.len().cast(pl.Int64))


def csat(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """Mean satisfaction (1-5) per aspect ('overall' without aspects), or per ``by`` (a customer attribute)
    over all aspect answers: [by or aspect], responses, csat, satisfied_share (share answering 4-5)."""
    rows = _responses(ds, ("satisfaction",), "customer satisfaction", by if by != "aspect" else None)
    aspect = pl.col("aspect") if has_column(ds, "survey_responses", "aspect") else pl.lit(None, dtype=pl.String)
    rows = rows.with_columns(aspect=aspect.fill_null("overall"))
    return _grouped(
        rows, by or "aspect",
        responses=pl.len().cast(pl.Int64),
        csat=pl.col("satisfaction").mean(),
        satisfied_share=(pl.col("satisfaction") >= 4).mean(),
    )


def importance_satisfaction(ds: Dataset) -> pl.DataFrame:
    """Per aspect: mean importance x mean satisfaction, split at the means over aspects into four quadrants.

    High importance & high satisfaction = keep up; high importance & low satisfaction = concentrate here;
    low & low = low priority; low importance & high satisfaction = possible overkill. A value equal to
    the mean counts as high.
    """
    rows = _responses(ds, ("aspect", "importance", "satisfaction"), "the importance-satisfaction matrix")
    per_aspect = rows.group_by("aspect").agg(
        responses=pl.len().cast(pl.Int64),
        importance=pl.col("importance").mean(),
        satisfaction=pl.col("satisfaction").mean(),
    )
    high_i = pl.col("importance") >= pl.col("importance").mean()
    high_s = pl.col("satisfaction") >= pl.col("satisfaction").mean()
    quadrant = (
        pl.when(high_i & high_s).then(pl.lit("keep up"))
        .when(high_i).then(pl.lit("concentrate here"))
        .when(high_s).then(pl.lit("possible overkill"))
        .otherwise(pl.lit("low priority"))
    )
    return (
        per_aspect.with_columns(quadrant=quadrant)
        .with_columns(quadrant_de=label_expr("quadrant", "de"))
        .sort("aspect")
        .collect()
    )


def repurchase_intent(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """Stated vs predicted loyalty: share of respondents answering 4-5 to "would you buy again?" beside the
    BG/NBD mean P(alive) of the same customers (latest answer per customer).

    Columns: [by,] respondents, repurchase_intent_rate, mean_intent, mean_p_alive (null when the model
    cannot be fitted on this data).
    """
    rows = _responses(ds, ("repurchase_intent",), "the repurchase intent", by)
    latest = (
        rows.sort("response_date")
        .group_by("customer_id")
        .agg(pl.col("repurchase_intent").last(), *([pl.col(by).last()] if by else []))
    )
    latest = latest.join(_p_alive(ds).lazy(), on="customer_id", how="left")
    return _grouped(
        latest, by,
        respondents=pl.len().cast(pl.Int64),
        repurchase_intent_rate=(pl.col("repurchase_intent") >= 4).mean(),
        mean_intent=pl.col("repurchase_intent").mean(),
        mean_p_alive=pl.col("p_alive").mean(),
    )


def repurchase_intent_counts(ds: Dataset) -> dict[str, float]:
    """The two ways to count "Wie viele wollen wieder kaufen?", for the answer to name which one it is: people
    by their latest answer (what `repurchase_intent` reports: willing of respondents) and every answer set
    (each (customer, response_date) once; ``every_rate`` = answers 4–5 / answers)."""
    rows = _once_per_response(_responses(ds, ("repurchase_intent",), "the repurchase intent"), "repurchase_intent",
                              None)
    latest = rows.sort("response_date").group_by("customer_id").agg(pl.col("repurchase_intent").last())
    people = latest.select(willing=(pl.col("repurchase_intent") >= 4).sum(), respondents=pl.len()).collect()
    every = rows.select(answers=pl.len(), every_rate=(pl.col("repurchase_intent") >= 4).mean()).collect()
    return {**people.row(0, named=True), **every.row(0, named=True)}


def _p_alive(ds: Dataset) -> pl.DataFrame:
    """customer_id, p_alive from the CLV model; an empty frame when the model is unavailable or cannot fit."""
    empty = pl.DataFrame(schema={"customer_id": ds.survey_responses.schema["customer_id"], "p_alive": pl.Float64})
    try:
        from insight.clv.value import customer_clv

        model = customer_clv(ds)
    except (ImportError, InsightError):
        return empty
    return model.select("customer_id", pl.col("p_alive").cast(pl.Float64)).cast(
        {"customer_id": empty.schema["customer_id"]}
    )


