"""Which canonical table a file holds, judged from its headers alone.

Rules, first match wins (metrics.md names the tables; the order resolves overlaps such as 'Datum',
which is a synonym in several tables):

1. coupons           — a coupon id or an issued date is found
2. survey_responses  — satisfaction, nps, importance or repurchase intent is found
3. order_lines       — customer id + order date + (amount or quantity/price)
4. interactions      — customer id + a date + a kind column, and nothing order-like
5. customers         — a customer id (plus anything else: attributes), unless the file is clearly an
                        order file lacking its date or amount (then order_lines, so the error names it)
6. order_lines       — otherwise, so the error names what an order file lacks (the common case)

User overrides (``--map``) count: a target that exists only in one table decides for it.
"""

from __future__ import annotations

from insight.errors import InputError
from insight.io.mapping import IGNORE, HeaderMatch, canonical_column, match_headers
from insight.schema import COUPONS, CUSTOMERS, INTERACTIONS, ORDER_LINES, SURVEY_RESPONSES, TABLES, Table, normalise_header


def _only_in(target: str) -> list[Table]:
    return [t for t in TABLES.values() if canonical_column(t, target)]


def guess_table(headers: list[str], overrides: dict[str, str] | None = None,
                source: str = "<frame>") -> HeaderMatch:
    """The HeaderMatch of the table this source most likely holds (see module rules)."""
    overrides = overrides or {}
    present = {normalise_header(h) for h in headers}
    # a --map naming a column of another file of the same import does not decide this file's table
    targets = [t for s, t in overrides.items() if t != IGNORE and (s in headers or normalise_header(s) in present)]
    candidates = list(TABLES.values())
    for target in targets:
        owners = _only_in(target)
        candidates = [t for t in candidates if t in owners]
    if not candidates:
        raise InputError(f"{source}: the --map targets {', '.join(targets)} do not fit one table; "
                         "name the table explicitly (--table)")
    matches = {t.name: match_headers(headers, t, _fit(overrides, t), source) for t in candidates}

    def has(table: Table, *cols: str) -> bool:
        m = matches.get(table.name)
        return m is not None and all(c in m.canonical for c in cols)

    def any_of(table: Table, *cols: str) -> bool:
        return any(has(table, c) for c in cols)

    if any_of(COUPONS, "coupon_id", "issued_at", "redeemed_at"):
        return matches["coupons"]
    if any_of(SURVEY_RESPONSES, "satisfaction", "nps", "importance", "repurchase_intent", "aspect"):
        return matches["survey_responses"]
    order_like = has(ORDER_LINES, "amount") or has(ORDER_LINES, "quantity") or has(ORDER_LINES, "unit_price")
    if has(ORDER_LINES, "customer_id", "order_date") and order_like:
        return matches["order_lines"]
    if has(INTERACTIONS, "customer_id", "happened_at", "kind") and not order_like:
        return matches["interactions"]
    if has(CUSTOMERS, "customer_id"):
        if has(ORDER_LINES, "order_date") or (order_like and any_of(ORDER_LINES, "order_id", "product_id")):
            # a customer id and a date but no amount, or order columns without a date: an order file
            # that lacks a required column — the error should say which, not import it as customers
            return matches["order_lines"]
        return matches["customers"]
    if "order_lines" in matches:
        return matches["order_lines"]
    return next(iter(matches.values()))


def _fit(overrides: dict[str, str], table: Table) -> dict[str, str]:
    """The overrides that apply to ``table`` (targets it has, and ignores)."""
    return {s: t for s, t in overrides.items() if t == IGNORE or canonical_column(table, t)}
