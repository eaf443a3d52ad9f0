"""A fourth, independent set of client exports (round 4), each with its ground truth and a consultant's questions.

    python tests/clients4/make_clients4.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/query/**``, ``insight/semantic/**``, ``insight/io/**`` or
``insight/conventions*`` was read. The expected values follow /work/shared/spec/metrics.md, answers.md and
docs/import.md (what insight promises). Every file is written the way the client's system delivers it (Shopify
with order fields on the first line only, a PayPal activity download, Xero and QuickBooks reports, sevDesk
vouchers with expenses, Pipedrive deals, a wide monthly pivot, EUR/CHF mixed order lines, Excel serial dates,
Latin-1 tab text, JSON lines, Square items, Shopware 6 API headers, Excel subtotal rows, Swiss apostrophes,
ISO week columns) from a *truth* frame holding the meaning of each line. Expected answers come from that truth
frame in plain polars (analysis date = day after the last order, cancelled/refunded/voided/lost/drafts never
sales, returns and credit notes subtract), never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), imported.
Deterministic (seeded ``random.Random``), small (300-2,000 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import json
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
    customers,
    de_num,
    frame,
    in_month,
    in_quarter,
    in_year,
    last_complete_month,
    orders,
    rdate,
    revenue,
    rtime,
    sales,
    skew,
    std,
    top,
    where,
    write_text,
)

SEED = 20261208

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2024, 1, 1), dt.date(2024, 10, 15)


def en_num(x: float) -> str:
    return f"{x:,.2f}"


def ch_num(x: float) -> str:
    """Swiss: apostrophe thousands, decimal point (1'234.50)."""
    return ("-" if x < 0 else "") + f"{abs(x):,.2f}".replace(",", "'")


def usd(x: float) -> str:
    return ("-" if x < 0 else "") + f"${abs(x):,.2f}"


def cnt(t: pl.DataFrame, **eq: object) -> int:
    return where(t, **eq)["order_id"].n_unique()


def total(t: pl.DataFrame, col: str) -> float:
    return float(t[col].sum())


# --------------------------------------------------------------------------------------------------------
# 1. Shopify orders export as Shopify writes it: one row per line item, the order's fields (Email, Financial
#    Status, Paid at, Created at, Total, Billing Country) only on the order's first line


def shopify_lines(out: Path, rng: random.Random) -> ClientFile:
    mails = [f"{rng.choice(['emma', 'liam', 'sofia', 'noah', 'lea', 'finn'])}{i}@mail.example" for i in range(450)]
    items = [
        ("Organic Tee", 29.0, "Northwind"),
        ("Hoodie Grey", 59.0, "Northwind"),
        ("Cap", 19.5, "Capsule"),
        ("Socks 3-Pack", 12.9, "Capsule"),
        ("Rain Jacket", 119.0, "Stormline"),
        ("Tote Bag", 15.0, "Capsule"),
    ]
    recs, rows = [], []
    for k in range(1100):
        m = None if rng.random() < 0.05 else mails[skew(rng, len(mails))]
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        u = rng.random()
        fin = "refunded" if u < 0.06 else "voided" if u < 0.09 else "paid"
        country = rng.choice(["DE", "DE", "DE", "AT", "CH", "NL"])
        lines = rng.sample(items, rng.randrange(1, 4))
        amounts = [(nm, rng.randrange(1, 4), p, v) for nm, p, v in lines]
        sub = round(sum(q * p for _, q, p, _ in amounts), 2)
        ship = 0.0 if sub >= 75 else 4.9
        for i, (nm, q, p, v) in enumerate(amounts):
            first = i == 0
            rows.append(
                [
                    f"#{1001 + k}",
                    (m or "") if first else "",
                    fin if first else "",
                    when.strftime("%Y-%m-%d %H:%M:%S +0100") if first and fin != "voided" else "",
                    "fulfilled" if first and fin == "paid" else "",
                    "EUR" if first else "",
                    f"{sub:.2f}" if first else "",
                    f"{ship:.2f}" if first else "",
                    f"{sub + ship:.2f}" if first else "",
                    when.strftime("%Y-%m-%d %H:%M:%S +0100") if first else "",
                    q,
                    nm,
                    f"{p:.2f}",
                    f"SKU-{items.index((nm, p, v)) + 100}",
                    country if first else "",
                    v,
                ]
            )
            recs.append(
                {
                    "order_id": f"#{1001 + k}",
                    "customer_id": m,
                    "order_date": when.date(),
                    "amount": round(q * p, 2),
                    "cancelled": fin != "paid",
                    "fin": fin,
                    "country": country,
                    "vendor": v,
                    "product": nm,
                    "q": q,
                    "first": first,
                    "total": (sub + ship) if first else 0.0,
                }
            )
    t = frame(recs)
    path = out / "orders_export_1.csv"
    write_text(
        rows,
        [
            "Name",
            "Email",
            "Financial Status",
            "Paid at",
            "Fulfillment Status",
            "Currency",
            "Subtotal",
            "Shipping",
            "Total",
            "Created at",
            "Lineitem quantity",
            "Lineitem name",
            "Lineitem price",
            "Lineitem sku",
            "Billing Country",
            "Vendor",
        ],
        path,
    )
    status_first_only = t.with_columns(cancelled=pl.col("cancelled") & pl.col("first"))
    first_only = t.filter(pl.col("first"))
    cases = std(t, "en")
    cases[0].wrong.update(
        {
            "status only on first lines (later lines of refunded/voided orders counted)": revenue(status_first_only),
            "order Total (incl. shipping) summed": float(sales(t)["total"].sum()),
            "first lines only": revenue(first_only),
        }
    )
    cases[5].wrong["later lines unattributed"] = top(first_only)
    y, mo = last_complete_month(t)
    cases += [
        Case(
            "by_country",
            "revenue by billing country",
            "breakdown",
            by(t, "country"),
            "revenue",
            wrong={
                "later lines without country": by(
                    t.with_columns(country=pl.when(pl.col("first")).then(pl.col("country"))), "country"
                )
            },
        ),
        Case(
            "by_vendor",
            "revenue by vendor",
            "breakdown",
            by(t, "vendor"),
            "revenue",
            wrong={"status only on first lines": by(status_first_only, "vendor")},
        ),
        Case(
            "refunded",
            "How many orders were refunded?",
            "scalar",
            cnt(t, fin="refunded"),
            None,
            alts=(t.filter(pl.col("cancelled"))["order_id"].n_unique(),),
        ),
        Case(
            "units",
            "How many items did we sell?",
            "scalar",
            float(sales(t)["q"].sum()),
            "quantity",
            wrong={"status only on first lines": float(sales(status_first_only)["q"].sum())},
        ),
        Case("last_month", "revenue last month", "scalar", revenue(in_month(t, y, mo)), "revenue"),
        Case(
            "de_q2",
            "revenue from Germany in Q2 2024",
            "scalar",
            revenue(where(in_quarter(t, 2024, 2), country="DE")),
            "revenue",
        ),
        Case("cl_source", "revenue by traffic source", "clarify"),
        Case("cl_rep", "Which sales rep sold the most?", "clarify"),
    ]
    return ClientFile(
        "shopify_lines",
        [path],
        "Shopify orders export: one row per line item; Email, Financial "
        "Status (paid/refunded/voided), Paid at, Created at '2024-03-05 14:22:10 +0100', Subtotal, "
        "Total (incl. shipping), Billing Country only on the order's first line. Revenue = Σ "
        "Lineitem quantity × Lineitem price of paid orders.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 2. PayPal activity download (German): Brutto/Gebühr/Netto, Typ Website-Zahlung / Rückzahlung /
#    Allgemeine Abbuchung (payout to the bank, no customer)


def paypal(out: Path, rng: random.Random) -> ClientFile:
    mails = [f"{rng.choice(['k.meier', 'j.schulz', 'a.wolf', 'm.koch', 's.bauer'])}{i}@web.example" for i in range(380)]
    prods = ["Kurs Aquarell", "Kurs Acryl", "Malset Basis", "Malset Profi", "Gutschein 50"]
    recs, rows, payouts = [], [], []
    day = D0
    k = 0
    while day <= D1:
        for _ in range(rng.randrange(1, 8)):
            m = mails[skew(rng, len(mails))]
            when = rtime(rng, day, 7, 23)
            gross = round(rng.choice([39.0, 49.0, 89.0, 129.0, 50.0]) * rng.randrange(1, 3), 2)
            fee = -round(gross * 0.0249 + 0.35, 2)
            code = f"{k:04d}{rng.randrange(10**12):012d}X"[:17]
            prod = rng.choice(prods)
            rows.append(
                [
                    when.strftime("%d.%m.%Y"),
                    when.strftime("%H:%M:%S"),
                    "Europe/Berlin",
                    m.split("@")[0].title(),
                    "Website-Zahlung",
                    "Abgeschlossen",
                    "EUR",
                    de_num(gross),
                    de_num(fee),
                    de_num(gross + fee),
                    m,
                    "shop@malschule.example",
                    code,
                    "",
                    prod,
                ]
            )
            recs.append(
                {
                    "order_id": code,
                    "customer_id": m,
                    "order_date": when.date(),
                    "amount": gross,
                    "fee": fee,
                    "cancelled": False,
                    "product": prod,
                    "kind": "sale",
                }
            )
            k += 1
            if rng.random() < 0.05:
                rday = min(D1, day + dt.timedelta(days=rng.randrange(1, 10)))
                rcode = f"R{k:04d}{rng.randrange(10**11):011d}"[:17]
                rows.append(
                    [
                        rday.strftime("%d.%m.%Y"),
                        "10:00:00",
                        "Europe/Berlin",
                        m.split("@")[0].title(),
                        "Rückzahlung",
                        "Abgeschlossen",
                        "EUR",
                        de_num(-gross),
                        de_num(0.0),
                        de_num(-gross),
                        m,
                        "shop@malschule.example",
                        rcode,
                        code,
                        prod,
                    ]
                )
                recs.append(
                    {
                        "order_id": rcode,
                        "customer_id": m,
                        "order_date": rday,
                        "amount": -gross,
                        "fee": 0.0,
                        "cancelled": False,
                        "product": prod,
                        "kind": "refund",
                    }
                )
        if day.weekday() == 4:
            amt = round(rng.uniform(300, 1500), 2)
            rows.append(
                [
                    day.strftime("%d.%m.%Y"),
                    "18:00:00",
                    "Europe/Berlin",
                    "Sparkasse",
                    "Allgemeine Abbuchung",
                    "Abgeschlossen",
                    "EUR",
                    de_num(-amt),
                    de_num(0.0),
                    de_num(-amt),
                    "",
                    "",
                    f"P{k:016d}",
                    "",
                    "",
                ]
            )
            payouts.append(amt)
        day += dt.timedelta(days=1)
    rows.sort(key=lambda r: (dt.datetime.strptime(r[0], "%d.%m.%Y"), r[1]))
    t = frame(recs)
    path = out / "Download.CSV"
    write_text(
        rows,
        [
            "Datum",
            "Uhrzeit",
            "Zeitzone",
            "Name",
            "Typ",
            "Status",
            "Währung",
            "Brutto",
            "Gebühr",
            "Netto",
            "Absender E-Mail-Adresse",
            "Empfänger E-Mail-Adresse",
            "Transaktionscode",
            "Zugehöriger Transaktionscode",
            "Artikelbezeichnung",
        ],
        path,
        bom=b"\xef\xbb\xbf",
    )
    refunds = float(-t.filter(pl.col("kind") == "refund")["amount"].sum())
    cases = std(t, "de")
    cases[0].wrong.update(
        {
            "Netto (fees subtracted)": revenue(t) + total(t, "fee"),
            "bank payouts subtracted": revenue(t) - sum(payouts),
            "fees and payouts subtracted": revenue(t) + total(t, "fee") - sum(payouts),
        }
    )
    cases += [
        Case(
            "fees",
            "Wie viel PayPal-Gebühren haben wir gezahlt?",
            "scalar",
            -total(t, "fee"),
            None,
            alts=(total(t, "fee"),),
        ),
        Case("refunds", "Wie viel wurde erstattet?", "scalar", refunds, None, alts=(-refunds,)),
        Case(
            "payouts",
            "Wie viel wurde auf das Bankkonto ausgezahlt?",
            "scalar",
            sum(payouts),
            None,
            alts=(-sum(payouts),),
        ),
        Case("by_prod", "Umsatz nach Artikelbezeichnung", "breakdown", by(t, "product"), "revenue"),
        Case("june", "Umsatz im Juni 2024", "scalar", revenue(in_month(t, 2024, 6)), "revenue"),
        Case("cl_ship", "Umsatz nach Versandart", "clarify"),
        Case("cl_amazon", "Wie viele Bestellungen kamen über Amazon?", "clarify"),
    ]
    return ClientFile(
        "paypal",
        [path],
        "PayPal activity download (German, UTF-8 BOM): Brutto/Gebühr/Netto "
        "'1.234,56', Typ Website-Zahlung / Rückzahlung (negative) / Allgemeine Abbuchung (payout to the "
        "bank, no e-mail), Absender E-Mail-Adresse = customer, Transaktionscode. Revenue = Σ Brutto of "
        "payments and refunds; payouts are neither revenue nor returns, fees are costs.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 3. Xero invoice export: Type 'Sales invoice' / 'Sales credit note' with positive amounts, Status
#    PAID/AUTHORISED/VOIDED/DRAFT, InvoiceDate '05 Mar 2024', SubTotal (net) / Total (gross)


def xero(out: Path, rng: random.Random) -> ClientFile:
    firms = [
        f"{rng.choice(['Harbour', 'Summit', 'Kiwi', 'Fern', 'Tui', 'Rimu'])} "
        f"{rng.choice(['Studio', 'Ltd', 'Partners', 'Traders', 'Group'])} {i}"
        for i in range(160)
    ]
    recs, rows = [], []
    ni, nc = 0, 0
    for _ in range(900):
        c = firms[skew(rng, len(firms))]
        d = rdate(rng, dt.date(2023, 11, 1), D1)
        credit = rng.random() < 0.08
        u = rng.random()
        status = "VOIDED" if u < 0.05 else "DRAFT" if u < 0.09 else "AUTHORISED" if u < 0.25 else "PAID"
        sub = round(rng.lognormvariate(6.3, 0.7), 2)
        if credit:
            sub = round(sub * 0.3, 2)
            nc += 1
            num = f"CN-{nc:04d}"
        else:
            ni += 1
            num = f"INV-{ni:04d}"
        tax = round(sub * 0.15, 2)
        due = d + dt.timedelta(days=30)
        paid = sub + tax if status == "PAID" else 0.0
        region = rng.choice(["North Island", "South Island", "Australia"])
        mail = f"accounts@{c.split()[0].lower()}{firms.index(c)}.example"
        rows.append(
            [
                c,
                mail,
                num,
                f"PO-{rng.randrange(9999)}",
                d.strftime("%d %b %Y"),
                due.strftime("%d %b %Y"),
                "Sales credit note" if credit else "Sales invoice",
                status,
                "NZD",
                f"{sub:.2f}",
                f"{tax:.2f}",
                f"{sub + tax:.2f}",
                f"{paid:.2f}",
                f"{sub + tax - paid:.2f}" if status != "VOIDED" else "0.00",
                "Region",
                region,
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": mail,
                "order_date": d,
                "amount": -sub if credit else sub,
                "gross": -(sub + tax) if credit else sub + tax,
                "credit": credit,
                "status": status,
                "cancelled": status in ("VOIDED", "DRAFT"),
                "due": due,
                "open": sub + tax - paid,
                "region": region,
            }
        )
    t = frame(recs)
    path = out / "Export_Invoices.csv"
    write_text(
        rows,
        [
            "ContactName",
            "EmailAddress",
            "InvoiceNumber",
            "Reference",
            "InvoiceDate",
            "DueDate",
            "Type",
            "Status",
            "Currency",
            "SubTotal",
            "TotalTax",
            "Total",
            "AmountPaid",
            "AmountDue",
            "TrackingName1",
            "TrackingOption1",
        ],
        path,
    )
    credits_added = t.with_columns(amount=pl.col("amount").abs())
    cases = std(t, "en")
    cases[0].wrong.update(
        {
            "credit notes added": revenue(credits_added),
            "Total (incl. tax) summed": float(sales(t)["gross"].sum()),
            "drafts counted": revenue(t.with_columns(cancelled=pl.col("status") == "VOIDED")),
        }
    )
    a = t["order_date"].max() + dt.timedelta(days=1)  # type: ignore[operator]
    open_inv = t.filter((pl.col("status") == "AUTHORISED") & ~pl.col("credit"))
    cn = t.filter(pl.col("credit") & ~pl.col("cancelled"))
    cases += [
        Case(
            "by_region",
            "revenue by region",
            "breakdown",
            by(t, "region"),
            "revenue",
            wrong={"credit notes added": by(credits_added, "region")},
        ),
        Case("outstanding", "How much is still outstanding on invoices?", "scalar", total(open_inv, "open"), None),
        Case("overdue", "How many invoices are overdue?", "scalar", open_inv.filter(pl.col("due") < a).height, None),
        Case(
            "credit_total",
            "total of credit notes",
            "scalar",
            float(-cn["amount"].sum()),
            None,
            alts=(float(cn["amount"].sum()), float(-cn["gross"].sum())),
        ),
        Case("q3", "revenue in Q3 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("cl_rep", "revenue by salesperson", "clarify"),
        Case("cl_prod", "Which product sold best?", "clarify"),
    ]
    return ClientFile(
        "xero",
        [path],
        "Xero invoice export: Type Sales invoice / Sales credit note (amounts "
        "positive), Status PAID/AUTHORISED/VOIDED/DRAFT, InvoiceDate '05 Mar 2024', SubTotal (net), "
        "EmailAddress (the customer id by docs/import.md, ContactName its name), "
        "Total (gross), AmountDue, TrackingName1=Region / TrackingOption1. Revenue = Σ SubTotal of "
        "invoices − credit notes, VOIDED and DRAFT never.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 4. QuickBooks 'Sales by Customer Detail' report: title lines, the customer only on a section row, 'Total for
#    <customer>' subtotal rows, a TOTAL line and a footer time stamp


def quickbooks(out: Path, rng: random.Random) -> ClientFile:
    names = [
        f"{rng.choice(['Anderson', 'Baker', 'Carter', 'Diaz', 'Evans', 'Foster'])} "
        f"{rng.choice(['LLC', 'Inc', 'Co', 'Design', 'Bakery'])} {i}"
        for i in range(90)
    ]
    prods = [("Consulting", 95.0), ("Workshop", 450.0), ("Website care", 79.0), ("Hosting", 25.0)]
    recs = []
    num = 1000
    for _ in range(700):
        c = names[skew(rng, len(names))]
        d = rdate(rng, D0, D1)
        u = rng.random()
        typ = "Credit Memo" if u < 0.06 else "Refund" if u < 0.08 else "Sales Receipt" if u < 0.3 else "Invoice"
        p, price = rng.choice(prods)
        q = rng.randrange(1, 6)
        num += 1
        sign = -1 if typ in ("Credit Memo", "Refund") else 1
        recs.append(
            {
                "order_id": str(num),
                "customer_id": c,
                "order_date": d,
                "amount": sign * q * price,
                "q": sign * q,
                "price": price,
                "type": typ,
                "product": p,
                "cancelled": False,
            }
        )
    t = frame(recs).sort("customer_id", "order_date", "order_id")
    lines = [
        "Sales by Customer Detail",
        "Brightside Web Services",
        "January 1 - October 15, 2024",
        "",
        ",Date,Transaction Type,Num,Product/Service,Memo/Description,Qty,Sales Price,Amount,Balance",
    ]
    for (c,), g in t.group_by(["customer_id"], maintain_order=True):
        lines.append(f'"{c}",,,,,,,,,')
        bal = 0.0
        for r in g.iter_rows(named=True):
            bal += r["amount"]
            lines.append(
                f",{r['order_date'].strftime('%m/%d/%Y')},{r['type']},{r['order_id']},{r['product']},,"
                f'{r["q"]},{r["price"]:.2f},"{en_num(r["amount"])}","{en_num(bal)}"'
            )
        lines.append(f'"Total for {c}",,,,,,"{g["q"].sum()}",,"${en_num(bal)}",')
    lines += [
        f'TOTAL,,,,,,"{t["q"].sum()}",,"${en_num(float(t["amount"].sum()))}",',
        "",
        "",
        "Tuesday, Oct 15, 2024 09:12:44 AM GMT-04:00",
    ]
    path = out / "Sales by Customer Detail.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases = std(t, "en")
    cases[0].wrong.update(
        {
            "subtotal rows counted": 2 * revenue(t),
            "subtotals and TOTAL counted": 3 * revenue(t),
            "credit memos added": float(t["amount"].abs().sum()),
        }
    )
    cn = t.filter(pl.col("type") == "Credit Memo")
    cases += [
        Case("by_prod", "revenue by product/service", "breakdown", by(t, "product"), "revenue"),
        Case(
            "credit_memos",
            "total of credit memos",
            "scalar",
            float(-cn["amount"].sum()),
            None,
            alts=(float(cn["amount"].sum()),),
        ),
        Case("q2", "revenue in Q2 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case(
            "workshops",
            "How many workshops did we sell?",
            "scalar",
            float(where(t, product="Workshop")["q"].sum()),
            None,
        ),
        Case("cl_class", "revenue by class", "clarify"),
        Case("cl_terms", "average payment terms", "clarify"),
    ]
    return ClientFile(
        "quickbooks",
        [path],
        "QuickBooks Online report 'Sales by Customer Detail' as CSV: three "
        "title lines, the customer only on its section row, transactions with an empty first column, "
        "'Total for <customer>' rows, a TOTAL row and a time-stamp footer; Credit Memo / Refund "
        "negative; dates 03/05/2024.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 5. sevDesk voucher list: income (Einnahme) and expenses (Ausgabe, positive amounts) in one list


def sevdesk(out: Path, rng: random.Random) -> ClientFile:
    kunden = [
        f"{rng.choice(['Müller', 'Schmidt', 'Weber', 'Fischer', 'Becker'])} "
        f"{rng.choice(['GmbH', 'KG', 'Bau', 'Design', 'Praxis'])} {i}"
        for i in range(140)
    ]
    lieferanten = ["Deutsche Telekom", "Vermietung Schulz", "Büro Kaiser", "Lufthansa", "Amazon EU", "Großhandel Nord"]
    cats_out = {
        "Deutsche Telekom": "Telefon",
        "Vermietung Schulz": "Miete",
        "Büro Kaiser": "Bürobedarf",
        "Lufthansa": "Reisekosten",
        "Amazon EU": "Bürobedarf",
        "Großhandel Nord": "Wareneingang",
    }
    recs, rows = [], []
    for k in range(1000):
        d = rdate(rng, D0, D1)
        income = rng.random() < 0.7
        u = rng.random()
        status = "Storniert" if u < 0.04 else "Entwurf" if u < 0.08 else "Offen" if u < 0.25 else "Bezahlt"
        if income:
            c = kunden[skew(rng, len(kunden))]
            cat = rng.choice(["Erlöse 19 %", "Erlöse 19 %", "Erlöse 7 %"])
            net = round(rng.lognormvariate(6.0, 0.6), 2)
        else:
            c = rng.choice(lieferanten)
            cat = cats_out[c]
            net = round(rng.lognormvariate(5.0, 0.8), 2)
        rate = 0.07 if "7" in cat else 0.19
        tax = round(net * rate, 2)
        num = f"RE-{k + 1:05d}" if income else f"ER-{k + 1:05d}"
        rows.append(
            [
                num,
                d.strftime("%d.%m.%Y"),
                c,
                "Einnahme" if income else "Ausgabe",
                cat,
                status,
                de_num(net),
                de_num(tax),
                de_num(net + tax),
                (d + dt.timedelta(days=rng.randrange(3, 20))).strftime("%d.%m.%Y") if status == "Bezahlt" else "",
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": c,
                "order_date": d,
                "amount": net,
                "gross": net + tax,
                "income": income,
                "cat": cat,
                "status": status,
                "cancelled": (not income) or status in ("Storniert", "Entwurf"),
            }
        )
    t = frame(recs)
    path = out / "Belege_Export.csv"
    write_text(
        rows,
        [
            "Belegnummer",
            "Belegdatum",
            "Kontakt",
            "Belegart",
            "Buchungskategorie",
            "Status",
            "Netto",
            "Steuer",
            "Brutto",
            "Zahlungsdatum",
        ],
        path,
        sep=";",
        bom=b"\xef\xbb\xbf",
    )
    all_in = t.with_columns(cancelled=pl.col("status").is_in(["Storniert", "Entwurf"]))
    expenses = all_in.filter(~pl.col("income") & ~pl.col("cancelled"))
    cases = std(t, "de")
    cases[0].wrong.update(
        {"Ausgaben als Umsatz gezählt": revenue(all_in), "Ausgaben abgezogen": revenue(t) - total(expenses, "amount")}
    )
    cases[2].wrong["Lieferanten als Kunden"] = customers(all_in)
    offen = t.filter(pl.col("income") & (pl.col("status") == "Offen"))
    cases += [
        Case(
            "ausgaben",
            "Wie hoch waren die Ausgaben insgesamt?",
            "scalar",
            total(expenses, "amount"),
            None,
            alts=(total(expenses, "gross"),),
        ),
        Case(
            "by_cat",
            "Umsatz nach Buchungskategorie",
            "breakdown",
            by(t, "cat"),
            "revenue",
            wrong={"Ausgaben als Umsatz": by(all_in, "cat")},
        ),
        Case(
            "offen",
            "Wie viel ist aus offenen Rechnungen noch ausstehend?",
            "scalar",
            total(offen, "gross"),
            None,
            alts=(total(offen, "amount"),),
        ),
        Case(
            "q1",
            "Umsatz im 1. Quartal 2024",
            "scalar",
            revenue(in_quarter(t, 2024, 1)),
            "revenue",
            wrong={"Ausgaben als Umsatz": revenue(in_quarter(all_in, 2024, 1))},
        ),
        Case("cl_rep", "Umsatz nach Vertriebsmitarbeiter", "clarify"),
        Case("cl_cost", "Umsatz nach Kostenstelle", "clarify"),
    ]
    return ClientFile(
        "sevdesk",
        [path],
        "sevDesk voucher list (UTF-8 BOM, ';'): Belegart Einnahme / Ausgabe (expenses "
        "with positive amounts, suppliers in Kontakt), Status Bezahlt/Offen/Entwurf/Storniert, Netto/"
        "Steuer/Brutto '1.234,56'. Revenue = Σ Netto of Einnahme not Entwurf/Storniert.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 6. Pipedrive deals export: 'Deal - ' prefixed headers, status won/lost/open, Won time only on won deals


def pipedrive(out: Path, rng: random.Random) -> ClientFile:
    orgs = [
        f"{rng.choice(['Nordlicht', 'Alpen', 'Rhein', 'Elbe', 'Isar'])} "
        f"{rng.choice(['Logistik', 'Medien', 'Energie', 'Software', 'Handel'])} {i}"
        for i in range(150)
    ]
    owners = ["Julia Hahn", "Tobias Wolf", "Sarah Lang"]
    recs, rows = [], []
    for k in range(600):
        o = orgs[skew(rng, len(orgs))]
        created = rtime(rng, rdate(rng, dt.date(2023, 10, 1), dt.date(2024, 9, 1)), 8, 18)
        u = rng.random()
        status = "won" if u < 0.45 else "lost" if u < 0.75 else "open"
        close = created + dt.timedelta(days=rng.randrange(5, 60), hours=rng.randrange(0, 8))
        close = min(close, dt.datetime(2024, 10, 15, 17))
        value = float(rng.choice([2500, 4800, 7500, 12000, 18000, 25000]))
        owner = rng.choice(owners)
        stage = {
            "won": "Vertrag unterschrieben",
            "lost": "Angebot",
            "open": rng.choice(["Qualifiziert", "Angebot", "Verhandlung"]),
        }[status]
        rows.append(
            [
                5000 + k,
                f"{o} – Rahmenvertrag",
                o,
                f"{value:.0f}",
                "EUR",
                status,
                "Neukunden",
                stage,
                owner,
                created.strftime("%Y-%m-%d %H:%M:%S"),
                close.strftime("%Y-%m-%d %H:%M:%S") if status == "won" else "",
                close.strftime("%Y-%m-%d %H:%M:%S") if status == "lost" else "",
                (created + dt.timedelta(days=45)).strftime("%Y-%m-%d"),
            ]
        )
        recs.append(
            {
                "order_id": str(5000 + k),
                "customer_id": o,
                "order_date": close.date(),
                "created": created.date(),
                "amount": value,
                "cancelled": status != "won",
                "status": status,
                "owner": owner,
            }
        )
    t = frame(recs)
    path = out / "deals-export.csv"
    write_text(
        rows,
        [
            "Deal - ID",
            "Deal - Title",
            "Deal - Organization",
            "Deal - Value",
            "Deal - Currency",
            "Deal - Status",
            "Deal - Pipeline",
            "Deal - Stage",
            "Deal - Owner",
            "Deal - Deal created",
            "Deal - Won time",
            "Deal - Lost time",
            "Deal - Expected close date",
        ],
        path,
    )
    by_created = t.with_columns(order_date=pl.col("created"))
    cases = std(t, "en")
    cases[0].wrong.update(
        {
            "open and lost deals counted": float(t["amount"].sum()),
            "open deals counted": revenue(t.with_columns(cancelled=pl.col("status") == "lost")),
        }
    )
    won, lost = cnt(t, status="won"), cnt(t, status="lost")
    cases += [
        Case("won", "How many deals did we win?", "scalar", won, None),
        Case("pipeline", "total value of open deals", "scalar", total(where(t, status="open"), "amount"), None),
        Case(
            "win_rate",
            "What is our win rate?",
            "scalar",
            won / (won + lost),
            None,
            alts=(100 * won / (won + lost), won / t.height, 100 * won / t.height),
        ),
        Case("by_owner", "revenue by deal owner", "breakdown", by(t, "owner"), "revenue"),
        Case(
            "q2",
            "revenue in Q2 2024",
            "scalar",
            revenue(in_quarter(t, 2024, 2)),
            "revenue",
            wrong={"dated by creation": revenue(in_quarter(by_created, 2024, 2))},
        ),
        Case("cl_ind", "revenue by industry", "clarify"),
        Case("cl_src", "Which lead source brings the most revenue?", "clarify"),
    ]
    return ClientFile(
        "pipedrive",
        [path],
        "Pipedrive deals export: 'Deal - ' prefixed headers, Deal - Status "
        "won/lost/open, Deal - Won time only on won deals (empty otherwise), Deal - Deal created on "
        "every deal, Deal - Organization = customer. Revenue = Σ value of won deals on their won date.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 7. A wide monthly pivot: one column per month and a 'Summe' column (must be unpivoted or refused clearly)


MONTHS_DE = ["Jan", "Feb", "Mrz", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt"]


def wide_pivot(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for i in range(120):
        cid = f"K{10001 + i}"
        vals: list[str] = []
        s = 0.0
        base = rng.lognormvariate(6.5, 0.8)
        for m in range(1, 11):
            if rng.random() < 0.55:
                v = round(base * rng.uniform(0.4, 1.6), 2)
                s += v
                vals.append(de_num(v))
                recs.append(
                    {
                        "order_id": f"{cid}|{m}",
                        "customer_id": cid,
                        "order_date": dt.date(2024, m, 1),
                        "amount": v,
                        "cancelled": False,
                    }
                )
            else:
                vals.append("")
        rows.append([cid, f"Kunde {i + 1}", *vals, de_num(s)])
    t = frame(recs)
    path = out / "Umsatz_je_Kunde_2024.csv"
    write_text(rows, ["Kundennr.", "Kundenname", *[f"{m} 24" for m in MONTHS_DE], "Summe"], path, sep=";")
    cases = [
        Case(
            "revenue",
            "Wie hoch ist der Gesamtumsatz 2024?",
            "scalar",
            revenue(t),
            "revenue",
            wrong={"Summe column counted as a month": 2 * revenue(t)},
        ),
        Case("customers", "Wie viele Kunden hatten Umsatz?", "scalar", customers(t), "customers"),
        Case("top5", "Die 5 umsatzstärksten Kunden", "top", top(t), "revenue"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue"),
        Case("q2", "Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("march", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case(
            "oct_cust",
            "Wie viele Kunden hatten im Oktober 2024 Umsatz?",
            "scalar",
            customers(in_month(t, 2024, 10)),
            "customers",
        ),
        Case("per_cust", "durchschnittlicher Umsatz pro Kunde", "scalar", revenue(t) / customers(t), None),
        Case("cl_prod", "Umsatz nach Produktgruppe", "clarify"),
        Case("cl_region", "Umsatz nach Region", "clarify"),
    ]
    return ClientFile(
        "wide_pivot",
        [path],
        "A controller's pivot: Kundennr.; Kundenname; one column per month "
        "'Jan 24' … 'Okt 24' ('1.234,56', empty = nothing); a 'Summe' column. Must be read as one "
        "value per customer and month (dated on the 1st) or refused in one clear line.",
        cases,
        import_may_fail="a wide monthly pivot may be refused in one line asking to unpivot it",
    )


# --------------------------------------------------------------------------------------------------------
# 8. B2B order lines in EUR and CHF (a Währung column): money over both must never be summed


def b2b_currency(out: Path, rng: random.Random) -> ClientFile:
    cust = [(f"{10000 + i}", rng.choice(["DE", "DE", "AT", "CH", "CH"])) for i in range(160)]
    arts = [("Ventil DN25", 48.0), ("Pumpe P200", 890.0), ("Dichtungssatz", 12.5), ("Steuergerät", 1450.0)]
    recs, rows = [], []
    for k in range(800):
        cid, land = cust[skew(rng, len(cust))]
        cur = "CHF" if land == "CH" else "EUR"
        d = rdate(rng, D0, D1)
        doc = f"AB{24000 + k}"
        for art, p in rng.sample(arts, rng.randrange(1, 3)):
            q = rng.randrange(1, 8)
            price = round(p * (1.08 if cur == "CHF" else 1.0), 2)
            amt = round(q * price, 2)
            rows.append([doc, d.strftime("%d.%m.%Y"), cid, art, q, de_num(price), cur, de_num(amt), land])
            recs.append(
                {
                    "order_id": doc,
                    "customer_id": cid,
                    "order_date": d,
                    "amount": amt,
                    "cur": cur,
                    "cancelled": False,
                    "land": land,
                }
            )
    t = frame(recs)
    path = out / "Auftragspositionen_EUR_CHF.csv"
    write_text(
        rows,
        ["Belegnr", "Datum", "Kundennr", "Artikel", "Menge", "Preis", "Währung", "Positionswert", "Land"],
        path,
        sep=";",
    )
    eur, chf = where(t, cur="EUR"), where(t, cur="CHF")
    summed = {"EUR and CHF summed": revenue(t)}
    return ClientFile(
        "b2b_currency",
        [path],
        "B2B order lines (';', '1.234,56') with a Währung column: EUR for "
        "DE/AT customers, CHF for Swiss ones. Money figures over both currencies must be asked back "
        "(docs/import.md: answers never add them up); 'Umsatz in EUR' filters.",
        [
            Case("revenue", "Wie viel Umsatz haben wir insgesamt gemacht?", "clarify", wrong=summed),
            Case("eur", "Umsatz in EUR", "scalar", revenue(eur), "revenue", wrong=summed),
            Case("chf", "Umsatz in CHF", "scalar", revenue(chf), "revenue", wrong=summed),
            Case("by_cur", "Umsatz nach Währung", "breakdown", by(t, "cur"), "revenue"),
            Case("orders", "Anzahl Bestellungen", "scalar", orders(t), "orders"),
            Case("customers", "Wie viele Kunden haben bei uns gekauft?", "scalar", customers(t), "customers"),
            Case("aov", "Was ist der durchschnittliche Bestellwert?", "clarify", wrong={"EUR and CHF summed": aov(t)}),
            Case("top5", "Die 5 umsatzstärksten Kunden", "clarify", wrong={"EUR and CHF summed": top(t)}),
            Case("eur_q2", "EUR-Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(eur, 2024, 2)), "revenue"),
            Case("chf_cust", "Wie viele Kunden haben in CHF bestellt?", "scalar", customers(chf), "customers"),
            Case("cl_channel", "Umsatz nach Vertriebsweg", "clarify"),
        ],
    )


# --------------------------------------------------------------------------------------------------------
# 9. Dates as Excel serial numbers (a CSV saved from a tool that lost the cell format) and an ISO week column


def excel_serial(out: Path, rng: random.Random) -> ClientFile:
    base = dt.date(1899, 12, 30)
    recs, rows = [], []
    for k in range(1400):
        cid = f"C{skew(rng, 400) + 1:04d}"
        d = rdate(rng, dt.date(2023, 9, 1), D1)
        amt = round(rng.lognormvariate(4.8, 0.7), 2)
        seg = rng.choice(["Retail", "Retail", "Wholesale", "Online"])
        iso = d.isocalendar()
        serial = (d - base).days
        rows.append([f"INV{30000 + k}", cid, serial, serial + 30, f"{amt:.2f}", f"{iso[0]}-W{iso[1]:02d}", seg])
        recs.append(
            {
                "order_id": f"INV{30000 + k}",
                "customer_id": cid,
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "seg": seg,
            }
        )
    t = frame(recs)
    path = out / "invoices_serial_dates.csv"
    write_text(rows, ["InvoiceNo", "CustomerNo", "InvoiceDate", "DueDate", "NetAmount", "Week", "Segment"], path)
    y, m = last_complete_month(t)
    cases = std(t, "en")
    cases += [
        Case("by_seg", "revenue by segment", "breakdown", by(t, "seg"), "revenue"),
        Case("march", "revenue in March 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("q1", "revenue in Q1 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("y2023", "revenue in 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("last_month", "revenue last month", "scalar", revenue(in_month(t, y, m)), "revenue"),
        Case(
            "wholesale",
            "revenue of the Wholesale segment in 2024",
            "scalar",
            revenue(where(in_year(t, 2024), seg="Wholesale")),
            "revenue",
        ),
        Case("cl_country", "revenue by country", "clarify"),
        Case("cl_prod", "top products by revenue", "clarify"),
    ]
    return ClientFile(
        "excel_serial",
        [path],
        "Invoices whose InvoiceDate/DueDate came out as Excel serial numbers "
        "(45356), an ISO week column '2024-W10', NetAmount '1234.50'.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 10. Latin-1, tab-separated, CRLF, umlauts in headers and values; no line amount (Stückzahl × Preis/Stück)


def latin1_tab(out: Path, rng: random.Random) -> ClientFile:
    filialen = ["München-Schwabing", "Köln Süd", "Düsseldorf Königsallee", "Nürnberg"]
    gruppen = [("Getränke", 2.49), ("Süßwaren", 1.99), ("Obst & Gemüse", 3.29), ("Backwaren", 0.89)]
    verk = ["Jürgen Bäcker", "Jörg Müßig", "Änne Groß"]
    recs, rows = [], []
    for k in range(1300):
        card = None if rng.random() < 0.3 else f"{skew(rng, 350) + 1:06d}"
        d = rdate(rng, D0, D1)
        fil = rng.choice(filialen)
        v = rng.choice(verk)
        ret = rng.random() < 0.03
        for g, p in rng.sample(gruppen, rng.randrange(1, 4)):
            q = rng.randrange(1, 6) * (-1 if ret else 1)
            price = round(p * rng.choice([1, 1, 2, 3]), 2)
            rows.append([f"{k + 1}", d.strftime("%d.%m.%Y"), card or "", fil, g, q, de_num(price), v])
            recs.append(
                {
                    "order_id": str(k + 1),
                    "customer_id": card.lstrip("0") if card else None,
                    "order_date": d,
                    "amount": round(q * price, 2),
                    "cancelled": False,
                    "fil": fil,
                    "grp": g,
                    "q": q,
                    "verk": v,
                }
            )
    t = frame(recs)
    path = out / "Verkäufe_Filialen.txt"
    write_text(
        rows,
        ["Bon-Nr.", "Verkaufsdatum", "Kundenkarte", "Filiale", "Warengruppe", "Stückzahl", "Preis/Stück", "Verkäufer"],
        path,
        sep="\t",
        encoding="latin-1",
        newline="\r\n",
    )
    cases = std(t, "de")
    cases += [
        Case("by_fil", "Umsatz nach Filiale", "breakdown", by(t, "fil"), "revenue"),
        Case("by_grp", "Umsatz nach Warengruppe", "breakdown", by(t, "grp"), "revenue"),
        Case(
            "koeln_mai",
            "Umsatz der Filiale Köln Süd im Mai 2024",
            "scalar",
            revenue(where(in_month(t, 2024, 5), fil="Köln Süd")),
            "revenue",
        ),
        Case(
            "suess",
            "Wie viele Stück Süßwaren wurden verkauft?",
            "scalar",
            float(where(t, grp="Süßwaren")["q"].sum()),
            "quantity",
        ),
        Case("by_verk", "Umsatz nach Verkäufer", "breakdown", by(t, "verk"), "revenue"),
        Case("cl_land", "Umsatz nach Bundesland", "clarify"),
        Case("cl_pay", "Umsatz nach Zahlungsart", "clarify"),
    ]
    return ClientFile(
        "latin1_tab",
        [path],
        "POS text export: Latin-1, tab, CRLF, umlauts in file name, headers "
        "(Stückzahl, Preis/Stück, Verkäufer) and values (Köln Süd, Süßwaren); no line amount "
        "(Stückzahl × Preis/Stück), Bon-Nr. receipts, Kundenkarte '000123' (30 % empty), returns as "
        "negative Stückzahl.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 11. JSON lines (an API dump): nested customer, ISO timestamps


def jsonl(out: Path, rng: random.Random) -> ClientFile:
    recs, lines = [], []
    for k in range(900):
        cid = f"cus_{skew(rng, 300) + 1:05d}"
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        st = "cancelled" if rng.random() < 0.06 else "paid"
        amt = round(rng.lognormvariate(4.3, 0.6), 2)
        ch = rng.choice(["web", "app", "marketplace"])
        lines.append(
            json.dumps(
                {
                    "id": f"ord_{k + 1:06d}",
                    "customer": {"id": cid},
                    "created_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "total": amt,
                    "currency": "EUR",
                    "status": st,
                    "channel": ch,
                }
            )
        )
        recs.append(
            {
                "order_id": f"ord_{k + 1:06d}",
                "customer_id": cid,
                "order_date": when.date(),
                "amount": amt,
                "cancelled": st == "cancelled",
                "ch": ch,
            }
        )
    t = frame(recs)
    path = out / "orders.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cases = std(t, "en") + [
        Case("by_ch", "revenue by channel", "breakdown", by(t, "ch"), "revenue"),
        Case("q3", "revenue in Q3 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("cancelled", "How many orders were cancelled?", "scalar", cnt(t, cancelled=True), None),
        Case("cl_country", "revenue by country", "clarify"),
        Case("cl_coupon", "revenue by coupon code", "clarify"),
    ]
    return ClientFile(
        "jsonl",
        [path],
        "JSON lines API dump: {id, customer: {id}, created_at ISO Z, total, currency, "
        "status paid/cancelled, channel}. Not a documented format: one clear line is acceptable.",
        cases,
        import_may_fail=".jsonl is not among the documented formats",
    )


# --------------------------------------------------------------------------------------------------------
# 12. Square item sales export: Gross Sales / Discounts / Net Sales / Tax, Event Type Payment/Refund, Customer ID
#     on a minority of lines


def square(out: Path, rng: random.Random) -> ClientFile:
    menu = [
        ("Coffee", "Latte", 4.5),
        ("Coffee", "Cappuccino", 4.25),
        ("Coffee", "Espresso", 3.0),
        ("Bakery", "Croissant", 3.75),
        ("Bakery", "Muffin", 3.5),
        ("Food", "Bagel Sandwich", 8.95),
    ]
    cids = [f"{rng.choice('ABCDEFGHJK')}{rng.randrange(10**9):09d}ZX" for _ in range(260)]
    recs, rows = [], []
    for k in range(1500):
        c = cids[skew(rng, len(cids))] if rng.random() < 0.4 else None
        when = rtime(rng, rdate(rng, D0, D1), 6, 19)
        loc = rng.choice(["Downtown", "Harbor"])
        tx = f"{rng.randrange(16**12):012X}{k:06d}"
        refund = rng.random() < 0.02
        for cat, item, p in rng.sample(menu, rng.randrange(1, 3)):
            q = rng.randrange(1, 3)
            gross = q * p
            disc = -round(gross * 0.1, 2) if rng.random() < 0.15 else 0.0
            net = round(gross + disc, 2)
            tax = round(net * 0.0875, 2)
            sg = -1 if refund else 1
            rows.append(
                [
                    when.strftime("%Y-%m-%d"),
                    when.strftime("%H:%M:%S"),
                    "Pacific Time (US & Canada)",
                    cat,
                    item,
                    sg * q,
                    "Regular",
                    "",
                    "",
                    usd(sg * gross),
                    usd(sg * disc),
                    usd(sg * net),
                    usd(sg * tax),
                    tx,
                    f"P{tx}",
                    "iPad Counter",
                    "",
                    "",
                    "Refund" if refund else "Payment",
                    loc,
                    "For Here",
                    c or "",
                    "",
                    "",
                    "ea",
                    sg * q,
                    "Physical Item",
                    "Point of Sale",
                ]
            )
            recs.append(
                {
                    "order_id": tx,
                    "customer_id": c,
                    "order_date": when.date(),
                    "amount": sg * net,
                    "gross": sg * gross,
                    "tax": sg * tax,
                    "disc": sg * disc,
                    "q": sg * q,
                    "cat": cat,
                    "loc": loc,
                    "cancelled": False,
                }
            )
    t = frame(recs)
    path = out / "items-2024-01-01-2024-10-16.csv"
    write_text(
        rows,
        [
            "Date",
            "Time",
            "Time Zone",
            "Category",
            "Item",
            "Qty",
            "Price Point Name",
            "SKU",
            "Modifiers Applied",
            "Gross Sales",
            "Discounts",
            "Net Sales",
            "Tax",
            "Transaction ID",
            "Payment ID",
            "Device Name",
            "Notes",
            "Details",
            "Event Type",
            "Location",
            "Dining Option",
            "Customer ID",
            "Customer Name",
            "Customer Reference ID",
            "Unit",
            "Count",
            "Itemization Type",
            "Channel",
        ],
        path,
    )
    cases = std(t, "en")
    cases[0].wrong.update(
        {
            "Gross Sales summed (discounts ignored)": float(t["gross"].sum()),
            "Net Sales + Tax": float((t["amount"] + t["tax"]).sum()),
        }
    )
    cases += [
        Case(
            "by_cat",
            "revenue by category",
            "breakdown",
            by(t, "cat"),
            "revenue",
            wrong={"Gross Sales": by(t, "cat", "gross")},
        ),
        Case("by_loc", "net sales by location", "breakdown", by(t, "loc"), "revenue"),
        Case(
            "discounts", "How much discount did we give?", "scalar", -total(t, "disc"), None, alts=(total(t, "disc"),)
        ),
        Case("july", "net sales in July 2024", "scalar", revenue(in_month(t, 2024, 7)), "revenue"),
        Case(
            "units",
            "How many items did we sell?",
            "scalar",
            float(t["q"].sum()),
            "quantity",
            alts=(float(t.filter(pl.col("q") > 0)["q"].sum()),),
        ),
        Case("cl_tips", "How much did we get in tips?", "clarify"),
        Case("cl_staff", "revenue by employee", "clarify"),
    ]
    return ClientFile(
        "square",
        [path],
        "Square item sales export: Date/Time, Gross Sales '$12.50', Discounts "
        "'-$1.00', Net Sales, Tax, Transaction ID, Event Type Payment/Refund (refunds negative), "
        "Customer ID on 40 % of the lines, Qty and Count. Revenue = Σ Net Sales.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 13. Shopware 6 order export with API field names: dotted headers, technical state names, a second (payment)
#     state, ISO timestamps with milliseconds and offset


def shopware6(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1200):
        n = skew(rng, 420)
        when = rtime(rng, rdate(rng, D0, D1), 0, 24)
        u = rng.random()
        state = "cancelled" if u < 0.05 else "open" if u < 0.12 else "in_progress" if u < 0.25 else "completed"
        pay = "refunded" if state == "completed" and rng.random() < 0.06 else "open" if state == "open" else "paid"
        net = round(rng.lognormvariate(4.4, 0.6), 2)
        ship = 0.0 if net > 60 else 4.2
        ch = rng.choice(["Storefront", "Storefront", "B2B-Portal"])
        country = rng.choice(["DE", "DE", "AT", "CH"])
        rows.append(
            [
                f"{10000 + k}",
                when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randrange(1000):03d}+00:00",
                f"SW{20000 + n}",
                f"kunde{n}@shop.example",
                f"{net:.2f}",
                f"{round((net + ship) * 1.19, 2):.2f}",
                f"{ship:.2f}",
                "EUR",
                state,
                pay,
                ch,
                country,
            ]
        )
        recs.append(
            {
                "order_id": f"{10000 + k}",
                "customer_id": f"SW{20000 + n}",
                "order_date": when.date(),
                "amount": net,
                "gross": round((net + ship) * 1.19, 2),
                "state": state,
                "pay": pay,
                "cancelled": state == "cancelled" or pay == "refunded",
                "ch": ch,
                "country": country,
            }
        )
    t = frame(recs)
    path = out / "order_export.csv"
    write_text(
        rows,
        [
            "orderNumber",
            "orderDateTime",
            "orderCustomer.customerNumber",
            "orderCustomer.email",
            "amountNet",
            "amountTotal",
            "shippingTotal",
            "currency.isoCode",
            "stateMachineState.technicalName",
            "transactions.stateMachineState.technicalName",
            "salesChannel.name",
            "billingAddress.country.iso",
        ],
        path,
        sep=";",
    )
    refunds_sold = t.with_columns(cancelled=pl.col("state") == "cancelled")
    cases = std(t, "en")
    cases[0].wrong.update(
        {"refunded orders counted": revenue(refunds_sold), "amountTotal (gross) summed": float(sales(t)["gross"].sum())}
    )
    cases[1].wrong["refunded orders counted"] = orders(refunds_sold)
    cases += [
        Case("by_ch", "revenue by sales channel", "breakdown", by(t, "ch"), "revenue"),
        Case("by_country", "revenue by country", "breakdown", by(t, "country"), "revenue"),
        Case("refunded", "How many orders were refunded?", "scalar", cnt(t, pay="refunded"), None),
        Case(
            "cancelled",
            "How many orders were cancelled?",
            "scalar",
            cnt(t, state="cancelled"),
            None,
            alts=(t.filter(pl.col("cancelled")).height,),
        ),
        Case("q1", "revenue in Q1 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("cl_prod", "revenue by product", "clarify"),
        Case("cl_camp", "revenue by campaign", "clarify"),
    ]
    return ClientFile(
        "shopware6",
        [path],
        "Shopware 6 order export with API field names (';'): orderNumber, "
        "orderDateTime '2024-03-05T14:22:10.123+00:00', orderCustomer.customerNumber, amountNet, "
        "amountTotal (gross incl. shipping), stateMachineState.technicalName open/in_progress/completed/"
        "cancelled and transactions.stateMachineState.technicalName paid/open/refunded.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 14. Excel 'Teilergebnis' export: a '<customer> Ergebnis' subtotal row after each customer and a
#     'Gesamtergebnis' row at the end


def subtotals(out: Path, rng: random.Random) -> ClientFile:
    reps = ["Hr. Brandt", "Fr. Yilmaz", "Hr. Vogel"]
    recs = []
    for k in range(900):
        n = skew(rng, 200)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(5.8, 0.7), 2) * (-1 if rng.random() < 0.04 else 1)
        recs.append(
            {
                "order_id": f"R24-{k + 1:05d}",
                "customer_id": f"{10001 + n}",
                "name": f"Firma {n + 1}",
                "order_date": d,
                "amount": amt,
                "cancelled": False,
                "rep": reps[n % 3],
            }
        )
    t = frame(recs).sort("customer_id", "order_date", "order_id")
    rows: list[list[object]] = []
    for (c,), g in t.group_by(["customer_id"], maintain_order=True):
        for r in g.iter_rows(named=True):
            rows.append(
                [c, r["name"], r["order_date"].strftime("%d.%m.%Y"), r["order_id"], de_num(r["amount"]), r["rep"]]
            )
        rows.append([f"{c} Ergebnis", "", "", "", de_num(float(g["amount"].sum())), ""])
    rows.append(["Gesamtergebnis", "", "", "", de_num(revenue(t)), ""])
    path = out / "Umsatz_Kunden_Teilergebnis.csv"
    write_text(
        rows,
        ["Kundennummer", "Kundenname", "Rechnungsdatum", "Rechnungsnummer", "Nettobetrag", "Vertreter"],
        path,
        sep=";",
        encoding="cp1252",
        newline="\r\n",
    )
    cases = std(t, "de")
    cases[0].wrong.update(
        {"Teilergebnisse mitgezählt": 2 * revenue(t), "Teilergebnisse und Gesamtergebnis mitgezählt": 3 * revenue(t)}
    )
    cases[2].wrong["'… Ergebnis'-Zeilen als Kunden"] = 2 * customers(t)
    cases += [
        Case("by_rep", "Umsatz nach Vertreter", "breakdown", by(t, "rep"), "revenue"),
        Case("q3", "Umsatz im 3. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("kunde", "Umsatz des Kunden 10001", "scalar", revenue(where(t, customer_id="10001")), "revenue"),
        Case(
            "gut",
            "Summe der Gutschriften",
            "scalar",
            float(-t.filter(pl.col("amount") < 0)["amount"].sum()),
            None,
            alts=(float(t.filter(pl.col("amount") < 0)["amount"].sum()),),
        ),
        Case("cl_prod", "Umsatz nach Artikel", "clarify"),
        Case("cl_branche", "Umsatz nach Branche", "clarify"),
    ]
    return ClientFile(
        "subtotals",
        [path],
        "Excel 'Teilergebnis' list saved as CSV (cp1252, ';', CRLF): after each "
        "customer a row '10023 Ergebnis' with only the customer's sum, a 'Gesamtergebnis' row at the end; "
        "credit notes negative. Subtotal rows are no invoices.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 15. Swiss shop: CHF amounts with apostrophes (1'234.50), MWST 8.1 %, Kanton


def swiss(out: Path, rng: random.Random) -> ClientFile:
    kantone = ["ZH", "BE", "LU", "BS", "SG", "TI"]
    recs, rows = [], []
    for k in range(1100):
        n = skew(rng, 380)
        d = rdate(rng, D0, D1)
        st = "Storniert" if rng.random() < 0.05 else "Erledigt"
        net = round(rng.lognormvariate(6.2, 0.9), 2)
        kanton = kantone[n % len(kantone)]
        pay = rng.choice(["TWINT", "Rechnung", "Kreditkarte", "PostFinance"])
        mwst = round(net * 0.081, 2)
        rows.append(
            [
                f"CH-{50000 + k}",
                d.strftime("%d.%m.%Y"),
                f"{7000 + n}",
                kanton,
                pay,
                ch_num(net),
                ch_num(mwst),
                ch_num(net + mwst),
                st,
            ]
        )
        recs.append(
            {
                "order_id": f"CH-{50000 + k}",
                "customer_id": f"{7000 + n}",
                "order_date": d,
                "amount": net,
                "gross": net + mwst,
                "cancelled": st == "Storniert",
                "kanton": kanton,
                "pay": pay,
            }
        )
    t = frame(recs)
    path = out / "Bestellungen_CH.csv"
    write_text(
        rows,
        [
            "Bestellnr.",
            "Bestelldatum",
            "Kundennr.",
            "Kanton",
            "Zahlungsart",
            "Betrag CHF",
            "MWST 8.1%",
            "Total inkl. MWST",
            "Status",
        ],
        path,
        sep=";",
    )
    cases = std(t, "de")
    cases += [
        Case("by_kanton", "Umsatz nach Kanton", "breakdown", by(t, "kanton"), "revenue"),
        Case("by_pay", "Umsatz nach Zahlungsart", "breakdown", by(t, "pay"), "revenue"),
        Case(
            "brutto",
            "Bruttoumsatz inkl. MWST",
            "scalar",
            float(sales(t)["gross"].sum()),
            None,
            wrong={"net revenue": revenue(t)},
        ),
        Case(
            "zh_q3",
            "Umsatz im Kanton ZH im 3. Quartal 2024",
            "scalar",
            revenue(where(in_quarter(t, 2024, 3), kanton="ZH")),
            "revenue",
        ),
        Case(
            "storno", "Wie viele Bestellungen wurden storniert?", "scalar", t.filter(pl.col("cancelled")).height, None
        ),
        Case("cl_fil", "Umsatz nach Filiale", "clarify"),
        Case("cl_eur", "Umsatz nach Produktlinie", "clarify"),
    ]
    return ClientFile(
        "swiss",
        [path],
        "Swiss shop (';'): Betrag CHF / MWST 8.1% / Total inkl. MWST as 1'234.50, "
        "Bestelldatum 05.03.2024, Kanton, Zahlungsart, Status Erledigt/Storniert.",
        cases,
    )


# --------------------------------------------------------------------------------------------------------
# 16. Weekly figures: Jahr + KW (ISO week), no date column


def iso_week(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    regions = {i: rng.choice(["Nord", "Süd", "West", "Ost"]) for i in range(150)}
    for i in range(150):
        for yw in range(1, 53):
            y, w = (2023, yw) if yw > 39 else (2024, yw)
            if (y, w) > (2024, 40) or rng.random() > 0.2:
                continue
            monday = dt.date.fromisocalendar(y, w, 1)
            v = round(rng.lognormvariate(6.0, 0.6), 2)
            rows.append([y, w, f"{3001 + i}", regions[i], de_num(v)])
            recs.append(
                {
                    "order_id": f"{3001 + i}|{y}-{w}",
                    "customer_id": f"{3001 + i}",
                    "order_date": monday,
                    "amount": v,
                    "cancelled": False,
                    "region": regions[i],
                    "y": y,
                    "w": w,
                }
            )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    t = frame(recs)
    path = out / "Wochenumsatz_Kunden.csv"
    write_text(rows, ["Jahr", "KW", "Kundennummer", "Region", "Umsatz"], path, sep=";")
    kw_as_month = t.filter(pl.col("w") <= 12)
    cases = [
        Case("revenue", "Wie viel Umsatz haben wir insgesamt gemacht?", "scalar", revenue(t), "revenue"),
        Case("customers", "Wie viele Kunden haben bei uns gekauft?", "scalar", customers(t), "customers"),
        Case("top5", "Die 5 umsatzstärksten Kunden", "top", top(t), "revenue"),
        Case("by_region", "Umsatz nach Region", "breakdown", by(t, "region"), "revenue"),
        Case(
            "y2024",
            "Umsatz im Jahr 2024",
            "scalar",
            revenue(in_year(t, 2024)),
            "revenue",
            wrong={"only KW 1–12 (KW read as month)": revenue(in_year(kw_as_month, 2024))},
        ),
        Case(
            "q2",
            "Umsatz im 2. Quartal 2024",
            "scalar",
            revenue(in_quarter(t, 2024, 2)),
            "revenue",
            wrong={"KW read as month": revenue(where(t, y=2024).filter(pl.col("w").is_between(4, 6)))},
        ),
        Case("kw10", "Umsatz in KW 10 2024", "scalar", revenue(where(t, y=2024, w=10)), "revenue"),
        Case(
            "sued_q1",
            "Umsatz der Region Süd im 1. Quartal 2024",
            "scalar",
            revenue(where(in_quarter(t, 2024, 1), region="Süd")),
            "revenue",
        ),
        Case("cl_prod", "Umsatz nach Produkt", "clarify"),
        Case("cl_chan", "Umsatz nach Vertriebskanal", "clarify"),
    ]
    return ClientFile(
        "iso_week",
        [path],
        "Weekly figures per customer: Jahr; KW (ISO week 1–52); Kundennummer; "
        "Region; Umsatz '1.234,56'; no date column. Each row is the week's total (dated on its Monday) "
        "or the file is refused in one clear line.",
        cases,
        import_may_fail="an ISO week instead of a date may be refused in one line",
    )


# --------------------------------------------------------------------------------------------------------

BUILDERS = [
    shopify_lines,
    paypal,
    xero,
    quickbooks,
    sevdesk,
    pipedrive,
    wide_pivot,
    b2b_currency,
    excel_serial,
    latin1_tab,
    jsonl,
    square,
    shopware6,
    subtotals,
    swiss,
    iso_week,
]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt where the first import was refused: the ``--map`` the refusal asked for,
    or the full mapping of one who reads the headers (same files, same truth). Refusals no mapping can fix (a
    field left empty on follow-up lines, subtotal rows, a report layout) get none."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again("sevdesk", {"Kontakt": "customer_id"}, "--map 'Kontakt=customer_id' (as the refusal asked)"),
        again(
            "pipedrive",
            {
                "Deal - Organization": "customer_id",
                "Deal - Won time": "order_date",
                "Deal - Value": "amount",
                "Deal - ID": "order_id",
            },
            "the full mapping (won time = date)",
        ),
        ClientFile(
            "pipedrive_map2",
            f["pipedrive"].paths,
            "pipedrive with --map 'Deal - Organization=customer_id' "
            "--map 'Deal - Value=amount' (the date left to insight)",
            f["pipedrive"].cases,
            mapping={"Deal - Organization": "customer_id", "Deal - Value": "amount"},
        ),
        again(
            "latin1_tab",
            {"Verkaufsdatum": "order_date", "Stückzahl": "quantity", "Preis/Stück": "unit_price"},
            "the hinted 'Verkaufsdatum=order_date' plus Stückzahl/Preis/Stück for the missing amount",
        ),
        again("square", {"Net Sales": "amount"}, "--map 'Net Sales=amount'"),
        again(
            "shopware6",
            {
                "orderCustomer.customerNumber": "customer_id",
                "orderDateTime": "order_date",
                "amountNet": "amount",
                "orderNumber": "order_id",
            },
            "the full mapping",
        ),
        again("swiss", {"Betrag CHF": "amount"}, "--map 'Betrag CHF=amount' (as the refusal asked)"),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client4_files")
    for cf in build(folder):
        print(f"{cf.name:15s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)}")
