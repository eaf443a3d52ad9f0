"""Compatibility: the segment profile moved to ``insight.analyses.profile`` (it combines segments with the CLV
model). cli/value_cmds.py still import it from here; switch them to ``insight.analyses.profile`` (faces:
``insight.api``) and delete this module (the ``ignore_imports`` ratchet of the layers contract in
pyproject.toml lists this import)."""

from insight.analyses.profile import PROFILE_COLUMNS, segment_profile

__all__ = ["PROFILE_COLUMNS", "segment_profile"]
