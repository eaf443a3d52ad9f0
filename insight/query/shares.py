"""Shares of a value and rates of a status: the word "share" / "Anteil" is never dropped.

- "Technology share of profit": the value's profit / the profit of its scope (``profit_share``); "share of
  orders shipped Same Day" likewise with orders (``order_share``);
- "Anteil der Classic Cars am Umsatz in EMEA": the value named with the share word is the part
  (``QueryPlan.share_of``), every other filter ("in EMEA") and the window are the scope and apply to the
  denominator too;
- "Anteil stornierter Aufträge 2004": cancelled orders / all orders of the window (``cancellation_rate``).
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from insight.dataset import Dataset
from insight.query.lexicon import Mention
from insight.query.plan import QueryPlan, TimeWindow
from insight.query import lazy_re
from insight.query.traits import counts, headcount_metric, is_headcount_share, own_share, sales_share, scope_share

STEP = "share_of_value"
SHARE_METRICS = ("profit_share", "cancellation_rate", "win_rate", "order_share")


def _share_at(mentions: list[Mention]) -> int | None:
    """Where the share is asked: the share word, or a share metric's own phrase ("share of profit")."""
    return next(
        (
            i
            for i, m in enumerate(mentions)
            if any(
                (s.kind == "kw" and s.name == "share")
                or (s.kind == "metric" and (s.name in SHARE_METRICS or s.name == sales_share()))
                for s in m.senses
            )
        ),
        None,
    )


def _part(plan: QueryPlan, mentions: list[Mention], at: int) -> str | None:
    """The dimension of the included value named nearest to the share word (the part of the share)."""
    dims = {f.dimension for f in plan.filters if f.op == "in"}
    best: tuple[int, str] | None = None
    for i, m in enumerate(mentions):
        for s in m.senses:
            if s.kind == "value" and s.name in dims and (best is None or abs(i - at) < best[0]):
                best = (abs(i - at), s.name)
    return best[1] if best else None


# the verb that ends the noun phrase of a customers' share: "What share of German customers ARE B2B?", "Wie viel
# Prozent der Neukunden KAMEN über Google Ads?" — what is named after it is the part, what before it the scope
_SHARE_VERBS = frozenset({
    "are", "is", "were", "was", "have", "has", "had", "come", "came", "comes", "live", "lives", "belong", "belongs",
    "use", "used", "bought", "buy", "buys", "ordered", "order", "became", "become", "prefer", "prefers",
    "sind", "ist", "waren", "war", "haben", "hat", "hatten", "hatte", "kamen", "kommen", "kommt", "kam", "stammen",
    "stammt", "stammten", "gehoren", "gehort", "wohnen", "wohnt", "nutzen", "nutzt", "kauften", "kaufen", "kauft",
    "bestellten", "bestellen", "bestellt", "wurden", "wurde", "werden", "bevorzugen", "bevorzugt",
    "went", "goes", "go", "entfallt", "entfallen", "entfiel", "geht", "gehen", "ging",
})
def verb_between(tokens: list[str], start: int, end: int) -> bool:
    """A verb that ends a share's noun phrase stands between token ``start`` and ``end``."""
    return any(t in _SHARE_VERBS for t in tokens[start:end])


_CUSTOMER_WORDS = frozenset({"customers", "customer", "clients", "client", "buyers", "kunden", "kunde", "kundinnen",
                             "kaufer", "neukunden", "bestandskunden", "stammkunden"})


_CUSTOMER_COUNTS = ("customers", "new_customers")  # the customers' noun as the reading names it


def _customers_part(plan: QueryPlan, mentions: list[Mention], tokens: list[str], at: int) -> str | bool | None:
    """The part of a customers' share when the question also names its scope: after the verb that ends the
    customers' noun phrase ("share of German customers are B2B": B2B of the German customers), else — no verb —
    the values of the noun phrase, with a scope named after it ("Anteil der B2B-Kunden in Deutschland"). The
    part's dimension; True where the part is the population ("Anteil der Kunden aus Deutschland hat mehr als 5
    Bestellungen": customers with ≥ 6 orders of the German ones); None where the part is not one dimension (then
    every restriction is the part, of all customers)."""
    share_end = mentions[at].end
    noun_end = next((m.end for m in mentions[at + 1:] if set(m.text.split()) & _CUSTOMER_WORDS
                     or any(s.kind == "metric" and s.name in _CUSTOMER_COUNTS for s in m.senses)), None)
    if noun_end is None and set(mentions[at].text.split()) & _CUSTOMER_WORDS and plan.population.order_bounds:
        noun_end = share_end  # "Anteil der Kunden" read as one phrase, the customers' order bound taken out of it
    if noun_end is None:
        return None
    verb = next((i for i in range(noun_end, len(tokens)) if tokens[i] in _SHARE_VERBS), None)
    where: dict[str, int] = {}
    for m in mentions:
        for sense in m.senses:
            if sense.kind == "value" and m.start >= share_end:
                where.setdefault(sense.name, m.start)
    dims = {f.dimension for f in plan.filters}
    if not dims <= set(where):
        return None  # a restriction not named by a value (a flag, a threshold): its place is unknown
    if verb is not None:
        part = {d for d in dims if where[d] > verb}
        if not part and plan.population != type(plan.population)() and any(where[d] < verb for d in dims):
            return True  # the verb's object is the population: the named values are the scope
    else:
        part = {d for d in dims if where[d] < noun_end}
        if not part and plan.population != type(plan.population)():
            return True  # "Anteil der Kunden mit nur einer Bestellung in Deutschland": of the German customers
    return part.pop() if len(part) == 1 else None


def scoped_customer_share(plan: QueryPlan, mentions: list[Mention], tokens: list[str]) -> QueryPlan:
    """A customers' share whose question names the part apart from its scope (``_customers_part``): the part as
    ``share_of``, so the scope's customers are the denominator; else the plan as it is."""
    at = _share_at(mentions)
    if at is None and plan.population.order_bounds:  # "Anteil der Kunden" said as the share metric's own phrase
        at = next((i for i, m in enumerate(mentions) if any(s.kind == "metric" and is_headcount_share(s.name)
                                                            for s in m.senses)), None)
    if at is None or plan.group_by or not plan.filters or len(plan.metrics) != 1 or \
            not is_headcount_share(plan.metrics[0]):
        return plan
    of = _customers_part(plan, mentions, tokens, at)
    if of is True:
        return plan.model_copy(update={"share_of_population": True})
    return plan if not isinstance(of, str) else plan.model_copy(update={"share_of": of})


def share_of_value(plan: QueryPlan, keywords: set[str], mentions: list[Mention],
                   tokens: list[str] | None = None) -> QueryPlan:
    """The share the question asks for, where the plan would answer the plain total or the wrong denominator."""
    if plan.status == "ok" and plan.intent == "metric":
        plan = _noun_of_the_part(plan, mentions)
    grouped = _part_in_each_group(plan, keywords, mentions)
    if grouped is not plan:
        return grouped
    # "share of profit" is the metric's own phrase
    named = len(plan.metrics) == 1 and plan.metrics[0] in (scope_share(plan.metrics[0]), sales_share())
    if plan.status != "ok" or plan.intent != "metric" or not ("share" in keywords or named):
        return plan
    if plan.metrics == ("cancelled_orders",):  # "Anteil stornierter Aufträge": a rate, not the count
        return plan.model_copy(update={"metrics": ("cancellation_rate",)})
    own = own_share(plan.metrics[0]) if len(plan.metrics) == 1 and "share" in keywords else ""
    if own:  # "What share of respondents are detractors?": the class's share of all responses, not the count
        return plan.model_copy(update={"metrics": (own,)})
    at = _share_at(mentions)
    if at is None or plan.group_by:
        return plan
    if len(plan.metrics) == 1 and is_headcount_share(plan.metrics[0]):  # of which customers: the scope is the denominator's too
        return scoped_customer_share(plan, mentions, tokens or [])
    part = _part_after_verb(plan, mentions, tokens or [], at) or _part(plan, mentions, at)
    if part is None:
        return plan
    share = scope_share(plan.metrics[0]) if len(plan.metrics) == 1 else ""  # Metric.scope_share
    if share:  # "what share of orders has been shipped", "Technology share of profit"
        return plan.model_copy(update={"metrics": (share,), "share_of": part})
    scoped = [f for f in plan.filters if f.dimension != part]
    if plan.metrics == ("revenue_share",) and scoped:  # "Anteil der Classic Cars am Umsatz in EMEA"
        return plan.model_copy(update={"share_of": part})
    return plan


def _part_in_each_group(plan: QueryPlan, keywords: set[str], mentions: list[Mention]) -> QueryPlan:
    """"Anteil Großbritanniens am Umsatz je Jahr", "share of Germany in revenue by month": the value named right at
    the share word is the part in each group — its figure / the group's figure — never each group's share of the
    value's own total (which a share by a grouping alone is: "Umsatzanteil je Land")."""
    if plan.status != "ok" or plan.intent not in ("metric", "trend") or not plan.group_by or \
            plan.share_of is not None or plan.top_n:
        return plan
    shares = [m for m in plan.metrics if m in _GROUPED_SHARES]
    at = _share_at(mentions)
    if len(shares) != 1 or at is None or ("share" not in keywords and mentions[at].senses[0].kind != "metric"):
        return plan
    dims = {f.dimension for f in plan.filters if f.op == "in"}
    beside = [m for m in (mentions[at - 1] if at else None, mentions[at + 1] if at + 1 < len(mentions) else None)
              if m is not None]
    if at + 2 < len(mentions) and {s.name for s in mentions[at + 1].senses if s.kind == "dim"} & dims:
        beside.append(mentions[at + 2])  # "Anteil des Kanals online …": the dimension's word, then its value
    named = {s.name for m in beside for s in m.senses if s.kind == "value" and s.name in dims}
    if len(named) != 1:
        return plan
    part = named.pop()
    if part in plan.group_by and any(s.kind == "dim" and s.name == part for m in mentions for s in m.senses):
        return plan  # "Umsatzanteil je Land, nur Deutschland und Frankreich": the groups compared, as asked
    # "Anteil Deutschland und Frankreich am Umsatz 2011": each listed value's share of the whole revenue
    return plan.model_copy(update={"share_of": part})


_GROUPED_SHARES = ("revenue_share", "profit_share", "order_share")


def _noun_of_the_part(plan: QueryPlan, mentions: list[Mention]) -> QueryPlan:
    """"Anteil der Large-Deals am Umsatz", "share of USD orders in revenue": an order or line noun said right after a
    value names what that value selects (the part of the share), never a count of its own beside the share."""
    shares = [m for m in plan.metrics if scope_share(m) == m or m == sales_share()]
    nouns = {m for m in plan.metrics if counts(m) in ("order", "line")}
    if len(shares) != 1 or not nouns or len(plan.metrics) != len(nouns) + 1:
        return plan
    for before, after in zip(mentions, mentions[1:]):
        if before.end == after.start and any(s.kind == "value" for s in before.senses) and \
                any(s.kind == "metric" and s.name in nouns for s in after.senses):
            return plan.model_copy(update={"metrics": tuple(shares)})
    return plan


def _part_after_verb(plan: QueryPlan, mentions: list[Mention], tokens: list[str], at: int) -> str | None:
    """"What share of German revenue comes from B2B customers?", "Welcher Anteil des Umsatzes in Deutschland entfällt
    auf B2B?": the one value named after the verb is the part, what is named before it the scope (never the value
    nearest the share word, which is the scope here)."""
    verb = next((i for i in range(mentions[at].end, len(tokens)) if tokens[i] in _SHARE_VERBS), None)
    if verb is None:
        return None
    dims = {f.dimension for f in plan.filters if f.op == "in"}
    after = {s.name for m in mentions if m.start > verb for s in m.senses if s.kind == "value" and s.name in dims}
    before = {s.name for m in mentions if mentions[at].end <= m.start < verb for s in m.senses if s.kind == "value"
              and s.name in dims}
    return after.pop() if len(after) == 1 and before and not before & after else None


def wants_share_frame(plan: QueryPlan) -> bool:
    return bool(set(plan.metrics) & set(SHARE_METRICS)) or (
        (plan.share_of is not None or plan.share_of_population) and not plan.group_by) or (
        plan.share_of is not None and bool(set(plan.metrics) & set(_GROUPED_SHARES)))  # the part in each group


def share_frame(plan: QueryPlan, ds: Dataset, metric_table: Callable[..., pl.DataFrame]) -> pl.DataFrame:
    """One column per metric; the numerator under every filter, the denominator under the scope's."""
    keys = list(plan.group_by)

    def total(metric: str, scope: bool) -> pl.DataFrame:
        if scope and not plan.filters:  # "share of profit in 2017": the window's share of all profit
            sub = plan.model_copy(update={"metrics": (metric,), "share_of": None, "window": TimeWindow()})
            return metric_table(sub, ds, TimeWindow())
        """The figure under every filter, or under the scope's only (without the part; without a named part,
        without any filter: the same window)."""
        part = (lambda f: f.dimension == plan.share_of) if plan.share_of else (
            lambda f: not plan.share_of_population)
        filters = tuple(f for f in plan.filters if not (scope and part(f)))
        sub = plan.model_copy(update={"metrics": (metric,), "filters": filters, "share_of": None,
                                      "share_of_population": False})
        if scope and plan.share_of in keys:  # the listed values' share: of the whole, not of each other
            sub = sub.model_copy(update={"group_by": tuple(k for k in keys if k != plan.share_of)})
        if scope and plan.share_of_population:  # the population is the part: the scope's customers are all of them
            sub = sub.model_copy(update={"population": type(plan.population)()})
        return metric_table(sub, ds, plan.window)

    def ratio(num: pl.DataFrame, den: pl.DataFrame, a: str, b: str, name: str) -> pl.DataFrame:
        on = [k for k in keys if k in den.columns]
        if keys and not on:  # the listed values' share: one denominator for all of them
            joined = num.join(den.select(pl.col(b).alias("_den")), how="cross")
        elif keys:
            joined = num.join(den.select(*on, pl.col(b).alias("_den")), on=on, how="left")
        else:
            joined = pl.concat([num.select(a), den.select(pl.col(b).alias("_den"))], how="horizontal")
        out = joined.with_columns(
            pl.when(pl.col("_den") != 0).then(pl.col(a) / pl.col("_den")).otherwise(None).alias(name)
        )
        return out.select(*keys, name)

    parts: list[pl.DataFrame] = []
    for metric in plan.metrics:
        if metric == "win_rate":  # won deals of all deals: only a deal pipeline has won and lost ones
            from insight.errors import MissingDataError
            from insight.metrics.conventions import won_only

            if not won_only(ds):
                raise MissingDataError("a win rate needs a deal pipeline (a status with won deals beside lost or open "
                                       "ones); this data has none")
            from insight.metrics.conventions import lost_stages
            from insight.query.plan import Filter

            # won of the decided deals (won + lost) where the pipeline has a lost stage: open deals are not decided
            lost = lost_stages(ds)
            won = metric_table(plan.model_copy(update={"metrics": ("orders",), "share_of": None}), ds, plan.window)
            closed = plan.model_copy(update={"metrics": ("cancelled_orders",), "share_of": None, "filters": (
                *plan.filters, *([Filter(dimension="line_status", values=lost)] if lost else ()))})
            other = metric_table(closed, ds, plan.window)
            both = won.join(other, on=keys, how="full", coalesce=True) if keys else \
                pl.concat([won.select("orders"), other.select("cancelled_orders")], how="horizontal")
            counts = both.with_columns(pl.col("orders", "cancelled_orders").fill_null(0))
            every = counts.with_columns((pl.col("orders") + pl.col("cancelled_orders")).alias("_all"))
            parts.append(ratio(every, every, "orders", "_all", metric))
        elif metric == "cancellation_rate":
            both = metric_table(
                plan.model_copy(update={"metrics": ("cancelled_orders", "orders"), "share_of": None}), ds, plan.window
            )
            counts = both.with_columns(pl.col("orders", "cancelled_orders").fill_null(0))
            every = counts.with_columns((pl.col("orders") + pl.col("cancelled_orders")).alias("_all"))
            parts.append(ratio(every, every, "cancelled_orders", "_all", metric))
        elif metric == "order_share":  # "what share of orders has been shipped": under the part / under the scope
            num = total("orders", scope=False)
            if keys and plan.share_of is None:  # "share of orders by status": each group of the whole
                parts.append(num.select(*keys, (pl.col("orders") / pl.col("orders").sum()).alias(metric)))
            else:
                parts.append(ratio(num, total("orders", scope=True), "orders", "orders", metric))
        elif is_headcount_share(metric):  # the part's customers of the scope's (_customers_part)
            head = headcount_metric()
            parts.append(ratio(total(head, scope=False), total(head, scope=True), head, head, metric))
        elif metric in ("profit_share", "revenue_share"):
            base = metric.removesuffix("_share")
            num = total(base, scope=False)
            if keys and plan.share_of is None:  # "share of profit by Category": each group of the whole
                parts.append(num.select(*keys, (pl.col(base) / pl.col(base).sum()).alias(metric)))
            else:
                parts.append(ratio(num, total(base, scope=True), base, base, metric))
        else:  # a figure asked beside the share ("Umsatz und Anteil …"): the part's own
            parts.append(total(metric, scope=False).select(*keys, metric))
    if not keys:
        return pl.concat(parts, how="horizontal")
    out = parts[0]
    for extra in parts[1:]:
        out = out.join(extra, on=keys, how="full", coalesce=True)
    return out.sort(plan.metrics[0], descending=True, nulls_last=True)


# a follow-up asking for the previous figure as a share: "und als Anteil?", "and as a share?", "in Prozent?"
_AS_SHARE = lazy_re.compile(r"^\s*(?:(?:und|and)\s+)?(?:(?:das|that|this|it)\s+)?(?:als|as|in)\s+(?:(?:a|an|einen|ein)\s+)?"
                       r"(?:anteil|anteile|share|shares|prozent|percent|percentage|percentages|prozentsatz)"
                       r"(?:\s+(?:bitte|please))?\s*\??\s*$")


def as_share(question: str, previous: QueryPlan) -> QueryPlan | None:
    """The previous grouped figure as each group's share ("Umsatz je Kanal 2024" → "und als Anteil?": revenue share
    by channel in 2024): the share metric of the same figure over the same groups, window and filters; None when
    the question is not that follow-up or the figure has no share of its groups."""
    from insight.semantic import SEMANTIC_MODEL
    from insight.semantic.text import fold

    if _AS_SHARE.match(fold(question)) is None or not previous.group_by or len(previous.metrics) != 1 or \
            previous.status != "ok" or previous.intent not in ("metric", "rank") or previous.aggregate is not None:
        return None
    metric = previous.metrics[0]
    for name in (f"{metric}_share", f"{metric.removesuffix('s')}_share"):
        spec = SEMANTIC_MODEL.metrics.get(name)
        if spec is not None and spec.unit == "fraction" and spec.family == "line" and name not in SHARE_METRICS:
            return previous.model_copy(update={"metrics": (name,), "explain": False})
    return None
