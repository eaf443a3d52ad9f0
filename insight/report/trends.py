"""The loyalty KPIs over time for the report's trend page: per calendar quarter (per year when the data spans
more than four years), each period marked complete or not (metrics.md, "Incomplete periods": a period cut
short by the first day with data or by the analysis date is incomplete wherever it is shown).

Per period, with the KPI list's rules applied to the period's rows only: active customers and revenue (the
sum over all periods is the ``revenue`` KPI), retention rate (customers of the previous period who ordered
again in this one, ``insight.metrics.loyalty.retention_frame``), repeat rate (customers with two or more
orders in the period / customers with an order in it), redemption rate (coupons issued in the period and
redeemed before the analysis date / issued) and NPS (responses in the period, once per customer and day).
The CLV is a forecast made at the analysis date and has no history: it is not trended."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from insight.dataset import Dataset
from insight.metrics.lines import attributed, prepared_lines
from insight.metrics.loyalty import retention_frame
from insight.metrics.periods import next_period, period_label, period_start
from insight.metrics.require import has_column

MAX_QUARTERS = 16  # beyond four years a quarterly chart gets unreadable: years instead
RATES = ("retention_rate", "repeat_rate", "redemption_rate")


@dataclass
class Trends:
    """``table``: one row per period (period, start, end, complete, active_customers, revenue,
    customers_prev, retained, retention_rate, orders_customers, repeaters, repeat_rate and, where the data
    has them, issued, redeemed, redemption_rate, responses, nps); ``grain`` 'quarter' or 'year'."""

    grain: str
    table: pl.DataFrame
    first_day: dt.date


def grain_of(first: dt.date, as_of: dt.date) -> str:
    quarters = (as_of.year - first.year) * 4 + (as_of.month - 1) // 3 - (first.month - 1) // 3 + 1
    return "quarter" if quarters <= MAX_QUARTERS else "year"


def kpi_trends(ds: Dataset) -> Trends | None:
    """The KPIs per period, or None when the data has no order lines before the analysis date."""
    lines = prepared_lines(ds)
    first = lines.select(pl.col("order_day").min()).collect().item()
    if first is None:
        return None
    grain = grain_of(first, ds.as_of)
    as_of = pl.lit(ds.as_of, dtype=pl.Date)
    last_day = ds.as_of - dt.timedelta(days=1)
    periods = (pl.select(start=pl.date_range(period_start(pl.lit(first, dtype=pl.Date), grain),
                                             period_start(pl.lit(max(last_day, first), dtype=pl.Date), grain),
                                             interval={"quarter": "1q", "year": "1y"}[grain]))
               .lazy()
               .with_columns(end=next_period(pl.col("start"), grain))
               .with_columns(period=period_label(pl.col("start"), grain),
                             complete=(pl.col("start") >= pl.lit(first, dtype=pl.Date)) & (pl.col("end") <= as_of)))
    revenue = (lines.group_by(start=period_start(pl.col("order_day"), grain))
               .agg(revenue=pl.col("line_amount").sum()))
    orders = (attributed(lines).filter(pl.col("is_order"))
              .group_by(start=period_start(pl.col("order_day"), grain), customer_id=pl.col("customer_id"))
              .agg(n=pl.col("order_key").n_unique())
              .group_by("start")
              .agg(active_customers=pl.len().cast(pl.Int64), repeaters=(pl.col("n") >= 2).sum().cast(pl.Int64)))
    retention = (retention_frame(lines, grain, ds.as_of)
                 .select("period", "customers_prev", "retained", "retention_rate"))
    table = (periods.join(revenue, on="start", how="left")
             .join(orders, on="start", how="left")
             .join(retention, on="period", how="left")
             .sort("start")
             .with_columns(pl.col("active_customers", "repeaters").fill_null(0),
                           pl.col("revenue").fill_null(0.0))
             .with_columns(repeat_rate=pl.when(pl.col("active_customers") > 0)
                           .then(pl.col("repeaters") / pl.col("active_customers")))
             # retention compares with the previous period: complete only when both are
             .with_columns(retention_complete=pl.col("complete") & pl.col("complete").shift(1).fill_null(False)))
    if has_column(ds, "coupons", "coupon_id") and has_column(ds, "coupons", "issued_at"):
        redeemed_at = (pl.col("redeemed_at") if "redeemed_at" in ds.coupons.columns
                       else pl.lit(None, dtype=pl.Datetime))
        coupons = (ds.coupons.lazy().filter(pl.col("issued_at") < as_of)
                   .group_by(start=period_start(pl.col("issued_at").cast(pl.Date), grain))
                   .agg(issued=pl.col("coupon_id").n_unique().cast(pl.Int64),
                        redeemed=pl.col("coupon_id").filter(redeemed_at < as_of).n_unique().cast(pl.Int64))
                   .with_columns(redemption_rate=pl.col("redeemed") / pl.col("issued")))
        table = table.join(coupons, on="start", how="left")
    if has_column(ds, "survey_responses", "nps"):
        score = pl.col("nps")
        responses = (ds.survey_responses.lazy()
                     .filter(pl.col("response_date") < as_of, score.is_not_null())
                     .group_by("customer_id", "response_date").agg(score.first())
                     .group_by(start=period_start(pl.col("response_date").cast(pl.Date), grain))
                     .agg(responses=pl.len().cast(pl.Int64),
                          nps=100.0 * ((score >= 9).sum().cast(pl.Int64) - (score <= 6).sum().cast(pl.Int64))
                          / pl.len()))
        table = table.join(responses, on="start", how="left")
    return Trends(grain, table.sort("start").collect(), first)
