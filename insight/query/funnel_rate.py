"""'Konversionsrate Lead zu Kunde', 'lead to customer conversion rate': the funnel's rate between the two stages
named, one number (count of the later stage / count of the earlier one, cumulative counts as in
``insight.metrics.funnel``), not the whole funnel table. The stages become a ``status`` filter in the order named,
which the funnel answer reads as the pair (a filter on ``status`` names the funnel's rows, it selects nobody)."""

from __future__ import annotations

import re

from insight.language import fold
from insight.metrics.funnel import STAGES, STATUS_SYNONYMS
from insight.query.plan import Filter, QueryPlan
from insight.query import lazy_re

FUNNEL = ("funnel",)  # the plan of the funnel table
# "Funnel-Konversion von Lead zu Kunde", "funnel conversion from lead to customer": the funnel named, its table
_FUNNEL_WORDS = lazy_re.compile(r"\b(?:funnel\w*|trichter\w*|vertriebstrichter\w*|verkaufstrichter\w*)\b")
_RATE_WORDS = lazy_re.compile(r"\b(conversion\w*|konversion\w*|umwandlung\w*|quote|rate)\b")
_WORDS = {**STATUS_SYNONYMS, "interessenten": "prospect", "prospects": "prospect", "customers": "customer",
          "contacts": "contact", "kontakte": "contact", "clients": "customer"}


def stages_named(question: str) -> list[str]:
    """The funnel stages a question names, in the order named, each once."""
    out: list[str] = []
    for word in re.findall(r"\w+", fold(question)):
        stage = _WORDS.get(word)
        if stage is not None and stage not in out:
            out.append(stage)
    return out


def conversion_between(plan: QueryPlan, question: str) -> QueryPlan:
    """The funnel plan restricted to the rate between two stages named beside a conversion word."""
    if plan.status != "ok" or plan.metrics != FUNNEL or plan.group_by:
        return plan
    if not _RATE_WORDS.search(fold(question)) or _FUNNEL_WORDS.search(fold(question)):
        return plan
    named = stages_named(question)
    if len(named) != 2:
        return plan
    first, last = sorted(named, key=STAGES.index)
    kept = tuple(f for f in plan.filters if f.dimension != "status")
    return plan.model_copy(update={"filters": (*kept, Filter(dimension="status", values=(first, last)))})


def stage_pair(plan: QueryPlan) -> tuple[str, str] | None:
    """The two funnel stages of ``conversion_between``, or None."""
    pairs = [f.values for f in plan.filters if f.dimension == "status" and f.op == "in" and len(f.values) == 2]
    if len(pairs) != 1 or not all(v in STAGES for v in pairs[0]):
        return None
    first, last = (str(v) for v in pairs[0])
    return (first, last) if STAGES.index(first) < STAGES.index(last) else None


def one_stage(plan: QueryPlan) -> str | None:
    """'How many leads are in the funnel?', 'Wie viele Interessenten haben wir?': the one funnel stage a ``status``
    filter names, or None (no stage, or several: the funnel table)."""
    named = [v for f in plan.filters if f.dimension == "status" and f.op == "in" for v in f.values]
    if len(named) != 1:
        return None
    value = str(named[0]).strip().lower()  # the data's own spelling ('Interessent') read as its stage
    stage = value if value in STAGES else STATUS_SYNONYMS.get(value)
    return stage if stage in STAGES else None


def named_alone(question: str) -> bool:
    """One stage named and no rate or conversion word: 'How many leads are in the funnel?' asks for that stage."""
    text = fold(question)
    return len(stages_named(question)) == 1 and not _RATE_WORDS.search(text) and not _EACH_STAGE.search(text)


# "wie viele Kontakte stehen in welcher Stufe?", "how many contacts per stage": every stage asked, the stage word
# names the people counted — the whole funnel, never one stage's row
_EACH_STAGE = lazy_re.compile(r"\b(?:in\s+welche[rnm]?|je|pro|nach|per|by|in\s+which|in\s+each|each|every)\s+"
                              r"(?:stufe|phase|stage|status|funnel\s*stufe|trichterstufe)\b")


# the funnel's ends named by their place ("ganz oben im Trichter", "bottom of the funnel"): its first / last stage
_TOP_END = lazy_re.compile(r"\b(?:ganz\s+oben|oben|at\s+the\s+top|top\s+of\s+the|am\s+anfang|first\s+stage|"
                           r"erste[nrs]?\s+stufe)\b")
_BOTTOM_END = lazy_re.compile(r"\b(?:ganz\s+unten|unten|at\s+the\s+bottom|bottom\s+of\s+the|am\s+ende|"
                              r"last\s+stage|letzte[nrs]?\s+stufe)\b")


def end_named(plan: QueryPlan, question: str) -> QueryPlan:
    """'Wie viele Kontakte stehen ganz oben im Trichter?', 'How many are at the bottom of the funnel?': the stage at
    that end of the funnel (the place names it; a stage word beside it names the people counted), one row — never
    the whole table for a count of one stage."""
    if plan.status != "ok" or plan.metrics != FUNNEL or set(plan.group_by) - {"status"}:
        return plan
    text = fold(question)
    if not _FUNNEL_WORDS.search(text) or _RATE_WORDS.search(text):
        return plan
    top, bottom = _TOP_END.search(text) is not None, _BOTTOM_END.search(text) is not None
    if top == bottom:
        return plan
    kept = tuple(f for f in plan.filters if f.dimension != "status")
    return plan.model_copy(update={"filters": (*kept, Filter(dimension="status", values=(STAGES[0 if top else -1],))),
                                   "group_by": ()})
