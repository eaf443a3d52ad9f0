"""Complaints and interactions (Beschwerden, Interaktionen; seed 002 "Kundenbeschwerden", seed 004
"Geschichte der Interaktionen"): how customers are in touch, how many complain, and whether complainers
stay less than the others.

Population: the customers (an order before the analysis date) and their interactions before it; the
interactions of leads, contacts and prospects belong to the funnel, not to customer loyalty.

- ``interactions_by_kind``: per kind (and group): interactions, customers with at least one, the share of
  the group's customers with one (``customer_rate``) and interactions per customer.
- ``complaint_rate``: customers who complained at least once / customers (the contract's
  ``complaint_rate`` of a complaint flag, here from the interactions), with complaints per customer.
- ``complainer_comparison``: complainers vs. the others on ``insight.analyses.groups.behaviour_by``.
Response times (where interactions carry answer timestamps) are in ``insight.analyses.response_times``.

A time window ``start`` / ``end`` ([start, end), each optional) is read on the interaction's own timestamp
(``happened_at``): only the interactions in it count, and the customers compared are the window's customers:
those who had their first order before its end and ordered or were in touch (any interaction) in it. So
"Beschwerdequote 2024" = customers who complained in 2024 / customers who bought or were in touch in 2024.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight.dataset import Dataset
from insight.metrics.require import require_columns

COMPLAINT_KINDS = ("complaint", "beschwerde", "reklamation")
COMPLAINED = {True: "complained", False: "no complaint"}


def _customers(ds: Dataset, by: str | None, start: dt.date | None = None,
               end: dt.date | None = None) -> pl.DataFrame:
    """customer_id [and ``by``] of the customers compared: all customers, or the window's (module docstring)."""
    from insight.analyses.groups import customer_groups
    from insight.metrics.customer_table import customer_table

    frame = customer_table(ds).select("customer_id") if by is None else customer_groups(ds, by)
    if start is None and end is None:
        return frame
    from insight.metrics.lines import attributed, prepared_lines

    ids = frame.schema["customer_id"]
    orders = attributed(prepared_lines(ds)).filter(pl.col("is_order")).select(
        pl.col("customer_id").cast(ids), day="order_day")
    firsts = orders.group_by("customer_id").agg(first=pl.col("day").min())
    in_window = _in_window(pl.col("day"), start, end)
    bought = orders.filter(in_window).select("customer_id")
    touched = (_interactions(ds, "the interaction analysis", start, end)
               .select(pl.col("customer_id").cast(ids)))
    active = pl.concat([bought, touched]).unique()
    if end is not None:
        active = active.join(firsts.filter(pl.col("first") < pl.lit(end, dtype=pl.Date)), on="customer_id",
                             how="semi")
    return frame.lazy().join(active, on="customer_id", how="semi").collect()


def _in_window(column: pl.Expr, start: dt.date | None, end: dt.date | None) -> pl.Expr:
    """``column`` (a date or timestamp) in [start, end); true without bounds."""
    expr = pl.lit(True)
    if start is not None:
        expr = expr & (column >= pl.lit(start, dtype=pl.Date).cast(pl.Datetime("us")))
    if end is not None:
        expr = expr & (column < pl.lit(end, dtype=pl.Date).cast(pl.Datetime("us")))
    return expr


def _interactions(ds: Dataset, purpose: str, start: dt.date | None = None,
                  end: dt.date | None = None) -> pl.LazyFrame:
    """Interactions before the analysis date (and in [start, end) when given), kind folded to lower case."""
    require_columns(ds, "interactions", ("customer_id", "happened_at", "kind"), purpose)
    as_of = pl.lit(ds.as_of, dtype=pl.Date).cast(pl.Datetime("us"))
    at = pl.col("happened_at").cast(pl.Datetime("us"))
    return (ds.interactions.lazy()
            .filter((at < as_of) & _in_window(at, start, end))
            .select("customer_id", "happened_at",
                    interaction_kind=pl.col("kind").str.strip_chars().str.to_lowercase()))


def _with_groups(ds: Dataset, rows: pl.LazyFrame, groups: pl.DataFrame) -> pl.LazyFrame:
    ids = groups.schema["customer_id"]
    return rows.with_columns(pl.col("customer_id").cast(ids)).join(groups.lazy(), on="customer_id", how="inner")


def interactions_by_kind(ds: Dataset, by: str | None = None, start: dt.date | None = None,
                         end: dt.date | None = None) -> pl.DataFrame:
    """Per [by,] interaction_kind (the interactions table's ``kind``): interactions, customers (with at least
    one of the kind), customer_rate (their share of the group's customers) and per_customer (interactions /
    the group's customers); by count, then kind. ``start`` / ``end``: the window of the module docstring."""
    groups = _customers(ds, by, start, end)
    keys = [by] if by else []
    rows = _with_groups(ds, _interactions(ds, "the interaction analysis", start, end), groups)
    sizes = (groups.lazy().group_by(keys).agg(group_customers=pl.len()) if keys
             else groups.lazy().select(group_customers=pl.len()))
    frame = rows.group_by([*keys, "interaction_kind"]).agg(interactions=pl.len().cast(pl.Int64),
                                               customers=pl.col("customer_id").n_unique().cast(pl.Int64))
    frame = frame.join(sizes, on=keys, how="left", nulls_equal=True) if keys else frame.join(sizes, how="cross")
    return (frame.with_columns(customer_rate=pl.col("customers") / pl.col("group_customers"),
                               per_customer=pl.col("interactions") / pl.col("group_customers"))
            .select(*keys, "interaction_kind", "interactions", "customers", "customer_rate", "per_customer")
            .sort([*keys, "interactions", "interaction_kind"], descending=[*([False] * len(keys)), True, False],
                  nulls_last=True)
            .collect())


def interactions_of_kinds(ds: Dataset, kinds: list[str] | tuple[str, ...], start: dt.date | None = None,
                          end: dt.date | None = None) -> pl.DataFrame:
    """One row for the kinds asked together ("Wie viele Beschwerden?" over Beschwerde and Reklamation):
    interaction_kind (the kinds asked), interactions, customers (with at least one), customer_rate (of the
    customers compared) and per_customer (interactions / customers compared); the window as in
    ``interactions_by_kind``. A kind matches by meaning (``kind_expr``) or as written."""
    from insight.analyses.response_times import kind_expr

    groups = _customers(ds, None, start, end)
    rows = (_with_groups(ds, _interactions(ds, "the interaction analysis", start, end), groups)
            .filter(kind_expr("interaction_kind").is_in(list(kinds)) | pl.col("interaction_kind").is_in(list(kinds))))
    total = pl.lit(groups.height, dtype=pl.Int64)
    return (rows.select(interaction_kind=pl.lit(", ".join(kinds)), interactions=pl.len().cast(pl.Int64),
                        customers=pl.col("customer_id").n_unique().cast(pl.Int64))
            .with_columns(customer_rate=pl.col("customers") / total, per_customer=pl.col("interactions") / total)
            .collect())


def complaint_flags(ds: Dataset, start: dt.date | None = None, end: dt.date | None = None) -> pl.DataFrame:
    """customer_id, complaints (count) and complained ('complained' / 'no complaint') for every customer (of
    the window, with its complaints, when ``start`` / ``end`` are given)."""
    groups = _customers(ds, None, start, end)
    counts = (_with_groups(ds, _interactions(ds, "the complaint rate", start, end), groups)
              .filter(pl.col("interaction_kind").is_in(COMPLAINT_KINDS))
              .group_by("customer_id").agg(complaints=pl.len().cast(pl.Int64)))
    return (groups.lazy().join(counts, on="customer_id", how="left")
            .with_columns(pl.col("complaints").fill_null(0))
            .with_columns(complained=pl.when(pl.col("complaints") > 0).then(pl.lit(COMPLAINED[True]))
                          .otherwise(pl.lit(COMPLAINED[False])))
            .collect())


def complaint_rate(ds: Dataset, by: str | None = None, start: dt.date | None = None,
                   end: dt.date | None = None) -> pl.DataFrame:
    """Overall or per ``by``: customers, complainers, complaint_rate (complainers / customers), complaints
    and complaints_per_customer; the highest rate first. ``start`` / ``end``: the window of the module
    docstring."""
    flags = complaint_flags(ds, start, end)
    keys = [by] if by else []
    if by:
        flags = flags.join(_customers(ds, by), on="customer_id", how="left")
    aggs = dict(customers=pl.len().cast(pl.Int64),
                complainers=(pl.col("complaints") > 0).sum().cast(pl.Int64),
                complaints=pl.col("complaints").sum().cast(pl.Int64))
    frame = flags.group_by(keys).agg(**aggs) if keys else flags.select(**aggs)
    frame = frame.with_columns(complaint_rate=pl.col("complainers") / pl.col("customers"),
                               complaints_per_customer=pl.col("complaints") / pl.col("customers"))
    frame = frame.select(*keys, "customers", "complainers", "complaint_rate", "complaints", "complaints_per_customer")
    return frame.sort(["complaint_rate", *keys], descending=[True, *([False] * len(keys))], nulls_last=True)


def complainer_comparison(ds: Dataset, start: dt.date | None = None, end: dt.date | None = None) -> pl.DataFrame:
    """Customers who complained vs. the others: ``behaviour_by`` with ``complained`` first (retention_rate,
    mean_churn_risk, mean_clv, value); 'complained' is the first row. With ``start`` / ``end`` the window's
    customers and their complaints in it (the comparison's value and loyalty columns stay those of
    ``behaviour_by``)."""
    from insight.analyses.groups import behaviour_by

    flags = complaint_flags(ds, start, end).select("customer_id", "complained")
    frame = behaviour_by(ds, flags, "complained", grouped_only=True)
    return frame.sort(pl.col("complained") != COMPLAINED[True])
