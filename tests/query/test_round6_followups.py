"""Round-6 causes, on other data and wording: follow-ups that move the previous period back ("im Jahr davor"), put a
bare quarter in the previous year, ask for the previous total per customer, or start afresh ("insgesamt"); a
restriction in the other language ("inspections" for a column holding 'Inspektion'); reversed ranges and the bare
"Kundenwert" asked back; "by customer country"; a CLV fit at the Poisson limit."""

from __future__ import annotations

import datetime as dt

import numpy as np
import polars as pl
import pytest


def _same(a, b) -> None:
    assert a.status == "ok" and b.status == "ok", (a.text, b.text)
    assert a.columns == b.columns
    assert sorted(map(tuple, a.rows)) == sorted(map(tuple, b.rows))


@pytest.mark.parametrize("before", ["und das Jahr davor?", "and the year before?", "und im Vorjahr?"])
def test_period_before_keeps_the_grouping(demo, before) -> None:
    from insight.query import Session

    s = Session(demo)
    s.ask("Bestellungen je Land 2024")
    _same(s.ask(before), Session(demo).ask("Bestellungen je Land 2023"))


def test_quarter_before_and_bare_quarter_in_the_previous_year(demo) -> None:
    from insight.query import Session

    s = Session(demo)
    s.ask("Umsatz im Q3 2023")
    _same(s.ask("und im Quartal davor?"), Session(demo).ask("Umsatz im Q2 2023"))
    _same(s.ask("und Q4?"), Session(demo).ask("Umsatz im Q4 2023"))  # not Q4 of the latest year
    assert s.history[-1][1].window.start == dt.date(2023, 10, 1)


def test_per_customer_follow_up_keeps_groups_and_window(demo) -> None:
    from insight.query import Session

    s = Session(demo)
    s.ask("Bestellungen nach Kanal 2024")
    _same(s.ask("und je Kunde?"), Session(demo).ask("Bestellungen pro Kunde nach Kanal 2024"))


def test_overall_drops_the_previous_filters_and_window(demo) -> None:
    from insight.query import Session

    s = Session(demo)
    s.ask("Umsatz in Deutschland 2023")
    kept = s.ask("and how many customers?")  # without the word the scope is inherited
    assert kept.status == "ok" and len(s.history[-1][1].filters) == 1
    overall = s.ask("and how many orders overall?")
    _same(overall, Session(demo).ask("how many orders"))


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    from insight.api import load_file

    rng = np.random.default_rng(6)
    n = 240
    raw = pl.DataFrame({
        "Customer": [f"C{i % 40:03d}" for i in range(n)],
        "Date": [dt.date(2023, 1, 1) + dt.timedelta(days=int(d)) for d in rng.integers(0, 700, n)],
        "Amount": np.round(rng.uniform(20, 900, n), 2),
        "Region": [("North", "South", "East")[i % 3] for i in range(n)],
        "Service": [("Inspection", "Repair", "Cleaning")[int(k)] for k in rng.integers(0, 3, n)],
    })
    path = tmp_path_factory.mktemp("svc") / "services.csv"
    raw.write_csv(path)
    return raw, load_file(path)


def test_restriction_in_the_other_language(services) -> None:
    from insight.query import Session

    raw, ds = services
    s = Session(ds)
    s.ask("Umsatz nach Region")
    only = s.ask("und nur Inspektionen?")
    assert only.status == "ok", only.text
    want = dict(raw.filter(pl.col("Service") == "Inspection").group_by("Region").agg(pl.col("Amount").sum()).rows())
    got = {r[0]: r[1] for r in only.rows}
    assert got.keys() == want.keys() and all(got[k] == pytest.approx(want[k], abs=0.01) for k in want)
    unknown = s.ask("and only gizmos?")  # a restriction the data does not know is named back, never dropped
    assert unknown.status == "clarify" and "gizmos" in unknown.text


@pytest.mark.parametrize("question", ["Umsatz von Oktober 2024 bis März 2024", "orders from Q3 2024 to Q1 2024"])
def test_reversed_range_asks_back(demo, question) -> None:
    from insight.query import Session

    answer = Session(demo).ask(question)
    assert answer.status == "clarify" and answer.rows in (None, [])


def test_bare_kundenwert_frame_asks_back_fuller_question_answers(demo) -> None:
    from insight.query import Session

    for bare in ("Was ist unser Kundenwert?", "Zeig mir den Kundenwert"):
        asked = Session(demo).ask(bare)
        assert asked.status == "clarify" and "Kundenwert" in asked.text, asked.text
    assert Session(demo).ask("Kundenwert nach Land").status == "ok"


def test_grouping_by_customer_attribute(demo) -> None:
    from insight.query import Session

    _same(Session(demo).ask("orders by customer country"), Session(demo).ask("orders by country"))


def test_poisson_limit_tail_is_finite() -> None:
    """At r, α → ∞ (every customer buying at one rate) the ₂F₁ tail overflows; the confluent limit stands in and
    agrees with the exact tail where that is still finite."""
    from scipy.special import hyp1f1, hyp2f1

    from insight.clv.bgnbd import damped_hyp2f1

    a, b, x, t, lam = 0.8, 3.0, np.array([0.0, 4.0, 12.0]), 90.0, 0.02
    big = damped_hyp2f1(6e5 + x, b + x, a + b + x - 1, t / (6e5 / lam + 700 + t))
    assert np.isfinite(big).all()
    limit = hyp1f1(a - 1, a + b + x - 1, -lam * t)
    assert big == pytest.approx(limit, rel=1e-3)
    r = 50.0  # moderate r: the exact form is finite and the stable evaluation keeps it
    z = t / (r / lam + 700 + t)
    exact = (1 - z) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    assert damped_hyp2f1(r + x, b + x, a + b + x - 1, z) == pytest.approx(exact, rel=1e-9)


@pytest.mark.parametrize("everyday, plain", [
    ("how many subscribers in North", "how many customers in North"),
    ("Wie viele Abonnenten in der Region South?", "Wie viele Kunden in der Region South?"),
    ("Durchschnittlicher Belegwert 2024", "durchschnittlicher Bestellwert 2024"),
    ("average document value in East", "average order value in East"),
    ("Top 3 Kunden nach Anzahl Werkstattbesuche", "Top 3 Kunden nach Anzahl Aufträge"),
    ("Boxen je Region", "Aufträge je Region"),
])
def test_everyday_business_nouns(services, everyday, plain) -> None:
    from insight.query import Session

    _raw, ds = services
    _same(Session(ds).ask(everyday), Session(ds).ask(plain))


def test_survey_word_for_nps(demo) -> None:
    from insight.query import Session

    _same(Session(demo).ask("Wie hoch ist die Weiterempfehlungsbereitschaft?"), Session(demo).ask("Wie hoch ist der NPS?"))


def test_orders_of_a_zero_amount_status_are_counted(tmp_path) -> None:
    """Deliveries booked at 0 under a status ('paused'): counting them gives their number, never 0."""
    from insight.api import load_file
    from insight.query import Session

    rows = [(f"S{i % 9}", dt.date(2024, 1 + i % 12, 1 + i % 27), 0.0 if i % 5 == 0 else 35.0,
             "paused" if i % 5 == 0 else "delivered") for i in range(120)]
    raw = pl.DataFrame(rows, schema=["Customer", "Date", "Amount", "Status"], orient="row")
    raw.write_csv(tmp_path / "deliveries.csv")
    answer = Session(load_file(tmp_path / "deliveries.csv")).ask("how many orders were paused")
    want = raw.filter(pl.col("Status") == "paused").select(pl.struct("Customer", "Date").n_unique()).item()
    assert answer.status == "ok" and answer.rows[0][0] == want, answer.text


def test_promoters_and_detractors_from_the_nps_answers(demo) -> None:
    from insight.query import Session

    scores = demo.survey_responses.filter(pl.col("nps").is_not_null()).get_column("nps")
    detractors = Session(demo).ask("Wie viele Detraktoren gibt es?")
    assert detractors.status == "ok" and detractors.rows[0][0] == int((scores <= 6).sum()), detractors.text
    share = Session(demo).ask("what is the share of promoters")
    assert share.status == "ok" and share.rows[0][0] == pytest.approx(float((scores >= 9).mean()), rel=1e-9)


def test_headers_named_in_the_other_language(tmp_path) -> None:
    """A 'Plan' column is asked about as "Tarif", a 'Vertreter' column as "sales rep"."""
    from insight.api import load_file
    from insight.query import Session

    rows = [(f"A{i % 30}", dt.date(2024, 1 + i % 12, 1 + i % 28), 10.0 + i, ("Basic", "Pro")[i % 2],
             ("Köhler", "Lang", "Otto")[i % 3]) for i in range(90)]
    raw = pl.DataFrame(rows, schema=["Customer", "Date", "Amount", "Plan", "Vertreter"], orient="row")
    raw.write_csv(tmp_path / "plans.csv")
    ds = load_file(tmp_path / "plans.csv")
    by_plan = Session(ds).ask("Umsatz je Tarif")
    assert by_plan.status == "ok", by_plan.text
    want = dict(raw.group_by("Plan").agg(pl.col("Amount").sum()).rows())
    assert {r[0]: r[1] for r in by_plan.rows} == pytest.approx(want)
    _same(Session(ds).ask("revenue by sales rep"), Session(ds).ask("revenue by Vertreter"))
    typed = Session(ds).ask("Umsatz von Koehler")  # umlauts typed as oe / ae / ue
    assert typed.status == "ok", typed.text
    assert typed.rows[0][0] == pytest.approx(raw.filter(pl.col("Vertreter") == "Köhler").get_column("Amount").sum())
    _same(Session(ds).ask("new subscribers per quarter"), Session(ds).ask("new customers per quarter"))
