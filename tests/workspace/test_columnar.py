"""The columnar copy of the order lines (insight.workspace.columnar): the same answers as the database, never
stale, never half-written.

Every load is compared with ``load(use_copy=False)``, which reads the table as before: frame for frame and
answer for answer on Online Retail II (a slice), CDNOW, the demo and the foreign files.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from insight.workspace import Workspace, columnar

TABLES = ("order_lines", "customers", "survey_responses", "coupons", "interactions")
QUESTIONS = ("total revenue", "Umsatz nach Land", "Top 5 Kunden nach Umsatz", "orders per month",
             "Wie viele Kunden?", "average order value by year")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def copy_small_tables(monkeypatch):
    monkeypatch.setattr(columnar, "MIN_ROWS", 1)
    monkeypatch.delenv("INSIGHT_COLUMNAR_COPY", raising=False)


def copies(db: Path) -> list[str]:
    folder = db.with_name(db.name + ".columns")
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def tables(db: Path) -> list[str]:
    """The files of the five tables (not the skeleton and facts that plan a question without the lines)."""
    return [n for n in copies(db) if n.split(".")[0] in columnar.TABLE_NAMES and n.endswith(".parquet")]


def keys(db: Path) -> set[str]:
    """The keys of complete copies (all five tables)."""
    names = [n for n in copies(db) if n.endswith(".parquet")]
    found = {n.split(".")[-2] for n in names}
    return {k for k in found if all(f"{t}.{k}.parquet" in names for t in columnar.TABLE_NAMES)}


def same_dataset(a, b) -> None:
    for name in TABLES:
        assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert a.settings == b.settings and a.client_labels == b.client_labels and a.as_of == b.as_of


def answers(ds) -> list[dict]:
    from insight.query import Session

    session = Session(ds)
    out = []
    for q in QUESTIONS:
        payload = json.loads(session.ask(q).dumps())
        out.append(payload)
    return out


def check_paths_agree(db: Path) -> None:
    with Workspace.open(str(db)) as ws:
        from_db = ws.load(use_copy=False)
        first = ws.load()          # reads the table, writes the copy
    assert len(keys(db)) == 1 and len(tables(db)) == 5
    with Workspace.open(str(db)) as ws:
        from insight.workspace.loader import load_from_copy

        assert load_from_copy(ws.backend, ws.location, lambda: ws.conn) is not None
        second = ws.load()         # reads the copy
    same_dataset(from_db, first)
    same_dataset(from_db, second)
    expected = answers(from_db)
    assert answers(second) == expected
    pruned_answers_agree(db, from_db, expected)


def pruned_answers_agree(db: Path, full, expected: list[dict]) -> None:
    """A question of line metrics alone is planned on the skeleton and reads only its columns of the order
    lines' file (insight.cli.ask_cmds._pruned_answer): the same answer as the whole Dataset's. The skeleton is
    written when the lines hold no client columns."""
    from insight.cli.ask_cmds import _pruned_answer
    from insight.query.streamed import supported

    planned = any(n.startswith(columnar.SKELETON + ".") for n in copies(db))
    assert planned == (not full.client_columns("order_lines")), copies(db)
    if not planned:
        return
    assert any(n.startswith(columnar.FACTS + ".") for n in copies(db))
    for question, answer in zip(QUESTIONS, expected):
        got = _pruned_answer(question, str(db), None)
        if answer["status"] != "ok" or supported(_plan(full, question)) is not None:
            assert got is None or json.loads(got.dumps()) == answer, question
            continue
        assert got is not None, question
        assert json.loads(got.dumps()) == answer, question


def _plan(ds, question: str):
    from insight.query import Session

    return Session(ds).plan(question)


def test_online_retail_slice(tmp_path, data_dir):
    src = tmp_path / "retail.parquet"
    pl.read_parquet(data_dir / "online_retail_ii.parquet").slice(0, 60_000).write_parquet(src)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([src])
    check_paths_agree(db)


def test_cdnow(tmp_path, data_dir):
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([data_dir / "cdnow" / "CDNOW_master.txt"])
    check_paths_agree(db)


def test_demo(tmp_path):
    from insight.io.demo import generate_demo

    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.write_dataset(generate_demo(seed=3, n_customers=400))
    check_paths_agree(db)


@pytest.mark.parametrize("name", ["sales_data_sample.csv", "marketing_campaign.csv", "Churn_Modelling.csv"])
def test_foreign_files(tmp_path, data_dir, name):
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([data_dir / "foreign" / name])
        if ws.load(use_copy=False).order_lines.height == 0:
            pytest.skip(f"{name} holds no order lines")
    check_paths_agree(db)


def test_import_and_undo_move_the_key(tmp_path, data_dir):
    """A copy never outlives the rows it was made of: a second import and its undo each load what the
    database holds, and only the current copy is kept."""
    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    full.slice(0, 20_000).write_parquet(a)
    full.slice(15_000, 20_000).write_parquet(b)  # overlaps: replaces a's orders in the overlap
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        one = ws.load()
        key_one = copies(db)
        report = ws.import_files([b])[0]
        assert copies(db) == []  # the import dropped the stale copy
        two = ws.load()
        same_dataset(two, ws.load(use_copy=False))
        assert copies(db) != key_one and len(keys(db)) == 1 and len(tables(db)) == 5
        ws.undo(report.import_id)
        back = ws.load()
        same_dataset(back, ws.load(use_copy=False))
        same_dataset(back, one)
        assert ws.load().order_lines.height == one.order_lines.height
        assert ws.import_files([a])[0].status == "unchanged"
        assert len(keys(db)) == 1 and len(tables(db)) == 5  # an unchanged import leaves the current copy alone


def test_a_stale_copy_of_another_database_is_never_read(tmp_path, data_dir):
    """A workspace deleted and created again under the same name, with the same history length, does not
    match the old copy (the key holds the latest import's time)."""
    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    full.slice(0, 5_000).write_parquet(a)
    full.slice(5_000, 5_000).write_parquet(b)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        ws.load()
    old = copies(db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    time.sleep(0.01)
    with Workspace.open(str(db)) as ws:
        ws.import_files([b])
        loaded = ws.load()
        same_dataset(loaded, ws.load(use_copy=False))
    assert copies(db) != old


def test_an_import_that_fails_before_commit_leaves_the_copy_and_the_rows_as_they_were(tmp_path, data_dir,
                                                                                     monkeypatch):
    from insight.workspace import store

    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    full.slice(0, 10_000).write_parquet(a)
    full.slice(10_000, 10_000).write_parquet(b)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        before = ws.load()
        written = copies(db)
        real_write = store.Writer.write

        def write_then_fail(self, pending, user_host):
            real_write(self, pending, user_host)  # the rows are in the table, the transaction still open
            with Workspace.open(str(db)) as other:  # a load meanwhile must neither see them nor copy them
                same_dataset(other.load(), before)
            raise RuntimeError("interrupted before commit")

        monkeypatch.setattr(store.Writer, "write", write_then_fail)
        with pytest.raises(Exception, match="interrupted before commit"):
            ws.import_files([b])
        monkeypatch.setattr(store.Writer, "write", real_write)
        assert copies(db) == written
        after = ws.load()
        same_dataset(after, before)
        same_dataset(ws.load(use_copy=False), before)
        assert ws.imports().height == 1


def test_a_copy_interrupted_before_its_rename_is_never_read(tmp_path, data_dir, monkeypatch):
    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a = tmp_path / "a.parquet"
    full.slice(0, 10_000).write_parquet(a)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])

        def fail(*args, **kwargs):
            raise OSError("disk full")

        monkeypatch.setattr(columnar.os, "replace", fail)
        first = ws.load()
        assert copies(db) == []  # neither the copy nor its temporary file
        monkeypatch.undo()
        monkeypatch.setattr(columnar, "MIN_ROWS", 1)
        same_dataset(ws.load(), first)
        assert len(keys(db)) == 1 and len(tables(db)) == 5


def _kill_when(proc: subprocess.Popen, ready: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not ready.exists():
        if proc.poll() is not None:
            raise AssertionError(f"child ended early: {proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("child never reached the point to kill it at")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _no_unknown_rows(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        unknown = conn.execute("SELECT COUNT(*) FROM order_lines WHERE import_id NOT IN "
                               "(SELECT id FROM imports WHERE undone_at IS NULL)").fetchone()[0]
    assert unknown == 0


def test_kill_9_during_an_import(tmp_path, data_dir):
    """A real ``kill -9`` of an importing process after its rows are written and before its commit: no row the
    import history does not know, no copy of them, and the next load agrees with the database."""
    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    full.slice(0, 10_000).write_parquet(a)
    full.slice(10_000, 50_000).write_parquet(b)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        before = ws.load()
    written = copies(db)
    ready = tmp_path / "rows-written"
    child = textwrap.dedent(f"""
        import time
        from pathlib import Path
        from insight.workspace import Workspace, columnar, store
        columnar.MIN_ROWS = 1
        real = store.Writer.write
        def write(self, pending, user_host):
            report = real(self, pending, user_host)
            Path({str(ready)!r}).write_text("x")
            time.sleep(60)  # killed here: rows written, transaction open
            return report
        store.Writer.write = write
        Workspace.open({str(db)!r}).import_files([Path({str(b)!r})])
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    _kill_when(proc, ready)
    _no_unknown_rows(db)
    assert copies(db) == written
    with Workspace.open(str(db)) as ws:
        same_dataset(ws.load(), before)
        same_dataset(ws.load(use_copy=False), before)
        assert ws.imports().height == 1
        report = ws.import_files([b])[0]  # the workspace is not stuck: the same import now goes through
        assert report.status == "imported"
        same_dataset(ws.load(), ws.load(use_copy=False))
    _no_unknown_rows(db)


def test_kill_9_while_a_copy_is_written(tmp_path, data_dir):
    """A process killed after writing the copy's temporary file and before renaming it: no reader ever opens
    the temporary file, and the next load removes it and writes the copy afresh."""
    full = pl.read_parquet(data_dir / "online_retail_ii.parquet")
    a = tmp_path / "a.parquet"
    full.slice(0, 30_000).write_parquet(a)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
    ready = tmp_path / "tmp-written"
    child = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from insight.workspace import Workspace, columnar
        columnar.MIN_ROWS = 1
        def replace(src, dst):
            Path({str(ready)!r}).write_text(str(src))
            time.sleep(60)  # killed here: the temporary file is complete, the rename not done
        columnar.os.replace = replace
        Workspace.open({str(db)!r}).load()
    """)
    proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    _kill_when(proc, ready)
    left = copies(db)
    assert left and all(name.endswith(".tmp") for name in left)  # only the dead writer's temporary file
    with Workspace.open(str(db)) as ws:
        loaded = ws.load()  # reads the table (no copy), writes one, removes the dead writer's file
        same_dataset(loaded, ws.load(use_copy=False))
    assert len(keys(db)) == 1 and len(tables(db)) == 5


def test_reading_the_copy_imports_no_driver(tmp_path, data_dir):
    """A load from the copy talks to the database through Python's sqlite3: no pyarrow, no ADBC, no SQLModel."""
    a = tmp_path / "a.parquet"
    pl.read_parquet(data_dir / "online_retail_ii.parquet").slice(0, 25_000).write_parquet(a)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        ws.load()
    code = ("import sys, json\nfrom insight.workspace import Workspace\n"
            f"ds = Workspace.open({str(db)!r}).load()\n"
            "print(json.dumps([ds.order_lines.height, sorted(m for m in ('pyarrow', 'adbc_driver_manager', "
            "'sqlalchemy', 'sqlmodel') if m in sys.modules)]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [25_000, []]


def test_switched_off(tmp_path, data_dir, monkeypatch):
    monkeypatch.setenv("INSIGHT_COLUMNAR_COPY", "0")
    a = tmp_path / "a.parquet"
    pl.read_parquet(data_dir / "online_retail_ii.parquet").slice(0, 5_000).write_parquet(a)
    db = tmp_path / "ws.db"
    with Workspace.open(str(db)) as ws:
        ws.import_files([a])
        ws.load()
    assert copies(db) == []


def test_postgresql_reads_the_table(pg_location, tmp_path, data_dir):
    """PostgreSQL keeps no local copy (binary COPY through ADBC); the load is what it was."""
    a = tmp_path / "a.parquet"
    pl.read_parquet(data_dir / "online_retail_ii.parquet").slice(0, 5_000).write_parquet(a)
    with Workspace.open(pg_location) as ws:
        assert columnar.folder(ws.backend) is None
        ws.import_files([a])
        same_dataset(ws.load(), ws.load(use_copy=False))
