"""Three seeded synthetic client tables for round 7 (industries and conventions no earlier round used) plus a slice of
Online Retail II.

    saas.csv          a B2B SaaS invoice list (English headers): Invoice, Customer ID (accounts ACC-…), InvoiceDate
                      ISO, Type Invoice/Credit Note (credit notes carry a negative Amount), Plan Starter/Team/
                      Enterprise per account, Seats per invoice, Amount, Region EMEA/Americas/APAC per account,
                      Billing monthly/annual per account
    apotheke.csv      a pharmacy with an optician's corner (German headers, ';', '1.234,56', 'dd.mm.yyyy'):
                      Rechnungsnummer, Kundennummer, Datum, Warengruppe per line (Arzneimittel/Brillen/
                      Kontaktlinsen/Pflege), Rezept ja/nein per line, Zuzahlung per line (only with Rezept),
                      Betrag per line, Krankenkasse per customer (AOK/TK/Barmer/Privat), Standort per receipt
                      (Altstadt/Bahnhof)
    marktplatz.csv    an online marketplace (English headers): InvoiceNo, CustomerID (the buyers; sellers are not
                      customers), InvoiceDate ISO, Seller per line, Category per line, Amount (EUR only), Shipping
                      per order, Status Completed/Cancelled/Returned per order, Country per buyer
    ii_2010.parquet   Online Retail II, only the rows invoiced in 2010 (the raw rows, as published)

`ensure()` writes them once into a temp directory (atomic renames: pytest-xdist workers may race) and returns it;
`frames()` gives the synthetic tables as polars frames for the reference. Everything derives from fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import numpy as np
import polars as pl

VERSION = 1
DIR = Path(tempfile.gettempdir()) / f"insight_round7_synth_v{VERSION}"
FILES = ("saas.csv", "apotheke.csv", "marktplatz.csv", "ii_2010.parquet")
SHARED_II = Path(__file__).resolve().parents[3] / "shared" / "data" / "online_retail_ii.parquet"


def saas() -> pl.DataFrame:
    rng = np.random.default_rng(7001)
    n = 140
    plan = rng.choice(["Starter", "Team", "Enterprise"], n, p=[0.5, 0.35, 0.15])
    seat_price = {"Starter": 12.0, "Team": 25.0, "Enterprise": 45.0}
    region = rng.choice(["EMEA", "Americas", "APAC"], n, p=[0.5, 0.3, 0.2])
    billing = rng.choice(["monthly", "annual"], n, p=[0.65, 0.35])
    rows, inv = [], 5001
    end = dt.date(2025, 4, 30)
    for a in range(n):
        d = dt.date(2023, 1, 1) + dt.timedelta(days=int(rng.integers(0, 700)))
        life = int(rng.integers(2, 30))
        seats = int(rng.integers(2, 60 if plan[a] == "Enterprise" else 20))
        step = 365 if billing[a] == "annual" else 30
        for _ in range(life):
            if d > end:
                break
            seats = max(1, seats + int(rng.integers(-2, 4)))
            months = 12 if billing[a] == "annual" else 1
            amt = round(seats * seat_price[str(plan[a])] * months * (0.85 if months == 12 else 1.0), 2)
            rows.append(
                (
                    f"INV-{inv}",
                    f"ACC-{100 + a}",
                    d,
                    "Invoice",
                    str(plan[a]),
                    seats,
                    amt,
                    str(region[a]),
                    str(billing[a]),
                )
            )
            inv += 1
            if rng.random() < 0.06:
                cd = d + dt.timedelta(days=int(rng.integers(3, 20)))
                if cd <= end:
                    rows.append(
                        (
                            f"CN-{inv}",
                            f"ACC-{100 + a}",
                            cd,
                            "Credit Note",
                            str(plan[a]),
                            0,
                            -round(amt * float(rng.choice([0.1, 0.25, 0.5])), 2),
                            str(region[a]),
                            str(billing[a]),
                        )
                    )
                    inv += 1
            d = d + dt.timedelta(days=step + int(rng.integers(0, 3)))
    return pl.DataFrame(
        rows,
        schema=["Invoice", "Customer ID", "InvoiceDate", "Type", "Plan", "Seats", "Amount", "Region", "Billing"],
        orient="row",
    )


def apotheke() -> pl.DataFrame:
    rng = np.random.default_rng(7002)
    n_cust = 320
    kasse = rng.choice(["AOK", "TK", "Barmer", "Privat"], n_cust, p=[0.35, 0.3, 0.2, 0.15])
    base = {"Arzneimittel": 3.3, "Brillen": 5.6, "Kontaktlinsen": 4.0, "Pflege": 2.9}
    start = dt.date(2023, 1, 2)
    n_bon = 2600
    days = np.sort(rng.integers(0, (dt.date(2025, 2, 14) - start).days, n_bon))
    rows = []
    for k in range(n_bon):
        c = int(rng.integers(0, n_cust))
        d = start + dt.timedelta(days=int(days[k]))
        ort = "Altstadt" if rng.random() < 0.6 else "Bahnhof"
        for _ in range(int(rng.integers(1, 4))):
            grp = str(rng.choice(list(base), p=[0.55, 0.1, 0.15, 0.2]))
            rez = "ja" if grp == "Arzneimittel" and rng.random() < 0.6 else "nein"
            amt = round(float(rng.lognormal(base[grp], 0.5)), 2)
            zz = round(min(10.0, max(5.0, amt * 0.1)), 2) if rez == "ja" else 0.0
            rows.append((f"R{700000 + k}", 3001 + c, d, grp, rez, zz, amt, str(kasse[c]), ort))
    return pl.DataFrame(
        rows,
        schema=[
            "Rechnungsnummer",
            "Kundennummer",
            "Datum",
            "Warengruppe",
            "Rezept",
            "Zuzahlung",
            "Betrag",
            "Krankenkasse",
            "Standort",
        ],
        orient="row",
    )


def marktplatz() -> pl.DataFrame:
    rng = np.random.default_rng(7003)
    n_buy = 400
    country = rng.choice(["Germany", "Austria", "Poland", "Spain"], n_buy, p=[0.5, 0.2, 0.15, 0.15])
    sellers = ["NordHome", "Velo24", "KidsCorner", "TechBay", "GartenGlück"]
    cats = {
        "NordHome": "Home",
        "Velo24": "Sports",
        "KidsCorner": "Toys",
        "TechBay": "Electronics",
        "GartenGlück": "Garden",
    }
    start = dt.date(2024, 1, 1)
    n_ord = 1800
    days = np.sort(rng.integers(0, (dt.date(2025, 3, 19) - start).days, n_ord))
    rows = []
    for k in range(n_ord):
        b = int(rng.integers(0, n_buy))
        d = start + dt.timedelta(days=int(days[k]))
        st = str(rng.choice(["Completed", "Cancelled", "Returned"], p=[0.86, 0.08, 0.06]))
        ship = float(rng.choice([0.0, 4.9, 6.9]))
        for _ in range(int(rng.integers(1, 3))):
            s = sellers[int(rng.integers(0, 5))]
            amt = round(float(rng.lognormal(3.8 if s != "TechBay" else 4.8, 0.6)), 2)
            rows.append((f"{880000 + k}", f"B{2000 + b}", d, s, cats[s], amt, ship, st, str(country[b])))
    return pl.DataFrame(
        rows,
        schema=[
            "InvoiceNo",
            "CustomerID",
            "InvoiceDate",
            "Seller",
            "Category",
            "Amount",
            "Shipping",
            "Status",
            "Country",
        ],
        orient="row",
    )


def _de_num(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _write(df: pl.DataFrame, name: str, path: Path) -> None:
    tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
    if name == "apotheke.csv":  # German formats: ';', decimal comma, dd.mm.yyyy
        out = df.with_columns(
            pl.col("Datum").dt.strftime("%d.%m.%Y"),
            pl.col("Betrag").map_elements(_de_num, return_dtype=pl.Utf8),
            pl.col("Zuzahlung").map_elements(_de_num, return_dtype=pl.Utf8),
        )
        out.write_csv(tmp, separator=";")
    else:
        df.write_csv(tmp)
    os.replace(tmp, path)


def frames() -> dict[str, pl.DataFrame]:
    return {"saas.csv": saas(), "apotheke.csv": apotheke(), "marktplatz.csv": marktplatz()}


def ensure(directory: Path = DIR) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    if all((directory / f).exists() for f in FILES):
        return directory
    for name, df in frames().items():
        _write(df, name, directory / name)
    tmp = directory / f".ii_2010.{os.getpid()}.tmp"
    pl.read_parquet(SHARED_II).filter(pl.col("InvoiceDate").dt.year() == 2010).write_parquet(tmp)
    os.replace(tmp, directory / "ii_2010.parquet")
    return directory
