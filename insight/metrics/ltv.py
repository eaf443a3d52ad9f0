"""Compatibility: the LTV formula moved to ``insight.analyses.ltv`` (it combines churn by segment with the
value formula). cli/value_cmds.py still import it from here; switch them to ``insight.analyses.ltv`` (faces:
``insight.api``) and delete this module (the ``ignore_imports`` ratchet of the layers contract in
pyproject.toml lists this import)."""

from insight.analyses.ltv import MAX_T_MONTHS, LtvResult, ltv_formula, ltv_result

__all__ = ["MAX_T_MONTHS", "LtvResult", "ltv_formula", "ltv_result"]
