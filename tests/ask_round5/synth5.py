"""Four seeded synthetic client tables for round 5 (columns no fixed list foresees).

    superstore.csv  order lines: Order ID CA-…, Region/Segment per customer, Ship Mode/Warehouse per order,
                    Category/Sub-Category/Discount/Profit per line ("Central" is a Region *and* a Warehouse)
    telco.csv       subscription customers (no orders): Contract, tenure, MonthlyCharges, Churn Yes/No, …
    b2b.csv         German B2B order lines (';', '1.234,56', 'dd.mm.yyyy'): Status Shipped/Cancelled/On Hold/
                    Disputed per order, Gebiet/Branche per customer, Produktgruppe per line
    survey.csv      one survey response per B2B customer (2023–2024): NPS 0–10, three satisfaction items 1–5;
                    a survey table cannot stand alone (`--data`), so `survey_workspace()` imports b2b.csv + survey.csv
                    into a workspace (the client's orders plus their survey)

`ensure()` writes them once into a directory (atomic renames: pytest-xdist workers may race) and returns it;
`frames()` gives the same tables as polars frames for the reference. Everything derives from fixed seeds.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import numpy as np
import polars as pl

VERSION = 3
DIR = Path(tempfile.gettempdir()) / f"insight_round5_synth_v{VERSION}"
FILES = ("superstore.csv", "telco.csv", "b2b.csv", "survey.csv")


def superstore() -> pl.DataFrame:
    rng = np.random.default_rng(5001)
    n_cust = 400
    regions = np.array(["West", "East", "Central", "South"])
    segs = np.array(["Consumer", "Corporate", "Home Office"])
    cust_region = rng.choice(regions, n_cust, p=[0.32, 0.28, 0.22, 0.18])
    cust_seg = rng.choice(segs, n_cust, p=[0.52, 0.30, 0.18])
    first = ["Anna", "Ben", "Carl", "Dora", "Emil", "Fay", "Gus", "Hana", "Ivo", "Jan"]
    last = ["Adams", "Brown", "Clark", "Diaz", "Evans", "Ford", "Gray", "Hill", "Ives", "Jones"]
    cust_ids = [f"{first[i % 10][0]}{last[(i // 10) % 10][0]}-{10000 + i * 7}" for i in range(n_cust)]
    cust_names = [f"{first[i % 10]} {last[(i // 10) % 10]} {i}" for i in range(n_cust)]
    cats = {
        "Furniture": ["Chairs", "Tables", "Bookcases", "Furnishings"],
        "Office Supplies": ["Paper", "Binders", "Storage", "Art", "Labels"],
        "Technology": ["Phones", "Machines", "Accessories", "Copiers"],
    }
    price = {"Furniture": 180.0, "Office Supplies": 30.0, "Technology": 260.0}
    modes = np.array(["Standard Class", "Second Class", "First Class", "Same Day"])
    rows = []
    start = dt.date(2014, 1, 3)
    n_orders = 2200
    days = np.sort(rng.integers(0, (dt.date(2017, 12, 31) - start).days, n_orders))
    for k in range(n_orders):
        c = int(rng.integers(0, n_cust))
        year = (start + dt.timedelta(days=int(days[k]))).year
        oid = f"{['CA', 'US'][k % 2]}-{year}-{100000 + k * 37}"
        od = start + dt.timedelta(days=int(days[k]))
        mode = str(rng.choice(modes, p=[0.6, 0.2, 0.15, 0.05]))
        wh = "Central" if rng.random() < 0.5 else "Coastal"
        for _ in range(int(rng.integers(1, 5))):
            cat = str(rng.choice(list(cats), p=[0.22, 0.6, 0.18]))
            sub = str(rng.choice(cats[cat]))
            qty = int(rng.integers(1, 10))
            disc = float(rng.choice([0.0, 0.1, 0.2, 0.3, 0.5], p=[0.45, 0.15, 0.2, 0.12, 0.08]))
            sales = round(qty * price[cat] * float(rng.uniform(0.3, 1.7)) * (1 - disc), 2)
            profit = round(sales * (0.25 - disc * 0.9 + float(rng.normal(0, 0.08))), 2)
            rows.append(
                (
                    oid,
                    od.strftime("%m/%d/%Y"),
                    mode,
                    wh,
                    cust_ids[c],
                    cust_names[c],
                    str(cust_seg[c]),
                    str(cust_region[c]),
                    f"{cat[:3].upper()}-{sub[:2].upper()}-{int(rng.integers(1000, 1040))}",
                    cat,
                    sub,
                    sales,
                    qty,
                    disc,
                    profit,
                )
            )
    cols = [
        "Order ID",
        "Order Date",
        "Ship Mode",
        "Warehouse",
        "Customer ID",
        "Customer Name",
        "Segment",
        "Region",
        "Product ID",
        "Category",
        "Sub-Category",
        "Sales",
        "Quantity",
        "Discount",
        "Profit",
    ]
    df = pl.DataFrame(rows, schema=cols, orient="row")
    return df.with_row_index("Row ID", offset=1).with_columns(pl.col("Row ID").cast(pl.Int64))


def telco() -> pl.DataFrame:
    rng = np.random.default_rng(5002)
    n = 3000
    contract = rng.choice(["Month-to-month", "One year", "Two year"], n, p=[0.55, 0.25, 0.20])
    tenure = np.where(
        contract == "Month-to-month",
        rng.integers(1, 40, n),
        np.where(contract == "One year", rng.integers(6, 60, n), rng.integers(12, 73, n)),
    )
    internet = rng.choice(["DSL", "Fiber optic", "No"], n, p=[0.35, 0.45, 0.20])
    base = np.where(internet == "Fiber optic", 85.0, np.where(internet == "DSL", 55.0, 22.0))
    monthly = np.round(base + rng.normal(0, 9, n), 2)
    pay = rng.choice(
        ["Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)"],
        n,
        p=[0.34, 0.22, 0.22, 0.22],
    )
    p_churn = (
        0.08
        + 0.30 * (contract == "Month-to-month")
        + 0.10 * (internet == "Fiber optic")
        + 0.08 * (pay == "Electronic check")
        - 0.003 * tenure
    )
    churn = rng.random(n) < np.clip(p_churn, 0.02, 0.9)
    return pl.DataFrame(
        {
            "customerID": [f"{1000 + i:04d}-{chr(65 + i % 26)}{chr(65 + (i * 7) % 26)}QZ" for i in range(n)],
            "gender": rng.choice(["Female", "Male"], n),
            "SeniorCitizen": (rng.random(n) < 0.16).astype(np.int64),
            "Partner": rng.choice(["Yes", "No"], n),
            "tenure": tenure.astype(np.int64),
            "InternetService": internet,
            "Contract": contract,
            "PaperlessBilling": rng.choice(["Yes", "No"], n, p=[0.6, 0.4]),
            "PaymentMethod": pay,
            "MonthlyCharges": monthly,
            "TotalCharges": np.round(monthly * tenure, 2),
            "Churn": np.where(churn, "Yes", "No"),
        }
    )


def b2b() -> pl.DataFrame:
    rng = np.random.default_rng(5003)
    n_cust = 240
    gebiet = rng.choice(["Nord", "Süd", "Ost", "West"], n_cust, p=[0.3, 0.3, 0.2, 0.2])
    branche = rng.choice(["Maschinenbau", "Handel", "Chemie", "Logistik"], n_cust)
    rows = []
    start = dt.date(2022, 1, 3)
    n_orders = 1500
    days = np.sort(rng.integers(0, (dt.date(2024, 12, 20) - start).days, n_orders))
    for k in range(n_orders):
        c = int(rng.integers(0, n_cust))
        od = start + dt.timedelta(days=int(days[k]))
        status = str(rng.choice(["Shipped", "Cancelled", "On Hold", "Disputed"], p=[0.82, 0.08, 0.06, 0.04]))
        for _ in range(int(rng.integers(1, 4))):
            grp = str(rng.choice(["Ersatzteile", "Maschinen", "Service"], p=[0.5, 0.2, 0.3]))
            amount = round(float(rng.lognormal(6.5 if grp != "Maschinen" else 8.5, 0.6)), 2)
            rows.append((50001 + k, 1001 + c, od, amount, status, str(gebiet[c]), str(branche[c]), grp))
    return pl.DataFrame(
        rows,
        schema=[
            "Auftragsnummer",
            "Kundennummer",
            "Bestelldatum",
            "Betrag",
            "Status",
            "Gebiet",
            "Branche",
            "Produktgruppe",
        ],
        orient="row",
    )


def survey() -> pl.DataFrame:
    rng = np.random.default_rng(5004)
    ids = np.array(sorted(rng.choice(np.arange(1001, 1241), 210, replace=False)))
    n = len(ids)
    nps = np.clip(np.round(rng.normal(7.2, 2.1, n) + (ids % 4 == 0) * 0.8), 0, 10).astype(np.int64)
    day0 = dt.date(2023, 1, 9)
    return pl.DataFrame(
        {
            "Customer ID": ids,
            "Response Date": [day0 + dt.timedelta(days=int(d)) for d in rng.integers(0, 700, n)],
            "NPS": nps,
            "Satisfaction Delivery": rng.integers(1, 6, n),
            "Satisfaction Service": rng.integers(2, 6, n),
            "Satisfaction Price": rng.integers(1, 5, n),
        }
    )


def _write(df: pl.DataFrame, name: str, path: Path) -> None:
    tmp = path.with_name(f".{name}.{os.getpid()}.tmp")
    if name == "b2b.csv":  # German formats: ';', decimal comma, dd.mm.yyyy
        out = df.with_columns(
            pl.col("Bestelldatum").dt.strftime("%d.%m.%Y"),
            pl.col("Betrag").map_elements(
                lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."), return_dtype=pl.Utf8
            ),
        )
        out.write_csv(tmp, separator=";")
    else:
        df.write_csv(tmp)
    os.replace(tmp, path)


def frames() -> dict[str, pl.DataFrame]:
    return {"superstore.csv": superstore(), "telco.csv": telco(), "b2b.csv": b2b(), "survey.csv": survey()}


def survey_workspace(directory: Path = DIR) -> Path:
    """b2b.csv + survey.csv imported once into a SQLite workspace (built under a file lock, renamed into place:
    pytest-xdist workers share it read-only)."""
    import fcntl

    from insight import api

    ws = ensure(directory) / f"survey_ws_{_code_fingerprint()}.db"
    with open(directory / ".survey_ws.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ws.exists():
            tmp = directory / f".survey_ws_{os.getpid()}.db"
            tmp.unlink(missing_ok=True)
            api.import_files([directory / "b2b.csv", directory / "survey.csv"], workspace=tmp)
            os.replace(tmp, ws)
    return ws


def _code_fingerprint() -> str:
    """The importing code's identity (path, size, mtime of every module of `insight`): the workspace lives in a
    shared temp folder, so a workspace built by another checkout's or an older version's importer must not be
    reused (the CSVs are deterministic and may be shared; the import is not)."""
    import hashlib

    import insight

    root = Path(insight.__file__).resolve().parent
    h = hashlib.sha1(str(root).encode())
    for f in sorted(root.rglob("*.py")):
        st = f.stat()
        h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:12]


def ensure(directory: Path = DIR) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    if all((directory / f).exists() for f in FILES):
        return directory
    for name, df in frames().items():
        _write(df, name, directory / name)
    return directory
