"""An unsigned amount beside a debit/credit indicator (docs/import.md, "Debit/credit indicators").

Bank and ledger exports often write every amount as a positive number and put the direction in a column of its
own: a Volksbank statement's ``Umsatz`` + ``Soll/Haben`` (S/H), a ledger's ``Betrag`` + ``Soll-Haben-Kennzeichen``,
an English bank's ``Amount`` + ``Debit/Credit`` or ``D/C`` (Debit/Credit, DR/CR), a ``Lastschrift``/``Gutschrift``
column. Summed as they stand, money out would count as money in. The sign comes from the indicator:

- on a **bank statement** (insight.io.bank) the credit side (H, Haben, Credit, CR, Gutschrift) is money in and the
  debit side money out — the signed amounts then feed the statement's rule (outgoing payments are no sale);
- on a **sales ledger** (any other order file) the debit side is the sale and a credit-side posting (a credit note,
  a reversal) counts negative, as DATEV's key does for a debtor.

Applied only where the amount column holds no negative number (amounts already signed are left as they are) and
the indicator is a column named as one (or whose every value is a debit or credit word). A named indicator holding
other values is refused in one line naming the column and the ``--map``. One import note names the rule.
"""

from __future__ import annotations

import polars as pl

from insight.errors import InputError
from insight.schema import normalise_header

# headers that name a debit/credit indicator (normalised: lower case, letters and digits only)
HEADERS = frozenset((
    "sollhabenkennzeichen", "sollhabenkz", "sollhaben", "shkz", "shkennzeichen", "sh", "kennzeichensollhaben",
    "habensoll", "lastschriftgutschrift", "gutschriftlastschrift", "belastunggutschrift",
    "debitcreditindicator", "debitcredit", "creditdebit", "dc", "cd", "drcr", "crdr", "debitcreditcode",
    "creditdebitindicator", "cdindicator", "dcindicator", "debitorcredit", "creditordebit",
))
DEBIT = frozenset(("S", "SOLL", "D", "DEBIT", "DR", "DB", "LASTSCHRIFT", "BELASTUNG", "DBIT"))
CREDIT = frozenset(("H", "HABEN", "C", "CREDIT", "CR", "GUTSCHRIFT", "CRDT"))
# the long words are an indicator by themselves; a single letter only under an indicator's header
_WORDS = frozenset(w for w in DEBIT | CREDIT if len(w) > 2)
_HEAD = 1000  # rows looked at before a whole column (find)


def _values(frame: pl.DataFrame, header: str) -> pl.Series:
    return frame.select(pl.col(header).cast(pl.String).str.strip_chars().str.to_uppercase()
                        .str.strip_chars(".").replace("", None).alias("k"))["k"]


def find(frame: pl.DataFrame, mapping: dict[str, str]) -> str | None:
    """The indicator column: named as one, or a text column whose every filled value is a debit or credit word and
    that holds both sides."""
    from insight.io.mapping import IGNORE

    named = next((h for h in frame.columns if normalise_header(h) in HEADERS and mapping.get(h) != IGNORE), None)
    if named is not None:
        return named
    schema = frame.schema  # once: a wide frame's schema is rebuilt on every access
    for header in frame.columns:
        if header in mapping or schema[header] != pl.String:
            continue
        # one value that is no debit or credit word rules the column out: the first rows are looked at first
        # (most columns show one there), then the distinct values of the whole column, each normalised once
        column = frame.get_column(header)  # one column, not the (possibly thousands of columns wide) frame
        head = set(_values(column.head(_HEAD).to_frame(), header).drop_nulls().to_list())
        if not head <= _WORDS:
            continue
        values = set(_values(column.unique().to_frame(), header).drop_nulls().to_list())
        if values and values <= _WORDS and values & DEBIT and values & CREDIT:
            return header
    return None


def sign(frame: pl.DataFrame, amount: str, key: str, bank: bool, source: str, notes: list[str]) -> pl.DataFrame:
    """``frame`` with ``amount`` signed by the indicator ``key`` (module doc); unchanged where the amounts are
    already signed."""
    from insight.io.net_gross import _numbers

    value = _numbers(frame, amount)
    if bool((value.drop_nulls() < 0).any()) or value.drop_nulls().len() == 0:
        return frame  # already signed: the indicator only repeats what the sign says
    keys = _values(frame, key)
    bad = keys.is_not_null() & ~keys.is_in(sorted(DEBIT | CREDIT))
    if bool(bad.any()):
        row = int(bad.arg_true()[0]) + 1
        raise InputError(f"{source}: column '{key}' row {row} should hold a debit or credit mark (S/H, Soll/Haben, "
                         f"D/C, Debit/Credit), found '{keys[row - 1]}'; leave it out with --map \"{key}=-\" only if "
                         "the amounts are already signed")
    credit = keys.is_in(sorted(CREDIT))
    plus = (credit if bank else ~credit).fill_null(True)  # money in on a statement; the sale (debit) on a ledger
    signed = pl.when(pl.lit(plus)).then(pl.lit(value).abs()).otherwise(-pl.lit(value).abs())
    n_minus = int((~plus & value.is_not_null()).sum())
    if bank:
        notes.append(f"debit/credit indicator: '{amount}' is unsigned and '{key}' gives its direction; the credit side "
                     f"(money in) counts positive, the {n_minus:,} debit-side lines (money out) negative")
    else:
        notes.append(f"debit/credit indicator: '{amount}' is unsigned and '{key}' gives its direction; the debit side "
                     f"is the sale, the {n_minus:,} credit-side lines (credit notes, reversals) count negative")
    return frame.with_columns(signed.cast(pl.Float64).alias(amount))
