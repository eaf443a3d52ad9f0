"""Round-3 blind eval of `insight ask`: questions + expected values from an independent reference.

Written without reading insight/query or insight/semantic. Expected values come from plain polars
(`tests/ask_heldout/metrics_ref.py`, itself checked against dev.jsonl first, see `check_dev()`), never
from insight's output. Run:  .venv/bin/python tests/ask_round3/ref.py   → writes round3.jsonl
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
SA, CH, MK = "foreign/sales_data_sample.csv", "foreign/Churn_Modelling.csv", "foreign/marketing_campaign.csv"

ii = R.load_online_retail(R.DATA / II)
orl = R.load_online_retail(R.DATA / OR)
cd = R.load_cdnow()
sa = R.load_sales()
ch = pl.read_csv(R.DATA / CH)
mk = pl.read_csv(R.DATA / MK, separator="\t")

OUT: list[dict] = []


def w(df, a=None, b=None):
    return R.window(df, a, b)


def add(qid, lang, q, data, expect, note=None):
    rec = {"id": qid, "lang": lang, "question": q, "data": data, "expect": expect}
    if note:
        rec["note"] = note
    OUT.append(rec)


def sc(metric, value, tol=0.001):
    return {"kind": "scalar", "metric": metric, "value": round(float(value), 6) if tol else value, "rel_tol": tol}


def tb(keys, metric, rows, ordered=False, tol=0.001):
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def ts(keys, metric, rows, k):
    return {"kind": "topset", "keys": keys, "metric": metric, "rows": rows, "min_overlap": k}


REFUSE = {"kind": "refuse"}
Y = R.year
Q = R.quarter
M = R.month


def rev(df, a=None, b=None):
    return round(R.revenue(w(df, a, b)), 2)


def cty(df, *names):
    return df.filter(pl.col("country").is_in(list(names)))


def grp(df, key, fn, a=None, b=None, top=None, desc=True):
    rows = [[k, fn(g)] for k, g in R.by_group(w(df, a, b), key, lambda g: g)]
    rows.sort(key=lambda r: (r[1], str(r[0])) if not desc else (-r[1], str(r[0])))
    return rows[:top] if top else rows


def by_period(df, fmt, fn, a=None, b=None):
    x = w(df, a, b).with_columns(_p=pl.col("order_date").dt.strftime(fmt))
    return sorted([[k, fn(g)] for (k,), g in x.group_by(["_p"])])


def by_quarter(df, fn, a=None, b=None):
    x = w(df, a, b).with_columns(_p=pl.col("order_date").dt.year().cast(pl.Utf8) + "-Q"
                                 + pl.col("order_date").dt.quarter().cast(pl.Utf8))
    return sorted([[k, fn(g)] for (k,), g in x.group_by(["_p"])])


def r2(x):
    return round(float(x), 2)


def new_cust_by(df, fmt):
    f = R.first_order_dates(df).with_columns(_p=pl.col("first").dt.strftime(fmt))
    return f


def check_dev():
    """The reference must reproduce dev.jsonl before it is trusted."""
    assert abs(R.revenue(ii) - 18908996.98) < 0.05
    assert R.n_customers(ii) == 5878
    assert R.n_orders(w(ii, *Y(2011))) == 18401
    assert abs(R.repeat_rate(ii) - 0.723886) < 1e-6
    assert abs(R.retention(ii, Y(2010), Y(2011)) - 0.628929) < 1e-6
    assert R.new_customers(orl, *Y(2011)) == 3453
    assert abs(R.aov(cty(ii, "Germany")) - 522.836288) < 1e-4
    top = R.top_customers(ii, "revenue", 3)
    assert [t[0] for t in top] == [18102, 14646, 14156]
    seg = R.rfm(ii)["rfm_segment"].value_counts()
    assert dict(seg.iter_rows())["Champions"] == 831
    ab = R.abc(ii)["abc_class"].value_counts()
    assert dict(ab.iter_rows())["A"] == 1378


def build_ii():
    df, f = ii, II
    n = iter(range(1, 1000))
    i = lambda: f"r3ii{next(n):03d}"  # noqa: E731
    # --- revenue, time words ---
    add(i(), "de", "Wie viel Kohle haben wir 2010 gemacht?", f, sc("revenue", rev(df, *Y(2010))))
    add(i(), "en", "sales last year", f, sc("revenue", rev(df, *Y(2010))), "last complete year before 2011-12-10")
    add(i(), "de", "Wie hoch war der Umsatz im vorletzten Monat?", f, sc("revenue", rev(df, *M(2011, 10))),
        "vorletzter Monat = the complete month before the last complete month (2011-10)")
    add(i(), "de", "umsatz seit jahresbeginn", f, sc("revenue", rev(df, D(2011, 1, 1), D(2011, 12, 10))))
    add(i(), "en", "revenue in Q3 2011", f, sc("revenue", rev(df, *Q(2011, 3))))
    add(i(), "de", "Wie viel Umsatz zwischen Maerz und Mai 2011", f, sc("revenue", rev(df, D(2011, 3, 1), D(2011, 6, 1))))
    add(i(), "en", "How much revenue from February to April 2010", f, sc("revenue", rev(df, D(2010, 2, 1), D(2010, 5, 1))))
    add(i(), "de", "Umsatz in den letzten zwölf Monaten", f, sc("revenue", rev(df, D(2010, 12, 1), D(2011, 12, 10))),
        "last N months = N calendar months before the analysis month plus that month")
    add(i(), "en", "revenue over the past six months", f, sc("revenue", rev(df, D(2011, 6, 1), D(2011, 12, 10))))
    add(i(), "de", "Umsatz der letzten sechzig Tage", f, sc("revenue", rev(df, D(2011, 10, 11), D(2011, 12, 10))))
    add(i(), "en", "What did we make in the last two weeks", f, sc("revenue", rev(df, D(2011, 11, 26), D(2011, 12, 10))))
    add(i(), "en", "REVENUE IN NOVEMBER 2010", f, sc("revenue", rev(df, *M(2010, 11))))
    add(i(), "de", "umsatz dezember 2009", f, sc("revenue", rev(df, *M(2009, 12))))
    add(i(), "de", "Umstaz 2011 in Frankreich", f, sc("revenue", rev(cty(df, "France"), *Y(2011))))
    add(i(), "en", "revneue germany 2010", f, sc("revenue", rev(cty(df, "Germany"), *Y(2010))))
    add(i(), "de", "Wie viel Umsatz haben wir in Oesterreich gemacht", f, sc("revenue", rev(cty(df, "Austria"))))
    add(i(), "de", "Wie viel Umsatz kam aus der Schweiz?", f, sc("revenue", rev(cty(df, "Switzerland"))))
    add(i(), "de", "Umsatz in den Niederlanden im Jahr 2010", f, sc("revenue", rev(cty(df, "Netherlands"), *Y(2010))))
    add(i(), "en", "How much revenue came from Ireland last year?", f, sc("revenue", rev(cty(df, "EIRE"), *Y(2010))))
    add(i(), "en", "Revenue outside the UK in 2011", f,
        sc("revenue", rev(df.filter(pl.col("country") != "United Kingdom"), *Y(2011))))
    add(i(), "de", "Umsatz ohne Großbritannien", f,
        sc("revenue", rev(df.filter(pl.col("country") != "United Kingdom"))))
    add(i(), "de", "Umsatz in Spanien und Portugal 2011", f,
        tb(["country"], "revenue", [["Spain", rev(cty(df, "Spain"), *Y(2011))], ["Portugal", rev(cty(df, "Portugal"), *Y(2011))]]))
    add(i(), "en", "what were sales in the second quarter of 2010", f, sc("revenue", rev(df, *Q(2010, 2))))
    add(i(), "de", "Erlöse im Januar 2011", f, sc("revenue", rev(df, *M(2011, 1))))
    add(i(), "en", "turnover year to date", f, sc("revenue", rev(df, D(2011, 1, 1), D(2011, 12, 10))))
    add(i(), "de", "Wie viel Umsatz haben wir im Vorjahr in Deutschland gemacht?", f,
        sc("revenue", rev(cty(df, "Germany"), *Y(2010))))
    add(i(), "en", "revenue in the first half of 2010", f, sc("revenue", rev(df, D(2010, 1, 1), D(2010, 7, 1))))
    add(i(), "en", "France revenue in H2 2010", f,
        sc("revenue", rev(cty(df, "France"), D(2010, 7, 1), D(2011, 1, 1))))
    # --- orders ---
    add(i(), "de", "Anzahl der Bestellungen im Jahr 2010", f, sc("orders", R.n_orders(w(df, *Y(2010))), 0))
    add(i(), "en", "how many invoices did we have in q4 2011", f, sc("orders", R.n_orders(w(df, *Q(2011, 4))), 0))
    add(i(), "de", "Wie viele Aufträge kamen aus Deutschland", f, sc("orders", R.n_orders(cty(df, "Germany")), 0))
    add(i(), "en", "orders per month in 2010", f,
        tb(["month"], "orders", by_period(df, "%Y-%m", R.n_orders, *Y(2010)), True, 0))
    add(i(), "de", "Wie viele Bestellungen hatten wir letzten Monat?", f, sc("orders", R.n_orders(w(df, *M(2011, 11))), 0))
    add(i(), "en", "number of orders from France and Belgium", f,
        tb(["country"], "orders", [["France", R.n_orders(cty(df, "France"))], ["Belgium", R.n_orders(cty(df, "Belgium"))]], False, 0))
    # --- AOV ---
    add(i(), "de", "durchschnittlicher Warenkorbwert 2011", f, sc("aov", R.aov(w(df, *Y(2011)))))
    add(i(), "en", "average basket value in the Netherlands", f, sc("aov", R.aov(cty(df, "Netherlands"))))
    add(i(), "de", "Wie hoch war der durchschnittliche Bon in Frankreich letztes Jahr?", f,
        sc("aov", R.aov(w(cty(df, "France"), *Y(2010)))))
    add(i(), "en", "avg order value per quarter in 2011", f,
        tb(["quarter"], "aov", by_quarter(df, R.aov, *Y(2011)), True))
    add(i(), "de", "Was gibt ein Kunde im Schnitt pro Bestellung aus?", f, sc("aov", R.aov(df)),
        "average spend per order = aov (docs/ask.md)")
    # --- customers ---
    add(i(), "de", "Wie viele verschiedene Kunden haben im letzten Quartal gekauft?", f,
        sc("customers", R.n_customers(w(df, *Q(2011, 3))), 0))
    add(i(), "en", "number of active customers in the last 90 days", f,
        sc("customers", R.n_customers(w(df, D(2011, 9, 11), D(2011, 12, 10))), 0))
    cust11 = grp(df, "country", R.n_customers, *Y(2011), top=3)
    add(i(), "de", "Kundenzahl pro Land 2011, die drei größten", f, tb(["country"], "customers", cust11, True, 0))
    add(i(), "en", "How many customers from Germany bought in 2011?", f,
        sc("customers", R.n_customers(w(cty(df, "Germany"), *Y(2011))), 0))
    add(i(), "de", "Anzahl Kunden je Quartal 2010", f,
        tb(["quarter"], "customers", by_quarter(df, R.n_customers, *Y(2010)), True, 0))
    add(i(), "en", "how many custmers did we have in september 2011", f,
        sc("customers", R.n_customers(w(df, *M(2011, 9))), 0))
    add(i(), "de", "Wie viele Kunden kommen aus Norwegen oder Schweden?", f,
        tb(["country"], "customers", [["Norway", R.n_customers(cty(df, "Norway"))], ["Sweden", R.n_customers(cty(df, "Sweden"))]], False, 0),
        "two values of one dimension: filter and group (d39)")
    # --- new customers ---
    fo = R.first_order_dates(df)
    nm = fo.filter(pl.col("first").dt.year() == 2011).with_columns(m=pl.col("first").dt.strftime("%Y-%m")).group_by("m").len().sort("m")
    add(i(), "de", "Neukunden pro Monat 2011", f, tb(["month"], "new_customers", [list(r) for r in nm.iter_rows()], True, 0))
    add(i(), "en", "How many new customers did we win last quarter?", f, sc("new_customers", R.new_customers(df, *Q(2011, 3)), 0))
    add(i(), "de", "Wie viele neue Kunden kamen seit Jahresbeginn dazu?", f,
        sc("new_customers", R.new_customers(df, D(2011, 1, 1), D(2011, 12, 10)), 0))
    add(i(), "en", "new customers in the first quarter of 2010", f, sc("new_customers", R.new_customers(df, *Q(2010, 1)), 0))
    add(i(), "de", "Neukunden im vorletzten Monat", f, sc("new_customers", R.new_customers(df, *M(2011, 10)), 0))
    # --- rankings ---
    def topc(d, metric, k):
        return [[a, r2(b) if metric == "revenue" else b] for a, b in R.top_customers(d, metric, k)]
    add(i(), "de", "die fünf besten Kunden nach Umsatz im Jahr 2010", f,
        tb(["customer_id"], "revenue", topc(w(df, *Y(2010)), "revenue", 5), True))
    add(i(), "en", "top ten customers by number of orders in 2011", f,
        tb(["customer_id"], "orders", topc(w(df, *Y(2011)), "orders", 10), True, 0))
    add(i(), "de", "Welche drei Länder hatten 2010 den meisten Umsatz?", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(df, "country", R.revenue, *Y(2010), top=3)], True))
    add(i(), "en", "which month in 2011 was best for revenue", f,
        tb(["month"], "revenue", sorted(by_period(df, "%Y-%m", R.revenue, *Y(2011)), key=lambda r: -r[1])[:1], True))
    add(i(), "de", "In welchem Land hatten wir die meisten Bestellungen?", f,
        tb(["country"], "orders", grp(df, "country", R.n_orders, top=1), True, 0))
    add(i(), "en", "the five best-selling products by revenue", f,
        tb(["product_id"], "revenue", [[k, r2(v)] for k, v in grp(df, "product_id", R.revenue, top=5)], True),
        "product = StockCode (product_id)")
    add(i(), "de", "Top zwölf Kunden in Deutschland nach Umsatz", f,
        tb(["customer_id"], "revenue", topc(cty(df, "Germany"), "revenue", 12), True))
    add(i(), "en", "top 3 customers by revenue in the last twelve months", f,
        tb(["customer_id"], "revenue", topc(w(df, D(2010, 12, 1), D(2011, 12, 10)), "revenue", 3), True))
    add(i(), "de", "Die 4 umsatzschwächsten Länder", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(df, "country", R.revenue, top=4, desc=False)], True),
        "bottom by revenue, ascending")
    # --- trends ---
    add(i(), "de", "Umsatzentwicklung pro Quartal", f,
        tb(["quarter"], "revenue", [[k, r2(v)] for k, v in by_quarter(df, R.revenue)], True))
    add(i(), "en", "yearly revenue", f, tb(["year"], "revenue", [[int(k), r2(v)] for k, v in by_period(df, "%Y", R.revenue)], True))
    add(i(), "de", "Umsatz nach Monat zwischen März und Mai 2011", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(df, "%Y-%m", R.revenue, D(2011, 3, 1), D(2011, 6, 1))], True))
    add(i(), "en", "monthly customers in Q1 2011", f,
        tb(["month"], "customers", by_period(df, "%Y-%m", R.n_customers, *Q(2011, 1)), True, 0))
    add(i(), "de", "Wie hat sich der Umsatz in Deutschland pro Jahr entwickelt", f,
        tb(["year"], "revenue", [[int(k), r2(v)] for k, v in by_period(cty(df, "Germany"), "%Y", R.revenue)], True))
    # --- shares ---
    tot = R.revenue(df)
    add(i(), "de", "Welchen Anteil am Umsatz hat Deutschland?", f, sc("revenue_share", R.revenue(cty(df, "Germany")) / tot))
    add(i(), "en", "What percentage of revenue came from the UK in 2011?", f,
        sc("revenue_share", R.revenue(w(cty(df, "United Kingdom"), *Y(2011))) / R.revenue(w(df, *Y(2011)))))
    add(i(), "de", "Umsatzanteil nach Land 2010, Top 3", f,
        tb(["country"], "revenue_share", [[k, v / R.revenue(w(df, *Y(2010)))] for k, v in grp(df, "country", R.revenue, *Y(2010), top=3)], True))
    # --- per customer ---
    ct = R.customer_table(df)
    add(i(), "de", "durchschnittlicher Umsatz pro Kunde", f,
        sc(["revenue_per_customer", "mean_revenue", "avg_revenue_per_customer", "revenue"], ct["revenue"].mean()),
        "mean over customers with >= 1 order (docs/ask.md)")
    ct11 = R.customer_table(w(df, *Y(2011)))
    add(i(), "en", "average number of orders per customer in 2011", f,
        sc(["orders_per_customer", "mean_orders", "avg_orders_per_customer", "orders"], ct11["orders"].mean()))
    add(i(), "en", "What does the average customer spend with us in 2010?", f,
        sc(["revenue_per_customer", "mean_revenue", "avg_revenue_per_customer", "revenue"], R.customer_table(w(df, *Y(2010)))["revenue"].mean()))
    # --- repeat / retention / churn ---
    add(i(), "de", "Wie viel Prozent der Kunden kaufen wieder", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "en", "repeat purchase rate in 2010", f, sc("repeat_rate", R.repeat_rate(w(df, *Y(2010)))))
    add(i(), "de", "Wiederkaufsrate in Frankreich", f, sc("repeat_rate", R.repeat_rate(cty(df, "France"))))
    add(i(), "de", "Kundenbindungsrate", f, sc("retention_rate", R.retention(df, Y(2009), Y(2010))),
        "no period named: latest pair whose later period is complete = 2009->2010 (docs/metrics.md)")
    add(i(), "en", "churn rate 2010", f, sc("churn_rate", 1 - R.retention(df, Y(2009), Y(2010))))
    add(i(), "de", "Wie hoch war die Kundenbindung im dritten Quartal 2011 gegenüber dem Vorquartal?", f,
        sc("retention_rate", R.retention(df, Q(2011, 2), Q(2011, 3))))
    add(i(), "en", "monthly churn rate for November 2011", f, sc("churn_rate", 1 - R.retention(df, M(2011, 10), M(2011, 11))))
    add(i(), "de", "Wie viele Kunden haben wir 2011 verloren", f,
        sc(["lost", "churned", "lost_customers"], len(set(R.customers_set(w(df, *Y(2010))).to_list()) - set(R.customers_set(w(df, *Y(2011))).to_list())), 0),
        "docs/ask.md: customers lost = churn of the pair, with a lost column; checked on the count")
    # --- RFM / ABC ---
    rf = dict(R.rfm(df)["rfm_segment"].value_counts().iter_rows())
    ab = R.abc(df)
    abn = dict(ab["abc_class"].value_counts().iter_rows())
    add(i(), "en", "How many hibernating customers are there", f, sc("customers", rf["Hibernating"], 0))
    add(i(), "en", "how many loyal customers do we have", f, sc("customers", rf["Loyal"], 0),
        "'loyal' = the RFM segment Loyal")
    add(i(), "de", "Anzahl der A-Kunden", f, sc("customers", abn["A"], 0))
    add(i(), "en", "How many class C customers are there?", f, sc("customers", abn["C"], 0))
    rseg = R.rfm(df).select("customer_id", "rfm_segment")
    seg_rev = lambda s: r2(df.join(rseg.filter(pl.col("rfm_segment") == s), on="customer_id")["amount"].sum())  # noqa: E731
    add(i(), "de", "Umsatz der Champions", f, sc("revenue", seg_rev("Champions")))
    add(i(), "en", "customers who need attention, how many", f, sc("customers", rf["Need Attention"], 0))
    bcl = ab.filter(pl.col("abc_class") == "B").select("customer_id")
    add(i(), "de", "Wie viel Umsatz machen die B-Kunden?", f, sc("revenue", r2(df.join(bcl, on="customer_id")["amount"].sum())))
    add(i(), "de", "Wie viele Kunden sind vielversprechend", f, sc("customers", rf["Promising"], 0))
    # --- returns / cancellations / unattributed / quantity ---
    c10 = w(df, *Y(2010)).filter(pl.col("cancel_prefix"))["order_id"].n_unique()
    add(i(), "de", "Wie viele stornierte Rechnungen gab es 2010?", f,
        sc(["cancelled_orders", "cancellations", "orders"], c10, 0), "distinct C invoices dated 2010")
    c11 = w(df, *Q(2011, 4)).filter(pl.col("cancel_prefix"))["order_id"].n_unique()
    add(i(), "en", "how many invoices were cancelled in Q4 2011", f, sc(["cancelled_orders", "cancellations", "orders"], c11, 0))
    rv = w(df, *Y(2011)).filter(pl.col("amount") < 0)["amount"].sum()
    add(i(), "de", "Wie viel Umsatz haben uns Retouren 2011 gekostet?", f,
        sc(["returns", "return_value", "returned_revenue", "revenue"], -rv),
        "value of the reversing lines in 2011, positive; contract names returns but no returns metric")
    add(i(), "en", "revenue without a customer id in 2011", f,
        sc("unattributed_revenue", r2(w(df, *Y(2011)).filter(pl.col("customer_id").is_null())["amount"].sum())))
    un = w(df).filter(pl.col("customer_id").is_null()).with_columns(y=pl.col("order_date").dt.year())
    add(i(), "de", "nicht zugeordneter Umsatz pro Jahr", f,
        tb(["year"], "unattributed_revenue", [[int(y), r2(v)] for y, v in un.group_by("y").agg(pl.col("amount").sum()).sort("y").iter_rows()], True))
    add(i(), "de", "Wie viele Stück wurden im Dezember 2010 verkauft?", f,
        sc("quantity", w(df, *M(2010, 12))["quantity"].sum(), 0), "quantity = sum over all lines, returns negative")
    add(i(), "en", "number of order lines in 2011", f, sc("order_lines", w(df, *Y(2011)).height, 0))
    # --- order-count and value populations ---
    ctall = R.customer_table(df)
    add(i(), "en", "How many customers ordered at least ten times?", f,
        sc("customers", ctall.filter(pl.col("orders") >= 10).height, 0))
    add(i(), "de", "Wie viele Kunden haben genau einmal bestellt?", f,
        sc("customers", ctall.filter(pl.col("orders") == 1).height, 0))
    add(i(), "de", "Wie viele Kunden haben mehr als 10.000 Umsatz gemacht?", f,
        sc("customers", ctall.filter(pl.col("revenue") > 10000).height, 0), "per-customer revenue > 10000, all data")
    add(i(), "en", "Revenue from customers with more than 20 orders", f,
        sc("revenue", r2(df.join(ctall.filter(pl.col("orders") > 20).select("customer_id"), on="customer_id")["amount"].sum())))
    # --- CLV topset ---
    t, _ = R.clv_table(df)
    top = t.sort("clv", descending=True).head(10)
    add(i(), "de", "Top 10 Kunden nach prognostiziertem Kundenwert", f,
        ts(["customer_id"], "clv", [[c] for c in top["customer_id"].to_list()], 6), "BG/NBD+GG, 12 months, 10 % p.a.")
    top5 = t.sort("expected_orders", descending=True).head(5)
    add(i(), "en", "Which five customers will order most in the next 90 days?", f,
        ts(["customer_id"], "expected_orders", [[c] for c in top5["customer_id"].to_list()], 3))
    # --- refusals ---
    for lang, q in [
        ("de", "Wie hoch ist die Marge pro Lieferant?"),
        ("en", "revenue by sales rep"),
        ("de", "Umsatz am 30. Februar 2011"),
        ("en", "revenue in Q5 2010"),
        ("de", "Wie viele unserer Kunden sind weiblich?"),
        ("en", "average age of our customers"),
        ("de", "Umsatz nach Produktkategorie"),
        ("en", "How much did we spend on marketing in 2011?"),
        ("en", "sales split by paymnet method"),
        ("en", "Which customers live in Berlin?"),
        ("de", "blah blubb trallala"),
        ("en", "asdfgh qwertz"),
        ("de", "Wie ist die Stimmung im Team?"),
        ("en", "How many employees do we have?"),
        ("de", "Retourenquote nach Rückgabegrund"),
        ("en", "revenue on the 32nd of January 2011"),
        ("de", "Wie hoch ist die Conversion-Rate unserer Website?"),
        ("en", "What is our customer acquisition cost?"),
        ("de", "Kundenzufriedenheit 2011"),
    ]:
        add(i(), lang, q, f, REFUSE)


def build_or():
    df, f = orl, OR
    n = iter(range(1, 1000))
    i = lambda: f"r3or{next(n):03d}"  # noqa: E731
    add(i(), "de", "Umsatz im vierten Quartal 2011", f, sc("revenue", rev(df, *Q(2011, 4))))
    add(i(), "en", "How many customers from France?", f, sc("customers", R.n_customers(cty(df, "France")), 0))
    add(i(), "de", "Top fünf Länder nach Anzahl Bestellungen", f, tb(["country"], "orders", grp(df, "country", R.n_orders, top=5), True, 0))
    add(i(), "en", "whats the repeat rate", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "de", "Wie hoch ist die Kundenbindungsrate?", f, sc("retention_rate", R.retention(df, Y(2010), Y(2011))),
        "no complete later year in the data: latest pair 2010->2011, marked incomplete")
    add(i(), "en", "average order value last month", f, sc("aov", R.aov(w(df, *M(2011, 11)))))
    add(i(), "de", "Neukunden im letzten Quartal", f, sc("new_customers", R.new_customers(df, *Q(2011, 3)), 0),
        "first order within this file (starts 2010-12-01)")
    ab = dict(R.abc(df)["abc_class"].value_counts().iter_rows())
    add(i(), "en", "number of customers per ABC class", f, tb(["abc_class"], "customers", [[k, ab[k]] for k in "ABC"], False, 0))
    rf = dict(R.rfm(df)["rfm_segment"].value_counts().iter_rows())
    add(i(), "de", "Wie viele Champions gibt es", f, sc("customers", rf["Champions"], 0))
    add(i(), "en", "revenue last year", f, sc("revenue", rev(df, *Y(2010))), "last complete year = 2010 (December only in this file)")
    add(i(), "de", "Wie viel Umsatz hat keine Kundennummer?", f,
        sc("unattributed_revenue", r2(df.filter(pl.col("customer_id").is_null())["amount"].sum())))
    add(i(), "de", "Umsatz je Monat im ersten Quartal 2011", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(df, "%Y-%m", R.revenue, *Q(2011, 1))], True))
    add(i(), "en", "Top 3 customers by revenue in Australia", f,
        tb(["customer_id"], "revenue", [[a, r2(b)] for a, b in R.top_customers(cty(df, "Australia"), "revenue", 3)], True))
    add(i(), "de", "wieviele bestellungen im mai 2011", f, sc("orders", R.n_orders(w(df, *M(2011, 5))), 0))
    add(i(), "en", "How many customers are at risk?", f, sc("customers", rf["At Risk"], 0),
        "docs/ask.md: 'Wie viele Kunden sind gefährdet?' counts the RFM segment At Risk")
    add(i(), "de", "Wie viele Kunden haben seit Jahresanfang bestellt", f,
        sc("customers", R.n_customers(w(df, D(2011, 1, 1), D(2011, 12, 10))), 0))
    add(i(), "en", "revenue share of Germany in 2011", f,
        sc("revenue_share", R.revenue(w(cty(df, "Germany"), *Y(2011))) / R.revenue(w(df, *Y(2011)))))
    add(i(), "de", "Umsatz von Juni bis August 2011 in Grossbritannien", f,
        sc("revenue", rev(cty(df, "United Kingdom"), D(2011, 6, 1), D(2011, 9, 1))))
    add(i(), "en", "orders by quarter", f, tb(["quarter"], "orders", by_quarter(df, R.n_orders), True, 0))
    add(i(), "de", "Abwanderungsrate im Oktober 2011 gegenüber September", f,
        sc("churn_rate", 1 - R.retention(df, M(2011, 9), M(2011, 10))))
    add(i(), "en", "How many new customers per quarter in 2011", f,
        tb(["quarter"], "new_customers", [[f"2011-Q{q}", R.new_customers(df, *Q(2011, q))] for q in (1, 2, 3, 4)], True, 0))
    add(i(), "de", "Durchschnittlicher Umsatz je Kunde in Deutschland", f,
        sc(["revenue_per_customer", "mean_revenue", "avg_revenue_per_customer", "revenue"], R.customer_table(cty(df, "Germany"))["revenue"].mean()))
    for lang, q in [("en", "Which supplier gives us the best prices?"), ("en", "How many customers have a pet?")]:
        add(i(), lang, q, f, REFUSE)


def build_cd():
    df, f = cd, CD
    n = iter(range(1, 1000))
    i = lambda: f"r3cd{next(n):03d}"  # noqa: E731
    add(i(), "en", "How many customers are in the data?", f, sc("customers", R.n_customers(df), 0))
    add(i(), "en", "total sales in 1997", f, sc("revenue", rev(df, *Y(1997))))
    add(i(), "en", "total number of orders", f, sc("orders", R.n_orders(df), 0), "one order per customer and day, $0 days are not orders")
    add(i(), "de", "durchschnittlicher Bestellwert im ersten Halbjahr 1998", f, sc("aov", R.aov(w(df, D(1998, 1, 1), D(1998, 7, 1)))))
    add(i(), "en", "repeat rate", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "de", "Kundenbindungsrate 1998 gegenüber 1997", f, sc("retention_rate", R.retention(df, Y(1997), Y(1998))))
    add(i(), "en", "What was the turnover in the last quarter", f, sc("revenue", rev(df, *Q(1998, 2))), "analysis date 1998-07-01: Q2 1998 is complete")
    add(i(), "de", "Wie viele CDs wurden 1998 verkauft?", f, sc("quantity", w(df, *Y(1998))["quantity"].sum(), 0))
    add(i(), "en", "Who are the 5 biggest customers by revenue", f,
        tb(["customer_id"], "revenue", [[a, r2(b)] for a, b in R.top_customers(df, "revenue", 5)], True))
    add(i(), "de", "Monatsumsatz 1997", f, tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(df, "%Y-%m", R.revenue, *Y(1997))], True))
    add(i(), "en", "Revenue in the second half of 1997", f, sc("revenue", rev(df, D(1997, 7, 1), D(1998, 1, 1))))
    add(i(), "de", "Wie viele Kunden haben im letzten Monat gekauft?", f, sc("customers", R.n_customers(w(df, *M(1998, 6))), 0))
    add(i(), "en", "how many customers bought more than once", f,
        sc("customers", R.customer_table(df).filter(pl.col("orders") >= 2).height, 0))
    add(i(), "de", "Neukunden pro Quartal", f,
        tb(["quarter"], "new_customers", [["1997-Q1", R.new_customers(df, *Q(1997, 1))]], False, 0))
    rf = dict(R.rfm(df)["rfm_segment"].value_counts().iter_rows())
    add(i(), "en", "number of customers in the hibernating segment", f, sc("customers", rf["Hibernating"], 0))
    t, params = R.clv_table(df)
    add(i(), "de", "Wer sind die zehn wertvollsten Kunden?", f,
        ts(["customer_id"], "clv", [[c] for c in t.sort("clv", descending=True).head(10)["customer_id"].to_list()], 6),
        "docs/ask.md: most valuable = top by predicted CLV")
    add(i(), "en", "top 20 customers by expected orders in the next 90 days", f,
        ts(["customer_id"], "expected_orders", [[c] for c in t.sort("expected_orders", descending=True).head(20)["customer_id"].to_list()], 12))
    add(i(), "de", "Top 10 Kunden nach CLV", f,
        ts(["customer_id"], "clv", [[c] for c in t.sort("clv", descending=True).head(10)["customer_id"].to_list()], 6))
    add(i(), "en", "Churn rate for 1998", f, sc("churn_rate", 1 - R.retention(df, Y(1997), Y(1998))))
    add(i(), "de", "Umsatz im Maerz 1997", f, sc("revenue", rev(df, *M(1997, 3))))
    add(i(), "de", "Wie viele Bestellungen gab es im Februar 1997?", f, sc("orders", R.n_orders(w(df, *M(1997, 2))), 0))
    for lang, q in [("en", "revenue by country"), ("de", "Umsatz nach Musikrichtung")]:
        add(i(), lang, q, f, REFUSE)


def build_sa():
    df, f = sa, SA
    n = iter(range(1, 1000))
    i = lambda: f"r3sa{next(n):03d}"  # noqa: E731
    add(i(), "de", "Umsatz nach Produktlinie", f,
        tb([["productline", "product_line"]], "revenue", [[k, r2(v)] for k, v in grp(df, "PRODUCTLINE", R.revenue)], True))
    add(i(), "en", "revenue per deal size", f,
        tb([["dealsize", "deal_size"]], "revenue", [[k, r2(v)] for k, v in grp(df, "DEALSIZE", R.revenue)], False))
    add(i(), "en", "sales by year", f, tb(["year"], "revenue", [[int(k), r2(v)] for k, v in by_period(df, "%Y", R.revenue)], True))
    add(i(), "en", "How many orders in 2004?", f, sc("orders", R.n_orders(w(df, *Y(2004))), 0))
    add(i(), "de", "Wie viele Kunden gibt es im Datensatz", f, sc("customers", R.n_customers(df), 0))
    add(i(), "en", "top 5 customers by sales", f,
        tb([["customer_id", "name", "customername"]], "revenue", [[a, r2(b)] for a, b in R.top_customers(df, "revenue", 5)], True))
    add(i(), "de", "Umsatz in den USA 2004", f, sc("revenue", rev(cty(df, "USA"), *Y(2004))))
    add(i(), "en", "classic cars revenue in 2004", f,
        sc("revenue", rev(df.filter(pl.col("PRODUCTLINE") == "Classic Cars"), *Y(2004))))
    add(i(), "de", "durchschnittlicher Auftragswert", f, sc("aov", R.aov(df)))
    add(i(), "en", "How many order lines were cancelled in 2004?", f,
        sc(["cancelled_lines", "order_lines", "lines", "count"], w(df, *Y(2004)).filter(pl.col("cancelled")).height, 0))
    add(i(), "de", "Wie viele Bestellungen wurden storniert?", f,
        sc(["cancelled_orders", "orders", "cancellations"], df.filter(pl.col("cancelled"))["order_id"].n_unique(), 0),
        "distinct orders with status Cancelled")
    add(i(), "en", "How much did we sell last quarter", f, sc("revenue", rev(df, *Q(2005, 1))), "analysis date 2005-06-01: last complete quarter = 2005-Q1")
    add(i(), "de", "Umsatz im dritten Quartal 2004", f, sc("revenue", rev(df, *Q(2004, 3))))
    add(i(), "en", "revenue between March and May 2005", f, sc("revenue", rev(df, D(2005, 3, 1), D(2005, 6, 1))))
    tot = R.revenue(df)
    add(i(), "de", "Anteil am Umsatz je Produktlinie", f,
        tb([["productline", "product_line"]], "revenue_share", [[k, v / tot] for k, v in grp(df, "PRODUCTLINE", R.revenue)], False))
    add(i(), "en", "average order value in the territory Japan", f, sc("aov", R.aov(df.filter(pl.col("TERRITORY") == "Japan"))),
        "'Japan' is a value of COUNTRY and TERRITORY (Singapore, Philippines): the column is named")
    add(i(), "en", "sales to French customers", f, sc("revenue", rev(cty(df, "France"))))
    add(i(), "en", "orders per quarter in 2004", f, tb(["quarter"], "orders", by_quarter(df, R.n_orders, *Y(2004)), True, 0))
    add(i(), "de", "Neukunden 2004", f, sc("new_customers", R.new_customers(df, *Y(2004)), 0))
    add(i(), "en", "what share of customers ordered more than once", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "de", "Welche drei Länder bringen den meisten Umsatz", f,
        tb(["country"], "revenue", [[k, r2(v)] for k, v in grp(df, "country", R.revenue, top=3)], True))
    add(i(), "en", "Revenue of motorcycles in EMEA", f,
        sc("revenue", rev(df.filter((pl.col("PRODUCTLINE") == "Motorcycles") & (pl.col("TERRITORY") == "EMEA")))))
    add(i(), "de", "Wie viel Umsatz hatten große Deals", f,
        sc("revenue", rev(df.filter(pl.col("DEALSIZE") == "Large"))), "Large deal size; 'große' = Large")
    add(i(), "en", "number of customers per territory", f,
        tb([["territory"]], "customers", [[k, v] for k, v in grp(df, "TERRITORY", R.n_customers)], False, 0))
    add(i(), "de", "Umsatz im letzten Monat", f, sc("revenue", rev(df, *M(2005, 5))))
    add(i(), "en", "How many units did we sell in 2003", f,
        sc("quantity", R.sales(w(df, *Y(2003)))["quantity"].sum(), 0), "status-cancelled lines are never a sale")
    for lang, q in [("en", "profit margin by supplier"), ("de", "Umsatz nach Vertriebsmitarbeiter")]:
        add(i(), lang, q, f, REFUSE)


def build_ch():
    df, f = ch, CH
    n = iter(range(1, 1000))
    i = lambda: f"r3ch{next(n):03d}"  # noqa: E731
    g = lambda c, fn: sorted([[k, fn(x)] for (k,), x in df.group_by([c])], key=lambda r: str(r[0]))  # noqa: E731
    add(i(), "en", "overall churn rate", f, sc(["churn_rate", "share_exited"], df["Exited"].mean()))
    add(i(), "de", "Abwanderungsquote nach Land", f,
        tb([["geography", "country"]], ["churn_rate", "share_exited"], g("Geography", lambda x: x["Exited"].mean())))
    add(i(), "de", "Wie hoch ist die Abwanderungsrate in Deutschland", f,
        sc(["churn_rate", "share_exited"], df.filter(pl.col("Geography") == "Germany")["Exited"].mean()))
    add(i(), "en", "mean balance by gender", f, tb(["gender"], "mean_balance", g("Gender", lambda x: x["Balance"].mean())))
    add(i(), "de", "Anzahl Kunden nach Anzahl Produkte", f,
        tb([["num_of_products", "numofproducts"]], "customers", g("NumOfProducts", lambda x: x.height), False, 0))
    add(i(), "de", "Wie viele Kunden sind älter als 60?", f, sc("customers", df.filter(pl.col("Age") > 60).height, 0))
    add(i(), "en", "average credit score of customers who exited", f,
        sc("mean_credit_score", df.filter(pl.col("Exited") == 1)["CreditScore"].mean()))
    add(i(), "de", "Anteil der aktiven Mitglieder", f, sc("share_is_active_member", df["IsActiveMember"].mean()))
    add(i(), "en", "average estimated salary in spain", f,
        sc("mean_estimated_salary", df.filter(pl.col("Geography") == "Spain")["EstimatedSalary"].mean()))
    add(i(), "de", "Wie viele Kunden haben vier Produkte?", f, sc("customers", df.filter(pl.col("NumOfProducts") == 4).height, 0))
    add(i(), "en", "churn rate for customers with 3 products", f,
        sc(["churn_rate", "share_exited"], df.filter(pl.col("NumOfProducts") == 3)["Exited"].mean()))
    add(i(), "de", "Durchschnittsalter pro Land", f, tb([["geography", "country"]], "mean_age", g("Geography", lambda x: x["Age"].mean())))
    add(i(), "en", "share of customers with a credit card in France", f,
        sc("share_has_cr_card", df.filter(pl.col("Geography") == "France")["HasCrCard"].mean()))
    add(i(), "en", "sum of all account balances", f, sc("sum_balance", df["Balance"].sum()))
    add(i(), "en", "How many customers have a balance above 150000?", f, sc("customers", df.filter(pl.col("Balance") > 150000).height, 0))
    add(i(), "de", "Wie viele Kunden sind abgewandert", f, sc(["customers", "churned", "exited"], int(df["Exited"].sum()), 0))
    add(i(), "en", "maximum balance in Germany", f, sc("max_balance", df.filter(pl.col("Geography") == "Germany")["Balance"].max()))
    add(i(), "de", "Abwanderungsrate der Frauen", f,
        sc(["churn_rate", "share_exited"], df.filter(pl.col("Gender") == "Female")["Exited"].mean()))
    for lang, q in [("de", "Abwanderung nach Vertragsart"), ("de", "Umsatz in Deutschland 2011"),
                    ("en", "average monthly charges")]:
        add(i(), lang, q, f, REFUSE)


def build_mk():
    df, f = mk, MK
    n = iter(range(1, 1000))
    i = lambda: f"r3mk{next(n):03d}"  # noqa: E731
    g = lambda c, fn: sorted([[k, fn(x)] for (k,), x in df.group_by([c])], key=lambda r: str(r[0]))  # noqa: E731
    add(i(), "en", "how many customers are in this data set", f, sc("customers", df.height, 0))
    add(i(), "en", "response rate of the last campaign", f, sc("share_response", df["Response"].mean()))
    add(i(), "de", "Anteil Kunden mit Beschwerde", f, sc("complaint_rate", df["Complain"].mean()))
    add(i(), "en", "average income by education", f, tb(["education"], "mean_income", g("Education", lambda x: x["Income"].mean())))
    add(i(), "de", "Wie viel wurde insgesamt für Wein ausgegeben?", f, sc("sum_mnt_wines", df["MntWines"].sum()))
    add(i(), "en", "mean spend on meat products", f, sc("mean_mnt_meat_products", df["MntMeatProducts"].mean()))
    add(i(), "de", "Durchschnittseinkommen der Kunden mit PhD", f,
        sc("mean_income", df.filter(pl.col("Education") == "PhD")["Income"].mean()))
    add(i(), "en", "How many customers earn more than 80000?", f, sc("customers", df.filter(pl.col("Income") > 80000).height, 0))
    add(i(), "de", "Anzahl Kunden nach Familienstand", f,
        tb(["marital_status"], "customers", g("Marital_Status", lambda x: x.height), False, 0))
    add(i(), "en", "response rate by marital status", f,
        tb(["marital_status"], "share_response", g("Marital_Status", lambda x: x["Response"].mean())))
    add(i(), "de", "Wie viele Kunden haben sich beschwert", f, sc(["customers", "complain"], int(df["Complain"].sum()), 0))
    add(i(), "en", "average number of store purchases by education", f,
        tb(["education"], "mean_num_store_purchases", g("Education", lambda x: x["NumStorePurchases"].mean())))
    add(i(), "de", "Wie viele Kunden haben Kampagne 1 angenommen?", f,
        sc("customers", int(df["AcceptedCmp1"].sum()), 0), "AcceptedCmp1 = 1")
    add(i(), "en", "acceptance rate of campaign 5", f, sc(["share_accepted_cmp5", "share_acceptedcmp5"], df["AcceptedCmp5"].mean()))
    add(i(), "en", "average recency in days", f, sc("mean_recency", df["Recency"].mean()))
    add(i(), "en", "total fish spending of married customers", f,
        sc("sum_mnt_fish_products", df.filter(pl.col("Marital_Status") == "Married")["MntFishProducts"].sum()))
    add(i(), "de", "mittleres Einkommen der Singles", f,
        sc("mean_income", df.filter(pl.col("Marital_Status") == "Single")["Income"].mean()))
    add(i(), "en", "Top 3 education levels by number of customers", f,
        tb(["education"], "customers", sorted(g("Education", lambda x: x.height), key=lambda r: -r[1])[:3], True, 0))
    for lang, q in [("en", "which store location sells the most"), ("de", "Wie viele Kunden haben einen Hund?"), ("de", "Lieblingsfarbe der Kunden")]:
        add(i(), lang, q, f, REFUSE)


def build_extra():
    """Variants probing the patterns of the first run's silent failures (compound groupings, per-customer
    averages, numeric restrictions, unattributed revenue, repeat rate phrasings)."""
    n = iter(range(1, 1000))
    i = lambda: f"r3x{next(n):03d}"  # noqa: E731
    df, f = ii, II
    add(i(), "de", "Quartalsumsatz 2011", f, tb(["quarter"], "revenue", [[k, r2(v)] for k, v in by_quarter(df, R.revenue, *Y(2011))], True))
    add(i(), "de", "Monatlicher Umsatz in Deutschland 2011", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(cty(df, "Germany"), "%Y-%m", R.revenue, *Y(2011))], True))
    pc = ["revenue_per_customer", "mean_revenue", "avg_revenue_per_customer", "revenue"]
    add(i(), "en", "How much does a customer spend on average?", f, sc(pc, R.customer_table(df)["revenue"].mean()))
    add(i(), "en", "average revenue per customer in Germany", f, sc(pc, R.customer_table(cty(df, "Germany"))["revenue"].mean()))
    ctall = R.customer_table(df)
    add(i(), "en", "how many customers have revenue above 5000", f, sc("customers", ctall.filter(pl.col("revenue") > 5000).height, 0))
    add(i(), "de", "Umsatz ohne Kunden-ID", f,
        sc("unattributed_revenue", r2(df.filter(pl.col("customer_id").is_null())["amount"].sum())))
    add(i(), "de", "Wie hoch ist der Anteil der Wiederkäufer?", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "de", "Wie viel Prozent unserer Kunden haben mehr als einmal gekauft?", f, sc("repeat_rate", R.repeat_rate(df)))
    add(i(), "de", "Kundenbindungsrate im Jahr 2010", f, sc("retention_rate", R.retention(df, Y(2009), Y(2010))))
    add(i(), "en", "What is our retention rate?", f, sc("retention_rate", R.retention(df, Y(2009), Y(2010))),
        "no period: latest pair whose later period is complete (2011 is cut short by 2011-12-10)")
    df, f = mk, MK
    add(i(), "en", "How many customers have an income above 50000?", f, sc("customers", df.filter(pl.col("Income") > 50000).height, 0))
    add(i(), "de", "Wie viele Kunden verdienen mehr als 50000?", f, sc("customers", df.filter(pl.col("Income") > 50000).height, 0))
    df, f = ch, CH
    add(i(), "en", "How many customers older than 50 are from Germany?", f,
        sc("customers", df.filter((pl.col("Age") > 50) & (pl.col("Geography") == "Germany")).height, 0))
    add(i(), "de", "Wie viele Kunden haben ein Gehalt über 100000?", f,
        sc("customers", df.filter(pl.col("EstimatedSalary") > 100000).height, 0), "Gehalt = EstimatedSalary")
    add(i(), "en", "average balance of customers who stayed", f,
        sc("mean_balance", df.filter(pl.col("Exited") == 0)["Balance"].mean()))
    df, f = sa, SA
    add(i(), "de", "Monatsumsatz 2004", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(df, "%Y-%m", R.revenue, *Y(2004))], True))
    add(i(), "en", "average sales per customer", f, sc(pc, R.customer_table(df)["revenue"].mean()))
    df, f = cd, CD
    add(i(), "en", "monthly revenue 1998", f,
        tb(["month"], "revenue", [[k, r2(v)] for k, v in by_period(df, "%Y-%m", R.revenue, *Y(1998))], True))
    add(i(), "de", "Wie viel gibt ein Kunde durchschnittlich aus", f, sc(pc, R.customer_table(df)["revenue"].mean()))
    add(i(), "en", "What share of our customers bought again?", f, sc("repeat_rate", R.repeat_rate(df)))


def main():
    check_dev()
    for b in (build_ii, build_or, build_cd, build_sa, build_ch, build_mk, build_extra):
        b()
    # money/rates rounded; rows as plain JSON
    with open(HERE / "round3.jsonl", "w", encoding="utf-8") as fh:
        for rec in OUT:
            fh.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    langs = {lg: sum(r["lang"] == lg for r in OUT) for lg in ("de", "en")}
    print(len(OUT), langs, sum(r["expect"]["kind"] == "refuse" for r in OUT), "refuse")


if __name__ == "__main__":
    main()
