"""Acquisition payback and unprofitable customers: where customer value turns into decisions (seed 001:
"the cost of winning a customer must be paid back by the money that comes from them").

- **Payback** compares each customer's ``customer_capital`` (profit so far, after ``cost_to_serve``) with the
  ``acquisition_cost`` spent to win them: who has not paid back yet and by how much (``payback_gap``),
  per customer and per acquisition channel.
- **Unprofitable customers** are customers whose profit over the relationship so far is below 0; their
  ``loss`` is −profit.

Customers are those of the customer table (an order before the analysis date); leads that never bought
have acquisition cost but no relationship to pay it back and are left out (docs/metrics.md).
"""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError
from insight.metrics.customer_table import customer_table
from insight.metrics.require import require_columns

KEEP_ATTRIBUTES = ("name", "kind", "acquisition_channel", "country")
CENT = 0.005  # money is compared to the cent: a float sum of −1.8e-14 is no loss and no gap


def _below(value: pl.Expr, other: pl.Expr | float = 0.0) -> pl.Expr:
    """value < other by more than half a cent."""
    return value < other - CENT


def _attributes(table: pl.DataFrame, skip: tuple[str, ...] = ()) -> list[str]:
    return [c for c in KEEP_ATTRIBUTES if c in table.columns and c not in skip]


def payback_table(ds: Dataset) -> pl.DataFrame:
    """Per customer with a known acquisition cost: customer_id, acquisition_cost, customer_capital,
    payback_ratio (capital / cost, null for cost 0), paid_back (capital ≥ cost), payback_gap (cost − capital
    where not paid back, else 0), then name / kind / acquisition_channel / country where known; the largest
    gap first."""
    require_columns(ds, "customers", ("acquisition_cost",), "the acquisition payback")
    table = customer_table(ds)
    if "acquisition_cost" not in table.columns:
        raise MissingDataError("the acquisition payback needs 'acquisition_cost' values for customers with orders")
    cost, capital = pl.col("acquisition_cost"), pl.col("customer_capital")
    return (
        table.filter(cost.is_not_null())
        .with_columns(
            payback_ratio=pl.when(cost > 0).then(capital / cost),
            paid_back=~_below(capital, cost),
            payback_gap=pl.when(_below(capital, cost)).then(cost - capital).otherwise(0.0),
        )
        .select("customer_id", "acquisition_cost", "customer_capital", "payback_ratio", "paid_back", "payback_gap",
                *_attributes(table))
        .sort(["payback_gap", "customer_id"], descending=[True, False])
    )


def payback_by_channel(ds: Dataset, by: str | None = "acquisition_channel") -> pl.DataFrame:
    """Per ``by`` (default acquisition_channel; None: overall): customers, acquisition_cost, customer_capital
    (sums), net_value = capital − cost, paid_back / not_paid_back (counts), paid_back_share and
    payback_gap (the money still to be earned back by those who have not paid back); largest gap first."""
    table = payback_table(ds)
    if by is not None and by not in table.columns:
        extra = customer_table(ds)
        if by not in extra.columns:
            raise MissingDataError(f"the acquisition payback by '{by}' needs a customer column '{by}', which this "
                                   "data does not have")
        table = table.join(extra.select("customer_id", by), on="customer_id", how="left")
    aggs = dict(
        customers=pl.len().cast(pl.Int64),
        acquisition_cost=pl.col("acquisition_cost").sum(),
        customer_capital=pl.col("customer_capital").sum(),
        paid_back=pl.col("paid_back").sum().cast(pl.Int64),
        not_paid_back=(~pl.col("paid_back")).sum().cast(pl.Int64),
        payback_gap=pl.col("payback_gap").sum(),
    )
    frame = table.group_by(by).agg(**aggs) if by else table.select(**aggs)
    frame = frame.with_columns(net_value=pl.col("customer_capital") - pl.col("acquisition_cost"),
                               paid_back_share=pl.col("paid_back") / pl.col("customers"))
    keys = [by] if by else []
    order = ["customers", "acquisition_cost", "customer_capital", "net_value", "paid_back", "not_paid_back",
             "paid_back_share", "payback_gap"]
    frame = frame.select(*keys, *order)
    return frame.sort(["payback_gap", *keys], descending=[True, *([False] * len(keys))], nulls_last=True)


def unprofitable_customers(ds: Dataset) -> pl.DataFrame:
    """Customers with profit < 0 over the relationship so far: customer_id, revenue, orders, margin, profit,
    loss (= −profit), cost_to_serve where given, then name / kind / acquisition_channel / country; the
    largest loss first."""
    table = customer_table(ds)
    costs = ["cost_to_serve"] if "cost_to_serve" in table.columns else []
    return (
        table.filter(_below(pl.col("profit")))
        .with_columns(loss=-pl.col("profit"))
        .select("customer_id", "revenue", "orders", "margin", "profit", "loss", *costs, *_attributes(table))
        .sort(["loss", "customer_id"], descending=[True, False])
    )


def unprofitable_summary(ds: Dataset, by: str | None = None) -> pl.DataFrame:
    """Overall or per ``by`` (a customer column): customers, unprofitable (count), unprofitable_share and
    loss (their summed loss); the largest loss first."""
    table = customer_table(ds)
    if by is not None and by not in table.columns:
        raise MissingDataError(f"unprofitable customers by '{by}' need a customer column '{by}', which this data "
                               "does not have")
    negative = _below(pl.col("profit"))
    aggs = dict(customers=pl.len().cast(pl.Int64), unprofitable=negative.sum().cast(pl.Int64),
                loss=(-pl.col("profit")).filter(negative).sum())
    frame = table.group_by(by).agg(**aggs) if by else table.select(**aggs)
    frame = frame.with_columns(unprofitable_share=pl.col("unprofitable") / pl.col("customers"))
    keys = [by] if by else []
    frame = frame.select(*keys, "customers", "unprofitable", "unprofitable_share", "loss")
    return frame.sort(["loss", *keys], descending=[True, *([False] * len(keys))], nulls_last=True)
