"""Round-5 blind eval of `insight ask`: where does it answer SILENTLY WRONG?

Written without reading insight/query, insight/semantic or insight/io. Expected values come from plain polars
on the raw files (`tests/ask_heldout/metrics_ref.py` for the metric rules of metrics.md; helpers and loaded
frames from `tests/ask_round4/ref4.py`) and on four seeded synthetic client tables (`synth5.py`: Superstore-like
orders, a telco customer table, German B2B orders with a Status, a survey table). Never from insight's output.
Each expectation carries a one-line reason (`note`). Emphasis: combined filters, exclusions, comparisons,
rankings (bottom N, ties), per-X ratios, shares, year-on-year, follow-ups, grain, flags, medians, distinct
counts, and ~25 % questions that must be asked back.

    .venv/bin/python tests/ask_round5/ref5.py      → writes round5.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "ask_round4"))
sys.path.insert(0, str(HERE.parent / "ask_heldout"))
import metrics_ref as R  # noqa: E402
import ref4  # noqa: E402  (loads Online Retail II/OR/CDNOW/sales/bank/marketing frames; helpers sc, tb, rev, grp …)
import synth5  # noqa: E402

from ref4 import D, M, OPC, Q, RPC, Y, cty, r2, rev, sc, tb, w  # noqa: E402

II, OR, CD, SA, CH, MK = ref4.II, ref4.OR, ref4.CD, ref4.SA, ref4.CH, ref4.MK
SS, TE, BB, SV = "synth/superstore.csv", "synth/telco.csv", "synth/b2b.csv", "synth/survey_ws"
OUT: list[dict] = []
CNT = ["count", "n", "rows", "order_lines", "lines"]
MEDIAN_AOV = ["median_order_value", "median_aov", "median_revenue", "median"]


def add(qid, lang, q, data, expect, note, context=None, clarify_ok=None):
    rec = {"id": qid, "lang": lang, "question": q, "data": data, "expect": expect, "note": note}
    if clarify_ok:
        rec["clarify_ok"] = clarify_ok
    if context:
        rec["context"] = context
    OUT.append(rec)


def refuse(*words):
    return {"kind": "refuse", "words": list(words)} if words else {"kind": "refuse"}


def counter(prefix):
    n = iter(range(1, 1000))
    return lambda: f"{prefix}{next(n):03d}"


def rows(df, key, fn, top=None, desc=True, round2=False):
    """[[value, fn(group)]] per value of key, sorted by the metric (desc) then the key."""
    out = [[k, fn(g)] for (k,), g in df.group_by([key]) if k is not None]
    out = [r for r in out if r[1] is not None]
    out = [[k, r2(v) if round2 else v] for k, v in out]
    out.sort(key=lambda r: (-r[1], str(r[0])) if desc else (r[1], str(r[0])))
    return out[:top] if top else out


def rev_per_customer(df):
    """Mean over customers (ids with an order) of their net revenue; None where a group has no customer."""
    m = R.customer_table(df)["revenue"].mean()
    return None if m is None else float(m)


def orders_per_customer(df):
    n = R.n_customers(df)
    return R.customer_orders(df).height / n if n else None


def median_order(df):
    return float(R.orders_frame(df)["v"].median())


def cust(df):
    return R.customer_table(df)


def strict_top(rs, n):
    """Rows surely in a top n: those strictly above the value at place n (ties at the cut are dropped)."""
    cut = rs[n - 1][1]
    return [r for r in rs[:n] if r[1] != cut] if len(rs) > n and rs[n][1] == cut else rs[:n]


def _with_change(expect: dict) -> dict:
    """A two-year table that may also be answered as the change between the years (one row: period_change)."""
    rows = {r[0]: r[1] for r in expect["rows"]}
    (a, b) = sorted(rows)
    alt = {"kind": "scalar", "metric": ["change"], "value": round(rows[b] - rows[a], 2), "rel_tol": 0.001}
    return {**expect, "alternatives": [alt]}


def yoy(df, a, b, fn=R.revenue):
    return tb([["year", "period"]], "revenue", [[a, r2(fn(w(df, *Y(a))))], [b, r2(fn(w(df, *Y(b))))]])


# ---------------------------------------------------------------- synthetic frames, normalised like metrics_ref
F = synth5.frames()


def norm_ss():
    s = F["superstore.csv"]
    return s.with_columns(
        order_id=pl.col("Order ID"),
        customer_id=pl.col("Customer ID"),
        order_date=pl.col("Order Date").str.strptime(pl.Date, "%m/%d/%Y"),
        amount=pl.col("Sales"),
        quantity=pl.col("Quantity"),
        cancel_prefix=pl.lit(False),
        cancelled=pl.lit(False),
    )


def norm_bb():
    b = F["b2b.csv"]
    return b.with_columns(
        order_id=pl.col("Auftragsnummer").cast(pl.Utf8),
        customer_id=pl.col("Kundennummer"),
        order_date=pl.col("Bestelldatum"),
        amount=pl.col("Betrag"),
        quantity=pl.lit(1),
        cancel_prefix=pl.lit(False),
        cancelled=pl.col("Status") == "Cancelled",
    )


ss, bb, te, sv = norm_ss(), norm_bb(), F["telco.csv"], F["survey.csv"]


# ---------------------------------------------------------------- Superstore-like order lines
def build_ss():
    df, f, i = ss, SS, counter("r5ss")
    c = lambda col, v: pl.col(col) == v  # noqa: E731
    flt = lambda *e: df.filter(pl.all_horizontal(*e))  # noqa: E731
    profit = lambda d: r2(d["Profit"].sum())  # noqa: E731
    asof = R.as_of(df)
    assert asof == D(2017, 12, 31), asof
    # combined filters
    add(
        i(),
        "en",
        "Corporate revenue in the West in 2016",
        f,
        sc("revenue", rev(flt(c("Segment", "Corporate"), c("Region", "West")), *Y(2016))),
        "Segment Corporate ∧ Region West ∧ 2016",
    )
    add(
        i(),
        "de",
        "Umsatz der Firmenkunden im Westen 2016",
        f,
        sc("revenue", rev(flt(c("Segment", "Corporate"), c("Region", "West")), *Y(2016))),
        "Firmenkunden = Segment Corporate, Westen = Region West; asking back about 'Firmenkunden' is acceptable",
        clarify_ok="firmenkunden",
    )
    add(
        i(),
        "en",
        "Technology sales in the East region in Q4 2017",
        f,
        sc("revenue", rev(flt(c("Category", "Technology"), c("Region", "East")), *Q(2017, 4))),
        "Category ∧ Region ∧ quarter",
    )
    add(
        i(),
        "de",
        "Gewinn mit Furniture im Süden 2015",
        f,
        sc("profit", profit(w(flt(c("Category", "Furniture"), c("Region", "South")), *Y(2015)))),
        "profit = Σ Profit (line_profit); Süden = South",
    )
    add(
        i(),
        "en",
        "profit of Home Office customers in the South in 2017",
        f,
        sc("profit", profit(w(flt(c("Segment", "Home Office"), c("Region", "South")), *Y(2017)))),
        "Segment ∧ Region ∧ year",
    )
    add(
        i(),
        "en",
        "revenue from the Coastal warehouse in 2017",
        f,
        sc("revenue", rev(flt(c("Warehouse", "Coastal")), *Y(2017))),
        "Warehouse is an order attribute",
    )
    add(
        i(),
        "en",
        "how many orders were shipped Same Day in 2016",
        f,
        sc("orders", R.n_orders(w(flt(c("Ship Mode", "Same Day")), *Y(2016))), 0),
        "distinct Order IDs with Ship Mode Same Day in 2016",
    )
    add(
        i(),
        "de",
        "Anzahl Bestellungen mit First Class im Westen",
        f,
        sc("orders", R.n_orders(flt(c("Ship Mode", "First Class"), c("Region", "West"))), 0),
        "Ship Mode First Class ∧ Region West, all years",
    )
    add(
        i(),
        "de",
        "Wie viele Consumer-Kunden im Osten haben 2017 bestellt?",
        f,
        sc("customers", R.n_customers(w(flt(c("Segment", "Consumer"), c("Region", "East")), *Y(2017))), 0),
        "customers with an order in 2017",
    )
    add(
        i(),
        "en",
        "Phones revenue of Corporate customers in H1 2017",
        f,
        sc("revenue", rev(flt(c("Sub-Category", "Phones"), c("Segment", "Corporate")), D(2017, 1, 1), D(2017, 7, 1))),
        "Sub-Category ∧ Segment ∧ H1",
    )
    # exclusions
    add(
        i(),
        "de",
        "Umsatz 2017 ohne Technology",
        f,
        sc("revenue", rev(df.filter(pl.col("Category") != "Technology"), *Y(2017))),
        "all categories except Technology",
    )
    add(
        i(),
        "en",
        "revenue excluding the West region",
        f,
        sc("revenue", rev(df.filter(pl.col("Region") != "West"))),
        "Region ≠ West",
    )
    add(
        i(),
        "de",
        "Gewinn außer Furniture",
        f,
        sc("profit", profit(df.filter(pl.col("Category") != "Furniture"))),
        "Category ≠ Furniture",
    )
    add(
        i(),
        "de",
        "Umsatz der Positionen ohne Rabatt",
        f,
        sc("revenue", rev(df.filter(pl.col("Discount") == 0))),
        "lines with Discount = 0",
    )
    add(
        i(),
        "en",
        "how many customers are not in the Consumer segment",
        f,
        sc("customers", R.n_customers(df.filter(pl.col("Segment") != "Consumer")), 0),
        "Segment ≠ Consumer",
    )
    add(
        i(),
        "en",
        "orders in 2016 excluding Standard Class",
        f,
        sc("orders", R.n_orders(w(df.filter(pl.col("Ship Mode") != "Standard Class"), *Y(2016))), 0),
        "Ship Mode ≠ Standard Class",
    )
    add(
        i(),
        "de",
        "Umsatz je Kategorie ohne den Süden",
        f,
        tb(["category"], "revenue", rows(df.filter(pl.col("Region") != "South"), "Category", R.revenue, round2=True)),
        "Region ≠ South, by Category",
    )
    # comparisons
    add(
        i(),
        "de",
        "Umsatz mit Rabatt über 20 %",
        f,
        sc("revenue", rev(df.filter(pl.col("Discount") > 0.2))),
        "lines with Discount > 0.2 (strict)",
    )
    add(
        i(),
        "en",
        "revenue of lines with a discount of at least 30%",
        f,
        sc("revenue", rev(df.filter(pl.col("Discount") >= 0.3))),
        "Discount ≥ 0.3",
    )
    add(
        i(),
        "en",
        "how many order lines have a discount of at least 30%",
        f,
        sc(CNT, df.filter(pl.col("Discount") >= 0.3).height, 0),
        "count of lines with Discount ≥ 0.3",
    )
    ct = cust(df)
    add(
        i(),
        "de",
        "Umsatz der Kunden mit mehr als 8 Bestellungen",
        f,
        sc("revenue", r2(ct.filter(pl.col("orders") > 8)["revenue"].sum())),
        "customers with > 8 orders (all data), their total revenue",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben mindestens 10.000 Umsatz?",
        f,
        sc("customers", ct.filter(pl.col("revenue") >= 10000).height, 0),
        "customer revenue ≥ 10,000 (German thousands dot)",
    )
    c17 = cust(w(df, *Y(2017)))
    add(
        i(),
        "en",
        "how many customers placed more than 3 orders in 2017",
        f,
        sc("customers", c17.filter(pl.col("orders") > 3).height, 0),
        "orders counted inside 2017",
    )
    add(
        i(),
        "de",
        "Wie viele Positionen haben einen negativen Gewinn?",
        f,
        sc(CNT, df.filter(pl.col("Profit") < 0).height, 0),
        "lines with Profit < 0",
    )
    add(
        i(),
        "en",
        "total profit of lines with a discount below 10%",
        f,
        sc("profit", profit(df.filter(pl.col("Discount") < 0.1))),
        "Discount < 0.1 → only 0",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben weniger als 3 Bestellungen?",
        f,
        sc("customers", ct.filter(pl.col("orders") < 3).height, 0),
        "customers with 1 or 2 orders",
    )
    # rankings
    psub = rows(df, "Sub-Category", lambda g: r2(g["Profit"].sum()))
    add(
        i(),
        "de",
        "Top 3 Sub-Categories nach Gewinn",
        f,
        tb([["sub_category"]], "profit", psub[:3], True),
        "profit per Sub-Category, desc",
    )
    psub17 = rows(w(df, *Y(2017)), "Sub-Category", lambda g: r2(g["Profit"].sum()), desc=False)
    add(
        i(),
        "en",
        "the 3 least profitable sub-categories in 2017",
        f,
        tb([["sub_category"]], "profit", psub17[:3], True),
        "bottom 3 by profit (ascending)",
    )
    add(
        i(),
        "en",
        "bottom 5 customers by revenue",
        f,
        tb(
            ["customer_id"],
            "revenue",
            [[k, r2(v)] for k, v in sorted(ct.select("customer_id", "revenue").rows(), key=lambda r: (r[1], r[0]))[:5]],
            True,
        ),
        "lowest 5 customer revenues",
    )
    oc = sorted(ct.select("customer_id", "orders").rows(), key=lambda r: (-r[1], r[0]))
    add(
        i(),
        "de",
        "Top 5 Kunden nach Anzahl Bestellungen",
        f,
        tb(["customer_id"], "orders", strict_top(oc, 5), False, 0),
        "ties at place 5 make the cut arbitrary: only the customers strictly above the tie are required",
    )
    rpc_reg = rows(df, "Region", rev_per_customer)
    add(
        i(),
        "en",
        "Which region has the lowest revenue per customer?",
        f,
        tb(["region"], RPC, rpc_reg[-1:], True),
        "mean customer revenue per Region, the lowest first",
    )
    add(
        i(),
        "de",
        "Welche Versandart hat den höchsten durchschnittlichen Bestellwert?",
        f,
        tb([["ship_mode"]], "aov", rows(df, "Ship Mode", R.aov)[:1], True),
        "AOV per Ship Mode, max",
    )
    # per-X ratios
    add(
        i(),
        "en",
        "revenue per customer by region",
        f,
        tb(["region"], RPC, rpc_reg),
        "mean over each region's customers of their revenue",
    )
    add(
        i(),
        "de",
        "Bestellungen pro Kunde nach Segment",
        f,
        tb(["segment"], OPC, rows(df, "Segment", orders_per_customer)),
        "orders / customers per Segment; asking Segment vs RFM segment is acceptable",
        clarify_ok="segment",
    )
    add(
        i(),
        "de",
        "Durchschnittlicher Bestellwert je Versandart",
        f,
        tb([["ship_mode"]], "aov", rows(df, "Ship Mode", R.aov)),
        "AOV per Ship Mode",
    )
    add(
        i(),
        "de",
        "Gewinnmarge je Kategorie",
        f,
        tb(["category"], "margin", rows(df, "Category", lambda g: g["Profit"].sum() / g["Sales"].sum())),
        "margin = Σ Profit / Σ Sales (line_profit present)",
    )
    add(
        i(),
        "en",
        "AOV by category in 2017",
        f,
        tb(["category"], "aov", rows(w(df, *Y(2017)), "Category", R.aov)),
        "category lines' revenue / orders containing the category",
    )
    add(
        i(),
        "en",
        "average revenue per customer",
        f,
        sc(RPC, rev_per_customer(df)),
        "mean of customer revenues (not revenue / lines)",
    )
    add(
        i(),
        "de",
        "Durchschnittlicher Umsatz pro Bestellung im Segment Consumer 2016",
        f,
        sc(["aov", "revenue_per_order"], R.aov(w(df.filter(c("Segment", "Consumer")), *Y(2016)))),
        "AOV of Consumer orders in 2016",
    )
    # shares
    t17 = R.revenue(w(df, *Y(2017)))
    add(
        i(),
        "de",
        "Anteil von Technology am Umsatz 2017",
        f,
        sc("revenue_share", R.revenue(w(df.filter(c("Category", "Technology")), *Y(2017))) / t17),
        "Technology 2017 / all 2017 revenue",
    )
    tot = R.revenue(df)
    add(
        i(),
        "en",
        "revenue share by segment",
        f,
        tb(["segment"], "revenue_share", rows(df, "Segment", lambda g: R.revenue(g) / tot)),
        "each Segment / total; asking Segment vs RFM segment is acceptable",
        clarify_ok="segment",
    )
    add(
        i(),
        "en",
        "what share of revenue comes from discounted lines",
        f,
        sc("revenue_share", R.revenue(df.filter(pl.col("Discount") > 0)) / tot),
        "Discount > 0 lines / all",
    )
    add(
        i(),
        "de",
        "Welchen Anteil am Umsatz hat die Region Central?",
        f,
        sc("revenue_share", R.revenue(df.filter(c("Region", "Central"))) / tot),
        "the column is named, so 'Central' is not ambiguous here",
    )
    # growth
    add(i(), "de", "Umsatz 2017 vs 2016", f, yoy(df, 2016, 2017), "both years")
    add(
        i(),
        "en",
        "Furniture revenue 2016 compared with 2015",
        f,
        yoy(df.filter(c("Category", "Furniture")), 2015, 2016),
        "Category filter kept in both years",
    )
    add(
        i(),
        "de",
        "Gewinn im Westen 2017 im Vergleich zu 2016",
        f,
        tb(
            [["year", "period"]],
            "profit",
            [[y, profit(w(df.filter(c("Region", "West")), *Y(y)))] for y in (2016, 2017)],
        ),
        "profit, West, both years",
    )
    add(
        i(),
        "en",
        "number of customers 2017 vs 2016 in the Corporate segment",
        f,
        tb(
            [["year", "period"]],
            "customers",
            [[y, R.n_customers(w(df.filter(c("Segment", "Corporate")), *Y(y)))] for y in (2016, 2017)],
            False,
            0,
        ),
        "active customers per year",
    )
    # grain / measures
    add(
        i(),
        "de",
        "Wie viele Kunden pro Region?",
        f,
        tb(["region"], "customers", rows(df, "Region", R.n_customers), False, 0),
        "Region is a customer attribute",
    )
    add(
        i(),
        "en",
        "customers by ship mode",
        f,
        tb([["ship_mode"]], "customers", rows(df, "Ship Mode", R.n_customers), False, 0),
        "Ship Mode is an order attribute: a customer counts under every mode used",
    )
    add(
        i(),
        "de",
        "Durchschnittlicher Rabatt nach Kategorie",
        f,
        tb(["category"], "mean_discount", rows(df, "Category", lambda g: g["Discount"].mean())),
        "mean of Discount over lines",
    )
    add(
        i(),
        "en",
        "maximum discount in the Technology category",
        f,
        sc("max_discount", df.filter(c("Category", "Technology"))["Discount"].max()),
        "max of Discount",
    )
    add(
        i(),
        "en",
        "total quantity of Binders sold in 2017",
        f,
        sc(
            ["quantity", "sum_quantity"], int(w(df.filter(c("Sub-Category", "Binders")), *Y(2017))["Quantity"].sum()), 0
        ),
        "Σ Quantity",
    )
    # median / distinct
    add(i(), "en", "median order value", f, sc(MEDIAN_AOV, median_order(df)), "median of order totals (not the mean)")
    add(
        i(),
        "de",
        "Median-Umsatz pro Kunde",
        f,
        sc(["median_revenue", "median_revenue_per_customer", "median", "revenue"], float(ct["revenue"].median())),
        "median of customer revenues",
    )
    add(
        i(),
        "de",
        "Wie viele verschiedene Produkte haben wir verkauft?",
        f,
        sc(["products", "product_id", "count", "n_products", "distinct_products"], df["Product ID"].n_unique(), 0),
        "distinct Product ID",
    )
    add(
        i(),
        "en",
        "how many sub-categories are there",
        f,
        sc(["sub_category", "sub_categories", "count", "n"], df["Sub-Category"].n_unique(), 0),
        "distinct Sub-Category",
    )
    # follow-ups
    add(
        i(),
        "de",
        "und nur im Westen?",
        f,
        sc("revenue", rev(df.filter(c("Region", "West")), *Y(2016))),
        "elliptical: inherits 'Umsatz 2016', adds Region West",
        context=["Umsatz 2016"],
    )
    add(
        i(),
        "en",
        "and only for Corporate?",
        f,
        tb(
            ["category"],
            "revenue",
            rows(w(df.filter(c("Segment", "Corporate")), *Y(2017)), "Category", R.revenue, round2=True),
        ),
        "inherits revenue by category 2017, adds Segment Corporate",
        context=["revenue by category in 2017"],
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben wir insgesamt?",
        f,
        sc("customers", R.n_customers(df), 0),
        "complete question: starts afresh, not restricted to West 2016",
        context=["Umsatz der Region West 2016"],
    )
    add(
        i(),
        "de",
        "und 2015?",
        f,
        tb(["category"], "profit", rows(w(df, *Y(2015)), "Category", lambda g: r2(g["Profit"].sum()))),
        "inherits profit by category, year becomes 2015",
        context=["Gewinn nach Kategorie 2016"],
    )
    tops = sorted(
        cust(df.filter(c("Region", "South"))).select("customer_id", "revenue").rows(), key=lambda r: (-r[1], r[0])
    )[:5]
    add(
        i(),
        "de",
        "und im Süden?",
        f,
        tb(["customer_id"], "revenue", [[k, r2(v)] for k, v in tops], True),
        "inherits top 5 customers by revenue, adds Region South",
        context=["Top 5 Kunden nach Umsatz"],
    )
    add(
        i(),
        "en",
        "and excluding Technology?",
        f,
        sc("profit", profit(w(df.filter(pl.col("Category") != "Technology"), *Y(2017)))),
        "inherits profit 2017, excludes Technology",
        context=["profit in 2017"],
    )
    # more traps: averages over periods, customer shares, profit shares, double exclusions, bottom by profit
    add(
        i(),
        "de",
        "Durchschnittlicher Umsatz pro Monat 2017",
        f,
        sc(["mean_revenue", "revenue_per_month", "avg_revenue", "revenue"], R.revenue(w(df, *Y(2017))) / 12),
        "mean of the 12 monthly revenues = revenue 2017 / 12",
    )
    add(
        i(),
        "de",
        "Anteil der Kunden mit mehr als 5 Bestellungen",
        f,
        sc(
            ["customer_share", "share", "share_customers", "customers_share"],
            ct.filter(pl.col("orders") > 5).height / ct.height,
        ),
        "customers with > 5 orders / all customers",
    )
    add(
        i(),
        "en",
        "Technology share of profit",
        f,
        sc(["profit_share", "share"], df.filter(c("Category", "Technology"))["Profit"].sum() / df["Profit"].sum()),
        "Technology profit / total profit",
    )
    add(
        i(),
        "de",
        "Umsatz 2016 ohne Corporate und ohne Home Office",
        f,
        sc("revenue", rev(df.filter(c("Segment", "Consumer")), *Y(2016))),
        "both excluded → Consumer only",
    )
    add(
        i(),
        "de",
        "Top 3 Regionen nach Gewinn 2017 außer West",
        f,
        tb(
            ["region"],
            "profit",
            rows(w(df.filter(pl.col("Region") != "West"), *Y(2017)), "Region", lambda g: r2(g["Profit"].sum()))[:3],
            True,
        ),
        "Region ≠ West, ranked",
    )
    pc17 = sorted(
        w(df, *Y(2017)).group_by("customer_id").agg(pl.col("Profit").sum()).rows(), key=lambda r: (r[1], r[0])
    )[:3]
    add(
        i(),
        "en",
        "bottom 3 customers by profit in 2017",
        f,
        tb(["customer_id"], "profit", [[k, r2(v)] for k, v in pc17], True),
        "lowest (most negative) customer profit in 2017",
    )
    # wave 2: OR within a column, set logic over customers, sums of a top N, order shares
    add(
        i(),
        "de",
        "Umsatz West und East 2017 zusammen",
        f,
        sc("revenue", rev(df.filter(pl.col("Region").is_in(["West", "East"])), *Y(2017))),
        "two values of one column: OR, one total",
    )
    add(
        i(),
        "en",
        "revenue in 2017 from customers in the East who are not Corporate",
        f,
        sc("revenue", rev(df.filter(c("Region", "East") & (pl.col("Segment") != "Corporate")), *Y(2017))),
        "Region East ∧ Segment ≠ Corporate",
    )
    nlines = df.group_by("order_id").len()
    add(
        i(),
        "de",
        "Wie viele Bestellungen hatten mehr als 3 Positionen?",
        f,
        sc(["orders", "count"], nlines.filter(pl.col("len") > 3).height, 0),
        "orders with > 3 lines",
    )
    add(
        i(),
        "en",
        "share of orders shipped Same Day",
        f,
        sc(
            ["order_share", "share", "share_orders"], R.n_orders(df.filter(c("Ship Mode", "Same Day"))) / R.n_orders(df)
        ),
        "Same Day orders / all orders",
    )
    top10 = sorted(ct.select("customer_id", "revenue").rows(), key=lambda r: (-r[1], r[0]))[:10]
    add(
        i(),
        "de",
        "Umsatz der Top 10 Kunden zusammen",
        f,
        sc("revenue", r2(sum(v for _, v in top10))),
        "one sum over the 10 largest customers",
    )
    add(
        i(),
        "en",
        "profit margin of Corporate customers in 2017",
        f,
        sc(
            "margin",
            (lambda d: d["Profit"].sum() / d["Sales"].sum())(w(df.filter(c("Segment", "Corporate")), *Y(2017))),
        ),
        "Σ Profit / Σ Sales",
    )
    both = set(df.filter(c("Category", "Furniture"))["customer_id"]) & set(
        df.filter(c("Category", "Technology"))["customer_id"]
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben sowohl Furniture als auch Technology gekauft?",
        f,
        sc("customers", len(both), 0),
        "customers with lines in both categories (not either)",
    )
    lost = set(w(df, *Y(2016))["customer_id"]) - set(w(df, *Y(2017))["customer_id"])
    add(
        i(),
        "en",
        "how many customers ordered in 2016 but not in 2017",
        f,
        sc(["customers", "lost", "lost_customers", "churned_customers"], len(lost), 0),
        "2016 customers without a 2017 order",
    )
    add(
        i(),
        "de",
        "Umsatz mit Rabatt",
        f,
        sc("revenue", rev(df.filter(pl.col("Discount") > 0))),
        "lines with Discount > 0",
    )
    add(
        i(),
        "en",
        "Office Supplies revenue Q4 2017 vs Q4 2016",
        f,
        tb(
            [["quarter", "period"]],
            "revenue",
            [[f"{y}-Q4", rev(df.filter(c("Category", "Office Supplies")), *Q(y, 4))] for y in (2016, 2017)],
        ),
        "Category kept in both quarters",
    )
    # must ask back
    for lang, q, words, note in [
        ("de", "Umsatz Central", ["central"], "Central: Region or Warehouse"),
        ("en", "orders from Central in 2017", ["central"], "Central: Region or Warehouse"),
        ("de", "Umsatz nach Filiale", ["filiale"], "no branch column"),
        ("en", "revenue by salesperson", ["salesperson"], "no sales rep column"),
        ("de", "Umsatz 2013", [], "before the data starts (2014-01)"),
        ("en", "profit in Q1 2018", [], "after the analysis date 2017-12-31"),
        ("de", "Umsatz am 31.06.2016", [], "impossible date"),
        ("en", "NPS by region", ["nps"], "no survey"),
        ("de", "Umsatz in Berlin", ["berlin"], "no city column"),
        ("en", "revenue of Premium customers", ["premium"], "no such segment value"),
        ("de", "Marge nach Lieferant", ["lieferant"], "no supplier"),
        ("en", "revenue for the Electronics category", ["electronics"], "no such category value"),
        ("de", "Wie viel Umsatz machen wir mit Furniture in Spanien?", ["spanien"], "no country column"),
        ("en", "profit per employee", ["employee"], "no staff data"),
        ("de", "Umsatz im Sommer", ["sommer"], "which summer (2014–2017)?"),
        ("en", "revenue in week 54 of 2016", [], "impossible week"),
        ("de", "Wie hoch ist der Lagerbestand?", ["lagerbestand"], "no stock data"),
        ("en", "average delivery time by ship mode", ["delivery"], "no ship date"),
        ("de", "Umsatz im Nordwesten", ["nordwesten"], "no such region"),
        ("de", "Umsatz 2016 im Vergleich zu 2012", [], "2012 is before the data (2014-01)"),
        ("de", "Gewinn der Kategorie Spielwaren", ["spielwaren"], "no such category"),
        ("en", "revenue Q3 2017 vs Q3 2013", [], "2013 is before the data (2014-01)"),
        ("en", "revenue per square meter", ["square"], "no store size"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- telco customer table (no orders)
def build_te():
    df, f, i = te, TE, counter("r5te")
    CR = ["churn_rate", "share_churn"]
    ch = pl.col("Churn") == "Yes"
    rate = lambda d: float((d["Churn"] == "Yes").mean())  # noqa: E731
    g = lambda d, col, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    add(
        i(),
        "de",
        "Churn rate nach Vertrag",
        f,
        tb(["contract"], CR, g(df, "Contract", rate)),
        "share Churn = Yes per Contract ('Vertrag' = Contract)",
        clarify_ok="vertrag",
    )
    add(
        i(),
        "en",
        "Churn rate by Contract",
        f,
        tb(["contract"], CR, g(df, "Contract", rate)),
        "share Churn = Yes per Contract",
    )
    add(
        i(),
        "en",
        "churn rate of Fiber optic customers on Month-to-month contracts",
        f,
        sc(
            CR, rate(df.filter((pl.col("InternetService") == "Fiber optic") & (pl.col("Contract") == "Month-to-month")))
        ),
        "two filters",
    )
    add(
        i(),
        "de",
        "Churn rate ohne Month-to-month",
        f,
        sc(CR, rate(df.filter(pl.col("Contract") != "Month-to-month"))),
        "Contract ≠ Month-to-month",
    )
    add(
        i(),
        "en",
        "mean MonthlyCharges by Contract",
        f,
        tb(["contract"], "mean_monthly_charges", g(df, "Contract", lambda x: x["MonthlyCharges"].mean())),
        "measure mean per dimension",
    )
    add(
        i(),
        "de",
        "durchschnittliche MonthlyCharges der abgewanderten Kunden",
        f,
        sc("mean_monthly_charges", df.filter(ch)["MonthlyCharges"].mean()),
        "Churn = Yes",
    )
    add(
        i(),
        "en",
        "How many customers pay by Electronic check?",
        f,
        sc("customers", df.filter(pl.col("PaymentMethod") == "Electronic check").height, 0),
        "rows with that PaymentMethod",
    )
    add(
        i(),
        "en",
        "how many customers have a tenure of more than 24 months",
        f,
        sc("customers", df.filter(pl.col("tenure") > 24).height, 0),
        "tenure > 24 (strict)",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben eine tenure von mindestens 12?",
        f,
        sc("customers", df.filter(pl.col("tenure") >= 12).height, 0),
        "tenure ≥ 12",
    )
    add(
        i(),
        "en",
        "churn rate for customers with MonthlyCharges above 80",
        f,
        sc(CR, rate(df.filter(pl.col("MonthlyCharges") > 80))),
        "MonthlyCharges > 80",
    )
    add(
        i(),
        "de",
        "Churn rate der Kunden mit MonthlyCharges unter 30",
        f,
        sc(CR, rate(df.filter(pl.col("MonthlyCharges") < 30))),
        "MonthlyCharges < 30",
    )
    add(
        i(), "en", "median tenure", f, sc(["median_tenure", "median"], float(df["tenure"].median())), "median, not mean"
    )
    add(
        i(),
        "de",
        "Median MonthlyCharges je Contract",
        f,
        tb(
            ["contract"],
            ["median_monthly_charges", "median"],
            g(df, "Contract", lambda x: x["MonthlyCharges"].median()),
        ),
        "median per Contract",
    )
    add(
        i(),
        "en",
        "share of SeniorCitizen",
        f,
        sc(["share_senior_citizen", "senior_citizen"], float(df["SeniorCitizen"].mean())),
        "flag 0/1 share",
    )
    add(
        i(),
        "en",
        "Churn rate by PaymentMethod",
        f,
        tb([["payment_method"]], CR, g(df, "PaymentMethod", rate)),
        "per PaymentMethod",
    )
    add(
        i(),
        "en",
        "how many customers churned",
        f,
        sc(["customers", "churned_customers", "count"], df.filter(ch).height, 0),
        "Churn = Yes count (not a rate)",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden sind nicht abgewandert?",
        f,
        sc(["customers", "count"], df.filter(~ch).height, 0),
        "Churn = No count",
    )
    add(
        i(),
        "en",
        "churn rate excluding customers with InternetService No",
        f,
        sc(CR, rate(df.filter(pl.col("InternetService") != "No"))),
        "InternetService ≠ No",
    )
    add(
        i(),
        "de",
        "Summe MonthlyCharges der abgewanderten Kunden",
        f,
        sc("sum_monthly_charges", df.filter(ch)["MonthlyCharges"].sum()),
        "Σ over Churn = Yes",
    )
    pm = sorted(g(df, "PaymentMethod", rate), key=lambda r: -r[1])
    add(
        i(),
        "en",
        "which payment method has the highest churn rate",
        f,
        tb([["payment_method"]], CR, pm[:1], True),
        "max of the per-method rate",
    )
    add(
        i(),
        "de",
        "Welcher Vertrag hat die niedrigste Churn rate?",
        f,
        tb(["contract"], CR, sorted(g(df, "Contract", rate), key=lambda r: r[1])[:1], True),
        "min of the per-Contract rate",
    )
    add(
        i(),
        "en",
        "churn rate by SeniorCitizen",
        f,
        tb([["senior_citizen"]], CR, g(df, "SeniorCitizen", rate)),
        "per flag value",
    )
    add(
        i(),
        "de",
        "Durchschnittliche TotalCharges je InternetService",
        f,
        tb([["internet_service"]], "mean_total_charges", g(df, "InternetService", lambda x: x["TotalCharges"].mean())),
        "mean per InternetService",
    )
    add(
        i(),
        "en",
        "How many different payment methods are there?",
        f,
        sc(["payment_method", "payment_methods", "count", "n"], df["PaymentMethod"].n_unique(), 0),
        "distinct values",
    )
    add(
        i(),
        "en",
        "churn rate by contract for customers with a Partner",
        f,
        tb(["contract"], CR, g(df.filter(pl.col("Partner") == "Yes"), "Contract", rate)),
        "Partner = Yes, then per Contract",
    )
    add(
        i(),
        "de",
        "Mittlere tenure nach Churn",
        f,
        tb(["churn"], "mean_tenure", g(df, "Churn", lambda x: x["tenure"].mean())),
        "mean tenure for Yes / No",
    )
    add(
        i(),
        "de",
        "Anteil der Kunden mit Two year Vertrag",
        f,
        sc(
            ["customer_share", "share", "share_customers", "share_contract"],
            float((df["Contract"] == "Two year").mean()),
        ),
        "rows with Contract Two year / all rows",
    )
    add(
        i(),
        "en",
        "churn rate Month-to-month vs Two year",
        f,
        tb(["contract"], CR, [[k, rate(df.filter(pl.col("Contract") == k))] for k in ("Month-to-month", "Two year")]),
        "the two contracts compared",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden mit Month-to-month Vertrag zahlen per Electronic check und sind abgewandert?",
        f,
        sc(
            ["customers", "count"],
            df.filter(
                (pl.col("Contract") == "Month-to-month") & (pl.col("PaymentMethod") == "Electronic check") & ch
            ).height,
            0,
        ),
        "three filters, a count",
    )
    add(
        i(),
        "en",
        "churn rate for customers with tenure under 12",
        f,
        sc(CR, rate(df.filter(pl.col("tenure") < 12))),
        "tenure < 12",
    )
    add(
        i(),
        "en",
        "mean MonthlyCharges of customers who did not churn",
        f,
        sc("mean_monthly_charges", df.filter(~ch)["MonthlyCharges"].mean()),
        "Churn = No",
    )
    add(
        i(),
        "en",
        "and only Fiber optic?",
        f,
        tb(["contract"], CR, g(df.filter(pl.col("InternetService") == "Fiber optic"), "Contract", rate)),
        "inherits churn rate by Contract, adds InternetService",
        context=["Churn rate by Contract"],
    )
    add(
        i(),
        "en",
        "and how many of them churned?",
        f,
        sc(["customers", "count"], df.filter((pl.col("PaymentMethod") == "Mailed check") & ch).height, 0),
        "inherits PaymentMethod Mailed check; adds Churn = Yes",
        context=["How many customers pay by Mailed check?"],
    )
    add(
        i(),
        "de",
        "und nach Zahlungsmethode (PaymentMethod)?",
        f,
        tb([["payment_method"]], CR, g(df, "PaymentMethod", rate)),
        "inherits churn rate, groups by PaymentMethod",
        context=["Wie hoch ist die Churn rate?"],
    )
    add(
        i(),
        "de",
        "Churn rate gesamt",
        f,
        sc(CR, rate(df)),
        "complete question after a filtered one: all customers",
        context=["Churn rate der Kunden mit Two year Vertrag"],
    )
    for lang, q, words, note in [
        ("de", "Umsatz 2024", [], "no order lines (and no dates)"),
        ("en", "churn rate in the last quarter", [], "no dates"),
        ("de", "Wie hoch ist der NPS?", ["nps"], "no survey"),
        ("en", "churn rate by region", ["region"], "no region column"),
        ("de", "Top 10 Kunden nach CLV", [], "needs order lines"),
        ("en", "churn rate in 2023", [], "no dates"),
        ("de", "Churn rate der Gold-Kunden", ["gold"], "no such tier"),
        ("de", "MonthlyCharges nach Bundesland", ["bundesland"], "no state column"),
        ("de", "Churn rate der Kunden in Hamburg", ["hamburg"], "no city column"),
        ("en", "repeat purchase rate", [], "needs orders"),
        ("de", "Wie viele Kunden haben wegen des Preises gekündigt?", ["preis"], "no churn reason"),
        ("en", "churn rate by age group", ["age"], "no age (SeniorCitizen is a flag)"),
        ("en", "average order value", [], "no orders"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- German B2B orders with Status
def build_bb():
    df, f, i = bb, BB, counter("r5bb")
    c = lambda col, v: pl.col(col) == v  # noqa: E731
    asof = R.as_of(df)
    lq = Q(2024, 3) if asof < D(2025, 1, 1) else Q(2024, 4)
    add(
        i(),
        "de",
        "Umsatz 2024 ohne Stornos",
        f,
        sc("revenue", rev(df, *Y(2024))),
        "cancelled lines never count in revenue anyway",
    )
    add(i(), "de", "Umsatz im letzten Quartal", f, sc("revenue", rev(df, *lq)), f"last complete quarter before {asof}")
    add(
        i(),
        "de",
        "Wie viele Aufträge wurden 2023 storniert?",
        f,
        sc(
            ["cancelled_orders", "orders", "cancellations"],
            w(df, *Y(2023)).filter(c("Status", "Cancelled"))["order_id"].n_unique(),
            0,
        ),
        "distinct orders with Status Cancelled",
    )
    add(
        i(),
        "de",
        "Umsatz im Gebiet Süd 2023 ohne On Hold",
        f,
        sc("revenue", rev(w(df.filter(c("Gebiet", "Süd") & (pl.col("Status") != "On Hold")), *Y(2023)))),
        "Süd ∧ 2023 ∧ Status ≠ On Hold (and ≠ Cancelled)",
    )
    add(
        i(),
        "de",
        "Umsatz der Aufträge mit Status Disputed",
        f,
        sc("revenue", rev(df.filter(c("Status", "Disputed")))),
        "Disputed lines are sales",
    )
    add(
        i(),
        "de",
        "Anzahl Aufträge On Hold im Gebiet Nord",
        f,
        sc("orders", R.n_orders(df.filter(c("Status", "On Hold") & c("Gebiet", "Nord"))), 0),
        "On Hold ∧ Nord",
    )
    add(
        i(),
        "de",
        "Umsatz je Gebiet 2024",
        f,
        tb(["gebiet"], "revenue", rows(w(df, *Y(2024)), "Gebiet", R.revenue, round2=True)),
        "per Gebiet",
    )
    add(
        i(),
        "de",
        "Umsatz pro Kunde nach Branche",
        f,
        tb([["branche", "industry"]], RPC, rows(df, "Branche", rev_per_customer)),
        "mean customer revenue per Branche",
    )
    add(
        i(),
        "de",
        "Bestellungen pro Kunde im Gebiet West",
        f,
        sc(OPC, orders_per_customer(df.filter(c("Gebiet", "West")))),
        "orders / customers",
    )
    t24 = R.revenue(w(df, *Y(2024)))
    add(
        i(),
        "de",
        "Anteil Maschinen am Umsatz 2024",
        f,
        sc("revenue_share", R.revenue(w(df.filter(c("Produktgruppe", "Maschinen")), *Y(2024))) / t24),
        "Produktgruppe Maschinen / all, 2024",
    )
    add(
        i(),
        "de",
        "Umsatz außer Service",
        f,
        sc("revenue", rev(df.filter(pl.col("Produktgruppe") != "Service"))),
        "Produktgruppe ≠ Service",
    )
    add(
        i(),
        "de",
        "Umsatz 2024 vs 2023 im Maschinenbau",
        f,
        yoy(df.filter(c("Branche", "Maschinenbau")), 2023, 2024),
        "Branche filter in both years",
    )
    top_ch = sorted(
        cust(df.filter(c("Branche", "Chemie"))).select("customer_id", "revenue").rows(), key=lambda r: (-r[1], r[0])
    )[:5]
    add(
        i(),
        "de",
        "Top 5 Kunden nach Umsatz in der Chemie",
        f,
        tb(["customer_id"], "revenue", [[k, r2(v)] for k, v in top_ch], True),
        "Branche Chemie",
    )
    bot = sorted(cust(w(df, *Y(2024))).select("customer_id", "revenue").rows(), key=lambda r: (r[1], r[0]))[:3]
    add(
        i(),
        "de",
        "Die 3 umsatzschwächsten Kunden 2024",
        f,
        tb(["customer_id"], "revenue", [[k, r2(v)] for k, v in bot], True),
        "bottom 3 of 2024's customers",
    )
    ct = cust(df)
    add(
        i(),
        "de",
        "Wie viele Kunden haben mehr als 10 Aufträge?",
        f,
        sc("customers", ct.filter(pl.col("orders") > 10).height, 0),
        "orders > 10",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben mindestens 50.000 € Umsatz?",
        f,
        sc("customers", ct.filter(pl.col("revenue") >= 50000).height, 0),
        "revenue ≥ 50,000",
    )
    add(
        i(),
        "de",
        "Durchschnittlicher Auftragswert je Branche",
        f,
        tb([["branche", "industry"]], "aov", rows(df, "Branche", R.aov)),
        "AOV per Branche",
    )
    add(
        i(),
        "de",
        "Median Auftragswert 2024",
        f,
        sc(MEDIAN_AOV, median_order(w(df, *Y(2024)))),
        "median of order totals",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden hatten 2024 einen stornierten Auftrag?",
        f,
        sc("customers", w(df, *Y(2024)).filter(c("Status", "Cancelled"))["customer_id"].n_unique(), 0),
        "distinct customers with a Cancelled order in 2024",
    )
    add(
        i(),
        "de",
        "Neukunden 2022 im Gebiet Ost",
        f,
        sc("new_customers", R.new_customers(df.filter(c("Gebiet", "Ost")), *Y(2022)), 0),
        "first order in 2022",
    )
    add(
        i(),
        "de",
        "Wiederkaufrate in der Logistik",
        f,
        sc("repeat_rate", R.repeat_rate(df.filter(c("Branche", "Logistik")))),
        "customers with ≥ 2 orders",
    )
    add(
        i(),
        "en",
        "revenue by Produktgruppe excluding cancelled and disputed orders",
        f,
        tb(
            ["produktgruppe"],
            "revenue",
            rows(df.filter(pl.col("Status") != "Disputed"), "Produktgruppe", R.revenue, round2=True),
        ),
        "Status ∉ {Cancelled, Disputed}",
    )
    add(
        i(),
        "en",
        "how many orders were not shipped yet (On Hold)",
        f,
        sc("orders", R.n_orders(df.filter(c("Status", "On Hold"))), 0),
        "Status On Hold",
    )
    add(
        i(),
        "de",
        "Wie viele Gebiete gibt es?",
        f,
        sc(["gebiet", "count", "n"], df["Gebiet"].n_unique(), 0),
        "distinct Gebiet",
    )
    add(
        i(),
        "de",
        "Umsatz pro Auftrag im Gebiet Süd 2024",
        f,
        sc(["aov", "revenue_per_order"], R.aov(w(df.filter(c("Gebiet", "Süd")), *Y(2024)))),
        "AOV",
    )
    before = set(R.customers_set(w(df, D(2022, 1, 1), D(2024, 1, 1))).to_list()) - set(
        R.customers_set(w(df, *Y(2024))).to_list()
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben 2024 nicht mehr bestellt?",
        f,
        sc(["customers", "lost", "lost_customers", "churned_customers"], len(before), 0),
        "customers with an order before 2024 and none in 2024",
    )
    add(
        i(),
        "de",
        "Umsatz 2024 ohne Handel und ohne Gebiet Ost",
        f,
        sc("revenue", rev(w(df.filter((pl.col("Branche") != "Handel") & (pl.col("Gebiet") != "Ost")), *Y(2024)))),
        "two exclusions on two columns",
    )
    add(
        i(),
        "de",
        "Umsatz im Gebiet Nord: Veränderung 2024 zum Vorjahr",
        f,
        _with_change(yoy(df.filter(c("Gebiet", "Nord")), 2023, 2024)),
        "Nord, 2023 and 2024 (or the change as one row: period_change)",
    )
    add(
        i(),
        "de",
        "und 2023?",
        f,
        sc("revenue", rev(df.filter(c("Gebiet", "Nord")), *Y(2023))),
        "inherits Nord, year 2023",
        context=["Umsatz 2024 im Gebiet Nord"],
    )
    add(
        i(),
        "de",
        "und nur Ersatzteile?",
        f,
        tb(
            ["gebiet"],
            "revenue",
            rows(w(df.filter(c("Produktgruppe", "Ersatzteile")), *Y(2024)), "Gebiet", R.revenue, round2=True),
        ),
        "inherits revenue by Gebiet 2024, adds Produktgruppe",
        context=["Umsatz je Gebiet 2024"],
    )
    for lang, q, words, note in [
        ("de", "Umsatz in Bayern", ["bayern"], "no state column"),
        ("de", "Umsatz nach Vertriebsmitarbeiter", ["vertriebsmitarbeiter"], "no sales rep"),
        ("de", "Umsatz 2021", [], "before the data starts (2022)"),
        ("de", "Umsatz mit Ersatzteilen im Q5 2023", [], "impossible quarter"),
        ("de", "Umsatz der Großkunden", ["großkunden"], "no size / class column"),
        ("de", "Durchschnittliche Lieferzeit", ["lieferzeit"], "no delivery date"),
        ("de", "Umsatz im Gebiet Mitte", ["mitte"], "no such Gebiet"),
        ("de", "Umsatz der Kunden mit Status VIP", ["vip"], "no such status value"),
        ("de", "Umsatz der Kunden aus Österreich", ["österreich"], "no country column"),
        ("de", "Stornoquote nach Vertriebskanal", ["vertriebskanal"], "no channel"),
        ("de", "Wie hoch ist der NPS?", ["nps"], "no survey"),
        ("en", "revenue of the Pharma industry", ["pharma"], "no such Branche value"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- survey + B2B orders (a workspace)
def build_sv():
    attrs = bb.group_by("customer_id").agg(pl.col("Gebiet").first(), pl.col("Branche").first())
    df = sv.join(attrs, left_on="Customer ID", right_on="customer_id", how="left")
    f, i = SV, counter("r5sv")
    nps = lambda d: float(((d["NPS"] >= 9).mean() - (d["NPS"] <= 6).mean()) * 100)  # noqa: E731
    g = lambda d, col, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    yr = lambda y: pl.col("Response Date").dt.year() == y  # noqa: E731
    NP = "NPS = % promoters (9–10) − % detractors (0–6) × 100"
    add(i(), "de", "Wie hoch ist der NPS?", f, sc("nps", nps(df)), NP)
    add(
        i(),
        "en",
        "NPS by Gebiet",
        f,
        tb(["gebiet"], "nps", g(df, "Gebiet", nps)),
        "Gebiet is a customer attribute from the order lines",
    )
    add(
        i(),
        "de",
        "NPS der Kunden aus der Chemie",
        f,
        sc("nps", nps(df.filter(pl.col("Branche") == "Chemie"))),
        "Branche Chemie (customer attribute)",
    )
    add(
        i(),
        "de",
        "Mittelwert der NPS-Antworten (0–10)",
        f,
        sc(["nps_mean"], float(df["NPS"].mean())),
        "the mean of the 0–10 answers, not the NPS (promoters − detractors)",
    )
    add(
        i(),
        "de",
        "Durchschnittliche Satisfaction Delivery",
        f,
        sc(["mean_satisfaction_delivery", "csat", "satisfaction"], float(df["Satisfaction Delivery"].mean())),
        "mean of the item",
    )
    add(
        i(),
        "en",
        "mean Satisfaction Service by Gebiet",
        f,
        tb(
            ["gebiet"],
            ["mean_satisfaction_service", "csat"],
            g(df, "Gebiet", lambda x: x["Satisfaction Service"].mean()),
        ),
        "per Gebiet",
    )
    add(
        i(),
        "en",
        "how many detractors do we have",
        f,
        sc(["detractors", "customers", "count"], df.filter(pl.col("NPS") <= 6).height, 0),
        "NPS 0–6",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben NPS 10 gegeben?",
        f,
        sc(["customers", "count", "responses"], df.filter(pl.col("NPS") == 10).height, 0),
        "NPS = 10",
    )
    add(
        i(),
        "de",
        "Wie viele Befragte haben Satisfaction Price unter 3?",
        f,
        sc(["customers", "count", "responses"], df.filter(pl.col("Satisfaction Price") < 3).height, 0),
        "item < 3",
    )
    add(
        i(),
        "en",
        "median Satisfaction Price",
        f,
        sc(["median_satisfaction_price", "median"], float(df["Satisfaction Price"].median())),
        "median",
    )
    add(
        i(),
        "de",
        "NPS im Gebiet West ohne Logistik",
        f,
        sc("nps", nps(df.filter((pl.col("Gebiet") == "West") & (pl.col("Branche") != "Logistik")))),
        "Gebiet West ∧ Branche ≠ Logistik",
    )
    add(
        i(),
        "en",
        "which Gebiet has the lowest NPS",
        f,
        tb(["gebiet"], "nps", sorted(g(df, "Gebiet", nps), key=lambda r: r[1])[:1], True),
        "min per Gebiet",
    )
    add(
        i(),
        "de",
        "nur Maschinenbau?",
        f,
        tb(["gebiet"], "nps", g(df.filter(pl.col("Branche") == "Maschinenbau"), "Gebiet", nps)),
        "inherits NPS by Gebiet, adds Branche",
        context=["NPS nach Gebiet"],
    )
    add(i(), "de", "NPS 2024", f, sc("nps", nps(df.filter(yr(2024)))), "responses dated 2024")
    add(
        i(),
        "en",
        "NPS 2024 vs 2023",
        f,
        tb([["year", "period"]], "nps", [[y, nps(df.filter(yr(y)))] for y in (2023, 2024)]),
        "per response year",
    )
    add(
        i(),
        "de",
        "Anzahl Befragte je Branche",
        f,
        tb(
            [["branche", "industry"]],
            ["responses", "customers", "count"],
            g(df, "Branche", lambda x: x.height),
            False,
            0,
        ),
        "responses per Branche",
    )
    for lang, q, words, note in [
        ("de", "Zufriedenheit mit der Beratung", ["beratung"], "no such item (Delivery, Service, Price only)"),
        ("en", "NPS in Bavaria", ["bavaria"], "no such region"),
        ("de", "NPS der Kunden aus Köln", ["köln"], "no city"),
        ("en", "NPS in 2021", [], "before the data (orders from 2022, responses from 2023)"),
        ("de", "Churn rate laut Umfrage", ["umfrage"], "the survey has no churn question"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


# ---------------------------------------------------------------- Online Retail II (as of 2011-12-10)
def build_ii():
    df, f, i = ref4.ii, II, counter("r5ii")
    noto = lambda *c: df.filter(~pl.col("country").is_in(list(c)))  # noqa: E731
    add(
        i(),
        "de",
        "Umsatz 2011 ohne UK und ohne EIRE",
        f,
        sc("revenue", rev(noto("United Kingdom", "EIRE"), *Y(2011))),
        "two exclusions",
    )
    add(
        i(),
        "en",
        "revenue excluding the UK in Q4 2010",
        f,
        sc("revenue", rev(noto("United Kingdom"), *Q(2010, 4))),
        "country ≠ UK, 2010-Q4",
    )
    add(
        i(),
        "de",
        "Anzahl Kunden außerhalb von UK 2011",
        f,
        sc("customers", R.n_customers(w(noto("United Kingdom"), *Y(2011))), 0),
        "customers with an order outside the UK in 2011",
    )
    c10 = cust(w(df, *Y(2010)))
    add(
        i(),
        "en",
        "how many customers placed more than 3 orders in 2010",
        f,
        sc("customers", c10.filter(pl.col("orders") > 3).height, 0),
        "orders inside 2010",
    )
    cde = cust(cty(df, "Germany"))
    add(
        i(),
        "de",
        "Wie viele Kunden in Deutschland haben mindestens 500 € Umsatz?",
        f,
        sc("customers", cde.filter(pl.col("revenue") >= 500).height, 0),
        "revenue of German lines ≥ 500",
    )
    add(
        i(),
        "de",
        "Bestellungen pro Kunde in Frankreich 2011",
        f,
        sc(OPC, orders_per_customer(w(cty(df, "France"), *Y(2011)))),
        "orders / customers",
    )
    rpc = rows(df, "country", rev_per_customer)
    add(
        i(),
        "en",
        "revenue per customer by country, top 5",
        f,
        tb(["country"], RPC, rpc[:5], True),
        "mean customer revenue per country, ranked",
    )
    add(
        i(),
        "de",
        "Anteil Frankreichs am Umsatz 2010",
        f,
        sc("revenue_share", R.revenue(w(cty(df, "France"), *Y(2010))) / R.revenue(w(df, *Y(2010)))),
        "France 2010 / all 2010",
    )
    add(i(), "en", "Germany revenue 2011 vs 2010", f, yoy(cty(df, "Germany"), 2010, 2011), "country kept in both years")
    add(
        i(),
        "de",
        "Kundenzahl 2011 im Vergleich zum Vorjahr",
        f,
        tb([["year", "period"]], "customers", [[y, R.n_customers(w(df, *Y(y)))] for y in (2010, 2011)], False, 0),
        "customers per year",
    )
    add(
        i(),
        "de",
        "Die 5 Länder mit dem niedrigsten Umsatz",
        f,
        tb(["country"], "revenue", rows(df, "country", R.revenue, desc=False, round2=True)[:5], True),
        "bottom 5, ascending",
    )
    add(
        i(),
        "de",
        "Wie viele Länder gibt es?",
        f,
        sc(["countries", "country", "count", "n"], df["country"].n_unique(), 0),
        "distinct country values",
    )
    add(
        i(),
        "en",
        "how many different products were sold in 2011",
        f,
        sc(
            ["products", "product_id", "count", "n_products", "distinct_products"],
            w(df, *Y(2011)).filter(pl.col("quantity") > 0)["product_id"].n_unique(),
            0.01,
        ),
        "distinct StockCode on sales lines in 2011 (1 % tolerance for service codes)",
    )
    add(
        i(),
        "de",
        "Median Bestellwert 2011",
        f,
        sc(MEDIAN_AOV, median_order(w(df, *Y(2011)))),
        "median of invoice totals",
    )
    add(
        i(),
        "en",
        "average revenue per customer: UK vs Germany",
        f,
        tb(["country"], RPC, [[k, rev_per_customer(cty(df, k))] for k in ("United Kingdom", "Germany")]),
        "two countries",
    )
    add(
        i(),
        "en",
        "Which month of 2011 had the lowest revenue?",
        f,
        tb(
            ["month"], "revenue", sorted(ref4.by_fmt(w(df, *Y(2011)), "%Y-%m", R.revenue), key=lambda r: r[1])[:1], True
        ),
        "2011-12 (only up to the 9th) is the data's answer; a note should say incomplete",
    )
    ct = cust(df)
    add(
        i(),
        "de",
        "Umsatz der Kunden mit genau einer Bestellung",
        f,
        sc("revenue", r2(ct.filter(pl.col("orders") == 1)["revenue"].sum())),
        "orders = 1",
    )
    add(
        i(),
        "en",
        "AOV in France excluding December",
        f,
        sc("aov", R.aov(cty(df, "France").filter(pl.col("order_date").dt.month() != 12))),
        "all years, month ≠ 12",
    )
    add(
        i(),
        "de",
        "Umsatz Deutschland und Frankreich zusammen 2011",
        f,
        sc("revenue", rev(cty(df, "Germany", "France"), *Y(2011))),
        "sum of both",
    )
    add(
        i(),
        "en",
        "repeat rate outside the UK",
        f,
        sc("repeat_rate", R.repeat_rate(noto("United Kingdom"))),
        "customers on non-UK lines",
    )
    t5 = rows(w(df, *Y(2010)), "country", R.revenue, top=5, round2=True)
    t10 = R.top_customers(w(df, *Y(2011)), "revenue", 10)
    add(
        i(),
        "de",
        "Umsatz der Top 10 Kunden 2011 zusammen",
        f,
        sc("revenue", r2(sum(v for _, v in t10))),
        "one sum over the 10 largest 2011 customers",
    )
    add(
        i(),
        "de",
        "Wie viel Prozent der Kunden kommen aus Deutschland?",
        f,
        sc(["customer_share", "share", "share_customers"], R.n_customers(cty(df, "Germany")) / R.n_customers(df)),
        "customers with German lines / all customers",
    )
    add(
        i(),
        "de",
        "und 2010?",
        f,
        tb(["country"], "revenue", t5, True),
        "inherits top 5 countries, year 2010",
        context=["Umsatz 2011 nach Land, Top 5"],
    )
    add(
        i(),
        "de",
        "und davon in Deutschland?",
        f,
        sc("customers", R.n_customers(w(cty(df, "Germany"), *Y(2011))), 0),
        "inherits customers 2011, adds Germany",
        context=["Wie viele Kunden hatten wir 2011?"],
    )
    add(
        i(),
        "de",
        "Top 5 Länder nach Umsatz",
        f,
        tb(["country"], "revenue", rows(df, "country", R.revenue, top=5, round2=True), True),
        "complete question: not restricted to the previous Germany 2011",
        context=["Umsatz in Deutschland 2011"],
    )
    add(
        i(),
        "de",
        "und ohne UK?",
        f,
        tb(
            ["country"],
            "revenue",
            rows(w(noto("United Kingdom"), *Y(2011)), "country", R.revenue, top=5, round2=True),
            True,
        ),
        "inherits top 5 countries 2011, excludes the UK",
        context=["Umsatz 2011 nach Land, Top 5"],
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben wir in Deutschland?",
        f,
        sc("customers", R.n_customers(cty(df, "Germany")), 0),
        "complete question: all years, not France 2011",
        context=["Umsatz in Frankreich 2011"],
    )
    add(
        i(),
        "en",
        "and without returns?",
        f,
        sc("revenue", rev(w(df, *Y(2011)).filter(pl.col("amount") > 0))),
        "gross sales 2011: positive lines only",
        context=["revenue in 2011"],
    )
    for lang, q, words, note in [
        ("de", "Umsatz in Bayern", ["bayern"], "no region"),
        ("en", "revenue of Corporate customers", ["corporate"], "no segment"),
        ("de", "Umsatz nach Kategorie", ["kategorie"], "no category"),
        ("en", "revenue in Q2 2009", [], "before the data"),
        ("de", "Umsatz mit Kunden aus Atlantis", ["atlantis"], "no such country"),
        ("en", "revenue on 2011-02-30", [], "impossible date"),
        ("de", "Churn rate nach Vertrag", ["vertrag"], "no contract"),
        ("en", "revenue by ship mode", ["ship"], "no ship mode"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


def build_or():
    df, f, i = ref4.orl, OR, counter("r5or")
    add(
        i(),
        "de",
        "Umsatz ohne UK im Q1 2011",
        f,
        sc("revenue", rev(df.filter(pl.col("country") != "United Kingdom"), *Q(2011, 1))),
        "country ≠ UK",
    )
    add(
        i(),
        "en",
        "how many customers have more than 10 orders",
        f,
        sc("customers", cust(df).filter(pl.col("orders") > 10).height, 0),
        "orders > 10",
    )
    add(
        i(),
        "de",
        "Anteil Deutschlands am Umsatz 2011",
        f,
        sc("revenue_share", R.revenue(w(cty(df, "Germany"), *Y(2011))) / R.revenue(w(df, *Y(2011)))),
        "share",
    )
    add(
        i(),
        "de",
        "Wie viele Länder haben wir?",
        f,
        sc(["countries", "country", "count", "n"], df["country"].n_unique(), 0),
        "distinct countries",
    )
    add(i(), "en", "revenue in June 2010", f, refuse(), "before the data (starts 2010-12-01)")


def build_cd():
    df, f, i = ref4.cd, CD, counter("r5cd")
    c97 = cust(w(df, *Y(1997)))
    add(
        i(),
        "de",
        "Wie viele Kunden hatten 1997 mehr als 3 Käufe?",
        f,
        sc("customers", c97.filter(pl.col("orders") > 3).height, 0),
        "orders inside 1997",
    )
    add(
        i(),
        "en",
        "revenue per customer in 1998",
        f,
        sc(RPC, rev_per_customer(w(df, *Y(1998)))),
        "mean over 1998's customers",
    )
    add(i(), "de", "Median Bestellwert", f, sc(MEDIAN_AOV, median_order(df)), "median of order (customer-day) totals")
    add(
        i(),
        "en",
        "revenue Q1 1998 vs Q1 1997",
        f,
        tb([["quarter", "period"]], "revenue", [["1997-Q1", rev(df, *Q(1997, 1))], ["1998-Q1", rev(df, *Q(1998, 1))]]),
        "two quarters",
    )
    add(
        i(),
        "en",
        "how many customers spent at least 100 dollars in 1997",
        f,
        sc("customers", c97.filter(pl.col("revenue") >= 100).height, 0),
        "≥ 100 inside 1997",
    )
    add(
        i(),
        "de",
        "Die 3 umsatzschwächsten Monate 1997",
        f,
        tb(
            ["month"],
            "revenue",
            [[k, r2(v)] for k, v in sorted(ref4.by_fmt(w(df, *Y(1997)), "%Y-%m", R.revenue), key=lambda r: r[1])[:3]],
            True,
        ),
        "bottom 3",
    )
    add(
        i(),
        "en",
        "how many customers bought only once",
        f,
        sc("customers", cust(df).filter(pl.col("orders") == 1).height, 0),
        "orders = 1",
    )
    add(i(), "de", "Umsatz 1996", f, refuse(), "before the data (1997-01)")
    add(i(), "en", "revenue by genre", f, refuse("genre"), "no genre")
    add(i(), "en", "revenue by country", f, refuse("country"), "CDNOW has no country")


def build_sa():
    df, f, i = ref4.sa, SA, counter("r5sa")
    c = lambda col, v: pl.col(col) == v  # noqa: E731
    add(
        i(), "de", "Umsatz 2004 ohne Stornos", f, sc("revenue", rev(df, *Y(2004))), "cancelled lines never count anyway"
    )
    add(
        i(),
        "en",
        "revenue 2004 excluding orders on hold",
        f,
        sc("revenue", rev(w(df.filter(pl.col("STATUS") != "On Hold"), *Y(2004)))),
        "STATUS ≠ On Hold",
    )
    add(
        i(),
        "de",
        "Wie viele Aufträge sind Disputed?",
        f,
        sc(["orders", "count"], R.n_orders(df.filter(c("STATUS", "Disputed"))), 0),
        "distinct orders",
    )
    add(
        i(),
        "en",
        "revenue of disputed orders in EMEA",
        f,
        sc("revenue", rev(df.filter(c("STATUS", "Disputed") & c("TERRITORY", "EMEA")))),
        "two filters",
    )
    add(
        i(),
        "de",
        "Umsatz der Large Deals in EMEA 2004",
        f,
        sc("revenue", rev(w(df.filter(c("DEALSIZE", "Large") & c("TERRITORY", "EMEA")), *Y(2004)))),
        "DEALSIZE ∧ TERRITORY ∧ year",
    )
    add(i(), "de", "Umsatz ohne USA", f, sc("revenue", rev(df.filter(pl.col("COUNTRY") != "USA"))), "COUNTRY ≠ USA")
    add(
        i(),
        "en",
        "orders per customer by territory",
        f,
        tb([["territory"]], OPC, rows(df, "TERRITORY", orders_per_customer)),
        "orders / customers per territory",
    )
    add(
        i(),
        "en",
        "revenue per customer in EMEA",
        f,
        sc(RPC, rev_per_customer(df.filter(c("TERRITORY", "EMEA")))),
        "mean customer revenue",
    )
    emea = df.filter(c("TERRITORY", "EMEA"))
    add(
        i(),
        "de",
        "Anteil der Classic Cars am Umsatz in EMEA",
        f,
        sc("revenue_share", R.revenue(emea.filter(c("PRODUCTLINE", "Classic Cars"))) / R.revenue(emea)),
        "within EMEA",
    )
    add(
        i(),
        "en",
        "Top 3 product lines by revenue in the APAC territory",
        f,
        tb(
            [["productline", "product_line"]],
            "revenue",
            rows(df.filter(c("TERRITORY", "APAC")), "PRODUCTLINE", R.revenue, top=3, round2=True),
            True,
        ),
        "APAC",
    )
    add(
        i(),
        "de",
        "Die 2 schwächsten Produktlinien 2004",
        f,
        tb(
            [["productline", "product_line"]],
            "revenue",
            rows(w(df, *Y(2004)), "PRODUCTLINE", R.revenue, desc=False, round2=True)[:2],
            True,
        ),
        "bottom 2",
    )
    add(
        i(),
        "en",
        "customers with more than 3 orders in 2004",
        f,
        sc("customers", cust(w(df, *Y(2004))).filter(pl.col("orders") > 3).height, 0),
        "inside 2004",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden haben mindestens 100.000 Umsatz?",
        f,
        sc("customers", cust(df).filter(pl.col("revenue") >= 100000).height, 0),
        "≥ 100,000",
    )
    add(
        i(),
        "de",
        "Umsatz 2004 vs 2003 in Frankreich",
        f,
        yoy(df.filter(c("COUNTRY", "France")), 2003, 2004),
        "country kept in both",
    )
    add(
        i(),
        "en",
        "Ships revenue 2004 compared with 2003",
        f,
        yoy(df.filter(c("PRODUCTLINE", "Ships")), 2003, 2004),
        "product line kept",
    )
    add(
        i(),
        "en",
        "how many countries",
        f,
        sc(["countries", "country", "count", "n"], df["COUNTRY"].n_unique(), 0),
        "distinct COUNTRY",
    )
    add(
        i(),
        "de",
        "Wie viele verschiedene Produkte gibt es?",
        f,
        sc(
            ["products", "product_id", "productcode", "count", "n_products", "distinct_products"],
            df["PRODUCTCODE"].n_unique(),
            0,
        ),
        "distinct PRODUCTCODE",
    )
    add(
        i(),
        "de",
        "Median Auftragswert",
        f,
        sc(MEDIAN_AOV, median_order(df)),
        "median of order totals (cancelled excluded)",
    )
    add(
        i(),
        "de",
        "Umsatz im Dezember 2004 außer Classic Cars",
        f,
        sc("revenue", rev(df.filter(pl.col("PRODUCTLINE") != "Classic Cars"), *M(2004, 12))),
        "PRODUCTLINE ≠ Classic Cars",
    )
    o04 = w(df, *Y(2004))
    add(
        i(),
        "de",
        "Anteil stornierter Aufträge 2004",
        f,
        sc(
            ["cancellation_rate", "share", "cancelled_share"],
            o04.filter(pl.col("cancelled"))["order_id"].n_unique() / o04["order_id"].n_unique(),
        ),
        "cancelled order ids / all order ids in 2004",
    )
    add(
        i(),
        "en",
        "AOV by deal size",
        f,
        tb([["dealsize", "deal_size"]], "aov", rows(df, "DEALSIZE", R.aov)),
        "per DEALSIZE",
    )
    add(
        i(),
        "en",
        "and in 2003?",
        f,
        sc("revenue", rev(df.filter(c("PRODUCTLINE", "Motorcycles")), *Y(2003))),
        "inherits Motorcycles",
        context=["Motorcycles revenue 2004"],
    )
    for lang, q, words, note in [
        ("de", "Umsatz in Japan", ["japan"], "Japan is a COUNTRY and a TERRITORY value"),
        ("en", "top 3 product lines in Japan", ["japan"], "Japan: COUNTRY or TERRITORY"),
        ("de", "Umsatz der Firmenkunden", ["firmenkunden"], "no segment"),
        ("en", "revenue in 2002", [], "before the data (2003)"),
        ("de", "Umsatz der Produktlinie Fahrräder", ["fahrräder"], "no such product line"),
        ("en", "revenue in the LATAM territory", ["latam"], "no such territory"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


def build_ch():
    df, f, i = ref4.ch, CH, counter("r5ch")
    CR = ["churn_rate", "share_exited"]
    g = lambda d, col, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    rate = lambda d: float(d["Exited"].mean())  # noqa: E731
    add(
        i(),
        "en",
        "churn rate in Germany for customers older than 50",
        f,
        sc(CR, rate(df.filter((pl.col("Geography") == "Germany") & (pl.col("Age") > 50)))),
        "Age > 50 ∧ Germany",
    )
    add(
        i(),
        "de",
        "Abwanderungsrate außer Frankreich",
        f,
        sc(CR, rate(df.filter(pl.col("Geography") != "France"))),
        "Geography ≠ France",
    )
    add(
        i(),
        "en",
        "share of IsActiveMember",
        f,
        sc(
            ["share_is_active_member", "is_active_member"], rate(df.rename({"Exited": "_", "IsActiveMember": "Exited"}))
        ),
        "flag share",
    )
    add(
        i(),
        "en",
        "median balance",
        f,
        sc(["median_balance", "median"], float(df["Balance"].median())),
        "median (many zeros)",
    )
    add(
        i(),
        "de",
        "Durchschnittliches Balance der Kunden mit Balance über 0",
        f,
        sc("mean_balance", float(df.filter(pl.col("Balance") > 0)["Balance"].mean())),
        "mean over Balance > 0",
    )
    add(
        i(),
        "de",
        "Wie viele Kunden in Spanien sind abgewandert?",
        f,
        sc(["customers", "count"], df.filter((pl.col("Geography") == "Spain") & (pl.col("Exited") == 1)).height, 0),
        "count, not a rate",
    )
    add(
        i(),
        "en",
        "churn rate of female customers in Germany",
        f,
        sc(CR, rate(df.filter((pl.col("Gender") == "Female") & (pl.col("Geography") == "Germany")))),
        "two filters",
    )
    add(
        i(),
        "en",
        "mean CreditScore by Geography",
        f,
        tb([["geography", "country"]], "mean_credit_score", g(df, "Geography", lambda x: x["CreditScore"].mean())),
        "per Geography",
    )
    add(
        i(),
        "de",
        "Churn rate nach Land, niedrigste zuerst",
        f,
        tb([["geography", "country"]], CR, sorted(g(df, "Geography", rate), key=lambda r: r[1]), True),
        "ascending order",
    )
    add(
        i(),
        "en",
        "how many customers have 3 or more products",
        f,
        sc("customers", df.filter(pl.col("NumOfProducts") >= 3).height, 0),
        "NumOfProducts ≥ 3",
    )
    add(
        i(),
        "de",
        "Wie viele verschiedene Länder gibt es?",
        f,
        sc(["countries", "geography", "country", "count", "n"], df["Geography"].n_unique(), 0),
        "distinct Geography",
    )
    add(
        i(),
        "en",
        "and only active members?",
        f,
        tb([["geography", "country"]], CR, g(df.filter(pl.col("IsActiveMember") == 1), "Geography", rate)),
        "inherits churn by Geography, adds IsActiveMember = 1",
        context=["churn rate by Geography"],
    )
    add(
        i(),
        "en",
        "churn rate of customers with a credit card vs without",
        f,
        tb([["has_cr_card", "hascrcard"]], CR, g(df, "HasCrCard", rate)),
        "per HasCrCard value",
    )
    add(
        i(),
        "de",
        "Durchschnittsalter der abgewanderten Kunden",
        f,
        sc("mean_age", float(df.filter(pl.col("Exited") == 1)["Age"].mean())),
        "Exited = 1",
    )
    for lang, q, words, note in [
        ("de", "Umsatz 2020", [], "no order lines"),
        ("en", "churn rate by contract", ["contract"], "no contract"),
        ("en", "churn rate in Italy", ["italy"], "no Italy"),
        ("de", "Churn rate der Premium-Kunden", ["premium"], "no tier column"),
        ("en", "churn rate by marital status", ["marital"], "no marital status"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


def build_mk():
    df, f, i = ref4.mk, MK, counter("r5mk")
    g = lambda d, col, fn: sorted([[k, fn(x)] for (k,), x in d.group_by([col])], key=lambda r: str(r[0]))  # noqa: E731
    add(
        i(),
        "en",
        "average Income of married customers with a PhD",
        f,
        sc(
            "mean_income",
            float(df.filter((pl.col("Marital_Status") == "Married") & (pl.col("Education") == "PhD"))["Income"].mean()),
        ),
        "two filters",
    )
    add(
        i(),
        "de",
        "Summe MntWines ohne Single",
        f,
        sc("sum_mnt_wines", int(df.filter(pl.col("Marital_Status") != "Single")["MntWines"].sum())),
        "Marital_Status ≠ Single",
    )
    add(
        i(),
        "en",
        "how many customers have more than 10 web purchases",
        f,
        sc("customers", df.filter(pl.col("NumWebPurchases") > 10).height, 0),
        "NumWebPurchases > 10",
    )
    add(
        i(),
        "en",
        "median Income",
        f,
        sc(["median_income", "median"], float(df["Income"].median())),
        "median (nulls ignored)",
    )
    add(
        i(),
        "de",
        "Wie viele verschiedene Familienstände gibt es?",
        f,
        sc(["marital_status", "count", "n"], df["Marital_Status"].n_unique(), 0),
        "distinct Marital_Status",
        clarify_ok="familienst",
    )
    add(
        i(),
        "en",
        "average MntMeatProducts by Education for customers with Income above 80000",
        f,
        tb(
            ["education"],
            "mean_mnt_meat_products",
            g(df.filter(pl.col("Income") > 80000), "Education", lambda x: x["MntMeatProducts"].mean()),
        ),
        "filter then group",
    )
    add(
        i(),
        "de",
        "Response-Rate der Kunden ohne Kinder (Kidhome 0)",
        f,
        sc("share_response", float(df.filter(pl.col("Kidhome") == 0)["Response"].mean())),
        "Kidhome = 0",
    )
    for lang, q, words, note in [
        ("de", "Umsatz 2014", [], "no order lines"),
        ("en", "customers in Berlin", ["berlin"], "no city"),
        ("de", "Umsatz nach Land", [], "no country and no order lines"),
    ]:
        add(i(), lang, q, f, refuse(*words), note)


def main():
    ref4.check_reference()
    for b in (build_ss, build_te, build_bb, build_sv, build_ii, build_or, build_cd, build_sa, build_ch, build_mk):
        b()
    ids = [r["id"] for r in OUT]
    assert len(ids) == len(set(ids))
    with open(HERE / "round5.jsonl", "w", encoding="utf-8") as fh:
        for r in OUT:
            fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    nref = sum(r["expect"]["kind"] == "refuse" for r in OUT)
    print(f"{len(OUT)} questions ({nref} refuse, {sum(r['lang'] == 'de' for r in OUT)} de) -> round5.jsonl")


if __name__ == "__main__":
    main()
