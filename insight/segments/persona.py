"""Buyer persona: a readable profile of the typical customer of the most valuable segments, from data only.

Segments are ranked by mean revenue per customer, those holding at least max(5 customers, 2 % of
customers) first, so that a handful of outliers cannot be "the persona". ``persona`` describes the first,
``personas`` the first ``top`` (seed 004: a business may have several ideal customers, "oder der Kunden,
wenn es mehrere gibt"). Typical = median for numbers, the most frequent value (with its share) for
attributes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.numbers import number, percent  # insight.formatting's building blocks (below semantic)
from insight.language import Language, language_of
from insight.messages import say
from insight.metrics.customer_table import customer_table
from insight.segments.attributes import categorical_attributes, numeric_attributes

METHODS = ("cluster", "rfm", "abc", "portfolio")
LANGUAGES = ("en", "de")
MIN_SHARE = 0.2  # the least share of a segment an attribute value needs to be named in the text

PHRASED = (  # the attributes worded in the text, in this order: messages `persona_phrase_<attribute>`
    "kind", "industry", "company_size", "gender", "marital_status", "income_band", "education", "city", "country",
    "acquisition_channel", "contact_preference",
)


@dataclass
class Persona:
    """segment (English name), segment_de, size (customers), attributes (typical values), text."""

    segment: str
    segment_de: str
    size: int
    attributes: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    language: Language = "en"
    method: str = "cluster"

    @property
    def table(self) -> pl.DataFrame:
        """The typical values as a two-column table (attribute, value as text) for answers and widgets."""
        return pl.DataFrame(
            {"attribute": ["segment", *self.attributes],
             "value": [self.segment if self.language == "en" else self.segment_de,
                       *[_show(v, self.language) for v in self.attributes.values()]]},
            schema={"attribute": pl.String, "value": pl.String},
        )

    def _repr_markdown_(self) -> str:
        return f"**{self.segment if self.language == 'en' else self.segment_de}**\n\n{self.text}"


def _segments(ds: Dataset, method: str) -> pl.DataFrame:
    """customer_id, segment, segment_de for the chosen method."""
    if method == "cluster":
        from insight.segments.cluster import cluster_segments

        return cluster_segments(ds).table.select("customer_id", segment="cluster_name",
                                                 segment_de="cluster_name_de")
    from insight.segments import segment_table

    return segment_table(ds, method).select("customer_id", "segment", "segment_de")


def _ranked(table: pl.DataFrame) -> pl.DataFrame:
    """segment, segment_de per segment, the most valuable first (big enough ones before small ones)."""
    minimum = max(5, int(0.02 * table.height))
    return (
        table.group_by("segment", "segment_de")
        .agg(n=pl.len(), mean_revenue=pl.col("revenue").mean())
        .with_columns(big=pl.col("n") >= minimum)
        .sort(["big", "mean_revenue", "segment"], descending=[True, True, False])
        .select("segment", "segment_de")
    )


def persona(ds: Dataset, language: str = "en", method: str = "cluster") -> Persona:
    """The typical customer of the most valuable segment (by 'cluster', 'rfm', 'abc' or 'portfolio'),
    described in English ('en') or German ('de')."""
    return personas(ds, language, method, top=1)[0]


def personas(ds: Dataset, language: str = "en", method: str = "cluster", top: int = 3) -> list[Persona]:
    """One persona for each of the ``top`` most valuable segments of ``method``, most valuable first."""
    if language not in LANGUAGES:
        raise UsageError(f"language '{language}' is not one of {', '.join(LANGUAGES)}")
    if method not in METHODS:
        raise UsageError(f"persona method '{method}' is not one of {', '.join(METHODS)}")
    if top < 1:
        raise UsageError(f"the number of personas must be at least 1 (got {top})")
    customers = customer_table(ds)
    table = customers.join(_segments(ds, method), on="customer_id")
    ranked = _ranked(table).head(top)
    said = language_of(language)  # "en" or "de", checked above
    return [_describe(ds, customers, table, segment, segment_de, said, method, rank == 0)
            for rank, (segment, segment_de) in enumerate(ranked.iter_rows())]


def _describe(ds: Dataset, customers: pl.DataFrame, table: pl.DataFrame, segment: str, segment_de: str,
              language: Language, method: str, first: bool) -> Persona:
    members = table.filter(pl.col("segment") == segment)
    total_revenue: Any = customers.get_column("revenue").sum()  # polars types a statistic as any literal

    def median(column: str) -> float:
        value: Any = members.get_column(column).median()
        return float(value)

    attrs: dict[str, Any] = {
        "customers": members.height,
        "customer_share": members.height / customers.height,
        "revenue_share": float(members.get_column("revenue").sum() / total_revenue) if total_revenue else None,
        "median_revenue": median("revenue"),
        "median_orders": median("orders"),
        "median_aov": median("aov"),
        "median_recency_days": median("recency_days"),
        "median_tenure_months": median("tenure_months"),
    }
    for column in numeric_attributes(customers):
        value: Any = members.get_column(column).median()
        if value is not None:
            attrs[f"median_{column}"] = float(value)
    described = categorical_attributes(customers)
    described += [c for c in ("country", "city") if c in customers.columns and c not in described
                  and customers.schema[c] == pl.String]
    for column in described:
        counts = members.get_column(column).drop_nulls().value_counts(sort=True)
        if counts.height:
            top = counts.sort(["count", column], descending=[True, False]).row(0)
            attrs[column] = top[0]
            attrs[f"{column}_share"] = top[1] / members.height
    from insight.metrics.conventions import currency_of

    text = _text(attrs, segment if language == "en" else segment_de, language, currency_of(ds)[0], first)
    return Persona(segment, segment_de, members.height, attrs, text, language, method)


def _show(value: Any, language: Language) -> str:
    """A typical value as table text: shares and other fractions with four decimals, amounts with two."""
    if isinstance(value, float):
        return number(value, language, 4 if abs(value) < 1 else 2)
    return str(value)


def _text(a: dict[str, Any], name: str, language: Language, currency: str, first: bool = True) -> str:
    pct = lambda x: percent(x, language, decimals=0)  # noqa: E731 - whole percent, finer only near 0 and 100 %
    num = lambda x, digits=0: number(x, language, digits)  # noqa: E731
    money = lambda x: f"{num(x)} {currency}".rstrip()  # noqa: E731 - no currency: the amount alone
    who = ", ".join(  # a value held by under a fifth of the segment does not describe its typical customer
        f"{say(f'persona_phrase_{c}', language, value=a[c])} ({pct(a[f'{c}_share'])})" for c in PHRASED
        if c in a and a[f"{c}_share"] >= MIN_SHARE)
    head = say("persona_head", language, where=say("persona_where_first" if first else "persona_where", language),
               name=name, customers=a["customers"], customer_share=pct(a["customer_share"]),
               revenue_share=pct(a["revenue_share"]) if a["revenue_share"] is not None else "?")
    sentences = [say("persona_is", language, head=head, who=who) if who else head + "."]
    if a.get("median_age") is not None:
        sentences.append(say("persona_age", language, age=num(a["median_age"])))
    sentences.append(say("persona_orders", language, orders=num(a["median_orders"]),
                         recency=num(a["median_recency_days"]), tenure=num(a["median_tenure_months"], 1),
                         revenue=money(a["median_revenue"]), aov=money(a["median_aov"])))
    return " ".join(sentences)
