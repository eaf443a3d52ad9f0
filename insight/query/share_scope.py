"""In "Anteil der X ist/sind Y" / "share of X (that) Y" the X right after the share word is the scope (the
denominator) and the Y after the verb is what is measured: "Welcher Anteil der aktiven Mitglieder ist
abgewandert?" is the churn rate among the active members, never the share of active members among the churned
("Welcher Anteil der abgewanderten Kunden war aktiv?"), which reads the two yes/no columns the other way round.
The flag reading (`parser._flag_population`) takes the first flag it sees as the measure when both are named; this
module swaps measure and filter when the measured flag stands right after the share word and the filter's after it.
"""

from __future__ import annotations

from insight.dataset import Dataset
from insight.query.lexicon import Mention
from insight.query.plan import Filter, QueryPlan

_SHARE_WORDS = frozenset({"anteil", "anteile", "share", "proportion", "fraction", "percentage", "percent", "prozent",
                          "prozentsatz", "quote"})
_ARTICLES = frozenset({"der", "des", "die", "den", "aller", "unserer", "unsrer", "of", "the", "our", "all", "an", "unter",
                       "among", "von"})
_FLAG_CONCEPTS = ("churn_rate", "complaint_rate")


def _flag_of(mention: Mention, flags: dict, concepts: dict[str, str]) -> str | None:
    """The yes/no column a mention names: as its share, its concept (churn) or a churn word, or the column."""
    for sense in mention.senses:
        if sense.kind == "metric" and sense.name.startswith("share_") and sense.name[6:] in flags:
            return sense.name[6:]
        if sense.kind == "metric" and sense.name in concepts:
            return concepts[sense.name]
        if sense.kind == "kw" and sense.name in ("lost", "churn_words") and _FLAG_CONCEPTS[0] in concepts:
            return concepts[_FLAG_CONCEPTS[0]]  # the churn words name the churn flag
        if sense.kind == "dim" and sense.name in flags:
            return sense.name
    return None


def measured_flag(plan: QueryPlan, ds: Dataset) -> tuple[str, str] | None:
    """(the flag column the plan's single share measures, the metric measuring it) or None."""
    from insight.semantic.client import concept_column

    if len(plan.metrics) != 1:
        return None
    metric = plan.metrics[0]
    if metric.startswith("share_"):
        return metric[6:], metric
    if metric in _FLAG_CONCEPTS:
        col = concept_column(ds, metric)
        return (col.name, metric) if col is not None else None
    return None


def scope_first(plan: QueryPlan, tokens: list[str], mentions: list[Mention], ds: Dataset | None,
                steps: list[str]) -> QueryPlan:
    """``plan`` with measure and filter swapped when the measured flag is the one named right after the share word
    (the scope) and the filtered flag is named after it (what is measured); else ``plan`` unchanged."""
    if ds is None or plan.status != "ok" or plan.intent != "metric":
        return plan
    from insight.semantic.client import client_columns, concept_column

    measured = measured_flag(plan, ds)
    if measured is None:
        return plan
    flags = {c.name: c for c in client_columns(ds) if c.is_flag}
    concepts = {c: col.name for c in _FLAG_CONCEPTS if (col := concept_column(ds, c)) is not None and col.name in flags}
    filtered = [f for f in plan.filters if f.dimension in flags and f.dimension != measured[0] and f.op == "in"]
    if len(filtered) > 1 or any(f.dimension == measured[0] for f in plan.filters):
        return plan
    share_at = next((i for i, t in enumerate(tokens) if t in _SHARE_WORDS), None)
    if share_at is None:
        return plan
    named = [(m, _flag_of(m, flags, concepts)) for m in mentions if m.start > share_at]
    first = next(((m, f) for m, f in named if f is not None), None)
    if first is None or first[1] != measured[0] or \
            any(t not in _ARTICLES for t in tokens[share_at + 1:first[0].start]):
        return plan  # the measured flag is not the share's scope: "Anteil der abgewanderten Kunden war aktiv"
    later = [f for m, f in named if f is not None and f != measured[0] and m.start >= first[0].end]
    # the flag measured: the one already read as a filter ("ist abgewandert"), else the one named after the scope
    # and left unread ("What share of active members churned?" would otherwise ask back on 'churned')
    was = filtered[0].dimension if filtered else (later[0] if later else None)
    if was is None or was not in later:
        return plan
    scope = flags[measured[0]]
    metric = next((c for c, name in concepts.items() if name == was), f"share_{was}")
    filters = tuple(f for f in plan.filters if f.dimension != was) + (
        Filter(dimension=scope.name, op="in", values=(scope.flag_true,)),)
    steps.append("share_scope_first")
    return plan.model_copy(update={"metrics": (metric,), "filters": filters})


def own_flag_counted(plan: QueryPlan, ds: Dataset | None, steps: list[str]) -> QueryPlan:
    """A flag's rate under a filter on that very flag ("Wie viele spanische Kunden sind gegangen (Exited)?" read as
    the churn rate among Exited = 1) is 100 % by construction: the question counts the customers with the flag,
    so the plan counts them (the filter stays), never the degenerate rate."""
    if ds is None or plan.status != "ok" or plan.intent != "metric":
        return plan
    measured = measured_flag(plan, ds)
    if measured is None or not any(f.dimension == measured[0] and f.op == "in" for f in plan.filters):
        return plan
    steps.append("own_flag_counted")
    return plan.model_copy(update={"metrics": ("customers",), "period": None})
