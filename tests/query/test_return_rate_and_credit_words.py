"""Ask on European exports, second pass (round 9's last ask-backs): the credit and correction notes in the
exports' own languages, the return rate (returns ÷ gross sales) and the count of return lines, 'Dokumente'
annulled, 'fakturiert' as a filler, letters NFKD does not decompose in headers ('Forma płatności'), and a
'Zona' column named 'Zone'. Small generated files, real imports, each answer checked against plain polars."""

from __future__ import annotations

import datetime as dt
import random

import polars as pl
import pytest

import insight.api as ia
from insight.language import fold


def _json(question: str, ds) -> dict:
    return ia.ask(question, ds).to_json()


def _value(question: str, ds) -> float:
    data = _json(question, ds)
    assert data["status"] == "ok", data["text"]
    assert len(data["rows"]) == 1, data["rows"]
    return float(data["rows"][0][-1])


def _money(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    """Invoices (FV/…) and correction notes (FK/…, negative) with a status, a payment form and a zone."""
    rng = random.Random(11)
    rows = []
    for k in range(240):
        kind = "FK" if k % 9 == 0 else "FV"
        net = round(rng.uniform(50, 900), 2) * (-1 if kind == "FK" else 1)
        rows.append(
            {
                "Nr faktury": f"{kind}/2024/{k:04d}",
                "Data": (dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(300))).isoformat(),
                "Kontrahent": f"K{rng.randrange(40):03d}",
                "Netto": net,
                "Status": "Anulado" if k % 17 == 5 else rng.choice(["Normal", "Pago"]),
                "Forma płatności": rng.choice(["Przelew", "Karta", "Gotówka"]),
                "Zona": rng.choice(["Norte", "Centro", "Lisboa"]),
            }
        )
    frame = pl.DataFrame(rows)
    path = tmp_path_factory.mktemp("fk") / "faktury.csv"
    frame.with_columns(pl.col("Netto").map_elements(_money, return_dtype=pl.String)).write_csv(path, separator=";")
    return ia.load_file(path), frame


def test_letters_nfkd_keeps_are_folded_to_their_base_letters() -> None:
    assert fold("Forma płatności") == "forma platnosci"
    assert fold("Beløb") == "belob"
    assert fold("Æble Œuvre") == "aeble oeuvre"


@pytest.mark.parametrize(
    "question",
    [
        "What is the total of the corrective invoices (korekty)?",
        "Wie hoch sind die Notas de crédito insgesamt?",
        "Summe der Korrekturrechnungen",
        "total of the credit notes (nota di credito)",
    ],
)
def test_correction_and_credit_notes_in_the_exports_languages_are_the_returns(invoices, question) -> None:
    ds, frame = invoices
    valid = frame.filter(pl.col("Status") != "Anulado")
    expected = -valid.filter(pl.col("Netto") < 0)["Netto"].sum()
    assert _value(question, ds) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize(
    "question",
    ["Wie viele Dokumente sind anuliert?", "Wie viele Belege sind annulliert?", "Wie viele Dokumente sind storniert?"],
)
def test_documents_called_off_are_the_cancelled_documents(invoices, question) -> None:
    ds, frame = invoices
    data = _json(question, ds)
    assert data["status"] == "ok", data["text"]
    assert data["columns"][0] == "cancelled_orders"
    assert data["rows"][0][0] == frame.filter(pl.col("Status") == "Anulado").height


def test_dokumente_are_documents(invoices) -> None:
    ds, frame = invoices
    assert _value("Wie viele Dokumente gibt es?", ds) == frame.filter(pl.col("Status") != "Anulado").height


def test_payment_form_header_with_a_polish_l_is_the_payment_method(invoices) -> None:
    ds, frame = invoices
    data = _json("Umsatzanteil je Zahlungsart", ds)
    assert data["status"] == "ok", data["text"]
    valid = frame.filter(pl.col("Status") != "Anulado")
    by = valid.group_by("Forma płatności").agg(pl.col("Netto").sum())
    expected = {r[0]: r[1] / valid["Netto"].sum() for r in by.iter_rows()}
    got = {r[0]: r[-1] for r in data["rows"]}
    assert got == pytest.approx(expected, abs=1e-4)


def test_zone_names_a_zona_column(invoices) -> None:
    ds, frame = invoices
    valid = frame.filter((pl.col("Status") != "Anulado") & (pl.col("Zona") == "Lisboa"))
    assert _value("Umsatz in der Zone lisboa im Jahr 2024", ds) == pytest.approx(valid["Netto"].sum(), abs=0.01)


def test_fakturiert_is_a_filler(invoices) -> None:
    ds, frame = invoices
    valid = frame.filter(pl.col("Status") != "Anulado")
    assert _value("Wie viel Umsatz haben wir fakturiert?", ds) == pytest.approx(valid["Netto"].sum(), abs=0.01)


@pytest.fixture(scope="module")
def order_lines(tmp_path_factory):
    """Webshop order lines with returns as their own negative lines (a line type Sale / Return)."""
    rng = random.Random(5)
    rows = []
    for k in range(400):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(200))
        amount = round(rng.uniform(10, 200), 2)
        rows.append(
            [f"O{k}", f"C{rng.randrange(60)}", day.isoformat(), "Sale", rng.choice(["Shoes", "Shirts"]), amount]
        )
        if k % 6 == 0:
            rows.append(
                [f"R{k}", rows[-1][1], (day + dt.timedelta(days=9)).isoformat(), "Return", rows[-1][4], -amount]
            )
    frame = pl.DataFrame(rows, schema=["Order", "Customer", "Date", "Line type", "Group", "Amount"], orient="row")
    path = tmp_path_factory.mktemp("ret") / "lines.csv"
    frame.write_csv(path)
    return ia.load_file(path), frame


@pytest.mark.parametrize("question", ["Wie hoch ist die Retourenquote (Anteil am Umsatz)?", "What is the return rate?"])
def test_return_rate_is_returns_over_gross_sales(order_lines, question) -> None:
    ds, frame = order_lines
    returns = -frame.filter(pl.col("Amount") < 0)["Amount"].sum()
    gross = frame.filter(pl.col("Amount") > 0)["Amount"].sum()
    assert _value(question, ds) == pytest.approx(returns / gross, rel=1e-6)


def test_return_rate_by_group(order_lines) -> None:
    ds, frame = order_lines
    data = _json("return rate by Group", ds)
    assert data["status"] == "ok", data["text"]
    by = frame.group_by("Group").agg(
        r=-pl.col("Amount").filter(pl.col("Amount") < 0).sum() / pl.col("Amount").filter(pl.col("Amount") > 0).sum()
    )
    assert {r[0]: r[-1] for r in data["rows"]} == pytest.approx(dict(by.iter_rows()), rel=1e-6)


@pytest.mark.parametrize("question", ["How many return lines are there?", "Wie viele Retourenpositionen gibt es?"])
def test_return_lines_are_counted_as_lines(order_lines, question) -> None:
    ds, frame = order_lines
    assert _value(question, ds) == frame.filter(pl.col("Amount") < 0).height


def test_return_rate_on_data_without_reversing_lines_is_asked_back(tmp_path) -> None:
    rows = [
        [f"O{k}", f"C{k % 9}", f"2024-0{1 + k % 9}-1{k % 10}", "Shipped" if k % 7 else "Cancelled", 10.0 + k]
        for k in range(60)
    ]
    frame = pl.DataFrame(rows, schema=["Order", "Customer", "Date", "Status", "Amount"], orient="row")
    path = tmp_path / "orders.csv"
    frame.write_csv(path)
    ds = ia.load_file(path)
    for question in ("return rate", "Retourenquote je Monat"):
        data = _json(question, ds)
        assert data["status"] == "clarify", data["text"]
        assert "return" in data["text"].lower() or "retour" in data["text"].lower()
