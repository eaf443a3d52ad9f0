"""A 'not' before a yes/no column's word and a share word are never dropped (answers.md, "No silent
substitution"): "How much is not paid?" is not the share of the paid lines, "What share of invoices is not
paid?" is not their count. The share is asked back, naming the word; "How much is not paid?" is the amount of the
unpaid lines (the `how_much_unpaid` reading); the readings that carry them still answer."""

from __future__ import annotations

import polars as pl
import pytest

import insight.api as ia


@pytest.fixture(scope="module")
def invoices(tmp_path_factory):
    n = 120
    frame = pl.DataFrame({
        "Invoice": [f"INV-{i}" for i in range(n)],
        "Client": [f"C{i % 30}" for i in range(n)],
        "Date": [f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}" for i in range(n)],
        "Amount": [50.0 + 7 * (i % 40) for i in range(n)],
        "Paid?": ["FALSE" if i % 5 == 0 else "TRUE" for i in range(n)],
    })
    path = tmp_path_factory.mktemp("inv") / "invoices.csv"
    frame.write_csv(path)
    return ia.load_file(path), frame


def _ask(q, ds):
    return ia.ask(q, ds).to_json()


@pytest.mark.parametrize("question, word", [("What share of invoices is not paid?", "share")])
def test_the_word_is_named_back_never_dropped(invoices, question, word):
    answer = _ask(question, invoices[0])
    assert answer["status"] == "clarify", answer["text"]
    assert f"'{word}'" in answer["text"]


def test_how_much_is_not_paid_is_the_unpaid_amount_never_the_paid_share(invoices):
    ds, frame = invoices
    answer = _ask("How much is not paid?", ds)
    assert answer["status"] == "ok", answer["text"]
    unpaid = frame.filter(pl.col("Paid?") == "FALSE").get_column("Amount").sum()
    assert answer["rows"] == [[pytest.approx(unpaid)]]


def test_the_readings_that_carry_the_words_still_answer(invoices):
    ds, frame = invoices
    unpaid = frame.filter(pl.col("Paid?") == "FALSE")
    answer = _ask("How much is unpaid?", ds)
    assert answer["status"] == "ok" and answer["rows"][0][-1] == pytest.approx(unpaid["Amount"].sum())
    share = _ask("What share of lines is paid?", ds)
    assert share["status"] == "ok" and share["rows"][0][-1] == pytest.approx(1 - unpaid.height / frame.height)
    count = _ask("How many invoices are not paid?", ds)
    assert count["status"] == "ok" and count["rows"][0][0] == unpaid.height


def test_a_churn_word_beside_another_flag_is_never_dropped():
    """Churn_Modelling: "Which customers without a credit card left us?" must not count every customer without a
    card; with the churn flag read it answers, without it the churn word is named back."""
    import pathlib

    path = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "data" / "foreign" / "Churn_Modelling.csv"
    ds = ia.load_file(path)
    raw = pl.read_csv(path)
    both = _ask("Wie viele Kunden ohne Kreditkarte sind abgewandert?", ds)
    assert both["status"] == "ok"
    assert both["rows"][0][-1] == raw.filter((pl.col("HasCrCard") == 0) & (pl.col("Exited") == 1)).height
    dropped = _ask("Which customers without a credit card left us, by gender?", ds)
    assert dropped["status"] == "clarify", dropped["text"]
