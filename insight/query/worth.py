"""Readings of a value word beside a count figure: "Welchen Wert hatten die stornierten Aufträge?".

A value word (Wert, Betrag, value, worth, amount) or a sum word (Summe, sum) said of cancelled orders asks what
they were worth (the sum of their amounts, ``cancelled_value``), never how many there were; a count word beside it
keeps the count. A cancellation *document* ("Summe der Stornorechnungen", "sum of cancellation invoices") is a
reversing document where the data has reversing lines: its sum is their value (``returns``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from insight.query.plan import QueryPlan
from insight.query.traits import cancelled_counts, reversal

if TYPE_CHECKING:
    from insight.dataset import Dataset

STEP = "cancelled_value"
VALUE_WORDS = frozenset({"wert", "werte", "betrag", "gesamtwert", "value", "worth", "amount", "summe", "summen",
                         "sum"})
# a cancellation named as a document of its own (a reversing invoice), not an order called off
_DOCUMENT_STEMS = ("stornorechnung", "stornobeleg", "stornofaktur")
_DOCUMENT_WORDS = frozenset({"invoice", "invoices", "document", "documents", "note", "notes"})
_COUNT_WORDS = frozenset({"viele", "wieviele", "anzahl", "many", "number", "count"})


def cancelled_worth(plan: QueryPlan, surface: set[str] | dict[str, str], keywords: set[str],
                    ds: Dataset | None = None) -> QueryPlan:
    """The value of the cancelled orders when a value word asks for it and no count word does; of cancellation
    documents the reversing lines' value where the data has such lines."""
    if plan.status != "ok" or not plan.metrics or not set(plan.metrics) <= cancelled_counts():
        return plan
    words = set(surface)
    if not words & VALUE_WORDS or words & _COUNT_WORDS or "count" in keywords:
        return plan
    if _names_documents(words) and _has_reversing_lines(ds):
        return plan.model_copy(update={"metrics": (_reversing_value(),)})
    return plan.model_copy(update={"metrics": ("cancelled_value",)})


def _names_documents(words: set[str]) -> bool:
    """'Stornorechnungen', 'cancellation invoices': a cancellation named as a document."""
    return any(w.startswith(_DOCUMENT_STEMS) for w in words) or (
        bool(words & _DOCUMENT_WORDS) and bool(words & {"cancellation", "cancellations", "storno"}))


def _has_reversing_lines(ds: Dataset | None) -> bool:
    if ds is None or ds.order_lines.height == 0:
        return False
    from insight.metrics.conventions import detect

    return bool(detect(ds).reversing_lines)


def _reversing_value() -> str:
    """The catalogue's metric of the reversing lines' value."""
    from insight.semantic import SEMANTIC_MODEL

    return next(name for name in SEMANTIC_MODEL.metrics.base if reversal(name) == "value")


def within_the_document_word(unknown: list[str], surface: set[str] | dict[str, str]) -> list[str]:
    """The leftover words without those a cancellation document's own word already holds ('storno' beside
    'Stornorechnungen'): they name the documents summed, nothing more."""
    documents = [w for w in surface if w.startswith(_DOCUMENT_STEMS)]
    return [u for u in unknown if not any(len(u) >= 4 and u in d for d in documents)]
