"""BG/NBD (Fader, Hardie & Lee 2005): Poisson purchasing with gamma-distributed rates and a beta-geometric
dropout after each repeat purchase. Likelihood and gradient in closed form; predictions per customer."""

from __future__ import annotations

import numpy as np
from scipy.special import betaln, digamma, gammaln, hyp1f1, hyp2f1

from insight.clv.base import FittedModel, Model, distinct_rows, per_data
from insight.errors import ModelError

PARAMS = ("r", "alpha", "a", "b")


@per_data
def _histories(data: np.ndarray):
    """The parameter-free parts of the data: x, tₓ, T, the distinct x and each row's index into them."""
    x, tx, T = data[:, 0], data[:, 1], data[:, 2]
    ux, inv = np.unique(x, return_inverse=True)
    urep = ux > 0
    return x, tx, T, ux, inv.reshape(-1), urep, np.where(urep, ux - 1, 0.0), urep[inv.reshape(-1)]


class BetaGeo(Model):
    name = "bgnbd"
    param_names = PARAMS
    columns = ("frequency", "recency", "T")
    no_dropout_bounds = (("a", "lower"), ("b", "upper"))  # dropout probability p ~ Beta(a, b) → 0
    alive_population = "repeat_customers"

    def _parts(self, params, data):
        return self._terms(params, data)[:4]

    @staticmethod
    def _terms(params, data):
        """The likelihood's pieces; the special functions run once per distinct x (few) and are
        spread to the rows, the only per-row work being logs of α + T and α + tₓ."""
        r, alpha, a, b = params
        x, tx, T, ux, inv, urep, uxm1, rep = _histories(data)
        bab = betaln(a, b)
        a1 = (gammaln(r + ux) - gammaln(r))[inv] + r * np.log(alpha)
        rx = r + x
        log_at, log_atx = np.log(alpha + T), np.log(alpha + tx)
        a2 = (betaln(a, b + ux) - bab)[inv] - rx * log_at
        u3 = np.where(urep, betaln(a + 1, b + uxm1) - bab, -np.inf)[inv]
        a3 = np.where(rep, u3 - rx * log_atx, -np.inf)
        return a1, a2, a3, rep, ux, inv, urep, uxm1, log_at, log_atx

    def loglik(self, params, data):
        a1, a2, a3, _ = self._parts(params, data)
        return a1 + np.logaddexp(a2, a3)

    def loglik_and_gradient(self, params, data):
        r, alpha, a, b = params
        x, tx, T = data[:, 0], data[:, 1], data[:, 2]
        a1, a2, a3, rep, ux, inv, urep, uxm1, log_at, log_atx = self._terms(params, data)
        # log(e^a2 + e^a3) and the weights e^a2, e^a3 over it from one exp and one log1p of the gap
        gap = a3 - a2  # −inf for customers without repeats
        small = np.exp(-np.abs(gap))
        lse = a2 + np.maximum(gap, 0.0) + np.log1p(small)
        w3 = np.where(gap > 0, 1.0, small) / (1.0 + small)
        w2 = 1.0 - w3
        dab, da, db = digamma(a + b), digamma(a), digamma(b)
        dall = digamma(a + b + ux)
        rx = r + x
        d_r = (digamma(r + ux) - digamma(r))[inv] + np.log(alpha) - w2 * log_at - w3 * log_atx
        d_alpha = r / alpha - rx * (w2 / (alpha + T) + w3 / (alpha + tx))
        d2_a = dab - dall
        d2_b = digamma(b + ux) - dall - db + dab
        d3_a = digamma(a + 1) - dall - da + dab
        d3_b = np.where(urep, digamma(b + uxm1) - dall - db + dab, 0.0)
        d_a = w2 * d2_a[inv] + w3 * d3_a[inv]
        d_b = w2 * d2_b[inv] + w3 * d3_b[inv]
        return a1 + lse, np.column_stack([d_r, d_alpha, d_a, d_b])

    def starts(self, data, weights):
        mean_t = float(weights @ data[:, 2] / weights.sum())
        mean_x = float(weights @ data[:, 0] / weights.sum())
        alpha0 = max(mean_t / (mean_x + 1.0), 1e-3)
        return [np.array([1.0, alpha0, 1.0, 1.0]), np.array([0.25, alpha0 * 0.1, 0.8, 2.5]),
                np.array([1.0, max(mean_t, 1e-3), 1.0, 1.0])]

    def check(self, data, weights):
        check_counts(self.name, data, weights)

    def alive(self, params, data):
        """P(alive) per row; informative only after a repeat order (without one it is 1 by construction)."""
        x = data[:, 0]
        return p_alive(FittedModel(self.name, dict(zip(PARAMS, params)), 0.0, True, 0), x, data[:, 1],
                       data[:, 2]), x > 0


def check_counts(name: str, data: np.ndarray, weights: np.ndarray, min_customers: int = 10,
                 min_repeat: int = 3) -> None:
    n = weights.sum()
    repeat = weights[data[:, 0] > 0].sum()
    if n < min_customers or repeat < min_repeat:
        raise ModelError(f"{name}: needs at least {min_customers} customers and {min_repeat} repeat buyers "
                         f"(found {int(n)} customers, {int(repeat)} with repeat orders)")


def p_alive(fitted: FittedModel, x, tx, T) -> np.ndarray:
    """P(the customer is still active at T) given x repeat orders, the last at tₓ."""
    r, alpha, a, b = fitted.array(PARAMS)
    x, tx, T = (np.asarray(v, dtype=float) for v in (x, tx, T))
    with np.errstate(divide="ignore", invalid="ignore"):
        log_odds = np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + T) - np.log(alpha + tx))
    return np.where(x > 0, 1.0 / (1.0 + np.exp(np.where(x > 0, log_odds, 0.0))), 1.0)


def damped_hyp2f1(p1, p2, c, z) -> np.ndarray:
    """(1−z)^p1 · ₂F₁(p1, p2; c; z), the tail term of the conditional expectations, evaluated stably.

    Euler's transformation gives (1−z)^(c−p2) · ₂F₁(c−p1, c−p2; c; z), whose parameters stay small when
    a customer has many orders (large p1, p2); the direct form is the stable one when the dropout
    parameters a, b are huge (nearly homogeneous dropout). Each is used where the other fails. Where both
    fail because r is huge (a fit at the Poisson limit: r, α → ∞ with r/α fixed, every customer buying at one
    rate), the confluent limit e^(−w) ₁F₁(p2; c; w) = ₁F₁(c−p2; c; −w) with w = p1·z/(1−z) stands in (its
    relative error is of order w²/p1).
    """
    with np.errstate(all="ignore"):
        euler = np.exp((c - p2) * np.log1p(-z)) * hyp2f1(c - p1, c - p2, c, z)
        bad = ~np.isfinite(euler)
        if np.any(bad):
            direct = np.exp(p1 * np.log1p(-z)) * hyp2f1(p1, p2, c, z)
            euler = np.where(bad, direct, euler)
            bad = ~np.isfinite(euler)
        if np.any(bad):
            confluent = hyp1f1(c - p2, c, -p1 * z / (1.0 - z))
            euler = np.where(bad, confluent, euler)
    return euler


def expected_orders(fitted: FittedModel, t, x, tx, T) -> np.ndarray:
    """E[orders in (T, T + t]] given the customer's history (FHL 2005, eq. 10)."""
    r, alpha, a, b = fitted.array(PARAMS)
    x, tx, T, t = np.broadcast_arrays(*(np.asarray(v, dtype=float) for v in (x, tx, T, t)))
    z = t / (alpha + T + t)
    tail = damped_hyp2f1(r + x, b + x, a + b + x - 1, z)
    front = (a + b + x - 1) / (a - 1)
    return front * (1.0 - tail) * p_alive(fitted, x, tx, T)


def expected_orders_over(fitted: FittedModel, spans, x, tx, T) -> np.ndarray:
    """E[orders in (T, T + t]] for several spans t at once, shape (len(spans), customers).

    Equal to ``expected_orders`` per span; P(alive) and the front factor are computed once, and the
    ₂F₁ tail once per distinct (x, T): it does not depend on tₓ.
    """
    r, alpha, a, b = fitted.array(PARAMS)
    x, tx, T = (np.asarray(v, dtype=float) for v in (x, tx, T))
    spans = np.asarray(spans, dtype=float).reshape(-1, 1)
    pairs, back, _ = distinct_rows(np.column_stack([x, T]))
    px, pT = pairs[:, 0], pairs[:, 1]
    z = spans / (alpha + pT + spans)
    tail = damped_hyp2f1(r + px, b + px, a + b + px - 1, z)[:, back]
    front = (a + b + x - 1) / (a - 1) * p_alive(fitted, x, tx, T)
    return front * (1.0 - tail)


def expected_orders_new(fitted: FittedModel, t) -> np.ndarray:
    """E[X(t)] for a customer who just made the first order (unconditional, FHL 2005 eq. 9)."""
    r, alpha, a, b = fitted.array(PARAMS)
    t = np.asarray(t, dtype=float)
    z = t / (alpha + t)
    hyp = hyp2f1(r, b, a + b - 1, z)
    return (a + b - 1) / (a - 1) * (1.0 - (alpha / (alpha + t)) ** r * hyp)


MODEL = BetaGeo()
