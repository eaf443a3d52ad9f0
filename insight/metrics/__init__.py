"""Metric families as polars expressions and LazyFrame -> LazyFrame steps (see shared/spec/metrics.md)."""
