"""Questions about an interaction metric read the interaction's own words (issue 14).

"Reaktionszeit auf Beschwerden" / "response time to complaints" is the response time of the complaints only:
the kind named becomes a filter on ``interaction_kind``, which the answer's ``understood`` shows. "Reaktionszeit
nach Art" / "response time by kind" (or "by channel") groups by the interaction's kind, not by the customer's
type: for an interaction metric the interaction attribute wins; only a phrase that names the customer
("Kundentyp", "customer type", "B2B or B2C") keeps the customer grouping.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from insight.analyses.response_times import KIND_SPELLINGS
from insight.language import fold
from insight.query.plan import Filter, QueryPlan

if TYPE_CHECKING:
    from insight.query.parser import Signals

# metrics computed over interactions (a row per request), whose "kind" is the interaction's kind
INTERACTION_METRICS = ("response_time", "interaction_analysis")
# the complaint analysis (rate, complainers vs. the others) and the interaction table a count of complaints is read from
COMPLAINT_TABLES = (("complaint_analysis",), ("interaction_analysis",))
# the complaint rate alone: one number (the share of customers who complained, its column complaint_rate)
COMPLAINT_RATE = ("complaint_share",)
# the dimensions a bare "kind", "type", "Art" or "channel" resolves to, and the phrases that really mean the customer's
_GENERIC = ("kind", "channel", "acquisition_channel")
_CUSTOMER_WORDS = (
    "customer type",
    "customer types",
    "customer kind",
    "client type",
    "business type",
    "kundentyp",
    "kundentypen",
    "kundenart",
    "kundenarten",
    "kundengruppe",
    "b2b",
    "b2c",
    "sales channel",
    "vertriebskanal",
    "verkaufskanal",
    "vertriebskanale",
    "vertriebskanalen",
    "acquisition channel",
    "acquisition source",
    "marketing channel",
    "lead source",
    "akquisekanal",
    "akquisitionskanal",
    "marketingkanal",
    "gewinnungskanal",
    "source",
    "quelle",
    "herkunft",
)


def _says(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)", text) is not None


def kinds_named(question: str) -> tuple[str, ...]:
    """The canonical interaction kinds a question names ("Beschwerden" → complaint), in catalogue order."""
    text = fold(question)
    return tuple(kind for kind, words in KIND_SPELLINGS.items() if any(_says(text, w) for w in words))


def without_kinds(question: str) -> str | None:
    """The question with the interaction kinds it names taken out ("Reaktionszeit auf Anrufe" → "Reaktionszeit
    auf"), or None when it names none."""
    words = sorted({w for ws in KIND_SPELLINGS.values() for w in ws}, key=len, reverse=True)
    pattern = (
        r"(?<!\w)(?:"
        + "|".join(re.escape(w).replace(r"\-", "[-\\s]?").replace(r"\ ", "[-\\s]?") for w in words)
        + r")(?!\w)"
    )
    rest = re.sub(pattern, " ", question, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", rest).strip() if rest != question else None


# words that make "Beschwerden" the complaint analysis (rate, complainers, their loyalty), not a count of complaints
_ANALYSIS_STEMS = ("quote", "rate", "anteil", "share", "analy", "abwander", "churn", "bindung", "retention", "treue",
                   "complainer", "beschwerdefuhrer", "beschwerdefuehrer", "kunden mit", "customers with",
                   "customers who", "kunden die", " vs", "gegenuber", "versus", "und ", " and ")
# the general words of a kind: they mean every spelling of it; a specific spelling the data holds as its own kind
# beside others ('Reklamation' beside 'Beschwerde') means that kind only
_GENERAL_KIND_WORDS = {"complaint", "complaints", "beschwerde", "beschwerden", "call", "calls", "anruf", "anrufe",
                       "email", "emails", "e mail", "e mails", "visit", "visits", "besuch", "besuche"}


def complaint_count(plan: QueryPlan, question: str) -> QueryPlan:
    """'Wie viele Reklamationen gab es?', 'Beschwerden im Jahr 2024', 'Beschwerden pro Kunde': complaint words
    without a rate or comparison word are a count of the complaints (interactions of the complaint kinds, per
    customer beside it), not the complainer comparison of the complaint analysis."""
    if plan.status != "ok" or plan.metrics != COMPLAINT_TABLES[0] or plan.group_by:
        return plan
    text = f" {fold(question)} "
    if any(stem in text for stem in _ANALYSIS_STEMS) or "complaint" not in kinds_named(question):
        return plan
    return plan.model_copy(update={"metrics": COMPLAINT_TABLES[1], "intent": "table"})


# words that ask for a share ("Anteil der Kunden mit Beschwerde", "What share of customers complained?")
_SHARE_STEMS = ("quote", "rate", "anteil", "share", "prozent", "percent", "proportion")
# words that ask for the comparison of complainers with the others (their loyalty, value, risk), not one figure
_COMPARISON_STEMS = ("analy", "abwander", "churn", "bindung", "retention", "treue", "kundenwert", "clv", "risk",
                     "risiko", " vs", "gegenuber", "versus", "vergleich", "compar", "complainers ",
                     "beschwerdefuhrer", "verhalten", "behavio")


def complaint_figure(plan: QueryPlan, question: str) -> QueryPlan:
    """'Wie hoch ist die Beschwerdequote?', 'What share of customers complained?': a share of the complaint words
    without a grouping or a comparison word asks for one number, the complaint rate (answers.md: a single number is
    one row); grouped ('Beschwerdequote je Kundentyp') or beside a comparison word ('Beschwerdequote und
    Abwanderung') it is the complaint analysis table."""
    if plan.status != "ok" or plan.intent != "table" or plan.metrics not in (COMPLAINT_RATE, COMPLAINT_TABLES[0]):
        return plan
    text = f" {fold(question)} "
    compared = bool(plan.group_by) or any(stem in text for stem in _COMPARISON_STEMS)
    if plan.metrics == COMPLAINT_RATE:
        return plan.model_copy(update={"metrics": COMPLAINT_TABLES[0]}) if compared else plan
    if compared or not any(stem in text for stem in _SHARE_STEMS):
        return plan
    return plan.model_copy(update={"metrics": COMPLAINT_RATE})


def data_kinds(plan: QueryPlan, question: str, held: list[str]) -> QueryPlan:
    """A named kind spelled as one of the data's own kinds ('Reklamationen' where the log has 'Reklamation' beside
    'Beschwerde'): the count is of that kind only (the filter holds the data's spelling, folded)."""
    if plan.status != "ok" or plan.metrics[:1] != COMPLAINT_TABLES[1] or not held:
        return plan
    from insight.analyses.response_times import canonical_kind

    text = fold(question)
    folded = {fold(h): h for h in held}
    own = {f: canonical_kind(f) for f in folded if f != canonical_kind(f)}
    chosen = []
    for word in sorted({w for ws in KIND_SPELLINGS.values() for w in ws} - _GENERAL_KIND_WORDS):
        if not _says(text, word):
            continue
        stems = {word, re.sub(r"(?:en|n|s|e)$", "", word)}
        hit = next((f for f in own if f in stems), None)
        if hit is not None and sum(1 for k in own.values() if k == own[hit]) > 1:
            chosen.append(hit)
    if not chosen:
        return plan
    filters = tuple(f for f in plan.filters if f.dimension != "interaction_kind")
    return plan.model_copy(update={"filters": (*filters, Filter(dimension="interaction_kind", values=tuple(chosen)))})


def read_kinds(
    plan: QueryPlan, signals: Signals, question: str, parse: Callable[[str], tuple[QueryPlan, Signals]],
    held: list[str] | None = None,
) -> tuple[QueryPlan, Signals]:
    """The parser's last step: an interaction metric's kinds read as the interaction's (``scoped``). A question
    asked back only because of a kind word the lexicon does not know ("response time to calls") is parsed again
    without it; that reading counts only when it asks for an interaction metric."""
    if plan.status == "clarify" and kinds_named(question):
        rest = without_kinds(question)
        if rest:
            again, again_signals = parse(rest)
            if again.status == "ok" and again.metrics[:1] and again.metrics[0] in INTERACTION_METRICS:
                plan, signals = again, again_signals
    figure = complaint_figure(plan, question)
    if figure is not plan:
        signals.steps.append("complaint_figure")
        plan = figure
    read = data_kinds(scoped(complaint_count(plan, question), question), question, held or [])
    if read is not plan:
        signals.steps.append("interaction_scope")
    return read, signals


def scoped(plan: QueryPlan, question: str) -> QueryPlan:
    """``plan`` with an interaction metric's kind read as the interaction's (see module docstring)."""
    if plan.status != "ok" or not plan.metrics or plan.metrics[0] not in INTERACTION_METRICS:
        return plan
    text = fold(question)
    update: dict = {}
    if any(g in _GENERIC for g in plan.group_by) and not any(_says(text, w) for w in _CUSTOMER_WORDS):
        group_by = tuple(dict.fromkeys("interaction_kind" if g in _GENERIC else g for g in plan.group_by))
        update["group_by"] = group_by
    named = kinds_named(question)
    has_kind_filter = any(f.dimension == "interaction_kind" for f in plan.filters)
    if named and not has_kind_filter:
        # a customer attribute read from the same word ("emails" as the contact preference 'email') gives way
        kept = tuple(
            f
            for f in plan.filters
            if not (
                f.op == "in"
                and kinds_named(" ".join(map(str, f.values)))
                and set(kinds_named(" ".join(map(str, f.values)))) <= set(named)
            )
        )
        update["filters"] = (*kept, Filter(dimension="interaction_kind", values=named))
    return plan.model_copy(update=update) if update else plan
