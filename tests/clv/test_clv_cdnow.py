"""The models against the published CDNOW estimates (README in ../shared/data/cdnow, Fader-Hardie notes)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import polars as pl
import pytest

from insight.clv import bgnbd, gamma_gamma, mbgnbd, pareto_nbd
from insight.clv.base import FittedModel
from insight.clv.summary import summary_from_lines, summary_from_table


def sig3(actual: float, expected: float) -> bool:
    """Equal to three significant digits."""
    digits = 3 - int(math.floor(math.log10(abs(expected)))) - 1
    return round(actual, digits) == round(expected, digits)


@pytest.fixture(scope="module")
def weekly(cdnow_summary):
    return summary_from_table(cdnow_summary)


@pytest.fixture(scope="module")
def with_spend(cdnow_transactions_summary):
    return summary_from_table(cdnow_transactions_summary)


@pytest.fixture(scope="module")
def bg(weekly) -> FittedModel:
    return bgnbd.MODEL.fit(weekly, unit="week")


def test_bgnbd_published_estimates(bg):
    published = {"r": 0.2426, "alpha": 4.4136, "a": 0.7929, "b": 2.4259}
    for name, value in published.items():
        assert sig3(bg.params[name], value), (name, bg.params[name])
    assert bg.log_likelihood == pytest.approx(-9582.43, abs=0.01)
    assert bg.converged and bg.n == 2357


def test_bgnbd_standard_errors_match_lifetimes_quickstart(bg):
    # lifetimes Quickstart bgf.summary (autograd Hessian): 0.012557, 0.378221, 0.185719, 0.705345
    for name, value in {"r": 0.012557, "alpha": 0.378221, "a": 0.185719, "b": 0.705345}.items():
        assert bg.standard_errors[name] == pytest.approx(value, rel=0.01)


def test_bgnbd_same_fit_from_papers_notation(with_spend, bg):
    other = bgnbd.MODEL.fit(with_spend)
    for name in bgnbd.PARAMS:
        assert other.params[name] == pytest.approx(bg.params[name], rel=1e-4)


def test_bgnbd_per_customer_checks():
    published = FittedModel("bgnbd", {"r": 0.2426, "alpha": 4.4136, "a": 0.7929, "b": 2.4259}, 0.0, True, 0)
    assert float(bgnbd.expected_orders(published, 39, 2, 30.43, 38.86)) == pytest.approx(1.2259, abs=5e-4)
    assert float(bgnbd.p_alive(published, 2, 30.43, 38.86)) == pytest.approx(0.727, abs=5e-4)
    assert float(bgnbd.expected_orders(published, 1, 26, 30.86, 31)) == pytest.approx(0.7106, abs=5e-4)


def test_bgnbd_expected_orders_matches_the_untransformed_formula():
    """FHL (2005) eq. 10 written out with the original ₂F₁ for moderate x (no overflow there)."""
    from scipy.special import hyp2f1

    r, alpha, a, b = 0.2426, 4.4136, 0.7929, 2.4259
    fitted = FittedModel("bgnbd", dict(r=r, alpha=alpha, a=a, b=b), 0.0, True, 0)
    x, tx, T, t = np.array([0.0, 1, 5, 12]), np.array([0.0, 3, 20, 35]), np.array([38.0, 30, 36, 38]), 10.0
    z = t / (alpha + T + t)
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x)
                                      * hyp2f1(r + x, b + x, a + b + x - 1, z))
    den = 1 + (x > 0) * a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x)
    np.testing.assert_allclose(bgnbd.expected_orders(fitted, t, x, tx, T), num / den, rtol=1e-10)


def test_unconditional_expected_orders_published():
    published = FittedModel("bgnbd", {"r": 0.2426, "alpha": 4.4136, "a": 0.7929, "b": 2.4259}, 0.0, True, 0)
    times = [0.1429, 1, 3, 31.8571, 32, 78]
    expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576]
    np.testing.assert_allclose(bgnbd.expected_orders_new(published, times), expected, atol=1e-3)


def test_pareto_published_estimates(weekly):
    fit = pareto_nbd.MODEL.fit(weekly, unit="week")
    published = {"r": 0.5532, "alpha": 10.5763, "s": 0.6062, "beta": 11.6715}
    for name, value in published.items():
        assert sig3(fit.params[name], value), (name, fit.params[name])
    assert fit.log_likelihood == pytest.approx(-9594.98, abs=0.01)
    assert fit.converged
    # CLVTools' standard errors: 0.0476, 0.843, 0.187, 6.21
    for name, value in {"r": 0.0476, "alpha": 0.843, "s": 0.187, "beta": 6.21}.items():
        assert fit.standard_errors[name] == pytest.approx(value, rel=0.02)


def test_pareto_per_customer_checks():
    """BTYD walkthrough parameters; P(alive) 0.9979 and 52-week expectation 25.46 for (26, 30.86, 31)."""
    walk = FittedModel("pareto", {"r": 0.5534, "alpha": 10.5802, "s": 0.6061, "beta": 11.6562}, 0.0, True, 0)
    assert float(pareto_nbd.p_alive(walk, 26, 30.86, 31)) == pytest.approx(0.9979, abs=1e-3)
    assert float(pareto_nbd.expected_orders(walk, 52, 26, 30.86, 31)) == pytest.approx(25.46, abs=0.01)


def test_pareto_both_branches_of_the_case_split_agree_near_alpha_equal_beta():
    """The α ≥ β and α < β formulas are the same function; at α ≈ β they must meet."""
    data = np.array([[0, 0, 38.0], [3, 20.0, 38.0], [10, 30.0, 31.0]])
    lo = pareto_nbd.MODEL.loglik(np.array([0.5, 10.0, 0.6, 10.0 + 1e-9]), data)
    hi = pareto_nbd.MODEL.loglik(np.array([0.5, 10.0 + 1e-9, 0.6, 10.0]), data)
    np.testing.assert_allclose(lo, hi, rtol=1e-8)


def test_gamma_gamma_published_estimates(with_spend):
    fit = gamma_gamma.MODEL.fit(with_spend)
    assert fit.n == 946
    for name, value in {"p": 6.2488, "q": 3.7446, "gamma": 15.4477}.items():
        assert sig3(fit.params[name], value), (name, fit.params[name])
    assert fit.log_likelihood == pytest.approx(-4055.92, abs=0.01)
    spend = gamma_gamma.expected_spend(fit, with_spend["frequency"].to_numpy()[:10],
                                       with_spend["monetary_value"].to_numpy()[:10])
    # Hardie's spreadsheet values for the first ten customers
    np.testing.assert_allclose(spend, [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17],
                               atol=0.1)


def test_mbgnbd_published_estimates_and_close_to_bgnbd(weekly, bg):
    fit = mbgnbd.MODEL.fit(weekly, unit="week")
    for name, value in {"r": 0.525, "alpha": 6.183, "a": 0.891, "b": 1.614}.items():  # BTYDplus
        assert sig3(fit.params[name], value), (name, fit.params[name])
    assert fit.log_likelihood == pytest.approx(bg.log_likelihood, abs=5.0)
    x, tx, T = (weekly[c].to_numpy().astype(float) for c in ("frequency", "recency", "T"))
    total_mbg = mbgnbd.expected_orders(fit, 39, x, tx, T).sum()
    total_bg = bgnbd.expected_orders(bg, 39, x, tx, T).sum()
    assert total_mbg == pytest.approx(total_bg, rel=0.05)


def test_mbgnbd_likelihood_by_numerical_integration():
    """Second computation: integrate the individual-level MBG/NBD likelihood over λ ~ Gamma(r, α) and
    p ~ Beta(a, b). Alive: (1−p)^(x+1) λ^x e^(−λT); dropped after the last order: p(1−p)^x λ^x e^(−λtₓ)."""
    from scipy import integrate

    r, alpha, a, b = 0.525, 6.183, 0.891, 1.614
    log_gamma_norm = r * math.log(alpha) - math.lgamma(r)
    log_beta_norm = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
    for x, tx, T in [(0, 0.0, 38.86), (2, 30.43, 38.86), (5, 12.0, 20.0)]:
        def lam_part(t):
            f = lambda lam: math.exp(log_gamma_norm + (r - 1 + x) * math.log(lam) - lam * (alpha + t))  # noqa: E731, B023
            return integrate.quad(f, 0, np.inf, limit=200)[0]

        def beta_pdf(p):
            return math.exp(log_beta_norm + (a - 1) * math.log(p) + (b - 1) * math.log1p(-p))

        alive_p = integrate.quad(lambda p: (1 - p) ** (x + 1) * beta_pdf(p), 0, 1)[0]  # noqa: B023  (called here)
        dead_p = integrate.quad(lambda p: p * (1 - p) ** x * beta_pdf(p), 0, 1)[0]  # noqa: B023  (called here)
        direct = math.log(alive_p * lam_part(T) + dead_p * lam_part(tx))
        model = mbgnbd.MODEL.loglik(np.array([r, alpha, a, b]), np.array([[x, tx, T]], dtype=float))[0]
        assert model == pytest.approx(direct, rel=1e-6)


@pytest.mark.parametrize("model", [bgnbd.MODEL, mbgnbd.MODEL])
def test_count_model_gradients(model, weekly):
    from scipy.optimize import check_grad

    data = weekly.select(pl.col("frequency", "recency", "T").cast(pl.Float64)).to_numpy()
    for params in (np.array([0.24, 4.4, 0.79, 2.4]), np.array([1.3, 0.5, 2.0, 0.3])):
        scale = np.abs(model.gradient(params, data).sum(0)).max()
        err = check_grad(lambda p: model.loglik(p, data).sum(), lambda p: model.gradient(p, data).sum(0), params)
        assert err / scale < 1e-5


def test_gamma_gamma_gradient(with_spend):
    from scipy.optimize import check_grad

    rows = with_spend.filter(pl.col("frequency") > 0)
    data = rows.select(pl.col("frequency", "monetary_value").cast(pl.Float64)).to_numpy()
    m = gamma_gamma.MODEL
    for params in (np.array([3.0, 2.0, 30.0]), np.array([1.0, 1.5, 40.0])):
        scale = np.abs(m.gradient(params, data).sum(0)).max()
        err = check_grad(lambda p: m.loglik(p, data).sum(), lambda p: m.gradient(p, data).sum(0), params)
        assert err / scale < 1e-5


def test_summary_derived_from_raw_transactions_matches_shipped(cdnow_prepared, cdnow_transactions_summary):
    """Calibration to 1997-09-30, weeks, same-day purchases merged (lifetimes' convention: T to the end day)."""
    derived = summary_from_lines(cdnow_prepared, dt.date(1997, 9, 30), unit="week").collect()
    shipped = summary_from_table(cdnow_transactions_summary)
    assert derived.height == shipped.height == 2357
    both = shipped.join(derived, on="customer_id", suffix="_derived")
    assert (both["frequency"] == both["frequency_derived"]).all()
    for col in ("recency", "T", "monetary_value"):
        assert (both[col] - both[f"{col}_derived"]).abs().max() <= 0.005 + 1e-9, col  # shipped: 2 decimals
    assert int((derived["frequency"] > 0).sum()) == 946
    assert int(derived["frequency"].sum()) == 2457


def test_fitted_model_json_roundtrip(bg):
    back = FittedModel.from_json(bg.to_json())
    assert back == bg
    assert set(back.as_dict()) >= {"model", "params", "log_likelihood", "converged", "n", "standard_errors"}
