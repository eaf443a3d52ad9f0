"""A seventh, independent set of client exports (round 7): English-speaking clients (US, UK, Australia, India).

    python tests/clients7/make_clients7.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, ``insight --help`` and the spec.
Every file is written the way the client's system delivers it (FreshBooks, BigCommerce, Toast checks with tips
and comps, an Amazon Business Report by ASIN, a Klaviyo profile export, FreeAgent UK VAT invoices in ``£`` and
dd/mm/yyyy, Zoho Books India GST invoices with lakh grouping ``₹1,23,456.78``, MYOB Australia with GST-inclusive
amounts, Wave invoices with Voided, Paddle transactions in UTC with a ``USD`` suffix, a Google Sheets log with
empty trailing rows and columns and TRUE/FALSE flags, a Clover workbook with a totals row, Maxio invoices with
``-$12.00`` credit notes, Razorpay payments) from a *truth* frame holding the meaning of each line. Expected
answers come from that truth frame in plain polars (metrics.md: analysis date = day after the last order;
cancelled / voided / refunded / failed / draft never sales; credit notes subtract; tips, tax, shipping and fees
are no sales), never through insight and never by reading the file back. Fiscal years (UK April–March,
Australia July–June, India "FY24") are no calendar period the contract defines: a question naming one is asked
back; the same months named explicitly are answered.

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
    aov,
    by,
    customers,
    frame,
    in_month,
    in_quarter,
    in_year,
    orders,
    rdate,
    repeat_rate,
    revenue,
    rtime,
    sales,
    skew,
    top,
    where,
    write_text,
)

SEED = 20261208

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)

FIRST = [
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "David",
    "Elizabeth",
    "William",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Chris",
    "Karen",
    "Daniel",
    "Nancy",
    "Matthew",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
    "King",
    "Wright",
]
IN_FIRST = [
    "Aarav",
    "Vivaan",
    "Aditya",
    "Priya",
    "Ananya",
    "Rohan",
    "Isha",
    "Karan",
    "Neha",
    "Arjun",
    "Sneha",
    "Rahul",
    "Pooja",
    "Vikram",
    "Divya",
    "Sanjay",
    "Meera",
    "Amit",
    "Kavya",
]
IN_LAST = [
    "Sharma",
    "Patel",
    "Iyer",
    "Reddy",
    "Gupta",
    "Nair",
    "Singh",
    "Mehta",
    "Rao",
    "Kumar",
    "Joshi",
    "Desai",
    "Menon",
    "Kapoor",
    "Chopra",
    "Bose",
    "Pillai",
    "Agarwal",
]
FIRMS = [
    "Acme",
    "Summit",
    "Bluebird",
    "Redwood",
    "Harbor",
    "Pioneer",
    "Granite",
    "Maple",
    "Cedar",
    "Beacon",
    "Lakeside",
    "Ironwood",
    "Northstar",
    "Silverline",
    "Brightway",
    "Keystone",
    "Oakridge",
    "Evergreen",
]
FORMS = ["LLC", "Inc.", "Co.", "Ltd", "Group", "Partners"]



def _change(per_year: dict, a: int, b: int) -> float:
    """The change of a figure from year ``a`` to year ``b`` of a by-year mapping (its keys as int or str)."""
    years = {int(k): v for k, v in per_year.items()}
    return round(years[b] - years[a], 2)

def person(i: int, first: list[str] = FIRST, last: list[str] = LAST) -> str:
    """A name that differs for every i below len(first) * len(last)."""
    return f"{first[i % len(first)]} {last[(i // len(first)) % len(last)]}"


def firm(i: int) -> str:
    return f"{FIRMS[i % len(FIRMS)]} {LAST[(i // len(FIRMS)) % len(LAST)]} {FORMS[i % len(FORMS)]}"


def email(i: int) -> str:
    return f"{FIRST[i % len(FIRST)].lower()}.{LAST[(i // len(FIRST)) % len(LAST)].lower()}{i}@example.com"


def ask(qid: str, question: str) -> Case:
    """A question the data cannot answer as asked (a metric, column, word or period it lacks): ask back."""
    return Case(qid, question, "clarify")


def usd(x: float, sign: str = "$") -> str:
    """``$1,234.56`` / ``-$12.00`` (US style; also £ and A$ exports)."""
    return ("-" if x < 0 else "") + f"{sign}{abs(x):,.2f}"


def lakh(x: float) -> str:
    """Indian grouping: 1,23,456.78."""
    whole, frac = f"{abs(x):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    s = ",".join([*groups, tail]) if groups else tail
    return ("-" if x < 0 else "") + s + "." + frac


def mk(recs: list[dict[str, Any]]) -> pl.DataFrame:
    return frame(recs)


def col_sum(t: pl.DataFrame, col: str) -> float:
    return float(sales(t)[col].sum())


def n_where(t: pl.DataFrame, **eq: Any) -> int:
    return int(where(t, **eq)["order_id"].n_unique())


def between(t: pl.DataFrame, a: dt.date, b: dt.date) -> pl.DataFrame:
    """Orders with a <= date <= b."""
    return t.filter(pl.col("order_date").is_between(a, b))


def month_map(t: pl.DataFrame, year: int) -> dict[str, float]:
    return by(in_year(t, year), "month")


def base(t: pl.DataFrame, variant: int, de: bool = False) -> list[Case]:
    """The consultant's or US analyst's first questions, colloquial, in one of three wordings."""
    en = [
        [
            "How much did we make in total?",
            "How many orders did we get?",
            "How many customers bought from us?",
            "What's our AOV?",
            "What share of our customers are repeat buyers?",
            "Who are our biggest spenders? Top 5",
        ],
        [
            "What are our net sales overall?",
            "number of orders",
            "How many unique customers do we have?",
            "average order value",
            "repeat purchase rate",
            "top 5 customers by revenue",
        ],
        [
            "total revenue",
            "How many transactions did we have?",
            "customer count",
            "What do people spend per order on average?",
            "How many of our customers came back and bought again? (as a share)",
            "Show me our 5 best customers",
        ],
    ]
    ger = [
        "Wie viel Umsatz haben wir insgesamt gemacht?",
        "Anzahl Bestellungen",
        "Wie viele Kunden haben gekauft?",
        "durchschnittlicher Bestellwert",
        "Wiederkaufsrate",
        "Top 5 Kunden nach Umsatz",
    ]
    q = ger if de else en[variant % 3]
    cd = sales(t).with_columns(
        order_id=pl.coalesce(pl.col("customer_id"), pl.lit("?")) + "|" + pl.col("order_date").cast(pl.Utf8)
    )
    cdw = "one order per customer and day (order number not used)"
    return [
        Case("revenue", q[0], "scalar", revenue(t), "revenue"),
        Case("orders", q[1], "scalar", orders(t), "orders", wrong={cdw: orders(cd)}),
        Case("customers", q[2], "scalar", customers(t), "customers"),
        Case("aov", q[3], "scalar", aov(t), "aov", wrong={cdw: revenue(cd) / max(orders(cd), 1)}),
        Case("repeat", q[4], "scalar", repeat_rate(t), "repeat_rate", alts=(100 * repeat_rate(t),)),
        Case("top5", q[5], "top", top(t), "revenue"),
    ]


def wrong_all(t: pl.DataFrame, case: Case, fn: Any, label: str = "cancelled / voided lines counted") -> None:
    case.wrong[label] = fn(t.with_columns(cancelled=pl.lit(False)))


def wrong_col(t: pl.DataFrame, case: Case, col: str, label: str) -> None:
    """The value when ``col`` is read as the amount."""
    case.wrong[label] = float(sales(t)[col].sum())


# --------------------------------------------------------------------------------------------------------
# 1. FreshBooks invoice details (US): Client Name only, Date Issued MM/DD/YYYY, Status Draft/Sent/Viewed/Paid/
#    Overdue, Amount `$1,234.56` (before tax), Tax, Amount Paid, Outstanding


def freshbooks(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 220)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(6.6, 0.7), 2)
        tax = round(amt * 0.0825, 2)
        u = rng.random()
        status = "Draft" if u < 0.07 else rng.choice(["Paid"] * 6 + ["Sent", "Viewed", "Overdue"])
        paid = amt + tax if status == "Paid" else 0.0
        outstanding = round(amt + tax - paid, 2)
        svc = rng.choice(["Consulting", "Design", "Development", "Maintenance"])
        num = f"{k + 1:07d}"
        rows.append(
            [firm(c), num, d.strftime("%m/%d/%Y"), status, svc, usd(amt), usd(tax), usd(paid), usd(outstanding), "USD"]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": firm(c),
                "order_date": d,
                "amount": amt,
                "cancelled": status == "Draft",
                "status": status,
                "svc": svc,
                "tax": tax,
                "outstanding": outstanding,
            }
        )
    t = mk(recs)
    path = out / "invoice_details.csv"
    write_text(
        rows,
        [
            "Client Name",
            "Invoice #",
            "Date Issued",
            "Invoice Status",
            "Item Name",
            "Amount",
            "Tax",
            "Amount Paid",
            "Outstanding",
            "Currency",
        ],
        path,
    )
    cases = base(t, 0)
    wrong_all(t, cases[0], revenue, "drafts counted")
    cases[0].wrong["incl. sales tax"] = revenue(t) + col_sum(t, "tax")
    cases[0].wrong["drafts counted and Tax subtracted (Amount read as gross)"] = float((t["amount"] - t["tax"]).sum())
    cases += [
        Case("by_item", "revenue by item name", "breakdown", by(t, "svc"), "revenue"),
        Case(
            "outstanding",
            "How much money is still outstanding?",
            "scalar",
            col_sum(t, "outstanding"),
            wrong={"drafts included": float(t["outstanding"].sum())},
        ),
        Case("overdue", "How many invoices are overdue?", "scalar", n_where(t, status="Overdue")),
        Case("q4_23", "How much did we bill in Q4 2023?", "scalar", revenue(in_quarter(t, 2023, 4)), "revenue"),
        Case("yoy", "Revenue YoY by year", "breakdown", by(t, "year"), "revenue"),
        Case(
            "de_dev",
            "Umsatz mit Development im Jahr 2024",
            "scalar",
            revenue(in_year(where(t, svc="Development"), 2024)),
            "revenue",
        ),
        ask("hours", "How many hours did we bill per client?"),
        ask("by_staff", "revenue by team member"),
        ask("dso", "What's our DSO?"),
        ask("de_branche", "Umsatz nach Branche"),
    ]
    return ClientFile("freshbooks", [path], "FreshBooks invoice details, Client Name only, Draft status", cases)


# --------------------------------------------------------------------------------------------------------
# 2. BigCommerce orders (US): one row per order, Customer ID 0 for guests, Order Date MM/DD/YYYY, statuses
#    Completed/Shipped/Awaiting Fulfillment/Cancelled/Refunded/Declined, Subtotal (ex tax), Shipping, Tax, Total


def bigcommerce(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    bf = [dt.date(2023, 11, 24) + dt.timedelta(days=i) for i in range(4)]
    for k in range(1600):
        c = skew(rng, 520)
        d = rng.choice(bf) if rng.random() < 0.06 else rdate(rng, D0, D1)
        guest = rng.random() < 0.12
        sub = round(rng.uniform(18, 260), 2)
        ship = rng.choice([0.0, 5.99, 9.99])
        tax = round(sub * 0.07, 2)
        u = rng.random()
        status = (
            "Cancelled"
            if u < 0.05
            else "Refunded"
            if u < 0.09
            else "Declined"
            if u < 0.11
            else rng.choice(["Completed", "Completed", "Shipped", "Awaiting Fulfillment"])
        )
        chan = rng.choice(["Storefront", "Storefront", "Facebook", "Amazon"])
        oid = str(100 + k)
        rows.append(
            [
                oid,
                0 if guest else 2000 + c,
                person(c),
                email(c),
                d.strftime("%m/%d/%Y"),
                status,
                f"{sub:.2f}",
                f"{ship:.2f}",
                f"{tax:.2f}",
                f"{sub + ship + tax:.2f}",
                chan,
            ]
        )
        recs.append(
            {
                "order_id": oid,
                "customer_id": None if guest else str(2000 + c),
                "order_date": d,
                "amount": sub,
                "cancelled": status in ("Cancelled", "Refunded", "Declined"),
                "status": status,
                "chan": chan,
                "total": round(sub + ship + tax, 2),
            }
        )
    t = mk(recs)
    path = out / "orders-2024-10-16.csv"
    write_text(
        rows,
        [
            "Order ID",
            "Customer ID",
            "Customer Name",
            "Customer Email",
            "Order Date",
            "Order Status",
            "Subtotal (ex tax)",
            "Shipping Cost (ex tax)",
            "Tax Total",
            "Order Total (inc tax)",
            "Channel",
        ],
        path,
    )
    cases = base(t, 1)
    wrong_col(t, cases[0], "total", "Order Total (inc tax) summed")
    wrong_all(t, cases[0], revenue, "cancelled/refunded/declined counted")
    cases[2].wrong["guest id 0 counted as a customer"] = customers(t) + 1
    cases += [
        Case(
            "bf23",
            "How much did we sell on Black Friday 2023 (Nov 24, 2023)?",
            "scalar",
            revenue(between(t, bf[0], bf[0])),
            "revenue",
        ),
        Case(
            "cyber",
            "Sales from Black Friday through Cyber Monday 2023, i.e. Nov 24 to Nov 27, 2023",
            "scalar",
            revenue(between(t, bf[0], bf[3])),
            "revenue",
        ),
        Case("nov23", "revenue in November 2023", "scalar", revenue(in_month(t, 2023, 11)), "revenue"),
        Case("by_channel", "revenue by channel", "breakdown", by(t, "chan"), "revenue"),
        Case("yoy", "Show me revenue YoY", "breakdown", by(t, "year"), "revenue"),
        Case(
            "de_amazon",
            "Wie viele Bestellungen kamen über Amazon?",
            "scalar",
            orders(where(t, chan="Amazon")),
            "orders",
        ),
        ask("coupons", "revenue by coupon code"),
        ask("abandon", "What's our cart abandonment rate?"),
        ask("thanksgiving", "How did Thanksgiving week compare to last year's?"),
    ]
    return ClientFile("bigcommerce", [path], "BigCommerce orders, guest id 0, ex-tax subtotal beside total", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Toast check details (US restaurant): Opened '3/5/24 7:32 PM', Server, Revenue Center, loyalty e-mail on
#    40 % of checks, Amount (net sales), Comp Amount, Tax, Tip, Total, Voided true/false


def toast(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1800):
        c = skew(rng, 300)
        d = rdate(rng, dt.date(2024, 1, 1), D1)
        when = rtime(rng, d, 11, 23)
        loyal = rng.random() < 0.4
        gross = round(rng.uniform(12, 180), 2)
        comp = round(gross * rng.choice([0.1, 0.25, 1.0]), 2) if rng.random() < 0.08 else 0.0
        net = round(gross - comp, 2)
        tax = round(net * 0.0875, 2)
        tip = round(net * rng.choice([0.0, 0.15, 0.18, 0.2, 0.22]), 2)
        void = rng.random() < 0.04
        server = rng.choice(["Ashley M.", "Tyler R.", "Brianna K.", "Jordan P.", "Kayla S."])
        rc = rng.choice(["Dining Room", "Dining Room", "Bar", "Patio", "Takeout"])
        cid = f"ck-{k:05d}"
        rows.append(
            [
                "Main St",
                cid,
                str(k % 400 + 1),
                when.strftime("%-m/%-d/%y %-I:%M %p"),
                server,
                rc,
                email(c) if loyal else "",
                f"{gross:.2f}",
                f"{comp:.2f}",
                f"{net:.2f}",
                f"{tax:.2f}",
                f"{tip:.2f}",
                f"{net + tax + tip:.2f}",
                "true" if void else "false",
            ]
        )
        recs.append(
            {
                "order_id": cid,
                "customer_id": email(c) if loyal else None,
                "order_date": d,
                "amount": net,
                "cancelled": void,
                "server": server,
                "rc": rc,
                "tip": tip,
                "comp": comp,
                "tax": tax,
                "total": round(net + tax + tip, 2),
            }
        )
    t = mk(recs)
    path = out / "CheckDetails_2024.csv"
    write_text(
        rows,
        [
            "Location",
            "Check Id",
            "Check #",
            "Opened",
            "Server",
            "Revenue Center",
            "Customer Email",
            "Gross Amount",
            "Comp Amount",
            "Amount",
            "Tax",
            "Tip",
            "Total",
            "Voided",
        ],
        path,
    )
    cases = base(t, 2)
    wrong_col(t, cases[0], "total", "Total (incl. tax and tip) summed")
    wrong_all(t, cases[0], revenue, "voided checks counted")
    cases[1].wrong["Check # (repeats) as the order"] = 400
    cases[0].wrong["Tax subtracted (Amount read as gross)"] = revenue(t) - col_sum(t, "tax")
    cases += [
        Case(
            "tips",
            "How much did we make in tips?",
            "scalar",
            col_sum(t, "tip"),
            wrong={"voided checks counted": float(t["tip"].sum())},
        ),
        Case("comps", "How much did we comp?", "scalar", col_sum(t, "comp")),
        Case("by_rc", "net sales by revenue center", "breakdown", by(t, "rc"), "revenue"),
        Case("by_server", "sales by server", "breakdown", by(t, "server"), "revenue"),
        Case("mom", "MoM sales for 2024", "breakdown", month_map(t, 2024), "revenue"),
        Case(
            "de_bar",
            "Umsatz an der Bar im dritten Quartal 2024",
            "scalar",
            revenue(in_quarter(where(t, rc="Bar"), 2024, 3)),
            "revenue",
        ),
        ask("covers", "How many covers per server?"),
        ask("turns", "What's our table turnover rate?"),
        ask("labor", "labor cost as a percent of sales"),
    ]
    return ClientFile("toast", [path], "Toast check details, tips/comps/tax beside net Amount, Voided flag", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Amazon Seller Central Business Report by ASIN: no customers, no dates (sessions and sales per ASIN)


def amazon_br(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(340):
        parent = f"B0{rng.randrange(10**7, 10**8)}"
        sess = rng.randrange(40, 9000)
        units = rng.randrange(0, max(1, sess // 12))
        price = rng.uniform(9, 80)
        rows.append(
            [
                parent,
                f"B0C{k:07d}",
                f"Stainless Tumbler {k} oz",
                f"{sess:,}",
                f"{sess / 310000:.2%}",
                f"{int(sess * 1.4):,}",
                str(units),
                usd(units * price),
                str(units),
            ]
        )
    path = out / "BusinessReport-10-16-24.csv"
    write_text(
        rows,
        [
            "(Parent) ASIN",
            "(Child) ASIN",
            "Title",
            "Sessions - Total",
            "Session Percentage - Total",
            "Page Views - Total",
            "Units Ordered",
            "Ordered Product Sales",
            "Total Order Items",
        ],
        path,
    )
    cases = [
        ask("top5", "Who are our top 5 customers?"),
        ask("customers", "How many customers bought from us?"),
        ask("repeat", "What share of buyers are repeat buyers?"),
        ask("aov_month", "AOV by month"),
        ask("ltv", "What's the average LTV of a customer?"),
        ask("lapsed", "How many lapsed customers do we have?"),
        ask("new", "How many new customers did we get in 2024?"),
        ask("by_state", "revenue by customer state"),
        ask("yoy", "Revenue YoY"),
        ask("de_kunden", "Wie viele Kunden haben mehr als einmal gekauft?"),
        ask("de_top", "Die 10 besten Kunden nach Umsatz"),
        ask("churn", "How many customers churned last quarter?"),
    ]
    return ClientFile(
        "amazon_br",
        [path],
        "Amazon Business Report by ASIN: no customers, no dates",
        cases,
        import_may_fail="no customer and no date in a report by ASIN: a one-line refusal naming "
        "what is missing is right",
    )


# --------------------------------------------------------------------------------------------------------
# 5. Klaviyo profile export: a customers table with historic totals, Accepts Marketing TRUE/FALSE


def klaviyo(out: Path, rng: random.Random) -> ClientFile:
    rows, recs = [], []
    for k in range(760):
        n = max(1, int(rng.paretovariate(1.6)))
        clv = round(sum(rng.uniform(20, 140) for _ in range(n)), 2)
        first = rdate(rng, dt.date(2021, 1, 1), dt.date(2024, 9, 1))
        last = rdate(rng, first, D1)
        country = rng.choice(["United States", "United States", "United States", "Canada", "United Kingdom"])
        acc = rng.random() < 0.62
        rows.append(
            [
                email(k),
                FIRST[k % len(FIRST)],
                LAST[(k // len(FIRST)) % len(LAST)],
                country,
                str(n),
                f"{clv:.2f}",
                f"{clv * rng.uniform(1.1, 1.6):.2f}",
                f"{clv / n:.2f}",
                first.isoformat() + " 10:00:00",
                last.isoformat() + " 18:00:00",
                "TRUE" if acc else "FALSE",
            ]
        )
        recs.append({"email": email(k), "country": country, "n": n, "clv": clv, "acc": acc})
    t = pl.DataFrame(recs)
    path = out / "klaviyo_profiles_export.csv"
    write_text(
        rows,
        [
            "Email",
            "First Name",
            "Last Name",
            "Country",
            "Historic Number Of Orders",
            "Historic Customer Lifetime Value",
            "Predicted Customer Lifetime Value",
            "Average Order Value",
            "First Active",
            "Last Active",
            "Accepts Marketing",
        ],
        path,
    )
    cnt = {str(k): float(v) for k, v in t.group_by("country").len().iter_rows()}
    clv_c = {str(k): float(v) for k, v in t.group_by("country").agg(pl.col("clv").sum()).iter_rows()}
    cases = [
        Case("customers", "How many customers are in the list?", "scalar", t.height, "customers"),
        Case("by_country", "customers by country", "breakdown", cnt, "customers"),
        Case(
            "accepts",
            "What share of customers accept marketing?",
            "scalar",
            float(t["acc"].mean()),
            alts=(100 * float(t["acc"].mean()),),
        ),
        Case("mean_clv", "average Historic Customer Lifetime Value", "scalar", float(t["clv"].mean())),
        Case("clv_country", "total Historic Customer Lifetime Value by country", "breakdown", clv_c),
        Case("max_orders", "What's the maximum Historic Number Of Orders?", "scalar", float(t["n"].max())),
        Case("de_kanada", "Wie viele Kunden kommen aus Kanada?", "scalar", cnt["Canada"], "customers"),
        Case("revenue_month", "revenue by month", "needs_orders"),
        Case("orders_q3", "How many orders did we get in Q3 2024?", "needs_orders"),
        Case("aov_2024", "AOV in 2024", "needs_orders"),
        Case("de_umsatz_mar", "Umsatz im März 2024", "needs_orders"),
        ask("by_product", "top products by revenue"),
        ask("by_state", "customers by state"),
        ask("sms", "What share of customers accept SMS?"),
    ]
    return ClientFile("klaviyo", [path], "Klaviyo profile export: customers with historic CLV, TRUE/FALSE", cases)


# --------------------------------------------------------------------------------------------------------
# 6. FreeAgent invoices (UK): Reference, Contact, Dated dd/mm/yyyy, Status Paid/Open/Overdue/Draft/Cancelled,
#    Credit Note rows negative, Net Value / VAT / Total in `£1,234.56`, Project; data from April 2023


def uk_vat(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    d0 = dt.date(2023, 4, 1)
    for k in range(1100):
        c = skew(rng, 260)
        d = rdate(rng, d0, D1)
        net = round(rng.lognormvariate(6.2, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.6), 2)
        vat = round(net * 0.2, 2)
        u = rng.random()
        status = (
            "Draft"
            if u < 0.05
            else "Cancelled"
            if u < 0.08
            else rng.choice(["Paid", "Paid", "Paid", "Open", "Overdue"])
        )
        proj = rng.choice(["Website rebuild", "SEO retainer", "Brand refresh", "Support"])
        ref = f"{'CN' if credit else 'INV'}-{k + 1:05d}"
        rows.append(
            [
                ref,
                firm(c),
                d.strftime("%d/%m/%Y"),
                (d + dt.timedelta(days=30)).strftime("%d/%m/%Y"),
                "Credit Note" if credit else "Invoice",
                status,
                proj,
                usd(net, "£"),
                usd(vat, "£"),
                usd(net + vat, "£"),
            ]
        )
        recs.append(
            {
                "order_id": ref,
                "customer_id": firm(c),
                "order_date": d,
                "amount": net,
                "cancelled": status in ("Draft", "Cancelled"),
                "status": status,
                "proj": proj,
                "vat": vat,
                "credit": credit,
                "gross": round(net + vat, 2),
            }
        )
    t = mk(recs)
    path = out / "freeagent_invoices.csv"
    write_text(
        rows,
        ["Reference", "Contact", "Dated", "Due On", "Type", "Status", "Project", "Net Value", "VAT", "Total Value"],
        path,
    )
    cases = base(t, 1)
    wrong_col(t, cases[0], "gross", "Total Value incl. VAT summed")
    wrong_all(t, cases[0], revenue, "drafts / cancelled counted")
    cases[0].wrong["credit notes ignored"] = revenue(where(t, credit=False))
    cases += [
        Case(
            "fy_range",
            "What were our sales from April 2023 to March 2024?",
            "scalar",
            revenue(between(t, dt.date(2023, 4, 1), dt.date(2024, 3, 31))),
            "revenue",
        ),
        ask("fy", "Revenue for FY 2023/24"),
        Case("vat", "How much VAT did we charge in total?", "scalar", col_sum(t, "vat")),
        Case(
            "credits",
            "How much did we give back in credit notes?",
            "scalar",
            -revenue(where(t, credit=True)),
            alts=(revenue(where(t, credit=True)),),
        ),
        Case("by_project", "turnover by project", "breakdown", by(t, "proj"), "revenue"),
        Case("de_q1", "Umsatz im ersten Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("de_overdue", "Wie viele Rechnungen sind überfällig?", "scalar", n_where(t, status="Overdue")),
        ask("by_region", "turnover by region"),
        ask("de_mahnung", "Wie viele Mahnungen haben wir verschickt?"),
    ]
    return ClientFile("uk_vat", [path], "FreeAgent UK invoices, £, dd/mm/yyyy, credit notes, VAT", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Zoho Books India invoices: Invoice Date dd-mm-yyyy, Customer Name, GSTIN, Place of Supply, Taxable Value
#    / CGST / SGST / IGST / Total with lakh grouping `₹1,23,456.78`, Status Paid/Overdue/Sent/Void/Draft


STATES = ["Maharashtra", "Karnataka", "Tamil Nadu", "Delhi", "Gujarat"]


def india_gst(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1000):
        c = skew(rng, 240)
        d = rdate(rng, dt.date(2023, 4, 1), D1)
        tv = round(rng.lognormvariate(11.0, 0.9), 2)
        state = STATES[c % len(STATES)]
        intra = state == "Maharashtra"
        cgst = sgst = round(tv * 0.09, 2) if intra else 0.0
        igst = 0.0 if intra else round(tv * 0.18, 2)
        u = rng.random()
        status = "Void" if u < 0.05 else "Draft" if u < 0.08 else rng.choice(["Paid", "Paid", "Sent", "Overdue"])
        name = person(c, IN_FIRST, IN_LAST) + " Traders"
        num = f"INV/23-24/{k + 1:05d}"
        rows.append(
            [
                num,
                d.strftime("%d-%m-%Y"),
                name,
                f"27AAB{c:05d}Z{c % 10}",
                state,
                status,
                "₹" + lakh(tv),
                lakh(cgst),
                lakh(sgst),
                lakh(igst),
                "₹" + lakh(tv + cgst + sgst + igst),
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": name,
                "order_date": d,
                "amount": tv,
                "cancelled": status in ("Void", "Draft"),
                "status": status,
                "state": state,
                "igst": igst,
                "total": round(tv + cgst + sgst + igst, 2),
            }
        )
    t = mk(recs)
    path = out / "Invoice.csv"
    write_text(
        rows,
        [
            "Invoice Number",
            "Invoice Date",
            "Customer Name",
            "GSTIN",
            "Place of Supply",
            "Invoice Status",
            "Taxable Value",
            "CGST",
            "SGST",
            "IGST",
            "Total",
        ],
        path,
    )
    cases = base(t, 2)
    wrong_col(t, cases[0], "total", "Total incl. GST summed")
    wrong_all(t, cases[0], revenue, "void / draft counted")
    cases += [
        Case("by_state", "revenue by place of supply", "breakdown", by(t, "state"), "revenue"),
        Case(
            "h1",
            "What did we make from April to September 2024?",
            "scalar",
            revenue(between(t, dt.date(2024, 4, 1), dt.date(2024, 9, 30))),
            "revenue",
        ),
        ask("fy24", "What was our revenue in FY24?"),
        Case("igst", "total IGST", "scalar", col_sum(t, "igst")),
        Case(
            "karnataka", "How many invoices went to Karnataka?", "scalar", orders(where(t, state="Karnataka")), "orders"
        ),
        Case("de_maerz", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        ask("by_hsn", "revenue by HSN code"),
        ask("de_crore", "Wie viele Kunden haben über 1 Crore Umsatz?"),
        ask("tds", "How much TDS was deducted?"),
    ]
    return ClientFile("india_gst", [path], "Zoho Books India invoices, lakh grouping, ₹, GST split", cases)


# --------------------------------------------------------------------------------------------------------
# 8. MYOB AccountRight sales register (Australia): Date dd/mm/yyyy, Invoice No., Co./Last Name, Amount (inc GST)
#    `$1,234.56`, GST, Status Open/Closed, Credit rows `-$123.45`, Salesperson; data from July 2023


def myob_au(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(950):
        c = skew(rng, 200)
        d = rdate(rng, dt.date(2023, 7, 1), D1)
        net = round(rng.lognormvariate(6.4, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * 0.5, 2)
        gst = round(net * 0.1, 2)
        inc = round(net + gst, 2)
        status = rng.choice(["Closed", "Closed", "Open"])
        rep = rng.choice(["Bruce W.", "Sheila T.", "Mick D."])
        num = f"{k + 1:08d}"
        name = f"{LAST[c % len(LAST)]} {FIRMS[(c // len(LAST)) % len(FIRMS)]} Pty Ltd"
        rows.append([d.strftime("%d/%m/%Y"), num, name, status, rep, usd(inc), usd(gst)])
        recs.append(
            {
                "order_id": num,
                "customer_id": name,
                "order_date": d,
                "amount": net,
                "cancelled": False,
                "status": status,
                "rep": rep,
                "inc": inc,
                "credit": credit,
            }
        )
    t = mk(recs)
    path = out / "SalesRegister.csv"
    write_text(rows, ["Date", "Invoice No.", "Co./Last Name", "Status", "Salesperson", "Amount (inc GST)", "GST"], path)
    cases = base(t, 0)
    for i in (0, 3):
        cases[i].wrong["GST included"] = col_sum(t, "inc") / (orders(t) if i == 3 else 1)
    cases += [
        Case(
            "fy_range",
            "What were our sales from 1 July 2023 to 30 June 2024?",
            "scalar",
            revenue(between(t, dt.date(2023, 7, 1), dt.date(2024, 6, 30))),
            "revenue",
        ),
        ask("fy24", "How much did we make in FY24?"),
        Case("by_rep", "sales by salesperson", "breakdown", by(t, "rep"), "revenue"),
        Case("open", "How much is on open invoices?", "scalar", revenue(where(t, status="Open")), "revenue"),
        Case("credits", "How many credits did we issue?", "scalar", t.filter(pl.col("credit")).height),
        Case("de_aug", "Umsatz im August 2024", "scalar", revenue(in_month(t, 2024, 8)), "revenue"),
        Case("de_q", "Umsatz je Quartal", "breakdown", by(t, "quarter"), "revenue"),
        ask("by_job", "revenue by job number"),
        ask("bas", "What do we owe on our next BAS?"),
    ]
    return ClientFile("myob_au", [path], "MYOB Australia sales register, amounts incl. GST, credits", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Wave invoices (US, QuickBooks-Online-like list): Num, Customer, Date MM/DD/YYYY, Due Date, Amount, Open
#    Balance, Status Paid/Partial/Overdue/Unpaid/Voided, Memo


def wave(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(820):
        c = skew(rng, 180)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(6.0, 0.6), 2)
        status = "Voided" if rng.random() < 0.06 else rng.choice(["Paid"] * 5 + ["Partial", "Overdue", "Unpaid"])
        bal = 0.0 if status in ("Paid", "Voided") else round(amt * (0.5 if status == "Partial" else 1.0), 2)
        name = person(c)
        num = str(1001 + k)
        rows.append(
            [
                num,
                name,
                d.strftime("%m/%d/%Y"),
                (d + dt.timedelta(days=15)).strftime("%m/%d/%Y"),
                f"{amt:,.2f}",
                f"{bal:,.2f}",
                status,
                rng.choice(["", "Thanks for your business!", "Net 15"]),
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": name,
                "order_date": d,
                "amount": amt,
                "cancelled": status == "Voided",
                "status": status,
                "bal": bal,
            }
        )
    t = mk(recs)
    path = out / "Invoices_export.csv"
    write_text(rows, ["Num", "Customer", "Date", "Due Date", "Amount", "Open Balance", "Status", "Memo"], path)
    cases = base(t, 1)
    wrong_all(t, cases[0], revenue, "voided counted")
    cases += [
        Case("balance", "How much do customers still owe us?", "scalar", col_sum(t, "bal")),
        Case("overdue", "How many invoices are overdue?", "scalar", n_where(t, status="Overdue")),
        Case("voided", "How many invoices were voided?", "scalar", n_where(t, status="Voided")),
        # "YoY … 2023 vs 2024": the change between the years (period_change: one row with both years' revenue)
        Case("yoy", "YoY revenue 2023 vs 2024", "scalar", _change(by(t, "year"), 2023, 2024), "change"),
        Case("de_2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case(
            "de_kunden_q2",
            "Wie viele Kunden hatten wir im zweiten Quartal 2024?",
            "scalar",
            customers(in_quarter(t, 2024, 2)),
            "customers",
        ),
        ask("lapsed", "Which customers have lapsed?"),
        ask("by_class", "revenue by class"),
        ask("terms", "average payment terms by customer type"),
    ]
    return ClientFile("wave", [path], "Wave invoice list: Voided, Open Balance, Partial", cases)


# --------------------------------------------------------------------------------------------------------
# 10. Paddle transactions (SaaS): billed_at UTC `2024-12-31T23:30:00Z` (month ends around midnight), amounts
#     as strings with a `USD` suffix, status completed/canceled/refunded, customer_id ctm_…, plan, country


def paddle(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    plans = [("Starter", 19.0), ("Pro", 49.0), ("Business", 149.0)]
    for k in range(1500):
        c = skew(rng, 420)
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2025, 1, 10))
        if rng.random() < 0.15:  # around midnight at a month's end or start
            d = (d.replace(day=1) - dt.timedelta(days=1)) if rng.random() < 0.5 else d.replace(day=1)
            when = dt.datetime.combine(d, dt.time(23 if d.day > 1 else 0, rng.randrange(60), 0))
        else:
            when = rtime(rng, d, 0, 24)
        plan, p = plans[c % 3]
        tax = round(p * 0.2, 2) if c % 4 == 0 else 0.0
        status = rng.choice(["completed"] * 14 + ["canceled", "refunded"])
        tid = f"txn_01h{k:06d}{rng.randrange(10**6):06d}"
        ctry = ["US", "US", "GB", "AU", "IN", "DE"][c % 6]
        rows.append(
            [
                tid,
                f"ctm_01h{c:05d}",
                status,
                when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                plan,
                ctry,
                f"{p:.2f} USD",
                f"{tax:.2f} USD",
                f"{p + tax:.2f} USD",
            ]
        )
        recs.append(
            {
                "order_id": tid,
                "customer_id": f"ctm_01h{c:05d}",
                "order_date": when.date(),
                "amount": p,
                "cancelled": status != "completed",
                "status": status,
                "plan": plan,
                "ctry": ctry,
                "gross": p + tax,
                "berlin": (when + dt.timedelta(hours=1)).date(),
            }
        )
    t = mk(recs)
    path = out / "paddle_transactions.csv"
    write_text(
        rows,
        ["id", "customer_id", "status", "billed_at", "plan_name", "country_code", "subtotal", "tax", "grand_total"],
        path,
    )
    cases = base(t, 0)
    wrong_col(t, cases[0], "gross", "grand_total incl. tax summed")
    tb = t.with_columns(order_date=pl.col("berlin"))
    cases += [
        Case(
            "dec",
            "revenue in December 2024",
            "scalar",
            revenue(in_month(t, 2024, 12)),
            "revenue",
            wrong={"timestamps read as Berlin time": revenue(in_month(tb, 2024, 12))},
        ),
        Case("jan25", "How much did we make in January 2025?", "scalar", revenue(in_month(t, 2025, 1)), "revenue"),
        Case("by_plan", "net revenue by plan", "breakdown", by(t, "plan"), "revenue"),
        Case(
            "mom",
            "MoM revenue in 2024",
            "breakdown",
            month_map(t, 2024),
            "revenue",
            wrong={"timestamps read as Berlin time": month_map(tb, 2024)},
        ),
        Case("refunds", "How many transactions were refunded?", "scalar", n_where(t, status="refunded")),
        Case("de_gb", "Umsatz mit Kunden aus Großbritannien", "scalar", revenue(where(t, ctry="GB")), "revenue"),
        ask("mrr", "What's our net revenue retention?"),
        ask("seats", "revenue per seat"),
        ask("de_kohorte", "Umsatz nach Akquisekanal"),
    ]
    return ClientFile("paddle", [path], "Paddle transactions, UTC timestamps, amounts with USD suffix", cases)


# --------------------------------------------------------------------------------------------------------
# 11. A Google Sheets sales log (US): Date 3/5/2024, Client, Invoice #, Service, Amount `$1,234.56`,
#     Paid? / Refunded TRUE/FALSE, Notes; trailing empty columns and 25 empty trailing rows


def gsheets(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(520):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        svc = rng.choice(["Portrait session", "Wedding", "Headshots", "Prints"])
        amt = round(
            {"Wedding": 2400.0, "Portrait session": 350.0, "Headshots": 180.0}.get(svc, 0) or rng.uniform(25, 200), 2
        )
        refunded = rng.random() < 0.05
        paid = refunded or rng.random() < 0.85
        name = person(c)
        num = f"2{k + 1:04d}"
        rows.append(
            [
                d.strftime("%-m/%-d/%Y"),
                name,
                num,
                svc,
                usd(amt),
                "TRUE" if paid else "FALSE",
                "TRUE" if refunded else "FALSE",
                rng.choice(["", "", "referral", "repeat client"]),
                "",
                "",
                "",
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": name,
                "order_date": d,
                "amount": amt,
                "cancelled": refunded,
                "svc": svc,
                "paid": paid,
            }
        )
    rows += [[""] * 11 for _ in range(25)]
    t = mk(recs)
    path = out / "Sales Log 2023-2024 - Sheet1.csv"
    write_text(
        rows,
        ["Date", "Client", "Invoice #", "Service", "Amount", "Paid?", "Refunded", "Notes", "", "", ""],
        path,
        newline="\r\n",
    )
    cases = base(t, 2)
    wrong_all(t, cases[0], revenue, "refunded counted")
    cases += [
        Case("by_service", "How much did we make per service?", "breakdown", by(t, "svc"), "revenue"),
        Case("unpaid", "How much is unpaid?", "scalar", revenue(where(t, paid=False)), "revenue"),
        Case("refunds", "How many sessions were refunded?", "scalar", t.filter(pl.col("cancelled")).height),
        Case(
            "weddings",
            "How many weddings did we shoot in 2024?",
            "scalar",
            orders(in_year(where(t, svc="Wedding"), 2024)),
            "orders",
        ),
        Case("de_q3", "Umsatz im Q3 2023", "scalar", revenue(in_quarter(t, 2023, 3)), "revenue"),
        Case("de_monat", "Umsatz je Monat 2024", "breakdown", month_map(t, 2024), "revenue"),
        ask("by_source", "revenue by lead source"),
        ask("miles", "How many miles did we drive to shoots?"),
        ask("ltv", "What's the LTV of a wedding client vs a portrait client?"),
    ]
    return ClientFile("gsheets", [path], "Google Sheets log, TRUE/FALSE flags, empty trailing rows and columns", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Clover orders workbook (.xlsx, US): Order Date '05-Mar-2024 02:14 PM', Customer Name on 45 %, Subtotal,
#     Tax, Tip, Total, Payment State Paid/Refunded/Open, Employee; a Totals row at the bottom


def clover_xlsx(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs, rows = [], []
    for _k in range(1200):
        c = skew(rng, 260)
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), D1), 7, 20)
        known = rng.random() < 0.45
        sub = round(rng.uniform(4, 60), 2)
        tax = round(sub * 0.06, 2)
        tip = round(sub * rng.choice([0, 0.1, 0.15, 0.2]), 2)
        state = rng.choice(["Paid"] * 18 + ["Refunded", "Open"])
        emp = rng.choice(["Maria", "DeShawn", "Kevin", "Olivia"])
        oid = f"{rng.randrange(36**12):012X}"[:13]
        name = person(c) if known else ""
        rows.append(
            [oid, when.strftime("%d-%b-%Y %I:%M %p"), name, emp, sub, tax, tip, round(sub + tax + tip, 2), state]
        )
        recs.append(
            {
                "order_id": oid,
                "customer_id": name or None,
                "order_date": when.date(),
                "amount": sub,
                "cancelled": state == "Refunded",
                "emp": emp,
                "tip": tip,
                "total": round(sub + tax + tip, 2),
            }
        )
    t = mk(recs)
    path = out / "Orders-2024-10-16.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Orders")
    head = ["Order ID", "Order Date", "Customer Name", "Employee", "Subtotal", "Tax", "Tip", "Total", "Payment State"]
    ws.write_row(0, 0, head)
    for i, r in enumerate(rows, start=1):
        ws.write_row(i, 0, r)
    n = len(rows) + 1
    ws.write_row(
        n,
        0,
        [
            "Totals",
            "",
            "",
            "",
            sum(r[4] for r in rows),
            sum(r[5] for r in rows),
            sum(r[6] for r in rows),
            sum(r[7] for r in rows),
            "",
        ],
    )
    wb.close()
    cases = base(t, 0)
    wrong_col(t, cases[0], "total", "Total incl. tax and tip summed")
    cases[0].wrong["totals row counted"] = 2 * revenue(t)
    cases += [
        Case("tips", "How much did we get in tips?", "scalar", col_sum(t, "tip")),
        Case("by_emp", "sales by employee", "breakdown", by(t, "emp"), "revenue"),
        Case("mom", "MoM sales 2024", "breakdown", month_map(t, 2024), "revenue"),
        Case("sep", "How much did we make in September 2024?", "scalar", revenue(in_month(t, 2024, 9)), "revenue"),
        Case("de_maria", "Umsatz von Maria", "scalar", revenue(where(t, emp="Maria")), "revenue"),
        Case(
            "de_aov_q2",
            "durchschnittlicher Bestellwert im zweiten Quartal 2024",
            "scalar",
            aov(in_quarter(t, 2024, 2)),
            "aov",
        ),
        ask("by_item", "What are our best-selling items?"),
        ask("by_hour", "sales by hour of day for the drive-thru"),
        ask("inventory", "How much inventory do we have left?"),
    ]
    return ClientFile("clover_xlsx", [path], "Clover orders workbook with a Totals row, tips, partial customers", cases)


# --------------------------------------------------------------------------------------------------------
# 13. Maxio (Chargify) invoices (US SaaS): Issue Date MM/DD/YYYY, Customer Reference, Customer Organization,
#     Product Family, Status paid/open/canceled/voided, Type Invoice / Credit Note `-$12.00`, Subtotal, Tax, Total


def maxio(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1000):
        c = skew(rng, 230)
        d = rdate(rng, D0, D1)
        fam = ["Analytics", "Platform", "Add-ons"][c % 3]
        sub = {"Analytics": 299.0, "Platform": 899.0, "Add-ons": 49.0}[fam] * rng.choice([1, 1, 1, 2])
        credit = rng.random() < 0.06
        if credit:
            sub = -rng.choice([12.0, 49.0, 99.0])
        tax = round(sub * 0.05, 2) if c % 3 == 0 else 0.0
        status = rng.choice(["paid"] * 12 + ["open", "canceled", "voided"])
        num = f"{'CN' if credit else 'INV'}{k + 1:06d}"
        ref = f"cust_{c:04d}"
        rows.append(
            [
                num,
                d.strftime("%m/%d/%Y"),
                ref,
                firm(c),
                fam,
                "Credit Note" if credit else "Invoice",
                status,
                usd(sub),
                usd(tax),
                usd(sub + tax),
            ]
        )
        recs.append(
            {
                "order_id": num,
                "customer_id": ref,
                "order_date": d,
                "amount": sub,
                "cancelled": status in ("canceled", "voided"),
                "fam": fam,
                "credit": credit,
                "status": status,
                "gross": sub + tax,
            }
        )
    t = mk(recs)
    path = out / "maxio_invoices_export.csv"
    write_text(
        rows,
        [
            "Invoice Number",
            "Issue Date",
            "Customer Reference",
            "Customer Organization",
            "Product Family",
            "Type",
            "Status",
            "Subtotal",
            "Tax",
            "Total",
        ],
        path,
    )
    cases = base(t, 1)
    wrong_col(t, cases[0], "gross", "Total incl. tax summed")
    cases[0].wrong["credit notes ignored"] = revenue(where(t, credit=False))
    wrong_all(t, cases[0], revenue, "canceled / voided counted")
    cases += [
        Case("by_fam", "revenue by product family", "breakdown", by(t, "fam"), "revenue"),
        Case(
            "credits",
            "How much did we credit back?",
            "scalar",
            -revenue(where(t, credit=True)),
            alts=(revenue(where(t, credit=True)),),
        ),
        Case("q2", "revenue in Q2 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("open", "How much is sitting on open invoices?", "scalar", revenue(where(t, status="open")), "revenue"),
        Case(
            "de_platform",
            "Wie viele Kunden haben Platform gekauft?",
            "scalar",
            customers(where(t, fam="Platform")),
            "customers",
        ),
        Case("de_jahr", "Umsatz je Jahr", "breakdown", by(t, "year"), "revenue"),
        ask("arr", "What's our ARR by plan tier?"),
        ask("churned", "How many churned accounts did we have last month?"),
        ask("expansion", "expansion revenue by account manager"),
    ]
    return ClientFile("maxio", [path], "Maxio invoices, -$ credit notes, canceled/voided, tax beside subtotal", cases)


# --------------------------------------------------------------------------------------------------------
# 14. Razorpay payments (India): id pay_…, created_at dd/mm/yyyy HH:MM:SS, amount in rupees, fee and tax,
#     status captured/failed/refunded/authorized, method upi/card/netbanking/wallet, email and contact


def razorpay(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1400):
        c = skew(rng, 380)
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), D1), 0, 24)
        amt = float(rng.choice([499, 999, 1499, 2999, 4999, 12999]))
        u = rng.random()
        status = "failed" if u < 0.08 else "refunded" if u < 0.12 else "authorized" if u < 0.14 else "captured"
        fee = round(amt * 0.02, 2)
        method = rng.choice(["upi", "upi", "card", "netbanking", "wallet"])
        mail = (
            f"{IN_FIRST[c % len(IN_FIRST)].lower()}.{IN_LAST[(c // len(IN_FIRST)) % len(IN_LAST)].lower()}{c}@gmail.com"
        )
        pid = f"pay_N{k:05d}{rng.randrange(36**6):06X}"
        rows.append(
            [
                pid,
                f"{amt:.2f}",
                "INR",
                status,
                method,
                mail,
                f"+91{9000000000 + c}",
                f"{fee:.2f}",
                f"{fee * 0.18:.2f}",
                when.strftime("%d/%m/%Y %H:%M:%S"),
            ]
        )
        recs.append(
            {
                "order_id": pid,
                "customer_id": mail,
                "order_date": when.date(),
                "amount": amt,
                "cancelled": status != "captured",
                "status": status,
                "method": method,
                "fee": fee,
                "tax": round(fee * 0.18, 2),
            }
        )
    t = mk(recs)
    path = out / "razorpay_payments.csv"
    write_text(
        rows, ["id", "amount", "currency", "status", "method", "email", "contact", "fee", "tax", "created_at"], path
    )
    cases = base(t, 2)
    wrong_all(t, cases[0], revenue, "failed / refunded / authorized counted")
    auth = t.with_columns(cancelled=~pl.col("status").is_in(["captured", "authorized"]))
    cases[0].wrong["authorized counted, the fee's tax subtracted"] = revenue(auth) - col_sum(auth, "tax")
    cases += [
        Case("by_method", "revenue by payment method", "breakdown", by(t, "method"), "revenue"),
        Case(
            "fees",
            "How much did we pay in fees?",
            "scalar",
            col_sum(t, "fee"),
            wrong={"failed counted": float(t["fee"].sum())},
        ),
        Case("failed", "How many payments failed?", "scalar", n_where(t, status="failed")),
        Case(
            "upi_aug",
            "UPI revenue in August 2024",
            "scalar",
            revenue(in_month(where(t, method="upi"), 2024, 8)),
            "revenue",
        ),
        Case("de_monat", "Umsatz je Monat", "breakdown", by(t, "month"), "revenue"),
        Case(
            "de_q1", "Wie viele Zahlungen im ersten Quartal 2024?", "scalar", orders(in_quarter(t, 2024, 1)), "orders"
        ),
        ask("by_city", "revenue by city"),
        ask("settle", "How much is pending settlement?"),
        ask("diwali", "How did Diwali week do vs last year?"),
    ]
    return ClientFile("razorpay", [path], "Razorpay payments, dd/mm/yyyy times, failed/authorized, fees", cases)


BUILDERS = [
    freshbooks,
    bigcommerce,
    toast,
    amazon_br,
    klaviyo,
    uk_vat,
    india_gst,
    myob_au,
    wave,
    paddle,
    gsheets,
    clover_xlsx,
    maxio,
    razorpay,
]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a US/UK/AU/IN header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "freshbooks",
            {"Client Name": "customer_id", "Invoice #": "order_id", "Date Issued": "order_date", "Amount": "amount"},
            "Client Name, Invoice #, Date Issued and Amount mapped",
        ),
        again(
            "bigcommerce",
            {"Subtotal (ex tax)": "amount", "Order Date": "order_date"},
            "'Subtotal (ex tax)=amount' and the order date",
        ),
        again(
            "toast",
            {"Customer Email": "customer_id", "Check Id": "order_id", "Opened": "order_date", "Amount": "amount"},
            "loyalty e-mail, Check Id, Opened and Amount mapped",
        ),
        again(
            "uk_vat",
            {"Contact": "customer_id", "Dated": "order_date", "Net Value": "amount", "Reference": "order_id"},
            "Contact, Dated, Net Value and Reference mapped",
        ),
        again(
            "india_gst",
            {"Customer Name": "customer_id", "Invoice Date": "order_date", "Taxable Value": "amount"},
            "Customer Name, Invoice Date and Taxable Value mapped",
        ),
        again(
            "myob_au",
            {"Co./Last Name": "customer_id", "Invoice No.": "order_id", "Date": "order_date"},
            "Co./Last Name, Invoice No. and Date mapped (the amount left to insight)",
        ),
        ClientFile(
            "myob_au_map_full",
            f["myob_au"].paths,
            "myob_au with 'Amount (inc GST)=amount' as well (the only amount there is; net of GST expected)",
            f["myob_au"].cases,
            mapping={
                "Co./Last Name": "customer_id",
                "Invoice No.": "order_id",
                "Date": "order_date",
                "Amount (inc GST)": "amount",
            },
        ),
        again(
            "clover_xlsx",
            {"Subtotal": "amount", "Customer Name": "customer_id"},
            "'Subtotal=amount' and Customer Name mapped",
        ),
        again("gsheets", {"Client": "customer_id", "Invoice #": "order_id"}, "Client and Invoice # mapped"),
        again("paddle", {"billed_at": "order_date", "subtotal": "amount"}, "billed_at and subtotal mapped"),
        again(
            "maxio",
            {
                "Customer Reference": "customer_id",
                "Issue Date": "order_date",
                "Subtotal": "amount",
                "Invoice Number": "order_id",
            },
            "Customer Reference, Issue Date, Subtotal, Invoice Number",
        ),
        ClientFile(
            "klaviyo_map",
            f["klaviyo"].paths,
            "klaviyo with --table customers --map 'Email=customer_id'",
            f["klaviyo"].cases,
            mapping={"Email": "customer_id"},
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
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client7_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
