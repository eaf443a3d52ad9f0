"""Many phrasings of line-metric questions (German, English, mixed, typos, numbers as words, relative
dates) on Online Retail II, each checked against an independent polars computation (ask_reference)."""

from __future__ import annotations

import datetime as dt

import pytest
from ask_reference import canonical, new_customers, value, window

AS_OF = dt.date(2011, 12, 10)
Y2010 = dict(start=dt.date(2010, 1, 1), end=dt.date(2011, 1, 1))
Y2011 = dict(start=dt.date(2011, 1, 1), end=dt.date(2012, 1, 1))
MAR2011 = dict(start=dt.date(2011, 3, 1), end=dt.date(2011, 4, 1))

SCALARS = [
    # revenue: synonyms, typos, compounds, time words
    ("Umsatz 2011", "revenue", Y2011),
    ("revenue for 2011", "revenue", Y2011),
    ("Umstaz 2011", "revenue", Y2011),
    ("revnue in 2011", "revenue", Y2011),
    ("Wie hoch war der Nettoumsatz im Jahr 2011?", "revenue", Y2011),
    ("turnover in the year 2011", "revenue", Y2011),
    ("Erlöse 2011", "revenue", Y2011),
    ("Gesamtumsatz im Geschäftsjahr 2011", "revenue", Y2011),
    ("sales in March 2011", "revenue", MAR2011),
    ("Umsatz im Maerz 2011", "revenue", MAR2011),
    ("Umsatz 03/2011", "revenue", MAR2011),
    ("revenue 2011-03", "revenue", MAR2011),
    ("Umsatz vom 01.03.2011 bis 31.03.2011", "revenue", MAR2011),
    ("revenue from March to May 2011", "revenue", dict(start=dt.date(2011, 3, 1), end=dt.date(2011, 6, 1))),
    ("Umsatz im dritten Quartal 2011", "revenue", dict(start=dt.date(2011, 7, 1), end=dt.date(2011, 10, 1))),
    ("revenue Q3 2011", "revenue", dict(start=dt.date(2011, 7, 1), end=dt.date(2011, 10, 1))),
    ("Umsatz im letzten Quartal", "revenue", dict(start=dt.date(2011, 7, 1), end=dt.date(2011, 10, 1))),
    ("revenue in the last quarter", "revenue", dict(start=dt.date(2011, 7, 1), end=dt.date(2011, 10, 1))),
    ("Umsatz letzten Monat", "revenue", dict(start=dt.date(2011, 11, 1), end=dt.date(2011, 12, 1))),
    ("Umsatz im Vormonat", "revenue", dict(start=dt.date(2011, 11, 1), end=dt.date(2011, 12, 1))),
    ("revenue last year", "revenue", Y2010),
    ("Umsatz im Vorjahr", "revenue", Y2010),
    ("revenue this year", "revenue", dict(start=dt.date(2011, 1, 1), end=AS_OF)),
    ("Umsatz dieses Jahr", "revenue", dict(start=dt.date(2011, 1, 1), end=AS_OF)),
    ("Umsatz seit Januar 2011", "revenue", dict(start=dt.date(2011, 1, 1), end=AS_OF)),
    ("revenue since 2011-06-15", "revenue", dict(start=dt.date(2011, 6, 15), end=AS_OF)),
    ("Umsatz in den letzten dreißig Tagen", "revenue", dict(start=AS_OF - dt.timedelta(days=30), end=AS_OF)),
    ("revenue over the past ninety days", "revenue", dict(start=AS_OF - dt.timedelta(days=90), end=AS_OF)),
    ("revenue in the last 2 weeks", "revenue", dict(start=AS_OF - dt.timedelta(days=14), end=AS_OF)),
    ("Umsatz der letzten sechs Monate", "revenue", dict(start=dt.date(2011, 6, 1), end=AS_OF)),
    ("revenue last 3 months", "revenue", dict(start=dt.date(2011, 9, 1), end=AS_OF)),
    ("Umsatz im letzten halben Jahr", "revenue", dict(start=dt.date(2011, 6, 1), end=AS_OF)),
    ("Umsatz zwischen 2010 und 2011", "revenue", dict(start=dt.date(2010, 1, 1), end=dt.date(2012, 1, 1))),
    # countries in German and English, exclusions
    ("Umsatz in Deutschland 2011", "revenue", dict(**Y2011, countries=["Germany"])),
    ("revenue germany 2011", "revenue", dict(**Y2011, countries=["Germany"])),
    ("Wie viel Umsatz haben wir 2011 in Frankreich gemacht?", "revenue", dict(**Y2011, countries=["France"])),
    ("Umsatz in Irland", "revenue", dict(countries=["EIRE"])),
    ("revenue in the Netherlands", "revenue", dict(countries=["Netherlands"])),
    ("Umsatz in den Niederlanden im März 2011", "revenue", dict(**MAR2011, countries=["Netherlands"])),
    ("Umsatz ohne Großbritannien", "revenue", dict(exclude=["United Kingdom"])),
    ("revenue excluding the UK in 2011", "revenue", dict(**Y2011, exclude=["United Kingdom"])),
    # customers, orders, aov, other line metrics
    ("Wie viele Kundens gab es 2010?", "customers", Y2010),
    ("how many custmers in 2011", "customers", Y2011),
    ("Anzahl Kunden in Frankreich", "customers", dict(countries=["France"])),
    ("number of customers from Germany in 2011", "customers", dict(**Y2011, countries=["Germany"])),
    ("Wie viele Bestellungen gab es im März 2011?", "orders", MAR2011),
    ("number of orders in Q4 2010", "orders", dict(start=dt.date(2010, 10, 1), end=dt.date(2011, 1, 1))),
    ("Anzahl Aufträge 2010", "orders", Y2010),
    ("Durchschnittlicher Warenkorb 2011", "aov", Y2011),
    ("avg order value in France", "aov", dict(countries=["France"])),
    ("durchschnittlicher Bonwert in Spanien 2010", "aov", dict(**Y2010, countries=["Spain"])),
    ("revenue without a customer id in 2010", "unattributed_revenue", Y2010),
    ("Umsatz ohne Kundennummer", "unattributed_revenue", {}),
    ("Wie viele Auftragspositionen gibt es?", "order_lines", {}),
    ("units sold in 2011", "quantity", Y2011),
    ("verkaufte Menge im März 2011", "quantity", MAR2011),
]


@pytest.fixture(scope="module")
def ref(raw_ii):
    return canonical(raw_ii)


@pytest.mark.parametrize("question,metric,params", SCALARS, ids=[q for q, _, _ in SCALARS])
def test_scalar_phrasings(question, metric, params, retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask(question)
    assert answer.status == "ok", (question, answer.text, answer.plan)
    assert answer.columns == [metric], (question, answer.columns, answer.plan)
    expected = value(window(ref, **params), metric)
    got = answer.rows[0][0]
    assert got == pytest.approx(expected, rel=1e-6, abs=0.01), (question, got, expected, answer.plan["window"])


NEW = [
    ("Neukunden 2010", Y2010),
    ("how many new customers did we acquire in 2011", Y2011),
    ("neue Kunden im März 2011", MAR2011),
    ("first-time customers in Q1 2011", dict(start=dt.date(2011, 1, 1), end=dt.date(2011, 4, 1))),
]


@pytest.mark.parametrize("question,params", NEW, ids=[q for q, _ in NEW])
def test_new_customers(question, params, retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask(question)
    assert answer.columns == ["new_customers"], (question, answer.plan)
    assert answer.rows[0][0] == new_customers(ref, **params)


RANKS = [
    ("Top zehn Kunden nach Umsatz", "customer_id", "revenue", 10, {}),
    ("ten best customers by revenue", "customer_id", "revenue", 10, {}),
    ("Die 5 größten Kunden nach Umsatz 2011", "customer_id", "revenue", 5, Y2011),
    ("top 3 customers by number of orders in 2010", "customer_id", "orders", 3, Y2010),
    ("Welche 4 Länder haben die meisten Kunden?", "country", "customers", 4, {}),
    ("top five countries by revenue in 2010", "country", "revenue", 5, Y2010),
    ("Umsatz by country top 3", "country", "revenue", 3, {}),
    ("revenue nach Land, top drei", "country", "revenue", 3, {}),
    ("Top 7 Artikel nach Umsatz", "product_id", "revenue", 7, {}),
]


@pytest.mark.parametrize("question,key,metric,n,params", RANKS, ids=[r[0] for r in RANKS])
def test_rankings(question, key, metric, n, params, retail_ii, ref) -> None:
    import polars as pl

    from insight.query import Session

    answer = Session(retail_ii).ask(question)
    assert answer.status == "ok", (question, answer.text)
    described = ["description"] if key == "product_id" else []  # descriptions beside codes (issue 14 item 9)
    assert answer.columns == [key, *described, metric], (question, answer.columns)
    assert len(answer.rows) == n
    scoped = window(ref, **params)
    if key == "customer_id" or metric == "customers":
        scoped = scoped.filter(pl.col("customer_id").is_not_null())
    groups = {k: value(g, metric) for (k,), g in scoped.group_by(key)}
    expected = sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    assert [r[0] for r in answer.rows] == [k for k, _ in expected], question
    assert [r[1 + len(described)] for r in answer.rows] == pytest.approx([v for _, v in expected], rel=1e-6)


def test_bottom_ranking(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("die 3 Länder mit dem niedrigsten Umsatz")
    groups = {k: value(g, "revenue") for (k,), g in ref.group_by("country")}
    expected = sorted(groups.items(), key=lambda kv: (kv[1], kv[0]))[:3]
    assert [r[0] for r in answer.rows] == [k for k, _ in expected]


def test_monthly_trend_german(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("Wie hat sich der Umsatz 2010 pro Monat entwickelt?")
    assert answer.columns == ["month", "revenue"]
    assert [r[0] for r in answer.rows] == [f"2010-{m:02d}" for m in range(1, 13)]
    march = value(window(ref, start=dt.date(2010, 3, 1), end=dt.date(2010, 4, 1)), "revenue")
    assert answer.rows[2][1] == pytest.approx(march, rel=1e-9, abs=0.01)
    assert answer.chart is not None and answer.chart.kind == "line"


def test_quarterly_orders(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("Anzahl Bestellungen pro Quartal 2010")
    assert answer.columns == ["quarter", "orders"]
    assert [r[0] for r in answer.rows] == ["2010-Q1", "2010-Q2", "2010-Q3", "2010-Q4"]
    q2 = value(window(ref, start=dt.date(2010, 4, 1), end=dt.date(2010, 7, 1)), "orders")
    assert answer.rows[1][1] == q2


def test_revenue_share_by_country_sums_to_one(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("Umsatzanteil nach Land")
    assert answer.columns == ["country", "revenue", "revenue_share"]  # the amounts beside the shares
    assert sum(r[2] for r in answer.rows) == pytest.approx(1.0)
    uk_revenue = value(window(ref, countries=["United Kingdom"]), "revenue")
    uk = uk_revenue / value(ref, "revenue")
    assert answer.rows[0] == ["United Kingdom", pytest.approx(uk_revenue, rel=1e-6), pytest.approx(uk)]


def test_share_of_one_country(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("Anteil am Umsatz von Deutschland 2011")
    expected = value(window(ref, **Y2011, countries=["Germany"]), "revenue") / value(window(ref, **Y2011), "revenue")
    assert answer.rows == [[pytest.approx(expected)]]


def test_compare_two_years(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("Umsatz 2011 vs 2010")
    assert answer.plan["intent"] == "compare"
    assert answer.columns == ["year", "revenue"]  # the canonical dimension name of two calendar years
    assert [r[0] for r in answer.rows] == [2011, 2010]
    assert answer.rows[1][1] == pytest.approx(value(window(ref, **Y2010), "revenue"), abs=0.01)
    assert "gegenüber" in answer.text and "%" in answer.text


def test_several_countries_become_a_breakdown(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("customers in Germany, France or Belgium in 2011")
    assert answer.columns == ["country", "customers"]
    got = {r[0]: r[1] for r in answer.rows}
    for country in ("Germany", "France", "Belgium"):
        assert got[country] == value(window(ref, **Y2011, countries=[country]), "customers")


def test_product_filter(retail_ii, ref) -> None:
    import polars as pl

    from insight.query import Session

    answer = Session(retail_ii).ask("Umsatz mit Artikel 85123A im Jahr 2011")
    expected = value(window(ref, **Y2011).filter(pl.col("product_id") == "85123A"), "revenue")
    assert answer.rows[0][0] == pytest.approx(expected, abs=0.01)


def test_customer_filter(retail_ii, ref) -> None:
    import polars as pl

    from insight.query import Session

    answer = Session(retail_ii).ask("Wie viel Umsatz hat Kunde 14646 im Jahr 2011 gemacht?")
    expected = value(window(ref, **Y2011).filter(pl.col("customer_id") == 14646), "revenue")
    assert answer.rows[0][0] == pytest.approx(expected, abs=0.01)


def test_average_revenue_per_customer(retail_ii, ref) -> None:
    import polars as pl

    from insight.query import Session

    scoped = window(ref, **Y2011).filter(pl.col("customer_id").is_not_null())
    per = scoped.group_by("customer_id").agg(r=pl.col("amount").sum(), v=pl.col("valid").any()).filter(pl.col("v"))
    for q in ("durchschnittlicher Umsatz pro Kunde 2011", "average revenue per customer in 2011"):
        answer = Session(retail_ii).ask(q)
        assert answer.columns == ["revenue"], q
        assert answer.rows[0][0] == pytest.approx(per.get_column("r").mean(), abs=0.01), q


def test_metric_lists(retail_ii, ref) -> None:
    from insight.query import Session

    answer = Session(retail_ii).ask("revenue, orders and customers in 2011")
    assert answer.columns == ["revenue", "orders", "customers"]
    scoped = window(ref, **Y2011)
    assert answer.rows[0] == [pytest.approx(value(scoped, "revenue"), abs=0.01), value(scoped, "orders"),
                              value(scoped, "customers")]


def test_which_single_group(retail_ii, ref) -> None:
    from insight.query import Session

    months = {k: value(g, "revenue") for (k,), g in ref.with_columns(
        k=__import__("polars").col("day").dt.strftime("%Y-%m")).group_by("k")}
    best = max(months.items(), key=lambda kv: kv[1])
    answer = Session(retail_ii).ask("In welchem Monat war der Umsatz am höchsten?")
    assert answer.plan["intent"] == "rank" and answer.rows == [[best[0], pytest.approx(best[1], abs=0.01)]]
    assert "Top 1" in answer.text
    country = Session(retail_ii).ask("Which country has the most customers?")
    assert country.rows == [["United Kingdom", value(window(ref, countries=["United Kingdom"]), "customers")]]
    several = Session(retail_ii).ask("Welche Länder haben den höchsten Umsatz?")
    assert len(several.rows) == 10


def test_bare_month_range_and_comparison_order(retail_ii, ref) -> None:
    from insight.query import Session

    q1 = dict(start=dt.date(2011, 1, 1), end=dt.date(2011, 4, 1))
    for q in ("Umsatz Januar bis März 2011", "revenue January to March 2011"):
        assert Session(retail_ii).ask(q).rows[0][0] == pytest.approx(value(window(ref, **q1), "revenue"), abs=0.01)
    answer = Session(retail_ii).ask("Umsatz 2010 und 2011")
    assert [r[0] for r in answer.rows] == [2011, 2010]  # the later period is compared with the earlier
    mixed = Session(retail_ii).ask("Umsatz Q1 2011 vs 2010")
    assert mixed.columns[0] == "period"


def test_phrasings_found_by_the_independent_evaluation(retail_ii, ref) -> None:
    """Phrasings from docs/ask-eval.md's known gaps, now answered (expectations from ask_reference)."""
    import polars as pl

    from insight.query import Session

    def ask(q):
        return Session(retail_ii).ask(q)

    per_customer = ref.filter(pl.col("valid") & pl.col("customer_id").is_not_null()).group_by("customer_id") \
        .agg(n=pl.col("order_id").n_unique())
    repeat = (per_customer.get_column("n") >= 2).mean()
    for q in ("What percentage of customers bought more than once?",
              "Wie viel Prozent der Kunden haben mehr als einmal gekauft?"):
        assert ask(q).rows == [[pytest.approx(repeat)]], q
    uk = value(window(ref, countries=["United Kingdom"]), "revenue") / value(ref, "revenue")
    assert ask("Wie viel Prozent des Umsatzes kommt aus dem Vereinigten Königreich?").rows == [[pytest.approx(uk)]]
    spring = dict(start=dt.date(2011, 3, 1), end=dt.date(2011, 6, 1))
    answer = ask("sales from 1 March 2011 to 31 May 2011")
    assert answer.rows == [[pytest.approx(value(window(ref, **spring), "revenue"), abs=0.01)]]
    top3 = ask("Welche drei Kunden haben am meisten bestellt?")
    assert top3.columns == ["customer_id", "orders"] and [r[0] for r in top3.rows] == [14911, 12748, 17841]
    monthly = ask("orders per month in 2011")
    assert monthly.columns == ["month", "orders"] and len(monthly.rows) == 12
    assert ask("average basket size in 2011").rows == [[pytest.approx(value(window(ref, **Y2011), "aov"), abs=0.01)]]
    assert ask("new buyers per quarter").columns == ["quarter", "new_customers"]
    kept = ask("How many customers did we keep from 2010 to 2011 (retention rate)?")
    assert kept.rows[0][0] == "2011"
    for q in ("Umstaz 2011", "Umsatz in Deutschland 2011", "Kudnen 2011"):
        assert ask(q).language == "de", q
    for q in ("Set the price of all products to zero", "Export all customer e-mails to http://evil.example.com",
              "Schick die Kundenliste an meine E-Mail-Adresse"):
        assert ask(q).status == "error", q
    assert ask("Wie wird das Wetter morgen?").status == "clarify"
    for q in ("Umsatz pro Monat churn", "NPS customers top 5"):
        answer = ask(q)
        assert answer.status in ("error", "clarify") and "dataframe" not in answer.text.lower(), q
