"""Modified BG/NBD (Batislam, Denizel & Filiztekin 2007): like BG/NBD, but a customer may also drop out
right after the first order, so customers without repeats can be inactive. Closed-form gradient."""

from __future__ import annotations

import numpy as np
from scipy.special import betaln, digamma, gammaln

from insight.clv.base import FittedModel, Model
from insight.clv.bgnbd import check_counts, damped_hyp2f1

PARAMS = ("r", "alpha", "a", "b")


class ModifiedBetaGeo(Model):
    name = "mbgnbd"
    param_names = PARAMS
    columns = ("frequency", "recency", "T")
    no_dropout_bounds = (("a", "lower"), ("b", "upper"))  # dropout probability p ~ Beta(a, b) → 0

    def _parts(self, params, data):
        r, alpha, a, b = params
        x, tx, T = data[:, 0], data[:, 1], data[:, 2]
        a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
        a2 = betaln(a, b + x + 1) - betaln(a, b) - (r + x) * np.log(alpha + T)   # still alive at T
        a3 = betaln(a + 1, b + x) - betaln(a, b) - (r + x) * np.log(alpha + tx)  # dropped after last order
        return a1, a2, a3

    def loglik(self, params, data):
        a1, a2, a3 = self._parts(params, data)
        return a1 + np.logaddexp(a2, a3)

    def loglik_and_gradient(self, params, data):
        r, alpha, a, b = params
        x, tx, T = data[:, 0], data[:, 1], data[:, 2]
        a1, a2, a3 = self._parts(params, data)
        lse = np.logaddexp(a2, a3)
        w2, w3 = np.exp(a2 - lse), np.exp(a3 - lse)
        dab, da, db, dall = digamma(a + b), digamma(a), digamma(b), digamma(a + b + x + 1)
        d_r = digamma(r + x) - digamma(r) + np.log(alpha) - w2 * np.log(alpha + T) - w3 * np.log(alpha + tx)
        d_alpha = r / alpha - w2 * (r + x) / (alpha + T) - w3 * (r + x) / (alpha + tx)
        d_a = w2 * (dab - dall) + w3 * (digamma(a + 1) - dall - da + dab)
        d_b = w2 * (digamma(b + x + 1) - dall - db + dab) + w3 * (digamma(b + x) - dall - db + dab)
        return a1 + lse, np.column_stack([d_r, d_alpha, d_a, d_b])

    def starts(self, data, weights):
        mean_t = float(weights @ data[:, 2] / weights.sum())
        mean_x = float(weights @ data[:, 0] / weights.sum())
        alpha0 = max(mean_t / (mean_x + 1.0), 1e-3)
        return [np.array([1.0, alpha0, 1.0, 1.0]), np.array([0.5, alpha0, 0.9, 1.6]),
                np.array([1.0, max(mean_t, 1e-3), 1.0, 1.0])]

    def check(self, data, weights):
        check_counts(self.name, data, weights)

    def alive(self, params, data):
        """P(alive) per row; it depends on the parameters for every customer."""
        fitted = FittedModel(self.name, dict(zip(PARAMS, params)), 0.0, True, 0)
        return p_alive(fitted, data[:, 0], data[:, 1], data[:, 2]), np.ones(len(data), dtype=bool)


def p_alive(fitted: FittedModel, x, tx, T) -> np.ndarray:
    """P(active at T) = 1 / (1 + a/(b+x) · ((α+T)/(α+tₓ))^(r+x)), for every x including 0."""
    r, alpha, a, b = fitted.array(PARAMS)
    x, tx, T = (np.asarray(v, dtype=float) for v in (x, tx, T))
    log_odds = np.log(a) - np.log(b + x) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx))
    return 1.0 / (1.0 + np.exp(log_odds))


def expected_orders(fitted: FittedModel, t, x, tx, T) -> np.ndarray:
    """E[orders in (T, T + t]] (Batislam et al. 2007); the ₂F₁ tail as in bgnbd.damped_hyp2f1."""
    r, alpha, a, b = fitted.array(PARAMS)
    x, tx, T, t = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (x, tx, T, t)))
    z = t / (alpha + T + t)
    tail = damped_hyp2f1(r + x, b + x + 1, a + b + x, z)
    return (a + b + x) / (a - 1) * (1.0 - tail) * p_alive(fitted, x, tx, T)


MODEL = ModifiedBetaGeo()
