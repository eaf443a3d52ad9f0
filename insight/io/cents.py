"""Money given in cents (docs/import.md, "Amounts in cents").

An app backend or a payment API writes money as whole numbers of the smallest currency unit, and says so in the
header: ``amount_cents``, ``total_cents``, ``price_in_cents``, ``Betrag in Cent``, ``AmountCents``. Such a column
is divided by 100 wherever it is the amount or the unit price — whether the header synonyms chose it, the user's
``--map amount_cents=amount`` named it, or (no other amount column) its stem is a money word (``amount``,
``Betrag``, ``total``, ``price``, …). Only where every filled value is a whole number; a zero-decimal currency
(JPY, KRW, …) in a currency column keeps its lines as they are. Each column divided is one import note.
"""

from __future__ import annotations

import re

import polars as pl

from insight.schema import normalise_header

# 'cent' / 'cents' at the end of a normalised header, not 'percent' / 'prozent'
_CENTS = re.compile(r"^(?P<stem>.*?)(?:in)?cents?$")
_NOT_CENTS = ("percent", "prozent")
# stems that name money: an unmapped '<stem>_cents' column is the amount
_MONEY_STEMS = ("amount", "betrag", "total", "totalamount", "gesamt", "gesamtbetrag", "summe", "value", "wert",
                "revenue", "umsatz", "charge", "charged", "paid", "payment", "zahlung", "price", "preis", "gross",
                "brutto", "net", "netto", "subtotal", "ordertotal", "orderamount", "amountpaid", "grandtotal")
_ZERO_DECIMAL = ("bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf",
                 "xof", "xpf")


def cents_stem(header: str) -> str | None:
    """The stem of a header named in cents ('amount_cents' -> 'amount', 'Betrag in Cent' -> 'betrag'), else None."""
    norm = normalise_header(header)
    if norm.endswith(_NOT_CENTS):
        return None
    match = _CENTS.match(norm)
    return match.group("stem") if match else None


def _whole(frame: pl.DataFrame, header: str) -> pl.Series | None:
    """The column as Int64 where every filled value is a whole number, else None."""
    raw = frame.get_column(header)
    if raw.dtype.is_integer():
        return raw.cast(pl.Int64)
    text = pl.col(header).cast(pl.String).str.strip_chars()
    values = frame.select(pl.when(text == "").then(None).otherwise(text).alias("v")).get_column("v")
    filled = values.drop_nulls()
    if filled.len() == 0 or not bool(filled.str.contains(r"^[-+]?\d+$").all()):
        return None
    return values.cast(pl.Int64, strict=False)


def divide_cents(frame: pl.DataFrame, mapping: dict[str, str], found: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """``frame`` with every cents-named column that is the amount or the unit price divided by 100 (module doc).
    ``mapping``: header -> canonical column so far (the user's --map and the export rules), completed here where an
    unmapped cents column is the only amount; ``found``: canonical column -> header as the synonyms match it."""
    targets = {c: h for h, c in mapping.items() if c in ("amount", "unit_price")}
    for column in ("amount", "unit_price"):
        if column not in targets and column in found:
            targets[column] = found[column]
    if "amount" not in targets and not ("quantity" in found and "unit_price" in targets):
        stemmed = [h for h in frame.columns if h not in mapping and cents_stem(h) in _MONEY_STEMS]
        if len(stemmed) == 1:
            targets["amount"] = stemmed[0]
            mapping[stemmed[0]] = "amount"
    currency = next((h for h, c in {**{v: k for k, v in found.items()}, **mapping}.items() if c == "currency"), None)
    for column, header in targets.items():
        if header not in frame.columns or cents_stem(header) is None:
            continue
        whole = _whole(frame, header)
        if whole is None:
            continue
        factor: pl.Expr = pl.lit(0.01)
        if currency is not None and currency in frame.columns:
            zero = pl.col(currency).cast(pl.String).str.strip_chars().str.to_lowercase().is_in(
                list(_ZERO_DECIMAL)).fill_null(False)
            factor = pl.when(zero).then(pl.lit(1.0)).otherwise(pl.lit(0.01))
        frame = frame.with_columns((pl.lit(whole).cast(pl.Float64) * factor).alias(header))
        notes.append(f"'{header}' is named in cents: its whole numbers are divided by 100 (the {column.replace('_', ' ')} "
                     "in currency units; not for zero-decimal currencies such as JPY)")
    return frame
