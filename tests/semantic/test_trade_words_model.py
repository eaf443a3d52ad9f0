"""The semantic model holds other trades' words once (insight/semantic/trade_words.py): the customers / orders /
quantity metrics and the customer_id dimension list them, so the parser reads them without code of its own."""

from __future__ import annotations

from insight.semantic import SEMANTIC_MODEL
from insight.semantic.text import fold
from insight.semantic.trade_words import (CUSTOMER_WORDS_DE, CUSTOMER_WORDS_EN, ORDER_WORDS_DE, ORDER_WORDS_EN,
                                          QUANTITY_WORDS_DE, QUANTITY_WORDS_EN, order_words_pattern)


def _folded(phrases) -> set[str]:
    return {fold(p) for p in phrases}


def test_trade_words_are_synonyms_of_the_entities() -> None:
    customers = _folded(SEMANTIC_MODEL.metric("customers").synonyms())
    customer_dim = _folded(SEMANTIC_MODEL.dimension("customer_id").synonyms())
    orders = _folded(SEMANTIC_MODEL.metric("orders").synonyms())
    quantity = _folded(SEMANTIC_MODEL.metric("quantity").synonyms())
    for word in (*CUSTOMER_WORDS_EN, *CUSTOMER_WORDS_DE):
        assert fold(word) in customers and fold(word) in customer_dim, word
    for word in (*ORDER_WORDS_EN, *ORDER_WORDS_DE):
        assert fold(word) in orders, word
    for word in (*QUANTITY_WORDS_EN, *QUANTITY_WORDS_DE):
        assert fold(word) in quantity and fold(word) not in orders, word
    for word in ("mitglieder", "gaste", "buchungen", "bookings", "reservierungen"):
        assert word in customers | orders, word


def test_a_word_is_one_entity_only() -> None:
    customers = _folded((*CUSTOMER_WORDS_EN, *CUSTOMER_WORDS_DE))
    orders = _folded((*ORDER_WORDS_EN, *ORDER_WORDS_DE))
    assert not customers & orders


def test_the_order_count_pattern_is_folded_and_longest_first() -> None:
    words = order_words_pattern().split("|")
    assert "buchungen" in words and "aufenthalten" in words
    assert words.index("buchungen") < words.index("buchung")
    assert all(w == fold(w) for w in words)
