"""Round-7 blind eval of `insight ask`: expectations from plain polars, never from insight's output.

Written without reading insight/query, insight/semantic or the executor. Values come from plain polars on the raw
files (`tests/ask_heldout/metrics_ref.py` for the metric rules of /work/shared/spec/metrics.md; the frames and helpers
of `tests/ask_round4/ref4.py` and `tests/ask_round6/ref6.py`, imported) and on three new seeded client tables plus
the 2010 slice of Online Retail II (`synth7.py`). Every expectation carries a one-line `note`; other defensible
readings are listed under `alternatives`. Records with `context` are follow-ups asked in the same session.

    .venv/bin/python tests/ask_round7/ref7.py      → writes round7.jsonl (and checks no question copies an earlier set)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
for p in (HERE, HERE.parent / "ask_round6", HERE.parent / "ask_round4", HERE.parent / "ask_heldout"):
    sys.path.insert(0, str(p))
import metrics_ref as R  # noqa: E402
import ref4  # noqa: E402
import synth7  # noqa: E402

from ref4 import D, M, OPC, Q, RPC, Y, r2, sc, tb, ts, w  # noqa: E402
from ref6 import (  # noqa: E402
    AOV,
    CNT,
    CUS,
    LOST,
    MED_CUST,
    MED_ORDER,
    ORD,
    RET,
    SHARE,
    alt,
    aov,
    by_month,
    by_quarter,
    definition,
    eq,
    f,
    lost,
    med_cust,
    med_order,
    norm,
    opc,
    qlabels,
    refuse,
    rev,
    rows_by,
    rpc,
    strict_top,
    two,
)

DEMO, CD, SA, CH, MK = ref4.DEMO, ref4.CD, ref4.SA, ref4.CH, ref4.MK
II, SS, AP, MP = "synth/ii_2010.parquet", "synth/saas.csv", "synth/apotheke.csv", "synth/marktplatz.csv"
PREFIX = {DEMO: "dm", II: "ii", CD: "cd", SA: "sa", CH: "ch", MK: "mk", SS: "ss", AP: "ap", MP: "mp"}
OUT: list[dict] = []
_n: dict[str, int] = defaultdict(int)
REP = ["repeat_rate", "share", "repeat_purchase_rate"]
CHURN = ["churn_rate", "churn", "share"]
NEW = ["new_customers", "customers", "count"]
FR = synth7.frames()


def add(lang, q, data, expect, note, context=None, clarify_ok=None, typo=None):
    _n[data] += 1
    rec = {
        "id": f"r7{PREFIX[data]}{_n[data]:03d}",
        "lang": lang,
        "question": q,
        "data": data,
        "expect": expect,
        "note": note,
    }
    for k, v in (("context", context), ("clarify_ok", clarify_ok), ("typo", typo)):
        if v:
            rec[k] = v
    OUT.append(rec)


def rr(df):
    return R.repeat_rate(df)


def cnt_where(df, pred):
    return R.customer_table(df).filter(pred).height


def share_cust(df, pred):
    t = R.customer_table(df)
    return t.filter(pred).height / t.height


def keys_of(df, col, fn, n, desc=True):
    return strict_top(rows_by(df, col, fn, desc=desc), n)


def cmp2(metric, a, b, la, lb, tol=0.001):
    return two(metric, [(a[0], la, a[1]), (b[0], lb, b[1])], tol)


# ------------------------------------------------------------------------------------------------ demo
def build_demo():  # noqa: PLR0915
    df, d = ref4.dm, DEMO
    asof = R.as_of(df)
    assert asof == D(2025, 7, 1)
    sv, cu = ref4.dsv, ref4.dcu
    y23, y24, y25 = w(df, *Y(2023)), w(df, *Y(2024)), w(df, D(2025, 1, 1), asof)
    ch = lambda v: df.filter(eq("channel", v))  # noqa: E731
    kd = lambda v: df.filter(eq("kind", v))  # noqa: E731
    add(
        "de",
        "Wie viel Umsatz haben wir seit Jahresbeginn gemacht?",
        d,
        sc("revenue", rev(df, D(2025, 1, 1), asof)),
        "seit Jahresbeginn = 2025-01-01 bis Stichtag 2025-07-01",
    )
    add(
        "en",
        "revenue over the last 3 months",
        d,
        sc("revenue", rev(df, D(2025, 4, 1), asof)),
        "last 3 months = Apr–Jun 2025 (+ July up to the date: nothing)",
    )
    add(
        "de",
        "Umsatz Q2 2025 gegenüber Q1 2025",
        d,
        cmp2(
            "revenue",
            ("2025-Q1", rev(df, *Q(2025, 1))),
            ("2025-Q2", rev(df, *Q(2025, 2))),
            qlabels(2025, 1),
            qlabels(2025, 2),
        ),
        "two quarters of 2025",
    )
    add(
        "en",
        "revenue 2024 compared with the previous year",
        d,
        cmp2("revenue", (2023, rev(df, *Y(2023))), (2024, rev(df, *Y(2024))), ["2023"], ["2024"]),
        "2024 vs 2023",
    )
    add("de", "Umsatz im Shop-Kanal 2024", d, sc("revenue", rev(ch("shop"), *Y(2024))), "channel shop, 2024")
    add(
        "en",
        "how many orders came in through the shop in Q4 2024",
        d,
        sc(ORD, R.n_orders(w(ch("shop"), *Q(2024, 4))), 0),
        "channel shop, Q4 2024",
    )
    add(
        "de",
        "Wie viele Kunden aus der Schweiz haben 2024 bestellt?",
        d,
        alt(
            sc(CUS, R.n_customers(f(y24, eq("country", "Switzerland"))), 0),
            sc(CUS, R.n_customers(f(y24, eq("cust_country", "Switzerland"))), 0),
        ),
        "line country Switzerland (customer country accepted)",
    )
    add(
        "en",
        "top 5 countries by revenue in 2024",
        d,
        tb(["country"], "revenue", rows_by(y24, "country", R.revenue, 5), True),
        "ordered top 5",
    )
    add(
        "de",
        "Umsatz je Kunde, aufgeteilt nach Branche",
        d,
        tb(["industry"], RPC, rows_by(df, "industry", rpc, rnd=False)),
        "mean revenue per customer, by industry (customer attribute)",
    )
    add(
        "en",
        "average order value of b2c customers in 2025",
        d,
        sc(AOV, aov(w(kd("b2c"), D(2025, 1, 1), asof))),
        "kind b2c, 2025 up to the date",
    )
    add("de", "Wie hoch ist die Wiederkaufrate bei B2B-Kunden?", d, sc(REP, rr(kd("b2b"))), "repeat rate, kind b2b")
    add(
        "en",
        "repeat purchase rate by acquisition channel",
        d,
        tb(["acquisition_channel"], REP, rows_by(df, "acquisition_channel", rr, rnd=False)),
        "per acquisition channel",
    )
    add(
        "de",
        "Wie hoch war die Kundenbindungsrate im Jahr 2024?",
        d,
        sc(RET, R.retention(df, Y(2023), Y(2024))),
        "retention 2023 → 2024",
    )
    add("en", "churn rate for 2024", d, sc(CHURN, 1 - R.retention(df, Y(2023), Y(2024))), "1 − retention 2023 → 2024")
    add(
        "de",
        "Wie viele Neukunden hatten wir im ersten Halbjahr 2025?",
        d,
        sc(NEW, R.new_customers(df, D(2025, 1, 1), D(2025, 7, 1)), 0),
        "first order Jan–Jun 2025",
    )
    nq = [[f"2024-Q{q}", R.new_customers(df, *Q(2024, q))] for q in range(1, 5)]
    add(
        "en",
        "how many new customers did we gain in each quarter of 2024",
        d,
        tb([["quarter", "period"]], NEW, nq, False, 0),
        "by quarter",
    )
    add("de", "Median des Bestellwerts 2024", d, sc(MED_ORDER, med_order(y24)), "median order value 2024")
    add("en", "median revenue per customer among b2b customers", d, sc(MED_CUST, med_cust(kd("b2b"))), "kind b2b")
    ab = R.abc(df)
    add(
        "de",
        "ABC-Analyse: wie viele A-Kunden haben wir?",
        d,
        sc(["customers", "count", "n_customers"], ab.filter(eq("abc_class", "A")).height, 0),
        "class A count",
    )
    a_rev = float(ab.filter(eq("abc_class", "A"))["revenue"].sum())
    add(
        "en",
        "what share of revenue comes from A customers",
        d,
        alt(sc(SHARE, a_rev / float(ab["revenue"].sum())), sc(SHARE, a_rev / R.revenue(df))),
        "A class revenue / customer revenue (≈ 0.8 by construction)",
    )
    nps_of = lambda x: float(((x["nps"] >= 9).mean() - (x["nps"] <= 6).mean()) * 100)  # noqa: E731
    npsr = sv.filter(pl.col("nps").is_not_null()).join(cu.select("customer_id", "kind", "country"), on="customer_id")
    add("en", "NPS of b2c customers", d, sc("nps", nps_of(npsr.filter(eq("kind", "b2c")))), "kind b2c")
    add(
        "de",
        "NPS im Jahr 2025",
        d,
        sc("nps", nps_of(npsr.filter(pl.col("response_date").dt.year() == 2025))),
        "responses dated 2025",
    )
    sat = sv.filter(pl.col("satisfaction").is_not_null()).join(cu.select("customer_id", "country"), on="customer_id")
    CS = ["csat", "satisfaction", "mean_satisfaction"]
    add(
        "de",
        "Zufriedenheit mit der Lieferung",
        d,
        sc(CS, float(sat.filter(eq("aspect", "delivery"))["satisfaction"].mean())),
        "aspect delivery",
    )
    at_ids = df.filter(eq("country", "Austria"))["customer_id"].unique().implode()
    sat_at = sat.filter(pl.col("customer_id").is_in(at_ids))
    add(
        "en",
        "how satisfied are customers from Austria",
        d,
        alt(
            sc(CS, float(sat.filter(eq("country", "Austria"))["satisfaction"].mean())),
            tb(
                ["aspect"],
                CS,
                rows_by(
                    sat.filter(eq("country", "Austria")), "aspect", lambda g: float(g["satisfaction"].mean()), rnd=False
                ),
            ),
            sc(CS, float(sat_at["satisfaction"].mean())),
            tb(["aspect"], CS, rows_by(sat_at, "aspect", lambda g: float(g["satisfaction"].mean()), rnd=False)),
        ),
        "customer country Austria, all aspects (per aspect, and customers with a line in Austria, accepted)",
    )
    add(
        "de",
        "Umsatz 2024 ohne Deutschland",
        d,
        sc("revenue", rev(f(df, pl.col("country") != "Germany"), *Y(2024))),
        "exclude line country Germany",
    )
    add(
        "en",
        "revenue excluding the online channel in 2025",
        d,
        sc("revenue", rev(f(df, pl.col("channel") != "online"), D(2025, 1, 1), asof)),
        "channel ≠ online",
    )
    both = f(y24, pl.col("country").is_in(["Austria", "Switzerland"]))
    add(
        "de",
        "Umsatz in Oesterreich und der Schweiz 2024",
        d,
        alt(sc("revenue", r2(R.revenue(both))), tb(["country"], "revenue", rows_by(both, "country", R.revenue))),
        "sum of two countries (a row per country accepted); umlaut-less Österreich",
    )
    add(
        "en",
        "which industry has the most customers",
        d,
        tb(["industry"], CUS, rows_by(df, "industry", R.n_customers, 1), True, 0),
        "top 1 industry by customers",
    )
    add(
        "de",
        "Welche drei Branchen bringen den wenigsten Umsatz?",
        d,
        tb(["industry"], "revenue", rows_by(df, "industry", R.revenue, 3, desc=False), True),
        "bottom 3 industries",
    )
    ct, ct24 = R.customer_table(df), R.customer_table(y24)
    add(
        "en",
        "number of customers with over 10 orders",
        d,
        sc(CUS, ct.filter(pl.col("orders") > 10).height, 0),
        "orders > 10",
    )
    add(
        "de",
        "Wie viele Kunden haben über 5.000 Umsatz gemacht?",
        d,
        sc(CUS, ct.filter(pl.col("revenue") > 5000).height, 0),
        "revenue > 5000 (German thousands point)",
    )
    add(
        "en",
        "how many customers spent over 1,000 in 2024",
        d,
        sc(CUS, ct24.filter(pl.col("revenue") > 1000).height, 0),
        "2024 revenue > 1000",
    )
    add(
        "de",
        "Anzahl Kunden mit weniger als zwei Bestellungen",
        d,
        sc(CUS, ct.filter(pl.col("orders") < 2).height, 0),
        "exactly one order",
    )
    add("en", "average number of orders per customer in 2024", d, sc(OPC, opc(y24)), "orders / customers, 2024")
    add("de", "Durchschnittlicher Umsatz je Kunde im Onlinekanal", d, sc(RPC, rpc(ch("online"))), "channel online")
    add(
        "en",
        "monthly revenue in the first quarter of 2025",
        d,
        tb(["month"], "revenue", by_month(w(df, *Q(2025, 1)), R.revenue)),
        "Jan–Mar 2025 by month",
    )
    add(
        "de",
        "Umsatz 2024 aufgeteilt nach Quartalen",
        d,
        tb([["quarter", "period"]], "revenue", by_quarter(y24, R.revenue)),
        "by quarter",
    )
    add("en", "revenue last month", d, sc("revenue", rev(df, *M(2025, 6))), "last complete month = June 2025")
    add(
        "de",
        "Was hat das letzte Quartal an Umsatz gebracht?",
        d,
        sc("revenue", rev(df, *Q(2025, 2))),
        "last complete quarter = Q2 2025",
    )
    add(
        "de",
        "Was ham wir letztes Jahr so an Umsatz gemacht?",
        d,
        sc("revenue", rev(df, *Y(2024))),
        "colloquial; letztes Jahr = 2024",
    )
    add(
        "de",
        "Umsatz in den letzten 90 Tagen",
        d,
        sc("revenue", rev(df, asof - dt.timedelta(days=90), asof)),
        "[date − 90, date)",
    )
    c24 = set(R.customers_set(y24).to_list())
    c25 = set(R.customers_set(y25).to_list())
    add(
        "de",
        "Wie viele Kunden haben 2024 bestellt, aber 2025 noch nicht?",
        d,
        sc(LOST, len(c24 - c25), 0),
        "2024 customers without a 2025 order",
    )
    after = set(R.customers_set(w(df, D(2024, 1, 1), asof)).to_list())
    add(
        "en",
        "How many customers ordered in 2023 but never again afterwards?",
        d,
        sc(LOST, len(set(R.customers_set(y23).to_list()) - after), 0),
        "2023 customers, no order from 2024 on",
    )
    add(
        "de",
        "Wie viele Kunden haben mehr als tausend Umsatz?",
        d,
        sc(CUS, ct.filter(pl.col("revenue") > 1000).height, 0),
        "tausend = 1000",
    )
    # follow-ups
    add(
        "de",
        "und 2023?",
        d,
        tb(["channel"], "revenue", rows_by(y23, "channel", R.revenue)),
        "inherits by channel",
        context=["Umsatz nach Kanal 2024"],
    )
    add(
        "en",
        "and b2c?",
        d,
        sc(CUS, R.n_customers(f(y24, eq("kind", "b2c"))), 0),
        "swaps the kind filter",
        context=["How many b2b customers ordered in 2024?"],
    )
    add(
        "de",
        "Und pro Kunde?",
        d,
        sc(RPC, rpc(f(y24, eq("country", "France")))),
        "revenue per customer, France 2024",
        context=["Umsatz in Frankreich 2024"],
    )
    t23 = R.top_customers(y23, n=5)
    add(
        "en",
        "and in 2023?",
        d,
        ts(["customer_id"], "revenue", t23, 4),
        "top 5 of 2023",
        context=["top 5 customers by revenue in 2024"],
    )
    add(
        "de",
        "Wie viele Bestellungen gab es 2025 insgesamt?",
        d,
        sc(ORD, R.n_orders(y25), 0),
        "complete question: must not keep 'online'",
        context=["Umsatz im Onlinekanal 2024"],
    )
    add(
        "en",
        "What was the total revenue in 2023?",
        d,
        sc("revenue", rev(df, *Y(2023))),
        "complete question: must not keep Germany",
        context=["revenue in Germany 2024"],
    )
    add(
        "de",
        "und im Vorjahr?",
        d,
        tb(["country"], "revenue", rows_by(f(y23, eq("kind", "b2b")), "country", R.revenue)),
        "three turns: by country, b2b, moved to 2023",
        context=["Umsatz nach Land 2024", "nur B2B-Kunden"],
    )
    add(
        "en",
        "and the average order value?",
        d,
        sc(AOV, aov(f(y24, eq("channel", "field")))),
        "metric swapped, channel field 2024 kept",
        context=["revenue through the field channel in 2024"],
    )
    # definitions
    add(
        "de",
        "Was versteht man unter Kundenkapital?",
        d,
        definition("kundenkapital", "customer capital", "gewinn", "profit"),
        "definition (seed 003)",
    )
    add("en", "What does RFM stand for?", d, definition("recency", "frequency", "monetary"), "definition")
    add(
        "de",
        "Was ist eigentlich die Wiederkaufrate?",
        d,
        definition("mindestens zwei", "2 bestellungen", "≥ 2", "zwei oder mehr", "repeat"),
        "definition",
    )
    # typos
    add(
        "de",
        "Umstaz 2024 nach Kanal",
        d,
        tb(["channel"], "revenue", rows_by(y24, "channel", R.revenue)),
        "typo",
        typo="umstaz",
    )
    add("en", "number of custmers in 2025", d, sc(CUS, R.n_customers(y25), 0), "typo", typo="custmers")


# ------------------------------------------------------------------------------------------------ Online Retail II 2010
def build_ii():
    df = R.load_online_retail(synth7.ensure() / "ii_2010.parquet")
    d, asof = II, R.as_of(df)
    assert asof.year == 2010 and df["order_date"].min().year == 2010
    co = lambda *v: df.filter(pl.col("country").is_in(list(v)))  # noqa: E731
    add("en", "total revenue in 2010", d, sc("revenue", rev(df, *Y(2010))), "the whole slice")
    nd = w(df, D(2010, 11, 1), D(2011, 1, 1))
    add(
        "de",
        "Umsatz im November und Dezember 2010",
        d,
        alt(sc("revenue", r2(R.revenue(nd))), tb(["month"], "revenue", by_month(nd, R.revenue))),
        "sum of two months (by month accepted)",
    )
    add(
        "de",
        "Umsatz Q4 gegenüber Q3",
        d,
        cmp2(
            "revenue",
            ("2010-Q3", rev(df, *Q(2010, 3))),
            ("2010-Q4", rev(df, *Q(2010, 4))),
            qlabels(2010, 3),
            qlabels(2010, 4),
        ),
        "the data's only year (Q4 cut short by the analysis date)",
    )
    add(
        "en",
        "revenue in the Netherlands in the second half of 2010",
        d,
        sc("revenue", rev(co("Netherlands"), D(2010, 7, 1), D(2011, 1, 1))),
        "Jul–Dec 2010",
    )
    add(
        "de",
        "Wie viele Kunden aus Deutschland gibt es?",
        d,
        sc(CUS, R.n_customers(co("Germany")), 0),
        "country Germany",
    )
    add(
        "en",
        "top 10 customers in EIRE by revenue",
        d,
        ts(
            ["customer_id"],
            "revenue",
            R.top_customers(co("EIRE"), n=10),
            min(8, len(R.top_customers(co("EIRE"), n=10))),
        ),
        "country EIRE: fewer than 10 customers, so all of them",
    )
    add(
        "de",
        "Umsatz 2010 ohne Großbritannien",
        d,
        sc("revenue", rev(df.filter(pl.col("country") != "United Kingdom"))),
        "Großbritannien = United Kingdom, excluded",
    )
    add(
        "en",
        "share of revenue from the United Kingdom",
        d,
        sc(SHARE, R.revenue(co("United Kingdom")) / R.revenue(df)),
        "UK / all",
    )
    add("de", "Wie viele Bestellungen gab es im März?", d, sc(ORD, R.n_orders(w(df, *M(2010, 3))), 0), "März 2010")
    add("en", "average order value for orders from France", d, sc(AOV, aov(co("France"))), "country France")
    add("de", "Durchschnittlicher Umsatz je Kunde in Spanien", d, sc(RPC, rpc(co("Spain"))), "Spanien = Spain")
    ct = R.customer_table(df)
    add(
        "en",
        "how many customers placed only one order",
        d,
        sc(CUS, ct.filter(pl.col("orders") == 1).height, 0),
        "orders = 1",
    )
    add("de", "Wie hoch ist unsere Wiederkaufsquote?", d, sc(REP, rr(df)), "repeat rate of the slice")
    add(
        "en",
        "how many new customers did we win in September",
        d,
        sc(NEW, R.new_customers(df, *M(2010, 9)), 0),
        "first order in Sep 2010 (first in the data)",
    )
    add("de", "Umsatz seit Oktober", d, sc("revenue", rev(df, D(2010, 10, 1), asof)), "2010-10-01 to the date")
    add(
        "en",
        "revenue during the past 30 days",
        d,
        sc("revenue", rev(df, asof - dt.timedelta(days=30), asof)),
        "[date − 30, date)",
    )
    add("de", "Median Bestellwert in Deutschland", d, sc(MED_ORDER, med_order(co("Germany"))), "median order, Germany")
    nuk = df.filter(pl.col("country") != "United Kingdom")
    add(
        "en",
        "top 3 countries by number of customers, excluding the UK",
        d,
        tb(["country"], CUS, rows_by(nuk, "country", R.n_customers, 3), True, 0),
        "exclusion + top 3",
    )
    few = [[k, v] for k, v in rows_by(df, "country", R.n_customers) if v < 5]
    add(
        "de",
        "Welche Länder haben weniger als 5 Kunden?",
        d,
        alt(
            {"kind": "keyset", "keys": ["country"], "rows": few},
            {"kind": "keyset", "keys": ["country"], "rows": [r for r in few if r[1] > 0]},
        ),
        "countries with < 5 customers (countries with only unattributed lines, 0 customers, may be left out)",
    )
    add("en", "monthly revenue in France", d, tb(["month"], "revenue", by_month(co("France"), R.revenue)), "by month")
    top1 = R.top_customers(df, n=1)[0][0]
    add(
        "de",
        f"Wie viel Umsatz hat Kunde {int(top1)} gebracht?",
        d,
        sc("revenue", float(ct.filter(pl.col("customer_id") == top1)["revenue"][0])),
        "one customer's revenue",
    )
    add("en", "and France?", d, sc("revenue", rev(co("France"))), "swaps the country", context=["revenue in Germany"])
    add(
        "de",
        "nur die Top 5",
        d,
        tb(["country"], CUS, rows_by(df, "country", R.n_customers, 5), True, 0),
        "keeps customers by country, top 5",
        context=["Anzahl Kunden je Land"],
    )
    add(
        "de",
        "Wie viele Kunden in Belgien haben mehr als 3 mal bestellt?",
        d,
        sc(CUS, R.customer_table(co("Belgium")).filter(pl.col("orders") > 3).height, 0),
        "Belgium, orders > 3",
    )
    g = co("Germany")
    both = set(R.customers_set(w(g, *Q(2010, 1))).to_list()) & set(R.customers_set(w(g, *Q(2010, 4))).to_list())
    add("en", "How many German customers ordered in both Q1 and Q4?", d, sc(CUS, len(both), 0), "intersection")
    add(
        "de",
        "Wie viele Kunden haben seit Oktober nicht mehr bestellt?",
        d,
        sc(LOST, ct.filter(pl.col("last") < D(2010, 10, 1)).height, 0),
        "last order before 2010-10-01",
    )
    add("de", "Umsaz in Frankreich", d, sc("revenue", rev(co("France"))), "typo", typo="umsaz")
    o = R.orders_frame(df)
    add(
        "de",
        "Wie viele Bestellungen lagen über 1.000?",
        d,
        sc(ORD, o.filter(pl.col("v") > 1000).height, 0),
        "order value > 1000",
    )
    add(
        "en",
        "revenue from Australia and Japan combined",
        d,
        sc("revenue", rev(co("Australia", "Japan"))),
        "sum of two countries",
    )


# ------------------------------------------------------------------------------------------------ CDNOW
def build_cd():
    df, d = ref4.cd, CD
    asof = R.as_of(df)
    add(
        "de",
        "Umsatz im ersten Quartal 1998 gegenüber dem ersten Quartal 1997",
        d,
        cmp2("revenue", (1997, rev(df, *Q(1997, 1))), (1998, rev(df, *Q(1998, 1))), qlabels(1997, 1), qlabels(1998, 1)),
        "Q1 vs Q1",
    )
    add("en", "how many customers bought something in 1998", d, sc(CUS, R.n_customers(w(df, *Y(1998))), 0), "1998")
    add("de", "Durchschnittlicher Bestellwert im Jahr 1997", d, sc(AOV, aov(w(df, *Y(1997)))), "AOV 1997")
    ct = R.customer_table(df)
    add(
        "de",
        "Wie viele Kunden haben mehr als 10 Mal gekauft?",
        d,
        sc(CUS, ct.filter(pl.col("orders") > 10).height, 0),
        "orders > 10",
    )
    add(
        "de",
        "Kundenbindung von 1997 auf 1998",
        d,
        sc(RET, R.retention(df, Y(1997), Y(1998))),
        "retention 1997 → 1998 (1998 incomplete)",
    )
    add(
        "en", "revenue per month in 1998", d, tb(["month"], "revenue", by_month(w(df, *Y(1998)), R.revenue)), "by month"
    )
    add("de", "Umsatz seit Jahresanfang", d, sc("revenue", rev(df, D(1998, 1, 1), asof)), "1998-01-01 to the date")
    topo = sorted([[r["customer_id"], r["orders"]] for r in ct.iter_rows(named=True)], key=lambda r: (-r[1], r[0]))
    add("en", "top 10 customers by number of orders", d, ts(["customer_id"], ORD, strict_top(topo, 10), 7), "by orders")
    add(
        "de",
        "Wie viele Kunden haben genau einmal bei uns gekauft?",
        d,
        sc(CUS, ct.filter(pl.col("orders") == 1).height, 0),
        "orders = 1",
    )
    add("en", "average revenue per customer in 1998", d, sc(RPC, rpc(w(df, *Y(1998)))), "1998 buyers")
    add("de", "Umsatz im Vorjahr", d, sc("revenue", rev(df, *Y(1997))), "Vorjahr of the analysis date 1998-07-01")
    add("en", "what share of customers bought more than once", d, sc(REP, rr(df)), "repeat rate")
    add("en", "revenue in the last 6 months", d, sc("revenue", rev(df, D(1998, 1, 1), asof)), "Jan–Jun 1998")
    add(
        "de",
        "Umsatz Februar 1997 vs. Februar 1998",
        d,
        cmp2("revenue", (1997, rev(df, *M(1997, 2))), (1998, rev(df, *M(1998, 2))), ["1997-02"], ["1998-02"]),
        "two months",
    )
    o98 = R.orders_frame(w(df, *Y(1998)))
    add(
        "en",
        "How many orders were worth more than $50 in 1998?",
        d,
        sc(ORD, o98.filter(pl.col("v") > 50).height, 0),
        "order value > 50",
    )
    add(
        "de",
        "und 1998?",
        d,
        sc(CUS, R.n_customers(w(df, *Y(1998))), 0),
        "swaps the year",
        context=["Anzahl Kunden 1997"],
    )
    add("de", "Wie hoch ist der Median des Umsatzes je Kunde?", d, sc(MED_CUST, med_cust(df)), "median over customers")
    add("en", "new customers in March 1997", d, sc(NEW, R.new_customers(df, *M(1997, 3)), 0), "first order Mar 1997")


# ------------------------------------------------------------------------------------------------ foreign
def build_sa():
    df, d = ref4.sa, SA
    pl_ = lambda v: df.filter(eq("PRODUCTLINE", v))  # noqa: E731
    y04 = w(df, *Y(2004))
    add(
        "de",
        "Was haben wir 2004 mit Motorrädern umgesetzt?",
        d,
        sc("revenue", rev(pl_("Motorcycles"), *Y(2004))),
        "German word for the value Motorcycles",
        clarify_ok="motorr",
    )
    add(
        "en",
        "revenue by deal size in 2004",
        d,
        tb([["dealsize", "deal_size"]], "revenue", rows_by(y04, "DEALSIZE", R.revenue)),
        "DEALSIZE",
    )
    add(
        "en",
        "top 5 customers in France by revenue",
        d,
        ts(
            [["customer_id", "customername", "name"]],
            "revenue",
            R.top_customers(df.filter(eq("country", "France")), n=5),
            4,
        ),
        "country France",
    )
    add(
        "de",
        "Wie viele Bestellungen aus Spanien gab es 2003?",
        d,
        sc(ORD, R.n_orders(w(df.filter(eq("country", "Spain")), *Y(2003))), 0),
        "Spain 2003",
    )
    add(
        "en",
        "average order value of large deals",
        d,
        sc(AOV, aov(df.filter(eq("DEALSIZE", "Large")))),
        "DEALSIZE Large",
    )
    cc = pl_("Classic Cars")
    add(
        "de",
        "Umsatz mit Classic Cars in Q4 2004 gegenüber Q4 2003",
        d,
        cmp2("revenue", (2003, rev(cc, *Q(2003, 4))), (2004, rev(cc, *Q(2004, 4))), qlabels(2003, 4), qlabels(2004, 4)),
        "Q4 vs Q4",
    )
    add(
        "en",
        "how many customers ordered vintage cars",
        d,
        sc(CUS, R.n_customers(pl_("Vintage Cars")), 0),
        "lower-case value",
    )
    add(
        "de",
        "Umsatz 2004 ohne Classic Cars",
        d,
        sc("revenue", rev(f(df, pl.col("PRODUCTLINE") != "Classic Cars"), *Y(2004))),
        "exclusion",
    )
    add(
        "en",
        "which product line had the lowest revenue in 2004",
        d,
        tb([["productline", "product_line"]], "revenue", rows_by(y04, "PRODUCTLINE", R.revenue, 1, desc=False), True),
        "bottom 1",
    )
    add("de", "Durchschnittlicher Umsatz pro Kunde in den USA", d, sc(RPC, rpc(df.filter(eq("country", "USA")))), "USA")
    add(
        "en",
        "share of 2004 revenue from the USA",
        d,
        sc(SHARE, R.revenue(y04.filter(eq("country", "USA"))) / R.revenue(y04)),
        "USA / all, 2004",
    )
    c04 = set(R.customers_set(y04).to_list())
    c05 = set(R.customers_set(w(df, *Y(2005))).to_list())
    add(
        "de", "Wie viele Kunden haben 2004 bestellt, aber 2005 nicht?", d, sc(LOST, len(c04 - c05), 0), "set difference"
    )
    add("en", "revenue by month in 2005", d, tb(["month"], "revenue", by_month(w(df, *Y(2005)), R.revenue)), "by month")
    add("de", "Umsatz im Mai 2005", d, sc("revenue", rev(df, *M(2005, 5))), "one month")
    add(
        "en",
        "number of orders currently on hold",
        d,
        sc(ORD, R.n_orders(df.filter(eq("STATUS", "On Hold"))), 0),
        "STATUS On Hold",
    )
    add(
        "en",
        "and only in Germany?",
        d,
        tb(
            [["productline", "product_line"]],
            "revenue",
            rows_by(w(df.filter(eq("country", "Germany")), *Y(2003)), "PRODUCTLINE", R.revenue),
        ),
        "keeps by product line and 2003",
        context=["revenue by product line in 2003"],
    )
    add("de", "Median Umsatz je Bestellung 2004", d, sc(MED_ORDER, med_order(y04)), "median order 2004")
    add(
        "de",
        "Wie viele Kunden hatten 2004 mehr als 3 Bestellungen?",
        d,
        sc(CUS, R.customer_table(y04).filter(pl.col("orders") > 3).height, 0),
        "2004 orders > 3",
    )


def build_ch():
    c, d = ref4.ch, CH
    CR = ["churn_rate", "share_exited", "churn"]
    add(
        "de",
        "Abwanderungsrate in Deutschland",
        d,
        sc(CR, float(c.filter(eq("Geography", "Germany"))["Exited"].mean())),
        "Exited flag, Geography Germany",
    )
    add(
        "en",
        "churn rate split by gender",
        d,
        tb(["gender"], CR, rows_by(c, "Gender", lambda g: float(g["Exited"].mean()), rnd=False)),
        "by Gender",
    )
    add(
        "de",
        "Wie viele Kunden aus Spanien haben wir?",
        d,
        sc(CUS, c.filter(eq("Geography", "Spain")).height, 0),
        "Spain",
    )
    add(
        "en",
        "average balance of customers who left",
        d,
        sc(["mean_balance", "balance"], float(c.filter(eq("Exited", 1))["Balance"].mean())),
        "Exited = 1",
    )
    add(
        "de",
        "Durchschnittsalter der aktiven Mitglieder",
        d,
        sc(["mean_age", "age", "average_age"], float(c.filter(eq("IsActiveMember", 1))["Age"].mean())),
        "IsActiveMember = 1",
    )
    add(
        "en",
        "churn rate of customers with 3 or more products",
        d,
        sc(CR, float(c.filter(pl.col("NumOfProducts") >= 3)["Exited"].mean())),
        "NumOfProducts ≥ 3",
    )
    add(
        "de",
        "Churn-Quote der Kunden ohne Kreditkarte",
        d,
        sc(CR, float(c.filter(eq("HasCrCard", 0))["Exited"].mean())),
        "HasCrCard = 0",
    )
    add(
        "en",
        "how many customers older than 50 churned",
        d,
        sc(CUS, c.filter((pl.col("Age") > 50) & (pl.col("Exited") == 1)).height, 0),
        "Age > 50 ∧ Exited",
    )
    add(
        "en",
        "mean credit score by country",
        d,
        tb(
            [["geography", "country"]],
            ["mean_credit_score", "credit_score"],
            rows_by(c, "Geography", lambda g: float(g["CreditScore"].mean()), rnd=False),
        ),
        "country = Geography",
    )
    add(
        "de",
        "Wie viele Kunden haben ein Guthaben über 100.000?",
        d,
        sc(CUS, c.filter(pl.col("Balance") > 100000).height, 0),
        "Balance > 100000",
    )
    cf = c.filter(pl.col("Geography").is_in(["France", "Germany"]))
    add(
        "en",
        "churn rate in France vs Germany",
        d,
        tb([["geography", "country"]], CR, rows_by(cf, "Geography", lambda g: float(g["Exited"].mean()), rnd=False)),
        "two countries",
    )
    add("de", "Anzahl abgewanderter Kunden", d, sc(CUS, c.filter(eq("Exited", 1)).height, 0), "Exited = 1")
    add(
        "de",
        "Abwanderungsquote der Frauen über 40",
        d,
        sc(CR, float(c.filter((pl.col("Gender") == "Female") & (pl.col("Age") > 40))["Exited"].mean())),
        "Frauen = Female, Age > 40",
    )


def build_mk():
    m, d = ref4.mk, MK
    add(
        "en",
        "mean income per education level",
        d,
        tb(
            ["education"],
            ["mean_income", "income"],
            rows_by(m, "Education", lambda g: float(g["Income"].mean()), rnd=False),
        ),
        "mean Income (nulls skipped)",
    )
    add(
        "de",
        "Wie viele unserer Kunden sind verheiratet?",
        d,
        sc(CUS, m.filter(eq("Marital_Status", "Married")).height, 0),
        "verheiratet = Married",
        clarify_ok="verheiratet",
    )
    add(
        "en",
        "what is our complaint rate",
        d,
        sc(["complaint_rate", "share_complain"], float(m["Complain"].mean())),
        "Complain flag",
    )
    add(
        "de",
        "Beschwerdequote je Familienstand",
        d,
        tb(
            ["marital_status"],
            ["complaint_rate", "share_complain"],
            rows_by(m, "Marital_Status", lambda g: float(g["Complain"].mean()), rnd=False),
        ),
        "by Marital_Status",
        clarify_ok="familienstand",
    )
    add(
        "en",
        "average MntWines of customers with a PhD",
        d,
        sc(["mean_mnt_wines", "mnt_wines"], float(m.filter(eq("Education", "PhD"))["MntWines"].mean())),
        "Education PhD",
    )
    add(
        "de",
        "Durchschnittliches Einkommen der Singles",
        d,
        sc(["mean_income", "income"], float(m.filter(eq("Marital_Status", "Single"))["Income"].mean())),
        "Single",
    )
    add(
        "en",
        "how many customers have an income above 80,000",
        d,
        sc(CUS, m.filter(pl.col("Income") > 80000).height, 0),
        "Income > 80000",
    )
    add(
        "en",
        "total MntGoldProds",
        d,
        sc(["sum_mnt_gold_prods", "mnt_gold_prods"], float(m["MntGoldProds"].sum())),
        "sum",
    )
    add(
        "de",
        "Durchschnittliche Anzahl Webkäufe nach Bildung",
        d,
        tb(
            ["education"],
            ["mean_num_web_purchases", "num_web_purchases"],
            rows_by(m, "Education", lambda g: float(g["NumWebPurchases"].mean()), rnd=False),
        ),
        "NumWebPurchases by Education",
        clarify_ok="webk",
    )
    add(
        "en",
        "how many customers have complained so far",
        d,
        sc(CUS, m.filter(eq("Complain", 1)).height, 0),
        "Complain = 1",
    )


# ------------------------------------------------------------------------------------------------ SaaS invoices
def build_ss():
    df = norm(FR["saas.csv"], "Invoice", "Customer ID", "InvoiceDate", "Amount")
    d, asof = SS, R.as_of(df)
    assert asof == D(2025, 4, 30)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y23, y24 = w(df, *Y(2023)), w(df, *Y(2024))
    cn = c("Type", "Credit Note")
    ACC = [*CUS, "accounts"]
    add("en", "revenue by plan", d, tb(["plan"], "revenue", rows_by(df, "Plan", R.revenue)), "by Plan")
    add(
        "de",
        "Wie viele Accounts haben wir im Enterprise-Plan?",
        d,
        sc(ACC, R.n_customers(c("Plan", "Enterprise")), 0),
        "accounts = customers, Plan Enterprise",
    )
    add(
        "en",
        "how many credit notes did we issue in 2024",
        d,
        sc([*CNT, "documents", "credit_notes", "order_lines", "orders"], w(cn, *Y(2024)).height, 0),
        "Type Credit Note rows in 2024 (one row each)",
    )
    s = float(w(cn, *Y(2024))["amount"].sum())
    add(
        "en",
        "total value of credit notes in 2024",
        d,
        alt(
            sc(["revenue", "amount", "sum_amount", "returns"], s),
            sc(["revenue", "amount", "sum_amount", "returns"], -s),
        ),
        "sum of the negative amounts (either sign)",
    )
    add(
        "de",
        "Umsatz ohne Gutschriften 2024",
        d,
        sc("revenue", rev(c("Type", "Invoice"), *Y(2024))),
        "Type Invoice only (gross of credit notes)",
    )
    MS = ["mean_seats", "seats", "average_seats"]
    add(
        "en",
        "average seats per invoice by plan",
        d,
        alt(
            tb(["plan"], MS, rows_by(c("Type", "Invoice"), "Plan", lambda g: float(g["Seats"].mean()), rnd=False)),
            tb(["plan"], MS, rows_by(df, "Plan", lambda g: float(g["Seats"].mean()), rnd=False)),
        ),
        "mean Seats over invoices (over all rows incl. credit notes' 0 accepted)",
    )
    add(
        "de",
        "Umsatz je Region im Jahr 2024",
        d,
        tb(["region"], "revenue", rows_by(y24, "Region", R.revenue)),
        "by Region",
    )
    add(
        "en",
        "revenue from annually billed accounts in 2024",
        d,
        sc("revenue", rev(c("Billing", "annual"), *Y(2024))),
        "Billing annual ('annually')",
    )
    add(
        "de",
        "Wie viele Kunden zahlen monatlich?",
        d,
        sc(ACC, R.n_customers(c("Billing", "monthly")), 0),
        "Billing monthly (German adverb)",
        clarify_ok="monatlich",
    )
    add("en", "top 5 accounts by revenue", d, ts(["customer_id"], "revenue", R.top_customers(df, n=5), 4), "top 5")
    add(
        "de",
        "Umsatz Q1 2025 vs Q1 2024",
        d,
        cmp2("revenue", (2024, rev(df, *Q(2024, 1))), (2025, rev(df, *Q(2025, 1))), qlabels(2024, 1), qlabels(2025, 1)),
        "Q1 vs Q1",
    )
    add(
        "en",
        "how many accounts did we lose in 2024",
        d,
        sc([*LOST, "accounts"], lost(df, Y(2023), Y(2024)), 0),
        "2023 accounts without a 2024 invoice",
    )
    add(
        "de",
        "Kundenbindungsrate 2024 im Team-Plan",
        d,
        sc(RET, R.retention(c("Plan", "Team"), Y(2023), Y(2024))),
        "Plan Team, 2023 → 2024",
    )
    add(
        "en",
        "share of revenue from Enterprise",
        d,
        sc(SHARE, R.revenue(c("Plan", "Enterprise")) / R.revenue(df)),
        "Enterprise / all",
    )
    add("de", "Durchschnittlicher Umsatz pro Account in EMEA", d, sc(RPC, rpc(c("Region", "EMEA"))), "Region EMEA")
    ct = R.customer_table(df)
    add(
        "en",
        "accounts with more than 20 invoices",
        d,
        alt(
            sc(ACC, ct.filter(pl.col("orders") > 20).height, 0),
            {
                "kind": "keyset",
                "keys": ["customer_id"],
                "rows": [[x] for x in ct.filter(pl.col("orders") > 20)["customer_id"]],
            },
        ),
        "orders > 20 (count or the list)",
    )
    add(
        "de",
        "Wie viele neue Accounts kamen 2024 dazu?",
        d,
        sc([*NEW, "accounts"], R.new_customers(df, *Y(2024)), 0),
        "first invoice in 2024",
    )
    add("en", "revenue since the beginning of 2025", d, sc("revenue", rev(df, D(2025, 1, 1), asof)), "2025 to the date")
    add(
        "de",
        "Wie viel Umsatz hatten wir im letzten Monat?",
        d,
        sc("revenue", rev(df, *M(2025, 3))),
        "last complete month before 2025-04-30 = March 2025",
    )
    add(
        "en",
        "monthly revenue in 2025",
        d,
        tb(["month"], "revenue", by_month(w(df, D(2025, 1, 1), asof), R.revenue)),
        "Jan–Apr 2025",
    )
    add("de", "Median Rechnungsbetrag", d, sc(MED_ORDER, med_order(df)), "median invoice (order) value")
    inv = c("Type", "Invoice")
    add(
        "en",
        "median seats per invoice",
        d,
        alt(
            sc(["median_seats", "seats", "median"], float(inv["Seats"].median())),
            sc(["median_seats", "seats", "median"], float(df["Seats"].median())),
        ),
        "median Seats",
    )
    ab = R.abc(df)
    add(
        "de",
        "ABC-Analyse der Accounts: wie viele B-Kunden?",
        d,
        sc(["customers", "count", "n_customers", "accounts"], ab.filter(eq("abc_class", "B")).height, 0),
        "class B",
    )
    add("en", "What percentage of accounts were invoiced more than once?", d, sc(REP, rr(df)), "repeat rate")
    add(
        "de",
        "Umsatz 2024 in APAC ohne Starter-Plan",
        d,
        sc("revenue", rev(f(df, eq("Region", "APAC"), pl.col("Plan") != "Starter"), *Y(2024))),
        "APAC ∧ Plan ≠ Starter",
    )
    add(
        "en",
        "total seats billed in Q4 2024",
        d,
        sc(["sum_seats", "seats"], float(w(df, *Q(2024, 4))["Seats"].sum()), 0),
        "sum Seats Q4 2024",
    )
    add(
        "en",
        "and in 2023?",
        d,
        tb(["region"], "revenue", rows_by(y23, "Region", R.revenue)),
        "keeps by region",
        context=["revenue by region in 2024"],
    )
    add(
        "de",
        "und Team?",
        d,
        sc("revenue", rev(c("Plan", "Team"), *Y(2024))),
        "swaps the plan",
        context=["Umsatz Enterprise 2024"],
    )
    add(
        "en",
        "and how many of them pay annually?",
        d,
        sc(ACC, R.n_customers(f(df, eq("Plan", "Starter"), eq("Billing", "annual"))), 0),
        "Starter ∧ annual",
        context=["how many accounts are on the Starter plan"],
    )
    add(
        "de",
        "Wie viele Accounts haben wir insgesamt?",
        d,
        sc(ACC, R.n_customers(df), 0),
        "complete question: must not keep EMEA 2024",
        context=["Umsatz in EMEA 2024"],
    )
    add(
        "en",
        "reveneu by plan in 2024",
        d,
        tb(["plan"], "revenue", rows_by(y24, "Plan", R.revenue)),
        "typo",
        typo="reveneu",
    )
    add(
        "de",
        "Welcher Plan hat den höchsten durchschnittlichen Bestellwert?",
        d,
        tb(["plan"], AOV, rows_by(df, "Plan", aov, 1, rnd=False), True),
        "top 1 AOV by Plan",
    )
    add(
        "en",
        "lowest-revenue region in 2024",
        d,
        tb(["region"], "revenue", rows_by(y24, "Region", R.revenue, 1, desc=False), True),
        "bottom 1",
    )
    add("de", "Umsatz ohne APAC", d, sc("revenue", rev(df.filter(pl.col("Region") != "APAC"))), "exclusion")
    with_cn = set(cn["customer_id"].to_list())
    add(
        "en",
        "how many accounts never received a credit note",
        d,
        sc(ACC, len(set(R.customers_set(df).to_list()) - with_cn), 0),
        "customers minus those with a credit note",
    )
    add(
        "de",
        "Wie viele Accounts hatten 2024 eine Gutschrift?",
        d,
        sc(ACC, w(cn, *Y(2024))["customer_id"].n_unique(), 0),
        "distinct accounts with a 2024 credit note",
    )
    add("en", "average number of invoices per account in 2024", d, sc(OPC, opc(y24)), "orders per customer 2024")


# ------------------------------------------------------------------------------------------------ Apotheke
def build_ap():
    df = norm(FR["apotheke.csv"], "Rechnungsnummer", "Kundennummer", "Datum", "Betrag")
    d, asof = AP, R.as_of(df)
    assert asof == D(2025, 2, 14)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y24 = w(df, *Y(2024))
    add(
        "de",
        "Umsatz mit Brillen 2024",
        d,
        sc("revenue", rev(c("Warengruppe", "Brillen"), *Y(2024))),
        "Warengruppe Brillen",
    )
    add(
        "de",
        "Umsatz mit Kontaktlinse im letzten Quartal",
        d,
        sc("revenue", rev(c("Warengruppe", "Kontaktlinsen"), *Q(2024, 4))),
        "singular; last complete quarter Q4 2024",
    )
    add(
        "de",
        "Wie viele AOK-Kunden haben 2024 eingekauft?",
        d,
        sc(CUS, R.n_customers(w(c("Krankenkasse", "AOK"), *Y(2024))), 0),
        "Krankenkasse AOK, 2024",
    )
    ZZ = ["sum_zuzahlung", "zuzahlung"]
    add("de", "Summe der Zuzahlungen 2024", d, sc(ZZ, float(y24["Zuzahlung"].sum())), "sum Zuzahlung 2024 (plural)")
    MZ = ["mean_zuzahlung", "zuzahlung"]
    add(
        "de",
        "Durchschnittliche Zuzahlung bei Rezept",
        d,
        alt(sc(MZ, float(c("Rezept", "ja")["Zuzahlung"].mean())), sc(MZ, float(df["Zuzahlung"].mean()))),
        "mean Zuzahlung of Rezept = ja lines",
    )
    add(
        "de",
        "Umsatz nach Krankenkasse",
        d,
        tb(["krankenkasse"], "revenue", rows_by(df, "Krankenkasse", R.revenue)),
        "by Krankenkasse",
    )
    add(
        "de",
        "Umsatz am Standort Bahnhof seit Jahresbeginn",
        d,
        sc("revenue", rev(c("Standort", "Bahnhof"), D(2025, 1, 1), asof)),
        "2025-01-01 to the date",
    )
    add(
        "en",
        "revenue by location in 2024",
        d,
        tb(["standort"], "revenue", rows_by(y24, "Standort", R.revenue)),
        "location = Standort",
        clarify_ok="location",
    )
    add(
        "de",
        "Anteil der Positionen mit Rezept",
        d,
        sc(["share_rezept", "share"], c("Rezept", "ja").height / df.height),
        "Rezept flag share over lines",
    )
    add(
        "de",
        "Wie viele Privatpatienten haben wir?",
        d,
        sc(CUS, R.n_customers(c("Krankenkasse", "Privat")), 0),
        "Privatpatienten = Krankenkasse Privat",
        clarify_ok="privatpatienten",
    )
    add(
        "de",
        "Umsatz ohne Arzneimittel 2024",
        d,
        sc("revenue", rev(df.filter(pl.col("Warengruppe") != "Arzneimittel"), *Y(2024))),
        "exclusion",
    )
    add(
        "de",
        "Top 5 Kunden nach Umsatz bei Brillen",
        d,
        ts(["customer_id"], "revenue", R.top_customers(c("Warengruppe", "Brillen"), n=5), 4),
        "Warengruppe Brillen",
    )
    add(
        "de",
        "Durchschnittlicher Bonwert in der Altstadt",
        d,
        sc(AOV, aov(c("Standort", "Altstadt"))),
        "Bon = receipt = order",
        clarify_ok="bonwert",
    )
    add("de", "Wiederkaufrate der TK-Versicherten", d, sc(REP, rr(c("Krankenkasse", "TK"))), "Krankenkasse TK")
    add("de", "Kundenbindung: 2024 im Vergleich zu 2023", d, sc(RET, R.retention(df, Y(2023), Y(2024))), "retention")
    ct = R.customer_table(df)
    add(
        "de",
        "Wie viele Kunden von 2023 haben 2024 nichts mehr gekauft?",
        d,
        sc(LOST, lost(df, Y(2023), Y(2024)), 0),
        "2023 customers without a 2024 purchase",
    )
    add(
        "de",
        "Umsatz pro Monat im Jahr 2024 für Pflege",
        d,
        tb(["month"], "revenue", by_month(w(c("Warengruppe", "Pflege"), *Y(2024)), R.revenue)),
        "by month",
    )
    add(
        "de", "Median Umsatz pro Kunde bei der Barmer", d, sc(MED_CUST, med_cust(c("Krankenkasse", "Barmer"))), "Barmer"
    )
    add(
        "de",
        "Welche Warengruppe hat den höchsten Umsatz pro Kunde?",
        d,
        tb(["warengruppe"], RPC, rows_by(df, "Warengruppe", rpc, 1, rnd=False), True),
        "top 1",
    )
    add(
        "en",
        "how many receipts were issued in January 2025",
        d,
        sc(ORD, R.n_orders(w(df, *M(2025, 1))), 0),
        "receipt = order",
    )
    add(
        "en",
        "revenue from privately insured customers",
        d,
        sc("revenue", rev(c("Krankenkasse", "Privat"))),
        "Krankenkasse Privat",
        clarify_ok="privately",
    )
    add(
        "de",
        "Kunden mit mehr als 12 Einkäufen",
        d,
        alt(
            sc(CUS, ct.filter(pl.col("orders") > 12).height, 0),
            {
                "kind": "keyset",
                "keys": ["customer_id"],
                "rows": [[x] for x in ct.filter(pl.col("orders") > 12)["customer_id"]],
            },
        ),
        "orders > 12 (count or the list)",
    )
    add(
        "de",
        "Umsatz 4. Quartal 2024 vs. 4. Quartal 2023",
        d,
        cmp2("revenue", (2023, rev(df, *Q(2023, 4))), (2024, rev(df, *Q(2024, 4))), qlabels(2023, 4), qlabels(2024, 4)),
        "Q4 vs Q4",
    )
    add("de", "Wie viele Neukunden gab es 2024?", d, sc(NEW, R.new_customers(df, *Y(2024)), 0), "first purchase 2024")
    bk = w(c("Warengruppe", "Brillen", "Kontaktlinsen"), *Y(2024))
    add(
        "de",
        "Umsatz mit Brille und Kontaktlinsen zusammen 2024",
        d,
        alt(sc("revenue", r2(R.revenue(bk))), tb(["warengruppe"], "revenue", rows_by(bk, "Warengruppe", R.revenue))),
        "two values summed (singular Brille)",
    )
    add(
        "de",
        "Anteil der Barmer am Umsatz",
        d,
        sc(SHARE, R.revenue(c("Krankenkasse", "Barmer")) / R.revenue(df)),
        "Barmer / all",
    )
    add(
        "de",
        "und am Standort Bahnhof?",
        d,
        tb(["warengruppe"], "revenue", rows_by(w(c("Standort", "Bahnhof"), *Y(2024)), "Warengruppe", R.revenue)),
        "keeps by Warengruppe 2024",
        context=["Umsatz nach Warengruppe 2024"],
    )
    add(
        "de",
        "Und der Bahnhof?",
        d,
        sc(CUS, R.n_customers(c("Standort", "Bahnhof")), 0),
        "swaps the location",
        context=["Wie viele Kunden hat der Standort Altstadt?"],
    )
    add(
        "de",
        "und im Jahr davor?",
        d,
        sc("revenue", rev(c("Warengruppe", "Brillen"), *Y(2023))),
        "moves to 2023",
        context=["Umsatz Brillen 2024"],
    )
    add(
        "de",
        "und pro Kunde?",
        d,
        sc(RPC, rpc(w(f(df, eq("Krankenkasse", "AOK"), eq("Warengruppe", "Arzneimittel")), *Y(2024)))),
        "three turns: AOK, Arzneimittel, 2024, per customer",
        context=["Umsatz AOK 2024", "nur Arzneimittel"],
    )
    add(
        "de",
        "Wie hoch war der Gesamtumsatz 2024?",
        d,
        sc("revenue", rev(df, *Y(2024))),
        "complete question: must not keep Pflege",
        context=["Umsatz Pflege 2023"],
    )
    add(
        "de",
        "Umsatz mit Kontaktlinssen 2023",
        d,
        sc("revenue", rev(c("Warengruppe", "Kontaktlinsen"), *Y(2023))),
        "typo",
        typo="kontaktlinssen",
    )
    add(
        "de",
        "Umsatz mit Arzneimitteln auf Rezept 2024",
        d,
        sc("revenue", rev(f(df, eq("Warengruppe", "Arzneimittel"), eq("Rezept", "ja")), *Y(2024))),
        "Rezept = ja",
    )
    add("de", "Umsatz ohne Rezept", d, sc("revenue", rev(c("Rezept", "nein"))), "Rezept = nein")
    add(
        "de",
        "Wie viel Zuzahlung haben AOK-Kunden geleistet?",
        d,
        sc(ZZ, float(c("Krankenkasse", "AOK")["Zuzahlung"].sum())),
        "sum Zuzahlung, AOK",
    )
    add("de", "Was ist ein A-Kunde?", d, definition("80", "abc"), "definition: ABC class A (top 80 % of revenue)")
    add(
        "de",
        "Umsatz 2023 gegenüber Vorjahr",
        d,
        refuse(),
        "2023 is the first year: the previous year 2022 is not in the data",
    )


# ------------------------------------------------------------------------------------------------ marketplace
def build_mp():
    raw = FR["marktplatz.csv"]
    df = norm(
        raw,
        "InvoiceNo",
        "CustomerID",
        "InvoiceDate",
        "Amount",
        cancelled=pl.col("Status").is_in(["Cancelled", "Returned"]),
    )
    d, asof = MP, R.as_of(df)
    assert asof == D(2025, 3, 19)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y24 = w(df, *Y(2024))
    BUY = [*CUS, "buyers"]
    add(
        "en",
        "revenue by seller",
        d,
        tb(["seller"], "revenue", rows_by(df, "Seller", R.revenue)),
        "Completed orders only (Cancelled/Returned never a sale)",
    )
    add("en", "how many buyers from Poland", d, sc(BUY, R.n_customers(c("Country", "Poland")), 0), "buyers = customers")
    add(
        "de",
        "Umsatz je Kategorie 2024",
        d,
        tb(["category"], "revenue", rows_by(y24, "Category", R.revenue)),
        "by Category",
    )
    canc = raw.filter(eq("Status", "Cancelled"))
    add(
        "en",
        "how many orders were cancelled",
        d,
        alt(
            sc([*ORD, "cancelled_orders"], canc["InvoiceNo"].n_unique(), 0),
            sc([*CNT, "order_lines", "cancelled_lines", "lines"], canc.height, 0),
        ),
        "distinct cancelled orders (lines accepted)",
    )
    ret = float(raw.filter(eq("Status", "Returned"))["Amount"].sum())
    add(
        "de",
        "Wie viel Umsatz ging durch Retouren verloren?",
        d,
        sc(["revenue", "amount", "sum_amount", "returned_revenue", "returns"], ret),
        "sum of Returned lines' Amount",
    )
    add("en", "average order value for TechBay", d, sc(AOV, aov(c("Seller", "TechBay"))), "Seller TechBay")
    add(
        "de",
        "Top 3 Verkäufer nach Umsatz im Q4 2024",
        d,
        tb(["seller"], "revenue", rows_by(w(df, *Q(2024, 4)), "Seller", R.revenue, 3), True),
        "Verkäufer = Seller",
        clarify_ok="verk",
    )
    add(
        "en",
        "revenue in Spain last quarter",
        d,
        sc("revenue", rev(c("Country", "Spain"), *Q(2024, 4))),
        "last complete quarter before 2025-03-19 = Q4 2024",
    )
    add(
        "de",
        "Umsatz seit Jahresbeginn in Österreich",
        d,
        sc("revenue", rev(c("Country", "Austria"), D(2025, 1, 1), asof)),
        "2025 to the date, Austria",
    )
    add("en", "repeat rate of buyers in Germany", d, sc(REP, rr(c("Country", "Germany"))), "Country Germany")
    ct = R.customer_table(df)
    add(
        "de",
        "Wie viele Käufer haben mehr als 5 Bestellungen?",
        d,
        sc(BUY, ct.filter(pl.col("orders") > 5).height, 0),
        "orders > 5",
    )
    add(
        "en",
        "revenue excluding electronics",
        d,
        sc("revenue", rev(df.filter(pl.col("Category") != "Electronics"))),
        "lower-case value, exclusion",
    )
    add(
        "de",
        "Umsatz mit Spielzeug",
        d,
        sc("revenue", rev(c("Category", "Toys"))),
        "Spielzeug = Toys",
        clarify_ok="spielzeug",
    )
    add(
        "en",
        "share of 2024 revenue from garden products",
        d,
        sc(SHARE, R.revenue(f(y24, eq("Category", "Garden"))) / R.revenue(y24)),
        "Garden / all 2024",
    )
    MSH = ["mean_shipping", "shipping"]
    op = raw.unique("InvoiceNo")
    add(
        "de",
        "Durchschnittliche Versandkosten",
        d,
        alt(
            sc(MSH, float(raw["Shipping"].mean())),
            sc(MSH, float(op["Shipping"].mean())),
            sc(MSH, float(raw.filter(eq("Status", "Completed"))["Shipping"].mean())),
        ),
        "mean Shipping over lines (per order, completed only accepted)",
    )
    add(
        "en",
        "monthly revenue in 2025",
        d,
        tb(["month"], "revenue", by_month(w(df, D(2025, 1, 1), asof), R.revenue)),
        "Jan–Mar 2025",
    )
    add(
        "de",
        "Umsatz Januar 2025 vs. Januar 2024",
        d,
        cmp2("revenue", (2024, rev(df, *M(2024, 1))), (2025, rev(df, *M(2025, 1))), ["2024-01"], ["2025-01"]),
        "two months",
    )
    add(
        "en",
        "new buyers in February 2025",
        d,
        sc([*NEW, "buyers"], R.new_customers(df, *M(2025, 2)), 0),
        "first order Feb 2025",
    )
    tb_ = set(R.customers_set(c("Seller", "TechBay")).to_list())
    nh = set(R.customers_set(c("Seller", "NordHome")).to_list())
    add("en", "how many buyers bought from both TechBay and NordHome", d, sc(BUY, len(tb_ & nh), 0), "intersection")
    add(
        "de",
        "Wie viele Käufer haben nie bei TechBay bestellt?",
        d,
        sc(BUY, len(set(R.customers_set(df).to_list()) - tb_), 0),
        "all buyers minus TechBay buyers",
    )
    add("en", "median order value in Germany", d, sc(MED_ORDER, med_order(c("Country", "Germany"))), "Germany")
    add(
        "de",
        "Umsatz pro Käufer nach Land",
        d,
        tb(["country"], RPC, rows_by(df, "Country", rpc, rnd=False)),
        "revenue per customer by Country",
    )
    add(
        "en",
        "how many different sellers are there",
        d,
        sc([*CNT, "sellers", "seller", "n_seller", "distinct_seller", "number_of_distinct_values"], 5, 0),
        "distinct Seller values",
    )
    add("en", "top 5 buyers by revenue", d, ts(["customer_id"], "revenue", R.top_customers(df, n=5), 4), "top 5")
    add(
        "en",
        "and only Germany?",
        d,
        tb(["seller"], "revenue", rows_by(f(y24, eq("Country", "Germany")), "Seller", R.revenue)),
        "keeps by seller 2024",
        context=["revenue by seller in 2024"],
    )
    add(
        "en",
        "and in Spain?",
        d,
        sc(BUY, R.n_customers(c("Country", "Spain")), 0),
        "swaps the country",
        context=["how many buyers are in Austria"],
    )
    add(
        "de",
        "Und wie viele Bestellungen?",
        d,
        sc(ORD, R.n_orders(w(c("Seller", "Velo24"), *Y(2024))), 0),
        "swaps the metric, keeps Velo24 2024",
        context=["Umsatz von Velo24 2024"],
    )
    add(
        "en",
        "How many buyers do we have in total?",
        d,
        sc(BUY, R.n_customers(df), 0),
        "complete question: must not keep TechBay",
        context=["revenue from TechBay"],
    )
    add(
        "en",
        "revenue by categroy",
        d,
        tb(["category"], "revenue", rows_by(df, "Category", R.revenue)),
        "typo",
        typo="categroy",
    )
    add(
        "en",
        "revenue in the last 60 days",
        d,
        sc("revenue", rev(df, asof - dt.timedelta(days=60), asof)),
        "[date − 60, date)",
    )
    add(
        "de",
        "Umsatz 2024 ohne stornierte Bestellungen",
        d,
        sc("revenue", rev(df, *Y(2024))),
        "cancelled never count: = revenue 2024",
    )
    add("en", "average revenue per buyer in Q1 2025", d, sc(RPC, rpc(w(df, *Q(2025, 1)))), "Q1 2025 (to the date)")
    add(
        "de",
        "Welche Kategorie hat die meisten Käufer?",
        d,
        tb(["category"], BUY, rows_by(df, "Category", R.n_customers, 1), True, 0),
        "top 1 by customers",
    )
    add(
        "de",
        "Kundenbindungsrate für 2024 bitte",
        d,
        refuse(),
        "retention 2024 needs 2023 customers: the data starts in 2024",
    )


def build_more():
    """Seed concepts (CLV, RFM), English questions on the German tables, two-column groupings and a few more asks."""
    df, d = ref4.dm, DEMO
    asof = R.as_of(df)
    y24, y25 = w(df, *Y(2024)), w(df, D(2025, 1, 1), asof)
    rf = R.rfm(df)
    add(
        "en",
        "how many customers sit in the Champions segment",
        d,
        sc(CUS, rf.filter(eq("rfm_segment", "Champions")).height, 0.05),
        "RFM Champions (5 % for tie rules)",
    )
    add(
        "de",
        "Wie viele Kunden sind gefährdet (At Risk)?",
        d,
        sc(CUS, rf.filter(eq("rfm_segment", "At Risk")).height, 0.05),
        "RFM At Risk named explicitly",
    )
    top_seg = rows_by(rf, "rfm_segment", lambda g: g.height, 1)
    add(
        "en",
        "Which RFM segment holds the most customers?",
        d,
        tb([["rfm_segment", "segment"]], CUS, top_seg, True, 0.05),
        "top 1 segment by size",
    )
    add(
        "en",
        "top 5 customers by predicted customer lifetime value",
        d,
        ts(["customer_id"], "clv", ref4.clv_top(df, 5), 3),
        "BG/NBD × Gamma-Gamma (3 of 5)",
    )
    add(
        "de",
        "Was ist der Customer Lifetime Value?",
        d,
        definition("erwartet", "prognos", "zukünftig", "expected"),
        "definition: expected future profit",
    )
    add(
        "en",
        "revenue by gender in 2024",
        d,
        tb(["gender"], "revenue", rows_by(y24, "gender", R.revenue)),
        "customer attribute gender",
    )
    add(
        "en",
        "how many female customers bought online in 2025",
        d,
        sc(CUS, R.n_customers(f(y25, eq("gender", "female"), eq("channel", "online"))), 0),
        "gender ∧ channel",
    )
    b2b = df.filter(eq("kind", "b2b"))
    add(
        "en",
        "retention rate from 2023 to 2024 for b2b customers",
        d,
        sc(RET, R.retention(b2b, Y(2023), Y(2024))),
        "b2b",
    )
    add(
        "en",
        "revenue in June 2025 compared with June 2024",
        d,
        cmp2("revenue", (2024, rev(df, *M(2024, 6))), (2025, rev(df, *M(2025, 6))), ["2024-06"], ["2025-06"]),
        "two months",
    )
    add("en", "average revenue per customer year to date", d, sc(RPC, rpc(y25)), "2025 to the date")
    cust = R.customer_table(df).join(
        ref4.dcu.select("customer_id", "acquisition_channel"), on="customer_id", how="left"
    )
    add(
        "en",
        "share of customers acquired via referral",
        d,
        sc(
            ["share", "share_customers", "customer_share"],
            cust.filter(eq("acquisition_channel", "Referral")).height / cust.height,
        ),
        "customers with an order whose acquisition_channel is Referral",
    )
    add("en", "revenue split by warehouse", d, refuse("warehouse"), "no warehouse")
    add("en", "revenue by customer age group", II, refuse("age"), "no age in Online Retail")

    ap = norm(FR["apotheke.csv"], "Rechnungsnummer", "Kundennummer", "Datum", "Betrag")
    c = lambda col, *v: ap.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    add(
        "en",
        "revenue from glasses in 2023",
        AP,
        sc("revenue", rev(c("Warengruppe", "Brillen"), *Y(2023))),
        "glasses = Brillen",
        clarify_ok="glasses",
    )
    add("en", "how many customers are insured with AOK", AP, sc(CUS, R.n_customers(c("Krankenkasse", "AOK")), 0), "AOK")
    add(
        "en",
        "average co-payment on prescription lines",
        AP,
        alt(
            sc(["mean_zuzahlung", "zuzahlung"], float(c("Rezept", "ja")["Zuzahlung"].mean())),
            sc(["mean_zuzahlung", "zuzahlung"], float(ap["Zuzahlung"].mean())),
        ),
        "co-payment = Zuzahlung, Rezept ja",
        clarify_ok="co-payment",
    )
    add("en", "repeat rate of Barmer customers", AP, sc(REP, rr(c("Krankenkasse", "Barmer"))), "Barmer")
    add(
        "en",
        "monthly revenue at the Altstadt location in 2024",
        AP,
        tb(["month"], "revenue", by_month(w(c("Standort", "Altstadt"), *Y(2024)), R.revenue)),
        "by month",
        clarify_ok="location",
    )
    add(
        "en",
        "top 3 product groups by revenue in 2024",
        AP,
        tb(["warengruppe"], "revenue", rows_by(w(ap, *Y(2024)), "Warengruppe", R.revenue, 3), True),
        "product group = Warengruppe",
        clarify_ok="product",
    )
    add("en", "revenue by insurance tier", AP, refuse("tier"), "no tier")

    mp = norm(
        FR["marktplatz.csv"],
        "InvoiceNo",
        "CustomerID",
        "InvoiceDate",
        "Amount",
        cancelled=pl.col("Status").is_in(["Cancelled", "Returned"]),
    )
    add(
        "en",
        "revenue by buyer country in Q1 2025",
        MP,
        tb(["country"], "revenue", rows_by(w(mp, *Q(2025, 1)), "Country", R.revenue)),
        "Q1 2025 (to the date)",
    )
    add(
        "en",
        "average order value by category",
        MP,
        tb(["category"], AOV, rows_by(mp, "Category", aov, rnd=False)),
        "AOV per Category",
    )

    ss = norm(FR["saas.csv"], "Invoice", "Customer ID", "InvoiceDate", "Amount")
    rp = sorted([[r, p, r2(R.revenue(g))] for (r, p), g in ss.group_by(["Region", "Plan"])])
    add("en", "revenue by region and plan", SS, tb(["region", "plan"], "revenue", rp), "two-column breakdown")
    add(
        "en",
        "how many invoices did we send in March 2025",
        SS,
        sc(ORD, R.n_orders(w(ss, *M(2025, 3))), 0),
        "invoices = orders",
        clarify_ok="send",
    )
    add(
        "en",
        "customers on the team plan in APAC",
        SS,
        sc([*CUS, "accounts"], R.n_customers(f(ss, eq("Plan", "Team"), eq("Region", "APAC"))), 0),
        "lower-case team",
    )

    cd = ref4.cd
    add("en", "revenue per customer in Q1 1998", CD, sc(RPC, rpc(w(cd, *Q(1998, 1)))), "Q1 1998")
    add("en", "revenue in the last quarter", CD, sc("revenue", rev(cd, *Q(1998, 2))), "last complete quarter Q2 1998")
    ch = ref4.ch
    add(
        "en",
        "how many inactive members have a balance of zero",
        CH,
        sc(CUS, ch.filter((pl.col("IsActiveMember") == 0) & (pl.col("Balance") == 0)).height, 0),
        "two conditions",
    )
    mk = ref4.mk
    add(
        "en",
        "response rate of married customers",
        MK,
        sc(["response_rate", "share_response"], float(mk.filter(eq("Marital_Status", "Married"))["Response"].mean())),
        "Response flag, Married",
    )
    ii = R.load_online_retail(synth7.ensure() / "ii_2010.parquet")
    add(
        "en",
        "the 5 countries with the highest revenue per customer",
        II,
        tb(["country"], RPC, rows_by(ii, "country", rpc, 5, rnd=False), True),
        "top 5 countries by revenue per customer",
    )
    add(
        "en",
        "how many customers ordered in December 2010",
        II,
        sc(CUS, R.n_customers(w(ii, *M(2010, 12))), 0),
        "December",
    )


def build_refuse():
    """Look-alike columns and values the data lacks, metrics needing absent data, ambiguous words, periods outside the
    data, impossible dates and nonsense words inside otherwise fine questions: each must come back as a clarify."""
    margin = "margin/profit without costs: the brief asks for a clarify (metrics.md would assume a 100 % margin)"
    for data, lang, q, words, note in [
        (DEMO, "de", "Umsatz 2024 nach Bundesland", ["bundesland"], "no state (country, city only)"),
        (DEMO, "en", "revenue by store manager", ["manager"], "no manager"),
        (DEMO, "de", "Umsatz im August 2025", [], "after the analysis date 2025-07-01"),
        (DEMO, "en", "revenue in 2022", [], "data starts in 2023"),
        (DEMO, "de", "Wie hoch ist die Zwiebelquote unserer Kunden?", ["zwiebelquote"], "nonsense"),
        (DEMO, "en", "customer satisfaction with the app", ["app"], "no aspect 'app'"),
        (DEMO, "de", "Umsatz am 31.06.2024", [], "impossible date"),
        (DEMO, "en", "revenue by product colour", ["colour"], "no colour"),
        (DEMO, "de", "Umsatz nach Abteilung", ["abteilung"], "no department"),
        (DEMO, "de", "Wie viele Kunden besitzen ein Haustier?", ["haustier"], "no pet"),
        (DEMO, "de", "Umsatz mit Kunden aus Spanien", ["spanien"], "Spain is not a country value of the demo"),
        (DEMO, "en", "revenue of zorgle customers in 2024", ["zorgle"], "nonsense word in a fine question"),
        (DEMO, "de", "Umsatz pro Quadratmeter", ["quadratmeter"], "no floor space"),
        (II, "de", "Umsatz je Produktkategorie", ["kategorie"], "no category column"),
        (II, "en", "revenue split by sales channel", ["channel"], "no channel"),
        (II, "de", "Umsatz im Januar 2011", [], "the slice ends in December 2010"),
        (II, "en", "revenue in 2009", [], "the slice holds 2010 only"),
        (II, "de", "Umsatz in China", ["china"], "no such country"),
        (II, "de", "Marge nach Land", [], margin),
        (II, "en", "net promoter score per country", ["nps"], "no survey"),
        (II, "de", "Umsatz der Schnabeltier-Kunden", ["schnabeltier"], "nonsense"),
        (CD, "en", "revenue per country in 1997", ["country"], "no country"),
        (CD, "de", "Umsatz nach Genre", ["genre"], "no genre"),
        (CD, "en", "revenue in 1996", [], "before the data"),
        (CD, "de", "Umsatz 1997 je Filiale", ["filiale"], "no branch"),
        (CD, "en", "how many wibbly orders in 1997", ["wibbly"], "nonsense"),
        (SA, "de", "Umsatz nach Farbe", ["farbe"], "no colour"),
        (SA, "en", "revenue in 2006", [], "after the data"),
        (SA, "en", "revenue of the Boats product line", ["boats"], "Ships exists, Boats does not"),
        (SA, "de", "Kundenzufriedenheit je Land", [], "no survey"),
        (SA, "en", "average discount by deal size", ["discount"], "no discount column"),
        (CH, "de", "Wie viele Kunden haben 2019 gekündigt?", [], "no dates in a customer list"),
        (CH, "en", "churn rate by tariff", ["tariff"], "no tariff"),
        (CH, "de", "Wie viele Kunden kommen aus Italien?", ["italien"], "Geography has France/Germany/Spain only"),
        (
            CH,
            "en",
            "what is the average order value of our customers",
            [],
            "no orders in a bank's customer list (an error naming order lines is fine)",
        ),
        (CH, "de", "NPS nach Geschlecht", ["nps"], "no survey"),
        (MK, "de", "Umsatz aufgeteilt nach Region", ["region"], "no region"),
        (MK, "de", "Wie viele Kunden halten einen Hund?", ["hund"], "no pet"),
        (MK, "en", "average spend on shoes", ["shoes"], "no shoes (wines, fruits, meat, fish, sweets, gold only)"),
        (MK, "en", "Net Promoter Score", [], "no survey"),
        (SS, "en", "revenue by industry", ["industry"], "no industry"),
        (SS, "de", "Umsatz je Account Manager", ["manager"], "no account manager"),
        (SS, "en", "MRR by plan", ["mrr"], "monthly recurring revenue is no metric of the contract; annual invoices"),
        (SS, "en", "gross margin by plan", [], margin),
        (SS, "en", "revenue in May 2025", [], "after the analysis date 2025-04-30"),
        (SS, "de", "Umsatz im Geschäftsjahr 2022", [], "data starts in 2023"),
        (SS, "en", "NPS of Enterprise accounts", ["nps"], "no survey"),
        (SS, "en", "revenue of the Premium plan", ["premium"], "no Premium plan (Starter/Team/Enterprise)"),
        (
            SS,
            "de",
            "Umsatz nach Vertragslaufzeit",
            ["vertragslaufzeit"],
            "no contract term (Billing is monthly/annual)",
        ),
        (SS, "en", "revenue by plan for glimmer accounts", ["glimmer"], "nonsense word"),
        (SS, "de", "Was brachte das dritte Quartal 2025 an Umsatz?", [], "after the data"),
        (AP, "de", "Umsatz je Apotheker", ["apotheker"], "no pharmacist column"),
        (AP, "de", "Umsatz nach verschreibendem Arzt", ["arzt"], "no doctor"),
        (AP, "de", "Marge bei Brillen", [], margin),
        (AP, "de", "Umsatz im März 2025", [], "after the analysis date 2025-02-14"),
        (AP, "de", "Umsatz mit Hörgeräten", ["horgerat"], "no such Warengruppe"),
        (AP, "de", "Wie zufrieden sind unsere Kunden mit der Beratung?", [], "no survey"),
        (AP, "de", "Umsatz der DAK-Versicherten", ["dak"], "no such Krankenkasse"),
        (AP, "de", "Umsatz mit Brillen im Quatschquartal", ["quatschquartal"], "nonsense"),
        (AP, "en", "revenue in 2022", [], "data starts in 2023"),
        (AP, "de", "Umsatz am 29.02.2023", [], "impossible date (2023 is no leap year)"),
        (MP, "en", "revenue by seller rating", ["rating"], "no rating"),
        (MP, "de", "Umsatz in Dollar", ["dollar"], "one currency only (EUR): no conversion"),
        (MP, "en", "revenue split by payment method", ["payment"], "no payment method"),
        (MP, "de", "Umsatz nach Stadt", ["stadt"], "no city"),
        (MP, "en", "commission by seller", ["commission"], "no commission column"),
        (MP, "en", "revenue in December 2023", [], "data starts in January 2024"),
        (MP, "de", "Marge je Verkäufer", [], margin),
        (MP, "en", "revenue of fluffy sellers", ["fluffy"], "nonsense"),
        (MP, "en", "revenue in France", ["france"], "no such Country value (Germany, Austria, Poland, Spain)"),
    ]:
        add(lang, q, data, refuse(*words), note)


def fold(q: str) -> str:
    q = unicodedata.normalize("NFKD", q.casefold())
    q = "".join(ch for ch in q if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", q).split())


def earlier_questions() -> set[str]:
    seen = set()
    roots = [*HERE.parent.glob("ask_*/*.jsonl"), *(R.DATA.parent / "questions").glob("*.jsonl")]
    for p in roots:
        if p.parent == HERE:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line).get("question")
                if q:
                    seen.add(fold(q))
    return seen


def main() -> None:
    ref4.check_reference()
    for b in (
        build_demo,
        build_ii,
        build_cd,
        build_sa,
        build_ch,
        build_mk,
        build_ss,
        build_ap,
        build_mp,
        build_more,
        build_refuse,
    ):
        b()
    ids = [r["id"] for r in OUT]
    assert len(ids) == len(set(ids))
    old = earlier_questions()
    copies = [r["question"] for r in OUT if not r.get("context") and fold(r["question"]) in old]
    assert not copies, f"copies of earlier questions: {copies}"
    with open(HERE / "round7.jsonl", "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    nref = sum(r["expect"]["kind"] == "refuse" for r in OUT)
    print(
        f"{len(OUT)} questions ({nref} refuse, {sum(r['lang'] == 'de' for r in OUT)} de, "
        f"{sum(bool(r.get('context')) for r in OUT)} follow-ups, {len(old)} earlier questions compared) -> round7.jsonl"
    )


if __name__ == "__main__":
    main()
