"""Which of several money columns is the revenue, judged from their names and values (docs/import.md, "Net,
gross and fees").

- **Fees**: a payment account's download (PayPal: ``Brutto``, ``Gebühr``, ``Netto``; a balance history's plain
  ``Amount``, ``Fee``, ``Net``) has a net that is the gross less the provider's fee, not less tax. Revenue is what the customer paid (the gross); the fee is a cost and
  stays a client column. Only where the data shows it: net = gross + fee (fee negative) or gross − fee on at
  least 95 % of the lines.
- **Tax**: otherwise, where a net column (``SubTotal``, ``Netto``, ``amountNet``) sits beside the gross total the
  synonyms chose (``Total``, ``Brutto``, ``amountTotal``), the net amount is the revenue (metrics.md: revenue is
  net), provided it is at most the total on at least 95 % of the lines. (A tax column beside a gross amount with
  no net column: insight.io.canonical subtracts it.) A tax column is never a fee.
- **Charges on top**: where the amount the synonyms chose (``Gesamtbetrag``, ``Total``) is another money column
  (``Summe Tickets``, ``Items``, ``Warenwert``) plus fee, shipping or tax columns on ≥ 95 % of the lines (some
  charge not 0), that other column is the revenue: the charges were paid on top and are no sales. A column named
  net or payout (``Net``, ``Netto``, ``Auszahlung``) is the provider-fee case above, never this one.
- A currency in a header (``Total (EUR)``, ``Net [€]``, ``VAT (USD)``) is no part of its name here.

The user's ``--map`` of an amount always wins.
"""

from __future__ import annotations

import re

import polars as pl

from insight.schema import normalise_header

_GROSS = ("brutto", "bruttobetrag", "gross", "grossamount", "grosssales", "total", "amounttotal", "totalamount",
          "grandtotal", "totalinkltax", "totalincltax", "totalgross", "bruttosumme", "gesamtbrutto", "totalinclvat")
_NET = ("netto", "net", "netamount", "nettobetrag", "subtotal", "amountnet", "totalnet", "nettosumme",
        "subtotalamount", "totalexcltax", "totalexclvat", "nettowert", "netsales")
_FEE = ("gebuehr", "gebuehren", "fee", "fees", "transactionfee", "paypalfee", "gebuehrenbetrag", "processingfee",
        "feeamount", "provision")


# a currency qualifier in a header ('Total (EUR)', 'Net [€]'): dropped before the names above are compared
_CURRENCY_QUALIFIER = r"(?i)\s*[\(\[]\s*(?:in\s+)?(?:eur|euro|usd|gbp|chf|€|\$|£)\s*[\)\]]\s*$"
def money_key(header: str) -> str:
    """A money header normalised without its currency qualifier ('Total (EUR)' -> 'total')."""
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


# a money word followed by a net qualifier ('Total exkl. MWST', 'Betrag ohne USt', 'Montant hors taxe')
_MONEY_WORDS = ("total", "betrag", "summe", "amount", "montant", "importe", "importo", "bedrag", "belob", "beloeb",
                "valor", "kwota", "wartosc", "summa", "castka")


def _net_by_qualifier(key: str) -> bool:
    """A normalised money header that is a money word and a net qualifier (schema's net-alone words)."""
    from insight.schema import NET_QUALIFIERS

    return any(key.startswith(m) and key[len(m):] in NET_QUALIFIERS for m in _MONEY_WORDS)


def _numbers(frame: pl.DataFrame, header: str) -> pl.Series:
    from insight.io import coerce

    raw = frame.get_column(header)
    if raw.dtype.is_numeric():
        return raw.cast(pl.Float64)
    text = coerce.strip_currency(coerce.blank_to_null(raw.cast(pl.String)))
    text = text.str.replace_all(r"[€$£₹\s'’]|CHF|EUR|USD|GBP|INR|AUD|CAD|NZD", "")
    if coerce.number_style(text) == "de":
        text = text.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
    else:
        text = text.str.replace_all(",", "", literal=True)
    return text.cast(pl.Float64, strict=False)


def _share(frame: pl.DataFrame, expr: pl.Expr) -> float:
    value = frame.select(expr.mean()).item()
    return float(value) if isinstance(value, (int, float)) else 0.0


def choose_amount(frame: pl.DataFrame, mapping: dict[str, str], notes: list[str]) -> None:
    """Map the revenue column into ``mapping`` where fees or a net amount say the synonyms' choice is wrong."""
    from insight.io.mapping import IGNORE, match_headers
    from insight.schema import ORDER_LINES

    if "amount" in mapping.values():
        return
    chosen = next((h for h, c in match_headers(list(frame.columns), ORDER_LINES, mapping).mapping.items()
                   if c == "amount"), None)
    free = [h for h in frame.columns if h not in mapping or mapping[h] == IGNORE]
    by_norm: dict[str, str] = {}
    for h in free:
        by_norm.setdefault(money_key(h), h)
    gross = next((by_norm[n] for n in _GROSS if n in by_norm), None)
    net = next((by_norm[n] for n in _NET if n in by_norm), None) or next(
        (h for n, h in by_norm.items() if _net_by_qualifier(n)), None)
    fee = next((by_norm[n] for n in _FEE if n in by_norm), None)
    if gross is None and fee is not None:  # a balance history's 'Amount' beside 'Fee' and 'Net' (Stripe): the fee
        gross = next((by_norm[n] for n in _PLAIN if n in by_norm), None)  # rule below decides
        if gross is not None and net is not None and not _net_of_fee(frame, gross, net, fee):
            return
    if chosen is not None and _items_beside_charges(frame, chosen, free, mapping, notes):
        return
    if gross is None or net is None:
        return
    data = pl.DataFrame({"g": _numbers(frame, gross), "n": _numbers(frame, net),
                         "f": _numbers(frame, fee) if fee is not None else pl.Series("f", [None] * frame.height,
                                                                                    pl.Float64)})
    data = data.filter(pl.col("g").is_not_null() & pl.col("n").is_not_null())
    if data.height == 0:
        return
    if fee is not None:
        f = pl.col("f").fill_null(0)
        fits = ((pl.col("g") + f - pl.col("n")).abs() <= 0.011) | ((pl.col("g") - f - pl.col("n")).abs() <= 0.011)
        some_fee = _share(data, (f != 0).cast(pl.Float64)) > 0
        if some_fee and _share(data, fits.cast(pl.Float64)) >= 0.95:
            mapping[gross] = "amount"
            notes.append(f"'{net}' is '{gross}' less the fee of '{fee}' (a payment provider's fee, not tax): revenue "
                         f"is '{gross}' as the customer paid it; '{fee}' stays a column of its own (a cost)")
            return
    if chosen != gross:
        return
    # a discount in money beside the net (Lemon Squeezy's 'discount_total'): the net before it may exceed the total
    off = next((by_norm[k] for k in by_norm if _DISCOUNT.search(k) and by_norm[k] not in (gross, net)), None)
    if off is not None:
        data = data.with_columns(n=pl.col("n").abs() - pl.Series(_numbers(frame, off).fill_null(0).abs()
                                                                 .filter(_kept(frame, gross, net))))
    within = (pl.col("n").abs() <= pl.col("g").abs() + 0.011).cast(pl.Float64)
    if _share(data, within) >= 0.95 and _share(data, (pl.col("n") != pl.col("g")).cast(pl.Float64)) > 0:
        mapping[net] = "amount"
        notes.append(f"'{net}' (net) beside the gross total '{gross}': revenue is the net amount; '{gross}' stays a "
                     "column of its own")


# charges a buyer pays on top of the goods (a ticket shop's 'Gebühren', 'Versandkosten', the tax)
_CHARGE = re.compile(r"^(?:fee|gebuehr|gebuhr|servicegebuehr|servicegebuhr|shipping|versand|porto|fracht|delivery|"
                     r"lieferkosten|handling|tax|taxes|vat|mwst|ust|steuer|tva|iva|gst|btw|moms|surcharge|zuschlag|"
                     # shipping in the other languages' shop exports (Tiendanube's 'Costo de envío', Nuvemshop's
                     # 'Valor do frete', 'Frais de livraison', 'Verzendkosten', 'Spese di spedizione', 'Frakt')
                     r"envio|envios|frete|flete|livraison|verzend|spedizion|frakt|fragt|doprava|dostawa|wysylk)")
# a net or a payout: the amount after the provider's fee (Etsy's 'Order Net'), never the goods before charges
_NET_OR_PAYOUT = frozenset({"net", "netto", "nett", "payout", "payouts", "auszahlung", "auszahlungsbetrag", "received",
                            "erhalten", "credited", "gutschrift", "balance", "saldo"})


def _items_beside_charges(frame: pl.DataFrame, chosen: str, free: list[str], mapping: dict[str, str],
                          notes: list[str]) -> bool:
    """Map the goods' own amount when the chosen total is it plus charge columns (docs/import.md, "Net, gross and
    fees": charges on top)."""
    charges = [h for h in free if h != chosen and is_charge(h) and _numbers(frame, h).null_count() < frame.height]
    if not charges:
        return False
    others = [h for h in free if h != chosen and h not in charges and money_key(h) not in _FEE
              and money_key(h) not in _NET and not _NET_OR_PAYOUT & set(_words(h))]
    total = _numbers(frame, chosen)
    if total.null_count() == frame.height:
        return False
    parts = {h: _numbers(frame, h).fill_null(0) for h in charges}
    sums = [(tuple(parts), sum(parts.values(), pl.Series([0.0] * frame.height)))]
    sums += [((h,), v) for h, v in parts.items() if len(parts) > 1]
    # a discount in money beside the goods (Tiendanube's 'Subtotal de productos', 'Descuento', 'Costo de envío',
    # 'Total'): the total is the goods less the discount plus the charges; the goods are mapped and
    # insight.io.canonical takes the discount off them (docs/import.md, "A discount in money")
    discounts = [h for h in others if _DISCOUNT.search(money_key(h)) and not _PERCENT.search(h)
                 and _numbers(frame, h).null_count() < frame.height]
    others = [h for h in others if h not in discounts]
    off = _numbers(frame, discounts[0]).fill_null(0).abs() if len(discounts) == 1 else None
    for other in others:
        goods = _numbers(frame, other)
        if goods.null_count() > frame.height * 0.05 or goods.dtype != pl.Float64:
            continue
        for less in (None, off) if off is not None else (None,):
            for names, added in sums:
                data = pl.DataFrame({"t": total, "g": goods, "c": added if less is None else added - less,
                                     "d": less if less is not None else pl.Series([0.0] * frame.height)})
                data = data.drop_nulls(["t", "g"])
                if data.height == 0 or _share(data, (pl.col("c").abs() > 0.005).cast(pl.Float64)) == 0:
                    continue
                if less is not None and _share(data, (pl.col("d") > 0.005).cast(pl.Float64)) == 0:
                    continue
                fits = ((pl.col("g") + pl.col("c") - pl.col("t")).abs() <= 0.011).cast(pl.Float64)
                if _share(data, fits) >= 0.95 and _share(data, (pl.col("g").abs() > 0.005).cast(pl.Float64)) > 0.5:
                    mapping[other] = "amount"
                    shown = "', '".join(names)
                    minus = "" if less is None else f" less '{discounts[0]}'"
                    notes.append(f"'{chosen}' is '{other}'{minus} plus '{shown}' (charges paid on top, no sales): "
                                 f"revenue is '{other}'{minus}; '{chosen}' stays a column of its own")
                    return True
    return False


def is_charge(header: str) -> bool:
    """A header one of whose words is a charge ('Gebühren', 'Total shipping', 'Versandkosten'), never a word that
    only holds one ('customer' holds 'ust')."""
    return any(_CHARGE.match(w) for w in _words(header))


def _words(header: str) -> list[str]:
    """A header's words, folded ('Order Net' -> order, net; 'Gebühren' -> gebuehren)."""
    from insight.language import fold

    return [w for w in re.split(r"[^0-9a-z]+", fold(header).replace("ü", "ue")) if w]


_DISCOUNT = re.compile(r"(?:rabatt|discount|nachlass|remise|korting|descuento|desconto|sconto)")
_PERCENT = re.compile(r"(?:%|prozent|percent|pct|porcentaje|pourcentage|percentual)", re.IGNORECASE)


def _kept(frame: pl.DataFrame, gross: str, net: str) -> pl.Series:
    """The lines of ``frame`` with both a gross and a net number (as choose_amount's data keeps them)."""
    return _numbers(frame, gross).is_not_null() & _numbers(frame, net).is_not_null()
