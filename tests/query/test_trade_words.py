"""Other trades' words (docs/ask.md, "Other trades' words"; docs/metrics.md, MRR): a member list, a hotel's
bookings, a subscriptions export and an event's tickets, written as real files into tmp_path and imported into a
real workspace; each answer checked against plain polars on the same rows."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia


def _ask(ds, question: str):
    from insight.query import Session

    return Session(ds).ask(question)


def _scalar(answer) -> float:
    assert answer.status == "ok", (answer.text, answer.plan)
    return answer.rows[0][-1]


def _mapping(answer) -> dict:
    assert answer.status == "ok", (answer.text, answer.plan)
    return {row[0]: row[1] for row in answer.rows}


# -- a member list (customers table alone) ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def members(tmp_path_factory):
    rng = random.Random(11)
    folder = tmp_path_factory.mktemp("members")
    rows = pl.DataFrame({
        "Mitgliedsnummer": [f"M{k:04d}" for k in range(240)],
        "Tarif": [rng.choice(["Basis", "Plus", "Jahresabo Premium"]) for _ in range(240)],
        "Monatsbeitrag": [rng.choice([19.9, 29.9, 39.9]) for _ in range(240)],
        "Status": [rng.choice(["Aktiv", "Aktiv", "Aktiv", "Gekündigt", "Ruhend"]) for _ in range(240)],
        "Filiale": [rng.choice(["Nord", "Süd"]) for _ in range(240)],
    })
    rows.write_csv(folder / "mitglieder.csv", separator=";")
    ws = folder / "ws.db"
    ia.import_files([folder / "mitglieder.csv"], workspace=ws, table="customers",
                    mapping={"Mitgliedsnummer": "customer_id"})
    return ia.load(workspace=ws), rows


def test_members_are_customers(members) -> None:
    ds, rows = members
    assert _scalar(_ask(ds, "Wie viele Mitglieder haben wir?")) == rows.height
    assert _scalar(_ask(ds, "How many members do we have?")) == rows.height
    by = rows.group_by("Filiale").len()
    assert _mapping(_ask(ds, "Mitglieder je Filiale")) == dict(by.iter_rows())
    active = rows.filter(pl.col("Status") == "Aktiv")
    assert _scalar(_ask(ds, "Wie viele aktive Mitglieder?")) == active.height
    assert _scalar(_ask(ds, "Summe der Monatsbeiträge der aktiven Mitglieder")) == pytest.approx(
        active["Monatsbeitrag"].sum())


def test_a_churn_word_that_is_a_status_value_counts_that_status(members) -> None:
    ds, rows = members
    cancelled = rows.filter(pl.col("Status") == "Gekündigt").height
    for q in ("Wie viele Mitglieder haben gekündigt?", "Wie viele Kunden haben gekündigt?"):
        answer = _ask(ds, q)
        assert answer.plan["metrics"] == ["customers"], q
        assert _scalar(answer) == cancelled, q


def test_mrr_of_a_member_list_is_the_active_monthly_fees(members) -> None:
    ds, rows = members
    active = rows.filter(pl.col("Status") == "Aktiv")
    # 'Jahresabo Premium' says a yearly plan: its fee counts one twelfth
    months = pl.when(pl.col("Tarif").str.contains("Jahres")).then(12.0).otherwise(1.0)
    expected = active.select((pl.col("Monatsbeitrag") / months).sum()).item()
    assert _scalar(_ask(ds, "Wie hoch ist der MRR?")) == pytest.approx(expected, abs=0.01)


# -- subscriptions: MRR, states, cancellations in a year ---------------------------------------------------------

@pytest.fixture(scope="module")
def subscriptions(tmp_path_factory):
    rng = random.Random(5)
    folder = tmp_path_factory.mktemp("subs")
    plans = {"basic-monthly": 10.0, "pro-monthly": 40.0, "pro-yearly": 360.0}
    recs = []
    for k in range(300):
        plan = rng.choice(list(plans))
        state = rng.choice(["active", "active", "canceled", "expired"])
        start = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(700))
        end = start + dt.timedelta(days=rng.randrange(1, 400)) if state != "active" else None
        recs.append({"account": f"a{k}", "plan": plan, "state": state, "unit_amount": plans[plan],
                     "seats": rng.choice([1, 1, 2, 3]), "activated_at": f"{start.isoformat()}T08:00:00Z",
                     "canceled_at": f"{end.isoformat()}T08:00:00Z" if end else None})
    rows = pl.DataFrame(recs)
    rows.write_csv(folder / "subscriptions.csv")
    ws = folder / "ws.db"
    ia.import_files([folder / "subscriptions.csv"], workspace=ws, table="customers",
                    mapping={"account": "customer_id"})
    months = pl.when(pl.col("plan").str.ends_with("yearly")).then(12.0).otherwise(1.0)
    rows = rows.with_columns(mrr=pl.when(pl.col("state") == "active")
                             .then(pl.col("unit_amount") * pl.col("seats") / months).otherwise(0.0))
    return ia.load(workspace=ws), rows


def test_mrr_and_mrr_by_plan(subscriptions) -> None:
    ds, rows = subscriptions
    assert _scalar(_ask(ds, "What is our MRR?")) == pytest.approx(rows["mrr"].sum(), abs=0.01)
    assert _scalar(_ask(ds, "monthly recurring revenue")) == pytest.approx(rows["mrr"].sum(), abs=0.01)
    expected = dict(rows.group_by("plan").agg(pl.col("mrr").sum()).iter_rows())
    got = _mapping(_ask(ds, "MRR by plan"))
    assert got.keys() == expected.keys()
    assert all(got[k] == pytest.approx(v, abs=0.01) for k, v in expected.items())


def test_subscriptions_are_customers_and_their_states_counted(subscriptions) -> None:
    ds, rows = subscriptions
    assert _scalar(_ask(ds, "How many active subscriptions do we have?")) == rows.filter(
        pl.col("state") == "active").height
    assert _mapping(_ask(ds, "subscriptions by state")) == dict(rows.group_by("state").len().iter_rows())
    assert _scalar(_ask(ds, "Wie viele Abos sind gekündigt?")) == rows.filter(pl.col("state") == "canceled").height


def test_cancellations_in_a_year_read_the_cancellation_date(subscriptions) -> None:
    ds, rows = subscriptions
    in_2023 = rows.filter(pl.col("canceled_at").str.slice(0, 4) == "2023").height
    answer = _ask(ds, "How many cancellations in 2023?")
    assert "customer_event_dates" in answer.plan["rule"]
    assert _scalar(answer) == in_2023
    started = rows.filter(pl.col("activated_at").str.slice(0, 4) == "2023").height
    assert _scalar(_ask(ds, "How many new customers in 2023?")) == started


def test_no_mrr_without_a_price_and_an_active_state(members, tmp_path) -> None:
    pl.DataFrame({"Kunde": ["a", "b"], "Land": ["DE", "AT"]}).write_csv(tmp_path / "k.csv")
    ws = tmp_path / "ws.db"
    ia.import_files([tmp_path / "k.csv"], workspace=ws, table="customers", mapping={"Kunde": "customer_id"})
    answer = _ask(ia.load(workspace=ws), "What is our MRR?")
    assert answer.status == "clarify"


# -- a hotel's bookings: guests, bookings, nights --------------------------------------------------------------------

@pytest.fixture(scope="module")
def hotel(tmp_path_factory):
    rng = random.Random(9)
    folder = tmp_path_factory.mktemp("hotel")
    recs = []
    for k in range(400):
        nights = rng.choice([1, 2, 3, 5])
        status = rng.choice(["Abgereist"] * 8 + ["Storniert", "No-Show"])
        amount = 0.0 if status == "No-Show" else round(nights * rng.uniform(80, 150), 2)
        recs.append({"Buchungsnr": f"B{k:05d}", "Kundennummer": f"G{rng.randrange(120):04d}",
                     "Anreise": (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))).strftime("%d.%m.%Y"),
                     "Nächte": nights, "Status": status, "Betrag": amount})
    rows = pl.DataFrame(recs)
    rows.write_csv(folder / "buchungen.csv", separator=";")
    ws = folder / "ws.db"
    ia.import_files([folder / "buchungen.csv"], workspace=ws,
                    mapping={"Buchungsnr": "order_id", "Anreise": "order_date"})
    return ia.load(workspace=ws), rows


def test_bookings_are_orders_and_guests_customers(hotel) -> None:
    ds, rows = hotel
    stays = rows.filter(pl.col("Status") == "Abgereist")
    assert _scalar(_ask(ds, "Wie viele Buchungen?")) == stays.height
    assert _scalar(_ask(ds, "How many bookings?")) == stays.height
    assert _scalar(_ask(ds, "Wie viele Gäste?")) == stays["Kundennummer"].n_unique()
    per_guest = stays.group_by("Kundennummer").len()
    assert _scalar(_ask(ds, "Kunden mit mehr als 3 Buchungen")) == per_guest.filter(pl.col("len") > 3).height
    assert _scalar(_ask(ds, "Gäste mit mindestens 2 Aufenthalten")) == per_guest.filter(pl.col("len") >= 2).height


def test_nights_in_the_trades_words_and_no_show_is_no_sale(hotel) -> None:
    ds, rows = hotel
    stays = rows.filter(pl.col("Status") == "Abgereist")
    for q in ("Übernachtungen gesamt", "Wie viele Nächte insgesamt?", "total nights"):
        assert _scalar(_ask(ds, q)) == pytest.approx(stays["Nächte"].sum()), q
    for q in ("average stay length", "durchschnittliche Aufenthaltsdauer"):
        assert _scalar(_ask(ds, q)) == pytest.approx(stays["Nächte"].mean()), q


# -- the column first; tickets; a missing survey ---------------------------------------------------------------------

def test_a_trade_word_naming_a_column_keeps_the_column(tmp_path) -> None:
    """'Tickets' is the event's quantity word, but a column 'Tickets' is that column, never the catalogue's."""
    rng = random.Random(2)
    rows = pl.DataFrame({"Order": [f"o{k}" for k in range(80)], "Email": [f"p{rng.randrange(30)}@x.de" for _ in range(80)],
                         "Date": [(dt.date(2024, 3, 1) + dt.timedelta(days=k)).isoformat() for k in range(80)],
                         "Total": [round(rng.uniform(10, 90), 2) for _ in range(80)],
                         "Tickets": [rng.choice([1, 2, 4]) for _ in range(80)]})
    rows.write_csv(tmp_path / "orders.csv")
    ws = tmp_path / "ws.db"
    ia.import_files([tmp_path / "orders.csv"], workspace=ws, mapping={"Email": "customer_id", "Order": "order_id"})
    answer = _ask(ia.load(workspace=ws), "How many tickets?")
    assert answer.status == "ok", answer.text
    assert answer.plan["metrics"] != ["orders"]
    assert _scalar(answer) == rows["Tickets"].sum()


def test_tickets_sold_are_units_and_the_nps_without_a_survey_is_asked_back(tmp_path) -> None:
    rng = random.Random(4)
    rows = pl.DataFrame({"Order #": [f"o{k}" for k in range(60)],
                         "Email": [f"p{rng.randrange(25)}@x.de" for _ in range(60)],
                         "Order Date": [(dt.date(2024, 5, 1) + dt.timedelta(days=k)).isoformat() for k in range(60)],
                         "Ticket Type": [rng.choice(["VIP", "Regular"]) for _ in range(60)],
                         "Quantity": [rng.choice([1, 2, 3]) for _ in range(60)],
                         "Amount": [round(rng.uniform(20, 200), 2) for _ in range(60)]})
    rows.write_csv(tmp_path / "event.csv")
    ws = tmp_path / "ws.db"
    ia.import_files([tmp_path / "event.csv"], workspace=ws, mapping={"Email": "customer_id"})
    ds = ia.load(workspace=ws)
    # 'tickets' is the own noun of the 'Ticket Type' column: counted as sold, the units sold
    for q in ("How many tickets were sold?", "Wie viele Tickets wurden verkauft?", "tickets sold"):
        assert _scalar(_ask(ds, q)) == rows["Quantity"].sum(), q
    assert _ask(ds, "how many support tickets were closed last week").status == "clarify"
    for q, word in (("What is our NPS?", "survey_responses"), ("Wie zufrieden sind unsere Kunden?", "Umfrageantworten")):
        answer = _ask(ds, q)
        assert answer.status == "clarify", (q, answer.text)
        assert word in answer.text, answer.text


def test_revenue_after_refunds_is_revenue(hotel) -> None:
    ds, _rows = hotel
    revenue = _scalar(_ask(ds, "Wie hoch ist der Umsatz?"))
    for q in ("net revenue after refunds", "Umsatz nach Retouren"):
        assert _scalar(_ask(ds, q)) == pytest.approx(revenue), q
