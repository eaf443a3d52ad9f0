"""Fixtures for the workspace tests: a fresh workspace on SQLite (file in tmp_path) and on PostgreSQL
(its own schema insight_test_<random>, dropped afterwards), canonical frame builders, CLI runners."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest

from wshelpers import drop_schema


ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
PG_BASE = os.environ.get("INSIGHT_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_reason() -> str | None:
    """None when a PostgreSQL server answers, else why not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test user=postgres", connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as err:  # noqa: BLE001
        return f"no PostgreSQL server answers at 127.0.0.1:5432/test ({str(err).splitlines()[0]})"
    return None


@pytest.fixture(scope="session")
def pg_available() -> str | None:
    return _pg_reason()


@pytest.fixture
def pg_location(pg_available):
    if pg_available:
        pytest.skip(pg_available)
    schema = f"insight_test_{secrets.token_hex(6)}"
    yield f"{PG_BASE}?schema={schema}"
    drop_schema(schema)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path, pg_available):
    """A fresh workspace location on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "ws.db")
        return
    if pg_available:
        pytest.skip(pg_available)
    schema = f"insight_test_{secrets.token_hex(6)}"
    yield f"{PG_BASE}?schema={schema}"
    drop_schema(schema)


@pytest.fixture
def ws(location):
    from insight.workspace import Workspace

    workspace = Workspace.open(location)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"real data not found at {DATA}")
    return DATA
