"""Value by tenure or age band: the band of each customer (``insight.metrics.bands``) compared on
behaviour, value and CLV (``insight.analyses.groups.behaviour_by``)."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.metrics.bands import band_frame, band_order


def value_by_band(ds: Dataset, band: str = "tenure_band") -> pl.DataFrame:
    """Per band (natural order): customers, customer_share, revenue, revenue_share, mean_revenue,
    mean_orders, mean_customer_capital and mean_clv (null when the CLV model cannot be fitted) — whether
    long-standing (or older) customers are worth more."""
    from insight.analyses.groups import behaviour_by

    groups = band_frame(ds, band)
    frame = behaviour_by(ds, groups, band)
    return frame.sort(band_order(band))
