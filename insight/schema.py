"""Canonical tables, columns, dtypes and header synonyms: defined once, used by import, workspace and metrics.

The contract is ``shared/spec/metrics.md`` ("Canonical tables", "Header synonyms"). Everything that
needs to know a column name or type reads it from here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import polars as pl


@dataclass(frozen=True)
class Table:
    """One canonical table: its columns with dtypes, which are required, and header synonyms."""

    name: str
    label_de: str
    columns: dict[str, pl.DataType]
    required: tuple[str, ...]
    # alternatives: each tuple is a set of columns of which one full group must be present
    alternatives: tuple[tuple[str, ...], ...] = ()
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(c for c in self.columns if c not in self.required)


ORDER_LINES = Table(
    name="order_lines",
    label_de="Auftragspositionen",
    columns={
        "order_id": pl.String(),
        "customer_id": pl.String(),
        "order_date": pl.Datetime("us"),
        "product_id": pl.String(),
        "description": pl.String(),
        "quantity": pl.Float64(),
        "unit_price": pl.Float64(),
        "amount": pl.Float64(),
        "unit_cost": pl.Float64(),
        "channel": pl.String(),
        "country": pl.String(),
        "line_profit": pl.Float64(),
        "line_status": pl.String(),
        "currency": pl.String(),
        "name": pl.String(),
    },
    required=("customer_id", "order_date"),
    alternatives=(("quantity", "unit_price"), ("amount",)),
    synonyms={
        "order_id": ("invoice", "invoiceno", "invoicenumber", "rechnungsnummer", "rechnungsnr", "auftragsnummer",
                     "auftragsnr", "bestellnummer", "bestellnr", "orderid", "ordernumber", "orderno", "belegnummer",
                     "belegnr", "beleg", "bonnr", "bonnummer", "receiptnumber", "receiptno", "receiptid",
                     "amazonorderid", "transactionid", "transactionno", "txnid", "invoiceid", "invoicenr",
                     "orderref", "orderreference", "salesorder", "salesordernumber", "salesorderid",
                     "documentnumber", "documentno", "docno", "dokumentnummer", "vorgangsnummer", "auftragsid",
                     "bestellid", "rechnungsid", "recordid", "dealid", "opportunityid", "dealnumber",
                     "auftrag", "bestellung",
                     # a restaurant till's check (Toast 'Check Id'; its 'Check #' repeats every day)
                     "checkid", "ticketid", "receiptid",
                     # an accounting report's transaction number (QuickBooks 'Num'), the weakest
                     "num"),
        "customer_id": ("customerid", "customer", "customerno", "customernumber", "kundennummer", "kundenid",
                        "kundennr", "kunde", "clientid", "id",
                        # loyalty-card and POS customer codes (empty on walk-in sales)
                        "customercode", "kundencode", "clientcode", "kundenkarte", "kundenkartennr",
                        "kundenkartennummer", "loyaltycard", "loyaltycardnumber", "loyaltynumber", "membernumber",
                        "kartennummer", "kartennr", "cardnumber", "cardno", "karteid", "cardid",
                        # marketplace buyers (eBay 'Nutzername des Käufers')
                        "nutzernamedeskaeufers", "kaeufernutzername", "kaeufername", "buyerusername", "buyername",
                        "buyer", "kaeufer",
                        # bookkeeping vouchers (sevDesk 'Kontakt': the customer of an income, the supplier of an
                        # expense, which is no sale anyway)
                        "kontaktnr", "kontaktnummer", "kontakt",  # the contact's number before its name (Bexio)
                        # a billing system's customer key ('Customer Reference' = 'cust_0042', Maxio/Chargify)
                        "customerreference", "customerref"),
        "order_date": ("invoicedate", "auftragsdatum", "bestelldatum", "datum", "date", "orderdate",
                       "rechnungsdatum", "belegdatum", "purchasedate", "transactiondate", "paidat", "createdat",
                       "processedat", "bestellzeitpunkt", "verkaufsdatum", "saledate", "salesdate", "dateofsale",
                       "solddate", "kaufdatum",
                       # an API's order time stamp (Shopware 'orderDateTime')
                       "orderdatetime", "ordertimestamp", "ordertime",
                       # a CRM's deals: the sale is the won deal, on the day it was won (Pipedrive 'Won time')
                       "wontime", "wondate", "datewon",
                       "created", "createddate", "createdon", "erstellt", "erstelltam",
                       # an invoicing tool's issue date (FreshBooks 'Date Issued', Maxio 'Issue Date', FreeAgent
                       # 'Dated'), a billing system's 'billed_at'
                       "dateissued", "issuedate", "issuedon", "dated", "billedat", "billeddate",
                       "invoicedat", "invoiceddate",
                       # a month without a day (03/2024): the weakest claim, any real date column wins
                       "monat", "month", "abrechnungsmonat", "buchungsmonat", "umsatzmonat", "berichtsmonat",
                       "billingmonth", "invoicemonth", "salesmonth", "yearmonth", "jahrmonat"),
        "quantity": ("quantity", "qty", "menge", "anzahl", "numberofcds", "stueck", "stuck", "units", "quantityordered",
                     "orderedquantity", "bestellmenge",
                     "lineitemquantity", "itemquantity", "positionsmenge",
                     # a till's receipt lines ('Stückzahl')
                     "stueckzahl", "stuckzahl"),
        "unit_price": ("price", "unitprice", "preis", "einzelpreis", "stueckpreis", "stuckpreis", "priceeach",
                       "lineitemprice", "itemprice", "verkaufspreis", "verkauftfuer", "soldfor",
                       # 'Preis/Stück', 'Preis pro Stück', 'Preis je Stück'
                       "preisstueck", "preisstuck", "preisprostueck", "preisjestueck"),
        "product_id": ("stockcode", "artikelnummer", "artikelnr", "productid", "sku", "artikel", "product",
                       "lineitemsku", "itemsku", "variantsku"),
        "description": ("description", "beschreibung", "bezeichnung", "artikelbezeichnung", "productname"),
        "country": ("country", "land", "billingcountry", "shippingcountry", "lieferland", "rechnungsland",
                    "countrycode", "shippingcountrycode", "billingcountrycode"),
        "amount": ("amount", "betrag", "gesamtpreis", "summe", "dollarvalue", "sales", "linetotal",
                   # a named net before any total (FreeAgent 'Net Value', Zoho India 'Taxable Value'; an amount
                   # 'ex tax' / 'ex GST': see NET_QUALIFIED below)
                   "netvalue", "taxablevalue", "taxableamount", "total",
                   "umsatz", "revenue", "nettobetrag", "value", "umsatznetto", "nettoumsatz",
                   # a shop's order grid (Magento 'Grand Total (Base)'): the order total, before any 'Subtotal'
                   "grandtotal", "grandtotalbase",
                   # net before gross: beside 'Brutto' and 'MwSt', 'Netto' is the revenue
                   "netto", "net", "netamount", "nettosumme", "nettowert",
                   # an API's camel-case fields (Shopware 'amountNet'), a till's item report (Square 'Net Sales')
                   "amountnet", "netsales", "gesamtnetto", "nettogesamt", "summenetto", "totalnet", "nettototal",
                   "umsatzbrutto",
                   "bruttoumsatz", "bruttobetrag",
                   # order totals (one row per order): weaker than any line amount
                   "ordertotal", "totalamount", "gesamtbetrag", "bestellwert", "ordervalue", "totalprice"),
        "unit_cost": ("unitcost", "cost", "einstandspreis", "kosten", "stueckkosten", "einkaufspreis"),
        "channel": ("channel", "kanal", "vertriebskanal", "saleschannel"),
        "line_profit": ("profit", "gewinn", "deckungsbeitrag", "db", "lineprofit", "rohertrag"),
        "line_status": ("status", "auftragsstatus", "orderstatus", "bestellstatus", "linestatus", "financialstatus",
                        "zahlungsstatus", "paymentstatus", "dealstage", "stage", "salesstage", "opportunitystage",
                        "pipelinestage", "dealphase", "verkaufsphase",
                        # an invoice's or a payment's state (FreshBooks 'Invoice Status', Clover 'Payment State')
                        "invoicestatus", "paymentstate", "transactionstatus", "checkstatus",
                        # a shop's order state (PrestaShop 'Order state', Magento 'Order State')
                        "orderstate", "bestellzustand", "auftragszustand"),
        "currency": ("currency", "waehrung", "wahrung", "curr", "currencycode"),
        "name": ("customername", "kundenname", "firma", "company", "companyname", "firmenname", "clientname",
                 # a CRM's deal names its customer by the organisation (Pipedrive 'Deal - Organization')
                 "organization", "organisation", "organizationname", "organisationname",
                 # an accounting system's customer card (MYOB 'Co./Last Name', FreeAgent 'Contact', Maxio
                 # 'Customer Organization')
                 "colastname", "companylastname", "contact", "contactname", "customerorganization",
                 "customerorganisation"),
    },
)

CUSTOMERS = Table(
    name="customers",
    label_de="Kunden",
    columns={
        "customer_id": pl.String(),
        "name": pl.String(),
        "email": pl.String(),
        "phone": pl.String(),
        "status": pl.String(),
        "kind": pl.String(),
        "industry": pl.String(),
        "company_size": pl.String(),
        "age": pl.Float64(),
        "gender": pl.String(),
        "marital_status": pl.String(),
        "income_band": pl.String(),
        "education": pl.String(),
        "city": pl.String(),
        "country": pl.String(),
        "acquisition_channel": pl.String(),
        "acquisition_cost": pl.Float64(),
        "referred_by": pl.String(),
        "first_contact_date": pl.Date(),
        "contact_preference": pl.String(),
        "cost_to_serve": pl.Float64(),
    },
    required=("customer_id",),
    synonyms={
        "customer_id": ("customerid", "customer", "kundennummer", "kundenid", "kundennr", "id"),
        "name": ("name", "kundenname", "customername", "firma", "company"),
        "email": ("email", "mail", "emailadresse"),
        "phone": ("phone", "telefon", "tel", "telefonnummer"),
        "status": ("status", "stage", "phase"),
        "kind": ("kind", "type", "typ", "kundentyp", "segmenttype", "art"),
        "industry": ("industry", "branche"),
        "company_size": ("companysize", "unternehmensgroesse", "unternehmensgrosse", "mitarbeiter", "employees"),
        "age": ("age", "alter"),
        "gender": ("gender", "geschlecht", "sex"),
        "marital_status": ("maritalstatus", "familienstand"),
        "income_band": ("incomeband", "einkommensklasse", "einkommensband"),
        "education": ("education", "bildung", "ausbildung"),
        "city": ("city", "stadt", "ort"),
        "country": ("country", "land"),
        "acquisition_channel": ("acquisitionchannel", "akquisekanal", "channel", "kanal", "source", "quelle"),
        "acquisition_cost": ("acquisitioncost", "akquisekosten", "cac"),
        "referred_by": ("referredby", "empfohlenvon", "referrer"),
        "first_contact_date": ("firstcontactdate", "erstkontakt", "firstcontact"),
        "contact_preference": ("contactpreference", "kontaktpraeferenz", "kontaktweg"),
        "cost_to_serve": ("costtoserve", "betreuungskosten", "servicekosten"),
    },
)

SURVEY_RESPONSES = Table(
    name="survey_responses",
    label_de="Kundenbefragung",
    columns={
        "customer_id": pl.String(),
        "response_date": pl.Date(),
        "aspect": pl.String(),
        "satisfaction": pl.Float64(),
        "importance": pl.Float64(),
        "nps": pl.Float64(),
        "repurchase_intent": pl.Float64(),
    },
    required=("customer_id", "response_date"),
    synonyms={
        "customer_id": ("customerid", "kundennummer", "kundenid", "kundennr"),
        "response_date": ("responsedate", "antwortdatum", "datum", "date", "submittedat", "submitdate",
                          "submitted", "completedat", "answeredat", "beantwortetam", "abgeschicktam"),
        "aspect": ("aspect", "aspekt", "kriterium", "thema"),
        "satisfaction": ("satisfaction", "zufriedenheit", "csat"),
        "importance": ("importance", "wichtigkeit", "bedeutung"),
        "nps": ("nps", "recommend", "weiterempfehlung", "empfehlung"),
        "repurchase_intent": ("repurchaseintent", "wiederkaufabsicht", "wiederkauf"),
    },
)

COUPONS = Table(
    name="coupons",
    label_de="Einlösungen",
    columns={
        "coupon_id": pl.String(),
        "customer_id": pl.String(),
        "issued_at": pl.Date(),
        "redeemed_at": pl.Date(),
        "campaign": pl.String(),
    },
    required=("coupon_id", "customer_id", "issued_at"),
    synonyms={
        "coupon_id": ("couponid", "coupon", "gutschein", "gutscheinnummer", "code"),
        "customer_id": ("customerid", "kundennummer", "kundenid", "kundennr"),
        "issued_at": ("issuedat", "issued", "ausgegeben", "ausgabedatum"),
        "redeemed_at": ("redeemedat", "redeemed", "eingeloest", "einloesedatum", "eingelost"),
        "campaign": ("campaign", "kampagne", "aktion"),
    },
)

INTERACTIONS = Table(
    name="interactions",
    label_de="Interaktionen",
    columns={
        "customer_id": pl.String(),
        "happened_at": pl.Datetime("us"),
        "kind": pl.String(),
        "note": pl.String(),
    },
    required=("customer_id", "happened_at", "kind"),
    synonyms={
        "customer_id": ("customerid", "kundennummer", "kundenid", "kundennr"),
        "happened_at": ("happenedat", "date", "datum", "zeitpunkt", "timestamp"),
        "kind": ("kind", "type", "art", "typ", "kanal"),
        "note": ("note", "notiz", "bemerkung", "comment", "kommentar"),
    },
)

TABLES: dict[str, Table] = {t.name: t for t in (ORDER_LINES, CUSTOMERS, SURVEY_RESPONSES, COUPONS, INTERACTIONS)}

# Headers of French, Dutch, Spanish and Italian shop and ERP exports (normalised). Net amounts name the revenue
# ('Montant HT', 'Bedrag excl. btw'), never the gross ones ('TTC', 'incl. btw'), as Netto does in German.
_OTHER_LANGUAGES: dict[str, tuple[str, ...]] = {
    "order_id": ("bon", "kassenbon", "bonid", "ndecommande", "nodecommande", "numerocommande", "faktura", "fakturanummer", "commande", "ncommande", "nocommande", "numerodecommande", "numcommande", "referencecommande",
                 "bestelnummer", "ordernummer", "bestelling", "pedido", "npedido", "nopedido", "numerodepedido",
                 "numpedido", "nordine", "numeroordine", "ordine"),
    # a number beside a name ('N° client' and 'Client'): the number is the key
    "customer_id": ("kauferid", "kaeuferid", "kaufernummer", "buyerid", "nclient", "noclient", "numeroclient", "idclient", "codeclient", "klantnummer",
                    "klantid", "klantnr", "idcliente", "numerocliente", "ncliente", "nocliente", "codigocliente",
                    "codicecliente", "client", "klant", "cliente"),
    "order_date": ("fakturadatum", "datedecommande", "datecommande", "datedefacture", "datefacture", "besteldatum", "orderdatum",
                   "factuurdatum", "fecha", "fechapedido", "fechadepedido", "fechafactura", "dataordine",
                   "datadellordine"),
    # a line's amount after its discount ('Subtotal' beside 'Unit Price' and 'Discount (%)' in Odoo)
    "amount": ("subtotal", "pricesubtotal", "montantht", "totalht", "montanthorstaxe", "bedragexclbtw", "bedragexbtw", "totaalexclbtw",
               "importe", "importetotal", "baseimponible", "importo", "imponibile"),
    "line_status": ("statut", "etat", "statutdelacommande", "bestelstatus", "estado", "estadodelpedido", "stato"),
    "quantity": ("quantite", "qte", "aantal", "cantidad", "quantita"),
    "unit_price": ("prixunitaire", "prixunitaireht", "stukprijs", "preciounitario", "prezzounitario"),
}
for _column, _words in _OTHER_LANGUAGES.items():
    ORDER_LINES.synonyms[_column] = (*ORDER_LINES.synonyms[_column], *_words)

# Payment accounts' activity downloads (PayPal 'Transaktionscode', 'Transaction ID'): the transaction is the order
_PAYMENT_ACCOUNTS: dict[str, tuple[str, ...]] = {
    "order_id": ("transaktionscode", "transactioncode", "transaktionsid", "transaktionsnummer", "transactionreference"),
}
for _column, _words in _PAYMENT_ACCOUNTS.items():
    ORDER_LINES.synonyms[_column] = (*ORDER_LINES.synonyms[_column], *_words)

# An amount that says it is before or after tax ('Subtotal (ex tax)', 'Amount ex GST', 'Order Total (inc tax)',
# 'Amount (inc GST)'): the net ones are the revenue before any total; a gross one is the amount only where no net
# one is there (weakest), and insight.io.canonical then subtracts its tax column.
_MONEY_BASES = ("amount", "total", "subtotal", "ordertotal", "invoicetotal", "invoiceamount", "value", "sales",
                "price", "linetotal", "grandtotal")
_TAX_WORDS = ("tax", "taxes", "gst", "vat", "hst", "salestax")
NET_QUALIFIED = tuple(b + q + t for b in _MONEY_BASES for q in ("ex", "excl", "exclusive", "excluding", "before",
                                                                  "pre", "net", "without", "less")
                      for t in _TAX_WORDS)
GROSS_QUALIFIED = tuple(b + q + t for b in _MONEY_BASES for q in ("inc", "incl", "inclusive", "including", "with",
                                                                    "plus", "after")
                        for t in _TAX_WORDS)
_amount = ORDER_LINES.synonyms["amount"]
_at = _amount.index("total")
ORDER_LINES.synonyms["amount"] = (*_amount[:_at], *NET_QUALIFIED, *_amount[_at:], *GROSS_QUALIFIED)

# A document word and a number word, however punctuated ('Rechnung Nr.', 'Rechnungs-Nr.', 'Beleg-Nr.', 'Invoice No.',
# 'Bill #', 'Rech.-Nr.'): the document's number is the order id (weakest, after every listed synonym)
_DOCUMENT_WORDS = ("rechnung", "rechnungs", "rech", "beleg", "belegs", "invoice", "inv", "bill", "receipt", "bon",
                   "auftrag", "auftrags", "bestell", "bestellung", "order", "document", "doc", "dokument",
                   "vorgang", "vorgangs", "faktura", "quittung", "kassenbon")
_NUMBER_WORDS = ("nr", "no", "num", "number", "nummer", "id")
_had = set(ORDER_LINES.synonyms["order_id"])
ORDER_LINES.synonyms["order_id"] = (*ORDER_LINES.synonyms["order_id"], *dict.fromkeys(
    d + n for d in _DOCUMENT_WORDS for n in ("", *_NUMBER_WORDS) if d + n not in _had
    and (n or d in ("rechnung", "quittung", "kassenbon"))))
# the same in the other European languages, the number word first or last ('Numero fattura', 'N° facture', 'Nr
# faktury', 'Número de factura', 'Číslo faktury', 'Fakturanr', 'Laskunumero', 'Ordrenr') and the abbreviated invoice
# ('Rg.-Nr.', 'Re.-Nr.'): the document's number is the order id
_FOREIGN_DOCUMENTS = ("fattura", "facture", "factura", "fatura", "factuur", "faktura", "faktury", "lasku",
                      "tilaus", "ordre", "ordine", "commande", "pedido", "encomenda", "documento", "dokladu", "doklad",
                      "objednavky", "zamowienia", "bestelling", "boekstuk",
                      # Latin American shops' order ('Número de orden', 'Nro. de orden', 'Número do pedido',
                      # Mercado Libre's '# de venta', 'Número da venda')
                      "orden", "ordem", "venta", "venda")
_FOREIGN_NUMBERS = ("nr", "no", "n", "num", "numero", "nro", "numer", "cislo", "nummer", "number")
_ABBREVIATED = ("rgnr", "renr", "rgno", "reno", "rechnr", "rgnummer", "renummer")
_had = set(ORDER_LINES.synonyms["order_id"])
ORDER_LINES.synonyms["order_id"] = (*ORDER_LINES.synonyms["order_id"], *dict.fromkeys(
    w for w in (*_ABBREVIATED,
                *(n + c + d for n in _FOREIGN_NUMBERS for c in ("", "de", "di", "du", "da", "do", "del", "della", "dela")
                  for d in _FOREIGN_DOCUMENTS),
                *(d + n for d in _FOREIGN_DOCUMENTS for n in _FOREIGN_NUMBERS))
    if w not in _had))

# ISO 4217 codes of the currencies an export names ('Valuta' = NOK/SEK/EUR/DKK): Europe's, the world's largest
ISO_CURRENCIES = frozenset((
    "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "HRK", "RSD", "BAM",
    "MKD", "ALL", "MDL", "UAH", "BYN", "RUB", "TRY", "GEL", "AMD", "AZN", "JPY", "CNY", "HKD", "TWD", "KRW", "SGD",
    "INR", "IDR", "MYR", "THB", "PHP", "VND", "AUD", "NZD", "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "ZAR",
    "AED", "SAR", "QAR", "ILS", "EGP", "MAD", "NGN", "KES"))

# Personal data that --pseudonymize replaces before anything is written.
PERSONAL_COLUMNS = ("name", "email", "phone")
# customer ids a Dataset keeps as Int64 (insight.dataset.Dataset._harmonise_ids): plain integers of at most 18 digits
INTEGER_ID = r"^-?[1-9]\d{0,17}$|^0$"


# the refunds alone (not credit adjustments): the amount paid back to the customer, also on an order refunded in
# full, whose status leaves it out of revenue
_REFUNDED_ONLY = re.compile(r"(?:refunded|refundamount|refundtotal|erstattet|erstattungsbetrag|ruckerstattet|"
                            r"rueckerstattet|montantrembourse|rembourse|terugbetaald|reembolsado)")


def is_refund_header(header: str) -> bool:
    """Whether a header names the amount refunded of each line or order ('Total Refunded',
    'total_refunded.amount', 'Erstatteter Betrag'), not a credit adjustment ('Amount Adjusted')."""
    return _REFUNDED_ONLY.search(normalise_header(header)) is not None


_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"})


@functools.lru_cache(maxsize=16_384)  # header matching asks for the same few headers hundreds of times per file
def normalise_header(header: str) -> str:
    """Case-, space-, accent- and punctuation-insensitive form of a header: 'Kunden-ID' -> 'kundenid'."""
    text = header.strip().casefold()
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    # letters NFKD does not decompose: Danish/Norwegian 'Beløb', 'Beløp', Polish 'Forma płatności', 'Æ', 'œ'
    text = text.translate(_UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    # kana and CJK ideographs are kept: a Japanese export's headers ('得意先コード') are words too, not punctuation
    return re.sub(r"[^a-z0-9\u3040-\u30ff\u4e00-\u9fff]", "", text)


def empty_frame(table: Table) -> pl.DataFrame:
    """An empty frame with the table's canonical schema."""
    return pl.DataFrame(schema=table.columns)


def _missing(table: Table, column: str, words: Iterable[str]) -> tuple[str, ...]:
    """The words that are not yet synonyms of the column (in their order)."""
    have = set(table.synonyms[column])
    return tuple(w for w in words if w not in have)


def _add_synonyms(table: Table, column: str, words: tuple[str, ...], after: str | None = None) -> None:
    """Add header words to a column's synonyms, right after ``after`` (their strength) or last (weakest)."""
    moved = set(words)
    syns = [w for w in table.synonyms[column] if w not in moved]
    at = syns.index(after) + 1 if after in syns else len(syns)
    table.synonyms[column] = (*syns[:at], *words, *syns[at:])


# Round-5 exports (docs/import.md, "Header families"): an ERP's 'Kd.-Nr.' before the name-like 'Kunde';
# accounting's 'Debitor' and a hotel's 'Gastnummer' as customers; an order list's 'Erstellt' and a booking's
# 'Anreise' as the order date; a money word with its qualifier ('Betrag netto' before 'Betrag brutto') and a
# ticket export's 'Total Paid' as the amount.
_add_synonyms(ORDER_LINES, "customer_id", ("kdnr", "kdnummer"), after="kundennr")
_add_synonyms(ORDER_LINES, "customer_id", ("debitor", "debitornr", "debitorennr", "debitornummer", "debitorennummer",
                                           "gastnummer", "gastnr", "guestid", "guestnumber", "guestno"))
_add_synonyms(CUSTOMERS, "customer_id", ("kdnr", "kdnummer", "debitor", "debitornr", "debitorennr", "debitornummer",
                                         "debitorennummer", "gastnummer", "gastnr", "guestid", "guestnumber",
                                         "guestno"), after="kundennr")
_add_synonyms(ORDER_LINES, "order_date", ("erstellt", "erstelltam", "createddate", "datecreated", "anreise",
                                          "anreisedatum", "arrival", "arrivaldate", "checkin", "checkindate"),
              after="kaufdatum")
_add_synonyms(ORDER_LINES, "amount", ("betragnetto", "gesamtnetto", "summenetto", "nettogesamt", "totalnet",
                                      "nettotal"), after="nettowert")
_add_synonyms(ORDER_LINES, "amount", ("betragbrutto", "gesamtbrutto", "summebrutto", "bruttogesamt"),
              after="bruttobetrag")
_add_synonyms(ORDER_LINES, "amount", ("totalpaid", "amountpaid"))
# a booking's number (hotel PMS 'Res.-Nr.', 'Buchungsnummer', 'Booking ID') is the order id
_add_synonyms(ORDER_LINES, "order_id", ("resnr", "reservierungsnr", "reservierungsnummer", "reservationid",
                                        "reservationnumber", "reservationno", "buchungsnr", "buchungsnummer",
                                        "bookingid", "bookingnumber", "bookingno", "bookingref", "bookingreference"))
# an AS/400 journal's abbreviations ('BELDAT' Belegdatum, 'BELNR' Belegnummer) and Etsy's 'Buyer User ID'
_add_synonyms(ORDER_LINES, "order_date", ("beldat", "belegdat"), after="belegdatum")
_add_synonyms(ORDER_LINES, "order_id", ("belnr",))
_add_synonyms(ORDER_LINES, "customer_id", ("buyeruserid", "buyerid"), after="buyer")
# Round-6 trades (docs/import.md, "Header families"): the customer's number of a trade — an app's 'user_id', a
# practice's 'Patient-Nr', a rental's 'Mieter-Nr.', a utility's 'Vertragskonto', Business Central's 'Verk. an
# Deb.-Nr.', a buyer's id ('Käufer-ID', 'Buyer ID') — is the customer, before a bare 'id' (usually the row's own
# number); the counterparty of a bank statement, a renter's or patient's name are the customer's name (so a file
# without a number is keyed by it); a display name ('Buyer Name') is a name, never the key (an e-mail wins).
_TRADE_CUSTOMER_KEYS = ("userid", "usernr", "usernumber", "useruuid", "buyerid", "buyeruserid", "kaeuferid",
                        "kauferid", "kaeufernummer", "kaufernummer", "kaeufernr", "kaufernr",
                        "patientnr", "patientennr", "patientnummer", "patientennummer", "patientid", "patnr",
                        "mieternr", "mieternummer", "mieterid", "renterid", "tenantid", "tenantnumber",
                        "vertragskonto", "vertragskontonr", "vertragskontonummer", "kundenkonto", "kundenkontonr",
                        "kundenkontonummer", "debnr", "debitorennr", "verkandebnr", "rechandebnr", "selltocustomerno",
                        "billtocustomerno")
_add_synonyms(ORDER_LINES, "customer_id", _TRADE_CUSTOMER_KEYS, after="clientid")
_add_synonyms(CUSTOMERS, "customer_id", _TRADE_CUSTOMER_KEYS, after="kundenid")
ORDER_LINES.synonyms["customer_id"] = tuple(w for w in ORDER_LINES.synonyms["customer_id"]
                                            if w not in ("buyername", "kaeufername"))
_add_synonyms(ORDER_LINES, "name", ("buyername", "kaeufername", "nameofbuyer", "beguenstigterzahlungspflichtiger",
                                    "zahlungspflichtiger", "auftraggeber", "auftraggeberempfaenger",
                                    "empfaengerauftraggeber", "namezahlungsbeteiligter", "zahlungsbeteiligter",
                                    "counterparty", "counterpartyname", "payer", "payername", "gegenpartei",
                                    "mieter", "mietername", "renter", "rentername", "tenant", "tenantname",
                                    "patient", "patientname", "patientenname", "accountname",
                                    # Business Central's sell-to and bill-to names beside their debtor numbers
                                    "verkanname", "rechanname", "selltocustomername", "billtoname"))
# the date an order is placed, in a trade's word: an order system's receipt ('Eingang'), an appointment ('Termin'),
# a posting ('Buchungsdatum', 'Buchungstag'), a service or treatment ('Leistungsdatum', 'Behandlungsdatum'), a rental's
# pick-up ('Abholung', 'Mietbeginn') — weaker than any order or invoice date, and than a hotel's 'Anreise'
_add_synonyms(ORDER_LINES, "order_date", ("eingang", "auftragseingang", "bestelleingang", "eingangsdatum",
                                          "termin", "termindatum", "terminbeginn", "appointment", "appointmentdate",
                                          "leistungsdatum", "servicedate", "behandlungsdatum", "behandlungstag",
                                          "treatmentdate", "abholung", "abholdatum", "mietbeginn", "pickupdate",
                                          "rentalstart", "buchungsdatum", "buchungstag", "postingdate", "bookingdate"),
              after="checkindate")
# a purchase's or a rental contract's own number is the order ('Purchase ID', 'Mietvertrag')
_add_synonyms(ORDER_LINES, "order_id", ("purchaseid", "purchasenumber", "purchaseno", "kaufid", "kaufnummer",
                                        "mietvertrag", "mietvertragsnr", "mietvertragsnummer", "rentalagreement",
                                        "rentalid", "rentalnumber", "rentalno"), after="bestellid")
# an invoice's or rental's total in its own words ('Rechnungsbetrag (netto)' before '(brutto)', 'Mietpreis netto')
_add_synonyms(ORDER_LINES, "amount", ("rechnungsbetragnetto", "nettorechnungsbetrag", "auftragswertnetto",
                                      "bestellwertnetto", "mietpreisnetto", "nettomietpreis"), after="nettotal")
_add_synonyms(ORDER_LINES, "amount", ("rechnungsbetragbrutto", "bruttorechnungsbetrag", "rechnungsbetrag",
                                      "auftragswert", "mietpreis", "mietpreisbrutto", "mietbetrag"), after="bruttogesamt")
# a member list's or a subscription export's key (a studio's 'Mitgliedsnr', Recurly's 'account_code') is the customer
_MEMBER_KEYS = ("mitgliedsnr", "mitgliedsnummer", "mitgliednr", "memberid", "membernumber", "memberno",
                "accountcode", "accountid", "accountnumber", "accountno")
_add_synonyms(CUSTOMERS, "customer_id", _MEMBER_KEYS)
_add_synonyms(ORDER_LINES, "customer_id", _MEMBER_KEYS)


# Round-9 exports from the rest of Europe (docs/import.md, "Conventions added with client set 9"): Polish, Swedish,
# Danish, Norwegian, Dutch, Czech, Finnish, Portuguese, Spanish and Italian headers, written as the client writes them
# and normalised here ('Beløb' → 'belob', 'Päivämäärä' → 'paeivaemaeaerae'). Keys (a number word) before names;
# a customer word alone ('Kund', 'Kontrahent', 'Asiakas') is the customer, weaker than any key beside it.
def _norm_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(normalise_header(w) for w in words))


_EUROPE_KEYS = _norm_words((
    "Kundenr", "Kundenr.", "Kundenummer", "Kundnr", "Kundnummer", "Kund-ID", "Klantcode", "Debiteur", "Debiteurnr",
    "Debiteurnummer", "Debiteurcode", "Nr klienta", "Numer klienta", "ID klienta", "Kod klienta", "Nr kontrahenta",
    "Kod kontrahenta", "Číslo zákazníka", "Číslo odběratele", "Kód zákazníka", "Asiakasnumero", "Asiakasnro",
    "Asiakastunnus", "Asiakas-ID", "Codice cliente", "Cód. cliente", "Código do cliente", "Nº cliente",
    "Número de cliente", "Número do cliente", "Cod. cliente"))
_add_synonyms(ORDER_LINES, "customer_id", _EUROPE_KEYS, after="kundennr")
_add_synonyms(CUSTOMERS, "customer_id", _EUROPE_KEYS, after="kundennr")
_EUROPE_CUSTOMER = _norm_words(("Kund", "Kontrahent", "Nabywca", "Klient", "Odběratel", "Zákazník", "Asiakas",
                                "Afnemer", "Cliente", "Klant"))
_add_synonyms(ORDER_LINES, "customer_id", _EUROPE_CUSTOMER)
_add_synonyms(CUSTOMERS, "customer_id", _EUROPE_CUSTOMER)
_EUROPE: dict[str, tuple[str, ...]] = {
    "name": ("Kundenavn", "Kundnamn", "Kundens navn", "Klantnaam", "Debiteurnaam", "Naam debiteur", "Naam klant",
             "Nazwa klienta", "Nazwa kontrahenta", "Nazwa nabywcy", "Název odběratele", "Název zákazníka",
             "Jméno zákazníka", "Asiakkaan nimi", "Asiakasnimi", "Nome cliente", "Nome do cliente",
             "Nombre cliente", "Nombre del cliente", "Ragione sociale", "Razão social", "Razón social",
             "Denominazione", "Firmanavn", "Företag", "Bedrijfsnaam", "Firma klienta"),
    "order_id": ("Ordrenr", "Ordrenr.", "Ordrenummer", "Ordernr", "Ordernr.", "Bestillingsnr", "Bestillingsnummer",
                 "Beställningsnr", "Ordernummer", "Fakturanr", "Fakturanummer", "Faktura nr", "Fakturanr.",
                 "Factuurnummer", "Factuurnr", "Factuurnr.", "Boekstuk", "Boekstuknummer", "Nr faktury",
                 "Numer faktury", "Nr zamówienia", "Numer zamówienia", "Nr dokumentu", "Číslo faktury",
                 "Číslo objednávky", "Číslo dokladu", "Laskunumero", "Laskun numero", "Laskunro", "Tilausnumero",
                 "Tilausnro", "Tilaus"),
    "order_date": ("Dato", "Ordredato", "Orderdato", "Orderdatum", "Bestillingsdato", "Beställningsdatum",
                   "Fakturadato", "Fakturadatum", "Factuurdatum", "Boekdatum", "Data wystawienia", "Data faktury",
                   "Data zamówienia", "Data sprzedaży", "Datum vystavení", "Datum faktury", "Datum objednávky",
                   "Datum prodeje", "Päivämäärä", "Päiväys", "Tilauspäivä", "Tilauspäivämäärä", "Laskun päivämäärä",
                   "Laskupäivä", "Data emissão", "Data da fatura", "Data do documento", "Data documento",
                   "Data fattura", "Data documento", "Fecha de emisión", "Fecha emisión", "Fecha documento"),
    "amount": ("Netto", "Belopp", "Beløp", "Beløb", "Bedrag", "Nettobeløp", "Nettobeløb", "Nettobelopp",
               "Nettobedrag", "Bedrag excl", "Kwota netto", "Wartość netto", "Kwota", "Wartość", "Základ DPH",
               "Základ", "Částka bez DPH", "Částka", "Summa", "Veroton summa", "Summa ilman alv", "Hinta yhteensä",
               "Importe neto", "Importe sin IVA", "Neto", "Valor líquido", "Valor sem IVA", "Valor", "Importo netto",
               "Totale imponibile", "Montant"),
    "quantity": ("Antal", "Antall", "Ilość", "Množství", "Määrä", "Kpl", "Quantidade", "Qtd", "Qtà", "Aantal"),
    "unit_price": ("Pris", "À-pris", "A-pris", "Enhetspris", "Enhedspris", "Styckpris", "Stykpris", "Prijs",
                   "Cena", "Cena jednostkowa", "Cena netto", "Jednotková cena", "Hinta", "Yksikköhinta",
                   "Preço unitário", "Preço", "Prezzo", "Precio", "Stuksprijs"),
    "product_id": ("Produkt", "Produktnr", "Varenr", "Varenummer", "Vare", "Artikkel", "Artikkelnr",
                   "Artikelnr", "Artikelnummer", "Towar", "Kod towaru", "Zboží", "Kód zboží", "Tuote", "Tuotenumero",
                   "Tuotekoodi", "Produto", "Producto", "Prodotto", "Articolo", "Codice articolo", "Referência"),
    "line_status": ("Stav", "Tila", "Tilanne", "Situação", "Estat"),
    "currency": ("Valuta", "Waluta", "Měna", "Valuutta", "Moeda", "Moneda", "Divisa", "Valute"),
    "country": ("Landekode", "Landskode", "Kraj", "Země", "Maa", "País", "Pais", "Paese", "Nazione"),
    "channel": ("Canal", "Kanaal", "Kanava", "Kanał", "Canale", "Försäljningskanal", "Salgskanal"),
}
for _column, _words in _EUROPE.items():
    _add_synonyms(ORDER_LINES, _column, _missing(ORDER_LINES, _column, _norm_words(_words)))
# a money word with its tax qualifier, per language ('Belopp exkl. moms', 'Beløb inkl. moms', 'Částka s DPH',
# 'Importe sin IVA'): the net ones are the revenue before any total (as NET_QUALIFIED), a gross one the weakest claim
# (then lowered by its tax column); (money words, net qualifiers, gross qualifiers, tax words)
_EUROPE_MONEY = (
    (("belopp", "summa", "pris", "totalt"), ("exkl", "exklusive", "utan"), ("inkl", "inklusive", "med"), ("moms",)),
    (("belob", "pris", "total", "ialt"), ("ekskl", "eksklusiv", "eks", "uden"), ("inkl", "inklusiv", "med"), ("moms",)),
    (("belop", "pris", "totalt", "sum"), ("ekskl", "eksklusiv", "eks", "uten"), ("inkl", "inklusiv", "med"),
     ("mva", "moms")),
    (("bedrag", "totaal", "prijs"), ("excl", "exclusief", "ex", "zonder"), ("incl", "inclusief", "met"), ("btw",)),
    (("kwota", "wartosc", "cena", "suma"), ("bez",), ("z", "z"), ("vat", "ptu", "podatku")),
    (("castka", "cena", "celkem"), ("bez",), ("s", "vcetne"), ("dph",)),
    (("summa", "hinta", "yhteensa"), ("ilman", "veroton"), ("sis", "sisaltaen", "verollinen"), ("alv",)),
    (("importe", "precio", "total"), ("sin",), ("con",), ("iva",)),
    (("valor", "preco", "total"), ("sem",), ("com",), ("iva",)),
    (("importo", "prezzo", "totale"), ("senza", "escl", "esclusa"), ("con", "incl", "inclusa", "ivato"), ("iva",)),
)
EUROPE_NET = tuple(dict.fromkeys(m + q + t for ms, nq, _, ts in _EUROPE_MONEY for m in ms for q in nq for t in ts))
EUROPE_GROSS = tuple(dict.fromkeys(m + q + t for ms, _, gq, ts in _EUROPE_MONEY for m in ms for q in gq for t in ts))
_had = {*EUROPE_NET, *EUROPE_GROSS}
_amount = tuple(w for w in ORDER_LINES.synonyms["amount"] if w not in _had)
_at = _amount.index("total")
ORDER_LINES.synonyms["amount"] = (*_amount[:_at], *EUROPE_NET, *_amount[_at:], *EUROPE_GROSS)

# the direction column insight.io.bank adds to a bank statement's lines (header, incoming value, outgoing value):
# the outgoing payments are no sale (insight.metrics.conventions), and a bank's 'Gutschrift' no credit note
BANK_DIRECTION = {"de": ("Zahlungsrichtung", "Zahlungseingang", "Zahlungsausgang"),
                  "en": ("Direction", "incoming payment", "outgoing payment")}


# Round-8 loyalty tables (docs/import.md, "Loyalty tables"): a voucher export's own words ('Gutscheincode',
# 'ausgegeben am', 'eingelöst am'; 'Coupon Code', 'Issued', 'Redeemed'), a helpdesk's ticket log ('Erstellt am',
# 'Kategorie', 'Betreff', the customer by 'Kunde' or e-mail), a survey tool's respondent and dates (Qualtrics
# 'RecipientEmail', 'EndDate'; SurveyMonkey 'End Date' before 'Start Date'), a CRM's funnel stage ('Lead-Status',
# 'Lifecycle Stage'), customer type ('Customer Type') and source ('Lead Source', 'Original Source'), and an ERP's
# selling price ('VK-Preis netto')
_add_synonyms(COUPONS, "coupon_id", ("gutscheincode", "couponcode", "vouchercode", "voucher", "voucherid",
                                     "gutscheinid", "gutscheinnr", "couponnumber", "vouchernumber"), after="gutscheinnummer")
_add_synonyms(COUPONS, "issued_at", ("ausgegebenam", "ausgabeam", "issueddate", "ausgestelltam"), after="ausgabedatum")
_add_synonyms(COUPONS, "redeemed_at", ("eingeloestam", "eingelostam", "redeemedon", "redemptiondate",
                                       "einloesungsdatum", "einloesung", "einlosung", "usedat", "usedon"))
_add_synonyms(COUPONS, "campaign", ("campaignname", "kampagnenname", "aktionsname"))
_add_synonyms(INTERACTIONS, "customer_id", ("customer", "kunde", "customernumber", "email", "emailadresse", "mail",
                                            "customeremail", "kundenemail", "requester", "requesteremail",
                                            "anfragender"))
_add_synonyms(INTERACTIONS, "happened_at", ("erstelltam", "erstellt", "createdat", "created", "createddate",
                                            "datecreated", "kontaktdatum", "ticketdatum", "eroeffnetam", "openedat",
                                            "opened", "datumuhrzeit"), after="timestamp")
_add_synonyms(INTERACTIONS, "kind", ("kontaktart", "kontakttyp", "kategorie", "category", "tickettyp",
                                     "tickettype", "ticketart", "anfrageart", "interactiontype", "interaktionsart",
                                     "anliegen"))
_add_synonyms(INTERACTIONS, "note", ("betreff", "subject", "titel", "title", "beschreibung", "description",
                                     "nachricht", "message", "text", "inhalt"))
_add_synonyms(SURVEY_RESPONSES, "customer_id", ("recipientemail", "respondentemail", "email", "emailadresse", "mail",
                                                "customeremail", "kundenemail"))
_add_synonyms(SURVEY_RESPONSES, "response_date", ("enddate", "enddatum", "recordeddate", "completeddate",
                                                  "completiondate", "endzeit", "startdate", "startdatum",
                                                  "startzeit"))
_add_synonyms(SURVEY_RESPONSES, "nps", ("npsscore", "npswert", "netpromoterscore", "weiterempfehlungsbereitschaft"))
_add_synonyms(CUSTOMERS, "status", ("leadstatus", "lifecyclestage", "lebenszyklusphase", "kundenstatus",
                                    "funnelstage", "funnelstatus"))
_add_synonyms(CUSTOMERS, "kind", ("customertype", "kundenart", "accounttype", "b2bb2c"))
_add_synonyms(CUSTOMERS, "acquisition_channel", ("leadsource", "originalsource", "akquisitionskanal",
                                                 "akquisequelle", "leadquelle", "herkunft"))
_add_synonyms(ORDER_LINES, "unit_price", ("vkpreis", "vkpreisnetto", "verkaufspreisnetto", "vknetto"),
              after="verkaufspreis")

# Round-10 exports (docs/import.md, "Conventions added with client set 10"): a till's 'Sale ID', an accounting
# register's 'Voucher No.' (Tally) and its party column 'Particulars' (the weakest customer claim), Mercado Libre's
# '# de venta', 'Fecha de venta', 'Comprador' and 'Ingresos por productos', a Brazilian nota fiscal's 'CPF/CNPJ' (the
# buyer's tax number: the customer key before the name 'Cliente'), 'Número', 'Data de emissão' and 'Valor dos
# produtos' (the goods before freight), SAP's 'Auftragg.' (the sold-to party) and 'Fakt.Datum'; a till's 'Net Sales'
# is the revenue before its 'Total' (incl. taxes)
_add_synonyms(ORDER_LINES, "order_id", ("saleid", "salenumber", "saleno", "salenr", "salesid", "salesnumber",
                                        "voucherno", "vouchernumber", "vouchernr", "nrdeventa", "ndeventa",
                                        "numerodeventa", "iddeventa", "idventa", "numerodanota", "numeronf", "nnf"))
_add_synonyms(ORDER_LINES, "order_id", ("numero",))
_add_synonyms(ORDER_LINES, "customer_id", ("cpfcnpj", "cnpjcpf", "cnpj", "cpf", "auftragg", "auftraggeber"),
              after="kundennr")
_add_synonyms(ORDER_LINES, "customer_id", ("comprador", "compradora", "particulars", "partyname", "party",
                                           "account", "retailer", "retailername"))
_add_synonyms(ORDER_LINES, "order_date", ("fechadeventa", "fechaventa", "datadeemissao", "datadaemissao",
                                          "datavenda", "datadavenda", "faktdatum", "fakturadat"))
_add_synonyms(ORDER_LINES, "amount", ("ingresosporproductos", "ingresosproductos", "valordosprodutos",
                                      "valorprodutos", "totaldosprodutos"), after="taxableamount")
_add_synonyms(ORDER_LINES, "amount", ("wholesaletotal", "wholesaleamount", "wholesalevalue"), after="taxableamount")
_add_synonyms(ORDER_LINES, "amount", ("wholesaleprice",))  # a wholesale order's value (Faire): the weakest claim
_amount = tuple(w for w in ORDER_LINES.synonyms["amount"] if w != "netsales")
ORDER_LINES.synonyms["amount"] = (*_amount[:_amount.index("total")], "netsales", *_amount[_amount.index("total"):])

# Round-11 exports (docs/import.md, "Conventions added with client set 11"): Hungarian (Számlázz.hu, Billingo),
# Turkish (Paraşüt, Logo), Japanese (Yayoi, freee) and Romanian invoice lists, and the invoice words still missing for
# the other European languages. A customer code ('Vevőkód', 'Müşteri Kodu', '得意先コード') is the key before the
# buyer's name; a buyer's tax number ('Vevő adószáma', 'Vergi No', 'NIP', 'Partita IVA') is no key (the blind sets
# name the customer by the name beside it) and stays a client column; a net amount ('Nettó', 'Ara Toplam', '税抜金額') is the revenue before any gross total
# ('Bruttó', 'Genel Toplam', '税込金額'), which stays the weakest claim.
_ROUND11_KEYS = _norm_words((
    # hu
    "Vevőkód", "Vevő kód", "Vevő azonosító", "Vevőazonosító", "Ügyfélkód", "Ügyfélszám", "Ügyfél azonosító",
    "Partnerkód", "Partner kód", "Partnerazonosító",
    # tr
    "Müşteri No", "Müşteri Numarası", "Müşteri Kodu", "Cari Kod", "Cari Kodu", "Cari Hesap Kodu", "Cari No",
    # ja
    "得意先コード", "得意先CD", "得意先番号", "得意先ID", "顧客コード", "顧客番号", "顧客ID", "取引先コード", "取引先番号",
    "会員番号", "会員ID",
    # ro
    "Cod client"))
_add_synonyms(ORDER_LINES, "customer_id", _missing(ORDER_LINES, "customer_id", _ROUND11_KEYS),
              after="kundennr")
_add_synonyms(CUSTOMERS, "customer_id", _missing(CUSTOMERS, "customer_id", _ROUND11_KEYS),
              after="kundennr")
# a customer word alone (the weakest claim: a key beside it wins, and the word becomes the name)
_ROUND11_CUSTOMER = _norm_words(("Vevő", "Ügyfél", "Partner", "Müşteri", "Alıcı", "得意先", "顧客", "取引先",
                                 "Cumpărător", "Kupující", "Køber", "Köpare", "Kjøper", "Ostaja",
                                 "Comprador", "Acquirente"))
_add_synonyms(ORDER_LINES, "customer_id", _missing(ORDER_LINES, "customer_id", _ROUND11_CUSTOMER))
_add_synonyms(CUSTOMERS, "customer_id", _missing(CUSTOMERS, "customer_id", _ROUND11_CUSTOMER))
_ROUND11: dict[str, tuple[str, ...]] = {
    "name": ("Vevő neve", "Vevő név", "Vevőnév", "Ügyfél neve", "Ügyfélnév", "Partner neve", "Partnernév",
             "Müşteri Adı", "Müşteri Ünvanı", "Müşteri Unvanı", "Cari Adı", "Cari Ünvanı", "Cari Unvan", "Ünvan",
             "Unvan", "Alıcı Adı", "得意先名", "得意先名称", "顧客名", "取引先名", "会社名", "氏名",
             "Denumire client", "Nume client", "Client nume", "Numele clientului", "Nazwa odbiorcy", "Odběratel název",
             "Kundens namn", "Klantnaam", "Nome do cliente", "Nombre del cliente"),
    "order_id": ("Számlaszám", "Számla száma", "Számla sorszáma", "Számla sorszám", "Sorszám", "Bizonylatszám",
                 "Bizonylat száma", "Rendelésszám", "Rendelés száma", "Rendelésazonosító", "Megrendelés száma",
                 "Fatura No", "Fatura Numarası", "Fatura Seri No", "Belge No", "Belge Numarası", "Evrak No",
                 "Sipariş No", "Sipariş Numarası", "伝票番号", "伝票No", "伝票NO", "売上番号", "請求書番号", "請求番号",
                 "注文番号", "受注番号", "納品書番号", "Număr factură", "Numar factura", "Nr. factură", "Nr factura",
                 "Număr document", "Nr. document", "Număr comandă", "Nr. comandă", "Nr comanda", "Factura nr",
                 "Numer dokumentu", "Číslo dokladu", "Fakturanummer", "Número da fatura", "Número de factura",
                 "Numero fattura"),
    "order_date": ("Kelte", "Számla kelte", "Kiállítás dátuma", "Kiállítás kelte", "Kiállítás", "Dátum",
                   "Rendelés dátuma", "Számla dátuma", "Bizonylat dátuma", "Teljesítés dátuma", "Teljesítés",
                   "Düzenleme Tarihi", "Fatura Tarihi", "Tarih", "Sipariş Tarihi", "Belge Tarihi", "İşlem Tarihi",
                   "Satış Tarihi", "売上日", "売上日付", "伝票日付", "取引日", "注文日", "受注日", "請求日", "日付",
                   "計上日", "Data", "Data factură", "Data facturii", "Data emiterii", "Data emitere", "Data comenzii",
                   "Data documentului", "Data wystawienia", "Fakturadatum", "Faktura dato", "Laskun pvm",
                   "Data de emissão", "Fecha de factura", "Data di emissione"),
    "amount": ("Nettó", "Nettó összeg", "Nettó érték", "Nettó ár összesen", "Nettó végösszeg", "Összeg",
               "Ara Toplam", "Net Tutar", "Tutar", "KDV Hariç Tutar", "KDV Hariç Toplam", "Matrah", "Net Toplam",
               "税抜金額", "税抜合計", "税抜額", "本体金額", "売上金額", "金額", "小計",
               "Valoare fara TVA", "Valoare fără TVA", "Valoare", "Total fara TVA", "Total fără TVA", "Baza impozabila",
               "Bază impozabilă", "Suma", "Wartość netto", "Kwota netto", "Částka bez DPH", "Netto bedrag",
               "Nettobelopp", "Valor sem IVA", "Importe sin IVA", "Imponibile"),
    "quantity": ("Mennyiség", "Menny.", "Darab", "Db", "Miktar", "Adet", "数量", "個数", "Cantitate", "Cant."),
    "unit_price": ("Egységár", "Nettó egységár", "Birim Fiyat", "Birim Fiyatı", "Fiyat", "単価", "Preț unitar",
                   "Pret unitar", "Preț", "Pret"),
    "product_id": ("Cikkszám", "Termékkód", "Termék", "Ürün Kodu", "Stok Kodu", "Ürün", "商品コード", "品番",
                   "Cod produs", "Cod articol", "Produs"),
    "description": ("Megnevezés", "Termék neve", "Ürün Adı", "Açıklama", "商品名", "品名", "Denumire produs",
                    "Denumire"),
    "line_status": ("Állapot", "Státusz", "Fizetési állapot", "Durum", "Ödeme Durumu", "状態", "ステータス", "Stare",
                    "Status plată"),
    "currency": ("Pénznem", "Deviza", "Para Birimi", "Döviz", "Döviz Cinsi", "通貨", "Moneda", "Monedă", "Valută"),
    "country": ("Ország", "Ülke", "国", "Țară", "Tara"),
}
for _column, _words in _ROUND11.items():
    _add_synonyms(ORDER_LINES, _column, _missing(ORDER_LINES, _column, _norm_words(_words)))
# the gross totals, the weakest amount claims (insight.io.canonical then takes their tax column off)
_ROUND11_GROSS = _norm_words(("Bruttó", "Bruttó összeg", "Bruttó érték", "Bruttó végösszeg", "Végösszeg",
                              "Genel Toplam", "KDV Dahil Tutar", "KDV Dahil Toplam", "Toplam", "Toplam Tutar",
                              "税込金額", "税込合計", "合計金額", "請求金額", "Total cu TVA", "Valoare cu TVA",
                              "Total de plată"))
_add_synonyms(ORDER_LINES, "amount", _missing(ORDER_LINES, "amount", _ROUND11_GROSS))

# Round-12 exports (docs/import.md, "Conventions added with client set 12"): a net amount named by its tax qualifier
# alone (Teamleader 'Excl. btw' beside 'Btw' and 'Incl. btw'; 'Hors taxe', 'Sin IVA', 'Bez DPH'), an invoice's net
# amount with its document word (Axonaut 'Montant HT facture', 'Total HT commande'), a tax base (Fakturoid 'Základ
# daně', 'Podstawa opodatkowania', 'Adóalap') before any gross total; the gross qualifiers alone ('Incl. btw', 'TTC')
# are the weakest claims. A contact ('Contacto', 'Contato', 'Contatto') names the customer, as 'Contact' does.
_NET_ALONE = ("exclbtw", "exbtw", "exclusiefbtw", "zonderbtw", "exklmoms", "exklusivemoms", "utanmoms", "eksklmoms",
              "eksklmva", "ekskluderetmva", "utenmva", "exklmwst", "exklusivemwst", "ohnemwst", "ohneust", "zzglmwst",
              "exclvat", "exvat", "excltax", "extax", "exgst", "exclgst", "pretax", "beforetax",
              "ht", "horstaxe", "horstaxes", "sindph", "bezdph", "sinimpuestos", "siniva", "semiva", "senzaiva",
              "esclusoiva", "beztva", "bezvat", "ilmanalv", "verotonhinta", "afanelkul", "kdvharic")
NET_QUALIFIERS = frozenset(w for w in _NET_ALONE if w != "ht")  # after a money word: 'Total exkl. MWST' is net
_NET_DOCUMENTS = ("facture", "factures", "commande", "delafacture", "delacommande", "factura", "pedido",
                  "fattura", "ordine", "factuur", "bestelling", "invoice", "order")
_NET_INVOICE = tuple(dict.fromkeys(
    m + d for m in ("montantht", "totalht", "montanthorstaxe", "importeneto", "importesiniva", "baseimponible",
                    "importonetto", "imponibile", "bedragexclbtw", "totaalexclbtw", "netamount", "amountexcltax",
                    "netto", "betragnetto")
    for d in _NET_DOCUMENTS)) + tuple(dict.fromkeys(
    m + "ht" for m in ("montantfacture", "totalfacture", "montantcommande", "totalcommande", "montantdelafacture")))
_TAX_BASE = _norm_words(("Základ daně", "Základ dane", "Daňový základ", "Podstawa opodatkowania", "Adóalap",
                         "Skattegrunnlag", "Beskatningsgrundlag", "Base imposable", "Base tributável",
                         "Base imponibile", "Baza impozitare", "Osnovica"))
_add_synonyms(ORDER_LINES, "amount", _missing(ORDER_LINES, "amount", (*_NET_ALONE, *_NET_INVOICE, *_TAX_BASE)),
              after="montanthorstaxe")
_GROSS_ALONE = ("inclbtw", "inclusiefbtw", "metbtw", "inklmoms", "inklmva", "inklmwst", "inclvat", "incvat",
                "incltax", "inctax", "incgst", "inclgst", "ttc", "toutestaxescomprises", "coniva", "comiva",
                "condph", "sdph", "vcetnedph")
_add_synonyms(ORDER_LINES, "amount", _missing(ORDER_LINES, "amount", _GROSS_ALONE))
# Round-13 exports: freee's '金額（税抜）' (amount, tax excluded) beside '消費税', as strong as '税抜金額'; a money word with
# the gross qualifier ('Montant TTC', 'Total TTC', '金額（税込）') is among the weakest claims (the amount's tax then
# comes off by a tax or rate column beside it: insight.io.canonical)
_add_synonyms(ORDER_LINES, "amount", _missing(ORDER_LINES, "amount", ("金額税抜", "税抜")), after="税抜金額")
_add_synonyms(ORDER_LINES, "amount", _missing(ORDER_LINES, "amount", ("montantttc", "totalttc", "金額税込", "金額")))
# an invoice's issue date as a participle ('Vystaveno' issued, Polish 'Wystawiono', Slovak 'Vystavená')
_add_synonyms(ORDER_LINES, "order_date", _missing(ORDER_LINES, "order_date", _norm_words((
    "Vystaveno", "Vystavená", "Vystavené", "Wystawiono", "Wystawiona", "Kiállítva"))))
_add_synonyms(ORDER_LINES, "name", _missing(ORDER_LINES, "name", _norm_words((
    "Contacto", "Contato", "Contatto", "Nombre contacto", "Nombre del contacto", "Nom du contact"))), after="contactname")
