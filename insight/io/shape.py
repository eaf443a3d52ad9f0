"""Shape checks on a raw frame once its table is chosen: a file that only looks like a customers table.

A customers table has one row per customer; rows are merged per customer id when it is written. A file whose
customer ids repeat beside an amount column is rather order lines or period totals without a date (weekly
figures per customer): merging those rows would lose every amount but one, so the import is refused in one
line naming the file, the columns and the ``--map`` to use (docs/import.md, "Customers tables").
"""

from __future__ import annotations

import re

import polars as pl

from insight.errors import InputError
from insight.io.mapping import HeaderMatch, match_headers
from insight.schema import CUSTOMERS, ORDER_LINES, normalise_header

# a customer's running totals (Klaviyo 'Historic Number Of Orders', 'Total Spent', Shopify 'Total Orders',
# 'Lifetime Value', 'Orders Count'): a customers table with figures per customer, not order lines
_TOTALS_HEADER = re.compile(r"(?:total|historic|lifetime|numberof|count|sum|gesamt|anzahl).*(?:orders|spent|spend|"
                            r"revenue|value|bestellungen|umsatz|auftraege)|(?:orders|order)count|lifetimevalue|"
                            r"^(?:clv|ltv|cltv)$|totalspent|amountspent")


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


def customers_with_totals(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str] | None,
                          source: str, key: str | None) -> HeaderMatch:
    """A file guessed as order lines that lacks an order date or an amount, whose customer key (id or e-mail,
    ``key``) is filled and unique on every row, beside a customer's totals ('Total Orders', 'Total Spent',
    'Historic Customer Lifetime Value'): a customers table (one row per customer), as with ``--table customers``
    (docs/import.md, "Customers tables"). Else ``match`` unchanged."""
    if match.table is not ORDER_LINES or key is None or frame.height < 2 or not (
            {"order_date", "amount"} & set(match.missing())):
        return match
    totals = [h for h in frame.columns if h != key and _TOTALS_HEADER.search(normalise_header(h))]
    ids = frame.get_column(key).cast(pl.String).str.strip_chars()
    if not totals or ids.null_count() or (ids == "").any() or ids.n_unique() != frame.height:
        return match
    fixed = {**(overrides or {}), key: "customer_id"}
    customers = match_headers(list(frame.columns), CUSTOMERS, fixed, source)
    customers.notes.append(f"one row per customer ('{key}', unique on every row) beside the customer's totals "
                           f"({', '.join(repr(h) for h in totals[:3])}): a customers table, not order lines")
    return customers
