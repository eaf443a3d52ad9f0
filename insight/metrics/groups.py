"""Compatibility: Customer groups moved to ``insight.analyses.groups`` (it combines segments and the CLV
model). cli/analysis_cmds.py still import it from here; switch them to ``insight.analyses.groups`` (faces:
``insight.api``) and delete this module (the ``ignore_imports`` ratchet of the layers contract in
pyproject.toml lists this import)."""

from insight.analyses.groups import behaviour_by, clv_or_empty, compare_by, customer_groups

__all__ = ["behaviour_by", "clv_or_empty", "compare_by", "customer_groups"]
