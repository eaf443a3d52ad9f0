"""Everyday phrasing around the content of a question, read before the lexicon (see docs/ask.md, "Filler
and everyday phrasing").

A consultant says "Ähm, sag mal, …", "Could you pull … for me?", "pro Kopf", "not counting cancelled ones",
"fewer than 3 orders", "Mindest-Kreditscore", "Mittelwert": none of it names a column, value or concept of
the data, so none of it may be asked back as an unknown word. Each rule here is a general reading of the
language (interjections, request verbs, passive auxiliaries, comparison phrasings), never of one question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from insight.semantic.trade_words import order_words_pattern
from insight.query import lazy_re

# Interjections, request verbs and auxiliaries: they frame the question and never change what is computed.
FILLERS = frozenset(
    # interjections (folded: 'Ähm' → 'ahm')
    "ahm aehm ahem ehm hm hmm hmmm um umm uh uhm uhh erm er ah oh okay ok naja na nun tja jo yo well "
    # request verbs: "pull / fetch / grab the revenue for me", "hol mir mal den Umsatz"
    "pull pulling fetch fetching grab grabbing retrieve retrieving crunch "
    "hol hole holen raussuchen heraussuchen ermitteln ermittle ermittelt rausziehen ziehen zieh "
    # passive auxiliaries and particles: "sind storniert worden", "schlafen gerade ein", "halt", "denn"
    "worden wurden halt eben wohl denn basically quickly "
    # concessives: "aktive Mitglieder, die trotzdem gegangen sind" (see CLAUSE_ADVERBS)
    "trotzdem dennoch nevertheless nonetheless "
    # the German 'but' joining two states of one thing: "abgerechnet, aber noch nicht bezahlt" (never 'except')
    "aber jedoch "
    # verbs of where money lies or of writing / handling a document: "revenue sits in disputed orders",
    # "Rechnungen wurden geschrieben", "Aufträge, die Becker bearbeitet hat"
    "sits sit sitting lies lie lying stecken steckt schreiben schrieb geschrieben written write wrote "
    # a share that falls on a part: "Welcher Anteil am Umsatz entfällt auf die Champions?"
    "entfallt entfallen entfiel entfielen "
    "bearbeiten bearbeitet bearbeitete bearbeiteten handled handle handles processed".split()
)

# Adverbs inside a relative clause that never change what the clause says ("Mitglieder, die trotzdem gegangen sind",
# "customers who still churned"): the clause's verb is read as if they were absent.
CLAUSE_ADVERBS = frozenset("trotzdem dennoch nevertheless nonetheless still auch".split())

# Keyword phrases the lexicon's KEYWORDS lack: a prefix written with a hyphen ("Mindest-Kreditscore",
# "Höchst-Guthaben") and the statistical words for the mean.
KEYWORD_PHRASES: dict[str, tuple[str, ...]] = {
    "minimum": ("mindest", "minimum value"),
    "maximum": ("hochst", "maximum value", "spitzenwert"),
    "average": ("mittelwert", "mittelwerte", "arithmetisches mittel", "mean value", "arithmetic mean"),
    # a bound left over when no column took it ("Income >= 5000" read as "at least 5000"): never 'least' = the
    # bottom of a ranking; the number then stays unplaced and is asked about
    "bound": ("at least", "at most", "equal to", "not equal to"),
}

_PER_HEAD = lazy_re.compile(r"\b(?:pro|je)\s+kopf\b|\bper\s+(?:capita|head)\b")
_NOT_COUNTING = lazy_re.compile(r"\b(?:not|without)\s+counting\b|\bnicht\s+mitgezahlt\b|\bohne\s+mitzuzahlen\b")
_ORDER_NOUNS = (r"(?:orders?|purchases?|bestellungen|bestellung|auftragen|auftrage|kaufen|kaufe|einkaufen|"
                rf"{order_words_pattern()})")
_FEWER = lazy_re.compile(
    rf"\b(?:fewer|less)\s+than\s+(?P<n>\d+)\s+(?P<noun>{_ORDER_NOUNS})\b"
    rf"|\bweniger\s+als\s+(?P<n2>\d+)\s+(?P<noun2>{_ORDER_NOUNS})\b"
)
_HOW_MUCH_BOUGHT = lazy_re.compile(
    r"\b(?:how\s+much|wie\s+viel|wieviel)\b.*\b(?:buy|buys|bought|purchase|purchased|order|ordered|spend|spent|"
    r"kaufen|kauft|kauften|gekauft|eingekauft|bestellt|bestellen|ausgegeben)\b"
    # "total spend H1 1997", "average spend per customer": spend as a noun is the money spent
    r"|\b(?:total|overall|average|avg|mean|customer)\s+(?:spend|spending)\b"
)

# a bare class beside an ABC analysis is the ABC class ('ABC analysis: share of revenue per class'); alone it is
# asked back (a client's own 'Class' column may be meant)
_ABC = lazy_re.compile(r"\babc\b")
# "etwas bestellt / gekauft": 'something' before a verb of buying says only that they bought (as English 'anything')
_SOMETHING_BOUGHT = lazy_re.compile(r"\b(?:etwas|irgendetwas|irgendwas)\s+(?=(?:bestellt|gekauft|eingekauft|gebucht|"
                               r"bestellen|kaufen|einkaufen)\b)")
_BARE_CLASS = lazy_re.compile(r"(?<!abc )\b(class|classes|klasse|klassen)\b")
# "how many female customers in Spain left", "customers who have left": 'left' closing a question about customers
# is churned (never "are left", the ones remaining)
_LEFT = lazy_re.compile(r"(?<!\bare )(?<!\bis )(?<!\bwere )(?<!\bstill )\bleft(?:\s+(?:us|the\s+(?:bank|company|firm)))?"
                        r"(?=(?:\s+(?:in|during)\s+\S+(?:\s+\S+)?)?\s*[?.!]?\s*$)")  # "left the bank": churned, all
_CUSTOMER_NOUN = lazy_re.compile(r"\b(?:customers?|clients?|members?|subscribers?|accounts?|users?)\b")
# "worst month in terms of revenue": the measure a ranking or grouping is read by, as 'by revenue'
_IN_TERMS_OF = lazy_re.compile(r"\bin\s+terms\s+of\b")


# "Welches Land liegt auf Platz 2?", "which country is in second place": the ranking down to that place (its last
# row is the one asked for)
_PLACE = lazy_re.compile(r"\b(?:auf|an|in|at)\s+(?:(?:dem|der|the)\s+)?(?:platz|rang|place|rank|position)\s+"
                         r"(?P<n>[2-9]|1[0-9])\b")


def rewrite(rest: str) -> str:
    """The folded question with everyday phrasings in the words the parser reads: "pro Kopf" is per
    customer on average, "not counting" excludes, "fewer than 3 orders" is at most 2 orders."""
    rest = _PER_HEAD.sub(
        lambda m: " average per customer " if m.group(0).startswith("per") else " im schnitt pro kunde ", rest
    )  # a figure per head is the mean over the customers, never one row per customer
    rest = _NOT_COUNTING.sub(lambda m: " ohne " if m.group(0).startswith(("nicht", "ohne")) else " excluding ", rest)

    def fewer(m: re.Match) -> str:
        n = int(m.group("n") or m.group("n2"))
        if n < 2:  # "fewer than 1 order" is no customer at all: left for the parser to ask about
            return m.group(0)
        return f" at most {n - 1} orders " if m.group("n") else f" hochstens {n - 1} bestellungen "

    rest = _SOMETHING_BOUGHT.sub("", rest)
    rest = _IN_TERMS_OF.sub(" by ", rest)
    if _CUSTOMER_NOUN.search(rest):
        rest = _LEFT.sub("churned", rest)
    rest = _PLACE.sub(lambda m: f" top {m.group('n')} ", rest)
    if _ABC.search(rest):
        rest = _BARE_CLASS.sub(lambda m: f"abc {m.group(1)}", rest)
    return _FEWER.sub(fewer, rest)


def hyphen_quote(rest: str, known: set[str], ordinary: set[str] | frozenset[str]) -> str:
    """'Churn-Quote' → 'churn rate', 'Storno-Quote' → 'stornoquote' (the joined compound where it is ``known``);
    after an ordinary word ('die Quote') the quota stays unknown."""
    if not _HYPHEN_QUOTE.search(rest):
        return rest

    def repl(m: re.Match) -> str:
        if m.group(1) in ordinary:
            return m.group(0)
        joined = f"{m.group(1)}{m.group(2)}"
        return joined if joined in known else f"{m.group(1)} rate"

    return _HYPHEN_QUOTE.sub(repl, rest)


# "Churn-Quote", "Retouren-Quote": a hyphenated German "-quote" after a word is that word's rate
_HYPHEN_QUOTE = lazy_re.compile(r"\b([a-z]{3,})\s+(quote)\b")


def asks_for_an_amount_bought(text: str) -> bool:
    """ "How much did Australia buy?", "Wie viel hat Kunde X gekauft?", "total spend": an amount of buying is
    revenue (unless the question names another metric)."""
    return _HOW_MUCH_BOUGHT.search(text) is not None


def source_words(source: str) -> frozenset[str]:
    """The words of the data set's own name ('CDNOW_master.txt' → cdnow, master): "Wiederkaufrate bei CDNOW"
    names the data the question is asked of, nothing to filter or compute."""
    from pathlib import PurePath

    from insight.semantic.text import fold

    stem = PurePath(source).stem if source else ""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|[^0-9A-Za-zÄÖÜäöüß]+", " ", stem)
    return frozenset(w for w in fold(spaced).split() if len(w) >= 3 and not w.isdigit())


# A word the contract gives several meanings (metrics.md, "Customer value (Kundenwert)"): asked alone or in a
# bare question frame ("Kundenwert?", "Wie hoch ist der Kundenwert?", "Was ist unser Kundenwert?"), with no
# other word to lean on, it is asked back with those meanings; in a fuller question — a grouping, a ranking,
# a qualifier — the documented default (the predicted CLV) stands ("Kundenwert nach Akquisekanal",
# "Welche Kunden haben den höchsten Kundenwert?", "Gesamter Kundenwert").
AMBIGUOUS_ALONE: dict[str, tuple[str, ...]] = {
    "kundenwert": ("customer_capital", "clv", "customer_value"),
    "kundenwerte": ("customer_capital", "clv", "customer_value"),
}


# the words of a bare question frame around one figure ("Wie hoch ist der …?", "what is our …?", "zeig mir den …")
_QUESTION_FRAME = frozenset(
    "wie hoch ist sind der die das den dem unser unsere unseren unserer was betragt bitte zeig zeige mir uns "
    "how high is what whats s our the show me please tell much viel".split())


def ambiguous_alone(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(the word, its meanings) when the whole question is one word of several meanings, else None."""
    from insight.semantic.text import fold

    words = [w for w in re.findall(r"[^\W_]+", fold(text)) if w not in _QUESTION_FRAME]
    if len(words) == 1 and words[0] in AMBIGUOUS_ALONE:
        return words[0], AMBIGUOUS_ALONE[words[0]]
    return None


# The people a family of metrics is computed over: "what share of respondents would buy again" asks the
# survey metric itself, the word names its population (a survey is answered by respondents).
POPULATION_WORDS: dict[str, frozenset[str]] = {
    "survey": frozenset(
        "respondents respondent participants participant surveyed interviewees answers "
        "befragte befragten befragter teilnehmer teilnehmern teilnehmende antworten "
        "umfrageteilnehmer umfrageteilnehmern".split()
    ),
}


def names_the_population(word: str, families: set[str]) -> bool:
    """Whether ``word`` only names whom metrics of these families are computed over."""
    return any(word in POPULATION_WORDS.get(f, ()) for f in families)


def _stems(word: str) -> set[str]:
    out = {word, word[:-3] + "y"} if word.endswith("ies") else {word}
    for suffix in ("es", "s", "en", "n", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            out.add(word[: -len(suffix)])
    return out


def names_the_column_of(word: str, column: str) -> bool:
    """'Large Deals' with 'Large' a value of DEALSIZE: 'deals' is the column's own word beside its value
    (the value's kind), not a new filter. A stem of 4+ letters that is a word of the column's name."""
    folded = column.lower()
    spaced = re.sub(r"[^a-z0-9]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", column)).lower().split()
    return any(stem in spaced or (len(stem) >= 4 and folded.startswith(stem)) for stem in _stems(word))


_BEFORE_A_NUMBER = r"(?=[-+]?\s*[€$£]?\s*\d)"  # 'LTV = S x C x P x t' and arrows are no comparisons
_SYMBOLS = (
    (lazy_re.compile(rf"\s*(?:>=|=>|≥)\s*{_BEFORE_A_NUMBER}"), " at least "),
    (lazy_re.compile(rf"\s*(?:<=|=<|≤)\s*{_BEFORE_A_NUMBER}"), " at most "),
    (lazy_re.compile(rf"\s*(?:!=|<>|≠)\s*{_BEFORE_A_NUMBER}"), " not equal to "),
    (lazy_re.compile(rf"(?<![-=])\s*>\s*{_BEFORE_A_NUMBER}"), " more than "),
    (lazy_re.compile(rf"\s*<(?![-=])\s*{_BEFORE_A_NUMBER}"), " less than "),
    (lazy_re.compile(rf"(?<![<>!=])\s*==?\s*{_BEFORE_A_NUMBER}"), " equal to "),
)


def comparison_symbols(text: str) -> str:
    """'Income >= 50000', 'AcceptedCmp3 = 1': the comparison signs as words, before the text is folded to letters
    and digits (which would drop the sign and leave a bare number). Decimal commas and points stay. A currency
    sign beside a number ('$50', '1.000 €', '£ 20') becomes its word after the number ('50 dollars'), so the
    amount keeps its unit."""
    for pattern, words in _SYMBOLS:
        text = pattern.sub(words, text)
    text = _SIGN_BEFORE.sub(lambda m: f" {m.group('n')}{m.group('k') or ''} {_CURRENCY_SIGNS[m.group('sign')]} ", text)
    return _SIGN_AFTER.sub(lambda m: f"{m.group('n')} {_CURRENCY_SIGNS[m.group('sign')]} ", text)


_CURRENCY_SIGNS = {"$": "dollars", "€": "euro", "£": "pounds"}
_SIGN_BEFORE = lazy_re.compile(r"(?<![\w$€£])(?P<sign>[$€£])\s?(?P<n>\d[\d.,]*\d|\d)(?P<k>k\b)?")
_SIGN_AFTER = lazy_re.compile(r"(?P<n>\d)\s?(?P<sign>[$€£])(?![\w$€£])")


_YEAR_WORD = lazy_re.compile(r"^(?:19|20)\d\d$")


# "(0–10)", "(1-5)" after a survey measure: the answer scale, said to explain, never a number to place
_SCALE_NOTE = lazy_re.compile(r"\(\s*[01]\s*(?:[–—-]|bis|to)\s*(?:5|7|10|100)\s*\)")


def scale_notes(text: str) -> str:
    """The text without answer scales in parentheses ('Mittelwert der NPS-Antworten (0–10)')."""
    return _SCALE_NOTE.sub(" ", text)


_PER_VALUE_CUSTOMER = lazy_re.compile(
    r"\b(?P<per>per|je|pro)\s+(?P<v>[a-z0-9_]+(?:\s+[a-z0-9_]+)?)\s+(?P<noun>customers?|kunden?|clients?|kundin)\b")


# people named by what they own or use, right after a value of the data ("Opel-Fahrer", "BMW drivers",
# "iPhone-Nutzer"): the customers with that value. Only after a value: 'Deal owner' or 'Fahrer' may be a column.
_OWNERS = lazy_re.compile(
    r"\b(?P<v>[a-z0-9_]+)\s+(?P<noun>fahrer|fahrerin|fahrerinnen|besitzer|besitzerin|besitzern|halter|nutzer|"
    r"nutzern|nutzerin|drivers|driver|owners|owner|users|user|holders|holder|inhaber|versicherte|versicherten|versicherter)\b")
_OWNER_EN = ("drivers", "driver", "owners", "owner", "users", "user", "holders", "holder")
# "insured with AOK", "bei der TK versichert": the customers with that value of the data (an insurer, a bank)
_INSURED_WITH = lazy_re.compile(r"\b(?:(?:are|is|were|who\s+are|that\s+are)\s+)?insured\s+(?:with|at|by)\s+(?P<v>[a-z0-9_]+)\b"
                           r"|\b(?:bei\s+(?:der\s+|dem\s+)?)(?P<v2>[a-z0-9_]+)\s+versichert(?:en|e)?\b")


def per_value_customer(norm: str, phrases: list[str]) -> str:
    """'average revenue per b2b customer', 'Umsatz je Online-Kunde': per customer, among the customers of that value
    of the data ('per customer b2b'), never a grouping by the value (which is no column); 'Opel-Fahrer', 'BMW
    drivers': the customers with that value."""
    known = set(phrases)

    def owners(m: re.Match) -> str:
        if m.group("v") not in known:
            return m.group(0)
        return f"{m.group('v')} {'customers' if m.group('noun') in _OWNER_EN else 'kunden'}"

    norm = _OWNERS.sub(owners, norm)

    def insured(m: re.Match) -> str:
        value = m.group("v") or m.group("v2")
        return f" {value} " if value in known else m.group(0)

    norm = _INSURED_WITH.sub(insured, norm)

    def repl(m: re.Match) -> str:
        if m.group("v") not in known:
            return m.group(0)
        return f"{m.group('per')} {m.group('noun')} {m.group('v')}"

    return _PER_VALUE_CUSTOMER.sub(repl, norm)


def protect_dated_values(norm: str, phrases: list[str]) -> str:
    """'Einlösequote Black Friday 2024', 'Kunden mit Two year Vertrag': a value of the data whose name holds a
    year (a campaign) or a number ('Two year', 'Gen 2') is joined with '_' so that the time words take neither
    as a window nor the number as a count; ``restore`` undoes it afterwards. After 'last' / 'letzten' the
    number is a span of time ('in the last two years'), never the value."""
    words = set(norm.split())
    found = [(spoken, phrase) for spoken, phrase in _with_numbers(tuple(phrases)) if set(spoken.split()) <= words]
    for spoken, phrase in sorted(found, key=lambda x: len(x[0]), reverse=True):
        if re.fullmatch(r"[\w ]+", phrase):
            norm = re.sub(rf"{_NOT_A_SPAN}\b{re.escape(spoken)}\b", phrase.replace(" ", "_"), norm)
    return norm


@lru_cache(maxsize=8)
def _with_numbers(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(as normalised text, phrase) for the phrases of two or more words holding a year or a number."""
    from insight.query.numbers import word_value, words_to_digits

    dated = [(p, p) for p in phrases if len(p.split()) >= 2 and any(_YEAR_WORD.match(w) for w in p.split())]
    numbered = [(" ".join(words_to_digits(p.split())), p) for p in phrases if len(p.split()) >= 2
                and not any(_YEAR_WORD.match(w) for w in p.split())
                and any(w.isdigit() or word_value(w) is not None for w in p.split())]
    return (*dated, *numbered)


_NOT_A_SPAN = "".join(f"(?<!{w} )" for w in ("last", "past", "next", "letzten", "vergangenen", "nachsten",
                                               "kommenden", "uber", "over", "than", "als"))


def restore(rest: str) -> str:
    """The text after the time words, with protected values as words again (normalised text has no '_')."""
    return rest.replace("_", " ")


# Places of web analytics: their conversion rate is visits → orders, which order and customer data cannot
# give (no sessions); the funnel here runs lead → contact → prospect → customer.
WEB_PLACES = frozenset(
    "website websites web webseite webseiten site homepage internetseite onlineshop webshop "
    "shop-website landingpage landing app online".split()
)


def web_conversion_word(reading: list[tuple[str, str]]) -> str | None:
    """The words read as the funnel ('conversion rate') when a web place stands right beside them
    ('website conversion rate', 'Konversionsrate der Webseite'), else None."""
    for i, (text, role) in enumerate(reading):
        if "metric:funnel" not in role:
            continue
        near = [t for t, _r in reading[max(0, i - 2) : i] + reading[i + 1 : i + 4]]
        if any(w in WEB_PLACES for t in near for w in t.split()):
            return text
    return None
