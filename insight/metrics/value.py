"""Compatibility: Value by channel and the flat KPI dict moved to ``insight.analyses.value`` (it combines
customer value with the CLV model). widgets/dashboard.py and report/content.py still import it from here;
switch them to ``insight.analyses.value`` (faces: ``insight.api``) and delete this module (the
``ignore_imports`` ratchet of the layers contract in pyproject.toml lists this import)."""

from insight.analyses.value import CHURN_RISK_THRESHOLD, kpis, ltv_by_channel

__all__ = ["CHURN_RISK_THRESHOLD", "kpis", "ltv_by_channel"]
