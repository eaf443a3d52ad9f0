"""A bank statement export (docs/import.md, "Bank statements").

A bank's account export (Sparkasse/Volksbank CSV-CAMT, DKB, N26, an English bank's CSV) is recognised by its
layout: a booking or value date (``Buchungstag``, ``Valutadatum``, ``Booking date``), a booking text or purpose
(``Buchungstext``, ``Verwendungszweck``, ``Umsatzart``, ``Payment reference``) and the other party of each
payment (``Beguenstigter/Zahlungspflichtiger``, ``Name Zahlungsbeteiligter``, ``Counterparty``, an IBAN column).
Its signed amounts are money in and out of the account: incoming payments are the sales (a customer paying),
outgoing payments (negative: direct debits, transfers to suppliers, tax) are neither sales nor returns of sales.
So each line gets a direction column — ``Zahlungsrichtung`` = ``Zahlungseingang`` / ``Zahlungsausgang`` (German
headers) or ``Direction`` = ``incoming payment`` / ``outgoing payment`` — and the outgoing lines are typed as no
sale (insight.metrics.conventions, ``non_sale_documents``): revenue is the incoming payments only, and the
outgoing ones can still be summed and counted by that column. One import note says so.
"""

from __future__ import annotations

import polars as pl

from insight.schema import BANK_DIRECTION, normalise_header

INCOMING = {lang: names[1] for lang, names in BANK_DIRECTION.items()}
OUTGOING = {lang: names[2] for lang, names in BANK_DIRECTION.items()}

# the words are a bank's own (a booking day, a purpose): a shop's 'Transaction date' or 'Description' beside a
# 'Payer' never makes a sales export a statement (its negative lines stay returns)
_DATE = {"buchungstag": "de", "buchungsdatum": "de", "valutadatum": "de", "valuta": "de", "wertstellung": "de",
         "wertstellungsdatum": "de", "bookingdate": "en", "valuedate": "en"}
_TEXT = ("buchungstext", "verwendungszweck", "umsatzart", "buchungsart", "paymentreference", "purpose",
         "remittanceinformation", "bookingtext")
_PARTY = ("beguenstigterzahlungspflichtiger", "namezahlungsbeteiligter", "zahlungsempfaenger", "auftraggeber",
          "empfaenger", "auftraggeberempfaenger", "empfaengerauftraggeber", "zahlungspflichtiger", "beguenstigter",
          "counterparty", "counterpartyname", "payee", "payer", "payeepayer", "payerpayee", "kontonummeriban",
          "iban", "ibanzahlungsbeteiligter", "counterpartyiban", "gegenkontoiban")


def statement_language(headers: list[str]) -> str | None:
    """'de' or 'en' where the headers are a bank statement's (module doc), else None."""
    norms = {normalise_header(h) for h in headers}
    dates = [lang for n, lang in _DATE.items() if n in norms]
    if not dates or not norms & set(_TEXT) or not norms & set(_PARTY):
        return None
    return dates[0]


def mark_directions(frame: pl.DataFrame, amount: str, lang: str, notes: list[str]) -> pl.DataFrame:
    """``frame`` with the direction column (module doc), where the amounts are signed and both directions occur."""
    from insight.io.net_gross import _numbers

    name = BANK_DIRECTION[lang][0]
    if name in frame.columns:
        return frame
    value = _numbers(frame, amount)
    negative = int((value < 0).sum())
    if negative == 0 or negative == value.drop_nulls().len():
        return frame
    direction = pl.when(pl.lit(value) < 0).then(pl.lit(OUTGOING[lang])).otherwise(pl.lit(INCOMING[lang]))
    notes.append(f"a bank statement: '{amount}' is money in and out of the account; the {negative:,} outgoing payments "
                 f"(negative: direct debits, transfers, fees) are neither sales nor returns and are left out of every "
                 f"figure; revenue is the incoming payments ('{name}' = {INCOMING[lang]} / {OUTGOING[lang]})")
    return frame.with_columns(direction.alias(name))
