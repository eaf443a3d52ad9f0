"""A twelfth, independent set of client exports (round 12): a Mirakl marketplace, Teamleader (BE) and Moneybird
(NL) invoices, Czech Fakturoid in ISO-8859-2, a Visma (NO) report with a subtotal row per customer, Holded (ES)
with date and time in two columns, Tiendanube (AR) orders, Pennylane (FR) in three currencies, Axonaut (FR) with
one row per payment instalment, an AFAS (NL) print report with page breaks, Jumpseller (CL) line items with
quantity × unit price, and Loyverse POS receipts with two-digit years.

    python tests/clients12/make_clients12.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``
and the spec. Every file is written the way the client's system delivers it, from a *truth* frame holding the
meaning of each line. Expected answers come from that truth frame in plain polars (metrics.md: analysis date =
day after the last order; cancelled, refused, abandoned and refunded lines never sales; credit notes and refunds
subtract; tax, withholding, commission and shipping are no sales; money in several currencies is never added
up), never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), the English base
questions and small helpers round 7's (tests/clients7/make_clients7.py), the German base questions, ``eu``,
``name``, ``credit_case`` and ``years`` round 9's (tests/clients9/make_clients9.py), imported.
Deterministic (seeded ``random.Random``), small (180-1,500 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import unicodedata
from pathlib import Path
from typing import Any

import polars as pl

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parent / "clients2", _HERE.parent / "clients7", _HERE.parent / "clients9"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    by,
    customers,
    in_month,
    in_year,
    new_customers,
    orders,
    rdate,
    repeat_rate,
    retention,
    revenue,
    sales,
    skew,
    where,
    write_text,
)
from make_clients7 import ask, col_sum, mk, n_where, wrong_all, wrong_col  # noqa: E402
from make_clients9 import credit_case, eu, first, name, years  # noqa: E402

SEED = 20261212

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)

NL_NAMES = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer", "Peeters"]
NL_KIND = ["BV", "Bouw BV", "Installatie", "Bakkerij", "Transport BV", "Advies"]
CZ_NAMES = ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"]
CZ_KIND = ["s.r.o.", "a.s.", "Stavby s.r.o.", "Elektro s.r.o."]
NO_NAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Berg"]
NO_KIND = ["AS", "Bygg AS", "Rør AS", "Elektro AS", "Transport AS"]
ES_NAMES = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez"]
ES_KIND = ["S.L.", "Distribuciones S.L.", "Hostelería S.A.", "Reformas S.L."]
FR_NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy"]
FR_KIND = ["SARL", "SAS", "Conseil", "Industries SA", "& Fils"]
ES_FIRST = ["Sofía", "Mateo", "Valentina", "Santiago", "Martina", "Benjamín", "Camila", "Tomás", "Lucía", "Joaquín"]
ES_LAST = ["González", "Rodríguez", "Fernández", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras"]
EN_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Mia", "Lucas", "Zoe", "Ethan", "Chloe", "Jack"]
EN_LAST = ["Baker", "Cole", "Reed", "Hayes", "Ford", "Price", "Lane", "Stone", "Wells", "Grant"]


def ascii_mail(s: str) -> str:
    """An e-mail address as a shop stores it (no accents)."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def sp(x: float, dec: int = 2, suffix: str = "") -> str:
    """``12 345,60`` (space grouping, comma decimals; Czech and Norwegian)."""
    return eu(x, th=" ", suffix=suffix) if dec == 2 else ("-" if x < 0 else "") + f"{abs(int(x)):,}".replace(",", " ")


def dmy(d: dt.date, sep: str = "/") -> str:
    return d.strftime(f"%d{sep}%m{sep}%Y")


def rows_where(t: pl.DataFrame, **eq: Any) -> float:
    return float(where(t, **eq).height)


def lines_sum(t: pl.DataFrame, col: str) -> float:
    return float(sales(t)[col].sum())


def filt(qid: str, q: str, t: pl.DataFrame, **eq: Any) -> Case:
    """Revenue of one value written differently in the question (a filter that must not be ignored)."""
    return Case(qid, q, "scalar", revenue(where(t, **eq)), "revenue", wrong={"filter ignored": revenue(t)})


# --------------------------------------------------------------------------------------------------------
# 1. Mirakl marketplace operator export (`;`, one row per order line): `Order ID` MP-000123-A, `Order line ID`,
#    `Date created` `05/03/2024 14:22`, `Shop name`, `Customer ID`, `Category label`, `Quantity`, `Unit price`,
#    **`Price` (the line = quantity × unit price) beside `Shipping price` and `Commission (excl. tax)`**,
#    `Order line state` SHIPPED/RECEIVED/CLOSED/**REFUSED (by the shop)/CANCELED/REFUNDED**


def mirakl_mp(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    shops = ["Maison Déco", "TechPoint", "Jardin Plus", "Kids Corner"]
    cats = ["Home", "Electronics", "Garden", "Toys"]
    for k in range(520):
        c = skew(rng, 150)
        d = rdate(rng, D0, D1)
        s = rng.randrange(4)
        oid = f"MP-{k + 1:06d}-{'ABCD'[s]}"
        st = rng.choices(["SHIPPED", "RECEIVED", "CLOSED", "REFUSED", "CANCELED", "REFUNDED"],
                         [0.2, 0.3, 0.36, 0.04, 0.06, 0.04])[0]  # fmt: skip
        ts = f"{dmy(d)} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
        for j in range(rng.choice([1, 1, 1, 2, 2, 3])):
            cat = cats[(s + j * (rng.random() < 0.3)) % 4]
            qty = rng.choice([1, 1, 1, 2, 3])
            unit = round(rng.lognormvariate(3.4, 0.7), 2)
            line = round(qty * unit, 2)
            ship = 4.99 if j == 0 else 0.0
            comm = round(line * 0.12, 2)
            rows.append([oid, f"{oid}-{j + 1}", ts, shops[s], f"C{c:05d}", cat, qty, f"{unit:.2f}", f"{line:.2f}",
                         f"{ship:.2f}", f"{comm:.2f}", st])  # fmt: skip
            recs.append({"order_id": oid, "customer_id": f"C{c:05d}", "order_date": d, "amount": line, "qty": qty,
                         "unit": unit, "ship": ship, "comm": comm, "shop": shops[s], "cat": cat, "st": st,
                         "cancelled": st in ("REFUSED", "CANCELED", "REFUNDED")})  # fmt: skip
    t = mk(recs)
    path = out / "mirakl_orders_export.csv"
    head = ["Order ID", "Order line ID", "Date created", "Shop name", "Customer ID", "Category label", "Quantity",
            "Unit price", "Price", "Shipping price", "Commission (excl. tax)", "Order line state"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "en", 0)
    wrong_col(t, cases[0], "unit", "Unit price summed (quantity ignored)")
    cases[0].wrong["REFUSED / CANCELED / REFUNDED counted"] = revenue(t.with_columns(cancelled=pl.lit(False)))
    cases[0].wrong["shipping added"] = revenue(t) + lines_sum(t, "ship")
    cases[0].wrong["REFUSED counted"] = revenue(t.with_columns(cancelled=pl.col("st").is_in(["CANCELED", "REFUNDED"])))
    cases += [
        Case("by_shop", "Revenue by shop", "breakdown", by(t, "shop"), "revenue"),
        filt("techpoint", "Umsatz des Shops techpoint", t, shop="TechPoint"),
        Case("by_cat", "Umsatz je Kategorie (Category label)", "breakdown", by(t, "cat"), "revenue"),
        Case(
            "comm",
            "Wie hoch war die Provision (Commission) insgesamt?",
            "scalar",
            lines_sum(t, "comm"),
            alts=(float(t["comm"].sum()),),
        ),  # fmt: skip
        Case("qty", "Wie viele Stück wurden verkauft?", "scalar", lines_sum(t, "qty")),
        Case("refused", "How many orders were REFUSED?", "scalar", float(n_where(t, st="REFUSED"))),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
        ask("nps", "Wie hoch ist der NPS je Shop?"),
        ask("country", "Revenue by delivery country"),
        ask("stock", "Wie hoch ist der Lagerbestand je Shop?"),
    ]
    return ClientFile("mirakl_mp", [path], "Mirakl lines, Price = qty × unit, commission, REFUSED", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Teamleader Focus (Belgium, Dutch, `;`): `Nummer` `2024 / 123`, `Type` Factuur / **Creditnota (negative,
#    `Gekoppeld aan` names the invoice it credits, often in full)**, `Datum` dd/mm/yyyy, `Klant`, `Btw-nummer`,
#    **`Excl. btw` / `Btw` / `Incl. btw` as `€ 1.234,56`**, `Status` Betaald / Open / Vervallen,
#    `Verantwoordelijke` (the account manager)


def teamleader_be(out: Path, rng: random.Random) -> ClientFile:
    docs: list[dict[str, Any]] = []
    reps = ["Sarah Peeters", "Tom Claes", "Lien Maes"]
    for k in range(560):
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.3, 0.9), 2)
        st = rng.choices(["Betaald", "Open", "Vervallen"], [0.75, 0.15, 0.1])[0]
        docs.append({"order_id": f"{d.year} / {k + 1:04d}", "customer_id": name(c, NL_NAMES, NL_KIND, "{n} {k}"),
                     "btw": f"BE0{400000000 + c * 7919}", "order_date": d, "amount": net, "kind": "Factuur",
                     "st": st, "rep": reps[c % 3], "ref": "", "cancelled": False, "credit": False})  # fmt: skip
    n = len(docs)
    for x in list(docs):
        if rng.random() < 0.07:
            n += 1
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(3, 40)), D1)
            part = 1.0 if rng.random() < 0.5 else round(rng.uniform(0.1, 0.6), 2)
            docs.append({**x, "order_id": f"{d.year} / C{n:04d}", "order_date": d, "kind": "Creditnota",
                         "amount": -round(x["amount"] * part, 2), "st": "Betaald", "ref": x["order_id"],
                         "credit": True})  # fmt: skip
    docs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    rows = [[x["order_id"], x["kind"], dmy(x["order_date"]), x["customer_id"], x["btw"], "€ " + eu(x["amount"]),
             "€ " + eu(round(x["amount"] * 0.21, 2)), "€ " + eu(round(x["amount"] * 1.21, 2)), x["st"], x["ref"],
             x["rep"]] for x in docs]  # fmt: skip
    t = mk(docs).with_columns(gross=(pl.col("amount") * 1.21).round(2))
    path = out / "teamleader_facturen.csv"
    head = ["Nummer", "Type", "Datum", "Klant", "Btw-nummer", "Excl. btw", "Btw", "Incl. btw", "Status",
            "Gekoppeld aan", "Verantwoordelijke"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 0)
    wrong_col(t, cases[0], "gross", "Incl. btw summed")
    cases[0].wrong["Creditnota added as positive"] = float(sales(t)["amount"].abs().sum())
    cases += [
        Case("by_rep", "Umsatz je Verantwoordelijke (Betreuer)", "breakdown", by(t, "rep"), "revenue"),
        filt("lien", "Umsatz von lien maes", t, rep="Lien Maes"),
        credit_case("cn", "Summe der Gutschriften (Creditnota)", t),
        Case("n_cn", "How many credit notes were issued?", "scalar", float(n_where(t, kind="Creditnota"))),
        Case(
            "overdue", "Wie viele Rechnungen sind überfällig (vervallen)?", "scalar", float(n_where(t, st="Vervallen"))
        ),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("branche", "Umsatz je Branche"),
        ask("rev21", "Umsatz 2021"),
    ]
    return ClientFile("teamleader_be", [path], "Teamleader NL invoices, € 1.234,56, Creditnota → invoice", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Moneybird (NL, `,`): `Factuurnummer` 2024-0123, **`Factuurdatum` dd-mm-yy (two-digit years)**, **`Contact`
#    the customer's name only, typed in three ways (`Bakker Bouw BV`, `BAKKER BOUW BV`, `bakker bouw bv `)**,
#    `Totaal excl. btw` `1.234,56`, `Btw`, `Totaal`, `Status` betaald / open / te laat, credit invoices
#    (`creditfactuur` in `Soort`) negative, `Land` NL/BE/DE


def moneybird_nl(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(480):
        c = skew(rng, 90)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.6, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.2, 1.0), 2)
        who = name(c, NL_NAMES, NL_KIND, "{n} {k}")
        u = rng.random()
        typed = who.upper() if u < 0.2 else (who.lower() + " ") if u < 0.35 else who
        land = ["NL", "NL", "BE", "DE"][c % 4]
        st = rng.choices(["betaald", "open", "te laat"], [0.8, 0.12, 0.08])[0]
        fno = f"{d.year}-{k + 1:04d}"
        rows.append([fno, "creditfactuur" if credit else "factuur", d.strftime("%d-%m-%y"), typed, eu(net),
                     eu(round(net * 0.21, 2)), eu(round(net * 1.21, 2)), st, land])  # fmt: skip
        recs.append({"order_id": fno, "customer_id": who, "typed": typed, "order_date": d, "amount": net,
                     "land": land, "st": st, "cancelled": False, "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "moneybird_facturen.csv"
    head = ["Factuurnummer", "Soort", "Factuurdatum", "Contact", "Totaal excl. btw", "Btw", "Totaal", "Status", "Land"]
    write_text(rows, head, path)
    cases = first(t, "de", 1)
    cases[2].wrong["names compared as typed"] = float(customers(t.with_columns(customer_id=pl.col("typed"))))
    cases[4].wrong["names compared as typed"] = repeat_rate(t.with_columns(customer_id=pl.col("typed")))
    cases += [
        Case("by_land", "Umsatz je Land", "breakdown", by(t, "land"), "revenue"),
        filt("belgie", "Umsatz in Belgien", t, land="BE"),
        credit_case("cf", "Summe der Creditfacturen", t),
        # metrics.md: an order is a document whose lines sum to a positive amount — the late credit notes
        # (creditfacturen) are no late invoices; counting every late document is accepted too
        Case("late", "Wie viele Rechnungen sind zu spät bezahlt (te laat)?", "scalar",
             float(where(t, st="te laat").filter(pl.col("amount") > 0).height),
             alts=(float(n_where(t, st="te laat")),)),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case(
            "ret24", "Kundenbindung 2024 gegenüber 2023", "scalar", retention(t, 2024), alts=(100 * retention(t, 2024),)
        ),  # fmt: skip
        ask("product", "Umsatz je Produkt"),
        ask("branche", "Umsatz je Branche"),
        ask("rev22", "Umsatz 2022"),
        ask("rep", "Revenue by sales rep"),
    ]
    return ClientFile("moneybird_nl", [path], "Moneybird, dd-mm-yy, contact names typed three ways", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Fakturoid (Czech) **in ISO-8859-2**, `;`, CRLF: `Číslo` 2024-0123, **`Vystaveno` `5. 3. 2024`**, `Odběratel`,
#    `IČO`, `Město` Praha/Brno/Ostrava/Plzeň, **`Základ daně` `12 345,60`**, `DPH`, `Celkem` `14 938,18 Kč`,
#    `Měna` CZK, `Typ` faktura / **opravný daňový doklad (negative)**, `Stav` zaplaceno / vystaveno / po splatnosti /
#    **stornováno**


def fakturoid_cz(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    cities = ["Praha", "Brno", "Ostrava", "Plzeň"]
    for k in range(620):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(9.6, 0.9), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        st = rng.choices(["zaplaceno", "vystaveno", "po splatnosti", "stornováno"], [0.75, 0.12, 0.08, 0.05])[0]
        who = name(c, CZ_NAMES, CZ_KIND, "{n} {k}")
        dph = round(net * 0.21, 2)
        no = f"{d.year}-{k + 1:04d}"
        rows.append([no, f"{d.day}. {d.month}. {d.year}", who, f"{25000000 + c * 7919}", cities[c % 4], sp(net),
                     sp(dph), sp(net + dph, suffix=" Kč"), "CZK", "opravný daňový doklad" if credit else "faktura",
                     st])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": net, "dph": dph,
                     "gross": net + dph, "city": cities[c % 4], "st": st, "cancelled": st == "stornováno",
                     "credit": credit})  # fmt: skip
    t = mk(recs)
    path = out / "faktury_export.csv"
    head = ["Číslo", "Vystaveno", "Odběratel", "IČO", "Město", "Základ daně", "DPH", "Celkem", "Měna", "Typ", "Stav"]
    write_text(rows, head, path, sep=";", encoding="iso-8859-2", newline="\r\n")
    cases = first(t, "de", 2)
    wrong_col(t, cases[0], "gross", "Celkem (incl. DPH) summed")
    wrong_all(t, cases[0], revenue, "stornováno counted")
    cases += [
        Case("by_city", "Umsatz je Stadt (Město)", "breakdown", by(t, "city"), "revenue"),
        filt("plzen", "Umsatz in Pilsen (plzen)", t, city="Plzeň"),
        Case(
            "storno",
            "Wie viele Rechnungen wurden storniert (stornováno)?",
            "scalar",
            float(n_where(t, st="stornováno")),
        ),  # fmt: skip
        credit_case("odd", "Summe der Korrekturbelege (opravný daňový doklad)", t),
        Case("dph", "How much VAT (DPH) did we charge?", "scalar", col_sum(t, "dph")),
        Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        ask("eur", "Umsatz in EUR"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("dso", "Wie lange zahlen unsere Kunden im Schnitt?"),
    ]
    return ClientFile("fakturoid_cz", [path], "Fakturoid ISO-8859-2, 5. 3. 2024, 12 345,60 Kč, stornováno", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Visma eAccounting (Norway) report "Salg per kunde" (`;`): three title lines, `Kundenr`, `Kundenavn`,
#    `Fakturanr`, `Fakturadato` dd.mm.yyyy, `Type` Faktura / **Kreditnota (negative)**, `Avdeling`, `Beløp eks.
#    mva` `12 345,60`, `Mva`, `Beløp inkl. mva`, `Status` Betalt / Ubetalt / Purret; **sorted by customer with a
#    `Sum <Kundenavn>` row after each customer's block and a `Totalt` row at the end**


def visma_no(out: Path, rng: random.Random) -> ClientFile:
    recs = []
    deps = ["Oslo", "Bergen", "Trondheim"]
    for k in range(560):
        c = skew(rng, 70)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.9, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.2, 0.8), 2)
        st = rng.choices(["Betalt", "Ubetalt", "Purret"], [0.8, 0.13, 0.07])[0]
        recs.append({"order_id": f"{10000 + k}", "customer_id": f"{1000 + c}",
                     "cname": name(c, NO_NAMES, NO_KIND, "{n} {k}"), "order_date": d, "amount": net,
                     "mva": round(net * 0.25, 2), "dep": deps[c % 3], "st": st, "cancelled": False,
                     "credit": credit})  # fmt: skip
    t = mk(recs).sort(["customer_id", "order_date", "order_id"])
    rows: list[list[Any]] = []
    for (cid,), g in t.group_by(["customer_id"], maintain_order=True):
        for x in g.iter_rows(named=True):
            rows.append([cid, x["cname"], x["order_id"], x["order_date"].strftime("%d.%m.%Y"),
                         "Kreditnota" if x["credit"] else "Faktura", x["dep"], sp(x["amount"]), sp(x["mva"]),
                         sp(x["amount"] + x["mva"]), x["st"]])  # fmt: skip
        rows.append(["", f"Sum {g['cname'][0]}", "", "", "", "", sp(float(g["amount"].sum())),
                     sp(float(g["mva"].sum())), sp(float((g["amount"] + g["mva"]).sum())), ""])  # fmt: skip
    rows.append(["", "Totalt", "", "", "", "", sp(float(t["amount"].sum())), sp(float(t["mva"].sum())),
                 sp(float((t["amount"] + t["mva"]).sum())), ""])  # fmt: skip
    path = out / "Salg_per_kunde.csv"
    head = ["Kundenr", "Kundenavn", "Fakturanr", "Fakturadato", "Type", "Avdeling", "Beløp eks. mva", "Mva",
            "Beløp inkl. mva", "Status"]  # fmt: skip
    pre = ["Salg per kunde;;;;;;;;;", "Periode: 01.01.2023 - 15.10.2024;;;;;;;;;", ";;;;;;;;;"]
    write_text(rows, head, path, sep=";", pre=pre)
    cases = first(t, "en", 1)
    cases[0].wrong["Sum rows and Totalt added"] = 3 * revenue(t)
    cases[0].wrong["Sum rows added"] = 2 * revenue(t)
    cases += [
        Case("by_dep", "Umsatz je Avdeling (Abteilung)", "breakdown", by(t, "dep"), "revenue"),
        filt("bergen", "Umsatz in der Abteilung bergen", t, dep="Bergen"),
        credit_case("kn", "Summe der Kreditnotaer (Gutschriften)", t),
        Case("purret", "Wie viele Rechnungen wurden gemahnt (Purret)?", "scalar", float(n_where(t, st="Purret"))),
        Case("new24", "Neukunden 2024", "scalar", float(new_customers(t, 2024))),
        Case(
            "big",
            "Wie viele Kunden haben mehr als 200.000 Umsatz?",
            "scalar",
            float(
                sales(t).group_by("customer_id").agg(pl.col("amount").sum()).filter(pl.col("amount") > 200000).height
            ),
        ),  # fmt: skip
        ask("channel", "Umsatz je Vertriebskanal"),
        ask("product", "Revenue by product"),
        ask("rep", "Umsatz je Verkäufer"),
        ask("rev22", "Umsatz 2022"),
    ]
    return ClientFile("visma_no", [path], "Visma NO report, Sum rows per customer, Totalt, 12 345,60", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Holded (Spain, `;`): `Num` F240123 / R240012, **`Fecha` dd/mm/yyyy and `Hora` HH:MM in two columns**,
#    `Contacto`, `NIF`, `Canal` Tienda / Online / Mayorista, `Subtotal` `1.234,56`, `IVA`, **`Retención` (IRPF
#    withheld, negative, no sale)**, `Total`, `Tipo` Factura / **Rectificativa (negative)**, `Estado` Pagado /
#    Pendiente / Vencido / **Anulado**


def holded_es(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    canales = ["Tienda", "Online", "Mayorista"]
    nf = nr = 0
    for _ in range(600):
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.9, 0.9), 2)
        rect = rng.random() < 0.05
        if rect:
            net = -round(net * rng.uniform(0.2, 0.9), 2)
            nr += 1
            no = f"R{d.strftime('%y')}{nr:04d}"
        else:
            nf += 1
            no = f"F{d.strftime('%y')}{nf:04d}"
        iva = round(net * 0.21, 2)
        canal = canales[c % 3]
        ret = -round(net * 0.15, 2) if canal == "Mayorista" else 0.0
        st = rng.choices(["Pagado", "Pendiente", "Vencido", "Anulado"], [0.75, 0.12, 0.07, 0.06])[0]
        who = name(c, ES_NAMES, ES_KIND, "{n} {k}")
        hora = f"{rng.randrange(8, 21):02d}:{rng.randrange(60):02d}"
        rows.append([no, dmy(d), hora, who, f"B{60000000 + c * 7919}", canal, eu(net), eu(iva), eu(ret),
                     eu(net + iva + ret), "Rectificativa" if rect else "Factura", st])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": net, "ret": ret,
                     "gross": net + iva + ret, "canal": canal, "st": st, "cancelled": st == "Anulado",
                     "credit": rect})  # fmt: skip
    rows.sort(key=lambda r: (r[1][6:], r[1][3:5], r[1][:2], r[2]))
    t = mk(recs)
    path = out / "holded_facturas.csv"
    head = ["Num", "Fecha", "Hora", "Contacto", "NIF", "Canal", "Subtotal", "IVA", "Retención", "Total", "Tipo",
            "Estado"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 0)
    wrong_col(t, cases[0], "gross", "Total (IVA and Retención) summed")
    wrong_all(t, cases[0], revenue, "Anulado counted")
    cases += [
        Case("by_canal", "Umsatz je Kanal (Canal)", "breakdown", by(t, "canal"), "revenue"),
        filt("online", "Umsatz im Kanal online", t, canal="Online"),
        Case(
            "ret",
            "Wie hoch ist die Retención (Quellensteuer) insgesamt?",
            "scalar",
            col_sum(t, "ret"),
            alts=(-col_sum(t, "ret"),),
        ),  # fmt: skip
        credit_case("rect", "Summe der Rectificativas (Gutschriften)", t),
        Case("anul", "How many invoices were voided (anulado)?", "scalar", float(n_where(t, st="Anulado"))),
        Case(
            "h1",
            "Umsatz im ersten Halbjahr 2024",
            "scalar",
            revenue(t.filter(pl.col("order_date").is_between(dt.date(2024, 1, 1), dt.date(2024, 6, 30)))),
            "revenue",
        ),  # fmt: skip
        ask("product", "Umsatz je Produkt"),
        ask("hour", "Umsatz je Verkäufer"),
        ask("age", "Umsatz je Altersgruppe"),
        ask("rev22", "Umsatz 2022"),
    ]
    return ClientFile("holded_es", [path], "Holded, Fecha + Hora, Retención, Rectificativa, Anulado", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Tiendanube (Argentina, `,`): `Número de orden`, `Email`, `Fecha` `05/03/2024 14:22:10`, `Estado de la orden`
#    Abierta / Cerrada / **Cancelada**, `Estado del pago` Recibido / Pendiente / **Reembolsado**, `Moneda` ARS,
#    **`Subtotal de productos` − `Descuento` (the revenue) beside `Costo de envío` and `Total`**, `Nombre del
#    comprador`, `Provincia o estado`, `Medio de pago`


def tiendanube_ar(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    provs = ["Buenos Aires", "Córdoba", "Santa Fe", "Mendoza"]
    medios = ["Mercado Pago", "Transferencia", "Efectivo"]
    for k in range(640):
        c = skew(rng, 160)
        d = rdate(rng, D0, D1)
        sub = round(rng.lognormvariate(10.2, 0.7), 2)
        disc = round(sub * rng.choice([0, 0, 0, 0.1, 0.15]), 2)
        env = rng.choice([0.0, 0.0, 3500.0, 5200.0])
        est = rng.choices(["Cerrada", "Abierta", "Cancelada"], [0.8, 0.13, 0.07])[0]
        pago = "Reembolsado" if rng.random() < 0.04 else ("Pendiente" if est == "Abierta" else "Recibido")
        em = ascii_mail(f"{ES_FIRST[c % 10].lower()}.{ES_LAST[(c // 10) % 8].lower()}{c}@gmail.com")
        who = f"{ES_FIRST[c % 10]} {ES_LAST[(c // 10) % 8]}"
        prov, medio = provs[c % 4], medios[k % 3]
        rows.append([f"{1000 + k}", em, f"{dmy(d)} {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
                     est, pago, "ARS", f"{sub:.2f}", f"{disc:.2f}", f"{env:.2f}", f"{sub - disc + env:.2f}", who,
                     prov, medio])  # fmt: skip
        recs.append({"order_id": f"{1000 + k}", "customer_id": em, "order_date": d, "amount": round(sub - disc, 2),
                     "sub": sub, "tot": sub - disc + env, "disc": disc, "env": env, "prov": prov, "medio": medio,
                     "est": est, "pago": pago, "cancelled": est == "Cancelada" or pago == "Reembolsado"})  # fmt: skip
    t = mk(recs)
    path = out / "ventas_tiendanube.csv"
    head = ["Número de orden", "Email", "Fecha", "Estado de la orden", "Estado del pago", "Moneda",
            "Subtotal de productos", "Descuento", "Costo de envío", "Total", "Nombre del comprador",
            "Provincia o estado", "Medio de pago"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "de", 1)
    wrong_col(t, cases[0], "sub", "Subtotal (before Descuento) summed")
    wrong_col(t, cases[0], "tot", "Total (incl. envío) summed")
    wrong_all(t, cases[0], revenue, "Cancelada / Reembolsado counted")
    cases += [
        Case("by_prov", "Umsatz je Provinz", "breakdown", by(t, "prov"), "revenue"),
        filt("cordoba", "Umsatz in cordoba", t, prov="Córdoba"),
        Case("by_medio", "Revenue by payment method (Medio de pago)", "breakdown", by(t, "medio"), "revenue"),
        Case(
            "disc",
            "Wie viel Rabatt (Descuento) haben wir gegeben?",
            "scalar",
            col_sum(t, "disc"),
            alts=(-col_sum(t, "disc"), float(t["disc"].sum())),
        ),  # fmt: skip
        Case(
            "env",
            "How much did customers pay for shipping?",
            "scalar",
            col_sum(t, "env"),
            alts=(float(t["env"].sum()),),
        ),  # fmt: skip
        Case(
            "canc", "Wie viele Bestellungen wurden storniert (cancelada)?", "scalar", float(n_where(t, est="Cancelada"))
        ),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("cac", "Wie hoch sind die Kundengewinnungskosten?"),
    ]
    return ClientFile("tiendanube_ar", [path], "Tiendanube, Subtotal − Descuento, Cancelada/Reembolsado", cases)


# --------------------------------------------------------------------------------------------------------
# 8. Pennylane (France, `;`) **in three currencies: every amount with its code, `1 234,56 EUR`, `980,00 GBP`,
#    credit notes (avoirs) in parentheses `(1 234,56) CHF`**: `Numéro de facture`, `Date` dd/mm/yyyy, `Client`,
#    `Type` Facture / Avoir, `Catégorie` Conseil / Formation / Licences, `Montant HT`, `TVA`, `Montant TTC`,
#    `Statut` Payée / En attente / En retard / **Annulée**


def pennylane_fr(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    cats = ["Conseil", "Formation", "Licences"]

    def money(x: float, ccy: str) -> str:
        s = eu(abs(x), th=" ")
        return f"({s}) {ccy}" if x < 0 else f"{s} {ccy}"

    for k in range(540):
        c = skew(rng, 100)
        d = rdate(rng, D0, D1)
        ccy = ["EUR", "EUR", "EUR", "GBP", "CHF"][c % 5]
        net = round(rng.lognormvariate(7.6, 0.8), 2)
        avoir = rng.random() < 0.06
        if avoir:
            net = -round(net * rng.uniform(0.2, 1.0), 2)
        st = rng.choices(["Payée", "En attente", "En retard", "Annulée"], [0.75, 0.12, 0.07, 0.06])[0]
        who = name(c, FR_NAMES, FR_KIND, "{n} {k}")
        cat = cats[k % 3]
        no = f"{'AV' if avoir else 'F'}-{d.year}-{k + 1:04d}"
        tva = round(net * 0.2, 2)
        rows.append([no, dmy(d), who, "Avoir" if avoir else "Facture", cat, money(net, ccy), money(tva, ccy),
                     money(net + tva, ccy), st])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": net, "ccy": ccy, "cat": cat,
                     "st": st, "cancelled": st == "Annulée", "credit": avoir})  # fmt: skip
    t = mk(recs)
    path = out / "pennylane_factures_clients.csv"
    head = ["Numéro de facture", "Date", "Client", "Type", "Catégorie", "Montant HT", "TVA", "Montant TTC", "Statut"]
    write_text(rows, head, path, sep=";")
    base = first(t, "de", 0)
    cases = [
        ask("revenue", base[0].question),  # three currencies: never added up
        base[1],
        base[2],
        ask("aov", base[3].question),
        base[4],
        ask("top5", base[5].question),
        Case(
            "eur",
            "Umsatz in EUR",
            "scalar",
            revenue(where(t, ccy="EUR")),
            "revenue",
            wrong={"all currencies added": revenue(t)},
        ),  # fmt: skip
        Case(
            "gbp",
            "Revenue in GBP",
            "scalar",
            revenue(where(t, ccy="GBP")),
            "revenue",
            wrong={"all currencies added": revenue(t)},
        ),  # fmt: skip
        Case("by_ccy", "Umsatz je Währung", "breakdown", by(t, "ccy"), "revenue"),
        Case(
            "avoirs",
            "Wie viele Gutschriften (Avoirs) gab es?",
            "scalar",
            float(n_where(sales(t), credit=True)),
            alts=(float(n_where(t, credit=True)),),
        ),  # fmt: skip
        Case("annul", "How many invoices were cancelled (annulée)?", "scalar", float(n_where(t, st="Annulée"))),
        Case("eur_cat", "Umsatz in EUR je Kategorie", "breakdown", by(where(t, ccy="EUR"), "cat"), "revenue"),
        ask("usd", "Umsatz in USD"),
        ask("conv", "Gesamtumsatz in Euro umgerechnet"),
        ask("by_cat", "Umsatz je Catégorie über alle Währungen"),
        ask("ctry", "Umsatz je Land"),
    ]
    return ClientFile("pennylane_fr", [path], "Pennylane in EUR/GBP/CHF, 1 234,56 EUR, (avoirs) in parentheses", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Axonaut (France, `;`) **one row per payment instalment**: `Numéro facture`, `Date facture` dd/mm/yyyy,
#    `Client`, **`Montant HT facture` and `Montant TTC facture` repeated on each instalment row**, `Échéance`
#    `2/3`, `Date d'échéance`, `Montant échéance` (a share of TTC), `Statut échéance` Payée / À venir / En retard,
#    `Statut facture` Finalisée / **Annulée**, `Commercial`


def axonaut_fr(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    coms = ["Julie Moreau", "Hugo Lambert", "Camille Roux"]
    for k in range(420):
        c = skew(rng, 90)
        d = rdate(rng, D0, D1)
        ht = round(rng.lognormvariate(7.8, 0.8), 2)
        ttc = round(ht * 1.2, 2)
        n = rng.choice([1, 1, 2, 3, 3, 4])
        sf = "Annulée" if rng.random() < 0.06 else "Finalisée"
        who = name(c, FR_NAMES, FR_KIND, "{n} {k}")
        com = coms[c % 3]
        no = f"FA{d.year}{k + 1:05d}"
        parts = [round(ttc / n, 2)] * (n - 1)
        parts.append(round(ttc - sum(parts), 2))
        for i, p in enumerate(parts):
            due = d + dt.timedelta(days=30 * (i + 1))
            ste = "Payée" if due < D1 - dt.timedelta(days=20) else rng.choice(["À venir", "En retard"])
            rows.append([no, dmy(d), who, eu(ht, th=""), eu(ttc, th=""), f"{i + 1}/{n}", dmy(due), eu(p, th=""),
                         ste, sf, com])  # fmt: skip
        recs.append({"order_id": no, "customer_id": who, "order_date": d, "amount": ht, "ttc": ttc, "n": n,
                     "com": com, "cancelled": sf == "Annulée"})  # fmt: skip
    t = mk(recs)
    path = out / "axonaut_echeances.csv"
    head = ["Numéro facture", "Date facture", "Client", "Montant HT facture", "Montant TTC facture", "Échéance",
            "Date d'échéance", "Montant échéance", "Statut échéance", "Statut facture", "Commercial"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 2)
    cases[0].wrong["Montant HT facture summed per instalment"] = float((sales(t)["amount"] * sales(t)["n"]).sum())
    wrong_col(t, cases[0], "ttc", "instalments (TTC) summed")
    wrong_all(t, cases[0], revenue, "Annulée counted")
    cases += [
        Case("by_com", "Umsatz je Commercial (Vertriebler)", "breakdown", by(t, "com"), "revenue"),
        filt("hugo", "Umsatz von hugo lambert", t, com="Hugo Lambert"),
        Case("annul", "Wie viele Rechnungen wurden storniert (annulée)?", "scalar", float(n_where(t, cancelled=True))),
        Case("mar24", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case(
            "ret24", "Kundenbindung 2024 gegenüber 2023", "scalar", retention(t, 2024), alts=(100 * retention(t, 2024),)
        ),  # fmt: skip
        Case("new24", "How many new customers did we win in 2024?", "scalar", float(new_customers(t, 2024))),
        ask("branche", "Umsatz je Branche"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("ship", "Umsatz je Lieferland"),
    ]
    return ClientFile("axonaut_fr", [path], "Axonaut, one row per instalment, invoice HT repeated", cases)


# --------------------------------------------------------------------------------------------------------
# 10. AFAS Profit print report "Verkoopfacturen" saved as CSV (`;`): title lines, **the header repeated after
#     every 45 rows behind a `Pagina n` line (page breaks)**, **a trailing block `Totaal` / `Aantal facturen`**,
#     `Factuurnr.`, `Factuurdatum` dd-mm-yyyy, `Debiteur` D10023, `Naam`, `Vestiging` Amsterdam / Utrecht /
#     Rotterdam, `Bedrag excl. BTW` `1.234,56` (credit invoices negative), `BTW`, `Bedrag incl. BTW`


def afas_nl(out: Path, rng: random.Random) -> ClientFile:
    recs = []
    vest = ["Amsterdam", "Utrecht", "Rotterdam"]
    for k in range(600):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.0, 0.9), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.2, 1.0), 2)
        recs.append({"order_id": f"{24000 + k}", "customer_id": f"D{10000 + c}",
                     "naam": name(c, NL_NAMES, NL_KIND, "{n} {k}"), "order_date": d, "amount": net,
                     "btw": round(net * 0.21, 2), "vest": vest[c % 3], "cancelled": False, "credit": credit})  # fmt: skip
    t = mk(recs).sort(["order_date", "order_id"])
    head = ["Factuurnr.", "Factuurdatum", "Debiteur", "Naam", "Vestiging", "Bedrag excl. BTW", "BTW",
            "Bedrag incl. BTW"]  # fmt: skip
    lines = ["Verkoopfacturen;;;;;;;", "Administratie 01 - Groothandel Noord BV;;;;;;;", ";;;;;;;", ";".join(head)]
    for i, x in enumerate(t.iter_rows(named=True)):
        if i and i % 45 == 0:
            lines += [";;;;;;;", f"Pagina {i // 45 + 1};;;;;;;", ";".join(head)]
        lines.append(";".join([x["order_id"], x["order_date"].strftime("%d-%m-%Y"), x["customer_id"], x["naam"],
                               x["vest"], eu(x["amount"]), eu(x["btw"]), eu(x["amount"] + x["btw"])]))  # fmt: skip
    lines += [";;;;;;;", f"Totaal;;;;;{eu(float(t['amount'].sum()))};{eu(float(t['btw'].sum()))};"
              f"{eu(float((t['amount'] + t['btw']).sum()))}", f"Aantal facturen: {t.height};;;;;;;"]  # fmt: skip
    path = out / "Verkoopfacturen_AFAS.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    cases = first(t, "de", 1)
    cases[0].wrong["Totaal row added"] = 2 * revenue(t)
    cases += [
        Case("by_vest", "Umsatz je Vestiging (Niederlassung)", "breakdown", by(t, "vest"), "revenue"),
        filt("utrecht", "Umsatz der Niederlassung utrecht", t, vest="Utrecht"),
        credit_case("cf", "Summe der Creditfacturen (Gutschriften)", t),
        Case("y2024", "Umsatz 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        Case(
            "ret24", "Customer retention 2024 vs 2023", "scalar", retention(t, 2024), alts=(100 * retention(t, 2024),)
        ),  # fmt: skip
        ask("channel", "Umsatz je Vertriebskanal"),
        ask("product", "Umsatz je Artikelgruppe"),
        ask("rev22", "Umsatz 2022"),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
    ]
    return ClientFile("afas_nl", [path], "AFAS print report, header repeated per page, Totaal block", cases)


# --------------------------------------------------------------------------------------------------------
# 11. Jumpseller (Chile, `,`): one row per product, **`Quantity` and `Price` = the UNIT price (the line is
#     quantity × price)**, `Order ID`, **`Date` `2024-03-05 14:22:10 -0300`**, `Status` Paid / Pending Payment /
#     **Canceled / Abandoned (a checkout never paid)**, `Customer Email`, `Customer Name`, `Shipping Region`,
#     `Product Name`, `Product SKU`, `Shipping Cost` and `Total` on the order's first row only; CLP whole pesos


def jumpseller_cl(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    regions = ["Región Metropolitana", "Valparaíso", "Biobío"]
    prods = [("Café de grano 1kg", 14990), ("Prensa francesa", 24990), ("Taza de cerámica", 7990),
             ("Molinillo manual", 39990), ("Filtros de papel", 3490)]  # fmt: skip
    for k in range(560):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        st = rng.choices(["Paid", "Pending Payment", "Canceled", "Abandoned"], [0.78, 0.06, 0.06, 0.1])[0]
        em = ascii_mail(f"{ES_FIRST[c % 10].lower()}{c}@correo.cl")
        who = f"{ES_FIRST[c % 10]} {ES_LAST[(c // 10) % 8]}"
        reg = regions[c % 3]
        items = rng.sample(prods, rng.choice([1, 1, 2, 2, 3]))
        lines = [(p, rng.choice([1, 1, 2, 3]), pr) for p, pr in items]
        ship = float(rng.choice([0, 3990, 4990]))
        total = sum(q * pr for _, q, pr in lines) + ship
        ts = f"{d.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} -0300"
        for j, (p, q, pr) in enumerate(lines):
            rows.append([f"{5000 + k}", ts, st, em, who, reg, p, f"SKU-{prods.index((p, pr)) + 100}", q, pr,
                         int(ship) if j == 0 else "", int(total) if j == 0 else ""])  # fmt: skip
            recs.append({"order_id": f"{5000 + k}", "customer_id": em, "order_date": d, "amount": float(q * pr),
                         "qty": q, "unit": float(pr), "prod": p, "reg": reg, "st": st,
                         "cancelled": st in ("Canceled", "Abandoned")})  # fmt: skip
    t = mk(recs)
    path = out / "jumpseller_orders.csv"
    head = ["Order ID", "Date", "Status", "Customer Email", "Customer Name", "Shipping Region", "Product Name",
            "Product SKU", "Quantity", "Price", "Shipping Cost", "Total"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 2)
    wrong_col(t, cases[0], "unit", "Price summed (quantity ignored)")
    wrong_all(t, cases[0], revenue, "Abandoned / Canceled counted")
    for c, fn in ((cases[0], revenue), (cases[1], orders)):
        c.wrong["Abandoned counted"] = float(fn(t.with_columns(cancelled=pl.col("st") == "Canceled")))
    cases += [
        Case("by_prod", "Umsatz je Produkt", "breakdown", by(t, "prod"), "revenue"),
        filt("taza", "Umsatz mit taza de ceramica", t, prod="Taza de cerámica"),
        Case("by_reg", "Umsatz je Region (Shipping Region)", "breakdown", by(t, "reg"), "revenue"),
        Case("units", "Wie viele Stück wurden verkauft?", "scalar", lines_sum(t, "qty")),
        Case(
            "aband",
            "Wie viele Bestellungen wurden abgebrochen (Abandoned)?",
            "scalar",
            float(n_where(t, st="Abandoned")),
        ),  # fmt: skip
        Case(
            "share_mol",
            "Welcher Anteil des Umsatzes entfällt auf den Molinillo manual?",
            "scalar",
            revenue(where(t, prod="Molinillo manual")) / revenue(t),
            alts=(100 * revenue(where(t, prod="Molinillo manual")) / revenue(t),),
        ),  # fmt: skip
        ask("rep", "Revenue by sales rep"),
        ask("gender", "Umsatz nach Geschlecht"),
        ask("rev22", "Umsatz 2022"),
        ask("ret", "Wie hoch ist die Retourenquote?"),
    ]
    return ClientFile("jumpseller_cl", [path], "Jumpseller, Quantity × unit Price, Abandoned, -0300", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Loyverse POS receipts (US, `,`): **`Date` `03/05/24 2:22 PM` (two-digit years, month first)**, `Receipt
#     number` 1-1023, `Receipt type` Sale / **Refund (amounts POSITIVE: subtract)**, `Gross sales`, `Discounts`,
#     **`Net sales` (the revenue)**, `Taxes`, `Total collected`, `Payment type`, `Store` Downtown / Airport,
#     `Cashier name`, `Customer name` (blank for walk-ins), `Status` Closed / **Cancelled**


def loyverse_pos(out: Path, rng: random.Random) -> ClientFile:
    rows: list[list[Any]] = []
    stores = ["Downtown", "Airport"]
    sales_rows: list[dict[str, Any]] = []
    for k in range(900):
        d = rdate(rng, D0, D1)
        walk = rng.random() < 0.4
        c = skew(rng, 120)
        who = None if walk else f"{EN_FIRST[c % 12]} {EN_LAST[(c // 12) % 10]}"
        gross = round(rng.lognormvariate(3.3, 0.6), 2)
        disc = round(gross * rng.choice([0, 0, 0, 0.1]), 2)
        store = stores[(c if who else k) % 2]
        st = "Cancelled" if rng.random() < 0.03 else "Closed"
        x = {"order_id": f"{1 + k % 2}-{1000 + k}", "customer_id": who, "order_date": d, "amount": gross - disc,
             "gross": gross, "disc": disc, "store": store, "type": "Sale", "st": st, "cancelled": st == "Cancelled",
             "credit": False, "h": rng.randrange(8, 22), "m": rng.randrange(60)}  # fmt: skip
        sales_rows.append(x)
    refunds = []
    for i, x in enumerate(sales_rows):
        if not x["cancelled"] and rng.random() < 0.04:
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(0, 10)), D1)
            refunds.append({**x, "order_id": f"R-{2000 + i}", "order_date": d, "amount": -x["amount"],
                            "gross": -x["gross"], "disc": -x["disc"], "type": "Refund", "credit": True})  # fmt: skip
    allx = sorted(sales_rows + refunds, key=lambda x: (x["order_date"], x["h"], x["m"], x["order_id"]), reverse=True)
    for x in allx:
        hh = x["h"] % 12 or 12
        ts = f"{x['order_date'].strftime('%m/%d/%y')} {hh}:{x['m']:02d} {'PM' if x['h'] >= 12 else 'AM'}"
        a = abs(x["amount"])
        rows.append([ts, x["order_id"], x["type"], f"{abs(x['gross']):.2f}", f"{abs(x['disc']):.2f}", f"{a:.2f}",
                     f"{a * 0.08:.2f}", f"{a * 1.08:.2f}", rng.choice(["Cash", "Card"]), "POS 1", x["store"],
                     rng.choice(["Ann", "Ben", "Cleo"]), x["customer_id"] or "", x["st"]])  # fmt: skip
    t = mk([{k: v for k, v in x.items() if k not in ("h", "m")} for x in allx])
    path = out / "receipts-2023-01-01-2024-10-15.csv"
    head = ["Date", "Receipt number", "Receipt type", "Gross sales", "Discounts", "Net sales", "Taxes",
            "Total collected", "Payment type", "POS", "Store", "Cashier name", "Customer name", "Status"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 0)
    wrong_col(t, cases[0], "gross", "Gross sales (before discounts) summed")
    cases[0].wrong["refunds added as positive"] = float(sales(t)["amount"].abs().sum())
    cases += [
        Case("by_store", "Umsatz je Filiale (Store)", "breakdown", by(t, "store"), "revenue"),
        filt("airport", "Umsatz in der Filiale airport", t, store="Airport"),
        credit_case("refunds", "Wie hoch waren die Erstattungen (Refunds)?", t),
        Case("n_ref", "How many refund receipts were there?", "scalar", float(n_where(t, type="Refund"))),
        Case(
            "disc",
            "Wie viel Rabatt haben wir gegeben?",
            "scalar",
            col_sum(t, "disc"),
            alts=(-col_sum(t, "disc"), float(where(sales(t), type="Sale")["disc"].sum())),
        ),
        Case("dec23", "Umsatz im Dezember 2023", "scalar", revenue(in_month(t, 2023, 12)), "revenue"),
        ask("product", "Umsatz je Produkt"),
        ask("table", "Revenue by table number"),
        ask("rev22", "Umsatz 2022"),
        ask("waiter", "Umsatz je Kellner"),
    ]
    return ClientFile("loyverse_pos", [path], "Loyverse receipts, mm/dd/yy h:mm PM, positive Refunds", cases)


BUILDERS = [mirakl_mp, teamleader_be, moneybird_nl, fakturoid_cz, visma_no, holded_es, tiendanube_ar, pennylane_fr,
            axonaut_fr, afas_nl, jumpseller_cl, loyverse_pos]  # fmt: skip


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a foreign header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "mirakl_mp",
            {"Customer ID": "customer_id", "Order ID": "order_id", "Date created": "order_date", "Price": "amount"},
            "Customer ID, Order ID, Date created, Price mapped",
        ),  # fmt: skip
        again(
            "teamleader_be",
            {"Klant": "customer_id", "Nummer": "order_id", "Datum": "order_date", "Excl. btw": "amount"},
            "Klant, Nummer, Datum, Excl. btw mapped",
        ),  # fmt: skip
        again(
            "moneybird_nl",
            {
                "Contact": "customer_id",
                "Factuurnummer": "order_id",
                "Factuurdatum": "order_date",
                "Totaal excl. btw": "amount",
            },
            "Contact, Factuurnummer, Factuurdatum mapped",
        ),  # fmt: skip
        again(
            "fakturoid_cz",
            {"Odběratel": "customer_id", "Číslo": "order_id", "Vystaveno": "order_date", "Základ daně": "amount"},
            "Odběratel, Číslo, Vystaveno, Základ daně mapped",
        ),  # fmt: skip
        again(
            "visma_no",
            {
                "Kundenr": "customer_id",
                "Fakturanr": "order_id",
                "Fakturadato": "order_date",
                "Beløp eks. mva": "amount",
            },
            "Kundenr, Fakturanr, Fakturadato, Beløp eks. mva mapped",
        ),  # fmt: skip
        again(
            "holded_es",
            {"Contacto": "customer_id", "Num": "order_id", "Fecha": "order_date", "Subtotal": "amount"},
            "Contacto, Num, Fecha, Subtotal mapped (Hora left)",
        ),  # fmt: skip
        again(
            "axonaut_fr",
            {
                "Client": "customer_id",
                "Numéro facture": "order_id",
                "Date facture": "order_date",
                "Montant HT facture": "amount",
            },
            "Client, Numéro facture, Date facture, HT mapped",
        ),  # fmt: skip
        again(
            "loyverse_pos",
            {"Customer name": "customer_id", "Receipt number": "order_id", "Date": "order_date", "Net sales": "amount"},
            "Customer name, Receipt number, Date, Net sales mapped",
        ),  # fmt: skip
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client12_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
