"""Independent reference implementation of ../shared/spec/metrics.md in plain polars.

Written for the held-out eval set without reading insight's code. Each loader returns a
normalised line frame with columns: order_id, customer_id, order_date (date), amount,
quantity, cancelled (status says cancelled/returned: never a sale), plus client columns.
"""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import polars as pl

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


# ---------------------------------------------------------------- loaders
def load_online_retail(path=DATA / "online_retail.parquet") -> pl.DataFrame:
    df = pl.read_parquet(path)
    df = df.rename({"InvoiceNo": "order_id", "StockCode": "product_id", "Description": "description",
                    "Quantity": "quantity", "InvoiceDate": "ts", "UnitPrice": "unit_price",
                    "CustomerID": "customer_id", "Country": "country"}, strict=False)
    df = df.rename({"Invoice": "order_id", "Price": "unit_price", "Customer ID": "customer_id",
                    "InvoiceDate": "ts"}, strict=False)
    raw = pl.col("quantity") * pl.col("unit_price")
    # C-prefix applies: ids are C+digits and the great majority of others plain digits (checked below)
    is_c = pl.col("order_id").str.contains(r"^C\d+$")
    reversing = (pl.col("quantity") < 0) | (raw < 0) | is_c
    df = df.with_columns(
        order_date=pl.col("ts").dt.date(),
        amount=pl.when(reversing).then(-raw.abs()).otherwise(raw),
        cancel_prefix=is_c,      # a return (counts in revenue) and not an order line
        cancelled=pl.lit(False),  # no status column
    )
    return df


def load_cdnow(path=DATA / "cdnow" / "CDNOW_master.txt") -> pl.DataFrame:
    rows = []
    with open(path) as fh:
        fh.readline()
        for line in fh:
            p = line.split()
            if len(p) == 4:
                rows.append((int(p[0]), p[1], int(p[2]), float(p[3])))
    df = pl.DataFrame(rows, schema=["customer_id", "d", "number_of_cds", "dollar_value"], orient="row")
    df = df.with_columns(order_date=pl.col("d").str.strptime(pl.Date, "%Y%m%d"))
    # no order_id: one order per customer and day (metrics.md default)
    df = df.with_columns(order_id=pl.col("customer_id").cast(pl.Utf8) + "_" + pl.col("d"),
                         amount=pl.col("dollar_value"), quantity=pl.col("number_of_cds"),
                         cancel_prefix=pl.lit(False), cancelled=pl.lit(False))
    return df


def load_sales(path=DATA / "foreign" / "sales_data_sample.csv") -> pl.DataFrame:
    s = pl.read_csv(path, encoding="utf8-lossy")
    s = s.with_columns(order_date=pl.col("ORDERDATE").str.strptime(pl.Datetime, "%m/%d/%Y %H:%M").dt.date(),
                       order_id=pl.col("ORDERNUMBER").cast(pl.Utf8),
                       customer_id=pl.col("CUSTOMERNAME"),  # name identifies the customer (no id column)
                       amount=pl.col("SALES"), quantity=pl.col("QUANTITYORDERED"),
                       country=pl.col("COUNTRY"),
                       cancel_prefix=pl.lit(False),
                       cancelled=pl.col("STATUS").str.to_lowercase().is_in(
                           ["cancelled", "canceled", "storniert", "returned", "retoure"]))
    return s


# ---------------------------------------------------------------- core metrics
def as_of(df) -> dt.date:
    return df["order_date"].max() + dt.timedelta(days=1)


def window(df, start=None, end=None):
    if start is not None:
        df = df.filter(pl.col("order_date") >= start)
    if end is not None:
        df = df.filter(pl.col("order_date") < end)
    return df


def sales(df):
    """Lines that count in revenue: everything except status-cancelled lines."""
    return df.filter(~pl.col("cancelled"))


def revenue(df) -> float:
    return float(sales(df)["amount"].sum())


def orders_frame(df, by=()):
    """One row per order (order_id [+ by]) whose non-cancellation lines sum to > 0."""
    nc = df.filter(~pl.col("cancelled") & ~pl.col("cancel_prefix"))
    keys = ["order_id", *by]
    o = nc.group_by(keys).agg(pl.col("amount").sum().alias("v"), pl.col("order_date").min(),
                              pl.col("customer_id").first())
    return o.filter(pl.col("v") > 0)


def n_orders(df) -> int:
    return orders_frame(df).height


def customers_set(df):
    o = orders_frame(df).filter(pl.col("customer_id").is_not_null())
    return o["customer_id"].unique()


def n_customers(df) -> int:
    return customers_set(df).len()


def aov(df) -> float:
    return revenue(df) / n_orders(df)


def by_group(df, key, metric):
    """Table of metric per value of key (line attribute)."""
    out = []
    for (k,), g in df.group_by([key]):
        if k is None:
            continue
        out.append((k, metric(g)))
    return out


def customer_orders(df):
    return orders_frame(df).filter(pl.col("customer_id").is_not_null())


def first_order_dates(df):
    return customer_orders(df).group_by("customer_id").agg(pl.col("order_date").min().alias("first"))


def new_customers(df, start, end) -> int:
    f = first_order_dates(df)
    return f.filter((pl.col("first") >= start) & (pl.col("first") < end)).height


def repeat_rate(df) -> float:
    o = customer_orders(df).group_by("customer_id").len()
    return o.filter(pl.col("len") >= 2).height / o.height


def retention(df, p0, p1) -> float:
    """p0, p1 = (start, end) windows."""
    a = set(customers_set(window(df, *p0)).to_list())
    b = set(customers_set(window(df, *p1)).to_list())
    return len(a & b) / len(a)


def customer_table(df):
    """revenue (net, attributed lines), orders, last order per customer with >=1 order."""
    att = sales(df).filter(pl.col("customer_id").is_not_null())
    rev = att.group_by("customer_id").agg(pl.col("amount").sum().alias("revenue"))
    o = customer_orders(df).group_by("customer_id").agg(pl.len().alias("orders"),
                                                         pl.col("order_date").max().alias("last"))
    return o.join(rev, on="customer_id", how="left")


def top_customers(df, metric="revenue", n=10):
    t = customer_table(df).sort([metric, "customer_id"], descending=[True, False])
    return [[r["customer_id"], r[metric]] for r in t.head(n).iter_rows(named=True)]


def abc(df):
    t = customer_table(df).sort(["revenue", "customer_id"], descending=[True, False])
    tot = t["revenue"].sum()
    cum = t["revenue"].cum_sum() / tot
    prev = cum.shift(1, fill_value=0.0)
    cls = pl.when(prev < 0.80).then(pl.lit("A")).when(prev < 0.95).then(pl.lit("B")).otherwise(pl.lit("C"))
    return t.with_columns(prev=prev).with_columns(abc_class=cls)


def rfm(df):
    d = as_of(df)
    t = customer_table(df).with_columns(recency=(pl.lit(d) - pl.col("last")).dt.total_days())
    n = t.height

    def score(col, desc_for_low):
        # rank 1..n from "worst" to "best"; ties by ascending customer_id
        s = t.sort([col, "customer_id"], descending=[desc_for_low, False]).with_row_index("rk", offset=1)
        return s.select("customer_id", ((5 * pl.col("rk") / n).ceil().cast(pl.Int64)).alias(col + "_s"))
    r = score("recency", True)   # oldest last order (largest recency) first
    f = score("orders", False)
    m = score("revenue", False)
    t = t.join(r, on="customer_id").join(f, on="customer_id").join(m, on="customer_id")

    def seg(R, F):
        if R <= 2 and F <= 2: return "Hibernating"
        if R <= 2 and F <= 4: return "At Risk"
        if R <= 2: return "Can't Lose Them"
        if R == 3 and F <= 2: return "About to Sleep"
        if R == 3 and F == 3: return "Need Attention"
        if R in (3, 4) and F >= 4: return "Loyal"
        if R == 4 and F == 1: return "Promising"
        if R == 5 and F == 1: return "New"
        if R in (4, 5) and F in (2, 3): return "Potential Loyalist"
        return "Champions"
    return t.with_columns(rfm_segment=pl.struct("recency_s", "orders_s").map_elements(
        lambda x: seg(x["recency_s"], x["orders_s"]), return_dtype=pl.Utf8))


def month_start(d: dt.date, k=0) -> dt.date:
    y, m = d.year, d.month + k
    while m <= 0:
        m += 12; y -= 1
    while m > 12:
        m -= 12; y += 1
    return dt.date(y, m, 1)


def quarter(y, q):
    s = dt.date(y, 3 * q - 2, 1)
    return s, month_start(s, 3)


def year(y):
    return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)


def month(y, m):
    s = dt.date(y, m, 1)
    return s, month_start(s, 1)


# ---------------------------------------------------------------- BG/NBD + Gamma-Gamma (for topsets)
def rfm_inputs(df):
    """frequency = order days - 1, recency = last - first day, T = as_of - first day (days);
    monetary = mean value of the repeat order days (first day left out), 0 without repeats."""
    d = as_of(df)
    o = customer_orders(df)
    days = o.group_by(["customer_id", "order_date"]).agg(pl.col("v").sum().alias("v")).sort(["customer_id", "order_date"])
    g = days.group_by("customer_id", maintain_order=True).agg(
        (pl.len() - 1).alias("x"),
        (pl.col("order_date").max() - pl.col("order_date").min()).dt.total_days().alias("tx"),
        (pl.lit(d) - pl.col("order_date").min()).dt.total_days().alias("T"),
        pl.col("v").slice(1).mean().fill_null(0.0).alias("m"))
    return g


def fit_bgnbd(x, tx, T):
    import numpy as np
    from scipy.optimize import minimize
    from scipy.special import gammaln, betaln

    def nll(p):
        r, al, a, b = np.exp(p)
        A = gammaln(r + x) - gammaln(r) + r * np.log(al)
        l1 = betaln(a, b + x) - betaln(a, b) + A - (r + x) * np.log(al + T)
        with np.errstate(divide="ignore", invalid="ignore"):
            l2 = np.where(x > 0, betaln(a + 1, b + x - 1) - betaln(a, b) + A - (r + x) * np.log(al + tx), -np.inf)
        return -np.logaddexp(l1, l2).sum()
    res = minimize(nll, np.log([0.5, float(np.mean(T)) / 5, 1.0, 2.0]), method="Nelder-Mead",
                   options={"maxiter": 20000, "xatol": 1e-8, "fatol": 1e-8})
    return np.exp(res.x), -res.fun


def bgnbd_palive(params, x, tx, T):
    import numpy as np
    r, al, a, b = params
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.where(x > 0, (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x), 0.0)
    return 1.0 / (1.0 + d)


def bgnbd_expected(params, x, tx, T, t):
    import numpy as np
    from scipy.special import hyp1f1, hyp2f1
    r, al, a, b = params
    with np.errstate(all="ignore"):
        tail = ((al + T) / (al + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, t / (al + T + t))
        # a fit at the Poisson limit (r, alpha -> inf, r/alpha fixed) overflows 2F1: its confluent limit
        # (1-z)^(r+x) 2F1(r+x, b+x; c; z) -> 1F1(a-1; c; -(r+x) t/(alpha+T)) stands in
        tail = np.where(np.isfinite(tail), tail, hyp1f1(a - 1, a + b + x - 1, -(r + x) * t / (al + T)))
    num = (a + b + x - 1) / (a - 1) * (1 - tail)
    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.where(x > 0, (a / (b + x - 1)) * ((al + T) / (al + tx)) ** (r + x), 0.0)
    return num / (1 + d)


def fit_gg(x, m):
    import numpy as np
    from scipy.optimize import minimize
    from scipy.special import gammaln
    sel = (x > 0) & (m > 0)
    xs, ms = x[sel], m[sel]

    def nll(p):
        pp, q, g = np.exp(p)
        ll = (gammaln(pp * xs + q) - gammaln(pp * xs) - gammaln(q) + q * np.log(g)
              + (pp * xs - 1) * np.log(ms) + pp * xs * np.log(xs) - (pp * xs + q) * np.log(g + xs * ms))
        return -ll.sum()
    res = minimize(nll, np.log([1.0, 2.0, float(np.mean(ms))]), method="Nelder-Mead",
                   options={"maxiter": 20000, "xatol": 1e-8, "fatol": 1e-8})
    return np.exp(res.x)


def clv_table(df, horizon_months=12, annual=0.10, margin=1.0, t_days=90):
    import numpy as np
    g = rfm_inputs(df)
    x, tx, T, m = (g[c].to_numpy().astype(float) for c in ("x", "tx", "T", "m"))
    params, _ = fit_bgnbd(x, tx, T)
    pp, q, gam = fit_gg(x, m)
    spend = np.where(x > 0, (q - 1) / (pp * x + q - 1) * (gam * pp / (q - 1)) + (pp * x) / (pp * x + q - 1) * m,
                     gam * pp / (q - 1))
    dm = (1 + annual) ** (1 / 12) - 1
    clv = np.zeros_like(x)
    prev = np.zeros_like(x)
    for k in range(1, horizon_months + 1):
        e = bgnbd_expected(params, x, tx, T, 30.4375 * k)
        clv += (e - prev) * spend * margin / (1 + dm) ** k
        prev = e
    pa = bgnbd_palive(params, x, tx, T)
    eo = bgnbd_expected(params, x, tx, T, float(t_days))
    return g.with_columns(clv=pl.Series(clv), p_alive=pl.Series(pa), churn_risk=pl.Series(1 - pa),
                          expected_orders=pl.Series(eo)), params
