"""Distinct counts: "Wie viele Länder gibt es?", "how many countries", "Wie viele verschiedene Familienstände?",
"how many different products were sold in 2011" ask for the number of distinct values of one dimension.

Without this step the count word before a dimension reads as "customers per value" (a table) and "different
products sold" as units sold (a sum of quantity). The answer is the metric ``count`` (one row, one column; one
row per group with a grouping) with ``QueryPlan.counted`` naming the dimension; on order lines only values with
a line in the window and filters count (a product "sold in 2011"), on a customers table alone its rows.
"""

from __future__ import annotations

import polars as pl

from insight.language import LANGUAGES, Language
from insight.messages import say
from insight.query.lexicon import Mention
from insight.query.plan import Issue, QueryPlan
from insight.query.traits import of_family, only_headcount
from insight.semantic import SEMANTIC_MODEL

TIME_DIMS = ("month", "quarter", "year", "fiscal_quarter", "fiscal_year")
# "verschiedene", "different", …: filler words elsewhere, here they say the values are counted, not units
DISTINCT_WORDS = frozenset(
    "different distinct unique various verschiedene verschiedenen verschiedener unterschiedliche "
    "unterschiedlichen unterschiedlicher".split()
)
STEP = "distinct_count"
# the count word in the plural: one count per value ("class counts", "Anzahlen je Segment", "frequencies")
PER_VALUE_COUNTS = frozenset("counts frequencies anzahlen haufigkeiten".split())
CUSTOMER_NOUNS = frozenset("kunden kunde kundin kundinnen customers customer clients client buyers kaufer".split())


def _dim_mention(mentions: list[Mention], dim: str) -> int | None:
    return next(
        (i for i, m in enumerate(mentions) if any(s.kind == "dim" and s.name == dim for s in m.senses)),
        None,
    )


def _after_by(mentions: list[Mention], idx: int) -> bool:
    """ "… je Land", "per country": the dimension is a grouping, not what is counted."""
    return idx > 0 and any(s.kind == "kw" and s.name == "by" for s in mentions[idx - 1].senses)


def distinct_count(
    plan: QueryPlan,
    steps: list[str],
    keywords: set[str],
    customer_word: bool,
    tokens: list[str],
    mentions: list[Mention],
) -> QueryPlan:
    """The plan counting a dimension's distinct values where the question asks "how many <dimension>"."""
    if plan.status == "ok" and any(of_family(m, "distinct") for m in plan.metrics) and plan.counted is None:  # "distinct count of country"
        dims = [g for g in plan.group_by if g not in TIME_DIMS and g != "customer_id"]
        if len(plan.metrics) == 1 and of_family(plan.metrics[0], "distinct") and len(dims) == 1:
            rest = tuple(g for g in plan.group_by if g != dims[0])
            return plan.model_copy(update={"counted": dims[0], "group_by": rest, "intent": "metric", "top_n": None})
        issue = Issue.said("distinct_of_what", "issue_distinct_of_what")
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})
    named = _named_distinct(plan, steps, tokens, mentions)
    if named is not None:  # "verschiedene Produkte gesamt", "distinct products sold to German customers"
        rest = tuple(g for g in plan.group_by if g != named)
        return plan.model_copy(update={"metrics": ("count",), "counted": named, "group_by": rest})
    if (
        plan.status != "ok"
        or plan.intent not in ("metric", "trend")  # "Wie viele Verkäufer gibt es je Monat?": per period too
        or plan.top_n
        or plan.aggregate is not None
        or not plan.population.everyone
        or "count" not in keywords
    ):
        return plan
    if plan.metrics == ("quantity",) and "units_sold" in steps and not plan.group_by and DISTINCT_WORDS & set(tokens):
        # "how many different products were sold in 2011": products with a sale, not units
        return plan.model_copy(update={"metrics": ("count",), "counted": "product_id"})
    if (
        not only_headcount(plan.metrics)
        or "count_customers" not in steps
        or customer_word
        or CUSTOMER_NOUNS & set(tokens)
    ):
        return plan  # "Anzahl der treuen Kunden laut RFM-Segment": customers, named inside a value
    dims = [g for g in plan.group_by if g not in TIME_DIMS and g != "customer_id"]
    if not dims or {*dims} & {f.dimension for f in plan.filters}:
        return plan  # a dimension whose value is named is a filter, its one value is not counted
    if PER_VALUE_COUNTS & set(tokens):
        return plan  # "ABC class counts", "Segment-Häufigkeiten": a count per value (plural), not how many values
    # "Anzahl Verkäufer je Kategorie": the one dimension not after 'je'/'by' is counted, the others group it
    counted = [d for d in dims if (idx := _dim_mention(mentions, d)) is None or not _after_by(mentions, idx)]
    if len(counted) != 1 or (len(dims) > 1 and len(counted) == len(dims)):
        return plan
    churn = next((m.text for m in mentions if any(s.kind == "kw" and s.name in ("lost", "churn_words")
                                                   for s in m.senses)), None)
    if churn is not None:  # "How many sellers churned?": churn is said of customers, never of a column's values
        dim = SEMANTIC_MODEL.dimensions.get(counted[0])
        labels = {lang: dim.label(lang) if dim is not None else counted[0] for lang in LANGUAGES}
        issue = Issue(code="churn_of_values", **{lang: say("issue_churn_of_values", lang, word=churn,
                                                            dimension=labels[lang]) for lang in LANGUAGES})
        return plan.model_copy(update={"status": "clarify", "issues": (issue,), "options": ()})
    rest = tuple(g for g in plan.group_by if g != counted[0])
    return plan.model_copy(update={"metrics": ("count",), "counted": counted[0], "group_by": rest})


def _named_distinct(plan: QueryPlan, steps: list[str], tokens: list[str], mentions: list[Mention]) -> str | None:
    """The dimension a distinct word stands right before ("verschiedene Produkte", "distinct products") where the
    plan only grouped by it with no figure of its own (revenue by default, or the head count of the customers
    the values were sold to, named after them): the question asks how many of its values there are."""
    if plan.status != "ok" or plan.intent != "metric" or plan.top_n or plan.aggregate not in (None, "sum") \
            or not plan.population.everyone:
        return None
    dims = [g for g in plan.group_by if g not in TIME_DIMS]
    if len(dims) != 1 or dims[0] == "customer_id" or dims[0] in {f.dimension for f in plan.filters}:
        return None
    idx = _dim_mention(mentions, dims[0])
    start = mentions[idx].start if idx is not None else 0
    if idx is None or start == 0 or _after_by(mentions, idx) or tokens[start - 1] not in DISTINCT_WORDS:
        return None
    if "revenue_by_default" in steps:
        return dims[0]
    if only_headcount(plan.metrics):  # "products sold to German customers": the customers come after the values
        # … or a value said with the customers' noun ("verschiedene Produkte haben B2C-Kunden gekauft")
        head = next((i for i, m in enumerate(mentions) if any(s.kind == "metric" and s.name == plan.metrics[0]
                                                               for s in m.senses)
                     or (CUSTOMER_NOUNS & set(m.text.split()) and any(s.kind == "value" for s in m.senses))), None)
        return dims[0] if head is not None and head > idx else None
    return None


def distinct_text(plan: QueryPlan, frame: pl.DataFrame, lang: Language, scope: str) -> str:
    """ "43 distinct values of country (2011)." / "43 verschiedene Werte von Land (2011)." """
    dim = SEMANTIC_MODEL.dimensions.get(plan.counted or "")
    label = dim.label(lang) if dim is not None else str(plan.counted)  # type: ignore[arg-type]
    where = f" ({scope})" if scope else ""
    if plan.group_by or frame.height != 1:
        return say("distinct_per_group", lang, dimension=label, scope=where, groups=frame.height)
    n = int(frame.item(0, "count"))
    return say("distinct_values", lang, n=n, dimension=label, scope=where)
