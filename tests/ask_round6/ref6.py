"""Round-6 blind eval of `insight ask`: consultants' and analysts' questions, expectations from plain polars.

Written without reading insight/query, insight/semantic or the executor. Expected values come from plain polars
on the raw files (`tests/ask_heldout/metrics_ref.py` for the metric rules of /work/shared/spec/metrics.md; the
shared frames and helpers of `tests/ask_round4/ref4.py`, which checks the dev facts first) and on three seeded
synthetic client tables plus a non-UK slice of Online Retail II (`synth6.py`). Never from insight's output.
Every expectation carries a one-line `note`; where an analyst would accept another reading, it is listed under
`alternatives`. Records with `context` are follow-ups asked in the same session.

    .venv/bin/python tests/ask_round6/ref6.py      → writes round6.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "ask_round4"))
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import metrics_ref as R  # noqa: E402
import ref4  # noqa: E402
import synth6  # noqa: E402

from ref4 import D, M, OPC, Q, RPC, Y, r2, sc, tb, ts, w  # noqa: E402

DEMO, CD, SA, CH, MK = ref4.DEMO, ref4.CD, ref4.SA, ref4.CH, ref4.MK
II, AB, WS, GH = "synth/ii_slice.parquet", "synth/abo.csv", "synth/werkstatt.csv", "synth/grosshandel.csv"
PREFIX = {DEMO: "dm", II: "ii", CD: "cd", SA: "sa", CH: "ch", MK: "mk", AB: "ab", WS: "ws", GH: "gh"}
OUT: list[dict] = []
_n: dict[str, int] = defaultdict(int)

ORD = ["orders", "count", "n_orders"]
CUS = ["customers", "count", "n_customers"]
AOV = ["aov", "revenue_per_order", "average_order_value"]
SHARE = ["revenue_share", "share"]
CNT = ["count", "n", "rows", "customers"]
MED_ORDER = ["median_order_value", "median_aov", "median_revenue", "median"]
MED_CUST = ["median_revenue", "median_revenue_per_customer", "median_customer_revenue", "median", "revenue"]
LOST = ["lost_customers", "customers", "churned_customers", "lost", "count"]
RET = ["retention_rate", "retention", "share"]
CHURN = ["churn_rate", "churn"]


def add(lang, q, data, expect, note, context=None, clarify_ok=None, typo=None):
    _n[data] += 1
    rec = {
        "id": f"r6{PREFIX[data]}{_n[data]:03d}",
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


def refuse(*words):
    return {"kind": "refuse", "words": list(words)} if words else {"kind": "refuse"}


def alt(expect, *alternatives):
    return {**expect, "alternatives": list(alternatives)}


def definition(*mentions):
    return {"kind": "definition", "mentions": list(mentions)}


def rows_by(df, key, fn, top=None, desc=True, rnd=True):
    out = [[k, fn(g)] for (k,), g in df.group_by([key]) if k is not None]
    out = [[k, (r2(v) if rnd else v)] for k, v in out if v is not None]
    out.sort(key=lambda r: (-r[1], str(r[0])) if desc else (r[1], str(r[0])))
    return out[:top] if top else out


def strict_top(rs, n):
    """Rows surely in a top n (ties at the cut dropped)."""
    cut = rs[n - 1][1]
    return [r for r in rs[:n] if r[1] != cut] if len(rs) > n and rs[n][1] == cut else rs[:n]


def rev(df, a=None, b=None):
    return r2(R.revenue(w(df, a, b)))


def rpc(df):
    t = R.customer_table(df)
    return None if t.height == 0 else float(t["revenue"].mean())


def opc(df):
    n = R.n_customers(df)
    return R.customer_orders(df).height / n if n else None


def aov(df):
    n = R.n_orders(df)
    return R.revenue(df) / n if n else None


def med_order(df):
    return float(R.orders_frame(df)["v"].median())


def med_cust(df):
    return float(R.customer_table(df)["revenue"].median())


def two(metric, pairs, tol=0.001):
    """A comparison of two (or more) periods: keyed by year, by a period label in a few spellings, all accepted."""
    years = [[p[0], p[2]] for p in pairs]
    e = tb([["year", "period"]], metric, years, False, tol)
    labels = [[[labs[i], p[2]] for i, p in enumerate(pairs)] for labs in zip(*[p[1] for p in pairs])]
    e["alternatives"] = [tb([["period", "quarter", "year", "month"]], metric, ls, False, tol) for ls in labels]
    return e


def qlabels(y, q):
    return [f"{y}-Q{q}", f"Q{q} {y}", f"{y} Q{q}", f"Q{q}/{y}", f"{y}Q{q}"]


def last_quarter(asof):
    """The last complete quarter before the analysis date."""
    d = asof - dt.timedelta(days=1)
    y, q = d.year, (d.month - 1) // 3 + 1
    end = Q(y, q)[1]
    if end > asof:
        q -= 1
        if q == 0:
            y, q = y - 1, 4
    return y, q


def lost(df, a, b):
    x = set(R.customers_set(w(df, *a)).to_list())
    z = set(R.customers_set(w(df, *b)).to_list())
    return len(x - z)


def by_month(df, fn):
    x = df.with_columns(_p=pl.col("order_date").dt.strftime("%Y-%m"))
    return sorted([[k, r2(fn(g.drop("_p")))] for (k,), g in x.group_by(["_p"])])


def by_quarter(df, fn, rnd=True):
    x = df.with_columns(
        _p=pl.col("order_date").dt.year().cast(pl.Utf8) + "-Q" + pl.col("order_date").dt.quarter().cast(pl.Utf8)
    )
    return sorted([[k, (r2(fn(g.drop("_p"))) if rnd else fn(g.drop("_p")))] for (k,), g in x.group_by(["_p"])])


def eq(col, v):
    return pl.col(col) == v


def f(df, *e):
    return df.filter(pl.all_horizontal(*e))


def cust_count(df, pred):
    return R.customer_table(df).filter(pred).height


# ------------------------------------------------------------------------------------------------ demo
def build_demo():
    df, d = ref4.dm, DEMO
    asof = R.as_of(df)
    assert asof == D(2025, 7, 1)
    cu, sv, cp = ref4.dcu, ref4.dsv, ref4.dcp
    kind = lambda k: df.filter(eq("kind", k))  # noqa: E731
    y24 = w(df, *Y(2024))
    add(
        "de",
        "Was haben wir seit März umgesetzt?",
        d,
        sc("revenue", rev(df, D(2025, 3, 1), asof)),
        "seit März = 2025-03-01 bis zum Stichtag 2025-07-01",
    )
    add(
        "en",
        "How much did we sell online in the first quarter of 2025?",
        d,
        sc("revenue", rev(f(df, eq("channel", "online")), *Q(2025, 1))),
        "line channel online ∧ Q1 2025",
    )
    add(
        "de",
        "Umsatz über den Außendienst 2024",
        d,
        sc("revenue", rev(f(df, eq("channel", "field")), *Y(2024))),
        "Außendienst = channel field (asking back is fine: acquisition channel Field sales also exists)",
        clarify_ok="außendienst",
    )
    a, b = rev(df, *Q(2024, 2)), rev(df, *Q(2025, 2))
    add(
        "en",
        "Q2 2025 revenue compared with Q2 2024",
        d,
        two("revenue", [(2024, qlabels(2024, 2), a), (2025, qlabels(2025, 2), b)]),
        "two quarters side by side",
    )
    add(
        "de",
        "Wie viele Bestellungen hatten wir im letzten Quartal?",
        d,
        sc(ORD, R.n_orders(w(df, *Q(2025, 2))), 0),
        "letztes Quartal = Q2 2025 (complete at 2025-07-01)",
    )
    add(
        "en",
        "number of active customers in the last 6 months",
        d,
        sc(CUS, R.n_customers(w(df, D(2025, 1, 1), asof)), 0),
        "ordered in 2025-01-01 … 2025-06-30",
    )
    add(
        "de",
        "Durchschnittlicher Bestellwert der Privatkunden 2024",
        d,
        sc(AOV, aov(w(kind("b2c"), *Y(2024)))),
        "Privatkunden = b2c",
        clarify_ok="privatkunden",
    )
    add(
        "en",
        "average order value for business customers since January",
        d,
        sc(AOV, aov(w(kind("b2b"), D(2025, 1, 1), asof))),
        "business = b2b; since January = 2025-01-01",
    )
    add(
        "de",
        "Umsatz pro Kunde in der Schweiz 2024",
        d,
        sc(RPC, rpc(w(f(df, eq("country", "Switzerland")), *Y(2024)))),
        "mean over Swiss customers of 2024",
    )
    add(
        "en",
        "top 5 countries by number of orders in 2024",
        d,
        tb(["country"], ORD, rows_by(y24, "country", R.n_orders, 5, rnd=False), True, 0),
        "ranked by orders",
    )
    add(
        "de",
        "Welche drei Akquisekanäle bringen den meisten Umsatz?",
        d,
        tb(["acquisition_channel"], "revenue", rows_by(df, "acquisition_channel", R.revenue, 3), True),
        "all data, top 3 acquisition channels",
    )
    add(
        "en",
        "revenue by industry for b2b customers in 2025",
        d,
        tb(["industry"], "revenue", rows_by(w(kind("b2b"), D(2025, 1, 1), asof), "industry", R.revenue)),
        "2025 so far, b2b only",
    )
    add(
        "de",
        "Umsatzanteil Online 2024",
        d,
        sc(SHARE, R.revenue(f(y24, eq("channel", "online"))) / R.revenue(y24)),
        "online / all channels, 2024",
    )
    add(
        "en",
        "what share of our customers ordered from Austria?",
        d,
        sc(
            ["customer_share", "share", "share_customers"],
            R.n_customers(f(df, eq("country", "Austria"))) / R.n_customers(df),
        ),
        "buying customers, all data",
    )
    nc = [[f"2025-{m:02d}", R.new_customers(df, *M(2025, m))] for m in range(1, 7)]
    add(
        "de",
        "Neukunden pro Monat im ersten Halbjahr 2025",
        d,
        tb(["month"], "new_customers", nc, True, 0),
        "first order in each month Jan–Jun 2025",
    )
    add(
        "en",
        "repeat rate in Germany",
        d,
        sc("repeat_rate", R.repeat_rate(f(df, eq("country", "Germany")))),
        "customers with ≥ 2 orders among German customers",
    )
    add("de", "Wiederkaufrate der B2C-Kunden", d, sc("repeat_rate", R.repeat_rate(kind("b2c"))), "b2c only")
    add(
        "de",
        "Wie viel Prozent der Kunden von 2023 haben 2024 erneut bestellt?",
        d,
        sc(RET, R.retention(df, Y(2023), Y(2024))),
        "retention 2023 → 2024",
    )
    add(
        "en",
        "churn rate for b2b customers in 2024",
        d,
        sc(CHURN, 1 - R.retention(kind("b2b"), Y(2023), Y(2024))),
        "1 − retention 2023 → 2024 among b2b",
    )
    add(
        "de",
        "Wie viele Kunden haben wir 2024 verloren?",
        d,
        sc(LOST, lost(df, Y(2023), Y(2024)), 0),
        "2023 customers without an order in 2024",
    )
    nps_of = lambda x: float(((x["nps"] >= 9).mean() - (x["nps"] <= 6).mean()) * 100)  # noqa: E731
    npsr = sv.filter(pl.col("nps").is_not_null()).join(cu.select("customer_id", "kind", "country"), on="customer_id")
    add(
        "de",
        "NPS der Geschäftskunden",
        d,
        sc("nps", nps_of(npsr.filter(eq("kind", "b2b")))),
        "Geschäftskunden = b2b respondents",
        clarify_ok="geschäftskunden",
    )
    add(
        "en",
        "Net Promoter Score split by customer country",
        d,
        tb(["country"], "nps", rows_by(npsr, "country", nps_of, rnd=False)),
        "respondents' customer country",
    )
    sat = sv.filter(pl.col("satisfaction").is_not_null())
    CS = ["csat", "satisfaction", "mean_satisfaction"]
    add(
        "en",
        "How satisfied are customers with the price?",
        d,
        sc(CS, float(sat.filter(eq("aspect", "price"))["satisfaction"].mean())),
        "aspect price, mean 1–5",
    )
    add(
        "de",
        "Zufriedenheit mit der Beratung 2024",
        d,
        sc(
            CS,
            float(
                sat.filter(eq("aspect", "advice") & (pl.col("response_date").dt.year() == 2024))["satisfaction"].mean()
            ),
        ),
        "Beratung = aspect advice, answers in 2024",
        clarify_ok="beratung",
    )
    nr = sv.filter(pl.col("nps").is_not_null())
    add(
        "en",
        "share of promoters",
        d,
        sc(
            ["promoter_share", "promoters_share", "share_promoters", "share", "promoters"],
            float((nr["nps"] >= 9).mean()),
        ),
        "NPS answers 9–10 / all NPS answers",
    )
    add(
        "de",
        "Wie viele Kritiker (Detraktoren) gibt es?",
        d,
        sc(["detractors", "customers", "count", "responses"], int((nr["nps"] <= 6).sum()), 0),
        "NPS answers 0–6",
    )
    add(
        "de",
        "Weiterempfehlungsbereitschaft unserer Kunden",
        d,
        sc("nps", nps_of(nr)),
        "Weiterempfehlung = NPS (the seed's measure)",
    )
    add(
        "en",
        "top 10 customers by revenue last year",
        d,
        tb(["customer_id"], "revenue", [[a_, r2(b_)] for a_, b_ in R.top_customers(y24, "revenue", 10)], True),
        "last year = 2024",
    )
    add(
        "de",
        "Wer waren 2024 unsere drei größten Kunden?",
        d,
        tb(["customer_id"], "revenue", [[a_, r2(b_)] for a_, b_ in R.top_customers(y24, "revenue", 3)], True),
        "größte = by revenue",
    )
    ab = R.abc(df)
    add("de", "Wie viele A-Kunden gibt es?", d, sc(CUS, ab.filter(eq("abc_class", "A")).height, 0), "ABC on all data")
    add(
        "en",
        "revenue share of the B customers",
        d,
        sc(SHARE, float(ab.filter(eq("abc_class", "B"))["revenue"].sum() / ab["revenue"].sum())),
        "ABC class B revenue / all",
    )
    seg = dict(R.rfm(df)["rfm_segment"].value_counts().iter_rows())
    add(
        "de",
        "Wie viele Kunden sind laut RFM gefährdet?",
        d,
        sc(CUS, seg["At Risk"], 0),
        "gefährdet = At Risk; asking back (At Risk vs Can't Lose Them) is fine",
        clarify_ok="gefährdet",
    )
    add("en", "how many of our customers count as Champions?", d, sc(CUS, seg["Champions"], 0), "RFM Champions")
    add(
        "en",
        "CLV of our five most valuable customers",
        d,
        ts(["customer_id"], "clv", ref4.clv_top(df, 5), 3),
        "top 5 by clv (model; 3 of 5 must match)",
    )
    c25 = cp.filter(pl.col("issued_at").dt.year() == 2025)
    add(
        "de",
        "Einlösequote der Gutscheine aus 2025",
        d,
        sc("redemption_rate", float(c25["redeemed_at"].is_not_null().mean())),
        "coupons issued in 2025",
    )
    add(
        "en",
        "revenue from women in 2024",
        d,
        sc("revenue", rev(f(df, eq("gender", "female")), *Y(2024))),
        "gender female (b2c)",
        clarify_ok="women",
    )
    add(
        "de",
        "Umsatz nach Einkommensklasse",
        d,
        tb(["income_band"], "revenue", rows_by(df, "income_band", R.revenue)),
        "b2c customers' income_band",
    )
    add(
        "de",
        "Bestellungen je Kanal im Mai 2025",
        d,
        tb(["channel"], ORD, rows_by(w(df, *M(2025, 5)), "channel", R.n_orders, rnd=False), False, 0),
        "line channel",
    )
    add(
        "en",
        "average revenue per customer in the Netherlands",
        d,
        sc(RPC, rpc(f(df, eq("country", "Netherlands")))),
        "mean over Dutch customers",
    )
    add("en", "median order value in 2024", d, sc(MED_ORDER, med_order(y24)), "median over 2024 orders")
    add("de", "Median Umsatz je Kunde", d, sc(MED_CUST, med_cust(df)), "median over customers, all data")
    add(
        "en",
        "customers who ordered in 2024 but not in 2025",
        d,
        sc(LOST, lost(df, Y(2024), (D(2025, 1, 1), asof)), 0),
        "2024 buyers without an order in 2025 so far",
    )
    ct = R.customer_table(df)
    add(
        "de",
        "Wie viele Kunden sind Einmalkäufer?",
        d,
        sc(CUS, ct.filter(pl.col("orders") == 1).height, 0),
        "exactly one order",
    )
    add(
        "en",
        "How many customers placed more than 10 orders?",
        d,
        sc(CUS, ct.filter(pl.col("orders") > 10).height, 0),
        "orders > 10, all data",
    )
    add(
        "de",
        "Umsatz ohne Deutschland im letzten Quartal",
        d,
        sc("revenue", rev(f(df, pl.col("country") != "Germany"), *Q(2025, 2))),
        "Q2 2025, country ≠ Germany",
    )
    add(
        "en",
        "orders from Belgium and the Netherlands combined in 2024",
        d,
        sc(ORD, R.n_orders(w(f(df, pl.col("country").is_in(["Belgium", "Netherlands"])), *Y(2024))), 0),
        "one number for both countries",
    )
    add(
        "de",
        "Umsatz mit Neukunden 2024",
        d,
        sc(
            "revenue",
            r2(
                R.revenue(y24.join(R.first_order_dates(df).filter(pl.col("first").dt.year() == 2024), on="customer_id"))
            ),
        ),
        "revenue 2024 of customers whose first order was in 2024",
    )
    # follow-ups
    add(
        "de",
        "und wie sah das 2023 aus?",
        d,
        tb(["country"], "revenue", rows_by(w(df, *Y(2023)), "country", R.revenue)),
        "keeps the grouping, changes the year",
        context=["Umsatz nach Land 2024"],
    )
    add(
        "en",
        "and Q2?",
        d,
        sc("revenue", rev(kind("b2b"), *Q(2025, 2))),
        "keeps b2b, Q2 2025",
        context=["revenue from b2b customers in Q1 2025"],
    )
    add(
        "de",
        "Wie hoch war der Gesamtumsatz 2024?",
        d,
        sc("revenue", rev(df, *Y(2024))),
        "a complete question: must not keep Austria",
        context=["Anzahl Bestellungen aus Österreich 2024"],
    )
    add(
        "en",
        "and only b2c?",
        d,
        tb(["customer_id"], "revenue", [[a_, r2(b_)] for a_, b_ in R.top_customers(kind("b2c"), "revenue", 5)], True),
        "keeps top 5 by revenue, adds b2c",
        context=["top 5 customers by revenue"],
    )
    add(
        "de",
        "Und wie viele Kunden haben wir insgesamt?",
        d,
        sc(CUS, R.n_customers(df), 0),
        "'insgesamt': the online/2024 filter must go",
        context=["Umsatz online 2024"],
    )
    add(
        "en",
        "and in 2023?",
        d,
        sc("repeat_rate", R.repeat_rate(w(kind("b2b"), *Y(2023)))),
        "repeat rate of b2b customers within 2023",
        context=["repeat rate of b2b customers in 2024"],
    )
    # definitions
    add("de", "Was heißt Churn?", d, definition("abwander", "verlor", "nicht mehr", "kündig"), "definition")
    add("en", "what is RFM", d, definition("recency", "frequency", "monetary"), "definition")
    add(
        "de",
        "Erklär mir den Customer Lifetime Value",
        d,
        definition("künftig", "zukünftig", "lebensdauer", "abgezinst", "diskont", "erwartet"),
        "definition",
    )
    add("en", "what does ABC analysis mean", d, definition("80", "pareto", "share", "cumulative"), "definition")
    add("de", "Was bedeutet NPS?", d, definition("promoter", "empfehl"), "definition")
    add(
        "en",
        "define repeat purchase rate",
        d,
        definition("two", "more than one", "2 or more", "at least 2", "≥ 2", ">= 2"),
        "definition",
    )
    # must ask back
    for lang, q, words, note, ctx in [
        ("de", "Umsatz im Jahr 2019", [], "before the data starts (2023)", None),
        ("de", "Retourenquote nach Lieferant", ["lieferant"], "no supplier", None),
        ("en", "sales split by account manager", ["manager"], "no account manager in the demo", None),
        ("de", "Wie viele Kunden fahren ein E-Auto?", [], "no such attribute", None),
        ("en", "average basket size in parsecs", ["parsecs"], "nonsense unit", None),
        ("de", "Zeig mir den Flurbelag-Index", ["flurbelag"], "nonsense word", None),
        ("en", "revenue in Japan", ["japan"], "no Japan in the data", None),
        ("de", "Umsatz am 31.04.2025", [], "impossible date", None),
        ("en", "customer effort score", ["effort"], "not surveyed", None),
        ("de", "Wie hoch sind die Lagerkosten je Kunde?", ["lagerkosten"], "no stock costs", None),
        ("de", "Umsatz nach Wetter", ["wetter"], "no weather", None),
        ("en", "how many support tickets were closed last week", ["tickets"], "no ticket system", None),
        ("de", "Wie hoch ist der Kundenwert?", [], "Kundenwert has several meanings (seed 000): ask which", None),
        ("en", "and in Poland?", ["poland"], "no Poland", ["revenue in Q1 2025"]),
        ("de", "Umsatz mit dem Produkt Zaubertrank", ["zaubertrank"], "no such product", None),
        ("en", "trial to paid conversion rate", ["trial"], "no trials", None),
        ("de", "Umsatz im dritten Quartal 2025", [], "after the analysis date", None),
    ]:
        add(lang, q, d, refuse(*words), note, context=ctx)


# ------------------------------------------------------------------------------------------------ Online Retail II, no UK
def build_ii():
    d = II
    df = R.load_online_retail(synth6.ensure() / "ii_slice.parquet")
    asof = R.as_of(df)
    assert asof == D(2011, 12, 10), asof
    c = lambda *n: df.filter(pl.col("country").is_in(list(n)))  # noqa: E731
    y10, y11 = w(df, *Y(2010)), w(df, *Y(2011))
    a, b = rev(df, *Q(2010, 3)), rev(df, *Q(2011, 3))
    add(
        "en",
        "Q3 2011 vs Q3 2010 revenue",
        d,
        two("revenue", [(2010, qlabels(2010, 3), a), (2011, qlabels(2011, 3), b)]),
        "two quarters",
    )
    add(
        "de",
        "Umsatz in Deutschland im letzten Quartal",
        d,
        sc("revenue", rev(c("Germany"), *Q(2011, 3))),
        "letztes Quartal = Q3 2011, the last complete one before 2011-12-10",
    )
    add(
        "de",
        "Wie viele Rechnungen kamen 2011 aus Frankreich?",
        d,
        sc(ORD, R.n_orders(w(c("France"), *Y(2011))), 0),
        "invoices = orders (no C-invoices)",
    )
    add(
        "en",
        "top 3 countries by revenue since March 2011",
        d,
        tb(["country"], "revenue", rows_by(w(df, D(2011, 3, 1), asof), "country", R.revenue, 3), True),
        "2011-03-01 to the analysis date",
    )
    ncty = R.orders_frame(y10, by=["country"])["country"].n_unique()
    add(
        "en",
        "how many different countries bought from us in 2010",
        d,
        sc(["countries", "country", "count", "n"], ncty, 0),
        "distinct countries with an order in 2010",
    )
    top_aov = rows_by(y11, "country", aov, 5, rnd=False)
    add(
        "de",
        "Durchschnittlicher Bestellwert je Land 2011, Top 5",
        d,
        tb(["country"], AOV, top_aov, True),
        "AOV per country, the five highest",
    )
    add(
        "en",
        "revenue per customer in Germany in 2011",
        d,
        sc(RPC, rpc(w(c("Germany"), *Y(2011)))),
        "mean over German customers of 2011",
    )
    add(
        "de",
        "Wie viele Kunden haben wir in den Niederlanden?",
        d,
        sc(CUS, R.n_customers(c("Netherlands")), 0),
        "all data",
    )
    ct_es = R.customer_table(c("Spain"))
    add(
        "en",
        "How many customers in Spain ordered more than once?",
        d,
        sc(CUS, ct_es.filter(pl.col("orders") >= 2).height, 0),
        "orders ≥ 2",
    )
    add(
        "de",
        "Umsatz Frankreich 2011 gegenüber 2010",
        d,
        two("revenue", [(2010, ["2010"], rev(c("France"), *Y(2010))), (2011, ["2011"], rev(c("France"), *Y(2011)))]),
        "two years, France",
    )
    add("en", "median order value in France", d, sc(MED_ORDER, med_order(c("France"))), "median over French orders")
    add("de", "Wiederkaufrate in Belgien", d, sc("repeat_rate", R.repeat_rate(c("Belgium"))), "Belgian customers")
    add(
        "en",
        "new customers in 2011 from EIRE",
        d,
        sc("new_customers", R.new_customers(c("EIRE"), *Y(2011)), 0),
        "first order in 2011",
    )
    add(
        "de",
        "Monatsumsatz 2011 in Norwegen",
        d,
        tb(["month"], "revenue", by_month(w(c("Norway"), *Y(2011)), R.revenue)),
        "Norway by month, 2011",
    )
    low = rows_by(y11, "country", R.revenue, 1, desc=False)
    add(
        "en",
        "which country had the lowest revenue in 2011",
        d,
        tb(["country"], "revenue", low, True),
        "bottom 1 by revenue",
    )
    add(
        "de",
        "Top 10 Kunden 2011 nach Umsatz",
        d,
        tb(["customer_id"], "revenue", [[a_, r2(b_)] for a_, b_ in R.top_customers(y11, "revenue", 10)], True),
        "2011",
    )
    ct = R.customer_table(df)
    add(
        "de",
        "Anzahl Kunden mit mehr als 5.000 Umsatz",
        d,
        sc(CUS, ct.filter(pl.col("revenue") > 5000).height, 0),
        "customer revenue > 5000 (German thousands separator)",
    )
    add(
        "en",
        "share of revenue from Germany in 2011",
        d,
        sc(SHARE, R.revenue(w(c("Germany"), *Y(2011))) / R.revenue(y11)),
        "Germany / all of 2011 in this file",
    )
    add(
        "de",
        "Kundenbindung 2011 im Vergleich zu 2010",
        d,
        sc(RET, R.retention(df, Y(2010), Y(2011))),
        "retention 2010 → 2011",
    )
    add(
        "en",
        "what was our churn in 2011",
        d,
        sc(CHURN, 1 - R.retention(df, Y(2010), Y(2011))),
        "1 − retention 2010 → 2011",
    )
    add("en", "average number of orders per customer in Switzerland", d, sc(OPC, opc(c("Switzerland"))), "mean")
    add(
        "en",
        "how many orders did customer 12347 place",
        d,
        sc(ORD, R.n_orders(df.filter(eq("customer_id", 12347))), 0),
        "one customer",
    )
    topde = R.top_customers(w(c("Germany"), *Y(2011)), "revenue", 1)[0]
    add("de", f"Umsatz des Kunden {topde[0]} im Jahr 2011", d, sc("revenue", r2(topde[1])), "one customer, 2011")
    add(
        "de",
        "Umsatz im Dezember 2010 ohne Frankreich",
        d,
        sc("revenue", rev(df.filter(pl.col("country") != "France"), *M(2010, 12))),
        "Dec 2010, country ≠ France",
    )
    add(
        "de",
        "Wie viele Kaeufe gab es 2011 in Belgien?",
        d,
        sc(ORD, R.n_orders(w(c("Belgium"), *Y(2011))), 0),
        "Kaeufe = Käufe = orders (umlaut-less)",
    )
    add("de", "Umsaz in Frankreich 2011", d, sc("revenue", rev(c("France"), *Y(2011))), "typo", typo="umsaz")
    add("en", "reveune Germany 2010", d, sc("revenue", rev(c("Germany"), *Y(2010))), "typo", typo="reveune")
    add(
        "en",
        "How many customers bought in both 2010 and 2011?",
        d,
        sc(CUS, len(set(R.customers_set(y10).to_list()) & set(R.customers_set(y11).to_list())), 0),
        "customers with an order in each year",
    )
    add(
        "de",
        "Durchschnittlicher Umsatz pro Kunde nach Land, nur Länder mit mehr als 50 Kunden",
        d,
        tb(["country"], RPC, [[k, v] for k, v in rows_by(df, "country", rpc, rnd=False) if R.n_customers(c(k)) > 50]),
        "threshold on the group's customer count",
    )
    # follow-ups
    add(
        "de",
        "dasselbe für 2010",
        d,
        tb(["country"], "revenue", rows_by(y10, "country", R.revenue)),
        "keeps by country",
        context=["Umsatz 2011 nach Land"],
    )
    add(
        "en",
        "and by month?",
        d,
        tb(["month"], "revenue", by_month(w(c("France"), *Y(2011)), R.revenue)),
        "keeps France 2011",
        context=["revenue in France in 2011"],
    )
    add(
        "de",
        "Wie viele Bestellungen gab es 2010 insgesamt?",
        d,
        sc(ORD, R.n_orders(y10), 0),
        "complete question: no Germany",
        context=["Anzahl Kunden in Deutschland"],
    )
    add(
        "en",
        "same for 2010 please",
        d,
        tb(["country"], "revenue", rows_by(y10, "country", R.revenue, 5), True),
        "keeps top 5 by revenue",
        context=["top 5 countries by revenue in 2011"],
    )
    for lang, q, words, note, ctx in [
        ("de", "Umsatz 2012", [], "after the data", None),
        ("en", "revenue in the United Kingdom", [], "this file has no UK rows: never a silent 0", None),
        ("de", "Umsatzverteilung über die Warengruppen", [], "no category column", None),
        ("en", "gross margin by country", [], "no cost", None),
        ("de", "Wie lange dauert die Lieferung im Schnitt?", [], "no delivery dates", None),
        ("en", "which salesperson sold the most", ["salesperson"], "no salesperson", None),
        ("de", "Newsletter-Abonnenten unter den Kunden", ["newsletter"], "no newsletter data", None),
        ("en", "NPS in France", [], "no survey", None),
    ]:
        add(lang, q, d, refuse(*words), note, context=ctx)


# ------------------------------------------------------------------------------------------------ CDNOW
def build_cd():
    df, d = ref4.cd, CD
    assert R.as_of(df) == D(1998, 7, 1)
    ct = R.customer_table(df)
    QTY = ["quantity", "sum_quantity", "number_of_cds", "sum_number_of_cds", "cds"]
    add("en", "revenue in the first half of 1998", d, sc("revenue", rev(df, D(1998, 1, 1), D(1998, 7, 1))), "H1 1998")
    add(
        "de",
        "Wie viele CDs wurden 1997 verkauft?",
        d,
        sc(QTY, int(w(df, *Y(1997))["quantity"].sum()), 0),
        "sum of number_of_cds",
    )
    add("en", "average order value in Q1 1997", d, sc(AOV, aov(w(df, *Q(1997, 1)))), "orders = customer-days")
    add(
        "de",
        "Wie viele Kunden haben mehr als 3 Mal bestellt?",
        d,
        sc(CUS, ct.filter(pl.col("orders") > 3).height, 0),
        "orders > 3",
    )
    add("en", "what share of customers bought again", d, sc("repeat_rate", R.repeat_rate(df)), "repeat rate")
    add("de", "Neukunden im März 1997", d, sc("new_customers", R.new_customers(df, *M(1997, 3)), 0), "first order")
    add(
        "en",
        "how many customers made their first purchase in February 1997",
        d,
        sc(["new_customers", "customers", "count"], R.new_customers(df, *M(1997, 2)), 0),
        "first order in Feb 1997",
    )
    add("de", "Durchschnittsumsatz je Kunde im ersten Quartal 1997", d, sc(RPC, rpc(w(df, *Q(1997, 1)))), "mean")
    add("en", "median spend per customer", d, sc(MED_CUST, med_cust(df)), "median over customers")
    topq = sorted(
        [[k, int(v)] for k, v in df.group_by("customer_id").agg(pl.col("quantity").sum()).iter_rows()],
        key=lambda r: (-r[1], r[0]),
    )
    add(
        "de",
        "Top 5 Kunden nach Anzahl CDs",
        d,
        tb(["customer_id"], QTY, strict_top(topq, 5), True, 0),
        "by quantity; ties at the cut dropped",
    )
    add("en", "monthly revenue in 1998", d, tb(["month"], "revenue", by_month(w(df, *Y(1998)), R.revenue)), "Jan–Jun")
    add(
        "de",
        "Wie viele Kunden waren 1998 noch aktiv?",
        d,
        sc(CUS, R.n_customers(w(df, *Y(1998))), 0),
        "with an order in 1998",
    )
    add(
        "en",
        "How many 1997 customers did not come back in 1998?",
        d,
        sc(LOST, lost(df, Y(1997), Y(1998)), 0),
        "1997 buyers without a 1998 order",
    )
    add(
        "de",
        "Anteil der Kunden mit nur einem Kauf",
        d,
        sc(["customer_share", "share", "share_customers"], ct.filter(pl.col("orders") == 1).height / ct.height),
        "one order / all customers",
    )
    add(
        "en",
        "How many orders were above 100 dollars?",
        d,
        sc(ORD, R.orders_frame(df).filter(pl.col("v") > 100).height, 0),
        "order value > 100",
    )
    add("de", "und 1998?", d, sc("revenue", rev(df, *Y(1998))), "follow-up", context=["revenue in 1997"])
    add(
        "en",
        "and in Q2?",
        d,
        sc(CUS, R.n_customers(w(df, *Q(1997, 2))), 0),
        "keeps 1997",
        context=["number of customers in Q1 1997"],
    )
    for lang, q, words, note in [
        ("en", "which music genre sells best", ["genre"], "no genre"),
        ("de", "Umsätze im Jahr 1999", [], "after the data"),
        ("en", "sales split by country", ["country"], "no country"),
        ("de", "Welche Band verkauft am besten?", ["band"], "no artist"),
    ]:
        add(lang, q, d, refuse(*words), note)


# ------------------------------------------------------------------------------------------------ sales_data_sample
def build_sa():
    df, d = ref4.sa, SA
    c = lambda *n: df.filter(pl.col("COUNTRY").is_in(list(n)))  # noqa: E731
    pl_ = lambda n: df.filter(eq("PRODUCTLINE", n))  # noqa: E731
    PLK = [["productline", "product_line"]]
    add("en", "Motorcycles revenue in 2004", d, sc("revenue", rev(pl_("Motorcycles"), *Y(2004))), "non-cancelled")
    add(
        "de",
        "Umsatz Vintage Cars in Frankreich",
        d,
        sc("revenue", rev(f(pl_("Vintage Cars"), eq("COUNTRY", "France")))),
        "all years",
    )
    add(
        "en",
        "revenue by deal size in 2005",
        d,
        tb([["dealsize", "deal_size"]], "revenue", rows_by(w(df, *Y(2005)), "DEALSIZE", R.revenue)),
        "2005 so far",
    )
    add(
        "de",
        "Wie viele Aufträge aus Japan?",
        d,
        sc(ORD, R.n_orders(c("Japan")), 0),
        "COUNTRY Japan (Japan is also a TERRITORY: asking which is fine)",
        clarify_ok="japan",
    )
    add(
        "en",
        "top 3 customers in Spain by revenue",
        d,
        tb(
            [["customer_id", "customername"]],
            "revenue",
            [[a_, r2(b_)] for a_, b_ in R.top_customers(c("Spain"), "revenue", 3)],
            True,
        ),
        "customers = CUSTOMERNAME",
    )
    a, b = rev(df, *Q(2003, 4)), rev(df, *Q(2004, 4))
    add(
        "en",
        "Q4 2004 vs Q4 2003 revenue",
        d,
        two("revenue", [(2003, qlabels(2003, 4), a), (2004, qlabels(2004, 4), b)]),
        "two quarters",
    )
    add("de", "Durchschnittlicher Auftragswert in den USA 2004", d, sc(AOV, aov(w(c("USA"), *Y(2004)))), "AOV")
    add(
        "en",
        "number of French customers",
        d,
        sc(CUS, R.n_customers(c("France")), 0),
        "French = COUNTRY France",
        clarify_ok="french",
    )
    canc = df.filter(pl.col("cancelled"))["order_id"].n_unique()
    add(
        "de",
        "Wie viele Aufträge wurden storniert?",
        d,
        sc(["cancelled_orders", "orders", "cancellations", "count"], canc, 0),
        "STATUS Cancelled",
    )
    add(
        "en",
        "how much revenue sits in disputed orders",
        d,
        sc("revenue", r2(df.filter(eq("STATUS", "Disputed"))["amount"].sum())),
        "STATUS Disputed",
    )
    add(
        "de",
        "Umsatz ohne Classic Cars 2003",
        d,
        sc("revenue", rev(df.filter(pl.col("PRODUCTLINE") != "Classic Cars"), *Y(2003))),
        "exclusion",
    )
    QTY = ["quantity", "sum_quantity", "quantityordered", "sum_quantityordered", "units"]
    q04 = rows_by(R.sales(w(df, *Y(2004))), "PRODUCTLINE", lambda g: int(g["quantity"].sum()), 1, desc=False, rnd=False)
    add("en", "which product line sold the fewest units in 2004", d, tb(PLK, QTY, q04, True, 0), "bottom 1 by quantity")
    add(
        "de",
        "Umsatz der Aufträge mit Dealgröße Large 2004",
        d,
        sc("revenue", rev(df.filter(eq("DEALSIZE", "Large")), *Y(2004))),
        "DEALSIZE Large",
    )
    add("en", "revenue per customer in Australia", d, sc(RPC, rpc(c("Australia"))), "mean")
    add(
        "de",
        "Welche Stadt hat den meisten Umsatz?",
        d,
        tb(["city"], "revenue", rows_by(df, "CITY", R.revenue, 1), True),
        "top 1 city",
    )
    add(
        "en",
        "number of product lines",
        d,
        sc(["product_lines", "productline", "count", "n", "productlines"], df["PRODUCTLINE"].n_unique(), 0),
        "distinct count",
    )
    add(
        "de",
        "und nur Frankreich?",
        d,
        tb(PLK, "revenue", rows_by(w(c("France"), *Y(2004)), "PRODUCTLINE", R.revenue)),
        "keeps by product line 2004",
        context=["Umsatz nach Produktlinie 2004"],
    )
    add(
        "en",
        "and 2004?",
        d,
        sc("revenue", rev(c("USA"), *Y(2004))),
        "keeps USA",
        context=["revenue in the USA in 2003"],
    )
    add("de", "Umstaz Motorcycles 2005", d, sc("revenue", rev(pl_("Motorcycles"), *Y(2005))), "typo", typo="umstaz")
    add(
        "en",
        "count of orders currently on hold",
        d,
        sc(ORD, df.filter(eq("STATUS", "On Hold"))["order_id"].n_unique(), 0),
        "STATUS On Hold",
    )
    add(
        "en",
        "profit by product line",
        d,
        tb(PLK, "profit", rows_by(df, "PRODUCTLINE", R.revenue)),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )
    for lang, q, words, note in [
        ("de", "Umsatz 2006", [], "after the data"),
        ("en", "revenue of customers in Brazil", ["brazil"], "no Brazil"),
        ("de", "Wie zufrieden sind die Kunden je Land?", [], "no survey"),
    ]:
        add(lang, q, d, refuse(*words), note)


# ------------------------------------------------------------------------------------------------ Churn_Modelling
def build_ch():
    df, d = ref4.ch, CH
    CR = ["churn_rate", "share_exited"]
    rate = lambda x: float(x["Exited"].mean())  # noqa: E731
    gk = lambda x, col, fn: sorted([[k, fn(g)] for (k,), g in x.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    add(
        "de",
        "Abwanderungsquote bei Frauen in Spanien",
        d,
        sc(CR, rate(f(df, eq("Gender", "Female"), eq("Geography", "Spain")))),
        "Female ∧ Spain",
    )
    add("en", "churn rate of inactive members", d, sc(CR, rate(f(df, eq("IsActiveMember", 0)))), "IsActiveMember = 0")
    add(
        "de",
        "Wie viele Kunden mit mehr als 2 Produkten sind gegangen?",
        d,
        sc(CUS, f(df, pl.col("NumOfProducts") > 2, eq("Exited", 1)).height, 0),
        "count",
    )
    add(
        "en",
        "average balance of churned customers in Germany",
        d,
        sc("mean_balance", float(f(df, eq("Exited", 1), eq("Geography", "Germany"))["Balance"].mean())),
        "mean",
    )
    add(
        "de",
        "Wie alt sind die abgewanderten Kunden im Schnitt?",
        d,
        sc("mean_age", float(f(df, eq("Exited", 1))["Age"].mean())),
        "mean Age where Exited",
    )
    add(
        "en",
        "Churn-Rate je Anzahl Produkte",
        d,
        tb([["num_of_products", "numofproducts"]], CR, gk(df, "NumOfProducts", rate)),
        "per NumOfProducts",
    )
    add(
        "de",
        "Kündigerquote nach Geschlecht",
        d,
        tb(["gender"], CR, gk(df, "Gender", rate)),
        "Kündigerquote = churn rate",
    )
    add(
        "en",
        "how many customers have a credit score below 500",
        d,
        sc(CUS, df.filter(pl.col("CreditScore") < 500).height, 0),
        "CreditScore < 500",
    )
    add(
        "de",
        "Anteil der Kunden ohne Kreditkarte",
        d,
        alt(
            sc(["customer_share", "share", "share_customers"], float((df["HasCrCard"] == 0).mean())),
            tb(
                [["has_cr_card", "hascrcard"]],
                ["customer_share", "share", "share_customers"],
                [[0, float((df["HasCrCard"] == 0).mean())]],
            ),
        ),
        "HasCrCard = 0 / all (a breakdown whose 0 row holds it is accepted); the share WITH a card alone is wrong",
    )
    add("en", "what is the median customer age", d, sc(["median_age", "median"], float(df["Age"].median())), "median")
    add(
        "de",
        "Churn-Rate der über 60-Jährigen",
        d,
        alt(sc(CR, rate(df.filter(pl.col("Age") > 60))), sc(CR, rate(df.filter(pl.col("Age") >= 60)))),
        "Age > 60 (≥ 60 accepted)",
    )
    add(
        "en",
        "churn rate Germany vs France",
        d,
        tb([["geography", "country"]], CR, [[k, rate(df.filter(eq("Geography", k)))] for k in ("France", "Germany")]),
        "two rows",
    )
    add(
        "de",
        "Wie viele Kunden haben ein Guthaben von 0?",
        d,
        sc(CUS, df.filter(eq("Balance", 0)).height, 0),
        "Balance = 0",
        clarify_ok="guthaben",
    )
    add(
        "en",
        "average estimated salary by country",
        d,
        tb(
            [["geography", "country"]],
            "mean_estimated_salary",
            gk(df, "Geography", lambda g: float(g["EstimatedSalary"].mean())),
        ),
        "mean per Geography",
    )
    add(
        "de",
        "und nur Männer?",
        d,
        tb([["geography", "country"]], CR, gk(df.filter(eq("Gender", "Male")), "Geography", rate)),
        "keeps by country, adds Male",
        context=["churn rate by country"],
    )
    add(
        "en",
        "How many customers are there in total?",
        d,
        sc(CUS, df.height, 0),
        "complete question",
        context=["wie viele Kunden in Frankreich"],
    )
    for lang, q, words, note in [
        ("en", "revenue in 2020", [], "no orders, no dates"),
        ("de", "Churn-Rate nach Filiale", ["filiale"], "no branch"),
        ("en", "mean basket size per purchase", [], "no orders"),
        ("de", "Wie viele Kunden haben wegen der Gebühren gekündigt?", [], "no churn reason"),
    ]:
        add(lang, q, d, refuse(*words), note)


# ------------------------------------------------------------------------------------------------ marketing_campaign
def build_mk():
    df, d = ref4.mk, MK
    gk = lambda x, col, fn: sorted([[k, fn(g)] for (k,), g in x.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    RR = ["response_rate", "share_response", "response"]
    add(
        "de",
        "Durchschnittliches Einkommen nach Bildung",
        d,
        tb(["education"], "mean_income", gk(df, "Education", lambda g: float(g["Income"].mean()))),
        "mean, nulls dropped",
    )
    add(
        "en",
        "response rate of PhD customers",
        d,
        sc(RR, float(df.filter(eq("Education", "PhD"))["Response"].mean())),
        "Education PhD",
    )
    add("de", "Anzahl der Kunden mit Beschwerde", d, sc(CUS, df.filter(eq("Complain", 1)).height, 0), "Complain = 1")
    add("en", "total spent on wine", d, sc(["sum_mnt_wines", "mnt_wines"], int(df["MntWines"].sum()), 0), "Σ MntWines")
    add(
        "de",
        "Durchschnittliche Ausgaben für Fleisch bei Singles",
        d,
        sc(
            ["mean_mnt_meat_products", "mnt_meat_products"],
            float(df.filter(eq("Marital_Status", "Single"))["MntMeatProducts"].mean()),
        ),
        "Marital_Status Single",
        clarify_ok="singles",
    )
    add(
        "en",
        "how many customers are married",
        d,
        sc(CUS, df.filter(eq("Marital_Status", "Married")).height, 0),
        "count",
    )
    add(
        "de",
        "Antwortquote nach Familienstand",
        d,
        tb([["marital_status"]], RR, gk(df, "Marital_Status", lambda g: float(g["Response"].mean()))),
        "per value",
    )
    add(
        "en",
        "customers with income above 100k",
        d,
        sc(CUS, df.filter(pl.col("Income") > 100000).height, 0),
        "100k = 100000",
    )
    add(
        "de",
        "Wie viele Kunden ohne Teenager im Haushalt?",
        d,
        sc(CUS, df.filter(eq("Teenhome", 0)).height, 0),
        "Teenhome = 0",
        clarify_ok="teenager",
    )
    add("de", "Median des Einkommens", d, sc(["median_income", "median"], float(df["Income"].median())), "median")
    add(
        "en",
        "and only married?",
        d,
        tb(
            ["education"],
            RR,
            gk(df.filter(eq("Marital_Status", "Married")), "Education", lambda g: float(g["Response"].mean())),
        ),
        "keeps by education",
        context=["response rate by education"],
    )
    add(
        "de",
        "Wie viele Webkäufe im Schnitt?",
        d,
        sc(["mean_num_web_purchases", "num_web_purchases"], float(df["NumWebPurchases"].mean())),
        "mean NumWebPurchases",
    )
    for lang, q, words, note in [
        ("de", "Umsatz im Jahr 2014", [], "no order lines, only spend totals"),
        ("en", "what's the churn here?", [], "no churn flag, no orders"),
        ("en", "NPS of graduates", ["nps"], "no survey"),
        ("de", "Öffnungsrate der Kampagnen-Mails", [], "no email tracking"),
    ]:
        add(lang, q, d, refuse(*words), note)


# ------------------------------------------------------------------------------------------------ synthetic tables
FR = synth6.frames()


def norm(df, order, cust, date, amount, cancelled=None):
    return df.with_columns(
        order_id=pl.col(order).cast(pl.Utf8),
        customer_id=pl.col(cust),
        order_date=pl.col(date),
        amount=pl.col(amount),
        quantity=pl.lit(1),
        cancel_prefix=pl.lit(False),
        cancelled=pl.lit(False) if cancelled is None else cancelled,
    )


def build_ab():
    df = norm(FR["abo.csv"], "Shipment", "Customer", "Date", "Amount")
    d, asof = AB, R.as_of(df)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y24 = w(df, *Y(2024))
    add(
        "en",
        "revenue from Premium boxes in 2024",
        d,
        sc("revenue", rev(c("Plan", "Premium"), *Y(2024))),
        "Plan Premium",
    )
    add("de", "Umsatz je Tarif 2024", d, tb(["plan"], "revenue", rows_by(y24, "Plan", R.revenue)), "Tarif = Plan")
    add(
        "en",
        "how many subscribers in Hamburg",
        d,
        sc(CUS, R.n_customers(c("City", "Hamburg")), 0),
        "subscribers = customers with a paid box",
    )
    add(
        "de",
        "Wie viele Boxen wurden 2024 verschickt?",
        d,
        sc(ORD, R.n_orders(y24), 0),
        "shipped boxes = orders (skipped boxes have Amount 0)",
    )
    sk = y24.filter(eq("Status", "skipped")).height
    add(
        "en",
        "how many boxes were skipped in 2024",
        d,
        sc(["count", "n", "rows", "skipped", "boxes", "orders"], sk, 0),
        "rows with Status skipped in 2024",
    )
    add(
        "de",
        "Anteil übersprungener Boxen",
        d,
        sc(
            ["share", "skip_rate", "share_skipped", "share_status"],
            df.filter(eq("Status", "skipped")).height / df.height,
        ),
        "skipped rows / all rows",
    )
    add(
        "en",
        "average revenue per subscriber from Instagram",
        d,
        sc(RPC, rpc(c("Channel", "Instagram"))),
        "mean over Instagram members",
    )
    add(
        "de",
        "Welcher Kanal bringt die meisten Abonnenten?",
        d,
        tb(["channel"], CUS, rows_by(df, "Channel", R.n_customers, 1, rnd=False), True, 0),
        "top 1 by customers",
    )
    two_key = [[k1, k2, r2(R.revenue(g))] for (k1, k2), g in y24.group_by(["City", "Plan"])]
    add("en", "revenue by city and plan in 2024", d, tb(["city", "plan"], "revenue", two_key), "two keys")
    yq, qq = last_quarter(asof)
    add(
        "de",
        "Was kam im letzten Quartal an Umsatz rein?",
        d,
        sc("revenue", rev(df, *Q(yq, qq))),
        f"last complete quarter before {asof}: {yq}-Q{qq}",
    )
    nq = [[f"2024-Q{q}", R.new_customers(df, *Q(2024, q))] for q in (1, 2, 3, 4)]
    add(
        "en",
        "new subscribers per quarter in 2024",
        d,
        tb([["quarter", "period"]], "new_customers", nq, True, 0),
        "first paid box per quarter",
    )
    add(
        "de",
        "Neukunden aus dem Podcast 2024",
        d,
        sc("new_customers", R.new_customers(c("Channel", "Podcast"), *Y(2024)), 0),
        "Channel Podcast, first order in 2024",
    )
    add(
        "en",
        "subscriber churn in 2024",
        d,
        sc(CHURN, 1 - R.retention(df, Y(2023), Y(2024))),
        "1 − retention 2023 → 2024",
    )
    add(
        "de", "Wie hoch ist die Wiederkaufrate bei den Abos?", d, sc("repeat_rate", R.repeat_rate(df)), "≥ 2 paid boxes"
    )
    add("en", "average number of boxes per subscriber", d, sc(OPC, opc(df)), "orders per customer")
    add("de", "Durchschnittlicher Boxwert", d, sc(AOV, aov(df)), "AOV over paid boxes")
    add(
        "en",
        "Family plan revenue in Munich since July 2024",
        d,
        sc("revenue", rev(f(df, eq("Plan", "Family"), eq("City", "Munich")), D(2024, 7, 1), asof)),
        "since 2024-07-01",
    )
    add(
        "de",
        "Umsatz ohne Basic im ersten Halbjahr 2024",
        d,
        sc("revenue", rev(df.filter(pl.col("Plan") != "Basic"), D(2024, 1, 1), D(2024, 7, 1))),
        "H1 2024, Plan ≠ Basic",
    )
    ct = R.customer_table(df)
    add(
        "en",
        "how many subscribers received more than 12 boxes",
        d,
        sc(CUS, ct.filter(pl.col("orders") > 12).height, 0),
        "paid boxes > 12",
    )
    add("de", "Top 3 Städte nach Umsatz", d, tb(["city"], "revenue", rows_by(df, "City", R.revenue, 3), True), "top 3")
    add(
        "en",
        "revenue share of the Referral channel",
        d,
        sc(SHARE, R.revenue(c("Channel", "Referral")) / R.revenue(df)),
        "Referral / all",
    )
    add(
        "de",
        "Umsatz Berlin vs Hamburg 2024",
        d,
        tb(["city"], "revenue", [[k, rev(c("City", k), *Y(2024))] for k in ("Berlin", "Hamburg")]),
        "two rows",
    )
    add("en", "median revenue per subscriber", d, sc(MED_CUST, med_cust(df)), "median over customers")
    add(
        "de",
        "Umsatz der Podcast-Kunden mit Rabatt auf die erste Box",
        d,
        sc(
            "revenue",
            r2(
                df.filter(
                    eq("Channel", "Podcast")
                    & (pl.col("Amount") > 0)
                    & (
                        pl.col("Amount")
                        < pl.col("Plan").replace_strict({"Basic": 29.0, "Premium": 49.0, "Family": 69.0})
                    )
                )["Amount"].sum()
            ),
        ),
        "discounted first boxes: no discount column, so asking back is the better answer",
        clarify_ok="rabatt",
    )
    OUT[-1]["expect"] = refuse()  # there is no discount column: the reference value above only documents the trap
    add(
        "de",
        "und nur Premium?",
        d,
        tb(["city"], "revenue", rows_by(w(c("Plan", "Premium"), *Y(2024)), "City", R.revenue)),
        "keeps by city 2024",
        context=["Umsatz 2024 nach Stadt"],
    )
    add(
        "en",
        "and from Instagram?",
        d,
        sc(CUS, R.n_customers(c("Channel", "Instagram")), 0),
        "replaces Google",
        context=["how many subscribers came from Google"],
    )
    add(
        "de",
        "Wie viele Kunden gibt es in Köln?",
        d,
        sc(CUS, R.n_customers(c("City", "Cologne")), 0),
        "Köln = Cologne; complete question (no plan grouping); asking back about Köln is fine",
        context=["revenue by plan"],
        clarify_ok="köln",
    )
    add(
        "en",
        "what does churn rate mean here",
        d,
        definition("retention", "did not", "no longer", "without an order", "1 −", "1 -"),
        "definition",
    )
    for lang, q, words, note in [
        ("de", "Kündigungsgründe der Abonnenten", [], "no cancellation reason"),
        ("en", "revenue from the Gourmet plan", ["gourmet"], "no such plan"),
        ("de", "Umsatz in Frankfurt", ["frankfurt"], "no such city"),
        ("en", "average box weight", ["weight"], "no weight"),
        ("de", "Umsatz 2022", [], "before the data"),
        ("en", "how satisfied are subscribers", [], "no survey"),
        ("de", "Lieferverzögerungen je Stadt", [], "no delivery data"),
        ("en", "customer acquisition cost per channel", [], "no cost column"),
        ("de", "NPS der Premium-Kunden", [], "no survey"),
    ]:
        add(lang, q, d, refuse(*words), note)


def build_ws():
    df = norm(FR["werkstatt.csv"], "Auftrag", "Kunde", "Datum", "Betrag")
    d, asof = WS, R.as_of(df)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y23, y24 = w(df, *Y(2023)), w(df, *Y(2024))
    add(
        "de",
        "Umsatz mit Reifenwechseln 2023",
        d,
        sc("revenue", rev(c("Leistung", "Reifenwechsel"), *Y(2023))),
        "Leistung Reifenwechsel (plural)",
    )
    add(
        "de",
        "Wie viele Aufträge hat Becker 2024 bearbeitet?",
        d,
        sc(ORD, R.n_orders(w(c("Monteur", "Becker"), *Y(2024))), 0),
        "Monteur Becker",
    )
    add(
        "en",
        "revenue per mechanic in 2024",
        d,
        tb(["monteur"], "revenue", rows_by(y24, "Monteur", R.revenue)),
        "by Monteur (per X with a dimension = a breakdown of revenue)",
        clarify_ok="mechanic",
    )
    yq, qq = last_quarter(asof)
    add(
        "de",
        "Umsatz je Filiale im letzten Quartal",
        d,
        tb(["filiale"], "revenue", rows_by(w(df, *Q(yq, qq)), "Filiale", R.revenue)),
        f"{yq}-Q{qq}",
    )
    add(
        "de",
        "Durchschnittlicher Rechnungsbetrag je Auftrag in der Filiale Süd",
        d,
        sc(AOV, aov(c("Filiale", "Süd"))),
        "AOV Filiale Süd",
    )
    add("en", "how many BMW customers do we have", d, sc(CUS, R.n_customers(c("Marke", "BMW")), 0), "Marke BMW")
    add(
        "de",
        "Welche Marke bringt am meisten Umsatz pro Kunde?",
        d,
        tb(["marke"], RPC, rows_by(df, "Marke", rpc, 1, rnd=False), True),
        "top 1 by revenue per customer",
    )
    u = c("Leistung", "Unfallreparatur")
    add(
        "de",
        "Umsatz Unfallreparaturen Q2 2024 vs Q2 2023",
        d,
        two("revenue", [(2023, qlabels(2023, 2), rev(u, *Q(2023, 2))), (2024, qlabels(2024, 2), rev(u, *Q(2024, 2)))]),
        "two quarters",
    )
    add(
        "en",
        "share of brake jobs in 2024 revenue",
        d,
        sc(SHARE, R.revenue(f(y24, eq("Leistung", "Bremsen"))) / R.revenue(y24)),
        "Bremsen / all 2024",
        clarify_ok="brake",
    )
    ct24 = R.customer_table(y24)
    add(
        "de",
        "Wie viele Kunden kamen 2024 mehr als dreimal?",
        d,
        sc(CUS, ct24.filter(pl.col("orders") > 3).height, 0),
        "orders in 2024 > 3",
    )
    add("de", "Stammkundenquote", d, sc(["repeat_rate", "share"], R.repeat_rate(df)), "Stammkunden = repeat customers")
    add(
        "en",
        "how many first-time customers did we get in 2024",
        d,
        sc(["new_customers", "customers"], R.new_customers(df, *Y(2024)), 0),
        "first order in 2024",
    )
    ct = R.customer_table(df)
    topo = sorted([[r["customer_id"], r["orders"]] for r in ct.iter_rows(named=True)], key=lambda r: (-r[1], r[0]))
    add(
        "de",
        "Top 5 Kunden nach Anzahl Werkstattbesuche",
        d,
        tb(["customer_id"], ORD, strict_top(topo, 5), True, 0),
        "visits = orders",
    )
    add(
        "en",
        "Toyota revenue since September 2024",
        d,
        sc("revenue", rev(c("Marke", "Toyota"), D(2024, 9, 1), asof)),
        "since 2024-09-01",
    )
    add(
        "de",
        "Umsatz ohne Ölwechsel 2024",
        d,
        sc("revenue", rev(df.filter(pl.col("Leistung") != "Ölwechsel"), *Y(2024))),
        "exclusion",
    )
    add(
        "de",
        "Umsatz mit Oelwechsel 2023",
        d,
        sc("revenue", rev(c("Leistung", "Ölwechsel"), *Y(2023))),
        "umlaut-less Ölwechsel",
    )
    ins = c("Leistung", "Inspektion")
    add(
        "en",
        "average invoice for inspections",
        d,
        alt(sc(AOV, aov(ins)), sc(["mean_betrag", "mean_amount", "betrag", "amount"], float(ins["amount"].mean()))),
        "AOV over inspection lines (mean line amount accepted)",
    )
    add(
        "de",
        "Umsatz pro Monat 2024 in der Filiale Nord",
        d,
        tb(["month"], "revenue", by_month(w(c("Filiale", "Nord"), *Y(2024)), R.revenue)),
        "by month",
    )
    add(
        "en",
        "customers lost in 2024",
        d,
        sc(LOST, lost(df, Y(2023), Y(2024)), 0),
        "2023 customers without a 2024 visit",
    )
    add(
        "de",
        "Wie gut haben wir 2024 unsere Kunden gehalten?",
        d,
        sc(RET, R.retention(df, Y(2023), Y(2024))),
        "retention 2023 → 2024",
    )
    add("de", "Median Auftragswert BMW", d, sc(MED_ORDER, med_order(c("Marke", "BMW"))), "median order, BMW")
    add(
        "en",
        "which service generates the least revenue",
        d,
        tb(["leistung"], "revenue", rows_by(df, "Leistung", R.revenue, 1, desc=False), True),
        "bottom 1",
        clarify_ok="service",
    )
    add(
        "de",
        "Wie viele Aufträge hatte die Filiale Süd im Oktober 2024?",
        d,
        sc(ORD, R.n_orders(w(c("Filiale", "Süd"), *M(2024, 10))), 0),
        "Oct 2024",
    )
    add(
        "en",
        "total revenue of customers who spent more than 2000 EUR",
        d,
        sc("revenue", r2(ct.filter(pl.col("revenue") > 2000)["revenue"].sum())),
        "customer revenue > 2000, summed",
    )
    add(
        "de",
        "Wie viele Opel-Fahrer waren 2023 da?",
        d,
        sc(CUS, R.n_customers(w(c("Marke", "Opel"), *Y(2023))), 0),
        "Opel customers with a 2023 visit",
    )
    add(
        "de",
        "Und im Jahr davor?",
        d,
        tb(["monteur"], "revenue", rows_by(y23, "Monteur", R.revenue)),
        "keeps by Monteur",
        context=["Umsatz je Monteur 2024"],
    )
    add(
        "de",
        "und Süd?",
        d,
        sc("revenue", rev(c("Filiale", "Süd"), *Y(2024))),
        "replaces Nord",
        context=["Umsatz Filiale Nord 2024"],
    )
    add(
        "de",
        "Wie viele Aufträge gab es insgesamt?",
        d,
        sc(ORD, R.n_orders(df), 0),
        "complete question: no VW, no 2024",
        context=["Anzahl Aufträge VW 2024"],
    )
    add(
        "en",
        "and only inspections?",
        d,
        tb(["marke"], "revenue", rows_by(ins, "Marke", R.revenue)),
        "keeps by brand",
        context=["revenue by Marke"],
    )
    add("de", "Umsatz Inspecktion 2024", d, sc("revenue", rev(ins, *Y(2024))), "typo", typo="inspecktion")
    add("de", "Umsatz in der Filiale Sued 2024", d, sc("revenue", rev(c("Filiale", "Süd"), *Y(2024))), "Sued = Süd")
    add(
        "en",
        "average revenue per customer by branch",
        d,
        tb(["filiale"], RPC, rows_by(df, "Filiale", rpc, rnd=False)),
        "mean per Filiale",
        clarify_ok="branch",
    )
    for lang, q, words, note in [
        ("de", "Umsatz mit Mercedes", ["mercedes"], "no such brand"),
        ("de", "Wie lange dauert eine Inspektion im Schnitt?", [], "no durations"),
        ("en", "parts margin by brand", [], "no cost"),
        ("de", "Umsatz der Filiale Mitte", ["mitte"], "no such branch"),
        ("en", "what did we make in 2021", [], "before the data"),
        ("de", "Wie viele Kilometer fahren unsere Kunden?", ["kilometer"], "no mileage"),
        ("en", "jobs done by mechanic Schmidt", ["schmidt"], "no such mechanic"),
        ("de", "Kundenzufriedenheit pro Monteur", [], "no survey"),
        ("en", "how many cars are electric", ["electric"], "no drive type"),
        ("de", "Umsatz nach Fahrzeugalter", ["fahrzeugalter"], "no vehicle age"),
    ]:
        add(lang, q, d, refuse(*words), note)


def build_gh():
    raw = FR["grosshandel.csv"]
    df = norm(raw, "Belegnummer", "Kundennummer", "Belegdatum", "Nettobetrag")
    d, asof = GH, R.as_of(df)
    c = lambda col, *v: df.filter(pl.col(col).is_in(list(v)))  # noqa: E731
    y23, y24 = w(df, *Y(2023)), w(df, *Y(2024))
    add("de", "Nettoumsatz 2024", d, sc("revenue", rev(df, *Y(2024))), "net of credit notes")
    add(
        "de",
        "Umsatz mit Getränken in Bayern 2024",
        d,
        sc("revenue", rev(f(df, eq("Artikelgruppe", "Getränke"), eq("Bundesland", "Bayern")), *Y(2024))),
        "two filters",
    )
    gs = w(c("Belegart", "Gutschrift"), *Y(2024))
    v = r2(gs["amount"].sum())
    add(
        "de",
        "Summe der Gutschriften 2024",
        d,
        alt(
            sc(["revenue", "sum_nettobetrag", "amount", "credit_notes", "returns"], v),
            sc(["revenue", "sum_nettobetrag", "amount", "credit_notes", "returns"], -v),
        ),
        "Σ Nettobetrag of Gutschrift (sign either way)",
    )
    add(
        "en",
        "revenue by sales rep in 2024",
        d,
        tb(["vertreter"], "revenue", rows_by(y24, "Vertreter", R.revenue)),
        "sales rep = Vertreter",
        clarify_ok="sales rep",
    )
    add(
        "de",
        "Welcher Vertreter hat im ersten Quartal 2025 am meisten Umsatz gemacht?",
        d,
        tb(["vertreter"], "revenue", rows_by(w(df, *Q(2025, 1)), "Vertreter", R.revenue, 1), True),
        "top 1",
    )
    add(
        "de",
        "Wie viele Rechnungen wurden 2024 geschrieben?",
        d,
        sc(ORD, R.n_orders(y24), 0),
        "documents with a positive total = invoices",
    )
    add("de", "Umsatz je Kunde in Sachsen", d, sc(RPC, rpc(c("Bundesland", "Sachsen"))), "mean per customer")
    add(
        "en",
        "top 5 customers 2024",
        d,
        tb(
            [
                "customer_id",
            ],
            "revenue",
            [[a_, r2(b_)] for a_, b_ in R.top_customers(y24, "revenue", 5)],
            True,
        ),
        "by revenue",
    )
    add(
        "en",
        "how many customers in NRW ordered in 2025",
        d,
        sc(CUS, R.n_customers(w(c("Bundesland", "NRW"), D(2025, 1, 1), asof)), 0),
        "2025 so far",
    )
    h = c("Bundesland", "Hessen")
    add(
        "de",
        "Umsatz Hessen Q1 2025 vs Q1 2024",
        d,
        two("revenue", [(2024, qlabels(2024, 1), rev(h, *Q(2024, 1))), (2025, qlabels(2025, 1), rev(h, *Q(2025, 1)))]),
        "two quarters (Q1 2025 may be marked incomplete)",
    )
    add(
        "de",
        "Anteil Tiefkühl am Umsatz 2024",
        d,
        sc(SHARE, R.revenue(f(y24, eq("Artikelgruppe", "Tiefkühl"))) / R.revenue(y24)),
        "share",
    )
    inv = y24.filter(eq("Belegart", "Rechnung")).group_by("order_id").agg(pl.col("amount").sum())
    add(
        "de",
        "Durchschnittlicher Belegwert 2024",
        d,
        alt(sc(AOV, aov(y24)), sc(AOV, float(inv["amount"].mean()))),
        "net revenue / invoices (mean invoice accepted)",
    )
    add(
        "en",
        "revenue excluding credit notes in 2024",
        d,
        sc("revenue", r2(y24.filter(eq("Belegart", "Rechnung"))["amount"].sum())),
        "invoices only (gross of credit notes)",
        clarify_ok="credit notes",
    )
    add(
        "de",
        "Wie viele Kunden hatten 2024 eine Gutschrift?",
        d,
        sc(CUS, gs["customer_id"].n_unique(), 0),
        "distinct customers with a Gutschrift in 2024",
    )
    add(
        "de",
        "Umsatz Non-Food ohne Bayern",
        d,
        sc("revenue", rev(f(df, eq("Artikelgruppe", "Non-Food"), pl.col("Bundesland") != "Bayern"))),
        "all data",
    )
    add("en", "customers who bought in 2023 but not in 2024", d, sc(LOST, lost(df, Y(2023), Y(2024)), 0), "lost")
    add("de", "Abwanderungsrate 2024", d, sc(CHURN, 1 - R.retention(df, Y(2023), Y(2024))), "1 − retention 2023 → 2024")
    ct = R.customer_table(df)
    add(
        "de",
        "Kunden mit unter 3 Bestellungen – wie viele?",
        d,
        sc(CUS, ct.filter(pl.col("orders") < 3).height, 0),
        "orders < 3",
    )
    tk = [[k1, k2, r2(R.revenue(g))] for (k1, k2), g in y24.group_by(["Artikelgruppe", "Bundesland"])]
    add(
        "de",
        "Umsatz je Artikelgruppe und Bundesland 2024",
        d,
        tb(["artikelgruppe", "bundesland"], "revenue", tk),
        "two keys",
    )
    ab = R.abc(df)
    add("en", "ABC analysis: how many A customers", d, sc(CUS, ab.filter(eq("abc_class", "A")).height, 0), "ABC")
    add(
        "de",
        "Umsatz der B-Kunden laut ABC-Analyse",
        d,
        sc("revenue", r2(ab.filter(eq("abc_class", "B"))["revenue"].sum())),
        "ABC class B",
    )
    add("en", "median document value 2024", d, sc(MED_ORDER, med_order(y24)), "median over 2024 invoices")
    add(
        "de",
        "Neukunden im ersten Quartal 2025",
        d,
        sc("new_customers", R.new_customers(df, *Q(2025, 1)), 0),
        "first order",
    )
    last = asof - dt.timedelta(days=1)
    pm = R.month_start(D(last.year, last.month, 1), -1)
    add(
        "de",
        "Umsatz im Vormonat",
        d,
        alt(sc("revenue", rev(df, *M(pm.year, pm.month))), sc("revenue", rev(df, *M(last.year, last.month)))),
        f"last complete month {pm:%Y-%m} (the running month {last:%Y-%m} accepted)",
    )
    add("en", "revenue since the start of the year", d, sc("revenue", rev(df, D(asof.year, 1, 1), asof)), "YTD")
    add(
        "de",
        "Wie viele Belege gibt es pro Kunde im Schnitt?",
        d,
        alt(
            sc(OPC, opc(df)),
            sc([*OPC, "documents", "mean_documents"], df["order_id"].n_unique() / df["customer_id"].n_unique()),
        ),
        "orders per customer (all documents per customer accepted)",
        clarify_ok="belege",
    )
    add(
        "de",
        "Top 5 Kunden nach Customer Lifetime Value",
        d,
        ts(["customer_id"], "clv", ref4.clv_top(df, 5), 3),
        "clv model; 3 of 5",
    )
    add(
        "de",
        "und fürs Vorjahr?",
        d,
        tb(["vertreter"], "revenue", rows_by(y23, "Vertreter", R.revenue)),
        "keeps by Vertreter",
        context=["Umsatz je Vertreter 2024"],
    )
    add(
        "de",
        "und in Hessen?",
        d,
        sc("revenue", rev(f(df, eq("Artikelgruppe", "Getränke"), eq("Bundesland", "Hessen")), *Y(2024))),
        "keeps Getränke 2024",
        context=["Umsatz Getränke 2024"],
    )
    add(
        "de",
        "Wie hoch war der Umsatz 2024 insgesamt?",
        d,
        sc("revenue", rev(df, *Y(2024))),
        "complete: no Bayern",
        context=["Umsatz Bayern 2024"],
    )
    add(
        "de",
        "nur Wagner",
        d,
        tb(["bundesland"], "revenue", rows_by(c("Vertreter", "Wagner"), "Bundesland", R.revenue)),
        "keeps by Bundesland",
        context=["Nettoumsatz nach Bundesland"],
    )
    add(
        "de",
        "Umsatz von Vertreter Oeztuerk 2024",
        d,
        sc("revenue", rev(c("Vertreter", "Öztürk"), *Y(2024))),
        "umlaut-less Öztürk",
    )
    add(
        "en",
        "Which rep has the most customers?",
        d,
        tb(["vertreter"], CUS, rows_by(df, "Vertreter", R.n_customers, 1, rnd=False), True, 0),
        "top 1 by customers",
        clarify_ok="rep",
    )
    add(
        "de",
        "Deckungsbeitrag je Artikelgruppe",
        d,
        tb(["artikelgruppe"], "profit", rows_by(df, "Artikelgruppe", R.revenue)),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )
    for lang, q, words, note in [
        ("de", "Was setzen wir in Berlin um?", ["berlin"], "no Berlin (Bundesländer only)"),
        ("de", "Umsatz von Vertreter Müller", ["müller"], "no such rep"),
        ("en", "revenue 2022", [], "before the data"),
        ("de", "Lagerbestand Getränke", ["lagerbestand"], "no stock"),
        ("de", "Zahlungsziel im Schnitt", ["zahlungsziel"], "no payment terms"),
        ("de", "Umsatz mit Obst", ["obst"], "no such group"),
        ("en", "open receivables by customer", ["receivables"], "no payments"),
        ("de", "Mahnquote", ["mahnquote"], "no dunning"),
        ("de", "Umsatz Q3 2025", [], "after the analysis date"),
    ]:
        add(lang, q, d, refuse(*words), note)


# ------------------------------------------------------------------------------------------------ second pass: harder
def build_extra():
    """Set logic, populations defined by a status, thresholds on groups, follow-ups that change the metric, and
    profit/margin words on data without costs (the second pass after the first score: more of what goes wrong)."""
    dm, d = ref4.dm, DEMO
    asof = R.as_of(dm)
    kind = lambda k: dm.filter(eq("kind", k))  # noqa: E731
    y24 = w(dm, *Y(2024))
    add(
        "de",
        "Umsatz der Kunden aus Google Ads im letzten Quartal",
        d,
        sc("revenue", rev(dm.filter(eq("acquisition_channel", "Google Ads")), *Q(2025, 2))),
        "acquisition channel ∧ Q2 2025",
    )
    b2b_all = set(R.customers_set(kind("b2b")).to_list())
    b2b_25 = set(R.customers_set(w(kind("b2b"), D(2025, 1, 1), asof)).to_list())
    add(
        "en",
        "How many b2b customers have not ordered in 2025?",
        d,
        sc(LOST, len(b2b_all - b2b_25), 0),
        "b2b buyers (ever) without an order in 2025",
    )
    add(
        "de",
        "Anteil der Neukunden an allen Kunden 2024",
        d,
        sc(
            ["customer_share", "share", "new_customer_share", "share_new_customers"],
            R.new_customers(dm, *Y(2024)) / R.n_customers(y24),
        ),
        "new 2024 / customers with a 2024 order",
    )
    add(
        "en",
        "average revenue per b2b customer by industry, lowest first",
        d,
        tb(["industry"], RPC, rows_by(kind("b2b"), "industry", rpc, desc=False, rnd=False), True),
        "ascending",
    )
    add(
        "de",
        "Umsatz je Quartal 2024",
        d,
        tb([["quarter", "period"]], "revenue", by_quarter(y24, R.revenue), True),
        "four quarters",
    )
    add(
        "en",
        "Which country had the highest AOV in 2024?",
        d,
        tb(["country"], AOV, rows_by(y24, "country", aov, 1, rnd=False), True),
        "top 1 by AOV",
    )
    top10 = {a_ for a_, _ in R.top_customers(y24, "revenue", 10)}
    add(
        "de",
        "Umsatz 2024 ohne die zehn größten Kunden",
        d,
        sc("revenue", r2(R.revenue(y24.filter(~pl.col("customer_id").is_in(list(top10)))))),
        "2024 revenue minus the top 10 customers of 2024",
    )
    at = R.customer_table(dm.filter(eq("country", "Austria")))
    topo = sorted([[r["customer_id"], r["orders"]] for r in at.iter_rows(named=True)], key=lambda r: (-r[1], r[0]))
    add(
        "de",
        "Top 3 Kunden nach Bestellungen in Österreich",
        d,
        tb(["customer_id"], ORD, strict_top(topo, 3), True, 0),
        "Austria, by orders",
    )
    tot = R.revenue(y24)
    add(
        "de",
        "und als Anteil?",
        d,
        tb(["channel"], SHARE, [[k, R.revenue(g) / tot] for (k,), g in y24.group_by(["channel"])]),
        "same grouping, share of revenue",
        context=["Umsatz je Kanal 2024"],
    )
    nps_of = lambda x: float(((x["nps"] >= 9).mean() - (x["nps"] <= 6).mean()) * 100)  # noqa: E731
    nr = ref4.dsv.filter(pl.col("nps").is_not_null())
    add(
        "de",
        "und 2025?",
        d,
        sc("nps", nps_of(nr.filter(pl.col("response_date").dt.year() == 2025))),
        "NPS of 2025 answers",
        context=["NPS 2024"],
    )
    add(
        "de",
        "und davon B2B?",
        d,
        sc("new_customers", R.new_customers(kind("b2b"), *Y(2024)), 0),
        "new 2024 customers who are b2b",
        context=["Wie viele Neukunden hatten wir 2024?"],
    )
    add(
        "en",
        "revenue from Referral customers in Switzerland",
        d,
        sc("revenue", rev(f(dm, eq("acquisition_channel", "Referral"), eq("country", "Switzerland")))),
        "two filters",
    )
    add(
        "de",
        "Wie viele Kunden haben 2024 mehr als 5.000 € ausgegeben?",
        d,
        sc(CUS, R.customer_table(y24).filter(pl.col("revenue") > 5000).height, 0),
        "2024 revenue > 5000 per customer",
    )
    for lang, q, words, note in [
        ("de", "Gewinn je Mitarbeiter", ["mitarbeiter"], "no staff data"),
        ("en", "revenue per square metre", [], "no floor space"),
        ("en", "How many customers opened our emails?", [], "no email tracking"),
    ]:
        add(lang, q, d, refuse(*words), note)

    ii, d = R.load_online_retail(synth6.ensure() / "ii_slice.parquet"), II
    y11 = w(ii, *Y(2011))
    cc = [[k, R.n_customers(g)] for (k,), g in ii.group_by(["country"])]
    add(
        "en",
        "Which countries have more than 100 customers?",
        d,
        {"kind": "keyset", "keys": ["country"], "rows": [[k] for k, v in cc if v > 100]},
        "exactly those countries",
    )
    add(
        "de",
        "Welche Länder haben weniger als 10 Kunden?",
        d,
        {"kind": "keyset", "keys": ["country"], "rows": [[k] for k, v in cc if 0 < v < 10]},
        "exactly those countries",
    )
    add(
        "en",
        "revenue in Germany in the first nine months of 2011",
        d,
        sc("revenue", rev(ii.filter(eq("country", "Germany")), D(2011, 1, 1), D(2011, 10, 1))),
        "Jan–Sep 2011",
    )
    add(
        "en",
        "and per customer?",
        d,
        tb(["country"], RPC, rows_by(y11, "country", rpc, rnd=False)),
        "metric changes to revenue per customer, grouping and year kept",
        context=["revenue by country in 2011"],
    )
    fr = ii.filter(eq("country", "France"))
    add(
        "de",
        "Wie viele französische Kunden haben 2011 nicht bestellt?",
        d,
        sc(LOST, len(set(R.customers_set(fr).to_list()) - set(R.customers_set(w(fr, *Y(2011))).to_list())), 0),
        "French customers (ever) without a 2011 order",
    )
    add(
        "de",
        "Gewinn 2011",
        d,
        sc("profit", rev(ii, *Y(2011))),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )

    cd, d = ref4.cd, CD
    add(
        "en",
        "how many customers spent more than 500 dollars in total",
        d,
        sc(CUS, R.customer_table(cd).filter(pl.col("revenue") > 500).height, 0),
        "customer revenue > 500",
    )
    add(
        "en",
        "profit in 1997",
        d,
        sc("profit", rev(cd, *Y(1997))),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )

    df = norm(FR["werkstatt.csv"], "Auftrag", "Kunde", "Datum", "Betrag")
    d, asof = WS, R.as_of(df)
    before = set(R.customers_set(w(df, None, D(2024, 1, 1))).to_list())
    in24 = set(R.customers_set(w(df, *Y(2024))).to_list())
    add(
        "de",
        "Wie viele Stammkunden von vor 2024 waren 2024 gar nicht da?",
        d,
        sc(LOST, len(before - in24), 0),
        "customers with a visit before 2024 and none in 2024",
    )
    ct = R.customer_table(df)
    once = ct.filter(pl.col("orders") == 1)["customer_id"].to_list()
    add(
        "de",
        "Umsatz der Kunden, die nur einmal da waren",
        d,
        sc("revenue", r2(R.revenue(df.filter(pl.col("customer_id").is_in(once))))),
        "revenue of one-visit customers",
    )
    add(
        "de",
        "Anteil der BMW-Kunden an allen Kunden",
        d,
        sc(
            ["customer_share", "share", "share_customers"],
            R.n_customers(df.filter(eq("Marke", "BMW"))) / R.n_customers(df),
        ),
        "BMW customers / all",
    )
    add(
        "en",
        "average order value by Monteur",
        d,
        tb(["monteur"], AOV, rows_by(df, "Monteur", aov, rnd=False)),
        "AOV per Monteur",
    )
    ins24 = w(df.filter(eq("Leistung", "Inspektion")), *Y(2024))
    add(
        "de",
        "und der Anteil am Gesamtumsatz?",
        d,
        sc(SHARE, R.revenue(ins24) / R.revenue(w(df, *Y(2024)))),
        "Inspektion share of 2024 revenue",
        context=["Umsatz Inspektion 2024"],
    )
    add("de", "Marge je Leistung", d, refuse(), "no cost")

    df = norm(FR["grosshandel.csv"], "Belegnummer", "Kundennummer", "Belegdatum", "Nettobetrag")
    d = GH
    y24 = w(df, *Y(2024))
    with_cn = y24.filter(eq("Belegart", "Gutschrift"))["customer_id"].unique().to_list()
    add(
        "de",
        "Umsatz 2024 der Kunden ohne Gutschrift",
        d,
        sc("revenue", r2(R.revenue(y24.filter(~pl.col("customer_id").is_in(with_cn))))),
        "2024 revenue of customers with no credit note in 2024",
    )
    add(
        "de",
        "Wie viele Gutschriften gab es 2024?",
        d,
        sc(
            ["count", "credit_notes", "documents", "return_documents", "returns", "n"],
            y24.filter(eq("Belegart", "Gutschrift"))["order_id"].n_unique(),
            0,
        ),
        "distinct Gutschrift documents in 2024",
    )
    he = w(df.filter(eq("Bundesland", "Hessen")), *Y(2024))
    add(
        "en",
        "top 3 customers in Hessen in 2024",
        d,
        tb(["customer_id"], "revenue", [[a_, r2(b_)] for a_, b_ in R.top_customers(he, "revenue", 3)], True),
        "by revenue",
    )
    add(
        "de",
        "Umsatz je Vertreter, nur Getränke, 2024",
        d,
        tb(["vertreter"], "revenue", rows_by(y24.filter(eq("Artikelgruppe", "Getränke")), "Vertreter", R.revenue)),
        "filter + group",
    )
    add(
        "de",
        "Rohertrag 2024",
        d,
        sc("profit", rev(df, *Y(2024))),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )

    df = norm(FR["abo.csv"], "Shipment", "Customer", "Date", "Amount")
    d = AB
    skippers = df.filter(eq("Status", "skipped"))["customer_id"].unique().to_list()
    add(
        "de",
        "Wie viele Kunden haben nie eine Box ausgelassen?",
        d,
        sc(CUS, R.customer_table(df).filter(~pl.col("customer_id").is_in(skippers)).height, 0),
        "customers with a paid box and no skipped row",
    )
    add(
        "en",
        "revenue from Podcast customers in 2024",
        d,
        sc("revenue", rev(df.filter(eq("Channel", "Podcast")), *Y(2024))),
        "Channel Podcast, 2024",
    )
    add(
        "de",
        "Umsatz Family im Vergleich zu Basic 2024",
        d,
        tb(["plan"], "revenue", [[k, rev(df.filter(eq("Plan", k)), *Y(2024))] for k in ("Family", "Basic")]),
        "two rows",
    )
    add(
        "en",
        "profit per plan",
        d,
        tb(["plan"], "profit", rows_by(df, "Plan", R.revenue)),
        "no cost column: metrics.md takes profit = revenue × the assumed default margin (100 %), said in notes",
    )

    sa, d = ref4.sa, SA
    add(
        "de",
        "Umsatz 2004 ohne stornierte und strittige Aufträge",
        d,
        sc("revenue", rev(sa.filter(pl.col("STATUS") != "Disputed"), *Y(2004))),
        "cancelled never count; Disputed excluded too",
    )
    o = sa.group_by("order_id").agg(pl.col("STATUS").first())
    add(
        "en",
        "what share of orders has been shipped",
        d,
        sc(["order_share", "share", "share_orders"], o.filter(eq("STATUS", "Shipped")).height / o.height),
        "Shipped orders / all orders (cancelled included in the base; shipped / non-cancelled accepted)",
    )
    OUT[-1]["expect"]["alternatives"] = [
        sc(
            ["order_share", "share", "share_orders"],
            o.filter(eq("STATUS", "Shipped")).height / o.filter(pl.col("STATUS") != "Cancelled").height,
        )
    ]

    ch, d = ref4.ch, CH
    add(
        "de",
        "Wie viele aktive Mitglieder sind trotzdem gegangen?",
        d,
        sc(CUS, ch.filter(eq("IsActiveMember", 1) & eq("Exited", 1)).height, 0),
        "active ∧ exited",
    )
    add(
        "de",
        "Durchschnittliche Tenure der Kunden in Spanien, die geblieben sind",
        d,
        sc("mean_tenure", float(ch.filter(eq("Geography", "Spain") & eq("Exited", 0))["Tenure"].mean())),
        "Spain ∧ not exited",
    )
    add("en", "revenue per customer", d, refuse(), "a bank's customer list: no revenue (Balance is not revenue)")

    mk, d = ref4.mk, MK
    add(
        "en",
        "response rate of customers who complained",
        d,
        sc(["response_rate", "share_response", "response"], float(mk.filter(eq("Complain", 1))["Response"].mean())),
        "Complain = 1",
    )
    acc = mk.filter(pl.any_horizontal(*[pl.col(f"AcceptedCmp{i}") == 1 for i in range(1, 6)])).height
    add(
        "de",
        "Wie viele Kunden haben mindestens eine der fünf Kampagnen angenommen?",
        d,
        sc(CUS, acc, 0),
        "any AcceptedCmp1–5 = 1 (asking back is better than a wrong single campaign)",
    )


def build_refuse_extra():
    """Look-alike columns the data lacks (a fuzzy match would answer a different question), months just outside the
    data, nonsense words and impossible ranges: every one must come back as a clarify (or an error), never ok."""
    for data, lang, q, words, note in [
        (WS, "de", "Umsatz nach Modell", ["modell"], "Marke exists, Modell does not"),
        (WS, "de", "Umsatz nach Postleitzahl", ["postleitzahl"], "no postcode"),
        (WS, "de", "Umsatz im Dezember 2024", [], "data ends in late November 2024"),
        (GH, "de", "Umsatz je Filiale", ["filiale"], "no branch (Bundesland, Vertreter only)"),
        (GH, "de", "Umsatz nach Lieferant", ["lieferant"], "no supplier"),
        (GH, "de", "Umsatz im April 2025", [], "after the analysis date"),
        (GH, "de", "Umsatz am 30.02.2024", [], "impossible date"),
        (AB, "en", "revenue by country", ["country"], "City only: a city is not a country"),
        (AB, "en", "revenue by box size", ["size"], "no size"),
        (II, "de", "Umsatz nach Kundengruppe", ["kundengruppe"], "no customer group"),
        (II, "en", "revenue by region", ["region"], "country only: no region"),
        (CH, "de", "Churn-Rate nach Vertragsart", ["vertragsart"], "no contract type"),
        (MK, "de", "Antwortrate nach Land", ["land"], "no country"),
        (CD, "de", "Umsatz nach Vertriebskanal", ["vertriebskanal"], "no channel"),
        (CD, "de", "Umsatz im Juli 1998", [], "after the data"),
        (SA, "en", "revenue in June 2005", [], "data ends in May 2005"),
        (SA, "de", "Umsatz je Vertriebsmitarbeiter", ["vertriebsmitarbeiter"], "no sales rep"),
        (DEMO, "de", "Umsatz nach Produktfarbe", ["produktfarbe"], "no colour"),
        (DEMO, "de", "Wie hoch ist die Quirligkeit unserer Kunden?", ["quirligkeit"], "nonsense"),
        (DEMO, "en", "show me the flux capacitor ratio", ["flux"], "nonsense"),
        (GH, "de", "Sind unsere Kunden zufrieden?", [], "no survey"),
        (WS, "en", "revenue between May 2024 and April 2024", [], "reversed range"),
    ]:
        add(lang, q, data, refuse(*words), note)


def main() -> None:
    ref4.check_reference()
    for b in (
        build_demo,
        build_ii,
        build_cd,
        build_sa,
        build_ch,
        build_mk,
        build_ab,
        build_ws,
        build_gh,
        build_extra,
        build_refuse_extra,
    ):
        b()
    ids = [r["id"] for r in OUT]
    assert len(ids) == len(set(ids))
    with open(HERE / "round6.jsonl", "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    nref = sum(r["expect"]["kind"] == "refuse" for r in OUT)
    print(
        f"{len(OUT)} questions ({nref} refuse, {sum(r['lang'] == 'de' for r in OUT)} de, "
        f"{sum(bool(r.get('context')) for r in OUT)} follow-ups) -> round6.jsonl"
    )


if __name__ == "__main__":
    main()
