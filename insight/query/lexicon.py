"""The phrase lexicon the parser matches questions against: metrics, dimensions, values and grammar words.

Built once from the semantic model (plus per Dataset from its value index). A phrase may carry several
senses ("Kunden" is both the metric customers and the dimension customer_id); the parser decides.
Grammar words follow ThoughtSpot's idea of localised keywords (top n / beste n, by / nach / pro,
vs / gegenüber), but German and English may be mixed in one question.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from insight.query import fuzzy
from insight.semantic import SEMANTIC_MODEL
from insight.semantic.text import fold

KEYWORDS: dict[str, tuple[str, ...]] = {
    "count": ("how many", "wie viele", "wieviele", "wie viel", "wieviel", "number of", "anzahl", "anzahl der",
              "count", "zahl der", "count of", "total number of", "gesamtzahl"),
    "top": ("top", "best", "beste", "besten", "bester", "bestes", "highest", "hochste", "hochsten", "hochster",
            "hochstes", "most", "meisten", "meiste", "largest", "grosste", "grossten", "grosster", "groesste",
            "groessten", "biggest", "leading", "fuhrenden", "starksten", "strongest", "greatest", "am meisten",
            "am hochsten", "umsatzstarksten", "umsatzstarkste", "most active", "aktivsten"),
    "bottom": ("bottom", "worst", "schlechteste", "schlechtesten", "lowest", "niedrigste", "niedrigsten", "least",
               "wenigsten", "wenigste", "smallest", "kleinste", "kleinsten", "geringste", "geringsten", "weakest",
               "schwachsten", "fewest", "am wenigsten", "am niedrigsten"),
    "by": ("by", "per", "nach", "pro", "je", "each", "every", "jede", "jeder", "jedes", "jedem", "jeden", "across",
           "aufgeteilt nach", "broken down by", "breakdown", "break down", "aufschlusselung", "aufgeschlusselt",
           "split by", "grouped by", "gruppiert nach", "verteilung", "distribution", "for each", "fur jedes",
           "fur jede", "fur jeden", "in each", "in jedem", "in jeder", "getrennt nach", "aufteilung"),
    "trend": ("trend", "trends", "verlauf", "entwicklung", "over time", "im zeitverlauf", "zeitverlauf",
              "development", "history", "timeline", "time series", "zeitreihe", "evolution", "entwickelt",
              "progression", "developed", "evolved", "changed over"),
    "compare": ("vs", "versus", "compared to", "compared with", "compare", "comparison", "vergleich", "vergleiche",
                "im vergleich zu", "verglichen mit", "gegenuber", "gegen", "against", "than", "vergleichen"),
    "average": ("average", "avg", "mean", "durchschnitt", "durchschnittlich", "durchschnittliche",
                "durchschnittlicher", "durchschnittlichen", "durchschnittliches", "im schnitt", "mittel",
                "mittlere", "mittlerer", "mittleren", "typical", "per customer average"),
    "total": ("total", "sum", "gesamt", "insgesamt", "summe", "overall", "alle zusammen", "gesamte", "gesamten"),
    "which": ("which", "welche", "welcher", "welches", "welchen", "welchem", "who", "wer", "list", "liste", "auflisten",
              "zeig", "zeige", "show", "name", "nenne", "give me", "gib mir"),
    # past tense: customers already lost ("Wie viele Kunden haben wir verloren?") are churn, not a risk
    "lost": ("verloren", "abgewandert", "churned", "lost", "did we lose", "gegangen", "left us", "weggefallen"),
    "when": ("wann", "when", "zu welchem zeitpunkt", "at what time"),
    "why": ("why", "warum", "wieso", "weshalb", "how come", "explain this", "erklar das", "erklare das"),
    "define": ("what does mean", "was bedeutet", "was heisst", "definition", "definiere", "explain",
               "erklare", "erklar", "erklaere", "how is calculated", "wie wird berechnet", "how do you calculate",
               "wie berechnet", "meaning", "bedeutung", "what is meant by", "was versteht man unter",
               "how is defined", "wie ist definiert", "berechnet", "calculated", "defined", "definiert"),
    "only": ("only", "nur", "just", "lediglich", "ausschliesslich"),
    "not": ("not", "nicht", "except", "excluding", "ausser", "exklusive", "without", "ohne"),
    "valuable": ("valuable", "most valuable", "wertvollste", "wertvollsten", "wertvollen", "wertvoll",
                 "wertvollster", "wichtigsten", "most important", "value"),
    "describe": ("describe", "beschreibe", "beschreib", "charakterisiere", "who are", "wer sind",
                 "tell me about", "erzahl mir", "what characterises", "was zeichnet", "profil von",
                 "profile of", "typical member"),
    "same": ("same", "gleiche", "dasselbe", "selbe", "das gleiche", "the same", "ebenso", "also", "auch",
             "dito", "same for", "gleiche fur"),
    "now": ("now", "jetzt", "nun", "then", "dann"),
    "and": ("and", "und", "sowie", "plus", "or", "oder"),
    "sorted_asc": ("ascending", "aufsteigend"),
    "share": ("anteil", "anteile", "share", "prozent", "percentage", "percent", "wie viel prozent",
              "welcher anteil", "what share"),
    "churn_words": ("churn", "churned", "churning", "abwandern", "abgewandert", "abwanderung", "leave", "leaving",
                    "verlassen", "verlieren", "lose", "losing", "inaktiv", "inactive", "dormant"),
}
# Verbs that ask for revenue when the question names no metric ("Was haben wir 2010 umgesetzt?",
# "How much did we sell in 2011?"); with a metric named they are ordinary words.
REVENUE_VERBS = frozenset(
    "umgesetzt umsetzen setzen eingenommen einnehmen verkauft verkaufen erwirtschaftet erwirtschaften erlost "
    "verdient verdienen sold sell earned earn made make generated generate".split())
# Ordinary words: not content, never fuzzy-matched, never reported as unknown.
STOPWORDS = set(
    "a an the of in on at for to from with and or is are was were be been being do does did have has had we our "
    "you your i me my it its this that these those there here what how much many which who whom whose when "
    "where why please can could would should will shall may might must let lets show tell give get got make "
    "made did done place placed gain gained us them they their as so than then also about into over under up "
    "down out all any some each every per by via vs not no yes only just more most less least very really "
    "der die das den dem des ein eine einer eines einem einen und oder ist sind war waren wird werden wurde "
    "wurden hat haben hatte hatten gibt gab es im in am an auf aus bei mit nach von vom zu zum zur fur uber "
    "unter wie was wer wo wann warum welche welcher welches welchen viel viele hoch hohe hoher bitte mir uns "
    "wir ihr sie er man mal noch schon auch nur so da dann denn doch ja nein kein keine keinen keinem sich "
    "alle allen aller alles insgesamt gemacht machen macht bestellt gekauft kaufen gekauft zeig zeige zeigen "
    "liste gesamt total sum ganze ganzen dabei davon dazu bisher bis seit ab etwa ca rund ungefahr "
    "value values wert werte zahl zahlen number numbers amount betrag hohe level hoehe current aktuell "
    "s t d e morgen heute gestern wetter weather tomorrow today yesterday".split()
) | REVENUE_VERBS


@dataclass(frozen=True)
class Sense:
    """What a phrase can mean: ('metric', name), ('dim', name), ('value', dimension, value) or ('kw', name)."""

    kind: str
    name: str
    value: object = None


# Verb phrases that carry a metric and a ranking at once ("Welche drei Kunden haben am meisten bestellt?").
COMPOUND_PHRASES: dict[str, tuple[Sense, ...]] = {}


def _compound(phrases: tuple[str, ...], *senses: Sense) -> None:
    for phrase in phrases:
        COMPOUND_PHRASES[phrase] = senses


def _add(table: dict[tuple[str, ...], list[Sense]], phrase: str, sense: Sense) -> None:
    key = tuple(fold(phrase).split())
    if key and sense not in table.setdefault(key, []):
        table[key].append(sense)


_compound(("am meisten bestellt", "am haufigsten bestellt", "ordered the most", "ordered most", "most often ordered"),
          Sense("metric", "orders"), Sense("kw", "top"))
_compound(("am wenigsten bestellt", "ordered the least"), Sense("metric", "orders"), Sense("kw", "bottom"))
_compound(("am meisten gekauft", "am meisten ausgegeben", "spent the most", "bought the most"),
          Sense("metric", "revenue"), Sense("kw", "top"))


@lru_cache(maxsize=1)
def static_lexicon() -> dict[tuple[str, ...], list[Sense]]:
    """Phrases of the semantic model and the grammar words (cached for the process)."""
    table: dict[tuple[str, ...], list[Sense]] = {}
    for metric in SEMANTIC_MODEL.metrics.base.values():  # built-ins only: this table is cached per process
        for phrase in metric.synonyms():
            _add(table, phrase, Sense("metric", metric.name))
    for dim in SEMANTIC_MODEL.dimensions.base.values():
        for phrase in dim.synonyms():
            _add(table, phrase, Sense("dim", dim.name))
    for name, phrases in KEYWORDS.items():
        for phrase in phrases:
            _add(table, phrase, Sense("kw", name))
    for phrase, senses in COMPOUND_PHRASES.items():
        for sense in senses:
            _add(table, phrase, sense)
    return table


@lru_cache(maxsize=1)
def static_words() -> tuple[set[str], list[str]]:
    """Single known words (for compounds) and the fuzzy vocabulary (5+ letters, no stopwords)."""
    words = {w for key in static_lexicon() for w in key}
    singles = {key[0] for key in static_lexicon() if len(key) == 1}
    vocab = sorted(w for w in words if len(w) >= 5 and w not in STOPWORDS and not w.isdigit())
    return singles, vocab


@dataclass(frozen=True)
class Mention:
    """A span of question tokens that matched a phrase (or was recovered by fuzzy matching)."""

    start: int
    end: int
    text: str
    senses: tuple[Sense, ...]
    fuzzy: bool = False


MAX_PHRASE = 8


def match(tokens: list[str], values: dict[tuple[str, ...], list[Sense]]) -> tuple[list[Mention], list[str]]:
    """Greedy longest-match of the tokens against the lexicon (values first on equal length).

    Returns the mentions in order and the content words nobody understood.
    """
    lexicon = static_lexicon()
    singles, vocab = static_words()
    mentions: list[Mention] = []
    unknown: list[str] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + n])
            senses = [*values.get(key, []), *lexicon.get(key, [])]
            if senses:
                hit = Mention(i, i + n, " ".join(key), tuple(senses))
                break
        if hit is None:
            hit = _recover(tokens[i], i, lexicon, values, singles, vocab)
        if hit is not None:
            mentions.extend(hit if isinstance(hit, list) else [hit])
            i = (hit[-1] if isinstance(hit, list) else hit).end
            continue
        word = tokens[i]
        if word not in STOPWORDS and not word.isdigit() and len(word) > 2:
            unknown.append(word)
        i += 1
    return mentions, unknown


def _recover(word: str, i: int, lexicon, values, singles, vocab) -> Mention | list[Mention] | None:
    if word in STOPWORDS or word.isdigit() or len(word) < 4:
        return None
    for variant in fuzzy.variants(word):
        senses = [*values.get((variant,), []), *lexicon.get((variant,), [])]
        if senses:
            return Mention(i, i + 1, word, tuple(senses), fuzzy=True)
    parts = fuzzy.split_compound(word, singles)
    if parts:
        return [Mention(i, i + 1, word, tuple(lexicon[(p,)]), fuzzy=True) for p in parts]
    head = fuzzy.head_word(word, {w for w in singles if len(w) >= 5})
    if head:
        senses = [s for s in lexicon[(head,)] if s.kind in ("metric", "dim")]
        if senses:
            return Mention(i, i + 1, word, tuple(senses), fuzzy=True)
    value_words = [k[0] for k in values if len(k) == 1 and len(k[0]) >= 7]  # short values only match exactly
    best = fuzzy.closest(word, [*vocab, *value_words])
    if best:
        senses = [*values.get((best[0],), []), *lexicon.get((best[0],), [])]
        if senses:
            return Mention(i, i + 1, word, tuple(senses), fuzzy=True)
    return None


def value_lexicon(index: dict[str, list[tuple[str, object]]]) -> dict[tuple[str, ...], list[Sense]]:
    """The value index as lexicon entries."""
    return {tuple(k.split()): [Sense("value", dim, value) for dim, value in pairs] for k, pairs in index.items()}
