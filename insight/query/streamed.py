"""Answers over order lines larger than memory: a lazy scan of a Parquet file on polars' streaming engine.

``insight ask Q --data big.parquet`` reads the whole file into memory (about 400 bytes per line at
the peak). When that would not fit (the memory guard, ``insight.io.memory``, refuses the file) or with
``--stream``, the question is answered from a lazy scan instead:

- the headers are mapped from the Parquet footer (``insight.io.canonical.resolve``, the same rules as an
  import) and every canonical column is typed by an expression on the scan; nothing is read yet;
- a few streaming passes read only the columns they need: the facts the parser and the conventions ask of
  the data (distinct values of the few text dimensions, which columns have values, the latest order date,
  the order-id convention, cancelled and reversing line counts) and, for the question, the line metrics;
- the parser and the executor are the ordinary ones. They see a *skeleton* Dataset (one row per distinct
  combination of the text dimensions, holding the latest order date and a value in every column that has
  one) and find the prepared lines in its cache as a lazy frame over the scan, so the grouped engine
  (``insight.metrics.grouped``) builds its usual query and polars runs it on the streaming engine.

Only what that can answer exactly is answered: line metrics (revenue, orders, customers, AOV, lines,
quantity, unattributed revenue) in total, over time (year, quarter, month) or by a line dimension
(country, channel, status, currency), with filters on those and any time window. Anything else is a
one-line error that names what works. ``customer_summary`` gives the per-customer table (orders, revenue,
first and last order, recency / frequency / monetary value) from the same scan.

What an import does beyond typing (totals rows, order totals repeated per line, credit-note columns, client
columns, plausibility bounds) is not done on this path: it is for clean typed Parquet files, such as an
export of a workspace or a warehouse table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from insight.dataset import CANONICAL_LABEL, FIRST_DAY_KEY, Dataset
from insight.errors import InputError
from insight.language import Language
from insight.messages import say
from insight.schema import ORDER_LINES

# line metrics the grouped engine computes from prepared lines alone
STREAM_METRICS = ("revenue", "orders", "customers", "aov", "order_lines", "quantity", "unattributed_revenue")
TEXT_DIMENSIONS = ("country", "channel", "line_status", "currency")  # low-cardinality line columns
TIME_DIMENSIONS = ("year", "quarter", "month")
STREAM_INTENTS = ("metric", "rank", "trend", "compare")
_MAX_DISTINCT = 5_000  # a "dimension" with more values than this is no dimension (values.py indexes ≤ 500)


@dataclass
class StreamSource:
    """A Parquet file as lazy canonical order lines: ``lines`` types every canonical column on the scan."""

    path: Path
    lines: pl.LazyFrame
    mapping: dict[str, str]  # source header -> canonical column


def _text(expr: pl.Expr) -> pl.Expr:
    t = expr.cast(pl.String).str.strip_chars()
    return pl.when(t == "").then(None).otherwise(t)


def _typed(name: str, dtype: pl.DataType, src: pl.DataType, header: str, source: str) -> pl.Expr:
    col = pl.col(header)
    if name == "customer_id" and (src.is_integer() or src.is_float()):
        return col.cast(pl.Int64, strict=False).alias(name)  # a Dataset's integer ids (Dataset._harmonise_ids)
    if name in ("customer_id", "order_id", "product_id"):
        if src.is_float():  # 17850.0 -> '17850' (insight.io.coerce.to_id)
            return col.fill_nan(None).cast(pl.Int64, strict=False).cast(pl.String).alias(name)
        return _text(col).alias(name)
    if dtype == pl.String:
        return _text(col).alias(name)
    if dtype.is_float():
        if not src.is_numeric():
            raise InputError(f"{source}: column '{header}' ({name}) is {src}, not a number; streaming reads typed "
                             "Parquet columns only (import the file instead, or convert the column)")
        return col.cast(pl.Float64).alias(name)
    if isinstance(dtype, pl.Datetime):
        if not (src == pl.Date or isinstance(src, pl.Datetime)):
            raise InputError(f"{source}: column '{header}' ({name}) is {src}, not a date; streaming reads typed "
                             "Parquet columns only (import the file instead, or convert the column)")
        return col.cast(pl.Datetime("us")).dt.replace_time_zone(None).alias(name) if isinstance(src, pl.Datetime) \
            and src.time_zone else col.cast(pl.Datetime("us")).alias(name)
    return col.cast(dtype).alias(name)


def scan(path: str | Path, mapping: dict[str, str] | None = None) -> StreamSource:
    """The file's order lines under canonical names and types, as a lazy frame (nothing is read but the
    footer). InputError (one line) for a file that is not Parquet or not order lines."""
    from insight.io.canonical import resolve

    path = Path(path)
    source = str(path)
    if path.suffix.lower() not in (".parquet", ".pq"):
        raise InputError(f"{source}: streaming reads Parquet files only; convert it (or import it into a workspace)")
    try:
        schema = pl.read_parquet_schema(path)
    except Exception as err:  # noqa: BLE001 - missing, truncated, not Parquet: one line
        first = (str(err).strip().splitlines() or [type(err).__name__])[0][:160]
        raise InputError(f"{source}: not a readable Parquet file ({first})") from None
    match = resolve(list(schema), "order_lines", mapping, source)
    by_canonical = {c: h for h, c in match.mapping.items()}
    if "customer_id" not in by_canonical:
        raise InputError(f"{source}: streaming needs a customer id column (customers identified by name are "
                         "answered in memory only)")
    exprs = []
    for name, dtype in ORDER_LINES.columns.items():
        header = by_canonical.get(name)
        exprs.append(pl.lit(None, dtype).alias(name) if header is None
                     else _typed(name, dtype, schema[header], header, source))
    return StreamSource(path, pl.scan_parquet(path).select(exprs), dict(match.mapping))


# ---------------------------------------------------------------------------------------------
# facts of the whole file, in streaming passes

def _collect(frame: pl.LazyFrame) -> pl.DataFrame:
    return frame.collect(engine="streaming")


def facts(src: StreamSource) -> dict[str, object]:
    """One streaming pass for what the rest needs of the whole file: which columns have values, how many
    distinct values each text dimension has, whether every line has an order id, and the counts of
    reversing lines (with and without the C-prefix rule) and of cancelled lines."""
    from insight.metrics.conventions import cancelled_expr

    signed = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
    # null_count and approx_n_unique run on the streaming engine in bounded memory (``any`` and ``n_unique``
    # measured 0.8-1.6 GB on 10 M lines); the distinct counts only decide which dimensions the skeleton
    # groups by, the skeleton itself is exact
    row = _collect(src.lines.select(
        *(pl.col(c).null_count().alias(f"nulls:{c}") for c in ORDER_LINES.columns),
        *(pl.col(c).approx_n_unique().alias(f"distinct:{c}") for c in TEXT_DIMENSIONS),
        lines=pl.len(),
        reversing=signed.sum(),
        reversing_c=(signed | pl.col("order_id").fill_null("").str.starts_with("C")).sum(),
        cancelled=cancelled_expr().sum(),
        date_min=pl.col("order_date").min().dt.date(),
    )).row(0, named=True)
    row.update({f"has:{c}": row[f"nulls:{c}"] < row["lines"] for c in ORDER_LINES.columns})
    row["ids_missing"] = row["nulls:order_id"]
    return row


def skeleton(src: StreamSource, known: dict[str, object]) -> pl.DataFrame:
    """One line per distinct combination of the text dimensions (country, channel, status, currency), with
    the latest order date and, in every other column that has values anywhere, one of them: the parser and
    the conventions see the same distinct values, the same columns with values and the same analysis date
    as on the whole file."""
    present = {c: bool(known[f"has:{c}"]) for c in ORDER_LINES.columns}
    keys = [c for c in TEXT_DIMENSIONS if present[c] and int(known[f"distinct:{c}"]) <= _MAX_DISTINCT]  # type: ignore[call-overload]
    others = [c for c in ORDER_LINES.columns if c not in keys]
    aggs = [pl.col("order_date").max()] + [pl.col(c).drop_nulls().first() for c in others if c != "order_date"]
    frame = _collect(src.lines.group_by(keys).agg(aggs)) if keys else _collect(src.lines.select(aggs))
    # the latest order date on every row keeps as_of; a column that has values has them on every row
    frame = frame.with_columns(pl.col("order_date").max())
    fills = [pl.col(c).fill_null(pl.col(c).drop_nulls().first()) for c in others if present[c]]
    frame = frame.with_columns(fills) if fills else frame
    return frame.select(list(ORDER_LINES.columns))


def _ids_complete(lines: pl.LazyFrame) -> bool:
    return int(_collect(lines.select(pl.col("order_id").null_count())).item()) == 0


def c_prefix(lines: pl.LazyFrame) -> bool:
    """insight.metrics.conventions.c_prefix_applies on the distinct order ids of the whole file."""
    from insight.metrics.conventions import c_prefix_applies

    ids = _collect(lines.select(pl.col("order_id").drop_nulls().unique())).get_column("order_id")
    return c_prefix_applies(ids)


def conventions(ds: Dataset, prefix: bool, known: dict, values: tuple[str, ...]):
    """insight.metrics.conventions.detect of the whole order lines, from ``known`` (``facts``) and the
    cancelled status values."""
    from insight.metrics.conventions import Conventions, credit_documents, currency_of

    rev = int(known["reversing_c" if prefix else "reversing"] or 0)
    can = int(known["cancelled"] or 0)
    rule = getattr(ds.settings, "cancellation_rule", "auto") or "auto"
    parts = ["negative quantity or amount = return"]
    if prefix:
        parts.append("order ids C+digits = reversal" + (" (setting)" if rule == "c_prefix" else " (detected)"))
    elif rule == "no_c_prefix":
        parts.append("C-prefixed ids are ordinary orders (setting)")
    if known["has:line_status"]:
        parts.append(f"status {', '.join(values) if values else 'cancelled/returned'} = never a sale")
    credit = credit_documents(ds)  # a client column; neither path here has client columns: None
    if credit is not None:
        parts.append(f"{credit[0]} {', '.join(map(str, credit[1]))} = reversal (credit note), counted negative")
    profit = ("line_profit" if known["has:line_profit"] else "unit_cost" if known["has:unit_cost"]
              else "default_margin")
    currency, source = currency_of(ds)
    return Conventions(c_prefix=prefix, cancellation_rule="; ".join(parts), reversing_lines=rev,
                       cancelled_lines=can, cancelled_values=values, profit_source=profit,
                       margin_assumed=profit == "default_margin", currency=currency, currency_source=source)


def streamed_prepare(lines: pl.LazyFrame, as_of: dt.date, order_ids_complete: bool, c_prefix_rule: bool,
                     drop_cancelled: bool) -> pl.LazyFrame:
    """insight.metrics.lines.prepare for the streaming engine. prepare() joins the lines with their own
    real-order keys, so the scan appears twice in one query and polars caches it whole (on 100 M lines
    that cache alone outgrew 12 GB); here the real-order keys are collected first, in their own streaming
    pass, and the lines then flow through a join with that small frame. Same rules, same columns."""
    from insight.metrics.lines import prepare

    probe = prepare(lines, as_of, order_ids_complete, c_prefix_rule, drop_cancelled)
    # prepare's plan is base.join(real).with_columns(...): rebuild it from its parts with real collected
    cutoff = dt.datetime.combine(as_of, dt.time())
    from insight.metrics.lines import is_return_expr, line_amount_expr

    key = pl.col("order_id") if order_ids_complete else pl.coalesce(
        pl.col("order_id"),
        pl.concat_str([pl.col("customer_id").cast(pl.String), pl.col("order_date").dt.strftime("%Y%m%d")],
                      separator="-"))
    kept = pl.col("order_date") < cutoff
    if drop_cancelled:
        from insight.metrics.conventions import cancelled_expr

        kept = kept & ~cancelled_expr()
    base = (lines.filter(kept)
            .with_columns(is_return=is_return_expr(c_prefix_rule), order_key=key, order_day=pl.col("order_date").dt.date())
            .with_columns(line_amount=line_amount_expr()))
    from insight.metrics.lines import REFUNDED_IN_FULL

    real = _collect(base.group_by("order_key")
                    .agg(pl.col("line_amount").filter(~pl.col("is_return")).sum().alias("_kept"),
                         pl.col("line_amount").sum().alias("_net"))
                    .filter((pl.col("_kept") > 0) & (pl.col("_net") > REFUNDED_IN_FULL))
                    .select("order_key", is_order=pl.lit(True)))
    out = base.join(real.lazy(), on="order_key", how="left").with_columns(pl.col("is_order").fill_null(False))
    if out.collect_schema() != probe.collect_schema():  # prepare() changed: follow it, whatever it costs
        return probe
    return out


def with_lazy_lines(ds: Dataset, lines: pl.LazyFrame, known: dict, detected_c_prefix: bool | None,
                    cancelled_values: tuple[str, ...], streaming: bool = False) -> Dataset:
    """``ds`` (a skeleton) with the conventions of the whole lines and the prepared lines as a lazy frame
    over ``lines`` in its cache, where ``prepared_lines`` and ``engine_lines`` find them. Call it after
    ``with_as_of`` / ``with_settings``: a new Dataset starts with an empty cache. ``detected_c_prefix`` is
    the order-id rule detected on the whole lines (None: detect it now, only if the settings leave it open)."""
    from insight.metrics.lines import prepare

    rule = getattr(ds.settings, "cancellation_rule", "auto") or "auto"
    if rule == "auto" and detected_c_prefix is None:
        detected_c_prefix = bool(known["has:order_id"]) and c_prefix(lines)
    prefix = rule == "c_prefix" or (rule == "auto" and bool(detected_c_prefix))
    ds._cache["conventions.c_prefix"] = prefix
    ds._cache["conventions"] = conventions(ds, prefix, known, cancelled_values)
    first = known.get("date_min")  # the skeleton's lines all carry the latest date: the first is the whole lines'
    if first is not None:
        ds._cache[FIRST_DAY_KEY] = first if isinstance(first, dt.date) else dt.date.fromisoformat(str(first))
    id_type = ds.order_lines.schema["customer_id"]  # as Dataset._harmonise_ids typed the skeleton
    typed = lines.with_columns(pl.col("customer_id").cast(pl.String).cast(id_type))
    build = streamed_prepare if streaming else prepare
    complete, status = int(known["ids_missing"]) == 0, bool(known["has:line_status"])
    prepared = build(typed, ds.as_of, complete, prefix, status)
    ds._cache[("prepared_lines", ds.as_of)] = prepared  # a LazyFrame: ``.lazy()`` of it is itself
    ds._cache[("grouped.engine_lines", ds.as_of)] = prepared
    if not streaming:  # the same lines without is_order, for queries that never read it (insight.metrics.grouped)
        from insight.metrics.lines import LEAN_KEY, prepare_lean

        ds._cache[(LEAN_KEY, ds.as_of)] = prepare_lean(typed, ds.as_of, complete, prefix, status)
    return ds


def streamed_dataset(path: str | Path, mapping: dict[str, str] | None = None,
                     as_of: dt.date | None = None, currency: str | None = None) -> Dataset:
    """The skeleton Dataset of a Parquet file whose prepared lines are a lazy scan (see the module
    docstring); only ``supported`` plans may be executed on it, on the streaming engine (``answer``)."""
    from insight.metrics.conventions import cancelled_expr

    src = scan(path, mapping)
    known = facts(src)
    frame = skeleton(src, known)
    labels = {CANONICAL_LABEL + col: header for header, col in src.mapping.items()}
    ds = Dataset(order_lines=frame, source=str(path), client_labels=labels)
    if currency:
        ds = ds.with_settings(currency=currency.strip().upper())
    ds = ds.with_as_of(as_of)
    values: tuple[str, ...] = ()
    if known["cancelled"]:
        values = tuple(sorted(_collect(src.lines.filter(cancelled_expr()).select(pl.col("line_status").unique()))
                              .get_column("line_status").to_list()))
    return with_lazy_lines(ds, src.lines, known, None, values, streaming=True)


def supported(plan) -> str | None:
    """None when the streaming path answers ``plan`` exactly, else why not (one line)."""
    if plan.status != "ok":
        return None  # clarifications and refusals need no data
    if plan.intent not in STREAM_INTENTS:
        return f"'{plan.intent}' questions"
    if set(plan.metrics) - set(STREAM_METRICS):
        return ", ".join(sorted(set(plan.metrics) - set(STREAM_METRICS)))
    dims = set(plan.group_by) | {f.dimension for f in plan.filters}
    if dims - set(TIME_DIMENSIONS) - set(TEXT_DIMENSIONS):
        return "grouping or filtering by " + ", ".join(sorted(dims - set(TIME_DIMENSIONS) - set(TEXT_DIMENSIONS)))
    if plan.population != type(plan.population)() or plan.aggregate is not None or plan.customer_id is not None:
        return "questions about a group of customers"  # any population (churn risk, new, ≥ N orders, …) needs
        # the whole lines: the skeleton holds one line per customer
    return None


def not_streamable(lang: Language, what: str) -> str:
    names = ", ".join(STREAM_METRICS)
    for key in ("streamed_grouping_by", "streamed_customer_group", "streamed_questions"):
        what = what.replace(say(key, "en"), say(key, lang))  # the reason is built in English above
    return say("streamed_not_answerable", lang, metrics=names, what=what)


def plan_for(question: str, ds: Dataset):
    """(the Session, the plan of ``question`` on the skeleton, None or why the lazy lines cannot answer it)."""
    from insight.query.session import Session

    session = Session(ds)
    plan = session.plan(question)
    why = supported(plan)
    if why is None and plan.status == "ok" and _counts_cancelled_orders(plan, ds):
        why = "orders of every status"  # the cancelled orders are read from the whole lines, not the skeleton
    return session, plan, why


def _counts_cancelled_orders(plan, ds: Dataset) -> bool:
    """Orders by every status ('orders by order status') or of a cancel status beside another ('cancelled or on
    hold'): they count the cancelled orders from the lines themselves, which the skeleton does not hold."""
    from insight.query.every_status import every_status_counted
    from insight.query.status_union import named_never_a_sale

    return every_status_counted(plan, ds) or named_never_a_sale(plan.filters)


def answer(question: str, ds: Dataset):
    """The Answer to one question on a streamed Dataset: planned by the ordinary parser on the skeleton,
    refused in one sentence when ``supported`` says no, else executed with every collect on the streaming
    engine."""
    from insight.answer import Answer

    session, plan, why = plan_for(question, ds)
    if why is not None:
        return Answer(question=question, language=plan.language, status="error",
                      text=not_streamable(plan.language, why), plan=plan.to_json(), as_of=ds.as_of)
    with pl.Config(engine_affinity="streaming"):
        return session.ask(question)


# ---------------------------------------------------------------------------------------------
# the customer summary

def customer_summary(lines: pl.LazyFrame, as_of: dt.date, c_prefix_rule: bool = True,
                     drop_cancelled: bool = False) -> pl.DataFrame:
    """Per customer: orders, revenue, first and last order day, recency (days since the last order at
    ``as_of``), frequency (repeat order days) and monetary value (mean value of the repeat order days),
    from canonical lines on the streaming engine. Orders and revenue follow prepare(): an order is real
    when its lines, returns included, sum to more than 0; revenue is every line of the customer (returns negative)
    before ``as_of``; frequency / monetary_value are those of insight.clv.summary."""
    from insight.clv.summary import collect_summary

    prepared = streamed_prepare(lines, as_of, _ids_complete(lines), c_prefix_rule, drop_cancelled).filter(
        pl.col("customer_id").is_not_null())
    per = _collect(prepared.group_by("customer_id").agg(
        orders=pl.col("order_key").filter(pl.col("is_order")).n_unique().cast(pl.Int64),
        revenue=pl.col("line_amount").sum(),
        first_order=pl.col("order_day").filter(pl.col("is_order")).min(),
        last_order=pl.col("order_day").filter(pl.col("is_order")).max()))
    rfm = collect_summary(lines, as_of, c_prefix=c_prefix_rule, drop_cancelled=drop_cancelled)
    out = per.join(rfm, on="customer_id", how="left").with_columns(
        days_since_last=(pl.lit(as_of, dtype=pl.Date) - pl.col("last_order")).dt.total_days())
    return out.sort("customer_id")
