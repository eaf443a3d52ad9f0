"""A ninth, independent set of client exports (round 9): clients from the rest of Europe and structurally messy
exports.

    python tests/clients9/make_clients9.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``
and the spec. Every file is written the way the client's system delivers it (Italian fatture with ``1.234,56``,
Polish faktury with ``1 234,56 zł`` and a non-breaking space, a Swedish Fortnox list with zero-padded
``Kundnr`` and ``Makulerad``, Austrian invoices with ``1.234,56 EUR`` and a ``Jänner``/``Feber`` period, a Dutch
Exact sales journal with an unsigned ``Bedrag`` and a ``D/C`` key, a Danish report with a title block, page
footers and repeated headers and an ``I alt`` total, a Portuguese list with two header rows, a controller's
customers × months pivot, Norwegian orders in four currencies, a Czech workbook with Excel serial dates and
customer names spelled in two cases, a Spanish typed Parquet with nulls, a French cp1252 file behind a UTF-8
BOM, a JSON-lines API dump, a Finnish webshop with return lines and reasons, a Swiss list whose ``Kunde`` is the
company name and ``Kd-Nr`` the id) from a *truth* frame holding the meaning of each line. Expected answers come
from that truth frame in plain polars (metrics.md: analysis date = day after the last order; cancelled lines in
any language (annullata, anulowana, makulerad, storniert, annulleret, anulado, kansellert, stornováno,
cancelado/devuelto, annulée) never sales; credit notes subtract; tax is no sales; a money figure over several
currencies is asked back), never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), the English base
questions and small helpers round 7's (tests/clients7/make_clients7.py), imported.
Deterministic (seeded ``random.Random``), small (300-2,000 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parent / "clients2", _HERE.parent / "clients7"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    aov,
    by,
    customers,
    in_month,
    in_quarter,
    in_year,
    new_customers,
    orders,
    rdate,
    repeat_rate,
    revenue,
    sales,
    share,
    skew,
    top,
    where,
    write_text,
)
from make_clients7 import ask, base, col_sum, mk, n_where, wrong_all, wrong_col  # noqa: E402

SEED = 20261209

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)
NBSP = "\u00a0"

IT_FIRMS = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"]
IT_KIND = ["Costruzioni", "Alimentari", "Trasporti", "Arredamenti", "Impianti", "Tessile", "Meccanica"]
PL_FIRMS = ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"]
PL_KIND = ["Budownictwo", "Handel", "Transport", "Meble", "Usługi IT", "Piekarnia"]
SE_NAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson"]
SE_KIND = ["Bygg AB", "Konsult AB", "Handel AB", "Måleri AB", "Elteknik AB", "Café & Bageri AB"]
AT_NAMES = ["Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner"]
AT_KIND = ["GmbH", "KG", "& Söhne OG", "Bau GmbH", "Tischlerei", "Gasthof"]
NL_NAMES = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit"]
DK_NAMES = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen"]
PT_NAMES = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa"]
NO_NAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen"]
CZ_NAMES = ["Novák", "Svoboda", "Novotný", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"]
CZ_KIND = ["Železárny", "Pekárna", "Stavby", "Truhlářství", "Autodíly", "Zámečnictví"]
FR_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "Müller"]
FR_KIND = ["Boulangerie", "Café", "Société Générale de Négoce", "Hôtel", "Pâtisserie", "Garage"]
FI_FIRST = ["Mikko", "Anna", "Juha", "Päivi", "Timo", "Sari", "Jari", "Heikki", "Tiina", "Ville", "Äijö"]
FI_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen"]
CH_NAMES = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Zürcher", "Brunner"]
CH_KIND = ["AG", "GmbH", "Treuhand AG", "Bäckerei", "Garage AG", "Schreinerei"]


SUFFIX = ["", " & Co.", " Holding", " Service", " Nord", " Süd"]


def name(i: int, names: list[str], kinds: list[str], fmt: str = "{k} {n}") -> str:
    """A company name that differs for every i below 6 * len(names) * len(kinds)."""
    n = len(names) * len(kinds)
    return fmt.format(n=names[i % len(names)], k=kinds[(i // len(names)) % len(kinds)]) + SUFFIX[(i // n) % 6]


def eu(x: float, th: str = ".", dec: str = ",", suffix: str = "", prefix: str = "") -> str:
    """``1.234,56`` (and ``1 234,56 zł``, ``1'234.50``, ``1.234,56 EUR``)."""
    s = f"{abs(x):,.2f}".replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return ("-" if x < 0 else "") + prefix + s + suffix


def status_of(rng: random.Random, cancel: str, others: list[str], p: float = 0.06) -> str:
    return cancel if rng.random() < p else rng.choice(others)


DE_BASE = [
    [
        "Wie viel Umsatz haben wir insgesamt gemacht?",
        "Anzahl Bestellungen",
        "Wie viele Kunden haben gekauft?",
        "durchschnittlicher Bestellwert",
        "Wiederkaufsrate",
        "Top 5 Kunden nach Umsatz",
    ],
    [
        "Gesamtumsatz",
        "Wie viele Aufträge hatten wir?",
        "Anzahl Kunden",
        "Was ist der durchschnittliche Auftragswert?",
        "Wie viel Prozent der Kunden haben mehr als einmal gekauft?",
        "Wer sind die fünf größten Kunden?",
    ],
    [
        "Umsatz gesamt netto",
        "Wie viele Rechnungen haben wir geschrieben?",
        "Wie viele verschiedene Kunden gibt es?",
        "Wie hoch ist der durchschnittliche Rechnungsbetrag?",
        "Wie hoch ist die Wiederkaufrate?",
        "Die 5 besten Kunden nach Umsatz",
    ],
]


def de_base(t: pl.DataFrame, v: int) -> list[Case]:
    """The German consultant's first six questions (three wordings), values as round 7's ``base``."""
    cases = base(t, 0)
    for c, q in zip(cases, DE_BASE[v % 3], strict=True):
        c.question = q
    return cases


def first(t: pl.DataFrame, lang: str, v: int) -> list[Case]:
    return base(t, v) if lang == "en" else de_base(t, v)


def years(t: pl.DataFrame) -> dict[str, float]:
    return {k: v for k, v in by(t, "year").items() if k in ("2023", "2024")}


def credits(t: pl.DataFrame, col: str = "credit") -> float:
    return float(sales(t).filter(pl.col(col))["amount"].sum())


def credit_case(qid: str, q: str, t: pl.DataFrame, col: str = "credit") -> Case:
    v = credits(t, col)
    return Case(qid, q, "scalar", v, alts=(-v,))


# --------------------------------------------------------------------------------------------------------
# 1. Italian fatture (TeamSystem-like): Numero, Data dd/mm/yyyy, Cliente (company name only), Partita IVA,
#    Tipo documento Fattura / Nota di credito (negative), Imponibile / IVA / Totale `1.234,56`, Stato
#    Pagata/Emessa/Scaduta/**Annullata**, Agente


def fatture_it(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.5, 0.9), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        iva = round(net * 0.22, 2)
        st = status_of(rng, "Annullata", ["Pagata", "Pagata", "Emessa", "Scaduta"])
        ag = ["Bianchi", "Ferrari", "Esposito", "Conti"][c % 4]
        cli = name(c, IT_FIRMS, IT_KIND, "{k} {n} S.r.l.")
        num = f"{'NC' if credit else 'FT'}/{d.year}/{k + 1:04d}"
        rows.append(
            [
                num,
                d.strftime("%d/%m/%Y"),
                cli,
                f"IT{10000000000 + c * 7919:011d}",
                "Nota di credito" if credit else "Fattura",
                eu(net),
                eu(iva),
                eu(net + iva),
                st,
                ag,
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": cli,
                "order_date": d,
                "amount": net,
                "cancelled": st == "Annullata",
                "st": st,
                "ag": ag,
                "iva": iva,
                "credit": credit,
                "gross": round(net + iva, 2),
            }
        )
    t = mk(recs)
    path = out / "Fatture_emesse_2023_2024.csv"
    head = ["Numero", "Data", "Cliente", "Partita IVA", "Tipo documento", "Imponibile", "IVA", "Totale", "Stato"]
    write_text(rows, [*head, "Agente"], path, sep=";")
    cases = de_base(t, 0)
    wrong_col(t, cases[0], "gross", "Totale incl. IVA summed")
    wrong_all(t, cases[0], revenue, "Annullata counted")
    cases[0].wrong["credit notes ignored"] = revenue(where(t, credit=False))
    cases += [
        Case("by_agent", "Umsatz je Agente", "breakdown", by(t, "ag"), "revenue"),
        Case("de_mar", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("annulled", "Wie viele Rechnungen wurden annulliert?", "scalar", n_where(t, st="Annullata")),
        Case(
            "ferrari",
            "Umsatz von Agent ferrari",
            "scalar",
            revenue(where(t, ag="Ferrari")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("iva", "How much IVA did we invoice?", "scalar", col_sum(t, "iva")),
        credit_case("credits", "Wie hoch waren die Gutschriften (Note di credito) insgesamt?", t),
        Case("yoy", "Umsatz 2023 im Vergleich zu 2024", "breakdown", years(t), "revenue"),
        ask("region", "Umsatz nach Region"),
        ask("dso", "Wie viele Tage dauert es im Schnitt bis zur Zahlung?"),
        ask("product", "Which product category sells best?"),
    ]
    return ClientFile("fatture_it", [path], "Italian fatture, Annullata, Nota di credito, 1.234,56", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Polish faktury (wFirma-like): Nr faktury FV/2024/03/0012 and corrections FK/… (negative), Data wystawienia
#    ISO, Kontrahent, NIP, Netto / VAT / Brutto `1 234,56 zł` with a NON-BREAKING space, Status
#    Zapłacona/Wystawiona/**Anulowana**, Forma płatności Przelew/Gotówka/Karta


def faktury_pl(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1000):
        c = skew(rng, 160)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.2, 0.9), 2)
        credit = rng.random() < 0.06
        if credit:
            net = -round(net * rng.uniform(0.1, 0.6), 2)
        vat = round(net * 0.23, 2)
        st = status_of(rng, "Anulowana", ["Zapłacona", "Zapłacona", "Wystawiona"], 0.05)
        pay = rng.choice(["Przelew", "Przelew", "Gotówka", "Karta"])
        num = f"{'FK' if credit else 'FV'}/{d.year}/{d.month:02d}/{k + 1:04d}"
        who = name(c, PL_FIRMS, PL_KIND, "{k} {n} Sp. z o.o.")
        zl = lambda x: eu(x, NBSP, ",", " zł")  # noqa: E731
        rows.append(
            [num, d.isoformat(), d.isoformat(), who, f"{5210000000 + c * 13}", zl(net), zl(vat), zl(net + vat), st, pay]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": who,
                "order_date": d,
                "amount": net,
                "cancelled": st == "Anulowana",
                "st": st,
                "pay": pay,
                "vat": vat,
                "credit": credit,
                "gross": round(net + vat, 2),
            }
        )
    t = mk(recs)
    path = out / "Faktury_sprzedazy.csv"
    head = ["Nr faktury", "Data wystawienia", "Data sprzedaży", "Kontrahent", "NIP", "Netto", "VAT", "Brutto"]
    write_text(rows, [*head, "Status", "Forma płatności"], path, sep=";")
    cases = de_base(t, 1)
    wrong_col(t, cases[0], "gross", "Brutto summed")
    wrong_all(t, cases[0], revenue, "Anulowana counted")
    cases += [
        Case("by_pay", "Umsatz je Forma płatności", "breakdown", by(t, "pay"), "revenue"),
        Case(
            "przelew",
            "Umsatz mit przelew",
            "scalar",
            revenue(where(t, pay="Przelew")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("q2", "Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", new_customers(t, 2024)),
        Case("vat", "Wie viel VAT haben wir berechnet?", "scalar", col_sum(t, "vat")),
        Case("share_pay", "Umsatzanteil je Zahlungsart", "breakdown", share(t, "pay"), "revenue_share"),
        credit_case("korekty", "What is the total of the corrective invoices (korekty)?", t),
        ask("woiw", "Umsatz nach Woiwodschaft"),
        ask("offers", "Wie viele Angebote wurden abgelehnt?"),
        ask("margin_pl", "What is our gross margin per customer?"),
    ]
    return ClientFile("faktury_pl", [path], "Polish faktury, zł with a non-breaking space, Anulowana", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Swedish Fortnox customer invoices: Fakturanr, **Kundnr `0001023` (zero-padded)**, Kund, Fakturadatum ISO,
#    `Belopp exkl. moms` `12 345,67`, Moms, Totalt, Valuta SEK, **Makulerad Ja/Nej**, Säljare, Kreditfaktura
#    negative


def fortnox_se(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(800):
        c = skew(rng, 150)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.0, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        moms = round(net * 0.25, 2)
        mak = rng.random() < 0.06
        sel = ["Anna Lind", "Erik Berg", "Sara Holm"][c % 3]
        kid = f"{1000 + c * 7:07d}"
        who = name(c, SE_NAMES, SE_KIND, "{n} {k}")
        num = str(50001 + k)
        sp = lambda x: eu(x, " ", ",")  # noqa: E731
        due = (d + dt.timedelta(days=30)).isoformat()
        rows.append(
            [num, kid, who, d.isoformat(), due, sp(net), sp(moms), sp(net + moms), "SEK", "Ja" if mak else "Nej", sel]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": kid,
                "order_date": d,
                "amount": net,
                "cancelled": mak,
                "sel": sel,
                "moms": moms,
                "credit": credit,
                "gross": round(net + moms, 2),
                "kund": who,
            }
        )
    t = mk(recs)
    path = out / "Kundfakturor_Fortnox.csv"
    head = ["Fakturanr", "Kundnr", "Kund", "Fakturadatum", "Förfallodatum", "Belopp exkl. moms", "Moms", "Totalt"]
    write_text(rows, [*head, "Valuta", "Makulerad", "Säljare"], path, sep=";")
    big = top(t, 1)[0][0]
    cases = first(t, "en", 1)
    wrong_col(t, cases[0], "gross", "Totalt incl. moms summed")
    wrong_all(t, cases[0], revenue, "Makulerad counted")
    cases += [
        Case(
            "one_cust",
            f"Wie viel Umsatz hat Kunde {big} gemacht?",
            "scalar",
            revenue(where(t, customer_id=big)),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("makulerad", "Wie viele Rechnungen sind makuliert?", "scalar", int(t["cancelled"].sum())),
        Case("by_sel", "Umsatz je Säljare", "breakdown", by(t, "sel"), "revenue"),
        Case("moms", "How much moms (VAT) did we charge?", "scalar", col_sum(t, "moms")),
        Case("by_q", "Umsatz je Quartal 2024", "breakdown", by(in_year(t, 2024), "quarter"), "revenue"),
        Case("aug", "Umsatz im August 2023", "scalar", revenue(in_month(t, 2023, 8)), "revenue"),
        ask("region", "Umsatz je Län"),
        ask("budget", "Wie liegen wir gegenüber dem Budget?"),
        ask("nps", "What is our NPS?"),
    ]
    return ClientFile("fortnox_se", [path], "Swedish Fortnox, Kundnr 0001023, Makulerad Ja/Nej, kr", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Austrian invoices: Rg.-Nr., Rg.-Datum dd.mm.yyyy, **Periode `Jänner 2024` / `Feber 2024`**, Debitor (id),
#    Firma, Bundesland, Netto / USt / Brutto **`1.234,56 EUR`** (currency after the number), Status
#    offen/bezahlt/storniert


AT_MONTHS = ["Jänner", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober"]
AT_MONTHS += ["November", "Dezember"]
LAENDER = ["Wien", "Niederösterreich", "Oberösterreich", "Steiermark", "Tirol", "Salzburg", "Kärnten"]


def at_rechnung(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(850):
        c = skew(rng, 170)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.8, 0.8), 2)
        ust = round(net * 0.2, 2)
        st = status_of(rng, "storniert", ["bezahlt", "bezahlt", "offen"], 0.06)
        land = LAENDER[c % len(LAENDER)]
        deb = str(20000 + c)
        who = name(c, AT_NAMES, AT_KIND, "{n} {k}")
        num = f"RE{d.year % 100:02d}-{k + 1:05d}"
        per = f"{AT_MONTHS[d.month - 1]} {d.year}"
        rows.append(
            [num, d.strftime("%d.%m.%Y"), per, deb, who, land]
            + [eu(net, suffix=" EUR"), eu(ust, suffix=" EUR"), eu(net + ust, suffix=" EUR"), st]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": deb,
                "order_date": d,
                "amount": net,
                "cancelled": st == "storniert",
                "land": land,
                "ust": ust,
                "gross": round(net + ust, 2),
            }
        )
    t = mk(recs)
    path = out / "Ausgangsrechnungen_AT.csv"
    head = ["Rg.-Nr.", "Rg.-Datum", "Periode", "Debitor", "Firma", "Bundesland", "Netto", "USt", "Brutto", "Status"]
    write_text(rows, head, path, sep=";")
    cases = de_base(t, 2)
    wrong_col(t, cases[0], "gross", "Brutto incl. USt summed")
    wrong_all(t, cases[0], revenue, "storniert counted")
    cases += [
        Case("jaenner", "Umsatz im Jänner 2024", "scalar", revenue(in_month(t, 2024, 1)), "revenue"),
        Case("feber", "Umsatz im Feber 2024", "scalar", revenue(in_month(t, 2024, 2)), "revenue"),
        Case("by_land", "Umsatz je Bundesland", "breakdown", by(t, "land"), "revenue"),
        Case(
            "ooe",
            "Umsatz in Oberoesterreich",
            "scalar",
            revenue(where(t, land="Oberösterreich")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("storno", "Wie viele Rechnungen wurden storniert?", "scalar", n_where(t, cancelled=True)),
        Case(
            "share_land",
            "Welchen Anteil am Umsatz hat Wien?",
            "scalar",
            share(t, "land")["Wien"],
            "revenue_share",
            alts=(100 * share(t, "land")["Wien"],),
        ),
        Case("new24", "How many new customers did we win in 2024?", "scalar", new_customers(t, 2024)),
        ask("branche", "Umsatz nach Branche"),
        ask("lager", "Wie hoch ist der Lagerbestand?"),
        ask("fy", "Umsatz im Geschäftsjahr 2023/24"),
    ]
    return ClientFile("at_rechnung", [path], "Austrian invoices, 1.234,56 EUR, Jänner/Feber, storniert", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Dutch Exact Online sales journal: Dagboek, Boekstuk, Datum dd-mm-yyyy, Debiteur, Naam, Omschrijving,
#    **Bedrag unsigned `1234,56`** + **`D/C`** (D = invoice on the debtor, C = credit note), BTW


def exact_dc(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1100):
        c = skew(rng, 200)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.0, 0.9), 2)
        credit = rng.random() < 0.08
        amt = -round(net * rng.uniform(0.2, 1.0), 2) if credit else net
        btw = round(abs(amt) * 0.21, 2)
        deb = str(100 + c)
        who = name(c, NL_NAMES, ["B.V.", "Bakkerij", "Installatie B.V.", "Groothandel"], "{n} {k}")
        oms = rng.choice(["Advies", "Onderhoud", "Levering", "Licentie"])
        bs = str(24000 + k)
        rows.append(
            ["70 Verkoopboek", bs, d.strftime("%d-%m-%Y"), deb, who, oms, eu(abs(amt), "", ","), eu(btw, "", ","),
             "C" if credit else "D"]
        )  # fmt: skip
        recs.append(
            {
                "order_id": bs,
                "customer_id": deb,
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "credit": credit,
                "oms": oms,
                "unsigned": abs(amt),
            }
        )
    t = mk(recs)
    path = out / "Exact_Verkoopboek_export.csv"
    head = ["Dagboek", "Boekstuk", "Datum", "Debiteur", "Naam", "Omschrijving", "Bedrag", "BTW", "D/C"]
    write_text(rows, head, path, sep=";")
    cases = de_base(t, 0)
    wrong_col(t, cases[0], "unsigned", "unsigned Bedrag summed (D/C ignored)")
    cases[3].wrong["unsigned Bedrag summed (D/C ignored)"] = float(t["unsigned"].sum()) / orders(t)
    cases += [
        credit_case("credits", "Wie viel haben wir gutgeschrieben (C-Buchungen)?", t),
        Case("by_oms", "Umsatz je Omschrijving", "breakdown", by(t, "oms"), "revenue"),
        Case(
            "onderhoud",
            "Umsatz mit onderhoud 2024",
            "scalar",
            revenue(in_year(where(t, oms="Onderhoud"), 2024)),
            "revenue",
        ),
        Case("by_month24", "Umsatz pro Monat 2024", "breakdown", by(in_year(t, 2024), "month"), "revenue"),
        Case("n_credit", "How many credit notes did we post?", "scalar", int(t["credit"].sum())),
        Case("yoy", "Umsatz 2023 vs. 2024", "breakdown", years(t), "revenue"),
        ask("kosten", "Wie hoch waren unsere Kosten?"),
        ask("open", "Wie viel ist noch offen (Debitorensaldo)?"),
        ask("land", "Revenue by country"),
    ]
    return ClientFile("exact_dc", [path], "Dutch Exact sales journal, unsigned Bedrag with D/C", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Danish report (e-conomic print to CSV): **a title block, the header on row 6**, Fakturanr, Dato dd-mm-yyyy,
#    Kundenr, Kundenavn, `Beløb ekskl. moms` `1.234,56 kr.`, Moms, `Beløb inkl. moms`, Status Betalt/Åben/
#    **Annulleret**; **every 50 rows a page footer `Side N af M`, a blank line and the header again**; an
#    **`I alt` total line** at the end


def report_dk(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(700):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.0, 0.7), 2)
        moms = round(net * 0.25, 2)
        st = status_of(rng, "Annulleret", ["Betalt", "Betalt", "Åben"], 0.05)
        kid = str(1001 + c)
        who = name(c, DK_NAMES, ["ApS", "A/S", "Tømrer ApS", "VVS ApS", "Bageri"], "{n} {k}")
        num = str(30001 + k)
        kr = lambda x: eu(x, suffix=" kr.")  # noqa: E731
        rows.append([num, d.strftime("%d-%m-%Y"), kid, who, kr(net), kr(moms), kr(net + moms), st])
        recs.append(
            {
                "order_id": num,
                "customer_id": kid,
                "order_date": d,
                "amount": net,
                "cancelled": st == "Annulleret",
                "gross": round(net + moms, 2),
                "moms": moms,
            }
        )
    t = mk(recs)
    path = out / "Fakturaoversigt_2023-2024.csv"
    head = ["Fakturanr", "Dato", "Kundenr", "Kundenavn", "Beløb ekskl. moms", "Moms", "Beløb inkl. moms", "Status"]
    empty = [""] * (len(head) - 1)
    pages = (len(rows) + 49) // 50
    lines: list[list[str]] = []
    for p in range(pages):
        if p:
            lines += [[""] * len(head), head]
        lines += rows[p * 50 : (p + 1) * 50]
        lines.append([f"Side {p + 1} af {pages}", *empty])
    tot = float(t["amount"].sum())
    lines.append(["I alt", "", "", "", eu(tot, suffix=" kr."), "", "", ""])
    pre = ["Fakturaoversigt;;;;;;;", "Nordlys Handel ApS;;;;;;;", "Periode: 01-01-2023 - 15-10-2024;;;;;;;"]
    pre += ["Udskrevet 16-10-2024 09:12;;;;;;;", ";;;;;;;"]
    write_text(lines, head, path, sep=";", pre=pre)
    cases = de_base(t, 1)
    wrong_col(t, cases[0], "gross", "inkl. moms summed")
    wrong_all(t, cases[0], revenue, "Annulleret counted")
    cases[0].wrong["I alt line counted"] = revenue(t) + tot
    cases += [
        Case("by_q", "Umsatz je Quartal", "breakdown", by(t, "quarter"), "revenue"),
        Case("sep24", "Umsatz im September 2024", "scalar", revenue(in_month(t, 2024, 9)), "revenue"),
        Case("annul", "Wie viele Rechnungen sind annulleret?", "scalar", n_where(t, cancelled=True)),
        Case("moms", "Wie viel Moms haben wir fakturiert?", "scalar", col_sum(t, "moms")),
        Case("new24", "Neukunden 2024", "scalar", new_customers(t, 2024)),
        Case("yoy", "Revenue 2023 compared to 2024", "breakdown", years(t), "revenue"),
        ask("pages", "Wie viele Seiten hat der Bericht?"),
        ask("seller", "Umsatz je Verkäufer"),
        ask("churn_reason", "Why did customers leave?"),
    ]
    return ClientFile("report_dk", [path], "Danish report, title block, page footers, header again, I alt", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Portuguese PHC sales documents: **two header rows** (group `Cliente;;Documento;;;;Valores;;` + field
#    `Nº Cliente;Nome;Tipo;Número;Data;Estado;Base;IVA;Total`), Tipo FT / NC (negative), Estado Normal/**Anulado**,
#    `1234,56`, dates yyyy-mm-dd, Zona Norte/Centro/Lisboa/Sul


def twohdr_pt(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(750):
        c = skew(rng, 130)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.3, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.6), 2)
        iva = round(net * 0.23, 2)
        st = "Anulado" if rng.random() < 0.05 else "Normal"
        zona = ["Norte", "Centro", "Lisboa", "Sul"][c % 4]
        num = f"{'NC' if credit else 'FT'} {d.year}/{k + 1}"
        who = name(c, PT_NAMES, ["Lda.", "& Filhos Lda.", "Construções S.A.", "Padaria"], "{n} {k}")
        rows.append([str(c + 1), who, num[:2], num, d.isoformat(), st, zona]
                    + [eu(net, "", ","), eu(iva, "", ","), eu(net + iva, "", ",")])  # fmt: skip
        recs.append(
            {
                "order_id": num,
                "customer_id": str(c + 1),
                "order_date": d,
                "amount": net,
                "cancelled": st == "Anulado",
                "zona": zona,
                "credit": credit,
                "gross": round(net + iva, 2),
            }
        )
    t = mk(recs)
    path = out / "Documentos_Venda_PHC.csv"
    head = ["Nº Cliente", "Nome", "Tipo", "Número", "Data", "Estado", "Zona", "Base", "IVA", "Total"]
    write_text(rows, head, path, sep=";", pre=["Cliente;;Documento;;;;;Valores;;"])
    cases = first(t, "en", 2)
    wrong_col(t, cases[0], "gross", "Total incl. IVA summed")
    wrong_all(t, cases[0], revenue, "Anulado counted")
    cases += [
        Case("by_zona", "Umsatz je Zona", "breakdown", by(t, "zona"), "revenue"),
        Case(
            "lisboa",
            "Umsatz in der Zone lisboa im Jahr 2024",
            "scalar",
            revenue(in_year(where(t, zona="Lisboa"), 2024)),
            "revenue",
        ),
        Case("nc", "Wie hoch sind die Notas de crédito insgesamt?", "scalar", credits(t), alts=(-credits(t),)),
        Case("anul", "Wie viele Dokumente sind anuliert?", "scalar", n_where(t, cancelled=True)),
        Case("q1_24", "Umsatz Q1 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("cust_zona", "Anzahl Kunden je Zona", "breakdown", cust_by(t, "zona"), "customers"),
        ask("vendor", "Umsatz je Vendedor"),
        ask("stock", "Wie viele Artikel sind auf Lager?"),
        ask("ltv_prod", "Customer lifetime value by product"),
    ]
    return ClientFile("twohdr_pt", [path], "Portuguese PHC list with two header rows, Anulado, NC", cases)


def cust_by(t: pl.DataFrame, dim: str) -> dict[str, float]:
    """Customers (ids with a positive order) per value of ``dim``."""
    s = sales(t)
    ov = s.group_by("order_id", dim).agg(pl.col("amount").sum(), pl.col("customer_id").first())
    ov = ov.filter(pl.col("amount") > 0).drop_nulls("customer_id")
    g = ov.group_by(dim).agg(pl.col("customer_id").n_unique())
    return {str(k): float(v) for k, v in g.iter_rows()}


# --------------------------------------------------------------------------------------------------------
# 8. A controller's pivot: **customers × months** (`Kd-Nr;Kunde;Jan 24;…;Okt 24;Summe`), `1.234` whole euros,
#    empty cells, a few negative cells (credits), **a `Gesamt` row at the bottom**; no orders at all


def twice(m: dict[str, float]) -> dict[str, Any]:
    """The wrong reading of a pivot whose total row is read as one more customer: every period doubled."""
    return {"the Gesamt row counted as a customer": {k: 2 * v for k, v in m.items()}}


PIVOT_M = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt"]


def pivot_wide(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for c in range(180):
        kid = f"{10000 + c * 3}"
        who = name(c, AT_NAMES + CH_NAMES, ["GmbH", "KG", "e.K.", "AG"], "{n} {k}")
        heavy = rng.random() < 0.2
        cells: list[str] = []
        for m in range(10):
            if rng.random() < (0.8 if heavy else 0.35):
                v = float(round(rng.lognormvariate(8.5 if heavy else 7.0, 0.6)))
                if rng.random() < 0.03:
                    v = -float(round(v * 0.3))
                recs.append(
                    {
                        "order_id": f"{kid}-{m + 1}",
                        "customer_id": kid,
                        "order_date": dt.date(2024, m + 1, 1),
                        "amount": v,
                        "cancelled": False,
                    }
                )
                cells.append(eu(v).removesuffix(",00"))
            else:
                cells.append("")
        total = sum(r["amount"] for r in recs if r["customer_id"] == kid)
        rows.append([kid, who, *cells, eu(total).removesuffix(",00")])
    t = mk(recs)
    tot = [eu(float(in_month(t, 2024, m + 1)["amount"].sum())).removesuffix(",00") for m in range(10)]
    rows.append(["Gesamt", "", *tot, eu(revenue(t)).removesuffix(",00")])
    path = out / "Umsatz_Kunde_Monat_2024.csv"
    write_text(rows, ["Kd-Nr", "Kunde", *[f"{m} 24" for m in PIVOT_M], "Summe"], path, sep=";")
    rev = Case("revenue", "Wie viel Umsatz haben wir 2024 gemacht?", "scalar", revenue(t), "revenue")
    rev.wrong["the Gesamt row (or the Summe column) counted too"] = 2 * revenue(t)
    buy = t.filter(pl.col("amount") > 0)
    dbl = {"the Gesamt row counted as a customer": 2 * revenue(in_month(t, 2024, 3))}
    dbl2 = {"the Gesamt row counted as a customer": 2 * revenue(in_quarter(t, 2024, 2))}
    cases = [
        rev,
        Case(
            "customers",
            "Wie viele Kunden hatten 2024 Umsatz?",
            "scalar",
            float(buy["customer_id"].n_unique()),
            "customers",
            wrong={"Gesamt row counted as a customer": float(buy["customer_id"].n_unique() + 1)},
        ),
        Case("top5", "Top 5 Kunden nach Umsatz", "top", top(t), "revenue"),
        Case("by_month", "Umsatz je Monat", "breakdown", by(t, "month"), "revenue", wrong=twice(by(t, "month"))),
        Case("mar", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue", wrong=dbl),
        Case("q2", "Umsatz im zweiten Quartal", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue", wrong=dbl2),
        Case("by_q", "Revenue by quarter", "breakdown", by(t, "quarter"), "revenue", wrong=twice(by(t, "quarter"))),
        Case(
            "okt_cust",
            "Wie viele Kunden hatten im Oktober Umsatz?",
            "scalar",
            float(in_month(buy, 2024, 10)["customer_id"].n_unique()),
            "customers",
            wrong={"Gesamt row counted as a customer": float(in_month(buy, 2024, 10)["customer_id"].n_unique() + 1)},
        ),
        ask("orders", "Anzahl Bestellungen"),
        ask("aov", "durchschnittlicher Bestellwert"),
        ask("region", "Umsatz je Region"),
        ask("product", "Umsatz je Produkt"),
        ask("rev23", "Umsatz 2023"),
    ]
    return ClientFile("pivot_wide", [path], "controller's pivot, customers × months, Summe and Gesamt", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Norwegian orders in **four currencies in one amount column** + `Valuta` (NOK/SEK/EUR/DKK): Ordrenr,
#    Ordredato dd.mm.yyyy, Kundenr, Kunde, Beløp `1 234,56`, Status Levert/Fakturert/**Kansellert**, Selger


def mixed_ccy(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 170)
        d = rdate(rng, D0, D1)
        cur = ["NOK", "NOK", "NOK", "SEK", "EUR", "DKK"][c % 6]
        amt = round(rng.lognormvariate(7.5 if cur != "EUR" else 5.2, 0.8), 2)
        st = status_of(rng, "Kansellert", ["Levert", "Fakturert", "Fakturert"], 0.06)
        sel = ["Ola", "Kari", "Per"][k % 3]
        kid = str(5000 + c)
        who = name(c, NO_NAMES, ["AS", "Bygg AS", "Rør AS", "Bakeri"], "{n} {k}")
        num = str(700001 + k)
        rows.append([num, d.strftime("%d.%m.%Y"), kid, who, eu(amt, " ", ","), cur, st, sel])
        recs.append(
            {
                "order_id": num,
                "customer_id": kid,
                "order_date": d,
                "amount": amt,
                "cancelled": st == "Kansellert",
                "cur": cur,
                "sel": sel,
            }
        )
    t = mk(recs)
    path = out / "Ordreliste_2023-2024.csv"
    head = ["Ordrenr", "Ordredato", "Kundenr", "Kunde", "Beløp", "Valuta", "Status", "Selger"]
    write_text(rows, head, path, sep=";")
    nok = where(t, cur="NOK")
    eur = where(t, cur="EUR")
    cases = [
        ask("revenue", "Wie viel Umsatz haben wir insgesamt gemacht?"),
        Case("orders", "Anzahl Bestellungen", "scalar", orders(t), "orders"),
        Case("customers", "How many customers bought from us?", "scalar", customers(t), "customers"),
        Case("repeat", "Wiederkaufsrate", "scalar", repeat_rate(t), "repeat_rate", alts=(100 * repeat_rate(t),)),
        Case("nok", "Umsatz in NOK", "scalar", revenue(nok), "revenue", wrong={"all currencies summed": revenue(t)}),
        Case("eur_top", "Top 5 Kunden nach Umsatz in EUR", "top", top(eur), "revenue"),
        Case("by_cur", "Umsatz je Valuta", "breakdown", by(t, "cur"), "revenue"),
        Case("sek_24", "Revenue in SEK in 2024", "scalar", revenue(in_year(where(t, cur="SEK"), 2024)), "revenue"),
        Case("orders_cur", "Anzahl Bestellungen je Währung", "breakdown", orders_by_dim(t, "cur"), "orders"),
        Case("kansellert", "Wie viele Bestellungen wurden kansellert?", "scalar", n_where(t, cancelled=True)),
        Case("nok_aov", "Durchschnittlicher Bestellwert in NOK", "scalar", aov(nok), "aov"),
        ask("top5", "Top 5 Kunden nach Umsatz"),
        ask("aov", "What's our AOV?"),
        ask("by_sel", "Umsatz je Selger"),
        ask("by_month", "Umsatz pro Monat 2024"),
    ]
    return ClientFile("mixed_ccy", [path], "Norwegian orders, NOK/SEK/EUR/DKK in one column, Kansellert", cases)


def orders_by_dim(t: pl.DataFrame, dim: str) -> dict[str, float]:
    ov = sales(t).group_by("order_id", dim).agg(pl.col("amount").sum()).filter(pl.col("amount") > 0)
    return {str(k): float(v) for k, v in ov.group_by(dim).len().iter_rows()}


# --------------------------------------------------------------------------------------------------------
# 10. Czech workbook (Pohoda-like, .xlsx): Číslo faktury, **Datum vystavení as Excel serial numbers** (plain
#     numbers, no date format), **Odběratel (names only, the same customer spelled `Železárny Novák s.r.o.` and
#     `ŽELEZÁRNY NOVÁK S.R.O.`)**, Základ DPH / DPH / Celkem (numbers), Stav Uhrazeno/Neuhrazeno/**Stornováno**,
#     Středisko Praha/Brno/Ostrava


def serial_cz(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs, rows = [], []
    for k in range(800):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.5, 0.8), 2)
        dph = round(net * 0.21, 2)
        st = status_of(rng, "Stornováno", ["Uhrazeno", "Uhrazeno", "Neuhrazeno"], 0.05)
        strd = ["Praha", "Brno", "Ostrava"][c % 3]
        who = name(c, CZ_NAMES, CZ_KIND, "{k} {n} s.r.o.")
        shown = who.upper() if (c % 4 == 0 and rng.random() < 0.4) else who
        serial = (d - dt.date(1899, 12, 30)).days
        num = f"FV{d.year}{k + 1:04d}"
        rows.append([num, serial, shown, net, dph, round(net + dph, 2), st, strd])
        recs.append(
            {
                "order_id": num,
                "customer_id": who,
                "shown": shown,
                "order_date": d,
                "amount": net,
                "cancelled": st == "Stornováno",
                "strd": strd,
            }
        )
    t = mk(recs)
    path = out / "Vydane_faktury_2023_2024.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Faktury")
    ws.write_row(0, 0, ["Číslo faktury", "Datum vystavení", "Odběratel", "Základ DPH", "DPH", "Celkem", "Stav"])
    ws.write(0, 7, "Středisko")
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    wb.close()
    cased = t.with_columns(customer_id=pl.col("shown"))
    cases = first(t, "en", 0)
    cases[2].wrong["names in two spellings counted twice"] = customers(cased)
    both = cased.with_columns(cancelled=pl.lit(False))
    cases[2].wrong["names in two spellings counted twice and Stornováno counted"] = customers(both)
    cases[4].wrong["names in two spellings counted twice and Stornováno counted"] = repeat_rate(both)
    cases[4].wrong["names in two spellings counted twice"] = repeat_rate(cased)
    wrong_all(t, cases[0], revenue, "Stornováno counted")
    cases += [
        Case("by_strd", "Umsatz je Středisko", "breakdown", by(t, "strd"), "revenue"),
        Case("brno", "Umsatz in brno", "scalar", revenue(where(t, strd="Brno")), "revenue"),
        Case("by_month24", "Umsatz pro Monat 2024", "breakdown", by(in_year(t, 2024), "month"), "revenue"),
        Case("dec23", "Revenue in December 2023", "scalar", revenue(in_month(t, 2023, 12)), "revenue"),
        Case("storno", "Wie viele Rechnungen sind storniert?", "scalar", n_where(t, cancelled=True)),
        Case("yoy", "Umsatz 2023 und 2024 im Vergleich", "breakdown", years(t), "revenue"),
        ask("ico", "Umsatz je IČO"),
        ask("paid_days", "Wie schnell zahlen unsere Kunden?"),
        ask("forecast", "Wie viel Umsatz machen wir im Jahr 2025?"),
    ]
    return ClientFile("serial_cz", [path], "Czech workbook, Excel serial dates, names in two cases", cases)


# --------------------------------------------------------------------------------------------------------
# 11. Spanish shop backend as **typed Parquet with nulls**: pedido (Int64), cliente (Int64, null for guests),
#     fecha (Date), importe_neto / iva (Float64), estado entregado/enviado/**cancelado/devuelto**, canal,
#     provincia, cupon (mostly null)


def parquet_es(out: Path, rng: random.Random) -> ClientFile:
    recs = []
    for k in range(1500):
        guest = rng.random() < 0.12
        c = skew(rng, 300)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(4.2, 0.7), 2)
        u = rng.random()
        est = "cancelado" if u < 0.05 else "devuelto" if u < 0.09 else rng.choice(["entregado", "entregado", "enviado"])
        recs.append(
            {
                "order_id": str(100000 + k),
                "customer_id": None if guest else str(3000 + c),
                "order_date": d,
                "amount": net,
                "cancelled": est in ("cancelado", "devuelto"),
                "est": est,
                "canal": ["web", "web", "tienda", "marketplace"][k % 4],
                "prov": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Málaga"][c % 5],
                "iva": round(net * 0.21, 2),
                "cupon": rng.choice(["VERANO10", "BIENVENIDA"]) if rng.random() < 0.1 else None,
            }
        )
    t = mk(recs)
    df = pl.DataFrame(
        {
            "pedido": t["order_id"].cast(pl.Int64),
            "cliente": t["customer_id"].cast(pl.Int64),
            "fecha": t["order_date"],
            "importe_neto": t["amount"],
            "iva": t["iva"],
            "estado": t["est"],
            "canal": t["canal"],
            "provincia": t["prov"],
            "cupon": t["cupon"],
        }
    )
    path = out / "pedidos_2023_2024.parquet"
    df.write_parquet(path, statistics=False)
    cases = first(t, "en", 2)
    wrong_all(t, cases[0], revenue, "cancelado/devuelto counted")
    g = t.with_columns(customer_id=pl.coalesce("customer_id", pl.lit("null")))
    cases[2].wrong["guests (null) counted as one customer"] = customers(g)
    cases += [
        Case("by_canal", "Umsatz je Canal", "breakdown", by(t, "canal"), "revenue"),
        Case("tienda", "Umsatz in der Tienda", "scalar", revenue(where(t, canal="tienda")), "revenue"),
        Case("by_prov", "Revenue by provincia", "breakdown", by(t, "prov"), "revenue"),
        Case("malaga", "Umsatz in Malaga 2024", "scalar", revenue(in_year(where(t, prov="Málaga"), 2024)), "revenue"),
        Case("devuelto", "Wie viele Bestellungen wurden zurückgeschickt (devuelto)?", "scalar", n_where(t, est="devuelto")),
        Case("cupon", "Umsatz mit Gutschein VERANO10", "scalar", revenue(where(t, cupon="VERANO10")), "revenue"),
        Case("new24", "Wie viele Neukunden 2024?", "scalar", new_customers(t, 2024)),
        ask("age", "Umsatz nach Altersgruppe"),
        ask("cart", "Wie hoch ist die Warenkorbabbruchrate?"),
        ask("ads", "What's our return on ad spend?"),
    ]  # fmt: skip
    return ClientFile("parquet_es", [path], "Spanish typed Parquet, null guests, cancelado/devuelto", cases)


# --------------------------------------------------------------------------------------------------------
# 12. French invoices, **semicolon CSV in cp1252 behind a UTF-8 BOM**: N° facture, Date dd/mm/yyyy, Code client
#     C00123, Client (accents: Société, Pâtisserie, Lefèvre), Montant HT `1 234,56 €`, TVA, Montant TTC,
#     Statut Payée/Émise/**Annulée**, avoirs AV-… negative, Commercial


def cp1252_fr(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(950):
        c = skew(rng, 180)
        d = rdate(rng, D0, D1)
        ht = round(rng.lognormvariate(6.0, 0.9), 2)
        avoir = rng.random() < 0.05
        if avoir:
            ht = -round(ht * rng.uniform(0.2, 0.8), 2)
        tva = round(ht * 0.2, 2)
        st = status_of(rng, "Annulée", ["Payée", "Payée", "Émise"], 0.05)
        com = ["Hélène", "François", "Jérôme"][c % 3]
        cid = f"C{c + 1:05d}"
        who = name(c, FR_NAMES, FR_KIND, "{k} {n}")
        num = f"{'AV' if avoir else 'FA'}-{d.year}-{k + 1:05d}"
        e = lambda x: eu(x, " ", ",", " €")  # noqa: E731
        rows.append([num, d.strftime("%d/%m/%Y"), cid, who, e(ht), e(tva), e(ht + tva), st, com])
        recs.append(
            {
                "order_id": num,
                "customer_id": cid,
                "order_date": d,
                "amount": ht,
                "cancelled": st == "Annulée",
                "com": com,
                "credit": avoir,
                "gross": round(ht + tva, 2),
            }
        )
    t = mk(recs)
    path = out / "Export_Factures.csv"
    head = ["N° facture", "Date", "Code client", "Client", "Montant HT", "TVA", "Montant TTC", "Statut", "Commercial"]
    write_text(rows, head, path, sep=";", encoding="cp1252", newline="\r\n", bom=b"\xef\xbb\xbf")
    cases = first(t, "en", 0)
    wrong_col(t, cases[0], "gross", "Montant TTC summed")
    wrong_all(t, cases[0], revenue, "Annulée counted")
    cases += [
        Case("by_com", "Umsatz je Commercial", "breakdown", by(t, "com"), "revenue"),
        Case("helene", "Umsatz von Helene", "scalar", revenue(where(t, com="Hélène")), "revenue"),
        credit_case("avoirs", "Wie hoch sind die Avoirs (Gutschriften)?", t),
        Case("jun24", "Umsatz im Juni 2024", "scalar", revenue(in_month(t, 2024, 6)), "revenue"),
        Case("annul", "Wie viele Rechnungen sind annulliert?", "scalar", n_where(t, cancelled=True)),
        Case("by_year", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        Case("new23", "Neukunden 2023", "scalar", new_customers(t, 2023)),
        ask("dept", "Umsatz je Département"),
        ask("marge", "Quelle est notre marge brute par produit ?"),
        ask("leads", "Wie viele Leads hatten wir?"),
    ]
    return ClientFile("cp1252_fr", [path], "French invoices, cp1252 behind a UTF-8 BOM, Annulée, avoirs", cases)


# --------------------------------------------------------------------------------------------------------
# 13. A JSON-lines API dump (`.jsonl`, no documented format: a one-line refusal is fine): nested customer
#     {id "000123", name}, created_at ISO with offset, amounts {net, tax, gross, currency}, status


def jsonl_api(out: Path, rng: random.Random) -> ClientFile:
    recs, lines = [], []
    for k in range(600):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(4.5, 0.6), 2)
        st = "cancelled" if rng.random() < 0.06 else rng.choice(["paid", "paid", "shipped"])
        cid = f"{c + 1:06d}"
        ts = dt.datetime.combine(d, dt.time(rng.randrange(8, 20), rng.randrange(60)))
        obj = {
            "id": f"ord_{k + 1:06d}",
            "created_at": ts.isoformat() + "+01:00",
            "status": st,
            "customer": {"id": cid, "name": name(c, FI_LAST, ["Oy", "Ab"], "{n} {k}")},
            "amounts": {"net": net, "tax": round(net * 0.24, 2), "gross": round(net * 1.24, 2), "currency": "EUR"},
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
        recs.append({"order_id": obj["id"], "customer_id": cid, "order_date": d, "amount": net, "cancelled": st == "cancelled"})  # fmt: skip
    t = mk(recs)
    path = out / "orders_api_dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases = first(t, "en", 1) + [
        Case("mar", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("cust1", "Umsatz von Kunde 000001", "scalar", revenue(where(t, customer_id="000001")), "revenue"),
        Case("yoy", "Umsatz 2023 vs 2024", "breakdown", years(t), "revenue"),
        Case("cancel", "Wie viele Bestellungen wurden storniert?", "scalar", n_where(t, cancelled=True)),
        ask("product", "Umsatz je Produkt"),
        ask("country", "Umsatz je Land"),
    ]
    return ClientFile(
        "jsonl_api",
        [path],
        "JSON-lines API dump, nested customer and amounts",
        cases,
        import_may_fail="'.jsonl' is no documented format (docs/import.md: any other extension is an error)",
    )


# --------------------------------------------------------------------------------------------------------
# 14. Finnish webshop order lines with **returns as separate lines** (Rivityyppi Myynti / **Palautus**, negative
#     Määrä and Summa, `Palautuksen syy` Liian pieni/Viallinen/Väärä tuote/Ei tarpeen), Tilausnumero, Asiakasnumero,
#     Tilauspäivä d.m.yyyy (unpadded), Tuote, Tuoteryhmä, Hinta, Summa `12,50`


FI_PRODUCTS = [("Villasukat", "Asusteet", 19.9), ("Pipo", "Asusteet", 24.5), ("Takki", "Vaatteet", 149.0)]
FI_PRODUCTS += [("Housut", "Vaatteet", 79.0), ("Kengät", "Jalkineet", 119.0), ("Sandaalit", "Jalkineet", 49.0)]
REASONS = ["Liian pieni", "Viallinen", "Väärä tuote", "Ei tarpeen"]


def returns_fi(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(650):
        c = skew(rng, 200)
        d = rdate(rng, D0, D1)
        oid = str(40001 + k)
        kid = str(800 + c)
        for _ in range(rng.choice([1, 1, 2, 3])):
            prod, grp, price = rng.choice(FI_PRODUCTS)
            q = rng.choice([1, 1, 2])
            amt = round(price * q, 2)
            rows.append([oid, kid, f"{d.day}.{d.month}.{d.year}", "Myynti", "", prod, grp, q, eu(price, "", ","), eu(amt, "", ",")])  # fmt: skip
            recs.append({"order_id": oid, "customer_id": kid, "order_date": d, "amount": amt, "cancelled": False,
                         "type": "Myynti", "reason": None, "grp": grp, "ret": False})  # fmt: skip
            if rng.random() < 0.12:
                rq = rng.randint(1, q)
                rd = min(d + dt.timedelta(days=rng.randint(3, 20)), D1)
                reason = rng.choice(REASONS)
                ramt = -round(price * rq, 2)
                rows.append([oid, kid, f"{rd.day}.{rd.month}.{rd.year}", "Palautus", reason, prod, grp, -rq, eu(price, "", ","), eu(ramt, "", ",")])  # fmt: skip
                recs.append({"order_id": oid, "customer_id": kid, "order_date": rd, "amount": ramt,
                             "cancelled": False, "type": "Palautus", "reason": reason, "grp": grp, "ret": True})  # fmt: skip
    t = mk(recs)
    path = out / "Tilausrivit_2023_2024.csv"
    head = ["Tilausnumero", "Asiakasnumero", "Tilauspäivä", "Rivityyppi", "Palautuksen syy", "Tuote", "Tuoteryhmä"]
    write_text(rows, [*head, "Määrä", "Hinta", "Summa"], path, sep=";")
    ret = sales(t).filter(pl.col("ret"))
    gross_sales = float(sales(t).filter(~pl.col("ret"))["amount"].sum())
    by_reason = {str(k): float(-v) for k, v in ret.group_by("reason").agg(pl.col("amount").sum()).iter_rows()}
    cases = de_base(t, 0)
    cases[0].wrong["returns ignored"] = gross_sales
    cases += [
        Case(
            "returns",
            "Wie viel wurde retourniert?",
            "scalar",
            -float(ret["amount"].sum()),
            alts=(float(ret["amount"].sum()),),
        ),  # fmt: skip
        Case(
            "ret_rate",
            "Wie hoch ist die Retourenquote (Anteil am Umsatz)?",
            "scalar",
            -float(ret["amount"].sum()) / gross_sales,
            alts=(-100 * float(ret["amount"].sum()) / gross_sales,),
        ),  # fmt: skip
        Case(
            "by_reason",
            "Retouren je Palautuksen syy",
            "breakdown",
            by_reason,
            wrong={"a row for the sales lines (no reason) with 0 added": {**by_reason, "None": 0.0}},
        ),
        Case("by_grp", "Umsatz je Tuoteryhmä", "breakdown", by(t, "grp"), "revenue"),
        Case("jalkineet", "Umsatz mit jalkineet", "scalar", revenue(where(t, grp="Jalkineet")), "revenue"),
        Case("n_ret", "How many return lines are there?", "scalar", float(ret.height)),
        Case("new24", "Neukunden 2024", "scalar", new_customers(t, 2024)),
        ask("size", "Welche Größe wird am häufigsten zurückgeschickt?"),
        ask("cost", "Wie viel kosten uns die Retouren an Porto?"),
        ask("sizes", "What is the return rate by shoe size?"),
    ]
    return ClientFile("returns_fi", [path], "Finnish webshop lines, Palautus return lines with a reason", cases)


# --------------------------------------------------------------------------------------------------------
# 15. Swiss debtor invoices: Beleg-Nr, Datum dd.mm.yyyy, **`Kd-Nr` (the id) beside `Kunde` (the company name,
#     spelled in two cases for the same Kd-Nr)**, `Betrag CHF` **`1'234.50`**, MWST, Status offen/bezahlt/
#     storniert, Filiale Zürich/Bern/Basel


def kunde_ch(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 160)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(6.6, 0.8), 2)
        mwst = round(amt * 0.081, 2)
        st = status_of(rng, "storniert", ["bezahlt", "bezahlt", "offen"], 0.05)
        fil = ["Zürich", "Bern", "Basel"][c % 3]
        kd = str(1000 + c)
        who = name(c, CH_NAMES, CH_KIND, "{n} {k}")
        shown = who.upper() if (c % 3 == 0 and rng.random() < 0.5) else who
        num = str(90001 + k)
        rows.append([num, d.strftime("%d.%m.%Y"), kd, shown, eu(amt, "'", "."), eu(mwst, "'", "."), st, fil])
        recs.append(
            {
                "order_id": num,
                "customer_id": kd,
                "order_date": d,
                "amount": amt,
                "cancelled": st == "storniert",
                "fil": fil,
                "shown": shown,
                "mwst": mwst,
            }
        )
    t = mk(recs)
    path = out / "Debitorenrechnungen_CH.csv"
    head = ["Beleg-Nr", "Datum", "Kd-Nr", "Kunde", "Betrag CHF", "MWST", "Status", "Filiale"]
    write_text(rows, head, path, sep=";")
    by_name = t.with_columns(customer_id=pl.col("shown"))
    cases = de_base(t, 2)
    cases[2].wrong["Kunde (names, two cases) as the customer"] = customers(by_name)
    cases[4].wrong["Kunde (names, two cases) as the customer"] = repeat_rate(by_name)
    wrong_all(t, cases[0], revenue, "storniert counted")
    cases += [
        Case("by_fil", "Umsatz je Filiale", "breakdown", by(t, "fil"), "revenue"),
        Case("zuerich", "Umsatz in der Filiale Zuerich", "scalar", revenue(where(t, fil="Zürich")), "revenue"),
        Case("mwst", "Wie viel MWST haben wir abgerechnet?", "scalar", col_sum(t, "mwst")),
        Case("q3_24", "Umsatz im dritten Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("cust_fil", "How many customers per branch (Filiale)?", "breakdown", cust_by(t, "fil"), "customers"),
        Case("new24", "Wie viele Kunden haben 2024 zum ersten Mal gekauft?", "scalar", new_customers(t, 2024)),
        Case("aov24", "Durchschnittlicher Bestellwert 2024", "scalar", aov(in_year(t, 2024)), "aov"),
        ask("eur", "Wie viel Umsatz in EUR?"),
        ask("kanton", "Umsatz je Kanton"),
        ask("payment", "Which payment method do our customers prefer?"),
    ]
    return ClientFile("kunde_ch", [path], "Swiss invoices, Kd-Nr beside Kunde (two cases), 1'234.50", cases)


BUILDERS = [
    fatture_it,
    faktury_pl,
    fortnox_se,
    at_rechnung,
    exact_dc,
    report_dk,
    twohdr_pt,
    pivot_wide,
    mixed_ccy,
    serial_cz,
    parquet_es,
    cp1252_fr,
    jsonl_api,
    returns_fi,
    kunde_ch,
]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a foreign header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "fatture_it",
            {"Cliente": "customer_id", "Numero": "order_id", "Data": "order_date", "Imponibile": "amount"},
            "Cliente, Numero, Data, Imponibile mapped",
        ),
        again(
            "faktury_pl",
            {
                "Kontrahent": "customer_id",
                "Nr faktury": "order_id",
                "Data wystawienia": "order_date",
                "Netto": "amount",
            },
            "Kontrahent, Nr faktury, Data wystawienia, Netto mapped",
        ),
        again(
            "fortnox_se",
            {"Kundnr": "customer_id", "Fakturanr": "order_id", "Belopp exkl. moms": "amount"},
            "Kundnr, Fakturanr, Belopp exkl. moms mapped",
        ),
        again("at_rechnung", {"Debitor": "customer_id", "Rg.-Datum": "order_date", "Netto": "amount"}, "Debitor"),
        again(
            "exact_dc",
            {"Debiteur": "customer_id", "Boekstuk": "order_id", "Datum": "order_date", "Bedrag": "amount"},
            "Debiteur, Boekstuk, Datum, Bedrag mapped (the D/C key left to insight)",
        ),
        again(
            "report_dk",
            {"Kundenr": "customer_id", "Fakturanr": "order_id", "Dato": "order_date", "Beløb ekskl. moms": "amount"},
            "Kundenr, Fakturanr, Dato, Beløb ekskl. moms mapped",
        ),
        again(
            "twohdr_pt",
            {"Nº Cliente": "customer_id", "Número": "order_id", "Data": "order_date", "Base": "amount"},
            "the field row's names mapped",
        ),
        again(
            "serial_cz",
            {
                "Odběratel": "customer_id",
                "Číslo faktury": "order_id",
                "Datum vystavení": "order_date",
                "Základ DPH": "amount",
            },
            "Odběratel, Číslo faktury, Datum vystavení, Základ DPH mapped",
        ),  # fmt: skip
        again(
            "mixed_ccy",
            {"Kundenr": "customer_id", "Ordrenr": "order_id", "Ordredato": "order_date", "Beløp": "amount"},
            "Kundenr, Ordrenr, Ordredato, Beløp mapped (Valuta left to insight)",
        ),
        again(
            "parquet_es",
            {"cliente": "customer_id", "pedido": "order_id", "fecha": "order_date", "importe_neto": "amount"},
            "cliente, pedido, fecha, importe_neto mapped (the refusal's hint and the rest)",
        ),
        again(
            "returns_fi",
            {
                "Asiakasnumero": "customer_id",
                "Tilausnumero": "order_id",
                "Tilauspäivä": "order_date",
                "Summa": "amount",
            },
            "Asiakasnumero, Tilausnumero, Tilauspäivä, Summa mapped",
        ),
        again("kunde_ch", {"Kd-Nr": "customer_id", "Betrag CHF": "amount"}, "'Kd-Nr=customer_id' and Betrag CHF"),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client9_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
