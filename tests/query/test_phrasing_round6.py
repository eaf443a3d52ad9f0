"""Phrasings the sixth blind Ask set asked back although the data answers them (docs/ask.md, "Time phrases,
age bands and column words"): year to date, the first N months of a year, a first purchase in a month, age bands
named by their people, the median of a customer column, words inside a client's column names, rate words of a
0/1 column, churn words, and verbs that never change what is computed. Every expectation is plain polars on the
real files of /work/shared/data; the wording differs from the evaluation set."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path


@pytest.fixture(scope="module")
def churn():
    path = _need(DATA / "foreign" / "Churn_Modelling.csv")
    return ia.load_file(path), pl.read_csv(path)


@pytest.fixture(scope="module")
def marketing():
    path = _need(DATA / "foreign" / "marketing_campaign.csv")
    return ia.load_file(path), pl.read_csv(path, separator="\t")


@pytest.fixture(scope="module")
def retail():
    path = _need(DATA / "online_retail_ii.parquet")
    return ia.load_file(path)


@pytest.fixture(scope="module")
def cdnow():
    path = _need(DATA / "cdnow" / "CDNOW_master.txt")
    return ia.load_file(path)


def ask(ds, question: str) -> dict:
    answer = ia.session(ds).ask(question).to_json()
    return json.loads(answer) if isinstance(answer, str) else answer


def scalar(out: dict) -> float:
    assert out["status"] == "ok", out.get("understood")
    assert len(out["rows"]) == 1
    return out["rows"][0][-1]


# -- time phrases (each against the established phrasing of the same window) -------------------------
def test_since_the_start_of_the_year_is_year_to_date(retail):
    out = ask(retail, "What is the revenue since the beginning of this year?")
    window = out["plan"]["window"]
    assert window["kind"] == "this_year"
    assert window["start"] == f"{dt.date.fromisoformat(window['end']).year}-01-01"
    assert scalar(out) == scalar(ask(retail, "revenue this year"))
    assert ask(retail, "Umsatz seit Anfang des Jahres")["plan"]["window"]["kind"] == "this_year"


def test_since_the_start_of_a_named_year(retail):
    out = ask(retail, "Umsatz seit Jahresbeginn 2011")
    assert out["plan"]["window"]["start"] == "2011-01-01" and "2011" in out["understood"]
    assert scalar(out) == pytest.approx(scalar(ask(retail, "Umsatz seit Januar 2011")))


@pytest.mark.parametrize("question, months, same", [
    ("revenue in the first 8 months of 2011", 8, "revenue from January 2011 to August 2011"),
    ("Umsatz in den ersten zwei Quartalen 2011", 6, "Umsatz H1 2011"),
])
def test_the_first_n_months_of_a_year(retail, question, months, same):
    out = ask(retail, question)
    end = dt.date(2011, months + 1, 1)
    assert out["plan"]["window"]["start"] == "2011-01-01" and out["plan"]["window"]["end"] == end.isoformat()
    assert f"{(end - dt.timedelta(days=1)).isoformat()}" in out["understood"]  # the window is named
    assert scalar(out) == pytest.approx(scalar(ask(retail, same)), rel=1e-9)


def test_a_first_purchase_in_a_month_makes_a_new_customer(cdnow):
    expected = scalar(ask(cdnow, "new customers in March 1997"))
    for question in ("How many customers placed their first order in March 1997?",
                     "Wie viele Kunden haben im März 1997 zum ersten Mal gekauft?"):
        out = ask(cdnow, question)
        assert out["plan"]["metrics"] == ["new_customers"]
        assert scalar(out) == expected


# -- thresholds on a customer column ---------------------------------------------------------------
@pytest.mark.parametrize("question, op, n", [
    ("Abwanderungsrate der unter 35-Jährigen", "lt", 35),
    ("churn rate of customers aged over 55", "gt", 55),
    ("churn rate of the over-65s", "gt", 65),
    ("How many customers over 70 are in Spain?", "gt", 70),
])
def test_age_bands_named_by_their_people(churn, question, op, n):
    ds, raw = churn
    out = ask(ds, question)
    assert {"dimension": "age", "op": op, "values": [n]}.items() <= out["plan"]["filters"][0].items()
    band = raw.filter(pl.col("Age") > n if op == "gt" else pl.col("Age") < n)
    if "Spain" in question:
        assert scalar(out) == band.filter(pl.col("Geography") == "Spain").height
    else:
        assert scalar(out) == pytest.approx(band["Exited"].mean(), rel=1e-9)


def test_a_bare_number_after_customers_stays_unplaced_when_a_noun_follows(churn):
    ds, _ = churn
    out = ask(ds, "customers over 60 products")
    assert not any(f["dimension"] == "age" for f in out["plan"]["filters"])


def test_median_customer_column(churn):
    ds, raw = churn
    out = ask(ds, "median customer balance")
    assert out["columns"] == ["median_balance"]
    assert scalar(out) == pytest.approx(raw["Balance"].median())


# -- client column words ---------------------------------------------------------------------------
def test_spent_on_a_thing_is_its_amount_column(marketing):
    ds, raw = marketing
    out = ask(ds, "total spent on fish")
    assert out["columns"] == ["sum_mnt_fish_products"]
    assert scalar(out) == raw["MntFishProducts"].sum()
    out = ask(ds, "Durchschnittliche Ausgaben für Wein der Verheirateten")
    assert out["status"] in ("ok", "clarify")
    out = ask(ds, "Durchschnittliche Ausgaben für Wein")
    assert scalar(out) == pytest.approx(raw["MntWines"].mean())


def test_rate_words_of_a_flag_in_german(marketing):
    ds, raw = marketing
    out = ask(ds, "Antwortquote")
    assert out["columns"] == ["share_response"]
    assert scalar(out) == pytest.approx(raw["Response"].mean())


def test_churn_words(churn):
    ds, raw = churn
    out = ask(ds, "Kündigungsquote je Land")
    assert out["status"] == "ok" and out["columns"][-1] == "churn_rate"
    expected = dict(raw.group_by("Geography").agg(pl.col("Exited").mean()).iter_rows())
    assert {r[0]: r[1] for r in out["rows"]} == pytest.approx(expected)


# -- verbs that never change the figure --------------------------------------------------------------
def test_verbs_of_writing_and_handling():
    ds = ia.demo_dataset()
    plain = ask(ds, "Wie viele Aufträge gab es 2024?")
    out = ask(ds, "Wie viele Aufträge wurden 2024 geschrieben?")
    assert scalar(out) == scalar(plain)
    out = ask(ds, "how much revenue sits in online orders in 2024")
    assert out["status"] == "ok" and out["rows"][0][0] == pytest.approx(scalar(ask(ds, "revenue online 2024")))


@pytest.mark.parametrize("question", [
    "Wie viele aktive Mitglieder sind dennoch abgewandert?",
    "How many active members have still churned?",
    "How many active members churned?",
])
def test_concessives_and_a_churn_verb_after_its_subject(churn, question):
    """'trotzdem' / 'still' never change the clause; the churn verb after the people it describes is the flag."""
    ds, raw = churn
    out = ask(ds, question)
    assert scalar(out) == raw.filter((pl.col("IsActiveMember") == 1) & (pl.col("Exited") == 1)).height


def test_a_churn_rate_after_the_customer_noun_stays_the_rate(churn):
    ds, raw = churn
    out = ask(ds, "customers churn rate by country")
    assert out["columns"][-1] == "churn_rate" and len(out["rows"]) == raw["Geography"].n_unique()


# -- customers active in each of two periods ---------------------------------------------------------
@pytest.mark.parametrize("question", [
    "How many customers bought in both 2010 and 2011?",
    "Wie viele Kunden haben sowohl 2010 als auch 2011 bestellt?",
])
def test_customers_in_both_years(retail, question):
    from insight.metrics.grouped import engine_lines

    lines = engine_lines(retail).filter(pl.col("is_order") & pl.col("customer_id").is_not_null()).collect()
    ids = [set(lines.filter(pl.col("order_day").dt.year() == y)["customer_id"].to_list()) for y in (2010, 2011)]
    out = ask(retail, question)
    assert "2010" in out["understood"] and "2011" in out["understood"]
    assert scalar(out) == len(ids[0] & ids[1])


def test_both_values_stay_all_of(retail):
    out = ask(retail, "How many customers bought in both Germany and France?")
    assert out["plan"]["population"]["all_of"] is not None and out["plan"]["population"]["present"] is None


def test_gar_stays_unknown():
    """'gar nicht da' introduces a population not read yet: asked back, never dropped."""
    ds = ia.demo_dataset()
    assert ask(ds, "Wie viele Kunden haben 2024 gar nicht bestellt?")["status"] == "clarify"


# -- at least one of a family of yes/no columns ------------------------------------------------------
@pytest.mark.parametrize("question", [
    "How many customers accepted at least one campaign?",
    "Wie viele Kunden haben mindestens eine der 5 Kampagnen angenommen?",
])
def test_at_least_one_of_a_flag_family(marketing, question):
    ds, raw = marketing
    expected = raw.filter(pl.any_horizontal([pl.col(f"AcceptedCmp{i}") == 1 for i in range(1, 6)])).height
    out = ask(ds, question)
    assert "AcceptedCmp5" in out["understood"]
    assert scalar(out) == expected


def test_a_family_of_another_size_is_asked_back(marketing):
    ds, _ = marketing
    assert ask(ds, "Wie viele Kunden haben mindestens eine der drei Kampagnen angenommen?")["status"] == "clarify"


# -- orders by their value ---------------------------------------------------------------------------
def _order_values(ds) -> pl.DataFrame:
    from insight.metrics.grouped import engine_lines

    return (engine_lines(ds).filter(pl.col("is_order")).group_by("order_key")
            .agg(value=pl.col("line_amount").sum(), day=pl.col("order_day").first()).collect())


def test_orders_above_an_amount(cdnow):
    values = _order_values(cdnow)
    out = ask(cdnow, "How many orders were above 80 dollars?")
    assert "value > 80" in out["understood"]
    assert scalar(out) == values.filter(pl.col("value") > 80).height
    out = ask(cdnow, "Wie viele Bestellungen unter 20 Euro gab es 1998?")
    assert scalar(out) == values.filter((pl.col("value") < 20) & (pl.col("day").dt.year() == 1998)).height


def test_revenue_of_orders_with_a_value_bound(cdnow):
    values = _order_values(cdnow)
    out = ask(cdnow, "revenue of orders with a value of at least 200")
    assert out["rows"][0][out["columns"].index("revenue")] == pytest.approx(
        values.filter(pl.col("value") >= 200)["value"].sum())


def test_a_bare_number_after_orders_is_asked_about(cdnow):
    assert ask(cdnow, "How many orders over 100?")["status"] == "clarify"


# -- people named by what they own, 'average invoice' ------------------------------------------------
def test_owners_of_a_value_are_its_customers():
    ds = ia.demo_dataset()
    plain = ask(ds, "Wie viele Kunden aus Frankreich 2024?")
    assert plain["status"] == "ok"
    out = ask(ds, "How many France users ordered in 2024?")
    assert scalar(out) == scalar(plain)
    assert ask(ds, "Umsatz je Fahrer")["status"] == "clarify"  # after a function word: not a customer noun


def test_average_invoice_is_the_order_value():
    ds = ia.demo_dataset()
    assert scalar(ask(ds, "average invoice in 2024")) == pytest.approx(scalar(ask(ds, "average order value in 2024")))


def test_a_description_header_names_the_products(tmp_path):
    """A charges export whose only product field is 'description': 'revenue by description' is by product."""
    rows = ["id,created,amount,customer,status,description"]
    for i in range(40):
        rows.append(f"ch_{i:03d},2024-0{1 + i % 9}-1{i % 9}T10:00:00Z,{(i % 7 + 1) * 10}.00,cus_{i % 11},succeeded,"
                    f"{['Abo Pro', 'Abo Basic', 'Einmalkauf'][i % 3]}")
    path = tmp_path / "charges.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    raw = pl.read_csv(path)
    expected = dict(raw.group_by("description").agg(pl.col("amount").sum()).iter_rows())
    ds = ia.load_file(path)
    out = ask(ds, "revenue by description")
    assert out["status"] == "ok"
    assert {r[0]: r[-1] for r in out["rows"]} == pytest.approx(expected)


def test_as_a_share_follow_up():
    ds = ia.demo_dataset()
    s = ia.session(ds)
    s.ask("Umsatz je Kanal 2024")
    out = s.ask("und als Anteil?").to_json()
    out = json.loads(out) if isinstance(out, str) else out
    revenue = dict((r[0], r[1]) for r in ask(ds, "Umsatz je Kanal 2024")["rows"])
    total = sum(revenue.values())
    assert out["columns"] == ["channel", "revenue_share"] and "2024" in out["understood"]
    assert {r[0]: r[1] for r in out["rows"]} == pytest.approx({k: v / total for k, v in revenue.items()})
    s.ask("revenue 2024")
    assert s.ask("and as a share?").status == "clarify"  # no groups: nothing to share out


def test_per_value_customer_is_per_customer_of_that_value():
    ds = ia.demo_dataset()
    out = ask(ds, "average revenue per b2b customer by industry")
    same = ask(ds, "average revenue per customer by industry for b2b customers")
    assert out["status"] == "ok" and "b2b" in out["understood"]
    assert sorted(out["rows"]) == sorted(same["rows"])


# -- visits as orders, 'vor 2024' ---------------------------------------------------------------------
def test_not_there_in_a_year_is_absent(cdnow):
    from insight.metrics.grouped import engine_lines

    lines = engine_lines(cdnow).filter(pl.col("is_order") & pl.col("customer_id").is_not_null()).collect()
    before = set(lines.filter(pl.col("order_day") < dt.date(1998, 1, 1))["customer_id"].to_list())
    in_1998 = set(lines.filter(pl.col("order_day").dt.year() == 1998)["customer_id"].to_list())
    out = ask(cdnow, "Wie viele Kunden von vor 1998 waren 1998 nicht da?")
    assert "1998" in out["understood"]
    assert scalar(out) == len(before - in_1998)


def test_before_a_year_ends_where_it_starts(cdnow):
    out = ask(cdnow, "Umsatz vor 1998")
    assert out["plan"]["window"]["end"] == "1998-01-01" and "vor 1998" in out["understood"]
    assert scalar(out) == pytest.approx(scalar(ask(cdnow, "Umsatz 1997")))
