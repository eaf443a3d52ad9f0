"""The client's own columns as semantic-model entries (metrics.md, "The client's own columns").

Every column a source had beyond the canonical ones is kept on its table (order lines or customers).
Here each becomes a dimension (named by its snake_case header, labelled by the header in both
languages), numeric columns also measures (``sum_``, ``mean_``, ``median_``, ``min_``, ``max_<name>``), and a
two-valued yes/no column a flag with its share (``share_<name>``). A flag whose header names a concept
of the contract answers that concept: ``Churn``/``Exited``/``Abgewandert`` → ``churn_rate`` (when no
order history defines churn), ``Complain``/``Beschwerde`` → ``complaint_rate``.

Grain: a column of the order lines whose value can differ between one customer's lines is a line
attribute (dimension of line metrics); one constant per customer is also a customer attribute (the
Dataset copies it onto ``customers``). Customer-table columns are customer attributes.

``client_model(ds)`` layers these entries over the catalogue (see ``insight.semantic.model.Layered``)
while a question on ``ds`` is parsed and answered.
"""

from __future__ import annotations

import re

from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Iterator, Literal

import polars as pl

from insight.dataset import Dataset
from insight.language import Language
from insight.messages import say
from insight.schema import ORDER_LINES, is_refund_header, normalise_header
from insight.semantic.model import Dimension, Metric, workspace_entries
from insight.semantic.text import fold

Grain = Literal["line", "customer"]
_TRUE = {"yes", "ja", "true", "wahr", "1", "y", "j", "x"}
_FALSE = {"no", "nein", "false", "falsch", "0", "n"}
CONCEPT_FLAGS = {
    "churn_rate": ("churn", "churned", "exited", "exit", "abgewandert", "gekundigt", "gekuendigt", "attrition",
                   "abwanderung", "kundigung", "kuendigung", "left", "churn flag"),
    "complaint_rate": ("complain", "complaint", "complaints", "complained", "beschwerde", "beschwerden",
                       "reklamation", "reklamationen"),
}
# Canonical numeric customer columns that are measures too ("Durchschnittsalter", "average acquisition cost"):
# (label en, label de, aggregations offered, the aggregation of the bare word). Age has no meaningful sum.
CANONICAL_MEASURES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "age": ("age", "Alter", ("mean", "median", "min", "max"), "mean"),
    "acquisition_cost": ("acquisition cost", "Akquisekosten", ("sum", "mean", "median", "min", "max"), "sum"),
    "cost_to_serve": ("cost to serve", "Betreuungskosten", ("sum", "mean", "median", "min", "max"), "sum"),
}
# The question words that ask for a measure itself ('Wie alt sind unsere Kunden?' is the mean age).
ASKED_AS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {"age": (("how old",), ("wie alt",))}
_RATE_LIKE = 1.0  # numeric columns whose values all lie in [0, 1] with fractions are rates: mean by default


@dataclass(frozen=True)
class ClientColumn:
    """One client column: where it lives, what it is, and the value that sets a flag."""

    name: str
    label: str
    table: str                    # order_lines | customers
    grain: Grain
    numeric: bool
    flag_true: object | None      # the 'yes' value of a flag, else None
    concept: str | None           # churn_rate / complaint_rate for a concept flag
    rate_like: bool               # a numeric column of fractions (discount 0.2): mean is its natural total
    refund: bool = False          # the amount refunded of each line or order ('Total Refunded'): counted on every
                                  # line, also on orders refunded in full that are no sale by their status
    percent: bool = False         # a numeric column whose header says it is a percentage or rate ('Rabatt %',
                                  # 'Zinssatz', 'Return rate'): its values do not add up, mean is its natural total

    @property
    def is_flag(self) -> bool:
        return self.flag_true is not None


# 'Rabatt %', 'Discount (%)', 'Rabattsatz', 'Rücklaufquote', 'Interest rate', 'Pct Off': a percentage or rate by its
# header, whatever the scale of its values (0–100 here, where a fraction column is rate_like by its values)
_PERCENT_HEADER = re.compile(r"\b(?:prozent|percent|percentage|pct|perc|rate|quote|satz)\b|\w(?:satz|quote)\b")
# '…satz' words that are no rate: Umsatz (revenue), Absatz (units sold), Einsatz, Zusatz, Ersatz, Datensatz, Ansatz
_NOT_A_RATE = re.compile(r"(?:umsatz|absatz|einsatz|zusatz|ersatz|datensatz|ansatz|aufsatz)\b")


def percent_header(label: str) -> bool:
    """Whether a header names a percentage or a rate ('Rabatt %', 'Zinssatz', 'Return rate')."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label).replace("_", " ")  # 'DiscountRate' → 'Discount Rate'
    folded = fold(spaced)
    return "%" in label or (bool(_PERCENT_HEADER.search(folded)) and not _NOT_A_RATE.search(folded))


# a header naming money or a measure ('Jahresumsatz', 'Annual Revenue', 'Salary', 'Mitarbeiter', 'Seats'): its
# whole numbers are amounts or counts even when every row differs, never a row number or numeric id
_MEASURE_HEADER = re.compile(
    r"umsatz|revenue|sales|amount|betrag|summe|wert|value|preis|price|kosten|cost|geb(?:uh|ueh)r|fee|einkommen|"
    r"income|gehalt|salary|lohn|balance|saldo|gewinn|profit|spend|ausgabe|budget|volumen|volume|mitarbeiter|"
    r"employee|headcount|seats|anzahl|\bcount|menge|quantity|gewicht|weight|punkte|points|score|dauer|duration")
_ID_HEADER = re.compile(r"\b(?:id|nr|no|nummer|number|key|code|index|row)\b|(?:id|nr|nummer|number)$")


def measure_header(label: str) -> bool:
    """Whether a header names money or a measure and no key ('Jahresumsatz', not 'Umsatz-ID')."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label).replace("_", " ")
    folded = fold(spaced)
    return bool(_MEASURE_HEADER.search(folded)) and not _ID_HEADER.search(folded)


def _flag_true(s: pl.Series) -> object | None:
    if s.head(20_000).drop_nulls().n_unique() > 2:  # most columns give themselves away early: no full pass
        return None
    values = s.drop_nulls().unique()
    if values.len() != 2:
        return None
    if s.dtype == pl.Boolean:
        return True
    folded = {fold(str(v)): v for v in values.to_list()}
    keys = set(folded)
    if len(keys & _TRUE) == 1 and len(keys & _FALSE) == 1:
        return folded[(keys & _TRUE).pop()]
    return None


def _concept(name: str, label: str) -> str | None:
    for concept, words in CONCEPT_FLAGS.items():
        if fold(label) in words or fold(name.replace("_", " ")) in words:
            return concept
    return None


def client_columns(ds: Dataset) -> list[ClientColumn]:
    """The Dataset's client columns (cached)."""
    return ds.cached("semantic.client_columns", lambda: _columns(ds))


def _columns(ds: Dataset) -> list[ClientColumn]:
    out: list[ClientColumn] = []
    seen: set[str] = set()
    line_names = ds.client_columns("order_lines")
    constant = set(ds.client_columns("customers")) & set(line_names)
    for table, names in (("order_lines", line_names), ("customers", ds.client_columns("customers"))):
        frame = ds.table(table)
        for name in names:
            if name in seen or name.startswith("_"):
                continue
            seen.add(name)
            s = frame.get_column(name)
            if s.null_count() == s.len():
                continue
            if isinstance(s.dtype, (pl.List, pl.Struct, pl.Object)):
                continue
            label = ds.client_labels.get(name) or name.removeprefix("attr_")
            numeric = s.dtype.is_numeric()
            if numeric and s.dtype.is_integer() and s.len() > 20 and not measure_header(label) \
                    and s.n_unique() == s.len():
                numeric = False  # a row number or numeric id (RowNumber): a key, not a measure
            flag = _flag_true(s)
            rate = False
            if numeric and flag is None:
                vals = s.drop_nulls()
                rate = bool(vals.len()) and bool(((vals >= 0) & (vals <= _RATE_LIKE)).all()) and \
                    bool((vals != vals.round(0)).any())
            grain: Grain = "line" if table == "order_lines" and (name not in constant or (
                numeric and flag is None and _document_money(label))) else "customer"
            concept = _concept(name, label) if flag is not None else None
            refund = numeric and flag is None and table == "order_lines" and is_refund_header(label)
            percent = numeric and flag is None and not rate and percent_header(label)
            out.append(ClientColumn(name, label, table, grain, numeric, flag, concept, rate, refund, percent))
    return out


def _document_money(label: str) -> bool:
    """Whether a header names money of each document (an amount, total, tax or refund: 'Tax', 'Total', 'Amount
    Due', 'Total Refunded'): a measure of the lines even when it is the same on all of one customer's lines (a
    subscriber's monthly invoices), so that its total sums the documents, not one value per customer."""
    return (normalise_header(label) in ORDER_LINES.synonyms["amount"] or bool(_tax_phrases(label))
            or is_refund_header(label))


def canonical_columns(ds: Dataset) -> list[ClientColumn]:
    """The canonical numeric customer columns this data fills (cached): measures, never extra dimensions
    (the catalogue already has 'age' as a dimension)."""
    def build() -> list[ClientColumn]:
        out = []
        for name, (label_en, _de, _hows, _bare) in CANONICAL_MEASURES.items():
            if name in ds.customers.columns and ds.customers.get_column(name).null_count() < ds.customers.height:
                out.append(ClientColumn(name, label_en, "customers", "customer", True, None, None, False))
        return out
    return ds.cached("semantic.canonical_columns", build)


# abbreviations in headers ('AcceptedCmp1', 'NumOfProducts', 'MntWines', 'Order Qty'): the spelled-out words
# name the column too ('accepted campaign 1', 'number of products', 'amount wines', 'order quantity')
ABBREVIATIONS = {"num": "number", "nr": "number", "no": "number", "qty": "quantity", "amt": "amount",
                 "mnt": "amount", "cmp": "campaign", "camp": "campaign", "avg": "average", "cust": "customer",
                 "prod": "product", "cat": "category", "cr": "credit", "dept": "department", "desc": "description", "yr": "year",
                 "mth": "month", "pct": "percent", "perc": "percent", "cnt": "count", "tot": "total",
                 "rev": "revenue", "disc": "discount", "purch": "purchase", "trans": "transaction", "acct": "account",
                 "bal": "balance", "sal": "salary", "est": "estimated", "anz": "anzahl", "kd": "kunde",
                 "kdnr": "kundennummer", "mwst": "mehrwertsteuer", "ust": "umsatzsteuer",
                 "uf": "state"}  # Brazil's 'UF' (unidade federativa) is the state


def _spelled_out(spaced: str) -> str:
    """'accepted cmp1' → 'accepted campaign 1'; the phrase unchanged when it has no abbreviation."""
    words = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", spaced).split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


# A tax amount column ('USt-Betrag', 'MwSt 19%', 'Steuerbetrag', 'Tax', 'TVA', 'BTW') is asked about by any
# language's word for the tax; a tax rate column ('USt-Satz 19 %', 'VAT rate') is not the amount.
TAX_WORDS = frozenset({"mwst", "ust", "steuer", "steuerbetrag", "steuern", "umsatzsteuer", "mehrwertsteuer", "vat",
                       "tax", "taxes", "tva", "btw", "iva",
                       # the other European headers: sv/da 'Moms', no 'MVA', fi 'ALV', cs 'DPH'
                       "moms", "mva", "alv", "dph",
                       # tr 'KDV', hu 'ÁFA', hr/sl/sr 'PDV'/'DDV', bg 'DDS', lt 'PVM', lv 'PVN', el 'FPA', ja/zh '消費税'
                       "kdv", "afa", "pdv", "ddv", "dds", "pvm", "pvn", "fpa", "消費税", "税額", "増値税", "增值税"})
RATE_WORDS = frozenset({"satz", "rate", "prozent", "percent", "quote", "code", "id", "nr", "key", "kennzeichen"})
TAX_SYNONYMS = ("mwst", "ust", "umsatzsteuer", "mehrwertsteuer", "steuer", "steuern", "steuerbetrag", "vat", "tax",
                "taxes", "sales tax", "consumption tax", "value added tax", "goods and services tax")


# A column of the amount refunded ('Total Refunded', 'total_refunded.amount', 'Erstatteter Betrag') totals under any
# language's words for the amount refunded ('Wie viel wurde insgesamt erstattet?'). Never the bare participle: "How
# many orders were refunded?" counts the orders of that status; 'refunds' / 'Erstattungen' stay the built-in returns
# too, so that a data set with both asks which is meant.
REFUND_SYNONYMS = ("amount refunded", "refunded amount", "total refunded", "refund amount", "refunded in total",
                   "in total refunded", "insgesamt erstattet", "insgesamt ruckerstattet", "insgesamt zuruckerstattet",
                   "erstatteter betrag", "erstattungsbetrag", "erstattete betrage", "ruckerstatteter betrag",
                   "summe der erstattungsbetrage", "erstattete summe")


def _tax_phrases(spelled: str) -> list[str]:
    words = fold(spelled.replace("-", " "), cjk=True).split()
    if any(w in TAX_WORDS for w in words) and not any(w in RATE_WORDS or w.endswith("satz") for w in words):
        return list(TAX_SYNONYMS)
    return []


def counted_things(col: ClientColumn) -> tuple[str, ...]:
    """What a count column counts, in both languages: 'NumOfProducts' → ('products', 'produkte', …), so that
    'customers with 3 products' filters NumOfProducts = 3. Empty for other columns."""
    words = _spelled_out(col.name.replace("_", " ")).split()
    if len(words) < 2 or words[0] not in ("number", "count", "anzahl"):
        return ()
    thing = " ".join(words[2:] if words[1] in ("of", "der") and len(words) > 2 else words[1:])
    out = [thing, *_glossary().get(thing, ())]
    if thing.endswith("s"):
        out.append(thing[:-1])
    if thing in ("products",):
        out += ["produkten", "produkt", "artikel", "artikeln"]
    return tuple(dict.fromkeys(out))


def column_phrases(col: ClientColumn) -> tuple[str, ...]:
    """Every phrase that names a client column in questions (header, spelled-out abbreviations, translations)."""
    return _phrases(col)


def _phrases(col: ClientColumn) -> tuple[str, ...]:
    spaced = col.name.replace("_", " ")
    own = [p for p in (col.label, spaced, col.name, col.name.replace("_", "")) if p]
    marker = _yes_no_marker(spaced)
    if col.is_flag and marker:  # 'Newsletter J/N' is asked about as 'Newsletter'
        spaced = spaced[: -len(marker)].strip()
        own.append(spaced)
    spelled = _spelled_out(spaced)
    if spelled != spaced:
        own.append(spelled)
        words = spelled.split()
        # 'MntMeatProducts' is asked about as 'meat products', 'NumStorePurchases' as 'store purchases'
        if words[0] in ("amount", "number", "count", "total") and len(words) >= 2:
            rest_words = words[2:] if len(words) > 2 and words[1] == "of" else words[1:]
            own.append(" ".join(rest_words))
            if len(rest_words) == 2 and rest_words[1] in ("products", "prods") and len(rest_words[0]) >= 4:
                own.append(rest_words[0])  # 'fish spending' names MntFishProducts
            if words[0] == "amount":  # an amount spent on a thing: 'spent on wine', 'Ausgaben für Fleisch'
                own += _spent_on_phrases(rest_words)
    own += _participle_phrases(spelled)
    own += _tax_phrases(f"{col.label} {spelled}")
    if col.is_flag:
        from insight.semantic.value_words import deed_phrases

        own += deed_phrases(spelled)  # 'Response': "responded", "auf die Kampagne reagiert"
    for prefix in ("is_", "has_", "ist_", "hat_"):  # 'IsActiveMember' is asked about as 'active members'
        if col.name.startswith(prefix) and len(col.name) > len(prefix) + 3:
            rest = _spelled_out(col.name[len(prefix):].replace("_", " "))
            own += [rest, f"{rest}s"]
    return tuple(dict.fromkeys([*own, *_translations(own)]))


_SPENT_ON_EN = ("spent on", "spending on", "spend on", "amount spent on", "money spent on")
_SPENT_ON_DE = ("ausgaben fur", "ausgaben fuer", "ausgegeben fur", "ausgaben im bereich")


# the answer forms a flag's header may name after the thing it flags: 'Newsletter J/N', 'Opt-in (y/n)', 'Aktiv ja/nein'
_YES_NO_MARKER = re.compile(r"\s(?:j n|y n|ja nein|yes no|true false|wahr falsch|1 0|0 1)$")


def _yes_no_marker(spaced: str) -> str:
    """The trailing yes/no marker of a header in words ('newsletter j n' → ' j n'), else ''."""
    found = _YES_NO_MARKER.search(spaced)
    return found.group(0) if found and found.start() > 0 else ""


def _spent_on_phrases(rest_words: list[str]) -> list[str]:
    """'MntWines' (amount wines) is what was spent on wine: 'spent on wine(s)', 'spending on wine', 'Ausgaben für
    Wein', in both languages (the glossary's translations of the thing, singular and plural)."""
    if not rest_words:
        return []
    things = [" ".join(rest_words)]
    if len(rest_words) == 2 and rest_words[1] in ("products", "prods"):
        things.append(rest_words[0])
    things += [t[:-1] for t in list(things) if t.endswith("s") and len(t) > 4]
    glossary = _glossary()
    translated = [de for t in things for de in glossary.get(fold(t), ())]
    out = list(things)
    out += [f"{verb} {t}" for verb in _SPENT_ON_EN for t in things]
    out += [f"{verb} {t}" for verb in _SPENT_ON_DE for t in [*translated, *things]]
    out += translated
    return out


# A header that says what a customer did ('Accepted Cmp1', 'Responded Offer', 'Complained'): the deed's
# German participle (German puts it last: 'Kampagne 1 angenommen') and its noun for rates ('acceptance rate
# of campaign 1'). Facts of the two languages, not of one file.
PARTICIPLES = {"accepted": (("angenommen", "akzeptiert"), "acceptance", ("annahme", "akzeptanz")),
               "responded": (("geantwortet", "reagiert"), "response", ("antwort", "reaktion")),
               "converted": (("konvertiert",), "conversion", ("konversion",)),
               "clicked": (("geklickt",), "click", ("klick",)),
               "opened": (("geoffnet",), "open", ("offnungs",)),
               "redeemed": (("eingelost",), "redemption", ("einlose",)),
               "subscribed": (("abonniert",), "subscription", ("abo",)),
               "complained": (("beschwert",), "complaint", ("beschwerde",))}
_OBJECT_DE = {"campaign": "kampagne", "offer": "angebot", "coupon": "gutschein", "newsletter": "newsletter",
              "mail": "mail", "email": "e-mail", "promotion": "aktion"}


def _participle_phrases(spelled: str) -> list[str]:
    """'accepted campaign 1' → 'campaign 1 accepted', 'kampagne 1 angenommen', 'acceptance rate of campaign 1',
    'campaign 1 acceptance rate', 'annahmequote kampagne 1'; nothing for other headers."""
    words = spelled.split()
    if len(words) < 2 or words[0] not in PARTICIPLES:
        return []
    de_verbs, noun, de_nouns = PARTICIPLES[words[0]]
    rest = " ".join(words[1:])
    rest_de = " ".join(_OBJECT_DE.get(w, w) for w in words[1:])
    out = [f"{rest} {words[0]}", f"{noun} rate of {rest}", f"{rest} {noun} rate", f"{noun} of {rest}"]
    for verb in de_verbs:
        out += [f"{rest_de} {verb}", f"die {rest_de} {verb}"]
    for de_noun in de_nouns:
        out += [f"{de_noun}quote {rest_de}", f"{de_noun}quote der {rest_de}", f"{de_noun}rate {rest_de}"]
    return out


# Words of business column headers in English and German (facts, not code): a client's English header is
# asked about in German and the other way round ('Rabatt nach Kategorie' for discount and category).
GLOSSARY: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("discount", ("rabatt", "nachlass")), ("category", ("kategorie", "warengruppe")),
    ("product line", ("produktlinie", "produktgruppe")), ("productline", ("produktlinie", "produktgruppe")),
    ("deal size", ("dealgrosse", "auftragsgrosse", "geschaftsgrosse")), ("dealsize", ("dealgrosse", "auftragsgrosse")),
    ("salary", ("gehalt", "lohn")), ("estimated salary", ("geschatztes gehalt", "gehalt")),
    ("estimatedsalary", ("gehalt",)), ("income", ("einkommen",)), ("balance", ("kontostand", "guthaben", "saldo", "kontoguthaben")),
    ("tenure", ("vertragsdauer", "kundendauer", "zugehorigkeit")), ("credit score", ("bonitat", "kreditscore")),
    ("creditscore", ("bonitat", "kreditscore")), ("region", ("region", "gebiet")), ("territory", ("gebiet", "vertriebsgebiet")),
    ("state", ("bundesland", "bundesstaat", "staat")), ("city", ("stadt", "ort")), ("brand", ("marke",)), ("supplier", ("lieferant",)),
    ("shipping", ("versand", "versandkosten")), ("health insurance", ("krankenkasse", "krankenversicherung")),
    ("insurer", ("krankenkasse", "versicherung")), ("co payment", ("zuzahlung", "eigenanteil")),
    ("copayment", ("zuzahlung", "eigenanteil")), ("copay", ("zuzahlung",)), ("prescription", ("rezept",)),
    ("prescriptions", ("rezept", "rezepte")), ("shipping cost", ("versandkosten",)), ("shipping costs", ("versandkosten",)),
    ("shipping and handling", ("versandkosten", "versand und bearbeitung", "shipping costs", "shipping cost")),
    ("shipping fee", ("versandkosten", "versandgebuhr")), ("postage", ("porto", "versandkosten")),
    ("verpackung und versand", ("versandkosten", "shipping costs", "shipping cost", "shipping and handling")),
    ("versand und verpackung", ("versandkosten", "shipping costs", "shipping cost", "shipping and handling")),
    ("customer group", ("kundengruppe", "kundengruppen")), ("customergroup", ("kundengruppe", "kundengruppen")), ("cost", ("kosten",)), ("price", ("preis",)),
    ("margin", ("marge",)), ("weight", ("gewicht",)), ("size", ("grosse",)), ("color", ("farbe",)), ("colour", ("farbe",)),
    ("department", ("abteilung",)), ("employee", ("mitarbeiter",)), ("salesperson", ("verkaufer", "vertriebsmitarbeiter")),
    ("sales rep", ("vertriebsmitarbeiter", "verkaufer", "vertreter")), ("sales representative", ("vertreter",)),
    ("seller", ("verkaufer", "verkauferin", "handler", "anbieter")), ("sellers", ("verkaufer", "handler")),
    ("vendor", ("verkaufer", "anbieter", "handler")), ("merchant", ("handler", "verkaufer")),
    ("plan", ("tarif", "abomodell")), ("tariff", ("tarif",)), ("mechanic", ("monteur", "mechaniker")), ("store", ("filiale", "laden")), ("shop", ("filiale", "laden")), ("branch", ("filiale", "niederlassung")),
    ("payment method", ("zahlungsart", "zahlungsmethode")),
    ("ship mode", ("versandart", "versandmethode", "lieferart")), ("shipping method", ("versandart", "versandmethode")),
    ("delivery method", ("lieferart", "zustellart")), ("sub category", ("unterkategorie",)),
    ("sub-category", ("unterkategorie",)), ("order priority", ("auftragsprioritat", "prioritat")),
    # headers of French, Dutch, Spanish and Italian exports, named in English and German
    ("betaalmethode", ("payment method", "zahlungsart", "zahlungsmethode")),
    ("mode de paiement", ("payment method", "zahlungsart")), ("modedepaiement", ("payment method", "zahlungsart")),
    ("metodo de pago", ("payment method", "zahlungsart")), ("forma de pago", ("payment method", "zahlungsart")),
    ("metodo di pagamento", ("payment method", "zahlungsart")),
    ("forma platnosci", ("payment method", "zahlungsart", "zahlungsmethode")),
    ("betalingsmetode", ("payment method", "zahlungsart")), ("betalmetod", ("payment method", "zahlungsart")),
    ("zona", ("zone",)), ("zone", ("zone",)),
    ("cupon", ("coupon", "gutschein", "gutscheincode")), ("coupon", ("gutschein", "gutscheincode")),
    ("voucher", ("gutschein", "gutscheincode")), ("codice sconto", ("coupon", "gutschein", "rabattcode")),
    ("provincie", ("province", "provinz")), ("provincia", ("province", "provinz")),
    ("comunidad", ("region", "community", "autonomous community")), ("regione", ("region",)),
    ("ville", ("city", "stadt")), ("stad", ("city", "stadt")), ("ciudad", ("city", "stadt")),
    # round 11: a Turkish 'Şehir', a Hungarian 'Város', a Romanian 'Oraș'/'Județ', a Polish 'Miasto'/'Powiat', a
    # Japanese '店舗' (store) and '支店' (branch), a Chinese '门店'/'城市', named in English and German
    ("sehir", ("city", "stadt")), ("varos", ("city", "stadt")), ("oras", ("city", "stadt")),
    ("miasto", ("city", "stadt")), ("mesto", ("city", "stadt")), ("citta", ("city", "stadt")),
    ("cidade", ("city", "stadt")), ("kaupunki", ("city", "stadt")), ("城市", ("city", "stadt")),
    ("judet", ("county", "kreis", "landkreis", "bezirk")), ("megye", ("county", "kreis", "landkreis", "bezirk")),
    ("powiat", ("county", "kreis", "landkreis")), ("county", ("kreis", "landkreis", "bezirk")),
    ("ilce", ("district", "bezirk", "kreis")), ("district", ("bezirk", "kreis")),
    ("店舗", ("store", "shop", "branch", "filiale", "laden", "geschaft")), ("店", ("store", "shop", "filiale", "laden")),
    ("支店", ("branch", "filiale", "niederlassung")), ("门店", ("store", "shop", "filiale", "laden")),
    ("門店", ("store", "shop", "filiale", "laden")), ("magaza", ("store", "shop", "filiale", "laden")),
    ("sube", ("branch", "filiale", "niederlassung")), ("uzlet", ("store", "shop", "filiale", "laden")),
    ("magazin", ("store", "shop", "filiale", "laden")), ("sklep", ("store", "shop", "filiale", "laden")),
    ("pays", ("country", "land")), ("canal", ("channel", "kanal")), ("categorie", ("category", "kategorie")),
    ("categoria", ("category", "kategorie")), ("produit", ("product", "produkt")), ("producto", ("product", "produkt")),
    ("payment", ("zahlung",)), ("rating", ("bewertung",)),
    ("children", ("kinder",)), ("kids", ("kinder",)), ("teenagers", ("jugendliche", "teenager")),
    ("members", ("mitglieder",)), ("active member", ("aktives mitglied", "aktive mitglieder", "aktiven mitglieder",
                                                    "aktiven mitgliedern", "aktiv")),
    ("active members", ("aktive mitglieder", "aktiven mitglieder")), ("products", ("produkte",)),
    ("wines", ("wein", "weine", "weinen")), ("wine", ("wein",)), ("meat", ("fleisch",)), ("meat products", ("fleisch", "fleischprodukte")),
    ("fish", ("fisch",)), ("fish products", ("fisch", "fischprodukte")), ("fruits", ("obst", "fruchte")),
    ("sweet", ("susswaren", "sussigkeiten")), ("sweet products", ("susswaren", "sussigkeiten")),
    ("gold", ("gold", "goldprodukte")), ("web purchases", ("webkaufe", "online kaufe")),
    ("store purchases", ("ladenkaufe", "filialkaufe")), ("catalog purchases", ("katalogkaufe",)),
    ("deals purchases", ("rabattkaufe",)), ("web visits month", ("webbesuche", "webbesuche pro monat")),
    ("credit card", ("kreditkarte",)),
    ("number of products", ("anzahl produkte", "produktanzahl")), ("numofproducts", ("anzahl produkte", "produktanzahl")),
    ("has credit card", ("kreditkarte",)), ("hascrcard", ("kreditkarte",)), ("complain", ("beschwerde", "reklamation")),
    ("response", ("reaktion", "antwort", "rucklauf")), ("recency", ("aktualitat",)), ("monthly charges", ("monatsgebuhr", "monatliche gebuhren")),
    ("total charges", ("gesamtgebuhren",)), ("contract", ("vertrag",)), ("subscription", ("abo", "abonnement")),
    # other trades' measures: a hotel's nights, a venue's seats, a gym's monthly fee
    ("nights", ("nachte", "ubernachtungen", "ubernachtung", "aufenthaltsdauer", "stay length", "length of stay",
                "length of stays", "room nights")),
    ("nachte", ("nights", "ubernachtungen", "ubernachtung", "aufenthaltsdauer", "stay length", "length of stay",
                "length of stays", "room nights")),
    ("ubernachtungen", ("nights", "nachte", "aufenthaltsdauer", "stay length", "length of stay", "room nights")),
    ("seats", ("platze", "sitzplatze")), ("platze", ("seats",)),
    ("monatsbeitrag", ("monthly fee", "monthly fees", "membership fee", "monthly contribution", "monatsbeitrage",
                       "mitgliedsbeitrag", "mitgliedsbeitrage")),
    ("monthly fee", ("monatsbeitrag", "monatsbeitrage", "monatsgebuhr", "mitgliedsbeitrag")),
    # round 8: a marketing table's and an order table's headers in everyday words
    ("year birth", ("geburtsjahr", "birth year", "year of birth")),
    ("priceeach", ("price each", "einzelpreis", "stuckpreis")),
    ("kidhome", ("kids at home", "kid at home", "children at home", "small children", "kinder im haushalt",
                 "kleinkinder im haushalt", "kleinkindern im haushalt", "kleinkinder", "kleinkindern")),
    ("teenhome", ("teenagers at home", "teenager at home", "teens at home", "teenager im haushalt",
                  "jugendliche im haushalt", "jugendlichen im haushalt")),
    ("num web visits month", ("web visits", "web visits per month", "webbesuche", "webbesuche pro monat")),
    ("guests", ("gaste", "personen")), ("persons", ("personen",)), ("personen", ("persons", "people", "guests")),
)
# round 12: the people, places and money words of Benelux, French, Spanish and POS exports, named in English and
# German ('Umsatz je Vestiging (Niederlassung)', 'je Commercial (Vertriebler)', 'Retención (Quellensteuer)')
GLOSSARY = (*GLOSSARY,
    ("vestiging", ("branch", "niederlassung", "filiale")),
    ("filiaal", ("branch", "niederlassung", "filiale")), ("sucursal", ("branch", "niederlassung", "filiale")),
    ("succursale", ("branch", "niederlassung", "filiale")), ("branch", ("niederlassung", "filiale")),
    ("commercial", ("sales rep", "salesperson", "vertriebler", "vertriebsmitarbeiter", "verkaufer")),
    ("vendeur", ("sales rep", "salesperson", "vertriebler", "verkaufer")),
    ("vendedor", ("sales rep", "salesperson", "vertriebler", "verkaufer")),
    ("verkoper", ("sales rep", "salesperson", "vertriebler", "verkaufer")),
    ("salesperson", ("vertriebler",)), ("sales rep", ("vertriebler",)),
    ("verantwoordelijke", ("responsible", "account manager", "betreuer", "verantwortlicher", "zustandig")),
    ("account manager", ("betreuer", "kundenbetreuer")), ("accountmanager", ("betreuer", "kundenbetreuer")),
    ("retencion", ("withholding", "withholding tax", "quellensteuer", "einbehalt")),
    ("retenue a la source", ("withholding", "withholding tax", "quellensteuer")),
    ("commission", ("provision", "kommission")), ("provincie", ("provinz", "province")),
    ("provincia", ("provinz", "province")), ("province", ("provinz",)),
)


@cache
def _glossary() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for en, des in GLOSSARY:
        table.setdefault(fold(en, cjk=True), set()).update(des)
        for de in des:
            table.setdefault(fold(de, cjk=True), set()).add(en)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _translations(phrases: list[str]) -> list[str]:
    """A header that is a built-in dimension's word in one language is also named by that dimension's words in
    the other ('Income' → 'Einkommen', 'Einkommen' → 'income'), and a business word of the glossary by its
    translation ('Discount' → 'Rabatt'): the client's column answers questions in both languages."""
    folded = {fold(p, cjk=True) for p in phrases}
    glossary = _glossary()
    out: list[str] = [w for f in folded for w in glossary.get(f, ())]
    # a header naming alternatives ('Provincia o estado', 'State/Province', 'Region or state'): each part's
    # translation names it too (the part alone stays no name of it: 'Estado' may be another column's status)
    for f in folded:
        parts = [p.strip() for p in re.split(r"\s+(?:o|or|oder|ou)\s+|\s*/\s*", f) if p.strip()]
        if len(parts) > 1:
            out.extend(w for p in parts for w in glossary.get(p, ()))
    for en, de, words_en, words_de in _dimension_words():
        if folded & en and not folded & de:
            out.extend(words_de)
        elif folded & de and not folded & en:
            out.extend(words_en)
    return out


@cache
def _dimension_words() -> tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...]:
    """Per built-in dimension: its folded English and German words and its one-word synonyms in each language,
    folded once per process (a table of 10,000 client columns asked for them 10,000 times)."""
    from insight.semantic import SEMANTIC_MODEL

    return tuple((frozenset(fold(s) for s in (dim.label_en, *dim.synonyms_en)),
                  frozenset(fold(s) for s in (dim.label_de, *dim.synonyms_de)),
                  tuple(s for s in dim.synonyms_en if len(s.split()) == 1),
                  tuple(s for s in dim.synonyms_de if len(s.split()) == 1))
                 for dim in SEMANTIC_MODEL.dimensions.base.values())


def entries(ds: Dataset) -> tuple[dict[str, Metric], dict[str, Dimension]]:
    """The metrics and dimensions the client's columns add (cached)."""
    return ds.cached("semantic.client_entries", lambda: _entries(ds))


def _entries(ds: Dataset) -> tuple[dict[str, Metric], dict[str, Dimension]]:
    metrics: dict[str, Metric] = {}
    dims: dict[str, Dimension] = {}
    no_orders = ds.order_lines.height == 0
    for col in client_columns(ds):
        phrases = _phrases(col)
        src = "line" if col.grain == "line" else "customer"
        dims[col.name] = Dimension(col.name, col.label, col.label, src, synonyms_en=phrases, synonyms_de=phrases)
        where_en = "order line" if col.table == "order_lines" else "customer"
        where_de = "Auftragsposition" if col.table == "order_lines" else "Kunde"
        if col.is_flag:
            name = f"share_{col.name}"
            concept = col.concept if col.concept == "complaint_rate" or (col.concept and no_orders) else None
            label_en, label_de = f"share {col.label}", f"Anteil {col.label}"
            metrics[name] = Metric(
                name, label_en, label_de,
                f"Share of {where_en}s with {col.label} = {col.flag_true} (the data's own column).",
                f"Anteil der Zeilen ({where_de}) mit {col.label} = {col.flag_true} (Spalte der Daten).",
                "fraction", "client", synonyms_en=(*phrases, f"share {col.label}", f"{col.label} rate"),
                synonyms_de=(f"anteil {col.label}", f"{col.label} quote", f"{col.label}quote",
                             # the header's one-word translations: 'Response' → 'Antwortquote', 'Reaktionsquote'
                             *(f"{p}quote" for p in phrases if p.isalpha() and p.islower() and p != col.label)),
                examples_en=(f"{col.label} rate",), examples_de=(f"Anteil {col.label}",), aggregate="mean")
            if concept == "complaint_rate":
                metrics["complaint_rate"] = Metric(
                    "complaint_rate", "complaint rate", "Beschwerdequote",
                    f"Share of {where_en}s with {col.label} = {col.flag_true} (the data's complaint flag).",
                    f"Anteil der Zeilen ({where_de}) mit {col.label} = {col.flag_true} (Beschwerde-Kennzeichen der Daten).",
                    "fraction", "client", synonyms_en=("complaint rate", "complaints"),
                    synonyms_de=("beschwerdequote", "beschwerderate", "beschwerden"),
                    examples_en=("complaint rate",), examples_de=("Beschwerdequote",), aggregate="mean")
        if col.numeric and not col.is_flag:
            for how, en, de in (("sum", "total", "Summe"), ("mean", "mean", "Durchschnitt"),
                                ("median", "median", "Median"), ("min", "minimum", "Minimum"),
                                ("max", "maximum", "Maximum")):
                name = f"{how}_{col.name}"
                metrics[name] = Metric(
                    name, f"{en} {col.label}", f"{de} {col.label}",
                    f"{en.capitalize()} of the data's column {col.label} over the {where_en}s in the group.",
                    f"{de} der Spalte {col.label} über die Zeilen ({where_de}) der Gruppe.",
                    "number", "client", synonyms_en=(f"{en} {col.label}",)
                    + ((*phrases, *(REFUND_SYNONYMS if col.refund else ())) if how == "sum" else ())
                    + ((f"{how} {col.label}",) if how in ("min", "max") else ()),
                    synonyms_de=(f"{de} {col.label}",),
                    examples_en=(f"{en} {col.label}",), examples_de=(f"{de} {col.label}",),
                    aggregate="mean" if how in ("mean", "median") or (how == "sum" and (col.rate_like or col.percent))
                    else "sum")
    sub = subscriptions(ds)
    if sub is not None:
        metrics["mrr"] = _mrr_metric(sub, ds)
    for col in canonical_columns(ds):
        label_en, label_de, hows, bare = CANONICAL_MEASURES[col.name]
        words = {"sum": ("total", "Summe", ("gesamte", "summe der")), "mean": ("average", "Durchschnitt",
                 ("durchschnittliche", "durchschnittliches", "mittlere", "mittleres")),
                 "median": ("median", "Median", ("mediane", "medianes", "medianer")),
                 "min": ("minimum", "Minimum", ("niedrigste", "kleinste", "jungste")),
                 "max": ("maximum", "Maximum", ("hochste", "grosste", "alteste"))}
        for how in hows:
            en, de, de_adj = words[how]
            name = f"{how}_{col.name}"
            asked_en, asked_de = ASKED_AS.get(col.name, ((), ()))
            own_en = (label_en, f"{label_en}s", *asked_en) if how == bare else ()
            own_de = (label_de, *asked_de) if how == bare else ()
            metrics[name] = Metric(
                name, f"{en} {label_en}", f"{de} {label_de}",
                f"{en.capitalize()} of the customers' {label_en} (one value per customer).",
                f"{de} {label_de} der Kunden (ein Wert je Kunde).",
                "currency" if col.name != "age" else "number", "client",
                synonyms_en=(f"{en} {label_en}", f"{'mean' if how == 'mean' else en} {label_en}", *own_en),
                synonyms_de=(f"{de} {label_de}", f"{de}{label_de.lower()}", f"{de}s{label_de.lower()}",
                             *(f"{a} {label_de}" for a in de_adj), *own_de),
                aggregate="mean" if how in ("mean", "median") else "sum")  # no examples: the catalogue's own stay in front
    return metrics, dims


# -- subscriptions: MRR (docs/metrics.md, "where the contract is silent") ------------------------------------
# A customers table of subscriptions or memberships (Recurly, a gym's member list): a price column, perhaps a
# quantity (seats), a state with an active value, and the billing interval in a column's values ('pro-annual',
# 'yearly', 'jährlich'; monthly unless said). MRR = Σ over the active rows of price × quantity ÷ months of the
# interval. Facts of the trade's words, not of one file.
SUBSCRIPTION_AMOUNT_WORDS = ("unit amount", "unit price", "plan amount", "plan price", "price", "amount",
                             "monthly fee", "monthly amount", "monthly price", "monthly charges", "fee", "mrr",
                             "subscription amount", "subscription price", "monatsbeitrag", "mitgliedsbeitrag",
                             "beitrag", "monatspreis", "preis", "betrag", "abopreis", "abogebuhr", "monatsgebuhr",
                             "grundgebuhr", "gebuhr", "rate", "monatsrate")
SUBSCRIPTION_QUANTITY_WORDS = ("quantity", "qty", "seats", "licenses", "licences", "units", "anzahl", "menge",
                               "platze", "lizenzen")
ACTIVE_WORDS = ("active", "aktiv", "live", "current", "laufend", "in trial", "trialing", "trial")
# months per billing period, by the words a plan or interval value says it with
INTERVAL_MONTHS: tuple[tuple[str, int], ...] = (
    ("annual", 12), ("annually", 12), ("yearly", 12), ("year", 12), ("jahrlich", 12), ("jahr", 12),
    ("jahresabo", 12), ("12 months", 12), ("12 monate", 12), ("semiannual", 6), ("halbjahrlich", 6),
    ("quarterly", 3), ("quarter", 3), ("vierteljahrlich", 3), ("quartal", 3), ("quartalsweise", 3),
)
MRR_SYNONYMS_EN = ("mrr", "monthly recurring revenue", "recurring revenue", "monthly recurring income")
MRR_SYNONYMS_DE = ("monatlich wiederkehrender umsatz", "monatlich wiederkehrenden umsatz", "wiederkehrender umsatz",
                   "wiederkehrenden umsatz", "monatlicher wiederkehrender umsatz", "monatliche beitragseinnahmen",
                   "wiederkehrende einnahmen")


@dataclass(frozen=True)
class Subscriptions:
    """Where a customers table keeps what MRR needs (column names of ``ds.customers``)."""

    amount: str
    quantity: str | None
    status: str
    active: tuple[object, ...]
    interval: str | None
    months: tuple[tuple[str, int], ...] = ()  # the interval column's values that are not monthly, with their months


def _months(value: object) -> int:
    words = f" {fold(str(value)).replace('-', ' ').replace('_', ' ')} "
    return next((n for w, n in INTERVAL_MONTHS if f" {w} " in words), 1)


def subscriptions(ds: Dataset) -> Subscriptions | None:
    """The customers table's subscription columns, or None when it has no price and no active state (cached)."""
    return ds.cached("semantic.subscriptions", lambda: _subscriptions(ds))


def _subscriptions(ds: Dataset) -> Subscriptions | None:
    cols = [c for c in client_columns(ds) if c.table == "customers"]

    def named(col: ClientColumn, words: tuple[str, ...]) -> bool:
        return fold(col.label.replace("_", " ")) in words or fold(col.name.replace("_", " ")) in words

    amount = next((c for c in cols if c.numeric and not c.is_flag and named(c, SUBSCRIPTION_AMOUNT_WORDS)), None)
    if amount is None:
        return None
    quantity = next((c.name for c in cols if c.numeric and not c.is_flag and c is not amount
                     and named(c, SUBSCRIPTION_QUANTITY_WORDS)), None)
    frame = ds.customers
    status, active, interval, months = None, (), None, ()
    for name in [*(c.name for c in cols if not c.numeric), *(n for n in ("status",) if n in frame.columns)]:
        if frame.schema[name] != pl.String:
            continue
        values = frame.get_column(name).drop_nulls().unique().head(50).to_list()
        hits = tuple(v for v in values if fold(str(v)) in ACTIVE_WORDS)
        if hits and status is None:
            status, active = name, hits
        elif interval is None and frame.get_column(name).n_unique() <= 50 and any(_months(v) != 1 for v in values):
            interval, months = name, tuple((str(v), _months(v)) for v in values if _months(v) != 1)
    if status is None:
        return None
    return Subscriptions(amount.name, quantity, status, active, interval, months)


def mrr_expr(sub: Subscriptions) -> pl.Expr:
    """MRR of the rows in a group: Σ price × quantity ÷ months over the active rows."""
    value = pl.col(sub.amount).cast(pl.Float64)
    if sub.quantity is not None:
        value = value * pl.col(sub.quantity).cast(pl.Float64).fill_null(1.0)
    if sub.interval is not None:
        months = pl.col(sub.interval).replace_strict(dict(sub.months), default=1, return_dtype=pl.Float64)
        value = value / months
    return value.filter(pl.col(sub.status).is_in(list(sub.active))).sum()


def _mrr_metric(sub: Subscriptions, ds: Dataset) -> Metric:
    label = ds.client_labels.get(sub.amount) or sub.amount
    qty = f" × {ds.client_labels.get(sub.quantity) or sub.quantity}" if sub.quantity else ""
    per = f" ÷ months of {ds.client_labels.get(sub.interval) or sub.interval}" if sub.interval else ""
    per_de = f" ÷ Monate laut {ds.client_labels.get(sub.interval) or sub.interval}" if sub.interval else ""
    return Metric(
        "mrr", "MRR", "MRR (monatlich wiederkehrender Umsatz)",
        f"Monthly recurring revenue: Σ {label}{qty}{per} over the active subscriptions "
        f"({sub.status} = {', '.join(map(str, sub.active))}); an annual price counts one twelfth.",
        f"Monatlich wiederkehrender Umsatz: Σ {label}{qty}{per_de} über die aktiven Abos "
        f"({sub.status} = {', '.join(map(str, sub.active))}); ein Jahrespreis zählt mit einem Zwölftel.",
        "currency", "client", synonyms_en=MRR_SYNONYMS_EN, synonyms_de=MRR_SYNONYMS_DE,
        examples_en=("What is our MRR?", "MRR by plan"), examples_de=("Wie hoch ist der MRR?",), aggregate="sum")


def concept_column(ds: Dataset, concept: str) -> ClientColumn | None:
    """The flag that answers a concept of the contract on this data (churn_rate only without orders)."""
    if concept == "churn_rate" and ds.order_lines.height:
        return None
    hits = [c for c in client_columns(ds) if c.concept == concept]
    return hits[0] if len(hits) == 1 else None


def column(ds: Dataset, name: str) -> ClientColumn | None:
    return next((c for c in (*client_columns(ds), *canonical_columns(ds)) if c.name == name), None)


def definition(ds: Dataset, metric: str, lang: Language) -> str | None:
    """The definition an answer on this data shows when the data's own column answers a concept
    ('Exited' answers churn_rate on a customers table): the flag's, never retention's."""
    col = concept_column(ds, metric)
    if col is None:
        return None
    return say("client_flag_definition", lang, column=col.label, value=col.flag_true)


def measure_of(ds: Dataset, metric: str) -> tuple[str, ClientColumn] | None:
    """(aggregation, column) of a client metric name: 'mean_balance' → ('mean', balance); a concept
    name answered by a flag → ('share', flag)."""
    col = concept_column(ds, metric)
    if col is not None:
        return "share", col
    if metric == "mrr":
        sub = subscriptions(ds)
        col = column(ds, sub.amount) if sub is not None else None
        return ("mrr", col) if col is not None else None
    how, _, rest = metric.partition("_")
    if how in ("sum", "mean", "median", "min", "max", "share") and rest:
        col = column(ds, rest)
        if col is not None:
            return how, col
    return None


@contextmanager
def client_model(ds: Dataset | None) -> Iterator[None]:
    """The workspace's semantic model (catalogue + client columns) is active inside the block."""
    if ds is None:
        yield
        return
    metrics, dims = entries(ds)
    with workspace_entries(metrics, dims):
        yield


def lexicon_entries(ds: Dataset) -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """Folded phrase → [(kind, name)] for the client's columns: ('dim', column) and ('metric', measure)."""
    metrics, dims = entries(ds)
    out: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def add(phrase: str, kind: str, name: str) -> None:
        key = tuple(fold(phrase, cjk=True).split())  # a Japanese header (品目) is asked about as written
        if key and (kind, name) not in out.setdefault(key, []):
            out[key].append((kind, name))

    for dim in dims.values():
        for phrase in dim.synonyms():
            add(phrase, "dim", dim.name)
    for metric in metrics.values():
        for phrase in (*metric.synonyms_en, *metric.synonyms_de, metric.label_en, metric.label_de):
            add(phrase, "metric", metric.name)
    from insight.semantic import SEMANTIC_MODEL

    for column, header in ds.source_headers.items():  # 'by Financial Status' names the order status column
        if column in SEMANTIC_MODEL.dimensions.base and column != "customer_id" and len(fold(header)) >= 3:
            add(header, "dim", column)
            add(header.replace("_", " "), "dim", column)
    described = ds.source_headers.get("description")
    if described is not None and "product_id" not in ds.source_headers and len(fold(described)) >= 3 and \
            ds.order_lines.get_column("product_id").null_count() < ds.order_lines.height:
        # 'revenue by description', 'Umsatz nach Artikelbezeichnung': the products are named by that header (the
        # product dimension holds its values when the data has no product id)
        add(described, "dim", "product_id")
        add(described.replace("_", " "), "dim", "product_id")
    for column, metric in (("quantity", "quantity"), ("amount", "revenue")):  # 'number_of_cds', 'dollar_value'
        header = ds.source_headers.get(column)
        if header is None or len(fold(header)) < 3 or fold(header) in ("amount", "quantity"):
            continue
        spaced = fold(header.replace("_", " "))
        add(spaced, "metric", metric)
        thing = re.sub(r"^(?:number of|num of|no of|anzahl(?: der)?|count of|total)\s+", "", spaced)
        if thing != spaced and len(thing) >= 2:  # 'How many CDs did we sell?' names the quantity column
            add(thing, "metric", metric)
    for concept in CONCEPT_FLAGS:
        if concept_column(ds, concept) is not None and concept == "complaint_rate":
            for phrase in ("complaint rate", "beschwerdequote", "beschwerderate", "complaints", "beschwerden",
                           "reklamationsquote", "complained", "have complained", "beschwert", "beschwerten",
                           "reklamiert", "reklamierten"):
                add(phrase, "metric", "complaint_rate")
    return out
