"""Gamma-Gamma spend model (Fader & Hardie 2013 note): the mean repeat-order value of a customer, shrunk
towards the population mean the fewer repeat orders the customer has. Fitted on repeat buyers only."""

from __future__ import annotations

import numpy as np
import polars as pl
from scipy.special import digamma, gammaln

from insight.clv.base import FittedModel, Model, per_data
from insight.errors import ModelError

PARAMS = ("p", "q", "gamma")


@per_data
def _spends(data: np.ndarray):
    """The parameter-free parts: x, m̄, their logs, and the distinct x with each row's index."""
    x, m = data[:, 0], data[:, 1]
    ux, inv = np.unique(x, return_inverse=True)
    return x, m, np.log(m), np.log(x), ux, inv.reshape(-1)


class GammaGamma(Model):
    name = "gg"
    param_names = PARAMS
    columns = ("frequency", "monetary_value")

    def select(self, summary: pl.DataFrame) -> pl.DataFrame:
        return summary.filter((pl.col("frequency") > 0) & (pl.col("monetary_value") > 0))

    def loglik(self, params, data):
        return self._loglik(params, data)[0]

    @staticmethod
    def _loglik(params, data):
        p, q, g = params
        x, m, log_m, log_x, ux, inv = _spends(data)
        pux = p * ux
        px = p * x
        log_gxm = np.log(g + x * m)
        ll = ((gammaln(pux + q) - gammaln(pux))[inv] - gammaln(q) + q * np.log(g) + (px - 1) * log_m
              + px * log_x - (px + q) * log_gxm)
        return ll, x, m, log_m, log_x, log_gxm, pux, px, inv

    def loglik_and_gradient(self, params, data):
        p, q, g = params
        ll, x, m, log_m, log_x, log_gxm, pux, px, inv = self._loglik(params, data)
        psi = digamma(pux + q)
        d_p = x * ((psi - digamma(pux))[inv] + log_m + log_x - log_gxm)
        d_q = psi[inv] - digamma(q) + np.log(g) - log_gxm
        d_g = q / g - (px + q) / (g + x * m)
        return ll, np.column_stack([d_p, d_q, d_g])

    def starts(self, data, weights):
        mean = float(weights @ data[:, 1] / weights.sum())
        return [np.array([1.0, 2.0, max(mean, 1e-3)]), np.array([5.0, 3.0, max(mean / 2, 1e-3)]),
                np.array([1.0, 1.0, 1.0])]

    def check(self, data, weights):
        if weights.sum() < 5:
            raise ModelError(f"gg: the spend model needs at least 5 repeat buyers with a positive mean "
                             f"repeat-order value (found {int(weights.sum())})")


def expected_spend(fitted: FittedModel, x, monetary) -> np.ndarray:
    """E[mean order value | x repeat orders with mean m̄] = p(γ + x·m̄)/(p·x + q − 1).

    For customers without repeats this is the population mean pγ/(q − 1); it needs q > 1.
    """
    p, q, g = fitted.array(PARAMS)
    x = np.asarray(x, dtype=float)
    m = np.where(x > 0, np.asarray(monetary, dtype=float), 0.0)
    if q <= 1:
        raise ModelError(f"gg: fitted q = {q:.3g} ≤ 1, so the spend model has no finite mean; "
                         "too few or too uneven repeat orders to predict spend")
    return p * (g + x * m) / (p * x + q - 1)


MODEL = GammaGamma()
