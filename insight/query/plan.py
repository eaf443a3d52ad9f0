"""The typed query plan: what a question means, as a frozen, validated value (pydantic v2).

The parser (and the optional LLM) only ever produce a QueryPlan; the executor only ever runs one.
Names are checked against the semantic model, so a plan can reference nothing that does not exist.
``QueryPlan.model_json_schema()`` is the schema the LLM is asked to fill.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from insight import numbers
from insight.language import LANGUAGES, Language
from insight.messages import say
from insight.semantic import SEMANTIC_MODEL
from insight.query import lazy_re

Intent = Literal[
    "metric",            # one or more metrics, optionally grouped / filtered / windowed
    "rank",              # top / bottom N of a grouping by a metric
    "trend",             # a metric over calendar periods
    "compare",           # a metric for A vs B (two windows or two filter values)
    "lookup_customer",   # everything about one customer
    "describe_segment",  # a segmentation (rfm / abc / cluster / portfolio) or a persona
    "at_risk",           # valuable customers likely to churn
    "inactive",          # customers without an order since a date ("seit 6 Monaten nicht bestellt")
    "definition",        # what a metric means
    "table",             # a whole result table: cohorts, funnel, importance x satisfaction, ltv by channel
    "unknown",           # nothing recognisable (status clarify)
]
Status = Literal["ok", "clarify", "refuse"]
Grain = Literal["month", "quarter", "year", "fiscal_quarter", "fiscal_year"]
SegmentMethod = Literal["rfm", "abc", "cluster", "portfolio", "persona"]
WindowKind = Literal[
    "all", "year", "quarter", "month", "day", "range", "last_days", "last_weeks", "last_months", "last_years",
    "last_complete_year", "last_complete_quarter", "last_complete_month", "this_year", "this_quarter",
    "this_month", "since",
]
DERIVED_DIMENSIONS = {"customer_country", "order_key"}


class Issue(BaseModel):
    """A problem or a note about the question, in both languages (never an exception)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    code: str
    en: str
    de: str

    def text(self, lang: Language) -> str:
        return self.de if lang == "de" else self.en

    @classmethod
    def said(cls, code: str, *keys: str, **values: Any) -> "Issue":
        """The issue ``code`` worded by the catalogue's messages ``keys`` (one after the other, each filled from
        ``values``) in both languages (insight/messages.toml)."""
        return cls(code=code, **{lang: "".join(say(key, lang, **values) for key in keys) for lang in LANGUAGES})


_ISO_DATE = lazy_re.compile(r"\d{4}-\d{2}-\d{2}")  # a date column compared with a day ('Kunde seit' ≥ 2023-01-01)


class Filter(BaseModel):
    """dimension IN / NOT IN values (values are canonical, i.e. as in the data), or a comparison of a numeric
    column with one number ('Balance above 100000', 'older than 50': gt/ge/lt/le)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    dimension: str
    op: Literal["in", "not_in", "gt", "ge", "lt", "le"] = "in"
    values: tuple[str | int | float, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_number_to_compare(self) -> "Filter":
        if self.op in ("gt", "ge", "lt", "le") and (len(self.values) != 1 or (
                isinstance(self.values[0], str) and not _ISO_DATE.fullmatch(self.values[0]))):
            raise ValueError(f"a '{self.op}' filter compares with exactly one number")
        return self

    @field_validator("dimension")
    @classmethod
    def _known_dimension(cls, name: str) -> str:
        if name not in SEMANTIC_MODEL.dimensions and name not in DERIVED_DIMENSIONS:
            raise ValueError(f"unknown dimension '{name}'")
        return name


class TimeWindow(BaseModel):
    """A time window [start, end) resolved against the analysis date; ``kind`` says how it was asked."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: WindowKind = "all"
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive
    n: int | None = None        # for last_days / last_months / ...
    label_en: str = ""
    label_de: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> "TimeWindow":
        if self.start and self.end and self.start >= self.end:
            raise ValueError(f"time window starts {self.start} on or after its end {self.end}")
        return self

    def label(self, lang: Language) -> str:
        return self.label_de if lang == "de" else self.label_en

    @property
    def is_all(self) -> bool:
        return self.start is None and self.end is None


class Comparison(BaseModel):
    """A vs B: either two windows or two filters on one dimension (``b`` is the reference)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    a: TimeWindow | Filter
    b: TimeWindow | Filter
    change: bool = False  # the change asked ("Veränderung zum Vorjahr in %"): one row with the difference and its %


Concept = Literal["unprofitable", "not_paid_back", "paid_back", "with_email", "without_email", "with_phone",
                  "without_phone", "respondents", "promoters", "passives", "detractors"]
Bound = Literal["gt", "ge", "lt", "le"]
_POPULATION_KEYS = ("min_orders", "max_orders", "inactive_since", "top_percent", "spend", "concept", "churn_risk",
                    "cancelled", "absent", "new", "outside_top", "lines", "all_of", "nps_answer", "present", "any_flag",
                    "order_value", "every", "cohort", "survey_answer", "active", "complaints", "redeemed")


class Population(BaseModel):
    """Which customers a figure is about, as one typed value: every customer restriction a question can carry
    ("mit mindestens 3 Aufträgen", "seit 6 Monaten inaktiv", "die Top 20 %", "who spent more than 100",
    "unrentable Kunden", "ohne Telefonnummer"). The executor turns it into one customer-id filter; the answer
    keeps it, so `understood` names the restriction rather than thousands of ids. Segment and yes/no-column
    restrictions stay dimension filters: they are values of a column, not computed populations."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    min_orders: int | None = Field(None, ge=2, le=10**9)  # customers with ≥ N orders (in window and filters)
    max_orders: int | None = Field(None, ge=1, le=10**9)  # customers with ≤ N orders ("exactly once": ≤ 1)
    inactive_since: dt.date | None = None  # customers whose last order (under the filters) is before this day
    top_percent: float | None = Field(None, gt=0, lt=100)  # the best X % of customers by revenue (window, filters)
    # customers whose revenue (in the window, under the filters) compares so with an amount:
    # "customers who spent more than 100 dollars", "Kunden mit mehr als 1.000 € Umsatz"
    spend: tuple[Bound, float] | tuple[Bound, float, float] | None = None  # a third number: ≤ it too (a range)
    # a seed concept's customers: profit < 0 so far, acquisition cost (not) yet earned back, a contact detail, the
    # class of their latest NPS answer (promoters 9–10, passives 7–8, detractors 0–6)
    concept: Concept | None = None
    # customers whose modelled churn risk (1 − P(alive)) compares so with a fraction: "Abwanderungsrisiko über 80 %"
    churn_risk: tuple[Bound, float] | None = None
    # customers with (True) / without (False) a cancelled order in the window, under the filters:
    # "Wie viele Kunden hatten 2024 einen stornierten Auftrag?" (a population defined by a status)
    cancelled: bool | None = None
    # customers without an order in this window (under the filters): "Kunden, die 2011 nicht bestellt haben",
    # "1997 customers who did not come back in 1998" (the plan's window is where they are drawn from)
    absent: TimeWindow | None = None
    # customers with an order in this window too (under the filters): "customers who bought in both 2010 and 2011"
    # (the plan's window is the other year)
    present: TimeWindow | None = None
    # customers with at least one of these yes/no columns set: "mindestens eine der fünf Kampagnen angenommen"
    any_flag: tuple[str, ...] | None = None
    # only the orders whose value (sum of their lines, window and filters) compares so: "orders above 100 dollars"
    order_value: tuple[Bound, float] | tuple[Bound, float, float] | None = None  # a third number: ≤ it too
    # customers whose first order (under the filters) lies in the plan's window: "Umsatz mit Neukunden 2024"
    new: bool | None = None
    # customers outside the top N by revenue of the window: "Umsatz ohne die zehn größten Kunden"
    outside_top: int | None = Field(None, ge=1, le=10**6)
    # customers with (True) / without (False) a line of this value in the window: "Kunden ohne Gutschrift",
    # "Wie viele Kunden hatten eine Gutschrift?" — a population, never a filter on the lines themselves
    lines: tuple[Filter, bool] | None = None
    # customers with lines of every listed value of one column: "sowohl Furniture als auch Technology gekauft"
    all_of: tuple[str, tuple[str, ...]] | None = None
    # customers whose latest NPS answer (0–10) compares so: "Wie viele Kunden haben NPS 10 gegeben?"
    nps_answer: tuple[Literal["eq", "gt", "ge", "lt", "le"], float] | None = None
    # customers whose latest answer in a survey column (within the survey filters, e.g. one aspect) compares so:
    # "Wie viele Befragte haben Satisfaction Price unter 3?" — (column, op, value, survey filters)
    survey_answer: tuple[str, Literal["eq", "gt", "ge", "lt", "le"], float, tuple[Filter, ...]] | None = None
    # customers with an order in every such period of the window (that has orders at all): "how many customers
    # bought in every quarter of 2011", "in jedem Monat 2011 bestellt"
    every: Grain | None = None
    # customers whose first order (under the filters) lies in this window, their figures over the plan's own window:
    # "lifetime revenue of the customers we acquired in 2010" (the plan's window: all data)
    cohort: TimeWindow | None = None
    # 'active' customers: those with an order in this window (the 12 months before the analysis date), under the
    # filters: "Wie viele aktive Kunden haben wir?" (active_customers.py)
    active: TimeWindow | None = None
    # customers whose number of complaints (interactions of a complaint kind) compares so with a count:
    # "Kunden mit mindestens 2 Beschwerden" (complaint_population.py)
    complaints: tuple[Literal["gt", "ge", "lt", "le"], int] | None = None
    # customers who redeemed a voucher (True) / never did (False): "Umsatz der Kunden, die einen Gutschein
    # eingelöst haben" (coupon_population.py)
    redeemed: bool | None = None

    @model_validator(mode="after")
    def _bounds(self) -> "Population":
        return self

    @property
    def everyone(self) -> bool:
        """No restriction: the figures are about all customers."""
        return all(getattr(self, key) is None for key in _POPULATION_KEYS)

    @property
    def order_bounds(self) -> bool:
        """Whether customers are counted or restricted by their number of orders."""
        return bool(self.min_orders or self.max_orders)

    def without(self, *keys: str) -> "Population":
        """The same population with the named restrictions lifted."""
        return self.model_copy(update=dict.fromkeys(keys))

    def order_bounds_label(self, lang: Language, who: bool = True) -> str:
        """'customers with exactly 1 order', 'Kunden mit ≥ 3 Aufträgen', '2–5 orders' (who=False: no noun)."""
        lo, hi = self.min_orders or 1, self.max_orders
        if hi is not None and lo == hi:
            n = say("plan_exactly", lang, n=hi)
        elif hi is not None:
            n = f"{lo}–{hi}" if lo > 1 else f"≤ {hi}"
        else:
            n = f"≥ {lo}"
        one = hi == 1
        if not who:
            return say("plan_orders_one" if one else "plan_orders", lang, n=n)
        return say("plan_customers_orders_one" if one else "plan_customers_orders", lang, n=n)

    def risk_label(self, lang: Language) -> str:
        """'customers with churn risk > 80 %', 'Kunden mit Abwanderungsrisiko > 80 %'."""
        if self.churn_risk is None:
            return ""
        op, value = self.churn_risk
        sign = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[op]
        pct = f"{value * 100:g} %"
        return say("plan_churn_risk", lang, sign=sign, share=pct)

    @staticmethod
    def _bound_label(bound: tuple[Bound, float] | tuple[Bound, float, float] | None, key: str,
                     lang: Language) -> str:
        """A money bound in words: the comparison sign and the amount grouped for the language; a range ("zwischen
        100 und 300 Euro") names both ends."""
        if bound is None:
            return ""

        def money(value: float) -> str:
            return numbers.group(f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}", lang)

        sign = {"gt": ">", "ge": "≥", "lt": "<", "le": "≤"}[bound[0]]
        if len(bound) == 3:
            return say(key, lang, sign=say("plan_bound_between", lang), amount=say(
                "plan_bound_range", lang, low=money(bound[1]), high=money(bound[2])))
        return say(key, lang, sign=sign, amount=money(bound[1]))

    def order_value_label(self, lang: Language) -> str:
        """'orders with a value > 100', 'Aufträge mit Wert ≥ 1.000'."""
        return self._bound_label(self.order_value, "plan_order_value", lang)

    def spend_label(self, lang: Language) -> str:
        """'customers with revenue > 100', 'Kunden mit Umsatz ≥ 1.000'."""
        return self._bound_label(self.spend, "plan_spend", lang)


class QueryPlan(BaseModel):
    """One question's meaning. Frozen: follow-ups derive a new plan with ``model_copy(update=...)``."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    intent: Intent = "metric"
    status: Status = "ok"
    language: Language = "en"
    metrics: tuple[str, ...] = ()
    group_by: tuple[str, ...] = ()
    filters: tuple[Filter, ...] = ()
    window: TimeWindow = TimeWindow()
    grain: Grain | None = None
    period: Grain | None = None        # retention / churn period (default year)
    # how per-customer (per-order) values combine over a group: "median" is the middle customer's (order's) value
    aggregate: Literal["sum", "mean", "median"] | None = None
    top_n: int | None = Field(None, ge=1, le=10000)
    combined: bool = False             # the top N groups added up into one figure ("Top 10 Kunden zusammen")
    order: Literal["desc", "asc"] | None = None
    compare: Comparison | None = None
    customer_id: str | int | None = None
    population: Population = Population()  # which customers the figures are about (one typed restriction)
    # a bound on each group's figure (SQL HAVING): "Which countries have more than 100 customers?" keeps the rows
    # whose metric compares so with the number
    having: tuple[str, Bound, float] | None = None
    counted: str | None = None          # metric `count`: the dimension whose distinct values are counted
    share_of: str | None = None         # a share's part: this dimension's filter; the other filters are its scope
    # a customers' share whose part is the population ("Welcher Anteil der Kunden aus Deutschland hat mehr als 5
    # Bestellungen?"): the filters and the window are its scope, the population restricts the part only
    share_of_population: bool = False
    segment_method: SegmentMethod | None = None
    # "ABC classes for 2011 only": the ABC classes computed on the window's lines, not on all data
    segment_of_window: bool = False
    issues: tuple[Issue, ...] = ()
    options: tuple[str, ...] = ()       # with status clarify: what could be meant
    explain: bool = False               # "why?" follow-up: show definitions and the plan
    # LTV = S × C × P × t components the user set ("LTV mit t = 36 Monaten"); unit: C per / t in month or year
    components: tuple[tuple[Literal["S", "C", "P", "t"], float], ...] = ()
    component_unit: Literal["month", "year"] = "month"
    corrections: tuple[tuple[str, str], ...] = ()  # typos read as known words ('lnad' → 'land'), shown in understood
    rule: str | None = None             # the parser rule that produced this plan (insight ask --debug)

    @field_validator("metrics")
    @classmethod
    def _known_metrics(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        for name in names:
            if name not in SEMANTIC_MODEL.metrics:
                raise ValueError(f"unknown metric '{name}'")
        return names

    @field_validator("group_by")
    @classmethod
    def _known_dimensions(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        for name in names:
            if name not in SEMANTIC_MODEL.dimensions and name not in DERIVED_DIMENSIONS:
                raise ValueError(f"unknown dimension '{name}'")
        return names

    @field_validator("counted", "share_of")
    @classmethod
    def _known_counted(cls, name: str | None) -> str | None:
        if name is not None and name not in SEMANTIC_MODEL.dimensions and name not in DERIVED_DIMENSIONS:
            raise ValueError(f"unknown dimension '{name}'")
        return name

    @model_validator(mode="after")
    def _having_on_a_group(self) -> "QueryPlan":
        if self.having is not None and not self.group_by:
            raise ValueError("a 'having' bound compares a figure per group; the plan has no group")
        return self

    @model_validator(mode="after")
    def _consistent(self) -> "QueryPlan":
        if self.status == "ok" and self.intent not in ("lookup_customer", "describe_segment", "definition",
                                                       "at_risk", "inactive", "unknown") and not self.metrics:
            raise ValueError(f"a '{self.intent}' plan needs at least one metric")
        if self.intent == "lookup_customer" and self.customer_id is None and self.status == "ok":
            raise ValueError("a lookup_customer plan needs customer_id")
        return self

    @model_validator(mode="before")
    @classmethod
    def _own_metric_fields(cls, data: object) -> object:
        """``counted`` belongs to the metric ``count`` and ``share_of`` to a share: a follow-up that switches the
        metric ("Wie viele Länder gibt es?" → "und der Umsatz?") does not carry them over."""
        if not isinstance(data, dict):
            return data
        metrics = tuple(data.get("metrics") or ())
        if data.get("counted") is not None and "count" not in metrics:
            data = {**data, "counted": None}
        if data.get("share_of") is not None and not any(str(m).endswith("_share") for m in metrics):
            data = {**data, "share_of": None}
        if data.get("share_of_population") and not any(str(m).endswith("_share") for m in metrics):
            data = {**data, "share_of_population": False}
        return data

    @model_validator(mode="before")
    @classmethod
    def _flat_population(cls, data: object) -> object:
        """An LLM (or an older caller) may give the restrictions flat — ``{"min_orders": 3}``,
        ``{"population": "unprofitable"}``: they are gathered into the one population."""
        if not isinstance(data, dict):
            return data
        flat = {key: data[key] for key in _POPULATION_KEYS if key in data}
        population = data.get("population")
        if not flat and not isinstance(population, str):
            return data
        data = {key: value for key, value in data.items() if key not in _POPULATION_KEYS}
        merged: dict = {}
        if isinstance(population, Population):
            merged = population.model_dump()
        elif isinstance(population, dict):
            merged = dict(population)
        elif isinstance(population, str):
            merged = {"concept": population}
        merged.update(flat)
        data["population"] = merged
        return data

    @property
    def order_bounds(self) -> bool:
        """Whether the plan counts or restricts customers by their number of orders."""
        return self.population.order_bounds

    def restrict(self, **changes: object) -> "QueryPlan":
        """The plan with its population changed (validated): ``plan.restrict(min_orders=3)``."""
        population = Population.model_validate({**self.population.model_dump(), **changes})
        return self.model_copy(update={"population": population})

    def to_json(self) -> dict:
        return self.model_dump(mode="json", exclude_defaults=False)


def plan_json_schema() -> dict:
    """The JSON schema of QueryPlan (what an LLM must produce)."""
    return QueryPlan.model_json_schema()
