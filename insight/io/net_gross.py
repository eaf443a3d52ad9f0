"""Which of several money columns is the revenue, judged from their names and values (docs/import.md, "Net,
gross and fees").

- **Fees**: a payment account's download (PayPal: ``Brutto``, ``Gebühr``, ``Netto``; a balance history's plain
  ``Amount``, ``Fee``, ``Net``) has a net that is the gross less the provider's fee, not less tax. Revenue is what the customer paid (the gross); the fee is a cost and
  stays a client column. Only where the data shows it: net = gross + fee (fee negative) or gross − fee on at
  least 95 % of the lines.
- **Tax**: a column of tax (``VAT``, ``MwSt``, ``USt``, ``Tax``, ``Steuer``) is never a fee. Where a net column (``SubTotal``, ``Netto``, ``amountNet``) sits beside the gross total the
  synonyms chose (``Total``, ``Brutto``, ``amountTotal``), the net amount is the revenue (metrics.md: revenue is
  net), provided it is at most the total on at least 95 % of the lines. Where the gross total has a tax column
  beside it but no net column (``Brutto`` + ``MwSt``), the net is computed as gross − tax, provided the tax is
  below the gross and of its sign on at least 95 % of the lines.
- A currency in a header (``Total (EUR)``, ``Net [€]``, ``VAT (USD)``) is no part of its name here.

The user's ``--map`` of an amount always wins.
"""

from __future__ import annotations

import polars as pl

from insight.schema import normalise_header

_GROSS = ("brutto", "bruttobetrag", "gross", "grossamount", "grosssales", "total", "amounttotal", "totalamount",
          "grandtotal", "totalinkltax", "totalincltax", "totalgross", "bruttosumme", "gesamtbrutto", "totalinclvat")
_NET = ("netto", "net", "netamount", "nettobetrag", "subtotal", "amountnet", "totalnet", "nettosumme",
        "subtotalamount", "totalexcltax", "totalexclvat", "nettowert", "netsales")
_FEE = ("gebuehr", "gebuehren", "fee", "fees", "transactionfee", "paypalfee", "gebuehrenbetrag", "processingfee",
        "feeamount", "provision")


_TAX = ("vat", "mwst", "ust", "tax", "taxes", "steuer", "steuern", "umsatzsteuer", "mehrwertsteuer", "vatamount",
        "taxamount", "mwstbetrag", "ustbetrag", "steuerbetrag", "salestax", "totaltax", "totalvat", "gst", "iva",
        "tva", "btw")
# a currency qualifier in a header ('Total (EUR)', 'Net [€]'): dropped before the names above are compared
_CURRENCY_QUALIFIER = r"(?i)\s*[\(\[]\s*(?:in\s+)?(?:eur|euro|usd|gbp|chf|€|\$|£)\s*[\)\]]\s*$"
# the column computed as gross − tax where no net column is given
NET_COLUMN = "_net_of_tax"


def _key(header: str) -> str:
    import re

    return normalise_header(re.sub(_CURRENCY_QUALIFIER, "", header))


# a plain amount beside a fee and a net column: the gross only where net = amount − fee (a payment provider's balance)
_PLAIN = ("amount", "betrag")


def _net_of_fee(frame: pl.DataFrame, gross: str, net: str, fee: str) -> bool:
    data = pl.DataFrame({"g": _numbers(frame, gross), "n": _numbers(frame, net), "f": _numbers(frame, fee)})
    data = data.filter(pl.col("g").is_not_null() & pl.col("n").is_not_null())
    f = pl.col("f").fill_null(0)
    fits = ((pl.col("g") + f - pl.col("n")).abs() <= 0.011) | ((pl.col("g") - f - pl.col("n")).abs() <= 0.011)
    return data.height > 0 and _share(data, (f != 0).cast(pl.Float64)) > 0 and _share(data, fits.cast(pl.Float64)) >= 0.95


def _numbers(frame: pl.DataFrame, header: str) -> pl.Series:
    from insight.io import coerce

    raw = frame.get_column(header)
    if raw.dtype.is_numeric():
        return raw.cast(pl.Float64)
    text = coerce.blank_to_null(raw.cast(pl.String)).str.replace_all(r"[€$£\s]|CHF|EUR|USD", "")
    if coerce.number_style(text) == "de":
        text = text.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    else:
        text = text.str.replace_all(",", "", literal=True)
    return text.cast(pl.Float64, strict=False)


def _share(frame: pl.DataFrame, expr: pl.Expr) -> float:
    value = frame.select(expr.mean()).item()
    return float(value) if isinstance(value, (int, float)) else 0.0


def choose_amount(frame: pl.DataFrame, mapping: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """Map the revenue column into ``mapping`` where fees or a net amount say the synonyms' choice is wrong; the
    frame, with the net computed as gross − tax where only those two are given (:func:`_net_of_tax`)."""
    from insight.io.mapping import IGNORE, match_headers
    from insight.schema import ORDER_LINES

    if "amount" in mapping.values():
        return frame
    chosen = next((h for h, c in match_headers(list(frame.columns), ORDER_LINES, mapping).mapping.items()
                   if c == "amount"), None)
    free = [h for h in frame.columns if h not in mapping or mapping[h] == IGNORE]
    by_norm: dict[str, str] = {}
    for h in free:
        by_norm.setdefault(_key(h), h)
    gross = next((by_norm[n] for n in _GROSS if n in by_norm), None)
    net = next((by_norm[n] for n in _NET if n in by_norm), None)
    fee = next((by_norm[n] for n in _FEE if n in by_norm), None)
    tax = next((by_norm[n] for n in _TAX if n in by_norm), None)
    if gross is not None and net is None and fee is None and tax is not None and chosen == gross:
        return _net_of_tax(frame, mapping, notes, gross, tax)
    if gross is None and fee is not None:  # a balance history's 'Amount' beside 'Fee' and 'Net' (Stripe): the fee
        gross = next((by_norm[n] for n in _PLAIN if n in by_norm), None)  # rule below decides
        if gross is not None and net is not None and not _net_of_fee(frame, gross, net, fee):
            return frame
    if gross is None or net is None:
        return frame
    data = pl.DataFrame({"g": _numbers(frame, gross), "n": _numbers(frame, net),
                         "f": _numbers(frame, fee) if fee is not None else pl.Series("f", [None] * frame.height,
                                                                                    pl.Float64)})
    data = data.filter(pl.col("g").is_not_null() & pl.col("n").is_not_null())
    if data.height == 0:
        return frame
    if fee is not None:
        f = pl.col("f").fill_null(0)
        fits = ((pl.col("g") + f - pl.col("n")).abs() <= 0.011) | ((pl.col("g") - f - pl.col("n")).abs() <= 0.011)
        some_fee = _share(data, (f != 0).cast(pl.Float64)) > 0
        if some_fee and _share(data, fits.cast(pl.Float64)) >= 0.95:
            mapping[gross] = "amount"
            notes.append(f"'{net}' is '{gross}' less the fee of '{fee}' (a payment provider's fee, not tax): revenue "
                         f"is '{gross}' as the customer paid it; '{fee}' stays a column of its own (a cost)")
            return frame
    if chosen != gross:
        return frame
    within = (pl.col("n").abs() <= pl.col("g").abs() + 0.011).cast(pl.Float64)
    if _share(data, within) >= 0.95 and _share(data, (pl.col("n") != pl.col("g")).cast(pl.Float64)) > 0:
        mapping[net] = "amount"
        notes.append(f"'{net}' (net) beside the gross total '{gross}': revenue is the net amount; '{gross}' stays a "
                     "column of its own")
    return frame


def _net_of_tax(frame: pl.DataFrame, mapping: dict[str, str], notes: list[str], gross: str,
                tax: str) -> pl.DataFrame:
    """A gross total with a tax column and no net one: revenue is gross − tax (metrics.md: revenue is net), where
    the tax is below the gross and of its sign on at least 95 % of the lines (a refund's tax is negative too)."""
    data = pl.DataFrame({"g": _numbers(frame, gross), "t": _numbers(frame, tax)})
    data = data.filter(pl.col("g").is_not_null())
    if data.height == 0 or NET_COLUMN in frame.columns:
        return frame
    t = pl.col("t").fill_null(0)
    fits = (t.abs() < pl.col("g").abs()) & ((t == 0) | (t.sign() == pl.col("g").sign()))
    if _share(data, fits.cast(pl.Float64)) < 0.95 or _share(data, (t != 0).cast(pl.Float64)) == 0:
        return frame
    mapping[NET_COLUMN] = "amount"
    notes.append(f"'{gross}' is the gross total and '{tax}' its tax: revenue is '{gross}' − '{tax}' (net); both stay "
                 "columns of their own")
    net = (_numbers(frame, gross) - _numbers(frame, tax).fill_null(0)).round(2)
    return frame.with_columns(net.alias(NET_COLUMN))
