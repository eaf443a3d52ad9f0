"""Questions that must not be answered: requests to change or delete data, prompt and SQL injection.

insight only reads; nothing in the query layer can write, run code or SQL. The guard still refuses
such questions explicitly (instead of answering the harmless part), so a user or a script sees that
the instruction was not followed.
"""

from __future__ import annotations

import re

from insight.query.plan import Issue
from insight.semantic.text import fold
from insight.query import lazy_re

MAX_QUESTION_CHARS = 500

_RAW_PATTERNS = [
    r";\s*(drop|delete|update|insert|alter|truncate|create|grant|exec)\b",
    r"\b(drop|truncate)\s+(table|database|schema|view|index|column)\b",
    r"\bunion\s+(all\s+)?select\b",
    r"\bselect\b[^?]*\bfrom\b[^?]*(;|--|\bwhere\b)",
    r"\binsert\s+into\b", r"\bdelete\s+from\b", r"\bupdate\s+\w+\s+set\b", r"\balter\s+table\b",
    r"'\s*or\s*'?\d+'?\s*=\s*'?\d+", r"--\s*$", r"/\*.*\*/", r"\bxp_cmdshell\b", r"<\s*script\b",
    r"\b(import\s+os|subprocess|__import__|os\.system|eval\s*\(|exec\s*\()", r"\brm\s+-rf\b", r"\$\(.*\)",
    r"`[^`]*`", r"\b(ändere|ändern|änderst)\b", r"https?://", r"\bwww\.", r"\S+@\S+\.\w+",
]
_FOLDED_PATTERNS = [
    # change / delete / write requests
    r"\b(delete|deleting|erase|wipe|truncate|overwrite|rename|insert|modify|drop all)\b",
    r"\b(losch\w*|loesch\w*|entfern\w*|uberschreib\w*|ueberschreib\w*|umbenenn\w*|vernicht\w*)\b",
    r"\b(aendere|aendern|update|updaten|setze|setzen)\b.*\b(kunde\w*|daten|data|customer\w*|tabelle\w*|table\w*|umsatz|revenue|werte?|values?|preis\w*|prices?)\b",
    r"\b(remove|save|write|schreib\w*|fuge|fuege|speicher\w*|anlegen)\b.*\b(kunde\w*|customer\w*|daten|data|tabelle\w*|table\w*|workspace|datei|file|rows?|zeilen?)\b",
    r"\b(set|setze|setz)\b.*\b(to|auf)\b.*\b(zero|null|0|price\w*|preis\w*|value\w*|wert\w*)\b",
    r"\b(export\w*|send|sende|schick\w*|mail|e mail|email|upload\w*|hochladen|veroffentlich\w*|publish|post)\b"
    r".*\b(to|an|nach|zu|per|via|server|url)\b",
    # prompt injection
    r"\b(ignore|ignoriere|ignorier|vergiss|forget|disregard|missachte)\b.*\b(instruction\w*|anweisung\w*|regeln|rules|prompt\w*|vorgaben|befehl\w*|above|oben|previous|bisherig\w*|vorherig\w*)\b",
    r"\b(system prompt|systemprompt|you are now|du bist jetzt|du bist ab jetzt|act as|pretend|jailbreak|developer mode|dan mode|reveal your|zeige deinen prompt)\b",
    r"\b(run|execute|fuhre|fuehre|ausfuhren|ausfuehren)\b.*\b(code|python|shell|command\w*|befehl\w*|sql|script\w*|skript\w*)\b",
    r"\b(password\w*|passwort\w*|api key|apikey|token|credential\w*|zugangsdaten)\b",
]
_RAW = [lazy_re.compile(p, re.IGNORECASE) for p in _RAW_PATTERNS]
_FOLDED = [lazy_re.compile(p) for p in _FOLDED_PATTERNS]

REFUSAL = Issue.said("refused", "issue_refused")
TOO_LONG = Issue.said("too_long", "issue_too_long", chars=MAX_QUESTION_CHARS)


def check(question: str) -> Issue | None:
    """The refusal issue when the question asks to change data, run something or inject instructions."""
    if len(question) > MAX_QUESTION_CHARS:
        return TOO_LONG
    if any(p.search(question) for p in _RAW):
        return REFUSAL
    folded = fold(question)
    if re.search(r"\bweit\b", folded):  # "Wie weit ist der Mond entfernt?": a distance, no request to delete
        folded = re.sub(r"\bentfernt\b", " ", folded)
    if any(p.search(folded) for p in _FOLDED):
        return REFUSAL
    return None
