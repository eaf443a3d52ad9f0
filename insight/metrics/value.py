"""Customer value per group: the seed texts' LTV formula (S x C x P x t), value by acquisition channel and
the headline KPIs for the TUI header and ``insight kpis``.

The LTV formula is descriptive (means of the group's history); the predicted ``clv`` comes from the
probabilistic models in insight.clv, imported lazily so this module stays light.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import InsightError, MissingDataError
from insight.metrics.customer_table import customer_table
from insight.metrics.lines import prepared_lines
from insight.metrics.loyalty import repeat_rate
from insight.metrics.require import has_column, require_columns

CHURN_RISK_THRESHOLD = 0.5


def _with_segment_columns(ds: Dataset, table: pl.DataFrame, by: str | None,
                          lines: pl.LazyFrame | None) -> pl.DataFrame:
    """The customer table with ``by`` available: an attribute, or rfm_segment / abc_class joined in."""
    if by is None or by in table.columns:
        return table
    if by in ("rfm_segment", "rfm_segment_de"):
        from insight.segments.rfm import rfm_table

        return table.join(rfm_table(ds, lines).select("customer_id", by), on="customer_id", how="left")
    if by == "abc_class":
        from insight.segments.abc import abc_table

        return table.join(abc_table(ds, lines).select("customer_id", by), on="customer_id", how="left")
    raise MissingDataError(f"grouping by '{by}' needs a customer column '{by}', which this data does not have")


def ltv_formula(ds: Dataset, by: str | None = None, lines: pl.LazyFrame | None = None) -> pl.DataFrame:
    """LTV = S x C x P x t per group (or overall): S = mean AOV, C = mean orders per month over customers
    with tenure > 0, P = revenue-weighted margin, t = mean tenure in months (all customers of the group).

    Columns: [by,] customers, S, C, P, t, ltv.
    """
    table = _with_segment_columns(ds, customer_table(ds, lines), by, lines)
    aggs = dict(
        customers=pl.len().cast(pl.Int64),
        S=pl.col("aov").mean(),
        C=pl.col("purchase_rate").mean(),  # null where tenure = 0, so those customers drop out
        P=pl.when(pl.col("revenue").sum() != 0)
        .then((pl.col("revenue") * pl.col("margin")).sum() / pl.col("revenue").sum())
        .otherwise(pl.col("margin").mean()),
        t=pl.col("tenure_months").mean(),
    )
    frame = table.group_by(by).agg(**aggs).sort(by, nulls_last=True) if by else table.select(**aggs)
    return frame.with_columns(ltv=pl.col("S") * pl.col("C") * pl.col("P") * pl.col("t"))


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
        from insight.metrics.survey import nps

        score = nps(ds)
        result["nps"] = score.get_column("nps").item() if score.height else None
    return result


def _mean(series: pl.Series) -> float | None:
    value = series.drop_nans().mean()
    return float(value) if value is not None else None




def _currency(ds: Dataset) -> str:
    from insight.metrics.conventions import currency_of

    return currency_of(ds)[0]
