"""Compatibility: Referrals moved to ``insight.analyses.referrals`` (it combines referral groups with the CLV
model). cli/analysis_cmds.py still import it from here; switch them to ``insight.analyses.referrals`` (faces:
``insight.api``) and delete this module (the ``ignore_imports`` ratchet of the layers contract in
pyproject.toml lists this import)."""

from insight.analyses.referrals import referral_comparison, referrers

__all__ = ["referral_comparison", "referrers"]
