"""Metric frames for a plan: per family (line, customer, loyalty/survey/coupon) and joined on the groups.

Every function returns a polars DataFrame with the group columns (canonical dimension names) first and
one column per metric; the executor sorts, cuts and words it. Segment dimensions (rfm_segment,
abc_class, cluster, quadrant, cohort, tenure_band, age_band) are per-customer attributes computed on all data up to the
analysis date and joined in; a window then restricts the lines that are counted, not the segments.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import polars as pl

from insight.dataset import Dataset
from insight.errors import MissingDataError
from insight.metrics.grouped import TIME_DIMENSIONS, FilterSpec, dimension_source, grouped_metrics
from insight.metrics.lines import prepared_lines
from insight.query.plan import Filter, TimeWindow
from insight.segments import SEGMENT_COLUMNS, segment_column
from insight.semantic import SEMANTIC_MODEL

SEGMENT_DIMENSIONS = (*SEGMENT_COLUMNS.values(), "cohort", "tenure_band", "age_band")
LINE_ONLY_DIMENSIONS = ("country", "product_id", "channel")


def segment_attributes(ds: Dataset, names: Sequence[str], period: TimeWindow | None = None) -> pl.DataFrame | None:
    """customer_id + the requested derived per-customer columns; with ``period`` the ABC classes are computed
    on that window's lines ("ABC classes for 2011 only"), every other segment on all data."""
    wanted = [n for n in dict.fromkeys(names) if n in SEGMENT_DIMENSIONS]
    if not wanted:
        return None
    frame: pl.DataFrame | None = None
    for name in wanted:
        if period is not None and not period.is_all and name == "abc_class":
            key = ("query.segment_attribute", ds.as_of, name, period.start, period.end)
            part = ds.cached(key, lambda: _abc_of_window(ds, period))
        else:
            part = ds.cached(("query.segment_attribute", ds.as_of, name), lambda n=name: _segment_column(ds, n))
        frame = part if frame is None else frame.join(part, on="customer_id", how="full", coalesce=True)
    return frame


def _abc_of_window(ds: Dataset, window: TimeWindow) -> pl.DataFrame:
    """customer_id, abc_class computed on the window's revenue (docs/metrics.md, ABC of a period)."""
    from insight.segments.abc import abc_table

    lines = prepared_lines(ds)
    if window.start is not None:
        lines = lines.filter(pl.col("order_day") >= window.start)
    if window.end is not None:
        lines = lines.filter(pl.col("order_day") < window.end)
    return abc_table(ds, lines).select("customer_id", "abc_class")


def _segment_column(ds: Dataset, name: str) -> pl.DataFrame:
    if name in SEGMENT_COLUMNS.values():
        return segment_column(ds, name)
    if name in ("tenure_band", "age_band"):
        from insight.metrics.bands import band_frame

        return band_frame(ds, name)
    lines = prepared_lines(ds)
    return (
        lines.filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
        .group_by("customer_id")
        .agg(cohort=pl.col("order_day").min().dt.strftime("%Y-%m"))
        .collect()
    )


def _filter_specs(filters: Sequence[Filter]) -> list[FilterSpec]:
    return [(f.dimension, f.op, f.values) for f in filters]


def line_frame(ds: Dataset, metrics: Sequence[str], group_by: Sequence[str], filters: Sequence[Filter],
               window: TimeWindow, segment_of_window: bool = False) -> pl.DataFrame:
    """Line metrics via the grouped engine; customer attributes and segments are joined onto the lines
    once per dataset and attribute set (cached), so repeated segment breakdowns stay fast."""
    from insight.metrics.grouped import dimension_source, lines_with_attributes

    used = list(dict.fromkeys([*group_by, *(f.dimension for f in filters)]))
    attrs = segment_attributes(ds, used, window if segment_of_window else None)
    customer_cols = [n for n in used if n not in SEGMENT_DIMENSIONS and dimension_source(ds, n, attrs) == "attribute"]
    joined = sorted({*(n for n in used if n in SEGMENT_DIMENSIONS), *customer_cols})
    lines = None
    if joined:
        frame = attrs
        if customer_cols:
            extra = ds.customers.select("customer_id", *customer_cols).unique(subset="customer_id", keep="first")
            if frame is None:
                frame = extra
            else:
                frame = frame.join(extra.with_columns(pl.col("customer_id").cast(frame.schema["customer_id"])),
                                   on="customer_id", how="full", coalesce=True)
        assert frame is not None  # a joined name is a segment (attrs) or a customer column (extra)
        # the classes of a window are other attributes than the classes at the analysis date: their own key
        key = (*joined, window.start, window.end) if segment_of_window else tuple(joined)
        lines = lines_with_attributes(ds, frame, key)
    return grouped_metrics(ds, metrics, by=group_by, filters=_filter_specs(filters), start=window.start,
                           end=window.end, attributes=attrs, lines=lines)


def is_scoped(filters: Sequence[Filter], window: TimeWindow) -> bool:
    """Whether the lines are restricted at all (else the cached whole-data tables apply)."""
    return bool(filters) or not window.is_all


def filtered_lines(ds: Dataset, filters: Sequence[Filter], window: TimeWindow,
                   extra_by: Sequence[str] = ()) -> pl.LazyFrame:
    """Prepared lines restricted by window and filters (customer attributes joined where needed), with
    the time and attribute columns of ``extra_by`` added."""
    from insight.metrics.grouped import attribute_frame, engine_lines, filter_expr, fiscal_of, time_label

    lines = engine_lines(ds)
    used = list(dict.fromkeys([*extra_by, *(f.dimension for f in filters)]))
    attrs = segment_attributes(ds, used)
    sources = {n: dimension_source(ds, n, attrs) for n in used}
    attr_cols = [n for n, s in sources.items() if s == "attribute"]
    if attr_cols:
        frame = attribute_frame(ds, attr_cols, attrs, lines.collect_schema()["customer_id"])
        lines = lines.join(frame.lazy(), on="customer_id", how="inner")
    for name, source in sources.items():
        if source == "time" and name not in lines.collect_schema():
            lines = lines.with_columns(time_label(name, pl.col("order_day"), fiscal_of(ds)).alias(name))
    for f in filters:
        lines = lines.filter(filter_expr(f.dimension, f.op, f.values, lines.collect_schema()[f.dimension]))
    if window.start is not None:
        lines = lines.filter(pl.col("order_day") >= window.start)
    if window.end is not None:
        lines = lines.filter(pl.col("order_day") < window.end)
    return lines


# -- per-customer metrics (customer table, CLV) -----------------------------------------------------
CUSTOMER_TABLE_METRICS = ("customer_capital", "tenure_months", "purchase_rate", "days_between_orders",
                          "days_to_second_order")
CLV_METRICS = ("clv", "p_alive", "churn_risk", "expected_orders")
# derived here: customer_value = customer_capital + clv; value_at_risk from churn_risk and 12 months' revenue


def clv_table(ds: Dataset) -> pl.DataFrame:
    from insight.clv.value import customer_clv

    return ds.cached(("query.clv", ds.as_of), lambda: customer_clv(ds))


def customer_values(ds: Dataset, metrics: Sequence[str], filters: Sequence[Filter], window: TimeWindow,
                    group_by: Sequence[str]) -> pl.DataFrame:
    """One row per (group keys, customer) with the per-customer metric values."""
    from insight.metrics.customer_table import customer_table

    if any(g in TIME_DIMENSIONS for g in group_by):
        raise MissingDataError("per-customer values such as CLV cannot be split by month, quarter or year; "
                               "group them by a customer attribute or segment instead")
    lines = filtered_lines(ds, filters, window) if is_scoped(filters, window) else None
    table = customer_table(ds, lines)
    wanted = list(dict.fromkeys(metrics))
    if "customer_value" in wanted:  # customer_capital + clv, each joined below when not asked for itself
        wanted += [m for m in ("customer_capital", "clv") if m not in wanted]
    cols = ["customer_id", *[m for m in wanted if m in CUSTOMER_TABLE_METRICS]]
    table = table.select(cols)
    clv_cols = [m for m in wanted if m in CLV_METRICS]
    if clv_cols:
        table = table.join(clv_table(ds).select("customer_id", *clv_cols), on="customer_id", how="inner")
    if "customer_value" in wanted:
        table = table.with_columns(customer_value=pl.col("customer_capital") + pl.col("clv"))
        table = table.drop([m for m in ("customer_capital", "clv") if m not in metrics])
    keys = [g for g in group_by if g != "customer_id"]
    # the client's line attributes (not constant per customer) count like countries: every value bought under
    client_lines = [c for c in ds.client_columns("order_lines") if c not in ds.customers.columns]
    line_keys = [g for g in keys if g in LINE_ONLY_DIMENSIONS or g in client_lines]
    if keys:
        attr_keys = [g for g in keys if g not in line_keys]
        if line_keys:  # a customer counts in every country (product, channel) it bought in
            pairs = filtered_lines(ds, filters, window).filter(pl.col("customer_id").is_not_null()).select(
                "customer_id", *line_keys).unique().collect()
            table = table.join(pairs, on="customer_id", how="inner")
        if attr_keys:
            attrs = segment_attributes(ds, attr_keys)
            for key in attr_keys:
                source = attrs if attrs is not None and key in attrs.columns else ds.customers
                if key not in source.columns:
                    raise MissingDataError(f"the data has no '{key}' values (column '{key}' of the customers table "
                                           "is missing)")
                part = source.select(pl.col("customer_id").cast(table.schema["customer_id"]), key)
                table = table.join(part, on="customer_id", how="left")
    if "value_at_risk" in wanted:
        table = _with_value_at_risk(ds, table, filters, window, line_keys)
    return table


def _with_value_at_risk(ds: Dataset, table: pl.DataFrame, filters: Sequence[Filter], window: TimeWindow,
                        line_keys: Sequence[str] = ()) -> pl.DataFrame:
    """value_at_risk per customer (revenue of the last 12 months before the analysis date when churn_risk
    ≥ 50 %, else 0) plus the helper columns its aggregation needs; an explicit window replaces the 12 months.
    By a line dimension (country, product, channel) the revenue is the customer's revenue in that group."""
    from insight.analyses.value_at_risk import revenue_by_customer, risk_window, with_value_at_risk

    start, end = (window.start, window.end) if not window.is_all else risk_window(ds.as_of)
    revenue = revenue_by_customer(filtered_lines(ds, filters, TimeWindow()), start, end, by=line_keys)
    return with_value_at_risk(table, clv_table(ds), revenue, by=line_keys)


def customer_frame(ds: Dataset, metrics: Sequence[str], group_by: Sequence[str], filters: Sequence[Filter],
                   window: TimeWindow, aggregate: str | None) -> pl.DataFrame:
    table = customer_values(ds, metrics, filters, window, group_by)
    if list(group_by) == ["customer_id"]:
        return table.select("customer_id", *metrics)
    keys = [g for g in group_by if g != "customer_id"]
    aggs = {}
    for m in metrics:
        if m == "value_at_risk":  # a sum over the customers at risk, with their count and summed clv beside it
            from insight.analyses.value_at_risk import value_at_risk_aggs

            extra = value_at_risk_aggs(aggregate, "clv" if "clv" not in metrics else "clv_at_risk")
            aggs.update({k: v for k, v in extra.items() if k == m or k not in metrics})
            continue
        # grouped per-customer values compare groups by their mean (as ltv_by_channel does); a total sums
        how = aggregate or ("mean" if keys else SEMANTIC_MODEL.metric(m).aggregate)
        aggs[m] = pl.col(m).mean() if how == "mean" else pl.col(m).sum()
    return table.group_by(keys).agg(**aggs) if keys else table.select(**aggs)


def order_count_expr(min_orders: int | None, max_orders: int | None, n: str = "n") -> pl.Expr:
    """Whether a customer's order count ``n`` lies in [min_orders (default 1), max_orders]."""
    expr = pl.col(n) >= (min_orders or 1)
    return expr & (pl.col(n) <= max_orders) if max_orders is not None else expr


def customers_with_min_orders(ds: Dataset, filters: Sequence[Filter], window: TimeWindow,
                              min_orders: int | None, max_orders: int | None = None) -> Filter:
    """A customer_id filter for "the customers with ≥ N orders" in the window and filters, so that any line
    or per-customer metric can be restricted to them. No such customer gives a filter nobody passes."""
    ids = (filtered_lines(ds, filters, window)
           .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
           .group_by("customer_id").agg(n=pl.col("order_code").n_unique())
           .filter(order_count_expr(min_orders, max_orders)).select("customer_id").collect().to_series())
    return _id_filter(ids)


def customers_by_spend(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, op: str, value: float,
                       upper: float | None = None) -> Filter:
    """A customer_id filter for the customers whose revenue in the window and filters compares with ``value``
    ("spent more than 100"); returns and cancellations count as in revenue. Nobody passing gives a filter
    nobody passes."""
    revenue = pl.col("revenue")
    test = {"gt": revenue > value, "ge": revenue >= value, "lt": revenue < value, "le": revenue <= value}[op]
    test = test if upper is None else test & (revenue <= upper)  # "between 1,000 and 5,000": both ends included
    ids = (filtered_lines(ds, filters, window)
           .filter(pl.col("customer_id").is_not_null())
           .group_by("customer_id").agg(revenue=pl.col("line_amount").sum())
           .filter(test).select("customer_id").collect().to_series())
    return _id_filter(ids)


def customers_by_churn_risk(ds: Dataset, op: str, value: float) -> Filter:
    """A customer_id filter for the customers whose modelled churn risk (1 − P(alive), BG/NBD) compares with
    ``value`` (a fraction): "Abwanderungsrisiko über 80 %". Nobody passing gives a filter nobody passes."""
    risk = pl.col("churn_risk")
    test = {"gt": risk > value, "ge": risk >= value, "lt": risk < value, "le": risk <= value}[op]
    ids = clv_table(ds).filter(test).get_column("customer_id")
    return _id_filter(ids)


def customers_inactive_since(ds: Dataset, filters: Sequence[Filter], since: dt.date) -> Filter:
    """A customer_id filter for the customers whose last order (under the filters, up to the analysis date)
    lies before ``since``. No such customer gives a filter nobody passes."""
    ids = (filtered_lines(ds, filters, TimeWindow())
           .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
           .group_by("customer_id").agg(last=pl.col("order_day").max())
           .filter(pl.col("last") < since).select("customer_id").collect().to_series())
    return _id_filter(ids)


def customers_top_percent(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, percent: float) -> Filter:
    """A customer_id filter for the best ``percent`` % of customers by revenue in the window and filters: the
    first ceil(percent/100 · n) of them, ties broken by id so the set is stable."""
    per = (filtered_lines(ds, filters, window).filter(pl.col("customer_id").is_not_null())
           .group_by("customer_id").agg(revenue=pl.col("line_amount").sum(), orders=pl.col("is_order").any())
           .filter(pl.col("orders")).sort(["revenue", "customer_id"], descending=[True, False]).collect())
    n = math.ceil(per.height * percent / 100)
    ids = per.get_column("customer_id").head(n)
    return _id_filter(ids)


def scoped_dataset(ds: Dataset, filters: Sequence[Filter]) -> Dataset:
    """The dataset restricted to the customers (and, for line dimensions, the order lines) the filters
    select: a whole analysis asked for a part of the customers ("Kohorten der B2B-Kunden", "Empfehlungen in
    Deutschland") is computed on that part, never on everyone."""
    if not filters:
        return ds
    import copy

    customers = ds.customers
    if customers.height and all(f.dimension in customers.columns and f.dimension not in ds.order_lines.columns
                                for f in filters):
        # only customer attributes ("NPS der B2B-Kunden"): the customers table says who, with or without orders
        from insight.metrics.grouped import filter_expr

        for f in filters:
            customers = customers.filter(filter_expr(f.dimension, f.op, f.values, customers.schema[f.dimension]))
        ids = customers.get_column("customer_id").drop_nulls().unique()
        if ds.order_lines.height:
            ids = ids.cast(ds.order_lines.schema["customer_id"], strict=False).drop_nulls()
    else:
        ids = (filtered_lines(ds, filters, TimeWindow()).filter(pl.col("customer_id").is_not_null())
               .select("customer_id").unique().collect().to_series())
    scoped = copy.copy(ds)
    scoped._cache = {}
    line_filters = [f for f in filters if f.dimension in ds.order_lines.columns]
    lines = ds.order_lines.filter(pl.col("customer_id").is_in(ids.implode()))
    if line_filters:
        from insight.metrics.grouped import filter_expr

        for f in line_filters:
            lines = lines.filter(filter_expr(f.dimension, f.op, f.values, lines.schema[f.dimension]))
    scoped.order_lines = lines
    for table in ("customers", "survey_responses", "coupons", "interactions"):
        frame = getattr(ds, table)
        if frame.height and "customer_id" in frame.columns:
            setattr(scoped, table, frame.filter(pl.col("customer_id").is_in(ids.cast(frame.schema["customer_id"]).implode())))
    return scoped


def customers_of_population(ds: Dataset, population: str) -> Filter:
    """A customer_id filter for a seed concept's customers over the relationship so far: unprofitable
    (profit < 0), those whose customer capital has (not) yet paid back their acquisition cost, with(out) a
    contact detail, or the promoters / passives / detractors of the NPS survey (their latest answer)."""
    from insight.metrics.payback import payback_table, unprofitable_customers

    if population in ("promoters", "passives", "detractors"):
        from insight.analyses.survey import nps_class_customers

        ids = nps_class_customers(ds, population)
        return _id_filter(ids.cast(ds.order_lines.schema["customer_id"], strict=False).drop_nulls())
    if population.startswith(("with_", "without_")):
        has, column = population.split("_", 1)
        if column not in ds.customers.columns or ds.customers.get_column(column).null_count() == ds.customers.height:
            raise MissingDataError(f"the customers have no '{column}' column, so customers with or without one "
                                   "cannot be counted")
        present = pl.col(column).is_not_null() & (pl.col(column).cast(pl.String).str.strip_chars() != "")
        ids = ds.customers.filter(present if has == "with" else ~present).get_column("customer_id")
    elif population == "respondents":
        ids = _survey_people(ds, population)
    elif population == "unprofitable":
        ids = unprofitable_customers(ds).get_column("customer_id")
    else:
        table = payback_table(ds)
        keep = pl.col("paid_back") if population == "paid_back" else ~pl.col("paid_back")
        ids = table.filter(keep).get_column("customer_id")
    return _id_filter(ids)


def _survey_people(ds: Dataset, population: str) -> pl.Series:
    """Respondents: the customers with a survey answer (promoters, passives and detractors are
    ``insight.analyses.survey.nps_class_customers``)."""
    answers = ds.survey_responses
    if answers.height == 0 or "customer_id" not in answers.columns:
        raise MissingDataError("this needs survey answers, and the data holds none")
    return answers.get_column("customer_id").drop_nulls().unique()


def customers_by_nps_answer(ds: Dataset, op: str, value: float) -> Filter:
    """A customer_id filter for the customers whose latest NPS answer (0–10) compares so with ``value``."""
    answers = ds.survey_responses
    if answers.height == 0 or "nps" not in answers.columns or answers.get_column("nps").null_count() == answers.height:
        raise MissingDataError("this needs NPS answers (0–10), and the data holds none")
    order = [c for c in ("response_date",) if c in answers.columns]
    latest = (answers.filter(pl.col("nps").is_not_null()).sort(order or "customer_id")
              .group_by("customer_id").agg(pl.col("nps").last()))
    score = pl.col("nps")
    test = {"eq": score == value, "gt": score > value, "ge": score >= value, "lt": score < value,
            "le": score <= value}[op]
    return _id_filter(latest.filter(test).get_column("customer_id"))


def customers_by_survey_answer(ds: Dataset, column: str, op: str, value: float, within: Sequence[Filter]) -> Filter:
    """A customer_id filter for the customers whose latest answer in the survey column ``column`` (among the
    survey rows passing ``within``, e.g. one aspect) compares so with ``value``."""
    from insight.metrics.grouped import filter_expr

    answers = ds.survey_responses
    if answers.height == 0 or column not in answers.columns or answers.get_column(column).null_count() == answers.height:
        raise MissingDataError(f"this needs survey answers in '{column}', and the data holds none")
    for f in within:
        if f.dimension not in answers.columns:
            raise MissingDataError(f"the survey responses have no '{f.dimension}' column")
        answers = answers.filter(filter_expr(f.dimension, f.op, f.values, answers.schema[f.dimension]))
    order = [c for c in ("response_date",) if c in answers.columns]
    latest = (answers.filter(pl.col(column).is_not_null()).sort(order or "customer_id")
              .group_by("customer_id").agg(pl.col(column).last()))
    score = pl.col(column)
    test = {"eq": score == value, "gt": score > value, "ge": score >= value, "lt": score < value,
            "le": score <= value}[op]
    return _id_filter(latest.filter(test).get_column("customer_id"))


def customers_by_complaints(ds: Dataset, op: str, n: int) -> Filter:
    """A customer_id filter for the customers whose number of complaints (interactions of a complaint kind,
    every customer counted, none = 0) compares so with ``n``."""
    from insight.analyses.interactions import complaint_flags

    count = pl.col("complaints")
    test = {"gt": count > n, "ge": count >= n, "lt": count < n, "le": count <= n}[op]
    return _id_filter(complaint_flags(ds).filter(test).get_column("customer_id"))


def customers_by_redemption(ds: Dataset, redeemed: bool) -> Filter:
    """A customer_id filter for the customers with a redeemed voucher (a redemption date in the coupons table), or
    (``redeemed`` False) every customer of the orders without one."""
    coupons = ds.coupons
    if coupons.height == 0 or "redeemed_at" not in coupons.columns:
        raise MissingDataError("this needs a coupons table with redemption dates, and the data holds none")
    users = coupons.filter(pl.col("redeemed_at").is_not_null()).get_column("customer_id").drop_nulls().unique()
    if redeemed:
        return _id_filter(users)
    buyers = ds.order_lines.get_column("customer_id").drop_nulls().unique()
    return _id_filter(buyers.filter(~buyers.is_in(users.implode())))


def customers_with_each(ds: Dataset, filters: Sequence[Filter], window: TimeWindow, column: str,
                        values: Sequence[str]) -> Filter:
    """A customer_id filter for the customers with an order line (or attribute) of every value in the window
    and filters ("sowohl Furniture als auch Technology"); nobody passing gives a filter nobody passes."""
    wanted = Filter(dimension=column, values=tuple(values))
    ids = (filtered_lines(ds, [*filters, wanted], window)
           .filter(pl.col("customer_id").is_not_null() & pl.col("is_order"))
           .group_by("customer_id").agg(n=pl.col(column).n_unique())
           .filter(pl.col("n") >= len(set(values))).select("customer_id").collect().to_series())
    return _id_filter(ids)


def _id_filter(ids: pl.Series) -> Filter:
    """customer_id IN ids; an empty set becomes a value no id has, so the restriction still holds."""
    nobody = "" if ids.dtype == pl.String else -1
    return Filter(dimension="customer_id", values=tuple(ids.sort().to_list()) or (nobody,))
