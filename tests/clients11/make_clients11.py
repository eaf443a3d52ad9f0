"""An eleventh, independent set of client exports (round 11): Japan, Hungary, Turkey, Romania, PrestaShop and
Kaufland line/unit exports, pretix tickets, Lemon Squeezy, an Odoo order list, a workbook with one sheet per
year, a code column explained by a legend, and a customer list with one revenue column per year.

    python tests/clients11/make_clients11.py OUT_DIR     # writes the files and lists the cases

Written blind: nothing under ``insight/io/**``, ``insight/query/**``, ``insight/semantic/**`` or
``insight/metrics/**`` was read; only README.md, docs/import.md, docs/ask.md, docs/metrics.md, ``insight --help``
and the spec. Every file is written the way the client's system delivers it, from a *truth* frame holding the
meaning of each line. Expected answers come from that truth frame in plain polars (metrics.md: analysis date =
day after the last order; cancelled, storno, annulled, refunded and returned lines never sales; quotes no
sales; credit notes and returns subtract; tax, fees and shipping are no sales), never through insight and never
by reading the file back.

The truth helpers, Case and ClientFile are round 2's (tests/clients2/make_clients2.py), the English base
questions and small helpers round 7's (tests/clients7/make_clients7.py), the German base questions, ``eu``,
``name``, ``credit_case`` and ``years`` round 9's (tests/clients9/make_clients9.py), imported.
Deterministic (seeded ``random.Random``), small (400-1,500 lines per file); nothing generated is committed.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path
from typing import Any

import polars as pl

_HERE = Path(__file__).resolve().parent
for _p in (_HERE.parent / "clients2", _HERE.parent / "clients7", _HERE.parent / "clients9"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from make_clients2 import (  # noqa: E402
    Case,
    ClientFile,
    by,
    in_month,
    in_quarter,
    in_year,
    new_customers,
    orders,
    rdate,
    retention,
    revenue,
    sales,
    share,
    skew,
    where,
    write_text,
)
from make_clients7 import ask, col_sum, mk, n_where, wrong_all, wrong_col  # noqa: E402
from make_clients9 import credit_case, eu, first, name, years  # noqa: E402

SEED = 20261211

__all__ = ["Case", "ClientFile", "build"]

D0, D1 = dt.date(2023, 1, 1), dt.date(2024, 10, 15)

JP_NAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林"]
JP_KIND = ["株式会社", "有限会社", "合同会社", "商店"]
HU_NAMES = ["Kovács", "Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh"]
HU_KIND = ["Kft.", "Bt.", "Zrt.", "és Társa Kft."]
TR_NAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"]
TR_KIND = ["Ticaret Ltd. Şti.", "İnşaat A.Ş.", "Gıda San.", "Tekstil Ltd. Şti."]
RO_NAMES = ["Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Gheorghe", "Munteanu", "Ene"]
RO_KIND = ["SRL", "Construct SRL", "Comert SA", "Distributie SRL"]
DE_NAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann"]
DE_KIND = ["Metallbau GmbH", "Haustechnik KG", "Elektro GmbH", "Bau AG", "Logistik GmbH", "Holzbau e.K."]
DE_FIRST = ["Anna", "Lukas", "Marie", "Jonas", "Lea", "Felix", "Sophie", "Paul", "Emma", "Ben", "Mia", "Tim"]
EN_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Mia", "Lucas", "Zoe", "Ethan", "Chloe", "Jack"]
EN_LAST = ["Baker", "Cole", "Reed", "Hayes", "Ford", "Price", "Lane", "Stone", "Wells", "Grant"]
FULL = str.maketrans("0123456789,", "０１２３４５６７８９，")


def above(t: pl.DataFrame, limit: float) -> float:
    """Customers whose revenue over all data is above ``limit``."""
    g = sales(t).drop_nulls("customer_id").group_by("customer_id").agg(pl.col("amount").sum())
    return float(g.filter(pl.col("amount") > limit).height)


def rows_where(t: pl.DataFrame, **eq: Any) -> float:
    return float(where(t, **eq).height)


def yen(x: float, full: bool = False) -> str:
    """``￥12,345`` and ``▲￥3,000`` (Japanese negatives; the full-width yen sign, as cp932 has no ``¥``);
    full-width digits where a clerk typed them."""
    s = ("▲" if x < 0 else "") + f"￥{abs(int(x)):,}"
    return s.translate(FULL) if full else s


def code32(n: int, width: int) -> str:
    """A short unique code (base 32 without look-alikes) for ``n`` below 32 ** width."""
    out = ""
    for _ in range(width):
        n, r = divmod(n, 32)
        out = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[r] + out
    return out


def ft(x: float) -> str:
    """``123 456 Ft`` (Hungarian: space grouping, whole forints)."""
    return ("-" if x < 0 else "") + f"{abs(int(x)):,}".replace(",", " ") + " Ft"


# --------------------------------------------------------------------------------------------------------
# 1. A Japanese sales list (Yayoi-like 売上一覧, Shift-JIS / cp932, CRLF): 伝票番号, 売上日 yyyy/mm/dd, 得意先コード,
#    得意先名, 区分 売上 / **返品 (return, `▲¥3,000`)**, 店舗 TOKYO/OSAKA/NAGOYA, 担当者, 税抜金額 / 消費税 / 税込金額
#    **`¥12,345`, a fifth of the rows with full-width digits `¥１２，３４５`**, 取消 = `取消` on cancelled slips


def yayoi_jp(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    for k in range(700):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = float(int(rng.lognormvariate(10.3, 0.8)))
        ret = rng.random() < 0.06
        if ret:
            net = -float(int(net * rng.uniform(0.1, 0.5)))
        tax = float(int(net * 0.1))
        canc = rng.random() < 0.04
        full = rng.random() < 0.2
        store = ["TOKYO", "OSAKA", "NAGOYA"][c % 3]
        kid = f"T{c:04d}"
        rows.append([f"{k + 1:06d}", d.strftime("%Y/%m/%d"), kid, name(c, JP_NAMES, JP_KIND, "{k}{n}"),
                     "返品" if ret else "売上", store, ["佐藤", "鈴木", "高橋"][k % 3], yen(net, full),
                     yen(tax, full), yen(net + tax, full), "取消" if canc else ""])  # fmt: skip
        recs.append({"order_id": f"{k + 1:06d}", "customer_id": kid, "order_date": d, "amount": net, "tax": tax,
                     "gross": net + tax, "store": store, "cancelled": canc, "ret": ret, "full": full})  # fmt: skip
    rows.sort(key=lambda r: (r[1], r[0]))
    t = mk(recs)
    path = out / "売上一覧_2023-2024.csv"
    head = [
        "伝票番号",
        "売上日",
        "得意先コード",
        "得意先名",
        "区分",
        "店舗",
        "担当者",
        "税抜金額",
        "消費税",
        "税込金額",
        "取消",
    ]
    write_text(rows, head, path, encoding="cp932", newline="\r\n")
    cases = first(t, "de", 0)
    wrong_col(t, cases[0], "gross", "税込金額 (incl. tax) summed")
    wrong_all(t, cases[0], revenue, "取消 slips counted")
    cases[0].wrong["▲ returns read as positive"] = float(sales(t)["amount"].abs().sum())
    cases[0].wrong["full-width amounts dropped"] = revenue(t.filter(~pl.col("full")))
    cases += [
        Case("by_store", "Umsatz je Filiale (店舗)", "breakdown", by(t, "store"), "revenue"),
        Case(
            "osaka",
            "Umsatz in Osaka",
            "scalar",
            revenue(where(t, store="OSAKA")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("ret", "Wie hoch waren die Retouren (返品)?", t, "ret"),
        Case("storno", "Wie viele Belege wurden storniert (取消)?", "scalar", float(n_where(t, cancelled=True))),
        Case("tax", "How much consumption tax did we charge?", "scalar", col_sum(t, "tax")),
        Case("y2023", "Umsatz 2023", "scalar", revenue(in_year(t, 2023)), "revenue"),
        ask("usd", "Umsatz in USD"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("stock", "Wie hoch ist der Lagerumschlag?"),
    ]
    return ClientFile("yayoi_jp", [path], "Japanese cp932 list, ¥ with ▲ negatives, full-width digits", cases)


# --------------------------------------------------------------------------------------------------------
# 2. Hungarian Számlázz.hu invoice list (`;`): `Számlaszám` E-KFT-2024-12, `Típus` Számla / **Sztornó számla (a
#    cancellation document: neither it nor the invoice it cancels is a sale)** / **Helyesbítő számla (a
#    correction, negative: subtract)**, `Kelte` **`2024.03.05.` (trailing dot)**, `Vevő neve`, `Vevő adószáma`,
#    `Város` (Pécs, Győr), `Nettó` / `ÁFA` / `Bruttó` **`123 456 Ft`**, `Pénznem` HUF


def szamlazz_hu(out: Path, rng: random.Random) -> ClientFile:
    docs: list[dict[str, Any]] = []
    cities = ["Budapest", "Debrecen", "Pécs", "Győr"]
    for k in range(650):
        c = skew(rng, 110)
        d = rdate(rng, D0, D1)
        net = float(int(rng.lognormvariate(11.8, 0.9)))
        kind = "Számla"
        if rng.random() < 0.05:
            kind, net = "Helyesbítő számla", -float(int(net * rng.uniform(0.1, 0.4)))
        docs.append({"order_id": f"E-KFT-{d.year}-{k + 1}", "customer_id": name(c, HU_NAMES, HU_KIND, "{n} {k}"),
                     "adosz": f"{10000000 + c * 7919 % 89999999}-2-{10 + c % 30}", "order_date": d, "amount": net,
                     "afa": float(int(net * 0.27)), "kind": kind, "city": cities[c % 4], "cancelled": False,
                     "credit": kind != "Számla"})  # fmt: skip
    for i, x in enumerate(list(docs)):
        if x["kind"] == "Számla" and rng.random() < 0.05:
            x["cancelled"] = True
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(1, 15)), D1)
            docs.append({**x, "order_id": f"E-KFT-{d.year}-S{i + 1}", "order_date": d, "amount": -x["amount"],
                         "afa": -x["afa"], "kind": "Sztornó számla", "cancelled": True, "credit": False})  # fmt: skip
    docs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    rows = [[x["order_id"], x["kind"], x["order_date"].strftime("%Y.%m.%d."), x["order_date"].strftime("%Y.%m.%d."),
             x["customer_id"], x["adosz"], x["city"], ft(x["amount"]), ft(x["afa"]), ft(x["amount"] + x["afa"]),
             "HUF"] for x in docs]  # fmt: skip
    t = mk(docs).with_columns(gross=pl.col("amount") + pl.col("afa"))
    path = out / "szamlak_2023_2024.csv"
    head = ["Számlaszám", "Típus", "Kelte", "Teljesítés dátuma", "Vevő neve", "Vevő adószáma", "Város", "Nettó",
            "ÁFA", "Bruttó", "Pénznem"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 1)
    wrong_col(t, cases[0], "gross", "Bruttó summed")
    wrong_all(t, cases[1], orders, "Sztornó-cancelled invoices counted as orders")
    cases += [
        Case("by_city", "Umsatz je Stadt (Város)", "breakdown", by(t, "city"), "revenue"),
        Case(
            "pecs",
            "Umsatz in pecs",
            "scalar",
            revenue(where(t, city="Pécs")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "storno",
            "Wie viele Rechnungen wurden storniert (Sztornó)?",
            "scalar",
            float(n_where(t, kind="Sztornó számla")),
        ),  # fmt: skip
        credit_case("korr", "Summe der Korrekturrechnungen (Helyesbítő)", t),
        Case("q1", "Umsatz im 1. Quartal 2024", "scalar", revenue(in_quarter(t, 2024, 1)), "revenue"),
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        ask("eur", "Umsatz in EUR"),
        ask("pg", "Umsatz je Produktgruppe"),
        ask("rev22", "Umsatz 2022"),
        ask("payment", "Umsatz je Zahlungsart"),
    ]
    return ClientFile("szamlazz_hu", [path], "Hungarian invoices, 2024.03.05., 123 456 Ft, Sztornó pairs", cases)


# --------------------------------------------------------------------------------------------------------
# 3. Turkish Paraşüt sales invoices (`;`): `Fatura No` SF2024000123, `Fatura Türü` Satış Faturası / **İade Faturası
#    (a return with a POSITIVE amount: subtract)**, `Düzenleme Tarihi` dd.mm.yyyy, `Müşteri`, `Vergi No`,
#    `Şehir` **İstanbul / İzmir** (dotted capitals), `Ara Toplam` / `KDV` / `Genel Toplam` **`1.234,56 ₺`**,
#    `Durum` Ödendi / Ödenmedi / **İptal Edildi**


def parasut_tr(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    cities = ["İstanbul", "İzmir", "Ankara", "Bursa"]
    for k in range(700):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.5, 0.9), 2)
        ret = rng.random() < 0.06
        if ret:
            net = round(net * rng.uniform(0.1, 0.5), 2)
        kdv = round(net * 0.2, 2)
        st = rng.choices(["Ödendi", "Ödenmedi", "İptal Edildi"], [0.8, 0.15, 0.05])[0]
        fno = f"{'IF' if ret else 'SF'}{d.year}{k + 1:06d}"
        who = name(c, TR_NAMES, TR_KIND, "{n} {k}")
        rows.append([fno, "İade Faturası" if ret else "Satış Faturası", d.strftime("%d.%m.%Y"), who,
                     f"{1000000000 + c * 104729}", cities[c % 4], eu(net, suffix=" ₺"), eu(kdv, suffix=" ₺"),
                     eu(net + kdv, suffix=" ₺"), st])  # fmt: skip
        sg = -1 if ret else 1
        recs.append({"order_id": fno, "customer_id": who, "order_date": d, "amount": sg * net, "kdv": sg * kdv,
                     "gross": sg * (net + kdv), "city": cities[c % 4], "st": st, "cancelled": st == "İptal Edildi",
                     "credit": ret})  # fmt: skip
    rows.sort(key=lambda r: (r[2][6:], r[2][3:5], r[2][:2], r[0]))
    t = mk(recs)
    path = out / "satis_faturalari.csv"
    head = ["Fatura No", "Fatura Türü", "Düzenleme Tarihi", "Müşteri", "Vergi No", "Şehir", "Ara Toplam", "KDV",
            "Genel Toplam", "Durum"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "en", 2)
    wrong_col(t, cases[0], "gross", "Genel Toplam (incl. KDV) summed")
    cases[0].wrong["İade added (returns positive)"] = float(sales(t)["amount"].abs().sum())
    wrong_all(t, cases[0], revenue, "İptal Edildi counted")
    cases += [
        Case("by_city", "Umsatz je Stadt", "breakdown", by(t, "city"), "revenue"),
        Case(
            "istanbul",
            "Umsatz in Istanbul",
            "scalar",
            revenue(where(t, city="İstanbul")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "izmir",
            "Umsatz in IZMIR",
            "scalar",
            revenue(where(t, city="İzmir")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("iade", "Summe der Rückgaben (İade)", t),
        Case("iptal", "Wie viele Rechnungen wurden storniert (iptal)?", "scalar", float(n_where(t, cancelled=True))),
        Case("kdv", "How much VAT (KDV) did we charge?", "scalar", col_sum(t, "kdv")),
        ask("eur", "Umsatz in EUR"),
        ask("rep", "Umsatz je Vertriebsmitarbeiter"),
        ask("rev22", "Umsatz 2022"),
        ask("branche", "Churn nach Branche"),
    ]
    return ClientFile("parasut_tr", [path], "Turkish invoices, 1.234,56 ₺, positive İade, İptal, İstanbul", cases)


# --------------------------------------------------------------------------------------------------------
# 4. PrestaShop order export with **one row per product** and the **order totals repeated on every row**: `ID`,
#    `Reference` (9 letters), `Date` `2024-03-05 14:22:10`, `Customer ID`, `Email`, `Order state` Delivered /
#    Shipped / Payment accepted / **Canceled / Refunded**, `Country`, `Product name`, `Category`, `Product
#    quantity`, `Unit price (tax excl.)`, **`Total price (tax excl.)` (the line)**, `Total products (tax excl.)`,
#    `Total shipping (tax incl.)`, `Total paid (tax incl.)`


def presta_items(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    prods = {"Home": ["Mug", "Cushion", "Poster"], "Clothes": ["T-shirt", "Sweater"],
             "Accessories": ["Notebook", "Tote bag", "Cap"]}  # fmt: skip
    countries = ["France", "Belgium", "Luxembourg"]
    for k in range(520):
        c = skew(rng, 150)
        d = rdate(rng, D0, D1)
        ts = f"{d.isoformat()} {rng.randrange(8, 22):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        st = rng.choices(["Delivered", "Shipped", "Payment accepted", "Canceled", "Refunded"],
                         [0.6, 0.15, 0.15, 0.05, 0.05])[0]  # fmt: skip
        ref = "".join(chr(65 + (k * 7 + i * 13 + c) % 26) for i in range(9))
        lines = []
        for _ in range(rng.choice([1, 1, 2, 3, 4])):
            cat = rng.choice(list(prods))
            q = rng.choice([1, 1, 1, 2, 3])
            up = round(rng.uniform(8, 60), 2)
            lines.append((cat, rng.choice(prods[cat]), q, up, round(q * up, 2)))
        tp = round(sum(x[4] for x in lines), 2)
        ship = rng.choice([0.0, 4.9, 6.9])
        paid = round(tp * 1.2 + ship, 2)
        em = f"{DE_FIRST[c % 12].lower()}.{EN_LAST[(c // 12) % 10].lower()}{c}@example.fr"
        ctry = countries[c % 3]
        for cat, pn, q, up, lt in lines:
            rows.append([str(1000 + k), ref, ts, str(200 + c), em, st, ctry, pn, cat, q, f"{up:.2f}", f"{lt:.2f}",
                         f"{tp:.2f}", f"{ship:.2f}", f"{paid:.2f}"])  # fmt: skip
            recs.append({"order_id": str(1000 + k), "customer_id": str(200 + c), "order_date": d, "amount": lt,
                         "q": float(q), "cat": cat, "ctry": ctry, "tp": tp, "paid": paid, "st": st,
                         "cancelled": st in ("Canceled", "Refunded")})  # fmt: skip
    t = mk(recs)
    path = out / "orders_items_export.csv"
    head = ["ID", "Reference", "Date", "Customer ID", "Email", "Order state", "Country", "Product name", "Category",
            "Product quantity", "Unit price (tax excl.)", "Total price (tax excl.)", "Total products (tax excl.)",
            "Total shipping (tax incl.)", "Total paid (tax incl.)"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 2)
    wrong_col(t, cases[0], "tp", "Total products repeated per item summed")
    wrong_col(t, cases[0], "paid", "Total paid repeated per item summed")
    wrong_all(t, cases[0], revenue, "Canceled / Refunded counted")
    cases[3].wrong["AOV over item rows"] = revenue(t) / max(float(sales(t).height), 1.0)
    cases += [
        Case("by_cat", "Umsatz je Kategorie", "breakdown", by(t, "cat"), "revenue"),
        Case("by_ctry", "Umsatz je Land", "breakdown", by(t, "ctry"), "revenue"),
        Case(
            "belgien",
            "Umsatz in Belgien",
            "scalar",
            revenue(where(t, ctry="Belgium")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "clothes",
            "Umsatz in der Kategorie clothes",
            "scalar",
            revenue(where(t, cat="Clothes")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("stueck", "Wie viele Stück wurden verkauft?", "scalar", float(sales(t)["q"].sum())),
        Case("share_ctry", "Umsatzanteil je Land", "breakdown", share(t, "ctry"), "revenue_share"),
        ask("supplier", "Umsatz je Lieferant"),
        ask("payment", "Umsatz je Zahlungsart"),
        ask("rev22", "Umsatz 2022"),
        ask("abandon", "Wie hoch ist die Warenkorbabbruchrate?"),
    ]
    return ClientFile("presta_items", [path], "PrestaShop one row per product, order totals repeated", cases)


# --------------------------------------------------------------------------------------------------------
# 5. Kaufland.de marketplace orders: **one row per unit** (`id_order_unit`; an order of 3 mugs is 3 rows),
#    `id_order` 6 characters, `ts_created_iso` `2024-03-05T14:22:10Z`, `status` sent / received /
#    need_to_be_sent / **cancelled / returned (per unit)**, `title`, `category`, `price` `12.99`, `shipping_rate`,
#    `id_buyer`, `shipping_country` DE/AT; 2024 only


def kaufland_units(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    items = [("Haushalt", "Kaffeebecher 350 ml", 12.99), ("Haushalt", "Geschirrtuch 3er", 9.49),
             ("Garten", "Gartenschere", 24.90), ("Garten", "Pflanzkübel 40 cm", 34.50),
             ("Werkzeug", "Bit-Set 32-tlg.", 19.99), ("Werkzeug", "Wasserwaage 60 cm", 15.80)]  # fmt: skip
    n = 0
    a = dt.date(2024, 1, 1)
    for k in range(600):
        c = skew(rng, 260)
        d = rdate(rng, a, D1)
        ts = f"{d.isoformat()}T{rng.randrange(7, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z"
        oid = code32(k * 7919 + 40503, 6)
        ost = rng.choices(["received", "sent", "need_to_be_sent", "cancelled"], [0.7, 0.15, 0.1, 0.05])[0]
        ctry = "AT" if c % 5 == 0 else "DE"
        for cat, title, price in rng.sample(items, rng.choice([1, 1, 1, 2])):
            for _ in range(rng.choice([1, 1, 2, 3])):
                n += 1
                st = "returned" if ost == "received" and rng.random() < 0.06 else ost
                ship = 0.0 if price > 20 else 2.95
                rows.append([str(30000000 + n * 3), oid, ts, st, str(4000 + items.index((cat, title, price))),
                             title, cat, f"{price:.2f}", f"{ship:.2f}", str(700000 + c), ctry])  # fmt: skip
                recs.append({"order_id": oid, "customer_id": str(700000 + c), "order_date": d, "amount": price,
                             "ship": ship, "cat": cat, "ctry": ctry, "st": st,
                             "cancelled": st in ("cancelled", "returned")})  # fmt: skip
    t = mk(recs)
    path = out / "kaufland_orders_2024.csv"
    head = ["id_order_unit", "id_order", "ts_created_iso", "status", "id_offer", "title", "category", "price",
            "shipping_rate", "id_buyer", "shipping_country"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 0)
    cases[1].wrong["every unit counted as an order"] = float(sales(t).height)
    cases[0].wrong["shipping_rate added"] = revenue(t) + col_sum(t, "ship")
    wrong_all(t, cases[0], revenue, "cancelled / returned units counted")
    cases += [
        Case("by_cat", "Umsatz je Kategorie", "breakdown", by(t, "cat"), "revenue"),
        Case(
            "at",
            "Umsatz nach Österreich (AT)",
            "scalar",
            revenue(where(t, ctry="AT")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case(
            "returned",
            "Wie viele Einheiten wurden retourniert?",
            "scalar",
            rows_where(t, st="returned"),
            alts=(float(n_where(t, st="returned")),),
        ),  # fmt: skip
        Case("units", "Wie viele Artikel wurden verkauft?", "scalar", float(sales(t).height)),
        Case("aug", "Umsatz im August 2024", "scalar", revenue(in_month(t, 2024, 8)), "revenue"),
        Case("werkzeug", "Umsatz mit werkzeug", "scalar", revenue(where(t, cat="Werkzeug")), "revenue"),
        ask("rev23", "Umsatz 2023"),
        ask("rating", "Wie ist die durchschnittliche Bewertung?"),
        ask("chf", "Umsatz in CHF"),
        ask("seller", "Revenue by sales rep"),
    ]
    return ClientFile("kaufland_units", [path], "Kaufland marketplace, one row per unit, returned units", cases)


# --------------------------------------------------------------------------------------------------------
# 6. pretix ticket shop orders (`;`, German): `Veranstaltung`, `Bestellnummer` (5 characters), **`E-Mail` as the only
#    customer key, the same person typed in different case (`Anna.Weber3@…`, `ANNA.WEBER3@…`)**, `Bestelldatum`
#    `05.03.2024 14:22`, `Status` bezahlt / ausstehend / **storniert / erstattet**, `Anzahl Tickets`, **`Summe
#    Tickets` (the revenue) beside `Gebühren` and `Gesamtbetrag`**, `Zahlungsart`


def pretix_de(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    events = {"Sommerfest 2023": (dt.date(2023, 1, 10), dt.date(2023, 7, 15), 35.0),
              "Jazznacht 2024": (dt.date(2023, 10, 1), dt.date(2024, 5, 30), 49.0),
              "Workshop Fotografie": (dt.date(2023, 3, 1), D1, 120.0)}  # fmt: skip
    for k in range(900):
        c = skew(rng, 300)
        ev = rng.choice(list(events))
        a, b, price = events[ev]
        d = rdate(rng, a, b)
        nt = rng.choice([1, 1, 2, 2, 3, 4])
        summ = round(nt * price, 2)
        fee = round(1.5 + summ * 0.02, 2)
        st = rng.choices(["bezahlt", "ausstehend", "storniert", "erstattet"], [0.85, 0.05, 0.06, 0.04])[0]
        base = f"{DE_FIRST[c % 12]}.{EN_LAST[(c // 12) % 10]}{c}@example.de"
        em = rng.choice([base, base.lower(), base.upper()])
        code = code32(k * 7919 + 104729, 5)
        rows.append([ev, code, em, f"{d.strftime('%d.%m.%Y')} {rng.randrange(8, 23):02d}:{rng.randrange(60):02d}",
                     st, nt, eu(summ), eu(fee), eu(summ + fee), rng.choice(["PayPal", "Kreditkarte", "SEPA-Lastschrift"])])  # fmt: skip
        recs.append({"order_id": code, "customer_id": base.lower(), "raw": em, "order_date": d, "amount": summ,
                     "fee": fee, "tot": summ + fee, "nt": float(nt), "ev": ev, "st": st,
                     "cancelled": st in ("storniert", "erstattet")})  # fmt: skip
    t = mk(recs)
    path = out / "pretix_bestellungen.csv"
    head = ["Veranstaltung", "Bestellnummer", "E-Mail", "Bestelldatum", "Status", "Anzahl Tickets", "Summe Tickets",
            "Gebühren", "Gesamtbetrag", "Zahlungsart"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 1)
    wrong_col(t, cases[0], "tot", "Gesamtbetrag (incl. Gebühren) summed")
    cases[2].wrong["e-mails compared case-sensitively"] = float(sales(t)["raw"].n_unique())
    cases += [
        Case("by_ev", "Umsatz je Veranstaltung", "breakdown", by(t, "ev"), "revenue"),
        Case(
            "jazz",
            "Umsatz der Veranstaltung jazznacht 2024",
            "scalar",
            revenue(where(t, ev="Jazznacht 2024")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("tickets", "Wie viele Tickets wurden verkauft?", "scalar", float(sales(t)["nt"].sum())),
        Case(
            "fees", "Wie hoch waren die Gebühren insgesamt?", "scalar", col_sum(t, "fee"), alts=(float(t["fee"].sum()),)
        ),  # fmt: skip
        Case("erstattet", "Wie viele Bestellungen wurden erstattet?", "scalar", float(n_where(t, st="erstattet"))),
        Case("new24", "How many new customers did we get in 2024?", "scalar", float(new_customers(t, 2024))),
        Case(
            "ret24",
            "Wie viel Prozent der Kunden von 2023 haben 2024 wieder gekauft?",
            "scalar",
            retention(t, 2024),
            alts=(100 * retention(t, 2024),),
        ),
        ask("seat", "Umsatz je Sitzplatzkategorie"),
        ask("rev22", "Umsatz 2022"),
        ask("nps", "Wie hoch ist unser NPS?"),
    ]
    return ClientFile("pretix_de", [path], "pretix tickets, e-mail in mixed case, Gebühren, erstattet", cases)


# --------------------------------------------------------------------------------------------------------
# 7. A workbook with **one sheet per year** (`2023`, `2024`, same columns on each, a title row on top): the
#    consultant's question is about both years


def jahre_xlsx(out: Path, rng: random.Random) -> ClientFile:
    import xlsxwriter

    recs: list[dict[str, Any]] = []
    for k in range(800):
        c = skew(rng, 130)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(6.9, 0.8), 2)
        credit = rng.random() < 0.05
        if credit:
            net = -round(net * rng.uniform(0.1, 0.5), 2)
        st = "storniert" if rng.random() < 0.05 else rng.choice(["bezahlt", "bezahlt", "offen"])
        recs.append({"order_id": f"{'G' if credit else 'R'}{d.year}-{k + 1:04d}", "customer_id": f"K{1000 + c}",
                     "nm": name(c, DE_NAMES, DE_KIND, "{n} {k}"), "order_date": d, "amount": net,
                     "wg": ["Befestigung", "Werkzeug", "Arbeitsschutz"][k % 3], "st": st,
                     "cancelled": st == "storniert", "credit": credit})  # fmt: skip
    recs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    t = mk(recs)
    path = out / "Umsatz_nach_Jahren.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    bold = wb.add_format({"bold": True})
    datef = wb.add_format({"num_format": "dd.mm.yyyy"})
    money = wb.add_format({"num_format": "#,##0.00 €"})
    for y in (2023, 2024):
        ws = wb.add_worksheet(str(y))
        ws.write(0, 0, f"Ausgangsrechnungen {y}", bold)
        ws.write_row(2, 0, ["Rechnungsnr.", "Datum", "Kundennr.", "Kunde", "Warengruppe", "Netto", "Status"], bold)
        for i, x in enumerate(r for r in recs if r["order_date"].year == y):
            ws.write_string(3 + i, 0, x["order_id"])
            ws.write_datetime(3 + i, 1, dt.datetime.combine(x["order_date"], dt.time()), datef)
            ws.write_row(3 + i, 2, [x["customer_id"], x["nm"], x["wg"]])
            ws.write_number(3 + i, 5, x["amount"], money)
            ws.write_string(3 + i, 6, x["st"])
    wb.close()
    cases = first(t, "de", 0)
    cases[0].wrong["only the first sheet (2023) read"] = revenue(in_year(t, 2023))
    cases[0].wrong["only the last sheet (2024) read"] = revenue(in_year(t, 2024))
    wrong_all(t, cases[0], revenue, "storniert counted")
    cases += [
        Case("y2024", "Umsatz 2024", "scalar", revenue(in_year(t, 2024)), "revenue"),
        Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        Case("by_wg", "Umsatz je Warengruppe", "breakdown", by(t, "wg"), "revenue"),
        Case(
            "gs",
            "Summe der Gutschriften",
            "scalar",
            credit_case("x", "", t).expected,
            alts=(-credit_case("x", "", t).expected,),
        ),  # fmt: skip
        Case("new24", "Wie viele Neukunden hatten wir 2024?", "scalar", float(new_customers(t, 2024))),
        Case(
            "ret24",
            "Kundenbindungsrate 2024",
            "scalar",
            retention(t, 2024),
            alts=(100 * retention(t, 2024),),
        ),
        # metrics.md: an order is a document whose lines sum to a positive amount, so the open credit notes
        # (G…, negative) are no open invoices; counting every open document (credit notes too) is accepted
        Case("offen", "Wie viele Rechnungen sind offen?", "scalar",
             float(where(t, st="offen").filter(pl.col("amount") > 0).height),
             alts=(float(n_where(t, st="offen")),)),
        ask("region", "Umsatz je Region"),
        ask("rev22", "Umsatz 2022"),
        ask("vertreter", "Umsatz je Vertreter"),
    ]
    return ClientFile("jahre_xlsx", [path], "workbook with one sheet per year (2023, 2024)", cases)


# --------------------------------------------------------------------------------------------------------
# 8. A Warenwirtschaft document list (cp1252, `;`) with a **numeric `Beleg-Art` code** and the **legend below the
#    data** (`Beleg-Art 10 = Rechnung`, `20 = Gutschrift (Betrag positiv)`, `30 = Storno zu Rechnung`, `40 =
#    Angebot`): 20 subtracts, 30 and the invoice it names are no sale, 40 (quotes) never a sale


def belegart(out: Path, rng: random.Random) -> ClientFile:
    docs: list[dict[str, Any]] = []
    for k in range(700):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(7.0, 0.8), 2)
        art = rng.choices(["10", "20", "40"], [0.82, 0.06, 0.12])[0]
        if art == "20":
            net = round(net * rng.uniform(0.1, 0.5), 2)
        docs.append({"order_id": f"{art}{24000 + k}", "customer_id": f"{10000 + c * 7}", "order_date": d,
                     "nm": name(c, DE_NAMES, DE_KIND, "{n} {k}"), "amount": -net if art == "20" else net,
                     "shown": net, "art": art, "geb": ["Nord", "Süd", "Mitte"][c % 3], "ref": "",
                     "cancelled": art == "40", "credit": art == "20"})  # fmt: skip
    for x in list(docs):
        if x["art"] == "10" and rng.random() < 0.05:
            x["cancelled"] = True
            d = min(x["order_date"] + dt.timedelta(days=rng.randrange(1, 20)), D1)
            docs.append({**x, "order_id": "30" + x["order_id"][2:], "order_date": d, "amount": -x["amount"],
                         "shown": x["shown"], "art": "30", "ref": x["order_id"], "cancelled": True})  # fmt: skip
    docs.sort(key=lambda x: (x["order_date"], x["order_id"]))
    rows = [[x["order_id"], x["art"], x["order_date"].strftime("%d.%m.%Y"), x["customer_id"], x["nm"],
             eu(x["shown"]), x["geb"], x["ref"]] for x in docs]  # fmt: skip
    t = mk(docs).with_columns(signed_shown=pl.col("shown"))
    path = out / "Belegliste_Export.csv"
    head = ["Beleg-Nr.", "Beleg-Art", "Datum", "Kd-Nr", "Name", "Netto", "Gebiet", "Bezug"]
    legend = ["", "Legende Beleg-Art:", "10 = Rechnung", "20 = Gutschrift (Betrag positiv)",
              "30 = Storno zu Rechnung (siehe Bezug)", "40 = Angebot"]  # fmt: skip
    write_text(rows, head, path, sep=";", encoding="cp1252", newline="\r\n")
    with path.open("ab") as fh:
        fh.write("\r\n".join(legend).encode("cp1252") + b"\r\n")
    cases = first(t, "de", 2)
    cases[0].wrong["every code summed as shown (Gutschrift, Storno, Angebot added)"] = float(t["shown"].sum())
    cases[0].wrong["Angebote (40) counted"] = revenue(t.with_columns(cancelled=pl.col("cancelled") & (pl.col("art") != "40")))  # fmt: skip
    cases += [
        Case("by_geb", "Umsatz je Gebiet", "breakdown", by(t, "geb"), "revenue"),
        Case(
            "sued",
            "Umsatz im Gebiet sued",
            "scalar",
            revenue(where(t, geb="Süd")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("gs", "Summe der Gutschriften (Beleg-Art 20)", t),
        Case("angebote", "Wie viele Angebote haben wir geschrieben?", "scalar", float(n_where(t, art="40"))),
        Case("storno", "Wie viele Rechnungen wurden storniert?", "scalar", float(n_where(t, art="30"))),
        Case("big", "Wie viele Kunden haben mehr als 5.000 € Umsatz?", "scalar", above(t, 5000.0), "customers"),
        ask("product", "Umsatz je Artikel"),
        ask("rev22", "Umsatz 2022"),
        ask("kanal", "Umsatz je Vertriebskanal"),
        ask("usd", "Revenue in USD"),
    ]
    return ClientFile("belegart", [path], "numeric Beleg-Art codes explained by a legend below the data", cases)


# --------------------------------------------------------------------------------------------------------
# 9. Lemon Squeezy orders (SaaS licences): `identifier` (uuid-like), `order_number`, `customer_email`,
#    `user_name`, `created_at` `2024-03-05T14:22:10.000000Z`, `status` paid / **refunded / failed**, `currency`
#    USD, **`subtotal` − `discount_total` (the revenue) beside `tax` and `total`**, `product_name`, `variant_name`
#    monthly/yearly, `country` US/DE/GB


def lemon_sq(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    prods = {"Starter": 19.0, "Pro": 49.0, "Team": 149.0}
    n = 0
    for c in range(170):
        prod = rng.choice(["Starter", "Starter", "Pro", "Pro", "Team"])
        yearly = rng.random() < 0.25
        start = rdate(rng, D0, dt.date(2024, 9, 30))
        months = rng.randrange(1, 22)
        em = f"{EN_FIRST[c % 12].lower()}.{EN_LAST[(c // 12) % 10].lower()}{c}@mail.com"
        ctry = ["US", "DE", "GB", "US"][c % 4]
        coupon = rng.random() < 0.2
        step = 12 if yearly else 1
        for m in range(0, months, step):
            y, mo = start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1
            d = dt.date(y, mo, min(start.day, 28))
            if d > D1:
                break
            n += 1
            sub = prods[prod] * (10 if yearly else 1)
            disc = round(sub * 0.1, 2) if coupon and m == 0 else 0.0
            tax = round((sub - disc) * (0.19 if ctry == "DE" else 0.2 if ctry == "GB" else 0.0), 2)
            st = rng.choices(["paid", "refunded", "failed"], [0.92, 0.04, 0.04])[0]
            ts = f"{d.isoformat()}T{rng.randrange(6, 20):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.000000Z"
            ident = f"{(n * 2654435761) % 16**8:08x}-{(n * 40503) % 16**4:04x}-4{n % 4096:03x}"
            rows.append([ident, str(100000 + n), em, f"{EN_FIRST[c % 12]} {EN_LAST[(c // 12) % 10]}", ts, st, "USD",
                         f"{sub:.2f}", f"{disc:.2f}", f"{tax:.2f}", f"{sub - disc + tax:.2f}", f"{prod} license",
                         "yearly" if yearly else "monthly", ctry])  # fmt: skip
            recs.append({"order_id": str(100000 + n), "customer_id": em, "order_date": d, "amount": sub - disc,
                         "sub": sub, "tot": sub - disc + tax, "tax": tax, "prod": f"{prod} license", "ctry": ctry,
                         "st": st, "cancelled": st != "paid"})  # fmt: skip
    rows.sort(key=lambda r: r[4], reverse=True)
    t = mk(recs)
    path = out / "lemonsqueezy_orders.csv"
    head = ["identifier", "order_number", "customer_email", "user_name", "created_at", "status", "currency",
            "subtotal", "discount_total", "tax", "total", "product_name", "variant_name", "country"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 1)
    wrong_col(t, cases[0], "sub", "subtotal (before discount) summed")
    wrong_col(t, cases[0], "tot", "total (incl. tax) summed")
    wrong_all(t, cases[0], revenue, "refunded / failed counted")
    refunded = float(where(t, st="refunded")["amount"].sum())
    cases += [
        Case("by_prod", "Revenue by product", "breakdown", by(t, "prod"), "revenue"),
        Case(
            "team",
            "Umsatz mit der team license",
            "scalar",
            revenue(where(t, prod="Team license")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("by_ctry", "Umsatz je Land", "breakdown", by(t, "ctry"), "revenue"),
        Case("refunds", "How much did we refund?", "scalar", refunded, alts=(-refunded,)),
        Case("failed", "Wie viele Zahlungen sind fehlgeschlagen (failed)?", "scalar", float(n_where(t, st="failed"))),
        Case(
            "disc",
            "How much discount did we give?",
            "scalar",
            float(sales(t)["sub"].sum() - revenue(t)),
            alts=(-float(sales(t)["sub"].sum() - revenue(t)), float((t["sub"] - t["amount"]).sum())),
        ),  # fmt: skip
        ask("mrr", "What is our MRR?"),
        ask("nrr", "Wie hoch ist die Net Revenue Retention?"),
        ask("eur", "Umsatz in EUR"),
        ask("rep", "Revenue by account manager"),
    ]
    return ClientFile("lemon_sq", [path], "Lemon Squeezy licences, subtotal − discount, refunded/failed", cases)


# --------------------------------------------------------------------------------------------------------
# 10. Odoo sale.order list view export (order level): `Order Reference` S00123, `Order Date` `2024-03-05
#     14:22:10`, **`Customer` "Company, Contact"**, `Salesperson`, `Sales Team`, **`Untaxed Amount`** / `Taxes` /
#     `Total`, `Status` **Quotation / Quotation Sent (no sale yet)** / Sales Order / Locked / **Cancelled**,
#     `Invoice Status`


def odoo_so(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    firms = ["Azure Interior", "Deco Addict", "Gemini Furniture", "Lumber Inc", "Ready Mat", "Wood Corner",
             "The Jackson Group", "YourCompany Ltd", "Acme Corp", "Nordlicht GmbH", "Atelier Bleu", "Casa Verde"]  # fmt: skip
    for k in range(650):
        c = skew(rng, 140)
        d = rdate(rng, D0, D1)
        amt = round(rng.lognormvariate(7.2, 0.9), 2)
        st = rng.choices(["Sales Order", "Locked", "Quotation", "Quotation Sent", "Cancelled"],
                         [0.55, 0.2, 0.1, 0.08, 0.07])[0]  # fmt: skip
        inv = {"Sales Order": rng.choice(["Fully Invoiced", "To Invoice"]), "Locked": "Fully Invoiced"}.get(
            st, "Nothing to Invoice"
        )
        cust = f"{firms[c % 12]}{'' if c < 12 else ' ' + str(c // 12 + 1)}, {EN_FIRST[c % 12]} {EN_LAST[c % 10]}"
        team = ["Europe", "America", "Website"][c % 3]
        sp = ["Mitchell Admin", "Marc Demo", "Joel Willis"][k % 3]
        tax = round(amt * 0.15, 2)
        rows.append([f"S{k + 1:05d}", f"{d.isoformat()} {rng.randrange(8, 19):02d}:{rng.randrange(60):02d}:00", cust, sp,
                     team, f"{amt:.2f}", f"{tax:.2f}", f"{amt + tax:.2f}", st, inv])  # fmt: skip
        recs.append({"order_id": f"S{k + 1:05d}", "customer_id": cust, "order_date": d, "amount": amt,
                     "tot": amt + tax, "team": team, "sp": sp, "st": st,
                     "cancelled": st in ("Quotation", "Quotation Sent", "Cancelled")})  # fmt: skip
    rows.reverse()
    t = mk(recs)
    path = out / "Sales Order (sale.order).csv"
    head = ["Order Reference", "Order Date", "Customer", "Salesperson", "Sales Team", "Untaxed Amount", "Taxes",
            "Total", "Status", "Invoice Status"]  # fmt: skip
    write_text(rows, head, path)
    cases = first(t, "en", 2)
    wrong_col(t, cases[0], "tot", "Total (incl. taxes) summed")
    cases[0].wrong["quotations counted"] = revenue(t.with_columns(cancelled=pl.col("st") == "Cancelled"))
    wrong_all(t, cases[0], revenue, "quotations and Cancelled counted")
    cases += [
        Case("by_team", "Revenue by Sales Team", "breakdown", by(t, "team"), "revenue"),
        Case(
            "europe",
            "Umsatz im Team europe",
            "scalar",
            revenue(where(t, team="Europe")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        Case("by_sp", "Umsatz je Verkäufer (Salesperson)", "breakdown", by(t, "sp"), "revenue"),
        Case(
            "quotes",
            "Wie viele Angebote (Quotations) sind offen?",
            "scalar",
            float(n_where(t, st="Quotation") + n_where(t, st="Quotation Sent")),
        ),  # fmt: skip
        Case("cancelled", "Wie viele Aufträge wurden storniert?", "scalar", float(n_where(t, st="Cancelled"))),
        Case(
            "h1",
            "Umsatz im ersten Halbjahr 2024",
            "scalar",
            revenue(t.filter(pl.col("order_date").is_between(dt.date(2024, 1, 1), dt.date(2024, 6, 30)))),
            "revenue",
        ),  # fmt: skip
        ask("product", "Umsatz je Produkt"),
        ask("ship", "Revenue by shipping country"),
        ask("rev22", "Umsatz 2022"),
        ask("lead", "Wie lang ist die durchschnittliche Lieferzeit?"),
    ]
    return ClientFile("odoo_so", [path], "Odoo sale.order list, quotations and Cancelled, Company, Contact", cases)


# --------------------------------------------------------------------------------------------------------
# 11. Romanian SmartBill invoice list (`;`): **`Serie` FCT / STR (storno series) and `Numar` 0001 in two columns
#     (each series numbers from 1: the document is Serie + Numar)**, `Data` dd.mm.yyyy, `Client`, `CIF`
#     RO12345678, `Judet` (București, Cluj, Timiș, Iași), `Moneda` RON, `Valoare fara TVA` / `TVA` / `Total`
#     `1.234,56`, `Tip` Factura / **Factura storno (negative: a credit)**, `Stare` Emisa / Incasata / **Anulata**


def smartbill_ro(out: Path, rng: random.Random) -> ClientFile:
    recs, rows = [], []
    judete = ["București", "Cluj", "Timiș", "Iași"]
    nos = {"FCT": 0, "STR": 0}
    for _ in range(700):
        c = skew(rng, 120)
        d = rdate(rng, D0, D1)
        net = round(rng.lognormvariate(8.0, 0.9), 2)
        storno = rng.random() < 0.07
        if storno:
            net = -round(net * rng.uniform(0.2, 1.0), 2)
        ser = "STR" if storno else "FCT"
        nos[ser] += 1
        num = f"{nos[ser]:04d}"
        tva = round(net * 0.19, 2)
        st = rng.choices(["Incasata", "Emisa", "Anulata"], [0.75, 0.2, 0.05])[0]
        who = name(c, RO_NAMES, RO_KIND, "{n} {k}")
        rows.append([ser, num, d.strftime("%d.%m.%Y"), who, f"RO{10000000 + c * 7919}", judete[c % 4], "RON", eu(net),
                     eu(tva), eu(net + tva), "Factura storno" if storno else "Factura", st])  # fmt: skip
        recs.append({"order_id": ser + num, "num": num, "customer_id": who, "order_date": d, "amount": net,
                     "tva": tva, "gross": net + tva, "jud": judete[c % 4], "st": st, "cancelled": st == "Anulata",
                     "credit": storno})  # fmt: skip
    rows.sort(key=lambda r: (r[2][6:], r[2][3:5], r[2][:2], r[0], r[1]))
    t = mk(recs)
    path = out / "Facturi_SmartBill_2023_2024.csv"
    head = ["Serie", "Numar", "Data", "Client", "CIF", "Judet", "Moneda", "Valoare fara TVA", "TVA", "Total", "Tip",
            "Stare"]  # fmt: skip
    write_text(rows, head, path, sep=";")
    cases = first(t, "de", 2)
    wrong_col(t, cases[0], "gross", "Total (incl. TVA) summed")
    wrong_all(t, cases[0], revenue, "Anulata counted")
    cases[1].wrong["Numar alone as the document"] = float(orders(t.with_columns(order_id=pl.col("num"))))
    cases += [
        Case("by_jud", "Umsatz je Judet (Kreis)", "breakdown", by(t, "jud"), "revenue"),
        Case(
            "buc",
            "Umsatz in Bucuresti",
            "scalar",
            revenue(where(t, jud="București")),
            "revenue",
            wrong={"filter ignored": revenue(t)},
        ),
        credit_case("storno", "Summe der Stornorechnungen (storno)", t),
        Case(
            "anulata", "Wie viele Rechnungen wurden annulliert (Anulata)?", "scalar", float(n_where(t, st="Anulata"))
        ),  # fmt: skip
        Case("years", "Umsatz je Jahr", "breakdown", years(t), "revenue"),
        Case(
            "ret24", "Kundenbindung 2024 gegenüber 2023", "scalar", retention(t, 2024), alts=(100 * retention(t, 2024),)
        ),  # fmt: skip
        ask("eur", "Umsatz in EUR"),
        ask("product", "Umsatz je Produkt"),
        ask("rev22", "Umsatz 2022"),
        ask("dso", "Wie lange ist das Zahlungsziel im Schnitt?"),
    ]
    return ClientFile("smartbill_ro", [path], "Romanian invoices, Serie + Numar, storno series, Anulata", cases)


# --------------------------------------------------------------------------------------------------------
# 12. A customer list with **one revenue column per year** (`Umsatz 2022`, `Umsatz 2023`, `Umsatz 2024 (bis
#     15.10.)`), no orders: order questions must be asked back; refusing it in one line is fine
#     (``import_may_fail``)


def jahresumsatz(out: Path, rng: random.Random) -> ClientFile:
    rows, recs = [], []
    for c in range(180):
        vals = [round(rng.lognormvariate(8.5, 1.0), 2) if rng.random() < 0.8 else 0.0 for _ in range(3)]
        ort = ["Hamburg", "Köln", "Leipzig", "Stuttgart"][c % 4]
        rows.append([f"{20000 + c}", name(c, DE_NAMES, DE_KIND, "{n} {k}"), ort, *(eu(v) if v else "" for v in vals)])
        recs.append({"kd": f"{20000 + c}", "ort": ort, "y22": vals[0], "y23": vals[1], "y24": vals[2]})
    f = pl.DataFrame(recs)
    path = out / "Kunden_Jahresumsatz.csv"
    head = ["Kd-Nr", "Kunde", "Ort", "Umsatz 2022", "Umsatz 2023", "Umsatz 2024 (bis 15.10.)"]
    write_text(rows, head, path, sep=";", encoding="cp1252", newline="\r\n")
    cases = [
        Case("y23", "Umsatz 2023", "scalar", float(f["y23"].sum()), "revenue"),
        Case("y22", "Wie viel Umsatz hatten wir 2022?", "scalar", float(f["y22"].sum()), "revenue"),
        Case("orders", "Anzahl Bestellungen", "needs_orders"),
        Case("aov", "durchschnittlicher Bestellwert", "needs_orders"),
        Case("repeat", "Wiederkaufsrate", "needs_orders"),
        Case("freq", "Wie oft kaufen unsere Kunden im Schnitt?", "needs_orders"),
        ask("mar", "Umsatz im März 2024"),
        ask("q2", "Umsatz im zweiten Quartal 2023"),
        ask("new_month", "Neukunden je Monat"),
        ask("rfm", "RFM-Segmente unserer Kunden"),
        ask("rev21", "Umsatz 2021"),
        ask("last90", "Umsatz der letzten 90 Tage"),
    ]
    return ClientFile("jahresumsatz", [path], "customer list, one revenue column per year, no orders", cases,
                      import_may_fail="a customers × years pivot without orders (refusing it in one line is fine)")  # fmt: skip


BUILDERS = [yayoi_jp, szamlazz_hu, parasut_tr, presta_items, kaufland_units, pretix_de, jahre_xlsx, belegart,
            lemon_sq, odoo_so, smartbill_ro, jahresumsatz]  # fmt: skip


def variants(files: list[ClientFile]) -> list[ClientFile]:
    """The consultant's second attempt with a ``--map`` naming what a foreign header means (same files, same
    truth)."""
    f = {x.name: x for x in files}

    def again(name: str, mapping: dict[str, str], what: str) -> ClientFile:
        return ClientFile(f"{name}_map", f[name].paths, f"{name} with {what}", f[name].cases, mapping=mapping)

    return [
        again(
            "yayoi_jp",
            {"得意先コード": "customer_id", "伝票番号": "order_id", "売上日": "order_date", "税抜金額": "amount"},
            "得意先コード, 伝票番号, 売上日, 税抜金額 mapped",
        ),
        again(
            "szamlazz_hu",
            {"Vevő adószáma": "customer_id", "Számlaszám": "order_id", "Kelte": "order_date", "Nettó": "amount"},
            "Vevő adószáma, Számlaszám, Kelte, Nettó mapped (Típus left to insight)",
        ),  # fmt: skip
        again(
            "parasut_tr",
            {
                "Müşteri": "customer_id",
                "Fatura No": "order_id",
                "Düzenleme Tarihi": "order_date",
                "Ara Toplam": "amount",
            },
            "Müşteri, Fatura No, Düzenleme Tarihi, Ara Toplam mapped (İade left to insight)",
        ),  # fmt: skip
        again(
            "presta_items",
            {"Customer ID": "customer_id", "ID": "order_id", "Date": "order_date", "Total price (tax excl.)": "amount"},
            "Customer ID, ID, Date, Total price (tax excl.) mapped",
        ),  # fmt: skip
        again(
            "kaufland_units",
            {"id_buyer": "customer_id", "id_order": "order_id", "ts_created_iso": "order_date", "price": "amount"},
            "id_buyer, id_order, ts_created_iso, price mapped",
        ),  # fmt: skip
        again(
            "belegart",
            {"Kd-Nr": "customer_id", "Beleg-Nr.": "order_id", "Datum": "order_date", "Netto": "amount"},
            "Kd-Nr, Beleg-Nr., Datum, Netto mapped (Beleg-Art codes left to insight)",
        ),
        again(
            "smartbill_ro",
            {"Client": "customer_id", "Data": "order_date", "Valoare fara TVA": "amount"},
            "Client, Data, Valoare fara TVA mapped (the document number left to insight)",
        ),
        again(
            "lemon_sq",
            {"customer_email": "customer_id", "order_number": "order_id", "created_at": "order_date"},
            "customer_email, order_number, created_at mapped (the amount left to insight)",
        ),  # fmt: skip
    ]


def build(out: Path) -> list[ClientFile]:
    """Write every client file into ``out`` and return them with their cases (first attempts, then the
    ``_map`` second attempts)."""
    out.mkdir(parents=True, exist_ok=True)
    files = [make(out, random.Random(SEED + i)) for i, make in enumerate(BUILDERS)]
    return files + variants(files)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "client11_files")
    for cf in build(folder):
        n_ask = sum(c.kind in ("clarify", "needs_orders") for c in cf.cases)
        print(f"{cf.name:18s} {', '.join(p.name for p in cf.paths):45s} cases={len(cf.cases)} ask_back={n_ask}")
