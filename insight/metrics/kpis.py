"""Compatibility: the KPI list moved to ``insight.analyses.kpis`` (it combines the KPIs of several models).
cli/value_cmds.py and report/content.py still import it from here; switch them to ``insight.analyses.kpis``
(faces: ``insight.api``) and delete this module (the ``ignore_imports`` ratchet of the layers contract in
pyproject.toml lists this import)."""

from insight.analyses.kpis import ORDER, Kpi, KpiList, kpi_list

__all__ = ["ORDER", "Kpi", "KpiList", "kpi_list"]
