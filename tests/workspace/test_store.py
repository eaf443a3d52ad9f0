"""Import semantics on both backends with hand-built canonical frames: replace by key, identical-file
detection, merge of customers, undo (including chains), atomic failure, same Dataset on both backends."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.dataset import Dataset
from insight.errors import WorkspaceError
from insight.workspace import Workspace

from wshelpers import canonical, fingerprint, line


def _orders(ws) -> pl.DataFrame:
    return ws.load().order_lines.sort("order_id", "product_id", nulls_last=True)


def test_import_then_load_round_trips_every_column(ws):
    frame = canonical("order_lines", [
        line("A1", "c1", "2024-01-05 10:30:00", 2, 5.0, "P1", description="Mug", country="DE", channel="web"),
        line("A1", "c1", "2024-01-05 10:30:00", 1, 3.5, "P2", unit_cost=1.25),
        line("C9", None, "2024-02-01 00:00:00.123456", -1, 5.0, "P1"),
        line("B2", "c2", "2024-03-01 08:00:00", None, None, None, amount=99.99),
    ])
    report = ws.import_frame(frame, "order_lines", name="orders.csv")
    assert (report.rows, report.customers, report.status) == (4, 2, "imported")
    assert (report.cancellations, report.rows_without_customer) == (1, 1)
    assert (report.date_from, report.date_to) == (dt.date(2024, 1, 5), dt.date(2024, 3, 1))
    loaded = ws.load().order_lines
    assert loaded.schema == frame.schema
    assert loaded.equals(frame)


def test_reimport_identical_is_detected_and_changes_nothing(ws):
    frame = canonical("order_lines", [line("A1", "c1", "2024-01-05"), line("A2", "c2", "2024-01-06")])
    first = ws.import_frame(frame, "order_lines", name="o.csv")
    before = fingerprint(ws)
    again = ws.import_frame(frame, "order_lines", name="o.csv")
    assert again.status == "unchanged" and again.import_id == first.import_id
    assert "already imported as #" in again.to_text()
    assert fingerprint(ws) == before


def test_reimport_replaces_the_same_orders(ws):
    ws.import_frame(canonical("order_lines", [
        line("A1", "c1", "2024-01-05", 1), line("A1", "c1", "2024-01-05", 2, product_id="P2"),
        line("A2", "c2", "2024-01-06", 3),
    ]), "order_lines", name="jan.csv")
    # the corrected export: A1 now has one line only, A3 is new, A2 is not in the file (kept)
    report = ws.import_frame(canonical("order_lines", [
        line("A1", "c1", "2024-01-05", 7), line("A3", "c3", "2024-01-07", 4),
    ]), "order_lines", name="jan-fixed.csv")
    assert report.replaced_rows == 2
    got = _orders(ws).select("order_id", "quantity").rows()
    assert got == [("A1", 7.0), ("A2", 3.0), ("A3", 4.0)]


def test_lines_without_order_id_are_replaced_per_customer_and_day(ws):
    ws.import_frame(canonical("order_lines", [
        line(None, "c1", "2024-01-05 09:00", 1), line(None, "c1", "2024-01-05 17:00", 2),
        line(None, "c1", "2024-01-06", 3),
    ]), "order_lines")
    ws.import_frame(canonical("order_lines", [line(None, "c1", "2024-01-05 12:00", 10)]), "order_lines")
    got = sorted(ws.load().order_lines.select("quantity").to_series().to_list())
    assert got == [3.0, 10.0]


def test_customers_upsert_merges_columns(ws):
    ws.import_frame(canonical("customers", [
        {"customer_id": "c1", "name": "Anna", "city": "Berlin"},
        {"customer_id": "c2", "name": "Ben", "city": "Hamburg"},
    ]), "customers", name="crm.csv")
    report = ws.import_frame(canonical("customers", [
        {"customer_id": "c1", "status": "customer", "city": "München"},
        {"customer_id": "c3", "name": "Cleo"},
    ]), "customers", name="crm2.csv")
    assert report.replaced_rows == 1
    got = ws.load().customers.sort("customer_id").select("customer_id", "name", "city", "status").rows()
    assert got == [("c1", "Anna", "München", "customer"), ("c2", "Ben", "Hamburg", None), ("c3", "Cleo", None, None)]


def test_coupons_surveys_interactions_upsert_by_key(ws):
    ws.import_frame(canonical("coupons", [
        {"coupon_id": "K1", "customer_id": "c1", "issued_at": dt.date(2024, 1, 1)},
        {"coupon_id": "K2", "customer_id": "c2", "issued_at": dt.date(2024, 1, 1)},
    ]), "coupons")
    ws.import_frame(canonical("coupons", [
        {"coupon_id": "K1", "customer_id": "c1", "issued_at": dt.date(2024, 1, 1), "redeemed_at": dt.date(2024, 2, 1)},
    ]), "coupons")
    survey = {"customer_id": "c1", "response_date": dt.date(2024, 3, 1), "aspect": "service", "satisfaction": 2.0}
    ws.import_frame(canonical("survey_responses", [survey, {**survey, "aspect": "price", "satisfaction": 4.0}]),
                    "survey_responses")
    ws.import_frame(canonical("survey_responses", [{**survey, "satisfaction": 5.0}]), "survey_responses")
    touch = {"customer_id": "c1", "happened_at": dt.datetime(2024, 3, 1, 9), "kind": "call", "note": "first"}
    ws.import_frame(canonical("interactions", [touch]), "interactions")
    ws.import_frame(canonical("interactions", [{**touch, "note": "second"}, {**touch, "kind": "mail"}]), "interactions")
    ds = ws.load()
    assert ds.coupons.sort("coupon_id").select("coupon_id", "redeemed_at").rows() == [
        ("K1", dt.date(2024, 2, 1)), ("K2", None)]
    assert ds.survey_responses.sort("aspect").select("aspect", "satisfaction").rows() == [
        ("price", 4.0), ("service", 5.0)]
    assert ds.interactions.sort("kind").select("kind", "note").rows() == [("call", "second"), ("mail", "first")]


def test_undo_removes_the_import_and_restores_what_it_replaced(ws):
    ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05", 1), line("A2", "c2", "2024-01-06", 2)]),
                    "order_lines", name="one.csv")
    before = fingerprint(ws)
    second = ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05", 9), line("A3", "c3", "2024-01-07")]),
                             "order_lines", name="two.csv")
    undone = ws.undo(second.import_id)
    assert (undone.status, undone.rows, undone.restored_rows) == ("undone", 2, 1)
    after = fingerprint(ws)
    assert {k: v for k, v in after.items() if k != "imports"} == {k: v for k, v in before.items() if k != "imports"}
    history = ws.imports()
    assert history.filter(pl.col("id") == second.import_id).get_column("undone_at").is_not_null().all()
    with pytest.raises(WorkspaceError, match="already undone"):
        ws.undo(second.import_id)
    with pytest.raises(WorkspaceError, match="no import #999"):
        ws.undo(999)
    # after undo the same file can be imported again (not "unchanged")
    assert ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05", 9),
                                                     line("A3", "c3", "2024-01-07")]),
                           "order_lines", name="two.csv").status == "imported"


def test_undo_of_a_middle_import_keeps_later_imports(ws):
    q = lambda n: canonical("order_lines", [line("A1", "c1", "2024-01-05", n)])  # noqa: E731
    first = ws.import_frame(q(1), "order_lines", name="v1")
    middle = ws.import_frame(q(2), "order_lines", name="v2")
    last = ws.import_frame(q(3), "order_lines", name="v3")
    ws.undo(middle.import_id)
    assert ws.load().order_lines.get_column("quantity").to_list() == [3.0]
    ws.undo(last.import_id)  # v2 is gone for good, so v1 comes back
    assert ws.load().order_lines.get_column("quantity").to_list() == [1.0]
    ws.undo(first.import_id)
    assert ws.load().order_lines.height == 0


def test_identical_file_whose_rows_were_replaced_is_imported_again(ws):
    v1 = canonical("order_lines", [line("A1", "c1", "2024-01-05", 1)])
    ws.import_frame(v1, "order_lines", name="v1")
    ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05", 5)]), "order_lines", name="v2")
    again = ws.import_frame(v1, "order_lines", name="v1")
    assert again.status == "imported"
    assert ws.load().order_lines.get_column("quantity").to_list() == [1.0]


def test_extra_columns_become_customer_attributes(ws):
    frame = canonical("customers", [{"customer_id": "c1"}, {"customer_id": "c2"}])
    extras = pl.DataFrame({"customer_id": ["c1", "c2"], "Segment": ["gold", None], "Score": ["1.5", "2"]})
    ws.import_frame(frame, "customers", extras=extras)
    customers = ws.load().customers.sort("customer_id")
    assert customers.get_column("Segment").to_list() == ["gold", None]
    assert customers.get_column("Score").to_list() == [1.5, 2.0]


def _fail_inserts_into(ws, table: str) -> None:
    """Make the database itself refuse rows for ``table`` (a trigger), as a full disk or a constraint would."""
    if ws.backend.name == "sqlite":
        import sqlite3

        with sqlite3.connect(ws.location) as conn:
            conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
                         "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
    else:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", autocommit=True,
                             options=f"-csearch_path={ws.backend.schema}") as conn:
            conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RAISE EXCEPTION 'simulated failure'; END $$")
            conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse()")


def test_a_failing_write_changes_nothing(ws):
    ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05")]), "order_lines")
    ws.write_dataset(Dataset(order_lines=canonical("order_lines", [line("D0", "c0", "2024-01-01")])))
    before = fingerprint(ws)
    _fail_inserts_into(ws, "interactions")  # written last: customers and order lines are written before it fails
    replacement = Dataset(
        order_lines=canonical("order_lines", [line("A1", "c9", "2024-05-05", 4), line("Z1", "c9", "2024-05-05")]),
        customers=canonical("customers", [{"customer_id": "c9"}]),
        interactions=canonical("interactions", [{"customer_id": "c9", "happened_at": dt.datetime(2024, 1, 1),
                                                 "kind": "call"}]),
    )
    with pytest.raises(WorkspaceError, match="nothing was changed.*simulated failure"):
        ws.write_dataset(replacement, source="demo")
    assert fingerprint(ws) == before


def test_columns_that_cannot_be_stored_are_refused_before_writing(ws):
    from insight.errors import InputError

    before = fingerprint(ws)
    bad = canonical("interactions", [{"customer_id": "c9", "happened_at": dt.datetime(2024, 1, 1), "kind": "call"}])
    with pytest.raises(InputError, match="cannot be stored"):
        ws.import_frame(bad.with_columns(note=pl.Series([b"\xff\xfe"])), "interactions")
    assert fingerprint(ws) == before


def test_nul_characters_are_removed(ws):
    ws.import_frame(canonical("interactions", [{"customer_id": "c9", "happened_at": dt.datetime(2024, 1, 1),
                                                "kind": "call", "note": "a\x00b"}]), "interactions")
    assert ws.load().interactions.get_column("note").to_list() == ["ab"]


def test_demo_write_replaces_the_previous_demo(ws):
    first = Dataset(order_lines=canonical("order_lines", [line("D1", "c1", "2024-01-05"), line("D2", "c2", "2024-01-06")]),
                    customers=canonical("customers", [{"customer_id": "c1"}, {"customer_id": "c2"}]))
    second = Dataset(order_lines=canonical("order_lines", [line("E1", "c7", "2024-01-05")]),
                     customers=canonical("customers", [{"customer_id": "c7"}]))
    ws.write_dataset(first)
    ws.write_dataset(second)
    ds = ws.load()
    assert ds.order_lines.get_column("order_id").to_list() == ["E1"]
    assert ds.customers.get_column("customer_id").cast(str).to_list() == ["c7"]


def test_settings_persist_and_validate(ws, location):
    from insight.errors import UsageError

    ws.update_settings(default_margin=0.3, currency="CHF", as_of=dt.date(2011, 12, 1))
    again = Workspace.open(location)
    try:
        loaded = again.load().settings
        assert (loaded.default_margin, loaded.currency, loaded.as_of) == (0.3, "CHF", dt.date(2011, 12, 1))
    finally:
        again.close()
    with pytest.raises(UsageError, match="default_margin"):
        ws.update_settings(default_margin=1.5)
    with pytest.raises(UsageError, match="unknown setting"):
        ws.update_settings(colour="red")


def test_same_dataset_on_sqlite_and_postgresql(tmp_path, pg_location):
    from insight.io.demo import generate_demo

    ds = generate_demo(seed=3, n_customers=200)
    loaded = []
    for where in (str(tmp_path / "a.db"), pg_location):
        with Workspace.open(where) as ws:
            ws.write_dataset(ds)
            loaded.append(ws.load())
    lite, pg = loaded
    for name in ("order_lines", "customers", "survey_responses", "coupons", "interactions"):
        assert lite.table(name).equals(pg.table(name)), name
        assert lite.table(name).height == ds.table(name).height
    assert lite.settings == pg.settings


def _indexes(location: str) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(location) as conn:
        return conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            "ORDER BY name").fetchall()


def test_a_first_import_rebuilds_the_indexes_it_dropped(tmp_path):
    """The first write into an empty table drops its secondary indexes and creates them again after the rows
    (insight.workspace.store, ``_without_indexes``): the same indexes as a new workspace's, the same rows, and
    a second import (which keeps them) sees them."""
    location = str(tmp_path / "ws.db")
    with Workspace.open(location) as ws:
        ws.load()
    fresh = _indexes(location)
    assert any(name == "ix_order_lines_replace_key" for name, _sql in fresh)
    frame = canonical("order_lines", [line("A1", "c1", "2024-01-05", 2), line("A2", "c2", "2024-01-06")])
    with Workspace.open(location) as ws:
        ws.import_frame(frame, "order_lines", name="o.csv")
        assert _indexes(location) == fresh
        again = canonical("order_lines", [line("A1", "c1", "2024-01-05", 5)])
        ws.import_frame(again, "order_lines", name="p.csv")
        assert _indexes(location) == fresh
        assert _orders(ws).get_column("quantity").to_list() == [5, 1]


def test_a_failing_first_import_keeps_the_indexes(tmp_path):
    """Dropping the indexes is part of the import's transaction: when the write fails, they are all still there.
    Run in a fresh interpreter: in the full suite (never alone, nor with its file) the trigger once did not fire in
    a worker that had run other tests first — state of another test, not of this code path (docs/benchmarks.md)."""
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = f"""
import sys
sys.path.insert(0, {str(here)!r})
import pytest
from insight.errors import WorkspaceError
from insight.workspace import Workspace
from wshelpers import canonical, fingerprint, line
from test_store import _fail_inserts_into, _indexes
location = {str(tmp_path / "ws.db")!r}
with Workspace.open(location) as ws:
    ws.load()
    fresh = _indexes(location)
    before = fingerprint(ws)
    _fail_inserts_into(ws, "order_lines")
    with pytest.raises(WorkspaceError, match="simulated failure"):
        ws.import_frame(canonical("order_lines", [line("A1", "c1", "2024-01-05")]), "order_lines", name="o.csv")
    assert _indexes(location) == fresh
    assert fingerprint(ws) == before
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=here, timeout=300)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stderr[-2000:]


def test_data_columns_have_no_defaults(ws):
    """An import leaves a column that is empty on every row out of its insert (store.Writer.replace): that is the
    same only while the data tables' columns have no defaults, so the stored row is null there either way."""
    frame = canonical("order_lines", [line("A1", "c1", "2024-01-05", 2)])
    ws.import_frame(frame, "order_lines", name="o.csv")
    assert ws.load().order_lines.equals(frame)
    if ws.backend.name != "sqlite":
        return
    import sqlite3

    with sqlite3.connect(ws.location) as conn:
        for table in ("order_lines", "customers", "survey_responses", "coupons", "interactions", "customer_attributes"):
            defaults = [(r[1], r[4]) for r in conn.execute(f"PRAGMA table_info({table})") if r[4] is not None]
            assert defaults == [], table
