"""Reading "customers who did NOT order in a window" (docs/ask.md, "Populations by activity"): where the negated
order verb stands and which of the question's windows it takes. Planning only; the population is computed in
activity_population.py."""

from __future__ import annotations

from insight.query.plan import TimeWindow
from insight.query import lazy_re

_EN_NOT = r"(?:did\s+not|didnt|do\s+not|dont|does\s+not|doesnt|have\s+not|havent|has\s+not|hasnt|had\s+not|hadnt|never|not|no\s+longer)"
_EN_VERB = r"(?:order(?:ed)?|buy|bought|purchased?|shop(?:ped)?|come\s+back|came\s+back|returned|place[d]?\s+an?\s+orders?)"
_DE_NOT = r"(?:nicht\s+mehr|nie\s+mehr|nicht|nie|nichts|niemals|kein\s+einziges\s+mal)"
# "waren 2024 nicht da", "sind nicht mehr gekommen": a visit is an order (a workshop, a practice, a salon)
_DE_VERB = (r"(?:bestellt|gekauft|eingekauft|zuruckgekommen|wiedergekommen|wieder\s+gekommen|wieder\s+bestellt|bestellen|"
            r"kaufen|da|gekommen|vorbeigekommen|erschienen)")
# "have not ordered", "did not come back", "nicht (mehr) bestellt", "but not in 2024" (after an order verb)
_ABSENT = lazy_re.compile(
    rf"\b{_EN_NOT}\s+(?:yet\s+|again\s+|anything\s+|any\s+more\s+)?{_EN_VERB}\b(?:\s+(?:anything|again|any\s+more))?"
    rf"|\b{_DE_NOT}\s+(?:mehr\s+|wieder\s+|erneut\s+)?{_DE_VERB}\b"
    r"|\b(?:but|aber|jedoch)\s+(?:not|nicht)\b(?=\s+(?:in|im)\b|\s+\d)")


# "ordered in 2023 but never again (afterwards)": no order from the next year on
_NEVER_AGAIN_EN = lazy_re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?:but|and)\s+never\s+(?:again|since)"
                             r"(?:\s+(?:afterwards?|after\s+that|thereafter|since))?\b")
_NEVER_AGAIN_DE = lazy_re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+(?P<verb>bestellt|gekauft|eingekauft)\s+(?:aber|und|jedoch)\s+"
                             r"(?:danach\s+|seitdem\s+)?(?:nie\s+wieder|nie\s+mehr|nicht\s+mehr)(?:\s+danach)?\b")
# "haben 2024 bestellt, aber 2025 (noch) nicht", "…, 2025 aber nicht": the order verb left out after 'aber'
# "…, aber 2023 keine" / "keinen": the order noun left out as well
_BUT_NOT_DE = lazy_re.compile(r"\b(?:aber|jedoch)\s+(?P<w>(?:im\s+|in\s+)?(?:19|20)\d\d)\s+(?:noch\s+|mehr\s+)?"
                         r"(?:nicht|keine|keinen|kein)\s*$"
                         r"|\b(?P<w2>(?:19|20)\d\d)\s+(?:aber|jedoch)\s+(?:noch\s+|mehr\s+)?(?:nicht|keine|keinen|kein)\s*$"
                         # "haben 2023 gekauft, 2024 nicht": the comma alone says 'but'
                         r"|(?:(?<=gekauft)|(?<=bestellt))\s+(?P<w3>(?:im\s+|in\s+)?(?:19|20)\d\d)\s+(?:noch\s+)?"
                         r"(?:nicht|keine|keinen|kein)\s*$")


def _point() -> str:
    from insight.query.timewords import POINT

    return POINT.pattern.replace("(?P<", "(?P<p_")


# "nach März 1997 nie wieder gekauft": 'nach' before a period and a negated order verb is 'after'
_AFTER_NEVER = lazy_re.compile(rf"\bnach\s+(?P<p>{_point()})\s+(?:nie\s+wieder|nie\s+mehr|nicht\s+mehr|niemals\s+wieder|"
                               rf"nicht\s+wieder)\s+(?P<verb>gekauft|bestellt|eingekauft)\b")


# "Kunden, die 2023 aktiv waren": active in a named year is having ordered in it (as "aktive Kunden 2023" is)
_ACTIVE_IN_YEAR = lazy_re.compile(r"\b(?P<y>(?:19|20)\d\d)\s+aktiv\s+(?:waren|war|gewesen\s+sind|gewesen)\b")


def elliptic(norm: str) -> str:
    """The negated order phrases with their verb or window left out, written out: 'in 2023 but never again' →
    'in 2023 and have not ordered since january 2024'; 'aber 2025 noch nicht' → 'und 2025 nicht bestellt'."""
    # "nach März 1997 nie wieder gekauft": no order after that period ('nach' + a period is 'after' here)
    norm = _ACTIVE_IN_YEAR.sub(lambda m: f"{m.group('y')} bestellt haben", norm)
    norm = _AFTER_NEVER.sub(lambda m: f"after {m.group('p')} nicht {m.group('verb')}", norm)
    norm = _NEVER_AGAIN_EN.sub(lambda m: f"{m.group('y')} and have not ordered since january {int(m.group('y')) + 1}",
                               norm)
    norm = _NEVER_AGAIN_DE.sub(
        lambda m: f"{m.group('y')} {m.group('verb')} und seit {int(m.group('y')) + 1} nicht mehr bestellt", norm)
    return _BUT_NOT_DE.sub(lambda m: f" und {m.group('w') or m.group('w2') or m.group('w3')} nicht bestellt", norm)


# "hatten 2011 keine Bestellung", "Kunden ohne Auftrag 2024", "keine Bestellung im letzten Jahr", "customers with no
# orders in 2011": the order named
# as a noun under a negation — read like "nicht bestellt" when the question names a period (without one, a
# customers table's "Kunden ohne Bestellung" are those who never ordered: left to the other readings)
_ABSENT_NOUN = lazy_re.compile(
    r"\b(?:keine|keinen|kein|ohne)\s+(?:einzige[n]?\s+)?(?:bestellung(?:en)?|auftrag|auftrage|kauf|kaufe|einkauf|einkaufe)\b"
    r"|\b(?:no|without(?:\s+an?|\s+any)?|zero)\s+(?:orders?|purchases?)\b")
# a period: a year, a month or day token, or a relative window ("im letzten Jahr", "in the past 6 months")
_PERIOD = lazy_re.compile(r"\b(?:(?:19|20)\d\d|m\d{6}|d\d{8})\b|\b(?:letzte[nmrs]?|vorige[nmrs]?|vergangene[nmrs]?|"
                          r"last|past|previous|this|diese[nmrs]?)\s+(?:\d+\s+)?(?:jahr|jahres|jahren|monat|monats|"
                          r"monate|monaten|quartal|quartals|woche|wochen|tage|tagen|year|years|month|months|quarter|"
                          r"quarters|week|weeks|days)\b")


def absence(norm: str) -> tuple[int | None, str]:
    """Where the question says customers did NOT order ("haben 2011 nicht bestellt", "did not come back in
    1998", "bought in 2023 but not in 2024"), and the text without those words. The window nearest after it
    (else nearest before) is the window without an order; ``None`` when there is no such phrase."""
    m = _ABSENT.search(norm)
    if m is None and _PERIOD.search(norm):
        m = _ABSENT_NOUN.search(norm)
    if m is None:
        return None, norm
    return m.start(), norm[: m.start()] + " " + norm[m.end():]


_PERIOD_RIGHT_BEFORE = lazy_re.compile(rf"(?:{_PERIOD.pattern})\s*$")


def absent_window(windows: list[TimeWindow], before: int, ahead: str = "") -> int | None:
    """Which of the question's windows (in text order) is the one without an order: the one said right before
    the negation ("die 2010 nicht gekauft haben, aber 2011": German puts it there), else the first after it, else
    the last before it (``before`` windows stand in ``ahead``, the text before it); None without any window."""
    if before > 0 and _PERIOD_RIGHT_BEFORE.search(ahead):
        return before - 1
    if before < len(windows):
        return before
    return before - 1 if before > 0 else None


_BUT = lazy_re.compile(r"(?:but|aber|jedoch)\b")


# a period right after the negated verb is its own ("who ordered in 2023 did not order in 2024"): English word order
_PERIOD_RIGHT_AFTER = lazy_re.compile(rf"\s*(?:(?:in|im|during|within)\s+)?(?:the\s+)?(?:year\s+)?(?:{_PERIOD.pattern})")


def said_before(norm: str, at: int) -> str:
    """The text before the negation at ``at`` whose last period is the negated one — none where the negation is
    'but not' / 'aber nicht', which names the period after it ("2022, aber nicht 2023"), nor where a period
    follows the negated verb right away ("customers who ordered in 2023 did not order in 2024")."""
    if _BUT.match(norm, at):
        return ""
    m = _ABSENT.match(norm, at) or _ABSENT_NOUN.match(norm, at)
    return "" if m is not None and _PERIOD_RIGHT_AFTER.match(norm, m.end()) else norm[:at]


def phrase(norm: str, at: int) -> str:
    """The negated order phrase found at ``at`` (named back when it cannot be read)."""
    m = _ABSENT.match(norm, at) or _ABSENT_NOUN.match(norm, at)
    return m.group(0) if m else ""
