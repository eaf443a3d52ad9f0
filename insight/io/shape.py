"""Shape checks on a raw frame once its table is chosen: a file that only looks like a customers table.

A customers table has one row per customer; rows are merged per customer id when it is written. A file whose
customer ids repeat beside an amount column is rather order lines or period totals without a date (weekly
figures per customer): merging those rows would lose every amount but one, so the import is refused in one
line naming the file, the columns and the ``--map`` to use (docs/import.md, "Customers tables").
"""

from __future__ import annotations

import polars as pl

from insight.errors import InputError
from insight.io.mapping import HeaderMatch, match_headers
from insight.schema import ORDER_LINES


def refuse_repeated_customers_with_amounts(frame: pl.DataFrame, match: HeaderMatch, source: str) -> None:
    """Raise when a frame read as customers repeats customer ids beside an amount column (module doc)."""
    if match.table.name != "customers" or frame.height < 2:
        return
    customer = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
    if customer is None:
        return
    lines = match_headers(list(frame.columns), ORDER_LINES, None)
    amount = next((h for h, c in lines.mapping.items() if c == "amount"), None)
    if amount is None:
        return
    ids = frame.get_column(customer).cast(pl.String).str.strip_chars().drop_nulls()
    ids = ids.filter(ids != "")
    distinct = ids.n_unique()
    if distinct == 0 or ids.len() - distinct < max(2, ids.len() // 10):
        return  # one row per customer (a few duplicates are a customers table's own problem)
    raise InputError(f"{source}: '{customer}' repeats ({ids.len():,} rows for {distinct:,} customers) beside the "
                     f"amounts of '{amount}': these look like orders or period totals without a date, not a "
                     'customers table; map the date with --map "Header=order_date" (or give a Year column with '
                     "a Quarter, Month or calendar week column)")
