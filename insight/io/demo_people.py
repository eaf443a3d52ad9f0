"""The people of the demo: a lead funnel of B2B and B2C contacts with attributes, names and referrals.

Besides the canonical customer columns the frame carries what the order simulation needs and the data
does not show: ``first_order_day`` (days after the start, buyers only) and factors for purchase rate,
dropout and spend, so that attributes (industry, company size, income, acquisition channel) really
change behaviour and segments, personas and ``ltv_by_channel`` find something.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl

from insight.io import demo_catalogue as cat

# people per status relative to the number of buyers: each stage is smaller than the one before
FUNNEL = {"lead": 1.5, "contact": 1.25, "prospect": 1.1, "customer": 1.0}
B2B_SHARE = {"customer": 0.25, "other": 0.30}
EXISTING_BASE = 0.22  # share of buyers whose first order falls in the first 90 days (the old customer base)
INDUSTRY_RATE = {"Hospitality": 1.6, "Office services": 1.25, "Retail": 1.0, "Healthcare": 0.9,
                 "Manufacturing": 0.8, "Public sector": 0.6}
SIZE_SPEND = {"1-9": 0.6, "10-49": 1.0, "50-249": 1.8, "250+": 3.0}
INCOME_SPEND = {"<30k": 0.75, "30-50k": 1.0, "50-80k": 1.25, ">80k": 1.6}
REFERRER_ALIVE_WEIGHT = 4.0  # a buyer still active at the end is this much likelier to be named as referrer
TRANSLIT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ç": "c", "à": "a",
            "â": "a", "ô": "o", "î": "i", "ï": "i", "&": " ", "à": "a"}


def frame_of(columns: dict[str, object]) -> pl.DataFrame:
    """A frame from numpy columns; object arrays (strings with None) become String columns."""
    return pl.DataFrame([
        pl.Series(k, v.tolist(), dtype=pl.String) if isinstance(v, np.ndarray) and v.dtype == object
        else pl.Series(k, v) for k, v in columns.items()
    ])


def _pick(rng: np.random.Generator, weights: dict[str, float], n: int) -> np.ndarray:
    keys = np.array(list(weights), dtype=object)
    p = np.array(list(weights.values()), dtype=float)
    return keys[rng.choice(len(keys), size=n, p=p / p.sum())]


def _days_from_intensity(rng: np.random.Generator, n: int, days: int, season: np.ndarray) -> np.ndarray:
    """Whole days after the start drawn with growing, seasonal intensity (more acquisitions later, in Q4)."""
    grid = np.arange(days + 1, dtype=float)
    growth = 1.0 + 1.2 * grid[:-1] / days
    cum = np.concatenate([[0.0], np.cumsum(np.diff(season) * growth)])
    return np.floor(np.interp(rng.uniform(0, cum[-1], n), cum, grid)).astype(np.int64).clip(0, days - 1)


def people(rng: np.random.Generator, n_customers: int, start: dt.date, days: int, season: np.ndarray) -> pl.DataFrame:
    """All people (every funnel stage) sorted by first contact, ids K10001, K10002, ..."""
    counts = {s: max(1, round(f * n_customers)) for s, f in FUNNEL.items()}
    status = np.concatenate([np.full(c, s, dtype=object) for s, c in counts.items()])
    n = status.size
    buyer = status == "customer"
    b2b = rng.uniform(size=n) < np.where(buyer, B2B_SHARE["customer"], B2B_SHARE["other"])
    kind = np.where(b2b, "b2b", "b2c").astype(object)

    # dates: buyers' first order, then first contact a little earlier (longer for B2B)
    first_order = np.where(rng.uniform(size=n) < EXISTING_BASE, rng.integers(0, 90, n),
                           _days_from_intensity(rng, n, days, season))
    lag = np.where(b2b, 10 + rng.exponential(70, n), np.where(rng.uniform(size=n) < 0.45, 0, rng.exponential(25, n)))
    first_contact = np.where(buyer, first_order - np.floor(lag).astype(np.int64),
                             _days_from_intensity(rng, n, days, season) - rng.integers(0, 60, n))

    country = _pick(rng, {c: v[0] for c, v in cat.COUNTRIES.items()}, n)
    city = np.empty(n, dtype=object)
    group = np.empty(n, dtype=object)
    for name, (_, _, _, cities, grp) in cat.COUNTRIES.items():
        mask = country == name
        city[mask] = _pick(rng, cities, int(mask.sum()))
        group[mask] = grp
    group[(country == "Switzerland") & (rng.uniform(size=n) < 0.2)] = "fr"
    group[(country == "Belgium") & (rng.uniform(size=n) < 0.4)] = "fr"

    gender = np.where(b2b, None, _pick(rng, cat.GENDERS, n)).astype(object)
    first = np.empty(n, dtype=object)
    last = np.empty(n, dtype=object)
    pattern = np.empty(n, dtype=object)
    for grp, (female, male) in cat.FIRST_NAMES.items():
        in_grp = group == grp
        pool = np.array(female + male, dtype=object)
        is_female = (gender == "female") | ((gender == "diverse") & (rng.uniform(size=n) < 0.5))
        first[in_grp] = np.where(is_female[in_grp], rng.choice(np.array(female, dtype=object), in_grp.sum()),
                                 np.where(gender[in_grp] == "male",
                                          rng.choice(np.array(male, dtype=object), in_grp.sum()),
                                          rng.choice(pool, in_grp.sum())))
        last[in_grp] = rng.choice(np.array(cat.LAST_NAMES[grp], dtype=object), in_grp.sum())
        pattern[in_grp] = rng.choice(np.array(cat.COMPANY_PATTERNS[grp], dtype=object), in_grp.sum())

    age = np.where(b2b, np.nan, np.clip(np.round(rng.normal(44, 15, n)), 18, 88))
    young = np.nan_to_num(age, nan=40) < 30
    income_p = np.where(young[:, None], [0.45, 0.35, 0.15, 0.05], [0.20, 0.35, 0.30, 0.15])
    income = np.array(cat.INCOME_BANDS, dtype=object)[(rng.uniform(size=(n, 1)) > income_p.cumsum(1)).sum(1)]
    industry = _pick(rng, cat.INDUSTRIES, n)
    size = _pick(rng, cat.COMPANY_SIZES, n)
    channel = np.where(b2b, _pick(rng, {k: v[1] for k, v in cat.ACQUISITION.items()}, n),
                       _pick(rng, {k: v[0] for k, v in cat.ACQUISITION.items()}, n)).astype(object)

    frame = frame_of({
        "status": status, "kind": kind, "first_order_day": np.where(buyer, first_order, -1),
        "first_contact_day": first_contact, "tie": rng.uniform(size=n), "country": country, "city": city,
        "first": first, "last": last, "pattern": pattern,
        "gender": gender, "age": age, "income_band": np.where(b2b, None, income),
        "marital_status": np.where(b2b, None, _pick(rng, cat.MARITAL, n)),
        "education": np.where(b2b, None, _pick(rng, cat.EDUCATION, n)),
        "industry": np.where(b2b, industry, None), "company_size": np.where(b2b, size, None),
        "acquisition_channel": channel,
        "contact_preference": np.where(b2b & (rng.uniform(size=n) < 0.3), "in person",
                                       _pick(rng, cat.CONTACT_PREFERENCES, n)),
        "u_email": rng.uniform(size=n), "u_phone": rng.uniform(size=n), "u_ref": rng.uniform(size=n),
        "u_cost": rng.gamma(2.0, 0.5, n), "u_cts": rng.gamma(2.0, 0.5, n), "u_chan": rng.uniform(size=n),
        "email_no": rng.integers(1, 99, n), "area": rng.integers(20, 999, n), "number": rng.integers(100000, 9999999, n),
    })
    frame = frame.with_columns(pl.col("age").fill_nan(None)).sort("first_contact_day", "tie")
    frame = frame.with_columns(customer_id=pl.format("K{}", pl.int_range(10001, 10001 + pl.len())))
    frame = _referrals(frame)
    return _finish(frame, start)


def _referrals(frame: pl.DataFrame) -> pl.DataFrame:
    """Referral people get a referrer: a buyer whose first order lies before their first contact."""
    buyers = frame.filter(pl.col("status") == "customer").sort("first_order_day", "customer_id")
    t0 = buyers.get_column("first_order_day").to_numpy()
    ids = buyers.get_column("customer_id").to_numpy()
    earlier = np.searchsorted(t0, frame.get_column("first_contact_day").to_numpy(), side="left")
    pick = np.floor(frame.get_column("u_ref").to_numpy() * earlier).astype(np.int64)
    referrer = np.where(earlier > 0, ids[np.minimum(pick, len(ids) - 1)], None)
    is_ref = frame.get_column("acquisition_channel").to_numpy() == "Referral"
    return frame.with_columns(
        referred_by=pl.Series(np.where(is_ref, referrer, None).tolist(), dtype=pl.String),
        acquisition_channel=pl.Series(np.where(is_ref & (earlier == 0), "Website",
                                               frame.get_column("acquisition_channel").to_numpy()).tolist(), dtype=pl.String),
    )


def loyal_referrers(rng: np.random.Generator, customers: pl.DataFrame, truth: pl.DataFrame) -> pl.DataFrame:
    """Re-draw each referred person's referrer, favouring buyers who stayed and bought often (planted effect).

    Happy, active customers recommend: among the buyers whose first order lies before the referred person's
    first contact (the rule of ``_referrals``), a buyer is chosen with weight (1 + repeat purchases) x
    REFERRER_ALIVE_WEIGHT if still active at the end, else (1 + repeats). Runs after the order simulation on its
    own random stream, so orders and every other column stay as they were; only ``referred_by`` moves.
    """
    buyers = (customers.filter(pl.col("status") == "customer")
              .join(truth.select("customer_id", "alive", "repeats", "first_order"), on="customer_id", how="left",
                    maintain_order="left")
              .sort("first_order", "customer_id"))
    weight = ((1.0 + buyers.get_column("repeats").to_numpy())
              * np.where(buyers.get_column("alive").to_numpy(), REFERRER_ALIVE_WEIGHT, 1.0))
    cum = np.cumsum(weight)
    ids = buyers.get_column("customer_id").to_numpy()
    t0 = buyers.get_column("first_order").to_numpy().astype("datetime64[D]")
    referred = customers.get_column("referred_by").is_not_null().to_numpy()
    contact = customers.get_column("first_contact_date").to_numpy().astype("datetime64[D]")
    earlier = np.searchsorted(t0, contact, side="left")  # buyers with first order before first contact
    draw = rng.uniform(size=customers.height) * np.where(earlier > 0, cum[np.maximum(earlier, 1) - 1], 0.0)
    pick = np.minimum(np.searchsorted(cum, draw, side="right"), np.maximum(earlier, 1) - 1)
    referrer = np.where(referred & (earlier > 0), ids[pick], None)
    return customers.with_columns(referred_by=pl.Series(referrer.tolist(), dtype=pl.String))


def _slug(col: str) -> pl.Expr:
    return (pl.col(col).str.to_lowercase().str.replace_many(list(TRANSLIT), list(TRANSLIT.values()))
            .str.replace_all(r"[^a-z0-9]+", ".").str.strip_chars("."))


def _finish(frame: pl.DataFrame, start: dt.date) -> pl.DataFrame:
    """Names, contact data, costs, dates and the hidden behaviour factors."""
    b2b = pl.col("kind") == "b2b"
    buyer = pl.col("status") == "customer"
    meta = pl.DataFrame({"country": list(cat.COUNTRIES), "phone_prefix": [v[1] for v in cat.COUNTRIES.values()],
                         "tld": [v[2] for v in cat.COUNTRIES.values()]})
    channels = pl.DataFrame({"acquisition_channel": list(cat.ACQUISITION),
                             "mean_cost": [v[2] for v in cat.ACQUISITION.values()],
                             "dropout_factor": [v[3] for v in cat.ACQUISITION.values()]})
    company = pl.col("pattern").str.replace("{last}", pl.col("last"), literal=True).str.replace(
        "{city}", pl.col("city"), literal=True)
    day0 = pl.lit(start)
    return (
        frame.join(meta, on="country", how="left", maintain_order="left")
        .join(channels, on="acquisition_channel", how="left", maintain_order="left")
        .with_columns(name=pl.when(b2b).then(company).otherwise(pl.format("{} {}", "first", "last")))
        .with_columns(
            email=pl.when(pl.col("u_email") < 0.9).then(
                pl.when(b2b).then(pl.format("{}@example.{}", _slug("name"), "tld"))
                .otherwise(pl.format("{}.{}{}@example.{}", _slug("first"), _slug("last"),
                                     pl.when(pl.col("u_email") < 0.45).then(pl.col("email_no").cast(pl.String))
                                     .otherwise(pl.lit("")), "tld"))),
            phone=pl.when(pl.col("u_phone") < pl.when(b2b).then(0.95).otherwise(0.6))
            .then(pl.format("{} {} {}", "phone_prefix", "area", "number")),
            acquisition_cost=pl.when(buyer).then((pl.col("mean_cost") * pl.col("u_cost")).round(2)),
            cost_to_serve=pl.when(buyer).then(
                (pl.col("u_cts") * pl.when(b2b).then(
                    pl.col("company_size").replace_strict(SIZE_SPEND, default=1.0) * 380.0).otherwise(18.0)).round(2)),
            first_contact_date=day0 + pl.duration(days=pl.col("first_contact_day")),
            first_order_day=pl.when(buyer).then(pl.col("first_order_day")),
            rate_factor=pl.when(b2b).then(pl.col("industry").replace_strict(INDUSTRY_RATE, default=1.0))
            .otherwise(1.0),
            spend_factor=pl.when(b2b).then(pl.col("company_size").replace_strict(SIZE_SPEND, default=1.0))
            .otherwise(pl.col("income_band").replace_strict(INCOME_SPEND, default=1.0)),
            preferred_channel=pl.when(b2b).then(
                pl.when(pl.col("acquisition_channel").is_in(["Field sales", "Trade fair"]) | (pl.col("u_chan") < 0.3))
                .then(pl.lit("field")).otherwise(pl.lit("online")))
            .otherwise(pl.when(pl.col("u_chan") < pl.when(pl.col("age") >= 55).then(0.65).otherwise(0.3))
                       .then(pl.lit("shop")).otherwise(pl.lit("online"))),
        )
        .with_columns(pl.col("first_contact_date").cast(pl.Date))
        .sort("customer_id")
    )
