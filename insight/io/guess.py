"""Which canonical table a file holds, judged from its headers alone.

Rules, first match wins (metrics.md names the tables; the order resolves overlaps such as 'Datum',
which is a synonym in several tables):

1. coupons           — a coupon id or an issued or redeemed date is found, on no complete order lines
2. survey_responses  — satisfaction, nps, importance or repurchase intent is found
3. order_lines       — customer id + order date + (amount or quantity/price)
4. interactions      — customer id + a date + a kind column, and nothing order-like
5. customers         — a customer id (plus anything else: attributes), unless the file is clearly an
                        order file lacking its date or amount (then order_lines, so the error names it)
6. customers         — an e-mail column and nothing order-like (a CRM keyed by e-mail)
7. order_lines       — otherwise, so the error names what an order file lacks (the common case)

User overrides (``--map``) count: a target that exists only in one table decides for it.
"""

from __future__ import annotations

import re

import polars as pl

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

    order_like = has(ORDER_LINES, "amount") or has(ORDER_LINES, "quantity") or has(ORDER_LINES, "unit_price")
    complete_lines = has(ORDER_LINES, "customer_id", "order_date") and order_like
    # a coupon column on complete order lines (a shop's 'Coupon Code' of an order) is an order attribute
    if any_of(COUPONS, "coupon_id", "issued_at", "redeemed_at") and not complete_lines:
        return matches["coupons"]
    if any_of(SURVEY_RESPONSES, "satisfaction", "nps", "importance", "repurchase_intent", "aspect"):
        return matches["survey_responses"]
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
    if has(CUSTOMERS, "email") and not order_like and not has(ORDER_LINES, "order_date"):
        # a CRM keyed by e-mail (weclapp 'Email', no number): the address is the key
        matches["customers"].notes.append("an e-mail column and no order columns: a customers table keyed by e-mail")
        return matches["customers"]
    if "order_lines" in matches:
        return matches["order_lines"]
    return next(iter(matches.values()))


def _fit(overrides: dict[str, str], table: Table) -> dict[str, str]:
    """The overrides that apply to ``table`` (targets it has, and ignores)."""
    return {s: t for s, t in overrides.items() if t == IGNORE or canonical_column(table, t)}


# a date, with or without a time of day, as text ('2024-03-05 14:22:10', '05.03.2024 14:30', '05.03.24')
# (a 12-hour clock too: Toast's '3/5/24 7:32 PM')
_DATE_TEXT = (r"^\s*\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}\.?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
              r"\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$")


# a compact date (yyyymmdd, SAP's and legacy systems' 'BUDAT', 'FKDAT', 'RGDAT' = 20240315) counts only under a
# header that says date ('…DAT', '…DATE', '…DATUM', 'Fecha', 'Data'): elsewhere eight digits are a number
_YYYYMMDD = r"^\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*$"
_DATE_HEADER = re.compile(r"(?:dat|date|datum|dt)$|^(?:dat|date|datum|fecha|data)")


def dated_by_values(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str] | None,
                    source: str = "<frame>") -> HeaderMatch:
    """An order file whose date header is a word no list knows ('Eingang', 'Termin', 'Abholung'): when the order-line
    headers name the customer (id or name) but no order date, the first other column, in source order, whose every
    value is a date (typed, or text with or without a time) and that differs between one customer's rows is the
    order date — a customer's rows on several dates are orders, never a customers table (one row per customer holds
    one date per customer). Returns ``match`` unchanged when there is no such column (docs/import.md, table guessing)."""
    if match.table.name not in ("customers", "order_lines") or frame.height < 2:
        return match
    overrides = overrides or {}
    present = set(frame.columns) | {normalise_header(h) for h in frame.columns}
    if any(t != IGNORE and canonical_column(ORDER_LINES, t) is None
           and (s in present or normalise_header(s) in present) for s, t in overrides.items()):
        return match  # the user's --map names a column that no order file has
    headers = list(frame.columns)
    lines = match if match.table is ORDER_LINES else match_headers(headers, ORDER_LINES, _fit(overrides, ORDER_LINES),
                                                                   source)
    if "order_date" in lines.canonical:
        return match
    key = next((h for h, c in lines.mapping.items() if c == "customer_id"), None) \
        or next((h for h, c in lines.mapping.items() if c == "name"), None)
    if key is None:
        return match
    used = set(lines.mapping) | set(lines.ignored) | set(overrides)
    for header in headers:
        if header in used or not _dates(frame, header, source):
            continue
        value = pl.col(header).cast(pl.String).str.strip_chars()
        per_customer = frame.select(pl.col(key), value.replace("", None)).drop_nulls().group_by(key).agg(
            pl.col(header).n_unique().alias("n")).get_column("n").max()
        if not isinstance(per_customer, int) or per_customer < 2:
            continue  # one date per customer: an attribute (a sign-up date), not the date of orders
        lines.mapping[header] = "order_date"
        lines.mapping = {h: lines.mapping[h] for h in headers if h in lines.mapping}
        lines.notes.append(f"'{header}' holds a date on every line, several per customer ('{key}'): it is the order "
                           "date (the file is order lines, not a customers table)")
        return lines
    return match


def _dates(frame: pl.DataFrame, header: str, source: str) -> bool:
    """Whether every filled value of the column is a date (a date type, or text that parses as dates)."""
    from insight.io import coerce

    s = frame.get_column(header)
    if s.dtype in (pl.Date,) or isinstance(s.dtype, pl.Datetime):
        return s.drop_nulls().n_unique() > 1
    if s.dtype != pl.String:
        return False
    values = coerce.blank_to_null(s).drop_nulls()
    compact = _DATE_HEADER.search(normalise_header(header)) is not None and bool(values.str.contains(_YYYYMMDD).all())
    if values.len() < 2 or not (compact or bool(values.str.contains(_DATE_TEXT).all())):
        return False
    try:
        coerce.to_datetime(values.unique(), source, header, "order_date", [])
    except InputError:
        return False
    return True


# a bare number header ('Nr.', 'No.', 'Nummer', 'Number'): a document list's own number (Business Central's 'Nr.'),
# and an ERP's bare 'Vorgang' (the business transaction's number, 'AU-1001'; a type of transaction spans customers)
_BARE_NUMBERS = ("nr", "no", "nummer", "number", "vorgang",
                 # the other European languages' bare number ('Numero', 'Número', 'N°', 'Nro', 'Numer', 'Číslo')
                 "numero", "n", "nro", "numer", "cislo", "numar",
                 # an invoicing tool's document reference (FreeAgent 'Reference' = 'INV-00001')
                 "reference", "ref", "referenz",
                 # a document column holding the document's number (Moloni 'Documento' = 'FT 2024/123')
                 "documento", "document", "dokument", "doc",
                 # a backend dump's own row key ('id' beside 'user_id', 'created', 'amount')
                 "id")


def document_number(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str] | None) -> pl.DataFrame:
    """An order file without an order id whose bare number column ('Nr.') holds one customer and one date per value
    (a document has one of each; a customer number would span several dates) is the order id: the document list's own
    number, so two documents of a customer on one day are two orders. A number that restarts in each series of a
    series column beside it (SmartBill's 'Serie' FCT / STR and 'Numar' 0001) is the document only with its series:
    the two are joined into one order id column. A --map naming it is kept as given. Returns the frame (with the
    joined column where one was made)."""
    if match.table is not ORDER_LINES or "order_id" in match.canonical:
        return frame
    used = set(match.mapping) | set(match.ignored) | set(overrides or {})
    header = next((h for h in frame.columns if normalise_header(h) in _BARE_NUMBERS and h not in used), None)
    customer = next((h for h, c in match.mapping.items() if c == "customer_id"), None) \
        or next((h for h, c in match.mapping.items() if c == "name"), None)
    date = next((h for h, c in match.mapping.items() if c == "order_date"), None)
    if header is None or customer is None or date is None or frame.get_column(header).null_count():
        return frame
    series = next((h for h in frame.columns if normalise_header(h) in _SERIES and h not in used and h != header
                   and frame.get_column(h).null_count() == 0 and 2 <= frame.get_column(h).n_unique() <= 20), None)
    restarts = series is not None and frame.select(pl.struct(series, header).n_unique()).item() > \
        frame.get_column(header).n_unique()  # a number found in two series: each series numbers from 1
    if restarts and series is not None:
        if not _one_document_each(frame, [series, header], customer, date):
            return frame
        joined = f"{series} {header}"
        frame = frame.with_columns(pl.concat_str([pl.col(series).cast(pl.String), pl.col(header).cast(pl.String)],
                                                 separator="-").alias(joined))
        match.mapping[joined] = "order_id"
        match.mapping = {h: match.mapping[h] for h in frame.columns if h in match.mapping}
        match.notes.append(f"'{header}' restarts in each series of '{series}': the document is '{series}' + "
                           f"'{header}' ('{frame.get_column(joined)[0]}'), the order id")
        return frame
    if not _one_document_each(frame, [header], customer, date):
        return frame
    match.mapping[header] = "order_id"
    match.mapping = {h: match.mapping[h] for h in frame.columns if h in match.mapping}
    match.notes.append(f"'{header}' numbers the documents (one customer and one date each): it is the order id")
    return frame


# a document series beside its number (Romanian 'Serie', a German 'Nummernkreis', an invoice 'Prefix')
_SERIES = ("serie", "series", "seria", "sorozat", "nummernkreis", "belegkreis", "prefix", "praefix", "serienr")


def _one_document_each(frame: pl.DataFrame, keys: list[str], customer: str, date: str) -> bool:
    spans = frame.group_by(keys).agg(pl.col(customer).n_unique().alias("c"), pl.col(date).n_unique().alias("d"))
    return spans.height >= 2 and not bool((spans.get_column("c") > 1).any()) and \
        not bool((spans.get_column("d") > 1).any())
