"""An eighth, independent set of client workspaces (round 8): the LOYALTY and CUSTOMER tables beside order lines.

    python tests/clients8/make_clients8.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``,
``insight import --help``, the spec and the seed texts. A workspace is what a German consultant gets from a client:
several exports of one business — a CRM customer master (Akquisekanal, Lead-Status, B2B/B2C, Branche,
Geburtsjahr, PLZ/Ort, Betreuungskosten), a Typeform / SurveyMonkey / Qualtrics survey (scores as text
"9 - sehr wahrscheinlich", a matrix of aspects as wide columns, e-mail as the key, anonymous answers), a voucher
redemption export (Gutscheincode, ausgegeben am, eingelöst am empty when not redeemed, Kampagne), a helpdesk log
(Beschwerde / Reklamation / Anruf / E-Mail / Lob) and the order lines (Gambio, Afterbuy, Xentral, weclapp, OXID).

Each workspace is imported twice: first as one ``insight import A B C`` (tables recognised from the headers),
then as the consultant's second attempt ``_t``: one ``insight import FILE --table T`` per file. Expected answers
come from seeded truth frames in plain polars following metrics.md (analysis date = day after the last order;
cancelled lines never sales; NPS = % 9–10 − % 0–6 once per response; CSAT = mean satisfaction per aspect;
redemption = redeemed / issued; complaint rate = customers with a complaint / customers; funnel cumulative;
customer capital = profit so far − cost to serve, margin 1 unless known), never through insight.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), imported.
Deterministic (seeded ``random.Random``); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "clients2"))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    by,
    customers,
    frame,
    in_year,
    rdate,
    repeat_rate,
    revenue,
    sales,
    top,
    write_text,
)

SEED = 20261207

__all__ = ["Case", "ClientFile", "Workspace", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 11, 30)  # order dates; the last order is on D1 in every workspace
AS_OF = D1 + dt.timedelta(days=1)

FIRST = [
    "Anna",
    "Lukas",
    "Marie",
    "Jonas",
    "Sophie",
    "Leon",
    "Emma",
    "Paul",
    "Mia",
    "Felix",
    "Lena",
    "Max",
    "Hannah",
    "Tim",
    "Laura",
    "Jan",
    "Julia",
    "Finn",
    "Lea",
    "Noah",
    "Clara",
    "Ben",
    "Sarah",
]
LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Schwarz",
    "Zimmermann",
    "Braun",
    "Krüger",
]
ORTE = [
    ("10115", "Berlin"),
    ("20095", "Hamburg"),
    ("80331", "München"),
    ("50667", "Köln"),
    ("60311", "Frankfurt"),
    ("70173", "Stuttgart"),
    ("04109", "Leipzig"),
    ("01067", "Dresden"),
]
CHANNELS = ["Google Ads", "Empfehlung", "Messe", "Newsletter", "Instagram"]
BRANCHEN = ["Handwerk", "Gastronomie", "Einzelhandel", "IT", "Gesundheit"]


@dataclass
class Workspace(ClientFile):
    """A client's workspace; ``steps`` (paths, table, mapping) are separate ``insight import`` runs into one
    workspace, else one ``insight import`` of all ``paths``."""

    steps: list[tuple[list[Path], str | None, dict[str, str] | None]] = field(default_factory=list)


def ask(qid: str, question: str) -> Case:
    """The data cannot answer this as asked (a table, column, value or concept it lacks): ask back."""
    return Case(qid, question, "clarify")


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def email(i: int) -> str:
    n = person(i).lower().replace(" ", ".").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    return f"{n}{i}@example.de"


def de(x: float) -> str:
    """German money: 1.234,56."""
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def dd(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


# --------------------------------------------------------------------------------------------------------
# The truth of one client: people (CRM), order lines, survey answers, coupons, interactions


def people(rng: random.Random, n: int, buyers: int, b2b: float = 0.3) -> pl.DataFrame:
    """The CRM population: the first ``buyers`` are customers (status Kunde, they will order), the rest leads,
    contacts and prospects."""
    recs = []
    for i in range(n):
        plz, ort = ORTE[rng.randrange(len(ORTE))]
        kind = "B2B" if rng.random() < b2b else "B2C"
        status = "Kunde" if i < buyers else rng.choice(["Lead", "Lead", "Kontakt", "Interessent"])
        recs.append(
            {
                "customer_id": f"K{10001 + i}",
                "email": email(i),
                "name": person(i),
                "channel": CHANNELS[min(len(CHANNELS) - 1, int(rng.expovariate(0.8)))],
                "status": status,
                "kind": kind,
                "branche": rng.choice(BRANCHEN) if kind == "B2B" else None,
                "birth_year": rng.randrange(1950, 2004) if kind == "B2C" else None,
                "plz": plz,
                "ort": ort,
                "first_contact": rdate(rng, dt.date(2022, 1, 1), D1),
                "cts": float(rng.choice([0, 15, 25, 40, 60])),
            }
        )
    return frame(recs)


def order_lines(rng: random.Random, ppl: pl.DataFrame, buyers: int, cancel: float = 0.05) -> pl.DataFrame:
    """Order lines of the first ``buyers`` people; the last order is on D1."""
    recs = []
    oid = 50001
    ids = ppl["customer_id"].to_list()[:buyers]
    for k, cid in enumerate(ids):
        n = min(12, max(1, int(rng.paretovariate(1.4))))
        for _ in range(n):
            d = D1 if (k == 0 and oid == 50001) else rdate(rng, D0, D1)
            canc = rng.random() < cancel
            for _ in range(rng.randint(1, 3)):
                q = rng.randint(1, 4)
                p = rng.choice([9.9, 14.5, 24.0, 49.9, 89.0, 129.0])
                recs.append(
                    {
                        "order_id": str(oid),
                        "customer_id": cid,
                        "order_date": d,
                        "quantity": q,
                        "unit_price": p,
                        "amount": round(q * p, 2),
                        "cancelled": canc,
                        "sku": f"A-{int(p * 10)}",
                    }
                )
            oid += 1
    t = frame(recs)
    return t.with_columns(cancelled=pl.when(pl.col("order_date") == D1).then(False).otherwise(pl.col("cancelled")))


def with_attr(t: pl.DataFrame, ppl: pl.DataFrame, col: str) -> pl.DataFrame:
    return t.join(ppl.select("customer_id", col), on="customer_id", how="left")


def buyers_of(t: pl.DataFrame) -> pl.DataFrame:
    """Customers (an attributed id with a valid order) and their revenue (all their lines, net)."""
    ov = sales(t).group_by("order_id").agg(pl.col("amount").sum(), pl.col("customer_id").first())
    ids = ov.filter(pl.col("amount") > 0)["customer_id"].unique()
    return (
        sales(t).filter(pl.col("customer_id").is_in(ids.to_list())).group_by("customer_id").agg(pl.col("amount").sum())
    )


def customers_by(t: pl.DataFrame, ppl: pl.DataFrame, col: str) -> dict[str, float]:
    b = buyers_of(t).join(ppl.select("customer_id", col), on="customer_id")
    return {str(k): float(v) for k, v in b.group_by(col).len().iter_rows()}


def mean_revenue_by(t: pl.DataFrame, ppl: pl.DataFrame, col: str) -> dict[str, float]:
    b = buyers_of(t).join(ppl.select("customer_id", col), on="customer_id")
    return {str(k): float(v) for k, v in b.group_by(col).agg(pl.col("amount").mean()).iter_rows()}


def customer_capital(t: pl.DataFrame, ppl: pl.DataFrame) -> float:
    b = buyers_of(t).join(ppl.select("customer_id", "cts"), on="customer_id", how="left")
    return float(b["amount"].sum() - b["cts"].fill_null(0).sum())


def capital_by(t: pl.DataFrame, ppl: pl.DataFrame, col: str, how: str = "mean") -> dict[str, float]:
    """Customer capital (margin 1: revenue so far − cost to serve) per customer, its mean per customer attribute
    (the contract's ``ltv_by_channel``: mean ``customer_capital`` per ``acquisition_channel``) or its sum."""
    b = buyers_of(t).join(ppl.select("customer_id", "cts", col), on="customer_id", how="left")
    cap = pl.col("amount") - pl.col("cts").fill_null(0)
    g = b.group_by(col).agg(cap.mean() if how == "mean" else cap.sum())
    return {str(k): float(v) for k, v in g.iter_rows()}


def first_orders(t: pl.DataFrame) -> pl.DataFrame:
    ov = (
        sales(t)
        .group_by("order_id")
        .agg(pl.col("amount").sum(), pl.col("customer_id").first(), pl.col("order_date").min())
    )
    return ov.filter(pl.col("amount") > 0).group_by("customer_id").agg(pl.col("order_date").min())


def new_by_month(t: pl.DataFrame, year: int) -> dict[str, float]:
    f = first_orders(t).filter(pl.col("order_date").dt.year() == year)
    g = f.group_by(pl.col("order_date").dt.strftime("%Y-%m").alias("m")).len()
    return {str(k): float(v) for k, v in g.iter_rows()}


def retention(t: pl.DataFrame, year: int) -> float:
    def ids(y: int) -> set[str]:
        return set(buyers_of(in_year(t, y))["customer_id"].to_list())

    return len(ids(year - 1) & ids(year)) / len(ids(year - 1))


def funnel(ppl: pl.DataFrame) -> dict[str, float]:
    """Cumulative stage counts (lead ⊇ contact ⊇ prospect ⊇ customer)."""
    order = {"Lead": 0, "Kontakt": 1, "Interessent": 2, "Kunde": 3}
    s = ppl["status"].replace_strict(order, return_dtype=pl.Int64)
    return {name: float((s >= i).sum()) for name, i in order.items()}


def nps(scores: list[int]) -> float:
    s = pl.Series(scores)
    return 100.0 * (float((s >= 9).sum()) - float((s <= 6).sum())) / s.len()


def nps_by(df: pl.DataFrame, col: str) -> dict[str, float]:
    g = df.group_by(col).agg(
        (
            100.0 * ((pl.col("nps") >= 9).cast(pl.Int64).sum() - (pl.col("nps") <= 6).cast(pl.Int64).sum()) / pl.len()
        ).alias("v")
    )
    return {str(k): float(v) for k, v in g.iter_rows()}


SAT_OFF = [-0.9, 0.4, 0.1, 0.6]  # satisfaction offset of the n-th aspect (the first: important, not satisfying)


def survey(rng: random.Random, keys: list[str], n: int, aspects: list[str], a: dt.date = D0) -> pl.DataFrame:
    """One response per respondent: nps 0–10, repurchase 1–5, per aspect satisfaction / importance 1–5."""
    recs = []
    for i, k in enumerate(rng.sample(keys, n)):
        base = rng.random()
        r: dict[str, Any] = {
            "key": k,
            "rid": 900001 + i,
            "date": rdate(rng, a, D1 - dt.timedelta(days=1)),
            "nps": min(10, max(0, int(round(base * 10 + rng.uniform(-2.5, 2.5))))),
            "intent": min(5, max(1, int(round(1 + base * 4 + rng.uniform(-1, 1))))),
        }
        for j, asp in enumerate(aspects):
            r[f"sat_{asp}"] = min(5, max(1, int(round(1 + base * 4 + rng.uniform(-1.5, 1.5) + SAT_OFF[j % 4]))))
            r[f"imp_{asp}"] = min(5, max(1, int(round(5 - j * 0.8 + rng.uniform(-1.2, 1.2)))))
        recs.append(r)
    return frame(recs)


def coupons(rng: random.Random, ids: list[str], campaigns: dict[str, float], n: int) -> pl.DataFrame:
    recs = []
    for i in range(n):
        camp = rng.choice(list(campaigns))
        issued = rdate(rng, D0, D1 - dt.timedelta(days=20))
        red = issued + dt.timedelta(days=rng.randint(1, 19)) if rng.random() < campaigns[camp] else None
        recs.append(
            {
                "code": f"{camp[:3].upper()}-{7000 + i}",
                "customer_id": rng.choice(ids),
                "issued": issued,
                "redeemed": red,
                "campaign": camp,
                "value": rng.choice([5, 10, 15]),
            }
        )
    return frame(recs)


def interactions(rng: random.Random, ids: list[str], n: int, kinds: list[tuple[str, float]]) -> pl.DataFrame:
    recs = []
    for i in range(n):
        r, acc, kind = rng.random(), 0.0, kinds[-1][0]
        for k, w in kinds:
            acc += w
            if r < acc:
                kind = k
                break
        cid = ids[min(len(ids) - 1, int(rng.paretovariate(1.1)) - 1 + rng.randrange(len(ids)) * (rng.random() < 0.8))]
        recs.append(
            {
                "tid": 30001 + i,
                "customer_id": cid,
                "at": rdate(rng, D0, D1 - dt.timedelta(days=1)),
                "kind": kind,
                "note": rng.choice(
                    ["Paket beschädigt", "Rückfrage Rechnung", "Danke!", "Lieferung verspätet", "Termin vereinbart"]
                ),
            }
        )
    return frame(recs)


COMPLAINT = ("Beschwerde", "Reklamation", "complaint", "Complaint")


def complaint_stats(t: pl.DataFrame, inter: pl.DataFrame) -> tuple[float, int, int, float]:
    """(complaint rate, complaints of customers, customers with ≥ 2 complaints, complaints per customer)."""
    cust = buyers_of(t)["customer_id"]
    c = inter.filter(pl.col("kind").is_in(COMPLAINT) & pl.col("customer_id").is_in(cust.to_list()))
    per = c.group_by("customer_id").len()
    return per.height / cust.len(), c.height, per.filter(pl.col("len") >= 2).height, c.height / cust.len()


def redemption(cp: pl.DataFrame) -> float:
    return float(cp["redeemed"].is_not_null().mean())


def redemption_by(cp: pl.DataFrame, col: str = "campaign") -> dict[str, float]:
    g = cp.group_by(col).agg(pl.col("redeemed").is_not_null().mean())
    return {str(k): float(v) for k, v in g.iter_rows()}


def order_cases(t: pl.DataFrame, ppl: pl.DataFrame, en: bool = False) -> list[Case]:
    """The order-side loyalty questions every workspace with orders gets (a few of them per workspace)."""
    rr = repeat_rate(t)
    ret = retention(t, 2024)
    return [
        Case(
            "repeat",
            "What share of customers bought more than once?" if en else "Wiederkaufsrate",
            "scalar",
            rr,
            "repeat_rate",
            alts=(100 * rr,),
        ),
        Case(
            "retention24",
            "retention rate 2024" if en else "Kundenbindungsrate 2024",
            "scalar",
            ret,
            "retention_rate",
            alts=(100 * ret,),
        ),
        Case(
            "churn24",
            "churn rate 2024" if en else "Abwanderungsrate 2024",
            "scalar",
            1 - ret,
            "churn_rate",
            alts=(100 * (1 - ret),),
        ),
        Case(
            "new_month",
            "new customers per month in 2024" if en else "Neukunden pro Monat 2024",
            "breakdown",
            new_by_month(t, 2024),
            "new_customers",
        ),
        Case("top5", "top 5 customers by revenue" if en else "Top 5 Kunden nach Umsatz", "top", top(t), "revenue"),
        Case("revenue", "total revenue" if en else "Umsatz insgesamt", "scalar", revenue(t), "revenue"),
    ]


def pick(cases: list[Case], *qids: str) -> list[Case]:
    return [c for c in cases if c.qid in qids]


# --------------------------------------------------------------------------------------------------------
# 1. hubspot_gambio: a HubSpot-like CRM export (Lead-Status, Quelle, Erstkontakt) + Gambio orders (;, dd.mm.yyyy)
#    Trap: leads without orders sit in the customer master; funnel; revenue by acquisition channel.


def hubspot_gambio(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 420, 260)
    t = order_lines(rng, ppl, 260)
    crm = out / "hubspot_kontakte.csv"
    write_text(
        [
            [
                r["customer_id"],
                r["name"],
                r["email"],
                r["status"],
                r["channel"],
                dd(r["first_contact"]),
                r["kind"],
                r["plz"],
                r["ort"],
            ]
            for r in ppl.iter_rows(named=True)
        ],
        ["Kundennummer", "Name", "E-Mail", "Lead-Status", "Akquisekanal", "Erstkontakt", "Kundentyp", "PLZ", "Ort"],
        crm,
        sep=";",
    )
    shop = out / "gambio_bestellungen.csv"
    write_text(
        [
            [
                r["order_id"],
                r["customer_id"],
                dd(r["order_date"]),
                r["sku"],
                r["quantity"],
                de(r["unit_price"]),
                "Storniert" if r["cancelled"] else rng.choice(["Versendet", "Abgeschlossen"]),
            ]
            for r in t.iter_rows(named=True)
        ],
        ["Bestellnummer", "Kundennummer", "Bestelldatum", "Artikelnummer", "Menge", "Einzelpreis", "Bestellstatus"],
        shop,
        sep=";",
    )
    fn = funnel(ppl)
    conv = fn["Kunde"] / fn["Lead"]
    tc = with_attr(t, ppl, "channel")
    oc = order_cases(t, ppl)
    cases = [
        *pick(oc, "revenue", "repeat", "new_month", "top5", "retention24"),
        Case("rev_channel", "Umsatz nach Akquisekanal", "breakdown", by(tc, "channel"), "revenue"),
        Case(
            "cust_channel",
            "Wie viele Kunden je Akquisekanal?",
            "breakdown",
            customers_by(t, ppl, "channel"),
            "customers",
        ),
        Case(
            "mean_rev_channel",
            "Durchschnittlicher Umsatz pro Kunde nach Akquisekanal",
            "breakdown",
            mean_revenue_by(t, ppl, "channel"),
        ),
        Case("conv", "Wie hoch ist die Konversionsrate von Lead zu Kunde?", "scalar", conv, alts=(100 * conv,)),
        Case(
            "leads",
            "How many leads are in the funnel?",
            "scalar",
            fn["Lead"],
            alts=(float((ppl["status"] == "Lead").sum()),),
        ),
        Case("customers", "Wie viele Kunden haben gekauft?", "scalar", customers(t), "customers"),
        Case(
            "rev_b2b",
            "Umsatz der B2B-Kunden",
            "scalar",
            revenue(with_attr(t, ppl, "kind").filter(pl.col("kind") == "B2B")),
            "revenue",
        ),
        ask("nps", "Wie hoch ist unser NPS?"),
        ask("complaints", "Wie viele Beschwerden hatten wir 2024?"),
        ask("redemption", "Einlösungsquote der Gutscheine"),
        ask("branche", "Umsatz nach Branche und Mitarbeiterzahl"),
        ask("weather", "Wie wird das Wetter in Berlin morgen?"),
    ]
    return Workspace(
        "hubspot_gambio",
        [crm, shop],
        "HubSpot contacts (Lead-Status, Akquisekanal) + Gambio orders",
        cases,
        steps=[([crm], "customers", None), ([shop], "order_lines", None)],
    )


# --------------------------------------------------------------------------------------------------------
# 2. typeform_nps: survey only, Typeform English export (question as header, e-mail key, "Submitted At" UTC)


def typeform_nps(out: Path, rng: random.Random) -> Workspace:
    keys = [email(i) for i in range(600)]
    sv = survey(rng, keys, 380, [])
    path = out / "typeform_responses.csv"
    write_text(
        [
            [
                f"r{r['rid']:x}",
                r["nps"],
                r["intent"],
                r["key"],
                f"{r['date'].isoformat()} {10 + r['rid'] % 9:02d}:1{r['rid'] % 6}:00",
                f"net{r['rid'] % 97}",
            ]
            for r in sv.iter_rows(named=True)
        ],
        [
            "#",
            "How likely are you to recommend us to a friend or colleague?",
            "How likely is it that you would buy from us again?",
            "Email",
            "Submitted At",
            "Network ID",
        ],
        path,
    )
    s = sv["nps"].to_list()
    prom = float((sv["nps"] >= 9).mean())
    det = float((sv["nps"] <= 6).mean())
    q = sv.with_columns(q=pl.col("date").dt.year().cast(pl.Utf8) + "-Q" + pl.col("date").dt.quarter().cast(pl.Utf8))
    intent = float((sv["intent"] >= 4).mean())
    y24 = sv.filter(pl.col("date").dt.year() == 2024)["nps"].to_list()
    cases = [
        Case("nps", "What is our NPS?", "scalar", nps(s), "nps"),
        Case("nps_de", "Net Promoter Score insgesamt", "scalar", nps(s), "nps"),
        Case("promoters", "Anteil der Promotoren", "scalar", prom, alts=(100 * prom,)),
        Case("detractors", "What share of respondents are detractors?", "scalar", det, alts=(100 * det,)),
        Case("responses", "Wie viele Antworten haben wir?", "scalar", float(sv.height)),
        Case("nps_2024", "NPS 2024", "scalar", nps(y24), "nps"),
        Case("nps_q", "NPS nach Quartal", "breakdown", nps_by(q, "q"), "nps"),
        Case(
            "nps_2023",
            "What was the NPS in 2023?",
            "scalar",
            nps(sv.filter(pl.col("date").dt.year() == 2023)["nps"].to_list()),
            "nps",
        ),
        Case("n_prom", "Wie viele Promotoren haben wir?", "scalar", float((sv["nps"] >= 9).sum())),
        Case("intent", "Wie hoch ist die Wiederkaufabsicht?", "scalar", intent, alts=(100 * intent,)),
        Case("revenue", "Wie viel Umsatz haben wir gemacht?", "needs_orders"),
        Case("aov", "average order value", "needs_orders"),
        ask("csat_lief", "Zufriedenheit mit der Lieferung"),
        ask("complaints", "Beschwerdequote"),
        ask("nps_channel", "NPS nach Akquisekanal"),
        ask("redemption", "coupon redemption rate"),
        ask("stock", "Wie steht unsere Aktie?"),
    ]
    return Workspace(
        "typeform_nps",
        [path],
        "Typeform NPS export only: question headers, e-mail key",
        cases,
        steps=[([path], "survey_responses", None)],
    )


# --------------------------------------------------------------------------------------------------------
# 3. umfrage_matrix: SurveyMonkey German export with aspects as wide columns (Zufriedenheit X / Wichtigkeit X),
#    NPS as text "9 - sehr wahrscheinlich", + a customer master with Segment (Kundennummer key)

ASPECTS = ["Lieferung", "Beratung", "Preis", "Produktqualität"]


def nps_text(x: int) -> str:
    return {0: "0 - überhaupt nicht wahrscheinlich", 10: "10 - äußerst wahrscheinlich"}.get(x, str(x))


def umfrage_matrix(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 500, 500)
    sv = survey(rng, ppl["customer_id"].to_list(), 340, ASPECTS)
    path = out / "surveymonkey_kundenbefragung.csv"
    head = [
        "Respondent ID",
        "Kundennummer",
        "Datum",
        "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?",
    ]
    for a in ASPECTS:
        head += [f"Zufriedenheit {a}", f"Wichtigkeit {a}"]
    head.append("Würden Sie wieder bei uns kaufen? (1-5)")
    rows = []
    for r in sv.iter_rows(named=True):
        row = [r["rid"], r["key"], dd(r["date"]), nps_text(r["nps"])]
        for a in ASPECTS:
            row += [r[f"sat_{a}"], r[f"imp_{a}"]]
        rows.append([*row, r["intent"]])
    write_text(rows, head, path, sep=";", encoding="cp1252")
    # the consultant's fix after the first import's error ("fix the value"): the end labels cut off the scores
    clean = out / "surveymonkey_kundenbefragung_bereinigt.csv"
    write_text(
        [[r[0], r[1], r[2], str(r[3]).split(" - ")[0], *r[4:]] for r in rows], head, clean, sep=";", encoding="cp1252"
    )
    crm = out / "kundenstamm.csv"
    write_text(
        [[r["customer_id"], r["name"], r["kind"], r["ort"]] for r in ppl.iter_rows(named=True)],
        ["Kundennummer", "Name", "Segment", "Ort"],
        crm,
        sep=";",
        encoding="cp1252",
    )
    sat = {a: float(sv[f"sat_{a}"].mean()) for a in ASPECTS}
    imp = {a: float(sv[f"imp_{a}"].mean()) for a in ASPECTS}
    ms, mi = sum(sat.values()) / len(sat), sum(imp.values()) / len(imp)
    fix = [a for a in ASPECTS if imp[a] >= mi and sat[a] < ms]
    sk = sv.join(ppl.select(pl.col("customer_id").alias("key"), "kind", "ort"), on="key")
    intent = float((sv["intent"] >= 4).mean())
    cases = [
        Case("nps", "Wie hoch ist der NPS?", "scalar", nps(sv["nps"].to_list()), "nps"),
        Case("csat_aspect", "Zufriedenheit nach Aspekt", "breakdown", sat, "csat"),
        Case("imp_aspect", "Durchschnittliche Wichtigkeit je Aspekt", "breakdown", imp),
        Case("csat_lief", "Wie zufrieden sind die Kunden mit der Lieferung?", "scalar", sat["Lieferung"], "csat"),
        Case(
            "csat_all",
            "average satisfaction over all aspects",
            "scalar",
            float(pl.concat([sv[f"sat_{a}"] for a in ASPECTS]).mean()),
            "csat",
        ),
        Case("nps_segment", "NPS nach Segment", "breakdown", nps_by(sk, "kind"), "nps"),
        Case("nps_ort", "NPS by city", "breakdown", nps_by(sk, "ort"), "nps"),
        Case("intent", "Anteil der Befragten, die wieder kaufen würden", "scalar", intent, alts=(100 * intent,)),
        Case(
            "n_fix",
            "Bei wie vielen Aspekten sollten wir ansetzen (hohe Wichtigkeit, niedrige Zufriedenheit)?",
            "scalar",
            float(len(fix)),
        ),
        Case("kunden", "Wie viele Kunden haben wir im Kundenstamm?", "scalar", float(ppl.height)),
        Case("imp_lief", "Wie wichtig ist den Kunden die Lieferung?", "scalar", imp["Lieferung"]),
        Case(
            "nps_b2b", "NPS der B2B-Kunden", "scalar", nps(sk.filter(pl.col("kind") == "B2B")["nps"].to_list()), "nps"
        ),
        Case("revenue", "Umsatz nach Segment", "needs_orders"),
        ask("csat_service", "Zufriedenheit mit dem Kundenservice"),
        ask("nps_alter", "NPS nach Geschlecht"),
        ask("redemption", "Einlösungsquote je Kampagne"),
        ask("complaints", "Kunden mit mindestens 2 Beschwerden"),
    ]
    return Workspace(
        "umfrage_matrix",
        [path, crm],
        "SurveyMonkey matrix (wide Zufriedenheit/Wichtigkeit per aspect, NPS as text, cp1252) + master",
        cases,
        steps=[([clean], "survey_responses", None), ([crm], "customers", None)],
    )


# --------------------------------------------------------------------------------------------------------
# 4. gutscheine_afterbuy: a voucher redemption export (Gutscheincode, ausgegeben am, eingelöst am empty) +
#    Afterbuy order lines (Rechnungsnummer, Rechnungsdatum, VK-Preis netto)

# the consultant's second attempt names what the voucher headers mean (the first import's error asks for it)
COUPON_MAP = {
    "Gutscheincode": "coupon_id",
    "ausgegeben am": "issued_at",
    "eingelöst am": "redeemed_at",
    "Kampagne": "campaign",
}
CAMPAIGNS = {"Ostern 2024": 0.42, "Black Friday": 0.61, "Willkommen": 0.28, "Newsletter Q3": 0.17}


def gutscheine_afterbuy(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 300, 300)
    t = order_lines(rng, ppl, 300)
    cp = coupons(rng, ppl["customer_id"].to_list(), CAMPAIGNS, 700)
    gpath = out / "gutscheine_einloesungen.csv"
    write_text(
        [
            [
                r["code"],
                r["customer_id"],
                dd(r["issued"]),
                dd(r["redeemed"]) if r["redeemed"] else "",
                r["campaign"],
                f"{r['value']},00 €",
            ]
            for r in cp.iter_rows(named=True)
        ],
        ["Gutscheincode", "Kundennummer", "ausgegeben am", "eingelöst am", "Kampagne", "Gutscheinwert"],
        gpath,
        sep=";",
    )
    opath = out / "afterbuy_rechnungen.csv"
    write_text(
        [
            [
                f"RE-{r['order_id']}",
                r["customer_id"],
                dd(r["order_date"]),
                r["sku"],
                r["quantity"],
                de(r["unit_price"]),
                "storniert" if r["cancelled"] else "bezahlt",
            ]
            for r in t.iter_rows(named=True)
        ],
        ["Rechnungsnummer", "Kundennummer", "Rechnungsdatum", "Artikelnummer", "Menge", "VK-Preis netto", "Status"],
        opath,
        sep=";",
    )
    users = cp.filter(pl.col("redeemed").is_not_null())["customer_id"].unique()
    rev_users = revenue(t.filter(pl.col("customer_id").is_in(users.to_list())))
    rev_non = revenue(t.filter(~pl.col("customer_id").is_in(users.to_list())))
    oc = order_cases(t, ppl)
    red = redemption(cp)
    bf = redemption_by(cp)["Black Friday"]
    cases = [
        *pick(oc, "revenue", "repeat", "churn24", "top5"),
        Case("redemption", "Wie hoch ist die Einlösungsquote?", "scalar", red, "redemption_rate", alts=(100 * red,)),
        Case("red_campaign", "Einlösungsquote je Kampagne", "breakdown", redemption_by(cp), "redemption_rate"),
        Case("red_en", "coupon redemption rate by campaign", "breakdown", redemption_by(cp), "redemption_rate"),
        Case("red_bf", "Einlösungsquote der Kampagne Black Friday", "scalar", bf, "redemption_rate", alts=(100 * bf,)),
        Case("issued", "Wie viele Gutscheine wurden ausgegeben?", "scalar", float(cp.height)),
        Case(
            "redeemed",
            "Wie viele Gutscheine wurden eingelöst?",
            "scalar",
            float(cp.filter(pl.col("redeemed").is_not_null()).height),
        ),
        Case(
            "rev_users",
            "Umsatz der Kunden, die einen Gutschein eingelöst haben",
            "scalar",
            rev_users,
            "revenue",
            wrong={"non-users": rev_non},
        ),
        Case(
            "rev_non",
            "revenue of customers who never redeemed a coupon",
            "scalar",
            rev_non,
            "revenue",
            wrong={"users": rev_users},
        ),
        ask("red_sommer", "Einlösungsquote der Kampagne Sommerschlussverkauf"),
        ask("nps", "NPS der Gutscheinnutzer"),
        ask("complaints", "complaints per customer"),
        ask("channel", "Umsatz nach Akquisekanal"),
        ask("weather", "Welche Partei gewinnt die nächste Wahl?"),
    ]
    return Workspace(
        "gutscheine_afterbuy",
        [gpath, opath],
        "voucher redemptions (eingelöst am empty = not redeemed) + Afterbuy invoices",
        cases,
        steps=[([gpath], "coupons", COUPON_MAP), ([opath], "order_lines", {"VK-Preis netto": "unit_price"})],
    )


# --------------------------------------------------------------------------------------------------------
# 5. zendesk_xentral: a helpdesk ticket log (Art: Beschwerde, Reklamation, Anruf, E-Mail, Lob) keyed by
#    Kundennummer, + Xentral orders (Belegnr, Datum, Kundennummer, Umsatz netto)

KINDS_DE = [("Beschwerde", 0.18), ("Reklamation", 0.10), ("Anruf", 0.30), ("E-Mail", 0.32), ("Lob", 0.10)]


def zendesk_xentral(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 350, 350)
    t = order_lines(rng, ppl, 350)
    inter = interactions(rng, ppl["customer_id"].to_list(), 900, KINDS_DE)
    ipath = out / "helpdesk_tickets.csv"
    write_text(
        [
            [r["tid"], r["customer_id"], f"{dd(r['at'])} {9 + r['tid'] % 8}:{r['tid'] % 60:02d}", r["kind"], r["note"]]
            for r in inter.iter_rows(named=True)
        ],
        ["Ticket-Nr", "Kundennummer", "Erstellt am", "Art", "Betreff"],
        ipath,
        sep=";",
    )
    opath = out / "xentral_auftraege.csv"
    ov = (
        t.group_by("order_id")
        .agg(
            pl.col("customer_id").first(),
            pl.col("order_date").first(),
            pl.col("amount").sum(),
            pl.col("cancelled").first(),
        )
        .sort("order_id")
    )
    write_text(
        [
            [
                f"AU{r['order_id']}",
                r["customer_id"],
                dd(r["order_date"]),
                de(r["amount"]),
                "storniert" if r["cancelled"] else "abgeschlossen",
            ]
            for r in ov.iter_rows(named=True)
        ],
        ["Belegnr", "Kundennummer", "Datum", "Umsatz netto", "Status"],
        opath,
        sep=";",
    )
    rate, n_c, n2, per = complaint_stats(t, inter)
    kinds_all = {str(k): float(v) for k, v in inter.group_by("kind").len().iter_rows()}
    # docs/metrics.md: the population of the interaction analyses is the customers (a valid order before the date)
    ofc = inter.filter(pl.col("customer_id").is_in(buyers_of(t)["customer_id"].to_list()))
    kinds = {str(k): float(v) for k, v in ofc.group_by("kind").len().iter_rows()}
    oc = order_cases(t, ppl)
    i24 = inter.filter(pl.col("at").dt.year() == 2024)
    n24 = float(i24.filter(pl.col("kind").is_in(COMPLAINT)).height)
    n24_c = float(
        i24.filter(pl.col("kind").is_in(COMPLAINT) & pl.col("customer_id").is_in(ofc["customer_id"].to_list())).height
    )
    cases = [
        *pick(oc, "revenue", "repeat", "new_month"),
        Case("rate", "Wie hoch ist die Beschwerdequote?", "scalar", rate, "complaint_rate", alts=(100 * rate,)),
        Case("rate_en", "What share of customers complained?", "scalar", rate, "complaint_rate", alts=(100 * rate,)),
        Case(
            "n_compl",
            "Wie viele Beschwerden gab es insgesamt?",
            "scalar",
            float(n_c),
            alts=(float(inter.filter(pl.col("kind") == "Beschwerde").height),),
        ),
        Case("n2", "Wie viele Kunden haben sich mindestens zweimal beschwert?", "scalar", float(n2)),
        Case("per_cust", "Beschwerden pro Kunde", "scalar", per, alts=(n_c / max(1, round(rate * customers(t))),)),
        Case("by_kind", "Anzahl Interaktionen nach Art", "breakdown", kinds),
        Case("n24", "Beschwerden im Jahr 2024", "scalar", n24, alts=(n24_c,)),
        Case("calls", "Wie viele Anrufe hatten wir?", "scalar", kinds_all["Anruf"], alts=(kinds["Anruf"],)),
        Case(
            "reklam",
            "Wie viele Reklamationen gab es?",
            "scalar",
            kinds_all["Reklamation"],
            alts=(kinds["Reklamation"],),
        ),
        ask("nps", "Wie zufrieden sind Kunden, die sich beschwert haben? (NPS)"),
        ask("redemption", "Einlösungsquote"),
        ask("chat", "Wie viele Chats hatten wir?"),
        ask("region", "Beschwerdequote nach Vertriebsregion"),
    ]
    return Workspace(
        "zendesk_xentral",
        [ipath, opath],
        "helpdesk tickets (German kinds) + Xentral orders",
        cases,
        steps=[([ipath], "interactions", {"Erstellt am": "happened_at"}), ([opath], "order_lines", None)],
    )


# --------------------------------------------------------------------------------------------------------
# 6. crm_b2b: a customers-only CRM master of a B2B firm (Status Lead/Kontakt/Interessent/Kunde, Quelle,
#    Branche, Mitarbeiter, Betreuungskosten p.a.) — no orders at all


def crm_b2b(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 480, 150, b2b=1.0)
    ppl = ppl.with_columns(size=pl.Series([rng.choice(["1-9", "10-49", "50-249", "250+"]) for _ in range(480)]))
    path = out / "crm_firmenkunden.csv"
    write_text(
        [
            [
                r["customer_id"],
                f"{r['name']} GmbH",
                r["status"],
                r["channel"],
                r["branche"],
                r["size"],
                dd(r["first_contact"]),
                de(r["cts"]),
                r["plz"],
                r["ort"],
            ]
            for r in ppl.iter_rows(named=True)
        ],
        [
            "Kunden-ID",
            "Firma",
            "Status",
            "Quelle",
            "Branche",
            "Mitarbeiter",
            "Erstkontakt",
            "Betreuungskosten",
            "PLZ",
            "Ort",
        ],
        path,
        sep=";",
    )
    fn = funnel(ppl)
    conv = fn["Kunde"] / fn["Lead"]
    cnt = lambda col: {str(k): float(v) for k, v in ppl.group_by(col).len().iter_rows()}  # noqa: E731
    cases = [
        Case("rows", "Wie viele Firmen sind im CRM?", "scalar", float(ppl.height)),
        Case("by_quelle", "Anzahl nach Quelle", "breakdown", cnt("channel")),
        Case("by_branche", "Kunden nach Branche", "breakdown", cnt("branche")),
        Case("by_status", "Wie viele Einträge je Status?", "breakdown", cnt("status")),
        Case("conv", "Konversionsrate Lead zu Kunde", "scalar", conv, alts=(100 * conv,)),
        Case("conv_en", "What is our lead to customer conversion rate?", "scalar", conv, alts=(100 * conv,)),
        Case("cts_mean", "Durchschnittliche Betreuungskosten", "scalar", float(ppl["cts"].mean())),
        Case(
            "cts_branche",
            "Summe der Betreuungskosten nach Branche",
            "breakdown",
            {str(k): float(v) for k, v in ppl.group_by("branche").agg(pl.col("cts").sum()).iter_rows()},
        ),
        Case("it", "Wie viele Firmen aus der Branche IT?", "scalar", float((ppl["branche"] == "IT").sum())),
        Case("revenue", "Umsatz nach Quelle", "needs_orders"),
        Case("repeat", "repeat purchase rate", "needs_orders"),
        Case("new", "Neukunden pro Monat 2024", "needs_orders"),
        ask("nps", "NPS nach Branche"),
        ask("coupons", "Einlösungsquote der Gutscheine je Quelle"),
        ask("complaints", "Beschwerdequote nach Branche"),
        ask("revenue_land", "Kunden nach Bundesland"),
    ]
    return Workspace(
        "crm_b2b",
        [path],
        "CRM master only (B2B, funnel statuses, Quelle, Betreuungskosten)",
        cases,
        steps=[([path], "customers", None)],
    )


# --------------------------------------------------------------------------------------------------------
# 7. qualtrics_weclapp: Qualtrics long export in English (one row per aspect, NPS repeated on each row,
#    RecipientEmail key) + a weclapp customer master keyed by e-mail + weclapp sales invoices keyed by e-mail

ASPECTS_EN = ["Delivery", "Support", "Price"]


def qualtrics_weclapp(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 360, 360, b2b=0.4)
    t = order_lines(rng, ppl, 360).with_columns(
        customer_id=pl.col("customer_id").replace_strict(dict(zip(ppl["customer_id"], ppl["email"], strict=True)))
    )
    ppl = ppl.with_columns(customer_id=pl.col("email"))
    sv = survey(rng, ppl["email"].to_list(), 260, ASPECTS_EN)
    spath = out / "qualtrics_csat_export.csv"
    rows = []
    for r in sv.iter_rows(named=True):
        for a in ASPECTS_EN:
            rows.append(
                [
                    f"R_{r['rid']}",
                    r["key"],
                    f"{r['date'].isoformat()} 12:00:00",
                    a,
                    r[f"sat_{a}"],
                    r[f"imp_{a}"],
                    r["nps"],
                ]
            )
    write_text(
        rows, ["ResponseId", "RecipientEmail", "EndDate", "Aspect", "Satisfaction", "Importance", "Q_NPS"], spath
    )
    cpath = out / "weclapp_customers.csv"
    write_text(
        [[r["email"], r["name"], r["channel"], r["kind"], r["birth_year"] or ""] for r in ppl.iter_rows(named=True)],
        ["Email", "Customer Name", "Lead Source", "Customer Type", "Year of Birth"],
        cpath,
    )
    opath = out / "weclapp_invoices.csv"
    write_text(
        [
            [
                f"INV-{r['order_id']}",
                r["customer_id"],
                r["order_date"].isoformat(),
                r["quantity"],
                f"{r['unit_price']:.2f}",
                "CANCELLED" if r["cancelled"] else "PAID",
            ]
            for r in t.iter_rows(named=True)
        ],
        ["Invoice Number", "Customer Email", "Invoice Date", "Quantity", "Unit Price", "Status"],
        opath,
    )
    sat = {a: float(sv[f"sat_{a}"].mean()) for a in ASPECTS_EN}
    imp = {a: float(sv[f"imp_{a}"].mean()) for a in ASPECTS_EN}
    rep = pl.DataFrame({"nps": [x for x in sv["nps"] for _ in ASPECTS_EN]})
    sk = sv.join(ppl.select(pl.col("email").alias("key"), "channel", "kind"), on="key")
    tc = with_attr(t, ppl, "channel")
    oc = order_cases(t, ppl, en=True)
    cases = [
        *pick(oc, "revenue", "retention24", "repeat", "top5"),
        Case(
            "nps",
            "What is the NPS?",
            "scalar",
            nps(sv["nps"].to_list()),
            "nps",
            wrong={"every aspect row counted": nps(rep["nps"].to_list())},
        ),
        Case("csat_aspect", "CSAT by aspect", "breakdown", sat, "csat"),
        Case("imp_aspect", "mean importance by aspect", "breakdown", imp),
        Case("nps_channel", "NPS by lead source", "breakdown", nps_by(sk, "channel"), "nps"),
        Case("nps_type", "NPS nach Kundentyp", "breakdown", nps_by(sk, "kind"), "nps"),
        Case("rev_channel", "revenue by lead source", "breakdown", by(tc, "channel"), "revenue"),
        Case("respondents", "How many customers answered the survey?", "scalar", float(sv.height)),
        Case("sat_delivery", "satisfaction with delivery", "scalar", sat["Delivery"], "csat"),
        Case(
            "nps_b2b", "NPS of B2B customers", "scalar", nps(sk.filter(pl.col("kind") == "B2B")["nps"].to_list()), "nps"
        ),
        ask("complaints", "How many complaints did we get?"),
        ask("coupons", "coupon users vs non-users revenue"),
        ask("csat_web", "satisfaction with the website"),
        ask("clv_region", "CLV by sales region"),
    ]
    return Workspace(
        "qualtrics_weclapp",
        [spath, cpath, opath],
        "Qualtrics long CSAT (NPS repeated per aspect) + weclapp customers and invoices by e-mail",
        cases,
        steps=[
            ([spath], "survey_responses", {"RecipientEmail": "customer_id", "EndDate": "response_date"}),
            ([cpath], "customers", {"Email": "customer_id"}),
            ([opath], "order_lines", None),
        ],
    )


# --------------------------------------------------------------------------------------------------------
# 8. kundenstamm_oxid: a B2C customer master (Geburtsjahr, PLZ, Ort, Akquisekanal, Kunde seit, Betreuungskosten)
#    + OXID eShop order lines (OXORDERNR, OXORDERDATE, OXUSERID ...) — customer capital, cohorts, channels


OXID_MAP = {
    "OXORDERNR": "order_id",
    "OXUSERID": "customer_id",
    "OXORDERDATE": "order_date",
    "OXAMOUNT": "quantity",
    "OXNETPRICE": "amount",
}


def kundenstamm_oxid(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 400, 400, b2b=0.0)
    t = order_lines(rng, ppl, 400, cancel=0.0)  # OXSTORNO stays 0: a 0/1 flag is no status the contract reads
    cpath = out / "kundenstamm_b2c.csv"
    write_text(
        [
            [
                r["customer_id"],
                r["name"],
                r["birth_year"],
                r["plz"],
                r["ort"],
                r["channel"],
                dd(r["first_contact"]),
                de(r["cts"]),
            ]
            for r in ppl.iter_rows(named=True)
        ],
        ["Kundennummer", "Name", "Geburtsjahr", "PLZ", "Ort", "Akquisekanal", "Kunde seit", "Betreuungskosten"],
        cpath,
        sep=";",
    )
    opath = out / "oxid_oxorderarticles.csv"
    write_text(
        [
            [
                r["order_id"],
                r["customer_id"],
                f"{r['order_date'].isoformat()} 10:00:00",
                r["sku"],
                r["quantity"],
                f"{r['unit_price']:.2f}",
                f"{r['amount']:.2f}",
                1 if r["cancelled"] else 0,
            ]
            for r in t.iter_rows(named=True)
        ],
        ["OXORDERNR", "OXUSERID", "OXORDERDATE", "OXARTNUM", "OXAMOUNT", "OXNPRICE", "OXNETPRICE", "OXSTORNO"],
        opath,
        sep=";",
    )
    tc = with_attr(t, ppl, "channel")
    to = with_attr(t, ppl, "ort")
    oc = order_cases(t, ppl)
    cap = customer_capital(t, ppl)
    allcts = float(revenue(t) - ppl["cts"].sum())
    cases = [
        *pick(oc, "revenue", "repeat", "retention24", "churn24", "new_month", "top5"),
        Case("capital", "Wie hoch ist unser Kundenkapital?", "scalar", cap, "customer_capital", alts=(allcts,)),
        Case("rev_channel", "Umsatz nach Akquisekanal", "breakdown", by(tc, "channel"), "revenue"),
        Case(
            "mean_channel",
            "durchschnittlicher Umsatz je Kunde nach Akquisekanal",
            "breakdown",
            mean_revenue_by(t, ppl, "channel"),
        ),
        Case("cust_ort", "Kunden nach Ort", "breakdown", customers_by(t, ppl, "ort"), "customers"),
        Case(
            "rev_muc",
            "Umsatz der Kunden aus München",
            "scalar",
            revenue(to.filter(pl.col("ort") == "München")),
            "revenue",
        ),
        Case(
            "empf",
            "Wie viele Kunden kamen über Empfehlung?",
            "scalar",
            customers_by(t, ppl, "channel").get("Empfehlung", 0.0),
            "customers",
        ),
        Case(
            "cap_channel",
            "Kundenkapital nach Akquisekanal",
            "breakdown",
            capital_by(t, ppl, "channel"),
            "customer_capital",
            wrong={"summed over customers (ltv_by_channel is a mean)": capital_by(t, ppl, "channel", "sum")},
        ),
        Case(
            "new_mar",
            "Wie viele Neukunden hatten wir im März 2024?",
            "scalar",
            new_by_month(t, 2024).get("2024-03", 0.0),
            "new_customers",
        ),
        ask("nps", "NPS nach Akquisekanal"),
        ask("complaints", "Beschwerdequote der Empfehlungskunden"),
        ask("region", "Umsatz nach Bundesland"),
    ]
    return Workspace(
        "kundenstamm_oxid",
        [cpath, opath],
        "B2C master (Geburtsjahr, Akquisekanal, Betreuungskosten) + OXID order articles",
        cases,
        steps=[([cpath], "customers", None), ([opath], "order_lines", OXID_MAP)],
        import_may_fail="OXID's database column names (OXUSERID, OXORDERDATE) are no header a user "
        "writes; the second attempt (_t) maps them",
    )


# --------------------------------------------------------------------------------------------------------
# 9. komplett: the full workspace of one client — customers, lexoffice-like invoices, survey (long, German),
#    coupons and interactions — cross-table questions


def komplett(out: Path, rng: random.Random) -> Workspace:
    ppl = people(rng, 380, 300)
    t = order_lines(rng, ppl, 300)
    ids = ppl["customer_id"].to_list()[:300]
    sv = survey(rng, ids, 200, ["Lieferung", "Service"])
    cp = coupons(rng, ids, {"Frühling": 0.35, "Treuebonus": 0.55}, 400)
    inter = interactions(rng, ids, 500, [("Beschwerde", 0.25), ("Anruf", 0.4), ("E-Mail", 0.35)])
    files = {
        n: out / f
        for n, f in [
            ("k", "kunden.csv"),
            ("o", "rechnungen.csv"),
            ("s", "befragung.csv"),
            ("c", "gutscheine.csv"),
            ("i", "kontakte.csv"),
        ]
    }
    write_text(
        [
            [r["customer_id"], r["name"], r["status"], r["channel"], r["kind"], dd(r["first_contact"])]
            for r in ppl.iter_rows(named=True)
        ],
        ["Kundennummer", "Name", "Status", "Akquisekanal", "Kundentyp", "Erstkontakt"],
        files["k"],
        sep=";",
    )
    write_text(
        [
            [
                r["order_id"],
                r["customer_id"],
                dd(r["order_date"]),
                de(r["amount"]),
                "Storniert" if r["cancelled"] else "Offen",
            ]
            for r in t.iter_rows(named=True)
        ],
        ["Rechnungsnummer", "Kundennummer", "Rechnungsdatum", "Betrag", "Status"],
        files["o"],
        sep=";",
    )
    srows = []
    for r in sv.iter_rows(named=True):
        for a in ["Lieferung", "Service"]:
            srows.append([r["key"], dd(r["date"]), a, r[f"sat_{a}"], r[f"imp_{a}"], r["nps"], r["intent"]])
    write_text(
        srows,
        ["Kundennummer", "Datum", "Aspekt", "Zufriedenheit", "Wichtigkeit", "Weiterempfehlung", "Wiederkaufabsicht"],
        files["s"],
        sep=";",
    )
    write_text(
        [
            [r["code"], r["customer_id"], dd(r["issued"]), dd(r["redeemed"]) if r["redeemed"] else "", r["campaign"]]
            for r in cp.iter_rows(named=True)
        ],
        ["Gutscheincode", "Kundennummer", "ausgegeben am", "eingelöst am", "Kampagne"],
        files["c"],
        sep=";",
    )
    write_text(
        [[r["customer_id"], dd(r["at"]), r["kind"], r["note"]] for r in inter.iter_rows(named=True)],
        ["Kundennummer", "Datum", "Kontaktart", "Notiz"],
        files["i"],
        sep=";",
    )
    rate, n_c, n2, _ = complaint_stats(t, inter)
    sk = sv.join(ppl.select(pl.col("customer_id").alias("key"), "channel", "kind"), on="key")
    cpk = cp.join(ppl.select("customer_id", "kind"), on="customer_id")
    cust = buyers_of(t).join(ppl.select("customer_id", "kind"), on="customer_id")
    compl = inter.filter(pl.col("kind") == "Beschwerde")["customer_id"].unique()
    rate_kind = {
        str(k): float(v)
        for k, v in cust.group_by("kind").agg(pl.col("customer_id").is_in(compl.to_list()).mean()).iter_rows()
    }
    fn = funnel(ppl)
    sat = {a: float(sv[f"sat_{a}"].mean()) for a in ["Lieferung", "Service"]}
    oc = order_cases(t, ppl)
    cases = [
        *pick(oc, "revenue", "repeat", "top5"),
        Case("nps", "NPS insgesamt", "scalar", nps(sv["nps"].to_list()), "nps"),
        Case("nps_channel", "NPS nach Akquisekanal", "breakdown", nps_by(sk, "channel"), "nps"),
        Case("csat", "Zufriedenheit je Aspekt", "breakdown", sat, "csat"),
        Case("red", "Einlösungsquote nach Kampagne", "breakdown", redemption_by(cp), "redemption_rate"),
        Case(
            "red_kind", "redemption rate by customer type", "breakdown", redemption_by(cpk, "kind"), "redemption_rate"
        ),
        Case("rate", "Beschwerdequote", "scalar", rate, "complaint_rate", alts=(100 * rate,)),
        Case("rate_kind", "Beschwerdequote nach Kundentyp", "breakdown", rate_kind, "complaint_rate"),
        Case("n2", "Kunden mit mindestens 2 Beschwerden", "scalar", float(n2)),
        Case(
            "conv",
            "Conversion von Lead zu Kunde",
            "scalar",
            fn["Kunde"] / fn["Lead"],
            alts=(100 * fn["Kunde"] / fn["Lead"],),
        ),
        Case(
            "rev_channel",
            "Umsatz nach Akquisekanal",
            "breakdown",
            by(with_attr(t, ppl, "channel"), "channel"),
            "revenue",
        ),
        Case(
            "nps_b2b", "NPS der B2B-Kunden", "scalar", nps(sk.filter(pl.col("kind") == "B2B")["nps"].to_list()), "nps"
        ),
        ask("csat_preis", "Zufriedenheit mit dem Preis"),
        ask("red_ostern", "Einlösungsquote der Osterkampagne"),
        ask("age", "NPS nach Altersgruppe"),
        ask("moon", "Wie weit ist der Mond entfernt?"),
    ]
    paths = list(files.values())
    tables = ["customers", "order_lines", "survey_responses", "coupons", "interactions"]
    return Workspace(
        "komplett",
        paths,
        "all five tables of one client (German headers)",
        cases,
        steps=[
            ([p], tb, COUPON_MAP if tb == "coupons" else {"Kontaktart": "kind"} if tb == "interactions" else None)
            for p, tb in zip(paths, tables, strict=True)
        ],
    )


# --------------------------------------------------------------------------------------------------------
# 10. anonym_umfrage: SurveyMonkey anonymous collector — no customer id, no e-mail (Respondent ID only), scores
#     as text "10 - Äußerst wahrscheinlich"; the contract's survey table needs a customer id: ask back / refuse


def anonym_umfrage(out: Path, rng: random.Random) -> Workspace:
    sv = survey(rng, [str(i) for i in range(2000)], 420, ["Sortiment"])
    path = out / "surveymonkey_anonym.csv"
    write_text(
        [
            [r["rid"], f"{dd(r['date'])} 09:12", f"{dd(r['date'])} 09:15", nps_text(r["nps"]), r["sat_Sortiment"]]
            for r in sv.iter_rows(named=True)
        ],
        [
            "Respondent ID",
            "Start Date",
            "End Date",
            "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?",
            "Wie zufrieden sind Sie mit unserem Sortiment?",
        ],
        path,
    )
    s = sv["nps"].to_list()
    prom = float((sv["nps"] >= 9).mean())
    cases = [
        Case("nps", "Wie hoch ist unser NPS?", "scalar", nps(s), "nps"),
        Case("nps_en", "net promoter score", "scalar", nps(s), "nps"),
        Case("promoters", "share of promoters", "scalar", prom, alts=(100 * prom,)),
        Case(
            "csat",
            "Durchschnittliche Zufriedenheit mit dem Sortiment",
            "scalar",
            float(sv["sat_Sortiment"].mean()),
            "csat",
        ),
        Case("responses", "Anzahl Antworten", "scalar", float(sv.height)),
        Case("revenue", "Umsatz 2024", "needs_orders"),
        Case("repeat", "Wiederkaufsrate", "needs_orders"),
        ask("nps_region", "NPS nach Region"),
        ask("nps_channel", "NPS nach Akquisekanal"),
        ask("complaints", "Wie viele Beschwerden?"),
        ask("redemption", "Einlösungsquote"),
        Case("top", "Top 5 Kunden nach Umsatz", "needs_orders"),
    ]
    return Workspace(
        "anonym_umfrage",
        [path],
        "anonymous SurveyMonkey responses (no customer key), scores as text",
        cases,
        # the second attempt does what the error says: the respondent is the key, the end date the date
        steps=[([path], "survey_responses", {"Respondent ID": "customer_id", "End Date": "response_date"})],
        import_may_fail="the survey table needs a customer id (contract); none is in the export",
    )


BUILDERS = [
    hubspot_gambio,
    typeform_nps,
    umfrage_matrix,
    gutscheine_afterbuy,
    zendesk_xentral,
    crm_b2b,
    qualtrics_weclapp,
    kundenstamm_oxid,
    komplett,
    anonym_umfrage,
]


def build(out: Path) -> list[Workspace]:
    """Write every workspace into ``out``: first attempts (one ``insight import`` of all files), then the ``_t``
    second attempts (one ``insight import FILE --table T`` per file, same files and truth)."""
    out.mkdir(parents=True, exist_ok=True)
    firsts = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    seconds = [
        Workspace(
            f"{w.name}_t",
            [p for ps, _, _ in w.steps for p in ps],
            f"{w.what}, one import per file with --table (and --map)",
            w.cases,
            import_may_fail=None,
            steps=w.steps,
        )
        for w in firsts
    ]
    for w in firsts:
        w.steps = []
    return firsts + seconds


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client8_files")
    for w in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in w.cases)
        print(f"{w.name:24s} {', '.join(p.name for p in w.paths):70s} cases={len(w.cases)} ask_back={n_ask}")
