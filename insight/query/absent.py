"""Customers who did not order in a period: "how many customers ordered in 2016 but not in 2017", "Wie viele Kunden
haben 2024 nicht mehr bestellt?".

"… but not in Y" / "aber nicht Y" keeps the other period as the window and restricts the customers to those
without an order in Y; "Y nicht mehr bestellt" / "no longer ordered in Y" are the customers with an order before
Y and none in Y ("seit 2023 nicht mehr bestellt" is inactivity since a day, not this). The period Y is a restriction of the population (``Population.absent``), never a second window
of a comparison; a figure that cannot be restricted to customers is asked back.
"""

from __future__ import annotations

import datetime as dt
import re

_YEAR = r"(?P<y>(?:19|20)\d\d)"
# on normalised text (folded, number words as digits); the year is cut out before the time words run
_BUT_NOT = re.compile(rf"\b(?:but|aber|jedoch|doch|und)\s+(?:not|nicht|no\s+longer|nicht\s+mehr)\s+"
                      rf"(?:(?:in|im|during)\s+(?:(?:the\s+)?(?:jahr|year)\s+)?)?{_YEAR}\b")
_NO_LONGER = re.compile(rf"(?<!seit )(?<!since )(?<!ab )\b{_YEAR}\s+(?:nicht\s+mehr|no\s+longer|not\s+anymore)\b|"
                        rf"\b(?:nicht\s+mehr|no\s+longer)\s+(?:[a-z]+\s+)?(?:(?:in|im)\s+(?:jahr\s+)?)?"
                        rf"(?P<y2>(?:19|20)\d\d)\b")


def absent_period(norm: str) -> tuple[str, tuple[dt.date, dt.date] | None, bool]:
    """The text without the phrase, the year [start, end) nobody of the population ordered in, and whether the
    window is everything before it ("nicht mehr": ordered before, not in Y)."""
    m = _BUT_NOT.search(norm)
    before = False
    if m is None:
        m = _NO_LONGER.search(norm)
        before = m is not None
    if m is None:
        return norm, None, False
    year = int(m.group("y") or m.group("y2"))
    return norm[:m.start()] + " " + norm[m.end():], (dt.date(year, 1, 1), dt.date(year + 1, 1, 1)), before
