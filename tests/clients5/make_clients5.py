"""A fifth, independent set of client exports (round 5), each with its ground truth and a consultant's questions.

    python tests/clients5/make_clients5.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, ``insight --help`` and the spec.
Every file is written the way the client's system delivers it (Billbee, JTL-Wawi, Etsy, SumUp, Mollie, Recurly,
a fitness studio's member list, a hotel PMS, an AS/400 ERP with trailing minus, an Amazon settlement report, an
export with an exchange-rate column, a journal with Excel serial dates and its total above the header, a
craftsman's invoices with customer names only, WooCommerce with all items in one cell, Eventbrite, Stripe's
balance history) from a *truth* frame holding the meaning of each line. Expected answers come from that truth
frame in plain polars (analysis date = day after the last order, cancelled/refunded/failed never sales, credit
notes and refunds subtract, fees and payouts are no sales), never through insight and never by reading the
file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), imported.
Deterministic (seeded ``random.Random``), small (300-2,000 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "clients2"))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    aov,
    by,
    de_num,
    frame,
    in_month,
    in_quarter,
    in_year,
    order_values,
    orders,
    rdate,
    revenue,
    rtime,
    sales,
    skew,
    std,
    where,
    write_text,
)

SEED = 20261209

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


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"


def ask(qid: str, question: str) -> Case:
    """A question the data cannot answer as asked (a metric, column or word it lacks): must be asked back."""
    return Case(qid, question, "clarify")


def n_cancelled(t: pl.DataFrame) -> int:
    return t.filter(pl.col("cancelled"))["order_id"].n_unique()


def eu(x: float) -> str:
    return de_num(x) + " €"


def trailing_minus(x: float) -> str:
    return de_num(abs(x)) + ("-" if x < 0 else "")


def col_sum(t: pl.DataFrame, col: str) -> float:
    return float(sales(t)[col].sum())


def counts_by(t: pl.DataFrame, dim: str, col: str = "order_id") -> dict[str, float]:
    g = t.group_by(dim).agg(pl.col(col).n_unique())
    return {str(k): float(v) for k, v in g.iter_rows()}


def no_customer_std(t: pl.DataFrame, lang: str) -> list[Case]:
    """Revenue, orders, AOV; customer questions on a file without any customer are asked back."""
    de = lang == "de"
    return [
        Case(
            "revenue",
            "Wie viel Umsatz haben wir insgesamt gemacht?" if de else "What was our total revenue?",
            "scalar",
            revenue(t),
            "revenue",
        ),
        Case("orders", "Anzahl Bestellungen" if de else "How many orders were placed?", "scalar", orders(t), "orders"),
        Case(
            "aov",
            "Was ist der durchschnittliche Bestellwert?" if de else "What is the average order value?",
            "scalar",
            aov(t),
            "aov",
        ),
        ask("customers", "Wie viele Kunden haben bei uns gekauft?" if de else "number of customers"),
        ask("repeat", "Wie hoch ist die Wiederkaufsrate?" if de else "What share of customers bought again?"),
        ask("top5", "Die 5 umsatzstärksten Kunden" if de else "Who are our 5 biggest customers by revenue?"),
    ]


def more_than(t: pl.DataFrame, n: int) -> int:
    per = order_values(t).drop_nulls("customer_id").group_by("customer_id").len()
    return per.filter(pl.col("len") > n).height


# --------------------------------------------------------------------------------------------------------
# 1. Billbee order export (one row per order, UTF-8 BOM, ';', decimal comma): Netto/MwSt/Brutto, Shop channel


def billbee(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1200):
        c = skew(rng, 420)
        when = rtime(rng, rdate(rng, D0, D1))
        net = round(rng.uniform(12, 260), 2)
        tax = round(net * 0.19, 2)
        u = rng.random()
        status = (
            "Storniert"
            if u < 0.07
            else "Zurückgegeben"
            if u < 0.1
            else rng.choice(["Versendet", "Versendet", "Bezahlt", "Abgeschlossen"])
        )
        shop = rng.choice(["Shopify", "Amazon", "eBay", "Shopify"])
        pay = rng.choice(["PayPal", "Rechnung", "Kreditkarte", "Vorkasse", "PayPal"])
        land = rng.choice(["DE", "DE", "DE", "AT", "CH"])
        rows.append(
            [
                f"BB-{240000 + k}",
                shop,
                when.strftime("%d.%m.%Y %H:%M"),
                "" if status == "Storniert" else when.strftime("%d.%m.%Y"),
                status,
                f"kunde{c}@posteo.example",
                10000 + c,
                pay,
                land,
                rng.randrange(1, 5),
                de_num(net),
                de_num(tax),
                de_num(net + tax),
                de_num(4.9 if net < 50 else 0.0),
            ]
        )
        recs.append(
            {
                "order_id": f"BB-{240000 + k}",
                "customer_id": str(10000 + c),
                "order_date": when.date(),
                "amount": net,
                "gross": round(net + tax, 2),
                "cancelled": status in ("Storniert", "Zurückgegeben"),
                "storno": status == "Storniert",
                "shop": shop,
                "pay": pay,
                "land": land,
            }
        )
    t = frame(recs)
    path = out / "Billbee_Bestellungen_2024.csv"
    write_text(
        rows,
        [
            "Bestellnummer",
            "Shop",
            "Bestelldatum",
            "Bezahlt am",
            "Status",
            "E-Mail",
            "Kunden-Nr",
            "Zahlungsart",
            "Land",
            "Artikelanzahl",
            "Netto",
            "MwSt",
            "Brutto",
            "Versandkosten",
        ],
        path,
        sep=";",
        bom=b"\xef\xbb\xbf",
    )
    cases = std(t, "de")
    cases[0].wrong["Brutto summed"] = col_sum(t, "gross")
    cases[0].wrong["Zurückgegeben counted as a sale"] = revenue(t.with_columns(cancelled=pl.col("storno")))
    cases += [
        Case("by_pay", "Umsatz nach Zahlungsart", "breakdown", by(t, "pay"), "revenue"),
        Case("by_shop", "Umsatz je Shop", "breakdown", by(t, "shop"), "revenue"),
        Case(
            "stornos",
            "Wie viele Stornos?",
            "scalar",
            int(t.filter(pl.col("storno"))["order_id"].n_unique()),
            wrong={"Storniert + Zurückgegeben": n_cancelled(t)},
        ),
        Case("june", "Umsatz im Juni 2024", "scalar", revenue(in_month(t, 2024, 6)), "revenue"),
        Case("brutto", "Bruttoumsatz gesamt", "scalar", col_sum(t, "gross"), wrong={"net": revenue(t)}),
        Case("by_land", "Umsatz nach Land", "breakdown", by(t, "land"), "revenue"),
        ask("margin_pay", "Marge nach Zahlungsart"),
        ask("warengruppe", "Umsatz nach Warengruppe"),
        ask("conv", "Wie hoch ist die Conversion Rate im Shop?"),
        ask("kundenwert", "Wie hoch ist der Kundenwert?"),
    ]
    return ClientFile("billbee", [path], "Billbee orders, Netto/MwSt/Brutto, Storniert/Zurückgegeben", cases)


# --------------------------------------------------------------------------------------------------------
# 2. JTL-Wawi Aufträge (cp1252, ';'): dd.mm.yy dates, Kundennummer with leading zeros, Storniert Ja/Nein


def jtl(out: Path, rng: random.Random) -> ClientFile:
    firms = [f"{LAST[i % len(LAST)]} {rng.choice(['GmbH', 'KG', 'e.K.', 'AG', '& Söhne'])}" for i in range(260)]
    recs, rows = [], []
    for k in range(1100):
        c = skew(rng, 260)
        d = rdate(rng, dt.date(2023, 7, 1), D1)
        net = round(rng.uniform(40, 1800), 2)
        storno = rng.random() < 0.08
        plat = rng.choice(["Webshop", "Webshop", "Amazon", "Ladengeschäft"])
        ship = rng.choice(["DHL", "DPD", "Abholung", "DHL"])
        rows.append(
            [
                f"AU-{20230 + k}",
                d.strftime("%d.%m.%y"),
                f"{c + 1:06d}",
                firms[c],
                plat,
                rng.choice(["Rechnung", "PayPal", "Lastschrift"]),
                ship,
                rng.randrange(1, 9),
                de_num(net),
                de_num(net * 1.19),
                "Ja" if storno else "Nein",
            ]
        )
        recs.append(
            {
                "order_id": f"AU-{20230 + k}",
                "customer_id": str(c + 1),
                "order_date": d,
                "amount": net,
                "cancelled": storno,
                "plat": plat,
                "ship": ship,
            }
        )
    t = frame(recs)
    path = out / "JTL_Auftraege_Export.csv"
    write_text(
        rows,
        [
            "Auftragsnummer",
            "Erstellt",
            "Kundennummer",
            "Firma",
            "Plattform",
            "Zahlungsart",
            "Versandart",
            "Positionen",
            "Gesamt Netto",
            "Gesamt Brutto",
            "Storniert",
        ],
        path,
        sep=";",
        encoding="cp1252",
        newline="\r\n",
    )
    ignored = t.with_columns(cancelled=pl.lit(False))
    cases = std(t, "de")
    cases[0].wrong["Storniert = Ja ignored"] = revenue(ignored)
    cases += [
        Case("by_ship", "Umsatz nach Versandart", "breakdown", by(t, "ship"), "revenue"),
        Case("by_plat", "Umsatz je Plattform", "breakdown", by(t, "plat"), "revenue"),
        Case("storniert", "Anzahl stornierter Aufträge", "scalar", n_cancelled(t)),
        Case("q2", "Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("aov_amazon", "Durchschnittlicher Bestellwert bei Amazon", "scalar", aov(where(t, plat="Amazon")), "aov"),
        ask("lager", "Umsatz nach Lager"),
        # metrics.md (Margin, Profit): no profit or cost column — profit uses the assumed default margin (1.0 unless
        # set) and the answer says so; answered, not asked back (only the margin rate of a part is asked back)
        Case("db", "Deckungsbeitrag je Plattform", "breakdown", by(t, "plat"), "profit"),
        ask("bestand", "Wie viele Artikel sind unter Mindestbestand?"),
    ]
    return ClientFile("jtl", [path], "JTL-Wawi orders, cp1252, dd.mm.yy, 000123 ids, Storniert Ja/Nein", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Etsy SoldOrders: MM/DD/YY, Order Total incl. tax, Adjusted Order Total after refunds, card fees


def etsy(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 380)
        d = rdate(rng, D0, D1)
        value = round(rng.uniform(15, 140), 2)
        disc = round(value * 0.1, 2) if rng.random() < 0.2 else 0.0
        ship = rng.choice([0.0, 4.5, 6.0])
        tax = round((value - disc + ship) * 0.08, 2)
        tot = round(value - disc + ship + tax, 2)
        refund = 0.0
        u = rng.random()
        if u < 0.05:
            refund = tot
        elif u < 0.1:
            refund = round(tot * 0.4, 2)
        fee = round(tot * 0.03 + 0.25, 2)
        country = rng.choice(["United States", "United States", "Canada", "United Kingdom", "Germany"])
        pay = rng.choice(["Credit Card", "PayPal", "Apple Pay", "Etsy Gift Card"])
        rows.append(
            [
                d.strftime("%m/%d/%y"),
                3100000000 + k * 7,
                f"buyer{c}",
                person(c),
                rng.randrange(1, 4),
                pay,
                f"{value:.2f}",
                "SPRING10" if disc else "",
                f"{disc:.2f}",
                f"{ship:.2f}",
                f"{tax:.2f}",
                f"{tot:.2f}",
                "USD",
                f"{fee:.2f}",
                f"{tot - fee:.2f}",
                f"{tot - refund:.2f}" if refund else "",
                country,
            ]
        )
        recs.append(
            {
                "order_id": str(3100000000 + k * 7),
                "customer_id": f"buyer{c}",
                "order_date": d,
                "amount": round(tot - tax - refund, 2),
                "cancelled": refund >= tot,
                "refund": refund,
                "fee": fee,
                "country": country,
                "pay": pay,
                "total": tot,
            }
        )
    t = frame(recs)
    path = out / "EtsySoldOrders2024.csv"
    write_text(
        rows,
        [
            "Sale Date",
            "Order ID",
            "Buyer User ID",
            "Full Name",
            "Number of Items",
            "Payment Method",
            "Order Value",
            "Coupon Code",
            "Discount Amount",
            "Shipping",
            "Sales Tax",
            "Order Total",
            "Currency",
            "Card Processing Fees",
            "Order Net",
            "Adjusted Order Total",
            "Ship Country",
        ],
        path,
    )
    t_all = t.with_columns(cancelled=pl.lit(False))
    cases = std(t, "en")
    cases[0].wrong["Order Total summed (tax, refunds)"] = float(t["total"].sum())
    cases += [
        Case("net_refunds", "net revenue after refunds", "scalar", revenue(t), "revenue"),
        Case(
            "refunded", "How much was refunded?", "scalar", float(t["refund"].sum()), alts=(-float(t["refund"].sum()),)
        ),
        Case("fees", "How much did we pay in card processing fees?", "scalar", float(t_all["fee"].sum())),
        Case("by_country", "revenue by ship country", "breakdown", by(t, "country"), "revenue"),
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("march", "revenue in March 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        ask("conv", "What is the conversion rate of our listings?"),
        ask("by_prod", "revenue by product"),
        ask("favs", "How many favorites did our shop get?"),
    ]
    return ClientFile("etsy", [path], "Etsy SoldOrders: MM/DD/YY, Order Total incl. tax, adjusted after refunds", cases)


# --------------------------------------------------------------------------------------------------------
# 4. SumUp POS transactions: no customer at all, '12,50 €', Status Erfolgreich/Erstattet/Fehlgeschlagen, tips


def sumup(out: Path, rng: random.Random) -> ClientFile:
    items = [("Cappuccino", 3.6), ("Flat White", 3.9), ("Croissant", 2.4), ("Mittagstisch", 9.8), ("Kuchen", 3.5)]
    recs, rows = [], []
    for k in range(1500):
        d = rdate(rng, D0, D1)
        when = rtime(rng, d, 7, 19)
        nm, p = rng.choice(items)
        q = rng.randrange(1, 4)
        amt = round(p * q, 2)
        tip = round(rng.choice([0, 0, 0, 0.5, 1.0, 2.0]), 2)
        u = rng.random()
        status = "Fehlgeschlagen" if u < 0.04 else "Erstattet" if u < 0.07 else "Erfolgreich"
        pay = rng.choice(["Karte", "Karte", "Bar", "Apple Pay"])
        staff = rng.choice(["Jana", "Tim", "Aylin"])
        rows.append(
            [
                f"TX{7000000 + k * 13}",
                when.strftime("%d.%m.%Y"),
                when.strftime("%H:%M"),
                pay,
                "" if pay == "Bar" else rng.choice(["VISA", "MASTERCARD", "GIROCARD"]),
                status,
                f"{q} x {nm}",
                eu(amt),
                eu(tip),
                eu(0.0 if pay == "Bar" else round(amt * 0.0139, 2)),
                staff,
            ]
        )
        recs.append(
            {
                "order_id": f"TX{7000000 + k * 13}",
                "customer_id": None,
                "order_date": d,
                "amount": amt,
                "cancelled": status != "Erfolgreich",
                "status": status,
                "pay": pay,
                "staff": staff,
                "tip": tip,
            }
        )
    t = frame(recs)
    path = out / "SumUp_Transaktionen_2024.csv"
    write_text(
        rows,
        [
            "Transaktions-ID",
            "Datum",
            "Uhrzeit",
            "Zahlungsart",
            "Kartentyp",
            "Status",
            "Beschreibung",
            "Betrag",
            "Trinkgeld",
            "Gebühr",
            "Mitarbeiter",
        ],
        path,
        sep=";",
    )
    cases = no_customer_std(t, "de")
    cases[0].wrong["Trinkgeld included"] = revenue(t) + col_sum(t, "tip")
    cases += [
        Case("by_pay", "Umsatz nach Zahlungsart", "breakdown", by(t, "pay"), "revenue"),
        Case("by_staff", "Umsatz je Mitarbeiter", "breakdown", by(t, "staff"), "revenue"),
        Case("tips", "Wie viel Trinkgeld haben wir bekommen?", "scalar", col_sum(t, "tip")),
        Case("refunds", "Wie viele Transaktionen wurden erstattet?", "scalar", where(t, status="Erstattet").height),
        Case("may", "Umsatz im Mai 2024", "scalar", revenue(in_month(t, 2024, 5)), "revenue"),
        ask("filiale", "Umsatz nach Filiale"),
        ask("margin_staff", "Marge je Mitarbeiter"),
    ]
    return ClientFile("sumup", [path], "SumUp POS: no customer, '12,50 €', Erstattet/Fehlgeschlagen, Trinkgeld", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Mollie payments export: status paid/failed/expired/canceled/refunded, Amount refunded, cst_ customer ids


def mollie(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1300):
        c = skew(rng, 500)
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        amt = round(rng.uniform(9, 180), 2)
        u = rng.random()
        status = (
            "failed"
            if u < 0.05
            else "expired"
            if u < 0.08
            else "canceled"
            if u < 0.1
            else "refunded"
            if u < 0.14
            else "paid"
        )
        refunded = amt if status == "refunded" else (round(amt * 0.5, 2) if rng.random() < 0.04 else 0.0)
        if status in ("failed", "expired", "canceled"):
            refunded = 0.0
        method = rng.choice(["ideal", "creditcard", "bancontact", "paypal", "ideal"])
        cid = f"cst_{(c * 2654435761) % 10**8:08x}"
        rows.append(
            [
                f"tr_{(k * 40503 + 77) % 16**10:010x}",
                when.strftime("%Y-%m-%d %H:%M:%S"),
                f"{amt:.2f}",
                "EUR",
                status,
                method,
                f"Order #{5000 + k}",
                person(c),
                cid,
                f"{refunded:.2f}",
                f"{amt - refunded:.2f}" if status in ("paid", "refunded") else "",
            ]
        )
        recs.append(
            {
                "order_id": f"#{5000 + k}",
                "customer_id": cid,
                "order_date": when.date(),
                "amount": round(amt - refunded, 2),
                "cancelled": status != "paid",
                "status": status,
                "method": method,
                "refunded": refunded,
                "gross": amt,
            }
        )
    t = frame(recs)
    path = out / "mollie-payments-export.csv"
    write_text(
        rows,
        [
            "ID",
            "Created at",
            "Amount",
            "Currency",
            "Status",
            "Method",
            "Description",
            "Consumer name",
            "Customer ID",
            "Amount refunded",
            "Settlement amount",
        ],
        path,
    )
    cases = std(t, "en")
    cases[0].wrong["refunds not subtracted"] = col_sum(t, "gross")
    cases[0].wrong["expired payments counted as sales"] = revenue(t) + float(where(t, status="expired")["gross"].sum())
    cases += [
        Case("net", "net revenue after refunds", "scalar", revenue(t), "revenue"),
        Case("by_method", "revenue by method", "breakdown", by(t, "method"), "revenue"),
        Case("failed", "How many payments failed?", "scalar", where(t, status="failed").height),
        Case(
            "refunded",
            "How much was refunded?",
            "scalar",
            float(t["refunded"].sum()),
            alts=(-float(t["refunded"].sum()),),
        ),
        Case("april", "revenue in April 2024", "scalar", revenue(in_month(t, 2024, 4)), "revenue"),
        ask("chargeback", "chargeback rate by card issuer"),
        ask("country", "revenue by country"),
        ask("mrr", "What is our MRR?"),
    ]
    return ClientFile(
        "mollie", [path], "Mollie payments: paid/failed/expired/canceled/refunded, Amount refunded", cases
    )


# --------------------------------------------------------------------------------------------------------
# 6. Recurly subscriptions export: one row per subscription, state active/canceled/expired, MRR, cancellations


def recurly(out: Path, rng: random.Random) -> ClientFile:
    plans = [
        ("starter-monthly", 19.0, 1),
        ("pro-monthly", 49.0, 1),
        ("pro-annual", 490.0, 12),
        ("team-monthly", 99.0, 1),
    ]
    recs, rows = [], []
    for k in range(600):
        code, price, months = rng.choice(plans)
        qty = rng.choice([1, 1, 1, 2, 5]) if code.startswith("team") else 1
        act = rdate(rng, dt.date(2022, 6, 1), D1)
        u = rng.random()
        state = "active" if u < 0.7 else "canceled" if u < 0.88 else "expired"
        canc = rdate(rng, act, D1) if state != "active" else None
        rows.append(
            [
                f"acct-{1000 + k}",
                f"sub-{(k * 7919) % 100000:05d}",
                code,
                state,
                f"{price:.2f}",
                qty,
                "EUR",
                act.isoformat() + "T09:00:00Z",
                canc.isoformat() + "T09:00:00Z" if canc else "",
                rng.choice(["DE", "AT", "NL", "FR"]),
            ]
        )
        recs.append(
            {
                "customer_id": f"acct-{1000 + k}",
                "plan": code,
                "state": state,
                "mrr": round(price * qty / months, 6) if state == "active" else 0.0,
                "canc": canc,
            }
        )
    t = frame(recs)
    path = out / "subscriptions_export.csv"
    write_text(
        rows,
        [
            "account_code",
            "uuid",
            "plan_code",
            "state",
            "unit_amount",
            "quantity",
            "currency",
            "activated_at",
            "canceled_at",
            "country",
        ],
        path,
    )
    mrr_by = {k: float(v) for k, v in t.group_by("plan").agg(pl.col("mrr").sum()).iter_rows()}
    canc24 = t.filter(pl.col("canc").dt.year() == 2024).height
    cases = [
        Case("mrr", "What is our MRR?", "scalar", float(t["mrr"].sum())),
        Case("mrr_plan", "MRR by plan", "breakdown", mrr_by),
        Case("active", "How many active subscriptions do we have?", "scalar", where(t, state="active").height),
        Case("by_state", "subscriptions by state", "breakdown", counts_by(t, "state", "customer_id")),
        Case("canc24", "How many cancellations in 2024?", "scalar", canc24),
        Case("by_plan_n", "Wie viele Abos je Plan?", "breakdown", counts_by(t, "plan", "customer_id")),
        Case("accounts", "number of customers", "scalar", t["customer_id"].n_unique()),
        Case("canceled", "Wie viele Abos sind gekündigt?", "scalar", where(t, state="canceled").height),
        Case("revenue", "What was our total revenue?", "needs_orders"),
        Case("aov", "What is the average order value?", "needs_orders"),
        ask("ltv_channel", "customer lifetime value by acquisition channel"),
        ask("nps", "What is our NPS?"),
        ask("trial", "trial conversion rate by plan"),
    ]
    return ClientFile("recurly", [path], "Recurly subscriptions (no orders): MRR, states, cancellations", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Fitness studio member list (cp1252, ';'): Mitgliedsnr with leading zeros, Eintritt dd.mm.yy, Monatsbeitrag


def fitness(out: Path, rng: random.Random) -> ClientFile:
    tarife = [("Basic", 24.9), ("Premium", 49.9), ("Flex", 34.9), ("Student", 19.9)]
    recs, rows = [], []
    for k in range(700):
        tarif, fee = rng.choice(tarife)
        start = rdate(rng, dt.date(2019, 1, 1), dt.date(2024, 9, 30))
        u = rng.random()
        status = "Aktiv" if u < 0.72 else "Gekündigt" if u < 0.9 else "Ruhend"
        end = rdate(rng, start, dt.date(2024, 12, 31)).replace(day=1) if status == "Gekündigt" else None
        studio = rng.choice(["Nord", "Süd", "Mitte"])
        born = rdate(rng, dt.date(1960, 1, 1), dt.date(2005, 12, 31))
        rows.append(
            [
                f"{k + 1:06d}",
                LAST[k % len(LAST)],
                FIRST[k % len(FIRST)],
                tarif,
                de_num(fee),
                start.strftime("%d.%m.%y"),
                end.strftime("%d.%m.%y") if end else "",
                status,
                studio,
                born.strftime("%d.%m.%Y"),
            ]
        )
        recs.append(
            {"customer_id": str(k + 1), "tarif": tarif, "fee": fee, "status": status, "end": end, "studio": studio}
        )
    t = frame(recs)
    path = out / "Mitgliederliste_Studio.csv"
    write_text(
        rows,
        [
            "Mitgliedsnr",
            "Nachname",
            "Vorname",
            "Tarif",
            "Monatsbeitrag",
            "Eintritt",
            "Kündigung zum",
            "Status",
            "Studio",
            "Geburtsdatum",
        ],
        path,
        sep=";",
        encoding="cp1252",
        newline="\r\n",
    )
    active = where(t, status="Aktiv")
    cases = [
        Case("members", "Wie viele Mitglieder haben wir?", "scalar", t.height),
        Case("active", "Wie viele aktive Mitglieder?", "scalar", active.height),
        Case("by_tarif", "Mitglieder nach Tarif", "breakdown", counts_by(t, "tarif", "customer_id")),
        Case("by_studio", "Mitglieder je Studio", "breakdown", counts_by(t, "studio", "customer_id")),
        Case("avg_fee", "Durchschnittlicher Monatsbeitrag", "scalar", float(t["fee"].mean())),  # type: ignore[arg-type]
        Case("sum_active", "Summe der Monatsbeiträge der aktiven Mitglieder", "scalar", float(active["fee"].sum())),
        Case("ruhend", "Wie viele Mitglieder sind ruhend?", "scalar", where(t, status="Ruhend").height),
        Case("kuend", "Wie viele Mitglieder haben gekündigt?", "scalar", where(t, status="Gekündigt").height),
        Case("umsatz", "Umsatz 2024", "needs_orders"),
        Case("top5", "Die 5 umsatzstärksten Kunden", "needs_orders"),
        Case("repeat", "Wie hoch ist die Wiederkaufsrate?", "needs_orders"),
        ask("visits", "Wie viele Besuche pro Woche hat ein Mitglied im Schnitt?"),
        ask("kurse", "Auslastung der Kurse"),
    ]
    return ClientFile("fitness", [path], "fitness studio members (customers table alone), 000123, dd.mm.yy", cases)


# --------------------------------------------------------------------------------------------------------
# 8. Hotel PMS reservations: Anreise/Abreise, Nächte, Kanal, Status Abgereist/Storniert/No-Show


def hotel(out: Path, rng: random.Random) -> ClientFile:
    cats = [("EZ", 79.0), ("DZ", 109.0), ("Suite", 229.0)]
    recs, rows = [], []
    for k in range(900):
        g = skew(rng, 400)
        arr = rdate(rng, D0, D1)
        nights = rng.choice([1, 1, 2, 2, 3, 4, 7])
        cat, rate = rng.choice(cats)
        logis = round(rate * nights * rng.uniform(0.85, 1.15), 2)
        fb = round(rng.uniform(0, 40) * nights, 2)
        u = rng.random()
        status = "Storniert" if u < 0.1 else "No-Show" if u < 0.13 else "Abgereist"
        if status != "Abgereist":
            logis, fb = 0.0, 0.0
        kanal = rng.choice(["Booking.com", "Direkt", "Expedia", "Direkt", "Telefon"])
        rows.append(
            [
                f"R{240000 + k}",
                f"G{g + 100:05d}",
                person(g),
                arr.strftime("%d.%m.%Y"),
                (arr + dt.timedelta(days=nights)).strftime("%d.%m.%Y"),
                nights,
                cat,
                kanal,
                status,
                de_num(logis),
                de_num(fb),
                de_num(logis + fb),
            ]
        )
        recs.append(
            {
                "order_id": f"R{240000 + k}",
                "customer_id": f"G{g + 100:05d}",
                "order_date": arr,
                "amount": round(logis + fb, 2),
                "cancelled": status != "Abgereist",
                "nights": nights,
                "cat": cat,
                "kanal": kanal,
                "status": status,
                "logis": logis,
            }
        )
    t = frame(recs)
    path = out / "PMS_Reservierungen.csv"
    write_text(
        rows,
        [
            "Res.-Nr.",
            "Gastnummer",
            "Gast",
            "Anreise",
            "Abreise",
            "Nächte",
            "Zimmerkategorie",
            "Kanal",
            "Status",
            "Logis netto",
            "F&B netto",
            "Gesamt netto",
        ],
        path,
        sep=";",
    )
    stays = sales(t)
    cases = std(t, "de")
    cases += [
        Case(
            "stay",
            "average stay length",
            "scalar",
            float(stays["nights"].mean()),  # type: ignore[arg-type]
            wrong={"cancelled stays counted": float(t["nights"].mean())},
        ),  # type: ignore[arg-type]
        Case("nights", "Übernachtungen gesamt", "scalar", float(stays["nights"].sum())),
        Case("by_kanal", "Umsatz nach Kanal", "breakdown", by(t, "kanal"), "revenue"),
        Case("by_cat", "Umsatz nach Zimmerkategorie", "breakdown", by(t, "cat"), "revenue"),
        Case(
            "storno",
            "Wie viele Stornierungen?",
            "scalar",
            where(t, status="Storniert").height,
            wrong={"with No-Show": n_cancelled(t)},
        ),
        Case("gt3", "Kunden mit mehr als 3 Buchungen", "scalar", more_than(t, 3)),
        ask("occ", "Wie hoch war die Auslastung im August?"),
        ask("revpar", "RevPAR nach Zimmerkategorie"),
        ask("rating", "Durchschnittliche Bewertung der Gäste"),
    ]
    return ClientFile("hotel", [path], "hotel PMS stays: Anreise/Abreise/Nächte, Storniert/No-Show", cases)


# --------------------------------------------------------------------------------------------------------
# 9. AS/400 ERP invoice journal (cp1252, ';', cryptic headers): BELDAT dd.mm.yy, BETRAG '1.234,50-' trailing minus


def as400(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    reps = {"01": "Huber", "02": "Krämer", "03": "Özdemir"}
    for k in range(1000):
        c = skew(rng, 240)
        d = rdate(rng, dt.date(2023, 1, 1), D1)
        gu = rng.random() < 0.1
        amt = round(rng.uniform(80, 4200) * (0.3 if gu else 1), 2) * (-1 if gu else 1)
        rep = rng.choice(list(reps))
        geb = rng.choice(["NORD", "SUED", "WEST", "OST"])
        rows.append(
            [
                f"{c + 4711:010d}",
                f"{LAST[c % len(LAST)].upper()} {rng.choice(['GMBH', 'KG', 'OHG'])}",
                f"{900000 + k}",
                d.strftime("%d.%m.%y"),
                "GU" if gu else "RE",
                rep,
                geb,
                trailing_minus(amt),
            ]
        )
        recs.append(
            {
                "order_id": str(900000 + k),
                "customer_id": str(c + 4711),
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "gu": gu,
                "rep": rep,
                "geb": geb,
            }
        )
    t = frame(recs)
    path = out / "OPFAKT01.TXT"
    write_text(
        rows,
        ["KDNR", "KDNAME", "BELNR", "BELDAT", "BELART", "VERTR", "GEBIET", "BETRAG"],
        path,
        sep=";",
        encoding="cp1252",
        newline="\r\n",
    )
    unsigned = t.with_columns(amount=pl.col("amount").abs())
    gus = float(-t.filter(pl.col("gu"))["amount"].sum())
    cases = std(t, "de")
    cases[0].wrong["trailing minus ignored"] = revenue(unsigned)
    cases += [
        Case("by_rep", "Umsatz nach VERTR", "breakdown", by(t, "rep"), "revenue"),
        Case("by_geb", "Umsatz je Gebiet", "breakdown", by(t, "geb"), "revenue"),
        Case("gu_sum", "Summe der Gutschriften", "scalar", gus, alts=(-gus,)),
        Case("gu_n", "Wie viele Gutschriften?", "scalar", t.filter(pl.col("gu")).height),
        Case(
            "y2023",
            "Umsatz 2023",
            "scalar",
            revenue(in_year(t, 2023)),
            "revenue",
            wrong={"trailing minus ignored": revenue(in_year(unsigned, 2023))},
        ),
        ask("artgr", "Umsatz nach Artikelgruppe"),
        ask("marge", "Marge je Vertreter"),
        ask("ziel", "Durchschnittliches Zahlungsziel"),
    ]
    return ClientFile("as400", [path], "AS/400 journal: KDNR/BELDAT/BETRAG, dd.mm.yy, '1.234,50-' credit notes", cases)


# --------------------------------------------------------------------------------------------------------
# 10. Amazon settlement report (flat file V2, tab): a totals row first, Principal/Tax/Commission/FBA fee per order


def amazon_settlement(out: Path, rng: random.Random) -> ClientFile:
    skus = [("BK-BLUE-01", 24.99), ("BK-RED-02", 27.99), ("MUG-001", 12.49), ("TEE-L", 19.9)]
    lines, recs = [], []
    for k in range(520):
        oid = f"302-{1000000 + k * 37:07d}-{(k * 7919) % 10**7:07d}"
        when = rtime(rng, rdate(rng, dt.date(2024, 6, 1), dt.date(2024, 8, 31)), 0, 24)
        sku, p = rng.choice(skus)
        q = rng.choice([1, 1, 1, 2])
        principal = round(p * q, 2)
        tax = round(principal * 0.19, 2)
        comm = -round(principal * 0.15, 2)
        fba = -round(3.1 * q, 2)
        mkt = rng.choice(["Amazon.de", "Amazon.de", "Amazon.fr"])
        pd_ = when.strftime("%d.%m.%Y %H:%M:%S UTC")
        for at, ad, a in [
            ("ItemPrice", "Principal", principal),
            ("ItemPrice", "Tax", tax),
            ("ItemFees", "Commission", comm),
            ("ItemFees", "FBAPerUnitFulfillmentFee", fba),
        ]:
            lines.append(["Order", oid, mkt, at, ad, f"{a:.2f}".replace(".", ","), pd_, sku, q])
        recs.append(
            {
                "order_id": oid,
                "customer_id": None,
                "order_date": when.date(),
                "amount": principal,
                "cancelled": False,
                "sku": sku,
                "q": q,
                "fees": comm + fba,
                "mkt": mkt,
                "all": principal + tax + comm + fba,
            }
        )
        if rng.random() < 0.06:
            rwhen = when + dt.timedelta(days=rng.randrange(3, 20))
            for at, ad, a in [
                ("ItemPrice", "Principal", -principal),
                ("ItemPrice", "Tax", -tax),
                ("ItemFees", "Commission", round(-comm * 0.8, 2)),
            ]:
                lines.append(
                    [
                        "Refund",
                        oid,
                        mkt,
                        at,
                        ad,
                        f"{a:.2f}".replace(".", ","),
                        rwhen.strftime("%d.%m.%Y %H:%M:%S UTC"),
                        sku,
                        "",
                    ]
                )
            recs.append(
                {
                    "order_id": oid,
                    "customer_id": None,
                    "order_date": rwhen.date(),
                    "amount": -principal,
                    "cancelled": False,
                    "sku": sku,
                    "q": 0,
                    "fees": round(-comm * 0.8, 2),
                    "mkt": mkt,
                    "all": -principal - tax + round(-comm * 0.8, 2),
                    "refund": True,
                }
            )
    t = frame(recs).with_columns(pl.col("refund").fill_null(False))
    payout = round(float(t["all"].sum()), 2)
    head = [
        "settlement-id",
        "settlement-start-date",
        "settlement-end-date",
        "deposit-date",
        "total-amount",
        "currency",
        "transaction-type",
        "order-id",
        "marketplace-name",
        "amount-type",
        "amount-description",
        "amount",
        "posted-date",
        "sku",
        "quantity-purchased",
    ]
    rows = [
        [
            "11873423011",
            "01.06.2024 00:00:00 UTC",
            "01.09.2024 00:00:00 UTC",
            "03.09.2024 00:00:00 UTC",
            f"{payout:.2f}".replace(".", ","),
            "EUR",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    ]
    rows += [["11873423011", "", "", "", "", "", *ln] for ln in lines]
    path = out / "settlement_11873423011.txt"
    write_text(rows, head, path, sep="\t")
    refunds = float(-t.filter(pl.col("refund"))["amount"].sum())
    fees = float(t["fees"].sum())
    cases = no_customer_std(t.filter(~pl.col("refund")), "en")
    cases[0] = Case(
        "revenue",
        "What was our total revenue?",
        "scalar",
        revenue(t),
        "revenue",
        wrong={"every amount summed (the payout)": payout},
    )
    cases[1] = Case("orders", "How many orders were placed?", "scalar", t.filter(~pl.col("refund")).height, "orders")
    cases[2] = Case(
        "aov", "What is the average order value?", "scalar", revenue(t) / t.filter(~pl.col("refund")).height, "aov"
    )
    cases += [
        Case("by_sku", "revenue by sku", "breakdown", by(t, "sku"), "revenue"),
        Case("fees", "How much did Amazon charge in fees?", "scalar", fees, alts=(-fees,)),
        Case("refunds", "How much was refunded?", "scalar", refunds, alts=(-refunds,)),
        Case("units", "How many units were sold?", "scalar", float(t["q"].sum())),
        Case("by_mkt", "revenue by marketplace", "breakdown", by(t, "mkt"), "revenue"),
        Case("payout", "What was the total payout of the settlement?", "scalar", payout),
        ask("country", "revenue by customer country"),
    ]
    return ClientFile("amazon_settlement", [path], "Amazon settlement V2: totals row first, one amount per type", cases)


# --------------------------------------------------------------------------------------------------------
# 11. Order intake with foreign currencies and a rate column: Betrag (FW), Währung, Kurs, Betrag EUR


def fx_rate(out: Path, rng: random.Random) -> ClientFile:
    rates = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.04}
    land = {"EUR": ["DE", "FR", "IT"], "USD": ["US"], "GBP": ["UK"], "CHF": ["CH"]}
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 200)
        cur = rng.choice(["EUR", "EUR", "USD", "GBP", "CHF"])
        d = rdate(rng, D0, D1)
        fw = round(rng.uniform(200, 6000), 2)
        kurs = round(rates[cur] * rng.uniform(0.98, 1.02), 4) if cur != "EUR" else 1.0
        eur = round(fw * kurs, 2)
        ld = rng.choice(land[cur])
        rows.append(
            [f"AE{60000 + k}", d.isoformat(), f"D{c + 1:04d}", ld, de_num(fw), cur, de_num(kurs, 4, False), de_num(eur)]
        )
        recs.append(
            {
                "order_id": f"AE{60000 + k}",
                "customer_id": f"D{c + 1:04d}",
                "order_date": d,
                "amount": eur,
                "cancelled": False,
                "cur": cur,
                "land": ld,
                "fw": fw,
            }
        )
    t = frame(recs)
    path = out / "Auftragseingang_FX.csv"
    write_text(
        rows, ["Auftrag", "Datum", "Debitor", "Land", "Betrag FW", "Währung", "Kurs", "Betrag EUR"], path, sep=";"
    )
    cases = std(t, "de")
    cases[0].wrong["Betrag FW summed over currencies"] = float(t["fw"].sum())
    cases += [
        Case("by_land", "Umsatz nach Land", "breakdown", by(t, "land"), "revenue"),
        Case("gbp_n", "Wie viele Aufträge in GBP?", "scalar", where(t, cur="GBP").height),
        Case("q3", "Umsatz im 3. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("usd_eur", "Umsatz der USD-Aufträge in Euro", "scalar", revenue(where(t, cur="USD")), "revenue"),
        ask("fxgain", "Wie hoch war der Wechselkursgewinn?"),
        ask("yen", "Umsatz in Yen"),
        ask("branche", "Umsatz nach Branche"),
        ask("fw", "Umsatz in Fremdwährung"),
    ]
    return ClientFile("fx_rate", [path], "order intake in EUR/USD/GBP/CHF with Kurs and Betrag EUR", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Invoice journal: a title and a 'Summe' line above the header, Excel serial dates, Kostenstelle


def serial_totals(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    base = dt.date(1899, 12, 30)
    for k in range(800):
        c = skew(rng, 180)
        d = rdate(rng, D0, D1)
        net = round(rng.uniform(150, 5000), 2)
        tax = round(net * 0.19, 2)
        ks = rng.choice(["100 Vertrieb", "200 Service", "300 Projekte"])
        rows.append(
            [
                f"RE-2024-{k + 1:04d}",
                (d - base).days,
                20000 + c,
                f"{LAST[c % len(LAST)]} & Partner",
                ks,
                de_num(net),
                de_num(tax),
                de_num(net + tax),
            ]
        )
        recs.append(
            {
                "order_id": f"RE-2024-{k + 1:04d}",
                "customer_id": str(20000 + c),
                "order_date": d,
                "amount": net,
                "cancelled": False,
                "ks": ks,
                "tax": tax,
                "gross": round(net + tax, 2),
            }
        )
    t = frame(recs)
    path = out / "Rechnungsausgangsbuch_2024.csv"
    pre = [
        "Rechnungsausgangsbuch 2024;;;;;;;",
        f"Summe;;;;;{de_num(float(t['amount'].sum()))};{de_num(float(t['tax'].sum()))};"
        f"{de_num(float(t['gross'].sum()))}",
        ";;;;;;;",
    ]
    write_text(
        rows,
        ["Rechnungsnr", "Rechnungsdatum", "Kd.-Nr.", "Kunde", "Kostenstelle", "Betrag netto", "USt", "Betrag brutto"],
        path,
        sep=";",
        pre=pre,
    )
    cases = std(t, "de")
    cases += [
        Case("by_ks", "Umsatz nach Kostenstelle", "breakdown", by(t, "ks"), "revenue"),
        Case("march", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("ust", "Summe USt", "scalar", col_sum(t, "tax")),
        Case("brutto", "Bruttoumsatz", "scalar", col_sum(t, "gross")),
        Case("by_month", "Umsatz je Monat", "breakdown", by(t, "month"), "revenue"),
        ask("pl", "Umsatz nach Projektleiter"),
        ask("op", "Wie viele offene Posten haben wir?"),
        ask("budget", "Abweichung vom Budget je Kostenstelle"),
    ]
    return ClientFile(
        "serial_totals", [path], "journal: title + Summe line above the header, Excel serial dates", cases
    )


# --------------------------------------------------------------------------------------------------------
# 13. Craftsman's invoices: customer names only, '1.234,50 €', d.m.yyyy without zero padding, Bezahlt ja/nein


def names_only(out: Path, rng: random.Random) -> ClientFile:
    names = (
        [f"{LAST[i % len(LAST)]}, {FIRST[i % len(FIRST)]}" for i in range(90)]
        + [f"Bäckerei {LAST[i]}" for i in range(12)]
        + [f"Hausverwaltung {LAST[i + 5]} GmbH" for i in range(8)]
    )
    recs, rows = [], []
    for k in range(600):
        c = skew(rng, len(names))
        d = rdate(rng, dt.date(2023, 9, 1), D1)
        leist = rng.choice(["Reparatur", "Wartung", "Neuinstallation", "Notdienst"])
        amt = round(rng.uniform(90, 3500) * (3 if leist == "Neuinstallation" else 1), 2)
        paid = rng.random() < 0.85
        mont = rng.choice(["Kai", "Ömer", "Sven"])
        rows.append(
            [f"{2300 + k}", f"{d.day}.{d.month}.{d.year}", names[c], leist, mont, eu(amt), "ja" if paid else "nein"]
        )
        recs.append(
            {
                "order_id": str(2300 + k),
                "customer_id": names[c],
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "leist": leist,
                "mont": mont,
                "paid": paid,
            }
        )
    t = frame(recs)
    path = out / "Rechnungen_Heizung_Sanitaer.csv"
    write_text(rows, ["Rechnung Nr.", "Datum", "Kunde", "Leistung", "Monteur", "Betrag", "Bezahlt"], path, sep=";")
    cases = std(t, "de")
    cases += [
        Case("by_leist", "Umsatz nach Leistung", "breakdown", by(t, "leist"), "revenue"),
        Case("by_mont", "Umsatz je Monteur", "breakdown", by(t, "mont"), "revenue"),
        Case("gt3", "Kunden mit mehr als 3 Aufträgen", "scalar", more_than(t, 3)),
        Case(
            "open",
            "Wie viel Umsatz ist noch nicht bezahlt?",
            "scalar",
            float(t.filter(~pl.col("paid"))["amount"].sum()),
        ),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        ask("stunden", "Stundensatz je Monteur"),
        ask("material", "Materialkosten je Auftrag"),
        ask("zufr", "Wie zufrieden sind unsere Kunden?"),
        ask("kundenwert", "Kundenwert von Bäckerei Müller"),
    ]
    return ClientFile("names_only", [path], "craftsman's invoices, customer names only, '1.234,50 €', d.m.yyyy", cases)


# --------------------------------------------------------------------------------------------------------
# 14. WooCommerce order export with every line item in one cell ('Espresso × 2, Mug × 1'), wc- status prefixes


def woo_cell(out: Path, rng: random.Random) -> ClientFile:
    items = ["Espresso Beans 1kg", "Filter Coffee 500g", "Milk Frother", "Travel Mug", "Descaler"]
    recs, rows = [], []
    for k in range(1000):
        c = skew(rng, 450)
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        its = rng.sample(items, rng.randrange(1, 4))
        cell = ", ".join(f"{i} × {rng.randrange(1, 4)}" for i in its)
        sub = round(rng.uniform(12, 220), 2)
        ship = 0.0 if sub > 60 else 5.9
        tax = round((sub + ship) * 0.19, 2)
        tot = round(sub + ship + tax, 2)
        u = rng.random()
        st = (
            "wc-cancelled"
            if u < 0.05
            else "wc-refunded"
            if u < 0.09
            else "wc-processing"
            if u < 0.2
            else "wc-completed"
        )
        pay = rng.choice(["PayPal", "Kreditkarte (Stripe)", "Klarna", "Direct bank transfer"])
        country = rng.choice(["DE", "DE", "AT", "NL"])
        rows.append(
            [
                10000 + k,
                when.strftime("%Y-%m-%d %H:%M"),
                st,
                f"c{c}@shop.example",
                country,
                pay,
                cell,
                f"{ship:.2f}",
                f"{tax:.2f}",
                f"{tot:.2f}",
            ]
        )
        recs.append(
            {
                "order_id": str(10000 + k),
                "customer_id": f"c{c}@shop.example",
                "order_date": when.date(),
                "amount": round(tot - tax, 2),
                "cancelled": st in ("wc-cancelled", "wc-refunded"),
                "st": st,
                "pay": pay,
                "country": country,
                "total": tot,
            }
        )
    t = frame(recs)
    path = out / "wc-orders-export-2024.csv"
    write_text(
        rows,
        [
            "Order Number",
            "Order Date",
            "Order Status",
            "Billing Email",
            "Billing Country",
            "Payment Method Title",
            "Items",
            "Shipping Total",
            "Order Tax",
            "Order Total",
        ],
        path,
    )
    cases = std(t, "en")
    cases[0].wrong["Order Total incl. tax"] = col_sum(t, "total")
    cases[0].wrong["Order Total of every order (status and tax ignored)"] = float(t["total"].sum())
    cases += [
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("refunded", "How many orders were refunded?", "scalar", where(t, st="wc-refunded").height),
        Case("by_country", "revenue by billing country", "breakdown", by(t, "country"), "revenue"),
        Case("q1", "revenue in Q1 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        ask("by_prod", "revenue by product"),
        ask("frother", "How many Milk Frothers did we sell?"),
        ask("margin", "margin by product"),
        ask("ctr", "newsletter open rate"),
    ]
    return ClientFile("woo_cell", [path], "WooCommerce, all items in one cell, wc- statuses, Order Tax", cases)


# --------------------------------------------------------------------------------------------------------
# 15. Eventbrite orders: one row per order, Ticket Type, Quantity, Total Paid, fees, Attendee Status Refunded


def eventbrite(out: Path, rng: random.Random) -> ClientFile:
    events = ["Data Summit 2024", "Python Meetup Berlin", "Design Sprint Workshop"]
    types = [("Early Bird", 49.0), ("Regular", 79.0), ("VIP", 199.0)]
    recs, rows = [], []
    for k in range(800):
        c = skew(rng, 380)
        when = rtime(rng, rdate(rng, dt.date(2024, 2, 1), D1))
        ev = rng.choice(events)
        tt, p = rng.choice(types)
        q = rng.choice([1, 1, 1, 2, 3])
        paid = round(p * q, 2)
        fee = round(paid * 0.035 + 0.99 * q, 2)
        st = "Refunded" if rng.random() < 0.07 else "Attending"
        rows.append(
            [
                f"{8800000000 + k * 11}",
                when.strftime("%m/%d/%Y %I:%M %p"),
                FIRST[c % len(FIRST)],
                LAST[c % len(LAST)],
                f"att{c}@events.example",
                ev,
                tt,
                q,
                f"{paid:.2f}",
                f"{fee:.2f}",
                "EUR",
                st,
            ]
        )
        recs.append(
            {
                "order_id": str(8800000000 + k * 11),
                "customer_id": f"att{c}@events.example",
                "order_date": when.date(),
                "amount": paid,
                "cancelled": st == "Refunded",
                "ev": ev,
                "tt": tt,
                "q": q,
                "fee": fee,
                "st": st,
            }
        )
    t = frame(recs)
    path = out / "Eventbrite_Orders_Report.csv"
    write_text(
        rows,
        [
            "Order #",
            "Order Date",
            "First Name",
            "Last Name",
            "Email",
            "Event Name",
            "Ticket Type",
            "Quantity",
            "Total Paid",
            "Eventbrite Fees",
            "Currency",
            "Attendee Status",
        ],
        path,
    )
    tickets = {str(k): float(v) for k, v in sales(t).group_by("tt").agg(pl.col("q").sum()).iter_rows()}
    cases = std(t, "en")
    cases += [
        Case("by_event", "revenue by event", "breakdown", by(t, "ev"), "revenue"),
        Case("tickets_tt", "tickets sold by ticket type", "breakdown", tickets),
        Case("refunds", "How many refunds?", "scalar", where(t, st="Refunded").height),
        Case("fees", "total Eventbrite fees", "scalar", col_sum(t, "fee"), alts=(float(t["fee"].sum()),)),
        Case("tickets", "How many tickets were sold?", "scalar", float(sales(t)["q"].sum())),
        ask("noshow", "What was the no-show rate?"),
        ask("speaker", "revenue by speaker"),
        ask("nps", "NPS by event"),
    ]
    return ClientFile("eventbrite", [path], "Eventbrite orders: Ticket Type, Quantity, Refunded attendees", cases)


# --------------------------------------------------------------------------------------------------------
# 16. Stripe balance history: Type charge/refund/payout/stripe_fee/adjustment, Amount/Fee/Net, Customer Email


def stripe_balance(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    charges: list[tuple[str, str, float, dt.datetime]] = []
    for k in range(1100):
        c = skew(rng, 420)
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        amt = round(rng.uniform(9, 250), 2)
        fee = round(amt * 0.014 + 0.25, 2)
        ch = f"ch_{(k * 48271) % 16**12:012x}"
        mail = f"user{c}@mail.example"
        rows.append(
            [
                f"txn_{k:08d}a",
                "charge",
                ch,
                f"{amt:.2f}",
                f"{fee:.2f}",
                f"{amt - fee:.2f}",
                "eur",
                when.strftime("%Y-%m-%d %H:%M"),
                f"Order {ch[-6:]}",
                mail,
            ]
        )
        recs.append(
            {
                "order_id": ch,
                "customer_id": mail,
                "order_date": when.date(),
                "amount": amt,
                "cancelled": False,
                "kind": "charge",
                "fee": fee,
            }
        )
        charges.append((ch, mail, amt, when))
        if rng.random() < 0.06:
            rwhen = when + dt.timedelta(days=rng.randrange(1, 15))
            ra = amt if rng.random() < 0.6 else round(amt / 2, 2)
            rows.append(
                [
                    f"txn_{k:08d}r",
                    "refund",
                    f"re_{ch[3:]}",
                    f"{-ra:.2f}",
                    "0.00",
                    f"{-ra:.2f}",
                    "eur",
                    rwhen.strftime("%Y-%m-%d %H:%M"),
                    f"Refund for {ch}",
                    mail,
                ]
            )
            recs.append(
                {
                    "order_id": ch,
                    "customer_id": mail,
                    "order_date": rwhen.date(),
                    "amount": -ra,
                    "cancelled": False,
                    "kind": "refund",
                    "fee": 0.0,
                }
            )
    payouts = 0.0
    for m in range(1, 10):
        p = round(rng.uniform(5000, 9000), 2)
        payouts += p
        rows.append(
            [
                f"txn_po{m:04d}",
                "payout",
                f"po_{m:010d}",
                f"{-p:.2f}",
                "0.00",
                f"{-p:.2f}",
                "eur",
                f"2024-{m + 1:02d}-02 06:00",
                "STRIPE PAYOUT",
                "",
            ]
        )
    rows.sort(key=lambda r: r[7])
    t = frame(recs)
    path = out / "balance_history.csv"
    write_text(
        rows,
        ["id", "Type", "Source", "Amount", "Fee", "Net", "Currency", "Created (UTC)", "Description", "Customer Email"],
        path,
    )
    refunds = float(-t.filter(pl.col("kind") == "refund")["amount"].sum())
    charged = t.filter(pl.col("kind") == "charge")
    cases = std(t, "en")
    cases[0].wrong["payouts subtracted"] = revenue(t) - payouts
    cases[0].wrong["Net (fees subtracted)"] = revenue(t) - float(t["fee"].sum())
    cases += [
        Case("net", "net revenue after refunds", "scalar", revenue(t), "revenue"),
        Case("refunds", "How much was refunded?", "scalar", refunds, alts=(-refunds,)),
        Case(
            "fees",
            "How much did we pay Stripe in fees?",
            "scalar",
            float(t["fee"].sum()),
            alts=(-float(t["fee"].sum()),),
        ),
        Case("payouts", "total payouts to the bank", "scalar", payouts, alts=(-payouts,)),
        Case("charges", "How many charges?", "scalar", charged.height),
        Case("sep", "revenue in September 2024", "scalar", revenue(in_month(t, 2024, 9)), "revenue"),
        ask("disputes", "dispute rate by card brand"),
        ask("country", "revenue by country"),
        ask("brand", "Umsatz nach Kartenmarke"),
    ]
    return ClientFile("stripe_balance", [path], "Stripe balance history: charge/refund/payout, Amount/Fee/Net", cases)


BUILDERS = [
    billbee,
    jtl,
    etsy,
    sumup,
    mollie,
    recurly,
    fitness,
    hotel,
    as400,
    amazon_settlement,
    fx_rate,
    serial_totals,
    names_only,
    woo_cell,
    eventbrite,
    stripe_balance,
]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a full ``--map`` where a header is truly unguessable (same files,
    same truth): an AS/400's cryptic headers, a hotel's guest number and arrival, a POS file's columns, a
    debtor account and the EUR column beside foreign amounts, Eventbrite's `Total Paid`, Etsy's buyer, a member
    list and a subscription list as customers tables."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "as400",
            {"KDNR": "customer_id", "BELNR": "order_id", "BELDAT": "order_date", "BETRAG": "amount"},
            "the full mapping of the AS/400 headers",
        ),
        again(
            "hotel",
            {"Gastnummer": "customer_id", "Res.-Nr.": "order_id", "Anreise": "order_date", "Gesamt netto": "amount"},
            "guest number, arrival and Gesamt netto mapped",
        ),
        again(
            "sumup",
            {"Transaktions-ID": "order_id", "Datum": "order_date", "Betrag": "amount"},
            "transaction id, date and Betrag mapped (no customer)",
        ),
        again("fx_rate", {"Debitor": "customer_id", "Betrag EUR": "amount"}, "Debitor and Betrag EUR mapped"),
        again("eventbrite", {"Total Paid": "amount"}, "'Total Paid=amount' (the refusal asked for an amount)"),
        again("etsy", {"Buyer User ID": "customer_id"}, "'Buyer User ID=customer_id' (the refusal's closest)"),
        ClientFile(
            "fitness_map",
            f["fitness"].paths,
            "fitness with --map 'Mitgliedsnr=customer_id' --table customers",
            f["fitness"].cases,
            mapping={"Mitgliedsnr": "customer_id"},
            table="customers",
        ),
        ClientFile(
            "recurly_map",
            f["recurly"].paths,
            "recurly with --map 'account_code=customer_id' --table customers",
            f["recurly"].cases,
            mapping={"account_code": "customer_id"},
            table="customers",
        ),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client5_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):40s} cases={len(cf.cases)} ask_back={n_ask}")
