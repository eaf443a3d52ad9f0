"""Write questions_fresh.jsonl: the fresh, independent evaluation set of Ask (issue 13).

    cd /work/wt_eval && .venv/bin/python tests/ask_fresh/build_fresh.py

Every expected value is computed here in plain polars from the raw files (Online Retail II, the three files
in ../shared/data/foreign/) or from the demo's raw tables, following ../shared/spec/metrics.md, through
tests/ask_eval/ask_eval_support.py and fresh_support.py; nothing is computed by insight.metrics/insight.query.

Ids are numbered per section in list order (fr = Online Retail II, fd = demo, fs = sales_data_sample,
fc = Churn_Modelling, fm = marketing_campaign): add new questions at the END of a section so that the
ids of fresh_gaps.py stay valid.

Kinds: scalar / table / topset / refuse as in ../shared/questions/README.md, plus ``definition`` (a
glossary question: status ok, no numbers, in the question's language). A refuse record may carry
``words``: the answer's text must name at least one of them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "ask_eval"))
import fresh_support as fs  # noqa: E402
from fresh_support import ref  # noqa: E402

II, DEMO = "online_retail_ii.parquet", "demo"
COUNTS = ("customers", "orders", "new_customers", "order_lines", "quantity")


def S(metric, value, tol=None) -> dict:
    if tol is None:
        tol = 0.0 if (metric in COUNTS or isinstance(value, int)) else 0.001
    return {"kind": "scalar", "metric": metric, "value": round(float(value), 6), "rel_tol": tol}


def T(keys, metric, rows, ordered=False, tol=None) -> dict:
    if isinstance(keys, str):
        keys = [keys]
    if tol is None:
        tol = 0.0 if metric in COUNTS else 0.001
    return {"kind": "table", "keys": keys, "metric": metric, "rows": rows, "ordered": ordered, "rel_tol": tol}


def TOP(keys, metric, rows, min_overlap) -> dict:
    """check.py compares the whole expected row with the answer's keys: keep the key values only."""
    rows = [list(r[: len(keys)]) for r in rows]
    return {"kind": "topset", "keys": keys, "metric": metric, "rows": rows, "min_overlap": min_overlap}


def R(*words) -> tuple[dict, dict]:
    return {"kind": "refuse"}, ({"words": list(words)} if words else {})


def DEF(*words) -> tuple[dict, dict]:
    return {"kind": "definition"}, {"words": list(words)}


# ================================================================================================
# Online Retail II
# ================================================================================================


def retail() -> list[tuple]:
    L = ref.retail_lines(pl.read_parquet(ref.DATA / II))
    a = ref.analysis_date(L)
    W = lambda window=(None, None), countries=None: ref.within(L, window, countries)  # noqa: E731
    _y09, y10, y11 = ref.calendar_year(2009), ref.calendar_year(2010), ref.calendar_year(2011)
    rev, cus, ords, aov = ref.revenue, ref.customers, ref.orders, ref.aov
    month = ref.calendar_month
    quarter = ref.calendar_quarter
    PC = ref.per_customer(L)
    A, RF = ref.abc(L), ref.rfm(L, a)
    seg = dict(ref.count_by(RF, "rfm_segment"))
    top_rev10 = ref.top_customers(L, "revenue", 10)
    ret11 = ref.retention(L, y10, y11)
    repeaters = PC.filter(pl.col("orders") >= 2).height
    abc_rev = [[k, round(v, 6)] for k, v in A.group_by("abc_class").agg(v=pl.col("revenue").sum()).sort("abc_class").iter_rows()]
    # recent frequency: proxy for the model's expected orders (topset with a loose overlap)
    recent = (ref.within(L, ref.last_days(a, 365)).filter(pl.col("valid") & pl.col("customer_id").is_not_null())
              .group_by("customer_id").agg(n=pl.col("day").n_unique()).sort(["n", "customer_id"], descending=[True, False]))
    recent_top = [[c, n] for c, n in recent.head(10).iter_rows()]

    def topc(lines, metric="revenue", n=5, asc=False):
        return ref.top_customers(lines, metric, n, asc)

    def ctry(lines, metric, n=None, asc=False):
        return ref.by_country(lines, metric, n, asc)

    def pick(rows, *names):
        return [r for r in rows if r[0] in names]

    qs = [
        # ---- revenue, in a consultant's own words ------------------------------------------------
        ("en", "How much money did the shop take in altogether?", S("revenue", rev(L))),
        ("de", "Was hat der Shop insgesamt eingenommen?", S("revenue", rev(L))),
        ("en", "What did we sell in calendar year 2011, in money?", S("revenue", rev(W(y11)))),
        ("de", "Wie viel Geld kam im Geschäftsjahr 2010 rein?", S("revenue", rev(W(y10)))),
        ("en", "net sales for December 2010", S("revenue", rev(W(month(2010, 12))))),
        ("de", "Erlös im November 2011", S("revenue", rev(W(month(2011, 11))))),
        ("en", "turnover in the second quarter of 2011", S("revenue", rev(W(quarter(2011, 2))))),
        ("de", "Umsatz Q1 2010", S("revenue", rev(W(quarter(2010, 1))))),
        ("en", "What revenue did we book over the past 30 days?", S("revenue", rev(W(ref.last_days(a, 30))))),
        ("de", "Umsatz der vergangenen 3 Monate", S("revenue", rev(W(ref.last_months(a, 3))))),
        ("en", "revenue in the previous month", S("revenue", rev(W(ref.last_month(a))))),
        ("de", "Umsatz im vorigen Quartal", S("revenue", rev(W(ref.last_quarter(a))))),
        ("en", "year-to-date revenue", S("revenue", rev(W(ref.this_year(a))))),
        ("de", "Wie viel Umsatz haben wir im Vereinigten Königreich gemacht?", S("revenue", rev(W(countries=["United Kingdom"])))),
        ("en", "sales generated in the Netherlands", S("revenue", rev(W(countries=["Netherlands"])))),
        ("de", "Umsatz in Frankreich im Jahr 2011", S("revenue", rev(W(y11, ["France"])))),
        ("en", "How much did Irish customers (EIRE) spend in 2010?", S("revenue", rev(W(y10, ["EIRE"])))),
        ("de", "Umsätze Deutschland Q4 2011", S("revenue", rev(W(quarter(2011, 4), ["Germany"])))),
        ("en", "Give me the monthly revenue for 2011", T("month", "revenue", ref.trend(W(y11), "revenue", "month"), True)),
        ("de", "Monatlicher Umsatz im Jahr 2010", T("month", "revenue", ref.trend(W(y10), "revenue", "month"), True)),
        ("en", "quarterly sales development in 2010", T("quarter", "revenue", ref.trend(W(y10), "revenue", "quarter"), True)),
        ("de", "Umsatzentwicklung je Quartal 2011", T("quarter", "revenue", ref.trend(W(y11), "revenue", "quarter"), True)),
        ("en", "annual revenue, year by year", T("year", "revenue", ref.trend(L, "revenue", "year"), True)),
        ("de", "Jahresumsätze im Vergleich", T("year", "revenue", ref.trend(L, "revenue", "year"), True)),
        ("en", "In which month of 2011 did we sell the most?", T("month", "revenue",
                                                                sorted(ref.trend(W(y11), "revenue", "month"), key=lambda r: -r[1])[:1], True)),
        ("de", "Welches Land bringt den meisten Umsatz?", T("country", "revenue", ctry(L, "revenue", 1), True)),
        ("en", "Rank the countries by sales and show me the best five", T("country", "revenue", ctry(L, "revenue", 5), True)),
        ("de", "Die drei umsatzstärksten Länder 2010", T("country", "revenue", ctry(W(y10), "revenue", 3), True)),
        ("en", "Which three countries brought in the least revenue?", T("country", "revenue", ctry(L, "revenue", 3, True), True)),
        ("de", "Umsatz für Deutschland und Frankreich nebeneinander", T("country", "revenue", [
            [c, round(rev(W(countries=[c])), 6)] for c in ("Germany", "France")])),
        ("en", "What share of revenue comes from each country? top 4", T("country", "revenue_share", ctry(L, "revenue_share", 4), True)),
        ("de", "Anteil am Gesamtumsatz je Land, Top 3", T("country", "revenue_share", ctry(L, "revenue_share", 3), True)),
        ("en", "How much revenue cannot be attributed to any customer?", S("unattributed_revenue", ref.unattributed_revenue(L))),
        ("de", "Umsatz ohne Kundennummer", S("unattributed_revenue", ref.unattributed_revenue(L))),
        # ---- orders, customers, AOV --------------------------------------------------------------
        ("en", "How many invoices with a real sale did we have?", S("orders", ords(L))),
        ("de", "Anzahl Bestellungen im Jahr 2011", S("orders", ords(W(y11)))),
        ("en", "number of orders in September 2011", S("orders", ords(W(month(2011, 9))))),
        ("de", "Wie viele Aufträge kamen aus Spanien?", S("orders", ords(W(countries=["Spain"])))),
        ("en", "orders per month during 2010", T("month", "orders", ref.trend(W(y10), "orders", "month"), True)),
        ("de", "Aufträge pro Quartal 2011", T("quarter", "orders", ref.trend(W(y11), "orders", "quarter"), True)),
        ("en", "Which country placed the most orders? top 3", T("country", "orders", ctry(L, "orders", 3), True)),
        ("de", "Wie viele verschiedene Käufer gab es insgesamt?", S("customers", cus(L))),
        ("en", "How many distinct buyers did we serve in 2010?", S("customers", cus(W(y10)))),
        ("de", "Zahl der Kunden im Dezember 2010", S("customers", cus(W(month(2010, 12))))),
        ("en", "How many customers bought from us in Belgium?", S("customers", cus(W(countries=["Belgium"])))),
        ("de", "Kundenzahl pro Monat 2011", T("month", "customers", ref.trend(W(y11), "customers", "month"), True)),
        ("en", "customer count by country, largest five", T("country", "customers", ctry(L, "customers", 5), True)),
        ("de", "Kunden in der Schweiz und in Österreich", T("country", "customers", [
            [c, cus(W(countries=[c]))] for c in ("Switzerland", "Austria")])),
        ("en", "What does the average order bring in?", S("aov", aov(L))),
        ("de", "Durchschnittlicher Bestellwert 2011", S("aov", aov(W(y11)))),
        ("en", "average basket value in Germany", S("aov", aov(W(countries=["Germany"])))),
        ("de", "Mittlerer Warenkorb pro Monat 2010", T("month", "aov", ref.trend(W(y10), "aov", "month"), True)),
        ("en", "Which countries have the highest average order value? top 3", T("country", "aov", ctry(L, "aov", 3), True)),
        ("de", "Wie viele Artikel wurden je Land verkauft? Top 3", T("country", "quantity", ctry(L, "quantity", 3), True)),
        # ---- top customers -------------------------------------------------------------------------
        ("en", "Who are our five biggest spenders?", T("customer_id", "revenue", topc(L), True)),
        ("de", "Nenne mir die zehn umsatzstärksten Kunden", T("customer_id", "revenue", topc(L, n=10), True)),
        ("en", "best three customers in 2011 by revenue", T("customer_id", "revenue", topc(W(y11), n=3), True)),
        ("de", "Die fünf Kunden mit den meisten Bestellungen", T("customer_id", "orders", topc(L, "orders"), True)),
        ("en", "Which customers ordered most often? top 3", T("customer_id", "orders", topc(L, "orders", 3), True)),
        ("de", "Top 3 Kunden in Frankreich nach Umsatz", T("customer_id", "revenue", topc(W(countries=["France"]), n=3), True)),
        ("en", "top 5 Dutch customers by revenue", T("customer_id", "revenue", topc(W(countries=["Netherlands"])), True)),
        ("de", "Welche Kunden haben den höchsten durchschnittlichen Bestellwert? Top 3",
         T("customer_id", "aov", topc(L, "aov", 3), True)),
        # ---- loyalty, new customers, repeat buyers ---------------------------------------------------
        ("en", "What share of our buyers came back for a second order?", S("repeat_rate", ref.repeat_rate(L))),
        ("de", "Wie viel Prozent der Kunden haben mehr als einmal bestellt?", S("repeat_rate", ref.repeat_rate(L))),
        ("en", "How many repeat customers do we have?", S("customers", repeaters)),
        ("de", "Wie viele Stammkunden haben wir?", S("customers", repeaters)),
        ("en", "How many customers have placed at least 2 orders?", S("customers", repeaters)),
        ("de", "Anzahl Kunden mit mindestens fünf Aufträgen", S("customers", PC.filter(pl.col("orders") >= 5).height)),
        ("en", "How many customers ordered exactly once?", S("customers", PC.filter(pl.col("orders") == 1).height)),
        ("de", "Wie viele Kunden aus 2010 haben 2011 wieder gekauft? (Kundenbindungsrate)", S("retention_rate", ret11)),
        ("en", "customer retention from 2010 to 2011", S("retention_rate", ret11)),
        ("de", "Welcher Anteil der Kunden von 2010 ist 2011 abgewandert?", S("churn_rate", 1 - ret11)),
        ("en", "What fraction of the 2010 buyers did we lose in 2011?", S("churn_rate", 1 - ret11)),
        ("de", "Wie viele neue Kunden haben wir 2011 gewonnen?", S("new_customers", ref.new_customers(L, y11))),
        ("en", "first-time buyers in 2010", S("new_customers", ref.new_customers(L, y10))),
        ("de", "Neukunden im Oktober 2011", S("new_customers", ref.new_customers(L, month(2011, 10)))),
        ("en", "new customer acquisition per month in 2011", T("month", "new_customers", [
            r for r in ref.new_customers_by(L, "month") if r[0].startswith("2011")], True)),
        ("de", "Neukunden pro Jahr", T("year", "new_customers", ref.new_customers_by(L, "year"), True)),
        # ---- segments -----------------------------------------------------------------------------------
        ("en", "ABC analysis: how many A, B and C customers?", T("abc_class", "customers", ref.count_by(A, "abc_class"))),
        ("de", "Wie verteilen sich die Kunden auf die ABC-Klassen?", T("abc_class", "customers", ref.count_by(A, "abc_class"))),
        ("en", "How many A customers are there?", T("abc_class", "customers", pick(ref.count_by(A, "abc_class"), "A"))),
        ("de", "Umsatz der A-, B- und C-Kunden", T("abc_class", "revenue", abc_rev)),
        ("en", "Break the customer base down by RFM segment", T("rfm_segment", "customers", ref.count_by(RF, "rfm_segment"))),
        ("de", "Kundenzahl je RFM-Segment", T("rfm_segment", "customers", ref.count_by(RF, "rfm_segment"))),
        ("en", "How many champions do we have?", S("customers", seg["Champions"])),
        ("de", "Wie viele Kunden sind Winterschläfer?", S("customers", seg["Hibernating"])),
        ("en", "How many customers are in the 'Can't Lose Them' segment?", S("customers", seg["Can't Lose Them"])),
        ("de", "Anzahl der treuen Kunden laut RFM (Segment Loyal)", S("customers", seg["Loyal"])),
        # ---- model questions (loose topsets) -----------------------------------------------------------
        ("en", "Which customers are expected to order the most in the next 90 days?",
         TOP(["customer_id"], "expected_orders", recent_top, 3)),
        ("de", "Wer sind unsere wertvollsten Kunden?", TOP(["customer_id"], ["revenue", "clv", "customer_value"], top_rev10, 3)),
        # ---- typos (edit distance 1-2, the reading is clear) ---------------------------------------------
        ("de", "Umsatz nach Lnad", T("country", "revenue", ctry(L, "revenue", 3), True)),
        ("en", "revenue by contry, top 3", T("country", "revenue", ctry(L, "revenue", 3), True)),
        ("de", "Kundne 2011", S("customers", cus(W(y11)))),
        ("en", "custmers in 2010", S("customers", cus(W(y10)))),
        ("de", "Auftärge 2010", S("orders", ords(W(y10)))),
        ("en", "ordres in 2011", S("orders", ords(W(y11)))),
        ("de", "Umsaz pro Quartal 2011", T("quarter", "revenue", ref.trend(W(y11), "revenue", "quarter"), True)),
        ("en", "revenu per month 2010", T("month", "revenue", ref.trend(W(y10), "revenue", "month"), True)),
        ("en", "avrage order value 2011", S("aov", aov(W(y11)))),
        ("de", "Wiederkaufsrtae", S("repeat_rate", ref.repeat_rate(L))),
        ("en", "retension rate 2011", S("retention_rate", ret11)),
        ("de", "Neukundn 2011", S("new_customers", ref.new_customers(L, y11))),
        ("de", "Umsatz in Frankriech", S("revenue", rev(W(countries=["France"])))),
        ("en", "revenue in Germnay in 2011", S("revenue", rev(W(y11, ["Germany"])))),
        ("de", "Top 5 Kudnen nach Umsatz", T("customer_id", "revenue", topc(L), True)),
        # ---- follow-ups: elliptical ones inherit, complete ones start afresh -----------------------------
        ("de", "und nur Deutschland?", S("revenue", rev(W(y11, ["Germany"]))), {"context": ["Was war der Umsatz 2011?"]}),
        ("en", "and for 2010?", T("country", "revenue", ctry(W(y10), "revenue", 5), True),
         {"context": ["top 5 countries by revenue"]}),
        ("de", "und 2010?", S("customers", cus(W(y10))), {"context": ["Wie viele Kunden hatten wir 2011?"]}),
        ("en", "and in the UK?", S("orders", ords(W(y10, ["United Kingdom"]))), {"context": ["How many orders in 2010?"]}),
        ("de", "und nach Aufträgen?", T("customer_id", "orders", topc(L, "orders", 10), True),
         {"context": ["Top 10 Kunden nach Umsatz"]}),
        ("en", "and by country?", T("country", "revenue", ctry(W(y11), "revenue", 3)), {"context": ["revenue 2011"]}),
        ("de", "und nur im Jahr 2011?", S("aov", aov(W(y11))), {"context": ["Wie hoch ist der durchschnittliche Bestellwert?"]}),
        ("en", "and 2010?", S("new_customers", ref.new_customers(L, y10)), {"context": ["new customers in 2011"]}),
        ("de", "nur die ersten drei", T("country", "revenue", ctry(L, "revenue", 3), True), {"context": ["Umsatz nach Land"]}),
        ("en", "How many customers do we have in total?", S("customers", cus(L)), {"context": ["revenue in France"]}),
        ("de", "Wie viele Kunden haben wir insgesamt?", S("customers", cus(L)), {"context": ["Umsatz in Deutschland 2011"]}),
        ("de", "Wer sind unsere wertvollsten Kunden?", TOP(["customer_id"], ["revenue", "clv", "customer_value"], top_rev10, 3),
         {"context": ["Welche Kunden drohen abzuwandern?"]}),
        ("en", "top customers", TOP(["customer_id"], ["revenue", "clv", "customer_value"], top_rev10, 5),
         {"context": ["Wie hoch ist die Wiederkaufsrate?"]}),
        ("en", "What was the total revenue in 2010?", S("revenue", rev(W(y10))), {"context": ["How many orders came from Germany?"]}),
        ("de", "Wie viele Aufträge gab es 2011?", S("orders", ords(W(y11))), {"context": ["Top 5 Kunden in Frankreich"]}),
        # ---- glossary -------------------------------------------------------------------------------------
        ("en", "What does NPS mean?", *DEF("promoter")),
        ("de", "Was bedeutet LTV?", *DEF("LTV")),
        ("de", "Was versteht ihr unter einem Kunden?", *DEF("Kunde")),
        ("en", "What is meant by repeat rate?", *DEF("order")),
        # ---- must be asked back: words naming what Online Retail II does not have -------------------------
        ("en", "Revenue by category", *R("category")),
        ("de", "Umsatz nach Branche", *R("Branche")),
        ("en", "How many customers have no phone number?", *R("phone")),
        ("de", "Marge nach Lieferant", *R("Lieferant")),
        ("de", "Umsatz je Vertriebskanal", *R("Vertriebskanal")),
        ("en", "revenue per sales rep", *R("rep")),
        ("de", "Wie viele Kunden haben eine E-Mail-Adresse hinterlegt?", *R("E-Mail", "mail")),
        ("en", "complaints per month in 2011", *R("complaint")),
        ("en", "NPS by country", *R("NPS", "promoter")),
        ("de", "Wie zufrieden sind die Kunden mit der Lieferung?", *R("zufrieden", "Lieferung")),
        ("en", "coupon redemption rate by campaign", *R("coupon", "redemption", "campaign")),
        ("de", "Umsatz nach Geschlecht", *R("Geschlecht")),
        ("en", "What is the average age of our customers?", *R("age")),
        ("en", "revenue by industry 2011", *R("industry")),
        ("de", "Umsatz nach Region", *R("Region")),
        ("de", "Umsatz der Warengruppe Möbel", *R("Warengruppe", "Möbel")),
        ("en", "How much did our B2B customers spend?", *R("B2B")),
        ("de", "Wie viele Kunden kommen aus Bayern?", *R("Bayern")),
        ("en", "revenue by payment method", *R("payment")),
        ("de", "Durchschnittliche Lieferzeit pro Land", *R("Lieferzeit")),
        ("en", "Which marketing campaign brought the most revenue?", *R("campaign")),
        ("de", "Umsatz pro Filiale", *R("Filiale")),
        ("en", "customers by income band", *R("income")),
        ("de", "Versandkosten nach Land", *R("Versandkosten")),
        ("en", "average discount per order", *R("discount")),
        ("de", "Wie viele Kunden haben den Newsletter abonniert?", *R("Newsletter")),
        ("en", "revenue by brand", *R("brand")),
        ("de", "Umsatz je Vertriebsmitarbeiter", *R("Vertriebsmitarbeiter")),
        ("en", "How many visitors did the web shop have in 2011?", *R("visitors")),
        ("de", "Gewinn nach Lieferant 2011", *R("Lieferant")),
        ("de", "Umsatz nach Flurbel", *R("Flurbel")),
        ("en", "revenue per zorglub", *R("zorglub")),
        ("de", "Wie viele Quastenflosser hatten wir 2011?", *R("Quastenflosser")),
        ("en", "Show me the rate", *R("rate")),
        ("de", "Wie hoch ist die Quote?", *R("Quote")),
        ("en", "Which customers have a loyalty card?", *R("loyalty card", "card")),
        ("de", "Umsatz nach Kundentyp", *R("Kundentyp")),
        ("en", "returns by reason", *R("reason")),
    ]
    return qs


# ================================================================================================
# Demo workspace
# ================================================================================================


def demo() -> list[tuple]:
    from ask_eval_questions_demo import demo_tables

    D, C, Sv, K = demo_tables()
    W = lambda window=(None, None), countries=None: ref.within(D, window, countries)  # noqa: E731
    y23, y24, y25 = ref.calendar_year(2023), ref.calendar_year(2024), ref.calendar_year(2025)
    att = D.filter(pl.col("customer_id").is_not_null()).join(
        C.select("customer_id", "kind", "industry", "acquisition_channel", "gender", "company_size"),
        on="customer_id", how="left")
    PC = ref.per_customer(D)
    P = fs.demo_profit_per_customer(D, C)
    buyers = PC.select("customer_id").join(C, on="customer_id", how="left")
    unprofitable = P.filter(pl.col("profit") < 0)
    worst = [[c, round(v, 6)] for c, v in unprofitable.sort(["profit", "customer_id"]).head(10)
             .select("customer_id", "profit").iter_rows()]
    # customer capital per customer (profit so far) vs acquisition cost
    not_paid_back = P.filter(pl.col("acquisition_cost").is_not_null() & (pl.col("profit") < pl.col("acquisition_cost"))).height
    nps_rows = Sv.filter(pl.col("nps").is_not_null())

    def nps(frame):
        return 100 * (frame.filter(pl.col("nps") >= 9).height - frame.filter(pl.col("nps") <= 6).height) / frame.height

    csat = fs.group_stat(Sv.filter(pl.col("satisfaction").is_not_null()), "aspect", pl.col("satisfaction").mean())
    red = fs.group_stat(K, "campaign", pl.col("redeemed_at").is_not_null().mean())
    cust_gender = fs.group_stat(buyers, "gender", pl.len())
    cust_size = fs.group_stat(buyers, "company_size", pl.len())
    funnel = fs.group_stat(C, "status", pl.len())
    margin = pl.when(pl.col("unit_cost").is_not_null() & (pl.col("unit_price") > 0)).then(
        (pl.col("unit_price") - pl.col("unit_cost")) / pl.col("unit_price")).otherwise(0.35)
    buyer_ids = PC.get_column("customer_id").implode()
    cts_total = C.filter(pl.col("customer_id").is_in(buyer_ids)).get_column("cost_to_serve").fill_null(0).sum()
    profit_total = D.select((pl.col("amount") * margin).sum()).item() - cts_total
    A = ref.abc(D)
    repeaters = PC.filter(pl.col("orders") >= 2).height

    def by(frame, key, metric):
        return fs.line_group(frame, key, metric)

    qs = [
        ("de", "Was haben wir im Jahr 2023 umgesetzt?", S("revenue", ref.revenue(W(y23)))),
        ("en", "How much revenue so far in 2025?", S("revenue", ref.revenue(W(y25)))),
        ("de", "Umsatz im ersten Halbjahr 2024 (Januar bis Juni)", S("revenue", ref.revenue(W((ref.calendar_month(2024, 1)[0],
                                                                                            ref.calendar_month(2024, 6)[1]))))),
        ("en", "revenue per quarter in 2024", T("quarter", "revenue", ref.trend(W(y24), "revenue", "quarter"), True)),
        ("de", "Wie viele Bestellungen gab es 2024?", S("orders", ref.orders(W(y24)))),
        ("en", "How many active buyers did we have in 2024?", S("customers", ref.customers(W(y24)))),
        ("de", "Durchschnittlicher Auftragswert 2024", S("aov", ref.aov(W(y24)))),
        ("en", "sales by channel in 2024", T("channel", "revenue", by(W(y24), "channel", "revenue"))),
        ("de", "Umsatz je Land, die besten drei", T("country", "revenue", ref.by_country(D, "revenue", 3), True)),
        ("en", "How many customers do we have in Switzerland?", S("customers", ref.customers(W(countries=["Switzerland"])))),
        ("de", "Umsatz mit Geschäftskunden", T("kind", "revenue", [["b2b", dict(by(att, "kind", "revenue"))["b2b"]]])),
        ("en", "revenue split between business and consumer customers", T("kind", "revenue", by(att, "kind", "revenue"))),
        ("de", "Umsatz je Branche 2024", T("industry", "revenue", by(ref.within(att, y24), "industry", "revenue"))),
        ("en", "customers by company size", T("company_size", "customers", cust_size)),
        ("de", "Kunden nach Geschlecht", T("gender", "customers", cust_gender)),
        ("en", "revenue by acquisition channel", T("acquisition_channel", "revenue", by(att, "acquisition_channel", "revenue"))),
        ("de", "Welcher Akquisekanal hat die meisten Kunden gebracht?", T("acquisition_channel", "customers",
                                                                         by(att, "acquisition_channel", "customers")[:1], True)),
        ("en", "top 5 customers by number of orders", T("customer_id", "orders", ref.top_customers(D, "orders", 5), True)),
        ("de", "Die drei besten Kunden 2024 nach Umsatz", T("customer_id", "revenue",
                                                            ref.top_customers(W(y24), "revenue", 3), True)),
        ("en", "What is our Net Promoter Score?", S("nps", nps(nps_rows))),
        ("de", "Kundenzufriedenheit je Aspekt", T("aspect", "csat", csat)),
        ("en", "redemption rate per coupon campaign", T("campaign", "redemption_rate", red)),
        ("de", "Wie viele Leads, Kontakte, Interessenten und Kunden haben wir?", T("stage", ["current", "customers", "count"], funnel, tol=0.0)),
        ("en", "repeat purchase rate", S("repeat_rate", ref.repeat_rate(D))),
        ("de", "Wie viele Stammkunden gibt es?", S("customers", repeaters)),
        ("en", "How many regular customers with two or more orders?", S("customers", repeaters)),
        ("de", "Kundenbindung 2024 gegenüber 2023", S("retention_rate", ref.retention(D, y23, y24))),
        ("en", "How many customers did we lose between 2023 and 2024, as a rate?", S("churn_rate", 1 - ref.retention(D, y23, y24))),
        ("de", "Neukunden 2023", S("new_customers", ref.new_customers(D, y23))),
        ("en", "total profit", S("profit", profit_total)),
        ("de", "Wie viele Kunden sind unrentabel?", S("customers", unprofitable.height)),
        ("en", "Which customers are unprofitable?", TOP(["customer_id"], "profit", worst, 7)),
        ("de", "Welche Kunden sind unrentabel?", TOP(["customer_id"], "profit", worst, 7)),
        ("en", "How many customers have not yet paid back their acquisition cost?", S("customers", not_paid_back)),
        ("de", "Wie viele Kunden haben keine Telefonnummer?", S("customers", buyers.filter(pl.col("phone").is_null()).height)),
        ("en", "How many customers have no phone number?", S("customers", buyers.filter(pl.col("phone").is_null()).height)),
        ("de", "Wie viele Kunden haben eine E-Mail-Adresse?", S("customers", buyers.filter(pl.col("email").is_not_null()).height)),
        ("en", "ABC classes: customers per class", T("abc_class", "customers", ref.count_by(A, "abc_class"))),
        # typos
        ("de", "Umsatz nach Lnad", T("country", "revenue", ref.by_country(D, "revenue", 3), True)),
        ("en", "revenue by chanel", T("channel", "revenue", by(D, "channel", "revenue"))),
        ("de", "Umsatz nach Brnache", T("industry", "revenue", by(att, "industry", "revenue"))),
        ("en", "custmers by acquisiton channel", T("acquisition_channel", "customers", by(att, "acquisition_channel", "customers"))),
        # follow-ups
        ("de", "und 2023?", S("revenue", ref.revenue(W(y23))), {"context": ["Umsatz 2024"]}),
        ("en", "and only in Austria?", S("customers", ref.customers(W(y24, ["Austria"]))),
         {"context": ["How many customers bought in 2024?"]}),
        ("de", "und nach Kanal?", T("channel", "revenue", by(W(y24), "channel", "revenue")), {"context": ["Umsatz 2024"]}),
        ("en", "Who are our most valuable customers?", TOP(["customer_id"], ["revenue", "clv", "customer_value"],
                                                           ref.top_customers(D, "revenue", 10), 3),
         {"context": ["Which customers are at risk of churning?"]}),
        ("de", "Wie hoch ist der NPS?", S("nps", nps(nps_rows)), {"context": ["Umsatz nach Land"]}),
        ("en", "What does churn risk mean?", *DEF("active", "churn")),
        ("de", "Was ist ein Kunde?", *DEF("Kunde")),
        # must be asked back: the demo has none of these
        ("de", "Umsatz nach Lieferant", *R("Lieferant")),
        ("en", "revenue by product category", *R("category")),
        ("de", "Marge je Filiale", *R("Filiale")),
        ("en", "How many customers own a dog?", *R("dog")),
        ("de", "Umsatz bei Regenwetter", *R("Regenwetter", "Regen")),
        ("en", "revenue by payment method", *R("payment")),
        ("de", "Durchschnittliche Lieferzeit", *R("Lieferzeit")),
        ("en", "shipping costs by country", *R("shipping")),
        ("de", "Umsatz nach Bundesland", *R("Bundesland")),
        ("en", "revenue per salesperson", *R("salesperson")),
        ("de", "Kunden nach Hobby", *R("Hobby")),
        ("en", "average discount by channel", *R("discount")),
        ("de", "Wie hoch ist der Blubberwert?", *R("Blubberwert")),
        ("en", "revenue by warehouse", *R("warehouse")),
        ("de", "Umsatz nach Marke", *R("Marke")),
        ("en", "How many customers follow us on Instagram?", *R("Instagram")),
        ("de", "Kunden mit Kundenkarte", *R("Kundenkarte")),
        ("en", "revenue by sales region", *R("region")),
    ]
    return qs


# ================================================================================================
# The foreign files
# ================================================================================================


def sales() -> list[tuple]:
    L = fs.sales_lines()
    W = lambda window=(None, None), countries=None: ref.within(L, window, countries)  # noqa: E731
    y03, y04, y05 = ref.calendar_year(2003), ref.calendar_year(2004), ref.calendar_year(2005)

    def by(frame, key, metric):
        return fs.line_group(frame, key, metric)

    PC = ref.per_customer(L)
    qs = [
        ("en", "What were total sales, leaving out cancelled orders?", S("revenue", ref.revenue(L))),
        ("de", "Gesamtumsatz", S("revenue", ref.revenue(L))),
        ("en", "revenue in 2003", S("revenue", ref.revenue(W(y03)))),
        ("de", "Umsatz im Jahr 2005", S("revenue", ref.revenue(W(y05)))),
        ("en", "sales per product line in 2004", T("productline", "revenue", by(W(y04), "productline", "revenue"))),
        ("de", "Umsatz je Produktlinie", T("productline", "revenue", by(L, "productline", "revenue"))),
        ("en", "revenue by territory", T("territory", "revenue", by(L, "territory", "revenue"))),
        ("de", "Umsatz nach Land, Top 3", T("country", "revenue", ref.by_country(L, "revenue", 3), True)),
        ("en", "How many orders did we get in 2004?", S("orders", ref.orders(W(y04)))),
        ("de", "Anzahl Aufträge insgesamt", S("orders", ref.orders(L))),
        ("en", "How many customers bought something?", S("customers", ref.customers(L))),
        ("de", "Wie viele Kunden hatten wir 2005?", S("customers", ref.customers(W(y05)))),
        ("en", "average order value", S("aov", ref.aov(L))),
        ("de", "Umsatz pro Quartal 2004", T("quarter", "revenue", ref.trend(W(y04), "revenue", "quarter"), True)),
        ("en", "monthly revenue in 2003", T("month", "revenue", ref.trend(W(y03), "revenue", "month"), True)),
        ("de", "Die fünf größten Kunden nach Umsatz", T("customer_id", "revenue", ref.top_customers(L, "revenue", 5), True)),
        ("en", "orders by deal size", T("dealsize", "orders", by(L, "dealsize", "orders"))),
        ("de", "Umsatz nach Dealgröße", T("dealsize", "revenue", by(L, "dealsize", "revenue"))),
        ("en", "customers per territory", T("territory", "customers", by(L, "territory", "customers"))),
        ("de", "Umsatz in Frankreich 2004", S("revenue", ref.revenue(W(y04, ["France"])))),
        ("en", "revenue of Classic Cars", T("productline", "revenue", [r for r in by(L, "productline", "revenue") if r[0] == "Classic Cars"])),
        ("de", "Wiederkaufsrate", S("repeat_rate", ref.repeat_rate(L))),
        ("en", "How many customers ordered at least twice?", S("customers", PC.filter(pl.col("orders") >= 2).height)),
        # typos, follow-ups
        ("en", "revenue by prodcut line", T("productline", "revenue", by(L, "productline", "revenue"))),
        ("de", "Umsatz nach Teritory", T("territory", "revenue", by(L, "territory", "revenue"))),
        ("de", "und nur 2004?", T("productline", "revenue", by(W(y04), "productline", "revenue")),
         {"context": ["Umsatz je Produktlinie"]}),
        ("en", "and by territory?", T("territory", "revenue", by(W(y05), "territory", "revenue")), {"context": ["revenue in 2005"]}),
        # must be asked back
        ("en", "revenue by category", *R("category")),
        ("de", "Umsatz nach Branche", *R("Branche")),
        ("en", "profit margin by sales rep", *R("rep")),
        ("de", "Wie zufrieden sind die Kunden?", *R("zufrieden")),
        ("en", "revenue per store", *R("store")),
        ("de", "Umsatz nach Lieferant", *R("Lieferant")),
    ]
    return qs


def churn() -> list[tuple]:
    c = fs.churn_table()
    share = lambda col, key: fs.group_stat(c, key, pl.col(col).mean())  # noqa: E731
    mean = lambda col, key: fs.group_stat(c, key, pl.col(col).mean())  # noqa: E731
    count = lambda key: fs.group_stat(c, key, pl.len())  # noqa: E731
    qs = [
        ("en", "How many customers are in the file?", S("customers", c.height)),
        ("de", "Wie viele Kunden haben wir?", S("customers", c.height)),
        ("en", "What share of customers left the bank?", S("churn_rate", c["Exited"].mean())),
        ("de", "Abwanderungsrate nach Land (Geography)", T("geography", "churn_rate", share("Exited", "Geography"))),
        ("en", "churn rate for men and women", T("gender", "churn_rate", share("Exited", "Gender"))),
        ("de", "Abwanderungsrate je Anzahl Produkte (NumOfProducts)", T("num_of_products", "churn_rate",
                                                                       share("Exited", "NumOfProducts"))),
        ("en", "churn rate by IsActiveMember", T("is_active_member", "churn_rate", share("Exited", "IsActiveMember"))),
        ("de", "Kunden je Geography", T("geography", "customers", count("Geography"))),
        ("en", "customers per NumOfProducts", T("num_of_products", "customers", count("NumOfProducts"))),
        ("de", "durchschnittliche Balance nach Geography", T("geography", "mean_balance", mean("Balance", "Geography"))),
        ("en", "average CreditScore by Gender", T("gender", "mean_credit_score", mean("CreditScore", "Gender"))),
        ("de", "Summe der Balance", S("sum_balance", c["Balance"].sum())),
        ("en", "mean EstimatedSalary", S("mean_estimated_salary", c["EstimatedSalary"].mean())),
        ("de", "Durchschnittsalter (Age) je Geography", T("geography", "mean_age", mean("Age", "Geography"))),
        ("en", "share of customers with HasCrCard by Geography", T("geography", "share_has_cr_card", share("HasCrCard", "Geography"))),
        ("de", "Anteil IsActiveMember", S("share_is_active_member", c["IsActiveMember"].mean())),
        ("en", "average Tenure of customers", S("mean_tenure", c["Tenure"].mean())),
        ("de", "Abwanderungsquote in Deutschland", T("geography", "churn_rate", [r for r in share("Exited", "Geography") if r[0] == "Germany"])),
        # typos, follow-ups
        ("en", "churn rate by Geograpy", T("geography", "churn_rate", share("Exited", "Geography"))),
        ("de", "und nach Gender?", T("gender", "churn_rate", share("Exited", "Gender")), {"context": ["Abwanderungsrate"]}),
        ("en", "and by Geography?", T("geography", "mean_balance", mean("Balance", "Geography")), {"context": ["average Balance"]}),
        # must be asked back
        ("en", "revenue by Geography", *R("revenue", "order")),
        ("de", "Wie viele Aufträge gab es?", *R("Auftr", "order", "Bestell")),
        ("en", "churn rate by contract type", *R("contract")),
        ("de", "Durchschnittliche Monatsgebühr", *R("Monatsgebühr")),
        ("en", "average balance by region", *R("region")),
        ("de", "Wie viele Kunden haben eine Hypothek?", *R("Hypothek")),
        ("en", "NPS of the bank customers", *R("NPS", "promoter")),
        ("de", "Kunden nach Branche", *R("Branche")),
        ("en", "How many customers complained?", *R("complain")),
    ]
    return qs


def marketing() -> list[tuple]:
    m = fs.marketing_table()
    g = lambda key, expr: fs.group_stat(m, key, expr)  # noqa: E731
    qs = [
        ("en", "How many customers does the file hold?", S("customers", m.height)),
        ("de", "Beschwerdequote", S("complaint_rate", m["Complain"].mean())),
        ("en", "complaint rate by Education", T("education", "complaint_rate", g("Education", pl.col("Complain").mean()))),
        ("de", "Anteil Response nach Education", T("education", "share_response", g("Education", pl.col("Response").mean()))),
        ("en", "share of customers who accepted the last campaign (Response)", S("share_response", m["Response"].mean())),
        ("de", "durchschnittliches Income nach Marital_Status", T("marital_status", "mean_income",
                                                                   g("Marital_Status", pl.col("Income").mean()))),
        ("en", "mean Income", S("mean_income", m["Income"].mean())),
        ("de", "Summe MntWines", S("sum_mnt_wines", m["MntWines"].sum())),
        ("en", "total MntMeatProducts by Kidhome", T("kidhome", "sum_mnt_meat_products", g("Kidhome", pl.col("MntMeatProducts").sum()))),
        ("de", "Kunden nach Education", T("education", "customers", g("Education", pl.len()))),
        ("en", "customers by Marital_Status", T("marital_status", "customers", g("Marital_Status", pl.len()))),
        ("de", "durchschnittliche Recency", S("mean_recency", m["Recency"].mean())),
        ("en", "average NumWebPurchases by Education", T("education", "mean_num_web_purchases",
                                                        g("Education", pl.col("NumWebPurchases").mean()))),
        ("de", "Summe MntGoldProds nach Teenhome", T("teenhome", "sum_mnt_gold_prods", g("Teenhome", pl.col("MntGoldProds").sum()))),
        ("en", "share AcceptedCmp1", S("share_accepted_cmp1", m["AcceptedCmp1"].mean())),
        ("de", "Anteil AcceptedCmp5 nach Education", T("education", "share_accepted_cmp5", g("Education", pl.col("AcceptedCmp5").mean()))),
        ("en", "How many customers with a PhD?", T("education", "customers", [r for r in g("Education", pl.len()) if r[0] == "PhD"])),
        # typos, follow-ups
        ("de", "Beschwerdeqoute nach Education", T("education", "complaint_rate", g("Education", pl.col("Complain").mean()))),
        ("en", "mean Incme by Education", T("education", "mean_income", g("Education", pl.col("Income").mean()))),
        ("de", "und nach Marital_Status?", T("marital_status", "complaint_rate", g("Marital_Status", pl.col("Complain").mean())),
         {"context": ["Beschwerdequote"]}),
        # must be asked back
        ("en", "revenue by product category", *R("revenue", "category", "order")),
        ("de", "Umsatz nach Kanal", *R("Umsatz", "Kanal", "Auftr")),
        ("en", "NPS by Education", *R("NPS", "promoter")),
        ("de", "Kunden nach Geschlecht", *R("Geschlecht")),
        ("en", "How many customers own a pet?", *R("pet")),
        ("de", "Abwanderungsrate nach Education", *R("Abwanderung", "churn")),
        ("en", "customers by city", *R("city")),
        ("de", "Wie viele Kunden haben eine Kundenkarte?", *R("Kundenkarte")),
        ("en", "average order value by Education", *R("order")),
        ("de", "Umsatz je Filiale", *R("Filiale", "Umsatz")),
    ]
    return qs


SECTIONS = [("fr", II, retail), ("fd", DEMO, demo), ("fs", fs.SALES, sales), ("fc", fs.CHURN, churn),
            ("fm", fs.MARKETING, marketing)]


def records() -> list[dict]:
    out = []
    for prefix, data, build in SECTIONS:
        for i, spec in enumerate(build(), 1):
            lang, question, expect, *extra = spec
            rec = {"id": f"{prefix}{i:03d}", "lang": lang, "question": question, "data": data, "expect": expect}
            for e in extra:
                rec.update(e)
            out.append(rec)
    return out


def main() -> None:
    recs = records()
    ids = [r["id"] for r in recs]
    assert len(ids) == len(set(ids))
    fs.QUESTIONS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    by_kind: dict = {}
    for r in recs:
        by_kind[r["expect"]["kind"]] = by_kind.get(r["expect"]["kind"], 0) + 1
    print(f"{len(recs)} questions -> {fs.QUESTIONS.name}; kinds {by_kind}; "
          f"de {sum(r['lang'] == 'de' for r in recs)}, en {sum(r['lang'] == 'en' for r in recs)}")


if __name__ == "__main__":
    main()
