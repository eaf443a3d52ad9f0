"""Calibration/holdout evaluation on CDNOW (39 + 39 weeks) and on a small Dataset."""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl
import pytest

from insight.clv import bgnbd
from insight.clv.holdout import calibration_holdout, evaluate_holdout
from insight.dataset import Dataset
from insight.errors import UsageError

from clv_helpers import order_lines, simulated_rows as _rows


@pytest.fixture(scope="module")
def cdnow_holdout(cdnow_prepared):
    return evaluate_holdout(cdnow_prepared, dt.date(1997, 10, 1), dt.date(1998, 7, 1), unit="week")


def test_cdnow_actual_holdout_counts(cdnow_holdout, cdnow_raw):
    # independent count: distinct purchase days from 1997-10-01 to 1998-06-30 per sample customer
    actual = (cdnow_raw.filter(pl.col("date") >= dt.date(1997, 10, 1))
              .group_by("sample_id").agg(n=pl.col("date").n_unique()))
    assert cdnow_holdout.actual_total == int(actual["n"].sum()) == 1882
    assert cdnow_holdout.holdout_length == 39.0
    buckets = cdnow_holdout.buckets
    assert buckets["bucket"].to_list() == ["0", "1", "2", "3", "4", "5", "6", "7+"]
    assert int(buckets["customers"].sum()) == 2357 and buckets["customers"][0] == 2357 - 946


def test_cdnow_predictions_are_the_models_and_close_to_actual(cdnow_holdout):
    per = cdnow_holdout.per_customer
    fitted = cdnow_holdout.fitted
    assert fitted.params["r"] == pytest.approx(0.2426, rel=0.02)  # T one day longer than the shipped summary
    x, tx, T = (per[c].to_numpy().astype(float) for c in ("frequency", "recency", "T"))
    np.testing.assert_allclose(per["predicted"].to_numpy(), bgnbd.expected_orders(fitted, 39.0, x, tx, T))
    mae = np.abs(per["predicted"].to_numpy() - per["actual"].to_numpy()).mean()
    assert cdnow_holdout.mae == pytest.approx(mae)
    assert cdnow_holdout.predicted_total == pytest.approx(1882, rel=0.2)
    # the known pattern on CDNOW: conditional expectations rise with calibration frequency
    assert np.all(np.diff(cdnow_holdout.buckets["predicted"].to_numpy()) > 0)


@pytest.mark.parametrize("model", ["pareto", "mbgnbd"])
def test_other_count_models(cdnow_prepared, model):
    result = evaluate_holdout(cdnow_prepared, dt.date(1997, 10, 1), dt.date(1998, 7, 1), "week", model)
    assert result.fitted.model == model and result.actual_total == 1882
    assert result.predicted_total == pytest.approx(1882, rel=0.2)


def test_dataset_wrapper_and_bad_dates():
    ds = Dataset(order_lines=order_lines(_rows(120, seed=5)))
    result = calibration_holdout(ds, dt.date(2011, 8, 31))
    assert result.calibration_as_of == dt.date(2011, 9, 1) and result.holdout_as_of == ds.as_of
    assert result.as_dict()["buckets"]["columns"] == ["bucket", "customers", "predicted", "actual"]
    with pytest.raises(UsageError):
        calibration_holdout(ds, ds.as_of)
    with pytest.raises(UsageError):
        calibration_holdout(ds, dt.date(2011, 8, 31), model="gg")
