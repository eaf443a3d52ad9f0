"""Loyalty, survey and coupon metrics for a plan: repeat rate, retention / churn, redemption, NPS, CSAT,
repurchase intent. Each returns a frame with the group columns first and the metric column(s)."""

from __future__ import annotations

import copy
from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError
from insight.metrics.fiscal import CALENDAR, FISCAL_DIMENSIONS, Fiscal, fiscal_of, period_of
from insight.metrics.grouped import TIME_DIMENSIONS, filter_expr
from insight.query.frames import filtered_lines, is_scoped, order_count_expr, scoped_dataset
from insight.query.plan import Filter, TimeWindow
from insight.query.traits import is_headcount

MAX_GROUPS = 60


def repeat_rate_frame(ds: Dataset, group_by: Sequence[str], filters: Sequence[Filter],
                      window: TimeWindow, metric: str = "repeat_rate", min_orders: int | None = 2,
                      max_orders: int | None = None) -> pl.DataFrame:
    """Customers with ≥ 2 orders / customers with ≥ 1 order, overall or per group; ``metric`` =
    "customers" gives the number of customers with ≥ ``min_orders`` orders instead (the plan's min_orders)."""
    from insight.metrics.loyalty import repeat_rate

    if is_headcount(metric):
        keys = list(group_by)
        per = (filtered_lines(ds, filters, window, extra_by=keys)
               .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
               .group_by(*keys, "customer_id").agg(n=pl.col("order_code").n_unique()))
        hit = order_count_expr(min_orders, max_orders).sum().cast(pl.Int64)
        if not keys:
            return per.select(customers=hit).collect()
        return per.group_by(keys).agg(customers=hit).collect()
    if not group_by:
        lines = filtered_lines(ds, filters, window) if is_scoped(filters, window) else None
        return pl.DataFrame({"repeat_rate": [repeat_rate(ds, lines)]})
    lines = filtered_lines(ds, filters, window, extra_by=group_by)
    keys = list(group_by)
    return (
        lines.filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
        .group_by(*keys, "customer_id").agg(n=pl.col("order_code").n_unique())
        .group_by(keys).agg(repeat_rate=(pl.col("n") >= 2).mean())
        .collect()
    )


def period_label(window: TimeWindow, period: str, fiscal: Fiscal = CALENDAR) -> str | None:
    """The label (YYYY, YYYY-Qn, YYYY-MM, FY2012 Q1) of the period a window names (its start's period)."""
    if window.start is None:
        return None
    day = window.start
    if period in FISCAL_DIMENSIONS:
        return period_of(day, period, fiscal)[2]
    if period == "year":
        return str(day.year)
    if period == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def retention_frame(ds: Dataset, metric: str, period: str, group_by: Sequence[str], filters: Sequence[Filter],
                    window: TimeWindow, trend: bool) -> pl.DataFrame:
    """Retention or churn for period P vs P−1 (the window's period, else the latest), or all periods."""
    from insight.metrics.loyalty import default_pair, retention

    keys = [g for g in group_by if g not in TIME_DIMENSIONS]
    overall = ds.cached(("query.retention", ds.as_of, period), lambda: retention(ds, period))
    # no period named: the latest pair whose later period is complete (metrics.md), the same for every group
    pair = default_pair(overall)
    default_label = pair["period"] if pair is not None else None

    def one(extra: Sequence[Filter]) -> pl.DataFrame:
        scoped = [*filters, *extra]
        if scoped:
            table = retention(ds, period, filtered_lines(ds, scoped, TimeWindow()))
        else:
            table = ds.cached(("query.retention", ds.as_of, period), lambda: retention(ds, period))
        if trend:
            if window.start is not None:
                first, last = period_label(window, period, fiscal_of(ds)), window.end
                table = table.filter(pl.col("period") >= first)
                if last is not None:
                    end_label = period_label(TimeWindow(start=last), period, fiscal_of(ds))
                    table = table.filter(pl.col("period") < end_label)
            return table.select(pl.col("period").alias(period), "previous_period", "customers_prev", "retained",
                                *_lost(metric), metric)
        label = period_label(window, period, fiscal_of(ds)) or default_label
        row = table.filter(pl.col("period") == label) if label else table.tail(1)
        if row.height == 0:
            raise MissingDataError(f"no {period} before {label} with orders to compare with, so there is no "
                                   f"{metric.replace('_', ' ')} for {label}")
        return row.select("period", "previous_period", "customers_prev", "retained", *_lost(metric), metric)

    if not keys:
        return one([])
    key = keys[0]
    values = filtered_lines(ds, filters, TimeWindow(), extra_by=[key]).select(key).unique().drop_nulls() \
        .collect().get_column(key).sort().to_list()[:MAX_GROUPS]
    parts = []
    for value in values:
        try:
            part = one([Filter(dimension=key, values=(value,))])
        except MissingDataError:
            continue
        parts.append(part.select(pl.lit(value).alias(key), pl.all()))
    if not parts:
        raise MissingDataError(f"no {key} has orders in two consecutive {period}s")
    return pl.concat(parts, how="vertical_relaxed")


def _lost(metric: str) -> list[pl.Expr]:
    """Churn also shows the count behind the rate: customers of P−1 without an order in P."""
    return [(pl.col("customers_prev") - pl.col("retained")).alias("lost")] if metric == "churn_rate" else []


# filters that select survey or coupon rows themselves; every other filter selects customers
_ROW_FILTERS = {"survey_responses": "aspect", "coupons": "campaign"}


def scoped_surveys(ds: Dataset, filters: Sequence[Filter]) -> Dataset:
    """The dataset with survey responses and coupons restricted by the plan's filters: an aspect or campaign
    filter selects rows, any other filter (country, customer type, segment, ...) selects the customers whose
    responses and coupons count (``frames.scoped_dataset``). Never ignored: "CSAT der B2B-Kunden" is not the
    CSAT of everyone."""
    row_filters = [f for f in filters if f.dimension in _ROW_FILTERS.values()]
    rest = [f for f in filters if f not in row_filters]
    scoped = _by_customer_columns(ds, rest) if rest and all(
        f.dimension in ds.customers.columns and f.dimension not in ds.order_lines.columns and f.dimension != "customer_id"
        for f in rest) else scoped_dataset(ds, rest)
    if not row_filters:
        return scoped
    if scoped is ds:
        scoped = copy.copy(ds)
        scoped._cache = {}
    for table, row_dim in _ROW_FILTERS.items():
        frame = getattr(scoped, table)
        for f in (f for f in row_filters if f.dimension == row_dim):
            if frame.height and row_dim not in frame.columns:
                raise MissingDataError(f"the {table.replace('_', ' ')} have no '{row_dim}' column")
            if f.op in ("in", "not_in"):
                keep = pl.col(row_dim).is_in(list(f.values))
                frame = frame.filter(~keep if f.op == "not_in" else keep) if frame.height else frame
            elif frame.height:
                frame = frame.filter(filter_expr(row_dim, f.op, f.values, frame.schema[row_dim]))
        setattr(scoped, table, frame)
    return scoped


def _by_customer_columns(ds: Dataset, filters: Sequence[Filter]) -> Dataset:
    """The dataset restricted to the customers whose own columns pass ``filters`` ("NPS der B2B-Kunden": the
    customers table's type), buyers or not: a respondent without an order is still a B2B customer, whereas
    ``frames.scoped_dataset`` selects through the order lines."""
    chosen = ds.customers
    for f in filters:
        chosen = chosen.filter(filter_expr(f.dimension, f.op, f.values, chosen.schema[f.dimension]))
    ids = chosen.get_column("customer_id")
    scoped = copy.copy(ds)
    scoped._cache = {}
    for table in ("order_lines", "customers", "survey_responses", "coupons", "interactions"):
        frame = getattr(ds, table)
        if frame.height and "customer_id" in frame.columns:
            setattr(scoped, table, frame.filter(pl.col("customer_id").is_in(ids.cast(frame.schema["customer_id"]).implode())))
    return scoped


def coupon_frame(ds: Dataset, group_by: Sequence[str], window: TimeWindow = TimeWindow(),
                 filters: Sequence[Filter] = ()) -> pl.DataFrame:
    from insight.metrics.loyalty import redemption_rate

    ds = windowed_surveys(scoped_surveys(ds, filters), window)
    by = group_by[0] if group_by else None
    frame = redemption_rate(ds, by=by)
    return frame.select(*([by] if by else []), "redemption_rate", "issued", "redeemed")


def windowed_surveys(ds: Dataset, window: TimeWindow) -> Dataset:
    """The dataset with survey responses (and coupons by issue date) restricted to the window; a shallow
    copy with its own cache, so the original's cached tables stay untouched."""
    if window.is_all:
        return ds
    scoped = copy.copy(ds)
    scoped._cache = {}
    for table, column in (("survey_responses", "response_date"), ("coupons", "issued_at")):
        frame = getattr(ds, table)
        if column in frame.columns and frame.height:
            day = pl.col(column).cast(pl.Date)
            if window.start is not None:
                frame = frame.filter(day >= window.start)
            if window.end is not None:
                frame = frame.filter(day < window.end)
            setattr(scoped, table, frame)
    return scoped


def survey_frame(ds: Dataset, metric: str, group_by: Sequence[str], window: TimeWindow = TimeWindow(),
                 filters: Sequence[Filter] = (), combined: bool = False) -> pl.DataFrame:
    """The survey figure per group (CSAT per aspect without one); ``combined``: the aspects taken together, one
    row over all aspect answers ("average satisfaction over all aspects")."""
    from insight.analyses import survey

    if "customer_id" in group_by:
        raise MissingDataError(f"{metric} per single customer is not available; group it by a customer attribute "
                               "such as kind or acquisition_channel")
    if len(group_by) > 1:
        raise MissingDataError(f"{metric} can be split by one attribute at a time; ask for one grouping")
    ds = windowed_surveys(scoped_surveys(ds, filters), window)
    by = group_by[0] if group_by else None
    if metric == "nps":
        frame = survey.nps(ds, by=by)
        return frame.select(*([by] if by else []), "nps", "responses", "promoters", "detractors")
    if metric in ("nps_mean", "promoter_share", "passive_share", "detractor_share"):
        frame = survey.nps_detail(ds, by=by)
        return frame.select(*([by] if by else []), metric, "responses")
    if metric == "survey_responses":
        return survey.survey_response_count(ds, by=by)
    if metric in ("promoters", "detractors"):  # the NPS's two ends, counted as responses
        frame = survey.nps(ds, by=by)
        return frame.select(*([by] if by else []), metric, "responses")
    if metric == "csat":
        frame = survey.csat(ds, by=by)
        if by is not None:
            return frame.select(by, "csat", "responses", "satisfied_share")
        if frame.height == 1 and frame.get_column("aspect")[0] == "overall":
            return frame.select("csat", "responses")
        if combined:  # the mean of every answer: the aspects' means weighted by their answers
            answers = pl.col("responses")
            return frame.select(csat=(pl.col("csat") * answers).sum() / answers.sum(), responses=answers.sum(),
                                satisfied_share=(pl.col("satisfied_share") * answers).sum() / answers.sum())
        return frame.select("aspect", "csat", "responses", "satisfied_share")
    frame = survey.repurchase_intent(ds, by=by)
    return frame.select(*([by] if by else []), "repurchase_intent_rate", "mean_p_alive", "respondents")
