"""Value at risk (Wert in Gefahr) and customer value (Kundenwert gesamt) per customer (metrics.md, "Customer value").

- ``customer_value`` = ``customer_capital`` + ``clv``: profit so far plus the expected profit over the CLV
  horizon; summed over customers it is the customer equity.
- ``value_at_risk``: for the customers with ``churn_risk`` ≥ 50 % the sum of their net revenue in the last
  12 months before the analysis date (the yearly revenue that would go with them), shown beside their
  count (``customers_at_risk``) and their summed ``clv``.

The 12 months are ``[analysis date − 12 calendar months, analysis date)`` (29 February falls back to the
28th). Revenue is net (returns included) over attributed lines, as the per-customer ``revenue``.

>>> risk_window(dt.date(2011, 12, 10))
(datetime.date(2010, 12, 10), datetime.date(2011, 12, 10))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset

CHURN_RISK_THRESHOLD = 0.5  # the one line of "at risk": insight.analyses.value, specials.at_risk and the faces
RISK_MONTHS = 12


def risk_window(as_of: dt.date, months: int = RISK_MONTHS) -> tuple[dt.date, dt.date]:
    """[start, end) of the ``months`` calendar months before the analysis date."""
    index = as_of.year * 12 + as_of.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    day = as_of.day
    while True:
        try:
            return dt.date(year, month, day), as_of
        except ValueError:  # 29–31 of a shorter month: the month's last day
            day -= 1


def revenue_by_customer(lines: pl.LazyFrame, start: dt.date | None, end: dt.date | None,
                        by: Sequence[str] = ()) -> pl.DataFrame:
    """customer_id[, by], revenue_12m: net revenue of attributed prepared lines with start ≤ order_day < end
    (per customer and the line columns ``by``, e.g. country)."""
    if start is not None:
        lines = lines.filter(pl.col("order_day") >= start)
    if end is not None:
        lines = lines.filter(pl.col("order_day") < end)
    return (lines.filter(pl.col("customer_id").is_not_null())
            .group_by("customer_id", *by).agg(revenue_12m=pl.col("line_amount").sum())
            .collect())


def with_value_at_risk(table: pl.DataFrame, clv: pl.DataFrame, revenue: pl.DataFrame,
                       threshold: float = CHURN_RISK_THRESHOLD, by: Sequence[str] = ()) -> pl.DataFrame:
    """``table`` (customer_id[, by], ...) with value_at_risk (the customer's revenue_12m when churn_risk ≥
    threshold, else 0) and the helper columns ``_at_risk`` (bool) and ``_clv_at_risk`` (clv when at risk,
    else 0) for aggregation. Customers without a model row are left out (inner join, as for clv)."""
    risk = clv.select("customer_id", _churn=pl.col("churn_risk"), _clv=pl.col("clv"))
    rev = revenue.select(pl.col("customer_id").cast(table.schema["customer_id"]), *by, "revenue_12m")
    at_risk = pl.col("_churn") >= threshold
    return (
        table.join(risk.with_columns(pl.col("customer_id").cast(table.schema["customer_id"])),
                   on="customer_id", how="inner")
        .join(rev, on=["customer_id", *by], how="left")
        .with_columns(
            value_at_risk=pl.when(at_risk).then(pl.col("revenue_12m").fill_null(0.0)).otherwise(0.0),
            _at_risk=at_risk,
            _clv_at_risk=pl.when(at_risk).then(pl.col("_clv")).otherwise(0.0),
        )
        .drop("_churn", "_clv", "revenue_12m")
    )


def value_at_risk_aggs(aggregate: str | None, clv_name: str = "clv") -> dict[str, pl.Expr]:
    """Group aggregations of a ``with_value_at_risk`` table: value_at_risk (sum, or the mean over the
    customers at risk when ``aggregate == "mean"``), customers_at_risk and their summed clv."""
    count = pl.col("_at_risk").sum().cast(pl.Int64)
    total = pl.col("value_at_risk").sum()
    value = pl.when(count > 0).then(total / count).otherwise(None) if aggregate == "mean" else total
    return {"value_at_risk": value, "customers_at_risk": count, clv_name: pl.col("_clv_at_risk").sum()}


def value_at_risk(ds: Dataset, threshold: float = CHURN_RISK_THRESHOLD) -> pl.DataFrame:
    """One row: value_at_risk, customers_at_risk, clv over all customers of the dataset."""
    from insight.clv.value import customer_clv
    from insight.metrics.lines import prepared_lines

    clv = customer_clv(ds)
    start, end = risk_window(ds.as_of)
    revenue = revenue_by_customer(prepared_lines(ds), start, end)
    table = with_value_at_risk(clv.select("customer_id"), clv, revenue, threshold)
    return table.select(**value_at_risk_aggs(None))


def customer_value(capital: pl.DataFrame, clv: pl.DataFrame) -> pl.DataFrame:
    """customer_id, customer_capital, clv, customer_value = customer_capital + clv (customers in both)."""
    return (capital.select("customer_id", "customer_capital")
            .join(clv.select("customer_id", "clv"), on="customer_id", how="inner")
            .with_columns(customer_value=pl.col("customer_capital") + pl.col("clv")))
