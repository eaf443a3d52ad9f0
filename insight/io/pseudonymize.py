"""Pseudonymisation of personal columns (name, email, phone) before anything is written.

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

import polars as pl

from insight.schema import CUSTOMERS, PERSONAL_COLUMNS, normalise_header

_FORMATS = {
    "name": "Person {}",
    "email": "{}@pseudonym.invalid",
    "phone": "tel-{}",
}


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


def personal_kind(column: str) -> str | None:
    """'name', 'email' or 'phone' when a column (canonical or a source header) holds personal data."""
    if column in PERSONAL_COLUMNS:
        return column
    norm = normalise_header(column)
    for kind in PERSONAL_COLUMNS:
        if norm == kind or norm in CUSTOMERS.synonyms.get(kind, ()):
            return kind
    return None


def pseudonymize_frame(frame: pl.DataFrame, key: str) -> tuple[pl.DataFrame, list[str]]:
    """The frame with every personal column replaced by pseudonyms, and the names of those columns."""
    replaced: list[str] = []
    exprs = []
    for column in frame.columns:
        kind = personal_kind(column)
        if kind is None:
            continue
        values = frame.get_column(column).cast(pl.String)
        distinct = values.drop_nulls().unique()
        table = {v: pseudonym(key, kind, v) for v in distinct.to_list()}
        exprs.append(values.replace_strict(table, default=None, return_dtype=pl.String).alias(column))
        replaced.append(column)
    return (frame.with_columns(exprs) if exprs else frame), replaced
