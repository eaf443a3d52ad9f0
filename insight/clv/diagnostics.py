"""Model diagnostics: a fit that sits at a bound, predicts no dropout or has no standard errors says so.

Every ``Model.fit`` attaches a list of ``Diagnostic`` to the ``FittedModel`` it returns
(``fitted.diagnostics``, ``fitted.reliable``, in its JSON). The checks, in the order they are reported:

``parameter_at_bound``
    A parameter sits at the edge of the optimiser's box (e^±18), or the log-likelihood is no worse
    (within ``BOUND_TOLERANCE``) with that parameter moved all the way to the edge. The second case is the
    usual one: the optimiser stops on a flat plateau (BG/NBD a ≈ 1e-6) long before the box edge, and the
    estimate is then a limiting case (a → 0), not a maximum the data determine.
``dropout_degenerate``
    The count model predicts that nobody drops out: P(alive) ≥ ``ALIVE_LEVEL`` for at least
    ``ALIVE_SHARE`` of the customers whose P(alive) depends on the parameters (BG/NBD: customers with
    repeat orders, since P(alive) = 1 after a single order by construction; Pareto/NBD and MBG/NBD: all
    customers), or a dropout parameter is at its no-dropout bound (BG/NBD and MBG/NBD a → 0 or b → ∞,
    Pareto/NBD s → 0 or β → ∞). Churn risk and P(alive) then carry no information.
``no_standard_errors``
    The Hessian of the negative log-likelihood (on log-parameters) is not finite, singular (its smallest
    eigenvalue at most ``HESSIAN_RCOND`` times its largest) or not positive definite, or a standard error
    came out non-finite. The standard errors are then ``None``.
``not_converged``
    The optimiser stopped without reporting success (iteration limit, failed line search).

All four are serious: ``FittedModel.reliable`` is False when any of them is present, and
``FittedModel.converged`` is False when a parameter is at a bound or the optimiser failed.
``insight.clv.value.fit_notes(ds, lang)`` gives the caveat sentences for answers built on a Dataset's default
models.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from insight.messages import say

if TYPE_CHECKING:
    from insight.clv.base import FittedModel, Model

ALIVE_LEVEL = 0.99  # "P(alive) ≈ 1"
ALIVE_SHARE = 0.99  # ... for at least this share of the customers: the model sees no dropout
BOUND_TOLERANCE = 0.05  # log-likelihood units: a parameter whose bound fits this well is at the bound
HESSIAN_RCOND = 1e-6  # smallest/largest eigenvalue of the Hessian below this: numerically singular
EDGE = 1e-3  # |log θ| within this of the box edge: literally at the bound

MODEL_NAMES = {"bgnbd": "BG/NBD", "pareto": "Pareto/NBD", "mbgnbd": "MBG/NBD", "gg": "Gamma-Gamma"}
# which fitted model each model-based metric of customer_clv rests on
METRIC_MODELS = {"clv": ("bgnbd", "gg"), "p_alive": ("bgnbd",), "churn_risk": ("bgnbd",),
                 "expected_orders": ("bgnbd",), "expected_spend": ("gg",)}


@dataclass(frozen=True)
class Diagnostic:
    """One finding about a fit: a machine-readable ``code`` and one line of text in English and German.

    ``parameter`` and ``bound`` ("lower" or "upper") name the parameter of a ``parameter_at_bound``
    (for ``dropout_degenerate``: the dropout parameters at their bound, comma-separated, if any);
    ``value`` is the share of customers with P(alive) ≥ 0.99 for ``dropout_degenerate``.
    """

    code: str
    en: str
    de: str
    serious: bool = True
    parameter: str | None = None
    bound: str | None = None
    value: float | None = None

    def text(self, lang: str = "en") -> str:
        return self.de if lang == "de" else self.en


# -- the checks (called by Model.fit) -----------------------------------------------------------------

def diagnose(model: "Model", params: np.ndarray, data: np.ndarray, weights: np.ndarray, success: bool,
             iterations: int, se_problem: tuple[str, str] | None, log_bound: float) -> list[Diagnostic]:
    """The diagnostics of a fit of ``model`` at ``params`` on compressed ``data`` with row ``weights``.

    ``se_problem`` is (English, German) reason why standard errors are missing, or None.
    """
    name = MODEL_NAMES.get(model.name, model.name)
    found = [_bound(name, p, side) for p, side in at_bounds(model, params, data, weights, log_bound)]
    degenerate = _dropout(model, name, params, data, weights, found)
    if degenerate is not None:
        found.append(degenerate)
    if se_problem is not None:
        found.append(Diagnostic("no_standard_errors", *both("clv_no_standard_errors", model=name, reason=se_problem)))
    if not success:
        found.append(Diagnostic("not_converged", *both("clv_not_converged", model=name, iterations=iterations)))
    return found


def at_bounds(model: "Model", params: np.ndarray, data: np.ndarray, weights: np.ndarray,
              log_bound: float) -> list[tuple[str, str]]:
    """(parameter, "lower"|"upper") for each parameter at a bound: at the box edge, or with a log-likelihood
    at the edge (others held fixed) within ``BOUND_TOLERANCE`` of the fit's."""
    theta = np.log(params)
    with np.errstate(all="ignore"):
        ll0 = float(weights @ model.loglik(params, data))
        found = []
        for i, name in enumerate(model.param_names):
            sides = (("lower", -log_bound), ("upper", log_bound))
            for side, edge in sorted(sides, key=lambda s: abs(theta[i] - s[1])):  # nearer edge first
                if abs(theta[i] - edge) < EDGE:
                    found.append((name, side))
                    break
                moved = params.copy()
                moved[i] = np.exp(edge)
                ll = float(weights @ model.loglik(moved, data))
                if np.isfinite(ll) and np.isfinite(ll0) and ll >= ll0 - BOUND_TOLERANCE:
                    found.append((name, side))
                    break
    return found


def both(key: str, **values: Any) -> tuple[str, str]:
    """(English, German) of the message ``key``; a value given as an (English, German) pair is used per language."""
    def said(index: int) -> str:
        return say(key, "de" if index else "en",
                   **{name: v[index] if isinstance(v, tuple) else v for name, v in values.items()})
    return said(0), said(1)


def _limit(side: str | None) -> str:
    return "0" if side == "lower" else "∞"


def _bound(model_name: str, param: str, side: str) -> Diagnostic:
    return Diagnostic("parameter_at_bound",
                      *both("clv_parameter_at_bound", model=model_name, param=param, limit=_limit(side),
                            side=both("clv_bound_lower" if side == "lower" else "clv_bound_upper")),
                      parameter=param, bound=side)


def _dropout(model: "Model", name: str, params: np.ndarray, data: np.ndarray, weights: np.ndarray,
             bounds: list[Diagnostic]) -> Diagnostic | None:
    with np.errstate(all="ignore"):
        evidence = model.alive(params, data)
    if evidence is None:
        return None
    alive, informative = evidence
    w = weights[informative]
    share = None
    if w.sum() > 0:
        with np.errstate(invalid="ignore"):
            share = float(w @ (alive[informative] >= ALIVE_LEVEL) / w.sum())
    stuck = [d for d in bounds if (d.parameter, d.bound) in model.no_dropout_bounds]
    if not stuck and (share is None or share < ALIVE_SHARE):
        return None
    limits = ", ".join(f"{d.parameter} → {_limit(d.bound)}" for d in stuck)
    parts: list[tuple[str, str]] = []
    if share is not None:  # English percentages as "99%", German as "99 %" (the sentences' house style)
        parts.append(both("clv_mostly_alive", level=(f"{ALIVE_LEVEL:.0%}", f"{ALIVE_LEVEL * 100:.0f} %"),
                          share=(f"{share:.0%}", f"{share * 100:.0f} %"),
                          who=both(f"clv_population_{model.alive_population}")))
    if limits:
        parts.append((limits, limits))
    found = ("; ".join(en for en, _ in parts), "; ".join(de for _, de in parts))
    return Diagnostic("dropout_degenerate", *both("clv_dropout_degenerate", model=name, evidence=found),
                      parameter=", ".join(str(d.parameter) for d in stuck) or None, value=share)


# -- notes for answers -------------------------------------------------------------------------------

def headline(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics worth a sentence in an answer: all of them, except a ``parameter_at_bound`` already
    named by ``dropout_degenerate`` and ``no_standard_errors`` when another serious diagnostic explains it."""
    items = list(diagnostics)
    named = {p.strip() for d in items if d.code == "dropout_degenerate" and d.parameter
             for p in d.parameter.split(",")}
    kept = [d for d in items if not (d.code == "parameter_at_bound" and d.parameter in named)]
    if any(d.serious and d.code != "no_standard_errors" for d in kept):
        kept = [d for d in kept if d.code != "no_standard_errors"]
    return kept


def model_notes(fitted: "FittedModel", lang: str = "en") -> list[str]:
    """One sentence per headline diagnostic of ``fitted`` in ``lang`` ("en" or "de"); [] for a clean fit."""
    return [d.text(lang) for d in headline(fitted.diagnostics)]
