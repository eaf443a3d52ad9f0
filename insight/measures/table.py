"""Measures per segment (Maßnahmen je Segment): the money each segment holds, the measure the catalogue picks
for it and the money at stake, so that a consultant's deliverable is one table instead of an Excel session.

Every figure comes from an existing function: customer table (revenue, profit, customer_capital,
cost_to_serve), ``customer_clv`` (clv, churn_risk), ``with_value_at_risk`` (12-month revenue of customers with
churn risk ≥ 50 %), ``payback_table`` (acquisition payback) and the segmentations of insight.segments; this
module only groups them by segment and applies the catalogue (docs/measures.md).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.language import language_of
from insight.measures.catalogue import Catalogue, load_catalogue
from insight.messages import say

METHODS = ("portfolio", "rfm", "abc", "value-risk")
CONTACT_COLUMNS = ("name", "email", "phone", "contact_preference", "city", "country", "kind",
                   "acquisition_channel")
VALUE_RISK = (  # segment, German label, high value, at risk
    ("Valuable, safe", "Wertvoll, sicher", True, False),
    ("Valuable, at risk", "Wertvoll, gefährdet", True, True),
    ("Low value, active", "Geringwertig, aktiv", False, False),
    ("Low value, lapsing", "Geringwertig, abwandernd", False, True),
)


def _order(method: str) -> list[str]:
    if method == "rfm":
        from insight.segments.rfm import SEGMENT_ORDER

        return list(SEGMENT_ORDER)
    if method == "portfolio":
        from insight.segments.portfolio import QUADRANT_ORDER

        return list(QUADRANT_ORDER)
    if method == "abc":
        return ["A", "B", "C"]
    return [name for name, *_ in VALUE_RISK]


def check_method(method: str) -> str:
    key = str(method).strip().lower().replace("_", "-")
    if key not in METHODS:
        raise UsageError(f"measures method '{method}' is not one of {', '.join(METHODS)}")
    return key


def customer_base(ds: Dataset) -> pl.DataFrame:
    """One row per customer with a CLV model row: revenue, profit, customer_capital, clv, churn_risk,
    customer_value, value_at_risk (+ ``_at_risk``), unprofitable, loss, cost_to_serve / acquisition_cost,
    paid_back / payback_gap where the data has them, and the contact columns for a CRM export."""
    from insight.clv.value import customer_clv
    from insight.metrics.customer_table import customer_table
    from insight.metrics.lines import prepared_lines
    from insight.metrics.payback import CENT, payback_table
    from insight.analyses.value_at_risk import revenue_by_customer, risk_window, with_value_at_risk

    def build() -> pl.DataFrame:
        table = customer_table(ds)
        clv = customer_clv(ds)
        costs = [c for c in ("cost_to_serve", "acquisition_cost") if c in table.columns]
        contacts = [c for c in CONTACT_COLUMNS if c in table.columns]
        start, end = risk_window(ds.as_of)
        revenue = revenue_by_customer(prepared_lines(ds), start, end)
        base = with_value_at_risk(
            table.select("customer_id", "revenue", "orders", "profit", "customer_capital", *costs, *contacts),
            clv, revenue,
        ).drop("_clv_at_risk")
        base = base.join(clv.select("customer_id", "clv", "churn_risk").with_columns(
            pl.col("customer_id").cast(base.schema["customer_id"])), on="customer_id", how="left")
        base = base.with_columns(
            customer_value=pl.col("customer_capital") + pl.col("clv"),
            unprofitable=pl.col("profit") < -CENT,
            loss=pl.when(pl.col("profit") < -CENT).then(-pl.col("profit")).otherwise(0.0),
        )
        if "acquisition_cost" in costs:
            payback = payback_table(ds).select("customer_id", "paid_back", "payback_gap")
            base = base.join(payback, on="customer_id", how="left")
        return base.sort("customer_id")

    settings = ds.settings
    return ds.cached(("measures_base", ds.as_of, settings.default_margin, settings.clv_horizon_months,
                      settings.annual_discount_rate), build)


def segments_of(ds: Dataset, method: str, base: pl.DataFrame) -> pl.DataFrame:
    """customer_id, segment, segment_de for ``method``; value-risk splits customer_value at its median and
    churn_risk at 50 % (the value-at-risk line)."""
    from insight.analyses.value_at_risk import CHURN_RISK_THRESHOLD

    if method != "value-risk":
        from insight.segments import segment_table

        seg = segment_table(ds, method).select("customer_id", "segment", "segment_de")
        return seg.with_columns(pl.col("customer_id").cast(base.schema["customer_id"]))
    lookup = pl.DataFrame([(n, de, hv, ar) for n, de, hv, ar in VALUE_RISK], orient="row",
                          schema={"segment": pl.String, "segment_de": pl.String, "_high": pl.Boolean,
                                  "_risk": pl.Boolean})
    return (base.select("customer_id", _high=pl.col("customer_value") >= pl.col("customer_value").median(),
                        _risk=pl.col("churn_risk") >= CHURN_RISK_THRESHOLD)
            .join(lookup, on=["_high", "_risk"], how="left").select("customer_id", "segment", "segment_de"))


def _redemption(ds: Dataset, customers: pl.DataFrame) -> pl.DataFrame | None:
    """segment, redemption_rate: the rule of insight.metrics.loyalty.redemption_rate per segment."""
    if not ds.has("coupons"):
        return None
    as_of = pl.lit(ds.as_of, dtype=pl.Date)
    coupons = ds.coupons.filter(pl.col("issued_at") < as_of).with_columns(
        pl.col("customer_id").cast(customers.schema["customer_id"]))
    return (coupons.join(customers.select("customer_id", "segment"), on="customer_id", how="inner")
            .group_by("segment")
            .agg(issued=pl.col("coupon_id").n_unique(),
                 redeemed=pl.col("coupon_id").filter(pl.col("redeemed_at") < as_of).n_unique())
            .select("segment", redemption_rate=pl.col("redeemed") / pl.col("issued")))


STAKES_SAID = ("clv", "value_at_risk", "loss", "uplift", "cost_to_serve")  # messages `measures_stake_<stake>`


@dataclass(frozen=True)
class MeasuresResult:
    """``table``: one row per segment; ``customers``: every customer with segment and measure (the CRM list);
    ``definitions`` column → one line; ``notes`` the assumptions that change how a figure must be read."""

    table: pl.DataFrame
    customers: pl.DataFrame
    method: str
    language: str
    as_of: dt.date
    currency: str
    catalogue: Catalogue
    notes: tuple[str, ...] = ()
    definitions: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        rows = [[None if isinstance(v, float) and not math.isfinite(v) else v for v in row]
                for row in self.table.iter_rows()]
        return {"method": self.method, "language": self.language, "as_of": self.as_of.isoformat(),
                "currency": self.currency, "columns": self.table.columns, "rows": rows, "notes": list(self.notes),
                "definitions": self.definitions, "catalogue": str(self.catalogue.path)}


def measures(ds: Dataset, method: str = "portfolio", language: str = "en",
             catalogue: str | Path | Catalogue | None = None) -> MeasuresResult:
    """Per segment of ``method``: customers, revenue share, customer capital, CLV (sum, mean), mean churn
    risk, value at risk, cost to serve, acquisition cost and payback where given, unprofitable customers,
    the measure of the catalogue with its rule, the money at stake and the spending ceiling per customer."""
    from insight.metrics.conventions import currency_of, detect

    method = check_method(method)
    lang = "de" if str(language).lower().startswith("de") else "en"
    cat = catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
    base = customer_base(ds)
    people = base.join(segments_of(ds, method, base), on="customer_id", how="inner")
    has = set(people.columns)

    total_revenue = people.get_column("revenue").sum() or None
    median_value: Any = people.get_column("customer_value").median()  # polars types a statistic as any literal
    mean_clv_all = people.get_column("clv").mean() or 0.0
    aggs: dict[str, pl.Expr] = dict(
        customers=pl.len().cast(pl.Int64), revenue=pl.col("revenue").sum(),
        customer_capital=pl.col("customer_capital").sum(), clv=pl.col("clv").sum(), mean_clv=pl.col("clv").mean(),
        mean_churn_risk=pl.col("churn_risk").mean(), customers_at_risk=pl.col("_at_risk").sum().cast(pl.Int64),
        value_at_risk=pl.col("value_at_risk").sum(), unprofitable=pl.col("unprofitable").sum().cast(pl.Int64),
        loss=pl.col("loss").sum(), _median_value=pl.col("customer_value").median(),
    )
    if "cost_to_serve" in has:
        aggs |= dict(cost_to_serve=pl.col("cost_to_serve").fill_null(0.0).sum(),
                     _mean_cts=pl.col("cost_to_serve").fill_null(0.0).mean())
    if "acquisition_cost" in has:
        aggs |= dict(acquisition_cost=pl.col("acquisition_cost").sum(),
                     paid_back_share=pl.col("paid_back").mean(), payback_gap=pl.col("payback_gap").sum())
    frame = (
        people.group_by("segment", "segment_de").agg(**aggs)
        .with_columns(
            customer_share=pl.col("customers") / max(people.height, 1),
            revenue_share=pl.col("revenue") / total_revenue if total_revenue else pl.lit(None, dtype=pl.Float64),
            unprofitable_share=pl.col("unprofitable") / pl.col("customers"),
            value_index=(pl.col("_median_value") / median_value) if median_value and median_value > 0
            else pl.lit(None, dtype=pl.Float64),
        )
        .with_columns(cat.choose("measure"))
        .join(cat.lookup(lang), on="measure", how="left")
    )
    cts = pl.col("cost_to_serve") if "cost_to_serve" in has else pl.lit(None, dtype=pl.Float64)
    money = (pl.when(pl.col("stake") == "clv").then(pl.col("clv"))
             .when(pl.col("stake") == "value_at_risk").then(pl.col("value_at_risk"))
             .when(pl.col("stake") == "loss").then(pl.col("loss"))
             .when(pl.col("stake") == "uplift")
             .then(pl.col("customers") * (pl.lit(mean_clv_all) - pl.col("mean_clv")).clip(lower_bound=0.0))
             .when(pl.col("stake") == "cost_to_serve").then(cts))
    mean_cts = pl.col("_mean_cts") if "cost_to_serve" in has else pl.lit(0.0)
    horizon = ds.settings.clv_horizon_months
    stake_text = pl.DataFrame({"stake": list(STAKES_SAID), "stake_basis": [
        say(f"measures_stake_{stake}", language_of(lang), horizon=horizon) for stake in STAKES_SAID]})
    frame = (frame.with_columns(money_at_stake=money,
                                spending_ceiling=(pl.col("mean_clv") - mean_cts).clip(lower_bound=0.0),
                                segment_label=pl.col("segment_de") if lang == "de" else pl.col("segment"))
             .join(stake_text, on="stake", how="left"))
    redemption = _redemption(ds, people)
    if redemption is not None:
        frame = frame.join(redemption, on="segment", how="left")
    frame = _with_details(ds, frame, people)
    order = {name: i for i, name in enumerate(_order(method))}
    frame = frame.with_columns(_rank=pl.col("segment").replace_strict(order, default=len(order),
                                                                       return_dtype=pl.Int64))
    optional = [c for c in ("cost_to_serve", "acquisition_cost", "paid_back_share", "payback_gap",
                            "redemption_rate") if c in frame.columns]
    table = frame.sort("_rank", "segment").select(
        "segment", "segment_label", "customers", "customer_share", "revenue", "revenue_share", "customer_capital",
        "clv", "mean_clv", "mean_churn_risk", "customers_at_risk", "value_at_risk", *optional, "unprofitable",
        "unprofitable_share", "loss", "value_index", "measure", "measure_label", "action", "rule", "money_at_stake",
        "stake", "stake_basis", "spending_ceiling", "bought_together",
    )
    measure_of = table.select("segment", "segment_label", "measure", "measure_label")
    customers = people.join(measure_of, on="segment", how="left").drop("segment_de", "_at_risk").rename(
        {"value_at_risk": "revenue_at_risk"}).sort("customer_id")
    notes = _notes(ds, lang, has, people.height, detect(ds).margin_assumed)
    return MeasuresResult(table, customers, method, lang, ds.as_of, currency_of(ds)[0], cat, tuple(notes),
                          definitions(lang, horizon))


def _with_details(ds: Dataset, frame: pl.DataFrame, people: pl.DataFrame) -> pl.DataFrame:
    """bought_together for the segments whose measure asks for it (catalogue ``detail``), else null."""
    from insight.metrics.lines import prepared_lines

    wanted = frame.filter(pl.col("detail") == "bought_together").get_column("segment")
    lines = prepared_lines(ds)
    if not wanted.len() or "product_id" not in lines.collect_schema() or ds.order_lines.get_column(
            "product_id").null_count() == ds.order_lines.height:
        return frame.with_columns(bought_together=pl.lit(None, dtype=pl.String))
    from insight.metrics.basket import pairs_by_segment

    pairs = pairs_by_segment(lines, people.filter(pl.col("segment").is_in(wanted.implode()))
                             .select("customer_id", "segment"))
    return frame.join(pairs, on="segment", how="left")


def _notes(ds: Dataset, lang: str, has: set[str], n: int, margin_assumed: bool) -> list[str]:
    language = language_of(lang)
    notes = []
    if margin_assumed:
        notes.append(say("measures_margin_assumed", language, percent=ds.settings.default_margin * 100))
    if "cost_to_serve" not in has:
        notes.append(say("measures_no_cost_to_serve", language))
    if "acquisition_cost" not in has:
        notes.append(say("measures_no_acquisition_cost", language))
    notes.append(say("measures_spending_ceiling", language, horizon=ds.settings.clv_horizon_months))
    return notes


DEFINED = (  # the columns with a definition: messages `measures_definition_<column>`
    "customers", "revenue_share", "customer_capital", "clv", "mean_churn_risk", "value_at_risk", "unprofitable",
    "value_index", "money_at_stake", "spending_ceiling", "bought_together",
)


def definitions(lang: str, horizon: int = 12) -> dict[str, str]:
    """Column → one line, in ``lang``."""
    said = language_of(lang)
    return {column: say(f"measures_definition_{column}", said, horizon=horizon) for column in DEFINED}


LIST_VALUES = ("revenue", "customer_capital", "clv", "churn_risk", "customer_value", "revenue_at_risk",
               "unprofitable")


def customer_list(result: MeasuresResult, selector: str = "all") -> pl.DataFrame:
    """The customers of one segment or measure, for a CRM: customer_id, the contact columns the data has
    (name, email, phone, contact_preference, city, country, kind, acquisition_channel), segment, measure and
    their value; the most valuable first. ``selector`` is a segment (canonical or German label), a measure
    key or label (case-insensitive), or ``all``. Personal columns are exported as stored: a workspace
    imported with ``--pseudonymize`` yields pseudonyms (see ``pseudonymised``)."""
    people = result.customers
    key = selector.strip().casefold()
    if key not in ("all", "alle", "*"):
        columns = ("segment", "segment_label", "measure", "measure_label")
        hit = pl.any_horizontal(pl.col(c).str.to_lowercase() == key for c in columns)
        people = people.filter(hit)
        if not people.height:
            known = result.table.select(pl.concat_list("segment", "measure")).to_series().explode().unique()
            raise UsageError(f"'{selector}' is no segment or measure of the {result.method} measures; choose one "
                             f"of: {', '.join(sorted(known.to_list()))} or all")
    contacts = [c for c in ("name", "email", "phone", "contact_preference", "city", "country", "kind",
                            "acquisition_channel") if c in people.columns]
    return (people.select("customer_id", *contacts, "segment", "segment_label", "measure", "measure_label",
                          *LIST_VALUES)
            .sort(["customer_value", "customer_id"], descending=[True, False], nulls_last=True))


def pseudonymised(frame: pl.DataFrame) -> bool:
    """Whether the personal columns hold the workspace's pseudonyms (insight.io.pseudonymize formats)."""
    checks = [pl.col("email").str.ends_with("@pseudonym.invalid").any() if "email" in frame.columns else None,
              pl.col("name").str.starts_with("Person ").all() if "name" in frame.columns else None]
    exprs = [c for c in checks if c is not None]
    return bool(frame.height and exprs and any(frame.select(exprs).row(0)))
