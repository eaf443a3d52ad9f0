#!/usr/bin/env python3
"""Build questions_heldout.jsonl: a held-out eval set for `insight ask`.

Written as a consultant / a client's analyst would ask, WITHOUT reading insight's parser
(insight/query, insight/semantic) or the existing eval sets. Every expected value is computed here
with plain polars (metrics_ref.py, an independent implementation of ../shared/spec/metrics.md).
metrics_ref.py was checked against the published dev.jsonl values it can reproduce (revenue, orders 2011,
AOV, AOV Germany, customers, customers 2010, customers per country top 5, new customers per year, top
customers by revenue and by orders, repeat rate, retention 2011, ABC counts, all ten RFM segment counts on
online_retail_ii; revenue, customers, orders, new customers 2011 on online_retail): all agree exactly, and
its BG/NBD fit reproduces the published CDNOW parameters (r 0.2426, alpha 4.4135, a 0.7929, b 2.4258).

Run:  .venv/bin/python tests/ask_heldout/build_heldout.py

Expectation kinds (those of ../shared/questions/README.md plus three small extensions that only
score_heldout.py understands):
  scalar / table / topset / refuse      as in the shared README; refuse may carry "words": every word
                                        must be named in the clarification (text, understood or options)
  keyset    {"keys": [...], "rows": [[k], ...]}  a list answer (e.g. "which customers ..."): the
            answer's key column must hold exactly these values (no number column is compared)
  definition {"mentions": [...]}        a definition question: status ok and the text/definitions
            mention at least one of the words
  "typo": "word" on an answerable question: a clarify naming that word is acceptable (not a failure)
  "clarify_ok": "word"  same, for a question whose mapping onto the data is a judgement call
            (a German word for an English client column, "Land" for a column called Geography, ...)
  "alternatives": [expect, ...]         any one of them passing is correct
Every "data" is relative to ../shared/data.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from metrics_ref import (DATA, abc, aov, as_of, by_group, clv_table, customer_table, customers_set,  # noqa: E402
                         load_cdnow, load_online_retail, load_sales, month, month_start, n_customers,
                         n_orders, new_customers, quarter, repeat_rate, retention, revenue, rfm, sales,
                         top_customers, window, year)

QUESTIONS: list[dict] = []
_counter = {"n": 0}


def add(lang, question, data, expect, note=None, typo=None, clarify_ok=None):
    _counter["n"] += 1
    q = {"id": f"h{_counter['n']:03d}", "lang": lang, "question": question, "data": data, "expect": expect}
    if typo:
        q["typo"] = typo
    if clarify_ok:
        q["clarify_ok"] = clarify_ok
    if note:
        q["note"] = note
    QUESTIONS.append(q)


def r2(v):
    return round(float(v), 6) if abs(v) < 10 else round(float(v), 2)


def scalar(metric, value, tol=0.001):
    return {"kind": "scalar", "metric": metric, "value": r2(value), "rel_tol": tol}


def table(keys, metric, rows, ordered=False, tol=0.001):
    rows = [[*r[:-1], r2(r[-1])] for r in rows]
    if not ordered:  # polars group_by order is not deterministic: keep the file reproducible
        rows.sort(key=lambda r: [str(v) for v in r[:-1]])
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def topset(keys, metric, rows, min_overlap):
    return {"kind": "topset", "keys": keys, "metric": metric, "rows": [[r] for r in rows],
            "min_overlap": min_overlap}


def refuse(*words):
    e = {"kind": "refuse"}
    if words:
        e["words"] = list(words)
    return e


def keyset(keys, values):
    return {"kind": "keyset", "keys": keys, "rows": [[v] for v in sorted(values)]}


def definition(*mentions):
    return {"kind": "definition", "mentions": list(mentions)}


def top(pairs, n, desc=True):
    return sorted(pairs, key=lambda kv: (-kv[1] if desc else kv[1], str(kv[0])))[:n]


def months_table(df, start, end, metric):
    out, s = [], start
    while s < end:
        e = month_start(s, 1)
        out.append([s.strftime("%Y-%m"), metric(window(df, s, e))])
        s = e
    return out


# =============================================================================================
# 1. online_retail.parquet (older Online Retail; InvoiceNo / UnitPrice / CustomerID)
# =============================================================================================
OR = "online_retail.parquet"
o = load_online_retail()
D = as_of(o)  # 2011-12-10
assert D == dt.date(2011, 12, 10)
rev = revenue

add("en", "What's our total revenue?", OR, scalar("revenue", rev(o)))
add("de", "Wie viel Umsatz haben wir insgesamt gemacht?", OR, scalar("revenue", rev(o)))
add("en", "revenue in 2011", OR, scalar("revenue", rev(window(o, *year(2011)))))
add("de", "Umsatz im Dezember 2010", OR, scalar("revenue", rev(window(o, *month(2010, 12)))))
add("en", "How much did we sell in Q2 2011?", OR, scalar("revenue", rev(window(o, *quarter(2011, 2)))),
    note="'sell' = revenue (money), the consultant's usual reading")
add("de", "Wie hoch war der Umsatz im dritten Quartal 2011?", OR, scalar("revenue", rev(window(o, *quarter(2011, 3)))))
add("en", "Revenue for the last 90 days", OR, scalar("revenue", rev(window(o, D - dt.timedelta(days=90), D))))
add("de", "Umsatz der letzten dreißig Tage", OR, scalar("revenue", rev(window(o, D - dt.timedelta(days=30), D))),
    note="number as a word")
add("en", "What was revenue last quarter?", OR, scalar("revenue", rev(window(o, *quarter(2011, 3)))),
    note="last complete quarter before 2011-12-10 = Q3 2011")
add("de", "Umsatz letzten Monat?", OR, scalar("revenue", rev(window(o, *month(2011, 11)))))
add("de", "Wie viel Umsatz haben wir seit März 2011 gemacht?", OR,
    scalar("revenue", rev(window(o, dt.date(2011, 3, 1), D))), note="seit März 2011 = [2011-03-01, analysis date)")
add("en", "revnue in Germany in 2011", OR, scalar("revenue", rev(window(o.filter(pl.col("country") == "Germany"), *year(2011)))),
    typo="revnue")
add("en", "Revenue in the Netherlands during Q3 2011", OR,
    scalar("revenue", rev(window(o.filter(pl.col("country") == "Netherlands"), *quarter(2011, 3)))))
add("de", "Umsatz in Frankreich im November 2011", OR,
    scalar("revenue", rev(window(o.filter(pl.col("country") == "France"), *month(2011, 11)))))
add("en", "How many orders did we get in November 2011?", OR, scalar("orders", n_orders(window(o, *month(2011, 11))), 0))
add("de", "Anzahl Bestellungen im ersten Quartal 2011", OR, scalar("orders", n_orders(window(o, *quarter(2011, 1))), 0))
add("de", "Wie viele Aufträge kamen aus Spanien?", OR, scalar("orders", n_orders(o.filter(pl.col("country") == "Spain")), 0))
add("en", "How many customers bought from us in 2011?", OR, scalar("customers", n_customers(window(o, *year(2011))), 0))
add("de", "Wie viele Kunden haben wir in Deutschland?", OR, scalar("customers", n_customers(o.filter(pl.col("country") == "Germany")), 0))
add("en", "number of distinct customers in France", OR, scalar("customers", n_customers(o.filter(pl.col("country") == "France")), 0))
add("de", "Wie viele Kundne hatten wir im Oktober 2011?", OR, scalar("customers", n_customers(window(o, *month(2011, 10))), 0),
    typo="Kundne")
add("en", "How many active customers in the last 90 days?", OR,
    scalar("customers", n_customers(window(o, D - dt.timedelta(days=90), D)), 0),
    note="active = at least one order in the window (metrics.md customers)")
add("en", "How many new customers did we get in March 2011?", OR, scalar("new_customers", new_customers(o, *month(2011, 3)), 0))
add("de", "Neukunden pro Monat im Jahr 2011", OR,
    table(["month"], "new_customers", [[f"2011-{k:02d}", new_customers(o, *month(2011, k))] for k in range(1, 13)], tol=0))
add("de", "Wie viele neue Kunden kamen im ersten Halbjahr 2011 dazu?", OR,
    scalar("new_customers", new_customers(o, dt.date(2011, 1, 1), dt.date(2011, 7, 1)), 0))
add("de", "Durchschnittlicher Warenkorb?", OR, scalar("aov", aov(o)), note="Warenkorb = AOV per metrics.md")
add("en", "average order value in the Netherlands", OR, scalar("aov", aov(o.filter(pl.col("country") == "Netherlands"))))
add("de", "Durchschnittlicher Bestellwert in Frankreich und in Spanien", OR,
    table(["country"], "aov", [[c, aov(o.filter(pl.col("country") == c))] for c in ("France", "Spain")]))
add("en", "What was the average basket size in 2011?", OR, scalar("aov", aov(window(o, *year(2011)))),
    note="basket size read as money per order (AOV); an answer in items per order would be a different metric")
add("en", "Top five customers by revenue", OR, table(["customer_id"], "revenue", top_customers(o, "revenue", 5), True))
add("de", "Welche zehn Kunden haben am meisten Umsatz gemacht?", OR,
    table(["customer_id"], "revenue", top_customers(o, "revenue", 10), True))
add("en", "Who are our 3 biggest customers by number of orders?", OR,
    table(["customer_id"], "orders", top_customers(o, "orders", 3), True, 0))
add("en", "Top 10 customers in Germany by revenue", OR,
    table(["customer_id"], "revenue", top_customers(o.filter(pl.col("country") == "Germany"), "revenue", 10), True))
add("de", "Beste Kunden 2011 nach Umsatz, top 5", OR,
    table(["customer_id"], "revenue", top_customers(window(o, *year(2011)), "revenue", 5), True))
by_c = by_group(o, "country", rev)
add("de", "Umsatz nach Land", OR, table(["country"], "revenue", top(by_c, 8)))
add("en", "Revenue per country, top 4", OR, table(["country"], "revenue", top(by_c, 4), True))
tot = sum(v for _, v in by_c)
add("de", "Umsatzanteil je Land", OR, table(["country"], "revenue_share", [[k, v / tot] for k, v in top(by_c, 5)]),
    note="groups compared = all countries, so share of total revenue")
add("en", "What share of revenue comes from the United Kingdom?", OR,
    table(["country"], "revenue_share", [["United Kingdom", dict(by_c)["United Kingdom"] / tot]]))
add("en", "Which country has the most customers after the UK? Show customers per country", OR,
    table(["country"], "customers", top(by_group(o, "country", n_customers), 3), True, 0))
add("de", "Monatlicher Umsatz 2011", OR,
    table(["month"], "revenue", months_table(o, dt.date(2011, 1, 1), dt.date(2011, 12, 1), rev), True))
add("en", "quarterly revenue trend", OR,
    table(["quarter"], "revenue", [[f"{y}-Q{q}", rev(window(o, *quarter(y, q)))]
                                   for y, q in ((2010, 4), (2011, 1), (2011, 2), (2011, 3), (2011, 4))]))
add("de", "Umsatz pro Jahr", OR, table(["year"], "revenue", [[y, rev(window(o, *year(y)))] for y in (2010, 2011)]))
add("en", "How many orders per month in 2011?", OR,
    table(["month"], "orders", months_table(o, dt.date(2011, 1, 1), dt.date(2011, 12, 1), n_orders), False, 0))
add("en", "Number of customers per month, 2011", OR,
    table(["month"], "customers", months_table(o, dt.date(2011, 1, 1), dt.date(2011, 12, 1), n_customers), False, 0))
add("de", "Wie hoch ist der Anteil der Kunden, die mehr als einmal bestellt haben?", OR,
    scalar("repeat_rate", repeat_rate(o)))
add("en", "repeat purchase rate in Germany", OR, scalar("repeat_rate", repeat_rate(o.filter(pl.col("country") == "Germany"))),
    note="customers with >=2 orders placed in Germany / customers with an order in Germany")
add("de", "Kundenbindungsrate 2011", OR, scalar("retention_rate", retention(o, year(2010), year(2011))),
    note="retention 2011 = of 2010's customers (only Dec 2010 here) the share ordering in 2011")
add("en", "churn rate for 2011?", OR, scalar("churn_rate", 1 - retention(o, year(2010), year(2011))))
add("en", "Retention from Q2 to Q3 2011", OR, scalar("retention_rate", retention(o, quarter(2011, 2), quarter(2011, 3))))
add("de", "Wie viel Umsatz ist ohne Kundennummer?", OR,
    scalar("unattributed_revenue", rev(o.filter(pl.col("customer_id").is_null()))))
add("de", "Wie viele Stück haben wir 2011 verkauft?", OR, scalar("quantity", window(o, *year(2011))["quantity"].sum(), 0),
    note="quantity = sum of quantity over all lines (returns negative), per metrics.md")
add("en", "How many order lines are in the data?", OR, scalar("order_lines", o.height, 0))
ab = abc(o)
add("de", "Wie viele A-Kunden haben wir?", OR, scalar("customers", ab.filter(pl.col("abc_class") == "A").height, 0))
add("en", "ABC analysis: share of revenue per class", OR,
    table(["abc_class"], "revenue_share", [[c, ab.filter(pl.col("abc_class") == c)["revenue"].sum() / ab["revenue"].sum()]
                                           for c in "ABC"]))
rf = rfm(o)
seg_counts = {k: v for k, v in rf.group_by("rfm_segment").len().iter_rows()}
add("de", "Kunden je RFM-Segment", OR, table(["rfm_segment"], "customers", [[k, v] for k, v in sorted(seg_counts.items())], tol=0))
add("en", "How many customers are Hibernating?", OR, scalar("customers", seg_counts["Hibernating"], 0))
add("de", "Wie viele Kunden sind im Segment Loyal?", OR, scalar("customers", seg_counts["Loyal"], 0))
ct = customer_table(o)
add("de", "Wie viele Bestellungen hatte Kunde 12347?", OR,
    scalar("orders", ct.filter(pl.col("customer_id") == 12347)["orders"][0], 0))
add("en", "Revenue of customer 14646 in 2011", OR,
    scalar("revenue", rev(window(o.filter(pl.col("customer_id") == 14646), *year(2011)))))
aut = customers_set(window(o.filter(pl.col("country") == "Austria"), *month(2011, 11))).to_list()
add("de", "Welche Kunden aus Österreich haben im November 2011 bestellt?", OR, keyset(["customer_id"], aut),
    note="German country name for 'Austria'; a list of customers")
prod = by_group(o, "product_id", rev)
desc = by_group(o, "description", rev)
add("en", "Top 5 products by revenue", OR,
    {"kind": "table", "keys": ["product_id"], "metric": "revenue", "rows": [[k, r2(v)] for k, v in top(prod, 5)],
     "ordered": True, "rel_tol": 0.001,
     "alternatives": [table(["description"], "revenue", top(desc, 5), True)]},
    note="products by StockCode; by description accepted as an alternative")
cl, _ = clv_table(o)
top_clv = cl.sort(["clv", "customer_id"], descending=[True, False])["customer_id"].head(10).to_list()
add("en", "Which 10 customers have the highest predicted customer lifetime value?", OR,
    topset(["customer_id"], "clv", top_clv, 6), note="BG/NBD + Gamma-Gamma, 12 months, margin 1.0, 10 % p.a.")
champ = set(rf.filter(pl.col("rfm_segment") == "Champions")["customer_id"].to_list())
add("de", "Wie viel Umsatz machen unsere Champions?", OR,
    scalar("revenue", rev(o.filter(pl.col("customer_id").is_in(list(champ))))),
    note="revenue of the customers in the RFM segment Champions (all their lines)")
add("en", "Revenue excluding the United Kingdom", OR, scalar("revenue", rev(o.filter(pl.col("country") != "United Kingdom"))),
    note="exclusion filter; 'Unspecified' country lines are kept")
add("de", "Umsatz ohne Großbritannien im Jahr 2011", OR,
    scalar("revenue", rev(window(o.filter(pl.col("country") != "United Kingdom"), *year(2011)))))
add("en", "How many customers have placed more than 10 orders?", OR,
    scalar("customers", ct.filter(pl.col("orders") > 10).height, 0))
add("de", "Umsatz zwischen März und Mai 2011", OR, scalar("revenue", rev(window(o, dt.date(2011, 3, 1), dt.date(2011, 6, 1)))),
    note="März to Mai inclusive")
add("en", "Which month of 2011 had the highest revenue?", OR,
    table(["month"], "revenue", top(months_table(o, dt.date(2011, 1, 1), dt.date(2012, 1, 1), rev), 1), True))
add("en", "Revenue in Germany and France by year", OR,
    table(["country", "year"], "revenue", [[cn, y, rev(window(o.filter(pl.col("country") == cn), *year(y)))]
                                           for cn in ("Germany", "France") for y in (2010, 2011)]))
add("de", "Umsatz der letzten 6 Monate", OR, scalar("revenue", rev(window(o, dt.date(2011, 6, 1), D))),
    note="last N months = the N calendar months before December 2011 plus December up to the analysis date")
add("de", "Anzahl Bestellungen letztes Jahr", OR, scalar("orders", n_orders(window(o, *year(2010))), 0),
    note="letztes Jahr = last complete year = 2010, which here is only December 2010")
add("en", "Revenue in Spain year to date", OR, scalar("revenue", rev(window(o.filter(pl.col("country") == "Spain"), dt.date(2011, 1, 1), D))))
add("de", "Wie hoch war der Umsatz am 5. Dezember 2011?", OR, scalar("revenue", rev(window(o, dt.date(2011, 12, 5), dt.date(2011, 12, 6)))))
add("de", "Welcher Kunde hat 2011 in Frankreich den meisten Umsatz gemacht?", OR,
    table(["customer_id"], "revenue", top_customers(window(o.filter(pl.col("country") == "France"), *year(2011)), "revenue", 1), True))
add("en", "average order value per month in 2011", OR,
    table(["month"], "aov", months_table(o, dt.date(2011, 1, 1), dt.date(2011, 12, 1), aov)))
gross = o.filter(~pl.col("cancel_prefix") & (pl.col("amount") > 0))["amount"].sum()
add("en", "What was our revenue before returns?", OR, scalar("revenue", gross),
    note="gross = sum of the non-reversing lines; metrics.md only defines net revenue, so a clarify naming 'returns' is "
         "acceptable; answering the NET revenue would be a silent substitution", clarify_ok="returns")
ret_val = -o.filter(pl.col("cancel_prefix") | (pl.col("amount") < 0))["amount"].sum()
add("de", "Wie viel Umsatz ging 2011 durch Retouren verloren?", OR,
    scalar(["returns", "return_value", "revenue"], -window(o.filter(pl.col("cancel_prefix") | (pl.col("amount") < 0)), *year(2011))["amount"].sum()),
    note="value of the reversing lines in 2011 (as a positive number); clarify naming Retouren acceptable", clarify_ok="Retouren")
add("en", "How many cancelled invoices were there in 2011?", OR,
    scalar(["cancelled_orders", "orders", "cancellations"], window(o.filter(pl.col("cancel_prefix")), *year(2011))["order_id"].n_unique(), 0),
    note="distinct C-invoices in 2011", clarify_ok="cancelled")
# typos (a clarify naming the misspelled word is acceptable; a different answer is not)
add("de", "Umsazt 2011", OR, scalar("revenue", rev(window(o, *year(2011)))), typo="Umsazt")
add("en", "custmers in France in 2011", OR,
    scalar("customers", n_customers(window(o.filter(pl.col("country") == "France"), *year(2011))), 0), typo="custmers")
add("de", "Wie viele Bestelungen im Mai 2011?", OR, scalar("orders", n_orders(window(o, *month(2011, 5))), 0), typo="Bestelungen")
add("en", "avrage order value 2011", OR, scalar("aov", aov(window(o, *year(2011)))), typo="avrage")
add("de", "Top 5 Kuden nach Umsatz", OR, table(["customer_id"], "revenue", top_customers(o, "revenue", 5), True), typo="Kuden")
add("de", "Was versteht ihr unter Wiederkaufsrate?", OR, definition("2", "zwei", "mehr als ein", "mindestens"))
add("en", "How do you define an active customer?", OR, definition("order", "bestell"))
add("en", "What does AOV mean?", OR, definition("order", "revenue"))
# --- must be asked back (online_retail)
add("de", "Umsatz nach Flurbx", OR, refuse("Flurbx"), note="nonsense word in an otherwise fine question (a one-edit typo such as Lnad is corrected and shown instead, docs/ask.md)")
add("en", "Revenue by region", OR, refuse("region"), note="no region column")
add("de", "Wie hoch ist die Marge pro Produktkategorie?", OR, refuse("Produktkategorie"))
add("en", "What's our NPS?", OR, refuse("NPS"), note="no survey data")
add("de", "Umsatz nach Geschlecht", OR, refuse("Geschlecht"))
add("de", "Umsatz je Vertriebsmitarbeiter 2011", OR, refuse("Vertriebsmitarbeiter"))
add("de", "Wie viele Kunden haben den Newsletter abonniert?", OR, refuse("Newsletter"))
add("en", "What's the conversion rate of our website?", OR, refuse("website"))
add("en", "Revenue from premium customers", OR, refuse("premium"), note="no such segment or flag")
add("de", "Wie läuft der Laden so?", OR, refuse(), note="vague")
add("de", "Zeig mir den Umsatz nach Filiale", OR, refuse("Filiale"))
add("en", "How many customers did we lose to competitors last year?", OR, refuse("competitors"))
add("de", "Umsatz in Bayern", OR, refuse("Bayern"), note="not a country value")
add("en", "Revenue in Q5 2011", OR, refuse("Q5"))
add("de", "Durchschnittlicher Rabatt pro Bestellung", OR, refuse("Rabatt"), note="no discount column")
add("en", "What is the revenue of the flibbertigibbet segment?", OR, refuse("flibbertigibbet"))
add("de", "Umsatz nach Zahlungsart", OR, refuse("Zahlungsart"))
add("de", "Wie viele Kunden kommen aus Narnia?", OR, refuse("Narnia"))
add("de", "Umsatz der Kunden aus Berlin", OR, refuse("Berlin"), note="no city column; Berlin not a value")
add("en", "revenue by supplier", OR, refuse("supplier"))
add("de", "Top-Kunden nach Kundenzufriedenheit", OR, refuse("Kundenzufriedenheit"), note="no survey data")
add("en", "Revenue by age group", OR, refuse("age"))
add("en", "How many customers clicked on the summer campaign email?", OR, refuse("campaign"))
add("de", "Umsatz nach Wochentag und Wetter", OR, refuse("Wetter"))
add("en", "Revenue B2B vs B2C", OR, refuse("B2B"), note="no kind column")
add("de", "Welche Kunden haben sich beschwert?", OR, refuse("beschwer"), note="no interactions table")
add("de", "Wie hoch ist der Lagerbestand?", OR, refuse("Lagerbestand"))
add("en", "Revenue in Germany in Q3 2011 by sales channel", OR, refuse("channel"), note="no channel column: must not drop 'by sales channel'")
add("de", "Wie viele Kunden haben wir in Frankreich, Belgien und Absurdistan?", OR, refuse("Absurdistan"))

# =============================================================================================
# 2. CDNOW_master.txt (no order id: one order per customer and day; dollar_value = amount)
# =============================================================================================
CD = "cdnow/CDNOW_master.txt"
c = load_cdnow()
DC = as_of(c)  # 1998-07-01
assert DC == dt.date(1998, 7, 1)
add("en", "Total sales in dollars?", CD, scalar("revenue", rev(c)), note="'sales' = revenue (header synonym)")
add("de", "Umsatz 1997", CD, scalar("revenue", rev(window(c, *year(1997)))))
add("de", "Umsatz von Januar bis März 1998", CD, scalar("revenue", rev(window(c, dt.date(1998, 1, 1), dt.date(1998, 4, 1)))))
add("en", "revenue last quarter", CD, scalar("revenue", rev(window(c, *quarter(1998, 2)))))
add("de", "Wie viel Umsatz im letzten Monat?", CD, scalar("revenue", rev(window(c, *month(1998, 6)))))
add("en", "How much revenue did we make in the last ninety days?", CD,
    scalar("revenue", rev(window(c, DC - dt.timedelta(days=90), DC))))
add("de", "Umsatz seit Maerz 1998", CD, scalar("revenue", rev(window(c, dt.date(1998, 3, 1), DC))), note="ae spelling")
add("en", "Revenue this year", CD, scalar("revenue", rev(window(c, dt.date(1998, 1, 1), DC))), note="this year = 1998 up to 1998-07-01")
add("en", "How many customers bought in 1998?", CD, scalar("customers", n_customers(window(c, *year(1998))), 0))
add("de", "Anzahl Kunden insgesamt", CD, scalar("customers", n_customers(c), 0),
    note="customers with at least one positive order; zero-dollar days are not orders")
add("en", "How many orders in Q1 1997?", CD, scalar("orders", n_orders(window(c, *quarter(1997, 1))), 0))
add("de", "Wie viele Bestellungen gab es im Februar 1998?", CD, scalar("orders", n_orders(window(c, *month(1998, 2))), 0))
add("en", "how many purchases in total", CD, scalar("orders", n_orders(c), 0))
add("en", "average order value", CD, scalar("aov", aov(c)))
add("de", "Durchschnittlicher Bestellwert 1998", CD, scalar("aov", aov(window(c, *year(1998)))))
add("de", "Durchschnittlicher Bestellwert pro Quartal", CD,
    table(["quarter"], "aov", [[f"{y}-Q{q}", aov(window(c, *quarter(y, q)))] for y, q in
                               ((1997, 1), (1997, 2), (1997, 3), (1997, 4), (1998, 1), (1998, 2))]))
add("en", "monthly revenue 1997", CD, table(["month"], "revenue", months_table(c, dt.date(1997, 1, 1), dt.date(1998, 1, 1), rev), True))
add("de", "Umsatz je Jahr", CD, table(["year"], "revenue", [[y, rev(window(c, *year(y)))] for y in (1997, 1998)]))
add("en", "Revenue by quater in 1998", CD,
    table(["quarter"], "revenue", [["1998-Q1", rev(window(c, *quarter(1998, 1)))], ["1998-Q2", rev(window(c, *quarter(1998, 2)))]]),
    typo="quater")
add("en", "What is the repeat rate?", CD, scalar("repeat_rate", repeat_rate(c)))
add("de", "Kundenbindungsrate 1998 im Vergleich zu 1997", CD, scalar("retention_rate", retention(c, year(1997), year(1998))))
add("en", "Churn rate 1998", CD, scalar("churn_rate", 1 - retention(c, year(1997), year(1998))),
    note="1998 incomplete (Jan-Jun): a note should say so")
add("en", "Retention Q1 1998 vs Q4 1997", CD, scalar("retention_rate", retention(c, quarter(1997, 4), quarter(1998, 1))))
add("en", "new customers in February 1997", CD, scalar("new_customers", new_customers(c, *month(1997, 2)), 0))
add("de", "Neukunden pro Monat", CD,
    table(["month"], "new_customers", [[f"1997-0{k}", new_customers(c, *month(1997, k))] for k in (1, 2, 3)], tol=0),
    note="all customers first bought in Q1 1997; other months have 0 (may be absent or 0)")
add("de", "Wie viele Neukunden hatten wir 1998?", CD, scalar("new_customers", new_customers(c, *year(1998)), 0),
    note="0: the cohort closed in March 1997")
add("en", "top 10 customers by revenue", CD, table(["customer_id"], "revenue", top_customers(c, "revenue", 10), True))
add("de", "Die fünf Kunden mit den meisten Käufen", CD, table(["customer_id"], "orders", top_customers(c, "orders", 5), True, 0))
add("en", "How many CDs did we sell in total?", CD, scalar(["quantity", "sum_number_of_cds"], c["quantity"].sum(), 0),
    note="number_of_cds is the quantity column (not a listed header synonym; either name accepted)")
cc, _ = clv_table(c)
add("en", "Top 10 customers by CLV", CD,
    topset(["customer_id"], "clv", cc.sort(["clv", "customer_id"], descending=[True, False])["customer_id"].head(10).to_list(), 6))
add("de", "Welche Kunden werden in den nächsten 90 Tagen am meisten bestellen? Top 10", CD,
    topset(["customer_id"], "expected_orders",
           cc.sort(["expected_orders", "customer_id"], descending=[True, False])["customer_id"].head(10).to_list(), 6))
add("en", "What is the probability that customer 2 is still active?", CD,
    scalar("p_alive", cc.filter(pl.col("customer_id") == 2)["p_alive"][0], 0.03),
    note="BG/NBD fit on the master file in days; P(alive) is time-unit invariant; 3 % tolerance for fit differences")
abc_c = abc(c)
add("en", "How many C customers are there?", CD, scalar("customers", abc_c.filter(pl.col("abc_class") == "C").height, 0))
rfc = rfm(c)
add("de", "Anzahl Kunden pro RFM-Segment", CD,
    table(["rfm_segment"], "customers", sorted(list(map(list, rfc.group_by("rfm_segment").len().iter_rows()))), tol=0))
add("en", "How many customers bought in the last 30 days?", CD,
    scalar("customers", n_customers(window(c, DC - dt.timedelta(days=30), DC)), 0))
ones = customer_table(c).filter(pl.col("orders") == 1).height
add("de", "Wie viele Kunden haben nur ein einziges Mal gekauft?", CD, scalar("customers", ones, 0),
    note="customers with exactly one order (repeat-rate complement)")
add("en", "Which 10 customers have the highest churn risk?", CD,
    topset(["customer_id"], "churn_risk",
           cc.sort(["churn_risk", "customer_id"], descending=[True, False])["customer_id"].head(10).to_list(), 4),
    note="BG/NBD 1 - P(alive); the top values are near-ties close to 1, so only 4 of 10 are required")
ctc = customer_table(c)
add("en", "How many customers spent more than 100 dollars in total?", CD, scalar("customers", ctc.filter(pl.col("revenue") > 100).height, 0),
    clarify_ok="spent")
add("en", "Revenue in the first half of 1997", CD, scalar("revenue", rev(window(c, dt.date(1997, 1, 1), dt.date(1997, 7, 1)))))
add("de", "Umsatz im zweiten Halbjahr 1997", CD, scalar("revenue", rev(window(c, dt.date(1997, 7, 1), dt.date(1998, 1, 1)))))
add("en", "Which month had the most orders?", CD,
    table(["month"], "orders", top(months_table(c, dt.date(1997, 1, 1), dt.date(1998, 7, 1), n_orders), 1), True, 0))
add("de", "Wie viele Kunden haben 1997 mindestens zweimal bestellt?", CD,
    scalar("customers", customer_table(window(c, *year(1997))).filter(pl.col("orders") >= 2).height, 0))
add("en", "revenu in 1997", CD, scalar("revenue", rev(window(c, *year(1997)))), typo="revenu")
add("de", "Anzahl Kunen 1998", CD, scalar("customers", n_customers(window(c, *year(1998))), 0), typo="Kunen")
add("de", "Wie ist der prognostizierte Kundenwert definiert?", CD, definition("BG/NBD", "Gamma", "erwartet", "prognos", "expected"))
# --- must be asked back (CDNOW)
add("de", "Umsatz nach Land", CD, refuse("Land"), note="CDNOW has no country column")
add("en", "Revenue by genre", CD, refuse("genre"))
add("en", "Which artist sells best?", CD, refuse("artist"))
add("de", "Umsatz nach Vertriebskanal", CD, refuse("Vertriebskanal"), note="no channel column")
add("en", "What's the average rating of our CDs?", CD, refuse("rating"))
add("de", "Wie viele Kunden haben eine Gold-Mitgliedschaft?", CD, refuse("Gold"))
add("en", "Revenue per product", CD, refuse("product"), note="no product column")
add("de", "Umsatz mit Vinyl", CD, refuse("Vinyl"))
add("en", "How many customers switched to Amazon?", CD, refuse("Amazon"))
add("de", "Wie zufrieden sind unsere Kunden?", CD, refuse(), note="no survey data")
add("en", "Revenue by zorblax", CD, refuse("zorblax"))
add("en", "Revenue by customer age", CD, refuse("age"))
add("de", "Umsatz nach Postleitzahl", CD, refuse("Postleitzahl"))

# =============================================================================================
# 3. foreign/sales_data_sample.csv (B2B, STATUS column, CUSTOMERNAME identifies the customer)
# =============================================================================================
SD = "foreign/sales_data_sample.csv"
s = load_sales()
DS = as_of(s)  # 2005-06-01
PL = [["productline", "product_line"]]
add("de", "Wie hoch ist der Umsatz?", SD, scalar("revenue", rev(s)), note="Cancelled lines are never a sale (metrics.md status rule)")
add("en", "Revenue by product line", SD, table(PL, "revenue", by_group(s, "PRODUCTLINE", rev)))
add("de", "Umsatz je Territory", SD, table(["territory"], "revenue", by_group(s, "TERRITORY", rev)),
    note="NA = North America, a literal value")
add("en", "How many orders did we have in 2004?", SD, scalar("orders", n_orders(window(s, *year(2004))), 0))
add("de", "Anzahl Kunden", SD, scalar("customers", n_customers(s), 0))
add("en", "Top 5 customers by revenue", SD,
    table([["customer_id", "name", "customername"]], "revenue", top_customers(s, "revenue", 5), True))
add("de", "Umsatz nach Dealsize", SD, table([["dealsize", "deal_size"]], "revenue", by_group(s, "DEALSIZE", rev)))
add("de", "Wie viele Positionen wurden storniert?", SD,
    scalar(["cancelled_lines", "order_lines", "lines", "count"], s.filter(pl.col("cancelled")).height, 0),
    note="metrics.md: answers can count such lines on request")
add("en", "Revenue in Q4 2004", SD, scalar("revenue", rev(window(s, *quarter(2004, 4)))))
add("de", "Umsatz letztes Jahr", SD, scalar("revenue", rev(window(s, *year(2004)))), note="last complete year before 2005-06-01")
add("en", "average order value in France", SD, scalar("aov", aov(s.filter(pl.col("COUNTRY") == "France"))))
add("de", "Umsatz der Produktlinie Motorcycles 2004", SD,
    scalar("revenue", rev(window(s.filter(pl.col("PRODUCTLINE") == "Motorcycles"), *year(2004)))))
add("en", "Revenue from Classic Cars in the USA", SD,
    scalar("revenue", rev(s.filter((pl.col("PRODUCTLINE") == "Classic Cars") & (pl.col("COUNTRY") == "USA")))))
add("en", "Average MSRP per product line", SD,
    table(PL, "mean_msrp", by_group(sales(s), "PRODUCTLINE", lambda g: g["MSRP"].mean()), tol=0.01),
    note="mean over sale lines; incl. cancelled lines differs < 1 %, tolerance 1 %")
add("en", "Monthly revenue 2005", SD, table(["month"], "revenue", months_table(s, dt.date(2005, 1, 1), dt.date(2005, 6, 1), rev), True))
add("de", "Wiederkaufsrate", SD, scalar("repeat_rate", repeat_rate(s)))
add("en", "Which product line had the highest revenue in 2003?", SD,
    table(PL, "revenue", top(by_group(window(s, *year(2003)), "PRODUCTLINE", rev), 1), True))
add("de", "Umsatz nach Stadt, Top 5", SD, table(["city"], "revenue", top(by_group(s, "CITY", rev), 5), True))
add("de", "Wie viele Kunden haben 2005 bestellt?", SD, scalar("customers", n_customers(window(s, *year(2005))), 0))
add("en", "Revenue from orders on hold", SD, scalar("revenue", rev(s.filter(pl.col("STATUS") == "On Hold"))))
add("en", "How many orders are in process?", SD, scalar("orders", n_orders(s.filter(pl.col("STATUS") == "In Process")), 0))
add("de", "Umsatz großer Deals in EMEA", SD,
    scalar("revenue", rev(s.filter((pl.col("DEALSIZE") == "Large") & (pl.col("TERRITORY") == "EMEA")))),
    note="große Deals = DEALSIZE Large", clarify_ok="großer")
add("de", "Umsatz außerhalb der USA", SD, scalar("revenue", rev(s.filter(pl.col("COUNTRY") != "USA"))))
add("en", "Revenue by prodcut line", SD, table(PL, "revenue", by_group(s, "PRODUCTLINE", rev)), typo="prodcut")
add("en", "What counts as an order?", SD, definition("positive", "cancel", "storn", "order_id", "distinct"))
add("de", "Umsatz in Japan", SD, refuse("Japan"), note="'Japan' is a TERRITORY and a COUNTRY value: ask back (metrics.md)")
add("de", "Umsatz je Außendienstmitarbeiter", SD, refuse("Außendienstmitarbeiter"))
add("en", "Revenue of Ferrari models", SD, refuse("Ferrari"))
add("en", "Average delivery time per order", SD, refuse("delivery"))
add("de", "Umsatz nach Marke", SD, refuse("Marke"))
add("en", "Revenue by shipping method", SD, refuse("shipping"))
add("de", "Umsatz nach Kundenzufriedenheit", SD, refuse("Kundenzufriedenheit"))

# =============================================================================================
# 4. foreign/Churn_Modelling.csv (a bank's customer table alone; Exited = churn flag)
# =============================================================================================
CH = "foreign/Churn_Modelling.csv"
b = pl.read_csv(DATA / CH)
GEO = [["geography", "country"]]
CR = ["churn_rate", "share_exited"]
add("de", "Wie viele Kunden haben wir?", CH, scalar("customers", b.height, 0))
add("en", "What's the churn rate?", CH, scalar(CR, b["Exited"].mean()), note="Exited flag -> churn_rate (metrics.md)")
add("en", "churn rate by Geography", CH, table(GEO, CR, b.group_by("Geography").agg(pl.col("Exited").mean()).rows()))
add("de", "Abwanderungsrate nach Land", CH, table(GEO, CR, b.group_by("Geography").agg(pl.col("Exited").mean()).rows()),
    note="Land -> Geography is the analyst's reading (the only country-like column); a clarify naming Land is acceptable",
    clarify_ok="Land")
add("en", "Average balance by Geography", CH, table(GEO, "mean_balance", b.group_by("Geography").agg(pl.col("Balance").mean()).rows()))
add("en", "Number of customers by NumOfProducts", CH,
    table(["num_of_products"], "customers", b.group_by("NumOfProducts").len().rows(), tol=0))
add("de", "Durchschnittsalter der Kunden", CH, scalar(["mean_age", "age"], b["Age"].mean()))
add("en", "churn rate by gender", CH, table(["gender"], CR, b.group_by("Gender").agg(pl.col("Exited").mean()).rows()))
add("en", "Share of active members", CH, scalar(["share_is_active_member", "share_isactivemember"], b["IsActiveMember"].mean()))
add("de", "Wie viele Kunden haben eine Kreditkarte?", CH, scalar("customers", b.filter(pl.col("HasCrCard") == 1).height, 0),
    note="HasCrCard flag = 1", clarify_ok="Kreditkarte")
add("en", "mean CreditScore by Geography", CH,
    table(GEO, "mean_credit_score", b.group_by("Geography").agg(pl.col("CreditScore").mean()).rows()))
add("en", "average EstimatedSalary of customers who exited", CH,
    scalar("mean_estimated_salary", b.filter(pl.col("Exited") == 1)["EstimatedSalary"].mean()))
add("de", "Abwanderungsrate der Kunden in Deutschland", CH, scalar(CR, b.filter(pl.col("Geography") == "Germany")["Exited"].mean()),
    note="German country name for a Geography value")
add("en", "Churn rate by number of products", CH,
    table(["num_of_products"], CR, b.group_by("NumOfProducts").agg(pl.col("Exited").mean()).rows()))
add("de", "Summe der Balance aller Kunden", CH, scalar("sum_balance", b["Balance"].sum()))
add("en", "average Tenure by Geography", CH, table(GEO, "mean_tenure", b.group_by("Geography").agg(pl.col("Tenure").mean()).rows()),
    note="the client's Tenure column (years), not the order-based tenure_months")
add("de", "Wie viele Kunden sind in Spanien?", CH, scalar("customers", b.filter(pl.col("Geography") == "Spain").height, 0))
add("en", "churn rate among customers older than 50", CH, scalar(CR, b.filter(pl.col("Age") > 50)["Exited"].mean()))
add("en", "churn rate for customers with a balance of 0", CH, scalar(CR, b.filter(pl.col("Balance") == 0)["Exited"].mean()))
add("de", "Durchschnittsalter der abgewanderten Kunden", CH, scalar(["mean_age", "age"], b.filter(pl.col("Exited") == 1)["Age"].mean()),
    note="abgewandert = Exited 1")
add("en", "chrun rate by gender", CH, table(["gender"], CR, b.group_by("Gender").agg(pl.col("Exited").mean()).rows()), typo="chrun")
add("de", "Wie hoch war der Umsatz 2019?", CH, refuse(), note="needs order lines")
add("en", "Churn rate by account type", CH, refuse("account"))
add("de", "Durchschnittseinkommen nach Region", CH, refuse("Region"))
add("en", "Top 10 customers by CLV", CH, refuse(), note="CLV needs order lines")
add("de", "Abwanderung nach Bundesland", CH, refuse("Bundesland"))
add("en", "How many customers are in Italy?", CH, refuse("Italy"), note="Italy is not a Geography value")
add("de", "Abwanderungsrate nach Kündigungsgrund", CH, refuse("Kündigungsgrund"))

# =============================================================================================
# 5. foreign/marketing_campaign.csv (TAB-separated customer table; Response, Complain flags)
# =============================================================================================
MK = "foreign/marketing_campaign.csv"
m = pl.read_csv(DATA / MK, separator="\t")
add("de", "Wie viele Kunden gibt es?", MK, scalar("customers", m.height, 0))
add("en", "What's the response rate?", MK, scalar("share_response", m["Response"].mean()))
add("en", "complaint rate", MK, scalar(["complaint_rate", "share_complain"], m["Complain"].mean()), note="Complain -> complaint_rate")
add("de", "Durchschnittseinkommen nach Familienstand", MK,
    table(["marital_status"], "mean_income", m.group_by("Marital_Status").agg(pl.col("Income").mean()).rows()),
    note="Familienstand = marital_status (canonical German term); nulls ignored")
add("de", "Kunden nach Bildung", MK, table(["education"], "customers", m.group_by("Education").len().rows(), tol=0))
add("en", "Total spend on wine", MK, scalar("sum_mnt_wines", m["MntWines"].sum()),
    note="MntWines: wine -> the wine spend column", clarify_ok="wine")
add("en", "average income", MK, scalar("mean_income", m["Income"].mean()))
add("en", "Response rate by education", MK,
    table(["education"], "share_response", m.group_by("Education").agg(pl.col("Response").mean()).rows()))
add("en", "average NumWebPurchases by Education", MK,
    table(["education"], "mean_num_web_purchases", m.group_by("Education").agg(pl.col("NumWebPurchases").mean()).rows()))
add("de", "Beschwerdequote nach Familienstand", MK,
    table(["marital_status"], ["complaint_rate", "share_complain"], m.group_by("Marital_Status").agg(pl.col("Complain").mean()).rows()))
add("en", "Sum of MntMeatProducts by Education", MK,
    table(["education"], "sum_mnt_meat_products", m.group_by("Education").agg(pl.col("MntMeatProducts").sum()).rows()))
add("en", "How many customers accepted campaign 1?", MK, scalar("customers", m.filter(pl.col("AcceptedCmp1") == 1).height, 0),
    note="AcceptedCmp1 flag")
add("de", "Durchschnittliche Anzahl Webbesuche pro Monat", MK, scalar("mean_num_web_visits_month", m["NumWebVisitsMonth"].mean()),
    clarify_ok="Webbesuche")
add("de", "Wie viele Kunden sind verheiratet?", MK, scalar("customers", m.filter(pl.col("Marital_Status") == "Married").height, 0),
    note="verheiratet = Married (German label of a marital status)", clarify_ok="verheiratet")
add("en", "Max income per education level", MK,
    table(["education"], "max_income", m.group_by("Education").agg(pl.col("Income").max()).rows()))
add("de", "Anteil der Kunden mit Beschwerde bei PhD", MK, scalar(["complaint_rate", "share_complain"],
                                                                  m.filter(pl.col("Education") == "PhD")["Complain"].mean()))
add("en", "average income of customers with a PhD", MK, scalar("mean_income", m.filter(pl.col("Education") == "PhD")["Income"].mean()))
add("en", "response rate among customers who complained", MK, scalar("share_response", m.filter(pl.col("Complain") == 1)["Response"].mean()))
add("de", "Wie viele Kunden sind 2013 dazugekommen?", MK,
    scalar(["customers", "new_customers"], m.filter(pl.col("Dt_Customer").str.ends_with("2013")).height, 0),
    note="Dt_Customer (DD-MM-YYYY) = date the customer joined", clarify_ok="dazugekommen")
add("en", "respnse rate by marital status", MK,
    table(["marital_status"], "share_response", m.group_by("Marital_Status").agg(pl.col("Response").mean()).rows()), typo="respnse")
add("de", "Umsatz nach Land", MK, refuse("Land"))
add("en", "What is the churn rate?", MK, refuse(), note="no churn flag, no order history")
add("en", "Average income by city", MK, refuse("city"))
add("de", "Wie viele Kunden haben ein Haustier?", MK, refuse("Haustier"))
add("en", "response rate by gender", MK, refuse("gender"))
add("de", "Durchschnittseinkommen der Kunden mit Hund", MK, refuse("Hund"))
add("de", "Wie hoch ist der Umsatz pro Filiale?", MK, refuse("Filiale"))


def main():
    out = HERE / "questions_heldout.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for q in QUESTIONS:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")
    by = {}
    for q in QUESTIONS:
        k = (q["data"], q["expect"]["kind"] == "refuse")
        by[k] = by.get(k, 0) + 1
    print(f"wrote {len(QUESTIONS)} questions to {out}")
    for k, v in sorted(by.items()):
        print(f"  {k[0]:40s} {'refuse' if k[1] else 'answer'} {v}")


if __name__ == "__main__":
    main()
