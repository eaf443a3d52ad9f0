"""Three seeded synthetic client tables for round 6 (domains no earlier round used) plus a slice of Online Retail II.

    abo.csv           a subscription box: one row per shipped or skipped box (Customer M…, Shipment B…, Date ISO,
                      Plan Basic/Premium/Family per member, Amount 0 for a skipped box, Status shipped/skipped,
                      Channel per member: Instagram/Podcast/Referral/Google, City per member; Podcast members get
                      20 % off their first box). member_id/ship_date/box_price headers do not import (noted in README)
    werkstatt.csv     a car workshop (German headers, ';', '1.234,56', 'dd.mm.yyyy'): Auftrag, Kunde, Datum, Marke
                      per customer, Leistung per line (Inspektion/Reifenwechsel/Bremsen/Unfallreparatur/Ölwechsel),
                      Betrag per line (a "Rechnungsbetrag" header does not import), Monteur per order, Filiale Nord/Süd per order
    grosshandel.csv   a wholesaler (German ERP headers): Kundennummer, Belegnummer, Belegdatum (yyyy-mm-dd),
                      Belegart Rechnung/Gutschrift (credit notes carry a negative Nettobetrag), Nettobetrag,
                      Artikelgruppe, Vertreter and Bundesland per customer
    ii_slice.parquet  Online Retail II without the United Kingdom (the raw rows, as published)

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

VERSION = 3
DIR = Path(tempfile.gettempdir()) / f"insight_round6_synth_v{VERSION}"
FILES = ("abo.csv", "werkstatt.csv", "grosshandel.csv", "ii_slice.parquet")
SHARED_II = Path(__file__).resolve().parents[3] / "shared" / "data" / "online_retail_ii.parquet"


def abo() -> pl.DataFrame:
    rng = np.random.default_rng(6001)
    n = 300
    plan = rng.choice(["Basic", "Premium", "Family"], n, p=[0.5, 0.3, 0.2])
    price = {"Basic": 29.0, "Premium": 49.0, "Family": 69.0}
    chan = rng.choice(["Instagram", "Podcast", "Referral", "Google"], n, p=[0.35, 0.15, 0.2, 0.3])
    city = rng.choice(["Berlin", "Hamburg", "Munich", "Cologne"], n, p=[0.35, 0.25, 0.25, 0.15])
    start = dt.date(2023, 1, 1)
    rows, box = [], 70001
    for m in range(n):
        first = int(rng.integers(0, 600))
        months = int(rng.integers(1, 20))
        for k in range(months):
            d = start + dt.timedelta(days=first + 30 * k + int(rng.integers(0, 5)))
            if d > dt.date(2024, 12, 31):
                break
            st = str(rng.choice(["shipped", "skipped"], p=[0.88, 0.12]))
            disc = 0.2 if (k == 0 and chan[m] == "Podcast") else 0.0
            p = round(price[str(plan[m])] * (1 - disc), 2) if st == "shipped" else 0.0
            rows.append((f"M{1000 + m}", f"B{box}", d, str(plan[m]), p, st, str(chan[m]), str(city[m])))
            box += 1
    return pl.DataFrame(
        rows, schema=["Customer", "Shipment", "Date", "Plan", "Amount", "Status", "Channel", "City"], orient="row"
    )


def werkstatt() -> pl.DataFrame:
    rng = np.random.default_rng(6002)
    n_cust = 260
    marke = rng.choice(["VW", "BMW", "Opel", "Skoda", "Toyota"], n_cust, p=[0.3, 0.2, 0.2, 0.15, 0.15])
    monteure = ["Yilmaz", "Becker", "Novak", "Schulz"]
    base = {"Inspektion": 5.6, "Reifenwechsel": 4.2, "Bremsen": 5.9, "Unfallreparatur": 7.4, "Ölwechsel": 4.5}
    start = dt.date(2022, 1, 3)
    rows = []
    n_orders = 1400
    days = np.sort(rng.integers(0, (dt.date(2024, 11, 29) - start).days, n_orders))
    for k in range(n_orders):
        c = int(rng.integers(0, n_cust))
        d = start + dt.timedelta(days=int(days[k]))
        mon = monteure[int(rng.integers(0, 4))]
        fil = "Nord" if rng.random() < 0.55 else "Süd"
        for _ in range(int(rng.integers(1, 3))):
            leist = str(rng.choice(list(base), p=[0.3, 0.25, 0.2, 0.1, 0.15]))
            amt = round(float(rng.lognormal(base[leist], 0.4)), 2)
            rows.append((f"WA-{24000 + k}", f"K{500 + c}", d, str(marke[c]), leist, amt, mon, fil))
    return pl.DataFrame(
        rows,
        schema=["Auftrag", "Kunde", "Datum", "Marke", "Leistung", "Betrag", "Monteur", "Filiale"],
        orient="row",
    )


def grosshandel() -> pl.DataFrame:
    rng = np.random.default_rng(6003)
    n_cust = 180
    vertreter = rng.choice(["Meier", "Öztürk", "Schmidt", "Wagner"], n_cust)
    land = rng.choice(["Bayern", "Hessen", "Sachsen", "NRW"], n_cust, p=[0.3, 0.2, 0.15, 0.35])
    start = dt.date(2023, 1, 2)
    n_docs = 1600
    days = np.sort(rng.integers(0, (dt.date(2025, 3, 28) - start).days, n_docs))
    rows = []
    for k in range(n_docs):
        c = int(rng.integers(0, n_cust))
        d = start + dt.timedelta(days=int(days[k]))
        art = "Gutschrift" if rng.random() < 0.07 else "Rechnung"
        for _ in range(int(rng.integers(1, 4))):
            grp = str(rng.choice(["Getränke", "Konserven", "Tiefkühl", "Non-Food"], p=[0.35, 0.25, 0.25, 0.15]))
            amt = round(float(rng.lognormal(6.0, 0.7)), 2)
            if art == "Gutschrift":
                amt = -round(amt / 3, 2)
            rows.append((20001 + c, f"BL{900000 + k}", d, art, amt, grp, str(vertreter[c]), str(land[c])))
    return pl.DataFrame(
        rows,
        schema=[
            "Kundennummer",
            "Belegnummer",
            "Belegdatum",
            "Belegart",
            "Nettobetrag",
            "Artikelgruppe",
            "Vertreter",
            "Bundesland",
        ],
        orient="row",
    )


def _de_num(v: float) -> str:
    return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _write(df: pl.DataFrame, name: str, path: Path) -> None:
    tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
    if name == "werkstatt.csv":  # German formats: ';', decimal comma, dd.mm.yyyy
        out = df.with_columns(
            pl.col("Datum").dt.strftime("%d.%m.%Y"),
            pl.col("Betrag").map_elements(_de_num, return_dtype=pl.Utf8),
        )
        out.write_csv(tmp, separator=";")
    else:
        df.write_csv(tmp)
    os.replace(tmp, path)


def frames() -> dict[str, pl.DataFrame]:
    return {"abo.csv": abo(), "werkstatt.csv": werkstatt(), "grosshandel.csv": grosshandel()}


def ensure(directory: Path = DIR) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    if all((directory / f).exists() for f in FILES):
        return directory
    for name, df in frames().items():
        _write(df, name, directory / name)
    tmp = directory / f".ii_slice.{os.getpid()}.tmp"
    pl.read_parquet(SHARED_II).filter(pl.col("Country") != "United Kingdom").write_parquet(tmp)
    os.replace(tmp, directory / "ii_slice.parquet")
    return directory
