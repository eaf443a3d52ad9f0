"""An imported interactions file keeps its other timestamps (when a request was answered) per interaction, on
the interactions table, so response times work on imported data; a value that is one per customer is still a
customer attribute."""

from __future__ import annotations

import datetime as dt

import polars as pl

from insight import api
from insight.analyses.response_times import response_times
from insight.io import map_frame

ORDERS = "order_id,customer_id,order_date,amount\n1,C1,2024-01-01,100\n2,C2,2024-01-05,50\n3,C3,2024-02-01,70\n"
INTERACTIONS = (
    "Kundennummer;Zeitpunkt;Art;Beantwortet am;Region\n"
    "C1;01.03.2024 09:00;Beschwerde;02.03.2024 09:00;Nord\n"
    "C1;05.03.2024 10:00;E-Mail;05.03.2024 12:30;Nord\n"
    "C2;01.04.2024 08:00;Anruf;01.04.2024 08:30;Süd\n"
    "C2;02.04.2024 08:00;Beschwerde;;Süd\n"
    "C3;01.05.2024 08:00;Beschwerde;04.05.2024 08:00;Süd\n"
)


def _frame() -> pl.DataFrame:
    rows = [line.split(";") for line in INTERACTIONS.strip().splitlines()]
    return pl.DataFrame([pl.Series(h, [r[i] for r in rows[1:]], dtype=pl.String) for i, h in enumerate(rows[0])])


def test_answer_timestamp_stays_on_the_interactions_table():
    mapped = map_frame(_frame(), source="interactions.csv")
    assert mapped.table == "interactions"
    answered = mapped.frame.get_column("beantwortet_am")
    assert answered.dtype == pl.Datetime("us")
    assert answered.to_list()[:2] == [dt.datetime(2024, 3, 2, 9), dt.datetime(2024, 3, 5, 12, 30)]
    assert answered.null_count() == 1
    # the region is one per customer: a customer attribute as before, the answer time is not
    assert mapped.extras is not None and mapped.extras.columns == ["customer_id", "Region"]
    assert any("timestamp column(s) per interaction: Beantwortet am" in n for n in mapped.notes)


def test_response_times_on_an_imported_workspace(tmp_path):
    (tmp_path / "orders.csv").write_text(ORDERS)
    (tmp_path / "interactions.csv").write_text(INTERACTIONS)
    db = tmp_path / "ws.db"
    api.import_files([tmp_path / "orders.csv", tmp_path / "interactions.csv"], workspace=db)
    ds = api.load(workspace=db, as_of="2025-01-01")
    assert ds.interactions.schema["beantwortet_am"] == pl.Datetime("us")
    rows = {r["interaction_kind"]: r for r in response_times(ds).iter_rows(named=True)}
    # complaints: C1 24 h, C2 unanswered, C3 72 h; the e-mail 2.5 h, the call 0.5 h
    c = rows["complaint"]
    assert (c["requests"], c["answered"], c["median_hours"], c["mean_hours"]) == (3, 2, 48.0, 48.0)
    assert (rows["email"]["median_hours"], rows["call"]["median_hours"]) == (2.5, 0.5)
