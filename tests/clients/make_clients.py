"""Client exports insight has never seen, each with its ground truth and the questions a consultant asks.

    python tests/clients/make_clients.py OUT_DIR     # writes the files and prints the cases

Every file is written the way a client's system delivers it (separators, encodings, number and date
formats, title and totals rows, repeated order totals, status and type columns) from a *truth* frame that
holds the meaning of every line. The expected answers are computed from that truth frame with plain
polars following metrics.md, never through insight and never by reading the written file back.

Deterministic (seeded ``random.Random``), small (2,000-20,000 lines per file). Generated data is not
committed: the tests write it into a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

SEED = 20231231

# --------------------------------------------------------------------------------------------------------
# Cases


@dataclass
class Case:
    """One question and what a correct answer is.

    kind:
      scalar     -- ``expected`` is a number (metric ``metric``)
      breakdown  -- ``expected`` maps dimension value -> number (dimension ``dim``, metric ``metric``)
      top        -- ``expected`` is an ordered list of (customer, revenue)
      clarify    -- the product must ask back (status clarify; an error naming the gap is accepted too)
      refuse     -- mixed currencies: status clarify/error, or ok with a note/text naming the currency
                    problem, or a table split by currency; a plain sum is silently wrong
      needs_orders -- a customers table alone: must say that order lines are needed (no number)
    wrong: known wrong readings (label -> the value that reading gives), used to say what insight did.
    """

    qid: str
    question: str
    kind: str
    expected: Any = None
    metric: str | None = None
    dim: str | None = None
    wrong: dict[str, Any] = field(default_factory=dict)
    workspace: bool = True  # also compare this question between --data and the imported workspace


@dataclass
class ClientFile:
    name: str
    path: Path
    what: str
    cases: list[Case]
    # an import may legitimately be refused with a one-line error (e.g. an unmappable date column);
    # None = the file is well-formed and the import must succeed
    import_may_fail: str | None = None
    # a header mapping the consultant gives (``--map "Source=canonical"``), as after a first refusal
    mapping: dict[str, str] | None = None


# --------------------------------------------------------------------------------------------------------
# Ground truth per metrics.md, on a truth frame with columns
#   order_id (str), customer_id (str | null), order_date (date), amount (float, signed line amount),
#   cancelled (bool)  + any dimension columns


def _sales(t: pl.DataFrame) -> pl.DataFrame:
    return t.filter(~pl.col("cancelled"))


def revenue(t: pl.DataFrame) -> float:
    return float(_sales(t)["amount"].sum())


def _order_values(t: pl.DataFrame) -> pl.DataFrame:
    return (_sales(t).group_by("order_id").agg(pl.col("amount").sum().alias("v"),
                                                   pl.col("customer_id").first())
            .filter(pl.col("v") > 0))


def orders(t: pl.DataFrame) -> int:
    return _order_values(t).height


def customers(t: pl.DataFrame) -> int:
    return _order_values(t).drop_nulls("customer_id")["customer_id"].n_unique()


def aov(t: pl.DataFrame) -> float:
    return revenue(t) / orders(t)


def repeat_rate(t: pl.DataFrame) -> float:
    per = _order_values(t).drop_nulls("customer_id").group_by("customer_id").len()
    return per.filter(pl.col("len") >= 2).height / per.height


def by(t: pl.DataFrame, dim: str, metric: str = "revenue") -> dict[str, float]:
    s = _sales(t)
    if dim == "month":
        s = s.with_columns(month=pl.col("order_date").dt.strftime("%Y-%m"))
    if dim == "quarter":
        s = s.with_columns(quarter=pl.col("order_date").dt.year().cast(pl.Utf8) + "-Q"
                           + pl.col("order_date").dt.quarter().cast(pl.Utf8))
    if metric == "revenue":
        g = s.group_by(dim).agg(pl.col("amount").sum())
    else:
        raise ValueError(metric)
    return {str(k): float(v) for k, v in g.iter_rows()}


def top_customers(t: pl.DataFrame, n: int = 5) -> list[tuple[str, float]]:
    g = (_sales(t).drop_nulls("customer_id").group_by("customer_id").agg(pl.col("amount").sum())
         .sort(["amount", "customer_id"], descending=[True, False]).head(n))
    return [(str(c), float(v)) for c, v in g.iter_rows()]


def month_revenue(t: pl.DataFrame, year: int, month: int) -> float:
    s = _sales(t).filter((pl.col("order_date").dt.year() == year) & (pl.col("order_date").dt.month() == month))
    return float(s["amount"].sum())


def standard_cases(t: pl.DataFrame, lang: str, prefix: str = "") -> list[Case]:
    """Revenue, orders, customers, AOV, repeat rate and top 5 in one language."""
    de = lang == "de"
    return [
        Case(prefix + "revenue", "Wie hoch ist der Umsatz insgesamt?" if de else "What is our total revenue?",
             "scalar", revenue(t), "revenue"),
        Case(prefix + "orders", "Wie viele Aufträge hatten wir?" if de else "How many orders did we have?",
             "scalar", orders(t), "orders"),
        Case(prefix + "customers", "Wie viele Kunden haben wir?" if de else "How many customers do we have?",
             "scalar", customers(t), "customers"),
        Case(prefix + "aov", "Durchschnittlicher Bon" if de else "average order value", "scalar", aov(t), "aov"),
        Case(prefix + "repeat", "Wiederkaufsrate" if de else "repeat rate", "scalar", repeat_rate(t), "repeat_rate"),
        Case(prefix + "top5", "Top 5 Kunden nach Umsatz" if de else "top 5 customers by revenue", "top",
             top_customers(t), "revenue"),
    ]


# --------------------------------------------------------------------------------------------------------
# Formatting helpers


def de_number(x: float, decimals: int = 2, thousands: bool = True) -> str:
    """1234.5 -> '1.234,50' (German)."""
    s = f"{abs(x):,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", "." if thousands else "")
    return ("-" if x < 0 else "") + s


def us_number(x: float) -> str:
    return f"{x:,.2f}"


def write_csv(rows: list[list[Any]], header: list[str], path: Path, sep: str = ",", encoding: str = "utf-8",
              bom: bool = False, newline: str = "\n") -> None:
    def cell(v: Any) -> str:
        s = "" if v is None else str(v)
        if sep in s or '"' in s or "\n" in s:
            s = '"' + s.replace('"', '""') + '"'
        return s

    text = newline.join(sep.join(cell(v) for v in r) for r in [header, *rows]) + newline
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def skewed_customer(rng: random.Random, n: int) -> int:
    """A customer index with a long tail (a few heavy buyers, many one-off buyers)."""
    return min(n - 1, int(rng.paretovariate(1.2)) - 1 + rng.randrange(n) * (rng.random() < 0.7))


# --------------------------------------------------------------------------------------------------------
# 1. German ERP CSV


ARTIKEL = [
    ("A-1001", "Schraubenschlüssel Größe 3", 12.5), ("A-1002", "Türgriff Messing", 39.9),
    ("A-1003", "Kühlschrankdichtung", 24.0), ("A-1004", "Fräsmaschine Profi", 2499.0),
    ("A-1005", "Bohrständer für Säulenbohrer", 189.0), ("A-1006", "Lötkolben-Set Übersee", 54.95),
    ("A-1007", "Werkbank Eiche", 1349.0), ("A-1008", "Dübel-Sortiment (500 Stück)", 8.49),
    ("A-1009", "Akku-Schrauber Größe M", 129.0), ("A-1010", "Schleifpapier Körnung 120", 0.85),
]
LAENDER = ["Deutschland"] * 6 + ["Österreich"] * 2 + ["Schweiz", "Frankreich"]


def erp_de(out: Path, rng: random.Random) -> ClientFile:
    rows, truth = [], []
    beleg = 4_100_000
    cust_land = {}
    for _i in range(1400):
        c = 10_000 + skewed_customer(rng, 600)
        land = cust_land.setdefault(c, rng.choice(LAENDER))
        d = rand_date(rng, dt.date(2022, 1, 1), dt.date(2023, 12, 31))
        repeats = 2 if rng.random() < 0.06 else 1  # a second document for the same customer on the same day
        for _ in range(repeats):
            beleg += rng.randrange(1, 4)
            for _ in range(rng.randrange(1, 7)):
                art, bez, preis = rng.choice(ARTIKEL)
                preis = round(preis * rng.uniform(0.9, 1.1), 2)
                menge = rng.randrange(1, 12) if preis < 200 else rng.randrange(1, 3)
                rows.append([str(beleg), str(c), d, art, bez, menge, preis, land])
    # credit notes: own document number, negative Menge, the original price
    sales = list(rows)
    for _ in range(160):
        src = rng.choice(sales)
        beleg += rng.randrange(1, 4)
        d = src[2] + dt.timedelta(days=rng.randrange(1, 30))
        if d > dt.date(2023, 12, 31):
            d = dt.date(2023, 12, 31)
        rows.append([str(beleg), src[1], d, src[3], src[4], -rng.randrange(1, src[5] + 1), src[6], src[7]])
    rows.sort(key=lambda r: (r[2], r[0]))
    for r in rows:
        truth.append({"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[5] * r[6],
                      "cancelled": False, "country": r[7], "price": r[6], "menge": r[5]})
    t = pl.DataFrame(truth)
    path = out / "erp_export_de.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), r[3], r[4], r[5], de_number(r[6]), r[7]] for r in rows],
              ["Belegnummer", "Kundennummer", "Belegdatum", "Artikelnummer", "Artikelbezeichnung", "Menge",
               "Einzelpreis", "Land"], path, sep=";", encoding="cp1252", newline="\r\n")
    cust_day_orders = (_sales(t).group_by("customer_id", "order_date").agg(pl.col("amount").sum())
                       .filter(pl.col("amount") > 0).height)
    cases = standard_cases(t, "de")
    cases[1].wrong["one order per customer and day (Belegnummer not used)"] = cust_day_orders
    cases[0].wrong["Einzelpreis '1.234,56' read as 1.23456"] = float(
        _sales(t).select(pl.when(pl.col("price") >= 1000).then(pl.col("amount") / 1000)
                         .otherwise(pl.col("amount")).sum()).item())
    cases += [
        Case("by_country", "Umsatz nach Land", "breakdown", by(t, "country"), "revenue", "country"),
        Case("austria", "Umsatz in Österreich", "scalar", revenue(t.filter(pl.col("country") == "Österreich")),
             "revenue"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue", "month"),
        Case("march", "Umsatz im März 2023", "scalar", month_revenue(t, 2023, 3), "revenue",
             ),
        Case("y2022", "revenue in 2022", "scalar",
             revenue(t.filter(pl.col("order_date").dt.year() == 2022)), "revenue"),
        Case("returns", "Wie viele Retouren gab es?", "scalar",
             _sales(t).filter(pl.col("amount") < 0).height, None),
        Case("cl_colour", "Umsatz nach Farbe", "clarify"),
        Case("cl_supplier", "Umsatz je Lieferant", "clarify"),
    ]
    return ClientFile("erp_de", path, "German ERP CSV: ';', '1.234,56', '31.12.2023', cp1252 with umlauts, "
                      "headers Belegnummer/Belegdatum (not in the synonym list), credit notes as own documents "
                      "with negative Menge, 6 % of customers with two documents on one day.", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Shopify-like export


SKUS = [("TS-BLK-M", 24.9), ("TS-WHT-L", 24.9), ("HOOD-GRY", 59.0), ("CAP-01", 19.5), ("MUG-02", 14.0),
        ("SOCK-3P", 12.9), ("BAG-TOTE", 29.0), ("JKT-RAIN", 119.0)]


def shopify(out: Path, rng: random.Random) -> ClientFile:
    rows, truth = [], []
    emails = [f"{n}.{m}{i}@{d}" for i, (n, m, d) in enumerate(
        (rng.choice(["anna", "ben", "chris", "dana", "eli", "fynn", "greta", "hugo"]),
         rng.choice(["mueller", "schmidt", "smith", "jones", "rossi", "meier"]),
         rng.choice(["gmail.com", "web.de", "gmx.de", "outlook.com"])) for _ in range(900))]
    country_of = {e: rng.choice(["DE", "DE", "DE", "AT", "CH", "NL", "US"]) for e in emails}
    start = dt.datetime(2023, 1, 1)
    for k in range(2600):
        name = f"#{1001 + k}"
        guest = rng.random() < 0.07
        e = None if guest else emails[skewed_customer(rng, len(emails))]
        country = country_of[e] if e else rng.choice(["DE", "AT"])
        status = "refunded" if rng.random() < 0.06 else "paid"
        when = start + dt.timedelta(seconds=rng.randrange(365 * 86400))
        items = [rng.choice(SKUS) for _ in range(rng.randrange(1, 5))]
        qtys = [rng.randrange(1, 4) for _ in items]
        subtotal = sum(q * p for q, (_, p) in zip(qtys, items))
        shipping = 0.0 if subtotal >= 75 else 4.9
        total = round(subtotal + shipping, 2)
        for q, (sku, p) in zip(qtys, items):
            rows.append([name, e or "", status, when.strftime("%Y-%m-%d %H:%M:%S +0100"), q, f"{p:.2f}", sku, country,
                         f"{total:.2f}"])
            truth.append({"order_id": name, "customer_id": e, "order_date": when.date(), "amount": q * p,
                          "cancelled": status == "refunded", "status": status, "total": total, "country": country})
    t = pl.DataFrame(truth)
    path = out / "shopify_orders_export.csv"
    write_csv(rows, ["Name", "Email", "Financial Status", "Paid at", "Lineitem quantity", "Lineitem price",
                     "Lineitem sku", "Billing Country", "Total"], path)
    gross = float(t["amount"].sum())
    total_per_line = float(t["total"].sum())
    total_per_order = float(t.unique("order_id")["total"].sum())
    everything = t.with_columns(cancelled=pl.lit(False))
    cust_day = everything.with_columns(order_id=pl.coalesce("customer_id", pl.col("order_id")).cast(pl.Utf8)
                                       + pl.col("order_date").cast(pl.Utf8))
    cases = standard_cases(t, "en")
    cases[1].wrong.update({"refunded orders counted": orders(everything),
                           "one order per customer and day, refunded counted": orders(cust_day)})
    cases[2].wrong["customers with only refunded orders counted"] = customers(everything)
    cases[4].wrong.update({"refunded orders counted": repeat_rate(everything),
                           "customer-day orders, refunded counted": repeat_rate(cust_day)})
    cases[3].wrong.update({"Total per line / orders incl. refunded": total_per_line / orders(everything),
                           "Total per line / customer-day orders": total_per_line / orders(cust_day)})
    cases[0].wrong.update({"refunded orders counted as revenue": gross,
                           "order Total summed on every line": total_per_line,
                           "order Total once per order (incl. shipping)": total_per_order})
    by_country_gross = pl.DataFrame(truth).group_by("country").agg(pl.col("amount").sum())
    cases += [
        Case("by_country", "Umsatz nach Land", "breakdown", by(t, "country"), "revenue", "country",
             wrong={"refunded counted": {k: v for k, v in by_country_gross.iter_rows()}}),
        Case("june", "revenue in June 2023", "scalar", month_revenue(t, 2023, 6), "revenue",
             wrong={"order Total summed on every line (refunded included)": float(
                 t.filter(pl.col("order_date").dt.month() == 6)["total"].sum())}),
        Case("by_status", "number of orders by financial status", "breakdown",
             {s: t.filter(pl.col("status") == s)["order_id"].n_unique() for s in ("paid", "refunded")},
             "orders", "financial_status"),
        Case("refunded", "How many orders were refunded?", "scalar",
             t.filter(pl.col("status") == "refunded")["order_id"].n_unique(), None),
        Case("cl_category", "revenue by product category", "clarify"),
        Case("cl_coupon", "revenue by discount code", "clarify"),
    ]
    return ClientFile("shopify", path, "Shopify-like order export: Name = order number (#1001), Email = the "
                      "customer (7 % guest orders without e-mail), Financial Status paid/refunded, 'Paid at' "
                      "'2023-05-01 14:22:10 +0100', order Total (incl. shipping) repeated on every line item.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 3. Excel with a title row and a totals row


FIRMEN = ["Müller GmbH", "Schäfer & Söhne KG", "Bäckerei Groß", "Weiß Logistik AG", "Hoffmann OHG",
          "Krüger Bau GmbH", "Öztürk Handel", "Fischer IT-Service", "Becker Küchen", "Schröder Elektro",
          "Wagner Metallbau", "Zimmermann & Co.", "Braun Immobilien", "Hahn Gartenbau", "Schulz Druck"]


def excel_report(out: Path, rng: random.Random) -> ClientFile:
    return _excel_report(out, rng)


def _excel_report(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    kunden = [f"{f} {ort}" for f in FIRMEN for ort in ("Berlin", "München", "Köln", "Hamburg", "Dresden",
                                                        "Kassel", "Jena", "Ulm", "Trier", "Bonn")]
    recs = []
    for i in range(2400):
        k = kunden[skewed_customer(rng, len(kunden))]
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        recs.append([f"R23-{i + 1:05d}", k, d, round(rng.lognormvariate(6, 0.9), 2),
                     rng.choice(["Online", "Filiale", "Außendienst"])])
    for j in range(90):
        src = rng.choice(recs)
        d = min(src[2] + dt.timedelta(days=rng.randrange(3, 40)), dt.date(2023, 12, 31))
        recs.append([f"G23-{j + 1:05d}", src[1], d, -round(src[3] * rng.choice([1.0, 0.5]), 2), src[4]])
    recs.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3],
                       "cancelled": False, "kanal": r[4]} for r in recs])
    path = out / "Umsatzliste_2023.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.set_properties({"created": dt.datetime(2024, 1, 15, 9, 0)})  # deterministic bytes
    ws = wb.add_worksheet("Umsätze 2023")
    bold = wb.add_format({"bold": True})
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    eur = wb.add_format({"num_format": "#,##0.00 [$€-407]"})
    ws.write(0, 0, "Umsatzliste 2023 – Beispiel Handels GmbH", bold)
    ws.write(1, 0, "Stand: 15.01.2024, alle Beträge netto in EUR")
    header = ["Rechnungsnr", "Kunde", "Datum", "Umsatz netto", "Kanal"]
    for c, h in enumerate(header):
        ws.write(3, c, h, bold)
    for i, r in enumerate(recs):
        row = 4 + i
        ws.write_string(row, 0, r[0])
        ws.write_string(row, 1, r[1])
        ws.write_datetime(row, 2, dt.datetime.combine(r[2], dt.time()), datef)
        ws.write_number(row, 3, r[3], eur)
        ws.write_string(row, 4, r[4])
    last = 4 + len(recs)
    total = float(t["amount"].sum())
    ws.write(last + 1, 0, "Summe", bold)
    ws.write_formula(last + 1, 3, f"=SUBTOTAL(9,D5:D{last})", eur, total)
    wb.close()
    # the same sheet without the totals row (as after a consultant deleted it by hand)
    wb2 = xlsxwriter.Workbook(str(out / "Umsatzliste_2023_ohne_Summe.xlsx"))
    wb2.set_properties({"created": dt.datetime(2024, 1, 15, 9, 0)})
    ws2 = wb2.add_worksheet("Umsätze 2023")
    d2, e2 = wb2.add_format({"num_format": "dd.mm.yyyy"}), wb2.add_format({"num_format": "#,##0.00 [$€-407]"})
    ws2.write(0, 0, "Umsatzliste 2023 – Beispiel Handels GmbH")
    ws2.write(1, 0, "Stand: 15.01.2024, alle Beträge netto in EUR")
    for c, h in enumerate(header):
        ws2.write(3, c, h)
    for i, r in enumerate(recs):
        ws2.write_string(4 + i, 0, r[0])
        ws2.write_string(4 + i, 1, r[1])
        ws2.write_datetime(4 + i, 2, dt.datetime.combine(r[2], dt.time()), d2)
        ws2.write_number(4 + i, 3, r[3], e2)
        ws2.write_string(4 + i, 4, r[4])
    wb2.close()
    cases = standard_cases(t, "de")
    cases[0].wrong["totals row 'Summe' counted as a line"] = 2 * total
    cases += [
        Case("by_channel", "Umsatz nach Kanal", "breakdown", by(t, "kanal"), "revenue", "kanal"),
        Case("online", "Umsatz im Kanal Online", "scalar", revenue(t.filter(pl.col("kanal") == "Online")), "revenue"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue", "month"),
        Case("en_revenue", "total revenue", "scalar", revenue(t), "revenue"),
        Case("cl_region", "Umsatz nach Region", "clarify"),
    ]
    return ClientFile("excel_title_totals", path, "Excel report (xlsxwriter): title and 'Stand' rows above the "
                      "header in row 4, headers Rechnungsnr/Kunde/Datum/Umsatz netto/Kanal, customers are company "
                      "names, credit notes G23-… with negative amounts, a 'Summe' SUBTOTAL row at the bottom.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 4. Amounts only, negative returns, a Status column


def status_amounts(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2300):
        oid = f"{230000 + k}"
        c = f"{50000 + skewed_customer(rng, 700)}"
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        region = ["Nord", "Süd", "West", "Ost"][int(c) % 4]
        u = rng.random()
        status = "storniert" if u < 0.08 else "offen" if u < 0.2 else "bezahlt"
        n = 1 if status == "storniert" else rng.randrange(1, 4)
        for _ in range(n):
            rows.append([oid, c, d, round(rng.lognormvariate(4, 0.8), 2), status, region])
    for j in range(120):  # returns: own document, negative amount
        src = rng.choice([r for r in rows[:4000] if r[4] == "bezahlt"])
        d = min(src[2] + dt.timedelta(days=rng.randrange(2, 20)), dt.date(2023, 12, 31))
        rows.append([f"R{900000 + j}", src[1], d, -src[3], "bezahlt", src[5]])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3],
                       "cancelled": r[4] == "storniert", "status": r[4], "region": r[5]} for r in rows])
    path = out / "auftraege_status.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), de_number(r[3]), r[4], r[5]] for r in rows],
              ["Auftragsnummer", "Kundennummer", "Auftragsdatum", "Betrag", "Status", "Region"], path, sep=";",
              bom=True)
    everything = t.with_columns(cancelled=pl.lit(False))
    cases = standard_cases(t, "de")
    cases[0].wrong["storniert counted as revenue"] = revenue(everything)
    cases[1].wrong["storniert counted as orders"] = orders(everything)
    cases += [
        Case("by_region", "Umsatz nach Region", "breakdown", by(t, "region"), "revenue", "region"),
        Case("sued", "Umsatz der Region Süd", "scalar", revenue(t.filter(pl.col("region") == "Süd")), "revenue"),
        Case("en_by_region", "revenue by region", "breakdown", by(t, "region"), "revenue", "region"),
        Case("offen", "Umsatz der offenen Aufträge", "scalar", revenue(t.filter(pl.col("status") == "offen")),
             "revenue"),
        Case("storniert", "Wie viele Aufträge wurden storniert?", "scalar",
             t.filter(pl.col("status") == "storniert")["order_id"].n_unique(), None),
        Case("cl_product", "Umsatz nach Artikel", "clarify"),
    ]
    return ClientFile("status_amounts", path, "Amount-only CSV (UTF-8 with BOM, ';', decimal comma): "
                      "Auftragsnummer/Kundennummer/Auftragsdatum/Betrag/Status/Region; Status bezahlt/offen/"
                      "storniert (8 %), returns as own documents with negative Betrag.", cases)


# --------------------------------------------------------------------------------------------------------
# 5. A Typ column: Rechnung / Gutschrift with positive amounts


def typ_column(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2600):
        c = f"KD-{1000 + skewed_customer(rng, 500)}"
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        rows.append([f"2023{k + 1:05d}", c, d, "Rechnung", round(rng.lognormvariate(5, 0.7), 2)])
    for j in range(260):
        src = rng.choice(rows[:2600])
        d = min(src[2] + dt.timedelta(days=rng.randrange(1, 25)), dt.date(2023, 12, 31))
        rows.append([f"2023{2600 + j + 1:05d}", src[1], d, "Gutschrift", round(src[4] * rng.choice([1, 0.3]), 2)])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2],
                       "amount": r[4] if r[3] == "Rechnung" else -r[4], "cancelled": False, "typ": r[3]}
                      for r in rows])
    path = out / "rechnungen_gutschriften.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), r[3], de_number(r[4])] for r in rows],
              ["Rechnungsnummer", "Kundennummer", "Datum", "Typ", "Betrag"], path, sep=";")
    gross = t.with_columns(amount=pl.col("amount").abs())
    cases = standard_cases(t, "de")
    cases[0].wrong["Gutschrift added as revenue"] = revenue(gross)
    cases[1].wrong["Gutschrift counted as order"] = orders(gross)
    cases[3].wrong["Gutschrift added as revenue"] = aov(gross)
    cases += [
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue", "month"),
        Case("credit_count", "Wie viele Gutschriften gab es?", "scalar", t.filter(pl.col("typ") == "Gutschrift").height,
             None),
        Case("en_revenue", "net revenue", "scalar", revenue(t), "revenue", wrong={"gross": revenue(gross)}),
        Case("cl_article", "Umsatz nach Warengruppe", "clarify"),
    ]
    return ClientFile("typ_gutschrift", path, "Invoice list with a Typ column Rechnung/Gutschrift; credit notes "
                      "(10 %) carry a POSITIVE Betrag and are only recognisable by Typ = Gutschrift.", cases)


# --------------------------------------------------------------------------------------------------------
# 6. ISO timestamps with time zone, guest orders


def iso_tz(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    ny = dt.timezone(dt.timedelta(hours=-5))
    for k in range(3000):
        guest = rng.random() < 0.1
        c = None if guest else str(70000 + skewed_customer(rng, 800))
        day = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        # a third of the orders are placed late in the evening (New York time): the next day in UTC
        sec = rng.randrange(19 * 3600, 24 * 3600) if rng.random() < 0.33 else rng.randrange(8 * 3600, 19 * 3600)
        ts = dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=sec)
        ts = ts.replace(tzinfo=ny)
        for _ in range(rng.randrange(1, 3)):
            rows.append([f"{600000 + k}", c, ts, round(rng.lognormvariate(3.5, 0.6), 2),
                         rng.choice(["web", "app", "marketplace"])])
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2].date(), "amount": r[3],
                       "cancelled": False, "channel": r[4]} for r in rows])
    utc = pl.DataFrame([{"order_id": r[0], "customer_id": r[1],
                         "order_date": r[2].astimezone(dt.timezone.utc).date(), "amount": r[3], "cancelled": False}
                        for r in rows])
    path = out / "orders_iso_tz.csv"
    write_csv([[r[0], r[1] or "", r[2].isoformat(), f"{r[3]:.2f}", r[4]] for r in rows],
              ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Channel"], path)
    cases = standard_cases(t, "en")
    cases += [
        Case("by_month", "revenue by month", "breakdown", by(t, "month"), "revenue", "month",
             wrong={"dates converted to UTC": by(utc, "month")}),
        Case("january", "revenue in January 2023", "scalar", month_revenue(t, 2023, 1), "revenue",
             wrong={"dates converted to UTC": month_revenue(utc, 2023, 1)}),
        Case("by_channel", "revenue by channel", "breakdown", by(t, "channel"), "revenue", "channel"),
        Case("unattributed", "unattributed revenue", "scalar",
             revenue(t.filter(pl.col("customer_id").is_null())), "unattributed_revenue"),
        Case("de_customers", "Anzahl Kunden", "scalar", customers(t), "customers",
             wrong={"guest orders counted as one customer": customers(t) + 1}),
        Case("cl_coupon", "revenue by coupon", "clarify"),
    ]
    return ClientFile("iso_tz", path, "Online shop (New York): InvoiceDate as ISO 8601 with offset "
                      "'2023-01-31T21:30:00-05:00' (a third of orders in the evening, i.e. next day in UTC), "
                      "10 % guest orders with empty CustomerID, Channel column.", cases)


# --------------------------------------------------------------------------------------------------------
# 7. US dates, thousands commas, e-mails as customer ids


def us_dates(out: Path, rng: random.Random) -> ClientFile:
    emails = [f"buyer{i:04d}@{rng.choice(['acme.com', 'example.org', 'corp.net'])}" for i in range(700)]
    seg = {e: rng.choice(["Consumer", "Consumer", "Corporate", "Home Office"]) for e in emails}
    rows = []
    for k in range(2500):
        e = emails[skewed_customer(rng, len(emails))]
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        for _ in range(rng.randrange(1, 4)):
            rows.append([f"US-2023-{100000 + k}", d, e, round(rng.lognormvariate(5.5, 1.1), 2), seg[e],
                         rng.choice(["CA", "NY", "TX", "WA", "IL"])])
    rows.sort(key=lambda r: (r[1], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[2], "order_date": r[1], "amount": r[3],
                       "cancelled": False, "segment": r[4]} for r in rows])
    swapped = t.with_columns(order_date=pl.when(pl.col("order_date").dt.day() <= 12).then(
        pl.date(pl.col("order_date").dt.year(), pl.col("order_date").dt.day(), pl.col("order_date").dt.month()))
        .otherwise(pl.col("order_date")))
    path = out / "orders_us.csv"
    write_csv([[r[0], f"{r[1].month}/{r[1].day}/{r[1].year}", r[2], us_number(r[3]), r[4], r[5]] for r in rows],
              ["Order ID", "Order Date", "Customer ID", "Sales", "Segment", "State"], path)
    # the same orders from the UK branch: 31/12/2023 (D/M/YYYY), otherwise identical
    write_csv([[r[0], f"{r[1].day:02d}/{r[1].month:02d}/{r[1].year}", r[2], us_number(r[3]), r[4], r[5]] for r in rows],
              ["Order ID", "Order Date", "Customer ID", "Sales", "Segment", "State"], out / "orders_uk.csv")
    cases = standard_cases(t, "en")
    cases[0].wrong["'1,234.56' read as 1.234"] = float(
        t.select(pl.when(pl.col("amount") >= 1000).then(pl.col("amount") / 1000).otherwise(pl.col("amount"))
                 .sum()).item())
    cases += [
        Case("feb", "revenue in February 2023", "scalar", month_revenue(t, 2023, 2), "revenue",
             wrong={"day/month swapped": month_revenue(swapped, 2023, 2)}),
        Case("by_month", "revenue by month", "breakdown", by(t, "month"), "revenue", "month",
             wrong={"day/month swapped": by(swapped, "month")}),
        Case("by_segment", "revenue by segment", "breakdown", by(t, "segment"), "revenue", "segment"),
        Case("corporate", "revenue of Corporate customers", "scalar",
             revenue(t.filter(pl.col("segment") == "Corporate")), "revenue"),
        Case("de_repeat", "Wie hoch ist die Wiederkaufsrate?", "scalar", repeat_rate(t), "repeat_rate"),
        Case("cl_category", "revenue by category", "clarify"),
    ]
    return ClientFile("us_dates", path, "US export: Order Date '3/7/2023' (M/D/YYYY, sorted so the first weeks "
                      "are ambiguous), Sales '1,234.56' quoted, customer ids are e-mail addresses, Segment.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 8. Excel serial dates in a CSV


def serial_dates(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2200):
        c = str(3000 + skewed_customer(rng, 500))
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        for _ in range(rng.randrange(1, 4)):
            rows.append([f"{800000 + k}", c, d, rng.randrange(1, 10), round(rng.uniform(2, 80), 2)])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3] * r[4],
                       "cancelled": False} for r in rows])
    path = out / "bestellungen_serial.csv"
    epoch = dt.date(1899, 12, 30)
    write_csv([[r[0], r[1], (r[2] - epoch).days, r[3], de_number(r[4], thousands=False)] for r in rows],
              ["Bestellnummer", "Kundennummer", "Bestelldatum", "Menge", "Preis"], path, sep=";")
    cases = standard_cases(t, "de")
    cases += [
        Case("march", "Umsatz im März 2023", "scalar", month_revenue(t, 2023, 3), "revenue"),
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue", "month"),
        Case("by_quarter", "revenue by quarter", "breakdown", by(t, "quarter"), "revenue", "quarter"),
    ]
    return ClientFile("serial_dates", path, "CSV whose Bestelldatum holds Excel serial day numbers (44927 = "
                      "2023-01-01), ';' and decimal comma. Reading the serials as dates or refusing the date "
                      "column clearly are both acceptable; anything else is wrong.", cases,
                      import_may_fail="Excel serial dates may be refused with a clear error")


# --------------------------------------------------------------------------------------------------------
# 9. Two currencies in one file


def currencies(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2400):
        c = str(20000 + skewed_customer(rng, 600))
        land = ["Deutschland", "Österreich", "Schweiz"][int(c) % 3]
        cur = "CHF" if land == "Schweiz" else "EUR"
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        for _ in range(rng.randrange(1, 4)):
            rows.append([f"B{500000 + k}", c, d, rng.randrange(1, 6), round(rng.uniform(5, 300), 2), cur, land])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3] * r[4],
                       "cancelled": False, "currency": r[5], "country": r[6]} for r in rows])
    path = out / "bestellungen_waehrung.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), r[3], de_number(r[4]), r[5], r[6]] for r in rows],
              ["Bestellnummer", "Kundennummer", "Bestelldatum", "Menge", "Einzelpreis", "Währung", "Land"], path,
              sep=";", encoding="cp1252")
    mixed = {"EUR and CHF added up": revenue(t)}
    cases = [
        Case("revenue", "Wie hoch ist der Umsatz insgesamt?", "refuse", None, "revenue", wrong=dict(mixed)),
        Case("en_revenue", "total revenue", "refuse", None, "revenue", wrong=dict(mixed)),
        Case("aov", "Durchschnittlicher Bon", "refuse", None, "aov", wrong={"EUR and CHF added up": aov(t)}),
        Case("top5", "Top 5 Kunden nach Umsatz", "refuse", None, "revenue"),
        Case("by_month", "Umsatz nach Monat", "refuse", None, "revenue"),
        Case("by_currency", "Umsatz nach Währung", "breakdown", by(t, "currency"), "revenue", "currency"),
        Case("orders", "Wie viele Aufträge hatten wir?", "scalar", orders(t), "orders"),
        Case("customers", "Wie viele Kunden haben wir?", "scalar", customers(t), "customers"),
        Case("eur_only", "Umsatz in EUR", "scalar", revenue(t.filter(pl.col("currency") == "EUR")), "revenue"),
    ]
    return ClientFile("two_currencies", path, "German shop selling into CH: a Währung column with EUR (DE, AT) "
                      "and CHF (CH) in one file, cp1252. Sums across currencies must be refused or warned about.",
                      cases)


# --------------------------------------------------------------------------------------------------------
# 10. Parquet with snake_case headers and a discount column


def parquet_orders(out: Path, rng: random.Random) -> ClientFile:
    cats = {"SKU-%03d" % i: rng.choice(["Furniture", "Office Supplies", "Technology"]) for i in range(60)}
    price = {s: round(rng.uniform(3, 900), 2) for s in cats}
    recs = []
    for k in range(3200):
        c = 900 + skewed_customer(rng, 900)
        ts = dt.datetime(2022, 1, 1) + dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        for _ in range(rng.randrange(1, 4)):
            sku = rng.choice(list(cats))
            recs.append({"order_id": 10_000 + k, "customer_id": c, "order_date": ts, "sku": sku,
                         "quantity": rng.randrange(1, 6), "unit_price": price[sku],
                         "discount": rng.choice([0.0, 0.0, 0.05, 0.1, 0.2, 0.3]), "country": rng.choice(
                             ["Germany", "France", "Spain", "Italy"]), "category": cats[sku]})
    df = pl.DataFrame(recs)
    path = out / "orders.parquet"
    df.write_parquet(path)
    t = df.select(order_id=pl.col("order_id").cast(pl.Utf8), customer_id=pl.col("customer_id").cast(pl.Utf8),
                  order_date=pl.col("order_date").dt.date(), amount=pl.col("quantity") * pl.col("unit_price"),
                  cancelled=pl.lit(False), category=pl.col("category"), discount=pl.col("discount"),
                  country=pl.col("country"))
    disc = t.with_columns(amount=pl.col("amount") * (1 - pl.col("discount")))
    mean_disc = {k: float(v) for k, v in t.group_by("category").agg(pl.col("discount").mean()).iter_rows()}
    cases = standard_cases(t, "en")
    cases[0].wrong["discount applied"] = revenue(disc)
    cases += [
        Case("mean_discount", "average discount", "scalar", float(t["discount"].mean()), "mean_discount"),
        Case("disc_by_cat", "average discount by category", "breakdown", mean_disc, "mean_discount", "category"),
        Case("de_disc_by_cat", "durchschnittlicher Rabatt nach Kategorie", "breakdown", mean_disc, "mean_discount",
             "category"),
        Case("by_cat", "revenue by category", "breakdown", by(t, "category"), "revenue", "category"),
        Case("tech", "revenue of Technology", "scalar", revenue(t.filter(pl.col("category") == "Technology")),
             "revenue"),
        Case("by_quarter", "revenue by quarter", "breakdown", by(t, "quarter"), "revenue", "quarter"),
        Case("y2023", "Umsatz 2023", "scalar", revenue(t.filter(pl.col("order_date").dt.year() == 2023)), "revenue"),
        Case("last_month", "revenue last month", "scalar", float(_sales(t).filter(
            pl.col("order_date") >= dt.date(2023, 12, 1))["amount"].sum()), "revenue"),
        Case("cl_margin_region", "revenue by sales rep", "clarify"),
    ]
    return ClientFile("parquet_discount", path, "Parquet, English snake_case (order_id, customer_id, order_date "
                      "as datetime, sku, quantity, unit_price, discount 0-0.3, country, category). Revenue per "
                      "metrics.md is quantity × unit_price; discount is a client measure.", cases)


# --------------------------------------------------------------------------------------------------------
# 11. A customers table alone


def customers_table(out: Path, rng: random.Random) -> ClientFile:
    recs = []
    for i in range(3000):
        vertrag = rng.choice(["Monatlich", "Monatlich", "Jährlich", "Zweijährig"])
        p = {"Monatlich": 0.35, "Jährlich": 0.12, "Zweijährig": 0.05}[vertrag]
        recs.append({"kundennr": f"{100000 + i}", "geschlecht": rng.choice(["m", "w", "w", "m", "d"]),
                     "alter": rng.randrange(18, 85), "kuendigung": "ja" if rng.random() < p else "nein",
                     "einkommen": int(rng.lognormvariate(10.7, 0.4)), "vertrag": vertrag,
                     "guthaben": round(rng.uniform(-200, 5000), 2)})
    t = pl.DataFrame(recs)
    path = out / "kunden_stamm.csv"
    write_csv([[r["kundennr"], r["geschlecht"], r["alter"], r["kuendigung"], de_number(r["einkommen"], 0),
                r["vertrag"], de_number(r["guthaben"])] for r in recs],
              ["Kundennr", "Geschlecht", "Alter", "Kündigung", "Jahreseinkommen", "Vertrag", "Guthaben"], path,
              sep=";", encoding="cp1252", newline="\r\n")
    churn = float((t["kuendigung"] == "ja").mean())
    churn_by = {k: float(v) for k, v in t.group_by("vertrag").agg((pl.col("kuendigung") == "ja").mean()).iter_rows()}
    inc = float(t["einkommen"].mean())
    inc_by = {k: float(v) for k, v in t.group_by("geschlecht").agg(pl.col("einkommen").mean()).iter_rows()}
    cases = [
        Case("customers", "Wie viele Kunden haben wir?", "scalar", t.height, "customers"),
        Case("en_customers", "number of customers", "scalar", t.height, "customers"),
        Case("mean_age", "Durchschnittsalter der Kunden", "scalar", float(t["alter"].mean()), "mean_alter"),
        Case("en_mean_age", "mean Alter", "scalar", float(t["alter"].mean()), "mean_alter"),
        Case("share_k", "Anteil Kunden mit Kündigung", "scalar", churn, "share_kuendigung"),
        Case("share_k_by", "Anteil Kunden mit Kündigung nach Vertrag", "breakdown", churn_by, "share_kuendigung",
             "vertrag"),
        Case("income", "durchschnittliches Jahreseinkommen", "scalar", inc, "mean_jahreseinkommen",
             wrong={"'52.340' read as 52.34": inc / 1000}),
        Case("income_by", "mean Jahreseinkommen by Geschlecht", "breakdown", inc_by, "mean_jahreseinkommen",
             "geschlecht", wrong={"'52.340' read as 52.34": {k: v / 1000 for k, v in inc_by.items()}}),
        Case("guthaben", "Summe Guthaben", "scalar", float(t["guthaben"].sum()), "sum_guthaben"),
        Case("churn", "Abwanderungsrate", "scalar", churn, None),
        Case("needs_rev", "Wie hoch ist der Umsatz insgesamt?", "needs_orders"),
        Case("needs_aov", "average order value", "needs_orders"),
        Case("cl_bundesland", "Kunden nach Bundesland", "clarify"),
    ]
    return ClientFile("customers_only", path, "Customer master (no orders), cp1252, ';': Kundennr, Geschlecht "
                      "m/w/d, Alter, Kündigung ja/nein, Jahreseinkommen '52.340' (German thousands dot, no "
                      "decimals), Vertrag, Guthaben '1.234,56'.", cases)


# --------------------------------------------------------------------------------------------------------
# 12. SAP-like export: trailing minus, zero-padded customer numbers


def sap_export(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2500):
        c = f"{104000 + skewed_customer(rng, 600):010d}"  # SAP KUNNR, zero-padded to 10 digits
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        rows.append([f"90{k + 1:06d}", c, d, round(rng.lognormvariate(6.5, 0.9), 2)])
    for j in range(200):  # credit memos: own number, amount with SAP's trailing minus
        src = rng.choice(rows[:2500])
        d = min(src[2] + dt.timedelta(days=rng.randrange(1, 30)), dt.date(2023, 12, 31))
        rows.append([f"91{j + 1:06d}", src[1], d, -round(src[3] * rng.choice([1.0, 0.25]), 2)])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3],
                       "cancelled": False} for r in rows])

    def sap(x: float) -> str:
        return de_number(abs(x)) + ("-" if x < 0 else "")

    path = out / "sap_fakturen.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), sap(r[3])] for r in rows],
              ["Rechnungsnummer", "Kundennummer", "Rechnungsdatum", "Betrag"], path, sep=";", encoding="cp1252",
              newline="\r\n")
    gross = t.with_columns(amount=pl.col("amount").abs())
    cases = standard_cases(t, "de")
    cases[0].wrong["'150,00-' read as +150"] = revenue(gross)
    cases[1].wrong["'150,00-' read as +150"] = orders(gross)
    cases += [
        Case("by_month", "Umsatz nach Monat", "breakdown", by(t, "month"), "revenue", "month",
             wrong={"'150,00-' read as +150": by(gross, "month")}),
        Case("en_revenue", "total revenue", "scalar", revenue(t), "revenue",
             wrong={"'150,00-' read as +150": revenue(gross)}),
        Case("returns_rev", "Wie hoch ist der Umsatz im Dezember 2023?", "scalar", month_revenue(t, 2023, 12),
             "revenue"),
    ]
    return ClientFile("sap_trailing_minus", path, "SAP-like invoice list (cp1252, ';'): Kundennummer zero-padded "
                      "to 10 digits ('0000104711'), credit memos with the trailing minus '150,00-'.", cases)


# --------------------------------------------------------------------------------------------------------
# 13. A CSV with a totals line at the bottom and two-digit years


def csv_totals_row(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2600):
        c = f"{40000 + skewed_customer(rng, 700)}"
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        rows.append([f"{700000 + k}", c, d, round(rng.lognormvariate(4.5, 0.8), 2),
                     rng.choice(["Online", "Telefon", "Messe"])])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3],
                       "cancelled": False, "kanal": r[4]} for r in rows])
    total = revenue(t)
    path = out / "bestellungen_mit_summe.csv"
    body = [[r[0], r[1], r[2].strftime("%d.%m.%y"), de_number(r[3]), r[4]] for r in rows]
    body += [["", "", "", "", ""], ["Summe", "", "31.12.23", de_number(total), ""]]
    write_csv(body, ["Bestellnummer", "Kundennummer", "Bestelldatum", "Betrag", "Kanal"], path, sep=";")
    with_total = pl.concat([t, pl.DataFrame([{"order_id": "Summe", "customer_id": None,
                                              "order_date": dt.date(2023, 12, 31), "amount": total,
                                              "cancelled": False, "kanal": None}], schema=t.schema)])
    cases = standard_cases(t, "de")
    cases[0].wrong["'Summe' line counted as a guest order"] = revenue(with_total)
    cases[1].wrong["'Summe' line counted as an order"] = orders(with_total)
    cases[3].wrong["'Summe' line counted"] = aov(with_total)
    cases += [
        Case("by_channel", "Umsatz nach Kanal", "breakdown", by(t, "kanal"), "revenue", "kanal"),
        Case("december", "Umsatz im Dezember 2023", "scalar", month_revenue(t, 2023, 12), "revenue",
             wrong={"'Summe' line counted": month_revenue(with_total, 2023, 12)}),
        Case("y2023", "revenue in 2023", "scalar", revenue(t), "revenue",
             wrong={"'Summe' line counted": revenue(with_total)}),
        Case("unattributed", "unattributed revenue", "scalar", 0.0, "unattributed_revenue",
             wrong={"'Summe' line counted as a guest order": total}),
    ]
    return ClientFile("csv_totals_row", path, "German CSV with two-digit years ('31.12.23'), an empty line and "
                      "a 'Summe' line at the bottom that carries a date and the grand total but no customer. "
                      "Skipping it or refusing it clearly is fine; counting it as a guest order is not.", cases,
                      import_may_fail="the 'Summe' line may be refused with a one-line error naming it")



# --------------------------------------------------------------------------------------------------------
# 14. Swiss export: apostrophe thousands, CHF sign


def swiss(out: Path, rng: random.Random) -> ClientFile:
    rows = []
    for k in range(2300):
        c = f"CH-{5000 + skewed_customer(rng, 500)}"
        d = rand_date(rng, dt.date(2023, 1, 1), dt.date(2023, 12, 31))
        rows.append([f"{300000 + k}", c, d, round(rng.lognormvariate(6.8, 0.9), 2),
                     rng.choice(["Zürich", "Bern", "Basel", "Genève"])])
    rows.sort(key=lambda r: (r[2], r[0]))
    t = pl.DataFrame([{"order_id": r[0], "customer_id": r[1], "order_date": r[2], "amount": r[3],
                       "cancelled": False, "filiale": r[4]} for r in rows])

    def ch(x: float) -> str:
        return f"CHF {x:,.2f}".replace(",", "'")

    path = out / "umsatz_schweiz.csv"
    write_csv([[r[0], r[1], r[2].strftime("%d.%m.%Y"), ch(r[3]), r[4]] for r in rows],
              ["Rechnungsnummer", "Kundennummer", "Datum", "Betrag", "Filiale"], path, sep=";")
    cases = standard_cases(t, "de")
    cases[0].wrong["\"CHF 1'234.50\" read as 1.0 (up to the apostrophe)"] = float(
        t.select(pl.when(pl.col("amount") >= 1000).then((pl.col("amount") // 1000)).otherwise(pl.col("amount"))
                 .sum()).item())
    cases += [
        Case("by_filiale", "Umsatz nach Filiale", "breakdown", by(t, "filiale"), "revenue", "filiale"),
        Case("zuerich", "Umsatz der Filiale Zürich", "scalar", revenue(t.filter(pl.col("filiale") == "Zürich")),
             "revenue"),
        Case("en_revenue", "total revenue in CHF", "scalar", revenue(t), "revenue"),
    ]
    return ClientFile("swiss_chf", path, "Swiss export: Betrag \"CHF 1'234.50\" (currency prefix, apostrophe "
                      "thousands), ';', dates 31.12.2023, Filiale Zürich/Bern/Basel/Genève.", cases)


# --------------------------------------------------------------------------------------------------------

BUILDERS = [erp_de, shopify, excel_report, status_amounts, typ_column, iso_tz, us_dates, serial_dates, currencies,
            parquet_orders, customers_table, sap_export, csv_totals_row, swiss]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i, make in enumerate(BUILDERS):
        files.append(make(out, random.Random(SEED + i)))
    return files + mapped_variants(files)


def mapped_variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt on the files whose headers insight does not map by itself: the
    same file and truth with the ``--map`` a consultant gives after reading the error."""
    by_name = {f.name: f for f in files}
    shop, xl = by_name["shopify"], by_name["excel_title_totals"]
    return [
        ClientFile("shopify_map_min", shop.path, "shopify with the two mappings the error asked for: "
                   "--map 'Email=customer_id' --map 'Paid at=order_date'", shop.cases,
                   mapping={"Email": "customer_id", "Paid at": "order_date"}),
        ClientFile("shopify_map_full", shop.path, "shopify with a full mapping: Name=order_id, Email=customer_id, "
                   "Paid at=order_date, Lineitem quantity=quantity, Lineitem price=unit_price", shop.cases,
                   mapping={"Name": "order_id", "Email": "customer_id", "Paid at": "order_date",
                            "Lineitem quantity": "quantity", "Lineitem price": "unit_price"}),
        ClientFile("uk_dates", by_name["us_dates"].path.with_name("orders_uk.csv"), "us_dates as the UK branch "
                   "exports it: Order Date '07/03/2023' = 7 March (DD/MM/YYYY), sorted, first 12 days ambiguous",
                   by_name["us_dates"].cases),
        ClientFile("excel_map_no_totals", xl.path.with_name("Umsatzliste_2023_ohne_Summe.xlsx"), "the Excel "
                   "report with the totals row deleted by hand, title rows kept, --map 'Umsatz netto=amount'",
                   xl.cases, mapping={"Umsatz netto": "amount"}),
        ClientFile("excel_map", xl.path, "the Excel report with --map 'Umsatz netto=amount' (totals row still "
                   "there; a clear refusal naming the row is acceptable)", xl.cases,
                   import_may_fail="the 'Summe' row may be refused with a one-line error naming it",
                   mapping={"Umsatz netto": "amount"}),
    ]


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client_files")
    for f in build(folder):
        lines = sum(1 for _ in f.path.open("rb")) if f.path.suffix == ".csv" else "-"
        print(f"{f.name:20s} {f.path.name:32s} lines={lines} cases={len(f.cases)}")
