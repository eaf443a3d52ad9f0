"""Which engine computes a metric (its family): what the parser may combine in one plan and how the
executor splits a plan's metrics. Planning and execution both read it; it imports neither."""

from __future__ import annotations

from insight.metrics.grouped import LINE_METRICS
from insight.semantic import SEMANTIC_MODEL


def family(metric: str) -> str:
    """'line' for the grouped line metrics, else the semantic model's family of ``metric``."""
    spec = SEMANTIC_MODEL.metric(metric)
    if metric in LINE_METRICS:
        return "line"
    return spec.family
