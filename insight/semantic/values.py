"""Dimension values from the data, so questions can name them: "Deutschland" → Germany, "Champions", "B2B".

``value_index(ds)`` maps folded phrases to (dimension, canonical value) pairs: values found in the
dataset's tables (countries, channels, customer attributes, survey aspects, coupon campaigns), their
German names where known (countries), and the fixed labels of derived dimensions (RFM segments,
ABC classes) in both languages. It is cached per Dataset.
"""

from __future__ import annotations

import re

from collections import defaultdict
from functools import cache

import polars as pl

from insight.dataset import Dataset
from insight.labels import german, iso_countries
from insight.semantic.catalogue_dimensions import DIMENSIONS
from insight.semantic.text import fold
from insight.semantic.value_words import value_aliases

# Other names of the country values, folded (adjectives, short forms, genitives); the canonical name and the
# German label of insight/labels.toml count too (COUNTRY_NAMES).
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "United Kingdom": ("british", "britische", "britischen", "britischer", "english", "grossbritannien", "uk",
                       "england", "britain", "great britain", "gb", "vereinigten konigreich", "grossbritanniens"),
    "Germany": ("german", "deutsche", "deutschen", "deutscher", "de", "deutschlands", "bundesrepublik"),
    "France": ("french", "franzosische", "franzosischen", "franzosischer", "frankreichs"),
    "EIRE": ("irish", "irische", "irischen", "irischer", "ireland", "irlands"),
    "Spain": ("spanish", "spanische", "spanischen", "spanischer", "spaniens"),
    "Netherlands": ("dutch", "niederlandische", "niederlandischen", "hollandische", "hollandischen", "holland",
                    "den niederlanden", "the netherlands"),
    "Belgium": ("belgian", "belgische", "belgischen"),
    "Switzerland": ("swiss", "schweizer", "schweizerische", "schweizerischen", "der schweiz"),
    "Portugal": ("portuguese", "portugiesische", "portugiesischen"),
    "Australia": ("australian", "australische", "australischen"),
    "Norway": ("norwegian", "norwegische", "norwegischen"),
    "Italy": ("italian", "italienische", "italienischen"),
    "Sweden": ("swedish", "schwedische", "schwedischen"),
    "Austria": ("austrian", "osterreichische", "osterreichischen", "oesterreich"),
    "Denmark": ("danish", "danische", "danischen", "daenemark"),
    "Japan": ("japanese", "japanische", "japanischen"),
    "Poland": ("polish", "polnische", "polnischen"),
    "USA": ("american", "amerikanische", "amerikanischen", "vereinigte staaten", "united states", "us", "amerika",
            "america"),
    "Canada": ("canadian", "kanadische", "kanadischen"),
    "Greece": ("greek", "griechische", "griechischen"),
    "United Arab Emirates": ("uae", "vae", "emirate"),
    "European Community": ("eg",),
    "RSA": ("south africa", "suedafrika"),
    "Czech Republic": ("tschechische republik", "czechia"),
    "Korea": ("sudkorea", "south korea"),
    "Unspecified": ("unbekannt",),
}
# ISO 3166 alpha-2 codes of the country values ("Kunden CH", "rev NL 2024"): read only where the question writes
# them upper-case, as a code (insight.query.function_words), since most are also short words ("at", "be", "it")
_OWN_CODES: dict[str, str] = {
    "United Kingdom": "gb", "Germany": "de", "France": "fr", "EIRE": "ie", "Spain": "es", "Netherlands": "nl",
    "Belgium": "be", "Switzerland": "ch", "Portugal": "pt", "Australia": "au", "Norway": "no", "Italy": "it",
    "Finland": "fi", "Cyprus": "cy", "Sweden": "se", "Austria": "at", "Denmark": "dk", "Japan": "jp", "Poland": "pl",
    "Israel": "il", "USA": "us", "Hong Kong": "hk", "Singapore": "sg", "Iceland": "is", "Canada": "ca",
    "Greece": "gr", "Malta": "mt", "United Arab Emirates": "ae", "RSA": "za", "Lebanon": "lb", "Lithuania": "lt",
    "Brazil": "br", "Czech Republic": "cz", "Bahrain": "bh", "Saudi Arabia": "sa", "Nigeria": "ng", "Korea": "kr",
    "Thailand": "th", "Bermuda": "bm",
}
# every ISO country under each English spelling (insight/iso_countries.txt), the exports' own spellings beside them
COUNTRY_CODES: dict[str, str] = {**{name: code for code, en, _, more in iso_countries() for name in (en, *more)},
                                 **_OWN_CODES}
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    country: tuple(dict.fromkeys((fold(country), fold(label), *_COUNTRY_ALIASES.get(country, ()))))
    for country, label in german("country").items()
}
# German (and plural) names of common attribute values such as acquisition channels.
ATTRIBUTE_ALIASES: dict[str, tuple[str, ...]] = {
    # survey aspects of the demo and of typical satisfaction surveys, in both languages
    "price": ("preis", "preise", "pricing", "prices", "preisgestaltung"),
    "delivery": ("lieferung", "lieferungen", "versand", "zustellung", "shipping"),
    "quality": ("qualitat", "qualitaet", "produktqualitat"),
    "advice": ("beratung", "consulting", "advisory"),
    "service": ("kundenservice", "kundendienst", "customer service", "support"),
    "male": ("men", "man", "manner", "mann", "mannlich", "herren", "maennlich"),
    "female": ("women", "woman", "frauen", "frau", "weiblich", "damen"),
    "m": ("men", "manner", "mannlich", "male"),
    "f": ("women", "frauen", "weiblich", "female"),
    "w": ("frauen", "weiblich", "women", "female"),
    "referral": ("empfehlung", "empfehlungen", "weiterempfehlung", "referrals", "recommendation", "recommendations"),
    "trade fair": ("messe", "messen", "trade fairs", "fairs", "trade show", "trade shows"),
    "website": ("webseite", "internetseite", "homepage", "web", "websites"),
    "field sales": ("aussendienst", "vertrieb vor ort", "sales reps"),
    "newsletter": ("newsletters", "e mail newsletter"),
    "google ads": ("google", "adwords", "suchmaschinenwerbung", "ads"),
    "online": ("onlineshop", "online shop", "webshop"),
    "shop": ("laden", "filiale", "stores", "store", "geschaft"),
    "field": ("aussendienst",),
    # order states of French, Dutch, Spanish and Italian exports named in English or German
    "remboursee": ("refunded", "erstattet", "ruckerstattet", "zuruckerstattet"),
    "rembourse": ("refunded", "erstattet", "ruckerstattet"),
    "terugbetaald": ("refunded", "erstattet", "ruckerstattet"),
    "reembolsado": ("refunded", "erstattet"), "reembolsada": ("refunded", "erstattet"),
    "rimborsato": ("refunded", "erstattet"), "rimborsata": ("refunded", "erstattet"),
    "annulee": ("cancelled", "canceled", "storniert"), "annule": ("cancelled", "canceled", "storniert"),
    "geannuleerd": ("cancelled", "canceled", "storniert"),
    "cancelado": ("cancelled", "canceled", "storniert"), "cancelada": ("cancelled", "canceled", "storniert"),
    "anulado": ("cancelled", "canceled", "storniert"), "annullato": ("cancelled", "canceled", "storniert"),
    "retournee": ("returned", "retourniert", "zuruckgegeben", "zuruckgeschickt"),
    "geretourneerd": ("returned", "retourniert", "zuruckgeschickt"),
    "devuelto": ("returned", "retourniert", "zuruckgegeben", "zuruckgeschickt", "zuruckgesandt", "sent back"),
    "devuelta": ("returned", "retourniert", "zuruckgeschickt"),
    "livree": ("delivered", "geliefert", "zugestellt"), "afgeleverd": ("delivered", "geliefert", "zugestellt"),
    "entregado": ("delivered", "geliefert", "zugestellt"), "verzonden": ("shipped", "versendet", "versandt"),
    "en cours": ("in progress", "in bearbeitung"), "pendiente de pago": ("pending payment", "zahlung ausstehend"),
    # sizes as values (a deal size 'Large'); only where a column holds them, like every alias here
    "large": ("gross", "grosse", "grossen", "grosser", "grosses", "big"),
    "medium": ("mittel", "mittlere", "mittleren", "mittlerer", "mittelgrosse", "mittelgrossen", "mid"),
    "small": ("klein", "kleine", "kleinen", "kleiner", "kleines"),
}

# Short, common-word aliases that only count as a country when written as such in the question.
AMBIGUOUS_COUNTRY_ALIASES = {"de", "us", "eg", "gb"}

_FOLDED_CODES = {fold(country): code for country, code in COUNTRY_CODES.items()}
_CODES = frozenset(COUNTRY_CODES.values())
# the codes that count only when written upper-case: every code that is no alias of its own ("uk", "usa")
CODE_ONLY = frozenset(code for country, code in COUNTRY_CODES.items()
                      if code not in _COUNTRY_ALIASES.get(country, ()) or code in AMBIGUOUS_COUNTRY_ALIASES)

# Columns never offered as values (personal data, free text, ids, numbers).
_SKIP_COLUMNS = {"customer_id", "name", "email", "phone", "note", "description", "order_id", "product_id",
                 "coupon_id", "referred_by"}
_MAX_VALUES = 300

_TOO_COMMON = {"new", "neu", "customer", "kunde", "contact", "kontakt"}

ValueIndex = dict[str, list[tuple[str, object]]]


@cache
def _folded_countries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(folded canonical name, aliases) per country, folded once per process: every text column asks."""
    return tuple((fold(canonical), aliases) for canonical, aliases in COUNTRY_NAMES.items())


_COUNTRY_HEADER = re.compile(r"country|countries|land|lander|laender|staat|nation|pais|pays|paese|landcode|iso")


def _country_codes(values: set[str], header: str) -> dict[str, str]:
    """Folded ISO code → the value, where the column stores countries as codes ('BE', 'NL', 'CH'): a country
    header ('Country', 'Land', 'Ländercode'), or at least two values of which most are upper-case ISO codes — a
    lone 'IT' of a department column is no Italy."""
    codes = {fold(v): v for v in values if len(v.strip()) == 2 and v.strip().isupper() and fold(v) in _CODES}
    if not codes:
        return {}
    if _COUNTRY_HEADER.search(fold(header)) or (len(codes) >= 2 and len(codes) * 5 >= len(values) * 3):
        return codes
    return {}


def _country_aliases(values: set[str], header: str = "") -> dict[str, str]:
    if not values:
        return {}
    by_fold = {fold(v): v for v in values}
    coded = _country_codes(values, header)
    out: dict[str, str] = {}
    for canonical, aliases in _folded_countries():
        target = by_fold.get(canonical)
        if target is None:
            for alias in aliases:  # the data may spell it in German ("Deutschland") or as an alias
                if alias in by_fold:
                    target = by_fold[alias]
                    break
        if target is None and _FOLDED_CODES.get(canonical) in coded:  # 'BE' for Belgium / Belgien
            target = coded[_FOLDED_CODES[canonical]]
        if target is None:
            continue
        for alias in aliases:
            if alias not in AMBIGUOUS_COUNTRY_ALIASES:
                out[alias] = target
        code = _FOLDED_CODES.get(canonical)
        if code is not None and code not in out:  # read only when written as a code (function_words.guarded)
            out[code] = target
    return out


class _Distinct:
    """The distinct text values of a frame's columns (at most _MAX_VALUES each, else none).

    The frame's schema and columns are looked up once: asking polars for ``frame.schema`` per column
    made 10,000 client columns quadratic (minutes before every question); this is linear."""

    def __init__(self, frame: pl.DataFrame, wanted: tuple[str, ...] | None = None) -> None:
        self.frame = frame
        self.wanted = None if wanted is None else set(wanted)  # only these columns are asked (1M-line files)
        self.schema = dict(frame.schema) if frame.height else {}
        self.series = dict(zip(frame.columns, frame.get_columns())) if frame.height else {}
        self._values: dict[str, list[str]] | None = None

    def has_values(self, column: str) -> bool:
        s = self.series.get(column)
        return s is not None and s.null_count() < s.len()

    def values(self) -> dict[str, list[str]]:
        """Text column → its distinct values, for columns with at most _MAX_VALUES of them; two
        parallel passes over all columns (count, then collect), not one query per column."""
        if self._values is None:
            text = [c for c, t in self.schema.items() if t == pl.String and (self.wanted is None or c in self.wanted)]
            counts = self.frame.select(pl.col(text).drop_nulls().n_unique()).row(0) if text else ()
            small = [c for c, n in zip(text, counts) if n <= _MAX_VALUES]
            found = self.frame.select(pl.col(small).drop_nulls().unique(maintain_order=True).implode()).row(0) \
                if small else ()
            self._values = {c: [v for v in vals if v and v.strip()] for c, vals in zip(small, found)}
        return self._values

    def __call__(self, column: str) -> list[str]:
        return self.values().get(column, [])


def build_value_index(ds: Dataset) -> ValueIndex:
    """Folded phrase → [(dimension, canonical value)], from the data and the fixed labels."""
    index: ValueIndex = defaultdict(list)
    codes: list[tuple[str, tuple[str, object]]] = []  # country codes added as aliases of a country value

    def add(phrase: str, dimension: str, value: object) -> None:
        key = fold(phrase, cjk=True)  # a Japanese or Chinese value ('保守') is asked about as written
        if re.fullmatch(r"[\d\s.,]+", key or "0"):
            return  # a bare number ("5" of a 'Rabatt' column holding '5 %') is a count, a year or a top N, never a value
        if key and (dimension, value) not in index[key]:
            index[key].append((dimension, value))

    def add_column(column: str, values: list[str]) -> None:
        """A column's values with their aliases (Deutschland → Germany, Empfehlung → Referral)."""
        label = ds.client_labels.get(column)
        for value in values:
            add(value, column, value)
            spelled = _transliterated(value)
            if spelled != fold(value):  # 'Öztürk' typed without umlauts as "Oeztuerk"
                add(spelled, column, value)
            if label and " " not in value.strip():  # 'Gegenkonto 8300', 'Pipeline Neukunden': the header before a
                add(f"{label} {value.strip()}", column, value)  # one-word value names it, even a code or a metric word
                if re.fullmatch(r"0+[1-9]\d*", value.strip()):  # 'FIL 02' is asked about as "FIL 2"
                    add(f"{label} {value.strip().lstrip('0')}", column, value)
            for alias in (*ATTRIBUTE_ALIASES.get(fold(value), ()), *value_aliases(value)):
                add(alias, column, value)
            if column == "line_status" and (bare := _without_shop_prefix(value)):
                add(bare, column, value)  # 'wc-refunded' is asked about as "refunded"
        # countries under any header (Country, Geography, Land): their German and English names
        for alias, value in _country_aliases(set(values), label or column).items():
            add(alias, column, value)
            if alias in _CODES:
                codes.append((alias, (column, value)))

    line_columns = ("country", "channel", "line_status", "currency", *ds.client_columns("order_lines"))
    lines, customers = _Distinct(ds.order_lines, line_columns), _Distinct(ds.customers)
    for column in line_columns:
        add_column(column, lines(column))
    add_column("product_id", _product_names(ds))  # "Umsatz mit der Team license"
    for column in customers.schema:
        if column in _SKIP_COLUMNS:
            continue
        if lines.has_values(column):
            continue  # the order line's value wins (a customer counts in every country it bought in)
        add_column(column, customers(column))
    add_column("aspect", _Distinct(ds.survey_responses)("aspect"))
    for value in _Distinct(ds.coupons)("campaign"):
        add(value, "campaign", value)
    for dim in DIMENSIONS:
        if dim.name == "country":
            continue  # countries come from the data (with their aliases) above
        spelled = {fold(v): v for v in customers(dim.name)} if dim.name in ("kind", "status") else {}
        for value, label_de in dim.values.items():
            if dim.name in ("kind", "status") and not _column_has(ds, dim.name):
                continue
            # the data's own spelling of a fixed value ('B2B' for the contract's 'b2b'): a filter on the fixed
            # spelling matches nothing and answers 0 silently
            found = spelled.get(fold(value)) or spelled.get(fold(label_de)) or value  # 'Kunde' for 'customer'
            if dim.name in _UNINDEXED_LABELS:
                pass  # band labels are spans ("< 3 months", "18–29") that questions use for windows and counts
            elif dim.name != "abc_class":  # a bare "A" is no ABC class; only "A-Kunden", "Klasse A", ...
                for label in (value, label_de):
                    if fold(label) not in _TOO_COMMON:  # "new"/"neu" alone is no segment name
                        add(label, dim.name, found)
            for phrase in dim.value_synonyms.get(value, ()):
                add(phrase, dim.name, found)
    for code, entry in codes:  # "the state of CA": a value the data holds as written wins over a country's code
        if any(other != entry for other in index[code]):
            index[code] = [other for other in index[code] if other != entry]
    return dict(index)


def _product_names(ds: Dataset) -> list[str]:
    """The order lines' products when they are a few names of several words ('Team license', 'Pro license',
    'Starter license'; a licence shop's product_name), so a question names one as a filter; [] for codes (SKUs),
    one-word names (a common word could hijack a question) and long catalogues."""
    if "product_id" not in ds.order_lines.columns:
        return []
    values = _Distinct(ds.order_lines, ("product_id",))("product_id")
    if not 2 <= len(values) <= 50:
        return []
    words = [fold(v).split() for v in values]
    if all(len(w) >= 2 and all(re.search(r"[a-z]", t) for t in w) for w in words):
        return values
    return []


_UNINDEXED_LABELS = ("tenure_band", "age_band")
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _transliterated(value: str) -> str:
    """A value with umlauts as typed on a keyboard without them ('Öztürk' → 'oeztuerk', 'Süd' → 'sued')."""
    return fold(str(value).casefold().translate(_TRANSLITERATION))


def _column_has(ds: Dataset, column: str) -> bool:
    return column in ds.customers.columns and ds.customers.get_column(column).drop_nulls().len() > 0


def _without_shop_prefix(value: str) -> str | None:
    """A status without a shop system's short prefix ('wc-refunded' → 'refunded', as the status table compares it);
    None when there is none (a negation such as 'no-' is no prefix: 'No-Show' stays itself)."""
    text = value.strip().lower()
    if re.match(r"^(?:no|non|not|un)-", text) or not re.match(r"^[a-z]{2,3}-[a-z]", text):
        return None
    return text.split("-", 1)[1]


def value_index(ds: Dataset) -> ValueIndex:
    """The cached value index of a Dataset."""
    return ds.cached("semantic.value_index", lambda: build_value_index(ds))
