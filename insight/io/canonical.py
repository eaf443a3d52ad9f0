"""A raw frame with source headers → one canonical table: mapping, types, order ids, extras.

The result has every column of the canonical table in schema order and dtype (null where the source
lacks an optional column), so that metrics can refer to any canonical column without checking.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field

import polars as pl

from insight.errors import InputError
from insight.io import bounds, coerce, legend
from insight.io.fill import fill_empty_dates, fill_order_fields, named_option_columns
from insight.io.guess import _dates, dated_by_values, document_number, guess_table
from insight.io.mapping import _ID_WORD, HeaderMatch, match_headers, missing_error, plausible_customer_columns
from insight.schema import ISO_CURRENCIES, TABLES, Table, normalise_header

# a survey's scores (metrics.md: 1–5 and 0–10 scales), whose ends a survey tool may label
_SCORES = ("satisfaction", "importance", "nps", "repurchase_intent")
# ids that identify something: whole-number floats lose their ".0"
_ID_COLUMNS = ("customer_id", "order_id", "product_id", "coupon_id")
# order-line text columns that no step of the build decides anything on (totals lines are found on the raw
# cells, order numbers and customers by name on 'name'): a caller that reads none of them may leave them
# untyped (``build(needed=...)``) and gets the same frame otherwise
NARROWABLE = ("product_id", "description", "channel", "country")


@dataclass
class MappedTable:
    """One source read into one canonical table, with what was decided on the way."""

    table: str                     # canonical table name, e.g. "order_lines"
    frame: pl.DataFrame            # canonical columns of that table (insight.schema dtypes)
    source: str                    # file path as given
    mapping: dict[str, str]        # source header -> canonical column
    extras: pl.DataFrame | None    # customer_id + unmapped source columns (customer attributes), or None
    content_hash: str              # sha256 of the file bytes
    rows_read: int                 # data rows in the file
    notes: list[str] = field(default_factory=list)
    client_columns: dict[str, str] = field(default_factory=dict)  # client column name -> source header
    conventions: dict[str, str] = field(default_factory=dict)     # detected rules (date order, currency, id)


def frame_hash(frame: pl.DataFrame) -> str:
    """A content hash for an in-memory frame (stable within one polars version)."""
    h = hashlib.sha256("\x1f".join(f"{c}:{t}" for c, t in frame.schema.items()).encode())
    if frame.height:
        h.update(frame.hash_rows(seed=0).to_numpy().tobytes())
    return h.hexdigest()


def resolve(headers: list[str], table: str | None, mapping: dict[str, str] | None, source: str,
            frame: pl.DataFrame | None = None) -> HeaderMatch:
    """The header match for a named table, or the guessed one; a missing required column raises.
    With the ``frame``: order lines with no plausible customer column at all (a till's receipts) are
    anonymous lines, and a refusal proposes only plausible customer columns."""
    if table is None:
        match = guess_table(headers, mapping, source)
        if frame is not None:  # a date header no list knows: the values say it is the order date
            match = dated_by_values(frame, match, mapping, source)
    else:
        if table not in TABLES:
            raise InputError(f"{source}: unknown table '{table}'; tables: {', '.join(TABLES)}")
        match = match_headers(headers, TABLES[table], mapping, source)
    if "customer_id" in match.missing() and match.table.name == "customers" and "email" in match.canonical:
        address = next(h for h, c in match.mapping.items() if c == "email")  # a CRM keyed by e-mail: the address
        match.mapping[address] = "customer_id"                                # is the customer
        match.notes.append(f"no customer id column: customers identified by their e-mail address ('{address}')")
    if match.table.name == "interactions" and table is None and frame is not None:
        match = _master_not_log(frame, match, mapping, source)
    if "customer_id" in match.missing():
        email = _email_header(headers, match.mapping)
        if email is not None:  # a shop export without customer numbers: the e-mail address is the customer
            match.mapping[email] = "customer_id"
            match.notes.append(f"no customer id column: customers identified by their e-mail address ('{email}')")
            if table is None and frame is not None and "order_date" in match.missing():  # the e-mail is the key
                match = dated_by_values(frame, match, mapping, source)  # whose dates the values show
    if table is None and frame is not None and match.table.name == "order_lines":
        from insight.io.shape import customers_with_totals

        key = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
        match = customers_with_totals(frame, match, mapping, source, key)
    if match.table.name == "order_lines" and frame is not None:
        _one_unit_per_row(frame, match, mapping or {})
    if match.missing() == ["customer_id"] and match.table.name == "order_lines" and "name" in match.canonical:
        return match  # the customer's name identifies the customer (metrics.md, "Header synonyms")
    if match.missing() == ["customer_id"] and match.table.name == "order_lines" and frame is not None \
            and "customer_id" not in (mapping or {}).values() and not plausible_customer_columns(frame, headers) \
            and all(h.strip() and not h.startswith("column_") for h in headers):  # an unnamed column may be the id
        match.notes.append("no customer column: every line is an anonymous sale (a till's receipts): counted in "
                           "revenue, orders and every breakdown by line; customer metrics cannot be answered")
        return match
    if match.missing():
        raise missing_error(source, headers, match, frame,
                            is_date=None if frame is None else (lambda h: _dates(frame, h, source)))
    return match


# a row id that numbers units ('id_order_unit', 'order_unit_id', 'Unit ID'): a marketplace's export with one row per
# unit sold (Kaufland, 3 mugs = 3 rows)
_UNIT_ROW_ID = re.compile(r"^(?:id(?:order|item|orderitem|line)?units?|(?:order|item|orderitem|line)?units?(?:id|nr|no|number))$")


def _one_unit_per_row(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """Order lines without a quantity column where each row is one unit sold, by a row id that numbers units
    ('id_order_unit', distinct on every row): every row's quantity is 1 (a note says why); a --map naming a quantity
    is kept. (A price with no quantity beside it is already the line amount: insight.io.exports._price_as_total.)"""
    if "quantity" in match.canonical or "quantity" in overrides.values() or frame.height == 0:
        return
    used = set(match.mapping) | set(match.ignored)
    unit_id = next((h for h in frame.columns if h not in used and _UNIT_ROW_ID.match(normalise_header(h))), None)
    if unit_id is not None and frame.get_column(unit_id).null_count() == 0 \
            and frame.get_column(unit_id).n_unique() == frame.height:
        match.unit_rows = True
        match.notes.append(f"'{unit_id}' numbers single units (one row per unit sold, no quantity column): "
                           "every row's quantity is 1")


# a customer type in a CRM's words (metrics.md: kind is b2b / b2c)
_KINDS = {"b2b": "b2b", "business": "b2b", "geschaeftskunde": "b2b", "gewerbekunde": "b2b", "firmenkunde": "b2b",
          "firma": "b2b", "unternehmen": "b2b", "company": "b2b", "gewerblich": "b2b",
          "b2c": "b2c", "consumer": "b2c", "privatkunde": "b2c", "privat": "b2c", "private": "b2c",
          "endkunde": "b2c", "privatperson": "b2c", "individual": "b2c"}


def _b2b_b2c(kind: pl.Series, notes: list[str]) -> pl.Series:
    """The customer type as metrics.md spells it ('B2B', 'Firmenkunde' → b2b; 'B2C', 'Privatkunde' → b2c), when
    every filled value is such a word; other types ('Händler', 'Behörde') are kept as they are."""
    keys = (kind.str.to_lowercase().str.replace_all("ä", "ae").str.replace_all("ö", "oe").str.replace_all("ü", "ue")
            .str.replace_all("ß", "ss").str.replace_all(r"[^a-z0-9]", ""))
    mapped = keys.replace_strict(_KINDS, default=None, return_dtype=pl.String)
    if kind.null_count() == kind.len() or mapped.null_count() > kind.null_count():
        return kind
    if bool((mapped != kind).fill_null(False).any()):
        notes.append("customer types read as b2b / b2c (metrics.md)")
    return mapped.alias("kind")


def _master_not_log(frame: pl.DataFrame, match: HeaderMatch, mapping: dict[str, str] | None,
                    source: str) -> HeaderMatch:
    """A guessed interactions table whose every customer has one row and that has no note column (a CRM's master
    with 'Typ' and 'Erstellt am') is a customers table: a log repeats its customers or says what happened."""
    key = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
    if key is None or "note" in match.canonical or frame.height < 2:
        return match
    ids = frame.get_column(key)
    if ids.null_count() or ids.n_unique() < frame.height:
        return match
    customers = match_headers(list(frame.columns), TABLES["customers"], mapping, source)
    if "customer_id" not in customers.canonical:
        return match
    customers.notes.append(f"one row per customer ('{key}') and no note: a customers table, not an interaction log")
    return customers


def _decimal_styles(frame: pl.DataFrame, targets: dict[str, str], table: Table,
                    hint: bool | None) -> tuple[dict[str, bool], bool]:
    """Per numeric source column: decimal comma or not. Unambiguous columns decide ambiguous ones."""
    styles = {src: coerce.number_style(frame.get_column(src)) for src, col in targets.items()
              if table.columns[col] == pl.Float64 and frame.schema[src] == pl.String}
    german = any(s == "de" for s in styles.values())
    english = any(s == "en" for s in styles.values())
    default = True if german and not english else (False if english and not german else bool(hint))
    return {src: (s == "de") or (s in ("both", "none") and default) for src, s in styles.items()}, german


def _skipped(frame: pl.DataFrame, match: HeaderMatch, needed: Collection[str] | None) -> set[str]:
    """Source headers of ``NARROWABLE`` columns the caller does not read, whose typing cannot fail (text or
    numbers: trimming and '.0' never raise), so that leaving them out changes no error and no other column."""
    if needed is None or match.table.name != "order_lines":
        return set()
    return {src for src, col in match.mapping.items() if col in NARROWABLE and col not in needed
            and (frame.schema[src] == pl.String or frame.schema[src].is_integer() or frame.schema[src].is_float())}


def _coerce(frame: pl.DataFrame, match: HeaderMatch, source: str, hint: bool | None,
            notes: list[str], typed_ids: bool = False, skip: set[str] = frozenset()) -> dict[str, pl.Series]:  # type: ignore[assignment]
    table = match.table
    commas, german = _decimal_styles(frame, match.mapping, table, hint)
    if german:
        notes.append("decimal comma detected (1.234,56)")
    out: dict[str, pl.Series] = {}
    plain_text = {src: col for src, col in match.mapping.items() if src not in skip
                  and table.columns[col] == pl.String and col not in _ID_COLUMNS and frame.schema[src] == pl.String}
    if plain_text:
        texts = frame.select([coerce.text_expr(src).alias(col) for src, col in plain_text.items()])
        out.update({col: texts.get_column(col) for col in plain_text.values()})
    for src, col in match.mapping.items():
        if src in plain_text or src in skip:
            continue
        s = frame.get_column(src)
        dtype = table.columns[col]
        if col == "customer_id":
            series, note = coerce.to_id(s, strip_zero_padding=True, typed=typed_ids)
            if note:
                notes.append(note)
            if table.name == "order_lines":  # 'ŽELEZÁRNY NOVÁK S.R.O.' is 'Železárny Novák s.r.o.'
                series, note = coerce.fold_name_ids(series)
                if note:
                    notes.append(note)
        elif col in _ID_COLUMNS:
            series = coerce.to_code(s)
        elif dtype == pl.String:
            series = coerce.to_text(s)
        elif dtype == pl.Float64:
            if col in _SCORES and table.name == "survey_responses":
                scores = coerce.labelled_scores(s)
                if scores is not None:
                    example = s.filter(s.str.contains(coerce.LABELLED_SCORE).fill_null(False))[0]
                    notes.append(f"'{src}' labels its scale ('{example}'): the leading number is the answer")
                    s = scores
            series = coerce.to_number(s, commas.get(src, False), source, src, col)
        elif isinstance(dtype, pl.Datetime):
            series = coerce.to_datetime(s, source, src, col, notes)
        elif dtype == pl.Date:
            series = coerce.to_date(s, source, src, col, notes)
        else:
            series = s.cast(dtype)
        out[col] = series.alias(col)
    return out


def _check_required(columns: dict[str, pl.Series], match: HeaderMatch, source: str) -> None:
    """Required values may not be empty (an order line may lack a customer: unattributed revenue)."""
    by_col = {v: k for k, v in match.mapping.items()}
    for col in match.table.required:
        if match.table.name == "order_lines" and col == "customer_id":
            continue
        s = columns[col]
        if s.null_count():
            row = int(s.is_null().arg_true()[0]) + 1
            raise coerce.CellError(f"{source}: column '{by_col[col]}' ({col}) row ", row,
                                   f" is empty; every row needs a value for {col}")


def _email_header(headers: list[str], taken: dict[str, str]) -> str | None:
    return next((h for h in headers if h not in taken and re.sub(r"[^a-z]", "", h.casefold()) in _EMAIL_HEADERS), None)


_PHONE = r"^\s*\+?[\d\s()./-]{6,}\s*$"


def _name_of_phone_numbers(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """A column taken as the customer's name by its header ('Contact') whose filled values are phone numbers
    (Razorpay's 'contact' = '+919000000036') is no name: it stays a column of the client. A --map is kept."""
    header = next((h for h, c in match.mapping.items() if c == "name" and h not in overrides), None)
    if header is None or frame.get_column(header).dtype != pl.String:
        return
    values = frame.get_column(header).drop_nulls().str.strip_chars()
    values = values.filter(values != "")
    share = values.str.contains(_PHONE).mean()
    if values.len() and isinstance(share, float) and share >= 0.95:
        del match.mapping[header]
        match.notes.append(f"'{header}' holds phone numbers, not names: kept as a column of its own")


def _size_of_numbers(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """A column taken as the company size by its header ('Mitarbeiter', 'Employees') whose filled values are all
    plain numbers is a headcount, not a size band ('1-10'): it stays a numeric column of the client, so that its
    mean and thresholds ('mehr als 50 Mitarbeiter') can be asked. A --map is kept."""
    from insight.io.mapping import _number_values

    header = next((h for h, c in match.mapping.items() if c == "company_size" and h not in overrides), None)
    if header is not None and _number_values(frame, header):
        del match.mapping[header]
        match.notes.append(f"'{header}' holds numbers, not size bands: kept as a numeric column of its own")


def _customer_word_as_name(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """A customer word that lost the customer id to a key beside it ('Kunde' beside 'Kd-Nr', 'Kund' beside 'Kundnr',
    'Kunde' beside 'Kundenr') and holds names — text with letters, about one per key (case aside) — is the customer's name,
    where no other column is: shown beside the key, never a second customer column to choose. A --map is kept."""
    from insight.io.mapping import _header_claims

    if match.table.name != "order_lines" or "name" in match.canonical or "name" in overrides.values():
        return
    key = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
    if key is None:
        return
    schema = frame.schema  # once: a wide frame's schema is rebuilt on every access
    for header in frame.columns:
        if header in match.mapping or header in overrides or header in match.ignored \
                or schema[header] != pl.String or [c for c, _ in _header_claims(match.table, header)] != [
                    "customer_id"]:
            continue
        pairs = frame.select(pl.col(key).cast(pl.String).str.strip_chars().alias("k"),
                             pl.col(header).str.strip_chars().str.to_lowercase().alias("v")).filter(
            pl.col("k").is_not_null() & (pl.col("k") != "") & pl.col("v").is_not_null() & (pl.col("v") != ""))
        if pairs.height == 0:
            continue
        letters = pairs.select((pl.col("v").str.contains(r"\p{L}.*\p{L}") & ~pl.col("v").str.contains("@")).mean()
                               ).item()
        keys, combos = pairs.get_column("k").n_unique(), pairs.unique().height
        if (letters or 0) >= 0.95 and combos <= 1.2 * keys:
            match.mapping[header] = "name"
            match.notes.append(f"'{header}' holds the names of the customers keyed by '{key}': used as their name")
            return


def _generic_id_of_orders(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """A bare 'ID' header taken as the customer is the row's own key when its value never repeats over many
    lines and an e-mail column names the customer (Magento's order grid: 'ID' 100000001, 'Customer Email'):
    then 'ID' is the order id and the e-mail the customer. A --map naming 'ID' is kept as given."""
    from insight.schema import normalise_header

    if match.table.name != "order_lines" or "order_id" in match.canonical or frame.height < 20:
        return
    ident = next((h for h, c in match.mapping.items() if c == "customer_id" and normalise_header(h) == "id"
                  and h not in overrides), None)
    email = _email_header(list(frame.columns), match.mapping)
    if ident is None and "customer_id" in match.canonical:
        _own_id_of_payments(frame, match, overrides)
        return
    if ident is None:
        return
    values = frame.get_column(ident)
    if values.null_count() or values.n_unique() != frame.height:
        return
    if email is None:  # another id-like column with a customer word whose values repeat ('account_key', 'client_uuid')
        email = next((h for h in plausible_customer_columns(frame, list(frame.columns)) if h not in match.mapping
                      and h not in overrides and _ID_WORD.search(h) and frame.get_column(h).n_unique() < frame.height),
                     None)
        if email is None:
            return
        said = f"'{email}' is the customer"
    else:
        said = f"customers identified by their e-mail address ('{email}')"
    match.mapping[ident] = "order_id"
    match.mapping[email] = "customer_id"
    match.notes.append(f"'{ident}' never repeats (one value per line): it is the order id; {said}")


def _own_id_of_payments(frame: pl.DataFrame, match: HeaderMatch, overrides: dict[str, str]) -> None:
    """A bare 'ID' beside the customer column (Mollie's payment 'ID' tr_…, 'Customer ID' cst_…) that never repeats,
    where no customer has two lines at the same date and time: every line is a document of its own, so 'ID' is the
    order id (instead of one order per customer and day). Lines sharing customer and time are items of one order:
    then 'ID' is a line number and stays the client's column."""
    from insight.schema import normalise_header

    used = set(match.mapping) | set(match.ignored) | set(overrides)
    ident = next((h for h in frame.columns if normalise_header(h) == "id" and h not in used), None)
    date = next((h for h, c in match.mapping.items() if c == "order_date"), None)
    customer = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
    if ident is None or date is None or customer is None:
        return
    values = frame.get_column(ident)
    if values.null_count() or values.n_unique() != frame.height:
        return
    stamps = frame.select(pl.col(date).cast(pl.String).str.strip_chars(), pl.col(customer))
    if not bool(stamps.get_column(date).str.contains(r"\d{1,2}:\d{2}").all()) or stamps.is_duplicated().any():
        return  # no times of day, or a customer with several lines at one time: lines of orders, not documents
    match.mapping[ident] = "order_id"
    match.notes.append(f"'{ident}' never repeats and no customer has two lines at one time: every line is a "
                       f"document of its own, '{ident}' is the order id")


def _order_ids(frame: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """Synthesise order ids 'D<customer>-<yyyymmdd>' (one order per customer and day) where missing."""
    missing = frame.get_column("order_id").null_count()
    if not missing:
        return frame
    synthetic = pl.concat_str([pl.lit("D"), pl.col("customer_id").cast(pl.String).fill_null(""), pl.lit("-"),
                               pl.col("order_date").dt.strftime("%Y%m%d")])
    frame = frame.with_columns(order_id=pl.coalesce(pl.col("order_id"), synthetic))
    if missing == frame.height:
        notes.append("no order id in the source: order_id synthesised per customer and day")
    else:
        notes.append(f"{missing} lines without order id: order_id synthesised per customer and day")
    return frame


def _extras(frame: pl.DataFrame, match: HeaderMatch, customer_id: pl.Series,
            hint: bool | None, skip: set[str] = frozenset()) -> pl.DataFrame | None:  # type: ignore[assignment]
    """customer_id + the source columns no canonical column (nor ``skip``) took, one row per distinct combination."""
    used = set(match.mapping) | set(match.ignored) | skip
    rest = [c for c in frame.columns if c not in used]
    if not rest:
        return None
    cols = [customer_id.alias("customer_id")]
    for c in rest:
        s = frame.get_column(c)
        if s.dtype == pl.String:
            s = coerce.blank_to_null(s)
            style = coerce.number_style(s)
            zero_padded = bool(s.str.contains(r"^0\d").any())  # ids like '0001' stay text
            if style in ("de", "en", "both") and s.null_count() < s.len() and not zero_padded:
                try:
                    s = coerce.to_number(s, style == "de" or (style == "both" and bool(hint)), "", c, c)
                except InputError:
                    pass
        cols.append(s.alias(c))
    extras = pl.DataFrame(cols).filter(pl.col("customer_id").is_not_null()).unique(maintain_order=True)
    return extras if extras.height else None


_KEEP_ON_FRAME = ("order_lines", "customers")
_DATE_SHAPE = r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$"


def _interaction_times(frame: pl.DataFrame, match: HeaderMatch, source: str) -> dict[str, pl.Series]:
    """The other timestamps of an interactions file ('Beantwortet am', answered_at, closed): one per
    interaction, so they stay on the interactions table as Datetime (response times need them per row),
    never customer attributes. A column counts when it is a date type or every value reads as a date or
    timestamp. Source header -> the typed column under its client name."""
    used = set(match.mapping) | set(match.ignored)
    rest = [c for c in frame.columns if c not in used]
    names = client_names(rest)
    out: dict[str, pl.Series] = {}
    for header in rest:
        s = frame.get_column(header)
        if s.dtype == pl.String:
            values = coerce.blank_to_null(s.drop_nulls().unique()).drop_nulls()
            if not values.len() or not bool(values.str.contains(_DATE_SHAPE).all()):
                continue
        elif s.dtype != pl.Date and not isinstance(s.dtype, pl.Datetime):
            continue
        try:
            parsed = coerce.to_datetime(coerce.blank_to_null(s) if s.dtype == pl.String else s, source, header, header)
        except InputError:
            continue
        out[header] = parsed.alias(names[header])
    return out
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "EUR": "EUR", "USD": "USD", "GBP": "GBP",
                   "CHF": "CHF", "₹": "INR", "INR": "INR",
                   # the full-width yen and 円 (Japanese ledgers), the lira (Paraşüt '1.234,56 ₺'), the forint, złoty,
                   # koruna written after the number ('123 456 Ft', '12,50 zł', '99 Kč')
                   "￥": "JPY", "円": "JPY", "JPY": "JPY", "₺": "TRY", "TRY": "TRY", "HUF": "HUF", " Ft": "HUF",
                   "zł": "PLN", "PLN": "PLN", "Kč": "CZK", "CZK": "CZK"}
_DOLLAR_SIGNS = {"US$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "R$": "BRL", "NZ$": "NZD",
                 "HK$": "HKD", "S$": "SGD", "MX$": "MXN"}


def snake_name(header: str) -> str:
    """A client header as a column name: 'Sub-Category' → 'sub_category', 'MonthlyCharges' → 'monthly_charges'."""
    from insight.schema import normalise_header

    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", header.strip())
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    folded = "_".join(part for part in re.split(r"[^0-9a-z]+", _ascii(text).casefold()) if part)
    if not folded:
        folded = normalise_header(header) or "column"
    return f"c_{folded}" if folded[0].isdigit() else folded


def _ascii(text: str) -> str:
    import unicodedata

    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace(
        "Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def reserved_names() -> set[str]:
    """Names a client column may not take: every canonical column and every derived one that the metrics
    add to order lines (a client's 'Segment' must not shadow anything silently)."""
    names = {c for t in TABLES.values() for c in t.columns}
    names |= {"line_amount", "is_return", "is_cancelled", "order_key", "is_order", "order_day", "order_code",
              "month", "quarter", "year", "row_id", "import_id", "replace_key", "attributes"}
    return names


def client_names(headers: list[str]) -> dict[str, str]:
    """Source header → client column name, unique and never a reserved name ('Segment' stays 'segment',
    a second 'Country' becomes 'client_country')."""
    taken = reserved_names()
    out: dict[str, str] = {}
    for header in headers:
        name = snake_name(header)
        if name in taken:
            name = f"client_{name}"
        base, k = name, 2
        while name in taken:
            name, k = f"{base}_{k}", k + 1
        taken.add(name)
        out[header] = name
    return out


# the one mark a form's tick column holds where the answer is yes (empty where no)
TICK_MARKS = frozenset({"x", "✓", "✔", "✗", "☑", "☒", "*", "•"})


def _ticked(s: pl.Series, name: str) -> pl.Series:
    """A tick column ('Online-Banking': 'x' or empty) as a yes/no flag 1/0 (as 'HasCrCard'), empty is no; any
    other column as it is."""
    if s.dtype == pl.String and s.null_count() and s.drop_nulls().len():
        marks = s.drop_nulls().unique().head(2)
        if marks.len() == 1 and str(marks[0]).strip().lower() in TICK_MARKS:
            return s.is_not_null().cast(pl.Int64).alias(name)
    return s


def _typed_client_column(s: pl.Series, name: str, hint: bool | None, wordy: bool | None = None) -> pl.Series:
    """A client column in its own type: numbers (Int64 when all whole, else Float64), else trimmed text.

    ``wordy``: the caller already knows (:func:`_wordy_columns`) whether no cell of this text column holds a digit,
    point or comma; such a column can be neither a percentage nor a number, so only its trimming is decided here
    (a wide export's thousands of text columns each cost one query instead of a dozen)."""
    if wordy is None and s.dtype == pl.String:
        wordy = not s.str.contains(r"[\d.,]").any()
    if wordy:
        return _ticked((coerce.blank_to_null(s, text=True) if bool((s.str.strip_chars() != s).any())
                        or bool((s == "").any()) else s).alias(name), name)
    if coerce.percent_column(s):  # 'Rabatt' '12,5 %': a measure (the number of percent), not a dimension
        s = coerce.strip_percent(s)
    if s.dtype == pl.String:
        # 'NA' is a value as often as it is a gap (North America, Namibia): only a column that is numeric
        # apart from such spellings loses them; text keeps every non-empty cell as written
        raw = s.drop_nulls().unique()
        distinct = coerce.blank_to_null(raw)  # decide on distinct values: cheap
        style = coerce.number_style(distinct)
        zero_padded = bool(distinct.str.contains(r"^0\d").any())  # ids like '0001' stay text
        if style in ("de", "en", "both") and distinct.null_count() < distinct.len() and not zero_padded:
            try:
                s = coerce.to_number(coerce.blank_to_null(s), style == "de" or (style == "both" and bool(hint)),
                                     "", name, name)
            except InputError:
                s = coerce.blank_to_null(s, text=True)
        elif bool((raw.str.strip_chars() != raw).any()) or bool((raw == "").any()):
            s = coerce.blank_to_null(s, text=True)  # only a column that needs it pays for a pass over every cell
    ticked = _ticked(s, name)
    if ticked is not s:
        return ticked
    if s.dtype.is_float():
        vals = s.drop_nulls()
        vals = vals.filter(vals.is_finite()) if vals.len() else vals
        if vals.len() == s.len() - s.null_count() and vals.len() and bool((vals == vals.round(0)).all()) \
                and bool((vals.abs() < 2**53).all()):
            s = s.cast(pl.Int64)
    elif s.dtype.is_integer():
        s = s.cast(pl.Int64)
    elif isinstance(s.dtype, pl.Datetime) and s.dtype.time_zone:
        s = s.dt.replace_time_zone(None)
    return s.alias(name)


def _client_columns(frame: pl.DataFrame, match: HeaderMatch, hint: bool | None,
                    text: set[str] = frozenset()) -> tuple[list[pl.Series], dict[str, str]]:  # type: ignore[assignment]
    used = set(match.mapping) | set(match.ignored)
    rest = [c for c in frame.columns if c not in used]
    names = client_names(rest)
    if match.table.name == "order_lines":  # customer attributes on order lines keep their canonical names
        from insight.io.mapping import match_headers
        from insight.schema import CUSTOMERS

        as_customer = match_headers(rest, CUSTOMERS).mapping
        ident = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
        for header, col in as_customer.items():
            if col not in match.table.columns and col != "customer_id" and _per_customer(frame, ident, header):
                names[header] = col  # only a value that is one per customer is a customer attribute ('Typ' of a
                # document, Rechnung/Gutschrift, is not the customer type)
    wordy = _wordy_columns(frame, [c for c in rest if c not in text])
    return ([frame.get_column(c).cast(pl.String).str.strip_chars().alias(names[c]) if c in text
             else _typed_client_column(frame.get_column(c), names[c], hint, c in wordy) for c in rest],
            {names[c]: c for c in rest})


def _wordy_columns(frame: pl.DataFrame, columns: list[str]) -> set[str]:
    """The text ``columns`` no cell of which holds a digit, a point or a comma (no number, no percentage can be
    written without one), found in one query over all of them rather than several per column."""
    schema = frame.schema  # built once: a wide frame's schema is no cheap property
    texts = [c for c in columns if schema[c] == pl.String]
    if not texts:
        return set()
    found = frame.select(pl.col(c).str.contains(r"[\d.,]").any().alias(str(i)) for i, c in enumerate(texts)).row(0)
    return {c for c, has in zip(texts, found) if not has}


def _per_customer(frame: pl.DataFrame, ident: str | None, header: str) -> bool:
    if ident is None or ident not in frame.columns:
        return True
    most = (frame.select(ident, header).drop_nulls().group_by(ident).agg(pl.col(header).n_unique().alias("n"))
            .get_column("n").max())
    return most is None or int(most) <= 1  # type: ignore[arg-type]


_HEADER_CURRENCY = re.compile(r"(?i)(?:\s+(?:in\s+)?|\s*[(\[]\s*)(EUR|CHF|USD|GBP|€|\$|£)\s*[)\]]?\s*$")
# any other ISO 4217 code, written in capitals in brackets or after a blank ('Total (ARS)', 'Betrag [PLN]',
# 'Amount in SEK'): lower case ('Total all', 'Sales top') is a word, never a currency
_HEADER_ISO = re.compile(r"(?:\s+(?:in\s+)?|\s*[(\[]\s*)([A-Z]{3})\s*[)\]]?\s*$")


def _header_code(header: str) -> str | None:
    """The currency an amount header names at its end ('Umsatz (CHF)', 'Total (ARS)'), or None."""
    found = _HEADER_CURRENCY.search(header)
    if found is not None:
        return {"€": "EUR", "$": "USD", "£": "GBP"}.get(found.group(1), found.group(1).upper())
    iso = _HEADER_ISO.search(header)
    return iso.group(1) if iso is not None and iso.group(1) in ISO_CURRENCIES else None


def _amount_in_header_currency(match: HeaderMatch, notes: list[str]) -> str | None:
    """An amount header that names its currency ('Betrag EUR', 'Umsatz (CHF)') beside a currency column: the
    amounts are already converted (an order intake's foreign amount, rate and home amount), so the header's
    currency is every line's; the currency column (the original one) stays a client column."""
    amount = next((h for h, c in match.mapping.items() if c == "amount"), None)
    code = _header_code(amount) if amount else None
    if code is None:
        return None
    currency = next((h for h, c in match.mapping.items() if c == "currency"), None)
    if currency is not None:
        del match.mapping[currency]
        notes.append(f"'{amount}' names its currency: every amount is in {code}; '{currency}' is the original "
                     "currency of another column and kept as a client column")
    return code


def _currency_sign(frame: pl.DataFrame, match: HeaderMatch) -> str | None:
    """The currency written into the amounts ('€ 12,50', '$1,234.00', '12.50 GBP'), when one sign is used."""
    found: set[str] = set()
    for src, col in match.mapping.items():
        if col not in ("amount", "unit_price", "line_profit", "unit_cost") or frame.schema[src] != pl.String:
            continue
        sample = frame.get_column(src).drop_nulls().head(5000)
        for sign, code in _DOLLAR_SIGNS.items():  # 'C$', 'A$', 'R$': the letters name the country's currency
            if sample.str.contains(rf"(?:^|[^A-Za-z]){re.escape(sign)}").any():
                found.add(code)
        sample = sample.str.replace_all(coerce.DOLLAR_PREFIX, "")
        for sign, code in _CURRENCY_SIGNS.items():
            if sample.str.contains(sign, literal=True).any():
                found.add(code)
        if sample.str.contains(_DANISH_KRONE).any():
            found.add("DKK")
    return found.pop() if len(found) == 1 else None


# 'kr.' with its dot after an amount in øre ('1.234,56 kr.', Billy, e-conomic) is the Danish krone: Swedish and
# Norwegian write 'kr' without the dot, Icelandic krónur have no decimals; a bare 'kr' names no currency
_DANISH_KRONE = r"(?i)\d[.,]\d{2}\s*kr\.\s*$"


# the currency word or sign written at either end of an amount ('1 234,56 EUR', '(980,00) GBP', '€ 12,50', 'zł 99'), as
# its ISO code; 'kr' (Swedish, Norwegian, Danish or Icelandic) and a bare '$' or '¥' name no single currency
_ROW_CURRENCY = (r"^[(+-]?\s*(" + coerce.CURRENCY_WORD + r")\s*[\d(+-]|[\d)]\s*(" + coerce.CURRENCY_WORD
                 + r")\s*\)?-?$")
_ROW_CODES = {"€": "EUR", "£": "GBP", "₹": "INR", "₺": "TRY", "円": "JPY", "ZŁ": "PLN", "ZL": "PLN", "KČ": "CZK",
              "KC": "CZK", "FT": "HUF", "LEI": "RON", "TL": "TRY", "SFR": "CHF", "SFR.": "CHF", "RMB": "CNY",
              **{k.upper(): v for k, v in _DOLLAR_SIGNS.items()}}


def _row_currencies(frame: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.Series | None:
    """The currency of each line when the amounts carry it and differ ('1 485,01 EUR', '980,00 GBP', '(1 234,56)
    CHF' in one column, Pennylane): every filled amount cell names its currency at either end, by ISO code or an
    unambiguous sign, and two or more currencies occur. That column is the lines' currency (money is then never
    added across currencies); one currency alone is the file's (``_currency_sign``)."""
    src = next((h for h, c in match.mapping.items() if c == "amount"), None) \
        or next((h for h, c in match.mapping.items() if c == "unit_price"), None)
    if src is None or frame.schema[src] != pl.String:
        return None
    cells = frame.get_column(src).str.strip_chars()
    numbers = cells.str.contains(r"\d").fill_null(False)
    if not bool(numbers.any()):
        return None
    found = cells.str.extract_groups(_ROW_CURRENCY)
    token = pl.select(pl.coalesce(found.struct.field("1"), found.struct.field("2"))).to_series().str.to_uppercase()
    codes = token.replace_strict(_ROW_CODES, default=token, return_dtype=pl.String)
    known = codes.is_in(list(ISO_CURRENCIES)).fill_null(False) & numbers
    if int(known.sum()) < int(numbers.sum()):  # a cell without a code, or 'kr', '$': no currency per line
        return None
    codes = pl.select(pl.when(known).then(codes)).to_series().alias("currency")
    distinct = sorted(codes.drop_nulls().unique().to_list())
    if len(distinct) < 2:
        return None
    notes.append(f"'{src}' names the currency on every line ({', '.join(distinct)}): each line is in its own "
                 "currency, and money is never added across them")
    return codes


def _looks_like_order_numbers(s: pl.Series) -> bool:
    values = s.drop_nulls().cast(pl.String).head(5000)
    share = values.str.contains(r"^\s*#?\d{3,}\s*$").mean()
    return values.len() > 0 and isinstance(share, float) and share > 0.9


_EMAIL_HEADERS = {"email", "emailaddress", "emailadresse", "mail", "customeremail", "kundenemail", "kundenmail",
                  "buyeremail", "billingemail",
                  # the payer of a payment account's download (PayPal 'Absender E-Mail-Adresse', 'From Email Address')
                  "absenderemailadresse", "absenderemail", "fromemailaddress", "fromemail", "senderemail",
                  "senderemailaddress", "payeremail", "payeremailaddress", "zahleremail", "kaeuferemail"}
# a cell that is only the word of a totals line ("Summe", "Gesamt:", "Total EUR", "Grand total")
_TOTAL_CELL = r"(?i)^\s*(?:summe|summen|gesamt|gesamtsumme|endsumme|zwischensumme|insgesamt|total|totals|grand total|" \
              r"subtotal|sub-total|sum|somme|totale|" \
              r"i\s*alt|totalt|summa|summa\s+totalt|razem|ogółem|ogolem|suma|celkem|celkem\s+za|yhteensä|yhteensa|" \
              r"totaal|totaal\s+generaal|total\s+general|total\s+geral|totale\s+generale|totale\s+complessivo|" \
              r"somme\s+totale|total\s+g[ée]n[ée]ral|gesamt\s*summe)" \
              r"\s*:?\s*(?:eur|€|usd|\$|chf|gbp|£|kr\.?|zł|kč|nok|sek|dkk|pln|czk)?\s*$"


# a label of a subtotal or grand-total row: Excel's Teilergebnis ('10023 Ergebnis', 'Gesamtergebnis', 'Berlin Total',
# 'Grand Total'), a report's 'Total for Anderson Bakery', 'Summe Kunde 4711', 'TOTAL'
# 'Summe Kunde 4711', 'TOTAL', and the same in the other European languages: a Nordic report's 'Sum Hansen AS' and
# 'Totalt', 'Subtotaal', 'Sous-total', 'Suma', 'Celkem', 'Σ Kunde'
_SUM_WORDS = (r"total|totals|summe|sum|summa|suma|somme|totaal|totalt|totale|subtotal|sub-total|subtotaal|subtotale|"
              r"sous-total|zwischensumme|gesamt|celkem|razem|yhteensä|yhteensa|i\s+alt|σ")
_SUBTOTAL_LABEL = (rf"(?i)^\s*(?:\S.*\s(?:ergebnis|{_SUM_WORDS})|(?:{_SUM_WORDS})"
                   r"(?:\s+(?:for|für|fuer|of|von|der|des|voor|van|för|pour|de|del|di|per|za|dla))?\s*:?\s+\S.*|"
                   rf"gesamtergebnis|grand\s*total|{_SUM_WORDS})\s*:?\s*$")


def _without_subtotal_rows(frame: pl.DataFrame, match: HeaderMatch, row_numbers: pl.Series | None,
                           notes: list[str]) -> tuple[pl.DataFrame, pl.Series | None]:
    """Subtotal rows of a grouped report (Excel's Teilergebnis: '10023 Ergebnis' after each customer and
    'Gesamtergebnis' at the end; 'Total for <customer>' in an accounting report) are no orders: a row without an
    order date whose text cell is such a label is left out, however many there are (a row without a date could
    not be imported anyway). Named in the import report."""
    date = next((h for h, c in match.mapping.items() if c == "order_date"), None)
    texts = [c for c, t in frame.schema.items() if t == pl.String]
    if match.table.name != "order_lines" or date is None or date not in frame.columns or not texts:
        return frame, row_numbers
    no_date = pl.col(date).is_null()
    if frame.schema[date] == pl.String:
        no_date = no_date | (pl.col(date).str.strip_chars() == "")
    labelled = pl.any_horizontal([pl.col(c).str.contains(_SUBTOTAL_LABEL).fill_null(False) for c in texts])
    undated = frame.select(no_date.fill_null(False).alias("t")).to_series()
    if not undated.any():
        return frame, row_numbers  # the labels are read only on rows without a date (issue 16: a regular
        # expression over every text cell of every row was a fifth of reading a file)
    mask = undated.scatter(undated.arg_true(), frame.filter(undated).select(labelled.alias("t")).to_series())
    hits = int(mask.sum())
    if hits == 0:
        return frame, row_numbers
    rows = row_numbers if row_numbers is not None else pl.Series("row", range(1, frame.height + 1))
    dropped = rows.filter(mask).to_list()
    notes.append(f"left out {hits:,} subtotal row(s) without a date (data row {', '.join(map(str, dropped[:5]))}"
                 f"{' …' if hits > 5 else ''}): a group's 'Ergebnis'/'Total' line is no order")
    return frame.filter(~mask), rows.filter(~mask)


def _without_total_rows(frame: pl.DataFrame, match: HeaderMatch, row_numbers: pl.Series | None,
                        notes: list[str]) -> tuple[pl.DataFrame, pl.Series | None]:
    """Totals and subtotal lines of an export ('Summe;;31.12.23;321.901,65') are no orders: left out and
    named in the import report, never imported as a guest order that doubles the revenue. A row counts as one
    when a text cell says only 'Summe'/'Total'/... and it has no customer id (or the id cell is that word)."""
    texts = [c for c, t in frame.schema.items() if t == pl.String]
    if not texts or frame.height == 0:
        return frame, row_numbers
    id_header = next((h for h, c in match.mapping.items() if c == "customer_id"), None)
    candidates = None  # rows whose id allows a totals line; the text cells are searched on those only
    if id_header is not None and id_header in frame.columns:
        if frame.schema[id_header].is_numeric():  # a number is never blank nor a totals word
            no_id = pl.col(id_header).is_null()
        else:
            ident = pl.col(id_header).cast(pl.String).str.strip_chars()
            no_id = ident.is_null() | (ident == "") | ident.str.contains(_TOTAL_CELL).fill_null(False)
        candidates = frame.select(no_id.alias("t")).to_series().arg_true()
        if candidates.len() == 0:
            return frame, row_numbers
    says_total = pl.any_horizontal([(pl.col(c) if candidates is None else pl.col(c).gather(candidates))
                                    .str.contains(_TOTAL_CELL).fill_null(False) for c in texts])
    mask = frame.select(says_total.alias("t")).to_series()
    if candidates is not None:
        mask = pl.repeat(False, frame.height, dtype=pl.Boolean, eager=True).scatter(candidates.filter(mask), True)
    hits = int(mask.sum())
    if hits == 0 or hits > max(3, frame.height // 100):  # many such rows: a real value, not a totals line
        return frame, row_numbers
    rows = row_numbers if row_numbers is not None else pl.Series("row", range(1, frame.height + 1))
    dropped = rows.filter(mask).to_list()
    notes.append(f"left out {hits} totals row(s) (data row {', '.join(map(str, dropped[:5]))}): a 'Summe'/'Total' "
                 "line is no order")
    return frame.filter(~mask), rows.filter(~mask)


def _amount_that_is_no_line_amount(columns: dict[str, pl.Series], match: HeaderMatch, notes: list[str]) -> None:
    """An 'amount' that is the same on every line of an order while quantity × price is not (Shopify's order
    'Total' repeated on each line item) is an order total, no line amount: the lines' amounts are quantity ×
    price instead, and the report says so. A line amount that merely differs from quantity × price (a capped
    price column, discounts) stays."""
    if not {"amount", "quantity", "unit_price", "order_id"} <= set(columns):
        return
    frame = pl.DataFrame([columns["amount"], columns["quantity"], columns["unit_price"], columns["order_id"]])
    product = pl.col("quantity") * pl.col("unit_price")
    off = frame.select(
        bad=((pl.col("amount") - product).abs() > 0.02 * pl.max_horizontal(product.abs(), pl.lit(1.0))).sum(),
        n=(pl.col("amount").is_not_null() & product.is_not_null()).sum()).row(0)
    multi = (frame.with_columns(p=product).group_by("order_id")
             .agg(lines=pl.len(), amounts=pl.col("amount").n_unique(), products=pl.col("p").n_unique())
             .filter(pl.col("lines") >= 2))
    if multi.height < 10:
        return
    repeated = multi.select(((pl.col("amounts") == 1) & (pl.col("products") > 1)).mean()).item()
    if off[1] and off[0] > 0.2 * off[1] and repeated is not None and repeated > 0.8:
        header = next((h for h, c in match.mapping.items() if c == "amount"), "amount")
        columns["amount"] = pl.Series("amount", [None] * len(columns["amount"]), dtype=columns["amount"].dtype)
        notes.append(f"'{header}' is not quantity × price on {off[0] / off[1]:.0%} of the lines (an order total?): "
                     "line amounts are quantity × price")


_TIME_HEADERS = {"time", "uhrzeit", "zeit", "ordertime", "bestellzeit", "transactiontime", "belegzeit", "bonzeit",
                 "timeofday", "purchasetime", "salestime", "verkaufszeit"}


def _with_time_of_day(out: pl.DataFrame, frame: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.DataFrame:
    """A POS export gives the time in a column of its own ('Date' 27/07/2024 + 'Time' 18:29): when the order
    dates carry no time and such a column holds only clock times, the time of day joins the date."""
    from insight.schema import normalise_header

    used = set(match.mapping) | set(match.ignored)
    schema = frame.schema  # once: a file of 10,000 columns must stay linear
    header = next((h for h in frame.columns if h not in used and normalise_header(h) in _TIME_HEADERS
                   and schema[h] == pl.String), None)
    if header is None or out.height == 0:
        return out
    dates = out.get_column("order_date")
    if bool((dates != dates.dt.truncate("1d")).fill_null(False).any()):
        return out  # the dates have times of their own
    clock = coerce.blank_to_null(frame.get_column(header))
    if not bool(clock.drop_nulls().str.contains(r"^\d{1,2}:\d{2}(?::\d{2})?$").all()) or clock.null_count() == clock.len():
        return out
    parts = clock.str.split(":")
    secs = (parts.list.get(0).cast(pl.Int64) * 3600 + parts.list.get(1).cast(pl.Int64) * 60
            + parts.list.get(2, null_on_oob=True).cast(pl.Int64).fill_null(0))
    if bool((secs >= 86_400).any()):
        return out
    date_header = next(h for h, c in match.mapping.items() if c == "order_date")
    notes.append(f"time of day from '{header}' added to the dates of '{date_header}'")
    return out.with_columns(order_date=pl.col("order_date") + pl.duration(seconds=pl.lit(secs.fill_null(0))))


# a customer id that names no customer: a shop's guest checkout ('Guest', BigCommerce's id 0), a till's walk-in
_GUEST_IDS = ("guest", "guests", "gast", "gaeste", "guest checkout", "guest customer", "anonymous", "anonym",
              "walk in", "walkin", "walk in customer", "laufkunde", "barverkauf", "no customer", "kein kunde")


# a customer that only says it is a test (an invoicing app's 'TEST' party, Fatture in Cloud's 'Cliente di prova'):
# its documents try the system out and are no sales (docs/import.md, "Test customers")
_TEST_CUSTOMERS = frozenset({"test", "tests", "testkunde", "test kunde", "testkunden", "test customer", "test client",
                             "testclient", "client test", "client de test", "cliente di prova", "cliente prova",
                             "cliente de prueba", "cliente prueba", "cliente teste", "cliente de teste", "testklant",
                             "test klant", "testkund", "testikunde", "testiasiakas", "klient testowy", "test party",
                             "dummy", "dummy customer", "testfirma", "test gmbh"})


def _test_customers(out: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """Lines of a customer whose id or name is a test word alone are left out (neither revenue, orders nor
    customers), named in a note; only while they are a minority of the lines (a file of test data stays)."""
    from insight.language import fold

    columns = [c for c in ("customer_id", "name") if c in out.schema and out.schema[c] == pl.String]
    tested: list[str] = []
    mask = pl.lit(False)
    for c in columns:
        values = [v for v in out.get_column(c).drop_nulls().unique().to_list() if fold(v) in _TEST_CUSTOMERS]
        if values:
            tested += [v for v in values if v not in tested]
            mask = mask | pl.col(c).is_in(values).fill_null(False)
    if not tested:
        return out
    hit = int(out.select(mask.sum()).item())
    if hit * 2 >= out.height:
        return out
    shown = ", ".join(f"'{v}'" for v in sorted(tested))
    notes.append(f"{hit:,} line{'s' if hit != 1 else ''} of the test customer {shown} left out: test documents "
                 "are no sales (neither revenue, orders nor customers)")
    return out.filter(~mask)


def _distinct_counts(out: pl.DataFrame, column: str) -> pl.DataFrame:
    """The distinct values of ``column`` with how many lines hold each (``value``, ``n``): a rule that sums a test
    of each line's value sums it over the distinct values weighted by ``n``, the same count (issue 16: a test over
    a few thousand ids instead of every line)."""
    return out.group_by(pl.col(column).alias("value")).agg(n=pl.len())


# a party cell that only says the voucher was cancelled (Tally's sales register: 'Particulars' = '(cancelled)' with
# empty amounts): the line is a cancelled document of no customer
_CANCELLED_PARTY = r"(?i)^\s*[(\[]?\s*(?:cancelled|canceled|storniert|void|voided|annulliert|cancelado|cancelada)\s*[)\]]?\s*$"


def _cancelled_party(out: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.DataFrame:
    """Lines whose customer cell is only a cancel word ('(cancelled)'): status 'cancelled' (where no status is given)
    and no customer, so the voucher counts as a cancellation and never as a customer."""
    if out.schema["customer_id"] != pl.String:
        return out
    hit = pl.col("customer_id").str.contains(_CANCELLED_PARTY).fill_null(False)
    count = int(out.select(hit.sum()).item())
    if not count or count == out.height:
        return out
    header = next((h for h, c in match.mapping.items() if c == "customer_id"), "customer")
    notes.append(f"{count:,} line(s) with '{header}' = a cancel word ('(cancelled)'): cancelled documents of no "
                 "customer")
    return out.with_columns(line_status=pl.when(hit & pl.col("line_status").is_null()).then(pl.lit("cancelled"))
                            .otherwise(pl.col("line_status")),
                            customer_id=pl.when(hit).then(None).otherwise(pl.col("customer_id")))


# a memo or text cell that opens with a void word and a colon ('VOID: wrong customer', 'STORNO: doppelt erfasst'):
# the accounting system's mark of a voided document (Reckon, QuickBooks Desktop transaction lists)
_MEMO_HEADERS = ("memo", "memotext", "note", "notes", "description", "comment", "comments", "bemerkung", "notiz",
                 "kommentar", "buchungstext", "text")
_VOID_MEMO = r"(?i)^\s*(?:void|voided|storno|storniert|annulliert|cancelled|canceled)\s*[:\-–]"


def _void_memos(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """Lines whose memo column opens with a void word and a colon get the status 'void' (never a sale, counted as
    cancelled; the status table of docs/import.md) where no status is given. Only a memo-like header, only when
    some lines and not all are so marked."""
    from insight.schema import normalise_header

    for name, header in client.items():
        if name not in out.columns or out.schema[name] != pl.String or normalise_header(header) not in _MEMO_HEADERS:
            continue
        hit = pl.col(name).str.contains(_VOID_MEMO).fill_null(False) & pl.col("line_status").is_null()
        count = int(out.select(hit.sum()).item())
        if not count or count == out.height:
            continue
        notes.append(f"{count:,} line(s) with '{header}' opening with a void word ('VOID: …'): status 'void' (never "
                     "a sale, counted as cancelled)")
        return out.with_columns(line_status=pl.when(hit).then(pl.lit("void")).otherwise(pl.col("line_status")))
    return out


def _guest_customers(out: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> pl.DataFrame:
    """Lines whose customer id marks a guest are lines without a customer (counted in revenue and orders, not in
    customer metrics): an id spelled as a guest word ('Guest', 'Walk-in', 'Anonymous'), and the id 0 in a column
    of positive whole-number ids (BigCommerce's guest checkout), where 0 is a placeholder, not a customer.
    The tests run over the distinct ids with their line counts (``_distinct_counts``); integer ids hold no guest
    word, and their text is all digits exactly when they are positive, so ids typed as integers are tested as numbers
    (the same counts, without a pass over the distinct values)."""
    if out.schema["customer_id"].is_integer():
        c = pl.col("customer_id")
        stats = out.select(zeros=(c == 0).sum(), others=(c != 0).sum(), numbers=(c > 0).sum()).row(0, named=True)
        if not (stats["zeros"] > 0 and stats["others"] >= 2 and stats["numbers"] == stats["others"]):
            return out  # no guest word, and 0 is no placeholder: nothing changes
    ids = pl.col("value").cast(pl.String).str.strip_chars()
    folded = ids.str.to_lowercase().str.replace_all(r"[^a-z0-9]+", " ").str.strip_chars()
    distinct = _distinct_counts(out, "customer_id")
    n = pl.col("n")
    stats = distinct.select(
        words=n.filter(folded.is_in(list(_GUEST_IDS))).sum(),
        zeros=n.filter(ids.str.contains(r"^0+$")).sum(),
        others=n.filter(ids.is_not_null() & ~ids.str.contains(r"^0+$")).sum(),
        numbers=n.filter(ids.str.contains(r"^[1-9]\d*$")).sum(),
    ).row(0, named=True)
    zero_is_guest = stats["zeros"] > 0 and stats["others"] >= 2 and stats["numbers"] == stats["others"]
    if not stats["words"] and not zero_is_guest:
        return out
    guest = folded.is_in(list(_GUEST_IDS)) | (ids.str.contains(r"^0+$") if zero_is_guest else pl.lit(False))
    found = distinct.filter(guest.fill_null(False))
    count = int(found.get_column("n").sum())
    values = found.get_column("value").cast(pl.String).unique().sort().head(3).to_list()
    header = next((h for h, c in match.mapping.items() if c == "customer_id"), "customer")
    notes.append(f"{count:,} line{'s' if count != 1 else ''} with the guest id {', '.join(repr(v) for v in values)} in "
                 f"'{header}' (no customer): counted as lines without a customer")
    return out.with_columns(customer_id=pl.when(pl.col("customer_id").is_in(found.get_column("value").implode()))
                            .then(None).otherwise(pl.col("customer_id")))


def _authorized_not_captured(out: pl.DataFrame, notes: list[str]) -> pl.DataFrame:
    """A payment gateway's status column that holds 'captured' beside 'authorized' (Razorpay): an authorised payment
    was never captured, no sale; its value is written 'authorized (not captured)', which the status table lists.
    An 'authorised' invoice without captured payments beside it (Xero: approved, awaiting payment) is a sale.
    The tests run over the distinct statuses with their line counts (``_distinct_counts``)."""
    if out.get_column("line_status").null_count() == out.height:
        return out
    key = pl.col("value").cast(pl.String).str.strip_chars().str.to_lowercase()
    distinct = _distinct_counts(out, "line_status")
    authorized = distinct.filter(key.is_in(["authorized", "authorised"]).fill_null(False))
    captured = bool(distinct.select((key == "captured").any()).item())
    count = int(authorized.get_column("n").sum())
    if not captured or not count:
        return out
    notes.append(f"{count:,} payment{'s' if count != 1 else ''} 'authorized' beside 'captured' ones: authorised, "
                 "never captured — no sale (status written 'authorized (not captured)')")
    return out.with_columns(line_status=pl.when(pl.col("line_status").is_in(authorized.get_column("value").implode()))
                            .then(pl.col("line_status").cast(pl.String) + " (not captured)")
                            .otherwise(pl.col("line_status")))


def _lines_without_customer(out: pl.DataFrame, match: HeaderMatch, notes: list[str]) -> None:
    """Say what happens to lines without a customer (walk-in sales, a loyalty card not shown)."""
    anon = out.get_column("customer_id").null_count()
    if not anon or anon == out.height:
        return
    header = next((h for h, c in match.mapping.items() if c == "customer_id"), "customer")
    notes.append(f"{anon:,} line{'s' if anon != 1 else ''} without a customer ('{header}' empty: walk-in or "
                 "anonymous sales): counted in revenue, orders and every breakdown by line, not in customer "
                 "metrics (customers, top customers, repeat rate)")


def _lines_without_amount(out: pl.DataFrame, notes: list[str]) -> None:
    """Say how many lines have no amount (an empty cell, 'NaN', 'NA' …, and no quantity × price): they
    count as orders but add nothing to revenue, which the user must not have to find out by summing."""
    missing = int(out.select((pl.col("amount").is_null() & (pl.col("quantity").is_null()
                                                             | pl.col("unit_price").is_null())).sum()).item())
    if missing:
        notes.append(f"{missing:,} line{'s' if missing != 1 else ''} without an amount (empty or NA/NaN): "
                     "no revenue counted for them")


# headers (normalised) of a column holding the amount refunded of each line or order: 'Total Refunded',
# 'total_refunded.amount', 'Erstatteter Betrag'
# 'Amount Adjusted' (Chargebee: credit notes against the invoice) lowers it the same way
_REFUND_HEADER = re.compile(r"(?:refunded|refundamount|refundtotal|erstattet|erstattungsbetrag|ruckerstattet|"
                            r"rueckerstattet|gutgeschrieben|montantrembourse|rembourse|amountadjusted|adjustedamount|"
                            r"creditnoteamount|creditnotestotal|amountcredited|creditedamount|"
                            # the Romance and Dutch words (Conta Azul's 'Valor estornado', 'Importe reembolsado')
                            r"estornado|estornada|reembolsado|reembolsada|rimborsato|rimborsata|terugbetaald)")


def _partial_refunds(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """A refunded amount beside the amount ('Total Refunded' of Magento, Shopify's 'total_refunded.amount'):
    revenue is the amount less what was refunded (metrics.md: refunds are no sale). A fully refunded order
    is left out by its status as before; a partial refund lowers the line. Named in the import notes."""
    from insight.schema import normalise_header

    schema = out.schema  # once: a file of 10,000 client columns must stay linear
    found = [(name, header) for name, header in client.items() if _REFUND_HEADER.search(normalise_header(header))
             and name in schema and schema[name].is_numeric()]
    if len(found) != 1 or out.get_column("amount").null_count() == out.height:
        return out
    name, header = found[0]
    back = pl.col(name).fill_null(0).abs()
    if out.select((back > pl.col("amount").abs() + 0.005).any()).item():
        return out  # more refunded than paid on some line: not a per-line refund, left as the client's column
    notes.append(f"'{header}' is the amount refunded or credited: revenue is the amount less it (a partial refund lowers the "
                 "line; a fully refunded order is no sale by its status)")
    return out.with_columns(amount=pl.when(pl.col("amount") >= 0).then(pl.col("amount") - back)
                            .otherwise(pl.col("amount")))


# a signed adjustments column beside the amount (Faire's 'Adjustments' = '(56.27)' damage credits, an ERP's
# 'Korrekturen', 'Ajustes'): net revenue includes adjustments (metrics.md, Revenue), so the amount is raised or
# lowered by it
_ADJUSTMENT_HEADER = re.compile(r"^(?:order|line|total|sales|umsatz)?(?:adjustments?|anpassungen?|korrekturen?|"
                                r"ajustes?|ajustements?|aggiustamenti)(?:amount|betrag|total)?$")


def _signed_adjustments(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """A signed adjustments column beside the amount (module note above): the amount plus the adjustment, only
    when exactly one such numeric column is there, some value is not zero and no adjustment outweighs its line's
    amount (then it is no per-line adjustment and stays a client column). Named in the import notes."""
    from insight.schema import normalise_header

    schema = out.schema
    found = [(name, header) for name, header in client.items() if _ADJUSTMENT_HEADER.match(normalise_header(header))
             and name in schema and schema[name].is_numeric()]
    if len(found) != 1 or out.get_column("amount").null_count() == out.height:
        return out
    name, header = found[0]
    adj = pl.col(name).fill_null(0)
    some, too_big = out.select((adj.abs() > 0.005).any().alias("some"),
                               (adj.abs() > pl.col("amount").abs() + 0.005).any().alias("big")).row(0)
    if not some or too_big:
        return out
    notes.append(f"'{header}' holds signed adjustments of each line (credits in minus): revenue is the amount plus "
                 "them (net revenue includes adjustments)")
    return out.with_columns(amount=pl.col("amount") + adj)


# SAP SD billing types (docs/import.md, "Document type codes"): F2 invoice, G2 credit memo, L2 debit memo, RE
# returns; S1 cancels an invoice, S2 a credit memo. A cancellation document reverses the whole document it cancels
_SAP_BILLING = {"F1", "F2", "F5", "F8", "FX", "G2", "L2", "RE", "S1", "S2", "IV", "IG", "BV", "LR", "LG"}
_SAP_CANCELS = ("S1", "S2")


def _cancellation_documents(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """A document-type column with cancellation documents — SAP billing codes (S1/S2, module note above) or a
    cancellation document's name (legend.CANCEL_DOCUMENTS: 'Sztornó számla') beside other types: each is
    paired with the earlier document of the same customer and the opposite amount; the cancelled document gets the
    status 'cancelled' (no sale, no order, counted as a cancellation) and its cancellation document is left out
    (it only undid it). Unpaired cancellations stay as negative lines. Named in the import notes."""
    from insight.language import fold
    from insight.io.legend import CANCEL_DOCUMENTS

    schema = out.schema
    column, said, words, cancel_values = None, "", set(CANCEL_DOCUMENTS), list(_SAP_CANCELS)
    for name in client:
        if name not in schema or schema[name] != pl.String:
            continue
        distinct = out.get_column(name).drop_nulls().str.strip_chars().unique()
        values = set(distinct.str.to_uppercase().to_list())
        if values and values <= _SAP_BILLING and values & set(_SAP_CANCELS) and values - set(_SAP_CANCELS):
            column, said = name, "SAP billing types"
            break
        if 1 < distinct.len() <= 20:
            found = [v for v in distinct.to_list() if fold(v) in words]
            if found and len(found) < distinct.len():
                column, cancel_values, said = name, found, "document types"
                break
    if column is None or out.get_column("amount").null_count() == out.height:
        return out
    kind = pl.col(column).str.strip_chars()
    if said == "SAP billing types":
        kind = kind.str.to_uppercase()
    cents = (pl.col("amount") * 100).round(0).cast(pl.Int64)
    rows = out.select(pl.int_range(pl.len()).alias("_row"), pl.col("customer_id").cast(pl.String).alias("_c"),
                      cents.alias("_cents"), kind.is_in(cancel_values).fill_null(False).alias("_cancel"),
                      pl.col("order_date"))
    cancels = rows.filter(pl.col("_cancel")).with_columns(pl.col("_cents").neg())
    originals = rows.filter(~pl.col("_cancel"))
    key = ["_c", "_cents"]
    cancels = cancels.sort("order_date").with_columns(pl.int_range(pl.len()).over(key).alias("_k"))
    originals = originals.sort("order_date").with_columns(pl.int_range(pl.len()).over(key).alias("_k"))
    pairs = cancels.join(originals, on=[*key, "_k"], suffix="_orig").filter(
        pl.col("order_date_orig") <= pl.col("order_date"))
    if pairs.height == 0:
        return out
    cancelled = pairs.get_column("_row_orig")
    dropped = pairs.get_column("_row")
    kinds = ", ".join(sorted(cancel_values))
    notes.append(f"'{client[column]}' holds {said}: {pairs.height:,} cancellation document(s) ({kinds}) "
                 "paired with the document each cancels (same customer, opposite amount); the cancelled documents "
                 "are no sale (status 'cancelled') and the cancellation documents are left out")
    idx = pl.int_range(pl.len())
    return out.with_columns(line_status=pl.when(idx.is_in(cancelled.implode())).then(pl.lit("cancelled"))
                            .otherwise(pl.col("line_status").cast(pl.String))) \
        .filter(~idx.is_in(dropped.implode()))


_TOKEN = r"[A-Za-z0-9][A-Za-z0-9_\-#/.]{3,}[A-Za-z0-9]"


def _refunds_naming_their_sale(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """A reversing line (negative amount) of a document of its own whose description names one sale line — its
    order id or its own id in a column that never repeats (Stripe's balance history: 'Refund for ch_…' names the
    charge's 'Source') — belongs to that sale's order: a sale refunded in full is then no order (metrics.md).
    Only the description's words: a reference column (PayPal's 'Referenz-Transaktionscode') keeps the refund a
    document of its own, as round 4's PayPal reading has it (docs/import.md)."""
    if out.height == 0 or out.get_column("amount").null_count() == out.height:
        return out
    frame = out.with_row_index("_row")
    sale = pl.col("amount") > 0
    sales = frame.filter(sale)
    refunds = frame.filter((pl.col("amount") < 0) & ~pl.col("order_id").is_in(sales.get_column("order_id").implode()))
    if refunds.height == 0 or sales.height < 20:
        return out
    schema = frame.schema
    texts = ["description"] if schema["description"] == pl.String else []
    keys = [c for c in ["order_id", *(c for c in client if schema[c] == pl.String)] if sales.get_column(c).null_count() < sales.height
            and sales.get_column(c).drop_nulls().n_unique() == sales.get_column(c).drop_nulls().len()]
    if not keys or not texts:
        return out
    named = pl.concat([sales.select(pl.col(c).alias("_token"), pl.col("order_id").alias("_sale")) for c in keys]) \
        .drop_nulls().unique("_token", keep="none")
    tokens = (refunds.select("_row", "order_id", _token=pl.concat_list([pl.col(c).str.extract_all(_TOKEN) for c in texts]))
              .explode("_token").drop_nulls("_token").filter(pl.col("_token") != pl.col("order_id")))
    found = (tokens.join(named, on="_token").group_by("_row").agg(pl.col("_sale").unique())
             .filter(pl.col("_sale").list.len() == 1).select("_row", pl.col("_sale").list.first()))
    if found.height == 0:
        return out
    notes.append(f"{found.height:,} refund line{'s' if found.height != 1 else ''} name the sale they refund (its id "
                 "in their text): booked to that sale's order, so a sale refunded in full is no order")
    return (frame.join(found, on="_row", how="left").with_columns(order_id=pl.coalesce("_sale", "order_id"))
            .drop("_row", "_sale"))


# a column of the order total after refunds and corrections (Etsy's 'Adjusted Order Total', filled only where
# something was refunded): 'adjusted' / 'korrigiert' + a total
_ADJUSTED_TOTAL = re.compile(r"^(?:adjusted|corrected|korrigiert(?:er)?|angepasst(?:er)?)(?:order|invoice|grand)?"
                             r"(?:total|amount|betrag|gesamtbetrag|summe)$|^(?:order)?total(?:after|nach)"
                             r"(?:refunds?|erstattung(?:en)?)$")


def _adjusted_totals(out: pl.DataFrame, gross: pl.Series, client: dict[str, str],
                     notes: list[str]) -> tuple[pl.DataFrame, bool]:
    """An order total after refunds beside the amount ('Adjusted Order Total', empty where nothing changed): the
    difference to the amount as exported (``gross``) was refunded and lowers the line; a total adjusted to zero
    is a fully refunded order, no sale (amount 0, so no order either). Only where every adjusted value lies
    between 0 and the amount. Returns the frame and whether the rule applied."""
    from insight.schema import normalise_header

    schema = out.schema
    found = [(n, h) for n, h in client.items() if _ADJUSTED_TOTAL.match(normalise_header(h)) and n in schema
             and schema[n].is_numeric()]
    if len(found) != 1 or out.height == 0:
        return out, False
    name, header = found[0]
    adjusted = pl.col(name)
    given = pl.Series("_given", gross, dtype=pl.Float64)
    check = out.with_columns(given).select(
        fits=(adjusted.is_null() | ((adjusted >= -0.005) & (adjusted <= pl.col("_given").abs() + 0.005))).all(),
        some=(adjusted.is_not_null() & ((adjusted - pl.col("_given")).abs() > 0.005)).any()).row(0)
    if not (check[0] and check[1]):
        return out, False
    refunded = (pl.col("_given") - adjusted).fill_null(0)
    full = int(out.select((adjusted.abs() <= 0.005).sum()).item())
    notes.append(f"'{header}' is the order total after refunds: revenue is lowered by what was refunded "
                 f"({full:,} order{'s' if full != 1 else ''} refunded in full: no sale)")
    lowered = pl.when(adjusted.abs() <= 0.005).then(0.0).otherwise(
        pl.max_horizontal(pl.col("amount") - refunded, pl.lit(0.0)))
    return (out.with_columns(given).with_columns(
        amount=pl.when(adjusted.is_null() | (pl.col("amount") < 0)).then(pl.col("amount")).otherwise(lowered))
        .drop("_given"), True)


# a column of the tax on each line or invoice ('Tax', 'MwSt', 'USt-Betrag', 'TVA', 'btw')
_TAX_HEADERS = {"tax", "taxes", "taxamount", "totaltax", "salestax", "vat", "vatamount", "mwst", "mwstbetrag",
                "ust", "ustbetrag", "umsatzsteuer", "steuer", "steuerbetrag", "tva", "montanttva", "btw", "btwbedrag",
                "iva", "importeiva", "imposta", "gst", "gstamount", "hst", "hstamount", "pst", "salestaxamount",
                # round 9: Nordic 'Moms'/'MVA', Czech 'DPH', Finnish 'ALV', Polish 'PTU', with their amount words
                "moms", "momsbelopp", "momsbelob", "mva", "mvabelop", "dph", "castkadph", "alv", "alvsumma",
                "alvmaeaerae", "ptu", "kwotavat", "vatkwota", "podatekvat", "valoriva", "importoiva"}
# amount headers that say nothing about tax; a named net amount ('Netto', 'Montant HT') is never lowered
_PLAIN_AMOUNT = {"amount", "total", "betrag", "summe", "gesamtbetrag", "totalamount", "grandtotal", "grandtotalbase",
                 "ordertotal", "invoiceamount", "invoicetotal", "rechnungsbetrag", "value", "gesamtpreis", "brutto",
                 "bruttobetrag", "gross", "grossamount", "totalgross", "montantttc", "totalttc", "bedraginclbtw",
                 "belopp", "belop", "belob", "bedrag", "kwota", "castka", "summa", "celkem", "totalt", "totaal",
                 "totale", "yhteensae", "razem", "importe", "importo", "valor"}
_NET_WORDS = re.compile(r"(?:net|netto|subtotal|zwischensumme|exkl|excl|ohne|horstaxe|ht$|exbtw|imponible|ekskl|"
                        r"(?:utan|uden|uten|zonder|bez|ilman|sin|sem|senza)(?:moms|mva|btw|vat|ptu|dph|alv|iva)$|"
                        r"veroton|zaklad|liquido)")
# a tax column of a one-row-per-order export names what it taxes ('Order Tax', 'Invoice VAT', 'Total Tax Amount')
_TAX_COMPOUND = re.compile(r"^(?:order|invoice|total|line|item|sales|rechnungs|gesamt)?(?:tax|taxes|vat|gst|mwst|ust|steuer)"
                           r"(?:amount|total|betrag|summe|gesamt)?$")
# a provider's fee column ('Card Processing Fees', 'Gebühr'): a net figure that is the amount less it is net of
# the fee, not of tax
_FEE_WORDS = re.compile(r"(?:fee|fees|gebuehr|gebuhr|provision|commission)")


def _is_tax_header(norm: str) -> bool:
    return norm in _TAX_HEADERS or bool(_TAX_COMPOUND.match(norm))


def _net_of_fee(out: pl.DataFrame, name: str, client: dict[str, str]) -> bool:
    """Whether client column ``name`` is the amount less a fee column (Etsy's 'Order Net' = 'Order Total' −
    'Card Processing Fees') on ≥ 95 % of the lines: a net of the provider's fee, which says nothing about tax."""
    from insight.schema import normalise_header

    schema = out.schema
    fees = [n for n, h in client.items() if n != name and n in schema and schema[n].is_numeric()
            and _FEE_WORDS.search(normalise_header(h))]
    if name not in schema or not schema[name].is_numeric():
        return False
    return any((out.select(((pl.col("amount") - pl.col(f).fill_null(0).abs() - pl.col(name)).abs() <= 0.011)
                           .mean()).item() or 0) >= 0.95 for f in fees)


# amount headers that say they hold the tax ('Amount (inc GST)', 'Brutto', 'Gross'): gross whatever the values say
_GROSS_WORDS = re.compile(r"(?:brutto|gross|ttc$|inclbtw|(?:inc|incl|inkl|including|inclusive|with|plus|after)"
                          r"(?:tax|taxes|gst|vat|hst|mwst|ust)|(?:inkl|incl|inklusive|inklusiv|inclusief|med|met|"
                          r"con|com|sis|vcetne|verollinen)(?:moms|mva|btw|dph|alv|iva|ptu|vat)$|sdph$|zvat$|zptu$)")
# the step of a tax rate as tax laws write them (8.25 %, 8.875 %, 19 %, 7.7 %): a multiple of 0.025 %
_RATE_STEP = 0.00025


def _rate_fit(base: pl.Expr, tax: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Per line whose base is large enough to tell (≥ 40: the tax's cent rounding then leaves a rate interval
    narrower than one rate step), whether tax / base can be a rate of whole 0.025 % steps rounded to the cent;
    returns (fits, informative)."""
    informative = (tax.abs() > 0.005) & (base.abs() >= 40)
    lo = (tax.abs() - 0.0051) / base.abs()
    hi = (tax.abs() + 0.0051) / base.abs()
    step = (hi / _RATE_STEP).floor() * _RATE_STEP
    return informative & (step >= lo) & (step > 0), informative


def _amount_holds_tax(out: pl.DataFrame, name: str) -> bool | None:
    """From the values alone: whether the amount includes the tax of column ``name`` (True), is before it
    (False), or the values cannot tell (None). A real tax is a rate of whole steps of its base rounded to the
    cent (8.25 % of 413.35 is 34.10): the base that gives such rates on ≥ 80 % of the telling lines, where the
    other base does on under half, is the net amount (docs/import.md, "Tax inside the amount")."""
    tax = pl.col(name).cast(pl.Float64)
    net_fits, net_n = _rate_fit(pl.col("amount"), tax)
    gross_fits, gross_n = _rate_fit(pl.col("amount") - tax, tax)
    row = out.select(nf=net_fits.sum(), nn=net_n.sum(), gf=gross_fits.sum(), gn=gross_n.sum()).row(0)
    if min(row[1], row[3]) < 2:
        return None
    net_share, gross_share = row[0] / row[1], row[2] / row[3]
    if gross_share >= 0.8 and net_share < 0.5:
        return True
    if net_share >= 0.8 and gross_share < 0.5:
        return False
    return None


def _tax_of_fee(out: pl.DataFrame, name: str, client: dict[str, str]) -> str | None:
    """A tax column beside a fee column whose tax is at most the fee on ≥ 95 % of the taxed lines (Razorpay's
    'fee' and 'tax': the GST on the gateway's fee): the header of that fee — the tax is not on the sale."""
    from insight.schema import normalise_header

    schema = out.schema
    for fee, header in client.items():
        if fee == name or fee not in schema or not schema[fee].is_numeric() \
                or not _FEE_WORDS.search(normalise_header(header)):
            continue
        taxed = out.filter(pl.col(name).fill_null(0) != 0)
        if taxed.height and (taxed.select((pl.col(name).abs() <= pl.col(fee).abs() + 0.005).mean()).item() or 0) >= 0.95:
            return header
    return None


def _gross_amount_less_tax(out: pl.DataFrame, match: HeaderMatch, client: dict[str, str],
                           notes: list[str]) -> pl.DataFrame:
    """An amount that includes the tax of a tax column beside it (Chargebee's 'Amount' and 'Tax', MYOB's 'Amount
    (inc GST)' and 'GST'): revenue is net (metrics.md), so the amount less the tax. Only when the amount's header
    names no net figure, no other column does either (then that one would be the net amount), the tax is no fee's
    tax, no other column is amount + tax, the rates say the amount holds the tax (or cannot tell, for a header that
    does not say net), and on every line the tax is at most the amount."""
    from insight.io.net_gross import money_key as normalise_header  # 'Total (EUR)', 'VAT (EUR)': no currency

    schema = out.schema
    amount_header = next((h for h, c in match.mapping.items() if c == "amount"), None)
    key = normalise_header(amount_header) if amount_header is not None else ""
    explicit = bool(_GROSS_WORDS.search(key))
    if amount_header is None or (key not in _PLAIN_AMOUNT and not explicit):
        return out
    taxes = [(name, h) for name, h in client.items() if _is_tax_header(normalise_header(h))
             and name in schema and schema[name].is_numeric()]
    if len(taxes) != 1 or any(_NET_WORDS.search(normalise_header(h)) and not _net_of_fee(out, n, client)
                              and not _GROSS_WORDS.search(normalise_header(h)) for n, h in client.items()):
        return out
    name, header = taxes[0]
    fee = _tax_of_fee(out, name, client)
    if fee is not None:
        notes.append(f"'{header}' is the tax on the fee '{fee}' (at most the fee on every line), not on the sale: "
                     f"'{amount_header}' is kept as it is; both stay columns of their own")
        return out
    others = [n for n, h in client.items() if n != name and n in schema and schema[n].is_numeric()]
    gross = pl.col("amount") + pl.col(name).fill_null(0)
    if any((out.select(((pl.col(n) - gross).abs() <= 0.011).mean()).item() or 0) >= 0.95 for n in others):
        return out  # another column is amount + tax (a gross 'Total'): the amount is net already
    if not explicit and _amount_holds_tax(out, name) is False:
        notes.append(f"'{header}' is a rate of '{amount_header}' (the tax on top of it): '{amount_header}' is net "
                     "already and is kept as it is")
        return out
    check = out.select(fits=((pl.col(name).fill_null(0).abs() <= pl.col("amount").abs() + 0.005)
                             | pl.col("amount").is_null()).all(),
                       some=(pl.col(name).fill_null(0) != 0).any()).row(0)
    if not (check[0] and check[1]):
        return out
    notes.append(f"'{amount_header}' includes the tax of '{header}': revenue is the amount less the tax (net)")
    tax = pl.col(name).fill_null(0).abs()
    return out.with_columns(amount=pl.when(pl.col("amount") >= 0).then(pl.col("amount") - tax)
                            .otherwise(pl.col("amount") + tax))


# a column of each line's tax rate ('Taux TVA' = '20 %', 'Steuersatz' = 19, 'VAT rate', 'Aliquota IVA', 'Momssats')
_RATE_HEADER = re.compile(r"^(?:(?:taux|tasa|tipo|aliquota|stawka|sazba|kulcs)(?:de|di|del)?(?:tva|iva|vat|dph|afa|igic)|"
                          r"(?:tva|iva|vat|tax|gst|mwst|ust|umsatzsteuer|steuer|btw|moms|mva|alv)(?:satz|rate|"
                          r"percentage|percent|prozent|tarief|sats|kanta|prosentti|%)|steuersatz|taxrate)$")


def _gross_amount_by_rate(out: pl.DataFrame, match: HeaderMatch, client: dict[str, str],
                          notes: list[str]) -> pl.DataFrame:
    """An amount whose header says it holds the tax ('Montant TTC', 'Total inkl. MwSt') beside a tax-rate column
    and no tax amount ('Taux TVA' = '20 %', '5,5 %'): revenue is net, gross / (1 + rate). Rates given as
    fractions (0.2) when every value is at most 1, else as the number of percent; any rate outside 0–100 %
    leaves the amount as it is."""
    from insight.io.net_gross import money_key

    schema = out.schema
    amount_header = next((h for h, c in match.mapping.items() if c == "amount"), None)
    if amount_header is None or not _GROSS_WORDS.search(money_key(amount_header)):
        return out
    if any(_is_tax_header(money_key(h)) for h in client.values()):
        return out  # a tax amount beside it: _gross_amount_less_tax's case
    rates = [(n, h) for n, h in client.items() if _RATE_HEADER.match(money_key(h)) and n in schema
             and schema[n].is_numeric()]
    if len(rates) != 1:
        return out
    name, header = rates[0]
    values = out.get_column(name).drop_nulls()
    if values.len() == 0 or not bool(values.is_between(0, 100).all()):
        return out
    share = 1.0 if bool((values <= 1).all()) and bool((values > 0).any()) else 100.0
    notes.append(f"'{amount_header}' includes the tax at the rate of '{header}': revenue is the amount / (1 + rate) "
                 "(net)")
    return out.with_columns(amount=pl.col("amount") / (1 + pl.col(name).fill_null(0) / share))


_DISCOUNT = re.compile(r"(?:rabatt|discount|nachlass|remise|korting|descuento|desconto|sconto|abschlag)")
_PERCENT_WORDS = re.compile(r"(?:%|prozent|percent|pct|proz|porcentaje|pourcentage)", re.IGNORECASE)


def _discount_percent(out: pl.DataFrame, frame: pl.DataFrame, client: dict[str, str],
                      notes: list[str]) -> pl.DataFrame:
    """Lines with quantity × unit price and no line total, beside a discount-percent column ('Rabatt %',
    'Discount (%)', cells '5 %'): the line's amount is quantity × unit price × (1 − discount). Percent or fraction:
    the header or the cells must say percent; values all within 0–1 (some strictly between) are fractions (an
    Excel percent format stores 5 % as 0.05), otherwise the number of percent (0–100). A discount column without
    a percent sign may be money and is left alone."""
    from insight.schema import normalise_header

    if out.get_column("amount").null_count() != out.height or out.height == 0:
        return out
    if out.get_column("quantity").null_count() == out.height or out.get_column("unit_price").null_count() == out.height:
        return out
    schema = out.schema
    found = [(name, h) for name, h in client.items() if name in schema and schema[name].is_numeric()
             and _DISCOUNT.search(normalise_header(h))
             and (_PERCENT_WORDS.search(h) or coerce.percent_column(frame.get_column(h)))]
    if len(found) != 1:
        return out
    name, header = found[0]
    lo, hi = out.select(pl.col(name).min().alias("lo"), pl.col(name).max().alias("hi")).row(0)
    if lo is None or lo < 0 or hi > 100:
        return out
    fraction = hi <= 1 and bool(out.select(((pl.col(name) > 0) & (pl.col(name) < 1)).any()).item())
    share = pl.col(name).fill_null(0).cast(pl.Float64) / (1 if fraction else 100)
    notes.append(f"no line total: line amounts are quantity × unit price less the discount of '{header}' (read as "
                 f"{'a fraction, 0.05 = 5 %' if fraction else 'percent, 5 = 5 %'})")
    return out.with_columns(amount=(pl.col("quantity") * pl.col("unit_price") * (1 - share)).round(2))  # an invoice
    # line is rounded to the cent


def _money_discount(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """A money discount column beside an amount before discount (Lemon Squeezy's 'subtotal' and 'discount_total'):
    where a total column of the file is the amount less the discount (plus its tax columns) on ≥ 95 % of the
    lines, some discount not 0, the discount comes off the amount (docs/import.md, "A discount in money"). A line
    total after discount (Odoo's 'Subtotal') fails the sum and is left alone."""
    from insight.schema import normalise_header

    schema = out.schema
    numeric = {n: normalise_header(h) for n, h in client.items() if n in schema and schema[n].is_numeric()}
    discounts = [n for n, h in numeric.items() if _DISCOUNT.search(h) and not _PERCENT_WORDS.search(client[n])]
    totals = [n for n, h in numeric.items() if h in _PLAIN_AMOUNT or _GROSS_WORDS.search(h)]
    taxes = [n for n, h in numeric.items() if _is_tax_header(h)]
    if len(discounts) != 1 or not totals or out.height == 0:
        return out
    off = pl.col(discounts[0]).fill_null(0).abs()
    if not out.select((off > 0.005).any()).item():
        return out
    tax = pl.sum_horizontal([pl.col(t).fill_null(0) for t in taxes]) if taxes else pl.lit(0.0)
    # charges paid on top of the goods ('Costo de envío', 'Versandkosten'): the total may hold them too
    from insight.io.net_gross import is_charge

    charges = [n for n in numeric if n not in taxes and n not in discounts and n not in totals and is_charge(client[n])]
    shipping = pl.sum_horizontal([pl.col(c).fill_null(0) for c in charges]) if charges else None
    rows = out.filter(pl.col("amount").is_not_null() & (pl.col("amount") >= 0))
    for total in totals:
        extra = () if shipping is None else ((tax + shipping,) if taxes else ()) + (shipping,)
        for added in ((tax,) if taxes else ()) + (pl.lit(0.0),) + extra:
            fits = ((pl.col("amount") - off + added - pl.col(total)).abs() <= 0.011).mean()
            if rows.height and (rows.select(fits).item() or 0) >= 0.95:
                notes.append(f"'{client[discounts[0]]}' is a discount in money ('{client[total]}' is the amount less "
                             f"it): revenue is the amount less the discount")
                return out.with_columns(amount=pl.when(pl.col("amount") >= 0).then(pl.col("amount") - off)
                                        .otherwise(pl.col("amount")))
    return out


def _document_total_per_row(out: pl.DataFrame, client: dict[str, str], notes: list[str]) -> pl.DataFrame:
    """One row per payment or instalment of a document (Axonaut's 'Échéance' 2/3 with 'Montant échéance'), the
    document's total repeated on every row: where the amount is the same on every row of ≥ 95 % of the documents
    with several rows, and a per-row money column of the file adds up, per document, to the amount or to another
    column repeated on its rows (the gross total) on ≥ 90 % of them, the amount is the document's once: it stays on
    the document's first row, the others hold 0 (docs/import.md, "A document total on every instalment row")."""
    if out.height == 0 or out.get_column("order_id").null_count() == out.height \
            or out.get_column("amount").null_count() == out.height:
        return out
    schema = out.schema
    numeric = [n for n in client if n in schema and schema[n].is_numeric() and n != "amount"]
    if not numeric:
        return out
    keyed = out.filter(pl.col("order_id").is_not_null())
    per = (keyed.group_by("order_id")
           .agg(pl.len().alias("_rows"), pl.col("amount").n_unique().alias("_amounts"),
                pl.col("amount").first().alias("_amount"),
                *(pl.col(n).n_unique().alias(f"_u_{i}") for i, n in enumerate(numeric)),
                *(pl.col(n).first().alias(f"_f_{i}") for i, n in enumerate(numeric)),
                *(pl.col(n).fill_null(0).sum().alias(f"_s_{i}") for i, n in enumerate(numeric)))
           .filter(pl.col("_rows") >= 2))
    if per.height < 5 or per.select((pl.col("_amounts") == 1).mean()).item() < 0.95:
        return out
    repeated = {"amount": "_amount"} | {n: f"_f_{i}" for i, n in enumerate(numeric)
                                         if per.select((pl.col(f"_u_{i}") == 1).mean()).item() >= 0.95}
    found = None
    for i, part in enumerate(numeric):
        if part in repeated:
            continue
        for total, first in repeated.items():
            fits = ((pl.col(f"_s_{i}") - pl.col(first)).abs() <= 0.011 * pl.col("_rows")).mean()
            if (per.select(fits).item() or 0) >= 0.90:
                found = (part, total)
                break
        if found:
            break
    if found is None:
        return out
    part, total = found
    notes.append(f"one row per payment: '{client[part]}' adds up to "
                 f"{'the amount' if total == 'amount' else repr(client[total])} of each document, whose amount is "
                 f"repeated on every row: counted once per document (its first row)")
    once = pl.int_range(pl.len()).over("order_id") == 0
    return out.with_columns(amount=pl.when(once | pl.col("order_id").is_null()).then(pl.col("amount"))
                            .otherwise(pl.lit(0.0, dtype=schema["amount"])))


def build(frame: pl.DataFrame, table: str | None, mapping: dict[str, str] | None, source: str,
          content_hash: str, notes: list[str], decimal_hint: bool | None = None,
          row_numbers: pl.Series | None = None, typed_ids: bool = False,
          needed: Collection[str] | None = None) -> MappedTable:
    """Map, type and complete one raw frame (see module docstring).

    ``row_numbers`` are the frame rows' 1-based data-row numbers in the file when the reader skipped
    rows, so that errors name the row the user sees. ``typed_ids``: customer ids that a Dataset types as
    Int64 come out as Int64 (the frame goes straight into a Dataset, ``--data``); else text, as the
    workspace's tables hold them. ``needed``: the canonical columns the caller reads (None: all); of the
    ``NARROWABLE`` text columns only those are typed, the others are null (issue 16: a CLV of ten million lines
    need not trim every product description).
    """
    from insight.io.exports import recognise

    known = recognise(frame, table, mapping, source)  # a known export's headers and conventions (Stripe, DATEV, …)
    if known.frame.height != frame.height:
        row_numbers = None  # rows reshaped (a wide table unpivoted): a row is no longer a line of the file
    frame, mapping, notes = known.frame, known.mapping, [*notes, *known.notes]
    from insight.io.matrix import unpivot_aspects

    notes = list(notes)
    long = unpivot_aspects(frame, table, mapping, notes)  # a survey's matrix of aspects: one row per aspect
    if long is not None:
        frame, row_numbers = long, None
    match = resolve(list(frame.columns), table, mapping, source, frame)
    _name_of_phone_numbers(frame, match, mapping or {})
    _size_of_numbers(frame, match, mapping or {})
    _generic_id_of_orders(frame, match, mapping or {})
    _customer_word_as_name(frame, match, mapping or {})
    frame = document_number(frame, match, mapping)
    if table is None:  # a guessed customers table must not merge rows with amounts (insight.io.shape)
        from insight.io.shape import refuse_repeated_customers_with_amounts

        refuse_repeated_customers_with_amounts(frame, match, source)
    notes = [*notes, *match.notes]
    conventions: dict[str, str] = {}
    header_currency = _amount_in_header_currency(match, notes) if match.table.name == "order_lines" else None
    frame, row_numbers = _without_total_rows(frame, match, row_numbers, notes)
    frame, row_numbers = _without_subtotal_rows(frame, match, row_numbers, notes)
    frame = fill_order_fields(frame, match, notes)
    frame = named_option_columns(frame, match, notes)
    try:
        columns = _coerce(frame, match, source, decimal_hint, notes, typed_ids, _skipped(frame, match, needed))
        fill_empty_dates(columns, frame, match, source, notes)
        if match.table.name == "customers" and "kind" in columns:
            columns["kind"] = _b2b_b2c(columns["kind"], notes)
        if "order_id" not in columns and "name" in columns and _looks_like_order_numbers(columns["name"]):
            header = next(h for h, c in match.mapping.items() if c == "name")  # Shopify's 'Name' is '#1001'
            columns["order_id"] = columns.pop("name").alias("order_id")
            match.mapping[header] = "order_id"
            notes.append(f"'{header}' holds order numbers (#1001, …), not names: used as the order id")
        _amount_that_is_no_line_amount(columns, match, notes)
        if match.table.name == "order_lines" and "currency" not in columns and header_currency is None:
            per_line = _row_currencies(frame, match, notes)
            if per_line is not None:
                columns["currency"] = per_line
                conventions["currency"] = "per line (code in the amounts)"
        if "customer_id" not in columns and "name" in columns:
            named, note = coerce.fold_name_ids(columns["name"])
            columns["customer_id"] = named.alias("customer_id")
            if note:
                notes.append(note)
            header = next(h for h, c in match.mapping.items() if c == "name")
            notes.append(f"no customer id column: customers identified by their name ('{header}')")
            conventions["customer_identity"] = f"name ({header})"
        if match.unit_rows and "quantity" not in columns:
            columns["quantity"] = pl.repeat(1.0, frame.height, dtype=pl.Float64, eager=True).alias("quantity")
        _check_required(columns, match, source)
        bounds.check({c: s for c, s in columns.items() if c not in _ID_COLUMNS},  # typed ids are no quantities
                     {c: h for h, c in match.mapping.items()}, source, raw=frame)
    except coerce.CellError as err:
        raise err.renumbered(row_numbers) from None
    canon = match.table
    n = frame.height
    full = [columns[c] if c in columns else coerce.nulls(n, dtype, c)
            for c, dtype in canon.columns.items()]
    out = pl.DataFrame(full)
    expected = pl.Schema({**canon.columns, "customer_id": out.schema["customer_id"]}) if typed_ids \
        and out.schema["customer_id"] == pl.Int64 else pl.Schema(canon.columns)
    if out.schema != expected:
        out = out.with_columns([pl.col(c).cast(dtype) for c, dtype in expected.items()])
    if canon.name == "order_lines":
        out = _with_time_of_day(out, frame, match, notes)
        out = _order_ids(out, notes)
        out = _cancelled_party(out, match, notes)
        out = _guest_customers(out, match, notes)
        out = _authorized_not_captured(out, notes)
        _lines_without_customer(out, match, notes)
        _lines_without_amount(out, notes)
        sign = header_currency or _currency_sign(frame, match)
        if sign and out.get_column("currency").null_count() == n:
            out = out.with_columns(currency=pl.lit(sign, dtype=pl.String))
            conventions["currency"] = f"{sign} (named in the amount header)" if header_currency \
                else f"{sign} (sign in the amounts)"
    for note in notes:
        if note.startswith("dates in "):
            conventions["date_order"] = note
    client: dict[str, str] = {}
    extras = None
    if canon.name in _KEEP_ON_FRAME:
        series, client = _client_columns(frame, match, decimal_hint, known.text_columns)
        numbers = {s.name: s for s in series if s.dtype.is_float()}
        try:
            bounds.check(numbers, client, source, client=tuple(numbers), raw=frame)
        except coerce.CellError as err:
            raise err.renumbered(row_numbers) from None
        if series:
            out = out.with_columns(series)
            notes.append(f"kept {len(series)} more column(s) of the client: {', '.join(client)}")
            adjusted = False
            if canon.name == "order_lines":
                given = out.get_column("amount")
                out = _gross_amount_less_tax(out, match, client, notes)
                out = _gross_amount_by_rate(out, match, client, notes)
                out = _discount_percent(out, frame, client, notes)
                out = _money_discount(out, client, notes)
                out = legend.apply(out, client, notes)
                out, adjusted = _adjusted_totals(out, given, client, notes)
                out = _refunds_naming_their_sale(out, client, notes)
            if canon.name == "order_lines" and not adjusted and not any("refunds subtracted" in n for n in notes):
                out = _partial_refunds(out, client, notes)
            if canon.name == "order_lines" and not adjusted:
                out = _signed_adjustments(out, client, notes)
            if canon.name == "order_lines":
                out = _cancellation_documents(out, client, notes)
                out = _test_customers(out, notes)
                out = _void_memos(out, client, notes)
                out = _document_total_per_row(out, client, notes)
            pct = coerce.percent_columns(frame, list(client.values()))
            if pct:
                cells = frame.get_column(pct[0]).drop_nulls().str.strip_chars()
                example = cells.filter(cells.str.contains(r"[1-9]")).head(1).to_list() or ["5 %"]
                notes.append(f"{', '.join(repr(h) for h in pct)} hold{'s' if len(pct) == 1 else ''} percentages "
                             f"('{example[0]}'): kept as the number of percent")
    else:
        if canon.name == "interactions":
            times = _interaction_times(frame, match, source)
            if times:
                out = out.with_columns(times.values())
                client = {t.name: h for h, t in times.items()}
                notes.append(f"kept {len(times)} timestamp column(s) per interaction: {', '.join(times)}")
        extras = _extras(frame, match, out.get_column("customer_id"), decimal_hint, skip=set(client.values()))
        if extras is not None:
            notes.append(f"kept {extras.width - 1} unmapped column(s) as customer attributes: "
                         f"{', '.join(extras.columns[1:])}")
    return MappedTable(table=canon.name, frame=out, source=source, mapping=dict(match.mapping),
                       extras=extras, content_hash=content_hash, rows_read=n, notes=notes,
                       client_columns=client, conventions=conventions)
