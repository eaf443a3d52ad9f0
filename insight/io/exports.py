"""Widely used export formats recognised by their headers, and the conventions they carry (docs/import.md,
"Known exports").

A raw frame (source headers, text cells) passes :func:`recognise` before its headers are matched: a known
export's headers are mapped onto the canonical columns, and its conventions are applied to the values —
Stripe's amounts in cents with refunds in a second column, DATEV's unsigned amounts with a Soll/Haben key,
Amazon's ``item-price`` that is the line total, a CRM's deal stage and close date, revenue given per year
and quarter instead of per date. General rules cover the same conventions where the evidence is in the
data itself (a price column that grows with the quantity like a total). Every convention applied is one
import note starting with ``export convention:``; where the evidence is weak the import is refused in
one line naming the file, the column and the ``--map`` to use. The user's ``--map`` always wins over the
registry for the headers and targets it names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from insight.errors import InputError
from insight.schema import normalise_header

IGNORE = "-"
NOTE = "export convention: "

# Stripe's zero-decimal currencies: their amounts are whole units, not hundredths
_ZERO_DECIMAL = ("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf",
                 "xof", "xpf")


@dataclass
class Recognised:
    """What :func:`recognise` did to a raw frame."""

    frame: pl.DataFrame
    mapping: dict[str, str] | None
    notes: list[str] = field(default_factory=list)
    text_columns: set[str] = field(default_factory=set)   # client columns that stay text (account numbers)
    export: str = ""                                       # the export recognised, '' for none


@dataclass(frozen=True)
class Export:
    """One export format: the (normalised) headers that identify it, where they go, and what else it needs."""

    name: str
    signature: tuple[str, ...]              # every one of these normalised headers is present
    columns: dict[str, str]                 # normalised header -> canonical column (or '-' to leave it out)
    apply: Callable[[pl.DataFrame, dict[str, str], Recognised, str], pl.DataFrame] | None = None
    any_of: tuple[str, ...] = ()            # at least one of these normalised headers is present too


def _header(frame: pl.DataFrame, norm: str) -> str | None:
    return next((h for h in frame.columns if normalise_header(h) == norm), None)


def _text(frame: pl.DataFrame, header: str) -> pl.Expr:
    return pl.col(header).cast(pl.String).str.strip_chars()


# ---------------------------------------------------------------------------------------------------------
# Stripe charges (API / Sigma dump): amount and amount_refunded in the smallest currency unit


def _stripe(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    amount = next((h for h, c in mapping.items() if c == "amount"), None)
    refunded = _header(frame, "amountrefunded")
    currency = _header(frame, "currency")
    if amount is None:
        return frame
    from insight.io import coerce

    def number(header: str) -> pl.Series:
        raw = coerce.blank_to_null(frame.get_column(header).cast(pl.String))
        return coerce.to_number(raw, coerce.number_style(raw) == "de", source, header, "amount")

    gross_raw = number(amount)
    back_raw = number(refunded).fill_null(0) if refunded is not None else None
    text = frame.get_column(amount).cast(pl.String).str.strip_chars().drop_nulls()
    cents = text.len() > 0 and bool(text.str.contains(r"^-?\d+$").all())
    if cents:
        factor = pl.lit(0.01)
        if currency is not None:
            zero = _text(frame, currency).str.to_lowercase().is_in(list(_ZERO_DECIMAL)).fill_null(False)
            factor = pl.when(zero).then(pl.lit(1.0)).otherwise(pl.lit(0.01))
        unit = frame.select(factor.alias("_u"))["_u"] if currency is not None else             frame.with_columns(pl.lit(0.01).alias("_u"))["_u"]
        rec.notes.append(f"{NOTE}Stripe charges: '{amount}'" + (f" and '{refunded}'" if refunded else "")
                         + " are whole numbers of cents (the smallest currency unit) and divided by 100 (not for "
                         "zero-decimal currencies such as JPY)")
    else:
        unit = frame.with_columns(pl.lit(1.0).alias("_u"))["_u"]
        rec.notes.append(f"{NOTE}Stripe charges with decimal amounts: '{amount}' read as currency units, not cents")
    gross = gross_raw * unit
    exprs = [gross.alias(amount)]
    if refunded is not None and back_raw is not None:
        back = back_raw * unit
        exprs = [(gross - back).alias(amount), back.alias(refunded)]
        rec.notes.append(f"{NOTE}Stripe charges: revenue is '{amount}' − '{refunded}' (refunds subtracted; a fully "
                         "refunded charge is no sale); the refunds are kept as the column 'Refunded'")
    frame = frame.with_columns(exprs)
    if refunded is not None and "Refunded" not in frame.columns:
        frame = frame.rename({refunded: "Refunded"})  # 'How much was refunded?' names it
    status = _header(frame, "status")
    if status is not None:
        rec.notes.append(f"{NOTE}Stripe charges: status failed (like refunded, declined) is never a sale; pending "
                         "charges count")
    created = next((h for h, c in mapping.items() if c == "order_date"), None)
    if created is not None and frame.schema[created] == pl.String:
        epoch = _text(frame, created)
        if bool(frame.select(epoch.str.contains(r"^\d{9,10}$").all()).item()):  # the API's Unix seconds
            frame = frame.with_columns(pl.from_epoch(epoch.cast(pl.Int64), time_unit="s").alias(created))
            rec.notes.append(f"{NOTE}Stripe charges: '{created}' holds Unix time stamps (seconds, UTC)")
    return frame


# ---------------------------------------------------------------------------------------------------------
# DATEV Buchungsstapel: unsigned amount + Soll/Haben key, Konto/Gegenkonto


def _accounts(frame: pl.DataFrame, header: str) -> pl.Series:
    return frame.select(_text(frame, header).cast(pl.Int64, strict=False).alias("k"))["k"]


def _is_debtor(accounts: pl.Series) -> float:
    """Share of the filled values that are DATEV personal accounts of debtors (10000–69999)."""
    filled = accounts.drop_nulls()
    if filled.len() == 0:
        return 0.0
    share = ((filled >= 10000) & (filled <= 69999)).mean()
    return float(share) if isinstance(share, (int, float)) else 0.0


def _is_revenue(accounts: pl.Series) -> pl.Series:
    """Revenue accounts of the standard charts: SKR03 8000–8999, SKR04 4000–4999."""
    return (((accounts >= 8000) & (accounts <= 8999)) | ((accounts >= 4000) & (accounts <= 4999))).fill_null(False)


def _datev(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    amount = next((h for h, c in mapping.items() if c == "amount"), None)
    key = next((h for h in frame.columns if normalise_header(h) in _SOLL_HABEN and mapping.get(h) != IGNORE), None)
    konto, gegen = _header(frame, "konto"), next((h for h in frame.columns
                                                  if normalise_header(h).startswith("gegenkonto")), None)
    if amount is None or key is None:
        return frame
    if gegen is not None and gegen != "Gegenkonto" and "Gegenkonto" not in frame.columns:
        # 'Gegenkonto (ohne BU-Schlüssel)': the qualifier says how DATEV writes it, questions say 'Gegenkonto'
        frame = frame.rename({gegen: "Gegenkonto"})
        rec.notes.append(f"{NOTE}DATEV Buchungsstapel: '{gegen}' is kept as 'Gegenkonto' (account numbers, as text)")
        gegen = "Gegenkonto"
    keys = frame.select(_text(frame, key).str.to_uppercase().alias("k"))["k"]
    bad = keys.is_null() | ~keys.is_in(["S", "H"])
    if bool(bad.any()):
        row = int(bad.arg_true()[0]) + 1
        raise InputError(f"{source}: column '{key}' row {row} should hold S (Soll) or H (Haben), found "
                         f"'{keys[row - 1] or ''}'; leave it out with --map \"{key}=-\" only if the amounts are "
                         "already signed")
    customer = next((h for h, c in mapping.items() if c == "customer_id"), None)
    debtor_is_konto = True
    if konto is not None and gegen is not None:
        k_share, g_share = _is_debtor(_accounts(frame, konto)), _is_debtor(_accounts(frame, gegen))
        if customer is None:
            if k_share >= 0.9 and k_share >= g_share:
                customer, debtor_is_konto = konto, True
            elif g_share >= 0.9:
                customer, debtor_is_konto = gegen, False
            else:
                raise InputError(f"{source}: neither '{konto}' nor '{gegen}' holds debtor accounts (10000–69999), so "
                                 f'the customer is unclear; map it with --map "{konto}=customer_id"')
            mapping[customer] = "customer_id"
        else:
            debtor_is_konto = customer != gegen
    counter = gegen if debtor_is_konto else konto
    # S on the debtor (an invoice) is revenue, H on the debtor (a credit note) reverses it; the key belongs to
    # 'Konto', so where the debtor is the Gegenkonto the signs swap
    plus = "S" if debtor_is_konto else "H"
    value = frame.select(pl.col(amount).alias("a"))["a"]
    sign = pl.when(_text(frame, key).str.to_uppercase() == plus).then(pl.lit(1.0)).otherwise(pl.lit(-1.0))
    if value.dtype == pl.String:
        from insight.io import coerce

        number = coerce.to_number(coerce.blank_to_null(value), coerce.number_style(value) != "en", source, amount,
                                  "amount")
        frame = frame.with_columns(number.abs().alias(amount))
    frame = frame.with_columns((pl.col(amount).cast(pl.Float64).abs() * sign).alias(amount))
    rec.notes.append(f"{NOTE}DATEV Buchungsstapel: '{amount}' is unsigned; '{key}' = {plus} on the debtor is a sale, "
                     f"{'H' if plus == 'S' else 'S'} (a credit note) counts negative")
    rec.notes.append(f"{NOTE}DATEV Buchungsstapel: the debtor account '{customer}' is the customer")
    frame = _datev_net(frame, amount, rec, source)
    if counter is not None:
        revenue = _is_revenue(_accounts(frame, counter))
        other = int((~revenue).sum())
        if other == frame.height:
            raise InputError(f"{source}: no line of '{counter}' is a revenue account (SKR03 8000–8999, SKR04 "
                             f"4000–4999); map the amounts yourself with --map \"{amount}=amount\" and --map "
                             f"\"{counter}=-\"")
        if other:
            frame = frame.filter(revenue)
            rec.notes.append(f"{NOTE}DATEV Buchungsstapel: left out {other:,} postings whose '{counter}' is no "
                             "revenue account (payments, bank, tax): no sales")
        rec.text_columns.add(counter)
    if konto is not None and konto != customer:
        rec.text_columns.add(konto)
    return frame


def _datev_net(frame: pl.DataFrame, amount: str, rec: Recognised, source: str) -> pl.DataFrame:
    """DATEV's 'Umsatz' is the gross posting; with a 'Steuersatz' column (19, 7, 0) beside it the net is
    gross / (1 + rate / 100) (metrics.md: revenue is net). Rates outside 0–100 leave the amount as it is."""
    from insight.io import coerce

    rate = next((h for h in frame.columns if normalise_header(h) in ("steuersatz", "ustsatz", "mwstsatz")), None)
    if rate is None:
        return frame
    text = frame.select(_text(frame, rate).str.replace(r"\s*%$", "").alias("r")).to_series()
    value = coerce.parse_number_text(text, coerce.number_style(text) != "en")
    if value.null_count() == value.len() or not bool(value.drop_nulls().is_between(0, 100).all()):
        return frame
    rec.notes.append(f"{NOTE}DATEV Buchungsstapel: '{amount}' is gross; net = gross / (1 + '{rate}' / 100)")
    return frame.with_columns((pl.col(amount) / (1 + value.fill_null(0) / 100)).alias(amount))


_SOLL_HABEN = ("sollhabenkennzeichen", "sollhabenkz", "sollhaben", "shkz", "shkennzeichen", "debitcreditindicator")


# ---------------------------------------------------------------------------------------------------------
# Year + Quarter (or Month) columns instead of a date: each row is the period's total


_QUARTER = r"^(?:Q|QUARTAL\s*|QUARTER\s*)?([1-4])(?:\s*\.?\s*(?:Q|QUARTAL|QUARTER))?$"
_YEAR_HEADERS = ("year", "jahr", "fiscalyear", "geschaeftsjahr", "gj")
_QUARTER_HEADERS = ("quarter", "quartal", "qtr", "fiscalquarter")
_MONTH_HEADERS = ("month", "monat", "monthnumber", "monatsnummer")
_WEEK_HEADERS = ("kw", "week", "woche", "kalenderwoche", "isoweek", "isowoche", "weeknumber", "weekno", "wochennr",
                 "wochennummer", "calendarweek", "wk")


def _periods(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    """A Year column and a Quarter (or Month) column but no date: the period's first day is the order date."""
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    found = match_headers(list(frame.columns), ORDER_LINES, mapping).canonical
    if "order_date" in found or "amount" not in found:
        return frame
    year = next((h for h in frame.columns if normalise_header(h) in _YEAR_HEADERS and h not in mapping), None)
    quarter = next((h for h in frame.columns if normalise_header(h) in _QUARTER_HEADERS and h not in mapping), None)
    month = next((h for h in frame.columns if normalise_header(h) in _MONTH_HEADERS and h not in mapping), None)
    week = next((h for h in frame.columns if normalise_header(h) in _WEEK_HEADERS and h not in mapping), None)
    part = quarter or month or week
    if year is None or part is None:
        return frame
    years = _text(frame, year).cast(pl.Int32, strict=False)
    if part == week:
        return _iso_weeks(frame, mapping, rec, source, year, week, years)
    if quarter is not None:
        q = _text(frame, quarter).str.to_uppercase().str.extract(_QUARTER, 1).cast(pl.Int32, strict=False)
        first_month = (q - 1) * 3 + 1
        what = "quarter"
    else:
        first_month = _text(frame, part).cast(pl.Int32, strict=False)
        what = "month"
    probe = frame.select(y=years, m=first_month)
    bad = (pl.col("y").is_null() | ~pl.col("y").is_between(1900, 2100) | pl.col("m").is_null()
           | ~pl.col("m").is_between(1, 12))
    rows = probe.with_row_index("row", 1).filter(bad)["row"]
    if rows.len():
        raise InputError(f"{source}: columns '{year}' + '{part}' look like periods but row {rows[0]} is not a year "
                         f"and a {what} (e.g. 2024 and {'Q1' if quarter else '3'}); map a date column with "
                         '--map "Header=order_date"')
    from insight.io.pivot import PERIOD_START as period

    frame = frame.with_columns(pl.date(years, first_month, 1).alias(period))
    mapping[period] = "order_date"
    mapping[year] = IGNORE
    mapping[part] = IGNORE
    rec.notes.append(f"{NOTE}no date column: '{year}' + '{part}' give each row the first day of its {what}; each row "
                     f"is one {what}'s total, so answers finer than a {what} (days, weeks) and order counts are not "
                     "real orders")
    return frame


def _iso_weeks(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str, year: str, week: str,
               years: pl.Expr) -> pl.DataFrame:
    """A Year column and an ISO week column ('KW' 1–53) but no date: each row is dated on its week's Monday."""
    weeks = _text(frame, week).str.extract(r"^(?:KW|W|WK)?\s*(\d{1,2})$", 1).cast(pl.Int32, strict=False)
    probe = frame.select(y=years, w=weeks)
    bad = (pl.col("y").is_null() | ~pl.col("y").is_between(1900, 2100) | pl.col("w").is_null()
           | ~pl.col("w").is_between(1, 53))
    rows = probe.with_row_index("row", 1).filter(bad)["row"]
    if rows.len():
        raise InputError(f"{source}: columns '{year}' + '{week}' look like calendar weeks but row {rows[0]} is not a "
                         'year and an ISO week (e.g. 2024 and 10); map a date column with --map "Header=order_date"')
    jan4 = pl.date(years, 1, 4)  # ISO week 1 is the week holding 4 January
    monday = (jan4 - pl.duration(days=jan4.dt.weekday() - 1) + pl.duration(weeks=weeks - 1)).cast(pl.Date)
    from insight.io.pivot import PERIOD_START as period

    frame = frame.with_columns(monday.alias(period))
    mapping[period] = "order_date"
    mapping[year] = IGNORE
    mapping[week] = IGNORE
    rec.notes.append(f"{NOTE}no date column: '{year}' + '{week}' (ISO calendar week) give each row the Monday of its "
                     "week; each row is one week's total, so answers finer than a week (days) and order counts are "
                     "not real orders")
    return frame


# ---------------------------------------------------------------------------------------------------------
# A price column that is the line total: it grows with the quantity like a total does


def _as_number(frame: pl.DataFrame, header: str) -> pl.Expr:
    """A column as Float64 for the test below: a numeric column directly (a round trip through text gives the
    same values and cost 0.3 CPU s per million lines, issue 16), text with a comma read as the decimal point."""
    dtype = frame.schema[header]
    if dtype == pl.Float64 or dtype.is_integer():  # Float32 or Decimal through text would round otherwise
        return pl.col(header).cast(pl.Float64)
    return _text(frame, header).str.replace(",", ".").cast(pl.Float64, strict=False)


def line_total_price(frame: pl.DataFrame, price: str, quantity: str, product: str | None) -> bool | None:
    """True when ``price`` is a line total (price / quantity is the product's price at quantity 1), False when it
    is a unit price (the same at any quantity), None when the data cannot tell (no product, no quantity > 1)."""
    if product is None:
        return None
    # one lazy query: the typed columns are computed once for both sides of the join (2 passes → 1, issue 16)
    data = frame.lazy().select(p=_as_number(frame, price), q=_as_number(frame, quantity),
                               k=pl.col(product).cast(pl.String)).drop_nulls()
    single = data.filter(pl.col("q") == 1).group_by("k").agg(pl.col("p").median().alias("one"))
    multi = data.filter(pl.col("q") >= 2).join(single, on="k").filter(pl.col("one") > 0)

    def near(a: pl.Expr, b: pl.Expr) -> pl.Expr:
        return (a - b).abs() <= 0.02 * b.abs() + 0.011

    n, as_total, as_unit = multi.select(n=pl.len(), total=near(pl.col("p") / pl.col("q"), pl.col("one")).mean(),
                                        unit=near(pl.col("p"), pl.col("one")).mean()).collect().row(0)
    if n < 5:
        return None
    if as_total >= 0.8 and as_unit <= 0.2:
        return True
    if as_unit >= 0.8 and as_total <= 0.2:
        return False
    return None


def _amazon(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    price = _header(frame, "itemprice")
    if price is not None and mapping.get(price) == "amount":
        rec.notes.append(f"{NOTE}Amazon order report: '{price}' is the line total (quantity × unit price, tax "
                         "included), not a unit price")
    buyer = next((h for h, c in mapping.items() if c == "customer_id"), None)
    if buyer is None:  # reports since 2019 often lack buyer-email: the order id is no customer
        raise InputError(f"{source}: Amazon order report without a buyer column (buyer-email), so customers cannot "
                         'be told apart; map one with --map "buyer-name=customer_id" (never the amazon-order-id)')
    rec.notes.append(f"{NOTE}Amazon order report: customers identified by '{buyer}'")
    return frame


# a deal's name in a CRM report without the deal's id ('Opportunity Name', 'Deal Name', Pipedrive's 'Title')
_DEAL_NAMES = ("opportunityname", "opportunity", "dealname", "dealtitle")


def _deals(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    found = {c: h for h, c in match_headers(list(frame.columns), ORDER_LINES, mapping).mapping.items()}
    stage, close, customer = found.get("line_status"), found.get("order_date"), found.get("customer_id")
    deal = next((h for h in frame.columns if normalise_header(h) in _DEAL_NAMES and h not in mapping), None)
    if "order_id" not in found and deal is not None and frame.get_column(deal).null_count() == 0 \
            and frame.get_column(deal).n_unique() == frame.height:
        mapping[deal] = "order_id"  # every row is one deal: its own name keys it (no two deals share a name here)
        rec.notes.append(f"{NOTE}CRM deals: '{deal}' names each deal once: it is the order id")
    rec.notes.append(f"{NOTE}CRM deals: only won deals ('{stage}' = Closed Won/Won/Gewonnen) are sales, open and "
                     f"lost ones are not; '{close}' is the date of the sale; '{customer}' is the customer")
    return frame


# ---------------------------------------------------------------------------------------------------------
# the registry: first match wins


EXPORTS: tuple[Export, ...] = (
    Export("Stripe charges", ("amount", "amountrefunded", "currency"),
           {"id": "order_id", "created": "order_date", "createdutc": "order_date", "customer": "customer_id",
            "customerid": "customer_id", "amount": "amount", "status": "line_status", "currency": "currency"},
           _stripe, any_of=("created", "createdutc")),
    Export("DATEV Buchungsstapel", ("umsatzohnesollhabenkz", "konto", "belegdatum"),
           {"umsatzohnesollhabenkz": "amount", "belegdatum": "order_date", "belegfeld1": "order_id",
            "wkzumsatz": "currency"},
           _datev, any_of=_SOLL_HABEN),
    Export("Amazon order report", ("amazonorderid", "itemprice", "purchasedate"),
           {"amazonorderid": "order_id", "purchasedate": "order_date", "itemprice": "amount", "quantity": "quantity",
            "orderstatus": "line_status", "sku": "product_id", "shipcountry": "country", "buyeremail": "customer_id",
            "currency": "currency"},
           _amazon),
    Export("CRM deals", ("amount", "closedate"),
           {"closedate": "order_date", "amount": "amount", "dealstage": "line_status", "stage": "line_status",
            "recordid": "order_id", "dealid": "order_id", "opportunityid": "order_id",
            "companyname": "customer_id", "accountname": "customer_id", "associatedcompany": "customer_id",
            "company": "customer_id"},
           _deals, any_of=("dealstage", "stage", "opportunitystage", "salesstage")),
)


def _merge(frame: pl.DataFrame, columns: dict[str, str], user: dict[str, str]) -> dict[str, str]:
    """The registry's header → canonical pairs under the user's --map: a header or a target the user named is
    theirs."""
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    user_norm = {normalise_header(h) for h in user}
    taken = {t for t in user.values() if t != IGNORE}
    # a column the synonyms find outside the export's own headers ('Customer ID' beside 'Company name') stays
    found = {c: h for h, c in match_headers(list(frame.columns), ORDER_LINES, user).mapping.items()
             if normalise_header(h) not in columns}
    out = dict(user)
    for header in frame.columns:
        norm = normalise_header(header)
        target = columns.get(norm)
        if target is None or norm in user_norm or target in taken or target in found:
            continue
        out[header] = target
        taken.add(target)
    return out


def _finds(frame: pl.DataFrame, mapping: dict[str, str], column: str) -> bool:
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    return column in match_headers(list(frame.columns), ORDER_LINES, mapping).canonical


def recognise(frame: pl.DataFrame, table: str | None, mapping: dict[str, str] | None, source: str) -> Recognised:
    """The frame and mapping with a known export's headers mapped and its conventions applied (module doc)."""
    rec = Recognised(frame=frame, mapping=mapping)
    if table not in (None, "order_lines") or frame.width == 0:
        return rec
    user = dict(mapping or {})
    norms = {normalise_header(h) for h in frame.columns}
    from insight.io.mapping import IGNORE, canonical_column
    from insight.schema import ORDER_LINES

    if any(t != IGNORE and canonical_column(ORDER_LINES, t) is None and normalise_header(s) in norms
           for s, t in user.items()):
        return rec  # a --map target of another table ('…=nps') on this file's headers: no order export
    user = {s: t for s, t in user.items() if t == IGNORE or canonical_column(ORDER_LINES, t) is not None}
    for export in EXPORTS:
        if not set(export.signature) <= norms or (export.any_of and not norms & set(export.any_of)):
            continue
        merged = _merge(frame, export.columns, user)
        if export.name == "CRM deals" and not _finds(frame, merged, "customer_id"):
            continue  # a deal list without any customer column is no sales data
        rec.export = export.name
        if export.apply is not None:
            frame = export.apply(frame, merged, rec, source)
        rec.frame, rec.mapping = frame, merged
        return rec
    merged = dict(user)
    if not _finds(frame, merged, "order_date"):  # a wide table of months × customers: one line per month
        from insight.io.pivot import DATE_HEADER, VALUE_HEADER, unpivot_months

        said: list[str] = []
        long = unpivot_months(frame, said)
        rec.notes.extend(f"{NOTE}{n}" for n in said)
        if long is not None:
            frame = long
            merged.setdefault(DATE_HEADER, "order_date")
            merged.setdefault(VALUE_HEADER, "amount")
    from insight.io.net_gross import choose_amount

    notes: list[str] = []
    choose_amount(frame, merged, notes)  # fees and net beside gross: which money column is the revenue
    rec.notes.extend(f"{NOTE}{n}" for n in notes)
    frame = _cents(frame, merged, rec)
    frame = _debit_credit(frame, merged, rec, source)
    frame = _bank_statement(frame, merged, rec)
    frame = _periods(frame, merged, rec, source)
    frame = _price_as_total(frame, merged, rec, source)
    if merged != user or frame is not rec.frame:  # a column rewritten (cents) under the user's own --map
        rec.frame, rec.mapping = frame, merged
    return rec


def _cents(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised) -> pl.DataFrame:
    """An amount or unit price named in cents ('amount_cents', 'Betrag in Cent'): divided by 100 (insight.io.cents)."""
    from insight.io.cents import cents_stem, divide_cents

    if not any(cents_stem(h) is not None for h in frame.columns):
        return frame
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    found = {c: h for h, c in match_headers(list(frame.columns), ORDER_LINES, mapping).mapping.items()}
    notes: list[str] = []
    frame = divide_cents(frame, mapping, found, notes)
    rec.notes.extend(f"{NOTE}{n}" for n in notes)
    return frame


def _debit_credit(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised, source: str) -> pl.DataFrame:
    """An unsigned amount signed by its debit/credit indicator column (insight.io.indicator)."""
    from insight.io import indicator

    key = indicator.find(frame, mapping)
    if key is None:
        return frame
    from insight.io.bank import statement_language
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    match = match_headers(list(frame.columns), ORDER_LINES, mapping)
    amount = next((h for h, c in match.mapping.items() if c == "amount"), None)
    if amount is None or amount == key:
        return frame
    notes: list[str] = []
    frame = indicator.sign(frame, amount, key, statement_language(list(frame.columns)) is not None, source, notes)
    rec.notes.extend(f"{NOTE}{n}" for n in notes)
    if notes and key not in mapping and match.mapping.get(key) not in (None, IGNORE):
        mapping[key] = IGNORE  # the indicator's S/H said as the sign; never read as another column's values
    return frame


def _bank_statement(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised) -> pl.DataFrame:
    """A bank statement's outgoing payments typed as no sale (insight.io.bank)."""
    from insight.io.bank import mark_directions, statement_language

    lang = statement_language(list(frame.columns))
    if lang is None:
        return frame
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    match = match_headers(list(frame.columns), ORDER_LINES, mapping)
    amount = next((h for h, c in match.mapping.items() if c == "amount"), None)
    if amount is None or "order_date" not in match.canonical:  # refused anyway: its headers as the file has them
        return frame
    notes: list[str] = []
    frame = mark_directions(frame, amount, lang, notes)
    rec.notes.extend(f"{NOTE}{n}" for n in notes)
    return frame


def _dated(frame: pl.DataFrame, match, mapping: dict[str, str], source: str) -> bool:
    """Whether the order lines have a date: a known date header, or a column of dates the import will take as the
    order date (the same guess, run here before a price is read as the line amount)."""
    if "order_date" in match.canonical:
        return True
    from insight.io.guess import dated_by_values

    return "order_date" in dated_by_values(frame, match, mapping, source).canonical


_PRICE_HEADERS = ("itemprice", "lineitemprice", "price", "preis", "verkaufspreis")
_QUANTITY_HEADERS = ("quantity", "qty", "menge", "anzahl", "units", "stueck", "quantityordered")
_PRODUCT_HEADERS = ("sku", "productid", "stockcode", "artikelnummer", "artikelnr", "artikel", "product", "itemsku")


def _price_as_total(frame: pl.DataFrame, mapping: dict[str, str], rec: Recognised,
                    source: str = "<frame>") -> pl.DataFrame:
    """A price column, with no amount column beside it, that is a line total by the data, or that has no quantity
    beside it: mapped to amount. The lines are dated by a known date header or, first, by a column whose values are
    dates (guess.dated_by_values: an unknown date header such as 'Verkaufszeitpunkt')."""
    from insight.io.mapping import match_headers
    from insight.schema import ORDER_LINES

    match = match_headers(list(frame.columns), ORDER_LINES, mapping)
    if "amount" in match.canonical:
        return frame
    price = next((h for h, c in match.mapping.items() if c == "unit_price"), None)
    quantity = next((h for h, c in match.mapping.items() if c == "quantity"), None)
    product = next((h for h, c in match.mapping.items() if c == "product_id"), None)
    if price is not None and quantity is None and mapping.get(price) != "unit_price" and _dated(frame, match, mapping,
                                                                                                source):
        # a price and no quantity at all (Gumroad's 'Price ($)', a marketplace's 'Preis') on dated lines (not a
        # price list): each line sold one
        mapping[price] = "amount"
        rec.notes.append(f"{NOTE}'{price}' with no quantity column: each line is one item at that price, so the "
                         "price is the line amount")
        return frame
    if price is None or quantity is None or price in mapping or normalise_header(price) not in _PRICE_HEADERS:
        return frame
    if line_total_price(frame, price, quantity, product):
        mapping[price] = "amount"
        rec.notes.append(f"{NOTE}'{price}' is a line total, not a unit price: on lines with a quantity of 2 or more it "
                         "is the quantity times the same product's price at quantity 1; read as the line amount")
    return frame
