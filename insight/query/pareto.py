"""The Pareto question: "Wie viele Kunden machen 80 % des Umsatzes?", "what percentage of customers generate 80 % of
revenue?", "how many customers account for 80 % of sales".

The customers making up the first X % of revenue (by revenue, descending, the customer crossing X % included) are
ABC class A when X is the workspace's A threshold (metrics.md, ABC; default 80 %): the question is read as the
count ("how many") or the share of customers ("what percentage / share of customers") in ABC class A. Any other
X has no class of its own and stays asked back (the number is named back), and so does a Pareto question with a
period or a filter (ABC classes are of all customers over all time; a follow-up restricting it is asked back too). "Pareto" / "Pareto-Anteil" / "Pareto
check" before it is the name of the question, nothing more.
"""

from __future__ import annotations

from insight.dataset import Dataset
from insight.query import lazy_re

_REVENUE = r"(?:revenue|revenues|sales|turnover|umsatz(?:es)?|ums(?:ä|ae)tze?n?|erl(?:ö|oe)s(?:es)?)"
# "machen 80 % des Umsatzes (aus)", "generate 80% of revenue", "account for 80 % of sales", "80 % vom Umsatz bringen"
_CLAUSE = lazy_re.compile(
    r"(?i)(?:\b(?:die|who|that|which)\s+)?(?:\b(?:make|makes|make\s+up|makes\s+up|bring|brings|bring\s+in|generate|"
    r"generates|account\s+for|accounts\s+for|drive|produce|produces|machen|macht|bringen|bringt|erzielen|erzielt|"
    r"erwirtschaften|stehen\s+f(?:ü|ue|u)r)\s+)?"
    r"(?P<pct>\d+(?:[.,]\d+)?)\s*(?:%|prozent|percent|per\s*cent)\s+(?:of\s+(?:our\s+|the\s+|all\s+)?|des\s+|vom\s+|"
    rf"der\s+|unseres\s+|am\s+){_REVENUE}(?:\s+(?:aus|ausmachen|ausmacht|bringen|bringt|machen|erzielen|"
    r"generate|make\s+up|make|bring\s+in))?\b"
)
_CUSTOMERS = lazy_re.compile(r"(?i)\b(?:kunden|customers|clients|buyers|k(?:ä|ae)ufer)\b")
_SHARE = lazy_re.compile(
    r"(?i)\b(?:wie\s+viel(?:e)?\s+prozent|welcher\s+anteil|what\s+(?:percentage|percent|share|proportion|fraction)|"
    r"which\s+share|anteil|share|percentage|proportion)\b"
)
_NAME = lazy_re.compile(r"(?i)^\s*pareto(?:[\s-]*(?:anteil|check|test|analyse|analysis|regel|rule|share))?\s*[:,-]?\s*")
_OF_CUSTOMERS = lazy_re.compile(r"(?i)\b(?:der|of|our|unserer|the)\s+(?=kunden|customers|clients)")
_LEFT_OVER = lazy_re.compile(r"(?i)[–—?:,!]|\bwie\s+viele\b|\bhow\s+many\b|\bdie\b|\bwho\b|\bthat\b")
_LEAD = lazy_re.compile(r"(?i)^\s*(?:wie\s+viele|how\s+many|number\s+of|anzahl(?:\s+der)?)\s+")


def rewritten(question: str, ds: Dataset | None, lang: str) -> str | None:
    """The question read as customers (or their share) in ABC class A, or None when it is no Pareto question."""
    m = _CLAUSE.search(question)
    if m is None or ds is None or not _CUSTOMERS.search(question[:m.start()] + " " + question[m.end():]):
        return None
    a_limit = float(ds.settings.abc_thresholds[0])
    if abs(float(m.group("pct").replace(",", ".")) / 100 - a_limit) > 1e-9:
        return None  # "50 % of revenue": no class of its own, the number stays asked back
    rest = _NAME.sub("", f"{question[:m.start()]} {question[m.end():]}")
    share = _SHARE.search(rest) is not None
    rest = _SHARE.sub(" ", _LEAD.sub("", rest))
    rest = _LEFT_OVER.sub(" ", _CUSTOMERS.sub(" ", _OF_CUSTOMERS.sub(" ", rest)))
    rest = " ".join(rest.split())
    if rest.strip(" .;"):
        return None  # "… 80 % des Umsatzes 2011", "… in Germany": the classes are of all customers and all time
    return _HEADS[lang if lang in _HEADS else "en"][share]


# the question the Pareto clause stands for, by language and whether a share of the customers is asked
_HEADS = {
    "de": {True: "Kundenanteil der ABC-Klasse A", False: "Wie viele Kunden der ABC-Klasse A"},
    "en": {True: "share of customers in ABC class A", False: "how many customers in ABC class A"},
}
