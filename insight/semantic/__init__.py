"""The semantic model: every metric and dimension of metrics.md as data, in German and English.

It drives the question parser, the CLI help, the TUI's completions and the widgets' menus:

>>> from insight.semantic import SEMANTIC_MODEL
>>> SEMANTIC_MODEL.metric("aov").label_de
'durchschnittlicher Bestellwert'
"""

from __future__ import annotations

from insight.dataset import Dataset
from insight.semantic.catalogue_dimensions import DIMENSIONS
from insight.semantic.catalogue_metrics import METRICS
from insight.semantic.model import Dimension, Layered, Metric, SemanticModel
from insight.semantic.text import fold, tokens
from insight.semantic.values import COUNTRY_NAMES, value_index

SEMANTIC_MODEL = SemanticModel(
    metrics=Layered({m.name: m for m in METRICS}, 0),
    dimensions=Layered({d.name: d for d in DIMENSIONS}, 1),
)


def example_questions(lang: str = "en", ds: Dataset | None = None) -> list[str]:
    """Example questions for a prompt: the workspace's own columns' examples first (e.g. "mean Balance"),
    then the catalogue's."""
    out: list[str] = []
    if ds is not None:
        from insight.semantic.client import entries

        metrics, _dims = entries(ds)
        for metric in metrics.values():  # a few: a mean per measure, the share per flag
            if not metric.name.startswith(("mean_", "share_", "complaint_rate")) or len(out) >= 6:
                continue
            for q in (metric.examples_de if lang == "de" else metric.examples_en):
                if q not in out:
                    out.append(q)
    out.extend(q for q in SEMANTIC_MODEL.example_questions(lang) if q not in out)  # type: ignore[arg-type]
    return out


def completions(ds: Dataset | None = None) -> list[str]:
    """Words a user may type: metric and dimension names and labels in both languages, then the
    dataset's dimension values (countries, segments, channels, ...), without duplicates."""
    out = SEMANTIC_MODEL.names()
    seen = {fold(x) for x in out}
    if ds is not None:
        from insight.semantic.client import entries

        metrics, dims = entries(ds)  # the client's own columns and their measures, by their headers
        items: list[Metric | Dimension] = [*dims.values(), *metrics.values()]
        for item in items:
            for label in (item.label_en, item.label_de):
                if fold(label) not in seen:
                    seen.add(fold(label))
                    out.append(label)
        values: list[str] = []
        for pairs in value_index(ds).values():
            for _dim, value in pairs:
                text = str(value)
                if fold(text) not in seen:
                    seen.add(fold(text))
                    values.append(text)
        present = {str(v) for pairs in value_index(ds).values() for _d, v in pairs}
        for dim in DIMENSIONS:  # German labels of fixed values (segment names, countries in the data)
            for value, label in dim.values.items():
                if dim.name in ("country", "kind", "status") and value not in present:
                    continue
                if fold(label) not in seen:
                    seen.add(fold(label))
                    values.append(label)
        out.extend(sorted(values, key=str.casefold))
    return out


__all__ = ["SEMANTIC_MODEL", "SemanticModel", "Metric", "Dimension", "completions", "example_questions", "value_index", "fold",
           "tokens", "COUNTRY_NAMES"]
