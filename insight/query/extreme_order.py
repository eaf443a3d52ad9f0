"""The largest / smallest single order named: "Was war die größte Einzelbestellung?" answers with the order's
value and says which order it was — its number (where the data has order numbers), its customer and its day — in
the table (``order_id``, ``customer_id``, ``order_date`` before the value) and in the text. An order is what
``max_order_value`` / ``min_order_value`` measure: an order's sales lines (no returns) summed, in window and
filters; of several orders with the same value the earliest is named."""

from __future__ import annotations

import polars as pl

from insight.dataset import Dataset
from insight.messages import say
from insight.metrics.grouped import ORDER_EXTREMES
from insight.query.plan import QueryPlan

_DATE_FORMAT = {"de": "%d.%m.%Y", "en": "%Y-%m-%d"}
def names_the_order(plan: QueryPlan, frame: pl.DataFrame) -> bool:
    """One figure of one extreme order, nothing grouped: the order itself can be named."""
    return (plan.intent == "metric" and len(plan.metrics) == 1 and plan.metrics[0] in ORDER_EXTREMES
            and not plan.group_by and frame.height == 1 and plan.metrics[0] in frame.columns
            and frame.item(0, plan.metrics[0]) is not None)


def the_order(plan: QueryPlan, restricted: QueryPlan, ds: Dataset, frame: pl.DataFrame,
              text: str) -> tuple[pl.DataFrame, str]:
    """``frame`` with the order's id, customer and day before the value, and ``text`` naming them."""
    from insight.query.frames import filtered_lines

    metric, lang = plan.metrics[0], plan.language
    lines = filtered_lines(ds, restricted.filters, plan.window)
    schema = lines.collect_schema()
    code = "order_code" if "order_code" in schema else "order_key"
    has_id = "order_id" in schema
    per_order = (lines.filter(pl.col("is_order") & ~pl.col("is_return"))
                 .group_by(code)
                 .agg(_value=pl.col("line_amount").sum(), order_date=pl.col("order_day").min(),
                      customer_id=pl.col("customer_id").drop_nulls().first(),
                      **({"order_id": pl.col("order_id").drop_nulls().first().cast(pl.String)} if has_id else {}))
                 # the order whose value is the answer's (rounded as shown): the largest or the smallest alike
                 .with_columns(_off=(pl.col("_value") - float(frame.item(0, metric))).abs())
                 .sort(["_off", "order_date", code]).head(1).collect())
    if per_order.height == 0:
        return frame, text
    row = per_order.row(0, named=True)
    ids = [c for c in ("order_id", "customer_id", "order_date") if c in per_order.columns and row[c] is not None]
    named = frame.with_columns(pl.lit(row[c], dtype=per_order.schema[c]).alias(c) for c in ids).select(
        *ids, *frame.columns)
    day = row["order_date"].strftime(_DATE_FORMAT.get(lang, _DATE_FORMAT["en"]))
    key = ("extreme_order_id" if row.get("order_id") is not None else "extreme_order_day") + \
        ("_customer" if row["customer_id"] is not None else "")
    sentence = say(key, lang, order=row.get("order_id"), customer=row["customer_id"], day=day)
    return named, f"{text} {sentence}"
