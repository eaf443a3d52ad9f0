"""The built-in demo data: a deterministic, synthetic German coffee and office-supply business.

Why synthetic: every metric of ``shared/spec/metrics.md`` needs something real to compute (B2B and B2C,
a lead funnel, referrals, surveys, coupons, interactions, returns, unattributed lines), tests need it
without files, and the TUI shows it on first start. Purchases follow the BG/NBD story (Poisson buying
with per-customer rates, dropout after each repeat purchase) and spend follows Gamma-Gamma, so the CLV
models fit; a monthly seasonality (Q4 peak, summer dip) and growing acquisition make trends and cohorts
tell something. History ends on a fixed date (``END``) so results never depend on today.

>>> ds = generate_demo(seed=7, n_customers=300)
>>> sorted(ds.customers.get_column("status").unique())
['contact', 'customer', 'lead', 'prospect']
"""

from __future__ import annotations

import datetime as dt
import functools

import numpy as np
import polars as pl

from insight.dataset import Dataset
from insight.errors import UsageError
from insight.io import demo_catalogue as cat
from insight.io.demo_feedback import answer_times, coupons, interactions, survey_responses
from insight.io.demo_people import frame_of, loyal_referrers, people
from insight.schema import CUSTOMERS, ORDER_LINES
from insight.settings import Settings

START = dt.date(2023, 1, 1)
END = dt.date(2025, 6, 30)  # last day with orders; the analysis date is the day after
DAYS = (END - START).days + 1

# relative purchase intensity per calendar month (Q4 peak, summer dip)
MONTH_FACTOR = np.array([0.90, 0.85, 0.95, 1.00, 0.95, 0.85, 0.72, 0.68, 0.95, 1.10, 1.35, 1.55])

# BG/NBD-style parameters per kind: purchase rate lambda ~ Gamma(r, rate alpha) per day,
# dropout p ~ Beta(a, b); Gamma-Gamma spend: order value ~ Gamma(p, nu), nu ~ Gamma(q, gamma).
RATE = {"b2c": (0.8, 48.0), "b2b": (1.1, 26.0)}
DROPOUT = {"b2c": (0.9, 4.5), "b2b": (0.9, 7.0)}
SPEND = {"b2c": (5.0, 4.0, 34.0), "b2b": (4.0, 3.5, 330.0)}
LINES_PER_ORDER = {"b2c": 1.1, "b2b": 2.4}  # mean extra lines beyond the first (Poisson)
B2B_DISCOUNT = 0.92  # business customers pay list price x this
RETURN_SHARE = 0.025  # share of orders with a return
CANCEL_SHARE = 0.004  # share of orders cancelled completely
ANONYMOUS_SHARE = 0.04  # walk-in shop orders without a customer id, relative to customer orders
ABROAD_SHARE = 0.04  # B2B orders delivered to a branch in another country (a customer counts in both)
ABROAD = np.array(["Austria", "Switzerland", "Netherlands", "France", "Belgium"], dtype=object)
ADJUSTMENT_RATE = 0.0015  # zero-value stock corrections per order
ADJUSTMENT_TEXTS = ("Bestandskorrektur", "Inventurdifferenz", "Bruch/Beschädigung")
MAX_ARRIVALS = 400


def generate_demo(seed: int = 7, n_customers: int = 3000) -> Dataset:
    """The demo Dataset: all five canonical tables, default margin 0.35, currency EUR.

    ``n_customers`` counts the people with status ``customer`` (the buyers); leads, contacts and
    prospects come on top (about 3.85 x as many). The same seed gives identical frames.
    """
    settings = Settings(default_margin=0.35, currency="EUR")
    return Dataset(**demo_frames(seed, n_customers), settings=settings, source=f"demo(seed={seed})")


def demo_frames(seed: int = 7, n_customers: int = 3000) -> dict[str, pl.DataFrame]:
    """The five canonical tables of the demo as polars frames (canonical columns and dtypes).

    Built once per (seed, n_customers) and process; callers get their own copies (cheap clones).
    """
    for name, value, low in (("seed", seed, 0), ("n_customers", n_customers, 1)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < low:
            kind = "a non-negative" if low == 0 else "a positive"
            raise UsageError(f"{name} must be {kind} whole number, not {value!r}")
    return {name: frame.clone() for name, frame in _cached_frames(int(seed), int(n_customers)).items()}


@functools.lru_cache(maxsize=4)
def _cached_frames(seed: int, n_customers: int) -> dict[str, pl.DataFrame]:
    return build_frames(seed, n_customers)


def build_frames(seed: int, n_customers: int) -> dict[str, pl.DataFrame]:
    """Generate the five tables from scratch (no cache, no argument checks): the simulation itself."""
    # streams 0-5 drive the simulation; 6 (referrers), 7 (answer times) and 8 (cross-sell add-ons) were
    # added later: spawning more leaves the earlier streams unchanged
    streams = np.random.SeedSequence(int(seed)).spawn(9)
    rngs = [np.random.default_rng(s) for s in streams]
    season = _season_cumulative()
    pop = people(rngs[0], int(n_customers), START, DAYS, season)
    lines, truth = _order_lines(rngs[1], pop, season, rngs[5], rngs[8])
    buyers = pop.filter(pl.col("status") == "customer").join(truth, on="customer_id", how="left",
                                                              maintain_order="left")
    return {
        "order_lines": lines,
        "customers": loyal_referrers(rngs[6], pop.select(list(CUSTOMERS.columns)), truth),
        "survey_responses": survey_responses(rngs[2], buyers, START, END),
        "coupons": coupons(rngs[3], buyers, START, END),
        "interactions": answer_times(rngs[7], interactions(rngs[4], pop, buyers, START, END), pop, buyers, END),
    }


def _season_cumulative() -> np.ndarray:
    """Cumulative seasonal intensity at day boundaries 0..DAYS (the 'operational time' of arrivals)."""
    days = np.array([START + dt.timedelta(days=int(d)) for d in range(DAYS)])
    months = np.array([d.month for d in days]) - 1
    return np.concatenate([[0.0], np.cumsum(MONTH_FACTOR[months])])


def _order_lines(rng: np.random.Generator, pop: pl.DataFrame, season: np.ndarray,
                 rng_adjust: np.random.Generator, rng_cross: np.random.Generator) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Order lines of all buyers plus anonymous shop orders and returns; and per-buyer truth.

    Returns (order_lines frame, truth frame: customer_id, alive, repeats, first_order, last_order, n_orders).
    """
    buy = pop.filter(pl.col("status") == "customer")
    n = buy.height
    kind = buy.get_column("kind").to_numpy()
    b2b = kind == "b2b"
    grid = np.arange(DAYS + 1, dtype=float)

    # per-customer latent parameters
    r = np.where(b2b, RATE["b2b"][0], RATE["b2c"][0])
    alpha = np.where(b2b, RATE["b2b"][1], RATE["b2c"][1])
    lam = rng.gamma(r, 1.0 / alpha) * buy.get_column("rate_factor").to_numpy()
    a = np.where(b2b, DROPOUT["b2b"][0], DROPOUT["b2c"][0])
    b = np.where(b2b, DROPOUT["b2b"][1], DROPOUT["b2c"][1])
    p_drop = np.clip(rng.beta(a, b) * buy.get_column("dropout_factor").to_numpy(), 0.005, 0.95)
    shape_p = np.where(b2b, SPEND["b2b"][0], SPEND["b2c"][0])
    nu = rng.gamma(np.where(b2b, SPEND["b2b"][1], SPEND["b2c"][1]),
                   1.0 / np.where(b2b, SPEND["b2b"][2], SPEND["b2c"][2]))
    nu = nu / buy.get_column("spend_factor").to_numpy()

    # first order at t0 (continuous day), repeat arrivals uniform in operational time after it
    t0 = buy.get_column("first_order_day").to_numpy() + rng.uniform(0.05, 0.95, n)
    u0 = np.interp(t0, grid, season)
    span = season[-1] - u0
    arrivals = np.minimum(rng.poisson(lam * span), MAX_ARRIVALS)
    lifetime = rng.geometric(p_drop)  # repeat purchases until (and including) the one before dropout
    repeats = np.minimum(arrivals, lifetime)
    alive = lifetime > arrivals
    owner = np.repeat(np.arange(n), arrivals)
    u = u0[owner] + rng.uniform(0.0, 1.0, owner.size) * span[owner]
    order = np.lexsort((u, owner))
    owner, u = owner[order], u[order]
    starts = np.concatenate([[0], np.cumsum(arrivals)[:-1]])
    rank = np.arange(owner.size) - starts[owner]
    keep = rank < repeats[owner]
    rep_owner, rep_t = owner[keep], np.interp(u[keep], season, grid)
    o_owner = np.concatenate([np.arange(n), rep_owner])
    o_t = np.minimum(np.concatenate([t0, rep_t]), DAYS - 1e-6)
    o_value = rng.gamma(shape_p[o_owner], 1.0 / nu[o_owner])

    # anonymous walk-in orders (no customer id)
    n_anon = max(1, int(round(ANONYMOUS_SHARE * o_owner.size)))
    anon_t = np.interp(rng.uniform(0, season[-1], n_anon), season, grid)
    anon_t[-1] = DAYS - 0.5  # the shop is open on the last day, so the analysis date is always END + 1
    anon_value = rng.gamma(3.0, 12.0, n_anon)

    cid = buy.get_column("customer_id").to_numpy()
    country = buy.get_column("country").to_numpy()
    pref_channel = buy.get_column("preferred_channel").to_numpy()
    orders = frame_of({
        "customer_id": np.concatenate([cid[o_owner], np.full(n_anon, None, dtype=object)]),
        "t": np.concatenate([o_t, anon_t]),
        "value": np.concatenate([o_value, anon_value]),
        "b2b": np.concatenate([b2b[o_owner], np.zeros(n_anon, dtype=bool)]),
        "country": np.concatenate([np.where(b2b[o_owner] & (rng.uniform(size=o_owner.size) < ABROAD_SHARE),
                                            rng.choice(ABROAD, o_owner.size), country[o_owner]),
                                   np.full(n_anon, "Germany", dtype=object)]).astype(object),
        "channel": np.concatenate([
            np.where(rng.uniform(size=o_owner.size) < 0.8, pref_channel[o_owner],
                     np.where(b2b[o_owner], rng.choice(["online", "field"], o_owner.size),
                              rng.choice(["online", "shop"], o_owner.size))),
            np.full(n_anon, "shop", dtype=object)]).astype(object),
    })
    hour = np.where(orders.get_column("b2b").to_numpy(), rng.uniform(7.5, 17.5, orders.height),
                    rng.uniform(8.0, 21.5, orders.height))
    seconds = (np.floor(orders.get_column("t").to_numpy()) * 86400 + np.floor(hour * 3600)).astype(np.int64)
    orders = orders.with_columns(
        order_date=pl.lit(dt.datetime.combine(START, dt.time())) + pl.duration(seconds=pl.Series(seconds))
    ).with_columns(seq=pl.int_range(pl.len())).sort("order_date", "customer_id", "seq", nulls_last=True)
    extra = rng.poisson(np.where(orders.get_column("b2b").to_numpy(), LINES_PER_ORDER["b2b"], LINES_PER_ORDER["b2c"]))
    orders = orders.with_columns(order_id=pl.format("A{}", pl.int_range(100001, 100001 + pl.len())),
                                 n_lines=pl.Series(1 + extra))
    lines = _explode_lines(rng, orders)
    returns, cancelled = _returns(rng, lines)
    addons = _cross_sell(rng_cross, lines.filter(~pl.col("order_id").is_in(cancelled.implode())))
    lines = pl.concat([lines, returns, _adjustments(rng_adjust, orders.height, lines.columns), addons])
    lines = lines.sort("order_date", "order_id", "seq")
    truth = _truth(lines, cid, alive, repeats)
    return lines.select(pl.col(c) if c in lines.columns else pl.lit(None, dtype).alias(c)
                        for c, dtype in ORDER_LINES.columns.items()), truth


def _explode_lines(rng: np.random.Generator, orders: pl.DataFrame) -> pl.DataFrame:
    """Split each order's value over its lines: product by weight among affordable ones, quantity to fit."""
    n_lines = orders.get_column("n_lines").to_numpy()
    idx = np.repeat(np.arange(orders.height), n_lines)
    share = rng.gamma(1.5, 1.0, idx.size)
    share = share / np.bincount(idx, weights=share)[idx]
    target = orders.get_column("value").to_numpy()[idx] * share
    b2b = orders.get_column("b2b").to_numpy()[idx]

    price = np.array([p[2] for p in cat.PRODUCTS])
    cost = np.array([np.nan if p[3] is None else p[3] for p in cat.PRODUCTS])
    w_b2c = np.log(np.array([p[4] for p in cat.PRODUCTS]))
    w_b2b = np.log(np.array([p[5] for p in cat.PRODUCTS]))
    logw = np.where(b2b[:, None], w_b2b[None, :], w_b2c[None, :])
    affordable = price[None, :] <= np.maximum(1.6 * target, price.min())[:, None]
    gumbel = rng.gumbel(size=logw.shape)
    product = np.argmax(np.where(affordable, logw + gumbel, -np.inf), axis=1)
    unit_price = np.where(b2b, np.round(price[product] * B2B_DISCOUNT, 2), price[product])
    quantity = np.maximum(1.0, np.round(target / unit_price))
    catalogue = pl.DataFrame({"product_id": [p[0] for p in cat.PRODUCTS],
                              "description": [p[1] for p in cat.PRODUCTS]})
    head = orders.select("order_id", "customer_id", "order_date")[idx]
    tail = orders.select("channel", "country")[idx]
    return pl.concat([
        head, catalogue[product].select("product_id", "description"),
        pl.DataFrame({"quantity": quantity, "unit_price": unit_price, "amount": np.round(quantity * unit_price, 2),
                      "unit_cost": pl.Series(cost[product], nan_to_null=True)}),
        tail, pl.DataFrame({"seq": np.arange(idx.size)}),
    ], how="horizontal").cast({"order_date": pl.Datetime("us")})


def _returns(rng: np.random.Generator, lines: pl.DataFrame) -> tuple[pl.DataFrame, pl.Series]:
    """Returns (one line of an order) and complete cancellations, as 'C' orders with negative quantity;
    and the ids of the orders cancelled completely."""
    orders = lines.get_column("order_id").unique(maintain_order=True)
    draw = rng.uniform(size=orders.len())
    chosen = pl.DataFrame({"order_id": orders, "full": draw < CANCEL_SHARE,
                           "pick": draw < CANCEL_SHARE + RETURN_SHARE,
                           "delay_days": rng.integers(2, 29, orders.len()),
                           "line_draw": rng.uniform(size=orders.len()),
                           "qty_draw": rng.uniform(size=orders.len())}).filter(pl.col("pick"))
    ret = (
        lines.with_columns(line_no=pl.int_range(pl.len()).over("order_id"), n=pl.len().over("order_id"))
        .join(chosen, on="order_id", maintain_order="left")
        .filter(pl.col("full") | (pl.col("line_no") == (pl.col("line_draw") * pl.col("n")).floor()))
        .with_columns(
            order_date=pl.when(pl.col("full")).then(pl.col("order_date") + pl.duration(hours=2))
            .otherwise(pl.col("order_date") + pl.duration(days=pl.col("delay_days"))),
            quantity=pl.when(pl.col("full")).then(-pl.col("quantity"))
            .otherwise(-(pl.col("qty_draw") * pl.col("quantity")).ceil().clip(1)),
        )
        .filter(pl.col("order_date") < dt.datetime.combine(END + dt.timedelta(days=1), dt.time()))
        .sort("order_date", "order_id", "seq")
    )
    ids = ret.select(pl.col("order_id").unique(maintain_order=True))
    ids = ids.with_columns(new_id=pl.format("C{}", pl.int_range(100001, 100001 + pl.len())))
    cancelled = chosen.filter(pl.col("full")).get_column("order_id")
    return (ret.join(ids, on="order_id", maintain_order="left")
            .with_columns(order_id=pl.col("new_id"), seq=pl.col("seq") + 10_000_000,
                          amount=(pl.col("quantity") * pl.col("unit_price")).round(2))
            .select(lines.columns)), cancelled


def _cross_sell(rng: np.random.Generator, lines: pl.DataFrame) -> pl.DataFrame:
    """The designed cross-sell (``cat.CROSS_SELL``): a free add-on line ("Zugabe") in an order with its
    trigger product.

    Drawn on its own stream after all other lines, so every other line stays the same; the add-on keeps the
    order's date, channel and country, quantity 1, unit price 0 (so revenue, orders and profit stay as they
    were) and no unit cost (a gift's cost is part of the trigger's margin, as a shop books it)."""
    rules = pl.DataFrame({"product_id": [r[0] for r in cat.CROSS_SELL], "addon": [r[1] for r in cat.CROSS_SELL],
                          "p": [r[2] for r in cat.CROSS_SELL]})
    has = lines.select("order_id", "product_id").unique()
    candidates = (lines.filter(pl.col("customer_id").is_not_null())
                  .join(rules, on="product_id", how="inner")
                  .group_by("order_id", "addon", maintain_order=True)
                  .agg(pl.col("p").max(), pl.col("customer_id", "order_date", "channel", "country").first())
                  .join(has.rename({"product_id": "addon"}), on=["order_id", "addon"], how="anti",
                        maintain_order="left")
                  .sort("order_id", "addon"))
    chosen = candidates.filter(pl.Series(rng.uniform(size=candidates.height)) < pl.col("p"))
    catalogue = pl.DataFrame({"addon": [p[0] for p in cat.PRODUCTS], "description": [p[1] for p in cat.PRODUCTS]})
    return (chosen.join(catalogue, on="addon", how="left", maintain_order="left")
            .with_columns(product_id=pl.col("addon"), quantity=pl.lit(1.0), unit_price=pl.lit(0.0),
                          amount=pl.lit(0.0), unit_cost=pl.lit(None, dtype=pl.Float64),
                          seq=pl.int_range(pl.len()) + 30_000_000)
            .select(lines.columns).cast(lines.schema))


def _adjustments(rng: np.random.Generator, n_orders: int, columns: list[str]) -> pl.DataFrame:
    """Zero-value stock corrections without a customer ('X' ids): lines that are not orders (metrics.md)."""
    n = max(2, round(ADJUSTMENT_RATE * n_orders))
    day = np.sort(rng.integers(0, DAYS, n))
    when = np.datetime64(START, "us") + (day * 86400 + rng.integers(17 * 3600, 19 * 3600, n)).astype(
        "timedelta64[s]")
    sign = np.where(rng.uniform(size=n) < 0.6, -1.0, 1.0)
    return pl.DataFrame({
        "order_id": [f"X{100001 + i}" for i in range(n)],
        "customer_id": pl.Series([None] * n, dtype=pl.String),
        "order_date": when,
        "product_id": ["ADJ"] * n,
        "description": rng.choice(np.array(ADJUSTMENT_TEXTS), n).tolist(),
        "quantity": sign * rng.integers(1, 25, n),
        "unit_price": np.zeros(n), "amount": np.zeros(n),
        "unit_cost": pl.Series([None] * n, dtype=pl.Float64),
        "channel": ["shop"] * n, "country": ["Germany"] * n,
        "seq": np.arange(n) + 20_000_000,
    }).cast({"order_date": pl.Datetime("us")}).select(columns)


def _truth(lines: pl.DataFrame, cid: np.ndarray, alive: np.ndarray, repeats: np.ndarray) -> pl.DataFrame:
    """What the simulation knows and the data does not show: alive at END, plus order facts per buyer."""
    facts = (lines.filter(~pl.col("order_id").str.starts_with("C") & pl.col("customer_id").is_not_null())
             .group_by("customer_id")
             .agg(last_order=pl.col("order_date").max().dt.date(), first_order=pl.col("order_date").min().dt.date(),
                  n_orders=pl.col("order_id").n_unique()))
    return pl.DataFrame({"customer_id": cid, "alive": alive, "repeats": repeats},
                        schema_overrides={"customer_id": pl.String}).join(facts, on="customer_id", how="left",
                                                                           maintain_order="left")
