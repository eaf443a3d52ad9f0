"""Customer groups compared on behaviour and value: the one comparison behind referred vs. not referred,
complainers vs. others and value by tenure band, so that every such answer means the same by each column.

``customer_groups(ds, by)`` resolves ``by`` to one value per customer: a customers-table column, a segment
of the whole data at the analysis date (``rfm_segment``, ``abc_class``, ``quadrant``, ``cluster``) or a
band (``tenure_band``, ``age_band``). ``behaviour_by(ds, groups, by)`` compares the groups on:

- size and value: customers, customer_share, revenue, revenue_share, mean_revenue, mean_orders,
  mean_customer_capital (all data up to the analysis date);
- loyalty: repeat_rate, and retention_rate over the default pair of years (``loyalty.default_pair``):
  of the group's customers with an order in P−1, the share with an order in P (null without any);
- how long they stay: mean_tenure_months (the contract's tenure_months, first to last order, realised so
  far) and expected_lifetime_months (the group's expected relationship from its own churn over the same
  pair of years: 1 / monthly churn, monthly churn = 1 − retention_rate^(1/12), capped at
  ``insight.analyses.ltv.MAX_T_MONTHS``; the t of ``ltv_formula`` per group; null without a pair);
- expectation: mean_clv and mean_churn_risk from the CLV model (null when it cannot be fitted).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError, MissingDataError
from insight.segments import SEGMENT_COLUMNS, segment_column

SEGMENT_GROUPS = tuple(SEGMENT_COLUMNS.values())
BAND_GROUPS = ("tenure_band", "age_band")
DERIVED_GROUPS = (*SEGMENT_GROUPS, *BAND_GROUPS)


def customer_groups(ds: Dataset, by: str) -> pl.DataFrame:
    """customer_id and ``by`` for every customer (an order before the analysis date)."""
    from insight.metrics.customer_table import customer_table

    table = customer_table(ds)
    if by in table.columns:
        return table.select("customer_id", by)
    if by in BAND_GROUPS:
        from insight.metrics.bands import band_frame

        return band_frame(ds, by)
    if by in SEGMENT_GROUPS:
        return segment_column(ds, by)
    raise MissingDataError(f"grouping by '{by}' needs a customer column '{by}', which this data does not have")


def clv_or_empty(ds: Dataset) -> pl.DataFrame:
    """customer_id, clv, churn_risk, p_alive from the CLV model; no rows when it cannot be fitted."""
    from insight.metrics.customer_table import customer_table

    try:
        from insight.clv.value import customer_clv

        return customer_clv(ds).select("customer_id", "clv", "churn_risk", "p_alive")
    except (ImportError, InsightError):
        schema: dict[str, pl.DataType | type[pl.DataType]] = {"customer_id": customer_table(ds).schema["customer_id"],
                                                              "clv": pl.Float64,
                  "churn_risk": pl.Float64, "p_alive": pl.Float64}
        return pl.DataFrame(schema=schema)


def retained_in_pair(ds: Dataset) -> tuple[pl.DataFrame, tuple[str, str] | None]:
    """customer_id, retained (bool) for the customers with an order in P−1 of the default pair of years,
    and the pair's labels (P−1, P); empty and None when the data holds no pair."""
    from insight.metrics.lines import prepared_lines
    from insight.metrics.loyalty import active_periods, default_pair, retention_frame
    from insight.metrics.periods import label_range

    lines = prepared_lines(ds)
    row = default_pair(retention_frame(lines, "year", ds.as_of).collect())
    active = active_periods(lines, "year")
    if row is None:
        return active.select("customer_id", retained=pl.lit(False)).head(0).collect(), None
    prev, later = row["previous_period"], row["period"]
    in_prev = active.filter(pl.col("start") == label_range(prev)[0]).select("customer_id")
    in_later = active.filter(pl.col("start") == label_range(later)[0]).select("customer_id", retained=pl.lit(True))
    frame = (in_prev.join(in_later, on="customer_id", how="left")
             .with_columns(pl.col("retained").fill_null(False)).collect())
    return frame, (prev, later)


def behaviour_by(ds: Dataset, groups: pl.DataFrame, by: str, grouped_only: bool = False) -> pl.DataFrame:
    """Per value of ``by`` in ``groups`` (customer_id, by): the comparison of the module docstring, sorted
    by ``by`` (nulls last); ``retention_pair`` names the pair of years behind retention_rate. Customers
    missing from ``groups`` form the null group, or are left out with ``grouped_only``."""
    from insight.metrics.customer_table import customer_table

    from insight.analyses.ltv import MAX_T_MONTHS

    table = customer_table(ds).select("customer_id", "revenue", "orders", "customer_capital", "tenure_months")
    ids = table.schema["customer_id"]
    retained, pair = retained_in_pair(ds)
    model = clv_or_empty(ds)
    joined = (table.lazy()
              .join(groups.lazy().with_columns(pl.col("customer_id").cast(ids)), on="customer_id",
                    how="inner" if grouped_only else "left")
              .join(retained.lazy().with_columns(pl.col("customer_id").cast(ids)), on="customer_id", how="left")
              .join(model.lazy().with_columns(pl.col("customer_id").cast(ids)), on="customer_id", how="left"))
    frame = (
        joined.group_by(by)
        .agg(customers=pl.len().cast(pl.Int64), revenue=pl.col("revenue").sum(),
             mean_revenue=pl.col("revenue").mean(), mean_orders=pl.col("orders").mean(),
             mean_customer_capital=pl.col("customer_capital").mean(),
             mean_tenure_months=pl.col("tenure_months").mean(),
             repeat_rate=(pl.col("orders") >= 2).mean(),
             retention_customers=pl.col("retained").count().cast(pl.Int64),
             retention_rate=pl.col("retained").mean(),
             mean_clv=pl.col("clv").mean(), mean_churn_risk=pl.col("churn_risk").mean())
        .with_columns(customer_share=pl.col("customers") / pl.col("customers").sum(),
                      revenue_share=pl.col("revenue") / pl.col("revenue").sum(),
                      retention_pair=pl.lit(" → ".join(pair) if pair else None, dtype=pl.String),
                      expected_lifetime_months=_lifetime(pl.col("retention_rate"), MAX_T_MONTHS))
        .select(by, "customers", "customer_share", "revenue", "revenue_share", "mean_revenue", "mean_orders",
                "mean_customer_capital", "repeat_rate", "mean_tenure_months", "expected_lifetime_months",
                "retention_rate", "retention_customers",
                "retention_pair", "mean_clv", "mean_churn_risk")
        .sort(by, nulls_last=True)
        .collect()
    )
    return frame


def _lifetime(retention: pl.Expr, cap: float) -> pl.Expr:
    """Expected relationship in months from a yearly retention rate: 1 / (1 − retention^(1/12)), at most
    ``cap`` (also for retention 1, which would mean forever)."""
    monthly_churn = 1 - retention.clip(0.0, 1.0) ** (1 / 12)
    return pl.when(monthly_churn > 0).then((1 / monthly_churn).clip(upper_bound=cap)).otherwise(
        pl.when(retention.is_not_null()).then(pl.lit(cap)))


def compare_by(ds: Dataset, by: str) -> pl.DataFrame:
    """``behaviour_by`` for a column, segment or band ``by`` (see ``customer_groups``); bands in their order."""
    frame = behaviour_by(ds, customer_groups(ds, by), by)
    if by in BAND_GROUPS:
        from insight.metrics.bands import band_order

        frame = frame.sort(band_order(by))
    return frame
