"""Predictive customer value: buy-till-you-die models (BG/NBD, Pareto/NBD, MBG/NBD), Gamma-Gamma spend,
and per-customer CLV. Entry points: ``insight.clv.value.customer_clv`` and ``fit_models``."""
