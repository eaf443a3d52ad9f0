"""The semantic model's types: metrics and dimensions as data, with DE/EN labels, synonyms and definitions.

One object (``SEMANTIC_MODEL``) implements shared/spec/metrics.md for every face: the parser reads its
synonyms, the executor its definitions and units, the CLI help, TUI completions and widget menus its
names and example questions. Nothing here computes anything.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from insight import labels
from insight.language import Language

Unit = Literal["currency", "count", "fraction", "points", "score", "months", "days", "number", "table", "text"]
Lang = Language  # the one Language type (insight.language)


@dataclass(frozen=True)
class Metric:
    """One metric of metrics.md.

    ``family`` names the engine that computes it: ``line`` (insight.metrics.grouped), ``customer``
    (per-customer values from the customer table / CLV, aggregated over customers), ``loyalty``,
    ``survey``, ``coupon``, ``table`` (a whole result table such as the funnel) or ``segment``.
    ``aggregate`` is how per-customer values combine over a group unless the question says otherwise.
    """

    name: str
    label_en: str
    label_de: str
    definition_en: str
    definition_de: str
    unit: Unit
    family: str
    synonyms_en: tuple[str, ...] = ()
    synonyms_de: tuple[str, ...] = ()
    examples_en: tuple[str, ...] = ()
    examples_de: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # canonical tables (or table.column) the metric reads besides order_lines
    aggregate: Literal["sum", "mean", "none"] = "none"
    # a whole table's own columns: a question naming the table and one of these is that table
    # ("Do customers who complained churn more?" is the complaint analysis, not the overall churn rate)
    shows: tuple[str, ...] = ()
    # a whole table whose rows carry their own timestamp (interactions, requests, order periods): a time window
    # of the question is read on it ("Beschwerdequote 2024"); other tables cover all data and refuse a window
    windowed: bool = False
    # what the parser and executor ask of a metric instead of its name (issue 13; docs/ask.md, "Adding a metric"):
    # the plain head count of the customer population ("Wie viele Kunden …?"): a customer restriction narrows it, a
    # second metric asked with it is computed over the restricted customers and the count shown beside it
    headcount: bool = False
    # the reversing lines (returns, credit notes): "value" for their amount, "count" for their documents, "rate"
    # for their share of the sales (asked back where the data has no reversing line at all)
    reversal: Literal["", "value", "count", "rate"] = ""
    # the count this value pairs with ("How many returns?" asks the reversal value's documents)
    paired_count: str = ""
    # the metric counting the same things that are never a sale ("cancelled orders" for orders): a count of lines
    # or orders restricted to a cancelled status becomes it
    cancelled_count: str = ""
    # the summed amount of the sold lines (revenue): a gross or tax word reads it gross, a money word beside a
    # client's amount column names that column, and of deals that are no sale it is their cancelled value
    sales_amount: bool = False
    # what a plain count of the sold data counts, one per thing ("order", "line", "document"): a count of orders
    # asked "how much" is their amount, a count of lines asked as a share is a flag's share of the lines, …
    counts: Literal["", "order", "line", "document"] = ""
    # the metric for a value's share of its scope ("what share of orders has been shipped": order_share)
    scope_share: str = ""
    # the head count's share: its part's customers of its scope's ("What share of German customers are B2B?")
    headcount_share: bool = False
    # the metric for this total's mean per order ("average quantity per order": quantity_per_order)
    per_order: str = ""
    # the share of all its kind a share word beside this count asks for ("What share of respondents are
    # detractors?": detractor_share, of all responses), never the count
    own_share: str = ""
    # the metric for this part's share of all the sales amount of its scope, which a share word beside it names
    # ("Welcher Anteil des Umsatzes ist keinem Kunden zugeordnet?": unattributed_share), one fraction
    part_share: str = ""
    # a rate between two periods (retention, churn): a time grain names its period, not a trend's grouping
    period_based: bool = False
    # the customer event the metric counts ("cancel", "start"): a customers table dates it by a column of that
    # event ("Kündigungen 2024" by the cancellation date)
    event: Literal["", "cancel", "start"] = ""
    # the survey column whose answers the metric averages (satisfaction 1–5, the recommendation 0–10): a median of
    # the metric is the middle of those answers, a bound on it ("Satisfaction Price unter 3") restricts the
    # respondents by their answer
    answers: str = ""
    # the figures its definition is made of and the calendar span it already covers: value at risk is the revenue of
    # one year of the customers at churn risk, so "how much yearly revenue is with customers likely to churn" beside
    # it restates it (insight.query.built_from), never a second figure or a split by year
    built_from: tuple[str, ...] = ()
    span: Literal["", "year"] = ""
    # a whole table's column that ranks its rows: a superlative beside the table's own dimension ("Welcher Aspekt
    # ist am wichtigsten?") asks for its rows ordered by it, the top one unless a number is said
    ranked_by: str = ""

    def label(self, lang: Lang) -> str:
        return self.label_de if lang == "de" else self.label_en

    def definition(self, lang: Lang) -> str:
        return self.definition_de if lang == "de" else self.definition_en

    def synonyms(self) -> tuple[str, ...]:
        return (self.name, self.name.replace("_", " "), self.label_en, self.label_de,
                *self.synonyms_en, *self.synonyms_de)


@dataclass(frozen=True)
class Dimension:
    """One dimension a metric can be grouped or filtered by.

    ``source``: ``line`` (a column of order_lines), ``time`` (derived from order_date), ``customer``
    (a column of the customers table), ``segment`` (derived per customer by a segmentation),
    ``survey`` / ``coupon`` (columns of those tables). ``values`` holds the fixed values a question may name
    (canonical English value -> German label, from ``insight.labels``), e.g. RFM segment names; other values
    come from the data (see values.py).
    """

    name: str
    label_en: str
    label_de: str
    source: str
    synonyms_en: tuple[str, ...] = ()
    synonyms_de: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)
    value_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def label(self, lang: Lang) -> str:
        return self.label_de if lang == "de" else self.label_en

    def synonyms(self) -> tuple[str, ...]:
        return (self.name, self.name.replace("_", " "), self.label_en, self.label_de,
                *self.synonyms_en, *self.synonyms_de)

    def value_label(self, value: object, lang: Lang) -> str:
        """One value as a reader sees it: the label catalogue's (``insight.labels``), else as stored."""
        return labels.value_label(self.name, value, lang)


@dataclass(frozen=True)
class SemanticModel:
    """Metrics and dimensions by name, plus lookups the faces need."""

    metrics: Layered[Metric]
    dimensions: Layered[Dimension]

    def metric(self, name: str) -> Metric:
        """The metric called ``name``; KeyError names the known ones."""
        try:
            return self.metrics[name]
        except KeyError:
            raise KeyError(f"unknown metric '{name}'; known: {', '.join(sorted(self.metrics))}") from None

    def dimension(self, name: str) -> Dimension:
        try:
            return self.dimensions[name]
        except KeyError:
            raise KeyError(f"unknown dimension '{name}'; known: {', '.join(sorted(self.dimensions))}") from None

    def example_questions(self, lang: Lang = "en") -> list[str]:
        """Example questions in one language, one or more per metric, in catalogue order."""
        out: list[str] = []
        for metric in self.metrics.values():
            for q in (metric.examples_de if lang == "de" else metric.examples_en):
                if q not in out:
                    out.append(q)
        return out

    def names(self, lang: Lang | None = None) -> list[str]:
        """Metric and dimension names and labels (both languages unless one is given)."""
        out: list[str] = []
        items: list[Metric | Dimension] = [*self.metrics.values(), *self.dimensions.values()]
        for item in items:
            labels = [item.name]
            if lang in (None, "en"):
                labels.append(item.label_en)
            if lang in (None, "de"):
                labels.append(item.label_de)
            for label in labels:
                if label not in out:
                    out.append(label)
        return out


# The workspace's own entries (the client's columns, see insight.semantic.client) layered over the
# built-in catalogue while a question on that workspace is answered. One registry: every reader of
# SEMANTIC_MODEL (parser, plan validation, executor, render, faces) sees the same entries.
Entry = TypeVar("Entry", "Metric", "Dimension")
_ACTIVE: contextvars.ContextVar[tuple[dict[str, Any], dict[str, Any]] | None] = contextvars.ContextVar("insight_workspace_model",
                                                                                 default=None)


class Layered(Mapping[str, Entry]):
    """The built-in entries plus the active workspace's (``which``: 0 metrics, 1 dimensions); a
    workspace entry never replaces a built-in one of the same name."""

    def __init__(self, base: dict[str, Entry], which: int) -> None:
        self.base: dict[str, Entry] = base
        self._which = which

    def _extra(self) -> dict[str, Entry]:
        active = _ACTIVE.get()
        return active[self._which] if active else {}

    def __getitem__(self, name: str) -> Entry:
        if name in self.base:
            return self.base[name]
        return self._extra()[name]

    def __iter__(self) -> Iterator[str]:
        yield from self.base
        yield from (k for k in self._extra() if k not in self.base)

    def __len__(self) -> int:
        return len(self.base) + sum(1 for k in self._extra() if k not in self.base)

    def __contains__(self, name: object) -> bool:
        return name in self.base or name in self._extra()


@contextmanager
def workspace_entries(metrics: dict[str, Metric], dimensions: dict[str, Dimension]) -> Iterator[None]:
    """Layer a workspace's metrics and dimensions over the catalogue for the duration of the block."""
    token = _ACTIVE.set((metrics, dimensions))
    try:
        yield
    finally:
        _ACTIVE.reset(token)
