"""A thirteenth, independent set of client exports (round 13): Billy (DK) with a BOM and ``kr.``, Netvisor (FI)
with Finnish statuses, inFakt (PL) in ``zł``, Bexio (CH) with German month names, customer names typed several
ways and Storno counter-documents, a DATEV Buchungsstapel from easybill (DE) with Soll/Haben and gross amounts
plus a tax rate, Vyapar (IN) with Excel serial dates, lakh grouping and a TEST party, Moloni (PT) as an .xlsx
with two sheets, negative quantities and zero-value lines, Conta Azul (BR) with Portuguese month names and
partial refunds, an Invoice Ninja (US) customers × months pivot, Sellsy (FR) with TTC only and a VAT-rate column,
freee (JP) with Japanese headers and ``2024年3月5日``, and Fatture in Cloud (IT) with Italian month names, a test
customer and zero-value documents.

    python tests/clients13/make_clients13.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``
and the spec. Every file is written the way the client's system delivers it, from a *truth* frame holding the
meaning of each line; expected answers come from that truth frame in plain polars (metrics.md), never through
insight. The truth helpers, Case and ClientFile are round 2's, the English base questions and small helpers
round 7's, the German base questions, ``eu``, ``name``, ``credit_case`` and ``years`` round 9's, ``filt``,
``sp`` and ``dmy`` round 12's, imported. Deterministic (seeded ``random.Random``); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parent / "clients2", _HERE.parent / "clients7", _HERE.parent / "clients9", _HERE.parent / "clients12"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    by,
    customers,
    in_month,
    in_quarter,
    in_year,
    new_customers,
    orders,
    rdate,
    retention,
    revenue,
    sales,
    skew,
    top,
    write_text,
)
from make_clients7 import IN_FIRST, IN_LAST, ask, col_sum, lakh, mk, n_where, person, wrong_all  # noqa: E402
from make_clients9 import credit_case, eu, first, name, years  # noqa: E402
from make_clients12 import filt, sp  # noqa: E402

SEED = 20261313

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)

DK_NAMES = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"]
DK_KIND = ["ApS", "A/S", "Byg ApS", "VVS ApS"]
FI_NAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"]
FI_KIND = ["Oy", "Ab", "Rakennus Oy", "Sähkö Oy"]
PL_NAMES = ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]
PL_KIND = ["Sp. z o.o.", "S.A.", "Budownictwo Sp. z o.o.", "Handel s.c."]
CH_NAMES = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner"]
CH_KIND = ["AG", "GmbH", "Treuhand AG", "Bau GmbH"]
DE_NAMES = ["Schulz", "Becker", "Hoffmann", "Wagner", "Koch", "Richter", "Klein", "Wolf"]
DE_KIND = ["GmbH", "KG", "e.K.", "GmbH & Co. KG"]
PT_FIRST = ["Ana", "João", "Maria", "Pedro", "Beatriz", "Lucas", "Juliana", "Gabriel", "Larissa", "Rafael"]
PT_LAST = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Costa", "Ferreira", "Almeida", "Ribeiro", "Carvalho",
           "Gomes", "Martins", "Araújo", "Barbosa"]  # fmt: skip
FR_NAMES = ["Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Blanc", "Garnier", "Chevalier"]
FR_KIND = ["SARL", "SAS", "Traiteur", "& Associés"]
JP_NAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"]
JP_KIND = ["商事株式会社", "工業株式会社", "合同会社", "商店"]
IT_NAMES = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"]
IT_KIND = ["S.r.l.", "S.p.A.", "& C. s.n.c.", "Costruzioni S.r.l."]
EN_FIRMS = ["Acme", "Summit", "Bluebird", "Redwood", "Harbor", "Pioneer", "Granite", "Maple", "Cedar", "Beacon"]
EN_FORMS = ["LLC", "Inc.", "Co.", "Group"]

DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]  # fmt: skip
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]  # fmt: skip
IT_MONTHS = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ch(x: float) -> str:
    """``1'234.50`` (Swiss grouping)."""
    return eu(x, th="'", dec=".")


def serial(d: dt.date) -> int:
    """An Excel serial day number (1899-12-30 = 0), as a spreadsheet saved to CSV writes a date cell."""
    return (d - dt.date(1899, 12, 30)).days


def vat_in(t: pl.DataFrame) -> float:
    """The VAT inside gross amounts (gross − net) of the sales."""
    return float(sales(t).select((pl.col("gross") - pl.col("amount")).sum()).item())


def n_inv(t: pl.DataFrame, **eq: Any) -> float:
    """Invoices (documents that are orders: sales summing to more than zero) with the given values; credit notes,
    zero-value and cancelled documents are no invoices."""
    s = sales(t)
    for k, v in eq.items():
        s = s.filter(pl.col(k) == v)
    return float(s.group_by("order_id").agg(pl.col("amount").sum()).filter(pl.col("amount") > 0).height)


def counted(t: pl.DataFrame, flag: str) -> pl.DataFrame:
    """The truth with the lines marked ``flag`` counted as sales (a wrong reading)."""
    return t.with_columns(cancelled=pl.col("cancelled") & ~pl.col(flag))


# --------------------------------------------------------------------------------------------------------
# 1. Billy (Denmark) **UTF-8 BOM, `;`**: `Fakturanr.`, `Dato` dd-mm-yyyy, `Kundenr.`, `Kunde`, `Type` Faktura /
#    **Kreditnota (negative)**, **`Beløb ekskl. moms` `1.234,56 kr.`**, `Moms`, `Beløb inkl. moms`,
#    `Status` Betalt / Ubetalt / Forfalden / **Annulleret**, `Sælger`


def billy_dk(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    sellers = ["Mette Holm", "Jonas Krogh", "Sofie Dahl"]
    for k in range(540):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.2, 0.9), 2)
        credit = rng.random() < 0.06
        if credit:
            net = -round(net * rng.uniform(0.2, 1.0), 2)
        st = rng.choices(["Betalt", "Ubetalt", "Forfalden", "Annulleret"], [0.74, 0.12, 0.09, 0.05])[0]
        who = name(c, DK_NAMES, DK_KIND, "{n} {k}")
        moms = round(net * 0.25, 2)
        no = f"{k + 1001}"
        rows.append([no, d.strftime("%d-%m-%Y"), f"{20000 + c}", who, "Kreditnota" if credit else "Faktura",
                     eu(net, suffix=" kr."), eu(moms, suffix=" kr."), eu(net + moms, suffix=" kr."), st,
                     sellers[c % 3]])  # fmt: skip
        recs.append({"order_id": no, "customer_id": f"{20000 + c}", "order_date": d, "amount": net, "gross": net + moms,
                     "moms": moms, "st": st, "seller": sellers[c % 3], "cancelled": st == "Annulleret",
                     "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "billy_fakturaer.csv"
    head = ["Fakturanr.", "Dato", "Kundenr.", "Kunde", "Type", "Beløb ekskl. moms", "Moms", "Beløb inkl. moms",
            "Status", "Sælger"]  # fmt: skip
    write_text(rows, head, path, sep=";", bom=b"\xef\xbb\xbf")
    cases = first(t, "de", 0)
    cases[0].wrong["Beløb inkl. moms summed"] = col_sum(t, "gross")
    wrong_all(t, cases[0], revenue, "Annulleret counted")
    cases += [
        Case("by_seller", "Umsatz je Sælger (Verkäufer)", "breakdown", by(t, "seller"), "revenue"),
        filt("mette", "Umsatz von mette holm", t, seller="Mette Holm"),
        credit_case("kn", "Summe der Kreditnotaer (Gutschriften)", t),
        Case("annul", "Wie viele Rechnungen wurden annulliert?", "scalar", float(n_where(t, st="Annulleret"))),
        Case("overdue", "How many invoices are overdue (forfalden)?", "scalar", n_inv(t, st="Forfalden")),
        Case("moms", "Wie viel Moms (MwSt.) haben wir berechnet?", "scalar", col_sum(t, "moms")),
        ask("eur", "Umsatz in EUR"),
        ask("product", "Umsatz je Produkt"),
        ask("rev21", "Umsatz 2021"),
        ask("branch", "Revenue by branch"),
    ]
    return ClientFile("billy_dk", [path], "Billy DK, BOM + ;, 1.234,56 kr., Kreditnota, Annulleret", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Netvisor (Finland, `;`): `Laskunro`, **`Laskun päivä` `5.3.2024` (no leading zeros)**, `Asiakasnumero`,
#    `Asiakas`, `Laskutyyppi` Lasku / **Hyvityslasku (negative)**, `Veroton summa` `1 234,56`, `ALV`,
#    `Verollinen summa`, **`Tila` Maksettu / Avoin / Myöhässä / Mitätöity (voided)**, `Kustannuspaikka`


def netvisor_fi(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    places = ["Helsinki", "Tampere", "Oulu"]
    for k in range(600):
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.4, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.8), 2)
        st = rng.choices(["Maksettu", "Avoin", "Myöhässä", "Mitätöity"], [0.76, 0.12, 0.07, 0.05])[0]
        who = name(c, FI_NAMES, FI_KIND, "{n} {k}")
        alv = round(net * 0.24, 2)
        no = f"{k + 5001}"
        rows.append([no, f"{d.day}.{d.month}.{d.year}", f"{3000 + c}", who, "Hyvityslasku" if credit else "Lasku",
                     sp(net), sp(alv), sp(net + alv), st, places[c % 3]])  # fmt: skip
        recs.append({"order_id": no, "customer_id": f"{3000 + c}", "order_date": d, "amount": net, "alv": alv, "st": st,
                     "place": places[c % 3], "cancelled": st == "Mitätöity", "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "netvisor_myyntilaskut.csv"
    head = ["Laskunro", "Laskun päivä", "Asiakasnumero", "Asiakas", "Laskutyyppi", "Veroton summa", "ALV",
            "Verollinen summa", "Tila", "Kustannuspaikka"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 1)
    wrong_all(t, cases[0], revenue, "Mitätöity counted")
    cases += [
        Case("by_kp", "Umsatz je Kustannuspaikka (Kostenstelle)", "breakdown", by(t, "place"), "revenue"),
        filt("tampere", "Umsatz in tampere", t, place="Tampere"),
        credit_case("hyv", "Summe der Hyvityslaskut (Gutschriften)", t),
        Case("void", "How many invoices were voided (mitätöity)?", "scalar", float(n_where(t, st="Mitätöity"))),
        Case("alv", "Wie viel ALV (Mehrwertsteuer) haben wir berechnet?", "scalar", col_sum(t, "alv")),
        Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
        ask("nps", "Wie hoch ist der NPS?"),
    ]
    return ClientFile("netvisor_fi", [path], "Netvisor FI, 5.3.2024, Hyvityslasku, Mitätöity", cases)


# --------------------------------------------------------------------------------------------------------
# 3. inFakt (Poland, `;`): `Numer` FV 12/03/2024 / KOR 3/04/2024, `Data wystawienia` yyyy-mm-dd, `Kontrahent`,
#    `NIP`, `Rodzaj` Faktura VAT / **Faktura korygująca (negative, partial)**, **`Netto` `1 234,56 zł`**, `VAT`,
#    `Brutto`, `Status` Opłacona / Nieopłacona / Przeterminowana / **Anulowana**, `Miasto`


def infakt_pl(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    cities = ["Warszawa", "Kraków", "Gdańsk", "Wrocław"]
    for k in range(580):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.9, 0.9), 2)
        credit = rng.random() < 0.06
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        st = rng.choices(["Opłacona", "Nieopłacona", "Przeterminowana", "Anulowana"], [0.74, 0.13, 0.08, 0.05])[0]
        who = name(c, PL_NAMES, PL_KIND, "{n} {k}")
        vat = round(net * 0.23, 2)
        no = f"{'KOR' if credit else 'FV'} {k + 1}/{d.month:02d}/{d.year}"
        rows.append([no, d.isoformat(), who, f"{5200000000 + c * 7919}",
                     "Faktura korygująca" if credit else "Faktura VAT", sp(net, suffix=" zł"), sp(vat, suffix=" zł"),
                     sp(net + vat, suffix=" zł"), st, cities[c % 4]])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": net, "vat": vat, "st": st,
                     "city": cities[c % 4], "cancelled": st == "Anulowana", "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "infakt_faktury.csv"
    head = ["Numer", "Data wystawienia", "Kontrahent", "NIP", "Rodzaj", "Netto", "VAT", "Brutto", "Status", "Miasto"]
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 2)
    wrong_all(t, cases[0], revenue, "Anulowana counted")
    cases += [
        Case("by_city", "Umsatz je Miasto (Stadt)", "breakdown", by(t, "city"), "revenue"),
        filt("krakow", "Umsatz in Krakau (krakow)", t, city="Kraków"),
        credit_case("kor", "Summe der Korrekturrechnungen (korygująca)", t),
        Case(
            "overdue",
            "Wie viele Rechnungen sind überfällig (przeterminowana)?",
            "scalar",
            n_inv(t, st="Przeterminowana"),
        ),  # fmt: skip
        Case("vat", "How much VAT did we invoice?", "scalar", col_sum(t, "vat")),
        Case(
            "ret24", "Kundenbindung 2024 gegenüber 2023", "scalar", retention(t, 2024), alts=(100 * retention(t, 2024),)
        ),  # fmt: skip
        ask("eur", "Umsatz in EUR"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("channel", "Revenue by sales channel"),
    ]
    return ClientFile("infakt_pl", [path], "inFakt PL, 1 234,56 zł, korygująca, Anulowana", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Bexio (Switzerland, `;`): `Nr.` RE-00123 / ST-00012, **`Datum` `3. März 2024`**, **`Kontakt-Nr.` (the
#    customer) and `Kontakt` typed three ways (`Müller AG`, `MÜLLER AG`, `müller ag`)**, `Titel` (the service),
#    `Typ` Rechnung / **Storno (a counter-document reversing an invoice in full; `Bemerkung` `Storno zu
#    RE-00123`)**, `Total exkl. MWST` `1'234.50`, `MWST`, `Total`, `Währung` CHF, `Status` Bezahlt / Offen / Überfällig


def bexio_ch(out: Path, rng: random.Random) -> ClientFile:
    docs: list[dict[str, Any]] = []
    titles = ["Beratung", "Wartung", "Lizenz", "Schulung"]
    for k in range(520):
        c = skew(rng, 95)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.6, 0.8), 2)
        who = name(c, CH_NAMES, CH_KIND, "{n} {k}")
        u = rng.random()
        typed = who.upper() if u < 0.2 else who.lower() if u < 0.35 else who
        st = rng.choices(["Bezahlt", "Offen", "Überfällig"], [0.78, 0.14, 0.08])[0]
        docs.append({"order_id": f"RE-{k + 1:05d}", "customer_id": f"{1000 + c}", "typed": typed, "order_date": d,
                     "amount": net, "title": titles[(c + k) % 4], "kind": "Rechnung", "st": st, "ref": "",
                     "cancelled": False, "storno": False})  # fmt: skip
    n = 0
    for x in list(docs):
        if rng.random() < 0.06:
            n += 1
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(1, 30)), D1)
            x["cancelled"] = True
            docs.append({**x, "order_id": f"ST-{n:05d}", "order_date": d, "amount": -x["amount"], "kind": "Storno",
                         "st": "Bezahlt", "ref": f"Storno zu {x['order_id']}", "storno": True})  # fmt: skip
    docs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    rows = [[x["order_id"], f"{x['order_date'].day}. {DE_MONTHS[x['order_date'].month - 1]} {x['order_date'].year}",
             x["customer_id"], x["typed"], x["title"], x["kind"], ch(x["amount"]), ch(round(x["amount"] * 0.081, 2)),
             ch(round(x["amount"] * 1.081, 2)), "CHF", x["st"], x["ref"]] for x in docs]  # fmt: skip
    t = mk(docs).with_columns(mwst=(pl.col("amount") * 0.081).round(2))
    path = out / "bexio_rechnungen.csv"
    head = ["Nr.", "Datum", "Kontakt-Nr.", "Kontakt", "Titel", "Typ", "Total exkl. MWST", "MWST", "Total", "Währung",
            "Status", "Bemerkung"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 0)
    kept = t.with_columns(cancelled=pl.lit(False))
    cases[1].wrong["storno'd invoices counted as orders"] = float(orders(kept))
    cases[2].wrong["names compared as typed"] = float(customers(t.with_columns(customer_id=pl.col("typed"))))
    cases[0].wrong["Storno rows dropped, invoices kept"] = revenue(t.with_columns(cancelled=pl.col("storno")))
    inv = t.filter(~pl.col("storno"))
    cases[0].wrong["Total (incl. MWST) summed, Storno rows dropped"] = float((inv["amount"] * 1.081).round(2).sum())
    cases += [
        Case("by_title", "Umsatz je Titel (Leistung)", "breakdown", by(t, "title"), "revenue"),
        filt("wartung", "Umsatz mit wartung", t, title="Wartung"),
        Case("storno", "Wie viele Rechnungen wurden storniert?", "scalar", float(n)),
        Case("mar24", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("new24", "How many new customers did we win in 2024?", "scalar", float(new_customers(t, 2024))),
        Case("mwst", "Wie viel MWST haben wir fakturiert?", "scalar", col_sum(t, "mwst")),
        ask("eur", "Umsatz in EUR"),
        ask("canton", "Umsatz je Kanton"),
        ask("rev22", "Umsatz 2022"),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
    ]
    return ClientFile("bexio_ch", [path], "Bexio CH, 3. März 2024, names typed 3 ways, Storno documents", cases)


# --------------------------------------------------------------------------------------------------------
# 5. easybill's DATEV Buchungsstapel (DE, `;`, cp1252): an `EXTF` line first, then **`Umsatz (ohne
#    Soll/Haben-Kz)` GROSS `1190,00` with `Soll/Haben-Kennzeichen` S (invoice) / H (Gutschrift: subtract)**,
#    `WKZ Umsatz` EUR, `Konto` (the debtor = customer), `Gegenkonto (ohne BU-Schlüssel)` 8400/8300, **`Steuersatz`
#    19/7 (net = gross / (1 + rate))**, `Belegdatum` dd.mm.yyyy, `Belegfeld 1`, `Buchungstext`


def easybill_de(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(560):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        rate = 19 if rng.random() < 0.7 else 7
        gross = round(rng.lognormvariate(6.9, 0.9), 2)
        credit = rng.random() < 0.07
        who = name(c, DE_NAMES, DE_KIND, "{n} {k}")
        no = f"{'GS' if credit else 'RE'}{d.year}-{k + 1:04d}"
        net = gross / (1 + rate / 100)
        rows.append([f"{gross:.2f}".replace(".", ","), "H" if credit else "S", "EUR", f"{10000 + c}",
                     "8400" if rate == 19 else "8300", d.strftime("%d.%m.%Y"), no, f"{no} {who}"[:60], str(rate)])  # fmt: skip
        recs.append({"order_id": no, "customer_id": f"{10000 + c}", "order_date": d,
                     "amount": -net if credit else net, "gross": -gross if credit else gross, "rate": str(rate),
                     "cancelled": False, "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "EXTF_Buchungsstapel_easybill.csv"
    pre = ['"EXTF";700;21;"Buchungsstapel";13;20241016093012000;;"RE";"easybill";"";;1001;20001;20230101;4;'
           '20230101;20241231;"Ausgangsrechnungen";"EB";1;0;0;"EUR"']  # fmt: skip
    head = ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Konto",
            "Gegenkonto (ohne BU-Schlüssel)", "Belegdatum", "Belegfeld 1", "Buchungstext", "Steuersatz"]  # fmt: skip
    write_text(rows, head, path, sep=";", encoding="cp1252", newline="\r\n", pre=pre)
    cases = first(t, "de", 1)
    cases[0].wrong["gross (Umsatz incl. USt.) summed"] = col_sum(t, "gross")
    cases[0].wrong["H (Haben) added as positive"] = float(t["amount"].abs().sum())
    cases += [
        Case("by_rate", "Umsatz je Steuersatz", "breakdown", by(t, "rate"), "revenue"),
        credit_case("gs", "Summe der Gutschriften (Haben-Buchungen)", t),
        Case("n_gs", "Wie viele Gutschriften gab es?", "scalar", float(n_where(t, credit=True))),
        Case("q2_24", "Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("ust", "How much VAT is in the bookings?", "scalar", vat_in(t)),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev21", "Umsatz 2021"),
        ask("kost", "Umsatz je Kostenstelle"),
    ]
    return ClientFile("easybill_de", [path], "DATEV Buchungsstapel, gross + S/H + Steuersatz, EXTF line", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Vyapar (India, `,`): **`Date` as Excel serial numbers (45356)**, `Invoice No`, `Party Name`, `Phone No.`,
#    `Transaction Type` Sale / **Sale Return (amount POSITIVE: subtract)**, **`Total Amount` `₹1,23,456.78`**,
#    `Received`, `Balance`, `Payment Type` Cash/UPI/Cheque/Bank; **a `TEST` party (test invoices: no sales)**


def vyapar_in(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    pays = ["Cash", "UPI", "Cheque", "Bank"]
    for k in range(620):
        test = rng.random() < 0.02
        c = skew(rng, 130)
        who = "TEST" if test else person(c, IN_FIRST, IN_LAST)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(9.8, 1.0), 2)
        ret = not test and rng.random() < 0.05
        if ret:
            amt = round(amt * rng.uniform(0.1, 0.6), 2)
        rec = amt if rng.random() < 0.8 else round(amt * 0.5, 2)
        pay = pays[rng.randrange(4)]
        no = f"{'SR' if ret else 'INV'}-{k + 1}"
        rows.append([serial(d), no, who, f"98{(c * 7919) % 100000000:08d}", "Sale Return" if ret else "Sale",
                     "₹" + lakh(amt), "₹" + lakh(rec), "₹" + lakh(round(amt - rec, 2)), pay])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": -amt if ret else amt, "pay": pay,
                     "ret": ret, "test": test, "cancelled": test, "credit": ret})  # fmt: skip
    t = mk(recs)
    path = out / "vyapar_sale_report.csv"
    head = ["Date", "Invoice No", "Party Name", "Phone No.", "Transaction Type", "Total Amount", "Received",
            "Balance", "Payment Type"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 0)
    cases[0].wrong["TEST counted"] = revenue(counted(t, "test"))
    cases[0].wrong["Sale Return added"] = float(sales(t)["amount"].abs().sum())
    cases += [
        Case("by_pay", "Revenue by payment type", "breakdown", by(t, "pay"), "revenue"),
        filt("upi", "Umsatz per upi", t, pay="UPI"),
        Case("n_ret", "How many sale returns were there?", "scalar", float(n_where(t, ret=True))),
        credit_case("rets", "Summe der Retouren (Sale Return)", t),
        Case("jan24", "Umsatz im Januar 2024", "scalar", revenue(in_month(t, 2024, 1)), "revenue"),
        Case("y2024", "Umsatz 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
        ask("usd", "Revenue in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev21", "Umsatz 2021"),
        ask("gst", "Revenue by GST rate"),
    ]
    return ClientFile("vyapar_in", [path], "Vyapar IN, Excel serial dates, ₹ lakh, Sale Return, TEST party", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Moloni (Portugal) **.xlsx with two sheets: `Documentos` (one row per line) and `Resumo` (a monthly
#    summary with a `Total` row)**; `Documento` FT 2024/123 / **NC 2024/12 (credit note: NEGATIVE quantities)**,
#    `Data` (a date cell), `Cliente`, `NIF`, `Artigo`, `Quantidade`, `Preço unitário`, `Total s/ IVA`, `IVA`,
#    `Total c/ IVA`, `Estado` Fechado / Pendente / **Anulado**; **zero-value `Oferta` lines**


def moloni_pt(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs: list[dict[str, Any]] = []
    arts = {"Café moído": 8.9, "Chá verde": 5.5, "Cafeteira": 39.0, "Chávena": 6.5}
    for k in range(420):
        c = skew(rng, 90)
        d = rdate(rng, D0, D1)
        nc = rng.random() < 0.06
        st = rng.choices(["Fechado", "Pendente", "Anulado"], [0.85, 0.1, 0.05])[0]
        who = person(c, PT_FIRST, PT_LAST)
        doc = f"{'NC' if nc else 'FT'} {d.year}/{k + 1}"
        lines = [(a, arts[a]) for a in rng.sample(list(arts), rng.choice([1, 1, 2, 3]))]
        if not nc and rng.random() < 0.15:
            lines.append(("Oferta", 0.0))
        for a, p in lines:
            q = rng.choice([1, 2, 3, 6]) * (-1 if nc else 1)
            recs.append({"order_id": doc, "customer_id": who, "nif": f"{200000000 + c * 7919}", "order_date": d,
                         "art": a, "qty": q, "price": p, "amount": round(q * p, 2), "st": st,
                         "cancelled": st == "Anulado", "credit": nc})  # fmt: skip
    t = mk(recs)
    path = out / "Moloni_Vendas_2023_2024.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    df = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws = wb.add_worksheet("Documentos")
    head = ["Documento", "Data", "Cliente", "NIF", "Artigo", "Quantidade", "Preço unitário", "Total s/ IVA", "IVA",
            "Total c/ IVA", "Estado"]  # fmt: skip
    ws.write_row(0, 0, head)
    for i, r in enumerate(t.iter_rows(named=True), start=1):
        iva = round(r["amount"] * 0.23, 2)
        ws.write_row(i, 0, [r["order_id"], None, r["customer_id"], r["nif"], r["art"], r["qty"], r["price"],
                            r["amount"], iva, round(r["amount"] + iva, 2), r["st"]])  # fmt: skip
        ws.write_datetime(i, 1, dt.datetime.combine(r["order_date"], dt.time()), df)
    ws2 = wb.add_worksheet("Resumo")
    ws2.write_row(0, 0, ["Mês", "Documentos", "Total s/ IVA"])
    m = t.group_by(pl.col("order_date").dt.strftime("%Y-%m").alias("m")).agg(
        pl.col("order_id").n_unique(), pl.col("amount").sum()).sort("m")  # fmt: skip
    for i, (mm, nd, v) in enumerate(m.iter_rows(), start=1):
        ws2.write_row(i, 0, [mm, nd, round(v, 2)])
    ws2.write_row(m.height + 1, 0, ["Total", int(m["order_id"].sum()), round(float(m["amount"].sum()), 2)])
    wb.close()
    cases = first(t, "de", 2)
    wrong_all(t, cases[0], revenue, "Anulado counted")
    cases[0].wrong["Resumo sheet added"] = 2 * float(t["amount"].sum())
    cases += [
        Case("by_art", "Umsatz je Artigo (Artikel)", "breakdown", by(t, "art"), "revenue"),
        filt("cafe", "Umsatz mit cafe moido", t, art="Café moído"),
        Case("units", "Wie viele Stück wurden netto verkauft?", "scalar", col_sum(t, "qty")),
        Case(
            "n_nc",
            "How many credit notes (notas de crédito) were issued?",
            "scalar",
            float(n_where(sales(t), credit=True)),
        ),
        Case("anul", "Wie viele Dokumente wurden storniert (anulado)?", "scalar", float(n_where(t, st="Anulado"))),
        Case("may24", "Umsatz im Mai 2024", "scalar", revenue(in_month(t, 2024, 5)), "revenue"),
        ask("seller", "Umsatz je Vendedor (Verkäufer)"),
        ask("rev22", "Umsatz 2022"),
        ask("stock", "Wie hoch ist der Lagerbestand?"),
        ask("region", "Revenue by region"),
    ]
    return ClientFile("moloni_pt", [path], "Moloni PT xlsx, two sheets, NC with negative qty, Oferta lines", cases)


# --------------------------------------------------------------------------------------------------------
# 8. Conta Azul (Brazil, `;`): `Nº da venda`, **`Data da venda` `5 de março de 2024`**, `Cliente`, `CPF/CNPJ`,
#    `Vendedor`, `Categoria`, `Valor bruto` `R$ 1.234,56`, `Desconto`, `Valor líquido`, **`Valor estornado`
#    (partial refunds: revenue = líquido − estornado)**, **`Situação` Aprovado / Em andamento / Cancelado**


def contaazul_br(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    sellers = ["Carla Mendes", "Diego Rocha", "Fernanda Alves"]
    cats = ["Eletrônicos", "Casa", "Moda"]
    for k in range(600):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        gross = round(rng.lognormvariate(6.2, 0.9), 2)
        disc = round(gross * rng.choice([0, 0, 0, 0.05, 0.1]), 2)
        liq = round(gross - disc, 2)
        est = round(liq * rng.uniform(0.1, 0.6), 2) if rng.random() < 0.08 else 0.0
        st = rng.choices(["Aprovado", "Em andamento", "Cancelado"], [0.84, 0.1, 0.06])[0]
        who = person(c, PT_FIRST, PT_LAST)
        cat = cats[(c + k) % 3]
        no = f"{k + 1200}"
        dd = f"{d.day} de {PT_MONTHS[d.month - 1]} de {d.year}"
        cpf = f"{(c * 7919) % 1000:03d}.{c:03d}.{(c * 31) % 1000:03d}-{c % 100:02d}"
        rows.append([no, dd, who, cpf,
                     sellers[c % 3], cat, eu(gross, prefix="R$ "), eu(disc, prefix="R$ "), eu(liq, prefix="R$ "),
                     eu(est, prefix="R$ "), st])  # fmt: skip
        recs.append({"order_id": no, "customer_id": cpf, "order_date": d, "amount": round(liq - est, 2), "liq": liq,
                     "gross": gross, "est": est, "disc": disc, "seller": sellers[c % 3], "cat": cat, "st": st,
                     "cancelled": st == "Cancelado"})  # fmt: skip
    t = mk(recs)
    path = out / "contaazul_vendas.csv"
    head = ["Nº da venda", "Data da venda", "Cliente", "CPF/CNPJ", "Vendedor", "Categoria", "Valor bruto",
            "Desconto", "Valor líquido", "Valor estornado", "Situação"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "en", 1)
    cases[0].wrong["Valor líquido summed (refunds ignored)"] = col_sum(t, "liq")
    cases[0].wrong["Valor bruto summed"] = col_sum(t, "gross")
    wrong_all(t, cases[0], revenue, "Cancelado counted")
    cases += [
        Case("by_seller", "Umsatz je Vendedor (Verkäufer)", "breakdown", by(t, "seller"), "revenue"),
        filt("eletro", "Umsatz der Kategorie eletronicos", t, cat="Eletrônicos"),
        Case("est", "Wie viel wurde erstattet (estornado)?", "scalar", col_sum(t, "est"), alts=(-col_sum(t, "est"),)),
        Case("canc", "How many sales were cancelled?", "scalar", float(n_where(t, st="Cancelado"))),
        Case("feb24", "Umsatz im Februar 2024", "scalar", revenue(in_month(t, 2024, 2)), "revenue"),
        Case("disc", "Wie viel Rabatt (Desconto) haben wir gegeben?", "scalar", col_sum(t, "disc")),
        ask("eur", "Umsatz in EUR"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("state", "Umsatz je Bundesstaat"),
    ]
    return ClientFile("contaazul_br", [path], "Conta Azul BR, 5 de março de 2024, R$, Valor estornado", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Invoice Ninja (US) "Client revenue by month" report: **one column per month `Jan 2023` … `Oct 2024`**, then
#    `Total`; `Client`, `Client Number`, amounts `$1,234.56`, empty cells, a few negative cells (credits); no orders


def ninja_wide(out: Path, rng: random.Random) -> ClientFile:
    months = [(2023 + i // 12, i % 12 + 1) for i in range(22)]
    recs, rows = [], []
    for c in range(160):
        kid = f"{c + 1:04d}"
        who = f"{EN_FIRMS[c % 10]} {DE_NAMES[(c // 10) % 8]} {EN_FORMS[(c // 80) % 4]}"
        heavy = rng.random() < 0.2
        cells: list[str] = []
        tot = 0.0
        for y, m in months:
            if rng.random() < (0.7 if heavy else 0.25):
                v = round(rng.lognormvariate(7.5 if heavy else 6.3, 0.6), 2)
                if rng.random() < 0.03:
                    v = -round(v * 0.3, 2)
                tot += v
                recs.append({"order_id": f"{kid}-{y}-{m}", "customer_id": who, "order_date": dt.date(y, m, 1),
                             "amount": v, "cancelled": False})  # fmt: skip
                cells.append(("-" if v < 0 else "") + f"${abs(v):,.2f}")
            else:
                cells.append("")
        rows.append([who, kid, *cells, ("-" if tot < 0 else "") + f"${abs(tot):,.2f}"])
    t = mk(recs)
    path = out / "invoiceninja_client_revenue_by_month.csv"
    write_text(rows, ["Client", "Client Number", *[f"{EN_MONTHS[m - 1]} {y}" for y, m in months], "Total"], path)
    pos = t.filter(pl.col("amount") > 0)
    rev = Case("revenue", "What was our total revenue?", "scalar", revenue(t), "revenue")
    rev.wrong["the Total column counted too"] = 2 * revenue(t)
    return ClientFile(
        "ninja_wide",
        [path],
        "Invoice Ninja pivot, clients × 22 months, Total column",
        [
            rev,
            Case("y2024", "Umsatz 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
            Case(
                "customers",
                "Wie viele Kunden hatten Umsatz?",
                "scalar",
                float(pos["customer_id"].n_unique()),
                "customers",
            ),  # fmt: skip
            Case("top5", "Top 5 Kunden nach Umsatz", "top", top(t), "revenue"),
            Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
            Case("mar24", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
            Case("by_q", "Revenue by quarter", "breakdown", by(t, "quarter"), "revenue"),
            Case("q2_23", "Umsatz im 2. Quartal 2023", "scalar", revenue(in_quarter(t, 2023, 2)), "revenue"),
            Case(
                "oct_cust",
                "How many clients had revenue in October 2024?",
                "scalar",
                float(in_month(pos, 2024, 10)["customer_id"].n_unique()),
                "customers",
            ),  # fmt: skip
            Case(
                "ret24",
                "Kundenbindung 2024 gegenüber 2023",
                "scalar",
                retention(t, 2024),
                alts=(100 * retention(t, 2024),),
            ),  # fmt: skip
            Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
            ask("orders", "Anzahl Bestellungen"),
            ask("aov", "average order value"),
            ask("product", "Umsatz je Produkt"),
            ask("rev22", "Umsatz 2022"),
            ask("region", "Revenue by region"),
        ],
    )


# --------------------------------------------------------------------------------------------------------
# 10. Sellsy (France, `;`): `Numéro` F-2024-0123 / A-2024-0012, **`Date` `12 janv. 2024`**, `Client`, `Type`
#     Facture / **Avoir (negative)**, `Catégorie`, **`Montant TTC` `1 234,56 €` only, with `Taux TVA` `20 %` /
#     `10 %` / `5,5 %` (net = TTC / (1 + taux))**, `Statut` Payée / À régler / En retard / **Annulée**


def sellsy_fr(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    cats = {"Restauration": 0.10, "Épicerie": 0.055, "Matériel": 0.20}
    for k in range(560):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        cat = list(cats)[(c + k) % 3]
        r = cats[cat]
        ttc = round(rng.lognormvariate(6.8, 0.8), 2)
        av = rng.random() < 0.06
        if av:
            ttc = -round(ttc * rng.uniform(0.2, 1.0), 2)
        st = rng.choices(["Payée", "À régler", "En retard", "Annulée"], [0.76, 0.12, 0.07, 0.05])[0]
        who = name(c, FR_NAMES, FR_KIND, "{n} {k}")
        no = f"{'A' if av else 'F'}-{d.year}-{k + 1:04d}"
        taux = f"{r * 100:g} %".replace(".", ",")
        rows.append([no, f"{d.day} {FR_MONTHS[d.month - 1]} {d.year}", who, "Avoir" if av else "Facture", cat,
                     sp(ttc, suffix=" €"), taux, st])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": ttc / (1 + r), "gross": ttc,
                     "cat": cat, "st": st, "cancelled": st == "Annulée", "credit": av})  # fmt: skip
    t = mk(recs)
    path = out / "sellsy_factures.csv"
    write_text(rows, ["Numéro", "Date", "Client", "Type", "Catégorie", "Montant TTC", "Taux TVA", "Statut"], path,
               sep=";")  # fmt: skip
    cases = first(t, "de", 0)
    cases[0].wrong["TTC summed (VAT kept)"] = col_sum(t, "gross")
    wrong_all(t, cases[0], revenue, "Annulée counted")
    cases += [
        Case("by_cat", "Umsatz je Catégorie (Kategorie)", "breakdown", by(t, "cat"), "revenue"),
        filt("resto", "Umsatz der Kategorie restauration", t, cat="Restauration"),
        credit_case("avoirs", "Summe der Avoirs (Gutschriften)", t),
        Case("late", "How many invoices are late (en retard)?", "scalar", n_inv(t, st="En retard")),
        Case("tva", "Wie viel TVA steckt in den Beträgen?", "scalar", vat_in(t)),
        Case("jan24", "Umsatz im Januar 2024", "scalar", revenue(in_month(t, 2024, 1)), "revenue"),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("region", "Umsatz je Region"),
    ]
    return ClientFile("sellsy_fr", [path], "Sellsy FR, 12 janv. 2024, TTC only + Taux TVA, Avoir", cases)


# --------------------------------------------------------------------------------------------------------
# 11. freee (Japan, `,`), **Japanese headers**: `取引日` **`2024年3月5日`**, `伝票番号`, `取引先`, `取引先コード`, `品目`,
#     **`金額（税抜）` `¥12,345` (whole yen)**, `消費税`, `決済状況` 完了 (settled) / 未決済 (open) / **取消 (cancelled)**


def freee_jp(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    items = ["ソフトウェア", "保守", "研修"]
    for k in range(540):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        amt = float(round(rng.lognormvariate(11.0, 0.8)))
        tax = float(round(amt * 0.1))
        st = rng.choices(["完了", "未決済", "取消"], [0.82, 0.12, 0.06])[0]
        who = name(c, JP_NAMES, JP_KIND, "{n}{k}")
        item = items[(c + k) % 3]
        no = f"{d.year}{k + 1:05d}"
        rows.append([f"{d.year}年{d.month}月{d.day}日", no, who, f"T{c + 100:04d}", item, f"¥{amt:,.0f}",
                     f"¥{tax:,.0f}", st])  # fmt: skip
        # the customer is the code (round 11: `取引先コード` keys the lines, `取引先` is its name; one name per code)
        recs.append({"order_id": no, "customer_id": f"T{c + 100:04d}", "order_date": d, "amount": amt, "tax": tax,
                     "item": item, "st": st, "cancelled": st == "取消"})  # fmt: skip
    t = mk(recs)
    path = out / "freee_取引一覧.csv"
    write_text(
        rows, ["取引日", "伝票番号", "取引先", "取引先コード", "品目", "金額（税抜）", "消費税", "決済状況"], path
    )
    cases = first(t, "en", 2)
    wrong_all(t, cases[0], revenue, "取消 counted")
    cases += [
        Case("by_item", "Umsatz je 品目 (Leistung)", "breakdown", by(t, "item"), "revenue"),
        filt("hoshu", "Umsatz mit 保守", t, item="保守"),
        Case("canc", "Wie viele Buchungen wurden storniert (取消)?", "scalar", float(n_where(t, st="取消"))),
        Case("tax", "How much consumption tax (消費税) did we charge?", "scalar", col_sum(t, "tax")),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        ask("eur", "Umsatz in EUR"),
        ask("region", "Umsatz je Präfektur"),
        ask("rev22", "Umsatz 2022"),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
    ]
    return ClientFile("freee_jp", [path], "freee JP, Japanese headers, 2024年3月5日, ¥, 取消", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Fatture in Cloud (Italy, `;`): `Numero`, **`Data` `5 mar 2024`**, `Cliente`, `P.IVA`, `Tipo` Fattura /
#     **Nota di credito (negative, partial)**, `Imponibile` `€ 1.234,56`, `IVA`, `Totale`, `Stato` Saldata /
#     Da saldare / Scaduta, `Agente`; **`Cliente di prova` (test invoices: no sales)**, **zero-value `Omaggio`
#     documents (no orders)**


def fic_it(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    agents = ["Marco Rossi", "Giulia Bianchi", "Luca Ferrari"]
    for k in range(560):
        test = rng.random() < 0.02
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = 0.0 if rng.random() < 0.03 else round(rng.lognormvariate(7.2, 0.8), 2)
        credit = not test and net > 0 and rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.6), 2)
        who = "Cliente di prova" if test else name(c, IT_NAMES, IT_KIND, "{n} {k}")
        st = rng.choices(["Saldata", "Da saldare", "Scaduta"], [0.8, 0.12, 0.08])[0]
        no = f"{k + 1}/{d.year}"
        iva = round(net * 0.22, 2)
        rows.append([no, f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}", who, f"IT0{(c * 7919) % 10**10:010d}",
                     "Nota di credito" if credit else "Fattura", eu(net, prefix="€ "), eu(iva, prefix="€ "),
                     eu(net + iva, prefix="€ "), st, agents[c % 3]])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": net, "st": st,
                     "agent": agents[c % 3], "test": test, "cancelled": test, "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "fattureincloud_documenti.csv"
    head = ["Numero", "Data", "Cliente", "P.IVA", "Tipo", "Imponibile", "IVA", "Totale", "Stato", "Agente"]
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 1)
    cases[0].wrong["Cliente di prova counted"] = revenue(counted(t, "test"))
    cases[1].wrong["Cliente di prova counted"] = float(orders(counted(t, "test")))
    cases += [
        Case("by_agent", "Umsatz je Agente (Vertreter)", "breakdown", by(t, "agent"), "revenue"),
        filt("giulia", "Umsatz von giulia bianchi", t, agent="Giulia Bianchi"),
        credit_case("nc", "Summe der Gutschriften (note di credito)", t),
        Case("scad", "Wie viele Rechnungen sind überfällig (scaduta)?", "scalar", n_inv(t, st="Scaduta")),
        Case("apr24", "Umsatz im April 2024", "scalar", revenue(in_month(t, 2024, 4)), "revenue"),
        Case("new24", "How many new customers did we get in 2024?", "scalar", float(new_customers(t, 2024))),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("channel", "Umsatz je Kanal"),
    ]
    return ClientFile("fic_it", [path], "Fatture in Cloud IT, 5 mar 2024, test customer, Omaggio zero docs", cases)


BUILDERS = [billy_dk, netvisor_fi, infakt_pl, bexio_ch, easybill_de, vyapar_in, moloni_pt, contaazul_br, ninja_wide,
            sellsy_fr, freee_jp, fic_it]  # fmt: skip


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a foreign header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, cust: str, order: str, date: str, amount: str) -> ClientFile:
        mapping = {cust: "customer_id", order: "order_id", date: "order_date", amount: "amount"}
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {', '.join(mapping)} mapped", f[name].cases,
                          mapping=mapping)  # fmt: skip

    return [
        again("billy_dk", "Kundenr.", "Fakturanr.", "Dato", "Beløb ekskl. moms"),
        again("netvisor_fi", "Asiakasnumero", "Laskunro", "Laskun päivä", "Veroton summa"),
        again("infakt_pl", "Kontrahent", "Numer", "Data wystawienia", "Netto"),
        again("bexio_ch", "Kontakt-Nr.", "Nr.", "Datum", "Total exkl. MWST"),
        again("vyapar_in", "Party Name", "Invoice No", "Date", "Total Amount"),
        again("contaazul_br", "CPF/CNPJ", "Nº da venda", "Data da venda", "Valor líquido"),
        again("freee_jp", "取引先コード", "伝票番号", "取引日", "金額（税抜）"),
        again("fic_it", "Cliente", "Numero", "Data", "Imponibile"),
        again("sellsy_fr", "Client", "Numéro", "Date", "Montant TTC"),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client13_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
