"""Workspaces of the previous release (schema 1) open with this one: upgraded in place to schema 2,
the same lines, figures and customer attributes, undo of old imports still exact, new imports with
client columns work; a workspace from a newer insight is refused in one line.

SQLite: ``fixtures/workspace_v1.db`` was written by the previous release's code (see
``fixtures/make_workspace_v1.py``); PostgreSQL: the test runs that release's code in a subprocess
(its tree taken from git at ``V1_COMMIT``) to write a schema-1 workspace into a fresh schema.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import threading
from pathlib import Path

import polars as pl
import pytest

from insight.errors import WorkspaceError
from insight.settings import SCHEMA_VERSION
from insight.workspace import Workspace

from wshelpers import ROOT, canonical, drop_schema, line

FIXTURES = Path(__file__).parent / "fixtures"
V1_DB = FIXTURES / "workspace_v1.db"
V1_COMMIT = "1f82cbb9b1bc4f83fd530bcc2e8f4c301520926d"  # the previous release (schema 1)
PG_BASE = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _builder():
    spec = importlib.util.spec_from_file_location("make_workspace_v1", FIXTURES / "make_workspace_v1.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


BUILDER = _builder()
EXPECTED = json.loads((FIXTURES / "workspace_v1_expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def v1_copy(tmp_path) -> Path:
    target = tmp_path / "old.db"
    shutil.copy(V1_DB, target)
    return target


@pytest.fixture(scope="session")
def v1_tree(tmp_path_factory) -> Path:
    """The previous release's ``insight`` package, extracted from git (no worktree, nothing checked out)."""
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", V1_COMMIT, "insight"],
                                 capture_output=True, check=True, timeout=120).stdout
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as err:
        pytest.skip(f"the previous release ({V1_COMMIT[:10]}) is not available from git: {err}")
    target = tmp_path_factory.mktemp("insight_v1")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def _version(location: str) -> int:
    with Workspace.open(location) as ws:
        cur = ws.conn.cursor()
        cur.execute("SELECT schema_version FROM workspace_settings")
        version = int(cur.fetchall()[0][0])
        cur.close()
        return version


def _sqlite_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        version = conn.execute("SELECT schema_version FROM workspace_settings").fetchone()[0]
    conn.close()
    return int(version)


def _same_as(snap: dict, expected: dict) -> None:
    """The loaded snapshot holds what the previous release loaded (its columns; new ones may follow)."""
    for table in ("order_lines", "customers"):
        cols = expected[table]["columns"]
        assert snap[table]["columns"][:len(cols)] == cols, table
        assert [row[:len(cols)] for row in snap[table]["rows"]] == expected[table]["rows"], table
    known = [list(r) for r in expected["imports"]]
    assert [list(r) for r in snap["imports"]][:len(known)] == known
    assert snap["figures"] == expected["figures"]
    assert snap["settings"]["default_margin"] == expected["settings"]["default_margin"]


def _check_upgraded(location: str, expected: dict) -> None:
    """What every upgraded schema-1 workspace must do (both backends)."""
    with Workspace.open(location) as ws:
        snap = BUILDER.snapshot(ws)
        _same_as(snap, expected)
        settings = ws.settings
        assert (settings.schema_version, settings.currency, settings.cancellation_rule, settings.fiscal_year_start) == \
            (SCHEMA_VERSION, None, "auto", None)
        ds = ws.load()
        # the four new canonical columns exist, empty for the old lines
        assert ds.order_lines.select("line_profit", "line_status", "currency", "name").null_count().row(0) == (10,) * 4
        # the old extra columns are still customer attributes
        segments = dict(ds.customers.select(pl.col("customer_id").cast(pl.String), "Segment").rows())
        assert segments == {"17850": "gold", "13047": "platinum", "12583": "gold", "14527": "bronze"}

        # a new import with client columns works next to the old data
        new = canonical("order_lines", [line("900001", "17850", "2011-01-04", 2, 4.0, "P1"),
                                        line("900001", "17850", "2011-01-04", 1, 6.0, "P2")]).with_columns(
            region=pl.Series(["North", "South"]), deal_size=pl.Series([10, 20], dtype=pl.Int64))
        report = ws.import_frame(new, "order_lines", name="january.csv")
        got = ws.load().order_lines
        assert got.height == 12
        assert got.tail(2).select("region", "deal_size").rows() == [("North", 10), ("South", 20)]
        assert got.head(10).get_column("region").null_count() == 10

        # undo of the new import, then of the old re-export: exactly what the old release restored
        ws.undo(report.import_id)
        fix = next(r[0] for r in expected["imports"] if r[1] == "orders_fix.csv")
        undone = ws.undo(fix)
        assert (undone.rows, undone.restored_rows) == (2, 4)
        _same_as(BUILDER.snapshot(ws), EXPECTED["after_undo_fix"])
        # and the first import can go as well
        ws.undo(next(r[0] for r in expected["imports"] if r[1] == "orders.csv"))
        assert ws.load().order_lines.height == 0


def test_the_fixture_is_a_schema_1_workspace():
    assert V1_DB.stat().st_size < 200_000
    assert _sqlite_version(V1_DB) == 1


def test_sqlite_v1_workspace_is_upgraded_in_place(v1_copy):
    _check_upgraded(str(v1_copy), EXPECTED)
    assert _sqlite_version(v1_copy) == SCHEMA_VERSION


def _schema(location: str) -> dict:
    """Tables, columns (name, type, nullable, default), unique constraints and indexes, as reflected.
    Columns are compared as a set: an archive's new columns follow its ``replaced_by`` when added by
    ALTER TABLE, and every statement names its columns, so their order means nothing."""
    import sqlalchemy as sa

    from insight.workspace.backend import backend_for

    backend = backend_for(location)
    engine = sa.create_engine(backend.sqlalchemy_url())
    try:
        inspector = sa.inspect(engine)
        schema = getattr(backend, "schema", None)
        out = {}
        for table in sorted(inspector.get_table_names(schema=schema)):
            columns = sorted((c["name"], str(c["type"]), c["nullable"],
                              str(c.get("default")).replace(f'"{schema}".', ""))
                            for c in inspector.get_columns(table, schema=schema))
            uniques = sorted(tuple(u["column_names"]) for u in inspector.get_unique_constraints(table, schema=schema))
            indexes = sorted((i["name"], tuple(i["column_names"])) for i in inspector.get_indexes(table, schema=schema))
            out[table] = (columns, uniques, indexes)
        return out
    finally:
        engine.dispose()


def test_upgraded_sqlite_schema_equals_a_new_one(v1_copy, tmp_path):
    Workspace.open(str(v1_copy)).close()
    Workspace.open(str(tmp_path / "new.db")).close()
    assert _schema(str(v1_copy)) == _schema(str(tmp_path / "new.db"))


@pytest.fixture
def pg_schema_pair(pg_available):
    if pg_available:
        pytest.skip(pg_available)
    names = [f"insight_test_{secrets.token_hex(6)}" for _ in range(2)]
    yield [f"{PG_BASE}?schema={n}" for n in names]
    for n in names:
        drop_schema(n)


def _build_v1(tree: Path, location: str) -> dict:
    """Run the previous release's code in a subprocess to write a schema-1 workspace; what it loads."""
    done = subprocess.run([sys.executable, str(FIXTURES / "make_workspace_v1.py"), "--tree", str(tree), location],
                          capture_output=True, text=True, timeout=600, cwd=tree)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_postgresql_v1_workspace_is_upgraded_in_place(v1_tree, pg_schema_pair):
    old, new = pg_schema_pair
    written = _build_v1(v1_tree, old)
    assert written["settings"]["schema_version"] == 1
    # the previous release loads the same from PostgreSQL as from the SQLite fixture
    _same_as(written, EXPECTED)
    assert written["settings"]["currency"] == "EUR"
    assert _version(old) == SCHEMA_VERSION  # opening upgrades it
    Workspace.open(new).close()
    assert _schema(old) == _schema(new)
    _check_upgraded(old, written)


def _edit(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize("edit, currency", [
    ((), None),                                                           # the old default: no currency
    (("UPDATE imports SET kind = 'demo' WHERE id = 1",), "EUR"),          # a live demo: its euros stay
    (("UPDATE imports SET kind = 'demo', undone_at = '2024-01-01 00:00:00' WHERE id = 1",), None),
    (("UPDATE workspace_settings SET currency = 'CHF'",), "CHF"),         # set by the user: kept
])
def test_upgrade_keeps_only_a_meaningful_currency(v1_copy, edit, currency):
    _edit(v1_copy, *edit)
    with Workspace.open(str(v1_copy)) as ws:
        assert ws.settings.currency == currency


def test_a_failed_upgrade_changes_nothing(v1_copy):
    # a table in the way of the migration: the upgrade fails as a whole, the file stays schema 1
    _edit(v1_copy, "CREATE TABLE extra_columns (x INTEGER)")
    with sqlite3.connect(v1_copy) as conn:
        before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    conn.close()
    with pytest.raises(WorkspaceError, match="cannot upgrade workspace .* to schema 2 .nothing was changed"):
        Workspace.open(str(v1_copy))
    with sqlite3.connect(v1_copy) as conn:
        assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before
    conn.close()
    assert _sqlite_version(v1_copy) == 1


def test_two_processes_opening_an_old_workspace_upgrade_it_once(v1_copy):
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Workspace.open(str(v1_copy)).close()
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _sqlite_version(v1_copy) == SCHEMA_VERSION
    with Workspace.open(str(v1_copy)) as ws:
        _same_as(BUILDER.snapshot(ws), EXPECTED)


def test_a_newer_schema_is_refused_in_one_line(location):
    with Workspace.open(location) as ws:
        cur = ws.conn.cursor()
        cur.execute(f"UPDATE workspace_settings SET schema_version = {SCHEMA_VERSION + 1}")
        cur.close()
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(location)
    text = str(caught.value)
    assert "\n" not in text
    assert f"newer insight (schema {SCHEMA_VERSION + 1} > {SCHEMA_VERSION}); upgrade insight" in text


def test_migrations_are_numbered_up_to_the_schema_version():
    from insight.workspace.migrations import MIGRATIONS

    assert [m.version for m in MIGRATIONS] == list(range(2, SCHEMA_VERSION + 1))
    assert all(m.run.__doc__ for m in MIGRATIONS)


def test_new_workspace_has_no_currency_and_saves_the_cancellation_rule(location):
    from insight.errors import UsageError

    with Workspace.open(location) as ws:
        assert (ws.settings.currency, ws.settings.cancellation_rule) == (None, "auto")
        ws.update_settings(cancellation_rule="no_c_prefix", currency="GBP")
    with Workspace.open(location) as ws:
        loaded = ws.load().settings
        assert (loaded.cancellation_rule, loaded.currency) == ("no_c_prefix", "GBP")
        ws.update_settings(currency=None)
        assert ws.settings.currency is None
        with pytest.raises(UsageError, match="cancellation_rule"):
            ws.update_settings(cancellation_rule="sometimes")
    assert dt.date  # (datetime used by the fixture builder's snapshots)
