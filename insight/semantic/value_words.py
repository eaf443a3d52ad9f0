"""German names of common English category values (and the other way round): a client's column holds
'Motorcycles', 'Married', 'Shipped', and is asked about as "Umsatz mit Motorrädern", "der Verheirateten",
"versandte Aufträge". Facts of the two languages for values that recur across business data (product lines,
marital status, compass regions, order states), never of one file; a word is only read as a value where a column holds it.
German inflections ('Motorrädern', 'Verheirateten') reach these base forms through the parser's suffix
variants, English plurals through the singular key below.
"""

from __future__ import annotations

from insight.semantic.text import fold

# English value (folded, singular) → German names (folded)
VALUE_WORDS: dict[str, tuple[str, ...]] = {
    # vehicles and product lines
    "motorcycle": ("motorrad", "motorrader", "motorraeder", "motorradern", "krad"),
    "car": ("auto", "autos", "wagen", "pkw"),
    "classic car": ("klassische autos", "klassische wagen", "klassiker"),
    "vintage car": ("vintage autos", "historische autos"),
    "plane": ("flugzeug", "flugzeuge", "flugzeugen", "flieger"),
    "ship": ("schiff", "schiffe", "schiffen", "boot", "boote"),
    "train": ("zug", "zuge", "zugen", "eisenbahn", "eisenbahnen", "bahn"),
    "truck": ("lkw", "lastwagen", "laster"),
    "trucks and buse": ("lkw und busse", "lastwagen und busse", "lkws und busse"),
    "bus": ("busse", "bussen"),
    "bike": ("fahrrad", "fahrrader", "fahrradern", "rad", "rader"),
    "bicycle": ("fahrrad", "fahrrader", "fahrradern"),
    "clothing": ("kleidung", "bekleidung"),
    "shoe": ("schuhe", "schuhen", "schuh"),
    "accessory": ("zubehor",),
    "accessorie": ("zubehor",),
    "book": ("buch", "bucher", "buchern"),
    "toy": ("spielzeug", "spielwaren"),
    "furniture": ("mobel", "moebel"),
    "electronic": ("elektronik",),
    "electronics": ("elektronik",),
    "food": ("lebensmittel", "essen"),
    "beverage": ("getranke", "getraenke"),
    # marital status
    "married": ("verheiratet", "verheiratete", "verheirateten", "verheirateter", "eheleute"),
    "single": ("ledig", "ledige", "ledigen", "lediger", "alleinstehend", "alleinstehende", "alleinstehenden"),
    "divorced": ("geschieden", "geschiedene", "geschiedenen", "geschiedener"),
    "widow": ("verwitwet", "verwitwete", "verwitweten", "witwe", "witwen", "witwer"),
    "widowed": ("verwitwet", "verwitwete", "verwitweten"),
    "together": ("zusammenlebend", "zusammenlebende", "zusammenlebenden", "in partnerschaft"),
    # education levels of customer tables ('Education' = PhD, Master, Graduation, Basic; 'Bildung' = Abitur, …):
    # asked with the other language's degree ("Wie viele Kunden haben einen Doktortitel?", "customers with a
    # master's degree"); the marketing sense of 'promotion' stays the campaign word, so only 'promoviert' is listed;
    # a 'Hochschulabschluss' (any degree: bachelor, master or doctorate) is no one value and stays asked back
    "phd": ("doktortitel", "doktortiteln", "doktorgrad", "doktor", "promoviert", "promovierte", "promovierten",
            "promovierter", "doctorate", "doctorates", "doctoral degree", "doctor s degree", "doktorat"),
    "doctorate": ("phd", "doktortitel", "doktortiteln", "doktorgrad", "promoviert", "promovierte", "promovierten"),
    "promotion": ("phd", "doctorate", "doktortitel", "doktorgrad", "promoviert", "promovierte", "promovierten"),
    "master": ("masterabschluss", "master abschluss", "masterabschlussen", "master s degree", "master degree",
               "masters degree", "magister", "master s"),
    "graduation": ("bachelor", "bachelorabschluss", "bachelor abschluss", "bachelor s degree", "bachelor degree",
                   "graduate", "graduates"),
    "bachelor": ("bachelorabschluss", "bachelor abschluss", "bachelor s degree", "bachelor degree", "graduate",
                 "graduates"),
    "basic": ("grundbildung", "basic education", "hauptschulabschluss", "hauptschule", "volksschule",
              "pflichtschule", "pflichtschulabschluss"),
    "2n cycle": ("second cycle", "zweiter zyklus", "zweiten zyklus"),
    "high school": ("abitur", "hochschulreife", "matura", "gymnasium", "highschool", "high school diploma"),
    "abitur": ("high school", "high school diploma", "hochschulreife", "a levels", "a level"),
    "doktor": ("phd", "doctorate", "doktortitel", "promoviert"),
    # compass regions: a region column's values asked in the other language ("im Süden", "Umsatz im Osten")
    "north": ("norden", "nord"),
    "south": ("suden", "sueden", "sud"),
    "east": ("osten", "ost"),
    "west": ("westen",),
    "nord": ("norden", "north"),
    "sud": ("suden", "sueden", "south"),
    "ost": ("osten", "east"),
    # order states
    "shipped": ("versandt", "versendet", "verschickt", "ausgeliefert", "versandte", "versandten"),
    "in process": ("in bearbeitung",),
    "on hold": ("zuruckgestellt", "angehalten", "pausiert"),
    "resolved": ("gelost", "geklart"),
    "disputed": ("strittig", "bestritten", "umstritten"),
    # invoice states of accounting exports (FreeAgent, Xero, FreshBooks, Wave)
    "overdue": ("uberfallig", "ueberfaellig", "uberfallige", "uberfalligen", "ueberfaellige", "ueberfaelligen"),
    "paid": ("bezahlt", "bezahlte", "bezahlten", "beglichen"),
    "unpaid": ("unbezahlt", "unbezahlte", "unbezahlten", "offen", "offene", "offenen"),
    "open": ("offen", "offene", "offenen"),
    "draft": ("entwurf", "entwurfe", "entwurfen"),
    "void": ("storniert", "ungultig"),
    # payment states of payment providers and backends (Stripe, Patreon, a shop's API)
    "refunded": ("erstattet", "erstattete", "erstatteten", "ruckerstattet", "ruckerstattete", "ruckerstatteten",
                 "zuruckerstattet"),
    "declined": ("abgelehnt", "abgelehnte", "abgelehnten"),
    "failed": ("fehlgeschlagen", "fehlgeschlagene", "fehlgeschlagenen"),
    "pending": ("ausstehend", "ausstehende", "ausstehenden"),
    "voided": ("storniert", "ungultig"),
    # subscription and membership states ("Wie viele Abos sind gekündigt?" on a state 'canceled')
    "active": ("aktiv", "aktive", "aktiven", "laufend", "laufende"),
    "canceled": ("gekundigt", "gekuendigt", "gekundigte", "gekundigten"),
    "cancelled": ("gekundigt", "gekuendigt", "gekundigte", "gekundigten"),
    "expired": ("abgelaufen", "abgelaufene", "abgelaufenen", "ausgelaufen", "ausgelaufene"),
    "paused": ("pausiert", "pausierte", "ruhend", "ruhende"),
    "aktiv": ("active",),
    "gekundigt": ("canceled", "cancelled"),
    "ruhend": ("paused", "dormant", "inactive"),
    # a settlement's document types (fees and payouts: docs/ask.md, "Client sets 2 and 3")
    "auszahlung": ("ausgezahlt", "auszahlungen", "payout", "payouts", "paid out"),
    "payout": ("auszahlung", "auszahlungen", "ausgezahlt", "paid out"),
    "verkaufsgebuhr": ("verkaufsgebuhren", "selling fee", "selling fees"),
    "gebuhr": ("gebuhren", "fee", "fees"),
    "fee": ("gebuhr", "gebuhren"),
    # credit documents named in the other language ('Type = Credit Note' asked about as "eine Gutschrift")
    "credit note": ("gutschrift", "gutschriften"),
    "credit memo": ("gutschrift", "gutschriften"),
    "gutschrift": ("credit note", "credit notes"),
    # billing and contract cadences: a column holding 'monthly' / 'annual' is asked about with the adverb in
    # either language ("Kunden, die monatlich zahlen", "pay annually"); where a column holds the word, the value
    # wins over the time grain of the same word (docs/ask.md, "A cadence value is no time grain")
    "monthly": ("monatlich", "monatliche", "monatlichen", "monatlicher"),
    "annual": ("annually", "yearly", "jahrlich", "jahrliche", "jahrlichen", "jahrlicher", "jaehrlich"),
    "annually": ("annual", "yearly", "jahrlich", "jahrliche", "jahrlichen", "jaehrlich"),
    "yearly": ("annual", "annually", "jahrlich", "jahrliche", "jahrlichen", "jaehrlich"),
    "quarterly": ("quartalsweise", "vierteljahrlich", "vierteljahrliche", "vierteljahrlichen"),
    "weekly": ("wochentlich", "wochentliche", "wochentlichen"),
    "daily": ("taglich", "tagliche", "taglichen"),
    "monatlich": ("monthly",),
    "jahrlich": ("annual", "annually", "yearly"),
    "vierteljahrlich": ("quarterly",),
    "quartalsweise": ("quarterly",),
    "wochentlich": ("weekly",),
    "taglich": ("daily",),
}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


# Regular cognate endings of German and English nouns ('Inspektion' / 'inspection', 'Qualität' / 'quality'),
# folded, with the other language's plural: a one-word value is asked about in either language.
_COGNATE_ENDINGS: tuple[tuple[str, str, str], ...] = (("ktion", "ction", "s"), ("ction", "ktion", "en"),
                                                      ("itat", "ity", ""), ("ity", "itat", "en"))


def _cognates(key: str) -> list[str]:
    if " " in key or len(key) < 6:
        return []
    for ending, other, plural in _COGNATE_ENDINGS:
        if key.endswith(ending):
            base = key[: -len(ending)] + other
            return [base, base + plural] if plural else [base, base[:-1] + "ies" if base.endswith("y") else base]
    return []


def value_aliases(value: object) -> tuple[str, ...]:
    """Other names of one category value: its German names and, for an English plural with known German
    names ('Motorcycles'), its singular ('motorcycle'); a regular cognate ('Inspektion' → 'inspection(s)')."""
    key = fold(str(value))
    singular = " ".join(_singular(w) for w in key.split())
    out: list[str] = []
    for form in dict.fromkeys((key, singular)):
        if form in VALUE_WORDS:
            out += [form, *VALUE_WORDS[form]]
    for form in dict.fromkeys((key, singular)):
        out += _cognates(form)
    return tuple(dict.fromkeys(a for a in out if a != key))


# A yes/no column named by the noun of a deed ('Response', 'Complain'): asked about with the deed's verb in
# both languages ("Wie viele Kunden haben auf die Kampagne reagiert?", "customers who responded").
DEED_VERBS: dict[str, tuple[str, ...]] = {
    "response": (
        "responded",
        "responded to the campaign",
        "responded to the offer",
        "reagiert",
        "geantwortet",
        "auf die kampagne reagiert",
        "auf das angebot reagiert",
        "auf die kampagne geantwortet",
    ),
    "conversion": ("converted", "konvertiert"),
    "purchase": ("purchased",),
    "subscription": ("subscribed", "abonniert"),
}


def deed_phrases(spelled: str) -> tuple[str, ...]:
    """The verbs of a yes/no column named by a deed's noun ('response' → 'responded', 'reagiert'); nothing for
    other headers."""
    return DEED_VERBS.get(fold(spelled), ())
