"""The survey's people as customers: "Wie viele Befragte …", "Anzahl Befragte je Branche", "how many detractors do
we have", "Promotoren nach Region".

Respondents are the customers with a survey response; promoters, passives and detractors those whose NPS answer
(the latest, 0–10) is 9–10, 7–8 and 0–6, as in the NPS definition (metrics.md). The word is read as "customers"
restricted to that population (``Population.concept``); on data without survey answers it is asked back.
"Kunden, die NPS 10 gegeben haben", "customers with an NPS answer below 7" restrict the customers by their answer
(``Population.nps_answer``) — only with a customer word and a number 0–10 (an NPS itself runs −100..100).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import polars as pl

from insight.query import lazy_re
from insight.query.plan import QueryPlan

if TYPE_CHECKING:
    from insight.dataset import Dataset

SURVEY_CONCEPTS = ("respondents", "promoters", "passives", "detractors")
_WORDS = lazy_re.compile(
    r"\b(?:(?P<respondents>befragte|befragten|befragter|umfrageteilnehmer(?:n|innen)?|respondents?|survey\s+respondents?)"
    r"|(?P<promoters>(?<!net\s)(?:promoters?|promotoren|promotor)(?!\s+(?:score|scores|wert|quote|rate)))"
    r"|(?P<passives>passives|passive\s+(?:customers|kunden)|indifferente[n]?)"
    r"|(?P<detractors>detractors?|detraktoren|kritiker(?:n)?))\b")


# "share of detractors", "Anteil der Promotoren", "Wie viele Detraktoren": a share or count of the NPS answers
# (promoter_share, detractors, …), not a population of customers
SHARE_OR_COUNT_BEFORE = lazy_re.compile(r"\b(?:share|percentage|proportion|percent|anteil|prozentsatz|quote)\s+"
                           r"(?:(?:of|der|an|von)\s+)?(?:(?:the|den)\s+)?$"
                           # "Wie viele Detraktoren", "number of promoters": the NPS's own count of answers
                           r"|\b(?:how\s+many|wie\s*viele|anzahl(?:\s+(?:der|an))?|number\s+of)\s+$")


_SHARE_BEFORE = lazy_re.compile(r"\b(?:share|percentage|proportion|percent|anteil|prozentsatz)\s+"
                           r"(?:(?:of|der|an|von)\s+)?(?:(?:the|den)\s+)?$")
# what such a share is of: an NPS class or the repurchase intent ("wieder kaufen", "buy again")
_SURVEY_SHARE_AFTER = lazy_re.compile(r"\b(?:promoters?|promotoren|detractors?|detraktoren|kritiker|passives?|"
                                 r"wieder\s+kaufen|wiederkauf\w*|buy\s+again|repurchase\w*|purchase\s+again)\b")


# "NPS der Befragten aus 2025", "satisfaction among respondents": a survey figure is the respondents' already
_SURVEY_FIGURE_OF = lazy_re.compile(r"\b(?:nps|net\s+promoter\s+score|csat|zufriedenheit|kundenzufriedenheit|"
                                    r"satisfaction|weiterempfehlung\w*)\s+(?:der|von\s+den|unter\s+den|of|of\s+the|"
                                    r"among|among\s+the|from|from\s+the)\s+$")


def survey_people(rest: str, lang: str) -> tuple[str, str | None, str]:
    """The text with the word read as customers, the concept, and the word as written (folded)."""
    m = _WORDS.search(rest)
    if m is None or (not m.group("respondents") and SHARE_OR_COUNT_BEFORE.search(rest[:m.start()])):
        return rest, None, ""
    if m.group("respondents") and _SURVEY_FIGURE_OF.search(rest[:m.start()]):
        return rest[:m.start()] + " " + rest[m.end():], None, ""
    if m.group("respondents") and _SHARE_BEFORE.search(rest[:m.start()]) and _SURVEY_SHARE_AFTER.search(
            rest[m.end():]):
        # "Anteil der Befragten, die wieder kaufen würden", "share of respondents who are detractors": the
        # respondents are the base of a survey share (which is over the responses already), no population
        after = re.sub(r"^\s*,?\s*(?:(?:who|that|which)\s+)?(?:are|were|is)\b", " ", rest[m.end():])
        return rest[:m.start()] + " " + after, None, ""
    concept = next(name for name in SURVEY_CONCEPTS if m.group(name))
    noun = "kunden" if lang == "de" else "customers"
    return rest[:m.start()] + f" {noun} " + rest[m.end():], concept, m.group(0)


_CMP = {"gt": r"uber|above|over|more\s+than|mehr\s+als|greater\s+than", "ge": r"mindestens|at\s+least|ab",
        "lt": r"unter|below|under|less\s+than|weniger\s+als", "le": r"hochstens|at\s+most|bis"}
_ANSWER = lazy_re.compile(r"\bnps(?:[\s-]+(?:antwort|answer|score|wert|bewertung))?\s+(?:(?:von|of|=)\s+)?"
                     r"(?:(?P<op>" + "|".join(f"(?P<{k}>{v})" for k, v in _CMP.items()) + r")\s+)?"
                     r"(?P<n>\d{1,2})\b(?!\s*(?:%|prozent|percent|punkte|points))")


_BOUND = lazy_re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _CMP.items()) + r")\s+"
                         r"(?P<n>\d{1,2}(?:[.,]\d)?)(?!\s*(?:%|prozent|percent|punkte|points))\b")


# "rate the service below 3", "rated price over 4", "die den Service mit unter 3 bewertet haben": the verb of a score
_RATE_VERB = lazy_re.compile(r"\b(?:rate|rates|rated|rating|bewerten|bewertet|bewertete|bewerteten|bewertest)\b")


def rate_verb(text: str) -> str:
    """The rating verb of "rated the service below 3" (a survey aspect's score threshold), or ""."""
    m = _RATE_VERB.search(text)
    return m.group(0) if m is not None else ""


def _aspect_answer_column(ds: "Dataset | None") -> str:
    """The one answer column that is answered for every value of the survey's aspects (the per-aspect score, e.g.
    satisfaction; the NPS is asked once per response, not per aspect); "" when none or several are."""
    from insight.query.traits import answer_columns

    if ds is None or "aspect" not in ds.survey_responses.columns:
        return ""
    rows = ds.survey_responses
    aspects = rows.get_column("aspect").drop_nulls().n_unique()
    every = [c for c in answer_columns() if c in rows.columns and aspects and
             rows.filter(pl.col(c).is_not_null()).get_column("aspect").drop_nulls().n_unique() == aspects]
    return every[0] if len(every) == 1 else ""


def survey_answer_bound(plan: QueryPlan, text: str, ds: "Dataset | None" = None) -> QueryPlan:
    """"Wie viele Befragte haben Satisfaction Price unter 3?", "how many customers rate the service below 3": the
    head count beside a metric that averages survey answers (``traits.answer_column``) and a bound on it is the
    count of the customers whose answer passes the bound; the survey's own filters (an aspect) select the
    answers, not the customers. Anything else is left as it is."""
    from insight.query.traits import answer_column, besides_headcount, has_headcount, headcount_metric
    from insight.semantic import SEMANTIC_MODEL

    others = besides_headcount(plan.metrics)
    own = tuple(f for f in plan.filters if (dim := SEMANTIC_MODEL.dimensions.get(f.dimension)) is not None
                and dim.source == "survey")
    verb = _RATE_VERB.search(text)
    if plan.status != "ok" or not has_headcount(plan.metrics):
        return plan
    if len(others) == 1:
        column = answer_column(next(iter(others)))
        m = _BOUND.search(text) if column else None
    elif not others and verb is not None and own:  # "customers who rated the service below 3": the aspect's score
        column = _aspect_answer_column(ds)
        # English says the verb first ("rated price over 4"), German last ("den Service mit unter 3 bewertet")
        m = _BOUND.search(text, 0 if verb.group(0).startswith("bewert") else verb.end()) if column else None
    else:
        return plan
    if m is None or plan.group_by or plan.population.survey_answer is not None:
        return plan
    op = next(k for k in _CMP if m.group(k))
    return plan.model_copy(update={
        "metrics": (headcount_metric(),), "filters": tuple(f for f in plan.filters if f not in own),
        "population": plan.population.model_copy(update={
            "survey_answer": (column, op, float(m.group("n").replace(",", ".")), own)})})


def bound_words(text: str) -> set[str]:
    """The comparison's words of a survey answer's bound ("above", "more than"): read by `survey_answer_bound`,
    so never left over to be asked back ("How many respondents have satisfaction price above 3?")."""
    m = _BOUND.search(text)
    return set(m.group(0).split()[:-1]) if m is not None else set()


def nps_answer(rest: str) -> tuple[str, tuple[str, float] | None]:
    """The text without "NPS 10" / "NPS unter 7" and the bound on the customers' NPS answer (0–10), if any."""
    m = _ANSWER.search(rest)
    if m is None or int(m.group("n")) > 10:
        return rest, None
    op = next((k for k in _CMP if m.group(k)), "eq")
    return rest[:m.start()] + " " + rest[m.end():], (op, float(m.group("n")))
