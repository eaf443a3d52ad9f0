"""Churned against retained on a customers table with a churn flag: "Average balance of churned vs retained
customers", "Compare the average credit score of customers who left with those who stayed", "Kontostand
abgewanderter vs. gebliebener Kunden", "gekündigt vs. treu" (docs/ask.md, `churn_sides`).

Where a yes/no column of the customers answers churn (``concept_column(ds, "churn_rate")``: 'Exited', 'Churn'),
the churned side (churned, left, exited, lost, abgewandert, gekündigt, …) set against the retained side (retained,
stayed, remained, geblieben, treu, …) by a comparing or joining word is the flag's two values: the figure grouped
by the flag — never the retention rate (which needs orders), nor a word asked back. The pair is read off the
normalised text before the words are matched, and replaced by a grouping by the flag's own header.
"""

from __future__ import annotations

import re

from insight.dataset import Dataset

STEP = "churn_sides"

_CHURNED = (
    r"(?:churned|left|exited|lost|gone|departed|quit|abgewandert\w*|gekundigt\w*|verloren\w*|ausgetreten\w*|"
    r"weggegangen\w*|abgesprungen\w*|gegangen\w*)"
)
_RETAINED = r"(?:retained|stayed|remained|kept|loyal|geblieben\w*|verblieben\w*|treu\w*|gehalten\w*)"
_LEAD = (
    r"(?:(?:(?:the|those|ones|customers?|clients?|kunden|dem|der|den|denen|die|diejenigen|jenen|of|von)\s+){0,3}"
    r"(?:(?:who|that|die|welche)\s+)?(?:(?:have|has|had|were|are|did)\s+)?)"
)
_TAIL = r"(?:\s+(?:customers?|clients?|kunden|ones|haben|hatten|sind|waren|ist|hat))?"
_JOIN = (
    r"\s+(?:vs|versus|against|compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|with|and|or|gegenuber|"
    r"im\s+vergleich\s+(?:zu|mit)|mit|und|oder)\s+"
)
_CHURNED_SIDE = rf"{_LEAD}{_CHURNED}{_TAIL}"
_RETAINED_SIDE = rf"{_LEAD}{_RETAINED}{_TAIL}"
_PAIR = re.compile(rf"\b(?:{_CHURNED_SIDE}{_JOIN}{_RETAINED_SIDE}|{_RETAINED_SIDE}{_JOIN}{_CHURNED_SIDE})\b")
_GERMAN = re.compile(
    r"\b(?:abgewandert\w*|gekundigt\w*|verloren\w*|ausgetreten\w*|weggegangen\w*|abgesprungen\w*|"
    r"gegangen\w*|geblieben\w*|verblieben\w*|treu\w*|gehalten\w*|kunden|gegenuber|mit|und|oder)\b"
)


def rewrite(rest: str, ds: Dataset | None) -> tuple[str, bool]:
    """The text with a churned-against-retained pair replaced by a grouping by the churn flag (and whether it was)."""
    if ds is None:
        return rest, False
    m = _PAIR.search(rest)
    if m is None:
        return rest, False
    from insight.semantic.client import concept_column

    flag = concept_column(ds, "churn_rate")
    if flag is None:
        return rest, False
    by = "nach" if _GERMAN.search(m.group(0)) else "by"
    return f"{rest[: m.start()]} {by} {flag.label.lower()} {rest[m.end() :]}", True
