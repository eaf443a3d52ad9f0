"""Customer value per group: value by acquisition channel and the headline KPIs; the seed texts' LTV
formula (S x C x P x t) lives in insight.analyses.ltv and is re-exported here.

The predicted ``clv`` comes from the probabilistic models in insight.clv, imported lazily so this module
stays light.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError
from insight.metrics.customer_table import customer_table
from insight.metrics.lines import prepared_lines
from insight.analyses.value_at_risk import CHURN_RISK_THRESHOLD
from insight.analyses.ltv import LtvResult, ltv_formula, ltv_result  # noqa: F401  (the formula's home is ltv.py)
from insight.metrics.loyalty import repeat_rate
from insight.metrics.require import has_column, require_columns


def _clv(ds: Dataset) -> pl.DataFrame:
    from insight.clv.value import customer_clv

    return customer_clv(ds)


def ltv_by_channel(ds: Dataset) -> pl.DataFrame:
    """Per acquisition_channel: customers, mean_clv (predicted, next horizon), mean_customer_capital
    (realised profit), mean_acquisition_cost (where given), value_cost_ratio = (mean capital + mean clv) /
    mean acquisition cost; highest mean clv first."""
    require_columns(ds, "customers", ("acquisition_channel",), "value by acquisition channel")
    table = customer_table(ds).join(_clv(ds).select("customer_id", "clv"), on="customer_id", how="left")
    cost = pl.col("acquisition_cost") if "acquisition_cost" in table.columns else pl.lit(None, dtype=pl.Float64)
    frame = (
        table.with_columns(_cost=cost)
        .group_by("acquisition_channel")
        .agg(
            customers=pl.len().cast(pl.Int64),
            revenue=pl.col("revenue").sum(),
            mean_clv=pl.col("clv").mean(),
            mean_customer_capital=pl.col("customer_capital").mean(),
            mean_acquisition_cost=pl.col("_cost").mean(),
        )
        .with_columns(
            value_cost_ratio=pl.when(pl.col("mean_acquisition_cost") > 0)
            .then((pl.col("mean_customer_capital") + pl.col("mean_clv").fill_null(0.0))
                  / pl.col("mean_acquisition_cost"))
            .otherwise(None)
        )
    )
    return frame.sort(["mean_clv", "acquisition_channel"], descending=[True, False], nulls_last=True)


def kpis(ds: Dataset) -> dict[str, Any]:
    """Headline numbers: customers, revenue, orders, aov (all lines), repeat_rate, mean_clv,
    churn_risk_share (share of customers with churn risk > 0.5), nps (None without survey answers),
    unattributed_revenue, currency and as_of. Model-based values are None when the model cannot be fitted."""
    lines = prepared_lines(ds)
    totals = lines.select(
        revenue=pl.col("line_amount").sum(),
        orders=pl.col("order_key").filter(pl.col("is_order")).n_unique(),
        unattributed_revenue=pl.col("line_amount").filter(pl.col("customer_id").is_null()).sum(),
    ).collect().row(0, named=True)
    table = customer_table(ds)
    revenue = float(totals["revenue"] or 0.0)
    orders = int(totals["orders"] or 0)
    result: dict[str, Any] = {
        "customers": table.height,
        "revenue": revenue,
        "orders": orders,
        "aov": revenue / orders if orders else None,
        "repeat_rate": repeat_rate(ds) if table.height else None,
        "mean_clv": None,
        "churn_risk_share": None,
        "nps": None,
        "unattributed_revenue": float(totals["unattributed_revenue"] or 0.0),
        "currency": _currency(ds),
        "as_of": ds.as_of,
    }
    try:
        clv = _clv(ds)
        result["mean_clv"] = _mean(clv.get_column("clv"))
        result["churn_risk_share"] = _mean((clv.get_column("churn_risk") > CHURN_RISK_THRESHOLD).cast(pl.Float64))
    except (ImportError, InsightError):
        pass
    if has_column(ds, "survey_responses", "nps"):
        from insight.analyses.survey import nps

        score = nps(ds)
        result["nps"] = score.get_column("nps").item() if score.height else None
    return result


def _mean(series: pl.Series) -> float | None:
    value = series.drop_nans().mean()
    return float(value) if value is not None else None  # type: ignore[arg-type]  # a float column's mean




def _currency(ds: Dataset) -> str:
    from insight.metrics.conventions import currency_of

    return currency_of(ds)[0]
