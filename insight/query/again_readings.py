"""Customers who ordered again, and averages per order the engine has no figure for (docs/ask.md, "Ordering
again and coming back").

* "How many customers bought in 2010 and again in 2011?", "Wie viele Kunden haben 2010 und 2011 erneut
  gekauft?": a count of customers with two periods joined by "and (again)" is the customers with an order in
  each — read like "in both 2010 and 2011" (``Population.present``), never a comparison of the two years nor
  the retention rate (which "Wie viel Prozent …" still is).
* "How many customers came back in 2011?", "Wie viele Kunden kamen 2011 wieder?", "… sind 2011
  zurückgekehrt?": returning customers of the window — those with an order in it who had ordered before it
  (``Population.present`` = everything before the window's start). Without a dated window it is asked back.
* "Durchschnittliche Anzahl Artikel pro Bestellung", "average number of items per order": units (quantity) per
  order or distinct products per order — no figure of the model, so asked back naming the words, never the
  order value per product.
"""

from __future__ import annotations


from insight.language import fold
from insight.query.plan import TimeWindow
from insight.query import lazy_re

_COUNT = lazy_re.compile(r"\b(?:how\s+many|wie\s+viele?|anzahl|number\s+of|count\s+of)\b")
_RATE = lazy_re.compile(r"\b(?:prozent|percent|percentage|rate|quote|anteil|share|ratio)\b")
_AGAIN_WORD = r"(?:again|erneut|wieder|nochmal|nochmals)"


def _point(tag: str) -> str:
    from insight.query.timewords import POINT

    return f"(?P<{tag}>{POINT.pattern.replace('(?P<', f'(?P<{tag}_')})"


_EN_AGAIN = lazy_re.compile(rf"\b(?:in\s+)?{_point('a')}\s+and\s+(?:(?P<w1>again)\s+(?:in\s+)?{_point('b')}"
                       rf"|(?:in\s+)?{_point('c')}\s+(?P<w2>again))\b")
_DE_AGAIN = lazy_re.compile(rf"\b(?:im\s+|in\s+)?{_point('a')}\s+und\s+(?:(?P<w1>{_AGAIN_WORD})\s+(?:im\s+|in\s+)?"
                       rf"{_point('b')}|(?:auch\s+)?(?:im\s+|in\s+)?{_point('c')}\s+(?P<w2>{_AGAIN_WORD}))\b")


def again_as_both(norm: str) -> str:
    """The (normalised) question with "P1 and again P2" / "P1 und P2 erneut" written as "both P1 and P2", so
    that the two periods read as customers active in each; unchanged unless it counts customers (a share or
    rate of them is the retention rate)."""
    if _COUNT.search(norm) is None or _RATE.search(norm) is not None:
        return norm
    for pattern, both, also in ((_EN_AGAIN, "both in", "and in"), (_DE_AGAIN, "sowohl", "als auch")):
        m = pattern.search(norm)
        if m is not None:
            later = m.group("b") or m.group("c")
            return f"{norm[:m.start()]} {both} {m.group('a')} {also} {later} {norm[m.end():]}"
    return norm


_EN_BOUGHT_IN = lazy_re.compile(
    rf"\b(?:customers|clients|buyers|those)\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:also\s+|already\s+)?"
    rf"(?:bought|ordered|purchased|shopped|placed\s+(?:an\s+)?orders?)\s+(?:also\s+|already\s+)?(?:in\s+)?{_point('p')}")
_DE_BOUGHT_IN = lazy_re.compile(
    rf"\b(?:kunden|kaufer|kundinnen)\s+die\s+(?:auch\s+|schon\s+|bereits\s+)?(?:im\s+|in\s+)?{_point('p')}\s+"
    rf"(?:auch\s+|schon\s+|bereits\s+)?(?:gekauft|bestellt|eingekauft)\b")


_CLAUSE_ADVERBS = lazy_re.compile(r"\b(?:also|already|auch|schon|bereits)\b")


def bought_in(norm: str) -> tuple[str, str] | None:
    """ "Umsatz 2011 von Kunden, die schon 2010 gekauft haben", "revenue 2011 from customers who also bought in
    2010": the period of the relative clause on the customers (then ``Population.present``, the other period the
    window), never a comparison of the two periods, and the question without the clause's 'schon' / 'also'; None
    where no such clause names one."""
    for pattern in (_EN_BOUGHT_IN, _DE_BOUGHT_IN):
        m = pattern.search(norm)
        if m is not None:
            return m.group("p"), norm[:m.start()] + _CLAUSE_ADVERBS.sub(" ", m.group(0)) + norm[m.end():]
    return None


_ONLY_IN = lazy_re.compile(
    rf"\b(?:kunden|kaufer|kundinnen)\b.*?\b(?:nur|ausschliesslich|lediglich)\s+(?:im\s+|in\s+)?{_point('p')}\s+"
    rf"(?:gekauft|bestellt|eingekauft)\b"
    rf"|\b(?:customers|clients|buyers)\b.*?\b(?:only|exclusively)\s+(?:bought|ordered|purchased|shopped)\s+"
    rf"(?:in\s+)?{_point('q')}"
    rf"|\b(?:customers|clients|buyers)\b.*?\b(?:bought|ordered|purchased|shopped)\s+(?:only|exclusively)\s+"
    rf"(?:in\s+)?{_point('r')}")


def only_in(norm: str) -> bool:
    """ "Kunden, die nur 2009 gekauft haben", "customers who only bought in 2009": customers of that one period
    (first order in it, none after it), never all customers of the period."""
    return _ONLY_IN.search(norm) is not None


_NEGATED = lazy_re.compile(r"\b(?:not|never|didnt|havent|nicht|nie|niemals|kein|keine)\b")
_CAME_BACK = lazy_re.compile(
    r"\b(?:came|come|comes|coming)\s+back\b(?!\s+(?:for|and)\b)"
    r"|\b(?:kamen|kam|kommen|kommt)\b(?P<mid>(?:\s+(?!wieder\b|zuruck\b)\w+){0,3})\s+(?:wieder|zuruck)\b"
    r"|\b(?:zuruckgekehrt|zuruckgekommen|zuruck\s+gekommen)\b")


_AFTER_BUYING = lazy_re.compile(r"\b(?:after|having)\s+(?:buying|ordering|purchasing|shopping|bought|ordered|purchased)\b"
                           r"|\bnachdem\s+sie\b")


def came_back(norm: str) -> tuple[str, str]:
    """("came back", the question without it) when a question about customers says they came back (not
    negated: "never came back" is the absent population); else ("", the question)."""
    m = _CAME_BACK.search(norm)
    if m is None or _NEGATED.search(norm) is not None:
        return "", norm
    rest = _AFTER_BUYING.sub(" ", norm[m.end():])  # "came back in 2011 after buying in 2010": the earlier period
    return m.group(0), f"{norm[:m.start()]} {m.group('mid') or ''} {rest}"


# "came back in 2011 after not buying at all in 2010", "returned in 2025 after skipping 2024", "sind 2011
# zurückgekommen, nachdem sie 2010 nichts gekauft hatten": back after a pause in a named period (reactivated)
_BACK_VERB = lazy_re.compile(r"\b(?:came|come|comes|coming)\s+back\b|\breturned\b|\bwere\s+reactivated\b"
                             r"|\b(?:zuruckgekommen|zuruckgekehrt|wiedergekommen|zuruck\s+gekommen|reaktiviert)\b")
_PAUSE_EN = lazy_re.compile(r"\bafter\s+(?:not\s+(?:buying|ordering|purchasing|shopping)(?:\s+anything)?(?:\s+at\s+all)?"
                            r"(?:\s+(?:in|during))?|skipping|a\s+(?:pause|break)\s+(?:in|during))\s+(?=\S)")
_PAUSE_DE = lazy_re.compile(r",?\s*\bnachdem\s+sie\b(?=.*\b(?:nicht|nichts)\s+(?:gekauft|bestellt)\b)")


def back_after_pause(norm: str) -> tuple[bool, str]:
    """(True, the question as 'ordered in W and did not order in P') when customers came back after a pause in a
    named period P: the parser then also asks for an order before P (a returning customer, never a new one)."""
    verb = _BACK_VERB.search(norm)
    if verb is None:
        return False, norm
    pause = _PAUSE_EN.search(norm, verb.end()) or _PAUSE_DE.search(norm, verb.end())
    if pause is None:
        return False, norm
    said = " and did not order in " if pause.group(0).lstrip(", ").startswith("after") else " und "
    text = norm[:pause.start()] + said + norm[pause.end():]
    return True, text[:verb.start()] + " ordered " + text[verb.end():]


def before(window: TimeWindow) -> TimeWindow | None:
    """Everything before the window's start (the orders a returning customer had before it)."""
    if window.start is None:
        return None
    return TimeWindow(kind="range", end=window.start, label_en=f"before {window.label('en')}",
                      label_de=f"vor {window.label('de')}")


_ITEMS_PER_ORDER = lazy_re.compile(
    r"\b(?:artikel|artikeln|items?|products?|produkte?|produkten|positionen|teile|stuck|stucke)\s+"
    r"(?:pro|per|je|in\s+einer|in\s+an?|im)\s+(?:bestellung|auftrag|order|rechnung|invoice|warenkorb|basket|einkauf)\b")


def items_per_order(question: str) -> str | None:
    """The words of "items / Artikel per order" as asked, or None."""
    m = _ITEMS_PER_ORDER.search(" ".join(fold(question).split()))
    return None if m is None else m.group(0)
