"""The client's own columns as numbers: measures (sum/mean/median/min/max), flag shares, and customer counts
of a customers table alone (metrics.md, "The client's own columns").

A column of the order lines is aggregated over the prepared lines (cancelled lines are never sales and
are left out) under the plan's window and filters; a customer column over the customers table, one
row per customer, restricted to customers with an order in the window when there are order lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError
from insight.metrics.grouped import TIME_DIMENSIONS, filter_expr
from insight.query.plan import Filter, TimeWindow
from insight.query.traits import is_headcount
from insight.semantic.client import ClientColumn, measure_of, mrr_expr, subscriptions


def _agg(how: str, col: ClientColumn) -> pl.Expr:
    c = pl.col(col.name)
    if how == "share":
        hit = c.eq(col.flag_true) if col.flag_true is not True else c.cast(pl.Boolean)
        return hit.cast(pl.Float64).mean()
    if how == "mean":
        return c.cast(pl.Float64).mean()
    if how == "median":
        return c.cast(pl.Float64).median()
    if how == "min":
        return c.min()
    if how == "max":
        return c.max()
    return c.sum()


def is_client_metric(ds: Dataset, metric: str) -> bool:
    return measure_of(ds, metric) is not None


def client_frame(ds: Dataset, metrics: Sequence[str], group_by: Sequence[str], filters: Sequence[Filter],
                 window: TimeWindow) -> pl.DataFrame:
    """Group columns then one column per client metric."""
    specs = {m: measure_of(ds, m) for m in metrics}
    on_lines = [m for m, spec in specs.items() if spec and spec[1].table == "order_lines"
                and spec[1].grain == "line"]
    on_customers = [m for m in metrics if m not in on_lines]
    parts = []
    if on_lines:
        parts.append(_line_part(ds, on_lines, specs, group_by, filters, window))
    if on_customers:
        parts.append(_customer_part(ds, on_customers, specs, group_by, filters, window))
    out = parts[0]
    for part in parts[1:]:
        keys = list(group_by)
        out = out.join(part, on=keys, how="full", coalesce=True) if keys else pl.concat([out, part],
                                                                                       how="horizontal")
    return out


def _line_part(ds, metrics, specs, group_by, filters, window) -> pl.DataFrame:
    from insight.query.frames import filtered_lines

    if ds.order_lines.height == 0:
        raise MissingDataError("this needs order lines, and the data holds none")
    refunds = [m for m in metrics if specs[m][1].refund]
    others = [m for m in metrics if m not in refunds]
    keys = list(group_by)
    frames = []
    for names, source in ((others, ds), (refunds, _every_status(ds) if refunds else ds)):
        if not names:
            continue
        lines = filtered_lines(source, filters, window, extra_by=group_by)
        aggs = [_agg(*specs[m]).alias(m) for m in names]
        frames.append((lines.group_by(keys).agg(aggs) if keys else lines.select(aggs)).collect())
    if len(frames) == 1:
        return frames[0]
    return frames[0].join(frames[1], on=keys, how="full", coalesce=True) if keys else \
        pl.concat(frames, how="horizontal")


def _every_status(ds: Dataset) -> Dataset:
    """The dataset with no line left out by its status: the amount refunded is paid back on an order refunded in
    full as on one refunded in part, and the status that leaves the first out of revenue ('Closed', 'REFUNDED')
    must not leave it out of "total refunded" (cached per dataset)."""
    from insight.metrics.conventions import cancelled_expr, second_status

    def build() -> Dataset:
        lines = ds.order_lines
        second = second_status(ds)
        if second is not None:
            lines = lines.with_columns(line_status=second)
        lines = lines.with_columns(line_status=pl.when(cancelled_expr(offers=False)).then(None)
                                   .otherwise(pl.col("line_status")))
        every = Dataset(lines, ds.customers, ds.survey_responses, ds.coupons, ds.interactions, ds.settings,
                        ds.source, dict(ds.client_labels))
        every.cached("conventions.second_status", tuple)  # folded in above: a further status column keeps no line out
        every.cached("conventions.refund_column", lambda: None)  # nor does a refund in full
        return every

    return ds.cached(("client_frames.every_status", ds.as_of), build)


def customer_rows(ds: Dataset, filters: Sequence[Filter], window: TimeWindow,
                  group_by: Sequence[str]) -> pl.DataFrame:
    """One row per customer with the customer columns (and segment columns) the plan names; with order
    lines, only customers with an order under the window and the line filters."""
    from insight.query.frames import SEGMENT_DIMENSIONS, filtered_lines, segment_attributes

    customers = ds.customers
    if customers.height == 0:
        raise MissingDataError("this needs a customers table or order lines with customer attributes")
    names = list(dict.fromkeys([*group_by, *(f.dimension for f in filters)]))
    if any(n in TIME_DIMENSIONS for n in names):
        raise MissingDataError("customer attributes cannot be split by month, quarter or year")
    segments = [n for n in names if n in SEGMENT_DIMENSIONS]
    frame = customers
    if segments:
        attrs = segment_attributes(ds, segments)
        assert attrs is not None  # segments names at least one segment dimension
        frame = frame.join(attrs.with_columns(pl.col("customer_id").cast(frame.schema["customer_id"])),
                           on="customer_id", how="left")
    line_only = [n for n in names if n not in frame.columns]
    if ds.order_lines.height and (line_only or not window.is_all):
        line_filters = [f for f in filters if f.dimension in line_only]
        pairs = (filtered_lines(ds, line_filters, window, extra_by=line_only)
                 .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
                 .select("customer_id", *line_only).unique().collect())
        frame = frame.join(pairs.with_columns(pl.col("customer_id").cast(frame.schema["customer_id"])),
                           on="customer_id", how="inner")
    missing = [n for n in names if n not in frame.columns]
    if missing:
        raise MissingDataError(f"the data has no '{missing[0]}' column")
    for f in filters:
        if f.dimension in frame.columns and f.dimension not in line_only:
            frame = frame.filter(filter_expr(f.dimension, f.op, f.values, frame.schema[f.dimension]))
    return frame


def _customer_part(ds, metrics, specs, group_by, filters, window) -> pl.DataFrame:
    frame = customer_rows(ds, filters, window, group_by)
    aggs = []
    for m in metrics:
        if is_headcount(m):
            aggs.append(pl.col("customer_id").n_unique().cast(pl.Int64).alias(m))
        elif specs[m][0] == "mrr":
            sub = subscriptions(ds)
            assert sub is not None  # measure_of found it
            aggs.append(mrr_expr(sub).alias(m))
        else:
            aggs.append(_agg(*specs[m]).alias(m))
    keys = list(group_by)
    return frame.group_by(keys).agg(aggs) if keys else frame.select(aggs)


def customer_count_frame(ds: Dataset, group_by: Sequence[str], filters: Sequence[Filter],
                         window: TimeWindow) -> pl.DataFrame:
    """``customers`` on a customers table alone: its rows (distinct ids) per group."""
    return _customer_part(ds, ["customers"], {}, group_by, filters, window)


def customer_share_frame(ds: Dataset, group_by: Sequence[str], filters: Sequence[Filter],
                         window: TimeWindow) -> pl.DataFrame:
    """``customer_share`` on a customers table alone, with the same meaning as on order lines (grouped.py)."""
    keys = list(group_by)
    part = _customer_part(ds, ["customers"], {}, keys, filters, window)
    within = bool(filters) and bool(keys)
    everyone = _customer_part(ds, ["customers"], {}, keys if within else [], [], window).rename({"customers": "_all"})
    joined = part.join(everyone, on=keys, how="left") if within else part.join(everyone, how="cross")
    return joined.with_columns(customer_share=pl.col("customers") / pl.col("_all").cast(pl.Float64)).drop(
        "customers", "_all")


def cancelled_frame(ds: Dataset, group_by: Sequence[str], filters: Sequence[Filter],
                    window: TimeWindow, every_line: bool = False) -> pl.DataFrame:
    """``cancelled_lines``: lines whose status says cancelled/returned (left out of every other line metric)
    (``every_line``: every line the filters select, whatever its status) and reversing lines (returns and cancellation invoices, which count negative in revenue), by line columns and calendar periods, under the window and line filters."""
    from insight.metrics.conventions import (
        c_prefix_for,
        cancellations_expr,
        detect,
        second_status,
        status_column_names,
    )
    from insight.metrics.grouped import fiscal_of, time_label
    from insight.metrics.lines import is_return_expr

    # a reversing line worth nothing (quantity −12 at price 0: a stock correction) cancels no sale
    have = ds.order_lines.columns
    value = [pl.col("amount")] if "amount" in have else []
    if "quantity" in have and "unit_price" in have:
        value.append(pl.col("quantity") * pl.col("unit_price"))
    worth = pl.coalesce(value).fill_null(0) != 0 if value else pl.lit(True)
    # where a status column says which orders were cancelled, those are the cancellations (credit notes and
    # returns are something else); otherwise the reversing documents are (Online Retail's C-invoices)
    statuses = {"line_status", *status_column_names(ds)}
    by_status = any(f.dimension in statuses for f in filters)
    which = cancellations_expr(ds, by_status) if detect(ds).cancelled_lines else (is_return_expr(c_prefix_for(ds)) & worth)
    if every_line:  # "orders cancelled or on hold": the filters alone select (status_union.py)
        which = pl.lit(True)

    second = second_status(ds)
    raw = ds.order_lines.lazy() if second is None else ds.order_lines.lazy().with_columns(line_status=second)
    lines = raw.filter(which).with_columns(order_day=pl.col("order_date").dt.date())
    names = list(dict.fromkeys([*group_by, *(f.dimension for f in filters)]))
    for name in names:
        if name in TIME_DIMENSIONS:
            lines = lines.with_columns(time_label(name, pl.col("order_day"), fiscal_of(ds)).alias(name))
        elif name not in ds.order_lines.columns:
            raise MissingDataError(f"cancelled lines can be split by the columns of the order lines only, not by "
                                   f"'{name}'")
    schema = lines.collect_schema()
    for f in filters:
        lines = lines.filter(filter_expr(f.dimension, f.op, f.values, schema[f.dimension]))
    if window.start is not None:
        lines = lines.filter(pl.col("order_day") >= window.start)
    if window.end is not None:
        lines = lines.filter(pl.col("order_day") < window.end)
    agg = [pl.len().cast(pl.Int64).alias("cancelled_lines"),  # and the orders they belong to ("Wie viele
           pl.col("order_id").n_unique().cast(pl.Int64).alias("cancelled_orders"),  # Bestellungen storniert?")
           # and their amount ("total value of open deals"), as given on the lines
           (pl.coalesce(value).fill_null(0).sum() if value else pl.lit(None, dtype=pl.Float64)).alias("cancelled_value"),
           # and their units ("How many units were returned?"), positive like the lines counted
           (pl.col("quantity").fill_null(0).abs().sum().cast(pl.Float64) if "quantity" in have
            else pl.lit(None, dtype=pl.Float64)).alias("cancelled_quantity")]
    keys = list(group_by)
    return (lines.group_by(keys).agg(agg) if keys else lines.select(agg)).collect()


def non_sale_frame(ds: Dataset, group_by: Sequence[str], filters: Sequence[Filter], window: TimeWindow) -> pl.DataFrame:
    """``document_amount`` and ``document_count``: the summed amounts and the number of the lines the filters select among those that are no sale (a
    settlement's fees and payouts, left out of every other figure), signed as the data records them, by line
    columns and calendar periods, under the window."""
    from insight.metrics.conventions import non_sale_documents
    from insight.metrics.grouped import fiscal_of, time_label

    found = non_sale_documents(ds)
    if found is None:
        raise MissingDataError("no column of these order lines types lines as fees or payouts")
    column, values = found
    lines = ds.order_lines.lazy().filter(pl.col(column).is_in(list(values)) & (
        pl.col("order_date") < pl.lit(dt.datetime.combine(ds.as_of, dt.time())))).with_columns(
        order_day=pl.col("order_date").dt.date())
    for name in dict.fromkeys([*group_by, *(f.dimension for f in filters)]):
        if name in TIME_DIMENSIONS:
            lines = lines.with_columns(time_label(name, pl.col("order_day"), fiscal_of(ds)).alias(name))
        elif name not in ds.order_lines.columns:
            raise MissingDataError(f"fees and payouts can be split by the columns of the order lines only, not by "
                                   f"'{name}'")
    schema = lines.collect_schema()
    for f in filters:
        lines = lines.filter(filter_expr(f.dimension, f.op, f.values, schema[f.dimension]))
    if window.start is not None:
        lines = lines.filter(pl.col("order_day") >= window.start)
    if window.end is not None:
        lines = lines.filter(pl.col("order_day") < window.end)
    agg = [pl.col("amount").sum().alias("document_amount"), pl.len().cast(pl.Int64).alias("document_count")]
    keys = list(group_by)
    return (lines.group_by(keys).agg(agg) if keys else lines.select(agg)).collect()
