"""The conventions a client's data follows, detected from the data itself (metrics.md, "Conventions").

Nothing here is assumed from one data set: whether an order id ``C…`` reverses an invoice, which status
values mark a line that never was a sale, where profit comes from and which currency amounts are in are
read off the data, can be overridden in the settings, and are reported (import report, ``insight
settings``, answer notes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import polars as pl

from insight import numbers
from insight.dataset import Dataset
from insight.language import Language
from insight.messages import say

# status values (folded) that mark a line that was never a sale
CANCELLED_STATUS = ("cancelled", "canceled", "cancel", "storniert", "storno", "returned", "retoure", "refunded",
                    "erstattet", "ruckerstattet", "rueckerstattet", "voided", "void",
                    "retourniert", "annulliert", "closed lost", "lost", "verloren", "failed", "declined",
                    "fehlgeschlagen", "abgelehnt", "payment failed",
                    # the same words in the languages of European shop exports (lower-case, with and without accents)
                    "annulée", "annulee", "annulé", "annule", "annulation", "remboursée", "remboursee", "remboursé",
                    "rembourse", "retournée", "retournee", "échouée", "echouee", "refusée", "refusee",
                    "geannuleerd", "terugbetaald", "geretourneerd", "mislukt", "geweigerd",
                    "cancelado", "cancelada", "anulado", "anulada", "devuelto", "devuelta", "reembolsado",
                    "reembolsada", "fallido", "rechazado", "annullato", "annullata", "rimborsato", "rimborsata",
                    "reso", "fallito", "devolvido", "devolvida", "anulowane", "zwrócone", "storno")
# status values of an offer that is no sale yet (quotation, draft): never a sale, but not a cancellation either
OPEN_STATUS = ("quotation", "quotation sent", "quote", "quoted", "draft", "angebot", "angebot versendet",
               "angebot gesendet", "entwurf", "devis", "devis envoyé", "offerte", "presupuesto", "offerta",
               "cotización", "cotizacion")
# letter-prefixed documents other than C… (Online Retail's six A… bad-debt adjustments) that do not
# change the verdict that the ids are "mostly digits"
_OTHER_SHARE = 0.02


# document types (folded) of a line column that say the line reverses a sale: a credit note with a positive
# amount ("Typ = Gutschrift; Betrag = 120,00") is −120 in revenue
CREDIT_DOCUMENTS = ("gutschrift", "gutschriften", "credit note", "creditnote", "credit memo", "creditmemo", "credit",
                    "refund", "erstattung", "ruckerstattung", "rueckerstattung", "stornorechnung", "storno",
                    "korrekturrechnung", "ruckgabe", "rueckgabe", "rucksendung", "return", "retoure", "avoir",
                    "creditnota", "nota de credito", "abono", "devolucion", "nota di credito")
# a compound ending in a credit word is a credit note too ('Retourengutschrift', 'Returns Credit Memo')
_CREDIT_ENDINGS = ("gutschrift", "credit memo", "creditmemo", "credit note", "creditnote", "stornorechnung",
                   "creditnota")


def is_credit_document(folded: str) -> bool:
    """Whether a folded document type names a credit note (a word of CREDIT_DOCUMENTS or a compound of one)."""
    return folded in CREDIT_DOCUMENTS or folded.endswith(_CREDIT_ENDINGS)


# a column that names what was sold (its category, group or item) or how it was paid holds no document types:
# 'Category = Coffee' is no fee, 'Warengruppe = Gutscheine' no credit note, 'Payment method = Bank transfer' no
# payout
_PRODUCT_HEADER_WORDS = ("category", "categories", "kategorie", "warengruppe", "produktgruppe", "artikelgruppe",
                         "productgroup", "product", "produkt", "artikel", "item", "items", "sku", "collection",
                         "sortiment", "department", "abteilung",
                         # how a customer paid ('Zahlungsart = Bank transfer') is no document type either
                         "method", "zahlungsart", "zahlungsmethode", "zahlungsweise", "gateway", "paymentmethod")


def is_product_header(name: str) -> bool:
    """Whether a (client) column name names a product, item, category or payment method: never document types."""
    import re

    from insight.language import fold

    words = [w for w in re.split(r"[^a-z0-9]+", fold(name).lower()) if w]
    return any(w in _PRODUCT_HEADER_WORDS or w.endswith(("kategorie", "category", "gruppe")) for w in words)


def typed_column(frame: pl.DataFrame, columns: list[str], is_kind: Callable[[str], bool],
                 companion: Callable[[str], bool] | None = None) -> tuple[str, tuple[object, ...]] | None:
    """(column, values) of the first of ``columns`` with few text values of which some are of a kind (``is_kind``
    on the folded value) and others are not. Columns naming a product, category or payment method are skipped."""
    from insight.language import fold

    schema = frame.schema
    for name in columns:
        if schema[name] != pl.String or is_product_header(name):
            continue
        s = frame.get_column(name)
        if s.head(20_000).n_unique() > 30:
            continue
        values = [v for v in s.drop_nulls().unique().to_list() if isinstance(v, str)]
        found = tuple(v for v in values if is_kind(fold(v).strip()))
        if companion is not None and not any(companion(fold(v).strip()) for v in values):
            continue  # the kind counts only beside a companion value ('Bill' beside 'Sales invoice')
        if found and len(found) < len(values) and len(values) <= 30:
            return name, found
    return None


def _typed_documents(ds: Dataset, kind: str, is_kind: Callable[[str], bool]) -> tuple[str, tuple[object, ...]] | None:
    """:func:`typed_column` over the client line columns (cached per dataset)."""
    return ds.cached(f"conventions.{kind}",
                     lambda: typed_column(ds.order_lines, ds.client_columns("order_lines"), is_kind))


def credit_documents(ds: Dataset) -> tuple[str, tuple[object, ...]] | None:
    """(column, values) of a client line column that types documents as invoices and credit notes."""
    return _typed_documents(ds, "credit_documents", is_credit_document)


# document types (folded) of a line column that are neither a sale nor a return: a settlement's fees and payouts
# ('Transaktionstyp = Verkaufsgebühr / Auszahlung'), a payment account's withdrawals to the bank ('Allgemeine
# Abbuchung') and an accounting export's expenses and purchases ('Belegart = Ausgabe', 'Eingangsrechnung').
# German words also end compounds ('Verkaufsgebühr'); English words must be the last whole word ('Transaction
# fee'), so 'Coffee' or 'Toffee' never is one.
_NON_SALE_COMPOUNDS = ("gebuhr", "gebuehr", "gebuhren", "gebuehren", "provision", "auszahlung", "einbehalt",
                       "abbuchung", "ausgabe", "ausgaben", "eingangsrechnung", "eingangsrechnungen", "aufwand",
                       "uberweisung an verkaufer", "ueberweisung an verkaufer")
_NON_SALE_WORDS = ("fee", "fees", "commission", "payout", "payouts", "withdrawal", "withdrawals", "transfer",
                   "expense", "expenses", "vendor bill", "supplier bill", "supplier invoice", "purchase invoice",
                   "eingangsbeleg")
# words that are a purchase from the seller's side only beside a sales document in the same column ('Type = Sales
# invoice / Bill', 'Belegart = Einnahme / Einkauf'); alone they may be the customer's purchase or a restaurant bill
_PURCHASE_WORDS = ("bill", "bills", "purchase", "purchases", "purchase order", "einkauf", "wareneinkauf")
_SALES_WORDS = ("invoice", "sales invoice", "sale", "sales", "sales receipt", "receipt", "income", "revenue",
                "payment", "einnahme", "einnahmen", "rechnung", "ausgangsrechnung", "verkauf", "erlos", "erloes",
                "zahlung", "website zahlung")


def is_non_sale_document(folded: str) -> bool:
    """Whether a folded document type names a fee, payout, withdrawal, expense or purchase (module note above)."""
    import re

    words = [w for w in re.split(r"[^a-z0-9]+", folded.lower()) if w]
    if not words:
        return False
    return folded.lower().endswith(_NON_SALE_COMPOUNDS) or words[-1] in _NON_SALE_WORDS \
        or " ".join(words[-2:]) in _NON_SALE_WORDS


def is_purchase_document(folded: str) -> bool:
    """Whether a folded document type is a purchase word that needs a sales document beside it (_PURCHASE_WORDS)."""
    return folded.lower() in _PURCHASE_WORDS


def is_sales_document(folded: str) -> bool:
    return folded.lower() in _SALES_WORDS or folded.lower().endswith(("sales invoice", "ausgangsrechnung"))


def non_sale_column(frame: pl.DataFrame, columns: list[str]) -> tuple[str, tuple[object, ...]] | None:
    """(column, values) of the first of ``columns`` typing lines as fees, payouts, expenses or purchases beside
    sales (:func:`typed_column`); a purchase word counts only beside a sales document in the same column."""
    found = typed_column(frame, columns, is_non_sale_document)
    if found is not None:
        return found
    return typed_column(frame, columns, is_purchase_document, companion=is_sales_document)


def non_sale_documents(ds: Dataset) -> tuple[str, tuple[object, ...]] | None:
    """(column, values) of a client line column that types lines as sales and as fees or payouts: those lines
    are left out of every figure."""
    return ds.cached("conventions.non_sale_documents",
                     lambda: non_sale_column(ds.order_lines, ds.client_columns("order_lines")))


def c_prefix_applies(order_ids: pl.Series) -> bool:
    """The Online Retail convention (``C489449`` reverses an invoice) holds for these ids: every id
    starting with C is C + digits, and the great majority of the other ids are plain digits."""
    ids = order_ids.drop_nulls().unique()
    if ids.dtype != pl.String:
        return False
    starts_c = ids.str.starts_with("C")
    c_ids = ids.filter(starts_c)
    if c_ids.len() == 0 or not bool(c_ids.str.contains(r"^C\d+$").all()):
        return False
    others = ids.filter(~starts_c)
    if others.len() == 0:
        return False
    other_kinds = others.len() - int(others.str.contains(r"^\d+$").sum())
    return other_kinds <= _OTHER_SHARE * others.len() or (other_kinds <= 10 and other_kinds <= 0.1 * others.len())


# status values of a deal pipeline (CRM exports) that mark the one sale: where the status column has one of
# them, every other stage (open, negotiation, closed lost) is no sale yet
WON_STATUS = ("won", "closed won", "closed-won", "closedwon", "gewonnen", "auftrag gewonnen", "deal won")


def won_only(ds: Dataset) -> bool:
    """Whether the order lines are a deal pipeline: the status column holds a won stage besides others."""
    lines = ds.order_lines
    if "line_status" not in lines.columns or lines.get_column("line_status").null_count() == lines.height:
        return False
    values = set(lines.get_column("line_status").drop_nulls().cast(pl.String).str.strip_chars()
                 .str.to_lowercase().unique().to_list())
    return bool(values & set(WON_STATUS)) and len(values) >= 2


def second_status(ds: Dataset) -> pl.Expr | None:
    """The line status with every further status column folded in: each client column of the order lines with
    few values, some of which say cancelled/refunded (Shopware's payment state 'refunded' beside its order state,
    'Zahlungsstatus' = 'Erstattet' beside 'Bestellstatus', a delivery state 'returned'), overrides the status of
    those lines (the first such column in source order wins). None where there is no such column."""
    found = ds.cached("conventions.second_status", lambda: _second_status_columns(ds))
    if not found:
        return None
    base = pl.col("line_status") if "line_status" in ds.order_lines.columns else pl.lit(None, pl.String)
    words = list(CANCELLED_STATUS)
    out = base
    for column in reversed(found):  # the first column in source order wins
        says = pl.col(column).str.strip_chars().str.to_lowercase().is_in(words).fill_null(False)
        out = pl.when(says).then(pl.col(column)).otherwise(out)
    return out.alias("line_status")


def _second_status_columns(ds: Dataset) -> tuple[str, ...]:
    return status_columns(ds.order_lines, ds.client_columns("order_lines"))


def status_columns(frame: pl.DataFrame, columns: list[str]) -> tuple[str, ...]:
    """The ``columns`` of few text values some of which are cancellation words (every status-like column)."""
    schema = frame.schema
    words = list(CANCELLED_STATUS)
    found = []
    for column in columns:
        if schema[column] != pl.String or is_product_header(column):
            continue
        values = frame.get_column(column).drop_nulls().str.strip_chars().str.to_lowercase().unique()
        if 0 < values.len() <= 20 and values.is_in(words).any():
            found.append(column)
    return tuple(found)


def cancelled_expr(won: bool = False, offers: bool = True) -> pl.Expr:
    """A line that never was a sale: its status says cancelled / returned, or (``offers``) it is a quotation or
    draft (case-insensitive); in a deal pipeline (``won``) every line whose stage is not won. Counting
    cancellations passes ``offers=False``: an open quotation was never cancelled."""
    status = pl.col("line_status").str.strip_chars().str.to_lowercase()
    if won:
        return (~status.is_in(list(WON_STATUS))).fill_null(False)
    words = [*CANCELLED_STATUS, *OPEN_STATUS] if offers else list(CANCELLED_STATUS)
    return status.is_in(words).fill_null(False)


@dataclass(frozen=True)
class Conventions:
    """What insight applies to this data, with the counts the import report shows."""

    c_prefix: bool                 # ids C+digits reverse invoices
    cancellation_rule: str         # in words
    reversing_lines: int           # lines with a negative quantity/amount or a C id (when c_prefix)
    cancelled_lines: int           # lines whose status says cancelled/returned (left out entirely)
    cancelled_values: tuple[str, ...]
    profit_source: str             # line_profit | unit_cost | default_margin
    margin_assumed: bool           # profit rests on the configured default margin
    currency: str                  # '' when neither set nor found
    currency_source: str           # setting | column | sign | none

    def to_json(self) -> dict:
        return asdict(self)

    def describe(self, lang: Language = "en") -> list[str]:
        """One line per convention, for the import report and ``insight settings``."""
        reversing, cancelled = (numbers.group(f"{n:,}", lang) for n in (self.reversing_lines, self.cancelled_lines))
        return [say("conventions_returns", lang, rule=self.cancellation_rule, reversing=reversing,
                    cancelled=cancelled),
                say("conventions_profit", lang, source=say(f"conventions_profit_{self.profit_source}", lang)),
                say("conventions_currency", lang, currency=self.currency or "–",
                    source=say(f"conventions_currency_{self.currency_source}", lang))]


def _has(frame: pl.DataFrame, column: str) -> bool:
    return column in frame.columns and frame.height > 0 and frame.get_column(column).null_count() < frame.height


def c_prefix_for(ds: Dataset) -> bool:
    """The C-prefix rule for this data: the setting when forced, else detected (cached)."""
    rule = getattr(ds.settings, "cancellation_rule", "auto") or "auto"
    if rule == "c_prefix":
        return True
    if rule == "no_c_prefix":
        return False
    return ds.cached("conventions.c_prefix", lambda: c_prefix_applies(ds.order_lines.get_column("order_id")))


def detect(ds: Dataset) -> Conventions:
    """The conventions of a Dataset (cached)."""
    return ds.cached("conventions", lambda: _detect(ds))


def _detect(ds: Dataset) -> Conventions:
    lines = ds.order_lines
    second = second_status(ds)
    if second is not None:
        lines = lines.with_columns(line_status=second)
    c_prefix = c_prefix_for(ds)
    rule = getattr(ds.settings, "cancellation_rule", "auto") or "auto"
    reversing = pl.col("quantity").fill_null(0) < 0
    reversing |= pl.col("amount").fill_null(0) < 0
    if c_prefix:
        reversing |= pl.col("order_id").fill_null("").str.starts_with("C")
    won = won_only(ds)
    counts = lines.select(rev=reversing.sum(), can=cancelled_expr(won).sum()) if lines.height else None
    rev = int(counts.item(0, "rev")) if counts is not None else 0
    can = int(counts.item(0, "can")) if counts is not None else 0
    values: tuple[str, ...] = ()
    if can:
        values = tuple(sorted(lines.filter(cancelled_expr(won)).get_column("line_status").unique().to_list()))
    parts = ["negative quantity or amount = return"]
    if c_prefix:
        parts.append("order ids C+digits = reversal" + (" (setting)" if rule == "c_prefix" else " (detected)"))
    elif rule == "no_c_prefix":
        parts.append("C-prefixed ids are ordinary orders (setting)")
    if _has(lines, "line_status"):
        parts.append(f"status {', '.join(values) if values else 'cancelled/returned'} = never a sale")
    fees = non_sale_documents(ds)
    if fees is not None:
        left = int(lines.select(pl.col(fees[0]).is_in(list(fees[1])).sum()).item())
        parts.append(f"{fees[0]} {', '.join(map(str, fees[1]))} = no sale (fee, payout, expense or purchase): "
                     f"{left:,} lines left out")
    credit = credit_documents(ds)
    if credit is not None:
        parts.append(f"{credit[0]} {', '.join(map(str, credit[1]))} = reversal (credit note), counted negative")
    profit = ("line_profit" if _has(lines, "line_profit") else
              "unit_cost" if _has(lines, "unit_cost") else "default_margin")
    currency, source = currency_of(ds)
    return Conventions(c_prefix=c_prefix, cancellation_rule="; ".join(parts), reversing_lines=rev,
                       cancelled_lines=can, cancelled_values=values, profit_source=profit,
                       margin_assumed=profit == "default_margin", currency=currency, currency_source=source)


def currency_of(ds: Dataset) -> tuple[str, str]:
    """(currency, where it came from): the setting, else one value of a currency column, else none."""
    if ds.settings.currency:
        return ds.settings.currency, "setting"
    found = currencies(ds)
    if len(found) == 1:
        return found[0], "column"
    return "", "several" if found else "none"


def currencies(ds: Dataset) -> tuple[str, ...]:
    """The distinct currencies of the order lines' currency column (upper case; cached). Two or more: money
    is never summed across them (an answer is per currency or asked back)."""
    def build() -> tuple[str, ...]:
        lines = ds.order_lines
        if not _has(lines, "currency"):
            return ()
        values = lines.get_column("currency").drop_nulls().cast(pl.String).str.strip_chars().str.to_uppercase()
        return tuple(sorted(v for v in values.unique().to_list() if v))
    return ds.cached("conventions.currencies", build)
