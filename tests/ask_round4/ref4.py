"""Round-4 blind eval of `insight ask`: questions + expected values from an independent plain-polars reference.

Written without reading insight/query or insight/semantic. Expected values come from plain polars
(`tests/ask_heldout/metrics_ref.py` for the metric rules of metrics.md, plus the few demo-table metrics
below), never from insight's output. Demo questions (`"data": "demo"`) run on the built-in demo data
(`insight demo -w WS`; in-process `insight.api.demo_dataset()`); the reference reads the same tables via
`insight.io.demo.demo_frames` (the generator, not the metric code). A record with `context` is a follow-up:
the context questions are asked first in the same session.

    .venv/bin/python tests/ask_round4/ref4.py      → writes round4.jsonl
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import metrics_ref as R  # noqa: E402

D = dt.date
II, OR, CD = "online_retail_ii.parquet", "online_retail.parquet", "cdnow/CDNOW_master.txt"
SA, CH, MK, DEMO = "foreign/sales_data_sample.csv", "foreign/Churn_Modelling.csv", "foreign/marketing_campaign.csv", "demo"
Y, Q, M = R.year, R.quarter, R.month
REFUSE = {"kind": "refuse"}
OUT: list[dict] = []


def add(qid, lang, q, data, expect, note=None, context=None, typo=None, clarify_ok=None):
    rec = {"id": qid, "lang": lang, "question": q, "data": data, "expect": expect}
    if typo:
        rec["typo"] = typo
    if clarify_ok:
        rec["clarify_ok"] = clarify_ok
    if note:
        rec["note"] = note
    if context:
        rec["context"] = context
    OUT.append(rec)


def refuse(*words):
    return {"kind": "refuse", "words": list(words)} if words else dict(REFUSE)


def sc(metric, value, tol=0.001):
    return {"kind": "scalar", "metric": metric, "value": round(float(value), 6) if tol else value, "rel_tol": tol}


def tb(keys, metric, rows, ordered=False, tol=0.001):
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def ts(keys, metric, rows, k):
    """Top-k set: only the keys are compared (at least k of them in the answer's first len(rows) rows)."""
    return {"kind": "topset", "keys": keys, "metric": metric, "rows": [r[:1] for r in rows], "min_overlap": k}


def w(df, a=None, b=None):
    return R.window(df, a, b)


def r2(x):
    return round(float(x), 2)


def rev(df, a=None, b=None):
    return r2(R.revenue(w(df, a, b)))


def cty(df, *names):
    return df.filter(pl.col("country").is_in(list(names)))


def grp(df, key, fn, top=None, desc=True):
    rows = [[k, fn(g)] for (k,), g in df.group_by([key]) if k is not None]
    rows.sort(key=lambda r: (-r[1], str(r[0])) if desc else (r[1], str(r[0])))
    return rows[:top] if top else rows


def by_fmt(df, fmt, fn):
    x = df.with_columns(_p=pl.col("order_date").dt.strftime(fmt))
    return sorted([[k, fn(g.drop("_p"))] for (k,), g in x.group_by(["_p"])])


def by_q(df, fn):
    x = df.with_columns(_p=pl.col("order_date").dt.year().cast(pl.Utf8) + "-Q" + pl.col("order_date").dt.quarter().cast(pl.Utf8))
    return sorted([[k, fn(g.drop("_p"))] for (k,), g in x.group_by(["_p"])])


def rev_per_customer(df):
    """Mean over customers (ids with an order) of their net revenue (ids with only returns are no customers)."""
    return float(R.customer_table(df)["revenue"].mean())


RPC = ["revenue_per_customer", "mean_revenue", "avg_revenue_per_customer", "revenue"]
OPC = ["orders_per_customer", "mean_orders", "avg_orders_per_customer", "orders"]


def orders_per_customer(df):
    return R.customer_orders(df).height / R.n_customers(df)


def cust_rev(df):
    return R.customer_table(df)


# ---------------------------------------------------------------- data
ii = R.load_online_retail(R.DATA / II)
orl = R.load_online_retail(R.DATA / OR)
cd = R.load_cdnow()
sa = R.load_sales()
ch = pl.read_csv(R.DATA / CH)
mk = pl.read_csv(R.DATA / MK, separator="\t")


def load_demo():
    from insight.io.demo import demo_frames  # the generator's tables (data, not metric code)
    f = demo_frames()
    ol = f["order_lines"]
    raw = pl.coalesce(pl.col("amount"), pl.col("quantity") * pl.col("unit_price"))
    rev_ = (pl.col("quantity") < 0) | (raw < 0)
    ol = ol.with_columns(order_date=pl.col("order_date").dt.date(),
                         amount=pl.when(rev_).then(-raw.abs()).otherwise(raw),
                         cancel_prefix=pl.lit(False),
                         cancelled=pl.col("line_status").fill_null("").str.to_lowercase().is_in(
                             ["cancelled", "canceled", "storniert", "returned", "retoure"]))
    cu = f["customers"]
    ol = ol.join(cu.select("customer_id", "kind", "acquisition_channel", "industry", "gender", "income_band",
                           pl.col("country").alias("cust_country")), on="customer_id", how="left")
    return ol, cu, f["survey_responses"], f["coupons"]


dm, dcu, dsv, dcp = load_demo()


def check_reference():
    """The reference must reproduce the shared dev facts before it is trusted (as round 3 did)."""
    assert abs(R.revenue(ii) - 18908996.98) < 0.05
    assert R.n_customers(ii) == 5878
    assert R.n_orders(w(ii, *Y(2011))) == 18401
    assert abs(R.repeat_rate(ii) - 0.723886) < 1e-6
    assert R.as_of(ii) == D(2011, 12, 10) and R.as_of(dm) == D(2025, 7, 1)
    assert R.as_of(sa) == D(2005, 6, 1) and R.as_of(cd) == D(1998, 7, 1)


# ---------------------------------------------------------------- Online Retail II (as of 2011-12-10)
def build_ii():
    df, f = ii, II
    n = iter(range(1, 1000))
    i = lambda: f"r4ii{next(n):03d}"  # noqa: E731
    uk_out = df.filter(pl.col("country") != "United Kingdom")
    add(i(), "de", "Ähm, sag mal, wie viel Umsatz haben wir eigentlich im letzten Quartal gemacht?", f,
        sc("revenue", rev(df, *Q(2011, 3))), "last complete quarter before 2011-12-10 = 2011-Q3")
    add(i(), "en", "so what's the total revenue YTD, roughly?", f, sc("revenue", rev(df, D(2011, 1, 1), D(2011, 12, 10))))
    add(i(), "de", "Umsatz H1 2011 bitte", f, sc("revenue", rev(df, D(2011, 1, 1), D(2011, 7, 1))))
    add(i(), "en", "Could you pull the revenue for the last 90 days for me?", f,
        sc("revenue", rev(df, D(2011, 9, 11), D(2011, 12, 10))))
    add(i(), "de", "wie hoch war der umsatz zwischen märz und mai 2011 in deutschland", f,
        sc("revenue", rev(cty(df, "Germany"), D(2011, 3, 1), D(2011, 6, 1))))
    add(i(), "de", "Gesamtumsatz in H2 2010 ohne UK", f, sc("revenue", rev(uk_out, D(2010, 7, 1), D(2011, 1, 1))))
    add(i(), "en", "revnue for france in h1 2011", f, sc("revenue", rev(cty(df, "France"), D(2011, 1, 1), D(2011, 7, 1))),
        typo="revnue")
    add(i(), "de", "Umsatz im Oktober 2010 in den Niederlanden, bitte", f, sc("revenue", rev(cty(df, "Netherlands"), *M(2010, 10))))
    add(i(), "en", "What revenue did we book in the last 30 days?", f, sc("revenue", rev(df, D(2011, 11, 10), D(2011, 12, 10))))
    add(i(), "de", "Was haben wir seit Jahresbeginn in Belgien umgesetzt?", f,
        sc("revenue", rev(cty(df, "Belgium"), D(2011, 1, 1), D(2011, 12, 10))))
    add(i(), "de", "Umsatz 2011 vs. Vorjahr", f,
        tb([["year", "period"]], "revenue", [[2010, rev(df, *Y(2010))], [2011, rev(df, *Y(2011))]]),
        "comparison: both years; 2011 is cut short by the analysis date (incomplete)")
    add(i(), "en", "revenue Q3 2011 compared with Q3 2010", f,
        tb([["quarter", "period"]], "revenue", [["2010-Q3", rev(df, *Q(2010, 3))], ["2011-Q3", rev(df, *Q(2011, 3))]]))
    add(i(), "de", "Wie war der Umsatz im November 2011 im Vergleich zum Vormonat?", f,
        tb([["month", "period"]], "revenue", [["2011-10", rev(df, *M(2011, 10))], ["2011-11", rev(df, *M(2011, 11))]]))
    add(i(), "en", "quarterly revenue for Germany in 2010", f,
        tb(["quarter"], "revenue", [[k, r2(v)] for k, v in by_q(w(cty(df, "Germany"), *Y(2010)), R.revenue)], True))
    add(i(), "de", "Umsatz pro Monat im H1 2011", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_fmt(w(df, D(2011, 1, 1), D(2011, 7, 1)), "%Y-%m", R.revenue)], True))
    add(i(), "en", "Show me the revenue by year for Spain", f,
        tb(["year"], "revenue", [[int(k), r2(v)] for k, v in by_fmt(cty(df, "Spain"), "%Y", R.revenue)], True))
    # orders / AOV
    add(i(), "de", "Wie viele Rechnungen hatten wir im letzten Quartal?", f, sc("orders", R.n_orders(w(df, *Q(2011, 3))), 0))
    add(i(), "en", "number of orders YTD in the UK", f,
        sc("orders", R.n_orders(w(cty(df, "United Kingdom"), D(2011, 1, 1), D(2011, 12, 10))), 0))
    add(i(), "de", "Bestellungen in den letzten 90 Tagen", f, sc("orders", R.n_orders(w(df, D(2011, 9, 11), D(2011, 12, 10))), 0))
    add(i(), "en", "avg basket size in € for Germany H1 2011", f,
        sc("aov", R.aov(w(cty(df, "Germany"), D(2011, 1, 1), D(2011, 7, 1)))),
        "basket size in money = AOV; the € sign only names the unit")
    add(i(), "de", "Durchschnittlicher Bestellwert im letzten Monat in Frankreich", f, sc("aov", R.aov(w(cty(df, "France"), *M(2011, 11)))))
    add(i(), "en", "AOV by country, top 5", f,
        tb(["country"], "aov", grp(df, "country", R.aov, top=5), True), "ranking by AOV")
    add(i(), "de", "Welcher Monat 2010 hatte die meisten Bestellungen?", f,
        tb(["month"], "orders", sorted(by_fmt(w(df, *Y(2010)), "%Y-%m", R.n_orders), key=lambda r: -r[1])[:1], True, 0))
    # customers
    add(i(), "de", "Wie viele Kunden haben im H1 2011 mindestens einmal bestellt?", f,
        sc("customers", R.n_customers(w(df, D(2011, 1, 1), D(2011, 7, 1))), 0))
    add(i(), "en", "how many distinct buyers in the last 90 days from Germany", f,
        sc("customers", R.n_customers(w(cty(df, "Germany"), D(2011, 9, 11), D(2011, 12, 10))), 0))
    add(i(), "de", "Kunden je Land, Top 7", f, tb(["country"], "customers", grp(df, "country", R.n_customers, top=7), True, 0))
    add(i(), "en", "new customers YTD", f, sc("new_customers", R.new_customers(df, D(2011, 1, 1), D(2011, 12, 10)), 0))
    add(i(), "de", "Neukunden H2 2010", f, sc("new_customers", R.new_customers(df, D(2010, 7, 1), D(2011, 1, 1)), 0))
    add(i(), "en", "how many new customers did we get in the last 90 days", f,
        sc("new_customers", R.new_customers(df, D(2011, 9, 11), D(2011, 12, 10)), 0))
    # per-customer averages and shares
    add(i(), "de", "Durchschnittsumsatz pro Kunde im Jahr 2011", f,
        sc(RPC, rev_per_customer(w(df, *Y(2011)))),
        "mean over the window's customers of their revenue in the window")
    add(i(), "en", "Avg revenue per customer in France", f,
        sc(RPC, rev_per_customer(cty(df, "France"))))
    add(i(), "de", "Wie viele Bestellungen macht ein Kunde im Schnitt?", f,
        sc(OPC, orders_per_customer(df)))
    tot11 = R.revenue(w(df, *Y(2011)))
    add(i(), "en", "what % of 2011 revenue came from EIRE", f,
        sc("revenue_share", R.revenue(w(cty(df, "EIRE"), *Y(2011))) / tot11))
    tot = R.revenue(df)
    add(i(), "de", "Umsatzanteil der Top 3 Länder", f,
        tb(["country"], "revenue_share", [[k, v / tot] for k, v in grp(df, "country", R.revenue, top=3)], True))
    add(i(), "de", "Wie viel Prozent vom Umsatz machen wir außerhalb von UK?", f,
        sc("revenue_share", R.revenue(uk_out) / tot), "share of revenue outside the UK")
    # rankings
    top = lambda d, k: [[a, r2(b)] for a, b in R.top_customers(d, "revenue", k)]  # noqa: E731
    add(i(), "de", "Gib mir mal die Top 8 Kunden nach Umsatz seit Jahresbeginn", f,
        tb(["customer_id"], "revenue", top(w(df, D(2011, 1, 1), D(2011, 12, 10)), 8), True))
    add(i(), "en", "who were our 3 largest customers in the Netherlands?", f,
        tb(["customer_id"], "revenue", top(cty(df, "Netherlands"), 3), True))
    add(i(), "de", "Die 6 Länder mit dem geringsten Umsatz 2011", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(w(df, *Y(2011)), "country", R.revenue, top=6, desc=False)], True))
    add(i(), "en", "top 4 customers by order count in H1 2011", f,
        tb(["customer_id"], "orders", [[a, b] for a, b in R.top_customers(w(df, D(2011, 1, 1), D(2011, 7, 1)), "orders", 4)], True, 0))
    add(i(), "de", "Welche 5 Artikel brachten 2011 am meisten Umsatz (Artikelnummer)?", f,
        tb([["product_id", "stockcode"]], "revenue",
           [[k, r2(v)] for k, v in grp(w(df, *Y(2011)), "product_id", R.revenue, top=5)], True))
    # loyalty
    add(i(), "de", "Wie hoch ist unsere Wiederkaufrate?", f, sc("repeat_rate", R.repeat_rate(df)), "Wiederkaufrate (seed word) = repeat_rate")
    add(i(), "en", "repeat rate for German customers", f, sc("repeat_rate", R.repeat_rate(cty(df, "Germany"))))
    add(i(), "de", "Kundenbindungsrate 2011", f, sc("retention_rate", R.retention(df, Y(2010), Y(2011))),
        "'retention 2011' compares 2011 with 2010 (metrics.md)")
    add(i(), "en", "retention rate Q3 2011 vs Q2", f, sc("retention_rate", R.retention(df, Q(2011, 2), Q(2011, 3))))
    add(i(), "de", "Churn-Rate 2011", f, sc("churn_rate", 1 - R.retention(df, Y(2010), Y(2011))))
    add(i(), "en", "what was the churn in october 2011 (monthly)", f, sc("churn_rate", 1 - R.retention(df, M(2011, 9), M(2011, 10))))
    # RFM / ABC
    rf = R.rfm(df)
    seg = dict(rf["rfm_segment"].value_counts().iter_rows())
    add(i(), "de", "Wie viele Kunden sind Winterschläfer?", f, sc("customers", seg["Hibernating"], 0))
    add(i(), "en", "Number of customers we can't lose", f, sc("customers", seg["Can't Lose Them"], 0))
    add(i(), "de", "RFM-Segmente: Anzahl Kunden je Segment", f,
        tb([["rfm_segment", "segment"]], "customers", sorted([[k, v] for k, v in seg.items()]), False, 0))
    add(i(), "en", "revenue of the potential loyalists", f,
        sc("revenue", r2(rf.filter(pl.col("rfm_segment") == "Potential Loyalist")["revenue"].sum())))
    ab = R.abc(df)
    abc_n = dict(ab["abc_class"].value_counts().iter_rows())
    add(i(), "de", "ABC-Analyse: wie viele A-, B- und C-Kunden haben wir?", f,
        tb([["abc_class", "class"]], "customers", sorted([[k, v] for k, v in abc_n.items()]), False, 0))
    add(i(), "en", "What share of revenue do the A customers make?", f,
        sc("revenue_share", ab.filter(pl.col("abc_class") == "A")["revenue"].sum() / ab["revenue"].sum()))
    # value thresholds
    ct = cust_rev(df)
    add(i(), "de", "Wie viele Kunden haben mehr als 5 Bestellungen?", f, sc("customers", ct.filter(pl.col("orders") > 5).height, 0))
    add(i(), "en", "how many customers spent over 50k in total", f, sc("customers", ct.filter(pl.col("revenue") > 50000).height, 0))
    add(i(), "de", "Kunden mit nur einer Bestellung, wie viele sind das", f, sc("customers", ct.filter(pl.col("orders") == 1).height, 0))
    add(i(), "en", "Revenue of customers with fewer than 3 orders", f,
        sc("revenue", r2(ct.filter(pl.col("orders") < 3)["revenue"].sum())))
    # cancellations, unattributed, quantity
    add(i(), "de", "Wie viele Stornorechnungen gab es im letzten Quartal?", f,
        sc(["cancelled_orders", "cancellations", "orders", "invoices"],
           w(df, *Q(2011, 3)).filter(pl.col("cancel_prefix"))["order_id"].n_unique(), 0), "C-invoices in 2011-Q3")
    add(i(), "en", "unattributed revenue H1 2011", f,
        sc(["unattributed_revenue", "revenue"], r2(R.revenue(w(df, D(2011, 1, 1), D(2011, 7, 1)).filter(pl.col("customer_id").is_null())))))
    add(i(), "de", "Stückzahl verkauft im letzten Monat", f, sc("quantity", int(w(df, *M(2011, 11))["quantity"].sum()), 0),
        "quantity = sum of quantity of all lines (returns included)")
    # CLV-type (topsets from the reference BG/NBD fit)
    clv, _ = R.clv_table(df)
    top_clv = clv.sort(["clv", "customer_id"], descending=[True, False]).head(10)
    add(i(), "de", "Welche 10 Kunden haben den höchsten CLV?", f,
        ts(["customer_id"], "clv", [[r["customer_id"], r["clv"]] for r in top_clv.iter_rows(named=True)], 6))
    top_eo = clv.sort(["expected_orders", "customer_id"], descending=[True, False]).head(5)
    add(i(), "en", "top 5 customers by expected orders", f,
        ts(["customer_id"], "expected_orders", [[r["customer_id"], r["expected_orders"]] for r in top_eo.iter_rows(named=True)], 3))
    add(i(), "de", "Wie viele Kunden haben ein Abwanderungsrisiko über 80 %?", f,
        sc("customers", clv.filter(pl.col("churn_risk") > 0.8).height, 0.05),
        "model-based: 5 % tolerance for a different optimiser")
    # definitions (seed concepts)
    add(i(), "de", "Was ist eigentlich RFM?", f, {"kind": "definition", "mentions": ["recency", "aktualität", "frequenz", "frequency"]})
    add(i(), "en", "what does CLV mean?", f, {"kind": "definition", "mentions": ["lifetime", "expected profit", "customer value"]})
    # refusals
    for lang, q, words, note in [
        ("de", "Wie hoch ist der NPS?", ["nps"], "no survey data in Online Retail"),
        ("en", "what's our coupon redemption rate", ["redemption"], "no coupons table"),
        ("de", "Einlösequote der Gutscheine 2011", ["einlös"], "no coupons table"),
        ("de", "Kundenzufriedenheit nach Land", ["kundenzufriedenheit"], "no survey data"),
        ("en", "revenue in Q3 2012", [], "period after the data ends (2011-12-09)"),
        ("de", "Umsatz im Jahr 2008", [], "period before the data starts"),
        ("de", "Umsatz am 31. April 2011", [], "impossible date"),
        ("en", "orders in the 13th month of 2010", [], "impossible period"),
        ("de", "Umsatz nach Filiale", ["filiale"], "no branch column"),
        ("en", "revenue by sales channel", ["channel"], "no channel column"),
        ("de", "Wie viele Kunden sind männlich?", ["männlich"], "no gender"),
        ("en", "average customer age in Germany", ["age"], "no age"),
        ("de", "Umsatz nach Kundensegment B2B/B2C", ["b2b"], "no kind column"),
        ("en", "How many leads converted to customers?", ["leads"], "no funnel status"),
        ("de", "Wie läuft's so?", [], "no metric named"),
        ("en", "compare them", [], "no context: elliptical without a previous question"),
        ("de", "Zahlen bitte", [], "no metric"),
        ("en", "what about Norway?", [], "no metric named"),
        ("de", "Umsatz im Sommer", ["sommer"], "which summer (2010 or 2011)? ambiguous"),
        ("en", "What was revenue on Black Friday?", ["black"], "which year; a named day the data does not carry"),
        ("de", "Wie hoch ist der Gewinn je Lieferant?", ["lieferant"], "no supplier"),
        ("en", "how many customers opened our newsletter", ["newsletter"], "no email data"),
        ("de", "Wie viele Kunden haben sich beschwert?", ["beschwer"], "no complaints data"),
        ("en", "flurbish the grommets by quantile", ["flurbish"], "nonsense words"),
        ("de", "Umsatz in Atlantis", ["atlantis"], "no such country"),
        ("en", "revenue per store manager", ["manager"], "no such column"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- Online Retail (older headers)
def build_or():
    df, f = orl, OR
    n = iter(range(1, 1000))
    i = lambda: f"r4or{next(n):03d}"  # noqa: E731
    add(i(), "de", "Umsatz im letzten Quartal", f, sc("revenue", rev(df, *Q(2011, 3))))
    add(i(), "en", "how much did Australia buy in H1 2011", f, sc("revenue", rev(cty(df, "Australia"), D(2011, 1, 1), D(2011, 7, 1))))
    add(i(), "de", "Anzahl Kunden seit Jahresbeginn", f, sc("customers", R.n_customers(w(df, D(2011, 1, 1), D(2011, 12, 10))), 0))
    add(i(), "en", "monthly new customers in Q2 2011", f,
        tb(["month"], "new_customers", [[f"2011-0{m}", R.new_customers(df, *M(2011, m))] for m in (4, 5, 6)], True, 0))
    add(i(), "de", "Durchschnittlicher Warenkorb in Portugal", f, sc("aov", R.aov(cty(df, "Portugal"))))
    add(i(), "en", "Top 5 CustomerIDs by revenue in Q4 2011", f,
        tb(["customer_id"], "revenue", [[a, r2(b)] for a, b in R.top_customers(w(df, *Q(2011, 4)), "revenue", 5)], True))
    add(i(), "de", "Wiederkaufrate der Kunden aus Frankreich", f, sc("repeat_rate", R.repeat_rate(cty(df, "France"))))
    add(i(), "en", "number of invoices per quarter", f,
        tb(["quarter"], "orders", by_q(df, R.n_orders), True, 0), "2010-Q4 (Dec only) and 2011-Q4 incomplete")
    add(i(), "de", "Umsatz im Mai 2011 vs. Mai 2010", f, refuse(), "May 2010 is not in this file (starts 2010-12-01)")
    add(i(), "de", "Wie viel Umsatz machen die Kunden aus der Schweiz pro Kopf?", f,
        sc(RPC, rev_per_customer(cty(df, "Switzerland"))))
    add(i(), "en", "how many customers are champions", f, sc("customers", dict(R.rfm(df)["rfm_segment"].value_counts().iter_rows())["Champions"], 0))
    add(i(), "de", "Zeig mir die Anzahl der C-Kunden", f, sc("customers", dict(R.abc(df)["abc_class"].value_counts().iter_rows())["C"], 0))
    add(i(), "en", "what's the NPS of our UK customers", f, refuse("nps"))
    add(i(), "de", "Umsatz in Q1 2010", f, refuse(), "before the data starts (2010-12-01)")
    add(i(), "en", "revenue by payment type", f, refuse("payment"))


# ---------------------------------------------------------------- CDNOW (as of 1998-07-01)
def build_cd():
    df, f = cd, CD
    n = iter(range(1, 1000))
    i = lambda: f"r4cd{next(n):03d}"  # noqa: E731
    add(i(), "de", "Umsatz im letzten Quartal", f, sc("revenue", rev(df, *Q(1998, 2))), "as of 1998-07-01: 1998-Q2 complete")
    add(i(), "en", "total spend H1 1997", f, sc("revenue", rev(df, D(1997, 1, 1), D(1997, 7, 1))))
    add(i(), "de", "Wie viele Käufe gab es zwischen März und Mai 1997?", f, sc("orders", R.n_orders(w(df, D(1997, 3, 1), D(1997, 6, 1))), 0))
    add(i(), "en", "quarterly revenue 1997", f, tb(["quarter"], "revenue", [[k, r2(v)] for k, v in by_q(w(df, *Y(1997)), R.revenue)], True))
    add(i(), "de", "Neukunden pro Monat im Q1 1997", f,
        tb(["month"], "new_customers", [[f"1997-0{m}", R.new_customers(df, *M(1997, m))] for m in (1, 2, 3)], True, 0))
    add(i(), "en", "how many new customers after march 1997", f, sc("new_customers", R.new_customers(df, D(1997, 4, 1), D(1998, 7, 1)), 0),
        "CDNOW cohort: all first purchases are in Q1 1997")
    add(i(), "de", "Durchschnittlicher Bestellwert 1998", f, sc("aov", R.aov(w(df, *Y(1998)))))
    add(i(), "en", "Avg number of orders per customer", f,
        sc(OPC, orders_per_customer(df)))
    add(i(), "de", "Wie hoch ist die Wiederkaufrate bei CDNOW?", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "en", "retention rate 1998", f, sc("retention_rate", R.retention(df, Y(1997), Y(1998))),
        "1998 is incomplete (up to 1998-06-30): a note should say so")
    add(i(), "de", "Top 5 Kunden nach Anzahl Käufe", f,
        tb(["customer_id"], "orders", [[a, b] for a, b in R.top_customers(df, "orders", 5)], True, 0))
    add(i(), "en", "how many customers bought more than 10 times", f,
        sc("customers", cust_rev(df).filter(pl.col("orders") > 10).height, 0))
    add(i(), "de", "Kunden mit Umsatz über 1000 Dollar", f, sc("customers", cust_rev(df).filter(pl.col("revenue") > 1000).height, 0))
    add(i(), "en", "Total CDs sold in Q4 1997", f, sc("quantity", int(w(df, *Q(1997, 4))["quantity"].sum()), 0),
        "'CDs' = number_of_cds = quantity")
    rf = R.rfm(df)
    seg = dict(rf["rfm_segment"].value_counts().iter_rows())
    add(i(), "de", "Wie viele Kunden schlafen gerade ein?", f, sc("customers", seg["About to Sleep"], 0), "'schläft ein' = About to Sleep")
    add(i(), "en", "how many customers in segment at risk", f, sc("customers", seg["At Risk"], 0))
    clv, _ = R.clv_table(df)
    top_pa = clv.sort(["clv", "customer_id"], descending=[True, False]).head(10)
    add(i(), "de", "Die 10 Kunden mit dem höchsten prognostizierten Kundenwert", f,
        ts(["customer_id"], "clv", [[r["customer_id"], r["clv"]] for r in top_pa.iter_rows(named=True)], 6))
    add(i(), "en", "monthly revenue in H1 1998", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_fmt(w(df, D(1998, 1, 1), D(1998, 7, 1)), "%Y-%m", R.revenue)], True))
    add(i(), "de", "Anteil Umsatz 1997 am Gesamtumsatz", f, sc("revenue_share", R.revenue(w(df, *Y(1997))) / R.revenue(df)))
    add(i(), "en", "revenue in the last 90 days", f, sc("revenue", rev(df, D(1998, 4, 2), D(1998, 7, 1))))
    for lang, q, words, note in [
        ("de", "Umsatz nach Land", ["land"], "CDNOW has no country"),
        ("en", "revenue by artist", ["artist"], "no artist/product column"),
        ("de", "Umsatz 1999", [], "after the data ends"),
        ("en", "NPS score of the CDNOW customers", ["nps"], "no survey"),
        ("de", "Welches Genre verkauft sich am besten?", ["genre"], "no genre"),
        ("en", "churn by gender", ["gender"], "no gender"),
        ("de", "Einlösequote im Q1 1997", ["einlös"], "no coupons"),
        ("en", "What is the average delivery time?", ["delivery"], "no delivery data"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- B2B orders with STATUS (as of 2005-06-01)
def build_sa():
    df, f = sa, SA
    n = iter(range(1, 1000))
    i = lambda: f"r4sa{next(n):03d}"  # noqa: E731
    pl_ = lambda v: df.filter(pl.col("PRODUCTLINE") == v)  # noqa: E731
    add(i(), "de", "Umsatz mit Motorrädern 2004", f, sc("revenue", rev(pl_("Motorcycles"), *Y(2004))), "Motorräder = Motorcycles")
    add(i(), "en", "Vintage Cars sales YTD", f, sc("revenue", rev(pl_("Vintage Cars"), D(2005, 1, 1), D(2005, 6, 1))))
    add(i(), "de", "Umsatz H2 2003 je PRODUCTLINE", f,
        tb([["productline", "product_line"]], "revenue", [[k, r2(v)] for k, v in grp(w(df, D(2003, 7, 1), D(2004, 1, 1)), "PRODUCTLINE", R.revenue)]))
    add(i(), "en", "how many orders were shipped in 2004, not counting cancelled ones", f,
        sc("orders", R.n_orders(w(df, *Y(2004))), 0), "cancelled lines never count as orders anyway")
    add(i(), "de", "Umsatz 2004 vs. Vorjahr", f,
        tb([["year", "period"]], "revenue", [[2003, rev(df, *Y(2003))], [2004, rev(df, *Y(2004))]]))
    add(i(), "en", "Top 3 customers in France by sales", f,
        tb([["customer_id", "name", "customername"]], "revenue", [[a, r2(b)] for a, b in R.top_customers(cty(df, "France"), "revenue", 3)], True))
    add(i(), "de", "Wie viele Aufträge sind storniert worden im Jahr 2004?", f,
        sc(["cancelled_orders", "orders", "cancellations"], w(df, *Y(2004)).filter(pl.col("cancelled"))["order_id"].n_unique(), 0))
    add(i(), "en", "revenue by deal size in the EMEA territory", f,
        tb([["dealsize", "deal_size"]], "revenue", [[k, r2(v)] for k, v in grp(df.filter(pl.col("TERRITORY") == "EMEA"), "DEALSIZE", R.revenue)]))
    add(i(), "de", "Durchschnittlicher Auftragswert bei Large Deals", f, sc("aov", R.aov(df.filter(pl.col("DEALSIZE") == "Large"))))
    add(i(), "en", "AOV per territory", f,
        tb([["territory"]], "aov", grp(df, "TERRITORY", R.aov)))
    add(i(), "de", "Anzahl Kunden je Land, nur die Top 4", f, tb(["country"], "customers", grp(df, "country", R.n_customers, top=4), True, 0))
    add(i(), "en", "Revenue share of Classic Cars in 2004", f,
        sc("revenue_share", R.revenue(w(pl_("Classic Cars"), *Y(2004))) / R.revenue(w(df, *Y(2004)))))
    add(i(), "de", "Umsatz im letzten Monat", f, sc("revenue", rev(df, *M(2005, 5))), "as of 2005-06-01: May 2005 complete")
    add(i(), "en", "orders in the last 90 days", f, sc("orders", R.n_orders(w(df, D(2005, 3, 3), D(2005, 6, 1))), 0))
    add(i(), "de", "Wie viel Umsatz pro Kunde im Schnitt in den USA?", f,
        sc(RPC, rev_per_customer(cty(df, "USA"))))
    add(i(), "en", "number of customers with more than 5 orders", f,
        sc("customers", cust_rev(df).filter(pl.col("orders") > 5).height, 0))
    add(i(), "de", "Wiederkaufrate", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "en", "Retention rate 2004", f, sc("retention_rate", R.retention(df, Y(2003), Y(2004))))
    add(i(), "de", "Quartalsumsatz Trucks and Buses 2004", f,
        tb(["quarter"], "revenue", [[k, r2(v)] for k, v in by_q(w(pl_("Trucks and Buses"), *Y(2004)), R.revenue)], True))
    add(i(), "en", "quantity ordered of ships in 2003", f, sc(["quantity", "sum_quantity_ordered"], int(w(pl_("Ships"), *Y(2003)).filter(~pl.col("cancelled"))["quantity"].sum()), 0),
        "cancelled lines are never a sale: excluded")
    add(i(), "de", "Top 5 Städte nach Umsatz", f,
        tb([["city"]], "revenue", [[k, r2(v)] for k, v in grp(sales_only(df), "CITY", R.revenue, top=5)], True))
    add(i(), "en", "how many orders are on hold", f,
        sc(["orders", "order_lines", "count"], df.filter(pl.col("STATUS") == "On Hold")["order_id"].n_unique(), 0),
        "distinct orders with status On Hold")
    for lang, q, words, note in [
        ("de", "Umsatz in Japan", ["japan"], "value of COUNTRY and TERRITORY: ask which"),
        ("en", "NPS by product line", ["nps"], "no survey"),
        ("de", "Gewinnmarge pro Vertriebsmitarbeiter", ["vertriebsmitarbeiter"], "no sales rep column"),
        ("en", "revenue in Q3 2005", [], "after the data ends (2005-05-31)"),
        ("de", "Wie viele Kunden sind weiblich?", ["weiblich"], "no gender"),
        ("en", "revenue by warehouse", ["warehouse"], "no warehouse"),
        ("de", "Kundenzufriedenheit der Large-Deal-Kunden", ["kundenzufriedenheit"], "no survey"),
        ("en", "average shipping cost per order", ["shipping"], "no shipping cost"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


def sales_only(df):
    return df


# ---------------------------------------------------------------- bank customer table (no orders)
def build_ch():
    df, f = ch, CH
    n = iter(range(1, 1000))
    i = lambda: f"r4ch{next(n):03d}"  # noqa: E731
    g = lambda d, c, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([c])], key=lambda r: str(r[0]))  # noqa: E731
    CR = ["churn_rate", "share_exited"]
    add(i(), "de", "Wie hoch ist die Churn-Rate bei Kunden über 50?", f, sc(CR, df.filter(pl.col("Age") > 50)["Exited"].mean()),
        "'Kunden über 50' = Age > 50; asking back which column the 50 belongs to is acceptable", clarify_ok="50")
    add(i(), "en", "churn rate by gender", f, tb(["gender"], CR, g(df, "Gender", lambda x: x["Exited"].mean())))
    add(i(), "de", "Abwanderungsrate der inaktiven Mitglieder", f, sc(CR, df.filter(pl.col("IsActiveMember") == 0)["Exited"].mean()),
        "IsActiveMember = 0")
    add(i(), "en", "churn rate by NumOfProducts", f,
        tb([["num_of_products", "numofproducts"]], CR, g(df, "NumOfProducts", lambda x: x["Exited"].mean())))
    add(i(), "de", "Durchschnittlicher Kontostand der Kunden in Spanien", f,
        sc("mean_balance", df.filter(pl.col("Geography") == "Spain")["Balance"].mean()))
    add(i(), "en", "how many customers have a zero balance", f, sc("customers", df.filter(pl.col("Balance") == 0).height, 0))
    add(i(), "de", "Anzahl Kunden nach Geography", f, tb([["geography", "country"]], "customers", g(df, "Geography", lambda x: x.height), False, 0))
    add(i(), "en", "avg CreditScore of churned customers in Germany", f,
        sc("mean_credit_score", df.filter((pl.col("Exited") == 1) & (pl.col("Geography") == "Germany"))["CreditScore"].mean()))
    add(i(), "de", "Wie viele Kunden sind zwischen 30 und 40 Jahre alt?", f,
        sc("customers", df.filter(pl.col("Age").is_between(30, 40))["CustomerId"].len(), 0), "inclusive bounds")
    add(i(), "en", "median age?", f, sc(["median_age", "median"], df["Age"].median()),
        "median of Age (asked back until round 5 added the median measure, docs/metrics.md)")
    add(i(), "de", "Höchstes Guthaben in Frankreich", f, sc("max_balance", df.filter(pl.col("Geography") == "France")["Balance"].max()))
    add(i(), "en", "Share of customers with a credit card", f, sc("share_has_cr_card", df["HasCrCard"].mean()))
    add(i(), "de", "Wie viele Kunden haben eine Kreditkarte und sind abgewandert?", f,
        sc("customers", df.filter((pl.col("HasCrCard") == 1) & (pl.col("Exited") == 1)).height, 0))
    add(i(), "en", "average tenure by country", f, tb([["geography", "country"]], "mean_tenure", g(df, "Geography", lambda x: x["Tenure"].mean())))
    add(i(), "de", "Churn-Rate der Frauen in Deutschland", f,
        sc(CR, df.filter((pl.col("Gender") == "Female") & (pl.col("Geography") == "Germany"))["Exited"].mean()))
    add(i(), "en", "total EstimatedSalary of active members", f, sc("sum_estimated_salary", df.filter(pl.col("IsActiveMember") == 1)["EstimatedSalary"].sum()))
    add(i(), "de", "Mindest-Kreditscore", f, sc("min_credit_score", df["CreditScore"].min()))
    add(i(), "en", "how many customers with credit score under 500 left us", f,
        sc("customers", df.filter((pl.col("CreditScore") < 500) & (pl.col("Exited") == 1)).height, 0))
    add(i(), "de", "Kundenanzahl", f, sc("customers", df.height, 0))
    add(i(), "en", "churn rate for customers with a balance above 100000", f,
        sc(CR, df.filter(pl.col("Balance") > 100000)["Exited"].mean()))
    for lang, q, words, note in [
        ("de", "Umsatz 2011", ["umsatz"], "no order lines: revenue needs order lines"),
        ("en", "What's the CLV of our customers?", ["clv"], "needs order lines"),
        ("de", "Top 10 Kunden nach Umsatz", ["umsatz"], "needs order lines"),
        ("en", "RFM segments", ["rfm"], "needs order lines"),
        ("de", "Wie hoch ist der NPS?", ["nps"], "no survey"),
        ("en", "churn rate in the last quarter", [], "no dates in the table: a period cannot be applied"),
        ("de", "Wiederkaufrate", ["wiederkauf"], "needs orders"),
        ("en", "average number of children", ["children"], "no such column"),
        ("de", "Abwanderung nach Einkommensklasse", ["einkommensklasse"], "no income band (EstimatedSalary is a number)"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- marketing customer table (no orders)
def build_mk():
    df, f = mk, MK
    n = iter(range(1, 1000))
    i = lambda: f"r4mk{next(n):03d}"  # noqa: E731
    g = lambda d, c, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([c])], key=lambda r: str(r[0]))  # noqa: E731
    add(i(), "en", "Avg Income of customers who complained", f, sc("mean_income", df.filter(pl.col("Complain") == 1)["Income"].mean()))
    add(i(), "de", "Beschwerdequote", f, sc(["complaint_rate", "share_complain"], df["Complain"].mean()))
    add(i(), "en", "complaint rate by education", f,
        tb(["education"], ["complaint_rate", "share_complain"], g(df, "Education", lambda x: x["Complain"].mean())))
    add(i(), "de", "Summe MntWines nach Familienstand", f,
        tb([["marital_status"]], "sum_mnt_wines", g(df, "Marital_Status", lambda x: x["MntWines"].sum()), False))
    add(i(), "en", "mean MntGoldProds for customers with Income over 70000", f,
        sc("mean_mnt_gold_prods", df.filter(pl.col("Income") > 70000)["MntGoldProds"].mean()))
    add(i(), "de", "Wie viele Kunden haben auf die Kampagne reagiert (Response)?", f,
        sc(["customers", "sum_response"], int(df["Response"].sum()), 0), "Response = 1")
    add(i(), "en", "share of Response by Marital_Status", f,
        tb([["marital_status"]], "share_response", g(df, "Marital_Status", lambda x: x["Response"].mean())))
    add(i(), "de", "Durchschnittliche Anzahl Webkäufe (NumWebPurchases)", f, sc("mean_num_web_purchases", df["NumWebPurchases"].mean()))
    add(i(), "en", "how many customers with a PhD", f, sc("customers", df.filter(pl.col("Education") == "PhD").height, 0))
    add(i(), "de", "Wie viele Kunden haben AcceptedCmp3 = 1?", f, sc(["customers", "sum_accepted_cmp3"], int(df["AcceptedCmp3"].sum()), 0))
    add(i(), "en", "max income", f, sc("max_income", df["Income"].max()))
    add(i(), "de", "Mittelwert Recency der Verheirateten", f, sc("mean_recency", df.filter(pl.col("Marital_Status") == "Married")["Recency"].mean()),
        "Verheiratete = Married")
    add(i(), "en", "customers by education, top 3", f,
        tb(["education"], "customers", sorted([[k, x.height] for (k,), x in df.group_by(["Education"])], key=lambda r: -r[1])[:3], True, 0))
    add(i(), "de", "Summe MntSweetProducts bei Kunden mit Complain", f,
        sc("sum_mnt_sweet_products", df.filter(pl.col("Complain") == 1)["MntSweetProducts"].sum()))
    add(i(), "en", "average number of deals purchases for graduation", f,
        sc("mean_num_deals_purchases", df.filter(pl.col("Education") == "Graduation")["NumDealsPurchases"].mean()))
    add(i(), "de", "Response-Rate der Kunden mit Einkommen unter 30000", f,
        sc("share_response", df.filter(pl.col("Income") < 30000)["Response"].mean()))
    add(i(), "en", "total spend on fruits", f, sc("sum_mnt_fruits", df["MntFruits"].sum()))
    add(i(), "de", "Anzahl der Kunden im Datensatz", f, sc("customers", df.height, 0))
    for lang, q, words, note in [
        ("en", "revenue last quarter", [], "no order dates/lines: revenue needs order lines"),
        ("de", "CLV pro Kunde", [], "needs order lines"),
        ("en", "churn rate", ["churn"], "no churn flag and no order history"),
        ("de", "Umsatz nach Land", ["land"], "no country, no revenue"),
        ("en", "How many customers live in Berlin?", ["berlin"], "no city"),
        ("de", "Einlösequote der Gutscheine", ["einlös"], "no coupons (AcceptedCmp is not a coupon)"),
        ("en", "NPS", ["nps"], "no survey"),
        ("de", "Wie viele Kunden haben eine Katze?", ["katze"], "no pets"),
        ("en", "average order value", [], "no orders"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- demo workspace (as of 2025-07-01)
def build_demo():
    df, f = dm, DEMO
    n = iter(range(1, 1000))
    i = lambda: f"r4dm{next(n):03d}"  # noqa: E731
    kind = lambda k: df.filter(pl.col("kind") == k)  # noqa: E731
    add(i(), "de", "Wie viel Umsatz haben wir im letzten Quartal gemacht?", f, sc("revenue", rev(df, *Q(2025, 2))),
        "as of 2025-07-01: 2025-Q2 is complete")
    add(i(), "en", "revenue YTD vs the same period last year", f,
        h1_cmp(df), "YTD comparison: Jan-Jun 2025 vs Jan-Jun 2024")
    add(i(), "de", "Umsatz H1 2025 im Vergleich zu H1 2024", f, h1_cmp(df))
    add(i(), "de", "Umsatz mit B2B-Kunden seit Jahresbeginn", f, sc("revenue", rev(kind("b2b"), D(2025, 1, 1), D(2025, 7, 1))))
    add(i(), "en", "b2c revenue in 2024", f, sc("revenue", rev(kind("b2c"), *Y(2024))))
    add(i(), "de", "Umsatz je Vertriebskanal 2024", f,
        tb(["channel"], "revenue", [[k, r2(v)] for k, v in grp(w(df, *Y(2024)), "channel", R.revenue)]), "channel = line channel")
    add(i(), "en", "revenue by country in the last 90 days, top 3", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(w(df, D(2025, 4, 2), D(2025, 7, 1)), "country", R.revenue, top=3)], True))
    add(i(), "de", "Wie viele Bestellungen kamen im Mai 2025 aus Österreich?", f, sc("orders", R.n_orders(w(cty(df, "Austria"), *M(2025, 5))), 0))
    add(i(), "en", "AOV b2b vs b2c", f, tb([["kind"]], "aov", [["b2b", R.aov(kind("b2b"))], ["b2c", R.aov(kind("b2c"))]]))
    add(i(), "de", "Wie viele aktive Kunden hatten wir in den letzten 90 Tagen?", f,
        sc("customers", R.n_customers(w(df, D(2025, 4, 2), D(2025, 7, 1))), 0), "active = ordered in the window")
    add(i(), "en", "new customers per quarter in 2024", f,
        tb(["quarter"], "new_customers", [[f"2024-Q{q}", R.new_customers(df, *Q(2024, q))] for q in (1, 2, 3, 4)], True, 0))
    add(i(), "de", "Neukunden im letzten Monat", f, sc("new_customers", R.new_customers(df, *M(2025, 6)), 0))
    add(i(), "en", "repeat purchase rate of B2B customers", f, sc("repeat_rate", R.repeat_rate(kind("b2b"))))
    add(i(), "de", "Kundenbindungsrate 2024 gegenüber 2023", f, sc("retention_rate", R.retention(df, Y(2023), Y(2024))))
    add(i(), "en", "churn rate last year", f, sc("churn_rate", 1 - R.retention(df, Y(2023), Y(2024))),
        "last year = 2024, compared with 2023")
    add(i(), "de", "Top 5 Kunden nach Umsatz im Jahr 2025", f,
        tb(["customer_id"], "revenue", [[a, r2(b)] for a, b in R.top_customers(w(df, D(2025, 1, 1), D(2025, 7, 1)), "revenue", 5)], True))
    add(i(), "en", "top 3 acquisition channels by number of customers", f,
        tb(["acquisition_channel"], "customers", grp(df, "acquisition_channel", R.n_customers, top=3), True, 0))
    add(i(), "de", "Umsatz pro Kunde nach Akquisekanal", f,
        tb(["acquisition_channel"], RPC,
           grp(df, "acquisition_channel", rev_per_customer)))
    add(i(), "en", "which industry brings the most revenue", f,
        tb(["industry"], "revenue", [[k, r2(v)] for k, v in grp(df, "industry", R.revenue, top=1)], True))
    add(i(), "de", "Umsatzanteil der Schweiz 2024", f, sc("revenue_share", R.revenue(w(cty(df, "Switzerland"), *Y(2024))) / R.revenue(w(df, *Y(2024)))))
    ct = cust_rev(df)
    add(i(), "en", "how many customers have spent more than 10000 EUR", f, sc("customers", ct.filter(pl.col("revenue") > 10000).height, 0))
    add(i(), "de", "Umsatz der Kunden mit mehr als 20 Bestellungen", f, sc("revenue", r2(ct.filter(pl.col("orders") > 20)["revenue"].sum())))
    rf = R.rfm(df)
    seg = dict(rf["rfm_segment"].value_counts().iter_rows())
    add(i(), "de", "Wie viele treue Kunden haben wir laut RFM?", f, sc("customers", seg["Loyal"], 0), "treu = Loyal")
    add(i(), "en", "How many customers need attention?", f, sc("customers", seg["Need Attention"], 0))
    ab = R.abc(df)
    add(i(), "de", "Umsatz der A-Kunden", f, sc("revenue", r2(ab.filter(pl.col("abc_class") == "A")["revenue"].sum())))
    # survey / coupons (seed concepts)
    nps = dsv.filter(pl.col("nps").is_not_null())

    def nps_of(x):
        return float(((x["nps"] >= 9).mean() - (x["nps"] <= 6).mean()) * 100)
    add(i(), "de", "Wie hoch ist unser NPS?", f, sc("nps", nps_of(nps)))
    add(i(), "en", "NPS 2025 vs 2024", f,
        tb([["year", "period", "wave"]], "nps", [[y, nps_of(nps.filter(pl.col("response_date").dt.year() == y))] for y in (2024, 2025)]))
    add(i(), "de", "Kundenzufriedenheit je Aspekt", f,
        tb(["aspect"], "csat", sorted([[k, x["satisfaction"].mean()] for (k,), x in dsv.filter(pl.col("satisfaction").is_not_null()).group_by(["aspect"])])))
    add(i(), "en", "mean satisfaction with delivery", f,
        sc("csat", dsv.filter((pl.col("aspect") == "delivery") & pl.col("satisfaction").is_not_null())["satisfaction"].mean()))
    add(i(), "de", "Einlösequote der Gutscheine", f, sc("redemption_rate", dcp["redeemed_at"].is_not_null().mean()))
    add(i(), "en", "redemption rate by campaign", f,
        tb(["campaign"], "redemption_rate", sorted([[k, x["redeemed_at"].is_not_null().mean()] for (k,), x in dcp.group_by(["campaign"])])))
    add(i(), "de", "Einlösequote Black Friday 2024", f,
        sc("redemption_rate", dcp.filter(pl.col("campaign") == "Black Friday 2024")["redeemed_at"].is_not_null().mean()))
    ri = dsv.filter(pl.col("repurchase_intent").is_not_null())
    add(i(), "en", "what share of respondents would buy again", f,
        sc(["repurchase_intent_rate"], float((ri["repurchase_intent"] >= 4).mean())), "answers 4-5")
    leads = dcu.filter(pl.col("status") == "lead").height
    add(i(), "de", "Wie viele Leads haben wir?", f,
        {**sc(["customers", "people", "count", "leads"], leads, 0),
         "alternatives": [tb([["stage", "status"]], "current", [["lead", leads]], False, 0)]},
        "people with status lead (a funnel table whose lead row holds the count is accepted)")
    add(i(), "en", "Top 10 customers by CLV", f,
        ts(["customer_id"], "clv", clv_top(df, 10), 6))
    # follow-ups (context = earlier questions of the same session)
    add(i(), "de", "und nur B2B?", f, sc("revenue", rev(kind("b2b"), *Y(2024))), context=["Umsatz 2024"])
    add(i(), "en", "and by country?", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(w(df, *Y(2024)), "country", R.revenue)]), context=["revenue in 2024"])
    add(i(), "de", "und im Vorjahr?", f, sc("orders", R.n_orders(w(cty(df, "France"), *Y(2023))), 0),
        context=["Wie viele Bestellungen 2024 aus Frankreich?"])
    add(i(), "en", "what about Q1?", f, sc("new_customers", R.new_customers(df, *Q(2025, 1)), 0),
        context=["new customers in Q2 2025"])
    add(i(), "de", "Wer sind unsere fünf umsatzstärksten Kunden?", f,
        tb(["customer_id"], "revenue", [[a, r2(b)] for a, b in R.top_customers(df, "revenue", 5)], True),
        "a complete question: answered on its own, not with the previous filter", context=["Umsatz in Italien 2024"])
    add(i(), "en", "and for b2c?", f, sc("repeat_rate", R.repeat_rate(kind("b2c"))), context=["repeat rate for b2b customers"])
    for lang, q, words, note, ctx in [
        ("de", "Umsatz im Q3 2025", [], "after the analysis date 2025-07-01 (future)", None),
        ("en", "revenue in 2021", [], "before the data starts (2023-01-01)", None),
        ("de", "Umsatz nach Filialleiter", ["filialleiter"], "no such column", None),
        ("en", "How many customers have a dog?", ["dog"], "no pets", None),
        ("de", "Wie hoch ist die Öffnungsrate unserer Newsletter?", ["öffnungsrate"], "no email tracking", None),
        ("en", "website conversion rate", ["conversion"], "no web sessions (the funnel is status-based, not web)", None),
        ("de", "Umsatz am 30.02.2025", [], "impossible date", None),
        ("en", "Kundenwert", [], "ambiguous: customer capital, clv or customer_value (seed: Kundenwert has several meanings)", None),
        ("de", "Wie geht's den Kunden?", [], "no metric", None),
        ("en", "and in Spain?", ["spain"], "no Spain in the demo data", ["revenue 2024"]),
        ("de", "Umsatz in Polen", ["polen"], "no Poland in the demo data", None),
        ("en", "How many customers churned because of price?", ["price"], "no churn reason", None),
        ("de", "Marge nach Lieferant", ["lieferant"], "no supplier", None),
        ("en", "employee satisfaction score", ["employee"], "no employee survey", None),
        ("de", "Wie viele Kunden haben unsere App installiert?", ["app"], "no app data", None),
        ("en", "revenue for the Sommerfest campaign", ["sommerfest"], "no such campaign", None),
    ]:
        add(i(), lang, q, f, refuse(*words), note, context=ctx)


def h1_cmp(df):
    """Jan-Jun 2025 vs Jan-Jun 2024, keyed by year; the period labels 'H1 2024' / '1. Halbjahr 2024' also pass."""
    a, b = rev(df, D(2024, 1, 1), D(2024, 7, 1)), rev(df, D(2025, 1, 1), D(2025, 7, 1))
    e = tb([["period", "year"]], "revenue", [[2024, a], [2025, b]])
    e["alternatives"] = [tb([["period", "year"]], "revenue", [[f"{p} 2024", a], [f"{p} 2025", b]])
                         for p in ("H1", "1. Halbjahr", "Jan-Jun", "YTD")]
    return e


def clv_top(df, k):
    t, _ = R.clv_table(df)
    t = t.sort(["clv", "customer_id"], descending=[True, False]).head(k)
    return [[r["customer_id"], r["clv"]] for r in t.iter_rows(named=True)]


def main():
    check_reference()
    for b in (build_ii, build_or, build_cd, build_sa, build_ch, build_mk, build_demo):
        b()
    ids = [r["id"] for r in OUT]
    assert len(ids) == len(set(ids))
    with open(HERE / "round4.jsonl", "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    nref = sum(r["expect"]["kind"] == "refuse" for r in OUT)
    print(f"{len(OUT)} questions ({nref} refuse, {sum(r['lang'] == 'de' for r in OUT)} de) -> round4.jsonl")


if __name__ == "__main__":
    main()
