"""Customers by whether they redeemed a voucher (docs/ask.md, "Active customers and rated aspects"): "Umsatz der
Kunden, die einen Gutschein eingelöst haben", "revenue of customers who never redeemed a coupon". The redeemers
are the customers of the coupons table with a redemption date; the phrase becomes one customer-id filter
(``Population.redeemed``: True redeemers, False everyone else), never the redemption rate nor a dropped phrase.
Without a coupons table the executor's missing-data path asks back."""

from __future__ import annotations

from insight.query import lazy_re

STEP = "coupon_population"

_NOUN = r"(?:gutscheine?|gutscheincodes?|coupons?|vouchers?|rabattcodes?|promo\s+codes?)"
_EN = lazy_re.compile(rf"\b(?:who|that|which)\s+(?:have\s+|has\s+|had\s+)?(?P<neg>never\s+|not\s+|did\s+not\s+|didnt\s+)?"
                      rf"(?:redeemed|redeem|used|use)\s+(?:an?\s+|any\s+|the\s+|their\s+)?{_NOUN}\b")
_DE = lazy_re.compile(rf"\b(?:die|welche|der|das|haben|hat|hatten)\s+(?:(?P<neg>nie|niemals|keinen|nicht)\s+)?(?:einen\s+|einmal\s+einen\s+)?"
                      rf"{_NOUN}\s+(?:(?P<neg2>nie|niemals|nicht)\s+)?(?:eingelost|eingeloest|genutzt|verwendet|benutzt)"
                      r"(?:\s+(?:haben|hat|hatten|hatte))?\b")


def read(rest: str) -> tuple[bool | None, str, str]:
    """Whether the customers redeemed (True) or never redeemed (False) a voucher, the text without the phrase,
    and the phrase."""
    m = _EN.search(rest) or _DE.search(rest)
    if m is None:
        return None, rest, ""
    negated = bool(m.group("neg") or (m.groupdict().get("neg2")))
    return not negated, rest[:m.start()] + " " + rest[m.end():], m.group(0)
