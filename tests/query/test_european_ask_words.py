"""Ask on European and messy exports (round 9's gaps): period totals have no orders, "wie schnell" asks for a
speed, a 'Kunde' name column beside the customer id is no "customers", and the credit, VAT and coupon words of
the other languages. Small generated files, real imports, each answer checked against plain polars."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import polars as pl
import pytest

import insight.api as ia


def _json(question: str, ds) -> dict:
    return ia.ask(question, ds).to_json()


def _value(question: str, ds) -> float:
    data = _json(question, ds)
    assert data["status"] == "ok", data["text"]
    return float(data["rows"][0][-1])


def _csv(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    path.write_text(";".join(header) + "\n" + "".join(";".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def pivot(tmp_path_factory):
    """A customers × months pivot (whole euros, empty cells, a Summe column): one total per customer and month."""
    rng = random.Random(3)
    rows, cells = [], []
    for k in range(30):
        values = [rng.choice(["", str(rng.randrange(100, 900))]) for _ in range(4)]
        rows.append([f"K{k:03d}", f"Firma {k}", *values, sum(int(v) for v in values if v)])
        cells += [(f"K{k:03d}", m, int(v)) for m, v in enumerate(values, 1) if v]
    path = _csv(
        tmp_path_factory.mktemp("pivot") / "umsatz_monat.csv",
        ["Kd-Nr", "Kunde", "Jan 24", "Feb 24", "Mär 24", "Apr 24", "Summe"],
        rows,
    )
    return ia.load_file(path), pl.DataFrame(cells, schema=["customer_id", "month", "amount"], orient="row")


@pytest.mark.parametrize(
    "question",
    [
        "Anzahl Bestellungen",
        "durchschnittlicher Bestellwert",
        "How many orders did we get?",
        "average order value by month",
    ],
)
def test_order_figures_on_a_pivot_of_month_totals_are_asked_back(pivot, question) -> None:
    data = _json(question, pivot[0])
    assert data["status"] == "clarify"
    assert "Monats- oder Quartalssummen" in data["text"] or "monthly or quarterly totals" in data["text"]


def test_revenue_and_customers_of_a_pivot_are_answered(pivot) -> None:
    ds, cells = pivot
    assert _value("Umsatz gesamt", ds) == pytest.approx(float(cells["amount"].sum()))
    assert _value("Wie viele Kunden hatten Umsatz?", ds) == cells["customer_id"].n_unique()
    data = _json("Umsatz je Monat", ds)
    assert data["status"] == "ok"
    assert [r[-1] for r in data["rows"]] == pytest.approx(
        cells.group_by("month").agg(pl.col("amount").sum()).sort("month")["amount"].cast(pl.Float64).to_list()
    )


def test_order_count_of_year_and_quarter_rows_is_asked_back(tmp_path) -> None:
    rows = [[y, q, f"C{c}", 100 * c + q] for y in (2023, 2024) for q in (1, 2, 3, 4) for c in range(1, 6)]
    ds = ia.load_file(_csv(tmp_path / "quartale.csv", ["Jahr", "Quartal", "Kundennummer", "Umsatz"], rows))
    assert _json("number of orders", ds)["status"] == "clarify"
    assert _value("revenue in 2024", ds) == pytest.approx(sum(r[3] for r in rows if r[0] == 2024))


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    """Swiss-style invoices: 'Kd-Nr' is the id, 'Kunde' the company's name, a 'Moms' VAT column, a branch."""
    rng = random.Random(5)
    rows = []
    for k in range(80):
        kid = 100 + rng.randrange(25)
        net = round(rng.uniform(50, 900), 2)
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(250))
        rows.append(
            [
                f"R{k:04d}",
                kid,
                f"Firma {kid} AG",
                day.isoformat(),
                net,
                round(net * 0.25, 2),
                rng.choice(["Zürich", "Bern", "Basel"]),
            ]
        )
    path = _csv(
        tmp_path_factory.mktemp("inv") / "rechnungen.csv",
        ["Rg-Nr", "Kd-Nr", "Kunde", "Datum", "Betrag", "Moms", "Filiale"],
        rows,
    )
    frame = pl.DataFrame(rows, schema=["doc", "kid", "name", "day", "net", "vat", "branch"], orient="row")
    return ia.load_file(path, mapping={"Kd-Nr": "customer_id"}), frame


def test_customers_mean_the_customers_not_a_name_column_called_kunde(invoices) -> None:
    ds, frame = invoices
    assert _value("How many customers bought from us?", ds) == frame["kid"].n_unique()
    data = _json("How many customers per branch (Filiale)?", ds)
    assert data["status"] == "ok", data["text"]
    want = dict(frame.group_by("branch").agg(pl.col("kid").n_unique()).iter_rows())
    assert {r[0]: r[-1] for r in data["rows"]} == want


def test_swedish_moms_is_the_tax_column(invoices) -> None:
    ds, frame = invoices
    assert _value("How much moms (VAT) did we charge?", ds) == pytest.approx(float(frame["vat"].sum()))


@pytest.mark.parametrize(
    ("question", "word"),
    [("Wie schnell zahlen unsere Kunden?", "schnell"), ("How quickly do our customers pay?", "quickly")],
)
def test_how_fast_is_asked_back_naming_the_speed_word(invoices, question, word) -> None:
    data = _json(question, invoices[0])
    assert data["status"] == "clarify"
    assert word in data["text"]


def test_quickly_as_a_politeness_word_stays_a_filler(invoices) -> None:
    ds, frame = invoices
    assert _value("Zeig mir mal schnell den Umsatz", ds) == pytest.approx(float(frame["net"].sum()))


@pytest.fixture(scope="module")
def credits(tmp_path_factory):
    """French invoices FA-… and avoirs AV-… (negative), a coupon column in Spanish."""
    rng = random.Random(11)
    rows = []
    for k in range(90):
        avoir = k % 6 == 0
        net = round(rng.uniform(20, 400), 2)
        day = dt.date(2024, 2, 1) + dt.timedelta(days=rng.randrange(200))
        rows.append(
            [
                f"{'AV' if avoir else 'FA'}-{k:04d}",
                f"C{rng.randrange(20):03d}",
                day.isoformat(),
                -net if avoir else net,
                rng.choice(["", "", "VERANO10", "BIENVENIDA"]),
            ]
        )
    path = _csv(
        tmp_path_factory.mktemp("fr") / "factures.csv", ["Numero", "Code client", "Date", "Montant", "cupon"], rows
    )
    frame = pl.DataFrame(rows, schema=["doc", "cid", "day", "net", "cupon"], orient="row")
    return ia.load_file(
        path, mapping={"Numero": "order_id", "Code client": "customer_id", "Date": "order_date", "Montant": "amount"}
    ), frame


@pytest.mark.parametrize(
    "question", ["Wie hoch sind die Avoirs (Gutschriften)?", "total avoirs", "Wie viel haben wir gutgeschrieben?"]
)
def test_avoirs_and_gutgeschrieben_are_the_credit_notes_value(credits, question) -> None:
    ds, frame = credits
    assert abs(_value(question, ds)) == pytest.approx(float(-frame.filter(pl.col("net") < 0)["net"].sum()))


def test_credit_notes_posted_are_counted(credits) -> None:
    ds, frame = credits
    assert _value("How many credit notes did we post?", ds) == frame.filter(pl.col("net") < 0).height
    assert _value("Wie viele Gutschriften gab es?", ds) == frame.filter(pl.col("net") < 0).height


def test_gutschein_names_a_coupon_column(credits) -> None:
    ds, frame = credits
    assert _value("Umsatz mit Gutschein VERANO10", ds) == pytest.approx(
        float(frame.filter(pl.col("cupon") == "VERANO10")["net"].sum())
    )


def test_sent_back_names_a_returned_status(tmp_path) -> None:
    rows = [
        [f"P{k}", f"C{k % 7}", f"2024-03-{1 + k % 28:02d}", 10 + k, ["entregado", "devuelto"][k % 4 == 0]]
        for k in range(40)
    ]
    ds = ia.load_file(
        _csv(tmp_path / "pedidos.csv", ["pedido", "cliente", "fecha", "importe", "estado"], rows),
        mapping={
            "pedido": "order_id",
            "cliente": "customer_id",
            "fecha": "order_date",
            "importe": "amount",
            "estado": "line_status",
        },
    )
    assert _value("Wie viele Bestellungen wurden zurückgeschickt (devuelto)?", ds) == sum(
        r[4] == "devuelto" for r in rows
    )


def test_retourniert_is_the_returns_value_or_the_returned_status(credits, tmp_path) -> None:
    ds, frame = credits  # no status column: the value of the reversing lines
    assert _value("Wie viel wurde retourniert?", ds) == pytest.approx(
        float(-frame.filter(pl.col("net") < 0)["net"].sum())
    )
    rows = [
        [f"P{k}", f"C{k % 7}", f"2024-03-{1 + k % 28:02d}", 10 + k, ["entregado", "devuelto"][k % 5 == 0]]
        for k in range(40)
    ]
    status = ia.load_file(
        _csv(tmp_path / "pedidos.csv", ["pedido", "cliente", "fecha", "importe", "estado"], rows),
        mapping={
            "pedido": "order_id",
            "cliente": "customer_id",
            "fecha": "order_date",
            "importe": "amount",
            "estado": "line_status",
        },
    )
    assert _value("Wie viele Bestellungen wurden retourniert?", status) == sum(r[4] == "devuelto" for r in rows)
