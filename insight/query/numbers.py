"""Numbers written as words (zehn, ten, fünfundzwanzig, twenty-five, Dutzend) turned into digits.

Only 2 and up are converted: "ein"/"one"/"a" are far more often articles than counts.
"""

from __future__ import annotations

from insight.query import lazy_re

_UNITS_DE = {"zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TEENS_DE = {"zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS_DE = {"zwanzig": 20, "dreissig": 30, "dreiig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
_UNITS_EN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS_EN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_SPECIAL = {"dutzend": 12, "dozen": 12, "hundert": 100, "hundred": 100, "einhundert": 100, "tausend": 1000,
            "thousand": 1000, "zwanzig": 20, "halbes jahr": 6}

WORDS: dict[str, int] = {**_UNITS_DE, **_TEENS_DE, **_TENS_DE, **_UNITS_EN, **_TEENS_EN, **_TENS_EN, **_SPECIAL}
_DE_COMPOUND = lazy_re.compile(r"^(ein|zwei|drei|vier|funf|sechs|sieben|acht|neun)und(" + "|".join(_TENS_DE) + r")$")
_UNIT_DE_FOR_COMPOUND = {"ein": 1, **_UNITS_DE}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "erste": 1, "ersten": 1, "erstes": 1, "erster": 1,
            "zweite": 2, "zweiten": 2, "zweites": 2, "zweiter": 2, "dritte": 3, "dritten": 3, "drittes": 3,
            "dritter": 3, "vierte": 4, "vierten": 4, "viertes": 4, "vierter": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}


_SCALES = {"hundert": 100, "hundred": 100, "tausend": 1000, "thousand": 1000}
_DE_SCALED = lazy_re.compile(r"^(?P<head>[a-z]+?)(?P<scale>hundert|tausend)(?P<tail>[a-z]*)$")


def word_value(word: str) -> int | None:
    """The number a folded word names, or None ('zehntausend' = 10000, 'zweihundertfunfzig' = 250; a compound
    with tausend is written in thousands groups by ``words_to_digits``)."""
    if word in WORDS:
        return WORDS[word]
    match = _DE_COMPOUND.match(word)
    if match:
        return _UNIT_DE_FOR_COMPOUND[match.group(1)] + _TENS_DE[match.group(2)]
    scaled = _DE_SCALED.match(word)
    if scaled:
        head = 1 if scaled["head"] == "ein" else word_value(scaled["head"])
        tail = word_value(scaled["tail"]) if scaled["tail"] else 0
        if head is not None and tail is not None and head < 1000 and tail < _SCALES[scaled["scale"]]:
            return head * _SCALES[scaled["scale"]] + tail
    return None


def words_to_digits(tokens: list[str]) -> list[str]:
    """Replace number words by digits in a folded token list: 'top zehn' -> 'top 10',
    'twenty five' -> '25', 'zwei hundert' stays simple ('2 100') because nobody asks for that."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        value = word_value(tokens[i])
        if value is None:
            out.append(tokens[i])
            i += 1
            continue
        # English "twenty five"
        if value in _TENS_EN.values() and i + 1 < len(tokens) and tokens[i + 1] in _UNITS_EN:
            value += _UNITS_EN[tokens[i + 1]]
            i += 1
        if tokens[i] in _SCALES and out and out[-1].isdigit() and 0 < int(out[-1]) < 1000:
            # "ten thousand", "10 thousand", "fünf tausend": one number, in thousands groups ("10 000"), which the
            # number readers take as one amount and the time words never as a year ("two thousand" ≠ 2000)
            out[-1] = spaced_thousands(str(int(out[-1]) * value))
        else:
            out.append(spaced_thousands(str(value)))
        i += 1
    return out


def spaced_thousands(digits: str) -> str:
    """'2000' → '2 000': an amount written in thousands groups, which the number readers take as one number and
    the time words never as a year."""
    if len(digits) < 4:
        return digits
    head = len(digits) % 3 or 3
    return " ".join([digits[:head], *(digits[i:i + 3] for i in range(head, len(digits), 3))])


# An amount with cents ("1.000,50 €", "1,500.50") reaches the readers of thresholds as its digits in thousands groups
# and the cents after this mark ("1 000p50"): one token none of the time words or plain number readers takes, which
# a bound on money reads whole (``amount``) instead of losing the cents or asking about a stray "50".
CENTS_MARK = "p"
CENTS = rf"(?:{CENTS_MARK}\d{{2}})?"


def amount(raw: str) -> float:
    """The value of a number as the readers of thresholds matched it ('1 000p50' = 1000.5, '25' = 25.0)."""
    return float(raw.replace(" ", "").replace(CENTS_MARK, "."))


def has_cents(raw: str) -> bool:
    """True for an amount written with cents: money, whatever unit is said beside it."""
    return CENTS_MARK in raw



_AMOUNT = lazy_re.compile(rf"\d+{CENTS}")


def is_amount(word: str) -> bool:
    """A token that is a number ('25', '000p50'): never a word to look up or to correct."""
    return bool(_AMOUNT.fullmatch(word))
