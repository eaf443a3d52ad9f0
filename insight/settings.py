"""Workspace settings that change what metrics mean: margin, currency, analysis date, ABC thresholds."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

# Version of the workspace's table layout; insight/workspace/migrations.py upgrades older workspaces.
SCHEMA_VERSION = 3

CancellationRule = Literal["auto", "c_prefix", "no_c_prefix"]
FiscalYearNamedBy = Literal["end", "start"]


class Settings(BaseModel):
    """Persisted per workspace; defaults follow metrics.md."""

    default_margin: float = Field(1.0, ge=0.0, le=1.0, description="margin P where unit_cost is absent")
    currency: str | None = Field(None, description="currency of the amounts; None: not set, none found in the data")
    as_of: dt.date | None = Field(None, description="analysis date override (Stichtag)")
    abc_thresholds: tuple[float, float] = (0.80, 0.95)
    clv_horizon_months: int = 12
    annual_discount_rate: float = 0.10
    cancellation_rule: CancellationRule = Field(
        "auto", description="order ids 'C…' reverse an invoice: 'auto' (detected), 'c_prefix', 'no_c_prefix'")
    fiscal_year_start: int | None = Field(
        None, ge=1, le=12, description="month the fiscal year (Geschäftsjahr) starts; 1 = the calendar year; None: not set")
    fiscal_year_named_by: FiscalYearNamedBy = Field(
        "end", description="'FY2024' names the fiscal year that ends in 2024 ('end') or starts in it ('start')")
    schema_version: int = SCHEMA_VERSION
