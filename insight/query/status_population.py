"""Customers defined by the status of their orders (docs/ask.md, "Populations by a status").

"Wie viele Kunden hatten 2024 einen stornierten Auftrag?" asks for the customers with at least one cancelled
order in the window (under the filters) — a population, never all customers of the window with the cancelled
orders beside them. Counted directly from the cancelled lines (a customer whose only order was cancelled counts
too); as the population of another figure, a customer-id filter. "ohne stornierten Auftrag" is the customers of
the window without one.
"""

from __future__ import annotations

from typing import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.query.plan import Filter, TimeWindow


def _cancelled_ids(ds: Dataset, filters: Sequence[Filter], window: TimeWindow) -> pl.Series:
    from insight.query.client_frames import cancelled_frame

    own = [f for f in filters if f.dimension != "customer_id"]
    return cancelled_frame(ds, ["customer_id"], own, window).get_column("customer_id").drop_nulls()


def customers_with_cancelled(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, has: bool) -> Filter:
    """customer_id in (not in) the customers with a cancelled order in the window under the filters."""
    ids = _cancelled_ids(ds, filters, window)
    nobody = "" if ids.dtype == pl.String else -1
    values = tuple(ids.sort().to_list()) or (nobody,)
    return Filter(dimension="customer_id", op="in" if has else "not_in", values=values)


def cancelled_customers_frame(
    ds: Dataset, keys: Sequence[str], filters: Sequence[Filter], window: TimeWindow, has: bool
) -> pl.DataFrame:
    """The number of customers with (without) a cancelled order, by the keys."""
    if not has:
        from insight.query.frames import line_frame

        restricted = [*filters, customers_with_cancelled(ds, filters, window, False)]
        return line_frame(ds, ["customers"], list(keys), restricted, window)
    from insight.query.client_frames import cancelled_frame

    lines = cancelled_frame(ds, [*keys, "customer_id"], filters, window).filter(pl.col("customer_id").is_not_null())
    if not keys:
        return pl.DataFrame({"customers": [lines.height]}, schema={"customers": pl.Int64})
    return lines.group_by(list(keys)).agg(customers=pl.len().cast(pl.Int64))


def status_orders_frame(
    ds: Dataset, keys: Sequence[str], filters: Sequence[Filter], window: TimeWindow
) -> pl.DataFrame:
    """``orders``: the distinct orders with a line of the named statuses (cancelled ones included), by the keys."""
    from insight.query.client_frames import cancelled_frame

    frame = cancelled_frame(ds, keys, filters, window, every_line=True)
    return frame.select(*keys, pl.col("cancelled_orders").alias("orders"))
