"""Questions in German or English → typed QueryPlan → polars → Answer, offline.

>>> from insight.query import Session            # doctest: +SKIP
>>> Session(ds).ask("Umsatz nach Land, Top 3").table   # doctest: +SKIP
"""

from __future__ import annotations

from insight.query.executor import execute
from insight.query.parser import parse
from insight.query.plan import Comparison, Filter, Issue, QueryPlan, TimeWindow, plan_json_schema
from insight.query.session import Session

__all__ = ["Session", "QueryPlan", "Filter", "TimeWindow", "Comparison", "Issue", "parse", "execute",
           "plan_json_schema"]
