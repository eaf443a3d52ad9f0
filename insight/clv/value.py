"""Predicted customer lifetime value per customer: BG/NBD orders × Gamma-Gamma spend × margin, discounted.

CLV over H months = Σ_{m=1..H} (E[X(m)] − E[X(m−1)]) · E[spend] · margin / (1 + d)^m with the monthly
rate d = (1 + annual)^(1/12) − 1 and one month = 30.4375 days (metrics.md "Customer value").
Models are fitted in days on the dataset's attributed order lines and cached per Dataset.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import polars as pl

from insight.clv import bgnbd, gamma_gamma
from insight.clv.base import FittedModel, distinct_rows
from insight.clv.diagnostics import METRIC_MODELS, model_notes
from insight.clv.summary import collect_summary
from insight.dataset import Dataset
from insight.errors import ModelError, UsageError
from insight.metrics.lines import prepared_lines

DAYS_PER_MONTH = 30.4375
EXPECTED_ORDERS_DAYS = 90
CLV_COLUMNS = ("customer_id", "frequency", "recency", "T", "monetary_value", "expected_orders", "p_alive",
               "churn_risk", "expected_spend", "margin", "clv")


def customer_summary(ds: Dataset) -> pl.DataFrame:
    """The dataset's (frequency, recency, T, monetary_value) per customer in days (cached)."""
    # straight from the canonical lines: one pass, without materialising the prepared lines
    from insight.metrics.conventions import c_prefix_for

    c_prefix = c_prefix_for(ds)
    status = ds.order_lines.get_column("line_status").null_count() < ds.order_lines.height
    return ds.cached(("clv_summary", ds.as_of), lambda: collect_summary(
        ds.order_lines.lazy(), ds.as_of, "day", c_prefix=c_prefix, drop_cancelled=status))


def fit_models(ds: Dataset) -> dict[str, FittedModel]:
    """BG/NBD and Gamma-Gamma fitted on the dataset (days), cached per Dataset and analysis date."""

    def build() -> dict[str, FittedModel]:
        summary = customer_summary(ds)
        return {"bgnbd": bgnbd.MODEL.fit(summary, unit="day"), "gg": gamma_gamma.MODEL.fit(summary, unit="day")}

    return ds.cached(("clv_models", ds.as_of), build)


def customer_margin(ds: Dataset) -> pl.DataFrame:
    """customer_id, margin: revenue-weighted (unit_price − unit_cost)/unit_price over the customer's order
    lines that have a cost; the workspace default margin for customers without any."""
    if ds.order_lines.get_column("line_profit").null_count() < ds.order_lines.height:
        # the data's own profit column (metrics.md, "Line profit"): margin = profit / revenue
        return (prepared_lines(ds).filter(pl.col("customer_id").is_not_null() & pl.col("is_order")
                                          & ~pl.col("is_return") & pl.col("line_profit").is_not_null())
                .group_by("customer_id").agg(p=pl.col("line_profit").sum(), r=pl.col("line_amount").sum())
                .select("customer_id", margin=pl.when(pl.col("r") > 0).then(pl.col("p") / pl.col("r")))
                .collect())
    if ds.order_lines.get_column("unit_cost").null_count() == ds.order_lines.height:
        # no line has a cost: every customer gets the default margin, no need to prepare the lines
        return pl.DataFrame(schema={"customer_id": ds.order_lines.schema["customer_id"], "margin": pl.Float64})
    lines = prepared_lines(ds).filter(
        pl.col("customer_id").is_not_null() & pl.col("is_order") & ~pl.col("is_return")
    )
    costed = lines.filter(pl.col("unit_cost").is_not_null() & pl.col("unit_price").is_not_null()
                          & (pl.col("unit_price") != 0))
    per_customer = costed.group_by("customer_id").agg(
        weighted=(pl.col("line_amount") * (1 - pl.col("unit_cost") / pl.col("unit_price"))).sum(),
        revenue=pl.col("line_amount").sum(),
    ).select("customer_id", margin=pl.when(pl.col("revenue") > 0)
             .then(pl.col("weighted") / pl.col("revenue")).otherwise(None))
    return per_customer.collect()


def monthly_rate(annual_discount_rate: float) -> float:
    return (1.0 + annual_discount_rate) ** (1.0 / 12.0) - 1.0


def _forecast(fitted: FittedModel, horizon_months: int, annual_discount_rate: float, span: float,
              x, tx, T) -> tuple[np.ndarray, np.ndarray]:
    """(expected orders in the next ``span``, discounted expected orders over the horizon) in one
    evaluation of the conditional expectation at the span and every month end."""
    per_month = DAYS_PER_MONTH / (7.0 if fitted.unit == "week" else 1.0)
    months = np.arange(1, horizon_months + 1, dtype=float)
    expected = bgnbd.expected_orders_over(fitted, np.append(months * per_month, span), x, tx, T)
    increments = np.diff(expected[:-1], axis=0, prepend=0.0)
    discount = (1.0 + monthly_rate(annual_discount_rate)) ** -months
    return expected[-1], discount @ increments


def customer_clv(ds: Dataset, horizon_months: int | None = None,
                 annual_discount_rate: float | None = None) -> pl.DataFrame:
    """One row per customer: summary, expected_orders (next 90 days), p_alive, churn_risk,
    expected_spend, margin and clv (expected discounted profit over the horizon)."""
    horizon = ds.settings.clv_horizon_months if horizon_months is None else int(horizon_months)
    rate = ds.settings.annual_discount_rate if annual_discount_rate is None else float(annual_discount_rate)
    if horizon < 1:
        raise UsageError(f"CLV horizon must be at least 1 month (got {horizon})")
    if not rate > -1.0:  # NaN fails too
        raise UsageError(f"annual discount rate must be above -100 % (got {rate})")
    return ds.cached(
        ("clv_table", ds.as_of, horizon, rate, ds.settings.default_margin),
        lambda: clv_from_summary(customer_summary(ds), fit_models(ds), horizon, rate, customer_margin(ds),
                                 float(ds.settings.default_margin)),
    )


def clv_from_summary(summary: pl.DataFrame, models: dict[str, FittedModel], horizon_months: int,
                     annual_discount_rate: float, margins: pl.DataFrame | None = None,
                     default_margin: float = 1.0) -> pl.DataFrame:
    """The CLV table from a summary and fitted ``{"bgnbd", "gg"}`` models (time unit: the models')."""
    history = summary.select(pl.col("frequency", "recency", "T").cast(pl.Float64)).to_numpy()
    # customers with the same (x, tₓ, T) get the same forecast: evaluate each distinct history once
    unique, back, _ = distinct_rows(history)
    ux, utx, uT = unique[:, 0], unique[:, 1], unique[:, 2]
    x = history[:, 0]
    bg, gg = models["bgnbd"], models["gg"]
    per_day = 7.0 if bg.unit == "week" else 1.0
    with np.errstate(over="ignore", invalid="ignore"):
        orders_90, orders_h = _forecast(bg, horizon_months, annual_discount_rate, EXPECTED_ORDERS_DAYS / per_day,
                                        ux, utx, uT)
        orders_90, orders_h = orders_90[back], orders_h[back]
        alive = bgnbd.p_alive(bg, ux, utx, uT)[back]
        spend = gamma_gamma.expected_spend(gg, x, summary.get_column("monetary_value").to_numpy())
    if not (np.isfinite(orders_h).all() and np.isfinite(spend).all()):
        bad = int((~np.isfinite(orders_h * spend)).sum())
        raise ModelError(f"bgnbd: predictions are not finite for {bad} customers with these parameters "
                         f"({', '.join(f'{k}={v:.4g}' for k, v in bg.params.items())})")
    table = summary.lazy().with_columns(
        expected_orders=pl.Series(orders_90),
        p_alive=pl.Series(alive),
        # a customer the model still gives a chance is never shown as certainly gone: 1 − 1e-20 is 1.0 in
        # floating point, so the risk stays just below 1 where P(alive) > 0 ("> 99.99 %", not "100.0 %")
        churn_risk=pl.Series(np.where(alive > 0, np.minimum(1.0 - alive, np.nextafter(1.0, 0.0)), 1.0 - alive)),
        expected_spend=pl.Series(spend),
        _orders_h=pl.Series(orders_h),
    )
    if margins is not None and margins.height:
        table = table.join(margins.lazy(), on="customer_id", how="left").with_columns(
            margin=pl.col("margin").fill_null(default_margin))
    else:
        table = table.with_columns(margin=pl.lit(float(default_margin)))
    return (
        table.with_columns(clv=pl.col("_orders_h") * pl.col("expected_spend") * pl.col("margin"))
        .select(CLV_COLUMNS)
        .sort("customer_id")
        .collect()
    )


def fit_notes(ds: Dataset, lang: str = "en", metrics: Iterable[str] | None = None) -> list[str]:
    """Caveat sentences for answers built on the Dataset's default CLV models; [] when the fits are sound.

    ``ds``: the Dataset the answer was computed on. The models are those of
    ``insight.clv.value.fit_models(ds)`` (BG/NBD and Gamma-Gamma, fitted in days), taken from the
    Dataset's cache (key ``("clv_models", ds.as_of)``), so after ``customer_clv(ds)`` (or the query
    layer's CLV table) this does no fit of its own.

    ``lang``: "en" or "de"; each note is one self-contained sentence naming the model, e.g.
    "BG/NBD sees no customer dropout in these data (...): churn risk and P(alive) are not meaningful, ...".

    ``metrics``: the model-based metrics the answer shows ("clv", "p_alive", "churn_risk",
    "expected_orders", "expected_spend"); only the models they rest on are reported (P(alive), churn risk
    and expected orders: BG/NBD; CLV: BG/NBD and Gamma-Gamma). None: both models. Other metric names are
    ignored, so an answer without a model-based metric gets [].

    Notes come in model order (BG/NBD first), per model as ``headline`` selects them from
    ``FittedModel.diagnostics`` (the full list stays on the fitted model). Raises ``ModelError`` like
    ``customer_clv`` when the data cannot be fitted at all (too few customers or repeat buyers).
    """
    wanted = ("bgnbd", "gg") if metrics is None else tuple(
        m for m in ("bgnbd", "gg") if any(m in METRIC_MODELS.get(k, ()) for k in metrics))
    if not wanted:
        return []
    models = fit_models(ds)
    return [note for key in wanted if key in models for note in model_notes(models[key], lang)]
