"""Client columns beyond the canonical ones survive the workspace on both backends: same name, dtype,
values and row (line grain for order lines), through import, re-import by key, undo, identical
re-import, different column sets, one name with different dtypes, customer merge, pseudonymisation."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from insight.errors import InputError, WorkspaceError

from wshelpers import canonical, fingerprint, line


def _lines(rows: list[dict], **extras: list) -> pl.DataFrame:
    """Canonical order lines with client columns appended (explicit dtypes where given as Series)."""
    frame = canonical("order_lines", rows)
    return frame.with_columns(pl.Series(name, values) if not isinstance(values, pl.Series) else values.alias(name)
                              for name, values in extras.items())


def _first() -> pl.DataFrame:
    """Two customers, extras that vary within a customer and within an order."""
    return _lines(
        [line("A1", "c1", "2024-01-05 10:30", 2, 5.0, "P1"), line("A1", "c1", "2024-01-05 10:30", 1, 3.5, "P2"),
         line("A2", "c1", "2024-02-01", 4, 2.0, "P3"), line("B1", "c2", "2024-03-01 08:00", 1, 99.99, "P1"),
         line(None, "c2", "2024-03-02", 3, 1.0, "P4")],
        region=["North", "South", None, "North", "West"],
        units_in_box=pl.Series([12, 6, None, 1, -3], dtype=pl.Int64),
        discount=[0.1, 0.0, 0.25, None, 1e-17],
        is_promo=[True, False, None, True, False],
        ship_date=[dt.date(2024, 1, 6), dt.date(2024, 1, 8), None, dt.date(2024, 3, 2), dt.date(1999, 12, 31)],
        scanned_at=[dt.datetime(2024, 1, 5, 10, 31, 2, 123456), None, dt.datetime(2024, 2, 1),
                    dt.datetime(2024, 3, 1, 8), None],
    )


def test_extra_columns_round_trip_line_by_line(ws):
    frame = _first()
    report = ws.import_frame(frame, "order_lines", name="orders.csv")
    assert (report.rows, report.status) == (5, "imported")
    loaded = ws.load().order_lines
    assert loaded.schema == frame.schema
    assert loaded.equals(frame)


def test_identical_reimport_with_extras_changes_nothing(ws):
    frame = _first()
    first = ws.import_frame(frame, "order_lines", name="orders.csv")
    before = fingerprint(ws)
    again = ws.import_frame(frame, "order_lines", name="orders.csv")
    assert (again.status, again.import_id) == ("unchanged", first.import_id)
    assert fingerprint(ws) == before
    # the same lines with one extra value changed are a different file
    changed = frame.with_columns(region=pl.Series(["North", "South", None, "North", "East"]))
    assert ws.import_frame(changed, "order_lines", name="orders.csv").status == "imported"
    assert ws.load().order_lines.equals(changed)


def test_reimport_replaces_extras_by_order_and_undo_restores_exactly(ws):
    frame = _first()
    ws.import_frame(frame, "order_lines", name="jan.csv")
    original = ws.load().order_lines
    # the corrected export: order A1 has one line now with other client values, C1 is new
    fix = _lines(
        [line("A1", "c1", "2024-01-05 10:30", 7, 5.0, "P1"), line("C1", "c3", "2024-04-01", 1, 1.0, "P9")],
        region=["Central", None],
        units_in_box=pl.Series([24, 2], dtype=pl.Int64),
        discount=[0.5, 0.05],
        is_promo=[False, True],
        ship_date=[dt.date(2024, 1, 9), None],
        scanned_at=[None, dt.datetime(2024, 4, 1, 12)],
    )
    report = ws.import_frame(fix, "order_lines", name="jan-fixed.csv")
    assert report.replaced_rows == 2
    loaded = ws.load().order_lines
    expected = pl.concat([frame.filter(pl.col("order_id").fill_null("") != "A1"), fix])
    key = ["order_id", "product_id"]
    assert loaded.sort(key, nulls_last=True).equals(expected.sort(key, nulls_last=True))
    # the replaced lines are archived with their client values
    cur = ws.conn.cursor()
    cur.execute('SELECT COUNT(*) FROM order_lines_replaced WHERE "x_region" IN (\'North\', \'South\')')
    assert cur.fetchall()[0][0] == 2
    cur.close()
    undone = ws.undo(report.import_id)
    assert (undone.rows, undone.restored_rows) == (2, 2)
    after = ws.load().order_lines
    assert after.equals(original)  # same rows in the same order, same dtypes
    assert after.equals(frame)


def test_imports_with_different_extra_columns_are_united(ws):
    first = _lines([line("A1", "c1", "2024-01-05"), line("A2", "c2", "2024-01-06")],
                   region=["North", "South"], discount=[0.1, 0.2])
    second = _lines([line("B1", "c3", "2024-02-05"), line("B2", "c1", "2024-02-06")],
                    deal_size=pl.Series([100, 250], dtype=pl.Int64), region=["East", None])
    ws.import_frame(first, "order_lines", name="a.csv")
    before = ws.load().order_lines
    report = ws.import_frame(second, "order_lines", name="b.csv")
    loaded = ws.load().order_lines
    assert loaded.columns[-3:] == ["region", "discount", "deal_size"]
    assert loaded.schema["deal_size"] == pl.Int64 and loaded.schema["discount"] == pl.Float64
    assert loaded.select("order_id", "region", "discount", "deal_size").rows() == [
        ("A1", "North", 0.1, None), ("A2", "South", 0.2, None), ("B1", "East", None, 100), ("B2", None, None, 250)]
    ws.undo(report.import_id)
    assert ws.load().order_lines.equals(before)  # deal_size is gone again


def test_one_name_with_two_dtypes_is_widened(ws):
    ints = _lines([line("A1", "c1", "2024-01-05")], score=pl.Series([3], dtype=pl.Int64))
    floats = _lines([line("A2", "c1", "2024-01-06")], score=[2.5])
    texts = _lines([line("A3", "c2", "2024-01-07")], score=["high"])
    ws.import_frame(ints, "order_lines", name="ints")
    ws.import_frame(floats, "order_lines", name="floats")
    got = ws.load().order_lines
    assert got.schema["score"] == pl.Float64
    assert got.get_column("score").to_list() == [3.0, 2.5]
    third = ws.import_frame(texts, "order_lines", name="texts")
    got = ws.load().order_lines
    assert got.schema["score"] == pl.String
    assert got.get_column("score").to_list() == ["3", "2.5", "high"]
    ws.undo(third.import_id)
    assert ws.load().order_lines.schema["score"] == pl.Float64
    # a later import of the same name and dtype reuses the column; a re-import that replaces every
    # line of the text import brings the first dtype back
    ws.import_frame(texts, "order_lines", name="texts")
    ws.import_frame(_lines([line("A3", "c2", "2024-01-07")], score=[7.0]), "order_lines", name="fix")
    got = ws.load().order_lines
    assert got.schema["score"] == pl.String  # the text import is still live (its dtype still counts)
    assert got.get_column("score").to_list() == ["3", "2.5", "7.0"]


def test_customer_extras_merge_like_canonical_columns(ws):
    customers = canonical("customers", [{"customer_id": "c1", "city": "Berlin"}, {"customer_id": "c2"}])
    first = customers.with_columns(exited=pl.Series([False, True]),
                                   monthly_charges=pl.Series([29.85, 56.95]),
                                   segment=pl.Series(["gold", None]))
    ws.import_frame(first, "customers", name="crm.csv")
    got = ws.load().customers
    assert got.equals(first)
    # an update: c1's monthly charges change, its segment is empty (kept), c3 is new; no 'exited' column
    update = canonical("customers", [{"customer_id": "c1"}, {"customer_id": "c3", "city": "Köln"}]).with_columns(
        monthly_charges=pl.Series([31.0, 10.0]), segment=pl.Series([None, "silver"]))
    report = ws.import_frame(update, "customers", name="crm2.csv")
    assert report.replaced_rows == 1
    got = ws.load().customers.sort("customer_id")
    assert got.select("customer_id", "city", "exited", "monthly_charges", "segment").rows() == [
        ("c1", "Berlin", False, 31.0, "gold"), ("c2", None, True, 56.95, None), ("c3", "Köln", None, 10.0, "silver")]
    # the same column with another dtype: the new value wins where there is one
    third = canonical("customers", [{"customer_id": "c1"}, {"customer_id": "c2"}]).with_columns(
        monthly_charges=pl.Series(["n/a", None]))
    ws.import_frame(third, "customers", name="crm3.csv")
    got = ws.load().customers.sort("customer_id")
    assert got.schema["monthly_charges"] == pl.String
    assert got.get_column("monthly_charges").to_list() == ["n/a", "56.95", "10.0"]
    ws.undo(report.import_id + 1)
    ws.undo(report.import_id)
    assert ws.load().customers.equals(first)


def test_personal_extra_columns_are_pseudonymised(ws):
    frame = _lines([line("A1", "c1", "2024-01-05"), line("A2", "c2", "2024-01-06")],
                   telefon=["+49 30 1234", "+49 30 9999"], e_mail=["a@example.org", None], region=["N", "S"])
    report = ws.import_frame(frame, "order_lines", pseudonymize=True)
    got = ws.load().order_lines
    assert got.get_column("region").to_list() == ["N", "S"]
    phones = got.get_column("telefon").to_list()
    assert all(p.startswith("tel-") for p in phones) and phones[0] != phones[1]
    assert got.get_column("e_mail").to_list()[0].endswith("@pseudonym.invalid")
    assert got.get_column("e_mail").to_list()[1] is None
    assert any("telefon" in n and "e_mail" in n for n in report.notes)


def test_odd_names_are_stored_under_sanitised_quoted_columns(ws):
    names = ['Umsatz €', "a-b", "a_b", 'x"; DROP TABLE order_lines; --', "ÄÖÜ", "1st", "row id"]
    frame = _lines([line("A1", "c1", "2024-01-05")], **{n: [f"v{i}"] for i, n in enumerate(names)})
    ws.import_frame(frame, "order_lines")
    got = ws.load().order_lines
    assert got.columns[-len(names):] == names
    assert got.equals(frame)
    cur = ws.conn.cursor()
    cur.execute("SELECT column_name FROM extra_columns ORDER BY id")
    columns = [r[0] for r in cur.fetchall()]
    cur.close()
    assert len(set(columns)) == len(names)
    assert all(c.startswith("x_") and c.replace("_", "").isalnum() and c.isascii() for c in columns)


def test_reserved_names_are_refused(ws):
    with pytest.raises(InputError, match="reserved"):
        ws.import_frame(_lines([line("A1", "c1", "2024-01-05")], import_id=[1]), "order_lines")


def test_a_failed_import_leaves_no_client_column_behind(ws):
    from test_store import _fail_inserts_into

    ws.import_frame(_lines([line("A1", "c1", "2024-01-05")], region=["N"]), "order_lines")
    before = fingerprint(ws)
    _fail_inserts_into(ws, "order_lines")
    with pytest.raises(WorkspaceError, match="simulated failure"):
        ws.import_frame(_lines([line("A2", "c1", "2024-01-06")], region=["S"], channel_code=["X"]), "order_lines")
    assert fingerprint(ws) == before
    cur = ws.conn.cursor()
    cur.execute("SELECT name FROM extra_columns ORDER BY id")
    assert [r[0] for r in cur.fetchall()] == ["region"]
    cur.close()


def test_other_dtypes_are_stored_as_the_nearest_stored_dtype(ws):
    frame = _lines([line("A1", "c1", "2024-01-05"), line("A2", "c1", "2024-01-06")],
                   small=pl.Series([1, 2], dtype=pl.Int8), ratio=pl.Series([0.5, 1.5], dtype=pl.Float32),
                   kind=pl.Series(["a", "b"], dtype=pl.Categorical),
                   at=pl.Series([dt.datetime(2024, 1, 1, 12), None], dtype=pl.Datetime("ns")),
                   empty=pl.Series([None, None]))
    ws.import_frame(frame, "order_lines")
    got = ws.load().order_lines
    assert {c: got.schema[c] for c in ("small", "ratio", "kind", "at", "empty")} == {
        "small": pl.Int64, "ratio": pl.Float64, "kind": pl.String, "at": pl.Datetime("us"), "empty": pl.String}
    assert got.get_column("small").to_list() == [1, 2]
    assert got.get_column("at").to_list() == [dt.datetime(2024, 1, 1, 12), None]


def test_sqlite_parallel_read_gives_the_same_frame_from_one_snapshot(tmp_path, monkeypatch):
    """A big order_lines is read in two column halves on two connections (here: any size); when a write
    commits between the two read transactions, the main connection reads alone, from its snapshot."""
    import insight.workspace.loader as loader
    from insight.workspace import Workspace

    monkeypatch.setattr(loader, "PARALLEL_MIN_ROWS", 0)
    splits: list[str] = []
    real_split = loader._read_split

    def counting(*args):
        splits.append(args[3])
        return real_split(*args)

    monkeypatch.setattr(loader, "_read_split", counting)
    where = str(tmp_path / "p.db")
    frame = _first()
    with Workspace.open(where) as ws, Workspace.open(where) as other:
        ws.import_frame(frame, "order_lines")
        assert ws.load().order_lines.equals(frame)
        assert splits == ["order_lines"]

        def helper_after_a_write():
            other.import_frame(_lines([line("Z1", "c9", "2024-05-01")], region=["far"]), "order_lines")
            return ws._helper()

        ds = loader.load_dataset(ws.backend, ws.conn, where, helper_after_a_write)
        assert ds.order_lines.equals(frame)  # the snapshot from before the other import
        assert splits == ["order_lines"]  # the helper saw a newer snapshot and was not used
        assert ws.load().order_lines.height == frame.height + 1
        assert splits == ["order_lines", "order_lines"]
