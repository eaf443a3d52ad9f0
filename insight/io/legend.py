"""A legend under the table: the meanings of a column's codes ('10 = Rechnung', '20 = Gutschrift', '40 = Angebot'),
written below the data of a Warenwirtschaft export (docs/import.md, "Code legends").

The reader leaves the rows after the table out (``insight.io.read``) and hands the legend on in one import note
(:func:`legend_note`); the mapping step reads it back (:func:`legend_of`) and applies each code's meaning to the
column whose values are those codes, as it would the named document types:

- a credit note (Gutschrift, credit note) subtracts: a positive amount is counted negative;
- a cancellation (Storno, cancellation) with a reference column naming the document it cancels: that document is
  no sale (status 'cancelled') and the cancellation document, which only undid it, is left out; without such a
  reference it subtracts like a credit note;
- an offer or quote (Angebot, quotation) is no sale yet (its meaning becomes the line's status);
- an invoice or sale is a sale.

A code of the column the legend does not explain, or a meaning of none of these kinds, is summed as shown and the
import summary says so — never silently.
"""

from __future__ import annotations

import re

import polars as pl

# one legend line: a short code, '=' (or ':'), its meaning
_ENTRY = re.compile(r"^\s*([0-9A-Za-z]{1,4})\s*(?:=|:|->|→)\s*(\S.*?)\s*$")
# the line above the entries naming the column ('Legende Beleg-Art:', 'Legend Type:')
_TITLE = re.compile(r"(?i)^\s*(?:legende|legend|erläuterung|erlaeuterung|schlüssel|schluessel|key)\b[\s:]*(.*?)[\s:]*$")
_NOTE_HEAD = "a legend under the table explains codes"
_NOTE = re.compile(re.escape(_NOTE_HEAD) + r"(?: of '(?P<column>[^']*)')?: (?P<entries>.+)$")


def entries(cells: list[str]) -> tuple[str | None, dict[str, str]]:
    """The column a legend names (or None) and its code → meaning entries, from the one filled cell of each row
    after the table; fewer than two entries are no legend."""
    column = None
    found: dict[str, str] = {}
    for cell in cells:
        title = _TITLE.match(cell)
        if title is not None and not _ENTRY.match(cell):
            column = title.group(1).strip() or column
            continue
        entry = _ENTRY.match(cell)
        if entry is not None and entry.group(1) not in found:
            found[entry.group(1)] = entry.group(2)
    return (column, found) if len(found) >= 2 else (None, {})


def legend_note(column: str | None, found: dict[str, str]) -> str:
    """The import note that names the legend (and carries it to the mapping step)."""
    named = f" of '{column}'" if column else ""
    return f"{_NOTE_HEAD}{named}: " + "; ".join(f"{code} = {text}" for code, text in found.items())


def legend_of(notes: list[str]) -> tuple[str | None, dict[str, str]]:
    """The legend an import note carries (:func:`legend_note`), or (None, {})."""
    for note in notes:
        m = _NOTE.match(note)
        if m is not None:
            pairs = (p.split(" = ", 1) for p in m.group("entries").split("; "))
            return m.group("column"), {p[0]: p[1] for p in pairs if len(p) == 2}
    return None, {}


# the meanings of document types a legend gives, by kind (folded; the first words of the meaning, a compound's
# ending for credit notes). These agree with insight.metrics.conventions' tables (CREDIT_DOCUMENTS, CANCEL_STATUS,
# OPEN_STATUS, the sales documents), which io may not import (tests/io/test_legend.py checks they agree).
CREDIT_WORDS = ("gutschrift", "credit note", "creditnote", "credit memo", "creditmemo", "credit", "refund",
                "erstattung", "ruckerstattung", "rueckerstattung", "stornorechnung", "korrekturrechnung", "avoir",
                "creditnota", "nota de credito", "abono", "nota di credito", "retoure", "return", "ruckgabe",
                "rueckgabe", "kreditnota", "faktura korygujaca", "factura storno", "helyesbito szamla")
CANCEL_WORDS = ("storno", "stornierung", "storniert", "cancellation", "cancelled", "canceled", "cancel", "void",
                "voided", "annullierung", "annulliert", "annulation", "annulee", "anulacion", "anulado", "anulada",
                "anulata", "sztorno", "iptal", "makulerad")
OFFER_WORDS = ("angebot", "quotation", "quote", "offer", "offerte", "devis", "presupuesto", "offerta",
               "kostenvoranschlag", "draft", "entwurf", "proforma", "pro forma")
SALE_WORDS = ("rechnung", "ausgangsrechnung", "invoice", "sales invoice", "sale", "sales", "verkauf", "faktura",
              "factura", "facture", "fattura", "fatura", "szamla", "receipt")


# words that are the kind only alone: 'Credit card', 'Return shipment', 'Sales tax', 'Offer code' are none
# document types that cancel an earlier invoice as a whole (docs/import.md, "Cancellation documents"): Számlázz.hu's
# 'Sztornó számla', a Turkish 'İptal Faturası', an English 'Cancellation invoice'. Paired with the document each
# cancels (insight.io.canonical._cancellation_documents): neither is a sale. A German 'Stornorechnung' stays a
# credit note (CREDIT_WORDS): it may take back part of an invoice
CANCEL_DOCUMENTS = ("sztorno szamla", "sztornoszamla", "sztorno", "sztornozo szamla", "storno szamla",
                    "iptal faturasi", "iptal fatura", "cancellation invoice", "cancelling invoice",
                    "cancellation document", "void invoice", "storno faktura", "stornovaci faktura",
                    "faktura storno", "storno zu rechnung", "storno")
_ALONE = frozenset({"credit", "return", "sale", "sales", "cancel", "void", "offer", "quote", "draft", "receipt"})


def kind(meaning: str) -> str | None:
    """What a code's meaning says: 'credit', 'cancel', 'offer', 'sale' or None (not known). The words before a
    parenthesis count ('Gutschrift (Betrag positiv)' is a credit note); a cancellation of a document ('Storno zu
    Rechnung') is a cancellation, a cancellation invoice of its own ('Stornorechnung') a credit note."""
    from insight.language import fold

    text = " ".join(w for w in re.split(r"[^0-9a-z]+", fold(re.sub(r"\(.*?\)", " ", meaning)).lower()) if w)
    if not text:
        return None
    for found, words in (("credit", CREDIT_WORDS), ("cancel", CANCEL_WORDS), ("offer", OFFER_WORDS),
                         ("sale", SALE_WORDS)):
        if any(text == w or (w not in _ALONE and text.startswith(w + " ")) for w in words):
            return found
    if text.endswith(("gutschrift", "credit note", "credit memo", "stornorechnung")):
        return "credit"
    return None


def code_column(out: pl.DataFrame, client: dict[str, str], column: str | None, codes: dict[str, str]) -> str | None:
    """The client column whose filled values are the legend's codes (the one it names first)."""
    from insight.language import fold

    candidates = sorted(client, key=lambda n: column is None or fold(client[n]) != fold(column))
    for name in candidates:
        if name not in out.columns:
            continue
        values = _as_codes(out.get_column(name)).drop_nulls().unique().to_list()
        if values and len(set(values) & set(codes)) >= 2 and len(values) <= 30:
            return name
    return None


def _as_codes(s: pl.Series) -> pl.Series:
    if s.dtype.is_float():
        return pl.Series(s.name, [None if v is None else (str(int(v)) if float(v).is_integer() else str(v))
                                  for v in s.to_list()], pl.String)
    return s.cast(pl.String).str.strip_chars()


# a column typing the documents or lines ('Beleg-Art', 'Belegtyp', 'Doc Type', 'Vorgangsart', 'Transaction type')
_TYPE_HEADER = re.compile(r"(?:art|typ|type|kind)$")
_NOT_A_DOCUMENT_TYPE = re.compile(r"^(?:zahlung|payment|versand|shipping|liefer|delivery|kunden|customer|artikel|"
                                  r"produkt|product|item)")


def unexplained_codes(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> None:
    """A document-type column of bare numeric codes ('Beleg-Art' 10/20/30) with no legend: what the codes mean is
    not known, so every line is summed as shown — the import notes say so, never silently."""
    from insight.schema import normalise_header

    for name, header in client.items():
        key = normalise_header(header)
        if name not in out.columns or not _TYPE_HEADER.search(key) or _NOT_A_DOCUMENT_TYPE.match(key):
            continue
        values = sorted(set(_as_codes(out.get_column(name)).drop_nulls().to_list()))
        if 2 <= len(values) <= 12 and all(re.fullmatch(r"[0-9]{1,3}", v) for v in values):
            notes.append(f"'{header}' holds numeric codes ({', '.join(values)}) whose meaning the file does not say: "
                         "every line is summed as shown, whatever its code (a credit note or a cancellation among "
                         "them would be counted as a sale; map or explain the codes)")
            return


def apply(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """Each code's meaning applied to the order lines (module note); said in the import notes."""
    named, codes = legend_of(notes)
    if out.height == 0:
        return out
    if not codes:
        unexplained_codes(out, client, notes)
        return out
    column = code_column(out, client, named, codes)
    if column is None:
        return out
    code = _as_codes(out.get_column(column))
    kinds = {c: kind(t) for c, t in codes.items()}
    said: list[str] = []
    credit = code.is_in([c for c, k in kinds.items() if k == "credit"]).fill_null(False)
    if credit.any():
        out = out.with_columns(amount=pl.when(credit & (pl.col("amount") > 0)).then(-pl.col("amount"))
                               .otherwise(pl.col("amount")))
        said.append(f"{_codes(kinds, 'credit', codes)} credit notes (counted negative)")
    offer = [c for c, k in kinds.items() if k == "offer"]
    if offer:
        status = code.replace_strict({c: re.sub(r"\s*\(.*?\)", "", codes[c]).strip() for c in offer}, default=None)
        out = out.with_columns(line_status=pl.when(status.is_not_null()).then(status)
                               .otherwise(pl.col("line_status").cast(pl.String)))
        said.append(f"{_codes(kinds, 'offer', codes)} no sale (offers)")
    cancel = code.is_in([c for c, k in kinds.items() if k == "cancel"]).fill_null(False)
    if cancel.any():
        out, how = _cancellations(out, client, column, cancel)
        said.append(f"{_codes(kinds, 'cancel', codes)} {how}")
    shown = set(code.drop_nulls().unique().to_list())
    unknown = sorted(c for c in shown if c not in codes or kinds.get(c) is None)
    text = "; ".join(said) if said else "nothing to apply"
    notes.append(f"'{client[column]}' codes read from the legend: {text}")
    if unknown:
        meanings = ", ".join(f"{c} ({codes[c]})" if c in codes else c for c in unknown)
        notes.append(f"'{client[column]}' code(s) {meanings} have no known meaning: those lines are summed as shown "
                     "(check them)")
    return out


def _codes(kinds: dict[str, str | None], which: str, codes: dict[str, str]) -> str:
    return ", ".join(f"{c} ({codes[c]})" for c, k in kinds.items() if k == which)


def _cancellations(out: pl.DataFrame, client: dict[str, str], column: str,
                   cancel: pl.Series) -> tuple[pl.DataFrame, str]:
    """Cancellation documents naming the document they cancel in a reference column: that one is cancelled and
    the cancellation left out; otherwise the cancellations subtract."""
    ids = out.get_column("order_id").cast(pl.String)
    sales = set(ids.filter(~cancel).drop_nulls().to_list())
    for name in client:
        if name == column or name not in out.columns:
            continue
        ref = _as_codes(out.get_column(name))
        named = ref.filter(cancel)
        if named.len() == 0 or named.null_count() > named.len() * 0.05:
            continue
        hits = named.drop_nulls().is_in(list(sales))
        if hits.len() and hits.mean() >= 0.95:  # type: ignore[operator]
            cancelled = ids.is_in(named.drop_nulls().to_list()) & ~cancel
            out = out.with_columns(line_status=pl.when(cancelled).then(pl.lit("cancelled"))
                                   .otherwise(pl.col("line_status").cast(pl.String)))
            return out.filter(~cancel), (f"cancel the document named in '{client[name]}' (both no sale; the "
                                         "cancelled documents count as cancellations)")
    out = out.with_columns(amount=pl.when(cancel & (pl.col("amount") > 0)).then(-pl.col("amount"))
                           .otherwise(pl.col("amount")))
    return out, "cancellations without a reference (counted negative)"
