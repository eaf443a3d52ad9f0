"""'How many refunds?' where refunds are a status of the sale (Refunded) and no line reverses one: the orders of that
status, counted; 'How much did we refund?' their amount — never 0 returns; mixed with another figure asked back with
the count offered (docs/ask.md, "Refunds recorded as a status")."""

from pathlib import Path

import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def tickets(tmp_path_factory) -> tuple[Path, pl.DataFrame]:
    rows = [(f"{9000 + i}", f"2024-03-{1 + i % 28:02d}", f"guest{i % 40}@example.org", ["Standard", "VIP"][i % 2],
             1 + i % 3, 20.0 * (1 + i % 3), "Erstattet" if i % 9 == 0 else "Teilnahme") for i in range(180)]
    raw = pl.DataFrame(rows, schema=["Bestellnr", "Datum", "E-Mail", "Ticketart", "Menge", "Betrag", "Status"],
                       orient="row")
    path = tmp_path_factory.mktemp("refund_status") / "tickets.csv"
    raw.write_csv(path)
    return path, raw


@pytest.mark.parametrize("question", ["How many refunds?", "Wie viele Erstattungen gab es?"])
def test_refunds_as_a_status_count_the_orders_of_that_status(tickets, question: str) -> None:
    path, raw = tickets
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"][0][-1] == raw.filter(pl.col("Status") == "Erstattet")["Bestellnr"].n_unique()


@pytest.mark.parametrize("question", ["How much did we refund?", "Wie viel wurde erstattet?"])
def test_the_amount_refunded_is_the_amount_of_the_orders_of_that_status(tickets, question: str) -> None:
    path, raw = tickets
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"][0][0] == pytest.approx(raw.filter(pl.col("Status") == "Erstattet")["Betrag"].sum())


def test_refunds_beside_another_figure_are_asked_back_with_the_status_count(tickets) -> None:
    path, raw = tickets
    ds = ia.load_file(path)
    answer = ia.ask("revenue and refunds", ds).to_json()
    assert answer["status"] == "clarify", answer["text"]
    assert "Erstattet" in answer["text"]
    offered = ia.ask(answer["options"][0], ds).to_json()  # the option offered answers the count
    assert offered["status"] == "ok", offered["text"]
    assert offered["rows"][0][-1] == raw.filter(pl.col("Status") == "Erstattet")["Bestellnr"].n_unique()


def test_reversing_lines_are_the_returns(tmp_path: Path) -> None:
    raw = pl.DataFrame({"Bestellnr": ["1", "2", "3", "3"], "Datum": ["2024-01-02"] * 4, "Kunde": ["a", "b", "c", "c"],
                        "Betrag": [10.0, 20.0, 30.0, -30.0], "Status": ["ok", "ok", "ok", "Erstattet"]})
    raw.write_csv(tmp_path / "mixed.csv")
    answer = ia.ask("How many refunds?", ia.load_file(tmp_path / "mixed.csv")).to_json()
    assert answer["status"] == "ok", answer["text"]


@pytest.mark.parametrize("question", ["Wie viele Einheiten wurden erstattet?", "Wie viele Einheiten wurden retourniert?"])
def test_units_of_a_refund_status_are_the_quantity_of_those_lines(tickets, question: str) -> None:
    """The units of never-a-sale lines are their quantity (cancelled_quantity), never the 0 they count as sold."""
    path, raw = tickets
    answer = ia.ask(question, ia.load_file(path)).to_json()
    assert answer["status"] == "ok", answer["text"]
    assert answer["rows"][0][0] == pytest.approx(float(raw.filter(pl.col("Status") == "Erstattet")["Menge"].sum()))
