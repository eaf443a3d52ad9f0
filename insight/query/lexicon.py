"""The phrase lexicon the parser matches questions against: metrics, dimensions, values and grammar words.

Built once from the semantic model (plus per Dataset from its value index). A phrase may carry several
senses ("Kunden" is both the metric customers and the dimension customer_id); the parser decides.
Grammar words follow ThoughtSpot's idea of localised keywords (top n / beste n, by / nach / pro,
vs / gegenüber), but German and English may be mixed in one question.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from insight.query import everyday, fuzzy, phrasing
from insight.query.numbers import is_amount
from insight.semantic import SEMANTIC_MODEL
from insight.semantic.model import Dimension, Metric
from insight.semantic.text import fold
from insight.language import CJK_LETTERS
from insight.query import lazy_re

# currency words → ISO code (folded, singular and plural, German and English)
MONEY_UNITS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "us dollar": "USD", "us dollars": "USD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "pfund": "GBP", "gbp": "GBP", "pound sterling": "GBP",
    "franken": "CHF", "franc": "CHF", "francs": "CHF", "chf": "CHF",
}

KEYWORDS: dict[str, tuple[str, ...]] = {
    "count": ("how many", "wie viele", "wieviele", "wie viel", "wieviel", "number of", "anzahl", "anzahl der",
              "count", "zahl der", "count of", "total number of", "gesamtzahl"),
    "top": ("top", "best", "beste", "besten", "bester", "bestes", "highest", "hochste", "hochsten", "hochster",
            "hochstes", "most", "meisten", "meiste", "largest", "grosste", "grossten", "grosster", "groesste",
            "groessten", "biggest", "leading", "fuhrenden", "starksten", "strongest", "greatest", "am meisten",
            "am hochsten", "umsatzstarksten", "umsatzstarkste", "most active", "aktivsten"),
    "bottom": ("bottom", "worst", "schlechteste", "schlechtesten", "lowest", "niedrigste", "niedrigsten", "niedrigster", "least",
               "wenigsten", "wenigste", "smallest", "kleinste", "kleinsten", "kleinster", "geringste", "geringsten", "weakest",
               "schwachsten", "fewest", "am wenigsten", "am niedrigsten"),
    "maximum": ("maximum", "maximal", "maximale", "maximaler", "maximales", "maximalen", "max", "hochstwert",
                "hochstbetrag"),
    "minimum": ("minimum", "minimal", "minimale", "minimaler", "minimales", "minimalen", "min", "mindestwert",
                "kleinstwert"),
    "by": ("by", "per", "nach", "pro", "je", "each", "every", "jede", "jeder", "jedes", "jedem", "jeden", "across",
           "aufgeteilt nach", "broken down by", "breakdown", "break down", "aufschlusselung", "aufgeschlusselt",
           "split by", "grouped by", "gruppiert nach", "verteilung", "distribution", "for each", "fur jedes",
           "fur jede", "fur jeden", "in each", "in jedem", "in jeder", "getrennt nach", "aufteilung"),
    "trend": ("trend", "trends", "verlauf", "entwicklung", "over time", "im zeitverlauf", "zeitverlauf",
              "development", "history", "timeline", "time series", "zeitreihe", "evolution", "entwickelt",
              "progression", "developed", "evolved", "changed over", "develop", "develops", "evolve"),
    "compare": ("vs", "versus", "compared to", "compared with", "compare", "comparison", "vergleich", "vergleiche",
                "im vergleich zu", "verglichen mit", "gegenuber", "gegen", "against", "than", "vergleichen",
                "ggu"),  # 'ggü.': the consultant's abbreviation of gegenüber
    "average": ("average", "avg", "mean", "durchschnitt", "durchschnittlich", "durchschnittliche",
                "durchschnittlicher", "durchschnittlichen", "durchschnittliches", "im schnitt", "mittel",
                "mittlere", "mittlerer", "mittleren", "typical", "per customer average"),
    # the middle value of per-order / per-customer / per-row figures (query/median.py), never their mean
    "median": ("median", "medians", "medianer", "mediane", "medianen", "medianes", "medianwert", "zentralwert"),
    # several values or the top N added up into one figure (query/together.py)
    "together": ("zusammen", "zusammengenommen", "zusammengerechnet", "together", "combined", "taken together",
                 "added up", "addiert"),
    "total": ("total", "sum", "gesamt", "insgesamt", "summe", "overall", "alle zusammen", "gesamte", "gesamten"),
    "which": ("which", "welche", "welcher", "welches", "welchen", "welchem", "who", "wer", "list", "liste", "auflisten",
              "zeig", "zeige", "show", "name", "nenne", "give me", "gib mir"),
    # past tense: customers already lost ("Wie viele Kunden haben wir verloren?") are churn, not a risk
    "lost": ("verloren", "abgewandert", "churned", "lost", "did we lose", "gegangen", "left us", "weggefallen", "gekundigt", "gekuendigt",
             # separable verbs joined ("springen … ab", "steigen … aus": separable.py)
             "abgesprungen", "ausgestiegen"),
    "when": ("wann", "when", "zu welchem zeitpunkt", "at what time"),
    "why": ("why", "warum", "wieso", "weshalb", "how come", "explain this", "erklar das", "erklare das"),
    "define": ("what does mean", "was bedeutet", "was heisst", "definition", "definiere", "explain",
               "erklare", "erklar", "erklaere", "how is calculated", "wie wird berechnet", "how do you calculate",
               "wie berechnet", "meaning", "bedeutung", "what is meant by", "was versteht man unter",
               "how is defined", "wie ist definiert", "berechnet", "calculated", "defined", "definiert"),
    "only": ("only", "nur", "just", "lediglich", "ausschliesslich"),
    "not": ("not", "nicht", "except", "excluding", "ausser", "exklusive", "without", "ohne", "ausserhalb",
            "outside", "outside of", "other than", "ausgenommen", "excl", "exkl", "apart from", "abgesehen von"),
    "valuable": ("valuable", "most valuable", "wertvollste", "wertvollsten", "wertvollen", "wertvoll",
                 "wertvollster", "wichtigsten", "wichtigste", "wichtigster", "most important", "value"),
    "describe": ("describe", "beschreibe", "beschreib", "charakterisiere", "who are", "wer sind",
                 "tell me about", "erzahl mir", "what characterises", "was zeichnet", "profil von",
                 "profile of", "typical member"),
    "same": ("same", "gleiche", "dasselbe", "selbe", "das gleiche", "the same", "ebenso", "also", "auch",
             "dito", "same for", "gleiche fur"),
    "now": ("now", "jetzt", "nun", "then", "dann"),
    "and": ("and", "und", "sowie", "plus", "or", "oder"),
    # a sort order of the whole table, no top N: "Churn rate nach Land, niedrigste zuerst" (parser._sort_order)
    "sorted_asc": ("ascending", "aufsteigend", "aufsteigend sortiert", "lowest first", "smallest first",
                   "niedrigste zuerst", "niedrigsten zuerst", "kleinste zuerst", "kleinsten zuerst",
                   "geringste zuerst", "geringsten zuerst", "sorted ascending", "in ascending order",
                   "lowest to highest", "smallest to largest", "niedrigsten zum hochsten", "kleinsten zum grossten"),
    "sorted_desc": ("descending", "absteigend", "absteigend sortiert", "highest first", "largest first",
                    "hochste zuerst", "hochsten zuerst", "grosste zuerst", "grossten zuerst",
                    "sorted descending", "in descending order", "highest to lowest", "largest to smallest",
                    "hochsten zum niedrigsten", "grossten zum kleinsten"),
    "share": ("anteil", "anteile", "share", "prozent", "percentage", "percent", "wie viel prozent", "fraction",
              "proportion", "ratio",
              "welcher anteil", "what share"),
    # the future: orders then mean expected orders (BG/NBD), value the predicted CLV
    "future": ("expected", "expect", "predicted", "predict", "forecast", "forecasted", "projected", "will order",
               "erwartet", "erwarten", "erwartete", "erwarteten", "prognose", "prognostiziert", "vorhersage",
               "voraussichtlich", "kunftig", "kunftige", "kunftigen", "werden bestellen"),
    # a currency named beside a money figure ("Total sales in dollars", "Umsatz in Euro"): checked against the
    # data's currency by the parser, never a silent conversion
    "money_unit": tuple(MONEY_UNITS),
    "churn_words": ("churn", "churned", "churning", "abwandern", "abgewandert", "abwanderung", "leave", "leaving",
                    "verlassen", "verlieren", "lose", "losing", "inaktiv", "inactive", "dormant"),
}
# Verbs that ask for revenue when the question names no metric ("Was haben wir 2010 umgesetzt?",
# "How much did we sell in 2011?"); with a metric named they are ordinary words.
REVENUE_VERBS = frozenset(
    "spenders spender money geld take took taken takings einnahme "
    "umgesetzt umsetzen setzen eingenommen einnehmen verkauft verkaufen erwirtschaftet erwirtschaften erlost "
    "verdient verdienen sold sell earned earn made make generated generate bill billed invoiced".split())
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
    "s t d e morgen heute gestern tomorrow today yesterday beim dort "
    # verbs of using say no more than 'haben' beside what is used ("Wie viel Prozent der Kunden nutzen
    # Online-Banking?", "customers who use PayPal")
    "nutzen nutzt benutzen benutzt use uses using".split()
) | REVENUE_VERBS


# Known filler words of each language: politeness, framing and the everyday verbs of buying, coming and
# keeping that never change what is computed ("Which country brings the most revenue?", "Könnten Sie mir
# bitte sagen ..."). A word that is neither a mention, a stopword nor a filler is a content word the plan
# does not use: the question is asked back naming it (answers.md, "No silent substitution").
FILLER_EN = frozenset(
    "if whether among amongst hi hello hey thanks thank lot cheers quick question please kindly could would mind trouble thats whats "
    "say says said "  # "share of respondents who say they would buy again"
    "whos heres theres lets let know like want wanted need needed see look looking interested curious wonder "
    "wondering tell telling show showing give giving find found check checked figure out overview "
    "come comes came coming bring brings brought bringing acquire acquired acquiring win won gain gained keep kept "
    "keeping retain retained hold held buy buys bought buying purchase purchased purchasing order ordered ordering "
    "shop shopped spend spends spent spending pay paid paying sell sold selling generate generated "
    "earn earned make makes made bring did does doing done happen happened go went going get gets getting "
    "currently right now actually roughly approximately about around exactly overall altogether currently "
    "still yet ever already really quite pretty so far recently usually typically often frequently "
    "different distinct unique individual single separate various respective respectively own "
    "instead again also too either neither whole entire full complete actual real "
    "customers customer clients client ones one them those people "
    "take takes took taken book booked booking rank ranked ranking sort sorted order cannot cant serve served "
    "recommend recommended suggest suggested advise advice propose distribute distributed distribution spread during between break broken base file files hold holds held contain contains something anything everything "
    "back net side each sale real regular loyal repeat genuine actual valid overall entire calendar fiscal business whole "
    "analysis analyse analyze analysed report breakdown figures figure numbers metrics metric kpi kpis stats "
    "statistics data dataset table chart list overview summary look set account accounts level levels "
    "tier tiers survey surveys "
    "through given gave issued granted receive received issue issues billed invoiced charged separately "
    "grateful thankful appreciate appreciated kindly".split())  # 'revenue that came through PayPal', 'discount given', 'invoices issued'
FILLER_DE = frozenset(
    "bekommen bekamen erhalten "
    "lasst lassen lasse liess liessen datensatz datensatzen datei konto konten stufe stufen niveau "
    "vermutlich mutmasslich "  # hedges: "Wie viele Kunden sind vermutlich abgesprungen (…)?"
    "basis grundlage "  # "Wiederkaufrate nur auf Basis 2011": the window named after it is what counts
    "hallo moin servus guten tag danke dankeschon bitte bitteschon gern gerne ich mochte mochten hatte hatten "
    "gewusst wissen weiss sagen sag sagt konnten konnen konnte kannst konntest wurden wurde wurdest "
    "freundlich moglich bitten frage fragen kurze kurz interessiert interessiert mich mal eben schnell "
    "sehen sieht aus anschauen ansehen zeigen zeigt finden gefunden uberblick ubersicht "
    "kommen kommt kam kamen gekommen bringen bringt brachten gebracht gewinnen gewonnen gewonnenen halten gehalten "
    "behalten kaufen kauft kauften gekauft einkaufen eingekauft bestellen bestellt bestellten bestellte "
    "ausgeben ausgegeben bezahlen bezahlt zahlen gezahlt erzielen erzielt erzielten generieren generiert "
    "gehoren gehort gehorten liegen liegt lagen stehen steht standen sein gewesen geworden "
    "aktuell derzeit momentan gerade eigentlich genau ungefahr circa insgesamt bisher jeweils jeweilige "
    "verschiedene verschiedenen verschiedener unterschiedliche unterschiedlichen unterschiedlicher einzelne einzelnen eigenen eigene "
    "stattdessen nochmal wieder ebenfalls ganz ganze ganzen vollstandig tatsachlich wirklich "
    "unser unsere unserer unseren unserem unseres mein meine meinen meiner euer eure ihre ihren ihrer "
    "sollen sollten soll sollte mussen muss musste durfen darf gross grosse groesse wahrscheinlich "
    "kunden kunde kundinnen leute diejenigen denen deren dessen jene jenen "
    "empfehlen empfehlt empfiehlst vorschlagen schlagen vor raten ratet "
    "verteilen verteilt verteilung verteilten nebeneinander laut gemass versteht verstehen versteh verstanden rein herein reingekommen hereingekommen "
    "netto kalenderjahr geschaftsjahr datei enthalt enthalten ungefahre rangliste sortiert sortieren reihenfolge "
    "analyse auswertung bericht aufstellung zahlen kennzahl kennzahlen statistik daten tabelle diagramm liste "
    "gewahrt gewahrte gewahrten ausgestellt ausgestellte ausgestellten gegeben geleistet leisten geleistete "
    "berechnet abgerechnet abgerechnete fakturiert fakturierte fakturierten ham getrennt einzeln "
    "wollen will willst wollten geben gibst "
    "verraten verratet verrat mitteilen dankbar".split())  # polite: "Könnten Sie mir bitte verraten, …"  # 'Zuzahlung geleistet', 'abgerechnete Plätze', 'ham' = haben
FILLER_WORDS = FILLER_EN | FILLER_DE | phrasing.FILLERS | everyday.FILLERS


# Words for concepts the data may not have, with the built-in names closest in meaning: offered when the
# word is asked back ("Umsatz nach Region" → "Meinten Sie: Land?"), never read as them.
RELATED: dict[str, tuple[str, ...]] = {
    "region": ("country",), "regions": ("country",), "regionen": ("country",), "bundesland": ("country",),
    "state": ("country",), "states": ("country",), "territory": ("country",), "gebiet": ("country",),
    "category": ("product_id",), "categories": ("product_id",), "kategorie": ("product_id",),
    "warengruppe": ("product_id",), "brand": ("product_id",), "marke": ("product_id",),
    "segment": ("rfm_segment", "abc_class"), "branch": ("channel",), "filiale": ("channel",),
    "store": ("channel",), "supplier": ("product_id",), "lieferant": ("product_id",),
}


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


_compound(("am meisten bestellt", "am haufigsten bestellt", "am meisten bestellen", "am haufigsten bestellen",
           "am meisten bestellten", "ordered the most", "ordered most", "most often ordered"),
          Sense("metric", "orders"), Sense("kw", "top"))
_compound(("will order most", "will order the most", "will buy most", "will buy the most", "will purchase most",
           "will purchase the most"), Sense("metric", "orders"), Sense("kw", "top"), Sense("kw", "future"))
_compound(("order the most", "order most", "buy the most often", "purchase the most"),
          Sense("metric", "orders"), Sense("kw", "top"))
_compound(("am wenigsten bestellt", "am wenigsten bestellen", "ordered the least"), Sense("metric", "orders"), Sense("kw", "bottom"))
# "mit den meisten Käufen" (the noun Kauf, folded like the verb kaufen): the number of orders, ranked
_compound(("meisten kaufen", "meisten einkaufen", "meisten kaufe", "most purchases", "most orders",
           "haufigsten kaufen", "meisten bestellungen", "meisten auftragen"), Sense("metric", "orders"), Sense("kw", "top"))
_compound(("wenigsten kaufen", "wenigsten einkaufen", "fewest purchases", "fewest orders", "wenigsten bestellungen"),
          Sense("metric", "orders"), Sense("kw", "bottom"))
_compound(("am meisten gekauft", "am meisten ausgegeben", "spent the most", "bought the most"),
          Sense("metric", "revenue"), Sense("kw", "top"))

# a superlative of "profitable" ranks by profit ("the 3 least profitable sub-categories"); "profitable" alone
# stays unknown ("profitable customers" are a population, not the profit)
_compound(("most profitable", "am profitabelsten", "profitabelste", "profitabelsten", "profitabelster",
           "profitabelstes", "rentabelste", "rentabelsten", "gewinnstarkste", "gewinnstarksten"),
          Sense("metric", "profit"), Sense("kw", "top"))
_compound(("least profitable", "am wenigsten profitabel", "am wenigsten profitablen", "unprofitabelste",
           "unprofitabelsten", "gewinnschwachste", "gewinnschwachsten"), Sense("metric", "profit"), Sense("kw", "bottom"))


@lru_cache(maxsize=1)
def static_lexicon() -> dict[tuple[str, ...], list[Sense]]:
    """Phrases of the semantic model and the grammar words (cached for the process)."""
    table: dict[tuple[str, ...], list[Sense]] = {}
    counting = {fold(p) for p in KEYWORDS["count"]}  # "count" is grammar ("count of customers"), never a metric
    for metric in SEMANTIC_MODEL.metrics.base.values():  # built-ins only: this table is cached per process
        for phrase in metric.synonyms():
            if fold(phrase) not in counting:
                _add(table, phrase, Sense("metric", metric.name))
    for dim in SEMANTIC_MODEL.dimensions.base.values():
        for phrase in dim.synonyms():
            _add(table, phrase, Sense("dim", dim.name))
    for keywords in (KEYWORDS, phrasing.KEYWORD_PHRASES):
        for name, phrases in keywords.items():
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
    corrected: str | None = None  # the known word a typo was read as (shown in the answer's `understood`)


MAX_PHRASE = 8
_CJK_WORD = lazy_re.compile(f"[{CJK_LETTERS}]")


@lru_cache(maxsize=1)
def _trade_keys() -> frozenset[tuple[str, ...]]:
    from insight.semantic.trade_words import TRADE_WORDS

    return frozenset(tuple(fold(w).split()) for w in TRADE_WORDS)


def _inflected_data_word(key: tuple[str, ...], values: dict[tuple[str, ...], list[Sense]]) -> list[Sense]:
    """The data's senses of a phrase whose one word differs from a client's header or value by an English
    plural 's' ('tips' names 'Tip', 'weddings' the value 'Wedding'; "accept marketing" names 'Accepts
    Marketing'): only the data's own words (the catalogue has its inflections), never a word of three letters."""
    for j, word in enumerate(key):
        if len(word) < 3 or not word.isalpha():
            continue
        if word.endswith("s") and not word.endswith("ss") and len(word) >= 4:
            k = (*key[:j], word[:-1], *key[j + 1:])
            if k in values:
                return list(values[k])
        k = (*key[:j], word + "s", *key[j + 1:])
        if len(key) >= 2 and len(word) >= 4 and k in values and any(s.kind in ("dim", "metric") for s in values[k]):
            return [s for s in values[k] if s.kind in ("dim", "metric")]
    return []


def _senses(key: tuple[str, ...], values: dict[tuple[str, ...], list[Sense]],
            lexicon: dict[tuple[str, ...], list[Sense]]) -> list[Sense]:
    """The data's senses of a phrase first, then the catalogue's; another trade's word for customers or orders
    ('Gast', 'Tickets') that names one of the client's columns is that column only, never also the catalogue's
    customers / orders (no silent substitution of the column by the entity); one that is a value of the data
    ('charges' beside a Type 'charge') is that value."""
    own = values.get(key, [])
    builtin = lexicon.get(key, [])
    if not own and builtin and key in _trade_keys():  # 'charges' beside a value 'charge': the data's word first
        own = [x for x in _inflected_data_word(key, values) if x.kind == "value"]
    if own and builtin and key in _trade_keys() and any(s.kind in ("dim", "metric", "value") for s in own):
        # a value too: 'charges' beside a balance history's Type 'charge' are those lines, not every order
        builtin = [s for s in builtin if s.kind not in ("dim", "metric")]
    if any(s.kind == "value" for s in own):  # 'Umsatz mit Development': the data's item, not a trend ('development')
        builtin = [s for s in builtin if not (s.kind == "kw" and s.name == "trend")]
    return [*own, *builtin]


@lru_cache(maxsize=2)
def other_language_words(lang: str) -> frozenset[str]:
    """Words only the other language's labels and synonyms use: a typo is corrected within the question's
    own language ('Marke' is no typo of 'market')."""
    words: dict[str, set[str]] = {"de": set(), "en": set()}
    items: list[Metric | Dimension] = [*SEMANTIC_MODEL.metrics.base.values(), *SEMANTIC_MODEL.dimensions.base.values()]
    for item in items:
        for phrase in (item.label_de, *item.synonyms_de):
            words["de"].update(fold(phrase).split())
        for phrase in (item.label_en, *item.synonyms_en):
            words["en"].update(fold(phrase).split())
    other = "en" if lang == "de" else "de"
    return frozenset(words[other] - words[lang])


@lru_cache(maxsize=2)
def language_vocab(lang: str) -> list[str]:
    """The fuzzy vocabulary without the other language's own words."""
    foreign = other_language_words(lang)
    return [w for w in static_words()[1] if w not in foreign]


@lru_cache(maxsize=1)
def _static_phrase_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words of the static lexicon's multi-word phrases, and its one-word phrases."""
    lexicon = static_lexicon()
    return (frozenset(w for key in lexicon if len(key) > 1 for w in key),
            frozenset(key[0] for key in lexicon if len(key) == 1))


def match(tokens: list[str], values: dict[tuple[str, ...], list[Sense]],
          lang: str | None = None) -> tuple[list[Mention], list[str]]:
    """Greedy longest-match of the tokens against the lexicon (values first on equal length).

    Returns the mentions in order and the content words nobody understood.
    """
    lexicon = static_lexicon()
    singles, vocab = static_words()
    if lang in ("de", "en"):
        vocab = language_vocab(lang)
    mentions: list[Mention] = []
    unknown: list[str] = []
    fixed = _phrase_typos(tokens, lexicon, values, vocab, lang)
    i = 0
    while i < len(tokens):
        hit: Mention | list[Mention] | None = None
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            key = tuple(fixed.get(j, tokens[j]) for j in range(i, i + n))
            senses = _senses(key, values, lexicon)
            if not senses and n >= 2 and len(key[-1]) >= 4:  # 'credit memos': a data value of several words, inflected
                senses = next((list(values[k]) for v in fuzzy.variants(key[-1]) if (k := (*key[:-1], v)) in values), [])
            if not senses:  # 'tips' for a 'Tip' column, 'fees' for 'fee', "accept marketing" for 'Accepts Marketing'
                senses = _inflected_data_word(key, values)
            if senses:
                typos = [fixed[j] for j in range(i, i + n) if j in fixed]
                hit = Mention(i, i + n, " ".join(tokens[i:i + n]), tuple(senses), fuzzy=bool(typos),
                              corrected=" ".join(key) if typos else None)
                break
        if hit is None:
            hit = _phrase_around_fillers(tokens, i, fixed, lexicon, values)
        if hit is None:
            hit = _recover(tokens[i], i, lexicon, values, singles, vocab, lang)
        if hit is not None:
            mentions.extend(hit if isinstance(hit, list) else [hit])
            i = (hit[-1] if isinstance(hit, list) else hit).end
            continue
        word = tokens[i]
        if word not in STOPWORDS and word not in FILLER_WORDS and not is_amount(word) and (
                len(word) > 2 or _CJK_WORD.search(word)):  # '保守': two ideographs are a whole word
            unknown.append(word)
        elif word in _SPEED_WORDS and i and tokens[i - 1] in _HOW:
            unknown.append(word)  # "Wie schnell zahlen …", "how quickly …": a speed is asked, never a filler
        elif word in _HEAD_FILLERS and i and unknown and unknown[-1] == tokens[i - 1]:
            unknown.append(word)  # "insurance tier": the filler noun belongs to the unknown word before it
        i += 1
    if lang == "en":
        mentions = [_value_not_per(m) for m in mentions]
    return mentions, unknown


def _value_not_per(mention: Mention) -> Mention:
    """'average seats of Pro customers': in an English question a value of the data ('Pro' of a Plan column) is that
    value, never also German 'pro' (= per) — both would filter the plan and list every customer."""
    kinds = {s.kind for s in mention.senses}
    if "value" not in kinds or not any(s.kind == "kw" and s.name == "by" for s in mention.senses):
        return mention
    return replace(mention, senses=tuple(s for s in mention.senses if not (s.kind == "kw" and s.name == "by")))


# "quickly" and "schnell" are fillers ("kurz mal schnell zeigen") except right after "wie" / "how", where they ask
# for a speed (a duration the data may not hold): then they are asked back as unknown words
_SPEED_WORDS = frozenset({"schnell", "quick", "quickly"})
_HOW = frozenset({"wie", "how"})


# filler nouns that head a compound: after an unknown word they are part of what is asked back
_HEAD_FILLERS = frozenset({"tier", "tiers", "level", "levels", "stufe", "stufen", "niveau"})


def _phrase_around_fillers(tokens: list[str], i: int, fixed: dict[int, str], lexicon, values) -> Mention | None:
    """A phrase with filler words inside it: "schlafen gerade ein" is the phrase "schlafen ein" (a German
    separable verb keeps its particle at the end, and adverbs go between). Only filler words are skipped
    (never stopwords or content words), and the phrase must start at ``i``."""
    if tokens[i] in FILLER_WORDS:
        return None
    kept = [i]
    best: Mention | None = None
    for j in range(i + 1, min(len(tokens), i + 2 * MAX_PHRASE)):
        if tokens[j] in FILLER_WORDS and tokens[j] not in STOPWORDS:
            continue
        kept.append(j)
        if len(kept) > MAX_PHRASE:
            break
        if kept[-1] - i + 1 > len(kept):  # only a phrase that skipped a filler is new here; the longest wins
            key = tuple(fixed.get(k, tokens[k]) for k in kept)
            senses = [*values.get(key, []), *lexicon.get(key, [])]
            if senses:
                best = Mention(i, j + 1, " ".join(tokens[k] for k in kept), tuple(senses))
    return best


def _phrase_typos(tokens: list[str], lexicon, values, vocab: list[str], lang: str | None) -> dict[int, str]:
    """Typos of words that occur only inside a longer phrase ('acquisiton channel' → 'acquisition channel'):
    position → the corrected word, tried when matching phrases."""
    static_phrase, static_single = _static_phrase_words()
    candidates = [w for w in tokens if len(w) >= 5 and w not in static_single and w not in static_phrase
                  and w not in STOPWORDS and w not in FILLER_WORDS and w not in RELATED]
    if not candidates:
        return {}
    phrase_words = static_phrase | {w for key in values if len(key) > 1 for w in key}
    known = static_single | {key[0] for key in values if len(key) == 1}
    out: dict[int, str] = {}
    for j, word in enumerate(tokens):
        if word in known or word in phrase_words or word in STOPWORDS or word in FILLER_WORDS or len(word) < 5 \
                or word in RELATED:
            continue
        best = fuzzy.closest(word, [w for w in vocab if w in phrase_words])
        if best is not None and best[0] not in known:
            out[j] = best[0]
    return out


@lru_cache(maxsize=1)
def _joined_phrases() -> dict[str, tuple[str, ...]]:
    """Two- and three-word metric and dimension phrases written as one word ('customerid' → 'customer id'),
    when the joined form is no phrase of its own and not ambiguous."""
    lexicon = static_lexicon()
    out: dict[str, tuple[str, ...]] = {}
    clash: set[str] = set()
    for key, senses in lexicon.items():
        if 2 <= len(key) <= 3 and any(s.kind in ("metric", "dim") for s in senses):
            word = "".join(key)
            if len(word) >= 6 and (word,) not in lexicon:
                if word in out and lexicon[out[word]] != senses:
                    clash.add(word)
                out.setdefault(word, key)
    return {w: k for w, k in out.items() if w not in clash}


_GRAIN_PREFIXES = {"monats": "month", "quartals": "quarter", "jahres": "year"}


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Every one-word name of a country insight knows (folded, both languages): a country the data does not hold
    is named back, never read as a near word ('France' is no typo of the currency 'franc')."""
    from insight.semantic.values import COUNTRY_NAMES

    return frozenset(w for names in COUNTRY_NAMES.values() for w in names if " " not in w and len(w) >= 4)


def _recover(word: str, i: int, lexicon, values, singles, vocab, lang: str | None = None) -> Mention | list[Mention] | None:
    if word in STOPWORDS or word in FILLER_WORDS or word.isdigit() or len(word) < 4 or word in _country_words():
        return None
    for variant in fuzzy.variants(word):
        senses = [*values.get((variant,), []), *lexicon.get((variant,), [])]
        if senses:
            return Mention(i, i + 1, word, tuple(senses), fuzzy=True)
    joined = _joined_phrases()
    for variant in (word, *fuzzy.variants(word)):  # 'CustomerIDs': the phrase 'customer id' written as one word
        if variant in joined:
            senses = [s for s in lexicon[joined[variant]] if s.kind in ("metric", "dim")]
            if senses:
                return Mention(i, i + 1, word, tuple(senses), fuzzy=True)
    headers = {k[0] for k, senses in values.items() if len(k) == 1 and len(k[0]) >= 4
               and any(s.kind in ("dim", "metric") for s in senses)}  # the client's one-word column names
    value_of_kind = _value_and_its_column(word, i, lexicon, values)  # 'Onlinekanal': the value online (channel)
    if value_of_kind is not None:
        return value_of_kind
    parts = fuzzy.split_compound(word, singles | headers)  # 'Durchschnittsbalance' → average + Balance
    if parts:
        return [Mention(i, i + 1, word, tuple([*values.get((p,), []), *lexicon.get((p,), [])]), fuzzy=True)
                for p in parts]
    head = fuzzy.head_word(word, {w for w in singles if len(w) >= 5})
    if head:
        senses = [s for s in lexicon[(head,)] if s.kind in ("metric", "dim")]
        if senses:
            # 'Durchschnittsumsatz', 'Gesamtumsatz': the modifier before the head keeps its meaning
            prefix = word[:len(word) - len(head)] if word.endswith(head) else ""
            for part in dict.fromkeys((prefix, prefix.rstrip("s"))):
                senses += [s for s in lexicon.get((part,), []) if s.kind == "kw" and s.name in ("average", "total")]
            grain = _GRAIN_PREFIXES.get(prefix)
            if grain is not None:  # 'Monatsumsatz 1997' is revenue per month, 'Quartalsumsatz' per quarter
                senses += [Sense("dim", grain), Sense("kw", "by")]
            return Mention(i, i + 1, word, tuple(dict.fromkeys(senses)), fuzzy=True)
    value_words = [k[0] for k, senses in values.items() if len(k) == 1 and len(k[0]) >= 7  # short ones: exactly
                   and not all(s.kind == "value" and _FREE_TEXT_COLUMN.search(s.name) for s in senses)]
    best = None if word in RELATED else fuzzy.closest(word, [*vocab, *value_words])
    if best is None and len(word) >= 10 and word not in RELATED:
        # a client's header spelt the other language's way ('Produktlinie' for PRODUCTLINE): two edits,
        # first and last letter kept, against the data's own column names only
        long_headers = [k[0] for k, senses in values.items() if len(k) == 1 and len(k[0]) >= 10
                        and any(s.kind in ("dim", "metric") for s in senses)]
        best = fuzzy.closest(word, long_headers, edits=2)
    if best is None and len(word) == 4:  # 'lnad' → 'land': two swapped letters of a short known word
        best = fuzzy.transposed(word, [k[0] for k in (*lexicon, *values) if len(k) == 1 and len(k[0]) == 4])
    if best:
        senses = [*values.get((best[0],), []), *lexicon.get((best[0],), [])]
        if senses:
            return Mention(i, i + 1, word, tuple(senses), fuzzy=True, corrected=best[0])
    return None


# Columns of people's names, contacts and addresses: free text whose values are matched only as written. A
# content word one letter away ('Händler' / CONTACTLASTNAME 'Chandler') is never read as a filter on a surname.
_FREE_TEXT_COLUMN = lazy_re.compile(r"name|contact|kontakt|address|adress|street|strasse|phone|telefon|postal|postcode|"
                               r"zip|plz|mail")


def _value_and_its_column(word: str, i: int, lexicon, values) -> Mention | None:
    """'Onlinekanal', 'Shopkanal': a German compound of a value of the data and a word for that value's own
    column is the value (the column word only says its kind)."""
    for cut in range(len(word) - 4, 1, -1):
        head, tail = word[:cut], word[cut:]
        found = [s for s in values.get((head,), []) if s.kind == "value"]
        if not found:
            continue
        named = {s.name for s in (*lexicon.get((tail,), []), *values.get((tail,), [])) if s.kind == "dim"}
        kept = [s for s in found if s.name in named]
        if kept:
            return Mention(i, i + 1, word, tuple(kept), fuzzy=True)
    return None


def value_lexicon(index: dict[str, list[tuple[str, object]]]) -> dict[tuple[str, ...], list[Sense]]:
    """The value index as lexicon entries."""
    return {tuple(k.split()): [Sense("value", dim, value) for dim, value in pairs] for k, pairs in index.items()}
