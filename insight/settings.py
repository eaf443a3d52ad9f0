"""Workspace settings that change what metrics mean: margin, currency, analysis date, ABC thresholds."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

SCHEMA_VERSION = 1


class Settings(BaseModel):
    """Persisted per workspace; defaults follow metrics.md."""

    default_margin: float = Field(1.0, ge=0.0, le=1.0, description="margin P where unit_cost is absent")
    currency: str = "EUR"
    as_of: dt.date | None = Field(None, description="analysis date override (Stichtag)")
    abc_thresholds: tuple[float, float] = (0.80, 0.95)
    clv_horizon_months: int = 12
    annual_discount_rate: float = 0.10
    schema_version: int = SCHEMA_VERSION
