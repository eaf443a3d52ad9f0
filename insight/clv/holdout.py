"""Calibration/holdout check: fit on the orders up to a date, predict the repeat orders after it, compare.

Shows whether a count model can be trusted on this data: per calibration-frequency bucket the mean
predicted vs actual repeat orders in the holdout, the totals, and the mean absolute error per customer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import polars as pl

from insight.clv import bgnbd, mbgnbd, pareto_nbd
from insight.clv.base import FittedModel
from insight.clv.summary import summary_from_lines, unit_days
from insight.dataset import Dataset
from insight.errors import UsageError
from insight.metrics.lines import prepared_lines

COUNT_MODELS = {"bgnbd": bgnbd, "pareto": pareto_nbd, "mbgnbd": mbgnbd}
TOP_BUCKET = 7  # frequencies 7 and above share one bucket ("7+")


@dataclass
class HoldoutResult:
    fitted: FittedModel
    calibration_as_of: dt.date
    holdout_as_of: dt.date
    holdout_length: float  # in ``fitted.unit``
    per_customer: pl.DataFrame  # customer_id, frequency, recency, T, predicted, actual
    buckets: pl.DataFrame  # bucket, customers, predicted (mean), actual (mean)
    predicted_total: float
    actual_total: int
    mae: float

    def as_dict(self) -> dict:
        return {
            "model": self.fitted.as_dict(),
            "calibration_as_of": self.calibration_as_of.isoformat(),
            "holdout_as_of": self.holdout_as_of.isoformat(),
            "holdout_length": self.holdout_length,
            "unit": self.fitted.unit,
            "predicted_total": self.predicted_total,
            "actual_total": self.actual_total,
            "mae": self.mae,
            "buckets": {"columns": self.buckets.columns, "rows": [list(r) for r in self.buckets.iter_rows()]},
        }


def evaluate_holdout(lines: pl.LazyFrame, calibration_as_of: dt.date, holdout_as_of: dt.date,
                     unit: str = "day", model: str = "bgnbd") -> HoldoutResult:
    """Fit ``model`` on prepared ``lines`` before ``calibration_as_of``; actual = distinct order days in
    [calibration_as_of, holdout_as_of) of the calibration customers; predicted over the same span."""
    if model not in COUNT_MODELS:
        raise UsageError(f"holdout needs a count model ({', '.join(COUNT_MODELS)}), not '{model}'")
    if not calibration_as_of < holdout_as_of:
        raise UsageError(f"calibration end must be before the end of the data ({holdout_as_of - dt.timedelta(days=1)})")
    module = COUNT_MODELS[model]
    day = pl.col("order_day")
    calibration = summary_from_lines(lines.filter(day < calibration_as_of), calibration_as_of, unit).collect()
    fitted = module.MODEL.fit(calibration, unit=unit)
    actual = (
        lines.filter(pl.col("customer_id").is_not_null() & pl.col("is_order") & ~pl.col("is_return")
                     & (day >= calibration_as_of) & (day < holdout_as_of))
        .group_by("customer_id").agg(actual=day.n_unique().cast(pl.Int64))
        .collect()
    )
    span = (holdout_as_of - calibration_as_of).days / unit_days(unit)
    x, tx, T = (calibration.get_column(c).cast(pl.Float64).to_numpy() for c in ("frequency", "recency", "T"))
    with np.errstate(all="ignore"):
        predicted = module.expected_orders(fitted, span, x, tx, T)
    per_customer = (
        calibration.select("customer_id", "frequency", "recency", "T")
        .with_columns(predicted=pl.Series(predicted))
        .join(actual, on="customer_id", how="left")
        .with_columns(pl.col("actual").fill_null(0))
    )
    buckets = (
        per_customer.with_columns(bucket=pl.min_horizontal(pl.col("frequency"), pl.lit(TOP_BUCKET)))
        .group_by("bucket").agg(customers=pl.len(), predicted=pl.col("predicted").mean(),
                                actual=pl.col("actual").mean())
        .sort("bucket")
        .with_columns(pl.when(pl.col("bucket") == TOP_BUCKET).then(pl.lit(f"{TOP_BUCKET}+"))
                      .otherwise(pl.col("bucket").cast(pl.String)).alias("bucket"))
    )
    return HoldoutResult(
        fitted=fitted,
        calibration_as_of=calibration_as_of,
        holdout_as_of=holdout_as_of,
        holdout_length=span,
        per_customer=per_customer,
        buckets=buckets,
        predicted_total=float(per_customer["predicted"].sum()),
        actual_total=int(per_customer["actual"].sum()),
        mae=float((per_customer["predicted"] - per_customer["actual"]).abs().mean()),  # type: ignore[arg-type]
    )


def calibration_holdout(ds: Dataset, calibration_end: dt.date, model: str = "bgnbd",
                        unit: str = "day") -> HoldoutResult:
    """Calibrate on orders up to and including ``calibration_end``; the holdout runs to the analysis date."""
    return evaluate_holdout(prepared_lines(ds), calibration_end + dt.timedelta(days=1), ds.as_of, unit, model)
