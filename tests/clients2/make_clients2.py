"""A second, independent set of client exports (round 2), each with its ground truth and a consultant's questions.

    python tests/clients2/make_clients2.py OUT_DIR     # writes the files and lists the cases

Written blind: none of ``insight/query/**`` or ``insight/semantic/**`` was read. Every file is written the
way the client's system delivers it (WooCommerce one row per order with item columns, Stripe cents,
Amazon flat file, POS receipts, SaaS subscriptions, DATEV Soll/Haben, UTF-16 "Unicode text", several files
of one client, ...) from a *truth* frame holding the meaning of each line. Expected answers come from that
truth frame with plain polars following metrics.md (analysis date = day after the last order, cancelled
lines never sales, revenue net of returns), never through insight and never by reading the file back.

Deterministic (seeded ``random.Random``, fixed workbook dates), small (500-3,000 lines per file). Nothing
generated is committed: tests write into a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

SEED = 20241206

# --------------------------------------------------------------------------------------------------------
# Cases


@dataclass
class Case:
    """One question and what a correct answer is.

    kind:
      scalar       -- ``expected`` is a number; ``alts`` are other numbers that are right too (15 % as 0.15 or 15)
      breakdown    -- ``expected`` maps dimension value -> number
      top          -- ``expected`` is an ordered list of (customer, value)
      clarify      -- the question names something the data lacks: must ask back (or error naming it)
      needs_orders -- a customers table alone: no number may come back for an order metric
    wrong: known wrong readings (label -> value), so the report says what insight did.
    """

    qid: str
    question: str
    kind: str
    expected: Any = None
    metric: str | None = None
    wrong: dict[str, Any] = field(default_factory=dict)
    alts: tuple[float, ...] = ()


@dataclass
class ClientFile:
    name: str
    paths: list[Path]
    what: str
    cases: list[Case]
    mapping: dict[str, str] | None = None
    table: str | None = None
    # None = well-formed, the import must succeed; else why a one-line refusal is acceptable
    import_may_fail: str | None = None


# --------------------------------------------------------------------------------------------------------
# Ground truth (metrics.md) on a truth frame: order_id, customer_id (str | null), order_date (date),
# amount (signed line amount), cancelled (bool), + dimension columns


def sales(t: pl.DataFrame) -> pl.DataFrame:
    return t.filter(~pl.col("cancelled"))


def revenue(t: pl.DataFrame) -> float:
    return float(sales(t)["amount"].sum())


def order_values(t: pl.DataFrame) -> pl.DataFrame:
    return (sales(t).group_by("order_id").agg(pl.col("amount").sum().alias("v"), pl.col("customer_id").first())
            .filter(pl.col("v") > 0))


def orders(t: pl.DataFrame) -> int:
    return order_values(t).height


def customers(t: pl.DataFrame) -> int:
    return order_values(t).drop_nulls("customer_id")["customer_id"].n_unique()


def aov(t: pl.DataFrame) -> float:
    return revenue(t) / orders(t)


def repeat_rate(t: pl.DataFrame) -> float:
    per = order_values(t).drop_nulls("customer_id").group_by("customer_id").len()
    return per.filter(pl.col("len") >= 2).height / per.height


def buyers(t: pl.DataFrame) -> set[str]:
    return set(order_values(t).drop_nulls("customer_id")["customer_id"].to_list())


def retention(t: pl.DataFrame, year: int) -> float:
    """Share of the customers with an order in ``year - 1`` who also ordered in ``year``."""
    before, now = buyers(in_year(t, year - 1)), buyers(in_year(t, year))
    return len(before & now) / len(before)


def new_customers(t: pl.DataFrame, year: int) -> int:
    first = (order_values(t.with_columns(pl.col("order_id")))
             .join(sales(t).group_by("order_id").agg(pl.col("order_date").min()), on="order_id")
             .drop_nulls("customer_id").group_by("customer_id").agg(pl.col("order_date").min()))
    return first.filter(pl.col("order_date").dt.year() == year).height


def share(t: pl.DataFrame, dim: str) -> dict[str, float]:
    g = by(t, dim)
    total = sum(g.values())
    return {k: v / total for k, v in g.items()}


def with_periods(t: pl.DataFrame) -> pl.DataFrame:
    d = pl.col("order_date")
    return t.with_columns(month=d.dt.strftime("%Y-%m"), year=d.dt.year().cast(pl.Utf8),
                          quarter=d.dt.year().cast(pl.Utf8) + "-Q" + d.dt.quarter().cast(pl.Utf8))


def by(t: pl.DataFrame, dim: str, col: str = "amount") -> dict[str, float]:
    g = with_periods(sales(t)).group_by(dim).agg(pl.col(col).sum())
    return {str(k): float(v) for k, v in g.iter_rows()}


def orders_by(t: pl.DataFrame, dim: str) -> dict[str, float]:
    s = with_periods(sales(t))
    ov = s.group_by("order_id", dim).agg(pl.col("amount").sum()).filter(pl.col("amount") > 0)
    return {str(k): float(v) for k, v in ov.group_by(dim).len().iter_rows()}


def aov_by(t: pl.DataFrame, dim: str) -> dict[str, float]:
    r, o = by(t, dim), orders_by(t, dim)
    return {k: r[k] / o[k] for k in o}


def top(t: pl.DataFrame, n: int = 5, col: str = "customer_id") -> list[tuple[str, float]]:
    g = (sales(t).drop_nulls(col).group_by(col).agg(pl.col("amount").sum())
         .sort(["amount", col], descending=[True, False]).head(n))
    return [(str(c), float(v)) for c, v in g.iter_rows()]


def where(t: pl.DataFrame, **eq: Any) -> pl.DataFrame:
    for k, v in eq.items():
        t = t.filter(pl.col(k) == v)
    return t


def in_month(t: pl.DataFrame, y: int, m: int) -> pl.DataFrame:
    return t.filter((pl.col("order_date").dt.year() == y) & (pl.col("order_date").dt.month() == m))


def in_quarter(t: pl.DataFrame, y: int, q: int) -> pl.DataFrame:
    return t.filter((pl.col("order_date").dt.year() == y) & (pl.col("order_date").dt.quarter() == q))


def in_year(t: pl.DataFrame, y: int) -> pl.DataFrame:
    return t.filter(pl.col("order_date").dt.year() == y)


def as_of(t: pl.DataFrame) -> dt.date:
    return t["order_date"].max() + dt.timedelta(days=1)  # type: ignore[operator]


def last_complete_month(t: pl.DataFrame) -> tuple[int, int]:
    a = as_of(t)
    first = a.replace(day=1)
    prev = first - dt.timedelta(days=1)
    return prev.year, prev.month


def frame(recs: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(recs, infer_schema_length=None)


def std(t: pl.DataFrame, lang: str, p: str = "") -> list[Case]:
    """Revenue, orders, customers, AOV, repeat rate, top 5 (the consultant's first questions)."""
    de = lang == "de"
    cd = sales(t).with_columns(order_id=pl.coalesce(pl.col("customer_id"), pl.lit("?")) + "|"
                               + pl.col("order_date").cast(pl.Utf8))
    cd_hint = {"one order per customer and day (order number not used)": orders(cd)}
    cd_aov = {"one order per customer and day (order number not used)": revenue(cd) / max(orders(cd), 1)}
    return [
        Case(p + "revenue", "Wie viel Umsatz haben wir insgesamt gemacht?" if de else "What was our total revenue?",
             "scalar", revenue(t), "revenue"),
        Case(p + "orders", "Anzahl Bestellungen" if de else "How many orders were placed?", "scalar", orders(t),
             "orders", wrong=cd_hint),
        Case(p + "customers", "Wie viele Kunden haben bei uns gekauft?" if de else "number of customers", "scalar",
             customers(t), "customers"),
        Case(p + "aov", "Was ist der durchschnittliche Bestellwert?" if de else "What is the average order value?",
             "scalar", aov(t), "aov", wrong=cd_aov),
        Case(p + "repeat", "Wie hoch ist die Wiederkaufsrate?" if de else "What share of customers bought again?",
             "scalar", repeat_rate(t), "repeat_rate"),
        Case(p + "top5", "Die 5 umsatzstärksten Kunden" if de else "Who are our 5 biggest customers by revenue?",
             "top", top(t), "revenue"),
    ]


# --------------------------------------------------------------------------------------------------------
# Formatting


def de_num(x: float, dec: int = 2, thousands: bool = True) -> str:
    s = f"{abs(x):,.{dec}f}".replace(",", "\x00").replace(".", ",").replace("\x00", "." if thousands else "")
    return ("-" if x < 0 else "") + s


def write_text(rows: list[list[Any]], header: list[str], path: Path, sep: str = ",", encoding: str = "utf-8",
               newline: str = "\n", bom: bytes = b"", pre: list[str] | None = None) -> None:
    def cell(v: Any) -> str:
        s = "" if v is None else str(v)
        if sep in s or '"' in s or "\n" in s:
            s = '"' + s.replace('"', '""') + '"'
        return s

    lines = [*(pre or []), *(sep.join(cell(v) for v in r) for r in [header, *rows])]
    path.write_bytes(bom + (newline.join(lines) + newline).encode(encoding))


def rdate(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def rtime(rng: random.Random, d: dt.date, h0: int = 8, h1: int = 21) -> dt.datetime:
    return dt.datetime.combine(d, dt.time(rng.randrange(h0, h1), rng.randrange(60), rng.randrange(60)))


def skew(rng: random.Random, n: int) -> int:
    """A customer index with a long tail (few heavy buyers, many one-off buyers)."""
    return min(n - 1, int(rng.paretovariate(1.3)) - 1 + rng.randrange(n) * (rng.random() < 0.7))


# --------------------------------------------------------------------------------------------------------
# 1. WooCommerce: one row per order, line items in columns


WOO_ITEMS = [("Espresso Beans 1kg", 24.9), ("Filter Coffee 500g", 11.5), ("Milk Frother", 39.0),
             ("Grinder Pro", 189.0), ("Travel Mug", 17.9), ("Descaler", 8.5)]


def woo(out: Path, rng: random.Random) -> ClientFile:
    mails = [f"kunde{i}@{rng.choice(['gmx.de', 'web.de', 'gmail.com', 't-online.de'])}" for i in range(650)]
    country = {m: rng.choice(["DE"] * 6 + ["AT", "AT", "CH", "NL"]) for m in mails}
    recs, rows, items = [], [], []
    for k in range(1900):
        m = mails[skew(rng, len(mails))]
        u = rng.random()
        status = "refunded" if u < 0.05 else "cancelled" if u < 0.10 else "processing" if u < 0.16 else "completed"
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 9, 30)), 0, 24)
        pay = rng.choice(["PayPal", "PayPal", "Kreditkarte", "Klarna Rechnung", "Vorkasse"])
        its = rng.sample(WOO_ITEMS, rng.randrange(1, 4))
        cells, total = [], 0.0
        for name, price in its:
            q = rng.randrange(1, 4)
            lt = round(q * price, 2)
            total += lt
            cells += [name, q, f"{lt:.2f}"]
            items.append({"order_id": str(5000 + k), "item": name, "amount": lt, "cancelled": status in
                          ("refunded", "cancelled")})
        cells += [""] * (9 - len(cells))
        total = round(total, 2)
        rows.append([str(5000 + k), status, when.strftime("%Y-%m-%d %H:%M"), m, country[m], pay, f"{total:.2f}", *cells])
        recs.append({"order_id": str(5000 + k), "customer_id": m, "order_date": when.date(), "amount": total,
                     "cancelled": status in ("refunded", "cancelled"), "status": status, "country": country[m],
                     "pay": pay})
    t = frame(recs)
    path = out / "woocommerce_orders.csv"
    write_text(rows, ["Order Number", "Order Status", "Order Date", "Customer Email", "Billing Country",
                      "Payment Method Title", "Order Total", "Item 1 Name", "Item 1 Quantity", "Item 1 Total",
                      "Item 2 Name", "Item 2 Quantity", "Item 2 Total", "Item 3 Name", "Item 3 Quantity",
                      "Item 3 Total"], path)
    everything = t.with_columns(cancelled=pl.lit(False))
    it = frame(items)
    cases = std(t, "en")
    cases[0].wrong["refunded and cancelled orders counted"] = revenue(everything)
    cases[1].wrong["refunded and cancelled orders counted"] = orders(everything)
    cases += [
        Case("by_country", "revenue by billing country", "breakdown", by(t, "country"), "revenue",
             wrong={"cancelled counted": by(everything, "country")}),
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("paypal", "How much revenue came through PayPal?", "scalar", revenue(where(t, pay="PayPal")), "revenue",
             wrong={"filter ignored": revenue(t)}),
        Case("q2", "revenue in Q2 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("refunded", "How many orders were refunded?", "scalar", where(t, status="refunded").height, None,
             wrong={"refunded + cancelled": t.filter(pl.col("cancelled")).height}),
        Case("by_item", "revenue by product", "breakdown",
             {k: float(v) for k, v in it.filter(~pl.col("cancelled")).group_by("item").agg(pl.col("amount").sum())
              .iter_rows()}, "revenue"),
        Case("cl_coupon", "revenue by coupon code", "clarify"),
    ]
    return ClientFile("woocommerce", [path], "WooCommerce order export: one row per order, Item 1..3 "
                      "Name/Quantity/Total in columns, Order Total, Customer Email as customer, Order Status "
                      "completed/processing/refunded/cancelled, 'YYYY-MM-DD HH:MM'.", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Stripe charges (API dump): cents, amount_refunded, failed charges, ISO 'Z' time stamps


def stripe(out: Path, rng: random.Random) -> ClientFile:
    cus = [f"cus_{rng.getrandbits(40):010x}" for _ in range(500)]
    recs, rows = [], []
    for _k in range(2200):
        c = cus[skew(rng, len(cus))]
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 6, 30)), 0, 24)
        cents = rng.choice([900, 1900, 4900, 9900, 19900]) * rng.randrange(1, 3)
        status = "failed" if rng.random() < 0.06 else "succeeded"
        u = rng.random()
        refunded = 0 if status == "failed" or u > 0.10 else cents if u < 0.05 else cents // 2
        desc = rng.choice(["Abo Basic", "Abo Pro", "Abo Team", "Einmalkauf"])
        cid = f"ch_{rng.getrandbits(48):012x}"
        rows.append([cid, when.strftime("%Y-%m-%dT%H:%M:%SZ"), cents, refunded, "eur", c, status, desc])
        recs.append({"order_id": cid, "customer_id": c, "order_date": when.date(), "amount": (cents - refunded) / 100,
                     "gross": cents / 100, "refunded": refunded / 100, "cancelled": status == "failed",
                     "status": status, "desc": desc})
    t = frame(recs)
    path = out / "stripe_charges.csv"
    write_text(rows, ["id", "created", "amount", "amount_refunded", "currency", "customer", "status",
                      "description"], path)
    cents_t = t.with_columns(amount=pl.col("amount") * 100)
    no_ref = t.with_columns(amount=pl.col("gross"))
    cases = std(t, "en")
    cases[0].wrong.update({"cents read as euros": revenue(cents_t), "refunds ignored": revenue(no_ref),
                           "cents as euros, refunds ignored": revenue(no_ref) * 100,
                           "cents as euros, refunds ignored, failed counted": float(t["gross"].sum()) * 100})
    cases[3].wrong["cents read as euros"] = aov(cents_t)
    cases += [
        Case("refunded", "How much was refunded in total?", "scalar", float(sales(t)["refunded"].sum()), None,
             wrong={"in cents": float(sales(t)["refunded"].sum()) * 100}),
        Case("failed", "How many charges failed?", "scalar", where(t, status="failed").height, None),
        Case("by_month", "revenue by month", "breakdown", by(t, "month"), "revenue",
             wrong={"cents read as euros": by(cents_t, "month")}),
        Case("march", "revenue in March 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("by_desc", "revenue by description", "breakdown", by(t, "desc"), "revenue"),
        Case("cl_channel", "revenue by sales channel", "clarify"),
    ]
    return ClientFile("stripe", [path], "Stripe charges (API dump): amount and amount_refunded in cents, "
                      "currency 'eur', customer cus_…, status succeeded/failed, created '2024-03-05T14:22:00Z'. "
                      "Revenue = (amount − amount_refunded)/100 of succeeded charges.", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Amazon seller flat file (tab-separated .txt): item-price is the line total


AMZ_SKUS = [("DE-KB-001", 34.99), ("DE-MS-002", 19.99), ("DE-HS-003", 59.0), ("DE-CB-004", 9.49),
            ("DE-ST-005", 24.5)]


def amazon(out: Path, rng: random.Random) -> ClientFile:
    buyers = [f"{rng.getrandbits(36):09x}@marketplace.amazon.de" for _ in range(900)]
    recs, rows = [], []
    for _k in range(1700):
        oid = f"302-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"
        b = buyers[skew(rng, len(buyers))]
        when = rtime(rng, rdate(rng, dt.date(2024, 2, 1), dt.date(2024, 7, 31)), 0, 24)
        status = "Cancelled" if rng.random() < 0.07 else "Shipped"
        ship = rng.choice(["DE"] * 5 + ["FR", "IT", "ES", "AT"])
        fc = rng.choice(["Amazon", "Amazon", "Merchant"])
        for sku, p in rng.sample(AMZ_SKUS, rng.randrange(1, 3)):
            q = 1 if rng.random() < 0.75 else rng.randrange(2, 4)
            price = round(q * p, 2)
            tax = round(price - price / 1.19, 2)
            rows.append([oid, when.strftime("%Y-%m-%dT%H:%M:%S+00:00"), status, fc, sku, q, "EUR", f"{price:.2f}",
                         f"{tax:.2f}", ship, b])
            recs.append({"order_id": oid, "customer_id": b, "order_date": when.date(), "amount": price,
                         "cancelled": status == "Cancelled", "q": q, "sku": sku, "ship": ship, "fc": fc})
    t = frame(recs)
    path = out / "amazon_all_orders.txt"
    write_text(rows, ["amazon-order-id", "purchase-date", "order-status", "fulfillment-channel", "sku", "quantity",
                      "currency", "item-price", "item-tax", "ship-country", "buyer-email"], path, sep="\t")
    qp = t.with_columns(amount=pl.col("amount") * pl.col("q"))
    cases = std(t, "de")
    cases[0].wrong.update({"item-price read as unit price (× quantity)": revenue(qp),
                           "cancelled counted": revenue(t.with_columns(cancelled=pl.lit(False)))})
    cases += [
        Case("by_ship", "Umsatz nach Lieferland", "breakdown", by(t, "ship"), "revenue"),
        Case("en_by_ship", "revenue by ship country", "breakdown", by(t, "ship"), "revenue"),
        Case("fba", "revenue by fulfillment channel", "breakdown", by(t, "fc"), "revenue",
             wrong={"item-price × quantity": by(qp, "fc")}),
        Case("france", "Umsatz mit Lieferland FR", "scalar", revenue(where(t, ship="FR")), "revenue"),
        Case("units", "How many units did we sell?", "scalar", float(sales(t)["q"].sum()), "quantity"),
        Case("cancelled", "Wie viele Bestellungen wurden storniert?", "scalar",
             t.filter(pl.col("cancelled"))["order_id"].n_unique(), None,
             wrong={"cancelled lines": t.filter(pl.col("cancelled")).height}),
        Case("top_sku", "top 3 SKUs by revenue", "top", top(t, 3, "sku"), "revenue"),
        Case("cl_brand", "Umsatz nach Marke", "clarify"),
    ]
    return ClientFile("amazon", [path], "Amazon 'All Orders' flat file (.txt, tab): amazon-order-id, purchase-date "
                      "ISO with +00:00, order-status Shipped/Cancelled, item-price = line total (not unit price), "
                      "buyer-email as customer, ship-country.", cases)


# --------------------------------------------------------------------------------------------------------
# 4. POS receipts (Lightspeed-like): date and time columns, shops, walk-in customers, line discounts


POS_ITEMS = [("Croissant", 1.8), ("Sourdough loaf", 5.2), ("Cappuccino", 3.4), ("Cheesecake slice", 4.1),
             ("Coffee beans 250g", 8.9)]


def pos(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    shops = ["Berlin Mitte", "Hamburg Altona", "München Schwabing"]
    for k in range(1400):
        rid = f"R{24000000 + k}"
        d = rdate(rng, dt.date(2024, 3, 1), dt.date(2024, 8, 31))
        when = rtime(rng, d, 7, 19)
        shop = rng.choice(shops)
        cust = f"LC{1000 + skew(rng, 300)}" if rng.random() < 0.6 else ""
        pay = rng.choice(["Card", "Card", "Cash"])
        ret = rng.random() < 0.03
        for name, p in rng.sample(POS_ITEMS, rng.randrange(1, 4)):
            q = rng.randrange(1, 4) * (-1 if ret else 1)
            disc = round(q * p * 0.1, 2) if (rng.random() < 0.15 and not ret) else 0.0
            lt = round(q * p - disc, 2)
            rows.append([rid, when.strftime("%d/%m/%Y"), when.strftime("%H:%M"), shop, cust, name, q, f"{p:.2f}",
                         f"{disc:.2f}", f"{lt:.2f}", pay])
            recs.append({"order_id": rid, "customer_id": cust or None, "order_date": d, "amount": lt,
                         "cancelled": False, "shop": shop, "pay": pay, "disc": disc, "hour": when.hour})
    t = frame(recs)
    path = out / "lightspeed_receipts.csv"
    write_text(rows, ["Receipt number", "Date", "Time", "Shop", "Customer code", "Product", "Qty", "Unit price",
                      "Discount", "Line total", "Payment type"], path)
    y, m = last_complete_month(t)
    no_disc = t.with_columns(amount=pl.col("amount") + pl.col("disc"))
    cases = std(t, "en")
    cases[0].wrong["discount ignored (qty × price)"] = revenue(no_disc)
    cases += [
        Case("by_shop", "revenue by shop", "breakdown", by(t, "shop"), "revenue"),
        Case("de_by_shop", "Umsatz je Filiale", "breakdown", by(t, "shop"), "revenue"),
        Case("altona", "revenue in Hamburg Altona", "scalar", revenue(where(t, shop="Hamburg Altona")), "revenue",
             wrong={"filter ignored": revenue(t)}),
        Case("walkin", "How much revenue came from walk-in customers without a customer code?", "scalar",
             revenue(t.filter(pl.col("customer_id").is_null())), "unattributed_revenue"),
        Case("discount", "total discount given", "scalar", float(t["disc"].sum()), "sum_discount"),
        Case("cash", "revenue paid in cash", "scalar", revenue(where(t, pay="Cash")), "revenue"),
        Case("last_month", "revenue last month", "scalar", revenue(in_month(t, y, m)), "revenue"),
        Case("by_hour", "revenue by hour of day", "breakdown", by(t, "hour"), "revenue"),
        Case("cl_cashier", "revenue by cashier", "clarify"),
    ]
    return ClientFile("pos_receipts", [path], "POS receipts (Lightspeed-like): Date dd/mm/yyyy + separate Time, "
                      "Shop, Customer code (40 % walk-ins empty), Qty, Unit price, Discount, Line total = qty × "
                      "price − discount, returns as negative Qty receipts, Payment type.", cases)


# --------------------------------------------------------------------------------------------------------
# 5. SaaS subscriptions: one row per customer, MRR, start and cancel dates


def saas(out: Path, rng: random.Random) -> ClientFile:
    plans = {"Starter": 29.0, "Growth": 99.0, "Scale": 299.0}
    recs = []
    for i in range(1200):
        plan = rng.choice(["Starter"] * 5 + ["Growth"] * 3 + ["Scale"])
        seats = rng.randrange(1, 20)
        mrr = plans[plan] + (seats - 1) * {"Starter": 5, "Growth": 12, "Scale": 25}[plan]
        start = rdate(rng, dt.date(2022, 1, 1), dt.date(2024, 9, 30))
        p = {"Starter": 0.4, "Growth": 0.25, "Scale": 0.1}[plan]
        cancel = start + dt.timedelta(days=rng.randrange(30, 700)) if rng.random() < p else None
        if cancel and cancel > dt.date(2024, 10, 31):
            cancel = None
        recs.append({"customer": f"acct_{10000 + i}", "plan": plan, "mrr": float(mrr), "start": start,
                     "cancel": cancel, "country": rng.choice(["DE", "DE", "UK", "US", "FR"]), "seats": seats,
                     "churned": cancel is not None})
    t = frame(recs)
    path = out / "subscriptions.csv"
    write_text([[r["customer"], r["plan"], f"{r['mrr']:.2f}", "EUR", r["start"].isoformat(),
                 r["cancel"].isoformat() if r["cancel"] else "", r["country"], r["seats"],
                 "true" if r["churned"] else "false"] for r in recs],
               ["customer_id", "plan", "mrr", "currency", "started_at", "canceled_at", "country", "seats",
                "churned"], path)
    active = t.filter(~pl.col("churned"))
    cases = [
        Case("customers", "How many customers are in the file?", "scalar", t.height, "customers"),
        Case("churn", "What is the churn rate?", "scalar", float(t["churned"].mean()), None),
        Case("churn_by_plan", "churn rate by plan", "breakdown",
             {k: float(v) for k, v in t.group_by("plan").agg(pl.col("churned").mean()).iter_rows()}, None),
        Case("mean_mrr", "average MRR", "scalar", float(t["mrr"].mean()), "mean_mrr"),
        Case("mrr_by_plan", "average mrr by plan", "breakdown",
             {k: float(v) for k, v in t.group_by("plan").agg(pl.col("mrr").mean()).iter_rows()}, "mean_mrr"),
        Case("sum_mrr", "total MRR", "scalar", float(t["mrr"].sum()), "sum_mrr",
             wrong={}),
        Case("active_mrr", "total MRR of customers that have not churned", "scalar", float(active["mrr"].sum()),
             "sum_mrr", wrong={"churn filter ignored": float(t["mrr"].sum())}),
        Case("by_plan", "customers by plan", "breakdown",
             {k: float(v) for k, v in t.group_by("plan").len().iter_rows()}, "customers"),
        Case("seats", "total seats by country", "breakdown",
             {k: float(v) for k, v in t.group_by("country").agg(pl.col("seats").sum()).iter_rows()}, "sum_seats"),
        Case("needs_rev", "What was our revenue last year?", "needs_orders"),
        Case("cl_nps", "What is our NPS?", "clarify"),
    ]
    return ClientFile("saas", [path], "SaaS subscription table, one row per account: customer_id, plan, mrr, "
                      "started_at/canceled_at ISO dates, churned true/false, seats. A customers table with dates "
                      "(no orders).", cases,
                      import_may_fail="a customers table with date columns may be taken for order lines "
                      "without an amount; a one-line refusal is a gap, not silently wrong")


# --------------------------------------------------------------------------------------------------------
# 6. B2B wholesale ERP: net / VAT / gross, discount as percent strings, credit notes


def b2b(out: Path, rng: random.Random) -> ClientFile:
    arts = [("H-100", 12.4), ("H-220", 86.0), ("H-310", 240.0), ("H-415", 1450.0), ("H-520", 3.95)]
    kunden = {f"K{2000 + i}": (rng.choice(["Gastronomie", "Hotellerie", "Einzelhandel", "Kantine"]),
                               rng.choice(["Nord", "Süd", "West", "Ost"])) for i in range(260)}
    ids = list(kunden)
    recs, rows = [], []
    n = 0
    for k in range(1100):
        c = ids[skew(rng, len(ids))]
        d = rdate(rng, dt.date(2023, 1, 1), dt.date(2024, 6, 30))
        rab = rng.choice([0.0, 0.0, 0.05, 0.1, 0.125, 0.15])
        inv = f"RE-{d.year}-{k + 1:05d}"
        for art, lp in rng.sample(arts, rng.randrange(1, 4)):
            q = rng.randrange(1, 40) if lp < 100 else rng.randrange(1, 5)
            netto = round(q * lp * (1 - rab), 2)
            rows.append([inv, c, d, art, q, lp, rab, netto])
            n += 1
    for j in range(60):  # credit notes: own number, negative Menge and amounts
        src = rng.choice(rows[:n])
        d = min(src[2] + dt.timedelta(days=rng.randrange(3, 30)), dt.date(2024, 6, 30))
        q = -rng.randrange(1, src[4] + 1)
        rows.append([f"GS-{d.year}-{j + 1:04d}", src[1], d, src[3], q, src[5], src[6],
                     round(q * src[5] * (1 - src[6]), 2)])
    rows.sort(key=lambda r: (r[2], r[0]))
    out_rows = []
    for r in rows:
        mwst = round(r[7] * 0.19, 2)
        br, ge = kunden[r[1]]
        pct = f"{de_num(r[6] * 100, 1 if r[6] == 0.125 else 0)} %"
        out_rows.append([r[0], r[1], r[2].strftime("%d.%m.%Y"), r[3], r[4], de_num(r[5]), pct, de_num(r[7]),
                         de_num(mwst), de_num(r[7] + mwst), br, ge])
        recs.append({"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[7], "cancelled": False,
                     "mwst": mwst, "brutto": round(r[7] + mwst, 2), "list": r[4] * r[5], "rabatt": r[6],
                     "branche": br, "gebiet": ge})
    t = frame(recs)
    path = out / "grosshandel_rechnungen.csv"
    write_text(out_rows, ["Rechnungs-Nr.", "Kunden-Nr.", "Rechnungsdatum", "Artikel-Nr.", "Menge", "Listenpreis",
                          "Rabatt", "Netto", "MwSt 19%", "Brutto", "Branche", "Vertriebsgebiet"], path, sep=";",
               encoding="cp1252", newline="\r\n")
    gross = t.with_columns(amount=pl.col("brutto"))
    listv = t.with_columns(amount=pl.col("list"))
    mr = float(t["rabatt"].mean())
    cases = std(t, "de")
    cases[0].wrong.update({"Brutto taken": revenue(gross), "Listenpreis × Menge (Rabatt ignored)": revenue(listv)})
    cases += [
        Case("by_branche", "Umsatz nach Branche", "breakdown", by(t, "branche"), "revenue",
             wrong={"Brutto": by(gross, "branche"), "Listenpreis × Menge": by(listv, "branche")}),
        Case("sued", "Nettoumsatz im Vertriebsgebiet Süd", "scalar", revenue(where(t, gebiet="Süd")), "revenue"),
        Case("by_quarter", "Umsatz pro Quartal", "breakdown", by(t, "quarter"), "revenue"),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("rabatt", "durchschnittlicher Rabatt", "scalar", mr, "mean_rabatt", alts=(mr * 100,)),
        Case("mwst", "Summe MwSt", "scalar", float(t["mwst"].sum()), None),
        Case("gs", "Wie viele Gutschriften gab es?", "scalar", t.filter(pl.col("order_id").str.starts_with("GS"))
             ["order_id"].n_unique(), None),
        Case("share_branche", "Umsatzanteil nach Branche", "breakdown", share(t, "branche"), "revenue_share"),
        Case("retention", "Kundenbindungsrate 2024", "scalar", retention(t, 2024), "retention_rate"),
        Case("new_2024", "Wie viele Neukunden hatten wir 2024?", "scalar", new_customers(t, 2024), "new_customers"),
        Case("cl_rep", "Umsatz nach Außendienstmitarbeiter", "clarify"),
    ]
    return ClientFile("b2b_erp", [path], "German wholesale ERP (cp1252, ';', CRLF): Rechnungs-Nr./Kunden-Nr., "
                      "Listenpreis, Rabatt '12,5 %', Netto, 'MwSt 19%', Brutto, Branche, Vertriebsgebiet; credit "
                      "notes GS-… with negative Menge and amounts. Revenue = Σ Netto.", cases,
                      import_may_fail="no column is literally an amount (Netto/Brutto): a refusal naming "
                      "the candidates is a gap, not silently wrong")


# --------------------------------------------------------------------------------------------------------
# 7. DATEV-like booking export: amounts unsigned + Soll/Haben, Konto = debtor, Belegdatum yyyymmdd


def datev(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    invs = []
    for k in range(1500):
        konto = 10000 + skew(rng, 400)
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 5, 31))
        betrag = round(rng.lognormvariate(6.0, 0.8), 2)
        gk = rng.choice([8400, 8400, 8400, 8300])
        beleg = f"RE{d.year}{k + 1:05d}"
        invs.append((konto, d, betrag, gk, beleg))
        rows.append([de_num(betrag, thousands=False), "S", "EUR", konto, gk, d.strftime("%Y%m%d"), beleg,
                     f"Rechnung {beleg}"])
        recs.append({"order_id": beleg, "customer_id": str(konto), "order_date": d, "amount": betrag,
                     "cancelled": False, "gk": str(gk), "sh": "S", "abs": betrag})
    for j in range(110):
        konto, d0, b0, gk, beleg0 = rng.choice(invs)
        d = min(d0 + dt.timedelta(days=rng.randrange(2, 25)), dt.date(2024, 5, 31))
        betrag = b0 if rng.random() < 0.5 else round(b0 * 0.2, 2)
        beleg = f"GS{d.year}{j + 1:05d}"
        rows.append([de_num(betrag, thousands=False), "H", "EUR", konto, gk, d.strftime("%Y%m%d"), beleg,
                     f"Gutschrift zu {beleg0}"])
        recs.append({"order_id": beleg, "customer_id": str(konto), "order_date": d, "amount": -betrag,
                     "cancelled": False, "gk": str(gk), "sh": "H", "abs": betrag})
    order = sorted(range(len(rows)), key=lambda i: (rows[i][5], rows[i][6]))
    rows = [rows[i] for i in order]
    t = frame([recs[i] for i in order])
    header = ["Umsatz (ohne Soll/Haben-Kz)", "Soll/Haben-Kennzeichen", "WKZ Umsatz", "Konto",
              "Gegenkonto (ohne BU-Schlüssel)", "Belegdatum", "Belegfeld 1", "Buchungstext"]
    path = out / "DATEV_Buchungsstapel.csv"
    write_text(rows, header, path, sep=";", encoding="cp1252", newline="\r\n")
    unsigned = t.with_columns(amount=pl.col("abs"))
    y, m = 2024, 2
    cases = std(t, "de")
    cases[0].wrong["Haben (Gutschriften) added instead of subtracted"] = revenue(unsigned)
    cases[1].wrong["Gutschriften counted as orders"] = orders(unsigned)
    cases[3].wrong["Haben added"] = aov(unsigned)
    cases += [
        Case("by_gk", "Umsatz nach Gegenkonto", "breakdown", by(t, "gk"), "revenue",
             wrong={"Haben added": by(unsigned, "gk")}),
        Case("feb", "Umsatz im Februar 2024", "scalar", revenue(in_month(t, y, m)), "revenue",
             wrong={"Haben added": revenue(in_month(unsigned, y, m))}),
        Case("by_month", "Umsatz je Monat", "breakdown", by(t, "month"), "revenue"),
        Case("haben", "Summe der Gutschriften", "scalar", float(where(t, sh="H")["abs"].sum()), None,
             alts=(-float(where(t, sh="H")["abs"].sum()),)),
        Case("konto8300", "Umsatz auf Gegenkonto 8300", "scalar", revenue(where(t, gk="8300")), "revenue"),
        Case("cl_kst", "Umsatz nach Kostenstelle", "clarify"),
    ]
    return ClientFile("datev", [path], "DATEV-like Buchungsstapel (header line only, cp1252): 'Umsatz (ohne "
                      "Soll/Haben-Kz)' unsigned '1234,50', Soll/Haben-Kennzeichen S/H (H = Gutschrift), Konto = "
                      "Debitor (customer), Gegenkonto 8400/8300, Belegdatum yyyymmdd, Belegfeld 1 = document.",
                      cases, import_may_fail="DATEV headers are not the synonyms; a refusal naming candidates "
                      "is a gap")


# --------------------------------------------------------------------------------------------------------
# 8. One client, three files: orders (ISO with time), customers, survey


def multi(out: Path, rng: random.Random) -> ClientFile:
    prods = [("Yoga Mat", 39.0), ("Dumbbell Set", 89.0), ("Resistance Bands", 19.0), ("Foam Roller", 25.0)]
    cust = []
    for i in range(400):
        cust.append({"customer_id": f"C{3000 + i}", "name": f"Customer {i}",
                     "type": rng.choice(["Business", "Private", "Private"]),
                     "region": rng.choice(["North", "South", "East", "West"]),
                     "channel": rng.choice(["Instagram", "Google Ads", "Referral", "Newsletter"])})
    recs, rows = [], []
    cmap = {c["customer_id"]: c for c in cust}
    for k in range(1800):
        c = cust[skew(rng, len(cust))]["customer_id"]
        d = rdate(rng, dt.date(2023, 1, 1), dt.date(2024, 8, 31))
        oid = f"SO-{70000 + k}"
        for name, p in rng.sample(prods, rng.randrange(1, 3)):
            q = rng.randrange(1, 3)
            rows.append([oid, c, rtime(rng, d).strftime("%Y-%m-%d %H:%M:%S"), name, q, f"{p:.2f}"])
            recs.append({"order_id": oid, "customer_id": c, "order_date": d, "amount": q * p, "cancelled": False,
                         "region": cmap[c]["region"], "channel": cmap[c]["channel"], "type": cmap[c]["type"]})
    t = frame(recs)
    po = out / "shop_orders.csv"
    write_text(rows, ["Order ID", "Customer ID", "Order Date", "Product", "Quantity", "Unit Price"], po)
    pc = out / "shop_customers.csv"
    write_text([[c["customer_id"], c["name"], c["type"], c["region"], c["channel"]] for c in cust],
               ["Customer ID", "Customer Name", "Customer Type", "Region", "Acquisition Channel"], pc)
    survey = []
    for c in rng.sample(cust, 220):
        survey.append({"customer_id": c["customer_id"], "date": rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 8, 31)),
                       "nps": rng.choice([0, 3, 5, 6, 7, 7, 8, 8, 9, 9, 10, 10]), "sat": rng.randrange(1, 6),
                       "region": c["region"]})
    ps = out / "shop_survey.csv"
    write_text([[s["customer_id"], s["date"].isoformat(), s["nps"], s["sat"]] for s in survey],
               ["Customer ID", "Response Date", "NPS", "Satisfaction"], ps)
    sv = frame(survey)
    nps = float(((sv["nps"] >= 9).mean() - (sv["nps"] <= 6).mean()) * 100)  # type: ignore[operator]
    nps_by = {k: float(v) for k, v in sv.group_by("region").agg(
        ((pl.col("nps") >= 9).mean() - (pl.col("nps") <= 6).mean()) * 100).iter_rows()}
    a = as_of(t)
    w = sales(t).filter(pl.col("order_date") >= a.replace(year=a.year - 1))
    ltv36 = float(w["amount"].sum()) / w["customer_id"].n_unique() * 3  # S × C × P(=1) × 36
    # metrics.md: a customer's `kind` is b2b / b2c — the CRM's "Business" / "Private" are read in that spelling
    contract_kind = {"Business": "b2b", "Private": "b2c"}
    cust_by_type = {contract_kind[k]: float(v) for k, v in frame(cust).filter(
        pl.col("customer_id").is_in(t["customer_id"].unique().to_list())).group_by("type").len().iter_rows()}
    cases = std(t, "en")
    cases += [
        Case("by_region", "revenue by region", "breakdown", by(t, "region"), "revenue"),
        Case("by_channel", "revenue by acquisition channel", "breakdown", by(t, "channel"), "revenue"),
        Case("by_type", "number of customers by customer type", "breakdown", cust_by_type, "customers"),
        Case("nps", "What is our NPS?", "scalar", nps, "nps", alts=(nps / 100,)),
        Case("nps_by_region", "NPS by region", "breakdown", nps_by, "nps"),
        Case("csat", "average satisfaction", "scalar", float(sv["sat"].mean()), "csat"),
        Case("ltv36", "LTV with t = 36 months", "scalar", ltv36, "ltv_formula"),
        Case("y2023", "revenue in 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("aov_q", "average order value by quarter", "breakdown", aov_by(t, "quarter"), "aov"),
        Case("top3_2024", "top 3 customers by revenue in 2024", "top", top(in_year(t, 2024), 3), "revenue",
             wrong={"year ignored": top(t, 3)}),
        Case("west_customers", "How many customers are in region West?", "scalar",
             customers(where(t, region="West")), "customers"),
        Case("retention", "retention rate 2024", "scalar", retention(t, 2024), "retention_rate"),
        Case("churn", "churn rate 2024", "scalar", 1 - retention(t, 2024), "churn_rate"),
        Case("new_2024", "new customers in 2024", "scalar", new_customers(t, 2024), "new_customers"),
        Case("share_region", "revenue share by region", "breakdown", share(t, "region"), "revenue_share"),
        Case("cl_rep", "revenue by account manager", "clarify"),
    ]
    return ClientFile("multi_table", [po, pc, ps], "One client, three files imported together: order lines "
                      "(Order Date '2024-03-05 14:22:05'), a customers file (Customer Type, Region, Acquisition Channel) "
                      "and a survey (NPS 0-10, Satisfaction 1-5).", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Insurance / bank customer table: German headers, Ja/Nein, J/N, x/blank, '€ 1.234,50'


def insurance(out: Path, rng: random.Random) -> ClientFile:
    recs = []
    for i in range(2000):
        tarif = rng.choice(["Basis", "Basis", "Komfort", "Premium", "Gewerbe"])
        beitrag = round({"Basis": 19.9, "Komfort": 39.9, "Premium": 79.9, "Gewerbe": 890.0}[tarif]
                        * rng.uniform(0.8, 1.6), 2)
        p = {"Basis": 0.25, "Komfort": 0.15, "Premium": 0.08, "Gewerbe": 0.1}[tarif]
        recs.append({"id": f"{700000 + i}", "jahr": rng.randrange(1945, 2005),
                     "land": rng.choice(["Bayern", "Bayern", "Nordrhein-Westfalen", "Hessen", "Sachsen", "Berlin"]),
                     "tarif": tarif, "kfz": rng.random() < 0.55, "hausrat": rng.random() < 0.4,
                     "online": rng.random() < 0.62, "beitrag": beitrag, "schaden": rng.random() < 0.18,
                     "gek": rng.random() < p})
    t = frame(recs)
    path = out / "versicherung_bestand.csv"
    write_text([[r["id"], r["jahr"], r["land"], r["tarif"], "Ja" if r["kfz"] else "Nein", "J" if r["hausrat"] else "N",
                 "x" if r["online"] else "", "€ " + de_num(r["beitrag"]), "Ja" if r["schaden"] else "Nein",
                 "Ja" if r["gek"] else "Nein"] for r in recs],
               ["Kunden-Nr.", "Geburtsjahr", "Bundesland", "Tarif", "Kfz-Versicherung", "Hausrat", "Online-Banking",
                "Monatsbeitrag", "Schadensfall", "Gekündigt"], path, sep=";", encoding="cp1252", newline="\r\n")

    def share_by(col: str, dim: str) -> dict[str, float]:
        return {k: float(v) for k, v in t.group_by(dim).agg(pl.col(col).mean()).iter_rows()}

    cases = [
        Case("customers", "Wie viele Kunden haben wir im Bestand?", "scalar", t.height, "customers"),
        Case("kfz", "Anteil Kunden mit Kfz-Versicherung", "scalar", float(t["kfz"].mean()), None),
        Case("hausrat", "Anteil Kunden mit Hausrat", "scalar", float(t["hausrat"].mean()), None),
        Case("online", "Wie viel Prozent der Kunden nutzen Online-Banking?", "scalar", float(t["online"].mean()), None,
             alts=(float(t["online"].mean()) * 100,)),
        Case("churn", "Kündigungsquote", "scalar", float(t["gek"].mean()), None),
        Case("churn_by", "Kündigungsquote nach Tarif", "breakdown", share_by("gek", "tarif"), None),
        Case("schaden_by", "Anteil mit Schadensfall nach Tarif", "breakdown", share_by("schaden", "tarif"), None),
        Case("beitrag", "durchschnittlicher Monatsbeitrag", "scalar", float(t["beitrag"].mean()), "mean_monatsbeitrag",
             wrong={"'€ 1.234,50' read as 1.2345": float(t.select(pl.when(pl.col("beitrag") >= 1000)
                                                                  .then(pl.col("beitrag") / 1000)
                                                                  .otherwise(pl.col("beitrag")).mean()).item())}),
        Case("beitrag_by", "Summe Monatsbeitrag nach Bundesland", "breakdown",
             {k: float(v) for k, v in t.group_by("land").agg(pl.col("beitrag").sum()).iter_rows()},
             "sum_monatsbeitrag"),
        Case("bayern", "Wie viele Kunden sind in Bayern?", "scalar", where(t, land="Bayern").height, "customers",
             wrong={"filter ignored": t.height}),
        Case("online_by", "Anteil Online-Banking nach Bundesland", "breakdown", share_by("online", "land"), None),
        Case("kfz_bayern", "Anteil Kfz-Versicherung in Bayern", "scalar", float(where(t, land="Bayern")["kfz"].mean()),
             None, wrong={"filter ignored": float(t["kfz"].mean())}),
        Case("needs_rev", "Wie hoch ist der Umsatz?", "needs_orders"),
        Case("cl_leben", "Anteil Kunden mit Lebensversicherung", "clarify"),
    ]
    return ClientFile("insurance", [path], "Insurance customer stock (cp1252, ';'): Kunden-Nr., Bundesland, Tarif, "
                      "flags as Ja/Nein, J/N and x/blank, Monatsbeitrag '€ 1.234,50', Gekündigt Ja/Nein. No orders.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 10/11. Periods instead of dates: month text '03/2024'; year + quarter columns


def periods_month(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for c in range(180):
        cid = f"D-{4100 + c}"
        reg = rng.choice(["Nord", "Süd", "Mitte"])
        for m in range(1, 13):
            if rng.random() < 0.45:
                v = round(rng.lognormvariate(7, 0.7), 2)
                rows.append([cid, f"{m:02d}/2024", de_num(v), reg])
                recs.append({"order_id": f"{cid}-{m}", "customer_id": cid, "order_date": dt.date(2024, m, 1),
                             "amount": v, "cancelled": False, "region": reg})
    t = frame(recs)
    path = out / "umsatz_je_kunde_monat.csv"
    write_text(rows, ["Kunde", "Monat", "Umsatz", "Region"], path, sep=";")
    cases = [
        Case("revenue", "Umsatz gesamt", "scalar", revenue(t), "revenue"),
        Case("customers", "Anzahl Kunden", "scalar", customers(t), "customers"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue"),
        Case("by_quarter", "Umsatz je Quartal", "breakdown", by(t, "quarter"), "revenue"),
        Case("q2", "Umsatz im 2. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("march", "Umsatz im März 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue"),
        Case("by_region", "Umsatz nach Region", "breakdown", by(t, "region"), "revenue"),
        Case("top5", "Top 5 Kunden nach Umsatz", "top", top(t), "revenue"),
        Case("cl_product", "Umsatz nach Produkt", "clarify"),
    ]
    return ClientFile("periods_month", [path], "Revenue per customer and month, no dates: Monat '03/2024', "
                      "Umsatz '1.234,56'.", cases,
                      import_may_fail="a month column instead of a date may be refused in one line")


def periods_quarter(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for c in range(150):
        cid = f"CUST{c + 1:03d}"
        seg = rng.choice(["Enterprise", "Mid-Market", "SMB"])
        for y in (2023, 2024):
            for q in range(1, 5):
                if rng.random() < 0.5:
                    v = round(rng.lognormvariate(8, 0.8), 2)
                    rows.append([cid, y, f"Q{q}", f"{v:,.2f}", seg])
                    recs.append({"order_id": f"{cid}-{y}{q}", "customer_id": cid,
                                 "order_date": dt.date(y, 3 * q - 2, 1), "amount": v, "cancelled": False, "seg": seg})
    t = frame(recs)
    path = out / "revenue_by_quarter.csv"
    write_text(rows, ["Customer", "Year", "Quarter", "Revenue", "Segment"], path)
    cases = [
        Case("revenue", "total revenue", "scalar", revenue(t), "revenue"),
        Case("y2024", "revenue in 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
        Case("by_year", "revenue by year", "breakdown", by(t, "year"), "revenue"),
        Case("by_quarter", "revenue by quarter", "breakdown", by(t, "quarter"), "revenue"),
        Case("q3_2023", "revenue in Q3 2023", "scalar", revenue(in_quarter(t, 2023, 3)), "revenue"),
        Case("customers", "number of customers", "scalar", customers(t), "customers"),
        Case("by_seg", "revenue by segment", "breakdown", by(t, "seg"), "revenue"),
        Case("smb", "revenue of SMB customers", "scalar", revenue(where(t, seg="SMB")), "revenue"),
        Case("cl_country", "revenue by country", "clarify"),
    ]
    return ClientFile("periods_quarter", [path], "Revenue per customer, Year + Quarter ('Q1') columns, no date; "
                      "Revenue '1,234.56'; Segment.", cases,
                      import_may_fail="year/quarter columns instead of a date may be refused in one line")


# --------------------------------------------------------------------------------------------------------
# 12. '1 234,50 EUR' (space thousands, some non-breaking), mixed English/German headers


def eur_space(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(2000):
        c = f"{880000 + skew(rng, 500)}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31))
        v = round(rng.lognormvariate(6.3, 1.0), 2)
        if rng.random() < 0.05:
            v = -round(v * 0.5, 2)
        ch = rng.choice(["Webshop", "Telefon", "Händler"])
        sp = "\u00a0" if rng.random() < 0.3 else " "
        s = f"{abs(v):,.2f}".replace(",", sp).replace(".", ",") + " EUR"
        rows.append([f"B-{k + 1:05d}", c, d.isoformat(), ("-" if v < 0 else "") + s, ch])
        recs.append({"order_id": f"B-{k + 1:05d}", "customer_id": c, "order_date": d, "amount": v, "cancelled": False,
                     "ch": ch})
    t = frame(recs)
    path = out / "orders_eur_space.csv"
    write_text(rows, ["Order No", "Kunde", "Date", "Total amount", "Vertriebskanal"], path, sep=";")
    cases = std(t, "de")
    cases[0].wrong["'1 234,50' read as 1234.50 only below 1000"] = revenue(t.filter(pl.col("amount").abs() < 1000))
    cases += [
        Case("by_channel", "Umsatz nach Vertriebskanal", "breakdown", by(t, "ch"), "revenue"),
        Case("haendler", "Umsatz über Händler", "scalar", revenue(where(t, ch="Händler")), "revenue"),
        Case("by_month", "revenue by month", "breakdown", by(t, "month"), "revenue"),
        Case("eur", "Umsatz in EUR", "scalar", revenue(t), "revenue"),
        Case("aov_q", "durchschnittlicher Bestellwert pro Quartal", "breakdown", aov_by(t, "quarter"), "aov"),
        Case("last_q", "Umsatz im letzten Quartal", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue"),
        Case("web_march", "Umsatz Webshop im März 2024", "scalar", revenue(where(in_month(t, 2024, 3), ch="Webshop")),
             "revenue", wrong={"channel filter ignored": revenue(in_month(t, 2024, 3)),
                               "month ignored": revenue(where(t, ch="Webshop"))}),
        Case("returns", "Summe der Rücksendungen", "scalar", float(t.filter(pl.col("amount") < 0)["amount"].sum()),
             None, alts=(-float(t.filter(pl.col("amount") < 0)["amount"].sum()),)),
        Case("cl_product", "Umsatz nach Produktgruppe", "clarify"),
    ]
    return ClientFile("eur_space", [path], "Amounts '1 234,50 EUR' (space or no-break space thousands, currency "
                      "after), negatives '-56,00 EUR', headers mixed English/German (Order No, Kunde, Date, Total "
                      "amount, Vertriebskanal), ISO dates.", cases)


# --------------------------------------------------------------------------------------------------------
# 13. US invoices: '$1,234.50', credits '($12.50)', 'March 5, 2024', company names as customers


def us_parens(out: Path, rng: random.Random) -> list[ClientFile]:
    firms = [f"{a} {b}" for a in ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka",
                                  "Cyberdyne", "Soylent", "Tyrell", "Massive") for b in ("Corp", "LLC", "Inc.")]
    rep = {f: rng.choice(["J. Smith", "M. Garcia", "L. Chen"]) for f in firms}
    region = {f: rng.choice(["West", "East", "Central"]) for f in firms}
    recs, rows = [], []
    for k in range(1300):
        f = firms[skew(rng, len(firms))]
        d = rdate(rng, dt.date(2023, 7, 1), dt.date(2024, 6, 30))
        v = round(rng.lognormvariate(7.2, 0.9), 2)
        if rng.random() < 0.06:
            v = -round(v * 0.3, 2)
        amt = f"(${abs(v):,.2f})" if v < 0 else f"${v:,.2f}"
        rows.append([f"INV-{10000 + k}", f, d.strftime("%B %-d, %Y"), amt, rep[f], region[f]])
        recs.append({"order_id": f"INV-{10000 + k}", "customer_id": f, "order_date": d, "amount": v,
                     "cancelled": False, "rep": rep[f], "region": region[f]})
    t = frame(recs)
    path = out / "invoices_us.csv"
    header = ["Invoice #", "Customer", "Invoice Date", "Amount", "Sales Rep", "Region"]
    write_text(rows, header, path)
    slash = out / "invoices_us_slash.csv"  # the same invoices with the dates as M/D/YYYY
    write_text([[r[0], r[1], f"{d.month}/{d.day}/{d.year}", *r[3:]] for r, d in zip(rows, t["order_date"])], header,
               slash)
    absval = t.with_columns(amount=pl.col("amount").abs())
    cases = std(t, "en")
    cases[0].wrong["'($12.50)' read as +12.50"] = revenue(absval)
    cases += [
        Case("by_rep", "revenue by sales rep", "breakdown", by(t, "rep"), "revenue",
             wrong={"credits positive": by(absval, "rep")}),
        Case("west", "revenue in the West region", "scalar", revenue(where(t, region="West")), "revenue"),
        Case("q1", "revenue in Q1 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("credits", "total credits issued", "scalar", float(t.filter(pl.col("amount") < 0)["amount"].sum()), None,
             alts=(-float(t.filter(pl.col("amount") < 0)["amount"].sum()),)),
        Case("de_by_region", "Umsatz nach Region", "breakdown", by(t, "region"), "revenue"),
        Case("cl_line", "revenue by product line", "clarify"),
    ]
    what = ("US invoices: Customer = company name (no id), Invoice Date 'March 5, 2024', Amount '$1,234.50' with "
            "credits in parentheses '($12.50)', Sales Rep, Region.")
    return [ClientFile("us_parens", [path], what, cases),
            ClientFile("us_parens_slash", [slash], what.replace("'March 5, 2024'", "'3/5/2024'"), cases)]


# --------------------------------------------------------------------------------------------------------
# 14. Excel workbook with two sheets: Orders first, Customers second


def excel_two(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    cust = {f"{5100 + i}": (rng.choice(["Retail", "Manufacturing", "Services"]), rng.choice(["S", "M", "L"]))
            for i in range(300)}
    ids = list(cust)
    recs = []
    for k in range(1600):
        c = ids[skew(rng, len(ids))]
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 9, 30))
        recs.append({"order_id": f"{60000 + k}", "customer_id": c, "order_date": d,
                     "amount": round(rng.lognormvariate(5.8, 0.8), 2), "cancelled": False,
                     "ch": rng.choice(["Online", "Field Sales", "Partner"]), "ind": cust[c][0]})
    recs.sort(key=lambda r: (r["order_date"], r["order_id"]))
    t = frame(recs)
    path = out / "Kundenumsatz_2024.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2024, 10, 2, 8, 0)})
    ws = wb.add_worksheet("Orders")
    datef = wb.add_format({"num_format": "yyyy-mm-dd"})
    for c, h in enumerate(["Order-ID", "Customer-ID", "Order date", "Amount", "Sales channel"]):
        ws.write_string(0, c, h)
    for i, r in enumerate(recs):
        ws.write_string(i + 1, 0, r["order_id"])
        ws.write_number(i + 1, 1, int(r["customer_id"]))
        ws.write_datetime(i + 1, 2, dt.datetime.combine(r["order_date"], dt.time()), datef)
        ws.write_number(i + 1, 3, r["amount"])
        ws.write_string(i + 1, 4, r["ch"])
    ws2 = wb.add_worksheet("Customers")
    for c, h in enumerate(["Customer-ID", "Industry", "Company size"]):
        ws2.write_string(0, c, h)
    for i, (cid, (ind, size)) in enumerate(cust.items()):
        ws2.write_number(i + 1, 0, int(cid))
        ws2.write_string(i + 1, 1, ind)
        ws2.write_string(i + 1, 2, size)
    wb.close()
    cases = std(t, "en")
    cases += [
        Case("by_channel", "revenue by sales channel", "breakdown", by(t, "ch"), "revenue"),
        Case("by_month", "Umsatz pro Monat", "breakdown", by(t, "month"), "revenue"),
        Case("partner", "revenue through partners", "scalar", revenue(where(t, ch="Partner")), "revenue"),
        Case("by_industry", "revenue by industry", "breakdown", by(t, "ind"), "revenue"),
        Case("q3_by_ch", "revenue by sales channel in Q3 2024", "breakdown", by(in_quarter(t, 2024, 3), "ch"),
             "revenue", wrong={"quarter ignored": by(t, "ch")}),
        Case("cl_margin", "revenue by cost center", "clarify"),
    ]
    return ClientFile("excel_two_sheets", [path], "Excel workbook with two sheets: 'Orders' (Order-ID, "
                      "Customer-ID as numbers, real dates, Amount, Sales channel) and 'Customers' (Industry, Company "
                      "size). Industry lives only on the second sheet.", cases)


# --------------------------------------------------------------------------------------------------------
# 15. UTF-16 tab-separated "Unicode text" from Excel: '05.03.24', '1234,50', umlauts


def utf16(out: Path, rng: random.Random) -> ClientFile:
    groups = ["Getränke", "Süßwaren", "Obst & Gemüse", "Molkerei"]
    fil = ["Köln-Süd", "Düsseldorf", "Essen"]
    recs, rows = [], []
    for k in range(1500):
        c = f"{skew(rng, 450) + 1}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 11, 20))
        f = rng.choice(fil)
        for _ in range(rng.randrange(1, 3)):
            g = rng.choice(groups)
            v = round(rng.lognormvariate(3.5, 0.7), 2)
            rows.append([f"{90000 + k}", c, d.strftime("%d.%m.%y"), de_num(v, thousands=False), g, f])
            recs.append({"order_id": f"{90000 + k}", "customer_id": c, "order_date": d, "amount": v,
                         "cancelled": False, "g": g, "f": f})
    t = frame(recs)
    path = out / "export_unicode.txt"
    write_text(rows, ["Belegnr", "Kunde", "Datum", "Umsatz", "Warengruppe", "Filiale"], path, sep="\t",
               encoding="utf-16-le", newline="\r\n", bom=b"\xff\xfe")
    y, m = last_complete_month(t)
    cases = std(t, "de")
    cases += [
        Case("by_group", "Umsatz nach Warengruppe", "breakdown", by(t, "g"), "revenue"),
        Case("drinks", "Umsatz mit Getränke", "scalar", revenue(where(t, g="Getränke")), "revenue"),
        Case("by_fil", "Umsatz je Filiale", "breakdown", by(t, "f"), "revenue"),
        Case("jan", "Umsatz im Januar 2024", "scalar", revenue(in_month(t, 2024, 1)), "revenue"),
        Case("last_month", "Umsatz im letzten Monat", "scalar", revenue(in_month(t, y, m)), "revenue"),
        Case("gt5", "Wie viele Kunden haben mehr als 5 Bestellungen?", "scalar",
             order_values(t).group_by("customer_id").len().filter(pl.col("len") > 5).height, None),
        Case("drinks_fil", "Umsatz mit Getränke in der Filiale Essen", "scalar",
             revenue(where(t, g="Getränke", f="Essen")), "revenue"),
        Case("cl_lief", "Umsatz nach Lieferant", "clarify"),
    ]
    return ClientFile("utf16_tab", [path], "Excel 'Unicode text': UTF-16 LE with BOM, tab, CRLF, Datum "
                      "'05.03.24', Umsatz '1234,50', Warengruppe/Filiale with umlauts.", cases)


# --------------------------------------------------------------------------------------------------------
# 16. Pharmacy POS: yyyymmdd dates as numbers, zero-padded loyalty cards, J/N flag, percent discount


def pharmacy(out: Path, rng: random.Random) -> ClientFile:
    arts = [("Ibuprofen 400", 4.95), ("Nasenspray", 6.49), ("Vitamin D3", 12.9), ("Handcreme", 8.5),
            ("Blutdruckmessgerät", 49.0)]
    recs, rows = [], []
    for k in range(1600):
        card = f"{skew(rng, 350) + 1:06d}" if rng.random() < 0.8 else ""
        d = rdate(rng, dt.date(2024, 4, 1), dt.date(2024, 9, 30))
        rez = rng.random() < 0.3
        for name, p in rng.sample(arts, rng.randrange(1, 3)):
            q = rng.randrange(1, 3)
            rab = rng.choice([0, 0, 0, 5, 10])
            v = round(q * p * (1 - rab / 100), 2)
            rows.append([f"{k + 1}", d.strftime("%Y%m%d"), card, name, q, de_num(p), f"{rab}%", de_num(v),
                         "J" if rez else "N"])
            recs.append({"order_id": f"{k + 1}", "customer_id": card.lstrip("0") or None if card else None,
                         "order_date": d, "amount": v, "cancelled": False, "art": name, "rab": rab / 100,
                         "rez": rez, "q": q})
    t = frame(recs)
    path = out / "apotheke_kasse.csv"
    write_text(rows, ["Bon-Nr", "Datum", "Kundenkarte", "Artikel", "Menge", "VK", "Rabatt", "Betrag", "Rezept"],
               path, sep=";")
    cases = std(t, "de")
    rez_orders = t.filter(pl.col("rez"))["order_id"].n_unique()
    cases += [
        Case("by_art", "Umsatz nach Artikel", "breakdown", by(t, "art"), "revenue"),
        Case("rezept", "Umsatz mit Rezept", "scalar", revenue(t.filter(pl.col("rez"))), "revenue"),
        Case("rez_share", "Anteil der Bons mit Rezept", "scalar", rez_orders / t["order_id"].n_unique(), None),
        Case("units", "Wie viele Packungen wurden verkauft?", "scalar", float(t["q"].sum()), "quantity"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue"),
        Case("unattr", "Umsatz ohne Kundenkarte", "scalar", revenue(t.filter(pl.col("customer_id").is_null())),
             "unattributed_revenue"),
        Case("cl_pzn", "Umsatz nach Wirkstoff", "clarify"),
    ]
    return ClientFile("pharmacy", [path], "Pharmacy POS: Datum as yyyymmdd numbers, Kundenkarte zero-padded "
                      "('000123', 20 % empty), Rabatt '5%', Betrag '12,90', Rezept J/N.", cases)


# --------------------------------------------------------------------------------------------------------
# 17. CRM deals export (HubSpot-like): only 'Closed Won' deals are sales


def crm_deals(out: Path, rng: random.Random) -> ClientFile:
    comps = [f"{a} {b}" for a in ("Nordlicht", "Alpen", "Rhein", "Elbe", "Spree", "Isar", "Main", "Weser")
             for b in ("Consulting GmbH", "Logistik AG", "Software GmbH", "Bau KG")]
    recs, rows = [], []
    for k in range(900):
        c = comps[skew(rng, len(comps))]
        d = rdate(rng, dt.date(2023, 1, 1), dt.date(2024, 6, 30))
        u = rng.random()
        stage = "Closed Won" if u < 0.55 else "Closed Lost" if u < 0.85 else "Contract Sent"
        v = round(rng.lognormvariate(9, 0.7), -1)
        owner = rng.choice(["Anna Berg", "Tom Falk", "Lea Sommer"])
        pipe = rng.choice(["Neukunden", "Bestandskunden"])
        rows.append([f"{9_000_000 + k}", f"Deal {k + 1} – {c.split()[0]}", c, stage, f"{v:.0f}",
                     d.strftime("%Y-%m-%d %H:%M"), owner, pipe])
        recs.append({"order_id": f"{9_000_000 + k}", "customer_id": c, "order_date": d, "amount": v,
                     "cancelled": stage != "Closed Won", "stage": stage, "owner": owner, "pipe": pipe})
    t = frame(recs)
    path = out / "hubspot_deals.csv"
    write_text(rows, ["Record ID", "Deal Name", "Company name", "Deal Stage", "Amount", "Close Date", "Deal owner",
                      "Pipeline"], path)
    everything = t.with_columns(cancelled=pl.lit(False))
    decided = t.filter(pl.col("stage") != "Contract Sent")
    cases = std(t, "de")
    cases[0].wrong["lost and open deals counted"] = revenue(everything)
    cases[1].wrong["lost and open deals counted"] = orders(everything)
    cases += [
        Case("by_owner", "Umsatz nach Deal owner", "breakdown", by(t, "owner"), "revenue",
             wrong={"lost and open counted": by(everything, "owner")}),
        Case("en_by_owner", "won revenue by deal owner", "breakdown", by(t, "owner"), "revenue"),
        Case("by_stage", "number of deals by deal stage", "breakdown",
             {k: float(v) for k, v in t.group_by("stage").len().iter_rows()}, None),
        Case("win_rate", "win rate", "scalar", float((decided["stage"] == "Closed Won").mean()), None),
        Case("neukunden_pipe", "Umsatz in der Pipeline Neukunden", "scalar", revenue(where(t, pipe="Neukunden")),
             "revenue"),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("cl_product", "Umsatz nach Produktlinie", "clarify"),
    ]
    return ClientFile("crm_deals", [path], "CRM deals (HubSpot-like): Record ID, Company name as customer, Deal "
                      "Stage Closed Won/Closed Lost/Contract Sent (only won deals are sales), Amount, Close Date, "
                      "Deal owner, Pipeline.", cases)


# --------------------------------------------------------------------------------------------------------
# 18. German shop system export (Shopware/JTL-like): one row per order, two status columns, '1.234,50 €'


def shop_de(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1500):
        c = f"{20000 + skew(rng, 500)}"
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31)), 0, 24)
        u = rng.random()
        status = "Storniert" if u < 0.06 else "Offen" if u < 0.12 else "Abgeschlossen"
        pay = "Erstattet" if (status == "Abgeschlossen" and rng.random() < 0.05) else (
            "Offen" if status == "Offen" else "Komplett bezahlt" if status == "Abgeschlossen" else "Offen")
        versand = rng.choice(["DHL", "DHL", "DPD", "Hermes", "Abholung"])
        ship = 0.0 if versand == "Abholung" else 4.95
        total = round(rng.lognormvariate(4.3, 0.8) + ship, 2)
        land = rng.choice(["Deutschland"] * 6 + ["Österreich", "Schweiz"])
        rows.append([f"SW{100000 + k}", when.strftime("%d.%m.%Y %H:%M"), c, status, pay, de_num(total) + " €",
                     de_num(ship) + " €", versand, land])
        recs.append({"order_id": f"SW{100000 + k}", "customer_id": c, "order_date": when.date(), "amount": total,
                     "cancelled": status == "Storniert" or pay == "Erstattet", "status": status, "pay": pay,
                     "versand": versand, "land": land, "ship": ship})
    t = frame(recs)
    path = out / "shopware_bestellungen.csv"
    write_text(rows, ["Bestellnummer", "Bestellzeitpunkt", "Kundennummer", "Bestellstatus", "Zahlungsstatus",
                      "Gesamtbetrag", "Versandkosten", "Versandart", "Lieferland"], path, sep=";", bom=b"\xef\xbb\xbf")
    everything = t.with_columns(cancelled=pl.lit(False))
    only_storno = t.with_columns(cancelled=pl.col("status") == "Storniert")
    cases = std(t, "de")
    cases[0].wrong.update({"storniert and erstattet counted": revenue(everything),
                           "erstattet counted (second status column ignored)": revenue(only_storno)})
    cases[1].wrong["erstattet counted"] = orders(only_storno)
    cases += [
        Case("storniert", "Wie viele Bestellungen wurden storniert?", "scalar", where(t, status="Storniert").height,
             None, alts=(t.filter(pl.col("cancelled")).height,)),
        Case("erstattet", "Wie viele Bestellungen wurden erstattet?", "scalar", where(t, pay="Erstattet").height, None),
        Case("by_versand", "Umsatz nach Versandart", "breakdown", by(t, "versand"), "revenue"),
        Case("versand_sum", "Summe der Versandkosten", "scalar", float(sales(t)["ship"].sum()), None,
             alts=(float(t["ship"].sum()),)),
        Case("by_land", "Umsatz nach Lieferland", "breakdown", by(t, "land"), "revenue"),
        Case("oct", "Umsatz im Oktober 2024", "scalar", revenue(in_month(t, 2024, 10)), "revenue"),
        Case("cl_gutschein", "Umsatz nach Gutscheincode", "clarify"),
    ]
    return ClientFile("shop_de", [path], "German shop export (UTF-8 BOM, ';'): Bestellnummer, Bestellzeitpunkt "
                      "'05.03.2024 14:22', Bestellstatus Abgeschlossen/Offen/Storniert, Zahlungsstatus Komplett "
                      "bezahlt/Offen/Erstattet, Gesamtbetrag '1.234,50 €' (incl. shipping), Versandkosten, "
                      "Versandart, Lieferland.", cases)


# --------------------------------------------------------------------------------------------------------

BUILDERS = [woo, stripe, amazon, pos, saas, b2b, datev, multi, insurance, periods_month, periods_quarter,
            eur_space, us_parens, excel_two, utf16, pharmacy, crm_deals, shop_de]


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt where the first import is likely refused: the ``--map`` / ``--table``
    they would give after reading the error (same files, same truth)."""
    f = {x.name: x for x in files}
    return [
        ClientFile("b2b_erp_map", f["b2b_erp"].paths, "b2b_erp with --map 'Netto=amount'", f["b2b_erp"].cases,
                   mapping={"Netto": "amount"}),
        ClientFile("datev_map", f["datev"].paths, "datev with --map for amount, customer, date, document",
                   f["datev"].cases, mapping={"Umsatz (ohne Soll/Haben-Kz)": "amount", "Konto": "customer_id",
                                              "Belegdatum": "order_date", "Belegfeld 1": "order_id"}),
        ClientFile("saas_table", f["saas"].paths, "saas with --table customers", f["saas"].cases, table="customers"),
        ClientFile("stripe_map", f["stripe"].paths, "stripe with --map 'created=order_date'", f["stripe"].cases,
                   mapping={"created": "order_date"}),
        ClientFile("woocommerce_map", f["woocommerce"].paths, "woocommerce with --map 'Order Total=amount'",
                   f["woocommerce"].cases, mapping={"Order Total": "amount"}),
        ClientFile("amazon_map", f["amazon"].paths, "amazon with --map 'buyer-email=customer_id'",
                   f["amazon"].cases, mapping={"buyer-email": "customer_id"}),
        ClientFile("amazon_map_full", f["amazon"].paths, "amazon with the mapping of a consultant who knows the "
                   "format: buyer-email=customer_id, amazon-order-id=order_id, item-price=amount (a line total)",
                   f["amazon"].cases, mapping={"buyer-email": "customer_id", "amazon-order-id": "order_id",
                                               "item-price": "amount"}),
        ClientFile("pos_receipts_map_full", f["pos_receipts"].paths, "pos with --map 'Customer code=customer_id' "
                   "--map 'Receipt number=order_id' --map 'Line total=amount'", f["pos_receipts"].cases,
                   mapping={"Customer code": "customer_id", "Receipt number": "order_id", "Line total": "amount"}),
        ClientFile("crm_deals_map", f["crm_deals"].paths, "crm_deals with --map 'Company name=customer_id' "
                   "--map 'Close Date=order_date'", f["crm_deals"].cases,
                   mapping={"Company name": "customer_id", "Close Date": "order_date"}),
        ClientFile("shop_de_map", f["shop_de"].paths, "shop_de with --map 'Gesamtbetrag=amount'", f["shop_de"].cases,
                   mapping={"Gesamtbetrag": "amount"}),
        ClientFile("pos_receipts_map", f["pos_receipts"].paths, "pos with --map 'Customer code=customer_id'",
                   f["pos_receipts"].cases, mapping={"Customer code": "customer_id"}),
        ClientFile("eur_space_map", f["eur_space"].paths, "eur_space with --map 'Total amount=amount'",
                   f["eur_space"].cases, mapping={"Total amount": "amount"}),
        ClientFile("pharmacy_map", f["pharmacy"].paths, "pharmacy with --map 'Kundenkarte=customer_id'",
                   f["pharmacy"].cases, mapping={"Kundenkarte": "customer_id"}),
        ClientFile("periods_month_map", f["periods_month"].paths, "periods_month with --map 'Monat=order_date'",
                   f["periods_month"].cases, mapping={"Monat": "order_date"},
                   import_may_fail="'03/2024' may not be read as a date"),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases."""
    out.mkdir(parents=True, exist_ok=True)
    files: list[ClientFile] = []
    for i, make in enumerate(BUILDERS):
        made = make(out, random.Random(SEED + i))
        files += made if isinstance(made, list) else [made]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client2_files")
    for cf in build(folder):
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):60s} cases={len(cf.cases)}")
