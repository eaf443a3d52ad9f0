"""customer_clv on a small synthetic Dataset: discounting, horizon and margin recomputed by hand."""

from __future__ import annotations

import polars as pl
import pytest
from scipy.special import hyp2f1

from insight.clv.value import customer_clv, fit_models
from insight.dataset import Dataset
from insight.errors import ModelError
from insight.settings import Settings

from clv_helpers import order_lines, simulated_rows as _rows


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return Dataset(order_lines=order_lines(_rows(80)), settings=Settings(default_margin=0.5))


def _bgnbd_conditional(p, t, x, tx, T):
    """FHL (2005) eq. 10, written out directly."""
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    den = 1 + (x > 0) * a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return num / den


def test_columns_and_identities(ds):
    out = customer_clv(ds)
    assert out.columns == ["customer_id", "frequency", "recency", "T", "monetary_value", "expected_orders",
                           "p_alive", "churn_risk", "expected_spend", "margin", "clv"]
    assert out.height == 80
    assert ((out["p_alive"] + out["churn_risk"] - 1).abs() < 1e-12).all()
    assert (out["clv"] >= 0).all() and (out["p_alive"] <= 1).all()


def test_one_customer_by_hand(ds):
    out = customer_clv(ds)
    models = fit_models(ds)
    bg, gg = models["bgnbd"].params, models["gg"].params
    row = out.filter(pl.col("frequency") >= 2).sort("customer_id").row(0, named=True)
    x, tx, T, m = row["frequency"], row["recency"], row["T"], row["monetary_value"]

    spend = gg["p"] * (gg["gamma"] + x * m) / (gg["p"] * x + gg["q"] - 1)
    assert row["expected_spend"] == pytest.approx(spend, rel=1e-10)
    assert row["expected_orders"] == pytest.approx(_bgnbd_conditional(bg, 90.0, x, tx, T), rel=1e-8)
    margin = 0.4 if row["customer_id"] <= 10 else 0.5
    assert row["margin"] == pytest.approx(margin)

    monthly = 1.10 ** (1 / 12) - 1
    clv, before = 0.0, 0.0
    for month in range(1, 13):
        cumulative = _bgnbd_conditional(bg, month * 30.4375, x, tx, T)
        clv += (cumulative - before) * spend * margin / (1 + monthly) ** month
        before = cumulative
    assert row["clv"] == pytest.approx(clv, rel=1e-8)

    # three months, no discounting: simply expected orders in 3 months × spend × margin
    short = customer_clv(ds, horizon_months=3, annual_discount_rate=0.0)
    value = short.filter(pl.col("customer_id") == row["customer_id"])["clv"].item()
    assert value == pytest.approx(_bgnbd_conditional(bg, 3 * 30.4375, x, tx, T) * spend * margin, rel=1e-8)


def test_models_are_cached(ds):
    assert fit_models(ds) is fit_models(ds)


def test_degenerate_fit_still_gives_finite_values():
    """Without heterogeneity the dropout parameters run off to huge values; predictions stay finite."""
    flat = Dataset(order_lines=order_lines(_rows(80, heterogeneous=False)))
    out = customer_clv(flat)
    assert out["clv"].is_finite().all() and out["expected_orders"].is_finite().all()


def test_too_few_customers():
    tiny = Dataset(order_lines=order_lines(_rows(3)))
    with pytest.raises(ModelError, match="at least"):
        customer_clv(tiny)


def test_a_customer_still_possibly_alive_is_never_certainly_gone(demo_ds):
    """1 − P(alive) rounds to exactly 1.0 in floating point when P(alive) is ~1e-20; the risk must stay below 1
    then, so a table never shows "100.0 %" beside "< 0.01 %"."""
    out = customer_clv(demo_ds)
    alive = out.filter(pl.col("p_alive") > 0)
    assert alive.height and (alive["churn_risk"] < 1.0).all()
    assert out.filter(pl.col("p_alive") < 1e-16).height > 0  # the demo has such customers: the test can fail
    assert ((out["p_alive"] + out["churn_risk"] - 1).abs() < 1e-12).all()
