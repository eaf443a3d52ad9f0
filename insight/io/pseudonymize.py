"""Pseudonymisation of personal data before anything is written.

Covered: the personal columns (name, email, phone and their synonyms); contact columns the mapping does
not know (a header containing 'Kontakt', 'contact', 'mobil', 'Telefon', 'mail', 'Adresse' ...: kind
``contact``); customer ids that are themselves an e-mail address or a phone number (pseudonymised as that
e-mail or phone, so they still join); free-text columns (``FREE_TEXT``: notes, comment, Bemerkung ...),
which can hold anything and are dropped, as a hash of free text is worth nothing.

Each value becomes a keyed hash (HMAC-SHA256) under a random key kept in the workspace, so the same
person gets the same pseudonym in every import into that workspace (joins and counts still work)
while the real value cannot be recovered from the workspace data without the key and a guess list.
Values are normalised first (case, spacing; digits only for phone numbers) so trivial spelling
differences do not split one person in two.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Collection

import polars as pl

from insight.schema import CUSTOMERS, PERSONAL_COLUMNS, normalise_header

_FORMATS = {
    "name": "Person {}",
    "email": "{}@pseudonym.invalid",
    "phone": "tel-{}",
    "contact": "contact-{}",
}
FREE_TEXT = frozenset({"note", "notes", "notiz", "notizen", "comment", "comments", "kommentar", "kommentare",
                       "bemerkung", "bemerkungen", "remark", "remarks", "freitext", "freetext", "memo"})
_CONTACT = ("kontakt", "contact", "telefon", "phone", "mobil", "handy", "mail", "fax", "adresse", "address",
            "anschrift", "whatsapp")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_PHONE = re.compile(r"^(?:\+|00[1-9])[\d\s()/.-]{7,}$|^0\d+[\s()/.-][\d\s()/.-]{4,}$")
_PSEUDONYM = re.compile(r"^(?:Person |tel-|contact-)[0-9a-f]{12}$|^[0-9a-f]{12}@pseudonym\.invalid$")


def new_key() -> str:
    """A fresh random key (hex) for a workspace."""
    return secrets.token_hex(32)


def _normalise(kind: str, value: str) -> str:
    text = " ".join(value.split()).casefold()
    if kind == "phone":
        digits = re.sub(r"\D", "", text)
        return ("+" if text.startswith("+") else "") + digits
    return text


def pseudonym(key: str, kind: str, value: str) -> str:
    """The stable pseudonym of one value of a personal column (kind: name, email or phone)."""
    digest = hmac.new(bytes.fromhex(key), f"{kind}\x1f{_normalise(kind, value)}".encode(), hashlib.sha256)
    return _FORMATS[kind].format(digest.hexdigest()[:12])


def is_pseudonym(value: str) -> bool:
    """Whether a value is already one of ours (scrubbing stored rows twice must not hash a hash)."""
    return bool(_PSEUDONYM.match(value))


def id_kind(value: str) -> str | None:
    """'email' or 'phone' when a customer id is an e-mail address or a phone number, else None."""
    text = value.strip()
    if _EMAIL.match(text):
        return "email"
    if _PHONE.match(text) and len(re.sub(r"\D", "", text)) >= 7:
        return "phone"
    return None


def pseudonym_id(key: str, value: str) -> str:
    """A customer id as stored: pseudonymised when it is personal data, else as it is."""
    kind = id_kind(value)
    return value if kind is None or is_pseudonym(value) else pseudonym(key, kind, value)


def column_rule(column: str, canonical: bool = False, personal: Collection[str] = ()) -> str | None:
    """What --pseudonymize does with a column: 'name'/'email'/'phone'/'contact' (pseudonymise as that
    kind), 'drop' (free text) or None (kept). Only client columns can be unrecognised contact columns;
    ``personal`` names more columns (any header spelling) to pseudonymise as 'contact'."""
    kind = personal_kind(column)
    if kind is not None:
        return kind
    norm = normalise_header(column)
    if norm in {normalise_header(p) for p in personal}:
        return "contact"
    if norm in FREE_TEXT:
        return "drop"
    if not canonical and any(token in norm for token in _CONTACT):
        return "contact"
    return None


def scrub_value(key: str, rule: str, value: str | None) -> str | None:
    """One stored value under a column rule ('id' for customer ids)."""
    if value is None or rule == "drop":
        return None
    if rule == "id":
        return pseudonym_id(key, value)
    return value if is_pseudonym(value) else pseudonym(key, rule, value)


def personal_kind(column: str) -> str | None:
    """'name', 'email' or 'phone' when a column (canonical or a source header) holds personal data."""
    if column in PERSONAL_COLUMNS:
        return column
    norm = normalise_header(column)
    for kind in PERSONAL_COLUMNS:
        if norm == kind or norm in CUSTOMERS.synonyms.get(kind, ()):
            return kind
    return None


def pseudonymize_frame(frame: pl.DataFrame, key: str, canonical: Collection[str] = (),
                       personal: Collection[str] = ()) -> tuple[pl.DataFrame, list[str]]:
    """The frame with personal and contact columns pseudonymised, personal-looking customer ids
    pseudonymised, free-text columns emptied (``canonical`` ones, which must stay) or removed; and what
    was done, for the import report."""
    touched: list[str] = []
    exprs: list[pl.Expr | pl.Series] = []
    dropped: list[str] = []
    for column in frame.columns:
        rule = "id" if column == "customer_id" else column_rule(column, column in canonical, personal)
        if rule is None or (rule == "contact" and frame.schema[column] != pl.String):
            continue
        if rule == "drop":
            if column in canonical:
                exprs.append(pl.lit(None, dtype=frame.schema[column]).alias(column))
            else:
                dropped.append(column)
            touched.append(f"{column} (free text, removed)")
            continue
        values = frame.get_column(column).cast(pl.String)
        distinct = values.drop_nulls().unique().to_list()
        table = {v: scrub_value(key, rule, v) for v in distinct}
        changed = sum(1 for v, new in table.items() if new != v)
        if rule == "id" and not changed:
            continue
        exprs.append(values.replace_strict(table, default=None, return_dtype=pl.String).alias(column))
        touched.append(f"{column} ({changed:,} personal ids)" if rule == "id" else column)
    out = frame.with_columns(exprs) if exprs else frame
    return (out.drop(dropped) if dropped else out), touched
