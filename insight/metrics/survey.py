"""Compatibility: Survey loyalty moved to ``insight.analyses.survey`` (it combines survey answers with
segments and P(alive)). widgets/satisfaction.py and report/content.py still import it from here; switch them
to ``insight.analyses.survey`` (faces: ``insight.api``) and delete this module (the ``ignore_imports`` ratchet
of the layers contract in pyproject.toml lists this import)."""

from insight.analyses.survey import csat, importance_satisfaction, nps, repurchase_intent

__all__ = ["csat", "importance_satisfaction", "nps", "repurchase_intent"]
