"""Words for the customer master itself: 'Wie viele Firmen sind im CRM?', 'Wie viele Einträge je Status?', 'Wie
viele Kunden haben wir im Kundenstamm?'.

- On a workspace without order lines the customers are the rows of the customer master, so its container
  (CRM, Kundenstamm, Kundendatei, Kundenbestand, customer master, customer base; 'Bestand' alone only here) adds nothing and its rows (Einträge, Datensätze, entries,
  records) are the customers. Where order lines exist, a customer is someone who bought, and the master's rows
  are not the customers: the words stay unknown and are asked back — unless the master holds exactly the
  customers who bought, when the container names the same customers either way.
- Companies (Firmen, Unternehmen, companies, firms) are the customers where the customers table describes
  companies (industry or company size filled) and no column tells companies from private customers (B2B / B2C in
  a type or segment column); elsewhere they stay the B2B value (catalogue_dimensions) or are asked back.

A question asked back only because of these words is read again with them said as customers ('Wie viele Kunden
je Status?'); that reading counts only when it is an answer.
"""

from __future__ import annotations

import re

import polars as pl

from insight.dataset import Dataset
from insight.messages import say

STEP = "master_words"
_CONTAINERS = (
    r"crm(?:[- ]?system)?",
    r"kundenstamm(?:s|daten)?",
    r"kundendatei",
    r"kundendatenbank",
    r"kundenbestand(?:s)?",
    r"customer base",
    r"customer master(?: data)?",
    r"customer database",
)
# 'Bestand' alone (an insurer's or agency's book of customers: 'Wie viele Kunden haben wir im Bestand?') is a
# container only without order lines — beside them it may be a stock of goods (Lagerbestand)
_BOOK = r"bestand(?:s)?"
_ROWS = (r"eintr(?:ä|ae|a)ge(?:n)?", r"datens(?:ä|ae|a)tze(?:n)?", r"entries", r"records")
_COMPANIES = (r"firmen", r"unternehmen", r"companies", r"firms")
_PREPOSITION = r"(?:(?:im|in dem|in der|in unserem|in unserer|in the|in our|in)\s+)?"


def _no_orders(ds: Dataset) -> bool:
    return ds.order_lines.height == 0 and ds.customers.height > 0


def _master_is_the_buyers(ds: Dataset) -> bool:
    """No customer master beside the order lines, or one of exactly the buyers: 'im Kundenstamm' then names the
    same customers either way ('Wie viele Kunden haben wir im Kundenstamm?')."""
    lines, customers = ds.order_lines, ds.customers
    if lines.height == 0 or "customer_id" not in lines.columns:
        return False
    if customers.height == 0:
        return True  # no master of its own: the customer base is the buyers
    buyers = lines.get_column("customer_id").drop_nulls().unique()
    return buyers.len() == customers.height and bool(buyers.is_in(customers.get_column("customer_id")).all())


# values that tell companies from private customers, in any column ('Segment' B2B / B2C)
_TYPE_VALUES = {
    "b2b",
    "b2c",
    "business",
    "private",
    "privat",
    "privatkunde",
    "privatkunden",
    "firmenkunde",
    "firmenkunden",
    "geschaftskunde",
    "geschaftskunden",
    "gewerbe",
    "gewerblich",
    "consumer",
    "endkunde",
}
# the attributes only a company has: a customers table that fills one describes companies
_COMPANY_COLUMNS = ("industry", "company_size")


def _only_companies(ds: Dataset) -> bool:
    """The customers table describes companies (industry or company size filled) and no column tells companies
    from private customers."""
    from insight.language import fold

    customers = ds.customers
    if customers.height == 0 or not any(
        c in customers.columns and customers.get_column(c).null_count() < customers.height for c in _COMPANY_COLUMNS
    ):
        return False
    for name, dtype in customers.schema.items():
        if dtype == pl.String and name != "customer_id":
            values = customers.get_column(name).drop_nulls().unique().head(50).to_list()
            if any(fold(str(v)) in _TYPE_VALUES for v in values):
                return False
    return True


def said_as_customers(question: str, ds: Dataset | None) -> str | None:
    """The question with the master's words said as customers (see module docstring), or None when it has none
    that this workspace reads so."""
    if ds is None:
        return None
    from insight.language import language_of
    from insight.query.normalise import detect_language

    noun = say("master_words_customers", language_of(detect_language(question)))
    text = question
    if _no_orders(ds) or _master_is_the_buyers(ds):
        text = re.sub(rf"\b{_PREPOSITION}(?:{'|'.join(_CONTAINERS)})\b", " ", text, flags=re.IGNORECASE)
    if _no_orders(ds):
        text = re.sub(rf"\b{_PREPOSITION}{_BOOK}\b", " ", text, flags=re.IGNORECASE)
        text = re.sub(rf"\b(?:{'|'.join(_ROWS)})\b", noun, text, flags=re.IGNORECASE)
    if _only_companies(ds):
        text = re.sub(rf"\b(?:{'|'.join(_COMPANIES)})\b", noun, text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip()
    return text if text != question.strip() else None
