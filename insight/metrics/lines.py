"""Prepared order lines: line amount, returns, order validity: the conventions of metrics.md, once.

Every metric starts from ``prepared_lines``: a lazy frame of the canonical order lines before the
analysis date with these columns added:

- ``line_amount``: ``amount`` where given, else ``quantity * unit_price``; returns are ``-|x|``.
- ``is_return``: negative quantity or amount, or an ``order_id`` C+digits where that convention holds
  (detected per data set, see ``insight.metrics.conventions``).
- lines whose status says cancelled/returned are left out: they were never a sale.
- ``order_key``: ``order_id``, or customer + day where the source had no order id.
- ``is_order``: the line's order has non-return lines summing to a positive amount (a real order), not all
  of it taken back by reversing lines of the same order (a sale refunded in full).
- ``order_day``: the calendar day of ``order_date``.
"""

from __future__ import annotations

import datetime as dt
import re

import polars as pl

from insight.dataset import Dataset


# what an order may keep after its returns and still be refunded in full (rounding of the refund: half a cent)
REFUNDED_IN_FULL = 0.005


def line_amount_expr() -> pl.Expr:
    """Signed line amount: returns and cancellations are always negative."""
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    return pl.when(pl.col("is_return")).then(-raw.abs()).otherwise(raw)


def is_return_expr(c_prefix: bool = True) -> pl.Expr:
    expr = (pl.col("quantity").fill_null(0) < 0) | (pl.col("amount").fill_null(0) < 0)
    if c_prefix:
        expr = expr | pl.col("order_id").fill_null("").str.starts_with("C")
    return expr


def prepare(lines: pl.LazyFrame, as_of: dt.date, order_ids_complete: bool = False,
            c_prefix: bool = True, drop_cancelled: bool | str = False) -> pl.LazyFrame:
    """Add line_amount, is_return, order_key, is_order, order_day; keep lines before ``as_of``.

    ``order_ids_complete`` (every line has an order_id, as after any import) skips building the
    customer + day fallback key, which costs a string per line.
    """
    base = prepare_lean(lines, as_of, order_ids_complete, c_prefix, drop_cancelled)
    # an order is real when its non-return lines sum to a positive amount and its returns (reversing lines of the
    # same order: a refund booked against its charge) do not take all of it back (group-by + join beats a window)
    real = (
        base.group_by("order_key")
        .agg(pl.col("line_amount").filter(~pl.col("is_return")).sum().alias("_kept"),
             pl.col("line_amount").sum().alias("_net"))
        .filter((pl.col("_kept") > 0) & (pl.col("_net") > REFUNDED_IN_FULL))
        .select("order_key", is_order=pl.lit(True))
    )
    return base.join(real, on="order_key", how="left", maintain_order="left").with_columns(
        pl.col("is_order").fill_null(False)
    )


def prepare_lean(lines: pl.LazyFrame, as_of: dt.date, order_ids_complete: bool = False,
                 c_prefix: bool = True, drop_cancelled: bool | str = False) -> pl.LazyFrame:
    """``prepare`` without ``is_order``: the same rows in the same order with the same other columns. polars
    cannot drop the real-order join of ``prepare`` from a query that never reads ``is_order`` (a left join could
    repeat rows, as far as it knows), so a lazy query that needs no order validity runs on these (issue 16)."""
    cutoff = dt.datetime.combine(as_of, dt.time())
    if order_ids_complete:
        key = pl.col("order_id")
    else:
        key = pl.coalesce(
            pl.col("order_id"),
            pl.concat_str([pl.col("customer_id").cast(pl.String), pl.col("order_date").dt.strftime("%Y%m%d")],
                          separator="-"),
        )
    kept = pl.col("order_date") < cutoff
    if drop_cancelled:
        from insight.metrics.conventions import cancelled_expr

        kept = kept & ~cancelled_expr(won=drop_cancelled == "won")
    return (
        lines.filter(kept)
        .with_columns(is_return=is_return_expr(c_prefix), order_key=key, order_day=pl.col("order_date").dt.date())
        .with_columns(line_amount=line_amount_expr())
    )


LEAN_KEY = "prepared_lines.lean"  # Dataset cache key (with the analysis date) of lazy lines without is_order


def lean_lines(ds: Dataset) -> pl.LazyFrame | None:
    """The prepared lines without ``is_order`` (``prepare_lean``) where a lazy path put them in the Dataset's cache
    beside its lazy prepared lines (insight.cli.ask_cmds, insight.query.streamed); else None."""
    return ds._cache.get((LEAN_KEY, ds.as_of))


def gross_profit_expr(schema: pl.Schema, default_margin: float) -> pl.Expr:
    """Line gross profit (metrics.md, "Line profit", "Margin"): the data's own profit column where it has a
    value; else line_amount × (unit_price − unit_cost) / unit_price where unit_cost is known; else
    line_amount × the default margin. The one place this rule is written."""
    out = pl.col("line_amount") * default_margin
    if "unit_cost" in schema and "unit_price" in schema:
        known = pl.col("unit_cost").is_not_null() & pl.col("unit_price").is_not_null() & (pl.col("unit_price") != 0)
        own = pl.col("line_amount") * (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")
        out = pl.when(known).then(own).otherwise(out)
    if "line_profit" in schema:
        out = pl.coalesce(pl.col("line_profit"), out)
    return out


def prepared_lines(ds: Dataset) -> pl.LazyFrame:
    """The dataset's order lines prepared for metrics (cached per Dataset, collected once)."""
    from insight.metrics.conventions import c_prefix_for, won_only

    from insight.metrics.conventions import second_status

    complete = ds.order_lines.get_column("order_id").null_count() == 0
    c_prefix = c_prefix_for(ds)
    status: bool | str = ds.order_lines.get_column("line_status").null_count() < ds.order_lines.height or \
        second_status(ds) is not None
    if status and won_only(ds):
        status = "won"  # a deal pipeline: only won deals are sales
    frame = ds.cached(("prepared_lines", ds.as_of), lambda: _prepare_with_client_columns(ds, complete, c_prefix, status))
    return frame.lazy()


def _prepare_with_client_columns(ds: Dataset, complete: bool, c_prefix: bool, status: bool | str) -> pl.DataFrame:
    """prepare() on the canonical columns, then the client's own columns put beside the result: prepare
    keeps the kept lines in their order, so the client columns need no copy through its filter and
    join (ten extra text columns would otherwise double the cost of the first question)."""
    from insight.metrics.conventions import credit_documents, non_sale_documents, second_status

    client = ds.client_columns("order_lines")
    lines = ds.order_lines
    second = second_status(ds)
    if second is not None:  # 'Zahlungsstatus = Erstattet' beside 'Bestellstatus = Abgeschlossen': never a sale
        lines = lines.with_columns(line_status=second)
    refunded = refund_column(ds)
    if refunded is not None:  # refunded in full (refund > 0, nothing left after it): no sale, whatever the status
        lines = lines.filter(~((pl.col(refunded).fill_null(0) > 0) & (pl.col("amount").fill_null(1).abs() < 0.005)))
    fees = non_sale_documents(ds)
    if fees is not None:  # a settlement's fees and payouts are neither sales nor returns: left out here, once
        lines = lines.filter(~pl.col(fees[0]).is_in(list(fees[1])).fill_null(False))
    credit = credit_documents(ds)
    if credit is not None:  # a credit note with a positive amount reverses a sale: made negative here, once
        is_credit = pl.col(credit[0]).is_in(list(credit[1])).fill_null(False)
        # the amount, the quantity and the other sums of money ('Betrag inkl. MwSt.', 'MwSt'): a credit note's
        # gross subtracts like its net
        lines = lines.with_columns(
            pl.when(is_credit).then(-pl.col(c).abs()).otherwise(pl.col(c)).alias(c)
            for c in ("amount", "quantity", *money_columns(ds)))
    if not client:
        return prepare(lines.lazy(), ds.as_of, complete, c_prefix, status).collect()
    core = prepare(lines.drop(client).lazy(), ds.as_of, complete, c_prefix, status).collect()
    extra = lines.select(client)
    keep = pl.col("order_date") < dt.datetime.combine(ds.as_of, dt.time())
    if status:
        from insight.metrics.conventions import cancelled_expr

        keep = keep & ~cancelled_expr(won=status == "won")
    mask = lines.select(keep.fill_null(False)).to_series()
    if not bool(mask.all()):
        extra = extra.filter(mask)
    return core.hstack(extra)


# header words of a client column holding a sum of money of the document (gross, tax, net), compared on the
# normalised header so German compounds count ('Bruttobetrag', 'Betrag inkl. MwSt.'); a rate or share never does
_MONEY_HEADER = re.compile(r"betrag|brutto|netto|mwst|ust$|^ust|steuer|tax|vat|total|gross|^net|net$|amount|summe|"
                           r"umsatz|revenue|erlos|erloes|"
                           # freight and the Romance headers' money words ('Valor do frete', 'Importe', 'IVA')
                           r"freight|shipping|versand|fracht|frete|^valor|importe|monto|montant|imposto|impuesto|iva$|"
                           # the other European taxes and totals (tr 'KDV', 'Genel Toplam', 'Tutar'; hu 'ÁFA',
                           # 'Összeg'; 'TVA', 'BTW', 'Moms', 'DPH') and Japanese money headers ('消費税', '税込金額')
                           r"kdv|^afa$|toplam|tutar|osszeg|^tva|^btw|^moms|^dph|消費税|税額|金額|税込|税抜")
_NOT_MONEY_HEADER = re.compile(r"percent|prozent|rate|quote|satz|anteil|share|pct")


def money_columns(ds: Dataset) -> tuple[str, ...]:
    """The numeric client line columns named as a sum of money (gross, tax, net): signed like the amount on a
    credit note (cached)."""
    from insight.schema import normalise_header

    def find() -> tuple[str, ...]:
        schema = ds.order_lines.schema
        out = []
        for c in ds.client_columns("order_lines"):
            norm = normalise_header(ds.client_labels.get(c, c))
            if schema[c].is_numeric() and _MONEY_HEADER.search(norm) and not _NOT_MONEY_HEADER.search(norm):
                out.append(c)
        return tuple(out)

    return ds.cached("conventions.money_columns", find)


def refund_column(ds: Dataset) -> str | None:
    """The numeric client line column of the amount refunded ('Total Refunded', 'total_refunded.amount'), beside an
    amount the import lowered by it: a line left at 0 by its refund was refunded in full and is no sale, also where
    its status ('Closed' in Magento) does not say so — so no figure of the client's columns (shipping, tax) counts
    it. None where there is no such column (cached)."""
    from insight.schema import is_refund_header

    def find() -> str | None:
        schema = ds.order_lines.schema
        found = [c for c in ds.client_columns("order_lines") if schema[c].is_numeric()
                 and is_refund_header(ds.client_labels.get(c, c))]
        return found[0] if len(found) == 1 else None

    return ds.cached("conventions.refund_column", find)


def attributed(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Lines with a customer id: the basis of every metric about customers."""
    return lines.filter(pl.col("customer_id").is_not_null())
