"""Other trades' words for their customers and their orders, in German and English (facts, not code).

A gym calls its customers members (Mitglieder), a hotel guests (Gäste) and its orders bookings or stays
(Buchungen, Aufenthalte), a payment provider its orders payments or charges, a loyalty scheme its customers card holders, an event organiser its units sold tickets, a practice patients, a firm of accountants Mandanten, an event its attendees, a SaaS
its accounts and subscriptions. The catalogue's ``customers`` / ``orders`` / ``quantity`` metrics and the
``customer_id`` dimension list these words beside their own, so a client's own word reads as customers / orders. A client
column named by one of these words keeps its column meaning first (``insight.query.lexicon.match``).
"""

from __future__ import annotations

CUSTOMER_WORDS_EN: tuple[str, ...] = (
    "members", "member", "guests", "guest", "patients", "patient", "attendees", "attendee", "participants",
    "participant", "accounts", "subscriptions", "subscription", "shoppers", "purchasers", "clientele", "dealers",
    "resellers", "cardholders", "retailers", "retailer", "stockists", "patrons", "patron",
    "supporters", "supporter", "backers", "donors",
)
CUSTOMER_WORDS_DE: tuple[str, ...] = (
    "mitglieder", "mitglied", "mitgliedern", "mitgliedschaften", "gäste", "gast", "gästen", "patienten",
    "patientinnen", "mandanten", "mandant", "teilnehmer", "teilnehmerinnen", "teilnehmern", "abonnements",
    "abonnement", "klienten", "kundschaft", "wiederverkäufer", "wiederverkäufern", "karteninhaber", "karteninhabern",
    "einzelhändler", "einzelhändlern", "unterstützer", "unterstützern", "unterstützerinnen", "förderer", "spender",
)
ORDER_WORDS_EN: tuple[str, ...] = (
    "bookings", "reservations", "reservation", "stays", "receipts", "sales orders", "payments",
    "charges",
)
ORDER_WORDS_DE: tuple[str, ...] = (
    "buchungen", "buchung", "reservierungen", "reservierung", "aufenthalte", "aufenthalten", "kassenbons", "bons",
    "quittungen", "zahlungen", "zahlungsvorgänge", "einkäufen", "verkäufe", "verkäufen",
    # the invoice in the client's trade language: SAP's 'Fakturen', Brazil's 'Notas (fiscais)'
    "fakturen", "notas", "notas fiscais",
)
# what an event organiser or a cinema sells: tickets sold are units sold (quantity), never orders; a bare
# "tickets" may be a support desk's (no such data: asked back naming it)
QUANTITY_WORDS_EN: tuple[str, ...] = ("tickets sold", "seats sold", "sold tickets")
QUANTITY_WORDS_DE: tuple[str, ...] = ("verkaufte tickets", "tickets verkauft", "verkaufte eintrittskarten",
                                      "eintrittskarten verkauft", "karten verkauft", "verkaufte karten",
                                      "verkaufte plätze")
# the per-entity phrases ('per member', 'je Gast') of the customer_id dimension
PER_CUSTOMER_EN: tuple[str, ...] = tuple(f"per {w}" for w in CUSTOMER_WORDS_EN if not w.endswith("s"))
PER_CUSTOMER_DE: tuple[str, ...] = tuple(f"{p} {w}" for w in ("mitglied", "gast", "patient", "mandant",
                                                              "teilnehmer") for p in ("je", "pro"))
TRADE_WORDS: frozenset[str] = frozenset({*CUSTOMER_WORDS_EN, *CUSTOMER_WORDS_DE, *ORDER_WORDS_EN, *ORDER_WORDS_DE,
                                         *PER_CUSTOMER_EN, *PER_CUSTOMER_DE, *QUANTITY_WORDS_EN, *QUANTITY_WORDS_DE})


def order_words_pattern() -> str:
    """The order words above as a regular-expression alternation of folded words, longest first (for the
    order-count thresholds of a question: 'Kunden mit mehr als 3 Buchungen')."""
    from insight.language import fold

    words = sorted({fold(w) for w in (*ORDER_WORDS_EN, *ORDER_WORDS_DE) if " " not in w}, key=lambda w: (-len(w), w))  # ties by spelling: the same pattern in every process
    return "|".join(words)


def customer_words_pattern() -> str:
    """The trades' customer words above as a regular-expression alternation of folded words, longest first (a
    question about 'Unterstützer' or 'patrons' who spent more than 100 $ speaks of customers)."""
    from insight.language import fold

    words = sorted({fold(w) for w in (*CUSTOMER_WORDS_EN, *CUSTOMER_WORDS_DE) if " " not in w}, key=lambda w: (-len(w), w))  # ties by spelling: the same pattern in every process
    return "|".join(words)
