"""A third, independent set of client exports (round 3), each with its ground truth and a consultant's questions.

    python tests/clients3/make_clients3.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/query/**``, ``insight/semantic/**`` or ``insight/io/**`` was read. The
expected values follow /work/shared/spec/metrics.md, answers.md and docs/import.md. Every file is written the
way the client's system delivers it (Magento grid with German locale, Odoo order lines with quotations, SAP SD
billing with credit memos, Lexware invoices, Chargebee invoices, a marketplace settlement with fees and
payouts, French/Dutch/Spanish shops, Excel with a notes sheet first or a two-row header, a Parquet dump with
dotted headers, a loyalty-card table, an NPS survey linked by e-mail, customers with birth dates) from a
*truth* frame holding the meaning of each line. Expected answers come from that truth frame in plain polars
(analysis date = day after the last order, cancelled/refunded/voided never sales, returns and credit notes
subtract), never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), imported.
Deterministic (seeded ``random.Random``), small (400-2,500 lines per file); nothing generated is committed.
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
    as_of,
    aov,
    by,
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
    where,
    write_text,
)

SEED = 20261207

__all__ = ["Case", "ClientFile", "build"]


def everything(t: pl.DataFrame) -> pl.DataFrame:
    """The truth with nothing treated as cancelled (a reader that ignores the status)."""
    return t.with_columns(cancelled=pl.lit(False))


def fr_num(x: float) -> str:
    """French: narrow no-break space thousands, decimal comma, ' €'."""
    s = f"{abs(x):,.2f}".replace(",", "\u202f").replace(".", ",")
    return ("-" if x < 0 else "") + s + "\u00a0€"


def count(t: pl.DataFrame) -> int:
    return t.height


# --------------------------------------------------------------------------------------------------------
# 1. Magento 2 sales order grid, admin in German locale: '05.03.2024, 14:22:10', '1.234,50 €',
#    Status Closed = refunded by credit memo, partial refunds in 'Total Refunded'


def magento(out: Path, rng: random.Random) -> ClientFile:
    mails = [f"{rng.choice(['anna', 'jonas', 'lena', 'paul', 'mia', 'ben'])}.{i}@example.de" for i in range(700)]
    recs, rows = [], []
    for k in range(1800):
        m = mails[skew(rng, len(mails))]
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 15)), 0, 24)
        u = rng.random()
        status = ("Canceled" if u < 0.05 else "Closed" if u < 0.09 else "Pending" if u < 0.12
                  else "Processing" if u < 0.2 else "Complete")
        sub = round(rng.lognormvariate(4.2, 0.6), 2)
        ship = 0.0 if sub > 50 else 4.95
        grand = round(sub + ship, 2)
        refunded = grand if status == "Closed" else (round(sub * 0.3, 2) if status == "Complete"
                                                     and rng.random() < 0.06 else 0.0)
        group = rng.choice(["General", "General", "Wholesale", "Retailer"])
        pay = rng.choice(["PayPal", "Kreditkarte", "Rechnung", "Vorkasse"])
        oid = f"{100000001 + k:09d}"
        rows.append([oid, "Main Website Store", when.strftime("%d.%m.%Y, %H:%M:%S"), m.split("@")[0].title(),
                     de_num(grand) + " €", de_num(grand) + " €", status, m, group, de_num(sub) + " €",
                     de_num(ship) + " €", pay, de_num(refunded) + " €" if refunded else ""])
        recs.append({"order_id": oid, "customer_id": m, "order_date": when.date(), "amount": grand - refunded,
                     "gross": grand, "sub": sub, "refunded": refunded, "ship": ship,
                     "cancelled": status in ("Canceled", "Closed"), "status": status, "group": group, "pay": pay})
    t = frame(recs)
    path = out / "magento_sales_order_grid.csv"
    write_text(rows, ["ID", "Purchase Point", "Purchase Date", "Bill-to Name", "Grand Total (Base)",
                      "Grand Total (Purchased)", "Status", "Customer Email", "Customer Group", "Subtotal",
                      "Shipping and Handling", "Payment Method", "Total Refunded"], path)
    refunds_ignored = t.with_columns(amount=pl.col("gross"))
    closed_sale = t.with_columns(cancelled=pl.col("status") == "Canceled", amount=pl.col("gross"))
    cases = std(t, "de")
    cases[0].wrong.update({"Total Refunded ignored": revenue(refunds_ignored),
                           "Closed (refunded) counted, refunds ignored": revenue(closed_sale),
                           "nothing cancelled": revenue(everything(refunds_ignored))})
    cases[1].wrong["Closed (refunded) orders counted"] = orders(closed_sale)
    y, m = last_complete_month(t)
    cases += [
        Case("by_group", "Umsatz nach Kundengruppe", "breakdown", by(t, "group"), "revenue",
             wrong={"refunds ignored": by(refunds_ignored, "group")}),
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("closed", "Wie viele Bestellungen wurden storniert?", "scalar",
             where(t, status="Canceled").height, None, alts=(t.filter(pl.col("cancelled")).height,)),
        Case("refunds", "Wie viel wurde insgesamt erstattet?", "scalar",
             float(t.filter(pl.col("status") != "Canceled")["refunded"].sum()), None),
        Case("shipping", "Summe der Versandkosten", "scalar", float(sales(t)["ship"].sum()), None),
        Case("last_month", "Umsatz im letzten Monat", "scalar", revenue(in_month(t, y, m)), "revenue"),
        Case("wholesale", "Umsatz der Kundengruppe Wholesale im 2. Quartal 2024", "scalar",
             revenue(where(in_quarter(t, 2024, 2), group="Wholesale")), "revenue"),
        Case("cl_coupon", "Umsatz nach Gutscheincode", "clarify"),
    ]
    return ClientFile("magento", [path], "Magento 2 sales order grid, admin in German locale: ID zero-padded "
                      "increment, Purchase Date '05.03.2024, 14:22:10', Grand Total '1.234,50 €' (incl. shipping), "
                      "Status Complete/Processing/Pending/Canceled/Closed (Closed = refunded by credit memo), "
                      "Total Refunded for partial refunds, Customer Email. Revenue = Grand Total − Total Refunded "
                      "of orders not Canceled.", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Odoo sales order lines: quotations are no sales, discount % per line, 'Company, Contact' customers


ODOO_PRODUCTS = [("[FURN_7800] Desk Combination", 450.0), ("[FURN_0269] Office Chair Black", 120.5),
                 ("[E-COM11] Cabinet with Doors", 140.0), ("[FURN_8888] Office Lamp", 40.0),
                 ("[CONS_0001] Consulting hour", 95.0)]


def odoo(out: Path, rng: random.Random) -> ClientFile:
    companies = [f"{rng.choice(['Azure', 'Deco', 'Gemini', 'Lumber', 'Ready', 'Wood'])} "
                 f"{rng.choice(['Interior', 'Addict', 'Furniture', 'Inc', 'Mat', 'Corner'])} {i}" for i in range(220)]
    contacts = ["Brandon Freeman", "Colleen Diaz", "Nicole Ford", "Ron Gibson", "Tom Ruiz"]
    recs, rows = [], []
    for k in range(900):
        c = companies[skew(rng, len(companies))]
        who = f"{c}, {rng.choice(contacts)}"
        when = rtime(rng, rdate(rng, dt.date(2023, 7, 1), dt.date(2024, 9, 30)), 7, 19)
        u = rng.random()
        state = "Cancelled" if u < 0.06 else "Quotation" if u < 0.14 else "Quotation Sent" if u < 0.2 \
            else "Sales Order"
        team = rng.choice(["Europe", "America", "Direct Sales"])
        ref = f"S{k + 1:05d}"
        for prod, price in rng.sample(ODOO_PRODUCTS, rng.randrange(1, 4)):
            q = rng.randrange(1, 6)
            disc = rng.choice([0, 0, 0, 5, 10, 15])
            subtotal = round(q * price * (1 - disc / 100), 2)
            rows.append([ref, when.strftime("%Y-%m-%d %H:%M:%S"), who, team, prod, f"{q:.2f}", f"{price:.2f}",
                         f"{disc:.2f}", f"{subtotal:.2f}", state])
            recs.append({"order_id": ref, "customer_id": who, "order_date": when.date(), "amount": subtotal,
                         "list": q * price, "disc": disc, "cancelled": state != "Sales Order", "state": state, "team": team,
                         "prod": prod, "q": q})
    t = frame(recs)
    path = out / "sale_order_line_odoo.csv"
    write_text(rows, ["Order Reference", "Order Date", "Customer", "Sales Team", "Product", "Quantity",
                      "Unit Price", "Discount (%)", "Subtotal", "Status"], path)
    quotes_sold = t.with_columns(cancelled=pl.col("state") == "Cancelled")
    no_disc = t.with_columns(amount=pl.col("list"))
    cases = std(t, "en")
    cases[0].wrong.update({"quotations counted and Discount ignored (quantity × unit price, Subtotal unused)":
                           revenue(quotes_sold.with_columns(amount=pl.col("list"))),
                           "quotations counted as sales": revenue(quotes_sold),
                           "discount ignored (quantity × unit price)": revenue(no_disc)})
    cases[1].wrong["quotations counted"] = orders(quotes_sold)
    open_quotes = t.filter(pl.col("state").str.starts_with("Quotation"))
    cases += [
        Case("by_team", "revenue by sales team", "breakdown", by(t, "team"), "revenue",
             wrong={"quotations counted": by(quotes_sold, "team")}),
        Case("by_prod", "revenue by product", "breakdown", by(t, "prod"), "revenue"),
        Case("quotes", "How many quotations are still open?", "scalar", open_quotes["order_id"].n_unique(), None),
        Case("pipeline", "total value of open quotations", "scalar", float(open_quotes["amount"].sum()), None),
        Case("y2023", "revenue in 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("units", "Wie viele Stück wurden verkauft?", "scalar", float(sales(t)["q"].sum()), "quantity",
             wrong={"quotations counted": float(sales(quotes_sold)["q"].sum())}),
        Case("avg_disc", "average discount on confirmed orders", "scalar", float(sales(t)["disc"].mean()), None,  # type: ignore[arg-type]
             alts=(float(sales(t)["disc"].mean()) / 100,  # type: ignore[arg-type]
                   float(sales(t).select(1 - pl.col("amount").sum() / pl.col("list").sum()).item())),
             wrong={"every line (quotations, cancelled)": float(t["disc"].mean())}),  # type: ignore[arg-type]
        Case("cl_margin", "gross margin by product", "clarify"),
    ]
    return ClientFile("odoo", [path], "Odoo sale.order.line export: Order Reference S00012, Customer 'Company, "
                      "Contact', Quantity/Unit Price '2.00', Discount (%), Subtotal (after discount), Status "
                      "Sales Order/Quotation/Quotation Sent/Cancelled. Only confirmed sales orders are sales.", cases)


# --------------------------------------------------------------------------------------------------------
# 3. SAP SD billing documents (VBRK/VBRP-like): Fakturaart F2 Rechnung / RE Retourengutschrift / G2
#    Gutschrift with POSITIVE Nettowert, Kunde zero-padded, Steuerbetrag, Vertriebsweg codes


def sap_sd(out: Path, rng: random.Random) -> ClientFile:
    kunden = [f"{rng.randrange(100000, 999999):010d}" for _ in range(260)]
    branche = {k: rng.choice(["Handel", "Industrie", "Handwerk"]) for k in kunden}
    recs, rows = [], []
    for k in range(1500):
        c = kunden[skew(rng, len(kunden))]
        d = rdate(rng, dt.date(2024, 1, 2), dt.date(2024, 11, 29))
        u = rng.random()
        art, text = ("G2", "Gutschrift") if u < 0.06 else ("RE", "Retourengutschrift") if u < 0.12 \
            else ("F2", "Rechnung")
        vw = rng.choice(["10", "10", "20"])
        doc = f"{90000000 + k}"
        for pos in range(rng.randrange(1, 4)):
            net = round(rng.lognormvariate(5.5, 0.9), 2) if art == "F2" else round(rng.lognormvariate(4, 0.6), 2)
            tax = round(net * 0.19, 2)
            rows.append([doc, f"{(pos + 1) * 10:06d}", d.strftime("%d.%m.%Y"), art, text, c, "1000", vw,
                         f"M-{rng.randrange(100, 120)}", de_num(net), de_num(tax), "EUR"])
            recs.append({"order_id": doc, "customer_id": c.lstrip("0"), "order_date": d,
                         "amount": net if art == "F2" else -net, "abs": net, "tax": tax, "cancelled": False,
                         "art": art, "vw": {"10": "Direktvertrieb", "20": "Großhandel"}[vw], "vwc": vw,
                         "br": branche[c]})
    t = frame(recs)
    path = out / "SAP_Fakturen_VBRP.csv"
    write_text(rows, ["Faktura", "Position", "Fakturadatum", "Fakturaart", "Bezeichnung Fakturaart", "Kunde",
                      "Verkaufsorganisation", "Vertriebsweg", "Material", "Nettowert", "Steuerbetrag", "Währung"],
               path, sep=";", encoding="cp1252", newline="\r\n")
    added = t.with_columns(amount=pl.col("abs"))
    with_tax = t.with_columns(amount=pl.col("amount") + pl.col("tax") * pl.col("amount").sign())
    cases = std(t, "de")
    cases[0].wrong.update({"Gutschriften (positive Nettowert) added": revenue(added),
                           "Steuerbetrag added (gross)": revenue(with_tax)})
    cases[4].question = "Welcher Anteil der Kunden hat mehr als einmal gekauft?"
    cases += [
        Case("by_vw", "Umsatz nach Vertriebsweg", "breakdown", by(t, "vwc"), "revenue",
             wrong={"credit memos added": by(added, "vwc")}),
        Case("credits", "Summe der Gutschriften", "scalar", float(t.filter(pl.col("art") != "F2")["abs"].sum()),
             None, alts=(-float(t.filter(pl.col("art") != "F2")["abs"].sum()),)),
        Case("n_credits", "Wie viele Retourengutschriften gab es?", "scalar",
             t.filter(pl.col("art") == "RE")["order_id"].n_unique(), None),
        Case("tax", "Summe Steuerbetrag der Rechnungen", "scalar",
             float(t.filter(pl.col("art") == "F2")["tax"].sum()), None),
        Case("q3", "Nettoumsatz im dritten Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 3)), "revenue",
             wrong={"credit memos added": revenue(in_quarter(added, 2024, 3))}),
        Case("by_month", "Umsatz pro Monat", "breakdown", by(t, "month"), "revenue"),
        Case("cl_region", "Umsatz nach Vertriebsbüro", "clarify"),
    ]
    return ClientFile("sap_sd", [path], "SAP SD billing items (cp1252, ';'): Faktura, Position 000010, "
                      "Fakturadatum, Fakturaart F2/RE/G2 with 'Bezeichnung Fakturaart' Rechnung/Retourengutschrift/"
                      "Gutschrift, Kunde zero-padded to 10 digits, Nettowert always positive (credit memos too), "
                      "Steuerbetrag, Vertriebsweg codes 10/20. Revenue = Σ F2 − Σ RE/G2 Nettowert.", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Lexware / sevDesk invoices: Rechnungsnummer RE-2024-0001, Netto/USt/Brutto, Status bezahlt/offen/
#    überfällig/storniert, Fällig am


def lexware(out: Path, rng: random.Random) -> ClientFile:
    firms = [f"{rng.choice(['Müller', 'Schäfer', 'Böhm', 'Weiß', 'Krüger', 'Hoffmann'])} "
             f"{rng.choice(['GmbH', 'KG', 'AG', 'e.K.', 'GbR'])} {i}" for i in range(180)]
    kdnr = {f: f"{10000 + i}" for i, f in enumerate(firms)}
    recs, rows = [], []
    for k in range(1100):
        f = firms[skew(rng, len(firms))]
        d = rdate(rng, dt.date(2024, 1, 2), dt.date(2024, 11, 28))
        net = round(rng.lognormvariate(6.2, 0.7), 2)
        rate = rng.choice([19, 19, 19, 7])
        vat = round(net * rate / 100, 2)
        u = rng.random()
        due = d + dt.timedelta(days=14)
        status = "storniert" if u < 0.05 else ("offen" if due >= dt.date(2024, 11, 29) or u < 0.12 else "bezahlt")
        if status == "offen" and due < dt.date(2024, 11, 29) and rng.random() < 0.5:
            status = "überfällig"
        nr = f"RE-2024-{k + 1:04d}"
        rows.append([nr, d.strftime("%d.%m.%Y"), kdnr[f], f, de_num(net), f"{rate} %", de_num(vat),
                     de_num(net + vat), status.capitalize() if status != "überfällig" else "Überfällig",
                     due.strftime("%d.%m.%Y")])
        recs.append({"order_id": nr, "customer_id": kdnr[f], "order_date": d, "amount": net,
                     "gross": round(net + vat, 2), "vat": vat, "cancelled": status == "storniert", "status": status,
                     "rate": rate})
    t = frame(recs)
    path = out / "Rechnungen_Lexware.csv"
    write_text(rows, ["Rechnungsnummer", "Rechnungsdatum", "Kundennummer", "Kunde", "Nettobetrag", "USt-Satz",
                      "USt-Betrag", "Bruttobetrag", "Status", "Fällig am"], path, sep=";", encoding="utf-8",
               bom=b"\xef\xbb\xbf")
    gross = t.with_columns(amount=pl.col("gross"))
    cases = std(t, "de")
    cases[0].wrong.update({"Bruttobetrag summed": revenue(gross), "storniert counted": revenue(everything(t))})
    open_ = t.filter(pl.col("status").is_in(["offen", "überfällig"]))
    cases += [
        Case("open", "Wie viel ist noch offen (brutto)?", "scalar", float(open_["gross"].sum()), None,
             alts=(float(open_["amount"].sum()),)),
        Case("overdue", "Wie viele Rechnungen sind überfällig?", "scalar", where(t, status="überfällig").height,
             None),
        Case("storno", "Wie viele Rechnungen wurden storniert?", "scalar", where(t, status="storniert").height,
             None),
        Case("vat", "Summe der Umsatzsteuer", "scalar", float(sales(t)["vat"].sum()), None),
        Case("gross", "Bruttoumsatz insgesamt", "scalar", float(sales(t)["gross"].sum()), None,
             wrong={"net revenue": revenue(t)}),
        Case("by_q", "Umsatz je Quartal", "breakdown", by(t, "quarter"), "revenue"),
        Case("cl_proj", "Umsatz nach Projekt", "clarify"),
    ]
    return ClientFile("lexware", [path], "Lexware/sevDesk invoice list (UTF-8 BOM, ';'): Rechnungsnummer "
                      "RE-2024-0001, Kundennummer + Kunde (company), Nettobetrag, USt-Satz '19 %', USt-Betrag, "
                      "Bruttobetrag, Status Bezahlt/Offen/Überfällig/Storniert, Fällig am. Revenue = Σ Netto of "
                      "invoices not storniert.", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Chargebee invoices: subscriptions billed monthly/yearly, voided invoices, credit-note adjustments


def chargebee(out: Path, rng: random.Random) -> ClientFile:
    plans = {"starter-monthly": (29.0, 1), "growth-monthly": (99.0, 1), "growth-yearly": (990.0, 12),
             "enterprise-yearly": (4990.0, 12)}
    cust = [f"{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789') for _ in range(14))}"
            for _ in range(260)]
    recs, rows = [], []
    n = 0
    for c in cust:
        plan = rng.choice(list(plans))
        price, every = plans[plan]
        start = rdate(rng, dt.date(2023, 1, 1), dt.date(2024, 8, 31))
        end = min(dt.date(2024, 10, 31), start + dt.timedelta(days=rng.randrange(60, 900)))
        d = start
        country = rng.choice(["DE", "DE", "AT", "NL", "FR"])
        while d <= end:
            n += 1
            u = rng.random()
            status = "voided" if u < 0.03 else "payment_due" if u < 0.07 else "paid"
            adjusted = round(price * rng.choice([0.5, 1.0]), 2) if status == "paid" and rng.random() < 0.05 else 0.0
            tax = round(price * 0.19, 2) if country == "DE" else 0.0
            total = round(price + tax, 2)
            paid = total if status == "paid" else 0.0
            inv = f"INV-{n:06d}"
            rows.append([inv, rtime(rng, d, 0, 24).strftime("%Y-%m-%d %H:%M:%S"), c, f"{c.lower()[:6]}@firma-{c[:4].lower()}.io", plan, status,
                         "EUR", f"{total:.2f}", f"{tax:.2f}", f"{paid:.2f}", f"{adjusted:.2f}", country])
            recs.append({"order_id": inv, "customer_id": c, "order_date": d, "amount": price - adjusted,
                         "total": total, "price": price, "adjusted": adjusted, "cancelled": status == "voided",
                         "status": status, "plan": plan, "every": every, "country": country})
            m = d.month - 1 + every
            d = dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))
    t = frame(recs)
    path = out / "chargebee_invoices.csv"
    write_text(rows, ["Invoice Number", "Invoice Date", "Customer Id", "Customer Email", "Plan Id", "Status",
                      "Currency", "Amount", "Tax", "Amount Paid", "Amount Adjusted", "Billing Country"], path)
    with_tax = t.with_columns(amount=pl.col("total") - pl.col("adjusted"))
    paid_only = t.with_columns(cancelled=pl.col("status") != "paid")
    cases = std(t, "en")
    cases[0].wrong.update({"Amount incl. tax, Amount Adjusted ignored": revenue(t.with_columns(amount=pl.col("total"))),
        "Amount incl. tax": revenue(with_tax), "adjustments ignored": revenue(
        t.with_columns(amount=pl.col("price"))), "only paid invoices": revenue(paid_only),
        "voided counted": revenue(everything(t))})
    cases[1].question = "How many invoices were issued?"
    cases[1].alts = (t.height,)
    due = t.filter(pl.col("status") == "payment_due")
    cases += [
        Case("by_plan", "revenue by plan", "breakdown", by(t, "plan"), "revenue"),
        Case("due", "How much is still due?", "scalar", float(due["total"].sum()), None,
             alts=(float(due["amount"].sum()),)),
        Case("voided", "How many invoices were voided?", "scalar", where(t, status="voided").height, None),
        Case("adjusted", "total amount adjusted by credit notes", "scalar", float(sales(t)["adjusted"].sum()),
             None),
        Case("by_country", "Umsatz nach Land", "breakdown", by(t, "country"), "revenue"),
        Case("y2024_growth", "revenue of the growth-monthly plan in 2024", "scalar",
             revenue(where(in_year(t, 2024), plan="growth-monthly")), "revenue"),
        Case("cl_mrr", "MRR by sales rep", "clarify"),
    ]
    return ClientFile("chargebee", [path], "Chargebee invoices: Invoice Date '2024-03-05 10:22:01', Customer Id "
                      "alphanumeric, Plan Id monthly/yearly, Status paid/payment_due/voided, Amount incl. tax, Tax, "
                      "Amount Paid, Amount Adjusted (credit notes). Revenue = Amount − Tax − Amount Adjusted of "
                      "invoices not voided.", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Marketplace settlement (Kaufland/Otto-like): sales, refunds, fees and payouts in one signed column


def payouts(out: Path, rng: random.Random) -> ClientFile:
    buyers = [f"K{rng.getrandbits(32):08X}" for _ in range(600)]
    recs, rows = [], []
    d0 = dt.date(2024, 2, 1)
    for k in range(1700):
        b = buyers[skew(rng, len(buyers))]
        d = rdate(rng, d0, dt.date(2024, 9, 30))
        cat = rng.choice(["Haushalt", "Garten", "Elektronik"])
        amt = round(rng.lognormvariate(3.8, 0.6), 2)
        oid = f"MP-{4000000 + k}"
        rows.append([d.strftime("%d.%m.%Y"), "Verkauf", oid, b, cat, de_num(amt)])
        recs.append({"order_id": oid, "customer_id": b, "order_date": d, "amount": amt, "cancelled": False,
                     "cat": cat, "typ": "Verkauf"})
        fee = round(amt * 0.12, 2)
        rows.append([d.strftime("%d.%m.%Y"), "Verkaufsgebühr", oid, "", cat, de_num(-fee)])
        recs.append({"order_id": oid, "customer_id": None, "order_date": d, "amount": 0.0, "cancelled": False,
                     "cat": cat, "typ": "Gebühr", "fee": fee})
        if rng.random() < 0.07:
            rd = d + dt.timedelta(days=rng.randrange(3, 20))
            rows.append([rd.strftime("%d.%m.%Y"), "Rückerstattung", oid, b, cat, de_num(-amt)])
            recs.append({"order_id": oid, "customer_id": b, "order_date": rd, "amount": -amt, "cancelled": False,
                         "cat": cat, "typ": "Rückerstattung"})
    pay_rows = []
    for m in range(2, 11):
        pd_ = dt.date(2024, m, 1) if m > 2 else None
        if pd_:
            pay_rows.append([pd_.strftime("%d.%m.%Y"), "Auszahlung", f"AZ-{m:02d}", "", "", de_num(-rng.randrange(
                9000, 16000) + 0.37)])
    rows = sorted(rows + pay_rows, key=lambda r: (r[0][6:] + r[0][3:5] + r[0][:2]))
    t = frame(recs)
    path = out / "marktplatz_abrechnung.csv"
    write_text(rows, ["Datum", "Transaktionstyp", "Bestellnummer", "Käufer-ID", "Kategorie", "Betrag"], path,
               sep=";")
    fees = float(t["fee"].sum())
    payout_sum = sum(float(r[5].replace(".", "").replace(",", ".")) for r in pay_rows)
    rev = revenue(t)
    cases = std(t, "de")
    cases[0].wrong.update({"fees subtracted": rev - fees, "fees and payouts subtracted": rev - fees + payout_sum,
                           "refunds ignored": float(t.filter(pl.col("amount") > 0)["amount"].sum())})
    cases[3].wrong["fees subtracted"] = (rev - fees) / orders(t)
    cases += [
        Case("by_cat", "Umsatz nach Kategorie", "breakdown", by(t, "cat"), "revenue",
             wrong={"fees subtracted": {k: v - float(t.filter((pl.col("cat") == k))["fee"].sum())
                                        for k, v in by(t, "cat").items()}}),
        Case("fees", "Wie hoch waren die Verkaufsgebühren?", "scalar", fees, None, alts=(-fees,)),
        Case("refunds", "Summe der Rückerstattungen", "scalar",
             float(t.filter(pl.col("typ") == "Rückerstattung")["amount"].sum()),
             None, alts=(-float(t.filter(pl.col("typ") == "Rückerstattung")["amount"].sum()),)),
        Case("payout", "Wie viel wurde an uns ausgezahlt?", "scalar", -payout_sum, None, alts=(payout_sum,)),
        Case("by_month", "Umsatz pro Monat", "breakdown", by(t, "month"), "revenue"),
        Case("cl_product", "Umsatz nach Artikel", "clarify"),
    ]
    return ClientFile("payouts", [path], "Marketplace settlement (';', decimal comma): Datum, Transaktionstyp "
                      "Verkauf/Verkaufsgebühr/Rückerstattung/Auszahlung, Bestellnummer, Käufer-ID (empty on fees "
                      "and payouts), Kategorie, signed Betrag. Revenue = sales − refunds; fees and payouts are "
                      "no revenue.", cases)


# --------------------------------------------------------------------------------------------------------
# 7. French shop: 'Date de commande' 05/03/2024, 'Montant TTC' '1 234,50 €', HT/TVA, statuses in French


def french(out: Path, rng: random.Random) -> ClientFile:
    clients = [f"{rng.choice(['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit'])} "
               f"{rng.choice(['Léa', 'Hugo', 'Chloé', 'Lucas', 'Inès', 'Jules'])} {i}" for i in range(500)]
    cno = {c: f"CL{3000 + i}" for i, c in enumerate(clients)}
    recs, rows = [], []
    for k in range(1400):
        c = clients[skew(rng, len(clients))]
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31))
        ht = round(rng.lognormvariate(4.0, 0.7), 2)
        tva = round(ht * 0.2, 2)
        u = rng.random()
        statut = "Annulée" if u < 0.05 else "Remboursée" if u < 0.09 else "En cours" if u < 0.15 else "Livrée"
        region = rng.choice(["Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie", "Bretagne"])
        nr = f"FR{240000 + k}"
        rows.append([nr, d.strftime("%d/%m/%Y"), cno[c], c, region, fr_num(ht), fr_num(tva), fr_num(ht + tva),
                     statut])
        recs.append({"order_id": nr, "customer_id": cno[c], "order_date": d, "amount": ht, "ttc": round(ht + tva, 2),
                     "cancelled": statut in ("Annulée", "Remboursée"), "statut": statut, "region": region})
    t = frame(recs)
    path = out / "commandes_export.csv"
    write_text(rows, ["N° de commande", "Date de commande", "N° client", "Client", "Région", "Montant HT",
                      "TVA", "Montant TTC", "Statut"], path, sep=";")
    ttc = t.with_columns(amount=pl.col("ttc"))
    cases = std(t, "en")
    cases[0].wrong.update({"Montant TTC (incl. VAT)": revenue(ttc), "Annulée/Remboursée counted":
                           revenue(everything(t)), "TTC and every status": revenue(everything(ttc))})
    cases[1].wrong["Annulée/Remboursée counted"] = orders(everything(t))
    cases += [
        Case("by_region", "Umsatz nach Region", "breakdown", by(t, "region"), "revenue",
             wrong={"TTC": by(ttc, "region"), "all statuses": by(everything(t), "region")}),
        Case("refunded", "How many orders were refunded?", "scalar", where(t, statut="Remboursée").height, None),
        Case("cancelled", "Wie viele Bestellungen wurden storniert?", "scalar", where(t, statut="Annulée").height,
             None, alts=(t.filter(pl.col("cancelled")).height,)),
        Case("march", "revenue in March 2024", "scalar", revenue(in_month(t, 2024, 3)), "revenue",
             wrong={"dd/mm read as mm/dd": revenue(t.filter((pl.col("order_date").dt.day() == 3)
                                                             & (pl.col("order_date").dt.month() <= 12)))}),
        Case("ttc", "revenue including VAT", "scalar", float(sales(t)["ttc"].sum()), None),
        Case("idf", "revenue in Île-de-France", "scalar", revenue(where(t, region="Île-de-France")), "revenue"),
        Case("cl_cat", "revenue by product category", "clarify"),
    ]
    return ClientFile("french", [path], "French shop export (';'): N° de commande, Date de commande dd/mm/yyyy, "
                      "N° client, Client, Région, Montant HT/TVA/Montant TTC as '1 234,50 €' (narrow no-break "
                      "space), Statut Livrée/En cours/Annulée/Remboursée. Revenue = Σ HT of orders neither "
                      "Annulée nor Remboursée.", cases)


# --------------------------------------------------------------------------------------------------------
# 8. Dutch shop: 'Besteldatum' d-m-yyyy without zero padding, 'Bedrag excl. btw', Geannuleerd/Terugbetaald


def dutch(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1300):
        c = f"{50000 + skew(rng, 400)}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 9, 30))
        ex = round(rng.lognormvariate(3.9, 0.6), 2)
        btw = round(ex * 0.21, 2)
        u = rng.random()
        st = "Geannuleerd" if u < 0.05 else "Terugbetaald" if u < 0.08 else "Verzonden" if u < 0.6 else "Afgeleverd"
        prov = rng.choice(["Noord-Holland", "Zuid-Holland", "Utrecht", "Gelderland"])
        nr = f"NL-{k + 1:05d}"
        rows.append([nr, c, f"{d.day}-{d.month}-{d.year}", de_num(ex, thousands=False), de_num(btw, thousands=False),
                     de_num(ex + btw, thousands=False), st, prov, rng.choice(["iDEAL", "iDEAL", "Creditcard",
                                                                              "Bancontact"])])
        recs.append({"order_id": nr, "customer_id": c, "order_date": d, "amount": ex, "incl": round(ex + btw, 2),
                     "cancelled": st in ("Geannuleerd", "Terugbetaald"), "st": st, "prov": prov, "pay": rows[-1][-1]})
    t = frame(recs)
    path = out / "bestellingen.csv"
    write_text(rows, ["Ordernummer", "Klantnummer", "Besteldatum", "Bedrag excl. btw", "Btw", "Bedrag incl. btw",
                      "Status", "Provincie", "Betaalmethode"], path, sep=";")
    cases = std(t, "en")
    cases[0].wrong.update({"incl. btw": revenue(t.with_columns(amount=pl.col("incl"))),
                           "Geannuleerd/Terugbetaald counted": revenue(everything(t))})
    cases[1].wrong["Geannuleerd/Terugbetaald counted"] = orders(everything(t))
    cases += [
        Case("by_prov", "revenue by province", "breakdown", by(t, "prov"), "revenue"),
        Case("ideal", "Umsatz mit iDEAL", "scalar", revenue(where(t, pay="iDEAL")), "revenue"),
        Case("aug", "revenue in August 2024", "scalar", revenue(in_month(t, 2024, 8)), "revenue"),
        Case("refunds", "How many orders were refunded?", "scalar", where(t, st="Terugbetaald").height, None),
        Case("by_pay", "revenue by payment method", "breakdown", by(t, "pay"), "revenue"),
        Case("cl_ret", "return rate by product", "clarify"),
    ]
    return ClientFile("dutch", [path], "Dutch shop (';'): Ordernummer, Klantnummer, Besteldatum '5-3-2024' "
                      "(d-m-yyyy, no zero padding), Bedrag excl./incl. btw '1234,50', Status Verzonden/Afgeleverd/"
                      "Geannuleerd/Terugbetaald, Provincie, Betaalmethode.", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Spanish shop: 'Nº Pedido', 'Fecha' '05/03/2024', 'Importe', Estado Cancelado/Devuelto


def spanish(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(1200):
        c = f"ES{7000 + skew(rng, 380)}"
        d = rdate(rng, dt.date(2023, 10, 1), dt.date(2024, 9, 30))
        imp = round(rng.lognormvariate(4.1, 0.5), 2)
        u = rng.random()
        est = "Cancelado" if u < 0.06 else "Devuelto" if u < 0.1 else "Pendiente de pago" if u < 0.13 \
            else "Entregado"
        com = rng.choice(["Madrid", "Cataluña", "Andalucía", "Comunidad Valenciana"])
        nr = f"P-{k + 1:06d}"
        rows.append([nr, d.strftime("%d/%m/%Y"), c, de_num(imp), est, com])
        recs.append({"order_id": nr, "customer_id": c, "order_date": d, "amount": imp,
                     "cancelled": est in ("Cancelado", "Devuelto"), "est": est, "com": com})
    t = frame(recs)
    path = out / "pedidos.csv"
    write_text(rows, ["Nº Pedido", "Fecha", "Cliente", "Importe", "Estado", "Comunidad"], path, sep=";",
               encoding="cp1252", newline="\r\n")
    cases = std(t, "de")
    cases[0].wrong["Cancelado/Devuelto counted"] = revenue(everything(t))
    cases += [
        Case("by_com", "Umsatz nach Comunidad", "breakdown", by(t, "com"), "revenue",
             wrong={"all statuses": by(everything(t), "com")}),
        Case("madrid", "revenue in Madrid", "scalar", revenue(where(t, com="Madrid")), "revenue"),
        Case("returned", "Wie viele Bestellungen wurden retourniert?", "scalar", where(t, est="Devuelto").height,
             None, alts=(t.filter(pl.col("cancelled")).height,)),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("new_2024", "Wie viele Neukunden hatten wir 2024?", "scalar",
             sales(t).group_by("customer_id").agg(pl.col("order_date").min())
             .filter(pl.col("order_date").dt.year() == 2024).height, "new_customers"),
        Case("cl_seller", "Umsatz nach Verkäufer", "clarify"),
    ]
    return ClientFile("spanish", [path], "Spanish shop (cp1252, ';', CRLF): Nº Pedido, Fecha dd/mm/yyyy, "
                      "Cliente ES7001, Importe '1.234,50', Estado Entregado/Pendiente de pago/Cancelado/Devuelto, "
                      "Comunidad.", cases)


# --------------------------------------------------------------------------------------------------------
# 10. eBay.de 'Verkaufte Artikel': a blank first line, German headers, 'EUR 12,50', unit price + shipping,
#     two trailing summary lines


def ebay(out: Path, rng: random.Random) -> ClientFile:
    users = [f"{rng.choice(['schnaeppchen', 'bastler', 'sammler', 'oldtimer', 'kaefer'])}_{rng.randrange(10, 9999)}"
             for _ in range(500)]
    items = [("Vintage Kamera Objektiv 50mm", 89.0), ("LEGO Technic Ersatzteile", 12.5),
             ("Schallplatte Jazz LP", 19.9), ("Modellbahn Waggon H0", 34.0)]
    recs, rows = [], []
    for k in range(1200):
        u = users[skew(rng, len(users))]
        d = rdate(rng, dt.date(2024, 3, 1), dt.date(2024, 8, 31))
        title, p = rng.choice(items)
        q = 1 if rng.random() < 0.8 else rng.randrange(2, 5)
        ship = rng.choice([0.0, 4.99, 6.99])
        total = round(q * p + ship, 2)
        nr = f"{rng.randrange(10, 99)}-{rng.randrange(10000, 99999)}-{rng.randrange(10000, 99999)}"
        rows.append([f"{k + 1}", nr, u, f"{u}@members.ebay.de", title, f"{q}", f"EUR {de_num(p)}",
                     f"EUR {de_num(ship)}", f"EUR {de_num(total)}", d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y")])
        recs.append({"order_id": nr, "customer_id": u, "order_date": d, "amount": total, "items": q * p,
                     "ship": ship, "cancelled": False, "title": title, "q": q})
    t = frame(recs)
    path = out / "eBay_Verkaufte_Artikel.csv"
    header = ["Verkaufsprotokollnummer", "Bestellnummer", "Nutzername des Käufers", "E-Mail des Käufers",
              "Artikelbezeichnung", "Anzahl", "Verkauft für", "Verpackung und Versand", "Gesamtpreis",
              "Verkaufsdatum", "Bezahlt am"]
    write_text(rows + [[""] * len(header), [f"{len(rows)} Datensätze heruntergeladen"] + [""] * 10,
                       ["Verkäufer-ID : mein_laden_24"] + [""] * 10], header, path, sep=";", pre=[""])
    items_only = t.with_columns(amount=pl.col("items"))
    cases = std(t, "de")
    cases[0].alts = (revenue(items_only),)
    cases[0].wrong.update({"Verkauft für summed (unit price)": float(sales(t.with_columns(
        amount=pl.col("items") / pl.col("q")))["amount"].sum())})
    cases[3].alts = (revenue(items_only) / orders(t),)
    cases += [
        Case("by_item", "Umsatz nach Artikel", "breakdown", by(t, "title"), "revenue",
             wrong={"without shipping": by(items_only, "title")}),
        Case("ship", "Wie viel haben wir an Versandkosten eingenommen?", "scalar", float(t["ship"].sum()), None),
        Case("units", "Wie viele Artikel wurden verkauft?", "scalar", float(t["q"].sum()), "quantity",
             wrong={"rows": t.height}),
        Case("june", "Umsatz im Juni 2024", "scalar", revenue(in_month(t, 2024, 6)), "revenue",
             alts=(revenue(in_month(items_only, 2024, 6)),)),
        Case("cl_rating", "Umsatz nach Bewertung", "clarify"),
    ]
    return ClientFile("ebay", [path], "eBay.de 'Verkaufte Artikel' (';'): blank first line, German headers, "
                      "Nutzername des Käufers, Anzahl, 'Verkauft für' = unit price 'EUR 12,50', 'Verpackung und "
                      "Versand', Gesamtpreis = Anzahl × Preis + Versand, Verkaufsdatum dd.mm.yyyy; a blank row and "
                      "two summary lines ('1200 Datensätze heruntergeladen', 'Verkäufer-ID : …') at the end.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 11. Excel: a notes sheet first ('Hinweise'), the data on the second sheet


def excel_notes(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs = []
    for k in range(1100):
        c = f"{2000 + skew(rng, 320)}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31))
        recs.append({"order_id": f"A{30000 + k}", "customer_id": c, "order_date": d,
                     "amount": round(rng.lognormvariate(5.0, 0.7), 2), "cancelled": False,
                     "seg": rng.choice(["Fachhandel", "Endkunde", "Online"])})
    recs.sort(key=lambda r: (r["order_date"], r["order_id"]))
    t = frame(recs)
    path = out / "Auswertung_Umsatz_2024.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2024, 11, 4, 9, 0)})
    notes = wb.add_worksheet("Hinweise")
    for i, line in enumerate(["Umsatzauswertung 2024 – vertraulich", "Quelle: Warenwirtschaft, Export vom 04.11.2024",
                              "Beträge netto in EUR", "Ansprechpartner: Controlling, Tel. 0221 123456",
                              "Die Daten stehen im Blatt 'Daten'."]):
        notes.write_string(i, 0, line)
    ws = wb.add_worksheet("Daten")
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    money = wb.add_format({"num_format": "#,##0.00 €"})
    for c, h in enumerate(["Auftrag", "Kundennummer", "Auftragsdatum", "Umsatz netto", "Kundensegment"]):
        ws.write_string(0, c, h)
    for i, r in enumerate(recs):
        ws.write_string(i + 1, 0, r["order_id"])
        ws.write_number(i + 1, 1, int(r["customer_id"]))
        ws.write_datetime(i + 1, 2, dt.datetime.combine(r["order_date"], dt.time()), datef)
        ws.write_number(i + 1, 3, r["amount"], money)
        ws.write_string(i + 1, 4, r["seg"])
    wb.close()
    cases = std(t, "de")
    cases += [
        Case("by_seg", "Umsatz nach Kundensegment", "breakdown", by(t, "seg"), "revenue"),
        Case("fach", "Umsatz im Fachhandel", "scalar", revenue(where(t, seg="Fachhandel")), "revenue"),
        Case("by_q", "Umsatz je Quartal", "breakdown", by(t, "quarter"), "revenue"),
        Case("cl_art", "Umsatz nach Artikelgruppe", "clarify"),
    ]
    return ClientFile("excel_notes_first", [path], "Excel workbook whose first sheet 'Hinweise' holds five lines of "
                      "notes; the data (Auftrag, Kundennummer, Auftragsdatum, Umsatz netto, Kundensegment) is on "
                      "the second sheet 'Daten'.", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Excel: a two-row header with merged cells ('Umsatz' over 'netto' | 'brutto'), a title row


def excel_merged(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs = []
    for k in range(1000):
        c = f"K-{skew(rng, 280) + 1:04d}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 9, 30))
        net = round(rng.lognormvariate(4.8, 0.6), 2)
        recs.append({"order_id": f"{k + 1}", "customer_id": c, "order_date": d, "amount": net,
                     "gross": round(net * 1.19, 2), "cancelled": False,
                     "reg": rng.choice(["Nord", "Süd", "West", "Ost"])})
    recs.sort(key=lambda r: r["order_date"])
    t = frame(recs)
    path = out / "Umsatz_Regionen.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2024, 10, 1, 9, 0)})
    ws = wb.add_worksheet("Umsatz")
    bold = wb.add_format({"bold": True, "align": "center"})
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    ws.write_string(0, 0, "Umsatz nach Regionen 1.–3. Quartal 2024")
    for c, h in enumerate(["Beleg", "Kunde", "Datum"]):
        ws.merge_range(1, c, 2, c, h, bold)
    ws.merge_range(1, 3, 1, 4, "Umsatz", bold)
    ws.write_string(2, 3, "netto", bold)
    ws.write_string(2, 4, "brutto", bold)
    ws.merge_range(1, 5, 2, 5, "Region", bold)
    for i, r in enumerate(recs):
        ws.write_number(i + 3, 0, int(r["order_id"]))
        ws.write_string(i + 3, 1, r["customer_id"])
        ws.write_datetime(i + 3, 2, dt.datetime.combine(r["order_date"], dt.time()), datef)
        ws.write_number(i + 3, 3, r["amount"])
        ws.write_number(i + 3, 4, r["gross"])
        ws.write_string(i + 3, 5, r["reg"])
    wb.close()
    cases = std(t, "de")
    cases[0].wrong["brutto summed"] = float(t["gross"].sum())
    cases += [
        Case("by_reg", "Umsatz nach Region", "breakdown", by(t, "reg"), "revenue",
             wrong={"brutto": by(t.with_columns(amount=pl.col("gross")), "reg")}),
        Case("sued", "Umsatz in der Region Süd", "scalar", revenue(where(t, reg="Süd")), "revenue"),
        Case("gross", "Bruttoumsatz", "scalar", float(t["gross"].sum()), None),
        Case("by_month", "Umsatz pro Monat", "breakdown", by(t, "month"), "revenue"),
        Case("cl_vertr", "Umsatz nach Vertreter", "clarify"),
    ]
    return ClientFile("excel_merged_header", [path], "Excel sheet with a title row and a two-row header: 'Beleg', "
                      "'Kunde', 'Datum', 'Region' merged over two rows, 'Umsatz' merged over 'netto' | 'brutto'. "
                      "Revenue = netto.", cases)


# --------------------------------------------------------------------------------------------------------
# 13. Semicolon CSV, everything quoted, English numbers with quoted thousands '"1,234.50"', the header
#     repeated every 250 rows (report pages), and a trailing 'Total' line


def quoted_pages(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    header = ["Invoice", "Customer", "Invoice Date", "Net Amount", "Sales Rep", "Region"]
    for k in range(1250):
        c = f"CU{skew(rng, 350) + 100}"
        d = rdate(rng, dt.date(2023, 1, 1), dt.date(2024, 6, 30))
        amt = round(rng.lognormvariate(6.3, 0.8), 2)
        if rng.random() < 0.05:
            amt = -round(amt * 0.3, 2)
        rep = rng.choice(["J. Smith", "A. Patel", "M. Rossi"])
        reg = rng.choice(["EMEA", "APAC", "Americas"])
        rows.append([f"INV{500000 + k}", c, d.strftime("%Y-%m-%d"), f"{amt:,.2f}", rep, reg])
        recs.append({"order_id": f"INV{500000 + k}", "customer_id": c, "order_date": d, "amount": amt,
                     "cancelled": False, "rep": rep, "reg": reg})
    t = frame(recs)
    path = out / "invoice_register.csv"
    lines = []
    for i in range(0, len(rows), 250):
        if i:
            lines.append(header)
        lines += rows[i:i + 250]
    lines.append(["Total", "", "", f"{revenue(t):,.2f}", "", ""])
    body = "\n".join(";".join(f'"{v}"' for v in r) for r in [header, *lines]) + "\n"
    path.write_text(body, encoding="utf-8")
    cases = std(t, "en")
    cases[0].wrong["total line added"] = 2 * revenue(t)
    cases += [
        Case("by_rep", "revenue by sales rep", "breakdown", by(t, "rep"), "revenue"),
        Case("by_reg", "revenue by region", "breakdown", by(t, "reg"), "revenue"),
        Case("credits", "total of credit notes", "scalar", float(t.filter(pl.col("amount") < 0)["amount"].sum()),
             None, alts=(-float(t.filter(pl.col("amount") < 0)["amount"].sum()),)),
        Case("y2023", "revenue in 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        Case("h1_2024", "revenue in the first half of 2024", "scalar",
             revenue(t.filter((pl.col("order_date") >= dt.date(2024, 1, 1)))), "revenue"),
        Case("patel_apac", "revenue of A. Patel in APAC", "scalar", revenue(where(t, rep="A. Patel", reg="APAC")),
             "revenue"),
        Case("cl_prod", "revenue by product line", "clarify"),
    ]
    return ClientFile("quoted_pages", [path], "Semicolon CSV with every field quoted, English numbers with "
                      "thousands '\"1,234.50\"', credit notes negative, the header line repeated every 250 rows "
                      "(report pages) and a trailing 'Total' line with the grand total.", cases)


# --------------------------------------------------------------------------------------------------------
# 14. Parquet dump of a GraphQL API: dotted headers 'customer.id', 'total_price.amount', timestamps with a
#     time zone, financial_status PAID/PARTIALLY_REFUNDED/REFUNDED/VOIDED, total_refunded


def parquet_nested(out: Path, rng: random.Random) -> ClientFile:
    recs, data = [], []
    for k in range(1600):
        cid = 7_000_000 + skew(rng, 550)
        guest = rng.random() < 0.06
        when = rtime(rng, rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 9, 30)), 6, 24)
        total = round(rng.lognormvariate(4.3, 0.6), 2)
        u = rng.random()
        st = "VOIDED" if u < 0.04 else "REFUNDED" if u < 0.08 else "PARTIALLY_REFUNDED" if u < 0.14 else "PAID"
        ref = total if st == "REFUNDED" else round(total * rng.choice([0.2, 0.35, 0.5]), 2) \
            if st == "PARTIALLY_REFUNDED" else 0.0
        cc = rng.choice(["DE", "DE", "DE", "AT", "CH"])
        data.append({"id": f"gid://shopify/Order/{5_500_000_000 + k}", "name": f"#{1001 + k}",
                     "created_at": when, "customer.id": None if guest else cid,
                     "total_price.amount": total, "total_price.currency_code": "EUR",
                     "total_refunded.amount": ref, "financial_status": st,
                     "shipping_address.country_code": cc, "line_items.count": rng.randrange(1, 5)})
        recs.append({"order_id": f"#{1001 + k}", "customer_id": None if guest else str(cid),
                     "order_date": when.date(), "amount": total - ref, "gross": total, "ref": ref,
                     "cancelled": st in ("VOIDED", "REFUNDED"), "st": st, "cc": cc})
    df = pl.DataFrame(data, schema={"id": pl.Utf8, "name": pl.Utf8,
                                    "created_at": pl.Datetime("us"), "customer.id": pl.Int64,
                                    "total_price.amount": pl.Float64, "total_price.currency_code": pl.Utf8,
                                    "total_refunded.amount": pl.Float64, "financial_status": pl.Utf8,
                                    "shipping_address.country_code": pl.Utf8, "line_items.count": pl.Int64})
    df = df.with_columns(pl.col("created_at").dt.replace_time_zone("Europe/Berlin"))
    path = out / "orders_graphql_dump.parquet"
    df.write_parquet(path)
    t = frame(recs)
    no_ref = t.with_columns(amount=pl.col("gross"))
    cases = std(t, "en")
    cases[0].wrong.update({"refunds ignored": revenue(no_ref), "REFUNDED/VOIDED counted, refunds ignored":
                           revenue(everything(no_ref))})
    cases += [
        Case("by_country", "revenue by shipping country", "breakdown", by(t, "cc"), "revenue",
             wrong={"refunds ignored": by(no_ref, "cc")}),
        Case("partial", "How many orders were partially refunded?", "scalar",
             where(t, st="PARTIALLY_REFUNDED").height, None),
        Case("refunded_amt", "total refunded amount", "scalar", float(t.filter(pl.col("st") != "VOIDED")["ref"].sum()),
             None),
        Case("guest", "Umsatz von Gastbestellungen ohne Kundenkonto", "scalar",
             revenue(t.filter(pl.col("customer_id").is_null())), None),
        Case("q2", "revenue in Q2 2024", "scalar", revenue(in_quarter(t, 2024, 2)), "revenue"),
        Case("cl_utm", "revenue by UTM campaign", "clarify"),
    ]
    return ClientFile("parquet_nested", [path], "Parquet dump of a shop's GraphQL API: dotted headers "
                      "customer.id (null for guests), total_price.amount, total_price.currency_code, "
                      "total_refunded.amount, created_at Datetime[Europe/Berlin], financial_status PAID/"
                      "PARTIALLY_REFUNDED/REFUNDED/VOIDED, name '#1001' as the order number, id a gid:// string. "
                      "Revenue = total − refunded of orders not VOIDED.", cases)


# --------------------------------------------------------------------------------------------------------
# 15. Loyalty-card table: purchases per card with points earned and redeemed


def loyalty(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(2000):
        card = f"{9276000000 + skew(rng, 500):d}"
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31))
        shop = rng.choice(["Bonn", "Köln", "Siegburg"])
        amt = round(rng.lognormvariate(3.2, 0.6), 2)
        earned = int(amt)
        redeemed = rng.choice([0] * 8 + [100, 200, 500])
        rows.append([f"{k + 1:07d}", card, d.strftime("%d.%m.%Y"), rtime(rng, d).strftime("%H:%M"), shop,
                     de_num(amt), earned, redeemed])
        recs.append({"order_id": f"{k + 1}", "customer_id": card, "order_date": d, "amount": amt,
                     "cancelled": False, "shop": shop, "earned": earned, "redeemed": redeemed})
    t = frame(recs)
    path = out / "kundenkarte_umsaetze.csv"
    write_text(rows, ["Bon", "Kartennummer", "Datum", "Uhrzeit", "Markt", "Umsatz", "Punkte gesammelt",
                      "Punkte eingelöst"], path, sep=";")
    earned, redeemed = float(t["earned"].sum()), float(t["redeemed"].sum())
    active = t.filter(pl.col("order_date") >= as_of(t) - dt.timedelta(days=90))["customer_id"].n_unique()
    cases = std(t, "de")
    cases += [
        Case("by_shop", "Umsatz je Markt", "breakdown", by(t, "shop"), "revenue"),
        Case("earned", "Wie viele Punkte wurden gesammelt?", "scalar", earned, None),
        Case("redeemed", "Summe der eingelösten Punkte", "scalar", redeemed, None),
        Case("rate", "Einlösequote der Punkte", "scalar", redeemed / earned, None, alts=(redeemed / earned * 100,)),
        Case("redeemers", "Wie viele Karteninhaber haben Punkte eingelöst?", "scalar",
             t.filter(pl.col("redeemed") > 0)["customer_id"].n_unique(), None),
        Case("active90", "Wie viele Kunden haben in den letzten 90 Tagen gekauft?", "scalar", active, "customers"),
        Case("cl_age", "Umsatz nach Alter", "clarify"),
    ]
    return ClientFile("loyalty", [path], "Loyalty-card purchases (';'): Bon 0000001, Kartennummer (10 digits), "
                      "Datum + Uhrzeit, Markt, Umsatz '12,50', Punkte gesammelt, Punkte eingelöst. Redemption "
                      "rate = Σ eingelöst / Σ gesammelt.", cases)


# --------------------------------------------------------------------------------------------------------
# 16. NPS survey export (Typeform-like) linked to shop orders by e-mail: the question is the header


def nps_email(out: Path, rng: random.Random) -> ClientFile:
    mails = [f"user{i}@{rng.choice(['gmail.com', 'web.de', 'outlook.com'])}" for i in range(450)]
    recs, rows = [], []
    for k in range(1500):
        m = mails[skew(rng, len(mails))]
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 8, 31))
        amt = round(rng.lognormvariate(3.9, 0.5), 2)
        rows.append([f"{20000 + k}", m, d.isoformat(), f"{amt:.2f}"])
        recs.append({"order_id": f"{20000 + k}", "customer_id": m, "order_date": d, "amount": amt,
                     "cancelled": False})
    t = frame(recs)
    po = out / "orders_by_email.csv"
    write_text(rows, ["Order ID", "Email", "Order Date", "Total"], po)
    comments = {0: "Lieferung kam nie an", 3: "zu teuer", 6: "ok", 7: "gut", 8: "schnelle Lieferung",
                9: "super Service", 10: "immer wieder gerne"}
    surv, srows = [], []
    for m in rng.sample(sorted(set(t["customer_id"].to_list())), 260):
        s = rng.choice([0, 3, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10])
        when = rtime(rng, rdate(rng, dt.date(2024, 6, 1), dt.date(2024, 8, 31)))
        srows.append([f"r{rng.getrandbits(40):010x}", m, s, comments[s], when.strftime("%Y-%m-%d %H:%M:%S")])
        surv.append({"customer_id": m, "nps": s})
    ps = out / "typeform_nps_responses.csv"
    write_text(srows, ["#", "Email", "How likely are you to recommend us to a friend or colleague?",
                       "What is the main reason for your score?", "Submitted At"], ps)
    sv = frame(surv)
    nps = float(((sv["nps"] >= 9).mean() - (sv["nps"] <= 6).mean()) * 100)  # type: ignore[operator]
    promoters = sv.filter(pl.col("nps") >= 9)["customer_id"].to_list()
    detractors = sv.filter(pl.col("nps") <= 6)["customer_id"].to_list()
    cases = std(t, "en")[:4]
    cases += [
        Case("nps", "What is our NPS?", "scalar", nps, "nps", alts=(nps / 100,)),
        Case("n_resp", "How many survey responses do we have?", "scalar", sv.height, None),
        Case("detr", "share of detractors", "scalar", float((sv["nps"] <= 6).mean()), None,  # type: ignore[arg-type]
             alts=(float((sv["nps"] <= 6).mean()) * 100,)),  # type: ignore[operator]
        Case("prom_rev", "Umsatz der Promotoren", "scalar", revenue(t.filter(pl.col("customer_id").is_in(promoters))),
             "revenue"),
        Case("detr_aov", "average order value of detractors", "scalar",
             aov(t.filter(pl.col("customer_id").is_in(detractors))), "aov"),
        Case("avg_score", "average recommendation score", "scalar", float(sv["nps"].mean()), None),  # type: ignore[arg-type]
        Case("cl_nps_age", "NPS by age group", "clarify"),
    ]
    return ClientFile("nps_email", [po, ps], "Two files of one shop: orders identified by Email, and a Typeform "
                      "NPS export (#, Email, the question text as the score header 'How likely are you to "
                      "recommend us …?' 0-10, a comment column, Submitted At).", cases)


# --------------------------------------------------------------------------------------------------------
# 17. Customers with birth dates and signup dates beside their orders (age and tenure)


def birthdays(out: Path, rng: random.Random) -> ClientFile:
    cust = []
    for i in range(400):
        born = rdate(rng, dt.date(1945, 1, 1), dt.date(2005, 12, 31))
        since = rdate(rng, dt.date(2015, 1, 1), dt.date(2023, 12, 31))
        cust.append({"customer_id": f"{800 + i}", "born": born, "since": since,
                     "gender": rng.choice(["weiblich", "männlich", "divers"]),
                     "plz": rng.choice(["10115", "20095", "50667", "80331"])})
    recs, rows = [], []
    for k in range(1800):
        c = cust[skew(rng, len(cust))]
        d = rdate(rng, dt.date(2024, 1, 1), dt.date(2024, 10, 31))
        amt = round(rng.lognormvariate(4.0, 0.6), 2)
        rows.append([f"B{k + 1:05d}", c["customer_id"], d.strftime("%d.%m.%Y"), de_num(amt)])
        recs.append({"order_id": f"B{k + 1:05d}", "customer_id": c["customer_id"], "order_date": d, "amount": amt,
                     "cancelled": False})
    t = frame(recs)
    po = out / "bestellungen_2024.csv"
    write_text(rows, ["Bestellnummer", "Kundennummer", "Bestelldatum", "Betrag"], po, sep=";")
    pc = out / "kundenstamm_geburtstage.csv"
    write_text([[c["customer_id"], c["born"].strftime("%d.%m.%Y"), c["since"].strftime("%d.%m.%Y"), c["gender"],
                 c["plz"]] for c in cust], ["Kundennummer", "Geburtsdatum", "Kunde seit", "Geschlecht", "PLZ"], pc,
               sep=";")
    a = as_of(t)
    cf = frame(cust).with_columns(
        age=(pl.lit(a.year) - pl.col("born").dt.year()
             - ((pl.col("born").dt.month().cast(pl.Int32) * 100 + pl.col("born").dt.day()) > a.month * 100 + a.day)  # Int8 overflowed
             .cast(pl.Int32)),
        tenure=(pl.lit(a) - pl.col("since")).dt.total_days() / 365.25)
    bought = cf.filter(pl.col("customer_id").is_in(t["customer_id"].unique().to_list()))
    band = pl.when(pl.col("age") < 30).then(pl.lit("<30")).when(pl.col("age") < 50).then(pl.lit("30-49")) \
        .otherwise(pl.lit("50+"))
    rev_by_g = {k: float(v) for k, v in t.join(cf.select("customer_id", "gender"), on="customer_id")
                .group_by("gender").agg(pl.col("amount").sum()).iter_rows()}
    cases = std(t, "de")[:4]
    cases += [
        Case("avg_age", "Wie alt sind unsere Kunden im Durchschnitt?", "scalar", float(bought["age"].mean()),  # type: ignore[arg-type]
             None, alts=(float(cf["age"].mean()),)),  # type: ignore[arg-type]
        Case("under30", "Wie viele Kunden sind jünger als 30?", "scalar",
             bought.filter(pl.col("age") < 30).height, None, alts=(cf.filter(pl.col("age") < 30).height,)),
        Case("bands", "Anzahl Kunden nach Altersgruppe unter 30, 30 bis 49, ab 50", "breakdown",
             {k: float(v) for k, v in bought.group_by(band.alias("b")).len().iter_rows()}, None),
        Case("tenure", "durchschnittliche Kundendauer in Jahren seit Kunde seit", "scalar",
             float(bought["tenure"].mean()), None, alts=(float(cf["tenure"].mean()),)),  # type: ignore[arg-type]
        Case("by_gender", "Umsatz nach Geschlecht", "breakdown", rev_by_g, "revenue"),
        Case("since_2023", "Wie viele Kunden sind seit 2023 Kunde?", "scalar",
             bought.filter(pl.col("since").dt.year() == 2023).height, None,
             alts=(cf.filter(pl.col("since").dt.year() == 2023).height,)),
        Case("cl_inc", "Umsatz nach Einkommen", "clarify"),
    ]
    return ClientFile("birthdays", [po, pc], "Orders (Bestellnummer, Kundennummer, Bestelldatum, Betrag) and a "
                      "customer master with Geburtsdatum and 'Kunde seit' (dd.mm.yyyy), Geschlecht, PLZ: questions "
                      "on age (at the analysis date), age bands and tenure.", cases)


# --------------------------------------------------------------------------------------------------------
# 18. Shopware-free B2B price list trap: quantities with negative returns and a unit 'Stk'/'kg', amounts only
#     as unit price (Einzelpreis) with a per-line 'Rabatt %'


def returns_units(out: Path, rng: random.Random) -> ClientFile:
    arts = [("Schrauben M8 (100 Stk)", 12.4, "Pck"), ("Zement 25 kg", 6.9, "Sack"), ("Kabel NYM 3x1,5", 1.15, "m"),
            ("Dübel 8 mm", 0.09, "Stk")]
    recs, rows = [], []
    for k in range(1300):
        c = f"{40000 + skew(rng, 300)}"
        d = rdate(rng, dt.date(2024, 1, 2), dt.date(2024, 10, 31))
        ret = rng.random() < 0.07
        doc = f"{'RT' if ret else 'LS'}{700000 + k}"
        for name, p, unit in rng.sample(arts, rng.randrange(1, 3)):
            q = rng.randrange(1, 40) * (10 if unit in ("m", "Stk") else 1)
            disc = rng.choice([0, 0, 3, 5])
            q = -q if ret else q
            amt = round(q * p * (1 - disc / 100), 2)
            rows.append([doc, c, d.strftime("%d.%m.%Y"), name, de_num(q, 0), unit, de_num(p), f"{disc}",
                         rng.choice(["Abholung", "Lieferung"])])
            recs.append({"order_id": doc, "customer_id": c, "order_date": d, "amount": amt, "list": q * p,
                         "cancelled": False, "art": name, "q": q, "ret": ret, "ship": rows[-1][-1]})
    t = frame(recs)
    path = out / "baustoff_lieferscheine.csv"
    write_text(rows, ["Belegnummer", "Kundennummer", "Belegdatum", "Artikelbezeichnung", "Menge", "Einheit",
                      "Einzelpreis", "Rabatt %", "Versandart"], path, sep=";")
    no_disc = t.with_columns(amount=pl.col("list"))
    cases = std(t, "de")
    cases[0].wrong.update({"Rabatt % ignored": revenue(no_disc),
                           "returns added": float(t["amount"].abs().sum())})
    cases += [
        Case("returns", "Summe der Retouren", "scalar", float(t.filter(pl.col("ret"))["amount"].sum()), None,
             alts=(-float(t.filter(pl.col("ret"))["amount"].sum()),
                   float(t.filter(pl.col("ret"))["list"].sum()), -float(t.filter(pl.col("ret"))["list"].sum()))),
        Case("n_returns", "Wie viele Retourenbelege gab es?", "scalar", t.filter(pl.col("ret"))["order_id"].n_unique(),
             None),
        Case("by_art", "Umsatz nach Artikel", "breakdown", by(t, "art"), "revenue",
             wrong={"Rabatt ignored": by(no_disc, "art")}),
        Case("by_ship", "Umsatz nach Versandart", "breakdown", by(t, "ship"), "revenue"),
        Case("zement", "Wie viele Sack Zement wurden netto verkauft?", "scalar",
             float(t.filter(pl.col("art") == "Zement 25 kg")["q"].sum()), "quantity"),
        Case("cl_lager", "Umsatz nach Lagerort", "clarify"),
    ]
    return ClientFile("returns_units", [path], "Builders' merchant delivery notes (';'): Belegnummer LS…/RT… "
                      "(returns with negative Menge), Menge '1.200', Einheit Stk/m/kg/Sack, Einzelpreis, 'Rabatt %' "
                      "per line (no line total), Versandart. Revenue = Σ Menge × Einzelpreis × (1 − Rabatt).", cases)


# --------------------------------------------------------------------------------------------------------

BUILDERS = [magento, odoo, sap_sd, lexware, chargebee, payouts, french, dutch, spanish, ebay, excel_notes,
            excel_merged, quoted_pages, parquet_nested, loyalty, nps_email, birthdays, returns_units]


NPS_Q = "How likely are you to recommend us to a friend or colleague?"

# The consultant's second attempt after a refusal: the --map the refusal asked for, or the full mapping of
# someone who reads the headers (same files, same truth). Names end in _map.
VARIANTS: dict[str, tuple[str, dict[str, str]]] = {
    "magento_map": ("magento", {"Grand Total (Base)": "amount"}),
    "sap_sd_map": ("sap_sd", {"Fakturadatum": "order_date"}),
    "payouts_map": ("payouts", {"Käufer-ID": "customer_id"}),
    "french_map": ("french", {"N° client": "customer_id", "Date de commande": "order_date", "Montant HT": "amount",
                              "N° de commande": "order_id"}),
    "dutch_map": ("dutch", {"Klantnummer": "customer_id", "Besteldatum": "order_date", "Bedrag excl. btw": "amount",
                            "Ordernummer": "order_id"}),
    "spanish_map": ("spanish", {"Cliente": "customer_id", "Fecha": "order_date", "Importe": "amount",
                                "Nº Pedido": "order_id"}),
    "ebay_map": ("ebay", {"Nutzername des Käufers": "customer_id", "Verkaufsdatum": "order_date"}),
    "quoted_pages_map": ("quoted_pages", {"Net Amount": "amount"}),
    "parquet_nested_map": ("parquet_nested", {"total_price.amount": "amount"}),
    "loyalty_map": ("loyalty", {"Kartennummer": "customer_id"}),
    "nps_email_map": ("nps_email", {NPS_Q: "nps"}),
}


def variants(files: list[ClientFile]) -> list[ClientFile]:
    f = {x.name: x for x in files}
    return [ClientFile(name, f[base].paths, f"{base} with " + " ".join(f"--map '{k}={v}'" for k, v in m.items()),
                       f[base].cases, mapping=m) for name, (base, m) in VARIANTS.items()]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them (first attempts, then the _map second attempts)
    with their cases."""
    out.mkdir(parents=True, exist_ok=True)
    files: list[ClientFile] = []
    for i, make in enumerate(BUILDERS):
        made = make(out, random.Random(SEED + i))
        files += made if isinstance(made, list) else [made]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client3_files")
    for cf in build(folder):
        print(f"{cf.name:20s} {', '.join(p.name for p in cf.paths):60s} cases={len(cf.cases)}")
