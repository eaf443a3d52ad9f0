"""A tenth, independent set of client exports (round 10): the Americas, India, Australia, the UK and legacy or
report-shaped exports.

    python tests/clients10/make_clients10.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``
and the spec. Every file is written the way the client's system delivers it (an SAP ALV list with ``|``, dashed
rules, ``*``/``**`` subtotal rows and trailing minus; a Tally sales register with lakh grouping and ``Dr``/``Cr``;
a Canadian POS report with ``C$``, separate date and time columns and ambiguous DD/MM days; an Australian
transaction list with ``A$ … CR`` credits and ``VOID:`` memos; a backend dump with Unix epoch seconds; a Mercado
Libre sales workbook with Spanish long dates and fee columns; Brazilian notas fiscais with ``R$ 1.234,56`` and
positive ``Devolução`` documents; a controlling workbook with a cover sheet and a hidden cumulative column; a
pipe-separated legacy line export; Stripe Billing invoices; a Sage 50 UK audit trail with SI/SC/SR type codes;
Patreon payments with ``Declined`` charges) from a *truth* frame holding the meaning of each line. Expected
answers come from that truth frame in plain polars (metrics.md: analysis date = day after the last order;
cancelled, voided, declined and refunded lines never sales; credit notes and returns subtract; tax, fees,
freight and receipts are no sales), never through insight and never by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), the English base
questions and small helpers round 7's (tests/clients7/make_clients7.py), the German base questions and the
number formatting round 9's (tests/clients9/make_clients9.py), imported.
Deterministic (seeded ``random.Random``), small (300-1,600 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
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
    rdate,
    retention,
    revenue,
    sales,
    share,
    skew,
    where,
    write_text,
)
from make_clients7 import ask, col_sum, lakh, mk, n_where, usd, wrong_all, wrong_col  # noqa: E402
from make_clients9 import credit_case, eu, first, name, years  # noqa: E402

SEED = 20261210

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)

DE_NAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann"]
DE_KIND = ["Metallbau GmbH", "Haustechnik KG", "Elektro GmbH", "Bau AG", "Logistik GmbH", "Holzbau e.K."]
IN_NAMES = ["Sharma", "Patel", "Gupta", "Reddy", "Iyer", "Singh", "Mehta", "Nair", "Joshi", "Kapoor"]
IN_KIND = ["Traders", "Electricals", "Enterprises", "Textiles", "Agencies", "Pharma Distributors"]
AU_NAMES = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Kelly", "Murphy", "Walker"]
AU_KIND = ["Plumbing Pty Ltd", "Electrical", "Cafe", "Landscaping", "Building Co", "Joinery Pty Ltd"]
BR_NAMES = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Carvalho", "Almeida"]
BR_KIND = ["Comércio Ltda", "Materiais de Construção", "Distribuidora", "Mercado", "Ferragens ME"]
UK_NAMES = ["Smith", "Jones", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Walsh"]
UK_KIND = ["Ltd", "& Sons", "Builders", "Trading Ltd", "Joinery", "Electrical Ltd"]
ES_NICK = ["JUANPEREZ", "MARIAGOMEZ", "LUCASF", "SOFI_R", "TECNOSHOP", "ELCHINO", "PAULA.M", "DIEGOARG"]
ES_MONTH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"]  # fmt: skip
EN_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Mia", "Lucas", "Zoe", "Ethan", "Chloe", "Jack"]
EN_LAST = ["Baker", "Cole", "Reed", "Hayes", "Ford", "Price", "Lane", "Stone", "Wells", "Grant"]


def trailing(x: float) -> str:
    """SAP: ``1.234,56`` and ``1.234,56-``."""
    return eu(abs(x)) + ("-" if x < 0 else "")


def drcr(x: float) -> str:
    """Tally: ``1,23,456.00 Dr`` (a sale on the party's ledger) and ``12,345.00 Cr`` (a credit note)."""
    return lakh(abs(x)) + (" Cr" if x < 0 else " Dr")


def between(t: pl.DataFrame, a: dt.date, b: dt.date) -> pl.DataFrame:
    return t.filter(pl.col("order_date").is_between(a, b))


def month_md_swapped(t: pl.DataFrame, month: int) -> float:
    """Revenue of ``month`` 2024 when DD/MM dates are read as MM/DD wherever the day is at most 12."""
    d = pl.col("order_date")
    m = pl.when(d.dt.day() <= 12).then(d.dt.day()).otherwise(d.dt.month())
    return float(sales(t).filter((d.dt.year() == 2024) & (m == month))["amount"].sum())


def above(t: pl.DataFrame, limit: float) -> float:
    """Customers whose revenue over all data is above ``limit``."""
    g = sales(t).drop_nulls("customer_id").group_by("customer_id").agg(pl.col("amount").sum())
    return float(g.filter(pl.col("amount") > limit).height)


def cust_in(t: pl.DataFrame) -> float:
    return float(customers(t))


# --------------------------------------------------------------------------------------------------------
# 1. SAP ALV list (German SAP GUI "local file, unconverted"): `|`-separated padded cells, dashed rule lines, a
#    date/title line, **`*` subtotal rows per customer and a `**` grand total**, `Nettowert` `1.234,56-` with the
#    **trailing minus**, FArt F2 (Rechnung) / G2 (Gutschrift) / **S1 (Storno: a cancellation document that
#    cancels an F2; both no sale)**


def sap_alv(out: Path, rng: random.Random) -> ClientFile:
    docs: list[dict[str, Any]] = []
    for k in range(650):
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.0, 0.9), 2)
        kind = "F2"
        if rng.random() < 0.06:
            kind, net = "G2", -round(net * rng.uniform(0.1, 0.5), 2)
        kid = f"{100000 + c * 37}"
        docs.append(
            {
                "order_id": str(90001000 + k),
                "customer_id": kid,
                "nm": name(c, DE_NAMES, DE_KIND, "{n} {k}"),
                "order_date": d,
                "amount": net,
                "tax": round(net * 0.19, 2),
                "kind": kind,
                "vb": ["Nord", "Süd", "West", "Ost"][c % 4],
                "cancelled": False,
                "credit": kind == "G2",
            }
        )
    for i, x in enumerate(list(docs)):
        if x["kind"] == "F2" and rng.random() < 0.05:
            x["cancelled"] = True
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(1, 20)), D1)
            docs.append({**x, "order_id": str(90009000 + i), "order_date": d, "amount": -x["amount"],
                         "tax": -x["tax"], "kind": "S1", "cancelled": True})  # fmt: skip
    docs.sort(key=lambda x: (int(x["customer_id"]), x["order_date"], x["order_id"]))
    w = [10, 10, 10, 30, 4, 15, 12, 5, 6]
    head = ["Faktura", "Fakt.Datum", "Auftragg.", "Name 1", "FArt", "Nettowert", "Steuer", "Währg", "VkBür"]

    def line(cells: list[str], right: set[int]) -> str:
        return "|" + "|".join(c.rjust(n) if i in right else c.ljust(n) for i, (c, n) in enumerate(zip(cells, w))) + "|"

    rule = "-" * (sum(w) + len(w) + 1)
    lines = ["15.10.2024                   Dynamische Listenausgabe                       1", "", rule,
             line(head, set()), "|" + "-" * (sum(w) + len(w) - 1) + "|"]  # fmt: skip
    money = {5, 6}
    by_c: dict[str, list[dict[str, Any]]] = {}
    for x in docs:
        by_c.setdefault(x["customer_id"], []).append(x)
    for kid, xs in by_c.items():
        for x in xs:
            lines.append(line([x["order_id"], x["order_date"].strftime("%d.%m.%Y"), kid, x["nm"], x["kind"],
                               trailing(x["amount"]), trailing(x["tax"]), "EUR", x["vb"]], money | {2}))  # fmt: skip
        s, st = sum(x["amount"] for x in xs), sum(x["tax"] for x in xs)
        lines.append(line(["*", "", kid, "", "", trailing(s), trailing(st), "EUR", ""], money | {2}))
    lines.append(rule)
    tot, ttax = sum(x["amount"] for x in docs), sum(x["tax"] for x in docs)
    lines.append(line(["**", "", "", "", "", trailing(tot), trailing(ttax), "EUR", ""], money))
    lines.append(rule)
    path = out / "Fakturaliste_ALV.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    t = mk(docs)
    cases = first(t, "de", 0)
    cases[0].wrong["the * subtotal rows counted"] = 2 * revenue(t)
    cases[0].wrong["the * and ** rows counted"] = 3 * revenue(t)
    wrong_all(t, cases[1], lambda x: float(sales(x).group_by("order_id").agg(pl.col("amount").sum())
                                           .filter(pl.col("amount") > 0).height), "the S1-cancelled F2 counted")  # fmt: skip
    cases[2].wrong["the * subtotal rows as a customer each (none)"] = customers(t) + 1
    cases += [
        Case("by_vb", "Umsatz je VkBür", "breakdown", by(t, "vb"), "revenue"),
        Case(
            "sued",
            "Umsatz im Verkaufsbüro sued",
            "scalar",
            revenue(where(t, vb="Süd")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("big", "Wie viele Kunden haben mehr als 10.000 € Umsatz?", "scalar", above(t, 10000.0), "customers"),
        Case("storno", "Wie viele Fakturen wurden storniert?", "scalar", float(n_where(t, kind="S1"))),
        credit_case("g2", "Summe der Gutschriften (G2)", t),
        Case("steuer", "How much tax (Steuer) did we invoice?", "scalar", col_sum(t, "tax")),
        ask("material", "Umsatz je Material"),
        ask("vweg", "Umsatz nach Vertriebsweg"),
        ask("rev22", "Umsatz 2022"),
        # metrics.md (Margin, Profit): without a profit or cost column profit uses the assumed default margin (1.0
        # unless set) and the answer says so — an answer, not a question back (docs/ask.md asks back only the
        # margin *rate* of a part, which would repeat the assumption)
        Case("margin", "What is the contribution margin per customer?", "breakdown", by(t, "customer_id"), "profit"),
    ]
    return ClientFile("sap_alv", [path], "SAP ALV list, | rules, * and ** subtotals, trailing minus, S1", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Tally Prime sales register (India): three title lines, `Date` `5-Mar-24`, **`Particulars` = the party (a
#    name), or `(cancelled)` on a cancelled voucher with empty amounts**, `Voucher Type` Sales / Credit Note,
#    `Voucher No.`, `Cost Centre`, **`Taxable Value` / `GST` / `Gross Total` in lakh grouping with a `Dr`/`Cr`
#    suffix** (Cr = credit note: subtract); from April 2023 (Indian fiscal year)


def tally_in(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    a, b = dt.date(2023, 4, 1), D1
    for k in range(800):
        c = skew(rng, 130)
        d = rdate(rng, a, b)
        net = round(rng.lognormvariate(10.5, 0.9), 2)
        credit = rng.random() < 0.06
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        gst = round(net * 0.18, 2)
        cc = ["Mumbai", "Delhi", "Bengaluru", "Chennai"][c % 4]
        who = name(c, IN_NAMES, IN_KIND, "{n} {k}")
        vno = f"{'CN' if credit else 'S'}/{k + 1:04d}"
        canc = rng.random() < 0.04
        vt = "Credit Note" if credit else "Sales"
        if canc:
            rows.append([d.strftime("%-d-%b-%y"), "(cancelled)", vt, vno, "", cc, "", "", ""])
        else:
            rows.append([d.strftime("%-d-%b-%y"), who, vt, vno, f"27AAB{c:05d}K1Z{c % 10}", cc, drcr(net),
                         drcr(gst), drcr(net + gst)])  # fmt: skip
        recs.append({"order_id": vno, "customer_id": None if canc else who, "order_date": d,
                     "amount": 0.0 if canc else net, "gst": 0.0 if canc else gst, "cc": cc, "cancelled": canc,
                     "credit": credit and not canc, "gross": 0.0 if canc else round(net + gst, 2)})  # fmt: skip
    t = mk(recs)
    path = out / "Sales_Register_FY2023-25.csv"
    head = ["Date", "Particulars", "Voucher Type", "Voucher No.", "GSTIN/UIN", "Cost Centre", "Taxable Value",
            "GST", "Gross Total"]  # fmt: skip
    pre = ["Sharma Traders Pvt Ltd,,,,,,,,", "Sales Register,,,,,,,,", "1-Apr-23 to 15-Oct-24,,,,,,,,"]
    write_text(rows, head, path, sep=",", pre=pre)
    cases = first(t, "en", 1)
    wrong_col(t, cases[0], "gross", "Gross Total (incl. GST) summed")
    cases[0].wrong["Cr ignored (credit notes added)"] = float(sales(t)["amount"].abs().sum())
    fy = between(t, dt.date(2023, 4, 1), dt.date(2024, 3, 31))
    cases += [
        Case("by_cc", "Revenue by Cost Centre", "breakdown", by(t, "cc"), "revenue"),
        Case(
            "mumbai",
            "Umsatz in mumbai",
            "scalar",
            revenue(where(t, cc="Mumbai")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "fy_range",
            "Umsatz von April 2023 bis März 2024",
            "scalar",
            revenue(fy),
            "revenue",
            wrong={"calendar 2023": revenue(in_year(t, 2023)), "calendar 2024": revenue(in_year(t, 2024))},
        ),
        Case(
            "fy",
            "Umsatz im Geschäftsjahr 2023-24",
            "scalar",
            revenue(fy),
            "revenue",
            wrong={"calendar 2023": revenue(in_year(t, 2023)), "calendar 2024": revenue(in_year(t, 2024))},
        ),
        credit_case("cn", "Wie hoch waren die Credit Notes insgesamt?", t),
        Case("canc", "Wie viele Belege wurden storniert (cancelled)?", "scalar", float(n_where(t, cancelled=True))),
        ask("state", "Umsatz nach Bundesstaat"),
        ask("rev22", "Umsatz im Jahr 2022"),
        ask("recv", "What is our outstanding receivable?"),
        ask("usd", "Umsatz in USD"),
    ]
    return ClientFile("tally_in", [path], "Tally sales register, lakh + Dr/Cr, (cancelled) vouchers", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Lightspeed Retail (Canada) sales report: `Sale ID`, **`Date` DD/MM/YYYY sorted ascending (the first twelve
#    days of every month ambiguous; the whole column decides) and a separate `Time`**, `Shop` Toronto / Montréal /
#    Vancouver, `Employee`, `Customer Code` on about half the sales (walk-ins empty), `Gross Sales` / `Discount` /
#    **`Net Sales`** / `GST/HST` / `PST` / `Total` in **`C$1,234.56`**, refunds as own negative sales `-C$45.00`,
#    `Status` Completed / **Voided**


def ca_pos(out: Path, rng: random.Random) -> ClientFile:
    recs: list[dict[str, Any]] = []
    a = dt.date(2024, 1, 1)
    for k in range(1400):
        c = skew(rng, 260)
        d = rdate(rng, a, D1)
        shop = ["Toronto", "Montréal", "Vancouver"][k % 3]
        gross = round(rng.lognormvariate(3.8, 0.7), 2)
        disc = round(gross * rng.choice([0, 0, 0, 0.1, 0.15]), 2)
        net = round(gross - disc, 2)
        if rng.random() < 0.05:
            gross, disc, net = -gross, -disc, -net
        hst = round(net * (0.13 if shop == "Toronto" else 0.05), 2)
        pst = round(net * {"Toronto": 0.0, "Montréal": 0.09975, "Vancouver": 0.07}[shop], 2)
        st = "Voided" if rng.random() < 0.04 else "Completed"
        cust = f"C-{10000 + c}" if rng.random() < 0.55 else None
        recs.append({"order_id": str(500100 + k), "customer_id": cust, "order_date": d,
                     "time": f"{rng.randrange(9, 21):02d}:{rng.randrange(60):02d}", "amount": net, "gross": gross,
                     "disc": disc, "hst": hst, "pst": pst, "shop": shop, "emp": ["Jordan", "Priya", "Marc", "Lea"][k % 4],
                     "cancelled": st == "Voided", "st": st, "refund": net < 0})  # fmt: skip
    recs.sort(key=lambda x: (x["order_date"], x["time"]))
    rows = [[x["order_id"], x["order_date"].strftime("%d/%m/%Y"), x["time"], x["shop"], x["emp"], x["customer_id"],
             usd(x["gross"], "C$"), usd(-x["disc"], "C$"), usd(x["amount"], "C$"), usd(x["hst"], "C$"),
             usd(x["pst"], "C$"), usd(round(x["amount"] + x["hst"] + x["pst"], 2), "C$"), x["st"]] for x in recs]  # fmt: skip
    t = mk(recs).with_columns(tot=pl.col("amount") + pl.col("hst") + pl.col("pst"))
    path = out / "Sales_Report_2024-01-01_2024-10-15.csv"
    head = ["Sale ID", "Date", "Time", "Shop", "Employee", "Customer Code", "Gross Sales", "Discount", "Net Sales",
            "GST/HST", "PST", "Total", "Status"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 0)
    wrong_col(t, cases[0], "gross", "Gross Sales summed")
    wrong_col(t, cases[0], "tot", "Total (incl. taxes) summed")
    wrong_all(t, cases[0], revenue, "Voided counted")
    cases += [
        Case("by_shop", "Net sales by shop", "breakdown", by(t, "shop"), "revenue"),
        Case(
            "montreal",
            "Umsatz in Montreal",
            "scalar",
            revenue(where(t, shop="Montréal")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "mar",
            "Umsatz im März",
            "scalar",
            revenue(in_month(t, 2024, 3)),
            "revenue",
            wrong={"dates read as MM/DD": month_md_swapped(t, 3)},
        ),
        Case("share_shop", "Umsatzanteil je Shop", "breakdown", share(t, "shop"), "revenue_share"),
        Case("voided", "Wie viele Verkäufe wurden storniert (voided)?", "scalar", float(n_where(t, st="Voided"))),
        Case(
            "refunds",
            "How much did we refund?",
            "scalar",
            credit_case("x", "", t, "refund").expected,
            alts=(-credit_case("x", "", t, "refund").expected,),
        ),
        ask("product", "Umsatz je Produkt"),
        ask("tips", "What's the tip total?"),
        ask("calgary", "Umsatz in Calgary"),
        ask("rev23", "Umsatz 2023"),
    ]
    return ClientFile("ca_pos", [path], "Lightspeed Canada, C$, DD/MM + Time, Voided, refunds", cases)


# --------------------------------------------------------------------------------------------------------
# 4. Reckon Accounts (Australia) transaction list: `Type` Tax Invoice / **Adjustment Note (credit, amounts
#    `A$123.45 CR`)**, `Date` DD/MM/YYYY (from July 2023, Australian fiscal year), `Num`, `Name` (company name
#    only), **`Memo` `VOID: …` on voided invoices with `A$0.00`**, `State` NSW/VIC/QLD/WA, `Rep`, `Amount ex GST`,
#    `GST`, `Amount inc GST`


def au_reckon(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    a = dt.date(2023, 7, 1)
    for k in range(850):
        c = skew(rng, 150)
        d = rdate(rng, a, D1)
        net = round(rng.lognormvariate(6.8, 0.9), 2)
        credit = rng.random() < 0.06
        void = not credit and rng.random() < 0.04
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        gst = round(net * 0.1, 2)
        who = name(c, AU_NAMES, AU_KIND, "{n} {k}")
        stt = ["NSW", "VIC", "QLD", "WA"][c % 4]
        rep = ["Bruce", "Sheila", "Darren"][c % 3]
        memo = "VOID: wrong customer" if void else rng.choice(["", "", "Job " + str(2000 + k), "Monthly service"])
        amt = lambda x, v=void: "A$0.00" if v else (f"A${abs(x):,.2f} CR" if x < 0 else f"A${x:,.2f}")  # noqa: E731
        rows.append([("Adjustment Note" if credit else "Tax Invoice"), d.strftime("%d/%m/%Y"), str(3000 + k), who,
                     memo, stt, rep, amt(net), amt(gst), amt(net + gst)])  # fmt: skip
        recs.append({"order_id": str(3000 + k), "customer_id": who, "order_date": d, "amount": 0.0 if void else net,
                     "gst": 0.0 if void else gst, "stt": stt, "rep": rep, "cancelled": void, "credit": credit,
                     "gross": 0.0 if void else round(net + gst, 2), "void": void})  # fmt: skip
    rows.sort(key=lambda r: (r[1][6:], r[1][3:5], r[1][:2]))
    t = mk(recs)
    path = out / "Transaction_List_FY24.csv"
    head = ["Type", "Date", "Num", "Name", "Memo", "State", "Rep", "Amount ex GST", "GST", "Amount inc GST"]
    write_text(rows, head, path)
    cases = first(t, "de", 1)
    wrong_col(t, cases[0], "gross", "Amount inc GST summed")
    cases[0].wrong["CR ignored (credits added)"] = float(sales(t)["amount"].abs().sum())
    fy = between(t, dt.date(2023, 7, 1), dt.date(2024, 6, 30))
    cases += [
        Case("by_state", "Umsatz je State", "breakdown", by(t, "stt"), "revenue"),
        Case(
            "vic",
            "Umsatz in Victoria (VIC)",
            "scalar",
            revenue(where(t, stt="VIC")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "fy",
            "Umsatz im Geschäftsjahr Juli 2023 bis Juni 2024",
            "scalar",
            revenue(fy),
            "revenue",
            wrong={"calendar 2023": revenue(in_year(t, 2023)), "calendar 2024": revenue(in_year(t, 2024))},
        ),
        credit_case("adj", "Summe der Adjustment Notes (Gutschriften)", t),
        Case("gst", "How much GST did we charge?", "scalar", col_sum(t, "gst")),
        Case("void", "Wie viele Rechnungen wurden storniert (VOID)?", "scalar", float(n_where(t, void=True))),
        ask("product", "Umsatz je Produkt"),
        ask("tas", "Umsatz in Tasmanien"),
        ask("nps", "Wie hoch ist unser NPS?"),
        ask("jun23", "Umsatz im Juni 2023"),
    ]
    return ClientFile("au_reckon", [path], "Reckon AU, A$ … CR credits, VOID: memos, DD/MM, fiscal July", cases)


# --------------------------------------------------------------------------------------------------------
# 5. A backend dump: `id`, `user_id` (empty for guests), **`created` Unix epoch seconds (UTC; many near midnight
#    at month ends)**, `amount` `129.90`, `currency` usd, `status` paid / **refunded / canceled**, `platform`
#    web/ios/android, `coupon_code`


def epoch_api(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    a = dt.date(2024, 1, 1)
    for k in range(1200):
        c = skew(rng, 300)
        d = rdate(rng, a, D1)
        if rng.random() < 0.15:
            nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            d = nxt - dt.timedelta(days=1) if nxt - dt.timedelta(days=1) <= D1 else d
            sec = rng.randrange(22 * 3600, 24 * 3600)
        else:
            sec = rng.randrange(24 * 3600)
        ts = int(dt.datetime.combine(d, dt.time(), tzinfo=dt.UTC).timestamp()) + sec
        amt = round(rng.lognormvariate(4.2, 0.7), 2)
        st = rng.choices(["paid", "refunded", "canceled"], [0.9, 0.05, 0.05])[0]
        uid = str(1000 + c) if rng.random() > 0.08 else None
        plat = ["web", "web", "ios", "android"][c % 4]
        coup = rng.choice(["", "", "", "", "WELCOME10", "SUMMER24"])
        rows.append([str(880000 + k), uid, str(ts), f"{amt:.2f}", "usd", st, plat, coup])
        recs.append({"order_id": str(880000 + k), "customer_id": uid, "order_date": d, "amount": amt,
                     "cancelled": st != "paid", "st": st, "plat": plat})  # fmt: skip
    t = mk(recs)
    path = out / "orders_export_2024.csv"
    write_text(rows, ["id", "user_id", "created", "amount", "currency", "status", "platform", "coupon_code"], path)
    cases = first(t, "en", 2)
    wrong_all(t, cases[0], revenue, "refunded / canceled counted")
    d31 = t.filter(pl.col("order_date") == dt.date(2024, 3, 31))
    cases += [
        Case("by_plat", "Umsatz je Plattform", "breakdown", by(t, "plat"), "revenue"),
        Case(
            "ios",
            "Umsatz über iOS",
            "scalar",
            revenue(where(t, plat="ios")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("jul", "Umsatz im Juli", "scalar", revenue(in_month(t, 2024, 7)), "revenue"),
        Case("mar31", "Umsatz am 31. März 2024", "scalar", revenue(d31), "revenue"),
        Case("refunded", "Wie viele Bestellungen wurden erstattet?", "scalar", float(n_where(t, st="refunded"))),
        Case(
            "ohne_android",
            "Umsatz ohne Android",
            "scalar",
            revenue(t.filter(pl.col("plat") != "android")),
            "revenue",
            wrong={"filter ignored": revenue(t), "only android": revenue(where(t, plat="android"))},
        ),
        ask("eur", "Umsatz in EUR"),
        ask("country", "Umsatz je Land"),
        ask("rev23", "Umsatz 2023"),
        ask("cac", "What's our CAC?"),
    ]
    return ClientFile("epoch_api", [path], "backend dump, Unix epoch seconds, refunded/canceled, guests", cases)


# --------------------------------------------------------------------------------------------------------
# 6. Mercado Libre (Argentina) sales workbook: two title rows, **`Fecha de venta` `5 de marzo de 2024 14:22
#    hs.`**, `# de venta`, `Estado` Entregado / **Cancelada por el comprador / Devuelto**, `Unidades`,
#    **`Ingresos por productos (ARS)`** (the revenue) beside `Cargo por venta e impuestos` (fees, negative),
#    `Costos de envío`, `Anulaciones y reembolsos (ARS)`, `Total (ARS)` (the payout), `Comprador` (a nickname),
#    `Provincia`


def meli_ar(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs, rows = [], []
    a = dt.date(2024, 1, 1)
    for k in range(700):
        c = skew(rng, 160)
        d = rdate(rng, a, D1)
        u = rng.choice([1, 1, 1, 2, 3])
        ing = round(u * rng.lognormvariate(10.0, 0.6), 2)
        fee = -round(ing * 0.13, 2)
        env = -round(rng.choice([0, 0, 2900.0, 4500.0]), 2)
        st = rng.choices(["Entregado", "Cancelada por el comprador", "Devuelto"], [0.9, 0.06, 0.04])[0]
        anul = -ing if st != "Entregado" else 0.0
        tot = round(ing + fee + env + anul - (fee + env if st != "Entregado" else 0), 2)
        nick = f"{ES_NICK[c % len(ES_NICK)]}{c}"
        prov = ["Buenos Aires", "Córdoba", "Santa Fe", "Mendoza", "CABA"][c % 5]
        hm = f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}"
        fecha = f"{d.day} de {ES_MONTH[d.month - 1]} de {d.year} {hm} hs."
        rows.append([str(2000007000000 + k * 7), fecha, st, u, ing, fee, env, anul, tot, nick, prov])
        recs.append({"order_id": str(2000007000000 + k * 7), "customer_id": nick, "order_date": d, "amount": ing,
                     "fee": fee, "tot": tot, "st": st, "prov": prov, "cancelled": st != "Entregado"})  # fmt: skip
    t = mk(recs)
    path = out / "Ventas_AR_2024-10-16.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Ventas AR")
    ws.write_row(0, 0, ["Ventas"])
    ws.write_row(1, 0, ["Período: 01/01/2024 - 15/10/2024"])
    head = ["# de venta", "Fecha de venta", "Estado", "Unidades", "Ingresos por productos (ARS)",
            "Cargo por venta e impuestos", "Costos de envío", "Anulaciones y reembolsos (ARS)", "Total (ARS)",
            "Comprador", "Provincia"]  # fmt: skip
    ws.write_row(3, 0, head)
    for i, r in enumerate(rows):
        ws.write_row(4 + i, 0, r)
    wb.close()
    cases = first(t, "de", 2)
    wrong_col(t, cases[0], "tot", "Total (ARS) (the payout after fees) summed")
    wrong_all(t, cases[0], revenue, "Cancelada / Devuelto counted")
    cases += [
        Case("by_prov", "Umsatz je Provincia", "breakdown", by(t, "prov"), "revenue"),
        Case(
            "cordoba",
            "Umsatz in Cordoba",
            "scalar",
            revenue(where(t, prov="Córdoba")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("may", "Umsatz im Mai 2024", "scalar", revenue(in_month(t, 2024, 5)), "revenue"),
        Case(
            "fees",
            "How much did we pay in selling fees (Cargo por venta)?",
            "scalar",
            col_sum(t, "fee"),
            alts=(-col_sum(t, "fee"),),
        ),
        Case(
            "canc",
            "Wie viele Verkäufe wurden storniert (cancelada)?",
            "scalar",
            float(n_where(t, st="Cancelada por el comprador")),
        ),
        Case(
            "devuelto",
            "Wie viele Verkäufe wurden zurückgegeben (devueltos)?",
            "scalar",
            float(n_where(t, st="Devuelto")),
        ),
        ask("usd", "Umsatz in USD"),
        ask("cat", "Umsatz je Kategorie"),
        ask("rev23", "Umsatz 2023"),
        ask("seller", "Umsatz je Verkäufer"),
    ]
    return ClientFile("meli_ar", [path], "Mercado Libre workbook, Spanish long dates, fees and payout columns", cases)


# --------------------------------------------------------------------------------------------------------
# 7. Bling (Brazil) notas fiscais: `;`, `Número`, `Série`, `Data de emissão` dd/mm/yyyy, `Cliente`, **`CPF/CNPJ`
#    formatted `12.345.678/0001-90` (the customer id)**, **`Natureza da operação` Venda de mercadoria /
#    Devolução de venda (a return with a POSITIVE amount)**, `Situação` Autorizada / **Cancelada**, **`Valor dos
#    produtos` / `Valor do frete` / `Valor total` in `R$ 1.234,56`**, `UF`, `Vendedor`


def br_bling(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(900):
        c = skew(rng, 150)
        d = rdate(rng, D0, D1)
        prod = round(rng.lognormvariate(7.4, 0.8), 2)
        dev = rng.random() < 0.05
        if dev:
            prod = round(prod * rng.uniform(0.1, 0.6), 2)
        frete = rng.choice([0.0, 0.0, 45.9, 89.9, 150.0])
        st = "Cancelada" if rng.random() < 0.05 else "Autorizada"
        cnpj = f"{10 + c % 90:02d}.{100 + c:03d}.{300 + c * 3 % 700:03d}/0001-{c % 97:02d}"
        who = name(c, BR_NAMES, BR_KIND, "{n} {k}")
        uf = ["SP", "RJ", "MG", "RS", "PR"][c % 5]
        ven = ["Ana", "Bruno", "Carla"][k % 3]
        rs = lambda x: eu(x, prefix="R$ ")  # noqa: E731
        nat = "Devolução de venda" if dev else "Venda de mercadoria"
        rows.append([str(14000 + k), "1", d.strftime("%d/%m/%Y"), who, cnpj, nat, st, rs(prod), rs(frete),
                     rs(prod + frete), uf, ven])  # fmt: skip
        sign = -1 if dev else 1
        recs.append({"order_id": str(14000 + k), "customer_id": cnpj, "order_date": d, "amount": sign * prod,
                     "frete": sign * frete, "tot": sign * (prod + frete), "uf": uf, "ven": ven,
                     "cancelled": st == "Cancelada", "credit": dev, "st": st, "unsigned": prod})  # fmt: skip
    t = mk(recs)
    path = out / "notas_fiscais_2023_2024.csv"
    head = ["Número", "Série", "Data de emissão", "Cliente", "CPF/CNPJ", "Natureza da operação", "Situação",
            "Valor dos produtos", "Valor do frete", "Valor total", "UF", "Vendedor"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 0)
    wrong_col(t, cases[0], "tot", "Valor total (with freight) summed")
    wrong_col(t, cases[0], "unsigned", "Devolução added (positive)")
    wrong_all(t, cases[0], revenue, "Cancelada counted")
    cases += [
        Case("by_uf", "Umsatz je UF", "breakdown", by(t, "uf"), "revenue"),
        Case(
            "sp",
            "Umsatz im Bundesstaat sp",
            "scalar",
            revenue(where(t, uf="SP")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("dev", "Wie hoch waren die Devoluções (Rücksendungen) insgesamt?", t),
        Case("canc", "Wie viele Notas wurden storniert?", "scalar", float(n_where(t, st="Cancelada"))),
        Case("frete", "How much freight (frete) did we charge?", "scalar", col_sum(t, "frete")),
        Case(
            "ohne_sp",
            "Umsatz ohne SP",
            "scalar",
            revenue(t.filter(pl.col("uf") != "SP")),
            "revenue",
            wrong={"filter ignored": revenue(t), "only SP": revenue(where(t, uf="SP"))},
        ),
        ask("product", "Umsatz je Produkt"),
        ask("bahia", "Umsatz in Bahia"),
        ask("eur", "Umsatz in EUR"),
        ask("filial", "Umsatz je Filiale"),
    ]
    return ClientFile("br_bling", [path], "Bling notas fiscais, R$, positive Devolução, Cancelada, CNPJ", cases)


# --------------------------------------------------------------------------------------------------------
# 8. A controller's workbook: **a first sheet `Deckblatt` (cover: a merged title and label/value rows `Stand:` |
#    date)**, the data on sheet `Daten` under a merged title row, `Beleg-Nr.` RE-/GS- (credit notes negative),
#    `Datum` (real dates), `Kd.-Nr.`, `Kunde`, `Sparte` Heizung/Sanitär/Elektro/Lüftung, `Vertriebler`,
#    `Umsatz netto`, **a hidden helper column `Umsatz kumuliert` (running total)**, `Status` gebucht/**storniert**


def xlsx_hidden(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs: list[dict[str, Any]] = []
    for k in range(750):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.3, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        st = "storniert" if rng.random() < 0.05 else "gebucht"
        recs.append({"order_id": f"{'GS' if credit else 'RE'}-{24000 + k}", "customer_id": str(20000 + c * 3),
                     "nm": name(c, DE_NAMES, DE_KIND, "{n} {k}"), "order_date": d, "amount": net,
                     "sp": ["Heizung", "Sanitär", "Elektro", "Lüftung"][c % 4], "vt": ["Krause", "Yilmaz", "Berger"][k % 3],
                     "cancelled": st == "storniert", "st": st, "credit": credit})  # fmt: skip
    recs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    t = mk(recs)
    path = out / "Umsatz_Controlling_2023_2024.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    money = wb.add_format({"num_format": "#,##0.00 €"})
    cov = wb.add_worksheet("Deckblatt")
    cov.merge_range(0, 0, 0, 3, "Umsatzauswertung 2023/2024", bold)
    for i, (lab, val) in enumerate([("Stand:", "16.10.2024"), ("Ersteller:", "Controlling, M. Krause"),
                                    ("Quelle:", "Warenwirtschaft, Export vom 16.10.2024"),
                                    ("Hinweis:", "Daten auf Blatt 'Daten'; Spalte H ist eine Hilfsspalte")]):  # fmt: skip
        cov.write_row(2 + i, 0, [lab, val])
    ws = wb.add_worksheet("Daten")
    ws.merge_range(0, 0, 0, 8, "Umsatzliste 01.01.2023 – 15.10.2024", bold)
    head = ["Beleg-Nr.", "Datum", "Kd.-Nr.", "Kunde", "Sparte", "Vertriebler", "Umsatz netto", "Umsatz kumuliert",
            "Status"]  # fmt: skip
    ws.write_row(2, 0, head, bold)
    ws.set_column(7, 7, None, None, {"hidden": True})
    run = 0.0
    for i, x in enumerate(recs):
        run = round(run + x["amount"], 2)
        r = 3 + i
        ws.write_string(r, 0, x["order_id"])
        ws.write_datetime(r, 1, dt.datetime.combine(x["order_date"], dt.time()), datef)
        ws.write_string(r, 2, x["customer_id"])
        ws.write_row(r, 3, [x["nm"], x["sp"], x["vt"]])
        ws.write_number(r, 6, x["amount"], money)
        ws.write_number(r, 7, run, money)
        ws.write_string(r, 8, x["st"])
    wb.close()
    cases = first(t, "de", 2)
    cases[0].wrong["the hidden Umsatz kumuliert summed"] = float(
        t.with_columns(r=pl.col("amount").cum_sum())["r"].sum()
    )
    wrong_all(t, cases[0], revenue, "storniert counted")
    cases += [
        Case("by_sp", "Umsatz je Sparte", "breakdown", by(t, "sp"), "revenue"),
        Case(
            "sanitaer",
            "Umsatz der Sparte Sanitaer",
            "scalar",
            revenue(where(t, sp="Sanitär")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("gs", "Summe der Gutschriften", t),
        Case("storno", "Wie viele Belege sind storniert?", "scalar", float(n_where(t, st="storniert"))),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        Case(
            "ret24",
            "What share of 2023's customers bought again in 2024?",
            "scalar",
            retention(t, 2024),
            alts=(100 * retention(t, 2024),),
        ),
        ask("region", "Umsatz je Region"),
        ask("rev22", "Umsatz 2022"),
        ask("stock", "Wie hoch ist der Lagerbestand?"),
        ask("kanal", "Umsatz je Vertriebskanal"),
    ]
    return ClientFile("xlsx_hidden", [path], "workbook: cover sheet first, merged titles, hidden cumulative", cases)


# --------------------------------------------------------------------------------------------------------
# 9. A legacy line export (cp1252, CRLF): **`|`-separated cells padded with blanks**, cryptic headers `KDNR` /
#    `KDNAME` / `RGNR` / `RGDAT` **`YYYYMMDD`** / `POS` / `ARTNR` / `WGR` / `MENGE` / `EPREIS` / `NETTO`
#    (`1234.56`, returns negative `MENGE` and `NETTO` on their own RG), `FIL` `01`/`02`/`03`, `STORNO` J/N; 1-4
#    positions per invoice


def pipe_legacy(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    wgr = ["Schrauben", "Werkzeug", "Farben", "Gartenbedarf"]
    for k in range(520):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        ret = rng.random() < 0.05
        sto = "J" if rng.random() < 0.04 else "N"
        fil = ["01", "02", "03"][c % 3]
        for p in range(rng.choice([1, 1, 2, 3, 4])):
            q = rng.randrange(1, 12) * (-1 if ret else 1)
            ep = round(rng.lognormvariate(3.2, 0.8), 2)
            net = round(q * ep, 2)
            g = wgr[(k + p) % 4]
            rows.append([f"{30000 + c * 11:<6}", f"{name(c, DE_NAMES, DE_KIND, '{n} {k}'):<28}", f"{700000 + k:<8}",
                         d.strftime("%Y%m%d"), f"{(p + 1) * 10:>3}", f"{4711000 + (k * 7 + p) % 300:<8}", f"{g:<12}",
                         f"{q:>6}", f"{ep:>9.2f}", f"{net:>10.2f}", fil, sto])  # fmt: skip
            recs.append({"order_id": str(700000 + k), "customer_id": str(30000 + c * 11), "order_date": d,
                         "amount": net, "q": float(q), "wgr": g, "fil": fil, "cancelled": sto == "J",
                         "ret": ret})  # fmt: skip
    t = mk(recs)
    path = out / "UMSATZ_EXPORT.TXT"
    head = ["KDNR  ", "KDNAME" + " " * 22, "RGNR    ", "RGDAT   ", "POS", "ARTNR   ", "WGR         ", "MENGE ",
            "   EPREIS", "     NETTO", "FIL", "STORNO"]  # fmt: skip
    lines = ["|".join(head), *("|".join(r) for r in rows)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    cases = first(t, "de", 0)
    pos = float(sales(t).filter(pl.col("amount") > 0).height)
    cases[1].wrong["every position counted as an order"] = pos
    wrong_all(t, cases[0], revenue, "STORNO = J counted")
    cases += [
        Case("by_fil", "Umsatz je FIL", "breakdown", by(t, "fil"), "revenue"),
        Case(
            "fil2",
            "Umsatz der Filiale 2",
            "scalar",
            revenue(where(t, fil="02")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("by_wgr", "Umsatz je Warengruppe", "breakdown", by(t, "wgr"), "revenue"),
        Case(
            "menge",
            "Wie viele Stück haben wir verkauft?",
            "scalar",
            float(sales(t).filter(~pl.col("ret"))["q"].sum()),
            alts=(float(sales(t)["q"].sum()),),
        ),
        Case(
            "retouren",
            "Wie hoch waren die Retouren insgesamt?",
            "scalar",
            credit_case("x", "", t, "ret").expected,
            alts=(-credit_case("x", "", t, "ret").expected,),
        ),
        Case("storno", "Wie viele Rechnungen wurden storniert?", "scalar", float(n_where(t, cancelled=True))),
        ask("region", "Umsatz je Bundesland"),
        ask("rev22", "Umsatz im Jahr 2022"),
        ask("margin", "Wie hoch ist die Marge je Warengruppe?"),
        ask("nps", "What's our NPS?"),
    ]
    return ClientFile("pipe_legacy", [path], "legacy |-separated padded lines, YYYYMMDD, STORNO J/N", cases)


# --------------------------------------------------------------------------------------------------------
# 10. Stripe Billing invoices export: `id` in_…, `Customer` cus_…, `Customer Email`, `Date (UTC)` `2024-03-05
#     14:22`, `Currency` usd, `Subtotal` / `Tax` / `Total`, `Amount Due` / `Amount Paid`, `Status` paid / open /
#     **void / draft**, `Subscription` sub_…, `Plan` Starter/Pro/Business; monthly invoices per subscriber


def stripe_inv(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    plans = {"Starter": 29.0, "Pro": 99.0, "Business": 299.0}
    n = 0
    for c in range(130):
        plan = rng.choice(["Starter", "Starter", "Pro", "Pro", "Business"])
        start = rdate(rng, D0, dt.date(2024, 9, 30))
        end_m = rng.randrange(2, 24)
        cus = f"cus_{(c * 7919 + 12345) % 10**8:08X}"
        em = f"{EN_FIRST[c % 12].lower()}.{EN_LAST[(c // 12) % 10].lower()}{c}@example.com"
        d = start
        for m in range(end_m):
            y, mo = start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1
            d = dt.date(y, mo, min(start.day, 28))
            if d > D1:
                break
            sub = plans[plan]
            tax = round(sub * 0.08, 2)
            st = "draft" if d > dt.date(2024, 10, 10) and rng.random() < 0.5 else (
                "void" if rng.random() < 0.03 else ("open" if d > dt.date(2024, 9, 1) and rng.random() < 0.3 else "paid"))  # fmt: skip
            n += 1
            iid = f"in_{(n * 104729) % 16**10:010x}"
            rows.append([iid, f"{1000 + c:04d}-{m + 1:04d}", cus, em, f"{d.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}",
                         "usd", f"{sub:.2f}", f"{tax:.2f}", f"{sub + tax:.2f}", f"{sub + tax:.2f}",
                         f"{sub + tax:.2f}" if st == "paid" else "0.00", st, f"sub_{c:06d}", plan])  # fmt: skip
            recs.append({"order_id": iid, "customer_id": cus, "order_date": d, "amount": sub, "tax": tax,
                         "plan": plan, "st": st, "cancelled": st in ("void", "draft"),
                         "tot": round(sub + tax, 2)})  # fmt: skip
    t = mk(recs)
    path = out / "invoices.csv"
    head = ["id", "Number", "Customer", "Customer Email", "Date (UTC)", "Currency", "Subtotal", "Tax", "Total",
            "Amount Due", "Amount Paid", "Status", "Subscription", "Plan"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 1)
    wrong_col(t, cases[0], "tot", "Total (incl. tax) summed")
    wrong_all(t, cases[0], revenue, "void / draft counted")
    cases += [
        Case("by_plan", "Umsatz je Plan", "breakdown", by(t, "plan"), "revenue"),
        Case(
            "pro",
            "Umsatz mit dem pro-Plan",
            "scalar",
            revenue(where(t, plan="Pro")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("open", "Wie viele Rechnungen sind offen (open)?", "scalar", float(n_where(t, st="open"))),
        Case("tax", "How much tax did we charge?", "scalar", col_sum(t, "tax")),
        Case(
            "ret24",
            "Kundenbindung 2024 gegenüber 2023 (Anteil der Kunden von 2023, die 2024 wieder zahlten)",
            "scalar",
            retention(t, 2024),
            alts=(100 * retention(t, 2024),),
        ),
        Case("share_plan", "Umsatzanteil je Plan", "breakdown", share(t, "plan"), "revenue_share"),
        ask("mrr", "What is our MRR?"),
        ask("eur", "Umsatz in EUR"),
        ask("country", "Umsatz nach Land"),
        ask("nrr", "Wie hoch ist unsere Net Revenue Retention?"),
    ]
    return ClientFile("stripe_inv", [path], "Stripe Billing invoices, void/draft/open, Subtotal vs Total", cases)


def cust_by_dim(t: pl.DataFrame, dim: str) -> dict[str, float]:
    ov = sales(t).group_by("order_id", dim).agg(pl.col("amount").sum(), pl.col("customer_id").first())
    g = ov.filter(pl.col("amount") > 0).drop_nulls("customer_id").group_by(dim).agg(pl.col("customer_id").n_unique())
    return {str(k): float(v) for k, v in g.iter_rows()}


# --------------------------------------------------------------------------------------------------------
# 11. Sage 50 (UK) audit trail: `No`, **`Type` SI (sales invoice) / SC (sales credit, POSITIVE amounts) / SR
#     (sales receipt: a payment, no sale)**, `Account` `SMIT001`, `Dept` Trade/Retail/Online, `Details`, `Date`
#     dd/mm/yyyy, `Ref`, `Net` / `Tax` (plain `1234.56`), `T/C` T1/T9, `Paid` Y/N


def sage_uk(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    no = 0
    for k in range(700):
        c = skew(rng, 130)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.6, 0.8), 2)
        sc = rng.random() < 0.06
        if sc:
            net = round(net * rng.uniform(0.1, 0.5), 2)
        tax = round(net * 0.2, 2)
        acc = f"{UK_NAMES[c % 10][:4].upper()}{c:03d}"
        dept = ["Trade", "Retail", "Online"][c % 3]
        ref = f"{'CN' if sc else 'INV'}{10000 + k}"
        no += 1
        paid = not sc and rng.random() < 0.8
        rows.append([no, "SC" if sc else "SI", acc, dept, "Credit - returned goods" if sc else "Goods", d.strftime("%d/%m/%Y"),
                     ref, f"{net:.2f}", f"{tax:.2f}", "T1", "Y" if paid else "N"])  # fmt: skip
        recs.append({"order_id": ref, "customer_id": acc, "order_date": d, "amount": -net if sc else net,
                     "tax": -tax if sc else tax, "dept": dept, "cancelled": False, "credit": sc,
                     "gross": round(net + tax, 2)})  # fmt: skip
        if paid:
            pd_ = min(d + dt.timedelta(days=rng.randrange(7, 45)), D1)
            no += 1
            rows.append([no, "SR", acc, dept, "Sales Receipt", pd_.strftime("%d/%m/%Y"), ref, f"{net + tax:.2f}",
                         "0.00", "T9", "Y"])  # fmt: skip
    rows.sort(key=lambda r: (r[5][6:], r[5][3:5], r[5][:2], r[0]))
    t = mk(recs)
    path = out / "AuditTrail.csv"
    write_text(rows, ["No", "Type", "Account", "Dept", "Details", "Date", "Ref", "Net", "Tax", "T/C", "Paid"], path)
    cases = first(t, "en", 2)
    receipts = float(
        where(t, credit=False).filter(pl.col("order_id").is_in([r[6] for r in rows if r[1] == "SR"]))["gross"].sum()
    )
    cases[0].wrong["SR receipts counted as sales"] = revenue(t) + receipts
    cases[0].wrong["SC added (positive)"] = float(t["amount"].abs().sum())
    cases[0].wrong["SC added and SR receipts counted as sales"] = float(t["amount"].abs().sum()) + receipts
    cases += [
        Case("by_dept", "Umsatz je Dept", "breakdown", by(t, "dept"), "revenue"),
        Case(
            "trade",
            "Umsatz der Abteilung trade",
            "scalar",
            revenue(where(t, dept="Trade")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("sc", "Sales credits total (SC)", t),
        Case("vat", "Wie viel VAT (Tax) haben wir berechnet?", "scalar", col_sum(t, "tax")),
        Case("yoy", "Umsatz 2023 im Vergleich zu 2024", "breakdown", years(t), "revenue"),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        ask("product", "Umsatz je Produkt"),
        ask("scot", "Umsatz in Schottland"),
        ask("rev22", "Umsatz 2022"),
        ask("nps", "Wie hoch ist unser NPS?"),
    ]
    return ClientFile("sage_uk", [path], "Sage 50 UK audit trail: SI/SC/SR type codes, SC positive", cases)


# --------------------------------------------------------------------------------------------------------
# 12. Patreon payments (creator): `Charge Date` `2024-03-01 08:12:44`, `Name`, **`Email` (the customer)**, `Tier`
#     Supporter/Insider/Producer, **`Amount` `$5.00`**, **`Status` Paid / Declined / Refunded** (declined and
#     refunded charges are no sales), `Country` US/GB/DE/CA/AU; monthly charges per patron


def patreon(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    tiers = {"Supporter": 5.0, "Insider": 12.0, "Producer": 35.0}
    n = 0
    for c in range(220):
        tier = rng.choice(["Supporter", "Supporter", "Supporter", "Insider", "Insider", "Producer"])
        start = rdate(rng, D0, dt.date(2024, 9, 30))
        months = rng.randrange(1, 22)
        who = f"{EN_FIRST[c % 12]} {EN_LAST[(c // 12) % 10]}"
        em = f"{who.lower().replace(' ', '.')}{c}@mail.com"
        ctry = ["US", "US", "GB", "DE", "CA", "AU"][c % 6]
        for m in range(months):
            y, mo = start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1
            d = dt.date(y, mo, 1)
            if d > D1:
                break
            st = rng.choices(["Paid", "Declined", "Refunded"], [0.9, 0.07, 0.03])[0]
            n += 1
            amt = tiers[tier]
            rows.append([f"{d.isoformat()} {rng.randrange(6, 12):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}",
                         who, em, tier, usd(amt), st, ctry])  # fmt: skip
            recs.append({"order_id": f"{c}-{d}", "customer_id": em, "order_date": d, "amount": amt, "tier": tier,
                         "st": st, "ctry": ctry, "cancelled": st != "Paid"})  # fmt: skip
    rows.sort(key=lambda r: r[0])
    t = mk(recs)
    path = out / "Patreon_payments_2023-2024.csv"
    write_text(rows, ["Charge Date", "Name", "Email", "Tier", "Amount", "Status", "Country"], path)
    cases = first(t, "de", 1)
    wrong_all(t, cases[0], revenue, "Declined / Refunded counted")
    cases += [
        Case("by_tier", "Umsatz je Tier", "breakdown", by(t, "tier"), "revenue"),
        Case(
            "insider",
            "Umsatz mit dem insider-Tier",
            "scalar",
            revenue(where(t, tier="Insider")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "sep_cust",
            "Wie viele Unterstützer haben im September 2024 gezahlt?",
            "scalar",
            cust_in(in_month(t, 2024, 9)),
            "customers",
        ),
        Case(
            "declined", "Wie viele Zahlungen wurden abgelehnt (declined)?", "scalar", float(n_where(t, st="Declined"))
        ),
        Case(
            "ret24",
            "What share of 2023's patrons still paid in 2024?",
            "scalar",
            retention(t, 2024),
            alts=(100 * retention(t, 2024),),
        ),
        Case(
            "big",
            "Wie viele Unterstützer haben insgesamt mehr als 100 $ gezahlt?",
            "scalar",
            above(t, 100.0),
            "customers",
        ),
        ask("mrr", "Wie hoch ist unser MRR?"),
        ask("eur", "Umsatz in EUR"),
        ask("posts", "Welche Posts bringen die meisten Unterstützer?"),
        ask("rev22", "Umsatz 2022"),
    ]
    return ClientFile("patreon", [path], "Patreon payments: Email as customer, Declined/Refunded, monthly", cases)


# --------------------------------------------------------------------------------------------------------
# 13. Faire (US wholesale marketplace) orders: **`Order Date` M/D/YYYY, newest first (clearly US: days above 12
#     early in the column)**, `Order Number`, `Retailer` (a store name, no id), `State` (two-letter US states),
#     `Status` Delivered / Shipped / **Canceled**, **`Wholesale Price` (the revenue) beside `Commission` (Faire's
#     fee) and `Payout`**, `Adjustments` with **`(12.50)` parentheses negatives** (damage credits: subtract)


def faire_us(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    a = dt.date(2023, 6, 1)
    for k in range(700):
        c = skew(rng, 140)
        d = rdate(rng, a, D1)
        whole = round(rng.lognormvariate(6.0, 0.7), 2)
        adj = -round(whole * rng.uniform(0.05, 0.3), 2) if rng.random() < 0.06 else 0.0
        comm = round((whole + adj) * 0.15, 2)
        st = rng.choices(["Delivered", "Shipped", "Canceled"], [0.8, 0.14, 0.06])[0]
        stt = ["CA", "NY", "TX", "WA", "IL"][c % 5]
        shop = f"{EN_LAST[c % 10]} {['General Store', 'Gifts', 'Mercantile', 'Boutique', 'Home & Co'][(c // 10) % 5]}"
        shop += "" if c < 50 else f" #{c // 50 + 1}"
        par = lambda x: f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f}"  # noqa: E731
        num = f"{(k * 2654435761) % 16**8:08X}"
        rows.append([d, num, shop, stt, st, par(whole), par(adj), par(-comm), par(whole + adj - comm)])
        recs.append({"order_id": num, "customer_id": shop, "order_date": d, "amount": round(whole + adj, 2),
                     "comm": comm, "payout": round(whole + adj - comm, 2), "adj": adj, "stt": stt, "st": st,
                     "cancelled": st == "Canceled", "credit": adj < 0, "unadj": whole})  # fmt: skip
    rows.sort(key=lambda r: r[0], reverse=True)
    for r in rows:
        r[0] = f"{r[0].month}/{r[0].day}/{r[0].year}"
    t = mk(recs)
    path = out / "faire_orders_export.csv"
    head = ["Order Date", "Order Number", "Retailer", "State", "Status", "Wholesale Price", "Adjustments",
            "Commission", "Payout"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 0)
    wrong_col(t, cases[0], "payout", "Payout (after commission) summed")
    wrong_col(t, cases[0], "unadj", "Adjustments ignored")
    wrong_all(t, cases[0], revenue, "Canceled counted")
    adj = float(sales(t)["adj"].sum())
    cases += [
        Case("by_state", "Revenue by state", "breakdown", by(t, "stt"), "revenue"),
        Case(
            "ca",
            "Umsatz in Kalifornien (CA)",
            "scalar",
            revenue(where(t, stt="CA")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "mar24",
            "Umsatz im März 2024",
            "scalar",
            revenue(in_month(t, 2024, 3)),
            "revenue",
            wrong={"dates read as D/M": month_md_swapped(t, 3)},
        ),
        Case(
            "comm",
            "Wie viel Provision (Commission) haben wir an Faire gezahlt?",
            "scalar",
            col_sum(t, "comm"),
            alts=(-col_sum(t, "comm"),),
        ),
        Case("adj", "How much were the adjustments in total?", "scalar", adj, alts=(-adj,)),
        Case("new24", "How many new retailers did we win in 2024?", "scalar", float(new_customers(t, 2024))),
        ask("product", "Umsatz je Produkt"),
        ask("florida", "Umsatz in Florida"),
        ask("eur", "Umsatz in EUR"),
        ask("rev22", "Revenue in 2022"),
    ]
    return ClientFile("faire_us", [path], "Faire wholesale, M/D/YYYY newest first, (parens), payout vs price", cases)


BUILDERS = [sap_alv, tally_in, ca_pos, au_reckon, epoch_api, meli_ar, br_bling, xlsx_hidden, pipe_legacy,
            stripe_inv, sage_uk, patreon, faire_us]  # fmt: skip


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a foreign header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "sap_alv",
            {"Auftragg.": "customer_id", "Faktura": "order_id", "Fakt.Datum": "order_date", "Nettowert": "amount"},
            "Auftragg., Faktura, Fakt.Datum, Nettowert mapped",
        ),  # fmt: skip
        again(
            "tally_in",
            {"Particulars": "customer_id", "Voucher No.": "order_id", "Date": "order_date", "Taxable Value": "amount"},
            "Particulars, Voucher No., Date, Taxable Value mapped",
        ),  # fmt: skip
        again(
            "ca_pos",
            {"Customer Code": "customer_id", "Sale ID": "order_id", "Net Sales": "amount"},
            "Customer Code, Sale ID, Net Sales mapped (Date/Time left to insight)",
        ),
        again(
            "au_reckon",
            {"Name": "customer_id", "Num": "order_id", "Date": "order_date", "Amount ex GST": "amount"},
            "Name, Num, Date, Amount ex GST mapped",
        ),  # fmt: skip
        again(
            "meli_ar",
            {
                "Comprador": "customer_id",
                "# de venta": "order_id",
                "Fecha de venta": "order_date",
                "Ingresos por productos (ARS)": "amount",
            },
            "Comprador, # de venta, Fecha, Ingresos mapped",
        ),  # fmt: skip
        again(
            "br_bling",
            {
                "CPF/CNPJ": "customer_id",
                "Número": "order_id",
                "Data de emissão": "order_date",
                "Valor dos produtos": "amount",
            },
            "CPF/CNPJ, Número, Data de emissão, Valor dos produtos",
        ),  # fmt: skip
        again(
            "xlsx_hidden",
            {"Kd.-Nr.": "customer_id", "Beleg-Nr.": "order_id", "Datum": "order_date", "Umsatz netto": "amount"},
            "Kd.-Nr., Beleg-Nr., Datum, Umsatz netto mapped",
        ),  # fmt: skip
        again(
            "pipe_legacy",
            {"KDNR": "customer_id", "RGNR": "order_id", "RGDAT": "order_date", "NETTO": "amount"},
            "KDNR, RGNR, RGDAT, NETTO mapped",
        ),
        again(
            "sage_uk",
            {"Account": "customer_id", "Ref": "order_id", "Net": "amount"},
            "Account, Ref, Net mapped (Type codes left to insight)",
        ),
        again(
            "faire_us",
            {"Retailer": "customer_id", "Order Number": "order_id", "Wholesale Price": "amount"},
            "Retailer, Order Number, Wholesale Price mapped (Adjustments left to insight)",
        ),
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client10_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
