"""The survey's people as customers: "Wie viele Befragte …", "Anzahl Befragte je Branche", "how many detractors do
we have", "Promotoren nach Region".

Respondents are the customers with a survey response; promoters, passives and detractors those whose NPS answer
(the latest, 0–10) is 9–10, 7–8 and 0–6, as in the NPS definition (metrics.md). The word is read as "customers"
restricted to that population (``Population.concept``); on data without survey answers it is asked back.
"""

from __future__ import annotations

import re

SURVEY_CONCEPTS = ("respondents", "promoters", "passives", "detractors")
_WORDS = re.compile(
    r"\b(?:(?P<respondents>befragte|befragten|befragter|umfrageteilnehmer(?:n|innen)?|respondents?|survey\s+respondents?)"
    r"|(?P<promoters>promoters?|promotoren|promotor)"
    r"|(?P<passives>passives|passive\s+(?:customers|kunden)|indifferente[n]?)"
    r"|(?P<detractors>detractors?|detraktoren|kritiker(?:n)?))\b")


def survey_people(rest: str, lang: str) -> tuple[str, str | None, str]:
    """The text with the word read as customers, the concept, and the word as written (folded)."""
    m = _WORDS.search(rest)
    if m is None:
        return rest, None, ""
    concept = next(name for name in SURVEY_CONCEPTS if m.group(name))
    noun = "kunden" if lang == "de" else "customers"
    return rest[:m.start()] + f" {noun} " + rest[m.end():], concept, m.group(0)
