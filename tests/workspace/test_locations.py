"""Where a workspace lives: default resolution, PostgreSQL URL forms, bad locations."""

from __future__ import annotations

import secrets

import pytest

from insight.errors import WorkspaceError
from insight.workspace import Workspace
from insight.workspace.backend import default_location


def test_default_prefers_local_insight_db(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("INSIGHT_HOME", str(tmp_path / "home"))
    assert default_location() == str(tmp_path / "home" / "workspace.db")
    (tmp_path / "insight.db").touch()
    assert default_location() == str(tmp_path / "insight.db")
    monkeypatch.delenv("INSIGHT_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    (tmp_path / "insight.db").unlink()
    assert default_location() == str(tmp_path / "user" / ".local" / "share" / "insight" / "workspace.db")


def test_open_creates_folders_and_reopens(tmp_path):
    where = tmp_path / "deep" / "er" / "client.db"
    with Workspace.open(str(where)) as ws:
        ws.update_settings(currency="USD")
    with Workspace.open(str(where)) as ws:
        assert ws.settings.currency == "USD"


def test_sqlite_is_in_wal_mode_with_foreign_keys(tmp_path):
    import sqlite3

    where = tmp_path / "w.db"
    Workspace.open(str(where)).close()
    with sqlite3.connect(where) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Workspace.open(str(where)) as ws:
        cur = ws.conn.cursor()
        cur.execute("PRAGMA foreign_keys")
        assert cur.fetchall()[0][0] == 1
        cur.execute("PRAGMA busy_timeout")
        assert cur.fetchall()[0][0] >= 30_000
        cur.close()


@pytest.mark.parametrize("bad, words", [
    ("mysql://u@h/db", "unknown workspace address"),
    ("postgresql+psycopg://postgres@127.0.0.1:5432/test?schema=bad-name;drop", "not a plain identifier"),
])
def test_bad_locations(bad, words):
    with pytest.raises(WorkspaceError, match=words):
        Workspace.open(bad)


def test_directory_as_workspace(tmp_path):
    with pytest.raises(WorkspaceError, match="is a directory"):
        Workspace.open(str(tmp_path))


def test_postgres_search_path_option_form(pg_available):
    if pg_available:
        pytest.skip(pg_available)
    import psycopg

    from wshelpers import drop_schema

    schema = f"insight_test_{secrets.token_hex(6)}"
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    try:
        with Workspace.open(url) as ws:
            ws.update_settings(currency="GBP")
            assert ws.settings.currency == "GBP"
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres") as conn:
            tables = {r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,))}
        assert {"order_lines", "customers", "imports", "workspace_settings"} <= tables
    finally:
        drop_schema(schema)


def test_unreachable_postgres_is_one_line():
    with pytest.raises(WorkspaceError, match="cannot connect"):
        Workspace.open("postgresql+psycopg://postgres@127.0.0.1:1/test?schema=x&connect_timeout=2")
