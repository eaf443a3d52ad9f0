"""Round-10 readings (docs/ask.md, "Round 10: words the data answers"): a document's money column constant per
customer, a gloss in parentheses, abbreviated headers, a year's possessive, paying again, a void memo. Real files
written into tmp_path and imported into a real workspace; each answer checked against plain polars on the rows."""

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


@pytest.fixture(scope="module")
def legacy(tmp_path_factory):
    """Monthly invoices of subscribers (the same Tax on every invoice of one customer), abbreviated headers FIL
    (zero-padded codes) and WGR, a State code column, a Memo with 'VOID: …' on some invoices."""
    rng = random.Random(10)
    folder = tmp_path_factory.mktemp("round10")
    rows = []
    n = 0
    for c in range(40):
        plan = rng.choice([29.0, 99.0, 299.0])
        fil, wgr, state = rng.choice(["01", "02", "03"]), rng.choice(["Farben", "Werkzeug"]), rng.choice(["VIC", "NSW"])
        for m in range(rng.randrange(2, 14)):
            n += 1
            y, mo = 2023 + (m // 12), m % 12 + 1
            void = rng.random() < 0.08
            rows.append({"RGNR": f"R{n:05d}", "KDNR": f"K{c:03d}", "Datum": dt.date(y, mo, 5).isoformat(),
                         "Netto": 0.0 if void else plan, "Tax": round(plan * 0.08, 2), "FIL": fil, "WGR": wgr,
                         "State": state, "Memo": "VOID: wrong customer" if void else rng.choice(["", "Job 12"])})
    frame = pl.DataFrame(rows)
    frame.write_csv(folder / "export.csv")
    ws = folder / "ws.db"
    ia.import_files([folder / "export.csv"], workspace=ws,
                    mapping={"KDNR": "customer_id", "RGNR": "order_id", "Datum": "order_date", "Netto": "amount"})
    truth = frame.with_columns(void=pl.col("Memo").str.starts_with("VOID"))
    return ia.load(workspace=ws), truth


def test_a_tax_column_constant_per_customer_sums_over_the_invoices(legacy) -> None:
    ds, t = legacy
    assert _scalar(_ask(ds, "How much tax did we charge?")) == pytest.approx(t.filter(~pl.col("void"))["Tax"].sum())


def test_an_abbreviated_header_is_named_by_the_word_it_abbreviates(legacy) -> None:
    ds, t = legacy
    sales = t.filter(~pl.col("void"))
    answer = _ask(ds, "Umsatz je Warengruppe")
    assert answer.status == "ok", answer.text
    expected = dict(sales.group_by("WGR").agg(pl.col("Netto").sum()).iter_rows())
    assert {row[0]: row[1] for row in answer.rows} == pytest.approx(expected)
    assert _scalar(_ask(ds, "Umsatz der Filiale 2")) == pytest.approx(sales.filter(pl.col("FIL") == "02")["Netto"].sum())


def test_a_gloss_before_an_understood_parenthesis_is_no_unknown_word(legacy) -> None:
    ds, t = legacy
    sales = t.filter(~pl.col("void"))
    assert _scalar(_ask(ds, "Umsatz in Victoria (VIC)")) == pytest.approx(
        sales.filter(pl.col("State") == "VIC")["Netto"].sum())
    assert _ask(ds, "Umsatz in Blorkistan (ZZZ)").status == "clarify"  # neither side understood: asked back


def test_a_column_name_s_translation_in_parentheses_is_no_unknown_word(legacy) -> None:
    """"Umsatz je State (Bundesstaat)": a column is one thing, so the parenthesis after its name translates it; an
    unknown word in parentheses after a value or a metric still narrows and stays asked back."""
    ds, t = legacy
    sales = t.filter(~pl.col("void"))
    answer = _ask(ds, "Umsatz je State (Bundesstaat)")
    assert answer.status == "ok", answer.text
    assert {row[0]: row[1] for row in answer.rows} == pytest.approx(
        dict(sales.group_by("State").agg(pl.col("Netto").sum()).iter_rows()))
    assert _ask(ds, "Umsatz in VIC (Blorkistan)").status == "clarify"


def test_a_function_word_between_a_gloss_and_its_parenthesis(legacy) -> None:
    ds, t = legacy
    sales = t.filter(~pl.col("void"))
    assert _scalar(_ask(ds, "Umsatz in Victoria der (VIC)")) == pytest.approx(
        sales.filter(pl.col("State") == "VIC")["Netto"].sum())


def test_a_void_memo_is_a_voided_document(legacy) -> None:
    ds, t = legacy
    assert _scalar(_ask(ds, "Wie viele Rechnungen wurden storniert (VOID)?")) == t.filter(pl.col("void")).height


def test_a_years_possessive_is_the_year(legacy) -> None:
    ds, t = legacy
    sales = t.filter(~pl.col("void")).with_columns(year=pl.col("Datum").str.slice(0, 4))
    before = set(sales.filter(pl.col("year") == "2023")["KDNR"])
    after = set(sales.filter(pl.col("year") == "2024")["KDNR"])
    expected = len(before & after) / len(before)
    for question in ("What share of 2023's customers bought again in 2024?",
                     "What share of 2023's customers still paid in 2024?"):
        assert _scalar(_ask(ds, question)) == pytest.approx(expected), question
