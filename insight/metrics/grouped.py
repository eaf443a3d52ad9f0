"""The line-level engine: line metrics by any line, time or customer dimension, with filters and a window.

Metrics: revenue, orders, aov, customers, new_customers, unattributed_revenue, revenue_share, order_lines,
quantity, profit, margin (shared/spec/metrics.md). Which rows (metrics.md, "Which rows"):

- revenue, orders, aov, order_lines, quantity, profit use *all* lines (attributed or not) unless the
  grouping or a filter involves the customer (customer_id or a customer attribute), which only
  attributed lines have;
- customers and new_customers use attributed lines of valid orders; a customer counts in every group
  (e.g. every country) in which one of its order lines was placed;
- new_customers: customers whose first order in the data (up to the analysis date) falls in the window,
  and, when grouped by month / quarter / year, in that period;
- revenue_share: a group's revenue / total revenue of the groups compared; without a grouping it is the
  filtered revenue over the revenue of the same window without the filters; with neither grouping nor filter
  it is the window's revenue over all revenue up to the analysis date;
- customer_share: the filtered customers / all customers of the same window without the filters ("Wie viel
  Prozent unserer Kunden sind B2B?"); with neither grouping nor filter, the window's customers / all customers up
  to the analysis date; grouped and filtered, the share within each group ("share of customers
  with a card by country"); grouped only, each group's customers / all customers (a customer of several
  countries counts in each, so those shares may add up to more than 100 %).

Customer attributes (ds.customers columns, or derived ones such as rfm_segment passed in ``attributes``)
are joined on customer_id. Everything is one lazy polars pipeline, collected once.

>>> grouped_metrics(ds, ["revenue"], by=["country"]).head(3)  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError
from insight.metrics.fiscal import CALENDAR, FISCAL_DIMENSIONS, Fiscal, fiscal_key, fiscal_label, fiscal_of, label_keys
from insight.metrics.lines import gross_profit_expr, lean_lines, prepared_lines

LINE_METRICS = ("revenue", "orders", "aov", "customers", "new_customers", "unattributed_revenue", "unattributed_share",
                "revenue_share", "order_lines", "documents", "quantity", "profit", "margin", "customer_share",
                "returns", "return_documents", "return_rate", "return_lines", "quantity_per_order",
                "max_order_value", "min_order_value")
ORDER_EXTREMES = ("max_order_value", "min_order_value")  # one order's value (the sum of its sales lines)
TIME_DIMENSIONS = ("month", "quarter", "year", *FISCAL_DIMENSIONS)  # fiscal ones by the workspace's fiscal year
LINE_DIMENSIONS = ("customer_id", "country", "product_id", "channel", "description", "order_id", "line_status",
                   "currency")
CUSTOMER_METRICS = ("customers", "new_customers")

FilterSpec = tuple[str, Literal["in", "not_in", "gt", "ge", "lt", "le"], Sequence[object]]


def period_key(name: str, day: pl.Expr, fiscal: Fiscal = CALENDAR) -> pl.Expr:
    """A cheap grouping key for a calendar period: its first day (month, quarter) or the year (a fiscal period's:
    see insight.metrics.fiscal). Groups are formed on it and labelled afterwards, so no string is built per line."""
    if name in FISCAL_DIMENSIONS:
        return fiscal_key(name, day, fiscal)
    if name == "month":
        return day.dt.truncate("1mo")
    if name == "quarter":
        return day.dt.truncate("1q")
    return day.dt.year().cast(pl.Int64)


def label_periods(frame: pl.DataFrame, names: Sequence[str], fiscal: Fiscal = CALENDAR) -> pl.DataFrame:
    """Turn period keys (see ``period_key``) into the canonical labels YYYY-MM / YYYY-Qn / YYYY / FY2012 Q1."""
    exprs = [time_label(n, pl.col(n)).alias(n) for n in names if n in ("month", "quarter") and n in frame.columns
             and frame.schema[n] == pl.Date]
    exprs += [label_keys(n, pl.col(n), fiscal).alias(n) for n in names if n in FISCAL_DIMENSIONS and n in frame.columns
              and frame.schema[n] != pl.String]
    return frame.with_columns(exprs) if exprs else frame


def time_label(name: str, day: pl.Expr, fiscal: Fiscal = CALENDAR) -> pl.Expr:
    """The canonical label of a calendar period: month 'YYYY-MM', quarter 'YYYY-Qn', year as an integer; a fiscal
    period's 'FY2012' / 'FY2012 Q1'."""
    if name in FISCAL_DIMENSIONS:
        return fiscal_label(name, day, fiscal)
    if name == "month":
        return day.dt.strftime("%Y-%m")
    if name == "quarter":
        return pl.concat_str([day.dt.year().cast(pl.String), pl.lit("-Q"), day.dt.quarter().cast(pl.String)])
    return day.dt.year().cast(pl.Int64)


def engine_lines(ds: Dataset) -> pl.LazyFrame:
    """Prepared lines plus what every grouped query needs, computed once per Dataset: an integer
    ``order_code`` (distinct counts on integers are much faster than on order-id strings) and the line's
    gross profit ``gross_profit``."""
    def build() -> pl.DataFrame:
        lines = prepared_lines(ds)
        return lines.with_columns(
            order_code=pl.col("order_key").cast(pl.Categorical).to_physical(),
            gross_profit=gross_profit_expr(lines.collect_schema(), ds.settings.default_margin),
        ).collect()

    return ds.cached(("grouped.engine_lines", ds.as_of), build).lazy()


def lines_with_attributes(ds: Dataset, attributes: pl.DataFrame, key: object) -> pl.LazyFrame:
    """Engine lines of attributed customers with per-customer columns joined once and cached under
    ``key`` (segment joins on a million lines are the slow part of a segment breakdown)."""
    def build() -> pl.DataFrame:
        lines = engine_lines(ds)
        attrs = attributes.with_columns(pl.col("customer_id").cast(lines.collect_schema()["customer_id"]))
        return lines.join(attrs.lazy(), on="customer_id", how="inner").collect()

    return ds.cached(("grouped.lines_with", ds.as_of, key), build).lazy()


def first_order_days(ds: Dataset) -> pl.LazyFrame:
    """customer_id, first_day (the day of each customer's first valid order) and its first_month /
    first_quarter / first_year period keys (cached per Dataset)."""
    def build() -> pl.DataFrame:
        return (
            prepared_lines(ds)
            .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
            .group_by("customer_id")
            .agg(first_day=pl.col("order_day").min())
            .with_columns(**{f"first_{n}": period_key(n, pl.col("first_day"), fiscal_of(ds)) for n in TIME_DIMENSIONS})
            .collect()
        )

    return ds.cached(("grouped.first_order_days", ds.as_of), build).lazy()


def _has_values(frame: pl.DataFrame, column: str) -> bool:
    return column in frame.columns and frame.height > 0 and frame.get_column(column).null_count() < frame.height


def dimension_source(ds: Dataset, name: str, attributes: pl.DataFrame | None = None) -> str:
    """Where a dimension comes from: 'time', 'line', or 'attribute'; MissingDataError if nowhere."""
    if name in TIME_DIMENSIONS:
        return "time"
    if name in LINE_DIMENSIONS and _has_values(ds.order_lines, name):
        return "line"
    if name in ds.client_columns("order_lines") and _has_values(ds.order_lines, name):
        return "line"  # the client's own line attribute (a customer counts under every value it bought in)
    if name in ("customer_id", "order_key"):  # order_key: the orders a population of orders keeps
        return "line"
    if attributes is not None and name in attributes.columns:
        return "attribute"
    if _has_values(ds.customers, name):
        return "attribute"
    table = "order_lines" if name in LINE_DIMENSIONS else "customers"
    raise MissingDataError(f"the data has no '{name}' values (column '{name}' of the {table} table is missing or empty)")


DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d", "%d-%m-%Y")


def as_dates(text: pl.Expr) -> pl.Expr:
    """A client's text column of days ('16.03.2023', '2023-03-16') read as dates (unreadable: null)."""
    stripped = text.str.strip_chars().str.slice(0, 10)
    return pl.coalesce([stripped.str.to_date(f, strict=False) for f in DATE_FORMATS])


def filter_expr(column: str, op: str, values: Sequence[object], dtype: pl.DataType) -> pl.Expr:
    if op in ("gt", "ge", "lt", "le") and isinstance(values[0], str) and (dtype.is_temporal() or dtype == pl.String):
        day = dt.date.fromisoformat(values[0])  # a date column compared with a day; a null never passes
        col = pl.col(column).cast(pl.Date) if dtype.is_temporal() else as_dates(pl.col(column))
        return {"gt": col > day, "ge": col >= day, "lt": col < day, "le": col <= day}[op]
    if op in ("gt", "ge", "lt", "le"):  # a numeric comparison; a null never passes
        if not dtype.is_numeric():
            raise MissingDataError(f"'{column}' holds no numbers to compare with {values[0]}")
        col, bound = pl.col(column), float(values[0])  # type: ignore[arg-type]
        return {"gt": col > bound, "ge": col >= bound, "lt": col < bound, "le": col <= bound}[op]
    if dtype.is_integer():
        cast = [int(v) for v in values if str(v).lstrip("-").isdigit()]  # type: ignore[call-overload]
    elif dtype == pl.String:
        cast = [str(v) for v in values]
    else:
        cast = list(values)
    expr = pl.col(column).is_in(pl.lit(pl.Series(cast, dtype=dtype)).implode())
    return ~expr if op == "not_in" else expr


def grouped_metrics(
    ds: Dataset,
    metrics: Sequence[str],
    by: Sequence[str] = (),
    filters: Sequence[FilterSpec] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    attributes: pl.DataFrame | None = None,
    lines: pl.LazyFrame | None = None,
) -> pl.DataFrame:
    """Line metrics per group: columns ``by`` (canonical names) then ``metrics``; window [start, end).

    ``attributes``: extra per-customer columns (customer_id + e.g. rfm_segment) to group or filter by.
    ``lines``: prepared lines to use instead of the dataset's; customer attribute columns they already
    carry (see ``lines_with_attributes``) are used as they are. Rows are unsorted; the caller orders them.

    On lazy prepared lines (``ask --data``, a pruned workspace read) the query is first built on the lines
    without ``is_order`` (``insight.metrics.lines.lean_lines``): a query that never reads it (revenue,
    quantity, lines) gives the same rows without the real-order pass; one that does fails on the missing
    column while polars plans it, before any work, and runs on the whole prepared lines.
    """
    lean = lean_lines(ds) if lines is None else None
    if lean is not None:
        try:
            return _grouped_metrics(ds, metrics, by, filters, start, end, attributes, lean)
        except pl.exceptions.ColumnNotFoundError:
            pass
    return _grouped_metrics(ds, metrics, by, filters, start, end, attributes, lines)


def _grouped_metrics(
    ds: Dataset,
    metrics: Sequence[str],
    by: Sequence[str],
    filters: Sequence[FilterSpec],
    start: dt.date | None,
    end: dt.date | None,
    attributes: pl.DataFrame | None,
    lines: pl.LazyFrame | None,
) -> pl.DataFrame:
    unknown = [m for m in metrics if m not in LINE_METRICS]
    if unknown:
        raise ValueError(f"not line metrics: {unknown}")
    base = lines if lines is not None else engine_lines(ds)
    schema = base.collect_schema()
    used = list(dict.fromkeys([*by, *(f[0] for f in filters)]))
    client_lines = set(ds.client_columns("order_lines"))
    # order_key (a population of orders, e.g. by value) is a line key: anonymous orders stay among the orders
    sources = {name: "joined" if name in schema and name not in (*LINE_DIMENSIONS, *TIME_DIMENSIONS, "order_key")
               and name not in client_lines else dimension_source(ds, name, attributes) for name in used}
    customer_scoped = any(s in ("attribute", "joined") or n == "customer_id" for n, s in sources.items())

    attr_cols = [n for n, s in sources.items() if s == "attribute"]
    if attr_cols:
        attr = attribute_frame(ds, attr_cols, attributes, schema["customer_id"])
        base = base.join(attr.lazy(), on="customer_id", how="inner")
    for name, source in sources.items():
        if source == "time" and name not in schema:
            base = base.with_columns(period_key(name, pl.col("order_day"), fiscal_of(ds)).alias(name))

    unwindowed = base
    for column, op, values in filters:
        if column in TIME_DIMENSIONS:  # a period named by its label ("2011-03", "2011-Q1", 2011)
            labelled = base.with_columns(time_label(column, pl.col("order_day"), fiscal_of(ds)).alias("_period"))
            dtype = labelled.collect_schema()["_period"]
            base = labelled.filter(filter_expr("_period", op, values, dtype)).drop("_period")
            continue
        dtype = base.collect_schema()[column]
        base = base.filter(filter_expr(column, op, values, dtype))
    windowed = _window(base, start, end)
    if customer_scoped:
        windowed = windowed.filter(pl.col("customer_id").is_not_null())

    keys = list(by)
    exprs = _line_aggregations(metrics, schema, ds.settings.default_margin)
    if "customer_id" in keys:  # ids with only cancellations in the window are no customers (metrics.md)
        exprs["_has_order"] = pl.col("is_order").any()
    frame = (windowed.group_by(keys).agg(**exprs) if keys else windowed.select(**exprs)) if exprs else None
    if frame is None:
        frame = windowed.select(keys).unique() if keys else pl.LazyFrame({"_": [0]})

    if any(m in CUSTOMER_METRICS or m == "customer_share" for m in metrics):
        fast = not filters and not customer_scoped and all(k in TIME_DIMENSIONS for k in keys)
        wanted = [*metrics, "customers"] if "customer_share" in metrics else list(metrics)
        counts = _customer_counts(ds, windowed, keys, wanted, start, end, fast_new=fast)
        if "customer_share" in metrics:
            # with filters, the share within each group ("share of customers with a card by country"); without,
            # each group's share of all customers ("share of customers by country")
            # no grouping and no filter: the only part is the window, so its share is of all customers up to the
            # analysis date ("Anteil der Kunden, die 1998 noch gekauft haben"), never 100 % of itself
            alone = not keys and not filters and (start is not None or end is not None)
            rows = (unwindowed if alone else _window(unwindowed, start, end)).filter(
                pl.col("customer_id").is_not_null() & pl.col("is_order"))
            within = bool(filters) and bool(keys)
            everyone = (rows.group_by(keys).agg(_all=pl.col("customer_id").n_unique()) if within
                        else rows.select(_all=pl.col("customer_id").n_unique()))
            counts = (counts.join(everyone, on=keys, how="left") if within else counts.join(everyone, how="cross"))
            counts = (counts
                      .with_columns(customer_share=pl.col("customers") / pl.col("_all").cast(pl.Float64))
                      .drop("_all", *([] if "customers" in metrics else ["customers"])))
        frame = frame.join(counts, on=keys, how="full", coalesce=True) if keys else pl.concat(
            [frame, counts], how="horizontal")
    extremes = [m for m in metrics if m in ORDER_EXTREMES]
    if extremes:  # the largest / smallest single order: each order's sales lines summed, then the max / min
        code = "order_code" if "order_code" in schema else "order_key"
        per_order = (windowed.filter(pl.col("is_order") & ~pl.col("is_return"))
                     .group_by([*keys, code]).agg(_value=pl.col("line_amount").sum()))
        aggs = {m: (pl.col("_value").max() if m == "max_order_value" else pl.col("_value").min()) for m in extremes}
        ends = per_order.group_by(keys).agg(**aggs) if keys else per_order.select(**aggs)
        frame = frame.join(ends, on=keys, how="left") if keys else pl.concat([frame, ends], how="horizontal")
    if "profit" in metrics and not any(sources.get(k) in ("time",) or (sources.get(k) == "line" and k != "customer_id")
                                       for k in keys):
        frame = _subtract_cost_to_serve(ds, frame, windowed, keys, schema["customer_id"])
    if "revenue_share" in metrics:
        # no grouping and no filter: the only part is the window, so its share is of all the data up to the
        # analysis date ("Anteil Umsatz 1997 am Gesamtumsatz"), never 100 % of itself
        whole = not keys and not filters and (start is not None or end is not None)
        frame = _with_share(frame, keys, unwindowed, None if whole else start, None if whole else end,
                            customer_scoped)
    if "customer_id" in keys:
        frame = frame.filter(pl.col("_has_order").fill_null(False))
    out = frame.collect()
    fill = {m: 0 for m in ("orders", "customers", "new_customers", "order_lines", "documents", "return_documents",
                           "return_lines")
            if m in out.columns}
    out = out.with_columns(*(pl.col(m).fill_null(v).cast(pl.Int64) for m, v in fill.items()))
    if keys and metrics:  # "Retouren je Rückgabegrund": the lines without a reason (the sales) are no group of 0
        nothing = pl.any_horizontal(pl.col(keys).is_null()) & pl.all_horizontal(
            [(pl.col(m).is_null() | (pl.col(m) == 0)) if out.schema[m].is_numeric() else pl.col(m).is_null()
             for m in metrics])
        out = out.filter(~nothing)
    return label_periods(out.select(*keys, *metrics), keys, fiscal_of(ds))


def _window(lines: pl.LazyFrame, start: dt.date | None, end: dt.date | None) -> pl.LazyFrame:
    if start is not None:
        lines = lines.filter(pl.col("order_day") >= start)
    if end is not None:
        lines = lines.filter(pl.col("order_day") < end)
    return lines


def _line_aggregations(metrics: Sequence[str], schema: pl.Schema, default_margin: float) -> dict[str, pl.Expr]:
    revenue = pl.col("line_amount").sum()
    key = "order_code" if "order_code" in schema else "order_key"
    orders = pl.col(key).filter(pl.col("is_order")).n_unique()
    gross = (pl.col("gross_profit") if "gross_profit" in schema else gross_profit_expr(schema, default_margin)).sum()
    table = {
        "revenue": revenue,
        "revenue_share": revenue,  # divided later
        "orders": orders,
        "aov": revenue / orders.cast(pl.Float64),
        "unattributed_revenue": pl.col("line_amount").filter(pl.col("customer_id").is_null()).sum(),
        "unattributed_share": pl.col("line_amount").filter(pl.col("customer_id").is_null()).sum() / revenue,
        "order_lines": pl.len(),
        "documents": pl.col(key).n_unique(),  # every document (invoice, credit note, return), not only orders
        "returns": 0.0 - pl.col("line_amount").filter(pl.col("is_return")).sum(),  # reversing lines, positive
        "return_documents": pl.col(key).filter(pl.col("is_return")).n_unique(),
        "return_lines": pl.col("is_return").sum(),
        # returns ÷ gross sales: the reversing lines' value over the sales lines' value before returns
        "return_rate": (0.0 - pl.col("line_amount").filter(pl.col("is_return")).sum())
        / pl.col("line_amount").filter(~pl.col("is_return")).sum(),
        "quantity": pl.col("quantity").sum(),
        "quantity_per_order": pl.col("quantity").sum() / orders.cast(pl.Float64),  # units per order
        "profit": gross,
        "margin": gross / revenue,
    }
    return {m: table[m] for m in metrics if m in table}


def attribute_frame(ds: Dataset, columns: list[str], attributes: pl.DataFrame | None,
                     id_dtype: pl.DataType) -> pl.DataFrame:
    frame: Any = None  # one frame per column joined; None for no columns, as before
    for column in columns:
        source = attributes if attributes is not None and column in attributes.columns else ds.customers
        part = source.select("customer_id", column).unique(subset="customer_id", keep="first")
        part = part.with_columns(pl.col("customer_id").cast(id_dtype))
        frame = part if frame is None else frame.join(part, on="customer_id", how="full", coalesce=True)
    return frame


def _customer_counts(ds: Dataset, windowed: pl.LazyFrame, keys: list[str], metrics: Sequence[str],
                     start: dt.date | None, end: dt.date | None, fast_new: bool = False) -> pl.LazyFrame:
    """customers / new_customers per group from attributed lines of valid orders.

    ``fast_new``: no filters and only calendar keys, so a customer is new in period P exactly when its
    first order day lies in P and in the window: counted on the per-customer first days directly."""
    rows = windowed.filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
    aggs: dict[str, pl.Expr] = {}
    if "customers" in metrics:
        aggs["customers"] = pl.col("customer_id").n_unique()
    if "new_customers" in metrics and fast_new:
        first = first_order_days(ds)
        if start is not None:
            first = first.filter(pl.col("first_day") >= start)
        if end is not None:
            first = first.filter(pl.col("first_day") < end)
        first = first.rename({f"first_{k}": k for k in keys})
        new = first.group_by(keys).agg(new_customers=pl.len()) if keys else first.select(new_customers=pl.len())
        if not aggs:
            return new
        counts = rows.group_by(keys).agg(**aggs) if keys else rows.select(**aggs)
        return counts.join(new, on=keys, how="full", coalesce=True) if keys else pl.concat([counts, new],
                                                                                           how="horizontal")
    if "new_customers" in metrics:
        rows = rows.join(first_order_days(ds), on="customer_id", how="left")
        is_new = pl.lit(True)
        if start is not None:
            is_new &= pl.col("first_day") >= start
        if end is not None:
            is_new &= pl.col("first_day") < end
        for key in keys:
            if key in TIME_DIMENSIONS:
                is_new &= pl.col(f"first_{key}") == pl.col(key)
        aggs["new_customers"] = pl.col("customer_id").filter(is_new).n_unique()
    return rows.group_by(keys).agg(**aggs) if keys else rows.select(**aggs)


def _subtract_cost_to_serve(ds: Dataset, frame: pl.LazyFrame, windowed: pl.LazyFrame, keys: list[str],
                            id_dtype: pl.DataType) -> pl.LazyFrame:
    """Profit = gross profit − cost_to_serve of the customers in the group (only when the grouping is
    by customer or customer attribute: a customer's cost cannot be split across countries or months)."""
    if not _has_values(ds.customers, "cost_to_serve"):
        return frame
    cost = ds.customers.select(pl.col("customer_id").cast(id_dtype), pl.col("cost_to_serve").fill_null(0.0)).lazy()
    columns = list(dict.fromkeys([*keys, "customer_id"]))
    members = windowed.filter(pl.col("customer_id").is_not_null()).select(columns).unique()
    per_group = members.join(cost, on="customer_id", how="left")
    per_group = (per_group.group_by(keys).agg(cts=pl.col("cost_to_serve").sum()) if keys
                 else per_group.select(cts=pl.col("cost_to_serve").sum()))
    if keys:
        joined = frame.join(per_group, on=keys, how="left")
    else:
        joined = pl.concat([frame, per_group], how="horizontal")
    return joined.with_columns(profit=pl.col("profit") - pl.col("cts").fill_null(0.0)).drop("cts")


def _with_share(frame: pl.LazyFrame, keys: list[str], unfiltered: pl.LazyFrame, start: dt.date | None,
                end: dt.date | None, customer_scoped: bool) -> pl.LazyFrame:
    if keys:
        return frame.with_columns(revenue_share=pl.col("revenue_share") / pl.col("revenue_share").sum())
    reference = _window(unfiltered, start, end)
    if customer_scoped:
        reference = reference.filter(pl.col("customer_id").is_not_null())
    total = reference.select(_total=pl.col("line_amount").sum())
    return pl.concat([frame, total], how="horizontal").with_columns(
        revenue_share=pl.col("revenue_share") / pl.col("_total")).drop("_total")
