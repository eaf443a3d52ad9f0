"""Distinct counts: "Wie viele Länder gibt es?", "how many countries", "Wie viele verschiedene Familienstände?",
"how many different products were sold in 2011" ask for the number of distinct values of one dimension.

Without this step the count word before a dimension reads as "customers per value" (a table) and "different
products sold" as units sold (a sum of quantity). The answer is the metric ``count`` (one row, one column; one
row per group with a grouping) with ``QueryPlan.counted`` naming the dimension; on order lines only values with
a line in the window and filters count (a product "sold in 2011"), on a customers table alone its rows.
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.language import Language
from insight.messages import say
from insight.query.lexicon import Mention
from insight.query.plan import Issue, QueryPlan
from insight.query.traits import of_family, only_headcount
from insight.semantic import SEMANTIC_MODEL

TIME_DIMS = ("month", "quarter", "year")
# "verschiedene", "different", …: filler words elsewhere, here they say the values are counted, not units
DISTINCT_WORDS = frozenset(
    "different distinct unique various verschiedene verschiedenen verschiedener unterschiedliche "
    "unterschiedlichen unterschiedlicher".split()
)
STEP = "distinct_count"
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
    if (
        plan.status != "ok"
        or plan.intent != "metric"
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
    if len(plan.group_by) != 1 or len(dims) != 1 or dims[0] in {f.dimension for f in plan.filters}:
        return plan  # a dimension whose value is named is a filter, its one value is not counted
    idx = _dim_mention(mentions, dims[0])
    if idx is not None and _after_by(mentions, idx):
        return plan
    return plan.model_copy(update={"metrics": ("count",), "counted": dims[0], "group_by": ()})


def distinct_frame(plan: QueryPlan, ds: Dataset, metric_table) -> pl.DataFrame:
    """One row per group (one row without a grouping) with ``count``: the distinct values of ``plan.counted``
    that have an order (order data) or a row (a customers table alone) in the plan's window and filters."""
    counted = plan.counted or ""
    base = "orders" if ds.order_lines.height else "customers"  # a value counts where something was sold
    keys = list(plan.group_by)
    inner = plan.model_copy(update={"metrics": (base,), "group_by": (*keys, counted), "counted": None})
    frame = metric_table(inner, ds, plan.window)
    present = frame.filter(pl.col(counted).is_not_null() & (pl.col(base) > 0))
    if not keys:
        return pl.DataFrame({"count": [present.get_column(counted).n_unique()]}, schema={"count": pl.Int64})
    return (
        present.group_by(keys)
        .agg(pl.col(counted).n_unique().cast(pl.Int64).alias("count"))
        .sort(["count", *keys], descending=[True, *([False] * len(keys))])
    )


def distinct_text(plan: QueryPlan, frame: pl.DataFrame, lang: Language, scope: str) -> str:
    """ "43 distinct values of country (2011)." / "43 verschiedene Werte von Land (2011)." """
    dim = SEMANTIC_MODEL.dimensions.get(plan.counted or "")
    label = dim.label(lang) if dim is not None else str(plan.counted)  # type: ignore[arg-type]
    where = f" ({scope})" if scope else ""
    if plan.group_by or frame.height != 1:
        return say("distinct_per_group", lang, dimension=label, scope=where, groups=frame.height)
    n = int(frame.item(0, "count"))
    return say("distinct_values", lang, n=n, dimension=label, scope=where)
