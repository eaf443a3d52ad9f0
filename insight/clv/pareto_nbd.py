"""Pareto/NBD (Schmittlein, Morrison & Colombo 1987) with the likelihood of Fader & Hardie's 2005 note:
Poisson purchasing with gamma rates, exponential lifetimes with gamma dropout rates.

The note's A₀ term splits on α ≥ β vs α < β. Here each ₂F₁ is rewritten with Pfaff's transformation
₂F₁(a, b; c; z) = (1−z)^(−b) ₂F₁(b, c−a; c; z/(z−1)) so that its argument is negative and the series
stays bounded; everything is then combined in log space. The gradient is numerical.
"""

from __future__ import annotations

import numpy as np
from scipy.special import gammaln, hyp2f1

from insight.clv.base import FittedModel, Model
from insight.clv.bgnbd import check_counts

PARAMS = ("r", "alpha", "s", "beta")


def _log_term(r, alpha, s, beta, x, t):
    """log of ₂F₁(…; z(t)) / (max(α, β) + t)^(r+s+x), the note's building block of A₀."""
    if alpha >= beta:
        g = hyp2f1(s + 1, 1.0, r + s + x + 1, -(alpha - beta) / (beta + t))
        return -(r + x - 1) * np.log(alpha + t) - (s + 1) * np.log(beta + t) + np.log(g)
    g = hyp2f1(r + x, 1.0, r + s + x + 1, -(beta - alpha) / (alpha + t))
    return -s * np.log(beta + t) - (r + x) * np.log(alpha + t) + np.log(g)


def _pieces(params, x, tx, T):
    """(log of the common factor, log alive-term L₁, log of the dropout term s/(r+s+x)·A₀)."""
    r, alpha, s, beta = params
    base = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + s * np.log(beta)
    alive = -(r + x) * np.log(alpha + T) - s * np.log(beta + T)
    at_tx, at_T = _log_term(r, alpha, s, beta, x, tx), _log_term(r, alpha, s, beta, x, T)
    with np.errstate(divide="ignore"):
        log_a0 = at_tx + np.log(-np.expm1(np.minimum(at_T - at_tx, 0.0)))
    dropped = np.log(s) - np.log(r + s + x) + log_a0
    return base, alive, dropped


class ParetoNBD(Model):
    name = "pareto"
    param_names = PARAMS
    columns = ("frequency", "recency", "T")
    no_dropout_bounds = (("s", "lower"), ("beta", "upper"))  # dropout rate μ ~ Gamma(s, β) → 0
    has_gradient = False

    def loglik(self, params, data):
        base, alive, dropped = _pieces(params, data[:, 0], data[:, 1], data[:, 2])
        return base + np.logaddexp(alive, dropped)

    def starts(self, data, weights):
        mean_t = float(weights @ data[:, 2] / weights.sum())
        mean_x = float(weights @ data[:, 0] / weights.sum())
        alpha0 = max(mean_t / (mean_x + 1.0), 1e-3)
        return [np.array([1.0, alpha0, 1.0, mean_t]), np.array([0.5, alpha0, 0.5, alpha0]),
                np.array([1.0, max(mean_t, 1e-3), 1.0, max(mean_t, 1e-3)])]

    def check(self, data, weights):
        check_counts(self.name, data, weights)

    def alive(self, params, data):
        """P(alive) per row; it depends on the parameters for every customer."""
        fitted = FittedModel(self.name, dict(zip(PARAMS, params)), 0.0, True, 0)
        return p_alive(fitted, data[:, 0], data[:, 1], data[:, 2]), np.ones(len(data), dtype=bool)


def p_alive(fitted: FittedModel, x, tx, T) -> np.ndarray:
    x, tx, T = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (x, tx, T)))
    _, alive, dropped = _pieces(fitted.array(PARAMS), x, tx, T)
    return np.exp(alive - np.logaddexp(alive, dropped))


def expected_orders(fitted: FittedModel, t, x, tx, T) -> np.ndarray:
    """E[orders in (T, T + t]] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive)."""
    r, alpha, s, beta = fitted.array(PARAMS)
    x, tx, T, t = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (x, tx, T, t)))
    log_ratio = np.log(beta + T) - np.log(beta + T + t)
    if abs(s - 1.0) < 1e-9:
        growth = -log_ratio
    else:
        growth = -np.expm1((s - 1.0) * log_ratio) / (s - 1.0)
    return (r + x) * (beta + T) / (alpha + T) * growth * p_alive(fitted, x, tx, T)


MODEL = ParetoNBD()
