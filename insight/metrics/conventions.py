"""The conventions a client's data follows, detected from the data itself (metrics.md, "Conventions").

Nothing here is assumed from one data set: whether an order id ``C…`` reverses an invoice, which status
values mark a line that never was a sale, where profit comes from and which currency amounts are in are
read off the data, can be overridden in the settings, and are reported (import report, ``insight
settings``, answer notes).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

import polars as pl

from insight import numbers
from insight.dataset import Dataset
from insight.language import CJK_LETTERS, Language
from insight.messages import say
from insight.schema import ISO_CURRENCIES

# The one table of status values that are no sale (docs/import.md, "Which statuses are a sale"), in three kinds;
# compared folded (status_key: case, umlauts, accents and punctuation ignored, a shop system's short prefix
# 'wc-' dropped), in German, English and the languages of European shop exports.
# cancelled: the order was called off ("Stornos", "cancelled orders" count these)
CANCEL_STATUS = ("cancelled", "canceled", "cancel", "storniert", "storno", "voided", "void", "annulliert",
                 "abgesagt", "abgebrochen",  # an appointment or booking called off (a salon, a practice, a course)
                 "closed lost", "lost", "verloren",
                 "annulée", "annulé", "annulation", "geannuleerd", "cancelado", "cancelada", "anulado", "anulada",
                 "annullato", "annullata", "anulowane",
                 # the other European exports' words (cs, sv, no, da, it, pl, es/pt, nl, fi): Pohoda's 'Stornováno',
                 # Fortnox's flag 'Makulerad', 'Kansellert', 'Annulleret', 'stornato', 'anulowana', 'mitätöity'
                 "stornováno", "stornovana", "stornovaný", "stornovaná", "zrušeno", "zrušená", "zrušený",
                 "makulerad", "makulerat", "makulerade", "annullerad", "annullerat", "avbruten", "avbrutet",
                 "kansellert", "kansellerat", "annullert", "makulert", "annulleret",
                 "stornato", "stornata", "annullati", "annullate", "anulowana", "anulowany", "anulowano",
                 "cancelado pelo cliente", "anulado pelo cliente", "afgebroken",
                 "peruttu", "peruutettu", "mitätöity", "mitatoity", "annulées", "annulés",
                 # ro (SmartBill's 'Anulata'/'Anulată', 'Stornata'), hu ('Sztornó', 'érvénytelen'), tr ('İptal',
                 # 'İptal Edildi'), pl/cs/nl/sv more forms
                 "anulata", "anulată", "anulat", "anulate", "stornată", "stornat", "stornate",
                 "sztornó", "sztornózva", "sztornózott", "érvénytelen", "érvénytelenítve", "érvénytelenített",
                 "iptal", "iptal edildi", "iptal edilen", "iptal edilmiş",
                 "anulowane zamówienie", "stornována", "stornováný", "geannuleerde", "makulerade faktura",
                 # who called it off, after the word (Mercado Libre's 'Cancelada por el comprador', a marketplace's
                 # 'Cancelled by buyer'): still cancelled
                 *(f"{c} {by} {who}" for c in ("cancelled", "canceled") for by in ("by", "by the")
                   for who in ("buyer", "customer", "seller", "merchant", "retailer", "marketplace")),
                 *(f"{c} {by} {who}" for c in ("cancelada", "cancelado", "anulada", "anulado")
                   for by in ("por el", "por la", "por", "pelo", "pela")
                   for who in ("comprador", "compradora", "cliente", "vendedor", "vendedora")))
# returned or refunded: sold, then taken back in full
RETURN_STATUS: tuple[str, ...] = ("returned", "retoure", "retourniert", "zurückgegeben", "zurueckgegeben", "refunded", "erstattet",
                 "rückerstattet", "rueckerstattet", "zurückerstattet", "zurueckerstattet", "charged back",
                 "chargeback", "rückbuchung", "rueckbuchung",
                 "remboursée", "remboursé", "retournée", "terugbetaald", "geretourneerd", "devuelto", "devuelta",
                 "reembolsado", "reembolsada", "rimborsato", "rimborsata", "reso", "devolvido", "devolvida",
                 "zwrócone")
# a payment that never came through: failed, declined, expired
FAILED_STATUS: tuple[str, ...] = ("failed", "payment failed", "declined", "fehlgeschlagen", "abgelehnt", "expired",
                 "payment expired", "abgelaufen", "verfallen",
                 "échouée", "refusée", "mislukt", "geweigerd", "fallido", "rechazado", "fallito",
                 # a card payment authorised and never captured (Razorpay's 'authorized' beside 'captured', which
                 # insight.io.canonical names so; Xero's 'AUTHORISED' invoice alone is an approved sale)
                 "authorized not captured", "authorised not captured", "not captured", "uncaptured")
# an appointment or booking the customer did not come to (a salon, a practice, a hotel's guest): never a sale
NOSHOW_STATUS = ("no show", "noshow", "no showed", "did not show", "did not attend", "not attended", "missed",
                 "nicht erschienen", "nicht gekommen", "nicht wahrgenommen", "versaumt", "nichterscheinen",
                 "nicht angereist")
# an order the seller or shop refused or rejected (a marketplace's 'REFUSED' line state), a checkout never completed
# ('Abandoned' beside 'Paid' and 'Pending Payment', a cart given up): no sale, as a failed payment (docs/import.md,
# "Which statuses are a sale"); a payment still pending stays a sale
FAILED_STATUS = (*FAILED_STATUS, "refused", "rejected", "denied", "refusé", "refusée", "refusés", "refusées",
                 "rejeté", "rejetée", "abgewiesen", "zurückgewiesen", "zurueckgewiesen", "rechazada",
                 "rechazados", "rechazadas", "denegado", "denegada", "recusado", "recusada", "rejeitado",
                 "rejeitada", "rifiutato", "rifiutata", "respinto", "respinta", "afgewezen", "geweigerd",
                 "afgekeurd", "odmítnuto", "odmítnutá", "odmítnutý", "zamítnuto", "zamítnutá", "odrzucone",
                 "odrzucony", "odrzucona", "avvist", "avvisad", "avvisat", "afvist", "hylätty", "elutasítva",
                 "elutasított", "reddedildi", "respinsă", "respins",
                 "shop refused", "refused by shop", "refused by seller", "rejected by seller", "order refused",
                 "order rejected")
FAILED_STATUS = (*FAILED_STATUS, "abandoned", "abandoned checkout", "abandoned cart", "checkout abandoned",
                 "cart abandoned", "abandonado", "abandonada", "carrito abandonado", "abandonné", "abandonnée",
                 "panier abandonné", "abbandonato", "abbandonata", "carrello abbandonato", "verlaten",
                 "achtergelaten", "abgebrochener checkout", "kaufabbruch", "warenkorbabbruch", "checkout abgebrochen",
                 "porzucony", "porzucone", "opuštěný", "opuštěná", "övergiven", "forlatt", "hylätty ostoskori")
# Turkish and Hungarian invoice lists (Paraşüt 'Durum' = 'İptal Edildi', Billingo 'Sztornózva'; docs/import.md,
# "client set 11"): cancelled and returned in their words
CANCEL_STATUS = (*CANCEL_STATUS, "iptal edildi", "iptal", "iptal edilmiş", "sztornózva", "sztornózott", "sztornó",
                 "törölve", "törölt", "visszavonva")
RETURN_STATUS = (*RETURN_STATUS, "iade edildi", "iade", "visszaküldve", "visszatérítve")
# Japanese and Chinese sales lists (Yayoi's '取消' flag column, a shop's 'キャンセル', '已取消', '作废'): cancelled and
# returned (refunded) in their words; compared with their letters kept (status_key)
CANCEL_STATUS = (*CANCEL_STATUS, "取消", "取消し", "取り消し", "取消済", "取消済み", "取り消し済み", "キャンセル",
                 "キャンセル済", "キャンセル済み", "無効", "已取消", "取消订单", "作废", "已作废", "作廢", "已作廢")
RETURN_STATUS = (*RETURN_STATUS, "返品済", "返品済み", "返金済", "返金済み", "已退货", "已退貨", "已退款", "退款")
# every status value that marks a line that was never a sale
CANCELLED_STATUS = (*CANCEL_STATUS, *RETURN_STATUS, *FAILED_STATUS, *NOSHOW_STATUS)
# status values of an offer that is no sale yet (quotation, draft): never a sale, but not a cancellation either
OPEN_STATUS = ("quotation", "quotation sent", "quote", "quoted", "draft", "angebot", "angebot versendet",
               "angebot gesendet", "entwurf", "devis", "devis envoyé", "offerte", "presupuesto", "offerta",
               "cotización", "cotizacion")


def status_key(expr: pl.Expr) -> pl.Expr:
    """A status value as the status tables compare it (as ``insight.language.fold`` folds words): lower-case,
    umlauts and accents folded, punctuation to single blanks, and a shop system's short prefix dropped
    (WooCommerce's post status 'wc-cancelled'); a negation ('no-', 'non-', 'not-', 'un-') is no prefix."""
    text = expr.cast(pl.String).str.strip_chars().str.to_lowercase().str.replace_all("ß", "ss", literal=True)
    text = pl.when(text.str.contains(_NEGATION)).then(text).otherwise(text.str.replace(_PREFIX, ""))
    text = text.str.normalize("NFKD").str.replace_all(r"\p{Mn}", "").str.replace_all("'", "", literal=True)
    return text.str.replace_all(f"[^0-9a-z{CJK_LETTERS}]+", " ").str.strip_chars().str.replace(_CODE, "$1")


def status_in(expr: pl.Expr, words: tuple[str, ...]) -> pl.Expr:
    """Whether each status is one of ``words`` as :func:`status_key` compares them (null: False). Folded once per
    distinct value of a batch, not per line: a million lines hold a handful of statuses."""
    folded = _folded(words)

    def hits(s: pl.Series) -> pl.Series:
        values = s.cast(pl.String)
        distinct = values.drop_nulls().unique()
        said = distinct.filter(distinct.to_frame("v").select(status_key(pl.col("v")).is_in(folded)).to_series())
        return values.is_in(said.implode()).fill_null(False)

    return expr.map_batches(hits, return_dtype=pl.Boolean, is_elementwise=True)


_PREFIX = r"^[a-z]{2,3}-"
# a numeric status code in front of the status word (plentymarkets' '8 Storniert', '9 Retoure', '7.1 Warenausgang
# gebucht'; '[5] Versendet'): the word part is the status, compared after folding
_CODE = r"^[0-9]+(?: [0-9]+)* ([a-z])"
_NEGATION = r"^(?:no|non|not|un)-"


def status_text_key(value: object) -> str:
    """:func:`status_key` on one Python value (the parser's filter values, report lines)."""
    from insight.language import fold

    text = str(value).strip().lower()
    if not re.match(_NEGATION, text):
        text = re.sub(_PREFIX, "", text)
    return _drop_code(fold(text, cjk=True))


def _drop_code(folded: str) -> str:
    """A folded status without its numeric code in front ('8 storniert' -> 'storniert'; '8' stays)."""
    match = re.match(r"^[0-9]+(?: [0-9]+)* (?=[a-z])", folded)
    return folded[match.end():] if match else folded


@functools.cache
def _folded(words: tuple[str, ...]) -> list[str]:
    from insight.language import fold

    return sorted({fold(w, cjk=True) for w in words})


def status_kind(value: object) -> str | None:
    """Which row of the status table a value is in: cancelled, returned, failed, no-show, offer (never a sale), else
    None."""
    key = status_text_key(value)
    for kind, words in (("cancelled", CANCEL_STATUS), ("returned", RETURN_STATUS), ("failed", FAILED_STATUS),
                        ("no-show", NOSHOW_STATUS), ("offer", OPEN_STATUS)):
        if key in _folded(words):
            return kind
    return None


def is_cancelled_status(value: object) -> bool:
    """Whether one status value is in the never-a-sale table (CANCELLED_STATUS), compared as status_key does."""
    return status_text_key(value) in _folded(CANCELLED_STATUS)


# letter-prefixed documents other than C… (Online Retail's six A… bad-debt adjustments) that do not
# change the verdict that the ids are "mostly digits"
_OTHER_SHARE = 0.02


# document types (folded) of a line column that say the line reverses a sale: a credit note with a positive
# amount ("Typ = Gutschrift; Betrag = 120,00") is −120 in revenue
CREDIT_DOCUMENTS = ("gutschrift", "gutschriften", "credit note", "creditnote", "credit memo", "creditmemo", "credit",
                    "refund", "erstattung", "ruckerstattung", "rueckerstattung", "stornorechnung", "storno",
                    "korrekturrechnung", "ruckgabe", "rueckgabe", "rucksendung", "return", "retoure", "avoir",
                    "creditnota", "nota de credito", "abono", "devolucion", "nota di credito",
                    # a Brazilian nota fiscal's 'Natureza da operação' ('Devolução de venda'), its Spanish kin
                    "devolucao", "devolucao de venda", "devolucao de vendas", "devolucao de mercadoria",
                    "nota de devolucao", "devolucion de venta", "devolucion de ventas", "nota de devolucion",
                    # an Australian tax invoice's reversal
                    "adjustment note",
                    # an Indian billing app's return of a sale (Vyapar 'Sale Return', positive), its plural forms
                    "sale return", "sales return", "sales returns", "sale returns", "return invoice",
                    # a Turkish return invoice (Paraşüt 'İade Faturası', positive), a Hungarian correction invoice
                    # (Számlázz.hu 'Helyesbítő számla') and credit invoice ('Jóváíró számla')
                    "iade faturasi", "iade faturası", "helyesbito szamla", "helyesbito", "jovairo szamla")
# Accounting systems' two-letter transaction codes (Sage 50 UK audit trail 'Type'; docs/import.md "Document type
# codes"), read only in a column that also holds the sales-invoice code 'SI': SC (sales credit note) subtracts;
# SR/SA (sales receipt, payment on account), SD (discount), the purchase side (PI, PC, PP, PA, PD), bank and cash
# (BR, BP, CR, CP, VR, VP) and journals (JD, JC) are no sales
_INVOICE_CODES = ("si",)
_CREDIT_CODES = ("sc",)
_NON_SALE_CODES = ("sr", "sa", "sd", "pi", "pc", "pp", "pa", "pd", "br", "bp", "cr", "cp", "vr", "vp", "jd", "jc")


def is_invoice_code(folded: str) -> bool:
    return folded.lower() in _INVOICE_CODES


def is_credit_code(folded: str) -> bool:
    return folded.lower() in _CREDIT_CODES


def is_non_sale_code(folded: str) -> bool:
    return folded.lower() in _NON_SALE_CODES
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
    """(column, values) of a client line column that types documents as invoices and credit notes. Not on a bank
    statement (insight.io.bank): a bank's 'Gutschrift' is an incoming payment, its sign says which way it went."""
    from insight.schema import BANK_DIRECTION

    headers = {names[0] for names in BANK_DIRECTION.values()}
    if any(ds.client_labels.get(c, c) in headers for c in ds.client_columns("order_lines")):
        return None
    return ds.cached("conventions.credit_documents", lambda: credit_column(ds.order_lines,
                                                                           ds.client_columns("order_lines")))


def credit_column(frame: pl.DataFrame, columns: list[str]) -> tuple[str, tuple[object, ...]] | None:
    """(column, values) of the first of ``columns`` typing documents as credit notes beside invoices: a credit word
    (CREDIT_DOCUMENTS), or a credit code ('SC') beside the invoice code ('SI')."""
    found = typed_column(frame, columns, is_credit_document)
    if found is not None:
        return found
    return typed_column(frame, columns, is_credit_code, companion=is_invoice_code)


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
                   "eingangsbeleg",
                   # a bank statement's outgoing payments (insight.io.bank: the direction column it adds)
                   "outgoing payment", "outgoing payments", "zahlungsausgang", "zahlungsausgange")
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
    found = typed_column(frame, columns, is_non_sale_code, companion=is_invoice_code)
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
    values = set(lines.select(status_key(pl.col("line_status")).drop_nulls().unique()).to_series().to_list())
    return bool(values & set(_folded(WON_STATUS))) and len(values) >= 2


# the stages of a deal pipeline that closed without a sale ('Closed Lost', 'verloren'): lost, not open
LOST_STATUS = ("closed lost", "closed-lost", "closedlost", "lost", "verloren", "deal lost", "auftrag verloren")


def lost_stages(ds: Dataset) -> tuple[str, ...]:
    """The status values of a deal pipeline's lost deals as the data writes them (none outside a pipeline)."""
    if not won_only(ds):
        return ()
    lines = ds.order_lines
    values = lines.select(pl.col("line_status").drop_nulls().unique(maintain_order=True)).to_series()
    keys = values.to_frame().select(status_key(pl.col("line_status"))).to_series()
    lost = set(_folded(LOST_STATUS))
    return tuple(str(v) for v, k in zip(values.to_list(), keys.to_list()) if k in lost)


def second_status(ds: Dataset) -> pl.Expr | None:
    """The line status with every further status column folded in: each client column of the order lines with
    few values, some of which say cancelled/refunded (Shopware's payment state 'refunded' beside its order state,
    'Zahlungsstatus' = 'Erstattet' beside 'Bestellstatus', a delivery state 'returned'), or a yes/no flag named by
    such a word ('Storniert' = Ja/Nein), overrides the status of those lines (the first such column in source
    order wins). None where there is no such column."""
    found = ds.cached("conventions.second_status", lambda: _second_status_columns(ds))
    if not found:
        return None
    base = pl.col("line_status") if "line_status" in ds.order_lines.columns else pl.lit(None, pl.String)
    out = base
    for column, flag in reversed(found):  # the first column in source order wins
        says, value = status_column_says(column, flag)
        out = pl.when(says).then(value).otherwise(out)
    return out.alias("line_status")


def status_column_names(ds: Dataset) -> tuple[str, ...]:
    """The client line columns folded into the status by :func:`second_status` (cached)."""
    return tuple(c for c, _ in ds.cached("conventions.second_status", lambda: _second_status_columns(ds)))


def status_flag_says(ds: Dataset, column: str, values: tuple[object, ...]) -> bool:
    """Whether a filter on ``column`` with ``values`` selects the lines a yes/no flag named by a status word marks
    as no sale ('Refunded' = true, 'Storniert' = Ja): it is one of :func:`second_status`'s flags, every value yes."""
    flags = {c for c, flag in ds.cached("conventions.second_status", lambda: _second_status_columns(ds)) if flag}
    return column in flags and bool(values) and all(str(v).strip().lower() in _YES for v in values)


def status_column_says(column: str, flag: bool) -> tuple[pl.Expr, pl.Expr]:
    """(the lines a status column marks as no sale, the status they get): a status word of the table, or for a
    yes/no flag named by one ('Storniert' = Ja) the flag's name."""
    if flag:
        return _is_yes(pl.col(column)), pl.lit(column, pl.String)
    return status_in(pl.col(column), CANCELLED_STATUS), pl.col(column).cast(pl.String)


def _second_status_columns(ds: Dataset) -> tuple[tuple[str, bool], ...]:
    client = ds.client_columns("order_lines")
    values = set(status_columns(ds.order_lines, client))
    flags = set(flag_columns(ds.order_lines, client))
    return tuple((c, c in flags) for c in client if c in values or c in flags)


def status_columns(frame: pl.DataFrame, columns: list[str]) -> tuple[str, ...]:
    """The ``columns`` of few text values some of which are cancellation words (every status-like column)."""
    schema = frame.schema
    words = _folded(CANCELLED_STATUS)
    found = []
    for column in columns:
        if schema[column] != pl.String or is_product_header(column):
            continue
        values = frame.get_column(column).drop_nulls().unique()
        if 0 < values.len() <= 20 and values.to_frame("v").select(status_key(pl.col("v")).is_in(words).any()).item():
            found.append(column)
    return tuple(found)


# the values of a yes/no flag column (case-insensitive; an empty cell is no)
# (German, English and the other European exports' words: Fortnox's 'Makulerad' = Ja/Nej, 'Kyllä'/'Ei', 'Ano'/'Ne')
_YES = ("ja", "j", "yes", "y", "true", "wahr", "x", "1", "oui", "si", "sì", "sí", "sim", "tak", "ano", "kyllä",
        "kylla")
_NO = ("nein", "n", "no", "false", "falsch", "0", "-", "nej", "nei", "nee", "non", "não", "nao", "nie", "ne", "ei")


def _is_yes(expr: pl.Expr) -> pl.Expr:
    return expr.cast(pl.String).str.strip_chars().str.to_lowercase().is_in(list(_YES)).fill_null(False)


def flag_columns(frame: pl.DataFrame, columns: list[str]) -> tuple[str, ...]:
    """The ``columns`` named by a status word of the table ('Storniert', 'Cancelled', 'Is refunded', 'Erstattet?')
    whose values are yes/no (Ja/Nein, yes/no, true/false, 1/0, x/empty), some yes: a yes line is no sale."""
    words = _folded(CANCELLED_STATUS)
    found = []
    for column in columns:
        name = re.sub(r"^(?:is|ist|wurde|was) ", "", status_text_key(column))
        if name not in words:
            continue
        series = frame.get_column(column)
        if not (series.dtype == pl.String or series.dtype.is_integer() or series.dtype == pl.Boolean):
            continue
        values = set(series.drop_nulls().cast(pl.String).str.strip_chars().str.to_lowercase().unique().to_list())
        if values and values <= {*_YES, *_NO, ""} and values & set(_YES):
            found.append(column)
    return tuple(found)


def cancelled_expr(won: bool = False, offers: bool = True) -> pl.Expr:
    """A line that never was a sale: its status says cancelled / returned, or (``offers``) it is a quotation or
    draft (case-insensitive); in a deal pipeline (``won``) every line whose stage is not won. Counting
    cancellations passes ``offers=False``: an open quotation was never cancelled."""
    status = pl.col("line_status")
    if won:
        return ~status_in(status, WON_STATUS) & status.is_not_null()
    return status_in(status, (*CANCELLED_STATUS, *OPEN_STATUS) if offers else CANCELLED_STATUS)


def cancellations_expr(ds: Dataset, by_status: bool) -> pl.Expr:
    """The lines counted as cancellations ("Wie viele Stornos?", "cancelled orders"), on lines whose status has
    the second status folded in: where the data has cancelled lines, those only — a return, refund or failed
    payment is no sale but no cancellation either; else (or when the question names a status, ``by_status``:
    "How many orders were refunded?") every status that is no sale."""
    won = won_only(ds)
    wide = cancelled_expr(won, offers=False)
    if by_status:  # the status named selects: a draft or quotation is counted when named ("Wie viele Entwürfe?")
        return cancelled_expr(won, offers=True)
    if won:
        return wide
    narrow = status_in(pl.col("line_status"), CANCEL_STATUS)

    def has_cancelled() -> bool:
        second = second_status(ds)
        lines = ds.order_lines if second is None else ds.order_lines.with_columns(line_status=second)
        return bool(lines.select(narrow.any()).item())
    return narrow if ds.cached("conventions.has_cancelled", has_cancelled) else wide


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
    """The distinct currencies of the order lines' currency column (:func:`currency_column`; upper case; cached).
    Two or more: money is never summed across them (an answer is per currency or asked back)."""
    def build() -> tuple[str, ...]:
        column = currency_column(ds)
        if column is None:
            return ()
        values = ds.order_lines.get_column(column).drop_nulls().cast(pl.String).str.strip_chars().str.to_uppercase()
        return tuple(sorted(v for v in values.unique().to_list() if v))
    return ds.cached("conventions.currencies", build)




def currency_column(ds: Dataset) -> str | None:
    """The order lines' currency: the ``currency`` column where filled, else the first client column whose every
    value is an ISO 4217 code (a Norwegian 'Valuta' = NOK/SEK/EUR/DKK left to insight under --map); None without."""
    def build() -> str | None:
        lines = ds.order_lines
        if _has(lines, "currency"):
            return "currency"
        for column in ds.client_columns("order_lines"):
            series = lines.get_column(column)
            if series.dtype != pl.String or series.null_count() == lines.height:
                continue
            values = series.drop_nulls().str.strip_chars().str.to_uppercase().unique()
            values = values.filter(values != "")
            if 0 < values.len() <= 40 and set(values.to_list()) <= ISO_CURRENCIES:
                return column
        return None
    return ds.cached("conventions.currency_column", build)
