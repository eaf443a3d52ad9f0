"""A sixth, independent set of client exports (round 6), each with its ground truth and a consultant's questions.

    python tests/clients6/make_clients6.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, ``insight --help`` and the spec.
Every file is written the way the client's system delivers it (a Salesforce opportunity report with its footer,
plentymarkets with numeric status codes, Zettle POS with refund receipts, Gumroad sales keyed by e-mails spelled
differently, Kajabi with ``Mar 5, 2024`` dates, a Business Central workbook with a title block, a NetSuite saved
search with ``(1,234.56)`` and a duplicated header, a Sage TSV in Latin-1 with an ``X`` flag and trailing empty
columns, an app backend's ``amount_cents`` with ISO time zones at month ends, Billomat with drafts and a footer, a
marketplace export naming buyer and seller, a salon's appointments with no-shows, a utility's bills by contract
account, a car rental's contracts with deposits, a bank statement's CSV, a physiotherapy practice's invoices) from
a *truth* frame holding the meaning of each line. Expected answers come from that truth frame in plain polars
(metrics.md: analysis date = day after the last order; cancelled / returned / refunded / failed / lost / draft /
no-show never sales; credit notes subtract; fees, deposits, payouts and tax are no sales; German *Umsatz* is net),
never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), imported.
Deterministic (seeded ``random.Random``), small (300-2,000 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "clients2"))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    by,
    customers,
    de_num,
    frame,
    in_month,
    in_quarter,
    in_year,
    orders,
    orders_by,
    rdate,
    revenue,
    rtime,
    sales,
    skew,
    std,
    where,
    write_text,
)

SEED = 20261207

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2024, 1, 1), dt.date(2024, 10, 15)

FIRST = [
    "Anna",
    "Jonas",
    "Lena",
    "Paul",
    "Marie",
    "Felix",
    "Sophie",
    "Lukas",
    "Emma",
    "Ben",
    "Mia",
    "Noah",
    "Hannah",
    "Elias",
    "Lea",
    "Finn",
    "Jürgen",
    "Sören",
    "Björn",
    "Käthe",
    "Greta",
    "Timo",
    "Ida",
]
LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Schäfer",
    "Koch",
    "Bauer",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
    "Hofmann",
    "Hartmann",
    "Lange",
    "Schmitt",
    "Werner",
    "Krause",
    "Meier",
    "Lehmann",
]
FIRMS = [
    "Alpha",
    "Nordlicht",
    "Bergmann",
    "Kessler",
    "Sonnenhof",
    "Rheintal",
    "Adler",
    "Lindner",
    "Falk",
    "Hansen",
    "Brandt",
    "Vogel",
    "Seidel",
    "Keller",
    "Roth",
    "Frank",
    "Berger",
    "Busch",
    "Horn",
    "Graf",
]
FORMS = ["GmbH", "AG", "KG", "GmbH & Co. KG", "e.K.", "Ltd", "Inc."]


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"


def unique_person(i: int) -> str:
    """A name that differs for every i below 690 (a shop's buyers mostly have different names)."""
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def firm(i: int) -> str:
    return f"{FIRMS[i % len(FIRMS)]} {LAST[(i * 3 + i // len(FIRMS)) % len(LAST)]} {FORMS[i % len(FORMS)]}"


def ask(qid: str, question: str) -> Case:
    """A question the data cannot answer as asked (a metric, column or word it lacks): must be asked back."""
    return Case(qid, question, "clarify")


def col_sum(t: pl.DataFrame, col: str) -> float:
    return float(sales(t)[col].sum())


def n_where(t: pl.DataFrame, **eq: Any) -> int:
    return int(where(t, **eq)["order_id"].n_unique())


def us_num(x: float, parens: bool = False, sign: str = "") -> str:
    s = f"{sign}{abs(x):,.2f}"
    if x < 0:
        return f"({s})" if parens else "-" + s
    return s


def swiss(x: float) -> str:
    return f"{x:,.2f}".replace(",", "'")


def mk(t_recs: list[dict[str, Any]]) -> pl.DataFrame:
    return frame(t_recs)


# --------------------------------------------------------------------------------------------------------
# 1. Salesforce opportunity report: Stage Closed Won / Closed Lost / open stages, Account Name only, footer


def salesforce(out: Path, rng: random.Random) -> ClientFile:
    stages = ["Closed Won"] * 5 + ["Closed Lost"] * 3 + ["Prospecting", "Negotiation/Review", "Proposal/Price Quote"]
    recs, rows = [], []
    for k in range(700):
        c = skew(rng, 160)
        d = rdate(rng, dt.date(2023, 10, 1), D1)
        amt = round(rng.lognormvariate(8.3, 0.8), 2)
        stage = rng.choice(stages)
        owner = rng.choice(["Julia Brandt", "Marc Vogel", "Sven Keller", "Nora Falk"])
        typ = rng.choice(["New Business", "Existing Business", "Existing Business"])
        src = rng.choice(["Web", "Partner", "Trade Show", "Cold Call"])
        opp = f"{firm(c).split()[0]} – {rng.choice(['Rollout', 'Lizenzen', 'Wartung', 'Pilot'])} {1000 + k}"
        rows.append(
            [
                opp,
                firm(c),
                owner,
                stage,
                d.strftime("%-m/%-d/%Y"),
                f"EUR {amt:,.2f}",
                f"{rng.choice([10, 25, 50, 75, 90]) if not stage.startswith('Closed') else (100 if 'Won' in stage else 0)}%",
                typ,
                src,
            ]
        )
        recs.append(
            {
                "order_id": opp,
                "customer_id": firm(c),
                "order_date": d,
                "amount": amt,
                "cancelled": stage != "Closed Won",
                "stage": stage,
                "owner": owner,
                "typ": typ,
                "src": src,
            }
        )
    t = mk(recs)
    path = out / "report1728462190331.csv"
    write_text(
        rows,
        [
            "Opportunity Name",
            "Account Name",
            "Opportunity Owner",
            "Stage",
            "Close Date",
            "Amount",
            "Probability (%)",
            "Type",
            "Lead Source",
        ],
        path,
        pre=None,
    )
    with path.open("a", encoding="utf-8") as fh:
        fh.write(
            '\n"Confidential Information - Do Not Distribute"\n'
            '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."\n\n'
            '"Generated By:  Julia Brandt  10/16/2024 9:12 AM"\n"Nordwind Software GmbH"\n'
        )
    won, lost = n_where(t, stage="Closed Won"), n_where(t, stage="Closed Lost")
    allc = t.with_columns(cancelled=pl.lit(False))
    cases = std(t, "en")
    cases[0].wrong["every stage counted (pipeline)"] = revenue(allc)
    cases[1].wrong["every opportunity"] = orders(allc)
    cases += [
        Case("by_owner", "won amount by opportunity owner", "breakdown", by(t, "owner"), "revenue"),
        Case("by_src", "revenue by lead source", "breakdown", by(t, "src"), "revenue"),
        Case("lost", "How many deals did we lose?", "scalar", lost, wrong={"lost + open": t.height - won}),
        Case(
            "win_rate",
            "What is our win rate (won vs. lost)?",
            "scalar",
            won / (won + lost),
            alts=(100 * won / (won + lost),),
        ),
        Case("q3", "revenue in Q3 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("new_biz", "revenue from New Business", "scalar", revenue(where(t, typ="New Business")), "revenue"),
        ask("industry", "revenue by industry"),
        ask("forecast_cat", "pipeline by forecast category"),
        ask("activities", "How many activities per opportunity owner?"),
    ]
    return ClientFile("salesforce", [path], "Salesforce opportunities report with footer, Closed Won/Lost", cases)


# --------------------------------------------------------------------------------------------------------
# 2. plentymarkets order export: numeric status codes '7 Warenausgang gebucht', '8 Storniert', '9 Retoure';
#    Typ Auftrag / Gutschrift (credit notes with positive amounts), netto and brutto


PLENTY_OK = [
    "5 Freigabe Versand",
    "6 Gerade im Versand",
    "7 Warenausgang gebucht",
    "7.1 Auftrag exportiert",
    "7 Warenausgang gebucht",
]


def plenty(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    k = 0
    for _ in range(1300):
        k += 1
        c = skew(rng, 480)
        when = rtime(rng, rdate(rng, D0, D1))
        net = round(rng.uniform(15, 320), 2)
        u = rng.random()
        status = "8 Storniert" if u < 0.06 else "9 Retoure" if u < 0.1 else rng.choice(PLENTY_OK)
        ref = rng.choice(["Webshop", "Amazon", "eBay", "Otto", "Webshop"])
        pay = rng.choice(["PayPal", "Vorkasse", "Rechnung", "Klarna"])
        oid = str(410000 + k)
        rows.append(
            [
                oid,
                "Auftrag",
                status,
                when.strftime("%Y-%m-%d %H:%M:%S"),
                70000 + c,
                ref,
                pay,
                de_num(round(net * 1.19, 2)),
                de_num(net),
                "",
            ]
        )
        recs.append(
            {
                "order_id": oid,
                "customer_id": str(70000 + c),
                "order_date": when.date(),
                "amount": net,
                "cancelled": status[0] in "89",
                "status": status,
                "ref": ref,
                "pay": pay,
                "gross": round(net * 1.19, 2),
                "credit": False,
            }
        )
        if status[0] == "7" and rng.random() < 0.05:
            k += 1
            cn = round(net * rng.choice([0.1, 0.2, 0.5]), 2)
            cwhen = rtime(rng, min(when.date() + dt.timedelta(days=rng.randrange(2, 20)), D1))
            rows.append(
                [
                    str(410000 + k),
                    "Gutschrift",
                    "11 Gutschrift erstellt",
                    cwhen.strftime("%Y-%m-%d %H:%M:%S"),
                    70000 + c,
                    ref,
                    pay,
                    de_num(round(cn * 1.19, 2)),
                    de_num(cn),
                    oid,
                ]
            )
            recs.append(
                {
                    "order_id": str(410000 + k),
                    "customer_id": str(70000 + c),
                    "order_date": cwhen.date(),
                    "amount": -cn,
                    "cancelled": False,
                    "status": "11",
                    "ref": ref,
                    "pay": pay,
                    "gross": -round(cn * 1.19, 2),
                    "credit": True,
                }
            )
    t = mk(recs)
    path = out / "Auftragsexport_plenty_2024.csv"
    write_text(
        rows,
        [
            "Auftrags-ID",
            "Typ",
            "Status",
            "Eingang",
            "Kunden-ID",
            "Herkunft",
            "Zahlungsart",
            "Rechnungsbetrag (brutto)",
            "Rechnungsbetrag (netto)",
            "Hauptauftrag",
        ],
        path,
        sep=";",
    )
    credit_plus = t.with_columns(amount=pl.col("amount").abs())
    cases = std(t, "de")
    cases[0].wrong["Gutschrift added, not subtracted"] = revenue(credit_plus)
    cases[0].wrong["Storniert/Retoure counted"] = revenue(t.with_columns(cancelled=pl.lit(False)))
    cases[0].wrong["brutto"] = col_sum(t, "gross")
    cases += [
        Case("by_ref", "Umsatz nach Herkunft", "breakdown", by(t, "ref"), "revenue"),
        Case("retouren", "Wie viele Aufträge gingen in Retoure?", "scalar", int(t["status"].eq("9 Retoure").sum())),
        Case(
            "gutschriften",
            "Summe der Gutschriften (netto)",
            "scalar",
            -float(t.filter("credit")["amount"].sum()),
            alts=(float(t.filter("credit")["amount"].sum()),),
        ),
        Case("aug", "Umsatz im August 2024", "scalar", revenue(in_month(t, 2024, 8)), "revenue"),
        Case("amazon", "Umsatz über Amazon", "scalar", revenue(where(t, ref="Amazon")), "revenue"),
        ask("lager", "Umsatz nach Lager"),
        ask("marge", "Marge nach Herkunft"),
        ask("versand", "Durchschnittliche Versandkosten je Auftrag"),
        ask("warenkorb", "Welche Artikel werden am häufigsten zusammen gekauft?"),
    ]
    return ClientFile("plenty", [path], "plentymarkets orders, numeric status codes, Gutschrift positive", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Zettle POS: receipts with optional customer, refund receipts (negative, pointing at the sale), dd/mm/yyyy


def zettle(out: Path, rng: random.Random) -> ClientFile:
    items = [("Latte", 3.9), ("Bagel", 4.5), ("Smoothie", 5.2), ("Salad Bowl", 9.8), ("Brownie", 2.9)]
    recs, rows = [], []
    for k in range(1400):
        d = rdate(rng, D0, D1)
        when = rtime(rng, d, 7, 19)
        nm, p = rng.choice(items)
        q = rng.randrange(1, 4)
        gross = round(p * q, 2)
        vat = round(gross - gross / 1.07, 2)
        net = round(gross - vat, 2)
        cust = f"C-{1000 + skew(rng, 300)}" if rng.random() < 0.55 else None
        staff = rng.choice(["Ola", "Kit", "Sam"])
        pay = rng.choice(["Card", "Card", "Cash", "Apple Pay"])
        rno = str(50000 + k * 2)
        rows.append(
            [
                when.strftime("%d/%m/%Y"),
                when.strftime("%H:%M"),
                rno,
                "Sale",
                f"{q} x {nm}",
                pay,
                staff,
                cust or "",
                f"{gross:.2f}",
                f"{vat:.2f}",
                f"{net:.2f}",
                "",
            ]
        )
        recs.append(
            {
                "order_id": rno,
                "customer_id": cust,
                "order_date": d,
                "amount": net,
                "cancelled": False,
                "staff": staff,
                "pay": pay,
                "item": nm,
                "gross": gross,
                "refund": False,
            }
        )
        if rng.random() < 0.04:
            rd = min(d + dt.timedelta(days=rng.randrange(0, 3)), D1)
            rno2 = str(50000 + k * 2 + 1)
            rows.append(
                [
                    rd.strftime("%d/%m/%Y"),
                    "18:55",
                    rno2,
                    "Refund",
                    f"{q} x {nm}",
                    pay,
                    staff,
                    cust or "",
                    f"{-gross:.2f}",
                    f"{-vat:.2f}",
                    f"{-net:.2f}",
                    rno,
                ]
            )
            recs.append(
                {
                    "order_id": rno2,
                    "customer_id": cust,
                    "order_date": rd,
                    "amount": -net,
                    "cancelled": False,
                    "staff": staff,
                    "pay": pay,
                    "item": nm,
                    "gross": -gross,
                    "refund": True,
                }
            )
    t = mk(recs)
    path = out / "Zettle-Sales-Report-20240101-20241015.csv"
    write_text(
        rows,
        [
            "Date",
            "Time",
            "Receipt number",
            "Type",
            "Description",
            "Payment method",
            "Staff",
            "Customer ID",
            "Total (EUR)",
            "VAT (EUR)",
            "Net (EUR)",
            "Refunded receipt",
        ],
        path,
    )
    cases = std(t, "en")
    cases[0].wrong["gross incl. VAT"] = col_sum(t, "gross")
    cases[0].wrong["refunds not subtracted"] = float(t.filter(~pl.col("refund"))["amount"].sum())
    cases += [
        Case("by_staff", "revenue by staff", "breakdown", by(t, "staff"), "revenue"),
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("refunds", "How many refunds were there?", "scalar", int(t["refund"].sum())),
        Case("vat", "How much VAT did we collect?", "scalar", float(t["gross"].sum() - t["amount"].sum())),
        Case(
            "walkin",
            "How much revenue came from sales without a customer ID?",
            "scalar",
            float(t.filter(pl.col("customer_id").is_null())["amount"].sum()),
        ),
        Case("july", "revenue in July 2024", "scalar", revenue(in_month(t, 2024, 7)), "revenue"),
        ask("table", "revenue by table number"),
        ask("tips", "How much did we get in tips?"),
        ask("margin_staff", "profit margin by staff member"),
    ]
    return ClientFile("zettle", [path], "Zettle POS, optional customer, refund receipts, dd/mm/yyyy", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Gumroad sales: customers by e-mail only, spelled with case and blank differences; Refunded true/false


def gumroad(out: Path, rng: random.Random) -> ClientFile:
    prods = [("Notion Template Pack", 29.0), ("Lightroom Presets", 19.0), ("UX Course", 149.0), ("E-Book", 12.0)]
    mails = [
        f"{FIRST[i % len(FIRST)].lower().replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae')}."
        f"{i}@{rng.choice(['gmail.com', 'outlook.com', 'proton.me'])}"
        for i in range(520)
    ]
    recs, rows = [], []
    for k in range(1100):
        i = skew(rng, len(mails))
        m = mails[i]
        spelled = rng.choice([m, m, m, m.upper(), m.capitalize(), f" {m}", f"{m} ", m.title()])
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        nm, p = rng.choice(prods)
        price = round(p * rng.choice([1, 1, 1, 0.8]), 2)
        refunded = rng.random() < 0.06
        country = rng.choice(["United States", "Germany", "United Kingdom", "Canada", "United States"])
        fee = round(price * 0.1 + 0.5, 2)
        rows.append(
            [
                f"{(k * 2654435761) % 16**8:08x}==",
                nm,
                spelled,
                unique_person(i),
                when.strftime("%Y-%m-%d %H:%M:%S"),
                f"{price:.2f}",
                f"{fee:.2f}",
                "true" if refunded else "false",
                "false",
                country,
            ]
        )
        recs.append(
            {
                "order_id": str(k),
                "customer_id": m,
                "raw": spelled,
                "order_date": when.date(),
                "amount": price,
                "cancelled": refunded,
                "prod": nm,
                "country": country,
                "fee": fee,
            }
        )
    t = mk(recs)
    path = out / "Gumroad_Sales_2024.csv"
    write_text(
        rows,
        [
            "Purchase ID",
            "Item Name",
            "Buyer Email",
            "Buyer Name",
            "Purchase Date",
            "Price ($)",
            "Gumroad Fee ($)",
            "Refunded",
            "Disputed",
            "Country",
        ],
        path,
    )
    raw = t.with_columns(customer_id=pl.col("raw"))
    cases = std(t, "en")
    cases[2].wrong["e-mails as written (case/blanks)"] = customers(raw)
    cases[0].wrong["refunded sales counted"] = revenue(t.with_columns(cancelled=pl.lit(False)))
    cases += [
        Case("by_prod", "revenue by item name", "breakdown", by(t, "prod"), "revenue"),
        Case("by_country", "revenue by country", "breakdown", by(t, "country"), "revenue"),
        Case("refunded", "How many purchases were refunded?", "scalar", int(t["cancelled"].sum())),
        Case(
            "fees", "How much did we pay in Gumroad fees?", "scalar", float(t["fee"].sum()), alts=(col_sum(t, "fee"),)
        ),
        Case("course", "How many customers bought the UX Course?", "scalar", customers(where(t, prod="UX Course"))),
        Case("may", "revenue in May 2024", "scalar", revenue(in_month(t, 2024, 5)), "revenue"),
        ask("affiliate", "revenue by affiliate"),
        ask("views", "What is our conversion rate from views to sales?"),
        ask("ltv_cohort", "revenue by signup cohort of the newsletter"),
    ]
    return ClientFile("gumroad", [path], "Gumroad sales, e-mail customers spelled differently, Refunded flag", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Kajabi offer purchases: 'Mar 5, 2024' dates, '$1,234.50', refunds as separate negative rows


def kajabi(out: Path, rng: random.Random) -> ClientFile:
    offers = [("Mastermind 2024", 997.0), ("Starter Course", 97.0), ("Coaching Call", 250.0), ("Membership", 39.0)]
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 340)
        d = rdate(rng, dt.date(2023, 11, 1), D1)
        nm, p = rng.choice(offers)
        coupon = rng.random() < 0.15
        amt = round(p * (0.8 if coupon else 1.0), 2)
        rows.append(
            [
                f"P{880000 + k}",
                d.strftime("%b %-d, %Y"),
                4400 + c,
                person(c),
                nm,
                "SAVE20" if coupon else "",
                "Purchase",
                us_num(amt, sign="$"),
            ]
        )
        recs.append(
            {
                "order_id": f"P{880000 + k}",
                "customer_id": str(4400 + c),
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "offer": nm,
                "coupon": coupon,
                "refund": False,
            }
        )
        if rng.random() < 0.05:
            rd = min(d + dt.timedelta(days=rng.randrange(1, 14)), D1)
            rows.append(
                [
                    f"R{880000 + k}",
                    rd.strftime("%b %-d, %Y"),
                    4400 + c,
                    person(c),
                    nm,
                    "",
                    "Refund",
                    us_num(-amt, sign="$"),
                ]
            )
            recs.append(
                {
                    "order_id": f"R{880000 + k}",
                    "customer_id": str(4400 + c),
                    "order_date": rd,
                    "amount": -amt,
                    "cancelled": False,
                    "offer": nm,
                    "coupon": False,
                    "refund": True,
                }
            )
    t = mk(recs)
    path = out / "kajabi_purchases_export.csv"
    write_text(
        rows,
        [
            "Transaction ID",
            "Created At",
            "Customer ID",
            "Customer Name",
            "Offer Title",
            "Coupon Code",
            "Type",
            "Amount",
        ],
        path,
    )
    cases = std(t, "en")
    cases[0].wrong["refunds added"] = float(t["amount"].abs().sum())
    cases += [
        Case("by_offer", "revenue by offer title", "breakdown", by(t, "offer"), "revenue"),
        Case(
            "refunds",
            "total refunded amount",
            "scalar",
            -float(t.filter("refund")["amount"].sum()),
            alts=(float(t.filter("refund")["amount"].sum()),),
        ),
        Case("dec23", "revenue in December 2023", "scalar", revenue(in_month(t, 2023, 12)), "revenue"),
        Case("y2024", "revenue in 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
        Case("mastermind", "How many Mastermind 2024 purchases?", "scalar", orders(where(t, offer="Mastermind 2024"))),
        Case("by_month", "revenue by month", "breakdown", by(t, "month"), "revenue"),
        ask("completion", "What is the course completion rate?"),
        ask("email_open", "revenue by email campaign"),
        ask("affiliate", "How much did affiliates earn?"),
    ]
    return ClientFile("kajabi", [path], "Kajabi purchases, 'Mar 5, 2024', $1,234.50, refund rows", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Business Central posted sales documents (.xlsx): a title block, Document Type Invoice / Credit Memo with
#    positive amounts, Amount (net) and Amount Including VAT, real Excel dates


def bc_xlsx(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs = []
    for k in range(800):
        c = skew(rng, 200)
        d = rdate(rng, dt.date(2023, 7, 1), D1)
        amt = round(rng.lognormvariate(6.2, 0.7), 2)
        credit = rng.random() < 0.07
        sp = rng.choice(["JB", "MV", "SK"])
        loc = rng.choice(["BERLIN", "HAMBURG", "MUENCHEN"])
        recs.append(
            {
                "order_id": f"{'104' if credit else '103'}{k:05d}",
                "customer_id": f"D{10000 + c * 10}",
                "name": firm(c),
                "order_date": d,
                "amount": -amt if credit else amt,
                "cancelled": False,
                "sp": sp,
                "loc": loc,
                "gross": round(amt * 1.19, 2) * (-1 if credit else 1),
                "credit": credit,
            }
        )
    t = mk(recs)
    path = out / "Gebuchte_Verkaufsbelege.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2024, 10, 16, 9, 0)})
    ws = wb.add_worksheet("Gebuchte Verkaufsbelege")
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_string(0, 0, "Gebuchte Verkaufsbelege")
    ws.write_string(1, 0, "CRONUS Deutschland GmbH")
    ws.write_string(2, 0, "Filter: Buchungsdatum 01.07.2023..15.10.2024")
    head = [
        "Belegart",
        "Nr.",
        "Verk. an Deb.-Nr.",
        "Verk. an Name",
        "Buchungsdatum",
        "Verkäufercode",
        "Lagerortcode",
        "Betrag",
        "Betrag inkl. MwSt.",
    ]
    for i, h in enumerate(head):
        ws.write_string(4, i, h)
    for i, r in enumerate(recs):
        row = 5 + i
        ws.write_string(row, 0, "Gutschrift" if r["credit"] else "Rechnung")
        ws.write_string(row, 1, r["order_id"])
        ws.write_string(row, 2, r["customer_id"])
        ws.write_string(row, 3, r["name"])
        ws.write_datetime(row, 4, dt.datetime.combine(r["order_date"], dt.time()), datef)
        ws.write_string(row, 5, r["sp"])
        ws.write_string(row, 6, r["loc"])
        ws.write_number(row, 7, abs(r["amount"]))
        ws.write_number(row, 8, abs(r["gross"]))
    wb.close()
    cases = std(t, "de")
    cases[0].wrong["Gutschrift added (positive amounts)"] = float(t["amount"].abs().sum())
    cases[0].wrong["Betrag inkl. MwSt."] = float(t["gross"].sum())
    cases += [
        Case("by_sp", "Umsatz nach Verkäufercode", "breakdown", by(t, "sp"), "revenue"),
        Case("by_loc", "Umsatz je Lagerortcode", "breakdown", by(t, "loc"), "revenue"),
        Case("gutschriften", "Wie viele Gutschriften?", "scalar", int(t["credit"].sum())),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("q1", "Umsatz im ersten Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("brutto", "Umsatz inkl. MwSt. gesamt", "scalar", float(t["gross"].sum()), wrong={"net": revenue(t)}),
        ask("artikel", "Umsatz nach Artikelkategorie"),
        ask("offen", "Wie hoch sind die offenen Posten?"),
        ask("kst", "Umsatz je Kostenstelle"),
    ]
    return ClientFile(
        "bc_xlsx", [path], "Business Central workbook, title block, Gutschrift with positive amounts", cases
    )


# --------------------------------------------------------------------------------------------------------
# 7. NetSuite saved search: '(1,234.56)' credit memos, 'Name' = '10023 Müller GmbH', Status incl. Voided,
#    and the header 'Memo' twice (main line and line memo): documented as an error


def netsuite(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(700):
        c = skew(rng, 180)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(6.5, 0.6), 2)
        u = rng.random()
        typ = "Credit Memo" if u < 0.08 else "Invoice"
        status = (
            "Voided"
            if typ == "Invoice" and rng.random() < 0.05
            else ("Fully Applied" if typ == "Credit Memo" else rng.choice(["Paid In Full", "Paid In Full", "Open"]))
        )
        sub = rng.choice(["Nordwind Inc.", "Nordwind GmbH"])
        cust = f"{10000 + c} {firm(c)}"
        sign = -1 if typ == "Credit Memo" else 1
        doc = f"{'CM' if sign < 0 else 'INV'}{20000 + k}"
        rows.append(
            [
                typ,
                d.strftime("%-m/%-d/%Y"),
                doc,
                cust,
                status,
                sub,
                "Q3 promo" if rng.random() < 0.1 else "",
                "",
                us_num(sign * amt, parens=True),
            ]
        )
        recs.append(
            {
                "order_id": doc,
                "customer_id": cust,
                "order_date": d,
                "amount": sign * amt,
                "cancelled": status == "Voided",
                "sub": sub,
                "status": status,
            }
        )
    t = mk(recs)
    path = out / "TransactionSearchResults.csv"
    write_text(
        rows, ["Type", "Date", "Document Number", "Name", "Status", "Subsidiary", "Memo", "Memo", "Amount"], path
    )
    cases = std(t, "en")
    cases[0].wrong["Voided counted"] = revenue(t.with_columns(cancelled=pl.lit(False)))
    cases += [
        Case("by_sub", "revenue by subsidiary", "breakdown", by(t, "sub"), "revenue"),
        Case("open", "How much is still open?", "scalar", revenue(where(t, status="Open"))),
        Case(
            "credits",
            "total of credit memos",
            "scalar",
            -float(t.filter(pl.col("amount") < 0)["amount"].sum()),
            alts=(float(t.filter(pl.col("amount") < 0)["amount"].sum()),),
        ),
        Case("june", "revenue in June 2024", "scalar", revenue(in_month(t, 2024, 6)), "revenue"),
        Case("voided", "How many invoices were voided?", "scalar", n_where(t, status="Voided")),
        ask("item", "revenue by item"),
        ask("class", "revenue by class"),
        ask("dept", "revenue by department"),
        ask("rep", "revenue by sales rep"),
    ]
    return ClientFile(
        "netsuite",
        [path],
        "NetSuite saved search, (1,234.56), Voided, duplicated 'Memo' header",
        cases,
        import_may_fail="duplicate headers are a documented one-line error (docs/import.md)",
    )


# --------------------------------------------------------------------------------------------------------
# 8. Sage 50 order list as TSV in Latin-1: Storno 'X', trailing empty columns, Belegart Rechnung/Gutschrift


def sage_tsv(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1000):
        c = skew(rng, 300)
        d = rdate(rng, dt.date(2023, 9, 1), D1)
        net = round(rng.uniform(30, 900), 2)
        credit = rng.random() < 0.05
        storno = not credit and rng.random() < 0.06
        rep = rng.choice(["Hüttner", "Weiß", "Groß"])
        grp = rng.choice(["Fachhändler", "Endverbraucher", "Großhändler"])
        tax = round(net * 0.19, 2)
        rows.append(
            [
                "Gutschrift" if credit else "Rechnung",
                f"{'GS' if credit else 'RE'}{60000 + k}",
                d.strftime("%d.%m.%Y"),
                20000 + c,
                firm(c),
                rep,
                grp,
                de_num(net, thousands=False),
                de_num(tax, thousands=False),
                de_num(net + tax, thousands=False),
                "X" if storno else "",
                "",
                "",
            ]
        )
        recs.append(
            {
                "order_id": f"{'GS' if credit else 'RE'}{60000 + k}",
                "customer_id": str(20000 + c),
                "order_date": d,
                "amount": -net if credit else net,
                "cancelled": storno,
                "rep": rep,
                "grp": grp,
            }
        )
    t = mk(recs)
    path = out / "Auftragsliste_Sage50.tsv"
    write_text(
        rows,
        [
            "Belegart",
            "Belegnr",
            "Belegdatum",
            "Kd-Nr",
            "Firma",
            "Vertreter",
            "Kundengruppe",
            "Netto",
            "MwSt",
            "Brutto",
            "Storno",
            "",
            "",
        ],
        path,
        sep="\t",
        encoding="latin-1",
        newline="\r\n",
    )
    cases = std(t, "de")
    cases[0].wrong["Storno X ignored"] = revenue(t.with_columns(cancelled=pl.lit(False)))
    cases[0].wrong["Gutschrift added"] = revenue(t.with_columns(amount=pl.col("amount").abs()))
    cases += [
        Case("by_rep", "Umsatz je Vertreter", "breakdown", by(t, "rep"), "revenue"),
        Case("by_grp", "Umsatz nach Kundengruppe", "breakdown", by(t, "grp"), "revenue"),
        Case("stornos", "Wie viele Belege sind storniert?", "scalar", int(t["cancelled"].sum())),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("gross_grp", "Umsatz bei Großhändlern", "scalar", revenue(where(t, grp="Großhändler")), "revenue"),
        Case(
            "new24",
            "Wie viele Neukunden hatten wir 2024?",
            "scalar",
            int(
                sales(t)
                .filter(pl.col("amount") > 0)
                .group_by("customer_id")
                .agg(pl.col("order_date").min())
                .filter(pl.col("order_date").dt.year() == 2024)
                .height
            ),
        ),
        ask("artikel", "Umsatz nach Artikelgruppe"),
        ask("lieferzeit", "Durchschnittliche Lieferzeit je Vertreter"),
        ask("provision", "Provision je Vertreter"),
    ]
    return ClientFile("sage_tsv", [path], "Sage 50 TSV in Latin-1, Storno X, trailing empty columns", cases)


# --------------------------------------------------------------------------------------------------------
# 9. App backend export: amount_cents (integers), ISO timestamps with time zones at month/year boundaries


def app_cents(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    tzs = [dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2)), dt.timezone(dt.timedelta(hours=-5))]
    for k in range(1200):
        c = skew(rng, 450)
        d = rdate(rng, dt.date(2023, 12, 1), D1)
        if rng.random() < 0.3:  # around midnight at month ends: the local day differs from the UTC day
            last = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            early = d.day < 15
            d = d.replace(day=1) if early else last
            when = dt.datetime.combine(d, dt.time(0 if early else 23, rng.randrange(60)))
        else:
            when = rtime(rng, d, 6, 22)
        tz = rng.choice(tzs)
        cents = rng.choice([499, 999, 1999, 4999, 9999]) * rng.choice([1, 1, 2])
        u = rng.random()
        status = "failed" if u < 0.05 else "refunded" if u < 0.09 else "succeeded"
        plan = rng.choice(["basic", "plus", "pro"])
        if d < dt.date(2023, 12, 1) or d > D1:
            continue
        rows.append(
            [
                f"ord_{k:06d}",
                f"usr_{c:05d}",
                when.replace(tzinfo=tz).isoformat(),
                cents,
                "EUR",
                status,
                plan,
                rng.choice(["ios", "android", "web"]),
            ]
        )
        recs.append(
            {
                "order_id": f"ord_{k:06d}",
                "customer_id": f"usr_{c:05d}",
                "order_date": d,
                "utc": when.replace(tzinfo=tz).astimezone(dt.UTC).date(),
                "amount": cents / 100,
                "cancelled": status != "succeeded",
                "status": status,
                "plan": plan,
                "platform": rows[-1][-1],
            }
        )
    t = mk(recs)
    path = out / "orders_2024-10-15.csv"
    write_text(rows, ["id", "user_id", "created_at", "amount_cents", "currency", "status", "plan", "platform"], path)
    utc = t.with_columns(order_date=pl.col("utc"))
    cases = std(t, "en")
    cases[0].wrong["cents summed as euros"] = revenue(t) * 100
    cases += [
        Case(
            "march",
            "revenue in March 2024",
            "scalar",
            revenue(in_month(t, 2024, 3)),
            "revenue",
            wrong={"UTC day instead of the local day": revenue(in_month(utc, 2024, 3))},
        ),
        Case(
            "y2023",
            "revenue in 2023",
            "scalar",
            revenue(in_year(t, 2023)),
            "revenue",
            wrong={"UTC day": revenue(in_year(utc, 2023))},
        ),
        Case(
            "by_month", "revenue by month", "breakdown", by(t, "month"), "revenue", wrong={"UTC day": by(utc, "month")}
        ),
        Case("by_plan", "revenue by plan", "breakdown", by(t, "plan"), "revenue"),
        Case("by_platform", "number of orders by platform", "breakdown", orders_by(t, "platform"), "orders"),
        Case("failed", "How many payments failed?", "scalar", n_where(t, status="failed")),
        ask("dau", "How many daily active users do we have?"),
        ask("arpdau", "What is the ARPDAU?"),
        ask("ads", "revenue by ad campaign"),
    ]
    return ClientFile("app_cents", [path], "app backend, amount_cents, ISO time zones at month ends", cases)


# --------------------------------------------------------------------------------------------------------
# 10. Billomat Rechnungen: Status Entwurf (draft, not issued) / Offen / Bezahlt / Überfällig / Storniert,
#     Kunde + Kundennummer 'KD-00123', and a footer line 'Exportiert von … am …'


def billomat(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 260)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.0, 0.7), 2)
        u = rng.random()
        status = (
            "Entwurf"
            if u < 0.06
            else "Storniert"
            if u < 0.11
            else "Offen"
            if u < 0.25
            else ("Überfällig" if u < 0.32 else "Bezahlt")
        )
        tax = round(net * 0.19, 2)
        rows.append(
            [
                f"RE-2024-{k + 1:04d}" if status != "Entwurf" else "",
                d.strftime("%d.%m.%Y"),
                f"KD-{c + 1:05d}",
                firm(c),
                status,
                de_num(net),
                de_num(tax),
                de_num(net + tax),
                rng.choice(["Beratung", "Software", "Schulung"]),
            ]
        )
        recs.append(
            {
                "order_id": f"RE-2024-{k + 1:04d}" if status != "Entwurf" else f"draft{k}",
                "customer_id": f"KD-{c + 1:05d}",
                "order_date": d,
                "amount": net,
                "cancelled": status in ("Entwurf", "Storniert"),
                "status": status,
                "gross": net + tax,
                "art": rows[-1][-1],
            }
        )
    t = mk(recs)
    path = out / "rechnungen_export.csv"
    write_text(
        rows,
        ["Rechnungsnummer", "Datum", "Kundennummer", "Kunde", "Status", "Netto", "Steuer", "Brutto", "Kategorie"],
        path,
        sep=";",
    )
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\nExportiert von Sabine Horn am 16.10.2024 um 09:12 Uhr\n")
    cases = std(t, "de")
    cases[0].wrong["Entwurf counted as a sale"] = revenue(t.with_columns(cancelled=pl.col("status") == "Storniert"))
    cases += [
        Case(
            "offen",
            "Wie viel Umsatz ist noch offen?",
            "scalar",
            revenue(where(t, status="Offen")),
            "revenue",
            wrong={"Offen + Überfällig": revenue(where(t, status="Offen")) + revenue(where(t, status="Überfällig"))},
        ),
        Case("ueberfaellig", "Wie viele Rechnungen sind überfällig?", "scalar", n_where(t, status="Überfällig")),
        Case("by_kat", "Umsatz nach Kategorie", "breakdown", by(t, "art"), "revenue"),
        Case("brutto", "Bruttoumsatz gesamt", "scalar", col_sum(t, "gross"), wrong={"net": revenue(t)}),
        Case("sept", "Umsatz im September 2024", "scalar", revenue(in_month(t, 2024, 9)), "revenue"),
        Case("entwurf", "Wie viele Entwürfe gibt es?", "scalar", int(t["status"].eq("Entwurf").sum())),
        ask("zahlungsziel", "Durchschnittliche Zahlungsdauer in Tagen"),
        ask("mahnung", "Wie viele Mahnungen wurden verschickt?"),
        ask("projekt", "Umsatz je Projekt"),
    ]
    return ClientFile("billomat", [path], "Billomat invoices, Entwurf/Storniert, footer line", cases)


# --------------------------------------------------------------------------------------------------------
# 11. Marketplace operator's transactions: buyer and seller both named; Provision is the operator's income


def marketplace(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    sellers = [f"S{300 + i}" for i in range(40)]
    for k in range(1300):
        b = skew(rng, 600)
        s = sellers[skew(rng, len(sellers))]
        when = rtime(rng, rdate(rng, D0, D1))
        price = round(rng.uniform(8, 220), 2)
        comm = round(price * 0.12, 2)
        u = rng.random()
        status = "storniert" if u < 0.06 else "erstattet" if u < 0.09 else "abgeschlossen"
        cat = rng.choice(["Möbel", "Kleidung", "Deko", "Schmuck"])
        rows.append(
            [
                f"T{900000 + k}",
                when.strftime("%d.%m.%Y %H:%M"),
                f"B{10000 + b}",
                person(b),
                s,
                f"Laden {s[1:]}",
                cat,
                de_num(price),
                de_num(comm),
                status,
            ]
        )
        recs.append(
            {
                "order_id": f"T{900000 + k}",
                "customer_id": f"B{10000 + b}",
                "seller": s,
                "order_date": when.date(),
                "amount": price,
                "cancelled": status != "abgeschlossen",
                "cat": cat,
                "comm": comm,
                "status": status,
            }
        )
    t = mk(recs)
    path = out / "Marktplatz_Transaktionen.csv"
    write_text(
        rows,
        [
            "Transaktions-ID",
            "Datum",
            "Käufer-ID",
            "Käufer",
            "Verkäufer-ID",
            "Verkäufer",
            "Kategorie",
            "Preis",
            "Provision",
            "Status",
        ],
        path,
        sep=";",
    )
    as_seller = t.with_columns(customer_id=pl.col("seller"))
    cases = std(t, "de")
    cases[2].wrong["sellers counted as customers"] = customers(as_seller)
    cases += [
        Case(
            "provision",
            "Wie viel Provision haben wir verdient?",
            "scalar",
            col_sum(t, "comm"),
            wrong={"every status": float(t["comm"].sum())},
        ),
        Case("by_seller", "Umsatz je Verkäufer-ID", "breakdown", by(t, "seller"), "revenue"),
        Case("by_cat", "Umsatz nach Kategorie", "breakdown", by(t, "cat"), "revenue"),
        Case("erstattet", "Wie viele Transaktionen wurden erstattet?", "scalar", n_where(t, status="erstattet")),
        Case(
            "schmuck",
            "Umsatz mit Schmuck im 2. Quartal 2024",
            "scalar",
            revenue(in_quarter(where(t, cat="Schmuck"), 2024, 2)),
            "revenue",
        ),
        ask("bewertung", "Durchschnittliche Verkäuferbewertung"),
        ask("versand", "Umsatz nach Versanddienstleister"),
        ask("retention_seller", "Wie viele Verkäufer haben gekündigt?"),
        ask("land", "Umsatz nach Land"),
    ]
    return ClientFile("marketplace", [path], "marketplace transactions naming buyer and seller, Provision", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Salon appointments: Status Erschienen / Abgesagt / Nicht erschienen, Preis '45,00 €', Leistung, Mitarbeiter


def salon(out: Path, rng: random.Random) -> ClientFile:
    svc = [("Damenhaarschnitt", 58.0), ("Herrenhaarschnitt", 32.0), ("Färben", 89.0), ("Bartpflege", 18.0)]
    recs, rows = [], []
    for _k in range(1500):
        c = skew(rng, 420)
        when = rtime(rng, rdate(rng, D0, D1), 9, 19)
        nm, p = rng.choice(svc)
        u = rng.random()
        status = "Abgesagt" if u < 0.08 else "Nicht erschienen" if u < 0.12 else "Erschienen"
        staff = rng.choice(["Aylin", "Marco", "Jessica", "Dennis"])
        rows.append(
            [
                when.strftime("%d.%m.%Y %H:%M"),
                f"{c + 1}",
                person(c),
                nm,
                staff,
                f"{de_num(p)} €",
                status,
                rng.choice(["Online", "Telefon", "Walk-in"]),
            ]
        )
        recs.append(
            {
                "order_id": f"{c + 1}|{when.date()}",
                "customer_id": str(c + 1),
                "order_date": when.date(),
                "amount": p,
                "cancelled": status != "Erschienen",
                "status": status,
                "svc": nm,
                "staff": staff,
                "src": rows[-1][-1],
            }
        )
    t = mk(recs)
    path = out / "Termine_Export_Salon.csv"
    write_text(
        rows,
        ["Termin", "Kundennr.", "Kunde", "Leistung", "Mitarbeiter", "Preis", "Status", "Buchungsweg"],
        path,
        sep=";",
    )
    noshow = t.with_columns(cancelled=pl.col("status") == "Abgesagt")
    cases = std(t, "de")
    cases[0].wrong["Nicht erschienen counted"] = revenue(noshow)
    cases += [
        Case("by_staff", "Umsatz je Mitarbeiter", "breakdown", by(t, "staff"), "revenue"),
        Case("by_svc", "Umsatz nach Leistung", "breakdown", by(t, "svc"), "revenue"),
        Case(
            "noshow",
            "Wie viele Kunden sind nicht erschienen?",
            "scalar",
            int(t.filter(pl.col("status") == "Nicht erschienen")["customer_id"].n_unique()),
            wrong={"appointments": int(t["status"].eq("Nicht erschienen").sum())},
        ),
        Case("abgesagt", "Wie viele Termine wurden abgesagt?", "scalar", int(t["status"].eq("Abgesagt").sum())),
        Case("online", "Umsatz über Online-Buchungen", "scalar", revenue(where(t, src="Online")), "revenue"),
        Case("by_month", "Umsatz je Monat", "breakdown", by(t, "month"), "revenue"),
        ask("auslastung", "Wie hoch ist die Auslastung je Mitarbeiter?"),
        ask("produkte", "Umsatz mit Pflegeprodukten"),
        ask("trinkgeld", "Wie viel Trinkgeld gab es?"),
    ]
    return ClientFile("salon", [path], "salon appointments, Abgesagt / Nicht erschienen, '45,00 €'", cases)


# --------------------------------------------------------------------------------------------------------
# 13. Utility bills by contract account (Vertragskonto): Jahres-/Schlussrechnung, Gutschrift negative, kWh


def energy(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1100):
        c = skew(rng, 500)
        d = rdate(rng, dt.date(2023, 6, 1), D1)
        kwh = rng.randrange(800, 6000)
        tarif = rng.choice(["Grundversorgung", "Öko Strom 24", "Heizstrom"])
        net = round(kwh * rng.uniform(0.28, 0.36) + 120, 2)
        art = rng.choice(["Jahresrechnung", "Jahresrechnung", "Schlussrechnung", "Zwischenrechnung"])
        if rng.random() < 0.08:
            art, net, kwh = "Gutschrift", -round(rng.uniform(30, 300), 2), 0
        tax = round(net * 0.19, 2)
        rows.append(
            [
                f"{8000000000 + c * 37}",
                f"B{7700000 + k}",
                d.strftime("%d.%m.%Y"),
                art,
                tarif,
                kwh,
                de_num(net),
                de_num(tax),
                de_num(net + tax),
            ]
        )
        recs.append(
            {
                "order_id": f"B{7700000 + k}",
                "customer_id": f"{8000000000 + c * 37}",
                "order_date": d,
                "amount": net,
                "cancelled": False,
                "tarif": tarif,
                "kwh": kwh,
                "art": art,
            }
        )
    t = mk(recs)
    path = out / "Abrechnungen_Strom.csv"
    write_text(
        rows,
        [
            "Vertragskonto",
            "Belegnummer",
            "Belegdatum",
            "Abrechnungsart",
            "Tarif",
            "Verbrauch kWh",
            "Nettobetrag",
            "USt",
            "Bruttobetrag",
        ],
        path,
        sep=";",
        encoding="cp1252",
        newline="\r\n",
    )
    cases = std(t, "de")
    cases += [
        Case("by_tarif", "Umsatz je Tarif", "breakdown", by(t, "tarif"), "revenue"),
        Case("kwh", "Gesamtverbrauch in kWh", "scalar", float(t["kwh"].sum())),
        Case("kwh_tarif", "Verbrauch kWh nach Tarif", "breakdown", by(t, "tarif", "kwh"), "sum_verbrauch_kwh"),
        Case("gutschriften", "Wie viele Gutschriften?", "scalar", int(t["art"].eq("Gutschrift").sum())),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("oeko", "Umsatz mit Öko Strom 24", "scalar", revenue(where(t, tarif="Öko Strom 24")), "revenue"),
        ask("zaehler", "Verbrauch je Zählertyp"),
        ask("plz", "Umsatz nach Postleitzahl"),
        ask("wechsel", "Wie viele Kunden haben zu einem anderen Anbieter gewechselt?"),
    ]
    return ClientFile("energy", [path], "utility bills by Vertragskonto, kWh, Gutschrift negative", cases)


# --------------------------------------------------------------------------------------------------------
# 14. Car rental contracts: Mieter-Nr., Abholung/Rückgabe, Miettage, Mietpreis netto, Kaution (no revenue)


def rental(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 350)
        d = rdate(rng, D0, D1)
        days = rng.randrange(1, 15)
        cls = rng.choice(["Kleinwagen", "Kompakt", "SUV", "Transporter"])
        rate = {"Kleinwagen": 39.0, "Kompakt": 49.0, "SUV": 79.0, "Transporter": 89.0}[cls]
        net = round(rate * days, 2)
        status = "storniert" if rng.random() < 0.07 else "abgeschlossen"
        station = rng.choice(["Köln Hbf", "Düsseldorf Flughafen", "Bonn"])
        rows.append(
            [
                f"MV-{24000 + k}",
                f"M{5000 + c}",
                person(c),
                d.strftime("%d.%m.%Y") + " 09:00",
                (d + dt.timedelta(days=days)).strftime("%d.%m.%Y") + " 18:00",
                days,
                cls,
                station,
                de_num(net),
                de_num(500.0 if cls in ("SUV", "Transporter") else 300.0),
                status,
            ]
        )
        recs.append(
            {
                "order_id": f"MV-{24000 + k}",
                "customer_id": f"M{5000 + c}",
                "order_date": d,
                "amount": net,
                "cancelled": status == "storniert",
                "cls": cls,
                "station": station,
                "days": days,
                "deposit": 500.0 if cls in ("SUV", "Transporter") else 300.0,
            }
        )
    t = mk(recs)
    path = out / "Mietvertraege_2024.csv"
    write_text(
        rows,
        [
            "Mietvertrag",
            "Mieter-Nr.",
            "Mieter",
            "Abholung",
            "Rückgabe",
            "Miettage",
            "Fahrzeugklasse",
            "Station",
            "Mietpreis netto",
            "Kaution",
            "Status",
        ],
        path,
        sep=";",
    )
    cases = std(t, "de")
    cases[0].wrong["Kaution added"] = revenue(t) + col_sum(t, "deposit")
    cases[0].wrong["Kaution as the amount"] = col_sum(t, "deposit")
    cases += [
        Case("by_cls", "Umsatz je Fahrzeugklasse", "breakdown", by(t, "cls"), "revenue"),
        Case("by_station", "Umsatz nach Station", "breakdown", by(t, "station"), "revenue"),
        Case(
            "tage",
            "Wie viele Miettage insgesamt?",
            "scalar",
            float(sales(t)["days"].sum()),
            wrong={"storniert included": float(t["days"].sum())},
        ),
        Case("avg_tage", "Durchschnittliche Miettage je Vertrag", "scalar", float(sales(t)["days"].mean())),
        Case("storno", "Wie viele Mietverträge wurden storniert?", "scalar", int(t["cancelled"].sum())),
        Case(
            "suv_juli",
            "Umsatz mit SUV im Juli 2024",
            "scalar",
            revenue(in_month(where(t, cls="SUV"), 2024, 7)),
            "revenue",
        ),
        ask("km", "Wie viele Kilometer wurden gefahren?"),
        ask("schaeden", "Wie viele Schadensfälle gab es?"),
        ask("auslastung", "Auslastung der Flotte je Station"),
    ]
    return ClientFile("rental", [path], "car rental contracts, Mieter-Nr., Abholung, Kaution (no revenue)", cases)


# --------------------------------------------------------------------------------------------------------
# 15. Bank statement CSV (Sparkasse CAMT): incoming payments from customers, outgoing payments are no returns


def bank(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    suppliers = ["Stadtwerke Köln", "Telekom Deutschland", "Office Depot", "Finanzamt Köln-Mitte", "Allianz AG"]
    for k in range(1000):
        d = rdate(rng, D0, D1)
        if rng.random() < 0.25:
            who = rng.choice(suppliers)
            amt = -round(rng.uniform(40, 2500), 2)
            text, purpose = rng.choice(["LASTSCHRIFT", "ONLINE-UEBERWEISUNG"]), f"Rechnung {rng.randrange(10**6)}"
            cust = None
        else:
            c = skew(rng, 150)
            who = firm(c)
            amt = round(rng.lognormvariate(6.3, 0.6), 2)
            text, purpose = "GUTSCHR. UEBERWEISUNG", f"RE-{2024000 + k} Kd {30000 + c}"
            cust = who
        rows.append(
            [
                "DE12370501980001234567",
                d.strftime("%d.%m.%y"),
                d.strftime("%d.%m.%y"),
                text,
                purpose,
                who,
                f"DE{rng.randrange(10**18):018d}00",
                "COLSDE33XXX",
                de_num(amt, thousands=False),
                "EUR",
                "Umsatz gebucht",
            ]
        )
        recs.append(
            {
                "order_id": f"{who}|{d}",
                "customer_id": cust,
                "order_date": d,
                "amount": amt,
                "cancelled": amt < 0,
                "text": text,
            }
        )
    t = mk(recs)
    path = out / "20241015-1234567-umsatz.csv"
    write_text(
        rows,
        [
            "Auftragskonto",
            "Buchungstag",
            "Valutadatum",
            "Buchungstext",
            "Verwendungszweck",
            "Beguenstigter/Zahlungspflichtiger",
            "Kontonummer/IBAN",
            "BIC (SWIFT-Code)",
            "Betrag",
            "Waehrung",
            "Info",
        ],
        path,
        sep=";",
        encoding="cp1252",
    )
    signed = t.with_columns(cancelled=pl.lit(False))
    cases = std(t, "de")
    cases[0].wrong["outgoing payments subtracted as returns"] = revenue(signed)
    cases += [
        Case("eingaenge", "Summe der Zahlungseingänge", "scalar", revenue(t)),
        Case(
            "ausgaben",
            "Summe der Ausgänge",
            "scalar",
            -float(t.filter(pl.col("amount") < 0)["amount"].sum()),
            alts=(float(t.filter(pl.col("amount") < 0)["amount"].sum()),),
        ),
        Case("by_month", "Zahlungseingänge je Monat", "breakdown", by(t, "month"), "revenue"),
        Case("april", "Umsatz im April 2024", "scalar", revenue(in_month(t, 2024, 4)), "revenue"),
        Case("q3", "Umsatz im 3. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        ask("kontostand", "Wie hoch ist der Kontostand?"),
        ask("produkt", "Umsatz nach Produkt"),
        ask("dso", "Wie lange brauchen Kunden im Schnitt zum Bezahlen?"),
        ask("land", "Umsatz nach Land"),
    ]
    return ClientFile("bank", [path], "Sparkasse CSV-CAMT bank statement, incoming vs. outgoing payments", cases)


# --------------------------------------------------------------------------------------------------------
# 16. Physiotherapy practice invoices: Patient-Nr, Behandlungsdatum ISO, Kostenträger, Status storniert


def praxis(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    svc = [("KG", 25.5), ("MT", 31.0), ("Lymphdrainage", 41.0), ("Massage", 22.0), ("Osteopathie", 95.0)]
    for k in range(1300):
        c = skew(rng, 380)
        d = rdate(rng, D0, D1)
        nm, p = rng.choice(svc)
        payer = "Selbstzahler" if nm == "Osteopathie" else rng.choice(["GKV", "GKV", "PKV", "Selbstzahler"])
        amt = round(p * (1.4 if payer == "PKV" else 1.0), 2)
        status = rng.choice(["storniert"] + ["abgerechnet"] * 8 + ["bezahlt"] * 8)
        ther = rng.choice(["Frau Lang", "Herr Ott", "Frau Yilmaz"])
        rows.append(
            [f"{c + 1:04d}", d.isoformat(), f"R{240000 + k}", nm, payer, ther, f"{amt:.2f}".replace(".", ","), status]
        )
        recs.append(
            {
                "order_id": f"R{240000 + k}",
                "customer_id": str(c + 1),
                "order_date": d,
                "amount": amt,
                "cancelled": status == "storniert",
                "svc": nm,
                "payer": payer,
                "ther": ther,
                "status": status,
            }
        )
    t = mk(recs)
    path = out / "Praxis_Rechnungen.csv"
    write_text(
        rows,
        [
            "Patient-Nr",
            "Behandlungsdatum",
            "Rechnungs-Nr",
            "Heilmittel",
            "Kostenträger",
            "Therapeut",
            "Betrag",
            "Status",
        ],
        path,
        sep=";",
    )
    cases = std(t, "de")
    cases += [
        Case("by_payer", "Umsatz nach Kostenträger", "breakdown", by(t, "payer"), "revenue"),
        Case("by_ther", "Umsatz je Therapeut", "breakdown", by(t, "ther"), "revenue"),
        Case("by_svc", "Anzahl Behandlungen je Heilmittel", "breakdown", orders_by(t, "svc"), "orders"),
        Case("pkv", "Umsatz mit Privatpatienten (PKV)", "scalar", revenue(where(t, payer="PKV")), "revenue"),
        Case(
            "offen",
            "Wie viel ist abgerechnet, aber noch nicht bezahlt?",
            "scalar",
            revenue(where(t, status="abgerechnet")),
        ),
        Case("q2", "Umsatz im zweiten Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        ask("diagnose", "Umsatz nach Diagnose"),
        ask("verordnung", "Wie viele Verordnungen sind abgelaufen?"),
        ask("wartezeit", "Durchschnittliche Wartezeit auf einen Termin"),
    ]
    return ClientFile("praxis", [path], "physiotherapy invoices, Patient-Nr, Kostenträger, storniert", cases)


BUILDERS = [
    salesforce,
    plenty,
    zettle,
    gumroad,
    kajabi,
    bc_xlsx,
    netsuite,
    sage_tsv,
    app_cents,
    billomat,
    marketplace,
    salon,
    energy,
    rental,
    bank,
    praxis,
]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` where a header is truly unguessable (same files, same
    truth): a utility's contract account, a rental's renter number, pick-up and net price, a bank statement's
    counterparty, a CRM's account and close date, a marketplace's buyer and price, a practice's patient number,
    the plentymarkets received date and net amount, Gumroad's price, Business Central's debtor and posting date, a
    salon's appointment time, and the refusal's own hint ``amount_cents=amount`` (the cents stay cents?)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "energy",
            {"Vertragskonto": "customer_id", "Belegdatum": "order_date", "Nettobetrag": "amount"},
            "Vertragskonto, Belegdatum and Nettobetrag mapped",
        ),
        again(
            "rental",
            {
                "Mieter-Nr.": "customer_id",
                "Mietvertrag": "order_id",
                "Abholung": "order_date",
                "Mietpreis netto": "amount",
            },
            "renter number, contract, pick-up and net price mapped",
        ),
        again(
            "bank",
            {"Beguenstigter/Zahlungspflichtiger": "customer_id", "Buchungstag": "order_date", "Betrag": "amount"},
            "counterparty, booking day and Betrag mapped",
        ),
        again(
            "salesforce",
            {"Account Name": "customer_id", "Opportunity Name": "order_id", "Close Date": "order_date"},
            "Account Name, Opportunity Name and Close Date mapped",
        ),
        again("marketplace", {"Käufer-ID": "customer_id", "Preis": "amount"}, "the buyer and Preis mapped"),
        again(
            "praxis",
            {"Patient-Nr": "customer_id", "Behandlungsdatum": "order_date", "Rechnungs-Nr": "order_id"},
            "patient number, treatment date and invoice number mapped",
        ),
        again(
            "plenty",
            {"Eingang": "order_date", "Rechnungsbetrag (netto)": "amount", "Auftrags-ID": "order_id"},
            "received date, net invoice amount and order id mapped",
        ),
        again("gumroad", {"Price ($)": "amount"}, "'Price ($)=amount' (the refusal asked for an amount)"),
        again(
            "bc_xlsx",
            {"Verk. an Deb.-Nr.": "customer_id", "Buchungsdatum": "order_date", "Nr.": "order_id"},
            "debtor number, posting date and document number mapped",
        ),
        again("salon", {"Termin": "order_date", "Preis": "amount"}, "the appointment's time and Preis mapped"),
        again("app_cents", {"amount_cents": "amount"}, "'amount_cents=amount', as the refusal's hint proposes"),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client6_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
