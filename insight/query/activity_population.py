"""Customers defined by when they ordered (docs/ask.md, "Populations by activity").

* absent: "Wie viele Kunden haben 2011 nicht bestellt?", "1997 customers who did not come back in 1998" —
  the customers (of the plan's window and filters) without an order in another window. Never the customers
  who *did* order there.
* present: "customers who bought in both 2010 and 2011" — the customers (of the plan's window and filters) with
  an order in another window too: the intersection, never a comparison of the two years.
* every: "how many customers bought in every quarter of 2011" — the customers with an order in each period of
  that grain in the window (each period that has orders), never the customers per period.
* new: "Umsatz mit Neukunden 2024" — the customers whose first order (under the filters) lies in the window;
  their figures, never all customers' beside a count of new ones.
* outside_top: "Umsatz 2024 ohne die zehn größten Kunden" — everyone but the top N customers by revenue of the
  window; never the top-N list itself.
* lines: "Umsatz der Kunden ohne Gutschrift", "Wie viele Kunden hatten eine Gutschrift?" — the customers with
  (without) a line of a value of a column that varies within a customer; never only the lines of that value.

Each becomes one customer-id filter, so every line or per-customer metric (and the customer count) is restricted
the same way; the answer keeps the typed population for `understood`.
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.query.plan import Filter, TimeWindow


def _ids(frame: pl.LazyFrame) -> pl.Series:
    return frame.select("customer_id").unique().collect().to_series()


def _filter(ids: pl.Series, has: bool) -> Filter:
    nobody = "" if ids.dtype == pl.String else -1
    return Filter(dimension="customer_id", op="in" if has else "not_in", values=tuple(ids.sort().to_list()) or (nobody,))


def _ordering(ds: Dataset, filters: Sequence[Filter], window: TimeWindow) -> pl.LazyFrame:
    from insight.query.frames import filtered_lines

    own = [f for f in filters if f.dimension != "customer_id"]
    return filtered_lines(ds, own, window).filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))


def customers_absent(ds: Dataset, filters: Sequence[Filter], absent: TimeWindow) -> Filter:
    """customer_id not in the customers with an order in ``absent`` under the filters."""
    return _filter(_ids(_ordering(ds, filters, absent)), has=False)


def customers_present(ds: Dataset, filters: Sequence[Filter], present: TimeWindow) -> Filter:
    """customer_id in the customers with an order in ``present`` under the filters."""
    return _filter(_ids(_ordering(ds, filters, present)), has=True)


def customers_every(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, grain: str) -> Filter:
    """customer_id in the customers with an order in every ``grain`` period of the window that has orders at
    all (under the filters): "how many customers bought in every quarter of 2011"."""
    from insight.metrics.grouped import fiscal_of, period_key

    lines = _ordering(ds, filters, window).with_columns(_period=period_key(grain, pl.col("order_day"), fiscal_of(ds)))
    periods = lines.select(pl.col("_period").n_unique()).collect().item()
    every = lines.group_by("customer_id").agg(n=pl.col("_period").n_unique()).filter(pl.col("n") == periods)
    return _filter(_ids(every), has=True)


def customers_new(ds: Dataset, filters: Sequence[Filter], window: TimeWindow) -> Filter:
    """customer_id in the customers whose first order under the filters lies in the window."""
    first = _ordering(ds, filters, TimeWindow()).group_by("customer_id").agg(first=pl.col("order_day").min())
    if window.start is not None:
        first = first.filter(pl.col("first") >= window.start)
    if window.end is not None:
        first = first.filter(pl.col("first") < window.end)
    return _filter(_ids(first), has=True)


def customers_outside_top(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, n: int) -> Filter:
    """customer_id not in the top ``n`` customers by revenue of the window (ties broken by id)."""
    from insight.query.frames import filtered_lines

    own = [f for f in filters if f.dimension != "customer_id"]
    top = (filtered_lines(ds, own, window).filter(pl.col("customer_id").is_not_null())
           .group_by("customer_id").agg(revenue=pl.col("line_amount").sum())
           .sort(["revenue", "customer_id"], descending=[True, False]).head(n))
    return _filter(_ids(top), has=False)


def customers_with_lines(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, value: Filter, has: bool) -> Filter:
    """customer_id in (not in) the customers with a line of ``value`` in the window under the filters."""
    from insight.query.frames import filtered_lines

    own = [f for f in filters if f.dimension != "customer_id"]
    return _filter(_ids(filtered_lines(ds, [*own, value], window).filter(pl.col("customer_id").is_not_null())), has)


def customers_with_lines_frame(ds: Dataset, keys: Sequence[str], filters: Sequence[Filter], window: TimeWindow,
                               value: Filter) -> pl.DataFrame:
    """The number of customers with a line of ``value`` in the window, by the keys — counted from those lines, so
    a customer whose only document of the window is a credit note counts too."""
    from insight.query.frames import filtered_lines

    lines = filtered_lines(ds, [*filters, value], window, extra_by=keys).filter(pl.col("customer_id").is_not_null())
    if not keys:
        return lines.select(customers=pl.col("customer_id").n_unique().cast(pl.Int64)).collect()
    return lines.group_by(list(keys)).agg(customers=pl.col("customer_id").n_unique().cast(pl.Int64)).collect()


def orders_by_value(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, op: str, bound: float,
                    upper: float | None = None) -> Filter:
    """order_key in the orders (window and filters) whose value compares so with ``bound``: "orders above 100
    dollars" (the bound is read by order_value.py)."""
    from insight.query.frames import filtered_lines

    values = (filtered_lines(ds, filters, window).filter(pl.col("is_order"))
              .group_by("order_key").agg(value=pl.col("line_amount").sum()))
    value = pl.col("value")
    test = {"gt": value > bound, "ge": value >= bound, "lt": value < bound, "le": value <= bound}[op]
    test = test if upper is None else test & (value <= upper)  # "zwischen 100 und 300 Euro": both ends included
    keys = values.filter(test).select("order_key").collect().to_series().sort()
    return Filter(dimension="order_key", op="in", values=tuple(keys.to_list()) or ("",))
