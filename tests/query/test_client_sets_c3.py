"""General rules behind client sets 2 and 3 (docs/ask.md, "Client sets 2 and 3"; docs/import.md, "Conventions added
with client sets 2 and 3"): small real files or frames, each answer checked against plain polars on the same data."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.dataset import Dataset


def _ask(ds, question: str):
    from insight.query import Session

    return Session(ds).ask(question)


def _value(answer, column: str):
    assert answer.status == "ok", (answer.text, answer.plan)
    return answer.rows[0][answer.columns.index(column)]


# -- NPS surveys -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nps_shop() -> tuple[Dataset, pl.DataFrame, pl.DataFrame]:
    rng = random.Random(3)
    orders = pl.DataFrame({
        "order_id": [f"O{k}" for k in range(300)],
        "customer_id": [f"c{rng.randrange(60)}" for _ in range(300)],
        "order_date": [dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randrange(200)) for _ in range(300)],
        "amount": [round(rng.uniform(5, 200), 2) for _ in range(300)],
    })
    answers = pl.DataFrame({
        "customer_id": [f"c{k}" for k in range(50)],
        "response_date": [dt.date(2024, 5, 1) + dt.timedelta(days=k) for k in range(50)],
        "nps": [float(rng.choice([0, 2, 5, 6, 7, 8, 9, 10, 10])) for _ in range(50)],
    })
    return Dataset(orders, survey_responses=answers), orders, answers


def test_average_recommendation_score_is_the_mean_answer_not_the_nps(nps_shop) -> None:
    ds, _orders, answers = nps_shop
    mean = answers["nps"].mean()
    nps = 100 * ((answers["nps"] >= 9).mean() - (answers["nps"] <= 6).mean())
    assert mean != pytest.approx(nps)
    for q in ("average recommendation score", "durchschnittliche Weiterempfehlung", "mean likelihood to recommend"):
        assert _value(_ask(ds, q), "nps_mean") == pytest.approx(mean), q
    for q in ("What is our NPS?", "average NPS", "What is our net promoter score?"):
        assert _value(_ask(ds, q), "nps") == pytest.approx(nps), q


def test_survey_responses_and_class_shares(nps_shop) -> None:
    ds, _orders, answers = nps_shop
    assert _value(_ask(ds, "How many survey responses do we have?"), "survey_responses") == answers.height
    assert _value(_ask(ds, "share of detractors"), "detractor_share") == pytest.approx((answers["nps"] <= 6).mean())
    assert _value(_ask(ds, "Anteil der Promotoren"), "promoter_share") == pytest.approx((answers["nps"] >= 9).mean())


def test_nps_classes_as_people_restrict_the_figure(nps_shop) -> None:
    ds, orders, answers = nps_shop
    promoters = answers.filter(pl.col("nps") >= 9)["customer_id"].implode()
    detractors = answers.filter(pl.col("nps") <= 6)["customer_id"].implode()
    rev = orders.filter(pl.col("customer_id").is_in(promoters))["amount"].sum()
    assert _value(_ask(ds, "Umsatz der Promotoren"), "revenue") == pytest.approx(rev)
    theirs = orders.filter(pl.col("customer_id").is_in(detractors))
    assert _value(_ask(ds, "average order value of detractors"), "aov") == pytest.approx(
        theirs["amount"].sum() / theirs.height, abs=0.005)


def test_nps_class_words_without_nps_answers_are_asked_back(nps_shop) -> None:
    _ds, orders, _answers = nps_shop
    answer = _ask(Dataset(orders), "Umsatz der Promotoren")
    assert answer.status == "clarify"
    assert "Promotoren" in answer.text


# -- refunds -----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def refunds(tmp_path_factory) -> tuple[Dataset, pl.DataFrame]:
    """Shop orders with a 'Total Refunded' column: some refunded in part, some in full by status ('refunded'),
    some in full with a status that does not say so ('Closed'), and a shipping column."""
    rng = random.Random(11)
    rows = []
    for k in range(240):
        total = round(rng.uniform(20, 300), 2)
        u = rng.random()
        status = "refunded" if u < 0.1 else "Closed" if u < 0.2 else "paid"
        refunded = total if status in ("refunded", "Closed") else (round(total * 0.3, 2) if u < 0.35 else 0.0)
        rows.append({"Order": f"#{1000 + k}", "Customer": f"K{rng.randrange(80)}",
                     "Date": (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(250))).isoformat(),
                     "Total": total, "Total Refunded": refunded, "Status": status,
                     "Shipping": 4.95 if total < 50 else 0.0})
    frame = pl.DataFrame(rows)
    path = tmp_path_factory.mktemp("refunds") / "orders.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"Order": "order_id", "Customer": "customer_id", "Date": "order_date",
                                     "Total": "amount", "Status": "line_status"})
    return ds, frame


def test_total_refunded_counts_orders_refunded_in_full(refunds) -> None:
    ds, frame = refunds
    answer = _ask(ds, "total refunded amount")
    assert answer.rows[0][-1] == pytest.approx(frame["Total Refunded"].sum())
    assert _ask(ds, "Wie viel wurde insgesamt erstattet?").rows[0][-1] == pytest.approx(frame["Total Refunded"].sum())


def test_refunded_participle_still_counts_the_orders_of_that_status(refunds) -> None:
    ds, frame = refunds
    answer = _ask(ds, "How many orders were refunded?")
    assert _value(answer, "cancelled_orders") == frame.filter(pl.col("Status") == "refunded").height


def test_a_line_refunded_in_full_counts_in_no_client_column(refunds) -> None:
    ds, frame = refunds
    sold = frame.filter(pl.col("Total") - pl.col("Total Refunded") > 0.005)
    assert sold.height < frame.filter(pl.col("Status") != "refunded").height  # 'Closed' lines exist
    assert _ask(ds, "total Shipping").rows[0][-1] == pytest.approx(sold["Shipping"].sum())
    assert _value(_ask(ds, "total revenue"), "revenue") == pytest.approx(
        (sold["Total"] - sold["Total Refunded"]).sum())


# -- orders refunded under their own number ----------------------------------------------------------------------

def test_an_order_refunded_under_its_own_number_is_no_order(tmp_path) -> None:
    rows = [("A1", "k1", "2024-01-05", 50.0), ("A1", "k1", "2024-01-09", -50.0),  # sold, refunded in full
            ("A2", "k1", "2024-02-01", 80.0), ("A2", "k1", "2024-02-03", -20.0),  # refunded in part
            ("A3", "k2", "2024-03-01", 30.0), ("R9", "k2", "2024-03-04", -30.0),  # return under its own number
            ("A4", "k3", "2024-03-02", 40.0)]
    frame = pl.DataFrame(rows, schema=["Order", "Customer", "Date", "Amount"], orient="row")
    path = tmp_path / "settlement.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"Order": "order_id", "Customer": "customer_id", "Date": "order_date",
                                     "Amount": "amount"})
    net = frame.group_by("Order").agg(pl.col("Amount").sum()).filter(pl.col("Amount") > 0)
    real = net.filter(~pl.col("Order").str.starts_with("R"))
    assert _value(_ask(ds, "How many orders were placed?"), "orders") == real.height == 3
    assert _value(_ask(ds, "How many customers bought?"), "customers") == 3  # k1 keeps A2


# -- the client's own header, products by description ------------------------------------------------------------

def test_the_clients_own_header_wins_over_a_builtin(tmp_path) -> None:
    rng = random.Random(5)
    frame = pl.DataFrame({
        "Order": [f"O{k}" for k in range(200)], "Customer": [f"C{rng.randrange(40)}" for _ in range(200)],
        "Date": [(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))).isoformat() for _ in range(200)],
        "Amount": [round(rng.uniform(10, 99), 2) for _ in range(200)],
        "Segment": [rng.choice(["Retail", "Wholesale", "Online"]) for _ in range(200)],
    })
    path = tmp_path / "orders.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"Order": "order_id", "Customer": "customer_id", "Date": "order_date",
                                     "Amount": "amount"})
    answer = _ask(ds, "Umsatz nach Segment")
    assert answer.status == "ok" and answer.columns[0] == "segment"
    expected = {k: v for k, v in frame.group_by("Segment").agg(pl.col("Amount").sum()).iter_rows()}
    assert {r[0]: r[1] for r in answer.rows} == pytest.approx(expected)
    assert _ask(ds, "Umsatz nach RFM-Segment").columns[0] == "rfm_segment"


def test_products_named_only_by_their_description(tmp_path) -> None:
    rng = random.Random(9)
    frame = pl.DataFrame({
        "Bestellnummer": [f"B{k}" for k in range(150)], "Kunde": [f"K{rng.randrange(30)}" for _ in range(150)],
        "Datum": [(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200))).isoformat() for _ in range(150)],
        "Artikelbezeichnung": [rng.choice(["Tasse", "Teller", "Kanne"]) for _ in range(150)],
        "Anzahl": [rng.randrange(1, 4) for _ in range(150)],
        "Betrag": [round(rng.uniform(5, 50), 2) for _ in range(150)],
    })
    path = tmp_path / "verkauf.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"Bestellnummer": "order_id", "Kunde": "customer_id", "Datum": "order_date",
                                     "Artikelbezeichnung": "description", "Anzahl": "quantity", "Betrag": "amount"})
    answer = _ask(ds, "Umsatz nach Artikel")
    assert answer.status == "ok", answer.text
    expected = {k: v for k, v in frame.group_by("Artikelbezeichnung").agg(pl.col("Betrag").sum()).iter_rows()}
    assert {r[0]: r[-1] for r in answer.rows} == pytest.approx(expected)


def test_revenue_including_vat_is_the_gross_column(tmp_path) -> None:
    rng = random.Random(2)
    net = [round(rng.uniform(10, 200), 2) for _ in range(120)]
    frame = pl.DataFrame({
        "N° commande": [f"C{k}" for k in range(120)], "Client": [f"K{rng.randrange(30)}" for _ in range(120)],
        "Date": [(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200))).isoformat() for _ in range(120)],
        "Montant HT": net, "TVA": [round(x * 0.2, 2) for x in net], "Montant TTC": [round(x * 1.2, 2) for x in net],
    })
    path = tmp_path / "commandes.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"N° commande": "order_id", "Client": "customer_id", "Date": "order_date",
                                     "Montant HT": "amount"})
    for q in ("revenue including VAT", "Umsatz inkl. MwSt", "revenue gross", "Umsatz brutto"):
        answer = _ask(ds, q)
        assert answer.status == "ok", (q, answer.text)
        assert answer.rows[0][-1] == pytest.approx(frame["Montant TTC"].sum()), q
    assert _value(_ask(ds, "total revenue"), "revenue") == pytest.approx(sum(net))


def test_fees_and_payouts_named_alone_are_their_amount(tmp_path) -> None:
    rng = random.Random(4)
    rows = []
    for k in range(150):
        day = (dt.date(2024, 2, 1) + dt.timedelta(days=rng.randrange(200))).strftime("%d.%m.%Y")
        amount = round(rng.uniform(10, 90), 2)
        rows.append([day, "Verkauf", f"M{k}", f"K{rng.randrange(40)}", amount])
        rows.append([day, "Verkaufsgebühr", f"M{k}", None, -round(amount * 0.1, 2)])
    for m in range(3, 9):
        rows.append([f"01.{m:02d}.2024", "Auszahlung", f"AZ{m}", None, -1000.0 - m])
    frame = pl.DataFrame(rows, schema=["Datum", "Transaktionstyp", "Bestellnummer", "Käufer", "Betrag"], orient="row")
    path = tmp_path / "abrechnung.csv"
    frame.write_csv(path, separator=";")
    ds = ia.load_file(path, mapping={"Käufer": "customer_id", "Bestellnummer": "order_id", "Datum": "order_date",
                                     "Betrag": "amount"})
    of = {t: frame.filter(pl.col("Transaktionstyp") == t) for t in ("Verkauf", "Verkaufsgebühr", "Auszahlung")}
    assert _value(_ask(ds, "Wie hoch waren die Verkaufsgebühren?"), "document_amount") == pytest.approx(
        of["Verkaufsgebühr"]["Betrag"].sum())
    assert _value(_ask(ds, "Wie viel wurde an uns ausgezahlt?"), "document_amount") == pytest.approx(
        of["Auszahlung"]["Betrag"].sum())
    assert _value(_ask(ds, "Wie viele Auszahlungen gab es?"), "document_count") == of["Auszahlung"].height
    assert _value(_ask(ds, "Umsatz insgesamt"), "revenue") == pytest.approx(of["Verkauf"]["Betrag"].sum())


def test_how_much_with_a_status_alone_is_asked_back_not_counted(tmp_path) -> None:
    rng = random.Random(8)
    net = [round(rng.uniform(10, 200), 2) for _ in range(90)]
    frame = pl.DataFrame({
        "Rechnungsnummer": [f"RE-{k}" for k in range(90)], "Kunde": [f"K{rng.randrange(25)}" for _ in range(90)],
        "Datum": [(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200))).isoformat() for _ in range(90)],
        "Nettobetrag": net, "Bruttobetrag": [round(x * 1.19, 2) for x in net],
        "Status": [rng.choice(["Bezahlt", "Offen", "Überfällig"]) for _ in range(90)],
    })
    path = tmp_path / "rechnungen.csv"
    frame.write_csv(path)
    ds = ia.load_file(path, mapping={"Rechnungsnummer": "order_id", "Kunde": "customer_id", "Datum": "order_date",
                                     "Nettobetrag": "amount"})
    for q in ("Wie viel ist noch offen?", "Wie viel ist noch offen (brutto)?"):
        assert _ask(ds, q).status == "clarify", q
    offen = frame.filter(pl.col("Status") == "Offen")
    assert _value(_ask(ds, "Wie viele Kunden sind offen?"), "customers") == offen["Kunde"].n_unique()
    assert _ask(ds, "Umsatz offen brutto").rows[0][-1] == pytest.approx(offen["Bruttobetrag"].sum())
