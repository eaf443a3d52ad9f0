"""Source headers → canonical columns: synonyms from insight.schema, user overrides, fuzzy suggestions.

Matching is on ``normalise_header`` (case-, space-, accent- and punctuation-insensitive). When two
source columns claim the same canonical column, the stronger claim wins (an explicit --map, then the
canonical name itself, then the earlier synonym in the schema's list); the loser stays an extra
column and a note says so — no data is dropped silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

import polars as pl

from insight.errors import InputError, UsageError
from insight.schema import TABLES, Table, normalise_header

IGNORE = "-"
MIN_SCORE = 62  # below this, rapidfuzz's WRatio pairs unrelated short headers ('bar' ~ 'customer')  # --map "Header=-" leaves a column out entirely


@dataclass
class HeaderMatch:
    """How one table's columns are found among a source's headers."""

    table: Table
    mapping: dict[str, str]                      # source header -> canonical column
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)   # --map sources not among the headers
    unit_rows: bool = False                      # one row per unit sold: every row's quantity is 1 (no column)

    @property
    def canonical(self) -> set[str]:
        return set(self.mapping.values())

    def missing(self) -> list[str]:
        """Required columns not found (for alternatives, the first group's missing columns)."""
        have = self.canonical | ({"quantity"} if self.unit_rows else set())
        missing = [c for c in self.table.required if c not in have]
        if self.table.alternatives and not any(all(c in have for c in g) for g in self.table.alternatives):
            best = min(self.table.alternatives, key=lambda g: sum(c not in have for c in g))
            missing += [c for c in best if c not in have]
        return missing


def synonym_rank(table: Table, canonical: str, normalised: str) -> int | None:
    """0 for the canonical name itself, 1 + position for a synonym, None when it is no synonym."""
    if normalised == normalise_header(canonical):
        return 0
    syns = table.synonyms.get(canonical, ())
    return syns.index(normalised) + 1 if normalised in syns else None


# a time zone after a header ('Created (UTC)', 'Datum [MEZ]', 'Zeit UTC+1'): how the value is written, not what
_TIME_ZONE = re.compile(r"(?i)\s*[(\[]?\s*\b(?:utc|gmt|cet|cest|mez|mesz|local|lokal|ortszeit)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
                        r"\s*[)\]]?\s*$")

# the last part of a dotted path that says only "the value of the parent" ('total_price.amount', 'customer.id')
_GENERIC_LEAVES = {"amount", "value", "id", "gid", "number", "no", "count", "total", "amountvalue",
                   # a code or label of the parent ('billingAddress.country.iso', 'currency.isoCode')
                   "iso", "isocode", "code"}
# 'salesChannel.name' is the sales channel, 'product.name' the product; only a customer's name is the name
_NAME_LEAF = "name"
# a currency named after a money header ('Betrag CHF', 'Umsatz (EUR)', 'Amount in €', 'Preis [USD]')
_CURRENCY_QUALIFIER = re.compile(r"(?i)(?:\s+(?:in\s+)?|\s*[(\[]\s*)(?:EUR|CHF|USD|GBP|NOK|SEK|DKK|PLN|CZK|HUF|RON|ARS|BRL|MXN|CAD|AUD|NZD|INR|"
                                 r"€|\$|£|zł|Kč)\s*[)\]]?\s*$")
_PERSON_PARENTS = {"ordercustomer", "billingaddress", "shippingaddress", "buyer", "contact", "person", "kunde", "client"}
_PATH_PENALTY = 1000  # a claim through a dotted path is weaker than any direct synonym


def _header_claims(table: Table, header: str) -> list[tuple[str, int]]:
    """The first canonical column of ``table`` the header names, with its rank; dotted paths of nested
    exports (GraphQL/JSON dumps: 'total_price.amount', 'total_price.currency_code') name their parent when
    the leaf is generic ('amount', 'id') and their leaf otherwise, as weaker claims than a direct match."""
    forms = [(normalise_header(header), 0)]
    bare = _CURRENCY_QUALIFIER.sub("", header)
    if bare != header and normalise_header(bare):  # 'Betrag CHF', 'Umsatz (EUR)', 'Amount in €': the money column
        forms.append((normalise_header(bare), 0))
    if "#" in header or "№" in header:  # 'Order #', 'Bill #', 'Rechnung №': the sign says number
        forms.append((normalise_header(header.replace("#", " nr").replace("№", " nr")), 0))
    bare = _TIME_ZONE.sub("", header)
    if bare != header and normalise_header(bare):  # 'Created (UTC)' is 'Created': the zone says how, not what
        forms.append((normalise_header(bare), 0))
    forms += _snake_forms(header)
    taxed = _TAX_QUALIFIED.match(header)
    if taxed and normalise_header(taxed.group(1)):  # 'Unit price (tax excl.)' is the unit price, net of tax
        gross = _GROSS_WORD.search(taxed.group(2)) is not None
        forms.append((normalise_header(taxed.group(1)), _GROSS_PENALTY if gross else 0))
    question = _QUESTION_ID.match(header)
    if question and normalise_header(question.group(1)):  # a survey tool's question id ('Q_NPS', 'Q3_Satisfaction')
        forms.append((normalise_header(question.group(1)), 0))
    if "." in header.strip(".") and " " not in header.strip():
        parts = [normalise_header(p) for p in header.split(".") if normalise_header(p)]
        if len(parts) >= 2:
            leaf, parent = parts[-1], parts[-2]
            generic = leaf in _GENERIC_LEAVES or (
                leaf == _NAME_LEAF and "customer_id" in table.columns
                and synonym_rank(table, "customer_id", parent) is None and parent not in _PERSON_PARENTS)
            forms.append((parent if generic else leaf, _PATH_PENALTY))
    stamped = {norm for norm, _ in _snake_forms(header, stamps_only=True)}
    for norm, penalty in forms:
        for col in table.columns:
            if norm in stamped and norm != forms[0][0] and not table.columns[col].is_temporal():
                continue  # 'Dt_Customer' is a date ('the customer since'), never the customer's id
            rank = synonym_rank(table, col, norm)
            if rank is not None:
                return [(col, rank + penalty)]
    if "quantity" in table.columns and _counts_units(header):
        return [("quantity", _PATH_PENALTY)]
    asks = "?" in header or re.search(r"(?i)likely|wahrscheinlich|waarschijnlijk|probable", header)
    if asks and len(header.split()) >= 4:  # a survey tool names a score by its question (Typeform, Google Forms)
        key = forms[0][0]
        for col, stems in _QUESTION_STEMS.items():
            if col in table.columns and any(stem in key for stem in stems):
                return [(col, _PATH_PENALTY)]
        if "repurchase_intent" in table.columns and _BUY_AGAIN.search(key):
            return [("repurchase_intent", _PATH_PENALTY)]
    return []


# a backend's snake-case field with its id first ('id_buyer', 'id_order': the buyer's and the order's id) or a time
# stamp's type around the name ('ts_created_iso', 'dt_created', 'created_utc'): read as 'buyer id', 'created'
_ID_FIRST = re.compile(r"(?i)^id[_-]([a-z][a-z0-9_-]*)$")
_STAMP = re.compile(r"(?i)^(?:ts|dt|tstamp|timestamp)[_-]([a-z][a-z0-9_]*?)(?:[_-](?:iso|iso8601|utc|ts|local))?$"
                    r"|^([a-z][a-z0-9_]*?)[_-](?:iso|iso8601|utc)$")


def _snake_forms(header: str, stamps_only: bool = False) -> list[tuple[str, int]]:
    """Other readings of a snake-case backend field ('id_buyer' → 'buyerid', 'ts_created_iso' → 'created'); a time
    stamp's reading names a date column only."""
    forms = []
    first = None if stamps_only else _ID_FIRST.match(header.strip())
    if first:
        forms.append((normalise_header(first.group(1)) + "id", 0))
    stamp = _STAMP.match(header.strip())
    if stamp:
        forms.append((normalise_header(stamp.group(1) or stamp.group(2)), 0))
    return forms


# an amount or price with its tax qualifier in brackets ('Unit price (tax excl.)', 'Total paid (tax incl.)', 'Preis
# (exkl. MwSt.)', 'Total (excl. VAT)'): the name before it decides the column; a gross one is weaker than every net or
# plain claim (without brackets, 'Total inkl. MWST' names no column: a total incl. tax is no revenue by accident)
_TAX_QUALIFIED = re.compile(r"(?i)^(.*?\w)\s*[(\[]\s*((?:tax|taxes|vat|gst|mwst|ust|btw|tva|iva|moms|mva|dph|kdv|"
                            r"áfa|afa)\.?\s*(?:excl|excluded|exclusive|excluding|ex|incl|included|inclusive|including|"
                            r"inc)\.?|(?:excl|exkl|excluding|ex|incl|inkl|including|inc|zzgl|plus|ohne|mit|without|"
                            r"with)\.?\s*(?:tax|taxes|vat|gst|mwst|ust|btw|tva|iva|moms|mva|dph|kdv|áfa|afa)\.?)"
                            r"\s*[)\]]\s*$")
_GROSS_WORD = re.compile(r"(?i)\b(?:incl|included|inclusive|including|inc|inkl|plus|mit|with)\b")
_GROSS_PENALTY = 500

# a count of units in its own words ('Anzahl Tickets', 'Product quantity', 'Menge (Stück)', 'Qty shipped'): a quantity
# word first or last, of a header of at most three words that counts no orders, customers or lines (then it is a
# customer's order count, not the units of a line); the weakest quantity claim
_QUANTITY_WORDS = {"quantity", "qty", "menge", "anzahl", "stueck", "stuck", "stk", "units", "pieces", "pcs",
                   "aantal", "antal", "antall", "cantidad", "quantite", "quantita", "ilosc", "mnozstvi", "maeaerae",
                   "mennyiseg", "miktar", "adet", "cantitate", "quantidade"}
_COUNTED_NOT_UNITS = {"orders", "order", "bestellungen", "auftraege", "rechnungen", "invoices", "kunden", "customers",
                      "positionen", "lines", "zeilen", "visits", "besuche", "kaeufe", "purchases", "transaktionen",
                      "transactions", "belege", "tage", "days", "mitarbeiter", "employees", "kontakte"}


def _counts_units(header: str) -> bool:
    words = [normalise_header(w) for w in re.findall(r"[^\W_]+", header)]
    words = [w for w in words if w]
    if not 2 <= len(words) <= 3 or not (words[0] in _QUANTITY_WORDS or words[-1] in _QUANTITY_WORDS):
        return False
    return not any(w in _COUNTED_NOT_UNITS for w in words)


# the question text of a score column: 'How likely are you to recommend us to a friend or colleague?' is the
# NPS question (0–10), 'Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?' too
_QUESTION_STEMS = {"nps": ("recommend", "empfehl", "aanbevelen", "recommander", "recomendar", "raccomand"),
                   "satisfaction": ("satisfied", "zufrieden", "satisfait", "tevreden"),
                   "repurchase_intent": ("buyagain", "purchaseagain", "wiederkauf", "erneutkauf", "wiederbestell")}


# 'How likely is it that you would buy from us again?', 'Würden Sie wieder bei uns kaufen?': the repurchase intent
# (a buying verb and 'again' / 'wieder' anywhere in the question)
_BUY_AGAIN = re.compile(r"(?:buy|purchase|order|shop)\w*again|again\w*(?:buy|purchase|order|shop)"
                        r"|wieder\w*(?:kauf|bestell)|(?:kauf|bestell)\w*wieder")
# a survey tool's question id before the question's name (Qualtrics 'Q_NPS', 'Q3_Satisfaction', 'Q12.NPS')
_QUESTION_ID = re.compile(r"^Q\d*[_.]\s*(\w.*)$")


_ENTITY_PREFIX = re.compile(r"^([^\W\d_][\w ]{0,30}?\s+[-–:]\s+)")


def entity_prefix(headers: list[str]) -> str:
    """The prefix every header shares when a CRM names each field by its entity ('Deal - Value', 'Deal - Status',
    Pipedrive), or ''. Needs three headers or more, each with text after the prefix; a header that names a column
    as a whole ('Deal - ID' is the deal id) keeps that meaning, the prefix is only dropped where it does not."""
    if len(headers) < 3:
        return ""
    first = _ENTITY_PREFIX.match(headers[0])
    if first is None:
        return ""
    prefix = first.group(1)
    if all(h.startswith(prefix) and h[len(prefix):].strip() for h in headers):
        return prefix
    return ""


def canonical_column(table: Table, name: str) -> str | None:
    """A canonical column of ``table`` given loosely ('Customer ID' → 'customer_id') or by a synonym
    that names one column of the table ('Betrag' → 'amount')."""
    key = normalise_header(name)
    for col in table.columns:
        if normalise_header(col) == key:
            return col
    cols = [col for col, syns in table.synonyms.items() if key in syns]
    return cols[0] if len(cols) == 1 else None


def match_headers(headers: list[str], table: Table, overrides: dict[str, str] | None = None,
                  source: str = "<frame>") -> HeaderMatch:
    """Map ``headers`` onto ``table``'s columns; ``overrides`` (source header → canonical) come first."""
    by_norm: dict[str, str] = {}
    for h in headers:
        by_norm.setdefault(normalise_header(h), h)
    result = HeaderMatch(table=table, mapping={})
    claimed: dict[str, tuple[int, str]] = {}  # canonical -> (rank, header)
    forced: set[str] = set()
    for src, target in (overrides or {}).items():
        header = src if src in headers else by_norm.get(normalise_header(src))
        if header is None:  # not an error: one --map may serve several files of an import
            result.unmatched.append(src)
            result.notes.append(f"--map '{src}' matches no column of this file")
            continue
        if target == IGNORE:
            result.ignored.append(header)
            forced.add(header)
            continue
        col = canonical_column(table, target)
        if col is None:
            raise InputError(f"{source}: --map target '{target}' is not a column of {table.name}; "
                             f"columns: {', '.join(table.columns)}")
        if col in claimed:
            raise InputError(f"{source}: --map assigns both '{claimed[col][1]}' and '{header}' to {col}")
        claimed[col] = (-1, header)
        forced.add(header)
    prefix = entity_prefix(headers)
    for header in headers:
        if header in forced:
            continue
        claims = _header_claims(table, header)
        if not claims and prefix:  # 'Deal - Value' is the deal's 'Value'
            claims = _header_claims(table, header[len(prefix):])
        for col, rank in claims:
            prev = claimed.get(col)
            # at equal rank the header spelled exactly like the column ('amount' beside 'Amount') wins
            if prev is None or rank < prev[0] or (rank == prev[0] and header == col and prev[1] != col):
                if prev is not None:
                    result.notes.append(f"'{prev[1]}' and '{header}' both look like {col}; "
                                        f"used '{header}', kept '{prev[1]}' as an extra column")
                claimed[col] = (rank, header)
            else:
                result.notes.append(f"'{prev[1]}' and '{header}' both look like {col}; "
                                    f"used '{prev[1]}', kept '{header}' as an extra column")
            break
    # a header claimed by several canonical columns would be impossible: each header breaks on its first
    result.mapping = {h: col for col, (_, h) in claimed.items()}
    result.mapping = {h: result.mapping[h] for h in headers if h in result.mapping}  # source order
    return result


def suggestions(headers: list[str], table: Table, canonical: str, exclude: AbstractSet[str] = frozenset(),
                limit: int = 3, floor: int = MIN_SCORE) -> list[tuple[str, int]]:
    """Source headers closest to ``canonical`` (its name and synonyms), best first, with scores 0–100."""
    pool = [h for h in headers if h not in exclude]
    if not pool:
        return []
    from rapidfuzz import fuzz, process  # only a file with a missing column needs suggestions

    norms = {h: normalise_header(h) or h for h in pool}
    queries = {normalise_header(canonical), *table.synonyms.get(canonical, ())}
    best: dict[str, float] = {}
    for q in queries:
        for _norm, score, idx in process.extract(q, list(norms.values()), scorer=fuzz.WRatio, limit=limit):
            header = pool[idx]
            best[header] = max(best.get(header, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], pool.index(kv[0])))
    return [(h, round(s)) for h, s in ranked if s >= floor][:limit]


# words of a header that names the customer ('Buyer User ID', 'Debitor', 'Gastnummer', 'Mitgliedsnr', 'account_code',
# 'KDNR'): only such a column is proposed as the customer id, never a first name, a card type or a batch id
_CUSTOMER_WORD = re.compile(r"(?i)(?:^|[^a-z])kd|kunde|customer|client|buyer|k[aä]ufer|debitor|gast|guest|member|"
                            r"mitglied|account|konto|user|nutzer|patient|mandant|abonnent|subscriber|contact|kontakt|"
                            r"mieter|renter|tenant|z(?:ä|ae)hlpunkt|zahlungspflichtig|auftraggeber|counterparty")
_ID_WORD = re.compile(r"(?i)(?:id|nr|no|num|nummer|number|code|key|#)\W*$|(?:^|[^a-z])(?:id|nr|no)(?:[^a-z]|$)")


_MONEY_OR_DATE = r"^[-+]?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\s*\D{0,3}$|^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"


def plausible_customer_columns(frame: pl.DataFrame, headers: list[str]) -> list[str]:
    """The columns that could hold the customer: a header with a customer word whose values are not dates or
    amounts and take at least ten distinct values (or half the rows of a small file); id-like headers first.
    Empty when none: then the file has no customer (a till's receipts) rather than one to map."""
    found: list[str] = []
    for h in headers:
        if h not in frame.columns or not _CUSTOMER_WORD.search(h):
            continue
        values = frame.get_column(h).cast(pl.String, strict=False).drop_nulls().str.strip_chars()
        values = values.filter(values != "")
        distinct = values.n_unique()
        if distinct < min(10, max(1, values.len() // 2)):
            continue
        money_or_dates = values.str.contains(_MONEY_OR_DATE).sum()
        if money_or_dates * 2 > values.len():
            continue  # amounts ('12,50 €') or dates
        found.append(h)
    return sorted(found, key=lambda h: not _ID_WORD.search(h))


# a settlement or payout report's key ('settlement-id', 'Payout ID', 'Auszahlungs-ID'): money paid out, not orders
_PAYOUT_HEADER = re.compile(r"^(?:settlement|payout|auszahlung)(?:id|nr|no|number|nummer|date|datum)?$")


def missing_error(source: str, headers: list[str], match: HeaderMatch,
                  frame: pl.DataFrame | None = None, is_date: Callable[[str], bool] | None = None) -> InputError:
    """One line: which required column is missing, what the source has, what comes closest, how to map.
    With the ``frame``, a missing customer id is proposed only among plausible customer columns; with
    ``is_date``, a missing date only among columns whose values are dates."""
    missing = match.missing()
    col = missing[0]
    every = col == "customer_id" and frame is not None  # plausible columns scored by likeness, never 100 unasked
    near = suggestions(headers, match.table, col, exclude=set(match.mapping) | set(match.ignored),
                       limit=len(headers) if every else 3, floor=0 if every else MIN_SCORE)
    if col == "customer_id" and frame is not None:
        plausible = [h for h in plausible_customer_columns(frame, headers)
                     if h not in match.mapping and h not in match.ignored]
        near = [(h, next((sc for n, sc in near if n == h), 100)) for h in plausible][:3]
    if col == "quantity" and frame is not None:  # a count holds whole numbers: 'Provision' (12,50) is no quantity
        near = [(h, sc) for h, sc in near if _whole_numbers(frame, h)]
    if col in ("amount", "unit_price") and frame is not None:  # money: numbers, never an id ('Ordrenr') or a code
        near = [(h, sc) for h, sc in near if not _ID_WORD.search(h) and _number_values(frame, h)]
    if col in ("order_date", "response_date", "issued_at", "happened_at") and is_date is not None:
        near = [(h, sc) for h, sc in near if is_date(h)]  # a date only where the values are dates ('Check #' is not)
    closest = ", ".join(f"'{h}' ({s:.0f})" for h, s in near) if near else "none"
    headerless = bool(headers) and all(re.fullmatch(r"column_\d+", h) for h in headers)
    example = near[0][0] if near else ("column_1" if headerless else "Header")
    also = f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""
    groups = [g for g in match.table.alternatives if col in g]
    if groups:
        others = [" + ".join(g) for g in match.table.alternatives if col not in g]
        also = f" (or {' or '.join(others)})" + also
    payout = next((h for h in headers if _PAYOUT_HEADER.match(normalise_header(h))), None)
    per_order = {"order_id", "amount", "customer_id"} <= match.canonical  # a per-order export with a payout column
    if payout is not None and col in ("customer_id", "order_date") and not per_order:  # money paid out, not orders
        return InputError(
            f"{source}: '{payout}' makes this a settlement (payout) report — the money a marketplace or payment "
            f"provider paid out, with its fees and refunds, not orders; no column for required '{col}'. Export the "
            "orders report instead (e.g. Amazon 'All Orders', the shop's order export), or map the columns with "
            f'--map "Header={col}"')
    return InputError(
        f"{source}: no column for required '{col}' of {match.table.name}{also}; "
        f"headers: {', '.join(headers)}{' (the file has no header line)' if headerless else ''}; "
        f"closest: {closest}; "
        f'map one with --map "{example}={col}"'
        + (f"; --map names no column here: {', '.join(match.unmatched)}" if match.unmatched else "")
    )


def _number_values(frame: pl.DataFrame, header: str) -> bool:
    """Whether the filled values of a column are numbers (any style, a currency at either end): 'NOK' is none."""
    if header not in frame.columns:
        return False
    raw = frame.get_column(header)
    if raw.dtype.is_numeric():
        return True
    from insight.io import coerce

    values = coerce.blank_to_null(raw.cast(pl.String, strict=False)).drop_nulls()
    values = coerce.strip_currency(values).str.replace_all(r"[\s'’]", "")
    return values.len() > 0 and bool(values.str.contains(r"^[-+(]?\d[\d.,]*\)?-?$").mean() >= 0.95)  # type: ignore[operator]


def _whole_numbers(frame: pl.DataFrame, header: str) -> bool:
    """Whether the filled values of a column are whole numbers (a count: never an amount of money)."""
    if header not in frame.columns:
        return False
    values = frame.get_column(header).cast(pl.String, strict=False).drop_nulls().str.strip_chars()
    values = values.filter(values != "")
    return values.len() > 0 and bool(values.str.contains(r"^[-+]?\d+(?:[.,]0+)?$").all())


def _target_column(target: str, part: str) -> str:
    """A --map target as a canonical column: its name loosely written, or an unambiguous synonym
    ('Kundennummer' → customer_id, 'Betrag' → amount)."""
    norm = normalise_header(target)
    for table in TABLES.values():
        for col in table.columns:
            if normalise_header(col) == norm:
                return col
    cols = sorted({col for t in TABLES.values() for col, syns in t.synonyms.items() if norm in syns})
    if len(cols) == 1:
        return cols[0]
    known = sorted({c for t in TABLES.values() for c in t.columns})
    why = f"'{target}' could mean {' or '.join(cols)}" if cols else f"unknown column '{target}'"
    raise UsageError(f'--map "{part}": {why}; use one of {", ".join(known)}')


def parse_mapping_option(values: list[str]) -> dict[str, str]:
    """``["Source Header=canonical", ...]`` (the CLI's --map, repeatable) as a dict.

    The last '=' separates source from target, so headers may contain '='. A value may also hold
    several pairs separated by commas when each part has an '='. Target '-' ignores the column. Targets
    are canonical names written loosely or unambiguous synonyms ('Kundennummer' → customer_id).
    """
    result: dict[str, str] = {}
    for value in values or []:
        parts = [value]
        if "," in value and all("=" in p for p in value.split(",")):
            parts = value.split(",")
        for part in parts:
            if "=" not in part:
                raise UsageError(f'--map "{part}": expected "Source Header=canonical_column", '
                                 'e.g. --map "Kd-Nr=customer_id"')
            src, target = part.rsplit("=", 1)
            src, target = src.strip(), target.strip()
            if not src or not target:
                raise UsageError(f'--map "{part}": both sides of "=" are needed, e.g. --map "Kd-Nr=customer_id"')
            result[src] = target if target == IGNORE else _target_column(target, part)
    return result
